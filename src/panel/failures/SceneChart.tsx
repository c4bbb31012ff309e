import type { ReactNode } from 'react';
import { t } from '../../i18n/t';
import { setMode } from '../../store/actions';
import { useUi, type UiState } from '../../store/ui';

const selectMode = (s: UiState) => s.mode;

/**
 * A scene's chart counts many users' requests per second, so it only fills in traffic mode; while the
 * journey plays it says so and offers the switch.
 */
export function SceneChart({ what, children }: { what: 'pages' | 'latency'; children: ReactNode }) {
  const mode = useUi(selectMode);
  if (mode === 'traffic') return <>{children}</>;
  return (
    <div className="scene__empty">
      <p>
        {what === 'pages'
          ? t('This chart plots pages served and arriving per second from many users at once; you are following one request.')
          : t('This chart plots latency and failures from many users at once; you are following one request.')}
      </p>
      <button type="button" className="btn" onClick={() => setMode('traffic')}>
        {t('Watch traffic')}
      </button>
    </div>
  );
}
