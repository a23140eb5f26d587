"""Tests for textlab.segmentation.dictionary: user dictionaries, stopword lists, the lexicon,
frequency choice, and the shared dictionary store."""

from __future__ import annotations

from pathlib import Path

import pytest

from textlab.segmentation import LEXICON_PATH, Segmenter, read_stopwords, read_user_dict
from textlab.segmentation.dictionary import FLOOR, DictionaryStore, _file_key, read_dictionary

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- user dictionaries


def test_user_dict_file_with_bom_crlf_blank_lines_and_comments(tmp_path):
    path = tmp_path / "user.txt"
    path.write_bytes("\ufeff# my words\r\n\r\n鹭江微驿站\r\n  红色睦邻坊 800 nz  \r\n\r\n# end\r\n邻里议事厅 n\r\n".encode("utf-8"))
    assert read_user_dict(path) == [("鹭江微驿站", None, None), ("红色睦邻坊", 800, "nz"), ("邻里议事厅", None, "n")]
    seg = Segmenter(path)
    for word in ["鹭江微驿站", "红色睦邻坊", "邻里议事厅"]:
        assert seg.cut(f"建设{word}，") == ["建设", word, "，"]
    assert Segmenter(str(path)).config_hash == seg.config_hash


def test_user_dict_list_and_old_mac_line_ends(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes("鹭江微驿站\r红色睦邻坊\r".encode("utf-8"))
    assert [w for w, _, _ in read_user_dict(path)] == ["鹭江微驿站", "红色睦邻坊"]
    seg = Segmenter(["\ufeff鹭江微驿站", "", "# comment", "红色睦邻坊 5 nz"])
    assert seg.cut("鹭江微驿站") == ["鹭江微驿站"]


def test_user_dict_word_without_frequency_wins_even_against_jieba_words():
    # 银行 is a frequent jieba word: a bare user word overlapping it must still come out whole
    seg = Segmenter(["民银行"], lexicon=False)
    assert seg.cut("民银行") == ["民银行"]


def test_user_dict_errors_name_the_file_and_line(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        Segmenter(missing)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("网格员".encode("gb18030"))
    with pytest.raises(ValueError, match="latin1.txt.*not UTF-8"):
        Segmenter(latin1)
    bad = tmp_path / "bad.txt"
    bad.write_text("好词\n坏 词 在 这\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.txt, line 2"):
        Segmenter(bad)
    with pytest.raises(TypeError, match="item 1"):
        Segmenter(["好词", 3])
    with pytest.raises(ValueError, match="whitespace"):
        Segmenter().add_word("两 个")


def test_stopword_sources(tmp_path):
    path = tmp_path / "stop.txt"
    path.write_bytes("\ufeff# x\r\n网格\r\n\r\n社区\r\n".encode("utf-8"))
    assert read_stopwords(path) == frozenset({"网格", "社区"})
    assert read_stopwords(["网格", "# no", ""]) == frozenset({"网格"})
    assert read_stopwords(False) == frozenset()
    packaged = read_stopwords(True)
    assert {"进一步", "不断", "切实", "大力", "积极", "着力", "全面", "加快", "推进", "坚持", "工作"} <= packaged


# --------------------------------------------------------------------------- lexicon


def test_lexicon_file_is_plain_text_with_header_and_enough_entries():
    text = LEXICON_PATH.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff") and "\r" not in text
    assert text.startswith("# ") and "scripts/mine_lexicon.py" in text.split("\n", 12)[1]
    entries = read_user_dict(LEXICON_PATH)
    assert len(entries) >= 3000
    words = [w for w, _, _ in entries]
    assert len(set(words)) == len(words)
    assert all(freq is not None and freq >= 300 and tag for _w, freq, tag in entries)
    for term in ["党群服务中心", "网格员", "三会一课", "业委会", "街道党工委", "共建共治共享", "全过程人民民主",
                 "枫桥经验", "接诉即办", "一网通办", "乡村振兴", "新质生产力", "十四五", "十五五"]:
        assert term in words


def test_every_lexicon_entry_takes_effect_alone_and_in_context(seg):
    words = [w for w, _, _ in read_user_dict(LEXICON_PATH)]
    assert [w for w in words if seg.cut(w) != [w]] == []
    for frame in ("我们要抓好{}工作。", "在{}中", "关于{}的意见"):
        assert [w for w in words if w not in seg.cut(frame.format(w))] == []


def test_issue_terms_come_out_whole(seg):
    for term in ["高质量发展", "新质生产力", "习近平新时代中国特色社会主义思想", "基层治理", "党建引领",
                 "矛盾纠纷", "老旧小区", "十五五"]:
        assert term in seg.cut(f"关于{term}的讲话")


# --------------------------------------------------------------------------- built dictionaries on disk


def _no_base(*_args):
    raise AssertionError("the dictionary was built again instead of read from disk")


def test_built_dictionary_is_kept_on_disk_and_read_back(tmp_path, monkeypatch):
    entries = read_user_dict(["鹭江微驿站", "创城攻坚队 500 nt"])
    key = "a" * 64
    freq, total, tags = DictionaryStore(directory=tmp_path).dictionary(key, entries)
    files = list(tmp_path.glob("prefix-dict-*.bin"))
    assert len(files) == 1 and files[0].stat().st_size > 1_000_000
    again = DictionaryStore(directory=tmp_path)
    monkeypatch.setattr(again, "base", _no_base)
    freq2, total2, tags2 = again.dictionary(key, entries)
    assert freq2 == freq and total2 == total and tags2 == tags
    assert freq2["鹭江微驿站"] >= FLOOR and freq2["创城攻坚队"] == 500
    assert read_dictionary(files[0], "b" * 64) is None  # another dictionary's key
    assert read_dictionary(files[0], key) is None  # the file key also names the code that built it


def test_damaged_dictionary_file_is_rebuilt(tmp_path):
    entries = read_user_dict(["鹭江微驿站"])
    key = "c" * 64
    freq, total, _tags = DictionaryStore(directory=tmp_path).dictionary(key, entries)
    path = next(tmp_path.glob("prefix-dict-*.bin"))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    file_key = _file_key(key)
    assert read_dictionary(path, file_key) is None
    freq2, total2, _ = DictionaryStore(directory=tmp_path).dictionary(key, entries)
    assert freq2 == freq and total2 == total
    assert read_dictionary(path, file_key) == (freq, total)  # written again, whole
    path.write_bytes(b"")
    assert read_dictionary(path, file_key) is None


def test_dictionary_folder_that_cannot_be_written_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    entries = read_user_dict(["鹭江微驿站"])
    freq, total, _ = DictionaryStore(directory=blocker / "cache").dictionary("d" * 64, entries)
    assert freq["鹭江微驿站"] >= FLOOR
    monkeypatch.setenv("TEXTLAB_DICT_CACHE", "0")
    store = DictionaryStore(directory=tmp_path)
    store.dictionary("e" * 64, entries)
    assert not list(tmp_path.glob("prefix-dict-*.bin"))


def test_segmenters_share_one_dictionary_through_the_store():
    a, b = Segmenter(stopwords=False), Segmenter(min_len=2)
    assert a.tokenizer.FREQ is b.tokenizer.FREQ
    assert Segmenter(["鹭江微驿站"]).tokenizer.FREQ is not a.tokenizer.FREQ


def test_only_the_last_few_dictionary_files_are_kept(tmp_path):
    import os
    import time

    from textlab.segmentation.dictionary import KEEP_FILES, write_dictionary

    past = time.time() - 1000
    for index in range(KEEP_FILES + 3):
        path = tmp_path / f"prefix-dict-{index:032d}.bin"
        assert write_dictionary(path, f"k{index}", {"党建": index + 1, "党": 0}, index + 1)
        os.utime(path, (past + index, past + index))  # distinct times in the past, newest last
    kept = sorted(p.name for p in tmp_path.glob("prefix-dict-*.bin"))
    assert len(kept) == KEEP_FILES
    assert kept[-1] == f"prefix-dict-{KEEP_FILES + 2:032d}.bin"
    assert read_dictionary(tmp_path / kept[-1], f"k{KEEP_FILES + 2}") == ({"党建": KEEP_FILES + 3, "党": 0}, KEEP_FILES + 3)

