import { SITE_HOST } from '../../sim/topology';
import type { Outcome } from '../../sim/types';
import { FAILING_AFTER_S } from '../../sim/failingNow';
import { useUi, type UiState } from '../../store/ui';
import { TabMarkIcon } from '../tabs/TabMarkIcon';
import { t } from '../../i18n/t';

const selectTab = (s: UiState) => s.live.tab;

interface Page {
  title: string;
  line: string;
  code: string;
  kind: 'chrome' | 'nginx';
}

/**
 * What the browser window shows for each outcome: Chrome's own error page (in the learner's language,
 * as Chrome shows it), or the server's default one (its own words, in English whatever the browser's language).
 */
function pageOf(outcome: Exclude<Outcome, 'ok'>): Page {
  const host = SITE_HOST;
  switch (outcome) {
    case 'timeout':
      return { title: t('This site can’t be reached'), line: t('{host} took too long to respond.', { host }), code: 'ERR_CONNECTION_TIMED_OUT', kind: 'chrome' };
    case 'refused':
      return { title: t('This site can’t be reached'), line: t('{host} refused to connect.', { host }), code: 'ERR_CONNECTION_REFUSED', kind: 'chrome' };
    case 'reset':
      return { title: t('This site can’t be reached'), line: t('The connection was reset.'), code: 'ERR_CONNECTION_RESET', kind: 'chrome' };
    case 'bad-gateway':
      return { title: '502 Bad Gateway', line: 'nginx', code: '502 Bad Gateway', kind: 'nginx' };
    case 'server-error':
      return { title: '500 Internal Server Error', line: 'nginx', code: '500 Internal Server Error', kind: 'nginx' };
    case 'gateway-timeout':
      return { title: '504 Gateway Time-out', line: 'nginx', code: '504 Gateway Timeout', kind: 'nginx' };
    // Only a load balancer answers 503 (HAProxy's page); the one-server stack never shows it.
    case 'unavailable':
      return { title: '503 Service Unavailable', line: 'No server is available to handle this request.', code: '503 Service Unavailable', kind: 'nginx' };
  }
}

/** A small browser window showing what the user sees now: the page, a spinning tab while the request hangs, or the error page. */
export function BrowserView() {
  const tab = useUi(selectTab);
  const body = tab.state === 'done' ? tab.outcome : tab.state;
  return (
    <figure className="browser-view" aria-label={t('What the user sees')}>
      <div className="browser-view__bar" aria-hidden="true">
        <span className="browser-view__dots">● ● ●</span>
        {(tab.state === 'loading' || tab.state === 'failing') && <TabMarkIcon mark="spinner" />}
        <span className="browser-view__url">{SITE_HOST}</span>
      </div>
      <div className="browser-view__body" data-outcome={body}>
        {tab.state === 'idle' && <p className="muted">{t('The page has not loaded yet.')}</p>}
        {(tab.state === 'loading' || tab.state === 'failing') && (
          <div className="waiting-page" data-failing={tab.state === 'failing' || undefined}>
            <p>
              <TabMarkIcon mark="spinner" /> {t('Waiting for {host}… {n} s', { host: SITE_HOST, n: Math.floor(tab.seconds) })}
            </p>
            {tab.state === 'failing' && (
              <p className="waiting-page__note">
                {t('Still nothing after {s} s: most users would already count this page as failed.', { s: FAILING_AFTER_S })}
              </p>
            )}
          </div>
        )}
        {tab.state === 'done' && tab.outcome === 'ok' && (
          <div className="site-page">
            <p className="site-page__brand">foobar</p>
            <p>{t('Latest posts, loaded from MySQL by the application server.')}</p>
            <p className="muted">
              {t('{status} in {n} ms', { status: tab.symptom || '200 OK', n: Math.round(tab.seconds * 1000) })}
            </p>
          </div>
        )}
        {tab.state === 'done' && tab.outcome !== 'ok' && <ErrorPage outcome={tab.outcome} />}
      </div>
      <figcaption className="visually-hidden">{t("What the user's browser shows")}</figcaption>
    </figure>
  );
}

function ErrorPage({ outcome }: { outcome: Exclude<Outcome, 'ok'> }) {
  const page = pageOf(outcome);
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
