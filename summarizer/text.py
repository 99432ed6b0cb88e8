"""Small text helpers shared by every stage: folding for quote comparison, hashing."""

from __future__ import annotations

import hashlib
import unicodedata


def fold(text: str) -> str:
    """NFKC, then drop all whitespace: the form in which quotes are compared (guidelines §4)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def is_grounded(quote: str, folded_haystack: str) -> bool:
    """True when `quote` occurs in an already folded text."""
    folded_quote = fold(quote)
    return bool(folded_quote) and folded_quote in folded_haystack


def sha256_hex(data: bytes | str) -> str:
    """Hex sha256 of bytes, or of a string's UTF-8 encoding."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()
