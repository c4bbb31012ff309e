import { SITE_HOST } from '../../sim/topology';
import type { Outcome } from '../../sim/types';
import { useUi, type UiState } from '../../store/ui';

const selectLast = (s: UiState) => s.live.lastRequest;

/** What the browser window shows for each outcome: Chrome's own error page, or Nginx's default one. */
const PAGES: Record<Exclude<Outcome, 'ok'>, { title: string; line: string; code: string; kind: 'chrome' | 'nginx' }> = {
  timeout: { title: 'This site can’t be reached', line: `${SITE_HOST} took too long to respond.`, code: 'ERR_CONNECTION_TIMED_OUT', kind: 'chrome' },
  refused: { title: 'This site can’t be reached', line: `${SITE_HOST} refused to connect.`, code: 'ERR_CONNECTION_REFUSED', kind: 'chrome' },
  reset: { title: 'This site can’t be reached', line: 'The connection was reset.', code: 'ERR_CONNECTION_RESET', kind: 'chrome' },
  'bad-gateway': { title: '502 Bad Gateway', line: 'nginx', code: '502 Bad Gateway', kind: 'nginx' },
  'server-error': { title: '500 Internal Server Error', line: 'nginx', code: '500 Internal Server Error', kind: 'nginx' },
  'gateway-timeout': { title: '504 Gateway Time-out', line: 'nginx', code: '504 Gateway Timeout', kind: 'nginx' },
};

/** A small browser window showing what the user sees after the latest request. */
export function BrowserView() {
  const last = useUi(selectLast);
  const outcome = last?.outcome;
  return (
    <figure className="browser-view" aria-label="What the user sees">
      <div className="browser-view__bar" aria-hidden="true">
        <span className="browser-view__dots">● ● ●</span>
        <span className="browser-view__url">{SITE_HOST}</span>
      </div>
      <div className="browser-view__body" data-outcome={outcome ?? 'none'}>
        {!outcome && <p className="muted">The page has not loaded yet.</p>}
        {outcome === 'ok' && (
          <div className="site-page">
            <p className="site-page__brand">foobar</p>
            <p>Latest posts, loaded from MySQL by the application server.</p>
            <p className="muted">
              {last?.symptom ?? '200 OK'} in {Math.round(((last?.end ?? 0) - (last?.start ?? 0)) * 1000)} ms
            </p>
          </div>
        )}
        {outcome && outcome !== 'ok' && <ErrorPage outcome={outcome} />}
      </div>
      <figcaption className="visually-hidden">What the user&apos;s browser shows</figcaption>
    </figure>
  );
}

function ErrorPage({ outcome }: { outcome: Exclude<Outcome, 'ok'> }) {
  const page = PAGES[outcome];
  if (page.kind === 'nginx') {
    return (
      <div className="nginx-error">
        <p className="nginx-error__title">{page.title}</p>
        <hr />
        <p>{page.line}</p>
      </div>
    );
  }
  return (
    <div className="chrome-error">
      <svg viewBox="0 0 24 24" width="36" height="36" aria-hidden="true" focusable="false">
        <path d="M4 4h16v12H4z M8 20h8 M12 16v4 M9 8l6 5 M15 8l-6 5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <p className="chrome-error__title">{page.title}</p>
      <p>{page.line}</p>
      <p className="chrome-error__code">{page.code}</p>
    </div>
  );
}
