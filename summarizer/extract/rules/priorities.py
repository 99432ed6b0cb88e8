"""Priorities from the text's own structure (guidelines §2), and each region's extractive headline."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Mapping

from summarizer.extract.rules.answers import (
    answer_plans,
    is_question,
    other_regions_plans,
    speaks_as_a_private_person,
    speaks_for_a_company,
)
from summarizer.extract.rules.reported_duties import reported_duties, without_details
from summarizer.extract.rules.tables import (
    ARTICLE_TITLE_WORDS,
    CATEGORY_KEYWORDS,
    CHAPTER_TITLE_WORDS,
    HEAD_OPENERS,
    NUMBERED_HEAD_PREFIXES,
    ORDINAL_IS,
)
from summarizer.extract.rules.text import (
    CLAUSE_OR_SENTENCE_END,
    Span,
    TextIndex,
    frames_from_verb,
    kept_per_span,
)
from summarizer.ingest.gazetteer import Place, gazetteer
from summarizer.ingest.places import lowest_place_in, quoted_higher_level
from summarizer.ingest.sections import bare_name
from summarizer.memo import per_article
from summarizer.parse.quantities import chinese_number
from summarizer.schema import CATEGORIES, Category, Priority
from summarizer.text import LazyPattern

# "高正说，托克托县将…", "陈胡日查介绍，…", "会议要求，…": the speaker's frame before the head proper.
_SPEAKER_FRAME = LazyPattern(
    r"^(?:(?:[^。“”]{0,24}?[,，])?[^,，。“”]{1,12}?(?:说|表示|介绍|指出|强调|要求|提出|部署)[,，:：]"
    r"|(?:[\u4e00-\u9fff]{0,10}?(?:书记|长|主任|主席))?[\u4e00-\u9fff]{2,4}[:：](?=\S)|答[:：])"
    # an interview's speaker label: "李四：我们将…", "平江县委书记李明：…", "答：…"
)
_FRAME_MARK = LazyPattern(r"(?:说|表示|介绍|指出|强调|要求|提出|部署)[,，:：]|[:：]")
"""What ends a `_SPEAKER_FRAME`: a speech verb and its comma or colon, or a speaker label's colon."""
FRAME_REACH = 40
"""How far from its start a speaker frame can end: 24 characters and a comma, 12 more, a verb and its
comma."""
# Datelines and descriptions open news paragraphs but are never policy areas.
_NOT_A_HEAD = LazyPattern(
    r"^(?:(?:\d{1,2}月)?\d{1,2}日|日前|近日|据|[^,，。]{0,12}(?:电|讯)\b|[^,，。]{1,8}(?:地处|位于))"
    r"|^(?:去年|今年以来|近年来|(?:刚刚)?过去|目前|当前|此前|座谈会上|会上|当日|近?[\d一二两三四五六七八九十]+年来)"
    r"|^在[^,，。]{0,24}(?:下|中|里|时间里|节点|之际|关键期)[,，]|^在[^,，。]{0,12}(?:会|仪式|活动|现场)上[,，]"
    r"|^[^,，。“”]{1,8}(?:会|式)(?:上|期间)[,，]"
    r"|^(?:各位|尊敬的|同志们|朋友们|女士们|大家好|回首|回顾|回望)"
    r"|(?:以下|如下|下列)[^。]{0,12}(?:工作|任务|方面)|[\d一二两三四五六七八九十几]+个?(?:方面|重点|领域)[^。,，:：]{0,4}(?:[。:：]|$)"
    r"|[\d一二两三四五六七八九十几]+点(?:要求|意见|建议|希望)|^(?:此次|本次|这次)"
)
"""Datelines, time frames ("20年来", "座谈会上", "在发布会上"), a speech's salutation and look-back
("各位代表", "回首过去的一年"), lead-ins that announce a list ("主要聚焦三个方面", "提出三点要求") and the
event itself ("此次项目签约，既是…"): the openings of paragraphs and sentences that are never a policy
area themselves."""
_EVENT_NARRATIVE = LazyPattern(
    r"主持|出席|参加|参会|与会|列席|嘉宾|代表(?!性)|致辞|宣布|见证|观看|颁发|剪彩|奠基|陪同|会见|仪式|签署|发言"
    r"|通报|汇报|听取|号召|勉励|供稿|分享到|索引号|发布机构"
    r"|图片|图为|仅供参考|[A-Za-z]{4}|^(?:信息)?来源[:：]|作者[:：]|发布时间|责任编辑|^(?:[\u4e00-\u9fff]{2,3}、){2}"
)
"""What a news page tells of the event and of itself, never a policy area: the host, the guests and
their acts ("副县长某某主持仪式", "与会领导共同为项目奠基"), a list of names, a photo caption, a byline,
the site's footer."""
_STUDY_DUTY = LazyPattern(
    r"(?:学习|贯彻|落实|领会|传达)[^,，。；;]{0,80}?(?:精神|重要讲话|重要指示|决策部署|部署要求)"
)
"""A duty to study and carry out the spirit of a higher meeting ("要深入贯彻落实…会议精神", "要把学习贯彻…
精神作为当前的重要政治任务"): the lead-in of a meeting's tasks, not one of them."""
_MEETING_DEPLOYMENT = LazyPattern(
    r"就[^。；;，,]{0,40}?(?:会议|生活会|座谈会|大会)(?:作出|进行)(?:部署|安排)"
)
"""A deployment for holding a meeting ("会议就高质量开好…专题民主生活会作出部署"): what follows is how to
hold it."""
_PAST_YEAR_OPENING = LazyPattern(r"^(?:20\d\d|二〇[一二]\S)年[,，]")
"""A year as the time frame of a paragraph's first clause ("会议指出，2023年，全县…"): a review when the
sentence has no word of intent."""
_LIST_LEAD = LazyPattern(
    r"(?:(?:以下|如下|下列)[^。]{0,12}(?:工作|任务|方面|重点)|[\d一二两三四五六七八九十几]+个(?:方面|重点|领域))"
    r"[^。,，:：]{0,4}[:：]\s*$"
)
"""A paragraph that ends by announcing the list that the next paragraphs make ("做好以下几个方面的工作：")."""
_ATTENDANCE = LazyPattern(r"(?:出席|参加|列席|陪同|主持)(?:了)?(?:会议|发布会|座谈会|活动|仪式|讨论|座谈)?$")
"""A sentence that ends by saying who attended ("副县长李梅出席发布会"): an event's narration."""
_FULL_SENTENCE_END = LazyPattern(r"[。；;！？]")
_QUESTION_FIRST = LazyPattern(r"[^。；;！]*[？?]")
"""A head whose first sentence is a question the interviewer asks."""
_CLAUSE_OR_EXCLAMATION_END = LazyPattern(r"[,，;；。！!]")
_CHINESE_ORDINAL_HEAD = LazyPattern(r"^[一二三四五六七八九十]+、")
_STUDY = LazyPattern(
    r"^[^,，。]{0,8}?(?:(?:学习|传达|贯彻落实)[^,，。]{0,40}精神|坚持以[^,，。]{2,30}为指导)"
)
"""A first clause about taking in a meeting's spirit or a doctrine ("坚持把学习贯彻全会精神与…结合起来",
"迅速掀起贯彻落实全市两会精神的高潮", "坚持以…思想为指导"): how the region receives a higher level's
words, not a policy area."""
_NON_POLICY_LEAD = LazyPattern(
    r"(?:(?:特点|体会|感受|感想|原因|意义|启示|不足|短板|差距)"
    r"|(?:分|分为|分成|包括|共有)[\d一二三四五六七八九十两几]+(?:类|种|档|批|个类别))[:：]\s*$"
)
"""The lead-in of a list that is no list of policy areas ("报告主要有三个特点：一是…"), or of a list of the
kinds a notice sorts its subject into ("招收具体分三类：一是单位人招收；二是…")."""
_COUNTED_FEATURES = LazyPattern(
    r"[\d一二三四五六七八九十两几](?:个|大|项|点)[^。；;！？]{0,16}?"
    r"(?:之最|特点|亮点|优势|特色|原因|意义|看点|新变化)[。！：:]\s*$"
)
"""A sentence that counts the features of something, just before the list that gives them ("创造了镇域内的三个
产业项目之最。一是占地面积最大，…", "活动有三大亮点。一是…"): what the list then names are no policy areas."""
_ORDINAL_IN_TEXT = LazyPattern(
    r"(?:^|(?<=[。；;！？:：]))\s*(?:[一二三四五六七八九十][是要][,，]?|第[一二三四五六七八九十][,，]|(?:首先|其次|再次|最后)[,，]"
    r"|(?:一方面|另一方面)[,，]?)"
)
_FEATURES_LEAD_CHARS = 40
_FIRST_ORDINALS = ("一是", "一要", "第一", "首先", "一方面")
_FIRST_AFTER_A_COMMA = LazyPattern(r"(?<=[,，])一是[,，]?")
"""A first item glued to its lead-in by a comma ("…时间紧、任务重，一是成立工作专班…。二是，…"): an item
only when the list goes on with 二是."""
_LATER_AFTER_A_COMMA = LazyPattern(r"(?<=[,，])[二三四五六七八九十]是[,，]?")
"""A later item glued to the one before by a comma ("：一是抓产业升级，二是抓项目建设，三是…"): an item once
the list has opened with 一是."""
_FIRST_THEN = ("首先", "其次", "再次", "最后")
"""首先…其次…最后: an enumeration only when it starts with 首先 and goes on (最后 alone is narrative)."""
_PAIRED_ORDINALS = {
    re.compile(r"[一二三四五六七八九十]要"): ({"一要", "二要"}, {"二要", "三要"}),
    re.compile(r"另?一方面"): ({"一方面", "另一方面"},),
}
"""Ordinals that are also common words: items of an enumeration only beside the next item (二要 and 三要
make a list even when its first item opens otherwise: "一招商工作要…；二要…；三要…")."""
_ORDINAL_PREFIX = LazyPattern(
    r"^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[是要](?:始终)?|第[一二三四五六七八九十][,，]"
    r"|(?:首先|其次|再次|最后)[,，]|(?:一方面|另一方面)[,，]?)"
)
_GLUED_HEADING = LazyPattern(
    r"(?:开展|实施|推进|加快|打造|深化|强化|推动|提升|做好|抓好|坚持|聚焦|优化|完善|构建|培育|壮大)"
    r"[^,，。；;“”\d]{3,16}(?:行动|工程|工作|建设|体系|环境|产业|改革|发展|服务)$"
)
"""A sub-heading glued into the running text of a news item: a short sentence of its own that names a
line of work ("开展供热设备整治专项行动。")."""

_WORK_VERBS = (
    r"(?:聚焦|坚持|围绕|抓好|做好|办好|加强|推进|推动|优化|深化|实施|开展|强化|提升|压实|落实|打造|建设|培育"
    r"|壮大|做强|做大|发展|改善|保障|促进|构建|完善|守住|稳定|扩大|拓宽|筑牢|加大|狠抓|大抓|搞好|锚定|抓)"
)
"""The verbs that name a line of work in a duty or a plan ("聚焦…", "压实…", "实施…行动")."""
_IN_PARAGRAPH_HEAD = LazyPattern(
    r"^(?:在[^,，。“”]{2,10}方面|在(?:建设|推进|推动|打造|加快|发展|做好|深化)[^,，。“”]{2,12}上[,，]|关于[^,，。“”]{2,10}[,，]"
    r"|[^,，。“”]{2,8}(?:将|要)?(?:聚焦|深入实施|全力推进|坚定不移|着力|(?<!从)成立(?![起于]|以来))"
    r"|在[^,，。“”]{2,14}上下(?:足|真|硬|大)?功夫(?![,，][^,，。]{0,4}在)"
    r"|在[^,，。“”]{2,20}(?:行动|工程|计划)中[,，]|围绕[^,，。“”]{2,8}[,，](?=[^,，。“”]{0,8}?(?:将|要)?(?:"
    + _WORK_VERBS
    + r"|启动)))"
)
"""A head inside a paragraph: "在乡村振兴方面，…", "在建设城市新中心上，…" (在 + a line of work + 上),
"关于发展经济，…" (a spokesman's topic), "康平县聚焦打造…", "在培育乡土人才上下功夫，…" (an area to
work at, unless more areas follow in parallel), "在某某推广行动中，…" (one of the named actions of a plan),
"围绕金融支持，某省启动…" (a short topic, then the line of work)."""
_DUTY = LazyPattern(
    r"(?:我们|各[^,，。；;“”要]{1,12}?|全[省市县区旗州盟][^,，。；;“”要]{0,8}?)?(?:还|也|则)?要"
    r"(?:因地制宜|坚定不移|全力以赴|千方百计|持之以恒|久久为功|毫不放松|一以贯之|坚持不懈|多措并举)?"
    r"(?:持续|扎实|全力|大力|着力|切实|进一步|不断|全面|积极|统筹|深入|坚决|认真|加快|狠抓|抓紧|把)?"
    + _WORK_VERBS
)
_OPENS_WITH_DUTY = LazyPattern(
    _DUTY.pattern
    + r"|(?:各[^,，。；;“”要]{1,12}?|全[省市县区旗州盟][^,，。；;“”要]{0,8}?)?(?:还|也)?要(?![素求点闻害])"
    r"[\u4e00-\u9fff]{2}"
)
"""A sentence that opens with 要 and a phrase of its own ("要精准聚焦、精准落位，…", "要群策群力，…"):
a meeting's task when two or more open the sentences of a paragraph."""
_ASSIGNS_RESPONSIBILITY = LazyPattern(
    r"各[^,，。；;]{0,12}?(?:负责人|负责同志|一把手|主要领导)要[^,，。；;]{0,20}(?:责任|职责)"
)
"""A duty that tells the persons who answer for a task to bear it ("各单位主要负责人要履行好整改第一责任人
职责"): how the task before it is carried, not a line of work ("各旗县区要压实工作责任" is one)."""
_CENTRAL_VOICE = LazyPattern(
    r"[^。“”]{0,30}?(?:总书记|党中央|国务院|中央领导)[^。“”,，]{0,24}?(?:指出|强调|要求|说|提出)[,，:：]"
)
"""The country's leaders as the speaker ("习近平总书记在某地考察时指出，", "党中央强调，")."""
_BARE_DUTY = LazyPattern(r"(?:还|也)?要")
_DUTY_ADVERB = LazyPattern(r"(?:还|也)?要(?P<adverb>进一步|持续|不断|全面|切实|始终|继续)")
"""The adverb a duty opens with ("要进一步…"): duties that share it are parallel items of a speech."""
_THEN_DUTY = LazyPattern(r"(?:接下来|下一步|今后|此后|后续)[,，](?=(?:还|也)?要)")
_PLAN_WORK = LazyPattern(_WORK_VERBS)
_GLUED_PARAGRAPH_HEAD = LazyPattern(
    rf"(?:{_WORK_VERBS}|鼓励|支持|引导|加快|提高)[^,，。；;：:“”\d]{{2,12}}[。！]"
)
"""The short sentence that opens a paragraph of a news item and names the line of work the paragraph then
reports on ("加大公共交通的运力保障。记者从…获悉，…"; "鼓励绿色出行。据介绍，…"): a bold lead of the
original page, glued into the text."""
_SERIES_ITEM = LazyPattern(
    r"(?:继续|持续|不断|全面|着力|大力|深入|进一步|加快|积极|切实|扎实|全力|坚定不移地?)?" + _WORK_VERBS
)
"""A line of work that opens an item of a plan series ("继续推进产业升级", "深入实施城市精细化管理")."""
_COUNTED = r"(?:[二三四五六七八九十两]|\d)(?:个|大|项)?“?{word}”?"
"""A count of a word that announces a list ("“三个突出”", "四大提升", "3项保障")."""
_PARALLEL_AREA = LazyPattern(r"(?:[^,，。；;“”]{0,8}?(?:将|要))?(?P<area>在[^,，。；;“”]{2,10}(?:上|方面))")
"""A clause that opens on an area of work ("在营商环境上再优化", "我们将在招商引资上再发力")."""
_COUNTED_LEAD = LazyPattern(
    r"(?:以下|如下)?(?P<count>[两二三四五六七八九])(?:件事|项工作|个方面|方面|件大事|项重点工作|项任务)(?:工作)?[:：]"
)
"""The lead-in of a list that counts its items and ends on a colon ("做好三件事：", "抓好以下三个方面：")."""
_ITEM_MIN_CHARS = 4
# "作为横向联动的工作协同平台，联盟将搭建…": a role of a body, then what the body will do in it.
_ROLE_WILL = LazyPattern(
    r"作为[^,，。；;“”]{2,24}[,，](?P<subject>[^,，。；;“”]{1,12}?)(?:还|也|则)?(?:将|要)"
)
_ROLE_SERIES_MIN = 2
_FIGURE = LazyPattern(r"\d")
_PARALLEL_VERBS = "坚持|聚焦|突出|强化|深化|着力|狠抓|大抓"
_PARALLEL_VERB = LazyPattern(rf"(?:[^,，。；;“”]{{0,8}}?(?:要|将))?(?P<verb>{_PARALLEL_VERBS})")
"""The verb of work a clause opens with, after its subject and intent ("全区上下要坚持项目为王")."""
_PARALLEL_VERB_WORD = LazyPattern(_PARALLEL_VERBS)
"""The verbs of `_PARALLEL_VERB`, each where it stands."""
_MEASURE_LIST = LazyPattern(
    r"通过(?P<items>[^,，。；;：:“”、]{3,30}(?:、[^,，。；;：:“”、]{3,30}){2,7})等(?:一系列|多项)?(?:举措|措施|手段|方式)"
)
"""Three or more measures listed as the means of the work ("通过开展…、推进…、建设…等举措")."""
_COUNTED_PARTS = LazyPattern(
    r"(?P<items>[^,，。；;：:“”、]{3,24}(?:、[^,，。；;：:“”、]{3,24}){1,9})等(?P<count>[两二三四五六七八九十])大"
    r"(?:方面|行动|专项行动|工程|任务|举措|板块|重点工作)"
)
"""The parts a plan or a document names and counts as its own structure ("包括强化大宗消费支持、优化服务
消费供给、培育新消费增长点、优化城乡消费环境等四大方面共40条政策措施"): each a priority when the count
is theirs."""
_PARTS_LEAD_IN_FIRST = LazyPattern(r"(?:包括|涵盖|围绕|实施|开展|推进|启动|从|聚焦|分为)")
"""The word that leads a counted list of parts: the first part begins after it."""
_SHORT_HEADING = LazyPattern(_WORK_VERBS + r"[^,，。；;：:、“”\d\s]{2,12}")
"""A short sentence that only names a line of work ("加强燃气管网安全排查")."""
_FROM_ASPECTS = LazyPattern(
    r"[^。；;！？“”]{0,16}?(?:还|也|将|要)?从(?=[^。；;！？]{0,40}、)[^。；;！？]{4,160}?"
    r"等?(?:[\d一二三四五六七八九十两几多]+个?)?方面"
)
"""The aspects a line of work is taken up from, listed between 、 ("从A、B、C等方面")."""
_ASPECT_WORK = LazyPattern(r"发力|(?:一体|统筹)?" + _SERIES_ITEM.pattern)
"""What a line of work taken up from its aspects opens with ("发力…", "推动…", "一体完善…"); never what
someone gives or says from them ("提供要素保障", "提出建设性意见")."""
_COUNTED_AREAS = LazyPattern(
    r"(?:在|从)(?P<items>[^,，。；;：:]{2,30}(?:、[^,，。；;：:]{2,30}){1,9})"
    r"(?P<count>[两二三四五六七八九十])(?:个|大)?方面(?:上)?(?:下(?:真|足|硬)?功夫|发力|用力|着力|入手|持续用力)"
)
# "找准切入点，全面治脏。": a campaign part's heading, two short clauses and a full stop.
_CAMPAIGN_HEADING = LazyPattern(r"[\u4e00-\u9fff“”]{3,8}[,，][\u4e00-\u9fff“”]{3,8}[。.]?")
_CAMPAIGN_POINTS_MIN = 3
"""Campaign headings whose first clauses end on the same word ("找准切入点", "把握着力点", "打造突破点"): a
series when three or more do."""
_DOCUMENT_FRAME = LazyPattern(
    r"(?:意见|方案|通知|办法|规划|措施|计划|细则|条例|决定)(?:还|同时)?(?:提出|明确|指出|要求)[,，:：]"
)
"""A news item's frame for what a document lays down ("意见提出，", "《方案》明确，")."""
_MEASURE_OPENING = LazyPattern(
    r"(?:将[^,，。；;]{2,30}?(?:纳入|列入)[^,，。；;]{2,20}|(?:加快|健全|建立|推行|鼓励|支持|引导|深化|强化"
    r"|完善|推进|推动|加强|实施|优化|提升|构建|培育|扩大|开展)[^,，。；;]{2,28})[,，]"
)
"""The first clause of a document's measure, a line of work before its details ("深化人才供给侧结构性改革，",
"将某教育内容纳入高校入学教育，")."""
_DOCUMENT_MEASURES_MIN = 3
_ITEM_INTENT = LazyPattern(r"(?:下半年|下阶段|今后|今年|明年)?(?:还|也)?(?:要|将)")
"""The time and intent before the first item of a series ("下半年要坚持项目为王，…；坚持创新驱动，…")."""
# "抓紧落实好各项重点工作", "统筹抓好安全生产各项工作落实": a clause that points at all the work, naming none.
_ALL_WORK = LazyPattern(r"(?:各项|各方面)(?:重点|重要|目标)?(?:工作|任务)(?:落实|部署)?$")
_STANCE = (
    r"(?:坚定信心|锚定目标|提高站位|统一思想|凝心聚力|鼓足干劲|保持定力|振奋精神|乘势而上|攻坚克难|真抓实干"
    r"|担当作为|迎难而上|奋勇争先|坚定决心|提振信心|咬定目标|埋头苦干|主动作为|勇于担当)"
)
_STANCE_CLAUSE = LazyPattern(rf"(?:还|也)?要?{_STANCE}(?:、{_STANCE})+")
"""A clause that only asks for stances ("要坚定信心、锚定目标", "要统一思想、鼓足干劲"): no line of work."""
_LIST_CONNECTOR = LazyPattern(r"(?:其中|具体(?:来说|而言)?|一方面|同时)[,，:：]")
_PARALLEL_ITEM_MAX = 10
_PARALLEL_WORK = LazyPattern(r"[\u4e00-\u9fff“”]{4,10}")
"""An item of a parallel list: a short phrase of words, no figures ("大抓营商环境")."""
_PLAN_FRAME = LazyPattern(r"(?:目标|部署|精神|要求|战略|主线|思路|理念|决策)$")
"""A clause that frames a plan rather than naming a line of work ("紧紧围绕…的奋斗目标")."""
"""A sentence that opens with a duty ("要聚焦…", "各旗县区要压实…", "我们要坚持…"): a meeting's or a
speech's tasks, each an item of an enumeration when two or more open the sentences of a paragraph."""
_QUESTION = LazyPattern(r"^(?:(?:记者|问|主持人)[:：]|[【\[](?:记者|问|主持人)[】\]])")
"""An interviewer's question ("记者：今年在产业发展上有哪些打算？"): never a policy area itself; the
answer that follows it lays one out."""
_PLAN_OPENING = LazyPattern(
    r"^(?:(?:接下来|下一步|今后|今年|明年|未来|新的一年|下半年)[,，])?"
    r"(?:[^,，。；;“”]{0,12}?(?:将|要)|[^,，。；;“”]{0,6}?(?:们|省|市|县|区|旗|州|盟)把)"
)
"""A sentence whose first clause states an intent (今年我们将…, 我们要…, 今年我们把…作为…); 把 only
after its subject, never in a wish addressed to others ("希望各类人才把…")."""
_BARE_INTENT = LazyPattern(r"^(?:还|也)?(?:要|将)(?![素求点害])")
_CONNECTOR = LazyPattern(r"(?:另外|此外|同时|与此同时|其次|首先|再次|最后|第[一二三四五六七八九十])[,，、]?")
_GLUED_SUBHEADING = LazyPattern(
    r"(?P<heading>[^,，。；;：:、“”()（）\s]{6,24}?)"
    r"(?=在[^,，。“”]{2,10}方面[,，]|(?:上半年|下半年|今年以来|近年来|下一步)[,，]"
    r"|(?P<speaker>[\u4e00-\u9fff]{2,3})(?:表示|介绍|指出)[,，]"
    r"|[ \u3000]+[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|旗|盟|州|镇|乡|街道)(?:还|也|今年|下半年)?(?:将|要))"
)
"""A news item's sub-heading glued to its paragraph with no punctuation: a short phrase followed directly
by a new sentence's opening ("落地亿元以上项目46个卜世杰表示，…", "…惠及22768户居民在乡村振兴方面，…"), or
set off by a space before a place's plan ("聚焦民生改善 西山区将新建学校3所")."""
_SUBHEADING_FOLLOWER = LazyPattern(r"方面|上半年|下半年|今年以来|近年来|下一步|表示|介绍|指出|[ \u3000]")
"""What `_GLUED_SUBHEADING`'s look-ahead needs to find after the heading, each alternative a word of it."""
SUBHEADING_REACH = 40
"""How far from its start a glued sub-heading's follower can end: a heading of 24 characters, then
"在" and ten characters before "方面"."""
_TITLED_NAME = r"(?:长|书记|主任|委员|主席|部长|经理|董事长){name}"
_NOT_A_SUBHEADING = LazyPattern(r"(?:长|书记|主任|记者|委员|主席|代表|负责人|专家|经理|说|表示|介绍|指出)$")
"""A title or a speech verb before a speaker's name: the phrase is the sentence's own subject."""
_AREA_HEAD = LazyPattern(r"^(?!另?一方面)(?:(?:在)?[^,，。“”]{2,10}方面|关于[^,，。“”]{2,10})[,，]")
_TOPIC_HEAD = LazyPattern(r"^关于[^,，。“”]{2,10}[,，]")
_TOPIC = LazyPattern(r"^关于(?=[^,，。“”]{2,10}$)")
"""A spokesman's topic ("关于发展经济，…"): its title is the line of work without 关于."""
_ARTICLE_HEAD = LazyPattern(r"^持续做好“[^”]{1,8}”(?:发展)?“?[^”]{0,8}”?文章")
_INTERVIEW_LEAD = LazyPattern(r"(?:采访|专访|表示|介绍|说)")
_SUBJECT_WILL = LazyPattern(r"^[^,，。“”]{0,10}?(?:省|市|县|区|旗|盟|州|们)(?:还|也|正|仍|则)?(?:将|要)")
"""A subject and its "将/要" before a head ("托克托县将", "我们要"); never a 要 inside a word (要素)."""
_HEADING_MAX_CHARS = 48
_HEADING_DUTY_MAX_CHARS = 20
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
_REST_MIN_CHARS = 40
_LINE_BREAK_LOOKBACK = 8
_BYLINE = LazyPattern(
    r"\||\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^(?:主持人|记者|嘉宾|编辑|责任编辑|作者|来源|通讯员)"
    r"|^[(（][^()（）]{0,16}?(?:记者|通讯员|编辑|摄)"
)
"""A page's column, dateline or byline ("| 招商动态 |2017-01-13", "主持人 姜磊", "（某某日报记者某某）"):
never a title."""
_COMMITMENT = (
    r"[“\"]?(?:下一步|今后|未来|接下来)?(?:[也更还]?(?:标志着|意味着))?(?P<subject>(?:{subjects})"
    r"(?:[(（][^()（）]{{1,12}}[)）])?"
    r"(?:[\u4e00-\u9fff]{{0,12}}?(?:局|委员会|办公室|中心|政府|管委会|法院|检察院|公安|大队)"
    r"(?=(?:还|也|则|仍)?(?:将|要)))?)"
    r"(?:还|也|则|仍)?"
    r"(?:将|要|正|全力|着力|致力于|持续|多维度|以此为契机|重点|大力|加快|以|坚持|全面|深入|扎实|积极"
    r"|(?=(?:深化|推进|推动|实施|实行|打造|加强|强化|完善|优化|健全)[^了]{{4}})"
    r"|把(?=[^,，。；;]{{2,40}}作为[^,，。；;]{{0,20}}(?:任务|内容|抓手|重点|工程)))"
)
"""The region, or one of its bodies when a word of intent follows ("下一步，某区民政局将…",
"某省把深入实施…作为…的重要内容之一",
"某县法院将在今后工作中…"), opening a plan the news item reports; also the direction an event marks
("此次揭牌，也标志着某新区(某经开区)正充分发挥…优势，积极承接…项目")."""
_FRAMED_COMMITMENT = (
    r"(?P<subject>(?:{subjects}))(?:按照|根据|围绕|立足|紧扣)[^,，。；;]{{2,40}}?"
    r"(?:思路|要求|部署|目标|原则|定位|理念)[,，]"
    r"(?P<work>持续|全力|着力|大力|加快|深入|扎实|积极|全面|不断|坚持)"
)
"""The region opening a plan with the frame it follows ("某县按照“…”的工作思路，大力推进农村环境整治工作"):
the line of work follows the frame's clause."""
_WE_COMMIT = LazyPattern(
    r"(?:下一步|今后|未来|接下来|明年|新的一年)?(?P<subject>我们)(?:还|也|则|仍)?(?:将|要)"
    r"(?:继续|持续|全力|着力|大力|加快|坚定不移|深入|进一步|重点)?"
)
"""The narrator's own plans in a look-back or a leader's article ("同时，我们将持续壮大主导产业"): the
region's voice when the words are no quotation and no other speaker frames them."""
_INTENT = LazyPattern(r"^(?:还|也|则|仍)?(?:将|要|正|致力于)?")
_CLOSING_QUOTES = '”’」』" '
"""The close of a quotation that ended the sentence before ("…。”下一步，…"): no part of the next one."""
_NEXT_STEP_OPENING = LazyPattern(r"^(?:下一步|接下来|今后)[,，]")
_TIME_AHEAD = LazyPattern(r"(?:还|也|则|仍)?将(?:在)?(?:今后|下一步|下阶段)(?:的)?(?:工作中)?")
"""The time ahead inside a body's plan ("某县法院将在今后工作中继续加强…"): as explicit as a 下一步
before it."""
_NEXT_STEP_PLAN = LazyPattern(
    r"(?:下一步|接下来|今后|未来|后续|下阶段|(?:今年)?下半年)[,，]"
    r"(?P<subject>[^,，。；;“”]{0,22}?(?:还|也|仍)?将(?:继续|持续|进一步)?)"
)
"""The opening of a reported next step: its time word, a short subject or none, and 将."""
_NEXT_STEP_WORK = LazyPattern(
    _WORK_VERBS + r"|举办|策划|组织|启动|开通|完善|发挥|营造|组建|成立|设立|建立|开设|探索|制定|排查|整治"
    r"|改造|新建|扩建|修建|建造|投放|推广|铺设|加装"
)
_SPOKEN_PLAN = LazyPattern(
    r"(?:(?:下一步|接下来|今后|未来|后续|下阶段|(?:今年)?下半年)[,，]?)?"
    r"(?P<aim>(?:围绕|聚焦|立足|紧扣|锚定)[^,，。；;“”]{2,24}[,，])?"
    r"(?P<subject>[^,，。；;“”]{0,14}?(?:还|也|仍)?将(?![其该此\d]))"
    r"|(?:下一步|接下来|今后|未来|后续)[,，]?(?P<subject_will>[^,，。；;“”]{0,14}?(?<![委协学商工议])会(?![议谈见上中]))"
    r"|(?:下一步|接下来|今后|未来|后续)[,，]?(?P<subject_plans>[^,，。；;“”]{0,14}?(?:还|也|仍)?(?:计划|拟|准备))"
)
"""What follows a speaker's frame when it states a plan: a time word, a short subject or none, and 将
("表示，接下来将…", "表示，未来某高新区将…", "透露，今年下半年，街道将…"), or after a time word 会 or 计划
("表示，下一步某局会跟…联合起来", "透露，接下来计划发动…"); never 将 before its object ("将其…",
"将2.3万名…")."""
"""What a next step does: a line of work, or an event it holds ("将策划举办…活动")."""
_PLACE_SUBJECT = LazyPattern(
    r"(?P<place>[\u4e00-\u9fff]{2,10}?(?:高新区|经开区|开发区|新区|区|县|市|旗))(?:还|也|仍)?将"
)
"""A head whose subject is a place ("浑南区将…", "沈阳高新区将…"): that place's plan."""
"""A sentence that reports the next step ("下一步，某区民政局将做好…"): its intent is explicit, so any line
of work it names (做好, 实施, 开展) makes it a plan."""
_LINE_OF_WORK = LazyPattern(
    r"打造|建设|推进|推动|加快|促进|构建|培育|拓展|深化|提升|编制|传承|弘扬|深耕|发展|创建|承接|引进"
    r"|挖掘|开发|延伸|放大|完善|优化|强化|加强|实施|开展|建立|健全|落实|扩大|壮大|做强|做优|推出|改善|整治"
    r"|保护|修复|提高|增强"
)
_DONE = LazyPattern(r"了|已|曾|成为|获批|获评|累计|同比")
"""A clause that reports a result, not a plan: 了, 已, 成为, 获批 …"""
_GRIP_CLAUSE = LazyPattern(r"(?:[\u4e00-\u9fff]{2,4})?抓(?![紧住手早])好?[^,，。；;、“”\d]{2,12}")
"""A clause that names a line of work with 抓: "集中精力抓双招双引", "抓好项目建设" (never 抓紧, 抓住)."""
_QUOTATION = LazyPattern(r"“(?P<words>[^“”]{6,200})”")
_SPEAKER_AFTER = LazyPattern(r"(?P<speaker>[^。，,“”]{2,40}?)(?:说|表示|介绍|指出|强调)(?:[。，,]|$)")
_SPEAKER_BEFORE = LazyPattern(r"(?P<speaker>[^。，,“”]{2,40}?)(?:说|表示|介绍|指出|强调)[:：,，]?$")
_SPEAKER_MAX_CHARS = 60
_WE_WILL = LazyPattern(r"^我们(?:还|也|仍)?(?:将|要)")
_SPEAKER_TITLE = LazyPattern(
    r"(?:长|书记|主任|负责人|经理|董事长|总裁|专家|教授|代表|委员)[\u4e00-\u9fff]{2,4}(?:说|表示|介绍|指出|强调)"
)
"""A titled speaker: the title right before the name and the speech verb ("副主任黄丹华表示")."""
_LOCAL_TITLE = LazyPattern(
    r"(?:常务)?副?[市区县州旗盟](?:委|长|政府)|[市区县州旗盟][\u4e00-\u9fff]{1,10}?(?:局|委|办|厅)(?:常务)?副?(?:局长|主任|书记)"
)
_WISH = LazyPattern(r"(?:希望|期待|期望|欢迎)")
"""A host's wish addressed to others (visitors, a company, both sides: "希望双方…", "欢迎更多企业…"): a
courtesy, not the region's own line of work."""
_VISITING_PARTY = LazyPattern(r"考察团|代表团|访问团|考察组|客商|来宾|嘉宾|外宾|一行")
"""A party visiting the region ("昆山市考察团", "客商一行"): what it says it will do is its own plan."""
_QUOTED_PLAN_OPENING = LazyPattern(r"(?:(?:下一步|接下来|今后|未来)[,，]?)?我们(?:还|也)?(?:将|要)")
"""The opening of a quotation that states the speaker's body's plan ("“接下来，我们将…", "“我们要…")."""
_BARE_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,3}")
_REGION_TITLE = (
    r"(?:{subjects})[^,，。；;“”\s]{{0,12}}?(?:书记|县长|区长|市长|旗长|州长|盟长|局长|主任|主席|部长|负责人)"
)
"""A title that names the region ("青禾县长", "青禾县委书记", "青禾县商务局局长") before its holder's name."""
_REPORTING_FRAME = LazyPattern(
    r"(?P<speaker>[^,，。；;“”]{2,30}?)(?:说|表示|介绍|指出|强调|透露)[,，:：](?!“)"
)
_REPORTING_VERB = LazyPattern(r"(?:说|表示|介绍|指出|强调|透露)[,，:：]")
REPORTING_SPEAKER_CHARS = (2, 30)


def _reporting_frames(text: str, sentence: Span) -> Iterator[re.Match[str]]:
    """The speakers' frames of a sentence (`_REPORTING_FRAME.finditer`), found from their verbs."""
    return frames_from_verb(_REPORTING_FRAME, _REPORTING_VERB, text, sentence, REPORTING_SPEAKER_CHARS)


"""A speaker's frame in a sentence, before indirect speech (not a quotation): "某某表示，", "某某透露，"."""
_COLLECTIVE_PLEDGE = LazyPattern(r"(?:纷纷|一致|均|都)$|^(?:大家|大伙|与会人员|参会人员|参训人员|学员们)")
"""The attendees who pledge together at an event's end ("大家一致表示，将…", "护边员纷纷表示，将会…"): their
resolve, not the region's line of work."""
_RESULTS_OPENING = LazyPattern(
    r"(?:今年|去年)?(?:上半年|一季度|前三季度|[1-9一二三四五六七八九十]+月?[-—~至到][1-9一二三四五六七八九十]+月|前[1-9一二三四五六七八九十]+个?月)[,，]"
    r"|(?:今年|去年)?(?:上半年|一季度|前三季度)(?=全[省市县区旗州盟]|我[省市县区旗州盟])"
    r"|截[至止]|如今|眼下|走进|记者(?:了解到|获悉|从)"
)
"""A paragraph that opens with a period's results ("上半年，", "截至目前", "1-7月，", "1月至6月，"), a
scene of the reporter's ("走进…", "眼下") or the reporter's source: narrative, never a policy area."""
_INDICATOR = LazyPattern(r"(?:增长|下降|完成|达到|实现)[^,，。；;\d]{0,10}[\d.]+")
"""An indicator's figure as a result or a level ("增长6.2%", "完成25亿元", "完成固定资产投资35亿元")."""
_SINCE_FRAME = LazyPattern(r"(?:自|从)[^。；;！？]{2,40}?以来[,，]")
"""The event since which work was done ("自开展大排查行动以来，"): a review's frame. "今年以来，…：一是…"
is the plan year's work under way, its items still the year's lines of work."""
_TO_DATE_FRAME = LazyPattern(r"(?:今年|年初|上半年|入夏|入冬|去年)以来[,，]")
"""The year's work to date ("今年以来，"): a review's frame when the sentence gives figures."""
_REPORTED_FIGURES_MIN = 3
_PLAN_INTENT = LazyPattern(r"将|(?<![主首重需只])要(?![素求点])|力争|计划|争取|预计|下一步")
"""A word of intent of a plan; 确保 inside a review's item is the purpose of work done ("…，确保安全")."""
_INTENT_WORD = LazyPattern(r"将|(?<![主首重需只])要(?![素求点])|力争|确保|计划|争取|预计")
_WORK_OPENING = LazyPattern(
    r"(?:不断|持续|全面|着力|大力|深入)?(?:推动|推进|加强|加快|建设|打造|实施|深化|提升|促进|构建|培育|抓好|做好)"
)
"""A clause that opens with a line of work ("不断加强政府自身建设", "推动“六个工程”取得标志性成果")."""
_TWO_PART_HEAD = LazyPattern(r"[\u4e00-\u9fff“”+]{2,8}[,，][\u4e00-\u9fff“”+]{3,8}")
"""A news item's bold lead of a measure, a sentence of two short parts with no figures ("心愿点单，找准突破
点。", "差异服务，画好联动线。"): a head when two or more stand in one paragraph."""
_COUPLET_OPENING = LazyPattern(r"(?P<first>[\u4e00-\u9fff]{4,8}) (?=[\u4e00-\u9fff])")
"""The first half of a couplet heading glued to its body ("坚持党建引领 做实建强网格按照…"): the second
half has the first's length."""
_MEASURE_HEADS_MIN = 2
_PLANNED_WORK_MAX = 30
"""The longest line of work in a 、 list of a plan ("加强县乡村三级养老服务体系整体布局" is 18)."""
_DIGIT = LazyPattern(r"\d")
_SHAPED_HEAD = LazyPattern(r"[\u4e00-\u9fff“”]{2,14}[,，][\u4e00-\u9fff“”、,，]{3,16}")
_SHAPED_HEAD_MAX = 31
"""A sentence short enough to be a head, of two parts or more, with no figures: the members of a parallel
series are told apart by their shape (`parallel_shapes`)."""
_HAN = LazyPattern(r"[\u4e00-\u9fff]")
"""A Chinese character, each one mark of a sentence's shape."""
_PROGRAM_STEP = LazyPattern(r"(?:聆听|观看|参观|走进|走访|体验|重温|观摩|欣赏|追寻|打卡|倾听)")
_ORIGINAL_TITLE = LazyPattern(r"原标题[:：]$")
_PARALLEL_CLAUSE_MAX = 14
_PARALLEL_AFFIX = 2
_SUBJECT_INTENT = LazyPattern(r"[^,，。；;“”]{0,22}?(?:还|也|仍)?(?:将|要)(?![素求点害])")
"""A plan's subject and its word of intent before the line of work ("某县将", "该局要")."""
_LEAD_FRAME = LazyPattern(
    r"(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚)?|今年以来|近期|近日|日前|连日来|据了解|据悉|据介绍"
    r"|记者[^,，。；;“”]{0,40}?(?:获悉|了解到|得知))[,，]"
    r"|[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[(（][^()（）。]{0,16}[)）])?"
)
"""A clause that only says when or from whom a news item's lead reports ("8月10日，", "今年以来，", "记者从
某局获悉，", an agency's dateline "新华社某地8月13日电（记者某某）"): the head of the lead follows it. Never
近年来, whose clause looks back on past years' work ("近年来，某县聚焦…，一批项目相继落地")."""
_LAUNCH = LazyPattern(
    r"[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|镇|乡|街道|局|委|办|厅|政府|管委会)"
    r"(?:在[^,，。；;“”]{2,20}?(?=\d{1,2}日|同时|全面|正式))?(?:\d{1,2}日)?(?:同时|全面|正式|率先|首次)*"
    r"(?:开通|上线|启动|启用)(?![了的])"
)
"""A news item's lead that announces a programme a government body launches ("8月9日，某区开通“企业服务
直通车”", "近日，某市启动…行动", "某市在某旗、某旗12日同时全面启动…"): the programme is the item's
priority. Never a document it issues (印发, 出台): the document's aims are the priorities, not its issuing."""
_MANY_MEASURES = LazyPattern(r"[^,，。；;“”]{2,12}?多措并举[,，]")
"""A body that takes measures on several fronts ("为加强…，某局多措并举，加快推进…"): the line of work that
follows is the head, without the purpose and the body."""
_PURPOSE = LazyPattern(r"为(?:了)?[^,，。；;“”]{2,20}[,，]")
_PURPOSE_BEFORE = LazyPattern(r"(?<![\u4e00-\u9fff])为(?:了)?[^,，。；;:：]{2,22}[,，]$")
_PURPOSE_LOOK_BACK = 24
"""A purpose clause right before a commitment's subject ("为持续深入推进“一网统管”建设，某镇…"): it names
the line of work too, so it is part of the quote."""
_PURPOSE_CLAUSE = LazyPattern(r"为(?:了)?[^,，。；;“”]{2,20}")
"""A purpose clause that opens a head ("为推动重点项目早落地，某市成立…专班"): never its title."""
"""A purpose clause before a head ("为确保今年的供暖质量，某县深入实施…"): part of the head's quote."""
_VISIT = LazyPattern(
    r"(?:赴|到|深入|走进)(?P<unit>[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))(?:开展|进行)?[^,，。；;]{0,6}?(?:调研|检查|视察|座谈)"
)
_TOWN_SUBJECT = LazyPattern(r"(?P<town>[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))(?:还|也|仍)?将")
"""A head whose subject is a town the text names under the section's region ("某高新区河山镇…。河山镇将
继续…"): the town's plan (guidelines §1: the lowest unit named)."""
_BARE_TOWN_SUBJECT = LazyPattern(r"(?:该|本|我)?(?P<level>街道|镇|乡)(?:还|也|仍)?将")
_TOWN_NAMED = LazyPattern(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[和与及]))(?P<unit>[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))"
)
"""A town or subdistrict named at the start of a clause or after a conjunction ("日前，玉桥街道完成了…",
"安定街道和和平街道"), where its name begins."""
_RAISES_REQUIREMENTS = LazyPattern(r"(?:提出|作出|提了)[^,，。；;]{0,6}?(?:要求|希望|意见)$")
"""A visit to a unit below the region that ends by raising requirements: the items that follow are the
visited unit's work, not the visitor's region's."""
_VOICE_CHARS = 2
"""The length of a higher level's voice that opens a clause as its subject (全市, 全省)."""
_OPENING_CLAUSE = LazyPattern(r"^([^,，。；;：:“”]{2,6})[,，]")
_PARALLEL_MIN = 3
_LONG_SPEAKER_FRAME = LazyPattern(r"^[^,，。“”]{1,30}?(?:说|表示|介绍|指出|强调)[,，:：]")
"""A speaker's frame with the occasion in it ("白松涛当日在…新闻发布会上介绍，")."""
_PUBLIC_NOTICE = LazyPattern(
    r"[^,，。；;]{0,20}?(?:受益人|申请人|市民|居民|旅客|游客|车主|驾驶员|考生|家长|纳税人|参保人|群众)"
    r"[^,，。；;]{0,4}?(?:须|需要|需|应当|应|必须|可以|可)"
)
"""A notice that tells the public what it must or may do ("居住在某地以外的敬老金受益人须办理在生证明"): the
office's announcement, not a line of its work."""
_TITLE_LABEL = LazyPattern(r"(?:原标题|原题|标题)[:：]")
_TITLE_LABEL_CHARS = 4
"""How far before a clause a title's label ("原标题：") stands when the clause is the page's title."""
_IS_A_FACT = LazyPattern(r"(?<![但就还])是(?!否)")
"""A clause that says what something is ("玉林是广西的重要工业基地", "…将是新的经济增长极")."""


def find_priorities(
    text: str, index: TextIndex, start: int, end: int, region: str | None, aliases: tuple[str, ...] = ()
) -> list[Priority]:
    """The policy areas a section lays out: its paragraph heads, or failing those its sentence heads and
    the plans its region commits to (`aliases`: the other names of the section's region)."""
    paragraphs = _content_paragraphs(text, index, start, end)
    title = _article_title(text, index, start, end)
    if title is not None:
        paragraphs = [paragraph for paragraph in paragraphs if paragraph != title]
    heads = [
        span for span in (head_of(text, index, paragraph) for paragraph in paragraphs) if span is not None
    ]
    heads += _uncovered(index, listed_paragraphs(text, index, index.paragraphs(start, end)), heads)
    titles: dict[Span, str] = {}
    for paragraph in paragraphs:
        titles.update(glued_subheadings(text, index, paragraph))
    structured = _structured_heads(text, index, paragraphs)
    heads += _answer_heads(text, index, start, end, heads + structured)
    if heads and structured:  # a duty inside a headed section is a sub-area of its head
        structured = [head for head in structured if not _DUTY.match(head.text(text))]
        covered = {index.full_sentence(head.start).start for head in heads}
        heads += [head for head in structured if index.full_sentence(head.start).start not in covered]
    if not heads:
        heads = _unstructured_heads(text, index, paragraphs, _subjects(region, aliases), titles)
        opening_duties = [duty for p in paragraphs if (duty := _opening_duty(text, index, p)) is not None]
        if len(opening_duties) >= 2:  # paragraphs that open in parallel with a duty ("要坚持…")
            heads += _uncovered(index, opening_duties, heads)
    reported = [duty for paragraph in paragraphs for duty in reported_duties(text, index, paragraph)]
    reported = [
        duty for duty in reported if not (_in_central_words(text, index, duty) or _stance_only(text, duty))
    ]
    if reported:  # a leader's duties in the narration head their items ("他强调，要…")
        heads = without_details(text, index, heads, reported) + reported
    others: dict[Span, tuple[str, str]] = {}
    for paragraph in paragraphs:  # another region's official answers in the same paragraph
        others.update(other_regions_plans(text, index, paragraph, _subjects(region, aliases)))
    heads += _uncovered(index, list(others), heads)
    heads = _with_heading_series(text, index, paragraphs, heads)
    titles.update({head: title_of(work) for head, (_, work) in others.items()})
    heads = _outermost(_one_per_start(_outside_meeting_procedure(text, index, paragraphs, heads)))
    named = [_past_all_work(text, index, head) for head in heads]
    heads = _one_per_start(
        [item for head in named if head is not None for item in _counted_areas(text, head)]
    )
    heads = [head for head in heads if not (_results_listed(text, index, head) or _stance_only(text, head))]
    contexts = _item_contexts(text, index, heads)
    return [
        _priority(
            text,
            index,
            head,
            others[head][0] if head in others else (_quoted_unit(text, index, head, region) or region),
            titles.get(head),
            context,
        )
        for head, context in zip(heads, contexts, strict=True)
    ]


def _quoted_unit(text: str, index: TextIndex, head: Span, region: str | None) -> str | None:
    """The county under the section's city whose official a quoted plan is ("“我们将执行…政策。”某市某旗
    副旗长某某说"): the plan is that unit's (§1), not the city's."""
    paragraph = index.paragraph(head.start)
    if region is None or not _in_quotation(text, paragraph.start, head.start):
        return None
    close = text.find("”", head.end, paragraph.end)
    speaker = _SPEAKER_AFTER.match(text, close + 1, paragraph.end) if close >= 0 else None
    if speaker is None:
        return None
    places = gazetteer()
    named = [m.surface for m in places.mentions(speaker.group("speaker")) if places.named(m.surface)]
    unit = places.resolve(named[-1]) if named else None
    parent = places.parent(unit) if unit is not None else None
    return unit.name if unit is not None and parent is not None and parent.name == region else None


_RESULTS_LEAD = LazyPattern(r"取得[^,，。；;:：]{0,8}?(?:进展|成效|成绩|成果|进步)[:：]")
"""A review's lead before the list of what was done ("近年来，…工作取得积极进展：在宣传工作方面，着力在…"):
its items are the results it reports, never a policy area to come."""
_UNDERSTANDING = LazyPattern(r"^[^,，。]{0,16}?(?:充分|深刻|清醒)认识(?:到)?[^,，。]{2,60}?是")
"""A call to understand why a work matters ("要充分认识做好…工作是…的客观需要"): a stance, no line of work."""
_STUDY_SPEECH = LazyPattern(
    r"^[^,，。]{0,16}?(?:学习|领会|传达)[^,，。]{0,60}?(?:重要讲话|重要指示|会议)精神$"
)
"""A first clause that only asks to study and carry out a leader's speech or a meeting ("全省各级党委政府要
深刻学习领会、认真贯彻落实…考察时的重要讲话精神"): how the region receives it, not a policy area."""


def _results_listed(text: str, index: TextIndex, head: Span) -> bool:
    sentence = index.full_sentence(head.start)
    return _RESULTS_LEAD.search(text, sentence.start, head.start) is not None


_DESIGN_FEATURE = LazyPattern(
    r"^[^,，。]{0,12}?(?:学校|校园|医院|场馆|项目|工程|大楼|建筑|楼|馆|站)[^,，。]{0,8}?(?:将|拟)"
    r"(?:采用|设置|配备|配置|设有)"
)
"""What a building or a project is to be fitted with ("新校区供暖将采用空气源热泵，…"): its design, not a
policy area of the region."""


_OTHERS_SUGGESTIONS = LazyPattern(r"^[^,，。]{0,30}?(?:提出|反映|提)的(?:意见|建议)")
"""A first clause about taking up what others suggested ("区委、区政府将认真梳理大家提出的意见建议"): the
answer to a consultation, no policy area."""


def _stance_only(text: str, head: Span) -> bool:
    first = CLAUSE_OR_SENTENCE_END.split(text[head.start : head.end], maxsplit=1)[0]
    return any(
        pattern.match(first)
        for pattern in (_UNDERSTANDING, _STUDY_SPEECH, _DESIGN_FEATURE, _OTHERS_SUGGESTIONS)
    )


_DOCTRINE_FIRST = LazyPattern(
    r"(?:还|也)?要?(?:深入|认真|全面)?(?:学习|贯彻|领会)[^,，。；;]{2,40}(?:精神|思想)"
)
"""A first clause that only asks to study a doctrine or a spirit ("要深入学习贯彻…思想，扎实开展主题教育"):
the line of work is the next clause."""
_MEANS_FIRST = LazyPattern(r"(?:还|也)?要?以[^,，。；;]{2,30}为(?:牵引|抓手|引领|统领|载体|突破口|支撑)")
"""A first clause that names the means ("要以某某重大项目建设为牵引，把发展…作为主攻方向"): the line of work
is the next clause."""


def _past_all_work(text: str, index: TextIndex, head: Span) -> Span | None:
    """A head whose first clause only points at all the work, asks for stances, asks to study a doctrine
    or names the means ("要积极对接市有关部门抓紧落实好各项重点工作，加快推动某口岸重建等重点项目",
    "谋深抓实下半年经济社会发展各项工作", "要坚定信心、锚定目标，开辟新赛道"): the line of work is the next
    clause of its sentence; a head with no next clause names none."""
    first = index.clause(head.start)
    words = first.text(text)
    if not (
        _ALL_WORK.search(words)
        or _STANCE_CLAUSE.fullmatch(words)
        or _DOCTRINE_FIRST.fullmatch(words)
        or _MEANS_FIRST.fullmatch(words)
    ):
        return head
    sentence = index.sentence(head.start)
    after = first.end + 1
    if after >= sentence.end or not _has_chinese(text[after : sentence.end]):
        return None
    return Span(after, max(head.end, index.clause(after).end))


def _counted_areas(text: str, head: Span) -> list[Span]:
    """The areas a head lists in one clause and counts ("在推进规范提升、组织重大事故隐患整治、…、应急防汛
    五个方面下真功夫", "从政策供给、平台建设、人才引育三个方面发力"), or the measures it lists ("通过开展
    村庄清洁行动、推进农村厕所改造、…等举措"): each is an item; any other head is its own only item."""
    match = _COUNTED_AREAS.search(text, head.start, head.end)
    if match is not None:
        items = match.group("items").split("、")
        if len(items) == chinese_number(match.group("count")) and min(len(item) for item in items) >= 2:
            return _item_spans(match, items)
    return measure_lists(text, head) or [head]


def measure_lists(text: str, span: Span) -> list[Span]:
    """The measures a sentence lists as the means of its work ("某县通过开展村庄清洁行动、推进农村厕所改造、
    建设污水处理设施等举措，持续改善…"): each measure is an item when every one opens with a line of work."""
    found: list[Span] = []
    for match in _MEASURE_LIST.finditer(text, span.start, span.end):
        items = match.group("items").split("、")
        if all(_SERIES_ITEM.match(item) for item in items):
            found += _item_spans(match, items)
    return found


def counted_parts(text: str, span: Span) -> list[Span]:
    """The parts a plan lists and counts as its own ("…等四大方面", "…等五大行动"), as many as the count says;
    the first part starts after the word that leads the list ("包括", "实施", "从")."""
    found: list[Span] = []
    for match in _COUNTED_PARTS.finditer(text, span.start, span.end):
        items = match.group("items").split("、")
        lead = _PARTS_LEAD_IN_FIRST.search(items[0])
        if lead is None or len(items) != chinese_number(match.group("count")):
            continue
        first_start = match.start("items") + lead.end()
        found += [Span(first_start, match.start("items") + len(items[0])), *_item_spans(match, items)[1:]]
    return found


def _item_spans(match: re.Match[str], items: list[str]) -> list[Span]:
    """The span of each of the items that the match's group "items" lists between 、."""
    found = []
    start = match.start("items")
    for item in items:
        found.append(Span(start, start + len(item)))
        start += len(item) + 1
    return found


def _has_chinese(words: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in words)


def _outside_meeting_procedure(
    text: str, index: TextIndex, paragraphs: list[Span], heads: list[Span]
) -> list[Span]:
    """The heads outside a deployment for holding a meeting ("会议就高质量开好…专题民主生活会作出部署，强调
    要精心组织安排，严格规范程序。要深入开展谈心谈话…"): from that sentence to its paragraph's end, the
    duties are the meeting's own procedure, not policy areas."""
    procedures = [
        Span(index.full_sentence(match.start()).start, paragraph.end)
        for paragraph in paragraphs
        for match in _MEETING_DEPLOYMENT.finditer(text, paragraph.start, paragraph.end)
    ]
    return [head for head in heads if not any(p.start <= head.start < p.end for p in procedures)]


def _item_contexts(text: str, index: TextIndex, heads: list[Span]) -> list[str]:
    """The item of each head: in a paragraph of several heads ("一是要坚定信心…。二是要…"), from the head
    to the next one; else the rest of the head's sentence ("要持续优化服务，全力打造一流营商环境")."""
    contexts = []
    starts = sorted(head.start for head in heads)
    for position, head in enumerate(heads):
        paragraph = index.paragraph(head.start)
        shared = bisect.bisect_left(starts, paragraph.end) - bisect.bisect_left(starts, paragraph.start) > 1
        following = heads[position + 1].start if position + 1 < len(heads) else paragraph.end
        end = min(max(following, head.end), paragraph.end) if shared else index.full_sentence(head.start).end
        contexts.append(text[head.start : max(end, head.end)])
    return contexts


def listed_paragraphs(text: str, index: TextIndex, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs that follow a list's lead-in ("全力做好以下几个方面的工作：") with no ordinal of
    their own, up to the next question, speaker's label or heading: each one's first sentence."""
    found: list[Span] = []
    in_list = False
    for paragraph in paragraphs:
        content = paragraph.text(text)
        numbered = content.startswith(NUMBERED_HEAD_PREFIXES + ORDINAL_IS)  # "（一）…": its own heads
        if in_list and (
            _QUESTION.match(content) or _SPEAKER_FRAME.match(content) or _is_heading_only(content) or numbered
        ):
            in_list = False
        elif in_list:
            found.append(Span(paragraph.start, index.sentence(paragraph.start).end))
        in_list = in_list or _LIST_LEAD.search(text, paragraph.start, paragraph.end + 1) is not None
    return found if len(found) >= 2 else []


def _article_title(text: str, index: TextIndex, start: int, end: int) -> Span | None:
    """A heading line that opens the text (in the section from `start` to `end`) and is the text's only
    one: the article's title, not a structure of headings (a news item's "某市加快打造中国薯都")."""
    first = index.paragraph(0)
    if not start <= first.start < end or not _is_heading_only(first.text(text)):
        return None
    later = index.paragraphs(first.end, len(text))
    if any(_is_heading_only(paragraph.text(text)) for paragraph in later):
        return None
    return first


def _outermost(heads: list[Span]) -> list[Span]:
    """The heads that no other head contains: a clause inside a topic's head ("关于发展经济，某县将…，
    全力抓招商引资，抓实体经济") is a detail of that topic, not a priority of its own."""
    farthest_before: dict[int, int] = {}  # by start: the farthest end of the heads that start before it
    farthest = -1
    for start, group in itertools.groupby(sorted(heads, key=lambda head: head.start), key=lambda h: h.start):
        farthest_before[start] = farthest
        farthest = max(farthest, *(head.end for head in group))
    return [head for head in heads if farthest_before[head.start] < head.end]


def _one_per_start(heads: list[Span]) -> list[Span]:
    """The heads in text order, one per start (two rules that find the same head: the longer span)."""
    longest: dict[int, Span] = {}
    for head in heads:
        if head.start not in longest or head.end > longest[head.start].end:
            longest[head.start] = head
    return [longest[start] for start in sorted(longest)]


def _answer_heads(text: str, index: TextIndex, start: int, end: int, heads: list[Span]) -> list[Span]:
    """An interview in questions and answers: each answer with no head of its own is headed by its first
    sentence that states a plan (the answers are the top level of the text's own structure)."""
    paragraphs = index.paragraphs(start, end)
    found = []
    for question, answer in itertools.pairwise(paragraphs):
        if not _QUESTION.match(question.text(text)) or _QUESTION.match(answer.text(text)):
            continue
        if any(answer.start <= head.start < answer.end for head in heads):
            continue
        plan = _first_plan(text, index, answer)
        if plan is not None:
            found.append(plan)
    return found


def _first_plan(text: str, index: TextIndex, paragraph: Span) -> Span | None:
    """The first sentence of a paragraph (after the speaker's label) that states an intent and names a
    line of work, never a result or a statement of what something is."""
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = _head_start(text, sentence)
        words = text[head_start : sentence.end]
        if _states_plan(words) and not _NOT_A_HEAD.search(words):
            return Span(head_start, index.sentence(head_start).end)
        offset = max(sentence.end + 1, offset + 1)
    return None


def _states_plan(words: str) -> bool:
    """Words whose first clause states an intent (将, 要, 把) and that name a line of work; never a
    result or a statement of what something is."""
    first_clause = CLAUSE_OR_SENTENCE_END.split(words, maxsplit=1)[0]
    is_plan = _PLAN_OPENING.match(words) is not None and _PLAN_WORK.search(words) is not None
    is_doctrine = _STUDY.match(_without_subject(words)) is not None
    return (
        is_plan and not is_doctrine and not _DONE.search(first_clause) and not _IS_A_FACT.search(first_clause)
    )


def _unstructured_heads(
    text: str, index: TextIndex, paragraphs: list[Span], subjects: list[str], titles: dict[Span, str]
) -> list[Span]:
    """Heads of a section with no paragraph heads (a news item, an interview in running text): its
    sentence heads; failing an enumeration, the region's commitments and its officials' quoted plans;
    the bodies' first sentences; and failing all of those, the first plan its own official reports."""
    heads = [head for paragraph in paragraphs for head in sentence_heads(text, index, paragraph)]
    titles.update({head: head.text(text) for head in heads if _is_two_part_lead(text, head)})
    heads += _uncovered(
        index, [head for p in paragraphs for head in document_measures(text, index, p)], heads
    )
    if not any(_is_marked(text, head) for head in heads):  # an enumeration is the top level
        commitments = _commitments(text, index, paragraphs, subjects, heads)
        titles.update(commitments)
        heads += list(commitments)
        quoted = [head for p in paragraphs for head in quoted_commitments(text, index, p, subjects)]
        heads += _uncovered(index, quoted, heads)
    next_steps = _uncovered(
        index, [head for p in paragraphs for head in next_step_plans(text, index, p)], heads
    )
    heads += next_steps
    titles.update({head: _predicate_title(head.text(text)) for head in next_steps if head not in titles})
    spoken = [head for p in paragraphs for head in spoken_plans(text, index, p, subjects)]
    heads += _uncovered(index, spoken, heads)
    if len(paragraphs) >= 3:
        parallel = _parallel_openings(text, paragraphs)
        bodies = [p for p in paragraphs if _is_body(text, p) and not _leads_into_items(text, index, p, heads)]
        firsts = [
            _without_frame(text, index.first_sentence(p))
            for p in bodies
            if _may_head(text, p, parallel, subjects) and not _leads_a_list(text, index, p, heads)
        ]
        heads += _uncovered(index, firsts, heads)
        in_parallel = [head for head in firsts if _opens_in(text, head, parallel)]
        titles.update({head: _work_title(head.text(text)) for head in in_parallel})
    reported = [reported_plans(text, index, paragraph, subjects) for paragraph in paragraphs]
    in_turn = [plans[0] for plans in reported if plans]
    answers: dict[Span, str] = {}
    for paragraph in paragraphs:  # officials who answer in turn in running text (a hotline)
        answers.update(answer_plans(text, index, paragraph, subjects))
    titles.update({head: title_of(work) for head, work in answers.items()})
    in_turn = sorted(in_turn + _uncovered(index, list(answers), in_turn), key=lambda span: span.start)
    if len(in_turn) >= 2:  # officials who speak in turn (a press conference): each one's plan
        heads += _uncovered(index, in_turn, heads)
    elif not heads:
        heads += in_turn[:1]
    return _with_next_step_parts(text, index, heads, titles)


def document_measures(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The measures a news item reports from a document sentence by sentence after its frame ("意见提出，
    将…纳入高校入学教育，并…。深化人才供给侧结构性改革，把…。健全完善就业指导体系，制定…"): the first
    clause of each sentence that opens with a line of work and goes on with its details; three or more
    make the list. A sentence of one clause ("推进…建设。") is a detail of the measure before it."""
    frame = _DOCUMENT_FRAME.search(text, paragraph.start, paragraph.end)
    if frame is None:
        return []
    found = []
    for sentence in index.sentences_in(Span(frame.end(), paragraph.end)):
        start = max(sentence.start, frame.end())  # "意见提出，将…": the frame's own sentence
        again = _DOCUMENT_FRAME.match(text, start, sentence.end)
        start = again.end() if again is not None else start
        opening = _MEASURE_OPENING.match(text, start, sentence.end)
        if opening is not None and not _DONE.search(opening.group(0)):
            found.append(Span(start, opening.end() - 1))
    return found if len(found) >= _DOCUMENT_MEASURES_MIN else []


def _with_next_step_parts(
    text: str, index: TextIndex, heads: list[Span], titles: dict[Span, str]
) -> list[Span]:
    """The heads with each next step split into its parts (see `_next_step_parts`); the first part keeps
    the head's title."""
    found: list[Span] = []
    for head in heads:
        sentence = index.full_sentence(head.start)
        if not _NEXT_STEP_PLAN.match(text, sentence.start, sentence.end):
            found.append(head)
            continue
        parts = _next_step_parts(text, index, head)
        if head in titles and parts[0] != head:
            titles[parts[0]] = titles[head]
        found += parts
    return found


def _predicate_title(quote: str) -> str:
    """The title of a plan whose subject is a long body or project name ("某乡新时代文明实践所还将持续探索…
    模式"): its line of work, without the subject and its 将."""
    intent = _SUBJECT_INTENT.match(quote)
    return title_of(quote[intent.end() :] if intent and intent.end() < len(quote) else quote)


def _leads_into_items(text: str, index: TextIndex, paragraph: Span, heads: list[Span]) -> bool:
    """A paragraph whose later sentences hold two or more heads ("冯永刚要求：各部门要认真研判…。要全力
    以赴抓招商…；要加快…"): its first sentence is the lead-in of those items, unless it states a duty
    with a line of work of its own."""
    first = index.first_sentence(paragraph)
    inside = [head for head in heads if first.end <= head.start < paragraph.end]
    if len(inside) < 2 or any(first.start <= head.start < first.end for head in heads):
        return False
    return _DUTY.search(text, first.start, first.end) is None  # "新的一年，各乡镇要坚持…" is a task


def _leads_a_list(text: str, index: TextIndex, paragraph: Span, heads: list[Span]) -> bool:
    """A paragraph whose enumeration ("一方面…另一方面…", "一是…") begins after its first sentence: that
    sentence is the list's lead-in ("今年某区将全面落实…战略。一方面，…"), not a policy area of its own."""
    after_first = index.full_sentence(paragraph.start).end
    return any(after_first <= head.start < paragraph.end and _opens_a_list(text, head) for head in heads)


def _opens_a_list(text: str, head: Span) -> bool:
    """A head the text marks as an item of a list (an ordinal, a topic, a series), not a duty that may
    follow a first duty in the paragraph's first sentence ("各乡镇要坚持…。要锚定…。")."""
    opening = head.text(text)
    return _is_marked(text, head) and not _DUTY.match(opening) and not _GRIP_CLAUSE.fullmatch(opening)


def _without_frame(text: str, sentence: Span) -> Span:
    """A sentence from its head on, after the speaker's frame or label ("周平说，", "答：")."""
    return Span(_head_start(text, sentence), sentence.end)


def _opens_in(text: str, head: Span, parallel: set[str]) -> bool:
    opening = _OPENING_CLAUSE.match(head.text(text))
    return opening is not None and opening.group(1) in parallel


def _work_title(quote: str) -> str:
    """The title of a head that opens in parallel ("一年来，我们牢记嘱托，推动…取得新成效"): its first
    clause that opens with a line of work, else the usual title."""
    title = title_of(quote)
    if title.startswith(HEAD_OPENERS) or _WORK_OPENING.match(title):
        return title
    clauses = [clause for clause in CLAUSE_OR_SENTENCE_END.split(quote) if clause]
    work = next((clause for clause in clauses[1:] if _WORK_OPENING.match(clause)), None)
    return title_of(work) if work else title


def _uncovered(index: TextIndex, found: list[Span], heads: list[Span]) -> list[Span]:
    """The heads found in sentences that none of `heads` is in."""
    covered = {index.full_sentence(head.start).start for head in heads}
    return [head for head in found if index.full_sentence(head.start).start not in covered]


def reported_plans(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> list[Span]:
    """What the region's own official reports in indirect speech, when it lays out work
    ("某区委书记某某表示，某区加快开辟新赛道，打造…"): the statement after the speaker's frame."""
    found = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        for frame in _reporting_frames(text, sentence):
            speaker = frame.group("speaker")
            is_own = _is_own_speaker(speaker, subjects, text)
            statement = Span(frame.end(), sentence.end)
            if _WISH.match(statement.text(text)):  # "希望双方以此次考察为契机，深化交流合作"
                continue
            if is_own and (_lays_out_work(statement.text(text)) or _states_plan(statement.text(text))):
                found.append(statement)
                break
        offset = max(sentence.end + 1, offset + 1)
    return found


def _priority(
    text: str, index: TextIndex, head: Span, region: str | None, title: str | None, context: str
) -> Priority:
    quote = head.text(text)
    title = title or title_of(quote)
    return Priority(
        region=_priority_region(text, index, head, region),
        category=categorize(f"{title}\n{quote}", index.paragraph(head.start).text(text), context),
        title=title,
        quote=quote,
        span=(head.start, head.end),
    )


def _priority_region(text: str, index: TextIndex, head: Span, region: str | None) -> str | None:
    """The section's region, or the city when a clause of the head's sentence, up to the head, has the
    whole city as its subject ("全市各级各部门要…，集中精力抓…" in a county's section), as targets (§1)."""
    place = _PLACE_SUBJECT.match(text, head.start, head.end)
    if place is not None and _is_place(place.group("place")):
        return place.group("place")
    if region is None:
        return None
    town = _TOWN_SUBJECT.match(text, head.start, head.end)
    if town is not None and region + town.group("town") in text:  # "某高新区河山镇" … "河山镇将继续…"
        return town.group("town")
    visited = _visited_unit(text, index, head) or _own_town(text, head)
    if visited is not None:
        return visited
    parent = _parent_place(region)
    if parent is not None and text.startswith(parent.surfaces, head.start):
        return parent.name
    offset = index.full_sentence(head.start).start
    while offset <= head.start:
        clause = index.clause(offset)
        subject = text[clause.start : clause.start + _VOICE_CHARS]
        higher = quoted_higher_level(region, subject)
        if higher is not None:
            return higher
        offset = max(clause.end + 1, offset + 1)
    return region


def _own_town(text: str, head: Span) -> str | None:
    """The one subdistrict or town a head speaks for by its bare level word ("街道将持续深化…", "该镇将…")
    when the text names exactly one unit of that level ("玉桥街道"): that unit's plan, not its district's."""
    bare = _BARE_TOWN_SUBJECT.match(text, head.start, head.end)
    if bare is None:
        return None
    level = bare.group("level")
    named = {
        match.group("unit") for match in _TOWN_NAMED.finditer(text) if match.group("unit").endswith(level)
    }
    named = {name for name in named if not any(other != name and other.endswith(name) for other in named)}
    return named.pop() if len(named) == 1 else None


def _visited_unit(text: str, index: TextIndex, head: Span) -> str | None:
    """The town or subdistrict a leader visits when the sentence before the head raises requirements
    there ("副区长赴某某街道开展座谈调研，…，并提出三点工作要求。一是要…"): the items are that unit's work."""
    sentence = index.full_sentence(head.start)
    if sentence.start <= index.paragraph(head.start).start:
        return None
    before = index.full_sentence(sentence.start - 1).text(text).rstrip("。！!：:")
    visit = _VISIT.search(before)
    return visit.group("unit") if visit is not None and _RAISES_REQUIREMENTS.search(before) else None


def _content_paragraphs(text: str, index: TextIndex, start: int, end: int) -> list[Span]:
    """The section's paragraphs without its lead quote and without interview title lines."""
    paragraphs = index.paragraphs(start, end)
    kept = []
    for position, paragraph in enumerate(paragraphs):
        following = paragraphs[position + 1].text(text) if position + 1 < len(paragraphs) else ""
        is_title = _is_heading_only(paragraph.text(text)) and following.startswith("——")
        if (
            not is_title
            and not _QUESTION.match(paragraph.text(text))
            and "——访" not in paragraph.text(text)
            and (not _is_lead_or_heading_line(text, paragraph) or _opens_with_quoted_plan(text, paragraph))
        ):
            kept.append(paragraph)
        elif (rest := _after_lead_quote(text, paragraph)) is not None:
            kept.append(rest)
    return kept


def _opens_with_quoted_plan(text: str, paragraph: Span) -> bool:
    """A news paragraph that opens by quoting the plan of the speaker's own body ("“接下来，我们将在招商
    引资上再发力，…。”王某说，…"): the quotation states the plans, it is no catchword of an interview."""
    content = paragraph.text(text)
    return content.startswith("“") and _QUOTED_PLAN_OPENING.match(content, 1) is not None


def _after_lead_quote(text: str, paragraph: Span) -> Span | None:
    """What a paragraph says after its opening quote and the speaker's frame ("“…。”某区长介绍，今年某区
    将…。一方面，…"): the official goes on to lay out the plans in indirect speech."""
    content = paragraph.text(text)
    if not content.startswith(("“", '"')) or not _INTERVIEW_LEAD.search(content):
        return None
    close = text.find("”", paragraph.start, paragraph.end)
    rest = Span(close + 1, paragraph.end)
    frame = _LONG_SPEAKER_FRAME.match(rest.text(text))
    quoted_again = rest.text(text)[frame.end() if frame else 0 :].startswith(("“", '"'))
    return rest if close >= 0 and len(rest.text(text)) >= _REST_MIN_CHARS and not quoted_again else None


def _structured_heads(text: str, index: TextIndex, paragraphs: list[Span]) -> list[Span]:
    """Enumeration items and glued sub-headings: heads the text marks itself, read in any paragraph."""
    found = []
    for paragraph in paragraphs:
        found += [head for head in sentence_heads(text, index, paragraph) if _is_marked(text, head)]
        found += marked_structures(text, index, paragraph)
    return sorted(set(found), key=lambda span: span.start)


@kept_per_span
def marked_structures(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The items of structures a news item marks by their shape: a body's roles, a campaign's short
    headings, clauses that open with the same verb of work, the measures of a "通过…等举措" list, the
    plans that sub-headings set off by a space title ("聚焦民生改善 西山区将…")."""
    spaced = [span for span in glued_subheadings(text, index, paragraph) if text[span.start - 1] in " \u3000"]
    return (
        spaced
        + role_series(text, index, paragraph)
        + campaign_headings(text, index, paragraph)
        + parallel_verbs(text, index, paragraph)
        + measure_lists(text, paragraph)
        + counted_parts(text, paragraph)
        + semicolon_works(text, index, paragraph)
    )


def semicolon_works(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The parts of the sentence that opens a paragraph when it lists lines of work, one a part, each
    opening with its verb ("推进“书香某市”建设，实施城市书房建设；推进博物馆“百馆工程”建设，到12月底前…达到
    100家。", a news item's lead): two or more parts, none a result; each part is a head. Inside a
    paragraph such a series details the head before it."""
    sentence = index.full_sentence(paragraph.start)
    parts = index.sentences_in(sentence)
    if len(parts) < _MEASURE_HEADS_MIN or is_question(text, sentence):
        return []
    return parts if all(_opens_a_work(text, index, part) for part in parts) else []


def _opens_a_work(text: str, index: TextIndex, part: Span) -> bool:
    first_clause = index.clause(part.start)
    return _SERIES_ITEM.match(text, part.start, first_clause.end) is not None and not _DONE.search(
        text, part.start, part.end
    )


def _is_marked(text: str, head: Span) -> bool:
    opening = head.text(text)
    return (
        _ORDINAL_IN_TEXT.match(opening) is not None
        or _DUTY.match(opening) is not None
        or _GLUED_HEADING.fullmatch(opening) is not None
        or _GRIP_CLAUSE.fullmatch(opening) is not None
        or _TOPIC_HEAD.match(opening) is not None
        or _in_series(text, head)
        or _in_parallel(text, head)
        or _is_measure_lead(text, head)
    )


def _is_two_part_lead(text: str, head: Span) -> bool:
    """A bold lead of two short parts ("心愿点单，找准突破点。"), never an ordinal's item ("第一，推进…")."""
    words = head.text(text)
    two_parts = _TWO_PART_HEAD.fullmatch(words) is not None and text.startswith("。", head.end)
    return two_parts and _ORDINAL_PREFIX.match(words) is None and _ORDINAL_IN_TEXT.match(words) is None


def _is_measure_lead(text: str, head: Span) -> bool:
    """A head in the shape of a news item's bold measure lead: two short parts, or a couplet."""
    words = head.text(text)
    if _TWO_PART_HEAD.fullmatch(words) and text.startswith("。", head.end):
        return True
    couplet = _COUPLET_OPENING.match(words)
    return couplet is not None and len(words) == 2 * len(couplet.group("first")) + 1


def grip_clauses(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Clauses that each name a line of work with 抓 ("集中精力抓双招双引，保持定力抓产业链壮大"),
    two or more in a sentence: an enumeration the text structures itself, one head per clause."""
    by_sentence: dict[int, list[Span]] = {}
    if text.count("抓", paragraph.start, paragraph.end) < 2:
        return []
    offset = paragraph.start
    while offset < paragraph.end:
        clause = index.clause(offset)
        if _GRIP_CLAUSE.fullmatch(clause.text(text)):
            by_sentence.setdefault(index.full_sentence(clause.start).start, []).append(clause)
        offset = max(clause.end + 1, offset + 1)
    return [clause for clauses in by_sentence.values() if len(clauses) >= 2 for clause in clauses]


def sentence_heads(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Heads that open a sentence inside a paragraph: "在乡村振兴方面，…", "康平县聚焦打造…", the items
    of an enumeration ("一是…", "二是…") and sub-headings glued into the running text."""
    ordinals = [match for match in _ordinals(text, paragraph) if match.end() < paragraph.end]
    if _lists_results(text, paragraph, ordinals):
        ordinals = []
    ordinals = _without_reviewed_series(text, paragraph, ordinals)
    campaign = campaign_headings(text, index, paragraph)
    if campaign:  # the items inside a campaign's part ("扭住交叉点，…。一方面，…") are its details
        ordinals = [match for match in ordinals if match.start() < campaign[0].start]
    sub_areas = grip_clauses(text, index, paragraph) + duty_clauses(text, index, paragraph)
    if ordinals:  # the duties inside an item ("一是要…。要…；要…。") are sub-areas of the item
        sub_areas = [head for head in sub_areas if head.start < ordinals[0].start()]
    heads = list(glued_subheadings(text, index, paragraph)) + sub_areas
    heads += plan_series(text, index, paragraph) + _duties_over_works(text, index, paragraph)
    heads += announced_series(text, index, paragraph) + counted_lists(text, index, paragraph)
    heads += parallel_areas(text, index, paragraph) + measure_heads(text, index, paragraph)
    heads += marked_structures(text, index, paragraph)
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = _after_lead_frames(text, _head_start(text, sentence), sentence.end)
        purpose = _PURPOSE.match(text, head_start, sentence.end)
        verb_start = _after_lead_frames(text, purpose.end(), sentence.end) if purpose else head_start
        opening = text[verb_start : verb_start + 30]
        measures = _MANY_MEASURES.match(text, verb_start, sentence.end)
        if measures and _SERIES_ITEM.match(text, measures.end(), sentence.end):
            heads.append(Span(measures.end(), index.sentence(measures.end()).end))
            offset = max(sentence.end + 1, offset + 1)
            continue
        if _works_from_aspects(text, verb_start, sentence.end):
            heads.append(Span(head_start, index.sentence(verb_start).end))
            offset = max(sentence.end + 1, offset + 1)
            continue
        launch = _LAUNCH.match(opening) if verb_start > sentence.start else None  # after a lead's frame
        is_head = launch is not None or _IN_PARAGRAPH_HEAD.match(opening) is not None
        if is_head and _reports_to_date(text, sentence):
            pass
        elif is_head and not _NOT_A_HEAD.search(index.clause(verb_start).text(text)):
            heads.append(Span(head_start, index.sentence(verb_start).end))
        elif _GLUED_HEADING.fullmatch(text[head_start : sentence.end]):
            heads.append(Span(head_start, sentence.end))
        offset = max(sentence.end + 1, offset + 1)
    heads += [
        Span(match.end() - len(match.group(0).lstrip()), index.clause(match.end()).end) for match in ordinals
    ]
    heads = [head for head in heads if not _in_central_words(text, index, head)]
    return sorted(set(heads), key=lambda span: span.start)


_LEAD_SEPARATOR = LazyPattern(r"[\s×]+")


def short_heading_series(text: str, index: TextIndex, paragraphs: list[Span]) -> list[Span]:
    """Bold leads glued into the running text as short sentences of their own, each a line of work before
    its report ("加强燃气管网安全排查。第一时间紧急调度…。…加强路桥设施安全排查。迅速组织…"): two or more
    in the section that open with the same verb of work make the series. A page's debris before a lead
    (an advert's line ending in "×") is no part of it."""
    found: list[Span] = []
    for paragraph in paragraphs:
        offset = paragraph.start
        while offset < paragraph.end:
            sentence = index.full_sentence(offset)
            words = text[sentence.start : sentence.end].rstrip("。！!")
            lead = _LEAD_SEPARATOR.split(words)[-1]
            if _SHORT_HEADING.fullmatch(lead) and _has_body(text, index, sentence, paragraph):
                start = sentence.start + len(words) - len(lead)
                found.append(Span(start, start + len(lead)))
            offset = max(sentence.end + 1, offset + 1)
    openings = [text[head.start : head.start + 2] for head in found]
    return [head for head, opening in zip(found, openings, strict=True) if openings.count(opening) >= 2]


def _with_heading_series(
    text: str, index: TextIndex, paragraphs: list[Span], heads: list[Span]
) -> list[Span]:
    """The heads with a series of short glued leads on top: a head inside a lead's report (from the lead to
    the next one or the end of its paragraph) is a detail of that lead."""
    series = short_heading_series(text, index, paragraphs)
    if not series:
        return heads
    ends = [following.start for following in series[1:]] + [len(text)]
    bodies = [
        Span(lead.end, min(end, index.paragraph(lead.start).end))
        for lead, end in zip(series, ends, strict=True)
    ]
    kept = [head for head in heads if not any(body.start <= head.start < body.end for body in bodies)]
    return sorted(set(series + kept), key=lambda span: span.start)


def _works_from_aspects(text: str, start: int, end: int) -> bool:
    """A sentence that names a line of work and the aspects it works from ("山东还从丰富城市消费场景、建设农村
    商业体系…等方面，一体完善促消费基础保障", "某省近日出台措施，从基础设施升级、培育龙头企业等方面发力…"):
    a head, unless what follows the aspects was done (了, 已)."""
    aspects = _FROM_ASPECTS.match(text, start, end)
    if aspects is None:
        return False
    work = text[aspects.end() : end].lstrip(",，")
    first = CLAUSE_OR_SENTENCE_END.split(work, maxsplit=1)[0]
    return _ASPECT_WORK.match(first) is not None and not _DONE.search(first)


def _in_central_words(text: str, index: TextIndex, head: Span) -> bool:
    """A head inside the words of the country's leaders that a news item recalls ("2020年1月，习近平总书记
    在云南考察时指出，…要拿出…的劲头，…"): the guidance the region follows, not its own plan."""
    sentence = index.full_sentence(head.start)
    return _CENTRAL_VOICE.match(text, sentence.start, head.start) is not None


def _reports_to_date(text: str, sentence: Span) -> bool:
    """A sentence that tells the year's work to date with figures in clause after clause and states no
    intent ("今年以来，某市全力推进…活动，有…等26个项目开工建设，…等6个项目竣工达效，引进…项目40余个"):
    a result, not a line of work ahead. A line of work with a figure or two ("去年以来，该区坚持把…作为
    首要任务，聚焦“345”产业集群建设") still heads its paragraph."""
    words = sentence.text(text)
    if _TO_DATE_FRAME.match(words) is None or _PLAN_INTENT.search(words) is not None:
        return False
    clauses = re.split(r"[,，;；]", words)
    return sum(1 for clause in clauses if _FIGURE.search(clause)) >= _REPORTED_FIGURES_MIN


def _after_lead_frames(text: str, start: int, end: int) -> int:
    """Where a lead's head would begin after the clauses that only say when or from whom it reports."""
    while (frame := _LEAD_FRAME.match(text, start, end)) is not None:
        start = frame.end()
    return start


def measure_heads(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The measures a news item lists under short heads glued into its running text, two or more in the
    paragraph: bold leads of two parts ("心愿点单，找准突破点。"), couplets glued to their bodies ("坚持党建
    引领 做实建强网格按照…") and first clauses that open sentences in parallel ("“书屋+”志愿者模式，…。
    “书屋+”宣讲模式，…")."""
    if _ordinals(text, paragraph) or head_of(text, index, paragraph) is not None:
        return []  # the measures inside an item ("五是…。实施…行动，…") are its details
    sentences = [index.full_sentence(offset) for offset in _sentence_starts(index, paragraph)]
    two_parts = [
        s
        for s in sentences
        if _TWO_PART_HEAD.fullmatch(text, s.start, s.end) and _has_body(text, index, s, paragraph)
    ]
    couplets = [c for s in sentences if s.start > 0 and (c := _couplet_head(text, s)) is not None]
    found = [
        group
        for group in (two_parts, couplets)
        if len(group) >= _MEASURE_HEADS_MIN and not _is_event_program(text, group)
    ]
    shaped = parallel_shapes(text, index, sentences, paragraph)
    return (
        [head for group in found for head in group] + _parallel_first_clauses(text, index, sentences) + shaped
    )


def parallel_shapes(text: str, index: TextIndex, sentences: list[Span], paragraph: Span) -> list[Span]:
    """Short sentences of two parts or more, three or more of one shape (the same punctuation, the same
    number of characters in each part) and each followed by its report: a parallel series of heads that
    the text sets off in its running text ("聚焦热点话题，变“漫灌式”为“精滴式”。…提供免费咨询，变“坐等式”为
    “上门式”。…"), whatever words they use."""
    by_shape: dict[str, list[Span]] = {}
    for sentence in sentences:
        words = sentence.text(text)
        if _SHAPED_HEAD.fullmatch(words):
            by_shape.setdefault(_HAN.sub("x", words), []).append(sentence)
    return [
        sentence
        for group in by_shape.values()
        if len(group) >= _PARALLEL_MIN
        and len({sentence.text(text) for sentence in group}) == len(group)
        and _each_reported(group, paragraph)
        and not _is_event_program(text, group)
        for sentence in group
    ]


def _each_reported(heads: list[Span], paragraph: Span) -> bool:
    """Each head of a series followed by its report: more text than a head holds before the next head (or
    the paragraph's end)."""
    ends = [head.start for head in heads[1:]] + [paragraph.end]
    return all(end - head.end > _SHAPED_HEAD_MAX for head, end in zip(heads, ends, strict=True))


def _is_event_program(text: str, heads: list[Span]) -> bool:
    """Short heads of which two or more name what the participants of an event saw, heard or visited
    ("聆听革命故事 传承红色精神", "观看红色影片 汲取奋进力量"): the steps of the event's program, no line
    of work of the region."""
    return sum(1 for head in heads if _PROGRAM_STEP.match(text, head.start, head.end)) >= _MEASURE_HEADS_MIN


def _has_body(text: str, index: TextIndex, head: Span, paragraph: Span) -> bool:
    """A head sentence followed in its paragraph by a report of some length (never a page's closing line
    such as "返回搜狐，查看更多")."""
    after = index.full_sentence(head.end + 1) if head.end + 1 < paragraph.end else None
    return after is not None and after.end - after.start >= _REST_MIN_CHARS


def _sentence_starts(index: TextIndex, paragraph: Span) -> list[int]:
    starts = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        starts.append(sentence.start)
        offset = max(sentence.end + 1, offset + 1)
    return starts


def _couplet_head(text: str, sentence: Span) -> Span | None:
    """A couplet heading at the start of a sentence: two halves of the same length around a space."""
    match = _COUPLET_OPENING.match(text, sentence.start, sentence.end)
    if match is None:
        return None
    length = len(match.group("first"))
    second = text[match.end() : match.end() + length]
    if len(second) < length or not re.fullmatch(r"[\u4e00-\u9fff]+", second):
        return None
    return Span(sentence.start, match.end() + length)


def _parallel_first_clauses(text: str, index: TextIndex, sentences: list[Span]) -> list[Span]:
    """Short first clauses of three or more sentences that share their opening and their closing words
    ("“书屋+”志愿者模式", "“书屋+”宣讲模式", "“书屋+”红领巾小课堂模式"): the items of a list the text
    gives sentence by sentence; never a frame or a time that only repeats ("今年以来，")."""
    firsts = [index.clause(sentence.start) for sentence in sentences]
    short = _PARALLEL_CLAUSE_MAX
    firsts = [c for c in firsts if c.end - c.start <= short and text[c.end : c.end + 1] in ",，"]
    groups: dict[tuple[str, str], list[Span]] = {}
    for clause in firsts:
        words = clause.text(text)
        key = (words[:_PARALLEL_AFFIX], words[-_PARALLEL_AFFIX:])
        groups.setdefault(key, []).append(clause)
    return [
        clause
        for clauses in groups.values()
        if len(clauses) >= _PARALLEL_MIN
        and len({clause.text(text) for clause in clauses}) == len(clauses)
        and not any(_LONG_SPEAKER_FRAME.match(clause.text(text) + ",") for clause in clauses)
        for clause in clauses
    ]


@kept_per_span
def campaign_headings(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Short headings of a campaign's parts glued into the running text as sentences of their own, two
    short clauses each ("找准切入点，全面治脏。…。突出重难点，全面治乱。…"): two or more that share the
    opening of a clause are the campaign's items. One such sentence alone is a saying, not a heading."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        if _CAMPAIGN_HEADING.fullmatch(text, sentence.start, sentence.end):
            found.append(sentence)
        offset = max(sentence.end + 1, offset + 1)
    clauses = [index.clauses_in(span) for span in found]
    firsts = [text[parts[0].start : parts[0].start + 2] for parts in clauses]
    seconds = [text[parts[-1].start : parts[-1].start + 2] for parts in clauses]
    points = [text[parts[0].end - 1] for parts in clauses]  # "找准切入点，…。把握着力点，…"
    return [
        span
        for span, first, second, point in zip(found, firsts, seconds, points, strict=True)
        if firsts.count(first) >= _ROLE_SERIES_MIN
        or seconds.count(second) >= _ROLE_SERIES_MIN
        or points.count(point) >= _CAMPAIGN_POINTS_MIN
    ]


def role_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Sentences that each give one role of the same body and what it will do in that role ("作为纵向贯通的
    服务送达平台，联盟将充分发挥…功能，…。作为横向联动的工作协同平台，联盟将搭建…"): each role with its
    first measure is an item. One such sentence alone is a fact about the body ("作为全省重点项目，该项目将
    带动…"), not a list."""
    found: list[tuple[str, Span]] = []
    if text.count("作为", paragraph.start, paragraph.end) < _ROLE_SERIES_MIN:
        return []  # each role opens on a 作为 of its own
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = _head_start(text, sentence)
        role = _ROLE_WILL.match(text, head_start, sentence.end)
        if role is not None:
            found.append((role.group("subject"), Span(head_start, index.clause(role.end()).end)))
        offset = max(sentence.end + 1, offset + 1)
    subjects = [subject for subject, _ in found]
    return [span for subject, span in found if subjects.count(subject) >= _ROLE_SERIES_MIN]


def _lists_results(text: str, paragraph: Span, ordinals: list[re.Match[str]]) -> bool:
    """An enumeration of figures achieved ("今年以来，某县扎实推进各项工作。一是完成了12个重点项目建设，二是
    新增就业岗位3000个，…"): each item gives a figure, one reports it done, and neither the items nor the
    words before them state an intent. Items that name the areas a campaign achieved in without figures
    ("一是解决了一批多年想办没办成的难事") still lay out its structure."""
    if not ordinals:
        return False
    ends = [match.start() for match in ordinals[1:]] + [paragraph.end]
    items = [text[match.end() : end] for match, end in zip(ordinals, ends, strict=True)]
    lead = text[paragraph.start : ordinals[0].start()]
    return (
        all(_FIGURE.search(item) for item in items)
        and any(_DONE.search(item) for item in items)
        and not any(_INTENT_WORD.search(words) for words in [lead, *items])
        and not _NEXT_STEP_OPENING.search(lead)
    )


def _without_reviewed_series(
    text: str, paragraph: Span, ordinals: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The ordinals without a 一是…二是 series told after a time since which the work was done ("自开展
    沿线整治行动以来，某街道…，一是落实管控措施；二是…"): what was done, not a plan, when neither the
    lead nor any item states an intent."""
    series = [match for match in ordinals if _ordinal_word(match).endswith("是")]
    if not series:
        return ordinals
    lead = _lead_in(text, paragraph, series[0])
    ends = [
        ordinals[ordinals.index(match) + 1].start() if match is not ordinals[-1] else paragraph.end
        for match in series
    ]
    items = [text[match.end() : end] for match, end in zip(series, ends, strict=True)]
    if _SINCE_FRAME.search(lead) and not any(_PLAN_INTENT.search(words) for words in [lead, *items]):
        return [match for match in ordinals if match not in series]
    return ordinals


def plan_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """A plan sentence whose lines of work follow each other between semicolons ("我们将紧紧围绕…目标，
    大力推进生态治理，建设美丽家园；继续推进产业升级，…；深入实施…；持续加强民生保障…。"): each
    line of work is an item, the first one after the sentence's frame."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        parts = _semicolon_parts(text, index, sentence)
        later_are_work = len(parts) >= _PARALLEL_MIN and all(
            _SERIES_ITEM.match(part.text(text)) for part in parts[1:]
        )
        if later_are_work and _INTENT_WORD.search(parts[0].text(text)):
            first = _first_series_item(text, index, parts[0])
            found += ([first] if first is not None else []) + parts[1:]
        offset = max(sentence.end + 1, offset + 1)
    return found


def announced_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """A list the text announces by count and then gives in semicolon parts that each open with the
    announced word ("通过“四个突出”指明了方向。其中，突出制度体系建设，…；突出职能分工，…；突出分类治理，…；
    突出能力支撑，…"): the first clause of each part is an item."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        parts = _semicolon_parts(text, index, sentence)
        starts = [_after_list_connector(text, part) for part in parts] if len(parts) >= _PARALLEL_MIN else []
        word = text[starts[0] : starts[0] + 2] if starts else ""
        shared = len(parts) >= _PARALLEL_MIN and all(text.startswith(word, start) for start in starts)
        if shared and _announces(text, paragraph, sentence, word):
            found += [Span(start, index.clause(start).end) for start in starts]
        offset = max(sentence.end + 1, offset + 1)
    return found


def counted_lists(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """A list whose lead-in counts its items and ends on a colon ("该局将重点做好三件事：打造夜间经济集聚区，
    推出精品旅游线路10条，举办文旅节会活动20场"): when the rest of the sentence holds as many parts, between
    semicolons, else between commas, else between 、, each part is an item. Ordinals ("：一是…") mark their
    own items."""
    found: list[Span] = []
    for lead in _COUNTED_LEAD.finditer(text, paragraph.start, paragraph.end):
        sentence = index.full_sentence(lead.start())
        count = chinese_number(lead.group("count"))
        rest = text[lead.end() : sentence.end].rstrip("。！!")
        if count is None or _ORDINAL_PREFIX.match(rest.lstrip()):
            continue
        for marks in ("[；;]", "[，,]", "、"):
            cuts = [0, *(match.end() for match in re.finditer(marks, rest)), len(rest) + 1]
            parts = [Span(lead.end() + a, lead.end() + b - 1) for a, b in itertools.pairwise(cuts)]
            if len(parts) == count and all(part.end - part.start >= _ITEM_MIN_CHARS for part in parts):
                # "抓好三件大事：抓项目建设、抓招商引资、抓民生改善": items between 、 share one clause
                found += (
                    parts
                    if marks == "、"
                    else [Span(part.start, index.clause(part.start).end) for part in parts]
                )
                break
    return found


def parallel_areas(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Clauses of one sentence that each name an area of work in parallel ("我们将在招商引资上再发力，在营商
    环境上再优化，在项目服务上再提速"): three or more in a row, each an item from its 在 on."""
    found: list[Span] = []
    if text.count("在", paragraph.start, paragraph.end) < _PARALLEL_MIN:
        return found  # each area opens on a 在 of its own
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        run: list[Span] = []
        for clause in index.clauses_in(sentence):
            area = _PARALLEL_AREA.match(text, clause.start, clause.end)
            if area is None:
                found += run if len(run) >= _PARALLEL_MIN else []
                run = []
            else:
                run.append(Span(area.start("area"), clause.end))
        found += run if len(run) >= _PARALLEL_MIN else []
        offset = max(sentence.end + 1, offset + 1)
    return found


def parallel_verbs(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Clauses of one sentence that each open with the same verb of work ("全区上下要坚持项目为王，坚持创新
    驱动，坚持民生优先，确保…"): three or more in a row, each an item from its verb on."""
    found: list[Span] = []
    if len(_PARALLEL_VERB_WORD.findall(text, paragraph.start, paragraph.end)) < _PARALLEL_MIN:
        return found  # each clause holds a verb of its own
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        run: list[Span] = []
        verb = ""
        for clause in index.clauses_in(sentence):
            opening = _PARALLEL_VERB.match(text, clause.start, clause.end)
            if opening is None or (run and opening.group("verb") != verb):
                found += run if len(run) >= _PARALLEL_MIN else []
                run = []
            if opening is not None:
                verb = opening.group("verb")
                run.append(Span(opening.start("verb"), clause.end))
        found += run if len(run) >= _PARALLEL_MIN else []
        offset = max(sentence.end + 1, offset + 1)
    return found


def _announces(text: str, paragraph: Span, sentence: Span, word: str) -> bool:
    """Whether the paragraph, before the sentence, names a count of `word` ("“三个突出”", "四大提升")."""
    counted = _COUNTED.format(word=re.escape(word))
    return re.search(counted, text[paragraph.start : sentence.start]) is not None


def _after_list_connector(text: str, part: Span) -> int:
    """Where a list item opens, after a connector that leads into the list ("其中，", "同时，")."""
    match = _LIST_CONNECTOR.match(text, part.start, part.end)
    return match.end() if match else part.start


def _semicolon_parts(text: str, index: TextIndex, sentence: Span) -> list[Span]:
    return index.sentences_in(sentence)


def _first_series_item(text: str, index: TextIndex, part: Span) -> Span | None:
    """The first line of work of a semicolon series: the clause after the last one that states the plan's
    frame ("紧紧围绕…的奋斗目标", "认真贯彻落实…部署"), when it opens with a line of work."""
    clauses = index.clauses_in(part)
    framed = [position for position, clause in enumerate(clauses) if _PLAN_FRAME.search(clause.text(text))]
    start = framed[-1] + 1 if framed else 1
    if start >= len(clauses):
        return None
    clause = clauses[start]
    time_intent = _ITEM_INTENT.match(text, clause.start, clause.end)
    item_start = time_intent.end() if time_intent else clause.start  # "下半年要坚持项目为王": from 坚持
    subject_intent = None if time_intent else _SUBJECT_INTENT.match(text, clause.start, clause.end)
    work_start = subject_intent.end() if subject_intent else item_start  # "下一步，某县将持续加强…；…"
    if not _SERIES_ITEM.match(text, work_start, clause.end):
        return None
    return Span(item_start, part.end)


def parallel_works(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Lines of work listed in one clause with the same verb ("大抓营商环境、大抓改革开放、大抓…"): three
    or more, each an item of the enumeration."""
    found: list[Span] = []
    mark = text.find("、", paragraph.start, paragraph.end)  # only clauses that list anything
    while mark != -1:
        clause = index.clause(mark)
        if text.count("、", clause.start, clause.end) >= _PARALLEL_MIN - 1:
            segments = _enumeration_segments(text, clause)
            if all(_in_parallel(text, segment) for segment in segments):
                found += segments
            else:
                found += planned_works(text, clause)
        mark = text.find("、", max(clause.end, mark + 1), paragraph.end)
    return found


def _duties_over_works(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The parallel works of the paragraph, except those in a sentence that opens with a duty ("各部门要
    牢固树立项目为王理念，…，狠抓A、狠抓B、狠抓C"): there the duty is the head, the works its details."""
    found: list[Span] = []
    by_sentence: dict[Span, list[Span]] = {}
    for work in parallel_works(text, index, paragraph):
        by_sentence.setdefault(index.full_sentence(work.start), []).append(work)
    for sentence, works in by_sentence.items():
        head_start = _head_start(text, sentence)
        if head_start < works[0].start and _OPENS_WITH_DUTY.match(text, head_start, sentence.end):
            found.append(Span(head_start, index.clause(head_start).end))
        else:
            found += works
    return found


def _segments_between_commas(text: str, clause: Span) -> list[Span]:
    """A clause's segments between its enumeration commas (、)."""
    segments, start = [], clause.start
    cut = text.find("、", start, clause.end)
    while cut >= 0:
        segments.append(Span(start, cut))
        start = cut + 1
        cut = text.find("、", start, clause.end)
    segments.append(Span(start, clause.end))
    return segments


def _enumeration_segments(text: str, clause: Span) -> list[Span]:
    """A clause's segments between 、, the first one from its shared verb on ("市政府将大抓A、大抓B")."""
    segments = _segments_between_commas(text, clause)
    if len(segments) >= 2:
        verb = text[segments[1].start : segments[1].start + 2]
        opening = text.rfind(verb, segments[0].start, segments[0].end)
        segments[0] = Span(max(opening, segments[0].start), segments[0].end)
    return segments


def planned_works(text: str, clause: Span) -> list[Span]:
    """Three or more lines of work a plan lists in one clause after its 将 or 要, each with a verb of its
    own ("下一步，我省将持续巩固居家养老基础性地位、强化社区养老依托保障功能、发挥…作用"): each an item."""
    segments = _segments_between_commas(text, clause)
    if len(segments) < _PARALLEL_MIN:
        return []
    first = segments[0]
    intents = [i + 1 for i in range(first.start, first.end) if text[i] in "将要"]
    if not intents:
        return []
    items = [Span(intents[-1], first.end), *segments[1:]]
    with_a_verb = sum(1 for item in items if _SERIES_ITEM.match(text, item.start, item.end))
    if 2 * with_a_verb >= len(items) and all(_is_short_work(text, item) for item in items):
        return items  # verbs outside the list of work verbs ("巩固", "发挥…作用") do not break the series
    return []


def _is_short_work(text: str, item: Span) -> bool:
    short = 4 <= item.end - item.start <= _PLANNED_WORK_MAX
    return short and _DIGIT.search(text, item.start, item.end) is None


def _in_parallel(text: str, head: Span) -> bool:
    """A line of work beside another with the same two-character verb across a 、 ("大抓A、大抓B"); never
    nouns that share a word ("冰雪运动、冰雪文化")."""
    words = head.text(text)
    if not _PARALLEL_WORK.fullmatch(words) or not _SERIES_ITEM.match(words):
        return False
    after = text[head.end + 1 : head.end + 3] if text[head.end : head.end + 1] == "、" else ""
    before = ""
    if text[head.start - 1 : head.start] == "、":
        floor = max(head.start - 1 - _PARALLEL_ITEM_MAX, 0)
        previous = max([floor] + [text.rfind(mark, floor, head.start - 1) + 1 for mark in "、,，:：;；。\n"])
        before = text[previous : previous + 2]
    return words[:2] in (after, before)


def _in_series(text: str, head: Span) -> bool:
    """A line of work that a semicolon closes or follows: an item of a plan series."""
    bounded = text[head.end : head.end + 1] in "；;" or text[max(head.start - 1, 0) : head.start] in "；;"
    return bounded and _SERIES_ITEM.match(head.text(text)) is not None


def duty_clauses(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The tasks a meeting or a speech sets out sentence by sentence ("会议强调，要聚焦…。要狠抓…。"):
    the first clause of each sentence that opens with a duty, two or more in the paragraph."""
    found: list[Span] = []
    if text.count("要", paragraph.start, paragraph.end) < 2:
        return found
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.sentence(offset)  # "要…；要…；要…。": a semicolon ends a duty too
        head_start = _head_start(text, sentence) if "要" in text[sentence.start : sentence.end] else -1
        if head_start >= 0 and (then := _THEN_DUTY.match(text, head_start, sentence.end)):
            head_start = then.end()  # "接下来，要进一步加强思想引领": the duty after its time word
        if head_start >= 0 and not _OPENS_WITH_DUTY.match(text, head_start, sentence.end):
            head_start = _duty_before_series(text, index, sentence)
        if head_start >= 0 and _OPENS_WITH_DUTY.match(text, head_start, sentence.end):
            clause = index.clause(head_start)
            if not _STUDY_DUTY.search(text, clause.start, clause.end):
                found.append(Span(max(clause.start, head_start), clause.end))
        offset = max(sentence.end + 1, offset + 1)
    found = _without_bodies_of_one_duty(text, index, found)
    found = [duty for duty in found if not _ASSIGNS_RESPONSIBILITY.match(text, duty.start, duty.end)]
    if len(found) < 2:
        return []
    parallel = _parallel_duties(text, found)
    if parallel != found:  # the text's own parallel items, long sentences or short
        return parallel
    if _addresses_the_doers(text, found):
        found = found[1:]  # "各部门要认真研判…。要全力以赴抓招商…；要加快…": who is addressed, then the tasks
    if not _heads_its_paragraph(text, index, found[0]):
        return found
    # "要全力完成年度目标任务。要对照…，…": the short sentences head the paragraph, the others are their body
    return [duty for duty in found if _heads_its_paragraph(text, index, duty)]


_ADDRESSED_DUTY = LazyPattern(r"[\u4e00-\u9fff]{2,12}?(?P<duty>(?:还|也)?要)(?=[\u4e00-\u9fff])")
"""A saying's second clause naming the bodies addressed before their duty ("…提出，某机构要坚持…")."""


def _duty_before_series(text: str, index: TextIndex, part: Span) -> int:
    """The first duty of a semicolon series that a saying opens ("负责人表示，安全重于泰山，行稳方能致远，
    要绷紧安全意识之弦，…；要做好安全风险管控，…；要完善…"): in the part before the first semicolon, the
    clause that opens with 要, when the next parts open with duties too; -1 when there is none."""
    if not text.startswith(("；", ";"), part.end):
        return -1
    later = [index.sentence(part.end + 1)]
    while len(later) < _PARALLEL_MIN - 1 and text.startswith(("；", ";"), later[-1].end):
        later.append(index.sentence(later[-1].end + 1))
    if len(later) < _PARALLEL_MIN - 1 or not all(_OPENS_WITH_DUTY.match(text, s.start, s.end) for s in later):
        return -1
    duties = [clause.start for clause in index.clauses_in(part)[1:] if _BARE_DUTY.match(text, clause.start)]
    if not duties:  # "厅长在会上提出，某类机构要坚持…；要坚持…": the bodies addressed, then the duty
        addressed = (_ADDRESSED_DUTY.match(text, clause.start) for clause in index.clauses_in(part)[1:2])
        duties = [match.start("duty") for match in addressed if match is not None]
    return duties[0] if duties else -1


def _parallel_duties(text: str, duties: list[Span]) -> list[Span]:
    """The duties that open alike ("要进一步加强思想引领。…要当好桥梁纽带…。要进一步做好青年服务工作"),
    three or more and not all: the speech's own parallel items; a duty that opens otherwise between them
    details the item before it."""
    openings = [_DUTY_ADVERB.match(text, duty.start, duty.end) for duty in duties]
    counts: dict[str, int] = {}
    for opening in openings:
        if opening is not None:
            counts[opening.group("adverb")] = counts.get(opening.group("adverb"), 0) + 1
    shared = [adverb for adverb, count in counts.items() if count >= _PARALLEL_MIN]
    if len(shared) != 1 or counts[shared[0]] == len(duties):
        return duties
    first = next(position for position, o in enumerate(openings) if o and o.group("adverb") == shared[0])
    kept = [duty for duty, o in zip(duties, openings, strict=True) if o and o.group("adverb") == shared[0]]
    return duties[:first] + [duty for duty in kept if duty.start >= duties[first].start]


def _without_bodies_of_one_duty(text: str, index: TextIndex, duties: list[Span]) -> list[Span]:
    """The duties without those of bodies that follow another duty in its own sentence, after a ；
    ("要完善工作机制，…；住建部门要…；各乡镇要抓实…"): who does what divides the work of that duty."""
    kept: list[Span] = []
    for duty in duties:
        sentence = index.full_sentence(duty.start)
        divides = text.startswith(("各", "全"), duty.start) and any(
            sentence.start <= other.start < duty.start for other in kept
        )
        if not divides:
            kept.append(duty)
    return kept


def _heads_its_paragraph(text: str, index: TextIndex, duty: Span) -> bool:
    """A duty that is a short sentence of its own ("要全力办好民生实事。", "要持续优化服务，全力打造一流营商
    环境。"): the heading of the sentences after it."""
    sentence = index.full_sentence(duty.start)
    after_a_duty = any(mark in text[sentence.start : duty.start] for mark in "；;")
    short = sentence.end - duty.start <= _HEADING_DUTY_MAX_CHARS
    return text.startswith("。", sentence.end) and short and not after_a_duty


def _addresses_the_doers(text: str, duties: list[Span]) -> bool:
    """The first of three or more duties names the bodies that are to act ("各地各部门要认真研判…") but no
    line of work, and all the others open with a bare 要: the first is the lead-in of the tasks ("我们要
    坚持…", "各乡镇要坚持…" are tasks)."""
    bare = [_BARE_DUTY.match(text, duty.start, duty.end) is not None for duty in duties]
    names_the_doers = text.startswith(("各", "全"), duties[0].start)
    names_no_work = _DUTY.match(text, duties[0].start, duties[0].end) is None  # 要认真研判…, not 要坚持…
    return len(duties) >= 3 and names_the_doers and names_no_work and all(bare[1:])


def _opening_duty(text: str, index: TextIndex, paragraph: Span) -> Span | None:
    """The duty that opens a paragraph ("要坚持产业强区，…"): its first clause."""
    sentence = index.sentence(paragraph.start)
    head_start = _head_start(text, sentence)
    clause = index.clause(head_start)
    if _DUTY.match(text, head_start, sentence.end) is None or _STUDY_DUTY.search(
        text, clause.start, clause.end
    ):
        return None
    return Span(head_start, clause.end)


@per_article(maxsize=1024)
def _ordinals(text: str, paragraph: Span) -> tuple[re.Match[str], ...]:
    """The ordinals that open the items of an enumeration in a paragraph ("一是", "第一，", "首先，")."""
    found = list(_ORDINAL_IN_TEXT.finditer(text, paragraph.start, paragraph.end))
    first = next((match for match in found if _ordinal_word(match) == "一是"), None)
    if first is not None:  # "：一是抓产业，二是抓项目，三是抓民生": the list goes on after commas
        later = _LATER_AFTER_A_COMMA.finditer(text, first.end(), paragraph.end)
        starts = {match.start() for match in found}
        found = sorted([*found, *(m for m in later if m.start() not in starts)], key=lambda m: m.start())
    if any(_ordinal_word(match) == "二是" for match in found):
        found = sorted(
            [*found, *_FIRST_AFTER_A_COMMA.finditer(text, paragraph.start, paragraph.end)],
            key=lambda match: match.start(),
        )
    first_then = [match for match in found if match.group(0).strip().startswith(_FIRST_THEN)]
    words = {match.group(0).strip()[:2] for match in first_then}
    if "首先" not in words or len(words) < 2:
        found = [match for match in found if match not in first_then]
    openings = {_ordinal_word(match) for match in found}
    for family, pairs in _PAIRED_ORDINALS.items():  # "一要", "一方面" open a list only when it goes on
        if not any(pair <= openings for pair in pairs):
            found = [match for match in found if not family.fullmatch(_ordinal_word(match))]
    kept, features = [], False
    for match in found:
        if _ordinal_word(match) in _FIRST_ORDINALS:  # a list opens: what does the sentence before it count?
            before = text[max(paragraph.start, match.start() - _FEATURES_LEAD_CHARS) : match.start()]
            features = _COUNTED_FEATURES.search(before) is not None
        if not features and not _NON_POLICY_LEAD.search(_lead_in(text, paragraph, match)):
            kept.append(match)
    return tuple(kept)


def _lead_in(text: str, paragraph: Span, item: re.Match[str]) -> str:
    """The words of an item's sentence before its enumeration's first ordinal ("报告有三个特点：")."""
    start = max(
        [paragraph.start] + [text.rfind(mark, paragraph.start, item.start()) + 1 for mark in "。！？"]
    )
    first = _ORDINAL_IN_TEXT.search(text, start, item.end())
    return text[start : first.start() if first else item.start()]


def _ordinal_word(match: re.Match[str]) -> str:
    return match.group(0).strip().rstrip(",，")


@per_article(maxsize=4096)
def _head_start(text: str, sentence: Span) -> int:
    """Where a sentence's head would begin: after the speaker's frame, the close of the previous
    quotation, a glued sub-heading and a connector ("另外，", "同时，")."""
    frame = None
    if _FRAME_MARK.search(text, sentence.start, min(sentence.end, sentence.start + FRAME_REACH)) is not None:
        frame = _SPEAKER_FRAME.match(text[sentence.start : sentence.end])
    head_start = sentence.start + (frame.end() if frame else 0)
    while head_start < sentence.end and text[head_start] in _CLOSING_QUOTES:
        head_start += 1  # the close of the previous sentence's quotation
    glued = _glued_subheading(text, head_start, sentence.end)
    if glued is not None:
        head_start = glued.end()
    connector = _CONNECTOR.match(text, head_start, sentence.end)
    return connector.end() if connector else head_start


@per_article(maxsize=4096)
def _glued_subheading(text: str, start: int, end: int) -> re.Match[str] | None:
    if _SUBHEADING_FOLLOWER.search(text, start, min(end, start + SUBHEADING_REACH)) is None:
        return None  # none of the openings that may follow a glued sub-heading is within its reach
    match = _GLUED_SUBHEADING.match(text, start, end)
    if match is None or _NOT_A_SUBHEADING.search(match.group("heading")) or _NOT_A_HEAD.match(match.group(0)):
        return None
    speaker = match.group("speaker")
    if speaker and not _introduced_by_title(speaker, text):
        return None  # the words before 表示 are no speaker the article has introduced by title
    return match


@per_article(maxsize=64)
def _introduced_by_title(name: str, text: str) -> bool:
    """Whether the text names `name` after a title ("区长王某"): asked again for each heading the name
    opens (a text's hash is kept with it, so the key costs no pass over the text)."""
    return re.search(_TITLED_NAME.format(name=re.escape(name)), text) is not None


@kept_per_span
def glued_subheadings(text: str, index: TextIndex, paragraph: Span) -> dict[Span, str]:
    """Sub-headings glued to the start of a sentence, each as the head it titles: the sentence from its
    opening on, titled by the sub-heading (an opening "在…方面" keeps its own title)."""
    found: dict[Span, str] = {}
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        match = _glued_subheading(text, sentence.start, sentence.end)
        start = match.end() if match is not None else -1
        while 0 <= start < sentence.end and text[start] in " \u3000":
            start += 1  # "聚焦民生改善 西山区将…": a heading set off by a space before the region's plan
        if match is not None and not text.startswith("在", start):
            found[Span(start, index.sentence(start).end)] = match.group("heading")
        offset = max(sentence.end + 1, offset + 1)
    return found


def _subjects(region: str | None, aliases: tuple[str, ...]) -> list[str]:
    """The names a region's plans open with: its own, and its parent's ("岳阳将…" in a district's
    section is the city's plan, guidelines §1)."""
    parent = _parent_place(region)
    names = [name for name in (region, *aliases, bare_name(region or "")) if name]
    names += list(parent.surfaces) if parent else []
    return sorted(set(names), key=lambda name: (-len(name), name))


def _is_place(name: str) -> bool:
    """A name the gazetteer knows, or a zone named after one ("沈阳高新区")."""
    places = gazetteer()
    if places.named(name) or lowest_place_in(name):
        return True
    zone = re.match(r"(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:高新区|经开区|开发区|新区)$", name)
    return zone is not None and bool(places.named(zone.group("stem")))


def _parent_place(region: str | None) -> Place | None:
    """The prefecture above a county-level region, when the gazetteer knows the region."""
    if not region:
        return None
    places = gazetteer()
    place = places.resolve(lowest_place_in(region) or region) or places.resolve(bare_name(region) or region)
    parent = places.parent(place) if place is not None else None
    return parent if parent is not None and parent.level == "prefecture" else None


def _commitments(
    text: str, index: TextIndex, paragraphs: list[Span], subjects: list[str], heads: list[Span]
) -> dict[Span, str]:
    """The commitment heads of the paragraphs, with their titles, in sentences no other head opens."""
    covered = {index.full_sentence(head.start).start for head in heads}
    found: dict[Span, str] = {}
    for paragraph in paragraphs:
        for head, title in commitment_heads(text, index, paragraph, subjects).items():
            if index.full_sentence(head.start).start not in covered:
                found[head] = title
    return found


def commitment_heads(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> dict[Span, str]:
    """Plans a news item states with its region as the subject: a clause that opens with the region's
    name and a word of intent and names a line of work ("嫩江市致力于传承和弘扬驿站文化", "下一步余杭将
    高标准编制…规划", "安阳全力打造“中华字都”"), up to the end of its sentence; never a result (了, 已).
    Each head with its title: the predicate, without the subject."""
    if not subjects:
        return {}
    opening = re.compile(_COMMITMENT.format(subjects="|".join(map(re.escape, subjects))))
    framed = re.compile(_FRAMED_COMMITMENT.format(subjects="|".join(map(re.escape, subjects))))
    heads: dict[Span, str] = {}
    clause_start = paragraph.start
    while clause_start < paragraph.end:
        clause = index.clause(clause_start)
        match = opening.match(text, clause.start, clause.end) or _own_we(text, index, clause)
        if match is None:  # "某县按照…的工作思路，大力推进…": the frame's clause, then the line of work
            sentence_end = index.full_sentence(clause.start).end
            match = framed.match(text, clause.start, sentence_end)
        if match is not None:
            sentence = index.full_sentence(clause.start)
            plan = text[match.end() : sentence.end]
            said = _head_start(text, sentence)  # "他说，上半年，某区…": the period after the speaker
            in_review = _RESULTS_OPENING.match(text, said, sentence.end) is not None or "同比" in plan
            in_review = in_review or _reports_to_date(text, sentence)
            titled = _TITLE_LABEL.search(
                text, max(sentence.start, match.start() - _TITLE_LABEL_CHARS), match.start()
            )
            if is_question(text, sentence) or titled:
                clause_start = max(clause.end + 1, clause_start + 1)
                continue  # a reporter's "某市将如何推进…？", or the page's title ("原标题：某县推动…")
            framed_work = "work" in match.re.groupindex
            predicate = _INTENT.sub(
                "", text[match.start("work") if framed_work else match.end("subject") : sentence.end]
            )
            next_step = _NEXT_STEP_OPENING.match(sentence.text(text)) is not None
            next_step = next_step or _TIME_AHEAD.match(text, match.end("subject")) is not None
            work = _PLAN_WORK if next_step else _LINE_OF_WORK
            takes_as_task = match.group(0).endswith("把")  # "某省把深入实施…作为…的重要内容": work by name
            is_work = (takes_as_task or work.search(plan) is not None) and not _STUDY.match(predicate)
            if is_work and not _DONE.search(clause.text(text)) and not in_review:
                start = match.start("subject")
                purpose = _PURPOSE_BEFORE.search(text, max(sentence.start, start - _PURPOSE_LOOK_BACK), start)
                if purpose is not None:  # "为持续深入推进…建设，某镇坚持…": the purpose names the work too
                    start = purpose.start()
                heads[Span(start, sentence.end)] = title_of(predicate)
        clause_start = max(clause.end + 1, clause_start + 1)
    return heads


def next_step_plans(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The plan a news item reports for the next step ("下一步，某区将积极落实…", "接下来，某高新区将…",
    "下一步，此项工作将持续推进，努力打造…", "未来，将策划举办…"): from its subject (or its 将) to the end
    of its sentence, when it names a line of work and is no quotation of someone else."""
    found: list[Span] = []
    for match in _NEXT_STEP_PLAN.finditer(text, paragraph.start, paragraph.end):
        sentence = index.full_sentence(match.start())
        opens = text[sentence.start : match.start()].strip(_CLOSING_QUOTES) == ""  # "…。”下一步，某局将…"
        if not opens or text.count("“", paragraph.start, match.start()) != text.count(
            "”", paragraph.start, match.start()
        ):
            continue
        plan = text[match.end() : sentence.end]
        if speaks_for_a_company(match.group("subject")):  # "下一步，某商会将…": a business body's own plan
            continue
        if _NEXT_STEP_WORK.search(plan) and not _DONE.match(plan) and not _STUDY.match(plan):
            found.append(Span(match.start("subject"), sentence.end))
    return found


def _next_step_parts(text: str, index: TextIndex, plan: Span) -> list[Span]:
    """A next step split at its semicolons where a later part opens a line of work of its own ("下一步，
    某市将深入开展…；同时，加快推进…"): each such part is an item; a part that does not stays in the one
    before."""
    parts = index.sentences_in(plan)
    items = [Span(plan.start, max(parts[0].end, plan.start))]
    for part in parts[1:]:
        start = _after_list_connector(text, part)
        if _SERIES_ITEM.match(text, start, part.end) and text[part.start - 1 : part.start] in "；;":
            items.append(Span(start, part.end))
        else:
            items[-1] = Span(items[-1].start, part.end)
    return [plan] if len(items) == 1 else items


def spoken_plans(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> list[Span]:
    """The plan the region's official states in indirect speech ("喻某表示，将于9月份集中组织…", "区残联相关
    负责人表示，接下来将进一步发挥…", "…负责人表示，未来某高新区将持续实施人才安居工程"): from its subject (or
    its 将) to the end of the sentence, when it names a line of work. Never a company's or a visitor's
    words, a quotation, or what was done."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        for frame in _reporting_frames(text, sentence):
            speaker = frame.group("speaker")
            quoted = _in_quotation(text, paragraph.start, frame.start())
            private = speaks_for_a_company(speaker) or speaks_as_a_private_person(speaker, text)
            pledge = _COLLECTIVE_PLEDGE.search(speaker) is not None
            if quoted or private or pledge or _is_visitor(frame.group(0), subjects):
                continue
            match = _SPOKEN_PLAN.match(text, frame.end(), sentence.end)
            plan = text[match.end() : sentence.end] if match else ""
            if match and _NEXT_STEP_WORK.search(plan) and not _DONE.match(plan) and not _STUDY.match(plan):
                subject = next(
                    name for name in ("subject", "subject_will", "subject_plans") if match.group(name)
                )
                subject = "aim" if match.group("aim") is not None else subject  # "围绕打造…，某市将…"
                found.append(Span(match.start(subject), sentence.end))
                break
        offset = max(sentence.end + 1, offset + 1)
    return found


def _in_quotation(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start`."""
    return text.count("“", start, position) != text.count("”", start, position)


def _own_we(text: str, index: TextIndex, clause: Span) -> re.Match[str] | None:
    """A clause that opens with the narrator's "我们将/要", outside any quotation and any speaker's frame."""
    match = _WE_COMMIT.match(text, clause.start, clause.end)
    if match is None:
        return None
    paragraph = index.paragraph(clause.start)
    if text.count("“", paragraph.start, clause.start) != text.count("”", paragraph.start, clause.start):
        return None  # inside a quotation: the words of whoever is quoted
    sentence = index.full_sentence(clause.start)
    framed = _REPORTING_FRAME.search(text, sentence.start, clause.start)
    if framed or _SPEAKER_FRAME.match(paragraph.text(text)):
        return None
    return match


def _parallel_openings(text: str, paragraphs: list[Span]) -> set[str]:
    """Opening clauses that three or more paragraphs share ("一年来，我们…" in each paragraph of a
    review): the text's own parallel structure, so each of those paragraphs heads a priority."""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        opening = _OPENING_CLAUSE.match(paragraph.text(text))
        if opening is not None:
            counts[opening.group(1)] = counts.get(opening.group(1), 0) + 1
    return {opening for opening, count in counts.items() if count >= _PARALLEL_MIN}


def quoted_commitments(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> list[Span]:
    """A news item's quotation of the region's own official that lays out a line of work ("“我们将…，
    为企业打造更好的投资环境。”某区委书记表示", "“锚定两个百亿，打造产业新某区。”某区副局长说"): its
    first sentence. Never a quoted visitor (the speaker's title must name the region), a result or a fact."""
    if not subjects:
        return []
    heads: list[Span] = []
    for quotation in _QUOTATION.finditer(text, paragraph.start, paragraph.end):
        speaker = _SPEAKER_AFTER.match(text, quotation.end(), paragraph.end) or _SPEAKER_BEFORE.search(
            text[max(paragraph.start, quotation.start() - _SPEAKER_MAX_CHARS) : quotation.start()]
        )
        if speaker is None or not _is_own_speaker(speaker.group("speaker"), subjects, text):
            continue
        plan = _first_quoted_plan(text, index, Span(quotation.start("words"), quotation.end("words")))
        if plan is not None:
            heads.append(plan)
    return heads


def _first_quoted_plan(text: str, index: TextIndex, words: Span) -> Span | None:
    """The first sentence of a quotation that lays out work or states a plan: a slogan may open it
    ("“老兵有所呼，政府有所应。下一步，我们要进一步落实好…”")."""
    start = words.start
    while start < words.end:
        sentence = text[start : min(index.full_sentence(start).end, words.end)]
        if _lays_out_work(sentence) or _states_plan(sentence):
            return Span(start, start + len(sentence.rstrip("。！!")))
        start = max(start + 1, min(index.full_sentence(start).end, words.end) + 1)
    return None


def _is_own_speaker(speaker: str, subjects: list[str], text: str = "") -> bool:
    """A speaker of the region's own: the title names the region, it is a bare local title ("副市长",
    "市商务局局长": the city of the article), or a bare name the text introduces elsewhere with a title of
    the region's ("青禾县长王华谈营商环境…。“…”王华说")."""
    if speaks_for_a_company(speaker):
        return False
    if any(subject in speaker for subject in subjects) or _LOCAL_TITLE.match(speaker) is not None:
        return True
    return _introduced_with_a_title(text, speaker.strip(), subjects)


def _introduced_with_a_title(text: str, name: str, subjects: list[str]) -> bool:
    """Whether the text names `name`, a bare name, right after a title that names the region."""
    if not subjects or not _BARE_NAME.fullmatch(name):
        return False
    titled = _REGION_TITLE.format(subjects="|".join(map(re.escape, subjects))) + re.escape(name)
    return re.search(titled, text) is not None


def _lays_out_work(words: str) -> bool:
    """A statement of plans: it opens with "我们将/要", or one of its clauses opens with a line of work;
    and none of its clauses reports a result, nor does its first clause say what something is."""
    clauses = [clause for clause in _CLAUSE_OR_EXCLAMATION_END.split(words) if clause]
    if not clauses or any(_DONE.search(clause) for clause in clauses) or _IS_A_FACT.search(clauses[0]):
        return False
    return _WE_WILL.match(words) is not None or any(_LINE_OF_WORK.match(clause) for clause in clauses)


def _may_head(text: str, paragraph: Span, parallel: set[str], subjects: list[str]) -> bool:
    """A paragraph whose first sentence may be a policy area: not a dateline, time frame or list
    lead-in (after the speaker's frame), unless that opening is shared in parallel by the section's
    paragraphs; never a result (获批, 已 …), a statement of what something is (玉林是…基地) or the words
    of a visitor (a speaker whose title names no place of the region: "国资委副主任某某表示，…")."""
    content = paragraph.text(text)
    if _TITLE_LABEL.match(content):
        return False  # "原标题：某隧道双幅顺利贯通，…": the page's title, never a speaker's words
    opening = _OPENING_CLAUSE.match(content)
    if opening is not None and opening.group(1) in parallel:
        return True
    frame = _LONG_SPEAKER_FRAME.match(content) or _SPEAKER_FRAME.match(content)
    if frame is not None and _is_visitor(frame.group(0), subjects):
        return False
    head = content[frame.end() :] if frame else content
    first_clause = CLAUSE_OR_SENTENCE_END.split(head, maxsplit=1)[0]
    if _PUBLIC_NOTICE.match(first_clause):
        return False
    if _DONE.search(first_clause) or _IS_A_FACT.search(first_clause) or _STUDY.match(_without_subject(head)):
        return False
    if _RESULTS_OPENING.match(head) is not None:
        return False
    first_sentence = _FULL_SENTENCE_END.split(head, maxsplit=1)[0]
    if _is_narrative(first_sentence) or _EVENT_NARRATIVE.search(first_clause):
        return False  # the event ("某县隆重举行…签约仪式，这既是…"), its guests, or a past year's review
    if _STUDY_DUTY.search(first_clause) or _NOT_A_HEAD.search(first_sentence):
        return False
    if _INDICATOR.search(first_sentence) and not _INTENT_WORD.search(first_sentence):
        return False  # a period's indicators ("2023年，全县地区生产总值增长6.2%"), no intent
    if _ATTENDANCE.search(first_sentence) or _QUESTION_FIRST.match(head):
        return False  # who attended, or a question the interviewer asks
    if not _PLAN_WORK.search(first_sentence) and not _INTENT_WORD.search(first_sentence):
        return False  # no line of work, no intent ("某市长认真倾听、仔细记录，…表示感谢")
    return _NOT_A_HEAD.match(content) is None and _NOT_A_HEAD.match(head) is None


def _is_narrative(sentence: str) -> bool:
    """A sentence with no word of intent that tells of the event ("县领导和企业代表参加签约仪式") or
    reviews a past year ("2023年，全县上下攻坚克难，…")."""
    if _INTENT_WORD.search(sentence):
        return False
    return _EVENT_NARRATIVE.search(sentence) is not None or _PAST_YEAR_OPENING.match(sentence) is not None


def _is_visitor(speaker: str, subjects: list[str]) -> bool:
    """A speaker with a title ("国务院国资委副主任", "公司负责人") or a visiting party ("考察团", "客商一行")
    that names none of the region's names and is no bare local title ("副市长李明表示" is the region's
    own)."""
    visiting = _VISITING_PARTY.search(speaker) is not None
    if not visiting and (_SPEAKER_TITLE.search(speaker) is None or _LOCAL_TITLE.match(speaker) is not None):
        return False
    return not any(subject in speaker for subject in subjects)


@kept_per_span
def head_of(text: str, index: TextIndex, paragraph: Span) -> Span | None:
    """The head that opens a paragraph (its first sentence), or None when it opens with none."""
    content = paragraph.text(text)
    if _is_heading_only(content) and not text.startswith(_SENTENCE_ENDS, paragraph.end):
        return None if _continues_a_line(text, paragraph) else paragraph  # not "主持仪式。"
    frame = _SPEAKER_FRAME.match(content)
    if frame is not None and _ORIGINAL_TITLE.match(frame.group(0)):
        return None  # a scraped item's title glued to its lead: what the item is about, not a head
    offset = paragraph.start + (frame.end() if frame else 0)
    opening = text[offset : offset + 40]
    opening_without_region = _SUBJECT_WILL.sub("", opening)
    is_head = (
        opening.startswith(NUMBERED_HEAD_PREFIXES + ORDINAL_IS + HEAD_OPENERS)
        or _AREA_HEAD.match(opening) is not None
        or _ARTICLE_HEAD.match(opening) is not None
        or opening_without_region.startswith(HEAD_OPENERS)
    )
    sentence = index.sentence(offset)
    if not is_head and frame is None and _opens_with_glued_head(text, index, paragraph):
        return Span(offset, index.full_sentence(offset).end)
    if not is_head or _NOT_A_HEAD.search(text[offset : sentence.end]) or _STUDY.match(opening_without_region):
        return None  # "我们将聚焦三个方面发力。": a lead-in that announces the list
    return Span(offset, sentence.end)


def _opens_with_glued_head(text: str, index: TextIndex, paragraph: Span) -> bool:
    """A paragraph whose first sentence is a short line of work of its own, followed by its report."""
    first = index.full_sentence(paragraph.start)
    words = text[paragraph.start : first.end + 1]
    return (
        first.end + 1 < paragraph.end
        and _GLUED_PARAGRAPH_HEAD.fullmatch(words) is not None
        and not _DONE.search(words)
    )


def _continues_a_line(text: str, paragraph: Span) -> bool:
    """A line that goes on from the line before it, broken after a 、 or a comma (a title in two lines)."""
    before = text[max(paragraph.start - _LINE_BREAK_LOOKBACK, 0) : paragraph.start].rstrip()
    return before.endswith(("、", ",", "，"))


def _is_heading_only(content: str) -> bool:
    """A short line with no sentence punctuation: a bold section title."""
    if len(content) > _HEADING_MAX_CHARS or any(mark in content for mark in "。;；,，:："):
        return False
    if content.startswith(("——", "访")) or any(word in content for word in CHAPTER_TITLE_WORDS):
        return False
    if (
        any(word in content for word in ARTICLE_TITLE_WORDS)
        or _BYLINE.search(content)
        or _ATTENDANCE.search(content)
    ):
        return False  # the article's own title (an event, a document, a genre) or a byline
    if _NOT_A_HEAD.search(content):
        return False  # a list lead-in on its own line ("今年要重点做好以下11个方面工作")
    if _EVENT_NARRATIVE.search(content):
        return False  # the page's debris: a caption, the ceremony's host or guests, a list of names
    return len(content) >= 6


def _is_lead_or_heading_line(text: str, paragraph: Span) -> bool:
    """The interview's opening quote, a chapter title, or an interview headline: never a priority."""
    content = paragraph.text(text)
    if content.startswith(("“", '"')) and _INTERVIEW_LEAD.search(content):
        return True
    if content.startswith("——") or _CHINESE_ORDINAL_HEAD.match(content):
        return True
    return any(word in content[:12] for word in CHAPTER_TITLE_WORDS)


def _is_body(text: str, paragraph: Span) -> bool:
    content = paragraph.text(text)
    return len(content) >= 40 and "记者" not in content[:30]


def categorize(head: str, paragraph: str, item: str = "") -> Category:
    """The guidelines' category table applied to the head (title and quote): the category with the most
    keyword hits there; the paragraph only breaks ties. A head with no hit is read in its own item (in
    a paragraph of several heads: "一是要坚定信心，…" beside "二是要…"), then in the paragraph."""
    in_head, in_paragraph = _keyword_hits(head), _keyword_hits(paragraph)
    in_item: Mapping[str, int] = {} if in_head else _keyword_hits(item)
    best: Category = "industry"
    best_score = (0, 0, 0)
    for category in CATEGORIES:
        score = (in_head.get(category, 0), in_item.get(category, 0), in_paragraph.get(category, 0))
        if score > best_score:
            best, best_score = category, score  # type: ignore[assignment]
    return best


@per_article(maxsize=512)
def _keyword_hits(words: str) -> Mapping[str, int]:
    """Keyword hits per category, the longest keyword where two overlap: "产业链" is one hit, not also
    "产业"; "新能源" one, not also "能源". (Kept for the article: the priorities of a paragraph each read
    it.)"""
    hits: dict[str, int] = {}
    for match in _KEYWORD.finditer(words):
        for category in _CATEGORIES_OF[match.group(0)]:
            hits[category] = hits.get(category, 0) + 1
    return hits


def _keyword_categories() -> dict[str, list[str]]:
    """Each category keyword with the categories that list it."""
    categories: dict[str, list[str]] = {}
    for category in CATEGORIES:
        for word in CATEGORY_KEYWORDS[category]:  # type: ignore[index]
            categories.setdefault(word, []).append(category)
    return categories


_CATEGORIES_OF = _keyword_categories()
_KEYWORD = LazyPattern("|".join(map(re.escape, sorted(_CATEGORIES_OF, key=len, reverse=True))))
"""Every category keyword, the longer first, so that one scan finds the longest at each place."""


TITLE_MAX_CHARS = 30
_AIM_CLAUSE = LazyPattern(r"围绕[^,，。]{2,24}")
"""A clause that names the aim or topic the plan after it serves ("围绕打造国家级旅游休闲城市，")."""
_ACTION_TOPIC = LazyPattern(r"(?:同时)?在(?P<action>[^,，。“”]{2,20}(?:行动|工程|计划))中")
"""A named action of a plan as the topic of the clauses after it ("在某某推广行动中，…")."""
_FRAMING_CLAUSE = LazyPattern(
    r"[^,，。]{0,8}?(?:以此为契机|以[^,，。]{2,30}为(?:载体|契机|着力点|抓手|引领|牵引|骨架|核心|基础))"
)
"""A clause that only frames the plan that follows ("嫩江市以此为契机", "以…为着力点")."""
_COMPLIANCE = LazyPattern(r"[^,，。]{0,6}(?:贯彻|落实|按照)[^,，。]{0,30}(?:部署|要求|精神|决策)")
"""A clause that only says the plan follows a higher level ("严格贯彻落实市委、市政府工作安排与部署")."""
_SLOGAN = LazyPattern(r"[\u4e00-\u9fff]{0,4}“[^”]{1,4}”")
"""A one-word slogan before the line of work it stands for ("立足“高”，走好高质量发展道路")."""
_TIME_FRAME = LazyPattern(
    r"(?:过去|近)?[\d一二两三四五六七八九十]*年(?:来|以来)|(?:今年|去年)以来|过去一年|\d{4}年"
    r"|接下来|下一步|今后|未来|今年|明年|新的一年|下半年|同时"
)
"""A time frame that opens a paragraph of a review ("一年来", "近年来", "今年以来") or a plan ("接下来",
"下一步"): a clause of its own, never the title."""
_NAME_WILL = LazyPattern(
    r"^(?:今年|明年|[一二三四]季度)?[\u4e00-\u9fff]{0,4}?(?:将|要)"
    r"(?=(?:持续|全力|着力|大力|加快|深入|进一步)?" + _WORK_VERBS + ")"
)
"""A short subject and its intent before a line of work ("今年岳阳将稳定…", "今年将持续开展…")."""


_TAKEN_AS_TASK = LazyPattern(r"[\u4e00-\u9fff]{1,8}?把(?P<task>[^,，。；;]{2,30}?)作为")
"""A subject that takes a line of work as its task ("某省把深入实施…治理作为…的重要内容之一"): the title is
the work it takes on."""


def title_of(quote: str) -> str:
    """A short title: the head's first clause, without ordinal, frame or region, never cut mid-word
    (a clause longer than 30 characters ends at its last 、 or 的 before that, else stays whole)."""
    aspects = _FROM_ASPECTS.match(quote)
    work = re.sub(r"^(?:发力|入手|着手|着力)?[,，]", "", quote[aspects.end() :]) if aspects else ""
    if _has_chinese(work[:1]):  # "某省从A、B等方面，推动…优化": the work, not its aspects
        return title_of(work)
    launch = _LAUNCH.match(quote)
    if launch is not None:  # "某市在某旗12日同时全面启动…": the programme launched, from its verb
        return title_of(quote[launch.end() - 2 :])
    title = _ORDINAL_PREFIX.sub("", quote)
    title = _SPEAKER_FRAME.sub("", title)
    title = _without_subject(title)
    clauses = [clause for clause in CLAUSE_OR_SENTENCE_END.split(title) if clause]
    frames = (_FRAMING_CLAUSE, _TIME_FRAME, _SLOGAN, _COMPLIANCE, _PURPOSE_CLAUSE, _AIM_CLAUSE)
    if len(clauses) > 1 and any(frame.fullmatch(clauses[0]) for frame in frames):
        clauses = clauses[1:]
    action = _ACTION_TOPIC.fullmatch(clauses[0]) if clauses else None
    if action is not None:  # "在某某推广行动中，…": the action is the title
        return action.group("action")
    first_clause = _TOPIC.sub("", _without_subject(clauses[0])) if clauses else title
    taken = _TAKEN_AS_TASK.match(first_clause)  # "某省把深入实施…作为…的重要内容": the work it takes on
    if taken and _SERIES_ITEM.match(taken.group("task")):
        first_clause = taken.group("task")
    if len(first_clause) <= TITLE_MAX_CHARS:
        return first_clause
    cut = max(first_clause.rfind(mark, 0, TITLE_MAX_CHARS) for mark in "、的")
    return first_clause[:cut] if cut >= TITLE_MAX_CHARS // 2 else first_clause


def _without_subject(words: str) -> str:
    """Words without the subject and its intent that open them ("托克托县将", "我们要", "今年岳阳将")."""
    words = _SUBJECT_WILL.sub("", words) or words
    words = words.removeprefix("我们") or words
    words = _BARE_INTENT.sub("", words) or words
    return _NAME_WILL.sub("", words) or words


def headline_of(text: str, index: TextIndex, start: int, end: int) -> str | None:
    """The leader's lead sentence: the first quoted statement of the section, else its first sentence."""
    for paragraph in index.paragraphs(start, end)[:4]:
        content = paragraph.text(text)
        quoted = re.search(r"“([^”]{12,200})”", content)
        if quoted and _INTERVIEW_LEAD.search(content):
            return quoted.group(1)
    body = [p for p in index.paragraphs(start, end) if _is_body(text, p)]
    return index.first_sentence(body[0]).text(text) if body else None
