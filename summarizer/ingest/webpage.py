"""Web pages: an article's main text, and its title, date and canonical URL, from the page's HTML.

The main text is trafilatura's, the field's standard main-text extractor (docs/web-pages.md compares it with
the page-text parser below on real government and news pages: it keeps the article and leaves the menus,
related-news lists and footers that the parser kept). `PageReader` reads the title, date and URL from the
page's own tags, and its whole-page text stands in when trafilatura finds no main text (a bare fragment).
trafilatura (and lxml under it) is imported only when a page is read.
"""

from __future__ import annotations

from configparser import ConfigParser
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from summarizer.errors import InputError
from summarizer.text import LazyPattern

SKIPPED_TAGS = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe"}
)
SKIPPED_TAGS |= {"template", "svg", "button", "select"}
BLOCK_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "main"}
    | {"ul", "ol", "table", "blockquote", "pre", "dd", "dt", "figure", "figcaption", "hr"}
)
DATE_META_NAMES = frozenset({"article:published_time", "pubdate", "publishdate", "publish_date", "date"})
URL_META_NAMES = frozenset({"og:url"})
PARAGRAPH_BREAK = "\x1d"
LINE_BREAK = "\x1e"
"""Markers for block ends and <br>, kept apart from the page's own (insignificant) newlines."""
CELL_TAGS = frozenset({"td", "th"})


class PageReader(HTMLParser):
    """Collect a page's whole readable text with paragraph breaks, its title, date and canonical URL."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skip_depth = 0
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in ("meta", "link"):
            self.read_meta(dict(attrs))
        elif tag == "br":
            self.pieces.append(LINE_BREAK)
        elif tag in BLOCK_TAGS:
            self.pieces.append(PARAGRAPH_BREAK)
        elif tag in CELL_TAGS:
            self.pieces.append(" ")
        self.in_h1 = self.in_h1 or (tag == "h1" and not self.h1_parts)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCK_TAGS:
            self.pieces.append(PARAGRAPH_BREAK)
        if tag == "h1":
            self.in_h1 = False

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self.read_meta(dict(attrs))
        elif tag == "br":
            self.pieces.append(LINE_BREAK)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif self.skip_depth == 0:
            self.pieces.append(data)
            if self.in_h1:
                self.h1_parts.append(data)

    def read_meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key and content:
            self.meta.setdefault(key, content.strip())
        if (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
            self.meta.setdefault("canonical", (attrs.get("href") or "").strip())


def collapse_html_space(chunk: str) -> str:
    """HTML whitespace to one space, except a line break between two Chinese characters, which goes."""
    lines = [" ".join(line.split()) for line in chunk.split("\n")]
    merged = ""
    for line in filter(None, lines):
        joiner = "" if merged and is_cjk(merged[-1]) and is_cjk(line[0]) else " "
        merged = f"{merged}{joiner}{line}" if merged else line
    return merged


def is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef"


@dataclass(frozen=True)
class Page:
    """What a page holds: its whole readable text (menus and footers included), title, date and URL."""

    text: str
    title: str | None
    date: str | None
    url: str | None


def read_page(markup: str) -> Page:
    """The whole readable text of a page (paragraphs split by blank lines) and its own metadata tags."""
    parser = PageReader()
    parser.feed(markup)
    parser.close()
    blocks = "".join(parser.pieces).split(PARAGRAPH_BREAK)
    lines = [collapse_html_space(line) for block in blocks for line in block.split(LINE_BREAK)]
    title = " ".join("".join(parser.title_parts).split()) or " ".join("".join(parser.h1_parts).split())
    date = next((parser.meta[key] for key in parser.meta if key in DATE_META_NAMES), None)
    url = parser.meta.get("canonical") or next(
        (parser.meta[k] for k in parser.meta if k in URL_META_NAMES), None
    )
    return Page("\n\n".join(line for line in lines if line), title or None, date, url)


STRAY_END_TAG = LazyPattern(r"(?i)</(?:html|body)\s*>")
"""Pages stitched from server-side includes may close </html> before the article; lxml stops there."""
TABLE_ROW = LazyPattern(r"^\|(.*)\|$")
MIN_MAIN_TEXT = 100
WHOLE_PAGE_SHARE = 0.9
MIN_LETTERS_OUTSIDE_PAGE_TEXT = 10
"""A main text found only in menus, headers, footers or forms must be longer than a menu item."""


def main_text(markup: str) -> str:
    """trafilatura's main text of a page, one paragraph per block, "" when it finds none.

    Table rows become their cells joined by spaces and list items lose their "- ", as in `read_page`.
    """
    import trafilatura

    extracted = trafilatura.extract(
        STRAY_END_TAG.sub("", markup),
        config=trafilatura_config(),
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    return "\n\n".join(filter(None, (plain_line(line) for line in (extracted or "").splitlines())))


@lru_cache(maxsize=1)
def trafilatura_config() -> ConfigParser:
    """trafilatura's settings, with a main text of MIN_MAIN_TEXT characters enough to keep.

    Its default (250) suits English; a Chinese article says as much in far fewer characters, and below
    that size trafilatura falls back to the whole page's text, menus and all.
    """
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_MAIN_TEXT))
    return config


def plain_line(line: str) -> str:
    """One line of trafilatura's text without its table and list markup, whitespace collapsed."""
    line = line.strip()
    row = TABLE_ROW.match(line)
    if row:
        line = " ".join(cell.strip() for cell in row.group(1).split("|"))
    elif line.startswith("- "):
        line = line[2:]
    return " ".join(line.split())


def extract_html(markup: str, name: str) -> tuple[str, str | None, str | None, str | None]:
    """(text, title, date, url) of an HTML page. Raises InputError when the page holds no text at all.

    The text is the main text, unless that holds the page reader's whole text (menus, headers, footers
    and forms left out) and more: then trafilatura found no article in a page too small for it and gave
    back the whole page, which the page reader does better.
    """
    page = read_page(markup)
    text = article_text(main_text(markup), page.text)
    if not text:
        raise InputError(f"{name}: no article text found in the HTML")
    return text, page.title, page.date, page.url


def article_text(main: str, page_text: str) -> str:
    """The main text, or the page's text where trafilatura gave back the whole page; "" for a page that is
    all menus (trafilatura's few words from a menu are no article)."""
    if not main:
        return page_text
    if not page_text:
        return main if len(letters(main)) >= MIN_LETTERS_OUTSIDE_PAGE_TEXT else ""
    return page_text if holds_whole_page(main, page_text) else main


def letters(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def holds_whole_page(main: str, page_text: str) -> bool:
    """True when the main text is at least the page's text: 90 % of its letters, in order, and no fewer."""
    from rapidfuzz.distance import Indel

    main_letters, page_letters = letters(main), letters(page_text)
    if not page_letters or len(main_letters) < len(page_letters):
        return False
    common = (len(main_letters) + len(page_letters) - Indel.distance(main_letters, page_letters)) // 2
    return common >= WHOLE_PAGE_SHARE * len(page_letters)
