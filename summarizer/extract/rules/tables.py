"""The readable tables behind the offline rules: cue words, non-target contexts, category keywords.

Each table is data; the functions in targets.py and the priorities package only look words up here.
"""

from __future__ import annotations

from summarizer.schema import Category

# Tense markers (guidelines §3): the nearest one before a quantity in its sentence says whether it is planned
# (future) or already achieved (past). Longer words are matched first ("今年以来" before "今年").
FUTURE_MARKERS: tuple[str, ...] = (
    "将",
    "计划",
    "力争",
    "确保",
    "争取",
    "努力",
    "力求",
    "目标是",
    "目标为",
    "任务是",
    # what a project yields once built: "建成后可年产新型复合材料10万吨", "投产后年产值可达20亿元"
    "建成后",
    "投产后",
    "达产后",
    "投用后",
    # a plan document as the frame of a statement: "根据方案，今年全县新建…", "按照规划，…"
    "根据方案",
    "按照方案",
    "根据规划",
    "按照规划",
    "按规划",
    "预期目标",
    "拟",
    "全年",
    "年内",
    "今年",
    "明年",
    "年底",
    "年末",
    "年前",
    "届时",
    "未来",
    "即将",
    "下一步",
    # work that remains to be done: "户用光伏还需完成380户", "尚需新建…"
    "还需",
    "仍需",
    "尚需",
    "可实现",
    "可达到",
    "可达",
    "预期",
    # the planned scale of a zone or project: "规划面积11898亩", "一共规划了16栋楼", "规划发展900平方公里"
    "规划面积",
    "规划总面积",
    "规划用地",
    "规划了",
    "规划发展",
    "规划建设",
    "规划新建",
)
DATA_SOURCES: tuple[str, ...] = ("数据显示", "统计显示", "据统计", "统计数据", "监测数据", "数据表明")
"""The source a sentence reports data from ("根据某厅统计数据，…"): what follows was counted, a result."""
PAST_MARKERS: tuple[str, ...] = (
    "已",
    "累计",
    "成功",
    "去年",
    "上年",
    "上半年",
    "今年以来",
    "截至",
    "年间",
    "同期",
    "现有",
    "共有",
    "拥有",
    "截止",
    "同比",
    "比上年",
    "较上年",
    "过去",
    "年来",
    "以来",
    "此前",
    "昨天",  # the news event's day ("昨天上午，来自某街道的3名居民代表走进直播间")
    "昨日",
    "日前",  # "a few days ago" ("日前成都市争取到位…中央预算内投资10.7亿元"); "8月31日前" is a deadline
    "争取到位",  # funds secured ("项目争取到位1.5亿元"): 到位 completes the verb
    "曾经",
    "荣获",
    "获批",
    "入选",
    "位列",
    "名列",
    "首次",
    "连续",
    "得到",
    "先后",
    "有望",
    "目前",
    "签约",
    "举行",
    "揭牌",
    "提前一年",
    "年初承诺",
    "现在",
    "完成计划的",
    "全年共",
    *DATA_SOURCES,
    # a growth up to now: "从最初十多家增加至今年的二百余家"
    "至今年的",
    "到今年的",
    "至目前的",
    "到目前的",
    # a record set against the past: "为近年最多", "创历史新高"
    "近年最",
    "历史新高",
    "历史最好",
    "历史最高",
)
STATES_TO_REACH: tuple[str, ...] = (
    "累计",
    "得到",
    "成功",
    "首次",
    "连续",
    "位列",
    "名列",
    "入选",
    "拥有",
    "共有",
    "近年最",
    "历史新高",
    "历史最好",
    "历史最高",
)
"""Past markers that name a state rather than date an event: after a deadline ahead that opens their sentence
("到2025年底，…品牌得到全面彰显，…累计达6万家") they describe what is to be reached by then."""
# Verbs of attainment: a quantity stated with one of them and no future word ("社会消费品零售总额实现186.5
# 亿元", "城镇化率提高到56.3%", "建成现代农业产业园12个") reads as a result in a text that reports results.
ATTAINMENT_VERBS: tuple[str, ...] = (
    "实现",
    "完成",
    "达到",
    "达",
    "突破",
    "超过",
    "建成",
    "增加到",
    "提高到",
    "提升到",
    "扩大到",
    "缩小到",
    "缩短到",
    "增长",
    "下降",
)
# A period of the year to date ("上半年", "1-6月", "前5个月"): what is counted over it is a result;
# after a year ("2023年上半年") the year is no plan.
PERIOD_TO_DATE_PATTERN = (
    r"上半年|前三季度|一季度|第一季度|前[一二三四五六七八九十\d]{1,2}个?月(?!内)"
    r"|[1一]\s*(?:月份?)?\s*[-—–~至到]\s*[\d一二三四五六七八九十]{1,2}\s*月份?"
    r"|元(?:月)?至[\d一二三四五六七八九十]{1,2}月份?"
)
# Words before a year that make it a cut-off of a report: "截至2023年6月底".
CUT_OFF_WORDS: tuple[str, ...] = ("截至", "截止", "截至到")
# Verbs of planning: "明确了34项任务", "安排了383项重点项目" complete the planning, not the work planned.
PLANNING_VERBS: tuple[str, ...] = (
    "明确",
    "提出",
    "制定",
    "确定",
    "部署",
    "出台",
    "印发",
    "谋划",
    "筛选",
    "安排",
    "梳理",
    "规划",
    "设定",
    "下达",
    "设计",
)
# The perfective particle after a verb ("新建了", "压减了50%") marks a completed action; not after a verb of
# planning, nor in 为了, 除了, 罢了, 不了, 了解, 了然.
# "规划了16栋楼", "安排了383项重点项目": the planning is done, what it planned is still to come.
PLANNED_LE_PATTERN = rf"(?:{'|'.join(PLANNING_VERBS)})了"
PERFECTIVE_LE_PATTERN = rf"(?<=[\u4e00-\u9fff])(?<![为除罢不])(?<!{'|'.join(PLANNING_VERBS)})了(?![解然])"
# The frame of a reported event (a signing, a ground-breaking, a fair, a meeting): what the sentence counts
# happened there ("座谈会上，对接央企项目50项", "此次全市共开工61个项目") unless a nearer word says future.
EVENT_FRAME_PATTERN = (
    r"(?<!社)会上|仪式上|活动上|(?:活动|仪式|会议)现场|现场(?=签约|开工|集中|成交)|(?:此次|本次)(?!涉及)|当天|当日"
    r"|(?<=[会节展])期间"
)
# How much of the year's plan is done ("完成年度目标任务78%", "完成全年目标的60%", "占年度目标的63.88%",
# "完成年度计划投资的70%", whose 计划 names the plan, not a plan of the sentence): the sentence reports
# progress, so its other figures are results too; not a plan's bound ("完成总任务60%以上").
PROGRESS_SHARE_PATTERN = (
    r"(?:完成|占)(?:年度|全年)?[^,，。;；\d%]{0,8}?(?:计划|目标|任务)(?:数|投资|资金|产值|总量|工作量)?的?\s*"
    r"\d+(?:\.\d+)?%(?!以上|左右|以内)"
)
# A date the work is due by, ahead of the text ("国庆前完成全部改造", "6月底前建成"): the figure is planned
# even in the frame of a reported meeting ("会上，市长要求，国庆前完成…").
DUE_DATE_PATTERN = (
    r"(?:国庆|春节|元旦|五一|中秋|端午|开学|入冬|供暖|开栓|汛期|主汛期)(?:节)?前"
    r"|[\d一二三四五六七八九十]{1,2}月(?:份|底|末|中旬|上旬|下旬)?(?:之)?前(?![\d一二三四五六七八九十])"
)
# A completion reported as an event ("…项目在县工业园区正式投产", "大桥顺利通车"): the project is built,
# unless a plan word before it in its clause puts the completion ahead ("将于年底正式投产").
COMPLETION_EVENT_PATTERN = (
    r"(?:正式|顺利|成功)"
    r"(?:建成投产|竣工投产|建成投用|建成|竣工|投产|投用|通车|开业|运营|并网|落成|开园|上线|启用)"
)
# A completion that closes its clause ("扩建工程竣工投用，新增日处理能力5万吨", "新院区投入使用，新增床位800
# 张"), not an attribute ("建成投用的…", "竣工投用项目20个") nor a condition ("建成投用后"): an event when its
# sentence has told of late (`RECENT_PAST_PATTERN`) before it; a plan's duty says the same words
# ("推动…项目2024年建成投产").
COMPLETION_CLOSING_PATTERN = (
    r"(?:竣工投用|建成投用|竣工投产|建成投产|建成通车|竣工通车|投入使用|投入运营|交付使用)(?=了|[,，。;；])"
)
# A gain told as attained ("今年全区小麦播种面积28.6万亩，总产12.8万吨，实现面积、单产、总产“三增”"): the
# sentence reports a harvest or a year's result, unless a plan word before it in its clause aims at it
# ("力争实现粮食增产").
GAIN_TOLD_PATTERN = r"实现[^,，。;；]{0,12}?(?:[双三四]增|增产|丰收)(?![的目])"
RECENT_PAST_PATTERN = (
    r"日前|近日|目前|昨日|昨天|今天|今日|当天|当日|已经?|(?<![\d年])\d{1,2}月\d{1,2}日(?![前起])"
)
COMPLETION_AHEAD_WORDS: tuple[str, ...] = (
    "将",
    "计划",
    "预计",
    "力争",
    "确保",
    "争取",
    "拟",
    "有望",
    "可望",
    "年底",
    "年内",
    "月底",
    "下半年",
    "明年",
    "前",
    "后",
    "要",
)
# A marker word used as a noun or as a content verb is no marker: "…伙伴计划，首批12家" (the name of a
# plan), "争取中央预算内资金3.2亿元" (funds obtained: the paragraph says when).
_ADVERBS_AFTER_WILL = (
    "进一步",
    "继续",
    "全面",
    "逐步",
    "重点",
    "优先",
    "统一",
    "陆续",
    "及时",
    "积极",
    "加快",
    "正式",
    "首次",
    "适时",
    "全力",
    "持续",
    "大力",
    "着力",
    "依法",
    "不断",
    "深入",
    "切实",
    "主动",
    "有序",
    "按",
    "根据",
    "在",
    "于",
    "会",
    "以",
    "通过",
    "同步",
    "一并",
    "全部",
)
"""Adverbs that follow the 将 of the future ("将进一步纳入…", "将继续作为…"): no object of a 把-like 将."""
NOT_A_MARKER_WHEN_FOLLOWED_BY: dict[str, str] = {
    # "计划开工项目173个，实际开工188个": the plan of a period set against what was actually done;
    # "考试计划数": the planned number, a noun; "计划生育", "计划单列市", "计划经济": nouns of their own.
    "计划": r"[，,。；;、：:”》）)的]|[^。；;]{0,20}?[,，]实际|数(?![字据码])|生育|单列|经济",
    # "争取地方电力部门支持": support obtained for a task, the means of a narrated action.
    "争取": (
        r"(?:到位)?(?:中央|国家|上级|省级?|市级|专项|资金|政策|债券|地方政府|超长期|各类)"
        r"|[^,，。;；]{0,8}?支持[,，]"
    ),
    "今年": rf"(?:{PERIOD_TO_DATE_PATTERN}|前两个季度)",
    # "现有…扩能600~800万吨", "在现有…基础上": what exists is changed; the change is the plan.
    "现有": r"[^,，。;；]*?(?:基础上|扩|提升|提高|增加|增至|整合|改造|升级|压减|减少|淘汰|关停|退出|到|至)",
    # "推进目前尚存的13.4万平方米…改造": what remains is the work still to do.
    "目前": r"(?:尚存|仍存|剩余|尚余|仍有|尚有)的",
    # "创建未来乡村300个", "未来产业", "未来科技城": 未来 as part of a name; "未来五年", "未来将…" look ahead.
    "未来": r"(?![\d一二两三四五六七八九十几数,，、的将要])",
    # "培育拟上市企业15家": a class of companies, not a plan.
    "拟": r"(?:上市|挂牌)",
    # "…清理道路淤泥，确保道路干净、畅通；…近100人纷纷行动起来": the aim of the work just told, a clause
    # without a figure that closes its part of the sentence, sets nothing after it ahead.
    "确保": r"[^\d,，。;；:：]{0,12}[;；]",
    # "将2.3万名困难群众纳入低保", "将其改造为…": 将 before its object marks it (as 把 does), not the future.
    # "立即召集…，将电力负荷从170千伏安提升至600千伏安": 将 + an object + 从…至 moves the object (as 把 does).
    # "市总工会将清凉饮品送到司机手中", "将考试计划数投放至最大量", "将全乡…整改图斑…具体到村组": 将 + an
    # object + a verb that hands, moves or assigns it to a place, as 把 does ("将把…发放到…" keeps its 将
    # of the future).
    # "临河区将村级党组织领办合作社作为重要抓手", "山东将提振消费作为关键": 将 + an object + 作为, 纳入, 列为
    # takes the object as something (as 把 does); an adverb after 将 ("将进一步纳入", "将继续作为") is the
    # future's.
    "将": (
        r"(?:\d(?!\d{3}\s*年)|其|该|此|这些|这批"
        r"|[^,，。;；]{1,10}?从[^,，。;；]{1,12}?(?:提升|提高|增加|扩大|扩容|调整)(?:至|到)"
        r"|(?![把要])[^\d,，。;；]{2,12}?(?:送|交|分发|投放|转移|转交|具体|落实|分解|细化)(?:到|至|往|给)"
        rf"|(?![把要]|{'|'.join(_ADVERBS_AFTER_WILL)})[^\d,，。;；“”]{{2,20}}?(?:作为|纳入|列入|列为|视为|当作|当成))"
    ),
}
# A marker word after these is no marker: "好于预期", "超预期" compare a result with what was expected;
# "20年前", "三年前" count years back.
_PLAN_WORD_BEFORE_AN_EVENT = r"(?:将|计划|力争|确保|争取|拟|预计|努力|力求|(?<![重主需纲首必摘概只])要)"
_PLANNED_EVENT = _PLAN_WORD_BEFORE_AN_EVENT + r"(?:全年|年内|今年|明年|年底前?)?$"
"""A plan word right before an event verb, or before the year it dates: "力争签约项目30个以上", "确保全年签约
项目50个以上", "将举行…" plan the event."""
NOT_A_MARKER_WHEN_PRECEDED_BY: dict[str, str] = {
    **{event: _PLANNED_EVENT for event in ("签约", "举行", "揭牌", "获批", "入选", "荣获")},
    "预期": r"(?:于|超|超出|符合)$",
    "预期目标": r"(?:于|超|超出|符合)$",
    # "超出计划3家", "超额完成计划": the plan as the measure of a result, not a mark of the future.
    # "占年度计划15.3亿元的": the plan as the measure of a result; "签约项目13个，计划投资9.5亿元": the
    # planned investment of projects just counted, an attribute of theirs.
    "计划": r"(?:超出|超过|超额完成|好于|高于|比|占(?:年度|全年)?(?:投资)?|\d[个项家][,，、])$",
    # "立即将队伍划分为三个救援方向", "迅速将伤员转移": after an adverb of prompt action 将 takes an object
    # (as 把 does); the future puts such an adverb after it ("将立即启动…"). "公安局已将10名嫌疑人移送…":
    # after 已 too, the object of a done act.
    "将": r"(?:立即|立刻|马上|迅速|及时|随即|第一时间|已经?|均已|都已)$",
    # "立即将队伍划分为…", "随即将其转移": 立即 or 随即 then the 将 of an object, not 即将 ("about to").
    "即将": r"[立随]$",
    # "为确保所有学员及时参考，车管所增加3场考试": the purpose of what the sentence narrates, which says
    # nothing of its time ("为确保…，全市将…" keeps its own 将).
    "确保": r"为了?$",
    # "取消拟开发电源点20处", "清理拟建项目": 拟 after a verb that acts on things qualifies them (the
    # sites that were planned), it plans nothing.
    "拟": r"(?:取消|清理|退出|叫停|停止|暂停|撤销|关停|否决)$",
    # "对现有道路…及时补植", "把现有厂房改造为…": after a preposition 现有 qualifies the object of a measure,
    # it states no present stock.
    "现有": r"(?:对|把|将|为|给|向|在)$",
    # "到2030年，…沙化土地将全部得到治理": after 将 (or 会, 可), 得到 is the passive of what is still to
    # be done, no result obtained.
    "得到": r"(?:将|会|可|能|要)(?:全部|全面|逐步|进一步|有效|切实|充分|更好)?(?:地)?$",
    # "8月31日前", "国庆节日前", "开学日前": before a day, a deadline to come.
    "日前": r"(?:[\d一二两三四五六七八九十号节假期当学]|[0-9]\s)$",
}
# A marker word after these looks back instead: "20余年前", "三年前" count years back from now (年前 alone
# is "before the new year", a plan's time).
PAST_WHEN_PRECEDED_BY: dict[str, str] = {
    "年前": r"[\d一二两三四五六七八九十几多余]$",
}
# Past-year words: a 全年 / 年内 later in their paragraph is that past year
# ("去年…，全年固定资产投资超2000亿元").
PAST_YEAR_WORDS: tuple[str, ...] = ("去年", "上年")
# "全年任务", "年度目标任务": nouns, not time adverbs.
NOT_A_MARKER_AFTER: tuple[str, ...] = ("任务", "目标", "计划", "率")
# "要" is a future modal except inside words such as 重要, 主要, 需要, 要求, 要素.
FUTURE_YAO_PATTERN = r"(?<![重主需纲首必摘概只])要(?![求素点是件闻])"
# Words before a quantity that describe what exists now: "现有300万吨", "我区有20个", "是一座".
PRESENT_STATE_ENDINGS: tuple[str, ...] = (
    "现有",
    "现有的",
    "拥有",
    "共有",
    "有",
    "是",
    "总面积",
    "其中",
    "我区",
)
BACKGROUND_AFTER: tuple[str, ...] = ("之一",)
# A stock stated as it stands ("5G基站总数达1.2万个", "新能源汽车保有量达到8.6万辆"): what exists now,
# unless a plan word of its clause or sentence, or its paragraph's opener or lean, says it is to be reached.
STOCK_NOUNS: tuple[str, ...] = ("总数", "总量", "保有量", "总里程", "存量")
# The region as the subject of a yearly flow ("我区每年接待游客近3亿人次"): a present state, unless a plan
# word or a plan's bound (以上, 左右) says it is to be reached.
REGION_SUBJECTS: tuple[str, ...] = tuple(
    pronoun + level for pronoun in "我全本" for level in "区市县旗省州盟"
)

# A paragraph that opens with one of these looks back: its quantities are results unless marked future.
LOOKBACK_OPENERS: tuple[str, ...] = (
    "过去一年",
    "一年来",
    "过去五年",
    "五年来",
    "今年以来",
    "上半年",
    "今年上半年",
    "前三季度",
    "今年前三季度",
    "近年来",
    "回顾",
    "截至目前",
    "这一年",
)
# A paragraph that opens with one of these lays out plans, whatever came before it.
PLAN_OPENERS: tuple[str, ...] = (
    "工作安排",
    "目标任务",
    "总体要求",
    "主要预期目标",
    "主要目标",
    "发展目标",
    "下一步",
    "今后",
)

# Words in a clause that mark a quantity as a policy parameter (reward, subsidy, tax), not a target.
PARAMETER_CUES: tuple[str, ...] = (
    "奖励",
    "补贴",
    "补助",
    "资助",
    "给予",
    "最高",
    "一次性",
    "贴息",
    "税率",
    "减按",
    "奖补",
    "扶持资金",
)
# Words right before a quantity that make it a technical specification.
SPEC_PREFIXES: tuple[str, ...] = (
    "时速",
    "电压",
    "海拔",
    "深度",
    "宽度",
    "红线宽",
    "长度为",
    "直径",
    "排名第",
    "第",
)
SPEC_UNITS: frozenset[str] = frozenset({"千伏", "伏", "级", "年", "岁", "周岁", "倍"})

# Measure units: a small Chinese-numeral quantity in any other unit ("一个", "两种", "一张") is an idiom
# or an enumeration, never a target.
MEASURE_UNITS: frozenset[str] = frozenset(
    {
        "元",
        "吨",
        "亩",
        "千瓦",
        "%",
        "吨标准煤",
        "吨标准煤/万元",
        "平方米",
        "公里",
        "平方公里",
        "公顷",
        "米",
        "立方米",
        "斤",
        "千瓦时",
    }
)

# Units that count items (the metric gets "数量" when it names only the items).
COUNTER_UNITS: frozenset[str] = frozenset(
    {
        "个",
        "场",
        "场次",
        "家",
        "项",
        "条",
        "座",
        "户",
        "所",
        "台",
        "套",
        "辆",
        "张",
        "部",
        "批",
        "处",
        "位",
        "件",
        "栋",
        "间",
        "床",
        "列",
        "次",
        "只",
        "头",
        "人",
        "人次",
        "例",
    }
)
# Nouns that follow an enumeration count ("三个方面") and make it a count of the items just named.
ENUMERATION_NOUNS: tuple[str, ...] = ("方面", "大", "类", "件事", "个方面", "件大事", "项任务", "篇文章")

# Verbs of scope: a count right after them names the field an action covers ("围绕22个产业、189条产业链,
# 补链延链"), not an amount to reach.
SCOPE_VERBS: tuple[str, ...] = ("围绕", "聚焦", "涵盖", "针对", "立足")
# Measures of a whole: "7条重点产业链产值突破7000亿元" — the count only says whose 产值 the target is.
MEASURE_NOUNS: tuple[str, ...] = (
    "产值",
    "营业收入",
    "营收",
    "收入",
    "规模",
    "产量",
    "总量",
    "销售额",
    "增加值",
    "交易额",
)

# Words that, after a quantity, say it is the scale of a named project.
PROJECT_NOUNS: tuple[str, ...] = (
    "项目",
    "工程",
    "生产线",
    "产业链",
    "基地",
    "园区",
    "产业园",
    "电站",
    "电厂",
    "装置",
    "示范",
    "基金",
)
# Verbs that say a quantity is a level to reach (goal) rather than an amount of work (action).
GOAL_VERBS: tuple[str, ...] = (
    "达到",
    "达",
    "提升到",
    "提高到",
    "提升至",
    "提高至",
    "突破",
    "超过",
    "增长",
    "稳定在",
    "控制在",
    "进入",
    "降到",
    "降至",
    "下降",
    "缩短到",
    "保持",
    "实现",
    "占",
    "可实现",
    "年产值",
    "营业额",
    "产值",
)
GOAL_METRIC_ENDINGS: tuple[str, ...] = (
    "率",
    "比重",
    "比例",
    "规模",
    "总量",
    "产值",
    "营业额",
    "产能",
    "指数",
    "涨幅",
)

# Leading words stripped from a clause to leave the metric's noun phrase.
METRIC_LEADING_NOISE: tuple[str, ...] = (
    "同时",
    "并且",
    "并",
    "还要",
    "要",
    "将",
    "计划",
    "力争",
    "确保",
    "争取",
    "努力",
    "全年",
    "年内",
    "今年",
    "明年",
    "到明年",
    "年底",
    "年前",
    "预计",
    "推动",
    "推进",
    "实施",
    "完成",
    "新建",
    "建成",
    "打造",
    "加快",
    "持续",
    "全力",
    "重点",
    "积极",
    "进一步",
    "大力",
    "实现",
    "其中",
    "力争到",
    "目标是",
    "主要预期目标是",
    "再",
    "新增",
    "全面",
)
METRIC_TRAILING_NOISE: tuple[str, ...] = (
    "分别",
    "达到",
    "达",
    "提升到",
    "提高到",
    "提升至",
    "提高至",
    "突破",
    "超过",
    "增长",
    "稳定在",
    "控制在",
    "降到",
    "降至",
    "缩短到",
    "为",
    "在",
    "到",
    "至",
    "约",
    "近",
    "共",
    "总计",
    "合计",
    "规模",
    "的",
)

# Priority heads: how the text's own structure opens a policy area (guidelines §2).
NUMBERED_HEAD_PREFIXES: tuple[str, ...] = (
    "(一)",
    "(二)",
    "(三)",
    "(四)",
    "(五)",
    "(六)",
    "(七)",
    "(八)",
    "(九)",
    "(十)",
)
ORDINAL_IS: tuple[str, ...] = ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是")
HEAD_OPENERS: tuple[str, ...] = (
    "坚定不移",
    "持续做好",
    "全力以赴",
    "毫不动摇",
    "聚焦",
    "着力",
    "坚持",
    "围绕",
)
CHAPTER_TITLE_WORDS: tuple[str, ...] = ("工作回顾", "工作安排", "目标任务", "前言", "主要预期目标")
ARTICLE_TITLE_WORDS: tuple[str, ...] = (
    "召开",
    "举行",
    "会议",
    "讲话",
    "发布会",
    "访谈",
    "专访",
    "答记者问",
    "工作报告",
    "摘要",
    "摘登",
    "回眸",
    "这一年",
    "综述",
    "侧记",
    "重点工作",
    "主要任务",
    "集中签约",
    "集中开工",
    "签约仪式",
    "开幕",
)
"""Words that name an event, a document, a news genre or a part of one: a line with one of them is the
title of the article or of its part ("某市召开全市工业经济推进会", "县委书记访谈", "政府工作报告（摘要）",
"2024年重点工作"), never a policy area (§2)."""

# Category keywords (guidelines §2 table): weight per hit; the heading counts three times the paragraph.
CATEGORY_KEYWORDS: dict[Category, tuple[str, ...]] = {
    "industry": (
        "产业",
        "工业",
        "制造",
        "化工",
        "新材料",
        "生物医药",
        "园区",
        "转型升级",
        "链主",
        "产业链",
        "焦化",
        "集群",
        "数字经济",
        "企业",
        "新质生产力",
        "实体经济",
    ),
    "energy": (
        "能源",
        "新能源",
        "风电",
        "光伏",
        "储能",
        "氢",
        "电网",
        "火电",
        "煤电",
        "装机",
        "绿电",
        "清洁能源",
        "电力",
        "煤炭",
        "充电",
        "充电基础设施",
        "充电设施",
        "充电桩",
    ),
    "agriculture": (
        "农业",
        "农牧业",
        "粮食",
        "耕地",
        "农田",
        "奶业",
        "畜牧",
        "种业",
        "养殖",
        "农畜产品",
        "农产品",
        "牧草",
        "草业",
        "种植",
        "乳业",
        "奶牛",
        "生猪",
        "育种",
        "春耕",
        "备耕",
        "农资",
    ),
    "ecology": (
        "生态",
        "治沙",
        "荒漠化",
        "污染",
        "环境",
        "碳汇",
        "节能",
        "低碳",
        "绿色",
        "三北",
        "林业",
        "造林",
        "保护",
        "节水",
        "水土",
        "治理",
    ),
    "culture_tourism": (
        "文旅",
        "旅游",
        "文化",
        "文物",
        "景区",
        "遗址",
        "北疆文化",
        "考古",
        "书屋",
        "阅读",
        "读书",
        "共读",
    ),
    "investment": (
        "招商引资",
        "项目建设",
        "抓项目",
        "投资",
        "营商环境",
        "签约",
        "招商",
        "项目为王",
        "重点项目",
        "争资争项",
        "要素保障",
    ),
    "services_consumption": (
        "消费",
        "商业",
        "物流",
        "服务业",
        "商超",
        "零售",
        "市场活力",
        "业态",
        "金融",
        "维保",
    ),
    "reform": ("改革", "国企", "国有企业", "资产", "转型发展", "体制机制", "资本市场", "上市"),
    "opening_up": (
        "开放",
        "外贸",
        "进出口",
        "口岸",
        "桥头堡",
        "双循环",
        "区域合作",
        "协同发展",
        "协作",
        "自营出口",
        "一带一路",
    ),
    "innovation": ("科技", "创新", "人才", "研发", "高新技术", "科技型", "突围", "算力"),
    "livelihood": (
        "民生",
        "志愿服务",
        "健康",
        "留守儿童",
        "老年人",
        "就业",
        "教育",
        "医疗",
        "养老",
        "供热",
        "供暖",
        "社会保障",
        "共同富裕",
        "富裕",
        "增收",
        "社保",
        "救助",
        "冬病夏治",
        "医院",
        "医共体",
        "卫生",
        "无障碍",
        "残疾人",
        "困难儿童",
        "助学",
        "社区食堂",
        "助餐",
    ),
    "urban_rural": (
        "城市",
        "城镇",
        "乡村振兴",
        "基础设施",
        "城乡",
        "一体化",
        "融入首府",
        "老旧小区",
        "人居环境",
        "交通",
        "公路",
        "道路",
        "供水",
        "完整社区",
        "生活圈",
    ),
    "unity_security": (
        "民族团结",
        "共同体",
        "边疆",
        "安全稳定",
        "北疆安全",
        "稳定屏障",
        "中华民族",
        "安全生产",
        "发展和安全",
        "平安",
        "隐患",
        "风险防范",
        "防范化解",
        "底线",
        "信访",
        "扫黑除恶",
        "应急",
    ),
    "governance": (
        "党建",
        "作风",
        "落实",
        "机制",
        "政府自身建设",
        "担当",
        "法治",
        "责任",
        "从严治党",
        "廉政",
        "纪律",
        "目标任务",
        "工作效率",
        "效能",
        "恪尽职守",
        "协作配合",
        "主题教育",
        "凝心铸魂",
        "忠诚",
        "政治站位",
        "全面领导",
        "党组织",
        "政绩观",
    ),
}

# Higher-level regions that a clause can quote a target from: alias → full name.

# The register of a plan (guidelines §3): a duty stated with no subject, or with the region as its subject,
# that opens on a verb of work ("新建高标准农田850万亩", "全县实施重点项目50个", "大力推进…"). A news
# item's unmarked figure in a sentence that is not in this register describes what is (a fact).
PLAN_REGISTER_ADVERBS: tuple[str, ...] = (
    "进一步",
    "继续",
    "持续",
    "全力",
    "大力",
    "加快",
    "加力",
    "积极",
    "着力",
    "全面",
    "深入",
    "扎实",
    "稳步",
    "切实",
    "努力",
    "坚决",
    "重点",
    "统筹",
    "有序",
    "不断",
    "奋力",
    "高质量",
    "高标准",
    "同步",
    "力争",
    "确保",
    "争取",
)
# Verbs of a completed result (完成, 实现, 建成: a verb and its result) are no duty of this register:
# "全县完成固定资产投资45亿元", "建成高标准农田45万亩" in a news item with nothing setting them ahead report
# what was done; a plan word, a plan's lead-in or a plan list still makes them planned.
PLAN_REGISTER_VERBS: tuple[str, ...] = (
    "加快",
    "加大",
    "投资",
    "打通",
    "畅通",
    "提速",
    "推进",
    "推动",
    "实施",
    "建设",
    "新建",
    "新增",
    "续建",
    "改造",
    "开展",
    "落实",
    "抓好",
    "做好",
    "做强",
    "做大",
    "做优",
    "打造",
    "培育",
    "建立",
    "健全",
    "完善",
    "提升",
    "提高",
    "扩大",
    "增加",
    "加强",
    "强化",
    "深化",
    "优化",
    "构建",
    "促进",
    "支持",
    "鼓励",
    "引导",
    "引进",
    "招引",
    "发展",
    "保障",
    "巩固",
    "稳定",
    "严守",
    "守住",
    "启动",
    "谋划",
    "组织",
    "举办",
    "创建",
    "争创",
    "治理",
    "整治",
    "修复",
    "推广",
    "开工",
    "布局",
    "投入",
    "安排",
    "力争",
    "确保",
    "争取",
    "解决",
    "降低",
    "减少",
    "控制",
    "淘汰",
    "盘活",
    "储备",
    "种植",
    "植树",
    "造林",
    "筹集",
    "发放",
    "培训",
    "吸纳",
    "保持",
)
# Words of a news item's lead and attribution: a text with one of them reads as news (not a report's plan).
NEWS_SIGNALS: tuple[str, ...] = (
    "记者",
    "通讯员",
    "获悉",
    "据悉",
    "据介绍",
    "据了解",
    "日电",
    "本报讯",
    "报讯",
    "网讯",
    "端讯",
    "媒体讯",  # "潍坊广电新媒体讯 坊子区通过…", "某县融媒体中心讯": a broadcaster's or a county's media desk
    "中心讯",
    "原标题",
    "报道",
    "采访",
    "发布会",
    "正文：",
    "近日",
)
# Shapes of a news item's words: 日前 ("recently", not the 日前 of a deadline "9月30日前"), and a day of a
# month told as when something happened ("8月3日至8月6日，…", "8月5日，…"; not a deadline "9月30日前" nor a
# start "10月1日起"): a report's plan names years and months, not days.
NEWS_SIGNAL_PATTERNS: tuple[str, ...] = (
    r"(?<![\d一二三四五六七八九十])日前",
    r"(?<![\d年/.-])\d{1,2}月\d{1,2}日(?![前起])",
)
NEWS_PAGE_DEBRIS: tuple[str, ...] = ("dataset prefix",)
"""Kinds of scrape debris (`ingest.clean`) only a news page carries: the crawl's body label ("正文：")."""
PLAN_LIST_SHARE = 0.5
"""A paragraph at least this share of whose sentences are in the plan register is a plan list: its unmarked
figures are planned, whatever the register of their own sentence ("…。社会消费品零售总额增长5%以上。")."""

# Nouns of a place's or a project's profile: "占地120亩", "建筑面积10.9万平方米", "全长59.9公里", "设站37座".
PROFILE_NOUNS: tuple[str, ...] = (
    "面积",
    "占地",
    "用地",
    "全长",
    "总长",
    "长度",
    "设站",
    "车站",
    "段长",
    "总投资",
    "投资",
    "规模",
    "容量",
    "产能",
    "装机",
)
# Nouns of what is built, besides the project nouns: a profile's sentence names one when it profiles a work.
WORKS_NOUNS: tuple[str, ...] = (
    "号线",
    "线路",
    "路线",
    "公路",
    "铁路",
    "高铁",
    "地铁",
    "高速",
    "隧道",
    "大桥",
    "场馆",
    "展馆",
    "厂房",
)
WORK_NAME_ENDINGS: tuple[str, ...] = ("号线", "铁路", "高铁", "高速", "公路", "项目", "工程")
"""How the name of a line or a project ends ("武汉轨道交通12号线", "沁伊高速", "鑫丰生物经济产业园项目")."""
# Words that say a project is still being built or is yet to be: it breaks ground, is signed, is being built
# (not "竣工", "建成": the end of the works).
CONSTRUCTION_AHEAD: tuple[str, ...] = (
    "开工",
    "动工",
    "开建",
    "奠基",
    "签约",
    "建成后",
    "投产后",
    "投用后",
    "在建",
    "正在建设",
    "正在施工",
    "建设中",
    "施工中",
    "加快建设",
    "加速建设",
    "加紧建设",
    "全面建设",
    "加快推进",
    "加紧施工",
    "拟建",
    "筹建",
    "通车后",
    "开通后",
    # the notice of a planned work ("…高速公路…环境影响评价第一次公示", "公示内容，线路全长约14.9公里")
    "公示",
    "环境影响评价",
)
