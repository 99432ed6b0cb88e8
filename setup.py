"""Build: the offline rules engine compiled to C with mypyc (part of mypy) where the machine has a C
compiler, pure Python otherwise or when SUMMARIZER_PURE_PYTHON is set. The same source runs either way;
compiled, offline extraction reads 27-38% more text a second (README, "Quality and speed"). The
package's metadata is in pyproject.toml."""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path

from setuptools import Extension, setup

COMPILED_SOURCES = (
    "summarizer/extract/rules/*.py",
    "summarizer/extract/rules/priorities/*.py",
    "summarizer/ingest/sections.py",
    "summarizer/ingest/gazetteer.py",
    "summarizer/ingest/places.py",
    "summarizer/ingest/plan_year.py",
    "summarizer/ingest/regions.py",
    "summarizer/parse/quantities.py",
    "summarizer/parse/deadlines.py",
)
"""The modules of the offline path that do the work; a pydantic model cannot live in one of them."""

GROUP = "summarizer_native"
"""The compiled modules share one library, `summarizer_native__mypyc`, beside the package."""

MYPY_OPTIONS = ["--config-file=", "--ignore-missing-imports"]
"""The project's mypy settings load the pydantic plugin, which the build's own environment lacks; the
code is checked strictly by `make lint`, the compiler needs only the types."""


def compiler_found() -> bool:
    command = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(command) is not None


def compiles_here() -> bool:
    """Whether this build compiles the rules engine: not when asked for pure Python or with no compiler."""
    return not os.environ.get("SUMMARIZER_PURE_PYTHON") and compiler_found()


def compiled_extensions() -> list[Extension]:
    if not compiles_here():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # built without its own environment (pip's --no-build-isolation) and no mypy
        return []
    return mypycify([*MYPY_OPTIONS, *compiled_sources(Path())], opt_level="3", group_name=GROUP)


def compiled_sources(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for pattern in COMPILED_SOURCES for path in root.glob(pattern))


if __name__ == "__main__":  # as the build runs it; the tests import the lists above
    setup(ext_modules=compiled_extensions())
