"""The package's architecture: import layers (import-linter's contracts in pyproject.toml), no import
cycles between sibling packages, patterns that compile, and an installed wheel that works outside the
checkout."""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import json
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType
from typing import Any

import grimp
import pytest

import summarizer
from summarizer.text import LazyPattern
from tests.conftest import ROOT, SEED_000
from tests.llm_server import LLMTestServer

BIN = Path(sys.executable).parent


def test_the_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(BIN / "lint-imports")], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def module_patterns(value: object) -> list[LazyPattern]:
    """The lazily compiled patterns a module-level value is or holds (in a list, tuple or dict)."""
    if isinstance(value, LazyPattern):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [pattern for item in value for pattern in module_patterns(item)]
    return []


def test_every_lazily_compiled_pattern_compiles() -> None:
    """Patterns compile on first use, so a broken one would only fail on the text that reaches it."""
    patterns: dict[int, LazyPattern] = {}
    for module_info in pkgutil.walk_packages(summarizer.__path__, "summarizer."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            patterns.update((id(pattern), pattern) for pattern in module_patterns(value))
    assert len(patterns) > 100
    for pattern in patterns.values():
        assert isinstance(pattern.compiled, re.Pattern), pattern.pattern


def sibling_groups(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """The children of `package`, then recursively those of each child package."""
    children = sorted(graph.find_children(package))
    groups = [children]
    for child in children:
        if graph.find_children(child):
            groups += sibling_groups(graph, child)
    return groups


def test_no_two_sibling_modules_or_packages_import_each_other() -> None:
    graph = grimp.build_graph("summarizer")
    cycles = [
        (first, second)
        for siblings in sibling_groups(graph, "summarizer")
        for first, second in itertools.combinations(siblings, 2)
        if graph.chain_exists(first, second, as_packages=True)
        and graph.chain_exists(second, first, as_packages=True)
    ]
    assert cycles == []


def test_every_package_says_what_it_owns() -> None:
    packages = [path for path in (ROOT / "summarizer").rglob("__init__.py")]
    undocumented = [
        str(path.relative_to(ROOT))
        for path in packages
        if not path.read_text(encoding="utf-8").startswith('"""')
    ]
    assert len(packages) >= 9 and undocumented == []


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the project installed from its wheel (not the checkout).

    The dependencies come from this environment's site-packages through a path file, so no index is
    needed; path files inside that directory (the editable install's finder) are not read from there.
    """
    work = tmp_path_factory.mktemp("wheel")
    pure = {**os.environ, "SUMMARIZER_PURE_PYTHON": "1"}  # the package's layout and data; the compiled
    # rules engine is the editable install's (test_the_rules_engine_runs_compiled_from_the_sources_here)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(work / "dist"), str(ROOT)],
        capture_output=True, text=True, check=False, timeout=600, env=pure,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    purelib = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(subprocess.check_output([str(venv / "bin" / "python"), "-c", purelib], text=True).strip())
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    wheel = next((work / "dist").glob("*.whl"))
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
         "--no-deps", str(wheel)],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-2000:]
    return venv


def run_installed(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv / "bin" / "summarizer"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.slow
def test_the_wheel_imports_from_site_packages_with_its_data(wheel_venv: Path, tmp_path: Path) -> None:
    probe = (
        "import json, summarizer, summarizer.extract.rules.backend, summarizer.extract.llm.backend\n"
        "from summarizer.extract.llm.prompts import available_prompts\n"
        "from summarizer.brief.html import asset\n"
        "print(json.dumps({'file': summarizer.__file__, 'prompts': available_prompts(),"
        " 'css': len(asset('brief.css')), 'js': len(asset('brief.js'))}))"
    )
    result = subprocess.run(
        [str(wheel_venv / "bin" / "python"), "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(result.stdout)
    assert Path(found["file"]).is_relative_to(wheel_venv) and ROOT not in Path(found["file"]).parents
    assert {"extract.v1", "extract.v2", "extract.v3"} <= set(found["prompts"])
    assert found["css"] > 1000 and found["js"] > 500


@pytest.mark.slow
def test_the_installed_command_summarizes_with_both_backends(
    wheel_venv: Path, server: LLMTestServer, tmp_path: Path
) -> None:
    rules = run_installed(wheel_venv, "summarize", str(SEED_000), "--format", "json", cwd=tmp_path)
    assert rules.returncode == 0, rules.stderr
    assert len(json.loads(rules.stdout)["targets"]) >= 20
    llm = run_installed(wheel_venv, "summarize", str(SEED_000), "--format", "json", "--backend", "llm",
                        "--base-url", server.url, "--no-cache", cwd=tmp_path)  # fmt: skip
    assert llm.returncode == 0, llm.stderr
    summary = json.loads(llm.stdout)
    assert summary["provenance"]["prompt_id"] == "extract.v3" and summary["targets"]
    brief = run_installed(wheel_venv, "brief", str(SEED_000), "--out", str(tmp_path / "b.html"), cwd=tmp_path)
    assert brief.returncode == 0, brief.stderr
    assert "<style>" in (tmp_path / "b.html").read_text(encoding="utf-8")


def build_script() -> ModuleType:
    """setup.py, imported (it builds nothing unless run as the build runs it)."""
    spec = importlib.util.spec_from_file_location("build_script", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_rules_engine_runs_compiled_from_the_sources_here() -> None:
    """Where the machine has a C compiler, the install compiles the rules engine (setup.py), and the
    tests must run that code: a source changed since the build means they would check code that no
    longer runs (`make install` builds it again; `make test` does so by itself). A pure-Python install
    (SUMMARIZER_PURE_PYTHON, or no compiler) must not find a compiled build left in the tree, which the
    import system would take over the sources. `--version` says which it is."""
    build = build_script()
    meant = {source.removesuffix(".py") for source in build.compiled_sources(ROOT)}
    left = [
        str(path)
        for path in ROOT.glob("summarizer/**/*.so")
        if str(path.relative_to(ROOT)).split(".")[0] not in meant
    ]
    assert not left, f"compiled modules no longer in setup.py shadow their sources (`make clean`): {left}"
    names = [source.removesuffix(".py").replace("/", ".") for source in build.compiled_sources(ROOT)]
    files = [Path(importlib.import_module(name).__file__ or "") for name in names]
    command = Path(sys.executable).parent / "summarizer"
    version = subprocess.run([command, "--version"], capture_output=True, text=True, check=True)
    if not build.compiles_here():
        assert [file.suffix for file in files] == [".py"] * len(files), "a compiled build left: `make clean`"
        assert version.stdout.endswith("(rules engine: pure Python)\n")
        return
    assert [file.suffix for file in files] == [".so"] * len(files), [str(file) for file in files]
    assert version.stdout.endswith("(rules engine: compiled)\n")
    native = importlib.util.find_spec(f"{build.GROUP}__mypyc")
    assert native is not None and native.origin is not None
    built = min(Path(native.origin).stat().st_mtime, *(file.stat().st_mtime for file in files))
    changed = [
        str(path.relative_to(ROOT))
        for path in ROOT.glob("summarizer/**/*.py")
        if path.stat().st_mtime > built
    ]
    assert not changed, f"changed since the rules engine was compiled (run `make install`): {changed[:5]}"


EXTRACTION_DUMP = """
import json, re, sys
from pathlib import Path
import summarizer.extract.rules.backend as backend
from summarizer.ingest.load import load_single, text_document
from summarizer.ingest.prepare import prepare_article

root = Path(sys.argv[1])
paths = sorted([*(root / "evals" / "articles").rglob("*.txt"), *(root / "seeds").glob("*.txt")])
documents = [load_single(str(path), path.read_bytes()) for path in paths]
for test in sorted((root / "tests").glob("test_*.py")):
    lines = [line for line in test.read_text("utf-8").splitlines() if re.search("[\\u4e00-\\u9fff]", line)]
    documents.append(text_document("\\n".join(lines)))
summaries = [backend.extract_article(prepare_article(document)) for document in documents]
found = [summary.model_dump(mode="json", exclude={"seconds"}) for summary in summaries]
print(json.dumps({"module": backend.__file__, "found": found}, ensure_ascii=False, sort_keys=True))
"""


@pytest.mark.slow
def test_the_compiled_rules_engine_finds_what_its_python_source_finds(tmp_path: Path) -> None:
    """The compiler may change what code does where its types are wrong (a check that raises) or where
    it reads code otherwise (a patched name, a copied object): the compiled engine and the same source
    run as Python, side by side, on every article of the project and the Chinese of every test file."""
    build = build_script()
    if not build.compiles_here():
        pytest.skip("the rules engine is not compiled here")
    shutil.copytree(
        ROOT / "summarizer", tmp_path / "summarizer", ignore=shutil.ignore_patterns("*.so", "__pycache__")
    )

    def dump(package_root: Path) -> dict[str, Any]:
        """What the engine finds, run with `package_root` first on the path (`python -c` puts the working
        directory there)."""
        environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
        result = subprocess.run(
            [sys.executable, "-c", EXTRACTION_DUMP, str(ROOT)],
            cwd=package_root, env=environment, capture_output=True, text=True, check=True, timeout=600,
        )  # fmt: skip
        return json.loads(result.stdout)  # type: ignore[no-any-return]

    compiled, source = dump(ROOT), dump(tmp_path)
    assert compiled["module"].endswith(".so") and source["module"].endswith(".py")
    assert len(compiled["found"]) > 100 and sum(len(found["targets"]) for found in compiled["found"]) > 500
    assert compiled["found"] == source["found"]
