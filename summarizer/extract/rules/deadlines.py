"""The governing time expression of a target (guidelines v2, "Deadlines"), read once per article.

Looked for in this order:
1. in the target's own clause, the nearest time expression before the quantity (a later one overrides
   an earlier: "今年…到2027年建成" → 2027);
2. elsewhere in its sentence, a time expression that heads an earlier clause and so covers the list
   after it ("今年将实施A、B，新建C" → all three); one inside another clause's predicate governs that
   clause only ("锂盐项目将于今年7月20日下线，电镍项目即将开工": the 电镍 project has no time);
3. a time expression after the quantity in its own clause, then one heading a later clause of its
   sentence ("…6.063平方公里…治理，计划2027年全部完成" → 2027);
4. a plan whose progress so far the sentence reports ("一级网计划维修2000米，现已完成1460米"): the plan
   of the year being reported on, the plan year;
5. the time that opens the paragraph ("今年，…", "到2027年，…");
6. the heading or lead-in of the section that contains it ("二、2025年目标任务", "今年要重点做好以下工作");
7. in a work report's plan section, the plan year. Otherwise there is no deadline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summarizer.extract.rules.text import Span, TextIndex
from summarizer.parse.deadlines import TimeIndex, TimeMention, find_time_mentions
from summarizer.parse.quantities import find_quantities
from summarizer.text import LazyPattern

_NUMBERED_HEAD = LazyPattern(
    r"^\s*(?:(?P<top>[一二三四五六七八九十]+、)|(?P<sub>[(（][一二三四五六七八九十]+[)）]))"
)
_DATE_AFTER = LazyPattern(r"\s*(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)日)?(?![底末前中份上下])")
"""A month (and day) right after 今年 that is no due date ("今年7月，…启动了…"; not "今年7月底前")."""
_CAMPAIGN_NAME = LazyPattern(r"[\d一二两三四五六七八九十]{1,2}年(?:行动|计划|规划|攻坚|专项|提升|倍增)")
_NOUN_ATTRIBUTE = LazyPattern(r"的\s*$")
"""A year right after 的 names part of a noun ("…的2023年产业转移专项资金"), not a time of the sentence."""
_PAST_EVENT = LazyPattern(r"(?:已经?|业已)(?:于|在)?\s*$")
"""Before a time that dates what has already happened ("一期已于2023年3月开工"): a past event's date, which
governs none of the plans that follow it."""
_COMPLETION_TAIL = LazyPattern(
    r"(?:\d{1,2}月(?:\d{1,2}日)?)?"
    r"[^\d,，。;；:：]{0,6}?(?:完成|建成|竣工|投产|通车|投用|完工|达产|落成|交付)[^\d,，。;；:：]{0,3}"
    r"(?:并(?:进行|投入|实现|开始)?[^\d,，。;；:：]{0,6}?(?:运营|运行|使用|营业))?"
)
"""A later clause that only says when the work is done ("…，计划2027年全部完成", "…，10月底可竣工通车",
"…，计划2023年底建成并进行初期运营", "…，预计明年6月竣工": a month after the year is that year's)."""
_DOCUMENT_SAYS = LazyPattern(
    r"\s*(?:该|这一|此次)?(?:《[^》]{1,40}》|行动计划|实施方案|计划|方案|规划|意见)中?(?:提出|明确|指出|要求)"
)
_DOCUMENT_NAME = LazyPattern(r"《[^》]{1,60}》")
"""A sentence that reports what a document says, and the document's name: the period its name gives
("《数字经济发展三年行动计划（2023-2025年）》…计划提出，…") governs what it says."""
_DETAILS_BEFORE = LazyPattern(r"\s*其中")
"""A sentence that details the one before it ("今年全市计划发展稻虾共作50万亩。其中，蕲春县计划新增10万亩"):
the time that governs the total governs its parts."""
_PARAGRAPH_HEAD = LazyPattern(r"[^\d的“”,，。;；:：]{0,2}")
_STATEMENT_FRAME = LazyPattern(r"[^,，。“”]{1,16}?(?:表示|介绍|指出|强调|提出|明确)[,，:：]")
"""A speaker's or a document's frame before a paragraph's opening time: "《方案》提出，到2027年，…"."""
_SENTENCES_BACK = 2
"""How many sentences back a sentence with no time of its own looks for a lead that opens on one."""
_PLANNED = LazyPattern(r"计划|拟|预计")
_PROGRESS = LazyPattern(r"现已|目前已?|截至目前|当前已|已累计")
"""Words reporting where a plan stands now ("计划投资7500万元，目前已投资5475万元")."""
_LEAD_IN = LazyPattern(r"(?:以下|如下|下列)[^。]{0,12}(?:工作|任务|方面|目标)|[:：]\s*$")
_ANNUAL = LazyPattern(r"全年(?=[\u4e00-\u9fff])(?!(?:将|要|计划|力争|预计|目标|实现|完成|新增|新建))")
"""全年 before the noun of a year's total ("全年展览总面积"), not before a verb of its own (全年将…)."""
_HORIZON_YEAR = LazyPattern(r"20\d\d")
_YEARLY = LazyPattern(r"(?<![第])每年")
"""An amount set for each year ("每年新增吸纳就业45万人左右"), which a plan's horizon governs."""
_HORIZON_AT = LazyPattern(r"[^截][到至]|^[到至]")
HORIZON_LOOKBACK_CHARS = 800
"""How far back in its paragraph a yearly amount looks for the horizon of its plan (bounds the cost)."""
HEADING_MAX_CHARS = 60
MAX_MENTIONS_AROUND = 12
"""How many time expressions of the other clauses of its sentence a quantity looks at (bounds the cost)."""
LABEL_MAX_CHARS = 16
"""The longest first sentence of a numbered head read as its label ("（二）发展目标")."""
MAX_HEADINGS_BACK = 12
"""How many headings a quantity looks back through for its time (bounds the cost per quantity)."""
PLAN_REPORT_MIN_HEADS = 2


@dataclass(frozen=True)
class Heading:
    start: int
    top_level: bool
    deadline: str | None
    text: str


class DeadlineReader:
    """Deadlines of the quantities of one article's cleaned text."""

    def __init__(
        self,
        text: str,
        index: TextIndex,
        plan_year: int | None,
        date: str | None = None,
        title: str | None = None,
        quantity_starts: list[int] | None = None,
    ) -> None:
        """`date` ("2023-08-11"), when known, dates the text: "春节前" written after February is next year's;
        `title` (the document's title or file name) may say the text is a work report; `quantity_starts`
        (where the text's quantities start, in order) saves parsing the text again."""
        self.text = text
        self.index = index
        self.plan_year = plan_year
        self.times = TimeIndex(text, plan_year, _month_of(date))
        if quantity_starts is None:
            quantity_starts = [quantity.start for quantity in find_quantities(text)]
        self.quantity_starts = quantity_starts
        self._progress_starts = [match.start() for match in _PROGRESS.finditer(text)]
        self.headings = _headings(text, index, self.times)
        self._heading_starts = [heading.start for heading in self.headings]
        self.default = (
            str(plan_year) if plan_year is not None and _is_plan_report(text, index, title) else None
        )

    def deadline_at(self, start: int, cue_start: int, end: int) -> str | None:
        """The deadline of the quantity at text[start:end] whose comparator cue starts at `cue_start`."""
        clause = self.index.clause(start)
        sentence = self.index.full_sentence(start)
        own = self.times.last_before(clause.start, cue_start)
        if own is not None and self._annual_under_a_horizon(own, sentence, clause):
            own = None  # "到2025年，全年展览总面积达到…": 全年 makes the figure annual; the horizon governs
        found = (
            own
            or self._completion_after(clause, sentence)  # a later time word overrides an earlier one
            or self._covering_before(sentence, clause)
            or self.times.first_after(end, clause.end)
        )
        if found is None and _DETAILS_BEFORE.match(self.text, sentence.start):
            found = self._detailed_total_time(sentence, clause)
        says = None if found is not None else _DOCUMENT_SAYS.match(self.text, sentence.start)
        if says is not None:
            found = self._document_time(sentence, says.end())
        if found is not None:
            return found.deadline
        if self._reports_progress(clause, sentence, cue_start):
            return str(self.plan_year) if self.plan_year is not None else None
        opener = self._lead_of_sentences_before(sentence) or self._paragraph_opener(start)
        if opener is not None:
            return opener.deadline
        heading = self._from_headings(sentence.start)
        if heading is None and _YEARLY.search(self.text, sentence.start, cue_start) is not None:
            horizon = self._plan_horizon_before(sentence.start)
            return horizon.deadline if horizon is not None else None
        return heading

    def _annual_under_a_horizon(self, own: TimeMention, sentence: Span, clause: Span) -> bool:
        """全年 opening a figure's noun ("全年展览总面积") after a horizon year that opens an earlier clause
        of its sentence ("提出到2025年，全年展览总面积达到2200万平方米左右"): the figure is a year's total
        at that horizon, not this year's."""
        if not self._annual(own, clause):
            return False
        covering = self._covering_before(sentence, clause)
        return (
            covering is not None and _HORIZON_YEAR.search(self.text, covering.start, covering.end) is not None
        )

    def _plan_horizon_before(self, position: int) -> TimeMention | None:
        """The horizon an earlier sentence of the paragraph sets its plan ("《方案》提出，到2025年，…。…每年
        新增就业45万人左右"): a yearly amount of that plan runs until then."""
        paragraph = self.index.paragraph(position)
        since = max(paragraph.start, position - HORIZON_LOOKBACK_CHARS)
        for mention in reversed(self.times.between(since, position, MAX_MENTIONS_AROUND, last=True)):
            ahead = _HORIZON_AT.match(self.text, max(0, mention.start - 1)) is not None
            if ahead and not self._before_the_plan_year(mention):
                return mention
        return None

    def _lead_of_sentences_before(self, sentence: Span) -> TimeMention | None:
        """The time that opens a document's or a speaker's statement in one of the sentences just before,
        inside the paragraph ("方案提出，到2025年，…。打造10款以上…品牌。"): a sentence with no time of its
        own goes on with the goals stated, unless a sentence between them names a time of its own. A bare
        time opening an earlier sentence ("2024年计划打造…。农业机械化率达90.5%。") heads that item only."""
        paragraph = self.index.paragraph(sentence.start)
        current = sentence
        for _ in range(_SENTENCES_BACK):
            if current.start <= paragraph.start:
                return None
            before = self.index.full_sentence(current.start - 1)
            if before.start < paragraph.start or before.start >= current.start:
                return None
            frame = _STATEMENT_FRAME.match(self.text, before.start, before.end)
            head = frame.end() if frame else before.start
            first = self.times.first_after(head, min(before.end, head + 12))
            opens = first is not None and _PARAGRAPH_HEAD.fullmatch(self.text, head, first.start) is not None
            if frame is not None and first is not None and opens:
                past = self._before_the_plan_year(first) or self._dates_a_past_day(first)
                return None if past else first
            if self.times.first_after(before.start, before.end) is not None:
                return None  # a time of its own ends the lead's reach
            current = before
        return None

    def _covering_before(self, sentence: Span, clause: Span) -> TimeMention | None:
        """The last time expression of an earlier clause of the sentence that covers the clauses after
        it: not one that a quantity of its own clause comes before ("5万吨锂盐项目将于今年7月20日下线"),
        nor a year inside a noun ("…的2023年专项资金"), nor the date of a past event ("已于3月开工")."""
        for mention in reversed(
            self.times.between(sentence.start, clause.start, MAX_MENTIONS_AROUND, last=True)
        ):
            own = self.index.clause(mention.start)
            if self._covers(own, mention) and not self._annual(mention, own):
                return mention
        return None

    def _annual(self, mention: TimeMention, clause: Span) -> bool:
        """全年 opening the noun of a year's total in a clause after a horizon year of its sentence
        ("提出到2025年，全年展览总面积达到…，国际展…比重达到80%"): it covers nothing; the horizon does."""
        if not _ANNUAL.match(self.text, mention.start) or mention.start != clause.start:
            return False
        sentence = self.index.full_sentence(mention.start)
        return _HORIZON_YEAR.search(self.text, sentence.start, mention.start) is not None

    def _document_time(self, sentence: Span, says_end: int) -> TimeMention | None:
        """The period in the name of the last document its paragraph names before a sentence that reports
        what the document says, or that the sentence itself opens with ("《…三年行动计划（2023-2025年）》。
        计划提出，…", "《…三年行动方案（2024—2026年）》提出，…"); a short name that refers back to it
        ("《意见》明确，…") names no period of its own."""
        paragraph = self.index.paragraph(sentence.start)
        for match in reversed(list(_DOCUMENT_NAME.finditer(self.text, paragraph.start, says_end))):
            name = match.group(0)[1:-1]  # the times inside a title govern nothing else (find_time_mentions)
            inside = list(find_time_mentions(name, self.plan_year, self.times.month))
            if inside:
                return inside[-1]
        return None

    def _detailed_total_time(self, sentence: Span, clause: Span) -> TimeMention | None:
        """The time of the total a 其中-sentence details, unless it lies before the plan year (a result)."""
        found = self._covering_before(self.index.full_sentence(sentence.start - 1), clause)
        year = None if found is None else re.match(r"\d{4}", found.deadline or "")
        past = year is not None and self.plan_year is not None and int(year.group(0)) < self.plan_year
        return None if past else found

    def _covers(self, own: Span, mention: TimeMention) -> bool:
        just_before = self.text[max(own.start, mention.start - 3) : mention.start]
        return not (
            _NOUN_ATTRIBUTE.search(just_before)
            or _PAST_EVENT.search(just_before)
            or self._before_the_plan_year(mention)
            or self._dates_a_past_day(mention)
            or self._quantities_between(own.start, mention.start)
        )

    def _dates_a_past_day(self, mention: TimeMention) -> bool:
        """ "今年7月，该市启动了城市更新行动" in an August item: a month of the plan year before the one the
        item is written in (or a day of its own month) dates what happened, not when work is due."""
        month = self.times.month
        after = _DATE_AFTER.match(self.text, mention.end)
        if month is None or after is None or mention.deadline != str(self.plan_year):
            return False
        written = int(after.group("month"))
        return written < month or (written == month and after.group("day") is not None)

    def _before_the_plan_year(self, mention: TimeMention) -> bool:
        """A year before the plan year ("该项目于2022年开工，总投资20亿元，预计明年竣工") dates an event that
        is over: the goals of the clauses after it are not due then."""
        year = re.fullmatch(r"\d{4}", mention.deadline or "")
        return year is not None and self.plan_year is not None and int(year.group(0)) < self.plan_year

    def _completion_after(self, clause: Span, sentence: Span) -> TimeMention | None:
        """The time of a later clause of the sentence that only says when the work is done; of several in a
        row with no quantity between them ("总投资10亿元，…一期计划今年底完工，二期计划2025年建成"), the last:
        the whole work is done when its last phase is."""
        found: TimeMention | None = None
        for mention in self.times.between(clause.end, sentence.end, MAX_MENTIONS_AROUND):
            later = self.index.clause(mention.start)
            if found is not None and self._quantities_between(found.end, later.start):
                break
            if _COMPLETION_TAIL.fullmatch(self.text, mention.end, later.end):
                found = mention
        return found

    def _quantities_between(self, start: int, end: int) -> bool:
        """Whether a quantity starts in [start, end), leaving out the count of years in a campaign's name
        ("三年行动计划（2023—2025年）"): a name, not a figure whose predicate the time would be."""
        position = bisect.bisect_left(self.quantity_starts, start)
        while position < len(self.quantity_starts) and self.quantity_starts[position] < end:
            if not _CAMPAIGN_NAME.match(self.text, self.quantity_starts[position]):
                return True
            position += 1
        return False

    def _reports_progress(self, clause: Span, sentence: Span, cue_start: int) -> bool:
        """A planned amount ("计划维修2000米") in a sentence that reports the plan's progress so far."""
        if _PLANNED.search(self.text, clause.start, cue_start) is None:
            return False
        position = bisect.bisect_left(self._progress_starts, sentence.start)
        return position < len(self._progress_starts) and self._progress_starts[position] < sentence.end

    def _paragraph_opener(self, position: int) -> TimeMention | None:
        """The time expression that opens the paragraph of `position` ("今年，…", "到2027年，…")."""
        paragraph = self.index.paragraph(position)
        frame = _STATEMENT_FRAME.match(self.text, paragraph.start, paragraph.end)
        head = frame.end() if frame else paragraph.start
        first = self.times.first_after(head, min(paragraph.end, head + 12))
        if first is None or _PARAGRAPH_HEAD.fullmatch(self.text, head, first.start) is None:
            return None
        return None if self._before_the_plan_year(first) or self._dates_a_past_day(first) else first

    def _from_headings(self, position: int) -> str | None:
        heading = self.governing_heading(position)
        return heading.deadline if heading is not None else self.default

    def governing_heading(self, position: int) -> Heading | None:
        """The nearest heading above `position` that names a time; a top-level heading without one ends
        the search (it opens a section of its own)."""
        index = bisect.bisect_left(self._heading_starts, position) - 1
        for heading in reversed(self.headings[max(0, index - MAX_HEADINGS_BACK + 1) : index + 1]):
            if heading.deadline is not None:
                return heading
            if heading.top_level:
                break
        return None

    @property
    def is_plan_report(self) -> bool:
        """A work report's plan section: what no time word governs belongs to the plan year."""
        return self.default is not None


def _headings(text: str, index: TextIndex, times: TimeIndex) -> list[Heading]:
    """Paragraphs that head what follows: numbered heads, short title lines, lead-ins ending in ':'."""
    found = []
    for paragraph in index.paragraphs(0, len(text)):
        first = index.full_sentence(paragraph.start)
        head_text = text[first.start : min(first.end + 1, paragraph.end)]
        numbered = _NUMBERED_HEAD.match(head_text)
        short = paragraph.end - paragraph.start <= HEADING_MAX_CHARS
        if not (numbered or (short and _LEAD_IN.search(head_text)) or (short and "。" not in head_text)):
            continue
        mention = times.last_before(first.start, first.end) or _lead_in_after_label(
            text, times, first, paragraph, numbered is not None
        )
        found.append(
            Heading(
                start=paragraph.start,
                top_level=bool(numbered and numbered.group("top")),
                deadline=mention.deadline if mention else None,
                text=head_text.strip(),
            )
        )
    return found


def _lead_in_after_label(
    text: str, times: TimeIndex, first: Span, paragraph: Span, numbered: bool
) -> TimeMention | None:
    """A numbered head that is only a label ("（二）发展目标。") and goes on with a lead-in naming the time
    ("到2025年，…"): that time governs the section, the paragraphs under the head included."""
    if not numbered or first.end - first.start > LABEL_MAX_CHARS:
        return None
    after = first.end + 1
    mention = times.first_after(after, min(paragraph.end, after + 12))
    if mention is None or _PARAGRAPH_HEAD.fullmatch(text, after, mention.start) is None:
        return None
    return mention


_MONTH_OF_A_DATE = LazyPattern(r"\s*(?:(?:19|20)\d{2}\D|--)(\d{1,2})")


def _month_of(date: str | None) -> int | None:
    """The month of an ISO-like date ("2023-08-11" → 8, "--08-11" without a year → 8), else None."""
    match = _MONTH_OF_A_DATE.match(date or "")
    return int(match.group(1)) if match else None


_WORK_REPORT = LazyPattern(r"政府工作报告|工作报告|工作要点")
_PLAN_HEADING = LazyPattern(
    r"^\s*(?:[一二三四五六七八九十]+、)?(?:(?:19|20)\d{2}年|今年)(?:的)?(?:经济社会发展)?"
    r"(?:工作安排|目标任务|工作任务|主要预期目标|发展主要预期目标|重点工作|工作要点)",
    re.MULTILINE,
)
TITLE_LINES_CHARS = 200
"""How much of the text's start may name it a work report (its title lines)."""


def _is_plan_report(text: str, index: TextIndex, title: str | None = None) -> bool:
    """A work report's plan section: several paragraphs under numbered heads ("(一)", "二、"), a text whose
    title or first lines name it a work report ("2025年政府工作报告"), or one with a plan-year heading
    ("二、2025年工作安排", "今年发展主要预期目标是")."""
    if _WORK_REPORT.search(title or "") or _WORK_REPORT.search(text, 0, TITLE_LINES_CHARS):
        return True
    if _PLAN_HEADING.search(text):
        return True
    paragraphs = index.paragraphs(0, len(text))
    heads = sum(1 for paragraph in paragraphs if _NUMBERED_HEAD.match(text[paragraph.start : paragraph.end]))
    return heads >= PLAN_REPORT_MIN_HEADS
