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
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Union

__all__ = [
    "Segmenter",
    "segment",
    "read_user_dict",
    "read_stopwords",
    "LEXICON_PATH",
    "STOPWORD_PATHS",
]

RESOURCES = Path(__file__).resolve().parent / "resources"
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
    entries = []
    for lineno, line in enumerate(text.splitlines(), 1):
        entry = _parse_entry(line, f"lexicon {path}, line {lineno}")
        if entry:
            entries.append(entry)
    return entries, hashlib.sha256(text.encode("utf-8")).hexdigest()


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
    ) -> None:
        if not isinstance(min_len, int) or isinstance(min_len, bool) or min_len < 1:
            raise ValueError(f"min_len must be a positive int, got {min_len!r}")
        if isinstance(pos, str):
            raise TypeError(f"pos must be a set of tag prefixes such as {{'n', 'v'}}, not the string {pos!r}")
        self.user_dict = user_dict
        self.lexicon = lexicon
        self.stopwords = stopwords
        self.min_len = min_len
        self.pos = frozenset(pos) if pos is not None else None
        self.hmm = bool(hmm)
        self._user_entries = read_user_dict(user_dict) if user_dict is not None else []
        self._lexicon_entries, self._lexicon_sha = _lexicon_entries(lexicon)
        self._stopwords = read_stopwords(stopwords)
        self._added: list[DictEntry] = []
        self._tokenizer = None
        self._pos_tokenizer = None
        self._keep: frozenset[str] = frozenset()
        self._special: re.Pattern | None = None
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
    def stopword_set(self) -> frozenset[str]:
        """The stopwords :meth:`tokenize` removes."""
        return self._stopwords

    def __repr__(self) -> str:
        opts = [f"lexicon={self.lexicon!r}", f"min_len={self.min_len}", f"hmm={self.hmm}"]
        if self.user_dict is not None:
            opts.insert(0, f"user_dict=<{len(self._user_entries)} words>")
        if self.pos is not None:
            opts.append(f"pos={sorted(self.pos)!r}")
        return f"Segmenter({', '.join(opts)})"

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_tokenizer"] = None
        state["_pos_tokenizer"] = None
        state["_keep"] = frozenset()
        state["_special"] = None
        del state["_lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()

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
                self._tokenizer = tokenizer
        return self._tokenizer

    def _add_to_tokenizer(self, tokenizer, word: str, freq: int | None, tag: str | None) -> None:
        if not self._owns_freq:
            tokenizer.FREQ = dict(tokenizer.FREQ)
            self._tags = dict(self._tags)
            self._owns_freq = True
        tokenizer.total, _chosen = choose_frequencies(tokenizer.FREQ, tokenizer.total, [(word, freq, tag)])
        self._tags[word] = tag or "nz"
        self._pos_tokenizer = None

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
        tokens: list[str] = []
        for piece, kind in self._pieces(text):
            if kind == "text":
                tokens.extend(_split_numbers(_aligned(piece, tokenizer.lcut(piece, HMM=self.hmm)), self._keep))
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
            pairs = [(token, "") for token in self.cut(text)]
        else:
            pairs = self._tagged(text)
        out = []
        after_number = False
        for raw, tag in pairs:
            if after_number and raw in _UNIT_WORDS:
                continue  # the 年 of "2024 年": jieba cuts digits and unit apart
            after_number = bool(_NUMBER.match(raw))
            token = self._modelling_form(raw)
            if token is None:
                continue
            if self.pos is not None and not any(tag.startswith(p) for p in self.pos):
                continue
            out.append(token)
        return out

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

    def cut_many(self, texts: Iterable[str]) -> list[list[str]]:
        """:meth:`cut` of each text."""
        return [self.cut(_checked(text, i)) for i, text in enumerate(texts)]

    def tokenize_many(self, texts: Iterable[str]) -> list[list[str]]:
        """:meth:`tokenize` of each text."""
        return [self.tokenize(_checked(text, i)) for i, text in enumerate(texts)]


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
    for token in tokens:
        pieces = [token]
        if token not in keep and token not in _LEXICALISED:
            match = _NUMBER_UNIT.match(token)
            if match:
                pieces = [match.group(1), match.group(2)]
        for piece in pieces:
            if out and _NUMBER.match(piece) and _NUMBER.match(out[-1]) and out[-1] not in keep and piece not in keep:
                if piece[0].isdigit() == out[-1][-1].isdigit():
                    out[-1] += piece
                    continue
            out.append(piece)
    return out


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


from textlab._callable import make_module_callable  # noqa: E402

make_module_callable(__name__, "segment")
