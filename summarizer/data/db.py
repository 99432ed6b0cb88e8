"""The DuckDB store: every run's articles, regions, priorities and targets in tables keyed by article sha256
and configuration, and the views that show the latest run of each article.

A record is imported once per (article sha256, config key): importing it again changes nothing, unless it
ranks higher (ok > partial > failed: a rerun that finished what a failed run left). A run of the same
article under another configuration is kept beside the old one; the views pick the latest by run date.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.data.rows import STATUS_RANK, RunInfo, SummaryRows, article_key, summary_rows
from summarizer.data.tables import (
    ARTICLES,
    DUCKDB_TYPES,
    PRIORITIES,
    REGIONS,
    TABLES,
    TARGETS,
    Column,
    Table,
)
from summarizer.errors import ConfigError, InputError, SummarizerError, first_line
from summarizer.schema import ArticleSummary

SCHEMA_VERSION = 1
INSTALL_HINT = "pip install 'zh-policy-summarizer[db]' (in a checkout: pip install -e '.[db]')"
IMPORT_SEQ = Column("import_seq", "int")
"""The articles table's one column beyond the spec: the order of import, the tie-break of "latest"."""
BATCH_ARTICLES = 200
BATCH_SECONDS = 2.0
"""A batch is committed when it holds this many articles or is this old, whichever comes first."""


class DatabaseError(SummarizerError):
    """A database that cannot be opened, read or written, or a query that fails."""


def import_duckdb() -> Any:
    """The duckdb module, or a one-line error that says how to install it."""
    try:
        import duckdb
    except ImportError:
        raise ConfigError(f"the database needs DuckDB, which is not installed: {INSTALL_HINT}") from None
    return duckdb


def _flat_view(table: Table) -> str:
    return (
        f"SELECT {', '.join(table.names)} FROM {table.name} "
        "WHERE article_key IN (SELECT article_key FROM latest_articles) ORDER BY source, article_key, item"
    )


VIEWS: dict[str, str] = {
    "latest_articles": (
        "SELECT * EXCLUDE (import_seq) FROM articles QUALIFY row_number() OVER (PARTITION BY sha256 "
        "ORDER BY status <> 'failed' DESC, run_date DESC, import_seq DESC) = 1"
    ),
    "targets_flat": _flat_view(TARGETS),
    "priorities_flat": _flat_view(PRIORITIES),
    "regions_flat": _flat_view(REGIONS),
    "region_year": (
        "SELECT region, deadline, unit, count(*) AS targets, sum(value) AS value_sum, "
        "count(DISTINCT article_key) AS articles FROM targets_flat GROUP BY region, deadline, unit "
        "ORDER BY region NULLS LAST, deadline NULLS LAST, unit"
    ),
}
"""The named views; every one shows the latest run of each article (the tables hold every run)."""


@dataclass
class ImportReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    unreadable: int = 0
    targets: int = 0
    priorities: int = 0

    def line(self, db: Path, source: str | None = None) -> str:
        """One line for stderr: what the import changed."""
        origin = f"{source} " if source else ""
        found = (
            f"Imported {origin}into {db}: {self.added} new article(s), {self.replaced} replaced, "
            f"{self.unchanged} already there; {self.targets} target(s), {self.priorities} priorities."
        )
        if self.unreadable:
            found += f" {self.unreadable} record(s) of unreadable inputs skipped."
        return found

    def __iadd__(self, other: ImportReport) -> ImportReport:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


class Store:
    """A summarizer database; opened for writing, it is created when missing and its views are renewed."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        duckdb = import_duckdb()
        self.path = path
        self.read_only = read_only
        if read_only and not path.exists():
            raise InputError(f"{path}: no such database (create one with `summarizer db import`)")
        try:
            if not read_only:
                path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = duckdb.connect(str(path), read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise DatabaseError(f"{path}: cannot open the database: {first_line(str(exc))}") from None
        try:
            self._check_schema()
        except duckdb.Error as exc:
            self.connection.close()
            raise DatabaseError(f"{path}: cannot read the database: {first_line(str(exc))}") from None
        except BaseException:
            self.connection.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _check_schema(self) -> None:
        tables = {
            row[0] for row in self.connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        if "summarizer_meta" not in tables:
            if tables or self.read_only:
                raise DatabaseError(f"{self.path}: not a summarizer database")
            self._create_schema()
        version = self.connection.execute(
            "SELECT value FROM summarizer_meta WHERE key = 'schema_version'"
        ).fetchone()
        if version is None or int(version[0]) != SCHEMA_VERSION:
            found = None if version is None else version[0]
            raise DatabaseError(
                f"{self.path}: schema version {found}, this summarizer reads {SCHEMA_VERSION}"
            )
        if not self.read_only:
            self._create_views()

    def _create_schema(self) -> None:
        with self.transaction():
            self.connection.execute("CREATE TABLE summarizer_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            self.connection.execute(
                "INSERT INTO summarizer_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            for table in TABLES:
                columns = ", ".join(
                    f"{column.name} {DUCKDB_TYPES[column.type]}" for column in db_columns(table)
                )
                self.connection.execute(f"CREATE TABLE {table.name} ({columns}, PRIMARY KEY ({table.key}))")

    def _create_views(self) -> None:
        for name, sql in VIEWS.items():
            self.connection.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def statuses(self, keys: Sequence[str]) -> dict[str, str]:
        """The status of each of these article keys that the database holds."""
        found = self.connection.execute(
            "SELECT article_key, status FROM articles WHERE article_key IN (SELECT unnest(?))", [list(keys)]
        )
        return {key: status for key, status in found.fetchall()}

    def finished(self) -> set[tuple[str, str]]:
        """The (sha256, config key) of every record finished without problems (a rerun may skip them)."""
        found = self.connection.execute("SELECT sha256, config_key FROM articles WHERE status = 'ok'")
        return {(sha256, key) for sha256, key in found.fetchall()}

    def add(self, summaries: Sequence[ArticleSummary], run: RunInfo, replace: bool = False) -> ImportReport:
        """Import summaries in one transaction; `replace` redoes records already there (summarize --force).
        Only the summaries that change the database are flattened into rows."""
        report = ImportReport()
        keyed = [(article_key(summary), summary) for summary in summaries]
        statuses = self.statuses([key for key, _ in keyed])
        fresh: dict[str, ArticleSummary] = {}
        stale: list[str] = []
        for key, summary in keyed:
            known = statuses.get(key)
            if known is not None and not replace and STATUS_RANK[summary.status] <= STATUS_RANK[known]:
                report.unchanged += 1
                continue
            if known is not None:
                stale.append(key)
                report.replaced += 1
            else:
                report.added += 1
            statuses[key] = summary.status
            fresh[key] = summary
        records = [summary_rows(summary, run) for summary in fresh.values()]
        duckdb = import_duckdb()
        try:
            self._write(stale, records)
        except duckdb.Error as exc:
            raise DatabaseError(f"{self.path}: cannot write: {first_line(str(exc))}") from None
        report.targets = sum(len(record.targets) for record in records)
        report.priorities = sum(len(record.priorities) for record in records)
        return report

    def _write(self, stale: list[str], records: list[SummaryRows]) -> None:
        if not records:
            return
        sequence = self.connection.execute("SELECT coalesce(max(import_seq), 0) FROM articles").fetchone()
        first = int(sequence[0]) + 1 if sequence else 1
        articles = [{**record.article, "import_seq": first + n} for n, record in enumerate(records)]
        with tempfile.TemporaryDirectory(prefix="summarizer-import-") as work, self.transaction():
            for table in TABLES:
                self.connection.execute(
                    f"DELETE FROM {table.name} WHERE article_key IN (SELECT unnest(?))", [sorted(set(stale))]
                )
            self._insert(ARTICLES, articles, Path(work))
            self._insert(REGIONS, [row for record in records for row in record.regions], Path(work))
            self._insert(PRIORITIES, [row for record in records for row in record.priorities], Path(work))
            self._insert(TARGETS, [row for record in records for row in record.targets], Path(work))

    def _insert(self, table: Table, rows: list[dict[str, Any]], work: Path) -> None:
        """Bulk-insert through DuckDB's JSON reader (row-by-row inserts are ~100× slower)."""
        if not rows:
            return
        columns = db_columns(table)
        names = [column.name for column in columns]
        staged = work / f"{table.name}.jsonl"
        encode = json.JSONEncoder(ensure_ascii=False).encode
        with staged.open("w", encoding="utf-8") as handle:
            handle.writelines(encode(row) + "\n" for row in rows)  # the reader takes the columns by name
        types = ", ".join(f"'{column.name}': '{DUCKDB_TYPES[column.type]}'" for column in columns)
        self.connection.execute(
            f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {', '.join(names)} FROM read_json(?, "
            f"format = 'newline_delimited', columns = {{{types}}}, maximum_object_size = 268435456)",
            [str(staged)],
        )

    def query(self, sql: str, parameters: Sequence[Any] = ()) -> QueryResult:
        """Run one SQL statement; an error is one line naming what DuckDB objected to."""
        duckdb = import_duckdb()
        try:
            cursor = self.connection.execute(sql, list(parameters))
            rows = cursor.fetchall() if cursor.description else []
        except duckdb.Error as exc:
            raise DatabaseError(f"query failed: {first_line(str(exc))}") from None
        columns = [description[0] for description in cursor.description or []]
        return QueryResult(columns, rows)

    def rows(self, view: str, columns: Sequence[str]) -> list[dict[str, Any]]:
        """A view's rows as dicts of the given columns."""
        found = self.query(f"SELECT {', '.join(columns)} FROM {view}")
        return [dict(zip(found.columns, row, strict=True)) for row in found.rows]


def db_columns(table: Table) -> tuple[Column, ...]:
    return (*table.columns, IMPORT_SEQ) if table is ARTICLES else table.columns


def import_summaries(
    store: Store, summaries: Iterable[ArticleSummary], run: RunInfo, replace: bool = False
) -> ImportReport:
    """Import summaries in batches as they come; what came before an interruption is kept."""
    report = ImportReport()
    batch: list[ArticleSummary] = []
    started = time.monotonic()
    try:
        for summary in summaries:
            if not summary.sha256:  # an input that could not be read: no article to key it by
                report.unreadable += 1
                continue
            batch.append(summary)
            if len(batch) >= BATCH_ARTICLES or time.monotonic() - started >= BATCH_SECONDS:
                report += store.add(batch, run, replace)
                batch, started = [], time.monotonic()
    finally:
        report += store.add(batch, run, replace)
    return report
