/**
 * The two ends of the story: the user's browser and the one server that hosts the site.
 */
import { SERVER_IP, SITE_HOST } from '../../sim/topology';
import { SOURCES as S } from '../sources';
import type { Explanation } from '../types';

export const HOST_EXPLANATIONS: Record<'browser' | 'server', Explanation> = {
  browser: {
    id: 'browser',
    title: "User's browser",
    kind: 'component',
    points: [
      `You type ${SITE_HOST}; the browser looks up its IP address through DNS.`,
      'It opens a connection to the server, sends an HTTP request and draws the reply.',
      'When something fails, its error names where: DNS, the connection, or the server.',
    ],
    role:
      `Everything starts with you: you type ${SITE_HOST} into your browser’s address bar and press Enter. ` +
      'The browser finds the server’s IP address through DNS, opens a connection to it, sends an HTTP request and draws the page it gets back.',
    goodToKnow: [
      'The part after the name, like /about in www.foobar.com/about, is the path: the server uses it to decide what to send back.',
      'Chrome keeps DNS answers it got from the operating system for 60 seconds, so a reload within a minute skips the lookup.',
      'On a new connection a page costs the DNS lookup, one round trip for the TCP handshake, one for TLS 1.3 and one for the request itself, plus the server’s own work, and one more round trip when the page is bigger than the first ≈14.6 KB the server may send.',
      'When something breaks, the browser tells you where: ERR_NAME_NOT_RESOLVED (DNS failed), ERR_CONNECTION_REFUSED (nothing listening on the port), ERR_CONNECTION_TIMED_OUT (no answer at all), ERR_CONNECTION_RESET or ERR_EMPTY_RESPONSE (the server accepted the connection, then closed it without a reply), or an error page such as 502 Bad Gateway sent by the server.',
      'How long it waits for a server that never answers depends on the operating system, not the browser. A Linux computer resends its SYN, first every second and then at doubling gaps, and gives up after about 131 seconds; Windows gives up after about 20 to 30 seconds (Microsoft documents 21 s for Windows 7) and macOS after 75 seconds. The timings on this page are the Linux client’s.',
    ],
    keyFacts: [SITE_HOST, 'HTTP client', 'DNS cache 60 s', 'ERR_CONNECTION_REFUSED', 'ERR_CONNECTION_TIMED_OUT'],
    sources: [S.chromiumHostCache, S.chromiumNetErrors, S.rfc9110, S.rfc8446, S.linuxIpSysctl, S.windowsSynRetries, S.xnuTcpTimer],
  },
  server: {
    id: 'server',
    title: `Server ${SERVER_IP}`,
    kind: 'component',
    points: [
      'A server serves clients: it waits for requests, such as your browser’s, and answers them.',
      `Here one machine with one IP address, ${SERVER_IP}, runs Nginx, the application, the code and MySQL.`,
      'So if it goes down, the whole site goes down: a single point of failure.',
    ],
    role:
      'A server is defined by its role: it serves clients, waiting for requests such as your browser’s and answering them. ' +
      'The word names both the program that answers and the computer it runs on: physical or virtual, usually in a data centre, with no screen or keyboard, reached only over the network. ' +
      `In this design one machine with one public IP address, ${SERVER_IP}, runs everything: Nginx, the application server, the code and MySQL.`,
    goodToKnow: [
      'A server runs an operating system (usually Linux) and server programs; each program listens on its own port, so one address can offer several services.',
      `Fun fact: ${SERVER_IP} really belongs to Google Public DNS, a free recursive resolver that many machines around the world answer through anycast, so in this exercise it is only a placeholder.`,
      'Examples in documentation should use the address blocks reserved for them: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 (RFC 5737), and names like example.com.',
      'Because every part lives on this one machine, if it goes down the whole site goes down: it is the single point of failure.',
    ],
    misconceptions: [
      {
        myth: 'The IP address takes the request to Nginx.',
        fact: `The IP address reaches the machine; the port reaches the program. Here ${SERVER_IP} port 443 reaches Nginx, port 8000 the application server and port 3306 MySQL.`,
      },
      {
        myth: 'Any four numbers make an IP address, like 127.345.456.4.',
        fact:
          'An IPv4 address is 32 bits written as four numbers from 0 to 255, so 345 and 456 are impossible. ' +
          'And 127.x.x.x is special: it is loopback, meaning “this same machine”, never a server on the internet.',
      },
      {
        myth: `${SERVER_IP} is one computer in one place, and this exercise’s server could live there.`,
        fact:
          `In reality ${SERVER_IP} is Google Public DNS. Anycast routes your packets to whichever of Google’s many resolver sites is nearest, and those machines resolve names for anyone: none of them holds foobar.com’s pages. ` +
          'A real A record pointing there would send visitors to Google, not to your site.',
      },
    ],
    keyFacts: ['serves clients', 'one machine', SERVER_IP, 'Google Public DNS', '192.0.2.0/24', 'single point of failure'],
    sources: [S.googlePublicDns, S.googlePublicDnsWiki, S.rfc5737, S.rfc2606, S.rfc791, S.rfc6890],
  },
};
