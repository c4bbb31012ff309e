/** French for the lessons area: English (the key, as written in the source) → French. */
import type { Dictionary } from '../t';

export const FR_LESSONS: Dictionary = {
  'A user wants the website':
    'Un utilisateur veut voir le site',
  'It starts with a user who wants to visit the site: they type www.foobar.com into the browser and press Enter. The browser can’t connect to a name, so first it has to find the server’s IP address.':
    'Tout commence par un utilisateur qui veut consulter le site : il tape www.foobar.com dans son navigateur et appuie sur Entrée. Le navigateur ne peut pas se connecter à un nom : il doit d’abord trouver l’adresse IP du serveur.',
  'The domain name':
    'Le nom de domaine',
  'foobar.com is the domain name: a label people can remember instead of an IP address, and the owner can move the site to a new address by changing one record. In www.foobar.com, www is a host name (a subdomain) inside foobar.com.':
    'foobar.com est le nom de domaine : un nom facile à retenir, à la place d’une adresse IP, et son propriétaire peut déplacer le site vers une nouvelle adresse en modifiant un seul enregistrement. Dans www.foobar.com, www est un nom d’hôte (un sous-domaine) de foobar.com.',
  'Ask the recursive resolver':
    'Interroger le résolveur récursif',
  'If neither the browser’s nor the operating system’s cache knows the name, the computer asks a recursive resolver over UDP port 53. The resolver answers from its own cache when it can.':
    'Si ni le cache du navigateur ni celui du système d’exploitation ne connaissent le nom, l’ordinateur interroge un résolveur DNS récursif, en UDP sur le port 53. Le résolveur répond depuis son propre cache quand il le peut.',
  'Root, .com, then foobar.com':
    'La racine, .com, puis foobar.com',
  'On a cache miss the resolver walks down the DNS tree. A root server refers it to the .com servers, and a .com server refers it to foobar.com’s authoritative name server.':
    'Si la réponse n’est pas en cache, le résolveur descend l’arbre du DNS. Un serveur racine le renvoie vers les serveurs de .com, et un serveur de .com le renvoie vers le serveur de noms faisant autorité de foobar.com.',
  'The answer: an A record':
    'La réponse : un enregistrement A',
  'The authoritative server answers that www.foobar.com is an A record pointing to 8.8.8.8, with a TTL saying how long it may be cached. It is an A record, not a CNAME, because it maps the name straight to an IPv4 address; a CNAME can only point to another name.':
    'Le serveur faisant autorité répond que www.foobar.com est un enregistrement A qui pointe vers 8.8.8.8, avec un TTL (durée de vie) qui dit combien de temps la réponse peut rester en cache. C’est un enregistrement A, pas un CNAME, car il associe directement le nom à une adresse IPv4 ; un CNAME ne peut pointer que vers un autre nom.',
  'The server at 8.8.8.8':
    'Le serveur à l’adresse 8.8.8.8',
  'The address leads to the server: a computer that serves clients such as your browser, physical or virtual, sitting in a data centre and reached only over the network. This one machine runs everything: Nginx, the application server, the code base and MySQL. (In real life 8.8.8.8 is Google’s public DNS resolver, so treat it as a placeholder.)':
    'L’adresse mène au serveur : un ordinateur qui sert des clients comme votre navigateur, physique ou virtuel, installé dans un centre de données et joignable uniquement par le réseau. Cette seule machine fait tout tourner : Nginx, le serveur d’applications, la base de code et MySQL. (Dans la réalité, 8.8.8.8 est le résolveur DNS public de Google : voyez-y une simple adresse d’exemple.)',
  'Open a connection: TCP/IP':
    'Ouvrir une connexion : TCP/IP',
  'The browser talks to the server with the TCP/IP protocols. It opens a TCP connection to port 443 with a three-way handshake (SYN, SYN-ACK, ACK), costing one round trip.':
    'Le navigateur communique avec le serveur grâce aux protocoles TCP/IP. Il ouvre une connexion TCP vers le port 443 par une poignée de main en trois temps (SYN, SYN-ACK, ACK), qui coûte un aller-retour.',
  'Encrypt it and ask: HTTPS':
    'Chiffrer et demander : HTTPS',
  'A TLS handshake encrypts the connection, and the browser names the site it wants (SNI: www.foobar.com). Inside, it sends an HTTP request such as GET / with the header Host: www.foobar.com: HTTPS on port 443, or plain HTTP on port 80.':
    'Une négociation TLS chiffre la connexion, et le navigateur indique le site qu’il veut (SNI : www.foobar.com). À l’intérieur, il envoie une requête HTTP comme GET / avec l’en-tête Host: www.foobar.com : HTTPS sur le port 443, ou HTTP en clair sur le port 80.',
  'Nginx, the web server':
    'Nginx, le serveur web',
  'Nginx receives the request. A static file such as an image or a stylesheet it reads from disk and sends back itself. Anything dynamic it forwards to the application server as a reverse proxy.':
    'Nginx reçoit la requête. Un fichier statique, comme une image ou une feuille de style, est lu sur le disque et renvoyé par Nginx lui-même. Tout ce qui est dynamique est transmis au serveur d’applications : Nginx joue alors le rôle de proxy inverse (reverse proxy).',
  'The application server runs the code':
    'Le serveur d’applications exécute le code',
  'The application server (PHP-FPM or Gunicorn, for example) gets the request from Nginx over 127.0.0.1 or a Unix socket. One of its workers runs the code base, the application files, to build the page.':
    'Le serveur d’applications (PHP-FPM ou Gunicorn, par exemple) reçoit la requête de Nginx via 127.0.0.1 ou un socket Unix. L’un de ses workers exécute la base de code, les fichiers de l’application, pour construire la page.',
  'MySQL, the database':
    'MySQL, la base de données',
  'The code needs data, so it sends SQL queries to MySQL over TCP port 3306 on the same machine. MySQL stores the data in tables and sends back the matching rows.':
    'Le code a besoin de données : il envoie des requêtes SQL à MySQL, en TCP sur le port 3306 de la même machine. MySQL range les données dans des tables et renvoie les lignes qui correspondent.',
  'The answer travels back':
    'La réponse fait le chemin inverse',
  'The application fills its templates with the rows and hands the finished HTML to Nginx. Nginx sends it to the browser as an HTTP response, 200 OK, on the same encrypted connection.':
    'L’application remplit ses gabarits (templates) avec ces lignes et remet le HTML terminé à Nginx. Nginx l’envoie au navigateur dans une réponse HTTP, 200 OK, sur la même connexion chiffrée.',
  'The page is displayed':
    'La page s’affiche',
  'The browser draws the page, then asks for the images, stylesheets and scripts it references, reusing the open connection. Next time, cached DNS answers and that open connection make it much faster.':
    'Le navigateur affiche la page, puis demande les images, feuilles de style et scripts qu’elle référence, en réutilisant la connexion ouverte. La fois suivante, les réponses DNS en cache et cette connexion ouverte rendent tout beaucoup plus rapide.',
  'Issue 1: a single point of failure':
    'Problème 1 : un point de défaillance unique',
  'Everything lives on one server with one IP address, and nothing is redundant. If the machine or its network fails, the whole site is down: browsers just wait, then show ERR_CONNECTION_TIMED_OUT (after about 131 s on Linux, sooner on Windows and macOS). If one program on it fails, users get a refused connection (Nginx) or an error page (502 from the application, 500 when MySQL is gone).':
    'Tout se trouve sur un seul serveur avec une seule adresse IP, et rien n’est redondant. Si la machine ou son réseau tombe en panne, tout le site est hors service : les navigateurs attendent, puis affichent ERR_CONNECTION_TIMED_OUT (après environ 131 s sous Linux, plus tôt sous Windows et macOS). Si un seul programme de la machine tombe, les utilisateurs obtiennent une connexion refusée (Nginx) ou une page d’erreur (502 venant de l’application, 500 quand MySQL n’est plus là).',
  'Issue 2: downtime during maintenance':
    'Problème 2 : un temps d’indisponibilité pendant la maintenance',
  'To deploy new code or upgrade software, programs must be reloaded or restarted, and there is no second server to take the traffic meanwhile. Restarting Nginx refuses connections, restarting the application server gives 502 Bad Gateway, and only a graceful reload drops nothing (PHP-FPM’s reload is graceful only when configured to be).':
    'Pour déployer du nouveau code ou mettre à jour un logiciel, il faut recharger ou redémarrer des programmes, et aucun second serveur ne peut prendre le trafic pendant ce temps. Pendant un redémarrage de Nginx, les connexions sont refusées ; pendant celui du serveur d’applications, les visiteurs reçoivent 502 Bad Gateway ; seul un rechargement sans coupure (graceful reload) ne perd rien (celui de PHP-FPM n’est sans coupure que s’il est configuré pour l’être).',
  'Issue 3: it cannot scale':
    'Problème 3 : pas de mise à l’échelle possible',
  'One machine has a fixed number of CPUs and application workers. When more requests arrive than the workers can handle, they queue, pages slow down and then fail. In this design the only way to grow is a bigger machine (scaling up), which means downtime; adding servers (scaling out) needs a load balancer, which is the next design.':
    'Une machine a un nombre fixe de processeurs et de workers d’application. Quand il arrive plus de requêtes que les workers ne peuvent en traiter, elles attendent dans une file, les pages ralentissent, puis échouent. Dans cette architecture, la seule façon de grandir est une machine plus puissante (mise à l’échelle verticale, ou scale-up), ce qui implique un temps d’indisponibilité ; ajouter des serveurs (mise à l’échelle horizontale, ou scale-out) demande un répartiteur de charge : c’est l’architecture suivante.',
  'The one server goes down. What does a visitor’s browser show?':
    'L’unique serveur tombe en panne. Qu’affiche le navigateur d’un visiteur ?',
  '404 Not Found':
    '404 Not Found',
  'A DNS error: the name no longer resolves':
    'Une erreur DNS : le nom n’est plus résolu',
  'A spinner, then ERR_CONNECTION_TIMED_OUT':
    'Une roue qui tourne, puis ERR_CONNECTION_TIMED_OUT',
  '502 Bad Gateway':
    '502 Bad Gateway',
  'DNS still answers 8.8.8.8, but nothing there answers the browser’s connection attempts, so no program is left to send a 404 or a 502. The visitor’s operating system resends its connection request (SYN), at growing gaps, and gives up after about two minutes on Linux.':
    'Le DNS répond toujours 8.8.8.8, mais là-bas plus rien ne répond aux tentatives de connexion du navigateur : il ne reste aucun programme pour renvoyer une erreur 404 ou 502. Le système d’exploitation du visiteur renvoie sa demande de connexion (SYN) à intervalles croissants, et abandonne au bout d’environ deux minutes sous Linux.',
  'You add a second server behind a load balancer; both use the one MySQL. Is a single point of failure left?':
    'Vous ajoutez un second serveur derrière un répartiteur de charge ; tous deux utilisent l’unique MySQL. Reste-t-il un point de défaillance unique ?',
  'No: if one server fails, the other one serves':
    'Non : si un serveur tombe en panne, l’autre prend le relais',
  'Yes: the one MySQL server and the one load balancer':
    'Oui : l’unique serveur MySQL et l’unique répartiteur de charge',
  'Yes: the DNS name servers for foobar.com':
    'Oui : les serveurs de noms DNS de foobar.com',
  'Every server depends on the one database, and every request passes the one balancer. The database needs a replica that can be promoted, the balancer a partner sharing a virtual IP.':
    'Chaque serveur dépend de l’unique base de données, et chaque requête passe par l’unique répartiteur. La base de données a besoin d’une réplique qui puisse être promue, le répartiteur d’un partenaire qui partage avec lui une IP virtuelle.',
  'You deploy new code by restarting the application server. For those few seconds, what do visitors get?':
    'Vous déployez du nouveau code en redémarrant le serveur d’applications. Pendant ces quelques secondes, qu’obtiennent les visiteurs ?',
  'Nothing: a restart is too quick to notice':
    'Rien : un redémarrage est trop rapide pour qu’on le remarque',
  'ERR_CONNECTION_REFUSED: the whole site is down':
    'ERR_CONNECTION_REFUSED : tout le site est hors service',
  '502 Bad Gateway for pages; static files still load':
    '502 Bad Gateway pour les pages ; les fichiers statiques se chargent encore',
  'Nginx keeps running and accepts the connection, but finds no application server behind it, so it answers 502 Bad Gateway; the files it serves itself still load. Restarting Nginx instead gives ERR_CONNECTION_REFUSED.':
    'Nginx continue de tourner et accepte la connexion, mais ne trouve aucun serveur d’applications derrière lui : il répond donc 502 Bad Gateway ; les fichiers qu’il sert lui-même se chargent toujours. Redémarrer Nginx donnerait, lui, ERR_CONNECTION_REFUSED.',
  'You change Nginx’s configuration and apply it with nginx -s reload. How many requests fail?':
    'Vous modifiez la configuration de Nginx et l’appliquez avec nginx -s reload. Combien de requêtes échouent ?',
  'None: the old workers finish, new ones take over':
    'Aucune : les anciens workers finissent, les nouveaux prennent le relais',
  'A few seconds of them: every change needs a restart':
    'Quelques secondes d’échecs : tout changement exige un redémarrage',
  'Every request already in progress at that moment':
    'Toutes les requêtes en cours à ce moment-là',
  'On a reload the master process starts workers with the new configuration while the old ones finish their requests, so the port never closes. Choose “Reload Nginx gracefully” and deploy to see an empty window.':
    'Lors d’un rechargement, le processus maître lance des workers avec la nouvelle configuration pendant que les anciens terminent leurs requêtes : le port ne se ferme jamais. Choisissez « Recharger Nginx sans coupure », puis déployez : la fenêtre d’échecs reste vide.',
  'Traffic grows to twice what the server can serve. What happens to the pages served per second?':
    'Le trafic atteint le double de ce que le serveur peut servir. Que deviennent les pages servies par seconde ?',
  'They keep rising with the traffic, only more slowly':
    'Elles continuent de monter avec le trafic, seulement plus lentement',
  'They stop at the ceiling while the queue grows':
    'Elles plafonnent pendant que la file d’attente s’allonge',
  'They fall to zero at once: the server crashes':
    'Elles tombent à zéro d’un coup : le serveur plante',
  '5 workers each handle one request at a time, so the server serves at most its capacity however much arrives. The rest wait in the queue, pages slow down, and once the queue is full requests fail.':
    '5 workers traitent chacun une requête à la fois : le serveur sert donc au plus sa capacité, quel que soit le nombre de requêtes qui arrivent. Les autres attendent dans la file, les pages ralentissent et, une fois la file pleine, les requêtes échouent.',
  'The server’s 2 CPU cores are busy all the time. What do ten more application workers bring?':
    'Les 2 cœurs de processeur du serveur sont occupés en permanence. Qu’apportent dix workers d’application de plus ?',
  'About twice as many pages served per second':
    'Environ deux fois plus de pages servies par seconde',
  'The same pages per second, each one slower':
    'Autant de pages par seconde, chacune plus lente',
  'Fewer timeouts, because the queue empties faster':
    'Moins de délais dépassés, car la file se vide plus vite',
  'Extra workers help only while requests wait for something else. With every core busy they queue for the CPU instead: the same throughput, slower pages. Growing needs more servers.':
    'Des workers en plus n’aident que tant que les requêtes attendent autre chose. Quand tous les cœurs sont occupés, elles font la queue pour le processeur : même débit, pages plus lentes. Pour grandir, il faut plus de serveurs.',
  'Nothing is cached yet. The browser asks its recursive resolver; which server answers the query first?':
    'Rien n’est encore en cache. Le navigateur interroge son résolveur récursif : quel serveur répond en premier à la requête ?',
  'foobar.com’s own name server, which holds the record':
    'Le serveur de noms de foobar.com, qui détient l’enregistrement',
  'The root server, with a referral to .com':
    'Le serveur racine, avec un renvoi vers .com',
  'The .com server, which knows every .com address':
    'Le serveur de .com, qui connaît toutes les adresses en .com',
  'The resolver starts at the root, which only refers it to the .com servers; they refer it to foobar.com’s name server, which finally answers with the A record.':
    'Le résolveur commence par la racine, qui se contente de le renvoyer vers les serveurs de .com ; ceux-ci le renvoient vers le serveur de noms de foobar.com, qui répond enfin avec l’enregistrement A.',
  'A second request for www.foobar.com follows the first. What does it skip?':
    'Une seconde requête vers www.foobar.com suit la première. Que saute-t-elle ?',
  'Nothing: every request starts again from DNS':
    'Rien : chaque requête repart du DNS',
  'The DNS lookup and the TCP and TLS handshakes':
    'La requête DNS, la poignée de main TCP et la négociation TLS',
  'The application and MySQL: the page is remembered':
    'L’application et MySQL : la page est mémorisée',
  'Only the DNS lookup: the address is cached':
    'Seulement la requête DNS : l’adresse est en cache',
  'The address is in the browser’s cache and the connection is kept open (keep-alive), so the request goes straight out. The application still builds the page and queries MySQL again.':
    'L’adresse est dans le cache du navigateur et la connexion est restée ouverte (keep-alive) : la requête part directement. L’application construit quand même la page et interroge de nouveau MySQL.',
  'What is a server?':
    'Qu’est-ce qu’un serveur ?',
  'A computer, physical or virtual and usually in a data centre, that runs an operating system and server programs and answers clients’ requests over the network. Here one machine with one IP address, 8.8.8.8, runs everything.':
    'Un ordinateur, physique ou virtuel et généralement dans un centre de données, qui fait tourner un système d’exploitation et des programmes serveurs, et répond par le réseau aux requêtes des clients. Ici, une seule machine avec une seule adresse IP, 8.8.8.8, fait tout tourner.',
  'Serves clients: waits for requests and answers them':
    'Sert des clients : attend des requêtes et y répond',
  'Physical or virtual, reached over the network':
    'Physique ou virtuel, joint par le réseau',
  'An IPv4 address is four numbers from 0 to 255':
    'Une adresse IPv4, ce sont quatre nombres de 0 à 255',
  'What is the role of the domain name?':
    'Quel est le rôle du nom de domaine ?',
  'A name people can remember instead of an IP address: DNS turns www.foobar.com into 8.8.8.8. The owner can move the site by changing one record, and nobody changes their bookmarks.':
    'Un nom facile à retenir à la place d’une adresse IP : le DNS transforme www.foobar.com en 8.8.8.8. Le propriétaire peut déplacer le site en modifiant un seul enregistrement, et personne n’a à changer ses favoris.',
  'Human-readable name instead of an IP address':
    'Un nom lisible par un humain à la place d’une adresse IP',
  'DNS maps the name to the IP address':
    'Le DNS associe le nom à l’adresse IP',
  'www is a host name (subdomain) inside foobar.com':
    'www est un nom d’hôte (sous-domaine) de foobar.com',
  'What type of DNS record is www in www.foobar.com?':
    'Quel type d’enregistrement DNS est www dans www.foobar.com ?',
  'An A record: www.foobar.com. IN A 8.8.8.8. An A record maps a name to an IPv4 address; a CNAME points to another name, never to an address, so it cannot be the answer here.':
    'Un enregistrement A : www.foobar.com. IN A 8.8.8.8. Un enregistrement A associe un nom à une adresse IPv4 ; un CNAME pointe vers un autre nom, jamais vers une adresse : ce ne peut donc pas être la réponse ici.',
  'Maps a name to an IPv4 address':
    'Associe un nom à une adresse IPv4',
  'Not a CNAME: a CNAME points to another name':
    'Pas un CNAME : un CNAME pointe vers un autre nom',
  'What is the role of the web server?':
    'Quel est le rôle du serveur web ?',
  'Nginx accepts the browsers’ HTTP and HTTPS connections on ports 80 and 443, serves static files itself and passes requests for dynamic pages to the application server (a reverse proxy). It can also terminate TLS.':
    'Nginx accepte les connexions HTTP et HTTPS des navigateurs sur les ports 80 et 443, sert lui-même les fichiers statiques et transmet les requêtes de pages dynamiques au serveur d’applications (c’est un proxy inverse, ou reverse proxy). Il peut aussi assurer la terminaison TLS (déchiffrer la connexion).',
  'Accepts connections on ports 80 and 443':
    'Accepte les connexions sur les ports 80 et 443',
  'Serves static files itself':
    'Sert lui-même les fichiers statiques',
  'Forwards dynamic requests to the application server':
    'Transmet les requêtes dynamiques au serveur d’applications',
  'What is the role of the application server?':
    'Quel est le rôle du serveur d’applications ?',
  'It runs the code base, the application files, to build dynamic pages: the business logic. It reads and writes the database and hands the page back to Nginx. Examples: Gunicorn for Python, PHP-FPM for PHP.':
    'Il exécute la base de code, les fichiers de l’application, pour construire les pages dynamiques : c’est la logique métier. Il lit et écrit dans la base de données et renvoie la page à Nginx. Exemples : Gunicorn pour Python, PHP-FPM pour PHP.',
  'Runs the code base (business logic)':
    'Exécute la base de code (logique métier)',
  'Builds dynamic pages':
    'Construit les pages dynamiques',
  'Talks to the database':
    'Dialogue avec la base de données',
  'Not the same program as the web server':
    'Ce n’est pas le même programme que le serveur web',
  'What is the role of the database?':
    'Quel est le rôle de la base de données ?',
  'MySQL stores the site’s data so it lasts between requests, and the application reads and writes it with SQL. It listens on port 3306, which only the application should reach.':
    'MySQL stocke les données du site pour qu’elles durent d’une requête à l’autre, et l’application les lit et les écrit en SQL. Il écoute sur le port 3306, que seule l’application devrait pouvoir joindre.',
  'Stores the data persistently':
    'Stocke les données de façon durable',
  'The application queries it with SQL':
    'L’application l’interroge en SQL',
  'Port 3306, reached only by the application':
    'Port 3306, joint uniquement par l’application',
  'What does the server use to communicate with the user’s computer?':
    'Qu’utilise le serveur pour communiquer avec l’ordinateur de l’utilisateur ?',
  'The TCP/IP suite over the internet: IP carries the packets, TCP makes them a reliable connection, and on top HTTPS (HTTP over TLS) on port 443, or plain HTTP on port 80.':
    'La suite TCP/IP, à travers Internet : IP transporte les paquets, TCP en fait une connexion fiable, et par-dessus, HTTPS (HTTP sur TLS) sur le port 443, ou HTTP en clair sur le port 80.',
  'HTTP, or HTTPS (HTTP over TLS)':
    'HTTP, ou HTTPS (HTTP sur TLS)',
  'Ports 80 and 443':
    'Ports 80 et 443',
  'Issue 1: why is this design a single point of failure?':
    'Problème 1 : pourquoi cette architecture est-elle un point de défaillance unique ?',
  'Everything (Nginx, the application, the code and MySQL) runs on one machine with one IP address. If it fails, the whole site is down and nothing can take over; the fix is redundancy, servers behind a load balancer.':
    'Tout (Nginx, l’application, le code et MySQL) tourne sur une seule machine avec une seule adresse IP. Si elle tombe en panne, tout le site est hors service et rien ne peut prendre le relais ; la solution est la redondance : des serveurs derrière un répartiteur de charge.',
  'Everything on one machine':
    'Tout sur une seule machine',
  'One failure takes the whole site down':
    'Une seule panne met tout le site hors service',
  'Fix: redundant servers behind a load balancer':
    'Solution : des serveurs redondants derrière un répartiteur de charge',
  'Issue 2: why is there downtime during maintenance?':
    'Problème 2 : pourquoi y a-t-il un temps d’indisponibilité pendant la maintenance ?',
  'To deploy new code a program must restart or reload, and there is no second server to take the traffic meanwhile. Restarting Nginx refuses connections and restarting the application server gives 502; a graceful reload loses nothing.':
    'Pour déployer du nouveau code, un programme doit redémarrer ou se recharger, et aucun second serveur ne peut prendre le trafic pendant ce temps. Pendant un redémarrage de Nginx, les connexions sont refusées, et pendant celui du serveur d’applications, c’est 502 ; un rechargement sans coupure ne perd rien.',
  'No second server to send users to':
    'Pas de second serveur vers lequel envoyer les utilisateurs',
  'A restart leaves a gap of failed requests':
    'Un redémarrage crée une période de requêtes en échec',
  'A graceful reload (nginx -s reload) loses none':
    'Un rechargement sans coupure (nginx -s reload) n’en perd aucune',
  'Issue 3: why can this design not scale?':
    'Problème 3 : pourquoi cette architecture ne peut-elle pas être mise à l’échelle ?',
  'One machine has a fixed number of CPU cores and workers, so it serves only so many requests a second. Past that, requests queue, pages slow down and fail; it can only grow by a bigger machine (scaling up), not by adding servers.':
    'Une machine a un nombre fixe de cœurs de processeur et de workers : elle ne sert donc qu’un nombre limité de requêtes par seconde. Au-delà, les requêtes font la queue, les pages ralentissent et échouent ; elle ne peut grandir qu’avec une machine plus puissante (mise à l’échelle verticale), pas en ajoutant des serveurs.',
  'Fixed cores and workers: a ceiling on requests per second':
    'Cœurs et workers en nombre fixe : un plafond de requêtes par seconde',
  'Past it, queues grow and requests fail':
    'Au-delà, les files d’attente s’allongent et les requêtes échouent',
  'Only scaling up, not out':
    'Seulement verticale (scale-up), pas horizontale (scale-out)',
  'one IP address announced from many places at once; the network delivers each packet to the nearest of them.':
    'une seule adresse IP annoncée depuis de nombreux endroits à la fois ; le réseau remet chaque paquet au plus proche d’entre eux.',
  'Start of Authority: the record at the top of a zone that names its main name server and its timers.':
    'Start of Authority (début d’autorité) : l’enregistrement en tête d’une zone, qui nomme son serveur de noms principal et fixe ses délais.',
  'a protocol a web server uses to hand requests to a separate program, such as PHP-FPM, and get the page back.':
    'un protocole qu’un serveur web utilise pour confier des requêtes à un programme séparé, comme PHP-FPM, et en récupérer la page.',
  'a Unix signal, a tiny message sent to a running program; Nginx and Gunicorn read it as “reload”.':
    'un signal Unix, un tout petit message envoyé à un programme en cours d’exécution ; Nginx et Gunicorn le comprennent comme « recharger ».',
  'a Unix signal that PHP-FPM reads as “reload all workers”.':
    'un signal Unix que PHP-FPM comprend comme « recharger tous les workers ».',
  'Nginx’s word for the server it forwards requests to: here, the application server.':
    'le mot de Nginx pour le serveur auquel il transmet les requêtes : ici, le serveur d’applications.',
  'the median: half of the requests took less time than this, half took more.':
    'la médiane : la moitié des requêtes ont pris moins de temps que cela, l’autre moitié plus.',
  'the 95th percentile: 95 of every 100 requests took this long or less; the slowest 5 took longer.':
    'le 95e centile : 95 requêtes sur 100 ont pris ce temps ou moins ; les 5 plus lentes ont pris plus longtemps.',
  'a Linux program that lets two machines share a virtual IP; if the active one fails, the other takes the address over.':
    'un programme Linux qui permet à deux machines de partager une IP virtuelle ; si la machine active tombe en panne, l’autre reprend l’adresse.',
  'an IP address not tied to one machine: it moves to whichever machine is active.':
    'une adresse IP qui n’est liée à aucune machine : elle passe sur la machine active, quelle qu’elle soit.',
  'a worker process that handles one request at a time, from start to finish, before taking the next.':
    'un processus worker qui traite une requête à la fois, du début à la fin, avant de prendre la suivante.',
  'time to live: how many seconds a DNS answer may be kept in a cache before it must be asked for again.':
    'time to live (durée de vie) : combien de secondes une réponse DNS peut rester dans un cache avant de devoir être redemandée.',
  'queries per second: how many requests arrive at a server, or how many it can serve, each second (also written req/s).':
    'queries per second (requêtes par seconde) : combien de requêtes arrivent sur un serveur, ou combien il peut en servir, chaque seconde (aussi écrit req/s).',
};
