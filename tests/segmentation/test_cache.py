"""Tests for textlab.segmentation.cache: the on-disk token cache behind Segmenter.cut_many / tokenize_many.

Every test uses its own tmp directory (never the user cache directory).
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from textlab.segmentation.cache import TokenCache, default_cache_dir, resolve_cache, text_key
from textlab.segmentation import Segmenter

ROOT = Path(__file__).resolve().parents[2]
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


def test_a_write_interrupted_mid_batch_leaves_nothing(tmp_path):
    cache = TokenCache(tmp_path)
    cache.put_many("ns", [(text_key("已有"), ["已有"])])
    code = f"""
import os, sqlite3
from textlab.segmentation.cache import TokenCache, text_key, _encode
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


# --------------------------------------------------------------------------- served rows are checked (issue 12, point 8)

TEXT = "推进党建引领基层治理"
OTHER = "网格员积极参与矛盾纠纷排查化解"


def _rows(directory: Path) -> list[tuple[str, bytes, bytes]]:
    with sqlite3.connect(directory / "tokens-v1.sqlite3") as connection:
        return connection.execute("SELECT ns, key, data FROM tokens").fetchall()


def _set_data(directory: Path, key: bytes, data: bytes) -> None:
    connection = sqlite3.connect(directory / "tokens-v1.sqlite3")
    with connection:
        assert connection.execute("UPDATE tokens SET data = ? WHERE key = ?", (data, key)).rowcount >= 1
    connection.close()


def _cache_warnings(caught) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning) and "cache" in str(w.message)]


def _segment_recording(seg: Segmenter, method: str, texts: list[str]):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = getattr(seg, method)(texts)
    return out, _cache_warnings(caught)


def test_tampered_row_is_a_miss_and_rewritten(tmp_path):
    """A row changed behind textlab's back (['WRONG'] for a whole paragraph) is never served."""
    expected = Segmenter().cut(TEXT)
    seg = Segmenter(cache=tmp_path)
    assert seg.cut_many([TEXT]) == [expected]
    for damage in (b"SWRONG", "SWRONG", 42):  # as bytes, as text, not even a string
        _set_data(tmp_path, text_key(TEXT), damage)
        again = Segmenter(cache=tmp_path)
        out, warned = _segment_recording(again, "cut_many", [TEXT])
        assert out == [expected] and "".join(out[0]) == TEXT
        assert warned == []  # a damaged row is a miss, not a damaged cache
        assert isinstance(_rows(tmp_path)[0][2], bytes) and b"WRONG" not in _rows(tmp_path)[0][2]  # rewritten
        assert Segmenter(cache=tmp_path).cut_many([TEXT]) == [expected]


def test_tokens_of_another_text_are_not_served(tmp_path):
    """tokenize is not lossless, so only the row's digest can tell that it belongs to another text."""
    seg = Segmenter(cache=tmp_path)
    expected = seg.tokenize_many([TEXT, OTHER])
    rows = {key: data for _, key, data in _rows(tmp_path)}
    _set_data(tmp_path, text_key(TEXT), rows[text_key(OTHER)])  # OTHER's row filed under TEXT
    out, warned = _segment_recording(Segmenter(cache=tmp_path), "tokenize_many", [TEXT, OTHER])
    assert out == expected == [Segmenter().tokenize(TEXT), Segmenter().tokenize(OTHER)]
    assert warned == []


def test_tokens_of_another_configuration_are_not_served(tmp_path):
    seg = Segmenter(cache=tmp_path)
    seg.tokenize_many([TEXT])
    (namespace, key, data), = _rows(tmp_path)
    other = Segmenter(stopwords=False, cache=tmp_path)
    connection = sqlite3.connect(tmp_path / "tokens-v1.sqlite3")
    with connection:  # the default configuration's row copied under stopwords=False
        connection.execute("INSERT INTO tokens VALUES (?, ?, ?)", (other._cache_namespace("tokenize"), key, data))
    connection.close()
    expected = Segmenter(stopwords=False).tokenize(TEXT)
    assert expected != Segmenter().tokenize(TEXT)
    assert other.tokenize_many([TEXT]) == [expected]


def test_undecodable_row_is_a_miss_and_rewritten(tmp_path):
    expected = Segmenter().tokenize(TEXT)
    Segmenter(cache=tmp_path).tokenize_many([TEXT])
    key = text_key(TEXT)
    namespace = _rows(tmp_path)[0][0]
    payload = b"S\xff\xfe\xe5\x85"  # not UTF-8
    for sealed in (False, True):  # bare, and with a valid digest
        data = payload
        if sealed:
            from textlab.segmentation.cache import _digest

            data = b"2" + _digest(namespace, key, payload) + payload
        _set_data(tmp_path, key, data)
        out, warned = _segment_recording(Segmenter(cache=tmp_path), "tokenize_many", [TEXT])
        assert out == [expected] and warned == []
        assert Segmenter(cache=tmp_path).token_cache.get_many(namespace, [key]) == [expected]  # rewritten


def test_row_that_is_not_json_is_a_miss_and_rewritten(tmp_path):
    expected = Segmenter().cut(TEXT)
    Segmenter(cache=tmp_path).cut_many([TEXT])
    key = text_key(TEXT)
    namespace = _rows(tmp_path)[0][0]
    for payload in (b"J[\"\xe6\x8e\xa8\xe8\xbf\x9b\", oops", b'J{"not": "a list"}', b"J[1, 2]"):
        for sealed in (False, True):  # bare, and with a valid digest
            data = payload
            if sealed:
                from textlab.segmentation.cache import _digest

                data = b"2" + _digest(namespace, key, payload) + payload
            _set_data(tmp_path, key, data)
            out, warned = _segment_recording(Segmenter(cache=tmp_path), "cut_many", [TEXT])
            assert out == [expected] and warned == [], payload
            assert Segmenter(cache=tmp_path).token_cache.get_many(namespace, [key]) == [expected]


def test_lossless_check_catches_a_row_with_a_valid_digest(tmp_path):
    """Even a well-formed row (say, from a buggy writer) must join back to the text for cut."""
    seg = Segmenter(cache=tmp_path)
    namespace = seg._cache_namespace("cut")
    seg.token_cache.put_many(namespace, [(text_key(TEXT), ["推进", "党建"])])
    out = Segmenter(cache=tmp_path).cut_many([TEXT])
    assert out == [Segmenter().cut(TEXT)]
    from textlab.segmentation.cache import _seal

    assert _rows(tmp_path)[0][2] == _seal(namespace, text_key(TEXT), out[0])  # rewritten


# --------------------------------------------------------------------------- broken storage: one warning, no cache


def _assert_uncached_with_one_warning(seg: Segmenter, texts: list[str], match: str) -> list[str]:
    expected = [Segmenter().tokenize(t) for t in texts]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):  # reads, writes and stats: still one warning for this cache instance
            assert seg.tokenize_many(texts) == expected
            assert seg.cut_many(texts) == [Segmenter().cut(t) for t in texts]
            seg.token_cache.stats()
    warned = _cache_warnings(caught)
    assert len(warned) == 1, warned
    assert match in warned[0] and str(seg.token_cache.path) in warned[0], warned[0]
    return warned


def test_corrupt_database_file_turns_the_cache_off_with_one_warning(tmp_path):
    garbage = b"this is not a database" * 100
    (tmp_path / "tokens-v1.sqlite3").write_bytes(garbage)
    seg = Segmenter(cache=tmp_path)
    _assert_uncached_with_one_warning(seg, [TEXT, OTHER], "not a database")
    assert (tmp_path / "tokens-v1.sqlite3").read_bytes() == garbage  # not deleted behind the user's back
    # each instance says it once
    assert len(_segment_recording(Segmenter(cache=tmp_path), "tokenize_many", [TEXT])[1]) == 1
    seg.token_cache.clear()  # the documented way out: delete, and the cache is on again
    assert seg.tokenize_many([TEXT]) == [Segmenter().tokenize(TEXT)]
    assert seg.token_cache.stats()["entries"] == 1 and seg.token_cache.stats()["disabled"] is None


def test_half_overwritten_database_file_turns_the_cache_off(tmp_path):
    Segmenter(cache=tmp_path).tokenize_many([f"{TEXT}{i}" for i in range(300)])
    path = tmp_path / "tokens-v1.sqlite3"
    data = bytearray(path.read_bytes())
    data[100:len(data) // 2] = b"\xa5" * (len(data) // 2 - 100)  # the header survives, the pages do not
    path.write_bytes(bytes(data))
    _assert_uncached_with_one_warning(Segmenter(cache=tmp_path), [f"{TEXT}{i}" for i in range(0, 300, 7)], "malformed")
    assert path.read_bytes() == bytes(data)  # left for the user to inspect or delete


def test_database_path_that_is_a_folder_turns_the_cache_off(tmp_path):
    (tmp_path / "tokens-v1.sqlite3").mkdir()
    warned = _assert_uncached_with_one_warning(Segmenter(cache=tmp_path), [TEXT, OTHER], "is a folder")
    assert "delete" not in warned[0] and "another cache folder" in warned[0]
    assert (tmp_path / "tokens-v1.sqlite3").is_dir()


def test_cache_folder_that_is_a_file_turns_the_cache_off(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    warned = _assert_uncached_with_one_warning(Segmenter(cache=blocker), [TEXT], "is a file")
    assert "delete" not in warned[0] and "another cache folder" in warned[0]
    assert blocker.read_text() == "x"


def _read_only(folder: Path, monkeypatch) -> None:
    """Make ``folder`` (and the files in it) read-only. Root ignores permission bits, so for root
    the calls that would fail for anyone else are made to fail the same way (SQLite opens the
    file read-only; creating or deleting files in the folder raises PermissionError)."""
    for child in folder.iterdir():
        child.chmod(0o444)
    folder.chmod(0o555)
    if os.geteuid() != 0:
        return
    real_connect, real_remove, real_mkdir = sqlite3.connect, os.remove, os.mkdir
    folder = folder.resolve()

    def inside(path) -> bool:
        return Path(os.fspath(path)).resolve().parent == folder or Path(os.fspath(path)).resolve() == folder

    def connect(database, *args, **kwargs):
        if inside(database) and not kwargs.get("uri"):
            return real_connect(Path(database).resolve().as_uri() + "?mode=ro", *args, uri=True, **kwargs)
        return real_connect(database, *args, **kwargs)

    def remove(path, *args, **kwargs):
        if inside(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_remove(path, *args, **kwargs)

    def mkdir(path, *args, **kwargs):
        if Path(os.fspath(path)).resolve().parent == folder:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(os, "remove", remove)
    monkeypatch.setattr(os, "mkdir", mkdir)


@pytest.fixture
def restore_permissions(tmp_path):
    yield
    for path in [tmp_path, *tmp_path.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_read_only_cache_folder_turns_the_cache_off_with_one_warning(tmp_path, monkeypatch, restore_permissions):
    Segmenter(cache=tmp_path).tokenize_many([TEXT])
    _read_only(tmp_path, monkeypatch)
    seg = Segmenter(cache=tmp_path)
    warned = _assert_uncached_with_one_warning(seg, [TEXT, OTHER], "not writable")
    assert "readonly" in warned[0] or "unable to open" in warned[0]


def test_read_only_parent_folder_turns_the_cache_off(tmp_path, monkeypatch, restore_permissions):
    parent = tmp_path / "locked_down"
    parent.mkdir()
    _read_only(parent, monkeypatch)
    _assert_uncached_with_one_warning(Segmenter(cache=parent / "cache"), [TEXT], "Permission denied")
    assert not (parent / "cache").exists()


def test_locked_database_turns_the_cache_off_after_the_timeout(tmp_path):
    TokenCache(tmp_path).put_many("ns", [(text_key("x"), ["x"])])
    holder = sqlite3.connect(tmp_path / "tokens-v1.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process in the middle of a long write
    try:
        seg = Segmenter(cache=TokenCache(tmp_path, timeout=0.05))
        _assert_uncached_with_one_warning(seg, [TEXT], "locked")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert Segmenter(cache=tmp_path).tokenize_many([TEXT]) == [Segmenter().tokenize(TEXT)]  # a new instance works


def test_full_disk_turns_the_cache_off_and_keeps_what_was_stored(tmp_path, monkeypatch):
    seg = Segmenter(cache=tmp_path)
    seg.tokenize_many([TEXT])
    with sqlite3.connect(tmp_path / "tokens-v1.sqlite3") as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    real_connect = sqlite3.connect

    def full_disk(*args, **kwargs):  # SQLite's own "disk full": the file may not grow
        connection = real_connect(*args, **kwargs)
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    texts = [TEXT] + [f"{OTHER}{i}" * 20 for i in range(200)]
    _assert_uncached_with_one_warning(Segmenter(cache=tmp_path), texts, "full")
    monkeypatch.undo()
    assert TokenCache(tmp_path).stats()["entries"] == 1  # the stored row survives
    stored = Segmenter(cache=tmp_path).token_cache.get_many(seg._cache_namespace("tokenize"), [text_key(TEXT)])
    assert stored == [Segmenter().tokenize(TEXT)]
