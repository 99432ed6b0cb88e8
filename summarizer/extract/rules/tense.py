"""Is a quantity planned or already achieved? Tense markers, read once per article, decide.

The nearest marker before the quantity in its sentence wins; failing that, a past marker later in the
same sentence (coordinated clauses share their tense: "…企业70多家，2023年成功创建…"); failing that, the
lead-in of an earlier sentence of the paragraph ("上半年，全市经济运行稳中有进。…", "下半年，…"); failing
that, the paragraph's default: a look-back paragraph ("一年来，…") is past, a plan paragraph is future,
and any other paragraph follows the balance of its markers.

Words that only name the year talked about (全年, a bare 今年, the plan year as the time of a statement)
take the tense of what frames them. A text (a section) that reports results throughout (`TenseTally`:
most of its quantities carry result marks, few carry future ones) reads what nothing marks as a result,
and such a year word as the year reported on; a quantity with a future mark of its own stays a plan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from summarizer.extract.rules.tables import (
    ATTAINMENT_VERBS,
    COMPLETION_AHEAD_WORDS,
    COMPLETION_CLOSING_PATTERN,
    COMPLETION_EVENT_PATTERN,
    CUT_OFF_WORDS,
    DUE_DATE_PATTERN,
    EVENT_FRAME_PATTERN,
    FUTURE_MARKERS,
    FUTURE_YAO_PATTERN,
    GAIN_TOLD_PATTERN,
    LOOKBACK_OPENERS,
    NOT_A_MARKER_AFTER,
    NOT_A_MARKER_WHEN_FOLLOWED_BY,
    NOT_A_MARKER_WHEN_PRECEDED_BY,
    PAST_MARKERS,
    PAST_WHEN_PRECEDED_BY,
    PAST_YEAR_WORDS,
    PERFECTIVE_LE_PATTERN,
    PERIOD_TO_DATE_PATTERN,
    PLAN_OPENERS,
    PLANNED_LE_PATTERN,
    PLANNING_VERBS,
    PROGRESS_SHARE_PATTERN,
    RECENT_PAST_PATTERN,
    STATES_TO_REACH,
)
from summarizer.extract.rules.text import Span, TextIndex
from summarizer.text import LazyPattern

Tense = Literal["past", "future"]

_WORDS = sorted({*FUTURE_MARKERS, *PAST_MARKERS}, key=lambda word: (-len(word), word))
_MARKER = LazyPattern(
    r"(?P<plan_end>到\s*[“\"]?十[一二三四五六七八九]五[”\"]?(?:规划)?(?:期末|末期|末))"
    r"|(?P<year>(?:19|20)\d{2})(?:\s*[-~—至到]\s*(?P<year_end>(?:19|20)\d{2}))?\s*年"
    rf"(?:(?P<date>\d{{1,2}}月\d{{1,2}}日)|(?P<period>{PERIOD_TO_DATE_PATTERN}))?"
    rf"|(?P<period_alone>{PERIOD_TO_DATE_PATTERN})"
    rf"|(?P<yao>{FUTURE_YAO_PATTERN})"
    # "公示内容，…线路全长约14.9公里", "规划显示，…": what a plan or a notice says is still to be built,
    # whatever the news item around it reports as done; a future mark for the rest of its sentence.
    r"|(?P<plan_content>(?:公示|规划|方案|》)的?(?:内容|显示|提出|明确)"
    # "按照省文物局审批，该遗址发掘面积为40平方米": the scale an authority approved, still to be worked
    r"|(?:按照|根据)[^,，。;；“”]{1,12}?(?:审批|批复|核准)(?=[,，])"
    # "…批前公示…建设规模:规划总用地面积约2.16公顷": the scale a notice's field gives, still to be built
    r"|(?:建设|工程)规模[:：])"
    rf"|(?P<progress>{PROGRESS_SHARE_PATTERN})"
    rf"|(?P<event>{EVENT_FRAME_PATTERN})"
    rf"|(?P<done>{COMPLETION_EVENT_PATTERN})"
    rf"|(?P<due>{DUE_DATE_PATTERN})"
    rf"|(?P<closing>{COMPLETION_CLOSING_PATTERN})"
    rf"|(?P<gain>{GAIN_TOLD_PATTERN})"
    rf"|(?P<planned>{PLANNED_LE_PATTERN})"
    rf"|(?P<le>{PERFECTIVE_LE_PATTERN})"
    rf"|(?P<word>{'|'.join(map(re.escape, _WORDS))})(?!{'|'.join(NOT_A_MARKER_AFTER)})"
)
_PAST_WORDS = frozenset(PAST_MARKERS)
_STATES_TO_REACH = frozenset(STATES_TO_REACH)
_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "\n")
_AIMED_AT = LazyPattern(r"力争|确保|争取|计划|预计|将|要|拟")
_MODALS = (*(word for word in FUTURE_MARKERS if len(word) <= 2), "要", "在", "于")
_YEAR_WORDS = ("今年", "本年", "当年")
_NUMERALS = frozenset("0123456789一二两三四五六七八九十几多")
_NOT_A_MARKER_WHEN_FOLLOWED_BY = {
    word: LazyPattern(after) for word, after in NOT_A_MARKER_WHEN_FOLLOWED_BY.items()
}
_NOT_A_MARKER_WHEN_PRECEDED_BY = {
    word: LazyPattern(before) for word, before in NOT_A_MARKER_WHEN_PRECEDED_BY.items()
}
_PAST_WHEN_PRECEDED_BY = {word: LazyPattern(before) for word, before in PAST_WHEN_PRECEDED_BY.items()}
# "2.4亿元已注入", "3个项目已经开工": the quantity is the subject of a completed action, whatever time
# word came before it.
_COMPLETED_AFTER = LazyPattern(r"[^,，。;；]{0,2}?已")
# "高屹介绍,20年来,…", "《方案》提出，到2027年，…": a speaker's or a document's frame before the opener;
# "20年来", "近两年来": years up to now.
_SPEAKER_FRAME = LazyPattern(r"^[^,，。“”]{1,16}?(?:说|表示|介绍|指出|强调|提出|明确)[,，:：]")
# "记者近日从某县获悉，", "据了解，": a news item's attribution, before the lead-in that sets the tense.
_ATTRIBUTION = LazyPattern(
    r"^(?:据悉|据介绍|据了解|记者(?:近日|日前|今天|昨天|\d{1,2}日)?(?:从[^,，。“”]{1,24})?(?:获悉|了解到))[,，]"
)


def _lead_in(opening: str) -> str:
    """What a paragraph or sentence opens on, past a speaker's frame or a news item's attribution:
    "记者近日从某县获悉，今年以来，…" opens on "今年以来"."""
    return _SPEAKER_FRAME.sub("", _ATTRIBUTION.sub("", opening))


_YEARS_SINCE = LazyPattern(r"^近?[\d一二两三四五六七八九十]+年(?:来|以来)")
# "2023年，…", "2023年全年，…": a paragraph that opens on a year (past when before the plan year).
_YEAR_OPENER = LazyPattern(r"^(?:在|从|自)?(?P<year>(?:19|20)\d{2})年(?:全年|以来|上半年|前三季度)?[,，]")
# "自2002年以来，…", "2012年以来": a period looked back on, up to now.
_SINCE_A_YEAR = LazyPattern(r"(?:自|从)?(?:19|20)\d{2}\s*年(?:以来|来)")
# "今年，…", "明年…", "下半年…", "到2027年，…", "目标是…": a paragraph that lays out plans.
_PLAN_LEAD = LazyPattern(
    rf"^(?:今年|明年|下半年|目标是|(?:力争)?到(?:19|20)\d{{2}}年)(?!以来|{PERIOD_TO_DATE_PATTERN})"
)
# "1-8月，…", "元至6月，…", "截至9月底，…": a period to date or a cut-off that frames the sentences after it.
_PERIOD_LEAD = LazyPattern(rf"^(?:今年)?(?:{PERIOD_TO_DATE_PATTERN}|{'|'.join(CUT_OFF_WORDS)})")
RESULTS_PARAGRAPH_BALANCE = -1
"""A paragraph with more past than future markers (balance below this) reports results."""
RESULTS_REPORT_MIN_QUANTITIES = 3
RESULTS_REPORT_SHARE = 0.5
RESULTS_REPORT_FUTURE_SHARE = 0.15
"""A text reports results throughout when at least this many quantities, this share of them marked as
results, and at most this share marked as plans (decided on the dev split)."""
_PLANNING_VERB = LazyPattern(rf"(?:{'|'.join(PLANNING_VERBS)})(?!了)")
PLANNING_REACH = 20
"""How far after a time word a verb of planning makes it a plan's ("今年，全市计划安排…"): a bound that keeps
the reading of a long sentence linear."""
_AFTER_CUT_OFF = LazyPattern(
    rf"(?:{'|'.join(CUT_OFF_WORDS)})(?:今年|本年|当年|年底|年末|\d{{1,2}}月(?:底|末)?)*$"
)
_COMPLETION_AHEAD_GAP = 16
_COMPLETION_AHEAD_BEFORE = LazyPattern(
    rf"(?:{'|'.join(COMPLETION_AHEAD_WORDS)})[^,，。;；!！?？]{{0,{_COMPLETION_AHEAD_GAP}}}$"
)
"""A plan word shortly before a completion in its clause: "将于年底正式投产", "计划6月底前顺利通车"."""
_COMPLETION_AHEAD_REACH = max(map(len, COMPLETION_AHEAD_WORDS)) + _COMPLETION_AHEAD_GAP + 1
"""How far before the completion such a plan word starts at the latest (a final \n may precede the end)."""


def _completion_ahead(text: str, end: int) -> bool:
    """A plan word shortly before `end` in its clause: searched for only within reach of `end`, not from
    the start of the text (the pattern has no look-behind, so the window finds what the text finds)."""
    return _COMPLETION_AHEAD_BEFORE.search(text, max(0, end - _COMPLETION_AHEAD_REACH), end) is not None


_TALLY_OF_DONE_WORK = LazyPattern(r"已经?(?:全部|全面|圆满|顺利)?完成[^\d]*?[共合]计?$|累计$")
"""A tally (共, 合计, 累计) right before a verb of planning, after the work was told done: the verb did the
work ("梳理了3万多米架空线"), it planned nothing."""
_CLAUSE_PLAN_WORDS = ("将", "预计", "计划", "拟")
_FIGURE_OR_DATE = LazyPattern(r"\d|[一二两三四五六七八九十][万千百]|[月日]底?|年底|年内")
"""What a plan clause after a figure holds when it goes on with the same work ("将形成…12000套", "将于10月
发放"), not an effect of a result ("将有效改善出行条件")."""
_DONE_BEFORE_PLANNING = LazyPattern(rf"已经?(?:{'|'.join(PLANNING_VERBS)})?$")
"""已 before a planning verb and its 了, or before a pair of them ("已制定出台了第一批18个配套政策"): the
planning's output (documents, lists) is done."""
_DONE_BY = LazyPattern(r"已经?(?:于|在)?\s*$")
_COUNTED_NOUN = LazyPattern(r"[^,，。;；\d]{0,6}")
_SUBJECT_PLAN_WORDS = ("将", "计划", "预计", "力争", "确保", "拟", "争取")
"""The counted noun, then the plan word that opens its predicate ("…个小区将于…", "…个项目计划…")."""
_COUNTERS = frozenset("个家项所座条户处批栋辆台套间张名宗片块")
_DUTY_MODAL = LazyPattern(r"(?<![所急必还仍尚])需要?(?![求])|必须|应当")
"""A duty after the year word ("该区今年需完成造林任务1.5万亩，目前已完成1.1万亩"): the year's task, whatever
the progress told after it."""
_WORK_AFTER_A_YEAR_WORD = LazyPattern(
    r"(?:全年|年内)(?:可|将|再|还)?(?:完成|实施|新建|建成|开工|竣工|投产|改造|新增|引进|签约|交付)"
)
"""预计 then the plan year's word then a verb of work ("此次开工项目18个，…，预计年内完成投资20亿元"): work
still to be done this year, a plan; "预计全年地区生产总值增长7%左右" estimates an outcome, a result."""
_FORECAST_YEAR = LazyPattern(r"预计(?:19|20)\d{2}年(?!全年|上半年|前三季度|以来)")
_PLAN_BOUNDS = ("左右", "以内")
_PLAN_FLOORS = ("不少于", "不低于", "不超过", "不高于")
"""A floor or a ceiling set for the year in view ("全年开展不少于50场路演"): what a plan is held to; a
result is told as reached, not bounded so."""
_HELD_WITHIN = LazyPattern(r"控制在|不超过|不高于")
_ATTAINED = LazyPattern(rf"(?:{'|'.join(ATTAINMENT_VERBS)})[^,，。;；]{{0,24}}$")


@dataclass(frozen=True, slots=True)
class Marker:
    position: int
    tense: Tense
    anaphoric: bool = False
    """全年, 年内, 年底: "the year being talked about", the plan year unless a look-back section talks."""
    year_in_view: bool = False
    """今年 on its own: the year the text talks about; in a report of results, the year reported on."""
    completion: bool = False
    """A completion told as an event ("正式投产", "竣工投用，…"): the work it speaks of is built."""
    gain: bool = False
    """A gain told as attained ("实现…“三增”", "实现增产丰收"): what its sentence counts is a result, whatever
    year word came before."""


@dataclass(frozen=True, slots=True)
class ParagraphTense:
    """A paragraph's default tense; `grounded` when an opener or the lean of its markers sets it, not the
    reader's fallback for a paragraph that says nothing."""

    tense: Tense
    grounded: bool
    framed: bool = False
    """Set by a lead-in or an opener ("45年来，…", "一年来，…"), not only by the lean of its markers."""
    leaning: bool = False
    """Grounded by nothing but the lean of its markers: a news item that plans in some sentences says
    nothing, by that, of the figures of its other sentences (see `TenseReader.governed`)."""


_UNSAID = ParagraphTense("future", grounded=False)
_CONTINUATION = LazyPattern(r"(?:同时|与此同时|此外|另外|并且)[,，]")
"""A sentence's opening that joins it to the sentence before (its time is that sentence's)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """The tense of a quantity and whether anything marks it: a word of its own clause or sentence, or
    its paragraph's opener or lean (`marked`), or nothing (the reader's fallback)."""

    tense: Tense
    marked: bool


@dataclass(frozen=True)
class TenseTally:
    """Counts of a text's quantities by how they are marked (see `TenseReader.tally`)."""

    past: int
    future: int
    attained: int
    unmarked: int

    def reports_results_throughout(self) -> bool:
        """A text that overwhelmingly reports results: most of its quantities carry result marks and few
        carry future ones. Its unmarked quantities are results too (guidelines §3: the past and the
        present are not targets); a quantity with a future mark of its own stays a plan."""
        total = self.past + self.future + self.attained + self.unmarked
        results = self.past + self.attained
        return (
            total >= RESULTS_REPORT_MIN_QUANTITIES
            and results >= RESULTS_REPORT_SHARE * total
            and self.future <= RESULTS_REPORT_FUTURE_SHARE * total
        )


class TenseReader:
    """Tense of any position of one article's cleaned text."""

    def __init__(self, text: str, index: TextIndex, plan_year: int | None, section_starts: list[int]) -> None:
        self.text = text
        self.index = index
        reviewed = reviewed_paragraphs(text, index, plan_year)
        markers = _markers(text, index, plan_year, reviewed)
        markers = _reviews_of_the_plan_year(markers, text, index, plan_year)
        markers = _ends_of_periods_since(markers, text, index, plan_year)
        self.markers = _plans_within_a_cut_off(markers, text, index)
        self.positions = [marker.position for marker in self.markers]
        self._past_markers = [marker for marker in self.markers if marker.tense == "past"]
        self._past_positions = [marker.position for marker in self._past_markers]
        self._paragraph_tenses = _paragraph_defaults(
            text, index, self, set(section_starts), plan_year, reviewed
        )
        self._leads = _sentence_leads(text, index, self)
        self._lead_positions = [position for position, _ in self._leads]

    def tense_at(
        self, start: int, end: int, clause_only: bool = False, results_report: bool = False
    ) -> Tense:
        """The tense of the statement a quantity at text[start:end] belongs to (see `reading_at`)."""
        return self.reading_at(start, end, clause_only, results_report).tense

    def reading_at(
        self, start: int, end: int, clause_only: bool = False, results_report: bool = False
    ) -> Reading:
        """The tense of the statement a quantity at text[start:end] belongs to, and whether it is marked.

        Its own clause speaks first, then its sentence, then the lead of an earlier sentence of its paragraph
        ("上半年，全市经济运行稳中有进。…", "下半年，…"), then its paragraph. With `clause_only` (the scale
        of a project, which stays a target while the project is being built) only the clause speaks. In a
        `results_report` (see `reports_results_throughout`) what nothing marks is a result, and so is a
        bare 今年 or 全年: the year reported on.
        """
        clause = self.index.clause(start)
        if _COMPLETED_AFTER.match(self.text, end, clause.end):
            return Reading("past", marked=True)
        paragraph = self._context_at(start)
        if results_report and not paragraph.grounded:
            paragraph = ParagraphTense("past", grounded=False)
        scopes = [clause] if clause_only else [clause, self.index.full_sentence(start)]
        for scope in scopes:
            decided = self._decided_within(scope.start, scope.end, start, end, paragraph, results_report)
            if decided is not None:
                return decided
        if clause_only:
            return Reading("future", marked=False)
        continued = self._continued(start, paragraph)
        if continued is not None:
            return continued
        return Reading(paragraph.tense, marked=paragraph.grounded)

    def _continued(self, start: int, paragraph: ParagraphTense) -> Reading | None:
        """The marked reading of the sentence before, for a sentence that opens by going on from it ("今年底
        前，将在全省建成100个…。同时，在工业园区…建成50个…"): a statement joined to the one before shares its
        time."""
        sentence = self.index.full_sentence(start)
        if sentence.start == 0 or not _CONTINUATION.match(self.text, sentence.start, sentence.end):
            return None
        before = self.index.full_sentence(sentence.start - 1)
        if before.end > sentence.start or before.end <= before.start:
            return None
        decided = self._decided_within(before.start, before.end, before.end, before.end, paragraph)
        return decided if decided is not None and decided.marked else None

    def _context_at(self, start: int) -> ParagraphTense:
        """The tense that an unmarked statement at `start` takes: the lead of the nearest sentence of its
        paragraph that opens with a look-back or plan lead-in, else the paragraph's default."""
        paragraph_start = self.index.paragraph(start).start
        last = bisect.bisect_right(self._lead_positions, start) - 1
        if last >= 0 and self._lead_positions[last] >= paragraph_start:
            return ParagraphTense(self._leads[last][1], grounded=True, framed=True)
        return self._paragraph_tenses.get(paragraph_start, _UNSAID)

    def _decided_within(
        self,
        scope_start: int,
        scope_end: int,
        start: int,
        end: int,
        paragraph: ParagraphTense,
        results_report: bool = False,
    ) -> Reading | None:
        """The nearest marker before the quantity, else a past marker after it, within a scope; a 全年 in
        a look-back section means the year looked back on."""
        last = bisect.bisect_left(self.positions, start) - 1
        if last >= 0 and self.positions[last] >= scope_start:
            marker = self.markers[last]
            if not (marker.year_in_view or marker.anaphoric):
                return Reading(marker.tense, marked=True)
            reading = self._time_word(marker, scope_start, start, paragraph, results_report)
            sentence_end = self.index.full_sentence(start).end
            if any(later.gain for later in self._between(end, sentence_end)):
                return Reading("past", marked=True)  # "今年…种植面积12万亩，…，实现增产丰收": a result told
            if reading.marked or self._next_past(end, scope_end) is None:
                return reading
            return Reading("past", marked=True)  # "全年实现…3200亿元，连续8个季度高于…": the year's result
        if self._next_past(end, scope_end) is not None:
            return Reading("past", marked=True)
        if self._predicate_ahead(end, min(scope_end, self.index.clause(start).end)):
            return Reading("future", marked=True)
        if (last < 0 or self.positions[last] < scope_start) and self._sentence_goes_on_ahead(end, scope_end):
            return Reading("future", marked=True)
        return None

    def _sentence_goes_on_ahead(self, end: int, scope_end: int) -> bool:
        """No mark before a figure in its sentence, none of the past after it, and a later clause of the
        sentence opens on a plan word and goes on with a figure or a date ("本次涉及改造老旧小区88个，改造
        户数近一万户，将形成…住房12000套", "本年度金额为8000澳门元，将于10月发放"): the sentence lists what is
        still to be done; an effect of a result ("新建道路12公里，将有效改善出行条件") is none."""
        position = bisect.bisect_left(self.positions, end)
        if position >= len(self.positions) or self.positions[position] >= scope_end:
            return False
        marker = self.markers[position]
        opens_clause = self.text[marker.position - 1 : marker.position] in "，,"
        if not (
            marker.tense == "future"
            and opens_clause
            and self.text.startswith(_CLAUSE_PLAN_WORDS, marker.position)
        ):
            return False
        plan = self.index.clause(marker.position)
        return _FIGURE_OR_DATE.search(self.text, marker.position, plan.end) is not None

    def completion_before(self, start: int, since: int) -> bool:
        """Whether a completion told as an event ("大桥顺利通车。", "…竣工投用，") comes in [since, start)."""
        return any(marker.completion for marker in self._between(since, start))

    def _predicate_ahead(self, end: int, clause_end: int) -> bool:
        """A plan word right after the thing a quantity counts, in its clause ("剩余8个小区将于10月底前全部
        完工", "其余9个项目计划年内开工"): the count is the subject of what is still to be done, whatever the
        look-back of its paragraph."""
        if self.text[end - 1] not in _COUNTERS:
            return False  # "这批价值12万元货物将在日本享受…": a measure of a thing, not a count of works
        position = bisect.bisect_left(self.positions, end)
        if position >= len(self.positions) or self.positions[position] >= clause_end:
            return False
        marker = self.markers[position]
        return (
            marker.tense == "future"
            and self.text.startswith(_SUBJECT_PLAN_WORDS, marker.position)
            and _COUNTED_NOUN.fullmatch(self.text, end, marker.position) is not None
        )

    def own_plan(self, start: int, end: int, with_paragraph: bool = True) -> bool:
        """A future mark of the quantity's own clause or sentence, or (`with_paragraph`) a plan opener or a
        lean to the future of its paragraph, says the quantity at text[start:end] is planned."""
        paragraph = self._context_at(start)
        if with_paragraph and paragraph.grounded and paragraph.tense == "future":
            return True
        for scope in (self.index.clause(start), self.index.full_sentence(start)):
            decided = self._decided_within(scope.start, scope.end, start, end, _UNSAID)
            if decided is not None:
                return decided.marked and decided.tense == "future"
        return False

    def governed(self, start: int, end: int, news: bool = False) -> bool:
        """Whether anything but its paragraph's lean sets the time of the quantity at text[start:end]: a mark
        of its own clause or sentence, or an opener or lead-in of its paragraph or section. In a news item
        (`news`, often one paragraph) an earlier sentence's lead ("下半年，全县计划…。") governs the later
        sentences only as a list's lead-in, ending on a colon; else the facts told after it would be plans."""
        for scope in (self.index.clause(start), self.index.full_sentence(start)):
            if self._decided_within(scope.start, scope.end, start, end, _UNSAID) is not None:
                return True
        if self._continued(start, _UNSAID) is not None:
            return True
        lead = self._lead_before(start)
        if news and lead is not None:
            lead_sentence = self.index.full_sentence(lead)
            return self.text[lead_sentence.end : lead_sentence.end + 1] in ("：", ":")
        paragraph = self._context_at(start)
        return paragraph.grounded and not paragraph.leaning

    def _lead_before(self, start: int) -> int | None:
        """Where the sentence lead that sets the tense at `start` (see `_context_at`) opens, if one does."""
        paragraph_start = self.index.paragraph(start).start
        last = bisect.bisect_right(self._lead_positions, start) - 1
        if last >= 0 and self._lead_positions[last] >= paragraph_start:
            return self._lead_positions[last]
        return None

    def tally(self, quantities: Sequence[tuple[int, int]]) -> TenseTally:
        """How the quantities at these (start, end) positions are marked: as results, as plans, or not
        at all; an unmarked one stated with a verb of attainment ("实现…", "达到…", "建成…") and no future
        word counts as a result."""
        past = future = attained = unmarked = 0
        for start, end in quantities:
            reading = self.reading_at(start, end)
            if reading.marked:
                past, future = past + (reading.tense == "past"), future + (reading.tense == "future")
            elif _ATTAINED.search(self.text, self.index.clause(start).start, end) and not self._bounded(
                start, end
            ):
                attained += 1
            else:
                unmarked += 1
        return TenseTally(past=past, future=future, attained=attained, unmarked=unmarked)

    def plan_bound(self, start: int, end: int) -> bool:
        """A plan's bound for the year in view ("全年…增长10%左右", "今年…控制在3%以内", "全年开展不少于50场")
        in a sentence with no past mark and no forecast ("预计全年增长7%左右" estimates a result): a result
        is not written so, so a report of results around it does not make it one."""
        sentence = self.index.full_sentence(start)
        clause_start = self.index.clause(start).start
        bounded = (
            self.text.endswith(_PLAN_BOUNDS, start, end)
            or self.text.endswith(_PLAN_FLOORS, max(0, start - 4), start)
            or "控制在" in self.text[clause_start:start]
        )
        year_in_view = any(m.anaphoric or m.year_in_view for m in self._between(sentence.start, start))
        return (
            bounded
            and year_in_view
            and self._next_past(sentence.start, sentence.end) is None
            and "预计" not in self.text[sentence.start : start]
        )

    def _bounded(self, start: int, end: int) -> bool:
        """A quantity stated as a plan's bound ("增长11.5%左右", "控制在3%以内"): a result is not written
        so, so its verb ("增长", "达到") says nothing of attainment."""
        clause_start = self.index.clause(start).start
        return (
            self.text.endswith(_PLAN_BOUNDS, start, end)
            or _HELD_WITHIN.search(self.text, clause_start, start) is not None
        )

    def _time_word(
        self, marker: Marker, scope_start: int, start: int, paragraph: ParagraphTense, results_report: bool
    ) -> Reading:
        """A word that only names the year talked about (全年, 年内, a bare 今年, the plan year as the time
        of a statement) marks a plan when the nearest mark before it is a future word ("…将力争全年完成
        …", "广州将2015年…目标定为8%") or a verb of planning follows it ("今年安排…", "今年谋划实施的").
        Otherwise 全年 is the year of its paragraph, and 今年 in a report of results the year reported on.
        The future word may head an earlier clause of its sentence ("区里将在9月底前完成…，年内新建…"):
        the sentence's plan goes on, whatever a look-back lead of the paragraph said before it."""
        sentence_start = self.index.full_sentence(marker.position).start
        earlier = [
            m
            for m in self._between(min(scope_start, sentence_start), marker.position)
            if not (m.anaphoric or m.year_in_view)
        ]
        forecast = marker.anaphoric and marker.tense == "future"
        forecast = forecast and self.text.endswith("预计", 0, marker.position)
        forecast = forecast and _WORK_AFTER_A_YEAR_WORD.match(self.text, marker.position) is not None
        planned = (bool(earlier) and earlier[-1].tense == "future") or self._forecast_year(marker) or forecast
        reach = min(start, marker.position + PLANNING_REACH)
        planning_verb = _PLANNING_VERB.search(self.text, marker.position, reach) or _DUTY_MODAL.search(
            self.text, marker.position, reach
        )
        if planned or planning_verb:
            return Reading("future", marked=True)
        cut_off = earlier and self.text.startswith(CUT_OFF_WORDS, earlier[-1].position)
        if cut_off and earlier[-1].tense == "past":
            return Reading("past", marked=True)  # "截至8月10日，今年…进出超200万人次": the year so far
        if marker.anaphoric and marker.tense == "past":
            return Reading("past", marked=True)  # 全年 in the review of a past year a heading names
        if marker.anaphoric or results_report or paragraph.framed:
            return Reading(paragraph.tense, marked=paragraph.grounded)
        return Reading(marker.tense, marked=False)

    def _forecast_year(self, marker: Marker) -> bool:
        """ "预计2025年总并网规模达到1300万千瓦以上": the plan year forecast is a plan's time, not the year
        reported on ("预计2024年全年…" in the year's own summary stays the year reported on)."""
        return _FORECAST_YEAR.match(self.text, max(0, marker.position - 2)) is not None

    def says_past(self, start: int, end: int) -> bool:
        """Whether a past marker ("已", "了", "建成" …) stands in text[start:end]."""
        return self._next_past(start, end) is not None

    def _next_past(self, start: int, end: int) -> Marker | None:
        """The first past marker in [start, end), found through the index of past markers."""
        position = bisect.bisect_left(self._past_positions, start)
        if position < len(self._past_positions) and self._past_positions[position] < end:
            return self._past_markers[position]
        return None

    def _between(self, start: int, end: int) -> list[Marker]:
        low = bisect.bisect_left(self.positions, start)
        high = bisect.bisect_left(self.positions, end)
        return self.markers[low:high]

    def balance(self, start: int, end: int) -> int:
        """Future markers minus past markers in a span; a word that only names the year talked about
        (全年, a bare 今年, the plan year as the time of a statement) says which year, not whether it is
        planned (年内, 年底 look ahead to the year's end)."""
        markers = [m for m in self._between(start, end) if not (m.year_in_view or self._whole_year(m))]
        return sum(1 if marker.tense == "future" else -1 for marker in markers)

    def _whole_year(self, marker: Marker) -> bool:
        return marker.anaphoric and self.text.startswith("全年", marker.position)

    def reports_results(self, paragraph: Span) -> bool:
        """A paragraph reports results when its markers lean past (two more past than future), or when
        its sentences do: at least two sentences lean past and more than twice as many as lean future."""
        if self.balance(paragraph.start, paragraph.end) < RESULTS_PARAGRAPH_BALANCE:
            return True
        leanings = [self.balance(sentence.start, sentence.end) for sentence in self._sentences(paragraph)]
        past = sum(1 for leaning in leanings if leaning < 0)
        future = sum(1 for leaning in leanings if leaning > 0)
        return past >= 2 and past > 2 * future

    def _sentences(self, paragraph: Span) -> list[Span]:
        sentences: list[Span] = []
        position = paragraph.start
        while position < paragraph.end:
            sentence = self.index.full_sentence(position)
            sentences.append(sentence)
            position = max(sentence.end + 1, position + 1)
        return sentences


ANAPHORIC_YEAR_WORDS = frozenset({"全年", "年内", "年底", "年末"})
"""Words that mean "the year being talked about": the plan year, unless the paragraph has just named
a past year ("2014年，…全年GDP实现1.67万亿元" is a result of 2014)."""


_DOCUMENT_NAME = LazyPattern(r"《[^《》]{1,60}》")
_QUOTED_NAME = LazyPattern(r"“[^“”。，,]{2,12}”")
"""A short quotation is a name ("通过“春蕾计划在新疆”网络筹款活动"): a plan word in it sets nothing ahead."""


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those that overlap (a quotation inside a document's name) merged into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside_a_name(names: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether `position` lies inside one of the sorted, disjoint `names` spans."""
    index = bisect.bisect_left(starts, position) - 1
    return index >= 0 and names[index][0] < position < names[index][1]


def _markers(
    text: str, index: TextIndex, plan_year: int | None, reviewed: Review | None = None
) -> list[Marker]:
    """Every tense marker in order; an anaphoric year word takes the tense of the year named last in
    its paragraph, and in a `reviewed` paragraph (the review of a past year that a title or heading
    names, see `reviewed_paragraphs`) the year reviewed when its paragraph names none; 今年 (or the plan
    year) after a past year in its paragraph is a plan's time, not merely the year talked about, and in
    the review of the year it names, that year."""
    review = reviewed or Review(frozenset(), this_year=False)
    markers: list[Marker] = []
    last_year: tuple[int, Tense] | None = None  # (paragraph start, tense of the last explicit year)
    names = _merged(
        [match.span() for match in _DOCUMENT_NAME.finditer(text)]
        + [match.span() for match in _QUOTED_NAME.finditer(text)]
    )
    name_starts = [start for start, _ in names]
    for match in _MARKER.finditer(text):
        marker = _marker(match, plan_year)
        if marker is None or (marker.tense == "future" and _inside_a_name(names, name_starts, match.start())):
            # "出台《某市2023年度全员招商引资工作方案》": the name of a plan sets nothing around it ahead; the
            # name of a past year's bulletin ("《2023年…统计公报》") still dates what it reports
            continue
        paragraph_start = index.paragraph(match.start()).start
        after_a_past_year = last_year == (paragraph_start, "past")  # "去年…。今年，…": this year's plans
        if match.group("year") and _dates_the_object_of_a_result(text, index, match, markers):
            continue  # "争取到位…2023年中央预算内投资10.7亿元": the year of the funds, not of the verb
        if (
            match.group("year")
            and _DOCUMENT_OF_A_YEAR.match(text, match.end())
            and (_SIGNING_BEFORE.search(text, max(0, match.start() - 4), match.start()))
        ):
            continue  # "与三县签订2023年结对帮扶协议": the year of the agreement signed, not of the verb
        if match.group("year") or match.group("word") in PAST_YEAR_WORDS:
            if marker.year_in_view and after_a_past_year:
                marker = Marker(marker.position, marker.tense)
            if not (_milestone(text, match.start()) or _reaches(match, plan_year)):
                last_year = (paragraph_start, marker.tense)
        elif match.group("word") in ANAPHORIC_YEAR_WORDS:
            # "2023年上半年…。…将…，力争全年…": a plan word of its own sentence makes 全年 the year ahead
            named_past = last_year == (paragraph_start, "past") and not _follows_a_plan(
                markers, index, match.start()
            )
            duration = text[match.start() - 1 : match.start()] in _NUMERALS  # "两到三年内": no year word
            of_review = paragraph_start in review.paragraphs and (
                last_year is None or last_year[0] != paragraph_start
            )
            marker = Marker(
                marker.position,
                "past" if named_past or (of_review and not duration) else marker.tense,
                anaphoric=not (named_past or duration),
            )
        elif match.group("word") in ("今年", "明年"):
            last_year = None
            in_view = match.group("word") == "今年" and not after_a_past_year
            marker = Marker(marker.position, marker.tense, year_in_view=in_view)
            if in_view and review.this_year and paragraph_start in review.paragraphs:
                marker = Marker(marker.position, "past", anaphoric=True)  # 今年 is the year reviewed
        base = match.group("word") in COMPARISON_BASES or _base_year(text, match)
        if base and _follows_a_plan(markers, index, match.start()):
            continue  # "今年…力争比上年增长6%", "到2025年，…较2020年下降20%": a base, the plan its time
        reached = match.group("word") in _STATES_TO_REACH or marker.completion or marker.gain
        if reached and _follows_a_deadline(markers, text, index, match.start()):
            continue  # "到2025年底，累计创建…500个", "…环境基本建成，…": the state to reach by then
        markers.append(marker)
    return markers


_SIGNING_BEFORE = LazyPattern(r"(?:签订|签署|签约|印发|出台|制定|发布|下达|通过)了?$")
_DOCUMENT_OF_A_YEAR = LazyPattern(
    r"(?:度)?[^\d,，。;；、]{0,12}?(?:协议|合同|责任书|协定|备忘录|方案|计划|规划|要点|清单|目标书)"
)
"""A year that dates the document a verb signs or issues ("签订2023年结对帮扶协议", "印发2024年工作要点"):
the year names the document, it sets no time of the sentence."""
_ATTRIBUTIVE_YEAR = LazyPattern(r"[\u4e00-\u9fff](?<![底内前后起初末度将要计的])")
"""What follows a year that dates a noun ("2023年中央预算内投资"), not a time of the verb ("2023年底",
"2023年内", "2023年将…", "2023年起") nor the time of a figure ("增长到2026年的260亿元")."""


def _dates_the_object_of_a_result(
    text: str, index: TextIndex, match: re.Match[str], markers: list[Marker]
) -> bool:
    """A year written inside the object of a verb that a past mark of its clause already reports ("日前…
    争取到位保障性安居工程2023年中央预算内投资10.7亿元", "已下达2024年专项资金"): it dates the noun,
    so the earlier mark keeps the clause's tense. `markers` are those found so far, in the order of the
    text: only the last ones, back to the clause's start, are read, so the work stays linear."""
    if match.group("date") or match.group("period") or match.group("year_end"):
        return False
    clause_start = index.clause(match.start()).start
    past_before = False
    for marker in reversed(markers):  # in the order of the text: only the clause's own are read
        if marker.position < clause_start:
            break
        if (
            marker.tense == "past"
            and marker.position < match.start()
            and not _YEAR_AT.match(text, marker.position)  # a past year is a time, not a report of a result
        ):
            past_before = True
            break
    return past_before and _ATTRIBUTIVE_YEAR.match(text, match.end()) is not None


_REVIEW_HEADING = LazyPattern(
    r"^[^。\n]{0,30}?(?P<year>(?:19|20)\d{2})(?:年|[｜|:：\s])[^。\n]{0,40}?"
    r"(?:总结|统计公报|公报|回顾|答卷|成绩单|盘点|回眸|成效|成就|纪实|巡礼)[^。\n]{0,30}$"
)
"""A title or heading that names the review of a year: "2023年安平县国民经济和社会发展统计公报",
"一、2023年工作总结", "数说2023｜…新变化"."""
_HEADING_PLAN_WORDS = ("要点", "计划", "安排", "打算", "目标", "规划", "展望", "部署")
_HEADING_MAX_CHARS = 60
_HEADING_YEAR = LazyPattern(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class Review:
    """The paragraphs of the review of a year that a title or heading names (see `reviewed_paragraphs`);
    `this_year` when the year reviewed is the plan year itself (a December summary: its 今年 is that
    year's)."""

    paragraphs: frozenset[int]
    this_year: bool


def reviewed_paragraphs(text: str, index: TextIndex, plan_year: int | None) -> Review:
    """The starts of the paragraphs of a review of a year that a title or heading names ("2023年…统计
    公报", "一、2023年工作总结" in an article of the plan year 2024 or dated in 2023), up to the next
    paragraph that lays out plans (a plan opener, a heading with a plan word or a year after the year
    reviewed). Their 全年 and 年末 are the reviewed year's (guidelines §3: the past is not a target)."""
    reviewed: set[int] = set()
    reviewed_year: int | None = None
    this_year = False
    if plan_year is None:
        return Review(frozenset(), this_year=False)
    for paragraph in index.paragraphs(0, len(text)):
        line = paragraph.text(text).strip()
        is_heading = "。" not in line and len(line) <= _HEADING_MAX_CHARS
        year = _year_reviewed(line, plan_year) if is_heading else None
        if year is not None:
            reviewed_year, this_year = year, this_year or year == plan_year
        elif reviewed_year is not None and _lays_out_plans(line[:20], is_heading, reviewed_year, plan_year):
            reviewed_year = None
        elif reviewed_year is not None:
            reviewed.add(paragraph.start)
    return Review(frozenset(reviewed), this_year)


def _year_reviewed(heading: str, plan_year: int) -> int | None:
    """The year a heading names the review of, up to the plan year; None for any other heading."""
    found = _REVIEW_HEADING.match(heading)
    if found is None or any(word in heading for word in _HEADING_PLAN_WORDS):
        return None
    year = int(found.group("year"))
    return year if year <= plan_year else None


def _lays_out_plans(opening: str, is_heading: bool, reviewed_year: int, plan_year: int) -> bool:
    """A paragraph that opens on plans (今年 only when it is not the year reviewed), or a heading with a
    plan word or a year after the year reviewed."""
    this_year_reviewed = reviewed_year == plan_year and opening.startswith("今年")
    if opening.startswith(PLAN_OPENERS) or (_PLAN_LEAD.match(opening) and not this_year_reviewed):
        return True
    if not is_heading:
        return False
    year = _HEADING_YEAR.search(opening)
    plan_word = any(word in opening for word in (*PLAN_OPENERS, *_HEADING_PLAN_WORDS))
    return plan_word or (year is not None and int(year.group()) > reviewed_year)


_STATES_A_PLAN = LazyPattern(r"以上|左右|不低于|不少于|力争|确保|目标|预期|预计|计划|争取|规划|部署|安排")


def _reviews_of_the_plan_year(
    markers: list[Marker], text: str, index: TextIndex, plan_year: int | None
) -> list[Marker]:
    """A paragraph that names the plan year ("2023年，全县…实现…增长6.8%") but has no other future word and
    no sign of a target (以上, 左右, 力争, 目标 …) reviews that year: its year is a past marker."""
    if plan_year is None:
        return markers
    year_word = re.compile(rf"{plan_year}\s*年")
    by_paragraph: dict[int, list[int]] = {}
    for number, marker in enumerate(markers):
        by_paragraph.setdefault(index.paragraph(marker.position).start, []).append(number)
    reviewed = list(markers)
    for start, numbers in by_paragraph.items():
        future = [n for n in numbers if markers[n].tense == "future"]
        years = [n for n in future if _names_the_year(text, markers[n].position, year_word)]
        paragraph = index.paragraph(start).text(text)
        if years and len(years) == len(future) and not _STATES_A_PLAN.search(paragraph):
            for n in years:
                reviewed[n] = Marker(markers[n].position, "past")
    return reviewed


_CUT_OFF_OPENING = LazyPattern(rf"[\s“”\"]*(?:{'|'.join(CUT_OFF_WORDS)})")
_CLAUSE_END = LazyPattern(r"[,，;；]")


def _plans_within_a_cut_off(markers: list[Marker], text: str, index: TextIndex) -> list[Marker]:
    """ "截至7月中旬，该区累计在谈项目146个，签约项目38个，拟签约项目20个，引资总额72.2亿元": in a sentence
    that counts what stands at a cut-off, a plan word (拟, 将, 计划) marks its own clause only; the
    clauses after it are the cut-off's counts again."""
    added: list[Marker] = []
    for marker in markers:
        if marker.tense != "future":
            continue
        sentence = index.full_sentence(marker.position)
        if not _CUT_OFF_OPENING.match(text, sentence.start):
            continue
        end = _CLAUSE_END.search(text, marker.position, sentence.end)
        if end is not None:
            added.append(Marker(end.end(), "past"))
    return sorted([*markers, *added], key=lambda marker: marker.position) if added else markers


def _ends_of_periods_since(
    markers: list[Marker], text: str, index: TextIndex, plan_year: int | None
) -> list[Marker]:
    """ "自2002年以来，…连续7年…。到2008年，GDP总量达到7761.8亿元": a year up to the plan year that ends a
    period looked back on since a past year, with no plan word between them, is the end of that period,
    not a deadline."""
    if plan_year is None:
        return markers
    read: list[Marker] = []
    since: int | None = None  # the paragraph of the last "自…年以来" frame still open
    for marker in markers:
        paragraph_start = index.paragraph(marker.position).start
        year = _YEAR_AT.match(text, marker.position)
        if marker.tense == "past" and year and _SINCE_A_YEAR.match(text, marker.position):
            since = paragraph_start
        elif (
            marker.tense == "future"
            and since == paragraph_start
            and year
            and _milestone(text, marker.position)
        ):
            if int(year.group(1)) <= plan_year:
                marker = Marker(marker.position, "past")
        elif marker.tense == "future" and not (marker.anaphoric or marker.year_in_view):
            since = None
        read.append(marker)
    return read


_YEAR_AT = LazyPattern(r"((?:19|20)\d{2})\s*年")


def _names_the_year(text: str, position: int, year_word: re.Pattern[str] | LazyPattern) -> bool:
    """The plan year named as the time of a statement ("2023年，…"), not as a deadline ("到2023年",
    "2023年底前")."""
    named = year_word.match(text, position)
    if named is None or text[position - 1 : position] in ("到", "至", "于"):
        return False
    return not text.startswith(("前", "底", "末"), named.end())


_END_OF_A_GROWTH_FROM_THE_PAST = LazyPattern(
    r"[由从](?P<from>(?:19|20)\d{2})年的?[^,，。;；]{0,24}?(?:[,，][^,，。;；]{0,6}?)?[到至]$"
)
"""The end of a growth told from a past year ("从2018年的156亿元增长到2023年的238亿元"): a level reached."""
_ANY_YEAR = LazyPattern(r"(?:19|20)\d{2}\s*年")


COMPARISON_BASES = frozenset({"比上年", "较上年", "同比"})
"""Words naming the base of a change: a result's, unless a plan word came before them in the sentence."""


_MILESTONE_BEFORE = ("到", "至", "从", "由", "较", "比", "与")


_COMPARED_WITH = ("较", "比")


def _base_year(text: str, match: re.Match[str]) -> bool:
    """A year named as the base of a comparison ("较2020年下降20%", "比2020年翻一番")."""
    return bool(match.group("year")) and text[match.start() - 1 : match.start()] in _COMPARED_WITH


def _milestone(text: str, position: int) -> bool:
    """A year as a step of a series, the origin of a growth or a comparison base ("从1978年的…，到1995年
    突破10亿元，到2012年…", "与上年持平"): not the time a statement is made, so no "去年…，今年…" contrast
    with a year named after it."""
    return text[position - 1 : position] in _MILESTONE_BEFORE


def _reaches(match: re.Match[str], plan_year: int | None) -> bool:
    """A span of years that ends on the plan year ("2021-2024年年均增长7.2%" in 2024) is no past year
    that a later mention of the plan year would contrast with."""
    return match.group("year_end") is not None and int(match.group("year_end")) == plan_year


_UP_TO = ("到", "至")
_DEADLINE_AT = LazyPattern(r"(?<![截])[到至]\s*(?:[“\"]?十[一二三四五六七八九]五|(?:19|20)\d{2})")


def _follows_a_deadline(markers: list[Marker], text: str, index: TextIndex, position: int) -> bool:
    """A deadline ahead written with 到 or 至 ("到2025年底", "到“十四五”末") comes earlier in the sentence of
    `position`, with only plan marks after it ("到2025年底，全市将累计建成…"): what the sentence totals is
    to be reached by then."""
    sentence_start = index.full_sentence(position).start
    for marker in reversed(markers):
        if marker.position < sentence_start or marker.tense != "future":
            return False
        at = marker.position
        if _DEADLINE_AT.match(text, max(0, at - 1)) is not None or _DEADLINE_AT.match(text, at) is not None:
            return True
    return False


def _follows_a_plan(markers: list[Marker], index: TextIndex, position: int) -> bool:
    sentence_start = index.full_sentence(position).start
    return bool(markers) and markers[-1].tense == "future" and markers[-1].position >= sentence_start


def _marker(match: re.Match[str], plan_year: int | None) -> Marker | None:
    if match.group("plan_end"):
        return Marker(match.start(), "future")  # "到“十三五”末完成…": a deadline ahead
    if match.group("year"):
        return _year_marker(match, plan_year)
    if match.group("period_alone"):
        # "力争前三季度完成": after a modal the period is a deadline; the modal before it governs.
        before = match.string[max(0, match.start() - 4) : match.start()]
        after_modal = before.endswith(_MODALS) and not before.endswith(_YEAR_WORDS)  # "今年前三季度": past
        return None if after_modal else Marker(match.start(), "past")
    if match.group("progress"):
        clause_start = max(match.string.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
        aimed = _AIMED_AT.search(match.string, clause_start, match.start())
        return None if aimed else Marker(match.start(), "past")  # "力争完成年度目标的80%": a plan
    if match.group("event") or match.group("le"):
        return Marker(match.start(), "past")
    if match.group("closing"):
        return _closing_completion(match)
    if match.group("gain"):
        ahead = _completion_ahead(match.string, match.start())
        return None if ahead else Marker(match.start(), "past", gain=True)
    if match.group("planned") and _DONE_BEFORE_PLANNING.search(
        match.string, max(0, match.start() - 6), match.start()
    ):
        return Marker(match.start(), "past")  # "今年以来，全区已梳理了风险隐患1200余处": the work is done
    if match.group("planned") and _TALLY_OF_DONE_WORK.search(
        match.string, max(0, match.start() - 80), match.start()
    ):
        return Marker(match.start(), "past")  # "试点工作已全部完成。…本次试点工作，共梳理了3万多米…"
    if match.group("done"):
        return (
            None
            if _completion_ahead(match.string, match.start())
            else Marker(match.start(), "past", completion=True)
        )
    if match.group("due"):
        # "国庆前完成…", "6月底前建成…": a date the work is due by, unless it dates what is already done
        done_by = _DONE_BY.search(match.string, max(0, match.start() - 4), match.start())
        return Marker(match.start(), "past" if done_by else "future")
    word = match.group("word")
    if word is not None:
        noun_use = _NOT_A_MARKER_WHEN_FOLLOWED_BY.get(word)
        if noun_use is not None and noun_use.match(match.string, match.end()):
            return None
        other_use = _NOT_A_MARKER_WHEN_PRECEDED_BY.get(word)
        if other_use is not None and other_use.search(match.string, max(0, match.start() - 6), match.start()):
            return None
        back = _PAST_WHEN_PRECEDED_BY.get(word)
        if back is not None and back.search(match.string, max(0, match.start() - 6), match.start()):
            return Marker(match.start(), "past")  # "相较20余年前…不足1万平方米": years ago
        if _AFTER_CUT_OFF.search(match.string, max(0, match.start() - 10), match.start()):
            return None  # "截至年底，…达到1.86万公里": the time of a cut-off, whose word is the marker
        return Marker(match.start(), "past" if word in _PAST_WORDS else "future")
    return Marker(match.start(), "future")


_RECENT_PAST = LazyPattern(RECENT_PAST_PATTERN)


def _closing_completion(match: re.Match[str]) -> Marker | None:
    """A completion closing its clause is an event when its sentence told of late before it ("日前，…扩建
    工程竣工投用，…") and no plan word of its clause puts it ahead."""
    text = match.string
    sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ("。", "；", ";", "\n")) + 1
    if _completion_ahead(text, match.start()):
        return None
    if _RECENT_PAST.search(text, sentence_start, match.start()) is None:
        return None
    return Marker(match.start(), "past", completion=True)


def _year_marker(match: re.Match[str], plan_year: int | None) -> Marker | None:
    """A year before the plan year is past, from it on future; a full date ("2023年8月15日") says
    nothing; a period to date ("2023年上半年") or a cut-off ("截至2023年6月底") reports results."""
    if match.group("date"):
        return None
    before = match.string[max(0, match.start() - 3) : match.start()]
    if match.group("period") or before.endswith(CUT_OFF_WORDS):
        return Marker(match.start(), "past")
    if plan_year is None:
        # "到2025年，…达到…": with no plan year to compare with, a year the text says work runs up to is
        # still a deadline ahead (a cut-off, "截至2025年", was read above).
        return Marker(match.start(), "future") if before.endswith(_UP_TO) else None
    first_year = int(match.group("year"))
    last_year = int(match.group("year_end") or first_year)  # "（2023—2025年）" runs beyond the plan year
    growth = _END_OF_A_GROWTH_FROM_THE_PAST.search(match.string, max(0, match.start() - 40), match.start())
    if growth is not None and int(growth.group("from")) < plan_year and last_year <= plan_year:
        return Marker(match.start(), "past")
    is_future = first_year >= plan_year or last_year > plan_year
    in_view = first_year == last_year == plan_year and _names_the_year(match.string, match.start(), _ANY_YEAR)
    return Marker(match.start(), "future" if is_future else "past", year_in_view=in_view)


def _paragraph_defaults(
    text: str,
    index: TextIndex,
    reader: TenseReader,
    section_starts: set[int],
    plan_year: int | None,
    reviewed: Review | None = None,
) -> dict[int, ParagraphTense]:
    """Each paragraph's default tense; a look-back or plan opener carries on through the section, and a
    paragraph of the review a title or heading names (`reviewed`) looks back unless its opener says more."""
    defaults: dict[int, ParagraphTense] = {}
    carried: Tense | None = None
    review = reviewed or Review(frozenset(), this_year=False)
    for paragraph in index.paragraphs(0, len(text)):
        if any(paragraph.start >= start > paragraph.start - 3 for start in section_starts):
            carried = None
        opening = _lead_in(paragraph.text(text)[:60])[:20]
        is_heading = "。" not in opening and paragraph.end - paragraph.start <= 40
        opener = _opener_tense(opening, is_heading, plan_year) or _reviewed_year(reader, paragraph)
        in_review = paragraph.start in review.paragraphs
        if in_review and review.this_year and opener == "future" and opening.startswith("今年"):
            opener = None  # "今年全县实施重点项目86个" in a December summary: the year reviewed
        own = opener or _later_lookback(text, reader, paragraph)
        carried = own or carried
        if carried is not None:
            defaults[paragraph.start] = ParagraphTense(carried, grounded=True, framed=own is not None)
        elif in_review or reader.reports_results(paragraph):
            defaults[paragraph.start] = ParagraphTense("past", grounded=True, framed=in_review)
        else:
            leans_future = reader.balance(paragraph.start, paragraph.end) > 0
            defaults[paragraph.start] = ParagraphTense("future", grounded=leans_future, leaning=leans_future)
    return defaults


def _sentence_leads(text: str, index: TextIndex, reader: TenseReader) -> list[tuple[int, Tense]]:
    """The sentences that open with a look-back or plan lead-in ("上半年，…", "李华表示，下半年，…"), with
    the tense they set for the unmarked sentences after them in their paragraph."""
    leads: list[tuple[int, Tense]] = []
    for paragraph in index.paragraphs(0, len(text)):
        for sentence in reader._sentences(paragraph):
            opening = _lead_in(text[sentence.start : sentence.start + 60].lstrip('“”"　 '))[:20]
            tense = _lead_tense(opening)
            if tense is not None:
                leads.append((sentence.start, tense))
    return leads


def _lead_tense(opening: str) -> Tense | None:
    """The tense a sentence's lead-in sets for the sentences after it: a period looked back on ("上半年",
    "今年以来", "近年来") or one ahead ("下半年", "下一步", "到2027年"). A year named alone ("今年，…",
    "去年…", "2023年，…") is the time of its own sentence only."""
    if opening.startswith(LOOKBACK_OPENERS) or _YEARS_SINCE.match(opening) or _PERIOD_LEAD.match(opening):
        return "past"
    if _SINCE_A_YEAR.match(opening):
        return "past"
    if opening.startswith(PLAN_OPENERS) or (_PLAN_LEAD.match(opening) and not opening.startswith("今年")):
        return "future"
    return None


_REVIEW_OPENERS = ("一年来", "过去一年", "过去五年", "五年来", "这一年", "这五年")
"""Openers of a review of a whole period; "上半年", "近年来" in a news item's lead do not make a section."""


def _later_lookback(text: str, reader: TenseReader, paragraph: Span) -> Tense | None:
    """A look-back opener at the start of a later sentence ("2024年是…关键一年。一年来，我们…"), with no
    plan opener after it in the paragraph: the rest of the section looks back."""
    found: Tense | None = None
    for sentence in reader._sentences(paragraph)[1:]:
        opening = text[sentence.start : sentence.start + 20].lstrip('“”"　 ')
        if opening.startswith(_REVIEW_OPENERS):
            found = "past"
        elif opening.startswith(PLAN_OPENERS) or _PLAN_LEAD.match(opening):
            found = None
    return found


def _reviewed_year(reader: TenseReader, paragraph: Span) -> Tense | None:
    """ "2023年，…" opening a paragraph that reviews the plan year (see `_reviews_of_the_plan_year`)."""
    opening = _YEAR_OPENER.match(reader.text[paragraph.start : paragraph.start + 16])
    if opening is None:
        return None
    first = bisect.bisect_left(reader.positions, paragraph.start)
    is_past = first < len(reader.markers) and reader.markers[first].position < paragraph.start + opening.end()
    return "past" if is_past and reader.markers[first].tense == "past" else None


def _opener_tense(opening: str, is_heading: bool, plan_year: int | None) -> Tense | None:
    """The tense a paragraph's lead-in sets: "一年来", "2023年，" (a past year), "去年" look back; "今年，",
    "下一步", "目标是", "到2027年" lay out plans; None when the opening says neither."""
    if (
        opening.startswith(LOOKBACK_OPENERS)
        or _YEARS_SINCE.match(opening)
        or (is_heading and "回顾" in opening)
    ):
        return "past"
    year = _YEAR_OPENER.match(opening)
    if year is not None and plan_year is not None and int(year.group("year")) < plan_year:
        return "past"
    if opening.startswith(PAST_YEAR_WORDS):
        return "past"
    if opening.startswith(PLAN_OPENERS) or _PLAN_LEAD.match(opening):
        return "future"
    if is_heading and any(word in opening for word in PLAN_OPENERS):
        return "future"
    return None
