"""Settings: command-line flags over `SUMMARIZER_*` environment variables over `summarizer.toml` over
the generic `OPENAI_API_KEY` / `OPENAI_BASE_URL` variables.

Only the CLI calls `load_settings`; every stage receives the values it needs as arguments. Settings
remember where each value came from (`Settings.sources`), because two rules depend on it:

- `--backend auto` picks the LLM only when summarizer's own settings ask for it (a flag, a
  `SUMMARIZER_*` variable or the config file names an endpoint, a model or a key), never because
  `OPENAI_API_KEY` or `OPENAI_BASE_URL` happen to be set for other tools;
- a key from `OPENAI_API_KEY` is sent only to the OpenAI API or to a base URL given on the command
  line or in the environment, never to a base URL read from a file (`summarizer.toml` or a batch
  job): such a base URL gets its key from `--api-key`, `SUMMARIZER_API_KEY` or the variable the file
  names in `key_env`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from summarizer.errors import ConfigError, UsageError, first_validation_error, public_url

BackendName = Literal["auto", "rules", "llm"]
ModeName = Literal["TOOLS", "JSON", "JSON_SCHEMA", "MD_JSON"]

CONFIG_FILE_NAME = "summarizer.toml"
ENV_PREFIX = "SUMMARIZER_"
OPENAI_API_URL = "https://api.openai.com/v1"
GENERIC_ENV = {"api_key": "OPENAI_API_KEY", "base_url": "OPENAI_BASE_URL"}
"""The variables other OpenAI tools read too: used once the LLM backend is chosen, never to choose it."""
ENDPOINT_SETTINGS = ("base_url", "model", "api_key")
"""What asks for the LLM backend under `--backend auto` when summarizer's own settings give it."""

SourceKind = Literal["flag", "env", "file", "generic", "job"]


class Source(NamedTuple):
    """Where a setting came from: its kind and a name to show (`--base-url`, `SUMMARIZER_MODEL`, a path)."""

    kind: SourceKind
    name: str


TRUSTED_FOR_GENERIC_KEY: frozenset[SourceKind] = frozenset({"flag", "env", "generic"})
"""Base URLs from these may receive a key from OPENAI_API_KEY: the command line and the environment."""

# USD per million tokens (input, output). Users extend or override it with [prices] in summarizer.toml.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.5, 10.0),
    "gpt-4o-mini": (0.15, 0.6),
    "gpt-4.1": (2.0, 8.0),
    "gpt-4.1-mini": (0.4, 1.6),
    "gpt-4.1-nano": (0.1, 0.4),
    "deepseek-chat": (0.27, 1.1),
    "qwen-plus": (0.4, 1.2),
    "qwen-turbo": (0.05, 0.2),
}


class Settings(BaseModel):
    """Every setting the tool reads, with its default."""

    model_config = ConfigDict(extra="forbid")

    backend: BackendName = "auto"
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    api_key: SecretStr | None = Field(default=None, repr=False)
    mode: ModeName | None = None
    concurrency: int = Field(default=8, ge=1, le=256)
    timeout: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    temperature: float = Field(default=0.0, ge=0, le=2)
    prompt: str = "extract.v3"
    cache_dir: Path | None = None
    no_cache: bool = False
    chunk_chars: int = Field(default=1500, ge=200)
    fetch_timeout: float = Field(default=20.0, gt=0)
    """Seconds for fetching a URL input: connecting, redirects and reading the page."""
    prices: dict[str, tuple[float, float]] = Field(default_factory=lambda: dict(DEFAULT_PRICES))
    sources: dict[str, Source] = Field(default_factory=dict, repr=False, exclude=True)
    """Where each value came from; a value set in code (the library API) has no entry."""

    def llm_requested(self) -> bool:
        """True when summarizer's own settings name an endpoint, a model or a key (not OPENAI_* alone)."""
        given = self.model_fields_set.intersection(ENDPOINT_SETTINGS)
        return any(self.source_kind(name) != "generic" for name in given)

    @field_validator("backend", mode="before")
    @classmethod
    def _backend_in_lower_case(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("mode", mode="before")
    @classmethod
    def _mode_in_upper_case(cls, value: Any) -> Any:
        """`--mode json` is JSON: instructor's mode names are upper case."""
        return value.upper() if isinstance(value, str) else value

    def resolved_backend(self) -> Literal["rules", "llm"]:
        """`auto` picks the LLM backend when summarizer's own settings ask for it, else the offline rules."""
        if self.backend == "auto":
            return "llm" if self.llm_requested() else "rules"
        return self.backend

    def source_kind(self, name: str) -> SourceKind:
        """Where a setting came from; a value set in code counts as given on the command line."""
        source = self.sources.get(name)
        return source.kind if source is not None else "flag"

    def endpoint_url(self) -> str:
        """The base URL calls go to: the one configured, else the OpenAI API."""
        return self.base_url or OPENAI_API_URL

    def key_withheld(self) -> bool:
        """True when the key came from OPENAI_API_KEY and the base URL from a file, not the OpenAI API."""
        return (
            self.api_key is not None
            and self.source_kind("api_key") == "generic"
            and self.source_kind("base_url") not in TRUSTED_FOR_GENERIC_KEY
            and not is_openai_api(self.endpoint_url())
        )

    def sendable_key(self) -> SecretStr | None:
        """The API key to send to `endpoint_url()`: None when `key_withheld()`."""
        return None if self.key_withheld() else self.api_key

    def key_fix(self) -> str:
        """How to give the endpoint a (right) key: the end of a rejected- or missing-key message."""
        if self.api_key is not None and not self.key_withheld():
            key_source = self.sources.get("api_key")
            return f"check the key from {key_source.name}" if key_source is not None else "check the API key"
        if self.source_kind("base_url") in TRUSTED_FOR_GENERIC_KEY or is_openai_api(self.endpoint_url()):
            return "set SUMMARIZER_API_KEY or OPENAI_API_KEY, or pass --api-key"
        origin = self.sources["base_url"].name if "base_url" in self.sources else "a file"
        return (
            f"the base URL comes from {origin}, which never receives OPENAI_API_KEY: pass --api-key, "
            "set SUMMARIZER_API_KEY, or name the key's variable in key_env in that file"
        )

    def backend_line(self) -> str:
        """One line for stderr: the backend, and for the LLM its model, endpoint and where they came from."""
        if self.resolved_backend() == "rules":
            return "Backend: rules (offline; nothing is sent anywhere)."
        where = public_url(self.endpoint_url())
        return f"Backend: llm, model {self.model} at {where} ({'; '.join(self._origins())})."

    def _origins(self) -> list[str]:
        origins = [f"base URL from {self.sources['base_url'].name}"] if "base_url" in self.sources else []
        if self.key_withheld():
            origins.append(
                "no key: OPENAI_API_KEY is sent only to the OpenAI API or to a base URL from the command "
                "line or the environment"
            )
        elif self.api_key is None:
            origins.append("no key")
        else:
            source = self.sources.get("api_key")
            origins.append(f"key from {source.name}" if source is not None else "key given")
        return origins


def is_openai_api(url: str) -> bool:
    """True for the OpenAI API itself (https://api.openai.com/…)."""
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname == "api.openai.com"


def default_cache_dir() -> Path:
    """The per-user cache directory (XDG_CACHE_HOME respected)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


def read_config_file(path: Path) -> dict[str, Any]:
    """The `[summarizer]` table (or the top level) of a TOML file; `[prices]` is kept as `prices`."""
    import tomllib  # only when there is a file to read: most runs have none

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    values = dict(data.get("summarizer", {k: v for k, v in data.items() if k != "prices"}))
    if "prices" in data:
        values["prices"] = {name: tuple(pair) for name, pair in data["prices"].items()}
    return values


def env_values(environ: Mapping[str, str]) -> dict[str, Any]:
    """Settings from `SUMMARIZER_*` variables (not the generic OPENAI_* ones: see `generic_env_values`)."""
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        if name in ("prices", "sources"):
            continue
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is not None and raw != "":
            values[name] = raw
    return values


def generic_env_values(environ: Mapping[str, str]) -> dict[str, Any]:
    """The conventional OPENAI_API_KEY / OPENAI_BASE_URL: the lowest layer, under the config file."""
    return {name: environ[variable] for name, variable in GENERIC_ENV.items() if environ.get(variable)}


def key_from_key_env(file_values: dict[str, Any], environ: Mapping[str, str], path: Path) -> None:
    """Replace the file's `key_env = "NAME"` by the key in that variable (absent when it is unset)."""
    name = file_values.pop("key_env", None)
    if name is None:
        return
    if not isinstance(name, str) or not name:
        raise ConfigError(f"{path}: key_env must name an environment variable")
    if name == GENERIC_ENV["api_key"]:
        raise ConfigError(
            f"{path}: key_env cannot name OPENAI_API_KEY, which is sent only to the OpenAI API or to a base "
            "URL from the command line or the environment: name another variable, or use SUMMARIZER_API_KEY"
        )
    if environ.get(name):
        file_values["api_key"] = environ[name]


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config_path: Path | None = None,
) -> Settings:
    """Merge the generic variables, the config file, the SUMMARIZER_* variables and the flags given
    (None means not given), each over the one before, remembering where each value came from."""
    environ = os.environ if environ is None else environ
    path = config_path or _default_config_path(environ)
    file_values: dict[str, Any] = read_config_file(path) if path is not None else {}
    file_prices = file_values.pop("prices", {})
    key_env = file_values.get("key_env")
    if path is not None:
        key_from_key_env(file_values, environ, path)
    flags = {key: value for key, value in (overrides or {}).items() if value is not None}
    layers: list[tuple[dict[str, Any], Callable[[str], Source]]] = [
        (generic_env_values(environ), lambda name: Source("generic", GENERIC_ENV[name])),
        (file_values, lambda name: Source("file", _file_source_name(name, key_env, path))),
        (env_values(environ), lambda name: Source("env", ENV_PREFIX + name.upper())),
        (flags, lambda name: Source("flag", "--" + name.replace("_", "-"))),
    ]
    merged: dict[str, Any] = {}
    sources: dict[str, Source] = {}
    for values, source_of in layers:
        merged.update(values)
        sources.update({name: source_of(name) for name in values})
    merged["prices"] = {**DEFAULT_PRICES, **file_prices}
    try:
        return Settings.model_validate({**merged, "sources": sources})
    except ValidationError as exc:
        raise UsageError(f"invalid setting {first_validation_error(exc)}") from None


def _file_source_name(name: str, key_env: Any, path: Path | None) -> str:
    if name == "api_key" and isinstance(key_env, str):
        return f"{key_env} (key_env in {path})"
    return str(path)


def _default_config_path(environ: Mapping[str, str]) -> Path | None:
    explicit = environ.get(ENV_PREFIX + "CONFIG")
    if explicit:
        return Path(explicit)
    local = Path(CONFIG_FILE_NAME)  # relative: the working directory's, shown as it is named
    return local if local.is_file() else None
