"""The gazetteer: province names, official short forms, capitals and what "首府" means, region levels.

Every piece of knowledge about place names lives here once; sections, the rules backend and the
LLM path read it from here.
"""

from __future__ import annotations

PROVINCES: dict[str, tuple[str, ...]] = {
    "北京市": ("北京",),
    "天津市": ("天津",),
    "上海市": ("上海",),
    "重庆市": ("重庆",),
    "河北省": ("河北",),
    "山西省": ("山西",),
    "辽宁省": ("辽宁",),
    "吉林省": ("吉林",),
    "黑龙江省": ("黑龙江", "龙江"),
    "江苏省": ("江苏",),
    "浙江省": ("浙江",),
    "安徽省": ("安徽",),
    "福建省": ("福建",),
    "江西省": ("江西",),
    "山东省": ("山东",),
    "河南省": ("河南",),
    "湖北省": ("湖北",),
    "湖南省": ("湖南",),
    "广东省": ("广东",),
    "海南省": ("海南",),
    "四川省": ("四川",),
    "贵州省": ("贵州",),
    "云南省": ("云南",),
    "陕西省": ("陕西",),
    "甘肃省": ("甘肃",),
    "青海省": ("青海",),
    "内蒙古自治区": ("内蒙古",),
    "广西壮族自治区": ("广西",),
    "西藏自治区": ("西藏",),
    "宁夏回族自治区": ("宁夏",),
    "新疆维吾尔自治区": ("新疆",),
    "香港特别行政区": ("香港", "香港特区"),
    "澳门特别行政区": ("澳门", "澳门特区"),
}
SHORT_FORMS: dict[str, str] = {
    "土左旗": "土默特左旗",
    "土右旗": "土默特右旗",
    "托县": "托克托县",
    "和林县": "和林格尔县",
    "呼市": "呼和浩特市",
    "达茂旗": "达尔罕茂明安联合旗",
    "准旗": "准格尔旗",
    "伊旗": "伊金霍洛旗",
    "科右前旗": "科尔沁右翼前旗",
    "科右中旗": "科尔沁右翼中旗",
    "科左中旗": "科尔沁左翼中旗",
    "科左后旗": "科尔沁左翼后旗",
    "阿左旗": "阿拉善左旗",
    "阿右旗": "阿拉善右旗",
    "鄂前旗": "鄂托克前旗",
    "乌前旗": "乌拉特前旗",
    "乌中旗": "乌拉特中旗",
    "乌后旗": "乌拉特后旗",
    "察右前旗": "察哈尔右翼前旗",
    "察右中旗": "察哈尔右翼中旗",
    "察右后旗": "察哈尔右翼后旗",
    "东乌旗": "东乌珠穆沁旗",
    "西乌旗": "西乌珠穆沁旗",
    "孪井滩": "孪井滩生态移民示范区",
}
"""Well-known short forms → full official names."""
CAPITAL_ALIAS = "首府"
CAPITAL_DISTRICTS: dict[str, tuple[str, ...]] = {
    "呼和浩特市": (
        "呼和浩特",
        "呼市",
        "托克托县",
        "清水河县",
        "土默特左旗",
        "土左旗",
        "和林格尔县",
        "武川县",
        "新城区",
        "回民区",
        "玉泉区",
        "赛罕区",
    ),
}
"""首府 means this city when the text names the city or one of its counties."""
SELF_REFERENCES: dict[str, tuple[str, ...]] = {
    "自治区": ("全区", "我区", "自治区"),
    "省": ("全省", "我省", "本省", "该省"),
    "市": ("全市", "我市", "本市", "该市"),
    "县": ("全县", "我县", "本县", "该县"),
    "旗": ("全旗", "我旗", "该旗"),
    "盟": ("全盟", "我盟"),
    "州": ("全州", "我州"),
    "区": ("全区", "我区", "本区", "该区"),
    "街道": ("全街道", "我街道", "该街道"),
    "镇": ("全镇", "我镇", "该镇"),
    "乡": ("全乡", "我乡", "该乡"),
}
"""How a text refers to its own region, by the region's level (its name's suffix)."""
ZONES = ("示范区", "开发区", "高新区", "经开区", "新区", "合作区", "试验区")
PARKS = ("产业园区", "工业园区", "产业园", "工业园", "科技园", "转移园")
"""Parks that may have an administration of their own (a 管委会) and so be regions (guidelines §1)."""
FREE_TRADE_AREAS = ("新片区", "片区")
FREE_TRADE_ZONES = ("自由贸易试验区", "自贸试验区", "自贸区")
"""The areas of a free-trade zone ("中国(上海)自由贸易试验区临港新片区", "…试验区郑州片区") have an
administration of their own; a text that names no free-trade zone means a district of a city by 片区."""
ADMINISTERED_ZONES = ("经济技术开发区", "高新技术产业开发区", "高新区", "经开区", "开发区")
"""Zones that have an administration of their own by what they are: named after a place ("张家界高新区",
"滨州开发区", "聊城经济技术开发区") they are regions even where the text shows no 管委会."""
ZONE_ADMINISTRATION = ("管委会", "管理委员会", "党工委", "国家级新区", "批复设立")
"""Words that show a zone or park named in a text has an administration of its own."""
ZONE_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    **{park: ("该园", "园区") for park in PARKS},
    **{area: (area,) for area in FREE_TRADE_AREAS},
    **{zone: (zone,) for zone in ZONES},
    "新区": ("新区", "该新区"),
    "经济技术开发区": ("经开区", "开发区"),
    "高新技术产业开发区": ("高新区", "开发区"),
}
"""How a text refers back to a zone or park it has named (by the zone word it ends with)."""
TOWN_SUFFIXES = ("街道", "镇", "乡")
"""Units below a county (towns, townships, urban subdistricts): regions when their own official speaks,
though the national gazetteer stops at counties."""
TOWN_ORGANS = ("党工委", "党委", "人民政府", "政府", "办事处")
"""The organs a town or subdistrict has ("石桥镇党委", "南湖街道党工委", "南湖街道办事处")."""
REGION_SUFFIXES = (
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    *ZONES,
    "省",
    "市",
    "县",
    "旗",
    "区",
    "盟",
    "州",
    *TOWN_SUFFIXES,
)

HIGHER_REGION_ALIASES: dict[str, str] = {CAPITAL_ALIAS: next(iter(CAPITAL_DISTRICTS))}
"""Words that stand for a higher level whose targets a lower one quotes ("按照首府…目标")."""
