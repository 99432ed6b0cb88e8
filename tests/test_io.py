import os
import stat
import threading
from pathlib import Path

import pytest

from summarizer.io import JsonlAppender, OutputError, _Syncer, write_atomically


def test_the_file_gets_the_umask_mode_and_no_temporary_is_left(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "sub" / "brief.md", "内容\n")
    finally:
        os.umask(old_mask)
    written = tmp_path / "sub" / "brief.md"
    assert written.read_text(encoding="utf-8") == "内容\n"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    assert [path.name for path in written.parent.iterdir()] == ["brief.md"]


def test_a_directory_is_refused_untouched_and_no_temporary_is_left(tmp_path: Path) -> None:
    occupied = tmp_path / "out.md"
    occupied.mkdir()
    (occupied / "keep.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(OutputError, match="is a directory"):
        write_atomically(occupied, "new")
    assert (occupied / "keep.txt").read_text(encoding="utf-8") == "kept"
    assert [path.name for path in tmp_path.iterdir()] == ["out.md"]


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        write_atomically(blocker / "inside.md", "x")


def test_lines_synced_behind_are_in_the_file_at_once_and_the_syncer_ends_with_the_appender(
    tmp_path: Path,
) -> None:
    out = tmp_path / "results.jsonl"
    appender = JsonlAppender(out, sync_behind=True)
    for number in range(50):
        appender.write(f'{{"n": {number}}}')
        assert out.read_bytes().count(b"\n") == number + 1  # a killed process would lose none of them
    appender.close()
    assert out.read_text(encoding="utf-8").splitlines()[-1] == '{"n": 49}'
    assert "summarizer-fsync" not in {thread.name for thread in threading.enumerate()}


def test_a_failed_sync_behind_is_raised_by_the_next_write_or_the_close() -> None:
    readable, writable = os.pipe()  # fsync of a pipe fails (EINVAL) like a disk that cannot sync
    try:
        syncer = _Syncer(writable)
        syncer.request()
        with pytest.raises(OSError):
            syncer.finish()
    finally:
        os.close(readable)
        os.close(writable)
