"""Priorities from the text's own structure (guidelines §2): the heads of a section, made priorities."""

from __future__ import annotations

import bisect
import itertools

from summarizer.extract.rules.answers import (
    answer_plans,
    other_regions_plans,
)
from summarizer.extract.rules.priorities.clauses import (
    dash_head,
    glued_subheadings,
    has_chinese,
    head_of,
    in_central_words,
    is_body,
    is_heading_only,
    is_lead_or_heading_line,
    sentence_head_start,
    states_plan,
    without_frame,
)
from summarizer.extract.rules.priorities.duties import opening_duty
from summarizer.extract.rules.priorities.heads import (
    may_head,
    opens_in,
    predicate_title,
    sentence_heads,
    work_title,
)
from summarizer.extract.rules.priorities.series import (
    counted_areas,
    document_measures,
    is_marked,
    is_two_part_lead,
    marked_structures,
    ordinal_items_after,
    with_heading_series,
)
from summarizer.extract.rules.priorities.speakers import priority_region, quoted_unit, subjects_of
from summarizer.extract.rules.priorities.spoken import (
    found_commitments,
    lead_action,
    next_step_plans,
    parallel_openings,
    quoted_commitments,
    reported_plans,
    spoken_plans,
    with_next_step_parts,
)
from summarizer.extract.rules.priorities.titles import categorize, title_of
from summarizer.extract.rules.priorities.vocabulary import (
    DUTY,
    GRIP_CLAUSE,
    INTERVIEW_LEAD,
    LONG_SPEAKER_FRAME,
    NOT_A_HEAD,
    REST_MIN_CHARS,
    SPEAKER_FRAME,
)
from summarizer.extract.rules.reported_duties import reported_duties, without_details
from summarizer.extract.rules.tables import (
    NUMBERED_HEAD_PREFIXES,
    ORDINAL_IS,
)
from summarizer.extract.rules.text import (
    CLAUSE_OR_SENTENCE_END,
    Span,
    TextIndex,
)
from summarizer.schema import Priority
from summarizer.text import LazyPattern

_DASH_SERIES_MIN = 2
"""How many paragraphs of a section must open with a dash's highlight to make them its heads."""
_MEETING_DEPLOYMENT = LazyPattern(
    r"就[^。；;，,]{0,40}?(?:会议|生活会|座谈会|大会)(?:作出|进行)(?:部署|安排)"
)
"""A deployment for holding a meeting ("会议就高质量开好…专题民主生活会作出部署"): what follows is how to
hold it."""
_LIST_LEAD = LazyPattern(
    r"(?:(?:以下|如下|下列)[^。]{0,12}(?:工作|任务|方面|重点)|[\d一二两三四五六七八九十几]+个(?:方面|重点|领域))"
    r"[^。,，:：]{0,4}[:：]\s*$"
)
"""A paragraph that ends by announcing the list that the next paragraphs make ("做好以下几个方面的工作：")."""
# "抓紧落实好各项重点工作", "统筹抓好安全生产各项工作落实": a clause that points at all the work, naming none.
_ALL_WORK = LazyPattern(r"(?:各项|各方面)(?:重点|重要|目标)?(?:工作|任务)(?:落实|部署)?$")
_STANCE = (
    r"(?:坚定信心|锚定目标|提高站位|统一思想|凝心聚力|鼓足干劲|保持定力|振奋精神|乘势而上|攻坚克难|真抓实干"
    r"|担当作为|迎难而上|奋勇争先|坚定决心|提振信心|咬定目标|埋头苦干|主动作为|勇于担当)"
)
_STANCE_CLAUSE = LazyPattern(rf"(?:还|也)?要?{_STANCE}(?:、{_STANCE})+")
"""A clause that only asks for stances ("要坚定信心、锚定目标", "要统一思想、鼓足干劲"): no line of work."""
_QUESTION = LazyPattern(r"^(?:(?:记者|问|主持人)[:：]|[【\[](?:记者|问|主持人)[】\]])")
"""An interviewer's question ("记者：今年在产业发展上有哪些打算？"): never a policy area itself; the
answer that follows it lays one out."""
_QUOTED_PLAN_OPENING = LazyPattern(r"(?:(?:下一步|接下来|今后|未来)[,，]?)?我们(?:还|也)?(?:将|要)")
"""The opening of a quotation that states the speaker's body's plan ("“接下来，我们将…", "“我们要…")."""


def find_priorities(
    text: str, index: TextIndex, start: int, end: int, region: str | None, aliases: tuple[str, ...] = ()
) -> list[Priority]:
    """The policy areas a section lays out: its paragraph heads, or failing those its sentence heads and
    the plans its region commits to (`aliases`: the other names of the section's region)."""
    paragraphs = _content_paragraphs(text, index, start, end)
    title = _article_title(text, index, start, end)
    if title is not None:
        paragraphs = [paragraph for paragraph in paragraphs if paragraph != title]
    paragraph_heads = [(paragraph, head_of(text, index, paragraph)) for paragraph in paragraphs]
    heads = [head for _, head in paragraph_heads if head is not None]
    heads += [
        item
        for paragraph, head in paragraph_heads
        if head is not None
        for item in ordinal_items_after(text, index, paragraph, head)
    ]
    heads += _uncovered(index, listed_paragraphs(text, index, index.paragraphs(start, end)), heads)
    titles: dict[Span, str] = {}
    for paragraph in paragraphs:
        titles.update(glued_subheadings(text, index, paragraph))
    structured = _structured_heads(text, index, paragraphs)
    heads += _answer_heads(text, index, start, end, heads + structured)
    if heads and structured:  # a duty inside a headed section is a sub-area of its head
        structured = [head for head in structured if not DUTY.match(head.text(text))]
        covered = {index.full_sentence(head.start).start for head in heads}
        heads += [head for head in structured if index.full_sentence(head.start).start not in covered]
    if not heads:
        heads = _unstructured_heads(text, index, paragraphs, subjects_of(region, aliases), titles)
        opening_duties = [duty for p in paragraphs if (duty := opening_duty(text, index, p)) is not None]
        if len(opening_duties) >= 2:  # paragraphs that open in parallel with a duty ("要坚持…")
            heads += _uncovered(index, opening_duties, heads)
    reported = [duty for paragraph in paragraphs for duty in reported_duties(text, index, paragraph)]
    reported = [
        duty for duty in reported if not (in_central_words(text, index, duty) or _stance_only(text, duty))
    ]
    if reported:  # a leader's duties in the narration head their items ("他强调，要…")
        heads = without_details(text, index, heads, reported) + reported
    others: dict[Span, tuple[str, str]] = {}
    for paragraph in paragraphs:  # another region's official answers in the same paragraph
        others.update(other_regions_plans(text, index, paragraph, subjects_of(region, aliases)))
    heads += _uncovered(index, list(others), heads)
    heads = with_heading_series(text, index, paragraphs, heads)
    titles.update({head: title_of(work) for head, (_, work) in others.items()})
    heads = _outermost(_one_per_start(_outside_meeting_procedure(text, index, paragraphs, heads)))
    named = [_past_all_work(text, index, head) for head in heads]
    heads = _one_per_start([item for head in named if head is not None for item in counted_areas(text, head)])
    heads = [
        head
        for head in heads
        if not (
            _results_listed(text, index, head) or _stance_only(text, head) or _said_by_one_person(text, head)
        )
    ]
    contexts = _item_contexts(text, index, heads)
    return [
        _priority(
            text,
            index,
            head,
            others[head][0] if head in others else (quoted_unit(text, index, head, region) or region),
            titles.get(head),
            context,
        )
        for head, context in zip(heads, contexts, strict=True)
    ]


_RESULTS_LEAD = LazyPattern(r"取得[^,，。；;:：]{0,8}?(?:进展|成效|成绩|成果|进步)[:：]")
"""A review's lead before the list of what was done ("近年来，…工作取得积极进展：在宣传工作方面，着力在…"):
its items are the results it reports, never a policy area to come."""
_UNDERSTANDING = LazyPattern(r"^[^,，。]{0,16}?(?:充分|深刻|清醒)认识(?:到)?[^,，。]{2,60}?是")
"""A call to understand why a work matters ("要充分认识做好…工作是…的客观需要"): a stance, no line of work."""
_STUDY_SPEECH = LazyPattern(
    r"^[^,，。]{0,16}?(?:学习|领会|传达)[^,，。]{0,60}?(?:重要讲话|重要指示|会议)精神$"
)
"""A first clause that only asks to study and carry out a leader's speech or a meeting ("全省各级党委政府要
深刻学习领会、认真贯彻落实…考察时的重要讲话精神"): how the region receives it, not a policy area."""


_FIRST_PERSON_SINGULAR = LazyPattern(r"我(?![们市省区县州旗国乡镇村])")
_QUOTATION_REACH = 120


def _said_by_one_person(text: str, head: Span) -> bool:
    """A head inside a quotation that speaks as one person ("“包的样式既有民族风情又很时尚，我要带一个回去。”
    …游客对一个手提包爱不释手"): a visitor's or a resident's words, never the region's line of work."""
    opening = text.rfind("“", max(0, head.start - _QUOTATION_REACH), head.start + 1)
    if opening < 0 or "”" in text[opening : head.start]:
        return False
    closing = text.find("”", head.start)
    words = text[opening : closing if closing >= 0 else head.end]
    # "民有所呼，我有所应。…我们要…": a saying inside an official's words for the body
    return _FIRST_PERSON_SINGULAR.search(words) is not None and "我们" not in words


def _results_listed(text: str, index: TextIndex, head: Span) -> bool:
    sentence = index.full_sentence(head.start)
    return _RESULTS_LEAD.search(text, sentence.start, head.start) is not None


_DESIGN_FEATURE = LazyPattern(
    r"^[^,，。]{0,12}?(?:学校|校园|医院|场馆|项目|工程|大楼|建筑|楼|馆|站)[^,，。]{0,8}?(?:将|拟)"
    r"(?:采用|设置|配备|配置|设有)"
)
"""What a building or a project is to be fitted with ("新校区供暖将采用空气源热泵，…"): its design, not a
policy area of the region."""
_OTHERS_SUGGESTIONS = LazyPattern(r"^[^,，。]{0,30}?(?:提出|反映|提)的(?:意见|建议)")
"""A first clause about taking up what others suggested ("区委、区政府将认真梳理大家提出的意见建议"): the
answer to a consultation, no policy area."""


def _stance_only(text: str, head: Span) -> bool:
    first = CLAUSE_OR_SENTENCE_END.split(text[head.start : head.end], maxsplit=1)[0]
    return any(
        pattern.match(first)
        for pattern in (_UNDERSTANDING, _STUDY_SPEECH, _DESIGN_FEATURE, _OTHERS_SUGGESTIONS)
    )


_DOCTRINE_FIRST = LazyPattern(
    r"(?:还|也)?要?(?:深入|认真|全面)?(?:学习|贯彻|领会)[^,，。；;]{2,40}(?:精神|思想)"
)
"""A first clause that only asks to study a doctrine or a spirit ("要深入学习贯彻…思想，扎实开展主题教育"):
the line of work is the next clause."""
_MEANS_FIRST = LazyPattern(r"(?:还|也)?要?以[^,，。；;]{2,30}为(?:牵引|抓手|引领|统领|载体|突破口|支撑)")
"""A first clause that names the means ("要以某某重大项目建设为牵引，把发展…作为主攻方向"): the line of work
is the next clause."""


def _past_all_work(text: str, index: TextIndex, head: Span) -> Span | None:
    """A head whose first clause only points at all the work, asks for stances, asks to study a doctrine
    or names the means ("要积极对接市有关部门抓紧落实好各项重点工作，加快推动某口岸重建等重点项目",
    "谋深抓实下半年经济社会发展各项工作", "要坚定信心、锚定目标，开辟新赛道"): the line of work is the next
    clause of its sentence; a head with no next clause names none."""
    first = index.clause(head.start)
    words = first.text(text)
    if not (
        _ALL_WORK.search(words)
        or _STANCE_CLAUSE.fullmatch(words)
        or _DOCTRINE_FIRST.fullmatch(words)
        or _MEANS_FIRST.fullmatch(words)
    ):
        return head
    sentence = index.sentence(head.start)
    after = first.end + 1
    if after >= sentence.end or not has_chinese(text[after : sentence.end]):
        return None
    return Span(after, max(head.end, index.clause(after).end))


def _outside_meeting_procedure(
    text: str, index: TextIndex, paragraphs: list[Span], heads: list[Span]
) -> list[Span]:
    """The heads outside a deployment for holding a meeting ("会议就高质量开好…专题民主生活会作出部署，强调
    要精心组织安排，严格规范程序。要深入开展谈心谈话…"): from that sentence to its paragraph's end, the
    duties are the meeting's own procedure, not policy areas."""
    procedures = [
        Span(index.full_sentence(match.start()).start, paragraph.end)
        for paragraph in paragraphs
        for match in _MEETING_DEPLOYMENT.finditer(text, paragraph.start, paragraph.end)
    ]
    return [head for head in heads if not any(p.start <= head.start < p.end for p in procedures)]


def _item_contexts(text: str, index: TextIndex, heads: list[Span]) -> list[str]:
    """The item of each head: in a paragraph of several heads ("一是要坚定信心…。二是要…"), from the head
    to the next one; else the rest of the head's sentence ("要持续优化服务，全力打造一流营商环境")."""
    contexts = []
    starts = sorted(head.start for head in heads)
    for position, head in enumerate(heads):
        paragraph = index.paragraph(head.start)
        shared = bisect.bisect_left(starts, paragraph.end) - bisect.bisect_left(starts, paragraph.start) > 1
        following = heads[position + 1].start if position + 1 < len(heads) else paragraph.end
        end = min(max(following, head.end), paragraph.end) if shared else index.full_sentence(head.start).end
        contexts.append(text[head.start : max(end, head.end)])
    return contexts


def listed_paragraphs(text: str, index: TextIndex, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs that follow a list's lead-in ("全力做好以下几个方面的工作：") with no ordinal of
    their own, up to the next question, speaker's label or heading: each one's first sentence."""
    found: list[Span] = []
    in_list = False
    for paragraph in paragraphs:
        content = paragraph.text(text)
        numbered = content.startswith(NUMBERED_HEAD_PREFIXES + ORDINAL_IS)  # "（一）…": its own heads
        if in_list and (
            _QUESTION.match(content) or SPEAKER_FRAME.match(content) or is_heading_only(content) or numbered
        ):
            in_list = False
        elif in_list:
            found.append(Span(paragraph.start, index.sentence(paragraph.start).end))
        in_list = in_list or _LIST_LEAD.search(text, paragraph.start, paragraph.end + 1) is not None
    return found if len(found) >= 2 else []


def _article_title(text: str, index: TextIndex, start: int, end: int) -> Span | None:
    """A heading line that opens the text (in the section from `start` to `end`) and is the text's only
    one: the article's title, not a structure of headings (a news item's "某市加快打造中国薯都")."""
    first = index.paragraph(0)
    if not start <= first.start < end or not is_heading_only(first.text(text)):
        return None
    later = index.paragraphs(first.end, len(text))
    if any(is_heading_only(paragraph.text(text)) for paragraph in later):
        return None
    return first


def _outermost(heads: list[Span]) -> list[Span]:
    """The heads that no other head contains: a clause inside a topic's head ("关于发展经济，某县将…，
    全力抓招商引资，抓实体经济") is a detail of that topic, not a priority of its own."""
    farthest_before: dict[int, int] = {}  # by start: the farthest end of the heads that start before it
    farthest = -1
    for start, group in itertools.groupby(sorted(heads, key=lambda head: head.start), key=lambda h: h.start):
        farthest_before[start] = farthest
        farthest = max(farthest, *(head.end for head in group))
    return [head for head in heads if farthest_before[head.start] < head.end]


def _one_per_start(heads: list[Span]) -> list[Span]:
    """The heads in text order, one per start (two rules that find the same head: the longer span)."""
    longest: dict[int, Span] = {}
    for head in heads:
        if head.start not in longest or head.end > longest[head.start].end:
            longest[head.start] = head
    return [longest[start] for start in sorted(longest)]


def _answer_heads(text: str, index: TextIndex, start: int, end: int, heads: list[Span]) -> list[Span]:
    """An interview in questions and answers: each answer with no head of its own is headed by its first
    sentence that states a plan (the answers are the top level of the text's own structure)."""
    paragraphs = index.paragraphs(start, end)
    found = []
    for question, answer in itertools.pairwise(paragraphs):
        if not _QUESTION.match(question.text(text)) or _QUESTION.match(answer.text(text)):
            continue
        if any(answer.start <= head.start < answer.end for head in heads):
            continue
        plan = _first_plan(text, index, answer)
        if plan is not None:
            found.append(plan)
    return found


def _first_plan(text: str, index: TextIndex, paragraph: Span) -> Span | None:
    """The first sentence of a paragraph (after the speaker's label) that states an intent and names a
    line of work, never a result or a statement of what something is."""
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = sentence_head_start(text, sentence)
        words = text[head_start : sentence.end]
        if states_plan(words) and not NOT_A_HEAD.search(words):
            return Span(head_start, index.sentence(head_start).end)
        offset = max(sentence.end + 1, offset + 1)
    return None


def _unstructured_heads(
    text: str, index: TextIndex, paragraphs: list[Span], subjects: list[str], titles: dict[Span, str]
) -> list[Span]:
    """Heads of a section with no paragraph heads (a news item, an interview in running text): its
    sentence heads; failing an enumeration, the region's commitments and its officials' quoted plans;
    the bodies' first sentences; and failing all of those, the first plan its own official reports."""
    heads = [head for paragraph in paragraphs for head in sentence_heads(text, index, paragraph)]
    titles.update({head: head.text(text) for head in heads if is_two_part_lead(text, head)})
    heads += _uncovered(
        index, [head for p in paragraphs for head in document_measures(text, index, p)], heads
    )
    if not any(is_marked(text, head) for head in heads):  # an enumeration is the top level
        commitments = found_commitments(text, index, paragraphs, subjects, heads)
        titles.update(commitments)
        heads += list(commitments)
        quoted = [head for p in paragraphs for head in quoted_commitments(text, index, p, subjects)]
        heads += _uncovered(index, quoted, heads)
    next_steps = _uncovered(
        index, [head for p in paragraphs for head in next_step_plans(text, index, p)], heads
    )
    heads += next_steps
    titles.update({head: predicate_title(head.text(text)) for head in next_steps if head not in titles})
    spoken = [head for p in paragraphs for head in spoken_plans(text, index, p, subjects)]
    heads += _uncovered(index, spoken, heads)
    if len(paragraphs) >= 3:
        parallel = parallel_openings(text, paragraphs)
        bodies = [p for p in paragraphs if is_body(text, p) and not _leads_into_items(text, index, p, heads)]
        firsts = [
            without_frame(text, index.first_sentence(p))
            for p in bodies
            if may_head(text, p, parallel, subjects) and not _leads_a_list(text, index, p, heads)
        ]
        heads += _uncovered(index, firsts, heads)
        in_parallel = [head for head in firsts if opens_in(text, head, parallel)]
        titles.update({head: work_title(head.text(text)) for head in in_parallel})
    reported = [reported_plans(text, index, paragraph, subjects) for paragraph in paragraphs]
    in_turn = [plans[0] for plans in reported if plans]
    answers: dict[Span, str] = {}
    for paragraph in paragraphs:  # officials who answer in turn in running text (a hotline)
        answers.update(answer_plans(text, index, paragraph, subjects))
    titles.update({head: title_of(work) for head, work in answers.items()})
    in_turn = sorted(in_turn + _uncovered(index, list(answers), in_turn), key=lambda span: span.start)
    if len(in_turn) >= 2:  # officials who speak in turn (a press conference): each one's plan
        heads += _uncovered(index, in_turn, heads)
    elif not heads:
        heads += in_turn[:1]
    if not heads:  # a news item that only reports: what its lead says the region does
        heads += lead_action(text, index, paragraphs, subjects)
    return with_next_step_parts(text, index, heads, titles)


def _leads_into_items(text: str, index: TextIndex, paragraph: Span, heads: list[Span]) -> bool:
    """A paragraph whose later sentences hold two or more heads ("冯永刚要求：各部门要认真研判…。要全力
    以赴抓招商…；要加快…"): its first sentence is the lead-in of those items, unless it states a duty
    with a line of work of its own."""
    first = index.first_sentence(paragraph)
    inside = [head for head in heads if first.end <= head.start < paragraph.end]
    if len(inside) < 2 or any(first.start <= head.start < first.end for head in heads):
        return False
    return DUTY.search(text, first.start, first.end) is None  # "新的一年，各乡镇要坚持…" is a task


def _leads_a_list(text: str, index: TextIndex, paragraph: Span, heads: list[Span]) -> bool:
    """A paragraph whose enumeration ("一方面…另一方面…", "一是…") begins after its first sentence: that
    sentence is the list's lead-in ("今年某区将全面落实…战略。一方面，…"), not a policy area of its own."""
    after_first = index.full_sentence(paragraph.start).end
    return any(after_first <= head.start < paragraph.end and _opens_a_list(text, head) for head in heads)


def _opens_a_list(text: str, head: Span) -> bool:
    """A head the text marks as an item of a list (an ordinal, a topic, a series), not a duty that may
    follow a first duty in the paragraph's first sentence ("各乡镇要坚持…。要锚定…。")."""
    opening = head.text(text)
    return is_marked(text, head) and not DUTY.match(opening) and not GRIP_CLAUSE.fullmatch(opening)


def _uncovered(index: TextIndex, found: list[Span], heads: list[Span]) -> list[Span]:
    """The heads found in sentences that none of `heads` is in."""
    covered = {index.full_sentence(head.start).start for head in heads}
    return [head for head in found if index.full_sentence(head.start).start not in covered]


def _priority(
    text: str, index: TextIndex, head: Span, region: str | None, title: str | None, context: str
) -> Priority:
    quote = head.text(text)
    title = title or title_of(quote)
    return Priority(
        region=priority_region(text, index, head, region),
        category=categorize(f"{title}\n{quote}", index.paragraph(head.start).text(text), context),
        title=title,
        quote=quote,
        span=(head.start, head.end),
    )


def _content_paragraphs(text: str, index: TextIndex, start: int, end: int) -> list[Span]:
    """The section's paragraphs without its lead quote and without interview title lines."""
    paragraphs = index.paragraphs(start, end)
    dashed = [paragraph for paragraph in paragraphs if dash_head(text, paragraph) is not None]
    kept = []
    for position, paragraph in enumerate(paragraphs):
        if len(dashed) >= _DASH_SERIES_MIN and paragraph in dashed:
            kept.append(paragraph)  # a work report's highlights, each after its dash ("——综合实力更强。…")
            continue
        following = paragraphs[position + 1].text(text) if position + 1 < len(paragraphs) else ""
        is_title = is_heading_only(paragraph.text(text)) and following.startswith("——")
        if (
            not is_title
            and not _QUESTION.match(paragraph.text(text))
            and "——访" not in paragraph.text(text)
            and (not is_lead_or_heading_line(text, paragraph) or _opens_with_quoted_plan(text, paragraph))
        ):
            kept.append(paragraph)
        elif (rest := _after_lead_quote(text, paragraph)) is not None:
            kept.append(rest)
    return kept


def _opens_with_quoted_plan(text: str, paragraph: Span) -> bool:
    """A news paragraph that opens by quoting the plan of the speaker's own body ("“接下来，我们将在招商
    引资上再发力，…。”王某说，…"): the quotation states the plans, it is no catchword of an interview."""
    content = paragraph.text(text)
    return content.startswith("“") and _QUOTED_PLAN_OPENING.match(content, 1) is not None


def _after_lead_quote(text: str, paragraph: Span) -> Span | None:
    """What a paragraph says after its opening quote and the speaker's frame ("“…。”某区长介绍，今年某区
    将…。一方面，…"): the official goes on to lay out the plans in indirect speech."""
    content = paragraph.text(text)
    if not content.startswith(("“", '"')) or not INTERVIEW_LEAD.search(content):
        return None
    close = text.find("”", paragraph.start, paragraph.end)
    rest = Span(close + 1, paragraph.end)
    frame = LONG_SPEAKER_FRAME.match(rest.text(text))
    quoted_again = rest.text(text)[frame.end() if frame else 0 :].startswith(("“", '"'))
    return rest if close >= 0 and len(rest.text(text)) >= REST_MIN_CHARS and not quoted_again else None


def _structured_heads(text: str, index: TextIndex, paragraphs: list[Span]) -> list[Span]:
    """Enumeration items and glued sub-headings: heads the text marks itself, read in any paragraph."""
    found = []
    for paragraph in paragraphs:
        found += [head for head in sentence_heads(text, index, paragraph) if is_marked(text, head)]
        found += marked_structures(text, index, paragraph)
    return sorted(set(found), key=lambda span: span.start)
