import { useRef, useState } from 'react';
import { setHelpOpen, setRehearseOpen, setShareOpen, setWalkthrough } from '../store/actions';
import { useUi, type UiState } from '../store/ui';
import { t } from '../i18n/t';
import { ModeSwitch } from './ModeSwitch';
import { ViewSettings } from './ViewSettings';

/**
 * Title and the app-wide choices: what to watch, how it looks, help and sharing. On narrow screens the
 * look-and-share choices fold behind one "View" button, so the header keeps to one row of controls.
 */
const selectRehearse = (s: UiState) => s.rehearseOpen;

export function Header() {
  const rehearse = useUi(selectRehearse);
  const [menuOpen, setMenuOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setMenuOpen(false);
    toggle.current?.focus();
  };
  return (
    <header className="header">
      <h1 className="header__title">
        <svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M2 3h12v4H2z M2 9h12v4H2z M11 5h.01 M11 11h.01" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        Web Stack Explorer
        <span className="header__subtitle">{t('how one server serves www.foobar.com, and why it breaks')}</span>
      </h1>
      <div className="header__tools">
        <ModeSwitch />
        <button type="button" className="btn header__walk" onClick={() => setWalkthrough(true)}>
          {t('Walk me through it')}
        </button>
        <button type="button" className="btn header__rehearse" aria-pressed={rehearse} onClick={() => setRehearseOpen(!rehearse)}>
          {t('Rehearse')}
        </button>
        {/* Focus leaving the View button and its menu (a click elsewhere, Tab) closes the menu. */}
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- only catches focus and Escape from the controls inside */}
        <div
          className="header__folded"
          onBlur={(e) => {
            if (menuOpen && !e.currentTarget.contains(e.relatedTarget as Node | null)) setMenuOpen(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && menuOpen) {
              e.stopPropagation();
              close();
            }
          }}
        >
          <button
            ref={toggle}
            type="button"
            className="btn header__menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="header-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('View')} <span aria-hidden="true">▾</span>
          </button>
          <div id="header-menu" className="header__menu" data-open={menuOpen || undefined}>
            <ViewSettings />
            <button
              type="button"
              className="btn"
              onClick={() => {
                // Folded: the dialog gives focus back to View, which stays visible.
                if (menuOpen) close();
                setShareOpen(true);
              }}
            >
              {t('Share / Embed')}
            </button>
          </div>
        </div>
        <button type="button" className="btn btn--icon header__help" onClick={() => setHelpOpen(true)} aria-label={t('Keyboard shortcuts and help')} aria-keyshortcuts="?">
          ?
        </button>
      </div>
    </header>
  );
}
