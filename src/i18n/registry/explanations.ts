/** Content and model text of the explanations area that is shown through `localize` or `tx`: the parity test walks it. */
import { EXPLANATIONS, TOPICS } from '../../content/explanations';
import { DESIGN_PART_EXPLANATIONS } from '../../content/explanations/designParts';

// A design part's card reuses its fix cards' text (the fixes area registers that); only its title and
// the "What it brings" line are written here.
const { 'load-balancer': balancer, replica } = DESIGN_PART_EXPLANATIONS;
const { 'load-balancer': _balancer, replica: _replica, ...topics } = TOPICS;

export const LOCALIZED: readonly unknown[] = [
  EXPLANATIONS,
  topics,
  [balancer.title, balancer.goodToKnow.at(-1), replica.title, replica.goodToKnow.at(-1)],
];
