"""`summarizer brief`: a briefing note (Markdown, HTML or Word) from articles or saved summaries.

Saved summaries (`summarize --format json/jsonl` output) are read as they are, so a brief can be
rebuilt without new LLM calls; every other input is an article run through the chosen backend.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from summarizer.cli.formats import OutputFormats, output_file, resolve_format
from summarizer.cli.inputs import ALL_FILES, InputFilter, chosen_inputs
from summarizer.cli.options import ExcludeOpt, IncludeOpt, with_backend_options
from summarizer.errors import InputError, UsageError, first_validation_error
from summarizer.io import write_atomically
from summarizer.text import strip_controls

if TYPE_CHECKING:
    from summarizer.brief import BriefFormat, Lang
    from summarizer.config import Settings
    from summarizer.schema import ArticleSummary

BRIEF_FORMATS = OutputFormats(
    command="brief",
    suffixes={".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"},
    default="md",
)
SAVED_SUMMARY_SUFFIXES = (".json", ".jsonl")
LANGS: tuple[Lang, ...] = ("zh", "en")

SettingsFactory = Callable[[], "Settings"]


@with_backend_options
def brief(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Articles (files, directories, http(s) URLs of web pages, - for stdin) or saved summaries "
            "(.json/.jsonl)."
        ),
    ],
    settings: Settings,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="The file to write: .md, .html or .docx; - or none for stdout."),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="md, html or docx (default: from --out's suffix; md on stdout)."),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="zh or en: headings, labels and units.")] = "zh",
    title: Annotated[str | None, typer.Option("--title", help="The brief's title.")] = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
) -> None:
    """Write a briefing note from articles or saved summaries, every item traceable to its quote."""
    chooser = InputFilter.from_options(include, exclude)
    raise typer.Exit(run_brief(inputs, out, output_format, lang, title, lambda: settings, chooser=chooser))


def run_brief(
    inputs: Sequence[str],
    out: Path | None,
    output_format: str | None,
    lang: str,
    title: str | None,
    settings: SettingsFactory,
    date: str | None = None,
    chooser: InputFilter = ALL_FILES,
) -> int:
    """Build and write the brief (to stdout without --out or with `--out -`); 1 when some input could not
    be read (the brief is still written)."""
    from summarizer.brief import brief_bytes

    chosen_format = resolve_format_for(output_format, out)
    chosen_lang = resolve_lang(lang)
    summaries, failures = collect_summaries(chosen_inputs(inputs, chooser), settings)
    data = brief_bytes(summaries, chosen_format, lang=chosen_lang, title=title, date=date)
    file = output_file(out)
    if file is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomically(file, data)
    for failure in failures:
        print(f"Error: {strip_controls(failure)}", file=sys.stderr)
    print(strip_controls(describe_written(file, summaries)), file=sys.stderr)
    return 1 if failures else 0


def resolve_format_for(output_format: str | None, out: Path | None) -> BriefFormat:
    """The --format given, else the one --out's suffix names; a Word file only to a file or a pipe."""
    chosen = cast("BriefFormat", resolve_format(BRIEF_FORMATS, output_format, out))
    if chosen == "docx" and output_file(out) is None and sys.stdout.isatty():
        raise UsageError("a Word brief is not for the terminal: pass --out brief.docx")
    return chosen


def resolve_lang(lang: str) -> Lang:
    for known in LANGS:
        if lang.lower() == known:
            return known
    raise UsageError(f"unknown --lang {lang!r}: choose zh or en")


def collect_summaries(
    inputs: Sequence[str], settings: SettingsFactory
) -> tuple[list[ArticleSummary], list[str]]:
    """Saved summaries as they are and articles through the backend, in input order; plus load failures."""
    entries: list[tuple[str, list[ArticleSummary] | None]] = [
        (given, read_saved_summaries(given)) for given in inputs
    ]
    article_inputs = [given for given, saved in entries if saved is None]
    summarized: dict[str, list[ArticleSummary]] = {}
    failures: list[str] = []
    if article_inputs:
        summarized, failures = summarize_inputs(article_inputs, settings())
    summaries = [summary for given, saved in entries for summary in (saved or summarized.get(given, []))]
    if not summaries:
        raise InputError(
            failures[0] if len(failures) == 1 else f"no article could be read ({len(failures)} failed)"
        )
    return summaries, failures


def summarize_inputs(
    inputs: Sequence[str], settings: Settings
) -> tuple[dict[str, list[ArticleSummary]], list[str]]:
    """Each article input's summaries (one backend run for all of them), and the inputs that failed."""
    from summarizer.cli.summarize import announced_backend, load_documents
    from summarizer.extract.pipeline import summarize_documents

    per_input = {given: load_documents([given], settings.fetch_timeout) for given in inputs}
    documents = [document for found, _ in per_input.values() for document in found]
    failures = [failure for _, failed in per_input.values() for failure in failed]
    by_key = {
        summary_key(s.article_id, s.source_path): s
        for s in summarize_documents(documents, announced_backend(settings))
    }
    summarized = {
        given: [
            by_key[key]
            for document in found
            if (key := summary_key(document.id, document.source_path)) in by_key
        ]
        for given, (found, _) in per_input.items()
    }
    return summarized, failures


def summary_key(article_id: str, source_path: str) -> str:
    return f"{article_id}\0{source_path}"


def read_saved_summaries(given: str) -> list[ArticleSummary] | None:
    """The current summaries a .json/.jsonl file holds (a record a later one replaces is left out: see
    docs/corpus-runs.md), or None when it is not a saved summary (an article, then)."""
    path = Path(given)
    if given == "-" or path.suffix.lower() not in SAVED_SUMMARY_SUFFIXES or not path.is_file():
        return None
    try:
        records = json_records(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    if not records or not all(looks_like_summary(record) for record in records):
        return None
    from summarizer.extract.records import current_records

    return current_records(validate_summaries(given, records))


def json_records(text: str) -> list[Any] | None:
    """One JSON object, a JSON list, or one JSON value per line; None when the text is none of those."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        try:
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError:
            return None
    return whole if isinstance(whole, list) else [whole]


def looks_like_summary(record: Any) -> bool:
    return isinstance(record, dict) and "article_id" in record and "provenance" in record


def validate_summaries(given: str, records: list[Any]) -> list[ArticleSummary]:
    from pydantic import ValidationError

    from summarizer.schema import ArticleSummary

    summaries = []
    for number, record in enumerate(records, start=1):
        try:
            summaries.append(ArticleSummary.model_validate(record))
        except ValidationError as exc:
            problem = first_validation_error(exc)
            raise InputError(f"{given}: summary {number} is not a valid saved summary: {problem}") from None
    return summaries


def describe_written(file: Path | None, summaries: Sequence[ArticleSummary]) -> str:
    """One line for stderr: what was written (None: to standard output), and how many articles are
    incomplete."""
    targets = sum(len(summary.targets) for summary in summaries)
    where = "the brief to standard output" if file is None else file
    line = f"Wrote {where}: {len(summaries)} article(s), {targets} target(s)."
    incomplete = sum(1 for summary in summaries if summary.status != "ok")
    if incomplete:
        line += f" {incomplete} article(s) partial or failed: marked as such in the brief."
    return line
