"""Dictionaries for segmentation: reading user dictionaries, the lexicon and stopword lists,
choosing frequencies for words given without one, and building jieba prefix dictionaries.

A prefix dictionary is jieba's default dictionary plus textlab's domain lexicon plus user
words (``FREQ`` word -> count, with the prefixes of every word at 0, and ``total``). Building
one costs about a second, so built dictionaries are kept in a :class:`DictionaryStore`. There is
one process-wide store, :data:`SHARED`, and it is the only cache of this package that outlives
a :class:`~textlab.segmentation.Segmenter`: it holds jieba's parsed base dictionary, the
last few prefix dictionaries built (keyed by a hash of their content, so two segmenters with
the same words share one read-only dictionary) and the jieba-rs engines loaded with them.
Nothing is built at import; :meth:`DictionaryStore.clear` empties it.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar, Union

from textlab.locations import resources_dir

__all__ = [
    "DictEntry",
    "DictionaryStore",
    "SHARED",
    "FLOOR",
    "MARGIN",
    "read_user_dict",
    "read_stopwords",
    "read_lexicon",
    "choose_frequencies",
    "lexicon_path",
    "stopword_paths",
]

PathLike = Union[str, os.PathLike]
DictEntry = tuple[str, Union[int, None], Union[str, None]]
T = TypeVar("T")

# Frequencies for user words given without one: at least FLOOR, and MARGIN times the frequency
# that just beats the best split of the word (see choose_frequencies).
FLOOR = 300
MARGIN = 20

_TAG = re.compile(r"^[A-Za-z]+$")
# the characters jieba can return as part of one token (its re_han_default)
_JIEBA_BLOCK = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+$")


def lexicon_path() -> Path:
    """textlab's packaged domain lexicon (``resources/lexicon.txt``)."""
    return resources_dir() / "lexicon.txt"


def stopword_paths() -> tuple[Path, Path]:
    """textlab's packaged stopword lists (general, then official-prose words)."""
    folder = resources_dir()
    return folder / "stopwords.txt", folder / "stopwords_official.txt"


def __getattr__(name: str) -> Any:
    # the 0.1 constants, resolved when asked for (nothing is resolved at import)
    if name == "RESOURCES":
        return resources_dir()
    if name == "LEXICON_PATH":
        return lexicon_path()
    if name == "STOPWORD_PATHS":
        return stopword_paths()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------- reading files


def _read_text(path: PathLike, what: str) -> str:
    """Read a UTF-8 text file (a BOM is allowed); raise a clear error naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"{what} file not found: {path}") from None
    except IsADirectoryError:
        raise IsADirectoryError(f"{what} path is a directory, not a file: {path}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{what} file {path} is not UTF-8 (byte {exc.start}): re-save it as UTF-8") from None


def _parse_entry(line: str, where: str) -> DictEntry | None:
    """Parse ``word [freq] [tag]``; None for blank lines and ``#`` comments."""
    line = line.strip().lstrip("\ufeff").strip()
    if not line or line.startswith("#"):
        return None
    parts = line.split()
    word, rest = parts[0], parts[1:]
    freq: int | None = None
    tag: str | None = None
    if rest and rest[0].isdigit():
        freq = int(rest.pop(0))
    if rest and _TAG.match(rest[0]):
        tag = rest.pop(0)
    if rest:
        raise ValueError(f"{where}: expected 'word [frequency] [tag]', got {line!r}")
    return word, freq, tag


def read_user_dict(source: PathLike | Iterable[str]) -> list[DictEntry]:
    """Read a user dictionary: a file path, or an iterable of words / ``word freq tag`` strings.

    Lines are ``word [frequency] [POS tag]``; a UTF-8 BOM, CRLF or CR line ends, blank lines,
    surrounding spaces and ``#`` comment lines are tolerated. Returns ``(word, freq, tag)`` tuples
    with ``None`` for what was not given.

    >>> read_user_dict(["\\ufeff业委会 500 nt", "", "# comment", "网格员\\r"])
    [('业委会', 500, 'nt'), ('网格员', None, None)]
    """
    entries: list[DictEntry] = []
    if isinstance(source, (str, os.PathLike)):
        text = _read_text(source, "user dictionary")
        for lineno, line in enumerate(text.splitlines(), 1):
            entry = _parse_entry(line, f"user dictionary {source}, line {lineno}")
            if entry:
                entries.append(entry)
        return entries
    if isinstance(source, (bytes, bytearray)):
        raise TypeError("user_dict must be a path or a list of words, not bytes")
    for index, item in enumerate(source):
        if not isinstance(item, str):
            raise TypeError(f"user_dict item {index} is {type(item).__name__}, expected str: {item!r}")
        entry = _parse_entry(item, f"user_dict item {index}")
        if entry:
            entries.append(entry)
    return entries


def read_lexicon(lexicon: bool | PathLike | None) -> tuple[list[DictEntry], str]:
    """The entries of a lexicon (True = textlab's, False/None = none, or a path) and the
    SHA-256 of its text ("" for none)."""
    if lexicon is False or lexicon is None:
        return [], ""
    path = lexicon_path() if lexicon is True else Path(lexicon)
    text = _read_text(path, "lexicon")
    return _parse_lexicon(text, path), hashlib.sha256(text.encode("utf-8")).hexdigest()


def _parse_lexicon(text: str, path: Path) -> list[DictEntry]:
    entries = []
    for lineno, line in enumerate(text.splitlines(), 1):
        entry = _parse_entry(line, f"lexicon {path}, line {lineno}")
        if entry:
            entries.append(entry)
    return entries


def read_stopwords(source: bool | None | PathLike | Iterable[str] = True) -> frozenset[str]:
    """Stopwords: True = textlab's packaged lists, False/None = none, a path, or words.

    >>> "进一步" in read_stopwords(True), "进一步" in read_stopwords(False)
    (True, False)
    """
    if source is True:
        words: set[str] = set()
        for path in stopword_paths():
            words.update(_read_word_lines(_read_text(path, "stopword")))
        return frozenset(words)
    if source is False or source is None:
        return frozenset()
    if isinstance(source, (str, os.PathLike)):
        return frozenset(_read_word_lines(_read_text(source, "stopword")))
    words = set()
    for index, item in enumerate(source):
        if not isinstance(item, str):
            raise TypeError(f"stopwords item {index} is {type(item).__name__}, expected str: {item!r}")
        words.update(_read_word_lines(item))
    return frozenset(words)


def _read_word_lines(text: str) -> list[str]:
    words = []
    for line in text.splitlines():
        line = line.strip().lstrip("\ufeff").strip()
        if line and not line.startswith("#"):
            words.append(line)
    return words


# --------------------------------------------------------------------------- frequencies


def add_word(freq: dict[str, int], total: int, word: str, count: int) -> int:
    """Add ``word`` to a prefix dictionary in place (like jieba's add_word, without its global
    side effects); return the new total."""
    total += count - freq.get(word, 0) if freq.get(word) else count
    freq[word] = count
    for end in range(1, len(word)):
        freq.setdefault(word[:end], 0)
    return total


def choose_frequencies(
    freq: dict[str, int],
    total: int,
    entries: list[DictEntry],
    *,
    floor: int = FLOOR,
    margin: int = MARGIN,
    prior: dict[str, int] | None = None,
) -> tuple[int, dict[str, int]]:
    """Add entries to ``freq`` in place, choosing a frequency for those given without one.

    A word without frequency gets ``max(floor, margin * f_split, existing)``, where ``f_split`` is
    the frequency at which the word would just beat its best split, and ``prior`` (for example
    a corpus count scaled to jieba's dictionary) if larger; words are added shortest first so
    that longer words outbid the shorter ones they contain. Afterwards every word chosen
    here is checked: if, segmented alone (HMM on), it still does not come out whole, its
    frequency is raised (x4, up to 20 times). Returns the new total and the chosen frequencies.
    """
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    chosen: dict[str, int] = {}
    ordered = sorted(entries, key=lambda e: (len(e[0]), e[0]))
    for word, count, _tag in ordered:
        if count is None:
            pieces = tokenizer.lcut(word, HMM=False)
            existing = max(freq.get(word, 0), (prior or {}).get(word, 0))
            if pieces == [word]:
                count = max(floor, existing)
            else:
                needed = 1.0
                for piece in pieces:
                    needed *= freq.get(piece, 1) / tokenizer.total
                count = max(floor, int(margin * needed * tokenizer.total) + 1, existing)
            chosen[word] = count
        tokenizer.total = add_word(freq, tokenizer.total, word, count)
    for _round in range(20):
        failing = [w for w in sorted(chosen) if is_cuttable(w) and tokenizer.lcut(w) != [w]]
        if not failing:
            break
        for word in failing:
            chosen[word] *= 4
            tokenizer.total = add_word(freq, tokenizer.total, word, chosen[word])
    return tokenizer.total, chosen


def is_cuttable(word: str) -> bool:
    """Whether jieba can return ``word`` as one token at all (its word regex covers it)."""
    return bool(_JIEBA_BLOCK.match(word))


def special_pattern(words: Iterable[str]) -> re.Pattern | None:
    """A regex matching the dictionary words jieba cannot return whole (longest first)."""
    special = sorted((w for w in words if not is_cuttable(w)), key=lambda w: (-len(w), w))
    if not special:
        return None
    return re.compile("(" + "|".join(map(re.escape, special)) + ")")


# --------------------------------------------------------------------------- the store


class DictionaryStore:
    """Prefix dictionaries built in this process, shared by the segmenters that ask for the same
    content: jieba's base dictionary (parsed once), the last ``size`` dictionaries built (by
    content hash), the last ``size`` lexicons parsed (by content hash) and any object built
    from a dictionary (the jieba-rs engines, see :meth:`derived`).

    Values handed out are shared and must be treated as read-only; a segmenter that adds words
    copies its dictionary first. Thread-safe.

    Built dictionaries are also kept on disk (``directory``: None = the token cache's folder,
    ``$TEXTLAB_CACHE_DIR`` or the user cache directory; False = never), one file per content
    hash, so that a new process starts in about the time jieba takes to load its own cache
    instead of parsing jieba's dictionary again (:func:`write_dictionary`,
    :func:`read_dictionary`). A file that is missing, unreadable or damaged is rebuilt;
    a folder that cannot be written is skipped; only the last six files written are kept.
    ``TEXTLAB_DICT_CACHE=0`` turns this off.
    """

    def __init__(self, size: int = 4, directory: PathLike | None | bool = None) -> None:
        self.size = size
        self.directory = directory
        self._lock = threading.RLock()
        self._base: dict[str, Any] = {}
        self._built: OrderedDict[str, tuple[dict[str, int], int, dict[str, str]]] = OrderedDict()
        self._lexicons: OrderedDict[str, tuple[DictEntry, ...]] = OrderedDict()
        self._derived: OrderedDict[tuple[str, str], Any] = OrderedDict()

    def clear(self) -> None:
        """Forget everything built (the next segmenter builds again)."""
        with self._lock:
            self._base.clear()
            self._built.clear()
            self._lexicons.clear()
            self._derived.clear()

    def _keep(self, table: OrderedDict, key: Any, value: Any) -> Any:
        table[key] = value
        while len(table) > self.size:
            table.popitem(last=False)
        return value

    def base(self) -> tuple[dict[str, int], int, str]:
        """jieba's default prefix dictionary (FREQ, total) and a hash of its content."""
        with self._lock:
            if "freq" not in self._base:
                import jieba

                tokenizer = jieba.Tokenizer()
                with tokenizer.get_dict_file() as fh:
                    data = fh.read()
                freq, total = tokenizer.gen_pfdict(io.BytesIO(data))
                self._base.update(freq=freq, total=total, sha=hashlib.sha256(data).hexdigest(), raw=data)
            return self._base["freq"], self._base["total"], self._base["sha"]

    def base_tags(self) -> dict[str, str]:
        """word -> POS tag of jieba's default dictionary (for part-of-speech filtering)."""
        with self._lock:
            self.base()
            if "tags" not in self._base:
                tags = {}
                for line in self._base["raw"].decode("utf-8").splitlines():
                    parts = line.split()
                    if len(parts) == 3:
                        tags[parts[0]] = parts[2]
                self._base["tags"] = tags
            return self._base["tags"]

    def lexicon(self, lexicon: bool | PathLike | None) -> tuple[list[DictEntry], str]:
        """:func:`read_lexicon`; the file is read every time, parsed once per content."""
        if lexicon is False or lexicon is None:
            return [], ""
        path = lexicon_path() if lexicon is True else Path(lexicon)
        text = _read_text(path, "lexicon")
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self._lock:
            if sha in self._lexicons:
                return list(self._lexicons[sha]), sha
        entries = _parse_lexicon(text, path)
        with self._lock:
            self._keep(self._lexicons, sha, tuple(entries))
        return entries, sha

    def dictionary(self, key: str, entries: list[DictEntry]) -> tuple[dict[str, int], int, dict[str, str]]:
        """The prefix dictionary (FREQ, total, tags of added words) for jieba's dictionary plus
        ``entries``; ``key`` is a hash of that content."""
        with self._lock:
            if key in self._built:
                self._built.move_to_end(key)
                return self._built[key]
            tags = {word: tag for word, _count, tag in entries if tag}
            for word, _count, tag in entries:
                if not tag and word not in tags:
                    tags[word] = "nz"
            path = self._file(key)
            file_key = _file_key(key)
            loaded = read_dictionary(path, file_key) if path is not None else None
            if loaded is not None:
                freq, total = loaded
            else:
                base_freq, base_total, _sha = self.base()
                freq = dict(base_freq)
                total, _chosen = choose_frequencies(freq, base_total, entries)
                if path is not None:
                    write_dictionary(path, file_key, freq, total)
            return self._keep(self._built, key, (freq, total, tags))

    def _file(self, key: str) -> Path | None:
        """Where the dictionary ``key`` is kept on disk, or None when that is off."""
        if self.directory is False or os.environ.get(ENV_DICT_CACHE, "1").strip().lower() in ("0", "false", "no", "off"):
            return None
        if self.directory is None or self.directory is True:
            from textlab.segmentation.cache import default_cache_dir

            folder = default_cache_dir()
        else:
            folder = Path(self.directory)
        return folder / f"prefix-dict-{_file_key(key)[:32]}.bin"

    def derived(self, kind: str, key: str, build: Callable[[], T]) -> T:
        """``build()`` once per (kind, dictionary key): e.g. the jieba-rs engine of a dictionary."""
        with self._lock:
            if (kind, key) in self._derived:
                self._derived.move_to_end((kind, key))
                return self._derived[kind, key]
            return self._keep(self._derived, (kind, key), build())


SHARED = DictionaryStore()
"""The process-wide :class:`DictionaryStore` every :class:`~textlab.segmentation.Segmenter` uses."""


# --------------------------------------------------------------------------- dictionaries on disk

ENV_DICT_CACHE = "TEXTLAB_DICT_CACHE"
KEEP_FILES = 6
"""Dictionary files kept per folder (the most recently written)."""


@functools.cache
def _source_hash() -> str:
    """SHA-256 of this module's source: a file written by other code is not read back."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        import textlab

        return textlab.__version__


def _file_key(key: str) -> str:
    """The key of a dictionary's file: its content key and the code that built it."""
    return hashlib.sha256(f"{key}|{_source_hash()}".encode("ascii")).hexdigest()
_MAGIC = b"textlab prefix dictionary v1\n"


def write_dictionary(path: Path, key: str, freq: dict[str, int], total: int) -> bool:
    """Write a prefix dictionary: a header (key, total, size), the words NUL-separated in UTF-8,
    their counts as 8-byte integers, and a SHA-256 of all of it. Written to a temporary file
    and renamed (a reader sees the old file or the new one). Returns False if it could not
    be written (the caller goes on without it)."""
    from array import array

    words = list(freq)
    counts = array("q", freq.values())
    body = "\x00".join(words).encode("utf-8", "surrogatepass")
    header = _MAGIC + f"{key} {total} {len(words)} {len(body)}\n".encode("ascii")
    payload = header + body + counts.tobytes()
    data = payload + hashlib.sha256(payload).digest()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink()
        except OSError:
            pass
        return False
    _prune(path.parent)
    return True


def _prune(folder: Path, keep: int = KEEP_FILES) -> None:
    """Delete all but the ``keep`` most recently written dictionary files of ``folder`` (each
    user dictionary has its own file, about 9 MB)."""
    try:
        files = sorted(folder.glob("prefix-dict-*.bin"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in files[keep:]:
            old.unlink()
    except OSError:
        pass


def read_dictionary(path: Path, key: str) -> tuple[dict[str, int], int] | None:
    """The (FREQ, total) written by :func:`write_dictionary` for ``key``, or None if the file
    is missing, for another key, or not exactly what was written."""
    from array import array

    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload, digest = data[:-32], data[-32:]
    if not payload.startswith(_MAGIC) or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        end = payload.index(b"\n", len(_MAGIC))
        stored_key, total, size, body_size = payload[len(_MAGIC):end].decode("ascii").split()
        total, size, body_size = int(total), int(size), int(body_size)
        start = end + 1
        words = payload[start:start + body_size].decode("utf-8", "surrogatepass").split("\x00")
        counts = array("q")
        counts.frombytes(payload[start + body_size:])
    except (ValueError, UnicodeDecodeError):
        return None
    if stored_key != key or len(words) != size or len(counts) != size:
        return None
    return dict(zip(words, counts)), total
