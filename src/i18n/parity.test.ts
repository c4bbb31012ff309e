/**
 * Every text the learner can see has its French, and the French dictionary holds nothing else:
 * the `t`/`tn` literals in the source, and the content and model text the registries list.
 */
import { describe, expect, it } from 'vitest';
import { FR, FR_PARTS } from './fr';
import { sourceKeys } from './keys.node';
import type { Entry } from './t';
import { proseOf } from './walk';

const registries = import.meta.glob<{ LOCALIZED: readonly unknown[] }>('./registry/*.ts', { eager: true });
const keys = sourceKeys('src');
const content = new Set<string>();
for (const module of Object.values(registries)) for (const value of module.LOCALIZED) for (const s of proseOf(value)) content.add(s);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (entry: Entry) => (typeof entry === 'string' ? [entry] : Object.values(entry).filter((v): v is string => typeof v === 'string'));

describe('French', () => {
  it('has no t() or tn() call whose text is not a literal', () => {
    expect(keys.dynamic).toEqual([]);
  });

  it('translates every t() literal, keeping its placeholders', () => {
    const missing = [...keys.singles].filter(([key]) => typeof FR[key] !== 'string').map(([key, where]) => `${where}: ${key}`);
    expect(missing).toEqual([]);
    for (const key of keys.singles.keys()) expect(placeholders(FR[key] as string), key).toEqual(placeholders(key));
  });

  it('gives every tn() count its French forms, with other and the same placeholders', () => {
    for (const [key, forms] of keys.plurals) {
      const fr = FR[key];
      expect(fr && typeof fr === 'object', `${forms.file}: ${key}`).toBe(true);
      if (!fr || typeof fr !== 'object') continue;
      expect(fr.other, key).toBeTruthy();
      for (const text of texts(fr)) expect(placeholders(text).filter((p) => p !== 'n'), key).toEqual(placeholders(key).filter((p) => p !== 'n'));
    }
  });

  it('translates every content and model text the registries list, keeping placeholders', () => {
    const missing = [...content].filter((s) => FR[s] === undefined);
    expect(missing).toEqual([]);
    for (const s of content) if (typeof FR[s] === 'string') expect(placeholders(FR[s] as string), s).toEqual(placeholders(s));
  });

  it('holds no key that nothing shows', () => {
    const extra = Object.keys(FR).filter((key) => !keys.singles.has(key) && !keys.plurals.has(key) && !content.has(key));
    expect(extra).toEqual([]);
  });

  it('gives one French per English where two areas share a text', () => {
    const seen = new Map<string, Entry>();
    const clashes: string[] = [];
    for (const [area, part] of Object.entries(FR_PARTS))
      for (const [key, value] of Object.entries(part)) {
        const before = seen.get(key);
        if (before !== undefined && JSON.stringify(before) !== JSON.stringify(value)) clashes.push(`${area}: ${key}`);
        seen.set(key, value);
      }
    expect(clashes).toEqual([]);
  });

  it('uses a no-break space before ; : ! ? and inside « »', () => {
    const wrong = Object.values(FR)
      .flatMap(texts)
      .filter((s) => / [;:!?»]|« /.test(s));
    expect(wrong).toEqual([]);
  });
});
