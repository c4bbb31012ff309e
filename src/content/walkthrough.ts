/**
 * "Walk me through it": the whole story in the order the curriculum asks a learner to tell it on a
 * whiteboard, starting from a user who wants the website and ending with the three issues.
 */
import { SERVER_IP, SITE_HOST, type ElementId } from '../sim/topology';
import type { PacketKind } from '../sim/types';

/** Where the journey playback seeks for a step: the first event of that packet kind, or the end. */
export type JourneyAnchor = PacketKind | 'request-end';

/** The checklist of task 0, "Simple web stack": what a learner must be able to explain. */
export type CurriculumItem =
  | 'server'
  | 'domain-name'
  | 'dns-record-type'
  | 'web-server'
  | 'application-server'
  | 'database'
  | 'communication'
  | 'spof'
  | 'maintenance-downtime'
  | 'scalability';

export const CURRICULUM_ITEMS: readonly CurriculumItem[] = [
  'server',
  'domain-name',
  'dns-record-type',
  'web-server',
  'application-server',
  'database',
  'communication',
  'spof',
  'maintenance-downtime',
  'scalability',
];

export interface WalkStep {
  id: string;
  title: string;
  /** 2–4 sentences. */
  text: string;
  /** Components and links lit on the diagram. */
  highlight: ElementId[];
  anchor?: JourneyAnchor;
  /** Checklist items this step answers. */
  covers: CurriculumItem[];
  /** An issue step breaks the stack for real while it is shown (see store/tour.ts). */
  scene?: 'spof' | 'deploy' | 'scale';
}

export const WALKTHROUGH: WalkStep[] = [
  {
    id: 'user',
    title: 'A user wants the website',
    text: `It starts with a user who wants to visit the site: they type ${SITE_HOST} into the browser and press Enter. The browser can’t connect to a name, so first it has to find the server’s IP address.`,
    highlight: ['browser'],
    covers: ['domain-name'],
  },
  {
    id: 'domain-name',
    title: 'The domain name',
    text: `foobar.com is the domain name: a label people can remember instead of an IP address, and the owner can move the site to a new address by changing one record. In ${SITE_HOST}, www is a host name (a subdomain) inside foobar.com.`,
    highlight: ['browser', 'dns'],
    covers: ['domain-name'],
  },
  {
    id: 'dns-query',
    title: 'Ask the recursive resolver',
    text: 'If neither the browser’s nor the operating system’s cache knows the name, the computer asks a recursive resolver over UDP port 53. The resolver answers from its own cache when it can.',
    highlight: ['browser', 'browser-resolver', 'resolver'],
    anchor: 'dns-query',
    covers: ['domain-name', 'communication'],
  },
  {
    id: 'dns-walk',
    title: 'Root, .com, then foobar.com',
    text: 'On a cache miss the resolver walks down the DNS tree. A root server refers it to the .com servers, and a .com server refers it to foobar.com’s authoritative name server.',
    highlight: ['resolver', 'resolver-root', 'root', 'resolver-tld', 'tld', 'resolver-authoritative', 'authoritative'],
    anchor: 'dns-response',
    covers: ['domain-name'],
  },
  {
    id: 'dns-record',
    title: 'The answer: an A record',
    text: `The authoritative server answers that www.foobar.com is an A record pointing to ${SERVER_IP}, with a TTL saying how long it may be cached. It is an A record, not a CNAME, because it maps the name straight to an IPv4 address; a CNAME can only point to another name.`,
    highlight: ['authoritative', 'resolver-authoritative', 'resolver', 'browser-resolver', 'browser'],
    covers: ['dns-record-type'],
  },
  {
    id: 'server',
    title: `The server at ${SERVER_IP}`,
    text: `The address leads to the server: a computer that serves clients such as your browser, physical or virtual, sitting in a data centre and reached only over the network. This one machine runs everything: Nginx, the application server, the code base and MySQL. (In real life ${SERVER_IP} is Google’s public DNS resolver, so treat it as a placeholder.)`,
    highlight: ['server'],
    covers: ['server'],
  },
  {
    id: 'connect',
    title: 'Open a connection: TCP/IP',
    text: 'The browser talks to the server with the TCP/IP protocols. It opens a TCP connection to port 443 with a three-way handshake (SYN, SYN-ACK, ACK), costing one round trip.',
    highlight: ['browser', 'browser-nginx', 'nginx'],
    anchor: 'tcp-syn',
    covers: ['communication'],
  },
  {
    id: 'https',
    title: 'Encrypt it and ask: HTTPS',
    text: `A TLS handshake encrypts the connection, and the browser names the site it wants (SNI: ${SITE_HOST}). Inside, it sends an HTTP request such as GET / with the header Host: ${SITE_HOST}: HTTPS on port 443, or plain HTTP on port 80.`,
    highlight: ['browser', 'browser-nginx', 'nginx'],
    anchor: 'tls-client-hello',
    covers: ['communication'],
  },
  {
    id: 'web-server',
    title: 'Nginx, the web server',
    text: 'Nginx receives the request. A static file such as an image or a stylesheet it reads from disk and sends back itself. Anything dynamic it forwards to the application server as a reverse proxy.',
    highlight: ['nginx', 'nginx-app-files', 'app-files', 'nginx-app-server'],
    anchor: 'http-request',
    covers: ['web-server'],
  },
  {
    id: 'application-server',
    title: 'The application server runs the code',
    text: 'The application server (PHP-FPM or Gunicorn, for example) gets the request from Nginx over 127.0.0.1 or a Unix socket. One of its workers runs the code base, the application files, to build the page.',
    highlight: ['nginx-app-server', 'app-server', 'app-server-app-files', 'app-files'],
    anchor: 'proxy-request',
    covers: ['application-server'],
  },
  {
    id: 'database',
    title: 'MySQL, the database',
    text: 'The code needs data, so it sends SQL queries to MySQL over TCP port 3306 on the same machine. MySQL stores the data in tables and sends back the matching rows.',
    highlight: ['app-server', 'app-server-mysql', 'mysql'],
    anchor: 'sql-query',
    covers: ['database'],
  },
  {
    id: 'response',
    title: 'The answer travels back',
    text: 'The application fills its templates with the rows and hands the finished HTML to Nginx. Nginx sends it to the browser as an HTTP response, 200 OK, on the same encrypted connection.',
    highlight: ['mysql', 'app-server-mysql', 'app-server', 'nginx-app-server', 'nginx', 'browser-nginx', 'browser'],
    anchor: 'http-response',
    covers: ['communication', 'web-server'],
  },
  {
    id: 'displayed',
    title: 'The page is displayed',
    text: 'The browser draws the page, then asks for the images, stylesheets and scripts it references, reusing the open connection. Next time, cached DNS answers and that open connection make it much faster.',
    highlight: ['browser'],
    anchor: 'request-end',
    covers: ['communication'],
  },
  {
    id: 'spof',
    title: 'Issue 1: a single point of failure',
    text: 'Everything lives on one server with one IP address, and nothing is redundant. If the machine or its network fails, the whole site is down: browsers just wait, then show ERR_CONNECTION_TIMED_OUT (after about 131 s on Linux, sooner on Windows and macOS). If one program on it fails, users get a refused connection (Nginx) or an error page (502 from the application, 500 when MySQL is gone).',
    highlight: ['server'],
    covers: ['spof'],
    scene: 'spof',
  },
  {
    id: 'maintenance',
    title: 'Issue 2: downtime during maintenance',
    text: 'To deploy new code or upgrade software, programs must be reloaded or restarted, and there is no second server to take the traffic meanwhile. Restarting Nginx refuses connections, restarting the application server gives 502 Bad Gateway, and only a graceful reload drops nothing (PHP-FPM’s reload is graceful only when configured to be).',
    highlight: ['server', 'nginx', 'app-server'],
    covers: ['maintenance-downtime'],
    scene: 'deploy',
  },
  {
    id: 'scalability',
    title: 'Issue 3: it cannot scale',
    text: 'One machine has a fixed number of CPUs and application workers. When more requests arrive than the workers can handle, they queue, pages slow down and then fail. In this design the only way to grow is a bigger machine (scaling up), which means downtime; adding servers (scaling out) needs a load balancer, which is the next design.',
    highlight: ['server', 'app-server'],
    covers: ['scalability'],
    scene: 'scale',
  },
];
