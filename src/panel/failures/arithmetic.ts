/** What repeated deploys cost a year, read from the number inputs, and which nines row it lands in. */
import { deployDowntime, type NinesRow } from '../../content/failures';
import { fixed } from '../../i18n/number';
import { t, tn } from '../../i18n/t';

export type DeployCost = { ok: true; hoursPerYear: number; availability: number } | { ok: false; message: string };

/** Parse the two inputs (strings as typed) and apply `deployDowntime`; explain bad input instead of throwing. */
export function deployCost(deploysPerDay: string, secondsEach: string): DeployCost {
  const perDay = Number(deploysPerDay);
  const each = Number(secondsEach);
  if (deploysPerDay.trim() === '' || secondsEach.trim() === '' || !Number.isFinite(perDay) || !Number.isFinite(each)) {
    return { ok: false, message: t('Enter two numbers.') };
  }
  if (perDay < 0 || each < 0) return { ok: false, message: t('Deploys and seconds cannot be negative.') };
  return { ok: true, ...deployDowntime(perDay, each) };
}

/** The row with the most nines the availability still meets (fraction 0..1), or -1 below all of them. */
export function matchingNinesIndex(rows: readonly NinesRow[], availability: number): number {
  let match = -1;
  rows.forEach((row, i) => {
    // Tolerance: 1 deploy of 86.4 s a day is exactly 99.9 %, whatever the last bit says.
    if (availability * 100 >= row.availability - 1e-9) match = i;
  });
  return match;
}

/** "3.04 hours a year". */
export function hoursText(hours: number): string {
  const digits = hours < 10 ? 2 : 1;
  return tn(hours, { one: '{n} hour a year', other: '{n} hours a year' }, { n: fixed(hours, digits) });
}
