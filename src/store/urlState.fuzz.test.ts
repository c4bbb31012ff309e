import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { URL_KEYS } from '../url/params';
import { parseUrlState } from '../url/parse';
import { hostileQuery } from '../test/hostileQuery';
import { INITIAL_UI, useUi, type UiState } from './ui';
import { initFromSearch, sceneMode } from './urlState';
import { currentUrlState } from './urlWriter';

// The store, not the model: starting the player for every case would only test the player.
vi.mock('./playerHandle', () => ({ loadPlayer: () => new Promise(() => {}) }));

/** The store fields a URL may set; everything else must stay as INITIAL_UI has it. */
const URL_FIELDS = new Set<keyof UiState>([
  'selected', 'spof', 'mode', 'rps', 'speed', 'seed', 'motionReduce', 'theme', 'embed', 'panelVisible', 'controlsVisible', 'origins', 'notices',
  // `scene` opens its scene of "Break it" in the panel's state too.
  'scene', 'breakScene', 'panelTab',
  'quiz', 'rehearseOpen',
  // `compare` opens its fix's scene of "Break it".
  'compare',
  'fixes', 'servers',
]);

describe('hostile query strings (property, thousands of cases)', () => {
  it('the parser never throws; the store it yields reproduces the parsed state and changes nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, fc.boolean(), async (query, withMark) => {
        const search = withMark ? `?${query}` : query;
        const { state, notices } = parseUrlState(search);
        await initFromSearch(search);
        const ui = useUi.getState();
        const shown = currentUrlState({ ...ui, playing: false });
        for (const key of URL_KEYS) {
          if (key === 't') continue; // the player, not the store, holds the start time
          // A scene decides the mode.
          expect(shown[key], key).toEqual(key === 'mode' ? sceneMode(state.scene, state.mode) : state[key]);
        }
        expect(ui.notices).toEqual(notices);
        for (const notice of ui.notices) {
          expect(typeof notice).toBe('string');
          expect(notice.length).toBeLessThan(160);
          expect(notice).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        }
        for (const key of Object.keys(INITIAL_UI) as (keyof UiState)[]) {
          if (!URL_FIELDS.has(key)) expect(ui[key], key).toEqual(INITIAL_UI[key]);
        }
      }),
      { numRuns: 5000, seed: 20_261_126 },
    );
  });

  it('a valid parameter among hostile ones still takes effect', () => {
    fc.assert(
      fc.property(hostileQuery, hostileQuery, (before, after) => {
        // The last value of a repeated key wins, so `select=mysql` must be last for its key.
        const query = `${before}&select=mysql&${after.replace(/(^|[&;])select=[^&;]*/g, '$1x=')}`;
        expect(parseUrlState(query).state.select).toBe('mysql');
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
