"""Determinism across processes: same inputs and random_state -> the same results.

Two fresh Python processes with different ``PYTHONHASHSEED`` (0 and 12345, so string hashing,
set and dict-of-set orders differ) each compute, on seed text:

* topics: a ``TopicModel(n_topics=4, random_state=0)`` fitted on the paragraphs of the five
  party-building seeds and two 2025 provincial reports: its ``topics()`` and ``transform()``;
* predictions: a small ``ParagraphClassifier`` fitted on hand-written sentences, its labels and
  probabilities on the paragraphs of a seed, and the shipped model's, when ``models/classifier``
  exists;
* keywords: ``keywords`` with corpus and report IDF, ``Segmenter.cut``/``tokenize`` and the
  vocabulary order of ``TfidfVectorizer``.

Both print their results as JSON (floats in full ``repr`` precision). Everything that is not a
float (labels, words, tokens, vocabularies, counts) must be equal; floats (probabilities, topic
shares and weights, TF-IDF weights, all in [0, 1]) within ``FLOAT_ATOL`` = 1e-6.

Why 1e-6 is safe, and still strict: both children run the same interpreter, libraries and
OpenBLAS kernel with the same thread count on the same machine, so the same operations run in
the same order and the outputs have in fact been bit-identical (measured). The tolerance only
keeps the test from hanging on the last printed digit. It is far below what an order leak does:
switching the whole BLAS kernel (``OPENBLAS_CORETYPE=Sandybridge`` instead of Haswell), which
changes the rounding of every dot product much as a hash-dependent feature or term order would,
moved the small classifier's probabilities by 2.4e-4 (240 times the tolerance); Prescott moved
the topic shares and scores by only 1.4e-9, but a hash-dependent vocabulary shows in the words,
which are compared exactly. Across machines (another CPU or kernel) the looser checks of
``textlab.training.reproduction`` apply instead (tests/training/test_reproduction.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from small_data import SMALL_TRAINING_SET  # tests/small_data.py

ROOT = Path(__file__).resolve().parents[1]
HASH_SEEDS = ("0", "12345")
FLOAT_ATOL = 1e-6  # see the module docstring

CHILD = r'''
import json, sys
from pathlib import Path

import numpy as np

import textlab as tl
from textlab.classify import ParagraphClassifier
from textlab.locations import model_path
from textlab.features import TfidfVectorizer, keywords
from textlab.segmentation import Segmenter

root = Path(sys.argv[1])
party = sorted((root / "seeds" / "party_building").glob("*.txt"))
provinces = [root / "seeds" / "gov_reports" / "provincial_gwr_2025" / f"2025_{name}_政府工作报告.txt"
             for name in ("北京市", "云南省")]
docs = [tl.clean(p.read_text(encoding="utf-8")) for p in party + provinces]
paras = [p for d in docs for p in tl.paragraphs(d) if len(p) >= 20]
out = {"n_paragraphs": len(paras)}

def floats(a):
    return [[float(x) for x in row] for row in np.asarray(a)]

# topics -------------------------------------------------------------------------------------
try:
    from textlab.topics import TopicModel
except ImportError:
    out["topics"] = None
else:
    tm = TopicModel(n_topics=4, random_state=0, passes=3, no_below=2, keep_n=2000).fit(paras)
    out["topics"] = [[[w, float(s)] for w, s in topic] for topic in tm.topics(top_n=8)]
    out["theta"] = floats(tm.transform(paras[:10]))

# predictions --------------------------------------------------------------------------------
train = json.loads(sys.argv[2])
texts, labels = [t for t, _ in train], [l for _, l in train]
clf = ParagraphClassifier(min_df=1, max_features=3000).fit(texts, labels)
probe = paras[:40]
out["small_labels"] = clf.predict(probe)
out["small_proba"] = floats(clf.predict_proba(probe))
if (model_path("classifier") / "manifest.json").exists():
    try:
        shipped = tl.load_classifier()
        out["shipped_labels"] = shipped.predict(probe)
        out["shipped_proba"] = floats(shipped.predict_proba(probe))
        table = shipped.classify_document(docs[0], level="sentence")
        out["shipped_document"] = table["label"].tolist()
    except Exception as error:  # reported by the test, without hiding the other results
        out["shipped_error"] = f"{type(error).__name__}: {error}"

# keywords, tokens, vocabulary ---------------------------------------------------------------
out["keywords_corpus"] = keywords(docs, top_k=10)
out["keywords_reports"] = keywords(docs[0], top_k=10, idf="reports")
seg = Segmenter()
out["cut"] = seg.cut(docs[2][:3000])
out["tokenize"] = seg.tokenize(docs[2][:3000])
vec = TfidfVectorizer(min_len=2, max_features=300).fit(docs)
out["tfidf_features"] = vec.get_feature_names_out().tolist()
out["tfidf_row"] = floats(vec.transform(docs[:1]).toarray())

json.dump(out, sys.stdout, sort_keys=True)
'''

TRAIN = SMALL_TRAINING_SET


@pytest.fixture(scope="module")
def runs() -> dict[str, str]:
    """JSON output of the child script, one fresh process per PYTHONHASHSEED, run in parallel."""
    procs = {}
    for seed in HASH_SEEDS:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg")
        procs[seed] = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(ROOT), json.dumps(TRAIN, ensure_ascii=False)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
    outputs = {}
    for seed, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"child with PYTHONHASHSEED={seed} failed:\n{stderr[-3000:]}"
        outputs[seed] = stdout
    return outputs


def _results(runs: dict[str, str]) -> list[dict]:
    return [json.loads(runs[seed]) for seed in HASH_SEEDS]


def _differences(a, b, path: str = "") -> list[str]:
    """Where two JSON values differ: floats by more than FLOAT_ATOL, anything else at all."""
    if isinstance(a, dict) and isinstance(b, dict):
        return ([f"{path}: keys {sorted(a.keys() ^ b.keys())}"] if a.keys() != b.keys() else []) + [
            d for k in sorted(a.keys() & b.keys()) for d in _differences(a[k], b[k], f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} vs {len(b)} items"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _differences(x, y, f"{path}[{i}]")]
    if isinstance(a, float) and isinstance(b, float):
        return [] if abs(a - b) <= FLOAT_ATOL else [f"{path}: {a!r} vs {b!r}"]
    return [] if (type(a), a) == (type(b), b) else [f"{path}: {a!r} vs {b!r}"]


def test_the_comparison_is_strict():
    out = {"labels": ["measure", "other"], "proba": [[0.25, 0.75]], "topics": [[["发展", 0.5]]]}
    assert _differences(out, json.loads(json.dumps(out))) == []
    assert _differences(out, {**out, "proba": [[0.25 + 5e-7, 0.75]]}) == []
    assert _differences(out, {**out, "proba": [[0.25 + 2e-6, 0.75]]}) == [".proba[0][0]: 0.25 vs 0.250002"]
    assert _differences(out, {**out, "labels": ["measure", "problem"]}) == [".labels[1]: 'other' vs 'problem'"]
    assert _differences(out, {**out, "topics": [[["建设", 0.5]]]}) == [".topics[0][0][0]: '发展' vs '建设'"]


def test_outputs_agree_across_hash_seeds(runs):
    a, b = _results(runs)
    differing = _differences(a, b)
    assert not differing, f"outputs differ between PYTHONHASHSEED={HASH_SEEDS}: {differing[:10]}"


def test_topics_agree_and_are_meaningful(runs):
    a, b = _results(runs)
    if a["topics"] is None:
        pytest.skip("textlab.topics is not available yet")
    assert _differences(a["topics"], b["topics"]) == [] and _differences(a["theta"], b["theta"]) == []
    assert len(a["topics"]) == 4 and all(len(topic) == 8 for topic in a["topics"])
    assert len({w for topic in a["topics"] for w, _ in topic}) > 8  # not one topic repeated
    for row in a["theta"]:
        assert abs(sum(row) - 1.0) < 1e-6


def test_predictions_agree_and_are_valid(runs):
    a, b = _results(runs)
    for key in ("small_labels", "small_proba", "shipped_labels", "shipped_proba", "shipped_document", "shipped_error"):
        assert _differences(a.get(key), b.get(key)) == [], key
    assert len(a["small_labels"]) == 40
    assert set(a["small_labels"]) <= {"achievement", "problem", "measure", "other"}
    assert len(set(a["small_labels"])) >= 2  # the probe paragraphs are not all one label
    assert "shipped_error" not in a, f"the shipped model fails: {a['shipped_error']}"


def test_keywords_tokens_and_vocabulary_agree(runs):
    a, b = _results(runs)
    for key in ("keywords_corpus", "keywords_reports", "cut", "tokenize", "tfidf_features", "tfidf_row"):
        assert _differences(a[key], b[key]) == [], key
    assert len(a["keywords_corpus"]) == 7  # five seeds and two reports
    assert all(len(kw) == 10 for kw in a["keywords_corpus"])
    assert len(a["tfidf_features"]) == 300
