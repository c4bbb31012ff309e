import { useId } from 'react';
import { setTraffic } from '../../store/actions';
import { useUi, type UiState } from '../../store/ui';
import { MODEL_CAPACITY } from './capacity';
import { RATE_SWITCHES_MODE } from './copy';
import { loadWord, nearestStop, rateStops, rateValueText, stopFraction } from './rateScale';

const STOPS = rateStops(MODEL_CAPACITY.siteRps);
const CAPACITY = MODEL_CAPACITY.siteRps;
const CAPACITY_AT = `${(stopFraction(STOPS, CAPACITY) * 100).toFixed(2)}%`;
const selectRps = (s: UiState) => s.rps;

/** Traffic on a non-linear scale with the server's capacity marked on the track. */
export function RateSlider() {
  const rps = useUi(selectRps);
  const id = useId();
  const hintId = useId();
  const index = nearestStop(STOPS, rps);
  const onChange = (i: number) => {
    const next = STOPS[i] ?? 0;
    // The rate only drives traffic mode; the journey follows one request.
    setTraffic(next);
  };
  return (
    <div className="failures__rate">
      <div className="failures__rate-head">
        <label htmlFor={id}>Traffic (requests per second)</label>
        <output htmlFor={id} data-load={loadWord(rps, CAPACITY)}>
          {rps} req/s · {loadWord(rps, CAPACITY)} capacity
        </output>
      </div>
      <div className="failures__track">
        <input
          id={id}
          type="range"
          min={0}
          max={STOPS.length - 1}
          step={1}
          value={index}
          aria-valuetext={rateValueText(rps, CAPACITY)}
          aria-describedby={hintId}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
        />
        <div className="failures__capacity-mark" style={{ left: CAPACITY_AT }} aria-hidden="true">
          <span className="failures__capacity-tick" />
          {/* The chart beside plots pages/s: the same capacity in its unit, so the two figures agree. */}
          <span className="failures__capacity-label">
            capacity ≈ {Math.round(CAPACITY)} req/s ({Math.round(MODEL_CAPACITY.appRps)} pages/s)
          </span>
        </div>
      </div>
      <div className="failures__rate-ends" aria-hidden="true">
        <span>0</span>
        <span>{STOPS.at(-1)}</span>
      </div>
      <p id={hintId} className="failures__note">
        The scale is finer near capacity (≈ {Math.round(CAPACITY)} req/s). {RATE_SWITCHES_MODE}
      </p>
    </div>
  );
}
