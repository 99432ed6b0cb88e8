"""The brief as Markdown (GitHub tables); its region blocks also serve `summarize --format md`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.brief.fields import (
    brief_metric,
    official_text,
    partial_region_text,
    side_by_side_header,
    soonest_header,
    source_notes,
    sources_header,
    status_text,
    target_number,
    targets_header,
    themed_item,
    value_with_baseline,
)
from summarizer.brief.i18n import Labels
from summarizer.brief.model import Brief, ComparisonRow, PriorityView, RegionView, SourceView, TargetView
from summarizer.text import markdown_inline

MetricText = Callable[[TargetView], str]


def cell(text: str | None, labels: Labels) -> str:
    """Untrusted text as inert Markdown for a table cell, list item or heading (text.markdown_inline):
    one line, no HTML, no link, no emphasis, pipes escaped."""
    return markdown_inline(text or "") or labels.none


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def quote_text(quote: str, grounded: bool, labels: Labels) -> str:
    text = f"“{quote}”"
    return text if grounded else f"{text} ⚠ {labels.not_found}"


def partial_mark(partial: bool, labels: Labels) -> str:
    return f" ⚠ {labels.partial_item}" if partial else ""


def render_brief_markdown(brief: Brief) -> str:
    """The whole brief: header, sources and warnings, regions, comparison, targets due soonest."""
    labels = brief.labels
    lines = [f"# {cell(brief.title, labels)}", "", f"- **{labels.date}:** {cell(brief.date, labels)}"]
    lines += [f"- **{labels.made_with}:** {cell(made_with, labels)}" for made_with in brief.made_with]
    lines += ["", *sources_lines(brief.sources, labels, level=2), f"## {labels.regions}", ""]
    if not brief.regions:
        lines += [labels.no_regions, ""]
    for region in brief.regions:
        lines += region_lines(region, labels, level=3, metric_text=brief_metric)
    if brief.has_untranslated_metrics:
        lines += [labels.metric_note, ""]
    lines += comparison_lines(brief, labels)
    lines += soonest_lines(brief, labels)
    return "\n".join(lines).rstrip("\n") + "\n"


def sources_lines(sources: Sequence[SourceView], labels: Labels, level: int) -> list[str]:
    """The sources table, then every error and warning, never hidden."""
    hashes = "#" * level
    rows = [
        [
            str(source.index),
            cell(source.title, labels),
            cell(source.location, labels),
            f"`{source.sha256_prefix}`",
            cell(source.date, labels),
            status_text(source),
        ]
        for source in sources
    ]
    lines = [f"{hashes} {labels.sources}", "", *table(sources_header(labels), rows), ""]
    notes = [(source, note) for source in sources for note in source_notes(source)]
    if notes:
        lines += [f"{hashes}# {labels.warnings}", ""]
        lines += [f"- ⚠ [{source.index}] {cell(note, labels)}" for source, note in notes]
        lines.append("")
    return lines


def region_lines(region: RegionView, labels: Labels, level: int, metric_text: MetricText) -> list[str]:
    """One region: official and position, headline, priorities by category, targets table."""
    hashes = "#" * level
    lines = [f"{hashes} {cell(region.name, labels)}", ""]
    facts = region_facts(region, labels)
    if facts:
        lines += [*facts, ""]
    lines += [f"{hashes}# {labels.priorities}", ""]
    lines += priority_lines(region, labels) or [labels.no_priorities]
    lines += ["", f"{hashes}# {labels.targets}", ""]
    if region.targets:
        rows = [target_row(target, labels, metric_text) for target in region.targets]
        lines += table(targets_header(labels), rows)
    else:
        lines.append(labels.no_targets)
    return [*lines, ""]


def region_facts(region: RegionView, labels: Labels) -> list[str]:
    facts = []
    if region.official or region.position:
        facts.append(f"- **{labels.official}:** {cell(official_text(region), labels)}")
    if region.aliases:
        facts.append(f"- **{labels.aliases}:** {cell(labels.list_separator.join(region.aliases), labels)}")
    if region.headline:
        facts.append(f"- **{labels.headline}:** {cell(region.headline, labels)}")
    if region.partial_sources:
        facts.append(f"- ⚠ {partial_region_text(region, labels)}")
    return facts


def priority_lines(region: RegionView, labels: Labels) -> list[str]:
    return [
        f"- **{group.label}:** "
        + labels.clause_separator.join(priority_item(priority, labels) for priority in group.priorities)
        for group in region.priority_groups
    ]


def priority_item(priority: PriorityView, labels: Labels) -> str:
    text = cell(priority.title, labels)
    if priority.quote != priority.title_zh:
        text += " — " + cell(quote_text(priority.quote, priority.grounded, labels), labels)
    elif not priority.grounded:
        text += f" ⚠ {labels.not_found}"
    return text + partial_mark(priority.partial, labels)


def target_row(target: TargetView, labels: Labels, metric_text: MetricText) -> list[str]:
    return [
        target_number(target),
        cell(metric_text(target), labels) + partial_mark(target.partial, labels),
        cell(target.raw, labels),
        cell(value_with_baseline(target, labels), labels),
        cell(target.comparator_label, labels),
        cell(target.deadline, labels),
        cell(target.kind_label, labels),
        cell(quote_text(target.quote, target.grounded, labels), labels),
    ]


def comparison_lines(brief: Brief, labels: Labels) -> list[str]:
    if not brief.comparison:
        return []
    lines = [f"## {labels.comparison}", "", f"### {labels.by_category}", ""]
    header = [labels.region, *(label for _, label in brief.comparison_categories), labels.total]
    rows = [category_counts(row, brief.comparison_categories, labels) for row in brief.comparison]
    lines += [*table(header, rows), "", labels.category_note, "", f"### {labels.side_by_side}", ""]
    lines += [*table(side_by_side_header(labels, brief.lang), side_by_side_rows(brief, labels)), ""]
    return lines


def category_counts(row: ComparisonRow, categories: Sequence[tuple[str, str]], labels: Labels) -> list[str]:
    counts = [str(row.counts[code]) if row.counts.get(code) else "" for code, _ in categories]
    return [cell(row.region, labels), *counts, str(row.total)]


def side_by_side_rows(brief: Brief, labels: Labels) -> list[list[str]]:
    """Regions with any investment, project-count or capacity target, each column in its common unit."""
    separator = "；" if brief.lang == "zh" else "; "
    rows = []
    for row in brief.comparison:
        columns = (row.investment, row.projects, row.power, row.production)
        if any(columns):
            cells = [
                separator.join(cell(themed_item(t, brief.lang), labels) for t in column) for column in columns
            ]
            rows.append([cell(row.region, labels), *cells])
    return rows


def soonest_lines(brief: Brief, labels: Labels) -> list[str]:
    if not brief.soonest:
        return []
    rows = [
        [
            cell(t.deadline, labels),
            cell(t.region, labels),
            cell(brief_metric(t), labels) + partial_mark(t.partial, labels),
            cell(t.value_text, labels),
            cell(quote_text(t.quote, t.grounded, labels), labels),
        ]
        for t in brief.soonest
    ]
    return [f"## {labels.due_soonest}", "", *table(soonest_header(labels), rows), ""]
