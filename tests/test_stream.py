"""Tests for textlab.stream: one-pass clean -> tokenize -> TF-IDF / online LDA in bounded memory."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

import textlab.segmentation.parallel
from textlab.cleaning import clean
from textlab.segmentation import Segmenter
from textlab.stream import HashingTfidf, Progress, iter_texts, stream_corpus

ROOT = Path(__file__).resolve().parent.parent
PARTY = ROOT / "seeds" / "party_building"
REPORTS = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025"


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    s = Segmenter(min_len=2)
    s.cut("预热")
    return s


@pytest.fixture(scope="module")
def report_tokens(seg) -> list[list[str]]:
    return [seg.tokenize(clean(text)) for text in iter_texts(REPORTS)]


def test_iter_texts_reads_folders_and_iterables(tmp_path):
    texts = list(iter_texts(PARTY))
    assert len(texts) == 5 and all(len(t) > 1000 for t in texts)
    from textlab.corpus import load_corpus

    corpus = load_corpus(PARTY)
    assert list(iter_texts(corpus)) == texts == list(iter_texts(iter(texts)))
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8" * 3)
    (tmp_path / "ok.txt").write_text("推进党建引领基层治理", encoding="utf-8")
    skipped: list = []
    with pytest.warns(UserWarning):
        assert list(iter_texts(tmp_path, skipped=skipped)) == ["推进党建引领基层治理"]
    assert [Path(p).name for p, _reason in skipped] == ["bad.txt"]
    with pytest.raises(TypeError, match="item 1"):
        list(iter_texts(["党建", 3]))


def test_streamed_idf_and_tfidf_equal_the_batch_computation(report_tokens):
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

    streamed = HashingTfidf(n_features=2**16)
    for start in range(0, len(report_tokens), 7):  # batches of 7 documents
        streamed.partial_fit(report_tokens[start:start + 7])
    hasher = HashingVectorizer(analyzer=lambda tokens: tokens, n_features=2**16, alternate_sign=False, norm=None)
    counts = hasher.transform(report_tokens)
    batch = TfidfTransformer().fit(counts)
    seen = streamed.document_frequencies_ > 0
    assert streamed.n_documents_ == len(report_tokens) == 31
    assert np.allclose(streamed.idf_[seen], batch.idf_[seen])
    assert abs(streamed.transform(report_tokens) - batch.transform(counts)).max() < 1e-9


def test_feature_names_are_the_most_frequent_token_of_each_feature(report_tokens):
    from collections import Counter

    tfidf = HashingTfidf(n_features=2**12)  # small: many collisions
    for start in range(0, len(report_tokens), 5):
        tfidf.partial_fit(report_tokens[start:start + 5])
    totals = Counter(token for tokens in report_tokens for token in tokens)
    from sklearn.utils.murmurhash import murmurhash3_32

    by_feature: dict[int, Counter] = {}
    for token, count in totals.items():
        by_feature.setdefault(abs(murmurhash3_32(token, seed=0)) % 2**12, Counter())[token] = count
    majority = {i: c.most_common(1)[0][0] for i, c in by_feature.items() if c.most_common(1)[0][1] * 2 > sum(c.values())}
    assert len(majority) > 1000
    assert all(tfidf.feature_names_[i] == token for i, token in majority.items())
    top = tfidf.top_features(5)
    assert len(top) == 5 and all(df == 31 for _name, df in top)  # in every provincial report
    assert tfidf.document_frequencies_[abs(murmurhash3_32("发展", seed=0)) % 2**12] == 31


def test_stream_corpus_on_a_folder_with_progress_and_workers(seg, report_tokens, monkeypatch):
    monkeypatch.setattr(textlab.segmentation.parallel, "_STREAM_BATCH_CHARS", 50_000)
    reports: list[dict] = []
    result = stream_corpus(REPORTS, segmenter=seg, n_topics=4, n_features=2**16, lda_chunksize=8,
                           n_jobs=2, progress=reports.append)
    assert result.n_documents == 31 and result.n_chars > 500_000
    assert result.n_tokens == sum(map(len, report_tokens))
    assert [r["documents"] for r in reports] == [8, 16, 24, 31, 31] and reports[-1]["done"]
    assert all(r["rss_mb"] > 0 for r in reports)
    topics = result.topics(top_n=8)
    assert len(topics) == 4 and all(len(t) == 8 for t in topics)
    assert any(word in {w for t in topics for w, _p in t} for word in ("发展", "建设", "产业"))

    serial = stream_corpus(REPORTS, segmenter=seg, n_topics=4, n_features=2**16, lda_chunksize=8, n_jobs=1)
    assert np.array_equal(serial.tfidf.document_frequencies_, result.tfidf.document_frequencies_)
    assert np.allclose(serial.lda.state.get_lambda(), result.lda.state.get_lambda())  # same seed, same order
    assert serial.topics(8) == topics


def test_stream_reads_lazily(seg):
    """The source is pulled only a bounded distance ahead of what has been processed."""
    pulled = 0
    ahead: list[int] = []
    texts = [p.read_text(encoding="utf-8") for p in sorted(PARTY.glob("*.txt"))] * 6

    def source():
        nonlocal pulled
        for text in texts:
            pulled += 1
            yield text

    def progress(info):
        ahead.append(pulled - info["documents"])

    result = stream_corpus(source(), segmenter=seg, n_topics=0, n_features=2**12, lda_chunksize=3, progress=progress)
    assert result.n_documents == 30 and result.lda is None
    assert max(ahead) <= 1  # serial: one text ahead at most


def test_progress_printer(capsys):
    printer = Progress(every=3600)
    info = {"documents": 10, "chars": 2_000_000, "seconds": 2.0, "rss_mb": 300.0, "done": False}
    printer(info)
    printer(info)  # within the interval: silent
    printer({**info, "done": True})
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and "1.00 M chars/s" in lines[0] and lines[1].endswith("(done)")


def test_errors_are_clear(tmp_path):
    with pytest.raises(ValueError, match="no documents"):
        stream_corpus([], n_topics=0)
    with pytest.raises(ValueError, match="n_topics"):
        stream_corpus(["党建"], n_topics=-1)
    with pytest.raises(ValueError, match="not fitted"):
        HashingTfidf().idf_
    with pytest.raises(ValueError, match="n_features"):
        HashingTfidf(n_features=0).partial_fit([["党建"]])
    with pytest.raises(ValueError, match="n_topics=0"):
        stream_corpus(["推进党建引领"], n_topics=0).topics()
    with pytest.raises(FileNotFoundError):
        stream_corpus(tmp_path / "missing")


def test_hashing_tfidf_pickles(report_tokens):
    tfidf = HashingTfidf(n_features=2**12).partial_fit(report_tokens[:5])
    again = pickle.loads(pickle.dumps(tfidf))
    assert np.array_equal(again.idf_, tfidf.idf_)
    again.partial_fit(report_tokens[5:10])
    tfidf.partial_fit(report_tokens[5:10])
    assert again.feature_names_ == tfidf.feature_names_
    assert abs(again.transform(report_tokens[:2]) - tfidf.transform(report_tokens[:2])).max() < 1e-12


def test_gensim_logging_is_quiet_during_the_stream_and_untouched_after(seg, caplog):
    """0.1.0 set the gensim logger to WARNING for good (issue 13); now only within stream_corpus."""
    import logging

    gensim_logger = logging.getLogger("gensim")
    saved = gensim_logger.level
    texts = [clean(t) for t in iter_texts(PARTY)]
    try:
        gensim_logger.setLevel(logging.NOTSET)
        with caplog.at_level(logging.INFO):
            result = stream_corpus(texts, segmenter=seg, n_topics=2, n_features=2**12, lda_chunksize=2)
            assert result.lda is not None and result.n_documents == 5
            # gensim's per-update INFO lines were dropped while streaming
            assert not [r for r in caplog.records if r.name.startswith("gensim") and r.levelno < logging.WARNING]
            assert gensim_logger.level == logging.NOTSET  # restored: the caller's setup is untouched
            logging.getLogger("gensim.models").info("after the stream")
            infos = [r.getMessage() for r in caplog.records if r.name.startswith("gensim") and r.levelno == logging.INFO]
            assert infos == ["after the stream"]
        # a level the caller chose for gensim is respected inside the stream too
        gensim_logger.setLevel(logging.INFO)
        caplog.clear()
        with caplog.at_level(logging.INFO):
            stream_corpus(texts[:2], segmenter=seg, n_topics=2, n_features=2**12)
        assert gensim_logger.level == logging.INFO
        assert any(r.name.startswith("gensim") and r.levelno == logging.INFO for r in caplog.records)
    finally:
        gensim_logger.setLevel(saved)
