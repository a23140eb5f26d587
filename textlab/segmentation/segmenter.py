"""The :class:`Segmenter`: Chinese official prose cut into words with jieba (or jieba-rs giving
jieba's tokens) plus textlab's domain lexicon, and turned into modelling tokens; and
:func:`segment`, the default instance's ``tokenize``.

Every :class:`Segmenter` owns its own ``jieba.Tokenizer``: jieba's global dictionary
(``jieba.dt``) is never touched, and two segmenters with different dictionaries do not affect
each other. The prefix dictionary is built lazily on first use and shared through
:data:`textlab.segmentation.dictionary.SHARED` (keyed by its content), so a second segmenter
with the same dictionary is cheap. Everything else (memoised token forms, the compiled
pattern of special words, the token cache handle) is per instance.

Example:
    >>> seg = Segmenter()
    >>> seg.cut("推进党建引领基层治理")
    ['推进', '党建引领', '基层治理']
    >>> seg.tokenize("进一步推进党建引领基层治理，取得了明显成效。")
    ['党建引领', '基层治理']
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import threading
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from textlab.segmentation import backends as _backends
from textlab.segmentation import dictionary as _dictionary
from textlab.segmentation import parallel as _parallel
from textlab.segmentation.backends import (
    BACKENDS,
    HMM_CHARS,
    BackendMismatchError,
    RustEngine,
    resolve_backend,
)
from textlab.segmentation.dictionary import (
    FLOOR,
    MARGIN,
    DictEntry,
    PathLike,
    choose_frequencies,
    read_stopwords,
    read_user_dict,
    special_pattern,
)
from textlab.segmentation.numbers import (
    CANDIDATE,
    CANDIDATE_REST,
    LATIN_LETTER,
    MASK,
    NUMBER,
    NUMBER_START,
    NUMERIC,
    UNIT_WORDS,
    split_numbers,
)

__all__ = ["Segmenter", "segment", "default_segmenter"]

_WHITESPACE = re.compile(r"(\s+)")
# memoised modelling forms and regions per segmenter (cleared beyond this many entries)
_FORMS_LIMIT = 500_000
_UNSEEN = object()
# in tokens joined by NUL (with a NUL at both ends): a run of tokens that start with a numeral
# (the only ones split_numbers can change; the character class first, for a fast scan)
_NUMERAL = "".join(sorted(re.escape(ch) for ch in NUMBER_START))
# the first character is matched alone (a character class first lets the scan skip quickly),
# then the rest of a candidate token, then more candidate tokens
_NUMBER_RUN = re.compile(
    rf"[{_NUMERAL}](?<=\x00[{_NUMERAL}]){CANDIDATE_REST}(?=\x00)(?:\x00{CANDIDATE}(?=\x00))*"
)
# Python's whitespace (what ``\s`` matches in a str pattern), spelled out: a class of plain
# characters is scanned much faster than the \s category (tests check the two agree)
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_SPACE_RUN = re.compile(f"[{WHITESPACE}]{{2,}}")
# how jieba (and jieba-rs) cut whitespace: "\r\n" together, any other character alone
_SPACE_TOKEN = re.compile(r"\r\n|\s")
# The regions of jieba-rs's no-HMM tokens (joined by NUL, a NUL at each end) that Segmenter.cut
# may change, each from the NUL before its first token to the NUL after its last. A region is a
# maximal run of tokens that the HMM, the number rules or the joining of whitespace may touch:
# one character of jieba's word class (HMM_CHARS), a numeral or a whitespace character; a
# Latin/digit run; a number CANDIDATE; a run of whitespace. Only runs that can change are
# matched: two tokens or more, or one Latin/digit run or number candidate. The token just
# before and just after a region is touched by none of the three (a word of two or more other
# characters, punctuation), so a region can be handled alone (Segmenter._region_tokens).
# A lookahead first rejects, in two or three steps, the many tokens that cannot start one (a
# word of two or more characters that starts with none of a numeral, a Latin letter or a space,
# or one character followed by such a word): that makes the scan about twice as fast.
_ALNUM_RUN = r"[a-zA-Z0-9]{2,}"
_SPACES = rf"[{WHITESPACE}]+"
_REGION_TOKEN = rf"(?:[{HMM_CHARS}{_NUMERAL}{WHITESPACE}]|{_ALNUM_RUN}|{CANDIDATE}|{_SPACES})\x00"
_REGION = re.compile(
    rf"\x00(?=[^\x00]\x00(?:[^\x00]\x00|[{_NUMERAL}a-zA-Z{WHITESPACE}])|[{_NUMERAL}a-zA-Z{WHITESPACE}])"
    rf"(?:[{HMM_CHARS}{_NUMERAL}{WHITESPACE}]\x00(?:{_REGION_TOKEN})+"
    rf"|(?:{_ALNUM_RUN}|{CANDIDATE})\x00(?:{_REGION_TOKEN})*"
    rf"|{_SPACES}\x00(?:{_REGION_TOKEN})+)"
)
# the same without the HMM: tokens that the number rules or the joining of whitespace may touch
_REGION_TOKEN_NO_HMM = rf"(?:{CANDIDATE}|{_SPACES})\x00"
_REGION_NO_HMM = re.compile(
    rf"\x00(?:{CANDIDATE}\x00(?:{_REGION_TOKEN_NO_HMM})*|{_SPACES}\x00(?:{_REGION_TOKEN_NO_HMM})+)"
)
# two or more whitespace tokens in a region's tokens joined by NUL
_SPACE_TOKENS = re.compile(rf"(?<=\x00){_SPACES}(?:\x00{_SPACES})+(?=\x00)")


def _space_runs(text: str) -> list[str]:
    """The distinct runs of two or more whitespace characters in ``text``, longest first: the
    gaps between the pieces of ``str.split()`` (the same whitespace as ``\\s``), found with
    ``str.find`` piece by piece instead of a regular expression over every character."""
    pieces = text.split()
    gaps = len(pieces) - 1 + text[:1].isspace() + text[-1:].isspace() if pieces else 1
    if len(text) - sum(map(len, pieces)) <= gaps:  # no gap holds two characters
        return []
    runs = set()
    position = 0
    for piece in pieces:
        start = text.find(piece, position)
        if start - position > 1:
            runs.add(text[position:start])
        position = start + len(piece)
    if len(text) - position > 1:
        runs.add(text[position:])
    return sorted(runs, key=len, reverse=True)


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
            :class:`textlab.segmentation.cache.TokenCache`, ``False``; ``None`` (default) turns it on only
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
        self._engine_name = resolve_backend(backend)
        self._user_entries = read_user_dict(user_dict) if user_dict is not None else []
        self._lexicon_entries, self._lexicon_sha = _dictionary.SHARED.lexicon(lexicon)
        self._stopwords = read_stopwords(stopwords)
        self._added: list[DictEntry] = []
        self._tokenizer = None
        self._pos_tokenizer = None
        self._keep: frozenset[str] = frozenset()
        self._special: re.Pattern | None = None
        self._longest = 0
        self._engine: RustEngine | None = None
        self._forms: dict[str, tuple[str | None, bool]] = {}
        self._regions: dict[str, Any] = {}
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
        state["_regions"] = {}
        del state["_lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()
        if self._engine_name == "rjieba" and _backends.rjieba_module() is None:
            self._engine_name = resolve_backend(self.backend)  # unpickled where rjieba is missing

    # -- the jieba tokenizer, built lazily -----------------------------------------------

    def _ensure_tokenizer(self):
        if self._tokenizer is not None:
            return self._tokenizer
        with self._lock:
            if self._tokenizer is None:
                import jieba

                freq, total, tags = _dictionary.SHARED.dictionary(
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
                self._special = special_pattern(self._keep)
                self._longest = _longest(self._keep)
                self._forms = {}
                self._regions = {}
                if self._engine_name == "rjieba":
                    self._engine = self._build_engine(tokenizer)
                self._tokenizer = tokenizer
        return self._tokenizer

    def _build_engine(self, tokenizer) -> RustEngine | None:
        """The jieba-rs engine for ``tokenizer``'s dictionary: shared (through the dictionary
        store) when the dictionary is, own after :meth:`add_word`. On a mismatch with jieba,
        ``backend="auto"`` falls back."""
        try:
            if not self._owns_freq:
                return _dictionary.SHARED.derived("rjieba", self._dictionary_key(), lambda: _checked_engine(tokenizer))
            return _checked_engine(tokenizer)
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
        self._regions = {}
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
                self._special = special_pattern(self._keep)
                self._longest = _longest(self._keep)
                self._forms = {}
                self._regions = {}

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

                    table = dict(_dictionary.SHARED.base_tags())
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
        if self._tokenizer is None:
            self._ensure_tokenizer()
        engine = self._engine
        if engine is None or "\x00" in text or not text:
            return self._cut_by_pieces(text)
        special = self._special
        if special is None or not special.search(text):
            return self._cut_fast(engine, text)
        tokens: list[str] = []
        for index, part in enumerate(special.split(text)):
            if index % 2:
                tokens.append(part)  # a dictionary word jieba cannot return whole
            elif part:
                tokens += self._cut_fast(engine, part)
        return tokens

    def _cut_fast(self, engine: RustEngine, text: str) -> list[str]:
        """What :meth:`_cut_by_pieces` gives for ``text`` (no NUL in it, no special word), with
        Python work only where something changes.

        jieba-rs cuts the whole text without HMM, and its token list is kept: only the few
        regions that the HMM, the number rules or the joining of whitespace runs can change are
        looked at, and the changed ones are spliced in. The tokens are joined by NUL once, so
        that one regular expression (:data:`_REGION` / :data:`_REGION_NO_HMM`) finds those
        regions; each region is handled alone by :meth:`_region_tokens` (memoised per region
        string). A region is a maximal run of tokens that the HMM, the number rules or the
        joining of whitespace may touch (single characters of jieba's word class, numerals and
        whitespace, Latin/digit runs, number candidates, whitespace runs), so the tokens around
        it, which none of the three changes, separate it from everything else: handling it alone
        gives what :meth:`_cut_joined` (the three passes over the whole text) gives (a test
        checks it on random strings). About 3 regions in 100 tokens change on the seed texts.
        """
        tokens = engine.cut_plain(text)
        joined = "\x00" + "\x00".join(tokens) + "\x00"
        if len(joined) != len(text) + len(tokens) + 1:  # the backend lost or added characters
            return self._cut_by_pieces(text)
        memo = self._regions
        if len(memo) > _FORMS_LIMIT:
            memo.clear()
        known = memo.get
        out: list[str] = []
        copied = 0  # tokens[:copied] are in ``out`` (or replaced there)
        index = position = 0  # ``index`` tokens start before ``position`` in ``joined``
        for match in (_REGION if self.hmm else _REGION_NO_HMM).finditer(joined):
            region = match.group()  # "\x00token\x00token\x00"
            change = known(region, _UNSEEN)
            if change is _UNSEEN:
                change = memo[region] = self._region_tokens(engine, region)
            if change is None:
                continue  # the usual case: nothing changes
            count, new, spaces = change
            start = match.start()
            # whitespace joined at an end of the region: the tokens around hold none (as always)
            if spaces and (new is None or joined[start - 1:start].isspace() or joined[match.end():match.end() + 1].isspace()):
                return self._cut_joined(engine, text, tokens)  # whitespace cut unlike jieba: never seen
            index += joined.count("\x00", position, start)
            position = start
            out += tokens[copied:index]
            out += new
            copied = index + count
        if not copied:
            return tokens
        out += tokens[copied:]
        return out

    def _region_tokens(self, engine: RustEngine, region: str) -> tuple[int, list[str] | None, bool] | None:
        """How a region found by :meth:`_cut_fast` (its no-HMM tokens joined by NUL, a NUL at
        each end) changes: None if it does not, else (its number of tokens, the tokens that
        replace them, whether whitespace was joined).

        As :meth:`_cut_joined` does over a whole text: the HMM (:meth:`RustEngine.apply_hmm`,
        jieba's own), the number rules (:func:`~textlab.segmentation.numbers.split_numbers` on
        each run of number candidates), then each run of two or more whitespace tokens joined
        into one (None in place of the tokens if a run is not cut as jieba cuts whitespace).
        """
        joined = engine.apply_hmm(region) if self.hmm else region
        keep, longest = self._keep, self._longest

        def numbers(match: re.Match) -> str:
            return "\x00".join(split_numbers(match.group().split("\x00"), keep, longest))

        joined = _NUMBER_RUN.sub(numbers, joined)
        spaces = odd = False

        def join_spaces(match: re.Match) -> str:
            nonlocal spaces, odd
            pieces = match.group().split("\x00")
            run = "".join(pieces)
            spaces = True
            odd = odd or _SPACE_TOKEN.findall(run) != pieces
            return run

        joined = _SPACE_TOKENS.sub(join_spaces, joined)
        if joined == region:
            return None
        return region.count("\x00") - 1, (None if odd else joined[1:-1].split("\x00")), spaces

    def _cut_joined(self, engine: RustEngine, text: str, tokens: list[str]) -> list[str]:
        """:meth:`_cut_fast` the plain way, for texts whose whitespace jieba-rs cuts unlike
        jieba (none is known): ``tokens`` (jieba-rs's, no HMM) joined by NUL, the HMM, the
        number rules and the joining of whitespace runs applied with regular expressions over
        the whole text, and the result split."""
        joined = "\x00" + "\x00".join(tokens) + "\x00"
        if self.hmm:
            joined = engine.apply_hmm(joined)
        keep, longest = self._keep, self._longest
        joined = _NUMBER_RUN.sub(lambda m: "\x00".join(split_numbers(m.group().split("\x00"), keep, longest)), joined)
        # whitespace runs of the text, longest first: a shorter run's tokens cannot then match
        # inside a longer one (its tokens are joined already), and runs end at non-space tokens
        for run in _space_runs(text):
            pieces = _SPACE_TOKEN.findall(run)
            if len(pieces) > 1:
                joined = joined.replace("\x00" + "\x00".join(pieces) + "\x00", "\x00" + run + "\x00")
        return joined[1:-1].split("\x00")

    def _cut_by_pieces(self, text: str) -> list[str]:
        """:meth:`cut` piece by piece: whitespace runs, special words and the text between,
        each text piece cut alone and checked against the text (the reference path, and the
        jieba backend's)."""
        tokenizer = self._ensure_tokenizer()
        engine, hmm, keep = self._engine, self.hmm, self._keep
        tokens: list[str] = []
        for piece, kind in self._pieces(text):
            if kind == "text":
                cut = engine.lcut(piece, hmm) if engine is not None else tokenizer.lcut(piece, HMM=hmm)
                tokens.extend(split_numbers(_aligned(piece, cut), keep, self._longest))
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
            if after_number and raw in UNIT_WORDS:
                continue  # the 年 of "2024 年": jieba cuts digits and unit apart
            entry = forms.get(raw)
            if entry is None:
                entry = forms[raw] = (self._modelling_form(raw), bool(NUMBER.match(raw)))
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
            or NUMERIC.match(token)
            or MASK.match(token)
            or LATIN_LETTER.match(token)
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
        """The :class:`textlab.segmentation.cache.TokenCache` of the batch methods, or None when off."""
        from textlab.segmentation.cache import resolve_cache

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
        from textlab.segmentation.cache import backend_version, code_hash

        return "|".join([method, self.config_hash, backend_version(self._engine_name), textlab.__version__, code_hash()])

    def _many(self, method: str, texts: Iterable[str], n_jobs: int | None) -> list[list[str]]:
        texts = [_checked(text, i) for i, text in enumerate(texts)]
        workers = _parallel.n_workers(n_jobs)
        cache = self.token_cache
        if cache is None:
            return _parallel.run_many(self, method, texts, workers)
        from textlab.segmentation.cache import text_key

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
            computed = _parallel.run_many(self, method, [texts[i] for i in todo.values()], workers)
            cache.put_many(namespace, zip(todo, computed))
            fresh = dict(zip(todo, computed))
            for index, tokens in enumerate(found):
                if tokens is None:
                    found[index] = list(fresh[keys[index]])
        return found

    def _iter(self, method: str | Callable, texts: Iterable[Any], n_jobs: int | None, preprocess) -> Iterator[Any]:
        return _parallel.run_iter(self, method, texts, _parallel.n_workers(n_jobs), preprocess)

    def _prepare(self) -> None:
        """Build the dictionary (and the POS tokenizer when ``pos`` is set) now, e.g. before
        forking worker processes that should inherit it."""
        self._ensure_tokenizer()
        if self.pos is not None:
            self._ensure_pos_tokenizer()


def _checked_engine(tokenizer) -> RustEngine:
    """A jieba-rs engine with ``tokenizer``'s dictionary, checked against it on the probe text."""
    engine = RustEngine(tokenizer.FREQ, tokenizer.total)
    engine.check(tokenizer)
    return engine


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


def _longest(words: frozenset[str]) -> int:
    """Length of the longest word in ``words`` (0 for none)."""
    return max(map(len, words), default=1) if words else 0


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


@functools.cache
def default_segmenter() -> Segmenter:
    """The ``Segmenter()`` behind :func:`segment`, created on first use and kept for the process
    (``default_segmenter.cache_clear()`` drops it)."""
    return Segmenter()


def segment(text: str) -> list[str]:
    """Modelling tokens of ``text``: ``Segmenter().tokenize(text)`` with a cached default instance.

    >>> segment("坚持和发展新时代枫桥经验")
    ['发展', '新时代', '枫桥经验']
    """
    return default_segmenter().tokenize(text)
