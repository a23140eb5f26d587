"""Tests for textlab.corpus: loading the real seeds, walking folders, ids and metadata, and every
kind of bad file accounted for (encodings: test_encoding.py; file types: test_readers.py, HTML:
test_html_input.py)."""

from __future__ import annotations

import builtins
import dataclasses
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

from corpus_files import (
    DOCX_TEXT,
    NATIONAL,
    PARTY,
    PARTY_FILES,
    PDF_TEXT,
    PROVINCIAL,
    REPORT_FILES,
    REPORTS,
    SEEDS,
    big5_encodable,
    encrypted_pdf,
    image_only_pdf,
    make_docx,
    pdf_whose_text_extraction_raises,
    seed_text,
    text_pdf,
    to_traditional,
    zip_bytes,
)


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
    # the rest are the development set's documents (seeds/dev/written) and the copies of corpus
    # documents the classifier's weak labels come from (seeds/city_reports, seeds/state_council)
    others = {d.id for d in seeds_corpus} - expected
    assert others and all(i.startswith("dev/written/") or i.split("/")[0] in ("city_reports", "state_council")
                          for i in others)
    for folder in ("city_reports", "state_council"):
        files = {f"{folder}/{p.stem}" for p in (SEEDS / folder).glob("*.txt")}
        assert len(files) > 10 and files <= others
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
        text = seed_text(path).replace("\r\n", "\n")
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


def test_line_endings_and_bom_are_normalised_but_nothing_else(tmp_path):
    raw = "　　各位代表：\r\n\r\n  现在，我代表国务院…\r第二行\t！  \n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    doc = load_corpus(tmp_path)["a"]
    assert doc.text == "　　各位代表：\n\n  现在，我代表国务院…\n第二行\t！  \n"
    assert doc.meta["n_chars"] == len(doc.text)


@pytest.fixture
def mixed_folder(tmp_path, monkeypatch) -> tuple[Path, dict[str, str | None]]:
    """Good and bad files; maps each file to the expected reason fragment (None: a document)."""
    root = tmp_path / "mixed"
    root.mkdir()
    real = seed_text(PARTY / "000_057e809f07488864.txt")
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = reason

    put("good_utf8.txt", real.encode("utf-8"), None)
    put("good_gbk.txt", real.encode("gbk"), None)
    put("good_gb18030.txt", real.encode("gb18030"), None)
    put("good_big5.txt", big5_encodable(to_traditional(real)).encode("big5"), None)
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
    real = seed_text(PARTY / "000_057e809f07488864.txt")
    for name, encoding in [("good_utf8", "utf-8"), ("good_gbk", "gb18030"), ("good_gb18030", "gb18030"),
                           ("good_bom", "utf-8-sig")]:
        assert corpus[name].text == real and corpus[name].meta["encoding"] == encoding
    assert corpus["good_big5"].text == big5_encodable(to_traditional(real))
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
        "zip_of_junk.docx": zip_bytes({"junk.bin": junk, "readme.txt": b"not a Word document"}),
        "junk_xml.docx": zip_bytes({"[Content_Types].xml": b"<<<", "_rels/.rels": b"<<<", "word/document.xml": junk}),
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
