/**
 * "Make it learnable": a card leads with at most three short points and one misconception; the rest sits
 * behind "More". These budgets keep the first view readable in a side panel.
 */
import { describe, expect, it } from 'vitest';
import { EXPLANATIONS, TOPICS } from './explanations';
import { FIX_LIST } from './fixes';
import type { Explanation } from './types';

const ALL: Explanation[] = [...Object.values(EXPLANATIONS), ...Object.values(TOPICS)];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Words a learner reads before opening "More": the points and the first misconception. */
export function firstViewWords(e: Pick<Explanation, 'points' | 'misconceptions'>): number {
  const m = e.misconceptions?.[0];
  return [...e.points, m?.myth ?? '', m?.fact ?? ''].reduce((n, t) => n + words(t), 0);
}

/** Most words in one point. */
export const POINT_WORDS = 18;
/** Most words in a card's first view. */
export const FIRST_VIEW_WORDS = 90;

describe('card word budget', () => {
  it.each(ALL.map((e) => [e.id, e] as const))('%s leads with 1–3 short points and stays within the first-view budget', (_id, e) => {
    expect(e.points.length).toBeGreaterThanOrEqual(1);
    expect(e.points.length).toBeLessThanOrEqual(3);
    for (const p of e.points) expect(words(p), p).toBeLessThanOrEqual(POINT_WORDS);
    expect(firstViewWords(e)).toBeLessThanOrEqual(FIRST_VIEW_WORDS);
  });

  it.each(FIX_LIST.map((f) => [f.id, f] as const))('fix %s leads with 1–3 short points and stays within the first-view budget', (_id, f) => {
    expect(f.points.length).toBeGreaterThanOrEqual(1);
    expect(f.points.length).toBeLessThanOrEqual(3);
    for (const p of f.points) expect(words(p), p).toBeLessThanOrEqual(POINT_WORDS);
    expect(firstViewWords(f)).toBeLessThanOrEqual(FIRST_VIEW_WORDS);
    // The new weakness shows beside the first view: it stays as short as a misconception.
    expect(words(f.newWeakness)).toBeLessThanOrEqual(40);
  });

  it('is far shorter than the cards the issue measured (Nginx 275, app server 233, the record 215 words)', () => {
    for (const e of [EXPLANATIONS.nginx, EXPLANATIONS['app-server'], TOPICS['dns-record']]) expect(firstViewWords(e)).toBeLessThan(100);
  });
});
