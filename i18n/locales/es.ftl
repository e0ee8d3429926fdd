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

## El marco de cada página

site-feed-title = { $site }: novedades
site-skip = Saltar al contenido
site-nav = Navegación principal
site-search-fallback = Buscar un objetivo en la lista de todos los objetivos
site-search = Buscar
site-source = El código en el servidor git
site-feed = Feed de novedades
site-api = API JSON
site-made-with = Hecho con cairn a partir de los propios archivos de la comunidad.

## La navegación del tema

nav-goals = Objetivos
nav-start = Empieza aquí
nav-review = Revisión
nav-updates = Novedades
nav-polls = Votaciones
nav-charter = Carta

## Las páginas de todo sitio

page-goals = Todos los objetivos
page-goals-description = Cada objetivo de la comunidad, por subcomunidad, tipo y estado.
page-communities = Subcomunidades
page-communities-description = Los grupos que forman la comunidad.
page-start = Empieza aquí
page-start-description = Para qué existe la comunidad, y dónde puede ayudar primero quien llega.
page-review = Objetivos por revisar
page-review-description = Objetivos cuya revisión está próxima o atrasada, o sin avances recientes.
page-updates = Novedades
page-updates-description = Informes sobre los objetivos de la comunidad, los más recientes primero.
page-not-found = Página no encontrada
page-not-found-description = No hay ninguna página en esta dirección.
page-polls = Votaciones
page-polls-description = Las votaciones de la comunidad sobre sus objetivos y planes: abiertas, próximas y cerradas.
page-keyword = Objetivos: { $label }

## Los objetivos en tarjetas y tablas

goal-chips = Tipo y estado
goal-no-progress = Aún no se ha medido ningún avance.
goals-none = Aún no hay objetivos aquí.
column-goal = Objetivo
column-kind = Tipo
column-status = Estado
column-progress = Avance
goals-of = Objetivos de { $community }

## La página de inicio

home-start = Empieza aquí
home-charter = Leer la carta
home-values = Lo que valoramos
home-working-on = En qué estamos trabajando
home-all-active = Todos los objetivos activos
home-all-goals = { $count ->
        [one] El único objetivo
       *[other] Los { $count } objetivos
    }
home-open-polls = Votaciones abiertas
home-involved = Cómo participar
home-involved-start = { $link }: dónde puede ayudar primero quien llega.
home-involved-communities-link = Encuentra tu subcomunidad
home-involved-communities = { $link }: { $list }.
home-involved-communities-none = { $link }.
home-involved-review-link = Ayúdanos a revisar nuestros objetivos
home-involved-review = { $link }: los que toca revisar.
home-propose-link = Propón un objetivo
home-propose = { $link } abriendo una pull request que añada un archivo en { $folder }.
home-latest = Últimas novedades

## La página de un objetivo

goal-update-this = Actualizar este objetivo
goal-continues-in = Continúa en { $goals }.
goal-help-wanted = Se busca ayuda.
goal-progress = Avance
goal-not-measured = Aún sin medir.
goal-parts = Sus partes
goal-parts-percent = Sus partes, que suman su { $percent } %
goal-part = Parte
goal-weight = Peso
goal-part-not-counted = no cuenta
goal-part-not-measured = aún sin medir
goal-related = Objetivos relacionados
goal-part-of = Parte de { $goal }
goal-continues = Continúa { $goal }
goal-its-history = su historial
goal-continued-by = Continuado por { $goal }
goal-replaces = Sustituye a { $goal }
goal-replaced-by = Sustituido por { $goal }
goal-history = Historial
goal-chart-numbers = Los números del gráfico
goal-chart-by-commit = { $chart }, por commit
column-day = Día
column-value = Valor
column-commit = Commit
goal-not-committed = sin commit
goal-commit = commit { $commit }
goal-earlier-names = Nombres anteriores: { $names }.
goal-about = Sobre este objetivo
goal-updates = Novedades
goal-details = Detalles
fact-kind = Tipo
fact-status = Estado
fact-period = Periodo
fact-owners = Responsables
fact-links = Enlaces
fact-started = Inicio
fact-due = Fecha límite
fact-review-by = Revisar antes del
fact-tags = Etiquetas
fact-last-updated = Última modificación
fact-contributors = Colaboradores
goal-commits = ({ $count ->
        [one] { $count } commit
       *[other] { $count } commits
    })
goal-edit = Editar este objetivo
goal-share = Compartir este objetivo
goal-badge-alt = Insignia: { $title }
goal-badge-alt-percent = Insignia: { $title }, { $percent } %
goal-badge-markdown = Insignia para un README (Markdown)
goal-badge-html = Insignia para una página web (HTML)
goal-live-card = Tarjeta en vivo para una página web (HTML)
goal-live-card-shown = La tarjeta en vivo, tal como la muestran otros sitios:
goal-live-card-needs-js = La tarjeta en vivo necesita JavaScript.
goal-json = Este objetivo en JSON

## La lista de todos los objetivos, y las páginas de un tipo o un estado

goals-filter = Filtrar objetivos
goals-by-kind = Por tipo
goals-by-status = Por estado
goals-show-all-goals = Mostrar todos los objetivos
goals-filter-list = Filtrar esta lista
goals-filter-words = Palabras del título
goals-filter-community = Subcomunidad
goals-filter-any = Cualquiera
goals-whole-community = Toda la comunidad
goals-filter-kind = Tipo
goals-filter-status = Estado
goals-filter-review = Revisión
goals-filter-reset = Mostrar todo
goals-of-whole-community = Objetivos de toda la comunidad
goals-group = { $label }: { $group }

## La página «Empieza aquí»

start-title = Empieza aquí
start-core = Nuestros objetivos centrales
start-core-text = Estos son los objetivos que comparte ahora toda la comunidad. Cada página dice por qué importa y cómo ayudar.
start-all-active = Todos los objetivos activos
start-help-wanted = Se busca ayuda
start-help-wanted-text = Estos objetivos piden ayuda, y dicen con qué:
start-help-first = Dónde ayudar primero
start-help-first-text = Objetivos con hitos pendientes, y la subcomunidad que se ocupa de cada uno:
start-next = { $goal }: lo siguiente, «{ $milestone }»
start-open-polls = Da tu opinión: votaciones abiertas
start-people = Encuentra a tu gente
start-read = Lee { $charter } para ver cómo decide la comunidad, y { $updates } para ver qué está pasando.
start-charter-link = la carta
start-updates-link = las últimas novedades

## La página de revisión

review-title = Objetivos por revisar
review-lead = Los objetivos están para revisarlos. Estos necesitan la atención de la comunidad a fecha de { $today }.
review-overdue-text = Su fecha de revisión ya pasó.
review-stale-text = Objetivos activos sin novedades ni avances desde hace mucho.
review-due-soon-text = Su fecha de revisión se acerca.

## La página que no existe

not-found-title = Página no encontrada
not-found-lead = No hay ninguna página en esta dirección. A veces los objetivos cambian de nombre o se retiran.
not-found-links = { $goals } o { $home }.
not-found-goals-link = Ver todos los objetivos
not-found-home-link = ir a la página de inicio

## Una votación en pocas palabras

poll-summary = { $ballots }, { $method }
poll-method-single = una opción por persona
poll-method-approval-up-to = hasta { $count } opciones por persona
poll-method-approval = tantas opciones como se quiera
poll-method-ranked = opciones ordenadas por preferencia
poll-method-score = { $count } puntos por persona para repartir
poll-rule-single = Cada persona elige una opción; gana la más elegida.
poll-rule-approval = Cada persona aprueba las opciones que le parecen aceptables; gana la opción más aprobada.
poll-rule-ranked = Cada persona ordena las opciones; se comparan por pares, y la opción que vence a todas las demás —directamente o por una cadena de victorias más fuertes— queda primera (el método Schulze, el que usa Debian).
poll-rule-score = Cada persona reparte un presupuesto de puntos entre las opciones; ganan los más puntos.
poll-who-anyone = Puede votar cualquiera con una cuenta en el servidor git.
poll-who-list = Solo pueden votar los miembros listados en `{ $list }` de members.toml.
poll-who-invite = Puede votar quien tenga un código de invitación, una papeleta por código; la comunidad reparte los códigos.
poll-who-open = Votación abierta: cualquiera puede votar, una vez por navegador. Nada impide a alguien decidido votar más de una vez, así que toma el resultado como un sondeo, no como una decisión.

## La página de una votación

poll-about = Sobre esta votación
poll-result = Resultado
poll-results-so-far = Resultados hasta ahora
poll-head-to-head = Cara a cara
poll-head-to-head-text = La opción de cada fila contra la de cada columna: cuántas personas la pusieron por delante. Un número en negrita gana su par.
poll-head-to-head-caption = Cuántas personas prefieren la opción de la fila a la de la columna
poll-strongest = Caminos más fuertes
poll-strongest-text = La fuerza de la cadena más fuerte de victorias por pares desde la opción de la fila hasta la de la columna. Una opción queda primera cuando sus caminos hacia cada otra opción son al menos tan fuertes como los de vuelta.
poll-strongest-caption = El camino más fuerte desde la opción de la fila hasta la de la columna
poll-same-option = la misma opción
poll-wins = (gana)
poll-how-to-vote = Cómo votar
poll-widget-needs-js = Votar desde esta página requiere JavaScript; los pasos de abajo funcionan sin él.
poll-by-hand-or = O a mano: abre una pull request que añada { $file }, con el nombre de tu usuario en el servidor git, con este contenido:
poll-by-hand = Abre una pull request que añada { $file }, con el nombre de tu usuario en el servidor git, con este contenido:
poll-counts-from = Tu papeleta cuenta desde el día en que se fusiona la pull request, si es antes del cierre de la votación. Para cambiar tu voto, cambia tu archivo.
poll-not-taking = { $window }: ahora no se admiten papeletas.
poll-endpoint-text = Los votos van al servicio de votación de la comunidad, y el resultado de abajo los sigue a medida que llegan. Cuando la votación cierra, sus papeletas se escriben en el repositorio con nombres inventados, y esta página las cuenta.
poll-endpoint-needs-js = Votar requiere JavaScript.
poll-no-endpoint = Este sitio no indica ningún servicio de votación ({ $endpoint } en { $file }), así que no admite votos para esta votación.
poll-ballots-title = Papeletas
poll-ballots-caption = Cada archivo de papeleta, contado o no
column-voter = Votante
column-committed = Commit
column-counted = Contada
poll-not-yet = todavía no
poll-counted-yes = Sí
poll-counted-no = No: { $reason }
poll-no-ballots = Aún no hay papeletas.
poll-edit = Editar esta votación
poll-json = Esta votación en JSON

## La lista de votaciones

polls-caption = Todas las votaciones
column-question = Pregunta
column-when = Cuándo
column-ballots = Papeletas
polls-none = Aún no hay votaciones. Una votación es un archivo en { $folder }; consulta { $guide } en la guía de cairn.
polls-none-guide = Votaciones y papeletas

## La carta

charter-adopted = Aprobada
charter-review-by = Revisar antes del
charter-values = Valores
charter-revisions = Versiones
charter-amended = Modificada
charter-revision-by = { $date }, por { $author }
charter-suggest = Proponer un cambio en la carta

## Subcomunidades

community-leads = Coordinación
community-channels = Dónde hablamos
community-period = Esta subcomunidad es un periodo, del { $from } al { $to }: { $link }.
community-period-link = qué fue de sus objetivos
community-goals = Objetivos
community-edit = Editar esta página
community-description = Los objetivos de { $community }.
communities-goals = { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    }
communities-none = Esta comunidad aún no tiene subcomunidades.

## Periodos

page-periods = Periodos
page-periods-description = Los periodos para los que la comunidad fija sus objetivos, y qué fue de ellos.
periods-caption = Periodos, los más antiguos primero
column-period = Periodo
column-days = Fechas
periods-current = Actual
period-span = del { $from } al { $to }
period-from-to-ended = Del { $from } al { $to }: este periodo ha terminado.
period-from-to-upcoming = Del { $from } al { $to }: este periodo aún no ha empezado.
period-from-to-current = Del { $from } al { $to }.
period-description = Los objetivos de { $period } y qué fue de ellos.
period-outcome = Balance
period-outcome-caption = { $outcome } en { $period }
period-carried-over-text = Cada uno continúa en un objetivo posterior; su página enlaza con él.
period-as-community = { $period } como subcomunidad
period-all = Todos los periodos

## Novedades

updates-subscribe = Suscribirse al feed
updates-about = sobre { $goals }
updates-none = Aún no hay novedades.
update-by = por { $people }
update-about = Sobre: { $goals }
update-edit = Editar esta novedad
update-description = Una novedad del { $date }.

## Etiquetas

page-tags = Etiquetas
page-tags-description = Todas las etiquetas que llevan los objetivos de la comunidad.
tags-none = Ningún objetivo lleva todavía una etiqueta.
tag-title = Objetivos con la etiqueta «{ $tag }»
tag-description = { $count ->
        [one] El objetivo con la etiqueta «{ $tag }».
       *[other] Los { $count } objetivos con la etiqueta «{ $tag }».
    }
tags-all = Todas las etiquetas
goals-all = Todos los objetivos

## Las páginas propias de la comunidad

page-edit = Editar esta página

## El historial de un objetivo y su gráfico

chart-title = La medida a lo largo del tiempo
chart-title-unit = La medida a lo largo del tiempo, en { $unit }
chart-title-milestones = Hitos completados a lo largo del tiempo
chart-unit-milestones = hitos completados
chart-description = De { $first } el { $first_date } a { $last } el { $last_date }; la meta es { $target }.
chart-target = meta { $target }
history-pace-gains = gana unos { $points } puntos porcentuales al mes
history-pace-loses = pierde unos { $points } puntos porcentuales al mes
history-milestones = { $done } de { $total ->
        [one] { $total } hito
       *[other] { $total } hitos
    }

## El buscador y el filtro de objetivos

search-none = No hay resultados para «{ $term }».
search-results = { $total ->
        [one] { $total } resultado para «{ $term }».
       *[other] { $total } resultados para «{ $term }».
    }
search-results-first = { $total } resultados para «{ $term }»; se muestran los { $shown } primeros.
filter-all = { $total ->
        [one] Se muestra el único objetivo.
       *[other] Se muestran los { $total } objetivos.
    }
filter-some = Se muestran { $shown } de { $total } objetivos.
