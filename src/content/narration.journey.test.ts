import { describe, expect, it } from 'vitest';
import { createSimulation } from '../sim';
import type { SimEvent } from '../sim/types';
import { narrate } from './narration';
import { expectRow, expectSentence } from './narration/testData';

/** A journey through the real model: a cold page, a static file, then each failure in turn. */
function journeyEvents(): SimEvent[] {
  const sim = createSimulation({ seed: 3 });
  sim.apply({ t: 0, type: 'request', dynamic: true, path: '/' });
  sim.apply({ t: 1, type: 'request', dynamic: false, path: '/static/style.css' });
  sim.apply({ t: 2, type: 'failure-start', kind: 'nginx-restart' });
  sim.apply({ t: 2.1, type: 'request', dynamic: true });
  sim.apply({ t: 4, type: 'failure-end', kind: 'nginx-restart' });
  sim.apply({ t: 5, type: 'failure-start', kind: 'app-restart' });
  sim.apply({ t: 5.1, type: 'request', dynamic: true, browserId: 1 });
  sim.apply({ t: 8, type: 'failure-end', kind: 'app-restart' });
  sim.apply({ t: 9, type: 'failure-start', kind: 'server-down' });
  sim.apply({ t: 9.1, type: 'request', dynamic: true, browserId: 2 });
  sim.advanceTo(200);
  return sim.events(0, 200);
}

describe('narrating the model’s own events', () => {
  const events = journeyEvents();
  const captions = events.map((e) => narrate(e));

  it('gives every event a clean sentence and a table row', () => {
    expect(events.length).toBeGreaterThan(40);
    events.forEach((event, i) => {
      const caption = captions[i] ?? null;
      if (caption === null) {
        expect(event).toMatchObject({ kind: 'state', t: 0, status: 'up' });
        return;
      }
      expectSentence(caption);
      expectRow(event);
    });
  });

  it('tells the whole story, from the DNS answer to each failure', () => {
    const story = captions.join('\n');
    for (const line of [
      'foobar.com’s authoritative server answers: www.foobar.com is an A record pointing to 8.8.8.8, valid for 300 seconds.',
      'Your browser opens a TCP connection to 8.8.8.8 on port 443: SYN.',
      'Your browser sends the request GET / HTTP/1.1 to Nginx, with Host: www.foobar.com.',
      'It is a static file, so Nginx reads it straight from disk: no application code runs.',
      'Nginx is restarting: port 443 is closed, so the connection is refused.',
      'Nginx could not reach the application server, so the browser shows 502 Bad Gateway.',
      'No answer ever came: the browser gives up and shows ERR_CONNECTION_TIMED_OUT.',
    ]) {
      expect(story).toContain(line);
    }
  });
});
