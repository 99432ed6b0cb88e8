"""Small text helpers shared by every stage: folding for quote comparison, finding quotes, hashing, and
making untrusted text safe to print to a terminal, to write into Markdown and into XML."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from functools import cached_property

from summarizer.patterns import compile_kept


class LazyPattern:
    """A regular expression compiled when first used rather than when its module is imported.

    The rules hold a few hundred patterns and a run uses about half; compiling them all at import was
    most of a summarize's start-up. Offers the methods of `re.Pattern` that the code uses.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled on the first call, then kept; see `summarizer.patterns`)."""
        return compile_kept(self.pattern, self.flags)

    def _bound(self) -> re.Pattern[str]:
        """The compiled pattern, its methods now the instance's own: the rules call patterns hundreds of
        thousands of times an article, and after the first call each goes straight to the engine."""
        compiled = self.compiled
        vars(self).update({name: getattr(compiled, name) for name in _PATTERN_METHODS})
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._bound().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._bound().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._bound().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._bound().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self._bound().findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._bound().split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._bound().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self._bound().subn(repl, string, count)


_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn")
"""The methods of `re.Pattern` that `LazyPattern` offers, with the same parameters."""


FORMAT_CHARACTERS = LazyPattern(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
"""Unicode's format characters (category Cf, Unicode 15.1): soft hyphens, zero-width characters, bidi
controls. Invisible, they split numbers ("3\u00ad0个") and words apart, and bidi controls reorder text."""
LONE_SURROGATES = LazyPattern("[\ud800-\udfff]")
"""Half a UTF-16 surrogate pair: a JSON escape like "\\ud800" with no partner, or a file name byte that is
not UTF-8. No UTF-8 file can hold one."""


_COMMON_COMPATIBILITY_CHARACTERS = "，；：（）？！％＋－．／\u3000\xa0０１２３４５６７８９"
"""The characters NFKC changes that Chinese text is full of: full-width punctuation, digits and spaces."""


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, quicker on Chinese text: its full-width punctuation is
    replaced first, each character by its own NFKC form (which leaves the text's NFKC form as it was), and
    only the lines still not normalized are normalized, rather than every character of the text
    decomposed and recomposed."""
    for character in _COMMON_COMPATIBILITY_CHARACTERS:
        if character in text:
            text = text.replace(character, _NFKC_OF[character])
    if unicodedata.is_normalized("NFKC", text):
        return text
    lines = text.split("\n")  # a line break neither composes nor reorders with what is around it
    return "\n".join(line if unicodedata.is_normalized("NFKC", line) else unicodedata.normalize("NFKC", line)
                      for line in lines)  # fmt: skip


_NFKC_OF = {
    character: unicodedata.normalize("NFKC", character) for character in _COMMON_COMPATIBILITY_CHARACTERS
}


def fold(text: str) -> str:
    """NFKC, then drop all whitespace: the form in which quotes are compared (guidelines §4)."""
    return "".join(nfkc(text).split())


def is_grounded(quote: str, folded_haystack: str) -> bool:
    """True when `quote` occurs in an already folded text."""
    folded_quote = fold(quote)
    return bool(folded_quote) and folded_quote in folded_haystack


def without_format_characters(text: str) -> str:
    """The text with every format character (see FORMAT_CHARACTERS) removed."""
    return FORMAT_CHARACTERS.sub("", text)


def without_lone_surrogates(text: str) -> tuple[str, int]:
    """The text with each lone surrogate replaced by U+FFFD, and how many there were."""
    return LONE_SURROGATES.subn("\ufffd", text)


def sha256_hex(data: bytes | str) -> str:
    """Hex sha256 of bytes, or of a string's UTF-8 encoding."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def fold_by_character(text: str) -> tuple[str, list[int]]:
    """The text folded one character at a time, and for each folded character the offset it came from."""
    characters: list[str] = []
    origins: list[int] = []
    for offset, character in enumerate(text):
        for folded in unicodedata.normalize("NFKC", character):
            if not folded.isspace():
                characters.append(folded)
                origins.append(offset)
    return "".join(characters), origins


class FoldedText:
    """A text folded (NFKC, no whitespace) with a map from each folded character back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        if unicodedata.is_normalized("NFKC", text):  # cleaned text: only whitespace to drop
            self.folded = "".join(text.split())
            self.origins = [offset for offset, character in enumerate(text) if not character.isspace()]
        else:
            self.folded, self.origins = fold_by_character(text)

    def contains(self, quote: str) -> bool:
        """True when the folded quote is non-empty and occurs in the folded text."""
        folded_quote = fold(quote)
        return bool(folded_quote) and folded_quote in self.folded

    def find(self, quote: str) -> tuple[int, int] | None:
        """The (start, end) of the first occurrence of `quote` in the original text, or None."""
        folded_quote = fold(quote)
        at = self.folded.find(folded_quote) if folded_quote else -1
        if at < 0:
            return None
        return self.origins[at], self.origins[at + len(folded_quote) - 1] + 1


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The span of the first occurrence of `quote` in `text`: verbatim, else after folding (guidelines §4)."""
    if not quote.strip():
        return None
    start = text.find(quote)
    if start >= 0:
        return (start, start + len(quote))
    return FoldedText(text).find(quote)


# --- untrusted text on its way out ----------------------------------------------------------------

CONTROL_CHARACTERS = LazyPattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 controls but tab and newline, DEL, and C1 controls: ESC starts terminal sequences (clear the
screen, set the window title), CR overwrites a line, BEL rings; none belongs in an article's text."""

NOT_IN_XML = LazyPattern(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""What XML 1.0 cannot hold (its `Char` production): other C0 controls, lone surrogates, U+FFFE/FFFF."""

MARKDOWN_PUNCTUATION = LazyPattern(r"([\\`*\[\]#|~]|(?<!\w)_|_(?!\w))")
"""Markdown's inline syntax: escapes, code, emphasis, links and images, headings, table cells, strikes
(an underscore inside a word, as in a file name, emphasizes nothing and stays as it is)."""


def strip_controls(text: str) -> str:
    """The text without control characters (tab and newline kept): safe to print to a terminal."""
    return CONTROL_CHARACTERS.sub("", text)


def xml_safe(text: str) -> str:
    """The text without the characters XML cannot hold, and without other controls."""
    return strip_controls(NOT_IN_XML.sub("", text))


def markdown_inline(text: str) -> str:
    """Untrusted text as one line of inert Markdown: controls dropped, whitespace (newlines too) folded
    to single spaces, HTML as character references, and every character of Markdown syntax escaped, so
    the text can open no tag, link, heading, list, table cell or emphasis and reads as it was."""
    one_line = " ".join(strip_controls(text).split())
    as_html_text = one_line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", as_html_text)


TITLE_MAX_CHARS = 40
"""How far a position looks for the book-title marks around it (a document's title is short)."""


def inside_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside book-title marks (《…》): part of a document's or a work's name
    ("《…十二条措施》", "《…规划（2021～2035年）》"), not a figure or a time of the text itself."""
    opened = text.rfind("《", max(0, start - TITLE_MAX_CHARS), start)
    if opened == -1 or "》" in text[opened:start]:
        return False
    closed = text.find("》", end, end + TITLE_MAX_CHARS)
    return closed != -1 and "《" not in text[end:closed]


FIVE_YEAR_PLAN_13_START = 2016
"""The 13th five-year plan ("十三五") ran 2016-2020; each later one starts five years on."""


def five_year_plan_start(number: int) -> int:
    """The first year of the five-year plan of `number` (十四五: 14 → 2021; it ends four years on)."""
    return FIVE_YEAR_PLAN_13_START + 5 * (number - 13)
