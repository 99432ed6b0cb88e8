"""Settings: command-line flags over `SUMMARIZER_*` environment variables over `summarizer.toml`.

Only the CLI calls `load_settings`; every stage receives the values it needs as arguments.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from summarizer.errors import ConfigError, UsageError, first_validation_error

BackendName = Literal["auto", "rules", "llm"]
ModeName = Literal["TOOLS", "JSON", "JSON_SCHEMA", "MD_JSON"]

CONFIG_FILE_NAME = "summarizer.toml"
ENV_PREFIX = "SUMMARIZER_"

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
    prompt: str = "extract.v1"
    cache_dir: Path | None = None
    no_cache: bool = False
    chunk_chars: int = Field(default=1500, ge=200)
    prices: dict[str, tuple[float, float]] = Field(default_factory=lambda: dict(DEFAULT_PRICES))

    @field_validator("backend", mode="before")
    @classmethod
    def _backend_in_lower_case(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("mode", mode="before")
    @classmethod
    def _mode_in_upper_case(cls, value: Any) -> Any:
        """`--mode json` is JSON: instructor's mode names are upper case."""
        return value.upper() if isinstance(value, str) else value

    def llm_configured(self) -> bool:
        """True when an LLM endpoint is configured: a base URL or an API key."""
        return self.base_url is not None or self.api_key is not None

    def resolved_backend(self) -> Literal["rules", "llm"]:
        """`auto` picks the LLM backend when an endpoint is configured, else the offline rules."""
        if self.backend == "auto":
            return "llm" if self.llm_configured() else "rules"
        return self.backend


def default_cache_dir() -> Path:
    """The per-user cache directory (XDG_CACHE_HOME respected)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


def read_config_file(path: Path) -> dict[str, Any]:
    """The `[summarizer]` table (or the top level) of a TOML file; `[prices]` is kept as `prices`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    values = dict(data.get("summarizer", {k: v for k, v in data.items() if k != "prices"}))
    if "prices" in data:
        values["prices"] = {name: tuple(pair) for name, pair in data["prices"].items()}
    return values


def env_values(environ: Mapping[str, str]) -> dict[str, Any]:
    """Settings from `SUMMARIZER_*` variables, plus the conventional OPENAI_API_KEY / OPENAI_BASE_URL."""
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        if name == "prices":
            continue
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is not None and raw != "":
            values[name] = raw
    if "api_key" not in values and environ.get("OPENAI_API_KEY"):
        values["api_key"] = environ["OPENAI_API_KEY"]
    if "base_url" not in values and environ.get("OPENAI_BASE_URL"):
        values["base_url"] = environ["OPENAI_BASE_URL"]
    return values


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config_path: Path | None = None,
) -> Settings:
    """Merge the config file, the environment and the flags given (None means not given)."""
    environ = os.environ if environ is None else environ
    path = config_path or _default_config_path(environ)
    merged: dict[str, Any] = read_config_file(path) if path is not None else {}
    file_prices = merged.pop("prices", {})
    merged.update(env_values(environ))
    merged.update({key: value for key, value in (overrides or {}).items() if value is not None})
    merged["prices"] = {**DEFAULT_PRICES, **file_prices}
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        raise UsageError(f"invalid setting {first_validation_error(exc)}") from None


def _default_config_path(environ: Mapping[str, str]) -> Path | None:
    explicit = environ.get(ENV_PREFIX + "CONFIG")
    if explicit:
        return Path(explicit)
    local = Path.cwd() / CONFIG_FILE_NAME
    return local if local.is_file() else None
