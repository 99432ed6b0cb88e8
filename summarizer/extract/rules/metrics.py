"""How a target's metric is named (guidelines §3, `metric`): the noun phrase a quantity measures, without the
number, the verbs, modals and time words around it or fragments of the clause; a growth rate is named as a
rate, a share as a share, a ranking as a ranking, each item of a "分别" list by its own name."""

from __future__ import annotations

import re

from summarizer.extract.rules.tables import (
    COUNTER_UNITS,
    MEASURE_NOUNS,
    METRIC_LEADING_NOISE,
    METRIC_TRAILING_NOISE,
    PROJECT_NOUNS,
)
from summarizer.extract.rules.text import CLAUSE_OR_SENTENCE_END, Span
from summarizer.ingest.gazetteer import gazetteer
from summarizer.ingest.regions import HIGHER_REGION_ALIASES
from summarizer.parse.quantities import Quantity, find_quantities
from summarizer.text import LazyPattern

COUNTED_UNITS = COUNTER_UNITS | {"种"}
"""Units whose metric is a count ("200余种文创产品" → 文创产品数量)."""
CAPACITY_COUNTERS = ("头", "只", "台", "辆", "套", "件")
"""Counters of what a project raises or makes: before a project noun they give its capacity."""


def is_project_scale(quantity: Quantity, text: str, clause: Span) -> bool:
    """The scale of a named project: "总投资150亿元的…项目", "25万吨低氧光亮铜杆生产线"."""
    after = text[quantity.end : clause.end]
    before = text[clause.start : quantity.cue_start]
    if quantity.unit in ("个", "家", "项"):
        return False
    if "总投资" in before[-6:]:
        return True
    if any(noun in after[:20] for noun in PROJECT_NOUNS) and not _FUNDS_FOR_PROJECTS.match(after):
        return True
    return _PROJECT_CAPACITY.search(before) is not None


_FUNDS_FOR_PROJECTS = LazyPattern(r"的?[^,，。;；\d]{0,8}?(?:项目|工程)(?:资金|经费|款项?|补助|奖补)")
"""Money that names what it funds ("整合1200万元涉农项目资金", "下达2亿元工程补助"): an amount of funds,
not the scale of one project; it keeps the tense of its sentence."""


_PROJECT_CAPACITY = LazyPattern(
    rf"(?:{'|'.join(PROJECT_NOUNS)}|[一二三四]期)[^,，。;；、]{{0,4}}?"
    r"(?:设计产能|年产能|产能|总装机容量|装机容量|装机规模)(?:为|达|约)?$"
)
"""A project's capacity named after it in its clause: "项目设计产能2GW", "二期装机容量10万千瓦" (its
footprint, "占地500亩", is a specification)."""


def metric_of(quantity: Quantity, text: str, clause: Span) -> str:
    """The noun phrase the quantity counts: "实施33个重点项目" → 重点项目数量; a growth rate is named as a
    rate ("地区生产总值增长5%" → 地区生产总值增速), a share as a share; never a number (guidelines v2)."""
    return _without_numbers(_metric_phrase(quantity, text, clause)) or "数量"


def _metric_phrase(quantity: Quantity, text: str, clause: Span) -> str:
    counted_after = _noun_after(quantity, text, clause)
    if quantity.unit in CAPACITY_COUNTERS and counted_after and is_project_scale(quantity, text, clause):
        return counted_after + "规模"  # "18万头奶牛养殖园区项目": the project's capacity, not a count
    if counted_after and (quantity.unit in COUNTED_UNITS or _counts_people(quantity)):
        return counted_after + "数量"
    if counted_after and is_project_scale(quantity, text, clause):
        return counted_after + _DIMENSIONS.get(quantity.unit, "规模")  # "5.3万亩牧草基地" → 牧草基地面积
    before = _naming_words(quantity, text, clause)
    phrase = strip_noise(before)
    if counted_after and (phrase.endswith("等") or _only_noise(phrase)):  # "建成1.5万亩…烟叶示范基地"
        phrase = counted_after
    if len(phrase) < 2 or phrase.endswith("了"):  # "让5000多亩沟壑", "打造了800米绿廊": the noun names it
        phrase = counted_after or _previous_subject(text, clause) or phrase.rstrip("了")
    if not phrase:
        return clause.text(text)
    after = text[quantity.end : clause.end]
    return finish_name(_invested_in(phrase, after), quantity, before, after)


def _counts_people(quantity: Quantity) -> bool:
    """名 as a counter of people ("10000名科技人才"), not a rank ("前20名", which the parser cues with 前)."""
    return quantity.unit == "名" and quantity.cue != "前"


_INVESTED_IN = LazyPattern(r"^(?:用于|新建|建设|实施|打造|改造)([^\d,，、。;；:：“”()（）]{2,20})")


def _invested_in(phrase: str, after: str) -> str:
    """ "投资3000万元建设冷链物流中心" → 冷链物流中心投资: a bare investment is named by what it builds."""
    built = _INVESTED_IN.match(after) if phrase in ("投资", "总投资") else None
    if built is None or after[built.end() : built.end() + 1] == "、":  # "建设煤化工、硅基…等4个园区"
        return phrase
    return _BUILT_TAIL.split(built.group(1))[0] + phrase


_MEASURE_AFTER = LazyPattern(rf"^(?:的)?({'|'.join(sorted(MEASURE_NOUNS, key=len, reverse=True))})")


def finish_name(phrase: str, quantity: Quantity, before: str, after: str = "") -> str:
    """The subject `phrase` made the name of what the quantity measures: a rate, a share, a ranking, the
    measure noun written after the number ("完成700亿元产值" → …产值), a count, or an extent."""
    if quantity.unit == "%" and quantity.raw.endswith("覆盖"):  # "光纤网络全覆盖" → 光纤网络覆盖率
        covered = _REACHED_TAIL.sub("", _rate_name(phrase, before))
        return covered if covered.endswith(("覆盖率", "覆盖面")) else covered + "覆盖率"
    if quantity.unit == "%":
        return _rate_name(phrase, before)
    if quantity.unit == "名" and quantity.raw.startswith(("前", "第")):
        return _ranking_name(phrase)
    measure = _MEASURE_AFTER.match(after)
    if measure is not None and not phrase.endswith(measure.group(1)):
        return phrase + measure.group(1)
    if quantity.unit in _COUNTED_OR_RANKED and not phrase.endswith(("数", "量", "数量")):
        phrase += "数量"
    return _with_dimension(phrase, quantity.unit)


_COUNTED_OR_RANKED = (*COUNTED_UNITS, "名")
_AREA_UNITS = ("亩", "平方米", "平方公里", "公顷")
_DIMENSIONS = {**dict.fromkeys(_AREA_UNITS, "面积"), "公里": "长度", "米": "长度"}
_DIMENSION_WORDS = ("面积", "长度", "规模", "里程", "量")


def _with_dimension(phrase: str, unit: str) -> str:
    """An area or a length names its dimension: "治沙2000万亩" → 治沙面积, "建成1.5万亩烟叶示范基地" →
    烟叶示范基地面积, "改造690米" → 改造长度."""
    dimension = _DIMENSIONS.get(unit)
    if dimension is None or phrase.endswith(_DIMENSION_WORDS):
        return phrase
    return phrase + dimension


_RANKING = LazyPattern(r"(?:进入|跻身|位居|稳居|保持|排名|排在|居)((?:全|[东中西]部)[^、“”]{0,4})?$")


def _ranking_name(phrase: str) -> str:
    """ "经济总量进入全区前20" → 经济总量全区排名: what is ranked, where, as a ranking."""
    ranked = _RANKING.search(phrase)
    if ranked is None:
        return phrase if phrase.endswith(("排名", "位次")) else phrase + "排名"
    subject = _LIST_OR_QUOTE_MARK.split(phrase[: ranked.start()])[-1]
    return (subject or phrase[: ranked.start()]) + (ranked.group(1) or "") + "排名"


_LIST_ITEM = LazyPattern(r"^(?:以上|左右|多|余)?\s*[、，,;；]\s*(.+)$")


_TIME_AND_CHANGE = LazyPattern(r"(?:年内|今年|全年|年底|新增|增加|达到|达|突破|超过)+$")


def _previous_subject(text: str, clause: Span) -> str:
    """The subject of the clause before, when this one names none ("工业企业新增10家以上，年底达到70家" →
    工业企业): the words before its first quantity, without time and change words."""
    if clause.start < 2 or text[clause.start - 1] not in ",，;；":
        return ""
    previous = text[max(0, clause.start - 40) : clause.start - 1]
    previous = CLAUSE_OR_SENTENCE_END.split(previous)[-1]
    quantities = find_quantities(previous)
    if not quantities:
        return ""
    subject = _TIME_AND_CHANGE.sub("", strip_noise(previous[: quantities[0].cue_start]))
    return subject if len(subject) >= 2 else ""


def _naming_words(quantity: Quantity, text: str, clause: Span) -> str:
    """The words before a quantity that name it. In a list of quantities each item names its own
    ("改造老旧小区1291个、各类管网1500公里" → 各类管网); in a "分别" list the k-th name goes with the k-th
    quantity ("一产、二产、三产增加值分别增长5.5%、6%、5%" → 第二产业增加值 for 6%)."""
    before = text[clause.start : quantity.cue_start]
    earlier = find_quantities(before)
    respective = before.rfind("分别")
    if respective != -1:
        named = _respective_name(before, respective, sum(q.start > respective for q in earlier))
        if named:
            return named
    if not earlier:
        return before
    listed = _LIST_ITEM.match(before[earlier[-1].end :])  # "…1291个、各类管网": the next item of a list
    if listed is None:
        return before
    if len(strip_noise(listed.group(1))) >= 2:
        return listed.group(1)
    return before[: earlier[-1].cue_start]  # "GDP增长6%、力争达到6.5%": the item before names both


def _respective_name(before: str, respective: int, position: int) -> str:
    """The `position`-th of the names listed before "分别", with the verb after 分别 ("增长"), or ""."""
    names = [strip_noise(name) for name in _ITEM_JOINER.split(before[:respective])]
    names = _with_shared_head(_paired_names([name for name in names if name]))
    if len(names) < 2 or position >= len(names):
        return ""
    verb = _SHORT_VERB.match(before[respective + 2 :])
    return names[position] + (verb.group(0) if verb else "")


PAIRED_PREFIXES = {"城乡": ("城镇", "农村")}
"""One name that stands for two in a "分别" list: "城乡居民收入分别增长5%和6%" → 城镇…, 农村…."""
INDUSTRY_SHORT_FORMS = {"一产": "第一产业", "二产": "第二产业", "三产": "第三产业"}


def _paired_names(names: list[str]) -> list[str]:
    if len(names) != 1:
        return names
    for prefix, pair in PAIRED_PREFIXES.items():
        if names[0].startswith(prefix):
            return [part + names[0][len(prefix) :] for part in pair]
    return names


def _with_shared_head(names: list[str]) -> list[str]:
    """Short parallel names share the measure the last one names: "一产、二产、三产增加值" → 第一产业增加值 …,
    "城镇和农村居民人均可支配收入" → 城镇居民人均可支配收入, 农村居民人均可支配收入."""
    names = [INDUSTRY_SHORT_FORMS.get(name[:2], name[:2]) + name[2:] for name in names]
    if len(names) < 2 or len({len(name) for name in names[:-1]}) != 1:
        return names
    length = len(names[0])
    head = names[-1][length:]
    if length > 4 or len(head) < 2 or not head.endswith(MEASURE_NOUNS):
        return names
    return [name + head for name in names[:-1]] + [names[-1]]


_BUILT_TAIL = LazyPattern(r"(?:项目)?(?:建设|等)")
_REACHED_TAIL = LazyPattern(r"(?:实现|达到|做到)$")
_LIST_OR_QUOTE_MARK = LazyPattern(r"[、“”]")
_ITEM_JOINER = LazyPattern(r"[、和及与]")
_SHORT_VERB = LazyPattern(r"[^\d,，。;；、]{0,4}")
_DIGIT = LazyPattern(r"\d")

_RATE_WORDS = tuple(
    (name, LazyPattern(f"(?:{'|'.join(verbs)})[^,，。、]{{0,4}}$"), LazyPattern(f"(?:{'|'.join(verbs)}).*$"))
    for name, verbs in (("增速", ("增长", "增速", "增幅")), ("降幅", ("下降", "降低", "减少", "压减")))
)
"""A rate's name, the verbs near the end of the words before it that call for it, and the verb to its end."""
_SHARE = LazyPattern(r"(?:占[^,，。]{0,10})?(?:比重|比例|占比)(?:达到|达|为|提高到|提升到|保持在)?$")


_MODAL_TAIL = LazyPattern(
    r"(?:分别|(?<![年人平])均|同比)?(?:今年|全年|年内|明年)?(?:要|将|力争|确保|争取)?(?:达到|达)?$"
)  # 均 of 年均/人均/平均 is part of the name


def _rate_name(phrase: str, before: str) -> str:
    """ "地区生产总值增长" → 地区生产总值增速, "能耗降低" → 能耗降幅, "…占…比重" → …占比."""
    trimmed = _without_numbers(before)
    phrase = _without_numbers(phrase)
    for name, verb_near_the_end, verb_onwards in _RATE_WORDS:
        verb = verb_near_the_end.search(trimmed)
        if verb is not None and not phrase.endswith(name):
            base = verb_onwards.sub("", phrase)
            base = _MODAL_TAIL.sub("", base) or phrase
            return base + name
    share = _SHARE.search(phrase)
    if share is not None and share.start() > 0:
        return phrase[: share.start()] + "占比"
    return phrase


_NUMBER_IN_METRIC = LazyPattern(r"[A-Za-z]*\d+[A-Za-z]+|[\d.,%％]+(?:[万亿千百]?[^\s,，、。;；]{0,2})?|\s+")
"""A stray number in a metric, with the unit or counter stuck to it; a technology's name written with a
digit ("5G", "4K") goes alone: "5G网络" → 网络, not 络."""


def _without_numbers(metric: str) -> str:
    """A metric with no number in it: quantities and stray digits dropped ("1.23 让" → 让)."""
    for quantity in reversed(find_quantities(metric)):
        metric = metric[: quantity.start] + metric[quantity.end :]
    return _NUMBER_IN_METRIC.sub("", metric).strip(" 、,，:：;；")


_NOUN_AFTER = LazyPattern(r"^(?:的)?([^\d,，、。;；:：“”()（）的等和及与将要在]{2,16})")
_MODIFIER_AFTER = LazyPattern(r"^(?:“[^”]{1,12}”|\d+(?:\.\d+)?[万亿]?元?(?:以上|级)的?)+")
"""What may stand between a quantity and the noun it counts: a quoted brand ("1.5万亩“中棵烟”烟叶基地"), a
class qualifier ("6个10亿元以上的新能源项目")."""


_VERB_AFTER_NOUN = LazyPattern(r"(?:建设|实现|完成|进行|投产|开工|竣工|下线|正式|变为|达产)")


def _noun_after(quantity: Quantity, text: str, clause: Span) -> str:
    """The noun right after a quantity ("33个重点项目" → 重点项目), without trailing verbs."""
    after = text[quantity.end : clause.end]
    modifier = _MODIFIER_AFTER.match(after)
    match = _NOUN_AFTER.match(after[modifier.end() :] if modifier else after)
    if match is None:
        return ""
    noun = _VERB_AFTER_NOUN.split(match.group(1))[0]
    return noun if len(noun) >= 2 else ""


_YEARS = LazyPattern(
    r"(?:力争|计划)?(?:到|在)?(?:19|20)\d{2}(?:\s*[-~—至到]\s*(?:19|20)\d{2})?年(?:前|底|末|内)?"
    r"|(?:在|未来|用|经过|花)?[一二两三四五六七八九十\d]{1,2}(?:[到至~-][一二两三四五六七八九十\d]{1,2})?年"
    r"(?:内|来|间|左右的?时间|的?时间)"
)
_LIST_MARK = LazyPattern(
    r"^[\s●•·■□◆◇▲△○◎★☆\-—*]*(?:\d{1,2}[.．、)）]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[①-⑳])?"
)
_FRAMES = LazyPattern(r"目标是|实现|按照|力争|确保|争取|预计|也是|就是|提供|完成|通过|拟")
"""Words after which a clause names what it measures ("预期目标是实现技工贸总收入增长30%" → 技工贸总收入,
"全部达产后可实现年产值" → 年产值); nothing before them belongs to the metric."""
_GLUED = (
    "并网",
    "并购",
    "再生",
    "要素",
    "使用",
    "是否",
    "将来",
    "重点项目",
    "重点建设",
    "重点工程",
    "重点企业",
)
"""Words that start with a character the noise lists strip on its own ("并网装机容量" keeps its 并)."""
_LEADING = (*METRIC_LEADING_NOISE, *HIGHER_REGION_ALIASES, "每年", "着力", "使", "让", "是", "也是")
_REGION_SUBJECT_BEFORE_NOISE = LazyPattern(
    rf"^[全该本我][区市县旗省州盟镇乡](?=(?:{'|'.join(sorted(METRIC_LEADING_NOISE, key=len, reverse=True))}))"
)
"""The region as the subject of a duty ("该县今年计划…", "全市将…"): a field of its own, not the metric's."""
_TRAILING = (*METRIC_TRAILING_NOISE, "将", "要", "都", "继续保持", "保持在", "保持", "实现", "完成")


def strip_noise(phrase: str) -> str:
    """The subject of a naming phrase: no years, list marks, bylines, frames, places, modals, time and change
    words."""
    phrase = _LIST_MARK.sub("", _YEARS.sub("", phrase)).strip(' 、,，“”"')
    phrase = _after_last_frame(_after_news_lead(phrase))
    changed = True
    while changed and phrase:
        changed = False
        subject = _REGION_SUBJECT_BEFORE_NOISE.match(phrase)
        if subject is not None:  # "该县今年计划实施重点项目" (but "全县物流业营业额" keeps its 全县)
            phrase, changed = phrase[subject.end() :], True
        for word in _LEADING if phrase.startswith(_LEADING) else ():  # (one test when no word leads)
            if phrase.startswith(word) and len(phrase) > len(word) and not phrase.startswith(_GLUED):
                phrase, changed = phrase[len(word) :], True
        for word in _TRAILING if phrase.endswith(_TRAILING) else ():
            if phrase.endswith(word) and len(phrase) > len(word):
                phrase, changed = phrase[: -len(word)], True
        without = _without_place(phrase)
        phrase, changed = without, changed or without != phrase
    return phrase.strip(' 、,，“”"')


def _after_last_frame(phrase: str) -> str:
    """The words after the last frame that leaves a name of two characters or more."""
    for frame in reversed(list(_FRAMES.finditer(phrase))):
        rest = phrase[frame.end() :]
        if len(_strip_trailing(rest)) >= 2:
            return rest
    return phrase


_NEWS_LEAD = LazyPattern(r"^.{0,12}?[讯电]\s*[(（][^)）]{0,40}[)）]")


def _after_news_lead(phrase: str) -> str:
    """ "株洲日报讯(记者/某某) 新增工业产值" → 新增工业产值; "规上(限上)企业" keeps its note."""
    lead = _NEWS_LEAD.match(phrase)
    rest = phrase[lead.end() :].strip() if lead else ""
    return rest if len(_strip_trailing(rest)) >= 2 else phrase


def _without_place(phrase: str) -> str:
    """ "陆川县GDP增长" → GDP增长: the region is a field of its own, not part of the metric."""
    mention = next(iter(gazetteer().mentions(phrase[:12])), None)
    if mention is None or mention.start != 0 or not _is_official_name(mention.surface):
        return phrase
    rest = phrase[mention.end :]
    return rest if len(_strip_trailing(rest)) >= 2 else phrase


def _is_official_name(surface: str) -> bool:
    return any(place.name == surface for place in gazetteer().named(surface))


def _strip_trailing(phrase: str) -> str:
    changed = True
    while changed and phrase and phrase.endswith(_TRAILING):
        changed = False
        for word in _TRAILING:
            if phrase.endswith(word):
                phrase, changed = phrase[: -len(word)], True
    return phrase


def _only_noise(phrase: str) -> bool:
    return phrase in _LEADING or phrase in _TRAILING


_SHARED_BY = LazyPattern(
    r"([^,，:：;；。]{2,60}?)(?:均|都)(?:将|要)?(?:达到|增长|提高到|提升到|保持在|稳定在|控制在|实现)?$"
)


_LISTED_RATES = LazyPattern(
    r"(?:^|(?<=[,，:：;；。]))([^,，:：;；。\d%]{2,60}?、[^,，:：;；。\d%]{2,60}?)(?:同比)?(?:增长|下降|降低|提高)$"
)
"""A list of names that opens its clause and shares the rate after it; a name holds no number, so
"地区生产总值增长6%左右、居民收入增长6%左右" is two items, each with its own rate."""


def _shared_rate(quantity: Quantity, before: str) -> re.Match[str] | None:
    """ "亩均税收、人均税收和亩均技工贸总收入增长20%以上": a rate after a list of names is each one's."""
    if quantity.unit != "%" or "分别" in before:
        return None
    return _LISTED_RATES.search(before)


def shared_names(quantity: Quantity, text: str, clause: Span) -> list[str]:
    """ "游客人次、旅游花费均增长10%以上" → 游客人次增速, 旅游花费增速: each item that shares the quantity,
    named as the quantity measures it; [] when the quantity is not shared."""
    before = text[clause.start : quantity.cue_start]
    shared = _SHARED_BY.search(before) or _shared_rate(quantity, before)
    if shared is None:
        return []
    written = _ITEM_JOINER.split(shared.group(1))
    if any(_DIGIT.search(item) for item in written):
        return []  # "总产值突破200亿元、年均增长10%以上": the item before 、 has a figure of its own
    items = [strip_noise(item) for item in written]
    if len(items) < 2 or not all(items):
        return []
    return [_without_numbers(finish_name(item, quantity, before)) for item in items]
