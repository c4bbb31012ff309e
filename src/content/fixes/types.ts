/**
 * Shapes of the fixes a learner can apply to the one-server stack (issue #15). A fix is explained like a
 * component, and also says which issue it solves, what new weakness it brings, and the figures a model
 * of it needs.
 */
import type { IssueId } from '../failures';
import type { Explanation, Source } from '../types';

/** Every fix, in the order the course meets them. */
export const FIX_IDS = ['lb', 'lb-pair', 'replica', 'rolling', 'scale-up', 'scale-out', 'split-db'] as const;

export type FixId = (typeof FIX_IDS)[number];

/** A number a model of the fix will use, with the page it comes from. */
export interface FixFigure {
  value: number;
  /** Plain unit: 's', 'checks', 'connections'. */
  unit: string;
  source: Source;
  /** Set when the value is worked out from other figures rather than read off the source: how. */
  derived?: string;
}

/** One fix: the card fields of an explanation, plus what it solves, what it costs, and its figures. */
export interface Fix extends Omit<Explanation, 'id' | 'kind' | 'misconceptions'> {
  id: FixId;
  /** The issues of the one-server stack this fix addresses (the keys of FAILURE_EXPLANATIONS). */
  solves: IssueId[];
  /** Wrong answers learners give about this fix; never empty. */
  misconceptions: NonNullable<Explanation['misconceptions']>;
  /** The weakness the fix brings or leaves, in one or two plain sentences. */
  newWeakness: string;
  /** Model parameters, by name. */
  figures: Readonly<Record<string, FixFigure>>;
}
