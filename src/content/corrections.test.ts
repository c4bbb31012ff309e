/**
 * Issue 13's fact-check, one pin per correction: each expectation fails on the text as it was before.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_HELLO, PROXY_RESPONSE, detailOf, httpResponse, tcpResetAfterAccept } from '../sim/details';
import { EXPLANATIONS, TOPICS } from './explanations';
import { FAILURE_EXPLANATIONS } from './failures';
import { narrate } from './narration';
import { SAMPLES, aHop } from './narration/testData';
import type { RefusedEvent, TimeoutEvent } from '../sim/types';
import type { Explanation } from './types';
import { WALKTHROUGH } from './walkthrough';

const all = (e: Explanation) =>
  [...e.points, e.role, ...e.goodToKnow, ...(e.misconceptions ?? []).flatMap((m) => [m.myth, m.fact]), e.quote?.text ?? ''].join('\n');
const field = (id: number, name: string) => detailOf(id).fields.find(([k]) => k === name)?.[1];

describe('wrong, now right', () => {
  it('1. a full backlog over TCP: dropped SYN, proxy_connect_timeout, 504; no 502 from the backlog', () => {
    const scal = FAILURE_EXPLANATIONS.scalability.userSees;
    expect(scal).toMatch(/drops .*connection attempts/);
    expect(scal).toMatch(/proxy_connect_timeout \(60 seconds by default\)/);
    expect(scal).toContain('504 Gateway Timeout');
    expect(scal).not.toContain('502');
    const link = all(EXPLANATIONS['nginx-app-server']);
    expect(link).toMatch(/backlog\) is full, Linux silently drops/);
    expect(narrate({ ...(SAMPLES.refused as RefusedEvent), at: 'app-server', reason: 'backlog full' })).not.toMatch(/502/);
    expect(narrate({ ...(SAMPLES.timeout as TimeoutEvent), at: 'nginx', reason: 'proxy_connect_timeout 60 s' })).toMatch(/proxy_connect_timeout \(60 s\).*504/);
  });

  it('2. Nginx out of worker_connections: the connection is accepted then closed (reset), and a dynamic request holds two', () => {
    const nginx = all(EXPLANATIONS.nginx);
    expect(nginx).toMatch(/accepts the new connection and closes it at once/);
    expect(nginx).toMatch(/ERR_CONNECTION_RESET or ERR_EMPTY_RESPONSE/);
    expect(nginx).toMatch(/a forwarded request holds two/);
    expect(nginx).toContain('worker_connections are not enough');
    const caption = narrate({ ...(SAMPLES.refused as RefusedEvent), at: 'nginx', reason: 'worker_connections are not enough' });
    expect(caption).toContain('ERR_CONNECTION_RESET');
    expect(caption).not.toMatch(/refused/);
    expect(all(EXPLANATIONS.browser)).toContain('ERR_EMPTY_RESPONSE');
    const upstream = narrate({ ...(SAMPLES.refused as RefusedEvent), at: 'nginx', reason: 'worker_connections are not enough while connecting to upstream' });
    expect(upstream).toContain('500 Internal Server Error');
    expect(nginx).toContain('500 Internal Server Error');
    const rst = narrate(aHop('tcp-rst', 'nginx', 'browser', { detail: detailOf(tcpResetAfterAccept(50_000)) }));
    expect(rst).toMatch(/accepted the connection.*ERR_CONNECTION_RESET/);
    expect(narrate(aHop('tcp-rst', 'nginx', 'browser'))).toMatch(/ERR_CONNECTION_REFUSED/);
  });

  it('3. RFC 1035 §3.2.1 is quoted word for word: "should again be consulted"', () => {
    expect(EXPLANATIONS.authoritative.quote?.text).toContain('should again be consulted');
  });
});

describe('misleading, now clear', () => {
  it('4. PHP-FPM’s SIGUSR2 is not graceful by default, and PHP code usually needs no reload (OPcache)', () => {
    for (const text of [all(EXPLANATIONS['app-server-app-files']), all(EXPLANATIONS['app-server']), FAILURE_EXPLANATIONS.maintenance.fix]) {
      expect(text).toContain('process_control_timeout');
      expect(text).toContain('OPcache');
    }
    expect(all(EXPLANATIONS['app-server-app-files'])).not.toMatch(/SIGUSR2 gracefully/);
  });

  it('5. the SPOF fix names the one MySQL left as the next single point of failure', () => {
    expect(FAILURE_EXPLANATIONS.spof.fix).toMatch(/one MySQL server.*single point of failure/);
    expect(all(EXPLANATIONS.mysql)).toMatch(/more web servers/i);
  });

  it('6. "communicates using HTTP" is half an answer, not a myth: the fact keeps HTTP', () => {
    const m = EXPLANATIONS['browser-nginx'].misconceptions?.[0];
    expect(m?.verdict).toBe('incomplete');
    expect(m?.fact).toMatch(/^Right/);
    expect(m?.fact).toMatch(/TCP\/IP/);
  });

  it('7. capacity: service time is CPU plus waiting, the cores cap the CPU part, more workers add nothing then', () => {
    const why = FAILURE_EXPLANATIONS.scalability.why;
    expect(why).toMatch(/CPU work plus its waiting/);
    expect(why).toMatch(/CPU cores ÷ CPU time per request/);
    expect(why).not.toContain('116');
    expect(EXPLANATIONS['app-server'].misconceptions?.some((m) => /more workers/i.test(m.myth))).toBe(true);
  });

  it('8. DNS is not the SPOF of this design, but a single DNS provider can be (Dyn, 2016)', () => {
    expect(EXPLANATIONS.dns.misconceptions?.[0]?.fact).toMatch(/^Not in this design.*single provider.*Dyn, 2016/);
    expect(all(EXPLANATIONS.dns)).toMatch(/Dyn/);
  });
});

describe('imprecise, now precise', () => {
  it('9. SYN retry timing is the Linux client’s (~131 s); Windows and macOS give up sooner', () => {
    for (const text of [FAILURE_EXPLANATIONS.spof.userSees, all(EXPLANATIONS.browser)]) {
      expect(text).toContain('131 seconds');
      expect(text).toMatch(/Windows/);
      expect(text).toMatch(/macOS after 75/);
      expect(text).toMatch(/Linux client’s/);
    }
    expect(FAILURE_EXPLANATIONS.spof.userSees).not.toMatch(/1, 2, 4, 8/);
  });

  it('10. the static-file figure cites the row the model uses: HTTPS, 10 KB, 23,308 req/s', () => {
    expect(all(EXPLANATIONS['nginx-app-files'])).toContain('23,308 HTTPS requests per second for a 10 KB file');
  });

  it('11. proxy_read_timeout is the wait between two reads, not for the whole response', () => {
    expect(all(EXPLANATIONS['nginx-app-server'])).toMatch(/proxy_read_timeout .* between two reads/);
    expect(all(EXPLANATIONS.nginx)).toMatch(/proxy_read_timeout between two reads/);
  });

  it('12. Gunicorn’s HUP loads new code only without preload_app', () => {
    expect(all(EXPLANATIONS['app-server-app-files'])).toMatch(/preload_app/);
    expect(all(EXPLANATIONS['app-server'])).toMatch(/unless preload_app is on/);
  });

  it('13. scaling out is impossible in this design, not in general', () => {
    const step = WALKTHROUGH.find((s) => s.id === 'scalability')!;
    expect(step.text).toMatch(/In this design the only way to grow/);
    expect(FAILURE_EXPLANATIONS.scalability.fix).toMatch(/In this design/);
  });

  it('14. a server is defined by its role first: it serves clients', () => {
    expect(EXPLANATIONS.server.role).toMatch(/^A server is defined by its role: it serves clients/);
    expect(EXPLANATIONS.server.points[0]).toMatch(/serves clients/);
  });

  it('15. packet details: HTTP/1.0 reply upstream, Chrome’s three TLS 1.3 suites, server_tokens said', () => {
    expect(detailOf(PROXY_RESPONSE(18_000)).summary).toMatch(/^HTTP\/1\.0 200 OK/);
    expect(field(CLIENT_HELLO, 'Cipher suites')).toBe('TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256');
    expect(field(httpResponse('200 OK|text/html|18000'), 'server_tokens')).toMatch(/^off/);
    expect(all(EXPLANATIONS.nginx)).toMatch(/server_tokens off/);
  });
});

describe('misconceptions learners hold', () => {
  it('the IP reaches the machine, the port reaches the program', () => {
    expect(EXPLANATIONS.server.misconceptions?.[0]?.fact).toMatch(/IP address reaches the machine; the port reaches the program/);
  });

  it('what really happens at 8.8.8.8: Google Public DNS, anycast, no foobar.com pages', () => {
    const m = EXPLANATIONS.server.misconceptions?.find((x) => /one computer in one place/.test(x.myth));
    expect(m?.fact).toMatch(/Google Public DNS/);
    expect(m?.fact).toMatch(/Anycast/);
    expect(TOPICS['dns-record'].points.join(' ')).toMatch(/Not a CNAME/);
  });
});
