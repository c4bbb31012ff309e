/**
 * What each part of a fixed design is called on the diagram: its name, one line of detail, the name
 * a screen reader gives it, and the machine it runs on, in the language shown. Pure, so the words are
 * tested on their own.
 */
import { SERVER_IP, SITE_HOST } from '../../sim/topology';
import { DB_SERVER_ADDRESS, REPLICA_SERVER_ADDRESS, serverAddress } from '../../sim/stack';
import { t, tx } from '../../i18n/t';

export interface PartText {
  name: string;
  detail: string;
  accessibleName: string;
  /** The machine whose being down takes this part down with it. */
  machine?: string;
}

/** English, looked up at use; listed for the French in i18n/registry/diagram.ts. */
export const FIXED: Record<string, PartText> = {
  browser: { name: "User's browser", detail: SITE_HOST, accessibleName: "User's web browser" },
  // The balancer now answers at the site's address, so that is what DNS gives out.
  dns: { name: 'DNS', detail: `${SITE_HOST}. A ${SERVER_IP}`, accessibleName: 'DNS, the Domain Name System' },
  lb: { name: 'HAProxy', detail: `round robin · ${SERVER_IP}`, accessibleName: 'HAProxy load balancer' },
  'lb-2': { name: 'HAProxy 2', detail: 'backup (keepalived)', accessibleName: 'Backup HAProxy load balancer' },
  'db-server': { name: 'Database server', detail: DB_SERVER_ADDRESS, accessibleName: `Database server ${DB_SERVER_ADDRESS}` },
  mysql: { name: 'MySQL primary', detail: 'reads and writes · 3306', accessibleName: 'MySQL primary database', machine: 'db-server' },
  'replica-server': { name: 'Replica server', detail: REPLICA_SERVER_ADDRESS, accessibleName: `Replica server ${REPLICA_SERVER_ADDRESS}` },
  'mysql-replica': { name: 'MySQL replica', detail: 'read-only copy · 3306', accessibleName: 'MySQL replica database', machine: 'replica-server' },
};

export const ON_SERVER: Record<string, { name: string; detail: string; spoken: string }> = {
  nginx: { name: 'Nginx', detail: 'web server · port 80', spoken: 'Nginx' },
  'app-server': { name: 'App server', detail: 'runs the code · 8000', spoken: 'Application server' },
  'app-files': { name: 'App files', detail: 'code base + static', spoken: 'Application files' },
};

/** HAProxy's line of detail: how it picks a server, and the site's address it now answers at. */
export const balancerDetail = (balance: 'roundrobin' | 'leastconn'): string =>
  balance === 'leastconn' ? t('least connections · {ip}', { ip: SERVER_IP }) : t('round robin · {ip}', { ip: SERVER_IP });

/** The words for part `id` (`lb`, `server-2`, `nginx-3`, …); null for an id no design has. */
export function partText(id: string): PartText | null {
  if (Object.hasOwn(FIXED, id)) {
    const p = FIXED[id]!;
    return { ...p, name: tx(p.name, 'diagram'), detail: tx(p.detail, 'diagram'), accessibleName: tx(p.accessibleName) };
  }
  const m = /^(server|nginx|app-server|app-files)-([1-4])$/.exec(id);
  if (!m) return null;
  const [, base, k] = m as unknown as [string, string, string];
  const address = serverAddress(Number(k));
  if (base === 'server') return { name: t('Server {k}', { k }), detail: address, accessibleName: t('Server {k}, {address}', { k, address }) };
  const p = ON_SERVER[base]!;
  return { name: tx(p.name, 'diagram'), detail: tx(p.detail, 'diagram'), accessibleName: t('{part} on server {k}', { part: tx(p.spoken), k }), machine: `server-${k}` };
}

/** What a part's load counts, for the parts that have a gauge; `short` for a narrow box. */
export function gaugeNoun(id: string, short = false): string | null {
  if (id === 'mysql' || id === 'mysql-replica' || id.startsWith('nginx-')) return short ? t('conn.') : t('connections');
  if (id.startsWith('app-server-')) return t('workers');
  return null;
}
