/**
 * Links and embed code a teacher can copy: the current view as a URL, or as an `<iframe>`.
 */
import { SCENES } from '../content/scenes';
import { URL_KEYS, type UrlState } from '../url/params';
import { serializeUrlState } from '../url/serialize';

/** The frame's accessible name (axe rule `frame-title`); matches the page's own `<title>`. */
export const IFRAME_TITLE = 'Web Stack Explorer: how one server serves www.foobar.com';
export const DEFAULT_IFRAME_HEIGHT = 560;

/** The frame's name: the tool's, or the one scene it shows. */
export function iframeTitle(state: Pick<UrlState, 'scene'>): string {
  return state.scene ? `Web Stack Explorer: ${SCENES[state.scene].title.toLowerCase()}` : IFRAME_TITLE;
}

const OWN_KEYS: ReadonlySet<string> = new Set(URL_KEYS);

function decodedKey(pair: string): string {
  const key = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/**
 * `baseUrl` with `state` in its query. The tool's own parameters already in `baseUrl` are replaced,
 * anything else in its query (and its `#fragment`) is kept. `baseUrl` may be relative.
 */
export function buildShareLink(baseUrl: string, state: UrlState): string {
  const hashAt = baseUrl.indexOf('#');
  const hash = hashAt === -1 ? '' : baseUrl.slice(hashAt);
  const withoutHash = hashAt === -1 ? baseUrl : baseUrl.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const foreign = queryAt === -1 ? [] : withoutHash.slice(queryAt + 1).split('&').filter((p) => p !== '' && !OWN_KEYS.has(decodedKey(p)));
  const own = serializeUrlState(state).slice(1);
  const pairs = own === '' ? foreign : [...foreign, own];
  return `${path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}${hash}`;
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** `value` safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

export interface IframeSnippetOptions {
  /** CSS width, default `100%`. */
  width?: string;
  /** Height in pixels, default {@link DEFAULT_IFRAME_HEIGHT}. */
  height?: number;
}

/**
 * Embed code for a course page: an `<iframe>` showing `state` with `embed=1`, titled for screen
 * readers, lazy-loaded and borderless. Every attribute value is HTML-escaped.
 */
export function buildIframeSnippet(baseUrl: string, state: UrlState, opts: IframeSnippetOptions = {}): string {
  const src = buildShareLink(baseUrl, { ...state, embed: true });
  const height = opts.height !== undefined && Number.isFinite(opts.height) && opts.height > 0 ? Math.round(opts.height) : DEFAULT_IFRAME_HEIGHT;
  const attributes: [string, string][] = [
    ['src', src],
    ['title', iframeTitle(state)],
    ['width', opts.width ?? '100%'],
    ['height', String(height)],
    ['loading', 'lazy'],
    ['style', 'border:0'],
    ['allow', 'fullscreen'],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`;
}
