// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { predict, resetProgress, revealModelAnswer, setRehearsalText, skipQuestion } from '../store/progressActions';
import { answerEvent, progressEvent } from './messages';
import { watchProgress } from './progressEvents';

const source = 'web-stack-explorer';

beforeEach(() => resetProgress());

describe('answer and progress events', () => {
  it('are namespaced, versioned, hold only their fields and survive structured cloning', () => {
    expect(answerEvent({ question: 'spof-browser', choice: 2, correct: true })).toEqual({ source, v: 1, type: 'answer', question: 'spof-browser', choice: 2, correct: true });
    const counts = { itemsRehearsed: 1, itemsTotal: 10, predictionsMade: 2, predictionsRight: 1, questionsTotal: 6, complete: false };
    const event = progressEvent({ ...counts, score: 17, text: 'my words' } as never);
    expect(event).toEqual({ source, v: 1, type: 'progress', ...counts });
    expect(structuredClone(event)).toEqual(event);
  });
});

describe('watchProgress', () => {
  it('reports the counts at start, each committed prediction once, and the counts when they change', () => {
    const onAnswer = vi.fn();
    const onProgress = vi.fn();
    const stop = watchProgress({ onAnswer, onProgress });
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(onProgress.mock.calls[0]![0]).toMatchObject({ itemsRehearsed: 0, predictionsMade: 0, complete: false });

    predict('spof-browser', 0);
    expect(onAnswer).toHaveBeenCalledWith({ question: 'spof-browser', choice: 0, correct: false });
    expect(onProgress).toHaveBeenLastCalledWith(expect.objectContaining({ predictionsMade: 1, predictionsRight: 0 }));

    skipQuestion('deploy-restart'); // a skip is no answer and changes no count
    setRehearsalText('server', 'words'); // not rehearsed until the model answer is revealed
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onProgress).toHaveBeenCalledTimes(2);
    revealModelAnswer('server');
    expect(onProgress).toHaveBeenLastCalledWith(expect.objectContaining({ itemsRehearsed: 1 }));
    stop();
    predict('scale-ceiling', 1);
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });
});
