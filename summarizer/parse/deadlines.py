"""Deadlines: time expressions found once per text and resolved against the plan year (guidelines v2).

Every time expression of an article ("到2027年", "2026-2030年", "今年", "年底", "明年", "“十四五”期间",
"两到三年内", "9月底") is found in one pass and kept in order, so the expression that governs a target
(the nearest one before it in its sentence, or the heading of its section) is found by bisection: the
cost stays linear in the article's length however many quantities a sentence holds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.text import LazyPattern, five_year_plan_start, inside_title

YEAR = r"(?:19|20)\d{2}"
CHINESE_DIGITS = "零一二两三四五六七八九十"
_COUNT = rf"[\d{CHINESE_DIGITS}]{{1,3}}"
_PLAN_WORDS = (
    r"全年|年内|今年|年前|年底|年末|本年|年度|上半年|下半年|(?:第?[一二三四]|[1-4]|本)季度(?:末|底)?"
    r"|本月(?:底|末|内)?|(?<![\d一二三四五六七八九十两个])月(?:底|末)前"
)
"""Times within the plan year; "本月底前", "月底前" (this month's end) too."""
_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
_DAY = r"(?:[1-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_MONTH_WORDS = rf"{_MONTH}(?:底|末|份|中旬|上旬|下旬|前|中|{_DAY}(?:前|之前))"
"""A month's end or part, or a day before which work is due ("9月底", "6月30日前"); a bare date ("8月8日，")
dates the report, not its targets."""
_MONTH_OF_WORK = rf"(?<=[在于]){_MONTH}(?![\d{CHINESE_DIGITS}日号])"
"""The month in which work is done or due ("将在9月…加车", "将于10月建成"): of the plan year; a date with
its day ("于8月8日") says when something happened, not when work is due."""
_YEAR_MONTH = rf"(?:{_MONTH_WORDS}|{_MONTH}(?:{_DAY})?)?"
"""The month (and day) written after a year belong to that year's mention ("2024年6月30日前" → 2024)."""
_SEASON_WORDS = r"(?:开栓|供暖|供热|采暖期|采暖季|入冬|冬季|汛期|汛|元旦|国庆|开学)前"
"""Before an event of the plan year's calendar ("确保开栓前…", "元旦前…", "汛期前…"): the plan year."""
_SPAN_SEPARATORS = "-~—–－至到"
_MENTION = LazyPattern(
    rf"(?P<span>(?P<span_from>{YEAR})\s*年?\s*[{_SPAN_SEPARATORS}]\s*(?P<span_to>{YEAR})\s*年)"
    rf"|(?:到|至|于|截至|截止)\s*(?P<marked>{YEAR})\s*年{_YEAR_MONTH}"
    rf"|(?P<year>{YEAR})\s*年{_YEAR_MONTH}"
    rf"|(?P<five>十[一二三四五六七八九])五"
    rf"|(?P<this_and_next>今明两年)|(?P<next_two>明后两年|明后年)"
    rf"|(?:(?P<use>用|经过|通过|花|未来|今后|力争|争取|确保)\s*)?(?P<within_from>{_COUNT})(?!\d)(?:[{_SPAN_SEPARATORS}])?(?P<within_to>{_COUNT})?年"
    r"(?:内|之内|时间内|时间(?=[,，])|(?(use)(?![来前后以])(?:左右)?的?(?:时间)?|(?!)))"
    r"|(?P<next>明年)"
    r"|(?P<last>去年|上年)"
    r"|(?P<spring>春节前)"
    rf"|(?P<plan>{_PLAN_WORDS}|{_MONTH_WORDS}|{_SEASON_WORDS}|{_MONTH_OF_WORK})"
)
_COMPARISON_BEFORE = ("比", "较", "同", "与", "相比", "对比", "对照")
_COMPARISON_AFTER = ("以来", "同期", "相比", "水平", "基础上", "的基础")
"""A time named as the base of a comparison ("比2020年翻一番", "较上年", "2020年以来"), not a deadline."""
SPRING_FESTIVAL_LAST_MONTH = 2
"""春节 falls in January or February: "春节前" written after February means the next year's festival."""
_BARE_YEARS = LazyPattern(rf"({YEAR})(?:\s*[-~—–至到]\s*({YEAR}))?")
_PLAN_END = LazyPattern(r"[”\"’]?(?:规划)?(?:期末|末期|末|收官)")


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One time expression: where it is and the deadline it stands for (None without a plan year)."""

    start: int
    end: int
    deadline: str | None


def chinese_count(written: str) -> int | None:
    """A small count written in digits or Chinese numerals ("3", "三", "两", "十二")."""
    if written.isdigit():
        return int(written)
    digits = {char: value for value, char in enumerate("零一二三四五六七八九")} | {"两": 2}
    if written == "十":
        return 10
    if written.startswith("十"):
        return 10 + digits.get(written[1:], 0)
    if written.endswith("十"):
        return digits.get(written[0], 0) * 10
    if len(written) == 1:
        return digits.get(written)
    return None


def _relative(plan_year: int | None, offset_from: int | None, offset_to: int | None) -> str | None:
    if plan_year is None or offset_from is None:
        return None
    if offset_to is None or offset_to == offset_from:
        return str(plan_year + offset_from)
    return f"{plan_year + offset_from}-{plan_year + offset_to}"


def _five_year_plan(ordinal: str) -> str:
    number = chinese_count(ordinal) or 13
    start = five_year_plan_start(number)
    return f"{start}-{start + 4}"


def _deadline_of(match: re.Match[str], plan_year: int | None, month: int | None = None) -> str | None:
    if match.group("span"):
        return f"{match.group('span_from')}-{match.group('span_to')}"
    year = match.group("marked") or match.group("year")
    if year:
        return year
    if match.group("five"):
        plan = _five_year_plan(match.group("five"))
        ends = _PLAN_END.match(match.string, match.end())  # "到“十四五”末": the plan's last year
        return plan.split("-")[1] if ends else plan
    if match.group("within_from"):
        written_to = match.group("within_to")
        count_to = chinese_count(written_to) if written_to else None
        return _relative(plan_year, chinese_count(match.group("within_from")), count_to)
    if match.group("next"):
        return _relative(plan_year, 1, None)
    if match.group("this_and_next"):
        return _relative(plan_year, 0, 1)
    if match.group("next_two"):
        return _relative(plan_year, 1, 2)
    if match.group("last"):
        return _relative(plan_year, -1, None)
    if match.group("spring"):
        after_the_festival = month is not None and month > SPRING_FESTIVAL_LAST_MONTH
        return _relative(plan_year, 1 if after_the_festival else 0, None)
    return _relative(plan_year, 0, None)


def _is_comparison_base(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 2) : match.start()]
    return before.endswith(_COMPARISON_BEFORE) or text.startswith(_COMPARISON_AFTER, match.end())


def _names_a_year(match: re.Match[str]) -> bool:
    return any(match.group(name) for name in ("year", "marked", "next", "last"))


def _is_part_of_a_year(match: re.Match[str]) -> bool:
    return bool(match.group("plan") or match.group("spring"))


def _right_after(text: str, end: int, start: int) -> bool:
    """`start` follows a mention that ends at `end` (-1: none) with at most spaces between."""
    return end >= 0 and text[end:start].strip() == ""


def find_time_mentions(text: str, plan_year: int | None, month: int | None = None) -> Iterator[TimeMention]:
    """Every time expression of a text that may govern a target, in order; `month` is the month the text
    was written in, when known ("春节前" written in August is next year's). A time named as the base of a
    comparison ("比2020年", "较上年", "2020年以来") or inside a document's title ("《…规划（2021～2035年）》")
    governs nothing and is left out. A part of a year written
    right after a year ("明年上半年", "2024年年底前", "明年6月底前") is that year's, one mention with it."""
    pending: TimeMention | None = None
    year_ends_at = -1  # where the last mention naming a year ends (a comparison base too), else -1
    for match in _MENTION.finditer(text):
        joined = _is_part_of_a_year(match) and _right_after(text, year_ends_at, match.start())
        if joined and pending is not None and pending.end == year_ends_at:
            pending = TimeMention(pending.start, match.end(), pending.deadline)
            year_ends_at = match.end()
            continue
        year_ends_at = match.end() if _names_a_year(match) or joined else -1
        if joined or _is_comparison_base(text, match) or inside_title(text, match.start(), match.end()):
            continue
        if pending is not None:
            yield pending
        pending = TimeMention(match.start(), match.end(), _deadline_of(match, plan_year, month))
    if pending is not None:
        yield pending


def resolve_deadline(written: str | None, plan_year: int | None) -> str | None:
    """The deadline a written time expression stands for ("到2026年" → "2026", "2024-2025年" →
    "2024-2025", "年内" → the plan year, "明年" → the year after); the last one counts when several are
    written ("今年…到2027年建成" → "2027")."""
    if not written:
        return None
    bare = _BARE_YEARS.fullmatch(written.strip())
    if bare is not None:  # "2025", "2026-2030": a deadline already resolved
        return bare.group(1) if bare.group(2) is None else f"{bare.group(1)}-{bare.group(2)}"
    mentions = list(find_time_mentions(written, plan_year))
    return mentions[-1].deadline if mentions else None


class TimeIndex:
    """The time expressions of one text, by position."""

    def __init__(self, text: str, plan_year: int | None, month: int | None = None) -> None:
        self.month = month
        self.mentions = list(find_time_mentions(text, plan_year, month))
        self._starts = [mention.start for mention in self.mentions]

    def last_before(self, start: int, end: int) -> TimeMention | None:
        """The last expression that starts in [start, end) and ends by `end`."""
        position = bisect.bisect_left(self._starts, end) - 1
        while position >= 0 and self.mentions[position].start >= start:
            if self.mentions[position].end <= end:
                return self.mentions[position]
            position -= 1
        return None

    def between(
        self, start: int, end: int, limit: int | None = None, last: bool = False
    ) -> list[TimeMention]:
        """The expressions that start in [start, end), in order; with `limit`, only the first (or, with
        `last`, the last) `limit` of them, so that a caller's cost stays bounded in a long sentence."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        if limit is not None and high - low > limit:
            low, high = (high - limit, high) if last else (low, low + limit)
        return self.mentions[low:high]

    def first_after(self, start: int, end: int) -> TimeMention | None:
        """The first expression that starts in [start, end)."""
        position = bisect.bisect_left(self._starts, start)
        if position < len(self.mentions) and self.mentions[position].start < end:
            return self.mentions[position]
        return None
