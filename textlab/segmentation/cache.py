"""On-disk token cache: segment a corpus once, read the tokens back on every later run.

Entries are keyed by the SHA-256 of a text and a *namespace* naming everything else the tokens
depend on: :attr:`textlab.segmentation.Segmenter.config_hash` (jieba's version, the lexicon, user
words and stopwords by content, the options), the method (``cut`` / ``tokenize``), the
backend, textlab's version and the source of ``textlab/segmentation/`` (:func:`code_hash`). Changing any of them
starts a new namespace, so the cache is never stale: edit the lexicon or a user dictionary and
the next run segments again.

Storage is one SQLite file, ``tokens-v1.sqlite3``, in the user cache directory
(``platformdirs.user_cache_dir("textlab")``), or in ``$TEXTLAB_CACHE_DIR``, or in the
directory you pass. Each batch is written in one transaction (atomic: a crash leaves the old
entries or the new ones, never half of a batch); concurrent processes wait for each other's
writes (up to ``timeout`` seconds). The file is safe to delete at any time (it is re-created on
the next write), and :meth:`TokenCache.clear` does it for you.

Nothing read back is trusted. Each row carries a SHA-256 digest of its namespace (the
segmenter's configuration), its text's hash and its tokens; a row whose digest does not match,
that does not decode (bad UTF-8, bad JSON, not a list of strings) or, for ``cut``, whose tokens
do not join back to the text, is a miss: the text is segmented again and the row rewritten
(:attr:`TokenCache.rejected` counts them). Rows written by textlab 0.1.0 carry no digest and
are rewritten the same way.

Any problem with the storage itself (a damaged database file, a read-only folder, a database
path that is a folder or a cache folder that is a file, a lock held too long, a full disk)
turns the cache off for that :class:`TokenCache` instance with one
:class:`TokenCacheWarning` naming the file and the problem; segmentation carries on uncached
and nothing is deleted. :meth:`TokenCache.clear` removes the file and turns the cache on again.

The cache is opt-in: ``Segmenter(cache=True)``, ``Segmenter(cache="some/dir")``, or the
environment variable ``TEXTLAB_CACHE=1`` for every segmenter that does not say otherwise. It
serves :meth:`~textlab.segmentation.Segmenter.cut_many` and
:meth:`~textlab.segmentation.Segmenter.tokenize_many`.

Example:
    >>> import tempfile
    >>> from textlab.segmentation import Segmenter
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     seg = Segmenter(cache=tmp)
    ...     first = seg.tokenize_many(["推进党建引领基层治理"])
    ...     again = seg.tokenize_many(["推进党建引领基层治理"])   # read from tmp/tokens-v1.sqlite3
    ...     first == again == [['党建引领', '基层治理']], seg.token_cache.stats()["entries"]
    (True, 1)
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import threading
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Union

__all__ = [
    "TokenCache",
    "TokenCacheWarning",
    "default_cache_dir",
    "resolve_cache",
    "text_key",
    "code_hash",
    "backend_version",
    "ENV_DIR",
    "ENV_ENABLE",
]

PathLike = Union[str, os.PathLike]

ENV_DIR = "TEXTLAB_CACHE_DIR"
ENV_ENABLE = "TEXTLAB_CACHE"
FILE_NAME = "tokens-v1.sqlite3"
FORMAT = 2  # row layout: b"2" + SHA-256 digest (32 bytes) + tag + payload

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}
_BATCH = 500  # keys per SELECT (well under SQLite's variable limit)
_SEP = "\x00"
_ROW_VERSION = b"2"
_DIGEST_SIZE = 32
_DIGEST_SALT = b"textlab token cache row\x00"


class TokenCacheWarning(RuntimeWarning):
    """The token cache cannot be used (damaged file, permissions, lock, full disk); it is off."""


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
        return b"J" + json.dumps(list(tokens), ensure_ascii=False).encode("utf-8", "surrogatepass")
    return b"S" + _SEP.join(tokens).encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> list[str]:
    """The tokens of an :func:`_encode` payload; ValueError (or a subclass) if it is not one."""
    text = data[1:].decode("utf-8", "surrogatepass")
    tag = data[:1]
    if tag == b"S":
        return text.split(_SEP) if text else []
    if tag == b"J":
        tokens = json.loads(text)
        if not isinstance(tokens, list) or not all(isinstance(token, str) for token in tokens):
            raise ValueError("JSON payload is not a list of strings")
        return tokens
    raise ValueError(f"unknown payload tag {tag!r}")


def _digest(namespace: str, key: bytes, payload: bytes) -> bytes:
    """What a row's digest must be: SHA-256 over the namespace (the segmenter's configuration),
    the text's hash and the encoded tokens."""
    hasher = hashlib.sha256(_DIGEST_SALT)
    for part in (namespace.encode("utf-8", "surrogatepass"), key, payload):
        hasher.update(len(part).to_bytes(8, "big"))
        hasher.update(part)
    return hasher.digest()


def _seal(namespace: str, key: bytes, tokens: Sequence[str]) -> bytes:
    """A row's stored bytes: version, digest, payload."""
    payload = _encode(tokens)
    return _ROW_VERSION + _digest(namespace, key, payload) + payload


def _open(namespace: str, key: bytes, data: Any) -> list[str] | None:
    """The tokens of a stored row, or None when the row is not exactly what was written."""
    if not isinstance(data, bytes) or len(data) <= 1 + _DIGEST_SIZE or data[:1] != _ROW_VERSION:
        return None
    digest, payload = data[1:1 + _DIGEST_SIZE], data[1 + _DIGEST_SIZE:]
    if digest != _digest(namespace, key, payload):
        return None
    try:
        return _decode(payload)
    except ValueError:  # UnicodeDecodeError and json.JSONDecodeError are ValueErrors
        return None


def _is_lock(exc: Exception) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


class TokenCache:
    """Token lists on disk, keyed by (namespace, SHA-256 of the text).

    Args:
        directory: where ``tokens-v1.sqlite3`` lives; ``None`` = :func:`default_cache_dir`.
        timeout: seconds to wait for another process's lock before giving up (and turning
            the cache off for this instance).

    Picklable (the directory and timeout travel; the off switch and counters do not). Not a
    place for secrets: the tokens are the text's words in plain UTF-8.

    Attributes:
        disabled: None while the cache works, else the one-line reason it was turned off.
        rejected: rows read back but not served (digest mismatch, undecodable, not lossless).
    """

    def __init__(self, directory: PathLike | None = None, *, timeout: float = 60.0) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout >= 0:
            raise ValueError(f"timeout must be a number of seconds >= 0, got {timeout!r}")
        self.timeout = float(timeout)
        self.disabled: str | None = None
        self.rejected = 0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TokenCache({str(self.directory)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TokenCache) and other.directory == self.directory

    def __hash__(self) -> int:
        return hash(self.directory)

    def __getstate__(self) -> dict:
        return {"directory": self.directory, "timeout": self.timeout}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["directory"], timeout=state.get("timeout", 60.0))

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return self.directory / FILE_NAME

    # -- connections ---------------------------------------------------------------------

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        """An open connection, or None when there is no file and ``create`` is false.

        Raises OSError or sqlite3.Error when the storage cannot be used.
        """
        if self.directory.exists() and not self.directory.is_dir():
            raise NotADirectoryError(f"the cache folder {self.directory} is a file")
        if self.path.is_dir():
            raise IsADirectoryError(f"the database path {self.path} is a folder")
        if not create and not self.path.exists():
            return None
        if create:
            self.directory.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(self.path), timeout=self.timeout, isolation_level=None)
        try:
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS tokens (ns TEXT NOT NULL, key BLOB NOT NULL, data BLOB NOT NULL, "
                "PRIMARY KEY (ns, key)) WITHOUT ROWID"
            )
        except BaseException:
            connection.close()
            raise
        return connection

    def _disable(self, exc: BaseException, stacklevel: int = 5) -> None:
        """Turn the cache off for this instance, with one warning (the first problem's).

        ``stacklevel`` 5 points at the code that called ``cut_many`` / ``tokenize_many``.
        """
        with self._lock:
            if self.disabled is not None:
                return
            problem = str(exc) or type(exc).__name__
            if _is_lock(exc):
                hint = f"another process held its lock for more than {self.timeout:g} s"
            elif isinstance(exc, (NotADirectoryError, IsADirectoryError)):
                hint = "pass another cache folder (cache=<folder> or TEXTLAB_CACHE_DIR)"
            elif isinstance(exc, PermissionError) or "readonly" in problem or "unable to open" in problem:
                hint = "the folder or file is not writable; pass another cache folder (cache=<folder> or "
                hint += "TEXTLAB_CACHE_DIR)"
            elif "full" in problem:
                hint = "the disk is full"
            else:
                hint = "the file is damaged: delete it (TokenCache(...).clear()) to start afresh"
            self.disabled = f"token cache {self.path} cannot be used ({type(exc).__name__}: {problem}): {hint}"
        warnings.warn(
            f"textlab: {self.disabled}; segmenting without the cache", TokenCacheWarning, stacklevel=stacklevel
        )

    # -- reading and writing -------------------------------------------------------------

    def get_many(self, namespace: str, keys: Sequence[bytes]) -> list[list[str] | None]:
        """The cached tokens for each key (``None`` where there are none or the row fails its check)."""
        if self.disabled is not None:
            return [None] * len(keys)
        found: dict[bytes, Any] = {}
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
        except (sqlite3.Error, OSError) as exc:
            self._disable(exc)
            return [None] * len(keys)
        out: list[list[str] | None] = []
        for key in keys:
            tokens = _open(namespace, key, found[key]) if key in found else None
            if tokens is None and key in found:
                self.rejected += 1
            out.append(tokens)
        return out

    def put_many(self, namespace: str, items: Iterable[tuple[bytes, Sequence[str]]]) -> None:
        """Store ``(key, tokens)`` pairs in one transaction (all or nothing), replacing old rows."""
        if self.disabled is not None:
            return
        rows = [(namespace, key, _seal(namespace, key, tokens)) for key, tokens in items]
        if not rows:
            return
        try:
            connection = self._connect(create=True)
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    connection.executemany("INSERT OR REPLACE INTO tokens (ns, key, data) VALUES (?, ?, ?)", rows)
                    connection.execute("COMMIT")
                except BaseException:
                    if connection.in_transaction:
                        connection.execute("ROLLBACK")
                    raise
            finally:
                connection.close()
        except (sqlite3.Error, OSError) as exc:
            self._disable(exc)

    def clear(self) -> None:
        """Delete the cache file (every namespace) and turn the cache on again if it was off."""
        for suffix in ("", "-journal", "-wal", "-shm"):
            try:
                os.remove(str(self.path) + suffix)
            except FileNotFoundError:
                pass
        with self._lock:
            self.disabled = None

    def stats(self) -> dict[str, Any]:
        """``{"path", "entries", "namespaces", "bytes", "rejected", "disabled"}`` (zeros when there
        is no file or the cache is off)."""
        out: dict[str, Any] = {"path": str(self.path), "entries": 0, "namespaces": 0, "bytes": 0}
        if self.disabled is None:
            try:
                connection = self._connect(create=False)
                if connection is not None:
                    try:
                        out["entries"], out["namespaces"] = connection.execute(
                            "SELECT COUNT(*), COUNT(DISTINCT ns) FROM tokens"
                        ).fetchone()
                    finally:
                        connection.close()
                    out["bytes"] = self.path.stat().st_size
            except (sqlite3.Error, OSError) as exc:
                self._disable(exc, stacklevel=3)
        out["rejected"] = self.rejected
        out["disabled"] = self.disabled
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


@functools.cache
def code_hash() -> str:
    """SHA-256 of the segmentation package's source (every ``.py`` file of
    ``textlab/segmentation``): cached tokens never outlive a change to the code. Computed once
    per process."""
    hasher = hashlib.sha256()
    try:
        for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
            hasher.update(path.name.encode("utf-8") + b"\x00" + path.read_bytes())
    except OSError:  # no readable source (a frozen install): the version alone
        import textlab

        return f"v{textlab.__version__}"
    return hasher.hexdigest()[:16]


@functools.cache
def backend_version(name: str) -> str:
    """``name`` plus the installed version of its package (for the cache namespace)."""
    from importlib import metadata

    try:
        return f"{name}-{metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return name
