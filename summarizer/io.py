"""Every write of an output file: whole files atomically, JSONL lines appended and synced, torn lines cut,
one writer at a time, lines dropped by an atomic rewrite."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from summarizer.errors import SummarizerError


class OutputError(SummarizerError):
    """An output file that cannot be written."""


class OutputBusy(OutputError):
    """An output file that another run is writing: nothing was done."""


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A temporary file in the directory of `path` (so a rename replaces `path` atomically)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _move_into_place(temp_name: str, path: Path) -> None:
    """Give the temporary file the mode an ordinary write would (0666 less the umask, not mkstemp's
    0600), then rename it over `path`."""
    os.chmod(temp_name, 0o666 & ~_current_umask())
    os.replace(temp_name, path)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write a whole file or nothing: a temporary file in the same directory, renamed into place."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temp_name = _temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as temp_file:
            temp_file.write(payload)
        _move_into_place(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


class AtomicLines:
    """A file written line by line into a temporary file and renamed into place by `commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bytes = 0
        handle, self._temp = _temporary_beside(path)
        self._file: IO[bytes] = os.fdopen(handle, "wb")

    def write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        self._file.write(data)
        self.bytes += len(data)

    def commit(self) -> None:
        self._file.close()
        _move_into_place(self._temp, self.path)

    def discard(self) -> None:
        self._file.close()
        Path(self._temp).unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    written = 0
    while written < len(data):
        written += os.write(fd, data[written:])


def _open_for_append(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)


class JsonlAppender:
    """Appends whole lines: one write per line, then fsync, so no reader sees half a record."""

    def __init__(self, path: Path) -> None:
        self._fd = _open_for_append(path)

    def write(self, line: str) -> None:
        _write_all(self._fd, (line + "\n").encode("utf-8"))
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)


def append_line(path: Path, line: str) -> None:
    """Append one synced line to a JSONL file (opened and closed for this line only)."""
    appender = JsonlAppender(path)
    try:
        appender.write(line)
    finally:
        appender.close()


def complete_lines(path: Path) -> list[bytes]:
    """The whole lines of a JSONL file, without a torn last line (a missing file has none)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    return data[: data.rfind(b"\n") + 1].splitlines()


def cut_torn_line(path: Path) -> int:
    """Cut a last line that a killed writer left without its newline; the number of bytes cut."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    with path.open("r+b") as handle:
        end = size
        while end > 0:
            start = max(0, end - 65536)
            handle.seek(start)
            newline = handle.read(end - start).rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        if keep != size:
            handle.truncate(keep)
    return size - keep


@contextmanager
def exclusive_writer(path: Path) -> Iterator[None]:
    """Hold the lock that lets one run at a time write `path` (an flock on `.NAME.lock` beside it, released
    when the process ends however it ends); OutputBusy at once when another run holds it."""
    import fcntl

    lock_path = path.with_name(f".{path.name}.lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OutputBusy(
            f"{path} is being written by another run; wait for it to finish or choose another --out"
        ) from None
    try:
        yield
    finally:
        os.close(fd)


def keep_lines(path: Path, keep: Callable[[int], bool]) -> None:
    """Rewrite a file atomically with only the lines `keep` accepts (by number, from 0), copied a piece at
    a time (a huge line is never held whole) and synced before the rename: a crash leaves the old file or
    the new one."""
    handle, temp_name = _temporary_beside(path)
    try:
        with path.open("rb") as source, os.fdopen(handle, "wb") as target:
            number = 0
            keeping = keep(number)
            while piece := source.readline(1 << 20):
                if keeping:
                    target.write(piece)
                if piece.endswith(b"\n"):
                    number += 1
                    keeping = keep(number)
            target.flush()
            os.fsync(target.fileno())
        _move_into_place(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
