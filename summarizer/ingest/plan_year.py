"""The plan year: the year an article's "今年", "全年" and plan sections refer to, voted from its years."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text import TITLE_MAX_CHARS, LazyPattern, five_year_plan_start, inside_title

YEAR_RE = LazyPattern(
    r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?:\s*[-—~至到]\s*(?P<end>(?:19|20)\d{2}))?\s*年(?!代)"
)
THEME_YEAR_RE = LazyPattern(r"(?<![\d.])(?P<year>20\d{2})年是[^。]{0,60}?(?:之年|一年)")
THIS_YEAR_THEME_RE = LazyPattern(r"今年是[^。]{0,60}?(?:之年|一年)")
PLAN_HEADING_RE = LazyPattern(
    r"(?:^|(?<=[一二三四五六七八九十]、)|(?<=[)）:：]))\s*(?P<year>20\d{2})年(?:工作安排|目标任务|工作计划|工作要点|主要目标|重点工作|发展目标|主要预期目标)",
    re.MULTILINE,
)
REVIEW_HEADING_RE = LazyPattern(
    r"(?<![\d.])(?P<year>20\d{2})年(?:工作回顾|工作总结|[^。\n]{0,20}?国民经济和社会发展统计公报)"
)
"""A plan year's section heading ("二、2025年工作安排", a line "2025年主要预期目标"), not a year whose goals a
sentence names ("锚定2025年、2035年目标任务", "提出2027年主要目标": deadlines)."""
FOURTEENTH_PLAN_END_RE = LazyPattern(r"十四五[^。]{0,12}?(?:收官|圆满完成|目标任务|控制目标)")
FIVE_YEAR_STAGE_RE = LazyPattern(
    r"(?<!为)(?:今年是|实现|确保|迎来)[^。，,；;]{0,6}?[“\"]?十(?P<number>[一二三四五六七八九])五[”\"]?(?:规划)?的?"
    r"(?P<stage>良好开局|开局之年|收官之年|精彩收官|圆满收官)"
)
"""The stage of a five-year plan the text stands in ("奋力实现“十五五”良好开局", "今年是“十四五”收官之年"):
its first or last year. Not the stage a year prepares for ("为“十五五”良好开局打下基础")."""
FIVE_YEAR_PERIOD_RE = LazyPattern(
    r"[“\"]?十(?P<number>[一二三四五六七八九])五[”\"]?(?:规划)?(?:期间|时期)(?P<rest>[^。！？!?]{0,40})"
)
"""A five-year plan's period and what its sentence says of it ("“十二五”期间，该省…累计投入…",
"“十三五”期间还将重点推进…")."""
_PERIOD_DONE = LazyPattern(r"累计|完成|实现了|取得了?")
_PERIOD_AHEAD = LazyPattern(r"将|要|计划|力争")
FUTURE_AFTER = ("将", "计划", "力争", "目标", "要")
"""After a year that heads the statement of its plans ("2025年将…", "2025年计划…"), or a year named the
plan's own after 将 ("将2016年确定为新区建设年"): the plan year."""
MILESTONE_AFTER = (
    "建成",
    "开工",
    "完成",
    "实现",
    "达到",
    "打造",
    "投产",
    "启动",
    "通车",
    "竣工",
    "完工",
    "投用",
    "开通",
    "交付",
)
MILESTONE_BEFORE = ("力争", "计划", "预计", "确保", "争取")
"""Around a year by which one piece of work is done ("计划2027年建成", "预计2025年投产", "2025年通车后"): a
deadline the text looks forward to, which says little about the year its "今年" means."""
HORIZON_AFTER = ("远景",)
DEADLINE_BEFORE = ("到", "至", "于")
DEADLINE_AFTER = ("前", "底前", "年底前", "底", "末")
SINCE_AFTER = "以来"
PAST_AFTER = ("以来", "成功", "取得", "同期", "出台", "印发", "批复")
PART_OF_YEAR_AFTER = LazyPattern(
    r"(?:上半年|前[一二三四五六七八九十\d]{1,2}个?月|1\s*[-—~至到]\s*\d{1,2}月|一至[一二三四五六七八九十]{1,2}月"
    r"|第?[一二三]季度)"
)
"""A part of a year that is over ("2023年上半年", "2023年1-7月", "2023年前7个月"): a text that reports it is
written later in that same year, which is the year it plans for."""
AS_OF_BEFORE = ("截至", "截止", "截止到")
"""Before the date a report stands at ("截至2016年6月底，全国累计…"): the year it is written in."""
GAMES_AFTER = LazyPattern(
    r"[^,，。;；]{0,4}?(?:冬奥会|奥运会|残奥会|亚运会|世博会|全运会|世界杯|青奥会|冬运会)"
)
"""A year in the name of games or an expo ("2022年冬奥会期间"): the event's year, not the article's."""
EVENT_YEAR_RE = LazyPattern(
    r"(?<![\d.])(?P<year>20\d{2})(?=[“\"]?[\u4e00-\u9fff][^\d,，。;；]{0,12}?(?:会|节|周|赛|展|论坛|峰会))"
    r"(?![年届级万亿千百个家项条座户人])"
)
"""An edition of an event named for its year, without 年 ("2015渔业周·渔博会", "2016中国—东盟博览会旅游展"):
usually the edition the article reports on."""
ORIGIN_BEFORE = ("较", "比", "从", "由")
"""Before the year a growth is counted from: "从1978年的0.9亿元起步", "较1978年增长261倍"."""
ORIGIN_WEIGHT = 0.1
FORWARD_WEIGHT = 0.0
"""A year the text looks forward to ("到2025年", "计划2027年建成", "2026年前"): a deadline, never the plan
year."""
STRONG_WEIGHT = 10.0
DATE_WEIGHT = 2.0
PLAIN_WEIGHT = 1.0
"""A year named with no mark of its role."""
_UP_TO = ("到", "至")
LATE_MONTH = 11
"""From this month on, a dated text may plan for the year after its date ("2024年，全市将…" in December)."""
TITLE_SPAN_WEIGHT = 0.5
"""The first year of the period in the name of a document an undated text reports as just issued: plans are
named from the year they start, often the year a news item reports them in; a weak hint any other year
outvotes. A document the text only cites ("是《…规划（2021～2035年）》新增路线之一") hints at nothing."""
_ISSUED_TITLE = LazyPattern(r"(?:发布|印发|出台|公布|推出)了?《[^《》]*$")
"""A document's name right after the verb that issues it: the item reports the plan as new."""
_YEAR_END = LazyPattern(r"\s*(?:底|末|12月(?:31日|底|末))")
"""The end of a year that a stock is reported at ("截至2022年底"): the report comes the year after."""


RECALLED_INSTRUCTION_AFTER = LazyPattern(
    r"\s*\d{1,2}月(?:\d{1,2}日)?[^。]{0,30}?(?:总书记|总理|习近平)[^。]{0,30}?"
    r"(?:考察|视察|调研|指出|强调|回信|批示|指示)"
)
"""The date of a national leader's visit or instruction the item recalls ("2020年1月，习近平总书记在云南考察
时指出…"): history the item builds on, not the year it is written in."""


def year_mention_weight(text: str, start: int, end: int) -> float:
    """How much one "YYYY年" tells about the plan year: work-plan years most, deadlines and the past least."""
    before, after = text[max(0, start - 4) : start], text[end : end + 6]
    if GAMES_AFTER.match(text, end) or RECALLED_INSTRUCTION_AFTER.match(text, end):
        return 0.0
    if before.endswith(AS_OF_BEFORE):
        return FORWARD_WEIGHT if _AHEAD_IN_SENTENCE.match(text, end) else DATE_WEIGHT
    if before.endswith(ORIGIN_BEFORE) and (after.startswith("的") or before.endswith(("较", "比"))):
        return ORIGIN_WEIGHT
    if before.endswith(MILESTONE_BEFORE) or after.startswith(HORIZON_AFTER):
        return FORWARD_WEIGHT  # "预计2027年上半年完成", "2035年远景目标": a time looked forward to
    if PART_OF_YEAR_AFTER.match(text, end):
        return DATE_WEIGHT
    if before.endswith(DEADLINE_BEFORE) or after.startswith(DEADLINE_AFTER):
        return FORWARD_WEIGHT
    if after.startswith(PAST_AFTER) or before.endswith(("回顾了", "过去")):
        return 0.5
    if after.startswith(MILESTONE_AFTER) or before.endswith(MILESTONE_BEFORE):
        return FORWARD_WEIGHT
    if after.startswith(FUTURE_AFTER) or before.endswith("将"):
        return 2.0
    if _OPENS_A_PLAN.match(text, end):
        return 2.0
    return PLAIN_WEIGHT


_AHEAD_IN_SENTENCE = LazyPattern(r"[^。!?；;\n]*?(?:将|预计|力争|计划|确保|争取|有望|可望|目标)")
"""A sentence that looks ahead from its as-of date ("截至2025年底，全市5G基站总数将达到3万个"): that date
is a deadline, not the date the text is written at."""
_OPENS_A_PLAN = LazyPattern(r"[,，][^,，。;；]{0,12}?(?:将|要|力争|计划|争取)")
"""A year that opens a statement of plans: "2019年，江宁区将…"."""


_CLAUSE_AFTER_YEAR = LazyPattern(r",?(?P<clause>[^,，。;；:：\n]{1,40})")
_CLAUSE_HEAD_BEFORE = LazyPattern(r"(?:^|[,，。;；:：\s]|在)\s*$")
_DONE_IN_CLAUSE = LazyPattern(r"完成|建成|新增|累计|实现|达到|突破|(?:同比|比上年|较上年)(?:增长|下降)")
_PLANNED_IN_CLAUSE = LazyPattern(
    r"将|要|计划|力争|预计|目标|确保|争取|拟|预期|有望|左右|以上|不低于|不少于|前"
)


def reports_a_year_done(text: str, start: int, end: int) -> bool:
    """A year that heads a clause reporting what was done in it ("2022年，全市完成固定资产投资300亿元",
    "2022年全县建成高标准农田4万亩"): a whole year that is over when the text is written."""
    if _CLAUSE_HEAD_BEFORE.search(text, max(0, start - 2), start) is None or text.startswith("内", end):
        return False  # "在2023年内完成…": a deadline, not a year reported on
    clause = _CLAUSE_AFTER_YEAR.match(text, end)
    return bool(
        clause
        and _DONE_IN_CLAUSE.search(clause.group("clause"))
        and not _PLANNED_IN_CLAUSE.search(clause.group("clause"))
    )


def year_votes(text: str, date_year: int | None = None) -> Iterator[tuple[int, float]]:
    """Each "YYYY年" with its weight. In an undated text, a year reported as done votes for the year after
    it: the text is written later, and its "今年" is a later year; and a year it names as a deadline
    ("到2030年") casts no plain vote elsewhere ("提出了2030年“禁售燃油车”的计划")."""
    mentions = list(YEAR_RE.finditer(text))  # read once, for the deadlines and for the votes
    deadlines = _deadline_years(text, mentions) if date_year is None else frozenset()
    for year, weight in _year_votes(text, mentions, date_year):
        if not (weight == PLAIN_WEIGHT and year in deadlines):
            yield year, weight


def _deadline_years(text: str, mentions: list[re.Match[str]]) -> frozenset[int]:
    """The years a text names as deadlines ahead: after 到 or 至 (not 截至), or before 前."""
    found = set()
    for match in mentions:
        before, after = text[max(0, match.start() - 4) : match.start()], text[match.end() : match.end() + 3]
        ahead = before.endswith(_UP_TO) and not before.endswith(AS_OF_BEFORE) and not after.startswith("的")
        if ahead or after.startswith(("前", "底前")):  # not "增长到2023年的4.1万元": a level reached
            found.add(int(match.group("end") or match.group("year")))
    return frozenset(found)


def _year_votes(
    text: str, mentions: list[re.Match[str]], date_year: int | None
) -> Iterator[tuple[int, float]]:
    for match in mentions:
        year = int(match.group("year"))
        if match.group("end") and inside_title(text, match.start(), match.end()):
            # a document's horizon ("《…规划（2021～2035年）》") says nothing of the plan year, unless an
            # undated item reports the plan just issued ("发布了《…（2023-2030年）》"): a hint
            if date_year is None and _issued_just_before(text, match.start()):
                yield year, TITLE_SPAN_WEIGHT
            continue
        weight = year_mention_weight(text, match.start(), match.end())
        if date_year is None and weight == DATE_WEIGHT and _YEAR_END.match(text, match.end()):
            yield year + 1, weight  # "截至2022年底": a year-end stock, reported in the year after
            continue
        if match.group("end"):
            yield year, weight
            yield int(match.group("end")), 0.5
        elif (
            date_year is None
            and _may_report(text, match.end(), weight)
            and reports_a_year_done(text, match.start(), match.end())
        ):
            yield year + 1, 1.0
        elif date_year is None and text.startswith(SINCE_AFTER, match.end()):
            continue  # "自2013年以来": the text is written some years after it, which it does not say
        else:
            yield year, weight


def _issued_just_before(text: str, start: int) -> bool:
    return _ISSUED_TITLE.search(text, max(0, start - TITLE_MAX_CHARS), start) is not None


def _may_report(text: str, end: int, weight: float) -> bool:
    """A year that may head a report of what was done in it: any plain mention, and one followed by a verb of
    completion ("2022年完成造林任务25.4万亩"), which only a plan word would make a milestone."""
    return weight >= PLAIN_WEIGHT or text.startswith(MILESTONE_AFTER, end)


def strong_votes(text: str, date_year: int | None) -> Iterator[tuple[int, float]]:
    yield from ((int(m.group("year")), 1.0) for m in EVENT_YEAR_RE.finditer(text))
    for pattern in (THEME_YEAR_RE, PLAN_HEADING_RE):
        yield from ((int(m.group("year")), STRONG_WEIGHT) for m in pattern.finditer(text))
    for review in REVIEW_HEADING_RE.finditer(text):
        yield reviewed_year_plan(int(review.group("year")), date_year), STRONG_WEIGHT
    yield from ((2025, 1.0) for _ in FOURTEENTH_PLAN_END_RE.finditer(text))
    if date_year is None:
        yield from ((year, STRONG_WEIGHT) for year in _years_before_a_yearly_series(text))
        yield from (
            (_five_year_stage_year(stage), STRONG_WEIGHT) for stage in FIVE_YEAR_STAGE_RE.finditer(text)
        )
        yield from ((year, STRONG_WEIGHT) for year in _between_five_year_plans(text))
    if date_year is not None:
        yield date_year, DATE_WEIGHT
        yield from ((date_year, STRONG_WEIGHT) for _ in THIS_YEAR_THEME_RE.finditer(text))
        yield from ((date_year, 1.0) for _ in re.finditer("今年", text))
        yield from ((date_year + 1, 1.0) for _ in re.finditer("明年", text))


def _five_year_stage_year(stage: re.Match[str]) -> int:
    """The year of a five-year plan's stage: 十四五 ran 2021-2025; its 开局 is 2021, its 收官 2025."""
    number = 10 + "一二三四五六七八九".index(stage.group("number")) + 1
    start = five_year_plan_start(number)
    return start if "开局" in stage.group("stage") else start + 4


def _between_five_year_plans(text: str) -> Iterator[int]:
    """The first year of a five-year plan that an undated text looks ahead to right after reviewing the
    plan before it ("“十二五”期间，…累计完成造林2250余万亩", "“十三五”期间还将…"): the text stands at the
    turn between the two."""
    reviewed: set[int] = set()
    ahead: set[int] = set()
    for period in FIVE_YEAR_PERIOD_RE.finditer(text):
        number = 10 + "一二三四五六七八九".index(period.group("number")) + 1
        if _PERIOD_AHEAD.search(period.group("rest")):
            ahead.add(number)
        elif _PERIOD_DONE.search(period.group("rest")):
            reviewed.add(number)
    yield from (five_year_plan_start(number) for number in sorted(ahead) if number - 1 in reviewed)


_THIS_YEAR = LazyPattern(r"今年(?!以来|上半年|前[一二三四五六七八九十\d])")
SERIES_REACH_CHARS = 160
"""How far after 今年 its sentence is read for the years that go on from it."""


def _years_before_a_yearly_series(text: str) -> Iterator[int]:
    """ "今年底力争超过360家，2024年底力争超过450家，2025年底…": 今年 heads a yearly series its sentence
    goes on with (two years in a row, the first named after it), so it is the year before that series;
    an undated text says its year no better."""
    for this_year in _THIS_YEAR.finditer(text):
        end = text.find("。", this_year.end(), this_year.end() + SERIES_REACH_CHARS)
        window_end = end if end >= 0 else min(len(text), this_year.end() + SERIES_REACH_CHARS)
        years = [int(m.group("year")) for m in YEAR_RE.finditer(text, this_year.end(), window_end)]
        if len(years) >= 2 and years[1] == years[0] + 1:
            yield years[0] - 1


def reviewed_year_plan(reviewed: int, date_year: int | None) -> int:
    """The plan year of a text that reviews the year `reviewed` ("2023年工作总结", "2023年…统计公报"): the
    year after it, unless the text is dated in the reviewed year itself (a December summary, whose 今年
    is the year reviewed)."""
    return reviewed if date_year == reviewed else reviewed + 1


_NAMED_YEAR = LazyPattern(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def detect_plan_year(text: str, date: str | None = None, name: str | None = None) -> int | None:
    """The year the article's plans are for; None when neither the text nor `date` ("2023-08-12") tells.

    `name` (the document's title or file name, "2025年政府工作报告", "neimenggu-2025-zfgzbg.txt") is asked
    only when the text and the date name no year at all: an excerpt of a report often does not. A dated
    text plans for no year before its date's: the years it names earlier are its results, not its plans
    (a news item of 2023-08 that reviews 2022 still means 2023 by "今年"); nor, until its date's late autumn,
    for a later year on plain mentions: "锚定2025年、2035年目标任务" names deadlines, and only a plan heading
    or a year's theme ("2024年是…之年") says otherwise.
    """
    date_match = re.match(r"\s*((?:19|20)\d{2})(?:-(\d{1,2}))?", date or "")
    date_year = int(date_match.group(1)) if date_match else None
    early = date_match is not None and (date_match.group(2) is None or int(date_match.group(2)) < LATE_MONTH)
    ahead = date_year if early else None  # before late autumn, a year after the date's is a deadline
    scores: dict[int, float] = {}
    weak = [(year, weight) for year, weight in year_votes(text, date_year) if ahead is None or year <= ahead]
    for year, weight in (*strong_votes(text, date_year), *weak):
        if weight > 0 and (date_year is None or year >= date_year):
            scores[year] = scores.get(year, 0.0) + weight
    if not scores:
        named = _NAMED_YEAR.search(name or "")
        return int(named.group(1)) if named else None
    return max(scores, key=lambda year: (scores[year], year))
