"""A perfect model for the LLM test server: it answers each chunk with the gold labels whose quotes lie
in that chunk. Run through the whole pipeline, it shows what the pipeline itself loses (validation,
numbers computed by code, deadline resolution, region lists, merging), since the answers are right."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from summarizer.evals.gold import GoldFile, load_article, load_gold_dir
from summarizer.text import fold
from tests.llm_server import RecordedRequest, Reply, chunk_of, completion

_OWN_REGION = re.compile(r"本片段所属地区：([^（\n]+)")


class GoldModel:
    """Answers chunks from the gold files of some directories."""

    def __init__(self, gold_dirs: list[Path], root: Path) -> None:
        self.golds: list[GoldFile] = [gold for directory in gold_dirs for gold in load_gold_dir(directory)]
        self.texts = {gold.article: fold(load_article(gold, root).text) for gold in self.golds}

    def __call__(self, request: RecordedRequest) -> Reply:
        chunk = fold(chunk_of(request))
        gold = self._article_of(chunk)
        if gold is None:
            return completion(request, {"priorities": [], "targets": []})
        own = _OWN_REGION.search(request.text())
        return completion(request, self.answer(gold, chunk, own.group(1) if own else None))

    def _article_of(self, folded_chunk: str) -> GoldFile | None:
        """The gold article most of whose quotes the chunk holds."""
        scored = [
            (sum(fold(t.quote) in folded_chunk for t in [*g.targets, *g.priorities]), g) for g in self.golds
        ]
        best = max(scored, key=lambda pair: pair[0], default=(0, None))
        return best[1] if best[0] > 0 else None

    @staticmethod
    def answer(gold: GoldFile, folded_chunk: str, own: str | None) -> dict[str, Any]:
        """The gold items quoted in the chunk, as the response schema wants them: the region is named
        unless it is the chunk's own."""

        def region(name: str | None) -> str | None:
            return None if name == own else name

        targets = [
            {
                "quote": target.quote,
                "raw": target.raw,
                "metric": target.metric,
                "comparator": target.comparator,
                "deadline": target.deadline,
                "kind": target.kind,
                "region": region(target.region),
            }
            for target in gold.targets
            if fold(target.quote) in folded_chunk
        ]
        priorities = [
            {
                "title": priority.title,
                "category": priority.category,
                "quote": priority.quote,
                "region": region(priority.region),
            }
            for priority in gold.priorities
            if fold(priority.quote) in folded_chunk
        ]
        return {"priorities": priorities, "targets": targets}
