"""The heads of a paragraph's sentences, read from the structures the text marks."""

from __future__ import annotations

from summarizer.extract.rules.priorities.clauses import (
    after_lead_frames,
    glued_subheadings,
    in_central_words,
    is_narrative,
    reports_to_date,
    sentence_head_start,
    without_subject,
)
from summarizer.extract.rules.priorities.duties import duties_over_works, duty_clauses, grip_clauses
from summarizer.extract.rules.priorities.parallels import parallel_areas
from summarizer.extract.rules.priorities.series import (
    announced_series,
    campaign_headings,
    counted_lists,
    lists_results,
    marked_structures,
    measure_heads,
    ordinals_in,
    plan_series,
    without_reviewed_series,
    works_from_aspects,
)
from summarizer.extract.rules.priorities.speakers import is_visitor
from summarizer.extract.rules.priorities.titles import title_of
from summarizer.extract.rules.priorities.vocabulary import (
    ATTENDANCE,
    DONE,
    EVENT_NARRATIVE,
    GLUED_HEADING,
    INTENT_WORD,
    IS_A_FACT,
    LAUNCH,
    LONG_SPEAKER_FRAME,
    NOT_A_HEAD,
    OPENING_CLAUSE,
    PLAN_WORK,
    RESULTS_OPENING,
    SERIES_ITEM,
    SPEAKER_FRAME,
    STUDY,
    STUDY_DUTY,
    SUBJECT_INTENT,
    TITLE_LABEL,
    WORK_VERBS,
)
from summarizer.extract.rules.tables import (
    HEAD_OPENERS,
)
from summarizer.extract.rules.text import (
    CLAUSE_OR_SENTENCE_END,
    Span,
    TextIndex,
)
from summarizer.text import LazyPattern

_FULL_SENTENCE_END = LazyPattern(r"[。；;！？]")
_QUESTION_FIRST = LazyPattern(r"[^。；;！]*[？?]")
"""A head whose first sentence is a question the interviewer asks."""
_IN_PARAGRAPH_HEAD = LazyPattern(
    r"^(?:在[^,，。“”]{2,10}方面|在(?:建设|推进|推动|打造|加快|发展|做好|深化)[^,，。“”]{2,12}上[,，]|关于[^,，。“”]{2,10}[,，]"
    r"|[^,，。“”]{2,8}(?:将|要)?(?:聚焦|深入实施|全力推进|坚定不移|着力|(?<!从)成立(?![起于]|以来))"
    r"|在[^,，。“”]{2,14}上下(?:足|真|硬|大)?功夫(?![,，][^,，。]{0,4}在)"
    r"|在[^,，。“”]{2,20}(?:行动|工程|计划)中[,，]|围绕[^,，。“”]{2,8}[,，](?=[^,，。“”]{0,8}?(?:将|要)?(?:"
    + WORK_VERBS
    + r"|启动)))"
)
"""A head inside a paragraph: "在乡村振兴方面，…", "在建设城市新中心上，…" (在 + a line of work + 上),
"关于发展经济，…" (a spokesman's topic), "康平县聚焦打造…", "在培育乡土人才上下功夫，…" (an area to
work at, unless more areas follow in parallel), "在某某推广行动中，…" (one of the named actions of a plan),
"围绕金融支持，某省启动…" (a short topic, then the line of work)."""
_INDICATOR = LazyPattern(r"(?:增长|下降|完成|达到|实现)[^,，。；;\d]{0,10}[\d.]+")
"""An indicator's figure as a result or a level ("增长6.2%", "完成25亿元", "完成固定资产投资35亿元")."""
_WORK_OPENING = LazyPattern(
    r"(?:不断|持续|全面|着力|大力|深入)?(?:推动|推进|加强|加快|建设|打造|实施|深化|提升|促进|构建|培育|抓好|做好)"
)
"""A clause that opens with a line of work ("不断加强政府自身建设", "推动“六个工程”取得标志性成果")."""
_MANY_MEASURES = LazyPattern(r"[^,，。；;“”]{2,12}?多措并举[,，]")
"""A body that takes measures on several fronts ("为加强…，某局多措并举，加快推进…"): the line of work that
follows is the head, without the purpose and the body."""
_PURPOSE = LazyPattern(r"为(?:了)?[^,，。；;“”]{2,20}[,，]")
_PUBLIC_NOTICE = LazyPattern(
    r"[^,，。；;]{0,20}?(?:受益人|申请人|市民|居民|旅客|游客|车主|驾驶员|考生|家长|纳税人|参保人|群众)"
    r"[^,，。；;]{0,4}?(?:须|需要|需|应当|应|必须|可以|可)"
)
"""A notice that tells the public what it must or may do ("居住在某地以外的敬老金受益人须办理在生证明"): the
office's announcement, not a line of its work."""


def predicate_title(quote: str) -> str:
    """The title of a plan whose subject is a long body or project name ("某乡新时代文明实践所还将持续探索…
    模式"): its line of work, without the subject and its 将."""
    intent = SUBJECT_INTENT.match(quote)
    return title_of(quote[intent.end() :] if intent and intent.end() < len(quote) else quote)


def opens_in(text: str, head: Span, parallel: set[str]) -> bool:
    opening = OPENING_CLAUSE.match(head.text(text))
    return opening is not None and opening.group(1) in parallel


def work_title(quote: str) -> str:
    """The title of a head that opens in parallel ("一年来，我们牢记嘱托，推动…取得新成效"): its first
    clause that opens with a line of work, else the usual title."""
    title = title_of(quote)
    if title.startswith(HEAD_OPENERS) or _WORK_OPENING.match(title):
        return title
    clauses = [clause for clause in CLAUSE_OR_SENTENCE_END.split(quote) if clause]
    work = next((clause for clause in clauses[1:] if _WORK_OPENING.match(clause)), None)
    return title_of(work) if work else title


_ASPECT_PART = LazyPattern(r"在[^,，。；;“”]{2,10}方面[,，]")


def _aspects_after(text: str, index: TextIndex, sentence: Span, verb_start: int) -> list[Span]:
    """The later semicolon parts of a sentence that opens on an aspect ("在提升展会能级方面，提出…；在集聚
    市场主体方面，提出…；在凸显产业联动方面，…"), each opening on an aspect of its own: each an item."""
    if not _ASPECT_PART.match(text, verb_start, sentence.end):
        return []
    parts = index.sentences_in(sentence)[1:]
    return [part for part in parts if _ASPECT_PART.match(text, part.start, part.end)]


def sentence_heads(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Heads that open a sentence inside a paragraph: "在乡村振兴方面，…", "康平县聚焦打造…", the items
    of an enumeration ("一是…", "二是…") and sub-headings glued into the running text."""
    ordinals = [match for match in ordinals_in(text, paragraph) if match.end() < paragraph.end]
    if lists_results(text, paragraph, ordinals):
        ordinals = []
    ordinals = without_reviewed_series(text, paragraph, ordinals)
    campaign = campaign_headings(text, index, paragraph)
    if campaign:  # the items inside a campaign's part ("扭住交叉点，…。一方面，…") are its details
        ordinals = [match for match in ordinals if match.start() < campaign[0].start]
    sub_areas = grip_clauses(text, index, paragraph) + duty_clauses(text, index, paragraph)
    if ordinals:  # the duties inside an item ("一是要…。要…；要…。") are sub-areas of the item
        sub_areas = [head for head in sub_areas if head.start < ordinals[0].start()]
    heads = list(glued_subheadings(text, index, paragraph)) + sub_areas
    heads += plan_series(text, index, paragraph) + duties_over_works(text, index, paragraph)
    heads += announced_series(text, index, paragraph) + counted_lists(text, index, paragraph)
    heads += parallel_areas(text, index, paragraph) + measure_heads(text, index, paragraph)
    heads += marked_structures(text, index, paragraph)
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = after_lead_frames(text, sentence_head_start(text, sentence), sentence.end)
        purpose = _PURPOSE.match(text, head_start, sentence.end)
        verb_start = after_lead_frames(text, purpose.end(), sentence.end) if purpose else head_start
        opening = text[verb_start : verb_start + 30]
        measures = _MANY_MEASURES.match(text, verb_start, sentence.end)
        if measures and SERIES_ITEM.match(text, measures.end(), sentence.end):
            heads.append(Span(measures.end(), index.sentence(measures.end()).end))
            offset = max(sentence.end + 1, offset + 1)
            continue
        if works_from_aspects(text, verb_start, sentence.end):
            heads.append(Span(head_start, index.sentence(verb_start).end))
            offset = max(sentence.end + 1, offset + 1)
            continue
        launch = LAUNCH.match(opening) if verb_start > sentence.start else None  # after a lead's frame
        is_head = launch is not None or _IN_PARAGRAPH_HEAD.match(opening) is not None
        if is_head and reports_to_date(text, sentence):
            pass
        elif is_head and not NOT_A_HEAD.search(index.clause(verb_start).text(text)):
            heads.append(Span(head_start, index.sentence(verb_start).end))
            heads += _aspects_after(text, index, sentence, verb_start)
        elif GLUED_HEADING.fullmatch(text[head_start : sentence.end]):
            heads.append(Span(head_start, sentence.end))
        offset = max(sentence.end + 1, offset + 1)
    heads += [
        Span(match.end() - len(match.group(0).lstrip()), index.clause(match.end()).end) for match in ordinals
    ]
    heads = [head for head in heads if not in_central_words(text, index, head)]
    return sorted(set(heads), key=lambda span: span.start)


def may_head(text: str, paragraph: Span, parallel: set[str], subjects: list[str]) -> bool:
    """A paragraph whose first sentence may be a policy area: not a dateline, time frame or list
    lead-in (after the speaker's frame), unless that opening is shared in parallel by the section's
    paragraphs; never a result (获批, 已 …), a statement of what something is (玉林是…基地) or the words
    of a visitor (a speaker whose title names no place of the region: "国资委副主任某某表示，…")."""
    content = paragraph.text(text)
    if TITLE_LABEL.match(content):
        return False  # "原标题：某隧道双幅顺利贯通，…": the page's title, never a speaker's words
    opening = OPENING_CLAUSE.match(content)
    if opening is not None and opening.group(1) in parallel:
        return True
    frame = LONG_SPEAKER_FRAME.match(content) or SPEAKER_FRAME.match(content)
    if frame is not None and is_visitor(frame.group(0), subjects):
        return False
    head = content[frame.end() :] if frame else content
    first_clause = CLAUSE_OR_SENTENCE_END.split(head, maxsplit=1)[0]
    if _PUBLIC_NOTICE.match(first_clause):
        return False
    if DONE.search(first_clause) or IS_A_FACT.search(first_clause) or STUDY.match(without_subject(head)):
        return False
    if RESULTS_OPENING.match(head) is not None:
        return False
    first_sentence = _FULL_SENTENCE_END.split(head, maxsplit=1)[0]
    if is_narrative(first_sentence) or EVENT_NARRATIVE.search(first_clause):
        return False  # the event ("某县隆重举行…签约仪式，这既是…"), its guests, or a past year's review
    if STUDY_DUTY.search(first_clause) or NOT_A_HEAD.search(first_sentence):
        return False
    if _INDICATOR.search(first_sentence) and not INTENT_WORD.search(first_sentence):
        return False  # a period's indicators ("2023年，全县地区生产总值增长6.2%"), no intent
    if ATTENDANCE.search(first_sentence) or _QUESTION_FIRST.match(head):
        return False  # who attended, or a question the interviewer asks
    if not PLAN_WORK.search(first_sentence) and not INTENT_WORD.search(first_sentence):
        return False  # no line of work, no intent ("某市长认真倾听、仔细记录，…表示感谢")
    return NOT_A_HEAD.match(content) is None and NOT_A_HEAD.match(head) is None
