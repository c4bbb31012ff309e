/** What a fixed design means to the model, and its name in a sentence. */
import type { ModelFix } from '../sim/fixIds';
import type { SimConfig } from '../sim/types';
import type { Design } from './snapshot';

/** The model's config for a design (HAProxy's default round robin). */
/** The fixes a design is made of, in the model's order (what `designOf` reads back). */
export function designFixes(d: Design): ModelFix[] {
  const fixes: ModelFix[] = ['lb'];
  if (d.pair) fixes.push('lb-pair');
  if (d.replica) fixes.push('replica');
  if (d.rolling) fixes.push('rolling');
  return fixes;
}

export function designConfig(d: Design): Pick<SimConfig, 'servers' | 'fixes' | 'balance'> {
  return { servers: d.servers, fixes: designFixes(d), balance: d.balance };
}

/** Says which design in a few words: "2 servers behind HAProxy, a MySQL replica". */
export function designName(d: Design): string {
  const by = d.balance === 'leastconn' ? ' (least connections)' : '';
  const parts = [`${d.servers} servers behind ${d.pair ? 'a pair of HAProxy balancers' : 'HAProxy'}${by}`];
  if (d.replica) parts.push('a MySQL replica');
  return parts.join(', ');
}
