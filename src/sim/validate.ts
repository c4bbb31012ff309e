/** Checks of configuration and inputs: a bad value throws `ConfigError` naming the field. */
import { DEFAULT_CONFIG } from './defaults';
import type { SimInput } from './simulation.types';
import { MODEL_FIXES, MAX_SERVERS, type ModelFix } from './stackIds';
import { FAILURE_KINDS, type SimConfig } from './types';

/** A configuration value or input the model cannot run with. `field` names it. */
export class ConfigError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'ConfigError';
    this.field = field;
  }
}

type Rule = 'int>0' | 'int>=0' | 'int' | '>0' | '>=0' | 'fraction';
/** The fields that are not numbers, checked on their own. */
type TopologyKey = 'fixes' | 'balance';
const TOPOLOGY_KEYS: readonly TopologyKey[] = ['fixes', 'balance'];
const BALANCES: readonly SimConfig['balance'][] = ['roundrobin', 'leastconn'];

const RULES: Record<Exclude<keyof SimConfig, TopologyKey>, Rule> = {
  seed: 'int',
  rttMs: '>=0',
  resolverRttMs: '>=0',
  rootMs: '>=0',
  tldMs: '>=0',
  authoritativeMs: '>=0',
  browserDnsCacheS: '>=0',
  recordTtlS: '>=0',
  referralTtlS: '>=0',
  tlsCpuMs: '>=0',
  nginxStaticMs: '>=0',
  loopbackMs: '>=0',
  nginxConnections: 'int>0',
  appWorkers: 'int>0',
  appServiceMs: '>0',
  appCpuShare: 'fraction',
  cpuCores: 'int>0',
  appBacklog: 'int>=0',
  queriesPerRequest: 'int>=0',
  queryMs: '>=0',
  mysqlMaxConnections: 'int>0',
  proxyReadTimeoutS: '>0',
  proxyConnectTimeoutS: '>0',
  connectTimeoutS: '>0',
  staticFraction: 'fraction',
  browsers: 'int>0',
  responseKb: '>=0',
  windowS: '>0',
  servers: 'int>0',
  lanRttMs: '>=0',
  writeFraction: 'fraction',
};

const RULE_TEXT: Record<Rule, string> = {
  'int>0': 'a positive integer',
  'int>=0': 'a non-negative integer',
  int: 'an integer',
  '>0': 'a positive finite number',
  '>=0': 'a non-negative finite number',
  fraction: 'a number from 0 to 1',
};

function passes(rule: Rule, v: number): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  switch (rule) {
    case 'int>0':
      return Number.isInteger(v) && v > 0;
    case 'int>=0':
      return Number.isInteger(v) && v >= 0;
    case 'int':
      return Number.isInteger(v);
    case '>0':
      return v > 0;
    case '>=0':
      return v >= 0;
    case 'fraction':
      return v >= 0 && v <= 1;
  }
}

function describe(v: unknown): string {
  return typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v);
}

/** Merges `partial` over the defaults, checks every field and completes the topology (see `normaliseTopology`). */
export function resolveConfig(partial: Partial<SimConfig> = {}): SimConfig {
  if (partial === null || typeof partial !== 'object') throw new ConfigError('config', 'config must be an object');
  for (const key of Object.keys(partial)) {
    if (!(key in RULES) && !(TOPOLOGY_KEYS as readonly string[]).includes(key)) throw new ConfigError(key, `${key} is not a configuration field`);
  }
  const config = { ...DEFAULT_CONFIG, ...partial } as SimConfig;
  for (const key of Object.keys(RULES) as (keyof typeof RULES)[]) {
    const rule = RULES[key];
    const v = config[key];
    if (!passes(rule, v)) throw new ConfigError(key, `${key} must be ${RULE_TEXT[rule]}, got ${describe(v)}`);
  }
  if (config.servers > MAX_SERVERS) throw new ConfigError('servers', `servers must be from 1 to ${MAX_SERVERS}, got ${config.servers}`);
  if (!BALANCES.includes(config.balance)) throw new ConfigError('balance', `balance must be roundrobin or leastconn, got ${describe(config.balance)}`);
  if (!Array.isArray(config.fixes) || config.fixes.some((f) => !MODEL_FIXES.includes(f))) {
    throw new ConfigError('fixes', `fixes must be a list of ${MODEL_FIXES.join(', ')}, got ${describe(config.fixes)}`);
  }
  return normaliseTopology(config);
}

/**
 * The topology a config means, made explicit: `lb-pair` and `rolling` need a balancer, so they bring
 * `lb`; several servers need one too; and `lb` alone means the two servers of the fix. Fixes are listed
 * once each, in `MODEL_FIXES` order. The one-server stack (no fixes, one server) is left as it is.
 */
export function normaliseTopology(config: SimConfig): SimConfig {
  const wanted = new Set<ModelFix>(config.fixes);
  if (wanted.has('lb-pair') || wanted.has('rolling') || config.servers > 1) wanted.add('lb');
  const fixes = Object.freeze(MODEL_FIXES.filter((f) => wanted.has(f)));
  const servers = wanted.has('lb') ? Math.max(2, config.servers) : config.servers;
  if (fixes.length === config.fixes.length && fixes.every((f, i) => f === config.fixes[i]) && servers === config.servers) return config;
  return { ...config, fixes, servers };
}

/** Checks one input against the model's clock and configuration. */
export function validateInput(input: SimInput, now: number, config: SimConfig): void {
  if (input === null || typeof input !== 'object') throw new ConfigError('input', 'input must be an object');
  const t = input.t;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) {
    throw new ConfigError('t', `t must be a non-negative finite number, got ${describe(t)}`);
  }
  if (t < now) throw new ConfigError('t', `t must not be before now (${now}), got ${t}`);
  switch (input.type) {
    case 'rate':
      if (!passes('>=0', input.rps)) throw new ConfigError('rps', `rps must be ${RULE_TEXT['>=0']}, got ${describe(input.rps)}`);
      return;
    case 'failure-start':
    case 'failure-end':
      if (!FAILURE_KINDS.includes(input.kind)) throw new ConfigError('kind', `kind must be one of ${FAILURE_KINDS.join(', ')}, got ${describe(input.kind)}`);
      if (input.type === 'failure-start' && input.factor !== undefined && !(passes('>0', input.factor) && input.factor >= 1)) {
        throw new ConfigError('factor', `factor must be a finite number ≥ 1, got ${describe(input.factor)}`);
      }
      if (input.server !== undefined && !(Number.isInteger(input.server) && input.server >= 1 && input.server <= config.servers)) {
        throw new ConfigError('server', `server must be an integer from 1 to ${config.servers}, got ${describe(input.server)}`);
      }
      return;
    case 'deploy':
      return;
    case 'request': {
      const b = input.browserId ?? 0;
      if (!Number.isInteger(b) || b < 0 || b >= config.browsers) {
        throw new ConfigError('browserId', `browserId must be an integer from 0 to ${config.browsers - 1}, got ${describe(b)}`);
      }
      if (input.path !== undefined && (typeof input.path !== 'string' || !input.path.startsWith('/'))) {
        throw new ConfigError('path', `path must start with "/", got ${describe(input.path)}`);
      }
      if (input.dynamic !== undefined && typeof input.dynamic !== 'boolean') {
        throw new ConfigError('dynamic', `dynamic must be a boolean, got ${describe(input.dynamic)}`);
      }
      return;
    }
    default:
      throw new ConfigError('type', `type must be rate, failure-start, failure-end, deploy or request, got ${describe((input as { type: unknown }).type)}`);
  }
}
