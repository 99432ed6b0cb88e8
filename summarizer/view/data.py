"""What the viewer shows, read once from its source: the target and priority rows (the columns of the
database's flat views), the articles, an eval run's errors per article, and what changed from a base run.

A saved run (JSONL or JSON) or an eval run is flattened by the data layer's own `summary_rows`, so the
viewer's table is the export's and the database's; a database is read through its views (the latest run
of each article), its article texts fetched when an article is opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.data.rows import Row, distinct_records, summary_rows
from summarizer.data.sources import is_database, read_saved_run
from summarizer.data.tables import PRIORITIES, TARGETS
from summarizer.evals.score import ErrorItem

ARTICLE_COLUMNS = ("article_key", "sha256", "article_id", "article_title", "article_date", "source", "status",
                   "error", "backend", "model", "prompt_id", "run_date")  # fmt: skip
ERROR_KINDS = ("false_positive", "false_negative", "wrong_deadline", "wrong_comparator")


@dataclass
class Evaluation:
    """One gold article of an eval run: its scores and errors."""

    gold_id: str
    targets_f1: float
    priorities_f1: float
    errors: list[ErrorItem]

    def count(self, kind: str, item: str | None = None) -> int:
        return sum(error.error == kind and (item is None or error.item == item) for error in self.errors)


@dataclass
class ViewData:
    """One source, flattened: rows keyed by `article_key`, articles by the same key."""

    label: str
    kind: str  # "run", "eval" or "database"
    targets: list[Row]
    priorities: list[Row]
    articles: dict[str, Row]
    text_of: Callable[[str], str]
    evaluations: dict[str, Evaluation] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def by_sha(self) -> dict[str, str]:
        """Each article's sha256 → its key here (to pair the articles of two runs)."""
        return {article["sha256"]: key for key, article in self.articles.items()}


def load_view_data(source: Path) -> ViewData:
    """A saved run, an eval run or a database; InputError (one line) for anything else."""
    if is_database(source):
        return database_data(source)
    saved = read_saved_run(source)
    records = distinct_records([summary_rows(summary, saved.run) for summary in saved.summaries
                                if summary.sha256])  # fmt: skip
    articles = {
        record.key: {name: record.article.get(name) for name in ARTICLE_COLUMNS} for record in records
    }
    texts = {record.key: record.article.get("cleaned_text") or "" for record in records}
    data = ViewData(
        label=str(source),
        kind="run",
        targets=[row for record in records for row in record.targets],
        priorities=[row for record in records for row in record.priorities],
        articles=articles,
        text_of=lambda key: texts.get(key, ""),
        problems=saved.problems,
    )
    if is_eval_run(source):
        data.kind = "eval"
        data.evaluations = eval_errors(source, data)
    return data


def is_eval_run(path: Path) -> bool:
    """A saved eval run starts as a JSON object with `format` and `config` (evals/runs.py)."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    return head.lstrip().startswith(b"{") and b'"config"' in head and b'"totals"' in head


def eval_errors(source: Path, data: ViewData) -> dict[str, Evaluation]:
    """Each article's scores and errors, keyed by the article key of its prediction."""
    from summarizer.evals.runs import load_run

    run = load_run(source)
    key_of = {article["article_id"]: key for key, article in data.articles.items()}
    found = {}
    for result in run.articles:
        key = key_of.get(result.id)
        if key is not None:
            scores = result.scores
            found[key] = Evaluation(result.id, scores.targets.f1, scores.priorities.f1, result.errors)
    return found


def database_data(source: Path) -> ViewData:
    from summarizer.data.db import Store

    with Store(source, read_only=True) as store:
        targets = store.rows("targets_flat", TARGETS.names)
        priorities = store.rows("priorities_flat", PRIORITIES.names)
        articles = {row["article_key"]: row for row in store.rows("latest_articles", ARTICLE_COLUMNS)}

    def text_of(key: str) -> str:
        with Store(source, read_only=True) as store:
            found = store.query("SELECT cleaned_text FROM articles WHERE article_key = ?", [key]).rows
        return str(found[0][0] or "") if found else ""

    return ViewData(str(source), "database", targets, priorities, articles, text_of)


# --- filters -------------------------------------------------------------------------------------

FACETS = ("region", "category", "kind", "deadline")
SEARCHED = ("region", "official", "metric", "metric_en", "raw", "quote", "title", "summary", "article_title",
            "source")  # fmt: skip


@dataclass(frozen=True)
class Filters:
    """The table's filters: a facet value each (empty: any), and free text found in any text column."""

    region: str = ""
    category: str = ""
    kind: str = ""
    deadline: str = ""
    text: str = ""

    @classmethod
    def from_query(cls, query: Any) -> Filters:
        return cls(**{name: str(query.get(name, "")).strip() for name in (*FACETS, "text")})

    def keeps(self, row: Row) -> bool:
        for name in FACETS:
            wanted = getattr(self, name)
            if wanted and facet_value(row.get(name)) != wanted:
                return False
        if self.text:
            needle = self.text.casefold()
            return any(needle in str(row.get(name) or "").casefold() for name in SEARCHED)
        return True


NONE_VALUE = "(none)"


def facet_value(value: Any) -> str:
    return NONE_VALUE if value is None or value == "" else str(value)


def facet_choices(rows: Sequence[Row], name: str) -> list[str]:
    """The distinct values of a column, sorted, with "(none)" last when some row has none."""
    values = {facet_value(row.get(name)) for row in rows if name in row}
    return sorted(values - {NONE_VALUE}) + ([NONE_VALUE] if NONE_VALUE in values else [])
