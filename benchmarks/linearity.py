"""Offline extraction time per MB as the article grows: it must stay flat (linear time).

The worst case the hardening review found: one sentence of comma-separated quantities
("投资1亿元，投资2亿元，…"), fed at 0.5, 1, 2 and 4 MB, plus a mixed text with a quantity and a time word
every ~100 characters. Prints seconds and seconds per MB; the largest per-MB figure must stay within
1.5x of the smallest.

Usage: .venv/bin/python benchmarks/linearity.py [--sizes 0.5,1,2,4]
"""

from __future__ import annotations

import argparse
import time

from summarizer.extract.pipeline import summarize_document
from summarizer.extract.rules.backend import RulesBackend
from summarizer.ingest.load import text_document

MB = 1024 * 1024


def one_sentence(size_bytes: int) -> str:
    """One sentence of comma-separated quantities, `size_bytes` of UTF-8 long."""
    parts, size, index = ["托克托县今年"], 0, 0
    while size < size_bytes:
        part = f"投资{index % 97 + 1}亿元，"
        parts.append(part)
        size += len(part.encode("utf-8"))
        index += 1
    return "".join(parts) + "。"


def mixed(size_bytes: int) -> str:
    """Paragraphs of ordinary plan sentences: a quantity and a time word about every 100 characters. Each
    sentence has figures of its own, so no paragraph repeats another (cleaning drops repeated paragraphs,
    which would leave the rules the same few whatever the size)."""
    sentence = (
        "到2027年，全县计划新建高标准农田{n}万亩，完成固定资产投资{n}亿元以上，"
        "新增就业岗位{n}个，确保年底前全面完成改造任务。"
    )
    parts, size, index = ["托克托县政府工作报告\n"], 0, 0
    while size < size_bytes:
        part = sentence.format(n=index + 10) + ("\n" if index % 5 == 4 else "")
        parts.append(part)
        size += len(part.encode("utf-8"))
        index += 1
    return "".join(parts)


def seconds_for(text: str) -> float:
    started = time.perf_counter()
    summarize_document(text_document(text), RulesBackend())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.5,1,2,4", help="sizes in MB, comma-separated")
    sizes = [float(size) for size in parser.parse_args().sizes.split(",")]
    print(f"{'input':<14} {'MB':>5} {'seconds':>8} {'s/MB':>7}")
    for name, make in (("one sentence", one_sentence), ("mixed", mixed)):
        per_mb = []
        for size in sizes:
            seconds = seconds_for(make(int(size * MB)))
            per_mb.append(seconds / size)
            print(f"{name:<14} {size:>5g} {seconds:>8.2f} {seconds / size:>7.2f}")
        print(f"{name:<14} largest/smallest s/MB: {max(per_mb) / min(per_mb):.2f} (goal ≤ 1.5)")


if __name__ == "__main__":
    main()
