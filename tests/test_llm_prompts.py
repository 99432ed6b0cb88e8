"""Versioned prompts: released files never change, and each version renders exactly as pinned."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.extract.llm.chunk import Chunk
from summarizer.extract.llm.prompts import PROMPTS_DIR, available_prompts, load_prompt
from summarizer.parse.quantities import find_quantities
from summarizer.schema import CATEGORIES, Region

# A released prompt is never edited: a new version is a new file. Add a line here when releasing one.
RELEASED_SHA256 = {
    "extract.v1": "90b0453014e2eeddac4bf7b1e566b0aefa516cadfce664b690d74ad017410168",
    "extract.v2": "63849b083d9a9ce52c1be5ad567d3552fadc60edc7d3fd88b7df023c349bce5e",
    "extract.v3": "d0acd33555a78683141cd21c8a4c2298ae556c25c41ee347128e80465e83013e",
}
# The rendered messages for FIXED_CHUNK: a change in rendering code shows up here.
RENDERED_SHA256 = {
    "extract.v1": "c960cf81ea74fd402f4491b9f56d88fc960110b382f36c885bc98dbb04d63e6b",
    "extract.v2": "7ab2c223f60e888adb0c4f388c0f4127d5e75b7257d89923aa7831e59c936412",
    "extract.v3": "6ed2ed2875ad83f78231c8fabd6189ef75c9d155d5e7c050581947876cbf689c",
}

TOKETUO = Region(name="托克托县", aliases=["托县"], official="高正", position="县委副书记、县长")
HOHHOT = Region(name="呼和浩特市", aliases=["首府"])
FIXED_CHUNK = Chunk(
    index=0,
    start=120,
    end=183,
    text="托克托县将坚定不移推动传统产业转型升级。全年实施重大项目90个以上，完成投资85亿元以上；\n新建中船特气年产2.5万吨高纯电子气体项目。",
    region=TOKETUO,
    heading="锚定“千亿级园区”建设目标",
    title="实干担当正当时 凝心聚力再出发",
    plan_year=2024,
)


def rendered_sha256(prompt_id: str) -> str:
    prompt = load_prompt(prompt_id)
    messages = prompt.render(FIXED_CHUNK, [TOKETUO, HOHHOT], find_quantities(FIXED_CHUNK.text))
    return hashlib.sha256(json.dumps(messages, ensure_ascii=False).encode("utf-8")).hexdigest()


def test_every_prompt_file_is_released_and_unchanged() -> None:
    assert available_prompts() == sorted(RELEASED_SHA256)
    for prompt_id, pinned in RELEASED_SHA256.items():
        prompt = load_prompt(prompt_id)
        assert prompt.id == prompt_id
        assert prompt.sha256 == hashlib.sha256((PROMPTS_DIR / f"{prompt_id}.toml").read_bytes()).hexdigest()
        assert prompt.sha256 == pinned, f"{prompt_id} was edited: release a new version instead"


@pytest.mark.parametrize("prompt_id", sorted(RENDERED_SHA256))
def test_rendering_is_pinned(prompt_id: str) -> None:
    assert rendered_sha256(prompt_id) == RENDERED_SHA256[prompt_id]


def test_the_user_message_holds_header_regions_and_the_exact_chunk() -> None:
    system, user = load_prompt("extract.v1").render(FIXED_CHUNK, [TOKETUO, HOHHOT])
    assert system["role"] == "system" and user["role"] == "user"
    assert f"<片段>\n{FIXED_CHUNK.text}\n</片段>" in user["content"]
    assert "文章标题：实干担当正当时 凝心聚力再出发" in user["content"]
    assert "本片段所属地区：托克托县（又称：托县）" in user["content"]
    assert "受访官员：高正，县委副书记、县长" in user["content"]
    assert "规划年份：2024" in user["content"]
    assert "托克托县（托县）、呼和浩特市（首府）" in user["content"]
    assert "候选数量" not in user["content"]


def test_v2_lists_the_parsers_candidates_to_classify() -> None:
    prompt = load_prompt("extract.v2")
    assert prompt.lists_candidates and not load_prompt("extract.v1").lists_candidates
    _, user = prompt.render(FIXED_CHUNK, [TOKETUO], find_quantities(FIXED_CHUNK.text))
    assert "1. 90个以上 —— " in user["content"]
    assert "【85亿元以上】" in user["content"]
    assert "3. 2.5万吨 —— " in user["content"]


@pytest.mark.parametrize("prompt_id", sorted(RELEASED_SHA256))
def test_each_prompt_lists_every_category_of_the_schema(prompt_id: str) -> None:
    system = load_prompt(prompt_id).system
    for category in CATEGORIES:
        assert f"| {category} |" in system


def test_an_unknown_prompt_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"unknown prompt 'extract\.v9'.*extract\.v1, extract\.v2"):
        load_prompt("extract.v9")


def test_a_prompt_can_be_a_path_to_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.v1.toml"
    path.write_text("system = '''S'''\nuser = '''U ${chunk}'''\n", encoding="utf-8")
    prompt = load_prompt(str(path))
    assert prompt.id == "mine.v1"
    assert prompt.render(FIXED_CHUNK, [])[1]["content"] == f"U {FIXED_CHUNK.text}"


def test_a_malformed_prompt_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("system = 'only a system part'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.toml: not a prompt file"):
        load_prompt(str(path))


def test_v3_shows_the_governing_time_context_and_the_v2_rules_for_deadlines_and_metrics() -> None:
    chunk = FIXED_CHUNK.model_copy(update={"time_heading": "二、2025年目标任务", "plan_section": True})
    system, user = load_prompt("extract.v3").render(chunk, [TOKETUO, HOHHOT], find_quantities(chunk.text))
    assert "所在小节或列表的时间标题：二、2025年目标任务" in user["content"]
    assert "本文是政府工作报告的规划年份部分" in user["content"]
    assert "后出现的时间词优先" in system["content"] and "……增速" in system["content"]
    _, plain = load_prompt("extract.v3").render(FIXED_CHUNK, [TOKETUO])
    assert "所在小节或列表的时间标题：（无）" in plain["content"]
    assert "规划年份部分" not in plain["content"]
