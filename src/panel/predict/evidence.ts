/**
 * What the model showed after the learner acted, in one line, so the answer is revealed against it.
 * Pure: reads a store snapshot; `null` while there is nothing to show yet.
 */
import { DEPLOY_METHODS } from '../../content/failures';
import type { BreakSceneId } from '../../content/sceneIds';
import type { UiState } from '../../store/ui';
import { MODEL_CAPACITY } from '../failures/capacity';
import { currentLang, t, tx } from '../../i18n/t';

/** Simulated seconds of traffic past capacity before the ceiling reads on the chart. */
export const SCALE_WATCH_S = 10;

export type EvidenceInput = Pick<UiState, 'spof' | 'deploys' | 'rps' | 'live'>;

/** The moment the learner committed, and (scale) the moment traffic first went past capacity. */
export interface Watch {
  since: number;
  overCapacitySince: number | null;
}

function spofEvidence(s: EvidenceInput): string | null {
  if (!s.spof) return null;
  const tabs = [s.live.tab, ...s.live.users];
  const failed = tabs.find((t) => t.state === 'done' && t.outcome !== 'ok');
  if (failed?.state === 'done') return t('With the server down, a browser here showed {symptom}.', { symptom: failed.symptom });
  const waiting = tabs.find((t) => t.state === 'failing');
  if (waiting?.state === 'failing') return t('With the server down, the browsers here wait with a spinner: {n} s and no answer.', { n: Math.floor(waiting.seconds) });
  return null;
}

/** A deploy method's label inside a sentence: all lower case in English; French lowers only its first letter (« redémarrer Nginx »). */
function labelInSentence(label: string): string {
  const text = tx(label);
  return currentLang() === 'fr' ? text.charAt(0).toLowerCase() + text.slice(1) : text.toLowerCase();
}

function deployEvidence(s: EvidenceInput, watch: Watch): string | null {
  const done = s.deploys.filter((d) => d.start >= watch.since && s.live.simTime >= d.end);
  const last = done[done.length - 1];
  if (!last) return null;
  const info = DEPLOY_METHODS[last.method];
  const method = labelInSentence(info.label);
  return info.outcome
    ? t('Your deploy ({method}): requests in the shaded window got {symptom}.', { method, symptom: info.symptom })
    : t('Your deploy ({method}): no request failed.', { method });
}

function scaleEvidence(s: EvidenceInput, watch: Watch): string | null {
  if (watch.overCapacitySince === null || s.live.simTime - watch.overCapacitySince < SCALE_WATCH_S) return null;
  const served = s.live.metrics?.throughput ?? 0;
  return t('With {rps} req/s arriving, the server served about {served} req/s: its ceiling is about {ceiling}.', { rps: s.rps, served: Math.round(served), ceiling: Math.round(MODEL_CAPACITY.siteRps) });
}

/** What the scene has shown since the learner committed, or null while it has not played yet. */
export function sceneEvidence(scene: BreakSceneId, s: EvidenceInput, watch: Watch): string | null {
  if (scene === 'spof') return spofEvidence(s);
  if (scene === 'deploy') return deployEvidence(s, watch);
  return scaleEvidence(s, watch);
}

/** True when traffic is past what the server can serve. */
export const overCapacity = (rps: number) => rps > MODEL_CAPACITY.siteRps;
