"""Field texts and table headers shared by every renderer (Markdown, HTML, Word, terminal)."""

from __future__ import annotations

from summarizer.brief.i18n import COMPARATOR_SIGNS, Labels
from summarizer.brief.model import RegionView, SourceView, TargetView
from summarizer.brief.numbers import Lang, common_unit_name, in_common_unit


def brief_metric(target: TargetView) -> str:
    """The metric as a brief shows it: an untranslated one carries the note's asterisk."""
    return f"{target.metric} *" if target.metric_untranslated else target.metric


def official_text(region: RegionView) -> str:
    """ "高正 (县委副书记、县长)", or whichever of the two is known."""
    if region.official and region.position:
        return f"{region.official} ({region.position})"
    return region.official or region.position or ""


def partial_region_text(region: RegionView, labels: Labels) -> str:
    return labels.partial_region.format(sources=", ".join(str(index) for index in region.partial_sources))


def source_notes(source: SourceView) -> list[str]:
    """The error and warnings of a source, in that order."""
    return ([source.error] if source.error else []) + source.warnings


def status_text(source: SourceView) -> str:
    return source.status_label if source.status == "ok" else f"⚠ {source.status_label}"


def target_number(target: TargetView) -> str:
    """ "2.13": the source's number and the target's number in it."""
    return f"{target.article_index + 1}.{target.number}"


def value_with_baseline(target: TargetView, labels: Labels) -> str:
    if not target.baseline_text:
        return target.value_text
    return f"{target.value_text}; {labels.baseline} {target.baseline_text}"


def common_value(target: TargetView, lang: Lang) -> str:
    """A target's value in the comparison's fixed unit, with its comparator sign: "≥85"."""
    return COMPARATOR_SIGNS[target.comparator] + in_common_unit(
        target.value, target.value_high, target.unit, lang
    )


def themed_item(target: TargetView, lang: Lang) -> str:
    """One entry of a side-by-side cell: "重大项目完成投资 ≥85"."""
    return f"{brief_metric(target)} {common_value(target, lang)}"


def sources_header(labels: Labels) -> list[str]:
    return [labels.number, labels.title, labels.source, labels.sha256, labels.date, labels.status]


def targets_header(labels: Labels) -> list[str]:
    return [
        labels.number,
        labels.metric,
        labels.raw,
        labels.value,
        labels.comparator,
        labels.deadline,
        labels.kind,
        labels.quote,
    ]


def side_by_side_header(labels: Labels, lang: Lang) -> list[str]:
    count_unit = "个" if lang == "zh" else "count"
    return [
        labels.region,
        f"{labels.investment} ({common_unit_name('元', lang)})",
        f"{labels.projects} ({count_unit})",
        f"{labels.power} ({common_unit_name('千瓦', lang)})",
        f"{labels.production} ({common_unit_name('吨', lang)})",
    ]


def soonest_header(labels: Labels) -> list[str]:
    return [labels.deadline, labels.region, labels.metric, labels.value, labels.quote]
