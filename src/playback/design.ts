/**
 * The fixed design traffic plays (issue 15), from the fixes chosen (`?fixes=`, a fix card's "Try it
 * live"): servers behind HAProxy once `lb` is among them, else the one-server stack (null).
 */
import type { ModelFix } from '../sim/fixIds';
import type { SimConfig } from '../sim/types';
import type { Design } from './snapshot';

const cache = new Map<string, Design>();

/** The same object for the same design, so a selector using it re-renders only on a real change. */
export function designOf(fixes: readonly ModelFix[], servers: number | null, balance: Design['balance'] = 'roundrobin'): Design | null {
  if (!fixes.includes('lb') && !fixes.includes('lb-pair')) return null;
  const n = Math.min(4, Math.max(2, servers ?? 2)) as Design['servers'];
  const pair = fixes.includes('lb-pair');
  const replica = fixes.includes('replica');
  const rolling = fixes.includes('rolling');
  const key = `${n}${+pair}${+replica}${+rolling}${balance}`;
  let d = cache.get(key);
  if (!d) cache.set(key, (d = { servers: n, pair, replica, rolling, balance }));
  return d;
}

/** Scaling up: the workers and cores asked for, as the model's config (nothing for the model's own). */
export function scaleConfig(workers: number | null, cores: number | null): Partial<Pick<SimConfig, 'appWorkers' | 'cpuCores'>> {
  return { ...(workers ? { appWorkers: workers } : {}), ...(cores ? { cpuCores: cores } : {}) };
}
