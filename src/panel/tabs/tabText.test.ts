import { describe, expect, it } from 'vitest';
import { tabShort } from './tabShort';
import { tabLine } from './tabText';

describe('tab words', () => {
  it('gives every state a mark and words, not just a colour', () => {
    const tabs = [
      { state: 'idle' as const },
      { state: 'loading' as const, requestId: 1, seconds: 0.4 },
      { state: 'failing' as const, requestId: 1, seconds: 5.7 },
      { state: 'done' as const, requestId: 1, outcome: 'ok' as const, symptom: '200 OK', seconds: 0.083 },
      { state: 'done' as const, requestId: 1, outcome: 'timeout' as const, symptom: 'ERR_CONNECTION_TIMED_OUT', seconds: 12.7 },
    ];
    expect(tabs.map((t) => tabLine(t).text)).toEqual(['waiting to load', 'Loading…', 'Still waiting: 5 s', '200 OK · 83 ms', 'ERR_CONNECTION_TIMED_OUT']);
    expect(tabs.map((t) => tabShort(t).text)).toEqual(['not yet', '0 s', '5 s', 'OK', 'timed out']);
    expect(tabs.map((t) => tabLine(t).mark)).toEqual(['none', 'spinner', 'spinner', 'ok', 'error']);
  });
});
