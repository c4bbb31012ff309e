import { describe, expect, it } from 'vitest';
import { EXPLANATIONS, TOPICS } from './explanations';
import { FAILURE_EXPLANATIONS } from './failures';
import { GLOSSARY, GLOSSARY_IDS, markTerms, type GlossaryId, type TextPart } from './glossary';
import { QPS_NOTE } from './qps';
import type { Explanation } from './types';

const ALL: Explanation[] = [...Object.values(EXPLANATIONS), ...Object.values(TOPICS)];
const cardTexts = (e: Explanation) => [...e.points, ...(e.misconceptions ?? []).flatMap((m) => [m.myth, m.fact]), e.role, ...e.goodToKnow];
const issueTexts = Object.values(FAILURE_EXPLANATIONS).map((f) => [f.what, f.why, f.userSees, f.operatorSees, f.fix]);
const marks = (parts: TextPart[][]) => parts.flat().flatMap((p) => (typeof p === 'string' ? [] : [p.term]));

/** The jargon issue 13 lists; each must have exactly one definition. */
const REQUIRED = ['anycast', 'SOA', 'FastCGI', 'SIGHUP', 'SIGUSR2', 'upstream', 'p50', 'p95', 'keepalived', 'virtual IP', 'sync worker', 'TTL', 'QPS'];

describe('glossary', () => {
  it('defines every listed term exactly once', () => {
    for (const term of REQUIRED) {
      const entries = GLOSSARY_IDS.filter((id) => GLOSSARY[id].term === term);
      expect(entries, term).toHaveLength(1);
      expect(GLOSSARY[entries[0]!].pattern.test(term), term).toBe(true);
    }
    for (const id of GLOSSARY_IDS) {
      const e = GLOSSARY[id];
      expect(e.definition.trim().split(/\s+/).length, id).toBeLessThanOrEqual(25);
      expect(new URL(e.source.url).protocol).toBe('https:');
      // A term's own definition does not use another term's word, so reading it needs no second lookup.
      for (const other of GLOSSARY_IDS) if (other !== id && !(id === 'keepalived' && other === 'virtual-ip')) expect(GLOSSARY[other].pattern.test(e.definition), `${id} uses ${other}`).toBe(false);
    }
  });

  it('no term has a second, inline definition in the content', () => {
    const everything = [...ALL.flatMap(cardTexts), ...issueTexts.flat(), QPS_NOTE.text].join('\n');
    expect(everything).not.toMatch(/TTL \(time to live\)/);
    expect(everything).not.toMatch(/queries per second/i);
  });

  it('every term is used where a learner reads, so its definition can be found', () => {
    const used = new Set<GlossaryId>([...ALL.flatMap((e) => marks(markTerms(cardTexts(e)))), ...issueTexts.flatMap((t) => marks(markTerms(t))), ...marks(markTerms([QPS_NOTE.text]))]);
    expect([...used].sort()).toEqual([...GLOSSARY_IDS].sort());
  });

  it('marks only the first use of a term in a card, keeping every character of the text', () => {
    const texts = ['TTL first, TTL again', 'and a TTL in the next text, plus anycast'];
    const parts = markTerms(texts);
    expect(marks(parts)).toEqual(['ttl', 'anycast']);
    expect(parts.map((p) => p.map((x) => (typeof x === 'string' ? x : x.text)).join(''))).toEqual(texts);
    expect(markTerms(['Gunicorn HUP and SIGHUP'])[0]).toEqual(['Gunicorn ', { term: 'sighup', text: 'HUP' }, ' and SIGHUP']);
  });
});
