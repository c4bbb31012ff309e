import { lazy, Suspense, useEffect, useRef, type KeyboardEvent } from 'react';
import { setPanelTab, setWalkthrough } from '../store/actions';
import { closeExplanation } from './useReturnFocus';
import { useUi, type PanelTab, type UiState } from '../store/ui';
import { ExplainTab } from './explain/ExplainTab';
import { t, tx } from '../i18n/t';

const FailuresTab = lazy(() => import('./failures/FailuresTab'));
const EventsTab = lazy(() => import('./events/EventsTab'));

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'explain', label: 'Explain' },
  { id: 'failures', label: 'Break it' },
  { id: 'events', label: 'Events' },
];

const selectTab = (s: UiState) => s.panelTab;

/** The side panel (a bottom sheet on narrow screens): explanations, failure switches, the event list. */
export function SidePanel() {
  const tab = useUi(selectTab);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  // Escape closes an explanation and gives focus back to the component or link that opened it.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const { selected, topic, walkthrough } = useUi.getState();
      if (!selected && !topic && !walkthrough) return;
      e.preventDefault();
      if (walkthrough) setWalkthrough(false);
      else closeExplanation();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const to = TABS[(next + TABS.length) % TABS.length]!;
    setPanelTab(to.id);
    tabRefs.current[to.id]?.focus();
  };

  return (
    <aside className="side-panel" aria-label={t('Explanations, failures and events')}>
      <div className="tabs" role="tablist" aria-label={t('Panel')}>
        {TABS.map((x) => (
          <button
            key={x.id}
            ref={(el) => {
              tabRefs.current[x.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls={tab === x.id ? `tabpanel-${x.id}` : undefined}
            tabIndex={tab === x.id ? 0 : -1}
            className="tabs__tab"
            onClick={() => setPanelTab(x.id)}
            onKeyDown={onTabKey}
          >
            {tx(x.label)}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Suspense fallback={<p className="muted">{t('Loading…')}</p>}>
          {tab === 'explain' && <ExplainTab />}
          {tab === 'failures' && <FailuresTab />}
          {tab === 'events' && <EventsTab />}
        </Suspense>
      </div>
    </aside>
  );
}
