import { describe, expect, it } from 'vitest';
import { fullViewHref } from './fullView';

describe('fullViewHref', () => {
  it('drops embed and scene and keeps the rest of the view', () => {
    expect(fullViewHref('https://x.example/tool/?embed=1&scene=spof&mode=traffic&rps=50#top')).toBe('https://x.example/tool/?mode=traffic&rps=50#top');
  });

  it('leaves an address without them alone', () => {
    expect(fullViewHref('https://x.example/?select=nginx')).toBe('https://x.example/?select=nginx');
  });
});
