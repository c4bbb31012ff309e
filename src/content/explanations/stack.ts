/**
 * What runs on the server: Nginx, the application server, the code base and MySQL.
 */
import { SOURCES as S } from '../sources';
import type { Explanation } from '../types';

export const STACK_EXPLANATIONS: Record<'nginx' | 'app-server' | 'app-files' | 'mysql', Explanation> = {
  nginx: {
    id: 'nginx',
    title: 'Nginx web server',
    kind: 'component',
    role:
      'When your browser connects to the server, the program that answers is Nginx, the web server, listening on port 80 for HTTP and port 443 for HTTPS. ' +
      'It sends static files such as images, CSS and JavaScript straight from disk, hands every request for a dynamic page to the application server, and passes the answer back to you.',
    goodToKnow: [
      'Nginx runs one master process, which reads the configuration, and a few worker processes that handle the connections (worker_processes auto means one per CPU core).',
      'For HTTPS, Nginx holds the certificate for www.foobar.com and does the TLS encryption, so the application behind it only sees plain HTTP.',
      'Static or dynamic: a location block (or try_files) decides whether Nginx answers from the files itself or forwards the request with proxy_pass, or fastcgi_pass for PHP-FPM.',
      'Graceful reload: nginx -s reload sends the master the SIGHUP signal. It checks the new configuration, starts new workers and lets the old ones finish their current requests before they exit; a broken configuration is rejected and the old one keeps running.',
      'Restart: systemctl restart nginx stops Nginx, then starts it again. For that moment nothing listens on ports 80 and 443, so browsers get ERR_CONNECTION_REFUSED.',
      'If Nginx is up but the application server is not, Nginx answers 502 Bad Gateway; if the application is too slow (proxy_read_timeout, 60 seconds by default), 504 Gateway Timeout.',
    ],
    misconception: {
      myth: 'To apply a change the web server has to be restarted, so every change means downtime.',
      fact:
        'Nginx reloads its configuration gracefully with nginx -s reload (SIGHUP) and drops no requests. ' +
        'The gaps come from a full restart or stop, a reboot, or restarting the application server or the database.',
    },
    keyFacts: ['port 80', 'port 443', 'static files', 'reverse proxy', 'nginx -s reload', 'TLS'],
    sources: [S.nginxBeginners, S.nginxControl, S.nginxRuntime, S.nginxReverseProxy, S.nginxProxyModule, S.chromiumNetErrors],
    quote: {
      text: 'Old worker processes, receiving a command to shut down, stop accepting new connections and continue to service current requests until all such requests are serviced.',
      credit: 'nginx.org, Beginner’s Guide',
    },
  },
  'app-server': {
    id: 'app-server',
    title: 'Application server',
    kind: 'component',
    role:
      'When the page you asked for has to be built just for you, like a feed or search results, Nginx hands the request to the application server. ' +
      'It runs the code base with a pool of worker processes, fetches the data it needs from MySQL, and returns the finished HTML to Nginx.',
    goodToKnow: [
      'Nginx reaches it on the same machine, never over the internet: proxy_pass http://127.0.0.1:8000 (Gunicorn’s default address), fastcgi_pass 127.0.0.1:9000 for PHP-FPM, or a Unix socket file such as unix:/run/gunicorn.sock.',
      'Examples: PHP-FPM runs PHP code; Gunicorn and uWSGI run Python code.',
      'Its capacity is its worker count: PHP-FPM’s default pool has pm.max_children = 5, so at most 5 requests run at once; Gunicorn defaults to 1 worker and suggests (2 × CPU cores) + 1.',
      'A Gunicorn sync worker handles a single request at a time; extra requests wait in a queue, which is why this part saturates first when traffic grows.',
      'Deploying new code usually means reloading this server, not Nginx: Gunicorn reloads gracefully on SIGHUP and PHP-FPM on SIGUSR2. A hard restart leaves Nginx with nobody to talk to, so users get 502 Bad Gateway.',
    ],
    misconception: {
      myth: 'The web server and the application server are the same thing.',
      fact:
        'They are two programs with two jobs. Nginx accepts connections and serves files; the application server runs your code to generate dynamic content, and sits behind Nginx, which shields its few workers from slow clients.',
    },
    keyFacts: ['127.0.0.1:8000', 'Unix socket', 'PHP-FPM', 'Gunicorn', '5 workers (PHP-FPM default)'],
    sources: [S.f5WebVsApp, S.gunicornDeploy, S.gunicornSettings, S.gunicornDesign, S.gunicornSignals, S.phpFpmConf, S.phpFpmMan],
    quote: {
      text: 'This value sets the limit on the number of simultaneous requests that will be served.',
      credit: 'php-src, sapi/fpm/www.conf.in, on pm.max_children',
    },
  },
  'app-files': {
    id: 'app-files',
    title: 'Application files (code base)',
    kind: 'component',
    role:
      'The page you see is produced by code someone wrote: the application files, or code base, stored on the server’s disk. ' +
      'The application server loads and runs that code (source files, templates, configuration), while Nginx reads the static files (images, CSS, JavaScript) from the same folders and sends them as they are.',
    goodToKnow: [
      'Deploying means replacing these files with a new version; the application server then has to load the new code, which is where maintenance downtime can sneak in.',
      'Many application servers load the code into memory when their workers start, so changed files only take effect after the workers are reloaded.',
      'There is only one copy: if the disk fails or a bad deploy breaks it, every page is affected until it is restored.',
    ],
    misconception: {
      myth: 'The application files are the application server.',
      fact: 'The files are the code; the application server is the running program that executes it. The same code base could be run by another server program.',
    },
    keyFacts: ['code base', 'templates', 'static files', 'deploy = new files'],
    sources: [S.f5WebVsApp, S.gunicornDeploy, S.gunicornSignals],
  },
  mysql: {
    id: 'mysql',
    title: 'MySQL database',
    kind: 'component',
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
    misconception: {
      myth: 'The browser talks to the database.',
      fact: 'Only the application talks to MySQL. Port 3306 should never be reachable from the internet; your browser only ever talks to Nginx.',
    },
    keyFacts: ['port 3306', 'SQL', 'max_connections 151', 'tables and rows'],
    sources: [S.mysqlPorts, S.mysqlTooManyConnections, S.mysqlReplication],
  },
};
