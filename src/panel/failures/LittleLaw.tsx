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
      <h4>Utilisation and Little’s law, live</h4>
      <dl className="live-figures">
        <dt>Arrival rate λ (chosen)</dt>
        <dd>{rate(rps)}</dd>
        <dt>Utilisation ρ = λ ÷ capacity</dt>
        <dd data-down={down || undefined}>
          {down ? (
            <>DOWN: the server is off, its capacity is 0 and nothing is served</>
          ) : (
            <>
              {rho.toFixed(2)} ({rps} ÷ {Math.round(capacity)}){rho >= 1 ? ' — at or past 1, the queue grows without bound' : ''}
            </>
          )}
        </dd>
        {mode === 'traffic' && m ? (
          <>
            <dt>Application workers busy (measured)</dt>
            <dd>{down ? 'DOWN: 0 %' : percent(m.gauges['app-server'].utilisation)}</dd>
            <dt>Throughput X</dt>
            <dd>{rate(m.throughput)}</dd>
            <dt>Latency W (p50)</dt>
            <dd>{ms(m.p50)}</dd>
            <dt>L = X × W</dt>
            <dd>{lambdaW.toFixed(1)} requests</dd>
            <dt>In flight (measured)</dt>
            <dd>{m.inFlight} requests</dd>
          </>
        ) : null}
      </dl>
      {mode === 'traffic' ? (
        <p className="failures__note">{LITTLE_NOTE}</p>
      ) : (
        <p className="failures__note">Move the traffic slider to start traffic mode and see the live figures.</p>
      )}
    </div>
  );
}
