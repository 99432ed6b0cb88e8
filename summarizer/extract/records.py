"""The output file of a corpus run: which record is current, the resume index, and compaction.

The rule (docs/corpus-runs.md): a record stands for its article, identified by the article's sha256 and
the configuration (`config_key`), or, for an input that could not be read (no sha256), by its source
path. A later record replaces an earlier one of the same article and configuration, and any later record
of a source path replaces that path's unreadable-input record. A run appends as it goes and, when it
completes, rewrites the file atomically with the current records only; readers (`brief`) apply the same
rule, so a file left by an interrupted run reads the same.

Reading an output never holds it whole: the index keeps ids and configurations only, and a line is parsed
whole only when it is short (a longer one is streamed through ijson).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from summarizer.io import cut_torn_line, keep_lines

if TYPE_CHECKING:
    from summarizer.schema import ArticleSummary, Provenance

CONFIG_FIELDS = ("backend", "model", "base_url", "mode", "prompt_id", "prompt_sha256", "code_version")
"""What makes two runs' answers interchangeable: backend, model, endpoint, mode, prompt, code."""
WHOLE_LINE_BYTES = 1 << 20
"""Lines up to this size are parsed whole (fast); longer ones are streamed (flat memory)."""


def config_key(provenance: Provenance) -> str:
    """The configuration a record was made with, as a short hash of CONFIG_FIELDS."""
    return _config_digest([getattr(provenance, name) for name in CONFIG_FIELDS])


def _config_digest(parts: Sequence[object]) -> str:
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RecordKey:
    """The fields of a record that say which article and configuration it stands for."""

    sha256: str
    source_path: str
    status: str
    config: str

    @property
    def unreadable(self) -> bool:
        """The record of an input that could not be read: it has no sha256."""
        return not self.sha256

    def identity(self) -> bytes:
        if self.unreadable:
            return path_identity(self.source_path)
        return hashlib.blake2b(f"{self.sha256}\x1f{self.config}".encode(), digest_size=16).digest()


def path_identity(source_path: str) -> bytes:
    return hashlib.blake2b(f"path\x1f{source_path}".encode(), digest_size=16).digest()


def record_key(summary: ArticleSummary) -> RecordKey:
    return RecordKey(summary.sha256, summary.source_path, summary.status, config_key(summary.provenance))


def digest(sha256: str) -> bytes:
    """A hex sha256 as 32 bytes (half the memory of the string in an index)."""
    try:
        return bytes.fromhex(sha256)
    except ValueError:  # not written by this tool; still a key of its own
        return sha256.encode("utf-8")


# Which records are current ------------------------------------------------------------------------


def latest_positions(keys: Iterable[RecordKey | None]) -> tuple[dict[bytes, int], list[bytes | None]]:
    """For each identity the position of its last record, and each position's identity (None for a line
    that is not a record). A record also claims its source path when that path had an unreadable record
    before it, so it replaces that record."""
    latest: dict[bytes, int] = {}
    identities: list[bytes | None] = []
    unreadable_paths: set[str] = set()
    for position, key in enumerate(keys):
        identity = None if key is None else key.identity()
        identities.append(identity)
        if key is None or identity is None:
            continue
        latest[identity] = position
        if key.unreadable:
            unreadable_paths.add(key.source_path)
        elif key.source_path in unreadable_paths:
            latest[path_identity(key.source_path)] = position
    return latest, identities


def current_flags(keys: Iterable[RecordKey | None]) -> list[bool]:
    """For each line, whether it is current (a line that is not a record is kept as it is)."""
    latest, identities = latest_positions(keys)
    return [identity is None or latest[identity] == position for position, identity in enumerate(identities)]


def current_records(summaries: Sequence[ArticleSummary]) -> list[ArticleSummary]:
    """The summaries no later one replaces, in file order: what a reader of an output file uses."""
    flags = current_flags(record_key(summary) for summary in summaries)
    return [summary for summary, current in zip(summaries, flags, strict=True) if current]


def compact(path: Path) -> int:
    """Rewrite an output file atomically with only its current records; the number of records dropped."""
    flags = current_flags(read_record_keys(path))
    dropped = flags.count(False)
    if dropped:
        keep_lines(path, lambda number: number >= len(flags) or flags[number])
    return dropped


# Reading keys without reading records -------------------------------------------------------------


def read_record_keys(path: Path) -> Iterator[RecordKey | None]:
    """The key of each line of an output file (None for a line that is not a record), in order."""
    if not path.exists():
        return
    with path.open("rb") as handle:
        while head := handle.readline(WHOLE_LINE_BYTES):
            if head.endswith(b"\n") or len(head) < WHOLE_LINE_BYTES:
                yield _key_of_line(head)
            else:
                yield _key_streamed(_LineStream(head, handle))


def _key_of_line(line: bytes) -> RecordKey | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or not isinstance(record.get("provenance"), dict):
        return None
    return _key_of_fields(record, record["provenance"])


def _key_of_fields(record: Mapping[str, object], provenance: Mapping[str, object]) -> RecordKey | None:
    sha256, source_path, status = (record.get(name) for name in ("sha256", "source_path", "status"))
    if not (isinstance(sha256, str) and isinstance(source_path, str) and isinstance(status, str)):
        return None
    if "backend" not in provenance:
        return None
    return RecordKey(sha256, source_path, status, _config_digest([provenance.get(n) for n in CONFIG_FIELDS]))


class _LineStream:
    """The rest of one line of a binary file as a file object for ijson: it ends at the newline."""

    def __init__(self, head: bytes, handle: IO[bytes]) -> None:
        self._pending = head
        self._handle = handle
        self._ended = head.endswith(b"\n")

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""
        if self._pending:
            chunk, self._pending = self._pending, b""
            return chunk
        if self._ended:
            return b""
        chunk = self._handle.readline(size if size > 0 else 1 << 16)
        self._ended = not chunk or chunk.endswith(b"\n")
        return chunk

    def drain(self) -> None:
        while self.read(1 << 20):
            pass


def _key_streamed(stream: _LineStream) -> RecordKey | None:
    """The key of a long line, from ijson's events: only the top-level ids and the provenance are kept."""
    import ijson

    record: dict[str, object] = {}
    provenance: dict[str, object] = {}
    wanted = {f"provenance.{name}": name for name in CONFIG_FIELDS}
    try:
        for prefix, event, value in ijson.parse(stream):
            if prefix in ("sha256", "source_path", "status") and event == "string":
                record[prefix] = value
            elif prefix in wanted and event in ("string", "null"):
                provenance[wanted[prefix]] = value
    except ijson.JSONError:
        return None
    finally:
        stream.drain()
    return _key_of_fields(record, provenance)


# The resume index ---------------------------------------------------------------------------------


@dataclass
class ResumeIndex:
    """What an output file already holds for one configuration: ids only, never records.

    `finished` and `recorded` hold 32-byte sha256 digests of the `ok` records and of all records made
    with this configuration; `unreadable` the source paths of unreadable-input records.
    """

    config: str
    finished: set[bytes] = field(default_factory=set)
    recorded: set[bytes] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)
    records: int = 0
    repaired_bytes: int = 0
    superseded: bool = False
    """The file holds a record that a later one replaces: it needs compacting."""

    def add(self, key: RecordKey) -> None:
        self.records += 1
        if key.unreadable:
            self.superseded |= key.source_path in self.unreadable
            self.unreadable.add(key.source_path)
            return
        self.superseded |= key.source_path in self.unreadable
        if key.config != self.config:
            return
        sha = digest(key.sha256)
        self.superseded |= sha in self.recorded
        self.recorded.add(sha)
        if key.status == "ok":
            self.finished.add(sha)

    def is_finished(self, sha256: str) -> bool:
        return bool(sha256) and digest(sha256) in self.finished

    def replaces(self, summary: ArticleSummary) -> bool:
        """Whether writing this record replaces one the file already holds (so the file needs compacting)."""
        return self.replaces_key(record_key(summary))

    def replaces_key(self, key: RecordKey) -> bool:
        """`replaces` for a record known by its key."""
        if key.unreadable:
            return key.source_path in self.unreadable
        if key.source_path in self.unreadable:
            return True
        return key.config == self.config and digest(key.sha256) in self.recorded


def open_for_resume(path: Path, config: str) -> ResumeIndex:
    """Index a previous run's output for one configuration, after cutting off a torn last line."""
    index = ResumeIndex(config=config, repaired_bytes=cut_torn_line(path))
    for key in read_record_keys(path):
        if key is not None:
            index.add(key)
    return index
