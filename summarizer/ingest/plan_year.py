"""The plan year: the year an article's "今年", "全年" and plan sections refer to, voted from its years."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text import LazyPattern, inside_title

YEAR_RE = LazyPattern(
    r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?:\s*[-—~至到]\s*(?P<end>(?:19|20)\d{2}))?\s*年(?!代)"
)
THEME_YEAR_RE = LazyPattern(r"(?<![\d.])(?P<year>20\d{2})年是[^。]{0,60}?(?:之年|一年)")
THIS_YEAR_THEME_RE = LazyPattern(r"今年是[^。]{0,60}?(?:之年|一年)")
PLAN_HEADING_RE = LazyPattern(
    r"(?<![\d.])(?P<year>20\d{2})年(?:工作安排|目标任务|工作计划|工作要点|主要目标|重点工作|发展目标|主要预期目标)"
)
REVIEW_HEADING_RE = LazyPattern(
    r"(?<![\d.])(?P<year>20\d{2})年(?:工作回顾|工作总结|[^。\n]{0,20}?国民经济和社会发展统计公报)"
)
FOURTEENTH_PLAN_END_RE = LazyPattern(r"十四五[^。]{0,12}?(?:收官|圆满完成|目标任务|控制目标)")
FUTURE_AFTER = (
    "将",
    "计划",
    "力争",
    "目标",
    "要",
    "建成",
    "开工",
    "完成",
    "实现",
    "达到",
    "打造",
    "投产",
    "启动",
)
FUTURE_BEFORE = ("力争", "计划", "预计", "确保", "争取", "将")
DEADLINE_BEFORE = ("到", "至", "于")
DEADLINE_AFTER = ("前", "底前", "年底前")
PAST_AFTER = ("以来", "成功", "取得", "同期", "上半年", "出台", "印发", "批复")
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
STRONG_WEIGHT = 10.0
DATE_WEIGHT = 2.0


def year_mention_weight(text: str, start: int, end: int) -> float:
    """How much one "YYYY年" tells about the plan year: work-plan years most, deadlines and the past least."""
    before, after = text[max(0, start - 4) : start], text[end : end + 6]
    if GAMES_AFTER.match(text, end):
        return 0.0
    if before.endswith(AS_OF_BEFORE):
        return DATE_WEIGHT
    if before.endswith(ORIGIN_BEFORE) and (after.startswith("的") or before.endswith(("较", "比"))):
        return ORIGIN_WEIGHT
    if before.endswith(DEADLINE_BEFORE) or after.startswith(DEADLINE_AFTER):
        return 0.5
    if after.startswith(PAST_AFTER) or before.endswith(("回顾了", "过去")):
        return 0.5
    if after.startswith(FUTURE_AFTER) or before.endswith(FUTURE_BEFORE):
        return 2.0
    if _OPENS_A_PLAN.match(text, end):
        return 2.0
    return 1.0


_OPENS_A_PLAN = LazyPattern(r"[,，][^,，。;；]{0,12}?(?:将|要|力争|计划|争取)")
"""A year that opens a statement of plans: "2019年，江宁区将…"."""


def year_votes(text: str) -> Iterator[tuple[int, float]]:
    """Each year the text names, with its weight; a span inside a document's title ("《…规划（2021～2035
    年）》") is the document's horizon and says nothing of the year the text plans for."""
    for match in YEAR_RE.finditer(text):
        year = int(match.group("year"))
        if match.group("end") and inside_title(text, match.start(), match.end()):
            continue
        if match.group("end"):
            yield year, year_mention_weight(text, match.start(), match.end())
            yield int(match.group("end")), 0.5
        else:
            yield year, year_mention_weight(text, match.start(), match.end())


def strong_votes(text: str, date_year: int | None) -> Iterator[tuple[int, float]]:
    yield from ((int(m.group("year")), 1.0) for m in EVENT_YEAR_RE.finditer(text))
    for pattern in (THEME_YEAR_RE, PLAN_HEADING_RE):
        yield from ((int(m.group("year")), STRONG_WEIGHT) for m in pattern.finditer(text))
    for review in REVIEW_HEADING_RE.finditer(text):
        yield reviewed_year_plan(int(review.group("year")), date_year), STRONG_WEIGHT
    yield from ((2025, 1.0) for _ in FOURTEENTH_PLAN_END_RE.finditer(text))
    if date_year is not None:
        yield date_year, DATE_WEIGHT
        yield from ((date_year, STRONG_WEIGHT) for _ in THIS_YEAR_THEME_RE.finditer(text))
        yield from ((date_year, 1.0) for _ in re.finditer("今年", text))
        yield from ((date_year + 1, 1.0) for _ in re.finditer("明年", text))


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
    (a news item of 2023-08 that reviews 2022 still means 2023 by "今年").
    """
    date_match = re.match(r"\s*((?:19|20)\d{2})", date or "")
    date_year = int(date_match.group(1)) if date_match else None
    scores: dict[int, float] = {}
    for year, weight in (*strong_votes(text, date_year), *year_votes(text)):
        if weight > 0 and (date_year is None or year >= date_year):
            scores[year] = scores.get(year, 0.0) + weight
    if not scores:
        named = _NAMED_YEAR.search(name or "")
        return int(named.group(1)) if named else None
    return max(scores, key=lambda year: (scores[year], year))
