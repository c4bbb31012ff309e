import { useId } from 'react';
import { APP_WORKERS, CPU_CORES } from '../sim/defaults';
import { setScale } from '../store/designActions';
import { useUi, type UiState } from '../store/ui';
import { t } from '../i18n/t';

const WORKERS = [1, 2, 5, 10, 15, 20, 32];
const CORES = [1, 2, 4, 6, 8, 16];
const selectWorkers = (s: UiState) => s.workers ?? APP_WORKERS;
const selectCores = (s: UiState) => s.cores ?? CPU_CORES;

/** The choices offered, with the one in force among them (a link may ask for any whole number in range). */
const withCurrent = (list: number[], n: number) => (list.includes(n) ? list : [...list, n].sort((a, b) => a - b));

/**
 * Scaling up: each server's application workers and CPU cores. The same seeded traffic starts again
 * on the bigger server; with the CPU modelled, workers beyond what the cores keep busy add little.
 */
export function ScaleControls() {
  const workers = useUi(selectWorkers);
  const cores = useUi(selectCores);
  const id = useId();
  // The model's own size is stored as null, so a link only names what the learner changed.
  const pick = (w: number, c: number) => setScale(w === APP_WORKERS ? null : w, c === CPU_CORES ? null : c);
  return (
    <div className="scale-controls" role="group" aria-labelledby={id}>
      <span id={id}>{t('Each server:')}</span>
      <label className="design-bar__choice">
        <select value={workers} onChange={(e) => pick(Number(e.currentTarget.value), cores)}>
          {withCurrent(WORKERS, workers).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        {t('workers')}
      </label>
      <label className="design-bar__choice">
        <select value={cores} onChange={(e) => pick(workers, Number(e.currentTarget.value))}>
          {withCurrent(CORES, cores).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        {t('CPU cores')}
      </label>
    </div>
  );
}
