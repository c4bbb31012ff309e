/** The model's public surface: topology, types, the contract, `createSimulation` and its helpers. */
export * from './topology';
export * from './types';
export type * from './simulation.types';
export { createSimulation, createStackSimulation, type OneServerConfig } from './simulation';
export { MODEL_FIXES, MAX_SERVERS, type ModelFix, type StackComponentId, type StackLinkId } from './stackIds';
export * from './defaults';
export { ConfigError } from './validate';
export { percentile } from './metrics';
export * from './failingNow';
export * from './queueing';
export * from './capacity';
export { compare, figuresOf, runScript, scriptEndS, scriptModel, FAILURE_SCRIPTS, type Comparison, type DesignFigures, type FailureScript } from './compare';
