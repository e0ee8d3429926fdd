# cairn's interface in English: the reference catalogue. Every other catalogue has the
# same messages with the same variables (a test checks it). Numbers arrive formatted
# for the language already; `$date` arrives as a formatted date.

## Numbers and dates

# The mark between a number's whole part and its fraction (87.5).
number-decimal-separator = .
# A quantity with its unit, as metrics show it (87.5 %, 12 issues).
quantity = { $number } { $unit }
# A day in full: `$month` is 1 to 12.
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Goal kinds

kind-outcome = Outcome
kind-outcome-description = A measurable result the community wants to reach.
kind-process = Process
kind-process-description = A practice the community keeps up over time.
kind-relational = Relational
kind-relational-description = How people in the community relate to each other.
kind-transformational = Transformational
kind-transformational-description = A change in how the community itself works.

## Goal statuses

status-proposed = Proposed
status-proposed-description = Suggested and under discussion.
status-active = Active
status-active-description = Accepted and being worked on.
status-achieved = Achieved
status-achieved-description = Reached.
status-paused = Paused
status-paused-description = Accepted, but on hold for now.
status-retired = Retired
status-retired-description = No longer pursued; kept so the community remembers why.
status-rejected = Rejected
status-rejected-description = Proposed and declined.

## Review states

review-overdue = Review overdue
review-stale = No recent progress
review-due-soon = Review due soon
review-not-completed = Not completed in its period
review-on-track = On track
review-closed = Closed
review-overdue-notice = This goal was due for review on { $date }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago.
review-stale-notice = Nothing has been reported on this goal since { $date }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago.
review-due-today-notice = This goal is due for review today, { $date }.
review-due-soon-notice = This goal is due for review on { $date }, in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
review-not-completed-notice = This goal was not completed in { $period }, which ended on { $date }.
# The period of a goal whose period has no title, in the notice above.
review-its-period = its period

## What became of a goal when its period ended

outcome-achieved = Achieved
outcome-carried-over = Carried over
outcome-dropped = Dropped
outcome-declined = Not accepted
outcome-open = Under way

## Poll phases

poll-upcoming = Upcoming
poll-open = Open
poll-closed = Closed
poll-opens-on = Opens on { $date }
poll-open-until = Open until { $date }
poll-closed-on = Closed on { $date }

## Progress in words

# `$target`, `$baseline` and `$current` arrive with their unit where the metric has one.
progress-metric-increase = { $current } of { $target } (from { $baseline })
progress-metric-decrease = { $current } now, down from { $baseline }; the target is { $target }
progress-metric-hold = { $current } now; the aim is to hold { $target }
progress-not-measured = not measured yet; from { $baseline } to { $target }
progress-checklist = { $done } of { $total ->
        [one] { $total } milestone
       *[other] { $total } milestones
    } done
# `$interval` is one of the interval messages below.
progress-cadence = { $held } of { $expected ->
        [one] { $expected } check-in
       *[other] { $expected } check-ins
    } held, one { $interval }
progress-rollup-one-part = from its one part
progress-rollup-mean = the mean of its { $count } parts
progress-rollup-weighted-mean = the weighted mean of its { $count } parts

## How often, after "one" (one every week)

interval-day = { $count ->
        [one] every day
       *[other] every { $count } days
    }
interval-week = { $count ->
        [one] every week
       *[other] every { $count } weeks
    }
interval-month = { $count ->
        [one] every month
       *[other] every { $count } months
    }
interval-year = { $count ->
        [one] every year
       *[other] every { $count } years
    }

## Where a measured number comes from

source-github-issues = the issues a GitHub search finds (“{ $query }”)
source-checklist = the ticked boxes of { $issue }
source-json = the JSON document { $url }
source-json-pointer = “{ $pointer }” in the JSON document { $url }
source-command = the output of the command “{ $command }”

## Progress bars

bar-parts = Parts
bar-metric = Measure
bar-cadence = Kept up
bar-checklist = Milestones
# `$source` is one of the source messages below.
measured-from = Measured with cairn measure from { $source }.

## Poll counts

poll-ballots = { $count ->
        [one] { $count } ballot
       *[other] { $count } ballots
    }

## Every page: the frame around it

# The feed's title in the page's head; `$site` is the site's title.
site-feed-title = { $site }: updates
site-skip = Skip to content
site-nav = Main
site-search-fallback = Find a goal in the list of all goals
site-search = Search
site-source = Source on the git host
site-feed = Updates feed
site-api = JSON API
site-made-with = Made with cairn from the community's own files.

## The theme's navigation, when cairn.toml has none

nav-goals = Goals
nav-start = Start here
nav-review = Review
nav-updates = Updates
nav-polls = Polls
nav-charter = Charter

## Pages every site has: title, and description for search engines and feeds

page-goals = All goals
page-goals-description = Every goal of the community, by sub-community, kind and status.
page-communities = Sub-communities
page-communities-description = The groups that make up the community.
page-start = Start here
page-start-description = What the community is for, and where a newcomer can help first.
page-review = Goals to review
page-review-description = Goals that are due for review, overdue, or without recent progress.
page-updates = Updates
page-updates-description = Check-ins on the community's goals, newest first.
page-not-found = Page not found
page-not-found-description = There is no page at this address.
page-polls = Polls
page-polls-description = The community's votes on its goals and plans: open, upcoming and closed.
# The page of one kind or status; `$label` is its name (Outcome, Active).
page-keyword = { $label } goals

## Goals in cards and tables

goal-chips = Kind and status
goal-no-progress = No progress measured yet.
goals-none = No goals here yet.
column-goal = Goal
column-kind = Kind
column-status = Status
column-progress = Progress
# `$community` is a sub-community's title.
goals-of = Goals of { $community }

## The home page

home-start = Start here
home-charter = Read the charter
home-values = What we value
home-working-on = What we are working on
home-all-active = All active goals
home-all-goals = All { $count } goals
home-open-polls = Open polls
home-involved = How to get involved
# `$link` is a link whose words are home-start (and below, the message before it).
home-involved-start = { $link }: where a newcomer can help first.
home-involved-communities-link = Find your sub-community
# `$list` is the sub-communities, linked, with commas between.
home-involved-communities = { $link }: { $list }.
home-involved-communities-none = { $link }.
home-involved-review-link = Help us revisit our goals
home-involved-review = { $link }: the ones due for review.
home-propose-link = Propose a goal
# `$folder` is `goals/`, as code.
home-propose = { $link } by opening a pull request that adds a file under { $folder }.
home-latest = Latest updates

## A goal's page

goal-update-this = Update this goal
# `$goals` is the goals that continue it, linked, with commas between.
goal-continues-in = It continues in { $goals }.
goal-help-wanted = Help wanted.
goal-progress = Progress
goal-not-measured = Not measured yet.
goal-parts = Its parts
goal-parts-percent = Its parts, which make its { $percent }%
goal-part = Part
goal-weight = Weight
goal-part-not-counted = not counted
goal-part-not-measured = not measured yet
goal-related = Related goals
# `$goal` is the other goal, linked.
goal-part-of = Part of { $goal }
goal-continues = Continues { $goal }
goal-its-history = its history
goal-continued-by = Continued by { $goal }
goal-replaces = Replaces { $goal }
goal-replaced-by = Replaced by { $goal }
goal-history = History
goal-chart-numbers = The chart's numbers
# `$chart` is the chart's title.
goal-chart-by-commit = { $chart }, by commit
column-day = Day
column-value = Value
column-commit = Commit
goal-not-committed = not committed
# `$commit` is the commit's short id, as code.
goal-commit = commit { $commit }
goal-earlier-names = Earlier names: { $names }.
goal-about = About this goal
goal-updates = Updates
goal-details = Details
fact-kind = Kind
fact-status = Status
fact-period = Period
fact-owners = Owners
fact-links = Links
fact-started = Started
fact-due = Due
fact-review-by = Review by
fact-tags = Tags
fact-last-updated = Last updated
fact-contributors = Contributors
goal-commits = ({ $count ->
        [one] { $count } commit
       *[other] { $count } commits
    })
goal-edit = Edit this goal
goal-share = Share this goal
goal-badge-alt = Badge: { $title }
goal-badge-alt-percent = Badge: { $title }, { $percent }%
goal-badge-markdown = Badge for a README (Markdown)
goal-badge-html = Badge for a web page (HTML)
goal-live-card = Live card for a web page (HTML)
goal-live-card-shown = The live card, as other sites show it:
goal-live-card-needs-js = The live card needs JavaScript.
goal-json = This goal as JSON

## The list of all goals, and the pages of a kind or a status

goals-filter = Filter goals
goals-by-kind = By kind
goals-by-status = By status
goals-show-all-goals = Show all goals
goals-filter-list = Filter this list
goals-filter-words = Words of the title
goals-filter-community = Sub-community
goals-filter-any = Any
goals-whole-community = The whole community
goals-filter-kind = Kind
goals-filter-status = Status
goals-filter-review = Review
goals-filter-reset = Show all
goals-of-whole-community = Goals of the whole community
# A group of the goals of one kind or status (`$label`: Outcome) by the other
# (`$group`: Active); English lowercases the kind or status by hand.
goals-group = { $group } { $label ->
        [Outcome] outcome
        [Process] process
        [Relational] relational
        [Transformational] transformational
        [Proposed] proposed
        [Active] active
        [Achieved] achieved
        [Paused] paused
        [Retired] retired
        [Rejected] rejected
       *[other] { $label }
    } goals

## The start page

start-title = Start here
start-core = Our core goals
start-core-text = These are the goals the whole community shares right now. Each page says why it matters and how to help.
start-all-active = All active goals
start-help-wanted = Help wanted
start-help-wanted-text = These goals ask for help, and say with what:
start-help-first = Where you can help first
start-help-first-text = Goals with open milestones, and the sub-community that looks after each:
# `$goal` is the goal, linked (with its sub-community); `$milestone` its next milestone.
start-next = { $goal }: next, “{ $milestone }”
start-open-polls = Have your say: open polls
start-people = Find your people
# `$charter` and `$updates` are links whose words are start-charter-link and start-updates-link.
start-read = Read { $charter } to see how the community decides, and { $updates } to see what is happening.
start-charter-link = the charter
start-updates-link = the latest updates

## The review page

review-title = Goals to review
# `$today` is today's date, in full.
review-lead = Goals are meant to be revisited. These need the community's attention as of { $today }.
review-overdue-text = Their review date has passed.
review-stale-text = Active goals with no update or progress for a long time.
review-due-soon-text = Their review date is near.

## The page that is not there

not-found-title = Page not found
not-found-lead = There is no page at this address. Goals are sometimes renamed or retired.
# `$goals` and `$home` are links whose words are the two messages below.
not-found-links = { $goals } or { $home }.
not-found-goals-link = See all goals
not-found-home-link = go to the home page

## A poll in a few words

poll-summary = { $ballots }, { $method }
poll-method-single = one choice each
poll-method-approval-up-to = up to { $count } choices each
poll-method-approval = any number of choices each
poll-method-ranked = options ranked in order
poll-method-score = { $count } points each to spread
poll-rule-single = Each voter picks one option; the option picked most wins.
poll-rule-approval = Each voter approves the options they can live with; the most approved option wins.
poll-rule-ranked = Each voter ranks the options; they are compared in pairs, and the option that beats every other one — directly or through a chain of stronger wins — comes first (the Schulze method, as Debian uses it).
poll-rule-score = Each voter spreads a budget of points over the options; the most points win.
poll-who-anyone = Anyone with an account on the git host may vote.
# `$list` is the name of a list of members.toml.
poll-who-list = Only the members listed under `{ $list }` in members.toml may vote.
poll-who-invite = Anyone with an invite code may vote, one ballot per code; the community hands out the codes.
poll-who-open = Open poll: anyone may vote, once per browser. Nothing stops a determined person from voting more than once, so read the result as a sounding, not a decision.

## A poll's page

poll-about = About this poll
poll-result = Result
poll-results-so-far = Results so far
poll-head-to-head = Head to head
poll-head-to-head-text = Each row's option against each column's: how many voters ranked it higher. A number in bold wins its pair.
poll-head-to-head-caption = How many voters prefer the row's option to the column's
poll-strongest = Strongest paths
poll-strongest-text = The strength of the strongest chain of pairwise wins from the row's option to the column's. An option comes first when its paths to every other option are at least as strong as theirs back.
poll-strongest-caption = The strongest path from the row's option to the column's
poll-same-option = same option
poll-wins = (wins)
poll-how-to-vote = How to vote
poll-widget-needs-js = Voting from this page needs JavaScript; the steps below work without it.
# `$file` is the ballot file's path, as code.
poll-by-hand-or = Or by hand: open a pull request that adds { $file }, named after your login on the git host, holding:
poll-by-hand = Open a pull request that adds { $file }, named after your login on the git host, holding:
poll-counts-from = Your ballot counts from the day the pull request is merged, if that is before the poll closes. To change your vote, change your file.
# `$window` is the poll's window (Opens on 3 March 2026).
poll-not-taking = { $window }: ballots are not taken now.
poll-endpoint-text = Votes go to the community's vote endpoint, and the result below follows them as they come in. When the poll closes, its ballots are written into the repository under made-up names, and this page counts them.
poll-endpoint-needs-js = Voting needs JavaScript.
# `$endpoint` and `$file` are `endpoint` and `cairn.toml`, as code.
poll-no-endpoint = This site names no vote endpoint ({ $endpoint } in { $file }), so it takes no votes for this poll.
poll-ballots-title = Ballots
poll-ballots-caption = Every ballot file, counted or not
column-voter = Voter
column-committed = Committed
column-counted = Counted
poll-not-yet = not yet
poll-counted-yes = Yes
# `$reason` says why the ballot is not counted.
poll-counted-no = No: { $reason }
poll-no-ballots = No ballots yet.
poll-edit = Edit this poll
poll-json = This poll as JSON

## The list of polls

polls-caption = Every poll
column-question = Question
column-when = When
column-ballots = Ballots
# `$folder` is `polls/`, as code; `$guide` a link whose words are polls-none-guide.
polls-none = No polls yet. A poll is a file in { $folder }; see { $guide } in cairn's user guide.
polls-none-guide = Polls and ballots

## The charter

charter-adopted = Adopted
charter-review-by = Review by
charter-values = Values
charter-revisions = Revisions
charter-amended = Amended
# `$date` is the revision's date, `$author` who made it.
charter-revision-by = { $date } by { $author }
charter-suggest = Suggest a change to the charter

## Sub-communities

community-leads = Leads
community-channels = Where we talk
# `$from`, `$to` and `$link` are dates and a link whose words are community-period-link.
community-period = This sub-community is a period, from { $from } to { $to }: { $link }.
community-period-link = what became of its goals
community-goals = Goals
community-edit = Edit this page
# A sub-community's page description, when it has no summary.
community-description = The goals of { $community }.
communities-goals = { $count ->
        [one] { $count } goal
       *[other] { $count } goals
    }
communities-none = This community has no sub-communities yet.

## Periods

page-periods = Periods
page-periods-description = The periods the community sets its goals for, and what became of them.
periods-caption = Periods, oldest first
column-period = Period
column-days = Days
periods-current = Current
# `$from` and `$to` are dates.
period-span = { $from } to { $to }
period-from-to-ended = From { $from } to { $to }: this period has ended.
period-from-to-upcoming = From { $from } to { $to }: this period has not started yet.
period-from-to-current = From { $from } to { $to }.
period-description = The goals of { $period } and what became of them.
period-outcome = Outcome
# `$outcome` is the outcome's name, `$period` the period's title.
period-outcome-caption = { $outcome } in { $period }
period-carried-over-text = Each of these continues in a later goal; its page links to it.
period-as-community = { $period } as a sub-community
period-all = All periods

## Updates

updates-subscribe = Subscribe to the feed
# `$goals` is the goals it is about, linked, with commas between.
updates-about = about { $goals }
updates-none = No updates yet.
update-by = by { $people }
update-about = About: { $goals }
update-edit = Edit this update
update-description = An update from { $date }.

## Tags

page-tags = Tags
page-tags-description = Every tag the community's goals carry.
tags-none = No goal carries a tag yet.
# `$tag` is the tag.
tag-title = Goals tagged “{ $tag }”
tag-description = The { $count } goals tagged “{ $tag }”.
tags-all = All tags
goals-all = All goals

## The community's own pages

page-edit = Edit this page

## A goal's history and its chart

chart-title = The measure over time
# `$unit` is the metric's unit, as the goal writes it.
chart-title-unit = The measure over time, in { $unit }
chart-title-milestones = Milestones done over time
chart-unit-milestones = milestones done
# `$first` and `$last` are the first and last values with their unit, `$first_date` and
# `$last_date` their days, `$target` the target with its unit.
chart-description = From { $first } on { $first_date } to { $last } on { $last_date }; the target is { $target }.
chart-target = target { $target }
# `$points` is a whole number.
history-pace-gains = gains about { $points } percentage points a month
history-pace-loses = loses about { $points } percentage points a month
history-milestones = { $done } of { $total ->
        [one] { $total } milestone
       *[other] { $total } milestones
    }

## The search box and the goal filter (their scripts put in the counts and words)

# `$term` is what the reader typed.
search-none = No results for “{ $term }”.
search-results = { $total ->
        [one] { $total } result for “{ $term }”.
       *[other] { $total } results for “{ $term }”.
    }
# Only when there are more results than are shown; `$shown` is how many are.
search-results-first = { $total } results for “{ $term }”; the first { $shown } are shown.
filter-all = All { $total } goals are shown.
# `$shown` is how many of the `$total` goals the filter leaves.
filter-some = { $shown } of { $total } goals are shown.
