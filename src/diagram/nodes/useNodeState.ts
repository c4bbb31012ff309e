import { useUi, type UiState } from '../../store/ui';
import type { ComponentId } from '../../sim/topology';

/** Whether a component is selected or lit by the current step: two booleans, so nodes re-render rarely. */
export function useNodeState(id: ComponentId) {
  const selected = useUi((s: UiState) => s.selected === id);
  const lit = useUi((s: UiState) => s.highlight.nodes.includes(id) || s.walkHighlight.includes(id));
  return { selected, lit };
}

const STATUS_TEXT = { up: '', down: 'down', restarting: 'restarting', reloading: 'reloading', slow: 'slow' } as const;

type StatusId = keyof UiState['live']['status'];
const hasStatus = (id: ComponentId): id is StatusId => id === 'server' || id === 'nginx' || id === 'app-server' || id === 'mysql';

/** Status of the server or one of its processes, as words (colour is never the only signal). */
export function useStatusText(id: ComponentId): string {
  return useUi((s: UiState) => {
    if (!hasStatus(id)) return '';
    const st = s.live.status;
    return st.server === 'down' ? 'down' : STATUS_TEXT[st[id]];
  });
}
