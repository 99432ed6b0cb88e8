"""Every write of an output file: whole files atomically, JSONL lines appended and synced, torn lines cut,
one writer at a time, lines dropped by an atomic rewrite.

Outputs are regular files only. A path that is a directory, a device, a FIFO or a socket is refused
before anything is opened; a symlink is followed, and its target (a regular file, or a new one) is
written: atomically for whole files, appended to for JSONL.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from summarizer.errors import SummarizerError


class OutputError(SummarizerError):
    """An output file that cannot be written."""


NOT_REGULAR = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISCHR, "is a device"),
    (stat.S_ISBLK, "is a device"),
    (stat.S_ISFIFO, "is a FIFO"),
    (stat.S_ISSOCK, "is a socket"),
)


def cannot_write(path: Path, exc: OSError) -> OutputError:
    """The one-line error for an OSError met while writing `path`."""
    return OutputError(f"{path}: cannot write: {exc.strerror or exc}")


def _refuse_unless_regular(path: Path, mode: int) -> None:
    for is_kind, what in NOT_REGULAR:
        if is_kind(mode):
            raise OutputError(f"{path}: cannot write: {what}; outputs are regular files only")
    if not stat.S_ISREG(mode):
        raise OutputError(f"{path}: cannot write: not a regular file")


def output_target(path: Path) -> Path:
    """The file a write to `path` lands in: `path`, or the end of its symlinks; it is a regular file or
    does not exist yet. A directory, device, FIFO or socket is refused without being opened."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise cannot_write(path, exc) from None
    _refuse_unless_regular(path, mode)
    return target


def make_output_directory(path: Path) -> None:
    """Create a directory for outputs (and its parents); a path that is something else is an error."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{path}: cannot write: exists and is not a directory") from None
    except OSError as exc:
        raise cannot_write(path, exc) from None


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
        raise cannot_write(path, exc) from None


def _move_into_place(temp_name: str, path: Path) -> None:
    """Give the temporary file the mode an ordinary write would (0666 less the umask, not mkstemp's
    0600), then rename it over `path`."""
    os.chmod(temp_name, 0o666 & ~_current_umask())
    os.replace(temp_name, path)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write a whole file or nothing: a temporary file in the same directory, renamed into place."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target = output_target(path)
    handle, temp_name = _temporary_beside(target)
    try:
        with os.fdopen(handle, "wb") as temp_file:
            temp_file.write(payload)
        _move_into_place(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise cannot_write(path, exc) from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


class AtomicLines:
    """A file written line by line into a temporary file and renamed into place by `commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bytes = 0
        self._target = output_target(path)
        handle, self._temp = _temporary_beside(self._target)
        self._file: IO[bytes] = os.fdopen(handle, "wb")

    def write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        try:
            self._file.write(data)
        except OSError as exc:
            raise cannot_write(self.path, exc) from None
        self.bytes += len(data)

    def commit(self) -> None:
        try:
            self._file.close()
            _move_into_place(self._temp, self._target)
        except OSError as exc:
            Path(self._temp).unlink(missing_ok=True)
            raise cannot_write(self.path, exc) from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # a buffered write failing on close: the file is thrown away
            self._file.close()
        Path(self._temp).unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    written = 0
    while written < len(data):
        written += os.write(fd, data[written:])


APPEND_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
"""O_NONBLOCK: a FIFO put in place after the check fails to open instead of waiting for a reader."""


def _open_for_append(path: Path) -> int:
    """A descriptor appending to the regular file at `path` (or its symlink's target), created if missing."""
    target = output_target(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, APPEND_FLAGS, 0o644)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):  # replaced between the check and the open
        os.close(fd)
        _refuse_unless_regular(path, mode)
    return fd


class JsonlAppender:
    """Appends whole lines: one write per line, so no reader sees half a record, and each line synced to
    disk. With `sync_behind`, a thread of the appender's own syncs (fsync releases the interpreter) while
    the caller goes on: a run's event loop never waits on the disk, and `close` waits for the last sync.
    Either way a line is in the file the moment `write` returns, so a killed process loses none."""

    def __init__(self, path: Path, *, sync_behind: bool = False) -> None:
        self.path = path
        self._fd = _open_for_append(path)
        self._syncer = _Syncer(self._fd) if sync_behind else None

    def write(self, line: str | bytes) -> None:
        """One line (str, or bytes already UTF-8), without its newline."""
        data = line.encode("utf-8") if isinstance(line, str) else line
        try:
            _write_all(self._fd, data + b"\n")
            if self._syncer is None:
                os.fsync(self._fd)
            else:
                self._syncer.request()
        except OSError as exc:
            raise cannot_write(self.path, exc) from None

    def close(self) -> None:
        try:
            if self._syncer is not None:
                self._syncer.finish()
        except OSError as exc:
            raise cannot_write(self.path, exc) from None
        finally:
            os.close(self._fd)


class _Syncer:
    """fsyncs a descriptor in a daemon thread whenever lines were written since its last sync."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._wanted = threading.Event()
        self._stopping = False
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="summarizer-fsync", daemon=True)
        self._thread.start()

    def request(self) -> None:
        """Ask for a sync of what was written; a failure of an earlier sync is raised here."""
        self._raise_failure()
        self._wanted.set()

    def finish(self) -> None:
        """Stop the thread after a last sync, raising a failure of any."""
        self._stopping = True
        self._wanted.set()
        self._thread.join()
        self._raise_failure()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            stopping = self._stopping  # read before the sync: every line written before `finish` is in it
            self._wanted.clear()
            try:
                os.fsync(self._fd)
            except OSError as exc:
                self._error = exc
            if stopping:
                return

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise self._error


def append_line(path: Path, line: str) -> None:
    """Append one synced line to a JSONL file (opened and closed for this line only)."""
    appender = JsonlAppender(path)
    try:
        appender.write(line)
    finally:
        appender.close()


def complete_lines(path: Path) -> list[bytes]:
    """The whole lines of a JSONL file, without a torn last line (a missing file has none)."""
    target = output_target(path)
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise OutputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return data[: data.rfind(b"\n") + 1].splitlines()


def _end_of_last_line(handle: IO[bytes], size: int) -> int:
    """The offset just after the last newline of a file (0 when it has none), read from the end."""
    end = size
    while end > 0:
        start = max(0, end - 65536)
        handle.seek(start)
        newline = handle.read(end - start).rfind(b"\n")
        if newline >= 0:
            return start + newline + 1
        end = start
    return 0


def cut_torn_line(path: Path) -> int:
    """Cut a last line that a killed writer left without its newline; the number of bytes cut."""
    target = output_target(path)
    try:
        with target.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            keep = _end_of_last_line(handle, size)
        if keep != size:
            os.truncate(target, keep)
    except FileNotFoundError:
        return 0
    except OSError as exc:
        raise cannot_write(path, exc) from None
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
