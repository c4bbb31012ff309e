import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, MAX_TEXT, readProgress, type ProgressState } from '../store/progress';
import { REHEARSAL } from '../content/rehearsal';
import { encodeSuspendData, mergeSuspendData, SUSPEND_DATA_MAX } from './suspendData';

const WORK: ProgressState = {
  predictions: { 'spof-browser': { choice: 2, correct: true, revealed: true }, 'deploy-restart': 'skipped' },
  rehearsal: { server: { text: 'A computer that answers requests', revealed: true, ticked: [0, 2] } },
  tallyShown: true,
};

describe('cmi.suspend_data', () => {
  it('round-trips the learner’s work whole when it fits', () => {
    const encoded = encodeSuspendData(WORK);
    expect(encoded.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    expect(readProgress(encoded)).toEqual(WORK);
  });

  it('cuts long answers to fit 4,096 characters, keeping every prediction, tick and reveal', () => {
    const long: ProgressState = {
      ...WORK,
      rehearsal: Object.fromEntries(REHEARSAL.map((r) => [r.id, { text: 'é'.repeat(MAX_TEXT), revealed: true, ticked: [0] }])),
    };
    const encoded = encodeSuspendData(long);
    expect(encoded.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    expect(encoded.length).toBeGreaterThan(SUSPEND_DATA_MAX - 200);
    const back = readProgress(encoded);
    expect(back.predictions).toEqual(long.predictions);
    for (const r of REHEARSAL) {
      expect(back.rehearsal[r.id]).toMatchObject({ revealed: true, ticked: [0] });
      expect(back.rehearsal[r.id]!.text.length).toBeGreaterThan(0);
    }
  });

  it('fills in what this browser lacks from the LMS, and keeps what this browser has', () => {
    const here: ProgressState = { predictions: { 'spof-browser': { choice: 0, correct: false, revealed: false } }, rehearsal: {}, tallyShown: false };
    const merged = mergeSuspendData(here, encodeSuspendData(WORK));
    expect(merged.predictions['spof-browser']).toEqual(here.predictions['spof-browser']);
    expect(merged.predictions['deploy-restart']).toBe('skipped');
    expect(merged.rehearsal.server).toEqual(WORK.rehearsal.server);
    expect(merged.tallyShown).toBe(true);
  });

  it('reads a missing, malformed or hostile LMS value as nothing', () => {
    for (const bad of ['', 'not json', '[]', '{"predictions":{"__proto__":{"choice":1}},"rehearsal":{"server":{"text":5}}}']) {
      const merged = mergeSuspendData(EMPTY_PROGRESS, bad);
      expect(merged.predictions).toEqual({});
      expect(Object.getPrototypeOf(merged.predictions)).toBe(Object.prototype);
    }
  });
});
