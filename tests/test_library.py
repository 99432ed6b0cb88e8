"""The library API in `summarizer/__init__.py`: the three lines of the README, and light imports."""

from __future__ import annotations

import subprocess
import sys

import summarizer
from tests.conftest import SEED_000


def test_a_string_is_summarized_in_three_lines() -> None:
    from summarizer import summarize_text

    summary = summarize_text(SEED_000.read_text(encoding="utf-8"))
    assert summary.status == "ok" and summary.provenance.backend == "rules"
    assert {"托克托县", "土默特左旗"} <= {target.region for target in summary.targets}


def test_every_exported_name_resolves() -> None:
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None


def test_importing_the_package_and_summarizing_offline_never_imports_openai() -> None:
    code = (
        "import sys, summarizer\n"
        "light = 'summarizer.extract.pipeline' not in sys.modules\n"
        "summarizer.summarize_text('托克托县今年计划实施重大项目90个以上。')\n"
        "print(light, 'openai' in sys.modules, 'instructor' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False", "False"]
