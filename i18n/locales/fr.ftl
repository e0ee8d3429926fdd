# L’interface de cairn en français. Mêmes messages et mêmes variables que en.ftl.
# Espaces insécables (U+00A0) avant « ; » et « : », et dans les guillemets.

## Nombres et dates

number-decimal-separator = ,
quantity = { $number } { $unit }
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Types d’objectifs

kind-outcome = Résultat
kind-outcome-description = Un résultat mesurable que la communauté veut atteindre.
kind-process = Processus
kind-process-description = Une pratique que la communauté entretient dans la durée.
kind-relational = Relationnel
kind-relational-description = La façon dont les membres de la communauté se comportent les uns envers les autres.
kind-transformational = Transformationnel
kind-transformational-description = Un changement dans la façon dont la communauté elle-même fonctionne.

## États d’un objectif

status-proposed = Proposé
status-proposed-description = Suggéré et en discussion.
status-active = Actif
status-active-description = Accepté et en cours.
status-achieved = Atteint
status-achieved-description = Atteint.
status-paused = En pause
status-paused-description = Accepté, mais suspendu pour l’instant.
status-retired = Abandonné
status-retired-description = N’est plus poursuivi ; conservé pour que la communauté se souvienne pourquoi.
status-rejected = Refusé
status-rejected-description = Proposé, puis refusé.

## Revues

review-overdue = Revue en retard
review-stale = Aucun progrès récent
review-due-soon = Revue bientôt due
review-not-completed = Non achevé dans sa période
review-on-track = En bonne voie
review-closed = Clos
review-overdue-notice = Cet objectif devait être revu le { $date }, il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
review-stale-notice = Rien n’a été signalé sur cet objectif depuis le { $date }, il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
review-due-today-notice = Cet objectif doit être revu aujourd’hui, le { $date }.
review-due-soon-notice = Cet objectif doit être revu le { $date }, dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
review-not-completed-notice = Cet objectif n’a pas été achevé pendant { $period }, qui a pris fin le { $date }.
review-its-period = sa période

## Ce qu’est devenu un objectif à la fin de sa période

outcome-achieved = Atteint
outcome-carried-over = Reporté
outcome-dropped = Abandonné
outcome-declined = Non accepté
outcome-open = En cours

## Votes

poll-upcoming = À venir
poll-open = Ouvert
poll-closed = Clos
poll-opens-on = Ouvre le { $date }
poll-open-until = Ouvert jusqu’au { $date }
poll-closed-on = Clos le { $date }

## La progression en mots

progress-metric-increase = { $current } sur { $target } (au départ : { $baseline })
progress-metric-decrease = { $current } aujourd’hui, contre { $baseline } au départ ; la cible est { $target }
progress-metric-hold = { $current } aujourd’hui ; l’objectif est de rester à { $target }
progress-not-measured = pas encore mesuré ; de { $baseline } à { $target }
progress-checklist = { $done } { $done ->
        [one] jalon atteint
       *[other] jalons atteints
    } sur { $total }
progress-cadence = { $held } { $held ->
        [one] point d’étape tenu
       *[other] points d’étape tenus
    } sur { $expected }, un { $interval }
progress-rollup-one-part = d’après son unique partie
progress-rollup-mean = la moyenne de ses { $count } parties
progress-rollup-weighted-mean = la moyenne pondérée de ses { $count } parties

## À quel rythme, après « un » (un par semaine)

interval-day = { $count ->
        [one] par jour
       *[other] tous les { $count } jours
    }
interval-week = { $count ->
        [one] par semaine
       *[other] toutes les { $count } semaines
    }
interval-month = { $count ->
        [one] par mois
       *[other] tous les { $count } mois
    }
interval-year = { $count ->
        [one] par an
       *[other] tous les { $count } ans
    }

## D’où vient un nombre mesuré

source-github-issues = les tickets trouvés par une recherche GitHub (« { $query } »)
source-checklist = les cases cochées de { $issue }
source-json = le document JSON { $url }
source-json-pointer = « { $pointer } » dans le document JSON { $url }
source-command = la sortie de la commande « { $command } »

## Barres de progression

bar-parts = Parties
bar-metric = Mesure
bar-cadence = Tenue
bar-checklist = Jalons
measured-from = Mesuré avec cairn measure d’après { $source }.

## Bulletins

poll-ballots = { $count ->
        [one] { $count } bulletin
       *[other] { $count } bulletins
    }

## Le cadre de chaque page

site-feed-title = { $site } : nouvelles
site-skip = Aller au contenu
site-nav = Navigation principale
site-search-fallback = Trouver un objectif dans la liste de tous les objectifs
site-search = Rechercher
site-source = Les sources chez l’hébergeur git
site-feed = Flux des nouvelles
site-api = API JSON
site-made-with = Fait avec cairn à partir des fichiers de la communauté.

## La navigation du thème

nav-goals = Objectifs
nav-start = Pour commencer
nav-review = Revue
nav-updates = Nouvelles
nav-polls = Votes
nav-charter = Charte

## Les pages de chaque site

page-goals = Tous les objectifs
page-goals-description = Chaque objectif de la communauté, par sous-communauté, type et état.
page-communities = Sous-communautés
page-communities-description = Les groupes qui forment la communauté.
page-start = Pour commencer
page-start-description = Ce pour quoi existe la communauté, et où un nouveau venu peut aider d’abord.
page-review = Objectifs à revoir
page-review-description = Les objectifs dont la revue approche ou est en retard, ou sans progrès récent.
page-updates = Nouvelles
page-updates-description = Les points d’étape sur les objectifs de la communauté, les plus récents d’abord.
page-not-found = Page introuvable
page-not-found-description = Il n’y a pas de page à cette adresse.
page-polls = Votes
page-polls-description = Les votes de la communauté sur ses objectifs et ses projets : ouverts, à venir et clos.
page-keyword = Objectifs : { $label }

## Les objectifs en cartes et en tableaux

goal-chips = Type et état
goal-no-progress = Aucun progrès mesuré pour l’instant.
goals-none = Pas encore d’objectif ici.
column-goal = Objectif
column-kind = Type
column-status = État
column-progress = Progrès
goals-of = Objectifs de { $community }

## La page d’accueil

home-start = Pour commencer
home-charter = Lire la charte
home-values = Ce qui nous importe
home-working-on = Ce sur quoi nous travaillons
home-all-active = Tous les objectifs actifs
home-all-goals = { $count ->
        [one] L’unique objectif
       *[other] Les { $count } objectifs
    }
home-open-polls = Votes ouverts
home-involved = Comment participer
home-involved-start = { $link } : là où un nouveau venu peut aider d’abord.
home-involved-communities-link = Trouvez votre sous-communauté
home-involved-communities = { $link } : { $list }.
home-involved-communities-none = { $link }.
home-involved-review-link = Aidez-nous à revoir nos objectifs
home-involved-review = { $link } : ceux dont la revue est due.
home-propose-link = Proposez un objectif
home-propose = { $link } en ouvrant une pull request qui ajoute un fichier sous { $folder }.
home-latest = Dernières nouvelles

## La page d’un objectif

goal-update-this = Mettre à jour cet objectif
goal-continues-in = Il se poursuit dans { $goals }.
goal-help-wanted = Aide bienvenue.
goal-progress = Progrès
goal-not-measured = Pas encore mesuré.
goal-parts = Ses parties
goal-parts-percent = Ses parties, qui font ses { $percent } %
goal-part = Partie
goal-weight = Poids
goal-part-not-counted = non comptée
goal-part-not-measured = pas encore mesurée
goal-related = Objectifs liés
goal-part-of = Partie de { $goal }
goal-continues = Poursuit { $goal }
goal-its-history = son historique
goal-continued-by = Poursuivi par { $goal }
goal-replaces = Remplace { $goal }
goal-replaced-by = Remplacé par { $goal }
goal-history = Historique
goal-chart-numbers = Les chiffres du graphique
goal-chart-by-commit = { $chart }, par commit
column-day = Jour
column-value = Valeur
column-commit = Commit
goal-not-committed = pas encore commité
goal-commit = commit { $commit }
goal-earlier-names = Noms précédents : { $names }.
goal-about = À propos de cet objectif
goal-updates = Nouvelles
goal-details = Détails
fact-kind = Type
fact-status = État
fact-period = Période
fact-owners = Responsables
fact-links = Liens
fact-started = Commencé le
fact-due = Échéance
fact-review-by = À revoir avant le
fact-tags = Étiquettes
fact-last-updated = Dernière modification
fact-contributors = Contributeurs
goal-commits = ({ $count ->
        [one] { $count } commit
       *[other] { $count } commits
    })
goal-edit = Modifier cet objectif
goal-share = Partager cet objectif
goal-badge-alt = Badge : { $title }
goal-badge-alt-percent = Badge : { $title }, { $percent } %
goal-badge-markdown = Badge pour un README (Markdown)
goal-badge-html = Badge pour une page web (HTML)
goal-live-card = Carte en direct pour une page web (HTML)
goal-live-card-shown = La carte en direct, telle que d’autres sites l’affichent :
goal-live-card-needs-js = La carte en direct a besoin de JavaScript.
goal-json = Cet objectif en JSON

## La liste de tous les objectifs, et les pages d’un type ou d’un état

goals-filter = Filtrer les objectifs
goals-by-kind = Par type
goals-by-status = Par état
goals-show-all-goals = Afficher tous les objectifs
goals-filter-list = Filtrer cette liste
goals-filter-words = Mots du titre
goals-filter-community = Sous-communauté
goals-filter-any = Tous
goals-whole-community = Toute la communauté
goals-filter-kind = Type
goals-filter-status = État
goals-filter-review = Revue
goals-filter-reset = Tout afficher
goals-of-whole-community = Objectifs de toute la communauté
goals-group = { $label } : { $group }

## La page « Pour commencer »

start-title = Pour commencer
start-core = Nos objectifs essentiels
start-core-text = Voici les objectifs que toute la communauté partage en ce moment. Chaque page dit pourquoi il compte et comment aider.
start-all-active = Tous les objectifs actifs
start-help-wanted = Aide bienvenue
start-help-wanted-text = Ces objectifs demandent de l’aide, et disent pour quoi :
start-help-first = Où aider d’abord
start-help-first-text = Les objectifs aux jalons ouverts, et la sous-communauté qui s’occupe de chacun :
start-next = { $goal } : prochaine étape, « { $milestone } »
start-open-polls = Donnez votre avis : votes ouverts
start-people = Trouvez les vôtres
start-read = Lisez { $charter } pour voir comment la communauté décide, et { $updates } pour voir ce qui se passe.
start-charter-link = la charte
start-updates-link = les dernières nouvelles

## La page des revues

review-title = Objectifs à revoir
review-lead = Les objectifs sont faits pour être revus. Ceux-ci demandent l’attention de la communauté au { $today }.
review-overdue-text = Leur date de revue est passée.
review-stale-text = Des objectifs actifs sans nouvelle ni progrès depuis longtemps.
review-due-soon-text = Leur date de revue approche.

## La page qui n’existe pas

not-found-title = Page introuvable
not-found-lead = Il n’y a pas de page à cette adresse. Les objectifs sont parfois renommés ou abandonnés.
not-found-links = { $goals } ou { $home }.
not-found-goals-link = Voir tous les objectifs
not-found-home-link = aller à l’accueil

## Un vote en quelques mots

poll-summary = { $ballots }, { $method }
poll-method-single = un choix chacun
poll-method-approval-up-to = jusqu’à { $count } choix chacun
poll-method-approval = autant de choix que l’on veut
poll-method-ranked = options classées par ordre de préférence
poll-method-score = { $count } points chacun à répartir
poll-rule-single = Chaque votant choisit une option ; l’option la plus choisie l’emporte.
poll-rule-approval = Chaque votant approuve les options qui lui conviennent ; l’option la plus approuvée l’emporte.
poll-rule-ranked = Chaque votant classe les options ; elles sont comparées deux à deux, et l’option qui bat toutes les autres — directement ou par une chaîne de victoires plus fortes — arrive en tête (la méthode de Schulze, celle de Debian).
poll-rule-score = Chaque votant répartit un budget de points entre les options ; le plus de points l’emporte.
poll-who-anyone = Toute personne ayant un compte chez l’hébergeur git peut voter.
poll-who-list = Seuls les membres listés sous `{ $list }` dans members.toml peuvent voter.
poll-who-invite = Toute personne ayant un code d’invitation peut voter, un bulletin par code ; la communauté distribue les codes.
poll-who-open = Vote ouvert : tout le monde peut voter, une fois par navigateur. Rien n’empêche une personne déterminée de voter plusieurs fois : lisez le résultat comme un sondage, pas comme une décision.

## La page d’un vote

poll-about = À propos de ce vote
poll-result = Résultat
poll-results-so-far = Résultats provisoires
poll-head-to-head = Face à face
poll-head-to-head-text = L’option de chaque ligne contre celle de chaque colonne : combien de votants l’ont classée plus haut. Un nombre en gras remporte sa paire.
poll-head-to-head-caption = Combien de votants préfèrent l’option de la ligne à celle de la colonne
poll-strongest = Chemins les plus forts
poll-strongest-text = La force de la plus forte chaîne de victoires deux à deux de l’option de la ligne à celle de la colonne. Une option arrive en tête quand ses chemins vers chaque autre option sont au moins aussi forts que les leurs en retour.
poll-strongest-caption = Le chemin le plus fort de l’option de la ligne à celle de la colonne
poll-same-option = même option
poll-wins = (l’emporte)
poll-how-to-vote = Comment voter
poll-widget-needs-js = Voter depuis cette page demande JavaScript ; les étapes ci-dessous fonctionnent sans.
poll-by-hand-or = Ou à la main : ouvrez une pull request qui ajoute { $file }, au nom de votre identifiant chez l’hébergeur git, contenant :
poll-by-hand = Ouvrez une pull request qui ajoute { $file }, au nom de votre identifiant chez l’hébergeur git, contenant :
poll-counts-from = Votre bulletin compte à partir du jour où la pull request est fusionnée, si c’est avant la clôture du vote. Pour changer votre vote, modifiez votre fichier.
poll-not-taking = { $window } : aucun bulletin n’est accepté pour le moment.
poll-endpoint-text = Les votes vont au service de vote de la communauté, et le résultat ci-dessous les suit à mesure qu’ils arrivent. À la clôture, les bulletins sont écrits dans le dépôt sous des noms inventés, et cette page les compte.
poll-endpoint-needs-js = Voter demande JavaScript.
poll-no-endpoint = Ce site ne nomme aucun service de vote ({ $endpoint } dans { $file }) ; il n’accepte donc aucun vote pour ce scrutin.
poll-ballots-title = Bulletins
poll-ballots-caption = Chaque fichier de bulletin, compté ou non
column-voter = Votant
column-committed = Commité le
column-counted = Compté
poll-not-yet = pas encore
poll-counted-yes = Oui
poll-counted-no = Non : { $reason }
poll-no-ballots = Pas encore de bulletin.
poll-edit = Modifier ce vote
poll-json = Ce vote en JSON

## La liste des votes

polls-caption = Tous les votes
column-question = Question
column-when = Quand
column-ballots = Bulletins
polls-none = Pas encore de vote. Un vote est un fichier dans { $folder } ; voir { $guide } dans le guide de cairn.
polls-none-guide = Votes et bulletins

## La charte

charter-adopted = Adoptée
charter-review-by = À revoir avant le
charter-values = Valeurs
charter-revisions = Versions
charter-amended = Modifiée
charter-revision-by = { $date } par { $author }
charter-suggest = Proposer une modification de la charte

## Les sous-communautés

community-leads = Responsables
community-channels = Où nous parlons
community-period = Cette sous-communauté est une période, du { $from } au { $to } : { $link }.
community-period-link = ce que sont devenus ses objectifs
community-goals = Objectifs
community-edit = Modifier cette page
community-description = Les objectifs de { $community }.
communities-goals = { $count ->
        [one] { $count } objectif
       *[other] { $count } objectifs
    }
communities-none = Cette communauté n’a pas encore de sous-communauté.

## Les périodes

page-periods = Périodes
page-periods-description = Les périodes pour lesquelles la communauté se fixe des objectifs, et ce qu’ils sont devenus.
periods-caption = Périodes, les plus anciennes d’abord
column-period = Période
column-days = Dates
periods-current = En cours
period-span = du { $from } au { $to }
period-from-to-ended = Du { $from } au { $to } : cette période est terminée.
period-from-to-upcoming = Du { $from } au { $to } : cette période n’a pas encore commencé.
period-from-to-current = Du { $from } au { $to }.
period-description = Les objectifs de { $period } et ce qu’ils sont devenus.
period-outcome = Bilan
period-outcome-caption = { $outcome } : { $period }
period-carried-over-text = Chacun d’eux se poursuit dans un objectif ultérieur ; sa page y renvoie.
period-as-community = { $period } en tant que sous-communauté
period-all = Toutes les périodes

## Les nouvelles

updates-subscribe = S’abonner au flux
updates-about = à propos de { $goals }
updates-none = Pas encore de nouvelles.
update-by = par { $people }
update-about = À propos de : { $goals }
update-edit = Modifier cette nouvelle
update-description = Une nouvelle du { $date }.

## Les étiquettes

page-tags = Étiquettes
page-tags-description = Toutes les étiquettes que portent les objectifs de la communauté.
tags-none = Aucun objectif ne porte encore d’étiquette.
tag-title = Objectifs étiquetés « { $tag } »
tag-description = { $count ->
        [one] L’objectif étiqueté « { $tag } ».
       *[other] Les { $count } objectifs étiquetés « { $tag } ».
    }
tags-all = Toutes les étiquettes
goals-all = Tous les objectifs

## Les pages de la communauté

page-edit = Modifier cette page

## L’historique d’un objectif et son graphique

chart-title = La mesure au fil du temps
chart-title-unit = La mesure au fil du temps, en { $unit }
chart-title-milestones = Jalons atteints au fil du temps
chart-unit-milestones = jalons atteints
chart-description = De { $first } le { $first_date } à { $last } le { $last_date } ; la cible est { $target }.
chart-target = cible { $target }
history-pace-gains = gagne environ { $points } points de pourcentage par mois
history-pace-loses = perd environ { $points } points de pourcentage par mois
history-milestones = { $done } sur { $total ->
        [one] { $total } jalon
       *[other] { $total } jalons
    }

## Le champ de recherche et le filtre des objectifs

search-none = Aucun résultat pour « { $term } ».
search-results = { $total ->
        [one] { $total } résultat pour « { $term } ».
       *[other] { $total } résultats pour « { $term } ».
    }
search-results-first = { $total } résultats pour « { $term } » ; les { $shown } premiers sont affichés.
filter-all = { $total ->
        [one] L’unique objectif est affiché.
       *[other] Les { $total } objectifs sont affichés.
    }
filter-some = { $shown } objectifs sur { $total } sont affichés.
