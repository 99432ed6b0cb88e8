"""`summarizer view`: the local viewer served by the real CLI on 127.0.0.1, read over HTTP and clicked
through in headless Chromium (Playwright driving Debian's Chromium; no browser download)."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.browser import chromium_or_skip, png_size
from tests.conftest import ROOT, SEED_000, SEED_004, RunCli

DEV_BASELINE = ROOT / "evals" / "baselines" / "rules-dev.json"
ADDRESS = re.compile(r"at (http://127\.0\.0\.1:\d+/)$")
HOSTILE_TITLE = '<script>alert("title")</script>'
HOSTILE_TEXT = '<img src=x onerror="alert(1)"> 托克托县今年实施重大项目90个以上，完成投资50亿元。'


@contextmanager
def viewer(*args: str, cwd: Path = ROOT) -> Iterator[str]:
    """`summarizer view ARGS` in a subprocess; yields its address; stopped with Ctrl-C (exit 130)."""
    command = [sys.executable, "-m", "summarizer.cli.app", "view", *args]
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        found = ADDRESS.search(line)
        assert found, (line, process.stderr.read() if process.poll() is not None else "")
        yield found.group(1)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        finally:
            process.kill()
    assert process.returncode == 130


def get(url: str) -> tuple[str, dict[str, str]]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8"), dict(response.headers)


@pytest.fixture(scope="module")
def run_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL run of the two seeds and a hostile article."""
    directory = tmp_path_factory.mktemp("view")
    (directory / "hostile.md").write_text(f"# {HOSTILE_TITLE}\n\n{HOSTILE_TEXT}\n", encoding="utf-8")
    out = directory / "run.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "summarizer.cli.app", "summarize", str(SEED_000), str(SEED_004),
         str(directory / "hostile.md"), "--out", str(out), "--workers", "1"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out


def test_the_tables_filter_and_every_text_is_escaped(run_file: Path) -> None:
    with viewer(str(run_file)) as address:
        page, headers = get(address + "targets")
        assert "default-src 'none'" in headers["content-security-policy"]
        assert HOSTILE_TITLE not in page and "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in page
        total = int(re.search(r"(\d+) of (\d+) targets", page).group(2))  # type: ignore[union-attr]
        filtered, _ = get(address + "targets?region=%E6%89%98%E5%85%8B%E6%89%98%E5%8E%BF")  # 托克托县
        matching = int(re.search(r"(\d+) of \d+ targets", filtered).group(1))  # type: ignore[union-attr]
        assert 0 < matching < total
        regions = re.findall(r'<td class="col-region"><a [^>]*>([^<]*)</a>', filtered)
        assert regions and set(regions) == {"托克托县"}
        searched, _ = get(address + "targets?text=" + urllib.request.quote("完成投资50亿元"))
        assert "1 of" in searched
        key, item = re.findall(r'href="/article/([^"#]+)#(t-\d+)"', searched)[0]
        article, _ = get(address + f"article/{key}")
        assert "<img src=x" not in article and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in article
        assert re.search(
            rf'<mark id="{item}" class="hl hl-target kind-\w+"[^>]*>完成投资50亿元</mark>', article
        )
        assert "<script" not in article.replace('<script src="/assets/', "")


def test_a_database_opens_the_same_tables(run_file: Path, run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert run_cli("db", "import", str(run_file), "--db", str(db)).returncode == 0
    with viewer(str(db)) as address:
        page, _ = get(address + "targets")
        run_page_count = sum(1 for line in run_file.read_text(encoding="utf-8").splitlines()
                             for _ in json.loads(line)["targets"])  # fmt: skip
        assert f"{run_page_count} of {run_page_count} targets" in page
        key = re.findall(r'href="/article/([^"#]+)#t-1"', page)[0]
        article, _ = get(address + f"article/{key}")
        assert '<mark id="t-1"' in article


def test_an_eval_run_lists_each_articles_errors() -> None:
    baseline = json.loads(DEV_BASELINE.read_text(encoding="utf-8"))
    worst = min(baseline["articles"], key=lambda article: (article["scores"]["targets"]["f1"], article["id"]))
    with viewer(str(DEV_BASELINE)) as address:
        page, _ = get(address + "evaluation")
        assert page.count('class="row-link"') == len(baseline["articles"])
        key = re.findall(r'data-href="/article/([^"#]+)#evaluation"', page)[0]
        article, _ = get(address + f"article/{key}")
        assert f"gold {worst['id']}" in article
        for error in worst["errors"]:
            assert f'<tr class="error-{error["error"]}">' in article
        if any(error["error"] == "false_negative" for error in worst["errors"]):
            assert 'class="hl hl-missed' in article


def test_with_a_base_run_the_changes_are_listed(run_file: Path, tmp_path: Path) -> None:
    records = [json.loads(line) for line in run_file.read_text(encoding="utf-8").splitlines()]
    first = records[0]
    removed = first["targets"].pop()  # the base run lacks one target the new run has
    first["targets"][0]["deadline"] = "2099"  # and read another one's deadline differently
    base = tmp_path / "base.jsonl"
    base.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8")
    with viewer(str(run_file), "--base", str(base)) as address:
        page, _ = get(address + "changes")
        assert "1 article(s) differ" in page
        assert f"+ target {removed['metric']} {removed['raw']}" in page
        assert "deadline 2099 → " in page


def test_bad_sources_and_ports_are_one_line_errors(run_cli: RunCli, run_file: Path, tmp_path: Path) -> None:
    missing = run_cli("view", str(tmp_path / "nothing.jsonl"))
    assert (
        missing.returncode == 1 and missing.stderr.startswith("Error: ") and "Traceback" not in missing.stderr
    )
    with viewer(str(run_file)) as address:
        port = address.rsplit(":", 1)[1].strip("/")
        taken = run_cli("view", str(run_file), "--port", port)
        assert taken.returncode == 1
        assert taken.stderr.strip() == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use"
    assert run_cli("view", str(run_file), "--port", "0").returncode == 2


def test_without_the_web_stack_the_error_names_the_install(
    run_cli: RunCli, run_file: Path, tmp_path: Path
) -> None:
    shadow = tmp_path / "shadow" / "uvicorn"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'uvicorn'\", name='uvicorn')\n", encoding="utf-8"
    )
    result = run_cli("view", str(run_file), env={"PYTHONPATH": str(shadow.parent)})
    assert result.returncode == 1
    assert result.stderr == (
        "Error: the viewer needs uvicorn, which is not installed: pip install 'zh-policy-summarizer[view]' "
        "(in a checkout: pip install -e '.[view]')\n"
    )


@pytest.mark.browser
def test_in_chromium_a_filter_and_a_row_open_the_highlighted_quote(tmp_path: Path) -> None:
    chromium = chromium_or_skip()
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the browser test drives Chromium with Playwright"
    )
    baseline = json.loads(DEV_BASELINE.read_text(encoding="utf-8"))
    with viewer(str(DEV_BASELINE)) as address, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(address + "targets")
        total = len(page.locator("#rows tbody tr").all())
        kinds = page.locator("#filter-kind option").all_inner_texts()
        chosen = next(kind for kind in kinds if kind not in ("any", "goal"))  # a kind fewer targets have
        with page.expect_navigation():
            page.select_option("#filter-kind", chosen)  # the filter submits itself on change
        assert f"kind={chosen}" in page.url
        shown_kinds = set(page.locator("#rows tbody td.col-kind").all_inner_texts())
        assert shown_kinds == {chosen}
        rows = page.locator("#rows tbody tr")
        assert 0 < rows.count() < total
        raw = rows.first.locator("td.col-raw").inner_text()
        page.screenshot(path=str(tmp_path / "view-table.png"))
        with page.expect_navigation():
            rows.first.locator("td.col-quote").click()  # anywhere on the row, not only its link
        assert "/article/" in page.url and "#t-" in page.url
        mark = page.locator(f"mark#{page.url.rsplit('#', 1)[1]}")
        assert mark.is_visible() and raw in mark.inner_text()
        assert "active" in (mark.get_attribute("class") or "")  # the brief's script pinned its fields
        panel = page.locator("#info")
        assert panel.is_visible() and chosen in panel.inner_text()
        page.screenshot(path=str(tmp_path / "view-article.png"))
        page.click("#nav-evaluation")
        assert page.locator("#rows tbody tr").count() == len(baseline["articles"])
        with page.expect_navigation():
            page.locator("#rows tbody tr").first.locator("td").nth(1).click()
        assert page.locator("#evaluation").is_visible()
        page.screenshot(path=str(tmp_path / "view-evaluation.png"))
        browser.close()
    for name in ("view-table.png", "view-article.png", "view-evaluation.png"):
        assert png_size(tmp_path / name) == (1280, 900)
        assert (tmp_path / name).stat().st_size > 20_000  # not a blank page
