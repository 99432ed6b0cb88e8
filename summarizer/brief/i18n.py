"""The brief's words in Chinese and English: headings, field names, categories, comparators, kinds."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.brief.numbers import Lang


@dataclass(frozen=True)
class Labels:
    """Every fixed string a brief prints, in one language."""

    lang: Lang
    default_title: str
    date: str
    made_with: str
    sources: str
    source: str
    title: str
    sha256: str
    status: str
    warnings: str
    contents: str
    regions: str
    official: str
    aliases: str
    headline: str
    priorities: str
    targets: str
    number: str
    metric: str
    raw: str
    value: str
    comparator: str
    deadline: str
    kind: str
    quote: str
    region: str
    comparison: str
    by_category: str
    total: str
    side_by_side: str
    investment: str
    projects: str
    power: str
    production: str
    due_soonest: str
    source_texts: str
    no_priorities: str
    no_targets: str
    no_regions: str
    none: str
    partial_item: str
    region_unstated: str
    uncategorized: str
    metric_note: str
    not_found: str
    rules_backend: str
    llm_backend: str
    other_backend: str
    prompt: str
    mode: str
    code: str
    plan_year: str
    article_headline: str
    failed_note: str
    category_note: str
    show_source: str
    baseline: str
    partial_region: str
    back_to_table: str
    no_text: str
    list_separator: str
    """Between the items of a list in running text: "、" / ", "."""
    clause_separator: str
    translates: bool = False
    """Whether the article's words are given in this language too (glossary, romanized names), or only
    the labels are (the English labels of `summarize`'s own views, over the Chinese)."""


ZH = Labels(
    lang="zh",
    default_title="政策要点简报",
    date="日期",
    made_with="生成方式",
    sources="来源",
    source="来源",
    title="标题",
    sha256="sha256",
    status="状态",
    warnings="警告",
    contents="目录",
    regions="各地区",
    official="负责人",
    aliases="简称",
    headline="导语",
    priorities="重点工作",
    targets="量化目标",
    number="#",
    metric="指标",
    raw="原文数量",
    value="标准值",
    comparator="比较",
    deadline="期限",
    kind="类型",
    quote="原文",
    region="地区",
    comparison="地区对比",
    by_category="各类目标数量",
    total="合计",
    side_by_side="投资、项目数与产能（统一单位）",
    investment="投资",
    projects="项目数",
    power="装机容量",
    production="产能",
    due_soonest="最近到期的目标",
    source_texts="原文与标注",
    no_priorities="（未提取到重点工作）",
    no_targets="（未提取到量化目标）",
    no_regions="（未提取到任何地区）",
    none="—",
    partial_item="部分结果",
    region_unstated="未注明地区",
    uncategorized="其他",
    metric_note="",
    not_found="原文中未找到该引文",
    rules_backend="离线规则后端",
    llm_backend="LLM",
    other_backend="后端",
    prompt="提示词",
    mode="模式",
    code="代码版本",
    plan_year="规划年份",
    article_headline="文章要点",
    failed_note="提取失败",
    category_note="目标的类别取自其所在段落的重点工作。",
    show_source="查看原文",
    baseline="基数",
    back_to_table="回到表格",
    no_text="（此摘要未保存原文）",
    list_separator="、",
    clause_separator="；",
    partial_region="部分结果：来源 {sources} 的提取不完整，条目可能有缺失。",
)

EN = Labels(
    lang="en",
    default_title="Policy briefing",
    date="Date",
    made_with="Made with",
    sources="Sources",
    source="Source",
    title="Title",
    sha256="sha256",
    status="Status",
    warnings="Warnings",
    contents="Contents",
    regions="Regions",
    official="Official",
    aliases="Also called",
    headline="Headline",
    priorities="Priorities",
    targets="Targets",
    number="#",
    metric="Metric",
    raw="As written",
    value="Value",
    comparator="Comparator",
    deadline="Deadline",
    kind="Kind",
    quote="Source quote",
    region="Region",
    comparison="Comparison across regions",
    by_category="Targets by category",
    total="Total",
    side_by_side="Investment, project counts and capacity (common units)",
    investment="Investment",
    projects="Projects",
    power="Power capacity",
    production="Production capacity",
    due_soonest="Targets due soonest",
    source_texts="Source texts with highlights",
    no_priorities="(no priorities extracted)",
    no_targets="(no targets extracted)",
    no_regions="(no regions extracted)",
    none="—",
    partial_item="partial",
    region_unstated="Region not stated",
    uncategorized="Other",
    metric_note="* Metric name in Chinese: the backend gave no English name and the glossary has none.",
    not_found="quote not found in the source text",
    rules_backend="offline rules backend",
    llm_backend="LLM",
    other_backend="backend",
    prompt="prompt",
    mode="mode",
    code="code",
    plan_year="Plan year",
    article_headline="Headline",
    failed_note="extraction failed",
    category_note="A target's category is that of the priority whose passage it falls in.",
    show_source="show in source",
    baseline="baseline",
    back_to_table="back to the table",
    no_text="(this summary holds no cleaned text)",
    list_separator=", ",
    clause_separator="; ",
    translates=True,
    partial_region="Partial: the extraction of source {sources} is incomplete; items may be missing.",
)

LABELS: dict[Lang, Labels] = {"zh": ZH, "en": EN}

CATEGORY_NAMES: dict[Lang, dict[str, str]] = {
    "zh": {
        "industry": "产业",
        "energy": "能源",
        "agriculture": "农牧业",
        "ecology": "生态",
        "culture_tourism": "文化旅游",
        "investment": "项目与投资",
        "services_consumption": "服务业与消费",
        "reform": "改革",
        "opening_up": "对外开放",
        "innovation": "科技创新",
        "livelihood": "民生",
        "urban_rural": "城乡建设",
        "unity_security": "团结稳定",
        "governance": "党建与治理",
    },
    "en": {
        "industry": "Industry",
        "energy": "Energy",
        "agriculture": "Agriculture",
        "ecology": "Ecology",
        "culture_tourism": "Culture & tourism",
        "investment": "Investment & projects",
        "services_consumption": "Services & consumption",
        "reform": "Reform",
        "opening_up": "Opening up",
        "innovation": "Innovation",
        "livelihood": "Livelihood",
        "urban_rural": "Urban & rural development",
        "unity_security": "Unity & security",
        "governance": "Governance",
    },
}

COMPARATOR_NAMES: dict[Lang, dict[str, str]] = {
    "zh": {"at_least": "不低于", "at_most": "不高于", "exactly": "达到", "range": "区间", "about": "约"},
    "en": {
        "at_least": "at least",
        "at_most": "at most",
        "exactly": "exactly",
        "range": "range",
        "about": "about",
    },
}
COMPARATOR_SIGNS = {"at_least": "≥", "at_most": "≤", "exactly": "", "range": "", "about": "≈"}

KIND_NAMES: dict[Lang, dict[str, str]] = {
    "zh": {"goal": "目标", "action": "任务", "project": "项目"},
    "en": {"goal": "goal", "action": "action", "project": "project"},
}

STATUS_NAMES: dict[Lang, dict[str, str]] = {
    "zh": {"ok": "完整", "partial": "部分结果", "failed": "失败"},
    "en": {"ok": "ok", "partial": "partial", "failed": "failed"},
}


def category_name(category: str | None, lang: Lang) -> str:
    if category is None:
        return LABELS[lang].uncategorized
    return CATEGORY_NAMES[lang].get(category, category)
