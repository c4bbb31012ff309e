/**
 * Figures several fixes share, each from its source: HAProxy's health-check defaults and the VRRP timers
 * keepalived uses. Derived values say how they are worked out.
 */
import { SOURCES as S } from '../sources';
import type { FixFigure } from './types';

/** HAProxy `inter`: one health check every 2000 ms unless set. */
export const CHECK_INTERVAL: FixFigure = { value: 2, unit: 's', source: S.haproxyConfig };
/** HAProxy `fall`: 3 failed checks in a row mark a server down. */
export const CHECK_FALL: FixFigure = { value: 3, unit: 'checks', source: S.haproxyConfig };
/** HAProxy `rise`: 2 passed checks in a row mark a server up again. */
export const CHECK_RISE: FixFigure = { value: 2, unit: 'checks', source: S.haproxyConfig };

/** Time for a dead server to leave the pool, at the defaults. */
export const DETECTION_TIME: FixFigure = {
  value: CHECK_INTERVAL.value * CHECK_FALL.value,
  unit: 's',
  source: S.haproxyConfig,
  derived: 'inter × fall: three failed checks, 2 s apart (each check may also wait for its timeout)',
};

/** Time for a repaired or re-added server to get traffic again, at the defaults. */
export const RECOVERY_TIME: FixFigure = {
  value: CHECK_INTERVAL.value * CHECK_RISE.value,
  unit: 's',
  source: S.haproxyConfig,
  derived: 'inter × rise: two passed checks, 2 s apart',
};

/** VRRP Advertisement_Interval: the active machine says "I am alive" once a second by default. */
export const ADVERT_INTERVAL: FixFigure = { value: 1, unit: 's', source: S.rfc5798 };
/** VRRP's default priority for a backup. */
export const BACKUP_PRIORITY: FixFigure = { value: 100, unit: 'priority (1–254)', source: S.rfc5798 };

/** Skew_Time = ((256 − priority) × Advertisement_Interval) / 256: a higher-priority backup waits less. */
export function skewTime(priority: number, advertIntervalS: number): number {
  return ((256 - priority) * advertIntervalS) / 256;
}

/** Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time: how long a backup waits before taking over. */
export function masterDownInterval(priority: number, advertIntervalS: number): number {
  return 3 * advertIntervalS + skewTime(priority, advertIntervalS);
}

export const SKEW_TIME: FixFigure = {
  value: skewTime(BACKUP_PRIORITY.value, ADVERT_INTERVAL.value),
  unit: 's',
  source: S.rfc5798,
  derived: '(256 − 100) × 1 s / 256',
};

export const MASTER_DOWN_INTERVAL: FixFigure = {
  value: masterDownInterval(BACKUP_PRIORITY.value, ADVERT_INTERVAL.value),
  unit: 's',
  source: S.rfc5798,
  derived: '3 × 1 s + 0.61 s: three missed advertisements plus the skew time',
};

/** MySQL's default max_connections, per MySQL server. */
export const MYSQL_MAX_CONNECTIONS: FixFigure = { value: 151, unit: 'connections', source: S.mysqlTooManyConnections };
/** MySQL's classic protocol port. */
export const MYSQL_PORT: FixFigure = { value: 3306, unit: 'TCP port', source: S.mysqlPorts };
