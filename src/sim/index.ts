/** The model's public surface: topology, types, the contract, `createSimulation` and its helpers. */
export * from './topology';
export * from './types';
export type * from './simulation.types';
export { createSimulation } from './simulation';
export * from './defaults';
export { ConfigError } from './validate';
export { percentile } from './metrics';
export * from './failingNow';
export * from './queueing';
export * from './capacity';
