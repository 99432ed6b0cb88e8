"""Check gold files: JSON schema, sha256 of the article file, and every quote grounded in its article.

Usage: python evals/check_gold.py [--root DIR] [GOLD.json ...]   (default: every file in evals/gold/*/)
Gold `file` paths are relative to --root (default: the project root). Exit code 1 on any problem.
The checks themselves live in summarizer.evals.gold (check_gold), shared with the eval harness.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from summarizer.errors import GoldError
from summarizer.evals.gold import check_gold, load_gold_file

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "evals" / "schema" / "gold.schema.json"


def schema_problems(gold_path: Path) -> list[str]:
    """Violations of gold.schema.json, as readable lines."""
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    return [f"schema: {'/'.join(map(str, err.path))}: {err.message}" for err in validator.iter_errors(data)]


def problems_in(gold_path: Path, root: Path) -> list[str]:
    """Every problem found in one gold file."""
    try:
        found = schema_problems(gold_path)
        gold = load_gold_file(gold_path)
    except (ValueError, GoldError) as exc:
        return [str(exc)]
    try:
        return found + check_gold(gold, root)
    except GoldError as exc:
        return [*found, str(exc)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("gold", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.gold or sorted((ROOT / "evals" / "gold").glob("*/*.json"))
    failures = 0
    for path in paths:
        problems = problems_in(path, args.root)
        failures += len(problems)
        print(f"{path.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"  - {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
