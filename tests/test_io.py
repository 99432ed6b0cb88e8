import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from summarizer.io import BackgroundAppender, OutputError, write_atomically


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


def test_a_background_appender_writes_every_line_whole_and_in_order_by_close(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    appender = BackgroundAppender(out)
    writers = [
        threading.Thread(target=lambda name=name: [appender.write(f"{name}{n}".encode()) for n in range(300)])
        for name in ("a", "b")
    ]  # more lines than its queue holds, from two threads, as the LLM path's reader and loop write
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    appender.close()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == sorted(f"{name}{n}" for name in "ab" for n in range(300))
    assert [line for line in lines if line.startswith("a")] == [f"a{n}" for n in range(300)]


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE (POSIX)")
def test_a_background_appender_raises_a_failed_write(tmp_path: Path) -> None:
    code = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from summarizer.io import BackgroundAppender, OutputError\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))\n"
        "appender = BackgroundAppender(Path(sys.argv[1]))\n"
        "try:\n"
        "    for _ in range(50):\n"
        "        appender.write('x' * 99)\n"
        "    appender.close()\n"
        "except OutputError as exc:\n"
        "    print(exc)\n"
    )
    out = tmp_path / "out.jsonl"
    result = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True,
                            timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: cannot write: File too large"
    assert out.read_bytes() == (b"x" * 99 + b"\n") * 10  # the lines that fit, each whole
