"""Segment Chinese official prose into words: jieba + textlab's domain lexicon + stopwords.

Every :class:`Segmenter` owns its own ``jieba.Tokenizer``: jieba's global dictionary
(``jieba.dt``) is never touched, and two segmenters with different dictionaries do not affect
each other. The prefix dictionary is built lazily on first use and cached in-process, keyed by
the dictionary's content, so a second segmenter with the same dictionary is cheap.

Example:
    >>> seg = Segmenter()
    >>> seg.cut("推进党建引领基层治理")
    ['推进', '党建引领', '基层治理']
    >>> seg.tokenize("进一步推进党建引领基层治理，取得了明显成效。")
    ['党建引领', '基层治理']
    >>> import textlab as tl
    >>> tl.segment("网格员积极参与矛盾纠纷排查化解")
    ['网格员', '积极参与', '矛盾纠纷', '排查化解']

Backends. ``Segmenter(backend="auto")`` (the default) uses jieba-rs through the ``rjieba``
package (``pip install textlab[fast]``; a version with ``Jieba.empty`` and ``add_word``, 0.2.2
tested) when it is importable, and jieba
otherwise; ``backend="jieba"`` / ``"rjieba"`` force one. The rjieba backend is loaded with the
very prefix dictionary the jieba backend uses (jieba's dictionary + lexicon + user words, same
frequencies, same total) and gives the same tokens, only about ten times faster. Two known
differences of jieba-rs are corrected in Python, so that jieba's output wins everywhere:

* jieba-rs counts more characters as Chinese (CJK extensions A-F, compatibility ideographs,
  U+9FD6-9FFF): jieba makes each of them a token of its own (``㐀㐀`` is ``㐀 / 㐀``, jieba-rs
  keeps ``㐀㐀``), so the text is split at such characters before jieba-rs sees it.
* in runs of Latin letters and digits that jieba's HMM handles, jieba-rs joins pieces across
  ``.``, ``_`` and ``-`` (``2026-11-19``, ``5G-A``, ``PM_2.5``) where jieba splits them
  (``2026 / - / 11 / - / 19``): such tokens, when they are not dictionary words, are re-split
  with jieba's rule.

``tests/test_backends.py`` checks token identity over every .txt file in ``seeds/`` and on
random strings; each rjieba dictionary is also checked against jieba on a probe text when it
is built (on a mismatch ``"auto"`` falls back to jieba with a warning, ``"rjieba"`` raises).
Because the outputs are identical, :attr:`Segmenter.config_hash` does not depend on the
backend. Part-of-speech filtering (``pos=``) always runs on jieba.posseg.

Batches. :meth:`Segmenter.cut_many` and :meth:`Segmenter.tokenize_many` take ``n_jobs``
(``-1`` = all cores) and use a process pool when the texts are long enough to pay for it;
:meth:`Segmenter.iter_tokenize` streams. With ``cache=True`` (or a directory, or the
environment variable ``TEXTLAB_CACHE=1``) the batch methods keep their results in an on-disk
token cache (:mod:`textlab.cache`), keyed by each text's SHA-256 and the segmenter's
configuration, so that a second run over the same corpus does not segment again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
import threading
import unicodedata
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Union

from textlab.locations import resources_dir

__all__ = [
    "Segmenter",
    "segment",
    "available_backends",
    "BACKENDS",
    "BackendMismatchError",
    "read_user_dict",
    "read_stopwords",
    "LEXICON_PATH",
    "STOPWORD_PATHS",
]

RESOURCES = resources_dir()
LEXICON_PATH = RESOURCES / "lexicon.txt"
STOPWORD_PATHS = (RESOURCES / "stopwords.txt", RESOURCES / "stopwords_official.txt")

PathLike = Union[str, os.PathLike]
DictEntry = tuple[str, Union[int, None], Union[str, None]]

# Frequencies for user words given without one: at least FLOOR, and MARGIN times the frequency
# that just beats the best split of the word (see choose_frequencies).
FLOOR = 300
MARGIN = 20

_WHITESPACE = re.compile(r"(\s+)")
_TAG = re.compile(r"^[A-Za-z]+$")
# numbers, percentages, dates and counts written as numbers: 2024年, 5.2%, 三年, 第十, 两个, 1.2万亿元
_NUMERALS = "0-9０-９零〇一二三四五六七八九十百千万亿两几半数"
_UNITS = (
    "年月日号时点分秒个项次名位户人元角倍岁天周期批处家所条件届轮种类支座台辆吨米亩里斤度成"
    "万亿多余强"
)
_NUMERIC = re.compile(
    rf"^[第约近超逾]?[{_NUMERALS}.,．，:：/%％‰~～-]+"
    rf"(?:[{_UNITS}]|公里|千米|平方米|平方公里|公顷|千瓦|万千瓦|千瓦时|立方米|小时|分钟|左右|以上|以下|以内)*$"
)
_UNIT_WORDS = frozenset(_UNITS) | {"公里", "千米", "平方米", "平方公里", "公顷", "千瓦", "万千瓦", "千瓦时", "立方米", "小时", "分钟", "万元", "亿元", "万人", "多万", "余万", "万亩"}
_MASK = re.compile(r"^[×xXＸｘ*＊Ⅹⅹ○●□■?？]+$")
_LATIN_LETTER = re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ]$")


# --------------------------------------------------------------------------- reading resources


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


def read_stopwords(source: bool | None | PathLike | Iterable[str] = True) -> frozenset[str]:
    """Stopwords: True = textlab's packaged lists, False/None = none, a path, or words.

    >>> "进一步" in read_stopwords(True), "进一步" in read_stopwords(False)
    (True, False)
    """
    if source is True:
        words: set[str] = set()
        for path in STOPWORD_PATHS:
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


# --------------------------------------------------------------------------- dictionaries

_LOCK = threading.RLock()
_BASE: dict[str, Any] = {}
_DICT_CACHE: OrderedDict[str, tuple[dict[str, int], int, dict[str, str]]] = OrderedDict()
_DICT_CACHE_SIZE = 4
_PARSED_LEXICONS: dict[str, tuple[DictEntry, ...]] = {}


def _base_dictionary() -> tuple[dict[str, int], int, str]:
    """jieba's default prefix dictionary (FREQ, total) and a hash of its content; built once."""
    with _LOCK:
        if "freq" not in _BASE:
            import jieba

            tokenizer = jieba.Tokenizer()
            with tokenizer.get_dict_file() as fh:
                data = fh.read()
            import io

            freq, total = tokenizer.gen_pfdict(io.BytesIO(data))
            _BASE.update(freq=freq, total=total, sha=hashlib.sha256(data).hexdigest(), raw=data)
        return _BASE["freq"], _BASE["total"], _BASE["sha"]


def _base_tags() -> dict[str, str]:
    """word -> POS tag of jieba's default dictionary (for part-of-speech filtering)."""
    with _LOCK:
        _base_dictionary()
        if "tags" not in _BASE:
            tags = {}
            for line in _BASE["raw"].decode("utf-8").splitlines():
                parts = line.split()
                if len(parts) == 3:
                    tags[parts[0]] = parts[2]
            _BASE["tags"] = tags
        return _BASE["tags"]


def _add_word(freq: dict[str, int], total: int, word: str, count: int) -> int:
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
        tokenizer.total = _add_word(freq, tokenizer.total, word, count)
    for _round in range(20):
        failing = [w for w in sorted(chosen) if _is_cuttable(w) and tokenizer.lcut(w) != [w]]
        if not failing:
            break
        for word in failing:
            chosen[word] *= 4
            tokenizer.total = _add_word(freq, tokenizer.total, word, chosen[word])
    return tokenizer.total, chosen


_JIEBA_BLOCK = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+$")


def _is_cuttable(word: str) -> bool:
    """Whether jieba can return ``word`` as one token at all (its word regex covers it)."""
    return bool(_JIEBA_BLOCK.match(word))


def _special_pattern(words: Iterable[str]) -> re.Pattern | None:
    """A regex matching the dictionary words jieba cannot return whole (longest first)."""
    special = sorted((w for w in words if not _is_cuttable(w)), key=lambda w: (-len(w), w))
    if not special:
        return None
    return re.compile("(" + "|".join(map(re.escape, special)) + ")")


def _lexicon_entries(lexicon: bool | PathLike) -> tuple[list[DictEntry], str]:
    if lexicon is False or lexicon is None:
        return [], ""
    path = LEXICON_PATH if lexicon is True else Path(lexicon)
    text = _read_text(path, "lexicon")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with _LOCK:
        if sha in _PARSED_LEXICONS:  # the same content parsed before in this process
            return list(_PARSED_LEXICONS[sha]), sha
    entries = []
    for lineno, line in enumerate(text.splitlines(), 1):
        entry = _parse_entry(line, f"lexicon {path}, line {lineno}")
        if entry:
            entries.append(entry)
    with _LOCK:
        _PARSED_LEXICONS[sha] = tuple(entries)
        while len(_PARSED_LEXICONS) > _DICT_CACHE_SIZE:
            _PARSED_LEXICONS.pop(next(iter(_PARSED_LEXICONS)))
    return entries, sha


def _dictionary(key: str, entries: list[DictEntry]) -> tuple[dict[str, int], int, dict[str, str]]:
    """The prefix dictionary (FREQ, total, tags of added words) for jieba's dictionary plus
    ``entries``; cached in-process by ``key`` (a hash of the content)."""
    with _LOCK:
        if key in _DICT_CACHE:
            _DICT_CACHE.move_to_end(key)
            return _DICT_CACHE[key]
        base_freq, base_total, _sha = _base_dictionary()
        freq = dict(base_freq)
        total, _chosen = choose_frequencies(freq, base_total, entries)
        tags = {word: tag for word, _count, tag in entries if tag}
        for word, _count, tag in entries:
            if not tag and word not in tags:
                tags[word] = "nz"
        _DICT_CACHE[key] = (freq, total, tags)
        while len(_DICT_CACHE) > _DICT_CACHE_SIZE:
            _DICT_CACHE.popitem(last=False)
        return _DICT_CACHE[key]


# --------------------------------------------------------------------------- backends

BACKENDS = ("auto", "jieba", "rjieba")

# Characters outside these ranges are cut out before jieba-rs sees a text. Each of them is a
# token of its own in jieba (none is in jieba's word class), so cutting them out changes
# nothing for jieba, while jieba-rs would join some of them (CJK extensions, compatibility
# ideographs, U+9FD6-9FFF) into words. Lone surrogates, which jieba-rs cannot take, go too.
_RS_SPLIT = re.compile(
    "([^\u0000-\u024f\u2000-\u206f\u3000-\u3004\u3008-\u3020\u4e00-\u9fd5\uff00-\uffef])"
)
# jieba-rs joins Latin/digit pieces across these in its HMM step; jieba does not
_RS_JOINERS = re.compile(r"[._\-]")
# jieba's rule for the non-Chinese parts of an HMM block (jieba.finalseg.re_skip)
_HMM_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# a word no text can reach: it only tops up jieba-rs's total to jieba's (see _RustEngine)
_FILLER = "\ue000"
# memoised modelling forms per segmenter (cleared beyond this many distinct tokens)
_FORMS_LIMIT = 500_000
# checked against jieba whenever a jieba-rs dictionary is built
_PROBE = (
    "各位代表：2024年国内生产总值达到134.9万亿元，增长5%。实施“十四五”规划，推进党建引领基层治理，"
    "网格员积极参与矛盾纠纷排查化解。适度超前部署5G-A网络，PM_2.5浓度下降，13.EFlops算力，"
    "发布于2026-11-19，C++与AT&T，x1.5%y，abc.12.3%def-g，a+#b，1..2。我们中出了一个叛徒，"
    "他来到了网易杭研大厦，小明硕士毕业于中国科学院计算所。二〇三五年远景目标，㐀㐀豈更𠀀𠀀鿖。"
)


class BackendMismatchError(RuntimeError):
    """The rjieba backend does not reproduce jieba's tokens (an unsupported rjieba version)."""


def _rjieba_module():
    """The rjieba module if it is importable and can load a dictionary, else None."""
    try:
        import rjieba
    except ImportError:
        return None
    if not (hasattr(rjieba.Jieba, "empty") and hasattr(rjieba.Jieba, "add_word")):
        return None  # an rjieba without them cannot load our dictionary
    return rjieba


def available_backends() -> list[str]:
    """The segmentation backends usable here, fastest first.

    >>> "jieba" in available_backends()
    True
    """
    return (["rjieba"] if _rjieba_module() is not None else []) + ["jieba"]


def _resolve_backend(backend: str) -> str:
    if backend == "jieba":
        return "jieba"
    if _rjieba_module() is not None:
        return "rjieba"
    if backend == "rjieba":
        raise ImportError(
            "backend='rjieba' needs the rjieba package (a version with Jieba.empty and add_word, such as 0.2.2): "
            "pip install 'textlab[fast]', or use backend='auto' to fall back to jieba"
        )
    return "jieba"


class _RustEngine:
    """jieba-rs (rjieba) loaded with a jieba prefix dictionary; :meth:`lcut` returns what
    ``jieba.Tokenizer.lcut`` returns for the same dictionary (see the module docstring)."""

    def __init__(self, freq: dict[str, int], total: int) -> None:
        rjieba = _rjieba_module()
        if rjieba is None:
            raise ImportError("no rjieba with Jieba.empty and add_word is importable")
        self._jieba = rjieba.Jieba.empty()
        self._sum = 0
        add = self._jieba.add_word
        for word, count in freq.items():
            if count > 0:  # jieba's prefix entries (count 0) are not words
                add(word, count, None)
                self._sum += count
        self._filler = 0
        self.sync_total(total)

    def sync_total(self, total: int) -> None:
        """Make jieba-rs's total (the sum of its frequencies) equal jieba's ``total``, which
        also counts duplicate lines of jieba's dict.txt: the difference goes to a filler word."""
        needed = total - self._sum
        if needed < 0:
            raise BackendMismatchError(f"jieba's total {total} is below the sum of its frequencies {self._sum}")
        if needed != self._filler:
            self._jieba.add_word(_FILLER, needed, None)
            self._filler = needed

    def set_word(self, word: str, count: int, old: int) -> None:
        """Set ``word``'s frequency (``old``: its frequency before, 0 if none)."""
        self._jieba.add_word(word, count, None)
        self._sum += count - old

    def lcut(self, text: str, hmm: bool) -> list[str]:
        if not _RS_SPLIT.search(text):
            return self._cut(text, hmm)
        out: list[str] = []
        for index, part in enumerate(_RS_SPLIT.split(text)):
            if index % 2:
                out.append(part)
            elif part:
                out.extend(self._cut(part, hmm))
        return out

    def _cut(self, text: str, hmm: bool) -> list[str]:
        tokens = self._jieba.cut(text, hmm)
        if not hmm or not _RS_JOINERS.search(text):
            return tokens
        out: list[str] = []
        for token in tokens:
            if len(token) > 1 and _RS_JOINERS.search(token) and not self._jieba.has_word(token):
                out.extend(piece for piece in _HMM_SKIP.split(token) if piece)
            else:
                out.append(token)
        return out

    def check(self, tokenizer) -> None:
        """Raise BackendMismatchError unless this engine cuts the probe text like ``tokenizer``."""
        for hmm in (True, False):
            ours, theirs = self.lcut(_PROBE, hmm), tokenizer.lcut(_PROBE, HMM=hmm)
            if ours != theirs:
                at = next(i for i, (a, b) in enumerate(zip(ours + [""], theirs + [""])) if a != b)
                raise BackendMismatchError(
                    f"rjieba gives {ours[at:at + 4]} where jieba gives {theirs[at:at + 4]} (HMM={hmm}); "
                    "this rjieba version is not supported: use backend='jieba'"
                )


_ENGINE_CACHE: OrderedDict[str, _RustEngine] = OrderedDict()
_ENGINE_CACHE_SIZE = 2


def _shared_engine(key: str, tokenizer) -> _RustEngine:
    """The jieba-rs engine for the shared dictionary ``key`` (built once per process)."""
    with _LOCK:
        if key in _ENGINE_CACHE:
            _ENGINE_CACHE.move_to_end(key)
            return _ENGINE_CACHE[key]
        engine = _RustEngine(tokenizer.FREQ, tokenizer.total)
        engine.check(tokenizer)
        _ENGINE_CACHE[key] = engine
        while len(_ENGINE_CACHE) > _ENGINE_CACHE_SIZE:
            _ENGINE_CACHE.popitem(last=False)
        return engine


# --------------------------------------------------------------------------- the segmenter


class Segmenter:
    """Domain-aware Chinese word segmenter with its own jieba dictionary.

    Args:
        user_dict: extra words, a file path or a list of words / ``"word freq tag"`` strings
            (BOM, CRLF, blank lines and ``#`` comments are fine). Words without a frequency get
            one that makes them come out whole.
        lexicon: True for textlab's packaged domain lexicon, False for none, or a path.
        stopwords: True (textlab's lists), False, a path, or an iterable of words; used by
            :meth:`tokenize`.
        min_len: tokens shorter than this are dropped by :meth:`tokenize`.
        pos: optional set of allowed part-of-speech prefixes (jieba tags, e.g. ``{"n", "v"}``)
            for :meth:`tokenize`; uses ``jieba.posseg`` with this segmenter's own tokenizer.
        hmm: let jieba's HMM join out-of-vocabulary characters into words.
        backend: ``"auto"`` (rjieba when importable, else jieba), ``"jieba"`` or ``"rjieba"``;
            both give the same tokens (see the module docstring), rjieba about ten times faster.
        cache: on-disk token cache for :meth:`cut_many` / :meth:`tokenize_many`: ``True``
            (the user cache directory, or ``$TEXTLAB_CACHE_DIR``), a directory, a
            :class:`textlab.cache.TokenCache`, ``False``; ``None`` (default) turns it on only
            when the environment variable ``TEXTLAB_CACHE`` is ``1``/``true``/``yes``/``on``.

    Example:
        >>> seg = Segmenter(["红色能量站"], stopwords=False)
        >>> seg.cut("打造红色能量站")
        ['打造', '红色能量站']
    """

    def __init__(
        self,
        user_dict: PathLike | Iterable[str] | None = None,
        *,
        lexicon: bool | PathLike = True,
        stopwords: bool | PathLike | Iterable[str] | None = True,
        min_len: int = 1,
        pos: Iterable[str] | None = None,
        hmm: bool = True,
        backend: str = "auto",
        cache: Any = None,
    ) -> None:
        if not isinstance(min_len, int) or isinstance(min_len, bool) or min_len < 1:
            raise ValueError(f"min_len must be a positive int, got {min_len!r}")
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
        if cache is not None and not isinstance(cache, (bool, str, os.PathLike)) and not hasattr(cache, "get_many"):
            raise TypeError(f"cache must be None, True, False, a directory or a TokenCache, got {type(cache).__name__}")
        if isinstance(pos, str):
            raise TypeError(f"pos must be a set of tag prefixes such as {{'n', 'v'}}, not the string {pos!r}")
        self.user_dict = user_dict
        self.lexicon = lexicon
        self.stopwords = stopwords
        self.min_len = min_len
        self.pos = frozenset(pos) if pos is not None else None
        self.hmm = bool(hmm)
        self.backend = backend
        self.cache = cache
        self._token_cache = None  # the TokenCache in use (its off switch and warning are per instance)
        self._engine_name = _resolve_backend(backend)
        self._user_entries = read_user_dict(user_dict) if user_dict is not None else []
        self._lexicon_entries, self._lexicon_sha = _lexicon_entries(lexicon)
        self._stopwords = read_stopwords(stopwords)
        self._added: list[DictEntry] = []
        self._tokenizer = None
        self._pos_tokenizer = None
        self._keep: frozenset[str] = frozenset()
        self._special: re.Pattern | None = None
        self._engine: _RustEngine | None = None
        self._forms: dict[str, tuple[str | None, bool]] = {}
        self._lock = threading.RLock()

    # -- configuration -------------------------------------------------------------------

    def _dictionary_key(self) -> str:
        import jieba

        payload = {
            "jieba": jieba.__version__,
            "lexicon": self._lexicon_sha,
            "user": self._user_entries,
            "floor": FLOOR,
            "margin": MARGIN,
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()

    @property
    def config_hash(self) -> str:
        """Stable hash of dictionary + stopwords + options (same value in every process).

        >>> Segmenter().config_hash == Segmenter().config_hash
        True
        """
        payload = {
            "dictionary": self._dictionary_key(),
            "added": self._added,
            "stopwords": sorted(self._stopwords),
            "min_len": self.min_len,
            "pos": sorted(self.pos) if self.pos is not None else None,
            "hmm": self.hmm,
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]

    @property
    def active_backend(self) -> str:
        """The backend that segments: ``"rjieba"`` or ``"jieba"`` (``backend="auto"`` resolved;
        ``"jieba"`` also after a fallback).

        >>> Segmenter(backend="jieba").active_backend
        'jieba'
        """
        return self._engine_name

    @property
    def stopword_set(self) -> frozenset[str]:
        """The stopwords :meth:`tokenize` removes."""
        return self._stopwords

    def __repr__(self) -> str:
        opts = [f"lexicon={self.lexicon!r}", f"min_len={self.min_len}", f"hmm={self.hmm}"]
        if self.user_dict is not None:
            opts.insert(0, f"user_dict=<{len(self._user_entries)} words>")
        if self.pos is not None:
            opts.append(f"pos={sorted(self.pos)!r}")
        if self.backend != "auto":
            opts.append(f"backend={self.backend!r}")
        if self.cache is not None:
            opts.append(f"cache={self.cache!r}")
        return f"Segmenter({', '.join(opts)})"

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_tokenizer"] = None
        state["_pos_tokenizer"] = None
        state["_keep"] = frozenset()
        state["_special"] = None
        state["_engine"] = None
        state["_forms"] = {}
        del state["_lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()
        if self._engine_name == "rjieba" and _rjieba_module() is None:
            self._engine_name = _resolve_backend(self.backend)  # unpickled where rjieba is missing

    # -- the jieba tokenizer, built lazily -----------------------------------------------

    def _ensure_tokenizer(self):
        if self._tokenizer is not None:
            return self._tokenizer
        with self._lock:
            if self._tokenizer is None:
                import jieba

                freq, total, tags = _dictionary(
                    self._dictionary_key(), self._lexicon_entries + self._user_entries
                )
                tokenizer = jieba.Tokenizer()
                # shared, read-only prefix dictionary; add_word() copies it first
                tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
                self._tags = tags
                self._owns_freq = False
                for word, count, tag in self._added:
                    self._add_to_tokenizer(tokenizer, word, count, tag)
                self._keep = frozenset(w for w, _c, _t in self._lexicon_entries + self._user_entries + self._added)
                self._special = _special_pattern(self._keep)
                self._forms = {}
                if self._engine_name == "rjieba":
                    self._engine = self._build_engine(tokenizer)
                self._tokenizer = tokenizer
        return self._tokenizer

    def _build_engine(self, tokenizer) -> _RustEngine | None:
        """The jieba-rs engine for ``tokenizer``'s dictionary: shared when the dictionary is,
        own after :meth:`add_word`. On a mismatch with jieba, ``backend="auto"`` falls back."""
        try:
            if not self._owns_freq:
                return _shared_engine(self._dictionary_key(), tokenizer)
            engine = _RustEngine(tokenizer.FREQ, tokenizer.total)
            engine.check(tokenizer)
            return engine
        except BackendMismatchError as exc:
            if self.backend == "rjieba":
                raise
            warnings.warn(f"textlab: {exc}; falling back to jieba", RuntimeWarning, stacklevel=4)
            self._engine_name = "jieba"
            return None

    def _add_to_tokenizer(self, tokenizer, word: str, freq: int | None, tag: str | None) -> None:
        shared_engine = not self._owns_freq
        if not self._owns_freq:
            tokenizer.FREQ = dict(tokenizer.FREQ)
            self._tags = dict(self._tags)
            self._owns_freq = True
        old = tokenizer.FREQ.get(word, 0)
        tokenizer.total, _chosen = choose_frequencies(tokenizer.FREQ, tokenizer.total, [(word, freq, tag)])
        self._tags[word] = tag or "nz"
        self._pos_tokenizer = None
        self._forms = {}
        if self._engine is not None:
            if shared_engine:  # the shared engine must not change: build this segmenter's own
                self._engine = self._build_engine(tokenizer)
            else:
                self._engine.set_word(word, tokenizer.FREQ[word], old)
                self._engine.sync_total(tokenizer.total)

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        """Add a word to this segmenter only (jieba's globals and other segmenters are untouched).

        >>> seg = Segmenter(stopwords=False)
        >>> seg.add_word("睦邻驿站")
        >>> "睦邻驿站" in seg.cut("建设睦邻驿站")
        True
        """
        if not isinstance(word, str) or not word.strip() or any(ch.isspace() for ch in word):
            raise ValueError(f"word must be a non-empty str without whitespace, got {word!r}")
        if freq is not None and (not isinstance(freq, int) or freq < 1):
            raise ValueError(f"freq must be a positive int or None, got {freq!r}")
        with self._lock:
            self._added.append((word, freq, tag))
            if self._tokenizer is not None:
                self._add_to_tokenizer(self._tokenizer, word, freq, tag)
                self._keep = self._keep | {word}
                self._special = _special_pattern(self._keep)
                self._forms = {}

    @property
    def tokenizer(self):
        """This segmenter's own ``jieba.Tokenizer`` (built on first access)."""
        return self._ensure_tokenizer()

    def _ensure_pos_tokenizer(self):
        tokenizer = self._ensure_tokenizer()
        if self._pos_tokenizer is None:
            with self._lock:
                if self._pos_tokenizer is None:
                    import jieba.posseg

                    class _POSTokenizer(jieba.posseg.POSTokenizer):
                        # reuse the parsed tag table instead of re-reading dict.txt per instance
                        def __init__(self, tokenizer, word_tag_tab):
                            self.tokenizer = tokenizer
                            self.word_tag_tab = word_tag_tab

                    table = dict(_base_tags())
                    table.update(self._tags)
                    self._pos_tokenizer = _POSTokenizer(tokenizer, table)
        return self._pos_tokenizer

    # -- segmentation --------------------------------------------------------------------

    def cut(self, text: str) -> list[str]:
        """Every token in order, whitespace and punctuation included: ``"".join(cut(t)) == t``.

        >>> Segmenter().cut("党建引领 \\r\\n基层治理")
        ['党建引领', ' \\r\\n', '基层治理']
        """
        if not isinstance(text, str):
            raise TypeError(f"cut() expects str, got {type(text).__name__}")
        tokenizer = self._ensure_tokenizer()
        engine, hmm, keep = self._engine, self.hmm, self._keep
        tokens: list[str] = []
        for piece, kind in self._pieces(text):
            if kind == "text":
                cut = engine.lcut(piece, hmm) if engine is not None else tokenizer.lcut(piece, HMM=hmm)
                tokens.extend(_split_numbers(_aligned(piece, cut), keep))
            else:
                tokens.append(piece)
        return tokens

    def _pieces(self, text: str) -> Iterable[tuple[str, str]]:
        """Split ``text`` into whitespace runs ("space"), dictionary words that jieba cannot
        return whole because of their characters, such as 二〇三五年 or “五心”工程 ("special"),
        and the rest ("text", for jieba)."""
        special = self._special
        for index, piece in enumerate(_WHITESPACE.split(text)):
            if not piece:
                continue
            if index % 2:  # split() with a capturing group: odd items are the whitespace runs
                yield piece, "space"
            elif special is None:
                yield piece, "text"
            else:
                for i, part in enumerate(special.split(piece)):
                    if part:
                        yield part, ("special" if i % 2 else "text")

    def _tagged(self, text: str) -> list[tuple[str, str]]:
        """(token, POS tag) pairs from jieba.posseg run on this segmenter's tokenizer."""
        if not isinstance(text, str):
            raise TypeError(f"tokenize() expects str, got {type(text).__name__}")
        postok = self._ensure_pos_tokenizer()
        pairs: list[tuple[str, str]] = []
        for piece, kind in self._pieces(text):
            if kind == "text":
                pairs.extend((p.word, p.flag) for p in postok.lcut(piece, HMM=self.hmm))
            elif kind == "special":
                pairs.append((piece, self._tags.get(piece, "nz")))
        return pairs

    def tokenize(self, text: str) -> list[str]:
        """Tokens for modelling: no stopwords, punctuation, whitespace, numbers, dates, masks
        (``×``, ``**``, ``Ⅹ``, ``XX``) or single Latin letters; ``min_len`` and ``pos`` applied.

        >>> Segmenter().tokenize("2024年，×区新建党群服务中心3个，覆盖率达100%。")
        ['区', '新建', '党群服务中心', '覆盖率']
        """
        if self.pos is None:
            raws, tags = self.cut(text), None
        else:
            pairs = self._tagged(text)
            raws, tags = [raw for raw, _tag in pairs], [tag for _raw, tag in pairs]
        forms = self._forms  # raw token -> (modelling form, is a number); reset when the dictionary changes
        if len(forms) > _FORMS_LIMIT:
            forms.clear()
        out: list[str] = []
        kept: list[int] = []
        after_number = False
        for index, raw in enumerate(raws):
            if after_number and raw in _UNIT_WORDS:
                continue  # the 年 of "2024 年": jieba cuts digits and unit apart
            entry = forms.get(raw)
            if entry is None:
                entry = forms[raw] = (self._modelling_form(raw), bool(_NUMBER.match(raw)))
            token, after_number = entry
            if token is not None:
                out.append(token)
                kept.append(index)
        if tags is None:
            return out
        allowed = tuple(self.pos)
        return [token for token, index in zip(out, kept) if tags[index].startswith(allowed)]

    def _modelling_form(self, token: str) -> str | None:
        """The token as used for modelling, or None if it is to be dropped."""
        if token in self._keep:
            return token if len(token) >= self.min_len and token not in self._stopwords else None
        token = _strip_symbols(token)
        if (
            not token
            or len(token) < self.min_len
            or token in self._stopwords
            or token.lower() in self._stopwords
            or not any(_is_letter(ch) for ch in token)
            or _NUMERIC.match(token)
            or _MASK.match(token)
            or _LATIN_LETTER.match(token)
        ):
            return None
        return token

    # -- many texts ----------------------------------------------------------------------

    def cut_many(self, texts: Iterable[str], n_jobs: int | None = 1) -> list[list[str]]:
        """:meth:`cut` of each text, in order; the same lists whatever ``n_jobs`` and cache.

        ``n_jobs``: worker processes (``-1`` = all cores, ``-2`` = all but one); a pool is
        only started when the texts are long enough to pay for it (``PARALLEL_MIN_CHARS``).
        With a token cache (``cache=``), texts seen before are read back instead.

        >>> Segmenter().cut_many(["党建引领", "基层治理，"], n_jobs=2)
        [['党建引领'], ['基层治理', '，']]
        """
        return self._many("cut", texts, n_jobs)

    def tokenize_many(self, texts: Iterable[str], n_jobs: int | None = 1) -> list[list[str]]:
        """:meth:`tokenize` of each text, in order (``n_jobs`` and cache as in :meth:`cut_many`).

        >>> Segmenter().tokenize_many(["推进党建引领", "基层治理"])
        [['党建引领'], ['基层治理']]
        """
        return self._many("tokenize", texts, n_jobs)

    def iter_cut(
        self, texts: Iterable[Any], *, n_jobs: int | None = 1, preprocess: Callable[[Any], str] | None = None
    ) -> Iterator[list[str]]:
        """Stream :meth:`cut` over ``texts`` (an iterable of any length), in order, with
        bounded memory; see :meth:`iter_tokenize`."""
        return self._iter("cut", texts, n_jobs, preprocess)

    def iter_tokenize(
        self, texts: Iterable[Any], *, n_jobs: int | None = 1, preprocess: Callable[[Any], str] | None = None
    ) -> Iterator[list[str]]:
        """Stream :meth:`tokenize` over ``texts``, in order, holding only a few batches at a time.

        ``preprocess`` (a picklable function, for example :func:`textlab.cleaning.clean`) is
        applied to each item first, in the worker processes when ``n_jobs`` > 1. No cache.

        >>> from textlab.cleaning import clean
        >>> list(Segmenter().iter_tokenize(["  推進黨建引領  "], preprocess=clean))
        [['党建引领']]
        """
        return self._iter("tokenize", texts, n_jobs, preprocess)

    def iter_map(
        self,
        func: Callable[[Segmenter, Any], Any],
        texts: Iterable[Any],
        *,
        n_jobs: int | None = 1,
        preprocess: Callable[[Any], str] | None = None,
    ) -> Iterator[Any]:
        """Stream ``func(self, text)`` over ``texts`` (after ``preprocess``), in order, in worker
        processes when ``n_jobs`` > 1: per-text work around segmentation, such as counting
        tokens, done where the tokens are. ``func`` must be picklable (a module-level function).

        >>> def n_tokens(seg, text):
        ...     return len(seg.tokenize(text))
        >>> list(Segmenter().iter_map(n_tokens, ["推进党建引领基层治理"]))
        [2]
        """
        if not callable(func):
            raise TypeError(f"func must be callable, got {type(func).__name__}")
        return self._iter(func, texts, n_jobs, preprocess)

    @property
    def token_cache(self):
        """The :class:`textlab.cache.TokenCache` of the batch methods, or None when off."""
        from textlab.cache import resolve_cache

        resolved = resolve_cache(self.cache)
        if resolved is None:
            return None
        current = getattr(self, "_token_cache", None)
        if current is None or current != resolved:
            self._token_cache = current = resolved  # keep one instance while the folder is the same
        return current

    def _cache_namespace(self, method: str) -> str:
        """Everything besides the text that the cached tokens depend on."""
        import textlab

        return "|".join([method, self.config_hash, _backend_version(self._engine_name), textlab.__version__, _code_hash()])

    def _many(self, method: str, texts: Iterable[str], n_jobs: int | None) -> list[list[str]]:
        texts = [_checked(text, i) for i, text in enumerate(texts)]
        workers = _n_workers(n_jobs)
        cache = self.token_cache
        if cache is None:
            return self._compute(method, texts, workers)
        from textlab.cache import text_key

        namespace = self._cache_namespace(method)
        keys = [text_key(text) for text in texts]
        found = cache.get_many(namespace, keys)
        todo: dict[bytes, int] = {}
        for index, tokens in enumerate(found):
            if tokens is not None and method == "cut" and "".join(tokens) != texts[index]:
                cache.rejected += 1  # cut is lossless: a row that does not join back is damaged
                found[index] = tokens = None
            if tokens is None:
                todo.setdefault(keys[index], index)
        if todo:
            computed = self._compute(method, [texts[i] for i in todo.values()], workers)
            cache.put_many(namespace, zip(todo, computed))
            fresh = dict(zip(todo, computed))
            for index, tokens in enumerate(found):
                if tokens is None:
                    found[index] = list(fresh[keys[index]])
        return found

    def _compute(self, method: str, texts: list[str], workers: int) -> list[list[str]]:
        workers = min(workers, len(texts))
        chars = sum(map(len, texts))
        if workers <= 1 or chars < _parallel_min_chars():
            func = getattr(self, method)
            return [func(text) for text in texts]
        batch_chars = max(_MIN_BATCH_CHARS, chars // (8 * workers) + 1)
        return list(self._imap(method, texts, workers, None, batch_chars))

    def _iter(self, method: str | Callable, texts: Iterable[Any], n_jobs: int | None, preprocess) -> Iterator[Any]:
        workers = _n_workers(n_jobs)
        if workers <= 1:
            return _serial(_bound(self, method), texts, preprocess)
        return self._imap(method, texts, workers, preprocess, _STREAM_BATCH_CHARS)

    def _imap(
        self, method: str | Callable, texts: Iterable[Any], workers: int, preprocess, batch_chars: int
    ) -> Iterator[Any]:
        """Results of ``method`` over ``texts`` from a process pool, in order, at most
        ``2 * workers + 1`` batches in flight."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._ensure_tokenizer()  # forked workers inherit the built dictionary
        if self.pos is not None:
            self._ensure_pos_tokenizer()
        context = multiprocessing.get_context(_start_method())
        unpack = _unpack if isinstance(method, str) else None
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(self, preprocess)
        ) as pool:
            pending: deque = deque()
            for batch in _batches(texts, batch_chars):
                pending.append(pool.submit(_run_batch, method, batch))
                if len(pending) > 2 * workers:
                    yield from _results(pending.popleft(), unpack)
            while pending:
                yield from _results(pending.popleft(), unpack)


# --------------------------------------------------------------------------- batches and pools

# Below this many characters a process pool costs more than it saves. Fork start: workers
# inherit the built dictionary, but starting them and shipping texts and tokens costs about
# 0.05 s plus 40% of the serial CPU time (measured with rjieba on 2 cores, 0.2-4 M chars).
# Spawn start: each worker builds the dictionary again, about 2-3 s.
PARALLEL_MIN_CHARS = 1_000_000
PARALLEL_MIN_CHARS_SPAWN = 20_000_000
_MIN_BATCH_CHARS = 20_000
_STREAM_BATCH_CHARS = 200_000
_WORKER: dict[str, Any] = {}
_VERSIONS: dict[str, str] = {}


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _n_workers(n_jobs: int | None) -> int:
    """Worker count for ``n_jobs`` (joblib's convention: -1 = all cores, -2 = all but one)."""
    if n_jobs is None:
        return 1
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a non-zero int (-1 = all cores), got {n_jobs!r}")
    if n_jobs < 0:
        return max(1, _cpu_count() + 1 + n_jobs)
    return n_jobs


def _start_method() -> str:
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return "fork"
    return "spawn"


def _parallel_min_chars() -> int:
    return PARALLEL_MIN_CHARS if _start_method() == "fork" else PARALLEL_MIN_CHARS_SPAWN


def _batches(texts: Iterable[Any], batch_chars: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``texts`` holding about ``batch_chars`` characters each."""
    batch: list[Any] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) if isinstance(text, str) else len(getattr(text, "text", "") or "")
        if size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _init_worker(segmenter: Segmenter, preprocess) -> None:
    _WORKER["segmenter"] = segmenter
    _WORKER["preprocess"] = preprocess


def _bound(segmenter: Segmenter, method: str | Callable) -> Callable[[Any], Any]:
    """``segmenter.cut`` / ``segmenter.tokenize``, or ``func(segmenter, text)``."""
    if isinstance(method, str):
        return getattr(segmenter, method)
    return lambda text: method(segmenter, text)


def _run_batch(method: str | Callable, texts: list[Any]) -> list[Any]:
    func = _bound(_WORKER["segmenter"], method)
    preprocess = _WORKER["preprocess"]
    results = [func(text) for text in texts] if preprocess is None else [func(preprocess(text)) for text in texts]
    return [_pack(tokens) for tokens in results] if isinstance(method, str) else results


def _results(future, unpack) -> Iterator[Any]:
    results = future.result()
    return iter(results) if unpack is None else map(unpack, results)


_SEP = "\x00"


def _pack(tokens: list[str]) -> str | list[str]:
    """Tokens as one NUL-joined string (pickles several times faster than a list of many
    small strings); the list itself if a token holds a NUL."""
    joined = _SEP.join(tokens)
    return joined if joined.count(_SEP) == len(tokens) - 1 or not tokens else tokens


def _unpack(packed: str | list[str]) -> list[str]:
    if isinstance(packed, list):
        return packed
    return packed.split(_SEP) if packed else []  # tokens are never empty strings


def _serial(func, texts: Iterable[Any], preprocess) -> Iterator[list[str]]:
    for text in texts:
        yield func(preprocess(text) if preprocess is not None else text)


def _backend_version(name: str) -> str:
    """``name`` plus the installed version of its package (for the cache namespace)."""
    if name not in _VERSIONS:
        from importlib import metadata

        try:
            _VERSIONS[name] = f"{name}-{metadata.version(name)}"
        except metadata.PackageNotFoundError:
            _VERSIONS[name] = name
    return _VERSIONS[name]


def _code_hash() -> str:
    """SHA-256 of this module's source: cached tokens never outlive a change to the code."""
    if "code" not in _VERSIONS:
        try:
            _VERSIONS["code"] = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
        except OSError:  # no readable source (a frozen install): the version alone
            import textlab

            _VERSIONS["code"] = f"v{textlab.__version__}"
    return _VERSIONS["code"]


def _checked(text: Any, index: int) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text {index} is {type(text).__name__}, expected str")
    return text


def _aligned(piece: str, tokens: list[str]) -> list[str]:
    """``tokens`` if they spell ``piece`` exactly; otherwise re-cut ``piece`` at the token
    boundaries that do match, so nothing is lost or changed."""
    if "".join(tokens) == piece:
        return tokens
    out, pos = [], 0
    for token in tokens:
        if token and piece.startswith(token, pos):
            out.append(token)
            pos += len(token)
        else:
            break
    if pos < len(piece):
        out.append(piece[pos:])
    return out


_NUMBER_CHARS = "零〇一二三四五六七八九十百千万亿两几0-9０-９"
_NUMBER = re.compile(rf"^[{_NUMBER_CHARS}.．]+$")
# first characters of the tokens _split_numbers can change (a number, or a number + unit)
_NUMBER_START = frozenset("零〇一二三四五六七八九十百千万亿两几0123456789０１２３４５６７８９.．")
_CLASSIFIERS = (
    "个名位人次场颗批周年月日天号时分秒成家辆座条项件种台吨元岁倍户所套部篇本张只头亩米度届轮期多余"
)
_MULTI_UNITS = ("亿元", "万元", "公里", "公顷", "小时", "分钟", "人次", "千瓦", "平方米", "平方公里", "立方米")
_NUMBER_UNIT = re.compile(
    rf"^([{_NUMBER_CHARS}.．]*[{_NUMBER_CHARS}])({'|'.join(_MULTI_UNITS)}|[{_CLASSIFIERS}])$"
)
# numeral + classifier words that are lexicalised (adverbs, determiners, idioms): never split
_LEXICALISED = frozenset(
    "一起 一道 一点 一度 一时 一面 一下 一口 一线 一身 一手 一生 一路 一带 一个 一种 一样 一些 一切 "
    "一家 一成不变 一条龙 万一 十分 三思 两岸 两会 一把手 一批批".split()
)


def _split_numbers(tokens: list[str], keep: frozenset[str]) -> list[str]:
    """Separate numbers from their classifiers and units, and join adjacent number pieces:
    jieba's ``一名 / 三年 / 五百 亿元`` become ``一 名 / 三 年 / 五百亿 元`` (the usual
    segmentation standard, and what lets :meth:`Segmenter.tokenize` drop numbers cleanly).
    Lexicon entries (十四五, 三会一课) and lexicalised words (一起, 一点, 十分) stay whole."""
    out: list[str] = []
    # The number being joined is kept as a list of pieces (``run``) and joined once, so a run of
    # thousands of numerals (十十十…, ０００…) takes linear time, not a copy and a rescan per piece.
    # A joined number that is a lexicon entry stops the joining, as it always did; only joins no
    # longer than the longest entry can be one.
    run: list[str] = []
    run_len = 0
    longest = _longest(keep) if keep else 0
    for token in tokens:
        pieces = [token]
        if token[:1] in _NUMBER_START and token not in keep and token not in _LEXICALISED:
            match = _NUMBER_UNIT.match(token)
            if match:
                pieces = [match.group(1), match.group(2)]
        for piece in pieces:
            # fast path: neither a number nor number + unit
            is_number = piece[:1] in _NUMBER_START and piece not in keep and _NUMBER.match(piece) is not None
            if (
                is_number and run and piece[0].isdigit() == run[-1][-1].isdigit()
                and (len(run) == 1 or run_len > longest or "".join(run) not in keep)
            ):
                run.append(piece)
                run_len += len(piece)
                continue
            if run:
                out.append("".join(run))
                run, run_len = [], 0
            if is_number:
                run, run_len = [piece], len(piece)
            else:
                out.append(piece)
    if run:
        out.append("".join(run))
    return out


@functools.lru_cache(maxsize=8)
def _longest(words: frozenset[str]) -> int:
    """Length of the longest word in ``words`` (at least 1)."""
    return max(map(len, words), default=1)


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")


def _strip_symbols(token: str) -> str:
    """Strip punctuation, symbols, marks and format characters from both ends of a token."""
    start, end = 0, len(token)
    while start < end and unicodedata.category(token[start])[0] in "PSZCM":
        start += 1
    while end > start and unicodedata.category(token[end - 1])[0] in "PSZC":
        end -= 1
    return token[start:end]


# --------------------------------------------------------------------------- default instance

_DEFAULT: list[Segmenter] = []


def default_segmenter() -> Segmenter:
    """The cached ``Segmenter()`` behind :func:`segment`."""
    with _LOCK:
        if not _DEFAULT:
            _DEFAULT.append(Segmenter())
        return _DEFAULT[0]


def segment(text: str) -> list[str]:
    """Modelling tokens of ``text``: ``Segmenter().tokenize(text)`` with a cached default instance.

    >>> segment("坚持和发展新时代枫桥经验")
    ['发展', '新时代', '枫桥经验']
    """
    return default_segmenter().tokenize(text)
