import { memo, type MouseEvent } from 'react';
import { openTopic } from '../../store/actions';
import { Handle, Position } from '@xyflow/react';
import { SITE_HOST } from '../../sim/topology';
import { useUi, type UiState } from '../../store/ui';
import { useNodeState } from './useNodeState';
import { ComponentIcon } from './icons';
import { TabMarkIcon } from '../../panel/tabs/TabMarkIcon';
import { tabLine } from '../../panel/tabs/tabText';
import { t, tx } from '../../i18n/t';

const selectTab = (s: UiState) => s.live.tab;

// The address opens the domain name's explanation, not the browser's (no node click).
const openDomain = (e: MouseEvent) => {
  e.stopPropagation();
  openTopic('domain');
};

/** The user's browser: the address typed in, and its tab: spinning while the request is on its way, then the page or the error. */
function BrowserNodeView() {
  const { selected, lit } = useNodeState('browser');
  const line = tabLine(useUi(selectTab));
  return (
    <div className="stack-node stack-node--browser" data-selected={selected || undefined} data-lit={lit || undefined}>
      <Handle type="target" position={Position.Left} className="hidden-handle" isConnectable={false} />
      <div className="stack-node__head">
        <ComponentIcon id="browser" />
        <span className="stack-node__label">{tx("User's browser", 'diagram')}</span>
      </div>
      <button type="button" className="address-bar nodrag nopan" onClick={openDomain} aria-label={t('The address {host}: explain the domain name', { host: SITE_HOST })}>
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
          <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        <span>{SITE_HOST}</span>
      </button>
      <div className={`browser-result is-${line.tone}`} data-tone={line.tone}>
        <TabMarkIcon mark={line.mark} /> {line.text}
      </div>
      <Handle type="source" position={Position.Right} className="hidden-handle" isConnectable={false} />
    </div>
  );
}

export const BrowserNode = memo(BrowserNodeView);
