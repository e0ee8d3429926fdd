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
