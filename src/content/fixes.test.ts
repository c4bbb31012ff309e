import { describe, expect, it } from 'vitest';
import { FAILURE_EXPLANATIONS } from './failures';
import { FIXES, FIX_IDS, FIX_LIST, masterDownInterval, skewTime, type Fix } from './fixes';
import { SOURCES } from './sources';
import { HAPROXY_CHECK_DEFAULTS } from '../sim/loadBalancer';
import { VRRP_MASTER_DOWN_INTERVAL_S } from '../sim/haproxy';
import { MODEL_FIXES } from '../sim/stackIds';

/** Every learner-visible string of a fix, joined. */
function textOf(f: Fix): string {
  return [f.title, ...f.points, f.role, ...f.goodToKnow, ...f.misconceptions.flatMap((m) => [m.myth, m.fact]), ...f.keyFacts, f.newWeakness, f.quote?.text]
    .filter(Boolean)
    .join('\n');
}

const sentences = (text: string) => text.match(/[.!?](\s|$)/g)?.length ?? 0;
const curatedUrls = new Set<string>(Object.values(SOURCES).map((s) => s.url));

describe('the fixes', () => {
  it('are exactly the seven of issue #15, each once, under its own id, in course order', () => {
    expect([...FIX_IDS]).toEqual(['lb', 'lb-pair', 'replica', 'rolling', 'scale-up', 'scale-out', 'split-db']);
    expect(Object.keys(FIXES).sort()).toEqual([...FIX_IDS].sort());
    expect(FIX_LIST.map((f) => f.id)).toEqual([...FIX_IDS]);
    for (const id of FIX_IDS) expect(FIXES[id].id).toBe(id);
    const titles = FIX_LIST.map((f) => f.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(FIX_LIST.map((f) => [f.id, f] as const))('%s is complete: points, role from the user, misconceptions, weakness, curated https sources', (_id, f) => {
    expect(f.points.length).toBeGreaterThanOrEqual(1);
    expect(f.points.length).toBeLessThanOrEqual(3);
    expect(sentences(f.role)).toBeGreaterThanOrEqual(2);
    expect(sentences(f.role)).toBeLessThanOrEqual(3);
    expect(f.role).toMatch(/\b(you|your|user)\b/i);
    expect(f.goodToKnow.length).toBeGreaterThan(0);
    expect(f.misconceptions.length).toBeGreaterThan(0);
    for (const m of f.misconceptions) {
      expect(m.myth.trim()).not.toBe('');
      expect(m.fact.trim()).not.toBe('');
    }
    expect(sentences(f.newWeakness)).toBeGreaterThanOrEqual(1);
    expect(sentences(f.newWeakness)).toBeLessThanOrEqual(2);
    for (const chip of f.keyFacts) expect(chip.length).toBeLessThanOrEqual(32);
    expect(new Set(f.keyFacts).size).toBe(f.keyFacts.length);
    expect(f.sources.length).toBeGreaterThan(0);
    expect(new Set(f.sources.map((s) => s.url)).size).toBe(f.sources.length);
    for (const s of f.sources) {
      expect(new URL(s.url).protocol).toBe('https:');
      expect(curatedUrls.has(s.url), s.url).toBe(true);
    }
    if (f.quote) expect(f.quote.credit.trim()).not.toBe('');
    expect(textOf(f)).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each(FIX_LIST.map((f) => [f.id, f] as const))('%s solves known issues, and every figure is a finite number with a curated https source', (_id, f) => {
    const issues = Object.keys(FAILURE_EXPLANATIONS);
    expect(f.solves.length).toBeGreaterThan(0);
    expect(new Set(f.solves).size).toBe(f.solves.length);
    for (const issue of f.solves) expect(issues).toContain(issue);
    expect(Object.keys(f.figures).length).toBeGreaterThan(0);
    for (const [name, fig] of Object.entries(f.figures)) {
      expect(Number.isFinite(fig.value), name).toBe(true);
      expect(fig.value, name).toBeGreaterThan(0);
      expect(fig.unit.trim(), name).not.toBe('');
      expect(new URL(fig.source.url).protocol, name).toBe('https:');
      expect(curatedUrls.has(fig.source.url), name).toBe(true);
      if (fig.derived !== undefined) expect(fig.derived.trim(), name).not.toBe('');
    }
  });

  it('between them, solve each of the three issues', () => {
    const solved = new Set(FIX_LIST.flatMap((f) => f.solves));
    expect([...solved].sort()).toEqual(Object.keys(FAILURE_EXPLANATIONS).sort());
    expect(FIXES.rolling.solves).toEqual(['maintenance']);
    expect(FIXES['lb-pair'].solves).toContain('spof');
    expect(FIXES['scale-up'].solves).toEqual(['scalability']);
  });
});

describe('pinned facts', () => {
  it('HAProxy health checks: inter 2 s, fall 3, rise 2; a dead server leaves after about 6 s', () => {
    const { checkInterval, fall, rise, detectionTime, recoveryTime } = FIXES.lb.figures;
    expect([checkInterval?.value, checkInterval?.unit]).toEqual([2, 's']);
    expect(fall?.value).toBe(3);
    expect(rise?.value).toBe(2);
    expect(detectionTime?.value).toBe(6);
    expect(recoveryTime?.value).toBe(4);
    for (const fig of [checkInterval, fall, rise]) expect(fig?.source).toBe(SOURCES.haproxyConfig);
    const text = textOf(FIXES.lb);
    for (const needle of ['roundrobin', 'leastconn', 'every 2 s', '3 failures', 'A record']) expect(text).toContain(needle);
  });

  it('VRRP: 1 s advertisements, Master_Down_Interval = 3 × interval + skew, about 3.6 s for a priority-100 backup', () => {
    expect(skewTime(100, 1)).toBeCloseTo(156 / 256, 10);
    expect(skewTime(255, 1)).toBeCloseTo(1 / 256, 10);
    expect(masterDownInterval(100, 1)).toBeCloseTo(3 + 156 / 256, 10);
    expect(masterDownInterval(200, 2)).toBeCloseTo(6 + (56 * 2) / 256, 10);
    const { advertInterval, backupPriority, failoverTime } = FIXES['lb-pair'].figures;
    expect(advertInterval?.value).toBe(1);
    expect(backupPriority?.value).toBe(100);
    expect(failoverTime?.value).toBeCloseTo(3.609, 3);
    expect(failoverTime?.source).toBe(SOURCES.rfc5798);
    const text = textOf(FIXES['lb-pair']);
    expect(text).toContain('Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time');
    expect(text).toMatch(/3\.6 s/);
    expect(text).toContain('active–passive');
  });

  it('the model runs on the figures the text gives (health checks, failover time), and simulates only listed fixes', () => {
    const { checkInterval, fall, rise } = FIXES.lb.figures;
    expect(HAPROXY_CHECK_DEFAULTS).toEqual({ interS: checkInterval?.value, fall: fall?.value, rise: rise?.value });
    expect(VRRP_MASTER_DOWN_INTERVAL_S).toBeCloseTo(FIXES['lb-pair'].figures.failoverTime!.value, 12);
    for (const id of MODEL_FIXES) expect(FIX_IDS).toContain(id);
  });

  it('MySQL: replication asynchronous, writes to the primary, primary–primary contrasted, read_only explained', () => {
    const text = textOf(FIXES.replica);
    for (const needle of ['asynchronous', 'replication lag', 'read_only', 'super_read_only', 'Primary–primary', 'promoted']) expect(text).toContain(needle);
    expect(FIXES.replica.newWeakness).toMatch(/primary/);
  });

  it('carries the curriculum’s misconceptions first where they apply', () => {
    expect(FIXES.lb.misconceptions[0]?.myth).toMatch(/[Rr]ound robin.*active–active/);
    expect(FIXES.replica.misconceptions[0]?.myth).toMatch(/replica.*writes/);
    expect(FIXES.replica.misconceptions[0]?.fact).toMatch(/primary takes every write/);
    expect(FIXES['scale-up'].misconceptions[0]?.myth).toMatch(/workers/);
  });

  it('names the new weakness each fix brings', () => {
    expect(FIXES.lb.newWeakness).toMatch(/load balancer is now the single point of failure/);
    expect(FIXES.lb.newWeakness).toMatch(/MySQL/);
    expect(FIXES['split-db'].newWeakness).toMatch(/still one machine/);
    expect(FIXES['scale-out'].newWeakness).toMatch(/MySQL/);
  });
});
