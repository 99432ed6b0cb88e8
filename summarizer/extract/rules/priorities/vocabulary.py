"""The words and limits the priority readers share: frames, openings, duties, work verbs."""

from __future__ import annotations

from summarizer.text import LazyPattern

# "高正说，托克托县将…", "陈胡日查介绍，…", "会议要求，…": the speaker's frame before the head proper.
SPEAKER_FRAME = LazyPattern(
    r"^(?:(?:[^。“”]{0,24}?[,，])?[^,，。“”]{1,12}?(?:说|表示|介绍|透露|指出|强调|要求|提出|部署)[,，:：]"
    r"|(?:[\u4e00-\u9fff]{0,10}?(?:书记|长|主任|主席))?[\u4e00-\u9fff]{2,4}[:：](?=\S)|答[:：])"
    # an interview's speaker label: "李四：我们将…", "平江县委书记李明：…", "答：…"
)
# Datelines and descriptions open news paragraphs but are never policy areas.
NOT_A_HEAD = LazyPattern(
    r"^(?:(?:\d{1,2}月)?\d{1,2}日|日前|近日|据|[^,，。]{0,12}(?:电|讯)\b|[^,，。]{1,8}(?:地处|位于))"
    r"|^(?:去年|今年以来|近年来|(?:刚刚)?过去|目前|当前|此前|座谈会上|会上|当日|近?[\d一二两三四五六七八九十]+年来)"
    r"|^在[^,，。]{0,24}(?:下|中|里|时间里|节点|之际|关键期)[,，]|^在[^,，。]{0,12}(?:会|仪式|活动|现场)上[,，]"
    r"|^[^,，。“”]{1,8}(?:会|式)(?:上|期间)[,，]"
    r"|^(?:各位|尊敬的|同志们|朋友们|女士们|大家好|回首|回顾|回望)|^随着[^,，。]{2,30}[,，]"
    r"|(?:以下|如下|下列)[^。]{0,12}(?:工作|任务|方面)|[\d一二两三四五六七八九十几]+个?(?:方面|重点|领域)[^。,，:：]{0,4}(?:[。:：]|$)"
    r"|[\d一二两三四五六七八九十几]+点(?:要求|意见|建议|希望)|^(?:此次|本次|这次)"
)
"""Datelines, time frames ("20年来", "座谈会上", "在发布会上"), a speech's salutation and look-back
("各位代表", "回首过去的一年"), lead-ins that announce a list ("主要聚焦三个方面", "提出三点要求") and the
event itself ("此次项目签约，既是…"): the openings of paragraphs and sentences that are never a policy
area themselves."""
EVENT_NARRATIVE = LazyPattern(
    r"主持|出席|参加|参会|与会|列席|嘉宾|代表(?!性)|致辞|宣布|见证|观看|颁发|剪彩|奠基|陪同|会见|仪式|签署|发言"
    r"|通报|汇报|听取|号召|勉励|供稿|分享到|索引号|发布机构"
    r"|图片|图为|仅供参考|[A-Za-z]{4}|^(?:信息)?来源[:：]|作者[:：]|发布时间|责任编辑|^(?:[\u4e00-\u9fff]{2,3}、){2}"
)
"""What a news page tells of the event and of itself, never a policy area: the host, the guests and
their acts ("副县长某某主持仪式", "与会领导共同为项目奠基"), a list of names, a photo caption, a byline,
the site's footer."""
STUDY_DUTY = LazyPattern(
    r"(?:学习|贯彻|落实|领会|传达)[^,，。；;]{0,80}?(?:精神|重要讲话|重要指示|决策部署|部署要求)"
)
"""A duty to study and carry out the spirit of a higher meeting ("要深入贯彻落实…会议精神", "要把学习贯彻…
精神作为当前的重要政治任务"): the lead-in of a meeting's tasks, not one of them."""
ATTENDANCE = LazyPattern(r"(?:出席|参加|列席|陪同|主持)(?:了)?(?:会议|发布会|座谈会|活动|仪式|讨论|座谈)?$")
"""A sentence that ends by saying who attended ("副县长李梅出席发布会"): an event's narration."""
STUDY = LazyPattern(r"^[^,，。]{0,8}?(?:(?:学习|传达|贯彻落实)[^,，。]{0,40}精神|坚持以[^,，。]{2,30}为指导)")
"""A first clause about taking in a meeting's spirit or a doctrine ("坚持把学习贯彻全会精神与…结合起来",
"迅速掀起贯彻落实全市两会精神的高潮", "坚持以…思想为指导"): how the region receives a higher level's
words, not a policy area."""
ORDINAL_PREFIX = LazyPattern(
    r"^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[是要](?:始终)?|第[一二三四五六七八九十][,，]"
    r"|(?:首先|其次|再次|最后)[,，]|(?:一方面|另一方面)[,，]?)"
)
GLUED_HEADING = LazyPattern(
    r"(?:开展|实施|推进|加快|打造|深化|强化|推动|提升|做好|抓好|坚持|聚焦|优化|完善|构建|培育|壮大)"
    r"[^,，。；;“”\d]{3,16}(?:行动|工程|工作|建设|体系|环境|产业|改革|发展|服务)$"
)
"""A sub-heading glued into the running text of a news item: a short sentence of its own that names a
line of work ("开展供热设备整治专项行动。")."""
WORK_VERBS = (
    r"(?:聚焦|坚持|围绕|抓好|做好|办好|加强|推进|推动|优化|深化|实施|开展|强化|提升|压实|落实|打造|建设|培育"
    r"|壮大|做强|做大|发展|改善|保障|促进|构建|完善|守住|稳定|扩大|拓宽|筑牢|加大|狠抓|大抓|搞好|锚定|抓)"
)
"""The verbs that name a line of work in a duty or a plan ("聚焦…", "压实…", "实施…行动")."""
DUTY = LazyPattern(
    r"(?:我们|各[^,，。；;“”要]{1,12}?|全[省市县区旗州盟][^,，。；;“”要]{0,8}?)?(?:还|也|则)?要"
    r"(?:因地制宜|坚定不移|全力以赴|千方百计|持之以恒|久久为功|毫不放松|一以贯之|坚持不懈|多措并举)?"
    r"(?:持续|扎实|全力|大力|着力|切实|进一步|不断|全面|积极|统筹|深入|坚决|认真|加快|狠抓|抓紧|把)?"
    + WORK_VERBS
)
"""A sentence that opens with a duty ("要聚焦…", "各旗县区要压实…", "我们要坚持…"): a meeting's or a
speech's tasks, each an item of an enumeration when two or more open the sentences of a paragraph."""
PLAN_WORK = LazyPattern(WORK_VERBS)
SERIES_ITEM = LazyPattern(
    r"(?:继续|持续|不断|全面|着力|大力|深入|进一步|加快|积极|切实|扎实|全力|坚定不移地?)?" + WORK_VERBS
)
"""A line of work that opens an item of a plan series ("继续推进产业升级", "深入实施城市精细化管理")."""
FIGURE = LazyPattern(r"\d")
FROM_ASPECTS = LazyPattern(
    r"[^。；;！？“”]{0,16}?(?:还|也|将|要)?从(?=[^。；;！？]{0,40}、)[^。；;！？]{4,160}?"
    r"等?(?:[\d一二三四五六七八九十两几多]+个?)?方面"
)
"""The aspects a line of work is taken up from, listed between 、 ("从A、B、C等方面")."""
INTERVIEW_LEAD = LazyPattern(r"(?:采访|专访|表示|介绍|说)")
REST_MIN_CHARS = 40
CLOSING_QUOTES = '”’」』" '
"""The close of a quotation that ended the sentence before ("…。”下一步，…"): no part of the next one."""
NEXT_STEP_OPENING = LazyPattern(r"^(?:下一步|接下来|今后)[,，]")
LINE_OF_WORK = LazyPattern(
    r"打造|建设|推进|推动|加快|促进|构建|培育|拓展|深化|提升|编制|传承|弘扬|深耕|发展|创建|承接|引进"
    r"|挖掘|开发|延伸|放大|完善|优化|强化|加强|实施|开展|建立|健全|落实|扩大|壮大|做强|做优|推出|改善|整治"
    r"|保护|修复|提高|增强"
)
DONE = LazyPattern(r"了|已|曾|成为|获批|获评|累计|同比")
"""A clause that reports a result, not a plan: 了, 已, 成为, 获批 …"""
GRIP_CLAUSE = LazyPattern(r"(?:[\u4e00-\u9fff]{2,4})?抓(?![紧住手早])好?[^,，。；;、“”\d]{2,12}")
"""A clause that names a line of work with 抓: "集中精力抓双招双引", "抓好项目建设" (never 抓紧, 抓住)."""
SPEAKER_AFTER = LazyPattern(r"(?P<speaker>[^。，,“”]{2,40}?)(?:说|表示|介绍|指出|强调)(?:[。，,]|$)")
RESULTS_OPENING = LazyPattern(
    r"(?:今年|去年)?(?:上半年|一季度|前三季度|[1-9一二三四五六七八九十]+月?[-—~至到][1-9一二三四五六七八九十]+月|前[1-9一二三四五六七八九十]+个?月)[,，]"
    r"|(?:今年|去年)?(?:上半年|一季度|前三季度)(?=全[省市县区旗州盟]|我[省市县区旗州盟])"
    r"|截[至止]|如今|眼下|走进|记者(?:了解到|获悉|从)"
)
"""A paragraph that opens with a period's results ("上半年，", "截至目前", "1-7月，", "1月至6月，"), a
scene of the reporter's ("走进…", "眼下") or the reporter's source: narrative, never a policy area."""
PLAN_INTENT = LazyPattern(r"将|(?<![主首重需只])要(?![素求点])|力争|计划|争取|预计|下一步")
"""A word of intent of a plan; 确保 inside a review's item is the purpose of work done ("…，确保安全")."""
INTENT_WORD = LazyPattern(r"将|(?<![主首重需只])要(?![素求点])|力争|确保|计划|争取|预计")
COUPLET_OPENING = LazyPattern(r"(?P<first>[\u4e00-\u9fff]{4,8}) (?=[\u4e00-\u9fff])")
"""The first half of a couplet heading glued to its body ("坚持党建引领 做实建强网格按照…"): the second
half has the first's length."""
MEASURE_HEADS_MIN = 2
SUBJECT_INTENT = LazyPattern(r"[^,，。；;“”]{0,22}?(?:还|也|仍)?(?:将|要)(?![素求点害])")
"""A plan's subject and its word of intent before the line of work ("某县将", "该局要")."""
LAUNCH = LazyPattern(
    r"[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|镇|乡|街道|局|委|办|厅|政府|管委会)"
    r"(?:在[^,，。；;“”]{2,20}?(?=\d{1,2}日|同时|全面|正式))?(?:\d{1,2}日)?(?:同时|全面|正式|率先|首次)*"
    r"(?:开通|上线|启动|启用)(?![了的])"
)
"""A news item's lead that announces a programme a government body launches ("8月9日，某区开通“企业服务
直通车”", "近日，某市启动…行动", "某市在某旗、某旗12日同时全面启动…"): the programme is the item's
priority. Never a document it issues (印发, 出台): the document's aims are the priorities, not its issuing."""
OPENING_CLAUSE = LazyPattern(r"^([^,，。；;：:“”]{2,6})[,，]")
PARALLEL_MIN = 3
LONG_SPEAKER_FRAME = LazyPattern(r"^[^,，。“”]{1,30}?(?:说|表示|介绍|指出|强调)[,，:：]")
"""A speaker's frame with the occasion in it ("白松涛当日在…新闻发布会上介绍，")."""
TITLE_LABEL = LazyPattern(r"(?:原标题|原题|标题)[:：]")
IS_A_FACT = LazyPattern(r"(?<![但就还])是(?!否)")
"""A clause that says what something is ("玉林是广西的重要工业基地", "…将是新的经济增长极")."""
