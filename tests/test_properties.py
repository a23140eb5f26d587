"""Property-based tests (hypothesis): arbitrary Unicode through every text stage.

Inputs mix pieces of the raw seed speeches (traditional characters, pinyin, masks, headings,
full-width indentation) with random characters of every category except surrogates, emoji
with joiners and skin tones, zero-width and bidi characters, lone combining marks, control
characters, every Unicode line break, very long lines, and heading and greeting lines (``一、``,
``（一）``, ``1.``, ``一是``, ``附件``, ``同志们：`` before a seed piece) so that the heading logic
runs. For every input:

* ``clean`` returns a str and is idempotent;
* ``paragraphs`` / ``sentences`` drop only whitespace (``str.isspace`` and the zero-width
  characters U+200B/C/D, U+2060, U+FEFF, as ``textlab.outline`` documents): the other
  characters come out complete and in order, on raw and on cleaned text;
* ``structure`` keeps ``paragraphs``'s paragraphs, and its headings, sections and outline are
  consistent;
* ``Segmenter.cut`` is lossless and ``tokenize`` gives non-empty substrings of its input;
* ``keywords`` returns at most ``top_k`` (term, score) pairs whose terms occur in the cleaned
  text, scores in [0, 1];
* ``ParagraphClassifier.predict`` returns one valid label per input (a small model fitted
  here, and the shipped model when ``models/classifier`` exists).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from textlab.classify import CLASSES, ParagraphClassifier, load_classifier
from textlab.locations import model_path
from textlab.cleaning import clean
from textlab.features import keywords
from textlab.segmentation import Segmenter
from textlab.outline import LONG_LINE, _is_long, _lines, paragraphs, sentences, structure
from small_data import SMALL_TRAINING_SET  # tests/small_data.py

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # derandomized by the profile of tests/conftest.py (HYPOTHESIS_PROFILE=explore searches afresh)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _nonspace(text: str) -> str:
    """``text`` without the characters textlab.outline may drop (whitespace, zero-width)."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in ZERO_WIDTH)


def _seed_pieces() -> list[str]:
    """Short pieces of the raw seed speeches (line starts, middles, line ends), fixed order."""
    rng = random.Random(9)
    pieces: list[str] = []
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            if not line.strip():
                continue
            pieces.append(line[:40])  # headings, greetings, indentation
            if len(line) > 40:
                start = rng.randrange(0, len(line) - 20)
                pieces.append(line[start:start + rng.randint(5, 60)])
                pieces.append(line[-30:])
    return pieces


SEED_PIECES = _seed_pieces()
ODD = [
    "", "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\r\n", "\r", "\n\n", "\u2028", "\u2029", "\x0b", "\x0c",
    "\t", " ", "\u3000\u3000", "\xa0", "\u2003", *ZERO_WIDTH, "\u200e", "\u202e", "\u00ad",
    "\u0301", "\u0302\u0303", "\u20e3", "\u3099", "e\u0301",  # lone and stacked combining marks
    "👍🏽", "👨\u200d👩\u200d👧", "🇨🇳", "🏳️\u200d🌈", "\ufe0f", "\U0001f600" * 3,
    "𠀀𪚥", "\U0002a6a5", "\ufffd", "\uffff", "\U0010ffff", "\ue000",
    "(wǎng)", "(qū)", "**", "***", "×", "××", "Ⅹ", "XX", "＊＊", "○", "□",
    "一、", "（一）", "(1)", "1.", "１．", "一是", "二是", "第一，", "附件", "结束语",
    "。", "；", "！", "?", "......", "……", "“", "”", "\"", "'", "）", "】", "：", "同志们：",
    "6.6%", "www.example.com", "3,000", "20:30", "2024年", "〇", "零",
]
LINE_BREAKS = ["", "", "\n", "\n\n", "\r\n", " ", "\u3000", "\u2028"]

any_chars = st.text(st.characters(exclude_categories=("Cs",)), max_size=25)
cjk_chars = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=25)
ascii_chars = st.text(st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=25)
long_line = st.builds(
    lambda piece, n: (piece or "党") * n,
    st.sampled_from(SEED_PIECES + ODD),
    st.integers(min_value=30, max_value=300),
)
MARKERS = ["一、", "二、", "三、", "十一、", "（一）", "（二）", "(三)", "1.", "2、", "３．", "（1）", "(2)", "一是", "二是",
           "三要", "第一，", "第二、", "附件", "附件2 名词解释", "结束语", "同志们：\n", "各位代表：\n"]
# a heading (or greeting) line: marker + seed piece, on a line of its own
heading_line = st.builds(
    lambda marker, text, end: "\n" + marker + text.strip() + end,
    st.sampled_from(MARKERS),
    st.sampled_from(SEED_PIECES),
    st.sampled_from(["\n", "。\n", "；\n", "", "。"]),
)
piece = st.one_of(
    heading_line,
    heading_line,
    st.sampled_from(SEED_PIECES),
    st.sampled_from(SEED_PIECES),
    st.sampled_from(ODD),
    any_chars,
    cjk_chars,
    ascii_chars,
    long_line,
)
documents = st.lists(st.tuples(piece, st.sampled_from(LINE_BREAKS)), max_size=16).map(
    lambda parts: "".join(p + sep for p, sep in parts)
)

EXAMPLES = [
    "",
    " ",
    "\n\n\n",
    "\u200b\u200b",
    "\u0301",
    "\x00\x01\x02",
    "。",
    "一、",
    "（一）\n一是\n二是",
    "**" * 500,
    "(wǎng)" * 300,
    "建立了机制" * 2000,  # a 10,000-character line without punctuation
    "👨\u200d👩\u200d👧\u3000\u3000同志们：\r\n一、總體要求\u2028要抓好落實。",
]


def _with_examples(test=None, **extra):
    """Add every text of EXAMPLES as an explicit example (with ``extra`` keyword arguments)."""
    if test is None:
        return lambda t: _with_examples(t, **extra)
    for text in EXAMPLES:
        test = example(text=text, **extra)(test)
    return test


# ---------------------------------------------------------------- clean


@SETTINGS
@_with_examples
# found by CI: the blank lines kept a cut line and its continuation apart; once gone, a second
# clean() joined them (clean now runs again while its output would still join)
@example(text="\n一、新、安全隐患治理、“城中村”治理、矛盾纠纷调处、居民素养提升等方面\n\n"
              "量,在全方位建设高质量发展的国际旅游城市上不断取得新突破。\n\n"
              "一、據(jù)了解,該區(qū)將通過深入實施“五心”工程,全領域建立六項聯(liá\n")
# found by CI: thirty copies of a line under a heading; the judge took one copy per look, five
# per clean() (copies beside a removed line now go with it)
@example(text="\n一、在全省深化基层党建推城市动治工作推进会上的汇报发言。\n"
              + "在全省深化基层党建推城市动治工作推进会上的汇报发言\n" * 30)
@given(text=documents)
def test_clean_returns_str_and_is_idempotent(text):
    # the rules alone and the rules with the learned judge (the shipped model): the judge looks again
    # at the surviving lines until a look removes nothing, and once more after a hard-wrap join
    rules = clean(text, chrome_model=False)
    assert isinstance(rules, str)
    assert clean(rules, chrome_model=False) == rules
    once = clean(text)
    assert isinstance(once, str)
    assert clean(once) == once
    # the documented layout: one stripped paragraph per line, no blank lines
    for out in (rules, once):
        assert out == out.strip()
        assert "\n\n" not in out and "\r" not in out


@pytest.mark.parametrize("path", sorted((Path(__file__).resolve().parents[1] / "seeds" / "party_building").glob("*.txt")),
                         ids=lambda p: p.name[:3])
def test_clean_with_the_judge_is_idempotent_on_the_seeds(path):
    once = clean(path.read_text(encoding="utf-8"))
    assert clean(once) == once


# ---------------------------------------------------------------- paragraphs, sentences


def _assert_units(units: list[str], text: str) -> None:
    assert all(isinstance(u, str) and u for u in units)
    assert all(len(u.splitlines()) == 1 for u in units), "a unit spans a line break"
    assert all(_nonspace(u[0]) and _nonspace(u[-1]) for u in units), "a unit starts or ends with whitespace"
    assert _nonspace("".join(units)) == _nonspace(text), "a non-space character was lost, added or moved"


@SETTINGS
@_with_examples
@given(text=documents)
def test_paragraphs_lose_no_non_space_character(text):
    _assert_units(paragraphs(text), text)
    cleaned = clean(text)
    lines = cleaned.split("\n") if cleaned else []
    if all(len(line) <= 500 for line in lines):  # too short to be cut (textlab.outline.split_long_line)
        assert paragraphs(cleaned) == lines
    else:  # a line of a document without line breaks is cut into paragraph-sized units
        assert len(paragraphs(cleaned)) >= len(lines)  # (a line that is one sentence stays whole)
        _assert_units(paragraphs(cleaned), cleaned)


@SETTINGS
@_with_examples
@example(text="同志们：" + "    事业兴衰,关键在党;管党治党,重在基层。党的二十大报告指出,“坚持大抓基" * 14)  # found by CI
@given(text=documents)
def test_sentences_lose_no_non_space_character(text):
    _assert_units(sentences(text), text)
    cleaned = clean(text)
    _assert_units(sentences(cleaned), cleaned)
    per_paragraph = [s for p in paragraphs(text) for s in sentences(p)]
    lines = _lines(text)
    total = sum(map(len, lines))
    if any(_is_long(line, total) and len(line) <= LONG_LINE for line in lines):
        # paragraphs() cuts a line of 500-3,000 characters that holds most of the document (a
        # copy without line breaks) at its greeting and title; sentences() does not (its
        # docstring says why), so there the paragraph cuts may only add sentence boundaries
        assert _boundaries(sentences(text)) <= _boundaries(per_paragraph)
    else:  # sentences never cross a paragraph boundary
        assert sentences(text) == per_paragraph


def _boundaries(units):
    """The set of offsets, in non-space characters, at which one unit ends and the next begins."""
    out, at = set(), 0
    for u in units:
        at += len(_nonspace(u))
        out.add(at)
    return out


# ---------------------------------------------------------------- structure


@SETTINGS
@_with_examples
@given(text=documents)
def test_structure_is_consistent_with_paragraphs(text):
    for t in (text, clean(text)):
        s = structure(t)
        paras = paragraphs(t)
        assert [p.text for p in s.paragraphs] == paras
        assert [p.index for p in s.paragraphs] == list(range(len(paras)))
        assert s.title is None or s.title in paras
        for h in s.headings:
            assert h.level >= 1 and 0 <= h.paragraph < len(paras)
        for p in s.paragraphs:
            assert all(0 <= i < len(s.headings) for i in p.headings)
            levels = [s.headings[i].level for i in p.headings]
            assert levels == sorted(levels), (p, levels)
            s.section_of(p.index)
        covered = [i for _heading, indices in s.sections(appendix=True) for i in indices]
        assert covered == list(range(len(paras)))
        outline = s.outline()
        assert isinstance(outline, str)
        assert len(outline.splitlines()) == len(s.headings) + (s.title is not None) if outline else not s.headings
        assert len(s.to_records()) == len(paras)


# ---------------------------------------------------------------- segment


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter()


@SETTINGS
@_with_examples
@given(text=documents)
def test_cut_is_lossless_and_tokenize_gives_substrings(segmenter, text):
    for t in (text, clean(text)):
        tokens = segmenter.cut(t)
        assert "".join(tokens) == t
        assert all(tokens)
        for token in segmenter.tokenize(t):
            assert token and token in t and not token.isspace()


# ---------------------------------------------------------------- keywords


@SETTINGS
@_with_examples(other="党建引领基层治理，基层治理见成效。")
@given(text=documents, other=st.sampled_from(SEED_PIECES))
def test_keywords_never_raise_and_come_from_the_text(text, other):
    per_text = keywords([text, other], top_k=5)
    single = keywords(text, top_k=5, idf="reports")
    cleaned = clean(text)
    for result in (per_text[0], single):
        assert len(result) <= 5
        for term, score in result:
            assert isinstance(term, str) and term in cleaned
            assert math.isfinite(score) and 0.0 < score <= 1.0 + 1e-9
    assert [t for t, _ in per_text[1]] == [t for t, _ in keywords([text, other], top_k=5)[1]]


# ---------------------------------------------------------------- classify

TRAIN = SMALL_TRAINING_SET


@pytest.fixture(scope="module")
def small_classifier() -> ParagraphClassifier:
    texts, labels = zip(*TRAIN)
    return ParagraphClassifier(min_df=1, max_features=3000).fit(list(texts), list(labels))


@pytest.fixture(scope="module")
def shipped_classifier() -> ParagraphClassifier:
    if not (model_path("classifier") / "manifest.json").exists():
        pytest.skip("no shipped model in models/classifier yet")
    return load_classifier()


def _assert_valid_predictions(clf: ParagraphClassifier, text: str) -> None:
    inputs = [text, clean(text), *paragraphs(text)[:3]]
    labels = clf.predict(inputs)
    assert len(labels) == len(inputs)
    assert all(label in CLASSES for label in labels)
    proba = clf.predict_proba(inputs)
    assert proba.shape == (len(inputs), len(clf.classes_))
    assert np.isfinite(proba).all()
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)


@SETTINGS
@_with_examples
@given(text=documents)
def test_predict_gives_a_valid_label_for_each_input(small_classifier, text):
    _assert_valid_predictions(small_classifier, text)


@SETTINGS
@_with_examples
@given(text=documents)
def test_shipped_model_gives_a_valid_label_for_each_input(shipped_classifier, text):
    _assert_valid_predictions(shipped_classifier, text)


@settings(SETTINGS, max_examples=25)  # a whole document table per example: fewer examples
@given(text=documents)
def test_classify_document_labels_every_paragraph(small_classifier, text):
    clf = small_classifier
    table = clf.classify_document(text, level="paragraph", clean_first=True)
    assert len(table) == len(paragraphs(clean(text)))
    assert set(table["label"]) <= set(CLASSES)
