"""Synthetic county interviews for runs against the test server: many small, distinct articles."""

from __future__ import annotations

COUNTIES = ["托克托县", "清水河县", "和林格尔县", "武川县", "土默特左旗", "固阳县", "达茂旗", "五原县"]


def article_text(number: int) -> str:
    """A short interview that 200-character chunks cut in two; every article's text differs."""
    county = COUNTIES[number % len(COUNTIES)]
    return (
        f"奋力谱写高质量发展新篇章（第{number}期） ——访{county}委副书记、县长王{number}\n\n"
        f"{county}将坚定不移推动传统产业转型升级。全年实施重大项目{90 + number}个以上，"
        f"完成投资{85 + number}亿元以上。\n\n"
        f"在农牧业方面，新建高标准农田{3 + number}万亩，粮食产量稳定在{40 + number}万吨以上。\n\n"
        f"在生态方面，完成造林{12 + number}万亩，治理水土流失面积{60 + number}平方公里，"
        "持续改善人居环境，推进城乡绿化美化。\n\n"
        f"在民生方面，新增城镇就业{2000 + number}人，新建改建农村公路{150 + number}公里，"
        f"建成保障性住房{800 + number}套。\n\n"
        f"在招商引资方面，引进亿元以上项目{20 + number}个，到位资金{30 + number}亿元，"
        "推动园区提档升级和产业集聚发展。\n"
    )
