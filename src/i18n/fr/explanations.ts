/** French for the explanations area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_EXPLANATIONS: Dictionary = {
  // The browser and the server (content/explanations/host.ts)
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
  'HTTP client':
    'client HTTP',
  'DNS cache 60 s':
    'cache DNS 60 s',
  'ERR_CONNECTION_REFUSED':
    'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_TIMED_OUT':
    'ERR_CONNECTION_TIMED_OUT',
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
    'Quatre nombres quelconques forment une adresse IP, comme 127.345.456.4.',
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
  // DNS (content/explanations/dns.ts)
  'DNS (Domain Name System)':
    'DNS (système de noms de domaine)',
  'DNS turns the name www.foobar.com into the server’s IP address, 8.8.8.8.':
    'Le DNS transforme le nom www.foobar.com en adresse IP du serveur, 8.8.8.8.',
  'A recursive resolver asks the root, the .com servers and foobar.com’s own server in turn.':
    'Un résolveur récursif interroge tour à tour la racine, les serveurs de .com et le serveur propre à foobar.com.',
  'Every answer is cached for its TTL, so most lookups skip the walk.':
    'Chaque réponse est mise en cache pour la durée de son TTL : la plupart des recherches évitent donc tout ce parcours.',
  'You know the site as www.foobar.com, but computers connect to numbers, not names. DNS is the internet’s shared phone book: it turns the name into the server’s IP address, 8.8.8.8, before your browser can connect. No single machine holds it all: a recursive resolver asks the root, the .com servers and foobar.com’s own servers in turn, and everyone caches the answers.':
    'Vous connaissez le site sous le nom www.foobar.com, mais les ordinateurs se connectent à des numéros, pas à des noms. Le DNS (système de noms de domaine) est l’annuaire partagé d’Internet : il transforme le nom en adresse IP du serveur, 8.8.8.8, avant que votre navigateur puisse se connecter. Aucune machine ne le contient en entier : un résolveur récursif interroge tour à tour la racine, les serveurs de .com et les serveurs propres à foobar.com, et chacun garde les réponses en cache.',
  'DNS normally travels over UDP port 53, and falls back to TCP port 53 when an answer is too big for one UDP message.':
    'Le DNS passe normalement par UDP sur le port 53, et se rabat sur TCP port 53 quand une réponse est trop grosse pour un seul message UDP.',
  'Every answer carries a TTL in seconds. Values like 300 seconds (5 minutes) or 3600 seconds (1 hour) are common.':
    'Chaque réponse porte un TTL (durée de vie) en secondes. Des valeurs comme 300 secondes (5 minutes) ou 3 600 secondes (1 heure) sont courantes.',
  'Because answers are cached, moving a site to a new IP address takes effect slowly: visitors keep the old address until their cached copy expires.':
    'Comme les réponses sont mises en cache, déplacer un site vers une nouvelle adresse IP prend effet lentement : les visiteurs gardent l’ancienne adresse jusqu’à ce que leur copie en cache expire.',
  'If the name does not exist at all, Chrome shows ERR_NAME_NOT_RESOLVED.':
    'Si le nom n’existe pas du tout, Chrome affiche ERR_NAME_NOT_RESOLVED.',
  'DNS can still be a single point of failure: if every name server of a domain is run by one provider and that provider fails, the name stops resolving. In October 2016 an attack on the DNS provider Dyn made many large sites unreachable for hours. Using two independent DNS providers avoids it.':
    'Le DNS peut malgré tout devenir un point de défaillance unique : si tous les serveurs de noms d’un domaine sont gérés par un seul fournisseur et que ce fournisseur tombe en panne, le nom ne se résout plus. En octobre 2016, une attaque contre le fournisseur DNS Dyn a rendu de nombreux grands sites injoignables pendant des heures. Faire appel à deux fournisseurs DNS indépendants évite ce risque.',
  'Public resolvers such as Google Public DNS (8.8.8.8) are answered by many machines through anycast, so losing one of them goes unnoticed.':
    'Les résolveurs publics comme Google Public DNS (8.8.8.8) sont servis par de nombreuses machines grâce à l’anycast : la perte de l’une d’elles passe inaperçue.',
  'The DNS server is this site’s single point of failure.':
    'Le serveur DNS est le point de défaillance unique de ce site.',
  'Not in this design: a zone has at least two name servers, so the one server running everything is the single point of failure. DNS becomes one only when a single provider runs all the name servers (Dyn, 2016).':
    'Pas dans cette architecture : une zone a au moins deux serveurs de noms, c’est donc l’unique serveur qui fait tout tourner qui est le point de défaillance unique. Le DNS n’en devient un que lorsqu’un seul fournisseur gère tous les serveurs de noms (Dyn, 2016).',
  'UDP port 53':
    'port UDP 53',
  'TTL':
    'TTL',
  'name → IP address':
    'nom → adresse IP',
  'It finds the address for you: your computer asks once, the resolver does the rest.':
    'Il trouve l’adresse pour vous : votre ordinateur demande une seule fois, le résolveur fait le reste.',
  'It asks the root, then .com, then foobar.com’s authoritative server.':
    'Il interroge la racine, puis .com, puis le serveur faisant autorité de foobar.com.',
  'It caches the answer for its TTL, so the next visitor gets it at once.':
    'Il garde la réponse en cache pendant son TTL : le visiteur suivant l’obtient aussitôt.',
  'When your browser does not already know where www.foobar.com lives, it asks a recursive resolver, usually run by your internet provider or a public service. The resolver does the legwork: it asks the root, the .com servers and foobar.com’s authoritative server in turn, then hands your browser the A record (www.foobar.com → 8.8.8.8). It keeps the answer for its TTL, so the next visitor gets it straight away.':
    'Quand votre navigateur ne sait pas encore où se trouve www.foobar.com, il interroge un résolveur DNS récursif, en général celui de votre fournisseur d’accès à Internet ou un service public. Le résolveur fait tout le travail : il interroge tour à tour la racine, les serveurs de .com et le serveur faisant autorité de foobar.com, puis remet à votre navigateur l’enregistrement A (www.foobar.com → 8.8.8.8). Il garde la réponse pendant son TTL, si bien que le visiteur suivant l’obtient immédiatement.',
  'Before a question leaves your computer, the browser’s own cache and the operating system’s cache are checked. Chrome keeps answers it got from the operating system for 60 seconds.':
    'Avant qu’une question ne quitte votre ordinateur, le cache du navigateur puis celui du système d’exploitation sont consultés. Chrome garde 60 secondes les réponses obtenues du système d’exploitation.',
  'Your computer asks one recursive question (“find it for me”); the resolver then asks iterative ones, and each server either answers or refers it to the next.':
    'Votre ordinateur pose une seule question récursive (« trouve-la pour moi ») ; le résolveur pose ensuite des questions itératives, et chaque serveur soit répond, soit le renvoie vers le suivant.',
  'From a warm cache the resolver answers in a few milliseconds; a full walk from the root typically takes tens of milliseconds.':
    'Avec un cache déjà rempli, le résolveur répond en quelques millisecondes ; un parcours complet depuis la racine prend en général quelques dizaines de millisecondes.',
  'Public resolvers exist too: Google Public DNS answers at 8.8.8.8, the very address this exercise gives its web server (see the Server card).':
    'Il existe aussi des résolveurs publics : Google Public DNS répond à l’adresse 8.8.8.8, celle-là même que cet exercice donne à son serveur web (voir la fiche Serveur).',
  'Your browser asks foobar.com’s own name server for the address.':
    'Votre navigateur demande l’adresse au serveur de noms propre à foobar.com.',
  'It can’t: it doesn’t know where that server is yet. It asks a recursive resolver, which finds it by following referrals from the root and .com.':
    'Il ne le peut pas : il ne sait pas encore où se trouve ce serveur. Il interroge un résolveur récursif, qui le trouve en suivant les renvois de la racine et de .com.',
  'caches answers':
    'réponses en cache',
  'recursive query':
    'requête récursive',
  'The top of the DNS tree: the resolver’s first stop on a cold lookup.':
    'Le sommet de l’arbre DNS : la première étape du résolveur quand son cache est vide.',
  'It does not know the address; it refers the resolver to the .com servers.':
    'Il ne connaît pas l’adresse ; il renvoie le résolveur vers les serveurs de .com.',
  'That referral is cached for two days, so the root is rarely asked.':
    'Ce renvoi reste deux jours en cache : la racine est donc rarement interrogée.',
  'To find www.foobar.com for you from scratch, the resolver starts at the top of the DNS tree: a root server. The root doesn’t know the address, but it knows who runs every top-level domain, so it replies with a referral to the .com servers.':
    'Pour trouver www.foobar.com pour vous en partant de zéro, le résolveur commence au sommet de l’arbre DNS : un serveur racine. La racine ne connaît pas l’adresse, mais elle sait qui gère chaque domaine de premier niveau : elle répond donc par un renvoi vers les serveurs de .com.',
  'There are 13 root server identities (a.root-servers.net to m.root-servers.net), each answered by many machines around the world through anycast.':
    'Il existe 13 identités de serveurs racines (de a.root-servers.net à m.root-servers.net), chacune servie par de nombreuses machines dans le monde grâce à l’anycast.',
  'Resolvers cache the referral to .com for up to two days, so in practice the root is rarely asked.':
    'Les résolveurs gardent le renvoi vers .com en cache jusqu’à deux jours : en pratique, la racine est donc rarement interrogée.',
  'A referral is not an answer: it says “I don’t know, but ask these servers”.':
    'Un renvoi n’est pas une réponse : il dit « je ne sais pas, mais demandez à ces serveurs ».',
  'referral to .com':
    'renvoi vers .com',
  '13 root identities':
    '13 identités racines',
  'anycast':
    'anycast',
  'The .com top-level domain (TLD) server knows who runs every .com name.':
    'Le serveur du domaine de premier niveau .com (TLD) sait qui gère chaque nom en .com.',
  'It refers the resolver to foobar.com’s authoritative name servers (NS records).':
    'Il renvoie le résolveur vers les serveurs de noms faisant autorité pour foobar.com (enregistrements NS).',
  'Its referral is cached too, so most lookups skip it.':
    'Son renvoi est lui aussi mis en cache : la plupart des recherches s’en passent.',
  'Still looking for the site you want, the resolver next asks a .com top-level domain (TLD) server where foobar.com is handled. It doesn’t store the address of www.foobar.com either: it replies with a referral naming foobar.com’s authoritative name servers, the ones the owner chose when registering the domain.':
    'Toujours à la recherche du site que vous voulez, le résolveur demande ensuite à un serveur du domaine de premier niveau .com (TLD) qui s’occupe de foobar.com. Lui non plus ne stocke pas l’adresse de www.foobar.com : il répond par un renvoi qui nomme les serveurs de noms faisant autorité pour foobar.com, ceux que le propriétaire a choisis en enregistrant le domaine.',
  'Those referrals are NS (name server) records: when you register foobar.com, the name servers you choose are published in the .com zone.':
    'Ces renvois sont des enregistrements NS (serveur de noms) : quand vous enregistrez foobar.com, les serveurs de noms que vous choisissez sont publiés dans la zone .com.',
  'The referral is cached too, so most lookups skip straight to the authoritative server.':
    'Le renvoi est lui aussi mis en cache : la plupart des recherches vont donc directement au serveur faisant autorité.',
  'Other TLDs (.org, .net, country codes like .uk) each have their own servers.':
    'Les autres TLD (.org, .net, les codes de pays comme .fr) ont chacun leurs propres serveurs.',
  'TLD':
    'TLD',
  'referral to foobar.com':
    'renvoi vers foobar.com',
  'NS records':
    'enregistrements NS',
  'Authoritative server for foobar.com':
    'Serveur faisant autorité pour foobar.com',
  'It holds foobar.com’s own records, written by the domain’s owner.':
    'Il détient les enregistrements propres à foobar.com, rédigés par le propriétaire du domaine.',
  'It gives the real answer: www.foobar.com is an A record for 8.8.8.8.':
    'Il donne la vraie réponse : www.foobar.com est un enregistrement A vers 8.8.8.8.',
  'Its answer carries the TTL the owner chose: 300 seconds here.':
    'Sa réponse porte le TTL choisi par le propriétaire : ici, 300 secondes.',
  'Finally the resolver asks the server that holds foobar.com’s own records: the authoritative name server. It gives the real answer for your lookup: www.foobar.com is an A record pointing to 8.8.8.8, with a TTL saying how long it may be cached. The owner of foobar.com edits these records to point the name at their server.':
    'Enfin, le résolveur interroge le serveur qui détient les enregistrements propres à foobar.com : le serveur de noms faisant autorité. Il donne la vraie réponse à votre recherche : www.foobar.com est un enregistrement A qui pointe vers 8.8.8.8, avec un TTL qui dit combien de temps la réponse peut rester en cache. Le propriétaire de foobar.com modifie ces enregistrements pour faire pointer le nom vers son serveur.',
  'In the zone file the record reads: www.foobar.com. 300 IN A 8.8.8.8 (name, TTL in seconds, class, type, address).':
    'Dans le fichier de zone, l’enregistrement s’écrit : www.foobar.com. 300 IN A 8.8.8.8 (nom, TTL en secondes, classe, type, adresse).',
  'Its answers carry the “authoritative answer” flag; copies served from a resolver’s cache don’t.':
    'Ses réponses portent l’indicateur « réponse faisant autorité » (authoritative answer) ; les copies servies depuis le cache d’un résolveur ne le portent pas.',
  'Every zone is served by at least two authoritative servers, so losing one does not make the name disappear.':
    'Chaque zone est servie par au moins deux serveurs faisant autorité : en perdre un ne fait pas disparaître le nom.',
  'zone file':
    'fichier de zone',
  // What runs on the server (content/explanations/stack.ts)
  'The program your browser talks to, on port 443 (HTTPS) and 80 (HTTP).':
    'Le programme auquel parle votre navigateur, sur le port 443 (HTTPS) et le port 80 (HTTP).',
  'It sends static files itself and forwards dynamic pages to the application server.':
    'Il envoie lui-même les fichiers statiques et transmet les pages dynamiques au serveur d’applications.',
  'It reloads new configuration gracefully; only a restart drops connections.':
    'Il recharge une nouvelle configuration sans coupure ; seul un redémarrage coupe les connexions.',
  'When your browser connects to the server, the program that answers is Nginx, the web server, listening on port 80 for HTTP and port 443 for HTTPS. It sends static files such as images, CSS and JavaScript straight from disk, hands every request for a dynamic page to the application server, and passes the answer back to you.':
    'Quand votre navigateur se connecte au serveur, le programme qui répond est Nginx, le serveur web, qui écoute sur le port 80 pour HTTP et sur le port 443 pour HTTPS. Il envoie directement depuis le disque les fichiers statiques comme les images, le CSS et le JavaScript, confie chaque requête de page dynamique au serveur d’applications, et vous renvoie la réponse.',
  'Nginx runs one master process, which reads the configuration, and a few worker processes that handle the connections (worker_processes auto means one per CPU core).':
    'Nginx fait tourner un processus principal (master), qui lit la configuration, et quelques processus workers qui gèrent les connexions (worker_processes auto veut dire un par cœur de processeur).',
  'For HTTPS, Nginx holds the certificate for www.foobar.com and does the TLS encryption, so the application behind it only sees plain HTTP.':
    'Pour HTTPS, Nginx détient le certificat de www.foobar.com et se charge du chiffrement TLS : l’application derrière lui ne voit que du HTTP en clair.',
  'Static or dynamic: a location block (or try_files) decides whether Nginx answers from the files itself or forwards the request with proxy_pass, or fastcgi_pass for PHP-FPM.':
    'Statique ou dynamique : un bloc location (ou try_files) décide si Nginx répond lui-même à partir des fichiers ou s’il transmet la requête avec proxy_pass, ou fastcgi_pass pour PHP-FPM.',
  'Graceful reload: nginx -s reload sends the master the SIGHUP signal. It checks the new configuration, starts new workers and lets the old ones finish their current requests before they exit; a broken configuration is rejected and the old one keeps running.':
    'Rechargement sans coupure (graceful reload) : nginx -s reload envoie au processus principal le signal SIGHUP. Il vérifie la nouvelle configuration, démarre de nouveaux workers et laisse les anciens terminer leurs requêtes en cours avant de s’arrêter ; une configuration erronée est refusée et l’ancienne continue de tourner.',
  'Restart: systemctl restart nginx stops Nginx, then starts it again. For that moment nothing listens on ports 80 and 443, so browsers get ERR_CONNECTION_REFUSED.':
    'Redémarrage : systemctl restart nginx arrête Nginx, puis le relance. Pendant ce court instant, plus rien n’écoute sur les ports 80 et 443 : les navigateurs obtiennent ERR_CONNECTION_REFUSED.',
  'If Nginx is up but the application server is not, Nginx answers 502 Bad Gateway; if the application cannot take the connection within proxy_connect_timeout, or falls silent for proxy_read_timeout between two reads (60 seconds each by default), 504 Gateway Timeout.':
    'Si Nginx fonctionne mais pas le serveur d’applications, Nginx répond 502 Bad Gateway ; si l’application ne peut pas accepter la connexion dans le délai proxy_connect_timeout, ou reste muette plus de proxy_read_timeout entre deux lectures (60 secondes chacun par défaut), 504 Gateway Timeout.',
  'Each worker holds at most worker_connections connections (768 in Debian’s and Ubuntu’s nginx.conf), and a forwarded request holds two: one from the browser and one to the application. When they run out, Nginx accepts the new connection and closes it at once, so the browser shows ERR_CONNECTION_RESET or ERR_EMPTY_RESPONSE, and the error log says “worker_connections are not enough”. A request already inside that finds no connection left to reach the application gets 500 Internal Server Error.':
    'Chaque worker tient au plus worker_connections connexions (768 dans le nginx.conf de Debian et d’Ubuntu), et une requête transmise en occupe deux : une depuis le navigateur et une vers l’application. Quand il n’y en a plus, Nginx accepte la nouvelle connexion et la ferme aussitôt : le navigateur affiche ERR_CONNECTION_RESET ou ERR_EMPTY_RESPONSE, et le journal d’erreurs indique « worker_connections are not enough ». Une requête déjà entrée qui ne trouve plus de connexion libre pour joindre l’application reçoit 500 Internal Server Error.',
  'By default Nginx names its version in the Server header and on its error pages (nginx/1.24.0, say); server_tokens off hides it. The packets drawn here use server_tokens off.':
    'Par défaut, Nginx indique sa version dans l’en-tête Server et sur ses pages d’erreur (par exemple nginx/1.24.0) ; server_tokens off la masque. Les paquets dessinés ici utilisent server_tokens off.',
  'To apply a change the web server has to be restarted, so every change means downtime.':
    'Pour appliquer une modification, il faut redémarrer le serveur web : chaque modification entraîne donc un temps d’indisponibilité.',
  'Nginx reloads gracefully with nginx -s reload (SIGHUP) and drops no requests. Gaps come from a restart, a reboot, or restarting the application or database.':
    'Nginx se recharge sans coupure avec nginx -s reload (SIGHUP) et ne perd aucune requête. Les interruptions viennent d’un redémarrage de Nginx ou de la machine, ou du redémarrage de l’application ou de la base de données.',
  'port 80':
    'port 80',
  'port 443':
    'port 443',
  'static files':
    'fichiers statiques',
  'reverse proxy':
    'proxy inverse',
  'nginx -s reload':
    'nginx -s reload',
  'It runs the code that builds pages just for you, such as a feed.':
    'Il exécute le code qui construit des pages rien que pour vous, comme un fil d’actualité.',
  'A few workers each handle one request at a time; the rest wait.':
    'Quelques workers traitent chacun une requête à la fois ; les autres attendent.',
  'It asks MySQL for data and hands the finished HTML to Nginx.':
    'Il demande des données à MySQL et remet le HTML terminé à Nginx.',
  'When the page you asked for has to be built just for you, like a feed or search results, Nginx hands the request to the application server. It runs the code base with a pool of worker processes, fetches the data it needs from MySQL, and returns the finished HTML to Nginx.':
    'Quand la page demandée doit être construite rien que pour vous, comme un fil d’actualité ou des résultats de recherche, Nginx confie la requête au serveur d’applications. Celui-ci exécute la base de code avec un ensemble de processus workers, récupère auprès de MySQL les données dont il a besoin, et renvoie le HTML terminé à Nginx.',
  'Nginx reaches it on the same machine, never over the internet: proxy_pass http://127.0.0.1:8000 (Gunicorn’s default address), fastcgi_pass 127.0.0.1:9000 for PHP-FPM, or a Unix socket file such as unix:/run/gunicorn.sock.':
    'Nginx le joint sur la même machine, jamais par Internet : proxy_pass http://127.0.0.1:8000 (l’adresse par défaut de Gunicorn), fastcgi_pass 127.0.0.1:9000 pour PHP-FPM, ou un fichier de socket Unix comme unix:/run/gunicorn.sock.',
  'Examples: PHP-FPM runs PHP code; Gunicorn and uWSGI run Python code.':
    'Exemples : PHP-FPM exécute du code PHP ; Gunicorn et uWSGI exécutent du code Python.',
  'Its capacity is its worker count: PHP-FPM’s default pool has pm.max_children = 5, so at most 5 requests run at once; Gunicorn defaults to 1 worker and suggests (2 × CPU cores) + 1.':
    'Sa capacité, c’est son nombre de workers : le pool par défaut de PHP-FPM a pm.max_children = 5, donc au plus 5 requêtes à la fois ; Gunicorn démarre 1 seul worker par défaut et conseille (2 × nombre de cœurs de processeur) + 1.',
  'Gunicorn’s default worker is a sync worker; extra requests wait in a queue, which is why this part saturates first when traffic grows.':
    'Le worker par défaut de Gunicorn est un sync worker (synchrone) ; les requêtes en trop attendent dans une file d’attente, et c’est pourquoi cette partie sature la première quand le trafic augmente.',
  'A request holds its worker for its CPU work plus its waiting (for MySQL, files, other services). Workers only help while they wait: once the CPU cores are busy all the time, more workers add no throughput.':
    'Une requête occupe son worker pendant son travail processeur et pendant ses attentes (MySQL, fichiers, autres services). Ajouter des workers n’aide que pendant ces attentes : une fois les cœurs de processeur occupés en permanence, des workers de plus n’ajoutent aucun débit.',
  'Deploying new code usually means reloading this server, not Nginx. Gunicorn’s SIGHUP reload is graceful and loads the new code unless preload_app is on; PHP-FPM’s SIGUSR2 cuts off running requests unless process_control_timeout is set, and PHP code usually takes effect without any reload (OPcache checks file timestamps). A hard restart leaves Nginx with nobody to talk to, so users get 502 Bad Gateway.':
    'Déployer du nouveau code veut généralement dire recharger ce serveur, pas Nginx. Le rechargement de Gunicorn par SIGHUP se fait sans coupure et charge le nouveau code, sauf si preload_app est activé ; le SIGUSR2 de PHP-FPM interrompt les requêtes en cours, sauf si process_control_timeout est défini, et le code PHP prend en général effet sans aucun rechargement (OPcache vérifie la date des fichiers). Un redémarrage brutal laisse Nginx sans interlocuteur : les utilisateurs obtiennent 502 Bad Gateway.',
  'The web server and the application server are the same thing.':
    'Le serveur web et le serveur d’applications sont la même chose.',
  'Two programs, two jobs: Nginx accepts connections and serves files; the application server runs your code, behind Nginx, which shields its few workers from slow clients.':
    'Deux programmes, deux rôles : Nginx accepte les connexions et sert les fichiers ; le serveur d’applications exécute votre code, derrière Nginx, qui protège ses quelques workers des clients lents.',
  'When the site is slow, add more workers.':
    'Quand le site est lent, il suffit d’ajouter des workers.',
  'More workers help only while requests wait for something else. Once the 2 CPU cores are busy all the time, extra workers just queue for the CPU: the same throughput, slower pages.':
    'Ajouter des workers n’aide que tant que les requêtes attendent autre chose. Une fois les 2 cœurs de processeur occupés en permanence, les workers en plus ne font que faire la queue pour le processeur : même débit, pages plus lentes.',
  'Unix socket':
    'socket Unix',
  'PHP-FPM':
    'PHP-FPM',
  'Gunicorn':
    'Gunicorn',
  '5 workers (PHP-FPM default)':
    '5 workers (défaut de PHP-FPM)',
  'The code, templates and static files of the site, on the server’s disk.':
    'Le code, les gabarits de page et les fichiers statiques du site, sur le disque du serveur.',
  'The application server runs the code; Nginx sends the static files as they are.':
    'Le serveur d’applications exécute le code ; Nginx envoie les fichiers statiques tels quels.',
  'Deploying means replacing these files.':
    'Déployer, c’est remplacer ces fichiers.',
  'The page you see is produced by code someone wrote: the application files, or code base, stored on the server’s disk. The application server loads and runs that code (source files, templates, configuration), while Nginx reads the static files (images, CSS, JavaScript) from the same folders and sends them as they are.':
    'La page que vous voyez est produite par du code que quelqu’un a écrit : les fichiers de l’application, ou base de code, stockés sur le disque du serveur. Le serveur d’applications charge et exécute ce code (fichiers source, gabarits de page ou templates, configuration), tandis que Nginx lit les fichiers statiques (images, CSS, JavaScript) dans les mêmes dossiers et les envoie tels quels.',
  'Deploying means replacing these files with a new version; the application server then has to load the new code, which is where maintenance downtime can sneak in.':
    'Déployer, c’est remplacer ces fichiers par une nouvelle version ; le serveur d’applications doit ensuite charger le nouveau code, et c’est là que peut se glisser un temps d’indisponibilité pour maintenance.',
  'Python application servers such as Gunicorn load the code into memory when their workers start, so changed files take effect only after the workers are replaced; PHP with OPcache notices changed files by itself within seconds.':
    'Les serveurs d’applications Python comme Gunicorn chargent le code en mémoire au démarrage de leurs workers : les fichiers modifiés ne prennent effet qu’une fois les workers remplacés ; PHP avec OPcache remarque de lui-même les fichiers modifiés en quelques secondes.',
  'There is only one copy: if the disk fails or a bad deploy breaks it, every page is affected until it is restored.':
    'Il n’en existe qu’une copie : si le disque lâche ou qu’un mauvais déploiement la casse, toutes les pages sont touchées jusqu’à sa restauration.',
  'The application files are the application server.':
    'Les fichiers de l’application sont le serveur d’applications.',
  'The files are the code; the application server is the running program that executes it. The same code base could be run by another server program.':
    'Les fichiers sont le code ; le serveur d’applications est le programme en marche qui l’exécute. La même base de code pourrait être exécutée par un autre programme serveur.',
  'code base':
    'base de code',
  'templates':
    'gabarits de page',
  'deploy = new files':
    'déployer = nouveaux fichiers',
  'It stores what must survive a restart: accounts, posts, orders.':
    'Elle stocke ce qui doit survivre à un redémarrage : comptes, publications, commandes.',
  'The application asks for data with SQL over port 3306; rows come back.':
    'L’application demande des données en SQL sur le port 3306 ; des lignes lui reviennent.',
  'There is only one: if it stops, every dynamic page fails.':
    'Il n’y en a qu’une : si elle s’arrête, toutes les pages dynamiques échouent.',
  'What you see on the page, like accounts, posts or orders, must be stored somewhere that survives a restart: the MySQL database. The application server asks MySQL for data with SQL queries over TCP port 3306 (or a local socket), and MySQL returns rows that the code turns into HTML.':
    'Ce que vous voyez sur la page, comme des comptes, des publications ou des commandes, doit être stocké quelque part où il survit à un redémarrage : la base de données MySQL. Le serveur d’applications lui demande des données par des requêtes SQL sur le port TCP 3306 (ou un socket local), et MySQL renvoie des lignes que le code transforme en HTML.',
  'Data lives in tables of rows and columns; the application creates, reads, updates and deletes it with SQL.':
    'Les données sont rangées dans des tables faites de lignes et de colonnes ; l’application les crée, les lit, les modifie et les supprime en SQL.',
  'MySQL’s classic protocol uses TCP port 3306 (the newer X Protocol uses 33060); on a one-server stack it only needs to listen on 127.0.0.1 or a Unix socket.':
    'Le protocole classique de MySQL utilise le port TCP 3306 (le plus récent X Protocol utilise 33060) ; sur une pile à un seul serveur, il lui suffit d’écouter sur 127.0.0.1 ou sur un socket Unix.',
  'It accepts 151 client connections by default (max_connections); past that, clients get the error “Too many connections”.':
    'Elle accepte par défaut 151 connexions clientes (max_connections) ; au-delà, les clients reçoivent l’erreur « Too many connections ».',
  'A simple indexed query usually takes about a millisecond or less, and a page typically runs several.':
    'Une requête simple sur un index prend en général une milliseconde environ, voire moins, et une page en exécute d’ordinaire plusieurs.',
  'With one database there is one copy of the data online. Later designs add replicas, which copy the primary’s changes (asynchronously by default) and can serve reads.':
    'Avec une seule base de données, il n’existe qu’une copie des données en service. Les architectures suivantes ajoutent des répliques, qui recopient les modifications du serveur principal (de façon asynchrone par défaut) et peuvent servir les lectures.',
  'The browser talks to the database.':
    'Le navigateur parle à la base de données.',
  'Only the application talks to MySQL. Port 3306 should never be reachable from the internet; your browser only ever talks to Nginx.':
    'Seule l’application parle à MySQL. Le port 3306 ne devrait jamais être joignable depuis Internet ; votre navigateur ne parle jamais qu’à Nginx.',
  'Add more web servers behind a load balancer and there is no single point of failure left.':
    'Ajoutez des serveurs web derrière un répartiteur de charge, et il ne reste plus aucun point de défaillance unique.',
  'Not while they all share one MySQL: if it stops, every server fails. The database needs its own standby, a replica that can be promoted to primary.':
    'Pas tant qu’ils partagent tous un seul MySQL : s’il s’arrête, tous les serveurs échouent. La base de données a besoin de son propre serveur de secours, une réplique qui peut être promue serveur principal.',
  'port 3306':
    'port 3306',
  'SQL':
    'SQL',
  'max_connections 151':
    'max_connections 151',
  'tables and rows':
    'tables et lignes',
  // The lines of the diagram (content/explanations/links.ts)
  'Browser to recursive resolver: DNS query':
    'Du navigateur au résolveur récursif : requête DNS',
  'Your computer asks the resolver: what is the address of www.foobar.com?':
    'Votre ordinateur demande au résolveur : quelle est l’adresse de www.foobar.com ?',
  'One small UDP packet each way, on port 53.':
    'Un petit paquet UDP dans chaque sens, sur le port 53.',
  'The answer is the A record: 8.8.8.8.':
    'La réponse est l’enregistrement A : 8.8.8.8.',
  'Before it can connect, your browser (through the operating system) asks the recursive resolver for the address of www.foobar.com. The question and the answer each fit in one small UDP packet on port 53, and the answer is the A record pointing to 8.8.8.8.':
    'Avant de pouvoir se connecter, votre navigateur (par l’intermédiaire du système d’exploitation) demande au résolveur récursif l’adresse de www.foobar.com. La question et la réponse tiennent chacune dans un petit paquet UDP sur le port 53, et la réponse est l’enregistrement A qui pointe vers 8.8.8.8.',
  'The question is recursive (“find it for me”): the resolver does all the other asking.':
    'La question est récursive (« trouve-la pour moi ») : le résolveur se charge de toutes les autres questions.',
  'If an answer is too big for one UDP message, the resolver marks it truncated and the client asks again over TCP port 53.':
    'Si une réponse est trop grosse pour un seul message UDP, le résolveur la marque comme tronquée et le client redemande en TCP sur le port 53.',
  'A cached answer, in the browser or the operating system, skips this hop entirely.':
    'Une réponse en cache, dans le navigateur ou le système d’exploitation, évite complètement cette étape.',
  'Resolver to root server':
    'Du résolveur au serveur racine',
  'On a cold cache the resolver asks a root server first.':
    'Quand son cache est vide, le résolveur interroge d’abord un serveur racine.',
  'The root replies with a referral to the .com servers, not the answer.':
    'La racine répond par un renvoi vers les serveurs de .com, pas par la réponse.',
  'If the resolver has nothing cached for your lookup, it asks a root server about www.foobar.com. The root answers with a referral: the names and addresses of the .com servers.':
    'Si le résolveur n’a rien en cache pour votre recherche, il interroge un serveur racine au sujet de www.foobar.com. La racine répond par un renvoi : les noms et les adresses des serveurs de .com.',
  'The resolver caches this referral for up to two days, so this hop is rare in practice.':
    'Le résolveur garde ce renvoi en cache jusqu’à deux jours : en pratique, cette étape est rare.',
  'referral':
    'renvoi',
  'iterative query':
    'requête itérative',
  'Resolver to .com TLD server':
    'Du résolveur au serveur TLD .com',
  'The resolver asks a .com server next.':
    'Le résolveur interroge ensuite un serveur de .com.',
  'It gets another referral: the NS records of foobar.com’s name servers.':
    'Il obtient un autre renvoi : les enregistrements NS des serveurs de noms de foobar.com.',
  'With the root’s referral in hand, the resolver asks a .com server the same question about the site you want. It gets back another referral: the NS records of foobar.com’s authoritative name servers.':
    'Muni du renvoi de la racine, le résolveur pose la même question à un serveur de .com au sujet du site que vous voulez. Il reçoit un autre renvoi : les enregistrements NS des serveurs de noms faisant autorité pour foobar.com.',
  'Like the root’s, this referral is cached, so most lookups go straight to the authoritative server.':
    'Comme celui de la racine, ce renvoi est mis en cache : la plupart des recherches vont donc directement au serveur faisant autorité.',
  'Resolver to authoritative server':
    'Du résolveur au serveur faisant autorité',
  'The last DNS hop: foobar.com’s own name server.':
    'La dernière étape DNS : le serveur de noms propre à foobar.com.',
  'This reply is the answer: the A record for 8.8.8.8, with its TTL.':
    'Cette réponse est la bonne : l’enregistrement A vers 8.8.8.8, avec son TTL.',
  'Last stop for your browser’s question: the resolver asks foobar.com’s authoritative name server. This time the reply is the answer itself, the A record (www.foobar.com → 8.8.8.8) with its TTL, which the resolver caches and passes back.':
    'Dernière étape pour la question de votre navigateur : le résolveur interroge le serveur de noms faisant autorité pour foobar.com. Cette fois, la réponse est la réponse elle-même, l’enregistrement A (www.foobar.com → 8.8.8.8) avec son TTL, que le résolveur met en cache et transmet.',
  'The TTL tells every cache along the way how long it may reuse the answer without asking again.':
    'Le TTL indique à chaque cache sur le chemin combien de temps il peut réutiliser la réponse sans redemander.',
  'Browser to Nginx: HTTP and HTTPS':
    'Du navigateur à Nginx : HTTP et HTTPS',
  'The browser opens a TCP connection to 8.8.8.8, port 443 (HTTPS) or 80 (HTTP).':
    'Le navigateur ouvre une connexion TCP vers 8.8.8.8, port 443 (HTTPS) ou 80 (HTTP).',
  'TLS encrypts it; inside, HTTP carries the request and the page.':
    'TLS la chiffre ; à l’intérieur, HTTP transporte la requête et la page.',
  'The layers: HTTP over TLS over TCP over IP, the TCP/IP suite.':
    'Les couches : HTTP sur TLS sur TCP sur IP, la suite TCP/IP.',
  'Now that your browser knows 8.8.8.8, it talks to the server across the internet with the TCP/IP protocols. It opens a TCP connection to Nginx on port 443 for HTTPS (HTTP inside TLS encryption) or port 80 for plain HTTP, sends a request such as GET / with the header Host: www.foobar.com, and gets the HTML back on the same connection.':
    'Maintenant que votre navigateur connaît 8.8.8.8, il parle au serveur à travers Internet avec les protocoles TCP/IP. Il ouvre une connexion TCP vers Nginx sur le port 443 pour HTTPS (HTTP à l’intérieur du chiffrement TLS) ou sur le port 80 pour du HTTP simple, envoie une requête comme GET / avec l’en-tête Host: www.foobar.com, et reçoit le HTML en retour sur la même connexion.',
  'The layers: IP carries packets between the two addresses, TCP makes them a reliable connection, TLS encrypts it, and HTTP is the language of the requests and responses inside.':
    'Les couches : IP transporte les paquets entre les deux adresses, TCP en fait une connexion fiable, TLS la chiffre, et HTTP est la langue des requêtes et des réponses qui circulent à l’intérieur.',
  'Setting up costs round trips: one for the TCP handshake (SYN, SYN-ACK, ACK) and one for a TLS 1.3 handshake (two for TLS 1.2), before the request even leaves.':
    'L’établissement coûte des allers-retours : un pour la poignée de main TCP en trois temps (SYN, SYN-ACK, ACK) et un pour une négociation TLS 1.3 (deux pour TLS 1.2), avant même que la requête ne parte.',
  'In its TLS ClientHello the browser names the site it wants (SNI: www.foobar.com) so the server can present the right certificate.':
    'Dans son ClientHello TLS, le navigateur nomme le site qu’il veut (SNI : www.foobar.com) pour que le serveur présente le bon certificat.',
  'The connection is kept open (keep-alive) and reused, so the next requests skip the handshakes.':
    'La connexion reste ouverte (keep-alive) et est réutilisée : les requêtes suivantes évitent les poignées de main.',
  'HTTP/1.1 requires the Host header, which is how one IP address can serve many websites.':
    'HTTP/1.1 exige l’en-tête Host : c’est ce qui permet à une seule adresse IP de servir de nombreux sites web.',
  'The server communicates with the user’s computer using HTTP.':
    'Le serveur communique avec l’ordinateur de l’utilisateur en HTTP.',
  'Right, and keep it: HTTP is the language of the requests and pages. The full answer adds what carries it: the TCP/IP suite, with HTTPS (HTTP over TLS) on port 443 or HTTP on 80.':
    'C’est juste, gardez-le : HTTP est la langue des requêtes et des pages. La réponse complète ajoute ce qui le transporte : la suite TCP/IP, avec HTTPS (HTTP sur TLS) sur le port 443 ou HTTP sur le port 80.',
  'TCP/IP':
    'TCP/IP',
  'HTTP on port 80':
    'HTTP, port 80',
  'HTTPS on port 443':
    'HTTPS, port 443',
  'TLS 1.3':
    'TLS 1.3',
  'SNI':
    'SNI',
  'Nginx to application files: static files':
    'De Nginx aux fichiers de l’application : fichiers statiques',
  'Images, CSS and scripts are the same for every visitor: static files.':
    'Les images, le CSS et les scripts sont les mêmes pour tous les visiteurs : ce sont des fichiers statiques.',
  'Nginx reads them from disk and sends them itself; no application code runs.':
    'Nginx les lit sur le disque et les envoie lui-même ; aucun code de l’application ne s’exécute.',
  'Many things your browser asks for, like images, stylesheets and scripts, are the same for every visitor. Nginx reads those static files straight from disk and sends them back itself, without running any application code, which is very fast.':
    'Beaucoup de choses que demande votre navigateur, comme les images, les feuilles de style et les scripts, sont les mêmes pour tous les visiteurs. Nginx lit ces fichiers statiques directement sur le disque et les renvoie lui-même, sans exécuter le moindre code de l’application, ce qui est très rapide.',
  'A location block such as location /static/ { alias /var/www/foobar/static/; } maps URLs to a folder.':
    'Un bloc location comme location /static/ { alias /var/www/foobar/static/; } associe des URL à un dossier.',
  'try_files $uri @app serves the file if it exists and otherwise hands the request to the application server.':
    'try_files $uri @app sert le fichier s’il existe et, sinon, confie la requête au serveur d’applications.',
  'In NGINX’s own benchmark a single CPU core answered 23,308 HTTPS requests per second for a 10 KB file (about 0.05 ms each, the figure this model uses), far more than an application server can build pages.':
    'Dans le banc d’essai de NGINX lui-même, un seul cœur de processeur a répondu à 23 308 requêtes HTTPS par seconde pour un fichier de 10 Ko (environ 0,05 ms chacune, le chiffre qu’utilise ce modèle), bien plus qu’un serveur d’applications ne peut construire de pages.',
  'no code runs':
    'aucun code exécuté',
  'try_files':
    'try_files',
  'alias / root':
    'alias / root',
  'Nginx to application server: reverse proxy':
    'De Nginx au serveur d’applications : proxy inverse',
  'Nginx forwards a dynamic request to the application server on the same machine.':
    'Nginx transmet une requête dynamique au serveur d’applications, sur la même machine.',
  'It is a reverse proxy: it waits for the page and passes it back to you.':
    'C’est un proxy inverse (reverse proxy) : il attend la page et vous la renvoie.',
  'Nobody listening gives 502 Bad Gateway; no answer in time, 504 Gateway Timeout.':
    'Si rien n’écoute : 502 Bad Gateway ; si aucune réponse n’arrive à temps : 504 Gateway Timeout.',
  'When your request needs a page built for you, Nginx acts as a reverse proxy: it forwards the request to the application server on the same machine and waits for the answer. With Gunicorn that is proxy_pass http://127.0.0.1:8000; with PHP-FPM it is fastcgi_pass to 127.0.0.1:9000 or to a Unix socket.':
    'Quand votre requête demande une page construite pour vous, Nginx joue le rôle de proxy inverse (reverse proxy) : il transmet la requête au serveur d’applications, sur la même machine, et attend la réponse. Avec Gunicorn, c’est proxy_pass http://127.0.0.1:8000 ; avec PHP-FPM, c’est fastcgi_pass vers 127.0.0.1:9000 ou vers un socket Unix.',
  'Loopback (127.0.0.1) never leaves the machine, so this hop costs far less than a millisecond.':
    'La boucle locale (127.0.0.1) ne quitte jamais la machine : cette étape coûte bien moins d’une milliseconde.',
  'Nginx buffers slow clients, so an application worker is busy only while it builds the page; Gunicorn’s documentation strongly recommends running behind such a proxy.':
    'Nginx met en mémoire tampon les échanges avec les clients lents : un worker de l’application n’est occupé que pendant qu’il construit la page. La documentation de Gunicorn recommande vivement de le faire tourner derrière un tel proxy.',
  'Nginx calls the server it forwards to its upstream.':
    'Nginx appelle upstream le serveur vers lequel il transmet.',
  'If nothing listens at that address (the application is stopped or restarting), the connection is refused at once and Nginx returns 502 Bad Gateway.':
    'Si rien n’écoute à cette adresse (l’application est arrêtée ou en train de redémarrer), la connexion est refusée aussitôt et Nginx renvoie 502 Bad Gateway.',
  'If the application’s waiting line (its listen backlog) is full, Linux silently drops Nginx’s connection attempt instead; Nginx keeps trying until proxy_connect_timeout (60 seconds by default) and answers 504 Gateway Timeout, so users see slow pages and then 504.':
    'Si la file d’attente de l’application (sa file d’écoute, le listen backlog) est pleine, Linux ignore au contraire en silence la tentative de connexion de Nginx ; Nginx continue d’essayer jusqu’à proxy_connect_timeout (60 secondes par défaut) et répond 504 Gateway Timeout : les utilisateurs voient des pages lentes, puis une erreur 504.',
  'Once connected, Nginx waits at most proxy_read_timeout (60 seconds by default) between two reads of the answer, not for the whole response; if the application falls silent that long, 504 Gateway Timeout.':
    'Une fois connecté, Nginx attend au plus proxy_read_timeout (60 secondes par défaut) entre deux lectures de la réponse, et non pour la réponse entière ; si l’application reste muette aussi longtemps : 504 Gateway Timeout.',
  'Each forwarded request holds a second Nginx connection, to the application, and worker_connections counts both.':
    'Chaque requête transmise occupe une seconde connexion de Nginx, vers l’application, et worker_connections compte les deux.',
  'It is a LAMP stack, so the web server is Apache and PHP runs inside it.':
    'C’est une pile LAMP : le serveur web est donc Apache, et PHP tourne à l’intérieur.',
  'LAMP (Linux, Apache, MySQL, PHP) is the classic pattern, but the task asks for Nginx, which runs no code: it forwards to PHP-FPM over FastCGI. That is LEMP (E for “engine-x”).':
    'LAMP (Linux, Apache, MySQL, PHP) est le modèle classique, mais l’énoncé demande Nginx, qui n’exécute aucun code : il transmet à PHP-FPM par FastCGI. C’est une pile LEMP (E pour « engine-x »).',
  'proxy_pass':
    'proxy_pass',
  'FastCGI':
    'FastCGI',
  'Application server to application files: running the code':
    'Du serveur d’applications aux fichiers de l’application : exécuter le code',
  'A worker runs the code base to build your page.':
    'Un worker exécute la base de code pour construire votre page.',
  'Gunicorn’s workers load the code when they start; PHP picks up changed files by itself.':
    'Les workers de Gunicorn chargent le code à leur démarrage ; PHP prend en compte de lui-même les fichiers modifiés.',
  'To build the page you asked for, the application server runs the code base stored in the application files. Its workers load the code (usually when they start), run the part that matches the request’s URL, and fill a template with data to produce HTML.':
    'Pour construire la page que vous avez demandée, le serveur d’applications exécute la base de code stockée dans les fichiers de l’application. Ses workers chargent le code (en général à leur démarrage), exécutent la partie qui correspond à l’URL de la requête, et remplissent un gabarit de page avec des données pour produire du HTML.',
  'Gunicorn’s SIGHUP reload starts new workers and gracefully stops the old ones. The new workers load the new code only if the application is not preloaded (preload_app off, the default); with preload_app on, new code needs a full restart.':
    'Le rechargement de Gunicorn par SIGHUP démarre de nouveaux workers et arrête les anciens sans coupure. Les nouveaux workers ne chargent le nouveau code que si l’application n’est pas préchargée (preload_app désactivé, la valeur par défaut) ; avec preload_app activé, le nouveau code exige un redémarrage complet.',
  'PHP-FPM’s SIGUSR2 reloads all its workers, but it is not graceful by default: with process_control_timeout = 0, requests still running are cut off and end in 502 Bad Gateway. Setting process_control_timeout lets them finish.':
    'Le SIGUSR2 de PHP-FPM recharge tous ses workers, mais pas sans coupure par défaut : avec process_control_timeout = 0, les requêtes encore en cours sont interrompues et se terminent en 502 Bad Gateway. Définir process_control_timeout leur laisse le temps de finir.',
  'PHP usually needs no reload for new code at all: OPcache checks the files’ timestamps (every 2 seconds by default) and recompiles changed ones.':
    'Le plus souvent, PHP n’a même besoin d’aucun rechargement pour le nouveau code : OPcache vérifie la date des fichiers (toutes les 2 secondes par défaut) et recompile ceux qui ont changé.',
  'loads the code':
    'charge le code',
  'Application server to MySQL: SQL queries':
    'Du serveur d’applications à MySQL : requêtes SQL',
  'While building the page, the code sends SQL queries to MySQL.':
    'Pendant la construction de la page, le code envoie des requêtes SQL à MySQL.',
  'They go over TCP port 3306 on the same machine, and rows come back.':
    'Elles passent par le port TCP 3306 sur la même machine, et des lignes reviennent.',
  'The content of your page comes from the database, so while building it the application sends SQL queries to MySQL, such as SELECT for the latest posts. They travel over TCP port 3306 on the same machine (or a Unix socket), and MySQL sends back the matching rows.':
    'Le contenu de votre page vient de la base de données : pendant la construction de la page, l’application envoie donc des requêtes SQL à MySQL, comme un SELECT pour les dernières publications. Elles passent par le port TCP 3306 sur la même machine (ou par un socket Unix), et MySQL renvoie les lignes correspondantes.',
  'Each application worker usually holds one database connection, so 5 workers use 5 of MySQL’s 151 default connections: the database is not the first bottleneck here.':
    'Chaque worker de l’application tient en général une connexion à la base de données : 5 workers utilisent donc 5 des 151 connexions par défaut de MySQL. La base de données n’est pas le premier goulot d’étranglement ici.',
  'If the connections run out, MySQL refuses new ones with “Too many connections”, and the application typically shows a 500 error.':
    'Si les connexions viennent à manquer, MySQL refuse les nouvelles avec « Too many connections », et l’application affiche en général une erreur 500.',
  'same host':
    'même machine',
  // Topics: the domain name and the DNS record (content/explanations/topics.ts)
  'Domain name: www.foobar.com':
    'Nom de domaine : www.foobar.com',
  'A name people can remember instead of an IP address.':
    'Un nom facile à retenir, à la place d’une adresse IP.',
  'foobar.com is the registered domain; www is a host name (a subdomain) inside it.':
    'foobar.com est le domaine enregistré ; www est un nom d’hôte (un sous-domaine) à l’intérieur.',
  'The owner can move the site by changing one DNS record.':
    'Le propriétaire peut déplacer le site en modifiant un seul enregistrement DNS.',
  'You reach the site by typing a name, www.foobar.com, not a number: the domain name is a human-friendly label that DNS turns into the server’s IP address. foobar.com is the domain registered under the .com top-level domain, and www is a host name (a subdomain) inside it, which the owner can point wherever they like.':
    'Vous atteignez le site en tapant un nom, www.foobar.com, et non un numéro : le nom de domaine est une étiquette lisible par un humain, que le DNS transforme en adresse IP du serveur. foobar.com est le domaine enregistré sous le domaine de premier niveau .com, et www est un nom d’hôte (un sous-domaine) à l’intérieur, que le propriétaire peut faire pointer où il veut.',
  'Read the name from right to left: the root, then com, then foobar, then www; each dot is one step down the DNS tree.':
    'Lisez le nom de droite à gauche : la racine, puis com, puis foobar, puis www ; chaque point fait descendre d’un niveau dans l’arbre DNS.',
  'Because people remember the name, the owner can move the site to a new IP address by changing one DNS record, and nobody has to change their bookmarks.':
    'Comme les gens retiennent le nom, le propriétaire peut déplacer le site vers une nouvelle adresse IP en modifiant un seul enregistrement DNS, sans que personne n’ait à changer ses favoris.',
  'foobar.com (the apex) and www.foobar.com are two separate names, and each needs its own record.':
    'foobar.com (l’apex, le sommet de la zone) et www.foobar.com sont deux noms distincts, et chacun a besoin de son propre enregistrement.',
  'Names reserved for examples are example.com, example.net and example.org (RFC 2606); foobar.com is not one of them.':
    'Les noms réservés aux exemples sont example.com, example.net et example.org (RFC 2606) ; foobar.com n’en fait pas partie.',
  'www.foobar.com and foobar.com are automatically the same site.':
    'www.foobar.com et foobar.com sont automatiquement le même site.',
  'www is just a label the owner chose for a host inside foobar.com. Whether foobar.com itself works depends on whether it has its own record.':
    'www n’est qu’une étiquette choisie par le propriétaire pour une machine à l’intérieur de foobar.com. foobar.com lui-même ne fonctionne que s’il a son propre enregistrement.',
  'foobar.com':
    'foobar.com',
  'www = subdomain':
    'www = sous-domaine',
  '.com = TLD':
    '.com = TLD',
  'DNS record for www: an A record':
    'Enregistrement DNS de www : un enregistrement A',
  'www.foobar.com is an A record: it maps the name straight to the IPv4 address 8.8.8.8.':
    'www.foobar.com est un enregistrement A : il associe directement le nom à l’adresse IPv4 8.8.8.8.',
  'Not a CNAME: a CNAME points to another name, never to an IP address.':
    'Pas un CNAME : un CNAME pointe vers un autre nom, jamais vers une adresse IP.',
  'The record also carries a TTL: 300 seconds here.':
    'L’enregistrement porte aussi un TTL : ici, 300 secondes.',
  'For your browser to reach the site, the name www.foobar.com must lead to the server, and the task says www points straight at the IP address 8.8.8.8. A record that maps a name directly to an IPv4 address is an A record (www.foobar.com → 8.8.8.8).':
    'Pour que votre navigateur atteigne le site, le nom www.foobar.com doit mener au serveur, et l’énoncé dit que www pointe directement vers l’adresse IP 8.8.8.8. Un enregistrement qui associe directement un nom à une adresse IPv4 est un enregistrement A (www.foobar.com → 8.8.8.8).',
  'In a zone file it reads: www.foobar.com. 300 IN A 8.8.8.8, meaning name, TTL in seconds, class IN (internet), type A, and the address.':
    'Dans un fichier de zone, il s’écrit : www.foobar.com. 300 IN A 8.8.8.8, c’est-à-dire le nom, le TTL en secondes, la classe IN (Internet), le type A et l’adresse.',
  'An AAAA record does the same job for an IPv6 address (128 bits instead of 32).':
    'Un enregistrement AAAA fait la même chose pour une adresse IPv6 (128 bits au lieu de 32).',
  'A CNAME record makes a name an alias of another name, never of an IP address; the resolver then has to look up that other name too.':
    'Un enregistrement CNAME fait d’un nom un alias d’un autre nom, jamais d’une adresse IP ; le résolveur doit alors rechercher aussi cet autre nom.',
  'A CNAME cannot share its name with any other record, so it cannot sit at the apex foobar.com, which must carry the zone’s SOA and NS records.':
    'Un CNAME ne peut partager son nom avec aucun autre enregistrement : il ne peut donc pas se trouver à l’apex foobar.com, qui doit porter les enregistrements SOA et NS de la zone.',
  'Real sites often make www a CNAME to the apex or to a CDN; that is fine, but it is not what this task describes.':
    'Les vrais sites font souvent de www un CNAME vers l’apex ou vers un CDN ; c’est tout à fait correct, mais ce n’est pas ce que décrit cet énoncé.',
  'Check a record yourself with dig www.foobar.com A or nslookup www.foobar.com.':
    'Vérifiez vous-même un enregistrement avec dig www.foobar.com A ou nslookup www.foobar.com.',
  'www in www.foobar.com is a CNAME record.':
    'Le www de www.foobar.com est un enregistrement CNAME.',
  'A CNAME always points to another name, never to an IP address. The task says www points to the IP 8.8.8.8, and only an A record maps a name to an IPv4 address.':
    'Un CNAME pointe toujours vers un autre nom, jamais vers une adresse IP. L’énoncé dit que www pointe vers l’IP 8.8.8.8, et seul un enregistrement A associe un nom à une adresse IPv4.',
  'not a CNAME':
    'pas un CNAME',
  'AAAA = IPv6':
    'AAAA = IPv6',
  // The parts a fixed design adds (content/explanations/designParts.ts); the rest of their cards is the fix cards’ text
  'What it brings: The load balancer is now the single point of failure: if that one machine stops, no request reaches either server. Both servers still share the one MySQL database.':
    'Ce que cela entraîne : le répartiteur de charge est désormais le point de défaillance unique : si cette machine s’arrête, aucune requête n’atteint les serveurs. Les deux serveurs partagent toujours l’unique base de données MySQL.',
  'What it brings: The one primary still takes every write: if it stops, nothing can be posted or bought until a replica is promoted. Reads from the replica can be slightly out of date.':
    'Ce que cela entraîne : l’unique principal reçoit toujours toutes les écritures : s’il s’arrête, plus rien ne peut être publié ni acheté tant qu’une réplique n’a pas été promue. Les lectures sur la réplique peuvent être légèrement en retard.',
};
