"""Segmentation backends: jieba, and jieba-rs (the ``rjieba`` package) made to give jieba's tokens.

``available_backends()`` lists what is usable here; :class:`RustEngine` is jieba-rs loaded with
the very prefix dictionary a jieba tokenizer uses, with :meth:`RustEngine.lcut` returning what
``jieba.Tokenizer.lcut`` returns for that dictionary; :meth:`RustEngine.check` verifies this on
a probe text whenever an engine is built (a mismatch is a :class:`BackendMismatchError`).

Two known differences of jieba-rs are corrected in Python, so that jieba's output wins everywhere:

* jieba-rs counts more characters as Chinese (CJK extensions A-F, compatibility ideographs,
  U+9FD6-9FFF): jieba makes each of them a token of its own (``㐀㐀`` is ``㐀 / 㐀``, jieba-rs
  keeps ``㐀㐀``), so the text is split at such characters before jieba-rs sees it.
* in runs of Latin letters and digits that jieba's HMM handles, jieba-rs joins pieces across
  ``.``, ``_`` and ``-`` (``2026-11-19``, ``5G-A``, ``PM_2.5``) where jieba splits them
  (``2026 / - / 11 / - / 19``): such tokens, when they are not dictionary words, are re-split
  with jieba's rule.
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
    ``jieba.Tokenizer.lcut`` returns for the same dictionary (see the module docstring)."""

    def __init__(self, freq: dict[str, int], total: int) -> None:
        rjieba = rjieba_module()
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
        if not RS_SPLIT.search(text):
            return self._cut(text, hmm)
        out: list[str] = []
        for index, part in enumerate(RS_SPLIT.split(text)):
            if index % 2:
                out.append(part)
            elif part:
                out.extend(self._cut(part, hmm))
        return out

    def _cut(self, text: str, hmm: bool) -> list[str]:
        tokens = self._jieba.cut(text, hmm)
        if not hmm or not RS_JOINERS.search(text):
            return tokens
        out: list[str] = []
        for token in tokens:
            if len(token) > 1 and RS_JOINERS.search(token) and not self._jieba.has_word(token):
                out.extend(piece for piece in _HMM_SKIP.split(token) if piece)
            else:
                out.append(token)
        return out

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
