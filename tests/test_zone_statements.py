"""A zone's statement goes on in the sentence after it (guidelines §1): "东湖高新区相关负责人表示，…。光谷将…
设立8个驿站" — the sentence before opens on the zone, as its speaker or its subject, and the figure's own
sentence names no other place, so the target is the zone's, not the province's that the item names most.
A sentence that opens on the text's own voice (全省, 我省) stays the text's region's.

The sentences are written for these tests after the shape of a provincial talent-exchange news item
held in a development zone.
"""

from __future__ import annotations

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article

_ITEM = (
    "2023-08-14 15:38，正文：湖北日报讯 8月13日，海外学子“湖北行”活动在青湖人才大厦举办。"
    "此次活动由湖北省科学技术厅、武汉青湖高新区管理委员会主办。湖北行活动为期3天，学子们将走访湖北多家企业。"
    "青湖高新区相关负责人表示，当前，青湖正在全力建设科学城，诚邀海内外学子共建。{tail}"
)


def target_regions(text: str) -> dict[str, str | None]:
    targets = extract_article(prepare_article(text_document(text))).targets
    return {target.raw: target.region for target in targets}


def test_the_statement_of_a_zone_goes_on_in_the_next_sentence() -> None:
    text = _ITEM.format(tail="青湖将依托人才集团，在全球设立6个人才驿站，为全球人才提供窗口。")
    assert target_regions(text) == {"6个": "青湖高新区"}


def test_a_sentence_in_the_text_s_own_voice_stays_the_text_s() -> None:
    text = _ITEM.format(tail="全省将在全球设立6个人才驿站，为全球人才提供窗口。")
    assert target_regions(text) == {"6个": "湖北省"}
