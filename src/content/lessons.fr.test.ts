/** The lessons in French: misconception references still resolve, and the glossary marks French text. */
import { afterEach, describe, expect, it } from 'vitest';
import { FR } from '../i18n/fr';
import { setCatalog, tx } from '../i18n/t';
import { localize } from '../i18n/localize';
import { EXPLANATIONS, TOPICS } from './explanations';
import { GLOSSARY, GLOSSARY_IDS, markTerms, type GlossaryId, type TextPart } from './glossary';
import { QUESTIONS, findMisconception } from './questions';
import { REHEARSAL } from './rehearsal';

afterEach(() => setCatalog('en', null));

const cards = [...Object.values(EXPLANATIONS), ...Object.values(TOPICS)];
const refs = [
  ...QUESTIONS.flatMap((q) => q.choices.flatMap((c) => (c.misconception ? [c.misconception] : []))),
  ...REHEARSAL.flatMap((r) => r.misconceptions),
];
const marks = (parts: TextPart[]) => parts.flatMap((p) => (typeof p === 'string' ? [] : [[p.term, p.text] as const]));

describe('misconception references', () => {
  it('each name exactly one misconception on their card, in English and in French alike', () => {
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const matching = cards.filter((e) => e.id === ref.card).flatMap((e) => (e.misconceptions ?? []).filter((m) => m.myth.startsWith(ref.myth)));
      expect(matching, `${ref.card}: ${ref.myth}`).toHaveLength(1);
      expect(findMisconception(ref)).toBe(matching[0]);
      setCatalog('fr', FR);
      // Matched on the English card whatever the language; only what is shown is localized.
      expect(findMisconception(ref), `${ref.card}: ${ref.myth} in French`).toBe(matching[0]);
      expect(localize(matching[0]!)).toEqual({ ...matching[0], myth: tx(matching[0]!.myth), fact: tx(matching[0]!.fact) });
      setCatalog('en', null);
    }
  });
});

describe('glossary in French', () => {
  it('marks the French spellings of terms in a French sentence, the first use of each', () => {
    setCatalog('fr', FR);
    const [first, second] = markTerms([
      'Le serveur faisant autorité renvoie un enregistrement A avec un TTL de 300 s ; le serveur web transmet à l’upstream.',
      'Deux répartiteurs partagent une adresse IP virtuelle grâce à keepalived ; chaque worker synchrone traite une requête, et le TTL expire.',
    ]);
    expect(marks(first!)).toEqual([
      ['ttl', 'TTL'],
      ['upstream', 'upstream'],
    ]);
    expect(first!.join('')).toContain('enregistrement A');
    expect(marks(second!)).toEqual([
      ['virtual-ip', 'IP virtuelle'],
      ['keepalived', 'keepalived'],
      ['sync-worker', 'worker synchrone'],
    ]);
    expect(second!.at(-1)).toBe(' traite une requête, et le TTL expire.');
  });

  it('takes accented letters as part of a word, which \\b does not', () => {
    setCatalog('fr', FR);
    expect(marks(markTerms(['upstreamé, TTLà, p95è'])[0]!)).toEqual([]);
    expect(marks(markTerms(['p95 et p50 : les médianes, SIGHUP ou HUP, USR2'])[0]!)).toEqual([
      ['p95', 'p95'],
      ['p50', 'p50'],
      ['sighup', 'SIGHUP'],
      ['sigusr2', 'USR2'],
    ]);
  });

  it('keeps the English patterns for English text', () => {
    expect(marks(markTerms(['Two balancers share a virtual IP; an IP virtuelle is French.'])[0]!)).toEqual([['virtual-ip', 'virtual IP']]);
  });

  it('gives every entry a French definition that uses no other term', () => {
    setCatalog('fr', FR);
    for (const id of GLOSSARY_IDS) {
      const fr = tx(GLOSSARY[id].definition);
      expect(fr, id).not.toBe(GLOSSARY[id].definition);
      for (const other of GLOSSARY_IDS)
        if (other !== id && !(id === 'keepalived' && other === 'virtual-ip')) expect(GLOSSARY[other].patternFr.test(fr), `${id} uses ${other}`).toBe(false);
    }
    const ids: GlossaryId[] = ['ttl', 'qps', 'soa', 'fastcgi', 'anycast'];
    for (const id of ids) expect(GLOSSARY[id].patternFr.test(GLOSSARY[id].term), id).toBe(true);
  });
});
