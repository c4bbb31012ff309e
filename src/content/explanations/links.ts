/**
 * The lines on the diagram: what travels on each one, and over which protocol and port.
 */
import { SERVER_IP, SITE_HOST, type LinkId } from '../../sim/topology';
import { SOURCES as S } from '../sources';
import type { Explanation } from '../types';

export const LINK_EXPLANATIONS: Record<LinkId, Explanation> = {
  'browser-resolver': {
    id: 'browser-resolver',
    title: 'Browser to recursive resolver: DNS query',
    kind: 'link',
    points: [
      `Your computer asks the resolver: what is the address of ${SITE_HOST}?`,
      'One small UDP packet each way, on port 53.',
      `The answer is the A record: ${SERVER_IP}.`,
    ],
    role:
      `Before it can connect, your browser (through the operating system) asks the recursive resolver for the address of ${SITE_HOST}. ` +
      `The question and the answer each fit in one small UDP packet on port 53, and the answer is the A record pointing to ${SERVER_IP}.`,
    goodToKnow: [
      'The question is recursive (“find it for me”): the resolver does all the other asking.',
      'If an answer is too big for one UDP message, the resolver marks it truncated and the client asks again over TCP port 53.',
      'A cached answer, in the browser or the operating system, skips this hop entirely.',
    ],
    keyFacts: ['UDP port 53', 'A record', SERVER_IP, 'recursive query'],
    sources: [S.rfc1035, S.cloudflareDns],
  },
  'resolver-root': {
    id: 'resolver-root',
    title: 'Resolver to root server',
    kind: 'link',
    points: [
      'On a cold cache the resolver asks a root server first.',
      'The root replies with a referral to the .com servers, not the answer.',
    ],
    role:
      `If the resolver has nothing cached for your lookup, it asks a root server about ${SITE_HOST}. ` +
      'The root answers with a referral: the names and addresses of the .com servers.',
    goodToKnow: ['The resolver caches this referral for up to two days, so this hop is rare in practice.'],
    keyFacts: ['UDP port 53', 'referral', 'iterative query'],
    sources: [S.cloudflareServerTypes, S.rfc1034],
  },
  'resolver-tld': {
    id: 'resolver-tld',
    title: 'Resolver to .com TLD server',
    kind: 'link',
    points: [
      'The resolver asks a .com server next.',
      'It gets another referral: the NS records of foobar.com’s name servers.',
    ],
    role:
      `With the root’s referral in hand, the resolver asks a .com server the same question about the site you want. ` +
      'It gets back another referral: the NS records of foobar.com’s authoritative name servers.',
    goodToKnow: ['Like the root’s, this referral is cached, so most lookups go straight to the authoritative server.'],
    keyFacts: ['UDP port 53', 'NS records', 'referral'],
    sources: [S.cloudflareServerTypes, S.rfc1034],
  },
  'resolver-authoritative': {
    id: 'resolver-authoritative',
    title: 'Resolver to authoritative server',
    kind: 'link',
    points: [
      'The last DNS hop: foobar.com’s own name server.',
      `This reply is the answer: the A record for ${SERVER_IP}, with its TTL.`,
    ],
    role:
      'Last stop for your browser’s question: the resolver asks foobar.com’s authoritative name server. ' +
      `This time the reply is the answer itself, the A record (${SITE_HOST} → ${SERVER_IP}) with its TTL, which the resolver caches and passes back.`,
    goodToKnow: ['The TTL tells every cache along the way how long it may reuse the answer without asking again.'],
    keyFacts: ['A record', SERVER_IP, 'TTL', 'UDP port 53'],
    sources: [S.rfc1035, S.cloudflareARecord],
  },
  'browser-nginx': {
    id: 'browser-nginx',
    title: 'Browser to Nginx: HTTP and HTTPS',
    kind: 'link',
    points: [
      `The browser opens a TCP connection to ${SERVER_IP}, port 443 (HTTPS) or 80 (HTTP).`,
      'TLS encrypts it; inside, HTTP carries the request and the page.',
      'The layers: HTTP over TLS over TCP over IP, the TCP/IP suite.',
    ],
    role:
      `Now that your browser knows ${SERVER_IP}, it talks to the server across the internet with the TCP/IP protocols. ` +
      `It opens a TCP connection to Nginx on port 443 for HTTPS (HTTP inside TLS encryption) or port 80 for plain HTTP, sends a request such as GET / with the header Host: ${SITE_HOST}, and gets the HTML back on the same connection.`,
    goodToKnow: [
      'The layers: IP carries packets between the two addresses, TCP makes them a reliable connection, TLS encrypts it, and HTTP is the language of the requests and responses inside.',
      'Setting up costs round trips: one for the TCP handshake (SYN, SYN-ACK, ACK) and one for a TLS 1.3 handshake (two for TLS 1.2), before the request even leaves.',
      `In its TLS ClientHello the browser names the site it wants (SNI: ${SITE_HOST}) so the server can present the right certificate.`,
      'The connection is kept open (keep-alive) and reused, so the next requests skip the handshakes.',
      'HTTP/1.1 requires the Host header, which is how one IP address can serve many websites.',
    ],
    misconceptions: [
      {
        myth: 'The server communicates with the user’s computer using HTTP.',
        fact: 'Right, and keep it: HTTP is the language of the requests and pages. The full answer adds what carries it: the TCP/IP suite, with HTTPS (HTTP over TLS) on port 443 or HTTP on 80.',
        verdict: 'incomplete',
      },
    ],
    keyFacts: ['TCP/IP', 'HTTP on port 80', 'HTTPS on port 443', 'TLS 1.3', 'SNI'],
    sources: [S.rfc9110, S.rfc9112, S.rfc8446],
  },
  'nginx-app-files': {
    id: 'nginx-app-files',
    title: 'Nginx to application files: static files',
    kind: 'link',
    points: [
      'Images, CSS and scripts are the same for every visitor: static files.',
      'Nginx reads them from disk and sends them itself; no application code runs.',
    ],
    role:
      'Many things your browser asks for, like images, stylesheets and scripts, are the same for every visitor. ' +
      'Nginx reads those static files straight from disk and sends them back itself, without running any application code, which is very fast.',
    goodToKnow: [
      'A location block such as location /static/ { alias /var/www/foobar/static/; } maps URLs to a folder.',
      'try_files $uri @app serves the file if it exists and otherwise hands the request to the application server.',
      'In NGINX’s own benchmark a single CPU core answered 23,308 HTTPS requests per second for a 10 KB file (about 0.05 ms each, the figure this model uses), far more than an application server can build pages.',
    ],
    keyFacts: ['static files', 'no code runs', 'try_files', 'alias / root'],
    sources: [S.gunicornDeploy, S.nginxBeginners, S.nginxPerformance],
  },
  'nginx-app-server': {
    id: 'nginx-app-server',
    title: 'Nginx to application server: reverse proxy',
    kind: 'link',
    points: [
      'Nginx forwards a dynamic request to the application server on the same machine.',
      'It is a reverse proxy: it waits for the page and passes it back to you.',
      'Nobody listening gives 502 Bad Gateway; no answer in time, 504 Gateway Timeout.',
    ],
    role:
      'When your request needs a page built for you, Nginx acts as a reverse proxy: it forwards the request to the application server on the same machine and waits for the answer. ' +
      'With Gunicorn that is proxy_pass http://127.0.0.1:8000; with PHP-FPM it is fastcgi_pass to 127.0.0.1:9000 or to a Unix socket.',
    goodToKnow: [
      'Loopback (127.0.0.1) never leaves the machine, so this hop costs far less than a millisecond.',
      'Nginx buffers slow clients, so an application worker is busy only while it builds the page; Gunicorn’s documentation strongly recommends running behind such a proxy.',
      'Nginx calls the server it forwards to its upstream.',
      'If nothing listens at that address (the application is stopped or restarting), the connection is refused at once and Nginx returns 502 Bad Gateway.',
      'If the application’s waiting line (its listen backlog) is full, Linux silently drops Nginx’s connection attempt instead; Nginx keeps trying until proxy_connect_timeout (60 seconds by default) and answers 504 Gateway Timeout, so users see slow pages and then 504.',
      'Once connected, Nginx waits at most proxy_read_timeout (60 seconds by default) between two reads of the answer, not for the whole response; if the application falls silent that long, 504 Gateway Timeout.',
      'Each forwarded request holds a second Nginx connection, to the application, and worker_connections counts both.',
    ],
    misconceptions: [
      {
        myth: 'It is a LAMP stack, so the web server is Apache and PHP runs inside it.',
        fact: 'LAMP (Linux, Apache, MySQL, PHP) is the classic pattern, but the task asks for Nginx, which runs no code: it forwards to PHP-FPM over FastCGI. That is LEMP (E for “engine-x”).',
      },
    ],
    keyFacts: ['proxy_pass', '127.0.0.1:8000', 'FastCGI', 'Unix socket', '502 / 504'],
    sources: [S.nginxReverseProxy, S.nginxProxyModule, S.nginxCoreModule, S.linuxListen, S.linuxIpSysctl, S.gunicornDeploy, S.phpFpmConf, S.f5WebVsApp],
  },
  'app-server-app-files': {
    id: 'app-server-app-files',
    title: 'Application server to application files: running the code',
    kind: 'link',
    points: [
      'A worker runs the code base to build your page.',
      'Gunicorn’s workers load the code when they start; PHP picks up changed files by itself.',
    ],
    role:
      'To build the page you asked for, the application server runs the code base stored in the application files. ' +
      'Its workers load the code (usually when they start), run the part that matches the request’s URL, and fill a template with data to produce HTML.',
    goodToKnow: [
      'Gunicorn’s SIGHUP reload starts new workers and gracefully stops the old ones. The new workers load the new code only if the application is not preloaded (preload_app off, the default); with preload_app on, new code needs a full restart.',
      'PHP-FPM’s SIGUSR2 reloads all its workers, but it is not graceful by default: with process_control_timeout = 0, requests still running are cut off and end in 502 Bad Gateway. Setting process_control_timeout lets them finish.',
      'PHP usually needs no reload for new code at all: OPcache checks the files’ timestamps (every 2 seconds by default) and recompiles changed ones.',
    ],
    keyFacts: ['loads the code', 'workers', 'templates'],
    sources: [S.gunicornSignals, S.gunicornDesign, S.phpFpmMan, S.phpFpmGlobalConf, S.phpOpcache],
  },
  'app-server-mysql': {
    id: 'app-server-mysql',
    title: 'Application server to MySQL: SQL queries',
    kind: 'link',
    points: [
      'While building the page, the code sends SQL queries to MySQL.',
      'They go over TCP port 3306 on the same machine, and rows come back.',
    ],
    role:
      'The content of your page comes from the database, so while building it the application sends SQL queries to MySQL, such as SELECT for the latest posts. ' +
      'They travel over TCP port 3306 on the same machine (or a Unix socket), and MySQL sends back the matching rows.',
    goodToKnow: [
      'Each application worker usually holds one database connection, so 5 workers use 5 of MySQL’s 151 default connections: the database is not the first bottleneck here.',
      'If the connections run out, MySQL refuses new ones with “Too many connections”, and the application typically shows a 500 error.',
    ],
    keyFacts: ['port 3306', 'SQL', 'same host'],
    sources: [S.mysqlPorts, S.mysqlTooManyConnections],
  },
};
