/**
 * Content of the fixes area shown through `localize` or `tx`: the fix cards, the three issues, the deploy
 * choices, the scenes and the QPS note. Only what is shown is listed: ids, figures and status lines
 * (`ERR_CONNECTION_REFUSED`, `systemctl restart nginx`) stay as they are and have no entry.
 */
import { FIX_LIST } from '../../content/fixes';
import { DEPLOY_METHODS, FAILURE_EXPLANATIONS } from '../../content/failures';
import { QPS_NOTE } from '../../content/qps';
import { SCENES } from '../../content/scenes';

const fixCards = FIX_LIST.map(({ title, points, role, goodToKnow, misconceptions, newWeakness, keyFacts }) => ({
  title,
  points,
  role,
  goodToKnow,
  misconceptions,
  newWeakness,
  keyFacts,
}));
const deployMethods = Object.values(DEPLOY_METHODS).map(({ label, explanation }) => ({ label, explanation }));

export const LOCALIZED: readonly unknown[] = [
  fixCards,
  FAILURE_EXPLANATIONS,
  deployMethods,
  DEPLOY_METHODS['nginx-reload'].symptom,
  SCENES,
  QPS_NOTE.text,
];
