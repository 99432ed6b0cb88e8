"""The brief as one self-contained HTML file: tables that link to highlights in each article's cleaned text.

No external resource of any kind: inline CSS, one small inline script (click a highlight to pin its
fields; without it, hovering still shows them), system fonts only. All text is escaped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from html import escape
from importlib import resources

from summarizer.brief.fields import (
    brief_metric,
    common_value,
    official_text,
    partial_region_text,
    side_by_side_header,
    soonest_header,
    source_notes,
    sources_header,
    target_number,
    targets_header,
)
from summarizer.brief.i18n import Labels
from summarizer.brief.model import Brief, ComparisonRow, PriorityView, RegionView, SourceView, TargetView
from summarizer.brief.numbers import Lang
from summarizer.brief.spans import Highlight, layout_highlights

HTML_LANG = {"zh": "zh-Hans", "en": "en"}


@cache
def asset(name: str) -> str:
    """A stylesheet or script of the brief, shipped as package data in `brief/assets/`."""
    return resources.files("summarizer.brief").joinpath("assets", name).read_text(encoding="utf-8")


def esc(text: str | None, labels: Labels | None = None) -> str:
    """Escaped text; None or empty shows the labels' dash when labels are given."""
    if not text:
        return escape(labels.none) if labels else ""
    return escape(text, quote=True)


def render_brief_html(brief: Brief) -> str:
    """The whole brief as a standalone HTML document."""
    labels = brief.labels
    body = [
        header_html(brief, labels),
        toc_html(brief, labels),
        sources_html(brief.sources, labels),
        regions_html(brief, labels),
        comparison_html(brief, labels),
        soonest_html(brief, labels),
        source_texts_html(brief.sources, labels),
        f'<aside id="info" class="info" data-back="↑ {esc(labels.back_to_table)}" hidden></aside>',
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{HTML_LANG[brief.lang]}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(brief.title)}</title>\n<style>{asset('brief.css')}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(part for part in body if part)
        + f"\n</main>\n<script>{asset('brief.js')}</script>\n</body>\n</html>\n"
    )


def header_html(brief: Brief, labels: Labels) -> str:
    made_with = "".join(f"<dd>{esc(item)}</dd>" for item in brief.made_with)
    return (
        f'<header class="brief-header"><h1>{esc(brief.title)}</h1><dl class="meta">'
        f"<dt>{esc(labels.date)}</dt><dd>{esc(brief.date)}</dd>"
        f"<dt>{esc(labels.made_with)}</dt>{made_with}</dl></header>"
    )


def toc_html(brief: Brief, labels: Labels) -> str:
    entries = [("sources", labels.sources)]
    entries += [(region.anchor, region.name) for region in brief.regions]
    if brief.comparison:
        entries.append(("comparison", labels.comparison))
    if brief.soonest:
        entries.append(("soonest", labels.due_soonest))
    entries.append(("texts", labels.source_texts))
    links = "".join(f'<li><a href="#{anchor}">{esc(name)}</a></li>' for anchor, name in entries)
    return f'<nav class="toc" aria-label="{esc(labels.contents)}"><ul>{links}</ul></nav>'


def sources_html(sources: Sequence[SourceView], labels: Labels) -> str:
    rows = [
        [
            str(source.index),
            esc(source.title, labels),
            location_html(source),
            f"<code>{esc(source.sha256_prefix)}</code>",
            esc(source.date, labels),
            status_html(source),
        ]
        for source in sources
    ]
    warnings = [
        f'<li><a href="#a-{esc(source.slug)}">[{source.index}]</a> {esc(note)}</li>'
        for source in sources
        for note in source_notes(source)
    ]
    warning_block = (
        f'<div class="warnings"><h3>⚠ {esc(labels.warnings)}</h3><ul>{"".join(warnings)}</ul></div>'
        if warnings
        else ""
    )
    table = table_html(sources_header(labels), rows)
    return f'<section id="sources"><h2>{esc(labels.sources)}</h2>{table}{warning_block}</section>'


def location_html(source: SourceView) -> str:
    # A URL is shown as text, not a link: the brief must open nothing from the network.
    return f'<span class="location">{esc(source.location)}</span>'


def status_html(source: SourceView) -> str:
    return f'<span class="status status-{esc(source.status)}">{esc(source.status_label)}</span>'


def table_html(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    row_ids: Sequence[str] = (),
    row_classes: Sequence[str] = (),
    css_class: str = "",
) -> str:
    """A table of already escaped cells."""
    head = "".join(f"<th>{esc(name)}</th>" for name in header)
    body = []
    for position, row in enumerate(rows):
        row_id = f' id="{row_ids[position]}"' if position < len(row_ids) else ""
        row_class = (
            f' class="{row_classes[position]}"'
            if position < len(row_classes) and row_classes[position]
            else ""
        )
        body.append(f"<tr{row_id}{row_class}>" + "".join(f"<td>{item}</td>" for item in row) + "</tr>")
    class_attribute = f' class="{css_class}"' if css_class else ""
    return f"<table{class_attribute}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def regions_html(brief: Brief, labels: Labels) -> str:
    if not brief.regions:
        return (
            f'<section id="regions"><h2>{esc(labels.regions)}</h2><p>{esc(labels.no_regions)}</p></section>'
        )
    blocks = "".join(region_html(region, labels) for region in brief.regions)
    note = f'<p class="note">{esc(labels.metric_note)}</p>' if brief.has_untranslated_metrics else ""
    return f'<section id="regions"><h2>{esc(labels.regions)}</h2>{blocks}{note}</section>'


def region_html(region: RegionView, labels: Labels) -> str:
    facts = []
    if region.official or region.position:
        facts.append(f"<dt>{esc(labels.official)}</dt><dd>{esc(official_text(region))}</dd>")
    if region.aliases:
        facts.append(
            f"<dt>{esc(labels.aliases)}</dt><dd>{esc(labels.list_separator.join(region.aliases))}</dd>"
        )
    partial = (
        f'<p class="partial-note">⚠ {esc(partial_region_text(region, labels))}</p>'
        if region.partial_sources
        else ""
    )
    headline = f'<blockquote class="headline">{esc(region.headline)}</blockquote>' if region.headline else ""
    targets = (
        targets_table_html(region.targets, labels) if region.targets else f"<p>{esc(labels.no_targets)}</p>"
    )
    return (
        f'<section class="region" id="{region.anchor}"><h3>{esc(region.name)}</h3>'
        f'<dl class="facts">{"".join(facts)}</dl>{partial}{headline}'
        f"<h4>{esc(labels.priorities)}</h4>{priorities_html(region, labels)}"
        f"<h4>{esc(labels.targets)}</h4>{targets}</section>"
    )


def priorities_html(region: RegionView, labels: Labels) -> str:
    if not region.priority_groups:
        return f"<p>{esc(labels.no_priorities)}</p>"
    groups = []
    for group in region.priority_groups:
        items = "".join(f"<li>{priority_item_html(priority, labels)}</li>" for priority in group.priorities)
        name = f'<span class="category-name">{esc(group.label)}</span>'
        groups.append(f'<div class="category">{name}<ul>{items}</ul></div>')
    return f'<div class="priorities">{"".join(groups)}</div>'


def priority_item_html(priority: PriorityView, labels: Labels) -> str:
    title = (
        f'<a href="#{priority.anchor}">{esc(priority.title)}</a>' if priority.span else esc(priority.title)
    )
    quote = "" if priority.quote == priority.title_zh else f' <q class="quote">{esc(priority.quote)}</q>'
    return title + quote + flags_html(priority.partial, priority.grounded, labels)


def flags_html(partial: bool, grounded: bool, labels: Labels) -> str:
    flags = []
    if partial:
        flags.append(f'<span class="flag flag-partial">⚠ {esc(labels.partial_item)}</span>')
    if not grounded:
        flags.append(f'<span class="flag flag-ungrounded">⚠ {esc(labels.not_found)}</span>')
    return "".join(flags)


def targets_table_html(targets: Sequence[TargetView], labels: Labels) -> str:
    rows = [target_cells(target, labels) for target in targets]
    row_ids = [f"row-{target.anchor}" for target in targets]
    classes = [f"kind-{target.kind}" + (" partial" if target.partial else "") for target in targets]
    return table_html(targets_header(labels), rows, row_ids, classes, css_class="targets")


def target_cells(target: TargetView, labels: Labels) -> list[str]:
    number = target_number(target)
    link = f'<a href="#{target.anchor}">{number}</a>' if target.span else number
    value = esc(target.value_text)
    if target.baseline_text:
        value += f'<br><span class="baseline">{esc(labels.baseline)} {esc(target.baseline_text)}</span>'
    quote = (
        f'<a class="quote" href="#{target.anchor}">{esc(target.quote)}</a>'
        if target.span
        else esc(target.quote)
    )
    return [
        link,
        esc(brief_metric(target)) + flags_html(target.partial, True, labels),
        esc(target.raw),
        value,
        esc(target.comparator_label),
        esc(target.deadline, labels),
        f'<span class="kind kind-{esc(target.kind)}">{esc(target.kind_label)}</span>',
        quote + flags_html(False, target.grounded, labels),
    ]


def comparison_html(brief: Brief, labels: Labels) -> str:
    if not brief.comparison:
        return ""
    header = [labels.region, *(label for _, label in brief.comparison_categories), labels.total]
    rows = [count_cells(row, brief.comparison_categories) for row in brief.comparison]
    return (
        f'<section id="comparison"><h2>{esc(labels.comparison)}</h2><h3>{esc(labels.by_category)}</h3>'
        f'{table_html(header, rows, css_class="counts")}<p class="note">{esc(labels.category_note)}</p>'
        f"<h3>{esc(labels.side_by_side)}</h3>{side_by_side_html(brief, labels)}</section>"
    )


def count_cells(row: ComparisonRow, categories: Sequence[tuple[str, str]]) -> list[str]:
    counts = [str(row.counts[code]) if row.counts.get(code) else "" for code, _ in categories]
    return [esc(row.region), *counts, f"<strong>{row.total}</strong>"]


def side_by_side_html(brief: Brief, labels: Labels) -> str:
    rows = []
    for row in brief.comparison:
        columns = (row.investment, row.projects, row.power, row.production)
        if any(columns):
            rows.append([esc(row.region), *(themed_html(column, brief.lang) for column in columns)])
    return table_html(side_by_side_header(labels, brief.lang), rows, css_class="side-by-side")


def themed_html(targets: Sequence[TargetView], lang: Lang) -> str:
    items = "".join(
        f'<li><a href="#row-{target.anchor}">{esc(brief_metric(target))} '
        f'<span class="num">{esc(common_value(target, lang))}</span></a></li>'
        for target in targets
    )
    return f'<ul class="themed">{items}</ul>' if items else ""


def soonest_html(brief: Brief, labels: Labels) -> str:
    if not brief.soonest:
        return ""
    rows = [
        [
            esc(target.deadline),
            esc(target.region),
            f'<a href="#row-{target.anchor}">{esc(brief_metric(target))}</a>'
            + flags_html(target.partial, True, labels),
            esc(target.value_text),
            f'<q class="quote">{esc(target.quote)}</q>',
        ]
        for target in brief.soonest
    ]
    table = table_html(soonest_header(labels), rows)
    return f'<section id="soonest"><h2>{esc(labels.due_soonest)}</h2>{table}</section>'


def source_texts_html(sources: Sequence[SourceView], labels: Labels) -> str:
    articles = "".join(source_text_html(source, labels) for source in sources)
    legend = (
        f'<p class="legend"><mark class="hl hl-target kind-goal">{esc(labels.targets)}</mark> '
        f'<mark class="hl hl-priority">{esc(labels.priorities)}</mark></p>'
    )
    return f'<section id="texts"><h2>{esc(labels.source_texts)}</h2>{legend}{articles}</section>'


def source_text_html(source: SourceView, labels: Labels) -> str:
    title = esc(source.title or source.article_id)
    status = "" if source.status == "ok" else " " + status_html(source)
    text = (
        f'<div class="text">{highlighted_text(source, labels)}</div>'
        if source.cleaned_text
        else f'<p class="note">{esc(labels.no_text)}</p>'
    )
    return (
        f'<article class="source-text" id="a-{esc(source.slug)}"><h3>[{source.index}] {title}{status}</h3>'
        f'<p class="location">{esc(source.location)} · sha256 <code>{esc(source.sha256_prefix)}</code></p>'
        f"{text}</article>"
    )


def highlighted_text(source: SourceView, labels: Labels) -> str:
    """The cleaned text with every target and priority marked at its span (overlaps nested or split)."""
    fields: dict[str, tuple[str, str]] = {}
    highlights: list[Highlight] = []
    for order, item in enumerate(source.items()):
        if item.span is None:
            continue
        highlights.append(Highlight(ref=item.anchor, start=item.span[0], end=item.span[1], order=order))
        fields[item.anchor] = mark_attributes(item, labels)
    return marked_text(source.cleaned_text, highlights, fields)


def marked_text(text: str, highlights: list[Highlight], fields: dict[str, tuple[str, str]]) -> str:
    """`text` escaped, each highlight a <mark> with its (class, escaped attributes) from `fields`; a
    highlight split by an overlap goes on as a "continued" mark with the same fields."""
    parts = []
    for piece in layout_highlights(text, highlights):
        if piece.action == "text":
            parts.append(esc(piece.text))
        elif piece.action == "close":
            parts.append("</mark>")
        elif piece.highlight is not None:
            css_class, attributes = fields[piece.highlight.ref]
            mark_id = f'id="{piece.highlight.ref}" ' if piece.first else ""
            part_class = "" if piece.first else " continued"
            parts.append(f'<mark {mark_id}class="{css_class}{part_class}" {attributes}>')
    return "".join(parts)


def mark_attributes(item: TargetView | PriorityView, labels: Labels) -> tuple[str, str]:
    """(class, escaped attributes) of an item's highlight: its fields for the hover title and click panel."""
    if isinstance(item, TargetView):
        pairs = [
            (labels.region, item.region),
            (labels.metric, brief_metric(item)),
            (labels.raw, item.raw),
            (labels.value, item.value_text),
            (labels.comparator, item.comparator_label),
            (labels.deadline, item.deadline or labels.none),
            (labels.kind, item.kind_label),
        ]
        css_class, kind = f"hl hl-target kind-{item.kind}", item.kind
        row = f"row-{item.anchor}"
    else:
        pairs = [
            (labels.region, item.region),
            (labels.priorities, item.category_label),
            (labels.title, item.title),
        ]
        css_class, kind, row = "hl hl-priority", "priority", ""
    if item.partial:
        pairs.append((labels.status, labels.partial_item))
    title = "\n".join(f"{name}: {value}" for name, value in pairs)
    attributes = (
        f'data-ref="{esc(item.anchor)}" data-kind="{esc(kind)}" data-row="{esc(row)}" '
        f'data-fields="{esc(json.dumps(pairs, ensure_ascii=False))}" title="{esc(title)}"'
    )
    return css_class, attributes
