"""Tests for textlab.features: the TF-IDF vectorizer, keywords and similarity."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

import textlab as tl
from textlab.features import (
    TextlabTokenizer,
    TfidfVectorizer,
    keywords,
    load_report_idf,
    similarity,
)
from textlab.segmentation import Segmenter, read_stopwords

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))
PROVINCIAL = sorted((ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025").glob("*.txt"))

SEED_001_CONTENT = {"网格化管理", "业委会", "党建品牌", "示范点", "三会一课", "主题党日", "社区治理", "城市基层党建"}


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


@pytest.fixture(scope="module")
def labelled() -> tuple[list[str], list[str]]:
    """Paragraphs of the party-building seeds vs paragraphs of two provincial reports."""
    party, report = [], []
    for path in SEEDS:
        party += [ln for ln in path.read_text(encoding="utf-8").splitlines() if len(ln) > 60]
    for path in PROVINCIAL[:2]:
        report += [ln for ln in path.read_text(encoding="utf-8").splitlines() if len(ln) > 60]
    party, report = party[:30], report[:30]
    return party + report, ["party"] * len(party) + ["report"] * len(report)


# --------------------------------------------------------------------------- vectorizer


def test_vectorizer_uses_textlab_tokens_on_raw_text(seed_texts):
    vec = TfidfVectorizer(min_len=2)
    X = vec.fit_transform(seed_texts)
    assert X.shape[0] == 5
    vocab = vec.vocabulary_
    for term in ["网格化管理", "业委会", "党群服务中心", "城市基层党建"]:
        assert term in vocab
    stop = read_stopwords(True)
    assert not [t for t in vocab if t in stop]
    assert not [t for t in vocab if len(t) < 2]
    # seed 003 is in traditional characters: cleaning converts it, so its terms are simplified
    assert "黨建" not in vocab and "党建" in vocab


def test_vectorizer_clone_and_params_round_trip():
    vec = TfidfVectorizer(min_len=2, pos={"n"}, sublinear_tf=True, clean=False)
    params = vec.get_params()
    assert params["min_len"] == 2 and params["pos"] == {"n"} and params["clean"] is False
    twin = clone(vec)
    assert twin.get_params() == params
    twin.set_params(min_len=3, pos=None)
    assert twin.min_len == 3 and twin.pos is None and vec.min_len == 2
    assert TfidfVectorizer().set_params(**params).get_params() == params


def test_vectorizer_in_pipeline_and_grid_search(labelled):
    texts, labels = labelled
    pipe = Pipeline([("tfidf", TfidfVectorizer()), ("clf", LogisticRegression(max_iter=500))])
    grid = GridSearchCV(pipe, {"tfidf__min_len": [1, 2], "tfidf__sublinear_tf": [False, True]}, cv=2)
    grid.fit(texts, labels)
    assert grid.best_score_ > 0.8
    assert grid.best_params_["tfidf__min_len"] in (1, 2)
    predicted = grid.predict(["加强社区党组织建设，发挥党员先锋模范作用", "全省地区生产总值增长5.5%，规上工业增加值增长"])
    assert list(predicted) == ["party", "report"]


def test_fitted_pipeline_pickles_and_gives_the_same_output(labelled):
    texts, labels = labelled
    pipe = Pipeline([("tfidf", TfidfVectorizer(min_len=2)), ("clf", LogisticRegression(max_iter=500))])
    pipe.fit(texts, labels)
    data = pickle.dumps(pipe)
    assert b"lambda" not in data
    again = pickle.loads(data)
    np.testing.assert_allclose(again.predict_proba(texts[:5]), pipe.predict_proba(texts[:5]))
    assert again.named_steps["tfidf"].vocabulary_ == pipe.named_steps["tfidf"].vocabulary_


def test_explicit_textlab_tokenizer_pickles_by_options():
    tok = TextlabTokenizer(min_len=2, pos={"n", "v"}, user_dict=["鹭江微驿站"])
    again = pickle.loads(pickle.dumps(tok))
    assert again == tok and hash(again) == hash(tok)
    assert again("建设鹭江微驿站，推进基层治理") == tok("建设鹭江微驿站，推进基层治理")
    assert "鹭江微驿站" in tok("建设鹭江微驿站")
    assert tok != TextlabTokenizer(min_len=2)
    vec = TfidfVectorizer(tokenizer=tok).fit(["建设鹭江微驿站", "推进基层治理"])
    assert "鹭江微驿站" in pickle.loads(pickle.dumps(vec)).vocabulary_


# --------------------------------------------------------------------------- keywords


def test_keywords_of_seed_001_are_content_terms(seed_texts):
    text = seed_texts[1]
    stop = read_stopwords(True)
    top = keywords(text, top_k=20, idf="reports")
    terms = [t for t, _ in top]
    assert len(terms) == 20
    assert not [t for t in terms if t in stop]
    assert {"网格化管理", "业委会", "党建品牌", "示范点"} <= set(terms)
    assert len(SEED_001_CONTENT & set(terms[:10])) >= 5
    scores = [s for _, s in top]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)


def test_keywords_corpus_mode_per_text(seed_texts):
    stop = read_stopwords(True)
    result = keywords(seed_texts, top_k=10)
    assert len(result) == 5 and all(len(kw) == 10 for kw in result)
    for kw in result:
        assert not [t for t, _ in kw if t in stop]
    assert "五心" in [t for t, _ in result[3]]  # seed 003: the "五心" 工程 of 安宁区
    assert keywords(seed_texts, top_k=10) == result  # deterministic


def test_keywords_shapes_options_and_errors():
    single = keywords("网格员参与矛盾纠纷排查化解，推动网格化管理。", top_k=3, idf="reports")
    assert isinstance(single, list) and all(isinstance(t, str) and isinstance(s, float) for t, s in single)
    assert keywords([], top_k=3) == []
    assert keywords(["", "党建引领"], top_k=3) == [[], [("党建引领", 1.0)]]
    own = keywords("鹭江微驿站建设，鹭江微驿站运营", segmenter=Segmenter(["鹭江微驿站"]), idf="reports")
    assert own[0][0] == "鹭江微驿站"
    with pytest.raises(ValueError, match="idf"):
        keywords("党建", idf="bm25")
    with pytest.raises(ValueError, match="top_k"):
        keywords("党建", top_k=0)
    with pytest.raises(TypeError, match="text 1"):
        keywords(["党建", 3])
    assert tl.keywords is keywords


def test_report_idf_table(tmp_path):
    n, df = load_report_idf()
    assert n > 5000 and len(df) > 10000
    assert df["发展"] > df["高质量发展"] > df.get("业委会", 0)
    bad = tmp_path / "idf.txt"
    bad.write_text("# n_paragraphs: 10\n党建 x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_report_idf(bad)
    headless = tmp_path / "idf2.txt"
    headless.write_text("党建\t3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="n_paragraphs"):
        load_report_idf(headless)


# --------------------------------------------------------------------------- similarity


def test_similarity_matrix(seed_texts):
    reports = [p.read_text(encoding="utf-8") for p in PROVINCIAL[:2]]
    for idf in ("corpus", "reports"):
        S = similarity(seed_texts + reports, idf=idf)
        assert S.shape == (7, 7)
        np.testing.assert_allclose(S, S.T)
        np.testing.assert_allclose(np.diag(S), 1.0)
        assert (S >= 0).all() and (S <= 1 + 1e-9).all()
        # the urban party-building seeds resemble each other more than a provincial report
        assert S[0, 4] > S[0, 5] and S[1, 2] > S[1, 6]
        assert S[5, 6] > S[5, 0]
    E = similarity(["", "党建引领"])
    assert E[0, 0] == 0.0 and E[1, 1] == 1.0 and E[0, 1] == 0.0
    with pytest.raises(TypeError, match="list of texts"):
        similarity("党建")


def test_keywords_take_the_token_lists_of_the_unit_table(seed_texts):
    """Tokens from tl.parse give the keywords of the raw texts, with no second clean or segmentation."""
    table = tl.parse(seed_texts)
    token_lists = [[t for tokens in group for t in tokens] for _, group in table.groupby("document", sort=False)["tokens"]]
    assert len(token_lists) == len(seed_texts)
    from_tokens = keywords(token_lists, top_k=10, idf="reports")
    from_texts = keywords(seed_texts, top_k=10, idf="reports")
    assert [[t for t, _ in kw] for kw in from_tokens] == [[t for t, _ in kw] for kw in from_texts]
    for mine, theirs in zip(from_tokens, from_texts):
        assert [s for _, s in mine] == pytest.approx([s for _, s in theirs], abs=1e-9)


def test_one_idf_cut_off_for_auto():
    from textlab.features import CORPUS_IDF_MIN_DOCS, choose_idf, keyword_scores

    assert choose_idf(CORPUS_IDF_MIN_DOCS - 1) == "reports" and choose_idf(CORPUS_IDF_MIN_DOCS) == "corpus"
    counts = [{"基层治理": 2, "网格员": 1}, {"网格员": 3}]
    from collections import Counter

    auto = keyword_scores([Counter(c) for c in counts], top_k=2, idf="auto")
    assert auto == keyword_scores([Counter(c) for c in counts], top_k=2, idf="reports")
    with pytest.raises(ValueError, match="idf"):
        keyword_scores([Counter()], idf="both")
