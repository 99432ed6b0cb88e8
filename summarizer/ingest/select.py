"""Which files of an input directory are articles: the suffixes read, the user's globs, the files skipped.

A file named on the command line is always read. In a directory, files with a supported suffix are
articles unless they are plainly something else: a project file (README, LICENSE), a
JSON-lines file whose records have no text, or a text with almost no Chinese prose (a Markdown sources
table, an English note). `--include` globs choose the files of a directory explicitly (no guessing);
`--exclude` globs leave files out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from summarizer.errors import InputError
from summarizer.ingest.fetch import is_url
from summarizer.ingest.load import (
    HTML_SUFFIXES,
    STDIN_PATH,
    SUPPORTED_SUFFIXES,
    decode_bytes,
    load_path,
    strict_decode,
    supported_files_under,
    truncated_utf8,
)
from summarizer.text import LazyPattern

LOOKED_FOR = ", ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
PROJECT_FILE_STEMS = frozenset(
    {"README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "HISTORY", "CONTRIBUTING", "AUTHORS"}
    | {"NOTICE", "COPYING", "CITATION", "TODO"}
)
MIN_CHINESE_CHARS = 10
MIN_CHINESE_SHARE = 0.2
"""Of the letters of a text's prose (Chinese characters and Latin letters), the share that must be Chinese."""
SAMPLE_BYTES = 16_384
"""How much of a text file is read to tell an article from something else (the loader reads it all later)."""
TABLE_ROW = LazyPattern(r"^\s*\|.*\|\s*$")
CHINESE_RUN = LazyPattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
NOT_LATIN_LETTERS = bytes(byte for byte in range(256) if not chr(byte).isascii() or not chr(byte).isalpha())
"""Every byte but A-Z and a-z: deleted from a text's ASCII, what is left is its Latin letters."""


@dataclass(frozen=True)
class Skipped:
    """A file of a directory that is not read, and why."""

    path: str
    directory: str
    reason: str


@dataclass
class InputSelection:
    files: list[str] = field(default_factory=list)
    """What to read: files as given, "-" for stdin, and the articles found in directories."""
    skipped: list[Skipped] = field(default_factory=list)
    empty_directories: list[str] = field(default_factory=list)
    """Directories given that hold no article to read."""


def select_inputs(
    inputs: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    output: Path | None = None,
) -> InputSelection:
    """The files to read from the inputs; InputError for an input that does not exist.

    `output` is the run's own output file, which may sit inside an input directory: never an input.
    """
    selection = InputSelection()
    skip_output = _resolved(output) if output is not None else None
    for given in inputs:
        path = Path(given)
        if given == STDIN_PATH or is_url(given) or path.is_file() or path.is_symlink():
            selection.files.append(given)  # a URL or a broken link fails when read
        elif path.is_dir():
            candidates = [
                candidate
                for candidate in supported_files_under(path)
                if skip_output is None or _resolved(candidate) != skip_output
            ]
            _select_in_directory(given, candidates, include, exclude, selection)
        else:
            raise InputError(f"{given}: no such file or directory")
    selection.files = list(dict.fromkeys(selection.files))
    return selection


def _select_in_directory(
    directory: str,
    found: Sequence[Path],
    include: Sequence[str],
    exclude: Sequence[str],
    selection: InputSelection,
) -> None:
    chosen = 0
    for path in found:
        relative = path.relative_to(directory).as_posix()
        if exclude and matches(path, relative, exclude):
            continue
        if include:
            if matches(path, relative, include):
                selection.files.append(str(path))
                chosen += 1
            continue
        reason = not_an_article(path)
        if reason is None:
            selection.files.append(str(path))
            chosen += 1
        else:
            selection.skipped.append(Skipped(str(path), directory, reason))
    if not chosen:
        selection.empty_directories.append(directory)


def matches(path: Path, relative: str, globs: Sequence[str]) -> bool:
    """A glob matches a file's name, its path inside the directory given, or its path as given."""
    return any(
        fnmatchcase(path.name, glob) or fnmatchcase(relative, glob) or fnmatchcase(path.as_posix(), glob)
        for glob in globs
    )


def not_an_article(path: Path) -> str | None:
    """Why a file found in a directory is not an article, or None when it is one (or cannot be read:
    the loader reports that as a failure)."""
    stem = path.name.split(".", 1)[0].upper()
    if stem in PROJECT_FILE_STEMS:
        return f"a {stem} file, not an article"
    if path.suffix.lower() == ".jsonl":
        return _jsonl_without_text(path)
    text = html_text(path) if path.suffix.lower() in HTML_SUFFIXES else text_sample(path)
    if text is None or not text.strip() or "\x00" in text:  # empty or binary: the loader says which
        return None
    return prose_problem(text)


def html_text(path: Path) -> str | None:
    """A page's main text, as the loader extracts it; None when it cannot be read."""
    try:
        return "\n".join(document.text for document in load_path(str(path)).documents)
    except InputError:
        return None


def text_sample(path: Path) -> str | None:
    """The first SAMPLE_BYTES of a text file, cut at a line end and decoded; None when it cannot be read."""
    try:
        with path.open("rb") as source:
            data = source.read(SAMPLE_BYTES + 1)
    except OSError:
        return None
    if len(data) > SAMPLE_BYTES:
        data = data[: data.rfind(b"\n", 0, SAMPLE_BYTES) + 1 or SAMPLE_BYTES]
    utf8 = strict_decode(data, "utf-8-sig") or truncated_utf8(data)
    if utf8 is not None:
        return utf8
    try:
        return decode_bytes(data, str(path))[0]
    except InputError:
        return None


def _jsonl_without_text(path: Path) -> str | None:
    """A JSON-lines file whose first record is an object without a "text" field is not an article corpus."""
    try:
        with path.open("rb") as lines:
            first = next((line for line in lines if line.strip()), b"")
        record = json.loads(first)
    except (OSError, ValueError):
        return None
    if isinstance(record, dict) and not isinstance(record.get("text"), str):
        return 'JSON lines without a "text" field, not articles'
    return None


def prose_problem(text: str) -> str | None:
    """None for a text with Chinese prose; else what it is instead (a table, or too little Chinese)."""
    lines = text.splitlines()
    table_rows = sum(1 for line in lines if TABLE_ROW.match(line)) if "|" in text else 0
    prose = "\n".join(line for line in lines if not TABLE_ROW.match(line)) if table_rows else text
    latin = len(prose.encode("ascii", "ignore").translate(None, NOT_LATIN_LETTERS))
    if _has_enough_chinese(prose, latin):
        return None
    if table_rows >= 3:
        return "a table with almost no Chinese prose, not an article"
    chinese = sum(map(len, CHINESE_RUN.findall(prose)))
    return f"almost no Chinese prose ({chinese} Chinese characters, {latin} Latin letters), not an article"


def _has_enough_chinese(prose: str, latin: int) -> bool:
    """Whether the prose has enough Chinese beside `latin` letters, counting its Chinese only as far as
    needed (every file of a directory is looked at before a corpus run starts)."""
    chinese = 0
    for run in CHINESE_RUN.finditer(prose):
        chinese += run.end() - run.start()
        if chinese >= MIN_CHINESE_CHARS and chinese >= MIN_CHINESE_SHARE * (chinese + latin):
            return True
    return False


def no_articles_message(directory: str, skipped: int) -> str:
    """What a user sees when a directory gives nothing to read."""
    message = f"no articles found in {directory} (looked for {LOOKED_FOR})"
    if skipped:
        message += f"; {skipped} file(s) skipped as not articles: --include GLOB reads them"
    return message


def _resolved(path: Path) -> Path | None:
    """The path with its links followed, or None when they loop or cannot be followed."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None
