"""Per-article caches: an answer is kept while one article is read and forgotten when the next is
prepared, so nothing is carried from one article to another."""

from __future__ import annotations

from summarizer.extract.rules.priorities.clauses import sentence_head_start
from summarizer.extract.rules.text import Span
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.memo import article_dict, forget_article_caches, per_article


def test_an_answer_is_kept_until_the_caches_are_forgotten() -> None:
    asked: list[str] = []

    @per_article(maxsize=8)
    def length(text: str) -> int:
        asked.append(text)
        return len(text)

    assert (length("某县"), length("某县")) == (2, 2)
    assert asked == ["某县"]
    forget_article_caches()
    assert length("某县") == 2
    assert asked == ["某县", "某县"]


def test_preparing_an_article_forgets_what_the_last_one_kept() -> None:
    forget_article_caches()
    text = "区长张三表示,今年将加快推进项目建设。"
    sentence_head_start(text, Span(0, len(text)))
    assert sentence_head_start.cache_info().currsize == 1  # type: ignore[attr-defined]
    prepare_article(text_document("某县将新建学校3所。"))
    assert sentence_head_start.cache_info().currsize == 0  # type: ignore[attr-defined]


def test_an_article_dict_is_emptied_with_the_caches() -> None:
    kept = article_dict()
    kept["zones"] = ("某经济开发区",)
    forget_article_caches()
    assert kept == {}
