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
