/** Which languages the tool speaks, and how the one to use is chosen. No React, no DOM: the worker reads it too. */

/** Languages a learner can pick. `en-XA` (accented, 40 % longer) is for layout tests only and is not listed. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number] | 'en-XA';

/** Each language's name in itself, for the menu. */
export const LANG_NAMES: Record<(typeof LANGS)[number], string> = { en: 'English', fr: 'Français' };

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr' || value === 'en-XA';
}

/** The first of the browser's languages we speak (`fr-SN` counts as `fr`), else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'fr') return base;
  }
  return 'en';
}
