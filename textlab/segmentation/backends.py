"""Segmentation backends: jieba, and jieba-rs (the ``rjieba`` package) made to give jieba's tokens.

``available_backends()`` lists what is usable here; :class:`RustEngine` is jieba-rs loaded with
the very prefix dictionary a jieba tokenizer uses, with :meth:`RustEngine.lcut` returning what
``jieba.Tokenizer.lcut`` returns for that dictionary; :meth:`RustEngine.check` verifies this on
a probe text whenever an engine is built (a mismatch is a :class:`BackendMismatchError`).

jieba-rs is asked only for the dictionary route (no HMM); the rest of jieba's algorithm is
applied in Python, so that jieba's output wins everywhere:

* jieba-rs counts more characters as Chinese (CJK extensions A-F, compatibility ideographs,
  U+9FD6-9FFF): jieba makes each of them a token of its own (``㐀㐀`` is ``㐀 / 㐀``, jieba-rs
  keeps ``㐀㐀``), so the text is split at such characters before jieba-rs sees it.
* the HMM step (out-of-vocabulary words) is jieba's own ``jieba.finalseg``, run on the runs of
  single-character route words found in jieba-rs's no-HMM tokens (:meth:`RustEngine.apply_hmm`,
  memoised per run). jieba-rs's own HMM differs in two ways: its Viterbi breaks exact ties
  the other way (``人国国国要``: jieba-rs ``人国 / 国国要``, jieba ``人国国 / 国要``; such ties
  need repeated characters, ``子子子子子``, ``年员年员年员``), and in runs of Latin letters and
  digits it joins pieces across ``.``, ``_`` and ``-`` (``2026-11-19``, ``5G-A``, ``PM_2.5``)
  where jieba splits them.
"""

from __future__ import annotations

import re

__all__ = ["BACKENDS", "BackendMismatchError", "RustEngine", "available_backends", "resolve_backend", "rjieba_module"]

BACKENDS = ("auto", "jieba", "rjieba")

# Characters outside these ranges are cut out before jieba-rs sees a text. Each of them is a
# token of its own in jieba (none is in jieba's word class), so cutting them out changes
# nothing for jieba, while jieba-rs would join some of them (CJK extensions, compatibility
# ideographs, U+9FD6-9FFF) into words. Lone surrogates, which jieba-rs cannot take, go too.
RS_SPLIT = re.compile(
    "([^\u0000-\u024f\u2000-\u206f\u3000-\u3004\u3008-\u3020\u4e00-\u9fd5\uff00-\uffef])"
)
# jieba-rs joins Latin/digit pieces across these in its HMM step; jieba does not
RS_JOINERS = re.compile(r"[._\-]")
# jieba's rule for the non-Chinese parts of an HMM block (jieba.finalseg.re_skip)
_HMM_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# a word no text can reach: it only tops up jieba-rs's total to jieba's (see RustEngine)
_FILLER = "\ue000"
# checked against jieba whenever a jieba-rs dictionary is built
PROBE = (
    "各位代表：2024年国内生产总值达到134.9万亿元，增长5%。实施“十四五”规划，推进党建引领基层治理，"
    "网格员积极参与矛盾纠纷排查化解。适度超前部署5G-A网络，PM_2.5浓度下降，13.EFlops算力，"
    "发布于2026-11-19，C++与AT&T，x1.5%y，abc.12.3%def-g，a+#b，1..2。我们中出了一个叛徒，"
    "他来到了网易杭研大厦，小明硕士毕业于中国科学院计算所。二〇三五年远景目标，㐀㐀豈更𠀀𠀀鿖。"
)


class BackendMismatchError(RuntimeError):
    """The rjieba backend does not reproduce jieba's tokens (an unsupported rjieba version)."""


def rjieba_module():
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
    return (["rjieba"] if rjieba_module() is not None else []) + ["jieba"]


def resolve_backend(backend: str) -> str:
    """The backend that ``backend`` (one of :data:`BACKENDS`) means here."""
    if backend == "jieba":
        return "jieba"
    if rjieba_module() is not None:
        return "rjieba"
    if backend == "rjieba":
        raise ImportError(
            "backend='rjieba' needs the rjieba package (a version with Jieba.empty and add_word, such as 0.2.2): "
            "pip install 'textlab[fast]', or use backend='auto' to fall back to jieba"
        )
    return "jieba"


class RustEngine:
    """jieba-rs (rjieba) loaded with a jieba prefix dictionary; :meth:`lcut` returns what
    ``jieba.Tokenizer.lcut`` returns for the same dictionary (see the module docstring).

    ``freq`` and ``total`` are the jieba tokenizer's ``FREQ`` and ``total``; the engine keeps a
    reference to ``freq`` (changes go through :meth:`set_word` and :meth:`sync_total`). The
    HMM results of the out-of-vocabulary runs it has seen are memoised per engine.
    """

    def __init__(self, freq: dict[str, int], total: int) -> None:
        rjieba = rjieba_module()
        if rjieba is None:
            raise ImportError("no rjieba with Jieba.empty and add_word is importable")
        import jieba

        self._jieba = rjieba.Jieba.empty()
        self._cut_rs = self._jieba.cut
        self._sum = 0
        add = self._jieba.add_word
        for word, count in freq.items():
            if count > 0:  # jieba's prefix entries (count 0) are not words
                add(word, count, None)
                self._sum += count
        self._freq = freq
        # a jieba tokenizer on the same dictionary, for the routes of Latin/digit runs
        self._route = jieba.Tokenizer()
        self._route.FREQ, self._route.total, self._route.initialized = freq, total, True
        self._hmm_memo: dict[str, list[str] | None] = {}
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
        self._route.total = total
        self._hmm_memo = {}

    def set_word(self, word: str, count: int, old: int) -> None:
        """Set ``word``'s frequency (``old``: its frequency before, 0 if none); ``freq`` (the
        dictionary this engine was built from) must already hold it."""
        self._jieba.add_word(word, count, None)
        self._sum += count - old
        self._hmm_memo = {}

    def lcut(self, text: str, hmm: bool) -> list[str]:
        """jieba's ``lcut(text, HMM=hmm)``."""
        if "\x00" in text:  # NUL is a token of its own in jieba: cut the parts between
            out: list[str] = []
            for index, part in enumerate(text.split("\x00")):
                if index:
                    out.append("\x00")
                if part:
                    out += self.lcut(part, hmm)
            return out
        tokens = self.cut_plain(text)
        if not hmm or not tokens:
            return tokens
        joined = self.apply_hmm("\x00" + "\x00".join(tokens) + "\x00")
        return joined[1:-1].split("\x00")

    def cut_plain(self, text: str) -> list[str]:
        """jieba's ``lcut(text, HMM=False)``: the dictionary route, runs of single Latin
        letters and digits joined, computed by jieba-rs."""
        if not RS_SPLIT.search(text):
            return self._cut_rs(text, False)
        out: list[str] = []
        for index, part in enumerate(RS_SPLIT.split(text)):
            if index % 2:
                out.append(part)
            elif part:
                out += self._cut_rs(part, False)
        return out

    def apply_hmm(self, joined: str) -> str:
        """Turn jieba's no-HMM tokens into its HMM tokens, both joined by NUL with a NUL at
        each end (the tokens must not hold NUL).

        With HMM, jieba collects each run of single-character route words into a buffer and
        hands it to ``jieba.finalseg`` (unless the buffer is itself a dictionary word). Such
        runs are found here with a regular expression, and only they are handed to
        ``jieba.finalseg`` (memoised per run), so the HMM is jieba's own: jieba-rs's Viterbi
        breaks exact ties differently (``人国国国要``: ``人国 / 国国要`` where jieba gives
        ``人国国 / 国要``) and joins Latin/digit pieces across ``.``, ``_`` and ``-``.
        """
        memo = self._hmm_memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        known = memo.get
        run_tokens = self._run_tokens

        def replace(match: re.Match) -> str:
            run = match.group()
            out = known(run)
            if out is None:
                out = memo[run] = run_tokens(run)
            return out

        return _RUN.sub(replace, joined)

    def _run_tokens(self, run: str) -> str:
        """jieba's HMM tokens for a run of its no-HMM tokens (NUL before and after each), in
        the same form."""
        pieces = run[1:-1].split("\x00")
        out: list[str] = []
        buf: list[str] = []
        for piece in pieces:
            if len(piece) > 1 and self._is_route_word(piece):
                self._flush(buf, out)
                buf = []
                out.append(piece)
            else:
                buf.append(piece)
        self._flush(buf, out)
        return run if out == pieces else "\x00" + "\x00".join(out) + "\x00"

    def _flush(self, buf: list[str], out: list[str]) -> None:
        """jieba's handling of a buffer of single-character route words (``__cut_DAG``)."""
        if not buf:
            return
        text = "".join(buf)
        if len(text) == 1:
            out.append(text)
        elif not self._freq.get(text):
            out.extend(hmm_cut(text))
        else:
            out.extend(text)

    def _is_route_word(self, token: str) -> bool:
        """Whether a Latin/digit token of jieba's no-HMM output is one dictionary word of the
        route rather than a run of single characters (no-HMM output joins those)."""
        if not self._freq.get(token):
            return False
        route: dict[int, tuple[float, int]] = {}
        self._route.calc(token, self._route.get_DAG(token), route)
        return route[0][1] == len(token) - 1

    def check(self, tokenizer) -> None:
        """Raise BackendMismatchError unless this engine cuts the probe text like ``tokenizer``."""
        for hmm in (True, False):
            ours, theirs = self.lcut(PROBE, hmm), tokenizer.lcut(PROBE, HMM=hmm)
            if ours != theirs:
                at = next(i for i, (a, b) in enumerate(zip(ours + [""], theirs + [""])) if a != b)
                raise BackendMismatchError(
                    f"rjieba gives {ours[at:at + 4]} where jieba gives {theirs[at:at + 4]} (HMM={hmm}); "
                    "this rjieba version is not supported: use backend='jieba'"
                )


# memoised HMM runs per engine (cleared beyond this many distinct runs)
_MEMO_LIMIT = 200_000
_HAN = "\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-"
# the characters of jieba's word class, as the body of a character class: a no-HMM token that
# may be part of a run for the HMM (see _RUN) is one of them or a Latin/digit run
HMM_CHARS = _HAN
# In jieba's no-HMM tokens joined by NUL (a NUL at each end): a run of tokens that may be
# single-character route words (one character of jieba's word class, or a Latin/digit run,
# which no-HMM joins), each with the NUL before and after it: two or more of them, or a
# Latin/digit run alone. Written so that a token that cannot start a run fails at once.
_RUN = re.compile(
    rf"\x00(?:[{_HAN}]\x00(?:[{_HAN}]\x00|[a-zA-Z0-9]{{2,}}\x00)+"
    rf"|[a-zA-Z0-9]{{2,}}\x00(?:(?:[{_HAN}]|[a-zA-Z0-9]{{2,}})\x00)*)"
)


def splice(tokens: list[str], edits: list[tuple[int, int, list[str]]]) -> list[str]:
    """``tokens`` with ``edits`` (start, number of tokens replaced, replacement; in order) applied."""
    out: list[str] = []
    position = 0
    for start, length, replacement in edits:
        out += tokens[position:start]
        out += replacement
        position = start + length
    out += tokens[position:]
    return out


# --------------------------------------------------------------------------- jieba's HMM, in linear time

_HMM_HAN = re.compile("([\u4E00-\u9FD5]+)")  # jieba.finalseg.re_han


def hmm_cut(text: str) -> list[str]:
    """``list(jieba.finalseg.cut(text))``, token for token, in time linear in the length of the
    text (jieba's Viterbi copies the best path at every character: quadratic on a long run of
    unknown characters, such as 50,000 characters of 人国国国要 repeated, 11 s).

    The same model (``jieba.finalseg``'s tables), the same additions in the same order and the
    same ties (``max`` over ``(probability, previous state)`` tuples), with back pointers
    instead of copied paths.
    """
    from jieba import finalseg

    out: list[str] = []
    for block in _HMM_HAN.split(text):
        if not block:
            continue
        if _HMM_HAN.match(block):
            for word in _viterbi_words(block, finalseg):
                if word in finalseg.Force_Split_Words:
                    out.extend(word)
                else:
                    out.append(word)
        else:
            out.extend(piece for piece in _HMM_SKIP.split(block) if piece)
    return out


def _viterbi_words(text: str, finalseg) -> list[str]:
    """The words of jieba.finalseg's ``__cut`` for a run of Chinese characters."""
    start, trans, emit, previous, floor = (
        finalseg.start_P, finalseg.trans_P, finalseg.emit_P, finalseg.PrevStatus, finalseg.MIN_FLOAT
    )
    states = "BMES"
    first = text[0]
    scores = {y: start[y] + emit[y].get(first, floor) for y in states}
    pointers: list[dict[str, str]] = []
    for char in text[1:]:
        new: dict[str, float] = {}
        back: dict[str, str] = {}
        for y in states:
            em = emit[y].get(char, floor)
            prob, state = max([(scores[y0] + trans[y0].get(y, floor) + em, y0) for y0 in previous[y]])
            new[y] = prob
            back[y] = state
        scores = new
        pointers.append(back)
    _prob, state = max((scores[y], y) for y in "ES")
    tags = [state]
    for back in reversed(pointers):
        state = back[state]
        tags.append(state)
    tags.reverse()
    words: list[str] = []
    begin = following = 0
    for index, tag in enumerate(tags):
        if tag == "B":
            begin = index
        elif tag == "E":
            words.append(text[begin:index + 1])
            following = index + 1
        elif tag == "S":
            words.append(text[index])
            following = index + 1
    if following < len(text):
        words.append(text[following:])
    return words
