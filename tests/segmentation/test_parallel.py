"""Tests for textlab.segmentation.parallel: cut_many / tokenize_many / iter_* in process pools
give what the serial loop gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from textlab.segmentation import Segmenter, parallel

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds" / "party_building").glob("*.txt"))


# --------------------------------------------------------------------------- many texts, process pools


@pytest.fixture()
def always_parallel(monkeypatch):
    """Start a pool even for small inputs (the threshold exists for speed, not correctness)."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS_SPAWN", 0)
    monkeypatch.setattr(parallel, "_MIN_BATCH_CHARS", 1000)


def _pool_starts(monkeypatch) -> list[int]:
    started: list[int] = []
    original = parallel._imap

    def counting(segmenter, method, texts, workers, preprocess, batch_chars):
        started.append(workers)
        return original(segmenter, method, texts, workers, preprocess, batch_chars)

    monkeypatch.setattr(parallel, "_imap", counting)
    return started


def test_cut_many_and_tokenize_many_in_a_pool_equal_serial(seg, cleaned_seeds, always_parallel, monkeypatch):
    started = _pool_starts(monkeypatch)
    texts = cleaned_seeds + ["", "  ", "a\x00b", "党建引领\r\n基层治理"] + [p for t in cleaned_seeds for p in t.split("\n")][:300]
    assert seg.cut_many(texts, n_jobs=2) == [seg.cut(t) for t in texts]
    assert seg.tokenize_many(texts, n_jobs=-1) == [seg.tokenize(t) for t in texts]
    assert seg.tokenize_many(iter(texts), n_jobs=2) == seg.tokenize_many(texts)
    by_pos = Segmenter(pos={"n"})
    assert by_pos.tokenize_many(texts[:3], n_jobs=2) == [by_pos.tokenize(t) for t in texts[:3]]
    all_cores = min(parallel.cpu_count(), len(texts))
    assert started == [2] + ([all_cores] if all_cores > 1 else []) + [2, 2]


def test_pool_only_when_it_pays(seg, monkeypatch):
    started = _pool_starts(monkeypatch)
    assert seg.cut_many(["党建引领"] * 10, n_jobs=2) == [["党建引领"]] * 10  # 40 characters: serial
    assert seg.cut_many(["党建引领"] * 10, n_jobs=1) == [["党建引领"]] * 10
    assert started == []


def test_pool_with_spawned_workers_equals_serial(cleaned_seeds, always_parallel, monkeypatch):
    monkeypatch.setattr(parallel, "start_method", lambda: "spawn")
    seg = Segmenter(["鹭江微驿站"], min_len=2)
    seg.add_word("红色能量站")
    texts = cleaned_seeds[:2] + ["建设鹭江微驿站和红色能量站"]
    out = seg.tokenize_many(texts, n_jobs=2)
    assert out == [seg.tokenize(t) for t in texts]
    assert "鹭江微驿站" in out[-1] and "红色能量站" in out[-1]


def test_iter_tokenize_streams_in_order_with_preprocess(cleaned_seeds, always_parallel):
    from textlab.cleaning import clean

    raw = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
    seg = Segmenter()
    expected = [seg.tokenize(clean(t)) for t in raw]
    assert list(seg.iter_tokenize(iter(raw), preprocess=clean)) == expected
    assert list(seg.iter_tokenize(iter(raw), n_jobs=2, preprocess=clean)) == expected
    assert list(seg.iter_cut(raw[:2], n_jobs=2)) == [seg.cut(t) for t in raw[:2]]


def test_n_jobs_is_validated(seg):
    for bad in (0, 1.5, "2", True):
        with pytest.raises(ValueError, match="n_jobs"):
            seg.cut_many(["党建"], n_jobs=bad)
    assert parallel.n_workers(-1) == parallel.cpu_count()
    assert parallel.n_workers(None) == 1


def test_errors_in_workers_reach_the_caller(always_parallel):
    seg = Segmenter()
    with pytest.raises(TypeError, match="expects str"):
        list(seg.iter_tokenize(["党建引领", b"bytes"], n_jobs=2))


def _count_tokens(segmenter, text):
    return len(segmenter.tokenize(text)), segmenter.config_hash


def test_iter_map_runs_a_function_per_text_in_order(cleaned_seeds, always_parallel):
    seg = Segmenter(min_len=2)
    expected = [(len(seg.tokenize(t)), seg.config_hash) for t in cleaned_seeds]
    assert list(seg.iter_map(_count_tokens, cleaned_seeds)) == expected
    assert list(seg.iter_map(_count_tokens, iter(cleaned_seeds), n_jobs=2)) == expected
    with pytest.raises(TypeError, match="callable"):
        seg.iter_map("tokenize", cleaned_seeds)
