"""The register of a text and of its sentences: a news item or not; a duty of a plan ("新建高标准农田850万亩")
or a description of what is."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.extract.rules.tables import (
    NEWS_PAGE_DEBRIS,
    NEWS_SIGNAL_PATTERNS,
    NEWS_SIGNALS,
    PLAN_LIST_SHARE,
    PLAN_REGISTER_ADVERBS,
    PLAN_REGISTER_VERBS,
    REGION_SUBJECTS,
)
from summarizer.extract.rules.text import Span, TextIndex
from summarizer.text import LazyPattern

_LEAD = LazyPattern(
    r"(?:[“”\"‘’「」\s]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]、|\d{1,2}[、.．]"
    r"|[一二三四五六七八九十]是[,，]?|第[一二三四五六七八九十][,，、]|其[一二三四五六七八九十][,，]"
    r"|(?:同时|此外|另外|其中|与此同时|并|还|也|再)[,，]?|在?[^,，。“”]{1,10}(?:方面|上)[,，]"
    r"|(?:据悉|据介绍|据了解|记者了解到|记者获悉)[,，]|[^,，。“”（()）]{0,16}(?:讯|日电)(?:[（(][^）)]{0,30}[）)])?"
    r"|[^,，。“”]{1,16}?(?:说|表示|介绍|指出|强调|提出|明确)[,，:：])+"
)
"""What may come before a sentence's first word: quotation marks, a list ordinal ("一是", "（二）"), a
connective ("同时，"), a field ("公路方面，"), an attribution or a byline ("据介绍，", "某市日报讯(记者…)"),
a speaker's frame ("李明表示，")."""
_REGION_SUBJECT = LazyPattern(rf"(?:{'|'.join(REGION_SUBJECTS)})")
_PLAN_OPENING = LazyPattern(
    rf"(?:要|需要?|必须|应当?)?(?:{'|'.join(PLAN_REGISTER_ADVERBS)})*"
    rf"(?:{'|'.join(PLAN_REGISTER_VERBS)})(?![了的成过着])"
)
"""A duty's first words: "大力推进…", "新建…" (but not "新建成的公园", "建成的…": a thing described)."""


def in_plan_register(text: str, span: Span) -> bool:
    """A sentence or clause that opens on a duty with no subject, or with the region as its subject
    ("全县实施重点项目50个"): the register of a plan."""
    position = span.start
    lead = _LEAD.match(text, position, span.end)
    if lead is not None:
        position = lead.end()
    subject = _REGION_SUBJECT.match(text, position, span.end)
    if subject is not None:
        position = subject.end()
    return _PLAN_OPENING.match(text, position, span.end) is not None


def in_plan_list(text: str, index: TextIndex, paragraph: Span) -> bool:
    """A paragraph most of whose sentences are duties of a plan (a work report's section, an interview's
    list of tasks): its unmarked figures are planned, whatever the register of their own sentence. Asked
    for every unmarked figure (of the whole text too), so each answer is kept in the index."""
    key = ("plan list", paragraph.start, paragraph.end)
    if key not in index.span_facts:
        index.span_facts[key] = _in_plan_list(text, index, paragraph)
    return index.span_facts[key]


def _in_plan_list(text: str, index: TextIndex, paragraph: Span) -> bool:
    sentences = [sentence for sentence in index.sentences_in(paragraph) if sentence.end > sentence.start]
    duties = sum(in_plan_register(text, sentence) for sentence in sentences)
    return bool(sentences) and duties >= PLAN_LIST_SHARE * len(sentences)


_NEWS_SIGNAL_SHAPES = LazyPattern("|".join(NEWS_SIGNAL_PATTERNS))


def reads_as_news(text: str, removed: Sequence[str] = ()) -> bool:
    """A text with a news item's lead or attribution ("记者近日从…获悉", "中新网…日电"), one scraped from a
    news page (cleaning took out its crawl's body label, "23-08-11 05:30，正文："), or one that tells what
    happened on a dated day ("8月3日至8月6日，某支队共出动…"; a report's plan names years and months, not
    days): its unmarked figures describe, unless a plan's register or a frame sets them ahead (a report's
    plan never says so)."""
    scraped_news = any(line.startswith(NEWS_PAGE_DEBRIS) for line in removed)
    signals = any(signal in text for signal in NEWS_SIGNALS)
    return scraped_news or signals or _NEWS_SIGNAL_SHAPES.search(text) is not None
