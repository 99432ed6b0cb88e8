"""A persistent cache of validated chunk answers (SQLite in the cache directory).

The key covers everything that shapes an answer: endpoint, model, mode, the prompt's and the
response schema's sha256, temperature and the rendered messages (which hold the chunk text).
No API key is part of a key or a row.

The cache only saves calls: a cache that cannot be opened, read or written (a damaged file, a lock
another process holds past `BUSY_SECONDS`, a full disk) is dropped for the rest of the run with one
warning, and the answers go on to the output.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError

from summarizer.errors import warn
from summarizer.extract.llm.schema import CONTEXT_KEY, ChunkAnswer, ChunkContext
from summarizer.schema import Usage
from summarizer.text import sha256_hex

CACHE_FILE_NAME = "llm-cache.sqlite3"
BUSY_SECONDS = 2.0
"""How long a read or write waits for another process's lock; the writes themselves take milliseconds."""
_INSERT = "INSERT OR REPLACE INTO answers (key, created, model, prompt_id, answer) VALUES (?, ?, ?, ?, ?)"
_CREATE = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    created REAL NOT NULL,
    model TEXT NOT NULL,
    prompt_id TEXT NOT NULL,
    answer TEXT NOT NULL
)
"""


class CachedAnswer(BaseModel):
    """A chunk's validated answer, the warnings of its dropped items, and what the call cost."""

    answer: ChunkAnswer
    warnings: list[str]
    usage: Usage


def cache_key(
    *,
    base_url: str,
    model: str,
    mode: str,
    prompt_sha256: str,
    schema_sha256: str,
    temperature: float,
    messages: Sequence[dict[str, str]],
) -> str:
    """sha256 over every input that shapes an answer."""
    material = {
        "base_url": base_url,
        "model": model,
        "mode": mode,
        "prompt_sha256": prompt_sha256,
        "schema_sha256": schema_sha256,
        "temperature": temperature,
        "messages": list(messages),
    }
    return sha256_hex(json.dumps(material, sort_keys=True, ensure_ascii=False))


class AnswerCache:
    """Chunk answers by cache key, in one SQLite file; without it once it fails (see the module)."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / CACHE_FILE_NAME
        self.hits = 0
        self._connection: sqlite3.Connection | None = None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
            self._connection.execute(_CREATE)
            self._connection.commit()
        except (OSError, sqlite3.Error) as exc:
            self._give_up(exc)

    def get(self, key: str, context: ChunkContext) -> CachedAnswer | None:
        """The stored answer, validated again against the chunk; None when absent or unreadable."""
        if self._connection is None:
            return None
        try:
            row = self._connection.execute("SELECT answer FROM answers WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            self._give_up(exc)
            return None
        if row is None:
            return None
        try:
            cached = CachedAnswer.model_validate_json(row[0], context={CONTEXT_KEY: context})
        except ValidationError:
            return None
        self.hits += 1
        return cached

    def put(self, key: str, cached: CachedAnswer, *, model: str, prompt_id: str) -> None:
        if self._connection is None:
            return
        try:
            row = (key, time.time(), model, prompt_id, cached.model_dump_json())
            self._connection.execute(_INSERT, row)
            self._connection.commit()
        except sqlite3.Error as exc:
            self._give_up(exc)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _give_up(self, exc: Exception) -> None:
        """Go on without the cache for the rest of the run, and say so once."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.close()
        warn(
            f"{self.path}: the LLM answer cache cannot be used ({exc}); going on without it for the rest "
            "of this run (answers are not cached). Delete the file if it is damaged, or use --no-cache."
        )
