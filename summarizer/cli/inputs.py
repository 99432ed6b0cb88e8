"""Inputs as the commands read them: directories searched for articles, each file skipped named on stderr."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError


@dataclass(frozen=True)
class InputFilter:
    """The user's `--include` / `--exclude` globs for the files of directory inputs."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @classmethod
    def from_options(cls, include: Sequence[str] | None, exclude: Sequence[str] | None) -> InputFilter:
        return cls(tuple(include or ()), tuple(exclude or ()))


ALL_FILES = InputFilter()
"""No globs: every article a directory holds."""


def chosen_inputs(inputs: Sequence[str], chooser: InputFilter, output: Path | None = None) -> list[str]:
    """The files to read (directories expanded); InputError when there is nothing to read at all."""
    from summarizer.ingest.select import no_articles_message, select_inputs

    selection = select_inputs(inputs, chooser.include, chooser.exclude, output)
    for skipped in selection.skipped:
        print(f"Skipped {skipped.path}: {skipped.reason}.", file=sys.stderr)
    empty = [
        no_articles_message(directory, sum(s.directory == directory for s in selection.skipped))
        for directory in selection.empty_directories
    ]
    if not selection.files:
        raise InputError("; ".join(empty) or "no input given")
    for message in empty:
        print(f"Warning: {message}", file=sys.stderr)
    return selection.files
