"""The shared front half of every backend: clean a loaded document and split it into sections."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from summarizer.ingest.clean import INJECTION_NOTE, CleanedText, clean_text, leading_date
from summarizer.ingest.load import Document
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.ingest.section_model import Section
from summarizer.ingest.sections import split_sections
from summarizer.memo import forget_article_caches
from summarizer.schema import Region
from summarizer.text import LazyPattern


class PreparedArticle(BaseModel):
    """A document after cleaning and sectioning: what every backend extracts from."""

    model_config = ConfigDict(frozen=True)

    document: Document
    cleaned: CleanedText
    sections: list[Section]
    plan_year: int | None
    date: str | None = None
    warnings: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.cleaned.text

    def regions(self) -> list[Region]:
        """The distinct regions of the sections, in order of first appearance."""
        seen: dict[str, Region] = {}
        for section in self.sections:
            if section.region is not None and section.region.name not in seen:
                seen[section.region.name] = section.region
        return list(seen.values())

    def named_regions(self) -> list[Region]:
        """Every region the article names (its sections' first, then higher or other levels it mentions,
        such as 呼和浩特市 for "首府", then the zones and parks with an administration of their own, such
        as 福州新区), each once."""
        from summarizer.ingest.sections import find_region_mentions, named_zones  # only the LLM path asks

        known = {region.name: region for region in self.regions()}
        for name, _, _ in find_region_mentions(self.text):
            known.setdefault(name, Region(name=name))
        for zone in named_zones(self.text):
            known.setdefault(zone.name, zone)
        return list(known.values())

    def reads_preface(self) -> bool:
        """Text outside any region's section (a title, an editor's preface) is read only when no
        section has a region: it states no region's plan."""
        return all(section.region is None for section in self.sections)

    def sections_to_read(self) -> list[Section]:
        """The sections both backends extract from (see `reads_preface`)."""
        if self.reads_preface():
            return list(self.sections)
        return [section for section in self.sections if section.region is not None]

    def section_at(self, offset: int) -> Section | None:
        """The section that contains a character offset of the cleaned text."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None


def prepare_article(document: Document) -> PreparedArticle:
    """Clean, section and date one document."""
    forget_article_caches()  # what was kept of the article before
    started = time.perf_counter()
    cleaned = clean_text(document.text)
    cleaned_at = time.perf_counter()
    date = document.date or leading_date(document.text)
    sections = split_sections(cleaned.text)
    plan_year = detect_plan_year(cleaned.text, date, document.title or Path(document.source_path).name)
    done = time.perf_counter()
    return PreparedArticle(
        document=document,
        cleaned=cleaned,
        sections=sections,
        plan_year=plan_year,
        date=date,
        warnings=[*document.warnings, *language_warnings(cleaned.text), *injection_warnings(cleaned)],
        timings={"clean": cleaned_at - started, "sections": done - cleaned_at},
    )


_NOT_CJK_IDEOGRAPHS = LazyPattern("[^\u4e00-\u9fff]+")


LANGUAGE_CHECK_CHUNK_CHARS = 4096


def _chinese_characters(text: str, enough: float) -> int:
    """How many Chinese characters the text holds, counted a chunk at a time and only until there are
    `enough` (a Chinese article has them within its first half): the whole count when there are fewer.
    Each one is a letter (Unicode category Lo); no list is made."""
    counted = 0
    for start in range(0, len(text), LANGUAGE_CHECK_CHUNK_CHARS):
        counted += len(_NOT_CJK_IDEOGRAPHS.sub("", text[start : start + LANGUAGE_CHECK_CHUNK_CHARS]))
        if counted >= enough:
            break
    return counted


def language_warnings(text: str) -> list[str]:
    """A warning when the text is mostly not Chinese: every extractor here expects Chinese."""
    chinese = _chinese_characters(text, 0.3 * len(text))
    if chinese and chinese >= 0.3 * len(text):
        return []  # Chinese enough whatever the other letters (not counted: the slow part)
    letters = sum(map(str.isalpha, text))
    if not letters:
        return ["the text has no letters at all"]
    if chinese / letters < 0.3:
        return [f"the text is mostly not Chinese ({chinese / letters:.0%} Chinese characters); "
                "the extractors expect Chinese policy articles"]  # fmt: skip
    return []


def injection_warnings(cleaned: CleanedText) -> list[str]:
    """Say so when cleaning removed text that instructs a model: the source tried a prompt injection."""
    count = sum(note.startswith(INJECTION_NOTE) for note in cleaned.removed)
    if not count:
        return []
    return [f"removed {count} sentence(s) that instruct a model or carry JSON (possible prompt injection); "
            "see the source"]  # fmt: skip


DUPLICATE_EXAMPLES = 3


@dataclass
class FirstCopies:
    """Which articles are first copies: an article whose cleaned text was seen before is a duplicate,
    counted (with the first few as examples) rather than listed, so a corpus of 100,000 copies reports
    one line. Memory per distinct text: a 16-byte digest and the first copy's path."""

    seen: dict[bytes, str] = field(default_factory=dict)
    count: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)

    def is_first(self, article: PreparedArticle) -> bool:
        """True for the first article with this cleaned text; a later one is counted as a duplicate."""
        return self.is_first_text(text_digest(article.text), article.document.source_path)

    def is_first_text(self, digest: bytes, source_path: str) -> bool:
        """`is_first` for an article known by its cleaned text's `text_digest` (made in another process)."""
        first = self.seen.get(digest)
        if first is None:
            self.seen[digest] = source_path
            return True
        self.count += 1
        if len(self.examples) < DUPLICATE_EXAMPLES:
            self.examples.append((source_path, first))
        return False


def text_digest(text: str) -> bytes:
    """What tells two cleaned texts apart: 16 bytes of their sha256."""
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


def duplicates_line(count: int, examples: list[tuple[str, str]], done: str) -> str | None:
    """One line for all duplicates: how many, and the first few as "copy = first"."""
    if not count:
        return None
    shown = "; ".join(f"{copy} = {first}" for copy, first in examples)
    more = f"; and {count - len(examples):,} more" if count > len(examples) else ""
    return f"Duplicates: {count:,} input(s) had the same text as an earlier one, {done} once ({shown}{more})."
