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

## A moldura de cada página

site-feed-title = { $site }: novidades
site-skip = Pular para o conteúdo
site-nav = Navegação principal
site-search-fallback = Encontrar uma meta na lista de todas as metas
site-search = Buscar
site-source = Código no servidor git
site-feed = Feed de novidades
site-api = API JSON
site-made-with = Feito com cairn a partir dos próprios arquivos da comunidade.

## A navegação do tema

nav-goals = Metas
nav-start = Comece aqui
nav-review = Revisão
nav-updates = Novidades
nav-polls = Votações
nav-charter = Carta

## As páginas de todo site

page-goals = Todas as metas
page-goals-description = Cada meta da comunidade, por subcomunidade, tipo e situação.
page-communities = Subcomunidades
page-communities-description = Os grupos que formam a comunidade.
page-start = Comece aqui
page-start-description = Para que a comunidade existe, e onde quem chega pode ajudar primeiro.
page-review = Metas a revisar
page-review-description = Metas com revisão próxima ou atrasada, ou sem progresso recente.
page-updates = Novidades
page-updates-description = Relatos sobre as metas da comunidade, os mais recentes primeiro.
page-not-found = Página não encontrada
page-not-found-description = Não há nenhuma página neste endereço.
page-polls = Votações
page-polls-description = As votações da comunidade sobre suas metas e planos: abertas, futuras e encerradas.
page-keyword = Metas: { $label }

## Metas em cartões e tabelas

goal-chips = Tipo e situação
goal-no-progress = Nenhum progresso medido ainda.
goals-none = Ainda não há metas aqui.
column-goal = Meta
column-kind = Tipo
column-status = Situação
column-progress = Progresso
goals-of = Metas de { $community }

## A página inicial

home-start = Comece aqui
home-charter = Ler a carta
home-values = O que valorizamos
home-working-on = No que estamos trabalhando
home-all-active = Todas as metas ativas
home-all-goals = { $count ->
        [one] A única meta
       *[other] Todas as { $count } metas
    }
home-open-polls = Votações abertas
home-involved = Como participar
home-involved-start = { $link }: onde quem chega pode ajudar primeiro.
home-involved-communities-link = Encontre sua subcomunidade
home-involved-communities = { $link }: { $list }.
home-involved-communities-none = { $link }.
home-involved-review-link = Ajude-nos a revisar nossas metas
home-involved-review = { $link }: as que estão para revisão.
home-propose-link = Proponha uma meta
home-propose = { $link } abrindo um pull request que adicione um arquivo em { $folder }.
home-latest = Últimas novidades

## A página de uma meta

goal-update-this = Atualizar esta meta
goal-continues-in = Ela continua em { $goals }.
goal-help-wanted = Procura-se ajuda.
goal-progress = Progresso
goal-not-measured = Ainda não medido.
goal-parts = Suas partes
goal-parts-percent = Suas partes, que compõem seus { $percent } %
goal-part = Parte
goal-weight = Peso
goal-part-not-counted = não contada
goal-part-not-measured = ainda não medida
goal-related = Metas relacionadas
goal-part-of = Parte de { $goal }
goal-continues = Continua { $goal }
goal-its-history = seu histórico
goal-continued-by = Continuada por { $goal }
goal-replaces = Substitui { $goal }
goal-replaced-by = Substituída por { $goal }
goal-history = Histórico
goal-chart-numbers = Os números do gráfico
goal-chart-by-commit = { $chart }, por commit
column-day = Dia
column-value = Valor
column-commit = Commit
goal-not-committed = sem commit
goal-commit = commit { $commit }
goal-earlier-names = Nomes anteriores: { $names }.
goal-about = Sobre esta meta
goal-updates = Novidades
goal-details = Detalhes
fact-kind = Tipo
fact-status = Situação
fact-period = Período
fact-owners = Responsáveis
fact-links = Links
fact-started = Início
fact-due = Prazo
fact-review-by = Revisar até
fact-tags = Etiquetas
fact-last-updated = Última alteração
fact-contributors = Contribuidores
goal-commits = ({ $count ->
        [one] { $count } commit
       *[other] { $count } commits
    })
goal-edit = Editar esta meta
goal-share = Compartilhar esta meta
goal-badge-alt = Selo: { $title }
goal-badge-alt-percent = Selo: { $title }, { $percent } %
goal-badge-markdown = Selo para um README (Markdown)
goal-badge-html = Selo para uma página web (HTML)
goal-live-card = Cartão ao vivo para uma página web (HTML)
goal-live-card-shown = O cartão ao vivo, como outros sites o mostram:
goal-live-card-needs-js = O cartão ao vivo precisa de JavaScript.
goal-json = Esta meta em JSON

## A lista de todas as metas, e as páginas de um tipo ou de uma situação

goals-filter = Filtrar metas
goals-by-kind = Por tipo
goals-by-status = Por situação
goals-show-all-goals = Mostrar todas as metas
goals-filter-list = Filtrar esta lista
goals-filter-words = Palavras do título
goals-filter-community = Subcomunidade
goals-filter-any = Qualquer
goals-whole-community = A comunidade inteira
goals-filter-kind = Tipo
goals-filter-status = Situação
goals-filter-review = Revisão
goals-filter-reset = Mostrar tudo
goals-of-whole-community = Metas da comunidade inteira
goals-group = { $label }: { $group }

## A página “Comece aqui”

start-title = Comece aqui
start-core = Nossas metas centrais
start-core-text = Estas são as metas que a comunidade inteira compartilha agora. Cada página diz por que ela importa e como ajudar.
start-all-active = Todas as metas ativas
start-help-wanted = Procura-se ajuda
start-help-wanted-text = Estas metas pedem ajuda, e dizem com o quê:
start-help-first = Onde ajudar primeiro
start-help-first-text = Metas com marcos em aberto, e a subcomunidade que cuida de cada uma:
start-next = { $goal }: a seguir, “{ $milestone }”
start-open-polls = Dê sua opinião: votações abertas
start-people = Encontre sua turma
start-read = Leia { $charter } para ver como a comunidade decide, e { $updates } para ver o que está acontecendo.
start-charter-link = a carta
start-updates-link = as últimas novidades

## A página de revisão

review-title = Metas a revisar
review-lead = Metas existem para ser revisitadas. Estas precisam da atenção da comunidade em { $today }.
review-overdue-text = A data de revisão já passou.
review-stale-text = Metas ativas sem novidade nem progresso há muito tempo.
review-due-soon-text = A data de revisão está próxima.

## A página que não existe

not-found-title = Página não encontrada
not-found-lead = Não há nenhuma página neste endereço. Às vezes as metas são renomeadas ou encerradas.
not-found-links = { $goals } ou { $home }.
not-found-goals-link = Ver todas as metas
not-found-home-link = ir para a página inicial

## Uma votação em poucas palavras

poll-summary = { $ballots }, { $method }
poll-method-single = uma escolha por pessoa
poll-method-approval-up-to = até { $count } escolhas por pessoa
poll-method-approval = quantas escolhas quiser
poll-method-ranked = opções em ordem de preferência
poll-method-score = { $count } pontos por pessoa para distribuir
poll-rule-single = Cada pessoa escolhe uma opção; vence a mais escolhida.
poll-rule-approval = Cada pessoa aprova as opções que aceita; vence a opção mais aprovada.
poll-rule-ranked = Cada pessoa ordena as opções; elas são comparadas aos pares, e a opção que vence todas as outras — diretamente ou por uma cadeia de vitórias mais fortes — fica em primeiro (o método Schulze, como o Debian usa).
poll-rule-score = Cada pessoa distribui um orçamento de pontos entre as opções; vencem os mais pontos.
poll-who-anyone = Pode votar quem tiver uma conta no servidor git.
poll-who-list = Só podem votar os membros listados em `{ $list }` no members.toml.
poll-who-invite = Pode votar quem tiver um código de convite, uma cédula por código; a comunidade distribui os códigos.
poll-who-open = Votação aberta: qualquer pessoa pode votar, uma vez por navegador. Nada impede alguém determinado de votar mais de uma vez; leia o resultado como uma sondagem, não como uma decisão.

## A página de uma votação

poll-about = Sobre esta votação
poll-result = Resultado
poll-results-so-far = Resultados até agora
poll-head-to-head = Frente a frente
poll-head-to-head-text = A opção de cada linha contra a de cada coluna: quantas pessoas a colocaram à frente. Um número em negrito vence o seu par.
poll-head-to-head-caption = Quantas pessoas preferem a opção da linha à da coluna
poll-strongest = Caminhos mais fortes
poll-strongest-text = A força da cadeia mais forte de vitórias aos pares da opção da linha até a da coluna. Uma opção fica em primeiro quando seus caminhos até cada outra opção são pelo menos tão fortes quanto os de volta.
poll-strongest-caption = O caminho mais forte da opção da linha até a da coluna
poll-same-option = a mesma opção
poll-wins = (vence)
poll-how-to-vote = Como votar
poll-widget-needs-js = Votar por esta página precisa de JavaScript; os passos abaixo funcionam sem ele.
poll-by-hand-or = Ou à mão: abra um pull request que adicione { $file }, com o nome do seu login no servidor git, contendo:
poll-by-hand = Abra um pull request que adicione { $file }, com o nome do seu login no servidor git, contendo:
poll-counts-from = Sua cédula conta a partir do dia em que o pull request é mesclado, se for antes do encerramento da votação. Para mudar seu voto, mude seu arquivo.
poll-not-taking = { $window }: cédulas não estão sendo aceitas agora.
poll-endpoint-text = Os votos vão para o serviço de votação da comunidade, e o resultado abaixo os acompanha conforme chegam. Quando a votação encerra, as cédulas são gravadas no repositório com nomes inventados, e esta página as conta.
poll-endpoint-needs-js = Votar precisa de JavaScript.
poll-no-endpoint = Este site não indica nenhum serviço de votação ({ $endpoint } em { $file }), então não aceita votos nesta votação.
poll-ballots-title = Cédulas
poll-ballots-caption = Cada arquivo de cédula, contado ou não
column-voter = Votante
column-committed = Commit
column-counted = Contada
poll-not-yet = ainda não
poll-counted-yes = Sim
poll-counted-no = Não: { $reason }
poll-no-ballots = Ainda não há cédulas.
poll-edit = Editar esta votação
poll-json = Esta votação em JSON

## A lista de votações

polls-caption = Todas as votações
column-question = Pergunta
column-when = Quando
column-ballots = Cédulas
polls-none = Ainda não há votações. Uma votação é um arquivo em { $folder }; veja { $guide } no guia do cairn.
polls-none-guide = Votações e cédulas

## A carta

charter-adopted = Aprovada
charter-review-by = Revisar até
charter-values = Valores
charter-revisions = Versões
charter-amended = Alterada
charter-revision-by = { $date }, por { $author }
charter-suggest = Sugerir uma mudança na carta

## Subcomunidades

community-leads = Coordenação
community-channels = Onde conversamos
community-period = Esta subcomunidade é um período, de { $from } a { $to }: { $link }.
community-period-link = o que aconteceu com suas metas
community-goals = Metas
community-edit = Editar esta página
community-description = As metas de { $community }.
communities-goals = { $count ->
        [one] { $count } meta
       *[other] { $count } metas
    }
communities-none = Esta comunidade ainda não tem subcomunidades.

## Períodos

page-periods = Períodos
page-periods-description = Os períodos para os quais a comunidade define suas metas, e o que aconteceu com elas.
periods-caption = Períodos, os mais antigos primeiro
column-period = Período
column-days = Datas
periods-current = Atual
period-span = de { $from } a { $to }
period-from-to-ended = De { $from } a { $to }: este período terminou.
period-from-to-upcoming = De { $from } a { $to }: este período ainda não começou.
period-from-to-current = De { $from } a { $to }.
period-description = As metas de { $period } e o que aconteceu com elas.
period-outcome = Balanço
period-outcome-caption = { $outcome } em { $period }
period-carried-over-text = Cada uma continua numa meta posterior; sua página leva até ela.
period-as-community = { $period } como subcomunidade
period-all = Todos os períodos

## Novidades

updates-subscribe = Assinar o feed
updates-about = sobre { $goals }
updates-none = Ainda não há novidades.
update-by = por { $people }
update-about = Sobre: { $goals }
update-edit = Editar esta novidade
update-description = Uma novidade de { $date }.

## Etiquetas

page-tags = Etiquetas
page-tags-description = Todas as etiquetas que as metas da comunidade carregam.
tags-none = Nenhuma meta tem etiqueta ainda.
tag-title = Metas com a etiqueta “{ $tag }”
tag-description = { $count ->
        [one] A meta com a etiqueta “{ $tag }”.
       *[other] As { $count } metas com a etiqueta “{ $tag }”.
    }
tags-all = Todas as etiquetas
goals-all = Todas as metas

## As páginas da própria comunidade

page-edit = Editar esta página

## O histórico de uma meta e seu gráfico

chart-title = A medida ao longo do tempo
chart-title-unit = A medida ao longo do tempo, em { $unit }
chart-title-milestones = Marcos concluídos ao longo do tempo
chart-unit-milestones = marcos concluídos
chart-description = De { $first } em { $first_date } a { $last } em { $last_date }; o alvo é { $target }.
chart-target = alvo { $target }
history-pace-gains = ganha cerca de { $points } pontos percentuais por mês
history-pace-loses = perde cerca de { $points } pontos percentuais por mês
history-milestones = { $done } de { $total ->
        [one] { $total } marco
       *[other] { $total } marcos
    }

## A busca e o filtro de metas

search-none = Nenhum resultado para “{ $term }”.
search-results = { $total ->
        [one] { $total } resultado para “{ $term }”.
       *[other] { $total } resultados para “{ $term }”.
    }
search-results-first = { $total } resultados para “{ $term }”; os { $shown } primeiros são mostrados.
filter-all = { $total ->
        [one] A única meta é mostrada.
       *[other] Todas as { $total } metas são mostradas.
    }
filter-some = { $shown } de { $total } metas são mostradas.
