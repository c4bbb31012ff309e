/** French for the explanations area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_EXPLANATIONS: Dictionary = {
  // The browser and the server (content/explanations/host.ts)
  "User's browser":
    'Navigateur de l’utilisateur',
  'You type www.foobar.com; the browser looks up its IP address through DNS.':
    'Vous tapez www.foobar.com ; le navigateur trouve son adresse IP grâce au DNS.',
  'It opens a connection to the server, sends an HTTP request and draws the reply.':
    'Il ouvre une connexion vers le serveur, envoie une requête HTTP et affiche la réponse.',
  'When something fails, its error names where: DNS, the connection, or the server.':
    'Quand quelque chose échoue, son message d’erreur dit où : le DNS, la connexion ou le serveur.',
  'Everything starts with you: you type www.foobar.com into your browser’s address bar and press Enter. The browser finds the server’s IP address through DNS, opens a connection to it, sends an HTTP request and draws the page it gets back.':
    'Tout commence par vous : vous tapez www.foobar.com dans la barre d’adresse de votre navigateur et appuyez sur Entrée. Le navigateur trouve l’adresse IP du serveur grâce au DNS, ouvre une connexion vers lui, envoie une requête HTTP et affiche la page qu’il reçoit en retour.',
  'The part after the name, like /about in www.foobar.com/about, is the path: the server uses it to decide what to send back.':
    'La partie qui suit le nom, comme /about dans www.foobar.com/about, est le chemin : le serveur s’en sert pour décider quoi renvoyer.',
  'Chrome keeps DNS answers it got from the operating system for 60 seconds, so a reload within a minute skips the lookup.':
    'Chrome garde 60 secondes les réponses DNS obtenues du système d’exploitation : un rechargement dans la minute se passe donc de recherche DNS.',
  'On a new connection a page costs the DNS lookup, one round trip for the TCP handshake, one for TLS 1.3 and one for the request itself, plus the server’s own work, and one more round trip when the page is bigger than the first ≈14.6 KB the server may send.':
    'Sur une nouvelle connexion, une page coûte la recherche DNS, un aller-retour pour la poignée de main TCP, un pour TLS 1.3 et un pour la requête elle-même, plus le travail du serveur, et encore un aller-retour quand la page dépasse les ≈ 14,6 Ko que le serveur peut envoyer d’emblée.',
  'When something breaks, the browser tells you where: ERR_NAME_NOT_RESOLVED (DNS failed), ERR_CONNECTION_REFUSED (nothing listening on the port), ERR_CONNECTION_TIMED_OUT (no answer at all), ERR_CONNECTION_RESET or ERR_EMPTY_RESPONSE (the server accepted the connection, then closed it without a reply), or an error page such as 502 Bad Gateway sent by the server.':
    'Quand quelque chose casse, le navigateur vous dit où : ERR_NAME_NOT_RESOLVED (le DNS a échoué), ERR_CONNECTION_REFUSED (rien n’écoute sur le port), ERR_CONNECTION_TIMED_OUT (aucune réponse), ERR_CONNECTION_RESET ou ERR_EMPTY_RESPONSE (le serveur a accepté la connexion, puis l’a fermée sans répondre), ou une page d’erreur comme 502 Bad Gateway envoyée par le serveur.',
  'How long it waits for a server that never answers depends on the operating system, not the browser. A Linux computer resends its SYN, first every second and then at doubling gaps, and gives up after about 131 seconds; Windows gives up after about 20 to 30 seconds (Microsoft documents 21 s for Windows 7) and macOS after 75 seconds. The timings on this page are the Linux client’s.':
    'Le temps d’attente face à un serveur qui ne répond jamais dépend du système d’exploitation, pas du navigateur. Un ordinateur sous Linux renvoie son SYN, d’abord au bout d’une seconde puis à intervalles qui doublent, et abandonne après environ 131 secondes ; Windows abandonne après 20 à 30 secondes environ (Microsoft indique 21 s pour Windows 7) et macOS après 75 secondes. Les durées affichées ici sont celles d’un client Linux.',
  'www.foobar.com':
    'www.foobar.com',
  'HTTP client':
    'client HTTP',
  'DNS cache 60 s':
    'cache DNS 60 s',
  'ERR_CONNECTION_REFUSED':
    'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_TIMED_OUT':
    'ERR_CONNECTION_TIMED_OUT',
  'Server 8.8.8.8':
    'Serveur 8.8.8.8',
  'A server serves clients: it waits for requests, such as your browser’s, and answers them.':
    'Un serveur sert des clients : il attend des requêtes, comme celles de votre navigateur, et y répond.',
  'Here one machine with one IP address, 8.8.8.8, runs Nginx, the application, the code and MySQL.':
    'Ici, une seule machine, avec une seule adresse IP, 8.8.8.8, fait tourner Nginx, l’application, le code et MySQL.',
  'So if it goes down, the whole site goes down: a single point of failure.':
    'Si elle tombe en panne, tout le site tombe avec elle : c’est un point de défaillance unique.',
  'A server is defined by its role: it serves clients, waiting for requests such as your browser’s and answering them. The word names both the program that answers and the computer it runs on: physical or virtual, usually in a data centre, with no screen or keyboard, reached only over the network. In this design one machine with one public IP address, 8.8.8.8, runs everything: Nginx, the application server, the code and MySQL.':
    'Un serveur se définit par son rôle : il sert des clients, en attendant des requêtes comme celles de votre navigateur et en y répondant. Le mot désigne à la fois le programme qui répond et l’ordinateur sur lequel il tourne : physique ou virtuel, en général dans un centre de données, sans écran ni clavier, joignable seulement par le réseau. Dans cette architecture, une seule machine avec une seule adresse IP publique, 8.8.8.8, fait tout tourner : Nginx, le serveur d’applications, le code et MySQL.',
  'A server runs an operating system (usually Linux) and server programs; each program listens on its own port, so one address can offer several services.':
    'Un serveur fait tourner un système d’exploitation (le plus souvent Linux) et des programmes serveurs ; chaque programme écoute sur son propre port, si bien qu’une seule adresse peut offrir plusieurs services.',
  'Fun fact: 8.8.8.8 really belongs to Google Public DNS, a free recursive resolver that many machines around the world answer through anycast, so in this exercise it is only a placeholder.':
    'Anecdote : 8.8.8.8 appartient réellement à Google Public DNS, un résolveur récursif gratuit auquel répondent, grâce à l’anycast, de nombreuses machines dans le monde ; dans cet exercice, ce n’est donc qu’une adresse d’exemple.',
  'Examples in documentation should use the address blocks reserved for them: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 (RFC 5737), and names like example.com.':
    'Les exemples de documentation devraient utiliser les plages d’adresses qui leur sont réservées : 192.0.2.0/24, 198.51.100.0/24 et 203.0.113.0/24 (RFC 5737), et des noms comme example.com.',
  'Because every part lives on this one machine, if it goes down the whole site goes down: it is the single point of failure.':
    'Comme toutes les parties vivent sur cette seule machine, si elle tombe en panne, tout le site tombe : c’est le point de défaillance unique.',
  'The IP address takes the request to Nginx.':
    'L’adresse IP amène la requête jusqu’à Nginx.',
  'The IP address reaches the machine; the port reaches the program. Here 8.8.8.8 port 443 reaches Nginx, port 8000 the application server and port 3306 MySQL.':
    'L’adresse IP mène à la machine ; le port mène au programme. Ici, 8.8.8.8 port 443 mène à Nginx, le port 8000 au serveur d’applications et le port 3306 à MySQL.',
  'Any four numbers make an IP address, like 127.345.456.4.':
    'N’importe quels quatre nombres forment une adresse IP, comme 127.345.456.4.',
  'An IPv4 address is 32 bits written as four numbers from 0 to 255, so 345 and 456 are impossible. And 127.x.x.x is special: it is loopback, meaning “this same machine”, never a server on the internet.':
    'Une adresse IPv4 fait 32 bits, écrits sous forme de quatre nombres de 0 à 255 : 345 et 456 sont donc impossibles. Et 127.x.x.x est une plage à part : c’est la boucle locale (loopback), qui veut dire « cette même machine », jamais un serveur sur Internet.',
  '8.8.8.8 is one computer in one place, and this exercise’s server could live there.':
    '8.8.8.8 est un ordinateur situé à un seul endroit, et le serveur de cet exercice pourrait s’y trouver.',
  'In reality 8.8.8.8 is Google Public DNS. Anycast routes your packets to whichever of Google’s many resolver sites is nearest, and those machines resolve names for anyone: none of them holds foobar.com’s pages. A real A record pointing there would send visitors to Google, not to your site.':
    'En réalité, 8.8.8.8 est Google Public DNS. L’anycast achemine vos paquets vers le plus proche des nombreux sites de résolveurs de Google, et ces machines résolvent des noms pour tout le monde : aucune n’héberge les pages de foobar.com. Un vrai enregistrement A pointant là enverrait les visiteurs chez Google, pas sur votre site.',
  'serves clients':
    'sert des clients',
  'one machine':
    'une seule machine',
  'Google Public DNS':
    'Google Public DNS',
  'single point of failure':
    'point de défaillance unique',
};
