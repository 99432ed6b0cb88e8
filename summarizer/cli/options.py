"""Backend options shared by `summarize`, `eval` and `brief`, and the one place they become Settings."""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from summarizer.config import Settings

PANEL = "Backend"

BackendOpt = Annotated[
    str | None,
    typer.Option(
        "--backend",
        help=(
            "auto (the LLM when --base-url, --model, --api-key, SUMMARIZER_* variables or summarizer.toml "
            "name one; never because of OPENAI_API_KEY alone), rules, llm."
        ),
        rich_help_panel=PANEL,
    ),
]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Model name.", rich_help_panel=PANEL)]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1.", rich_help_panel=PANEL
    ),
]
ApiKeyOpt = Annotated[
    str | None,
    typer.Option(
        "--api-key",
        help=(
            "API key (default: SUMMARIZER_API_KEY; OPENAI_API_KEY only for the OpenAI API or a base URL "
            "from the command line or the environment)."
        ),
        rich_help_panel=PANEL,
        show_default=False,
    ),
]
ModeOpt = Annotated[
    str | None,
    typer.Option("--mode", help="instructor mode: TOOLS, JSON, JSON_SCHEMA, MD_JSON.", rich_help_panel=PANEL),
]
ConcurrencyOpt = Annotated[
    int | None, typer.Option("--concurrency", help="Parallel LLM calls (default 8).", rich_help_panel=PANEL)
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        help="Seconds for each whole LLM call: connect, send, read the answer (default 60).",
        rich_help_panel=PANEL,
    ),
]
MaxRetriesOpt = Annotated[
    int | None,
    typer.Option("--max-retries", help="Re-asks on validation errors (default 2).", rich_help_panel=PANEL),
]
TemperatureOpt = Annotated[
    float | None,
    typer.Option("--temperature", help="Sampling temperature (default 0).", rich_help_panel=PANEL),
]
PromptOpt = Annotated[
    str | None, typer.Option("--prompt", help="Prompt id, e.g. extract.v1.", rich_help_panel=PANEL)
]
CacheDirOpt = Annotated[
    Path | None, typer.Option("--cache-dir", help="LLM answer cache directory.", rich_help_panel=PANEL)
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Do not read or write the cache.", rich_help_panel=PANEL)
]
ChunkCharsOpt = Annotated[
    int | None,
    typer.Option("--chunk-chars", help="Chunk size in characters (default 1500).", rich_help_panel=PANEL),
]
FetchTimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--fetch-timeout",
        help="Seconds for fetching each URL input: connect, redirects, read the page (default 20).",
        rich_help_panel="Input",
        show_default=False,
    ),
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="A summarizer.toml to read.", rich_help_panel=PANEL)
]


IncludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        help="In directories, read exactly the files matching this glob (repeatable), articles or not.",
        show_default=False,
    ),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        help="In directories, leave out the files matching this glob (repeatable).",
        show_default=False,
    ),
]


def settings_from_options(config: Path | None = None, **options: Any) -> Settings:
    """Settings from the flags given (None = not given), the environment and the config file."""
    from summarizer.config import load_settings

    if not options.get("no_cache"):
        options.pop("no_cache", None)
    return load_settings(options, config_path=config)


def announce_backend(settings: Settings) -> None:
    """Say on stderr which backend, model and endpoint the command uses (never on stdout)."""
    print(settings.backend_line(), file=sys.stderr)


BACKEND_OPTIONS: dict[str, tuple[Any, Any]] = {
    "backend": (BackendOpt, None),
    "model": (ModelOpt, None),
    "base_url": (BaseUrlOpt, None),
    "api_key": (ApiKeyOpt, None),
    "mode": (ModeOpt, None),
    "concurrency": (ConcurrencyOpt, None),
    "timeout": (TimeoutOpt, None),
    "max_retries": (MaxRetriesOpt, None),
    "temperature": (TemperatureOpt, None),
    "prompt": (PromptOpt, None),
    "cache_dir": (CacheDirOpt, None),
    "no_cache": (NoCacheOpt, False),
    "chunk_chars": (ChunkCharsOpt, None),
    "fetch_timeout": (FetchTimeoutOpt, None),
    "config": (ConfigOpt, None),
}
"""Every shared backend option: its annotated type and its default."""


def with_backend_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command the shared backend options; it receives them as one `settings: Settings` argument.

    The wrapper's signature is the command's own parameters (without `settings`) followed by the backend
    options, so typer shows them under the "Backend" panel of every command that has them.
    """
    # `Settings` is imported only for type checking (config loads lazily); the parameter is dropped anyway.
    signature = inspect.signature(command, eval_str=True, locals={"Settings": Any})
    own = [parameter for parameter in signature.parameters.values() if parameter.name != "settings"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
        for name, (annotation, default) in BACKEND_OPTIONS.items()
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        backend_values = {name: kwargs.pop(name) for name in BACKEND_OPTIONS}
        config = backend_values.pop("config")
        kwargs["settings"] = settings_from_options(config, **backend_values)
        return command(*args, **kwargs)

    parameters = [*own, *added]
    wrapper.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters}
    return wrapper
