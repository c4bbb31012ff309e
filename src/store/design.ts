/** The fixed design the learner plays (issue 15), as the views ask for it. */
import { designOf } from '../playback/design';
import type { Design, UiState } from './ui';
import { isElementId, type ElementId } from '../sim/topology';
import type { TopicId } from '../content/types';

type DesignTopic = Extract<TopicId, 'load-balancer' | 'replica'>;

export { designOf };

export const selectDesign = (s: UiState): Design | null => designOf(s.fixes, s.servers, s.balance);

/**
 * What explains a fixed design's part: the one-server element it copies (`nginx-2` → `nginx`, the
 * database's machine → `mysql`), or a topic for the parts only designs have; null for an unknown id.
 */
export function partExplained(id: string): ElementId | DesignTopic | null {
  if (id === 'lb' || id === 'lb-2') return 'load-balancer';
  if (id === 'replica-server' || id === 'mysql-replica') return 'replica';
  if (id === 'db-server') return 'mysql';
  const base = id.replace(/-[1-4]$/, '');
  return isElementId(base) ? base : null;
}
