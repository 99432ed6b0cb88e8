"""The offline backend: targets, priorities and headlines by rules, with no model and no network."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from summarizer import __version__
from summarizer.config import Settings
from summarizer.extract import Extraction
from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.headlines import regions_with_headlines
from summarizer.extract.rules.priorities import find_priorities
from summarizer.extract.rules.register import reads_as_news
from summarizer.extract.rules.targets import TargetContext, classify_quantities, without_title_repeats
from summarizer.extract.rules.tense import TenseReader
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.prepare import PreparedArticle
from summarizer.ingest.section_model import Section
from summarizer.ingest.sections import named_zones, region_vocabulary
from summarizer.parse.quantities import Quantity, find_quantities
from summarizer.schema import Priority, Provenance, Region, Target


class RulesBackend:
    """Rule-based extraction: the default when no LLM endpoint is configured."""

    name = "rules"
    cpu_bound = True
    """Its work is CPU in this process: a corpus run may spread it over worker processes."""

    def __init__(self, settings: Settings | None = None) -> None:
        """The rules take no settings; the parameter keeps the registry's one constructor call."""

    def provenance(self) -> Provenance:
        return Provenance(backend=self.name, code_version=__version__)

    def extract_many(
        self, articles: Iterable[PreparedArticle]
    ) -> Iterator[tuple[PreparedArticle, Extraction]]:
        for article in articles:
            try:
                yield article, extract_article(article)
            except Exception as exc:  # one article's failure must not end a corpus run
                yield article, Extraction(status="failed", error=f"rules backend failed: {exc!r}")


def extract_article(article: PreparedArticle) -> Extraction:
    """Every region's targets, priorities and headline in one article."""
    started = time.perf_counter()
    text = article.text
    index = TextIndex(text)
    quantities = find_quantities(text)
    tense = TenseReader(text, index, article.plan_year, [section.start for section in article.sections])
    deadlines = DeadlineReader(
        text, index, article.plan_year, article.date, article.document.title, [q.start for q in quantities]
    )
    regions = regions_with_headlines(article, index)
    zones = tuple(named_zones(text))
    places = region_vocabulary(text)
    news = reads_as_news(text, article.cleaned.removed)
    targets: list[Target] = []
    priorities: list[Priority] = []
    for section in article.sections_to_read():
        region_name = section.region.name if section.region else None
        context = TargetContext(
            text=text,
            index=index,
            plan_year=article.plan_year,
            region=region_name,
            tense=tense,
            deadlines=deadlines,
            zones=zones,
            places=places,
            news=news,
        )
        section_targets, _ = classify_quantities(quantities_in(quantities, section), context)
        targets.extend(section_targets)
        aliases = tuple(section.region.aliases) if section.region else ()
        priorities.extend(find_priorities(text, index, section.start, section.end, region_name, aliases))
    targets = without_title_repeats(targets, text, index)
    regions.extend(_higher_regions([*targets, *priorities], regions, zones))
    return Extraction(
        regions=regions,
        headline=next((region.headline for region in regions if region.headline), None),
        headline_extractive=True,
        priorities=priorities,
        targets=targets,
        warnings=[] if targets else ["no targets found by the offline rules"],
        seconds=time.perf_counter() - started,
    )


def quantities_in(quantities: list[Quantity], section: Section) -> list[Quantity]:
    return [quantity for quantity in quantities if section.start <= quantity.start < section.end]


def _higher_regions(
    items: list[Target | Priority], regions: list[Region], zones: tuple[Region, ...]
) -> list[Region]:
    """Regions that only targets or priorities name: a higher level they quote (呼和浩特市 for
    "首府…目标"), a zone whose own targets they are (with its aliases)."""
    known = {region.name for region in regions}
    by_name = {zone.name: zone for zone in zones}
    extra: list[Region] = []
    for item in items:
        if item.region and item.region not in known:
            known.add(item.region)
            extra.append(by_name.get(item.region) or Region(name=item.region))
    return extra
