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
