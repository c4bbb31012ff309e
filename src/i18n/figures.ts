/** Spaces and decimal commas for figures, small enough for the first view (`number.ts` holds `Intl`'s formatters). */
import { currentLang } from './t';

/** A space between a figure and its unit that never breaks: a thin one before % in French, as French typography does. */
export function unitSpace(unit: string): string {
  return currentLang() === 'fr' ? (unit === '%' ? '\u202f' : '\u00a0') : ' ';
}

/**
 * Figures written the English way ("1.50 s", "100 %") as the current language writes them (« 1,50 s »,
 * « 100 % »): a decimal comma and `unitSpace`'s spaces. For text already built with `toFixed`; the first
 * view uses it without loading `Intl`'s formatters.
 */
export function figures(text: string): string {
  return currentLang() === 'fr' ? text.replace('.', ',').replace(/ (%?)/g, (_, unit: string) => `${unitSpace(unit)}${unit}`) : text;
}
