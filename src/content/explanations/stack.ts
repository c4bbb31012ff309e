/**
 * What runs on the server: Nginx, the application server, the code base and MySQL.
 */
import { CPU_CORES } from '../../sim/defaults';
import { SOURCES as S } from '../sources';
import type { Explanation } from '../types';

export const STACK_EXPLANATIONS: Record<'nginx' | 'app-server' | 'app-files' | 'mysql', Explanation> = {
  nginx: {
    id: 'nginx',
    title: 'Nginx web server',
    kind: 'component',
    points: [
      'The program your browser talks to, on port 443 (HTTPS) and 80 (HTTP).',
      'It sends static files itself and forwards dynamic pages to the application server.',
      'It reloads new configuration gracefully; only a restart drops connections.',
    ],
    role:
      'When your browser connects to the server, the program that answers is Nginx, the web server, listening on port 80 for HTTP and port 443 for HTTPS. ' +
      'It sends static files such as images, CSS and JavaScript straight from disk, hands every request for a dynamic page to the application server, and passes the answer back to you.',
    goodToKnow: [
      'Nginx runs one master process, which reads the configuration, and a few worker processes that handle the connections (worker_processes auto means one per CPU core).',
      'For HTTPS, Nginx holds the certificate for www.foobar.com and does the TLS encryption, so the application behind it only sees plain HTTP.',
      'Static or dynamic: a location block (or try_files) decides whether Nginx answers from the files itself or forwards the request with proxy_pass, or fastcgi_pass for PHP-FPM.',
      'Graceful reload: nginx -s reload sends the master the SIGHUP signal. It checks the new configuration, starts new workers and lets the old ones finish their current requests before they exit; a broken configuration is rejected and the old one keeps running.',
      'Restart: systemctl restart nginx stops Nginx, then starts it again. For that moment nothing listens on ports 80 and 443, so browsers get ERR_CONNECTION_REFUSED.',
      'If Nginx is up but the application server is not, Nginx answers 502 Bad Gateway; if the application cannot take the connection within proxy_connect_timeout, or falls silent for proxy_read_timeout between two reads (60 seconds each by default), 504 Gateway Timeout.',
      'Each worker holds at most worker_connections connections (768 in Debian’s and Ubuntu’s nginx.conf), and a forwarded request holds two: one from the browser and one to the application. When they run out, Nginx accepts the new connection and closes it at once, so the browser shows ERR_CONNECTION_RESET or ERR_EMPTY_RESPONSE, and the error log says “worker_connections are not enough”. A request already inside that finds no connection left to reach the application gets 500 Internal Server Error.',
      'By default Nginx names its version in the Server header and on its error pages (nginx/1.24.0, say); server_tokens off hides it. The packets drawn here use server_tokens off.',
    ],
    misconceptions: [
      {
        myth: 'To apply a change the web server has to be restarted, so every change means downtime.',
        fact: 'Nginx reloads gracefully with nginx -s reload (SIGHUP) and drops no requests. Gaps come from a restart, a reboot, or restarting the application or database.',
      },
    ],
    keyFacts: ['port 80', 'port 443', 'static files', 'reverse proxy', 'nginx -s reload', 'TLS'],
    sources: [S.nginxBeginners, S.nginxControl, S.nginxRuntime, S.nginxReverseProxy, S.nginxProxyModule, S.nginxCoreModule, S.nginxHttpCore, S.chromiumNetErrors],
    quote: {
      text: 'Old worker processes, receiving a command to shut down, stop accepting new connections and continue to service current requests until all such requests are serviced.',
      credit: 'nginx.org, Beginner’s Guide',
    },
  },
  'app-server': {
    id: 'app-server',
    title: 'Application server',
    kind: 'component',
    points: [
      'It runs the code that builds pages just for you, such as a feed.',
      'A few workers each handle one request at a time; the rest wait.',
      'It asks MySQL for data and hands the finished HTML to Nginx.',
    ],
    role:
      'When the page you asked for has to be built just for you, like a feed or search results, Nginx hands the request to the application server. ' +
      'It runs the code base with a pool of worker processes, fetches the data it needs from MySQL, and returns the finished HTML to Nginx.',
    goodToKnow: [
      'Nginx reaches it on the same machine, never over the internet: proxy_pass http://127.0.0.1:8000 (Gunicorn’s default address), fastcgi_pass 127.0.0.1:9000 for PHP-FPM, or a Unix socket file such as unix:/run/gunicorn.sock.',
      'Examples: PHP-FPM runs PHP code; Gunicorn and uWSGI run Python code.',
      'Its capacity is its worker count: PHP-FPM’s default pool has pm.max_children = 5, so at most 5 requests run at once; Gunicorn defaults to 1 worker and suggests (2 × CPU cores) + 1.',
      'Gunicorn’s default worker is a sync worker; extra requests wait in a queue, which is why this part saturates first when traffic grows.',
      'A request holds its worker for its CPU work plus its waiting (for MySQL, files, other services). Workers only help while they wait: once the CPU cores are busy all the time, more workers add no throughput.',
      'Deploying new code usually means reloading this server, not Nginx. Gunicorn’s SIGHUP reload is graceful and loads the new code unless preload_app is on; PHP-FPM’s SIGUSR2 cuts off running requests unless process_control_timeout is set, and PHP code usually takes effect without any reload (OPcache checks file timestamps). A hard restart leaves Nginx with nobody to talk to, so users get 502 Bad Gateway.',
    ],
    misconceptions: [
      {
        myth: 'The web server and the application server are the same thing.',
        fact: 'Two programs, two jobs: Nginx accepts connections and serves files; the application server runs your code, behind Nginx, which shields its few workers from slow clients.',
      },
      {
        myth: 'When the site is slow, add more workers.',
        fact: `More workers help only while requests wait for something else. Once the ${CPU_CORES} CPU cores are busy all the time, extra workers just queue for the CPU: the same throughput, slower pages.`,
      },
    ],
    keyFacts: ['127.0.0.1:8000', 'Unix socket', 'PHP-FPM', 'Gunicorn', '5 workers (PHP-FPM default)'],
    sources: [S.f5WebVsApp, S.gunicornDeploy, S.gunicornSettings, S.gunicornDesign, S.gunicornSignals, S.phpFpmConf, S.phpFpmMan, S.phpFpmGlobalConf, S.phpOpcache],
    quote: {
      text: 'This value sets the limit on the number of simultaneous requests that will be served.',
      credit: 'php-src, sapi/fpm/www.conf.in, on pm.max_children',
    },
  },
  'app-files': {
    id: 'app-files',
    title: 'Application files (code base)',
    kind: 'component',
    points: [
      'The code, templates and static files of the site, on the server’s disk.',
      'The application server runs the code; Nginx sends the static files as they are.',
      'Deploying means replacing these files.',
    ],
    role:
      'The page you see is produced by code someone wrote: the application files, or code base, stored on the server’s disk. ' +
      'The application server loads and runs that code (source files, templates, configuration), while Nginx reads the static files (images, CSS, JavaScript) from the same folders and sends them as they are.',
    goodToKnow: [
      'Deploying means replacing these files with a new version; the application server then has to load the new code, which is where maintenance downtime can sneak in.',
      'Python application servers such as Gunicorn load the code into memory when their workers start, so changed files take effect only after the workers are replaced; PHP with OPcache notices changed files by itself within seconds.',
      'There is only one copy: if the disk fails or a bad deploy breaks it, every page is affected until it is restored.',
    ],
    misconceptions: [
      {
        myth: 'The application files are the application server.',
        fact: 'The files are the code; the application server is the running program that executes it. The same code base could be run by another server program.',
      },
    ],
    keyFacts: ['code base', 'templates', 'static files', 'deploy = new files'],
    sources: [S.f5WebVsApp, S.gunicornDeploy, S.gunicornSignals, S.phpOpcache],
  },
  mysql: {
    id: 'mysql',
    title: 'MySQL database',
    kind: 'component',
    points: [
      'It stores what must survive a restart: accounts, posts, orders.',
      'The application asks for data with SQL over port 3306; rows come back.',
      'There is only one: if it stops, every dynamic page fails.',
    ],
    role:
      'What you see on the page, like accounts, posts or orders, must be stored somewhere that survives a restart: the MySQL database. ' +
      'The application server asks MySQL for data with SQL queries over TCP port 3306 (or a local socket), and MySQL returns rows that the code turns into HTML.',
    goodToKnow: [
      'Data lives in tables of rows and columns; the application creates, reads, updates and deletes it with SQL.',
      'MySQL’s classic protocol uses TCP port 3306 (the newer X Protocol uses 33060); on a one-server stack it only needs to listen on 127.0.0.1 or a Unix socket.',
      'It accepts 151 client connections by default (max_connections); past that, clients get the error “Too many connections”.',
      'A simple indexed query usually takes about a millisecond or less, and a page typically runs several.',
      'With one database there is one copy of the data online. Later designs add replicas, which copy the primary’s changes (asynchronously by default) and can serve reads.',
    ],
    misconceptions: [
      {
        myth: 'The browser talks to the database.',
        fact: 'Only the application talks to MySQL. Port 3306 should never be reachable from the internet; your browser only ever talks to Nginx.',
      },
      {
        myth: 'Add more web servers behind a load balancer and there is no single point of failure left.',
        fact: 'Not while they all share one MySQL: if it stops, every server fails. The database needs its own standby, a replica that can be promoted to primary.',
      },
    ],
    keyFacts: ['port 3306', 'SQL', 'max_connections 151', 'tables and rows'],
    sources: [S.mysqlPorts, S.mysqlTooManyConnections, S.mysqlReplication],
  },
};
