import { useCallback, useEffect, useRef, useState } from 'react';
import { unitSpace } from '../../i18n/figures';
import { fixed } from '../../i18n/number';
import { currentLang, t, tx } from '../../i18n/t';
import { failedKinds, failedTotal, servedInTime, type DesignResult } from '../../playback/compare/replay';
import { runReplay } from '../../store/replays';
import { REPLAYS, type ReplayId } from '../../playback/compare/scripts';
import { OUTCOME_SYMPTOM, type Outcome } from '../../sim/types';
import { compareStarted } from '../../store/compareActions';
import { ms, percent } from '../format';
import { DESIGN_NAME, LIVE_PLAN, REPLAY_CHART, REPLAY_COPY } from './replayCopy';
import { playLive } from '../../store/designActions';
import { TimeChart, type ChartLine } from './TimeChart';

interface Row {
  label: string;
  /** A way of failing, under "Failed". */
  kind?: boolean;
  value: (r: DesignResult) => string;
}

type State = { phase: 'idle' } | { phase: 'running'; done: number } | { phase: 'done'; results: DesignResult[] };

/** Browser errors by their plain name (as the metrics strip has them), HTTP errors by their status line. */
function symptom(kind: string): string {
  if (kind === 'timeout') return t('Timed out');
  if (kind === 'refused') return t('Refused');
  if (kind === 'reset') return t('Reset');
  return OUTCOME_SYMPTOM[kind as Outcome] ?? kind;
}
const counters = new Map<string, Intl.NumberFormat>();
/** A count with its thousands grouped as the reader's language groups them ("1,234", « 1 234 »). */
function count(n: number): string {
  const lang = currentLang() === 'fr' ? 'fr' : 'en';
  let format = counters.get(lang);
  if (!format) counters.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}
/** Latencies in one unit per size: ms under a second, seconds above. */
const duration = (s: number) => (s < 1 ? ms(s) : `${fixed(s, 1)}${unitSpace('s')}s`);

/** What the table says, in a sentence per design: how it did against the first (the one-server stack). */
export function takeaway(results: readonly DesignResult[]): string[] {
  const [base, ...others] = results;
  if (!base) return [];
  return others.map((r) => {
    const more = (servedInTime(r) - servedInTime(base)) / Math.max(servedInTime(base), 1);
    const vars = { design: name(r.id), base: name(base.id).toLowerCase(), failed: count(failedTotal(r)), baseFailed: count(failedTotal(base)) };
    const change = servedChange(more);
    if (change.kind === 'same') return t('{design} served as many pages in time as {base}, with {failed} failed instead of {baseFailed}.', vars);
    if (change.kind === 'times')
      return t('{design} served {times} times as many pages in time as {base}, with {failed} failed instead of {baseFailed}.', { ...vars, times: fixed(change.times, 1) });
    if (change.kind === 'more')
      return t('{design} served {pct} % more pages in time than {base}, with {failed} failed instead of {baseFailed}.', { ...vars, pct: change.pct });
    return t('{design} served {pct} % fewer pages in time than {base}, with {failed} failed instead of {baseFailed}.', { ...vars, pct: change.pct });
  });
}

type ServedChange = { kind: 'same' } | { kind: 'times'; times: number } | { kind: 'more' | 'fewer'; pct: number };

/** A change in pages served as a reader counts it: per cent below double, then times as many. */
function servedChange(more: number): ServedChange {
  if (Math.abs(more) < 0.005) return { kind: 'same' };
  if (more >= 1) return { kind: 'times', times: 1 + more };
  return { kind: more > 0 ? 'more' : 'fewer', pct: Math.round(Math.abs(more) * 100) };
}

/** The change as the English takeaway says it: "served 12 % more pages in time than", "served 3.6 times as many…". */
export function servedWord(more: number): string {
  const change = servedChange(more);
  if (change.kind === 'same') return 'served as many pages in time as';
  if (change.kind === 'times') return `served ${change.times.toFixed(1)} times as many pages in time as`;
  return `served ${change.pct} % ${change.kind} pages in time than`;
}

const name = (id: string) => tx(DESIGN_NAME[id]?.name ?? id);

/** A delay after the fault, or a dash where there is none (nothing detects it; nothing failed). */
const after = (s: number | null) => (s === null ? '—' : `${s < 10 ? fixed(s, 1) : fixed(Math.round(s))}${unitSpace('s')}s`);

/**
 * "Replay the same traffic": the model runs each design on the same seed and script, in the traffic
 * worker (or in slices on this thread) so the page keeps answering, and the figures come out side by side. Nothing here is precomputed.
 */
export function ReplayCompare({ id, autoStart = false }: { id: ReplayId; autoStart?: boolean }) {
  const [state, setState] = useState<State>(() => (autoStart ? { phase: 'running', done: 0 } : { phase: 'idle' }));
  const job = useRef<{ cancel(): void } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const replay = REPLAYS[id];
  const copy = REPLAY_COPY[id];

  // The job reports through callbacks, after the effect or click that launched it.
  const launch = useCallback(() => {
    job.current?.cancel();
    job.current = runReplay(replay.designs, replay.script, {
      progress: (done) => setState({ phase: 'running', done }),
      done: (results) => setState({ phase: 'done', results }),
    });
  }, [replay]);

  const start = () => {
    setState({ phase: 'running', done: 0 });
    launch();
  };

  useEffect(() => () => job.current?.cancel(), []);
  // `?compare=`: run at once, once, and bring the replay into view.
  useEffect(() => {
    if (!autoStart) return;
    compareStarted();
    launch();
  }, [autoStart, launch]);
  // The panel fills in around it while it runs; once the figures are in, show them.
  const finished = state.phase === 'done';
  useEffect(() => {
    // The sentences first: in a short embed only they fit under the pinned diagram (embed.css).
    if (autoStart && finished) box.current?.querySelector('.replay__takeaway')?.scrollIntoView({ block: 'start' });
  }, [autoStart, finished]);

  return (
    <div className="replay" data-replay={id} ref={box}>
      <p className="failures__note">{tx(copy.traffic)}</p>
      <button type="button" onClick={start} disabled={state.phase === 'running'}>
        {state.phase === 'done' ? t('Replay again') : tx(copy.button)}
      </button>
      <div role="status" className="replay__status">
        {state.phase === 'running' && (
          <>
            {t('Running the model on each design…')} <progress max={1} value={state.done} aria-label={t('Replay progress')} /> {percent(state.done)}
          </>
        )}
        {state.phase === 'done' && t('Done: the figures are in the table below.')}
      </div>
      {state.phase === 'done' && (
        <>
          <ul className="replay__takeaway">
            {takeaway(state.results).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <ReplayChart results={state.results} />
          <ReplayTable results={state.results} />
          <p>
            <button type="button" className="btn" onClick={() => playLive(LIVE_PLAN[id].plan)}>
              {t('Watch it on the diagram')}
            </button>{' '}
            <span className="failures__note">{t('{says}, live', { says: tx(LIVE_PLAN[id].says) })}</span>
          </p>
        </>
      )}
    </div>
  );
}

const DASHES: readonly ChartLine['dash'][] = ['solid', 'dashed', 'dotted'];

/** Each design's requests served per second, one line each, told apart by dash as well as by label. */
function ReplayChart({ results }: { results: DesignResult[] }) {
  const base = results[0]!.series;
  if (base.length === 0) return null;
  const first = base[0]!.t;
  const lines = results.slice(0, DASHES.length).map(
    (r, i): ChartLine => ({
      label: tx(DESIGN_NAME[r.id]?.short ?? r.id),
      dash: DASHES[i]!,
      // Every design ran over the same seconds, so a sample's place in each series is its time.
      pick: (p) => r.series[p.t - first]?.throughput ?? NaN,
    }),
  );
  return (
    <figure className="failures__figure">
      <figcaption>{tx(REPLAY_CHART)}</figcaption>
      <TimeChart caption={tx(REPLAY_CHART)} series={base} domain={[0, base.at(-1)!.t]} unit="req/s" lines={lines} />
    </figure>
  );
}

function ReplayTable({ results }: { results: DesignResult[] }) {
  const rows: Row[] = [
    { label: t('Requests'), value: (r) => count(r.requests) },
    { label: t('Served within 3 s'), value: (r) => count(servedInTime(r)) },
    { label: t('Served later'), value: (r) => count(r.late) },
    { label: t('Failed'), value: (r) => count(failedTotal(r)) },
    ...kinds(results).map((k): Row => ({ label: symptom(k), kind: true, value: (r) => count(r.failed[k as keyof typeof r.failed] ?? 0) })),
    { label: t('Availability (within 3 s)'), value: (r) => percent(r.availability) },
    { label: t('Served in, p50'), value: (r) => duration(r.p50) },
    { label: t('Served in, p95'), value: (r) => duration(r.p95) },
    ...(results.some((r) => r.detectS !== null) ? [{ label: t('Balancer noticed after'), value: (r: DesignResult) => after(r.detectS) }] : []),
    { label: t('Back to normal after'), value: (r) => after(r.recoverS) },
  ];
  return (
    <div className="failures__table replay__table">
      <table>
        <caption>{t('The same traffic on each design, from the model')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Figure')}</th>
            {results.map((r) => (
              <th key={r.id} scope="col">
                {name(r.id)}
                <span className="replay__detail">{DESIGN_NAME[r.id] && tx(DESIGN_NAME[r.id]!.detail)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, kind, value }) => (
            <tr key={label} className={kind ? 'replay__kind' : undefined}>
              <th scope="row">{label}</th>
              {results.map((r) => (
                <td key={r.id}>{value(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every way any design failed, in the order of the first design that shows it. */
function kinds(results: DesignResult[]): string[] {
  return [...new Set(results.flatMap((r) => failedKinds(r).map(([k]) => k)))];
}
