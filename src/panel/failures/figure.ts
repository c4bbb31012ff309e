import { fixed } from '../../i18n/number';

/** A figure with the decimals it has and no more ("0.3", "13.1", "43"), in the reader's language (« 0,3 »). */
export function asWritten(v: number): string {
  return fixed(v, Math.min(String(v).split('.')[1]?.length ?? 0, 20));
}
