"""Tests for textlab.corpus: loading the real seeds, encodings, and every kind of bad file."""

from __future__ import annotations

import builtins
import dataclasses
import functools
import io
import json
import sys
import warnings
from pathlib import Path

import pytest

from textlab.corpus import (
    Corpus,
    Document,
    SkippedFilesWarning,
    iter_documents,
    load_corpus,
    parse_file_name,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
REPORTS = SEEDS / "gov_reports"
PARTY = SEEDS / "party_building"
NATIONAL = REPORTS / "national_gwr_wikisource"
CONGRESS = REPORTS / "cpc_congress_wikisource"
PROVINCIAL = REPORTS / "provincial_gwr_2025"

REPORT_FILES = sorted(p for p in REPORTS.rglob("*.txt"))
PARTY_FILES = sorted(PARTY.glob("*.txt"))


def _seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seeds_corpus() -> Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFilesWarning)  # nothing in seeds/ is unreadable
        return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def reports_corpus() -> Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFilesWarning)
        return load_corpus(REPORTS)


# --------------------------------------------------------------------------- the real seeds


def test_seed_files_are_where_the_manifest_says():
    assert len(REPORT_FILES) == 118
    assert len(PARTY_FILES) == 5


def test_reports_and_party_seeds_load_completely(reports_corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFilesWarning)
        party = load_corpus(PARTY)
    assert len(reports_corpus) == 118 and reports_corpus.skipped == []
    assert len(party) == 5 and party.skipped == []
    assert party.ids == [p.stem for p in PARTY_FILES]
    expected = sorted(p.relative_to(REPORTS).with_suffix("").as_posix() for p in REPORT_FILES)
    assert sorted(reports_corpus.ids) == expected


def test_loading_seeds_folder_gives_all_123_documents(seeds_corpus):
    corpus_ids = {d.id for d in seeds_corpus if d.id.split("/")[0] in ("gov_reports", "party_building")}
    expected = {p.relative_to(SEEDS).with_suffix("").as_posix() for p in REPORT_FILES + PARTY_FILES}
    assert corpus_ids == expected and len(expected) == 123
    # the rest are the development set's documents (seeds/dev/written) and its label tables
    others = {d.id for d in seeds_corpus} - expected
    assert others and all(i.startswith("dev/written/") for i in others)
    assert seeds_corpus.skipped == []
    assert {Path(p).name for p in seeds_corpus.provenance} >= {"labels.tsv", "_index.tsv", "MANIFEST.md"}
    accounted = {Path(d.meta["path"]).resolve() for d in seeds_corpus}
    accounted |= {Path(p).resolve() for p, _ in seeds_corpus.skipped}
    accounted |= {Path(p).resolve() for p in seeds_corpus.provenance}
    on_disk = {p.resolve() for p in SEEDS.rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert accounted == on_disk


def test_seed_texts_are_exact_file_contents(seeds_corpus):
    for path in REPORT_FILES + PARTY_FILES:
        doc = seeds_corpus[path.relative_to(SEEDS).with_suffix("").as_posix()]
        text = _seed_text(path).replace("\r\n", "\n")
        assert doc.text == text
        assert doc.meta["n_chars"] == len(text)
        assert doc.meta["encoding"] == "utf-8" and doc.meta["format"] == "txt"
        assert Path(doc.meta["path"]).resolve() == path.resolve()


def test_seed_order_is_sorted_and_repeatable(seeds_corpus):
    again = load_corpus(REPORTS)
    assert again.ids == [d.id for d in load_corpus(REPORTS)]
    national = [i for i in again.ids if i.startswith("national_gwr_wikisource/") and "npc" not in i]
    assert national == sorted(national)
    assert list(seeds_corpus) == list(seeds_corpus)  # iteration can be repeated


def test_collections(reports_corpus):
    counts: dict[str, int] = {}
    for doc in reports_corpus:
        counts[doc.meta["collection"]] = counts.get(doc.meta["collection"], 0) + 1
    assert counts == {
        "national_gwr_wikisource": 52,
        "national_gwr_wikisource/npc_resolutions": 20,
        "cpc_congress_wikisource": 15,
        "provincial_gwr_2025": 31,
    }


def test_report_metadata_spot_checks(reports_corpus):
    beijing = reports_corpus["provincial_gwr_2025/2025_北京市_政府工作报告"].meta
    assert (beijing["year"], beijing["region"], beijing["title"]) == (2025, "北京市", "政府工作报告")
    assert beijing["source_title"] == "2025年北京市政府工作报告"
    assert beijing["source_url"] == "docs/31省区市政府工作报告.zip :: 2025年北京市政府工作报告.docx"

    national = reports_corpus["national_gwr_wikisource/2019_国务院_政府工作报告"].meta
    assert (national["year"], national["region"], national["title"]) == (2019, "国务院", "政府工作报告")
    assert national["source_title"] == "2019年中华人民共和国国务院政府工作报告"
    assert national["source_url"].startswith("https://zh.wikisource.org/wiki/2019")

    abridged = reports_corpus["national_gwr_wikisource/1964_国务院_政府工作报告_摘要"].meta
    assert (abridged["year"], abridged["region"]) == (1964, "国务院")
    assert abridged["title"] == "政府工作报告_摘要"
    assert abridged["source_title"] == "1964年中华人民共和国国务院政府工作报告（摘要）"

    # the national index names the resolutions in its subfolder
    resolution = reports_corpus["national_gwr_wikisource/npc_resolutions/2024_全国人大_关于政府工作报告的决议"].meta
    assert (resolution["year"], resolution["region"]) == (2024, "全国人大")
    assert resolution["source_title"] == "第十四届全国人民代表大会第二次会议关于政府工作报告的决议"

    first = reports_corpus["cpc_congress_wikisource/01_中共第1次全国代表大会_廣州共產黨報告"].meta
    assert (first["congress"], first["title"]) == (1, "廣州共產黨報告")
    assert "year" not in first and "region" not in first
    assert first["source_title"] == "廣州共產黨報告 (一大)"
    twentieth = reports_corpus[
        "cpc_congress_wikisource/20_中共第20次全国代表大会_高举中国特色社会主义伟大旗帜_为全面建设社会主义现代化国家而团结奋斗"
    ].meta
    assert twentieth["congress"] == 20
    assert twentieth["title"] == "高举中国特色社会主义伟大旗帜_为全面建设社会主义现代化国家而团结奋斗"


def test_every_seed_file_name_parses_sensibly(reports_corpus):
    for doc in reports_corpus:
        meta = doc.meta
        name = Path(meta["path"]).stem
        assert meta["source_title"] and meta["source_url"], name  # every report is in an _index.tsv
        if meta["collection"] == "cpc_congress_wikisource":
            assert meta["congress"] == int(name.split("_")[0]), name
            assert f"第{meta['congress']}次" in name and meta["title"] and "year" not in meta
        else:
            assert 1954 <= meta["year"] <= 2025, name
            assert name.startswith(f"{meta['year']}_{meta['region']}_{meta['title']}")
            assert meta["region"] in ("国务院", "全国人大") or meta["region"].endswith(("省", "市", "自治区"))
    for path in PARTY_FILES:
        assert parse_file_name(path.stem) == {}, path.name  # 000_057e809f07488864: no year, no title


def test_file_name_parser_edge_cases():
    assert parse_file_name("2025年北京市政府工作报告") == {"year": 2025, "title": "2025年北京市政府工作报告"}
    assert parse_file_name("2023_工作总结") == {"year": 2023, "title": "工作总结"}
    assert parse_file_name("12_中共第十二次全国代表大会_全面开创社会主义现代化建设的新局面")["congress"] == 12
    assert parse_file_name("3000_某地_报告") == {}  # not a plausible year
    assert parse_file_name("0042_x_y") == {}
    assert parse_file_name("report") == {}


def test_provenance_files_are_listed_not_skipped(reports_corpus):
    names = sorted(Path(p).relative_to(REPORTS).as_posix() for p in reports_corpus.provenance)
    assert names == [
        "MANIFEST.md",
        "cpc_congress_wikisource/_index.tsv",
        "national_gwr_wikisource/_index.tsv",
        "provincial_gwr_2025/_index.tsv",
    ]


def test_index_above_the_load_root_is_used_for_the_files_it_names():
    corpus = load_corpus(NATIONAL / "npc_resolutions")
    assert len(corpus) == 20 and corpus.skipped == []
    assert corpus["2025_全国人大_关于政府工作报告的决议"].meta["source_title"].endswith("关于政府工作报告的决议")
    assert [Path(p).resolve() for p in corpus.provenance] == [(NATIONAL / "_index.tsv").resolve()]


def test_single_file_load():
    path = NATIONAL / "1954_国务院_政府工作报告.txt"
    corpus = load_corpus(str(path))
    assert corpus.ids == ["1954_国务院_政府工作报告"]
    assert corpus[0].meta["collection"] == "" and corpus[0].meta["year"] == 1954
    assert corpus[0].meta["source_title"] == "1954年中华人民共和国国务院政府工作报告"


def test_to_frame(reports_corpus):
    frame = reports_corpus.to_frame()
    assert len(frame) == 118
    assert list(frame.columns[:2]) == ["id", "path"]
    assert {"year", "region", "title", "congress", "source_title", "collection", "n_chars"} <= set(frame.columns)
    assert "text" not in frame.columns
    assert str(frame["year"].dtype) == "Int64" and str(frame["congress"].dtype) == "Int64"
    assert frame["year"].isna().sum() == 15  # the congress reports carry no year in their names
    assert int(frame.loc[frame["id"] == "provincial_gwr_2025/2025_北京市_政府工作报告", "year"].iloc[0]) == 2025
    with_text = reports_corpus[:3].to_frame(text=True)
    assert with_text["text"].tolist() == reports_corpus[:3].texts()


# --------------------------------------------------------------------------- encodings


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _traditional(text: str) -> str:
    return _s2t().convert(text)


def _big5_encodable(text: str) -> str:
    """Keep the characters plain Big5 can encode (it lacks some characters OpenCC produces)."""
    return "".join(ch for ch in text if ch.encode("big5", errors="ignore"))


SHORT = _seed_text(PROVINCIAL / "2025_北京市_政府工作报告.txt").split("\n")[0]  # the title line
LONG = _seed_text(NATIONAL / "2019_国务院_政府工作报告.txt")
PARTY_TEXT = _seed_text(PARTY / "001_efe964ced9bb2b3e.txt")  # simplified with stray traditional characters


@pytest.mark.parametrize(
    ("encoding", "text", "reported"),
    [
        ("gb18030", SHORT, "gb18030"),
        ("gb18030", LONG, "gb18030"),
        ("gb18030", PARTY_TEXT, "gb18030"),
        ("gbk", SHORT, "gb18030"),
        ("gbk", LONG, "gb18030"),
        ("gbk", "同志们：", "gb18030"),
        ("big5", _traditional(SHORT), "big5"),
        ("big5", _big5_encodable(_traditional(LONG)), "big5"),
        ("big5", "各位代表：", "big5"),
        # Big5 as Windows writes it (cp950 has a few characters plain Big5 lacks)
        ("cp950", _traditional(_seed_text(CONGRESS / "03_中共第3次全国代表大会_陈独秀在中国共产党第三次全国代表大会上的报告.txt")), "cp950"),
        ("utf-8-sig", SHORT, "utf-8-sig"),
        ("utf-8-sig", LONG, "utf-8-sig"),
        ("utf-16", SHORT, "utf-16"),
        ("utf-8", LONG, "utf-8"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None,
)
def test_encodings_decode_back_exactly(tmp_path, encoding, text, reported):
    (tmp_path / "doc.txt").write_bytes(text.encode(encoding))
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFilesWarning)
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["doc"]
    assert corpus["doc"].text == text
    assert corpus["doc"].meta["encoding"] == reported


def test_short_lines_of_real_text_detect_in_gbk_and_big5():
    """Every paragraph line of 5+ characters of two reports round-trips through GBK and Big5."""
    from textlab.corpus import _decode_bytes

    checked = 0
    for path in (NATIONAL / "2019_国务院_政府工作报告.txt", PROVINCIAL / "2025_广东省_政府工作报告.txt"):
        for line in _seed_text(path).split("\n"):
            line = line.strip()
            if len(line) < 5:
                continue
            try:
                gb = line.encode("gbk")
            except UnicodeEncodeError:  # e.g. a zero-width non-joiner: only GB18030 has it
                gb = line.encode("gb18030")
            assert _decode_bytes(gb) == (line, "gb18030"), line
            traditional = _big5_encodable(_traditional(line))
            assert _decode_bytes(traditional.encode("big5")) == (traditional, "big5"), traditional
            checked += 1
    assert checked > 200


def test_line_endings_and_bom_are_normalised_but_nothing_else(tmp_path):
    raw = "　　各位代表：\r\n\r\n  现在，我代表国务院…\r第二行\t！  \n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    doc = load_corpus(tmp_path)["a"]
    assert doc.text == "　　各位代表：\n\n  现在，我代表国务院…\n第二行\t！  \n"
    assert doc.meta["n_chars"] == len(doc.text)


# --------------------------------------------------------------------------- fixtures for bad files


def _pdf(content: bytes, resources: bytes, extra: list[bytes]) -> bytes:
    """A one-page PDF written by hand (objects, xref table, trailer)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + resources + b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *extra,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_TEXT = "Work report 2025: achievements, problems and measures."


def text_pdf() -> bytes:
    """Text layer in the standard Helvetica font (ASCII; the PDF is typeset by hand)."""
    content = b"BT /F1 12 Tf 72 720 Td (" + PDF_TEXT.encode("ascii") + b") Tj ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf(content, b"<< /Font << /F1 5 0 R >> >>", [font])


def image_only_pdf() -> bytes:
    """A page that only paints a 2x2 grey image: no text layer, like a scan."""
    image = (b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream")
    return _pdf(b"q 200 0 0 200 100 500 cm /Im1 Do Q", b"<< /XObject << /Im1 5 0 R >> >>", [image])


def encrypted_pdf(user_password: str) -> bytes:
    pypdf = pytest.importorskip("pypdf")

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


DOCX_PARAGRAPHS = ["关于基层党建工作的报告", "一、主要成绩", "建立了“书记领航”机制。"]


def make_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")

    document = docx.Document()
    for paragraph in DOCX_PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "完成"
    document.add_paragraph("下一步要抓好落实。")
    document.save(path)


DOCX_TEXT = "\n".join([*DOCX_PARAGRAPHS, "指标", "完成", "下一步要抓好落实。"])


@pytest.fixture
def mixed_folder(tmp_path, monkeypatch) -> tuple[Path, dict[str, str | None]]:
    """Good and bad files; maps each file to the expected reason fragment (None: a document)."""
    root = tmp_path / "mixed"
    root.mkdir()
    real = _seed_text(PARTY / "000_057e809f07488864.txt")
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = reason

    put("good_utf8.txt", real.encode("utf-8"), None)
    put("good_gbk.txt", real.encode("gbk"), None)
    put("good_gb18030.txt", real.encode("gb18030"), None)
    put("good_big5.txt", _big5_encodable(_traditional(real)).encode("big5"), None)
    put("good_bom.txt", b"\xef\xbb\xbf" + real.encode("utf-8"), None)
    make_docx(root / "good.docx")
    expected["good.docx"] = None
    put("truncated.docx", (root / "good.docx").read_bytes()[:2000], "corrupt or truncated .docx")
    put("text.pdf", text_pdf(), None)
    put("open_encrypted.pdf", encrypted_pdf(""), None)  # encrypted, empty user password: readable
    put("encrypted.pdf", encrypted_pdf("secret"), "encrypted PDF: a password is needed")
    put("scan.pdf", image_only_pdf(), "PDF has no text layer")
    put("cut.pdf", text_pdf()[:200], "corrupt or truncated PDF")
    put("LICENSE", b"MIT\n", "no file extension")
    put("rows.csv", "id,text,year\n1,一是建立了机制。,2024\n2,\"二是要抓好落实，\n多行文本。\",2025\n3,,2026\n".encode("utf-8"),
        None)
    put("no_text.csv", "id,content\n1,一是建立了机制。\n".encode("gbk"), "no 'text' column (columns: id, content)")
    put("rows.jsonl", "\n".join([
        json.dumps({"text": "成绩显著。", "source": "a"}, ensure_ascii=False),
        json.dumps({"text": "存在短板。", "source": "b"}, ensure_ascii=False),
        '{"text": "broken',
        "",
        json.dumps({"text": "要抓好落实。", "source": "c"}, ensure_ascii=False),
    ]).encode("utf-8"), None)
    put("no_text.jsonl", b'{"body": "x"}\n{"body": "y"}\n', "no 'text' field in any record (fields: body)")
    put("empty.txt", b"", "empty file (0 bytes)")
    put("blank.txt", "  \n\u3000\n".encode("utf-8"), "no text (only whitespace)")
    put("binary.txt", bytes(range(256)) * 4, "binary file (contains NUL bytes)")
    put("controls.txt", b"\x01\x02\x03\x04abc\x05\x06\x07\x08" * 50, "binary file")
    put("undecodable.txt", "Café, thé et crème brûlée à Noël".encode("latin-1"), "undecodable")
    put("cut_utf8.txt", real.encode("utf-8")[:301] + b"\n" + real.encode("utf-8")[302:], "invalid UTF-8 at byte")
    put("notes.md", "# notes\n".encode("utf-8"), "unsupported file type '.md'")
    put("protected.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "password-protected .docx")
    put("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy Word .doc is not supported")
    put("x.txt/inner.txt", "文件夹名叫 x.txt。".encode("utf-8"), None)
    put("locked.txt", real.encode("utf-8"), "permission denied")
    put("MANIFEST.md", b"# provenance\n", "provenance")
    put("_index.tsv", "file\ttitle\tsource_url\ngood_utf8.txt\t汇报发言\thttps://example.org/a\n".encode("utf-8"),
        "provenance")
    put(".DS_Store", b"\x00\x00\x00\x01Bud1", "hidden")

    locked = str(root / "locked.txt")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    return root, expected


def test_mixed_folder_every_file_accounted_for(mixed_folder):
    root, expected = mixed_folder
    with pytest.warns(SkippedFilesWarning) as caught:
        corpus = load_corpus(root)
    file_skips = {Path(p).relative_to(root).as_posix(): r for p, r in corpus.skipped}
    loaded_files = {Path(d.meta["path"]).relative_to(root).as_posix() for d in corpus}
    provenance = {Path(p).relative_to(root).as_posix() for p in corpus.provenance}
    for name, reason in expected.items():
        if reason is None:
            assert name in loaded_files, (name, file_skips.get(name))
            assert name not in file_skips or name in ("rows.csv", "rows.jsonl")  # row-level entries
        elif reason == "provenance":
            assert name in provenance and name not in file_skips
        elif reason == "hidden":
            assert name not in file_skips and name not in loaded_files
        else:
            assert reason in file_skips.get(name, ""), (name, file_skips.get(name))
            assert name not in loaded_files

    # one warning, with the count of skipped files out of all files
    assert len(caught) == 1
    n_files = sum(1 for r in expected.values() if r not in ("provenance", "hidden"))
    n_bad = sum(1 for r in expected.values() if r not in (None, "provenance", "hidden"))
    message = str(caught[0].message)
    assert f"skipped {n_bad} of {n_files} files and 2 rows/lines" in message
    assert message.count("\n  ") == 6  # five listed, then "… and N more"


def test_mixed_folder_documents_have_the_right_content(mixed_folder):
    root, _ = mixed_folder
    with pytest.warns(SkippedFilesWarning):
        corpus = load_corpus(root)
    real = _seed_text(PARTY / "000_057e809f07488864.txt")
    for name, encoding in [("good_utf8", "utf-8"), ("good_gbk", "gb18030"), ("good_gb18030", "gb18030"),
                           ("good_bom", "utf-8-sig")]:
        assert corpus[name].text == real and corpus[name].meta["encoding"] == encoding
    assert corpus["good_big5"].text == _big5_encodable(_traditional(real))
    assert corpus["good_big5"].meta["encoding"] == "big5"
    assert corpus["good_utf8"].meta["source_title"] == "汇报发言"
    assert corpus["good_utf8"].meta["source_url"] == "https://example.org/a"
    assert corpus["good"].text == DOCX_TEXT and corpus["good"].meta["format"] == "docx"
    assert corpus["text"].text.strip() == PDF_TEXT and corpus["text"].meta["n_pages"] == 1
    assert corpus["open_encrypted"].text.strip() == PDF_TEXT
    assert corpus["x.txt/inner"].text == "文件夹名叫 x.txt。"
    assert corpus["x.txt/inner"].meta["collection"] == "x.txt"

    rows = [corpus["rows.csv:1"], corpus["rows.csv:2"]]  # rows.jsonl shares the stem: ids keep suffixes
    assert [r.text for r in rows] == ["一是建立了机制。", "二是要抓好落实，\n多行文本。"]
    assert rows[1].meta["col_id"] == "2" and rows[1].meta["year"] == 2025 and rows[1].meta["row"] == 2
    assert rows[1].meta["format"] == "csv"
    frame = corpus.to_frame()
    assert frame.loc[frame["id"] == "rows.csv:2", "col_id"].tolist() == ["2"]
    jsonl = [d for d in corpus if d.meta["format"] == "jsonl"]
    assert [(d.id, d.text, d.meta["source"]) for d in jsonl] == [
        ("rows.jsonl:1", "成绩显著。", "a"), ("rows.jsonl:2", "存在短板。", "b"), ("rows.jsonl:5", "要抓好落实。", "c")]
    line_skip = [r for p, r in corpus.skipped if p.endswith("rows.jsonl")]
    assert line_skip == ["line 3: malformed JSON (Unterminated string starting at; column 10)"]
    row_skip = [r for p, r in corpus.skipped if p.endswith("rows.csv")]
    assert row_skip == ["row 3 (line 5): empty 'text'"]


def test_stem_collisions_keep_their_suffix(tmp_path):
    (tmp_path / "report.txt").write_text("文本", encoding="utf-8")
    (tmp_path / "report.csv").write_text("text\n表格\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ["report.csv:1", "report.txt"]


def test_docx_without_python_docx_gives_the_same_text(tmp_path, monkeypatch):
    make_docx(tmp_path / "a.docx")
    with_library = load_corpus(tmp_path)["a"].text
    monkeypatch.setitem(sys.modules, "docx", None)  # `import docx` now fails
    without_library = load_corpus(tmp_path)["a"].text
    assert with_library == without_library == DOCX_TEXT


def test_truncated_docx_without_python_docx_is_skipped(tmp_path, monkeypatch):
    make_docx(tmp_path / "full.docx")
    data = (tmp_path / "full.docx").read_bytes()
    (tmp_path / "full.docx").unlink()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) - 200])  # central directory cut off
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.warns(SkippedFilesWarning, match="1 of 1 files"):
        corpus = load_corpus(tmp_path)
    assert len(corpus) == 0 and "corrupt or truncated .docx" in corpus.skipped[0][1]


def test_pdf_without_pypdf_says_how_to_install(tmp_path, monkeypatch):
    (tmp_path / "a.pdf").write_bytes(text_pdf())
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.warns(SkippedFilesWarning):
        corpus = load_corpus(tmp_path)
    assert corpus.skipped == [(str(tmp_path / "a.pdf"), "PDF support is not installed: pip install textlab[pdf]")]


def test_csv_in_gbk_and_a_custom_text_column(tmp_path):
    (tmp_path / "t.csv").write_bytes("标题,正文\n报告,要抓好落实。\n".encode("gbk"))
    corpus = load_corpus(tmp_path, text_column="正文")
    assert corpus.ids == ["t:1"]
    assert corpus["t:1"].text == "要抓好落实。" and corpus["t:1"].meta["标题"] == "报告"
    assert corpus["t:1"].meta["encoding"] == "gb18030"


def test_warn_false_is_silent_but_still_records(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = load_corpus(tmp_path, warn=False)
    assert corpus.skipped == [(str(tmp_path / "empty.txt"), "empty file (0 bytes)")]


def test_recursive_false_reads_only_the_top_folder(tmp_path):
    (tmp_path / "top.txt").write_text("上", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "low.txt").write_text("下", encoding="utf-8")
    assert load_corpus(tmp_path, recursive=False).ids == ["top"]
    assert load_corpus(tmp_path).ids == ["sub/low", "top"]


# --------------------------------------------------------------------------- errors


def test_missing_path_raises_file_not_found_naming_it(tmp_path):
    missing = tmp_path / "no_such_folder"
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        load_corpus(missing)
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        iter_documents(str(missing))  # raised at the call, not at the first next()


@pytest.mark.parametrize("bad", [42, ["seeds"], None, b"seeds", 3.5])
def test_wrong_path_type_raises_type_error(bad):
    with pytest.raises(TypeError, match="path must be"):
        load_corpus(bad)
    with pytest.raises(TypeError):
        iter_documents(bad)


def test_bad_text_column_raises(tmp_path):
    with pytest.raises(ValueError, match="text_column"):
        load_corpus(tmp_path, text_column="")
    with pytest.raises(TypeError, match="text_column"):
        load_corpus(tmp_path, text_column=1)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- streaming


def test_iter_documents_is_lazy_and_reports_at_the_end(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"文本{name}", encoding="utf-8")
    skipped: list = []
    stream = iter_documents(tmp_path, skipped=skipped)
    assert next(stream).id == "a"
    (tmp_path / "b.txt").unlink()  # removed after the walk started: the stream notices
    with pytest.warns(SkippedFilesWarning, match="1 of 3 files"):
        rest = [doc.id for doc in stream]
    assert rest == ["c"]
    assert skipped == [(str(tmp_path / "b.txt"), "file disappeared during the load (or is a broken symbolic link)")]
    assert [d.id for d in iter_documents(tmp_path)] == ["a", "c"]  # call again to read again


def test_iter_documents_matches_load_corpus():
    streamed = list(iter_documents(PROVINCIAL))
    loaded = load_corpus(PROVINCIAL)
    assert [d.id for d in streamed] == loaded.ids
    assert streamed == list(loaded)


# --------------------------------------------------------------------------- Document and Corpus


def test_document_is_frozen_with_a_short_repr():
    doc = Document("a", "各位代表：" * 100, {"year": 2019})
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]
    assert len(repr(doc)) < 200 and "500 chars" in repr(doc)
    assert Document("b", "x").meta == {}
    with pytest.raises(TypeError):
        Document("c", None)  # type: ignore[arg-type]


def test_corpus_sequence_behaviour():
    docs = [Document("a", "甲"), Document("b/c", "乙"), Document("d", "丙")]
    corpus = Corpus(docs, skipped=[("x.bin", "binary file")], provenance=["MANIFEST.md"])
    assert len(corpus) == 3 and corpus[0] is docs[0] and corpus[-1] is docs[2]
    assert corpus["b/c"] is docs[1] and "b/c" in corpus and "zz" not in corpus and docs[2] in corpus
    assert corpus.ids == ["a", "b/c", "d"] and corpus.texts() == ["甲", "乙", "丙"]
    assert isinstance(corpus[1:], Corpus) and corpus[1:].ids == ["b/c", "d"]
    assert corpus[1:].skipped == [("x.bin", "binary file")]
    assert [d.id for d in corpus] == [d.id for d in corpus]
    with pytest.raises(KeyError, match="zz"):
        corpus["zz"]
    with pytest.raises(IndexError):
        corpus[3]
    with pytest.raises(TypeError):
        corpus[1.0]  # type: ignore[index]
    with pytest.raises(ValueError, match="duplicate"):
        Corpus([Document("a", "1"), Document("a", "2")])
    assert repr(corpus) == "<Corpus: 3 documents, 1 skipped>"


def test_links_pipes_and_bad_index_are_accounted_for(tmp_path):
    import os

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "b_link").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block: must not be read
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "_index.tsv").write_text("name\ttitle\nx.txt\tX\n", encoding="utf-8")
    with pytest.warns(SkippedFilesWarning, match="5 of 6 files"):
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["a/doc"]
    reasons = {Path(p).relative_to(tmp_path).as_posix(): r for p, r in corpus.skipped}
    assert reasons == {
        "a/loop": "folder already read through another path (symbolic link)",
        "b_link": "folder already read through another path (symbolic link)",
        "c/_index.tsv": "unreadable provenance index: provenance index without a 'file' column in its header",
        "dangling.txt": "broken symbolic link",
        "pipe.txt": "not a regular file (device, pipe or socket)",
    }
    assert corpus.provenance == []


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path, encoding):
    for name, text in [("zh", SHORT), ("mixed", LONG[:2000]), ("en", "Report of the work of the government\n")]:
        (tmp_path / f"{name}.txt").write_bytes(text.encode(encoding))
        doc = load_corpus(tmp_path / f"{name}.txt")[0]
        assert (doc.text, doc.meta["encoding"]) == (text, encoding)


@pytest.mark.parametrize("word", ["报告", "党建", "坚持"])
def test_two_character_ties_go_to_gb18030(word):
    """Both readings of these GBK bytes are common characters (Big5 gives 惆豢 for 报告): GB wins."""
    from textlab.corpus import _decode_bytes

    assert _decode_bytes(word.encode("gbk")) == (word, "gb18030")


# --------------------------------------------------------------------------- encoding round trips (issue 12, point 10)


def _seed_sentences() -> tuple[list[str], list[str]]:
    """Distinct sentences of every seed text (split after 。！？； and at line ends): short ones
    (2-20 characters) and long ones, in file order."""
    import re

    seen: dict[str, None] = {}
    for path in sorted(SEEDS.rglob("*.txt")):
        for piece in re.split(r"(?<=[。！？；])|\n", _seed_text(path)):
            piece = piece.strip()
            if len(piece) >= 2:
                seen.setdefault(piece, None)
    sentences = list(seen)
    return [s for s in sentences if len(s) <= 20], [s for s in sentences if len(s) > 20]


def _round_trip_cases(n_short: int = 600, n_long: int = 300) -> list[tuple[str, str, bytes]]:
    """``(label, text, bytes)``: an even sample of seed sentences in every encoding a user's file
    may come in. Big5 gets the OpenCC traditional form (skipped when Big5 cannot encode it)."""
    short, long = _seed_sentences()
    chosen = short[:: max(1, len(short) // n_short)] + long[:: max(1, len(long) // n_long)]
    cases = []
    for text in chosen:
        size = "short" if len(text) <= 20 else "long"
        cases.append((f"{size} utf-8", text, text.encode("utf-8")))
        cases.append((f"{size} utf-8 BOM", text, b"\xef\xbb\xbf" + text.encode("utf-8")))
        try:
            cases.append((f"{size} gb18030", text, text.encode("gb18030")))
        except UnicodeEncodeError:
            pass
        traditional = _traditional(text)
        try:
            cases.append((f"{size} big5", traditional, traditional.encode("big5")))
        except UnicodeEncodeError:
            pass
        for name, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
            cases.append((f"{size} {name}", text, text.encode(name)))
            cases.append((f"{size} {name} BOM", text, bom + text.encode(name)))
    return cases


def test_seed_sentences_round_trip_through_every_encoding(tmp_path):
    """~7,200 files: 600 short and 300 long seed sentences in UTF-8 (with and without BOM),
    GB18030, Big5 (traditional) and UTF-16 LE/BE (with and without BOM). textlab 0.1.0 read back
    6,661 of 7,222 (UTF-16 without BOM was skipped as binary or misread)."""
    cases = _round_trip_cases()
    for number, (_, _, data) in enumerate(cases):
        (tmp_path / f"{number:05d}.txt").write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedFilesWarning)
        corpus = load_corpus(tmp_path)
    failed = [(label, text) for number, (label, text, _) in enumerate(cases)
              if f"{number:05d}" not in corpus or corpus[f"{number:05d}"].text != text]
    by_label: dict[str, int] = {}
    for label, _ in failed:
        by_label[label] = by_label.get(label, 0) + 1
    assert len(cases) > 7000 and {label.split()[0] for label, _, _ in cases} == {"short", "long"}
    assert not failed, f"{len(cases) - len(failed)} of {len(cases)} read back; failures {by_label}: {failed[:5]}"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        # GB18030 bytes that are also valid UTF-8 (read as Hebrew marks / Cyrillic letters by 0.1.0)
        ("gb18030", "通知"), ("gb18030", "一"), ("gb18030", "要"), ("gb18030", "一要"),
        # Big5 bytes that GB18030 also decodes, to rarer characters (栋 戳 崩 兜 〃)
        ("big5", "集"), ("big5", "期"), ("big5", "推"), ("big5", "推動"), ("big5", "220項"), ("big5", "”"),
        ("big5", "憂心忡忡。"), ("big5", "沭、"),
        # Big5 bytes that are valid UTF-8 and read as an unassigned code point by 0.1.0
        ("big5", "鉬、"),
        # UTF-16 without BOM and without NUL bytes: skipped as binary or misread by 0.1.0
        ("utf-16-le", "同志们："), ("utf-16-be", "同志们："), ("utf-16-le", "给出路"),
        ("utf-16-le", "社区派单、"), ("utf-16-be", "實際上並不存在。"), ("utf-16-be", "有些地方社会治安状况不好。"),
    ],
)
def test_very_short_files_are_read_right(tmp_path, encoding, text):
    (tmp_path / "short.txt").write_bytes(text.encode(encoding))
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFilesWarning)
        doc = load_corpus(tmp_path / "short.txt")[0]
    assert doc.text == text
    assert doc.meta["encoding"].replace("cp950", "big5").replace("big5hkscs", "big5") == encoding


@pytest.mark.parametrize(
    "text",
    ["café", "Привет, мир", "Ελληνικά", "naïve façade – «quoted»", "Größe 5 µm, 20 °C, ±3 %", "¿Qué?",
     "Tiếng Việt", "한국어 문서", "日本語のテキスト", "עברית", "العربية", "ภาษาไทย", "Հայերեն", "ქართული"],
)
def test_utf8_without_chinese_stays_utf8(tmp_path, text):
    """Preferring UTF-8: text in other scripts is never re-read as Chinese, even when GB18030 or
    Big5 could decode its bytes."""
    (tmp_path / "eu.txt").write_bytes(text.encode("utf-8"))
    doc = load_corpus(tmp_path / "eu.txt")[0]
    assert (doc.text, doc.meta["encoding"]) == (text, "utf-8")


# --------------------------------------------------------------------------- more hostile files


def _zip(members: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def pdf_whose_text_extraction_raises() -> bytes:
    """Opens fine, but its page's content ends inside an inline image (BI … ID without EI)."""
    content = b"BT /F1 12 Tf (" + PDF_TEXT.encode("ascii") + b") Tj ET BI /W 10 /H 10 /BPC 8 /CS /G ID \x00\x01\x02"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf(content, b"<< /Font << /F1 5 0 R >> >>", [font])


@pytest.mark.parametrize("with_python_docx", [True, False], ids=["python-docx", "stdlib"])
def test_hostile_files_are_each_accounted_for(tmp_path, monkeypatch, with_python_docx):
    pytest.importorskip("pypdf")
    if with_python_docx:
        pytest.importorskip("docx")
    else:
        monkeypatch.setitem(sys.modules, "docx", None)
    import os

    junk = bytes(range(256)) * 3
    files = {
        "zip_of_junk.docx": _zip({"junk.bin": junk, "readme.txt": b"not a Word document"}),
        "junk_xml.docx": _zip({"[Content_Types].xml": b"<<<", "_rels/.rels": b"<<<", "word/document.xml": junk}),
        "extraction_fails.pdf": pdf_whose_text_extraction_raises(),
        "rows.jsonl": "\n".join([
            json.dumps({"text": "第一行正文。"}, ensure_ascii=False),
            '{"text": "嵌套", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
            '{"text": "大数", "x": ' + "9" * 5000 + "}",
            json.dumps({"text": "第四行正文。"}, ensure_ascii=False),
        ]).encode("utf-8"),
        "good.txt": "正文。".encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "loop_a.txt").symlink_to(tmp_path / "loop_b.txt")
    (tmp_path / "loop_b.txt").symlink_to(tmp_path / "loop_a.txt")

    with pytest.warns(SkippedFilesWarning, match="5 of 7 files and 2 rows/lines"):
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["good", "rows:1", "rows:4"]  # the good lines of rows.jsonl survive
    reasons = {Path(p).name: r for p, r in corpus.skipped if not r.startswith("line")}
    line_reasons = [r for _p, r in corpus.skipped if r.startswith("line")]
    assert reasons["zip_of_junk.docx"].startswith("corrupt")
    assert "[Content_Types].xml" in reasons["zip_of_junk.docx"] or "word/document.xml" in reasons["zip_of_junk.docx"]
    assert reasons["junk_xml.docx"].startswith("corrupt or truncated .docx (")
    assert reasons["extraction_fails.pdf"].startswith("PDF text extraction failed on page 1 of 1 (PdfReadError")
    assert reasons["loop_a.txt"] == reasons["loop_b.txt"] == "symbolic link loop (the link leads back to itself)"
    assert line_reasons == ["line 2: JSON nested too deeply to read",
                            "line 3: unreadable JSON (Exceeds the limit (4300 digits) for integer string conversion: "
                            "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit)"]
    assert all("0x" not in r for r in reasons.values())  # no memory addresses: reasons are reproducible
    assert not any(name.startswith("unexpected error") for name in reasons.values())
    assert os.path.islink(tmp_path / "loop_a.txt")


def test_file_names_that_are_not_utf8_give_valid_ids(tmp_path):
    import os

    folder = os.fsencode(tmp_path)
    names = {
        "2025_北京市_政府工作报告.txt".encode("gbk"): "正文一。",
        "2024_臺北市_施政報告.txt".encode("big5"): "正文二。",
        b"\xff\xfe\xb1.txt": "正文三。",
    }
    for raw, text in names.items():
        with open(os.path.join(folder, raw), "wb") as handle:
            handle.write(text.encode("utf-8"))
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.ids) == sorted(["2025_北京市_政府工作报告", "2024_臺北市_施政報告", "\\xff\\xfe\\xb1"])
    for doc in corpus:
        doc.id.encode("utf-8")  # no surrogate escapes left: ids can be written out
        assert Path(doc.meta["path"]).read_text(encoding="utf-8") == doc.text  # the real path still opens
    assert corpus["2025_北京市_政府工作报告"].meta["year"] == 2025
    assert corpus["2025_北京市_政府工作报告"].meta["region"] == "北京市"
    json.dumps(corpus.ids, ensure_ascii=False).encode("utf-8")


# --------------------------------------------------------------------------- metadata sanitised (issue 12, point 2)


def _strings_in(value) -> list[str]:
    """Every string in a metadata value, keys of nested dicts included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings_in(k), *_strings_in(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings_in(v)]
    return []


def _assert_writable(corpus: Corpus, tmp_path: Path) -> None:
    """What the main job does with metadata later: CSV (pandas, UTF-8) and HTML (escaped, UTF-8)."""
    import html

    corpus.to_frame(text=True).to_csv(tmp_path / "out.csv", index=False, encoding="utf-8")
    page = "".join(f"<p>{html.escape(str(k))}: {html.escape(str(v))}</p>" for d in corpus for k, v in d.meta.items())
    (tmp_path / "out.html").write_text(page, encoding="utf-8")


def test_lone_surrogates_in_jsonl_are_replaced(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    record = {"text": "一是建立了\ud800机制。", "title": "党建\ud800工作", "\udfff键": "值",
              "tags": ["甲\udc80", {"内\ud83d层": ["\udbff"]}], "year": 2021}
    (folder / "rows.jsonl").write_text(json.dumps(record, ensure_ascii=True) + "\n", encoding="ascii")
    doc = load_corpus(folder)[0]
    assert doc.text == "一是建立了\ufffd机制。"
    assert doc.meta["title"] == "党建\ufffd工作" and doc.meta["\ufffd键"] == "值"
    assert doc.meta["tags"] == ["甲\ufffd", {"内\ufffd层": ["\ufffd"]}] and doc.meta["year"] == 2021
    for string in _strings_in(doc.meta) + [doc.text]:
        string.encode("utf-8")  # no lone surrogate left anywhere
    _assert_writable(load_corpus(folder), tmp_path)


def test_control_characters_are_removed_from_metadata(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rows.csv").write_text('text,来源\x07,note\n正文。,"\x1b[31m新华社\x1b[0m","第一行\n第二行\tTAB\x08"\n',
                                     encoding="utf-8")
    (folder / "2020_北\x01京_政府\x7f工作报告.txt").write_text("正文。", encoding="utf-8")
    (folder / "_index.tsv").write_text("file\ttitle\tsource_url\n"
                                       "2020_北\x01京_政府\x7f工作报告.txt\t北京\x0b市政府\thttps://example.org/\x0c\n",
                                       encoding="utf-8")
    corpus = load_corpus(folder)
    row = corpus["rows:1"].meta
    assert row["来源"] == "[31m新华社[0m" and row["note"] == "第一行\n第二行\tTAB"
    named = next(d for d in corpus if d.meta["format"] == "txt").meta
    assert (named["year"], named["region"], named["title"]) == (2020, "北京", "政府工作报告")
    assert (named["source_title"], named["source_url"]) == ("北京市政府", "https://example.org/")
    assert "\x01" in named["path"]  # the real path, to open the file again
    _assert_writable(corpus, tmp_path)


def test_years_that_are_not_plain_are_kept_as_text_not_parsed(tmp_path):
    """``year`` is an int only for a plain year; "2020年", "二〇二〇" and the like go to year_text."""
    folder = tmp_path / "in"
    folder.mkdir()
    years = ["2020年", "二〇二〇", 2021, " 2019 ", "2019-2020", 2020.5, "", None, True, 20200, "１９９９"]
    lines = [json.dumps({"text": f"第{i}段。", "year": y}, ensure_ascii=False) for i, y in enumerate(years)]
    lines.append(json.dumps({"text": "没有年份字段。"}, ensure_ascii=False))
    (folder / "2018_汇编.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "years.csv").write_text("text,year\n甲。,2022\n乙。,2022年\n", encoding="utf-8")
    corpus = load_corpus(folder)
    got = [(d.meta.get("year"), d.meta.get("year_text")) for d in corpus]
    assert got == [
        (None, "2020年"), (None, "二〇二〇"), (2021, None), (2019, None), (None, "2019-2020"), (None, "2020.5"),
        (None, None), (None, None), (None, "true"), (None, "20200"), (None, "１９９９"),
        (2018, None),  # no year field: the file name's year
        (2022, None), (None, "2022年"),
    ]
    assert all(isinstance(d.meta["year"], int) for d in corpus if "year" in d.meta)
    frame = corpus.to_frame()
    assert str(frame["year"].dtype) == "Int64"
    assert frame.groupby("year").size().to_dict() == {2018: 1, 2019: 1, 2021: 1, 2022: 1}
    _assert_writable(corpus, tmp_path)
