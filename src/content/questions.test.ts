import { describe, expect, it } from 'vitest';
import { EXPLANATIONS, TOPICS, getExplanation } from './explanations';
import { QUESTIONS, findMisconception as resolve, questionsFor, type MisconceptionRef } from './questions';
import { REHEARSAL } from './rehearsal';
import { BREAK_SCENE_IDS } from './sceneIds';

const words = (text: string) => text.trim().split(/\s+/).length;


const allMyths = [...Object.values(EXPLANATIONS), ...Object.values(TOPICS)].flatMap((e) =>
  (e.misconceptions ?? []).map((m) => ({ card: e.id, myth: m.myth })),
);
const questionRefs = QUESTIONS.flatMap((q) => q.choices.flatMap((c) => (c.misconception ? [c.misconception] : [])));
const rehearsalRefs = REHEARSAL.flatMap((r) => r.misconceptions);
const reaches = (refs: readonly MisconceptionRef[], m: { card: string; myth: string }) =>
  refs.some((r) => r.card === m.card && m.myth.startsWith(r.myth));

describe('QUESTIONS', () => {
  it('have unique ids', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s: 3–4 choices, exactly one correct, none repeated', (_id, q) => {
    expect(q.choices.length).toBeGreaterThanOrEqual(3);
    expect(q.choices.length).toBeLessThanOrEqual(4);
    expect(Number.isInteger(q.correct)).toBe(true);
    expect(q.choices[q.correct]).toBeDefined();
    // The correct choice is never one the cards call a misconception.
    expect(q.choices[q.correct]!.misconception).toBeUndefined();
    expect(new Set(q.choices.map((c) => c.text.toLowerCase())).size).toBe(q.choices.length);
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s: every choice is a plausible answer, not a give-away by length', (_id, q) => {
    const lengths = q.choices.map((c) => words(c.text));
    for (const c of q.choices) {
      expect(c.text.trim()).not.toBe('');
      expect(words(c.text)).toBeGreaterThanOrEqual(2);
      expect(words(c.text)).toBeLessThanOrEqual(12);
      expect(c.text).not.toMatch(/all of the above|none of the above|undefined|NaN/i);
    }
    // The right answer must not stand out as by far the longest.
    expect(Math.max(...lengths)).toBeLessThanOrEqual(3 * Math.min(...lengths));
    expect(words(q.choices[q.correct]!.text)).toBeLessThanOrEqual(Math.max(...lengths.filter((_, i) => i !== q.correct)) + 3);
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s: a prompt, a why of one or two sentences, a card and https sources', (_id, q) => {
    expect(q.prompt.trim()).toMatch(/\?$/);
    const sentences = q.why.match(/[.!?](\s|$)/g)?.length ?? 0;
    expect(sentences).toBeGreaterThanOrEqual(1);
    expect(sentences).toBeLessThanOrEqual(3);
    expect(getExplanation(q.card), q.card).toBeDefined();
    expect(q.sources.length).toBeGreaterThan(0);
    for (const s of q.sources) expect(new URL(s.url).protocol).toBe('https:');
  });

  it('name only misconceptions the cards list, each exactly once', () => {
    const allRefs = QUESTIONS.flatMap((q) => q.choices.flatMap((c) => (c.misconception ? [c.misconception] : [])));
    for (const ref of [...allRefs, ...rehearsalRefs]) expect(resolve(ref), `${ref.card}: ${ref.myth}`).toBeDefined();
  });

  it('ask before every scene of "Break it" and about its fix, and at the two journey steps', () => {
    for (const scene of BREAK_SCENE_IDS) expect(questionsFor(scene).map((q) => q.moment)).toEqual(['before', 'fix']);
    expect(questionsFor('journey').map((q) => q.moment).sort()).toEqual(['dns', 'second-request']);
    expect(QUESTIONS.find((q) => q.id === 'spof-browser')?.choices.map((c) => c.text).join(' | ')).toMatch(/404.*DNS error.*ERR_CONNECTION_TIMED_OUT.*502/);
  });

  it('reach every misconception the cards list, through a question in a scene or a rehearsal item (which shows it)', () => {
    const unreached = allMyths.filter((m) => !reaches(questionRefs, m) && !reaches(rehearsalRefs, m));
    expect(unreached).toEqual([]);
  });

  it('reach every misconception about the three issues through a question (a scene contradicts it)', () => {
    const issueMyths = allMyths.filter((m) => /single point of failure|restarted|more workers|load balancer/.test(m.myth));
    expect(issueMyths.length).toBeGreaterThanOrEqual(4);
    for (const m of issueMyths) expect(reaches(questionRefs, m), m.myth).toBe(true);
  });
});

describe('REHEARSAL', () => {
  it('lists the whiteboard items of task 0 in the curriculum’s order, the three issues last', () => {
    expect(REHEARSAL.map((r) => r.id)).toEqual([
      'server', 'domain-name', 'dns-record-type', 'web-server', 'application-server', 'database', 'communication',
      'spof', 'maintenance-downtime', 'scalability',
    ]);
  });

  it.each(REHEARSAL.map((r) => [r.id, r] as const))('%s: a question, a model answer, a short checklist, sources', (_id, r) => {
    expect(r.prompt.trim()).toMatch(/\?$/);
    expect(words(r.modelAnswer)).toBeGreaterThanOrEqual(15);
    expect(words(r.modelAnswer)).toBeLessThanOrEqual(60);
    expect(r.checklist.length).toBeGreaterThanOrEqual(3);
    expect(r.checklist.length).toBeLessThanOrEqual(4);
    for (const point of r.checklist) expect(words(point)).toBeLessThanOrEqual(10);
    if (r.card) expect(getExplanation(r.card)).toBeDefined();
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('has the www record’s key points: A record, IPv4, not a CNAME', () => {
    const www = REHEARSAL.find((r) => r.id === 'dns-record-type')!;
    expect(www.checklist.join(' ')).toMatch(/A record.*IPv4.*Not a CNAME/s);
  });
});
