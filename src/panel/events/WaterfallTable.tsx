import type { Timing } from '../../sim/types';
import { ms } from '../format';
import { waterfallBars, waterfallTotal } from './waterfall';
import { t, tx } from '../../i18n/t';

/** The waterfall as numbers, for anyone who prefers (or needs) a table to a chart. */
export function WaterfallTable({ timing }: { timing: Timing }) {
  const bars = waterfallBars(timing);
  return (
    <details className="waterfall-table">
      <summary>{t('Show as table')}</summary>
      <table>
        <caption className="visually-hidden">{t('Request timing by phase')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Phase')}</th>
            <th scope="col">{t('Starts after')}</th>
            <th scope="col">{t('Duration')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.phase}>
              <th scope="row">{tx(b.label)}</th>
              <td>{ms(b.startS)}</td>
              <td>{ms(b.durationS)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('Total')}</th>
            <td />
            <td>{ms(waterfallTotal(timing))}</td>
          </tr>
        </tfoot>
      </table>
    </details>
  );
}
