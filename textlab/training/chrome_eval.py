"""Scoring of chrome removal (issue 14, point 5): how well a cleaner drops page chrome and keeps content.

This module owns the measurement, never the cleaner: it runs ``textlab.clean(text, report=True)`` (of
the imported textlab, or of another install in a subprocess) and compares the output with per-line
gold. It owns

* reading a page set: ``pages/NNN.txt`` with ``gold/NNN.tsv`` (``line label kind para``; label
  ``content`` / ``chrome`` / ``blank``), the page styles of ``index.tsv`` and the gov.cn gold
  ``govcn_gold.tsv`` (the format of ``eval/chrome_test/README.md``);
* the canonical form texts are compared in (:func:`canonical`): NFKC (full-width forms and
  punctuation to half-width), traditional to simplified (OpenCC ``t2s``), quotes and dashes unified,
  mask runs (``*``, ``×``) to one ``×``, no whitespace, no format or control characters. The
  cleaner may normalise characters, strip indents and rejoin hard-wrapped lines: none of this
  changes the canonical form;
* mapping the output back to the gold lines (:func:`score_page`): the canonical output lines are
  concatenated; content paragraphs, then the lines of paragraphs not found whole, are placed in it
  by a monotone alignment that maximises the matched characters (output line boundaries break
  ties); a content line changed beyond the canonical form is found by a fuzzy match (90% of its
  characters in order, reported separately). Chrome lines are looked for only between the
  neighbouring placed content, so chrome is never confused with content. A paragraph is kept when
  its whole text is in the output in one piece (a hard-wrapped paragraph rejoined, no output line
  break and nothing else inside it);
* the figures (:func:`summarise`): chrome removal overall and per kind; content keep by line and by
  paragraph, per content kind and for short lines (at most 15 characters); per page style; the
  worst pages; content characters lost and chrome characters left (output characters outside all
  placed content); how far ``CleanReport.removed`` agrees with the output;
* the gov.cn check (:func:`score_govcn`): ``load_corpus`` on the 40 gov.cn pages, the same clean,
  body paragraph recall against the state_council texts, metadata-table labels left in the body,
  the chrome line, and whether the written / published date and document number reach the
  metadata (``Document.meta``, ``CleanReport.meta`` or the parsed document);
* the seed diff (:func:`seed_diff`) between two cleaners, and the Markdown / JSON of the results.

Nothing here is tuned on a set; the set folder is an argument. ``scripts/eval_chrome.py`` is the
command line and refuses a locked set (a README that says ``LOCKED``) without ``--locked-test-run``;
a retired test set (its README opens with ``RETIRED test set``: ``eval/chrome_test``, ``chrome_test2``,
``chrome_test3`` since 2026-11-30) is development data and is scored freely.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import tempfile
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher, unified_diff
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

__all__ = [
    "CONTENT_KINDS",
    "SHORT_LINE",
    "Canonicaliser",
    "CleanOutput",
    "GoldLine",
    "Page",
    "SubprocessCleaner",
    "canonical",
    "imported_cleaner",
    "is_locked_set",
    "markdown",
    "read_govcn_gold",
    "read_page_set",
    "score_govcn",
    "score_page",
    "score_pages",
    "seed_diff",
    "summarise",
    "targets",
]

CONTENT_KINDS = ("content", "heading", "greeting", "closing", "signature")
SHORT_LINE = 15  # a content line of at most this many characters (stripped) is "short"
LABELS = ("content", "chrome", "blank")
GOVCN_META = (("成文日期", "written_date"), ("发布日期", "published_date"), ("发文字号", "doc_number"))

_EPS = 1e-4  # tie-break bonus per match end on an output line boundary (weights are lengths)
_FUZZY_CONTENT = 0.9  # share of a content line's characters that must be found, in order
_FUZZY_CHROME = 0.8
_FUZZY_MIN = 6  # lines shorter than this (canonical) are matched exactly or not at all


# --------------------------------------------------------------------------- canonical form

_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u300c": '"', "\u300d": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2500": "-", "\u30fc": "-",
    "\u2022": "\u00b7", "\u2027": "\u00b7", "\u30fb": "\u00b7", "\u2219": "\u00b7",
    "\u3001": ",",  # 、 is sometimes written as ，
    "\u00d7": "\u00d7", "*": "\u00d7", "\u2715": "\u00d7", "\u2716": "\u00d7",
})
_MASK_RUN = re.compile("\u00d7+")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Canonicaliser:
    """The canonical form of texts (module docstring), with a per-instance cache and converter.

    ``t2s``: a ``str -> str`` traditional-to-simplified function; by default OpenCC ``t2s``
    (created on first use); ``False`` leaves characters as they are.
    """

    def __init__(self, t2s: Callable[[str], str] | bool | None = None) -> None:
        self._t2s = t2s
        self._cache: dict[str, str] = {}

    def _convert(self, text: str) -> str:
        if self._t2s is False:
            return text
        if self._t2s is None or self._t2s is True:
            import opencc

            self._t2s = opencc.OpenCC("t2s").convert
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("", text)
        return self._t2s(text)

    def __call__(self, text: str) -> str:
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        s = unicodedata.normalize("NFKC", text)
        s = "".join(ch for ch in s if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
        if s:
            s = self._convert(s)
            s = unicodedata.normalize("NFKC", s).translate(_MAP)
            s = _MASK_RUN.sub("\u00d7", s)
        self._cache[text] = s
        return s


def canonical(text: str) -> str:
    """The canonical form of one text (a fresh :class:`Canonicaliser`; use one for many texts).

    >>> canonical("　　近年来,  ＊＊市“聚心”（２０２３）") == canonical("近年来，×市\\"聚心\\"(2023)")
    True
    """
    return Canonicaliser()(text)


# --------------------------------------------------------------------------- the set


@dataclass(frozen=True)
class GoldLine:
    """One line of a page with its gold: ``label`` content / chrome / blank, ``kind``, ``para``."""

    lineno: int
    text: str
    label: str
    kind: str
    para: int | None


@dataclass(frozen=True)
class Page:
    """A page of a set: its id (file stem), raw text, gold lines and style (``index.tsv``)."""

    id: str
    text: str
    lines: tuple[GoldLine, ...]
    style: str = "unknown"


RETIRED_MARK = "RETIRED test set"


def is_locked_set(folder: str | os.PathLike[str]) -> bool:
    """True for a locked test set: the head of its README says ``LOCKED``, unless the README's first
    lines declare it a ``RETIRED test set`` (a used test set turned development data)."""
    readme = Path(folder) / "README.md"
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8", errors="replace")
    if RETIRED_MARK in "\n".join(text.splitlines()[:5]):
        return False
    return "LOCKED" in text[:2000]


def _read_tsv(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc})") from None
    return [row.split("\t") for row in text.strip("\n").split("\n")]


def _read_styles(folder: Path) -> dict[str, str]:
    index = folder / "index.tsv"
    if not index.is_file():
        return {}
    rows = _read_tsv(index)
    head = rows[0]
    if "doc" not in head or "style" not in head:
        raise ValueError(f"{index}: header must name the columns doc and style, got {head}")
    d, s = head.index("doc"), head.index("style")
    return {r[d]: r[s] for r in rows[1:] if len(r) > max(d, s)}


def read_page_set(folder: str | os.PathLike[str]) -> list[Page]:
    """The pages of a set folder (``pages/*.txt`` with ``gold/*.tsv``), checked line by line.

    Raises FileNotFoundError for a folder without ``pages/`` or ``gold/`` and ValueError naming
    the file and row for a gold file that does not fit its page.
    """
    folder = Path(folder)
    pages_dir, gold_dir = folder / "pages", folder / "gold"
    if not pages_dir.is_dir() or not gold_dir.is_dir():
        raise FileNotFoundError(f"{folder}: a page set needs the folders pages/ (NNN.txt) and gold/ (NNN.tsv)")
    styles = _read_styles(folder)
    pages = []
    for path in sorted(pages_dir.glob("*.txt")):
        gold_path = gold_dir / f"{path.stem}.tsv"
        if not gold_path.is_file():
            raise ValueError(f"{gold_path}: missing (the gold of page {path})")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 ({exc})") from None
        raw = text.split("\n")
        if raw and raw[-1] == "":
            raw = raw[:-1]
        rows = _read_tsv(gold_path)
        if rows[0][:4] != ["line", "label", "kind", "para"]:
            raise ValueError(f"{gold_path}: header must be line, label, kind, para; got {rows[0]}")
        rows = rows[1:]
        if len(rows) != len(raw):
            raise ValueError(f"{gold_path}: {len(rows)} gold rows for {len(raw)} lines of {path}")
        lines = []
        for i, (line, row) in enumerate(zip(raw, rows), 1):
            row = row + [""] * (4 - len(row))
            where = f"{gold_path}, row {i + 1}"
            if row[0] != str(i):
                raise ValueError(f"{where}: line number {row[0]!r}, expected {i}")
            if row[1] not in LABELS:
                raise ValueError(f"{where}: label {row[1]!r} is not one of {', '.join(LABELS)}")
            para = None
            if row[1] == "content":
                if not row[3].strip().lstrip("-").isdigit():
                    raise ValueError(f"{where}: a content line needs an integer para, got {row[3]!r}")
                para = int(row[3])
            lines.append(GoldLine(i, line, row[1], row[2], para))
        pages.append(Page(path.stem, text, tuple(lines), styles.get(path.stem, "unknown")))
    if not pages:
        raise FileNotFoundError(f"{pages_dir}: no pages (*.txt)")
    return pages


# --------------------------------------------------------------------------- cleaners


class CleanOutput(NamedTuple):
    """What a cleaner gave for one text: output text, line numbers it lists as removed, meta."""

    text: str
    removed: tuple = ()  # 1-based line numbers of CleanReport.removed (None when unknown)
    meta: dict = {}


def _from_report(result: Any) -> CleanOutput:
    text = result if isinstance(result, str) else getattr(result, "text", None)
    if not isinstance(text, str):
        raise TypeError(f"clean(report=True) returned {type(result).__name__} without a str text")
    removed = tuple(getattr(r, "lineno", None) for r in getattr(result, "removed", ()) or ())
    meta = getattr(result, "meta", None)
    return CleanOutput(text, removed, dict(meta) if isinstance(meta, dict) else {})


def imported_cleaner(texts: Sequence[str]) -> list[CleanOutput]:
    """``textlab.clean(text, report=True)`` of the imported textlab, for each text."""
    import textlab

    return [_from_report(textlab.clean(t, report=True)) for t in texts]


_SUBPROCESS_CODE = r"""
import json, sys
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
import textlab
texts = json.loads(sys.stdin.buffer.read().decode("utf-8"))
out = []
def plain(v):
    return v if v is None or isinstance(v, (str, int, float, bool)) else str(v)
for t in texts:
    r = textlab.clean(t, report=True)
    text = r if isinstance(r, str) else r.text
    meta = getattr(r, "meta", None) or {}
    out.append({"text": text, "removed": [getattr(x, "lineno", None) for x in getattr(r, "removed", None) or ()],
                "meta": {str(k): plain(v) for k, v in meta.items()}})
sys.stdout.buffer.write(json.dumps({"version": getattr(textlab, "__version__", "?"), "file": textlab.__file__,
                                    "outputs": out}, ensure_ascii=False).encode("utf-8"))
"""


class SubprocessCleaner:
    """``textlab.clean(report=True)`` of another install: ``python`` (an interpreter whose textlab
    is imported), optionally with ``source`` (a folder holding a ``textlab/`` package) first on
    its path. Runs isolated (``-I``) in a temporary folder, so no checkout shadows it.
    """

    def __init__(self, python: str | os.PathLike[str], source: str | os.PathLike[str] | None = None,
                 timeout: float = 600) -> None:
        self.python = os.fspath(python)
        self.source = os.fspath(source) if source is not None else ""
        self.timeout = timeout
        self.version: str | None = None
        self.file: str | None = None

    def __repr__(self) -> str:
        return f"SubprocessCleaner({self.python!r}, source={self.source or None!r})"

    def __call__(self, texts: Sequence[str]) -> list[CleanOutput]:
        with tempfile.TemporaryDirectory() as cwd:
            done = subprocess.run([self.python, "-I", "-c", _SUBPROCESS_CODE, self.source],
                                  input=json.dumps(list(texts), ensure_ascii=False).encode("utf-8"),
                                  capture_output=True, cwd=cwd, timeout=self.timeout)
        if done.returncode != 0:
            raise RuntimeError(f"{self!r} failed: {done.stderr.decode('utf-8', 'replace')[-2000:]}")
        data = json.loads(done.stdout.decode("utf-8"))
        self.version, self.file = data["version"], data["file"]
        return [CleanOutput(o["text"], tuple(o["removed"]), o["meta"]) for o in data["outputs"]]


# --------------------------------------------------------------------------- alignment


class _PrefixMax:
    """Fenwick tree: best (score, id) over positions <= i."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.tree = [(0.0, -1)] * (n + 1)

    def update(self, i: int, value: tuple[float, int]) -> None:
        i += 1
        while i <= self.n:
            if value > self.tree[i]:
                self.tree[i] = value
            i += i & -i

    def query(self, i: int) -> tuple[float, int]:
        i = min(i, self.n - 1) + 1
        best = (0.0, -1)
        while i > 0:
            if self.tree[i] > best:
                best = self.tree[i]
            i -= i & -i
        return best


def _select(items: Sequence[str], text: str, lo: int, hi: int, bounds: frozenset[int],
            groups: Sequence[Any] | None = None, cap: int = 2000) -> list[tuple[int, int] | None]:
    """Place the items in ``text[lo:hi]`` in order, without overlap, maximising the placed characters.

    Each item is placed at one of its exact occurrences or not at all. Ties go to placements
    whose ends lie on output line boundaries and to an item placed right after the item before
    it of the same group (``groups[i]``, None for no group: the pieces of one paragraph).
    Returns a span (start, end) or None per item.
    """
    spans: list[tuple[int, int] | None] = [None] * len(items)
    if hi <= lo:
        return spans
    table = _PrefixMax(hi - lo + 1)
    ending: dict[int, tuple[float, int]] = {}  # best candidate ending at a position
    cands: list[tuple[int, int, int, int]] = []  # item, start, end, previous candidate
    for i, item in enumerate(items):
        if not item:
            continue
        group = groups[i] if groups is not None else None
        new = []
        at = text.find(item, lo, hi)
        while at != -1 and len(new) < cap:
            end = at + len(item)
            score, prev = table.query(at - lo)
            weight = len(item) + _EPS * ((at in bounds) + (end in bounds))
            if group is not None and at in ending:
                adj_score, adj = ending[at]
                before = cands[adj][0]
                if before == i - 1 and groups[before] == group and adj_score + _EPS >= score:
                    score, prev = adj_score + _EPS, adj
            new.append((score + weight, i, at, end, prev))
            at = text.find(item, at + 1, hi)
        for score, i_, at, end, prev in new:
            cands.append((i_, at, end, prev))
            table.update(end - lo, (score, len(cands) - 1))
            if score > ending.get(end, (-1.0, -1))[0]:
                ending[end] = (score, len(cands) - 1)
    _, cid = table.query(hi - lo)
    while cid != -1:
        i, at, end, prev = cands[cid]
        spans[i] = (at, end)
        cid = prev
    return spans


def _fuzzy(item: str, text: str, lo: int, hi: int, share: float) -> tuple[int, int, int] | None:
    """(start, end, matched characters) of ``item`` changed a little, near the start of ``text[lo:hi]``."""
    if len(item) < _FUZZY_MIN:
        return None
    hi = min(hi, lo + 3 * len(item) + 300)
    if hi - lo < share * len(item):
        return None
    blocks = [b for b in SequenceMatcher(None, item, text[lo:hi], autojunk=False).get_matching_blocks() if b.size >= 2]
    matched = sum(b.size for b in blocks)
    if not blocks or matched < share * len(item):
        return None
    start, end = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
    if end - start > 1.5 * len(item) + 5:
        return None
    return start, end, matched


class _Output:
    """A cleaner's output in canonical form: the concatenated text and its line boundaries."""

    def __init__(self, text: str, canon: Canonicaliser) -> None:
        lines = [canon(line) for line in text.splitlines()]
        self.text = "".join(lines)
        pos, bounds = 0, {0}
        for line in lines:
            pos += len(line)
            bounds.add(pos)
        self.bounds = frozenset(bounds)

    def boundary_within(self, start: int, end: int) -> bool:
        """An output line break strictly inside (start, end)."""
        return any(start < b < end for b in self.bounds) if end - start > 1 else False


def _fill_fuzzy(items: Sequence[str], spans: list, how: list, matched: list, out: _Output,
                shares: Sequence[float | None]) -> None:
    """Fuzzy-place the unplaced items between their placed neighbours (in place); ``shares[i]``
    is the share of item i's characters to find, None to leave it alone."""
    for i, item in enumerate(items):
        if spans[i] is not None or not item or shares[i] is None:
            continue
        left = max([s[1] for s in spans[:i] if s is not None], default=0)
        right = min([s[0] for s in spans[i + 1:] if s is not None], default=len(out.text))
        hit = _fuzzy(item, out.text, left, right, shares[i])
        if hit is not None:
            spans[i], how[i], matched[i] = (hit[0], hit[1]), "fuzzy", hit[2]


def _fill_partial(items: Sequence[str], spans: list, how: list, matched: list, out: _Output,
                  eligible: Sequence[bool]) -> None:
    """What is left of a line the cleaner cut (a chrome label kept, its value dropped): an output
    line no placed item covers, of at least two characters, that is part of an unplaced eligible
    item between that item's placed neighbours. Marked ``partial`` (in place)."""
    covered = bytearray(len(out.text))
    for s in spans:
        if s is not None:
            covered[s[0]:s[1]] = b"\x01" * (s[1] - s[0])
    edges = sorted(out.bounds)
    free = [(a, b) for a, b in zip(edges, edges[1:]) if b - a >= 2 and not any(covered[a:b])]
    for i, item in enumerate(items):
        if spans[i] is not None or not eligible[i] or not free:
            continue
        left = max([s[1] for s in spans[:i] if s is not None], default=0)
        right = min([s[0] for s in spans[i + 1:] if s is not None], default=len(out.text))
        for k, (a, b) in enumerate(free):
            if left <= a and b <= right and out.text[a:b] in item:
                spans[i], how[i], matched[i] = (a, b), "partial", b - a
                del free[k]
                break


# --------------------------------------------------------------------------- one page


@dataclass
class PageResult:
    """The decisions on one page: per line and per paragraph, and the character counts."""

    id: str
    style: str
    lines: list[dict] = field(default_factory=list)  # per non-blank gold line
    paragraphs: list[dict] = field(default_factory=list)
    chrome_chars: int = 0
    chrome_chars_left: int = 0
    content_chars: int = 0
    content_chars_lost: int = 0
    joined_boundaries: int = 0  # two source paragraphs in one output line
    uncomparable: int = 0  # non-blank gold lines without canonical text (left out of every figure)
    report: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"id": self.id, "style": self.style, "lines": self.lines, "paragraphs": self.paragraphs,
                "chrome_chars": self.chrome_chars, "chrome_chars_left": self.chrome_chars_left,
                "content_chars": self.content_chars, "content_chars_lost": self.content_chars_lost,
                "joined_boundaries": self.joined_boundaries, "uncomparable": self.uncomparable,
                "report": self.report}


def _splitline_numbers(lines: Sequence[GoldLine]) -> list[range]:
    """The 1-based ``str.splitlines`` numbers (what CleanReport.removed counts) of each '\\n'-line."""
    out, n = [], 1
    for g in lines:
        k = max(1, len(g.text.splitlines()))
        out.append(range(n, n + k))
        n += k
    return out


def score_page(page: Page, output: CleanOutput, canon: Canonicaliser | None = None) -> PageResult:
    """Which gold lines of ``page`` survived in ``output`` (module docstring: the alignment)."""
    canon = canon or Canonicaliser()
    out = _Output(output.text, canon)
    result = PageResult(page.id, page.style)
    keys = [canon(g.text) for g in page.lines]
    content = [i for i, g in enumerate(page.lines) if g.label == "content" and keys[i]]
    chrome = [i for i, g in enumerate(page.lines) if g.label == "chrome" and keys[i]]
    # a non-blank line with nothing left in canonical form (only control or format characters)
    result.uncomparable = sum(1 for i, g in enumerate(page.lines) if g.label != "blank" and not keys[i])

    # 1. every non-blank line (content and chrome, in page order) at an exact occurrence: one
    #    monotone alignment, so a content line is never placed inside a chrome line that repeats
    #    it, nor chrome inside content; pieces of one paragraph prefer to follow each other
    paras: OrderedDict[int, list[int]] = OrderedDict()
    for i in content:
        paras.setdefault(page.lines[i].para, []).append(i)
    nonblank = sorted(content + chrome)
    groups = [page.lines[i].para if page.lines[i].label == "content" else None for i in nonblank]
    placed = _select([keys[i] for i in nonblank], out.text, 0, len(out.text), out.bounds, groups)
    span = dict(zip(nonblank, placed))
    how = {i: "exact" if span[i] else "none" for i in nonblank}
    got = {i: len(keys[i]) if span[i] else 0 for i in nonblank}

    # 3. lines changed beyond the canonical form: content first, then chrome
    spans, hows, gots = [span[i] for i in nonblank], [how[i] for i in nonblank], [got[i] for i in nonblank]
    for label, share in (("content", _FUZZY_CONTENT), ("chrome", _FUZZY_CHROME)):
        shares = [share if page.lines[i].label == label else None for i in nonblank]
        _fill_fuzzy([keys[i] for i in nonblank], spans, hows, gots, out, shares)
    _fill_partial([keys[i] for i in nonblank], spans, hows, gots, out,
                  [page.lines[i].label == "chrome" for i in nonblank])
    for i, s, h, g in zip(nonblank, spans, hows, gots):
        span[i], how[i], got[i] = s, h, g

    # report consistency: CleanReport.removed against the output
    listed = {n for n in output.removed if isinstance(n, int)}
    numbers = _splitline_numbers(page.lines)
    if listed:
        present_listed = sum(1 for i in content + chrome if span[i] is not None and any(n in listed for n in numbers[i]))
        absent_unlisted = sum(1 for i in content + chrome if span[i] is None and not any(n in listed for n in numbers[i]))
        result.report = {"listed": len(output.removed), "without_lineno": sum(1 for n in output.removed if n is None),
                         "listed_but_present": present_listed, "absent_not_listed": absent_unlisted}
    else:
        result.report = {"listed": len(output.removed), "without_lineno": len(output.removed)}

    for i in sorted(content + chrome):
        g = page.lines[i]
        kept = span[i] is not None
        row = {"line": g.lineno, "label": g.label, "kind": g.kind, "chars": len(keys[i]), "how": how[i],
               "matched": got[i]}
        if g.label == "content":
            row.update(para=g.para, kept=kept, short=len(g.text.strip()) <= SHORT_LINE)
        else:
            row.update(left=kept)
        result.lines.append(row)

    # paragraphs: whole text in one piece; paragraph boundaries lost
    covered = 0
    prev_end = None
    for p in paras:
        members = paras[p]
        kind = page.lines[members[0]].kind
        text_kept = all(span[i] is not None for i in members)
        one_piece = text_kept
        if text_kept:
            for a, b in zip(members, members[1:]):
                gap = span[b][0] - span[a][1]
                exact = how[a] == how[b] == "exact"
                if gap < 0 or (gap > 0 if exact else gap > 3):
                    one_piece = False
            if one_piece and out.boundary_within(span[members[0]][0], span[members[-1]][1]):
                one_piece = False
            first = span[members[0]][0]
            if prev_end is not None and not any(prev_end <= b <= first for b in out.bounds):
                result.joined_boundaries += 1
            prev_end = span[members[-1]][1]
        else:
            prev_end = None
        text = "".join(page.lines[i].text.strip() for i in members)
        result.paragraphs.append({"para": p, "kind": kind, "lines": len(members), "wrapped": len(members) > 1,
                                  "chars": sum(len(keys[i]) for i in members), "short": len(text) <= SHORT_LINE,
                                  "text_kept": text_kept, "kept": one_piece})
    for i in content:
        result.content_chars += len(keys[i])
        result.content_chars_lost += len(keys[i]) - got[i]
        if span[i] is not None:
            covered += span[i][1] - span[i][0]
    result.chrome_chars = sum(len(keys[i]) for i in chrome)
    result.chrome_chars_left = max(0, len(out.text) - covered)
    return result


def score_pages(pages: Sequence[Page], cleaner: Callable[[Sequence[str]], list[CleanOutput]] = imported_cleaner,
                canon: Canonicaliser | None = None) -> list[PageResult]:
    """Clean every page with ``cleaner`` (one call for all texts) and score it."""
    canon = canon or Canonicaliser()
    outputs = cleaner([p.text for p in pages])
    if len(outputs) != len(pages):
        raise ValueError(f"the cleaner returned {len(outputs)} outputs for {len(pages)} pages")
    return [score_page(p, o, canon) for p, o in zip(pages, outputs)]


# --------------------------------------------------------------------------- figures


def _rate(hit: int, total: int) -> float | None:
    return hit / total if total else None


def _count(rows: list[dict], flag: str) -> dict:
    hit = sum(1 for r in rows if r[flag])
    return {"n": len(rows), "hit": hit, "rate": _rate(hit, len(rows))}


def summarise(results: Sequence[PageResult], worst: int = 10) -> dict:
    """The figures of a scored set (plain Python types, JSON-ready)."""
    lines = [dict(r, page=res.id, style=res.style) for res in results for r in res.lines]
    paras = [dict(p, page=res.id, style=res.style) for res in results for p in res.paragraphs]
    chrome = [r for r in lines if r["label"] == "chrome"]
    for r in chrome:
        r["removed"] = not r["left"]
    content = [r for r in lines if r["label"] == "content"]

    def by(rows: list[dict], key: str, flag: str) -> dict:
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            groups[r[key]].append(r)
        return {k: _count(v, flag) for k, v in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))}

    content_by_kind = {k: _count([r for r in content if r["kind"] == k], "kept") for k in CONTENT_KINDS}
    paras_by_kind = {k: _count([p for p in paras if p["kind"] == k], "kept") for k in CONTENT_KINDS}
    extra = sorted({r["kind"] for r in content} - set(CONTENT_KINDS))
    for k in extra:
        content_by_kind[k] = _count([r for r in content if r["kind"] == k], "kept")
        paras_by_kind[k] = _count([p for p in paras if p["kind"] == k], "kept")
    styles = {}
    for style in sorted({r.style for r in results}):
        rs = [r for r in results if r.style == style]
        styles[style] = {
            "pages": len(rs),
            "chrome_removed": _count([r for r in chrome if r["style"] == style], "removed"),
            "content_kept": _count([r for r in content if r["style"] == style], "kept"),
            "paragraphs_kept": _count([p for p in paras if p["style"] == style], "kept"),
            "chrome_chars_left": sum(r.chrome_chars_left for r in rs),
            "content_chars_lost": sum(r.content_chars_lost for r in rs),
        }
    per_page = []
    for res in results:
        c = [r for r in res.lines if r["label"] == "content"]
        h = [r for r in res.lines if r["label"] == "chrome"]
        per_page.append({
            "page": res.id, "style": res.style,
            "paragraphs": len(res.paragraphs), "paragraphs_lost": sum(1 for p in res.paragraphs if not p["kept"]),
            "content_lines": len(c), "content_lines_lost": sum(1 for r in c if not r["kept"]),
            "chrome_lines": len(h), "chrome_lines_left": sum(1 for r in h if r["left"]),
            "content_chars_lost": res.content_chars_lost, "chrome_chars_left": res.chrome_chars_left,
            "joined_boundaries": res.joined_boundaries,
        })
    ranked = sorted(per_page, key=lambda p: (-p["paragraphs_lost"], -p["content_lines_lost"],
                                             -p["chrome_lines_left"], -p["chrome_chars_left"], p["page"]))
    reports = [r.report for r in results]
    consistency = None
    if any("listed_but_present" in r for r in reports):
        consistency = {k: sum(r.get(k, 0) for r in reports)
                       for k in ("listed", "without_lineno", "listed_but_present", "absent_not_listed")}
    wrapped = [p for p in paras if p["wrapped"]]
    return {
        "pages": len(results),
        "chrome_removed": _count(chrome, "removed"),
        "chrome_removed_by_kind": by(chrome, "kind", "removed"),
        "chrome_left_fuzzy": sum(1 for r in chrome if r["how"] == "fuzzy"),
        "chrome_left_partly": sum(1 for r in chrome if r["how"] == "partial"),
        "chrome_chars": sum(r.chrome_chars for r in results),
        "chrome_chars_left": sum(r.chrome_chars_left for r in results),
        "content_kept": _count(content, "kept"),
        "content_kept_by_kind": content_by_kind,
        "content_kept_short": _count([r for r in content if r["short"]], "kept"),
        "content_kept_fuzzy": sum(1 for r in content if r["how"] == "fuzzy"),
        "paragraphs_kept": _count(paras, "kept"),
        "paragraphs_text_kept": _count(paras, "text_kept"),
        "paragraphs_kept_by_kind": paras_by_kind,
        "paragraphs_kept_short": _count([p for p in paras if p["short"]], "kept"),
        "wrapped_paragraphs_kept": _count(wrapped, "kept"),
        "joined_boundaries": sum(r.joined_boundaries for r in results),
        "uncomparable_lines": sum(r.uncomparable for r in results),
        "content_chars": sum(r.content_chars for r in results),
        "content_chars_lost": sum(r.content_chars_lost for r in results),
        "by_style": styles,
        "worst_pages": ranked[:worst],
        "report_consistency": consistency,
    }


# --------------------------------------------------------------------------- gov.cn


def read_govcn_gold(path: str | os.PathLike[str]) -> list[dict]:
    """The rows of ``govcn_gold.tsv`` (columns html_file, text_file, field, label_in_html, value, …)."""
    path = Path(path)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    need = {"html_file", "text_file", "field", "label_in_html", "value"}
    if not rows or not need <= set(rows[0]):
        raise ValueError(f"{path}: needs the columns {', '.join(sorted(need))}")
    return rows


_DATE = re.compile(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})")


def _iso_date(value: Any) -> str | None:
    m = _DATE.search(unicodedata.normalize("NFKC", str(value)))
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


_BRACKETS = str.maketrans({c: "[" for c in "〔［【(（〈《"} | {c: "]" for c in "〕］】)）〉》"})


def _doc_number(value: Any) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", str(value))).translate(_BRACKETS)


def _same_value(key: str, got: Any, gold: str) -> bool:
    if key.endswith("_date"):
        return _iso_date(got) is not None and _iso_date(got) == _iso_date(gold)
    return _doc_number(got) == _doc_number(gold)


def _parsed_meta(doc: Any) -> tuple[dict, str | None]:
    """The metadata the parsed document carries: ``parsed_document(doc).meta`` and the unit table's
    ``date`` / ``doc_number`` columns (when the textlab has them)."""
    try:
        from textlab import units

        meta = dict(units.parsed_document(doc, tokens=False).meta)
        table = units.parse_document(doc, tokens=False)
        for column in ("date", "doc_number", "written_date", "published_date"):
            if column in table.columns and len(table) and str(table[column].iloc[0]):
                meta.setdefault(f"table:{column}", str(table[column].iloc[0]))
        return meta, None
    except Exception as exc:  # the scorer reports a failing parse instead of crashing
        return {}, f"{type(exc).__name__}: {exc}"


def score_govcn(gold_rows: Sequence[dict], corpus: str | os.PathLike[str], *, load: Callable | None = None,
                clean: Callable[[Sequence[str]], list[CleanOutput]] = imported_cleaner,
                parsed_meta: Callable[[Any], tuple[dict, str | None]] = _parsed_meta,
                canon: Canonicaliser | None = None) -> dict:
    """Main-content extraction on the gov.cn pages: ``load`` (default ``textlab.load_corpus``) on
    ``corpus/gov_cn_html``, ``clean`` of each document's text, checked against the gold rows.

    Returns ``status`` "ok", or "not read" with the reason when the loader reads none of the
    pages (a textlab without HTML input), or "error" when the loader raises.
    """
    canon = canon or Canonicaliser()
    corpus = Path(corpus)
    html_dir = corpus / "gov_cn_html"
    by_page: OrderedDict[str, list[dict]] = OrderedDict()
    for row in gold_rows:
        by_page.setdefault(row["html_file"], []).append(row)
    names = {Path(h).name: h for h in by_page}
    if load is None:
        from textlab import load_corpus as load
    try:
        docs = load(html_dir, warn=False)
    except Exception as exc:
        return {"status": "error", "pages": len(by_page), "read": 0, "reason": f"{type(exc).__name__}: {exc}"}
    found: dict[str, Any] = {}
    for doc in docs:
        path = doc.meta.get("path") or str(doc.id)
        name = Path(str(path)).name
        if name not in names:
            name = f"{Path(str(doc.id)).name}.html"
        if name in names:
            found[names[name]] = doc
    if not found:
        skipped = list(getattr(docs, "skipped", []) or [])
        reason = f"{len(skipped)} files skipped, e.g. {skipped[0][1]}" if skipped else "no document read"
        return {"status": "not read", "pages": len(by_page), "read": 0, "reason": reason}

    order = [h for h in by_page if h in found]
    outputs = dict(zip(order, clean([found[h].text for h in order])))
    pages = []
    for html, rows in by_page.items():
        text_file = corpus / rows[0]["text_file"]
        gold_paras = [line.strip() for line in text_file.read_text(encoding="utf-8").split("\n") if line.strip()]
        page = {"page": Path(html).name, "read": html in found, "paragraphs": len(gold_paras)}
        labels = [r for r in rows if r["field"] != "_chrome"]
        chrome_rows = [r for r in rows if r["field"] == "_chrome"]
        if html not in found:
            page.update(paragraphs_found=0, labels=len(labels), labels_left=[], chrome=len(chrome_rows),
                        chrome_left=0, meta={})
            pages.append(page)
            continue
        doc, output = found[html], outputs[html]
        out = _Output(output.text, canon)
        keys = [canon(p) for p in gold_paras]
        spans = _select(keys, out.text, 0, len(out.text), out.bounds)
        hows = ["exact" if s else "none" for s in spans]
        gots = [len(k) if s else 0 for k, s in zip(keys, spans)]
        _fill_fuzzy(keys, spans, hows, gots, out, [_FUZZY_CONTENT] * len(keys))
        flat = re.sub(r"\s", "", unicodedata.normalize("NFKC", output.text))
        left = [r["field"] for r in labels if re.sub(r"[\s\u3000：:]", "", r["field"]) in flat]
        chrome_left = sum(1 for r in chrome_rows if canon(r["value"]) and canon(r["value"]) in out.text)
        pmeta, perror = parsed_meta(doc)
        meta = {}
        for field_name, key in GOVCN_META:
            gold_values = [r["value"] for r in labels if r["field"] == field_name and r["value"].strip()]
            if not gold_values:
                continue
            gold = gold_values[0]
            where = {"document": doc.meta.get(key), "clean": output.meta.get(key), "parsed": pmeta.get(key)}
            if key == "doc_number":
                where["table"] = pmeta.get("table:doc_number")
            any_value = next((v for v in where.values() if v not in (None, "")), None)
            meta[key] = {"in_document_meta": where["document"] not in (None, ""),
                         "anywhere": any_value is not None,
                         "right": any(v not in (None, "") and _same_value(key, v, gold) for v in where.values())}
        page.update(paragraphs_found=sum(1 for s in spans if s is not None),
                    paragraphs_fuzzy=sum(1 for h in hows if h == "fuzzy"),
                    labels=len(labels), labels_left=left, chrome=len(chrome_rows), chrome_left=chrome_left,
                    meta=meta, parse_error=perror)
        pages.append(page)
    total = sum(p["paragraphs"] for p in pages)
    found_paras = sum(p["paragraphs_found"] for p in pages)
    meta_summary = {}
    for field_name, key in GOVCN_META:
        rows = [p["meta"][key] for p in pages if key in p.get("meta", {})]
        n_gold = sum(1 for rs in by_page.values() if any(r["field"] == field_name and r["value"].strip() for r in rs))
        meta_summary[key] = {"gold": n_gold,
                             "in_document_meta": sum(1 for r in rows if r["in_document_meta"]),
                             "anywhere": sum(1 for r in rows if r["anywhere"]),
                             "right": sum(1 for r in rows if r["right"])}
    label_counts = Counter(f for p in pages for f in p["labels_left"])
    return {
        "status": "ok",
        "pages": len(by_page),
        "read": len(found),
        "paragraphs": total,
        "paragraphs_found": found_paras,
        "recall": _rate(found_paras, total),
        "paragraphs_fuzzy": sum(p.get("paragraphs_fuzzy", 0) for p in pages),
        "labels": sum(p["labels"] for p in pages),
        "labels_left": sum(len(p["labels_left"]) for p in pages),
        "labels_left_by_field": dict(sorted(label_counts.items())),
        "chrome": sum(p["chrome"] for p in pages),
        "chrome_left": sum(p["chrome_left"] for p in pages),
        "meta": meta_summary,
        "parse_errors": sorted({p["parse_error"] for p in pages if p.get("parse_error")}),
        "pages_with_errors": [
            {"page": p["page"], "read": p["read"], "paragraphs": p["paragraphs"], "found": p["paragraphs_found"],
             "labels_left": p["labels_left"], "chrome_left": p["chrome_left"]}
            for p in pages if p["paragraphs_found"] < p["paragraphs"] or p["labels_left"] or p["chrome_left"]],
    }


#: The targets of issue 14 (name, what is measured, threshold).
TARGETS = (
    ("chrome lines removed (pages)", "pages.chrome_removed", 0.95),
    ("content paragraphs kept (pages)", "pages.paragraphs_kept", 0.995),
    ("gov.cn body paragraphs extracted", "govcn.recall", 0.99),
    ("gov.cn metadata-table labels left in the body", "govcn.labels_left", 0),
    ("gov.cn written_date in meta", "govcn.meta.written_date", 1.0),
    ("gov.cn published_date in meta", "govcn.meta.published_date", 1.0),
    ("gov.cn doc_number in meta", "govcn.meta.doc_number", 1.0),
)


def targets(results: dict) -> list[dict]:
    """Each target of issue 14 with the measured value and whether it is met (None: not measured)."""
    rows = []
    pages, gov = results.get("pages"), results.get("govcn")
    gov_ok = bool(gov) and gov.get("status") == "ok"
    for name, measure, goal in TARGETS:
        value = None
        if measure.startswith("pages.") and pages:
            value = pages[measure.split(".", 1)[1]]["rate"]
        elif measure == "govcn.recall" and gov:
            value = gov["recall"] if gov_ok else 0.0 if gov.get("status") != "skipped" else None
        elif measure == "govcn.labels_left" and gov_ok:
            value = gov["labels_left"]
        elif measure.startswith("govcn.meta.") and gov:
            m = gov["meta"][measure.rsplit(".", 1)[1]] if gov_ok else None
            value = (m["right"] / m["gold"] if m and m["gold"] else None) if gov_ok else \
                (0.0 if gov.get("status") != "skipped" else None)
        met = None if value is None else (value <= goal if measure == "govcn.labels_left" else value >= goal)
        rows.append({"target": name, "goal": goal, "value": value, "met": met})
    return rows


# --------------------------------------------------------------------------- seeds


def seed_diff(paths: Sequence[str | os.PathLike[str]], current: Callable[[Sequence[str]], list[CleanOutput]],
              baseline: Callable[[Sequence[str]], list[CleanOutput]], names: tuple[str, str] = ("v0.1.0", "current")) -> list[dict]:
    """Per file: ``clean`` output of ``baseline`` against ``current`` and every changed line (unified diff, no context)."""
    paths = [Path(p) for p in paths]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    before, after = baseline(texts), current(texts)
    out = []
    for path, a, b in zip(paths, before, after):
        diff = [line for line in unified_diff(a.text.splitlines(), b.text.splitlines(), names[0], names[1],
                                              lineterm="", n=0) if not line.startswith(("---", "+++"))]
        out.append({"file": path.name, "changed": a.text != b.text, "lines_before": len(a.text.splitlines()),
                    "lines_after": len(b.text.splitlines()), "diff": diff,
                    "removed_before": len(a.removed), "removed_after": len(b.removed)})
    return out


# --------------------------------------------------------------------------- markdown


def _pct(c: dict | None) -> str:
    if not c or c.get("rate") is None:
        return "–"
    return f"{100 * c['rate']:.1f}% ({c['hit']}/{c['n']})"


def markdown(results: dict) -> str:
    """The Markdown report of a run (the dict the script writes as JSON)."""
    out = [f"# Chrome removal: {results.get('title', '')}".rstrip(": "), ""]
    if results.get("cleaner"):
        out += [f"Cleaner: {results['cleaner']}", ""]
    if results.get("pages") or results.get("govcn"):
        out += ["## Targets (issue 14)", "", "| target | goal | measured | met |", "|---|---|---|---|"]
        for t in targets(results):
            goal = f"≤ {t['goal']}" if isinstance(t["goal"], int) else f"≥ {100 * t['goal']:g}%"
            value = "–" if t["value"] is None else (str(t["value"]) if isinstance(t["value"], int)
                                                    else f"{100 * t['value']:.1f}%")
            met = "–" if t["met"] is None else ("yes" if t["met"] else "no")
            out.append(f"| {t['target']} | {goal} | {value} | {met} |")
        out.append("")
    s = results.get("pages")
    if s:
        out += ["## Pages", "", f"{s['pages']} pages of {results.get('set', '')}", "",
                "| measure | value |", "|---|---|",
                f"| chrome lines removed | {_pct(s['chrome_removed'])} |",
                f"| chrome characters left (output outside all content) | {s['chrome_chars_left']} of {s['chrome_chars']} |",
                f"| content lines kept | {_pct(s['content_kept'])} |",
                f"| content lines kept, short (≤{SHORT_LINE} chars) | {_pct(s['content_kept_short'])} |",
                f"| paragraphs kept (whole, in one piece) | {_pct(s['paragraphs_kept'])} |",
                f"| paragraphs whose text is all kept (any split) | {_pct(s['paragraphs_text_kept'])} |",
                f"| hard-wrapped paragraphs kept in one piece | {_pct(s['wrapped_paragraphs_kept'])} |",
                f"| short paragraphs kept (≤{SHORT_LINE} chars) | {_pct(s['paragraphs_kept_short'])} |",
                f"| content characters lost | {s['content_chars_lost']} of {s['content_chars']} |",
                f"| paragraph boundaries lost (two paragraphs in one output line) | {s['joined_boundaries']} |",
                f"| matched fuzzily (content lines / chrome lines) | {s['content_kept_fuzzy']} / {s['chrome_left_fuzzy']} |",
                f"| chrome lines partly left (counted as left) | {s['chrome_left_partly']} |",
                f"| gold lines without comparable text (left out) | {s['uncomparable_lines']} |",
                ""]
        if s.get("report_consistency"):
            r = s["report_consistency"]
            out += [f"CleanReport.removed: {r['listed']} entries ({r['without_lineno']} without line number); "
                    f"listed but present in the output: {r['listed_but_present']}; absent but not listed: "
                    f"{r['absent_not_listed']}", ""]
        out += ["### Chrome removed per kind", "", "| kind | removed |", "|---|---|"]
        out += [f"| {k} | {_pct(v)} |" for k, v in s["chrome_removed_by_kind"].items()]
        out += ["", "### Content kept per kind", "", "| kind | lines kept | paragraphs kept |", "|---|---|---|"]
        out += [f"| {k} | {_pct(s['content_kept_by_kind'][k])} | {_pct(s['paragraphs_kept_by_kind'].get(k))} |"
                for k in s["content_kept_by_kind"]]
        out += ["", "### Per page style", "",
                "| style | pages | chrome removed | content lines kept | paragraphs kept | chrome chars left | content chars lost |",
                "|---|---|---|---|---|---|---|"]
        out += [f"| {k} | {v['pages']} | {_pct(v['chrome_removed'])} | {_pct(v['content_kept'])} | "
                f"{_pct(v['paragraphs_kept'])} | {v['chrome_chars_left']} | {v['content_chars_lost']} |"
                for k, v in s["by_style"].items()]
        out += ["", "### Worst pages", "",
                "| page | style | paragraphs lost | content lines lost | chrome lines left | chrome chars left | paragraphs joined |",
                "|---|---|---|---|---|---|---|"]
        out += [f"| {p['page']} | {p['style']} | {p['paragraphs_lost']}/{p['paragraphs']} | "
                f"{p['content_lines_lost']}/{p['content_lines']} | {p['chrome_lines_left']}/{p['chrome_lines']} | "
                f"{p['chrome_chars_left']} | {p['joined_boundaries']} |" for p in s["worst_pages"]]
        out.append("")
    g = results.get("govcn")
    if g:
        out += ["## gov.cn pages", ""]
        if g["status"] == "skipped":
            out += [f"not scored: {g['reason']}", ""]
        elif g["status"] != "ok":
            out += [f"load_corpus read {g['read']} of {g['pages']} pages ({g['status']}): {g['reason']}", ""]
        else:
            out += ["| measure | value |", "|---|---|",
                    f"| pages read by load_corpus | {g['read']} of {g['pages']} |",
                    f"| body paragraphs extracted | {_pct({'hit': g['paragraphs_found'], 'n': g['paragraphs'], 'rate': g['recall']})} |",
                    f"| metadata-table labels left in the body | {g['labels_left']} of {g['labels']} |",
                    f"| chrome line left | {g['chrome_left']} of {g['chrome']} |"]
            for key, m in g["meta"].items():
                out.append(f"| {key}: in Document.meta / anywhere in meta / right value | "
                           f"{m['in_document_meta']} / {m['anywhere']} / {m['right']} of {m['gold']} |")
            out.append("")
            if g["labels_left_by_field"]:
                out += ["Labels left: " + ", ".join(f"{k} {v}" for k, v in g["labels_left_by_field"].items()), ""]
            if g["pages_with_errors"]:
                out += ["Pages with paragraphs missing, labels or chrome left: " + "; ".join(
                    f"{p['page']} ({p['found']}/{p['paragraphs']} paragraphs"
                    + (f", labels {' '.join(p['labels_left'])}" if p["labels_left"] else "")
                    + (", chrome left" if p["chrome_left"] else "") + ")" for p in g["pages_with_errors"][:20]), ""]
            if g["parse_errors"]:
                out += ["Parse errors: " + "; ".join(g["parse_errors"]), ""]
    d = results.get("seeds")
    if d is not None:
        out += ["## Seeds: clean() against v0.1.0", ""]
        if isinstance(d, dict) and d.get("error"):
            out += [f"not run: {d['error']}", ""]
        else:
            for f in d:
                out.append(f"- {f['file']}: {'changed' if f['changed'] else 'unchanged'} "
                           f"({f['lines_before']} -> {f['lines_after']} lines)")
            out.append("")
            for f in d:
                if f["diff"]:
                    out += [f"### {f['file']}", "", "```diff", *f["diff"], "```", ""]
    return "\n".join(out).rstrip() + "\n"
