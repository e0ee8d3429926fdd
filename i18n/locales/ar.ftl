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

## إطار كل صفحة

site-feed-title = { $site }: المستجدات
site-skip = انتقل إلى المحتوى
site-nav = القائمة الرئيسية
site-search-fallback = ابحث عن هدف في قائمة كل الأهداف
site-search = بحث
site-source = المصدر على خادم git
site-feed = موجز المستجدات
site-api = واجهة JSON البرمجية
site-made-with = صُنع بـ cairn من ملفات المجتمع نفسه.

## قائمة التنقل في القالب

nav-goals = الأهداف
nav-start = ابدأ هنا
nav-review = المراجعة
nav-updates = المستجدات
nav-polls = التصويتات
nav-charter = الميثاق

## الصفحات الموجودة في كل موقع

page-goals = كل الأهداف
page-goals-description = كل أهداف المجتمع، حسب المجتمع الفرعي والنوع والحالة.
page-communities = المجتمعات الفرعية
page-communities-description = المجموعات التي يتكوّن منها المجتمع.
page-start = ابدأ هنا
page-start-description = ما غاية المجتمع، وأين يمكن للقادم الجديد أن يساعد أولًا.
page-review = أهداف تحتاج إلى مراجعة
page-review-description = أهداف اقترب موعد مراجعتها أو فات، أو لم تتقدّم مؤخرًا.
page-updates = المستجدات
page-updates-description = تقارير عن أهداف المجتمع، الأحدث أولًا.
page-not-found = الصفحة غير موجودة
page-not-found-description = لا توجد صفحة في هذا العنوان.
page-polls = التصويتات
page-polls-description = تصويتات المجتمع على أهدافه وخططه: المفتوحة والقادمة والمغلقة.
page-keyword = الأهداف: { $label }

## الأهداف في البطاقات والجداول

goal-chips = النوع والحالة
goal-no-progress = لم يُقَس أي تقدّم بعد.
goals-none = لا أهداف هنا بعد.
column-goal = الهدف
column-kind = النوع
column-status = الحالة
column-progress = التقدّم
goals-of = أهداف { $community }

## الصفحة الرئيسية

home-start = ابدأ هنا
home-charter = اقرأ الميثاق
home-values = ما نقدّره
home-working-on = ما نعمل عليه
home-all-active = كل الأهداف النشطة
home-all-goals = { $count ->
        [one] الهدف الوحيد
        [two] الهدفان
        [few] الأهداف الـ{ $count }
        [many] الأهداف الـ{ $count }
       *[other] الأهداف الـ{ $count }
    }
home-open-polls = تصويتات مفتوحة
home-involved = كيف تشارك
home-involved-start = { $link }: حيث يمكن للقادم الجديد أن يساعد أولًا.
home-involved-communities-link = اعثر على مجتمعك الفرعي
home-involved-communities = { $link }: { $list }.
home-involved-communities-none = { $link }.
home-involved-review-link = ساعدنا في مراجعة أهدافنا
home-involved-review = { $link }: الأهداف التي حان موعد مراجعتها.
home-propose-link = اقترح هدفًا
home-propose = { $link } بفتح طلب دمج يضيف ملفًا في { $folder }.
home-latest = أحدث المستجدات

## صفحة الهدف

goal-update-this = حدّث هذا الهدف
goal-continues-in = يستمر هذا الهدف في { $goals }.
goal-help-wanted = نبحث عن مساعدة.
goal-progress = التقدّم
goal-not-measured = لم يُقَس بعد.
goal-parts = أجزاؤه
goal-parts-percent = أجزاؤه، التي تكوّن نسبته البالغة { $percent }%
goal-part = الجزء
goal-weight = الوزن
goal-part-not-counted = لا يُحتسب
goal-part-not-measured = لم يُقَس بعد
goal-related = أهداف ذات صلة
goal-part-of = جزء من { $goal }
goal-continues = يواصل { $goal }
goal-its-history = سجلّه
goal-continued-by = يواصله { $goal }
goal-replaces = يحلّ محلّ { $goal }
goal-replaced-by = حلّ محلّه { $goal }
goal-history = السجلّ
goal-chart-numbers = أرقام الرسم البياني
goal-chart-by-commit = { $chart }، حسب الإيداع
column-day = اليوم
column-value = القيمة
column-commit = الإيداع
goal-not-committed = غير مودَع
goal-commit = الإيداع { $commit }
goal-earlier-names = أسماء سابقة: { $names }.
goal-about = عن هذا الهدف
goal-updates = المستجدات
goal-details = التفاصيل
fact-kind = النوع
fact-status = الحالة
fact-period = الفترة
fact-owners = المسؤولون
fact-links = الروابط
fact-started = البداية
fact-due = الموعد النهائي
fact-review-by = المراجعة قبل
fact-tags = الوسوم
fact-last-updated = آخر تحديث
fact-contributors = المساهمون
goal-commits = ({ $count ->
        [one] إيداع واحد
        [two] إيداعان
        [few] { $count } إيداعات
        [many] { $count } إيداعًا
       *[other] { $count } إيداع
    })
goal-edit = عدّل هذا الهدف
goal-share = شارك هذا الهدف
goal-badge-alt = شارة: { $title }
goal-badge-alt-percent = شارة: { $title }، { $percent }%
goal-badge-markdown = شارة لملف README (Markdown)
goal-badge-html = شارة لصفحة ويب (HTML)
goal-live-card = بطاقة حيّة لصفحة ويب (HTML)
goal-live-card-shown = البطاقة الحيّة كما تعرضها المواقع الأخرى:
goal-live-card-needs-js = تحتاج البطاقة الحيّة إلى JavaScript.
goal-json = هذا الهدف بصيغة JSON

## قائمة كل الأهداف، وصفحات النوع والحالة

goals-filter = تصفية الأهداف
goals-by-kind = حسب النوع
goals-by-status = حسب الحالة
goals-show-all-goals = اعرض كل الأهداف
goals-filter-list = صفِّ هذه القائمة
goals-filter-words = كلمات من العنوان
goals-filter-community = المجتمع الفرعي
goals-filter-any = الكل
goals-whole-community = المجتمع كله
goals-filter-kind = النوع
goals-filter-status = الحالة
goals-filter-review = المراجعة
goals-filter-reset = اعرض الكل
goals-of-whole-community = أهداف المجتمع كله
goals-group = { $label }: { $group }

## صفحة «ابدأ هنا»

start-title = ابدأ هنا
start-core = أهدافنا الأساسية
start-core-text = هذه هي الأهداف التي يتشاركها المجتمع كله الآن. تشرح كل صفحة سبب أهميته وكيف تساعد.
start-all-active = كل الأهداف النشطة
start-help-wanted = نبحث عن مساعدة
start-help-wanted-text = تطلب هذه الأهداف المساعدة، وتذكر فيمَ:
start-help-first = أين تساعد أولًا
start-help-first-text = أهداف لها مراحل لم تُنجز بعد، والمجتمع الفرعي الذي يتولّى كلًّا منها:
start-next = { $goal }: التالي «{ $milestone }»
start-open-polls = أبدِ رأيك: تصويتات مفتوحة
start-people = اعثر على جماعتك
start-read = اقرأ { $charter } لترى كيف يقرّر المجتمع، و{ $updates } لترى ما يجري.
start-charter-link = الميثاق
start-updates-link = أحدث المستجدات

## صفحة المراجعة

review-title = أهداف تحتاج إلى مراجعة
review-lead = الأهداف وُضعت لتُراجَع. هذه الأهداف تحتاج إلى اهتمام المجتمع حتى { $today }.
review-overdue-text = فات موعد مراجعتها.
review-stale-text = أهداف نشطة لم يصلها تقرير ولا تقدّم منذ وقت طويل.
review-due-soon-text = اقترب موعد مراجعتها.

## الصفحة غير الموجودة

not-found-title = الصفحة غير موجودة
not-found-lead = لا توجد صفحة في هذا العنوان. أحيانًا يُعاد تسمية الأهداف أو تُنهى.
not-found-links = { $goals } أو { $home }.
not-found-goals-link = اعرض كل الأهداف
not-found-home-link = اذهب إلى الصفحة الرئيسية

## التصويت في كلمات قليلة

poll-summary = { $ballots }، { $method }
poll-method-single = اختيار واحد لكل مصوّت
poll-method-approval-up-to = حتى { $count } من الاختيارات لكل مصوّت
poll-method-approval = أي عدد من الاختيارات لكل مصوّت
poll-method-ranked = ترتيب الخيارات بحسب التفضيل
poll-method-score = رصيد من { $count } من النقاط يوزّعه كل مصوّت
poll-rule-single = يختار كل مصوّت خيارًا واحدًا، ويفوز الخيار الأكثر اختيارًا.
poll-rule-approval = يوافق كل مصوّت على الخيارات التي يقبلها، ويفوز الخيار الأكثر موافقة.
poll-rule-ranked = يرتّب كل مصوّت الخيارات، ثم تُقارن مثنى مثنى، ويأتي أولًا الخيار الذي يغلب كل خيار آخر — مباشرة أو عبر سلسلة من الانتصارات الأقوى — (طريقة شولتسه، كما يستخدمها ديبيان).
poll-rule-score = يوزّع كل مصوّت رصيدًا من النقاط على الخيارات، ويفوز صاحب أكثر النقاط.
poll-who-anyone = يمكن لكل من لديه حساب على خادم git أن يصوّت.
poll-who-list = لا يصوّت إلا الأعضاء المدرجون تحت `{ $list }` في members.toml.
poll-who-invite = يمكن لكل من لديه رمز دعوة أن يصوّت، ببطاقة واحدة لكل رمز؛ ويوزّع المجتمع الرموز.
poll-who-open = تصويت مفتوح: يمكن لأي شخص أن يصوّت، مرة لكل متصفح. لا شيء يمنع شخصًا مصممًا من التصويت أكثر من مرة، فاقرأ النتيجة استطلاعًا للرأي لا قرارًا.

## صفحة التصويت

poll-about = عن هذا التصويت
poll-result = النتيجة
poll-results-so-far = النتائج حتى الآن
poll-head-to-head = المقارنة المباشرة
poll-head-to-head-text = خيار كل صف مقابل خيار كل عمود: كم مصوّتًا وضعه في مرتبة أعلى. الرقم الغامق يفوز في زوجه.
poll-head-to-head-caption = كم مصوّتًا يفضّل خيار الصف على خيار العمود
poll-strongest = أقوى المسارات
poll-strongest-text = قوة أقوى سلسلة من الانتصارات الثنائية من خيار الصف إلى خيار العمود. يأتي الخيار أولًا حين تكون مساراته إلى كل خيار آخر بقوة مساراتها إليه على الأقل.
poll-strongest-caption = أقوى مسار من خيار الصف إلى خيار العمود
poll-same-option = الخيار نفسه
poll-wins = (يفوز)
poll-how-to-vote = كيف تصوّت
poll-widget-needs-js = التصويت من هذه الصفحة يحتاج إلى JavaScript؛ والخطوات أدناه تعمل بدونه.
poll-by-hand-or = أو يدويًا: افتح طلب دمج يضيف { $file }، باسم حسابك على خادم git، ويحتوي على:
poll-by-hand = افتح طلب دمج يضيف { $file }، باسم حسابك على خادم git، ويحتوي على:
poll-counts-from = تُحتسب بطاقتك من يوم دمج الطلب، إن كان ذلك قبل إغلاق التصويت. ولتغيير صوتك، غيّر ملفك.
poll-not-taking = { $window }: لا تُقبل بطاقات الاقتراع الآن.
poll-endpoint-text = تذهب الأصوات إلى خدمة التصويت لدى المجتمع، وتتبعها النتيجة أدناه فور وصولها. وحين يُغلق التصويت، تُكتب بطاقاته في المستودع بأسماء مستعارة، وتحتسبها هذه الصفحة.
poll-endpoint-needs-js = التصويت يحتاج إلى JavaScript.
poll-no-endpoint = لا يحدّد هذا الموقع خدمة تصويت ({ $endpoint } في { $file })، لذا لا يقبل أصواتًا في هذا التصويت.
poll-ballots-title = بطاقات الاقتراع
poll-ballots-caption = كل ملفات بطاقات الاقتراع، المحتسبة وغير المحتسبة
column-voter = المصوّت
column-committed = تاريخ الإيداع
column-counted = محتسبة
poll-not-yet = ليس بعد
poll-counted-yes = نعم
poll-counted-no = لا: { $reason }
poll-no-ballots = لا بطاقات اقتراع بعد.
poll-edit = عدّل هذا التصويت
poll-json = هذا التصويت بصيغة JSON

## قائمة التصويتات

polls-caption = كل التصويتات
column-question = السؤال
column-when = متى
column-ballots = بطاقات الاقتراع
polls-none = لا تصويتات بعد. التصويت ملف في { $folder }؛ انظر { $guide } في دليل cairn.
polls-none-guide = التصويتات وبطاقات الاقتراع

## الميثاق

charter-adopted = اعتُمد
charter-review-by = المراجعة قبل
charter-values = القيم
charter-revisions = المراجعات
charter-amended = عُدّل
charter-revision-by = { $date } بواسطة { $author }
charter-suggest = اقترح تعديلًا على الميثاق

## المجتمعات الفرعية

community-leads = القادة
community-channels = أين نتحدث
community-period = هذا المجتمع الفرعي فترة، من { $from } إلى { $to }: { $link }.
community-period-link = ما آلت إليه أهدافه
community-goals = الأهداف
community-edit = عدّل هذه الصفحة
community-description = أهداف { $community }.
communities-goals = { $count ->
        [zero] لا أهداف
        [one] هدف واحد
        [two] هدفان
        [few] { $count } أهداف
        [many] { $count } هدفًا
       *[other] { $count } هدف
    }
communities-none = ليس لهذا المجتمع مجتمعات فرعية بعد.

## الفترات

page-periods = الفترات
page-periods-description = الفترات التي يضع المجتمع أهدافه لها، وما آلت إليه.
periods-caption = الفترات، الأقدم أولًا
column-period = الفترة
column-days = التواريخ
periods-current = الحالية
period-span = من { $from } إلى { $to }
period-from-to-ended = من { $from } إلى { $to }: انتهت هذه الفترة.
period-from-to-upcoming = من { $from } إلى { $to }: لم تبدأ هذه الفترة بعد.
period-from-to-current = من { $from } إلى { $to }.
period-description = أهداف { $period } وما آلت إليه.
period-outcome = الحصيلة
period-outcome-caption = { $outcome } في { $period }
period-carried-over-text = يستمر كل منها في هدف لاحق، وصفحته تشير إليه.
period-as-community = { $period } بوصفها مجتمعًا فرعيًا
period-all = كل الفترات

## المستجدات

updates-subscribe = اشترك في الموجز
updates-about = عن { $goals }
updates-none = لا مستجدات بعد.
update-by = بقلم { $people }
update-about = عن: { $goals }
update-edit = عدّل هذا التقرير
update-description = تقرير بتاريخ { $date }.

## الوسوم

page-tags = الوسوم
page-tags-description = كل الوسوم التي تحملها أهداف المجتمع.
tags-none = لا يحمل أي هدف وسمًا بعد.
tag-title = أهداف موسومة بـ«{ $tag }»
tag-description = { $count ->
        [one] الهدف الموسوم بـ«{ $tag }».
        [two] الهدفان الموسومان بـ«{ $tag }».
       *[other] الأهداف الموسومة بـ«{ $tag }»، وعددها { $count }.
    }
tags-all = كل الوسوم
goals-all = كل الأهداف

## صفحات المجتمع الخاصة

page-edit = عدّل هذه الصفحة

## سجلّ الهدف ورسمه البياني

chart-title = القياس عبر الزمن
chart-title-unit = القياس عبر الزمن، بوحدة { $unit }
chart-title-milestones = المراحل المنجزة عبر الزمن
chart-unit-milestones = مراحل منجزة
chart-description = من { $first } في { $first_date } إلى { $last } في { $last_date }؛ والهدف { $target }.
chart-target = الهدف { $target }
history-pace-gains = يكسب نحو { $points } من النقاط المئوية في الشهر
history-pace-loses = يخسر نحو { $points } من النقاط المئوية في الشهر
history-milestones = { $done } من { $total }

## مربع البحث وتصفية الأهداف

search-none = لا نتائج لـ«{ $term }».
search-results = { $total ->
        [one] نتيجة واحدة لـ«{ $term }».
        [two] نتيجتان لـ«{ $term }».
        [few] { $total } نتائج لـ«{ $term }».
        [many] { $total } نتيجةً لـ«{ $term }».
       *[other] { $total } نتيجة لـ«{ $term }».
    }
search-results-first = عدد النتائج لـ«{ $term }»: { $total }، تُعرض منها أول { $shown }.
filter-all = { $total ->
        [one] يُعرض الهدف الوحيد.
        [two] يُعرض الهدفان كلاهما.
       *[other] تُعرض كل الأهداف، وعددها { $total }.
    }
filter-some = تُعرض { $shown } من { $total } من الأهداف.
