# cairns Oberfläche auf Deutsch. Dieselben Nachrichten und Variablen wie en.ftl.

## Zahlen und Daten

number-decimal-separator = ,
quantity = { $number } { $unit }
date-long = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }

## Arten von Zielen

kind-outcome = Ergebnis
kind-outcome-description = Ein messbares Ergebnis, das die Gemeinschaft erreichen will.
kind-process = Prozess
kind-process-description = Eine Praxis, die die Gemeinschaft dauerhaft pflegt.
kind-relational = Beziehung
kind-relational-description = Wie die Menschen in der Gemeinschaft miteinander umgehen.
kind-transformational = Wandel
kind-transformational-description = Eine Veränderung in der Art, wie die Gemeinschaft selbst arbeitet.

## Stand eines Ziels

status-proposed = Vorgeschlagen
status-proposed-description = Vorgeschlagen und in Diskussion.
status-active = Aktiv
status-active-description = Angenommen und in Arbeit.
status-achieved = Erreicht
status-achieved-description = Erreicht.
status-paused = Pausiert
status-paused-description = Angenommen, aber vorerst zurückgestellt.
status-retired = Eingestellt
status-retired-description = Wird nicht mehr verfolgt; bleibt stehen, damit die Gemeinschaft weiß, warum.
status-rejected = Abgelehnt
status-rejected-description = Vorgeschlagen und abgelehnt.

## Überprüfung

review-overdue = Überprüfung überfällig
review-stale = Kein neuer Fortschritt
review-due-soon = Überprüfung bald fällig
review-not-completed = Im Zeitraum nicht abgeschlossen
review-on-track = Im Plan
review-closed = Abgeschlossen
review-overdue-notice = Dieses Ziel war am { $date } zur Überprüfung fällig, vor { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }.
review-stale-notice = Zu diesem Ziel wurde seit dem { $date } nichts mehr berichtet, seit { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }.
review-due-today-notice = Dieses Ziel ist heute, am { $date }, zur Überprüfung fällig.
review-due-soon-notice = Dieses Ziel ist am { $date } zur Überprüfung fällig, in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }.
review-not-completed-notice = Dieses Ziel wurde in { $period } nicht abgeschlossen; der Zeitraum endete am { $date }.
review-its-period = seinem Zeitraum

## Was aus einem Ziel wurde, als sein Zeitraum endete

outcome-achieved = Erreicht
outcome-carried-over = Übernommen
outcome-dropped = Aufgegeben
outcome-declined = Nicht angenommen
outcome-open = Laufend

## Abstimmungen

poll-upcoming = Demnächst
poll-open = Offen
poll-closed = Beendet
poll-opens-on = Beginnt am { $date }
poll-open-until = Offen bis zum { $date }
poll-closed-on = Beendet am { $date }

## Fortschritt in Worten

progress-metric-increase = { $current } von { $target } (ausgehend von { $baseline })
progress-metric-decrease = jetzt { $current }, gesunken von { $baseline }; das Ziel ist { $target }
progress-metric-hold = jetzt { $current }; angestrebt ist, { $target } zu halten
progress-not-measured = noch nicht gemessen; von { $baseline } auf { $target }
progress-checklist = { $done } von { $total ->
        [one] { $total } Meilenstein
       *[other] { $total } Meilensteinen
    } erledigt
progress-cadence = { $held } von { $expected ->
        [one] { $expected } Check-in
       *[other] { $expected } Check-ins
    } abgehalten, einer { $interval }
progress-rollup-one-part = aus seinem einzigen Teil
progress-rollup-mean = der Mittelwert seiner { $count } Teile
progress-rollup-weighted-mean = der gewichtete Mittelwert seiner { $count } Teile

## Wie oft, nach „einer“ (einer pro Woche)

interval-day = { $count ->
        [one] pro Tag
       *[other] alle { $count } Tage
    }
interval-week = { $count ->
        [one] pro Woche
       *[other] alle { $count } Wochen
    }
interval-month = { $count ->
        [one] pro Monat
       *[other] alle { $count } Monate
    }
interval-year = { $count ->
        [one] pro Jahr
       *[other] alle { $count } Jahre
    }

## Woher eine gemessene Zahl kommt

source-github-issues = die Issues, die eine GitHub-Suche findet („{ $query }“)
source-checklist = die abgehakten Kästchen von { $issue }
source-json = das JSON-Dokument { $url }
source-json-pointer = „{ $pointer }“ im JSON-Dokument { $url }
source-command = die Ausgabe des Befehls „{ $command }“

## Fortschrittsbalken

bar-parts = Teile
bar-metric = Messwert
bar-cadence = Eingehalten
bar-checklist = Meilensteine
measured-from = Gemessen mit cairn measure aus { $source }.

## Stimmen

poll-ballots = { $count ->
        [one] { $count } Stimmzettel
       *[other] { $count } Stimmzettel
    }

## Der Rahmen jeder Seite

site-feed-title = { $site }: Neuigkeiten
site-skip = Zum Inhalt springen
site-nav = Hauptnavigation
site-search-fallback = Ein Ziel in der Liste aller Ziele finden
site-search = Suche
site-source = Quelltext beim Git-Hoster
site-feed = Feed der Neuigkeiten
site-api = JSON-API
site-made-with = Mit cairn aus den eigenen Dateien der Gemeinschaft erstellt.

## Die Navigation des Themes

nav-goals = Ziele
nav-start = Einstieg
nav-review = Überprüfung
nav-updates = Neuigkeiten
nav-polls = Abstimmungen
nav-charter = Charta

## Seiten, die jede Website hat

page-goals = Alle Ziele
page-goals-description = Jedes Ziel der Gemeinschaft, nach Teilgemeinschaft, Art und Stand.
page-communities = Teilgemeinschaften
page-communities-description = Die Gruppen, aus denen die Gemeinschaft besteht.
page-start = Einstieg
page-start-description = Wofür die Gemeinschaft da ist, und wo Neue zuerst helfen können.
page-review = Zu überprüfende Ziele
page-review-description = Ziele, deren Überprüfung bald fällig oder überfällig ist, oder ohne neuen Fortschritt.
page-updates = Neuigkeiten
page-updates-description = Berichte über die Ziele der Gemeinschaft, die neuesten zuerst.
page-not-found = Seite nicht gefunden
page-not-found-description = Unter dieser Adresse gibt es keine Seite.
page-polls = Abstimmungen
page-polls-description = Die Abstimmungen der Gemeinschaft über ihre Ziele und Pläne: offene, kommende und beendete.
page-keyword = Ziele: { $label }

## Ziele in Karten und Tabellen

goal-chips = Art und Stand
goal-no-progress = Noch kein Fortschritt gemessen.
goals-none = Hier gibt es noch keine Ziele.
column-goal = Ziel
column-kind = Art
column-status = Stand
column-progress = Fortschritt
goals-of = Ziele von { $community }

## Die Startseite

home-start = Einstieg
home-charter = Die Charta lesen
home-values = Was uns wichtig ist
home-working-on = Woran wir arbeiten
home-all-active = Alle aktiven Ziele
home-all-goals = { $count ->
        [one] Das eine Ziel
       *[other] Alle { $count } Ziele
    }
home-open-polls = Offene Abstimmungen
home-involved = Wie du mitmachen kannst
home-involved-start = { $link }: wo Neue zuerst helfen können.
home-involved-communities-link = Finde deine Teilgemeinschaft
home-involved-communities = { $link }: { $list }.
home-involved-communities-none = { $link }.
home-involved-review-link = Hilf uns, unsere Ziele zu überprüfen
home-involved-review = { $link }: die, deren Überprüfung fällig ist.
home-propose-link = Schlage ein Ziel vor
home-propose = { $link }, mit einem Pull-Request, der eine Datei unter { $folder } hinzufügt.
home-latest = Neueste Berichte

## Die Seite eines Ziels

goal-update-this = Dieses Ziel aktualisieren
goal-continues-in = Es wird fortgesetzt in { $goals }.
goal-help-wanted = Hilfe gesucht.
goal-progress = Fortschritt
goal-not-measured = Noch nicht gemessen.
goal-parts = Seine Teile
goal-parts-percent = Seine Teile, aus denen sich seine { $percent } % ergeben
goal-part = Teil
goal-weight = Gewicht
goal-part-not-counted = nicht gezählt
goal-part-not-measured = noch nicht gemessen
goal-related = Verwandte Ziele
goal-part-of = Teil von { $goal }
goal-continues = Setzt { $goal } fort
goal-its-history = seine Geschichte
goal-continued-by = Fortgesetzt von { $goal }
goal-replaces = Ersetzt { $goal }
goal-replaced-by = Ersetzt durch { $goal }
goal-history = Verlauf
goal-chart-numbers = Die Zahlen des Diagramms
goal-chart-by-commit = { $chart }, nach Commit
column-day = Tag
column-value = Wert
column-commit = Commit
goal-not-committed = nicht committet
goal-commit = Commit { $commit }
goal-earlier-names = Frühere Namen: { $names }.
goal-about = Über dieses Ziel
goal-updates = Berichte
goal-details = Details
fact-kind = Art
fact-status = Stand
fact-period = Zeitraum
fact-owners = Verantwortlich
fact-links = Links
fact-started = Begonnen
fact-due = Fällig
fact-review-by = Überprüfen bis
fact-tags = Schlagwörter
fact-last-updated = Zuletzt geändert
fact-contributors = Beteiligte
goal-commits = ({ $count ->
        [one] { $count } Commit
       *[other] { $count } Commits
    })
goal-edit = Dieses Ziel bearbeiten
goal-share = Dieses Ziel teilen
goal-badge-alt = Badge: { $title }
goal-badge-alt-percent = Badge: { $title }, { $percent } %
goal-badge-markdown = Badge für eine README (Markdown)
goal-badge-html = Badge für eine Webseite (HTML)
goal-live-card = Live-Karte für eine Webseite (HTML)
goal-live-card-shown = Die Live-Karte, wie andere Websites sie zeigen:
goal-live-card-needs-js = Die Live-Karte braucht JavaScript.
goal-json = Dieses Ziel als JSON

## Die Liste aller Ziele, und die Seiten einer Art oder eines Stands

goals-filter = Ziele filtern
goals-by-kind = Nach Art
goals-by-status = Nach Stand
goals-show-all-goals = Alle Ziele zeigen
goals-filter-list = Diese Liste filtern
goals-filter-words = Wörter des Titels
goals-filter-community = Teilgemeinschaft
goals-filter-any = Alle
goals-whole-community = Die ganze Gemeinschaft
goals-filter-kind = Art
goals-filter-status = Stand
goals-filter-review = Überprüfung
goals-filter-reset = Alle zeigen
goals-of-whole-community = Ziele der ganzen Gemeinschaft
goals-group = { $label }: { $group }

## Die Einstiegsseite

start-title = Einstieg
start-core = Unsere Kernziele
start-core-text = Das sind die Ziele, die die ganze Gemeinschaft gerade teilt. Jede Seite sagt, warum es darauf ankommt und wie man helfen kann.
start-all-active = Alle aktiven Ziele
start-help-wanted = Hilfe gesucht
start-help-wanted-text = Diese Ziele bitten um Hilfe und sagen, wobei:
start-help-first = Wo du zuerst helfen kannst
start-help-first-text = Ziele mit offenen Meilensteinen, und die Teilgemeinschaft, die sich jeweils darum kümmert:
start-next = { $goal }: als Nächstes „{ $milestone }“
start-open-polls = Rede mit: offene Abstimmungen
start-people = Finde deine Leute
start-read = Lies { $charter }, um zu sehen, wie die Gemeinschaft entscheidet, und { $updates }, um zu sehen, was gerade passiert.
start-charter-link = die Charta
start-updates-link = die neuesten Berichte

## Die Seite der Überprüfung

review-title = Zu überprüfende Ziele
review-lead = Ziele sollen wieder auf den Tisch. Diese brauchen die Aufmerksamkeit der Gemeinschaft, Stand { $today }.
review-overdue-text = Ihr Überprüfungstermin ist verstrichen.
review-stale-text = Aktive Ziele, die lange keinen Bericht und keinen Fortschritt hatten.
review-due-soon-text = Ihr Überprüfungstermin steht bevor.

## Die Seite, die es nicht gibt

not-found-title = Seite nicht gefunden
not-found-lead = Unter dieser Adresse gibt es keine Seite. Ziele werden manchmal umbenannt oder eingestellt.
not-found-links = { $goals } oder { $home }.
not-found-goals-link = Alle Ziele ansehen
not-found-home-link = zur Startseite gehen
