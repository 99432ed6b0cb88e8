"""Check gold files: schema, sha256 of the article file, and every quote grounded in its article.

Usage: python evals/check_gold.py [GOLD.json ...]   (default: every file in evals/gold/)
Run from the project root (gold `file` paths are relative to it). Exit code 1 on any problem.
"""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "evals" / "schema" / "gold.schema.json"


def fold(text: str) -> str:
    """NFKC, then drop all whitespace: the guidelines' comparison form."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def problems_in(gold_path: Path) -> list[str]:
    """Every problem found in one gold file, as readable lines."""
    import jsonschema

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    found = [f"schema: {err.message}" for err in jsonschema.Draft202012Validator(schema).iter_errors(gold)]
    article_path = ROOT / gold.get("file", "")
    if not article_path.is_file():
        return [*found, f"article file not found: {gold.get('file')}"]
    article_bytes = article_path.read_bytes()
    if hashlib.sha256(article_bytes).hexdigest() != gold.get("sha256"):
        found.append("sha256 does not match the article file")
    folded_article = fold(article_bytes.decode("utf-8-sig"))
    for section in ("priorities", "targets", "non_targets"):
        for item in gold.get(section, []):
            if fold(item.get("quote", "")) not in folded_article:
                found.append(f"{section}: quote not in article: {item.get('quote')!r}")
    for target in gold.get("targets", []):
        if fold(target.get("raw", "")) not in fold(target.get("quote", "")):
            found.append(f"targets: raw {target.get('raw')!r} not inside its quote {target.get('quote')!r}")
    region_names = {r["name"] for r in gold.get("regions", [])}
    for section in ("priorities", "targets"):
        for item in gold.get(section, []):
            if item.get("region") is not None and item["region"] not in region_names:
                found.append(f"{section}: region {item['region']!r} is not in regions")
    return found


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or sorted((ROOT / "evals" / "gold").glob("*.json"))
    failures = 0
    for path in paths:
        problems = problems_in(path)
        failures += len(problems)
        print(f"{path.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"  - {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
