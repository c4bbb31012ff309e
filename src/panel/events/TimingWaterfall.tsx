import { useId, useMemo } from 'react';
import { narrate } from '../../content/narration';
import { OUTCOME_SYMPTOM, type RequestRecord } from '../../sim/types';
import { requestRecord } from '../../store/queries';
import { useUi, type UiState } from '../../store/ui';
import { ms } from '../format';
import { WaterfallChart } from './WaterfallChart';
import { WaterfallTable } from './WaterfallTable';

const selectInspectedRequest = (s: UiState) => s.inspected?.requestId ?? -1;
const selectLastRequest = (s: UiState) => s.live.lastRequest;
const selectSimTime = (s: UiState) => s.live.simTime;

/** The inspected event's request, re-read as playback moves (it may finish meanwhile); else the latest one. */
function useShownRequest(): RequestRecord | null {
  const requestId = useUi(selectInspectedRequest);
  const simTime = useUi(selectSimTime);
  const last = useUi(selectLastRequest);
  const inspected = useMemo(() => readRequest(requestId, simTime), [requestId, simTime]);
  return inspected ?? last;
}

/** The playback time is part of the key: the player answers for wherever it is now. */
function readRequest(id: number, _simTime: number): RequestRecord | null {
  return requestRecord(id);
}

/** What the learner would see in the browser, or why there are no bars to draw. */
function whatHappened(r: RequestRecord): string {
  if (r.end === undefined || !r.outcome) return 'Still in flight: the timing appears when the response has arrived.';
  const symptom = r.symptom?.trim() || OUTCOME_SYMPTOM[r.outcome];
  const sentence = narrate({ kind: 'request-end', seq: -1, t: r.end, requestId: r.id, outcome: r.outcome, symptom }, { elapsedS: r.end - r.start });
  return sentence ?? symptom;
}

/** The shown request's phases, drawn like the Timing view of a browser's Network panel. */
export function TimingWaterfall() {
  const request = useShownRequest();
  const headingId = useId();
  if (!request) return null;
  const name = `Request #${request.id}`;
  const finished = request.end !== undefined && request.outcome !== undefined;
  const ok = finished && request.outcome === 'ok' && request.timing !== undefined;
  const symptom = request.outcome ? request.symptom?.trim() || OUTCOME_SYMPTOM[request.outcome] : 'in flight';
  return (
    <section className="timing" aria-labelledby={headingId} data-testid="timing-waterfall">
      <h3 id={headingId}>
        Timing · {name} {request.path}
      </h3>
      <ul className="timing__facts">
        <li className={finished && !ok ? 'timing__outcome timing__outcome--bad' : 'timing__outcome'}>
          {finished ? (ok ? '✓ ' : '✗ ') : '… '}
          {symptom}
          {ok && request.timing ? ` in ${ms(request.timing.total)}` : ''}
        </li>
        <li>{request.cold ? 'Cold: DNS looked up, new TCP and TLS connection' : 'Warm: cached DNS answer, connection reused'}</li>
        <li>{request.dynamic ? 'Dynamic page (built by the application)' : 'Static file (served by Nginx)'}</li>
      </ul>
      {ok && request.timing ? (
        <>
          <WaterfallChart timing={request.timing} name={name} />
          <WaterfallTable timing={request.timing} />
        </>
      ) : (
        <p className="timing__failure">{whatHappened(request)}</p>
      )}
    </section>
  );
}
