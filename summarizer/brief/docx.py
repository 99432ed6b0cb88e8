"""The brief as a Word document (python-docx, the optional `docx` extra): real headings and real tables."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

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
from summarizer.brief.model import Brief, RegionView, SourceView, TargetView
from summarizer.errors import ConfigError
from summarizer.text import xml_safe

EAST_ASIAN_FONT = "Microsoft YaHei"
TABLE_STYLE = "Table Grid"


def import_docx() -> Any:
    """The python-docx module, or a one-line error that says how to install it."""
    try:
        import docx
    except ImportError:
        raise ConfigError(
            "--format docx needs python-docx, which is not installed: "
            "pip install 'zh-policy-summarizer[docx]' (in a checkout: pip install -e '.[docx]')"
        ) from None
    return docx


def render_brief_docx(brief: Brief) -> bytes:
    """The whole brief as the bytes of a .docx file."""
    docx = import_docx()
    document = docx.Document()
    setup_document(document)
    brief = xml_safe_brief(brief)
    labels = brief.labels
    document.add_heading(brief.title, level=0)
    add_meta(document, brief, labels)
    add_sources(document, brief.sources, labels)
    document.add_heading(labels.regions, level=1)
    if not brief.regions:
        document.add_paragraph(labels.no_regions)
    for region in brief.regions:
        add_region(document, region, labels)
    if brief.has_untranslated_metrics:
        document.add_paragraph(labels.metric_note)
    add_comparison(document, brief, labels)
    add_soonest(document, brief, labels)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xml_safe_brief(brief: Brief) -> Brief:
    """The brief with every text stripped of what XML cannot hold (NUL, ESC and the other controls, lone
    surrogates), which python-docx refuses: one pass over the view-model, so no field is missed."""
    return Brief.model_validate(_map_texts(brief.model_dump(), xml_safe))


def _map_texts(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {key: _map_texts(item, change) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_map_texts(item, change) for item in value)
    return value


def setup_document(document: Any) -> None:
    """Landscape A4 with narrow margins (the targets table is wide) and a CJK font for East Asian text."""
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.6))
    normal = document.styles["Normal"]
    normal.font.size = Pt(10)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def add_meta(document: Any, brief: Brief, labels: Labels) -> None:
    add_field(document, labels.date, brief.date)
    for made_with in brief.made_with:
        add_field(document, labels.made_with, made_with)


def add_field(document: Any, name: str, value: str) -> None:
    """A paragraph "Name: value" with the name in bold."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{name}: ").bold = True
    paragraph.add_run(value)


def add_table(document: Any, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Any:
    """A real Word table with a bold header row that repeats on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table = document.add_table(rows=1, cols=len(header))
    table.style = TABLE_STYLE
    for cell, name in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


def add_sources(document: Any, sources: Sequence[SourceView], labels: Labels) -> None:
    document.add_heading(labels.sources, level=1)
    rows = [
        [
            str(source.index),
            source.title or labels.none,
            source.location,
            source.sha256_prefix,
            source.date or labels.none,
            status_text(source),
        ]
        for source in sources
    ]
    add_table(document, sources_header(labels), rows)
    notes = [(source, note) for source in sources for note in source_notes(source)]
    if notes:
        document.add_heading(labels.warnings, level=2)
        for source, note in notes:
            document.add_paragraph(f"⚠ [{source.index}] {note}", style="List Bullet")


def add_region(document: Any, region: RegionView, labels: Labels) -> None:
    document.add_heading(region.name, level=2)
    if region.official or region.position:
        add_field(document, labels.official, official_text(region))
    if region.aliases:
        add_field(document, labels.aliases, labels.list_separator.join(region.aliases))
    if region.headline:
        add_field(document, labels.headline, region.headline)
    if region.partial_sources:
        document.add_paragraph(f"⚠ {partial_region_text(region, labels)}")
    document.add_heading(labels.priorities, level=3)
    if not region.priority_groups:
        document.add_paragraph(labels.no_priorities)
    for group in region.priority_groups:
        for priority in group.priorities:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{group.label}: ").bold = True
            quote = "" if priority.quote == priority.title_zh else f" — “{priority.quote}”"
            flag = f" ⚠ {labels.partial_item}" if priority.partial else ""
            paragraph.add_run(f"{priority.title}{quote}{flag}")
    document.add_heading(labels.targets, level=3)
    if region.targets:
        add_targets_table(document, region.targets, labels)
    else:
        document.add_paragraph(labels.no_targets)


def add_targets_table(document: Any, targets: Sequence[TargetView], labels: Labels) -> None:
    add_table(document, targets_header(labels), [target_cells(target, labels) for target in targets])


def target_cells(target: TargetView, labels: Labels) -> list[str]:
    metric = brief_metric(target) + (f" ⚠ {labels.partial_item}" if target.partial else "")
    quote = f"“{target.quote}”" + ("" if target.grounded else f" ⚠ {labels.not_found}")
    return [
        target_number(target),
        metric,
        target.raw,
        value_with_baseline(target, labels),
        target.comparator_label,
        target.deadline or labels.none,
        target.kind_label,
        quote,
    ]


def add_comparison(document: Any, brief: Brief, labels: Labels) -> None:
    if not brief.comparison:
        return
    document.add_heading(labels.comparison, level=1)
    document.add_heading(labels.by_category, level=2)
    header = [labels.region, *(label for _, label in brief.comparison_categories), labels.total]
    rows = [
        [
            row.region,
            *(str(row.counts.get(code) or "") for code, _ in brief.comparison_categories),
            str(row.total),
        ]
        for row in brief.comparison
    ]
    add_table(document, header, rows)
    document.add_paragraph(labels.category_note)
    document.add_heading(labels.side_by_side, level=2)
    rows = []
    for row in brief.comparison:
        columns = (row.investment, row.projects, row.power, row.production)
        if any(columns):
            rows.append(
                [row.region, *("\n".join(themed_item(t, brief.lang) for t in column) for column in columns)]
            )
    add_table(document, side_by_side_header(labels, brief.lang), rows)


def add_soonest(document: Any, brief: Brief, labels: Labels) -> None:
    if not brief.soonest:
        return
    document.add_heading(labels.due_soonest, level=1)
    rows = [
        [
            t.deadline or labels.none,
            t.region,
            brief_metric(t) + (f" ⚠ {labels.partial_item}" if t.partial else ""),
            t.value_text,
            f"“{t.quote}”",
        ]
        for t in brief.soonest
    ]
    add_table(document, soonest_header(labels), rows)
