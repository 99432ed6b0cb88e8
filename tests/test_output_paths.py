"""Where `--out` points (issue 12, item 5 and the minor items): outputs are regular files only.

A directory, a device, a FIFO or a socket is refused with one line before anything is opened; a
symlink is followed and its target written (atomically for whole files, appended to for JSONL); a full
disk or a read-only directory gives its own one-line message. Every case runs the real CLI.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.batch_server import BatchTestServer
from tests.conftest import GOLD_DIR, ROOT, SEED_000, SEED_004, RunCli, assert_one_line_error
from tests.test_batch import flags, make_corpus, submit_and_wait

GOLD_004 = GOLD_DIR / "004_fab3b2d8eed75f17.json"

CommandFor = Callable[[Path, Path], list[str]]
"""(output path, a scratch directory) → the CLI arguments that write the output there."""


def _summarize_json(out: Path, _: Path) -> list[str]:
    return ["summarize", str(SEED_004), "--format", "json", "--out", str(out)]


def _corpus_run(out: Path, _: Path) -> list[str]:
    return ["summarize", str(SEED_004), "--format", "jsonl", "--out", str(out)]


def _brief_md(out: Path, _: Path) -> list[str]:
    return ["brief", str(SEED_004), "--format", "md", "--out", str(out)]


def _eval_save(out: Path, scratch: Path) -> list[str]:
    gold = scratch / "gold"
    gold.mkdir(exist_ok=True)
    shutil.copy(GOLD_004, gold / GOLD_004.name)
    return ["eval", "--gold", str(gold), "--root", str(ROOT), "--save", str(out)]


COMMANDS: dict[str, CommandFor] = {
    "summarize --format json": _summarize_json,
    "corpus run (JSONL append)": _corpus_run,
    "brief --format md": _brief_md,
    "eval --save": _eval_save,
}


# --- symlinks: the target is written, the link stays ------------------------------------------------


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_symlink_is_followed_and_its_target_written(command: str, run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "real" / "output"
    target.parent.mkdir()
    target.write_text("", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(target)
    result = run_cli(*COMMANDS[command](link, tmp_path))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == target
    assert target.stat().st_size > 0
    assert [path.name for path in target.parent.iterdir()] == ["output"]  # no temporary left beside it


def test_a_corpus_run_through_a_symlink_appends_to_its_target_and_resumes(
    run_cli: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "results.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    first = run_cli("summarize", str(SEED_004), "--out", str(link))
    second = run_cli("summarize", str(SEED_004), str(SEED_000), "--out", str(link))
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert "1 already done" in second.stderr
    assert link.is_symlink()
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_a_symlink_to_a_device_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to("/dev/null")
    result = run_cli(*_summarize_json(link, tmp_path), timeout=30)
    assert_one_line_error(result, str(link), "is a device")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"


def test_a_symlink_loop_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    result = run_cli(*_summarize_json(tmp_path / "a.json", tmp_path), timeout=30)
    assert_one_line_error(result, "cannot write", "symbolic links")


# --- what is not a regular file is refused, and left as it was --------------------------------------


def _make_fifo(path: Path) -> None:
    os.mkfifo(path)


def _make_directory(path: Path) -> None:
    path.mkdir()
    (path / "keep.txt").write_text("kept", encoding="utf-8")


def _make_socket(path: Path) -> None:
    """A bound Unix socket (its file stays after the socket is closed)."""
    cwd = Path.cwd()
    os.chdir(path.parent)  # a relative name: tmp_path can exceed a socket address's 108 bytes
    try:
        with socket.socket(socket.AF_UNIX) as listener:
            listener.bind(path.name)
    finally:
        os.chdir(cwd)


NOT_REGULAR: dict[str, tuple[Callable[[Path], None], str, Callable[[os.stat_result], bool]]] = {
    "FIFO": (_make_fifo, "is a FIFO", lambda st: stat.S_ISFIFO(st.st_mode)),
    "directory": (_make_directory, "is a directory", lambda st: stat.S_ISDIR(st.st_mode)),
    "socket": (_make_socket, "is a socket", lambda st: stat.S_ISSOCK(st.st_mode)),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("kind", sorted(NOT_REGULAR))
def test_a_path_that_is_not_a_regular_file_is_refused(
    kind: str, command: str, run_cli: RunCli, tmp_path: Path
) -> None:
    make, message, still_there = NOT_REGULAR[kind]
    out = tmp_path / "occupied.out"
    make(out)
    result = run_cli(*COMMANDS[command](out, tmp_path), timeout=30)  # a FIFO must not block the run
    assert_one_line_error(result, str(out), message)
    assert still_there(os.lstat(out))
    assert not [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_device_node_is_refused_and_stays_a_device(command: str, run_cli: RunCli, tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # /dev/null's numbers, here in tmp_path
    result = run_cli(*COMMANDS[command](device, tmp_path), timeout=30)
    assert_one_line_error(result, "is a device")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_batch_collect_refuses_a_fifo(run_cli: RunCli, batch_server: BatchTestServer, tmp_path: Path) -> None:
    job_dir = tmp_path / "job"
    submit_and_wait(run_cli, batch_server, SEED_004, job_dir)
    fifo = tmp_path / "collected.jsonl"
    os.mkfifo(fifo)
    result = run_cli("batch", "collect", str(job_dir), "--out", str(fifo), *flags(batch_server), timeout=30)
    assert_one_line_error(result, "is a FIFO")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# --- a full disk, a read-only directory -------------------------------------------------------------


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "summarizer.cli.app", *args]


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_write_past_the_file_size_limit_is_a_one_line_error(command: str, tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes the kernel fail the write itself (EFBIG), the same path a full disk takes;
    it works for any user. Python ignores SIGXFSZ, so the write returns the error."""
    out = tmp_path / "out" / "result"
    argv = _cli(*COMMANDS[command](out, tmp_path))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120,
                            preexec_fn=_limit_file_size, check=False)  # fmt: skip
    assert_one_line_error(result, str(out), "cannot write", "File too large")
    if command.startswith("corpus"):
        assert "Every finished article is in" in result.stderr
        assert not out.exists() or out.read_bytes().count(b"\n") == 0  # a torn line the rerun cuts
    else:
        assert list(out.parent.iterdir()) == []  # no temporary file, no half a file


def _private_mount_available() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=16k tmpfs /tmp"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    return probe.returncode == 0


needs_private_mount = pytest.mark.skipif(
    not _private_mount_available(),
    reason="needs `unshare -rm` and mount in a user namespace (a tmpfs of its own for the test)",
)

ON_PRIVATE_TMPFS = (
    'mount -t tmpfs -o "$1" tmpfs "$2" || exit 97; d=$2; l=$3; shift 3; '
    '"$@"; rc=$?; cp -a "$d/." "$l"; exit $rc'
)
"""Mount a tmpfs (options $1) on directory $2 in a private mount namespace, run the command, then copy
what it left in $2 to $3 (outside the mount, which only this namespace sees)."""


def run_on_private_tmpfs(
    options: str, directory: Path, argv: list[str]
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The finished command, and a copy of what it left on the tmpfs."""
    directory.mkdir(exist_ok=True)
    left = directory.with_name(directory.name + "-left")
    left.mkdir()
    command = ["unshare", "-rm", "sh", "-c", ON_PRIVATE_TMPFS, "sh", options, str(directory), str(left)]
    command += argv
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode != 97, result.stderr
    return result, left


@needs_private_mount
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_full_disk_is_a_one_line_error(command: str, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    out = disk / "result"
    result, left = run_on_private_tmpfs("size=8k", disk, _cli(*COMMANDS[command](out, tmp_path)))
    assert_one_line_error(result, str(out), "No space left on device")
    if command.startswith("corpus"):
        assert "Every finished article is in" in result.stderr
    else:
        assert list(left.iterdir()) == []  # no temporary file, no half a file


@needs_private_mount
def test_a_corpus_run_keeps_the_records_that_fit_on_a_full_disk(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    corpus = make_corpus(tmp_path / "corpus")  # records of about 30, 17 and 4 KB
    argv = _cli("summarize", str(corpus), "--out", str(disk / "results.jsonl"))
    result, left = run_on_private_tmpfs("size=40k", disk, argv)
    assert_one_line_error(result, "No space left on device", "run the same command again to resume")
    kept = (left / "results.jsonl").read_bytes()
    whole = kept[: kept.rfind(b"\n") + 1].splitlines()
    assert [json.loads(line)["source_path"].endswith("a.txt") for line in whole] == [True]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_read_only_output_directory_is_a_one_line_error(command: str, tmp_path: Path) -> None:
    directory = tmp_path / "read-only"
    out = directory / "result"
    argv = _cli(*COMMANDS[command](out, tmp_path))
    if os.geteuid() != 0:
        directory.mkdir()
        directory.chmod(0o555)
        result = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
        directory.chmod(0o755)
        assert_one_line_error(result, str(out), "Permission denied")
        return
    if not _private_mount_available():
        pytest.skip("root ignores directory permissions, and no private read-only mount is possible here")
    result, _ = run_on_private_tmpfs("ro,size=8k", directory, argv)
    assert_one_line_error(result, str(out), "Read-only file system")


def test_an_existing_output_is_replaced_whole_through_the_link(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "summary.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target.name)  # a relative link, resolved against its own directory
    result = run_cli(*_summarize_json(link, tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["article_id"]
    assert link.is_symlink()


def test_batch_submit_into_a_file_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    occupied = tmp_path / "job"
    occupied.write_text("kept", encoding="utf-8")
    offline_endpoint = [
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--api-key",
        "sk-unused",
    ]  # fails before a call
    result = run_cli("batch", "submit", str(SEED_004), "--out", str(occupied), *offline_endpoint, timeout=30)
    assert_one_line_error(result, str(occupied), "exists and is not a directory")
    assert occupied.read_text(encoding="utf-8") == "kept"
