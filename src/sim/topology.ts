/**
 * The one-server web stack as data: every component and link the diagram draws and the model times.
 * Ids are stable: URLs (`?select=nginx`), the embed message API and tests use them.
 */

export const COMPONENT_IDS = [
  'browser',
  'dns',
  'resolver',
  'root',
  'tld',
  'authoritative',
  'server',
  'nginx',
  'app-server',
  'app-files',
  'mysql',
] as const;

export type ComponentId = (typeof COMPONENT_IDS)[number];

export const LINK_IDS = [
  'browser-resolver',
  'resolver-root',
  'resolver-tld',
  'resolver-authoritative',
  'browser-nginx',
  'nginx-app-files',
  'nginx-app-server',
  'app-server-app-files',
  'app-server-mysql',
] as const;

export type LinkId = (typeof LINK_IDS)[number];

/** Anything a learner can select: a component or a link. */
export type ElementId = ComponentId | LinkId;

export interface Component {
  id: ComponentId;
  /** Short visible label. */
  label: string;
  /** What a screen reader announces for the node: says what it is. */
  accessibleName: string;
  /** One line under the label (an address, a port, a role). */
  detail: string;
  /** Group it sits inside on the diagram, if any. */
  parent?: ComponentId;
  /** TCP/UDP ports it listens on, as shown on the diagram. */
  ports?: readonly number[];
}

export interface Link {
  id: LinkId;
  source: ComponentId;
  target: ComponentId;
  /** What travels on it, as printed on the diagram. */
  label: string;
  accessibleName: string;
  protocol: 'UDP' | 'TCP' | 'local';
  port?: number | readonly number[];
}

export const SERVER_IP = '8.8.8.8';
export const SITE_HOST = 'www.foobar.com';

export const COMPONENTS: readonly Component[] = [
  {
    id: 'browser',
    label: "User's browser",
    accessibleName: "User's web browser",
    detail: SITE_HOST,
  },
  { id: 'dns', label: 'DNS', accessibleName: 'DNS, the Domain Name System', detail: `${SITE_HOST}. A ${SERVER_IP}` },
  {
    id: 'resolver',
    label: 'Recursive resolver',
    accessibleName: 'Recursive DNS resolver',
    detail: 'UDP 53, caches answers',
    parent: 'dns',
    ports: [53],
  },
  { id: 'root', label: 'Root server', accessibleName: 'DNS root name server', detail: 'refers to .com', parent: 'dns', ports: [53] },
  { id: 'tld', label: '.com TLD server', accessibleName: '.com top-level domain name server', detail: 'refers to foobar.com', parent: 'dns', ports: [53] },
  {
    id: 'authoritative',
    label: 'Authoritative server',
    accessibleName: 'Authoritative name server for foobar.com',
    detail: `www A ${SERVER_IP}`,
    parent: 'dns',
    ports: [53],
  },
  { id: 'server', label: `Server ${SERVER_IP}`, accessibleName: `Server ${SERVER_IP}`, detail: 'one machine, one IP' },
  {
    id: 'nginx',
    label: 'Nginx',
    accessibleName: 'Nginx web server',
    detail: 'web server · ports 80, 443',
    parent: 'server',
    ports: [80, 443],
  },
  {
    id: 'app-server',
    label: 'Application server',
    accessibleName: 'Application server',
    detail: 'runs the code · port 8000',
    parent: 'server',
    ports: [8000],
  },
  {
    id: 'app-files',
    label: 'Application files',
    accessibleName: 'Application files (code base)',
    detail: 'code base + static files',
    parent: 'server',
  },
  { id: 'mysql', label: 'MySQL', accessibleName: 'MySQL database', detail: 'database · port 3306', parent: 'server', ports: [3306] },
];

export const LINKS: readonly Link[] = [
  {
    id: 'browser-resolver',
    source: 'browser',
    target: 'resolver',
    label: 'DNS query · UDP 53',
    accessibleName: 'Link: browser to recursive resolver, DNS over UDP port 53',
    protocol: 'UDP',
    port: 53,
  },
  {
    id: 'resolver-root',
    source: 'resolver',
    target: 'root',
    label: 'UDP 53',
    accessibleName: 'Link: resolver to root server, DNS over UDP port 53',
    protocol: 'UDP',
    port: 53,
  },
  {
    id: 'resolver-tld',
    source: 'resolver',
    target: 'tld',
    label: 'UDP 53',
    accessibleName: 'Link: resolver to .com TLD server, DNS over UDP port 53',
    protocol: 'UDP',
    port: 53,
  },
  {
    id: 'resolver-authoritative',
    source: 'resolver',
    target: 'authoritative',
    label: 'UDP 53',
    accessibleName: 'Link: resolver to authoritative server, DNS over UDP port 53',
    protocol: 'UDP',
    port: 53,
  },
  {
    id: 'browser-nginx',
    source: 'browser',
    target: 'nginx',
    label: 'HTTP / HTTPS · TCP 80 / 443',
    accessibleName: 'Link: browser to Nginx, HTTP on TCP port 80 or HTTPS on TCP port 443',
    protocol: 'TCP',
    port: [80, 443],
  },
  {
    id: 'nginx-app-files',
    source: 'nginx',
    target: 'app-files',
    label: 'reads static files',
    accessibleName: 'Link: Nginx reads static files from disk',
    protocol: 'local',
  },
  {
    id: 'nginx-app-server',
    source: 'nginx',
    target: 'app-server',
    label: 'proxy_pass 127.0.0.1:8000',
    accessibleName: 'Link: Nginx to application server, proxy_pass to 127.0.0.1 port 8000',
    protocol: 'TCP',
    port: 8000,
  },
  {
    id: 'app-server-app-files',
    source: 'app-server',
    target: 'app-files',
    label: 'loads and runs the code',
    accessibleName: 'Link: application server loads and runs the application files',
    protocol: 'local',
  },
  {
    id: 'app-server-mysql',
    source: 'app-server',
    target: 'mysql',
    label: 'SQL · TCP 3306',
    accessibleName: 'Link: application server to MySQL, SQL over TCP port 3306 on the same host',
    protocol: 'TCP',
    port: 3306,
  },
];

const componentById = new Map(COMPONENTS.map((c) => [c.id, c]));
const linkById = new Map(LINKS.map((l) => [l.id, l]));

export function isComponentId(value: unknown): value is ComponentId {
  return typeof value === 'string' && componentById.has(value as ComponentId);
}

export function isLinkId(value: unknown): value is LinkId {
  return typeof value === 'string' && linkById.has(value as LinkId);
}

export function isElementId(value: unknown): value is ElementId {
  return isComponentId(value) || isLinkId(value);
}

export function getComponent(id: ComponentId): Component {
  return componentById.get(id)!;
}

export function getLink(id: LinkId): Link {
  return linkById.get(id)!;
}

/** The link joining two components, in either direction. */
export function linkBetween(a: ComponentId, b: ComponentId): Link | undefined {
  return LINKS.find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));
}

/** Links touching a component; a group touches the links of its children. */
export function linksOf(id: ComponentId): Link[] {
  const members = new Set<ComponentId>([id, ...COMPONENTS.filter((c) => c.parent === id).map((c) => c.id)]);
  return LINKS.filter((l) => members.has(l.source) || members.has(l.target));
}
