/**
 * Where each part of a fixed design sits (issue 15), in absolute flow coordinates, and how each link
 * runs. Browser, DNS and the balancers stand in a column on the left (on a phone, above); the servers
 * side by side (on a phone, one under another); the databases under them. A link never crosses a box
 * it does not join: it runs in the lanes between boxes, its own gutter inside a server.
 *
 * Sizes follow the one-server diagram's type (names 16 px, other text 14 px): fitted into about
 * 880×460 (wide, under the design bar at 1280×800) or 800×400 (compact), it is drawn at 0.875× or
 * more, so names stay 14 px or more on screen. Compact hides the lines of detail.
 */
import { NARROW_BREAKPOINT, type Box, type Orientation } from '../layout';
import type { Design } from '../../playback/snapshot';
import type { Point } from '../geometry';

export type PartKind = 'browser' | 'dns' | 'balancer' | 'machine' | 'nginx' | 'app-server' | 'app-files' | 'mysql';

export interface PartBox extends Box {
  id: string;
  kind: PartKind;
  /** The machine that holds it, for a process. */
  parent?: string;
  /** A machine whose name sits beside what it runs: where the name starts, from its left edge. */
  footBeside?: number;
}

export interface FixedLayout {
  /** Parents before their children, so React Flow draws them underneath. */
  boxes: PartBox[];
  /** Each link's polyline, from its source's edge to its target's. */
  routes: Record<string, Point[]>;
  width: number;
  height: number;
}

interface Sizes {
  width: number;
  column: number;
  nginx: number;
  app: number;
  files: number;
  /** A machine's name, status and address, at its foot. */
  foot: number;
  /** Width of MySQL's box when its machine's name sits beside it rather than under it (0: under). */
  dbBeside: number;
  gap: number;
  pad: number;
  /** Between rows of boxes, where the lanes run. */
  rowGap: number;
  browser: number;
  dns: number;
  balancer: number;
}

const FULL: Sizes = { width: 990, column: 190, nginx: 70, app: 92, files: 50, foot: 40, dbBeside: 0, gap: 12, pad: 10, rowGap: 36, browser: 96, dns: 80, balancer: 80 };
const COMPACT: Sizes = { width: 888, column: 166, nginx: 54, app: 76, files: 50, foot: 40, dbBeside: 170, gap: 8, pad: 6, rowGap: 24, browser: 84, dns: 56, balancer: 56 };
const NARROW: Sizes = { ...FULL, width: 390, column: 350 };

/** Room, in flow units, for a server's two links down its left side (to MySQL, to the replica). */
const GUTTER = 18;
/** Spacing between two lanes running side by side. */
const LANE = 6;
/** Distance between the left column (or the balancers' row) and the servers: the balancer's trunk runs in it. */
const TRUNK_GAP = 30;
const SERVER_GAP = 14;

const serverHeight = (s: Sizes) => s.pad + s.nginx + s.gap + s.app + s.gap + s.files + 6 + s.foot;
const dbHeight = (s: Sizes) => s.pad + s.nginx + (s.dbBeside ? s.pad : 6 + s.foot);

const centreX = (b: Box) => b.x + b.width / 2;
const centreY = (b: Box) => b.y + b.height / 2;

/** The servers' parts inside a machine box: Nginx, then the application server, then its files. */
function serverParts(n: number, m: Box, s: Sizes): PartBox[] {
  const x = m.x + GUTTER;
  const width = m.width - GUTTER - 10;
  const parent = `server-${n}`;
  const nginx = { id: `nginx-${n}`, kind: 'nginx' as const, parent, x, y: m.y + s.pad, width, height: s.nginx };
  const app = { id: `app-server-${n}`, kind: 'app-server' as const, parent, x, y: nginx.y + s.nginx + s.gap, width, height: s.app };
  const files = { id: `app-files-${n}`, kind: 'app-files' as const, parent, x, y: app.y + s.app + s.gap, width, height: s.files };
  return [nginx, app, files];
}

/** Every box and route of `design` in `orientation`. */
export function fixedLayout(design: Pick<Design, 'servers' | 'pair' | 'replica'>, orientation: Orientation): FixedLayout {
  const s = orientation === 'compact' ? COMPACT : orientation === 'narrow' ? NARROW : FULL;
  const narrow = orientation === 'narrow';
  const boxes: PartBox[] = [];
  const add = (b: PartBox) => (boxes.push(b), b);
  const n = design.servers;

  // The left column (a phone: the top rows): DNS, the browser under it, the balancer(s) under that.
  const colX = narrow ? 20 : 0;
  const colW = narrow ? s.width - 40 : s.column;
  const dns = add({ id: 'dns', kind: 'dns', x: colX, y: 0, width: colW, height: s.dns });
  const browser = add({ id: 'browser', kind: 'browser', x: colX, y: dns.y + s.dns + s.rowGap, width: colW, height: s.browser });
  const lbY = browser.y + s.browser + s.rowGap;
  const lbW = narrow && design.pair ? (colW - 16) / 2 : colW;
  const lb = add({ id: 'lb', kind: 'balancer', x: colX, y: lbY, width: lbW, height: s.balancer });
  if (design.pair) add({ id: 'lb-2', kind: 'balancer', ...(narrow ? { x: colX + lbW + 16, y: lbY } : { x: colX, y: lbY + s.balancer + 16 }), width: lbW, height: s.balancer });

  // The servers: a row beside the column, or on a phone a column under the balancers.
  const trunkX = narrow ? 8 : s.column + TRUNK_GAP / 2;
  const serversX = narrow ? 20 : s.column + TRUNK_GAP;
  const rowY0 = narrow ? lb.y + s.balancer + s.rowGap : 16;
  const sh = serverHeight(s);
  const sw = narrow ? s.column : (s.width - serversX - SERVER_GAP * (n - 1)) / n;
  const machines: Box[] = [];
  for (let k = 1; k <= n; k++) {
    const m = narrow
      ? { x: serversX, y: rowY0 + (k - 1) * (sh + s.rowGap), width: sw, height: sh }
      : { x: serversX + (k - 1) * (sw + SERVER_GAP), y: rowY0, width: sw, height: sh };
    machines.push(add({ id: `server-${k}`, kind: 'machine', ...m }));
    serverParts(k, m, s).forEach(add);
  }
  const serversBottom = Math.max(...machines.map((m) => m.y + m.height));

  // The databases under the servers, side by side.
  const dbY = serversBottom + s.rowGap;
  const dbX = serversX;
  const dbSpan = narrow ? sw : s.width - serversX;
  const dbW = narrow ? sw : design.replica ? (dbSpan - 16) / 2 : Math.min(dbSpan, 360);
  const footBeside = s.dbBeside ? { footBeside: 10 + s.dbBeside + 8 } : {};
  add({ id: 'db-server', kind: 'machine', x: dbX, y: dbY, width: dbW, height: dbHeight(s), ...footBeside });
  const dbInner = s.dbBeside || dbW - 20;
  const mysql = add({ id: 'mysql', kind: 'mysql', parent: 'db-server', x: dbX + 10, y: dbY + s.pad, width: dbInner, height: s.nginx });
  let replica: PartBox | null = null;
  if (design.replica) {
    // On a phone the replica goes under the primary: side by side, their names would not fit.
    const [rx, ry] = narrow ? [dbX, dbY + dbHeight(s) + s.rowGap] : [dbX + dbW + 16, dbY];
    add({ id: 'replica-server', kind: 'machine', x: rx, y: ry, width: dbW, height: dbHeight(s), ...footBeside });
    replica = add({ id: 'mysql-replica', kind: 'mysql', parent: 'replica-server', x: rx + 10, y: ry + s.pad, width: dbInner, height: s.nginx });
  }

  const routes: Record<string, Point[]> = {};
  // The resolver's own hops (to the root, the TLD and the authoritative servers) are not drawn: DNS is
  // one box here, and its inside is the one-server diagram's to show.
  routes['browser-resolver'] = [{ x: centreX(browser), y: browser.y }, { x: centreX(browser), y: dns.y + dns.height }];
  routes['browser-lb'] = [{ x: centreX(lb), y: browser.y + browser.height }, { x: centreX(lb), y: lb.y }];
  const lbOut = narrow ? { x: lb.x, y: centreY(lb) } : { x: lb.x + lb.width, y: centreY(lb) };
  for (let k = 1; k <= n; k++) {
    const m = machines[k - 1]!;
    const [nginx, app, files] = serverParts(k, m, s) as [PartBox, PartBox, PartBox];
    const laneY = m.y - 10;
    const inX = centreX(nginx);
    routes[`lb-nginx-${k}`] = [lbOut, { x: trunkX, y: lbOut.y }, { x: trunkX, y: laneY }, { x: inX, y: laneY }, { x: inX, y: nginx.y }];
    routes[`nginx-${k}-app-server-${k}`] = [{ x: inX, y: nginx.y + nginx.height }, { x: inX, y: app.y }];
    const filesX = nginx.x + nginx.width * 0.75;
    routes[`app-server-${k}-app-files-${k}`] = [{ x: filesX, y: app.y + app.height }, { x: filesX, y: files.y }];
    const rightX = m.x + m.width - 5;
    routes[`nginx-${k}-app-files-${k}`] = [
      { x: nginx.x + nginx.width, y: centreY(nginx) },
      { x: rightX, y: centreY(nginx) },
      { x: rightX, y: centreY(files) },
      { x: files.x + files.width, y: centreY(files) },
    ];
    const toDb = (db: PartBox, offset: number, under: boolean): Point[] => {
      const gutterX = m.x + 5 + offset;
      const below = m.y + m.height + 8 + offset;
      const last = !narrow || (k === n && !under);
      // On a phone the servers below are in the way: round them on the right, in the trunk there.
      const dropX = last ? db.x + db.width / 2 - 20 + offset * 6 + (k - 1) * 2 * LANE : s.width - 10 + offset;
      const path = [
        { x: app.x, y: centreY(app) + offset },
        { x: gutterX, y: centreY(app) + offset },
        { x: gutterX, y: below },
        { x: dropX, y: below },
      ];
      const laneY = db.y - s.pad - 12 - offset;
      if (!last) path.push({ x: dropX, y: laneY }, { x: centreX(db) + offset, y: laneY }, { x: centreX(db) + offset, y: db.y });
      else path.push({ x: dropX, y: db.y });
      return path;
    };
    routes[`app-server-${k}-mysql`] = toDb(mysql, 0, false);
    if (replica) routes[`app-server-${k}-mysql-replica`] = toDb(replica, LANE, narrow);
  }

  const width = Math.max(...boxes.map((b) => b.x + b.width));
  const height = Math.max(...boxes.map((b) => b.y + b.height));
  return { boxes, routes, width: narrow ? s.width : width, height };
}

/** The link ids the model's hops use on `design` that the diagram draws. */
export function drawnLinks(design: Pick<Design, 'servers' | 'replica'>): string[] {
  const ids = ['browser-resolver', 'browser-lb'];
  for (let k = 1; k <= design.servers; k++) {
    ids.push(`lb-nginx-${k}`, `nginx-${k}-app-server-${k}`, `nginx-${k}-app-files-${k}`, `app-server-${k}-app-files-${k}`, `app-server-${k}-mysql`);
    if (design.replica) ids.push(`app-server-${k}-mysql-replica`);
  }
  return ids;
}

/** Flow units the fit leaves around the diagram (FixedDiagram's padding), as layout.ts counts them. */
const FIT_MARGIN = { x: 8, y: 36 };

/** The zoom a box of this size draws `layout` at when fitted. */
export function fittedZoom(layout: FixedLayout, width: number, height: number): number {
  return Math.min((width - FIT_MARGIN.x) / layout.width, (height - FIT_MARGIN.y) / layout.height);
}

/** Zoom below which names (16 px in flow units) would drop under 14 px on screen. */
export const MIN_ZOOM_FOR_NAMES = 0.875;

/** The arrangement that fills a box of this size best, as `orientationFor` does for the one server. */
export function fixedOrientationFor(design: Pick<Design, 'servers' | 'pair' | 'replica'>, width: number, height: number): Orientation {
  if (width < NARROW_BREAKPOINT) return 'narrow';
  return height > 0 && fittedZoom(fixedLayout(design, 'wide'), width, height) < MIN_ZOOM_FOR_NAMES ? 'compact' : 'wide';
}
