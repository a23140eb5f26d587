"""Tests for textlab.topics on real report paragraphs from seeds/ (small K, few passes)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from textlab.cleaning import clean
from textlab.corpus import load_corpus
from textlab.outline import paragraphs
from textlab.topics import (
    FORMAT_VERSION,
    MIN_TRAINING_TEXTS,
    CorpusTooSmallError,
    ModelFormatError,
    NotFittedError,
    TopicModel,
    choose_k,
    document_npmi,
    load_topic_model,
    plot_sweep,
    sweep_k,
    topic_diversity,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data" / "topics"
PROVINCIAL = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025"
SOURCES = [
    PROVINCIAL / "2025_浙江省_政府工作报告.txt",
    PROVINCIAL / "2025_甘肃省_政府工作报告.txt",
    PROVINCIAL / "2025_海南省_政府工作报告.txt",
    ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource" / "2019_国务院_政府工作报告.txt",
]
SMALL = dict(n_topics=4, passes=3, iterations=50, no_below=3, random_state=0)


def _paragraphs(paths) -> list[str]:
    return [p for path in paths for p in paragraphs(clean(path.read_text(encoding="utf-8")))]


@pytest.fixture(scope="module")
def paras() -> list[str]:
    return _paragraphs(SOURCES)


@pytest.fixture(scope="module")
def tokens(paras) -> list[list[str]]:
    return TopicModel().tokenize(paras)


@pytest.fixture(scope="module")
def model(tokens) -> TopicModel:
    return TopicModel(**SMALL).fit(tokens)


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
    with pytest.raises(ValueError, match="no parameter 'k'"):
        tm.set_params(k=3)


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
    assert np.array_equal(theta, model.transform(tokens))
    # a text's shares do not depend on the other texts in the call
    single = np.vstack([model.transform([t]) for t in tokens[:40]])
    assert np.array_equal(single, theta[:40])
    assert np.array_equal(model.transform(tokens[::-1])[::-1], theta)


def test_raw_strings_and_their_tokens_give_the_same_shares(model, paras, tokens):
    assert np.array_equal(model.transform(paras[:50]), model.transform(tokens[:50]))


def test_transform_agrees_with_gensim_inference(model, tokens):
    lda = model.to_gensim()
    bow = model._gensim_corpus(model._bow_matrix(tokens[:200]))
    ours = model.transform(tokens[:200])
    theirs = np.array([[p for _, p in lda.get_document_topics(b, minimum_probability=0.0)] for b in bow])
    assert np.abs(ours - theirs).max() < 0.02


def test_texts_without_known_tokens_get_the_prior(model):
    prior = model.alpha_ / model.alpha_.sum()
    assert np.allclose(model.transform([[], ["没有这个词"]]), prior[np.newaxis, :])
    assert np.allclose(model.transform(["", "。。"]), prior[np.newaxis, :])


def test_fit_twice_gives_identical_model(tokens):
    a = TopicModel(**SMALL).fit(tokens)
    b = TopicModel(**SMALL).fit(tokens)
    assert np.array_equal(a.components_, b.components_)
    assert a.topics(10) == b.topics(10)
    assert np.array_equal(a.transform(tokens), b.transform(tokens))
    c = TopicModel(**{**SMALL, "random_state": 1}).fit(tokens)
    assert not np.array_equal(a.components_, c.components_)


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


# --------------------------------------------------------------------------- topics and quality


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


def test_diversity_counts_distinct_top_words(model):
    words = model.topic_words(25)
    assert model.diversity(25) == len({w for t in words for w in t}) / (4 * 25)
    assert topic_diversity([["a", "b"], ["a", "c"]]) == 0.75


def test_coherence_measures(model, tokens):
    scores = model.coherence(tokens)
    assert set(scores) == {"c_v", "c_npmi", "u_mass"}
    assert 0 <= scores["c_v"] <= 1 and -1 <= scores["c_npmi"] <= 1 and scores["u_mass"] <= 0
    with pytest.raises(ValueError, match="unknown coherence"):
        model.coherence(tokens, measures=("c_xyz",))


def test_document_npmi_prefers_the_model_topics_over_random_words(model, tokens):
    assert document_npmi([["农业", "农村"], ["农业", "教育"]], [["农业", "农村"], ["教育"]] * 2) == [1.0, -1.0]
    # held-out paragraphs of another report
    held = TopicModel().tokenize(_paragraphs([PROVINCIAL / "2025_四川省_政府工作报告.txt"]))
    ours = model.npmi(held)
    rng = np.random.RandomState(0)
    vocab = np.array(model.feature_names_[:300])
    random_topics = [list(rng.choice(vocab, 10, replace=False)) for _ in range(4)]
    assert ours > np.mean(document_npmi(random_topics, held)) + 0.05


# --------------------------------------------------------------------------- tables and plots


@pytest.fixture(scope="module")
def provincial():
    return load_corpus(PROVINCIAL)[:5]


def test_doc_topic_frame_joins_metadata(model, provincial):
    frame = model.doc_topic_frame(provincial)
    labels = model.topic_labels()
    assert list(frame["id"]) == provincial.ids
    assert list(frame["region"]) == [d.meta["region"] for d in provincial]
    assert np.allclose(frame[labels].sum(axis=1), 1.0)
    assert set(frame["dominant_topic"]) <= set(labels)
    per_para = model.doc_topic_frame(provincial, unit="paragraph")
    assert len(per_para) == sum(len(paragraphs(clean(d.text))) for d in provincial)
    assert per_para.groupby("id")["paragraph"].max().tolist() == [
        len(paragraphs(clean(d.text))) - 1 for d in provincial
    ]


def test_doc_topic_frame_with_plain_texts_and_meta(model, paras):
    frame = model.doc_topic_frame(paras[:6], meta=[{"year": 2024 + i % 2} for i in range(6)])
    assert list(frame["year"]) == [2024, 2025] * 3
    with pytest.raises(ValueError, match="meta has 2 rows for 6 texts"):
        model.doc_topic_frame(paras[:6], meta=[{"year": 1}, {"year": 2}])


def test_prevalence_by_metadata(model, provincial):
    frame = model.doc_topic_frame(provincial, unit="paragraph")
    table = model.prevalence(frame, by="region")
    assert list(table.index) == sorted(d.meta["region"] for d in provincial)
    assert list(table.columns) == model.topic_labels()
    assert np.allclose(table.sum(axis=1), 1.0)
    first = frame[frame["region"] == table.index[0]]
    assert np.allclose(table.iloc[0].to_numpy(), first[model.topic_labels()].mean().to_numpy())
    weighted = model.prevalence(frame.assign(w=1.0), by="region", weight="w")
    assert np.allclose(weighted.to_numpy(), table.to_numpy())
    with pytest.raises(ValueError, match="not in the frame"):
        model.prevalence(frame, by="congress")


def test_plots_return_figures(model, provincial):
    from matplotlib.figure import Figure

    fig = model.plot_topics(top_n=6)
    assert isinstance(fig, Figure) and len([ax for ax in fig.axes if ax.has_data()]) == 4
    frame = model.doc_topic_frame(provincial)
    assert isinstance(model.plot_doc_topics(frame), Figure)
    assert isinstance(model.plot_prevalence(frame, by="region", kind="area"), Figure)


def test_sweep_k_table_choice_and_plot(tokens):
    table, models = sweep_k(tokens[:300], ks=(3, 5), measures=("c_npmi", "u_mass"), heldout=tokens[300:],
                            passes=2, iterations=30, no_below=3, return_models=True)
    assert list(table["k"]) == [3, 5]
    assert {"c_npmi", "u_mass", "npmi_heldout", "diversity", "fit_seconds"} <= set(table.columns)
    assert models[5].components_.shape[0] == 5
    assert table.loc[table["k"] == 5, "diversity"].item() == models[5].diversity(25)
    assert choose_k(table, metric="c_npmi", min_diversity=None) in (3, 5)
    assert plot_sweep(table, chosen_k=5).axes


# --------------------------------------------------------------------------- save / load


def test_save_load_round_trip_is_exact(model, tokens, tmp_path):
    directory = model.save(tmp_path / "tm")
    assert sorted(p.name for p in directory.iterdir()) == ["arrays.npz", "manifest.json", "vocabulary.json"]
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "textlab.topics.TopicModel" and manifest["format_version"] == FORMAT_VERSION
    assert manifest["textlab_version"] and manifest["created"]
    assert set(manifest["files"]) == {"arrays.npz", "vocabulary.json"}
    assert manifest["params"]["n_topics"] == 4 and "segmenter" not in manifest["params"]
    with np.load(directory / "arrays.npz", allow_pickle=False) as npz:
        assert sorted(npz.files) == ["alpha", "components", "eta", "exp_elog_beta"]
    loaded = TopicModel.load(directory)
    assert loaded.get_params() == {**model.get_params()}
    assert loaded.feature_names_ == model.feature_names_
    assert np.array_equal(loaded.components_, model.components_)
    assert np.array_equal(loaded.transform(tokens), model.transform(tokens))
    assert loaded.topic_labels() == model.topic_labels()


def test_load_rejects_changed_files_and_newer_formats(model, tmp_path):
    directory = model.save(tmp_path / "tm")
    bad = tmp_path / "tampered"
    shutil.copytree(directory, bad)
    vocab = bad / "vocabulary.json"
    vocab.write_text(vocab.read_text(encoding="utf-8").replace("\"n_documents\"", "\"n_documents\" "), encoding="utf-8")
    with pytest.raises(ValueError, match=r"vocabulary\.json: SHA-256"):
        TopicModel.load(bad)

    newer = tmp_path / "newer"
    shutil.copytree(directory, newer)
    manifest = json.loads((newer / "manifest.json").read_text(encoding="utf-8"))
    manifest["format_version"] = FORMAT_VERSION + 1
    (newer / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ValueError, match=rf"format version {FORMAT_VERSION + 1} .*up to version {FORMAT_VERSION}\)"):
        TopicModel.load(newer)

    manifest["format_version"], manifest["format"] = FORMAT_VERSION, "gensim.LdaModel"
    (newer / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ValueError, match="format 'gensim.LdaModel'"):
        TopicModel.load(newer)

    (directory / "arrays.npz").unlink()
    with pytest.raises(ModelFormatError, match="arrays.npz"):
        TopicModel.load(directory)
    with pytest.raises(FileNotFoundError, match="manifest.json"):
        TopicModel.load(tmp_path)


def test_saved_fixture_from_an_earlier_release_still_loads():
    expected = json.loads((DATA / "expected_v1.json").read_text(encoding="utf-8"))
    tm = TopicModel.load(DATA / "model_v1")
    assert tm.topic_words(10) == expected["topic_words"]
    # written on another machine: inference from stored arrays needs no BLAS and differs across
    # CPUs by float64 rounding only (see tests/test_compat.py); rtol 1e-6 is far above that
    np.testing.assert_allclose(tm.transform(expected["probe_tokens"]), expected["probe_transform"], rtol=1e-6, atol=1e-9)
    assert sum(p.stat().st_size for p in DATA.rglob("*") if p.is_file()) < 200_000


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


# --------------------------------------------------------------------------- bad input


def test_bad_input_gets_clear_errors(model, tokens):
    with pytest.raises(NotFittedError, match="not fitted"):
        TopicModel().transform(["文本"])
    with pytest.raises(TypeError, match="not a single str"):
        model.transform("一段文字")
    with pytest.raises(TypeError, match="mixes raw strings and token lists"):
        model.transform(["一段文字", ["一段", "文字"]])
    with pytest.raises(TypeError, match=r"texts\[1\] is a int"):
        model.transform(["一段文字", 3])
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


def _tour_paragraphs() -> list[str]:
    import textlab as tl

    text = tl.clean((ROOT / "seeds" / "party_building" / "001_efe964ced9bb2b3e.txt").read_text(encoding="utf-8"))
    return tl.paragraphs(text)


def test_readme_tour_fits_a_topic_model_on_one_document():
    """The README line: 11 paragraphs of one seed (7 with >= 5 tokens); 0.1.0 had an empty vocabulary."""
    import textlab as tl

    paras = _tour_paragraphs()
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


def test_default_limits_adapt_and_explicit_values_are_kept(tokens):
    from textlab.topics import default_df_limits

    assert default_df_limits(7) == (2, 1.0)
    assert default_df_limits(51) == (2, 20 / 51)
    assert default_df_limits(304) == (3, 0.1)
    assert default_df_limits(8154) == (5, 0.1)  # the shipped model's training paragraphs
    explicit = TopicModel(n_topics=4, passes=1, iterations=20, no_below=7, no_above=0.05).fit(tokens)
    assert (explicit.no_below_, explicit.no_above_) == (7, 0.05)
    assert explicit.document_frequencies_.min() >= 7
    assert explicit.document_frequencies_.max() <= 0.05 * explicit.n_documents_


def test_a_corpus_too_small_gets_a_clear_error():
    with pytest.raises(CorpusTooSmallError, match=r"too small .* at least 2 are needed; pass more texts"):
        TopicModel().fit(["加强党的建设，推进全面从严治党，建设坚强有力的基层党组织。"])
    assert issubclass(CorpusTooSmallError, ValueError) and MIN_TRAINING_TEXTS == 2
    with pytest.raises(CorpusTooSmallError, match=r"fewer than n_topics=200: the corpus is too small for 200 topics"):
        TopicModel(n_topics=200).fit(_tour_paragraphs())


def test_shipped_model_parameters_are_pinned_in_its_training_script():
    """A retrain builds the shipped model's constructor exactly (not the adaptive defaults)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_topic_model", ROOT / "scripts" / "train_topic_model.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    manifest = json.loads((ROOT / "models" / "topics_reports" / "manifest.json").read_text(encoding="utf-8"))
    retrain = TopicModel(n_topics=manifest["n_topics"], random_state=script.RANDOM_STATE, **script.PARAMS)
    params = {k: v for k, v in retrain.get_params().items() if k != "segmenter"}
    assert params == manifest["params"]
    shipped = load_topic_model()
    assert shipped.no_below_ == 5 and shipped.no_above_ == 0.1
    training = json.loads((ROOT / "models" / "topics_reports" / "training.json").read_text(encoding="utf-8"))
    assert shipped.topic_words(10) == [[w for w, _ in topic] for topic in training["topics"]]
