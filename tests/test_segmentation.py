"""Tests for textlab.segmentation: lossless cut, modelling tokens, lexicon, user dicts, independence."""

from __future__ import annotations

import importlib.util
import os
import pickle
import subprocess
import sys
from pathlib import Path

import jieba
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import textlab
from textlab.segmentation import (
    LEXICON_PATH,
    Segmenter,
    _NUMERIC,
    read_stopwords,
    read_user_dict,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))
DATA = ROOT / "tests" / "data" / "segment"


def _load_measure():
    spec = importlib.util.spec_from_file_location("measure_lexicon", ROOT / "scripts" / "measure_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


measure = _load_measure()


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    """The default segmenter, built once for the module."""
    s = Segmenter()
    s.cut("预热")
    return s


@pytest.fixture(scope="module")
def plain_cut():
    return measure.plain_jieba_cut()


@pytest.fixture(scope="module")
def cleaned_seeds() -> list[str]:
    from textlab.cleaning import clean

    return [clean(p.read_text(encoding="utf-8")) for p in SEEDS]


# --------------------------------------------------------------------------- cut is lossless

WEIRD = [
    "",
    " ",
    "\r\n",
    "\n\n\t　",
    "党建引领\r\n基层治理",
    "a\u200bb\u200d网格员\ufeff",
    "e\u0301\u0301业委会\u0300",
    "😀👨‍👩‍👧十五五🇨🇳",
    "\x00\x01\x1f\x7f\x85\u2028\u2029",
    "　　各位代表：\r\n\r\n  一、2024年工作回顾\n",
    "**市***新时代中国特色社会主义思想ⅩⅩ个×区XX县",
    "COVID-19疫情，GDP增长5.2%，1.2万亿元，二〇二五年",
    "\ud7ff\ue000\U0010ffff\U00020000𠀀",
]


@pytest.mark.parametrize("text", WEIRD)
def test_cut_is_lossless_on_awkward_strings(seg, text):
    assert "".join(seg.cut(text)) == text


def test_cut_is_lossless_on_very_long_line(seg):
    text = ("推进党建引领基层治理，" * 2000) + "x" * 5000 + "网格员" * 3000
    assert "".join(seg.cut(text)) == text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_cut_is_lossless_hypothesis(seg, text):
    tokens = seg.cut(text)
    assert "".join(tokens) == text
    assert all(tokens)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(["党建引领", "基层治理", "网格员", " ", "\r\n", "\t", "，", "2024", "年", "×", "*", "a", "\u200b", "\u0301", "😀"]),
        max_size=40,
    ).map("".join)
)
def test_cut_is_lossless_on_mixed_pieces(seg, text):
    assert "".join(seg.cut(text)) == text
    assert "".join("".join(t) for t in seg.cut_many([text, text])) == text * 2


def test_cut_keeps_whitespace_runs_as_tokens(seg):
    assert seg.cut("党建引领 \r\n基层治理") == ["党建引领", " \r\n", "基层治理"]


def test_cut_rejects_non_str(seg):
    with pytest.raises(TypeError, match="expects str"):
        seg.cut(b"bytes")
    with pytest.raises(TypeError, match="text 1"):
        seg.tokenize_many(["ok", None])


# --------------------------------------------------------------------------- tokenize


def test_tokenize_seeds_has_no_stopwords_punctuation_or_numbers(seg, cleaned_seeds):
    stop = seg.stopword_set
    assert "进一步" in stop and "工作" in stop and "的" in stop
    for text in cleaned_seeds:
        tokens = seg.tokenize(text)
        assert len(tokens) > 200
        assert not [t for t in tokens if t in stop]
        assert not [t for t in tokens if not any(ch.isalpha() for ch in t)]  # punctuation, digits, symbols
        assert not [t for t in tokens if any(ch.isspace() for ch in t)]
        assert not [t for t in tokens if any(ch in "，。、；：！？“”‘’（）《》【】,.;:!?()\"'×*＊Ⅹ" for ch in t)]
        lexicon_words = seg._keep
        assert not [t for t in tokens if _NUMERIC.match(t) and t not in lexicon_words]


def test_tokenize_drops_masks_numbers_dates_and_single_letters(seg):
    text = "2024年3月5日，×区新建党群服务中心3个，覆盖率达100%，**市ⅩⅩ个社区，XX县投入1.2万亿元，B级，三年来"
    tokens = seg.tokenize(text)
    assert tokens == ["区", "新建", "党群服务中心", "覆盖率", "市", "社区", "县", "投入", "级"]


def test_tokenize_keeps_domain_terms_that_look_numeric(seg):
    tokens = seg.tokenize("谋划十五五规划，落实三会一课，增强四个意识，做到两个维护，完成十四五目标")
    for term in ["十五五规划", "三会一课", "四个意识", "两个维护", "十四五"]:
        assert term in tokens


def test_min_len_and_stopword_options():
    text = "进一步加强党的建设，村里的党员积极参与"
    default = Segmenter().tokenize(text)
    assert "进一步" not in default and "党" not in default
    assert "进一步" in Segmenter(stopwords=False).tokenize(text)
    assert all(len(t) >= 2 for t in Segmenter(min_len=2).tokenize(text))
    own = Segmenter(stopwords=["党员", "村里"]).tokenize(text)
    assert "党员" not in own and "进一步" in own
    with pytest.raises(ValueError, match="min_len"):
        Segmenter(min_len=0)


def test_pos_filter_uses_tags_of_lexicon_and_jieba():
    text = "网格员积极参与矛盾纠纷排查化解，推动党建引领基层治理"
    nouns = Segmenter(pos={"n"}).tokenize(text)
    assert "网格员" in nouns and "矛盾纠纷" in nouns
    assert "推动" not in nouns and "排查化解" not in nouns  # 排查化解 is tagged vn
    verbs = Segmenter(pos={"v"}).tokenize(text)
    assert "排查化解" in verbs and "网格员" not in verbs
    with pytest.raises(TypeError, match="set of tag prefixes"):
        Segmenter(pos="n")


def test_segment_equals_default_tokenize(seg, cleaned_seeds):
    text = cleaned_seeds[1][:2000]
    assert textlab.segment(text) == seg.tokenize(text)
    assert textlab.segmentation.segment(text) == seg.tokenize(text)
    assert textlab.segmentation.default_segmenter() is textlab.segmentation.default_segmenter()


# --------------------------------------------------------------------------- independence


def test_instances_are_independent_of_each_other_and_of_jieba_globals():
    was_initialized = jieba.dt.initialized
    global_size = len(jieba.dt.FREQ)
    word = "鹭江微驿站"
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total = plain.gen_pfdict(plain.get_dict_file())
    plain.initialized = True
    assert plain.lcut(word) != [word]

    with_word = Segmenter([word])
    without = Segmenter()
    assert with_word.cut(word) == [word]
    assert without.cut(word) != [word]

    a, b = Segmenter(), Segmenter()  # share the cached prefix dictionary
    a.add_word("创城攻坚队")
    assert a.cut("创城攻坚队") == ["创城攻坚队"]
    assert b.cut("创城攻坚队") != ["创城攻坚队"]
    assert Segmenter().cut("创城攻坚队") != ["创城攻坚队"]
    assert a.config_hash != b.config_hash

    assert jieba.dt.initialized == was_initialized
    assert len(jieba.dt.FREQ) == global_size
    assert word not in jieba.dt.FREQ and "创城攻坚队" not in jieba.dt.FREQ
    assert jieba.lcut(word) != [word]
    assert jieba.lcut("创城攻坚队") != ["创城攻坚队"]


def test_second_segmenter_shares_the_built_dictionary(seg):
    other = Segmenter()
    assert other.tokenizer.FREQ is seg.tokenizer.FREQ


def test_segmenter_pickles_without_its_dictionary(seg):
    data = pickle.dumps(seg)
    assert len(data) < 500_000
    again = pickle.loads(data)
    text = "推进党建引领基层治理"
    assert again.cut(text) == seg.cut(text)
    assert again.config_hash == seg.config_hash


def test_config_hash_is_stable_and_sensitive(tmp_path):
    base = Segmenter().config_hash
    assert base == Segmenter().config_hash
    assert base != Segmenter(min_len=2).config_hash
    assert base != Segmenter(stopwords=False).config_hash
    assert base != Segmenter(["新词语"]).config_hash
    assert base != Segmenter(pos={"n"}).config_hash
    code = "from textlab.segmentation import Segmenter; print(Segmenter().config_hash)"
    outs = set()
    for hashseed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(out.stdout.strip())
    assert outs == {base}


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


# --------------------------------------------------------------------------- measurements


def test_domain_term_coverage_over_seeds_and_reports(seg, plain_cut):
    terms = measure.read_list(DATA / "domain_terms.txt")
    assert len(terms) >= 150 and len(set(terms)) == len(terms)
    blocks = measure.term_blocks(measure.corpus_texts(), terms)
    ours = measure.coverage(seg.cut, blocks, terms)
    jieba_cov = measure.coverage(plain_cut, blocks, terms)
    assert ours["occurrences"] == jieba_cov["occurrences"] > 5000
    assert ours["whole"] >= 0.95
    assert jieba_cov["whole"] < 0.5
    assert ours["exact"] > jieba_cov["exact"]


def test_news_sample_f1_not_lower_than_plain_jieba(seg, plain_cut):
    gold = measure.read_gold(DATA / "news_sample.txt")
    assert len(gold) >= 50
    ours = measure.word_f1(seg.cut, gold)
    theirs = measure.word_f1(plain_cut, gold)
    assert ours["f1"] >= theirs["f1"]
    assert ours["f1"] > 0.8


def test_dictionary_words_outside_jiebas_character_class_still_come_out_whole():
    seg = Segmenter(["“五心”工程", "COVID-19疫情"])
    text = "实现二〇三五年远景目标，实施“五心”工程，应对COVID-19疫情。"
    tokens = seg.cut(text)
    assert "".join(tokens) == text
    for word in ["二〇三五年远景目标", "“五心”工程", "COVID-19疫情"]:
        assert word in tokens
    assert "二〇三五年远景目标" in Segmenter(pos={"n"}).tokenize(text)
    again = pickle.loads(pickle.dumps(seg))
    assert again.cut(text) == tokens


# --------------------------------------------------------------------------- many texts, process pools


@pytest.fixture()
def always_parallel(monkeypatch):
    """Start a pool even for small inputs (the threshold exists for speed, not correctness)."""
    monkeypatch.setattr(textlab.segmentation, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(textlab.segmentation, "PARALLEL_MIN_CHARS_SPAWN", 0)
    monkeypatch.setattr(textlab.segmentation, "_MIN_BATCH_CHARS", 1000)


def _pool_starts(monkeypatch) -> list[int]:
    started: list[int] = []
    original = textlab.segmentation.Segmenter._imap

    def counting(self, method, texts, workers, preprocess, batch_chars):
        started.append(workers)
        return original(self, method, texts, workers, preprocess, batch_chars)

    monkeypatch.setattr(textlab.segmentation.Segmenter, "_imap", counting)
    return started


def test_cut_many_and_tokenize_many_in_a_pool_equal_serial(seg, cleaned_seeds, always_parallel, monkeypatch):
    started = _pool_starts(monkeypatch)
    texts = cleaned_seeds + ["", "  ", "a\x00b", "党建引领\r\n基层治理"] + [p for t in cleaned_seeds for p in t.split("\n")][:300]
    assert seg.cut_many(texts, n_jobs=2) == [seg.cut(t) for t in texts]
    assert seg.tokenize_many(texts, n_jobs=-1) == [seg.tokenize(t) for t in texts]
    assert seg.tokenize_many(iter(texts), n_jobs=2) == seg.tokenize_many(texts)
    by_pos = Segmenter(pos={"n"})
    assert by_pos.tokenize_many(texts[:3], n_jobs=2) == [by_pos.tokenize(t) for t in texts[:3]]
    all_cores = min(textlab.segmentation._cpu_count(), len(texts))
    assert started == [2] + ([all_cores] if all_cores > 1 else []) + [2, 2]


def test_pool_only_when_it_pays(seg, monkeypatch):
    started = _pool_starts(monkeypatch)
    assert seg.cut_many(["党建引领"] * 10, n_jobs=2) == [["党建引领"]] * 10  # 40 characters: serial
    assert seg.cut_many(["党建引领"] * 10, n_jobs=1) == [["党建引领"]] * 10
    assert started == []


def test_pool_with_spawned_workers_equals_serial(cleaned_seeds, always_parallel, monkeypatch):
    monkeypatch.setattr(textlab.segmentation, "_start_method", lambda: "spawn")
    seg = Segmenter(["鹭江微驿站"], min_len=2)
    seg.add_word("红色能量站")
    texts = cleaned_seeds[:2] + ["建设鹭江微驿站和红色能量站"]
    out = seg.tokenize_many(texts, n_jobs=2)
    assert out == [seg.tokenize(t) for t in texts]
    assert "鹭江微驿站" in out[-1] and "红色能量站" in out[-1]


def test_iter_tokenize_streams_in_order_with_preprocess(cleaned_seeds, always_parallel):
    from textlab.cleaning import clean

    raw = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
    seg = Segmenter()
    expected = [seg.tokenize(clean(t)) for t in raw]
    assert list(seg.iter_tokenize(iter(raw), preprocess=clean)) == expected
    assert list(seg.iter_tokenize(iter(raw), n_jobs=2, preprocess=clean)) == expected
    assert list(seg.iter_cut(raw[:2], n_jobs=2)) == [seg.cut(t) for t in raw[:2]]


def test_n_jobs_is_validated(seg):
    for bad in (0, 1.5, "2", True):
        with pytest.raises(ValueError, match="n_jobs"):
            seg.cut_many(["党建"], n_jobs=bad)
    assert textlab.segmentation._n_workers(-1) == textlab.segmentation._cpu_count()
    assert textlab.segmentation._n_workers(None) == 1


def test_errors_in_workers_reach_the_caller(always_parallel):
    seg = Segmenter()
    with pytest.raises(TypeError, match="expects str"):
        list(seg.iter_tokenize(["党建引领", b"bytes"], n_jobs=2))


def _count_tokens(segmenter, text):
    return len(segmenter.tokenize(text)), segmenter.config_hash


def test_iter_map_runs_a_function_per_text_in_order(cleaned_seeds, always_parallel):
    seg = Segmenter(min_len=2)
    expected = [(len(seg.tokenize(t)), seg.config_hash) for t in cleaned_seeds]
    assert list(seg.iter_map(_count_tokens, cleaned_seeds)) == expected
    assert list(seg.iter_map(_count_tokens, iter(cleaned_seeds), n_jobs=2)) == expected
    with pytest.raises(TypeError, match="callable"):
        seg.iter_map("tokenize", cleaned_seeds)
