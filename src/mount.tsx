import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/diagram.css';
import './styles/panel.css';
import './styles/embed.css';
import { App } from './App';
import { initFromSearch } from './store/urlState';

/** Start the app in `container` with the state a query string describes (the page URL or an element's attributes). */
export function mountApp(container: HTMLElement, search: string, options: { syncUrl?: boolean } = {}) {
  initFromSearch(search);
  const root = createRoot(container);
  // As a transition the first render yields to the browser every few milliseconds instead of being
  // one long task (55–80 ms here) that input waits behind.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App syncUrl={options.syncUrl ?? true} />
      </StrictMode>,
    ),
  );
  return () => root.unmount();
}
