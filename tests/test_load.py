"""Loading: input expansion, encodings, HTML extraction, JSONL corpora, stdin and whole-file failures."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.ingest.load import (
    ENCODING_SAMPLE_BYTES,
    Document,
    decode_bytes,
    expand_inputs,
    load_path,
)
from summarizer.ingest.webpage import extract_html
from summarizer.text import sha256_hex
from tests.conftest import SEED_000, SEED_004

SEED_TEXT = SEED_000.read_text(encoding="utf-8").replace("\xa0", " ")
"""Seed 000 without its one no-break space, which GBK and Big5 cannot encode."""
SEED_PARAGRAPH = next(line for line in SEED_TEXT.splitlines() if line.startswith("举棋心有方向"))
SEED_TITLE = "实干担当正当时 凝心聚力再出发"
TRADITIONAL_PARAGRAPH = (
    "2024年是全面貫徹黨的二十大精神的關鍵一年，也是實施“十四五”規劃的關鍵之年，全市兩會的召開，"
    "為首府加快推進建設現代化區域中心城市吹響了進軍的號角，指明了前行的方向，對全年工作意義重大。"
)
"""Seed 000's preface in traditional characters, for Big5."""


# ---------------------------------------------------------------- expand_inputs


def test_expand_inputs_walks_directories_sorted_and_keeps_files_and_stdin(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "b").mkdir(parents=True)
    (corpus / ".hidden").mkdir()
    for name in (
        "b/z.md",
        "a.txt",
        "b/c.html",
        "d.jsonl",
        "e.htm",
        "notes.csv",
        "image.png",
        ".hidden/x.txt",
    ):
        (corpus / name).write_text("x", encoding="utf-8")
    single = tmp_path / "single.dat"
    single.write_text("x", encoding="utf-8")
    expanded = expand_inputs([str(corpus), "-", str(single), str(corpus / "a.txt")])
    assert expanded == [
        str(corpus / "a.txt"),
        str(corpus / "b" / "c.html"),
        str(corpus / "b" / "z.md"),
        str(corpus / "d.jsonl"),
        str(corpus / "e.htm"),
        "-",
        str(single),
    ]


def test_expand_inputs_names_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=f"^{missing}: no such file or directory$"):
        expand_inputs([str(SEED_000), str(missing)])


# ---------------------------------------------------------------- decode_bytes


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
    ],
)
@pytest.mark.parametrize(
    "text",
    [SEED_TEXT, SEED_PARAGRAPH, SEED_TITLE, "县长高正", "中文"],
    ids=["seed", "paragraph", "title", "four-chars", "two-chars"],
)
def test_decode_bytes_reads_chinese_in_every_supported_encoding(
    text: str, encoding: str, reported: str
) -> None:
    assert decode_bytes(text.encode(encoding), "seed.txt") == (text, reported)


@pytest.mark.parametrize("text", [TRADITIONAL_PARAGRAPH, TRADITIONAL_PARAGRAPH[:40], "臺灣省政府"])
def test_decode_bytes_reads_big5(text: str) -> None:
    assert decode_bytes(text.encode("big5"), "trad.txt") == (text, "big5")


def test_decode_bytes_reads_utf16_with_bom_in_both_byte_orders() -> None:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        assert decode_bytes(bom + SEED_PARAGRAPH.encode(codec), "x") == (SEED_PARAGRAPH, "utf-16")


def test_decode_bytes_strips_only_the_bom() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + "  前言：\n".encode(), "x") == ("  前言：\n", "utf-8-sig")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(1, 256)) * 3,
    ],
    ids=["png", "zip"],
)
def test_decode_bytes_refuses_binary_data(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^scan\.png: looks like binary data"):
        decode_bytes(data, "scan.png")


def test_decode_bytes_refuses_undecodable_bytes() -> None:
    undecodable = bytes(range(0x80, 0x100)) * 8
    with pytest.raises(InputError, match=r"^blob\.txt: cannot decode the text"):
        decode_bytes(undecodable, "blob.txt")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", "  \n".encode("utf-16"), "\u3000\n".encode()])
def test_decode_bytes_refuses_empty_input(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^empty\.txt: input is empty$"):
        decode_bytes(data, "empty.txt")


# ---------------------------------------------------------------- text files


def test_load_path_reads_a_text_file(tmp_path: Path) -> None:
    result = load_path(str(SEED_000))
    assert result.failures == []
    (document,) = result.documents
    assert document.id == "000_035700d1bd0b97ab"
    assert document.source_path == str(SEED_000)
    assert document.sha256 == "d8c700e66191311321070333d3002fcd124758f84b62d747a90e06af11196afe"
    assert document.text == SEED_000.read_text(encoding="utf-8")
    assert (document.title, document.date, document.url, document.encoding) == (None, None, None, "utf-8")


def test_load_path_hashes_the_bytes_and_keeps_the_text_uncleaned(tmp_path: Path) -> None:
    data = SEED_TEXT.encode("gbk")
    path = tmp_path / "seed-gbk.txt"
    path.write_bytes(data)
    (document,) = load_path(str(path)).documents
    assert document.sha256 == sha256_hex(data)
    assert document.text == SEED_TEXT
    assert document.encoding == "gb18030"


def test_document_is_frozen() -> None:
    (document,) = load_path(str(SEED_004)).documents
    with pytest.raises(ValueError, match="frozen"):
        document.id = "other"  # type: ignore[misc]


def test_markdown_is_kept_as_is_with_its_first_heading_as_title(tmp_path: Path) -> None:
    markdown = "# 托克托县访谈\n\n**坚定不移**抓好项目建设。\n\n- 全年实施重大项目90个以上\n"
    path = tmp_path / "interview.md"
    path.write_text(markdown, encoding="utf-8")
    (document,) = load_path(str(path)).documents
    assert (document.text, document.title) == (markdown, "托克托县访谈")


def test_load_path_reads_stdin() -> None:
    data = SEED_TEXT.encode("utf-16")
    (document,) = load_path("-", stdin=io.BytesIO(data)).documents
    assert (document.id, document.source_path) == ("stdin", "-")
    assert document.sha256 == sha256_hex(data)
    assert document.text == SEED_TEXT


def test_load_path_reads_html_on_stdin() -> None:
    page = "<!DOCTYPE html><html><head><title>访谈</title></head><body><p>正文第一段。</p></body></html>"
    (document,) = load_path("-", stdin=io.BytesIO(page.encode())).documents
    assert (document.text, document.title) == ("正文第一段。", "访谈")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "input is empty"),
        (b"\n  \n", "input is empty"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00", "looks like binary data"),
    ],
)
def test_load_path_raises_for_a_whole_file_failure(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=f"^{path}: {message}"):
        load_path(str(path))


def test_load_path_raises_for_missing_directory_and_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        load_path(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="is a directory"):
        load_path(str(tmp_path))
    locked = tmp_path / "locked.txt"
    locked.write_text("正文。", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file")
        with pytest.raises(InputError, match=f"^{locked}: permission denied$"):
            load_path(str(locked))
    finally:
        locked.chmod(0o644)


# ---------------------------------------------------------------- HTML


PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta property="article:published_time" content="2024-01-20">
<link rel="canonical" href="https://example.gov.cn/news/1.html">
<title>实干担当正当时 凝心聚力再出发_呼和浩特日报</title>
<style>p { color: red }</style>
<script>document.write("首页 > 要闻");</script>
</head><body>
<header><h1>呼和浩特日报</h1></header>
<nav><a href="/">首页</a> &gt; <a href="/news">要闻动态</a></nav>
<div class="article">
  <h2>锚定“千亿级园区”建设目标</h2>
  <p>托克托县将以项目建设为抓手，
     锚定目标任务。</p>
  <p>全年实施重大项目90个以上<br>完成投资85亿元以上。</p>
  <ul><li>生物医药</li><li>清洁能源</li></ul>
  <table><tr><td>项目</td><td>90个</td></tr></table>
  <form><input name="q"><button>搜索</button></form>
  <noscript>请启用脚本</noscript>
  <iframe src="ad.html">广告</iframe>
</div>
<aside>相关新闻</aside>
<footer>版权所有 &copy; 2024</footer>
</body></html>"""


def test_extract_html_keeps_block_structure_and_drops_page_furniture() -> None:
    text, title, date, url = extract_html(PAGE, "page.html")
    assert text.split("\n\n") == [
        "锚定“千亿级园区”建设目标",
        "托克托县将以项目建设为抓手，锚定目标任务。",
        "全年实施重大项目90个以上",
        "完成投资85亿元以上。",
        "生物医药",
        "清洁能源",
        "项目 90个",
    ]
    assert title == "实干担当正当时 凝心聚力再出发_呼和浩特日报"
    assert date == "2024-01-20"
    assert url == "https://example.gov.cn/news/1.html"


def test_extract_html_takes_the_first_h1_when_there_is_no_title() -> None:
    text, title, _, _ = extract_html("<body><h1>孪井滩 访谈</h1><p>正文。</p><h1>第二</h1></body>", "p.html")
    assert (text, title) == ("正文。", "孪井滩 访谈")  # trafilatura takes the paragraph as the main text


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>只有标题</title></head><body><nav>首页</nav></body></html>")
    with pytest.raises(InputError, match=f"^{path}: no article text found"):
        load_path(str(path))


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="gb2312"><title>访谈</title></head>'
        f"<body><p>{SEED_PARAGRAPH}</p></body></html>"
    )
    path = tmp_path / "gbk.htm"
    path.write_bytes(page.encode("gbk"))
    (document,) = load_path(str(path)).documents
    assert (document.text, document.title, document.encoding) == (SEED_PARAGRAPH, "访谈", "gb18030")


# ---------------------------------------------------------------- JSONL


def jsonl_line(record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_jsonl_loads_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    lines = [
        jsonl_line(
            {"id": "kangping", "text": "康平县副县长朱连顺表示。", "title": "供暖", "date": "2023-08-12"}
        ),
        "",
        "{not json",
        jsonl_line({"title": "no text"}),
        jsonl_line({"text": "   "}),
        jsonl_line(["a", "list"]),
        jsonl_line({"text": "辽中区区长卜世杰表示。", "url": "https://example.com/2", "id": 10}),
        "   ",
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_path(str(path))
    assert result.failures == [
        f"{path}:3: not valid JSON",
        f'{path}:4: no "text" field',
        f'{path}:5: "text" is empty',
        f"{path}:6: not a JSON object",
    ]
    first, second = result.documents
    assert first == Document(
        id="kangping",
        source_path=f"{path}:1",
        sha256=sha256_hex("康平县副县长朱连顺表示。"),
        text="康平县副县长朱连顺表示。",
        title="供暖",
        date="2023-08-12",
        url=None,
        encoding="utf-8",
    )
    assert (second.id, second.source_path, second.url) == ("10", f"{path}:7", "https://example.com/2")


def test_jsonl_line_without_id_is_named_after_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes((jsonl_line({"text": "正文。"}) + "\n").encode("gbk"))
    (document,) = load_path(str(path)).documents
    assert (document.id, document.encoding) == ("news-1", "gb18030")


def test_jsonl_with_only_bad_lines_loads_nothing_but_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("oops\n", encoding="utf-8")
    result = load_path(str(path))
    assert (result.documents, result.failures) == ([], [f"{path}:1: not valid JSON"])


def test_empty_jsonl_is_a_whole_file_failure(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="input is empty"):
        load_path(str(path))


def test_jsonl_lines_stream_in_any_encoding_past_the_sample(tmp_path: Path) -> None:
    lines = [jsonl_line({"id": f"n{n}", "text": "全年实施重大项目90个以上。" * 3}) for n in range(2000)]
    for encoding in ("utf-16", "utf-16-le", "utf-32", "gbk", "utf-8-sig"):
        path = tmp_path / f"{encoding}.jsonl"
        path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
        assert path.stat().st_size > ENCODING_SAMPLE_BYTES
        result = load_path(str(path))
        assert (len(result.documents), result.failures) == (2000, []), encoding
        assert result.documents[-1].source_path == f"{path}:2000"


def test_a_jsonl_line_in_another_encoding_is_decoded_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    first, second = (
        jsonl_line({"text": "全年实施重大项目90个以上。"}),
        jsonl_line({"text": "康平县副县长朱连顺表示。"}),
    )
    path.write_bytes(f"{first}\n".encode() + f"{second}\n".encode("gbk") + b"\xff\xfe junk\n")
    result = load_path(str(path))
    assert [(d.text, d.encoding) for d in result.documents] == [
        ("全年实施重大项目90个以上。", "utf-8"),
        ("康平县副县长朱连顺表示。", "gb18030"),
    ]
    assert result.failures == [f"{path}:3: not valid JSON"]


def test_a_jsonl_line_over_the_limit_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        jsonl_line({"text": "短文。"}),
        jsonl_line({"text": "长" * 500}),
        jsonl_line({"text": "又一篇。"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_path(str(path), max_bytes=300)
    assert [document.text for document in result.documents] == ["短文。", "又一篇。"]
    assert result.failures == [f"{path}:2: the line is larger than an article may be (0.0 MB)"]


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as sparse:
        sparse.truncate(50_000_000)
    with pytest.raises(InputError, match=r"big.txt: 50.0 MB is larger than an article may be \(10.0 MB\)"):
        load_path(str(path))


def test_a_lone_surrogate_and_format_characters_in_jsonl_fields(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    record = {"id": "x\ud800", "title": "\u202e标题\u00ad", "url": "https://e.cn/\u2066a", "text": "正文。"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (document,) = load_path(str(path)).documents
    assert (document.id, document.title, document.url) == ("x\ufffd", "标题", "https://e.cn/a")
    assert document.warnings == [
        "id: lone surrogate(s) (an unpaired \\ud800-\\udfff escape) replaced by U+FFFD"
    ]
