import { fixed } from '../../i18n/number';
import { t, tn, tx } from '../../i18n/t';
import { useUi, type UiState } from '../../store/ui';
import { ms, percent, rate } from '../format';
import { useCapacity } from './useCapacity';
import { LITTLE_NOTE } from './copy';

const selectMetrics = (s: UiState) => s.live.metrics;
const selectRps = (s: UiState) => s.rps;
const selectMode = (s: UiState) => s.mode;
const selectDown = (s: UiState) => s.live.status.server === 'down';

/** Utilisation and Little's law with the model's live figures. */
export function LittleLaw() {
  const m = useUi(selectMetrics);
  const rps = useUi(selectRps);
  const mode = useUi(selectMode);
  // A dead server has no capacity: λ ÷ capacity would still print 0.60 while nothing is served.
  const down = useUi(selectDown);
  const capacity = useCapacity().siteRps;
  const rho = rps / capacity;
  const lambdaW = m ? m.throughput * m.p50 : 0;
  return (
    <div className="failures__little">
      <h4>{t('Utilisation and Little’s law, live')}</h4>
      <dl className="live-figures">
        <dt>{t('Arrival rate λ (chosen)')}</dt>
        <dd>{rate(rps)}</dd>
        <dt>{t('Utilisation ρ = λ ÷ capacity')}</dt>
        <dd data-down={down || undefined}>
          {down
            ? t('DOWN: the server is off, its capacity is 0 and nothing is served')
            : rho >= 1
              ? t('{rho} ({rps} ÷ {capacity}) — at or past 1, the queue grows without bound', { rho: fixed(rho, 2), rps, capacity: Math.round(capacity) })
              : `${fixed(rho, 2)} (${rps} ÷ ${Math.round(capacity)})`}
        </dd>
        {mode === 'traffic' && m ? (
          <>
            <dt>{t('Application workers busy (measured)')}</dt>
            <dd>{down ? t('DOWN: 0 %') : percent(m.gauges['app-server'].utilisation)}</dd>
            <dt>{t('Throughput X')}</dt>
            <dd>{rate(m.throughput)}</dd>
            <dt>{t('Latency W (p50)')}</dt>
            <dd>{ms(m.p50)}</dd>
            <dt>L = X × W</dt>
            <dd>{tn(lambdaW, { other: '{n} requests' }, { n: fixed(lambdaW, 1) })}</dd>
            <dt>{t('In flight (measured)')}</dt>
            <dd>{tn(m.inFlight, { one: '{n} request', other: '{n} requests' })}</dd>
          </>
        ) : null}
      </dl>
      {mode === 'traffic' ? (
        <p className="failures__note">{tx(LITTLE_NOTE)}</p>
      ) : (
        <p className="failures__note">{t('Move the traffic slider to start traffic mode and see the live figures.')}</p>
      )}
    </div>
  );
}
