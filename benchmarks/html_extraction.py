"""Main-text extraction from HTML: the hand-written page-text parser against trafilatura, per page.

Run: .venv/bin/python benchmarks/html_extraction.py [--markdown]
Pages: the HTML inputs the tests build (synthetic) and the real government and news pages saved in
tests/fixtures/web/ (each with its reference main text, cut by hand: see tests/fixtures/web/SOURCES.md).
Measures, on letters and digits only (spaces and punctuation left out): recall = share of the reference
recovered (longest common subsequence), leaked = share of the extracted text that is not in the reference
(menus, related-news lists, footers). Issue 15: adopt trafilatura if it is better or equal.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Indel  # noqa: E402

from summarizer.ingest.load import decode_html  # noqa: E402
from summarizer.ingest.webpage import extract_html, read_page  # noqa: E402
from tests.test_load import PAGE  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "web"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@dataclass(frozen=True)
class Sample:
    name: str
    markup: str
    reference: str


def seed_page(seed: Path) -> Sample:
    """A seed as test_clean builds it: one <p> per line inside <article>, a menu and a footer around."""
    source = seed.read_text(encoding="utf-8")
    body = "".join(f"<p>{html.escape(line.strip())}</p>" for line in source.splitlines() if line.strip())
    markup = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>政府网站</title>"
        "<script>var tracker = '首页 > 广告';</script></head><body>"
        "<nav><a href='/'>首页</a> &gt; <a>要闻动态</a></nav>"
        f"<article>{body}</article><footer>版权所有 © 2024</footer></body></html>"
    )
    return Sample(f"test: seed {seed.name[:3]} as a page", markup, source)


def test_samples() -> list[Sample]:
    """The HTML inputs of the test suite, with what each test expects as the article."""
    paragraphs = SEEDS[1].read_text(encoding="utf-8").splitlines()[:3]
    usability = (
        "<html><head><title>t</title></head><body><nav>Home | English</nav>"
        + "".join(f"<p>{line}</p>" for line in paragraphs)
        + "</body></html>"
    )
    return [
        Sample(
            "test: furniture page (test_load)",
            PAGE,
            "锚定“千亿级园区”建设目标 托克托县将以项目建设为抓手，锚定目标任务。全年实施重大项目90个以上"
            "完成投资85亿元以上。生物医药 清洁能源 项目 90个",
        ),
        Sample(
            "test: one paragraph (test_load)",
            "<!DOCTYPE html><html><head><title>访谈</title></head><body><p>正文第一段。</p></body></html>",
            "正文第一段。",
        ),
        *(seed_page(seed) for seed in SEEDS),
        Sample("test: three paragraphs (test_usability)", usability, "\n".join(paragraphs)),
    ]


def real_samples() -> list[Sample]:
    samples = []
    for page in sorted(FIXTURES.glob("*.html")):
        markup, _ = decode_html(page.read_bytes(), page.name)
        samples.append(Sample(page.stem, markup, page.with_suffix(".txt").read_text(encoding="utf-8")))
    return samples


def letters(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def score(reference: str, extracted: str) -> tuple[float, float]:
    """(recall, leaked) of an extraction against the reference main text."""
    wanted, got = letters(reference), letters(extracted)
    if not got:
        return 0.0, 0.0
    common = (len(wanted) + len(got) - Indel.distance(wanted, got)) // 2
    return common / len(wanted), (len(got) - common) / len(got)


def trafilatura_defaults(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_tables=True) or ""


def adopted(markup: str) -> str:
    """What the loader now does: trafilatura as configured in webpage.py, the page's text where it fails."""
    return extract_html(markup, "page")[0]


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "hand-written": lambda markup: read_page(markup).text,
    "trafilatura defaults": trafilatura_defaults,
    "adopted": adopted,
}


def row(sample: Sample) -> tuple[list[str], dict[str, tuple[float, float, float]]]:
    scores = {}
    for name, extract in EXTRACTORS.items():
        started = time.perf_counter()
        text = extract(sample.markup)
        seconds = time.perf_counter() - started
        scores[name] = (*score(sample.reference, text), seconds)
    cells = [sample.name, str(len(letters(sample.reference)))]
    cells += [f"{recall:.2f} / {leaked:.2f}" for recall, leaked, _ in scores.values()]
    return cells, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    markdown = parser.parse_args().markdown
    header = ["page", "reference chars", *(f"{name}: recall / leaked" for name in EXTRACTORS)]
    lines = [header]
    for group in (test_samples(), real_samples()):
        results = [row(sample) for sample in group]
        lines += [cells for cells, _ in results]
        lines.append(summary_row(group, [scores for _, scores in results]))
    print_table(lines, markdown)


def summary_row(group: list[Sample], results: list[dict[str, tuple[float, float, float]]]) -> list[str]:
    label = "mean, test pages" if group[0].name.startswith("test:") else f"mean, {len(group)} real pages"
    cells = [label, ""]
    for name in EXTRACTORS:
        recall = statistics.mean(result[name][0] for result in results)
        leaked = statistics.mean(result[name][1] for result in results)
        milliseconds = 1000 * statistics.mean(result[name][2] for result in results)
        cells.append(f"{recall:.2f} / {leaked:.2f} ({milliseconds:.0f} ms)")
    return cells


def print_table(lines: list[list[str]], markdown: bool) -> None:
    if markdown:
        print("| " + " | ".join(lines[0]) + " |")
        print("|" + "---|" * len(lines[0]))
        for cells in lines[1:]:
            print("| " + " | ".join(cells) + " |")
        return
    widths = [max(len(cells[i]) for cells in lines) for i in range(len(lines[0]))]
    for cells in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)))


if __name__ == "__main__":
    main()
