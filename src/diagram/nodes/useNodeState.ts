import { useUi, type UiState } from '../../store/ui';
import { getComponent, type ComponentId } from '../../sim/topology';

/** Whether a component is selected or lit by the current step: two booleans, so nodes re-render rarely. */
export function useNodeState(id: ComponentId) {
  const selected = useUi((s: UiState) => s.selected === id);
  const lit = useUi((s: UiState) => s.highlight.nodes.includes(id) || s.walkHighlight.includes(id));
  return { selected, lit };
}

/** The words stay English in the store (CSS and tests read them); the nodes show them through `tx`. */
export const STATUS_TEXT = { up: '', down: 'down', restarting: 'restarting', reloading: 'reloading', slow: 'slow' } as const;

type StatusId = keyof UiState['live']['status'];
const hasStatus = (id: ComponentId): id is StatusId => id === 'server' || id === 'nginx' || id === 'app-server' || id === 'mysql';

/** The server itself and everything drawn inside it (its processes and the application files). */
const onServer = (id: ComponentId): boolean => id === 'server' || getComponent(id).parent === 'server';

/**
 * Status of the server or anything on it, as words (colour is never the only signal). With the server
 * down, everything on it is down, the application files included.
 */
export function useStatusText(id: ComponentId): string {
  return useUi((s: UiState) => {
    const st = s.live.status;
    if (st.server === 'down' && onServer(id)) return 'down';
    return hasStatus(id) ? STATUS_TEXT[st[id]] : '';
  });
}
