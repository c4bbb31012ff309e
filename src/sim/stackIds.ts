/**
 * Ids of the parts of any topology the model runs: the one-server stack's ids (`nginx`, `mysql`, …),
 * and for the fixed designs the balancers (`lb`, `lb-2`), the numbered servers and their parts
 * (`server-1`, `nginx-1`, `app-server-1`, `app-files-1`, …), the replica and the database machines.
 * A server's parts are the one-server parts numbered with the server (`nginx` on server 2 is `nginx-2`),
 * so one encoding (a base id plus a server number, 0 for the one-server stack) names them all.
 */
import { COMPONENT_IDS, LINK_IDS, type ComponentId, type LinkId } from './topology';

import { MAX_SERVERS, MODEL_FIXES, type ModelFix } from './fixIds';

export { MAX_SERVERS, MODEL_FIXES, type ModelFix };

/** Parts every server has, numbered with it. */
export const PER_SERVER = ['server', 'nginx', 'app-server', 'app-files'] as const;
type PerServer = (typeof PER_SERVER)[number];
type ServerNumber = 1 | 2 | 3 | 4;

/** Parts only the fixed designs have. */
export const EXTRA_COMPONENT_IDS = ['lb', 'lb-2', 'mysql-replica', 'db-server', 'replica-server'] as const;
export const EXTRA_LINK_IDS = ['browser-lb', 'lb-nginx', 'app-server-mysql-replica'] as const;

/** What the model's events may name: every component of every topology. */
export type StackComponentId = ComponentId | (typeof EXTRA_COMPONENT_IDS)[number] | `${PerServer}-${ServerNumber}`;
/** Links are named `<source>-<target>`, numbered the same way (`lb-nginx-2`, `app-server-2-mysql`). */
export type StackLinkId = LinkId | (typeof EXTRA_LINK_IDS)[number] | `${string}-${ServerNumber}` | `app-server-${ServerNumber}-mysql${'' | '-replica'}`;

/** Base ids the event store encodes in 4 bits each (a server number goes beside them). */
export const BASE_COMPONENTS: readonly (ComponentId | (typeof EXTRA_COMPONENT_IDS)[number])[] = [...COMPONENT_IDS, ...EXTRA_COMPONENT_IDS];
export const BASE_LINKS: readonly (LinkId | (typeof EXTRA_LINK_IDS)[number])[] = [...LINK_IDS, ...EXTRA_LINK_IDS];
export type BaseComponentId = (typeof BASE_COMPONENTS)[number];
export type BaseLinkId = (typeof BASE_LINKS)[number];

const BASE_LINK_ENDS: Readonly<Record<BaseLinkId, readonly [BaseComponentId, BaseComponentId]>> = {
  'browser-resolver': ['browser', 'resolver'],
  'resolver-root': ['resolver', 'root'],
  'resolver-tld': ['resolver', 'tld'],
  'resolver-authoritative': ['resolver', 'authoritative'],
  'browser-nginx': ['browser', 'nginx'],
  'nginx-app-files': ['nginx', 'app-files'],
  'nginx-app-server': ['nginx', 'app-server'],
  'app-server-app-files': ['app-server', 'app-files'],
  'app-server-mysql': ['app-server', 'mysql'],
  'browser-lb': ['browser', 'lb'],
  'lb-nginx': ['lb', 'nginx'],
  'app-server-mysql-replica': ['app-server', 'mysql-replica'],
};

const isPerServer = (id: string): id is PerServer => (PER_SERVER as readonly string[]).includes(id);

/** `id` on server `server` (1–4); 0 is the one-server stack, whose ids carry no number. */
export function numbered(id: BaseComponentId, server: number): StackComponentId {
  return server > 0 && isPerServer(id) ? (`${id}-${server}` as StackComponentId) : id;
}

/** The link `id` with its server-side ends numbered for `server`. */
export function numberedLink(id: BaseLinkId, server: number): StackLinkId {
  if (server === 0) return id;
  const [a, b] = BASE_LINK_ENDS[id];
  return `${numbered(a, server)}-${numbered(b, server)}` as StackLinkId;
}

/** The ids of server `n`'s parts (1-based). */
export function serverPartIds(n: number): { server: StackComponentId; nginx: StackComponentId; app: StackComponentId; files: StackComponentId } {
  return { server: numbered('server', n), nginx: numbered('nginx', n), app: numbered('app-server', n), files: numbered('app-files', n) };
}
