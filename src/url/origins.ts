/**
 * The `origin` URL parameter: host pages allowed to command the tool and to receive its events.
 */
import { quoteValue, type Note } from './notice';

/** More origins than a host could need; the rest are dropped. */
export const MAX_ORIGINS = 16;
const MAX_ORIGIN_NOTICES = 3;
const MAX_ORIGIN_CANDIDATES = 64;

/**
 * Whether `value` is a serialised http(s) origin such as `https://lms.example.edu:8443`:
 * exactly what `MessageEvent.origin` holds, with no path, trailing slash or upper case.
 */
export function isSerializedOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * The valid, distinct origins among the values of every `origin=` pair (each may list several,
 * separated by commas), in order. Each bad value gives a notice, up to a few.
 */
export function readOrigins(values: readonly string[], note: Note): string[] {
  const origins: string[] = [];
  let invalid = 0;
  let overflow = 0;
  const candidates = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  // Bounded work: a hostile address could list a million origins.
  if (candidates.length > MAX_ORIGIN_CANDIDATES) {
    note('origins', { n: candidates.length, max: MAX_ORIGIN_CANDIDATES });
  }
  for (const candidate of candidates.slice(0, MAX_ORIGIN_CANDIDATES)) {
    if (origins.includes(candidate)) continue;
    if (!isSerializedOrigin(candidate)) {
      invalid += 1;
      if (invalid <= MAX_ORIGIN_NOTICES) {
        note('origin', { value: quoteValue(candidate) });
      }
    } else if (origins.length < MAX_ORIGINS) {
      origins.push(candidate);
    } else {
      overflow += 1;
    }
  }
  const unmentioned = invalid - MAX_ORIGIN_NOTICES;
  if (unmentioned > 0) note('moreOrigins', { n: unmentioned });
  if (overflow > 0) note('manyOrigins', { max: MAX_ORIGINS });
  return origins;
}
