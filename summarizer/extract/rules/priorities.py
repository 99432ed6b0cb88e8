"""Priorities from the text's own structure (guidelines §2), and each region's extractive headline."""

from __future__ import annotations

import re

from summarizer.extract.rules.tables import (
    CATEGORY_KEYWORDS,
    CHAPTER_TITLE_WORDS,
    HEAD_OPENERS,
    NUMBERED_HEAD_PREFIXES,
    ORDINAL_IS,
)
from summarizer.extract.rules.text import Span, TextIndex
from summarizer.ingest.sections import bare_name
from summarizer.schema import CATEGORIES, Category, Priority
from summarizer.text import LazyPattern

# "高正说，托克托县将…", "陈胡日查介绍，…": the speaker's frame before the head proper.
_SPEAKER_FRAME = LazyPattern(
    r"^(?:(?:[^。“”]{0,24}?[,，])?[^,，。“”]{1,12}?(?:说|表示|介绍|指出|强调)[,，:：]"
    r"|[\u4e00-\u9fff]{2,4}[:：](?=\S))"  # an interview's speaker label: "李四：我们将…"
)
# Datelines and descriptions open news paragraphs but are never policy areas.
_NOT_A_HEAD = LazyPattern(
    r"^(?:\d{1,2}月\d{1,2}日|日前|近日|据|[^,，。]{0,12}(?:电|讯)\b|[^,，。]{1,8}(?:地处|位于))"
    r"|^(?:去年|今年以来|近年来|过去|目前|当前|此前|座谈会上|会上|当日|近?[\d一二两三四五六七八九十]+年来)"
    r"|^在[^,，。]{0,24}(?:下|中|里|时间里)[,，]"
    r"|(?:以下|如下|下列)[^。]{0,12}(?:工作|任务|方面)|[\d一二两三四五六七八九十几]+个(?:方面|重点|领域)[^。,，:：]{0,4}(?:[。:：]|$)"
)
"""Datelines, time frames ("20年来", "座谈会上") and lead-ins that announce a list ("主要聚焦三个方面"):
the openings of paragraphs and sentences that are never a policy area themselves."""
_ORDINAL_IN_TEXT = LazyPattern(
    r"(?:^|(?<=[。；;！？:：]))\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][,，]|(?:首先|其次|再次|最后)[,，])"
)
_FIRST_THEN = ("首先", "其次", "再次", "最后")
"""首先…其次…最后: an enumeration only when it starts with 首先 and goes on (最后 alone is narrative)."""
_ORDINAL_PREFIX = LazyPattern(
    r"^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+是(?:始终)?|第[一二三四五六七八九十][,，]"
    r"|(?:首先|其次|再次|最后)[,，])"
)
_GLUED_HEADING = LazyPattern(
    r"(?:开展|实施|推进|加快|打造|深化|强化|推动|提升|做好|抓好|坚持|聚焦|优化|完善|构建|培育|壮大)"
    r"[^,，。；;“”\d]{3,16}(?:行动|工程|工作|建设|体系|环境|产业|改革|发展|服务)$"
)
"""A sub-heading glued into the running text of a news item: a short sentence of its own that names a
line of work ("开展供热设备整治专项行动。")."""
_IN_PARAGRAPH_HEAD = LazyPattern(
    r"^(?:在[^,，。“”]{2,10}方面|在(?:建设|推进|推动|打造|加快|发展|做好|深化)[^,，。“”]{2,12}上[,，]"
    r"|[^,，。“”]{2,8}(?:将|要)?(?:聚焦|深入实施|全力推进|坚定不移|着力|成立))"
)
"""A head inside a paragraph: "在乡村振兴方面，…", "在建设城市新中心上，…" (在 + a line of work + 上),
"康平县聚焦打造…"."""
_CONNECTOR = LazyPattern(r"(?:另外|此外|同时|与此同时|其次|首先|再次|最后|第[一二三四五六七八九十])[,，、]?")
_GLUED_SUBHEADING = LazyPattern(
    r"(?P<heading>[^,，。；;：:、“”()（）\s]{6,24}?)"
    r"(?=在[^,，。“”]{2,10}方面[,，]|(?:上半年|下半年|今年以来|近年来|下一步)[,，]"
    r"|(?P<speaker>[\u4e00-\u9fff]{2,3})(?:表示|介绍|指出)[,，])"
)
"""A news item's sub-heading glued to its paragraph with no punctuation: a short phrase followed directly
by a new sentence's opening ("落地亿元以上项目46个卜世杰表示，…", "…惠及22768户居民在乡村振兴方面，…")."""
_TITLED_NAME = r"(?:长|书记|主任|委员|主席|部长|经理|董事长){name}"
_NOT_A_SUBHEADING = LazyPattern(r"(?:长|书记|主任|记者|委员|主席|代表|负责人|专家|经理|说|表示|介绍|指出)$")
"""A title or a speech verb before a speaker's name: the phrase is the sentence's own subject."""
_AREA_HEAD = LazyPattern(r"^(?:在)?[^,，。“”]{2,10}方面[,，]")
_ARTICLE_HEAD = LazyPattern(r"^持续做好“[^”]{1,8}”(?:发展)?“?[^”]{0,8}”?文章")
_INTERVIEW_LEAD = LazyPattern(r"(?:采访|专访|表示|介绍|说)")
_SUBJECT_WILL = LazyPattern(r"^[^,，。“”]{0,10}?(?:省|市|县|区|旗|盟|州|们)(?:还|也|正|仍|则)?(?:将|要)")
"""A subject and its "将/要" before a head ("托克托县将", "我们要"); never a 要 inside a word (要素)."""
_HEADING_MAX_CHARS = 48
_COMMITMENT = (
    r"[“\"]?(?:下一步|今后|未来|接下来)?(?P<subject>{subjects})(?:还|也|则|仍)?"
    r"(?:将|要|正|全力|着力|致力于|持续|多维度|以此为契机|重点|大力|加快|以)"
)
_INTENT = LazyPattern(r"^(?:还|也|则|仍)?(?:将|要|正|致力于)?")
_LINE_OF_WORK = LazyPattern(
    r"打造|建设|推进|推动|加快|促进|构建|培育|拓展|深化|提升|编制|传承|弘扬|深耕|发展"
)
_DONE = LazyPattern(r"了|已|曾|成为|获批|获评|累计|同比")
"""A clause that reports a result, not a plan: 了, 已, 成为, 获批 …"""


def find_priorities(
    text: str, index: TextIndex, start: int, end: int, region: str | None, aliases: tuple[str, ...] = ()
) -> list[Priority]:
    """The policy areas a section lays out: its paragraph heads, or failing those its sentence heads and
    the plans its region commits to (`aliases`: the other names of the section's region)."""
    paragraphs = _content_paragraphs(text, index, start, end)
    heads = [
        span for span in (head_of(text, index, paragraph) for paragraph in paragraphs) if span is not None
    ]
    titles: dict[Span, str] = {}
    for paragraph in paragraphs:
        titles.update(glued_subheadings(text, index, paragraph))
    structured = _structured_heads(text, index, paragraphs)
    if heads and structured:
        covered = {index.full_sentence(head.start).start for head in heads}
        heads += [head for head in structured if index.full_sentence(head.start).start not in covered]
    if not heads:
        heads = [head for paragraph in paragraphs for head in sentence_heads(text, index, paragraph)]
        if not any(_is_marked(text, head) for head in heads):  # an enumeration is the top level
            commitments = _commitments(text, index, paragraphs, _subjects(region, aliases), heads)
            titles.update(commitments)
            heads += list(commitments)
        if len(paragraphs) >= 3:
            heads += [index.first_sentence(p) for p in paragraphs if _is_body(text, p) and _may_head(text, p)]
    heads = sorted(set(heads), key=lambda span: span.start)
    return [_priority(text, index, head, region, titles.get(head)) for head in heads]


def _priority(
    text: str, index: TextIndex, head: Span, region: str | None, title: str | None = None
) -> Priority:
    quote = head.text(text)
    title = title or title_of(quote)
    return Priority(
        region=region,
        category=categorize(f"{title}\n{quote}", index.paragraph(head.start).text(text)),
        title=title,
        quote=quote,
        span=(head.start, head.end),
    )


def _content_paragraphs(text: str, index: TextIndex, start: int, end: int) -> list[Span]:
    """The section's paragraphs without its lead quote and without interview title lines."""
    paragraphs = index.paragraphs(start, end)
    kept = []
    for position, paragraph in enumerate(paragraphs):
        following = paragraphs[position + 1].text(text) if position + 1 < len(paragraphs) else ""
        is_title = _is_heading_only(paragraph.text(text)) and following.startswith("——")
        if (
            not is_title
            and "——访" not in paragraph.text(text)
            and not _is_lead_or_heading_line(text, paragraph)
        ):
            kept.append(paragraph)
    return kept


def _structured_heads(text: str, index: TextIndex, paragraphs: list[Span]) -> list[Span]:
    """Enumeration items and glued sub-headings: heads the text marks itself, read in any paragraph."""
    found = []
    for paragraph in paragraphs:
        found += [head for head in sentence_heads(text, index, paragraph) if _is_marked(text, head)]
    return found


def _is_marked(text: str, head: Span) -> bool:
    opening = head.text(text)
    return _ORDINAL_IN_TEXT.match(opening) is not None or _GLUED_HEADING.fullmatch(opening) is not None


def sentence_heads(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Heads that open a sentence inside a paragraph: "在乡村振兴方面，…", "康平县聚焦打造…", the items
    of an enumeration ("一是…", "二是…") and sub-headings glued into the running text."""
    heads = list(glued_subheadings(text, index, paragraph))
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = _head_start(text, sentence)
        opening = text[head_start : head_start + 30]
        if _IN_PARAGRAPH_HEAD.match(opening) and not _NOT_A_HEAD.search(index.clause(head_start).text(text)):
            heads.append(Span(head_start, index.sentence(head_start).end))
        elif _GLUED_HEADING.fullmatch(text[head_start : sentence.end]):
            heads.append(Span(head_start, sentence.end))
        offset = max(sentence.end + 1, offset + 1)
    heads += [
        Span(match.end() - len(match.group(0).lstrip()), index.clause(match.end()).end)
        for match in _ordinals(text, paragraph)
        if match.end() < paragraph.end
    ]
    return sorted(set(heads), key=lambda span: span.start)


def _ordinals(text: str, paragraph: Span) -> list[re.Match[str]]:
    """The ordinals that open the items of an enumeration in a paragraph ("一是", "第一，", "首先，")."""
    found = list(_ORDINAL_IN_TEXT.finditer(text, paragraph.start, paragraph.end))
    first_then = [match for match in found if match.group(0).strip().startswith(_FIRST_THEN)]
    words = {match.group(0).strip()[:2] for match in first_then}
    if "首先" not in words or len(words) < 2:
        found = [match for match in found if match not in first_then]
    return found


def _head_start(text: str, sentence: Span) -> int:
    """Where a sentence's head would begin: after the speaker's frame, the close of the previous
    quotation, a glued sub-heading and a connector ("另外，", "同时，")."""
    frame = _SPEAKER_FRAME.match(text[sentence.start : sentence.end])
    head_start = sentence.start + (frame.end() if frame else 0)
    while head_start < sentence.end and text[head_start] in '”’」』" ':
        head_start += 1  # the close of the previous sentence's quotation
    glued = _glued_subheading(text, head_start, sentence.end)
    if glued is not None:
        head_start = glued.end()
    connector = _CONNECTOR.match(text, head_start, sentence.end)
    return connector.end() if connector else head_start


def _glued_subheading(text: str, start: int, end: int) -> re.Match[str] | None:
    match = _GLUED_SUBHEADING.match(text, start, end)
    if match is None or _NOT_A_SUBHEADING.search(match.group("heading")) or _NOT_A_HEAD.match(match.group(0)):
        return None
    speaker = match.group("speaker")
    if speaker and not re.search(_TITLED_NAME.format(name=re.escape(speaker)), text):
        return None  # the words before 表示 are no speaker the article has introduced by title
    return match


def glued_subheadings(text: str, index: TextIndex, paragraph: Span) -> dict[Span, str]:
    """Sub-headings glued to the start of a sentence, each as the head it titles: the sentence from its
    opening on, titled by the sub-heading (an opening "在…方面" keeps its own title)."""
    found: dict[Span, str] = {}
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        match = _glued_subheading(text, sentence.start, sentence.end)
        if match is not None and not text.startswith("在", match.end()):
            found[Span(match.end(), index.sentence(match.end()).end)] = match.group("heading")
        offset = max(sentence.end + 1, offset + 1)
    return found


def _subjects(region: str | None, aliases: tuple[str, ...]) -> list[str]:
    names = [name for name in (region, *aliases, bare_name(region or "")) if name]
    return sorted(set(names), key=len, reverse=True)


def _commitments(
    text: str, index: TextIndex, paragraphs: list[Span], subjects: list[str], heads: list[Span]
) -> dict[Span, str]:
    """The commitment heads of the paragraphs, with their titles, in sentences no other head opens."""
    covered = {index.full_sentence(head.start).start for head in heads}
    found: dict[Span, str] = {}
    for paragraph in paragraphs:
        for head, title in commitment_heads(text, index, paragraph, subjects).items():
            if index.full_sentence(head.start).start not in covered:
                found[head] = title
    return found


def commitment_heads(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> dict[Span, str]:
    """Plans a news item states with its region as the subject: a clause that opens with the region's
    name and a word of intent and names a line of work ("嫩江市致力于传承和弘扬驿站文化", "下一步余杭将
    高标准编制…规划", "安阳全力打造“中华字都”"), up to the end of its sentence; never a result (了, 已).
    Each head with its title: the predicate, without the subject."""
    if not subjects:
        return {}
    opening = re.compile(_COMMITMENT.format(subjects="|".join(map(re.escape, subjects))))
    heads: dict[Span, str] = {}
    clause_start = paragraph.start
    while clause_start < paragraph.end:
        clause = index.clause(clause_start)
        match = opening.match(text, clause.start, clause.end)
        if match is not None:
            sentence = index.full_sentence(clause.start)
            plan = text[match.end() : sentence.end]
            if _LINE_OF_WORK.search(plan) and not _DONE.search(clause.text(text)):
                predicate = _INTENT.sub("", text[match.end("subject") : sentence.end])
                heads[Span(match.start("subject"), sentence.end)] = title_of(predicate)
        clause_start = max(clause.end + 1, clause_start + 1)
    return heads


def _may_head(text: str, paragraph: Span) -> bool:
    return _NOT_A_HEAD.match(paragraph.text(text)) is None


def head_of(text: str, index: TextIndex, paragraph: Span) -> Span | None:
    """The head that opens a paragraph (its first sentence), or None when it opens with none."""
    content = paragraph.text(text)
    if _is_heading_only(content):
        return paragraph
    frame = _SPEAKER_FRAME.match(content)
    offset = paragraph.start + (frame.end() if frame else 0)
    opening = text[offset : offset + 40]
    opening_without_region = _SUBJECT_WILL.sub("", opening)
    is_head = (
        opening.startswith(NUMBERED_HEAD_PREFIXES + ORDINAL_IS + HEAD_OPENERS)
        or _AREA_HEAD.match(opening) is not None
        or _ARTICLE_HEAD.match(opening) is not None
        or opening_without_region.startswith(HEAD_OPENERS)
    )
    sentence = index.sentence(offset)
    if not is_head or _NOT_A_HEAD.search(text[offset : sentence.end]):
        return None  # "我们将聚焦三个方面发力。": a lead-in that announces the list
    return Span(offset, sentence.end)


def _is_heading_only(content: str) -> bool:
    """A short line with no sentence punctuation: a bold section title."""
    if len(content) > _HEADING_MAX_CHARS or any(mark in content for mark in "。;；,，:："):
        return False
    if content.startswith(("——", "访")) or any(word in content for word in CHAPTER_TITLE_WORDS):
        return False
    if _NOT_A_HEAD.search(content):
        return False  # a list lead-in on its own line ("今年要重点做好以下11个方面工作")
    return len(content) >= 6


def _is_lead_or_heading_line(text: str, paragraph: Span) -> bool:
    """The interview's opening quote, a chapter title, or an interview headline: never a priority."""
    content = paragraph.text(text)
    if content.startswith(("“", '"')) and _INTERVIEW_LEAD.search(content):
        return True
    if content.startswith("——") or re.match(r"^[一二三四五六七八九十]+、", content):
        return True
    return any(word in content[:12] for word in CHAPTER_TITLE_WORDS)


def _is_body(text: str, paragraph: Span) -> bool:
    content = paragraph.text(text)
    return len(content) >= 40 and "记者" not in content[:30]


def categorize(head: str, paragraph: str) -> Category:
    """The guidelines' category table applied to the head (title and quote): the category with the most
    keyword hits there; the paragraph only breaks ties, and decides alone when the head has none."""
    best: Category = "industry"
    best_score = (0, 0)
    for category in CATEGORIES:
        keywords = CATEGORY_KEYWORDS[category]  # type: ignore[index]
        score = (sum(head.count(word) for word in keywords), sum(paragraph.count(word) for word in keywords))
        if score > best_score:
            best, best_score = category, score  # type: ignore[assignment]
    return best


TITLE_MAX_CHARS = 30
_FRAMING_CLAUSE = LazyPattern(
    r"[^,，。]{0,8}?(?:以此为契机|以[^,，。]{2,30}为(?:载体|契机|着力点|抓手|引领|牵引|骨架))"
)
"""A clause that only frames the plan that follows ("嫩江市以此为契机", "以…为着力点")."""


def title_of(quote: str) -> str:
    """A short title: the head's first clause, without ordinal, frame or region, never cut mid-word
    (a clause longer than 30 characters ends at its last 、 or 的 before that, else stays whole)."""
    title = _ORDINAL_PREFIX.sub("", quote)
    title = _SPEAKER_FRAME.sub("", title)
    title = _SUBJECT_WILL.sub("", title) or title
    clauses = [clause for clause in re.split(r"[,，;；。]", title) if clause]
    if len(clauses) > 1 and _FRAMING_CLAUSE.fullmatch(clauses[0]):
        clauses = clauses[1:]
    first_clause = clauses[0] if clauses else title
    if len(first_clause) <= TITLE_MAX_CHARS:
        return first_clause
    cut = max(first_clause.rfind(mark, 0, TITLE_MAX_CHARS) for mark in "、的")
    return first_clause[:cut] if cut >= TITLE_MAX_CHARS // 2 else first_clause


def headline_of(text: str, index: TextIndex, start: int, end: int) -> str | None:
    """The leader's lead sentence: the first quoted statement of the section, else its first sentence."""
    for paragraph in index.paragraphs(start, end)[:4]:
        content = paragraph.text(text)
        quoted = re.search(r"“([^”]{12,200})”", content)
        if quoted and _INTERVIEW_LEAD.search(content):
            return quoted.group(1)
    body = [p for p in index.paragraphs(start, end) if _is_body(text, p)]
    return index.first_sentence(body[0]).text(text) if body else None
