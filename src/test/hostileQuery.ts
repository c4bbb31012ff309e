/**
 * Hostile query strings: the keys the tool reads, prototype keys and junk, with values that are
 * empty, broken percent-encodings, markup, huge numbers, control and bidi characters. One source for
 * the property test of the URL parser (thousands of cases) and the browser's page loads (a few dozen).
 */
import fc from 'fast-check';

export const HOSTILE_KEYS = [
  'select', 'failure', 'mode', 'rps', 'speed', 'seed', 't', 'motion', 'theme', 'embed', 'panel', 'controls', 'origin', 'scene', 'quiz', 'rehearse',
  'fixes', 'servers',
  '__proto__', 'constructor', 'prototype', 'toString', '', '%', 'x',
] as const;

export const HOSTILE_VALUES = [
  '', '%', '%%', '%E0%A4%A', '%zz', '%00', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '__proto__', 'constructor',
  'hasOwnProperty', '1e309', '-1e309', '99999999999999999999999', '-99999', '0', '-0', 'NaN', 'Infinity', '0x10', '1_000', '1.5',
  '💥', 'é', '\u202e', '日本語', 'javascript:alert(1)', 'https://evil.example', 'http://127.0.0.1:1', 'nginx', 'mysql', 'spof', 'traffic',
  'journey', 'reduce', 'contrast', 'dark', '1', 'true', 'off', 'x'.repeat(3000), '%F0%9F%92%A5', '+', '&', '=', '#', '?', ' ',
  'lb', 'LB, Replica', 'lb,,lb-pair,rolling', 'split-db,lb,nope', ',', 'none', '2', '3', '4', '5', '2.5',
] as const;

/** One `key=value` pair, written raw (only `#` and `&` escaped) or fully encoded. */
const aPair = fc
  .tuple(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...HOSTILE_VALUES), fc.boolean())
  .map(([key, value, raw]) => (raw ? `${key}=${value.replace(/[#&]/g, encodeURIComponent)}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`));

/** A query string (no leading `?`) of 1–8 hostile pairs, joined by `&` or, sometimes, `;`. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .tuple(fc.array(aPair, { minLength: 1, maxLength: 8 }), fc.constantFrom('&', '&', '&', ';'))
  .map(([pairs, joiner]) => pairs.join(joiner));
