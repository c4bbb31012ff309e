// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { failedTotal, replayNow, servedInTime } from '../../playback/compare/replay';
import { REPLAYS } from '../../playback/compare/scripts';
import { percent } from '../format';
import { FixList } from './FixList';
import { servedWord, takeaway } from './ReplayCompare';

afterEach(cleanup);

describe('the scale-up replay in its fix card', () => {
  it('runs the model on each design when asked and shows the figures side by side', async () => {
    render(<FixList issue="scalability" />);
    const card = screen.getByText(/Scale up/).closest('details')!;
    expect(within(card).queryByRole('table')).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: /Replay the same traffic/ }));
    const table = await within(card).findByRole('table', {}, { timeout: 20_000 });
    const heads = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(heads).toEqual(['Figure', 'One server2 cores, 5 workers', 'More workers2 cores, 15 workers', 'Bigger server4 cores, 9 workers']);
    // The table shows the model's own figures, as the model computes them for the same script.
    const expected = replayNow(REPLAYS['scale-up'].designs, REPLAYS['scale-up'].script);
    const availability = within(table).getByRole('row', { name: /^Availability/ });
    expect(within(availability).getAllByRole('cell').map((td) => td.textContent)).toEqual(expected.map((r) => percent(r.availability)));
    expect(within(card).getByRole('status')).toHaveTextContent(/Done/);
    expect(within(card).getByRole('button', { name: 'Replay again' })).toBeEnabled();
  }, 30_000);
});

describe('takeaway', () => {
  it('says a change as a reader would: per cent below double, then times as many', () => {
    expect(servedWord(0.001)).toBe('served as many pages in time as');
    expect(servedWord(0.123)).toBe('served 12 % more pages in time than');
    expect(servedWord(-0.4)).toBe('served 40 % fewer pages in time than');
    expect(servedWord(2.633)).toBe('served 3.6 times as many pages in time as');
  });

  it('says, per design, how many more requests it served than the one server, and its failures', () => {
    const { designs, script } = REPLAYS['scale-up'];
    const results = replayNow(designs, script);
    const lines = takeaway(results);
    expect(lines).toHaveLength(2);
    const gain = (servedInTime(results[2]!) - servedInTime(results[0]!)) / servedInTime(results[0]!);
    expect(lines[1]).toBe(
      `Bigger server ${servedWord(gain)} one server, with ${failedTotal(results[2]!).toLocaleString('en')} failed instead of ${failedTotal(results[0]!).toLocaleString('en')}.`,
    );
  });
});
