"""Which quantities are targets (guidelines §3), and their fields, by rules over the clause around them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import partial

from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.metrics import is_project_scale, metric_of, shared_names
from summarizer.extract.rules.register import in_plan_list, in_plan_register
from summarizer.extract.rules.tables import (
    BACKGROUND_AFTER,
    CONSTRUCTION_AHEAD,
    COUNTER_UNITS,
    CUT_OFF_WORDS,
    DATA_SOURCES,
    ENUMERATION_NOUNS,
    GOAL_METRIC_ENDINGS,
    GOAL_VERBS,
    MEASURE_NOUNS,
    MEASURE_UNITS,
    PARAMETER_CUES,
    PERIOD_TO_DATE_PATTERN,
    PRESENT_STATE_ENDINGS,
    PROFILE_NOUNS,
    PROJECT_NOUNS,
    REGION_SUBJECTS,
    SCOPE_VERBS,
    SPEC_PREFIXES,
    SPEC_UNITS,
    STOCK_NOUNS,
    WORK_NAME_ENDINGS,
    WORKS_NOUNS,
)
from summarizer.extract.rules.tense import TenseReader
from summarizer.extract.rules.text import Span, TextIndex, inside_quotes
from summarizer.ingest.places import lies_under, quoted_higher_level
from summarizer.ingest.regions import HIGHER_REGION_ALIASES, PROVINCES, SELF_REFERENCES
from summarizer.ingest.sections import bare_name
from summarizer.memo import article_dict, per_article
from summarizer.parse.quantities import Quantity
from summarizer.schema import Kind, Region, Target
from summarizer.text import LazyPattern, inside_title

_CHINESE_DIGITS = "一二两三四五六七八九十"
_BASELINE_LINK = LazyPattern(
    r"^[^,，。;；]{0,24}?(?:基础上|缩短到|缩短至|提升到|提高到|整合为|增加到|增至|减少到|降到|降至|扩大到)"
)
_BASELINE_OPENERS = ("现有", "由", "从", "将")
_ENUMERATION_LIST = LazyPattern(r"[、和及与]")


@dataclass(frozen=True)
class TargetContext:
    """What the rules know about one article while classifying its quantities."""

    text: str
    index: TextIndex
    plan_year: int | None
    region: str | None
    tense: TenseReader
    deadlines: DeadlineReader
    results_report: bool = False
    """The section reports results throughout: its unmarked quantities are results (see `reads_results`)."""
    zones: tuple[Region, ...] = ()
    """Zones and parks with an administration of their own that the article names (`named_zones`)."""
    places: Mapping[str, str] = field(default_factory=dict)
    """Every surface form the article uses for a region → its full name (`region_vocabulary`)."""
    news: bool = False
    """The article reads as a news item (`reads_as_news`): a figure that nothing sets ahead is a fact."""


def classify_quantities(quantities: list[Quantity], context: TargetContext) -> tuple[list[Target], list[str]]:
    """Targets among the quantities of one section, and the reasons the others were dropped."""
    besides_tense = [_reason_besides_tense(quantity, context) for quantity in quantities]
    candidates = [
        quantity for quantity, reason in zip(quantities, besides_tense, strict=True) if reason is None
    ]
    context = replace(context, results_report=reads_results(candidates, context))
    baselines = find_baselines(quantities, context.text)
    targets: list[Target] = []
    dropped: list[str] = []
    listed_reason: str | None = None  # the state of the figure before, when the next may share it
    for position, (quantity, other_reason) in enumerate(zip(quantities, besides_tense, strict=True)):
        if id(quantity) in baselines.values_used:
            dropped.append(f"{quantity.raw}: baseline")
            continue
        reason = other_reason or _past(quantity, context)
        if reason is None and listed_reason is not None and _listed_after(quantities, position, context.text):
            reason = f"{listed_reason} (listed with the figure before it)"
        listed_reason = reason if reason is not None and reason.startswith(_SHARED_STATES) else None
        if reason is not None:
            dropped.append(f"{quantity.raw}: {reason}")
            continue
        target = build_target(quantity, context, baselines.baseline_of.get(id(quantity)))
        if _dated_before_the_plan_year(target, context):
            dropped.append(f"{quantity.raw}: dated before the plan year (past)")
            continue
        targets.extend(split_shared_target(target, quantity, context))
    return targets, dropped


_SHARED_STATES = ("past result", "present state", "background fact", "description of what is")
"""The reasons a figure shares with the figures listed right after it."""
_LIST_LINK = LazyPattern(r"[\u4e00-\u9fff]{1,8}、")
"""What separates two figures of one list: the first one's noun and an enumeration comma ("46个城市、8个
国家、307支球队")."""


def _listed_after(quantities: list[Quantity], position: int, text: str) -> bool:
    """A figure listed right after the one before it ("发展到今年有46个城市、8个国家"): the items of one
    list share what the list says of them (present, past), which only its first item's clause words."""
    if position == 0:
        return False
    before = quantities[position - 1]
    return _LIST_LINK.fullmatch(text, before.end, quantities[position].cue_start) is not None


_YEAR_DIGITS = LazyPattern(r"\d{4}")


def _dated_before_the_plan_year(target: Target, context: TargetContext) -> bool:
    """A figure whose own clause dates it before the year the article plans for ("总投资6亿元的…项目进展顺利
    ——2021年5月开工建设" in a 2023 item): what was set or done then, not a target still to reach."""
    if target.deadline is None or context.plan_year is None:
        return False
    years = _YEAR_DIGITS.findall(target.deadline)  # a period ("2021-2025") ends in its last year
    return bool(years) and int(years[-1]) < context.plan_year


@dataclass
class Baselines:
    baseline_of: dict[int, float]
    values_used: set[int]


def find_baselines(quantities: list[Quantity], text: str) -> Baselines:
    """Pairs like "在现有300万吨…基础上…提升到720万吨" or "由18小时缩短到5小时": the first is a baseline."""
    found = Baselines(baseline_of={}, values_used=set())
    for first, second in itertools.pairwise(quantities):
        if first.unit != second.unit or second.start - first.end > 40:
            continue
        before = text[max(0, first.cue_start - 4) : first.cue_start]
        between = text[first.end : second.cue_start]
        if any(before.endswith(opener) or opener in before for opener in _BASELINE_OPENERS) and (
            _BASELINE_LINK.match(between)
        ):
            found.baseline_of[id(second)] = first.value
            found.values_used.add(id(first))
    return found


def non_target_reason(quantity: Quantity, context: TargetContext) -> str | None:
    """Why a quantity is not a target, or None when it is one."""
    return _reason_besides_tense(quantity, context) or _past(quantity, context)


def _reason_besides_tense(quantity: Quantity, context: TargetContext) -> str | None:
    checks = (
        _progress_share,
        _share_of_a_whole,
        _idiom,
        _slogan,
        _specification,
        _policy_parameter,
        _class_qualifier,
        _enumeration,
        _parts_of_a_document,
        _scope_or_subject_count,
        _present_state,
        _company_plan,
        _donors_gift,
        _residents_words,
        _event_programme,
        _reach_of_a_service,
        _time_limit,
        _format_of_an_event,
        _completed_projects,
        _reported_data,
    )
    for check in checks:
        reason = check(quantity, context)
        if reason is not None:
            return reason
    return None


_SHARE_OF_A_PLAN = LazyPattern(
    r"(?:占|完成)[^,，。;；]{0,16}?(?:计划|目标|任务数?|总投资|投资总额)[^,，。;；]{0,16}?的?\s*$"
)


def _progress_share(quantity: Quantity, context: TargetContext) -> str | None:
    """ "占年度计划15.3亿元的44.8%", "完成年度目标12.3%", "（已完成投资2.1亿元，）占总投资的65%": how much
    of a plan or of a project's investment is done, a result unless a plan's bound, a plan word or (in a
    report) a plan paragraph says it is to be reached ("完成总任务60%以上"); so is progress measured against
    the schedule ("超序时进度16.3个百分点")."""
    clause = context.index.clause(quantity.start)
    if _AGAINST_THE_SCHEDULE.search(context.text, clause.start, quantity.cue_start):
        return "progress against the schedule"  # "超序时进度16.3个百分点"
    if quantity.unit != "%" or not _SHARE_OF_A_PLAN.search(context.text, clause.start, quantity.cue_start):
        return None
    if quantity.raw.endswith(_BOUND_OF_A_PLAN) or _SHARE_AHEAD.search(
        context.text, clause.start, quantity.cue_start
    ):
        return None
    if not context.news and context.tense.own_plan(quantity.cue_start, quantity.end):
        return None  # a report's plan section: "…完成年度任务的60%"
    return "share of a plan done"


_SHARE_OF_A_WHOLE = LazyPattern(r"(?:^|[,，])?占[^\d,，。;；]{1,20}?的\s*$")
"""A share of a whole stated right after it ("占全省总面积的23.5%", "占全国的7.7%"): how large a part
is, unless a word of aim or a plan's bound sets it ahead."""
_AIM_IN_CLAUSE = LazyPattern(
    r"将|力争|确保|争取|要|预计|达到|提高|提升|增加|降低|下降|控制|保持|不低于|不高于"
)


def _share_of_a_whole(quantity: Quantity, context: TargetContext) -> str | None:
    clause = context.index.clause(quantity.start)
    if quantity.unit != "%" or not _SHARE_OF_A_WHOLE.search(context.text, clause.start, quantity.cue_start):
        return None
    if quantity.raw.endswith(_BOUND_OF_A_PLAN) or _AIM_IN_CLAUSE.search(
        context.text, clause.start, quantity.cue_start
    ):
        return None
    if context.tense.own_plan(quantity.cue_start, quantity.end, with_paragraph=not context.news):
        return None  # a report's list of targets: "研发经费投入占地区生产总值的2.5%"
    return "share of a whole"


_AGAINST_THE_SCHEDULE = LazyPattern(r"(?:超|超过|快于|慢于|落后|领先)(?:于)?(?:时间|序时)进度$")
_SHARE_AHEAD = LazyPattern(r"将|力争|确保|争取|要|预计")
"""Words that set a share ahead ("力争完成年度计划的80%"); a bare 今年 of a news item's progress report
("今年150个重点项目完成年度计划投资的74.6%") is the year reported on."""


def reads_results(candidates: list[Quantity], context: TargetContext) -> bool:
    """Whether a section reports results throughout, judged on its candidates: the quantities that could
    be targets but for their tense (an article-level reading of tense: a half-year release, a look-back)."""
    return context.tense.tally([(q.cue_start, q.end) for q in candidates]).reports_results_throughout()


def _idiom(quantity: Quantity, context: TargetContext) -> str | None:
    """ "一个时期", "两个市场", "一张蓝图": small Chinese-numeral counts are idioms or enumerations, unless
    the count follows what it counts in a sentence that plans ("其中新建幼儿园三所"); a count of one after
    what it counts only names that thing ("设望城停车场一座")."""
    if quantity.raw[0] in _CHINESE_DIGITS and quantity.value <= 10 and quantity.unit not in MEASURE_UNITS:
        if _GRADE_AFTER.match(context.text, quantity.end):
            return None  # "打造两个千亿级产业集群": the count of a size class is the target
        if (
            quantity.value > 1
            and _counts_its_noun(quantity, context)
            and context.tense.own_plan(quantity.cue_start, quantity.end, with_paragraph=False)
        ):
            return None
        return "idiom or enumeration in Chinese numerals"
    return None


_GRADE_AFTER = LazyPattern(r"(?:[\d一二两三四五六七八九十百千万]+|[十百千万])(?:万|亿)?元?级")
"""A size class right after a count ("两个千亿级", "五个百亿元级", "三个500亿级")."""


_HAN_NOUN_END = LazyPattern(r"[\u4e00-\u9fff](?<![一二两三四五六七八九十几多每是为有的之地得了等和与及或])")
_CLAUSE_END = LazyPattern(r"[、，,。；;]|$")


def _counts_its_noun(quantity: Quantity, context: TargetContext) -> bool:
    """A count written after the noun it counts, at the end of its clause or list item ("幼儿园三所、"): the
    order of a counted object, not of an idiom ("两个市场")."""
    if quantity.start == 0 or quantity.unit not in COUNTER_UNITS:
        return False
    noun_end = _HAN_NOUN_END.match(context.text, quantity.start - 1)
    return noun_end is not None and _CLAUSE_END.match(context.text, quantity.end) is not None


def _slogan(quantity: Quantity, context: TargetContext) -> str | None:
    """ "“六大产业集群”": a count inside a short quotation; "《…十二条措施》": a number in a title is part of
    the name of a document or a work, not an amount to reach."""
    quotation = inside_quotes(context.text, quantity.start, quantity.end)
    if quotation is not None and quotation.end - quotation.start <= 10:
        return "slogan in quotation marks"
    if inside_title(context.text, quantity.start, quantity.end):
        return "part of a title (《…》)"
    return None


_DISTANCE_FROM = LazyPattern(
    r"(?:(?:距离?|离)[^\d,，。;；缩短减少到至]{1,12}?|相距)(?:约|近|仅|只有|不到|不足)?$"
)
"""The distance of a place from another ("距市区74公里", "距离市区约90公里", "与古寺相距1公里"): where a
place lies."""
DISTANCE_UNITS = frozenset({"公里", "千米", "米", "里", "分钟", "小时"})


_SPAN_UNITS = frozenset({"天", "个月", "小时", "个工作日", "周"})
_SPAN_OF_TIME_AFTER = LazyPattern(r"(?:左右|多)?的?时间")
"""A span of time the work takes ("年内再用120天左右的时间，完成基础工程"): a duration, not an amount to
reach; a time limit ("审批时间压缩至5个工作日") names no 时间 after its number."""
_TIME_WINDOW_BEFORE = LazyPattern(r"(?:未来|今后|此后|往后|接下来|过去|最近|近)的?$")
"""The window of time a sentence speaks of ("将在未来6天的比赛时间内", "近3个月"): when, not how much."""
_ATTENDANCE_AFTER = LazyPattern(
    r"[^,，。;；\d]{0,16}?(?:参加|出席|参会|列席|参与)(?:了)?(?:会议|活动|仪式|培训|座谈|开幕式)?\s*(?:[。;；]|$)"
)
"""Who attended the event ("辖区36家重点工地负责人参加会议", "41家单位参加会议"): the event's narration."""
_ROUND_THE_CLOCK = LazyPattern(r"(?![内以之])[\u4e00-\u9fff]")
"""A duration as the adverb of a service ("24小时处理投诉", "24小时值守"), not a time limit ("24小时内")."""
_STANDARD_AFTER = LazyPattern(r"的?(?:要求|标准)(?!化)")
"""A level named as the standard the work meets ("按照抗震设防烈度8度要求", "按每亩2000元标准"): a
specification of how it is done, not an amount to reach ("标准化厂房" names a kind of building)."""
_ANGLE_AFTER = LazyPattern(r"旋转|全景|环绕|无死角|视角")
"""An angle in a device's name ("360度旋转喷淋系统", "360度全景"): a specification."""


_PER_UNIT_CAPABILITY = LazyPattern(
    r"每(?:亩|棵|株|头|只|台|户|平方米)[^,，。;；\d]{0,8}?(?:可|能|可以)(?:达到?|产|收)?$"
)
"""What each unit can yield ("每亩总产可达2000—3000斤", "每棵可产30斤"): a capability of the crop or the
machine, not an amount a region commits to reach."""
_AIMED_AHEAD = LazyPattern(r"力争|确保|将|目标|计划")
_AND_A_HALF_SPAN = ("半小时", "半个小时", "半月", "半天", "半年")
"""After "N个": a span and a half ("2个半小时车程"), not a count of N."""


def _specification(quantity: Quantity, context: TargetContext) -> str | None:
    if quantity.unit in SPEC_UNITS:
        return f"specification or duration ({quantity.unit})"
    if quantity.unit == "个" and context.text.startswith(_AND_A_HALF_SPAN, quantity.end):
        return "a span of time and a half (N个半小时)"
    clause_start = context.index.clause(quantity.start).start
    capability = _PER_UNIT_CAPABILITY.search(context.text, clause_start, quantity.cue_start)
    if capability is not None and _AIMED_AHEAD.search(context.text, clause_start, quantity.cue_start) is None:
        return "what each unit can yield (a capability, not an amount to reach)"
    if quantity.unit in _SPAN_UNITS and _SPAN_OF_TIME_AFTER.match(context.text, quantity.end):
        return f"duration of the work ({quantity.unit})"
    if quantity.unit in _SPAN_UNITS and _TIME_WINDOW_BEFORE.search(
        context.text, max(0, quantity.start - 4), quantity.start
    ):
        return f"a window of time ({quantity.unit}), not an amount"
    text = context.text
    if _ATTENDANCE_AFTER.match(text, quantity.end):
        return "attendance of the event (narration)"
    if quantity.unit == "度" and _ANGLE_AFTER.match(text, quantity.end):
        return "technical specification (an angle)"
    if _STANDARD_AFTER.match(text, quantity.end):
        return "technical specification (a standard the work meets)"
    if text.endswith("为期", 0, quantity.cue_start) or (
        quantity.unit == "小时" and quantity.value == 24 and _ROUND_THE_CLOCK.match(text, quantity.end)
    ):
        return "duration of the event or hours of a service"
    clause = context.index.clause(quantity.start)
    distance = _DISTANCE_FROM.search(context.text, clause.start, quantity.cue_start)
    if quantity.unit in DISTANCE_UNITS and distance is not None:
        return "distance of a place (background)"
    if _POWER_OF_A_DEVICE.search(context.text, clause.start, quantity.cue_start):
        return "technical specification (the power or speed of a device)"
    before = context.text[max(0, quantity.cue_start - 3) : quantity.cue_start]
    if any(before.endswith(prefix) for prefix in SPEC_PREFIXES):
        return "technical specification or ordinal"
    if _PER_UNIT.search(context.text, max(0, quantity.cue_start - 6), quantity.cue_start) or (
        context.text.startswith(_PER_UNIT_WORDS, quantity.end)
    ):
        return "technical specification (units and the capacity of each)"  # "8台单机容量35万千瓦机组"
    return None


_POWER_OF_A_DEVICE = LazyPattern(r"(?<!装机)(?:功率|转速|航速)[^\d,，。;；]{0,8}$")
"""What a device or a product can do ("新型叶片的发电功率可达9兆瓦", "电机转速达每分钟…"): a technical
specification; a plant's installed power ("装机功率") is its scale."""
_PER_UNIT_WORDS = ("单机", "单台", "单体")
_PER_UNIT = LazyPattern(r"(?:单机|单台|单体)(?:容量|规模|功率)?(?:为|达)?$")


_REACH_BEFORE = LazyPattern(r"(?<!全)覆盖[^,，。;；]{0,14}$")


def _reach_of_a_service(quantity: Quantity, context: TargetContext) -> str | None:
    """ "覆盖柳溪辖区八条街道15余万户居民": whom and where a work or a service covers, counted, not an
    amount of work to do nor a level to reach; a coverage rate ("覆盖不少于30%的城镇社区") is one, and so is
    the work done everywhere ("全覆盖打造25个生活圈"). Households a renovation benefits ("惠及居民5万户")
    stay the renovation's planned scope."""
    if quantity.unit == "%":
        return None
    clause = context.index.clause(quantity.start)
    if _REACH_BEFORE.search(context.text, clause.start, quantity.cue_start):
        return "reach of a work or service"
    return None


_OFFERED_BEFORE = LazyPattern(
    r"(?:有机会|可以?|即可|均可|便可|就能|能够?)(?:免费)?(?:领取|领到|赢取|抽取|兑换)(?:到)?[^。;；]{0,40}$"
)
"""What one participant of an offer may take ("即可领取5元到20元3种面值的现金券和…满减券各1张"): the
terms of the offer, not an amount the region commits to (the offer's total, "发放…总金额60万元", is one)."""


_BENEFICIARY_UNITS = frozenset({"名", "人", "户"})
_RATE_OF_AN_AID = ("元", "每", "最高", "一次性", "标准")


def _beneficiaries_counted(quantity: Quantity, clause_words: str) -> bool:
    """ "拟资助困境女大学生100名", "补助困难农户300户": how many a programme helps, its amount of work, not a
    parameter of the aid (a clause with no sum, rate or cap of the aid in it)."""
    return quantity.unit in _BENEFICIARY_UNITS and not any(word in clause_words for word in _RATE_OF_AN_AID)


def _policy_parameter(quantity: Quantity, context: TargetContext) -> str | None:
    clause = context.index.clause(quantity.start)
    words = clause.text(context.text)
    if any(cue in words for cue in PARAMETER_CUES) and not _beneficiaries_counted(quantity, words):
        return "policy parameter (reward, subsidy, tax)"
    if _OFFERED_BEFORE.search(context.text, clause.start, quantity.cue_start):
        return "what one participant of an offer may take"
    if _BOUND_OF_A_RULE.search(context.text, clause.start, max(quantity.start, quantity.cue_start)):
        return "bound of a rule (a floor, a ceiling, a cap per beneficiary)"
    return None


_BOUND_OF_A_RULE = LazyPattern(
    r"(?:(?:缴费|工资|补助|补贴|奖励|救助|保障|收费|计费|申报)?(?:基数|标准)?(?:上限|下限)|封顶线|起付线|最低工资标准)"
    r"(?:为|是|调整为|确定为|提高到|提高至)?$"
    r"|(?:单个|单家|单户|单人|每个|每家|每户|每人|每名)[^\d,，。;；]{0,10}?(?:不超过|不高于|最高|最多)$"
    r"|(?:最长|最短|最多|最少|最高|最低)?不(?:得|能|应|准)(?:超过|高于|低于|少于|多于|长于|短于)$"
)
"""Right before a figure, the floor or ceiling a rule sets ("缴费基数下限为3980元/月", "上限为19900元/月"),
the cap of an incentive per beneficiary ("单个企业不超过80万元") or what a rule forbids ("最长不得超过5天"):
a parameter of the rule, which no region commits to reach (guidelines §3). Not a level to hold under
("能耗总量控制在…以内", which says 控制)."""


_TIME_LIMIT_AFTER = LazyPattern(r"(?:之|以)?内(?:全部|基本)?(?:完成|建成|完工|竣工)")
_TIME_LIMIT_GOAL_BEFORE = LazyPattern(r"(?:至|到|控制在|为|缩短|压缩|减少|降低|提速)$")
TIME_LIMIT_UNITS = frozenset({"个月", "月", "天", "日", "周", "个工作日", "工作日", "小时", "个小时", "分钟"})


def _time_limit(quantity: Quantity, context: TargetContext) -> str | None:
    """ "计划4个月内完成发掘任务", "须在20个月内建成": the time a work is given to be finished, a
    deadline said as a span, not an amount to reach. A shorter time that is itself the goal
    ("审批时限压缩至3个工作日内", "车程缩短至1小时") keeps its verb right before it and stays a target; so
    does a service's time limit ("15天内办结"), which says no completion of works."""
    if quantity.unit not in TIME_LIMIT_UNITS:
        return None
    if _TIME_LIMIT_AFTER.match(context.text, quantity.end) is None:
        return None
    lead = context.text[max(0, quantity.cue_start - 4) : quantity.cue_start]
    return None if _TIME_LIMIT_GOAL_BEFORE.search(lead) else "time limit of a work (a span, not a quantity)"


_COMPLETED_LABEL = LazyPattern(
    r"(?:^|(?<=[有含、,，:：])|(?<=其中)|(?<=包括))(?:已完工|已竣工|已建成|完工|竣工|建成投产)项目"
)


def _completed_projects(quantity: Quantity, context: TargetContext) -> str | None:
    """ "清单中有完工项目60个、总投资1200亿元": the figures of a list's completed projects, told by their
    status as a list item, are results; a clause that plans the completions ("计划竣工项目20个", "全年竣工
    项目30个") is a target."""
    clause = context.index.clause(quantity.start)
    if _COMPLETED_LABEL.search(context.text, clause.start, quantity.cue_start) is None:
        return None
    if context.tense.own_plan(quantity.cue_start, quantity.end, with_paragraph=False):
        return None
    return "figures of completed projects (results)"


_FORMAT_FRAME = LazyPattern(
    r"以(?P<parts>[^,，。;；]{2,40}?)的?(?:模式|形式|方式|格局)(?:呈现|举办|举行|进行|开展|亮相|推出)"
)


def _format_of_an_event(quantity: Quantity, context: TargetContext) -> str | None:
    """ "以1场开幕式、6个现场主题区的模式呈现": the counts of the form an event or a work takes, which its
    sentence goes on to name, describe how it is held, not an amount a region commits to."""
    clause = context.index.clause(quantity.start)
    for frame in _FORMAT_FRAME.finditer(context.text, clause.start, clause.end):
        if frame.start("parts") <= quantity.start and quantity.end <= frame.end("parts"):
            return "the form an event takes"
    return None


_COUNT_OF_THE_NOUN = LazyPattern(r"[^\d,，。;；、]{1,16}?[\d一二两三四五六七八九十]+[家个座户项所]")
"""The noun after a size class counted in its clause ("千亿级企业不少于2家", "百亿级企业5家"): the class only
qualifies what is counted. Uncounted ("打造万亿级新能源产业走廊", "千亿级园区建设"), the class is the size
to reach (issue 14: 千亿级 and 万亿级 are targets users read)."""
_COUNT_RIGHT_AFTER = LazyPattern(r"[\d一二两三四五六七八九十百]")
_NOUN_AFTER_GRADE = LazyPattern(
    r"的?(?!以上|以下|左右|规模|水平|台阶|大关|目标|量级|体量|[,，。;；、）)”])[\u4e00-\u9fff]"
)
"""A noun right after a size class ("千亿级企业", "万亿级产业走廊"): the class names a kind of thing; a level
word ("迈上千亿级台阶", "达到百亿级规模") or nothing after it leaves the size itself to reach."""
_COUNTED_GRADE = LazyPattern(r"(?:[\d一二两三四五六七八九十][个家项条](?:以上)?|一批)$")
_PROJECTS_COUNTED_AFTER = LazyPattern(r"^(?:以上|以下)?[^,，。;；的、]{0,10}?项目\d+个")
_COUNTED_BEFORE = LazyPattern(r"\d[个家项]$|[一二两三四五六七八九十][个家项]$|首个$")
_LEADS_TO_PROJECT = LazyPattern(r"^(?:以上|以下)?的?[^,，。;；]{0,14}?(?:项目|企业|园区|产业园|集群)")
_NAMES_A_CLASS = LazyPattern(r"^(?:以上|以下)?级?项目")


def _class_qualifier(quantity: Quantity, context: TargetContext) -> str | None:
    """ "10亿元以上的…项目", "6个10亿元以上…项目": a size class inside a noun, not a quantity of its own."""
    text = context.text
    after = text[quantity.end : quantity.end + 20]
    before = text[max(0, quantity.cue_start - 4) : quantity.cue_start]
    if _PROJECTS_COUNTED_AFTER.match(after):  # "超百亿元制造业项目8个"
        return "class qualifier inside a noun"
    if quantity.raw.endswith("级") and _COUNTED_GRADE.search(
        text, max(0, quantity.cue_start - 6), quantity.cue_start
    ):
        return "class qualifier inside a noun"  # "3个五百亿级产业", "一批百亿级项目": the count is the target
    if quantity.unit == "类" and _COUNT_RIGHT_AFTER.match(text, quantity.end):
        return "kinds of the items counted next"  # "包括3类21个主题": the 21 are the figure
    if (
        quantity.raw.endswith("级")
        and _NOUN_AFTER_GRADE.match(text, quantity.end)
        and _COUNT_OF_THE_NOUN.match(text, quantity.end, context.index.clause(quantity.start).end)
    ):
        return "class qualifier inside a noun"  # "千亿级企业不少于1家": the count is the target
    if quantity.unit in _JOURNEY_UNITS and _JOURNEY_CLASS_AFTER.match(text, quantity.end):
        return "class of a network named by its journey time"  # "拓展4小时航程的亚洲航线网络"
    if "投资" in before or "规模" in before:
        return None
    counted_before = _COUNTED_BEFORE.search(before)
    leads_to_project = _LEADS_TO_PROJECT.match(after)
    names_a_class = quantity.unit == "元" and _NAMES_A_CLASS.match(after)  # "百亿元项目"
    if names_a_class or (leads_to_project and (counted_before or after.startswith(("以上的", "的")))):
        return "class qualifier inside a noun"
    return None


_JOURNEY_UNITS = frozenset({"小时", "分钟", "天"})
_JOURNEY_CLASS_AFTER = LazyPattern(
    r"(?:以上|以内|左右)?(?:航程|车程|路程|行程|的?(?:交通圈|经济圈|生活圈|通勤圈|服务圈|物流圈|快铁交通圈))"
)
"""A journey time that names a class of routes or a ring of places ("4小时航程的亚洲航线网络", "1小时交通圈"):
how far, not an amount to reach."""
_DOCUMENT_BEFORE = LazyPattern(
    r"(?:办法|条例|意见|规定|方案|细则|措施|文件|通知|政策|纲要|规划|》)(?:全文)?(?:共|共计|总计|分为?|包括|包含)$"
)
_DOCUMENT_PARTS = frozenset({"条", "章", "款", "节", "部分", "篇", "项"})


def _parts_of_a_document(quantity: Quantity, context: TargetContext) -> str | None:
    """ "该办法共二十一条", "《意见》分为5个部分": what a document is made of, not an amount to reach; so are
    the phases a work is split into ("项目分3期建设")."""
    if quantity.unit == "期" and context.text.endswith(("分", "分为", "分成"), 0, quantity.cue_start):
        return "phases of a work"
    if quantity.unit not in _DOCUMENT_PARTS and not context.text.startswith("个部分", quantity.end - 1):
        return None
    clause = context.index.clause(quantity.start)
    if _DOCUMENT_BEFORE.search(context.text, clause.start, quantity.cue_start) is None:
        return None
    return "parts of a document"


_NAMED_AFTER = LazyPattern(r"[,，:：]?(?:即|分别是|分别为)")
"""A count whose items follow it: "纳入考核的项目共6个，即…"."""
_LISTED_AFTER = LazyPattern(
    r"[^\d,，。;；]{0,6}[,，]其中[^\d,，。;；]{0,20}?包括[^\d。;；]*?、[^\d。;；]*?、"
)
"""A count whose items the next clause lists by name: "环道将开通连接9个车库，其中…车库包括A、B、C"."""


def _enumeration(quantity: Quantity, context: TargetContext) -> str | None:
    """ "三个方面", "大唐、国天两个新能源项目": a count of the items just named."""
    text = context.text
    after = text[quantity.end : quantity.end + 4]
    if quantity.unit in COUNTER_UNITS | {"大"} and any(after.startswith(noun) for noun in ENUMERATION_NOUNS):
        return "enumeration"
    if quantity.unit in COUNTER_UNITS and _metaphor_or_abbreviation(quantity, text):
        return "enumeration of a quoted abbreviation, or a metaphor"
    if quantity.unit in COUNTER_UNITS and (
        _NAMED_AFTER.match(text, quantity.end) or _LISTED_AFTER.match(text, quantity.end)
    ):
        return "count of the items named after it"
    if quantity.unit not in COUNTER_UNITS or quantity.value > 10:
        return None
    clause = context.index.clause(quantity.start)
    before = text[clause.start : quantity.cue_start]
    closed = before.endswith("等") or "等" in before[-3:]
    items = _ENUMERATION_LIST.split(before.rstrip("等") if before.endswith("等") else before)
    if closed and len(items) < 3:
        return None  # "A、B等5个项目": the list only opens the count
    if any(_ENDS_WITH_A_FIGURE.search(item) for item in items[:-1]):
        return None  # "新建学校3所、医院2所": each item is a figure of its own, no name the count counts
    if len(items) >= 2 and len(items) == int(quantity.value):
        return "enumeration of the items just named"  # "A、B两个项目", "甲、乙、丙等3座车站"
    return None


_ENDS_WITH_A_FIGURE = LazyPattern(r"\d[^\d]{0,3}$")
"""An item of a list that is a figure with its unit ("学校3所"): no name for a count to count."""


_SCOPE_BEFORE = LazyPattern(
    rf"(?:{'|'.join(SCOPE_VERBS)})(?:[^,，。;；]*、)?$|(?:涵盖|包括|包含)[^,，。;；]*的$"
)
"""A count in the field an action covers, in its list or its noun phrase ("围绕22个产业、189条产业链",
"涵盖吕梁、忻州、临汾3市的23个县区")."""
_SCOPE_GOES_ON = LazyPattern(r"(?:以及|及|和|还有)[^,，。;；]*(?:的)?$")
"""A clause that goes on with the scope of the clause before it ("…的23个县区，以及4个…的44个林场")."""
_SECTOR_COUNT = LazyPattern(r"[^\d,，。;；、]{0,10}产业")
_TOPIC_BEFORE = LazyPattern(r"(?:其中)?[^\d,，。;；、]{1,14}的")
_PREDICATE_AFTER = LazyPattern(r"[,，](?:将|要|可|能)")
_MEASURE_OF_SUBJECT = LazyPattern(
    rf"[^\d,，。;；、]{{0,12}}?(?:{'|'.join(MEASURE_NOUNS)})[^\d,，。;；、]{{0,6}}?[\d百千万亿]"
)


_PROGRESS_OF_SUBJECT = LazyPattern(
    r"[^\d,，。;；]{0,16}?(?:完成|占)[^,，。;；]{0,16}?(?:计划|目标|任务)[^,，。;；]{0,12}?的\s*[\d.]+%"
)


def _scope_or_subject_count(quantity: Quantity, context: TargetContext) -> str | None:
    """Counts that are not amounts to reach: the field an action covers ("围绕22个产业、189条产业链"),
    sectors named as a class ("做精做优食用菌等7个优势特色产业"), the subject whose measure is the target
    ("7条重点产业链产值突破7000亿元"), the topic of a predicate that holds the plan ("高端智造领域的13个
    项目，将…贡献产出超百亿元")."""
    if quantity.unit not in COUNTER_UNITS:
        return None
    text = context.text
    clause = context.index.clause(quantity.start)
    if _SCOPE_BEFORE.search(text, clause.start, quantity.cue_start) or _continues_a_scope(quantity, context):
        return "scope of an action"
    if _SECTOR_COUNT.fullmatch(text, quantity.end, clause.end):
        return "count of sectors"
    if _MEASURE_OF_SUBJECT.match(text, quantity.end, clause.end):
        return "count of the subject of another quantity"
    if _PROGRESS_OF_SUBJECT.match(text, quantity.end, clause.end):
        return "count of the subject of a progress report"  # "150个重点项目完成年度计划投资的74.6%"
    if _TOPIC_BEFORE.fullmatch(text, clause.start, quantity.cue_start) and _PREDICATE_AFTER.match(
        text, clause.end
    ):
        return "count of the topic of a plan stated after it"
    return None


def _continues_a_scope(quantity: Quantity, context: TargetContext) -> bool:
    clause = context.index.clause(quantity.start)
    if clause.start == 0 or not _SCOPE_GOES_ON.match(context.text, clause.start, quantity.cue_start):
        return False
    before = context.index.clause(clause.start - 2)
    return before.end < clause.start and any(verb in before.text(context.text) for verb in SCOPE_VERBS)


_QUOTED_BEFORE = LazyPattern(r"“([^”]{2,10})”$")
_METAPHOR_AFTER = LazyPattern(r"^[^\d,，。“”]{0,3}“[^”]{1,6}”(?:齐|竞|并|同|共|[,，。;；])")


def _metaphor_or_abbreviation(quantity: Quantity, text: str) -> bool:
    """ "“粮油果蔬畜”5个产业集群": the 5 counts the characters of the abbreviation just quoted;
    "9列“动车组”", "12个旗县“引擎”齐发力": the count belongs to a figure of speech."""
    quoted = _QUOTED_BEFORE.search(text, max(0, quantity.cue_start - 12), quantity.cue_start)
    if quoted is not None and len(quoted.group(1).replace("、", "")) == int(quantity.value):
        return True
    return _METAPHOR_AFTER.match(text[quantity.end : quantity.end + 16]) is not None


_GOAL_COPULAS = ("目标是", "目标就是", "任务是", "目标为", "将有", "还将有", "会有", "将是")
"""A goal named before its level ("接待游客的目标是突破300万人次") or a state to come ("年内还将有12个项目
集中开工"): 是 and 有 link a plan, not what exists."""
_STOCK_BEFORE = LazyPattern(rf"(?:{'|'.join(STOCK_NOUNS)})(?:已)?(?:达到|达|为|超过|突破|有)?$")
_HABITUAL_BEFORE = LazyPattern(rf"^(?:{'|'.join(REGION_SUBJECTS)})[^,，。;；、]{{0,12}}?每年")
_BOUND_OF_A_PLAN = ("以上", "以内", "左右")
_HAS_BEFORE = LazyPattern(
    r"^[^\d,，。;；、将要能可]{0,10}?(?:建有|拥有|共有|设有|已有|存有)[^\d,，。;；、]{1,20}$"
)
"""A stock the clause's subject has, its noun between the verb and the figure ("建有大型生态休闲场所49处",
"全市拥有国家级实验室3个"): what is, not what is to be (现有 before a noun is the present stock a plan
expands: "推动现有焦化产能扩能600~800万吨")."""


_COMPANY_PLAN = LazyPattern(
    r"[^\d,，。;；:：的了在将拟]{2,20}?(?:集团公司|有限公司|股份公司|集团|公司)"
    r"(?:将|拟|计划|预计)[^。;；:：]*?投资[^。;；:：]*$"
)
"""A company that plans to invest: "中国核工业建设集团拟在福清投资近163亿元", "中国铝业公司将在…选址投资
铝精深加工项目，总投资约300亿元"."""
GOVERNMENT_COMPANIES = ("城投", "国投", "交投", "城建", "国资", "产投", "平台公司")
"""A government's own investment company ("市城投公司计划投资20亿元…") plans the region's work."""
COMPANY_PLAN_MAX_CHARS = 120
"""How far back in its sentence a quantity looks for the company that plans it (bounds the cost)."""


_DURING_THE_EVENT = LazyPattern(
    r"(?:^|[,，])(?:活动|节会|展会|赛事|大会)?(?:期间|届时)|持续(?:至|到)[^,，。;；]{1,12}[,，]"
    r"|(?:将|会)在(?:活动)?现场"
)
"""Where an event's programme begins: "期间", "届时", the event's end date ("…节持续至14日，将…"), or the
event's site ahead ("…等50余家单位将在现场进行招聘")."""
_EVENT_BEFORE = LazyPattern(r"[节会展赛周季]|活动|夜市|市集")


_AT_THE_SITE_AFTER = LazyPattern(r"[^\d,，。;；]{0,6}?(?:将|会)在(?:活动)?现场")
"""The event's site, after the figure's subject ("50余家单位将在现场进行招聘")."""
EVENT_LOOKBACK_CHARS = 120
"""How far back from a figure its event's "期间"/"届时", and from those the event, are looked for."""


def _event_programme(quantity: Quantity, context: TargetContext) -> str | None:
    """What an event the item reports holds while it lasts, in the clauses from "期间", "届时" or its end
    date on ("文化旅游节将持续至8月20日，期间将举办…等20余项活动", "人才节持续至14日，将集中组织16场…活动",
    "博览会将于9月开幕，届时将有300余家企业参展，展出…2000余种"): the event's programme, not a region's
    commitment."""
    sentence = context.index.sentence(quantity.start)
    since = max(sentence.start, quantity.start - EVENT_LOOKBACK_CHARS)  # linear in a sentence of any length
    if _occasion_activities(quantity, context, since):
        return "the programme of the occasion the item reports"
    paragraph = context.index.paragraph(quantity.start)
    during = _DURING_THE_EVENT.search(context.text[since : quantity.start])
    if during is not None:
        event_end = since + during.start()
        lookback = max(sentence.start, event_end - EVENT_LOOKBACK_CHARS)
    elif _AT_THE_SITE_AFTER.match(context.text, quantity.end, context.index.clause(quantity.start).end):
        event_end = quantity.start  # the event named in its sentence or the one before ("…招聘夜市…进行。")
        before = context.index.full_sentence(sentence.start - 1).start
        lookback = max(paragraph.start, before, event_end - 2 * EVENT_LOOKBACK_CHARS)  # a bounded window
    else:
        return None
    if _EVENT_BEFORE.search(context.text, lookback, event_end) is None:
        return None
    return "the programme of the event the item reports"


_ACTIVITIES_AFTER = LazyPattern(r"[^\d,，。;；、]{0,10}?活动")
_OCCASION = LazyPattern(r"周年|庆祝|庆典|[州县市区旗]庆|本届|此次|本次")
_HOLDING_BEFORE = LazyPattern(r"(?:举办|举行|开展|安排)")


def _occasion_activities(quantity: Quantity, context: TargetContext, since: int) -> bool:
    """ "成立60周年庆祝活动…共举办5项主要活动和20项系列活动", "还将举办…等20项县庆系列活动": the count of
    the activities that make up one occasion (an anniversary, this edition of a festival), its programme;
    not a year's amount of cultural work ("今年全市将举办文化惠民活动200场"), which names no occasion."""
    if quantity.unit not in COUNTER_UNITS | {"大"}:
        return False
    clause = context.index.clause(quantity.start)
    activities = _ACTIVITIES_AFTER.match(context.text, quantity.end, clause.end)
    if activities is None or not _HOLDING_BEFORE.search(context.text, since, quantity.start):
        return False
    return _OCCASION.search(context.text, since, activities.end()) is not None


_GIFT_BEFORE = LazyPattern(r"(?:捐赠|捐款|捐助|捐资|捐献|捐出)[^,，。;；]{0,40}$")
_DONOR = LazyPattern(r"[\u4e00-\u9fff]{2,16}?(?:集团|公司|企业|银行|广场|商场|商会|基金会)")
DONOR_LOOKBACK_CHARS = 120
"""How far back in its sentence a gift looks for the company that gives it (bounds the cost)."""


_RESIDENTS = (
    *("村民", "市民", "居民", "农户", "农民", "游客"),
    *("群众", "职工", "店主", "商户", "养殖户", "种植户"),
)
RESIDENT_LOOKBACK_CHARS = 300
"""How far before a quotation the speaker's introduction ("村民张某种植了80亩…") is looked for."""


def _residents_words(quantity: Quantity, context: TargetContext) -> str | None:
    """A figure in the words of a resident (“今年收成不错，能收入20万元左右，明年我会继续扩种。”张某说,
    where the item introduced 张某 as a 村民): a person's own plans or earnings, not a region's
    commitment."""
    quotation = inside_quotes(context.text, quantity.start, quantity.end, limit=QUOTED_STATEMENT_CHARS)
    if quotation is None:
        return None
    after = _SPEAKER_AFTER.match(context.text, quotation.end)
    before = _SPEAKER_BEFORE.search(context.text, max(0, quotation.start - 30), quotation.start)
    for speaker in (after, before):
        if speaker is None:
            continue
        who = speaker.group("who")
        if who.startswith(_RESIDENTS):
            return "a resident's words (not a region's commitment)"
        since = max(0, quotation.start - RESIDENT_LOOKBACK_CHARS)
        if len(who) <= 4 and any(role + who in context.text[since : quotation.start] for role in _RESIDENTS):
            return "a resident's words (not a region's commitment)"
    return None


def _donors_gift(quantity: Quantity, context: TargetContext) -> str | None:
    """What a company gives ("某集团…捐款已全部到位，这笔款项将定向捐赠某区500万元", "某广场…每一单销售，都将
    为困境大学生捐款5元"): a donor's gift, not an amount a region commits to (guidelines §3)."""
    clause = context.index.clause(quantity.start)
    if _GIFT_BEFORE.search(context.text, clause.start, quantity.cue_start) is None:
        return None
    sentence = context.index.full_sentence(quantity.start)
    since = max(sentence.start, quantity.cue_start - DONOR_LOOKBACK_CHARS)
    donor = _DONOR.search(context.text, since, quantity.cue_start)
    if donor is None or any(word in donor.group(0) for word in GOVERNMENT_COMPANIES):
        return None
    return "a company's gift (a donor's, not a region's commitment)"


def _company_plan(quantity: Quantity, context: TargetContext) -> str | None:
    """A company's own planned investment, reported from a signing: the company's plan, not the region's
    commitment (guidelines §3; such items are optional)."""
    if quantity.unit != "元":
        return None
    sentence = context.index.sentence(quantity.start)
    if quantity.cue_start - sentence.start > COMPANY_PLAN_MAX_CHARS:
        return None
    before = context.text[sentence.start : quantity.cue_start]
    lead_in = max(before.rfind("："), before.rfind(":"))
    company = _COMPANY_PLAN.match(before, lead_in + 1)
    if company is not None and not any(word in company.group(0) for word in GOVERNMENT_COMPANIES):
        return "a company's planned investment"
    return None


_COPULA_BEFORE = LazyPattern(r"(?<![但还就于凡总要或可若否目任])是[^,，。;；是]{0,16}$")
_MODIFIES_A_NOUN_AFTER = LazyPattern(r"[^,，。;；的]{0,10}的[^,，。;；\d]{1,14}$")
_COPULA_NEXT = LazyPattern(r"[,，](?:也|还|更|则)?是(?!否)")
DESCRIPTION_WINDOW_CHARS = 80
"""How far after its clause a figure's description (",是…") and before it a project's name are looked for:
a window, so that a sentence of any length is read in linear time."""


def _described(quantity: Quantity, context: TargetContext, clause: Span) -> str | None:
    """A figure of a description after 是 ("是林木覆盖率超70%的太行绿肺", "…装机达63%，是全国…最高的省级
    电网"): what a place or a thing is (its distance is a specification, see `_specification`); a
    project's own scale and a figure its sentence plans stay targets."""
    text = context.text
    before = text[clause.start : quantity.cue_start]
    sentence = context.index.full_sentence(quantity.start)
    in_description = (
        _COPULA_BEFORE.search(before) and _MODIFIES_A_NOUN_AFTER.fullmatch(text, quantity.end, clause.end)
    ) or _COPULA_NEXT.search(text, clause.end, min(sentence.end, clause.end + DESCRIPTION_WINDOW_CHARS))
    if not in_description or is_project_scale(quantity, text, clause):
        return None
    if _profile_of_a_project_ahead(quantity, context, clause):
        return None  # "12号线设站37座，…，是世界第二长…环线" of a line still being built: its scale
    since = max(sentence.start, quantity.cue_start - DESCRIPTION_WINDOW_CHARS)
    if any(noun in text[since : quantity.cue_start] for noun in PROJECT_NOUNS):
        return None  # "哇让抽蓄电站…总装机280万千瓦，是青海首座抽蓄电站": a project's scale
    if _completion_ahead(quantity, context):
        return None  # "…全长约38.5公里，也是…首条…通道，计划今年底建成": a project being built
    if context.tense.own_plan(quantity.cue_start, quantity.end, with_paragraph=False):
        return None
    return "description of what is (present state)"


_EQUIVALENT_BEFORE = LazyPattern(r"相当于[^,，。;；]{0,12}$")
_FORMER_BASE_BEFORE = LazyPattern(r"(?:原来|原有|原先|以往|现有)的?[^\d,，。;；到至]{0,8}$")
_BASE_OF_A_CHANGE_AFTER = LazyPattern(r"[^\d,，。;；]{0,10}?的?基础上")
"""The level a change starts from: "在原有200个的基础上新增50个" (the base; the change is the plan)."""
_LISTED_STOCK_BEFORE = LazyPattern(r"(?<![没将])有[^,，。;；]{2,40}?等$")


_DATA_SOURCE = LazyPattern("|".join(DATA_SOURCES))
_INTENT_IN_SENTENCE = LazyPattern(r"将|预计|力争|计划|目标|确保|争取|有望|预期|要")
"""Words of intent or expectation (not a time word such as 今年, which a data report also names)."""


def _reported_data(quantity: Quantity, context: TargetContext) -> str | None:
    """A figure of a sentence that reports data after its source ("数据显示，…", "根据…统计数据，…"), with no
    word of the future in the sentence up to the figure's clause's end: a count of what is or was."""
    sentence = context.index.full_sentence(quantity.start)
    if _DATA_SOURCE.search(context.text, sentence.start, quantity.cue_start) is None:
        return None
    clause_end = context.index.clause(quantity.start).end
    if _INTENT_IN_SENTENCE.search(context.text, sentence.start, clause_end) is not None:
        return None
    return "reported data (a count of what is or was)"


def _present_state(quantity: Quantity, context: TargetContext) -> str | None:
    """ "现有300万吨", "我区有20个", "全区17个…之一": what exists now, or a background fact. A stock
    ("5G基站总数达1.2万个") where neither its sentence nor its paragraph plans, and the region's yearly
    flow ("我区每年接待游客近3亿人次") where its sentence does not, are stated as what is."""
    clause = context.index.clause(quantity.start)
    before = context.text[clause.start : quantity.cue_start]
    if before.endswith(PRESENT_STATE_ENDINGS) and not before.endswith(_GOAL_COPULAS):
        planned_total = before.endswith("总面积") and context.tense.own_plan(quantity.cue_start, quantity.end)
        if not planned_total:  # "将新建口袋公园5个，总面积120亩": the total of works planned
            return "present state"
    if context.text[quantity.end : clause.end].find(BACKGROUND_AFTER[0]) != -1:
        return "background fact"
    described = _described(quantity, context, clause)
    if described is not None:
        return described
    base_after = _BASE_OF_A_CHANGE_AFTER.match(context.text, quantity.end, clause.end)
    if base_after and _FORMER_BASE_BEFORE.search(before):
        return "baseline (the former level a change starts from)"  # "在原来每周9场考试的基础上再增加3场"
    if _EQUIVALENT_BEFORE.search(before):
        return "equivalent of another figure"  # "…51亿千瓦时，相当于节约标准煤约184万吨"
    listed = _LISTED_STOCK_BEFORE.search(before)  # "境内有八达岭、龙庆峡等30余个景区"
    if listed and not context.tense.own_plan(quantity.cue_start, quantity.end, with_paragraph=False):
        return "present state"
    own_plan = context.tense.own_plan
    has = _HAS_BEFORE.search(before)  # "建有大型生态休闲场所49处": what it has, its noun between
    if has and not own_plan(quantity.cue_start, quantity.end, with_paragraph=False):
        return "present state"
    if _STOCK_BEFORE.search(before) and not own_plan(quantity.cue_start, quantity.end):
        return "present state"
    habitual = _HABITUAL_BEFORE.match(before) and not quantity.raw.endswith(_BOUND_OF_A_PLAN)
    if habitual and not own_plan(quantity.cue_start, quantity.end, with_paragraph=False):
        return "present state"
    return None


_GOAL_NOUN_AFTER = LazyPattern(r"的?(?:预期|年度|奋斗)?目标")
_GOAL_ENDS_THE_CLAUSE = LazyPattern(r"[^\d,，。;；]{0,30}?的?(?:预期|年度|奋斗)?目标(?:任务)?")
"""A goal noun that closes the figure's clause, no other figure between ("…5950万亩永久基本农田全部建成
高标准农田目标任务")."""
_AIMED_AT_BEFORE = LazyPattern(r"(?:围绕|锚定|瞄准|紧扣|紧盯|对标|朝着|向着|奔着|为实现|为完成)")
"""Verbs that aim a clause at the goal it names: what the goal says is still to reach."""
_MEASURED_AGAINST_BEFORE = LazyPattern(r"(?:完成|实现|达到|超过|超出|高于|低于|好于|快于|提前|超额|如期)")


def _named_goal(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """ "聚焦地区生产总值年度增长6%目标任务": a quantity named as the goal is one, even in a review,
    unless its clause measures a result against it ("高于6%的预期目标", "提前完成6%的目标")."""
    aimed_at = _AIMED_AT_BEFORE.search(context.text, clause.start, quantity.cue_start) is not None
    if aimed_at and _GOAL_ENDS_THE_CLAUSE.fullmatch(context.text, quantity.end, clause.end) is not None:
        return True  # "锚定支持5950万亩永久基本农田全部建成高标准农田目标任务": the goal the clause names
    if not _GOAL_NOUN_AFTER.match(context.text, quantity.end):
        return False
    if aimed_at:
        return True  # "紧紧围绕…治理率达到35%的预期目标": the goal aimed at, its 达到 inside the goal
    if _MEASURED_AGAINST_BEFORE.search(context.text, clause.start, quantity.end) is None:
        return True
    return _this_years_goal_to_date(quantity, context)


_WHOLE_YEAR_BEFORE = LazyPattern(r"(?:全年|年度)$")
_TO_DATE_IN_THE_YEAR = LazyPattern(rf"(?:{'|'.join(CUT_OFF_WORDS)})\d{{1,2}}月|{PERIOD_TO_DATE_PATTERN}")
"""A report on the year so far ("截至6月底", "上半年", "前三季度", "1-7月")."""


def _this_years_goal_to_date(quantity: Quantity, context: TargetContext) -> bool:
    """The whole year's goal a report on the year so far measures its progress against ("截至6月底，新增就业
    30.08万人，完成全年46万人目标任务逾六成"): the goal of the plan year, still ahead, unless a year named in
    its sentence says it is another year's."""
    if not _WHOLE_YEAR_BEFORE.search(context.text, max(0, quantity.start - 2), quantity.start):
        return False
    sentence = context.index.full_sentence(quantity.start)
    paragraph = context.index.paragraph(quantity.start)
    if _YEAR_DIGITS.search(context.text, sentence.start, quantity.start):
        return False
    return _TO_DATE_IN_THE_YEAR.search(context.text, paragraph.start, quantity.start) is not None


def _past(quantity: Quantity, context: TargetContext) -> str | None:
    clause = context.index.clause(quantity.start)
    if _named_goal(quantity, context, clause):
        return None
    own_tense = _has_own_tense(quantity, context, clause)
    tense_at = partial(
        context.tense.tense_at, quantity.cue_start, quantity.end, results_report=context.results_report
    )
    if tense_at(clause_only=own_tense) == "past":
        if _task_set(quantity, context):
            return None
        planned_anyway = context.tense.plan_bound(quantity.start, quantity.end)
        if planned_anyway or _work_done_ahead(quantity, context, clause):
            return None
        if _unmarked_profile_of_a_work_ahead(quantity, context, clause) or _remainder_ahead(
            quantity, context, clause
        ):
            return None
        if _profile_under_a_milestone(quantity, context, clause, own_tense=own_tense):
            return None
        return None if own_tense and _completion_ahead(quantity, context) else "past result"
    if own_tense and _spent_in_the_past(quantity, context, clause):
        return "past result (money spent on a project)"
    if (
        own_tense
        and _COMPLETED_IN_ITS_CLAUSE.match(context.text, quantity.end, clause.end)
        and tense_at() == "past"
    ):
        return "past result (a project completed)"
    if own_tense and _completed_before_it(quantity, context, clause):
        return "past result (the profile of a finished project)"
    if own_tense and _completed_after_it(quantity, context):
        return "past result (the profile of a finished project)"
    if own_tense and _reported_complete(quantity, context):
        return "past result (a project completed)"
    return _unmarked_fact(quantity, context, clause)


_TASK_SET_BEFORE = LazyPattern(r"已经?(?:确认|确定|下达|明确|安排|分解)的?$")
_TASK_AFTER = LazyPattern(r"[^\d,，。;；]{0,8}?任务")


def _task_set(quantity: Quantity, context: TargetContext) -> bool:
    """A task already set ("今年已确认的120户改造任务", "已下达的5万亩造林任务"): setting it is done, the work
    it counts is ahead."""
    return (
        _TASK_SET_BEFORE.search(context.text, max(0, quantity.cue_start - 6), quantity.cue_start) is not None
        and _TASK_AFTER.match(context.text, quantity.end) is not None
    )


_REMAINDER_BEFORE = LazyPattern(r"(?:剩余|其余|余下|剩下|尚余|尚有|还有)[^\d,，。;；]{0,8}")
_AHEAD_IN_ITS_CLAUSE = LazyPattern(r"[^,，。;；]*?(?:将|计划|预计|力争|争取|确保|年底前|年内|年前)")


def _remainder_ahead(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """ "已完成改造1200户，剩余800户将于年底前完成": after a progress lead, the rest of the work, which its
    own clause sets ahead (its future mark follows the figure), is an amount of work to do."""
    text = context.text
    return _REMAINDER_BEFORE.fullmatch(text, clause.start, quantity.cue_start) is not None and (
        _AHEAD_IN_ITS_CLAUSE.match(text, quantity.end, clause.end) is not None
    )


def _unmarked_profile_of_a_work_ahead(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """ "12号线设站37座" in a news item's paragraph that reports a finished part of the line: its sentence,
    up to the figure's clause, says nothing of the past, and the text names the line as still ahead."""
    sentence = context.index.full_sentence(quantity.start)
    if not context.news or context.tense.says_past(sentence.start, clause.end):
        return False
    profile = _PROFILE_BEFORE.search(context.text, clause.start, quantity.cue_start) is not None
    scope = _WORK_SCOPE_BEFORE.fullmatch(context.text, clause.start, quantity.cue_start) is not None
    if _MODIFIES_A_NOUN.match(context.text, quantity.end, clause.end):
        return False  # "全长2150米螺旋曲线": the size of a part
    return (profile or scope) and _named_work_ahead(quantity, context, clause)


def _profile_under_a_milestone(
    quantity: Quantity, context: TargetContext, clause: Span, *, own_tense: bool
) -> bool:
    """ "青湾跨海通道项目全长约26公里" after the news item's lead reports a milestone of the works ("隧道
    双线贯通", "已完成顶板浇筑"): the past is the milestone's, not the profile's; the scale of a
    project still being built is a target (guidelines §3). Only a work's size (全长, 用地面积 …): a
    review's totals ("储备项目310个，总投资2860亿元") stay results."""
    if own_tense or not context.news:
        return False
    if _SIZE_BEFORE.search(context.text, clause.start, quantity.cue_start) is None:
        return False
    sentence = context.index.full_sentence(quantity.start)
    if context.tense.says_past(sentence.start, clause.end) or _FORMER_BEFORE.search(
        context.text, clause.start, quantity.cue_start
    ):
        return False  # "原先规划全长约24公里": the state before the works
    if "其中" in context.text[sentence.start : quantity.cue_start]:
        return False  # "总建筑面积约3.5万平方米，其中地上…": the parts of the scale just given
    return _profile_of_a_project_ahead(quantity, context, clause)


_SIZE_BEFORE = LazyPattern(r"(?:全长|总长|长度|段长|面积|占地|用地|设站)(?:为|达到?|约|近|超过?|共)?$")
"""The size of a work, said right before its figure (money is no size: a review's totals stay results)."""
_FORMER_BEFORE = LazyPattern(r"原先|原来|原有|此前|以前|过去|改造前")


_WORK_SCOPE_BEFORE = LazyPattern(
    r"(?:(?:该|本)?(?:工程|项目|全线))?(?:新建|改建|扩建|改造|铺设)[^\d,，。;；]{0,8}?(?:约|近)?"
)
"""What a work builds, said of the work ("工程新建线路约29公里", "新建车站19座"): its scale."""


def _unmarked_fact(quantity: Quantity, context: TargetContext, clause: Span) -> str | None:
    """A figure that nothing sets ahead is a fact (guidelines §3: the present is not a target): no mark in
    its clause or sentence, no opener or lead-in of its paragraph or section (the lean of a news item's
    other sentences does not count), a sentence that describes ("产业园占地120亩，年产值1800万元") rather
    than a duty of a plan, in a paragraph that is not a plan list. The profile of a project still being built
    is its scale, a target."""
    if not context.news or context.tense.governed(quantity.cue_start, quantity.end, news=True):
        return None
    text = context.text
    sentence = context.index.full_sentence(quantity.start)
    tally = _TALLY_OPENING.match(text, sentence.start, sentence.end) is not None
    own_duty = in_plan_register(text, clause) and _WORK_SUBJECT.match(text, sentence.start) is None
    own_duty = own_duty and not tally
    if own_duty or in_plan_register(text, sentence):
        return None  # not "工程新建线路约31公里，新建车站17座": the clauses after a work's name describe it
    if in_plan_list(text, context.index, context.index.paragraph(quantity.start)) or in_plan_list(
        text, context.index, Span(0, len(text))
    ):
        return None
    if _COMPLETED_IN_ITS_CLAUSE.match(text, quantity.end, clause.end) and not context.tense.own_plan(
        quantity.cue_start, quantity.end, with_paragraph=False
    ):
        return "past result (works completed)"  # "全线在建的8座站房主体工程全部完工"
    if _reported_complete(quantity, context):
        return "fact (the profile of a finished work)"  # "大桥顺利通车。大桥全长1.2公里，…建成后将…"
    if _completion_ahead(quantity, context) or _profile_of_a_project_ahead(quantity, context, clause):
        return None  # "该馆总建筑面积达3600平方米，计划于明年春节前开馆运营": a work yet to open
    if _in_a_scale_field(quantity, context):
        return None
    return "fact (nothing sets it ahead)"


_TALLY_OPENING = LazyPattern(
    rf"(?:[^,，。;；]{{1,12}}[,，])?(?:(?:{'|'.join(REGION_SUBJECTS)})[^,，。;；\d]{{0,4}}?)?(?:共计?|合计|累计)"
    r"(?!计划|将|要|拟)"
)
"""A sentence that tallies what was done ("行动当晚，全市共设立卡点106个，…；…，发放宣传资料13600余份"): its
list items are counts of the work done, not duties, whatever verb opens them."""
_SCALE_FIELD = LazyPattern(r"(?:建设|工程)规模[:：]")
_FIELD_LABEL = LazyPattern(r"[\u4e00-\u9fff]{2,6}[:：]")
SCALE_FIELD_CHARS = 80
"""How far back a figure looks for the 建设规模 field of a notice it belongs to."""


def _in_a_scale_field(quantity: Quantity, context: TargetContext) -> bool:
    """ "建设规模:规划总用地面积约2.16公顷。道路总长约910米，道路红线宽24米。附图:…": a notice's scale field
    runs on past its first sentence, up to the next field's label; what it lists is still to be built."""
    since = max(0, quantity.cue_start - SCALE_FIELD_CHARS)
    fields = list(_SCALE_FIELD.finditer(context.text, since, quantity.cue_start))
    if not fields:
        return False
    return _FIELD_LABEL.search(context.text, fields[-1].end(), quantity.cue_start) is None


_SHARE_OPENING = LazyPattern(r"\s*其中")
_PROFILE_IN = LazyPattern(rf"(?:{'|'.join(PROFILE_NOUNS)})")
_PROFILE_BEFORE = LazyPattern(rf"(?:{'|'.join(PROFILE_NOUNS)})(?:为|达到?|约|近|超过?|共)?$")


def _profile_of_a_project_ahead(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """ "总用地面积45.6亩", "全长59.9公里，设站37座", "新建车站17座" of a work (its sentence names a project
    or a line, or goes on about one)
    whose paragraph says it is still being built ("开工", "建成后", "加快推进", "预计…竣工"), or that the
    text names again as still ahead (`_named_work_ahead`): the scale of a project under construction
    (guidelines §3); the same profile of a place that stands ("产业园占地120亩") is a fact."""
    text = context.text
    sentence_span = context.index.full_sentence(quantity.start)
    profile = _PROFILE_BEFORE.search(text, clause.start, quantity.cue_start) is not None
    share = _SHARE_OPENING.match(text, clause.start) is not None and (
        _PROFILE_IN.search(text, sentence_span.start, clause.start) is not None
    )  # "路线全长52.4公里，其中醴陵市30.2公里": a part of the profile just given
    scope = _WORK_SCOPE_BEFORE.fullmatch(text, clause.start, quantity.cue_start) is not None
    if is_project_scale(quantity, text, clause):
        pass
    elif not (profile or share or scope) or _MODIFIES_A_NOUN.match(text, quantity.end, clause.end):
        return False  # "全长2783米螺旋曲线", "全长1420米的柳溪特大桥": the size of a part, not of the work
    sentence = sentence_span.text(text)
    if _SHARE_OPENING.match(text, sentence_span.start):  # "其中，北京段…": the sentence of the total
        sentence += context.index.full_sentence(max(0, sentence_span.start - 1)).text(text)
    if not any(noun in sentence for noun in (*PROJECT_NOUNS, *WORKS_NOUNS)):
        return False  # "青禾县…粮食播种面积120万亩": a place's profile, whatever is being built beside it
    paragraph = context.index.paragraph(quantity.start)
    around = text[paragraph.start : paragraph.end]
    ahead = any(word in around for word in CONSTRUCTION_AHEAD) or _COMPLETION_AHEAD.search(around) is not None
    if context.news and _finished_part(quantity, context, clause):
        return False
    if ahead and not (context.news and _opened_in_the_lead(context)):
        return True
    return _named_work_ahead(quantity, context, clause)


_PART_NAME = LazyPattern(r"[^\s\d,，。;；:：、“”()（）的]{2,10}?(?:特大桥|大桥|隧道|高墩|站房|连续梁)")
_FINISHED_AFTER_PART = LazyPattern(r"[^。;；,，]{0,12}?(?:合龙|贯通|封顶|出洞|完工|转体)")
PART_LOOK_AROUND_CHARS = 12
"""How far past its clause a figure looks for the part it measures ("全长1420米的柳溪特大桥")."""


def _finished_part(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """The profile of a part of a line that the news item reports finished ("白水特大桥9日顺利合龙。…全长
    1120米的白水特大桥", "青山隧道9日顺利贯通。青山隧道…全长4120米"): a fact, though the line is still
    being built."""
    sentence = context.index.full_sentence(quantity.start)
    text = context.text
    names = [
        m.group(0) for m in _PART_NAME.finditer(text, sentence.start, min(sentence.end, clause.end + 12))
    ]
    return any(
        _FINISHED_AFTER_PART.match(text, position + len(name))
        for name in names
        for position in occurrences(text, name)
    )


_OPENED = LazyPattern(
    r"(?:通车试运行|正式通车|建成通车|开通运营|正式运营|投入使用|建成投用|正式投用|建成投产|正式投产)(?!后)"
)
_NOT_YET = LazyPattern(r"将|即将|预计|计划|力争|有望|年底|年内|明年|后年|开工|动工|开建|奠基|签约|奠定|打下")


def _opened_in_the_lead(context: TargetContext) -> bool:
    """A news item whose lead reports a work opened ("解放碑地下环道通车试运行"): the work stands, whatever
    its paragraph says of what it will mean once built ("建成后对同类型…有借鉴意义")."""
    lead = context.index.full_sentence(0)
    opened = _OPENED.search(context.text, lead.start, lead.end)
    return opened is not None and _NOT_YET.search(context.text, lead.start, lead.end) is None


_MODIFIES_A_NOUN = LazyPattern(r"的?[\u4e00-\u9fff]")
"""A profile figure that goes on into the noun it measures, instead of ending its clause."""


_WORK_NAME = LazyPattern(rf"[^\s\d,，。;；:：、“”()（）]{{2,10}}?\d*(?:{'|'.join(WORK_NAME_ENDINGS)})")
_AHEAD_AFTER_NAME = LazyPattern(
    rf"[^。;；]{{0,8}}?(?:{'|'.join(CONSTRUCTION_AHEAD)}|建成通车后|开通后|通车后|完成后|全线建成)"
)
WORK_NAME_MIN_CHARS = 4


def _named_work_ahead(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """The work whose profile the clause states ("武汉轨道交通12号线设站37座") is named elsewhere in the text
    as still ahead ("武汉轨道交通12号线建成后，将…"): a line or a project under construction, whatever a
    finished part of it ("首个盾构区间顺利贯通") tells of the paragraph; a part bored through or opened ("郭
    家山隧道全长4597米" of a tunnel "顺利贯通") is no such work."""
    sentence = context.index.full_sentence(quantity.start)
    text = context.text
    names = _work_names(text, clause.start, quantity.cue_start)
    own_subject = _OWN_SUBJECT_BEFORE.fullmatch(text, clause.start, quantity.cue_start) is not None
    if own_subject and _WORK_SCOPE_BEFORE.fullmatch(text, clause.start, quantity.cue_start) is not None:
        own_subject = False  # "新建车站17座": what the work builds, not a part with a subject of its own
    if not names and not own_subject:
        names = _work_names(text, sentence.start, clause.start)  # "…高铁，建成后…，其正线全长93.98公里"
        if not names and sentence.start > 0 and _WORK_ANAPHOR.match(text, sentence.start):
            previous = context.index.full_sentence(sentence.start - 1)  # "…13号线扩能提升工程是…。工程新建…"
            names = _work_names(text, previous.start, previous.end)
    if not names:
        return False
    core = _name_core(names[0])
    for position in occurrences(text, core):
        if not sentence.start <= position < sentence.end and _AHEAD_AFTER_NAME.match(
            text, position + len(core)
        ):
            return True
    return False


_WORK_SUBJECT = LazyPattern(r"(?:该|本|整个)?(?:工程|项目|线路|全线)")
"""A sentence whose subject is a work ("工程新建线路约29公里，新建车站19座"): its clauses describe it."""
_WORK_ANAPHOR = LazyPattern(r"(?:该|本|整个)?(?:工程|项目|线路|全线)|新建|改建|扩建")
"""A sentence that goes on about the work the sentence before named: "工程新建线路…", "新建车站19座"."""
_NUMBERED_WORK = LazyPattern(rf"\d+(?:{'|'.join(WORK_NAME_ENDINGS)})$")


def _name_core(name: str) -> str:
    """How a text names a numbered line again: "13号线" of "北京轨道交通13号线"; another name is its whole."""
    numbered = _NUMBERED_WORK.search(name)
    return numbered.group(0) if numbered else name


def _work_names(text: str, start: int, end: int) -> list[str]:
    names = (match.group(0) for match in _WORK_NAME.finditer(text, start, end))
    return [name for name in names if len(name) >= WORK_NAME_MIN_CHARS]


_OWN_SUBJECT_BEFORE = LazyPattern(
    rf"[^\d,，。;；]{{2,}}?(?:{'|'.join(PROFILE_NOUNS)})(?:为|达到?|约|近|超过?|共)?"
)
"""A clause with a subject of its own before its profile noun ("区间右线全长912米"): a part named for itself,
not the work its sentence opened with; "其正线全长…" or a bare "全长…" continues that work."""


def occurrences(text: str, word: str) -> list[int]:
    """Where a name stands in the text ("6号线" not inside "16号线"), each after the one before (the
    starts of the matches of the word not after a digit, found by `str.find`)."""
    if not word:
        return [match.start() for match in re.finditer(r"(?<!\d)", text)]
    found: list[int] = []
    position = text.find(word)
    while position >= 0:
        if position > 0 and text[position - 1].isdecimal():
            position = text.find(word, position + 1)
            continue
        found.append(position)
        position = text.find(word, position + len(word))
    return found


def _reported_complete(quantity: Quantity, context: TargetContext) -> bool:
    """The scale of a work that its sentence, or the sentence just before, tells as completed ("某枢纽近日
    建成投用，总投资3.2亿元"; "大桥顺利通车。大桥全长1.2公里…，建成后将…"): the profile of a finished work,
    a fact; not when its own sentence speaks of a work still to be built ("今年，二期项目开工建设，总投资20
    亿元", "…主体完工，…预计10月底建成通车") or plans it."""
    sentence = context.index.full_sentence(quantity.start)
    since = context.index.full_sentence(sentence.start - 1).start if sentence.start > 0 else sentence.start
    since = max(since, context.index.paragraph(quantity.start).start)
    if not context.tense.completion_before(quantity.cue_start, since):
        return False
    words = context.text[sentence.start : sentence.end]
    if any(word in words for word in CONSTRUCTION_AHEAD if not word.endswith("后")):
        return False
    if context.tense.own_plan(quantity.cue_start, quantity.end, with_paragraph=False):
        return False
    return not _completion_ahead(quantity, context)


def _spent_in_the_past(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """Money spent on a project, and what it was spent on (`_SPENT_ON`), in a sentence or paragraph
    that a mark or a lead-in sets in the past ("近年来，…投入4200万元对5300亩塘口建设尾水处理工程"): a
    result, not the size of a project still being built."""
    if not _SPENT_ON.search(context.text, clause.start, quantity.cue_start):
        return False
    reading = context.tense.reading_at(quantity.cue_start, quantity.end)
    return reading.marked and reading.tense == "past"


_COMPLETED_IN_ITS_CLAUSE = LazyPattern(
    r"[^,，。;；]{0,24}?(?:建成投产|建成投用|建成运营|竣工投产|建成|竣工|投产|投用|通车|落成|完工|并网)(?:了)?$"
)
"""A project's scale in a clause that ends on its completion ("总投资120亿元的多晶硅项目建成投产"): in a
sentence or paragraph that reports results, a result; a project still being built stays a target."""


_COMPLETED_BEFORE = LazyPattern(
    r"(?:已|已经|去年|上年|\d{4}年|\d{1,2}月)[^,，。;；]{0,6}?"
    r"(?:建成投产|建成投用|建成运营|竣工投产|建成|竣工|投产|投用|通车|落成|完工|并网|开业)(?:了|运行|运营|使用)?[,，]"
)
"""An earlier clause of the sentence that dates a work's completion in the past: "…产业园去年建成投产，"."""


def _completed_before_it(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """ "光伏产业园去年建成投产，总投资5亿元": the scale of a project its sentence has just called finished,
    when the rest of the sentence speaks of no work ahead ("二期总投资10亿元，计划明年开工" stays a plan)."""
    sentence = context.index.full_sentence(quantity.start)
    if _COMPLETED_BEFORE.search(context.text, sentence.start, clause.start) is None and not (
        _opens_on_a_past_year(context, sentence, clause)
    ):
        return False
    return _STILL_AHEAD.search(context.text, clause.start, sentence.end) is None


_PAST_YEAR_LEAD = LazyPattern(r"(?:^|(?<=[,，]))(?P<year>(?:19|20)\d{2})年(?:初|底|末|\d{1,2}月)?[,，]")
"""A clause of the sentence that opens on a year ("…位于县城以北，2015年初，由…投资兴建，…总投资1.2亿元")."""
PAST_YEAR_LEAD_CHARS = 160
"""How far back in its sentence a project's scale looks for the year that opens the account of it."""


def _opens_on_a_past_year(context: TargetContext, sentence: Span, clause: Span) -> bool:
    """A sentence whose clause before the figure opens on a year before the plan year tells how a work was
    set up then: the scale it gives is the work's as built, not a target."""
    if context.plan_year is None:
        return False
    since = max(sentence.start, clause.start - PAST_YEAR_LEAD_CHARS)
    leads = _PAST_YEAR_LEAD.finditer(context.text, since, clause.start)
    return any(int(lead.group("year")) < context.plan_year for lead in leads)


_COMPLETED_SINCE = LazyPattern(
    r"(?:已|已经)(?:于|在)?[^,，。;；]{0,8}?"
    r"(?:建成投产|建成投用|建成运营|竣工投产|建成|竣工|投产|投用|通车|落成|完工|并网|开业)"
)
"""A clause that tells a work as already finished: "已于今年4月竣工", "已建成投产"."""
_SAME_WORK_OPENING = LazyPattern(r"(?:该|这一|此)?(?:项目|工程)")
"""A sentence that goes on about the work the one before it profiled ("项目已于今年4月竣工")."""
_FINISHED_LATER = LazyPattern(
    r"(?:即将|将于?|可|计划|预计|力争|年底前?|年内|明年|后年)[^。；;]{0,12}?"
    r"(?:竣工|投产|通车|试产|建成|完工|投用|运营|达产|开业)"
)
"""Completion still ahead ("主体已完工，预计10月底竣工投产"); a month alone dates what is done ("已于今年5月
建成投产")."""
_A_PART = LazyPattern(r"期|部分|主体|标段")
"""A part of the work finished before the whole ("一期已建成投产", "主体已完工")."""


def _completed_after_it(quantity: Quantity, context: TargetContext) -> bool:
    """ "…产业园项目项目总投资5亿元，已于今年6月竣工投产"; "…项目总投资7.62亿元，主要建设…。项目已于今年
    4月竣工": the scale of a work that the rest of its sentence, or the next sentence about the same work,
    tells as already finished (a list of projects visited, each with its profile); not when the work is
    finished only later."""
    sentence = context.index.full_sentence(quantity.start)
    if _STILL_AHEAD.search(context.text, sentence.start, quantity.start):
        return False  # "今年将新建…项目，总投资5亿元，一期已建成投产": the work is still planned
    if _FINISHED_LATER.search(context.text, quantity.end, sentence.end):
        return False
    done = _COMPLETED_SINCE.search(context.text, quantity.end, sentence.end)
    if done is not None:
        return _A_PART.search(context.text, quantity.end, done.start()) is None
    if sentence.end >= len(context.text) - 1:
        return False
    following = context.index.full_sentence(sentence.end + 1)
    opening = _SAME_WORK_OPENING.match(context.text, following.start)
    if opening is None:
        return False
    if _COMPLETED_SINCE.match(context.text, opening.end()) is not None:
        return True
    dated = _COMPLETED_IN_A_YEAR.match(context.text, opening.end())
    plan_year = context.plan_year
    return dated is not None and plan_year is not None and int(dated.group("year")) < plan_year


_COMPLETED_IN_A_YEAR = LazyPattern(
    r"(?:于|在)(?P<year>(?:19|20)\d{2})年[^,，。;；]{0,8}?"
    r"(?:完成[^,，。;；]{0,4}?建设|建成|竣工|投产|投用|通车|落成|完工|开业)"
)
"""The next sentence dates the work's completion in a year before the plan year ("该项目于2021年10月完成项目
建设")."""


_STILL_AHEAD = LazyPattern(r"将|计划|预计|拟|力争|争取|开工|动工|在建|建设中|[二三四五]期")
"""Words after a completed part that speak of work still ahead ("，二期总投资10亿元，计划明年开工")."""


_COMPLETION_AHEAD = LazyPattern(
    r"(?:即将|将于?|可|计划|预计|力争|年底|年内|明年|后年|\d{1,2}月(?:底|份)?)[^。；;]{0,12}?"
    r"(?:竣工|投产|通车|试产|建成|完工|投用|运营|达产|开业)"
)
"""A project whose completion lies ahead: "…主体已完工，10月底可按计划竣工通车", "…已完成安装，即将试产"."""


def _completion_ahead(quantity: Quantity, context: TargetContext) -> bool:
    """The sentence of a project's scale says the project is finished only later: it is still a target."""
    sentence = context.index.full_sentence(quantity.start)
    return _COMPLETION_AHEAD.search(context.text, quantity.end, sentence.end) is not None


_SPENT_ON = LazyPattern(
    r"(?:投入|(?<![总计])投资|完成投资)(?:资金)?(?:约|近|超)?$|(?:投入|(?<![总计])投资)[^,，。;；]{0,12}?对$"
)
"""Money spent or invested ("投入4200万元建设…工程", "投入4200万元对5300亩塘口建设…工程"): a flow of
a period, not the size of a project ("总投资26亿元的…项目")."""

_WORK_DONE_AHEAD = LazyPattern(
    r"[,，]\s*(?:并|均|将)?(?:计划|将|拟|力争|确保|预计|争取)(?:于|在)?[^,，。;；]{0,10}?"
    r"(?:全部|基本|陆续)?(?:完成|建成|竣工|完工|投用|投运)"
)
"""The clause right after a count of works that dates their completion ahead: "梳理整治项目48项，计划于10月
底前完成", "排查隐患点32处，将于年底前全部完成整改"."""


def _work_done_ahead(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """A count of works whose own clause says nothing of its time (no 了, 已, 开工 of its own) and whose next
    clause plans their completion: an amount of work to do, whatever the lean of its paragraph."""
    if quantity.unit not in COUNTER_UNITS or not _WORK_DONE_AHEAD.match(context.text, clause.end):
        return False
    own = context.tense.reading_at(quantity.cue_start, quantity.end, clause_only=True)
    return not own.marked


_COUNT = LazyPattern(r"(?:\d+|[一二两三四五六七八九十百]+)[个项家]")
_AGGREGATE_TOTAL = LazyPattern(r"(?:其中)?(?:计划|协议|签约)?(?:总投资|投资总额|总金额)额?(?:约|近|达|超)?$")
_COUNTED_THEN_TOTAL = LazyPattern(
    r"(?:\d+|[一二两三四五六七八九十百]+)[个项家]、(?:计划|协议|签约)?(?:总投资|投资总额|总金额|投资规模)额?(?:约|近|达|超)?$"
)
"""The total of projects counted in the same clause: "新谋划重点项目420个、总投资860亿元"."""


def _has_own_tense(quantity: Quantity, context: TargetContext, clause: Span) -> bool:
    """The scale of a named project keeps its own tense (a project under construction is still a target);
    a count of things, or the total investment of projects just counted ("开工项目61个，总投资505亿元"),
    takes the tense of its sentence."""
    if quantity.unit in COUNTER_UNITS or not is_project_scale(quantity, context.text, clause):
        return False
    if _COUNTED_THEN_TOTAL.search(context.text, clause.start, quantity.cue_start):
        return False
    if clause.start < 2 or not _AGGREGATE_TOTAL.fullmatch(context.text, clause.start, quantity.cue_start):
        return True
    previous = context.index.clause(clause.start - 2)
    same_sentence = context.index.full_sentence(previous.start) == context.index.full_sentence(clause.start)
    return not (same_sentence and _COUNT.search(context.text, previous.start, previous.end))


def split_shared_target(target: Target, quantity: Quantity, context: TargetContext) -> list[Target]:
    """ "游客人次、旅游花费均增长10%以上": one target per item that shares the quantity."""
    names = shared_names(quantity, context.text, context.index.clause(quantity.start))
    return [target.model_copy(update={"metric": name}) for name in names] or [target]


def build_target(quantity: Quantity, context: TargetContext, baseline: float | None) -> Target:
    """A Target from a quantity kept by the rules: quote and span are its clause."""
    clause = context.index.clause(quantity.start)
    metric = metric_of(quantity, context.text, clause)
    return Target(
        region=target_region(quantity, context, clause),
        metric=metric,
        raw=quantity.raw,
        value=quantity.value,
        value_high=quantity.value_high,
        unit=quantity.unit,
        comparator=quantity.comparator,
        deadline=context.deadlines.deadline_at(quantity.start, quantity.cue_start, quantity.end),
        baseline=baseline,
        kind=kind_of(quantity, context.text, clause, metric),
        quote=clause.text(context.text),
        span=(clause.start, clause.end),
    )


TITLE_LINE_MAX_CHARS = 60
LEAD_CHARS = 2
"""How many characters before a quantity name what it counts when a title and the body are compared."""


def without_title_repeats(targets: list[Target], text: str, index: TextIndex) -> list[Target]:
    """A title or subtitle line that restates a target of the body ("全年实施重点项目52个" above "…确定实施
    重点项目52个…") states one target, kept where the body states it (guidelines §3: a quantity printed
    twice is one target)."""
    in_title = [_in_title_line(target, text, index) for target in targets]
    original = [_in_original_title(target, text) or _glued_heading(target, text, index) for target in targets]
    body = [target for target, *titles in zip(targets, in_title, original, strict=True) if not any(titles)]
    kept = [
        target
        for target, title, headline in zip(targets, in_title, original, strict=True)
        if not (title and any(_restates(target, other) for other in body))
        and not (headline and any(_same_amount(target, other) for other in body))
    ]
    return _without_body_repeats(kept, text, index)


RESTATED_LEAD_CHARS = 4
"""How many characters before its amount a restatement repeats word for word ("设施达到2万个")."""


def _without_body_repeats(targets: list[Target], text: str, index: TextIndex) -> list[Target]:
    """A later sentence that restates an earlier target's amount with the same words before it (a lead
    that quotes "2024年底…设施达到2万个" as the goal the body then states again): one target, the first
    (guidelines §3: a quantity printed twice is one target). Not a rate ("增长6%" of two indicators),
    and not within one sentence, whose parallel items ("总投资500亿元以上的A项目；总投资500亿元以上的B项目")
    are targets of their own.

    Targets are looked up by amount and the words before it, so the work stays linear however many
    targets share an amount: the kept targets of one such key all stand in one sentence (one in another
    sentence would have been a restatement), which is all a new one is compared with."""
    kept: list[Target] = []
    sentence_of: dict[tuple[str | None, str, float, float | None, str], int] = {}
    for target in targets:
        lead = None if target.unit in _RATE_UNITS else _words_before(target, text)
        if lead is not None:
            start, words = lead
            key = (target.region, target.unit, target.value, target.value_high, words)
            sentence = index.full_sentence(start).start
            if sentence_of.setdefault(key, sentence) != sentence:
                continue  # the same amount after the same words in another sentence: a restatement
        kept.append(target)
    return kept


_RATE_UNITS = frozenset({"%", "个百分点", "倍", "名"})


def _words_before(target: Target, text: str) -> tuple[int, str] | None:
    """Where the target's amount is written in its quote and the RESTATED_LEAD_CHARS characters before it;
    None without a span, or with fewer characters before it."""
    if target.span is None:
        return None
    start = text.find(target.raw, *target.span)
    if start < RESTATED_LEAD_CHARS:
        return None
    return start, text[start - RESTATED_LEAD_CHARS : start]


_ORIGINAL_TITLE = LazyPattern(r"原标题[:：]\s*(?P<title>\S+)")


def _in_original_title(target: Target, text: str) -> bool:
    """A quantity in the title a scraped item carries at the head of its body ("原标题：…，2024年全线通车后
    成都4小时到九寨沟 7月20日，…"): the headline of the body that restates it in its own words."""
    if target.span is None:
        return False
    match = _ORIGINAL_TITLE.search(text, max(0, target.span[0] - TITLE_LINE_MAX_CHARS), target.span[0] + 1)
    return match is not None and match.start("title") <= target.span[0] < match.end("title")


def _same_amount(title: Target, body: Target) -> bool:
    return (title.region, title.unit, title.value, title.value_high) == (
        body.region,
        body.unit,
        body.value,
        body.value_high,
    )


def _in_title_line(target: Target, text: str, index: TextIndex) -> bool:
    if target.span is None:
        return False
    paragraph = index.paragraph(target.span[0])  # trimmed: its length is the line's
    if paragraph.end - paragraph.start > TITLE_LINE_MAX_CHARS:
        return False  # never copy a long paragraph once per target (one paragraph can be the whole text)
    return "。" not in paragraph.text(text)


_HEADING_NAME_CHARS = 6


def _glued_heading(target: Target, text: str, index: TextIndex) -> bool:
    """A subheading whose line break the source lost, run into the paragraph it heads: right after its
    figure the body opens on the name the heading opened on ("甲校新建30个班甲校新建工程项目位于…")."""
    if target.span is None:
        return False
    start = text.find(target.raw, target.span[0], target.span[1])
    if start < 0:
        return False
    clause = index.clause(start)
    name = text[clause.start : clause.start + _HEADING_NAME_CHARS]
    return (
        len(name) == _HEADING_NAME_CHARS
        and clause.start + _HEADING_NAME_CHARS <= start
        and text.startswith(name, start + len(target.raw))
    )


def _restates(title: Target, body: Target) -> bool:
    return _same_amount(title, body) and _lead(title) is not None and _lead(title) == _lead(body)


def _lead(target: Target) -> str | None:
    """The characters right before the quantity in its quote: "项目" in "实施重点项目52个"."""
    position = target.quote.find(target.raw)
    return target.quote[position - LEAD_CHARS : position] if position >= LEAD_CHARS else None


def kind_of(quantity: Quantity, text: str, clause: Span, metric: str) -> Kind:
    """project: the scale of a named project; goal: a level to reach; action: an amount of work."""
    before = text[clause.start : quantity.cue_start]
    if is_project_scale(quantity, text, clause) or _size_of_a_work(quantity, text, clause):
        return "project"
    if quantity.unit in ("%", "名") or metric.endswith(GOAL_METRIC_ENDINGS):
        return "goal"
    if any(verb in before[-6:] for verb in GOAL_VERBS):
        return "goal"
    return "action"


_WORK_SIZE_BEFORE = LazyPattern(
    r"(?:全长|总长|(?<![增延])长|长度|占地面积|用地面积|建筑面积|规划面积|占地|用地)"
    r"(?:为|达到?|约|近|超过?|共)?$"
)
WORK_SIZE_UNITS = frozenset({"公里", "千米", "米", "亩", "公顷", "平方米", "平方公里"})


def _size_of_a_work(quantity: Quantity, text: str, clause: Span) -> bool:
    """ "规划总用地面积约2.16公顷", "道路总长约910米", "河段长约600米": the length or area of a work, its
    scale (guidelines §3: project); an area to farm or green ("新建灌溉面积200万亩") names no work's size."""
    return quantity.unit in WORK_SIZE_UNITS and (
        _WORK_SIZE_BEFORE.search(text, clause.start, quantity.cue_start) is not None
    )


def target_region(quantity: Quantity, context: TargetContext, clause: Span) -> str | None:
    """The section's region, or a higher level when the clause quotes its target ("按照首府…目标",
    "全市…" in a district's section)."""
    before = context.text[clause.start : quantity.cue_start]
    for alias, full_name in HIGHER_REGION_ALIASES.items():
        if alias in before and ("目标" in context.text[quantity.end : clause.end + 1] or "按照" in before):
            return full_name
    higher = None if context.region is None else quoted_higher_level(context.region, before)
    return (
        higher
        or _zone_of(context, clause)
        or _builder_place(quantity, context)
        or _share_of_place(quantity, context, clause)
        or _subject_place(quantity, context)
        or _speaker_place(quantity, context)
        or _zone_speaking_before(context, context.index.full_sentence(quantity.start))
        or context.region
    )


QUOTED_STATEMENT_CHARS = 240
"""How far around a figure the quotation marks of the statement it belongs to are looked for."""
_SPEAKER_AFTER = LazyPattern(
    r"[”\"][,，]?\s*(?P<who>[^\s,，。;；:：“”\"]{2,24}?)(?:说|表示|介绍|指出|强调|谈道|告诉记者)"
)
_SPEAKER_BEFORE = LazyPattern(
    r"(?P<who>[^\s,，。;；:：“”\"]{2,24}?)(?:说|表示|介绍|指出|强调|谈道|告诉记者)[:：]\s*[“\"]$"
)
_POSITION_IN = LazyPattern(r"(?:书记|[旗县区市镇乡州盟]长|主任|主席|局长|负责人)")


def _speaker_place(quantity: Quantity, context: TargetContext) -> str | None:
    """The unit of the official who speaks a quoted statement (“我们将…再建5条穿沙公路…。”某市某旗副旗长…说):
    a leader's statement belongs to the leader's region (guidelines §1), a unit under the text's region,
    named with the speaker's position, before the quotation or right after it."""
    quotation = inside_quotes(context.text, quantity.start, quantity.end, limit=QUOTED_STATEMENT_CHARS)
    if quotation is None or context.region is None:
        return None
    after = _SPEAKER_AFTER.match(context.text, quotation.end)
    before = _SPEAKER_BEFORE.search(context.text, max(0, quotation.start - 30), quotation.start)
    for speaker in (after, before):
        if speaker is None or _POSITION_IN.search(speaker.group("who")) is None:
            continue
        name = _longest_place_at(context, speaker.start("who"))
        if name is not None and name != context.region and lies_under(name, context.region):
            return name
    return None


_BUILDER_FIELD = LazyPattern(r"建设单位[:：]")


BUILDER_FIELD_CHARS = 200
"""How far back in its paragraph a figure of a notice looks for the notice's 建设单位 field."""


def _builder_place(quantity: Quantity, context: TargetContext) -> str | None:
    """The region of the unit a notice's 建设单位 field names, when the figure follows that field in its
    paragraph ("建设单位:某市公路事业发展中心项目名称:…项目位置:某县建设规模:…总长约35.6公里"): the project
    is that unit's plan (guidelines §1), not the place it lies in."""
    paragraph = context.index.paragraph(quantity.start)
    since = max(paragraph.start, quantity.cue_start - BUILDER_FIELD_CHARS)
    fields = list(_BUILDER_FIELD.finditer(context.text, since, quantity.cue_start))
    if not fields:
        return None
    head = fields[-1].end()
    for zone in context.zones:  # "建设单位:某市某经济开发区管委会": the zone, not the district it starts with
        if any(context.text.startswith(name, head) for name in (zone.name, *zone.aliases)):
            return zone.name
    return _place_at(context, head)


_SHARE_SEGMENT_START = LazyPattern(r"[（(、,，:：;；。]")
_SECTION_OF = LazyPattern(r"(?:其中)?(?P<place>[\u4e00-\u9fff]{2,10}?)(?:段|境内)")
"""A clause about one place's section ("河北段长约30公里、设站5座"): all its quantities are that place's."""
_SHARE_OF = LazyPattern(
    r"^(?:其中)?(?P<place>[\u4e00-\u9fff]{2,10}?)(?:段|境内|部分)?(?:全?长|里程)?(?:约|为|达)?$"
)


def _share_of_place(quantity: Quantity, context: TargetContext, clause: Span) -> str | None:
    """The place whose share of a total a quantity is, when the place's name is all that comes before it
    in its segment of a list ("其中马鞍山市18.363公里(和县14.818公里、含山县3.545公里)", "河北段长约30公里"),
    or when its clause opens on a place's section: a road's or a line's length, a project's part, within
    each place it crosses."""
    marks = _SHARE_SEGMENT_START.finditer(context.text, clause.start, quantity.cue_start)
    start = max((mark.end() for mark in marks), default=clause.start)
    matches = (
        _SHARE_OF.match(context.text[start : quantity.cue_start]),
        _SECTION_OF.match(context.text, clause.start, quantity.cue_start),
    )
    places = (_place_named(match.group("place"), context.places) for match in matches if match)
    return next((place for place in places if place is not None), None)


_SUBJECT_OPENING = LazyPattern(r"(?:其中)?[,，]?")
SUBJECT_LOOKBACK_CHARS = 160
"""How far back in its sentence a figure's clause looks for the clause that opens on its subject."""
SUBJECT_NAME_CHARS = range(8, 1, -1)
"""How long a place's name at the head of a sentence may be, longest first (汝南县, 马鞍山市, 和县)."""


def _subject_place(quantity: Quantity, context: TargetContext) -> str | None:
    """The place a clause, else the nearest earlier clause of its sentence, opens on as its subject
    ("其中，汝南县锂电装备产业园项目总投资26亿元，投产后预计实现年产值30亿元以上", "据介绍，阳新县今年计划
    实施重点项目120个，总投资300亿元"): in a city's news item, a county's figures are the county's
    (guidelines §1). A clause that opens on the text's own voice (全市, 该县) ends the search; a province
    named first is a company's or a project's name, not the subject."""
    clause = context.index.clause(quantity.start)
    sentence = context.index.full_sentence(quantity.start)
    since = max(sentence.start, clause.start - SUBJECT_LOOKBACK_CHARS)  # linear in a sentence of any length
    clauses = context.index.clauses_in(Span(since, clause.end))
    for start in sorted({clause.start, *(c.start for c in clauses if c.start <= clause.start)}, reverse=True):
        head = _subject_head(context, start)
        if context.text.startswith(_OWN_VOICES, head):
            return None
        name = _place_at(context, head)
        if name is not None:
            return None if name in PROVINCES or _opens_a_route(context, head) else name
    return _previous_subject(context, sentence)


def _previous_subject(context: TargetContext, sentence: Span) -> str | None:
    """The unit under the text's region that the sentence before opens on, in the same paragraph, when the
    figure's own sentence names no subject ("今年，五华区在…实施雨污分流工程。五华区水务局…发现…。更棘手的
    是，…河段长约600米" in a city's item): the paragraph still reports on that unit. A neighbour the
    sentence before names ("保定市民期待…" in a Tianjin item) is no unit of the text's region."""
    paragraph = context.index.paragraph(sentence.start)
    if sentence.start - 1 <= paragraph.start:
        return None
    previous = context.index.full_sentence(sentence.start - 1)
    if previous.end - previous.start > SUBJECT_LOOKBACK_CHARS:
        return None
    head = _subject_head(context, max(previous.start, paragraph.start))
    if context.text.startswith(_OWN_VOICES, head):
        return None
    name = _place_at(context, head)
    if name is None or context.region is None or not lies_under(name, context.region):
        return None
    return None if _opens_a_route(context, head) else name


def _zone_speaking_before(context: TargetContext, sentence: Span) -> str | None:
    """The zone the sentence before opens on, its speaker's or its subject ("东湖高新区相关负责人表示，当前，
    光谷正在…。光谷将…在全球设立8个光谷驿站"), in the same paragraph, when the figure's own sentence opens on
    no voice of the text's region: the statement goes on about the zone (guidelines §1)."""
    if not context.zones:
        return None
    paragraph = context.index.paragraph(sentence.start)
    if sentence.start - 1 <= paragraph.start or context.text.startswith(
        _OWN_VOICES, _subject_head(context, sentence.start)
    ):
        return None
    previous = context.index.full_sentence(sentence.start - 1)
    start = max(previous.start, paragraph.start)
    heads = (start, _subject_head(context, start))  # the speaker of a frame, or the subject after it
    for zone in context.zones:
        if zone.name != context.region and any(context.text.startswith(zone.name, head) for head in heads):
            return zone.name
    return None


_ROUTE_LINKS = ("至", "到", "—", "－")


def _opens_a_route(context: TargetContext, head: int) -> bool:
    """Whether the place a clause opens on is one end of a route to another ("成都至九寨沟车程将缩短至4个
    小时", "京—雄城际"): the figure is the route's, which neither end owns."""
    for length in SUBJECT_NAME_CHARS:
        if context.places.get(context.text[head : head + length]) is None:
            continue
        link = head + length
        if context.text.startswith(_ROUTE_LINKS, link) and _place_at(context, link + 1) is not None:
            return True
    return False


_OWN_VOICES = tuple(
    sorted({ref for refs in SELF_REFERENCES.values() for ref in refs}, key=lambda ref: (-len(ref), ref))
)
_SOURCE_FRAME = LazyPattern(r"(?:据(?:介绍|了解|悉)|[^,，。;；“”]{1,16}?(?:表示|介绍|指出|说))[,，:：]")


def _subject_head(context: TargetContext, start: int) -> int:
    """Where a clause's subject starts: after 其中 and after a source or speaker frame ("据介绍，")."""
    return _subject_head_in(context.text, start)


@per_article(maxsize=4096)
def _subject_head_in(text: str, start: int) -> int:
    """`_subject_head` of a text (kept for the article: the figures of a sentence ask of the same clauses)."""
    frame = _SOURCE_FRAME.match(text, start)
    head = frame.end() if frame else start
    opening = _SUBJECT_OPENING.match(text, head)
    return opening.end() if opening else head


def _longest_place_at(context: TargetContext, head: int) -> str | None:
    """The longest place name at `head`: "某市某旗" is the 旗, not the 市 it starts with."""
    for length in SUBJECT_NAME_CHARS:
        name = context.places.get(context.text[head : head + length])
        if name is not None:
            return name
    return None


def _place_at(context: TargetContext, head: int) -> str | None:
    if context.region is not None and context.text.startswith(context.region, head):
        return context.region  # "东海湾区高新技术产业开发区…": the zone, not the name it starts with
    for length in SUBJECT_NAME_CHARS:
        name = context.places.get(context.text[head : head + length])
        if name is not None:
            return name
    return None


def _place_named(written: str, places: Mapping[str, str]) -> str | None:
    """The full name of a region the article writes as `written`; a renamed unit ("无为市", which the
    table still knows as 无为县) as the text writes it."""
    if written in places:
        return places[written]
    bare = bare_name(written)
    return written if bare is not None and bare in places else None


ZONE_LOOK_BACK_CHARS = 120
"""How far back in its sentence a target looks for the zone it belongs to (bounds the cost)."""


_ZONE_NAME_PATTERNS: dict[int, tuple[tuple[Region, ...], re.Pattern[str]]] = article_dict()
"""A pattern of the names of each tuple of zones asked about, by the tuple's id (with the tuple, so that the
id stays its own), for the article being read."""


def _any_zone_name(zones: tuple[Region, ...]) -> re.Pattern[str]:
    """A pattern that finds any name of the zones (an article's zones: compiled once an article)."""
    kept = _ZONE_NAME_PATTERNS.get(id(zones))
    if kept is None or kept[0] is not zones:
        names = [name for zone in zones for name in (zone.name, *zone.aliases)]
        kept = _ZONE_NAME_PATTERNS[id(zones)] = (zones, re.compile("|".join(map(re.escape, names))))
    return kept[1]


def _zone_of(context: TargetContext, clause: Span) -> str | None:
    """The zone or park whose own target this is (guidelines §1): its sentence, up to the end of the
    target's clause, names it or refers back to it ("今年又安排了383项新区的重点项目，总投资额9259亿元",
    "该园…规划面积11898亩"), or the rest of its sentence places the target's work in it ("…项目在临港新片区
    集中开工")."""
    if not context.zones:
        return None
    sentence = context.index.full_sentence(clause.start)
    words = context.text[max(sentence.start, clause.start - ZONE_LOOK_BACK_CHARS) : clause.end]
    placed = context.text[clause.end : sentence.end]
    any_name = _any_zone_name(context.zones)
    if any_name.search(words) is None and any_name.search(placed) is None:
        return None  # no zone named: the zones need not be tried one by one
    for zone in context.zones:
        names = (zone.name, *zone.aliases)
        if zone.name != context.region and (
            any(name in words for name in names) or any("在" + name in placed for name in names)
        ):
            return zone.name  # "总投资约288亿元的12个项目在临港新片区集中开工": placed in the zone after it
    return None
