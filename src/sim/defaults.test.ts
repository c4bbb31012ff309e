import { describe, expect, it } from 'vitest';
import { CONNECT_TIMEOUT_S, SYN_RETRY_BACKOFF_S, linuxSynSchedule } from './defaults';

describe('Linux SYN retransmission timing (ip-sysctl.rst)', () => {
  it('kernel ≥ 6.5 defaults: gaps 1, 1, 1, 1, 1, 2, 4, 8, 16, 32; last retransmission at 67 s; gives up at 131 s', () => {
    const { gaps, giveUpS } = linuxSynSchedule();
    expect(gaps).toEqual([1, 1, 1, 1, 1, 2, 4, 8, 16, 32]);
    expect(gaps.reduce((a, b) => a + b, 0)).toBe(67);
    expect(giveUpS).toBe(131);
    expect(SYN_RETRY_BACKOFF_S).toEqual(gaps);
    expect(CONNECT_TIMEOUT_S).toBe(131);
  });

  it('older kernels (no linear timeouts): 63 s to the last retransmission, 127 s to give up', () => {
    const { gaps, giveUpS } = linuxSynSchedule(6, 0);
    expect(gaps).toEqual([1, 2, 4, 8, 16, 32]);
    expect(giveUpS).toBe(127);
  });
});
