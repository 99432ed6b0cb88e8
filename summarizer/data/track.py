"""The tracking view: a region's targets lined up across articles and years, one row per metric, so that
"2024: 90个以上 → 2025: 100个以上" reads as one line.

A region is known by its shortest name (呼和浩特市托克托县 and 托克托县 are one region, as in the scorer); a
metric by its normalized name (see `metric_key`) and its unit; a target's period is its deadline, else the
year of its article (the article's date, else its plan year), marked with `*`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.data.export import Sheet
from summarizer.data.rows import Row
from summarizer.data.tables import Column, Table
from summarizer.text import LazyPattern, fold

TRACK_COLUMNS = [
    "region",
    "metric",
    "metric_en",
    "unit",
    "deadline",
    "raw",
    "value",
    "article_id",
    "article_title",
    "article_date",
    "plan_year",
    "source",
    "quote",
]
"""The columns of targets_flat the tracking view reads."""

FILLER_WORDS = ("规模", "总量", "累计", "达到")
"""Words that name the same measure with or without them (新能源装机规模 = 新能源装机)."""
UNKNOWN_PERIOD = "?"
ARTICLE_YEAR_MARK = "*"
YEAR = LazyPattern(r"(19|20)\d\d")


@dataclass(frozen=True)
class Entry:
    """One target placed in a period."""

    period: str
    from_article: bool
    raw: str
    value: float
    row: Row


@dataclass
class TrackLine:
    """One metric of one region: its entries by period."""

    region: str
    metric: str
    unit: str
    entries: dict[str, list[Entry]] = field(default_factory=dict)

    def cell(self, period: str) -> str:
        """The quantities of a period as written, each once; `*` marks a period taken from the article."""
        seen: list[str] = []
        for entry in self.entries.get(period, []):
            text = entry.raw + (ARTICLE_YEAR_MARK if entry.from_article else "")
            if text not in seen:
                seen.append(text)
        return " / ".join(seen)


@dataclass
class Tracking:
    periods: list[str]
    lines: list[TrackLine]


def metric_key(metric: str, region: str | None) -> str:
    """The name two articles' targets share when they measure the same thing: NFKC, no spaces, no
    punctuation, no leading region name, no filler words (FILLER_WORDS)."""
    text = fold(metric)
    if region:
        text = text.removeprefix(fold(region))
    text = "".join(character for character in text if unicodedata.category(character)[0] not in "PSZ")
    for word in FILLER_WORDS:
        text = text.replace(word, "")
    return text or fold(metric)


def period_of(row: Row) -> tuple[str, bool]:
    """The target's deadline; else its article's year (from the article's date or plan year), marked."""
    if row.get("deadline"):
        return str(row["deadline"]), False
    dated = YEAR.search(str(row.get("article_date") or ""))
    if dated:
        return dated.group(0), True
    if row.get("plan_year"):
        return str(row["plan_year"]), True
    return UNKNOWN_PERIOD, True


def period_order(period: str) -> tuple[int, str]:
    found = YEAR.search(period)
    return (int(found.group(0)) if found else 9999, period)


def matches(row: Row, region: str | None, metric: str | None) -> bool:
    """A region filter matches a region that contains it or that it contains (托克托县 ~ 呼和浩特市托克托县);
    a metric filter matches a metric (Chinese or English) that contains it."""
    if region:
        name = fold(str(row.get("region") or ""))
        wanted = fold(region)
        if not name or (wanted not in name and name not in wanted):
            return False
    if metric:
        wanted = fold(metric).lower()
        names = (fold(str(row.get("metric") or "")), fold(str(row.get("metric_en") or "")).lower())
        if not any(wanted in name for name in names):
            return False
    return True


def region_names(names: Iterable[str]) -> dict[str, str]:
    """Each region name → the shortest name it ends with (呼和浩特市托克托县 → 托克托县)."""
    known = sorted(set(names), key=len)
    return {name: next(short for short in known if name.endswith(short)) for name in known}


def track_targets(rows: Iterable[Row], region: str | None = None, metric: str | None = None) -> Tracking:
    """Targets of the same region, metric and unit in one line, their quantities by period."""
    wanted = [row for row in rows if row.get("region") and matches(row, region, metric)]
    canonical = region_names(str(row["region"]) for row in wanted)
    lines: dict[tuple[str, str, str], TrackLine] = {}
    for row in sorted(wanted, key=lambda row: str(row.get("article_date") or "")):
        name = canonical[str(row["region"])]
        key = (name, metric_key(str(row["metric"]), name), str(row["unit"]))
        line = lines.setdefault(key, TrackLine(region=key[0], metric=str(row["metric"]), unit=key[2]))
        period, from_article = period_of(row)
        line.entries.setdefault(period, []).append(
            Entry(period, from_article, str(row["raw"]), row["value"], row)
        )
        line.metric = str(row["metric"])  # the latest article's wording names the line (rows by date)
    ordered = sorted(lines.values(), key=lambda line: (line.region, -len(line.entries), line.metric))
    periods = sorted({period for line in ordered for period in line.entries}, key=period_order)
    return Tracking(periods, ordered)


def render_text(tracking: Tracking) -> str:
    """Region headings, then one line per metric: `metric [unit]  2024: … → 2025: …`."""
    out: list[str] = []
    region = None
    for line in tracking.lines:
        if line.region != region:
            region = line.region
            out.append(("\n" if out else "") + region)
        steps = " → ".join(
            f"{period}: {line.cell(period)}" for period in sorted(line.entries, key=period_order)
        )
        out.append(f"  {one_line(line.metric)} [{line.unit}]  {steps}")
    followed = sum(1 for line in tracking.lines if len(line.entries) > 1)
    regions = len({line.region for line in tracking.lines})
    out.append(
        f"\n{len(tracking.lines)} metric(s) in {regions} region(s); {followed} in two or more periods. "
        f"{ARTICLE_YEAR_MARK} = no deadline: placed by the article's year."
    )
    return "\n".join(out) + "\n"


ENTRY_TABLE = Table(
    "targets",
    "target",
    tuple(Column(name, "float" if name == "value" else "text") for name in ("period", *TRACK_COLUMNS)),
)


def one_line(text: str, limit: int = 40) -> str:
    """A metric on one line of a terminal: whitespace folded, cut to `limit` characters."""
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


def tracking_sheets(tracking: Tracking) -> list[Sheet]:
    """For a workbook: the quantities as written by period, the same in numbers (canonical unit), and
    every target the lines were made of."""
    periods = tracking.periods
    written = Table("track", "metric", (*line_columns(), *(Column(period) for period in periods)))
    numbers = Table("values", "metric", (*line_columns(), *(Column(period, "float") for period in periods)))
    cells = [
        line_row(line) | {period: line.cell(period) for period in line.entries} for line in tracking.lines
    ]
    values = [line_row(line) | latest_values(line) for line in tracking.lines]
    return [
        Sheet("track", written, cells),
        Sheet("values", numbers, values),
        Sheet("targets", ENTRY_TABLE, list(entry_rows(tracking.lines))),
    ]


def line_columns() -> tuple[Column, ...]:
    return (Column("region"), Column("metric"), Column("unit"))


def line_row(line: TrackLine) -> Row:
    return {"region": line.region, "metric": line.metric, "unit": line.unit}


def latest_values(line: TrackLine) -> dict[str, Any]:
    """Per period the value of its latest target (canonical unit)."""
    return {period: entries[-1].value for period, entries in line.entries.items()}


def entry_rows(lines: Sequence[TrackLine]) -> Iterable[Row]:
    for line in lines:
        for period in sorted(line.entries, key=period_order):
            for entry in line.entries[period]:
                yield {**entry.row, "period": period + (ARTICLE_YEAR_MARK if entry.from_article else "")}
