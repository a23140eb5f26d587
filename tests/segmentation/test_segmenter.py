"""Tests for textlab.segmentation.segmenter: lossless cut, modelling tokens, independence of
instances, and the segmentation measurements (domain terms, news F1)."""

from __future__ import annotations

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
from textlab.segmentation import Segmenter
from textlab.segmentation.numbers import NUMERIC
from textlab.segmentation.segmenter import WHITESPACE

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "segment"


from textlab.training import segmentation_scores as measure  # noqa: E402  (the README's figures)


@pytest.fixture(scope="module")
def plain_cut():
    return measure.plain_jieba_cut()



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
        assert not [t for t in tokens if NUMERIC.match(t) and t not in lexicon_words]


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


# --------------------------------------------------------------------------- the fast path of cut


def test_whitespace_class_is_pythons_whitespace():
    import re

    assert WHITESPACE == "".join(chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c)))


def test_fast_cut_equals_the_piece_by_piece_reference_on_the_seeds(seg, cleaned_seeds):
    raw = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").rglob("*.txt"))][::5]
    for text in cleaned_seeds + raw:
        assert seg.cut(text) == seg._cut_by_pieces(text)


PIECES = list("党建引领基层治理人国要子一二三十百千万亿两年个名元") + [
    " ", "\n", "\r\n", "\u3000", "\t", "２", "０", "5", ".", "%", "-", "G", "ab", "，", "。", "二〇三五年", "\x00", "㐀",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=50).map("".join))
def test_fast_cut_equals_the_piece_by_piece_reference(seg, text):
    assert seg.cut(text) == seg._cut_by_pieces(text)


REGION_PIECES = list("党建引领人国要子的了一二十百万亿两年个名元") + [
    " ", "  ", "\n", "\r\n", "\r", "\u3000", "\xa0", "\x1c", "\u1680", "\t", "2024", "5", "０", "２", ".", "．",
    "%", "-", "_", "ab", "G", "x1", "，", "。", "发展", "十四五", "三会一课", "一起",
]
_BY_HMM: dict[bool, Segmenter] = {}


@pytest.mark.parametrize("hmm", [True, False])
@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(REGION_PIECES), max_size=60).map("".join))
def test_region_by_region_cut_equals_the_passes_over_the_whole_text(hmm, text):
    """Segmenter.cut (rjieba) handles only the regions of jieba-rs's tokens that can change and
    splices them in; that must give what the HMM, number and whitespace passes over the whole
    joined text give (Segmenter._cut_joined), whitespace runs next to numbers and HMM runs
    included."""
    seg = _BY_HMM.get(hmm) or _BY_HMM.setdefault(hmm, Segmenter(hmm=hmm, stopwords=False))
    seg.cut("预热")
    if seg.active_backend != "rjieba":
        pytest.skip("needs rjieba")
    engine = seg._engine
    if text:
        assert seg._cut_fast(engine, text) == seg._cut_joined(engine, text, engine.cut_plain(text))
    assert seg.cut(text) == seg._cut_by_pieces(text)
