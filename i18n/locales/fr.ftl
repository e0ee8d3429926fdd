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
