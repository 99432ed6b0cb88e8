"""Duties a paragraph lays out (要 clauses): in parallel, over works, opening a paragraph."""

from __future__ import annotations

from summarizer.extract.rules.priorities.clauses import sentence_head_start
from summarizer.extract.rules.priorities.parallels import parallel_works
from summarizer.extract.rules.priorities.vocabulary import DUTY, GRIP_CLAUSE, PARALLEL_MIN, STUDY_DUTY
from summarizer.extract.rules.reported_duties import frames_a_duty, receives_words
from summarizer.extract.rules.text import (
    Span,
    TextIndex,
)
from summarizer.text import LazyPattern

_OPENS_WITH_DUTY = LazyPattern(
    DUTY.pattern
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
_BARE_DUTY = LazyPattern(r"(?:还|也)?要")
_DUTY_ADVERB = LazyPattern(r"(?:还|也)?要(?P<adverb>进一步|持续|不断|全面|切实|始终|继续)")
"""The adverb a duty opens with ("要进一步…"): duties that share it are parallel items of a speech."""
_THEN_DUTY = LazyPattern(r"(?:接下来|下一步|今后|此后|后续)[,，](?=(?:还|也)?要)")
_HEADING_DUTY_MAX_CHARS = 20


def grip_clauses(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Clauses that each name a line of work with 抓 ("集中精力抓双招双引，保持定力抓产业链壮大"),
    two or more in a sentence: an enumeration the text structures itself, one head per clause."""
    by_sentence: dict[int, list[Span]] = {}
    if text.count("抓", paragraph.start, paragraph.end) < 2:
        return []
    offset = paragraph.start
    while offset < paragraph.end:
        clause = index.clause(offset)
        if GRIP_CLAUSE.fullmatch(clause.text(text)):
            by_sentence.setdefault(index.full_sentence(clause.start).start, []).append(clause)
        offset = max(clause.end + 1, offset + 1)
    return [clause for clauses in by_sentence.values() if len(clauses) >= 2 for clause in clauses]


def duties_over_works(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The parallel works of the paragraph, except those in a sentence that opens with a duty ("各部门要
    牢固树立项目为王理念，…，狠抓A、狠抓B、狠抓C"): there the duty is the head, the works its details."""
    found: list[Span] = []
    by_sentence: dict[Span, list[Span]] = {}
    for work in parallel_works(text, index, paragraph):
        by_sentence.setdefault(index.full_sentence(work.start), []).append(work)
    for sentence, works in by_sentence.items():
        head_start = sentence_head_start(text, sentence)
        if head_start < works[0].start and _OPENS_WITH_DUTY.match(text, head_start, sentence.end):
            found.append(Span(head_start, index.clause(head_start).end))
        else:
            found += works
    return found


def duty_clauses(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The tasks a meeting or a speech sets out sentence by sentence ("会议强调，要聚焦…。要狠抓…。"):
    the first clause of each sentence that opens with a duty, two or more in the paragraph."""
    found: list[Span] = []
    if text.count("要", paragraph.start, paragraph.end) < 2:
        return found
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.sentence(offset)  # "要…；要…；要…。": a semicolon ends a duty too
        head_start = (
            sentence_head_start(text, sentence) if "要" in text[sentence.start : sentence.end] else -1
        )
        if head_start >= 0 and (then := _THEN_DUTY.match(text, head_start, sentence.end)):
            head_start = then.end()  # "接下来，要进一步加强思想引领": the duty after its time word
        if head_start >= 0 and not _OPENS_WITH_DUTY.match(text, head_start, sentence.end):
            head_start = _duty_before_series(text, index, sentence)
        if head_start >= 0 and _OPENS_WITH_DUTY.match(text, head_start, sentence.end):
            clause = index.clause(head_start)
            if frames_a_duty(text[head_start : clause.end]) and clause.end < sentence.end:
                after = index.clause(
                    clause.end + 1
                )  # "要按照省委部署，更加扎实推进…": the work after the frame
                if not receives_words(after.text(text)):
                    clause, head_start = after, after.start
            if not STUDY_DUTY.search(text, clause.start, clause.end):
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
    while len(later) < PARALLEL_MIN - 1 and text.startswith(("；", ";"), later[-1].end):
        later.append(index.sentence(later[-1].end + 1))
    if len(later) < PARALLEL_MIN - 1 or not all(_OPENS_WITH_DUTY.match(text, s.start, s.end) for s in later):
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
    shared = [adverb for adverb, count in counts.items() if count >= PARALLEL_MIN]
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
    names_no_work = DUTY.match(text, duties[0].start, duties[0].end) is None  # 要认真研判…, not 要坚持…
    return len(duties) >= 3 and names_the_doers and names_no_work and all(bare[1:])


def opening_duty(text: str, index: TextIndex, paragraph: Span) -> Span | None:
    """The duty that opens a paragraph ("要坚持产业强区，…"): its first clause."""
    sentence = index.sentence(paragraph.start)
    head_start = sentence_head_start(text, sentence)
    clause = index.clause(head_start)
    if DUTY.match(text, head_start, sentence.end) is None or STUDY_DUTY.search(
        text, clause.start, clause.end
    ):
        return None
    return Span(head_start, clause.end)
