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

## Eine Abstimmung in wenigen Worten

poll-summary = { $ballots }, { $method }
poll-method-single = eine Wahl pro Person
poll-method-approval-up-to = bis zu { $count } Wahlen pro Person
poll-method-approval = beliebig viele Wahlen pro Person
poll-method-ranked = Optionen in eine Reihenfolge gebracht
poll-method-score = { $count } Punkte pro Person zum Verteilen
poll-rule-single = Jede Person wählt eine Option; die am häufigsten gewählte gewinnt.
poll-rule-approval = Jede Person stimmt den Optionen zu, mit denen sie leben kann; die Option mit den meisten Zustimmungen gewinnt.
poll-rule-ranked = Jede Person bringt die Optionen in eine Reihenfolge; sie werden paarweise verglichen, und die Option, die jede andere schlägt – direkt oder über eine Kette stärkerer Siege –, steht vorn (die Schulze-Methode, wie Debian sie verwendet).
poll-rule-score = Jede Person verteilt ein Budget an Punkten auf die Optionen; die meisten Punkte gewinnen.
poll-who-anyone = Abstimmen kann, wer ein Konto beim Git-Hoster hat.
poll-who-list = Abstimmen können nur die Mitglieder, die in members.toml unter `{ $list }` stehen.
poll-who-invite = Abstimmen kann, wer einen Einladungscode hat, ein Stimmzettel pro Code; die Gemeinschaft verteilt die Codes.
poll-who-open = Offene Abstimmung: Alle können abstimmen, einmal pro Browser. Nichts hindert eine entschlossene Person daran, mehrfach abzustimmen; lies das Ergebnis also als Stimmungsbild, nicht als Entscheidung.

## Die Seite einer Abstimmung

poll-about = Über diese Abstimmung
poll-result = Ergebnis
poll-results-so-far = Bisherige Ergebnisse
poll-head-to-head = Direkter Vergleich
poll-head-to-head-text = Die Option jeder Zeile gegen die jeder Spalte: wie viele sie höher eingestuft haben. Eine fett gedruckte Zahl gewinnt ihr Paar.
poll-head-to-head-caption = Wie viele die Option der Zeile der der Spalte vorziehen
poll-strongest = Stärkste Pfade
poll-strongest-text = Die Stärke der stärksten Kette paarweiser Siege von der Option der Zeile zu der der Spalte. Eine Option steht vorn, wenn ihre Pfade zu jeder anderen Option mindestens so stark sind wie deren Pfade zurück.
poll-strongest-caption = Der stärkste Pfad von der Option der Zeile zu der der Spalte
poll-same-option = dieselbe Option
poll-wins = (gewinnt)
poll-how-to-vote = So stimmst du ab
poll-widget-needs-js = Abstimmen auf dieser Seite braucht JavaScript; die Schritte unten gehen auch ohne.
poll-by-hand-or = Oder von Hand: Öffne einen Pull-Request, der { $file } hinzufügt, benannt nach deinem Login beim Git-Hoster, mit diesem Inhalt:
poll-by-hand = Öffne einen Pull-Request, der { $file } hinzufügt, benannt nach deinem Login beim Git-Hoster, mit diesem Inhalt:
poll-counts-from = Dein Stimmzettel zählt ab dem Tag, an dem der Pull-Request gemergt wird, wenn das vor dem Ende der Abstimmung ist. Um deine Stimme zu ändern, ändere deine Datei.
poll-not-taking = { $window }: Derzeit werden keine Stimmzettel angenommen.
poll-endpoint-text = Die Stimmen gehen an den Abstimmungsdienst der Gemeinschaft, und das Ergebnis unten folgt ihnen, während sie eintreffen. Wenn die Abstimmung endet, werden ihre Stimmzettel unter erfundenen Namen ins Repository geschrieben, und diese Seite zählt sie.
poll-endpoint-needs-js = Abstimmen braucht JavaScript.
poll-no-endpoint = Diese Website nennt keinen Abstimmungsdienst ({ $endpoint } in { $file }) und nimmt daher für diese Abstimmung keine Stimmen an.
poll-ballots-title = Stimmzettel
poll-ballots-caption = Jede Stimmzettel-Datei, gezählt oder nicht
column-voter = Person
column-committed = Committet
column-counted = Gezählt
poll-not-yet = noch nicht
poll-counted-yes = Ja
poll-counted-no = Nein: { $reason }
poll-no-ballots = Noch keine Stimmzettel.
poll-edit = Diese Abstimmung bearbeiten
poll-json = Diese Abstimmung als JSON

## Die Liste der Abstimmungen

polls-caption = Jede Abstimmung
column-question = Frage
column-when = Wann
column-ballots = Stimmzettel
polls-none = Noch keine Abstimmungen. Eine Abstimmung ist eine Datei in { $folder }; siehe { $guide } im Handbuch von cairn.
polls-none-guide = Abstimmungen und Stimmzettel

## Die Charta

charter-adopted = Angenommen
charter-review-by = Überprüfen bis
charter-values = Werte
charter-revisions = Fassungen
charter-amended = Geändert
charter-revision-by = { $date } von { $author }
charter-suggest = Eine Änderung der Charta vorschlagen

## Teilgemeinschaften

community-leads = Leitung
community-channels = Wo wir reden
community-period = Diese Teilgemeinschaft ist ein Zeitraum, vom { $from } bis zum { $to }: { $link }.
community-period-link = was aus ihren Zielen wurde
community-goals = Ziele
community-edit = Diese Seite bearbeiten
community-description = Die Ziele von { $community }.
communities-goals = { $count ->
        [one] { $count } Ziel
       *[other] { $count } Ziele
    }
communities-none = Diese Gemeinschaft hat noch keine Teilgemeinschaften.

## Zeiträume

page-periods = Zeiträume
page-periods-description = Die Zeiträume, für die die Gemeinschaft ihre Ziele setzt, und was aus ihnen wurde.
periods-caption = Zeiträume, die ältesten zuerst
column-period = Zeitraum
column-days = Tage
periods-current = Aktuell
period-span = { $from } bis { $to }
period-from-to-ended = Vom { $from } bis zum { $to }: Dieser Zeitraum ist vorbei.
period-from-to-upcoming = Vom { $from } bis zum { $to }: Dieser Zeitraum hat noch nicht begonnen.
period-from-to-current = Vom { $from } bis zum { $to }.
period-description = Die Ziele von { $period } und was aus ihnen wurde.
period-outcome = Ergebnis
period-outcome-caption = { $outcome } in { $period }
period-carried-over-text = Jedes dieser Ziele wird in einem späteren fortgesetzt; seine Seite verlinkt darauf.
period-as-community = { $period } als Teilgemeinschaft
period-all = Alle Zeiträume

## Berichte

updates-subscribe = Den Feed abonnieren
updates-about = über { $goals }
updates-none = Noch keine Berichte.
update-by = von { $people }
update-about = Über: { $goals }
update-edit = Diesen Bericht bearbeiten
update-description = Ein Bericht vom { $date }.

## Schlagwörter

page-tags = Schlagwörter
page-tags-description = Jedes Schlagwort, das die Ziele der Gemeinschaft tragen.
tags-none = Noch trägt kein Ziel ein Schlagwort.
tag-title = Ziele mit dem Schlagwort „{ $tag }“
tag-description = { $count ->
        [one] Das eine Ziel mit dem Schlagwort „{ $tag }“.
       *[other] Die { $count } Ziele mit dem Schlagwort „{ $tag }“.
    }
tags-all = Alle Schlagwörter
goals-all = Alle Ziele

## Die eigenen Seiten der Gemeinschaft

page-edit = Diese Seite bearbeiten

## Der Verlauf eines Ziels und sein Diagramm

chart-title = Der Messwert im Lauf der Zeit
chart-title-unit = Der Messwert im Lauf der Zeit, in { $unit }
chart-title-milestones = Erledigte Meilensteine im Lauf der Zeit
chart-unit-milestones = erledigte Meilensteine
chart-description = Von { $first } am { $first_date } auf { $last } am { $last_date }; das Ziel ist { $target }.
chart-target = Ziel { $target }
history-pace-gains = gewinnt etwa { $points } Prozentpunkte im Monat
history-pace-loses = verliert etwa { $points } Prozentpunkte im Monat
history-milestones = { $done } von { $total ->
        [one] { $total } Meilenstein
       *[other] { $total } Meilensteinen
    }

## Das Suchfeld und der Zielfilter

search-none = Keine Treffer für „{ $term }“.
search-results = { $total ->
        [one] { $total } Treffer für „{ $term }“.
       *[other] { $total } Treffer für „{ $term }“.
    }
search-results-first = { $total } Treffer für „{ $term }“; die ersten { $shown } werden gezeigt.
filter-all = { $total ->
        [one] Das eine Ziel wird gezeigt.
       *[other] Alle { $total } Ziele werden gezeigt.
    }
filter-some = { $shown } von { $total ->
        [one] { $total } Ziel wird gezeigt.
       *[other] { $total } Zielen werden gezeigt.
    }
