import type { SeriesPoint } from '../../sim/types';
import { t, tn } from '../../i18n/t';
import { lastPoints } from './series';

export interface Column {
  label: string;
  value: (p: SeriesPoint) => string;
}

/** The table alternative of a chart: the newest samples, one row per simulated second. */
export function SeriesTable({ caption, series, columns }: { caption: string; series: readonly SeriesPoint[]; columns: readonly Column[] }) {
  const rows = lastPoints(series);
  return (
    <details className="failures__table">
      <summary>{t('Show as table')}</summary>
      <table>
        <caption>{tn(rows.length, { one: '{caption} (last {n} second)', other: '{caption} (last {n} seconds)' }, { caption })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Time (s)')}</th>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.t}>
              <th scope="row">{p.t}</th>
              {columns.map((c) => (
                <td key={c.label}>{c.value(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
