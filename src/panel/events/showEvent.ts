/**
 * What choosing a row does (the store's `showEvent`), and where focus goes back to when the inspector
 * closes.
 */
import { inspect } from '../../store/actions';
import { useUi } from '../../store/ui';

export { showEvent } from '../../store/queries';

/** The id of the element the table scrolls in; focus falls back to it when a row is gone. */
export const EVENT_LIST_ID = 'events-table-scroll';

/** Close the inspector and give focus back to the row it came from, or else to the event list. */
export function closeInspector(): void {
  const seq = useUi.getState().inspected?.seq;
  inspect(null);
  const row = seq === undefined ? null : document.querySelector<HTMLElement>(`button[data-event-seq="${seq}"]`);
  (row ?? document.getElementById(EVENT_LIST_ID))?.focus();
}
