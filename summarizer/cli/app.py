"""The command line: thin commands around the pipeline, and one error boundary.

Heavy modules (openai, instructor, the backends, rich rendering) are imported inside commands, so
`summarizer --help` and the offline path stay fast.
"""

from __future__ import annotations

import copy
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.main import get_command_name
from typer.models import CommandInfo, TyperInfo

from summarizer import __version__
from summarizer.cli.batch import batch_app
from summarizer.cli.brief import brief
from summarizer.cli.data import db_app, export, query, track
from summarizer.cli.eval import eval_app
from summarizer.cli.options import ExcludeOpt, IncludeOpt, with_backend_options
from summarizer.cli.view import view
from summarizer.errors import SummarizerError, SummarizerWarning
from summarizer.text import strip_controls

if TYPE_CHECKING:
    from summarizer.config import Settings

app = typer.Typer(
    name="summarizer",
    help="Structured, checkable briefings from Chinese local-government policy articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
DEBUG_FLAG = "--debug"


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"summarizer {__version__} (rules engine: {rules_engine_build()})")
        raise typer.Exit()


def rules_engine_build() -> str:
    """How this install runs the offline rules engine: "compiled" (the build compiles it with mypyc
    where the machine has a C compiler, see setup.py) or "pure Python". Read from the files beside the
    package, as the import system would: nothing is imported."""
    from importlib.machinery import EXTENSION_SUFFIXES

    backend = Path(__file__).parent.parent / "extract" / "rules" / "backend"
    compiled = any(backend.with_name(backend.name + suffix).exists() for suffix in EXTENSION_SUFFIXES)
    return "compiled" if compiled else "pure Python"


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version_callback, is_eager=True, help="Show the version."),
    ] = False,
    debug: Annotated[
        bool, typer.Option(DEBUG_FLAG, help="Show tracebacks of errors (also after the command).")
    ] = False,
) -> None:
    """Turn policy articles into regions, priorities and quantitative targets, each with its quote."""


@app.command()
@with_backend_options
def summarize(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories, http(s) URLs of web pages, or - for stdin.")
    ],
    settings: Settings,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="rich (terminal), json, jsonl, md or csv (a row per target); default: from --out's suffix.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write to this file (.json, .jsonl, .md, .csv; - for stdout); a .jsonl file is a resumable "
            "corpus run.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Redo articles a previous run already finished.")
    ] = False,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="Also write into this DuckDB database (needs the db extra).", show_default=False
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-j",
            min=1,
            help="Processes for an offline corpus run (--out FILE.jsonl); default: every core (one for "
            "fewer than 50 articles). The LLM backend runs its calls concurrently instead.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Summarize articles: regions, priorities and targets with their source quotes."""
    from summarizer.cli.inputs import InputFilter
    from summarizer.cli.summarize import run_summarize

    chooser = InputFilter.from_options(include, exclude)
    raise typer.Exit(run_summarize(paths, settings, output_format, out, force, chooser, db, workers))


app.add_typer(eval_app)
app.add_typer(batch_app)
app.add_typer(db_app)
app.command("brief")(brief)
app.command("query")(query)
app.command("export")(export)
app.command("track")(track)
app.command("view")(view)


def _show_our_warnings_in_one_line() -> None:
    """Show SummarizerWarning as one `Warning: …` line on stderr; other warnings as before."""
    show_as_before = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *where: Any, **options: Any) -> None:
        if issubclass(category, SummarizerWarning):
            print(f"Warning: {message}", file=sys.stderr)
        else:
            show_as_before(message, category, *where, **options)

    warnings.showwarning = show


def main() -> None:
    """Console entry point: run the app inside the one error boundary."""
    args, debug_flag = without_debug_flag(sys.argv[1:])
    debug = debug_flag or os.environ.get("SUMMARIZER_DEBUG") == "1"
    _show_our_warnings_in_one_line()
    try:
        # Without standalone mode, click returns the code of a typer.Exit instead of raising it.
        returned = app_for(args)(args=args, standalone_mode=False)
        sys.exit(returned if isinstance(returned, int) else 0)
    except SummarizerError as exc:
        if debug:
            raise
        typer.echo(f"Error: {strip_controls(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
    except Exception as exc:  # click usage errors and the unexpected
        _report_unexpected(exc, debug)


def app_for(args: list[str]) -> typer.Typer:
    """The app holding only the command (or group) `args` name, with the root options: typer builds
    the click form of every command it holds on each run, a fifth of an offline summarize's start-up
    for all of them. No name (`--help`, `--version`) or an unknown one gets the whole app, so its help
    and its "No such command" say what they always said."""
    name = args[0] if args else ""
    commands = [command for command in app.registered_commands if _command_name(command) == name]
    groups = [group for group in app.registered_groups if _group_name(group) == name]
    if not commands and not groups:
        return app
    lean = copy.copy(app)
    lean.registered_commands, lean.registered_groups = commands, groups
    return lean


def _command_name(command: CommandInfo) -> str:
    if command.name:
        return command.name
    return get_command_name(command.callback.__name__) if command.callback else ""


def _group_name(group: TyperInfo) -> str:
    typer_instance = group.typer_instance
    return group.name or (typer_instance.info.name if typer_instance else None) or ""


def without_debug_flag(args: list[str]) -> tuple[list[str], bool]:
    """The arguments without `--debug`, wherever it stands before a `--`, and whether it was there."""
    end = args.index("--") if "--" in args else len(args)
    kept = [arg for arg in args[:end] if arg != DEBUG_FLAG] + args[end:]
    return kept, len(kept) != len(args)


def _report_unexpected(exc: Exception, debug: bool) -> None:
    # Usage errors: typer vendors its own copy of click, so match click's exception by its interface.
    show = getattr(exc, "show", None)
    exit_code = getattr(exc, "exit_code", None)
    if callable(show) and isinstance(exit_code, int):
        show()
        sys.exit(exit_code)
    if debug:
        raise exc
    detail = strip_controls(str(exc))
    typer.echo(
        f"Error: unexpected {type(exc).__name__}: {detail} (run with --debug for the traceback)", err=True
    )
    sys.exit(1)


if __name__ == "__main__":
    main()
