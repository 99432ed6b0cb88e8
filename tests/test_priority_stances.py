"""Heads that name no policy area (guidelines §2): the items a review lists after "取得…进展：" (what was
done), a call to understand why a work matters ("要充分认识…是…"), and a first clause that only asks to
study a leader's speech or a meeting ("要深刻学习领会…重要讲话精神"); the duties that follow stay priorities.
A first clause that asks to study a doctrine or names the means ("要以…为牵引") yields to the next clause;
the bodies a saying addresses ("…提出，各机构要坚持…；要坚持…") open its series of duties at their 要; a
next step an official states with 会 ("表示，下一步某局会跟…联合起来，…排查") is a spoken plan.

The sentences are written for these tests after the shapes of provincial meeting news; names and places are
made up.
"""

from __future__ import annotations

import pytest

from tests.priority_scoring import quotes_of

MEETING = (
    "2023-08-15 09:00，正文：15日，青川省政务公开工作会议在青城召开。青川省委常委王某出席会议并讲话。她表示，"
    "近年来，全省政务公开工作取得积极进展：在公开平台方面，着力在“准”字上下功夫、不断完善发布机制，"
    "着力在“快”字上下功夫、推动构建一体化平台。王某强调，要充分认识做好政务公开工作是建设法治政府的"
    "客观需要，是回应群众关切的重要抓手。要聚焦群众关切加强政策解读，聚焦基层短板加强平台建设，"
    "聚焦队伍建设加强组织领导。\n"
)
STUDY = (
    "2023-08-16 10:00，正文：青川省委召开常委会会议。会议强调，全省各级党委政府要深刻学习领会、认真贯彻落实"
    "习近平总书记在考察时的重要讲话精神，深入推进各项改革。一要在科技创新上再发力，二要在乡村振兴上再深入，"
    "三要在生态保护上再提升。\n"
)


def test_a_reviews_items_and_a_call_to_understand_are_no_priorities() -> None:
    quotes = quotes_of(MEETING)
    assert not any("着力在" in quote for quote in quotes), quotes
    assert not any("充分认识" in quote for quote in quotes), quotes
    assert any("聚焦群众关切加强政策解读" in quote for quote in quotes), quotes
    # the duties after the call to understand are the speech's items, not details of it
    assert any(quote.startswith("聚焦基层短板加强平台建设") for quote in quotes), quotes
    assert any(quote.startswith("聚焦队伍建设加强组织领导") for quote in quotes), quotes


def test_a_duty_to_study_a_speech_is_no_priority_but_the_areas_after_it_are() -> None:
    quotes = quotes_of(STUDY)
    assert not any("学习领会" in quote for quote in quotes), quotes
    assert any("科技创新" in quote for quote in quotes), quotes


VISIT = (
    "2023-08-19 15:00，正文：8月18日，省委常委王某赴青禾县调研时强调，要深入学习贯彻新时代中国特色社会主义"
    "思想，扎实开展主题教育，以学促干；要统筹好耕地保护和产业发展，抓牢粮食生产；要以青禾铁路重大项目建设"
    "为牵引，把发展特色优势产业作为主攻方向，做实产业支撑；要吸引集聚各类人才到乡村创业。\n"
)


def test_a_doctrine_to_study_or_the_means_yields_to_the_line_of_work_after_it() -> None:
    quotes = quotes_of(VISIT)
    assert not any(quote.startswith("要深入学习贯彻") for quote in quotes), quotes
    assert any(quote.startswith("扎实开展主题教育") for quote in quotes), quotes
    assert not any(quote.startswith("要以青禾铁路") for quote in quotes), quotes
    assert any(quote.startswith("把发展特色优势产业作为主攻方向") for quote in quotes), quotes


ADDRESSED = (
    "2023-08-18 20:00，正文：8月18日上午，青川省普惠金融推进会在青城召开。"
    "财政厅厅长李某在会上提出，普惠金融机构要坚持服务功能不动摇，更加精准服务小微企业；要坚持支持力度不减弱，做强做优我省普惠金融体系；"
    "要坚持高质量发展不偏向，持续提升行业发展能力。\n"
)


def test_the_bodies_a_saying_addresses_open_its_series_of_duties() -> None:
    quotes = quotes_of(ADDRESSED)
    assert any(quote.startswith("要坚持服务功能不动摇") for quote in quotes), quotes
    assert any(quote.startswith("要坚持支持力度不减弱") for quote in quotes), quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023-08-10 09:00，正文：青城市电视问政节目聚焦垃圾清运问题。"
            "市城管局局长张某表示，下一步青城市城管局会跟各城区联合起来，对垃圾清运全过程的问题进行认真排查，制定更加切合实际的方案。\n",
            "对垃圾清运全过程的问题进行认真排查",
        ),
    ],
)
def test_a_next_step_said_with_hui_is_a_spoken_plan(text: str, expected: str) -> None:
    quotes = quotes_of(text)
    assert any(expected in quote for quote in quotes), quotes


def test_a_committee_is_no_intent_word() -> None:
    text = (
        "2023-08-10 09:00，正文：青城市召开座谈会。市人大常委会主任张某表示，下一步市人大常委会议"
        "将听取专项工作报告。\n"
    )
    assert not any(quote.startswith("议") for quote in quotes_of(text))


def test_what_a_building_is_fitted_with_is_no_priority() -> None:
    text = (
        "2023-08-07 10:00，正文：近日，青山区第一小学改扩建工程项目获得批复。"
        "该项目位于青山区东部，新建建筑面积约1.2万平方米。未来，学校供暖将采用空气源热泵，"
        "生活热水采用光伏热水系统，推进节能校园建设。\n"
    )
    assert not any("空气源热泵" in quote for quote in quotes_of(text))
