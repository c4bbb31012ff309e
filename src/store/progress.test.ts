// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../content/questions';
import { REHEARSAL } from '../content/rehearsal';
import { EMPTY_PROGRESS, MAX_TEXT, readProgress, storageKey, useProgress } from './progress';
import { predict, resetProgress, revealAnswer, revealModelAnswer, setRehearsalText, skipQuestion, toggleTick } from './progressActions';
import { ASKED_QUESTIONS, SCENE_QUESTIONS, summarise } from './progressSummary';

const spof = QUESTIONS.find((q) => q.id === 'spof-browser')!;

beforeEach(() => resetProgress());

describe('predictions', () => {
  it('commit once, record whether right, and reveal later', () => {
    predict(spof.id, spof.correct);
    predict(spof.id, 0); // a second commit changes nothing
    expect(useProgress.getState().predictions[spof.id]).toEqual({ choice: spof.correct, correct: true, revealed: false });
    revealAnswer(spof.id);
    expect(useProgress.getState().predictions[spof.id]).toMatchObject({ revealed: true });
  });

  it('ignore unknown questions and choices out of range; a skip counts as nothing made', () => {
    predict('nope', 0);
    predict(spof.id, 99);
    predict(spof.id, -1);
    expect(useProgress.getState().predictions).toEqual({});
    skipQuestion(spof.id);
    expect(summarise(useProgress.getState()).predictionsMade).toBe(0);
  });
});

describe('the rehearsal', () => {
  it('keeps text (bounded), the reveal and the ticks per item', () => {
    setRehearsalText('dns-record-type', 'An A record');
    toggleTick('dns-record-type', 2, true);
    toggleTick('dns-record-type', 0, true);
    toggleTick('dns-record-type', 2, false);
    revealModelAnswer('dns-record-type');
    expect(useProgress.getState().rehearsal['dns-record-type']).toEqual({ text: 'An A record', revealed: true, ticked: [0] });
    setRehearsalText('server', 'x'.repeat(MAX_TEXT + 10));
    expect(useProgress.getState().rehearsal.server?.text.length).toBe(MAX_TEXT);
  });

  it('persists under a key per page', () => {
    setRehearsalText('server', 'A computer that answers');
    const stored = localStorage.getItem(storageKey(location.pathname));
    expect(readProgress(stored).rehearsal.server?.text).toBe('A computer that answers');
    expect(storageKey('/a/')).not.toBe(storageKey('/b/'));
  });
});

describe('readProgress', () => {
  it.each([null, '', '{', 'null', '[]', '"x"', '{"predictions":5}'])('gives nothing for %j', (raw) => {
    expect(readProgress(raw)).toEqual(EMPTY_PROGRESS);
  });

  it('drops unknown ids, bad choices and ticks, and recomputes correctness itself', () => {
    const raw = JSON.stringify({
      predictions: { [spof.id]: { choice: 0, correct: true, revealed: true }, 'scale-ceiling': { choice: 9 }, __proto__x: 'skipped', 'deploy-restart': 'skipped' },
      rehearsal: { server: { text: 5, revealed: 'yes', ticked: [0, 0, 7, -1, 1.5, 'x'] }, nope: { text: 'x' } },
      tallyShown: 1,
    });
    expect(readProgress(raw)).toEqual({
      predictions: { [spof.id]: { choice: 0, correct: spof.correct === 0, revealed: true }, 'deploy-restart': 'skipped' },
      rehearsal: { server: { text: '', revealed: false, ticked: [0] } },
      tallyShown: false,
    });
  });
});

describe('summarise', () => {
  it('is complete once every item is rehearsed and every scene predicted, and scores the predictions 0–100', () => {
    expect(summarise(EMPTY_PROGRESS)).toMatchObject({ complete: false, score: 0, itemsRehearsed: 0, predictionsMade: 0 });
    for (const r of REHEARSAL) {
      setRehearsalText(r.id, 'My words');
      revealModelAnswer(r.id);
    }
    expect(summarise(useProgress.getState()).complete).toBe(false);
    for (const q of SCENE_QUESTIONS) predict(q.id, q.correct);
    const s = summarise(useProgress.getState());
    expect(s).toMatchObject({ complete: true, itemsRehearsed: REHEARSAL.length, predictionsMade: SCENE_QUESTIONS.length });
    expect(s.score).toBe(Math.round((100 * SCENE_QUESTIONS.length) / ASKED_QUESTIONS.length));
    for (const q of ASKED_QUESTIONS) predict(q.id, q.correct);
    expect(summarise(useProgress.getState()).score).toBe(100);
  });

  it('an item written but not checked against the model answer is not rehearsed yet', () => {
    setRehearsalText('server', 'words');
    expect(summarise(useProgress.getState()).itemsRehearsed).toBe(0);
    revealModelAnswer('server');
    setRehearsalText('server', '   ');
    expect(summarise(useProgress.getState()).itemsRehearsed).toBe(0);
  });
});
