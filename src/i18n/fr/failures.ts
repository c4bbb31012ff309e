/**
 * French for the failures area: English (the key, as written in the source) → French.
 * The "Break it" tab, its charts and replays, the model's stated assumptions, and the rehearse view.
 */
import type { Dictionary } from '../t';

export const FR_FAILURES: Dictionary = {
  // The tab and its scenes
  'One server runs everything, so three things go wrong. Pick one, break it, and watch the diagram.':
    'Un seul serveur fait tout, donc trois choses peuvent tomber en panne. Choisissez-en une, provoquez la panne et observez le schéma.',
  'What to break': 'Panne à provoquer',
  '(on)': '(en cours)',
  'About this scene': 'À propos de cette scène',
  'More: why, what people see, the fix': 'Plus : pourquoi, ce que l’on voit, la solution',
  'This chart plots pages served and arriving per second from many users at once; you are following one request.':
    'Ce graphique montre les pages arrivées et servies par seconde pour de nombreux utilisateurs à la fois ; vous suivez une seule requête.',
  'This chart plots latency and failures from many users at once; you are following one request.':
    'Ce graphique montre la latence et les échecs pour de nombreux utilisateurs à la fois ; vous suivez une seule requête.',
  'Watch traffic': 'Voir le trafic',
  'Sources ({n})': 'Sources ({n})',
  'Why: ': 'Pourquoi : ',
  'What the operator sees': 'Ce que voit l’exploitant',
  'What the user sees: ': 'Ce que voit l’utilisateur : ',
  'What the operator sees: ': 'Ce que voit l’exploitant : ',
  'How it is fixed': 'Comment y remédier',

  // Server down
  'Server 1 goes down (the fixed design)': 'Le serveur 1 tombe en panne (l’architecture corrigée)',
  On: 'Activé',
  Off: 'Désactivé',
  'Server 1: {status}': 'Serveur 1 : {status}',
  'Server: {status}': 'Serveur : {status}',
  'your last request: {symptom}': 'votre dernière requête : {symptom}',
  'waiting {s} s…': 'en attente depuis {s} s…',
  'Following one request, the model keeps the real wait: about {s} s of simulated time.':
    'En suivant une seule requête, le modèle garde l’attente réelle : environ {s} s de temps simulé.',
  'A real browser on Linux keeps retrying for about {realS} s before it gives up (on Windows and macOS it gives up sooner); on this teaching clock that wait is compressed ×{compression}, to {shown} s, so you can watch the timeouts arrive.':
    'Un vrai navigateur sous Linux réessaie pendant environ {realS} s avant d’abandonner (sous Windows et macOS, il abandonne plus tôt) ; sur cette horloge pédagogique, cette attente est compressée ×{compression}, à {shown} s, pour que vous puissiez voir arriver les délais d’attente dépassés.',
  'DNS still answers www.foobar.com → 8.8.8.8: the name resolves, but the machine behind that address is gone, so nobody answers the connection.':
    'Le DNS répond toujours www.foobar.com → 8.8.8.8 : le nom se résout, mais la machine derrière cette adresse a disparu, donc personne ne répond à la connexion.',

  // Deploy
  'Deploy new code: how the maintenance is done': 'Déployer le nouveau code : comment se fait la maintenance',
  'Deploy now': 'Déployer maintenant',
  'Users get {symptom} for about {s} s': 'Les utilisateurs reçoivent {symptom} pendant environ {s} s',
  'In journey mode the deploy starts at the beginning of the journey: the player rebuilds the journey with the maintenance window at t = 0.':
    'En mode parcours, le déploiement commence au début du parcours : le lecteur reconstruit le parcours avec la fenêtre de maintenance à t = 0.',
  'Deploy timeline: failed requests per second (last 60 simulated s); shaded bands are maintenance windows.':
    'Chronologie des déploiements : requêtes en échec par seconde (60 dernières secondes simulées) ; les bandes grisées sont les fenêtres de maintenance.',
  'The timeline fills in traffic mode, where many users send requests at once.':
    'La chronologie se remplit en mode trafic, où de nombreux utilisateurs envoient des requêtes en même temps.',
  'No maintenance window yet: choose a method and press “Deploy now”.':
    'Pas encore de fenêtre de maintenance : choisissez une méthode et appuyez sur « Déployer maintenant ».',
  'simulated time (s)': 'temps simulé (s)',
  'failed/s': 'échecs/s',
  'Nginx restart': 'Redémarrage Nginx',
  'App restart': 'Redémarrage appli',
  'Nginx reload': 'Rechargement Nginx',
  'Maintenance window ({method}, {span}) starting…': 'Début de la fenêtre de maintenance ({method}, {span})…',
  'The last maintenance window ({method}, {span}) is older than the history the model keeps.':
    'La dernière fenêtre de maintenance ({method}, {span}) est plus ancienne que l’historique conservé par le modèle.',
  '{n} requests failed during the last maintenance window so far ({method}, {span}).': {
    one: '{n} requête a échoué jusqu’ici pendant la dernière fenêtre de maintenance ({method}, {span}).',
    other: '{n} requêtes ont échoué jusqu’ici pendant la dernière fenêtre de maintenance ({method}, {span}).',
  },
  '{n} requests failed during the last maintenance window ({method}, {span}).': {
    one: '{n} requête a échoué pendant la dernière fenêtre de maintenance ({method}, {span}).',
    other: '{n} requêtes ont échoué pendant la dernière fenêtre de maintenance ({method}, {span}).',
  },
  'The deploy arithmetic': 'Le calcul des déploiements',
  'If every deploy makes the site unavailable for a while, the gaps add up over a year.':
    'Si chaque déploiement rend le site indisponible un moment, ces coupures s’additionnent sur une année.',
  'Deploys per day': 'Déploiements par jour',
  'Seconds of downtime each': 'Secondes d’indisponibilité par déploiement',
  '{hours}, {availability} availability': '{hours}, soit une disponibilité de {availability}',
  '{hours}, {availability} availability — below 99 %, not even two nines':
    '{hours}, soit une disponibilité de {availability} — sous 99 %, pas même deux « neuf »',
  '{n} hours a year': { one: '{n} heure par an', other: '{n} heures par an' },
  'Enter two numbers.': 'Saisissez deux nombres.',
  'Deploys and seconds cannot be negative.': 'Les déploiements et les secondes ne peuvent pas être négatifs.',
  'Allowed downtime for each level of availability (365-day year, 30-day month)':
    'Temps d’indisponibilité permis pour chaque niveau de disponibilité (année de 365 jours, mois de 30 jours)',
  'Per year': 'Par an',
  'Per month': 'Par mois',
  'Per day': 'Par jour',
  'Your deploys': 'Vos déploiements',
  '◀ your deploys': '◀ vos déploiements',

  // Too much traffic
  'Traffic (requests per second)': 'Trafic (requêtes par seconde)',
  '{rps} req/s · below capacity': '{rps} req/s · sous la capacité',
  '{rps} req/s · at capacity': '{rps} req/s · à la capacité',
  '{rps} req/s · above capacity': '{rps} req/s · au-dessus de la capacité',
  '{rps} requests per second (below capacity {capacity})': '{rps} requêtes par seconde (sous la capacité de {capacity})',
  '{rps} requests per second (at capacity {capacity})': '{rps} requêtes par seconde (à la capacité de {capacity})',
  '{rps} requests per second (above capacity {capacity})': '{rps} requêtes par seconde (au-dessus de la capacité de {capacity})',
  'capacity ≈ {rps} req/s ({pages} pages/s)': 'capacité ≈ {rps} req/s ({pages} pages/s)',
  '{servers} servers’ capacity ≈ {rps} req/s ({pages} pages/s)': 'capacité de {servers} serveurs ≈ {rps} req/s ({pages} pages/s)',
  'The scale is finer near capacity (≈ {rps} req/s).': 'L’échelle est plus fine près de la capacité (≈ {rps} req/s).',
  'Moving the slider switches to traffic mode if you are following the journey.':
    'Déplacer le curseur fait passer en mode trafic si vous suivez le parcours.',
  'Capacity of the application: ': 'Capacité de l’application : ',
  'Capacity of the whole site (shown on the slider and the charts): ': 'Capacité du site entier (affichée sur le curseur et les graphiques) : ',
  '{n} workers': { one: '{n} worker', other: '{n} workers' },
  '{n} cores': { one: '{n} cœur', other: '{n} cœurs' },
  '{workers} ÷ {ms} ms ≈ {workerRps} req/s': '{workers} ÷ {ms} ms ≈ {workerRps} req/s',
  '{workers} ÷ {ms} ms ≈ {workerRps} req/s; {cores} ÷ {cpuMs} ms of CPU ≈ {cpuRps} req/s; together ≈ {rps} req/s':
    '{workers} ÷ {ms} ms ≈ {workerRps} req/s ; {cores} ÷ {cpuMs} ms de CPU ≈ {cpuRps} req/s ; ensemble ≈ {rps} req/s',
  'Each of the {n} workers handles one dynamic request at a time, holding it for {ms} ms of code plus {queries} SQL queries × {queryMs} ms = {total} ms.': {
    one: 'Le seul worker traite une requête dynamique à la fois et la garde {ms} ms de code plus {queries} requêtes SQL × {queryMs} ms = {total} ms.',
    other: 'Chacun des {n} workers traite une requête dynamique à la fois et la garde {ms} ms de code plus {queries} requêtes SQL × {queryMs} ms = {total} ms.',
  },
  '{pct} % of requests are static files that Nginx serves without the application, so the workers are full when all traffic reaches about {rps} req/s.':
    '{pct} % des requêtes sont des fichiers statiques que Nginx sert sans l’application, donc les workers sont saturés quand l’ensemble du trafic atteint environ {rps} req/s.',
  'With {n} servers behind HAProxy (playing now): ': 'Avec {n} serveurs derrière HAProxy (en cours) : ',
  'round robin gives each server the same share; their workers hold at most {held} of MySQL’s {max} connections, and the model gives MySQL no CPU limit of its own.':
    'le tourniquet (round-robin) donne à chaque serveur la même part ; leurs workers occupent au plus {held} des {max} connexions de MySQL, et le modèle ne donne à MySQL aucune limite de CPU propre.',
  'Utilisation and Little’s law, live': 'Taux d’occupation et loi de Little, en direct',
  'Arrival rate λ (chosen)': 'Taux d’arrivée λ (choisi)',
  'Utilisation ρ = λ ÷ capacity': 'Taux d’occupation ρ = λ ÷ capacité',
  'DOWN: the server is off, its capacity is 0 and nothing is served': 'EN PANNE : le serveur est arrêté, sa capacité est nulle et rien n’est servi',
  '{rho} ({rps} ÷ {capacity}) — at or past 1, the queue grows without bound':
    '{rho} ({rps} ÷ {capacity}) — à 1 ou au-delà, la file d’attente grandit sans limite',
  'Application workers busy (measured)': 'Workers de l’application occupés (mesuré)',
  'DOWN: 0 %': 'EN PANNE : 0 %',
  'Throughput X': 'Débit X',
  'Latency W (p50)': 'Latence W (p50)',
  'In flight (measured)': 'En cours (mesuré)',
  '{n} requests': { one: '{n} requête', other: '{n} requêtes' },
  'Move the traffic slider to start traffic mode and see the live figures.':
    'Déplacez le curseur de trafic pour passer en mode trafic et voir les chiffres en direct.',
  'Little’s law, L = λW, holds for any stable queue. The median latency stands in for the mean W here, and latency is skewed, so λW reads a little low below capacity; above it the in-flight count keeps growing while λW, which only counts finished requests, cannot show it.':
    'La loi de Little, L = λW, vaut pour toute file d’attente stable. Ici, la latence médiane tient lieu de moyenne W, et la latence est asymétrique, donc λW sous-estime un peu sous la capacité ; au-delà, le nombre de requêtes en cours continue de croître alors que λW, qui ne compte que les requêtes terminées, ne peut pas le montrer.',
  'What the model assumes': 'Ce que le modèle suppose',
  'Of the application’s 40 ms per page, 50 % is CPU work and the rest waits on I/O, as do its 3 SQL queries. An assumption: Gunicorn’s (2 × cores) + 1 rule supposes one worker computes while another waits.':
    'Sur les 40 ms que l’application passe sur une page, 50 % sont du travail CPU et le reste attend des entrées-sorties, comme ses 3 requêtes SQL. C’est une hypothèse : la règle de Gunicorn, (2 × cœurs) + 1, suppose qu’un worker calcule pendant qu’un autre attend.',
  'The 2 CPU cores are shared equally by the workers computing at that moment, so workers beyond what the cores can feed add waiting, not throughput. Nginx’s and MySQL’s own CPU use is left out.':
    'Les 2 cœurs de processeur sont partagés à parts égales entre les workers qui calculent à cet instant, donc les workers au-delà de ce que les cœurs peuvent alimenter ajoutent de l’attente, pas du débit. Le CPU utilisé par Nginx et MySQL eux-mêmes n’est pas compté.',
  'Nginx’s 2 × 768 worker_connections are counted as one pool of 1536; a proxied request holds two (the browser’s and the one to the application server).':
    'Les 2 × 768 worker_connections de Nginx sont comptées comme une seule réserve de 1536 ; une requête relayée par le proxy en occupe deux (celle du navigateur et celle vers le serveur d’applications).',
  'Timeouts are a Linux client’s (kernel 6.5 or newer): an unanswered connection gives up after 131 s. Windows gives up after about 20 to 30 s (21 s documented for Windows 7), macOS after 75 s.':
    'Les délais d’attente sont ceux d’un client Linux (noyau 6.5 ou plus récent) : une connexion sans réponse abandonne après 131 s. Windows abandonne après environ 20 à 30 s (21 s documentées pour Windows 7), macOS après 75 s.',

  // Live charts
  'The live charts fill in traffic mode: move the traffic slider to start it.':
    'Les graphiques en direct se remplissent en mode trafic : déplacez le curseur de trafic pour le lancer.',
  'application capacity {n} pages/s': 'capacité applicative {n} pages/s',
  'application capacity of {servers} servers {n} pages/s': 'capacité applicative de {servers} serveurs {n} pages/s',
  'Pages per second (dynamic requests, the ones the application must run): arriving (dotted) and served (solid); dashed line: {capacity}. Static files ({pct} % of requests) are served by Nginx alone and are not plotted.':
    'Pages par seconde (requêtes dynamiques, celles que l’application doit exécuter) : arrivées (pointillés) et servies (trait plein) ; ligne en tirets : {capacity}. Les fichiers statiques ({pct} % des requêtes) sont servis par Nginx seul et ne sont pas tracés.',
  'Latency of successful pages: median (p50, solid) and 95th percentile (p95, dashed), ms. Failed requests are not in it; their median wait is the dotted line.':
    'Latence des pages réussies : médiane (p50, trait plein) et 95e centile (p95, tirets), en ms. Les requêtes en échec n’y figurent pas ; leur attente médiane est la ligne en pointillés.',
  'Failures: bars, requests that ended in an error each second; line, requests failing now (still waiting after {s} s, or re-sending unanswered packets).':
    'Échecs : en barres, les requêtes terminées par une erreur chaque seconde ; en ligne, les requêtes bloquées (toujours en attente après {s} s, ou qui renvoient des paquets restés sans réponse).',
  'no successful page since {s} s': 'aucune page réussie depuis {s} s',
  'no successful page yet': 'aucune page réussie pour l’instant',
  arriving: 'arrivées',
  served: 'servies',
  failed: 'échecs',
  'failing now': 'bloquées',
  requests: 'requêtes',
  'time (s)': 'temps (s)',
  'Time (s)': 'Temps (s)',
  '{caption} (last {n} seconds)': { one: '{caption} (dernière seconde)', other: '{caption} ({n} dernières secondes)' },
  'Pages and static files per second': 'Pages et fichiers statiques par seconde',
  'Pages arriving (req/s)': 'Pages arrivées (req/s)',
  'Pages served (req/s)': 'Pages servies (req/s)',
  'Static files served (req/s)': 'Fichiers statiques servis (req/s)',
  Latency: 'Latence',
  'Pages p50 (ms)': 'Pages p50 (ms)',
  'Pages p95 (ms)': 'Pages p95 (ms)',
  'Failed, median wait (ms)': 'Échecs, attente médiane (ms)',
  'Failed and failing requests': 'Requêtes en échec et bloquées',
  'Failed (per s)': 'Échecs (par s)',
  'Failing now': 'Bloquées',

  // Fixes and their replays
  'The fixes, one by one': 'Les solutions, une par une',
  '(a replay runs a design beside the one server; “Try it live” plays it on the diagram)':
    '(un rejeu fait tourner une architecture à côté du serveur unique ; « Essayer en direct » la joue sur le schéma)',
  'What it brings: ': 'Ce que cela entraîne : ',
  'Half an answer: ': 'Réponse incomplète : ',
  'Common misconception: ': 'Idée reçue : ',
  'Try it live': 'Essayer en direct',
  'traffic on {n} servers behind HAProxy, on the diagram': 'du trafic sur {n} serveurs derrière HAProxy, sur le schéma',
  'Replay again': 'Rejouer',
  'Running the model on each design…': 'Le modèle tourne sur chaque architecture…',
  'Replay progress': 'Avancement du rejeu',
  'Done: the figures are in the table below.': 'Terminé : les chiffres sont dans le tableau ci-dessous.',
  'Watch it on the diagram': 'Le voir sur le schéma',
  '{says}, live': '{says}, en direct',
  '{design} served as many pages in time as {base}, with {failed} failed instead of {baseFailed}.':
    '{design} : autant de pages servies à temps qu’avec {base} ; échecs : {failed} au lieu de {baseFailed}.',
  '{design} served {times} times as many pages in time as {base}, with {failed} failed instead of {baseFailed}.':
    '{design} : {times} fois plus de pages servies à temps qu’avec {base} ; échecs : {failed} au lieu de {baseFailed}.',
  '{design} served {pct} % more pages in time than {base}, with {failed} failed instead of {baseFailed}.':
    '{design} : {pct} % de pages servies à temps en plus par rapport à {base} ; échecs : {failed} au lieu de {baseFailed}.',
  '{design} served {pct} % fewer pages in time than {base}, with {failed} failed instead of {baseFailed}.':
    '{design} : {pct} % de pages servies à temps en moins par rapport à {base} ; échecs : {failed} au lieu de {baseFailed}.',
  'The same traffic on each design, from the model': 'Le même trafic sur chaque architecture, d’après le modèle',
  Figure: 'Mesure',
  Requests: 'Requêtes',
  'Served within 3 s': 'Servies en moins de 3 s',
  'Served later': 'Servies plus tard',
  Failed: 'En échec',
  'Availability (within 3 s)': 'Disponibilité (en moins de 3 s)',
  'Served in, p50': 'Temps de service, p50',
  'Served in, p95': 'Temps de service, p95',
  'Balancer noticed after': 'Détectée par le répartiteur après',
  'Back to normal after': 'Retour à la normale après',
  'Requests served per second on each design, over the run (simulated time)':
    'Requêtes servies par seconde sur chaque architecture, au fil du rejeu (temps simulé)',
  'One server': 'Un serveur',
  'one server': 'un serveur',
  '2 cores, 5 workers': '2 cœurs, 5 workers',
  'More workers': 'Plus de workers',
  '2 cores, 15 workers': '2 cœurs, 15 workers',
  '15 workers': '15 workers',
  'Bigger server': 'Serveur plus puissant',
  '4 cores, 9 workers': '4 cœurs, 9 workers',
  '4 cores': '4 cœurs',
  'Two servers': 'Deux serveurs',
  'HAProxy in front, MySQL on its own machine': 'HAProxy devant, MySQL sur sa propre machine',
  '2 servers': '2 serveurs',
  'Primary and replica': 'Principal et réplique',
  'two servers; reads may go to the replica': 'deux serveurs ; les lectures peuvent aller à la réplique',
  replica: 'réplique',
  'Two servers, rolling': 'Deux serveurs, progressif',
  'one server at a time, drained first': 'un serveur à la fois, vidé d’abord',
  rolling: 'progressif',
  'Four servers': 'Quatre serveurs',
  '4 servers': '4 serveurs',
  'Replay a server failure with a load balancer': 'Rejouer une panne de serveur avec un répartiteur de charge',
  'The same seeded traffic on each design, 50 requests per second: server 1 (for the first design, the one server) stops at 60 s and comes back at 180 s; the run ends at 240 s. HAProxy checks each server every 2 s and drops it after 3 failed checks; MySQL has a machine of its own.':
    'Le même trafic, généré avec la même graine, sur chaque architecture, 50 requêtes par seconde : le serveur 1 (pour la première architecture, le serveur unique) s’arrête à 60 s et revient à 180 s ; le rejeu se termine à 240 s. HAProxy contrôle chaque serveur toutes les 2 s et l’écarte après 3 contrôles échoués ; MySQL a sa propre machine.',
  'Replay MySQL going down, with a replica': 'Rejouer une panne de MySQL, avec une réplique',
  'The same seeded traffic on each design, 50 requests per second, two servers behind HAProxy: the primary MySQL stops at 60 s and comes back at 180 s; the run ends at 240 s. About one page in ten writes (an estimate); without a replica every page needs the primary.':
    'Le même trafic, généré avec la même graine, sur chaque architecture, 50 requêtes par seconde, deux serveurs derrière HAProxy : le MySQL principal s’arrête à 60 s et revient à 180 s ; le rejeu se termine à 240 s. Environ une page sur dix écrit (une estimation) ; sans réplique, chaque page a besoin du principal.',
  'Replay a deploy, all at once and rolling': 'Rejouer un déploiement, d’un seul coup puis progressif',
  'The same seeded traffic on each design, 50 requests per second; new code is deployed at 60 s, which restarts the application server. Rolling: one server at a time, taken out of the balancer first.':
    'Le même trafic, généré avec la même graine, sur chaque architecture, 50 requêtes par seconde ; le nouveau code est déployé à 60 s, ce qui redémarre le serveur d’applications. Progressif : un serveur à la fois, retiré d’abord du répartiteur.',
  'Replay the same traffic on more servers': 'Rejouer le même trafic sur plus de serveurs',
  'The same seeded traffic on each design: 50 requests per second, then 400 (three times what one server carries) from 60 s to 120 s, then 50 again, to 200 s. HAProxy spreads the requests round robin.':
    'Le même trafic, généré avec la même graine, sur chaque architecture : 50 requêtes par seconde, puis 400 (trois fois ce qu’un serveur peut absorber) de 60 s à 120 s, puis de nouveau 50, jusqu’à 200 s. HAProxy répartit les requêtes en tourniquet (round-robin).',
  'Replay the same traffic on a bigger server': 'Rejouer le même trafic sur un serveur plus puissant',
  'The same seeded traffic on each design: 50 requests per second, then 200 (about 1.5 times what one server carries) from 60 s to 120 s, then 50 again, to 200 s. Only the server changes.':
    'Le même trafic, généré avec la même graine, sur chaque architecture : 50 requêtes par seconde, puis 200 (environ 1,5 fois ce qu’un serveur peut absorber) de 60 s à 120 s, puis de nouveau 50, jusqu’à 200 s. Seul le serveur change.',
  'two servers at 50 req/s, server 1 down': 'deux serveurs à 50 req/s, le serveur 1 en panne',
  'primary and replica at 50 req/s, the primary down': 'principal et réplique à 50 req/s, le principal en panne',
  'two servers at 50 req/s: press Deploy new code': 'deux serveurs à 50 req/s : appuyez sur « Déployer le nouveau code »',
  'the bigger server at 200 req/s': 'le serveur plus puissant à 200 req/s',
  'four servers at 400 req/s': 'quatre serveurs à 400 req/s',

  // Rehearse the whiteboard
  'Rehearse the whiteboard': 'S’entraîner au tableau',
  'Explain each item as you would to a mentor at the whiteboard, with no notes. Then reveal the model answer and tick what you covered.':
    'Expliquez chaque élément comme vous le feriez devant un mentor au tableau, sans notes. Puis affichez la réponse type et cochez ce que vous avez couvert.',
  'What you write is kept in this browser and by your course’s LMS.': 'Ce que vous écrivez est conservé dans ce navigateur et par le LMS de votre cours.',
  'What you write stays in this browser.': 'Ce que vous écrivez reste dans ce navigateur.',
  '{n} of {total} items rehearsed': 'Éléments travaillés : {n} sur {total}',
  'Print my answers': 'Imprimer mes réponses',
  'Back to the diagram': 'Retour au schéma',
  'Start over…': 'Recommencer…',
  'Clear every prediction and answer you made on this page? This cannot be undone.':
    'Effacer toutes les prédictions et réponses faites sur cette page ? Cette action est irréversible.',
  'Keep my work': 'Garder mon travail',
  'Clear everything': 'Tout effacer',
  Rehearsed: 'Travaillé',
  'Your explanation, in your own words': 'Votre explication, avec vos propres mots',
  '(not written yet)': '(pas encore rédigée)',
  'Reveal model answer': 'Afficher la réponse type',
  'Model answer: ': 'Réponse type : ',
  'What your answer covered': 'Ce que votre réponse couvrait',
  'Common wrong answers': 'Réponses fausses fréquentes',
  'Half an answer: “{myth}”': 'Réponse incomplète : « {myth} »',
  'A common wrong answer: “{myth}”': 'Réponse fausse fréquente : « {myth} »',
};
