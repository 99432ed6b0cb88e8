"""`summarizer batch`: a corpus through the OpenAI Batch API in three steps, submit, status, collect.

Heavy modules (openai, instructor, the pipeline) are imported inside the commands so that
`summarizer --help` stays fast and free of openai / instructor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.options import (
    ApiKeyOpt,
    BaseUrlOpt,
    CacheDirOpt,
    ChunkCharsOpt,
    ConcurrencyOpt,
    ConfigOpt,
    ExcludeOpt,
    IncludeOpt,
    MaxRetriesOpt,
    ModelOpt,
    ModeOpt,
    NoCacheOpt,
    PromptOpt,
    TemperatureOpt,
    TimeoutOpt,
    settings_from_options,
)

batch_app = typer.Typer(
    name="batch",
    help="A corpus through the OpenAI Batch API (half price, within 24 h): submit, status, collect.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

JobDirArg = Annotated[
    Path, typer.Argument(help="The job directory `batch submit` created.", show_default=False)
]


@batch_app.command()
def submit(
    paths: Annotated[list[str], typer.Argument(help="Files or directories.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The job directory to create.", show_default=False)
    ],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    mode: ModeOpt = None,
    temperature: TemperatureOpt = None,
    prompt: PromptOpt = None,
    chunk_chars: ChunkCharsOpt = None,
    timeout: TimeoutOpt = None,
    config: ConfigOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
) -> None:
    """Build one request per chunk (the online path's prompts and schema), upload them, create the batch."""
    from summarizer.cli.batch_run import run_submit
    from summarizer.cli.inputs import InputFilter, chosen_inputs

    settings = settings_from_options(
        config, backend="llm", model=model, base_url=base_url, api_key=api_key, mode=mode,
        temperature=temperature, prompt=prompt, chunk_chars=chunk_chars, timeout=timeout,
    )  # fmt: skip
    files = chosen_inputs(paths, InputFilter.from_options(include, exclude))
    raise typer.Exit(run_submit(files, settings, out))


@batch_app.command()
def status(
    job_dir: JobDirArg,
    wait: Annotated[bool, typer.Option("--wait", help="Poll until the batch is finished.")] = False,
    poll_seconds: Annotated[float, typer.Option("--poll-seconds", help="Seconds between polls.")] = 30.0,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    timeout: TimeoutOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the batch's state and request counts."""
    from summarizer.cli.batch_run import run_status

    settings = settings_from_options(config, api_key=api_key, timeout=timeout)
    raise typer.Exit(run_status(job_dir, settings, base_url, wait, poll_seconds))


@batch_app.command()
def collect(
    job_dir: JobDirArg,
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="The JSON-lines output (appended, resumable).", show_default=False),
    ],
    no_reask: Annotated[
        bool, typer.Option("--no-reask", help="List invalid or missing answers instead of asking online.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Write articles the output already holds.")] = False,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    concurrency: ConcurrencyOpt = None,
    timeout: TimeoutOpt = None,
    max_retries: MaxRetriesOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Download the answers, validate them, re-ask the failures online, write one line per article."""
    from summarizer.cli.batch_run import run_collect

    settings = settings_from_options(
        config, api_key=api_key, concurrency=concurrency, timeout=timeout, max_retries=max_retries,
        cache_dir=cache_dir, no_cache=no_cache,
    )  # fmt: skip
    raise typer.Exit(run_collect(job_dir, out, settings, base_url, not no_reask, force))
