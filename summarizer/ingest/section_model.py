"""The section model: the part of an article that one region (or none) covers.

Kept apart from `sections`, which finds the sections: that module is compiled (see setup.py), and a
pydantic model cannot live in a compiled module (its fields' defaults are pydantic objects, not the
values their types name)."""

from __future__ import annotations

from pydantic import BaseModel

from summarizer.schema import Region


class Section(BaseModel):
    region: Region | None = None
    start: int
    end: int
    heading: str | None = None
