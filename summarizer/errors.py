"""Every error the tool reports to a user derives from SummarizerError; and what a message may show."""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from pydantic import ValidationError


class SummarizerError(Exception):
    """Base class: the CLI prints `Error: <message>` and exits with `exit_code`."""

    exit_code = 1


class InputError(SummarizerError):
    """An input file or stream that cannot be read as an article."""


class ConfigError(SummarizerError):
    """A setting, flag or config file that is missing or wrong."""


class UsageError(ConfigError):
    """A flag or setting value the command cannot use (unknown choice, contradiction): exit code 2."""

    exit_code = 2


class BackendError(SummarizerError):
    """A backend (LLM endpoint, rules) that could not produce a result."""


class GoldError(SummarizerError):
    """A gold file or eval run that is malformed or does not fit the gold set."""


class SummarizerWarning(UserWarning):
    """A problem the run works around (a damaged cache); the CLI prints it as one `Warning: …` line."""


def warn(message: str) -> None:
    """Report a problem the run works around, once per message (Python's default warnings filter)."""
    warnings.warn(SummarizerWarning(message), stacklevel=2)


# --- what an error message may show ---------------------------------------------------------------

DETAIL_CHARS = 200


def first_validation_error(exc: ValidationError) -> str:
    """The first problem of a pydantic validation error as `field.path: message`."""
    first = exc.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    return f"{location}: {str(first['msg']).removeprefix('Value error, ')}"


def first_line(text: str, limit: int = DETAIL_CHARS) -> str:
    """The first non-blank line of a text, cut to `limit` characters."""
    stripped = text.strip()
    return stripped.splitlines()[0][:limit] if stripped else ""


SHORT_SECRET_CHARS = 8
"""A secret shorter than this (a local server's placeholder such as "k" or "none") is hidden only where it
stands as a word of its own: replaced everywhere, it would turn every "k" of a message into ***."""


def redact(text: str, secret: str | None) -> str:
    """The text with every copy of `secret` replaced by ***; a short secret only where it is a word of its
    own (not inside a longer run of ASCII letters, digits, "-" or "_")."""
    if not secret:
        return text
    if len(secret) >= SHORT_SECRET_CHARS:
        return text.replace(secret, "***")
    return re.sub(rf"(?<![A-Za-z0-9_-]){re.escape(secret)}(?![A-Za-z0-9_-])", "***", text)


def public_url(url: str) -> str:
    """A URL safe to print, store and use in a cache key: no user:password@, no query (keys hide
    there under any name), no fragment, no trailing slash."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
