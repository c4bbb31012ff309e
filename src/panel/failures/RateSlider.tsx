import { useId } from 'react';
import { t, tx } from '../../i18n/t';
import { setTraffic } from '../../store/actions';
import { useUi, type UiState } from '../../store/ui';
import { useCapacity } from './useCapacity';
import { RATE_SWITCHES_MODE } from './copy';
import { loadWord, nearestStop, rateShortText, rateStops, rateValueText, stopFraction } from './rateScale';

const scaleCache = new Map<number, { stops: number[]; at: string }>();
/** The slider's stops around a capacity, and where on the track the capacity falls. */
function scaleFor(capacity: number) {
  let s = scaleCache.get(capacity);
  if (!s) {
    const stops = rateStops(capacity);
    scaleCache.set(capacity, (s = { stops, at: `${(stopFraction(stops, capacity) * 100).toFixed(2)}%` }));
  }
  return s;
}
const selectRps = (s: UiState) => s.rps;

/** Traffic on a non-linear scale with the server's capacity marked on the track. */
export function RateSlider() {
  const rps = useUi(selectRps);
  const c = useCapacity();
  const capacity = c.siteRps;
  const { stops, at: capacityAt } = scaleFor(capacity);
  const id = useId();
  const hintId = useId();
  const index = nearestStop(stops, rps);
  const onChange = (i: number) => {
    const next = stops[i] ?? 0;
    // The rate only drives traffic mode; the journey follows one request.
    setTraffic(next);
  };
  return (
    <div className="failures__rate">
      <div className="failures__rate-head">
        <label htmlFor={id}>{t('Traffic (requests per second)')}</label>
        <output htmlFor={id} data-load={loadWord(rps, capacity)}>
          {rateShortText(rps, capacity)}
        </output>
      </div>
      <div className="failures__track">
        <input
          id={id}
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={rateValueText(rps, capacity)}
          aria-describedby={hintId}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
        />
        <div className="failures__capacity-mark" style={{ left: capacityAt }} aria-hidden="true">
          <span className="failures__capacity-tick" />
          {/* The chart beside plots pages/s: the same capacity in its unit, so the two figures agree. */}
          <span className="failures__capacity-label">
            {c.servers > 1
              ? t('{servers} servers’ capacity ≈ {rps} req/s ({pages} pages/s)', { servers: c.servers, rps: Math.round(capacity), pages: Math.round(c.appRps) })
              : t('capacity ≈ {rps} req/s ({pages} pages/s)', { rps: Math.round(capacity), pages: Math.round(c.appRps) })}
          </span>
        </div>
      </div>
      <div className="failures__rate-ends" aria-hidden="true">
        <span>0</span>
        <span>{stops.at(-1)}</span>
      </div>
      <p id={hintId} className="failures__note">
        {t('The scale is finer near capacity (≈ {rps} req/s).', { rps: Math.round(capacity) })} {tx(RATE_SWITCHES_MODE)}
      </p>
    </div>
  );
}
