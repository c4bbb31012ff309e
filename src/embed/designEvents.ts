/**
 * The design as the course page hears it: once per real change of the store's `fixes` or `servers`,
 * whoever made it (a command, an attribute, a fix card's "Try it live"). The start is in `ready`.
 */
import { useUi, type UiState } from '../store/ui';

/** The store's fields that name the design played. */
export type DesignFields = Pick<UiState, 'fixes' | 'servers'>;

/** Same fixes in the same order and the same server count: setting them again changes nothing. */
export function sameDesign(a: DesignFields, b: DesignFields): boolean {
  return a.servers === b.servers && a.fixes.length === b.fixes.length && a.fixes.every((fix, i) => fix === b.fixes[i]);
}

/** Calls `onChange` whenever the design differs from the last one told; returns the function that stops it. */
export function watchDesign(onChange: (design: DesignFields) => void): () => void {
  const { fixes, servers } = useUi.getState();
  let last: DesignFields = { fixes, servers };
  return useUi.subscribe((now) => {
    if (sameDesign(now, last)) return;
    last = { fixes: now.fixes, servers: now.servers };
    onChange(last);
  });
}
