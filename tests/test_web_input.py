"""URL inputs through the CLI, against a real web server on 127.0.0.1: pages, charsets, redirects, errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from summarizer.schema import ArticleSummary
from tests.conftest import BACKEND_LINE, SEED_004, RunCli
from tests.web_server import PAGES, WebTestServer

GOV_PAGE = "/pages/gov-cn-npc-resolution.html"


def one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """The one stderr line of a failed run (a backend line may come before it), checked for fragments."""
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith(BACKEND_LINE)]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def summary_of(result: subprocess.CompletedProcess[str]) -> ArticleSummary:
    assert result.returncode == 0, result.stderr
    return ArticleSummary.model_validate_json(result.stdout)


def test_a_government_page_is_fetched_and_its_article_extracted(
    run_cli: RunCli, web_server: WebTestServer
) -> None:
    url = web_server.url(GOV_PAGE)
    summary = summary_of(run_cli("summarize", url, "--format", "json"))
    assert (summary.source_path, summary.url) == (url, url)
    assert summary.title is not None and summary.title.startswith("全国人民代表大会常务委员会关于批准财政部")
    reference = (PAGES / "gov-cn-npc-resolution.txt").read_text(encoding="utf-8").splitlines()[-1]
    assert unicodedata.normalize("NFKC", reference[:60]) in summary.cleaned_text  # cleaning is NFKC
    for furniture in ("网站标识码", "国务院部门网站", "京ICP备"):  # the site's footer and link lists
        assert furniture not in summary.cleaned_text
    assert summary.plan_year == 2007
    assert web_server.requests == [(GOV_PAGE, web_server.requests[0][1])]
    assert web_server.requests[0][1].startswith("summarizer")


def test_a_charset_named_only_in_the_http_header_is_used(run_cli: RunCli, web_server: WebTestServer) -> None:
    summary = summary_of(run_cli("summarize", web_server.url("/gbk"), "--format", "json"))
    paragraph = next(line for line in SEED_004.read_text(encoding="utf-8").splitlines() if "牢记嘱托" in line)
    assert unicodedata.normalize("NFKC", paragraph.strip()[:40]) in summary.cleaned_text
    assert summary.regions and summary.regions[0].name == "孪井滩生态移民示范区"


def test_redirects_are_followed_up_to_a_limit(run_cli: RunCli, web_server: WebTestServer) -> None:
    summary = summary_of(run_cli("summarize", web_server.url("/redirect/3"), "--format", "json"))
    assert summary.url == web_server.url(GOV_PAGE)
    one_line_error(run_cli("summarize", web_server.url("/redirect/9")), "more than 5 redirects")


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("ftp://127.0.0.1/article.html", "only http:// and https:// URLs can be read"),
        ("http:///article.html", "not a valid URL (no host)"),
        ("http://127.0.0.1:99999/article.html", "not a valid URL"),
        ("https://[::1/article.html", "not a valid URL"),
    ],
)
def test_bad_urls_are_a_one_line_error(run_cli: RunCli, url: str, fragment: str) -> None:
    one_line_error(run_cli("summarize", url), fragment)


def test_what_a_server_answers_instead_of_a_page_is_a_one_line_error(
    run_cli: RunCli, web_server: WebTestServer
) -> None:
    refused = f"http://127.0.0.1:{closed_port()}/article.html"
    one_line_error(run_cli("summarize", refused), refused, "cannot connect (connection refused)")
    one_line_error(run_cli("summarize", web_server.url("/missing.html")), "HTTP 404 Not Found")
    one_line_error(run_cli("summarize", web_server.url("/pdf")), "not a web page (application/pdf)")
    secret = web_server.url("/missing.html").replace("http://", "http://user:secret@")
    line = one_line_error(run_cli("summarize", secret), "HTTP 404")
    assert "secret" not in line


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_a_page_over_the_article_limit_is_refused_while_it_streams(
    run_cli: RunCli, web_server: WebTestServer, path: str
) -> None:
    one_line_error(run_cli("summarize", web_server.url(path)), "larger than an article may be (10.0 MB)")


def test_a_server_that_does_not_answer_is_a_timeout(run_cli: RunCli, web_server: WebTestServer) -> None:
    started = time.monotonic()
    result = run_cli("summarize", web_server.url("/slow"), "--fetch-timeout", "0.5")
    one_line_error(result, "no answer within 0.5 s (timeout)")
    assert time.monotonic() - started < 15


def test_brief_and_a_corpus_run_read_urls_beside_files(
    run_cli: RunCli, web_server: WebTestServer, tmp_path: Path
) -> None:
    brief = run_cli("brief", web_server.url("/gbk"), "--out", "-")
    assert brief.returncode == 0, brief.stderr
    assert "孪井滩生态移民示范区" in brief.stdout and web_server.url("/gbk") in brief.stdout
    out = tmp_path / "run.jsonl"
    result = run_cli("summarize", web_server.url(GOV_PAGE), web_server.url("/missing.html"), str(SEED_004),
                     "-o", str(out))  # fmt: skip
    assert result.returncode == 1  # one input failed; the others are done
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(record["source_path"].rsplit("/", 1)[-1], record["status"]) for record in records] == [
        ("gov-cn-npc-resolution.html", "ok"),
        ("missing.html", "failed"),
        (SEED_004.name, "ok"),
    ]
    assert "HTTP 404" in records[1]["error"]


def test_a_text_file_is_read_without_the_web_libraries() -> None:
    probe = (
        "import sys\nfrom summarizer.cli.app import main\n"
        f"sys.argv = ['summarizer', 'summarize', {str(SEED_004)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('trafilatura', 'lxml', 'httpx', 'pypinyin')\n"
        "print('HEAVY', sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.stdout.strip().endswith("HEAVY []"), result.stderr
