"""The brief's view-model: everything a renderer prints, built once from a list of ArticleSummary.

Renderers (Markdown, HTML, Word, the terminal) only lay this out; every decision about grouping,
ordering, labels and number formatting is made here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pydantic import BaseModel, ConfigDict, Field

from summarizer.brief.english import has_chinese, person_english, quoted, region_english, translate
from summarizer.brief.i18n import COMPARATOR_NAMES, KIND_NAMES, LABELS, STATUS_NAMES, Labels, category_name
from summarizer.brief.numbers import Lang, en_quantity, readable_value, zh_quantity
from summarizer.brief.spans import resolve_span
from summarizer.schema import CATEGORIES, ArticleSummary, Priority, Provenance, Span, Target
from summarizer.schema import enclosing_category as category_at

SOONEST_LIMIT = 10
SHA_PREFIX = 12
OTHER_CATEGORY = "_other"


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class TargetView(View):
    anchor: str = Field(description="The id of its highlight in the HTML: t-<article>-<n>.")
    number: int = Field(description="1-based position in its article's targets.")
    article_index: int
    region: str
    category: str | None = Field(description="The category of the priority whose passage holds it.")
    category_label: str
    metric: str = Field(
        description="In the brief's language: the backend's English, else the glossary's, else the Chinese."
    )
    metric_zh: str
    metric_en: str | None
    metric_untranslated: bool = Field(description="An English brief that shows the Chinese metric.")
    raw: str
    value: float
    value_high: float | None
    unit: str
    value_text: str
    baseline_text: str | None
    comparator: str
    comparator_label: str
    deadline: str | None
    kind: str
    kind_label: str
    quote: str
    span: Span | None
    grounded: bool
    partial: bool


class PriorityView(View):
    anchor: str
    number: int
    article_index: int
    region: str
    category: str
    category_label: str
    title: str = Field(
        description="In the brief's language where the glossary has it, else the Chinese quoted."
    )
    title_zh: str
    summary: str | None
    quote: str
    span: Span | None
    grounded: bool
    partial: bool


class CategoryGroup(View):
    category: str
    label: str
    priorities: list[PriorityView]


class RegionView(View):
    name: str
    anchor: str
    aliases: list[str]
    official: str | None
    position: str | None
    headline: str | None
    article_indexes: list[int]
    partial_sources: list[int] = Field(description="1-based numbers of its sources whose status is not ok.")
    priority_groups: list[CategoryGroup]
    targets: list[TargetView]


class SourceView(View):
    index: int
    article_id: str
    slug: str
    title: str | None
    location: str = Field(description="The URL where known, else the source path.")
    source_path: str
    sha256_prefix: str
    date: str | None
    plan_year: int | None
    status: str
    status_label: str
    error: str | None
    warnings: list[str]
    made_with: str
    headline: str | None
    cleaned_text: str
    priorities: list[PriorityView]
    targets: list[TargetView]

    def items(self) -> list[PriorityView | TargetView]:
        """Priorities, then targets: everything that has a quote in this source."""
        return [*self.priorities, *self.targets]


class ComparisonRow(View):
    region: str
    counts: dict[str, int] = Field(description="Targets per category code (OTHER_CATEGORY for none).")
    total: int
    investment: list[TargetView]
    projects: list[TargetView]
    power: list[TargetView]
    production: list[TargetView]


class Brief(View):
    title: str
    date: str
    lang: Lang
    made_with: list[str]
    sources: list[SourceView]
    regions: list[RegionView]
    comparison: list[ComparisonRow]
    comparison_categories: list[tuple[str, str]] = Field(description="(category code, label) with any count.")
    soonest: list[TargetView]
    has_untranslated_metrics: bool
    has_partial: bool

    @property
    def labels(self) -> Labels:
        return LABELS[self.lang]


def build_brief(
    summaries: Sequence[ArticleSummary],
    *,
    lang: Lang = "zh",
    title: str | None = None,
    date: str | None = None,
    translate: bool = True,
) -> Brief:
    """The view-model of a brief; `date` (ISO) defaults to today and is injectable for stable output.

    An English brief gives the articles' words in English too (`translate`); without it only the labels
    are English (`summarize`'s views)."""
    labels = LABELS[lang] if translate else replace(LABELS[lang], translates=False)
    canonical = region_alias_map(summaries)
    slugs = article_slugs(summaries)
    names = english_names(canonical) if labels.translates else {}
    sources = [
        build_source(ArticleContext(summary, index, slugs[index], canonical, labels, names))
        for index, summary in enumerate(summaries)
    ]
    regions = build_regions(summaries, sources, canonical, labels)
    all_targets = [target for source in sources for target in source.targets]
    return Brief(
        title=title or labels.default_title,
        date=date or dt.date.today().isoformat(),
        lang=lang,
        made_with=list(dict.fromkeys(source.made_with for source in sources)),
        sources=sources,
        regions=regions,
        comparison=[comparison_row(region) for region in regions if region.targets],
        comparison_categories=present_categories(all_targets, labels),
        soonest=soonest_targets(all_targets),
        has_untranslated_metrics=any(target.metric_untranslated for target in all_targets),
        has_partial=any(source.status != "ok" for source in sources),
    )


def region_alias_map(summaries: Sequence[ArticleSummary]) -> dict[str, str]:
    """Every region name and alias → the region's full name, across all articles (first one wins)."""
    canonical: dict[str, str] = {}
    for summary in summaries:
        for region in summary.regions:
            canonical.setdefault(region.name, region.name)
    for summary in summaries:
        for region in summary.regions:
            for alias in region.aliases:
                canonical.setdefault(alias, region.name)
    return canonical


def region_name(name: str | None, canonical: dict[str, str], labels: Labels) -> str:
    """The region's full name, in English (romanized) in an English brief."""
    if not name:
        return labels.region_unstated
    full = canonical.get(name, name)
    return region_english(full) if labels.translates else full


def english_names(canonical: dict[str, str]) -> dict[str, str]:
    """Every region name and alias of the articles → its English, longest first for the glossary."""
    return {name: region_english(name) for name in sorted(canonical, key=len, reverse=True)}


def in_english(text: str | None, labels: Labels, names: dict[str, str]) -> str | None:
    """A Chinese title, position or phrase in an English brief: the glossary's English, else the Chinese
    in quotes (the source's words); unchanged where the brief does not translate."""
    if text is None or not labels.translates or not has_chinese(text):
        return text
    return translate(text, names) or quoted(text)


def article_slugs(summaries: Sequence[ArticleSummary]) -> list[str]:
    """An id-safe, unique slug per article, from its article_id."""
    slugs: list[str] = []
    for index, summary in enumerate(summaries):
        slug = re.sub(r"[^A-Za-z0-9_-]+", "_", summary.article_id).strip("_") or f"a{index + 1}"
        slugs.append(f"{slug}-{index + 1}" if slug in slugs else slug)
    return slugs


def describe_provenance(provenance: Provenance, labels: Labels) -> str:
    """How a summary was made, stated plainly: "offline rules backend (code 0.1.0)", "LLM gpt-4o-mini, …"."""
    separator = "，" if labels.lang == "zh" else ", "
    code = f"{labels.code} {provenance.code_version}"
    if provenance.backend == "rules":
        return f"{labels.rules_backend}{separator}{code}"
    if provenance.backend != "llm":
        return f"{provenance.backend} {labels.other_backend}{separator}{code}"
    parts = [f"{labels.llm_backend} {provenance.model or '?'}"]
    if provenance.prompt_id:
        sha = f" (sha256 {provenance.prompt_sha256[:8]})" if provenance.prompt_sha256 else ""
        parts.append(f"{labels.prompt} {provenance.prompt_id}{sha}")
    if provenance.mode:
        parts.append(f"{labels.mode} {provenance.mode}")
    parts.append(code)
    return separator.join(parts)


@dataclass(frozen=True)
class ArticleContext:
    """What every item of one article needs to become a view."""

    summary: ArticleSummary
    index: int
    slug: str
    canonical: dict[str, str]
    labels: Labels
    names: dict[str, str]
    """Region names and aliases → English (empty in a Chinese brief), for the glossary's longest match."""

    @property
    def partial(self) -> bool:
        return self.summary.status != "ok"


def build_source(context: ArticleContext) -> SourceView:
    summary, labels = context.summary, context.labels
    priorities = [
        priority_view(context, number, item) for number, item in enumerate(summary.priorities, start=1)
    ]
    targets = [
        target_view(context, number, item, priorities) for number, item in enumerate(summary.targets, start=1)
    ]
    return SourceView(
        index=context.index + 1,
        article_id=summary.article_id,
        slug=context.slug,
        title=quoted(summary.title) if labels.translates and summary.title else summary.title,
        location=summary.url or summary.source_path,
        source_path=summary.source_path,
        sha256_prefix=summary.sha256[:SHA_PREFIX],
        date=summary.date,
        plan_year=summary.plan_year,
        status=summary.status,
        status_label=STATUS_NAMES[labels.lang][summary.status],
        error=summary.error,
        warnings=list(summary.warnings),
        made_with=describe_provenance(summary.provenance, labels),
        headline=in_english(summary.headline, labels, context.names),
        cleaned_text=summary.cleaned_text,
        priorities=priorities,
        targets=targets,
    )


def priority_view(context: ArticleContext, number: int, priority: Priority) -> PriorityView:
    span, grounded = resolve_span(context.summary.cleaned_text, priority.span, priority.quote)
    return PriorityView(
        anchor=f"p-{context.slug}-{number}",
        number=number,
        article_index=context.index,
        region=region_name(priority.region, context.canonical, context.labels),
        category=priority.category,
        category_label=category_name(priority.category, context.labels.lang),
        title=in_english(priority.title, context.labels, context.names) or priority.title,
        title_zh=priority.title,
        summary=in_english(priority.summary, context.labels, context.names),
        quote=priority.quote,
        span=span,
        grounded=grounded,
        partial=context.partial,
    )


def target_view(
    context: ArticleContext, number: int, target: Target, priorities: list[PriorityView]
) -> TargetView:
    lang = context.labels.lang
    span, grounded = resolve_span(context.summary.cleaned_text, target.span, target.quote)
    region = region_name(target.region, context.canonical, context.labels)
    category = enclosing_category(span, region, priorities)
    baseline = None if target.baseline is None else quantity_text(target.baseline, target.unit, lang)
    translates = context.labels.translates
    metric = (
        english_metric(target, context.names) if translates else target.metric_en if lang == "en" else None
    )
    return TargetView(
        anchor=f"t-{context.slug}-{number}",
        number=number,
        article_index=context.index,
        region=region,
        category=category,
        category_label=category_name(category, lang),
        metric=metric or target.metric,
        metric_zh=target.metric,
        metric_en=target.metric_en,
        metric_untranslated=lang == "en" and not metric,
        raw=quoted(target.raw) if translates and has_chinese(target.raw) else target.raw,
        value=target.value,
        value_high=target.value_high,
        unit=target.unit,
        value_text=(
            en_quantity(target.value, target.value_high, target.unit)
            if translates  # the Chinese as written is beside it, in quotes
            else readable_value(target.value, target.value_high, target.unit, lang)
        ),
        baseline_text=baseline,
        comparator=target.comparator,
        comparator_label=COMPARATOR_NAMES[lang][target.comparator],
        deadline=target.deadline,
        kind=target.kind,
        kind_label=KIND_NAMES[lang][target.kind],
        quote=target.quote,
        span=span,
        grounded=grounded,
        partial=context.partial,
    )


def english_metric(target: Target, names: dict[str, str]) -> str | None:
    """The backend's English name of a metric, else the glossary's (longest match); None when neither."""
    return target.metric_en or translate(target.metric, names)


def quantity_text(value: float, unit: str, lang: Lang) -> str:
    return zh_quantity(value, None, unit) if lang == "zh" else en_quantity(value, None, unit)


def enclosing_category(span: Span | None, region: str, priorities: list[PriorityView]) -> str | None:
    """The category of the last priority of the same region that starts at or before the target."""
    if span is None:
        return None
    placed = (
        (priority.region, priority.span[0], priority.category) for priority in priorities if priority.span
    )
    return category_at(span[0], region, placed)


def build_regions(
    summaries: Sequence[ArticleSummary], sources: list[SourceView], canonical: dict[str, str], labels: Labels
) -> list[RegionView]:
    """One view per region across all articles, in order of first appearance."""
    order: list[str] = []
    for summary, source in zip(summaries, sources, strict=True):
        names = [region_name(region.name, canonical, labels) for region in summary.regions]
        names += [item.region for item in source.items()]
        order.extend(name for name in names if name not in order)
    return [
        region_view(name, position, summaries, sources, canonical, labels)
        for position, name in enumerate(order, start=1)
    ]


def region_view(
    name: str,
    position: int,
    summaries: Sequence[ArticleSummary],
    sources: list[SourceView],
    canonical: dict[str, str],
    labels: Labels,
) -> RegionView:
    declared = [
        (index, region)
        for index, summary in enumerate(summaries)
        for region in summary.regions
        if region_name(region.name, canonical, labels) == name
    ]
    priorities = [item for source in sources for item in source.priorities if item.region == name]
    targets = [item for source in sources for item in source.targets if item.region == name]
    used = {item.article_index for item in priorities} | {item.article_index for item in targets}
    indexes = sorted({index for index, _ in declared} | used)
    regions = [region for _, region in declared]
    aliases = list(dict.fromkeys(alias for region in regions for alias in region.aliases))
    official = next((region.official for region in regions if region.official), None)
    post = next((region.position for region in regions if region.position), None)
    headline = next((region.headline for region in regions if region.headline), None)
    if labels.translates:
        names = english_names({region.name: region.name for region in regions} | dict.fromkeys(aliases, ""))
        chinese = [quoted(region.name) for region in regions[:1]]
        aliases = list(dict.fromkeys([*chinese, *(region_english(alias) for alias in aliases)]))
        official = official and person_english(official)
        post, headline = in_english(post, labels, names), in_english(headline, labels, names)
    return RegionView(
        name=name,
        anchor=f"r-{position}",
        aliases=aliases,
        official=official,
        position=post,
        headline=headline,
        article_indexes=indexes,
        partial_sources=[index + 1 for index in indexes if sources[index].status != "ok"],
        priority_groups=group_by_category(priorities, labels),
        targets=targets,
    )


def group_by_category(priorities: list[PriorityView], labels: Labels) -> list[CategoryGroup]:
    """Priorities grouped by category, the groups in the schema's category order."""
    return [
        CategoryGroup(
            category=category,
            label=category_name(category, labels.lang),
            priorities=[item for item in priorities if item.category == category],
        )
        for category in CATEGORIES
        if any(item.category == category for item in priorities)
    ]


def comparison_theme(target: TargetView) -> str | None:
    """Which side-by-side column a target belongs to: investment, projects, power or production."""
    if target.unit == "元" and "投资" in target.metric_zh:
        return "investment"
    if target.unit in ("个", "项") and "项目" in target.metric_zh:
        return "projects"
    if target.unit == "千瓦":
        return "power"
    if target.unit == "吨" and any(word in target.metric_zh for word in ("产能", "年产", "产量")):
        return "production"
    return None


def comparison_row(region: RegionView) -> ComparisonRow:
    counts: dict[str, int] = {}
    for target in region.targets:
        key = target.category or OTHER_CATEGORY
        counts[key] = counts.get(key, 0) + 1
    themed = {
        theme: [t for t in region.targets if comparison_theme(t) == theme]
        for theme in ("investment", "projects", "power", "production")
    }
    return ComparisonRow(region=region.name, counts=counts, total=len(region.targets), **themed)


def present_categories(targets: list[TargetView], labels: Labels) -> list[tuple[str, str]]:
    """(code, label) of every category some target falls in, in schema order, "other" last."""
    used = {target.category or OTHER_CATEGORY for target in targets}
    present = [(code, category_name(code, labels.lang)) for code in CATEGORIES if code in used]
    if OTHER_CATEGORY in used:
        present.append((OTHER_CATEGORY, labels.uncategorized))
    return present


def deadline_key(deadline: str | None) -> tuple[int, int] | None:
    """(due year, start year) of a deadline such as "2024" or "2024-2025"; None if it names no year."""
    years = [int(year) for year in re.findall(r"(?:19|20)\d{2}", deadline or "")]
    if not years:
        return None
    return (max(years), min(years))


def soonest_targets(targets: list[TargetView], limit: int = SOONEST_LIMIT) -> list[TargetView]:
    """The targets with the earliest deadlines, in brief order among equals."""
    dated = [
        (key, position, target)
        for position, target in enumerate(targets)
        if (key := deadline_key(target.deadline)) is not None
    ]
    dated.sort(key=lambda item: (item[0], item[1]))
    return [target for _, _, target in dated[:limit]]
