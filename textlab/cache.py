"""On-disk token cache: segment a corpus once, read the tokens back on every later run.

Entries are keyed by the SHA-256 of a text and a *namespace* naming everything else the tokens
depend on: :attr:`textlab.segment.Segmenter.config_hash` (jieba's version, the lexicon, user
words and stopwords by content, the options), the method (``cut`` / ``tokenize``), the
backend, textlab's version and the source of ``textlab/segment.py``. Changing any of them
starts a new namespace, so the cache is never stale: edit the lexicon or a user dictionary and
the next run segments again.

Storage is one SQLite file, ``tokens-v1.sqlite3``, in the user cache directory
(``platformdirs.user_cache_dir("textlab")``), or in ``$TEXTLAB_CACHE_DIR``, or in the
directory you pass. Each batch is written in one transaction (atomic: a crash leaves the old
entries or the new ones, never half of a batch); concurrent processes wait for each other's
writes. The file is safe to delete at any time (it is re-created on the next write), and
:meth:`TokenCache.clear` does it for you. A damaged file is reported once and then treated as
empty (and replaced on the next write).

The cache is opt-in: ``Segmenter(cache=True)``, ``Segmenter(cache="some/dir")``, or the
environment variable ``TEXTLAB_CACHE=1`` for every segmenter that does not say otherwise. It
serves :meth:`~textlab.segment.Segmenter.cut_many` and
:meth:`~textlab.segment.Segmenter.tokenize_many`.

Example:
    >>> import tempfile
    >>> from textlab.segment import Segmenter
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     seg = Segmenter(cache=tmp)
    ...     first = seg.tokenize_many(["推进党建引领基层治理"])
    ...     again = seg.tokenize_many(["推进党建引领基层治理"])   # read from tmp/tokens-v1.sqlite3
    ...     first == again == [['党建引领', '基层治理']], seg.token_cache.stats()["entries"]
    (True, 1)
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Union

__all__ = ["TokenCache", "default_cache_dir", "resolve_cache", "text_key", "ENV_DIR", "ENV_ENABLE"]

PathLike = Union[str, os.PathLike]

ENV_DIR = "TEXTLAB_CACHE_DIR"
ENV_ENABLE = "TEXTLAB_CACHE"
FILE_NAME = "tokens-v1.sqlite3"
FORMAT = 1

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}
_BATCH = 500  # keys per SELECT (well under SQLite's variable limit)
_SEP = "\x00"
_warned: set[str] = set()
_warn_lock = threading.Lock()


def default_cache_dir() -> Path:
    """``$TEXTLAB_CACHE_DIR`` if set, else ``platformdirs.user_cache_dir("textlab")``.

    >>> isinstance(default_cache_dir(), Path)
    True
    """
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("textlab"))


def text_key(text: str) -> bytes:
    """SHA-256 of ``text`` (UTF-8; lone surrogates allowed), the per-text part of a key.

    >>> text_key("党建").hex()[:12]
    'aaabe42b5a23'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _encode(tokens: Sequence[str]) -> bytes:
    """Tokens as bytes: NUL-separated (tag ``S``), or JSON (tag ``J``) if a token holds a NUL."""
    if any(_SEP in token for token in tokens):
        import json

        return b"J" + json.dumps(list(tokens), ensure_ascii=False).encode("utf-8", "surrogatepass")
    return b"S" + _SEP.join(tokens).encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> list[str]:
    text = data[1:].decode("utf-8", "surrogatepass")
    if data[:1] == b"J":
        import json

        return json.loads(text)
    return text.split(_SEP) if text else []


class TokenCache:
    """Token lists on disk, keyed by (namespace, SHA-256 of the text).

    Args:
        directory: where ``tokens-v1.sqlite3`` lives; ``None`` = :func:`default_cache_dir`.

    Picklable (only the directory travels). Not a place for secrets: the tokens are the
    text's words in plain UTF-8.
    """

    def __init__(self, directory: PathLike | None = None) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()

    def __repr__(self) -> str:
        return f"TokenCache({str(self.directory)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TokenCache) and other.directory == self.directory

    def __hash__(self) -> int:
        return hash(self.directory)

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return self.directory / FILE_NAME

    # -- connections ---------------------------------------------------------------------

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if not create and not self.path.exists():
            return None
        if create:
            if self.directory.exists() and not self.directory.is_dir():
                raise NotADirectoryError(f"token cache directory {self.directory} is a file")
            self.directory.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(self.path), timeout=60, isolation_level=None)
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS tokens (ns TEXT NOT NULL, key BLOB NOT NULL, data BLOB NOT NULL, "
            "PRIMARY KEY (ns, key)) WITHOUT ROWID"
        )
        return connection

    def _damaged(self, exc: Exception) -> None:
        message = f"textlab token cache {self.path} is unreadable ({exc}); treating it as empty"
        with _warn_lock:
            if message not in _warned:
                _warned.add(message)
                warnings.warn(message, RuntimeWarning, stacklevel=4)

    # -- reading and writing -------------------------------------------------------------

    def get_many(self, namespace: str, keys: Sequence[bytes]) -> list[list[str] | None]:
        """The cached tokens for each key (``None`` where there are none)."""
        found: dict[bytes, bytes] = {}
        try:
            connection = self._connect(create=False)
            if connection is None:
                return [None] * len(keys)
            try:
                unique = list(dict.fromkeys(keys))
                for start in range(0, len(unique), _BATCH):
                    chunk = unique[start:start + _BATCH]
                    marks = ",".join("?" * len(chunk))
                    rows = connection.execute(
                        f"SELECT key, data FROM tokens WHERE ns = ? AND key IN ({marks})", [namespace, *chunk]
                    )
                    found.update(rows)
            finally:
                connection.close()
        except sqlite3.DatabaseError as exc:
            self._damaged(exc)
            return [None] * len(keys)
        return [_decode(found[key]) if key in found else None for key in keys]

    def put_many(self, namespace: str, items: Iterable[tuple[bytes, Sequence[str]]]) -> None:
        """Store ``(key, tokens)`` pairs in one transaction (all or nothing)."""
        rows = [(namespace, key, _encode(tokens)) for key, tokens in items]
        if not rows:
            return
        for attempt in (1, 2):
            try:
                connection = self._connect(create=True)
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    connection.executemany("INSERT OR REPLACE INTO tokens (ns, key, data) VALUES (?, ?, ?)", rows)
                    connection.execute("COMMIT")
                finally:
                    connection.close()
                return
            except sqlite3.DatabaseError as exc:
                if attempt == 2 or isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    self._damaged(exc)
                    return
                self._damaged(exc)
                self._remove_files()  # a damaged file: start afresh

    def clear(self) -> None:
        """Delete the cache file (every namespace)."""
        self._remove_files()

    def _remove_files(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            try:
                os.remove(str(self.path) + suffix)
            except FileNotFoundError:
                pass

    def stats(self) -> dict[str, Any]:
        """``{"path", "entries", "namespaces", "bytes"}`` (zeros when there is no file)."""
        out: dict[str, Any] = {"path": str(self.path), "entries": 0, "namespaces": 0, "bytes": 0}
        try:
            connection = self._connect(create=False)
            if connection is None:
                return out
            try:
                out["entries"], out["namespaces"] = connection.execute(
                    "SELECT COUNT(*), COUNT(DISTINCT ns) FROM tokens"
                ).fetchone()
            finally:
                connection.close()
            out["bytes"] = self.path.stat().st_size
        except sqlite3.DatabaseError as exc:
            self._damaged(exc)
        return out


def resolve_cache(cache: Any) -> TokenCache | None:
    """The :class:`TokenCache` a ``cache=`` argument asks for, or None.

    ``None`` follows ``$TEXTLAB_CACHE`` (off unless 1/true/yes/on); ``True`` = the default
    directory; ``False`` = off; a path = that directory; a TokenCache as is.

    >>> resolve_cache(False) is None
    True
    """
    if cache is None:
        value = os.environ.get(ENV_ENABLE, "").strip().lower()
        if value in _TRUE:
            return TokenCache()
        if value not in _FALSE:
            raise ValueError(f"environment variable {ENV_ENABLE}={value!r}: expected 1/0, true/false, yes/no or on/off")
        return None
    if cache is True:
        return TokenCache()
    if cache is False:
        return None
    if isinstance(cache, TokenCache):
        return cache
    if isinstance(cache, (str, os.PathLike)):
        return TokenCache(cache)
    raise TypeError(f"cache must be None, True, False, a directory or a TokenCache, got {type(cache).__name__}")
