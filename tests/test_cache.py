"""Tests for textlab.cache: the on-disk token cache behind Segmenter.cut_many / tokenize_many.

Every test uses its own tmp directory (never the user cache directory).
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import textlab.cache as cache_module
from textlab.cache import TokenCache, default_cache_dir, resolve_cache, text_key
from textlab.segment import Segmenter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))


@pytest.fixture(autouse=True)
def no_cache_environment(monkeypatch):
    monkeypatch.delenv("TEXTLAB_CACHE", raising=False)
    monkeypatch.delenv("TEXTLAB_CACHE_DIR", raising=False)


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEEDS]


def _forbid_segmenting(monkeypatch):
    def refuse(self, text):
        raise AssertionError("segmented although the tokens are cached")

    monkeypatch.setattr(Segmenter, "cut", refuse)
    monkeypatch.setattr(Segmenter, "tokenize", refuse)


# --------------------------------------------------------------------------- hits and misses


def test_second_run_reads_the_cache_and_gives_the_same_tokens(tmp_path, seed_texts, monkeypatch):
    seg = Segmenter(cache=tmp_path)
    expected_tokens = [Segmenter().tokenize(text) for text in seed_texts]
    expected_cut = [Segmenter().cut(text) for text in seed_texts]
    assert seg.tokenize_many(seed_texts) == expected_tokens
    assert seg.cut_many(seed_texts) == expected_cut
    assert (tmp_path / "tokens-v1.sqlite3").is_file()
    assert seg.token_cache.stats()["entries"] == 2 * len(seed_texts)

    _forbid_segmenting(monkeypatch)
    again = Segmenter(cache=tmp_path)  # a new instance (as in a new notebook session)
    assert again.tokenize_many(seed_texts) == expected_tokens
    assert again.cut_many(seed_texts) == expected_cut


def test_only_new_texts_are_segmented_and_duplicates_once(tmp_path, monkeypatch):
    seg = Segmenter(cache=tmp_path)
    seg.tokenize_many(["推进党建引领基层治理"])
    calls: list[str] = []
    original = Segmenter.tokenize

    def counting(self, text):
        calls.append(text)
        return original(self, text)

    monkeypatch.setattr(Segmenter, "tokenize", counting)
    out = seg.tokenize_many(["推进党建引领基层治理", "网格员积极参与矛盾纠纷排查化解", "网格员积极参与矛盾纠纷排查化解"])
    assert calls == ["网格员积极参与矛盾纠纷排查化解"]
    assert out == [["党建引领", "基层治理"], ["网格员", "积极参与", "矛盾纠纷", "排查化解"]] * 1 + [
        ["网格员", "积极参与", "矛盾纠纷", "排查化解"]
    ]
    out[1].append("changed")  # the lists handed out are independent
    assert out[2] == ["网格员", "积极参与", "矛盾纠纷", "排查化解"]


def test_awkward_texts_round_trip(tmp_path):
    texts = ["", " ", "a\x00b网格员\x00", "\ud800孤立\udfff", "😀👨‍👩‍👧十五五", "党建\r\n\r\n引领", "\x00"]
    seg = Segmenter(cache=tmp_path)
    first = seg.cut_many(texts)
    assert [("".join(t)) for t in first] == texts
    assert Segmenter(cache=tmp_path).cut_many(texts) == first == [Segmenter().cut(t) for t in texts]
    assert Segmenter(cache=tmp_path).tokenize_many(texts) == [Segmenter().tokenize(t) for t in texts]


# --------------------------------------------------------------------------- never stale


def test_changing_the_lexicon_file_gives_new_tokens(tmp_path):
    lexicon = tmp_path / "lexicon.txt"
    text = "社区建设鹭江微驿站和红色睦邻坊"
    lexicon.write_text("# test lexicon\n鹭江微驿站 1000 n\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    before = Segmenter(lexicon=lexicon, cache=cache_dir).tokenize_many([text])[0]
    assert "鹭江微驿站" in before and "红色睦邻坊" not in before

    lexicon.write_text("# test lexicon\n鹭江微驿站 1000 n\n红色睦邻坊 1000 n\n", encoding="utf-8")  # same path
    after = Segmenter(lexicon=lexicon, cache=cache_dir).tokenize_many([text])[0]
    assert "红色睦邻坊" in after
    assert after == Segmenter(lexicon=lexicon).tokenize(text)
    assert TokenCache(cache_dir).stats()["namespaces"] == 2


def test_changing_the_user_dict_stopwords_or_options_gives_new_tokens(tmp_path):
    text = "社区建设鹭江微驿站，进一步推进党建引领"
    user = tmp_path / "user.txt"
    user.write_text("红色睦邻坊\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    plain = Segmenter(user, cache=cache_dir).tokenize_many([text])[0]
    assert "鹭江微驿站" not in plain
    user.write_text("红色睦邻坊\n鹭江微驿站\n", encoding="utf-8")
    assert "鹭江微驿站" in Segmenter(user, cache=cache_dir).tokenize_many([text])[0]

    assert "进一步" in Segmenter(user, stopwords=False, cache=cache_dir).tokenize_many([text])[0]
    assert all(len(t) >= 3 for t in Segmenter(user, min_len=3, cache=cache_dir).tokenize_many([text])[0])
    seg = Segmenter(user, cache=cache_dir)
    seg.tokenize_many([text])
    seg.add_word("党建引领推进")
    assert seg.tokenize_many(["党建引领推进"]) == [["党建引领推进"]]


def test_namespace_covers_method_config_backend_and_code(tmp_path):
    seg = Segmenter(cache=tmp_path)
    namespace = seg._cache_namespace("tokenize")
    method, config, backend, version, code = namespace.split("|")
    assert (method, config) == ("tokenize", seg.config_hash)
    assert backend.startswith(seg.active_backend)
    assert len(code) == 16
    assert seg._cache_namespace("cut") != namespace
    assert Segmenter(min_len=2)._cache_namespace("tokenize") != namespace


# --------------------------------------------------------------------------- location and switches


def test_cache_is_off_by_default_and_switched_on_by_environment(tmp_path, monkeypatch):
    assert Segmenter().token_cache is None
    assert resolve_cache(False) is None
    monkeypatch.setenv("TEXTLAB_CACHE_DIR", str(tmp_path / "env"))
    assert default_cache_dir() == tmp_path / "env"
    assert resolve_cache(True) == TokenCache(tmp_path / "env")
    monkeypatch.setenv("TEXTLAB_CACHE", "1")
    seg = Segmenter()
    assert seg.token_cache == TokenCache(tmp_path / "env")
    seg.tokenize_many(["党建引领"])
    assert (tmp_path / "env" / "tokens-v1.sqlite3").is_file()
    assert Segmenter(cache=False).token_cache is None  # an explicit False wins
    assert Segmenter(cache=tmp_path / "own").token_cache.directory == tmp_path / "own"
    monkeypatch.setenv("TEXTLAB_CACHE", "maybe")
    with pytest.raises(ValueError, match="TEXTLAB_CACHE"):
        Segmenter().tokenize_many(["x"])
    with pytest.raises(TypeError, match="cache must be"):
        resolve_cache(3)
    with pytest.raises(TypeError, match="cache must be"):
        Segmenter(cache=3)


def test_default_directory_is_the_user_cache_directory(monkeypatch):
    import platformdirs

    assert default_cache_dir() == Path(platformdirs.user_cache_dir("textlab"))


def test_cache_directory_that_is_a_file_is_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(NotADirectoryError, match="is a file"):
        Segmenter(cache=blocker).tokenize_many(["党建引领"])


# --------------------------------------------------------------------------- safe to delete, damage, atomicity


def test_cache_file_can_be_deleted_at_any_time(tmp_path):
    seg = Segmenter(cache=tmp_path)
    first = seg.tokenize_many(["推进党建引领基层治理"])
    seg.token_cache.clear()
    assert not (tmp_path / "tokens-v1.sqlite3").exists()
    assert seg.tokenize_many(["推进党建引领基层治理"]) == first
    os.remove(tmp_path / "tokens-v1.sqlite3")
    assert seg.token_cache.stats()["entries"] == 0
    assert seg.tokenize_many(["推进党建引领基层治理"]) == first
    assert seg.token_cache.stats()["entries"] == 1


def test_damaged_cache_file_is_reported_and_replaced(tmp_path):
    (tmp_path / "tokens-v1.sqlite3").write_bytes(b"this is not a database" * 100)
    cache_module._warned.clear()
    seg = Segmenter(cache=tmp_path)
    with pytest.warns(RuntimeWarning, match="unreadable"):
        tokens = seg.tokenize_many(["推进党建引领基层治理"])
    assert tokens == [["党建引领", "基层治理"]]
    assert seg.token_cache.stats()["entries"] == 1  # replaced by a working file
    assert Segmenter(cache=tmp_path).tokenize_many(["推进党建引领基层治理"]) == tokens


def test_a_write_interrupted_mid_batch_leaves_nothing(tmp_path):
    cache = TokenCache(tmp_path)
    cache.put_many("ns", [(text_key("已有"), ["已有"])])
    code = f"""
import os, sqlite3
from textlab.cache import TokenCache, text_key, _encode
cache = TokenCache({str(tmp_path)!r})
con = cache._connect(create=True)
con.execute("BEGIN IMMEDIATE")
for i in range(100):
    con.execute("INSERT OR REPLACE INTO tokens VALUES (?, ?, ?)", ("ns", text_key(str(i)), _encode([str(i)])))
os._exit(1)  # killed before COMMIT
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    found = cache.get_many("ns", [text_key(str(i)) for i in range(100)] + [text_key("已有")])
    assert found[:100] == [None] * 100 and found[100] == ["已有"]
    assert cache.stats()["entries"] == 1


def _write_entries(directory: str, namespace: str) -> None:
    cache = TokenCache(directory)
    for batch in range(5):
        cache.put_many(namespace, [(text_key(f"{namespace}{batch}-{i}"), [namespace, str(i)]) for i in range(100)])


def test_concurrent_writers_do_not_lose_entries(tmp_path):
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_entries, args=(str(tmp_path), name)) for name in ("a", "b", "c")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    stats = TokenCache(tmp_path).stats()
    assert stats["entries"] == 1500 and stats["namespaces"] == 3
    with sqlite3.connect(tmp_path / "tokens-v1.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_cache_pickles_as_its_directory(tmp_path):
    import pickle

    cache = TokenCache(tmp_path)
    assert pickle.loads(pickle.dumps(cache)) == cache
    seg = pickle.loads(pickle.dumps(Segmenter(cache=tmp_path)))
    assert seg.token_cache == cache
