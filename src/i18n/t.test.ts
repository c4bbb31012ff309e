import { afterEach, describe, expect, it } from 'vitest';
import { browserLang } from './lang';
import { fixed } from './number';
import { pseudo } from './pseudo';
import { localize } from './localize';
import { currentLang, onLangChange, setCatalog, t, tn, tx } from './t';
import { percent, ms } from '../panel/format';

afterEach(() => setCatalog('en', null));

const FR = {
  Play: 'Lecture',
  '{n} waiting': '{n} en attente',
  '{n} rows': { one: '{n} ligne', other: '{n} lignes' },
  'A point': 'Un point',
};

describe('t, tn, tx and localize', () => {
  it('returns the English with no catalog, filling placeholders', () => {
    expect(t('Play')).toBe('Play');
    expect(t('{n} waiting', { n: 3 })).toBe('3 waiting');
    expect(tn(1, { one: '{n} row', other: '{n} rows' })).toBe('1 row');
    expect(tn(0, { one: '{n} row', other: '{n} rows' })).toBe('0 rows');
  });

  it('looks French up by the English, with French plural rules (0 and 1 are singular)', () => {
    setCatalog('fr', FR);
    expect(t('Play')).toBe('Lecture');
    expect(t('{n} waiting', { n: 3 })).toBe('3 en attente');
    expect(tn(0, { one: '{n} row', other: '{n} rows' })).toBe('0 ligne');
    expect(tn(1, { one: '{n} row', other: '{n} rows' })).toBe('1 ligne');
    expect(tn(2, { one: '{n} row', other: '{n} rows' })).toBe('2 lignes');
    // A text with no French yet shows its English rather than nothing.
    expect(t('Pause')).toBe('Pause');
    expect(tx('A point')).toBe('Un point');
  });

  it('localizes content deeply, keeping ids, links and sources, and caches per language', () => {
    const card = { id: 'Play', points: ['A point'], sources: [{ title: 'Play', url: 'https://x' }] };
    expect(localize(card)).toBe(card);
    setCatalog('fr', FR);
    const fr = localize(card);
    expect(fr).toEqual({ id: 'Play', points: ['Un point'], sources: [{ title: 'Play', url: 'https://x' }] });
    expect(localize(card)).toBe(fr);
    setCatalog('en', null);
    expect(localize(card)).toBe(card);
  });

  it('tells listeners when the language changes', () => {
    const seen: string[] = [];
    const stop = onLangChange((lang) => seen.push(lang));
    setCatalog('fr', FR);
    stop();
    setCatalog('en', null);
    expect(seen).toEqual(['fr']);
    expect(currentLang()).toBe('en');
  });
});

describe('numbers', () => {
  it('writes a decimal comma, grouped thousands and a narrow no-break space before % in French', () => {
    expect(fixed(99.95, 1)).toBe('100.0');
    expect(percent(0.999)).toBe('99.9 %');
    expect(ms(0.0125)).toBe('13 ms');
    setCatalog('fr', FR);
    expect(fixed(0.5, 1)).toBe('0,5');
    expect(fixed(12345)).toBe('12\u202f345');
    expect(percent(0.999)).toBe('99,9\u202f%');
    expect(ms(12.5)).toBe('12,5\u00a0s');
  });
});

describe('language choice and the pseudo-locale', () => {
  it('takes the first browser language we speak, a region counting as its language', () => {
    expect(browserLang(['de-DE', 'fr-SN', 'en'])).toBe('fr');
    expect(browserLang(['es'])).toBe('en');
    expect(browserLang([])).toBe('en');
  });

  it('accents and lengthens by 40 %, keeping placeholders', () => {
    const out = pseudo('{n} waiting');
    expect(out.startsWith('[{n} ')).toBe(true);
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil('{n} waiting'.length * 1.4));
    expect(out).toContain('{n}');
    expect(out).not.toMatch(/[aeiou]/);
  });
});
