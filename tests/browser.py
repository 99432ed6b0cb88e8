"""Headless Chromium for the browser tests: find it, install Debian's package once if allowed, run it.

Installing needs root and apt-get; it is tried once per machine (a lock file serializes concurrent
test runs, a marker file remembers a failed attempt) and takes at most INSTALL_TIMEOUT seconds.
Where no Chromium can be had, `chromium_or_skip` skips the test with the reason.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_PACKAGES = ("chromium", "fonts-noto-cjk")
INSTALL_TIMEOUT = 600.0
RUN_TIMEOUT = 90.0
STATE_DIR = Path(tempfile.gettempdir())
LOCK_FILE = STATE_DIR / "summarizer-chromium-install.lock"
FAILED_MARKER = STATE_DIR / "summarizer-chromium-install.failed"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-quic",
    "--hide-scrollbars",
    "--virtual-time-budget=3000",
)


def find_chromium() -> str | None:
    """The first Chromium or Chrome on PATH."""
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def install_chromium() -> str:
    """Install Debian's chromium (and CJK fonts for the screenshot); return why not when it cannot."""
    if os.name != "posix" or os.geteuid() != 0:
        return "not root: cannot apt-get install chromium"
    if shutil.which("apt-get") is None:
        return "no apt-get: cannot install chromium"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    commands = (
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", *INSTALL_PACKAGES],
    )
    for command in commands:
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, env=env, timeout=INSTALL_TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired:
            return f"{' '.join(command)} took longer than {INSTALL_TIMEOUT:.0f} s"
        if done.returncode != 0:
            last_line = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return f"{' '.join(command)} failed: {last_line}"
    return ""


def ensure_chromium() -> tuple[str | None, str]:
    """(path to Chromium, "") or (None, the reason there is none); installs at most once per machine."""
    found = find_chromium()
    if found:
        return found, ""
    with LOCK_FILE.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = find_chromium()
        if found:
            return found, ""
        if FAILED_MARKER.exists():
            return None, f"an earlier install failed: {FAILED_MARKER.read_text(encoding='utf-8').strip()}"
        reason = install_chromium()
        found = find_chromium()
        if found is None:
            reason = reason or "chromium installed but not on PATH"
            FAILED_MARKER.write_text(reason + "\n", encoding="utf-8")
            return None, reason
    return found, ""


def chromium_or_skip() -> str:
    found, reason = ensure_chromium()
    if found is None:
        pytest.skip(f"no headless Chromium: {reason}")
    return found


def run_chromium(chromium: str, url: str, user_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on one URL with its own profile directory and no background networking."""
    command = [chromium, *FLAGS, f"--user-data-dir={user_dir}", *extra, url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    if done.returncode != 0:
        raise AssertionError(f"chromium exited {done.returncode}: {done.stderr[-2000:]}")
    return done


def dump_dom(chromium: str, page: Path, work_dir: Path) -> str:
    """The DOM after the page's scripts ran, serialized as HTML."""
    return run_chromium(chromium, page.resolve().as_uri(), work_dir / "profile-dom", "--dump-dom").stdout


def screenshot(
    chromium: str, page: Path, png: Path, width: int = 1280, height: int = 900, fragment: str = ""
) -> None:
    """A PNG of the page's first screen (or of the screen showing `fragment`)."""
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    run_chromium(
        chromium,
        url,
        png.parent / f"profile-{png.stem}",
        f"--screenshot={png}",
        f"--window-size={width},{height}",
    )


def png_size(png: Path) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk; AssertionError when the file is not a PNG."""
    header = png.read_bytes()[:24]
    if not header.startswith(PNG_SIGNATURE) or header[12:16] != b"IHDR":
        raise AssertionError(f"{png} is not a PNG")
    width, height = struct.unpack(">II", header[16:24])
    return width, height
