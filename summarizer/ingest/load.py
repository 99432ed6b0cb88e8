"""Loading: turn input paths (files, directories, JSONL corpora, stdin) into decoded documents.

Encodings: UTF-8 (with or without BOM), UTF-16/32 (BOM or detected), GB18030/GBK and Big5.
Strict UTF-8 wins, then BOMs, then the Chinese codecs scored by how ordinary the decoded
Chinese looks; charset-normalizer is asked only when none of those reads well, because on
short Chinese texts it often names a wrong codec.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from pydantic import BaseModel, ConfigDict, Field

from summarizer.errors import InputError
from summarizer.ingest.fetch import DEFAULT_FETCH_TIMEOUT, fetch_page, is_url, shown_url
from summarizer.text import (
    LONE_SURROGATES,
    LazyPattern,
    sha256_hex,
    without_format_characters,
    without_lone_surrogates,
)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
"""What a directory input is searched for, in the order messages list them."""
HTML_SUFFIXES = frozenset({".html", ".htm"})
STDIN_PATH = "-"
MAX_ARTICLE_BYTES = 10_000_000  # no policy article comes near this; a larger file is a data dump
ENCODING_SAMPLE_BYTES = 65_536
"""How much of a JSONL file decides its encoding (a line that does not decode with it is decoded alone)."""
GOOD_DECODING = 0.85
"""Share of ordinary Chinese characters above which a decoding is accepted at once."""
FAIR_DECODING = 0.5
CONTROL_CHAR_LIMIT = 0.01
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
CHINESE_PUNCTUATION = frozenset("，。、：；！？“”‘’（）《》〈〉【】「」『』—…·￥％～")


class Document(BaseModel):
    """One article as read from its source, decoded but not cleaned."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    source_path: str = Field(
        description='The path as given, "-" for stdin, "file.jsonl:LINE" for a JSONL line.'
    )
    sha256: str = Field(description="Of the file's bytes; of the text's UTF-8 for a JSONL line.")
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str
    warnings: list[str] = Field(
        default_factory=list, description="What loading repaired (a lone surrogate in a JSONL field)."
    )


def text_document(text: str, *, title: str | None = None, article_id: str = "text") -> Document:
    """A document from a string already in memory (the library's entry point; no file involved)."""
    return Document(
        id=article_id, source_path="<text>", sha256=sha256_hex(text), text=text, title=title, encoding="utf-8"
    )


class LoadResult(BaseModel):
    documents: list[Document] = Field(default_factory=list)
    failures: list[str] = Field(
        default_factory=list, description='One line each: "corpus.jsonl:7: not valid JSON".'
    )


# ---------------------------------------------------------------- inputs


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Files as given, directories walked recursively (sorted, supported suffixes only), "-" kept."""
    expanded: list[str] = []
    for given in inputs:
        path = Path(given)
        if given == STDIN_PATH or is_url(given) or path.is_file() or path.is_symlink():
            expanded.append(given)  # a URL or a broken link fails when read
        elif path.is_dir():
            expanded.extend(str(found) for found in supported_files_under(path))
        else:
            raise InputError(f"{given}: no such file or directory")
    return list(dict.fromkeys(expanded))


def supported_files_under(directory: Path) -> list[Path]:
    """Article files below a directory, hidden files and folders skipped, in sorted order."""
    found = [
        path
        for path in directory.rglob("*")
        if (
            path.is_file() or (path.is_symlink() and not path.exists())
        )  # a broken link is reported, not skipped
        and path.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(directory).parts)
    ]
    return sorted(found, key=lambda path: path.relative_to(directory).as_posix())


# ---------------------------------------------------------------- decoding


@lru_cache(maxsize=65536)
def is_ordinary_chinese(char: str) -> bool:
    """A frequent hanzi (GB2312, or Big5's frequent block) or common Chinese punctuation."""
    if char in CHINESE_PUNCTUATION:
        return True
    if not "\u4e00" <= char <= "\u9fff":
        return False
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA440 <= int.from_bytes(char.encode("big5"), "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


_CONTROL = LazyPattern(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters other than tab, newline, carriage return and form feed."""


def decoding_quality(text: str) -> float:
    """Share of the non-ASCII characters that are ordinary Chinese; 1.0 when there are none."""
    counted = [char for char in text if not char.isascii() and not char.isspace()]
    if not counted:
        return 1.0
    return sum(map(is_ordinary_chinese, counted)) / len(counted)


def control_share(text: str) -> float:
    """Share of control characters other than tab, newline, carriage return and form feed."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def strict_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_with_bom(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text = strict_decode(data, encoding)
            return None if text is None else (text, encoding)
    return None


def utf16_candidates(data: bytes) -> list[str]:
    """BOM-less UTF-16 byte orders worth trying, the likelier first (ASCII leaves NULs on one side)."""
    if len(data) % 2:
        return []
    zeros_even = data[0::2].count(0)
    zeros_odd = data[1::2].count(0)
    return ["utf-16-le", "utf-16-be"] if zeros_odd >= zeros_even else ["utf-16-be", "utf-16-le"]


def best_chinese_decoding(data: bytes, encodings: Sequence[str]) -> tuple[float, str, str] | None:
    """(quality, text, encoding) of the best strict decoding among `encodings`; earlier wins ties."""
    best: tuple[float, str, str] | None = None
    for encoding in encodings:
        text = strict_decode(data, encoding)
        if text is None or control_share(text) > CONTROL_CHAR_LIMIT:
            continue
        quality = decoding_quality(text)
        if best is None or quality > best[0]:
            best = (quality, text, encoding)
    return best


def charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    import charset_normalizer  # only for bytes that are not UTF-8 or UTF-16: kept off the common path

    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    return None if control_share(text) > CONTROL_CHAR_LIMIT else (text, match.encoding)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode an article's bytes to (text, encoding); InputError for binary, undecodable or empty input."""
    if not data.strip():
        raise InputError(f"{name}: input is empty")
    decoded = decode_with_bom(data) or decode_without_bom(data, name)
    text = decoded[0].lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: input is empty")
    return text, decoded[1]


def truncated_utf8(data: bytes) -> str | None:
    """UTF-8 whose last character was cut off (a download or copy stopped mid-character): the rest."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and len(data) - error.start <= 3:
            return strict_decode(data[: error.start], "utf-8")
    return None


def decode_without_bom(data: bytes, name: str) -> tuple[str, str]:
    utf8 = strict_decode(data, "utf-8") or truncated_utf8(data)
    if utf8 is not None and control_share(utf8) <= CONTROL_CHAR_LIMIT and "\x00" not in utf8:
        utf8_quality = decoding_quality(utf8)
        rival = None if utf8_quality >= GOOD_DECODING else best_chinese_decoding(data, ["gb18030", "big5"])
        if rival is None or rival[0] <= utf8_quality:
            return utf8, "utf-8"
        return rival[1], rival[2]
    if b"\x00" in data:
        found = best_chinese_decoding(data, utf16_candidates(data))
        if found is None or found[0] < GOOD_DECODING:
            raise InputError(f"{name}: looks like binary data (NUL bytes), not an article")
        return found[1], found[2]
    found = best_chinese_decoding(data, ["gb18030", "big5", *utf16_candidates(data)])
    if found is not None and found[0] >= GOOD_DECODING:
        return found[1], found[2]
    guess = charset_normalizer_guess(data)
    if guess is not None and (found is None or decoding_quality(guess[0]) >= found[0]):
        return guess
    if found is not None and found[0] >= FAIR_DECODING:
        return found[1], found[2]
    raise InputError(f"{name}: cannot decode the text (not UTF-8, UTF-16, GB18030 or Big5)")


# ---------------------------------------------------------------- HTML


def declared_html_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset=…>)."""
    head = data[:4096].decode("ascii", errors="ignore").lower()
    marker = head.find("charset=")
    if marker < 0:
        return None
    value = head[marker + len("charset=") :].lstrip("\"' ")
    return normal_charset("".join(ch for ch in value[:20] if ch.isalnum() or ch in "-_"))


def normal_charset(name: str | None) -> str | None:
    """A declared charset as Python decodes it: GBK and GB2312 (and x-gbk) read as GB18030, their superset."""
    charset = (name or "").strip().strip("-_").lower()
    return "gb18030" if charset in ("gbk", "gb2312", "gb_2312", "x-gbk") else charset or None


def decode_html(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """A page's declared charset (the HTTP header's `declared`, else its <meta>) is used only when the bytes
    are neither BOM-marked nor valid UTF-8; then the bytes decide, as for any text."""
    if decode_with_bom(data) is None and strict_decode(data, "utf-8") is None:
        for charset in dict.fromkeys((normal_charset(declared), declared_html_charset(data))):
            text = strict_decode(data, charset) if charset else None
            if charset and text is not None and text.strip():
                return text, charset
    return decode_bytes(data, name)


# ---------------------------------------------------------------- documents


def shown_path(path: str) -> str:
    """A path fit for a record and a message: a file name byte that is not UTF-8 (which Python keeps as a
    lone surrogate) shown as U+FFFD."""
    return without_lone_surrogates(path)[0]


def metadata(value: str | None) -> str | None:
    """A title, date, URL or id as stored: stripped, without format characters (bidi controls, soft
    hyphens)."""
    return None if value is None else without_format_characters(value).strip() or None


def too_large(name: str, limit: int, size: int | None = None) -> InputError:
    """The one-line error for an input over the article limit, with its size when it is known."""
    measured = _megabytes(size) if size is not None else f"more than {_megabytes(limit)}"
    return InputError(f"{name}: {measured} is larger than an article may be ({_megabytes(limit)}); "
                      "split it into articles")  # fmt: skip


def read_at_most(stream: BinaryIO, limit: int, name: str) -> bytes:
    """The bytes of a stream, read only one byte past `limit`: InputError when it holds more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(name, limit)
    return data


def input_error(path: str, error: OSError) -> InputError:
    """The one-line message for a file that cannot be opened or read."""
    name = shown_path(path)
    if isinstance(error, FileNotFoundError):
        return InputError(f"{name}: no such file or directory")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{name}: is a directory, not a file")
    if isinstance(error, PermissionError):
        return InputError(f"{name}: permission denied")
    return InputError(f"{name}: cannot read ({error.strerror or error})")


def read_bytes(path: str, stdin: BinaryIO | None, max_bytes: int = MAX_ARTICLE_BYTES) -> bytes:
    """The raw bytes of a path or of stdin; InputError for anything the user can fix.

    Nothing past `max_bytes` is read: a regular file's size is checked before reading, and a stream
    (stdin, a pipe, a device) is read only one byte past the limit.
    """
    if path == STDIN_PATH:
        return read_at_most(stdin or sys.stdin.buffer, max_bytes, path)
    try:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            if stat.S_ISREG(status.st_mode) and status.st_size > max_bytes:
                raise too_large(shown_path(path), max_bytes, status.st_size)
            return read_at_most(handle, max_bytes, shown_path(path))
    except OSError as error:
        raise input_error(path, error) from None


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<body" in head)


def markdown_title(text: str) -> str | None:
    """The first ATX heading ("# 标题") of a markdown text."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("# "):
            return stripped[2:].strip() or None
    return None


def document_id(path: str) -> str:
    return "stdin" if path == STDIN_PATH else Path(path).stem


def load_single(path: str, data: bytes, sha256: str | None = None) -> Document:
    """A .txt, .md or .html file (or stdin) as one document (`sha256` of `data`, when known)."""
    suffix = Path(path).suffix.lower()
    is_html = suffix in HTML_SUFFIXES or (suffix not in (".txt", ".md") and looks_like_html(data))
    name = shown_path(path)
    if is_html:
        markup, encoding = decode_html(data, name)
        from summarizer.ingest.webpage import extract_html  # only for HTML input

        text, title, date, url = extract_html(markup, name)
    else:
        text, encoding = decode_bytes(data, name)
        title = markdown_title(text) if suffix == ".md" else None
        date = url = None
    return Document(
        id=document_id(name),
        source_path=name,
        sha256=sha256 or sha256_hex(data),
        text=text,
        title=metadata(title),
        date=metadata(date),
        url=metadata(url),
        encoding=encoding,
    )


def load_url(
    url: str, max_bytes: int = MAX_ARTICLE_BYTES, timeout: float = DEFAULT_FETCH_TIMEOUT
) -> Document:
    """A web page as one document: its main text in the charset it declares or its bytes reveal."""
    page = fetch_page(url, max_bytes, timeout)
    if page.is_html:
        markup, encoding = decode_html(page.data, page.url, declared=page.charset)
        from summarizer.ingest.webpage import extract_html  # only for HTML input

        text, title, date, canonical = extract_html(markup, page.url)
    else:
        text, encoding = decode_html(page.data, page.url, declared=page.charset)  # text/plain
        title = date = canonical = None
    return Document(
        id=url_document_id(page.final_url),
        source_path=page.url,
        sha256=sha256_hex(page.data),
        text=text,
        title=metadata(title),
        date=metadata(date),
        url=metadata(canonical) or page.final_url,
        encoding=encoding,
    )


def url_document_id(url: str) -> str:
    """An id from a URL's host and path: https://www.gov.cn/zhengce/1.htm → www.gov.cn-zhengce-1."""
    without_scheme = url.split("://", 1)[-1].split("?", 1)[0]
    stem = re.sub(r"\.(s?html?|php|aspx?|jsp)$", "", without_scheme.rstrip("/"), flags=re.IGNORECASE)
    return re.sub(r"[^A-Za-z0-9.]+", "-", stem).strip("-.")[:100] or "page"


JSONL_FIELDS = ("id", "title", "date", "url")


def optional_string(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return metadata(str(value))


def repair_surrogates(fields: dict[str, str | None]) -> tuple[dict[str, str | None], list[str]]:
    """The fields with each lone surrogate replaced by U+FFFD, and a warning naming the fields repaired.

    A lone surrogate ("\\ud800" with no partner) is valid JSON but no text: it cannot be written as UTF-8.
    """
    repaired: dict[str, str | None] = {}
    named: list[str] = []
    for key, value in fields.items():
        count = 0
        if value is not None:
            value, count = without_lone_surrogates(value)
        repaired[key] = value
        if count:
            named.append(key)
    if not named:
        return repaired, []
    return repaired, [f"{', '.join(named)}: lone surrogate(s) (an unpaired \\ud800-\\udfff escape) "
                      "replaced by U+FFFD"]  # fmt: skip


def jsonl_document(name: str, line_no: int, line: str, encoding: str) -> Document:
    """One JSONL line as a document; ValueError with a short reason when the line is not an article."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        raise ValueError("not valid JSON") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('no "text" field')
    if not text.strip():
        raise ValueError('"text" is empty')
    given: dict[str, str | None] = {"text": text}
    given.update((key, optional_string(record, key)) for key in JSONL_FIELDS)
    fields, warnings = repair_surrogates(given)
    text = fields["text"] or ""
    return Document(
        id=fields["id"] or f"{Path(name).stem}-{line_no}",
        source_path=f"{name}:{line_no}",
        sha256=sha256_hex(text),
        text=text,
        title=fields["title"],
        date=fields["date"],
        url=fields["url"],
        encoding=encoding,
        warnings=warnings,
    )


def is_jsonl(path: str) -> bool:
    return path != STDIN_PATH and not is_url(path) and Path(path).suffix.lower() == ".jsonl"


def jsonl_encoding(handle: BinaryIO, name: str) -> str:
    """The encoding of a JSONL file, decided on its first lines. When they do not decode as a whole, each
    line is decoded on its own (UTF-8 first); a file with NUL bytes that do not decode is binary (InputError).
    """
    sample = handle.read(ENCODING_SAMPLE_BYTES)
    handle.seek(0)
    if not sample.strip():
        return "utf-8"
    try:
        return _sample_encoding(sample, name)
    except InputError:
        if b"\x00" in sample:
            raise
        return "utf-8"


def _sample_encoding(sample: bytes, name: str) -> str:
    end = sample.rfind(b"\n") + 1
    if len(sample) < ENCODING_SAMPLE_BYTES or not end:  # the whole file, or one long line
        return decode_bytes(sample, name)[1]
    for extra in (0, 1, 2):  # a UTF-16/32 newline's other bytes follow its \n byte
        try:
            return decode_bytes(sample[: end + extra], name)[1]
        except InputError:
            continue
    return decode_bytes(sample[: end + 3], name)[1]


def text_lines(handle: BinaryIO, encoding: str, max_chars: int) -> Iterator[tuple[int, str | None]]:
    """(line number, line) of a file; None for a line longer than `max_chars`, which is skipped unread.

    Bytes that do not decode are kept as lone surrogates (surrogateescape) for `decode_line` to look at.
    """
    reader = io.TextIOWrapper(handle, encoding=encoding, errors="surrogateescape", newline="")
    line_no = 0
    while line := reader.readline(max_chars + 1):
        line_no += 1
        if len(line) > max_chars and not line.endswith(("\n", "\r")):
            while (rest := reader.readline(1 << 20)) and not rest.endswith(("\n", "\r")):
                pass
            yield line_no, None
        else:
            yield line_no, line
    reader.detach()


def decode_line(line: str, encoding: str, name: str) -> tuple[str, str]:
    """A line that held bytes the file's encoding could not decode, decoded on its own (InputError if not)."""
    if not LONE_SURROGATES.search(line):
        return line, encoding
    return decode_bytes(line.encode(encoding, "surrogateescape"), name)


def jsonl_item(name: str, line_no: int, line: str, encoding: str, max_bytes: int) -> Document | LoadFailure:
    """One non-blank line as a document, or as the failure that says why it is not one."""
    where = f"{name}:{line_no}"
    try:
        text, line_encoding = decode_line(line, encoding, where)
        document = jsonl_document(name, line_no, text, line_encoding)
    except (ValueError, InputError) as reason:
        message = str(reason) if isinstance(reason, InputError) else f"{where}: {reason}"
        return LoadFailure(where, message)
    size = len(document.text.encode("utf-8"))
    if size > max_bytes:
        return LoadFailure(where, f"{where}: {_megabytes(size)} is larger than an article may be")
    return document


def iter_jsonl(path: str, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Document | LoadFailure]:
    """The articles of a JSONL corpus, read one line at a time (memory stays flat at any file size).

    A line that is not an article, or is longer than `max_bytes`, is a failure of its own; the lines
    after it still load. InputError when the whole file cannot be read (missing, binary, empty).
    """
    name = shown_path(path)
    found = False
    try:
        with open(path, "rb") as handle:
            encoding = jsonl_encoding(handle, name)
            for line_no, line in text_lines(handle, encoding, max_bytes):
                if line is None:
                    yield LoadFailure(f"{name}:{line_no}", f"{name}:{line_no}: the line is larger than an "
                                      f"article may be ({_megabytes(max_bytes)})")  # fmt: skip
                elif line.strip():
                    yield jsonl_item(name, line_no, line, encoding, max_bytes)
                found = found or line is None or bool(line.strip())
    except OSError as error:
        raise input_error(path, error) from None
    if not found:
        raise InputError(f"{name}: input is empty")


def load_jsonl(path: str, max_bytes: int = MAX_ARTICLE_BYTES) -> LoadResult:
    """Every article line of a JSONL corpus; a bad line becomes a failure and the others still load."""
    result = LoadResult()
    for item in iter_jsonl(path, max_bytes):
        if isinstance(item, LoadFailure):
            result.failures.append(item.message)
        else:
            result.documents.append(item)
    return result


def load_path(
    path: str,
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
) -> LoadResult:
    """Read one path, URL (http, https) or "-" for stdin. Raises InputError when the whole input cannot
    be read.

    An article over `max_bytes` is refused before it is read (a JSONL corpus may be larger; its lines may
    not); a page stops downloading there.
    """
    if is_url(path):
        return LoadResult(documents=[load_url(path, max_bytes, fetch_timeout)])
    if is_jsonl(path):
        return load_jsonl(path, max_bytes)
    data = read_bytes(path, stdin, max_bytes)
    return LoadResult(documents=[load_single(path, data)])


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


@dataclass
class LoadFailure:
    """An input that could not be read, as a one-line message."""

    source_path: str
    message: str


@dataclass(frozen=True)
class UnreadFile:
    """A text or HTML file (or standard input) read but not yet decoded. Decoding and a page's main-text
    extraction are the costly part of loading: a corpus run with workers does them in a worker process."""

    path: str
    data: bytes
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", sha256_hex(self.data))

    def document(self) -> Document:
        """The decoded document; InputError for empty, binary or undecodable bytes."""
        return load_single(self.path, self.data, self.sha256)

    def failure(self, error: InputError) -> LoadFailure:
        return LoadFailure(shown_path(self.path), str(error))


def iter_inputs(
    inputs: Sequence[str], exclude: Path | None = None, fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
) -> Iterator[Document | LoadFailure]:
    """Documents one input at a time (memory stays flat), with failures in place of unreadable inputs.

    `exclude` is the run's own output file, which may sit inside an input directory.
    """
    for item in iter_unread(inputs, exclude, fetch_timeout):
        if not isinstance(item, UnreadFile):
            yield item
            continue
        try:
            yield item.document()
        except InputError as exc:
            yield item.failure(exc)


def iter_unread(
    inputs: Sequence[str], exclude: Path | None = None, fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
) -> Iterator[Document | UnreadFile | LoadFailure]:
    """As `iter_inputs`, but a text or HTML file (or standard input) comes as its bytes, not yet decoded;
    pages and JSONL lines are documents as before."""
    excluded = exclude.resolve() if exclude is not None else None
    for path in expand_inputs(inputs):
        if excluded is not None and path != "-" and not is_url(path) and Path(path).resolve() == excluded:
            continue
        try:
            if is_jsonl(path):
                yield from iter_jsonl(path)
            elif is_url(path):
                yield from load_path(path, fetch_timeout=fetch_timeout).documents
            else:
                yield UnreadFile(path, read_bytes(path, None))
        except InputError as exc:
            yield LoadFailure(shown_url(path) if is_url(path) else shown_path(path), str(exc))


def count_articles(inputs: Sequence[str]) -> int | None:
    """How many articles the inputs hold (one per JSONL line), or None when one is standard input."""
    total = 0
    for path in expand_inputs(inputs):
        if path == "-":
            return None
        total += _jsonl_lines(path) if is_jsonl(path) else 1
    return total


def _jsonl_lines(path: str) -> int:
    """Non-blank lines of a JSONL file, read in blocks (a huge line is never held whole); 1 for a file
    that cannot be read (it fails as one record)."""
    lines = 0
    pending = False  # the current line has something besides whitespace
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                *ended, tail = block.split(b"\n")
                for piece in ended:
                    lines += pending or bool(piece.strip())
                    pending = False
                pending = pending or bool(tail.strip())
    except OSError:
        return 1
    return lines + pending
