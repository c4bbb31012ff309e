/** The prose strings inside content, walked the way `localize` walks it (the same fields kept). */
import { KEEP } from './localize';

export function proseOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/\p{L}{2}/u.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) proseOf(v, out);
  else if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === Object.prototype || proto === null)
      for (const [key, inner] of Object.entries(value)) if (!KEEP.has(key)) proseOf(inner, out);
  }
  return out;
}
