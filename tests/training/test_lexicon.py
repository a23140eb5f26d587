"""Tests for textlab.training.lexicon: the steps that mine, filter and weight the domain lexicon.

The full rebuild (about 40 s) is run by notebook 02, which checks that it gives the shipped
``lexicon.txt`` entry for entry; here each step is checked on small real inputs.
"""

from __future__ import annotations

import math

import jieba
import pytest

from textlab.segmentation import LEXICON_PATH, read_user_dict
from textlab.training import lexicon


@pytest.fixture(scope="module")
def base():
    return lexicon.base_dictionary()


@pytest.fixture(scope="module")
def cut(base):
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = dict(base[0]), base[1], True
    return lambda word: plain.lcut(word, HMM=False)


def test_count_ngrams_is_level_wise():
    counts = lexicon.count_ngrams(["党建引领党建引领基层", "党建引领"], 4, 2)
    assert counts[2] == {"党建": 3, "建引": 3, "引领": 3}  # 领党, 领基 … seen fewer than twice
    assert counts[4] == {"党建引领": 3}
    assert counts[1]["基"] == 1  # level 1 is not filtered


def test_cohesion_is_the_smallest_pmi_over_splits():
    counts = lexicon.count_ngrams(["党建引领党建引领基层", "党建引领"], 4, 2)
    total = sum(counts[1].values())  # 14 characters
    assert lexicon.cohesion("党建", counts, total) == pytest.approx(math.log(14 / 3))
    # 党建引领: the split 党建|引领 gives log((3/14) / (3/14)^2), the same for every split here
    assert lexicon.cohesion("党建引领", counts, total) == pytest.approx(math.log(14 / 3))


def test_read_corpus_gives_simplified_han_runs(tmp_path):
    (tmp_path / "a.txt").write_text("黨的建設，2025年：加强基层治理！", encoding="utf-8")
    assert lexicon.read_corpus(tmp_path) == ["党的建设", "年", "加强基层治理"]


def test_keep_candidate_rules(base, cut):
    stop = lexicon.load_stop_pieces()
    junk = {w for w, _ in lexicon.read_word_list(lexicon.junk_path())}
    kept = {w: lexicon.keep_candidate(w, cut, stop, junk)
            for w in ("网格化管理", "基层党组织", "的发展", "百分之五", "二〇三五", "保持稳定", "中国")}
    assert kept == {"网格化管理": True, "基层党组织": True, "的发展": False, "百分之五": False,
                    "二〇三五": False, "保持稳定": False, "中国": False}


def test_drop_compositions_keeps_the_parts(base):
    mined = [{"word": w} for w in ("矛盾纠纷排查化解", "矛盾纠纷", "排查化解", "化解矛盾纠纷")]
    assert [c["word"] for c in lexicon.drop_compositions(mined, set(), base[2])] == ["矛盾纠纷", "排查化解"]
    kept = lexicon.drop_compositions(mined, {"矛盾纠纷排查化解"}, base[2])  # curated entries stay
    assert [c["word"] for c in kept] == ["矛盾纠纷排查化解", "矛盾纠纷", "排查化解"]


def test_jieba_can_cut_whole_follows_jiebas_word_pattern():
    assert lexicon.jieba_can_cut_whole("党建引领") and lexicon.jieba_can_cut_whole("5G基站")
    assert not lexicon.jieba_can_cut_whole("二〇三五年")  # 〇 is outside jieba's word pattern
    assert not lexicon.jieba_can_cut_whole("“三会一课”")


def test_assign_frequencies_make_each_entry_one_token(base):
    words = ["网格化管理", "基层党组织", "接诉即办"]
    freqs = lexicon.assign_frequencies(words, base, {})
    assert set(freqs) == set(words) and all(f >= lexicon.FLOOR for f in freqs.values())
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = dict(base[0]), base[1]
    tokenizer.initialized = True
    for word, freq in freqs.items():
        tokenizer.add_word(word, freq)
    assert all(tokenizer.lcut(w) == [w] for w in words)


def test_pos_tag(base, cut):
    assert lexicon.pos_tag("网格化管理", None, base[2], cut) == "vn"  # head 管理 is verbal
    assert lexicon.pos_tag("示范区", None, base[2], cut) == "nz"
    assert lexicon.pos_tag("网格化管理", "n", base[2], cut) == "n"  # a curated tag wins


def test_word_lists_are_read_with_line_numbers_in_errors(tmp_path):
    curated = dict(lexicon.read_word_list(lexicon.curated_path()))
    shipped = {word for word, _freq, _tag in read_user_dict(LEXICON_PATH)}
    assert len(curated) > 100 and set(curated) <= shipped  # every curated term is in the shipped lexicon
    bad = tmp_path / "list.txt"
    bad.write_text("# comment\n党建引领 n\n党建 引领 n\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"list.txt:3: expected 'word \[tag\]'"):
        lexicon.read_word_list(bad)
