"""Tests for textlab.topics.storage: the saved model folder, through textlab.persistence.

(Every way of tampering with a model folder is tested once for both models in tests/test_persistence.py.)
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from textlab.persistence import ModelFormatError
from textlab.topics import FORMAT_VERSION, NotFittedError, TopicModel

from .seeds import DATA


def test_save_load_round_trip_keeps_the_model(model, tokens, tmp_path):
    directory = model.save(tmp_path / "tm")
    assert sorted(p.name for p in directory.iterdir()) == ["arrays.npz", "manifest.json", "vocabulary.json"]
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "textlab.topics.TopicModel" and manifest["format_version"] == FORMAT_VERSION
    assert manifest["textlab_version"] and manifest["created"]
    assert set(manifest["files"]) == {"arrays.npz", "vocabulary.json"}
    assert manifest["params"]["n_topics"] == 4 and "segmenter" not in manifest["params"]
    assert manifest["df_limits"] == {"no_below": 3, "no_above": pytest.approx(0.1, rel=1e-12)}
    with np.load(directory / "arrays.npz", allow_pickle=False) as npz:
        assert sorted(npz.files) == ["alpha", "components", "eta", "exp_elog_beta"]
    loaded = TopicModel.load(directory)
    assert loaded.get_params() == {k: pytest.approx(v, rel=1e-12) if isinstance(v, float) else v for k, v in model.get_params().items()}
    assert loaded.feature_names_ == model.feature_names_
    # float32 arrays written and read back; inference recomputed from them: a tolerance far below
    # any real change (a changed topic moves components by whole counts, mixtures by > 1e-3)
    np.testing.assert_allclose(loaded.components_, model.components_, rtol=1e-6, atol=0)
    np.testing.assert_allclose(loaded.transform(tokens), model.transform(tokens), rtol=1e-7, atol=1e-9)
    assert loaded.topic_labels() == model.topic_labels()
    assert (loaded.no_below_, loaded.no_above_) == (3, pytest.approx(0.1, rel=1e-12))


def test_an_unfitted_model_is_not_saved(tmp_path):
    with pytest.raises(NotFittedError, match="not fitted"):
        TopicModel().save(tmp_path / "tm")
    assert not (tmp_path / "tm").exists()


def test_load_rejects_changed_files_and_newer_formats(model, tmp_path):
    directory = model.save(tmp_path / "tm")
    bad = tmp_path / "tampered"
    shutil.copytree(directory, bad)
    vocab = bad / "vocabulary.json"
    vocab.write_text(vocab.read_text(encoding="utf-8").replace("\"n_documents\"", "\"n_documents\" "), encoding="utf-8")
    with pytest.raises(ModelFormatError, match=r"vocabulary\.json: SHA-256"):
        TopicModel.load(bad)

    newer = tmp_path / "newer"
    shutil.copytree(directory, newer)
    manifest = json.loads((newer / "manifest.json").read_text(encoding="utf-8"))
    manifest["format_version"] = FORMAT_VERSION + 1
    (newer / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelFormatError, match=rf"format version {FORMAT_VERSION + 1} .*up to version {FORMAT_VERSION}\)"):
        TopicModel.load(newer)

    manifest["format_version"], manifest["format"] = FORMAT_VERSION, "gensim.LdaModel"
    (newer / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="format 'gensim.LdaModel'"):
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
