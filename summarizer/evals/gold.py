"""Gold files (guidelines §4): the models, loading a gold directory, checking it against its articles."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.errors import GoldError, first_validation_error
from summarizer.schema import ArticleSummary, Category, Comparator, Kind
from summarizer.text import fold, sha256_hex

if TYPE_CHECKING:
    from summarizer.ingest.load import Document

GOLD_GLOB = "*.json"


class GoldModel(BaseModel):
    """Base of the gold models: the same closed shape as gold.schema.json."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class GoldRegion(GoldModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    official: str | None = None
    position: str | None = None


class GoldPriority(GoldModel):
    id: str | None = None
    region: str | None
    category: Category
    title: str
    quote: str = Field(min_length=2)
    optional: bool = False


class GoldTarget(GoldModel):
    id: str | None = None
    region: str | None
    metric: str
    raw: str
    value: float
    value_high: float | None = None
    unit: str
    comparator: Comparator
    deadline: str | None
    baseline: float | None = None
    kind: Kind
    quote: str = Field(min_length=2)
    optional: bool = False


class NonTarget(GoldModel):
    quote: str
    why: str


Genre = Literal["work_report", "leader_statement", "lookback", "multi_region", "policy_news"]
"""What kind of text an article is (guidelines §4), for per-genre totals."""


class GoldFile(GoldModel):
    """The labels of one article."""

    article: str = Field(min_length=1)
    file: str = Field(min_length=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    plan_year: int | None
    genre: Genre | None = None
    notes: str | None = None
    regions: list[GoldRegion]
    priorities: list[GoldPriority]
    targets: list[GoldTarget]
    non_targets: list[NonTarget] = Field(default_factory=list)


def as_prediction(gold: GoldFile, *, optional: bool = True) -> ArticleSummary:
    """The gold labels as if a backend had predicted them (optional items too unless `optional` is False):
    scored against their own gold they are perfect; against another annotator's, they measure agreement."""
    targets = [t for t in gold.targets if optional or not t.optional]
    priorities = [p for p in gold.priorities if optional or not p.optional]
    return ArticleSummary.model_validate(
        {
            "article_id": gold.article,
            "source_path": gold.file,
            "sha256": gold.sha256,
            "plan_year": gold.plan_year,
            "regions": [region.model_dump() for region in gold.regions],
            "targets": [target.model_dump(exclude={"id", "optional"}) for target in targets],
            "priorities": [priority.model_dump(exclude={"id", "optional"}) for priority in priorities],
            "provenance": {"backend": "gold", "code_version": "0"},
        }
    )


def gold_paths(gold_dir: Path) -> list[Path]:
    """The gold files of a directory, sorted by file name; an empty or missing directory is an error."""
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: gold directory not found")
    paths = sorted(gold_dir.glob(GOLD_GLOB), key=lambda path: path.name)
    if not paths:
        raise GoldError(f"{gold_dir}: no gold files (*.json)")
    return paths


def load_gold_file(path: Path) -> GoldFile:
    """One gold file; a malformed one raises GoldError naming the file and the field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from None
    except RecursionError:
        raise GoldError(f"{path}: cannot read gold file: its JSON is nested too deeply") from None
    except ValueError as exc:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        reason = str(exc).split(";")[0]
        raise GoldError(f"{path}: cannot read gold file: {reason}") from None
    try:
        return GoldFile.model_validate(data)
    except ValidationError as exc:
        raise GoldError(f"{path}: field {first_validation_error(exc)}") from None


def load_gold_dir(gold_dir: Path) -> list[GoldFile]:
    """Every gold file of a directory, sorted by file name; article ids must be unique."""
    golds = [load_gold_file(path) for path in gold_paths(gold_dir)]
    seen: set[str] = set()
    for gold in golds:
        if gold.article in seen:
            raise GoldError(f"{gold_dir}: article id {gold.article!r} appears in two gold files")
        seen.add(gold.article)
    return golds


def gold_fingerprint(gold_dir: Path) -> str:
    """sha256 over the sha256 of each gold file's bytes, in file-name order: the identity of a gold set."""
    digest = hashlib.sha256()
    for path in gold_paths(gold_dir):
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def article_path(gold: GoldFile, root: Path) -> Path:
    """Where the gold file's article is: its `file` resolved against the eval's root directory.

    A `file` that leads outside the root (absolute, `..`, a symlink out of it) is an error, raised before
    the file is read and worded the same whether or not such a file exists."""
    path = root / gold.file
    try:
        inside = path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        inside = False
    if not inside:
        raise GoldError(
            f"gold {gold.article!r}: file {gold.file!r} is not inside --root {root}; "
            "gold files name their article relative to it"
        )
    return path


def load_article(gold: GoldFile, root: Path) -> Document:
    """The gold file's article, read the way `summarize` reads it (summarizer.ingest.load)."""
    from summarizer.ingest.load import load_path

    path = article_path(gold, root)
    if not path.is_file():
        raise GoldError(f"{path}: article file of gold {gold.article!r} not found (is --root right?)")
    result = load_path(str(path))
    documents = list(result.documents)
    if not documents:
        reason = f": {result.failures[0]}" if result.failures else ""
        raise GoldError(f"{path}: cannot load the article of gold {gold.article!r}{reason}")
    if len(documents) == 1:
        return documents[0]
    named = [document for document in documents if document.id == gold.article]
    if len(named) != 1:
        raise GoldError(f"{path}: holds {len(documents)} documents and none has id {gold.article!r}")
    return named[0]


def check_gold(gold: GoldFile, root: Path) -> list[str]:
    """Every problem of one gold file against its article: path, sha256, grounding of quotes, raw, regions."""
    try:
        path = article_path(gold, root)
    except GoldError as exc:
        return [str(exc)]
    if not path.is_file():
        return [f"article file not found: {gold.file}"]
    problems: list[str] = []
    if sha256_hex(path.read_bytes()) != gold.sha256:
        problems.append("sha256 does not match the article file")
    return problems + label_problems(gold, load_article(gold, root).text)


def label_problems(gold: GoldFile, article_text: str) -> list[str]:
    """The problems of a gold file's labels against its article's text: a quote not in the article, a
    `raw` not in its quote, an item's region not among the regions."""
    folded_article = fold(article_text)
    return [*_ungrounded_quotes(gold, folded_article), *_raw_outside_quote(gold), *_unknown_regions(gold)]


def _ungrounded_quotes(gold: GoldFile, folded_article: str) -> list[str]:
    sections: dict[str, list[GoldPriority] | list[GoldTarget] | list[NonTarget]] = {
        "priorities": gold.priorities,
        "targets": gold.targets,
        "non_targets": gold.non_targets,
    }
    return [
        f"{name}: quote not in article: {item.quote!r}"
        for name, items in sections.items()
        for item in items
        if fold(item.quote) not in folded_article
    ]


def _raw_outside_quote(gold: GoldFile) -> list[str]:
    return [
        f"targets: raw {target.raw!r} not inside its quote {target.quote!r}"
        for target in gold.targets
        if fold(target.raw) not in fold(target.quote)
    ]


def _section_of(item: GoldPriority | GoldTarget) -> str:
    return "priorities" if isinstance(item, GoldPriority) else "targets"


def _unknown_regions(gold: GoldFile) -> list[str]:
    names = {region.name for region in gold.regions}
    items: list[GoldPriority | GoldTarget] = [*gold.priorities, *gold.targets]
    return [
        f"{_section_of(item)}: region {item.region!r} is not in regions"
        for item in items
        if item.region is not None and item.region not in names
    ]
