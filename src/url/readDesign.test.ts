import { describe, expect, it } from 'vitest';
import { readDesign } from './readDesign';

describe('readDesign', () => {
  it('reads a design as the URL does', () => {
    expect(readDesign('replica,LB', '3')).toEqual({ ok: true, fixes: ['lb', 'replica'], servers: 3 });
    expect(readDesign('', null)).toEqual({ ok: true, fixes: [], servers: null });
    expect(readDesign('none', 'none')).toEqual({ ok: true, fixes: [], servers: null });
    // Characters that mean something in a query stay inside the value.
    expect(readDesign('lb&servers=9', null)).toEqual({ ok: false, reason: 'fixes "lb&servers=9" is not a list of lb, lb-pair, replica, rolling, split-db' });
  });

  it('refuses whole what the URL would take only with a notice, and says why without saying what the URL does instead', () => {
    expect(readDesign('lb,nope', null)).toEqual({ ok: false, reason: 'fixes "nope" is not a list of lb, lb-pair, replica, rolling, split-db' });
    expect(readDesign('lb', '9')).toEqual({ ok: false, reason: 'servers 9 is above the maximum 4' });
    expect(readDesign('nope', '2.5')).toEqual({
      ok: false,
      reason: 'fixes "nope" is not a list of lb, lb-pair, replica, rolling, split-db; servers 2.5 is not a whole number',
    });
    expect(readDesign('lb', '')).toEqual({ ok: false, reason: 'servers "" is not a number' });
  });
});
