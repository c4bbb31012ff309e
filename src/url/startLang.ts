/** The language to start in: `lang=` when it names one we speak, else the browser's, else English. */
import { browserLang, type Lang } from '../i18n/lang';
import { readLang } from './params';

export function startLang(search: string): Lang {
  const raw = new URLSearchParams(search).getAll('lang').at(-1) ?? null;
  // A bad value is noted by the full parse later, in the language this returns.
  const asked = raw === null ? null : readLang(raw, () => undefined);
  return asked ?? browserLang(typeof navigator === 'undefined' ? [] : navigator.languages);
}
