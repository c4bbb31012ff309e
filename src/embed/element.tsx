/**
 * `<web-stack-explorer select="nginx" failure="spof">`: the tool as a custom element, for pages whose
 * authors may add a script. Attributes are the URL parameters. The element renders in the light DOM
 * (React Flow measures the document) and loads its stylesheet from beside this script, which keeps it
 * within `style-src 'self'`. One element per page: the app keeps one store.
 */
import { URL_KEYS, readLang } from '../url/params';
import { chooseLang } from '../store/langActions';
import { showNotes } from '../store/urlState';
import { t } from '../i18n/t';
import { mountApp } from '../mount';
import { notify, selectUntrusted, setSpof, setTraffic } from '../store/actions';
import { setDesign } from '../store/designActions';
import { readDesign } from '../url/readDesign';

const LIVE_ATTRIBUTES = ['select', 'failure', 'rps', 'fixes', 'servers', 'lang'] as const;

function stylesheetUrl(): string {
  return new URL(/* @vite-ignore */ './web-stack-explorer.css', import.meta.url).href;
}

class WebStackExplorerElement extends HTMLElement {
  static observedAttributes = [...LIVE_ATTRIBUTES];
  private unmount: (() => void) | null = null;

  connectedCallback() {
    if (this.unmount) return;
    if (!document.querySelector('link[data-web-stack-explorer]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = stylesheetUrl();
      link.dataset.webStackExplorer = '';
      document.head.append(link);
    }
    const params = new URLSearchParams();
    for (const key of URL_KEYS) {
      const value = this.getAttribute(key);
      if (value !== null) params.set(key, value);
    }
    const host = document.createElement('div');
    host.className = 'web-stack-explorer-root';
    this.append(host);
    this.unmount = mountApp(host, `?${params}`, { syncUrl: false });
  }

  disconnectedCallback() {
    this.unmount?.();
    this.unmount = null;
    this.replaceChildren();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (!this.unmount || old === value) return;
    if (name === 'select') selectUntrusted(value === null || value === '' ? null : value);
    if (name === 'failure') setSpof(value === 'spof');
    if (name === 'rps' && value !== null && Number.isFinite(Number(value))) setTraffic(Number(value));
    if (name === 'fixes' || name === 'servers') this.designChanged();
    if (name === 'lang') this.langChanged(value);
  }

  // Both attributes name one design: read them together, as the URL reads both parameters.
  private designChanged() {
    const design = readDesign(this.getAttribute('fixes') ?? '', this.getAttribute('servers'));
    if (design.ok) setDesign(design.fixes, design.servers);
    else notify(t('{reason}; ignored.', { reason: design.reason }));
  }

  // `lang` is also every element's own attribute: a value we don't speak is noted and changes nothing.
  private langChanged(value: string | null) {
    const lang = value === null ? null : readLang(value, (code, vars = {}) => void showNotes([{ code, vars }]));
    if (lang) void chooseLang(lang);
  }
}

if (!customElements.get('web-stack-explorer')) customElements.define('web-stack-explorer', WebStackExplorerElement);
