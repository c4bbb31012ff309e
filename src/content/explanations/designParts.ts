/**
 * The parts a fixed design adds to the diagram (issue 15), explained from their fix cards: HAProxy
 * (with its pair when there is one) and the MySQL replica. The other parts are copies of the one
 * server's and share its explanations. The wrong answers stay on the fix cards, where the scenes'
 * questions reach them.
 */
import { BALANCER_FIXES } from '../fixes/balancer';
import { DATABASE_FIXES } from '../fixes/database';
import type { Fix } from '../fixes/types';
import type { Explanation, TopicId } from '../types';

function fromFix(id: TopicId, title: string, ...fixes: Fix[]): Explanation {
  const [main, ...more] = fixes as [Fix, ...Fix[]];
  return {
    id,
    title,
    kind: 'topic',
    points: main.points,
    role: main.role,
    goodToKnow: [...main.goodToKnow, ...more.flatMap((f) => [f.role, ...f.goodToKnow]), `What it brings: ${main.newWeakness}`],
    keyFacts: fixes.flatMap((f) => f.keyFacts),
    sources: [...new Set(fixes.flatMap((f) => f.sources))],
    ...(main.quote ? { quote: main.quote } : {}),
  };
}

export const DESIGN_PART_EXPLANATIONS: Record<'load-balancer' | 'replica', Explanation> = {
  'load-balancer': fromFix('load-balancer', 'HAProxy load balancer', BALANCER_FIXES.lb, BALANCER_FIXES['lb-pair']),
  replica: fromFix('replica', 'MySQL replica', DATABASE_FIXES.replica),
};
