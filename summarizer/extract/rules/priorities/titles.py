"""A priority's category and short title, and a region's extractive headline."""

from __future__ import annotations

import re
from collections.abc import Mapping

from summarizer.extract.rules.priorities.clauses import has_chinese, is_body, without_subject
from summarizer.extract.rules.priorities.vocabulary import (
    FROM_ASPECTS,
    INTERVIEW_LEAD,
    LAUNCH,
    ORDINAL_PREFIX,
    SERIES_ITEM,
    SPEAKER_FRAME,
)
from summarizer.extract.rules.tables import (
    CATEGORY_KEYWORDS,
)
from summarizer.extract.rules.text import (
    CLAUSE_OR_SENTENCE_END,
    TextIndex,
)
from summarizer.memo import per_article
from summarizer.schema import CATEGORIES, Category
from summarizer.text import LazyPattern

_TOPIC = LazyPattern(r"^关于(?=[^,，。“”]{2,10}$)")
"""A spokesman's topic ("关于发展经济，…"): its title is the line of work without 关于."""
_PURPOSE_CLAUSE = LazyPattern(r"为(?:了)?[^,，。；;“”]{2,20}")
"""A purpose clause that opens a head ("为推动重点项目早落地，某市成立…专班"): never its title."""
"""A purpose clause before a head ("为确保今年的供暖质量，某县深入实施…"): part of the head's quote."""


def categorize(head: str, paragraph: str, item: str = "") -> Category:
    """The guidelines' category table applied to the head (title and quote): the category with the most
    keyword hits there; the paragraph only breaks ties. A head with no hit is read in its own item (in
    a paragraph of several heads: "一是要坚定信心，…" beside "二是要…"), then in the paragraph."""
    in_head, in_paragraph = _keyword_hits(head), _keyword_hits(paragraph)
    in_item: Mapping[str, int] = {} if in_head else _keyword_hits(item)
    best: Category = "industry"
    best_score = (0, 0, 0)
    for category in CATEGORIES:
        score = (in_head.get(category, 0), in_item.get(category, 0), in_paragraph.get(category, 0))
        if score > best_score:
            best, best_score = category, score  # type: ignore[assignment]
    return best


@per_article(maxsize=512)
def _keyword_hits(words: str) -> Mapping[str, int]:
    """Keyword hits per category, the longest keyword where two overlap: "产业链" is one hit, not also
    "产业"; "新能源" one, not also "能源". (Kept for the article: the priorities of a paragraph each read
    it.)"""
    hits: dict[str, int] = {}
    for match in _KEYWORD.finditer(words):
        for category in _CATEGORIES_OF[match.group(0)]:
            hits[category] = hits.get(category, 0) + 1
    return hits


def _keyword_categories() -> dict[str, list[str]]:
    """Each category keyword with the categories that list it."""
    categories: dict[str, list[str]] = {}
    for category in CATEGORIES:
        for word in CATEGORY_KEYWORDS[category]:  # type: ignore[index]
            categories.setdefault(word, []).append(category)
    return categories


_CATEGORIES_OF = _keyword_categories()
_KEYWORD = LazyPattern("|".join(map(re.escape, sorted(_CATEGORIES_OF, key=len, reverse=True))))
"""Every category keyword, the longer first, so that one scan finds the longest at each place."""
TITLE_MAX_CHARS = 30
_AIM_CLAUSE = LazyPattern(r"围绕[^,，。]{2,24}")
"""A clause that names the aim or topic the plan after it serves ("围绕打造国家级旅游休闲城市，")."""
_ACTION_TOPIC = LazyPattern(r"(?:同时)?在(?P<action>[^,，。“”]{2,20}(?:行动|工程|计划))中")
"""A named action of a plan as the topic of the clauses after it ("在某某推广行动中，…")."""
_FRAMING_CLAUSE = LazyPattern(
    r"[^,，。]{0,8}?(?:以此为契机|以[^,，。]{2,30}为(?:载体|契机|着力点|抓手|引领|牵引|骨架|核心|基础))"
)
"""A clause that only frames the plan that follows ("嫩江市以此为契机", "以…为着力点")."""
_COMPLIANCE = LazyPattern(r"[^,，。]{0,6}(?:贯彻|落实|按照)[^,，。]{0,30}(?:部署|要求|精神|决策)")
"""A clause that only says the plan follows a higher level ("严格贯彻落实市委、市政府工作安排与部署")."""
_SLOGAN = LazyPattern(r"[\u4e00-\u9fff]{0,4}“[^”]{1,4}”")
"""A one-word slogan before the line of work it stands for ("立足“高”，走好高质量发展道路")."""
_TIME_FRAME = LazyPattern(
    r"(?:过去|近)?[\d一二两三四五六七八九十]*年(?:来|以来)|(?:今年|去年)以来|过去一年|\d{4}年"
    r"|接下来|下一步|今后|未来|今年|明年|新的一年|下半年|同时"
)
"""A time frame that opens a paragraph of a review ("一年来", "近年来", "今年以来") or a plan ("接下来",
"下一步"): a clause of its own, never the title."""
_TAKEN_AS_TASK = LazyPattern(r"[\u4e00-\u9fff]{1,8}?把(?P<task>[^,，。；;]{2,30}?)作为")
"""A subject that takes a line of work as its task ("某省把深入实施…治理作为…的重要内容之一"): the title is
the work it takes on."""


def title_of(quote: str) -> str:
    """A short title: the head's first clause, without ordinal, frame or region, never cut mid-word
    (a clause longer than 30 characters ends at its last 、 or 的 before that, else stays whole)."""
    aspects = FROM_ASPECTS.match(quote)
    work = re.sub(r"^(?:发力|入手|着手|着力)?[,，]", "", quote[aspects.end() :]) if aspects else ""
    if has_chinese(work[:1]):  # "某省从A、B等方面，推动…优化": the work, not its aspects
        return title_of(work)
    launch = LAUNCH.match(quote)
    if launch is not None:  # "某市在某旗12日同时全面启动…": the programme launched, from its verb
        return title_of(quote[launch.end() - 2 :])
    title = ORDINAL_PREFIX.sub("", quote)
    title = SPEAKER_FRAME.sub("", title)
    title = without_subject(title)
    clauses = [clause for clause in CLAUSE_OR_SENTENCE_END.split(title) if clause]
    frames = (_FRAMING_CLAUSE, _TIME_FRAME, _SLOGAN, _COMPLIANCE, _PURPOSE_CLAUSE, _AIM_CLAUSE)
    if len(clauses) > 1 and any(frame.fullmatch(clauses[0]) for frame in frames):
        clauses = clauses[1:]
    action = _ACTION_TOPIC.fullmatch(clauses[0]) if clauses else None
    if action is not None:  # "在某某推广行动中，…": the action is the title
        return action.group("action")
    first_clause = _TOPIC.sub("", without_subject(clauses[0])) if clauses else title
    taken = _TAKEN_AS_TASK.match(first_clause)  # "某省把深入实施…作为…的重要内容": the work it takes on
    if taken and SERIES_ITEM.match(taken.group("task")):
        first_clause = taken.group("task")
    if len(first_clause) <= TITLE_MAX_CHARS:
        return first_clause
    cut = max(first_clause.rfind(mark, 0, TITLE_MAX_CHARS) for mark in "、的")
    return first_clause[:cut] if cut >= TITLE_MAX_CHARS // 2 else first_clause


def headline_of(text: str, index: TextIndex, start: int, end: int) -> str | None:
    """The leader's lead sentence: the first quoted statement of the section, else its first sentence."""
    for paragraph in index.paragraphs(start, end)[:4]:
        content = paragraph.text(text)
        quoted = re.search(r"“([^”]{12,200})”", content)
        if quoted and INTERVIEW_LEAD.search(content):
            return quoted.group(1)
    body = [p for p in index.paragraphs(start, end) if is_body(text, p)]
    return index.first_sentence(body[0]).text(text) if body else None
