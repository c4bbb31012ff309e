import { useId, useMemo } from 'react';
import type { RequestRecord } from '../../sim/types';
import { journeyRequests, requestRecord } from '../../store/queries';
import { useUi, type UiState } from '../../store/ui';
import { ms } from '../format';
import { RequestTiming } from './RequestTiming';
import { waterfallTotal } from './waterfall';
import { t } from '../../i18n/t';

const selectInspectedRequest = (s: UiState) => s.inspected?.requestId ?? -1;
const selectLastRequest = (s: UiState) => s.live.lastRequest;
// Each snapshot is a key: a model in a worker answers a question with the next one.
const selectLive = (s: UiState) => s.live;
const selectMode = (s: UiState) => s.mode;

/**
 * The requests to draw. The journey: its requests so far, cold then warm, so the two read side by side.
 * Traffic: the inspected event's request (re-read as playback moves: it may finish meanwhile), else the
 * latest one.
 */
function useShownRequests(): RequestRecord[] {
  const mode = useUi(selectMode);
  const requestId = useUi(selectInspectedRequest);
  const live = useUi(selectLive);
  const last = useUi(selectLastRequest);
  const read = useMemo(() => readRequests(mode, requestId, live), [mode, requestId, live]);
  if (mode === 'journey') return read;
  // An inspected request not read yet (a model in a worker answers with the next snapshot) shows nothing rather than another request.
  const one = read[0] ?? (requestId < 0 ? last : null);
  return one ? [one] : [];
}

/** The snapshot is part of the key: the player answers for wherever it is now. */
function readRequests(mode: UiState['mode'], inspectedId: number, _live: UiState['live']): RequestRecord[] {
  if (mode === 'journey') return journeyRequests();
  const inspected = requestRecord(inspectedId);
  return inspected ? [inspected] : [];
}

/** The shown requests' phases, drawn like the Timing view of a browser's Network panel, on one scale. */
export function TimingWaterfall() {
  const requests = useShownRequests();
  const headingId = useId();
  if (requests.length === 0) return null;
  const drawn = requests.filter((r) => r.outcome === 'ok' && r.timing);
  const scaleS = Math.max(0, ...drawn.map((r) => waterfallTotal(r.timing!)));
  return (
    <section className="timings" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('Request timing')}</h3>
      {drawn.length > 1 && <p className="timings__scale muted">{t('On one scale, so they compare: the full width is {time}.', { time: ms(scaleS) })}</p>}
      {requests.map((r) => (
        <RequestTiming key={r.id} request={r} scaleS={drawn.length > 1 ? scaleS : undefined} />
      ))}
    </section>
  );
}
