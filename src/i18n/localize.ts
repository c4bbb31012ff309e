/**
 * Content (explanations, questions, scenes…) in the current language: every string inside plain objects
 * and arrays is looked up; anything else is kept. The result is cached per object until the language
 * changes. Its own module: only the lazy views that show content need it.
 */
import { currentLang, tx } from './t';

// No work at load (t.ts re-exports this module): the cache is dropped when it was made for another language.
let cache = /* @__PURE__ */ new WeakMap<object, unknown>();
let cacheLang = '';

export function localize<T>(value: T): T {
  const lang = currentLang();
  if (lang === 'en') return value;
  if (lang !== cacheLang) {
    cache = new WeakMap();
    cacheLang = lang;
  }
  return deep(value) as T;
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return tx(value);
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  let out: unknown;
  if (Array.isArray(value)) out = value.map(deep);
  else {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = KEEP.has(key) ? inner : deep(inner);
    out = copy;
  }
  cache.set(value, out);
  return out;
}

/** Fields that are never prose: ids and links, and sources and quotes, which stay in their own language. */
export const KEEP = new Set(['id', 'url', 'sources', 'source', 'quote', 'kind', 'verdict', 'term', 'pattern']);
