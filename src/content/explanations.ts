/**
 * Every explanation the side panel can show: one per component, one per link, plus two topics.
 */
import type { ElementId } from '../sim/topology';
import { DNS_EXPLANATIONS } from './explanations/dns';
import { HOST_EXPLANATIONS } from './explanations/host';
import { LINK_EXPLANATIONS } from './explanations/links';
import { STACK_EXPLANATIONS } from './explanations/stack';
import { TOPIC_EXPLANATIONS } from './explanations/topics';
import type { Explanation, ExplanationId, TopicId } from './types';

/** One explanation per component and link id of the topology. */
export const EXPLANATIONS: Record<ElementId, Explanation> = {
  ...HOST_EXPLANATIONS,
  ...DNS_EXPLANATIONS,
  ...STACK_EXPLANATIONS,
  ...LINK_EXPLANATIONS,
};

/** Explanations with no box on the diagram: `domain` and `dns-record`. */
export const TOPICS: Record<TopicId, Explanation> = TOPIC_EXPLANATIONS;

const byId = new Map<string, Explanation>(
  [...Object.values(EXPLANATIONS), ...Object.values(TOPICS)].map((e) => [e.id, e]),
);

/** The explanation for a component, link or topic id; `undefined` for anything else. */
export function getExplanation(id: string): Explanation | undefined {
  return byId.get(id);
}

/** Every explanation id, diagram elements first, then topics. */
export const EXPLANATION_IDS: readonly ExplanationId[] = [...byId.keys()] as ExplanationId[];
