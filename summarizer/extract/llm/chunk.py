"""Section-aware chunks of a prepared article, the unit the LLM backend sends to a model.

A chunk never mixes two regions' sections. A region's run of sections is cut at section
boundaries, then paragraphs, then sentences (。！？； with their closing quotes), then clauses,
and only as a last resort at any position outside a number or quantity ("8.5亿元" stays whole).
Every chunk is an exact slice of the cleaned text: `text == cleaned[start:end]`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.text import TextIndex
from summarizer.parse.quantities import find_quantities
from summarizer.schema import Region
from summarizer.text import LazyPattern

if TYPE_CHECKING:
    from summarizer.ingest.prepare import PreparedArticle

DEFAULT_CHUNK_CHARS = 1500

_PARAGRAPH_END = LazyPattern(r"\n+")
_SENTENCE_END = LazyPattern(r"(?:[。！？；!?;]|…+)[”’」』）)》\"']*")
_CLAUSE_END = LazyPattern(r"[，、：,:][”’」』）)》\"']*")
_NUMBER_CHARS = frozenset("0123456789.０１２３４５６７８９．零〇一二三四五六七八九十百千万亿两%％~～×")

Span = tuple[int, int]
CutFinder = Callable[[str, int, int], list[int]]


class Chunk(BaseModel):
    """A slice of an article's cleaned text with the context a model needs to read it alone."""

    model_config = ConfigDict(frozen=True)

    index: int
    start: int
    end: int
    text: str
    region: Region | None = None
    heading: str | None = None
    title: str | None = None
    plan_year: int | None = None
    time_heading: str | None = None
    """The heading or list lead-in above the chunk that names the time governing it ("二、2025年目标任务")."""
    plan_section: bool = False
    """The chunk is part of a work report's plan section: what names no time belongs to the plan year."""

    def header(self) -> str:
        """The context header sent before the chunk: title, region, official, heading, plan year."""
        lines = [f"文章标题：{self.title or '（无）'}"]
        if self.region is not None:
            aliases = f"（又称：{'、'.join(self.region.aliases)}）" if self.region.aliases else ""
            lines.append(f"本片段所属地区：{self.region.name}{aliases}")
            if self.region.official or self.region.position:
                lines.append(
                    f"受访官员：{self.region.official or '（未知）'}，{self.region.position or '（未知）'}"
                )
        else:
            lines.append("本片段所属地区：（未识别）")
        if self.heading:
            lines.append(f"小节标题：{self.heading}")
        lines.append(f"规划年份：{self.plan_year if self.plan_year is not None else '（未知）'}")
        return "\n".join(lines)

    def time_context(self) -> str:
        """The governing time context a prompt may show (guidelines v2, "Deadlines")."""
        lines = [f"所在小节或列表的时间标题：{self.time_heading or '（无）'}"]
        if self.plan_section:
            lines.append("本文是政府工作报告的规划年份部分：未另写时间的目标属于规划年份。")
        return "\n".join(lines)


def chunk_article(article: PreparedArticle, max_chars: int = DEFAULT_CHUNK_CHARS) -> list[Chunk]:
    """The article's chunks in text order, each at most `max_chars` unless one sentence is longer."""
    text = article.text
    deadlines = DeadlineReader(text, TextIndex(text), article.plan_year, article.date, article.document.title)
    chunks: list[Chunk] = []
    for region, section_starts, run_start, run_end in region_runs(article):
        for start, end in split_span(text, run_start, run_end, max_chars, section_starts):
            section = article.section_at(start)
            time_heading = deadlines.governing_heading(start)
            chunks.append(
                Chunk(
                    index=len(chunks),
                    start=start,
                    end=end,
                    text=text[start:end],
                    region=region,
                    heading=section.heading if section is not None else None,
                    title=article.document.title,
                    plan_year=article.plan_year,
                    time_heading=time_heading.text if time_heading is not None else None,
                    plan_section=deadlines.is_plan_report,
                )
            )
    return chunks


def chunks_to_read(article: PreparedArticle, chunk_chars: int) -> list[Chunk]:
    """The article's chunks, its preface left out unless the article reads it (`reads_preface`)."""
    chunks = chunk_article(article, chunk_chars)
    if article.reads_preface():
        return chunks
    return [chunk for chunk in chunks if chunk.region is not None]


def regions_for_chunk(chunk: Chunk, named: Sequence[Region]) -> list[Region]:
    """The regions an answer about a chunk may name: the chunk's own first, then every other region the
    article names (a county chunk may quote its city's target: "按照首府…700亿元")."""
    if chunk.region is None:
        return list(named)
    return [chunk.region, *(region for region in named if region.name != chunk.region.name)]


def region_runs(article: PreparedArticle) -> list[tuple[Region | None, list[int], int, int]]:
    """Runs of consecutive sections with the same region: (region, section starts, start, end).

    Text that no section covers becomes a run without a region, so every character is in a run.
    """
    runs: list[tuple[Region | None, list[int], int, int]] = []
    position = 0
    for section in sorted(article.sections, key=lambda item: item.start):
        start, end = max(section.start, position), section.end
        if end <= start:
            continue
        if start > position:
            runs = _extend_runs(runs, None, position, start)
        runs = _extend_runs(runs, section.region, start, end)
        position = end
    if position < len(article.text):
        runs = _extend_runs(runs, None, position, len(article.text))
    return runs


def _extend_runs(
    runs: list[tuple[Region | None, list[int], int, int]], region: Region | None, start: int, end: int
) -> list[tuple[Region | None, list[int], int, int]]:
    if runs:
        last_region, starts, run_start, run_end = runs[-1]
        if _region_key(last_region) == _region_key(region) and run_end == start:
            return [*runs[:-1], (last_region, [*starts, start], run_start, end)]
    return [*runs, (region, [start], start, end)]


def _region_key(region: Region | None) -> str | None:
    return region.name if region is not None else None


def split_span(
    text: str, start: int, end: int, max_chars: int, section_starts: Sequence[int] = ()
) -> list[Span]:
    """Cut text[start:end] into trimmed pieces of at most `max_chars`, at the coarsest boundaries possible."""
    finders: list[CutFinder] = [
        lambda _text, _start, _end: list(section_starts),
        paragraph_cuts,
        sentence_cuts,
        clause_cuts,
        safe_cuts,
    ]
    return [span for span in _split(text, start, end, max_chars, finders) if span[1] > span[0]]


def _split(text: str, start: int, end: int, max_chars: int, finders: Sequence[CutFinder]) -> list[Span]:
    start, end = _trim(text, start, end)
    if end - start <= max_chars:
        return [(start, end)]
    for level, finder in enumerate(finders):
        cuts = sorted({cut for cut in finder(text, start, end) if start < cut < end})
        if cuts:
            pieces = pack(cuts, start, end, max_chars)
            finer = finders[level + 1 :]
            return [span for piece in pieces for span in _split(text, piece[0], piece[1], max_chars, finer)]
    return [(start, end)]


def pack(cuts: Sequence[int], start: int, end: int, max_chars: int) -> list[Span]:
    """Greedy pieces between `cuts`: each as long as possible within `max_chars` (or one cut long)."""
    pieces: list[Span] = []
    position = start
    candidates = [*cuts, end]
    while position < end:
        fitting = [cut for cut in candidates if position < cut <= position + max_chars]
        following = [cut for cut in candidates if cut > position]
        next_cut = fitting[-1] if fitting else following[0]
        pieces.append((position, next_cut))
        position = next_cut
    return pieces


def paragraph_cuts(text: str, start: int, end: int) -> list[int]:
    """Positions just after each run of line breaks."""
    return [match.end() for match in _PARAGRAPH_END.finditer(text, start, end)]


def sentence_cuts(text: str, start: int, end: int) -> list[int]:
    """Positions just after a sentence end (。！？；…) and its closing quotes."""
    return [match.end() for match in _SENTENCE_END.finditer(text, start, end)]


def clause_cuts(text: str, start: int, end: int) -> list[int]:
    """Positions just after a comma, an enumeration comma or a colon."""
    return [match.end() for match in _CLAUSE_END.finditer(text, start, end)]


def safe_cuts(text: str, start: int, end: int) -> list[int]:
    """Every position that is neither inside a parsed quantity nor between two number characters."""
    inside = {
        position
        for quantity in find_quantities(text[start:end])
        for position in range(start + quantity.start + 1, start + quantity.end)
    }
    return [
        position
        for position in range(start + 1, end)
        if position not in inside
        and not (text[position - 1] in _NUMBER_CHARS and text[position] in _NUMBER_CHARS)
    ]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
