import { describe, expect, it } from 'vitest';
import { compare } from '../../sim';
import { failedKinds, failedTotal, replayNow, ReplayJob, servedInTime, type DesignResult } from './replay';
import { REPLAYS } from './scripts';

const byId = (results: DesignResult[]) => Object.fromEntries(results.map((r) => [r.id, r]));

describe('side-by-side replay', () => {
  const { designs, script } = REPLAYS['scale-up'];
  const first = replayNow(designs, script);

  it('gives the same figures twice (same seed, same arrivals, same script)', () => {
    expect(replayNow(designs, script)).toEqual(first);
  });

  it('feeds every design the same requests, and counts each once: in time, late or failed', () => {
    expect(new Set(first.map((r) => r.requests)).size).toBe(1);
    // 50 req/s for 140 s and 200 req/s for 60 s, give or take Poisson noise.
    expect(first[0]!.requests).toBeGreaterThan(0.9 * (50 * 140 + 200 * 60));
    expect(first[0]!.requests).toBeLessThan(1.1 * (50 * 140 + 200 * 60));
    for (const r of first) expect(r.succeeded + failedTotal(r)).toBe(r.requests);
  });

  it('counts as compare() does: the one-server column equals compare’s own', () => {
    const { oneServer } = compare({}, script);
    const { id: _id, series: _series, ...figures } = first[0]!;
    expect(figures).toEqual(oneServer);
  });

  it('shows what the model says of scaling up: cores help, workers alone do not', () => {
    const r = byId(first);
    const one = r['one-server']!;
    const workers = r['more-workers']!;
    const bigger = r['bigger-server']!;
    // The one server cannot carry 200 req/s: requests fail while the step lasts.
    expect(failedTotal(one)).toBeGreaterThan(0);
    // Three times the workers on the same two cores: a few percent more served in time, still failing.
    expect(servedInTime(workers)).toBeLessThan(1.1 * servedInTime(one));
    expect(failedTotal(workers)).toBeGreaterThan(0);
    // Twice the cores carry the step.
    expect(servedInTime(bigger)).toBeGreaterThan(servedInTime(workers));
    expect(bigger.availability).toBeGreaterThan(0.99);
  });

  it('in slices, ends with the figures of the run at once, and reports progress up to 1', async () => {
    const seen: number[] = [];
    const results = await new Promise<DesignResult[]>((resolve) => {
      new ReplayJob(designs, script, { progress: (p) => seen.push(p), done: resolve });
    });
    expect(results).toEqual(first);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= seen[i - 1]!))).toBe(true);
  });

  it('stops when cancelled: no slice runs after', async () => {
    let calls = 0;
    let done = false;
    const job = new ReplayJob(designs, script, {
      progress: () => {
        calls++;
        job.cancel();
      },
      done: () => (done = true),
    });
    // Slices yield through message-channel tasks; had the job gone on, more progress would come in these turns.
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
    expect(done).toBe(false);
  });
});

describe('the fixes, replayed on the model', () => {
  const run = (id: keyof typeof REPLAYS) => byId(replayNow(REPLAYS[id].designs, REPLAYS[id].script));

  it('a balancer routes round a dead server 1 and the site keeps serving; the requests sent before the checks caught it fail', () => {
    const r = run('lb');
    const one = r['one-server']!;
    const two = r['two-servers']!;
    // HAProxy drops the server after 3 failed checks 2 s apart.
    expect(two.detectS).toBeGreaterThan(0);
    expect(two.detectS).toBeLessThanOrEqual(4 * 2);
    expect(one.detectS).toBeNull();
    // Shown, not hidden: HAProxy answers 503 for the requests it had sent to server 1 before it knew.
    expect(failedKinds(two).map(([k]) => k)).toContain('unavailable');
    expect(two.availability).toBeGreaterThan(0.98);
    expect(two.availability).toBeGreaterThan(one.availability + 0.3);
    expect(two.recoverS).toBeLessThan(one.recoverS!);
  });

  it('with the primary MySQL down, a replica keeps the reads going; the writes still fail', () => {
    const r = run('replica');
    const one = r['two-servers']!;
    const withReplica = r['replica']!;
    expect(failedKinds(withReplica).map(([k]) => k)).toEqual(['server-error']);
    expect(failedTotal(withReplica)).toBeGreaterThan(0);
    // Only the writes fail (about 1 page in 10): far fewer than when every page needs the primary.
    expect(failedTotal(withReplica)).toBeLessThan(failedTotal(one) / 4);
    expect(withReplica.availability).toBeGreaterThan(one.availability + 0.2);
  });

  it('a rolling deploy loses no request; restarting both servers at once does', () => {
    const r = run('rolling');
    expect(failedTotal(r['rolling']!)).toBe(0);
    expect(failedTotal(r['two-servers']!)).toBeGreaterThan(0);
    expect(failedTotal(r['one-server']!)).toBeGreaterThan(0);
  });

  it('four servers carry three times one server’s traffic; two do not keep pages fast', () => {
    const r = run('scale-out');
    expect(r['one-server']!.availability).toBeLessThan(0.9);
    expect(r['four-servers']!.availability).toBeGreaterThan(0.999);
    expect(r['four-servers']!.p95).toBeLessThan(1);
    expect(r['two-servers']!.p95).toBeGreaterThan(r['four-servers']!.p95 * 10);
  });
});
