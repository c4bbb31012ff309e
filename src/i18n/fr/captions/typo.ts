/** French typography for the captions: thin no-break spaces, decimal commas and plurals. */

/**
 * A template whose own text gets a narrow no-break space before ; : ! ? and inside « », as French sets
 * them; the values put in (a status line, an SQL query, Host: …) are left exactly as they are.
 */
export function fr(parts: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = '';
  parts.forEach((part, i) => {
    out += part.replace(/ ([;:!?»])/g, '\u202f$1').replace(/« /g, '«\u202f');
    if (i < values.length) out += String(values[i]);
  });
  return out;
}

const rules = new Intl.PluralRules('fr');

/** `n` and its noun: 0 and 1 take the singular in French (« 0 ligne », « 2 lignes »). */
export const count = (n: number, one: string, other: string): string => `${n}\u00a0${rules.select(n) === 'one' ? one : other}`;

/** A figure read from the model's text ("12.5") with a French decimal comma. */
export const decimal = (figure: string | number): string => String(figure).replace('.', ',');

/** A number of seconds, with a no-break space before the unit. */
export const seconds = (figure: string | number): string => `${decimal(figure)}\u00a0s`;

/** The first letter in upper case, for the start of a sentence. */
export const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
