/**
 * What a component or link is doing at the current point of the playback, as label/value rows,
 * computed from the model's snapshot. Pure, so it is tested without React.
 */
import { getLink, isLinkId, type ElementId } from '../../sim/topology';
import type { Live } from '../../store/ui';
import { ms, percent } from '../format';

export type Row = readonly [label: string, value: string];

const DNS_PARTS = new Set<ElementId>(['dns', 'resolver', 'root', 'tld', 'authoritative']);

function involves(live: Live, id: ElementId): boolean {
  const e = live.current;
  if (!e) return false;
  if (e.kind === 'hop') {
    if (isLinkId(id)) return e.link === id;
    return e.from === id || e.to === id || (id === 'dns' && (DNS_PARTS.has(e.from) || DNS_PARTS.has(e.to))) || (id === 'server' && ['nginx', 'app-server', 'app-files', 'mysql'].some((c) => c === e.from || c === e.to));
  }
  if (e.kind === 'state') return e.component === id;
  if ('at' in e) return e.at === id;
  return id === 'browser';
}

export function inThisRequest(id: ElementId, live: Live): { now: string | null; rows: Row[] } {
  const rows: Row[] = [];
  const m = live.metrics;
  const last = live.lastRequest;
  const now = involves(live, id) ? live.caption : null;
  const gauge = (key: 'nginx' | 'app-server' | 'mysql', noun: string) => {
    const g = m?.gauges[key];
    if (!g) return;
    rows.push(['Status', g.status === 'down' ? 'DOWN' : g.status]);
    rows.push([`Busy ${noun}`, `${g.busy} of ${g.capacity}`]);
    if (g.queueCapacity) rows.push(['Waiting in the backlog', `${g.queue} of ${g.queueCapacity}`]);
    rows.push(['Utilisation (window)', g.status === 'down' ? 'DOWN: 0 %' : percent(g.utilisation)]);
  };
  if (isLinkId(id)) {
    const l = getLink(id);
    rows.push(['Protocol', l.protocol === 'local' ? 'local (same machine)' : `${l.protocol}${l.port !== undefined ? ` port ${[l.port].flat().join(' / ')}` : ''}`]);
    if (live.current?.kind === 'hop' && live.current.link === id) rows.push(['Carrying now', live.current.detail.summary]);
    return { now, rows };
  }
  switch (id) {
    case 'browser':
    case 'dns':
    case 'resolver':
    case 'root':
    case 'tld':
    case 'authoritative':
      if (last?.timing) {
        rows.push(['Last request', `${last.cold ? 'cold (new connection)' : 'warm (reused connection)'}`]);
        rows.push(['DNS lookup', ms(last.timing.dns)]);
        if (id === 'browser') {
          rows.push(['Connect (TCP)', ms(last.timing.connect)]);
          rows.push(['TLS', ms(last.timing.tls)]);
          rows.push(['Waiting (TTFB)', ms(last.timing.waiting)]);
          rows.push(['Download', ms(last.timing.download)]);
          rows.push(['Total', ms(last.timing.total)]);
        }
      }
      if (last?.outcome && id === 'browser') rows.push(['Result', last.symptom ?? last.outcome]);
      if (live.current?.kind === 'cache') rows.push(['Cache', `${live.current.layer} cache ${live.current.hit ? 'hit' : 'miss'}`]);
      break;
    case 'server':
      rows.push(['Status', live.status.server]);
      if (m) rows.push(['Requests in flight', String(m.inFlight)], ['Failing now (waiting too long)', String(m.failingNow)]);
      break;
    case 'nginx':
      gauge('nginx', 'connections');
      break;
    case 'app-server':
      gauge('app-server', 'workers');
      break;
    case 'mysql':
      gauge('mysql', 'connections');
      break;
    case 'app-files':
      rows.push(['Read by', 'Nginx (static files) and the application server (code)']);
      break;
  }
  return { now, rows };
}
