import pytest

from summarizer.parse.deadlines import resolve_deadline


@pytest.mark.parametrize(
    ("written", "plan_year", "expected"),
    [
        ("2024-2025年计划实施工程固沙", 2024, "2024-2025"),
        ("2026-2030年计划完成腾格里沙漠综合治理任务", 2024, "2026-2030"),
        ("力争到2026年实现科技型中小企业", 2024, "2026"),
        ("2025年前将17家砂石土矿山整合为", 2024, "2025"),
        ("全年实施重大项目", 2024, "2024"),
        ("年内引进亿元项目", 2024, "2024"),
        ("计划年前完成改造", 2024, "2024"),
        ("今年将实施", 2023, "2023"),
        ("力争到明年示范区舍饲养殖规模达", 2023, "2024"),
        ("推进高标准农田建设", 2024, None),
        ("全年实施", None, None),
        (None, 2024, None),
        ("", 2024, None),
    ],
)
def test_resolve_deadline(written: str | None, plan_year: int | None, expected: str | None) -> None:
    assert resolve_deadline(written, plan_year) == expected
