import os
import stat
from pathlib import Path

import pytest

from summarizer.io import OutputError, write_atomically


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
