/**
 * HAProxy's figures for the balanced designs, each from its source. The health-check defaults
 * (inter, fall, rise) live with the balancer's pool in `loadBalancer.ts`.
 */

/** `retries`: "The default value is 3" connection attempts after the first (HAProxy configuration manual, retries). */
export const HAPROXY_RETRIES = 3;
/** `timeout connect 5000` in the `defaults` of Debian's and Ubuntu's shipped /etc/haproxy/haproxy.cfg, s. */
export const HAPROXY_TIMEOUT_CONNECT_S = 5;
/** `timeout server 50000` in the same file: how long HAProxy waits for a server's response, s. */
export const HAPROXY_TIMEOUT_SERVER_S = 50;
/** `timeout client 50000` in the same file; with no `timeout http-keep-alive` it also closes idle client connections, s. */
export const HAPROXY_TIMEOUT_CLIENT_S = 50;
/**
 * Before retrying a refused connection HAProxy waits a turn-around time of min(timeout connect, 1 s), "to
 * avoid immediate reconnections to a server which is restarting" (configuration manual, retries).
 */
export const HAPROXY_TURNAROUND_S = Math.min(HAPROXY_TIMEOUT_CONNECT_S, 1);
/** Global `maxconn` when none is set: "By default, the maximum is 2000" (Red Hat, Load Balancer Administration §5.2). */
export const HAPROXY_MAXCONN = 2000;
/** How often the deploy script asks HAProxy whether a drained server still has requests (`show stat`), s. ESTIMATE. */
export const DRAIN_POLL_S = 1;

/** keepalived's `advert_int` default: one VRRP advertisement a second (RFC 5798 Advertisement_Interval, 1 s). */
export const VRRP_ADVERT_INTERVAL_S = 1;
/** A backup's default priority (RFC 5798 §5.2.4: 100). */
export const VRRP_BACKUP_PRIORITY = 100;
/**
 * Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time, Skew_Time = (256 − priority) × interval / 256
 * (RFC 5798 §6.1): 3.61 s for a backup of priority 100. The same figure as the fix's text (content/fixes/figures.ts).
 */
export const VRRP_MASTER_DOWN_INTERVAL_S = 3 * VRRP_ADVERT_INTERVAL_S + ((256 - VRRP_BACKUP_PRIORITY) * VRRP_ADVERT_INTERVAL_S) / 256;
