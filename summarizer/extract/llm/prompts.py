"""Versioned prompt files (`prompts/<task>.v<N>.toml`) and their rendering for one chunk.

A released prompt file is never edited: its id and the sha256 of its bytes go into every output
and every cache key, so a changed prompt never reuses answers made with another.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

from pydantic import BaseModel, ConfigDict

from summarizer.errors import ConfigError, UsageError
from summarizer.extract.llm.chunk import Chunk
from summarizer.parse.quantities import Quantity
from summarizer.schema import Region
from summarizer.text import sha256_hex

PROMPTS_DIR: Traversable = resources.files("summarizer").joinpath("prompts")
"""The released prompt files, package data (the repository's top-level `prompts/` links here)."""
PROMPT_SUFFIX = ".toml"
CANDIDATE_CONTEXT_CHARS = 12

Message = dict[str, str]


class PromptTemplate(BaseModel):
    """One prompt version: a system and a user template with `${name}` placeholders."""

    model_config = ConfigDict(frozen=True)

    id: str
    sha256: str
    description: str = ""
    system: str
    user: str

    @property
    def lists_candidates(self) -> bool:
        """True when the prompt shows the parser's candidate quantities (`${candidates}`)."""
        return "${candidates}" in self.system + self.user

    def render(
        self, chunk: Chunk, regions: Sequence[Region], candidates: Sequence[Quantity] = ()
    ) -> list[Message]:
        """The chat messages for one chunk."""
        values = {
            "header": chunk.header(),
            "regions": regions_line(regions),
            "chunk": chunk.text,
            "candidates": candidates_block(chunk.text, candidates),
            "time_context": chunk.time_context(),
        }
        return [
            {"role": "system", "content": Template(self.system).substitute(values).strip()},
            {"role": "user", "content": Template(self.user).substitute(values).strip()},
        ]


def load_prompt(prompt_id: str, directory: Traversable = PROMPTS_DIR) -> PromptTemplate:
    """A prompt by id (`extract.v1`) from the prompts directory, or from a path to a `.toml` file."""
    as_path = Path(prompt_id)
    path: Traversable = (
        as_path if as_path.suffix == PROMPT_SUFFIX else directory.joinpath(f"{prompt_id}{PROMPT_SUFFIX}")
    )
    try:
        raw = path.read_bytes()
    except OSError:
        known = ", ".join(available_prompts(directory)) or "none"
        raise UsageError(
            f"unknown prompt {prompt_id!r}: choose one of {known}, or give a path to a .toml file"
        ) from None
    try:
        fields = tomllib.loads(raw.decode("utf-8"))
        return PromptTemplate(
            id=path.name.removesuffix(PROMPT_SUFFIX),
            sha256=sha256_hex(raw),
            description=str(fields.get("description", "")),
            system=fields["system"],
            user=fields["user"],
        )
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, ValueError) as exc:
        raise ConfigError(f"{path}: not a prompt file (needs TOML strings system and user): {exc}") from None


def available_prompts(directory: Traversable = PROMPTS_DIR) -> list[str]:
    """The prompt ids in a directory, sorted."""
    names = (entry.name for entry in directory.iterdir() if entry.name.endswith(PROMPT_SUFFIX))
    return sorted(name.removesuffix(PROMPT_SUFFIX) for name in names)


def regions_line(regions: Sequence[Region]) -> str:
    """The allowed regions with their aliases, as the prompt lists them."""
    if not regions:
        return "（未识别到地区，region 一律填 null）"
    named = [
        f"{region.name}（{'、'.join(region.aliases)}）" if region.aliases else region.name
        for region in regions
    ]
    return "、".join(named)


def candidates_block(text: str, candidates: Sequence[Quantity]) -> str:
    """One numbered line per candidate quantity: its raw form and a little text around it."""
    if not candidates:
        return "（解析器未找到数量）"
    lines = []
    for number, quantity in enumerate(candidates, start=1):
        before = text[max(0, quantity.start - CANDIDATE_CONTEXT_CHARS) : quantity.start]
        after = text[quantity.end : quantity.end + CANDIDATE_CONTEXT_CHARS]
        context = " ".join(f"{before}【{quantity.raw}】{after}".split())
        lines.append(f"{number}. {quantity.raw} —— {context}")
    return "\n".join(lines)
