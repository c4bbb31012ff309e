/** What a fixed design means to the model, and its name in a sentence. */
import type { ModelFix } from '../sim/fixIds';
import type { SimConfig } from '../sim/types';
import type { Design } from './snapshot';
import { t } from '../i18n/t';

/** The fixes a design is made of, in the model's order (what `designOf` reads back). */
export function designFixes(d: Design): ModelFix[] {
  const fixes: ModelFix[] = ['lb'];
  if (d.pair) fixes.push('lb-pair');
  if (d.replica) fixes.push('replica');
  if (d.rolling) fixes.push('rolling');
  return fixes;
}

/** The model's config for a design. */
export function designConfig(d: Design): Pick<SimConfig, 'servers' | 'fixes' | 'balance'> {
  return { servers: d.servers, fixes: designFixes(d), balance: d.balance };
}

/** Says which design in a few words, in the language shown: "2 servers behind HAProxy, a MySQL replica". One whole phrase per case. */
export function designName(d: Design): string {
  const n = d.servers;
  const leastconn = d.balance === 'leastconn';
  const base = d.pair
    ? leastconn
      ? t('{n} servers behind a pair of HAProxy balancers (least connections)', { n })
      : t('{n} servers behind a pair of HAProxy balancers', { n })
    : leastconn
      ? t('{n} servers behind HAProxy (least connections)', { n })
      : t('{n} servers behind HAProxy', { n });
  return d.replica ? t('{design}, a MySQL replica', { design: base }) : base;
}
