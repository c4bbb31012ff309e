/**
 * A design sent from outside the address bar (an embed command, an element's attributes), read by the
 * very parser that reads `?fixes=` and `?servers=`, so the two can never disagree about what is valid.
 */
import type { ModelFix } from '../sim/fixIds';
import { parseUrlState } from './parse';

/** The design, or why it was refused. */
export type DesignInput = { ok: true; fixes: ModelFix[]; servers: number | null } | { ok: false; reason: string };

// A URL notice ends with what the URL does instead ("; ignored.", "; using 4."); a refusal does neither.
const withoutFallback = (notice: string) => notice.slice(0, notice.lastIndexOf(';')).trimEnd();

/**
 * `fixes` as `?fixes=` holds it (`lb,replica`, `none`, empty) and `servers` as `?servers=` (null: absent).
 * Anything the URL would only take with a notice (an unknown fix, a server count out of range or not
 * whole) is refused whole, with the notice as the reason: an outside request changes all or nothing.
 */
export function readDesign(fixes: string, servers: string | null): DesignInput {
  const query = new URLSearchParams({ fixes });
  if (servers !== null) query.set('servers', servers);
  const { state, notices } = parseUrlState(query.toString());
  if (notices.length > 0) return { ok: false, reason: notices.map(withoutFallback).join('; ') };
  return { ok: true, fixes: state.fixes, servers: state.servers };
}
