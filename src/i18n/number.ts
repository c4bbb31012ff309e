/** Numbers in the current language: a decimal comma and grouped thousands in French, as `toFixed` gives in English. */
import { currentLang } from './t';

const formats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/** `x.toFixed(digits)` in the current language ("0.5" / « 0,5 »). */
export function fixed(x: number, digits = 0): string {
  const lang = currentLang();
  if (lang !== 'fr') return x.toFixed(digits);
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(x);
}
