/**
 * The model's reasons for a refusal or a timeout, in French for the event table. Each starts with the
 * log line Nginx or MySQL really writes, which stays as it is; the explanation after it is translated.
 * A reason not listed here is shown as the model wrote it.
 */
import { fr, seconds } from './typo';

const N = '(\\d+(?:\\.\\d+)?)';
const REASONS: readonly [RegExp, (...figures: string[]) => string][] = [
  [
    new RegExp(`^worker_connections are not enough: all ${N} Nginx connections .* are in use, so Nginx accepts the connection and closes it at once$`),
    (n) => fr`worker_connections are not enough : les ${n} connexions de Nginx (worker_processes × worker_connections, celles vers l’amont comprises) sont toutes occupées, donc Nginx accepte la connexion et la ferme aussitôt`,
  ],
  [
    new RegExp(`^worker_connections are not enough while connecting to upstream: all ${N} Nginx connections are in use, so Nginx answers 500$`),
    (n) => fr`worker_connections are not enough while connecting to upstream : les ${n} connexions de Nginx sont toutes occupées, donc Nginx répond 500`,
  ],
  [
    new RegExp(`^(upstream timed out \\(110: Connection timed out\\) while connecting to upstream): the application server's accept queue \\(${N}\\) stayed full for proxy_connect_timeout ${N} s$`),
    (log, n, s) => fr`${log} : la file d’attente des connexions du serveur d’applications (${n}) est restée pleine pendant proxy_connect_timeout ${seconds(s!)}`,
  ],
  [
    new RegExp(`^(upstream timed out \\(110: Connection timed out\\) while reading response header from upstream), after proxy_read_timeout ${N} s$`),
    (log, s) => `${log}, après proxy_read_timeout ${seconds(s!)}`,
  ],
  [new RegExp(`^no answer from (\\S+) after ${N} s of retransmissions$`), (ip, s) => `aucune réponse de ${ip} après ${seconds(s!)} de retransmissions`],
  [
    new RegExp(`^no answer from (\\S+) \\(the (load balancer|server) went down\\) for ${N} s$`),
    (ip, who, s) => `aucune réponse de ${ip} pendant ${seconds(s!)} (${who === 'server' ? 'le serveur' : 'le répartiteur de charge'} est tombé en panne)`,
  ],
  [/^HAProxy: no server is available/, () => fr`HAProxy : aucun serveur n’est disponible pour traiter cette requête (tous les serveurs ont été retirés de la rotation)`],
  [
    new RegExp(`^HAProxy could not connect to the server: ${N} attempts, each given timeout connect ${N} s or refused$`),
    (n, s) => fr`HAProxy n’a pas pu se connecter au serveur : ${n} tentatives, chacune limitée par timeout connect ${seconds(s!)} ou refusée`,
  ],
  [new RegExp(`^HAProxy's timeout server \\(${N} s\\) ran out: the server never answered$`), (s) => fr`le timeout server de HAProxy (${seconds(s!)}) a expiré : le serveur n’a jamais répondu`],
  [
    /^MySQL is not running: (connect\(\) is refused) \((Can't connect to MySQL server, 111)\) and the application answers 500$/,
    (_, log) => fr`MySQL ne tourne pas : connect() est refusé (${log}) et l’application répond 500`,
  ],
  [/^(upstream prematurely closed connection): the application server restarted$/, (log) => fr`${log} : le serveur d’applications a redémarré`],
  [/^nothing listens on port 443 while Nginx restarts: the kernel answers RST$/, () => fr`rien n’écoute sur le port 443 pendant que Nginx redémarre : le noyau répond RST`],
  [/^(connect\(\) failed \(111: Connection refused\) while connecting to upstream): the application server is restarting$/, (log) => fr`${log} : le serveur d’applications redémarre`],
];

/** A reason in French when it is one the model gives, else as it is. */
export function frenchReason(reason: string): string {
  for (const [pattern, say] of REASONS) {
    const match = reason.match(pattern);
    if (match) return say(...match.slice(1));
  }
  return reason;
}

/** A reason as a parenthesis (« (file pleine) »), or nothing. */
export function reasonPart(reason: string | undefined): string {
  const text = reason?.trim().replace(/[.]+$/, '');
  return text ? ` (${frenchReason(text)})` : '';
}
