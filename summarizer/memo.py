"""Caches that last for one article.

Some rules ask the same question of an article's text many times from several places (where a sentence's head
starts, whether a name is introduced by a title). Such answers are kept in `per_article` caches (keyed by the
text itself) or in an `article_dict`, and every one is emptied when the next article is prepared
(`forget_article_caches`, called by `prepare_article`): an answer is never carried from one article to
another, so a corpus of different articles costs what it would without them, and so does a benchmark that
reads one text again and again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

Function = TypeVar("Function", bound=Callable[..., Any])

_CACHES: list[Any] = []
_DICTS: list[dict[Any, Any]] = []


def per_article(maxsize: int) -> Callable[[Function], Function]:
    """`functools.lru_cache(maxsize)`, emptied by `forget_article_caches`."""

    def cached(function: Function) -> Function:
        kept = functools.lru_cache(maxsize=maxsize)(function)
        _CACHES.append(kept)
        return kept  # type: ignore[return-value]

    return cached


def article_dict() -> dict[Any, Any]:
    """A dict for what a rule keeps of the article being read, emptied by `forget_article_caches`."""
    kept: dict[Any, Any] = {}
    _DICTS.append(kept)
    return kept


def forget_article_caches() -> None:
    """Empty every per-article cache: a new article is being read."""
    for kept in _CACHES:
        kept.cache_clear()
    for found in _DICTS:
        found.clear()
