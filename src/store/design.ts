/** The fixed design the learner plays (issue 15), as the views ask for it. */
import { designOf } from '../playback/design';
import type { Design, UiState } from './ui';
import { isElementId, type ElementId } from '../sim/topology';

export { designOf };

export const selectDesign = (s: UiState): Design | null => designOf(s.fixes, s.servers);

/** The one-server element whose explanation covers a fixed design's part, or null for an unknown id. */
export function partExplained(id: string): ElementId | null {
  const base = id.replace(/-[1-4]$/, '');
  if (isElementId(base)) return base;
  if (id === 'db-server' || id === 'replica-server' || id === 'mysql-replica') return 'mysql';
  return null;
}
