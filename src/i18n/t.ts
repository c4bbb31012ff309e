/**
 * Translation at the point of use, gettext style: the English is the key, so English costs nothing and
 * needs no catalog. Another language's dictionary is loaded (lazily) before the first render and on a
 * switch; the app remounts on a switch, so nothing has to subscribe to the language.
 */
import type { Lang } from './lang';

// `localize` (content) lives in ./localize: only lazy views need it.

/** A count's forms in `Intl.PluralRules` categories; `other` is required and is the key. */
export interface PluralForms {
  one?: string;
  many?: string;
  other: string;
}
export type Entry = string | PluralForms;
export type Dictionary = Readonly<Record<string, Entry>>;
type Vars = Readonly<Record<string, string | number>>;

let lang: Lang = 'en';
let dict: Dictionary | null = null;
/** The pseudo-locale rewrites whatever it is given instead of looking it up. */
let rewrite: ((text: string, lengthen?: boolean) => string) | null = null;
let plural = new Intl.PluralRules('en');
const listeners = new Set<(lang: Lang) => void>();

export function currentLang(): Lang {
  return lang;
}

/** Install a language: its dictionary (null for English) or a rewrite (the pseudo-locale). */
export function setCatalog(next: Lang, dictionary: Dictionary | null, rewriter: ((text: string, lengthen?: boolean) => string) | null = null) {
  lang = next;
  dict = dictionary;
  rewrite = rewriter;
  plural = new Intl.PluralRules(next === 'en-XA' ? 'en' : next);
  for (const listener of listeners) listener(next);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function lookup(english: string): string {
  if (rewrite) return rewrite(english);
  const entry = dict?.[english];
  return typeof entry === 'string' ? entry : english;
}

/** Interface text written in the source as a literal: `t('Play')`, `t('{n} waiting', { n })`. */
export function t(english: string, vars?: Vars): string {
  return fill(lookup(english), vars);
}

/** A count's sentence: `tn(n, { one: '{n} row', other: '{n} rows' })`; `{n}` is filled with `n`. */
export function tn(n: number, forms: PluralForms, vars?: Vars): string {
  const all = { n, ...vars };
  if (rewrite) return fill(rewrite(pick(forms, n)), all);
  const entry = dict?.[forms.other];
  const chosen = entry && typeof entry !== 'string' ? entry : forms;
  return fill(pick(chosen, n), all);
}

function pick(forms: PluralForms, n: number): string {
  const category = plural.select(n);
  if (category === 'one' && forms.one !== undefined) return forms.one;
  if (category === 'many' && forms.many !== undefined) return forms.many;
  return forms.other;
}

/**
 * Text that is not a literal here (a model label, a content field): looked up as it comes. A context
 * (as gettext's msgctxt) picks a translation for one place first: a diagram box has room for « Navigateur »
 * where a card title says « Navigateur de l’utilisateur ».
 */
export function tx(english: string, context?: string): string {
  // The pseudo-locale lengthens running text; a diagram's box text has a short form in each language
  // (as « Navigateur »), which the French layout tests measure, so there it only takes the accents.
  if (rewrite && context) return rewrite(english, false);
  const inContext = context ? dict?.[inside(context, english)] : undefined;
  return typeof inContext === 'string' ? inContext : lookup(english);
}

/** The key of a text in a context (gettext's separator). */
export const inside = (context: string, english: string) => `${context}\u0004${english}`;
