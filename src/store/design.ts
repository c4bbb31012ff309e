/**
 * The fixed design the learner plays (issue 15), from the fixes chosen (`?fixes=`, a fix card's "Try
 * it live"): servers behind HAProxy once `lb` is among them, else the one-server stack (null).
 */
import type { Design } from '../playback/snapshot';
import type { UiState } from './ui';
import { isElementId, type ElementId } from '../sim/topology';

const cache = new Map<string, Design>();

/** The same object for the same design, so a selector using it re-renders only on a real change. */
export function designOf(fixes: UiState['fixes'], servers: UiState['servers']): Design | null {
  if (!fixes.includes('lb')) return null;
  const n = Math.min(4, Math.max(2, servers ?? 2)) as Design['servers'];
  const pair = fixes.includes('lb-pair');
  const replica = fixes.includes('replica');
  const key = `${n}${+pair}${+replica}`;
  let d = cache.get(key);
  if (!d) cache.set(key, (d = { servers: n, pair, replica }));
  return d;
}

export const selectDesign = (s: UiState): Design | null => designOf(s.fixes, s.servers);

/** The one-server element whose explanation covers a fixed design's part, or null for an unknown id. */
export function partExplained(id: string): ElementId | null {
  const base = id.replace(/-[1-4]$/, '');
  if (isElementId(base)) return base;
  if (id === 'db-server' || id === 'replica-server' || id === 'mysql-replica') return 'mysql';
  return null;
}
