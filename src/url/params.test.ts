import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODEL_FIXES } from '../sim/stackIds';
import { COMPONENT_IDS, LINK_IDS, isElementId } from '../sim/topology';
import {
  DEFAULT_URL_STATE,
  LIMITS,
  URL_BALANCES,
  MOTION_PREFERENCES,
  THEME_CHOICES,
  URL_COMPARES,
  URL_SCENES,
  VIEW_MODES,
  maxStart,
  type UrlState,
} from './params';
import { parseUrlState } from './parse';
import { serializeUrlState } from './serialize';
import { isSerializedOrigin } from './origins';

const ELEMENT_IDS = [...COMPONENT_IDS, ...LINK_IDS];

/** Every field present, typed and in range: what any parse must return. */
function expectValidState(state: UrlState): void {
  expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_URL_STATE).sort());
  expect(state.select === null || isElementId(state.select)).toBe(true);
  expect([null, 'spof', 'lb']).toContain(state.failure);
  if (state.failure === 'lb') expect(state.fixes.some((f) => f.startsWith('lb'))).toBe(true);
  expect([null, ...URL_SCENES]).toContain(state.scene);
  expect(VIEW_MODES).toContain(state.mode);
  expect(MOTION_PREFERENCES).toContain(state.motion);
  expect(THEME_CHOICES).toContain(state.theme);
  for (const key of ['rps', 'speed', 'seed', 't'] as const) {
    expect(Number.isFinite(state[key])).toBe(true);
    expect(state[key]).toBeGreaterThanOrEqual(LIMITS[key].min);
    expect(state[key]).toBeLessThanOrEqual(LIMITS[key].max);
  }
  expect(Number.isInteger(state.seed)).toBe(true);
  for (const key of ['embed', 'panel', 'controls', 'quiz', 'rehearse'] as const) expect(typeof state[key]).toBe('boolean');
  expect(Array.isArray(state.origin)).toBe(true);
  for (const origin of state.origin) expect(isSerializedOrigin(origin)).toBe(true);
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  expect(Array.isArray(state.fixes)).toBe(true);
  expect(state.fixes).toEqual(MODEL_FIXES.filter((f) => state.fixes.includes(f)));
  expect(new Set(state.fixes).size).toBe(state.fixes.length);
  for (const key of ['servers', 'workers', 'cores'] as const) {
    const n = state[key];
    expect(n === null || (Number.isInteger(n) && n >= LIMITS[key].min && n <= LIMITS[key].max)).toBe(true);
  }
}

const thousandths = (min: number, max: number) => fc.integer({ min: min * 1000, max: max * 1000 }).map((k) => k / 1000);

const anOrigin = fc.webUrl().map((url) => new URL(url).origin);

/** Any state a URL can express: `t` and `speed` with at most 3 decimals; the rehearsal only in the whole tool. */
const aValidState: fc.Arbitrary<UrlState> = fc.record({
  select: fc.constantFrom(null, ...ELEMENT_IDS),
  failure: fc.constantFrom(null, 'spof' as const, 'lb' as const),
  scene: fc.constantFrom(null, ...URL_SCENES),
  mode: fc.constantFrom(...VIEW_MODES),
  rps: fc.oneof(fc.integer(LIMITS.rps), fc.double({ ...LIMITS.rps, noNaN: true }).map((n) => n + 0)),
  speed: thousandths(LIMITS.speed.min, LIMITS.speed.max),
  seed: fc.integer(LIMITS.seed),
  t: thousandths(LIMITS.t.min, LIMITS.t.max),
  motion: fc.constantFrom(...MOTION_PREFERENCES),
  theme: fc.constantFrom(...THEME_CHOICES),
  embed: fc.boolean(),
  panel: fc.boolean(),
  controls: fc.boolean(),
  origin: fc.uniqueArray(anOrigin, { maxLength: 4 }),
  quiz: fc.boolean(),
  rehearse: fc.boolean(),
  compare: fc.constantFrom(null, ...URL_COMPARES),
  fixes: fc.subarray([...MODEL_FIXES]),
  servers: fc.constantFrom(null, 2, 3, 4),
  workers: fc.constantFrom(null, 1, 5, 12, 32),
  cores: fc.constantFrom(null, 1, 2, 16),
  balance: fc.constantFrom(...URL_BALANCES),
  lang: fc.constantFrom(null, 'en' as const, 'fr' as const, 'en-XA' as const),
})
  .map((s) => (s.scene === null ? s : { ...s, rehearse: false }))
  // A balancer to take down only comes with a fixed design.
  .map((s) => (s.failure === 'lb' && !s.fixes.some((f) => f.startsWith('lb')) ? { ...s, fixes: [...new Set<(typeof MODEL_FIXES)[number]>(['lb', ...s.fixes])].sort((a, b) => MODEL_FIXES.indexOf(a) - MODEL_FIXES.indexOf(b)) } : s))
  .map((s) => ({ ...s, t: Math.min(s.t, maxStart(s.rps)) }));

describe('maxStart', () => {
  it('allows an hour up to 100 req/s, and 360,000 requests’ worth above', () => {
    expect([0, 20, 100, 1000, 2000].map(maxStart)).toEqual([3600, 3600, 3600, 360, 180]);
  });
});

describe('parseUrlState', () => {
  it('gives the defaults, and no notices, for an empty query', () => {
    for (const search of ['', '?']) {
      expect(parseUrlState(search)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
    }
  });

  it('reads compare= as a fix to replay, 1 as the load balancer, and ignores anything else with a notice', () => {
    expect(parseUrlState('?compare=rolling').state.compare).toBe('rolling');
    expect(parseUrlState('?compare=1').state.compare).toBe('lb');
    expect(parseUrlState('?compare=none').state.compare).toBeNull();
    const { state, notices } = parseUrlState('?compare=split-db');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toEqual(['compare "split-db" is not one of lb, replica, rolling, scale-up, scale-out, 1, none; ignored.']);
  });

  it('reads every parameter, with or without the leading ?', () => {
    const search = 'select=app-server-mysql&failure=spof&scene=deploy&mode=traffic&rps=250&speed=2.5&seed=42&t=12.345&motion=reduce&theme=contrast&embed=1&panel=off&controls=false&origin=https://lms.example.edu&quiz=0&fixes=lb,replica&servers=3&workers=12&cores=4&balance=leastconn&lang=fr';
    const expected: UrlState = {
      select: 'app-server-mysql',
      failure: 'spof',
      scene: 'deploy',
      mode: 'traffic',
      rps: 250,
      speed: 2.5,
      seed: 42,
      t: 12.345,
      motion: 'reduce',
      theme: 'contrast',
      embed: true,
      panel: false,
      controls: false,
      origin: ['https://lms.example.edu'],
      quiz: false,
      rehearse: false,
      compare: null,
      fixes: ['lb', 'replica'],
      servers: 3,
      workers: 12,
      cores: 4,
      balance: 'leastconn',
      lang: 'fr',
    };
    expect(parseUrlState(`?${search}`)).toEqual({ state: expected, notices: [] });
    expect(parseUrlState(search).state).toEqual(expected);
  });

  it('reads lang= as a language we speak (a region counts as its language), and refuses others with a notice', () => {
    expect(parseUrlState('?lang=fr-SN').state.lang).toBe('fr');
    expect(parseUrlState('?lang=EN').state.lang).toBe('en');
    expect(parseUrlState('?lang=en-xa').state.lang).toBe('en-XA');
    expect(parseUrlState('?lang=de')).toEqual({ state: DEFAULT_URL_STATE, notices: ['lang "de" is not one of en, fr; ignored.'] });
  });

  it('ignores unknown keys silently, including keys that only differ in case', () => {
    expect(parseUrlState('?foo=bar&Select=nginx&scenario=x&__proto__=1&constructor=2')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('keeps the last of a repeated key', () => {
    expect(parseUrlState('?select=mysql&select=nginx&rps=5&rps=6').state).toMatchObject({ select: 'nginx', rps: 6 });
  });

  it.each([
    ['rps=99999', { rps: 2000 }, 'rps 99999 is above the maximum 2000; using 2000.'],
    ['rps=-3', { rps: 0 }, 'rps -3 is below the minimum 0; using 0.'],
    ['speed=0.001', { speed: 0.01 }, 'speed 0.001 is below the minimum 0.01; using 0.01.'],
    ['speed=1e9', { speed: 100 }, 'speed 1e9 is above the maximum 100; using 100.'],
    ['seed=-1', { seed: 0 }, 'seed -1 is below the minimum 0; using 0.'],
    ['seed=4294967296', { seed: 2 ** 31 - 1 }, 'seed 4294967296 is above the maximum 2147483647; using 2147483647.'],
    ['t=1e999', { t: 3600 }, 't 1e999 is above the maximum 3600; using 3600.'],
    ['t=86400', { t: 3600 }, 't 86400 is above the maximum 3600; using 3600.'],
    ['rps=1000&t=3600', { rps: 1000, t: 360 }, 't 3600 is above the maximum 360 at rps 1000.'],
    ['rps=2000&t=1e999', { t: 180 }, 't 1e999 is above the maximum 3600; using 3600.', 't 3600 is above the maximum 180 at rps 2000.'],
  ])('clamps %s with a notice', (search, expected, ...notice) => {
    const { state, notices } = parseUrlState(`?${search}`);
    expect(state).toMatchObject(expected);
    expect(notices).toEqual(notice);
  });

  it.each([
    ['rps=abc', 'rps', '"abc"'],
    ['rps=NaN', 'rps', '"NaN"'],
    ['speed=Infinity', 'speed', '"Infinity"'],
    ['t=0x10', 't', '"0x10"'],
    ['seed=', 'seed', '""'],
    ['seed=1.5', 'seed', '1.5'],
    ['select=%3Cscript%3E', 'select', '"<script>"'],
    ['select=__proto__', 'select', '"__proto__"'],
    ['select=constructor', 'select', '"constructor"'],
    ['select=javascript:alert(1)', 'select', '"javascript:alert(1)"'],
    ['failure=dns', 'failure', '"dns"'],
    ['failure=lb', 'failure', 'add fixes=lb'],
    ['workers=2.5', 'workers', '2.5'],
    ['cores=many', 'cores', '"many"'],
    ['scene=outage', 'scene', '"outage"'],
    ['scene=__proto__', 'scene', '"__proto__"'],
    ['scene=', 'scene', '""'],
    ['mode=constructor', 'mode', '"constructor"'],
    ['motion=toString', 'motion', '"toString"'],
    ['theme=blue', 'theme', '"blue"'],
    ['embed=maybe', 'embed', '"maybe"'],
    ['panel=__proto__', 'panel', '"__proto__"'],
  ])('drops %s, keeping the default, with a notice naming %s', (search, key, shown) => {
    const { state, notices } = parseUrlState(`?${search}`);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^${key} `));
    expect(notices[0]).toContain(shown);
  });

  it('shows a bad value cut to about 40 characters, without control characters', () => {
    const long = `evil\u0000\u0007\u202e${'x'.repeat(5000)}`;
    const { notices } = parseUrlState(`?select=${encodeURIComponent(long)}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`"evil${'x'.repeat(35)}…"`);
    expect(notices[0]!.length).toBeLessThan(120);
    expect(notices[0]).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  it('accepts ids, enums and flags in any case and with spaces around them', () => {
    expect(parseUrlState('?select=%20MySQL%20&mode=TRAFFIC&embed=True&panel=OFF').state).toMatchObject({
      select: 'mysql',
      mode: 'traffic',
      embed: true,
      panel: false,
    });
  });

  it.each([
    ['1', true],
    ['true', true],
    ['on', true],
    ['', true],
    ['0', false],
    ['false', false],
    ['off', false],
  ])('reads the flag value "%s" as %s', (raw, expected) => {
    for (const key of ['embed', 'panel', 'controls', 'quiz', 'rehearse'] as const) {
      expect(parseUrlState(`?${key}=${raw}`).state[key]).toBe(expected);
    }
  });

  it('reads select=none, failure=none and scene=none as nothing', () => {
    expect(parseUrlState('?select=none&failure=none&scene=none')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('reads each scene, in any case', () => {
    for (const scene of URL_SCENES) expect(parseUrlState(`?scene=${scene.toUpperCase()}`)).toEqual({ state: { ...DEFAULT_URL_STATE, scene }, notices: [] });
  });

  it('names the scenes it accepts when the value is bad, and keeps every other parameter', () => {
    const { state, notices } = parseUrlState('?scene=everything&select=mysql&rps=300');
    expect(state).toEqual({ ...DEFAULT_URL_STATE, select: 'mysql', rps: 300 });
    expect(notices).toEqual(['scene "everything" is not one of spof, deploy, scale, journey, none; ignored.']);
  });

  it('says rehearse is for the whole tool when a scene is alone, and keeps the scene', () => {
    const { state, notices } = parseUrlState('?scene=spof&rehearse=1');
    expect(state.scene).toBe('spof');
    expect(state.rehearse).toBe(false);
    expect(notices).toEqual(['rehearse is for the whole tool, not a scene alone (scene=spof); ignored.']);
    expect(parseUrlState('?rehearse=1').state.rehearse).toBe(true);
  });

  it('rounds t and speed to 3 decimals', () => {
    expect(parseUrlState('?t=1.23456&speed=0.12345').state).toMatchObject({ t: 1.235, speed: 0.123 });
  });

  it('collects origins from repeated and comma-separated values, dropping duplicates and non-origins', () => {
    const { state, notices } = parseUrlState(
      '?origin=https://a.example,http://localhost:5173&origin=https://a.example&origin=https://b.example/&origin=javascript:alert(1)&origin=null&origin=file:///etc',
    );
    expect(state.origin).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(notices).toEqual([
      'origin "https://b.example/" is not an origin like https://example.org; ignored.',
      'origin "javascript:alert(1)" is not an origin like https://example.org; ignored.',
      'origin "null" is not an origin like https://example.org; ignored.',
      '1 more bad origin value ignored.',
    ]);
  });

  it('keeps the origin notices and the work bounded for a flood of origins', () => {
    const flood = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? `https://h${i}.example` : `bad${i}`)).join(',');
    const { state, notices } = parseUrlState(`?origin=${flood}`);
    expect(state.origin.length).toBeLessThanOrEqual(16);
    expect(notices.length).toBeLessThanOrEqual(6);
  });

  it('returns a state it does not share with DEFAULT_URL_STATE', () => {
    const { state } = parseUrlState('');
    state.origin.push('https://x.example');
    state.fixes.push('lb');
    expect(DEFAULT_URL_STATE.origin).toEqual([]);
    expect(DEFAULT_URL_STATE.fixes).toEqual([]);
  });

  it('reads fixes as a comma-separated list: known ones once each, in the model’s order, in any case', () => {
    expect(parseUrlState('?fixes=split-db, LB ,lb,,Replica').state.fixes).toEqual(['lb', 'replica', 'split-db']);
    expect(parseUrlState('?fixes=none').state.fixes).toEqual([]);
    expect(parseUrlState('?fixes=').state.fixes).toEqual([]);
  });

  it('keeps the known fixes and names the others in one notice', () => {
    expect(parseUrlState('?fixes=lb,scale-up,__proto__,rolling')).toEqual({
      state: { ...DEFAULT_URL_STATE, fixes: ['lb', 'rolling'] },
      notices: ['fixes "scale-up,__proto__" is not a list of lb, lb-pair, replica, rolling, split-db; ignored.'],
    });
  });

  it.each([
    ['servers=9', 4, 'servers 9 is above the maximum 4; using 4.'],
    ['servers=1', 2, 'servers 1 is below the minimum 2; using 2.'],
    ['servers=0', 2, 'servers 0 is below the minimum 2; using 2.'],
    ['servers=2.5', null, 'servers 2.5 is not a whole number; ignored.'],
    ['servers=two', null, 'servers "two" is not a number; ignored.'],
    ['servers=1e999', 4, 'servers 1e999 is above the maximum 4; using 4.'],
  ])('clamps or drops %s with one notice', (search, servers, notice) => {
    expect(parseUrlState(`?${search}`)).toEqual({ state: { ...DEFAULT_URL_STATE, servers }, notices: [notice] });
  });

  it('reads servers=none as what the fixes imply', () => {
    expect(parseUrlState('?servers=3&servers=none')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it.each([
    '%E0%A4%A',
    '?select=%',
    '?select=%E0%A4%A&rps=%FF',
    '?select=__proto__&__proto__[select]=nginx&constructor[prototype][x]=1',
    '?select=javascript:alert(1)',
    `?rps=${'9'.repeat(100_000)}`,
    `?t=${'1'.repeat(400)}.5e-${'9'.repeat(20)}`,
    '?&&&==&=&select&rps&origin',
    '?select=\u0000\uD800\uDFFF\uFFFF',
  ])('never throws on %#', (search) => {
    const { state, notices } = parseUrlState(search);
    expectValidState(state);
    for (const notice of notices) expect(typeof notice).toBe('string');
  });

  it('never throws on a non-string from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, []]) expectValidState(parseUrlState(value as unknown as string).state);
  });

  it('always returns a valid state, whatever the string (property)', () => {
    const keyed = fc
      .tuple(fc.constantFrom('select', 'failure', 'scene', 'mode', 'rps', 'speed', 'seed', 't', 'motion', 'theme', 'embed', 'panel', 'controls', 'origin', 'quiz', 'rehearse', 'fixes', 'servers', 'x'), fc.string({ unit: 'binary' }))
      .map(([key, value]) => `${key}=${value}`);
    const search = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(keyed, { maxLength: 8 }).map((pairs) => `?${pairs.join('&')}`));
    fc.assert(
      fc.property(search, (s) => {
        const { state, notices } = parseUrlState(s);
        expectValidState(state);
        for (const notice of notices) {
          expect(notice.length).toBeLessThan(160);
          expect(notice).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE })).toBe('');
  });

  it('writes fixes with readable commas', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, fixes: ['lb', 'replica'], servers: 3 })).toBe('?fixes=lb,replica&servers=3');
  });

  it('writes only what differs, in a stable key order', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, origin: ['https://b.example', 'https://a.example'], controls: false, select: 'nginx', t: 3.5, failure: 'spof', scene: 'spof' };
    expect(serializeUrlState(state)).toBe('?select=nginx&failure=spof&scene=spof&t=3.5&controls=0&origin=https://b.example&origin=https://a.example');
  });

  it('rounds t and speed to 3 decimals', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, t: 1.23456, speed: 0.33333 })).toBe('?speed=0.333&t=1.235');
  });

  it('round-trips each parameter on its own', () => {
    const samples: Partial<UrlState>[] = [
      ...ELEMENT_IDS.map((select) => ({ select })),
      { failure: 'spof' },
      ...URL_SCENES.map((scene) => ({ scene })),
      ...VIEW_MODES.map((mode) => ({ mode })),
      { rps: 0 },
      { rps: 2000 },
      { rps: 0.5 },
      { speed: 0.01 },
      { speed: 100 },
      { seed: 0 },
      { seed: 2 ** 31 - 1 },
      { t: 3600 },
      { t: 0.001 },
      ...MOTION_PREFERENCES.map((motion) => ({ motion })),
      ...THEME_CHOICES.map((theme) => ({ theme })),
      { embed: true },
      { panel: false },
      { controls: false },
      { origin: ['http://localhost:5173'] },
      { origin: ['https://a.example', 'https://b.example:8443'] },
      { fixes: ['lb'] },
      { fixes: ['lb', 'lb-pair', 'replica', 'rolling', 'split-db'] },
      { servers: 2 },
      { servers: 4 },
    ];
    for (const sample of samples) {
      const state = { ...DEFAULT_URL_STATE, ...sample };
      expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
    }
  });

  it('round-trips any valid state (property)', () => {
    fc.assert(
      fc.property(aValidState, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('is stable: parsing any string, then serialising, then parsing again changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        const once = parseUrlState(s).state;
        expect(parseUrlState(serializeUrlState(once)).state).toEqual(once);
      }),
    );
  });
});
