"""Priorities of meeting news, inspection visits and reported plans that are no press conference
(guidelines §2).

Hand-written items in the shapes of city and district dailies: a work meeting whose requirements go on
in a sentence of semicolon parts after the first duty ("会议要求…要以…为标杆，全力推广…。严格落实…；
持续做好…；各部门要…；对照…"), a requirement addressed to bodies with no 要 of its own ("会议要求各部门
建立…"), and the next step a body of the region reports ("下一步，某区民政局将…"). Each is labeled as a
careful annotator would: the items of the meeting's own list and the reported plan, never the bodies'
division of labour inside one duty or what a bureau did in past years.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from summarizer.evals.gold import GoldFile, GoldPriority, GoldRegion
from summarizer.evals.score import score_article
from summarizer.extract.pipeline import summarize_text
from summarizer.schema import ArticleSummary


@dataclass(frozen=True)
class MeetingItem:
    name: str
    region: str | None
    text: str
    quotes: list[str]
    """The quote of each priority an annotator would label."""


ITEMS = [
    MeetingItem(
        "requirements_in_semicolon_parts",
        "青禾县",
        (
            "青禾县召开扬尘污染防治工作推进会\n"
            "近日，青禾县召开扬尘污染防治工作推进会，县生态环境局、住建局负责人和辖区28家重点工地负责人"
            "参加会议。会议要求全县各在建工地要以示范工地为标杆，借鉴经验做法，全面推广雾炮喷淋和渣土车"
            "密闭运输。严格落实“六个百分百”要求，争创绿色示范工地；持续做好帮扶指导工作，减少检查频次；"
            "各部门要协调联动，强责任，严监管；对照年度治气攻坚任务，查漏补缺，确保完成年度目标。\n"
        ),
        [
            "全面推广雾炮喷淋和渣土车密闭运输",
            "严格落实“六个百分百”要求，争创绿色示范工地",
            "持续做好帮扶指导工作",
            "各部门要协调联动",
            "对照年度治气攻坚任务",
        ],
    ),
    MeetingItem(
        "series_after_a_duty_with_one_part",
        "石泉县",
        (
            "石泉县召开安全生产工作会议\n"
            "8月3日，石泉县召开安全生产工作会议。会议强调，要压实安全生产责任，全面排查整治风险隐患。"
            "强化汛期巡查；做好应急值守；各乡镇要落实包保责任。\n"
        ),
        [
            "要压实安全生产责任",
            "强化汛期巡查",
            "做好应急值守",
            "各乡镇要落实包保责任",
        ],
    ),
    MeetingItem(
        "requirement_to_bodies_and_next_step",
        "北川区",
        (
            "北川区召开困难群众探访关爱工作会议\n"
            "8月9日下午，北川区召开困难群众探访关爱工作专题会议，对实施方案进行了部署和解读。会议要求"
            "各街道建立定期探访制度，加强部门协同，让服务更加精准。下一步，北川区民政局将做好牵头工作，"
            "精心组织实施，确保探访关爱工作做实、做细、见到成效。\n"
        ),
        [
            "各街道建立定期探访制度，加强部门协同",
            "确保探访关爱工作做实、做细、见到成效",
        ],
    ),
]


def gold_for(item: MeetingItem) -> GoldFile:
    return GoldFile(
        article=item.name,
        file=f"{item.name}.txt",
        sha256="0" * 64,
        plan_year=None,
        regions=[GoldRegion(name=item.region)] if item.region else [],
        priorities=[
            GoldPriority(region=item.region, category="governance", title=quote, quote=quote)
            for quote in item.quotes
        ],
        targets=[],
    )


def listing(summary: ArticleSummary) -> str:
    return "\n".join(f"{p.region} [{p.category}] {p.title} | {p.quote}" for p in summary.priorities)


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_each_priority_of_the_meeting_item_is_found_and_nothing_else(item: MeetingItem) -> None:
    summary = summarize_text(item.text)
    scored = score_article(gold_for(item), summary, summary.cleaned_text or item.text)
    scores = scored.scores.priorities
    assert (scores.tp, scores.fp, scores.fn) == (len(item.quotes), 0, 0), listing(summary)


def test_the_bodies_of_one_duty_are_its_details_not_items() -> None:
    """Who does what inside one duty's sentence ("市专班要…；房产部门要…；各地区要…") divides the work of
    that duty: the semicolon parts of the duty's own sentence are no items of the list."""
    text = (
        "石泉县召开供热工作专题会议\n"
        "8月16日，石泉县召开供热工作专题会议。会议强调，要完善工作机制，形成工作合力，县专班要加强统筹，"
        "加密调度频次；住建部门要严密组织实施，跟踪督导进展；各乡镇要抓实“一把手”工程，全力推进落实。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert len(quotes) == 1 and "完善工作机制" in quotes[0], quotes


def test_what_a_bureau_did_in_past_years_is_no_plan() -> None:
    """A body of the region with a word of effort but no word of intent ("近年来，某市金融局积极落实…")
    reports what was done: no priority of the next step."""
    text = (
        "青禾县出台支持企业上市若干措施\n"
        "日前，青禾县政府印发支持企业上市的若干措施。近年来，青禾县金融局积极落实助企上市机制，建立上市"
        "绿色通道，协调解决企业上市难题。今年上半年，全县新增上市企业1家。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert not any("金融局" in quote for quote in quotes), quotes
