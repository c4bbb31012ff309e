/**
 * The fixes a learner can apply to the one-server stack (issue #15), each explained like a component and
 * carrying what it solves, the weakness it brings and the figures a model of it needs.
 */
import { BALANCER_FIXES } from './fixes/balancer';
import { DATABASE_FIXES } from './fixes/database';
import { SCALING_FIXES } from './fixes/scaling';
import { FIX_IDS, type Fix, type FixId } from './fixes/types';

export { FIX_IDS, type Fix, type FixFigure, type FixId } from './fixes/types';
export { masterDownInterval, skewTime } from './fixes/figures';

/** Every fix by id. */
export const FIXES: Record<FixId, Fix> = { ...BALANCER_FIXES, ...DATABASE_FIXES, ...SCALING_FIXES };

/** The fixes in course order. */
export const FIX_LIST: readonly Fix[] = FIX_IDS.map((id) => FIXES[id]);
