/** Writing a view back into a query string: only when the view changes, so not in the first view's bundle. */
import { DEFAULT_URL_STATE, URL_KEYS, roundForUrl, type ScalarKey, type UrlState } from './params';

// Characters left readable in a query value: `:` and `/` (origins) and `,` (fixes) are allowed there by RFC 3986.
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

function formatValue(key: ScalarKey, state: UrlState): string {
  const value = state[key];
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (key === 't' || key === 'speed') return String(roundForUrl(value as number));
  if (Array.isArray(value)) return value.join(',');
  return String(value ?? 'none');
}

/**
 * The query string for `state`: `?` then only the values that differ from {@link DEFAULT_URL_STATE},
 * in the order of {@link URL_KEYS}, with each origin as its own `origin=` pair. Returns `''` when
 * everything is default, like `location.search`; build a full address as `pathname + query + hash`.
 *
 * `t` and `speed` are rounded to 3 decimals (milliseconds of simulated time, thousandths of speed),
 * so `parseUrlState(serializeUrlState(s)).state` equals `s` whenever they have at most 3 decimals.
 */
export function serializeUrlState(state: UrlState): string {
  const pairs: string[] = [];
  for (const key of URL_KEYS) {
    if (key === 'origin') {
      for (const origin of state.origin) pairs.push(`origin=${encodeQueryValue(origin)}`);
    } else if (formatValue(key, state) !== formatValue(key, DEFAULT_URL_STATE)) {
      pairs.push(`${key}=${encodeQueryValue(formatValue(key, state))}`);
    }
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
