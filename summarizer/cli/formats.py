"""Which format a command writes: `--format` if given, else the suffix of `--out`.

One rule for `summarize` and `brief`: a known suffix names its format, `--format` may say the same or
name the format of a file whose suffix says nothing; a suffix the command cannot tell, a format it cannot
write and a `--format` that contradicts the suffix are usage errors (exit code 2).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.errors import UsageError

STDOUT = "-"
"""`--out -` writes to standard output, as no `--out` does."""


@dataclass(frozen=True)
class OutputFormats:
    """What one command can write, and how a file's suffix names it."""

    command: str
    suffixes: Mapping[str, str]
    default: str
    """The format for standard output when `--format` is not given."""
    terminal_only: frozenset[str] = frozenset()
    unavailable: Mapping[str, str] = field(default_factory=dict)
    """Formats a user may expect that this version cannot write, each with what to do instead."""

    @property
    def choices(self) -> list[str]:
        return list(dict.fromkeys([self.default, *self.suffixes.values(), *self.terminal_only]))


def output_file(out: Path | None) -> Path | None:
    """The file `--out` names; None for standard output (no `--out`, or `--out -`)."""
    return None if out is None or str(out) == STDOUT else out


def resolve_format(formats: OutputFormats, given: str | None, out: Path | None) -> str:
    """The format to write; UsageError for an unknown or unavailable one, or one that contradicts --out."""
    chosen = None if given is None else known_format(formats, given)
    out = output_file(out)
    if out is None:
        return chosen or formats.default
    named = formats.suffixes.get(out.suffix.lower())
    unavailable_suffix = out.suffix.lower().lstrip(".")
    if chosen is None and unavailable_suffix in formats.unavailable:
        refuse_unavailable(unavailable_suffix, formats)
    if chosen in formats.terminal_only:
        raise UsageError(
            f"--format {chosen} is for the terminal; a file gets {_listed(formats, files_only=True)}"
        )
    if chosen is None:
        if named is None:
            raise UsageError(
                f"cannot tell the format from --out {out}: name a {_suffix_list(formats)} file, "
                "or pass --format"
            )
        return named
    if named is not None and named != chosen:
        raise UsageError(f"--format {chosen} contradicts --out {out}, whose suffix means {named}: drop one")
    return chosen


def known_format(formats: OutputFormats, given: str) -> str:
    """The format a `--format` value names, in any case."""
    wanted = given.strip().lower()
    if wanted in formats.unavailable:
        refuse_unavailable(wanted, formats)
    if wanted not in formats.choices:
        raise UsageError(
            f"unknown --format {given!r} for {formats.command}: choose {_listed(formats, files_only=False)}"
        )
    return wanted


def refuse_unavailable(name: str, formats: OutputFormats) -> None:
    raise UsageError(f"{formats.command} cannot write {name} in this version: {formats.unavailable[name]}")


def _listed(formats: OutputFormats, files_only: bool) -> str:
    names = [name for name in formats.choices if not (files_only and name in formats.terminal_only)]
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]


def _suffix_list(formats: OutputFormats) -> str:
    firsts = {name: suffix for suffix, name in reversed(list(formats.suffixes.items()))}
    suffixes = [firsts[name] for name in dict.fromkeys(formats.suffixes.values())]
    return ", ".join(suffixes[:-1]) + f" or {suffixes[-1]}"
