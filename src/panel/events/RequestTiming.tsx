import { useId } from 'react';
import { narrate } from '../../content/narration';
import { OUTCOME_SYMPTOM, type RequestRecord } from '../../sim/types';
import { ms } from '../format';
import { WaterfallChart } from './WaterfallChart';
import { WaterfallTable } from './WaterfallTable';
import { t } from '../../i18n/t';

/** What the learner would see in the browser, or why there are no bars to draw. */
function whatHappened(r: RequestRecord): string {
  if (r.end === undefined || !r.outcome) return t('Still in flight: the timing appears when the response has arrived.');
  const symptom = r.symptom?.trim() || OUTCOME_SYMPTOM[r.outcome];
  const sentence = narrate({ kind: 'request-end', seq: -1, t: r.end, requestId: r.id, outcome: r.outcome, symptom }, { elapsedS: r.end - r.start });
  return sentence ?? symptom;
}

interface Props {
  request: RequestRecord;
  /** Seconds the chart's full width stands for, shared with the requests shown beside it. */
  scaleS?: number;
}

/** One request: how it went, cold or warm, and its phases drawn like the Timing view of a Network panel. */
export function RequestTiming({ request, scaleS }: Props) {
  const headingId = useId();
  const name = t('Request #{id}', { id: request.id });
  const finished = request.end !== undefined && request.outcome !== undefined;
  const ok = finished && request.outcome === 'ok' && request.timing !== undefined;
  const symptom = request.outcome ? request.symptom?.trim() || OUTCOME_SYMPTOM[request.outcome] : t('in flight');
  return (
    <section className="timing" aria-labelledby={headingId} data-testid="timing-waterfall" data-request={request.id}>
      <h4 id={headingId} className="timing__heading">
        {/* Whether it is cold is known once it has a connection; say it once it has finished. */}
        {finished ? (request.cold ? t('Cold request · {name}', { name }) : t('Warm request · {name}', { name })) : name} · GET {request.path}
      </h4>
      <ul className="timing__facts">
        <li className={finished && !ok ? 'timing__outcome timing__outcome--bad' : 'timing__outcome'}>
          {finished ? (ok ? '✓ ' : '✗ ') : '… '}
          {ok && request.timing ? t('{symptom} in {time}', { symptom, time: ms(request.timing.total) }) : symptom}
        </li>
        {finished && <li>{request.cold ? t('Cold: DNS looked up, new TCP and TLS connection') : t('Warm: cached DNS answer, connection reused')}</li>}
        <li>{request.dynamic ? t('Dynamic page (built by the application)') : t('Static file (served by Nginx)')}</li>
      </ul>
      {ok && request.timing ? (
        <>
          <WaterfallChart timing={request.timing} name={name} scaleS={scaleS} />
          <WaterfallTable timing={request.timing} />
        </>
      ) : (
        <p className="timing__failure">{whatHappened(request)}</p>
      )}
    </section>
  );
}
