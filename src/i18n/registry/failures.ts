/** Content and model text of the failures area that is shown through `localize` or `tx`: the parity test walks it. */
import { DEPLOY_SHORT_LABEL, DNS_STILL_ANSWERS, JOURNEY_DEPLOY_NOTE, LITTLE_NOTE, RATE_SWITCHES_MODE } from '../../panel/failures/copy';
import { DESIGN_NAME, LIVE_PLAN, REPLAY_CHART, REPLAY_COPY } from '../../panel/failures/replayCopy';
import { MODEL_ASSUMPTIONS } from '../../sim';

export const LOCALIZED: readonly unknown[] = [
  MODEL_ASSUMPTIONS,
  DNS_STILL_ANSWERS,
  JOURNEY_DEPLOY_NOTE,
  RATE_SWITCHES_MODE,
  DEPLOY_SHORT_LABEL,
  LITTLE_NOTE,
  DESIGN_NAME,
  REPLAY_CHART,
  REPLAY_COPY,
  // Only the sentence: the plan is ids and figures.
  Object.values(LIVE_PLAN).map((p) => p.says),
];
