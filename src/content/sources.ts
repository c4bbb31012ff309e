/**
 * Every page the content cites, defined once (see /work/shared/research/content.md, §7).
 * Specs and vendor documentation first; secondary pages only where no primary one says it plainly.
 */
import type { Source } from './types';

export const SOURCES = {
  rfc1034: { title: 'RFC 1034: Domain Names, Concepts and Facilities', url: 'https://www.rfc-editor.org/rfc/rfc1034' },
  rfc1035: { title: 'RFC 1035: Domain Names, Implementation and Specification', url: 'https://www.rfc-editor.org/rfc/rfc1035' },
  rfc1912: { title: 'RFC 1912: Common DNS Operational and Configuration Errors', url: 'https://www.rfc-editor.org/rfc/rfc1912' },
  rfc3596: { title: 'RFC 3596: DNS Extensions to Support IP Version 6 (AAAA)', url: 'https://www.rfc-editor.org/rfc/rfc3596' },
  rfc791: { title: 'RFC 791: Internet Protocol (32-bit addresses)', url: 'https://www.rfc-editor.org/rfc/rfc791' },
  rfc6890: { title: 'RFC 6890: Special-Purpose IP Address Registries (127.0.0.0/8 loopback)', url: 'https://www.rfc-editor.org/rfc/rfc6890' },
  rfc5737: { title: 'RFC 5737: IPv4 Address Blocks Reserved for Documentation', url: 'https://www.rfc-editor.org/rfc/rfc5737' },
  rfc2606: { title: 'IANA: Example domains (RFC 2606 / RFC 6761)', url: 'https://www.iana.org/domains/example' },
  rfc8446: { title: 'RFC 8446: The Transport Layer Security (TLS) Protocol Version 1.3', url: 'https://datatracker.ietf.org/doc/rfc8446' },
  rfc9110: { title: 'RFC 9110: HTTP Semantics', url: 'https://www.rfc-editor.org/rfc/rfc9110' },
  rfc9112: { title: 'RFC 9112: HTTP/1.1', url: 'https://www.rfc-editor.org/rfc/rfc9112' },
  cloudflareDns: { title: 'Cloudflare Learning: What is DNS?', url: 'https://www.cloudflare.com/learning/dns/what-is-dns/' },
  cloudflareServerTypes: {
    title: 'Cloudflare Learning: DNS server types',
    url: 'https://www.cloudflare.com/learning/dns/dns-server-types/',
  },
  cloudflareARecord: {
    title: 'Cloudflare Learning: What is a DNS A record?',
    url: 'https://www.cloudflare.com/learning/dns/dns-records/dns-a-record/',
  },
  cloudflareCname: {
    title: 'Cloudflare Learning: What is a DNS CNAME record?',
    url: 'https://www.cloudflare.com/learning/dns/dns-records/dns-cname-record/',
  },
  googlePublicDns: {
    title: 'Google Public DNS: Get started',
    url: 'https://developers.google.com/speed/public-dns/docs/using',
  },
  googlePublicDnsWiki: { title: 'Wikipedia: Google Public DNS', url: 'https://en.wikipedia.org/wiki/Google_Public_DNS' },
  chromiumHostCache: {
    title: 'Chromium source: net/dns/host_resolver_manager_job.cc (60 s host cache)',
    url: 'https://github.com/chromium/chromium/blob/main/net/dns/host_resolver_manager_job.cc',
  },
  chromiumNetErrors: {
    title: 'Chromium source: net/base/net_error_list.h',
    url: 'https://github.com/chromium/chromium/blob/main/net/base/net_error_list.h',
  },
  linuxIpSysctl: {
    title: 'Linux kernel documentation: ip-sysctl (tcp_syn_retries, tcp_syn_linear_timeouts, tcp_abort_on_overflow)',
    url: 'https://docs.kernel.org/networking/ip-sysctl.html',
  },
  windowsSynRetries: {
    title: 'Microsoft support, KB 2786464: TCP maximum SYN retransmissions in Windows 7 (21-second handshake limit)',
    url: 'https://support.microsoft.com/kb/2786464',
  },
  xnuTcpTimer: {
    title: 'Apple XNU source: bsd/netinet/tcp_timer.h (TCPTV_KEEP_INIT, 75 s to establish a connection)',
    url: 'https://github.com/apple-oss-distributions/xnu/blob/main/bsd/netinet/tcp_timer.h',
  },
  dynAttack: { title: 'Wikipedia: 2016 Dyn cyberattack', url: 'https://en.wikipedia.org/wiki/2016_Dyn_cyberattack' },
  nginxBeginners: { title: "nginx.org: Beginner's Guide", url: 'https://nginx.org/en/docs/beginners_guide.html' },
  nginxControl: { title: 'nginx.org: Controlling nginx', url: 'https://nginx.org/en/docs/control.html' },
  nginxRuntime: {
    title: 'NGINX docs: Runtime control',
    url: 'https://docs.nginx.com/nginx/admin-guide/basic-functionality/runtime-control/',
  },
  nginxReverseProxy: {
    title: 'NGINX docs: NGINX reverse proxy',
    url: 'https://docs.nginx.com/nginx/admin-guide/web-server/reverse-proxy/',
  },
  nginxProxyModule: {
    title: 'nginx.org: ngx_http_proxy_module (proxy_pass, proxy_read_timeout)',
    url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html',
  },
  nginxPerformance: {
    title: 'NGINX blog: Testing the performance of NGINX and NGINX Plus web servers',
    url: 'https://www.nginx.com/blog/testing-the-performance-of-nginx-and-nginx-plus-web-servers/',
  },
  f5WebVsApp: {
    title: 'F5 glossary: Application server vs. web server',
    url: 'https://www.f5.com/glossary/application-server-vs-web-server',
  },
  gunicornDeploy: { title: 'Gunicorn: Deploying Gunicorn', url: 'https://gunicorn.org/deploy/' },
  gunicornSignals: { title: 'Gunicorn: Signal handling', url: 'https://gunicorn.org/signals/' },
  gunicornSettings: {
    title: 'Gunicorn source: docs/source/settings.rst (bind, workers)',
    url: 'https://github.com/benoitc/gunicorn/blob/master/docs/source/settings.rst',
  },
  gunicornDesign: {
    title: 'Gunicorn source: docs/source/design.rst (worker types)',
    url: 'https://github.com/benoitc/gunicorn/blob/master/docs/source/design.rst',
  },
  phpFpmConf: {
    title: 'php-src: sapi/fpm/www.conf.in (PHP-FPM pool defaults)',
    url: 'https://github.com/php/php-src/blob/master/sapi/fpm/www.conf.in',
  },
  phpFpmMan: {
    title: 'php-src: sapi/fpm/php-fpm.8.in (PHP-FPM signals)',
    url: 'https://github.com/php/php-src/blob/master/sapi/fpm/php-fpm.8.in',
  },
  phpFpmGlobalConf: {
    title: 'php-src: sapi/fpm/php-fpm.conf.in (process_control_timeout, default 0)',
    url: 'https://github.com/php/php-src/blob/master/sapi/fpm/php-fpm.conf.in',
  },
  phpOpcache: {
    title: 'PHP manual: OPcache runtime configuration (validate_timestamps, revalidate_freq)',
    url: 'https://www.php.net/manual/en/opcache.configuration.php',
  },
  nginxCoreModule: {
    title: 'nginx.org: ngx_core_module (worker_connections)',
    url: 'https://nginx.org/en/docs/ngx_core_module.html',
  },
  nginxHttpCore: {
    title: 'nginx.org: ngx_http_core_module (server_tokens)',
    url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html',
  },
  linuxListen: {
    title: 'Linux man-pages: listen(2) (a full backlog and tcp_abort_on_overflow)',
    url: 'https://man7.org/linux/man-pages/man2/listen.2.html',
  },
  mysqlPorts: {
    title: 'MySQL Port Reference',
    url: 'https://dev.mysql.com/doc/mysql-port-reference/en/mysql-port-reference-tables.html',
  },
  mysqlTooManyConnections: {
    title: 'MySQL 8.0 Reference Manual: Too many connections',
    url: 'https://dev.mysql.com/doc/refman/8.0/en/too-many-connections.html',
  },
  mysqlReplication: {
    title: 'MySQL 8.0 Reference Manual: Replication',
    url: 'https://dev.mysql.com/doc/refman/8.0/en/replication.html',
  },
  fowlerBlueGreen: { title: 'Martin Fowler: BlueGreenDeployment', url: 'https://martinfowler.com/bliki/BlueGreenDeployment.html' },
  haproxyActiveActive: {
    title: 'HAProxy Enterprise docs: Active/active clustering',
    url: 'https://www.haproxy.com/documentation/haproxy-enterprise/administration/high-availability/active-active/',
  },
  keepalived: { title: 'Keepalived: Introduction', url: 'https://keepalived.org/doc/introduction.html' },
  haproxyConfig: {
    title: 'HAProxy Configuration Manual (balance roundrobin / leastconn; server check, inter, fall, rise)',
    url: 'https://www.haproxy.com/documentation/haproxy-configuration-manual/latest/',
  },
  haproxyManagement: {
    title: 'HAProxy Management Guide: set server … state ready | drain | maint',
    url: 'https://cbonte.github.io/haproxy-dconv/2.5/management.html',
  },
  rfc5798: {
    title: 'RFC 5798: Virtual Router Redundancy Protocol (VRRP) Version 3 (Advertisement_Interval, Skew_Time, Master_Down_Interval)',
    url: 'https://tools.ietf.org/html/rfc5798',
  },
  mysqlSuperReadOnly: {
    title: 'MySQL worklog WL#6799: super_read_only, a read-only mode that also blocks SUPER users',
    url: 'https://dev.mysql.com/worklog/task/?id=6799',
  },
  perconaReadOnly: {
    title: 'Percona blog: Using the MySQL super_read_only system variable',
    url: 'https://www.percona.com/blog/2016/09/27/using-the-super_read_only-system-variable/',
  },
  mysqlMultiPrimary: {
    title: 'MySQL 8.4 Reference Manual: Group Replication, multi-primary mode',
    url: 'https://dev.mysql.com/doc/en/group-replication-multi-primary-mode.html',
  },
  googleCre: {
    title: 'Google Cloud blog (CRE life lessons): Available… or not? That is the question',
    url: 'https://cloud.google.com/blog/products/gcp/available-or-not-that-is-the-question-cre-life-lessons',
  },
} as const satisfies Record<string, Source>;
