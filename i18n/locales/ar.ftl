# واجهة cairn بالعربية: الرسائل نفسها والمتغيرات نفسها كما في en.ftl. الأرقام لاتينية
# (0-9) والفاصلة العشرية نقطة، كما تكتبها مجتمعات البرمجيات المفتوحة عادةً.

## الأعداد والتواريخ

number-decimal-separator = .
quantity = { $number } { $unit }
date-long = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }

## أنواع الأهداف

kind-outcome = نتيجة
kind-outcome-description = نتيجة قابلة للقياس يريد المجتمع بلوغها.
kind-process = ممارسة
kind-process-description = ممارسة يواظب عليها المجتمع مع مرور الوقت.
kind-relational = علاقات
kind-relational-description = كيف يتعامل أفراد المجتمع بعضهم مع بعض.
kind-transformational = تحوّل
kind-transformational-description = تغيير في طريقة عمل المجتمع نفسه.

## حالات الهدف

status-proposed = مقترح
status-proposed-description = مطروح وقيد النقاش.
status-active = نشط
status-active-description = مقبول والعمل عليه جارٍ.
status-achieved = متحقق
status-achieved-description = تم بلوغه.
status-paused = متوقف مؤقتًا
status-paused-description = مقبول، لكنه معلّق حاليًا.
status-retired = منتهٍ
status-retired-description = لم يعد يُسعى إليه، ويُحتفظ به ليتذكر المجتمع السبب.
status-rejected = مرفوض
status-rejected-description = اقتُرح ثم رُفض.

## المراجعة

review-overdue = المراجعة متأخرة
review-stale = لا تقدّم مؤخرًا
review-due-soon = المراجعة قريبة
review-not-completed = لم يكتمل في فترته
review-on-track = يسير كما ينبغي
review-closed = مغلق
review-overdue-notice = كان موعد مراجعة هذا الهدف في { $date }، منذ { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
review-stale-notice = لم يُبلَّغ عن أي جديد في هذا الهدف منذ { $date }، أي منذ { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
review-due-today-notice = موعد مراجعة هذا الهدف اليوم، { $date }.
review-due-soon-notice = موعد مراجعة هذا الهدف في { $date }، بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
review-not-completed-notice = لم يكتمل هذا الهدف خلال { $period }، وقد انتهت في { $date }.
review-its-period = فترته

## ما آل إليه الهدف عند انتهاء فترته

outcome-achieved = متحقق
outcome-carried-over = مُرحَّل إلى الفترة التالية
outcome-dropped = متروك
outcome-declined = غير مقبول
outcome-open = قيد التنفيذ

## مراحل التصويت

poll-upcoming = لم يبدأ بعد
poll-open = مفتوح
poll-closed = مغلق
poll-opens-on = يُفتح في { $date }
poll-open-until = مفتوح حتى { $date }
poll-closed-on = أُغلق في { $date }

## التقدّم بالكلمات

progress-metric-increase = { $current } من { $target } (بدءًا من { $baseline })
progress-metric-decrease = { $current } الآن، بعد أن كان { $baseline }؛ والهدف { $target }
progress-metric-hold = { $current } الآن؛ والغاية الحفاظ على { $target }
progress-not-measured = لم يُقَس بعد؛ من { $baseline } إلى { $target }
progress-checklist = المراحل المنجزة: { $done } من { $total }
progress-cadence = المتابعات المنجزة: { $held } من { $expected }، مرة { $interval }
progress-rollup-one-part = من جزئه الوحيد
progress-rollup-mean = متوسط أجزائه، وعددها { $count }
progress-rollup-weighted-mean = المتوسط المرجّح لأجزائه، وعددها { $count }

## كم مرة، بعد «مرة» (مرة كل أسبوع)

interval-day = { $count ->
        [one] كل يوم
        [two] كل يومين
        [few] كل { $count } أيام
        [many] كل { $count } يومًا
       *[other] كل { $count } يوم
    }
interval-week = { $count ->
        [one] كل أسبوع
        [two] كل أسبوعين
        [few] كل { $count } أسابيع
        [many] كل { $count } أسبوعًا
       *[other] كل { $count } أسبوع
    }
interval-month = { $count ->
        [one] كل شهر
        [two] كل شهرين
        [few] كل { $count } أشهر
        [many] كل { $count } شهرًا
       *[other] كل { $count } شهر
    }
interval-year = { $count ->
        [one] كل سنة
        [two] كل سنتين
        [few] كل { $count } سنوات
        [many] كل { $count } سنةً
       *[other] كل { $count } سنة
    }

## من أين يأتي الرقم المقيس

source-github-issues = المسائل التي يجدها بحث GitHub («{ $query }»)
source-checklist = المربعات المؤشَّر عليها في { $issue }
source-json = مستند JSON ‏{ $url }
source-json-pointer = «{ $pointer }» في مستند JSON ‏{ $url }
source-command = مخرجات الأمر «{ $command }»

## أشرطة التقدّم

bar-parts = الأجزاء
bar-metric = القياس
bar-cadence = المواظبة
bar-checklist = المراحل
measured-from = يُقاس بـ cairn measure من { $source }.

## بطاقات الاقتراع

poll-ballots = { $count ->
        [zero] لا بطاقات اقتراع
        [one] بطاقة اقتراع واحدة
        [two] بطاقتا اقتراع
        [few] { $count } بطاقات اقتراع
        [many] { $count } بطاقة اقتراع
       *[other] { $count } بطاقة اقتراع
    }
