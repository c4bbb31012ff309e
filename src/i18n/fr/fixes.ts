/**
 * French for the fixes area: English (the key, as written in the source) → French. The fix cards, the
 * three issues, the deploy choices, the scenes and the QPS note; the keys are what `proseOf` finds in
 * src/i18n/registry/fixes.ts, plus the QPS note’s capacity sentence (a `t` literal).
 */
import type { Dictionary } from '../t';

export const FR_FIXES: Dictionary = {
  // Fix cards (content/fixes/*): a second server behind a load balancer
  'A second server behind a load balancer':
    'Un deuxième serveur derrière un répartiteur de charge',
  'www.foobar.com now points at HAProxy, which passes each request to server-1 or server-2.':
    'www.foobar.com pointe désormais vers HAProxy, qui transmet chaque requête à server-1 ou à server-2.',
  'Round robin takes the servers in turn; least connections picks the least busy one.':
    'Le tourniquet (round-robin) prend les serveurs à tour de rôle ; la méthode « moins de connexions » choisit le serveur le moins occupé.',
  'Health checks every 2 s: after 3 failures in a row, a server leaves the pool.':
    'Un contrôle de santé (health check) toutes les 2 s : après 3 échecs de suite, un serveur sort du groupe.',
  'Your browser now reaches a load balancer, HAProxy on its own machine, because the A record of www.foobar.com holds the balancer’s address instead of the server’s. HAProxy forwards each request to one of two identical servers, each with Nginx, the application server and the code base, and stops sending to a server that fails its health checks, so one dead server no longer takes the site down.':
    'Votre navigateur atteint désormais un répartiteur de charge, HAProxy sur sa propre machine, car l’enregistrement A de www.foobar.com contient l’adresse du répartiteur au lieu de celle du serveur. HAProxy transmet chaque requête à l’un de deux serveurs identiques, chacun avec Nginx, le serveur d’applications et la base de code, et cesse d’envoyer des requêtes à un serveur qui échoue à ses contrôles de santé : un serveur en panne ne fait plus tomber le site.',
  'balance roundrobin uses each server in turn (by weight) and is the usual choice for short HTTP requests; balance leastconn sends each new connection to the server with the fewest, which HAProxy recommends for long sessions such as SQL or LDAP.':
    'balance roundrobin utilise chaque serveur à tour de rôle (selon son poids) et c’est le choix habituel pour des requêtes HTTP courtes ; balance leastconn envoie chaque nouvelle connexion au serveur qui en a le moins, ce que HAProxy recommande pour les sessions longues comme SQL ou LDAP.',
  'A server line with check is probed every inter (2000 ms by default); fall (default 3) failed checks in a row mark it down, rise (default 2) passed checks mark it up again.':
    'Un serveur déclaré avec check est sondé à chaque intervalle inter (2000 ms par défaut) ; fall (3 par défaut) contrôles échoués de suite le marquent hors service, rise (2 par défaut) contrôles réussis le remettent en service.',
  'So a server that dies is noticed after about 6 seconds at the defaults: requests sent to it in that time fail. A repaired server gets traffic again about 4 seconds after it answers.':
    'Avec les valeurs par défaut, un serveur qui tombe est donc repéré au bout d’environ 6 secondes : les requêtes qui lui sont envoyées pendant ce temps échouent. Un serveur réparé reçoit de nouveau du trafic environ 4 secondes après avoir répondu.',
  'Both servers serve at the same time, so their capacity adds up: this setup is active–active.':
    'Les deux serveurs servent en même temps, leurs capacités s’additionnent : ce montage est actif–actif.',
  'What stays single: the one HAProxy machine, and the one MySQL database that both servers use.':
    'Ce qui reste unique : la seule machine HAProxy, et la seule base de données MySQL qu’utilisent les deux serveurs.',
  'Round robin is active–active.':
    'Le tourniquet (round-robin), c’est de l’actif–actif.',
  'Round robin is how the balancer picks a server. Active–active or active–passive says whether the spare machines serve or wait. Here both servers serve, but that is not what round robin means.':
    'Le tourniquet, c’est la façon dont le répartiteur choisit un serveur. Actif–actif ou actif–passif dit si les machines de secours servent ou attendent. Ici les deux serveurs servent, mais ce n’est pas ce que veut dire le tourniquet.',
  'With a load balancer, a server that dies costs no requests.':
    'Avec un répartiteur de charge, un serveur qui tombe ne coûte aucune requête.',
  'The balancer only learns from its health checks. Until 3 checks 2 s apart have failed, about 6 seconds, it still sends that server requests, and they fail.':
    'Le répartiteur n’apprend la panne que par ses contrôles de santé. Tant que 3 contrôles espacés de 2 s n’ont pas échoué, soit environ 6 secondes, il envoie encore des requêtes à ce serveur, et elles échouent.',
  'With two servers behind a load balancer there is no single point of failure left.':
    'Avec deux serveurs derrière un répartiteur de charge, il ne reste plus de point de défaillance unique.',
  'Every request now passes through the one balancer, and both servers use the one MySQL database. If either stops, the whole site stops.':
    'Chaque requête passe désormais par l’unique répartiteur, et les deux serveurs utilisent l’unique base de données MySQL. Si le répartiteur ou la base de données s’arrête, tout le site s’arrête.',
  'The load balancer is now the single point of failure: if that one machine stops, no request reaches either server. Both servers still share the one MySQL database.':
    'Le répartiteur de charge est désormais le point de défaillance unique : si cette machine s’arrête, aucune requête n’atteint les serveurs. Les deux serveurs partagent toujours l’unique base de données MySQL.',
  'balance roundrobin':
    'balance roundrobin',
  'balance leastconn':
    'balance leastconn',
  'inter 2s fall 3 rise 2':
    'inter 2s fall 3 rise 2',
  'active–active':
    'actif–actif',
  // A pair of load balancers
  'A pair of load balancers sharing a virtual IP':
    'Une paire de répartiteurs de charge qui partagent une IP virtuelle',
  'Two HAProxy machines share one virtual IP address, which the DNS record points at.':
    'Deux machines HAProxy partagent une seule adresse IP virtuelle, vers laquelle pointe l’enregistrement DNS.',
  'keepalived (VRRP) keeps the address on the active one; the other waits: active–passive.':
    'keepalived (VRRP) garde l’adresse sur la machine active ; l’autre attend : actif–passif.',
  'If the active one falls silent for about 3.6 s, the backup takes the address.':
    'Si la machine active se tait pendant environ 3,6 s, la machine de secours prend l’adresse.',
  'Your browser still connects to one address for www.foobar.com, but that address now belongs to no single machine: it is a virtual IP shared by two HAProxy machines running keepalived. The active one holds the address and sends a VRRP advertisement every second; when those stop, the backup takes the address over and your next connection reaches it instead.':
    'Votre navigateur se connecte toujours à une seule adresse pour www.foobar.com, mais cette adresse n’appartient plus à une machine en particulier : c’est une IP virtuelle partagée par deux machines HAProxy qui font tourner keepalived. La machine active détient l’adresse et envoie une annonce VRRP chaque seconde ; quand les annonces cessent, la machine de secours reprend l’adresse et votre connexion suivante l’atteint à la place.',
  'keepalived implements VRRP, the Virtual Router Redundancy Protocol: the machine with the highest priority becomes the master and holds the virtual IP.':
    'keepalived met en œuvre VRRP (Virtual Router Redundancy Protocol) : la machine de plus haute priorité devient le maître (master) et détient l’IP virtuelle.',
  'The master advertises once per Advertisement_Interval (1 second by default). A backup declares it down after Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time.':
    'Le maître envoie une annonce à chaque Advertisement_Interval (1 seconde par défaut). Une machine de secours le déclare hors service après Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time.',
  'Skew_Time = ((256 − priority) × Advertisement_Interval) / 256, so a backup of priority 100 (the default) waits 3 + 0.61 ≈ 3.6 seconds.':
    'Skew_Time = ((256 − priorité) × Advertisement_Interval) / 256 : une machine de secours de priorité 100 (la valeur par défaut) attend donc 3 + 0,61 ≈ 3,6 secondes.',
  'Connections that were open through the failed balancer are lost; new connections reach the backup.':
    'Les connexions ouvertes à travers le répartiteur en panne sont perdues ; les nouvelles connexions atteignent la machine de secours.',
  'The DNS record does not change: it points at the virtual IP, so no cached record has to expire.':
    'L’enregistrement DNS ne change pas : il pointe vers l’IP virtuelle, donc aucun enregistrement en cache n’a besoin d’expirer.',
  'Active–active pairs also exist (both balancers serving, for example with two virtual IPs in DNS), but the usual keepalived pair is active–passive.':
    'Il existe aussi des paires actif–actif (les deux répartiteurs servent, par exemple avec deux IP virtuelles dans le DNS), mais la paire keepalived habituelle est actif–passif.',
  'The two load balancers share the traffic.':
    'Les deux répartiteurs de charge se partagent le trafic.',
  'In the usual keepalived pair only the machine holding the virtual IP works; the other waits, listening for its advertisements. That is active–passive: a spare, not extra capacity.':
    'Dans la paire keepalived habituelle, seule la machine qui détient l’IP virtuelle travaille ; l’autre attend en écoutant ses annonces. C’est de l’actif–passif : une machine de secours, pas de la capacité en plus.',
  'If the active balancer fails, the backup takes over instantly.':
    'Si le répartiteur actif tombe, la machine de secours prend le relais instantanément.',
  'The backup waits for three missed advertisements plus a skew time: about 3.6 seconds at the defaults. Requests in that gap fail.':
    'La machine de secours attend trois annonces manquées plus un délai de décalage (skew time) : environ 3,6 secondes avec les valeurs par défaut. Les requêtes arrivées dans cet intervalle échouent.',
  'When a balancer fails, DNS is changed to point at the other one.':
    'Quand un répartiteur tombe, on modifie le DNS pour qu’il pointe vers l’autre.',
  'The A record points at the virtual IP, and the address itself moves to the backup. DNS stays the same, so cached records do no harm.':
    'L’enregistrement A pointe vers l’IP virtuelle, et c’est l’adresse elle-même qui passe à la machine de secours. Le DNS ne change pas, donc les enregistrements en cache ne gênent pas.',
  'The backup balancer sits idle, and a failover still costs about 3.6 seconds of failed requests. The one MySQL primary is still the single point of failure behind them.':
    'Le répartiteur de secours reste inactif, et un basculement coûte encore environ 3,6 secondes de requêtes échouées. L’unique serveur MySQL principal reste le point de défaillance unique derrière eux.',
  'keepalived':
    'keepalived',
  'VRRP':
    'VRRP',
  'virtual IP':
    'IP virtuelle',
  'active–passive':
    'actif–passif',
  'advert_int 1':
    'advert_int 1',
  // MySQL primary and replica
  'MySQL primary and replica':
    'MySQL : serveur principal et réplique',
  'Every write goes to the primary; the replica copies the primary’s changes.':
    'Chaque écriture va au serveur principal ; la réplique copie les modifications du principal.',
  'Reads may go to the replica, but it can lag behind: asynchronous by default.':
    'Les lectures peuvent aller à la réplique, mais elle peut être en retard : la réplication est asynchrone par défaut.',
  'If the primary stops, writes stop; if the replica stops, only read capacity is lost.':
    'Si le principal s’arrête, les écritures s’arrêtent ; si la réplique s’arrête, seule de la capacité de lecture est perdue.',
  'When you post, buy or sign up, the application writes to one MySQL server, the primary; a second server, the replica, copies every change the primary makes, a moment later. Pages that only read, like your feed, can be served from the replica, which takes load off the primary and keeps a second, up-to-date copy of the data online.':
    'Quand vous publiez, achetez ou créez un compte, l’application écrit sur un serveur MySQL, le principal ; un second serveur, la réplique, recopie chaque modification du principal un instant plus tard. Les pages qui ne font que lire, comme votre fil d’actualité, peuvent être servies par la réplique, ce qui soulage le principal et garde en ligne une deuxième copie à jour des données.',
  'MySQL replication is asynchronous by default: the primary does not wait for the replica, so a page read from the replica can miss a change made a moment ago (replication lag).':
    'La réplication MySQL est asynchrone par défaut : le principal n’attend pas la réplique, donc une page lue sur la réplique peut ne pas voir une modification faite un instant plus tôt (retard de réplication).',
  'Read your own writes: after you post, the application should read from the primary for a while, or you may not see your own post.':
    'Lire ses propres écritures (read your own writes) : après votre publication, l’application devrait lire sur le principal pendant un moment, sinon vous risquez de ne pas voir votre propre publication.',
  'Replicas are made read-only so that no one writes to them by mistake: read_only blocks ordinary users, super_read_only blocks even administrators; replication itself still applies the primary’s changes.':
    'On met les répliques en lecture seule pour que personne n’y écrive par erreur : read_only bloque les utilisateurs ordinaires, super_read_only bloque même les administrateurs ; la réplication, elle, applique toujours les modifications du principal.',
  'A replica is not read-only by itself: read_only and super_read_only are off by default and must be switched on.':
    'Une réplique n’est pas en lecture seule d’elle-même : read_only et super_read_only sont désactivés par défaut et doivent être activés.',
  'If the primary fails, the replica can be promoted to primary, but plain MySQL replication does not do it by itself: a person or a tool must, and writes fail until then.':
    'Si le principal tombe, la réplique peut être promue principal, mais la réplication MySQL seule ne le fait pas : une personne ou un outil doit s’en charger, et les écritures échouent jusque-là.',
  'Primary–primary (multi-primary) is different: every server accepts writes, and conflicting writes made at the same time on two servers must be detected and rolled back, as MySQL Group Replication does.':
    'Le mode principal–principal (multi-primaire) est différent : chaque serveur accepte des écritures, et des écritures contradictoires faites au même moment sur deux serveurs doivent être détectées et annulées, comme le fait MySQL Group Replication.',
  'A replica is not a backup: a mistaken DELETE on the primary is copied to the replica moments later.':
    'Une réplique n’est pas une sauvegarde : un DELETE fait par erreur sur le principal est recopié sur la réplique quelques instants plus tard.',
  'The replica takes care of the writes.':
    'La réplique s’occupe des écritures.',
  'The primary takes every write; the replica only copies the primary’s changes and can answer reads. A write sent to the replica would never reach the primary.':
    'Le principal reçoit toutes les écritures ; la réplique ne fait que copier ses modifications et peut répondre aux lectures. Une écriture envoyée à la réplique n’atteindrait jamais le principal.',
  'The replica is a standby that switches on when the primary goes down.':
    'La réplique est un serveur de secours qui se met en marche quand le principal tombe.',
  'It runs all the time, copying changes and serving reads. It can be promoted when the primary fails, but someone or some tool has to do it.':
    'Elle tourne en permanence : elle copie les modifications et sert des lectures. Elle peut être promue quand le principal tombe, mais une personne ou un outil doit le faire.',
  'Primary–replica and primary–primary are the same: two databases that both take writes.':
    'Principal–réplique et principal–principal, c’est pareil : deux bases de données qui acceptent toutes deux des écritures.',
  'Primary–replica has one writer. In primary–primary every server takes writes, so writes to the same rows on two servers can conflict and one must be rolled back.':
    'Principal–réplique n’a qu’un seul serveur qui écrit. En principal–principal, chaque serveur accepte des écritures, donc des écritures sur les mêmes lignes sur deux serveurs peuvent entrer en conflit, et l’une doit être annulée.',
  'With a replica, the data is backed up.':
    'Avec une réplique, les données sont sauvegardées.',
  'A replica copies mistakes too: a DELETE on the primary reaches it moments later. It protects against a lost machine, not a lost row.':
    'Une réplique copie aussi les erreurs : un DELETE sur le principal l’atteint quelques instants plus tard. Elle protège contre la perte d’une machine, pas contre la perte d’une ligne.',
  'The one primary still takes every write: if it stops, nothing can be posted or bought until a replica is promoted. Reads from the replica can be slightly out of date.':
    'L’unique principal reçoit toujours toutes les écritures : s’il s’arrête, plus rien ne peut être publié ni acheté tant qu’une réplique n’a pas été promue. Les lectures sur la réplique peuvent être légèrement en retard.',
  'primary = writes':
    'principal = écritures',
  'replica = reads':
    'réplique = lectures',
  'asynchronous':
    'asynchrone',
  'replication lag':
    'retard de réplication',
  'super_read_only':
    'super_read_only',
  // Rolling deploy
  'Deploy server by server (rolling deploy)':
    'Déployer serveur par serveur (déploiement progressif)',
  'Take one server out of the balancer, let it finish, update and restart it.':
    'Retirez un serveur du répartiteur, laissez-le finir, mettez-le à jour et redémarrez-le.',
  'Put it back once its health checks pass, then do the next server.':
    'Remettez-le en place une fois ses contrôles de santé réussis, puis passez au serveur suivant.',
  'The other servers carry the traffic meanwhile: no request fails.':
    'Pendant ce temps, les autres serveurs portent le trafic : aucune requête n’échoue.',
  'With two or more servers behind the balancer, you never have to stop them all at once: you drain one server (the balancer sends it no new requests), wait for its running requests to finish, deploy the new code and restart it. Once it passes its health checks it gets traffic again, and you move on to the next, so the users of the site never see a gap.':
    'Avec deux serveurs ou plus derrière le répartiteur, vous n’avez jamais à les arrêter tous à la fois : vous videz un serveur (drain : le répartiteur ne lui envoie plus de nouvelles requêtes), vous attendez que ses requêtes en cours se terminent, vous déployez le nouveau code et vous le redémarrez. Une fois ses contrôles de santé réussis, il reçoit de nouveau du trafic et vous passez au suivant : les utilisateurs du site ne voient jamais d’interruption.',
  'Drain on purpose: HAProxy’s set server <backend>/<server> state drain stops new traffic to a server but keeps checking it; maint stops traffic and checks; ready puts it back.':
    'Videz un serveur volontairement : avec HAProxy, set server <backend>/<server> state drain coupe le nouveau trafic vers un serveur mais continue de le contrôler ; maint coupe le trafic et les contrôles ; ready le remet en service.',
  'Stopping a server without draining it first lets the health checks find out, about 6 seconds later, and the requests sent to it meanwhile fail.':
    'Arrêter un serveur sans le vider d’abord laisse les contrôles de santé s’en apercevoir environ 6 secondes plus tard, et les requêtes qui lui sont envoyées entre-temps échouent.',
  'A re-added server gets traffic after rise (2) passed checks, 2 s apart: about 4 seconds.':
    'Un serveur remis en place reçoit du trafic après rise (2) contrôles réussis, espacés de 2 s : environ 4 secondes.',
  'A graceful restart lets running requests finish: Gunicorn gives its workers graceful_timeout (30 s by default) before it kills them.':
    'Un redémarrage sans coupure (graceful restart) laisse se terminer les requêtes en cours : Gunicorn accorde à ses workers graceful_timeout (30 s par défaut) avant de les tuer.',
  'During the roll, old and new code serve at the same time, so a change (say, to the database tables) must work with both versions.':
    'Pendant le déploiement, l’ancien et le nouveau code servent en même temps : une modification (par exemple des tables de la base de données) doit fonctionner avec les deux versions.',
  'While one server is out, the others carry all the traffic: with two servers, half the capacity, so roll when traffic is low.':
    'Tant qu’un serveur est retiré, les autres portent tout le trafic : avec deux serveurs, la moitié de la capacité ; déployez donc quand le trafic est faible.',
  'Blue-green is the other common way: run the new version on a second set of servers and switch all traffic over at once.':
    'Le déploiement bleu-vert (blue-green) est l’autre méthode courante : faire tourner la nouvelle version sur un second ensemble de serveurs et y basculer tout le trafic d’un coup.',
  'A zero-downtime deploy means deploying very fast.':
    'Un déploiement sans temps d’indisponibilité, c’est un déploiement très rapide.',
  'Speed is not the point: there is always at least one server serving. Each server is drained before its restart and re-added after its checks pass, one at a time.':
    'La vitesse n’est pas le sujet : il y a toujours au moins un serveur qui sert. Chaque serveur est vidé avant son redémarrage et remis en place après la réussite de ses contrôles, un à la fois.',
  'Just stop the server; the load balancer will notice.':
    'Il suffit d’arrêter le serveur ; le répartiteur de charge s’en apercevra.',
  'It notices only after 3 failed health checks, about 6 seconds, and the requests sent to the server in that time fail. Drain it first.':
    'Il ne s’en aperçoit qu’après 3 contrôles de santé échoués, soit environ 6 secondes, et les requêtes envoyées au serveur pendant ce temps échouent. Videz-le d’abord.',
  'With a load balancer, restarting all the servers at once is safe.':
    'Avec un répartiteur de charge, on peut redémarrer tous les serveurs à la fois sans risque.',
  'If all are down together, the balancer has nowhere to send requests and the site is down, just as with one server. Roll them one by one.':
    'S’ils sont tous arrêtés en même temps, le répartiteur n’a nulle part où envoyer les requêtes et le site est en panne, exactement comme avec un seul serveur. Redémarrez-les un par un.',
  'While one server is out, the rest carry all the traffic, so a roll at peak time can overload them. Old and new code run side by side during the roll.':
    'Tant qu’un serveur est retiré, les autres portent tout le trafic : un déploiement en heure de pointe peut donc les surcharger. L’ancien et le nouveau code tournent côte à côte pendant le déploiement.',
  'drain':
    'drain',
  'state maint':
    'state maint',
  'one server at a time':
    'un serveur à la fois',
  'graceful_timeout 30s':
    'graceful_timeout 30s',
  'blue-green':
    'bleu-vert (blue-green)',
  // Scale up
  'Scale up: more workers, more CPU cores':
    'Mise à l’échelle verticale : plus de workers, plus de cœurs de processeur',
  'A bigger machine: more CPU cores, and more application workers to use them.':
    'Une machine plus puissante : plus de cœurs de processeur, et plus de workers d’application pour les utiliser.',
  'More workers help only while requests wait; once every core is busy, they just queue.':
    'Ajouter des workers n’aide que tant que les requêtes attendent ; une fois tous les cœurs occupés, les workers en plus ne font que faire la queue.',
  'Still one machine, and changing its size usually means restarting it.':
    'Toujours une seule machine, et changer sa taille impose en général de la redémarrer.',
  'When pages slow down under load, the quickest fix is a bigger server: more CPU cores to run the code that builds your page, and more application workers so more requests run at once. It raises the ceiling of requests per second, but you are still served by one machine.':
    'Quand les pages ralentissent sous la charge, le remède le plus rapide est un serveur plus puissant : plus de cœurs de processeur pour exécuter le code qui construit votre page, et plus de workers d’application pour traiter plus de requêtes à la fois. Cela relève le plafond de requêtes par seconde, mais vous êtes toujours servi par une seule machine.',
  'This model’s server has 2 CPU cores. A worker uses a core only while it computes; while it waits for MySQL, another worker can use the core.':
    'Le serveur de ce modèle a 2 cœurs de processeur. Un worker n’utilise un cœur que pendant qu’il calcule ; pendant qu’il attend MySQL, un autre worker peut utiliser ce cœur.',
  'So more workers raise throughput only until the cores are busy all the time; beyond that, requests wait for the CPU and pages get slower, not faster.':
    'Plus de workers n’augmentent donc le débit que jusqu’à ce que les cœurs soient occupés en permanence ; au-delà, les requêtes attendent le processeur et les pages deviennent plus lentes, pas plus rapides.',
  'Gunicorn suggests (2 × CPU cores) + 1 workers as a starting point; PHP-FPM’s default pool runs 5 (pm.max_children = 5).':
    'Gunicorn propose (2 × cœurs de processeur) + 1 workers comme point de départ ; le pool par défaut de PHP-FPM en fait tourner 5 (pm.max_children = 5).',
  'More cores make the server handle more requests per second; they do not make one request faster.':
    'Plus de cœurs permettent au serveur de traiter plus de requêtes par seconde ; ils ne rendent pas une requête plus rapide.',
  'Every machine has a largest size: past it, scaling up has nowhere left to go.':
    'Chaque machine a une taille maximale : au-delà, la mise à l’échelle verticale n’a plus de marge.',
  'Doubling the workers doubles the requests the server can handle.':
    'Doubler les workers double les requêtes que le serveur peut traiter.',
  'Only while the workers spend their time waiting. Once the CPU cores are busy all the time, extra workers queue for the CPU: same throughput, slower pages.':
    'Seulement tant que les workers passent leur temps à attendre. Une fois les cœurs de processeur occupés en permanence, les workers supplémentaires font la queue pour le processeur : même débit, pages plus lentes.',
  'A bigger server also removes the single point of failure.':
    'Un serveur plus puissant supprime aussi le point de défaillance unique.',
  'It is still one machine: when it stops, the whole site stops. Only a second machine adds redundancy.':
    'C’est toujours une seule machine : quand elle s’arrête, tout le site s’arrête. Seule une deuxième machine apporte de la redondance.',
  'Still one machine: a single point of failure, with a largest possible size, and resizing it usually means downtime.':
    'Toujours une seule machine : un point de défaillance unique, avec une taille maximale, et la redimensionner implique en général un temps d’indisponibilité.',
  'vertical scaling':
    'mise à l’échelle verticale',
  'more cores':
    'plus de cœurs',
  '(2 × cores) + 1':
    '(2 × cœurs) + 1',
  'pm.max_children':
    'pm.max_children',
  // Scale out
  'Scale out: more application servers':
    'Mise à l’échelle horizontale : plus de serveurs d’applications',
  'Add identical servers behind the load balancer: 2, 3 or 4 here.':
    'Ajoutez des serveurs identiques derrière le répartiteur de charge : 2, 3 ou 4 ici.',
  'Round robin gives each about an equal share of the requests.':
    'Le tourniquet (round-robin) donne à chacun à peu près la même part des requêtes.',
  'They all still share the balancer and the one MySQL database.':
    'Ils partagent tous encore le répartiteur et l’unique base de données MySQL.',
  'Instead of one bigger machine, you add more machines like the first, and the load balancer spreads the requests for your pages across them. Each server has its own workers and cores, so the site can take more requests per second, and losing one server costs only its share of the capacity.':
    'Au lieu d’une seule machine plus puissante, vous ajoutez d’autres machines semblables à la première, et le répartiteur de charge répartit entre elles les requêtes de vos pages. Chaque serveur a ses propres workers et cœurs : le site peut prendre plus de requêtes par seconde, et la perte d’un serveur ne coûte que sa part de la capacité.',
  'With round robin and N equal servers, each gets about 1/N of the requests, so the queue on each grows as if traffic were N times lighter.':
    'Avec le tourniquet et N serveurs identiques, chacun reçoit environ 1/N des requêtes : la file d’attente de chacun grandit comme si le trafic était N fois plus faible.',
  'The servers must be interchangeable: anything kept on one server’s disk or memory, like uploaded files or login sessions, must move to a shared place such as the database.':
    'Les serveurs doivent être interchangeables : tout ce qui est gardé sur le disque ou en mémoire d’un serveur, comme les fichiers envoyés par les utilisateurs ou les sessions de connexion, doit aller dans un endroit partagé, par exemple la base de données.',
  'Otherwise, balance source sends each client to the same server every time (by a hash of its IP address), at the cost of an uneven spread.':
    'Sinon, balance source envoie chaque client au même serveur à chaque fois (selon un hachage de son adresse IP), au prix d’une répartition inégale.',
  'Every server opens its own connections to MySQL, and they all count against its max_connections (151 by default).':
    'Chaque serveur ouvre ses propres connexions à MySQL, et elles comptent toutes dans son max_connections (151 par défaut).',
  'A new server starts getting traffic once its health checks pass (every 2 s).':
    'Un nouveau serveur commence à recevoir du trafic dès que ses contrôles de santé réussissent (toutes les 2 s).',
  'Four servers can always handle four times the traffic.':
    'Quatre serveurs absorbent forcément quatre fois plus de trafic.',
  'Only if what they share keeps up: all four use the one balancer and the one MySQL database, which becomes the new limit.':
    'Seulement si ce qu’ils partagent suit : les quatre utilisent l’unique répartiteur et l’unique base de données MySQL, qui devient la nouvelle limite.',
  'Any server can answer any request, whatever it stores.':
    'N’importe quel serveur peut répondre à n’importe quelle requête, quoi qu’il stocke.',
  'Only if the servers keep nothing of their own: a login kept in one server’s memory is unknown to the others. Keep it in a shared place.':
    'Seulement si les serveurs ne gardent rien pour eux : une session de connexion gardée dans la mémoire d’un serveur est inconnue des autres. Gardez-la dans un endroit partagé.',
  'The shared parts become the limit: the one load balancer and, above all, the one MySQL database, whose connections all the servers now share.':
    'Les parties partagées deviennent la limite : l’unique répartiteur de charge et, surtout, l’unique base de données MySQL, dont tous les serveurs se partagent désormais les connexions.',
  'horizontal scaling':
    'mise à l’échelle horizontale',
  '2–4 servers':
    '2 à 4 serveurs',
  'stateless servers':
    'serveurs sans état',
  // The database on its own server
  'The database on its own server':
    'La base de données sur son propre serveur',
  'MySQL moves to its own machine; the web servers reach it over the network, port 3306.':
    'MySQL passe sur sa propre machine ; les serveurs web l’atteignent par le réseau, port 3306.',
  'The database and the application no longer compete for the same CPU and memory.':
    'La base de données et l’application ne se disputent plus le même processeur ni la même mémoire.',
  'It is still one database: one more machine that must stay up.':
    'C’est toujours une seule base de données : une machine de plus qui doit rester en marche.',
  'The data your pages need now lives on a machine of its own, so the database no longer competes with Nginx and the application for CPU and memory. The application servers reach it over the private network on port 3306 instead of a local socket, and several application servers can share it.':
    'Les données dont vos pages ont besoin vivent désormais sur une machine à part : la base de données ne dispute plus le processeur et la mémoire à Nginx et à l’application. Les serveurs d’applications l’atteignent par le réseau privé sur le port 3306 au lieu d’un socket local, et plusieurs serveurs d’applications peuvent la partager.',
  'Each tier can now be sized and scaled on its own: a database server wants memory and fast disks, an application server wants CPU.':
    'Chaque niveau peut désormais être dimensionné et mis à l’échelle séparément : un serveur de base de données veut de la mémoire et des disques rapides, un serveur d’applications veut du processeur.',
  'Every query now crosses the network, which adds a little latency to each one; a page that runs many queries feels it most.':
    'Chaque requête SQL traverse désormais le réseau, ce qui ajoute un peu de latence à chacune ; une page qui en lance beaucoup le ressent le plus.',
  'Port 3306 must now listen on the network, so a firewall must let only the application servers reach it.':
    'Le port 3306 doit désormais écouter sur le réseau : un pare-feu doit n’y laisser accéder que les serveurs d’applications.',
  'All application servers share its connections: 151 by default (max_connections).':
    'Tous les serveurs d’applications partagent ses connexions : 151 par défaut (max_connections).',
  'Putting the database on its own server removes a single point of failure.':
    'Mettre la base de données sur son propre serveur supprime un point de défaillance unique.',
  'There is still one database, and now two machines must both be up for a page to work. Splitting helps capacity; only a replica adds a second copy.':
    'Il n’y a toujours qu’une seule base de données, et désormais deux machines doivent être en marche pour qu’une page fonctionne. Séparer aide la capacité ; seule une réplique ajoute une deuxième copie.',
  'The browser can now talk to the database server directly.':
    'Le navigateur peut maintenant parler directement au serveur de base de données.',
  'Only the application servers talk to MySQL. Port 3306 should be reachable from them alone, never from the internet.':
    'Seuls les serveurs d’applications parlent à MySQL. Le port 3306 ne doit être joignable que depuis eux, jamais depuis Internet.',
  'The database is still one machine, now reached over the network: if it stops, every page that needs data fails, and each query pays a network round trip.':
    'La base de données est toujours une seule machine, atteinte désormais par le réseau : si elle s’arrête, chaque page qui a besoin de données échoue, et chaque requête SQL paie un aller-retour réseau.',
  'own server':
    'serveur dédié',
  'firewall':
    'pare-feu',
  // The three issues (content/failures.ts FAILURE_EXPLANATIONS)
  'Single point of failure':
    'Point de défaillance unique',
  'Single point of failure: the server goes down':
    'Point de défaillance unique : le serveur tombe en panne',
  'The one server that runs everything stops: a power cut, a broken disk, a kernel crash or a network fault.':
    'L’unique serveur qui fait tout tourner s’arrête : une coupure de courant, un disque cassé, un plantage du noyau ou une panne réseau.',
  'Nginx, the application server, the code and MySQL all live on that one machine, and the DNS record points only at its IP address. There is no second copy, so nothing can take over.':
    'Nginx, le serveur d’applications, le code et MySQL vivent tous sur cette seule machine, et l’enregistrement DNS ne pointe que vers son adresse IP. Il n’y a pas de deuxième copie, donc rien ne peut prendre le relais.',
  'The browser’s connection attempts (SYN packets) go unanswered. A Linux computer resends the SYN every second at first, then at doubling gaps (2, 4, 8… seconds), and shows ERR_CONNECTION_TIMED_OUT after about 131 seconds; Windows gives up after about 20 to 30 seconds and macOS after 75. The timings shown here are the Linux client’s. Requests already in flight are lost.':
    'Les tentatives de connexion du navigateur (paquets SYN) restent sans réponse. Un ordinateur sous Linux renvoie d’abord le SYN au bout d’une seconde, puis à intervalles qui doublent (2, 4, 8… secondes), et affiche ERR_CONNECTION_TIMED_OUT après environ 131 secondes ; Windows abandonne après environ 20 à 30 secondes, et macOS après 75. Les délais montrés ici sont ceux du client Linux. Les requêtes déjà en route sont perdues.',
  'Silence: no logs, no metrics, SSH does not connect. Availability is zero until the machine is repaired or rebuilt.':
    'Le silence : aucun journal, aucune métrique, SSH ne se connecte pas. La disponibilité est nulle jusqu’à ce que la machine soit réparée ou reconstruite.',
  'Redundancy: two or more servers behind a load balancer (such as HAProxy) that health-checks them and stops sending traffic to a dead one, and then a pair of load balancers sharing a virtual IP (keepalived) so the balancer is not the new single point of failure. That still leaves one MySQL server: while every web server depends on it, the database is the single point of failure, until it gets a replica that can be promoted to primary.':
    'La redondance : deux serveurs ou plus derrière un répartiteur de charge (comme HAProxy) qui effectue des contrôles de santé et cesse d’envoyer du trafic à un serveur en panne, puis une paire de répartiteurs de charge qui partagent une IP virtuelle (keepalived), pour que le répartiteur ne devienne pas le nouveau point de défaillance unique. Il reste alors un seul serveur MySQL : tant que tous les serveurs web en dépendent, la base de données est le point de défaillance unique, jusqu’à ce qu’elle ait une réplique qui puisse être promue serveur principal.',
  'Downtime during maintenance':
    'Temps d’indisponibilité pendant la maintenance',
  'Downtime during maintenance: deploy new code':
    'Temps d’indisponibilité pendant la maintenance : déployer du nouveau code',
  'You deploy new code or change a configuration, so a program on the server must pick up the change: the application server, Nginx, and now and then MySQL or the whole machine (a kernel update means a reboot).':
    'Vous déployez du nouveau code ou modifiez une configuration : un programme du serveur doit alors prendre en compte le changement, que ce soit le serveur d’applications, Nginx, et de temps en temps MySQL ou la machine entière (une mise à jour du noyau impose un redémarrage).',
  'With one server there is nowhere else to send users while a program restarts. How the change is applied decides the damage: a restart leaves a gap, a graceful reload does not.':
    'Avec un seul serveur, il n’y a nulle part où envoyer les utilisateurs pendant qu’un programme redémarre. La façon d’appliquer le changement décide des dégâts : un redémarrage laisse un trou, un rechargement sans coupure (graceful reload), non.',
  'While Nginx restarts, nothing listens on ports 80 and 443, so the browser shows ERR_CONNECTION_REFUSED at once. While the application server restarts, Nginx is still up and answers 502 Bad Gateway. During a graceful reload nobody notices anything.':
    'Pendant que Nginx redémarre, rien n’écoute sur les ports 80 et 443 : le navigateur affiche aussitôt ERR_CONNECTION_REFUSED. Pendant que le serveur d’applications redémarre, Nginx est toujours là et répond 502 Bad Gateway. Pendant un rechargement sans coupure, personne ne remarque rien.',
  'A burst of failed requests for as long as the restart lasts, and in Nginx’s error log lines such as “connect() failed (111: Connection refused) while connecting to upstream”.':
    'Une rafale de requêtes échouées pendant toute la durée du redémarrage, et dans le journal d’erreurs de Nginx des lignes comme « connect() failed (111: Connection refused) while connecting to upstream ».',
  'Reload gracefully: nginx -s reload (SIGHUP), and Gunicorn’s SIGHUP, which loads new code unless preload_app is on. PHP-FPM’s SIGUSR2 is graceful only with process_control_timeout set (by default it cuts off running requests), and PHP code usually needs no reload: OPcache picks up changed files. With several servers behind a load balancer, deploy one server at a time (rolling deploy) or switch all traffic to an updated copy of production and back if needed (blue-green deploy).':
    'Recharger sans coupure : nginx -s reload (SIGHUP), et le SIGHUP de Gunicorn, qui charge le nouveau code sauf si preload_app est activé. Le SIGUSR2 de PHP-FPM n’est sans coupure que si process_control_timeout est réglé (par défaut, il interrompt les requêtes en cours), et le code PHP n’a en général pas besoin de rechargement : OPcache prend en compte les fichiers modifiés. Avec plusieurs serveurs derrière un répartiteur de charge, déployez un serveur à la fois (déploiement progressif) ou basculez tout le trafic vers une copie à jour de la production, puis revenez en arrière si besoin (déploiement bleu-vert).',
  'Cannot scale with traffic':
    'Impossible de suivre la montée du trafic',
  'Too much traffic: the server cannot scale':
    'Trop de trafic : le serveur ne peut pas monter en charge',
  'More visitors arrive than the server can serve: a launch, a sale, a link shared widely.':
    'Il arrive plus de visiteurs que le serveur ne peut en servir : un lancement, des soldes, un lien très partagé.',
  'One machine has a fixed number of CPU cores and application workers (PHP-FPM’s default is 5), and each worker handles one request at a time. A request holds its worker for its CPU work plus its waiting (for MySQL, say), so throughput tops out at the lower of two ceilings: workers ÷ time each request holds a worker, and CPU cores ÷ CPU time per request. Past that, requests queue, and waiting time explodes as the server approaches 100 % busy; once the cores are full, more workers add nothing.':
    'Une machine a un nombre fixe de cœurs de processeur et de workers d’application (5 par défaut pour PHP-FPM), et chaque worker traite une requête à la fois. Une requête occupe son worker pendant son travail de calcul plus ses attentes (de MySQL, par exemple) : le débit plafonne donc au plus petit de deux plafonds, les workers ÷ le temps pendant lequel chaque requête occupe un worker, et les cœurs de processeur ÷ le temps de calcul par requête. Au-delà, les requêtes font la queue, et le temps d’attente explose à mesure que le serveur approche de 100 % d’occupation ; une fois les cœurs saturés, ajouter des workers n’apporte rien.',
  'Pages get slower and slower, then fail. Once the application’s waiting line (its listen backlog on 127.0.0.1:8000) is full, Linux silently drops Nginx’s new connection attempts, so Nginx keeps retrying until proxy_connect_timeout (60 seconds by default) and answers 504 Gateway Timeout. If Nginx itself runs out of connections (worker_connections, counting both sides of every forwarded request), it closes new ones at once (ERR_CONNECTION_RESET or ERR_EMPTY_RESPONSE), and a request with no connection left to reach the application gets 500 Internal Server Error.':
    'Les pages sont de plus en plus lentes, puis échouent. Une fois pleine la file d’attente de l’application (son listen backlog sur 127.0.0.1:8000), Linux ignore silencieusement les nouvelles tentatives de connexion de Nginx : Nginx réessaie jusqu’à proxy_connect_timeout (60 secondes par défaut) et répond 504 Gateway Timeout. Si Nginx lui-même manque de connexions (worker_connections, qui compte les deux côtés de chaque requête transmise), il ferme aussitôt les nouvelles (ERR_CONNECTION_RESET ou ERR_EMPTY_RESPONSE), et une requête qui ne trouve plus de connexion pour atteindre l’application reçoit 500 Internal Server Error.',
  'Every worker busy, the CPU at 100 %, a growing queue, p50 and p95 latency shooting up, and throughput stuck at the ceiling however much traffic arrives; Nginx’s error log fills with “upstream timed out (110: Connection timed out) while connecting to upstream”.':
    'Tous les workers occupés, le processeur à 100 %, une file d’attente qui grandit, une latence p50 et p95 qui s’envole, et un débit bloqué au plafond quel que soit le trafic qui arrive ; le journal d’erreurs de Nginx se remplit de « upstream timed out (110: Connection timed out) while connecting to upstream ».',
  'In this design the only way to grow is a bigger machine (scaling up), which has a ceiling and needs downtime to move to; scaling out, adding servers behind a load balancer, needs the next design. Next steps are splitting web, application and database onto their own servers, and database replicas for reads.':
    'Dans cette architecture, la seule façon de grandir est une machine plus puissante (mise à l’échelle verticale, scale-up), qui a un plafond et impose un temps d’indisponibilité pour y passer ; la mise à l’échelle horizontale (scale-out), en ajoutant des serveurs derrière un répartiteur de charge, demande l’architecture suivante. Les étapes suivantes : séparer le web, l’application et la base de données sur leurs propres serveurs, et des répliques de la base de données pour les lectures.',
  // The deploy choices (DEPLOY_METHODS)
  'Restart Nginx':
    'Redémarrer Nginx',
  'Nginx stops and starts again, and while it is down nothing listens on ports 80 and 443, so new connections are reset and the browser shows ERR_CONNECTION_REFUSED.':
    'Nginx s’arrête puis redémarre, et tant qu’il est arrêté, rien n’écoute sur les ports 80 et 443 : les nouvelles connexions sont rejetées et le navigateur affiche ERR_CONNECTION_REFUSED.',
  'Restart the application server':
    'Redémarrer le serveur d’applications',
  'Nginx stays up but finds nobody at 127.0.0.1:8000 until the new application server is ready, so it answers dynamic requests with 502 Bad Gateway (static files are still served).':
    'Nginx reste en marche mais ne trouve personne sur 127.0.0.1:8000 tant que le nouveau serveur d’applications n’est pas prêt : il répond donc aux requêtes dynamiques par 502 Bad Gateway (les fichiers statiques sont toujours servis).',
  'The master process starts new workers with the new configuration while the old ones finish their current requests, so the port never closes and no request is lost.':
    'Le processus maître lance de nouveaux workers avec la nouvelle configuration pendant que les anciens terminent leurs requêtes en cours : le port ne se ferme jamais et aucune requête n’est perdue.',
  'None: no request is lost':
    'Aucun : aucune requête n’est perdue',
  // The scenes (content/scenes.ts)
  'Server down':
    'Serveur en panne',
  'Everything runs on one machine, so when it stops the whole site stops. Switch the server off and watch the browsers wait for an answer that never comes, and the served line fall to zero.':
    'Tout tourne sur une seule machine : quand elle s’arrête, tout le site s’arrête. Éteignez le serveur et regardez les navigateurs attendre une réponse qui ne vient jamais, et la courbe des requêtes servies tomber à zéro.',
  'Deploy':
    'Déploiement',
  'New code means a program on the server must restart or reload. Pick how, press Deploy now, and count the failed requests in the shaded window: a restart leaves a gap, a graceful reload does not.':
    'Du nouveau code oblige un programme du serveur à redémarrer ou à se recharger. Choisissez comment, appuyez sur « Déployer maintenant » et comptez les requêtes échouées dans la zone grisée : un redémarrage laisse un trou, un rechargement sans coupure, non.',
  'Too much traffic':
    'Trop de trafic',
  'Limited scalability':
    'Montée en charge limitée',
  'One server has a fixed number of application workers, so it can serve only so many requests a second. Push the traffic past the capacity mark and watch the served line stop at the ceiling while the queue grows.':
    'Un serveur a un nombre fixe de workers d’application : il ne peut servir qu’un certain nombre de requêtes par seconde. Poussez le trafic au-delà du repère de capacité et regardez la courbe des requêtes servies plafonner pendant que la file d’attente grandit.',
  'One request, hop by hop':
    'Une requête, étape par étape',
  'Follow one request for www.foobar.com from the browser through DNS to the server and back.':
    'Suivez une requête pour www.foobar.com depuis le navigateur, en passant par le DNS, jusqu’au serveur, puis le retour.',
  // The QPS note (content/qps.ts)
  'QPS is the rate of requests reaching the server: the slider sets it.':
    'Le QPS (requêtes par seconde) est le débit de requêtes qui arrivent au serveur : le curseur le règle.',
  'This one server can take about {siteRps} requests per second in all. The limit is the application: it builds about {appRps} pages a second, because each of its {appWorkers} workers holds one request at a time and the {cpuCores} CPU cores they share can compute at most about {cpuLimitRps} pages a second. Nginx serves the static files besides. Above the limit, requests wait in line: pages slow down, then fail.':
    'Ce serveur unique peut accepter environ {siteRps} requêtes par seconde au total. La limite, c’est l’application : elle construit environ {appRps} pages par seconde, car chacun de ses {appWorkers} workers traite une requête à la fois, et les {cpuCores} cœurs de processeur qu’ils se partagent peuvent calculer au plus environ {cpuLimitRps} pages par seconde. Nginx sert en plus les fichiers statiques. Au-delà de la limite, les requêtes font la queue : les pages ralentissent, puis échouent.',
};
