import type { Timing } from '../../sim/types';
import { ms } from '../format';
import { waterfallBars, waterfallTotal } from './waterfall';

/** The waterfall as numbers, for anyone who prefers (or needs) a table to a chart. */
export function WaterfallTable({ timing }: { timing: Timing }) {
  const bars = waterfallBars(timing);
  return (
    <details className="waterfall-table">
      <summary>Show as table</summary>
      <table>
        <caption className="visually-hidden">Request timing by phase</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Starts after</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.phase}>
              <th scope="row">{b.label}</th>
              <td>{ms(b.startS)}</td>
              <td>{ms(b.durationS)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td>{ms(waterfallTotal(timing))}</td>
          </tr>
        </tfoot>
      </table>
    </details>
  );
}
