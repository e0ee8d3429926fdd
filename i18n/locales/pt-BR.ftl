# A interface do cairn em português do Brasil. As mesmas mensagens e as mesmas variáveis
# que en.ftl.

## Números e datas

number-decimal-separator = ,
quantity = { $number } { $unit }
date-long = { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }

## Tipos de meta

kind-outcome = Resultado
kind-outcome-description = Um resultado mensurável que a comunidade quer alcançar.
kind-process = Processo
kind-process-description = Uma prática que a comunidade mantém ao longo do tempo.
kind-relational = Relacional
kind-relational-description = Como as pessoas da comunidade se relacionam entre si.
kind-transformational = Transformadora
kind-transformational-description = Uma mudança no modo como a própria comunidade funciona.

## Situações de uma meta

status-proposed = Proposta
status-proposed-description = Sugerida e em discussão.
status-active = Ativa
status-active-description = Aceita e em andamento.
status-achieved = Alcançada
status-achieved-description = Atingida.
status-paused = Pausada
status-paused-description = Aceita, mas parada por enquanto.
status-retired = Encerrada
status-retired-description = Não é mais buscada; mantida para que a comunidade lembre por quê.
status-rejected = Recusada
status-rejected-description = Proposta e recusada.

## Revisões

review-overdue = Revisão atrasada
review-stale = Sem progresso recente
review-due-soon = Revisão em breve
review-not-completed = Não concluída no seu período
review-on-track = No rumo certo
review-closed = Encerrada
review-overdue-notice = Esta meta deveria ter sido revisada em { $date }, há { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
review-stale-notice = Nada foi relatado sobre esta meta desde { $date }, há { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
review-due-today-notice = Esta meta deve ser revisada hoje, { $date }.
review-due-soon-notice = Esta meta deve ser revisada em { $date }, daqui a { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
review-not-completed-notice = Esta meta não foi concluída em { $period }, que terminou em { $date }.
review-its-period = seu período

## O que aconteceu com uma meta quando seu período terminou

outcome-achieved = Alcançada
outcome-carried-over = Transferida
outcome-dropped = Abandonada
outcome-declined = Não aceita
outcome-open = Em andamento

## Fases de uma votação

poll-upcoming = Em breve
poll-open = Aberta
poll-closed = Encerrada
poll-opens-on = Abre em { $date }
poll-open-until = Aberta até { $date }
poll-closed-on = Encerrada em { $date }

## O progresso em palavras

progress-metric-increase = { $current } de { $target } (a partir de { $baseline })
progress-metric-decrease = { $current } agora, ante { $baseline } no início; a meta é { $target }
progress-metric-hold = { $current } agora; o objetivo é manter { $target }
progress-not-measured = ainda não medido; de { $baseline } a { $target }
progress-checklist = { $done } de { $total ->
        [one] { $total } marco concluído
       *[other] { $total } marcos concluídos
    }
progress-cadence = { $held } de { $expected ->
        [one] { $expected } acompanhamento realizado
       *[other] { $expected } acompanhamentos realizados
    }, um { $interval }
progress-rollup-one-part = a partir de sua única parte
progress-rollup-mean = a média de suas { $count } partes
progress-rollup-weighted-mean = a média ponderada de suas { $count } partes

## Com que frequência, depois de “um” (um por semana)

interval-day = { $count ->
        [one] por dia
       *[other] a cada { $count } dias
    }
interval-week = { $count ->
        [one] por semana
       *[other] a cada { $count } semanas
    }
interval-month = { $count ->
        [one] por mês
       *[other] a cada { $count } meses
    }
interval-year = { $count ->
        [one] por ano
       *[other] a cada { $count } anos
    }

## De onde vem um número medido

source-github-issues = as issues que uma busca do GitHub encontra (“{ $query }”)
source-checklist = as caixas marcadas de { $issue }
source-json = o documento JSON { $url }
source-json-pointer = “{ $pointer }” no documento JSON { $url }
source-command = a saída do comando “{ $command }”

## Barras de progresso

bar-parts = Partes
bar-metric = Medida
bar-cadence = Constância
bar-checklist = Marcos
measured-from = Medido com cairn measure a partir de { $source }.

## Cédulas

poll-ballots = { $count ->
        [one] { $count } cédula
       *[other] { $count } cédulas
    }
