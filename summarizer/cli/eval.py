"""`summarizer eval`: score a backend on the gold set, rescore, list errors, compare and bless runs.

Heavy modules (rich, rapidfuzz, the pipeline and its backends) are imported inside the commands so
that `summarizer --help` stays fast and free of openai / instructor.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli.options import with_backend_options

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from summarizer.config import Settings
    from summarizer.evals.compare import Comparison
    from summarizer.evals.runs import ArticleResult, EvalRun
    from summarizer.evals.score import Counts, MacroScores, Totals

GOLD_SPLITS = Path("evals") / "gold"
"""ROOT/evals/gold/<split>: `dev` (scored by default; errors looked at while tuning) and `test` (frozen)."""
SPLITS = ("dev", "test")

eval_app = typer.Typer(
    name="eval",
    help="Score a backend on the gold set; rescore, inspect, compare and bless saved runs.",
    invoke_without_command=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

GoldOpt = Annotated[
    Path | None,
    typer.Option("--gold", help="Gold directory (default: ROOT/evals/gold/<split>).", show_default=False),
]
SplitOpt = Annotated[
    str,
    typer.Option(
        "--split", help="dev (looked at while tuning) or test (frozen: totals only).", case_sensitive=False
    ),
]
RootOpt = Annotated[
    Path | None,
    typer.Option(
        "--root",
        help="Directory that gold `file` paths are relative to (default: the current one).",
        show_default=False,
    ),
]
SaveOpt = Annotated[
    Path | None, typer.Option("--save", help="Write the run to this file, e.g. evals/runs/NAME.json.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the machine-readable result (JSON) only.")]
PerArticleOpt = Annotated[
    bool,
    typer.Option(
        "--per-article",
        help="Also print per-article rows and genre totals for the test split (the frozen split is "
        "for totals only: errors are looked at on dev).",
    ),
]
RunArg = Annotated[Path, typer.Argument(help="A saved run (JSON).", show_default=False)]


def _is_test(split: str) -> bool:
    return split.lower() == "test"


def _gold_and_root(gold: Path | None, root: Path | None, split: str = "dev") -> tuple[Path, Path]:
    split = split.lower()
    if split not in SPLITS:
        raise typer.BadParameter(f"{split!r}: choose dev or test", param_hint="--split")
    resolved_root = root or Path(".")
    return gold or resolved_root / GOLD_SPLITS / split, resolved_root


@eval_app.callback()
@with_backend_options
def eval_main(
    ctx: typer.Context,
    settings: Settings,
    gold: GoldOpt = None,
    split: SplitOpt = "dev",
    root: RootOpt = None,
    save: SaveOpt = None,
    json_output: JsonOpt = False,
    per_article: PerArticleOpt = False,
) -> None:
    """Run the backend over every gold article of a split and score it (guidelines §5)."""
    if ctx.invoked_subcommand is not None:
        return
    from summarizer.cli.options import announce_backend
    from summarizer.evals.runs import run_eval

    gold_dir, root_dir = _gold_and_root(gold, root, split)
    announce_backend(settings)
    totals_only = _is_test(split) and not per_article
    _report_run(run_eval(settings, gold_dir, root_dir), save, json_output, totals_only)


@eval_app.command()
def rescore(
    run_path: RunArg,
    gold: GoldOpt = None,
    split: SplitOpt = "dev",
    root: RootOpt = None,
    save: SaveOpt = None,
    json_output: JsonOpt = False,
    per_article: PerArticleOpt = False,
) -> None:
    """Re-score a run's stored predictions against the current gold and scorer; no backend runs."""
    from summarizer.evals.runs import load_run, rescore_run

    gold_dir, root_dir = _gold_and_root(gold, root, split)
    run = rescore_run(load_run(run_path), gold_dir, root_dir)
    _report_run(run, save, json_output, totals_only=_is_test(split) and not per_article)


@eval_app.command()
def show(
    run_path: RunArg,
    article: Annotated[str | None, typer.Option("--article", help="Only this article id.")] = None,
    json_output: JsonOpt = False,
) -> None:
    """List each article's false positives, false negatives and wrong deadlines or comparators."""
    from summarizer.evals.runs import load_run

    run = load_run(run_path)
    results = [run.article(article)] if article is not None else run.articles
    if json_output:
        import json

        listing = [{"id": r.id, "errors": [e.model_dump(mode="json") for e in r.errors]} for r in results]
        sys.stdout.write(json.dumps({"articles": listing}, ensure_ascii=False, indent=2) + "\n")
        return
    console = _console()
    for result in results:
        _print_errors(console, result)


@eval_app.command()
def compare(
    base_path: Annotated[Path, typer.Argument(help="The base run (JSON).", show_default=False)],
    new_path: Annotated[Path, typer.Argument(help="The new run (JSON).", show_default=False)],
    tolerance: Annotated[
        float, typer.Option("--tolerance", help="Largest F1 drop that is not a regression.")
    ] = 0.02,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Write the report as Markdown here.")
    ] = None,
    resamples: Annotated[
        int, typer.Option("--resamples", help="Bootstrap resamples (at least 1000).")
    ] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Bootstrap seed.")] = 20240101,
    json_output: JsonOpt = False,
) -> None:
    """Compare two runs with paired-bootstrap 95% CIs; exit 0 pass, 1 regression, 3 inconclusive."""
    from summarizer.evals.compare import compare_runs, comparison_markdown
    from summarizer.evals.runs import load_run
    from summarizer.io import write_atomically

    comparison = compare_runs(
        load_run(base_path),
        load_run(new_path),
        tolerance=tolerance,
        resamples=resamples,
        seed=seed,
        labels=(str(base_path), str(new_path)),
    )
    if markdown is not None:
        write_atomically(markdown, comparison_markdown(comparison))
    if json_output:
        sys.stdout.write(comparison.model_dump_json(indent=2) + "\n")
    else:
        _print_comparison(comparison)
    raise typer.Exit(comparison.exit_code)


@eval_app.command()
def bless(
    run_path: RunArg,
    to: Annotated[
        Path | None, typer.Option("--to", help="Destination (default: evals/baselines/<backend>.json).")
    ] = None,
) -> None:
    """Make a run the regression baseline: copy it to evals/baselines/<backend>.json (or --to)."""
    from summarizer.evals.runs import bless_run

    written = bless_run(run_path, to)
    typer.echo(f"Blessed {run_path} as {written}")


# --- printing ----------------------------------------------------------------------------------


def _report_run(run: EvalRun, save: Path | None, json_output: bool, totals_only: bool = False) -> None:
    """Warn about broken gold labels, save the run when asked, print it (only its totals when
    `totals_only`)."""
    from summarizer.evals.runs import save_run

    _warn_about_gold(run)
    if save is not None:
        save_run(run, save)
    _print_run(run, json_output, saved_to=save, totals_only=totals_only)


def _console() -> Console:
    from summarizer.brief.terminal import terminal_console

    return terminal_console(highlight=False, soft_wrap=True)


def _warn_about_gold(run: EvalRun) -> None:
    """One stderr line per problem of the gold labels (the run is still scored)."""
    from summarizer.text import strip_controls

    for warning in run.gold_warnings:
        print(f"Warning: {strip_controls(warning)}", file=sys.stderr)


def _print_run(run: EvalRun, json_output: bool, saved_to: Path | None, totals_only: bool) -> None:
    if json_output:
        from summarizer.evals.runs import result_json

        sys.stdout.write(result_json(run))
        return
    console = _console()
    if totals_only:
        console.print(
            f"test split, {len(run.articles)} articles: totals only (--per-article for more)", markup=False
        )
    else:
        console.print(_run_table(run, console.width))
    for line in _totals_lines(run, by_genre=not totals_only):
        console.print(line, markup=False)
    if saved_to is not None:
        console.print(f"Saved the run to {saved_to}", markup=False)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _f1(value: float) -> str:
    return f"{value:.2f}"


def _run_table(run: EvalRun, width: int) -> Table:
    """One row per article, then micro and macro totals. The number columns keep their width; an article
    name stays on one line, ended by an ellipsis when it is too long. The schema-failure column is shown
    only when something failed."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    show_failures = run.totals.schema_failures > 0
    headers = ["targets\ntp/fp/fn", "F1", "strict\nF1", "prio.\ntp/fp/fn", "F1", "region", "ground"]
    headers += ["fail"] if show_failures else []
    rows = [_article_cells(result, show_failures) for result in run.articles]
    totals = _totals_cells(run, show_failures)
    config = run.config
    title = f"eval: {config.backend} {config.model or ''} on {config.gold_dir}".replace("  ", " ")
    table = Table(title=Text(title), title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                  pad_edge=False, collapse_padding=True)  # fmt: skip
    columns = list(zip(*rows, *totals, strict=True))[1:]
    widths = [
        max(len(word) for text in [header, *cells] for word in text.split())
        for header, cells in zip(headers, columns, strict=True)
    ]
    article_width = max(ARTICLE_MIN_WIDTH, width - sum(widths) - COLUMN_GAP * len(widths))
    table.add_column("article", overflow="ellipsis", no_wrap=True, max_width=article_width)
    for header, widest in zip(headers, widths, strict=True):
        table.add_column(header, justify="right", no_wrap=True, min_width=widest)
    for row in [*rows, None, *totals]:  # data as Text: an article id is never read as rich markup
        if row is None:
            table.add_section()
        else:
            table.add_row(*(Text(cell) for cell in row))
    return table


ARTICLE_MIN_WIDTH = 20
COLUMN_GAP = 2


def _article_cells(result: ArticleResult, show_failures: bool) -> list[str]:
    scores = result.scores
    t, p = scores.targets, scores.priorities
    cells = [
        result.id,
        f"{t.tp}/{t.fp}/{t.fn}",
        _f1(t.f1),
        _f1(scores.targets_strict.f1),
        f"{p.tp}/{p.fp}/{p.fn}",
        _f1(p.f1),
        _percent(scores.region_attribution),
        _percent(scores.grounding),
    ]
    return cells + ([str(scores.schema_failures or "")] if show_failures else [])


def _totals_cells(run: EvalRun, show_failures: bool) -> list[list[str]]:
    """The micro and the macro row."""
    totals = run.totals
    t, p = totals.targets, totals.priorities
    micro = [
        "micro",
        f"{t.tp}/{t.fp}/{t.fn}",
        _f1(t.f1),
        _f1(totals.targets_strict.f1),
        f"{p.tp}/{p.fp}/{p.fn}",
        _f1(p.f1),
        _percent(totals.region_attribution),
        _percent(totals.grounding),
    ]
    macro = [
        "macro",
        "",
        _f1(t.macro_f1),
        _f1(totals.targets_strict.macro_f1),
        "",
        _f1(p.macro_f1),
        _percent(totals.macro_region_attribution),
        _percent(totals.macro_grounding),
    ]
    if show_failures:
        return [[*micro, str(totals.schema_failures)], [*macro, ""]]
    return [micro, macro]


def _prf_text(name: str, scores: Counts, macro: MacroScores) -> str:
    return (
        f"{name}: P {_f1(scores.precision)} R {_f1(scores.recall)} F1 {_f1(scores.f1)} "
        f"(macro P {_f1(macro.macro_precision)} R {_f1(macro.macro_recall)} F1 {_f1(macro.macro_f1)})"
    )


def _genre_line(genre: str, totals: Totals) -> str:
    t, strict, p = totals.targets, totals.targets_strict, totals.priorities
    return (
        f"  {genre} ({totals.articles}): targets F1 {_f1(t.f1)} (macro {_f1(t.macro_f1)}), "
        f"strict {_f1(strict.f1)} (macro {_f1(strict.macro_f1)}), priorities F1 {_f1(p.f1)}, "
        f"deadline {_percent(t.deadline_accuracy)}"
    )


def _totals_lines(run: EvalRun, by_genre: bool = True) -> list[str]:
    t, p, strict = run.totals.targets, run.totals.priorities, run.totals.targets_strict
    lines = [
        _prf_text("targets", t, t),
        _prf_text("targets, strict (deadline and comparator too)", strict, strict),
        _prf_text("priorities", p, p),
        f"on matched targets: comparator {_percent(t.comparator_accuracy)}, "
        f"deadline {_percent(t.deadline_accuracy)}, "
        f"kind {_percent(t.kind_accuracy)}, metric similarity {_percent(t.metric_similarity)}; "
        f"priority category {_percent(p.category_accuracy)}",
    ]
    if by_genre and run.totals.by_genre:
        lines.append("by genre:")
        lines += [_genre_line(genre, totals) for genre, totals in run.totals.by_genre.items()]
    from summarizer.schema import usage_text

    cost = [f"{run.wall_time_s:.1f} s"] if run.wall_time_s is not None else []
    if run.usage is not None:
        usage = run.usage
        cost.append(usage_text(usage.calls, usage.tokens, usage.cost_usd, usage.cached_calls))
    return lines + (["; ".join(cost)] if cost else [])


ERROR_TAGS = {
    "false_positive": "FP",
    "false_negative": "FN",
    "wrong_deadline": "DL",
    "wrong_comparator": "CMP",
}
"""How `show` tags each kind of error: DL and CMP are matched pairs that strict scoring counts wrong."""


def _print_errors(console: Console, result: ArticleResult) -> None:
    counts = {
        (item, error): sum(1 for e in result.errors if e.item == item and e.error == error)
        for item in ("target", "priority")
        for error in ERROR_TAGS
    }
    from rich.text import Text

    console.print(
        Text.assemble(
            (result.id, "bold"),
            f"  targets FP {counts['target', 'false_positive']} "
            f"FN {counts['target', 'false_negative']} wrong deadline {counts['target', 'wrong_deadline']} "
            f"wrong comparator {counts['target', 'wrong_comparator']}; "
            f"priorities FP {counts['priority', 'false_positive']} FN {counts['priority', 'false_negative']}",
        )
    )
    if result.prediction_error:
        console.print(f"  prediction: {result.prediction_error}", markup=False, style="red")
    for error in result.errors:
        tag = ERROR_TAGS[error.error]
        note = f"  ({error.note})" if error.note else ""
        console.print(f"  {tag} {error.item} [{error.region}] {error.label}{note}", markup=False)
        console.print(f"       «{error.quote}»", markup=False, style="dim")
    console.print()


def _print_comparison(comparison: Comparison) -> None:
    from rich.table import Table
    from rich.text import Text

    from summarizer.evals.compare import comparison_rows

    table = Table(title=Text(f"{comparison.base_label} → {comparison.new_label}"), title_justify="left")
    for header in ("metric", "base", "new", "Δ", "95% CI"):
        table.add_column(header, justify="left" if header == "metric" else "right")
    for row in comparison_rows(comparison):
        table.add_row(*row)
    console = _console()
    console.print(table)
    for item in comparison.changed_articles:
        console.print(
            f"  {item.id}: targets F1 {item.base_targets_f1:.2f} → {item.new_targets_f1:.2f}, "
            f"priorities F1 {item.base_priorities_f1:.2f} → {item.new_priorities_f1:.2f}",
            markup=False,
        )
    console.print(
        f"verdict: {comparison.verdict} ({comparison.articles} articles, {comparison.resamples} resamples, "
        f"tolerance {comparison.tolerance:g}; * = decides the verdict)",
        markup=False,
    )
