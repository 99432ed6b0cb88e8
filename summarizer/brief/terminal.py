"""How `summarize` shows summaries: a rich terminal rendering, or the same content as Markdown.

Both are built on the brief's view-model (one article at a time, English labels), so numbers, labels
and partial/warning flags read the same here as in a briefing note.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from summarizer.brief.fields import (
    official_text,
    partial_region_text,
    source_notes,
    status_text,
    target_number,
    value_with_baseline,
)
from summarizer.brief.i18n import Labels
from summarizer.brief.markdown import cell, region_lines
from summarizer.brief.model import Brief, RegionView, SourceView, TargetView, build_brief
from summarizer.schema import ArticleSummary
from summarizer.text import strip_controls

STATUS_STYLES = {"ok": "green", "partial": "bold yellow", "failed": "bold red"}
NARROW_WIDTH = 110
"""Below this many columns targets are listed one block each instead of in a table."""


class TerminalConsole(Console):
    """A rich Console that prints no control character it was given: text from articles, titles, file
    names and gold files could otherwise clear the screen, set the window title or rewrite a line
    (ESC and other C0/C1 controls). Rich's own styling is kept: it travels in styles and control
    segments, not in the text of a segment. Every renderable is drawn through `render`, so this is the
    one place that needs it."""

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterator[Segment]:
        for segment in super().render(renderable, options):
            if segment.control or segment.text.isprintable():
                yield segment
            else:
                yield Segment(strip_controls(segment.text), segment.style)


def terminal_console(**settings: Any) -> Console:
    """The Console for every rich view of the tool (summarize, eval): one that strips controls."""
    return TerminalConsole(**settings)


def article_view(summary: ArticleSummary) -> Brief:
    """One article as a brief view with English labels over its Chinese words (the date is not shown)."""
    return build_brief([summary], lang="en", date="-", translate=False)


def summary_metric(target: TargetView) -> str:
    """The Chinese metric, with the backend's English name when it gave one."""
    return f"{target.metric_zh} ({target.metric_en})" if target.metric_en else target.metric_zh


def render_markdown(summaries: Sequence[ArticleSummary]) -> str:
    """Every summary as Markdown: source, backend, status and warnings, then each region."""
    sections = [article_markdown(article_view(summary)) for summary in summaries]
    return "\n".join(sections).rstrip("\n") + "\n"


def article_markdown(view: Brief) -> str:
    labels = view.labels
    source = view.sources[0]
    lines = [f"## {cell(source.title or source.article_id, labels)}", ""]
    lines.append(f"- **{labels.source}:** {cell(source.location, labels)} (sha256 `{source.sha256_prefix}`)")
    lines += [f"- **{name}:** {cell(value, labels)}" for name, value in article_facts(source, labels)]
    lines.append("")
    notes = source_notes(source)
    if notes:
        lines += [f"### {labels.warnings}", "", *(f"- ⚠ {cell(note, labels)}" for note in notes), ""]
    if not view.regions:
        lines += [labels.no_regions, ""]
    for region in view.regions:
        lines += region_lines(region, labels, level=3, metric_text=summary_metric)
    return "\n".join(lines)


def article_facts(source: SourceView, labels: Labels) -> list[tuple[str, str]]:
    """(name, value) lines about when an article was written and how it was summarized."""
    facts = []
    if source.date:
        facts.append((labels.date, source.date))
    if source.plan_year:
        facts.append((labels.plan_year, str(source.plan_year)))
    facts.append((labels.made_with, source.made_with))
    facts.append((labels.status, status_text(source)))
    return facts


def render_terminal(summaries: Sequence[ArticleSummary], console: Console) -> None:
    """Print every summary for a person at a terminal."""
    for position, summary in enumerate(summaries):
        if position:
            console.print()
        console.print(article_renderable(article_view(summary), narrow=console.width < NARROW_WIDTH))


def article_renderable(view: Brief, narrow: bool = False) -> RenderableType:
    labels = view.labels
    source = view.sources[0]
    title = Text(source.title or source.article_id, style="bold")
    parts: list[RenderableType] = [Rule(title, align="left", style="cyan"), facts_table(source, labels)]
    parts += [Text(f"⚠ {note}", style="yellow") for note in source_notes(source)]
    if not view.regions:
        parts.append(Text(labels.no_regions, style="dim"))
    parts += [region_renderable(region, labels, narrow) for region in view.regions]
    return Group(*parts)


def facts_table(source: SourceView, labels: Labels) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim")
    table.add_column()
    table.add_row(Text(labels.source), Text(f"{source.location} (sha256 {source.sha256_prefix})"))
    for name, value in article_facts(source, labels):
        style = STATUS_STYLES.get(source.status, "") if name == labels.status else ""
        table.add_row(Text(name), Text(value, style=style))
    return table


def region_renderable(region: RegionView, labels: Labels, narrow: bool) -> RenderableType:
    parts: list[RenderableType] = [Text(""), Text(region.name, style="bold magenta")]
    if region.official or region.position:
        parts.append(Text(f"{labels.official}: {official_text(region)}"))
    if region.headline:
        parts.append(Text(f"“{region.headline}”", style="italic"))
    if region.partial_sources:
        parts.append(Text(f"⚠ {partial_region_text(region, labels)}", style="yellow"))
    parts.append(Text(labels.priorities, style="bold"))
    if not region.priority_groups:
        parts.append(Padding(Text(labels.no_priorities, style="dim"), (0, 0, 0, 2)))
    for group in region.priority_groups:
        for priority in group.priorities:
            line = Text.assemble(("• ", "dim"), (f"[{group.label}] ", "cyan"), priority.title)
            parts.append(Padding(line, (0, 0, 0, 2)))
    parts.append(Text(labels.targets, style="bold"))
    if not region.targets:
        parts.append(Padding(Text(labels.no_targets, style="dim"), (0, 0, 0, 2)))
    elif narrow:
        parts += [Padding(target_block(target, labels), (0, 0, 0, 2)) for target in region.targets]
    else:
        parts.append(targets_table(region.targets, labels))
    return Group(*parts)


def metric_text(target: TargetView, labels: Labels) -> Text:
    metric = Text(summary_metric(target))
    if target.partial:
        metric.append(f" ⚠ {labels.partial_item}", style="yellow")
    return metric


def quote_text(target: TargetView, labels: Labels) -> Text:
    quote = Text(f"“{target.quote}”", style="green" if target.grounded else "red")
    if not target.grounded:
        quote.append(f" ⚠ {labels.not_found}", style="red")
    return quote


def target_block(target: TargetView, labels: Labels) -> Text:
    """One target on a narrow screen: number and metric, its fields each with its label on two lines (the
    amount, then comparator, deadline and kind), then its quote."""
    amount = [(labels.raw, target.raw), (labels.value, value_with_baseline(target, labels))]
    terms = [(labels.comparator, target.comparator_label), (labels.deadline, target.deadline or labels.none)]
    terms.append((labels.kind, target.kind_label))
    block = Text.assemble((f"{target_number(target)} ", "dim"), metric_text(target, labels), "\n")
    for fields in (amount, terms):
        for position, (label, value) in enumerate(fields):
            block.append_text(Text.assemble((" · " if position else "", "dim"), (f"{label}: ", "dim"), value))
        block.append("\n")
    return block.append_text(quote_text(target, labels))


def targets_table(targets: Sequence[TargetView], labels: Labels) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for name in (labels.number, labels.metric, labels.raw, labels.value, labels.comparator):
        table.add_column(name, overflow="fold")
    table.add_column(labels.deadline, no_wrap=True)
    table.add_column(labels.kind, no_wrap=True)
    table.add_column(labels.quote, overflow="fold", ratio=1, min_width=16)
    for target in targets:
        metric, quote = metric_text(target, labels), quote_text(target, labels)
        plain = [target.raw, value_with_baseline(target, labels), target.comparator_label]
        tail = [target.deadline or labels.none, target.kind_label]
        table.add_row(Text(target_number(target)), metric, *map(Text, plain), *map(Text, tail), quote)
    return table
