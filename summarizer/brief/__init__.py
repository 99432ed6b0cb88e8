"""Briefing notes: a view-model built from summaries, rendered as Markdown, self-contained HTML or Word."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from summarizer.brief.model import Brief, build_brief
from summarizer.brief.numbers import Lang
from summarizer.schema import ArticleSummary

BriefFormat = Literal["md", "html", "docx"]
BRIEF_FORMATS: tuple[BriefFormat, ...] = ("md", "html", "docx")

__all__ = [
    "BRIEF_FORMATS",
    "Brief",
    "BriefFormat",
    "Lang",
    "brief_bytes",
    "build_brief",
    "render_brief",
]


def render_brief(brief: Brief, output_format: BriefFormat) -> bytes:
    """The brief as the bytes of a .md, .html or .docx file."""
    if output_format == "md":
        from summarizer.brief.markdown import render_brief_markdown

        return render_brief_markdown(brief).encode("utf-8")
    if output_format == "html":
        from summarizer.brief.html import render_brief_html

        return render_brief_html(brief).encode("utf-8")
    from summarizer.brief.docx import render_brief_docx

    return render_brief_docx(brief)


def brief_bytes(
    summaries: Sequence[ArticleSummary],
    output_format: BriefFormat,
    *,
    lang: Lang = "zh",
    title: str | None = None,
    date: str | None = None,
) -> bytes:
    """Build and render a brief in one call."""
    return render_brief(build_brief(summaries, lang=lang, title=title, date=date), output_format)
