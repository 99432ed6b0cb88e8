"""The DuckDB store through the CLI: `summarize --db`, `db import`, `query`, the views, a missing extra."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from summarizer.extract.records import config_key
from tests.conftest import SEED_000, SEED_004, RunCli, after_backend_line
from tests.llm_server import LLMTestServer, Reply, answer_from_prompt
from tests.summaries import priority, read_jsonl, summary, target, write_jsonl

TEXT = "托克托县坚定不移推动新能源产业发展。今年新增新能源装机100万千瓦以上，实施重大项目90个以上。"


def query(run_cli: RunCli, db: Path, sql: str) -> list[dict[str, Any]]:
    """Rows as `summarizer query --format json` prints them."""
    result = run_cli("query", sql, "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def read(db: Path, sql: str) -> list[dict[str, Any]]:
    """Rows read back with DuckDB itself (a reading beside the CLI's, and faster)."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as connection:
        cursor = connection.execute(sql)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def import_articles(run_cli: RunCli, tmp_path: Path, db: Path) -> None:
    """Import one_article() into `db` through `db import`."""
    result = run_cli("db", "import", str(write_jsonl(tmp_path / "r.jsonl", one_article())), "--db", str(db))
    assert result.returncode == 0, result.stderr


def one_article(value: float = 100, **fields: Any) -> list[Any]:
    """One article about 托克托县 with a priority and two targets; `fields` go to summary()."""
    targets = [
        target(TEXT, "今年新增新能源装机100万千瓦以上", "新能源装机", "100万千瓦以上", value * 10_000, "千瓦",
               deadline="2024"),
        target(TEXT, "实施重大项目90个以上", "重大项目", "90个以上", 90, "个", kind="project"),
    ]  # fmt: skip
    return [summary(TEXT, targets, [priority(TEXT, "坚定不移推动新能源产业发展", "energy")], **fields)]


def test_summarize_into_a_database_keeps_every_target_with_its_article_region_span_and_provenance(
    run_cli: RunCli, tmp_path: Path
) -> None:
    db = tmp_path / "targets.duckdb"
    stored = run_cli("summarize", str(SEED_000), str(SEED_004), "--db", str(db))
    assert stored.returncode == 0, stored.stderr
    assert "Imported into" in stored.stderr and "2 new article(s)" in stored.stderr
    printed = run_cli("summarize", str(SEED_000), str(SEED_004), "--format", "jsonl")
    summaries = [json.loads(line) for line in printed.stdout.splitlines()]

    rows = query(run_cli, db, "SELECT * FROM targets_flat")
    by_article = defaultdict(list)
    for row in rows:
        by_article[row["article_id"]].append(row)
    assert sum(len(item["targets"]) for item in summaries) == len(rows) > 40
    for item in summaries:
        stored_rows = sorted(by_article[item["article_id"]], key=lambda row: row["item"])
        key = f"{item['sha256'][:16]}-{config_key(summary_provenance(item))}"
        for number, (expected, row) in enumerate(zip(item["targets"], stored_rows, strict=True), start=1):
            for name in (
                "region",
                "metric",
                "raw",
                "value",
                "unit",
                "comparator",
                "deadline",
                "kind",
                "quote",
            ):
                assert row[name] == expected[name], (name, row, expected)
            assert [row["span_start"], row["span_end"]] == expected["span"]
            assert row["target_id"] == f"{key}-t{number}" and row["source"] == item["source_path"]
            assert row["backend"] == "rules" and row["code_version"] == item["provenance"]["code_version"]
            assert row["run_date"].endswith("+00:00") and row["sha256"] == item["sha256"]
    regions = query(run_cli, db, "SELECT region, official, position FROM regions_flat")
    assert {"region": "托克托县", "official": "高正", "position": "县委副书记、县长"} in regions
    officials = {row["official"] for row in rows if row["region"] == "托克托县"}
    assert officials == {"高正"}
    assert {row["category"] for row in rows} & {"industry", "investment", "energy"}


def test_every_row_has_exactly_its_tables_columns() -> None:
    from summarizer.data.db import db_columns
    from summarizer.data.rows import RunInfo, summary_rows
    from summarizer.data.tables import ARTICLES, PRIORITIES, REGIONS, TARGETS

    rows = summary_rows(one_article()[0], RunInfo(date="2025-01-01T00:00:00+00:00", source="test"))
    article = {**rows.article, "import_seq": 1}
    for table, found in ((ARTICLES, [article]), (REGIONS, rows.regions), (PRIORITIES, rows.priorities),
                         (TARGETS, rows.targets)):  # fmt: skip
        names = [column.name for column in db_columns(table)]
        assert found and all(sorted(row) == sorted(names) for row in found), table


def summary_provenance(record: dict[str, Any]) -> Any:
    from summarizer.schema import Provenance

    return Provenance.model_validate(record["provenance"])


def table_dump(db: Path) -> list[list[dict[str, Any]]]:
    return [
        read(db, f"SELECT * FROM {table} ORDER BY {key}")
        for table, key in (("articles", "article_key"), ("regions", "region_id"),
                           ("priorities", "priority_id"), ("targets", "target_id"))
    ]  # fmt: skip


def test_importing_the_same_run_twice_changes_nothing(
    run_cli: RunCli, corpus_run: Path, tmp_path: Path
) -> None:
    db = tmp_path / "t.duckdb"
    first = run_cli("db", "import", str(corpus_run), "--db", str(db))
    assert first.returncode == 0, first.stderr
    records = read_jsonl(corpus_run)
    assert f"{len(records)} new article(s), 0 replaced, 0 already there" in first.stderr
    before = table_dump(db)
    second = run_cli("db", "import", str(corpus_run), "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert f"0 new article(s), 0 replaced, {len(records)} already there" in second.stderr
    assert table_dump(db) == before
    assert len(before[3]) == sum(len(record.targets) for record in records)


def test_the_ids_are_stable_across_databases(run_cli: RunCli, corpus_run: Path, tmp_path: Path) -> None:
    ids = []
    for name in ("one.duckdb", "two.duckdb"):
        assert run_cli("db", "import", str(corpus_run), "--db", str(tmp_path / name)).returncode == 0
        ids.append(read(tmp_path / name, "SELECT target_id, metric FROM targets ORDER BY target_id"))
    assert ids[0] == ids[1] and len({row["target_id"] for row in ids[0]}) == len(ids[0])


def test_a_run_under_another_configuration_is_kept_beside_and_the_views_show_the_latest(
    run_cli: RunCli, tmp_path: Path
) -> None:
    old = write_jsonl(tmp_path / "old.jsonl", one_article(100))
    new = write_jsonl(tmp_path / "new.jsonl", one_article(120, backend="llm", model="qwen2.5:7b"))
    os.utime(old, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    os.utime(new, (1_730_000_000, 1_730_000_000))  # 2024-10-27
    for order in ((old, new), (new, old)):  # the latest by run date, whatever the import order
        db = tmp_path / f"{order[0].stem}-first.duckdb"
        for source in order:
            assert run_cli("db", "import", str(source), "--db", str(db)).returncode == 0
        articles = read(db, "SELECT backend, run_date FROM articles ORDER BY run_date")
        assert [row["backend"] for row in articles] == ["rules", "llm"]
        assert articles[0]["run_date"].startswith("2023-11-14")
        latest = read(db, "SELECT value, backend, model FROM targets_flat WHERE unit = '千瓦'")
        assert latest == [{"value": 1_200_000.0, "backend": "llm", "model": "qwen2.5:7b"}]
        every_run = read(db, "SELECT count(*) AS n FROM targets")
        assert every_run == [{"n": 4}]


def test_a_finished_record_replaces_a_failed_one_of_the_same_configuration(
    run_cli: RunCli, tmp_path: Path
) -> None:
    failed = one_article(status="failed")[0].model_copy(update={"targets": [], "priorities": []})
    db = tmp_path / "t.duckdb"
    first = run_cli("db", "import", str(write_jsonl(tmp_path / "first.jsonl", [failed])), "--db", str(db))
    assert "1 new article(s), 0 replaced" in first.stderr
    run = write_jsonl(tmp_path / "run.jsonl", [failed, *one_article()])  # one file: its current record
    result = run_cli("db", "import", str(run), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "0 new article(s), 1 replaced" in result.stderr
    assert read(db, "SELECT status, targets FROM articles") == [{"status": "ok", "targets": 2}]
    again = run_cli("db", "import", str(write_jsonl(tmp_path / "failed.jsonl", [failed])), "--db", str(db))
    assert "0 new article(s), 0 replaced, 1 already there" in again.stderr
    assert read(db, "SELECT status FROM latest_articles") == [{"status": "ok"}]


def test_a_second_summarize_into_the_database_skips_what_it_holds(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert run_cli("summarize", str(SEED_000), "--db", str(db)).returncode == 0
    again = run_cli("summarize", str(SEED_000), str(SEED_004), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "1 new article(s)" in again.stderr and "1 article(s) skipped: done before" in again.stderr
    forced = run_cli("summarize", str(SEED_000), "--db", str(db), "--force")
    assert "0 new article(s), 1 replaced" in forced.stderr
    assert read(db, "SELECT count(*) AS n FROM articles") == [{"n": 2}]


def test_ctrl_c_keeps_the_finished_articles_and_the_rerun_completes(
    server: LLMTestServer, tmp_path: Path
) -> None:
    server.default_chat = lambda request: Reply(200, answer_from_prompt(request).body, delay=0.1)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(60):
        text = f"托克托县第{number}号文件。今年实施重大项目{number + 10}个以上。"
        (corpus / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    command = [sys.executable, "-m", "summarizer.cli.app", "summarize", str(corpus), "--db", str(db),
               "--backend", "llm", "--base-url", server.url, "--concurrency", "2", "--no-cache"]  # fmt: skip
    # A shell's background jobs start with SIGINT ignored, and Python keeps an ignored SIGINT: restore it.
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    deadline = time.monotonic() + 60
    while len(server.chat_requests()) < 8 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().endswith("run the same command again to resume.")
    done = len(read(db, "SELECT article_id FROM articles"))
    assert 0 < done < 60
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{60 - done} new article(s)" in rerun.stderr and f"{done} article(s) skipped" in rerun.stderr
    ids = [row["article_id"] for row in read(db, "SELECT article_id FROM articles ORDER BY article_id")]
    assert ids == [f"{number:02d}" for number in range(60)]


@pytest.mark.slow
def test_an_endpoint_that_stays_down_stops_the_run_with_the_finished_articles_kept(
    server: LLMTestServer, run_cli: RunCli, tmp_path: Path
) -> None:
    server.go_down_after(requests=5, down_seconds=None)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(12):
        (corpus / f"{number:02d}.txt").write_text(
            f"第{number}号文章。托克托县今年将实施重点项目{number + 10}个，全力推进产业园区建设。",
            encoding="utf-8",
        )
    db = tmp_path / "t.duckdb"
    args = ("summarize", str(corpus), "--db", str(db), "--backend", "llm", "--base-url", server.url,
            "--no-cache", "--concurrency", "1")  # fmt: skip
    stopped = run_cli(*args)
    error = after_backend_line(stopped.stderr)
    assert stopped.returncode == 1 and len(error.strip().splitlines()) == 1, stopped.stderr
    assert error.startswith(f"Error: cannot reach {server.url}")
    assert f"Every finished article is in {db}; run the same command again to resume." in stopped.stderr
    done = len(read(db, "SELECT article_id FROM articles WHERE status = 'ok'"))
    assert 1 <= done <= 5  # one chunk an article: at most one article a request
    server.default_chat = answer_from_prompt
    server.bring_back()
    rerun = run_cli(*args)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{done} article(s) skipped: done before" in rerun.stderr
    assert len(read(db, "SELECT article_id FROM targets_flat")) == 12


def test_a_corpus_run_with_a_database_writes_both(run_cli: RunCli, tmp_path: Path) -> None:
    db, out = tmp_path / "t.duckdb", tmp_path / "run.jsonl"
    result = run_cli("summarize", str(SEED_000), str(SEED_004), "--out", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    targets = sum(len(record.targets) for record in read_jsonl(out))
    assert read(db, "SELECT count(*) AS n FROM targets_flat") == [{"n": targets}]
    assert f"Imported {out} into {db}: 2 new article(s)" in result.stderr


def test_an_eval_run_imports_its_predictions(run_cli: RunCli, tmp_path: Path) -> None:
    run = Path(__file__).resolve().parent.parent / "evals" / "runs" / "rules-test.json"
    saved = json.loads(run.read_text(encoding="utf-8"))
    db = tmp_path / "t.duckdb"
    result = run_cli("db", "import", str(run), "--db", str(db))
    assert result.returncode == 0, result.stderr
    predictions = [article["prediction"] for article in saved["articles"] if article["prediction"]]
    rows = read(db, "SELECT count(*) AS n, min(run_date) AS date FROM targets")
    assert rows == [{"n": sum(len(p["targets"]) for p in predictions), "date": saved["config"]["date"]}]


def test_region_year_counts_and_sums_per_unit(run_cli: RunCli, corpus_run: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    assert run_cli("db", "import", str(corpus_run), "--db", str(db)).returncode == 0
    expected: dict[tuple[Any, Any, Any], list[float]] = defaultdict(list)
    for record in read_jsonl(corpus_run):
        for item in record.targets:
            expected[(item.region, item.deadline, item.unit)].append(item.value)
    rows = read(db, "SELECT * FROM region_year")
    assert len(rows) == len(expected)
    for row in rows:
        values = expected[(row["region"], row["deadline"], row["unit"])]
        assert row["targets"] == len(values) and row["value_sum"] == pytest.approx(sum(values))


def test_query_prints_csv_markdown_and_a_rich_table(run_cli: RunCli, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    import_articles(run_cli, tmp_path, db)
    sql = "SELECT region, official, category, metric, value, unit, raw FROM targets_flat ORDER BY item"
    as_csv = run_cli("query", sql, "--db", str(db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 2 and rows[0] == {
        "region": "托克托县", "official": "高正", "category": "energy", "metric": "新能源装机",
        "value": "1000000", "unit": "千瓦", "raw": "100万千瓦以上",
    }  # fmt: skip
    as_md = run_cli("query", sql, "--db", str(db), "--format", "md").stdout.splitlines()
    assert as_md[0] == "| region | official | category | metric | value | unit | raw |"
    assert as_md[3] == "| 托克托县 | 高正 | energy | 重大项目 | 90 | 个 | 90个以上 |"
    rich = run_cli("query", sql, "--db", str(db), env={"COLUMNS": "200"})
    assert rich.returncode == 0 and "新能源装机" in rich.stdout and "2 row(s)" in rich.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("query", "SELEC 1"), "Error: query failed: Parser Error"),
        (("query", "DELETE FROM targets"), "Error: query failed:"),
        (("query", "SELECT 1", "--format", "xml"), "Error: unknown --format 'xml'"),
        (("track", "--region", "托克托县"), "Error: "),
    ],
)
def test_bad_queries_are_one_line_errors(run_cli: RunCli, tmp_path: Path, args: tuple[str, ...],
                                         message: str) -> None:  # fmt: skip
    db = tmp_path / "t.duckdb"
    import_articles(run_cli, tmp_path, db)
    result = run_cli(*args, "--db", str(db) if args[0] == "query" else str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert result.stderr.startswith(message) and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_missing_or_foreign_database_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    missing = run_cli("query", "SELECT 1", "--db", str(tmp_path / "nope.duckdb"))
    assert missing.returncode == 1 and "no such database" in missing.stderr
    assert not (tmp_path / "nope.duckdb").exists()
    foreign = tmp_path / "notes.duckdb"
    foreign.write_text("not a database", encoding="utf-8")
    for args in (("query", "SELECT 1"), ("db", "import", str(SEED_000))):
        result = run_cli(*args, "--db", str(foreign))
        assert result.returncode == 1 and result.stderr.startswith("Error: ")
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert foreign.read_text(encoding="utf-8") == "not a database"


def test_a_record_that_is_not_a_summary_is_reported_and_the_others_imported(
    run_cli: RunCli, tmp_path: Path
) -> None:
    run = write_jsonl(tmp_path / "run.jsonl", one_article())
    with run.open("a", encoding="utf-8") as handle:
        handle.write('{"article_id": "x"}\nnot json\n{"torn": ')
    db = tmp_path / "t.duckdb"
    result = run_cli("db", "import", str(run), "--db", str(db))
    assert result.returncode == 1
    assert f"{run}:2: not a summary" in result.stderr and f"{run}:3: not JSON" in result.stderr
    assert read(db, "SELECT count(*) AS n FROM targets_flat") == [{"n": 2}]


@pytest.fixture
def blocked(tmp_path: Path) -> dict[str, str]:
    """An environment in which `import duckdb`, `import xlsxwriter` and `import pyarrow` fail, as they do
    where the extras are not installed."""
    blocker = tmp_path / "blocked"
    for name in ("duckdb", "xlsxwriter", "pyarrow"):
        (blocker / name).mkdir(parents=True)
        (blocker / name / "__init__.py").write_text(
            f"raise ImportError('no {name} here')\n", encoding="utf-8"
        )
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(blocker), os.environ.get("PYTHONPATH")]))}


def test_without_the_extras_the_commands_name_the_install(
    run_cli: RunCli, tmp_path: Path, blocked: dict[str, str]
) -> None:
    db = tmp_path / "t.duckdb"
    for args in (("summarize", str(SEED_000), "--db", str(db)), ("query", "SELECT 1", "--db", str(db))):
        result = run_cli(*args, env=blocked)
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            "Error: the database needs DuckDB, which is not installed: "
            "pip install 'zh-policy-summarizer[db]' (in a checkout: pip install -e '.[db]')"
        ]
    assert not db.exists()
    run = write_jsonl(tmp_path / "r.jsonl", one_article())
    for suffix, package in ((".xlsx", "xlsxwriter"), (".parquet", "pyarrow")):
        result = run_cli("export", str(run), "--out", str(tmp_path / f"t{suffix}"), env=blocked)
        assert result.returncode == 1 and result.stderr.strip().splitlines() == [
            f"Error: this export needs {package}, which is not installed: "
            "pip install 'zh-policy-summarizer[export]' (in a checkout: pip install -e '.[export]')"
        ]
    plain = run_cli("summarize", str(SEED_000), "--format", "json", env=blocked)
    assert plain.returncode == 0 and json.loads(plain.stdout)["targets"]


def test_the_offline_summarize_command_never_imports_the_data_libraries() -> None:
    probe = (
        "import sys\nfrom summarizer.cli.app import main\n"
        f"sys.argv = ['summarizer', 'summarize', {str(SEED_000)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('duckdb', 'pyarrow', 'xlsxwriter', 'openpyxl')\n"
        "print('HEAVY', sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.stdout.strip().endswith("HEAVY []"), result.stderr
