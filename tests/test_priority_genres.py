"""Priorities in the genres of unseen articles (guidelines §2), through the public extraction and the scorer.

Each text is hand-written in its genre, with the priorities a careful annotator would label: a county
head's interview in questions and answers, a press conference where officials speak in turn, a city
news item about a meeting, a look-back that ends with the plans, a work report whose headings are plain
lines, and a leader's speech. The second text of each genre, and the variants after them (duties
between semicolons, an official's quoted plan, a plan year's paragraph, an answer that opens with a
fact, headings with a comma, a news item titled by its own first line; and traps: a visiting company's
"我们将", an answer that reports results, a meeting's safety duties; 问/答 labels, a titled speaker
label, 会议提出/部署, duties that open paragraphs, a plan year's 我们将), were written after the rules,
to check them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from summarizer.evals.gold import GoldFile, GoldPriority, GoldRegion
from summarizer.evals.score import score_article
from summarizer.extract.pipeline import summarize_text
from summarizer.extract.rules.priorities import categorize
from summarizer.schema import ArticleSummary


@dataclass(frozen=True)
class Genre:
    name: str
    region: str
    text: str
    priorities: list[tuple[str, str, str]]
    """(category, title, quote) of each priority an annotator would label."""


GENRES = [
    Genre(
        "interview_a",
        "通渭县",
        (
            "通渭县县长专访：扛牢发展第一要务 奋力谱写县域高质量发展新篇章\n"
            "记者：今年通渭县在产业发展上有哪些打算？\n"
            "王建国：今年我们把发展特色产业作为富民强县的根本之策，围绕草畜、马铃薯两大主导产业延链"
            "补链，全年新建规模养殖场20个，让更多农民吃上“产业饭”。\n"
            "记者：项目建设是稳增长的关键，通渭县将如何推进？\n"
            "王建国：我们将坚持项目为王，盯紧国家政策投向谋划储备一批大项目，全年实施500万元以上项"
            "目120个，完成固定资产投资40亿元。\n"
            "记者：群众最关心的民生问题，今年有哪些安排？\n"
            "王建国：我们将持续办好民生实事，新建改扩建中小学校6所，推进县医院提标扩能，让群众在家"
            "门口看得上病、看得好病。\n"
        ),
        [
            ("agriculture", "发展特色产业", "今年我们把发展特色产业作为富民强县的根本之策"),
            ("investment", "坚持项目为王", "我们将坚持项目为王"),
            ("livelihood", "持续办好民生实事", "我们将持续办好民生实事"),
        ],
    ),
    Genre(
        "interview_b",
        "平江县",
        (
            "平江县委书记访谈\n"
            "记者：平江县今年文旅融合发展有哪些新举措？\n"
            "李明：平江山水资源丰富，红色文化厚重。今年我们将推动文旅深度融合，以石牛寨、幕阜山为龙"
            "头打造全域旅游示范区，力争接待游客2000万人次。\n"
            "记者：在生态保护方面呢？\n"
            "李明：生态是平江最大的优势。我们将深入推进汨罗江流域综合治理，严格落实河湖长制，守护好"
            "一江碧水。\n"
            "记者：如何进一步优化营商环境？\n"
            "李明：接下来，我们将持续深化“放管服”改革，推行“一件事一次办”，让企业办事少跑腿。\n"
        ),
        [
            ("culture_tourism", "推动文旅深度融合", "今年我们将推动文旅深度融合"),
            ("ecology", "深入推进汨罗江流域综合治理", "我们将深入推进汨罗江流域综合治理"),
            ("reform", "持续深化“放管服”改革", "我们将持续深化“放管服”改革"),
        ],
    ),
    Genre(
        "press_a",
        "阜阳市",
        (
            "阜阳市举行优化营商环境新闻发布会\n"
            "3月5日，阜阳市政府新闻办举行新闻发布会。市发展改革委主任王强介绍，今年全市将深化“放管"
            "服”改革，推行企业开办“一网通办”，力争开办时间压缩至1个工作日。\n"
            "市商务局局长李红介绍，阜阳将大力促进消费扩容提质，全年举办汽车、家电等促消费活动20场以"
            "上，培育夜间经济集聚区。\n"
            "市科技局局长陈刚介绍，今年将实施高新技术企业倍增计划，新认定高新技术企业100家。\n"
            "市人社局副局长赵丽表示，市人社局将实施稳就业行动，全年城镇新增就业3万人。\n"
        ),
        [
            ("reform", "深化“放管服”改革", "今年全市将深化“放管服”改革"),
            ("services_consumption", "大力促进消费扩容提质", "阜阳将大力促进消费扩容提质"),
            ("innovation", "实施高新技术企业倍增计划", "今年将实施高新技术企业倍增计划"),
            ("livelihood", "实施稳就业行动", "市人社局将实施稳就业行动"),
        ],
    ),
    Genre(
        "press_b",
        "岳阳市",
        (
            "岳阳市召开乡村振兴工作新闻发布会\n"
            "6月12日上午，岳阳市召开新闻发布会，介绍全市乡村振兴工作有关情况。\n"
            "市农业农村局局长张伟介绍，今年岳阳将稳定粮食生产，确保粮食播种面积稳定在700万亩以上，"
            "加快建设高标准农田。\n"
            "市水利局局长刘洋介绍，全市将加快推进农村供水保障工程，年底前农村自来水普及率达到92%。\n"
            "市生态环境局局长周敏介绍，今年将持续开展洞庭湖生态环境专项整治，推进农村生活污水治理。"
            "\n"
        ),
        [
            ("agriculture", "稳定粮食生产", "今年岳阳将稳定粮食生产"),
            ("urban_rural", "加快推进农村供水保障工程", "全市将加快推进农村供水保障工程"),
            ("ecology", "持续开展洞庭湖生态环境专项整治", "今年将持续开展洞庭湖生态环境专项整治"),
        ],
    ),
    Genre(
        "meeting_a",
        "赤峰市",
        (
            "赤峰市召开全市工业经济推进会\n"
            "4月10日，赤峰市召开全市工业经济推进会。会议指出，今年以来全市工业经济运行总体平稳，但"
            "仍面临下行压力。会议强调，要聚焦有色金属、新能源两大主导产业，加快延链补链强链。要狠抓"
            "工业项目建设，推动一批重大项目早开工、早投产。要持续优化营商环境，帮助企业解决融资、用"
            "工等难题。会议要求，各旗县区要压实工作责任，确保全年规上工业增加值增长8%以上。\n"
        ),
        [
            ("industry", "聚焦有色金属、新能源两大主导产业", "要聚焦有色金属、新能源两大主导产业"),
            ("investment", "狠抓工业项目建设", "要狠抓工业项目建设"),
            ("investment", "持续优化营商环境", "要持续优化营商环境"),
            ("governance", "压实工作责任", "各旗县区要压实工作责任"),
        ],
    ),
    Genre(
        "meeting_b",
        "武威市",
        (
            "武威市政府常务会议研究部署春季农业生产等工作\n"
            "3月2日，武威市政府召开常务会议。会议要求，要抓好春耕备耕，及早调运种子、化肥、农膜等农"
            "资，确保粮食播种面积稳中有增。要加强森林草原防火，落实防火责任，严防重特大火灾发生。会"
            "议强调，要扎实做好重点群体就业，拓宽高校毕业生、农民工就业渠道。\n"
        ),
        [
            ("agriculture", "抓好春耕备耕", "要抓好春耕备耕"),
            ("ecology", "加强森林草原防火", "要加强森林草原防火"),
            ("livelihood", "扎实做好重点群体就业", "要扎实做好重点群体就业"),
        ],
    ),
    Genre(
        "lookback_a",
        "临泉县",
        (
            "临泉县2023年经济社会发展回眸\n"
            "2023年，临泉县地区生产总值增长6.2%，一般公共预算收入完成25亿元。全年新签约亿元以上项目"
            "52个，新开工项目40个。城乡居民收入稳步增长，民生支出占财政支出的85%。\n"
            "下一步，临泉县将加快发展现代农业，推进畜禽养殖、果蔬种植规模化发展。同时，我们将持续壮"
            "大主导产业，推动食品加工、纺织服装产业集群发展。明年，临泉将着力提升城市品质，加快老旧"
            "小区改造和城市道路建设。\n"
        ),
        [
            ("agriculture", "加快发展现代农业", "临泉县将加快发展现代农业"),
            ("industry", "持续壮大主导产业", "我们将持续壮大主导产业"),
            ("urban_rural", "着力提升城市品质", "临泉将着力提升城市品质"),
        ],
    ),
    Genre(
        "lookback_b",
        "凉州区",
        (
            "凉州区这一年\n"
            "过去一年，凉州区坚持稳中求进，新建日光温室3000座，完成造林绿化10万亩，城镇新增就业6200"
            "人。\n"
            "过去一年，全区招商引资到位资金120亿元，同比增长15%。\n"
            "今后，凉州区将深入实施乡村振兴战略，发展戈壁生态农业。我们将大力推进文旅融合，把天马文"
            "化打造成凉州的金字招牌。我们将坚定不移推进生态文明建设，抓好防沙治沙和祁连山生态保护。"
            "\n"
        ),
        [
            ("urban_rural", "深入实施乡村振兴战略", "凉州区将深入实施乡村振兴战略"),
            ("culture_tourism", "大力推进文旅融合", "我们将大力推进文旅融合"),
            ("ecology", "坚定不移推进生态文明建设", "我们将坚定不移推进生态文明建设"),
        ],
    ),
    Genre(
        "report_a",
        "包头市",
        (
            "2024年包头市政府工作报告（摘要）\n"
            "今年重点抓好以下几个方面工作。\n"
            "坚定不移扩大有效投资\n"
            "全年实施亿元以上项目300个，完成固定资产投资增长10%。强化要素保障，推动项目早落地、早投"
            "产。\n"
            "加快建设现代化产业体系\n"
            "做大做强稀土、钢铁、铝三大产业，新增规上工业企业50家。\n"
            "持续增进民生福祉\n"
            "新增城镇就业3.5万人，新建改扩建中小学校10所，提高城乡低保标准。\n"
        ),
        [
            ("investment", "坚定不移扩大有效投资", "坚定不移扩大有效投资"),
            ("industry", "加快建设现代化产业体系", "加快建设现代化产业体系"),
            ("livelihood", "持续增进民生福祉", "持续增进民生福祉"),
        ],
    ),
    Genre(
        "report_b",
        "鄂尔多斯市",
        (
            "鄂尔多斯市政府工作报告摘登\n"
            "全力推动能源产业转型升级\n"
            "推进煤炭清洁高效利用，新增新能源装机1000万千瓦，建设全国重要的现代煤化工基地。\n"
            "深入推进生态环境保护\n"
            "统筹山水林田湖草沙系统治理，完成防沙治沙任务200万亩，持续打好蓝天碧水净土保卫战。\n"
            "着力提升城乡建设水平\n"
            "推进城市更新行动，改造老旧小区150个，建设宜居宜业和美乡村。\n"
        ),
        [
            ("energy", "全力推动能源产业转型升级", "全力推动能源产业转型升级"),
            ("ecology", "深入推进生态环境保护", "深入推进生态环境保护"),
            ("urban_rural", "着力提升城乡建设水平", "着力提升城乡建设水平"),
        ],
    ),
    Genre(
        "speech_a",
        "清水河县",
        (
            "清水河县委书记在全县经济工作会议上的讲话\n"
            "同志们，今年是实现“十四五”规划目标任务的关键一年。我们要坚持工业强县不动摇，依托现代煤"
            "化工产业基地，做大做强煤基新材料产业。要聚焦农业特色优势，发展小香米、海红果等特色种植"
            "，打响“清水河”农产品品牌。要围绕黄河大峡谷打造文旅精品线路，推动全域旅游提质升级。同时"
            "，要持续改善民生，扎实办好教育、医疗、养老等民生实事。\n"
        ),
        [
            ("industry", "坚持工业强县不动摇", "要坚持工业强县不动摇"),
            ("agriculture", "聚焦农业特色优势", "要聚焦农业特色优势"),
            ("culture_tourism", "围绕黄河大峡谷打造文旅精品线路", "要围绕黄河大峡谷打造文旅精品线路"),
            ("livelihood", "持续改善民生", "要持续改善民生"),
        ],
    ),
    Genre(
        "speech_b",
        "武川县",
        (
            "在武川县2024年工作会议上的讲话（摘要）\n"
            "新的一年，全县上下要坚持以高质量发展为主题，重点抓好以下工作。\n"
            "坚持生态优先、绿色发展，全面推进大青山南麓生态保护修复，筑牢北疆生态安全屏障。\n"
            "聚焦产业发展，做强马铃薯、燕麦等优势特色产业，新建马铃薯加工项目3个。\n"
            "围绕群众急难愁盼，新建改建农村公路120公里，提升农村牧区人居环境。\n"
        ),
        [
            ("ecology", "坚持生态优先、绿色发展", "坚持生态优先、绿色发展"),
            ("agriculture", "聚焦产业发展", "聚焦产业发展，做强马铃薯、燕麦等优势特色产业"),
            ("urban_rural", "围绕群众急难愁盼", "围绕群众急难愁盼，新建改建农村公路120公里"),
        ],
    ),
    Genre(
        "interview_c",
        "武川县",
        (
            "访武川县县长刘志强\n"
            "问：武川县今年的工作重点是什么？\n"
            "刘志强：今年是武川发展的关键之年。我们要抓住国家支持政策机遇，加快推进风光储一体化项目"
            "，把新能源产业培育成县域经济新引擎。\n"
            "问：在农业方面有哪些考虑？\n"
            "刘志强：武川是“中国燕麦之乡”。今年我们将稳步扩大燕麦种植面积，推动燕麦深加工，打响燕麦"
            "品牌。\n"
            "问：如何提升群众的幸福感？\n"
            "刘志强：我们要持续加大民生投入，办好教育、医疗、养老等实事，让发展成果更多惠及群众。\n"
        ),
        [
            ("energy", "加快推进风光储一体化项目", "我们要抓住国家支持政策机遇，加快推进风光储一体化项目"),
            ("agriculture", "稳步扩大燕麦种植面积", "今年我们将稳步扩大燕麦种植面积"),
            ("livelihood", "持续加大民生投入", "我们要持续加大民生投入"),
        ],
    ),
    Genre(
        "press_c",
        "包头市",
        (
            "包头市举行2024年一季度经济运行新闻发布会\n"
            "4月18日，包头市政府新闻办召开新闻发布会。市统计局局长王芳介绍了一季度全市经济运行情况"
            "，全市地区生产总值增长7.5%。\n"
            "市工业和信息化局局长孙涛表示，二季度全市将加快推进稀土新材料产业项目建设，推动晶硅光伏"
            "产业扩能增效。\n"
            "市农牧局局长韩梅介绍，全市将抓好春耕生产，推进高标准农田建设，确保粮食稳产增产。\n"
        ),
        [
            ("industry", "加快推进稀土新材料产业项目建设", "二季度全市将加快推进稀土新材料产业项目建设"),
            ("agriculture", "抓好春耕生产", "全市将抓好春耕生产"),
        ],
    ),
    Genre(
        "meeting_c",
        "定西市",
        (
            "定西市委常委会召开会议\n"
            "5月6日，定西市委常委会召开会议，传达学习省委有关会议精神。会议指出，当前全市经济运行总"
            "体平稳。会议强调，要全力抓好中医药产业发展，加快建设中国药都。要扎实推进乡村振兴，巩固"
            "拓展脱贫攻坚成果。要加强生态环境保护，持续推进黄河流域生态保护和高质量发展。\n"
        ),
        [
            ("industry", "全力抓好中医药产业发展", "要全力抓好中医药产业发展"),
            ("urban_rural", "扎实推进乡村振兴", "要扎实推进乡村振兴"),
            ("ecology", "加强生态环境保护", "要加强生态环境保护"),
        ],
    ),
    Genre(
        "lookback_c",
        "清水河县",
        (
            "清水河县：砥砺奋进的2023\n"
            "2023年，清水河县全年完成固定资产投资35亿元，实施重点项目42个。新建高标准农田5万亩，粮"
            "食产量创历史新高。\n"
            "展望2024年，清水河县将持续推进煤化工产业延链补链，做大做强工业经济。同时，我们将加快推"
            "进城乡融合发展，改善农村人居环境。\n"
        ),
        [
            ("industry", "持续推进煤化工产业延链补链", "清水河县将持续推进煤化工产业延链补链"),
            ("urban_rural", "加快推进城乡融合发展", "我们将加快推进城乡融合发展"),
        ],
    ),
    Genre(
        "report_c",
        "赤峰市",
        (
            "赤峰市2024年政府工作报告（摘要）\n"
            "2024年重点工作\n"
            "大力发展现代农牧业\n"
            "稳定粮食播种面积1800万亩以上，推进肉牛产业高质量发展。\n"
            "加快推进新型工业化\n"
            "做强有色金属、新能源装备制造等产业，规上工业增加值增长10%。\n"
        ),
        [
            ("agriculture", "大力发展现代农牧业", "大力发展现代农牧业"),
            ("industry", "加快推进新型工业化", "加快推进新型工业化"),
        ],
    ),
    Genre(
        "speech_c",
        "凉州区",
        (
            "凉州区委书记在区委全会上的讲话\n"
            "同志们，做好今年工作意义重大。全区上下要聚焦高质量发展，做强戈壁农业、文化旅游两大特色"
            "产业。要坚持生态优先，持续抓好防沙治沙和城乡环境整治。要围绕群众所需，扎实办好就业、教"
            "育、医疗等民生实事。各部门要强化责任担当，确保各项任务落地见效。\n"
        ),
        [
            ("agriculture", "聚焦高质量发展", "全区上下要聚焦高质量发展，做强戈壁农业、文化旅游两大特色产业"),
            ("ecology", "坚持生态优先", "要坚持生态优先"),
            ("livelihood", "围绕群众所需", "要围绕群众所需"),
            ("governance", "强化责任担当", "各部门要强化责任担当"),
        ],
    ),
    Genre(
        "meeting_semi",
        "阜阳市",
        (
            "阜阳市召开全市项目建设推进会\n"
            "7月3日，阜阳市召开全市项目建设推进会。会议强调，要坚持项目为王，谋划储备一批打基础、利"
            "长远的重大项目；要聚焦绿色食品、新能源汽车零部件等主导产业，精准开展产业链招商；要强化"
            "要素保障，及时协调解决土地、资金等问题。\n"
        ),
        [
            ("investment", "坚持项目为王", "要坚持项目为王"),
            ("investment", "精准开展产业链招商", "要聚焦绿色食品、新能源汽车零部件等主导产业"),
            ("investment", "强化要素保障", "要强化要素保障"),
        ],
    ),
    Genre(
        "press_quoted",
        "赤峰市",
        (
            "赤峰市召开2024年交通运输工作新闻发布会\n"
            "1月25日，赤峰市召开新闻发布会。“今年我们将加快推进赤峰至京津冀高铁通道建设，全年完成交"
            "通投资80亿元。”市交通运输局局长陈立新说。\n"
            "市文化旅游体育局局长高洁表示，全市将深化文旅融合，打造红山文化、草原风光精品旅游线路。"
            "\n"
        ),
        [
            ("urban_rural", "加快推进高铁通道建设", "今年我们将加快推进赤峰至京津冀高铁通道建设"),
            ("culture_tourism", "深化文旅融合", "全市将深化文旅融合"),
        ],
    ),
    Genre(
        "lookback_yearplan",
        "通渭县",
        (
            "通渭县2023年工作综述\n"
            "一年来，通渭县新建设施农业大棚1200座，新增城镇就业3200人，城乡面貌持续改善。\n"
            "2024年，通渭县将全力推进新能源项目建设，打造百万千瓦级风光电基地。我们将加快发展草畜产"
            "业，推动肉牛肉羊全产业链发展。\n"
        ),
        [
            ("energy", "全力推进新能源项目建设", "通渭县将全力推进新能源项目建设"),
            ("agriculture", "加快发展草畜产业", "我们将加快发展草畜产业"),
        ],
    ),
    Genre(
        "interview_inline",
        "临泉县",
        (
            "临泉县县长答记者问\n"
            "记者：临泉县今年在招商引资方面有何打算？\n"
            "张伟：招商引资是经济工作的生命线。今年，临泉将围绕食品加工、纺织服装等产业开展精准招商"
            "，全年引进亿元以上项目50个。\n"
            "记者：城市建设有什么新变化？\n"
            "张伟：我们要加快推进城市更新，改造老旧小区30个，新建口袋公园10个，让城市更宜居。\n"
        ),
        [
            (
                "investment",
                "围绕食品加工、纺织服装等产业开展精准招商",
                "临泉将围绕食品加工、纺织服装等产业开展精准招商",
            ),
            ("urban_rural", "加快推进城市更新", "我们要加快推进城市更新"),
        ],
    ),
    Genre(
        "speech_commas",
        "岳阳市",
        (
            "岳阳市委书记在全市经济工作会议上的讲话（摘要）\n"
            "今年，全市上下要坚持稳中求进工作总基调。我们要坚定不移推进新型工业化，做大做强石化、食"
            "品等产业集群。要全力扩大有效需求，抓好重大项目建设和消费提振。要持续深化改革开放，用好"
            "城陵矶港开放平台。\n"
        ),
        [
            ("industry", "坚定不移推进新型工业化", "我们要坚定不移推进新型工业化"),
            ("investment", "全力扩大有效需求", "要全力扩大有效需求"),
            ("opening_up", "持续深化改革开放", "要持续深化改革开放"),
        ],
    ),
    Genre(
        "report_commas",
        "武威市",
        (
            "武威市政府工作报告摘要\n"
            "聚焦产业升级，加快构建现代化产业体系\n"
            "做强新能源及装备制造、戈壁生态农业等主导产业，规上工业增加值增长10%以上。推动传统产业"
            "改造提升，培育数字经济新业态。\n"
            "坚持生态优先，筑牢西部生态安全屏障\n"
            "统筹推进山水林田湖草沙一体化保护修复，完成防沙治沙30万亩，巩固提升祁连山生态保护成果。"
            "\n"
        ),
        [
            ("industry", "加快构建现代化产业体系", "聚焦产业升级，加快构建现代化产业体系"),
            ("ecology", "筑牢西部生态安全屏障", "坚持生态优先，筑牢西部生态安全屏障"),
        ],
    ),
    Genre(
        "news_plans",
        "定西市",
        (
            "定西市加快打造中国薯都\n"
            "近日，记者从定西市农业农村局获悉，今年定西市马铃薯种植面积稳定在300万亩左右。\n"
            "定西将加快推进马铃薯全产业链发展，支持龙头企业开发主食化产品。同时，定西还将大力发展中"
            "药材产业，建设国家级中药材标准化种植基地。\n"
        ),
        [
            ("agriculture", "加快推进马铃薯全产业链发展", "定西将加快推进马铃薯全产业链发展"),
            ("agriculture", "大力发展中药材产业", "定西还将大力发展中药材产业"),
        ],
    ),
    Genre(
        "press_visitor",
        "包头市",
        (
            "包头市举行重大项目签约新闻发布会\n"
            "9月3日，包头市举行新闻发布会。市投资促进局局长赵军介绍，今年全市将围绕稀土、光伏等产业"
            "链开展精准招商，力争引进亿元以上项目100个。\n"
            "某新能源科技有限公司董事长刘洋表示，我们将在包头建设年产10万吨多晶硅项目，打造公司最大"
            "的生产基地。\n"
            "市发展改革委副主任孙丽介绍，全市将加快推进重大项目建设，确保签约项目早开工、早投产。\n"
        ),
        [
            ("investment", "开展精准招商", "今年全市将围绕稀土、光伏等产业链开展精准招商"),
            ("investment", "加快推进重大项目建设", "全市将加快推进重大项目建设"),
        ],
    ),
    Genre(
        "interview_results",
        "清水河县",
        (
            "清水河县县长访谈\n"
            "记者：去年清水河县取得了哪些成绩？\n"
            "王刚：去年我们完成地区生产总值120亿元，增长6%，新建高标准农田3万亩。\n"
            "记者：今年的重点是什么？\n"
            "王刚：今年我们要加快建设现代煤化工基地，推动煤炭就地转化，延伸产业链条。\n"
        ),
        [
            ("industry", "加快建设现代煤化工基地", "今年我们要加快建设现代煤化工基地"),
        ],
    ),
    Genre(
        "meeting_mixed",
        "赤峰市",
        (
            "赤峰市召开全市安全生产工作会议\n"
            "11月2日，赤峰市召开全市安全生产工作会议。会议传达学习了全区安全生产电视电话会议精神。"
            "会议要求，要深入开展安全生产隐患排查整治，重点抓好矿山、危化品、燃气等领域安全监管。要"
            "加强应急值守，确保发生突发情况能够迅速处置。\n"
        ),
        [
            ("unity_security", "深入开展安全生产隐患排查整治", "要深入开展安全生产隐患排查整治"),
            ("unity_security", "加强应急值守", "要加强应急值守"),
        ],
    ),
    Genre(
        "qa_da",
        "通渭县",
        (
            "通渭县县长答记者问\n"
            "问：今年通渭县如何推动农业增效？\n"
            "答：我们将大力发展设施农业，新建日光温室2000座，推动蔬菜产业提质增效。\n"
            "问：在民生方面有什么安排？\n"
            "答：今年我们要扎实办好十件民生实事，重点解决群众就医、就学难题。\n"
        ),
        [
            ("agriculture", "大力发展设施农业", "我们将大力发展设施农业"),
            ("livelihood", "扎实办好十件民生实事", "今年我们要扎实办好十件民生实事"),
        ],
    ),
    Genre(
        "qa_titled_label",
        "平江县",
        (
            "平江县委书记专访\n"
            "记者：平江如何推进工业发展？\n"
            "平江县委书记李明：我们将坚持工业强县战略，加快建设平江高新区，力争引进亿元以上工业项目"
            "20个。\n"
            "记者：下一步文旅发展有什么打算？\n"
            "平江县委书记李明：接下来，平江将深化文旅融合，打造湘东北红色旅游目的地。\n"
        ),
        [
            ("industry", "坚持工业强县战略", "我们将坚持工业强县战略"),
            ("culture_tourism", "深化文旅融合", "平江将深化文旅融合"),
        ],
    ),
    Genre(
        "press_long_frame",
        "武威市",
        (
            "武威市举行新闻发布会\n"
            "3月28日，武威市政府新闻办举行新闻发布会。市农业农村局局长王涛在发布会上介绍，今年全市"
            "将加快发展戈壁生态农业，新建高标准日光温室5000座。\n"
            "市文旅局局长张丽在发布会上表示，武威将深入挖掘天马文化，打造文旅融合精品线路。\n"
        ),
        [
            ("agriculture", "加快发展戈壁生态农业", "今年全市将加快发展戈壁生态农业"),
            ("culture_tourism", "深入挖掘天马文化", "武威将深入挖掘天马文化"),
        ],
    ),
    Genre(
        "meeting_tichu",
        "包头市",
        (
            "包头市召开市委常委会会议\n"
            "会议提出，要加快推进稀土新材料产业集群建设，推动稀土产业向高端化延伸。要统筹抓好城市更"
            "新，加快老旧小区改造。会议部署，要切实抓好安全生产，坚决防范重特大事故。\n"
        ),
        [
            ("industry", "加快推进稀土新材料产业集群建设", "要加快推进稀土新材料产业集群建设"),
            ("urban_rural", "统筹抓好城市更新", "要统筹抓好城市更新"),
            ("unity_security", "切实抓好安全生产", "要切实抓好安全生产"),
        ],
    ),
    Genre(
        "speech_paras",
        "凉州区",
        (
            "凉州区区长在全区经济工作会议上的讲话\n"
            "要坚持产业强区，做大做强戈壁生态农业和文旅产业，全年新建设施农业基地5个。\n"
            "要坚持改革创新，持续优化营商环境，激发市场主体活力。\n"
        ),
        [
            ("agriculture", "坚持产业强区", "要坚持产业强区"),
            ("reform", "坚持改革创新", "要坚持改革创新"),
        ],
    ),
    Genre(
        "lookback_2024",
        "临泉县",
        (
            "临泉县：奋进2023\n"
            "这一年，临泉县新签约亿元以上项目52个，城乡面貌焕然一新。\n"
            "2024年，我们将聚焦工业强县，全力推进食品加工、纺织服装产业集群发展。我们将深入实施乡村"
            "振兴战略，推进和美乡村建设。\n"
        ),
        [
            ("industry", "聚焦工业强县", "我们将聚焦工业强县"),
            ("urban_rural", "深入实施乡村振兴战略", "我们将深入实施乡村振兴战略"),
        ],
    ),
]


def gold_for(genre: Genre) -> GoldFile:
    return GoldFile(
        article=genre.name,
        file=f"{genre.name}.txt",
        sha256="0" * 64,
        plan_year=None,
        regions=[GoldRegion(name=genre.region)],
        priorities=[
            GoldPriority(region=genre.region, category=category, title=title, quote=quote)  # type: ignore[arg-type]
            for category, title, quote in genre.priorities
        ],
        targets=[],
    )


def listing(summary: ArticleSummary) -> str:
    return "\n".join(f"{p.region} [{p.category}] {p.title} | {p.quote}" for p in summary.priorities)


@pytest.mark.parametrize("genre", GENRES, ids=[genre.name for genre in GENRES])
def test_each_priority_of_the_genre_is_found_and_nothing_else(genre: Genre) -> None:
    summary = summarize_text(genre.text)
    scored = score_article(gold_for(genre), summary, summary.cleaned_text or genre.text)
    scores = scored.scores.priorities
    assert (scores.tp, scores.fp, scores.fn) == (len(genre.priorities), 0, 0), listing(summary)


@pytest.mark.parametrize("genre", GENRES, ids=[genre.name for genre in GENRES])
def test_titles_and_quotes_carry_no_speaker_label_subject_intent_or_time_frame(genre: Genre) -> None:
    """A title is the line of work itself ("稳定粮食生产"), not "今年岳阳将…", "接下来", "要…" or "李明:…"."""
    for priority in summarize_text(genre.text).priorities:
        assert not re.match(r"(?:我们|将|要|接下来|下一步|今后|明年|同时)", priority.title), priority.title
        assert not re.match(r"[^,，:：]{0,6}(?:将|要)(?![素求点])", priority.title), priority.title
        assert ":" not in priority.title and "：" not in priority.title, priority.title
        assert not re.match(r"[^,，。]{0,16}[:：]", priority.quote), priority.quote  # no speaker label


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("会议要求，要抓好春耕备耕，及早调运农资。要抓好夏粮收购。", ["agriculture", "agriculture"]),
        ("会议强调，各地要压实工作责任。要加快推进农村供水保障工程。", ["governance", "urban_rural"]),
    ],
)
def test_a_meeting_s_duties_fall_in_the_guidelines_categories(text: str, categories: list[str]) -> None:
    """The category table (§2): spring sowing and farm supplies are agriculture; the responsibility of
    those who implement is governance; rural water supply is infrastructure (urban_rural)."""
    priorities = summarize_text(f"武威市召开全市工作会议\n{text}\n").priorities
    assert [priority.category for priority in priorities] == categories


def test_a_keyword_inside_a_longer_keyword_counts_once() -> None:
    """The manufacturing of new-energy equipment ("新能源装备制造") is industry (§2): 新能源 is one hit."""
    assert categorize("发展新能源装备制造", "") == "industry"
    assert categorize("建设新能源基地", "") == "energy"


def test_a_wish_addressed_to_others_is_no_plan_of_the_region() -> None:
    text = (
        "果洛州举办人才论坛\n"
        "8月5日，果洛州举办人才论坛。州长李华表示，希望各类专家人才把前沿理念、有益经验带到果洛，"
        "帮助果洛培育人才、推动发展。\n"
    )
    assert summarize_text(text).priorities == []
