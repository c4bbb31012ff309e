/**
 * Helpers for the short, plain-text notices shown when the address holds a value the tool can't use.
 * Notices are rendered as text, never HTML; these helpers still keep them short and printable.
 */

/** What a notice says, by code: its words load only when there is one to show (`noticeText.ts`). */
export type NoticeCode =
  | 'nan' | 'whole' | 'above' | 'below' | 'choice' | 'select' | 'fixes' | 'lang' | 'late' | 'rehearse' | 'lb' | 'unreadable'
  | 'origins' | 'origin' | 'moreOrigins' | 'manyOrigins';
export type NoticeVars = Readonly<Record<string, string | number | null>>;
export interface Notice {
  code: NoticeCode;
  vars: NoticeVars;
}

/** Collects one notice. */
export type Note = (code: NoticeCode, vars?: NoticeVars) => void;

/** How much of a rejected value a notice quotes. */
export const NOTICE_VALUE_MAX_CHARS = 40;

// Control and format characters (including bidi overrides), line/paragraph separators and lone surrogates:
// none of them belong in a one-line message, and bidi overrides could make a notice read backwards.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A value as a notice may show it: unprintable characters removed, whitespace collapsed, and cut to
 * {@link NOTICE_VALUE_MAX_CHARS} code points with an ellipsis.
 */
export function displayValue(raw: string): string {
  const printable = raw.replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim();
  const codePoints = Array.from(printable);
  if (codePoints.length <= NOTICE_VALUE_MAX_CHARS) return printable;
  return `${codePoints.slice(0, NOTICE_VALUE_MAX_CHARS - 1).join('')}…`;
}

/** {@link displayValue} in double quotes, for values that aren't numbers. */
export function quoteValue(raw: string): string {
  return `"${displayValue(raw)}"`;
}
