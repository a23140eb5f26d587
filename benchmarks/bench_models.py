"""Models on the report paragraphs (measured, not tuned here):

* classifier prediction speed: ``textlab.classify.load_classifier().predict(paragraphs)`` in a
  child process pinned to one core with one BLAS thread; baseline: a plain linear model on
  hashed character 1-3-grams (scikit-learn ``HashingVectorizer`` + ``SGDClassifier``, fitted on
  the shipped model's own labels) predicting the same paragraphs in the same child;
* whole documents: ``classify_units`` of the reports' unit table (context, frames, sequence layer),
  in sentences per second, against ``predict_proba`` of the same sentences alone;
* topic-model fit: ``TopicModel(n_topics=10).fit(token_lists)`` against plain gensim
  (``Dictionary`` + ``filter_extremes`` + ``doc2bow`` + ``LdaModel`` with the same parameters)
  on the same token lists -- skipped when ``benchmarks/bench_topics.py`` exists (it owns that);
* topic shares from token lists (issue 13: the main job hands the unit table's tokens to the
  shipped ``TopicModel``): ``transform(token_lists)`` against ``transform(paragraphs)`` (raw
  strings: clean + segment + count + infer, the segmenter warmed up), and the count alone
  (``textlab.topics.vocabulary.bow_matrix``) against 0.1.0's per-text ``Counter`` count, in the same run.

Paragraphs: ``textlab.paragraphs(textlab.clean(report))`` over seeds/gov_reports.

Run alone: ``python benchmarks/bench_models.py [--quick] [--classifier]`` (``--classifier``: the
two classifier rows only). The classifier rows note the load average when the child started and
ended: the figures mean little on a loaded machine (the ratio against the plain model, measured in
the same child, less so).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import ROOT, Row, median, report_texts  # noqa: E402

ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}


def report_paragraphs(limit: int | None = None) -> list[str]:
    import textlab as tl

    paragraphs = [p for text in report_texts() for p in tl.paragraphs(tl.clean(text))]
    return paragraphs[:limit] if limit else paragraphs


# --------------------------------------------------------------------------- classifier (child process)


def classifier_child(limit: int | None, repeat: int) -> dict:
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    import numpy as np
    import textlab as tl
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import SGDClassifier

    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    paragraphs = report_paragraphs(limit)
    clf = tl.load_classifier()
    clf.predict(paragraphs[:50])  # warm caches outside the timings
    model_times = []
    for _ in range(repeat):
        started = time.perf_counter()
        labels = clf.predict(paragraphs)
        model_times.append(time.perf_counter() - started)
    hasher = HashingVectorizer(analyzer="char", ngram_range=(1, 3), n_features=2**20, alternate_sign=False)
    plain = SGDClassifier(random_state=0).fit(hasher.transform(paragraphs), labels)
    plain_times = []
    for _ in range(repeat):
        started = time.perf_counter()
        plain.predict(hasher.transform(paragraphs))
        plain_times.append(time.perf_counter() - started)
    # whole documents: the unit tables of the reports (parsed once, outside the timing) labelled in
    # context with the sequence layer, against the same sentences through predict_proba (no context)
    table = tl.parse(report_texts()[: 8 if limit else None], tokens=False)
    sentences = table["text"].tolist()
    clf.classify_units(table.iloc[:200])
    doc_times, lone_times = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        clf.classify_units(table)
        doc_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        clf.predict_proba(sentences)
        lone_times.append(time.perf_counter() - started)
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"n": len(paragraphs), "model": model_times, "plain": plain_times, "load": [load_before, load_after],
            "n_sentences": len(sentences), "documents": doc_times, "lone": lone_times,
            "labels": {str(k): int(v) for k, v in zip(*np.unique(labels, return_counts=True))}}


def _classifier_rows(quick: bool) -> list[Row]:
    limit, repeat = (1500, 1) if quick else (None, 3)
    env = {**os.environ, **ONE_THREAD}
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_models", "--child", str(limit or 0), str(repeat)],
                         capture_output=True, text=True, cwd=ROOT, env=env)
    if out.returncode != 0:
        error = (out.stderr.strip().splitlines() or ["no output"])[-1][:160]
        return [Row("models", "classifier predict: FAILED", float("nan"), "para/s", note=error)]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    n = result["n"]
    rate, plain_rate = n / median(result["model"]), n / median(result["plain"])
    n_sent = result["n_sentences"]
    doc_rate, lone_rate = n_sent / median(result["documents"]), n_sent / median(result["lone"])
    load = "load average {:.2f} -> {:.2f}".format(*result.get("load", [float("nan")] * 2))
    return [
        Row("models", f"load_classifier().predict, {n:,} report paragraphs, 1 core", rate, "para/s",
            "plain char 1-3-gram hashing + linear model", plain_rate, rate / plain_rate, "value>=5000",
            f"issue 15 asks >= 5,000/s; {median(result['model']):.2f} s per pass; labels {result['labels']}; {load}"),
        Row("models", f"classify_units (context + sequence layer), {n_sent:,} report sentences, 1 core", doc_rate,
            "sent/s", "predict_proba of the same sentences alone", lone_rate, doc_rate / lone_rate, "value>=2000",
            f"issue 15 asks >= 2,000 sentences/s for whole documents; {median(result['documents']):.2f} s per pass; {load}"),
    ]


# --------------------------------------------------------------------------- topics


def _topic_rows(quick: bool) -> list[Row]:
    import numpy as np
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel

    from textlab.segmentation import Segmenter
    from textlab.topics import TopicModel

    paragraphs = report_paragraphs(2000 if quick else None)
    token_lists = Segmenter(min_len=2).tokenize_many(paragraphs)
    params = {"n_topics": 10, "passes": 2 if quick else 10, "iterations": 100, "chunksize": 2000, "random_state": 0}

    def ours() -> None:
        TopicModel(**params).fit(token_lists)

    def plain() -> None:
        dictionary = Dictionary(token_lists)
        dictionary.filter_extremes(no_below=5, no_above=0.5, keep_n=20000)
        corpus = [dictionary.doc2bow(tokens) for tokens in token_lists]
        LdaModel(corpus=corpus, id2word=dictionary, num_topics=10, passes=params["passes"], iterations=100,
                 chunksize=2000, alpha="symmetric", eval_every=None, random_state=0, dtype=np.float32)

    import logging

    logging.getLogger("gensim").setLevel(logging.WARNING)
    from benchmarks import interleaved

    times = interleaved({"ours": ours, "plain": plain}, 1 if quick else 3)
    started = time.perf_counter()
    TopicModel(**{**params, "passes": params["passes"]}).fit(paragraphs)
    raw = time.perf_counter() - started
    return [
        Row("models", f"TopicModel.fit, {len(token_lists):,} paragraphs (tokens given), {params['passes']} passes",
            median(times["ours"]), "s", "plain gensim Dictionary + LdaModel", median(times["plain"]),
            median(times["plain"]) / median(times["ours"]), "ratio>=1",
            f"from raw paragraphs (clean + tokenize + fit): {raw:.1f} s"),
    ]


def _counter_bow(token_lists: list[list[str]], vocabulary: dict[str, int]):
    """0.1.0's count (the baseline): a Counter and a sort per text, lists grown in Python."""
    from collections import Counter

    import numpy as np
    from scipy import sparse

    indptr, indices, data = [0], [], []
    for tokens in token_lists:
        counts = Counter(vocabulary[t] for t in tokens if t in vocabulary)
        for idx in sorted(counts):
            indices.append(idx)
            data.append(counts[idx])
        indptr.append(len(indices))
    return sparse.csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                              np.asarray(indptr, dtype=np.int64)), shape=(len(token_lists), len(vocabulary)))


def _topic_token_rows(quick: bool) -> list[Row]:
    from benchmarks import interleaved
    from textlab.topics import load_topic_model
    from textlab.topics.vocabulary import bow_matrix

    paragraphs = report_paragraphs(1500 if quick else None)
    model = load_topic_model()
    token_lists = model.tokenize(paragraphs)  # also warms up the segmenter
    n_tokens = sum(map(len, token_lists))
    same = (bow_matrix(token_lists, model.vocabulary_) != _counter_bow(token_lists, model.vocabulary_)).nnz == 0
    repeat = 1 if quick else 3
    shares = interleaved({"tokens": lambda: model.transform(token_lists), "raw": lambda: model.transform(paragraphs)},
                         repeat)
    counts = interleaved({"numpy": lambda: bow_matrix(token_lists, model.vocabulary_),
                          "counter": lambda: _counter_bow(token_lists, model.vocabulary_)}, repeat)
    tokens_s, raw_s = median(shares["tokens"]), median(shares["raw"])
    numpy_s, counter_s = median(counts["numpy"]), median(counts["counter"])
    return [
        Row("models", f"shipped TopicModel.transform, {len(token_lists):,} paragraphs as token lists", tokens_s, "s",
            "transform of the raw paragraphs", raw_s, raw_s / tokens_s, "ratio>=1",
            "token lists are counted, never cleaned or segmented again"),
        Row("models", f"topic bag-of-words count, {n_tokens:,} tokens (bow_matrix)", numpy_s, "s",
            "0.1.0 Counter per text", counter_s, counter_s / numpy_s, "ratio>=1",
            f"same matrix: {'yes' if same else 'NO'}"),
    ]


def run(quick: bool = False) -> list[Row]:
    rows = _classifier_rows(quick)
    rows.extend(_topic_token_rows(quick))
    if (Path(__file__).resolve().parent / "bench_topics.py").exists():
        rows.append(Row("models", "TopicModel.fit vs gensim: see bench_topics.py", float("nan"), ""))
    else:
        rows.extend(_topic_rows(quick))
    return rows


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(classifier_child(int(sys.argv[2]) or None, int(sys.argv[3]))), flush=True)
    else:
        from benchmarks.run import print_table

        quick = "--quick" in sys.argv
        print_table(_classifier_rows(quick) if "--classifier" in sys.argv else run(quick=quick))
