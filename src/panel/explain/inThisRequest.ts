/**
 * What a component or link is doing at the current point of the playback, as label/value rows,
 * computed from the model's snapshot. Pure, so it is tested without React.
 */
import { getLink, isLinkId, type ElementId } from '../../sim/topology';
import type { Live } from '../../store/ui';
import { ms, percent } from '../format';
import { t } from '../../i18n/t';
import { detailText } from '../events/detailText';
import { statusWord } from '../status';

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

/** "browser cache hit", one whole phrase per layer and result. */
function cacheText(layer: 'browser' | 'os' | 'resolver', hit: boolean): string {
  if (layer === 'browser') return hit ? t('browser cache hit') : t('browser cache miss');
  if (layer === 'os') return hit ? t('os cache hit') : t('os cache miss');
  return hit ? t('resolver cache hit') : t('resolver cache miss');
}

export function inThisRequest(id: ElementId, live: Live): { now: string | null; rows: Row[] } {
  const rows: Row[] = [];
  const m = live.metrics;
  const last = live.lastRequest;
  const now = involves(live, id) ? live.caption : null;
  const gauge = (key: 'nginx' | 'app-server' | 'mysql', busyLabel: string) => {
    const g = m?.gauges[key];
    if (!g) return;
    rows.push([t('Status'), g.status === 'down' ? t('DOWN') : statusWord(g.status)]);
    rows.push([busyLabel, t('{n} of {total}', { n: g.busy, total: g.capacity })]);
    if (g.queueCapacity) rows.push([t('Waiting in the backlog'), t('{n} of {total}', { n: g.queue, total: g.queueCapacity })]);
    rows.push([t('Utilisation (window)'), g.status === 'down' ? t('DOWN: {zero}', { zero: percent(0) }) : percent(g.utilisation)]);
  };
  if (isLinkId(id)) {
    const l = getLink(id);
    const protocol = l.protocol === 'local' ? t('local (same machine)') : l.port !== undefined ? t('{protocol} port {ports}', { protocol: l.protocol, ports: [l.port].flat().join(' / ') }) : l.protocol;
    rows.push([t('Protocol'), protocol]);
    if (live.current?.kind === 'hop' && live.current.link === id) rows.push([t('Carrying now'), detailText(live.current.detail.summary)]);
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
        rows.push([t('Last request'), last.cold ? t('cold (new connection)') : t('warm (reused connection)')]);
        rows.push([t('DNS lookup'), ms(last.timing.dns)]);
        if (id === 'browser') {
          rows.push([t('Connect (TCP)'), ms(last.timing.connect)]);
          rows.push(['TLS', ms(last.timing.tls)]);
          rows.push([t('Waiting (TTFB)'), ms(last.timing.waiting)]);
          rows.push([t('Download'), ms(last.timing.download)]);
          rows.push([t('Total'), ms(last.timing.total)]);
        }
      }
      if (last?.outcome && id === 'browser') rows.push([t('Result'), last.symptom ?? last.outcome]);
      if (live.current?.kind === 'cache') rows.push([t('Cache'), cacheText(live.current.layer, live.current.hit)]);
      break;
    case 'server':
      rows.push([t('Status'), statusWord(live.status.server)]);
      if (m) rows.push([t('Requests in flight'), String(m.inFlight)], [t('Failing now (waiting too long)'), String(m.failingNow)]);
      break;
    case 'nginx':
      gauge('nginx', t('Busy connections'));
      break;
    case 'app-server':
      gauge('app-server', t('Busy workers'));
      break;
    case 'mysql':
      gauge('mysql', t('Busy connections'));
      break;
    case 'app-files':
      rows.push([t('Read by'), t('Nginx (static files) and the application server (code)')]);
      break;
  }
  return { now, rows };
}
