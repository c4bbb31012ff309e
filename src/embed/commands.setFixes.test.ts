import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODEL_FIXES } from '../sim/fixIds';
import { HOSTILE_VALUES } from '../test/hostileQuery';
import { parseUrlState } from '../url/parse';
import { checkCommand, MAX_FIX_ITEMS, parseCommand, type Command } from './commands';

const source = 'web-stack-explorer';
const setFixes = (fields: object) => ({ source, type: 'setFixes', ...fields });

describe('setFixes', () => {
  it.each<[object, Command]>([
    [{ fixes: ['lb'] }, { type: 'setFixes', fixes: ['lb'], servers: null }],
    [{ fixes: 'lb,replica', servers: 3 }, { type: 'setFixes', fixes: ['lb', 'replica'], servers: 3 }],
    // As the URL: each fix once, in the model's order, names in any case.
    [{ fixes: ['replica', 'LB', 'lb'], servers: 4 }, { type: 'setFixes', fixes: ['lb', 'replica'], servers: 4 }],
    [{ fixes: ' lb , split-db ' }, { type: 'setFixes', fixes: ['lb', 'split-db'], servers: null }],
    [{ fixes: [], servers: null }, { type: 'setFixes', fixes: [], servers: null }],
    [{ fixes: 'none' }, { type: 'setFixes', fixes: [], servers: null }],
    [{ fixes: [...MODEL_FIXES], servers: 2, v: 1 }, { type: 'setFixes', fixes: [...MODEL_FIXES], servers: 2 }],
    [{ fixes: ['lb'], servers: 3, extra: '<img src=x onerror=alert(1)>' }, { type: 'setFixes', fixes: ['lb'], servers: 3 }],
  ])('accepts %j', (fields, expected) => {
    expect(parseCommand(setFixes(fields))).toEqual(expected);
    expect(parseCommand(structuredClone(setFixes(fields)))).toEqual(expected);
  });

  it('returns fresh arrays, never the sender’s', () => {
    const fixes = ['lb'];
    const command = parseCommand(setFixes({ fixes }));
    expect(command).toEqual({ type: 'setFixes', fixes: ['lb'], servers: null });
    expect((command as { fixes: unknown }).fixes).not.toBe(fixes);
  });

  const indexGetter = Object.defineProperty([] as string[], '0', { get: () => 'lb', enumerable: true });
  class FixList extends Array<string> {}
  const throwingArray = new Proxy(['lb'], { getOwnPropertyDescriptor: () => { throw new Error('trap'); } });

  it.each<[string, object, RegExp]>([
    ['no fixes', {}, /needs fixes/],
    ['fixes null', { fixes: null }, /needs fixes/],
    ['fixes a number', { fixes: 1 }, /needs fixes/],
    ['fixes an object', { fixes: { 0: 'lb', length: 1 } }, /needs fixes/],
    ['an array holding a number', { fixes: ['lb', 2] }, /needs fixes/],
    ['an array holding null', { fixes: [null] }, /needs fixes/],
    ['a nested array', { fixes: [['lb']] }, /needs fixes/],
    ['a list inside one item', { fixes: ['lb,replica'] }, /needs fixes/],
    ['a sparse array', { fixes: [, 'lb'] }, /needs fixes/], // eslint-disable-line no-sparse-arrays
    ['an index getter', { fixes: indexGetter }, /needs fixes/],
    ['an Array subclass', { fixes: FixList.from(['lb']) }, /needs fixes/],
    ['a huge array', { fixes: new Array<string>(1_000_000).fill('lb') }, /needs fixes/],
    ['one more item than allowed', { fixes: new Array<string>(MAX_FIX_ITEMS + 1).fill('lb') }, /needs fixes/],
    ['a huge string', { fixes: 'lb,'.repeat(100_000) }, /needs fixes/],
    ['an unknown fix', { fixes: ['nope'] }, /^setFixes: fixes "nope" is not a list of lb, lb-pair, replica, rolling, split-db$/],
    ['a known fix beside an unknown one', { fixes: 'lb,nope' }, /fixes "nope" is not a list/],
    ['markup for a fix', { fixes: ['<script>alert(1)</script>'] }, /is not a list/],
    ['__proto__ for a fix', { fixes: ['__proto__'] }, /is not a list/],
    ['constructor for a fix', { fixes: 'constructor' }, /is not a list/],
    ['one server', { fixes: ['lb'], servers: 1 }, /^setFixes: servers 1 is below the minimum 2$/],
    ['five servers', { fixes: ['lb'], servers: 5 }, /^setFixes: servers 5 is above the maximum 4$/],
    ['a fraction of a server', { fixes: ['lb'], servers: 2.5 }, /not a whole number/],
    ['NaN servers', { fixes: ['lb'], servers: Number.NaN }, /not a number/],
    ['Infinity servers', { fixes: ['lb'], servers: Number.POSITIVE_INFINITY }, /not a number/],
    ['servers huge', { fixes: ['lb'], servers: 1e308 }, /above the maximum/],
    ['servers as a string', { fixes: ['lb'], servers: '3' }, /needs servers from 2 to 4/],
    ['servers as a BigInt', { fixes: ['lb'], servers: 3n }, /needs servers/],
    ['servers as an object', { fixes: ['lb'], servers: { valueOf: () => 3 } }, /needs servers/],
  ])('refuses %s, saying why', (_label, fields, reason) => {
    const check = checkCommand(setFixes(fields));
    expect(check).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('refuses a Proxy whose traps throw, without throwing', () => {
    expect(checkCommand(setFixes({ fixes: throwingArray }))).toEqual({ ok: false, reason: 'unreadable message' });
  });

  it('takes no inherited fixes, and leaves Object.prototype untouched', () => {
    const polluted = JSON.parse(`{"source":"${source}","type":"setFixes","__proto__":{"fixes":["lb"],"polluted":true}}`) as unknown;
    expect(parseCommand(polluted)).toBeNull();
    expect(parseCommand(Object.assign(Object.create({ fixes: ['lb'] }) as object, { source, type: 'setFixes' }))).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).fixes).toBeUndefined();
  });

  it('accepts exactly what the URL takes without a notice, and reads it the same (property)', () => {
    const name = fc.constantFrom(...MODEL_FIXES, 'LB', ' replica', 'none', '', 'nope', '__proto__', 'Lb-Pair');
    const servers = fc.constantFrom(null, 1, 2, 3, 4, 5, 2.5, -0);
    fc.assert(
      fc.property(fc.array(name, { maxLength: MAX_FIX_ITEMS }), servers, (fixes, n) => {
        const url = parseUrlState(`fixes=${encodeURIComponent(fixes.join(','))}${n === null ? '' : `&servers=${n}`}`);
        const command = parseCommand(setFixes({ fixes, servers: n }));
        if (url.notices.length > 0) expect(command).toBeNull();
        else expect(command).toEqual({ type: 'setFixes', fixes: url.state.fixes, servers: url.state.servers });
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('never throws on hostile payloads, and what it accepts is a design the model builds (property)', () => {
    const hostileName = fc.oneof(fc.constantFrom(...HOSTILE_VALUES, ...MODEL_FIXES), fc.string());
    const payload = fc.oneof(fc.anything(), fc.array(hostileName, { maxLength: 20 }), hostileName);
    fc.assert(
      fc.property(payload, fc.oneof(fc.anything(), fc.integer({ min: -2, max: 6 }), fc.double()), (fixes, servers) => {
        const check = checkCommand(setFixes({ fixes, servers }));
        if (!check.ok) {
          expect(check.reason).toMatch(/^setFixes/);
          return;
        }
        const command = check.command as Extract<Command, { type: 'setFixes' }>;
        expect(MODEL_FIXES.filter((f) => command.fixes.includes(f))).toEqual(command.fixes);
        expect(command.servers === null || (Number.isInteger(command.servers) && command.servers >= 2 && command.servers <= 4)).toBe(true);
      }),
      { numRuns: 3000, seed: 1115 },
    );
  });
});
