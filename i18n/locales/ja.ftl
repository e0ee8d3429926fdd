# cairn のインターフェース（日本語）。en.ftl と同じメッセージ、同じ変数。

## 数と日付

number-decimal-separator = .
quantity = { $number } { $unit }
date-long = { $year }年{ $month }月{ $day }日

## 目標の種類

kind-outcome = 成果
kind-outcome-description = コミュニティが達成したい、測定できる結果。
kind-process = プロセス
kind-process-description = コミュニティが継続して続けていく取り組み。
kind-relational = 関係
kind-relational-description = コミュニティの人々がお互いにどう関わり合うか。
kind-transformational = 変革
kind-transformational-description = コミュニティそのものの在り方を変えること。

## 目標の状態

status-proposed = 提案中
status-proposed-description = 提案され、議論されています。
status-active = 進行中
status-active-description = 承認され、取り組んでいます。
status-achieved = 達成
status-achieved-description = 達成しました。
status-paused = 一時停止
status-paused-description = 承認済みですが、今は保留しています。
status-retired = 終了
status-retired-description = もう追求しませんが、その理由を忘れないよう残しています。
status-rejected = 不採用
status-rejected-description = 提案されましたが、採用されませんでした。

## レビュー

review-overdue = レビュー期限切れ
review-stale = 最近の進捗なし
review-due-soon = まもなくレビュー
review-not-completed = 期間内に未完了
review-on-track = 順調
review-closed = 終了
review-overdue-notice = この目標のレビュー予定日は{ $date }でした（{ $days }日前）。
review-stale-notice = { $date }（{ $days }日前）から、この目標についての報告はありません。
review-due-today-notice = この目標は今日（{ $date }）がレビュー予定日です。
review-due-soon-notice = この目標のレビュー予定日は{ $date }です（あと{ $days }日）。
review-not-completed-notice = この目標は{ $period }（{ $date }に終了）のうちに完了しませんでした。
review-its-period = その期間

## 期間の終わりに目標がどうなったか

outcome-achieved = 達成
outcome-carried-over = 次の期間へ持ち越し
outcome-dropped = 取り下げ
outcome-declined = 不採用
outcome-open = 進行中

## 投票の段階

poll-upcoming = 開始前
poll-open = 受付中
poll-closed = 終了
poll-opens-on = { $date }に開始
poll-open-until = { $date }まで受付
poll-closed-on = { $date }に終了

## 進捗を言葉で

progress-metric-increase = { $current }／{ $target }（開始時は{ $baseline }）
progress-metric-decrease = 現在{ $current }（開始時は{ $baseline }）、目標は{ $target }
progress-metric-hold = 現在{ $current }、{ $target }の維持が目標
progress-not-measured = 未計測（{ $baseline }から{ $target }へ）
progress-checklist = マイルストーン{ $total }件中{ $done }件が完了
progress-cadence = 定期報告{ $expected }回中{ $held }回を実施（{ $interval }に1回）
progress-rollup-one-part = ただ一つの構成要素から
progress-rollup-mean = { $count }個の構成要素の平均
progress-rollup-weighted-mean = { $count }個の構成要素の加重平均

## 頻度（「…に1回」の前）

interval-day = { $count ->
        [1] 1日
       *[other] { $count }日
    }
interval-week = { $count ->
        [1] 週
       *[other] { $count }週間
    }
interval-month = { $count ->
        [1] 月
       *[other] { $count }か月
    }
interval-year = { $count ->
        [1] 年
       *[other] { $count }年
    }

## 計測された数の出どころ

source-github-issues = GitHub の検索（「{ $query }」）で見つかる Issue
source-checklist = { $issue } のチェック済みの項目
source-json = JSON ドキュメント { $url }
source-json-pointer = JSON ドキュメント { $url } の「{ $pointer }」
source-command = コマンド「{ $command }」の出力

## 進捗バー

bar-parts = 構成要素
bar-metric = 計測値
bar-cadence = 継続
bar-checklist = マイルストーン
measured-from = cairn measure で{ $source }から計測。

## 投票数

poll-ballots = { $count }票

## 各ページの枠

site-feed-title = { $site }：更新情報
site-skip = 本文へ移動
site-nav = メインメニュー
site-search-fallback = すべての目標の一覧から探す
site-search = 検索
site-source = Git ホスティング上のソース
site-feed = 更新情報のフィード
site-api = JSON API
site-made-with = cairn で、コミュニティ自身のファイルから作成。

## テーマのナビゲーション

nav-goals = 目標
nav-start = はじめに
nav-review = レビュー
nav-updates = 更新情報
nav-polls = 投票
nav-charter = 憲章

## どのサイトにもあるページ

page-goals = すべての目標
page-goals-description = コミュニティのすべての目標を、サブコミュニティ・種類・状態ごとに。
page-communities = サブコミュニティ
page-communities-description = コミュニティを構成するグループ。
page-start = はじめに
page-start-description = コミュニティが何のためにあるのか、新しく来た人がまずどこで力になれるのか。
page-review = レビューが必要な目標
page-review-description = レビューの期限が近い、または過ぎている目標と、最近進捗のない目標。
page-updates = 更新情報
page-updates-description = コミュニティの目標についての報告。新しい順。
page-not-found = ページが見つかりません
page-not-found-description = このアドレスにはページがありません。
page-polls = 投票
page-polls-description = 目標や計画についてのコミュニティの投票：受付中、開始前、終了。
page-keyword = 目標：{ $label }

## カードと表の目標

goal-chips = 種類と状態
goal-no-progress = まだ進捗は計測されていません。
goals-none = ここにはまだ目標がありません。
column-goal = 目標
column-kind = 種類
column-status = 状態
column-progress = 進捗
goals-of = { $community }の目標

## トップページ

home-start = はじめに
home-charter = 憲章を読む
home-values = 大切にしていること
home-working-on = いま取り組んでいること
home-all-active = 進行中のすべての目標
home-all-goals = 全{ $count }件の目標
home-open-polls = 受付中の投票
home-involved = 参加するには
home-involved-start = { $link }：新しく来た人がまず力になれるところ。
home-involved-communities-link = 自分のサブコミュニティを見つける
home-involved-communities = { $link }：{ $list }。
home-involved-communities-none = { $link }。
home-involved-review-link = 目標の見直しを手伝う
home-involved-review = { $link }：レビューの時期が来た目標。
home-propose-link = 目標を提案する
home-propose = { $link }：{ $folder } にファイルを追加するプルリクエストを開いてください。
home-latest = 最新の更新情報

## 目標のページ

goal-update-this = この目標を更新する
goal-continues-in = この目標は { $goals } に引き継がれています。
goal-help-wanted = 手伝ってくれる人を募集中。
goal-progress = 進捗
goal-not-measured = 未計測。
goal-parts = 構成要素
goal-parts-percent = 構成要素（合わせて{ $percent }%）
goal-part = 構成要素
goal-weight = 重み
goal-part-not-counted = 計算に含めない
goal-part-not-measured = 未計測
goal-related = 関連する目標
goal-part-of = { $goal } の一部
goal-continues = { $goal } の続き
goal-its-history = その履歴
goal-continued-by = { $goal } に引き継がれた
goal-replaces = { $goal } に代わる
goal-replaced-by = { $goal } に置き換えられた
goal-history = 履歴
goal-chart-numbers = グラフの数値
goal-chart-by-commit = { $chart }（コミットごと）
column-day = 日付
column-value = 値
column-commit = コミット
goal-not-committed = 未コミット
goal-commit = コミット { $commit }
goal-earlier-names = 以前の名前：{ $names }。
goal-about = この目標について
goal-updates = 更新情報
goal-details = 詳細
fact-kind = 種類
fact-status = 状態
fact-period = 期間
fact-owners = 担当者
fact-links = リンク
fact-started = 開始日
fact-due = 期限
fact-review-by = レビュー期限
fact-tags = タグ
fact-last-updated = 最終更新
fact-contributors = 貢献者
goal-commits = （{ $count }コミット）
goal-edit = この目標を編集する
goal-share = この目標を共有する
goal-badge-alt = バッジ：{ $title }
goal-badge-alt-percent = バッジ：{ $title }、{ $percent }%
goal-badge-markdown = README 用のバッジ（Markdown）
goal-badge-html = ウェブページ用のバッジ（HTML）
goal-live-card = ウェブページ用のライブカード（HTML）
goal-live-card-shown = ほかのサイトでのライブカードの表示：
goal-live-card-needs-js = ライブカードの表示には JavaScript が必要です。
goal-json = この目標の JSON

## すべての目標の一覧と、種類・状態ごとのページ

goals-filter = 目標を絞り込む
goals-by-kind = 種類別
goals-by-status = 状態別
goals-show-all-goals = すべての目標を表示
goals-filter-list = この一覧を絞り込む
goals-filter-words = タイトルの語句
goals-filter-community = サブコミュニティ
goals-filter-any = すべて
goals-whole-community = コミュニティ全体
goals-filter-kind = 種類
goals-filter-status = 状態
goals-filter-review = レビュー
goals-filter-reset = すべて表示
goals-of-whole-community = コミュニティ全体の目標
goals-group = { $label }：{ $group }

## 「はじめに」のページ

start-title = はじめに
start-core = 中心となる目標
start-core-text = いまコミュニティ全体で共有している目標です。それぞれのページに、なぜ大切なのか、どう手伝えるのかが書かれています。
start-all-active = 進行中のすべての目標
start-help-wanted = 手伝ってくれる人を募集中
start-help-wanted-text = 次の目標が手助けを求めています。何を手伝ってほしいかも書かれています：
start-help-first = まず手伝えるところ
start-help-first-text = 未完了のマイルストーンがある目標と、それぞれを担当するサブコミュニティ：
start-next = { $goal }：次は「{ $milestone }」
start-open-polls = 意見を聞かせてください：受付中の投票
start-people = 仲間を見つける
start-read = コミュニティの決め方は { $charter } に、いま起きていることは { $updates } に書かれています。
start-charter-link = 憲章
start-updates-link = 最新の更新情報

## レビューのページ

review-title = レビューが必要な目標
review-lead = 目標は見直していくものです。{ $today }時点で、次の目標にコミュニティの注意が必要です。
review-overdue-text = レビュー期限を過ぎています。
review-stale-text = 長いあいだ報告も進捗もない、進行中の目標。
review-due-soon-text = レビュー期限が近づいています。

## 存在しないページ

not-found-title = ページが見つかりません
not-found-lead = このアドレスにはページがありません。目標は名前が変わったり、終了したりすることがあります。
not-found-links = { $goals }か、{ $home }。
not-found-goals-link = すべての目標を見る
not-found-home-link = トップページへ移動

## 投票をひとことで

poll-summary = { $ballots }、{ $method }
poll-method-single = 1人1つ選択
poll-method-approval-up-to = 1人{ $count }つまで選択
poll-method-approval = 1人いくつでも選択
poll-method-ranked = 選択肢に順位をつける
poll-method-score = 1人{ $count }ポイントを配分
poll-rule-single = 各投票者が選択肢を1つ選び、最も多く選ばれた選択肢が勝ちます。
poll-rule-approval = 各投票者が受け入れられる選択肢すべてに賛成し、最も多く賛成された選択肢が勝ちます。
poll-rule-ranked = 各投票者が選択肢に順位をつけます。選択肢は2つずつ比較され、直接に、またはより強い勝ちの連鎖を通じて、ほかのすべての選択肢に勝つものが1位になります（Debian も使うシュルツ方式）。
poll-rule-score = 各投票者が持ち点を選択肢に配分し、最も多くのポイントを得たものが勝ちます。
poll-who-anyone = Git ホスティングにアカウントがあれば誰でも投票できます。
poll-who-list = members.toml の `{ $list }` に載っているメンバーだけが投票できます。
poll-who-invite = 招待コードを持っている人が投票できます（コード1つにつき1票）。コードはコミュニティが配ります。
poll-who-open = 公開投票：誰でも、ブラウザごとに1回投票できます。その気になれば何度も投票できてしまうため、結果は決定ではなく意見の目安として読んでください。

## 投票のページ

poll-about = この投票について
poll-result = 結果
poll-results-so-far = 途中経過
poll-head-to-head = 一対一の比較
poll-head-to-head-text = 各行の選択肢と各列の選択肢を比べ、行の方を上位にした投票者の数を示します。太字の数はその組で勝っていることを表します。
poll-head-to-head-caption = 列の選択肢より行の選択肢を好む投票者の数
poll-strongest = 最強経路
poll-strongest-text = 行の選択肢から列の選択肢への、一対一の勝ちの連鎖のうち最も強いものの強さ。ほかのすべての選択肢への経路が、相手からの経路と同じかそれより強いとき、その選択肢が1位になります。
poll-strongest-caption = 行の選択肢から列の選択肢への最強経路
poll-same-option = 同じ選択肢
poll-wins = （勝ち）
poll-how-to-vote = 投票のしかた
poll-widget-needs-js = このページから投票するには JavaScript が必要です。下の手順なら JavaScript なしでも投票できます。
poll-by-hand-or = または手作業で：Git ホスティングでのログイン名をファイル名にした { $file } を追加するプルリクエストを、次の内容で開いてください：
poll-by-hand = Git ホスティングでのログイン名をファイル名にした { $file } を追加するプルリクエストを、次の内容で開いてください：
poll-counts-from = 投票は、プルリクエストがマージされた日から数えられます（投票の締め切り前であれば）。投票を変えるには、ファイルを変更してください。
poll-not-taking = { $window }：現在は投票を受け付けていません。
poll-endpoint-text = 票はコミュニティの投票サーバーに送られ、下の結果は届いた票をそのつど反映します。投票が終わると、票は仮の名前でリポジトリに書き込まれ、このページで集計されます。
poll-endpoint-needs-js = 投票には JavaScript が必要です。
poll-no-endpoint = このサイトは投票サーバーを指定していないため（{ $file } の { $endpoint }）、この投票の票を受け付けません。
poll-ballots-title = 票
poll-ballots-caption = すべての票ファイル（集計されたものも、されていないものも）
column-voter = 投票者
column-committed = コミット日
column-counted = 集計
poll-not-yet = まだ
poll-counted-yes = はい
poll-counted-no = いいえ：{ $reason }
poll-no-ballots = まだ票はありません。
poll-edit = この投票を編集する
poll-json = この投票の JSON

## 投票の一覧

polls-caption = すべての投票
column-question = 質問
column-when = 期間
column-ballots = 票
polls-none = まだ投票はありません。投票は { $folder } に置くファイルです。詳しくは cairn のユーザーガイドの { $guide } をご覧ください。
polls-none-guide = 投票と票

## 憲章

charter-adopted = 採択
charter-review-by = レビュー期限
charter-values = 価値観
charter-revisions = 改訂履歴
charter-amended = 改訂
charter-revision-by = { $date }（{ $author }）
charter-suggest = 憲章の変更を提案する

## サブコミュニティ

community-leads = リーダー
community-channels = 話し合いの場
community-period = このサブコミュニティは期間（{ $from }〜{ $to }）です：{ $link }。
community-period-link = その目標がどうなったか
community-goals = 目標
community-edit = このページを編集する
community-description = { $community }の目標。
communities-goals = { $count }件の目標
communities-none = このコミュニティにはまだサブコミュニティがありません。

## 期間

page-periods = 期間
page-periods-description = コミュニティが目標を立てる期間と、その目標がどうなったか。
periods-caption = 期間（古い順）
column-period = 期間
column-days = 日付
periods-current = 現在
period-span = { $from }〜{ $to }
period-from-to-ended = { $from }〜{ $to }：この期間は終了しました。
period-from-to-upcoming = { $from }〜{ $to }：この期間はまだ始まっていません。
period-from-to-current = { $from }〜{ $to }。
period-description = { $period }の目標と、それがどうなったか。
period-outcome = 結果
period-outcome-caption = { $period }：{ $outcome }
period-carried-over-text = これらはそれぞれ後の目標に引き継がれています。各ページからリンクしています。
period-as-community = サブコミュニティとしての{ $period }
period-all = すべての期間

## 更新情報

updates-subscribe = フィードを購読する
updates-about = 対象：{ $goals }
updates-none = まだ更新情報はありません。
update-by = 投稿者：{ $people }
update-about = 対象：{ $goals }
update-edit = この更新情報を編集する
update-description = { $date }の更新情報。

## タグ

page-tags = タグ
page-tags-description = コミュニティの目標に付いているすべてのタグ。
tags-none = タグの付いた目標はまだありません。
tag-title = タグ「{ $tag }」の目標
tag-description = タグ「{ $tag }」の付いた{ $count }件の目標。
tags-all = すべてのタグ
goals-all = すべての目標

## コミュニティ独自のページ

page-edit = このページを編集する

## 目標の履歴とグラフ

chart-title = 計測値の推移
chart-title-unit = 計測値の推移（単位：{ $unit }）
chart-title-milestones = 完了したマイルストーンの推移
chart-unit-milestones = 完了したマイルストーン
chart-description = { $first_date }の{ $first }から{ $last_date }の{ $last }へ。目標は{ $target }。
chart-target = 目標 { $target }
history-pace-gains = 1か月に約{ $points }ポイント増加
history-pace-loses = 1か月に約{ $points }ポイント減少
history-milestones = { $total }件中{ $done }件

## 検索と目標の絞り込み

search-none = 「{ $term }」に一致する結果はありません。
search-results = 「{ $term }」の検索結果：{ $total }件。
search-results-first = 「{ $term }」の検索結果：{ $total }件（最初の{ $shown }件を表示）。
filter-all = 全{ $total }件の目標を表示しています。
filter-some = { $total }件中{ $shown }件の目標を表示しています。
