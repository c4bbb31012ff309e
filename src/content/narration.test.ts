import { describe, expect, it } from 'vitest';
import { SERVER_IP } from '../sim/topology';
import { FAILED_OUTCOMES, type SimEvent } from '../sim/types';
import { describeEvent, narrate } from './narration';
import { SAMPLES, aHop, base, detail, expectSentence } from './narration/testData';

describe('narrate tells the story right', () => {
  it('walks the DNS tree', () => {
    expect(narrate(aHop('dns-query', 'browser', 'resolver'))).toBe(
      'Your browser asks the recursive resolver for the address of www.foobar.com (DNS over UDP port 53).',
    );
    expect(narrate(aHop('dns-query', 'resolver', 'root'))).toBe('The recursive resolver asks a root server who handles .com.');
    expect(narrate(aHop('dns-response', 'root', 'resolver'))).toBe('The root server refers the resolver to the .com servers.');
    expect(narrate(aHop('dns-query', 'resolver', 'tld'))).toMatch(/\.com TLD server who handles foobar\.com/);
    expect(narrate(aHop('dns-response', 'tld', 'resolver'))).toMatch(/authoritative name servers/);
  });

  it('reads the authoritative answer from the packet, falling back to the topology', () => {
    const answer = aHop('dns-response', 'authoritative', 'resolver', { detail: detail('www.foobar.com. 300 IN A 8.8.8.8') });
    expect(narrate(answer)).toBe(
      'foobar.com’s authoritative server answers: www.foobar.com is an A record pointing to 8.8.8.8, valid for 300 seconds.',
    );
    const fromFields = aHop('dns-response', 'authoritative', 'resolver', {
      detail: detail('answer', [['TTL', '3600 s'], ['Address', '192.0.2.1']]),
    });
    expect(narrate(fromFields)).toMatch(/pointing to 192\.0\.2\.1, valid for 3600 seconds\.$/);
    const bare = aHop('dns-response', 'authoritative', 'resolver');
    expect(narrate(bare)).toBe(`foobar.com’s authoritative server answers: www.foobar.com is an A record pointing to ${SERVER_IP}.`);
  });

  it('tells the handshakes and the request line', () => {
    // Detail shapes as the model builds them (src/sim/details.ts).
    const syn = detail('54321 → 443 [SYN]', [['Source port', '54321'], ['Destination port', '443']], 'TCP');
    expect(narrate(aHop('tcp-syn', 'browser', 'nginx', { detail: syn }))).toBe('Your browser opens a TCP connection to 8.8.8.8 on port 443: SYN.');
    expect(narrate(aHop('tcp-syn', 'browser', 'nginx', { detail: detail('54321 → 80 [SYN]', [], 'TCP') }))).toMatch(/on port 80: SYN\.$/);
    expect(narrate(aHop('tcp-syn', 'browser', 'nginx', { refused: true, detail: syn }))).toMatch(/nothing is listening on port 443/);
    expect(narrate(aHop('tcp-ack', 'browser', 'nginx', { detail: detail('54321 → 443 [ACK]', [], 'TCP') }))).toMatch(/connection is open/);
    expect(narrate(aHop('tcp-ack', 'browser', 'nginx', { detail: detail('ACK (window grows)', [], 'TCP') }))).toMatch(/send the rest of the page/);
    expect(narrate(aHop('tcp-rst', 'nginx', 'browser'))).toMatch(/reset \(RST\).*ERR_CONNECTION_REFUSED/);
    expect(narrate(aHop('tls-client-hello', 'browser', 'nginx'))).toMatch(/ClientHello, naming www\.foobar\.com \(SNI\)/);
    expect(narrate(aHop('http-request', 'browser', 'nginx', { detail: detail('GET / HTTP/1.1', [], 'HTTP') }))).toBe(
      'Your browser sends the request GET / HTTP/1.1 to Nginx, with Host: www.foobar.com.',
    );
    expect(narrate(aHop('http-response', 'nginx', 'browser', { detail: detail('HTTP/1.1 502 Bad Gateway', [], 'HTTP') }))).toMatch(
      /502 Bad Gateway\.$/,
    );
    const continued = detail('response continued (3.4 KB in the next flight)', [], 'TCP');
    expect(narrate(aHop('http-response', 'nginx', 'browser', { detail: continued }))).toMatch(/second flight/);
  });

  it('tells static from dynamic inside the server', () => {
    expect(narrate(aHop('file-read', 'nginx', 'app-files'))).toMatch(/static file.*no application code runs/);
    expect(narrate(aHop('proxy-request', 'nginx', 'app-server'))).toMatch(/\(proxy_pass 127\.0\.0\.1:8000\)/);
    const proxied = detail('GET / HTTP/1.1 → 127.0.0.1:8000', [['proxy_pass', 'http://127.0.0.1:8000']], 'HTTP');
    expect(narrate(aHop('proxy-request', 'nginx', 'app-server', { detail: proxied }))).toMatch(/\(proxy_pass http:\/\/127\.0\.0\.1:8000\)\.$/);
    expect(narrate(aHop('file-read', 'app-server', 'app-files'))).toMatch(/runs the code base/);
    expect(narrate(aHop('sql-query', 'app-server', 'mysql', { detail: detail('SELECT * FROM posts LIMIT 10;', [], 'SQL') }))).toBe(
      'The application asks MySQL for the data it needs (SQL over TCP port 3306): SELECT * FROM posts LIMIT 10.',
    );
    expect(narrate(aHop('sql-result', 'mysql', 'app-server', { detail: detail('10 rows in set', [['Rows', '10']], 'SQL') }))).toBe(
      'MySQL sends 10 rows back to the application.',
    );
  });

  it('says what failures look like to the user', () => {
    expect(narrate(aHop('tcp-syn', 'browser', 'nginx', { lost: true }))).toMatch(/no answer: the server is down/);
    expect(narrate(aHop('tcp-syn', 'browser', 'nginx', { refused: true }))).toMatch(/connection is refused/);
    expect(narrate(SAMPLES.refused)).toBe('Nginx is restarting: port 443 is closed, so the connection is refused.');
    expect(narrate(SAMPLES.timeout)).toBe('No answer from 8.8.8.8 after 127 s of retries (a Linux computer’s wait): the browser gives up with ERR_CONNECTION_TIMED_OUT.');
    const appRefused = (reason: string): SimEvent => ({ ...base, kind: 'refused', at: 'app-server', reason });
    expect(narrate(appRefused('connect() failed (111: Connection refused) while connecting to upstream: the application server is restarting'))).toBe(
      'The application server is restarting, so Nginx cannot reach it and answers 502 Bad Gateway.',
    );
    expect(narrate(appRefused('listen backlog full (511 waiting for a worker)'))).toMatch(/waiting line is full: Linux drops .*proxy_connect_timeout/);
    expect(narrate(appRefused('upstream prematurely closed connection: the application server restarted'))).toMatch(/middle of this request/);
    const proxyTimeout: SimEvent = { ...base, kind: 'timeout', at: 'nginx', reason: 'upstream timed out (110: Connection timed out) while reading response header from upstream, after proxy_read_timeout 60 s' };
    expect(narrate(proxyTimeout)).toBe('The application sent nothing for Nginx’s proxy_read_timeout (60 s), the longest wait allowed between two reads, so Nginx answers 504 Gateway Timeout.');
    const connectTimeout: SimEvent = { ...base, kind: 'timeout', at: 'nginx', reason: 'upstream timed out (110: Connection timed out) while connecting to upstream, after proxy_connect_timeout 60 s' };
    expect(narrate(connectTimeout)).toMatch(/never took Nginx’s connection.*proxy_connect_timeout \(60 s\).*504/);
    expect(describeEvent(proxyTimeout).what).toContain('110: Connection timed out');
    expect(narrate(SAMPLES.state)).toBe('Nginx is restarting: ports 80 and 443 are closed, so new connections are refused.');
    expect(narrate({ ...SAMPLES.state, status: 'reloading' } as SimEvent)).toMatch(/old ones finish their requests/);
    for (const outcome of FAILED_OUTCOMES) {
      const end: SimEvent = { ...base, kind: 'request-end', outcome, symptom: '' };
      expectSentence(narrate(end));
    }
    expect(narrate({ ...base, kind: 'request-end', outcome: 'bad-gateway', symptom: '502 Bad Gateway' })).toMatch(/502 Bad Gateway\.$/);
  });

  it('ends a good request with the status, and its time when known', () => {
    expect(narrate(SAMPLES['request-end'])).toBe('The page arrives: 200 OK.');
    expect(narrate(SAMPLES['request-end'], { elapsedS: 0.0834 })).toBe('The page arrives: 200 OK in 83 ms.');
    expect(narrate(SAMPLES['request-end'], { elapsedS: Number.NaN })).toBe('The page arrives: 200 OK.');
  });
});

describe('describeEvent', () => {
  it('uses the diagram’s labels', () => {
    expect(describeEvent(aHop('dns-query', 'browser', 'resolver', { detail: detail('www.foobar.com. A?') }))).toEqual({
      from: "User's browser",
      to: 'Recursive resolver',
      what: 'DNS query: www.foobar.com. A?',
    });
    expect(describeEvent(aHop('tcp-syn', 'browser', 'nginx', { lost: true })).what).toBe('TCP SYN (lost)');
    expect(describeEvent(SAMPLES.state)).toEqual({ from: 'Nginx', to: '—', what: 'Status: restarting' });
    expect(describeEvent(SAMPLES['request-end']).what).toBe('Request ends: 200 OK');
  });
});
