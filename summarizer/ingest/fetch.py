"""URL inputs: fetch a web page over HTTP(S) with a deadline, a size limit and a bounded redirect chain.

httpx is imported only when a URL is read. Every failure is an InputError with a one-line message that
names the URL (without any user:password@ part) and what went wrong.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from summarizer.errors import InputError
from summarizer.text import LazyPattern

if TYPE_CHECKING:
    import httpx

DEFAULT_FETCH_TIMEOUT = 20.0
"""Seconds for the whole fetch: connecting, every redirect, and reading the page."""
MAX_REDIRECTS = 5
URL_SCHEME = LazyPattern(r"^[A-Za-z][A-Za-z0-9+.-]*://")
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
USER_AGENT = "summarizer (policy article reader; +https://pypi.org/project/zh-policy-summarizer/)"


def is_url(given: str) -> bool:
    """True for anything written as scheme://…: ftp://… is refused as a URL, not looked up as a file."""
    return bool(URL_SCHEME.match(given))


def shown_url(url: str) -> str:
    """The URL as a message or a record shows it: without user:password@ and without a #fragment."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return url.split("@")[-1] if "@" in url else url
    netloc = (f"[{host}]" if ":" in host else host) + port
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


@dataclass(frozen=True)
class FetchedPage:
    """The bytes a URL answered with, after redirects."""

    url: str = ""
    final_url: str = ""
    content_type: str = ""
    charset: str | None = None
    data: bytes = b""

    @property
    def is_html(self) -> bool:
        return self.content_type in PAGE_TYPES


def check_url(url: str) -> None:
    """InputError for a URL that cannot be fetched at all: another scheme, no host, a bad port."""
    shown = shown_url(url)
    scheme = url.split("://", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{shown}: only http:// and https:// URLs can be read")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number or out of range
    except ValueError as error:
        raise InputError(f"{shown}: not a valid URL ({error})") from None
    if not parts.hostname:
        raise InputError(f"{shown}: not a valid URL (no host)")


def fetch_page(url: str, max_bytes: int, timeout: float = DEFAULT_FETCH_TIMEOUT) -> FetchedPage:
    """GET a URL, following at most MAX_REDIRECTS redirects, within `timeout` seconds in all, reading
    at most `max_bytes` (checked on the declared length and again while streaming)."""
    check_url(url)
    import httpx

    shown = shown_url(url)
    deadline = time.monotonic() + timeout
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(timeout),
                headers={"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, text/plain"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            return read_response(response, shown, max_bytes, deadline, timeout)
    except httpx.TimeoutException:
        raise InputError(f"{shown}: no answer within {timeout:g} s (timeout)") from None
    except httpx.TooManyRedirects:
        raise InputError(f"{shown}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.InvalidURL as error:
        raise InputError(f"{shown}: not a valid URL ({error})") from None
    except httpx.UnsupportedProtocol:
        raise InputError(f"{shown}: redirected to a URL that is not http:// or https://") from None
    except httpx.ConnectError as error:
        raise InputError(f"{shown}: cannot connect ({connect_reason(error)})") from None
    except httpx.HTTPError as error:
        raise InputError(f"{shown}: cannot fetch ({type(error).__name__}: {error})") from None


def connect_reason(error: Exception) -> str:
    """A short reason for a failed connection: "connection refused", "name or service not known"."""
    text = str(error)
    match = re.search(r"\] (.+)$", text)  # "[Errno 111] Connection refused"
    return (match.group(1) if match else text or type(error).__name__).strip().lower()


def read_response(
    response: httpx.Response, shown: str, max_bytes: int, deadline: float, timeout: float
) -> FetchedPage:
    """The answer's bytes, checked: a success status, an HTML or text type, the size and the deadline."""
    if response.status_code >= 400:
        raise InputError(f"{shown}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
    content_type, charset = media_type(response.headers.get("content-type", ""))
    if content_type and content_type not in PAGE_TYPES | TEXT_TYPES:
        raise InputError(f"{shown}: not a web page ({content_type}); give an HTML page or a text")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(f"{shown}: {too_large(int(declared), max_bytes)}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{shown}: {too_large(None, max_bytes)}")
        if time.monotonic() > deadline:
            raise InputError(f"{shown}: no whole answer within {timeout:g} s (timeout)")
        chunks.append(chunk)
    return FetchedPage(
        url=shown,
        final_url=shown_url(str(response.url)),
        content_type=content_type or "text/html",
        charset=charset,
        data=b"".join(chunks),
    )


def media_type(header: str) -> tuple[str, str | None]:
    """("text/html", "gbk") from a Content-Type header; the charset is None when it names none."""
    kind, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'").lower()
    return kind.strip().lower(), charset


def too_large(size: int | None, limit: int) -> str:
    measured = f"{size / 1_000_000:.1f} MB" if size is not None else f"more than {limit / 1_000_000:.1f} MB"
    return f"the page is {measured}, larger than an article may be ({limit / 1_000_000:.1f} MB)"
