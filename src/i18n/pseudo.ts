/** The pseudo-locale `en-XA`: English with accents and 40 % longer, so clipped or overlapping text shows in tests. */
const ACCENTS: Record<string, string> = {
  a: 'á', e: 'ë', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Á', E: 'Ë', I: 'Ï', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};

export function pseudo(text: string, lengthen = true): string {
  if (!/[A-Za-z]{2}/.test(text)) return text;
  // Placeholders ({n}) and technical literals in backticks keep their letters.
  const accented = text.replace(/\{\w+\}|`[^`]*`|[A-Za-z]/g, (m) => (m.length > 1 ? m : (ACCENTS[m] ?? m)));
  if (!lengthen) return accented;
  const pad = '·'.repeat(Math.ceil(text.length * 0.4));
  return `[${accented}${pad}]`;
}
