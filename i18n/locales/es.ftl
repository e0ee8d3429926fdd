# La interfaz de cairn en español. Los mismos mensajes y las mismas variables que en.ftl.

## Números y fechas

number-decimal-separator = ,
quantity = { $number } { $unit }
date-long = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Tipos de objetivo

kind-outcome = Resultado
kind-outcome-description = Un resultado medible que la comunidad quiere alcanzar.
kind-process = Proceso
kind-process-description = Una práctica que la comunidad mantiene en el tiempo.
kind-relational = Relacional
kind-relational-description = Cómo se relacionan entre sí las personas de la comunidad.
kind-transformational = Transformador
kind-transformational-description = Un cambio en cómo funciona la propia comunidad.

## Estados de un objetivo

status-proposed = Propuesto
status-proposed-description = Sugerido y en debate.
status-active = Activo
status-active-description = Aceptado y en marcha.
status-achieved = Logrado
status-achieved-description = Alcanzado.
status-paused = En pausa
status-paused-description = Aceptado, pero detenido por ahora.
status-retired = Retirado
status-retired-description = Ya no se persigue; se conserva para que la comunidad recuerde por qué.
status-rejected = Rechazado
status-rejected-description = Propuesto y descartado.

## Revisiones

review-overdue = Revisión atrasada
review-stale = Sin avances recientes
review-due-soon = Revisión próxima
review-not-completed = No completado en su periodo
review-on-track = Va bien
review-closed = Cerrado
review-overdue-notice = Este objetivo debía revisarse el { $date }, hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
review-stale-notice = No se ha informado nada sobre este objetivo desde el { $date }, hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
review-due-today-notice = Este objetivo debe revisarse hoy, { $date }.
review-due-soon-notice = Este objetivo debe revisarse el { $date }, dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
review-not-completed-notice = Este objetivo no se completó en { $period }, que terminó el { $date }.
review-its-period = su periodo

## Qué fue de un objetivo al terminar su periodo

outcome-achieved = Logrado
outcome-carried-over = Trasladado
outcome-dropped = Abandonado
outcome-declined = No aceptado
outcome-open = En curso

## Fases de una votación

poll-upcoming = Próxima
poll-open = Abierta
poll-closed = Cerrada
poll-opens-on = Se abre el { $date }
poll-open-until = Abierta hasta el { $date }
poll-closed-on = Cerrada el { $date }

## El progreso en palabras

progress-metric-increase = { $current } de { $target } (desde { $baseline })
progress-metric-decrease = { $current } ahora, frente a { $baseline } al principio; la meta es { $target }
progress-metric-hold = { $current } ahora; el propósito es mantener { $target }
progress-not-measured = aún sin medir; de { $baseline } a { $target }
progress-checklist = { $done } de { $total ->
        [one] { $total } hito completado
       *[other] { $total } hitos completados
    }
progress-cadence = { $held } de { $expected ->
        [one] { $expected } seguimiento realizado
       *[other] { $expected } seguimientos realizados
    }, uno { $interval }
progress-rollup-one-part = según su única parte
progress-rollup-mean = la media de sus { $count } partes
progress-rollup-weighted-mean = la media ponderada de sus { $count } partes

## Con qué frecuencia, tras «uno» (uno por semana)

interval-day = { $count ->
        [one] por día
       *[other] cada { $count } días
    }
interval-week = { $count ->
        [one] por semana
       *[other] cada { $count } semanas
    }
interval-month = { $count ->
        [one] al mes
       *[other] cada { $count } meses
    }
interval-year = { $count ->
        [one] al año
       *[other] cada { $count } años
    }

## De dónde sale un número medido

source-github-issues = las incidencias que encuentra una búsqueda de GitHub («{ $query }»)
source-checklist = las casillas marcadas de { $issue }
source-json = el documento JSON { $url }
source-json-pointer = «{ $pointer }» en el documento JSON { $url }
source-command = la salida de la orden «{ $command }»

## Barras de progreso

bar-parts = Partes
bar-metric = Medida
bar-cadence = Constancia
bar-checklist = Hitos
measured-from = Medido con cairn measure a partir de { $source }.

## Papeletas

poll-ballots = { $count ->
        [one] { $count } papeleta
       *[other] { $count } papeletas
    }
