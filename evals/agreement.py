"""Agreement between two annotators: one pass's gold scored as predictions against the other's.

Usage: python evals/agreement.py REFERENCE_DIR OTHER_DIR [--root DIR]
Both directories hold gold files (*.json) named alike; articles found in both are compared. The other
pass's required items are the predictions, the reference pass is the gold (its optional items absorb
matches both ways, as in every eval): so the F1 is the usual one of guidelines §5, lenient and strict.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summarizer.evals.gold import as_prediction, load_gold_file
from summarizer.evals.runs import load_gold_articles
from summarizer.evals.score import ArticleScores, score_article, total_scores

ROOT = Path(__file__).resolve().parent.parent


def compare_dirs(reference_dir: Path, other_dir: Path, root: Path) -> list[tuple[str, ArticleScores]]:
    """(article id, scores of the other pass against the reference) for each article in both."""
    scored = []
    for gold, document in load_gold_articles(reference_dir, root):
        other_path = other_dir / f"{gold.article}.json"
        if not other_path.exists():
            continue
        prediction = as_prediction(load_gold_file(other_path), optional=False)
        scored.append((gold.article, score_article(gold, prediction, document.text).scores))
    return scored


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    scored = compare_dirs(args.reference, args.other, args.root)
    if not scored:
        print("no article is labeled in both directories")
        return 1
    print(f"{'article':<58} {'targets tp/fp/fn':>16} {'F1':>5} {'strict':>6} {'prio. F1':>8}")
    for article, scores in scored:
        t = scores.targets
        print(f"{article:<58} {f'{t.tp}/{t.fp}/{t.fn}':>16} {t.f1:5.2f} {scores.targets_strict.f1:6.2f} "
              f"{scores.priorities.f1:8.2f}")  # fmt: skip
    totals = total_scores([scores for _, scores in scored])
    t = totals.targets
    print(f"{'micro':<58} {f'{t.tp}/{t.fp}/{t.fn}':>16} {t.f1:5.2f} {totals.targets_strict.f1:6.2f} "
          f"{totals.priorities.f1:8.2f}")  # fmt: skip
    print(f"{'macro':<58} {'':>16} {t.macro_f1:5.2f} {totals.targets_strict.macro_f1:6.2f} "
          f"{totals.priorities.macro_f1:8.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
