"""Finding a model's quote in the text it came from, compared after folding (guidelines §4)."""

from __future__ import annotations

import unicodedata

from summarizer.text import fold

Span = tuple[int, int]


class FoldedText:
    """A text folded (NFKC, no whitespace) with a map from each folded character back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        if unicodedata.is_normalized("NFKC", text):  # cleaned text: only whitespace to drop
            self._origins = [position for position, character in enumerate(text) if not character.isspace()]
            self.folded = "".join(text.split())
            return
        characters: list[str] = []
        origins: list[int] = []
        for position, character in enumerate(text):
            for folded in unicodedata.normalize("NFKC", character):
                if not folded.isspace():
                    characters.append(folded)
                    origins.append(position)
        self.folded = "".join(characters)
        self._origins = origins

    def contains(self, quote: str) -> bool:
        """True when the folded quote is non-empty and occurs in the folded text."""
        folded_quote = fold(quote)
        return bool(folded_quote) and folded_quote in self.folded

    def find(self, quote: str) -> Span | None:
        """The (start, end) of the first occurrence of `quote` in the original text, or None."""
        folded_quote = fold(quote)
        at = self.folded.find(folded_quote) if folded_quote else -1
        if at < 0:
            return None
        return self._origins[at], self._origins[at + len(folded_quote) - 1] + 1
