"""`summarizer view`: the local viewer (summarizer/view/) over a run, a database or an eval run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def view(
    source: Annotated[
        Path, typer.Argument(help="A saved run (JSONL/JSON), an eval run, or a database.", show_default=False)
    ],
    base: Annotated[
        Path | None,
        typer.Option(
            "--base", help="Another run of the same articles: show what changed from it.", show_default=False
        ),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(
            "--port",
            min=1,
            max=65535,
            help="The port on 127.0.0.1 (default: a free one).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Browse targets and priorities in a web page on 127.0.0.1: filters, each article with its quotes
    highlighted, an eval run's errors, and with --base what changed. Ctrl-C stops it."""
    raise typer.Exit(run_view(source, base, port))


def run_view(source: Path, base: Path | None, port: int | None) -> int:
    from summarizer.view.server import bind, check_installed, serve

    check_installed()
    from summarizer.view.app import build_app
    from summarizer.view.changes import compare_views
    from summarizer.view.data import load_view_data

    data = load_view_data(source)
    changes = compare_views(load_view_data(base), data) if base is not None else None
    sock = bind(port)

    def ready(address: str) -> None:
        counts = f"{len(data.articles)} article(s), {len(data.targets)} target(s)"
        print(f"Viewer of {source} ({counts}) at {address}", flush=True)
        print("Press Ctrl-C to stop.", file=sys.stderr, flush=True)

    serve(build_app(data, changes, str(base) if base else ""), sock, ready)
    return 0
