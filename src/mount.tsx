import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/diagram.css';
import './styles/panel.css';
import './styles/embed.css';
import { App } from './App';
import { startLang } from './url/startLang';
import { loadLang } from './i18n/load';
import { currentLang, onLangChange, setCatalog, t } from './i18n/t';
import { initFromSearch } from './store/urlState';

/**
 * Start the app in `container` with the state a query string describes (the page URL or an element's
 * attributes). A language other than English is loaded first, so nothing shows in English before it.
 */
export function mountApp(container: HTMLElement, search: string, options: { syncUrl?: boolean } = {}) {
  const syncUrl = options.syncUrl ?? true;
  const root = createRoot(container);
  let started = false;
  let disposed = false;
  const render = () => {
    const lang = currentLang();
    container.lang = lang === 'en-XA' ? 'en' : lang;
    // The element lives in someone else's page: only the tool's own page takes its language and title.
    if (syncUrl) {
      document.documentElement.lang = container.lang;
      document.title = t('Web Stack Explorer: how one server serves www.foobar.com');
    }
    // As a transition the first render yields to the browser every few milliseconds instead of being
    // one long task (55–80 ms here) that input waits behind. A new language remounts the whole tree.
    startTransition(() =>
      root.render(
        <StrictMode>
          <App key={lang} syncUrl={syncUrl} />
        </StrictMode>,
      ),
    );
  };
  const start = () => {
    if (disposed) return;
    started = true;
    initFromSearch(search);
    render();
  };
  const stopListening = onLangChange(() => {
    if (started && !disposed) render();
  });
  const lang = startLang(search);
  if (lang === currentLang()) start();
  else
    loadLang(lang).then(start, () => {
      setCatalog('en', null);
      start();
    });
  return () => {
    disposed = true;
    stopListening();
    root.unmount();
  };
}
