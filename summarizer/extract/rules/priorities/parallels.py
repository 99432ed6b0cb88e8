"""Clauses in parallel: shapes, areas and verbs a paragraph repeats, and the works a series lists."""

from __future__ import annotations

import re

from summarizer.extract.rules.priorities.vocabulary import (
    COUPLET_OPENING,
    LONG_SPEAKER_FRAME,
    MEASURE_HEADS_MIN,
    PARALLEL_MIN,
    REST_MIN_CHARS,
    SERIES_ITEM,
    SUBJECT_INTENT,
)
from summarizer.extract.rules.text import (
    Span,
    TextIndex,
)
from summarizer.text import LazyPattern

_COUNTED = r"(?:[二三四五六七八九十两]|\d)(?:个|大|项)?“?{word}”?"
"""A count of a word that announces a list ("“三个突出”", "四大提升", "3项保障")."""
_PARALLEL_AREA = LazyPattern(r"(?:[^,，。；;“”]{0,8}?(?:将|要))?(?P<area>在[^,，。；;“”]{2,10}(?:上|方面))")
"""A clause that opens on an area of work ("在营商环境上再优化", "我们将在招商引资上再发力")."""
_PARALLEL_VERBS = "坚持|聚焦|突出|强化|深化|着力|狠抓|大抓"
_PARALLEL_VERB = LazyPattern(rf"(?:[^,，。；;“”]{{0,8}}?(?:要|将))?(?P<verb>{_PARALLEL_VERBS})")
"""The verb of work a clause opens with, after its subject and intent ("全区上下要坚持项目为王")."""
_PARALLEL_VERB_WORD = LazyPattern(_PARALLEL_VERBS)
"""The verbs of `_PARALLEL_VERB`, each where it stands."""
_ITEM_INTENT = LazyPattern(r"(?:下半年|下阶段|今后|今年|明年)?(?:还|也)?(?:要|将)")
"""The time and intent before the first item of a series ("下半年要坚持项目为王，…；坚持创新驱动，…")."""
_LIST_CONNECTOR = LazyPattern(r"(?:其中|具体(?:来说|而言)?|一方面|同时)[,，:：]")
_PARALLEL_ITEM_MAX = 10
_PARALLEL_WORK = LazyPattern(r"[\u4e00-\u9fff“”]{4,10}")
"""An item of a parallel list: a short phrase of words, no figures ("大抓营商环境")."""
_PLAN_FRAME = LazyPattern(r"(?:目标|部署|精神|要求|战略|主线|思路|理念|决策)$")
"""A clause that frames a plan rather than naming a line of work ("紧紧围绕…的奋斗目标")."""
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
_PARALLEL_CLAUSE_MAX = 14
_PARALLEL_AFFIX = 2


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
        if len(group) >= PARALLEL_MIN
        and len({sentence.text(text) for sentence in group}) == len(group)
        and _each_reported(group, paragraph)
        and not is_event_program(text, group)
        for sentence in group
    ]


def _each_reported(heads: list[Span], paragraph: Span) -> bool:
    """Each head of a series followed by its report: more text than a head holds before the next head (or
    the paragraph's end)."""
    ends = [head.start for head in heads[1:]] + [paragraph.end]
    return all(end - head.end > _SHAPED_HEAD_MAX for head, end in zip(heads, ends, strict=True))


def is_event_program(text: str, heads: list[Span]) -> bool:
    """Short heads of which two or more name what the participants of an event saw, heard or visited
    ("聆听革命故事 传承红色精神", "观看红色影片 汲取奋进力量"): the steps of the event's program, no line
    of work of the region."""
    return sum(1 for head in heads if _PROGRAM_STEP.match(text, head.start, head.end)) >= MEASURE_HEADS_MIN


def has_body(text: str, index: TextIndex, head: Span, paragraph: Span) -> bool:
    """A head sentence followed in its paragraph by a report of some length (never a page's closing line
    such as "返回搜狐，查看更多")."""
    after = index.full_sentence(head.end + 1) if head.end + 1 < paragraph.end else None
    return after is not None and after.end - after.start >= REST_MIN_CHARS


def couplet_head(text: str, sentence: Span) -> Span | None:
    """A couplet heading at the start of a sentence: two halves of the same length around a space."""
    match = COUPLET_OPENING.match(text, sentence.start, sentence.end)
    if match is None:
        return None
    length = len(match.group("first"))
    second = text[match.end() : match.end() + length]
    if len(second) < length or not re.fullmatch(r"[\u4e00-\u9fff]+", second):
        return None
    return Span(sentence.start, match.end() + length)


def parallel_first_clauses(text: str, index: TextIndex, sentences: list[Span]) -> list[Span]:
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
        if len(clauses) >= PARALLEL_MIN
        and len({clause.text(text) for clause in clauses}) == len(clauses)
        and not any(LONG_SPEAKER_FRAME.match(clause.text(text) + ",") for clause in clauses)
        for clause in clauses
    ]


def parallel_areas(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Clauses of one sentence that each name an area of work in parallel ("我们将在招商引资上再发力，在营商
    环境上再优化，在项目服务上再提速"): three or more in a row, each an item from its 在 on."""
    found: list[Span] = []
    if text.count("在", paragraph.start, paragraph.end) < PARALLEL_MIN:
        return found  # each area opens on a 在 of its own
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        run: list[Span] = []
        for clause in index.clauses_in(sentence):
            area = _PARALLEL_AREA.match(text, clause.start, clause.end)
            if area is None:
                found += run if len(run) >= PARALLEL_MIN else []
                run = []
            else:
                run.append(Span(area.start("area"), clause.end))
        found += run if len(run) >= PARALLEL_MIN else []
        offset = max(sentence.end + 1, offset + 1)
    return found


def parallel_verbs(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Clauses of one sentence that each open with the same verb of work ("全区上下要坚持项目为王，坚持创新
    驱动，坚持民生优先，确保…"): three or more in a row, each an item from its verb on."""
    found: list[Span] = []
    if len(_PARALLEL_VERB_WORD.findall(text, paragraph.start, paragraph.end)) < PARALLEL_MIN:
        return found  # each clause holds a verb of its own
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        run: list[Span] = []
        verb = ""
        for clause in index.clauses_in(sentence):
            opening = _PARALLEL_VERB.match(text, clause.start, clause.end)
            if opening is None or (run and opening.group("verb") != verb):
                found += run if len(run) >= PARALLEL_MIN else []
                run = []
            if opening is not None:
                verb = opening.group("verb")
                run.append(Span(opening.start("verb"), clause.end))
        found += run if len(run) >= PARALLEL_MIN else []
        offset = max(sentence.end + 1, offset + 1)
    return found


def announces(text: str, paragraph: Span, sentence: Span, word: str) -> bool:
    """Whether the paragraph, before the sentence, names a count of `word` ("“三个突出”", "四大提升")."""
    counted = _COUNTED.format(word=re.escape(word))
    return re.search(counted, text[paragraph.start : sentence.start]) is not None


def after_list_connector(text: str, part: Span) -> int:
    """Where a list item opens, after a connector that leads into the list ("其中，", "同时，")."""
    match = _LIST_CONNECTOR.match(text, part.start, part.end)
    return match.end() if match else part.start


def semicolon_parts(text: str, index: TextIndex, sentence: Span) -> list[Span]:
    return index.sentences_in(sentence)


def first_series_item(text: str, index: TextIndex, part: Span) -> Span | None:
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
    subject_intent = None if time_intent else SUBJECT_INTENT.match(text, clause.start, clause.end)
    work_start = subject_intent.end() if subject_intent else item_start  # "下一步，某县将持续加强…；…"
    if not SERIES_ITEM.match(text, work_start, clause.end):
        return None
    return Span(item_start, part.end)


def parallel_works(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Lines of work listed in one clause with the same verb ("大抓营商环境、大抓改革开放、大抓…"): three
    or more, each an item of the enumeration."""
    found: list[Span] = []
    mark = text.find("、", paragraph.start, paragraph.end)  # only clauses that list anything
    while mark != -1:
        clause = index.clause(mark)
        if text.count("、", clause.start, clause.end) >= PARALLEL_MIN - 1:
            segments = _enumeration_segments(text, clause)
            if all(stands_in_parallel(text, segment) for segment in segments):
                found += segments
            else:
                found += planned_works(text, clause)
        mark = text.find("、", max(clause.end, mark + 1), paragraph.end)
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
    if len(segments) < PARALLEL_MIN:
        return []
    first = segments[0]
    intents = [i + 1 for i in range(first.start, first.end) if text[i] in "将要"]
    if not intents:
        return []
    items = [Span(intents[-1], first.end), *segments[1:]]
    with_a_verb = sum(1 for item in items if SERIES_ITEM.match(text, item.start, item.end))
    if 2 * with_a_verb >= len(items) and all(_is_short_work(text, item) for item in items):
        return items  # verbs outside the list of work verbs ("巩固", "发挥…作用") do not break the series
    return []


def _is_short_work(text: str, item: Span) -> bool:
    short = 4 <= item.end - item.start <= _PLANNED_WORK_MAX
    return short and _DIGIT.search(text, item.start, item.end) is None


def stands_in_parallel(text: str, head: Span) -> bool:
    """A line of work beside another with the same two-character verb across a 、 ("大抓A、大抓B"); never
    nouns that share a word ("冰雪运动、冰雪文化")."""
    words = head.text(text)
    if not _PARALLEL_WORK.fullmatch(words) or not SERIES_ITEM.match(words):
        return False
    after = text[head.end + 1 : head.end + 3] if text[head.end : head.end + 1] == "、" else ""
    before = ""
    if text[head.start - 1 : head.start] == "、":
        floor = max(head.start - 1 - _PARALLEL_ITEM_MAX, 0)
        previous = max([floor] + [text.rfind(mark, floor, head.start - 1) + 1 for mark in "、,，:：;；。\n"])
        before = text[previous : previous + 2]
    return words[:2] in (after, before)


def in_series(text: str, head: Span) -> bool:
    """A line of work that a semicolon closes or follows: an item of a plan series."""
    bounded = text[head.end : head.end + 1] in "；;" or text[max(head.start - 1, 0) : head.start] in "；;"
    return bounded and SERIES_ITEM.match(head.text(text)) is not None
