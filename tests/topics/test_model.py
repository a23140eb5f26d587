"""Tests for textlab.topics.model: the TopicModel estimator on real report paragraphs (small K, few passes)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from textlab.topics import TopicModel, load_topic_model

from .seeds import ROOT, SMALL, SOURCES, tour_paragraphs


def _digest(model: TopicModel, tokens) -> str:
    h = hashlib.sha256()
    h.update(np.ascontiguousarray(model.components_).tobytes())
    h.update(np.ascontiguousarray(model.transform(tokens)).tobytes())
    h.update("\n".join(model.feature_names_).encode("utf-8"))
    return h.hexdigest()


# --------------------------------------------------------------------------- estimator basics


def test_constructor_stores_params_untouched():
    alpha = [0.1, 0.2, 0.3]
    tm = TopicModel(3, alpha=alpha, no_above=0.4, keep_n=None)
    assert tm.alpha is alpha
    assert tm.get_params()["no_above"] == 0.4 and tm.get_params()["keep_n"] is None
    assert not hasattr(tm, "components_")
    assert tm.set_params(passes=2) is tm and tm.passes == 2
    with pytest.raises(ValueError, match="Invalid parameter 'k'"):
        tm.set_params(k=3)


def test_topic_model_follows_the_scikit_learn_estimator_contract(model):
    """Issue 13: BaseEstimator (get_params, set_params, repr, clone) and scikit-learn's NotFittedError."""
    from sklearn import clone
    from sklearn.base import BaseEstimator, TransformerMixin
    from sklearn.exceptions import NotFittedError
    from sklearn.utils.validation import check_is_fitted

    import textlab.topics

    assert isinstance(model, BaseEstimator) and isinstance(model, TransformerMixin)
    assert textlab.topics.NotFittedError is NotFittedError
    with pytest.raises(NotFittedError, match="not fitted"):
        TopicModel().transform([["农业", "农村"]])
    with pytest.raises(NotFittedError):
        check_is_fitted(TopicModel())
    check_is_fitted(model)
    copy = clone(model)
    assert copy.get_params() == model.get_params() and not hasattr(copy, "components_")
    assert repr(TopicModel()) == "TopicModel()"
    assert repr(TopicModel(n_topics=4, passes=3)) == "TopicModel(n_topics=4, passes=3)"


def test_fit_returns_self_and_learns_attributes(model, tokens):
    assert model.components_.shape == (4, len(model.feature_names_))
    assert model.exp_elog_beta_.shape == model.components_.shape
    assert model.alpha_.shape == (4,) and model.eta_.shape == (len(model.feature_names_),)
    # texts shorter than min_tokens do not train the topics, and are counted
    n_short = sum(len(t) < model.min_tokens for t in tokens)
    assert 0 < n_short < len(tokens) // 2
    assert model.n_short_texts_ == n_short and model.n_documents_ == len(tokens) - n_short
    assert [model.vocabulary_[t] for t in model.feature_names_] == list(range(len(model.feature_names_)))
    # vocabulary sorted by document frequency, then token; limits respected
    dfs = model.document_frequencies_
    assert np.all(np.diff(dfs) <= 0)
    assert model.no_above is None and model.no_above_ == 0.1 and model.no_below_ == 3  # 304 training texts
    assert dfs.min() >= 3 and dfs.max() <= model.no_above_ * model.n_documents_
    assert np.allclose(model.topic_word_.sum(axis=1), 1.0)


def test_transform_rows_sum_to_one_and_are_deterministic(model, tokens):
    theta = model.transform(tokens)
    assert theta.shape == (len(tokens), 4)
    assert np.all(theta >= 0) and np.allclose(theta.sum(axis=1), 1.0)
    np.testing.assert_allclose(theta, model.transform(tokens), rtol=1e-9, atol=1e-12)
    # a text's shares do not depend on the other texts in the call
    single = np.vstack([model.transform([t]) for t in tokens[:40]])
    np.testing.assert_allclose(single, theta[:40], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(model.transform(tokens[::-1])[::-1], theta, rtol=1e-9, atol=1e-12)


def test_raw_strings_and_their_tokens_give_the_same_shares(model, paras, tokens):
    np.testing.assert_allclose(model.transform(paras[:50]), model.transform(tokens[:50]), rtol=1e-9, atol=1e-12)


def test_fit_transform_equals_fit_then_transform(paras):
    a = TopicModel(**SMALL).fit_transform(paras)
    b = TopicModel(**SMALL).fit(paras).transform(paras)
    np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-12)


def test_texts_without_known_tokens_get_the_prior(model):
    prior = model.alpha_ / model.alpha_.sum()
    assert np.allclose(model.transform([[], ["没有这个词"]]), prior[np.newaxis, :])
    assert np.allclose(model.transform(["", "。。"]), prior[np.newaxis, :])


def test_fit_twice_gives_the_same_model(tokens):
    a = TopicModel(**SMALL).fit(tokens)
    b = TopicModel(**SMALL).fit(tokens)
    np.testing.assert_allclose(a.components_, b.components_, rtol=1e-9, atol=1e-12)
    assert a.topics(10) == b.topics(10)
    np.testing.assert_allclose(a.transform(tokens), b.transform(tokens), rtol=1e-9, atol=1e-12)
    c = TopicModel(**{**SMALL, "random_state": 1}).fit(tokens)
    assert not np.allclose(a.components_, c.components_)


_FRESH_PROCESS = """
import hashlib, sys, numpy as np
from pathlib import Path
from textlab.cleaning import clean
from textlab.outline import paragraphs
from textlab.topics import TopicModel
paths = [Path(p) for p in sys.argv[1:]]
paras = [p for path in paths for p in paragraphs(clean(path.read_text(encoding="utf-8")))]
tm = TopicModel(n_topics=4, passes=3, iterations=50, no_below=3, random_state=0).fit(paras)
h = hashlib.sha256()
h.update(np.ascontiguousarray(tm.components_).tobytes())
h.update(np.ascontiguousarray(tm.transform(tm.tokenize(paras))).tobytes())
h.update("\\n".join(tm.feature_names_).encode("utf-8"))
print(h.hexdigest())
"""


def test_fresh_processes_with_other_hash_seeds_give_identical_model(paras):
    in_process = TopicModel(**SMALL).fit(paras)
    expected = _digest(in_process, in_process.tokenize(paras))
    procs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        procs.append(subprocess.Popen(
            [sys.executable, "-c", _FRESH_PROCESS, *map(str, SOURCES)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, cwd=ROOT,
        ))
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert out.strip() == expected


# --------------------------------------------------------------------------- token lists (issue 13, point 4)


class _NoSegmenter:
    """A segmenter that fails if it is ever asked to segment."""

    config_hash = "none"

    def tokenize(self, text):
        raise AssertionError("token lists must not be segmented again")

    tokenize_many = tokenize


def test_token_lists_are_taken_as_given_never_cleaned_or_segmented(tokens):
    tm = TopicModel(**SMALL, segmenter=_NoSegmenter()).fit(tokens)
    reference = TopicModel(**SMALL).fit(tokens)
    np.testing.assert_allclose(tm.components_, reference.components_, rtol=1e-6)
    np.testing.assert_allclose(tm.transform(tokens[:30]), reference.transform(tokens[:30]), rtol=1e-9, atol=1e-12)
    assert tm.tokenize(tokens[:3]) == tokens[:3] and tm.tokenize(tokens[:3])[0] is not tokens[0]
    # tokens are not normalised: a full-width variant is another token
    assert tm.tokenize([["ＧＤＰ", "增长"]]) == [["ＧＤＰ", "增长"]]


def test_token_lists_from_a_table_column_or_parquet_are_accepted(model, tokens):
    """A unit table's tokens column comes back from Arrow/Parquet as arrays of str: 0.1.0 refused them."""
    import pandas as pd

    expected = model.transform(tokens[:20])
    as_arrays = [np.array(t, dtype=object) for t in tokens[:20]]
    np.testing.assert_allclose(model.transform(as_arrays), expected, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(model.transform(pd.Series(as_arrays)), expected, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(model.transform([tuple(t) for t in tokens[:20]]), expected, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(model.transform([np.array(t, dtype=str) for t in tokens[:20]]), expected, rtol=1e-9, atol=1e-12)
    units = pd.DataFrame({"document": ["a"] * 20, "tokens": tokens[:20]})
    np.testing.assert_allclose(model.transform(units["tokens"]), expected, rtol=1e-9, atol=1e-12)
    # the table itself iterates over its column names: refused with the way out, not read as two texts
    with pytest.raises(TypeError, match=r"not a DataFrame; pass units\['tokens'\]"):
        model.transform(units)


# --------------------------------------------------------------------------- reading the topics


def test_topics_and_labels(model):
    topics = model.topics(8)
    assert len(topics) == 4 and all(len(t) == 8 for t in topics)
    for topic in topics:
        weights = [w for _, w in topic]
        assert weights == sorted(weights, reverse=True) and 0 < weights[-1] <= weights[0] < 1
        assert all(word in model.vocabulary_ for word, _ in topic)
    labels = model.topic_labels()
    assert len(set(labels)) == 4
    assert all(len(label.split("·")) == 3 for label in labels)
    specific = model.topic_words(10, relevance=0.6)
    assert specific != model.topic_words(10)
    with pytest.raises(ValueError):
        model.topics(0)


def test_plots_return_figures(model):
    from matplotlib.figure import Figure

    from textlab.corpus import load_corpus

    from .seeds import PROVINCIAL

    fig = model.plot_topics(top_n=6)
    assert isinstance(fig, Figure) and len([ax for ax in fig.axes if ax.has_data()]) == 4
    frame = model.doc_topic_frame(load_corpus(PROVINCIAL)[:5])
    assert isinstance(model.plot_doc_topics(frame), Figure)
    assert isinstance(model.plot_prevalence(frame, by="region", kind="area"), Figure)


# --------------------------------------------------------------------------- bad input


def test_bad_input_gets_clear_errors(model, tokens):
    from textlab.topics import NotFittedError

    with pytest.raises(NotFittedError, match="not fitted"):
        TopicModel().transform(["文本"])
    with pytest.raises(TypeError, match="not a single str"):
        model.transform("一段文字")
    with pytest.raises(TypeError, match="mixes raw strings and token lists"):
        model.transform(["一段文字", ["一段", "文字"]])
    with pytest.raises(TypeError, match=r"texts\[1\] is a int"):
        model.transform(["一段文字", 3])
    with pytest.raises(TypeError, match=r"texts\[0\] is a list"):
        model.transform([["一段", 3]])
    with pytest.raises(ValueError, match="n_topics must be a positive int"):
        TopicModel(0).fit(tokens)
    with pytest.raises(ValueError, match="alpha must be one of"):
        TopicModel(alpha="flat").fit(tokens)
    with pytest.raises(ValueError, match="no_above"):
        TopicModel(no_above=0).fit(tokens)
    with pytest.raises(ValueError, match="vocabulary is empty"):
        TopicModel(no_below=10_000).fit(tokens)
    with pytest.raises(ValueError, match="at least one text"):
        TopicModel().fit([])


# --------------------------------------------------------------------------- any corpus size (issue 12, point 4)


def test_readme_tour_fits_a_topic_model_on_one_document():
    """The README line: 11 paragraphs of one seed (7 with >= 5 tokens); 0.1.0 had an empty vocabulary."""
    import textlab as tl

    paras = tour_paragraphs()
    tm = tl.TopicModel(n_topics=8, random_state=0).fit(paras)
    assert (tm.no_below_, tm.no_above_) == (2, 1.0) and tm.n_documents_ == 7
    assert len(tm.feature_names_) >= 8 and tm.document_frequencies_.min() >= 2
    words = tm.topic_words(10)
    assert len(words) == 8 and all(len(w) == 10 for w in words)
    assert "社区" in {w for topic in words for w in topic}  # the seed is about community party building
    theta = tm.transform(paras)
    np.testing.assert_allclose(theta.sum(axis=1), 1.0, rtol=1e-9)
    assert tm.get_params()["no_below"] is None and tm.get_params()["no_above"] is None  # stored as given


def test_cli_topics_on_the_party_building_seeds(capsys):
    from textlab.cli import main

    assert main(["topics", str(ROOT / "seeds" / "party_building"), "-k", "5"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("topic ")]
    assert [line.split(" ")[1] for line in lines] == ["0", "1", "2", "3", "4"]
    assert all(len(line.split("]: ")[1].split()) == 10 for line in lines)


# --------------------------------------------------------------------------- the shipped model


def test_shipped_model_loads_without_training():
    tm = load_topic_model()
    manifest = json.loads((ROOT / "models" / "topics_reports" / "manifest.json").read_text(encoding="utf-8"))
    assert tm.components_.shape[0] == manifest["n_topics"]
    texts = ["办好人民满意的教育，发展职业教育。", "加强国防和军队建设。", "稳定和扩大就业，提高居民收入。"]
    theta = tm.transform(texts)
    assert np.allclose(theta.sum(axis=1), 1.0)
    labels = [tm.topic_labels()[k] for k in theta.argmax(axis=1)]
    assert "教育" in labels[0] and "国防" in labels[1] and "就业" in labels[2]
    assert theta.max(axis=1).min() > 0.5
    assert (ROOT / "models" / "topics_reports" / "MODEL_CARD.md").is_file()


def test_shipped_model_parameters_are_pinned_in_its_training_code():
    """A retrain builds the shipped model's constructor exactly (not the adaptive defaults)."""
    from textlab.training import topic_training as script
    manifest = json.loads((ROOT / "models" / "topics_reports" / "manifest.json").read_text(encoding="utf-8"))
    retrain = TopicModel(n_topics=manifest["n_topics"], random_state=script.RANDOM_STATE, **script.PARAMS)
    params = {k: v for k, v in retrain.get_params().items() if k != "segmenter"}
    assert params == manifest["params"]
    shipped = load_topic_model()
    assert shipped.no_below_ == 5 and shipped.no_above_ == 0.1
    training = json.loads((ROOT / "models" / "topics_reports" / "training.json").read_text(encoding="utf-8"))
    assert shipped.topic_words(10) == [[w for w, _ in topic] for topic in training["topics"]]


def test_missing_shipped_model_folder_says_how_to_get_one(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"no shipped topic model here \(manifest.json missing\)"):
        load_topic_model(tmp_path)
