"""Paragraph functions: achievement (成绩) / problem (问题) / measure (措施) / other (其他).

``ParagraphClassifier`` classifies sentence units from their own characters, from cue groups
(aspect 了/已/先后, modality 要/将/力争, problem words, greetings, doctrine, figures; see
``resources/cues.txt``; and, in format 3, the discourse cues of ``resources/cues_discourse.txt``)
in the unit, its paragraph and its neighbours, and from its context: the heading it sits under,
the document title, its position, the document type (:mod:`textlab.doctype`; the work-report
features, relative position and section, count only in work reports) and the frame in force (:mod:`textlab.discourse`).
``classify_units`` / ``classify_document`` then pass each document's sentence probabilities
through the sequence layer (a hidden Markov layer with transitions per document type);
``predict`` / ``predict_proba`` label each text on its own. A paragraph's label is the
length-weighted mean of its sentences' probabilities (``paragraph_mode="aggregate"``, the
default) or the label of the paragraph read as one unit (``"direct"``).

Its input is the unit table of :mod:`textlab.units` (``parse`` / ``parse_document``): the
context (paragraph text, neighbours, number of sentences, long-line windows, innermost heading)
is derived from the table (:func:`context_units`) and the table's text, already cleaned, is used
as given. Only raw strings and tables made some other way are normalised here (:func:`normalise`).

Saved models are data only, written and read by :mod:`textlab.persistence` (which owns every
check): ``manifest.json`` (format, versions, parameters, SHA-256 of every file), ``arrays.npz``
(numeric arrays, never unpickled) and ``vocabulary.json`` (classes, n-gram vocabularies and a
reference to the packaged cue set by name, version and SHA-256). A model file never brings
patterns of its own: the cue regular expressions always come from ``resources/cues.txt``.
Format 1 (textlab 0.1.0) stored the cue patterns themselves; such a file loads only when its
patterns are exactly the ones 0.1.0 shipped (recognised by their SHA-256, never compiled), and
then uses the packaged cue set that gives the same matches (see the note in ``cues.txt``).
Formats 1 and 2 load as the per-sentence models they were (no discourse block, no sequence
layer) and are saved again as format 2. Format 3 adds the arrays ``transitions`` (document type
slots x classes x classes), ``start``, ``prior`` and ``sequence`` (transition and prior weight)
and references to ``cues_discourse.txt`` and ``frames.txt`` (name, version, SHA-256).

Example:
    >>> clf = load_classifier()  # doctest: +SKIP
    >>> clf.predict(["今年全市新建党群服务中心12个。", "下一步，要抓好问题整改。"])  # doctest: +SKIP
    ['achievement', 'measure']
"""

from __future__ import annotations

import hashlib
import json
import math
import numbers
import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin

from textlab.discourse import DOC_TYPE_SLOTS, FRAMES, FrameLexicon, SequenceLayer, document_frames
from textlab.locations import header_field, model_path, resource_path
from textlab.labels import CLASSES
from textlab.persistence import (
    ArraySpec,
    ModelFormatError,
    check_labels,
    check_strings,
    json_bytes,
    npz_bytes,
    open_model,
    write_model,
)

FORMAT = "textlab.paragraph_classifier"
#: 2: the cue set is referenced by name, version and hash; 1 (textlab 0.1.0): cue patterns stored.
#: 3: adds the discourse block (resources/cues_discourse.txt, document type, frame) and the sequence layer.
FORMAT_VERSION = 3
DATA_FILES = ("arrays.npz", "vocabulary.json")
UNIT_COLUMNS = (
    "paragraph", "sentence", "n_sentences", "text", "paragraph_text", "prev_text", "next_text",
    "is_heading", "heading_sentence", "section", "heading", "title", "position", "context",
    "first_section", "problem_opened", "doc_type", "frame",
)
_WHITESPACE_RUNS = re.compile(r"\s\s+")  # as scikit-learn's char analyzer
N_STRUCTURAL = 15  # structural columns appended after the cue counts in _Features._dense
#: cue groups (of cues.txt, of cues_discourse.txt) crossed with the frame in force (format 3)
INTERACT_CUES = ("aspect", "modality", "directive", "problem")
INTERACT_DISCOURSE = ("problem_soft", "problem_target", "done_result", "verb_first", "theory", "procedure",
                      "section_name")


def n_discourse(n_groups: int) -> int:
    """Columns of the format-3 discourse block for ``n_groups`` discourse cue groups."""
    return 2 * n_groups + len(DOC_TYPE_SLOTS) + len(FRAMES) + (len(FRAMES) - 1) * (len(INTERACT_CUES) + len(INTERACT_DISCOURSE))


@lru_cache(maxsize=64)
def _type_slot(doc_type: str) -> int:
    from textlab.discourse import doc_type_index

    return doc_type_index(doc_type)


ORDINAL_START = re.compile(r"^(?:[一二三四五六七八九十]+[是要来]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|第[一二三四五六七八九十]+|首先|其次|最后)")


# ------------------------------------------------------------------------------------ units


@lru_cache(maxsize=1)
def _normaliser():
    from textlab import cleaning as clean_module

    # every character-level step; the line-removing and line-joining steps stay out
    names = [name for name in clean_module.list_steps() if name not in ("strip_boilerplate", "normalize_whitespace")]
    return lambda text: clean_module.clean(text, steps=names)


@lru_cache(maxsize=500_000)
def normalise(text: str) -> str:
    """Character-level normalisation of one unit (full-width forms, pinyin, t2s, masks), no line removal.

    >>> normalise("網(wǎng)格員")
    '网格员'
    """
    return _normaliser()(text).strip()


def _empty_table(columns: list[str]):
    """An empty table with these columns."""
    import pandas as pd

    return pd.DataFrame(columns=columns)


def _identity(text: str) -> str:
    return text


def _texts(column, normalised: bool) -> list[str]:
    """A text column as a list, normalised unless it already is."""
    texts = column.tolist()
    return texts if normalised else list(map(normalise, texts))


def document_units(text: str, *, title: str | None = None, structure_=None, doc_type: str | None = None):
    """One row per sentence of ``text`` (cleaned) with its context: :func:`context_units` of the
    unit table :func:`textlab.units.units_from_outline` makes of its outline (no tokens).

    ``structure_``: the outline of ``text`` if already made; ``title``: the title when the
    outline finds none. The text is not cleaned here (:func:`textlab.units.parse_document` does
    that); rows and context are exactly those of 0.1.0.
    """
    from textlab.outline import structure
    from textlab.units import units_from_outline

    st = structure_ if structure_ is not None else structure(text)
    return context_units(units_from_outline(st, tokens=False), title=title, doc_type=doc_type)


def context_units(table, *, title: str | None = None, doc_type: str | None = None):
    """The classifier's view of a unit table (:func:`textlab.units.parse`): per sentence its
    paragraph text (the paragraph's sentences joined), its neighbours in the paragraph, the
    number of sentences, the innermost heading (last of ``heading_path``) and the title.

    A paragraph of more than ``outline.LONG_LINE`` characters (a structure made elsewhere, or
    one sentence that long) gives each sentence the ``split_long_line`` unit it sits in as its
    paragraph context (``paragraph_text``, ``n_sentences``), never the whole.
    ``title`` fills the rows whose ``title`` is "". ``doc_type``: the document type of every row
    (default: the table's ``doc_type`` column, else :func:`textlab.doctype.document_type` of each
    document); ``frame`` is the frame in force (:func:`textlab.discourse.document_frames`).
    Columns ``UNIT_COLUMNS`` (plus ``document`` when the table has it).
    """
    import pandas as pd

    from textlab.outline import LONG_LINE
    from textlab.units import HEADING_SEP

    texts = table["text"].tolist()
    paras = table["paragraph"].tolist()
    docs = table["document"].tolist() if "document" in table.columns else [""] * len(texts)
    n = len(texts)
    paragraph_text, n_sentences, prev_text, next_text = [""] * n, [0] * n, [""] * n, [""] * n
    position = table["position"].to_numpy(dtype=float).copy()
    para_count: dict = {}
    for d, p in dict.fromkeys(zip(docs, paras)):
        para_count[d] = para_count.get(d, 0) + 1
    start = 0
    for end in range(1, n + 1):
        if end < n and paras[end] == paras[start] and docs[end] == docs[start]:
            continue
        sents = texts[start:end]
        joined = "".join(sents)
        if len(joined) > LONG_LINE:
            windows = _context_windows(joined, sents)
        elif para_count[docs[start]] <= ONE_LINE_PARAGRAPHS and len(sents) > ONE_LINE_SENTENCES:
            windows = _sentence_windows(sents)  # a document pasted as one line: its sentences are the units
            position[start:end] = np.linspace(0.0, 1.0, len(sents))
        else:
            windows = None
        for j in range(len(sents)):
            paragraph_text[start + j], n_sentences[start + j] = windows[j] if windows else (joined, len(sents))
            prev_text[start + j] = sents[j - 1] if j else ""
            next_text[start + j] = sents[j + 1] if j + 1 < len(sents) else ""
        start = end
    titles = table["title"].tolist()
    if title:
        titles = [t or title for t in titles]
    units = pd.DataFrame({
        "paragraph": table["paragraph"].to_numpy(),
        "sentence": table["sentence"].to_numpy(),
        "n_sentences": n_sentences,
        "text": texts,
        "paragraph_text": paragraph_text,
        "prev_text": prev_text,
        "next_text": next_text,
        "is_heading": table["is_heading"].to_numpy(dtype=bool),
        "heading_sentence": table["heading_sentence"].to_numpy(dtype=bool),
        "section": table["section"].tolist(),
        "heading": [path.rsplit(HEADING_SEP, 1)[-1] for path in table["heading_path"].tolist()],
        "title": titles,
        "position": position,
        "context": True,
        "first_section": table["first_section"].to_numpy(dtype=bool),
        "problem_opened": table["problem_opened"].to_numpy(dtype=bool),
        "doc_type": [doc_type] * n if doc_type is not None else _document_types(table),
        "frame": "none",
    }, columns=list(UNIT_COLUMNS))
    if "document" in table.columns:
        units.insert(0, "document", docs)
    units["frame"] = document_frames(units, _frame_lexicon())
    return units


@lru_cache(maxsize=1)
def _frame_lexicon() -> FrameLexicon:
    return FrameLexicon.load()


def _document_types(table) -> list[str]:
    """Each row's document type: the table's ``doc_type`` column (:func:`textlab.units.parse` fills it),
    else :func:`textlab.doctype.document_type` of its document's text (title and paragraphs)."""
    if "doc_type" in table.columns:
        return [str(t) if isinstance(t, str) else "" for t in table["doc_type"].tolist()]
    from textlab.doctype import document_type

    docs = table["document"].tolist() if "document" in table.columns else [""] * len(table)
    texts, paras, titles = table["text"].tolist(), table["paragraph"].tolist(), table["title"].tolist()
    lines: dict[str, list[str]] = {}
    last: dict[str, object] = {}
    for d, p, t in zip(docs, paras, texts):
        if d not in lines:
            lines[d] = []
        if last.get(d) == p and lines[d]:
            lines[d][-1] += t
        else:
            lines[d].append(t)
        last[d] = p
    title_of = dict(zip(docs, titles))
    types = {}
    for d, ls in lines.items():
        body = "\n".join(ls)
        if title_of.get(d) and not body.startswith(title_of[d]):
            body = title_of[d] + "\n" + body
        types[d] = document_type(body).type
    return [types[d] for d in docs]


#: A document of at most this many paragraphs (title + body) whose body holds more than
#: ONE_LINE_SENTENCES sentences was pasted without line breaks: each sentence's paragraph
#: context is then its window of neighbours (:func:`_sentence_windows`), not the whole text.
ONE_LINE_PARAGRAPHS = 2
ONE_LINE_SENTENCES = 4


def _sentence_windows(sents: list[str], radius: int = 1) -> list[tuple[str, int]]:
    """Each sentence's window of ``radius`` neighbours on either side, joined, and its size."""
    n = len(sents)
    return [("".join(sents[max(0, i - radius): i + radius + 1]), min(n, i + radius + 1) - max(0, i - radius))
            for i in range(n)]


def _context_windows(text: str, sents: list[str]) -> list[tuple[str, int]]:
    """For each sentence of a very long paragraph: the unit of ``split_long_line(text)`` it starts
    in, and how many of the sentences start there. Linear in ``len(text)``."""
    from textlab.outline import split_long_line

    def offsets(parts: list[str]) -> list[int]:
        out, pos = [], 0
        for part in parts:
            found = text.find(part, pos)
            pos = found if found >= 0 else pos
            out.append(pos)
            pos += len(part) if found >= 0 else 0
        return out

    units = split_long_line(text) or [text]
    unit_at, sent_at = offsets(units), offsets(sents)
    which, u = [], 0
    for at in sent_at:
        while u + 1 < len(units) and unit_at[u + 1] <= at:
            u += 1
        which.append(u)
    counts: dict[int, int] = {}
    for u in which:
        counts[u] = counts.get(u, 0) + 1
    return [(units[u], counts[u]) for u in which]


def units_from_texts(texts: Sequence[str]):
    """Units without context: each text is its own paragraph (what ``predict(list_of_str)`` sees)."""
    import pandas as pd

    texts = list(texts)
    if not texts:
        return pd.DataFrame([], columns=list(UNIT_COLUMNS))
    n = len(texts)
    columns = {"paragraph": list(range(n)), "sentence": [0] * n, "n_sentences": [1] * n, "text": texts,
               "paragraph_text": texts, "prev_text": [""] * n, "next_text": [""] * n, "is_heading": [False] * n,
               "heading_sentence": [False] * n, "section": [""] * n, "heading": [""] * n, "title": [""] * n,
               "position": [0.5] * n, "context": [False] * n, "first_section": [False] * n,
               "problem_opened": [False] * n, "doc_type": [""] * n, "frame": ["none"] * n}
    return pd.DataFrame(columns, columns=list(UNIT_COLUMNS))


def strip_context(units):
    """The same units as bare texts, as ``predict(list_of_str)`` sees them (no headings, neighbours, title)."""
    stripped = units_from_texts(units["text"].tolist())
    stripped.index = units.index
    extra = [c for c in units.columns if c not in UNIT_COLUMNS]
    return stripped.join(units[extra]) if extra else stripped


def _as_units(X):
    """(units with ``UNIT_COLUMNS``, whether their text is already normalised).

    A unit table from :func:`textlab.units.parse` is normalised (cleaned) text: it is used as
    given. Raw strings and other tables (such as :func:`document_units` of any text) are
    normalised by the features, character by character.
    """
    import pandas as pd

    from textlab.units import is_unit_table

    if isinstance(X, str):
        raise TypeError("expected a list of texts or a DataFrame of units, not a single str")
    if isinstance(X, pd.DataFrame):
        if is_unit_table(X):
            return context_units(X), True
        missing = [c for c in ("text",) if c not in X.columns]
        if missing:
            raise ValueError(f"unit table lacks columns {missing}")
        units = units_from_texts(X["text"].astype(str).tolist())
        for col in UNIT_COLUMNS:
            if col in X.columns:
                units[col] = X[col].to_numpy()
        return units, False
    texts = list(X)
    bad = [type(t).__name__ for t in texts if not isinstance(t, str)]
    if bad:
        raise TypeError(f"texts must be str, got {bad[0]}")
    return units_from_texts(texts), False


# ------------------------------------------------------------------------------------ features


#: SHA-256 of the cue list textlab 0.1.0 stored in vocabulary.json, as
#: ``json.dumps(cues, ensure_ascii=False, separators=(",", ":"))`` of its 13 [group, pattern] pairs.
#: A format-1 model whose stored list has this hash used what is now the packaged cue set
#: ``textlab.cues`` version 2 (same matches on every text; see resources/cues.txt).
CUES_0_1_0_SHA256 = "0dc6048ad028bab2c9e63d6ce30e15fd2241f65439ad3cb2641777ea5d0d7f35"
CUES_0_1_0_AS = ("textlab.cues", 2)


@dataclass(frozen=True)
class CueSet:
    """A cue list: its name and version (from the file's header), the file's SHA-256 and (group, regex) pairs."""

    name: str
    version: int
    sha256: str
    pairs: tuple[tuple[str, str], ...]

    @property
    def groups(self) -> list[str]:
        return [group for group, _ in self.pairs]

    def reference(self) -> dict:
        """What a saved model stores instead of the patterns."""
        return {"name": self.name, "version": self.version, "sha256": self.sha256, "groups": self.groups}


def cue_set(path: str | Path | None = None) -> CueSet:
    """The cue list of a cue file (default: the packaged ``resources/cues.txt``), patterns compiled once to check them.

    The header lines ``# name: …`` and ``# version: N`` name it; a file without them is named
    ``custom:<file name>``, version 0.
    """
    if path:
        raw = Path(path).read_bytes()
        name, version = f"custom:{Path(path).name}", 0
    else:
        raw = resource_path("cues.txt").read_bytes()
        name, version = "", 0
    text = raw.decode("utf-8-sig")
    pairs: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            name, version = header_field(line, name, version)
            continue
        if not line.strip():
            continue
        group, _, pattern = line.partition("\t")
        re.compile(pattern)
        pairs.setdefault(group.strip(), []).append(pattern.strip())
    return CueSet(name or "custom", version, hashlib.sha256(raw).hexdigest(),
                  tuple((g, "|".join(f"(?:{p})" for p in ps)) for g, ps in pairs.items()))


@lru_cache(maxsize=1)
def discourse_cue_set() -> CueSet:
    """The packaged discourse cue list (``resources/cues_discourse.txt``) of format-3 models."""
    return cue_set(resource_path("cues_discourse.txt"))


def _check_reference(stored: Any, packaged, where: Path, what: str) -> None:
    """A format-3 reference {name, version, sha256, ...} must name the packaged file exactly."""
    keys = {"name": str, "version": int, "sha256": str}
    if not isinstance(stored, dict) or any(not isinstance(stored.get(k), t) or isinstance(stored.get(k), bool)
                                           for k, t in keys.items()):
        raise ModelFormatError(f"{where}: {what!r} must be a reference {{name, version, sha256}} to a packaged file")
    if (stored["name"], stored["version"]) != (packaged.name, packaged.version):
        raise ModelFormatError(
            f"{where}: the model was saved with {what} {str(stored['name'])[:40]!r} version {stored['version']}; this "
            f"textlab ships {packaged.name!r} version {packaged.version}: use the textlab that saved it, or retrain")
    if stored["sha256"] != packaged.sha256:
        raise ModelFormatError(f"{where}: the packaged {what} file ({packaged.name} version {packaged.version}) is not "
                               "the one the model was saved with (another SHA-256): it was edited without a new version")
    groups = stored.get("groups")
    if groups is not None and groups != getattr(packaged, "groups", groups):
        raise ModelFormatError(f"{where}: {what} groups {str(groups)[:80]} are not those of {packaged.name}")


def load_cues(path: str | Path | None = None) -> list[tuple[str, str]]:
    """(group, regex) pairs from a cue file (default: the packaged ``resources/cues.txt``)."""
    return list(cue_set(path).pairs)


def _cues_of_saved_model(stored: Any, version: int, where: Path) -> CueSet:
    """The packaged cue set a saved model refers to; the stored value is compared, never compiled."""
    packaged = cue_set()
    if version == 1:
        ok = isinstance(stored, list) and all(
            isinstance(c, list) and len(c) == 2 and all(isinstance(x, str) for x in c) for c in stored)
        if not ok:
            raise ModelFormatError(f"{where}: 'cues' must be the [group, pattern] list textlab 0.1.0 wrote")
        canonical = json.dumps(stored, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if hashlib.sha256(canonical).hexdigest() != CUES_0_1_0_SHA256:
            raise ModelFormatError(
                f"{where}: the stored cue patterns are not the ones textlab 0.1.0 shipped; patterns read from a "
                "model file are never compiled or run, so this model cannot be loaded: retrain it with this textlab")
        name, number = CUES_0_1_0_AS
        digest, groups = packaged.sha256, [c[0] for c in stored]
    else:
        keys = {"name": str, "version": int, "sha256": str, "groups": list}
        if not isinstance(stored, dict) or any(not isinstance(stored.get(k), t) or isinstance(stored.get(k), bool)
                                               for k, t in keys.items()):
            raise ModelFormatError(f"{where}: 'cues' must be a reference {{name, version, sha256, groups}} "
                                   "to a packaged cue set")
        name, number, digest, groups = (stored[k] for k in keys)
    if (name, number) != (packaged.name, packaged.version):
        raise ModelFormatError(
            f"{where}: the model was saved with cue set {str(name)[:40]!r} version {number}; this textlab ships "
            f"{packaged.name!r} version {packaged.version}: use the textlab that saved it, or retrain")
    if digest != packaged.sha256:
        raise ModelFormatError(
            f"{where}: the packaged cue file ({packaged.name} version {packaged.version}) is not the one the model was "
            "saved with (another SHA-256): textlab/resources/cues.txt was edited without a new version")
    if groups != packaged.groups:
        raise ModelFormatError(f"{where}: cue groups {groups[:20]} are not those of {packaged.name} "
                               f"version {packaged.version} {packaged.groups}")
    return packaged


def top_char_ngrams(texts: Sequence[str], ngram_range: tuple[int, int], *, min_df: int,
                    max_features: int) -> list[str]:
    """The ``max_features`` most frequent character n-grams of ``texts`` found in at least ``min_df``
    texts, ties broken by the n-gram itself; sorted.

    scikit-learn's ``max_features`` keeps the top counts with NumPy's unstable ``argsort``, whose
    order among equal counts depends on the CPU's sort kernel (AVX-512, AVX2 or none): about 800
    of 40,000 n-grams tied at the cut-off changed between machines. Ranking by (count descending,
    n-gram) gives the same vocabulary on every machine, and the same one as scikit-learn where no
    tie straddles the cut-off.

    >>> top_char_ngrams(["党建引领", "党建工作"], (1, 1), min_df=1, max_features=3)  # 作 first of the ties
    ['作', '党', '建']
    """
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(analyzer="char", ngram_range=ngram_range, lowercase=False, min_df=min_df,
                              dtype=np.int64)
    totals = np.asarray(counter.fit_transform(texts).sum(axis=0)).ravel()
    names = counter.get_feature_names_out().tolist()
    ranked = sorted(range(len(names)), key=lambda i: (-int(totals[i]), names[i]))
    return sorted(names[i] for i in ranked[:max_features])


def _regex_parser():
    """The standard library's regular-expression parser and its opcodes (``re._parser`` and
    ``re._constants`` from Python 3.11, ``sre_parse`` and ``sre_constants`` before)."""
    try:
        from re import _constants as constants, _parser as parser
    except ImportError:  # Python 3.10
        import sre_constants as constants
        import sre_parse as parser
    return parser, constants


def _match_starts(items, c) -> tuple[list[str], bool] | None:
    """(class items covering every character a match of the parsed ``items`` can begin with, whether
    it can match without consuming a character), or None when that is not told here."""
    parts: list[str] = []
    repeats = tuple(op for op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) if op)
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                  c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the match has not begun consuming
            continue
        if op is c.LITERAL:
            return parts + [re.escape(chr(av))], False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    parts.append(re.escape(chr(value)))
                elif kind is c.RANGE:
                    parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is c.CATEGORY and value in categories:
                    parts.append(categories[value])
                else:  # a negated set, or a category not listed
                    return None
            return parts, False
        if op is c.BRANCH or op is c.SUBPATTERN or op in repeats or op is getattr(c, "ATOMIC_GROUP", None):
            if op is c.BRANCH:
                subs, can_skip = av[1], False
            elif op is c.SUBPATTERN:
                if av[1] or av[2]:  # flags changed inside: not analysed
                    return None
                subs, can_skip = [av[3]], False
            elif op in repeats:
                if av[1] == 0:
                    continue
                subs, can_skip = [av[2]], av[0] == 0
            else:
                subs, can_skip = [av], False
            empty = False
            for sub in subs:
                found = _match_starts(sub, c)
                if found is None:
                    return None
                parts += found[0]
                empty = empty or found[1]
            if not (empty or can_skip):
                return parts, False
            continue
        return None  # any character, a back reference, a conditional: not analysed
    return parts, True


def _engine_skips_ahead(tree, c) -> bool:
    """Whether ``re`` itself finds the next possible match start quickly: the pattern begins with a
    character, a set, alternatives each beginning with a character (its prefix or charset scan),
    or ``^`` (tried at the start only). Only speed depends on this."""
    items = list(tree)
    while items and items[0][0] is c.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op is c.LITERAL or op is c.IN:
        return True
    if op is c.AT:
        return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    return op is c.BRANCH and all(len(alt) and alt[0][0] is c.LITERAL for alt in av[1])


def _compile_cue(pattern: str) -> re.Pattern:
    """``re.compile(pattern)``; where ``re`` would try a match at every position, the pattern is
    led by a lookahead on the characters a match can begin with, ``(?=[…])(?:pattern)``.

    Same matches (so the same ``findall``): every match of the pattern is non-empty and begins
    with one of those characters, and the lookahead consumes nothing; the engine then leaves the
    other positions after one test instead of trying each alternative there. Patterns whose
    first characters are not told (see :func:`_match_starts`), that can match empty, or carry
    flags are compiled as they are.
    """
    compiled = re.compile(pattern)
    if compiled.flags != re.UNICODE:
        return compiled
    try:
        parser, constants = _regex_parser()
        tree = parser.parse(pattern)
        starts = _match_starts(tree, constants)
        if starts is None or starts[1] or not starts[0] or _engine_skips_ahead(tree, constants):
            return compiled
        guarded = re.compile(f"(?=[{''.join(dict.fromkeys(starts[0]))}])(?:{pattern})")
    except Exception:  # the parser is internal to re: any surprise leaves the pattern as it is
        return compiled
    same = (guarded.groups, guarded.groupindex, guarded.flags) == (compiled.groups, compiled.groupindex, compiled.flags)
    return guarded if same else compiled


class _KeyIndex:
    """A read-only hash table from distinct positive int64 keys to positive int64 values, looked up
    in NumPy (open addressing with linear probing; empty slots hold key -1; missing keys give 0)."""

    _MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        keys, values = np.asarray(keys, dtype=np.int64), np.asarray(values, dtype=np.int64)
        bits = max(4, int(4 * len(keys)).bit_length())  # load factor at most 1/4
        self._shift = np.uint64(64 - bits)
        self._mask = (1 << bits) - 1
        self._keys = np.full(1 << bits, -1, dtype=np.int64)
        self._values = np.zeros(1 << bits, dtype=np.int64)
        pending = np.arange(len(keys))
        slot = self._hash(keys)
        while pending.size:  # each key in the first free slot of its probe sequence, in rounds
            free = np.flatnonzero(self._keys[slot[pending]] == -1)
            taken, first = np.unique(slot[pending[free]], return_index=True)
            placed = pending[free[first]]
            self._keys[taken], self._values[taken] = keys[placed], values[placed]
            waiting = np.ones(len(pending), dtype=bool)
            waiting[free[first]] = False
            pending = pending[waiting]
            slot[pending] = (slot[pending] + 1) & self._mask

    def _hash(self, keys: np.ndarray) -> np.ndarray:
        return ((keys.astype(np.uint64) * self._MULTIPLIER) >> self._shift).astype(np.int64)

    def get(self, needles: np.ndarray) -> np.ndarray:
        """The value of each needle, 0 where it is not a key."""
        slot = self._hash(needles)
        found = self._keys[slot]
        hit = found == needles
        out = np.where(hit, self._values[slot], 0)
        pending = np.flatnonzero(~hit & (found != -1))
        while pending.size:  # collisions: the next slots, until the key or an empty slot
            slot_p = (slot[pending] + 1) & self._mask
            slot[pending] = slot_p
            found = self._keys[slot_p]
            hit = found == needles[pending]
            out[pending[hit]] = self._values[slot_p[hit]]
            pending = pending[~hit & (found != -1)]
        return out


class _NgramTable:
    """A character n-gram vocabulary ({gram: column + 1}) as integer keys, for counting in NumPy.

    Each character of the vocabulary gets an index 1..K (0: a character in no vocabulary n-gram),
    and an n-gram the key sum(index_i * (K + 1) ** (n - 1 - i)), distinct across lengths. The table
    maps every vocabulary n-gram and every proper prefix of one to ``2 * (column + 1) + is_prefix``
    (column + 1 = 0 for a prefix that is no vocabulary n-gram itself; 0: neither), so an n-gram of
    the text is extended by one character only while it is the prefix of a longer one. Single
    characters and, up to DENSE_PAIRS pairs, 2-grams are looked up in arrays; longer ones in a
    :class:`_KeyIndex`.
    """

    DENSE_PAIRS = 1 << 23

    def __init__(self, ids: dict[str, int]) -> None:
        self.ids, self.size = ids, len(ids)
        grams = [g for g in ids if g]
        alphabet = sorted(set("".join(grams)))
        self.base = len(alphabet) + 1
        self.longest = max(map(len, grams), default=0)
        self.usable = self.base ** max(self.longest, 1) < 2 ** 62  # keys must fit in int64
        if not self.usable:
            return
        top = max(map(ord, alphabet), default=0)
        self.lut = np.zeros(top + 2, dtype=np.int32)  # code point -> character index; the last slot: none
        self.lut[[ord(c) for c in alphabet]] = np.arange(1, len(alphabet) + 1)
        index = {c: i + 1 for i, c in enumerate(alphabet)}
        values: dict[int, int] = {}
        for gram in grams:
            key = 0
            for j, c in enumerate(gram):
                key = key * self.base + index[c]
                if j + 1 < len(gram):
                    values[key] = values.get(key, 0) | 1
            values[key] = values.get(key, 0) | 2 * ids[gram]
        keys = np.fromiter(values, dtype=np.int64, count=len(values))
        vals = np.fromiter(values.values(), dtype=np.int64, count=len(values))
        limit = self.base ** 2 if self.base ** 2 <= self.DENSE_PAIRS else self.base
        # 1-grams (and 2-grams) looked up by their key as a position
        self.dense = np.zeros(limit, dtype=np.int32 if 2 * len(ids) + 1 < 2 ** 31 else np.int64)
        self.dense[keys[keys < limit]] = vals[keys < limit]
        self.index = _KeyIndex(keys[keys >= limit], vals[keys >= limit])

    def hits(self, texts: list[str], max_n: int) -> tuple[np.ndarray, np.ndarray]:
        """(text number, column) of every occurrence of a vocabulary n-gram of length 1..max_n
        (grouped by length, each group in text order)."""
        max_n = min(max_n, self.longest)
        pad = max(1, max_n)
        # the texts joined, each followed by a gap (index 0, so no n-gram spans two texts), then padding
        joined = "\x00".join(texts) + "\x00" * pad
        points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        chars = np.take(self.lut, points, mode="clip")  # code points beyond the table: its last slot, 0
        gaps = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1) - 1
        chars[gaps] = 0
        chars[len(points) - pad:] = 0
        rows, cols = [], []
        start = np.flatnonzero(chars)
        key = chars[start].astype(np.int64)
        value = self.dense[key]
        for n in range(1, max_n + 1):
            if n > 1:  # extend the prefixes of longer vocabulary n-grams by their next character
                ext = np.flatnonzero(value & 1)
                start = start[ext]
                key = key[ext] * self.base + chars[start + (n - 1)]
                value = self.dense[key] if self.base ** n <= len(self.dense) else self.index.get(key)
            gram = np.flatnonzero(value >= 2)
            rows.append(np.searchsorted(gaps, start[gram]))
            cols.append((value[gram] >> 1) - 1)
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(rows), np.concatenate(cols)


class _Unpickled(dict):
    """A cache of derived data that pickles (and copies) as an empty cache: made again on first use."""

    def __reduce__(self):
        return type(self), ()


def _count_matrix(rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]):
    """CSR (float32, indices sorted) of how often each (row, column) pair occurs."""
    from scipy import sparse

    n_rows, n_cols = shape
    kind = np.int32 if (n_rows + 1) * max(n_cols, 1) < 2 ** 31 else np.int64
    pair = rows.astype(kind) * max(n_cols, 1) + cols.astype(kind)
    pair.sort()
    first = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1]))) if pair.size else np.zeros(0, np.int64)
    counts = np.diff(np.append(first, pair.size)).astype(np.float32)
    pair = pair[first]
    indptr = np.searchsorted(pair, np.arange(n_rows + 1, dtype=np.int64) * max(n_cols, 1))
    return sparse.csr_matrix((counts, pair % max(n_cols, 1), indptr), shape=shape)


class _Features:
    """Turns unit tables into one sparse matrix: char n-grams, context n-grams, cue counts."""

    def __init__(self, char_vocab: list[str], char_idf, ctx_vocab: list[str], ctx_idf, cues, *,
                 context_weight: float, cue_weight: float, discourse_cues=None) -> None:
        self.char_vocab, self.ctx_vocab, self.cues = char_vocab, ctx_vocab, cues
        # format 3: discourse cues, document type, frame and their interactions (None: the 0.1.0 layout)
        self.discourse_cues = list(discourse_cues) if discourse_cues is not None else None
        if self.discourse_cues is not None:
            groups = [g for g, _ in cues]
            dgroups = [g for g, _ in self.discourse_cues]
            self._cue_pos = [groups.index(g) for g in INTERACT_CUES]
            self._dcue_pos = [dgroups.index(g) for g in INTERACT_DISCOURSE]
            self._discourse_res = [_compile_cue(p) for _, p in self.discourse_cues]
        self.char_idf = np.asarray(char_idf, dtype=np.float32)
        self.ctx_idf = np.asarray(ctx_idf, dtype=np.float32)
        self.context_weight, self.cue_weight = context_weight, cue_weight
        # index + 1, so that a missing n-gram maps to 0 and can be filtered in C
        self._char_ids = {t: i + 1 for i, t in enumerate(char_vocab)}
        self._ctx_ids = {t: i + 1 for i, t in enumerate(ctx_vocab)}
        self._cue_res = [_compile_cue(p) for _, p in cues]

    @staticmethod
    def _context_strings(units, normalised: bool = False) -> list[str]:
        norm = _identity if normalised else normalise
        return [f"§{norm(s)}¶{norm(h)}†{norm(t)}" for s, h, t in zip(units["section"], units["heading"], units["title"])]

    @classmethod
    def fit(cls, units, *, max_features: int, min_df: int, cues, context_weight: float, cue_weight: float,
            normalised: bool = False, discourse_cues=None):
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = _texts(units["text"], normalised)
        contexts = cls._context_strings(units, normalised)
        char = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), lowercase=False, sublinear_tf=True,
                               vocabulary=top_char_ngrams(texts, (1, 3), min_df=min_df, max_features=max_features),
                               dtype=np.float32).fit(texts)
        ctx = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), lowercase=False,
                              vocabulary=top_char_ngrams(contexts, (1, 2), min_df=min_df, max_features=max_features // 4),
                              dtype=np.float32).fit(contexts)
        char_vocab = sorted(char.vocabulary_, key=char.vocabulary_.get)
        ctx_vocab = sorted(ctx.vocabulary_, key=ctx.vocabulary_.get)
        return cls(char_vocab, char.idf_, ctx_vocab, ctx.idf_, cues,
                   context_weight=context_weight, cue_weight=cue_weight, discourse_cues=discourse_cues)

    @property
    def n_dense(self) -> int:
        """Columns after the n-grams: cue counts, structural columns and (format 3) the discourse block."""
        n = 4 * len(self.cues) + N_STRUCTURAL
        if self.discourse_cues is not None:
            n += n_discourse(len(self.discourse_cues))
        return n

    def _ngram_counts(self, texts: list[str], ids: dict[str, int], max_n: int):
        """Counts of character 1..max_n-grams in the vocabulary ``ids`` (index + 1), as CSR (float32,
        indices sorted).

        Gives exactly what scikit-learn's ``analyzer="char"`` CountVectorizer gives (whitespace
        runs collapsed to one space first). Each distinct text is counted once, all of them in NumPy
        over code points (:class:`_NgramTable`, built once per vocabulary): an n-gram is looked up
        only while it is the prefix of a vocabulary n-gram, and never across two texts, so texts
        holding NUL need no special path.
        """
        table = self._ngram_table(ids)
        if not table.usable:
            return self._ngram_counts_each(texts, ids, max_n)
        distinct = {t: i for i, t in enumerate(dict.fromkeys(texts))}
        unique = [_WHITESPACE_RUNS.sub(" ", t) for t in distinct]
        counts = _count_matrix(*table.hits(unique, max_n), (len(unique), len(ids)))
        if len(unique) < len(texts):
            counts = counts[[distinct[t] for t in texts]]
        return counts

    def _ngram_table(self, ids: dict[str, int]) -> _NgramTable:
        """The :class:`_NgramTable` of ``ids``, made on first use and kept with these features."""
        tables = self.__dict__.setdefault("_ngram_tables", _Unpickled())
        table = tables.get(id(ids))
        if table is None or table.ids is not ids or table.size != len(ids):
            table = tables[id(ids)] = _NgramTable(ids)
        return table

    @staticmethod
    def _ngram_counts_each(texts: list[str], ids: dict[str, int], max_n: int):
        """:meth:`_ngram_counts` text by text in Python (for vocabularies whose n-gram keys would not
        fit in 64 bits)."""
        from scipy import sparse

        indices: list[int] = []
        indptr = [0]
        for text in texts:
            text = _WHITESPACE_RUNS.sub(" ", text)
            grams = list(text)
            if max_n >= 2:
                grams += map(operator.add, text, text[1:])
            for n in range(3, max_n + 1):
                grams += map("".join, zip(*(text[i:] for i in range(n))))
            indices.extend(filter(None, map(ids.get, grams)))
            indptr.append(len(indices))
        cols = np.asarray(indices, dtype=np.int64) - 1
        data = np.ones(len(cols), dtype=np.float32)
        counts = sparse.csr_matrix((data, cols, np.asarray(indptr)), shape=(len(texts), len(ids)))
        counts.sum_duplicates()
        return counts

    @staticmethod
    def _tfidf(counts, idf):
        from sklearn.preprocessing import normalize

        counts = counts.tocsr()
        counts.data = 1.0 + np.log(counts.data)
        return normalize(counts.multiply(idf).tocsr(), copy=False)

    def _cue_counts(self, texts: list[str], res=None) -> np.ndarray:
        """log(1 + matches of each cue group) per text; each distinct non-empty text is scanned once
        per group (``findall``, its non-overlapping matches)."""
        res = self._cue_res if res is None else res
        distinct = {t: i for i, t in enumerate(dict.fromkeys(texts))}
        scanned = [t for t in distinct if t]
        at = [distinct[t] for t in scanned]
        counts = np.zeros((len(distinct), len(res)), dtype=np.float32)
        for j, rx in enumerate(res):
            counts[at, j] = np.fromiter(map(len, map(rx.findall, scanned)), dtype=np.float32, count=len(scanned))
        return np.log1p(counts)[[distinct[t] for t in texts]]

    def _dense(self, units, norm_text: list[str], normalised: bool = False) -> np.ndarray:
        para = _texts(units["paragraph_text"], normalised)
        prev = _texts(units["prev_text"], normalised)
        nxt = _texts(units["next_text"], normalised)
        lengths = np.array([len(t) for t in norm_text], dtype=np.float32)
        position = units["position"].to_numpy(dtype=np.float32)
        context = units["context"].to_numpy(dtype=bool)
        structural = np.column_stack([
            units["is_heading"].to_numpy(dtype=np.float32),
            units["heading_sentence"].to_numpy(dtype=np.float32),
            (units["sentence"].to_numpy() == 0).astype(np.float32),
            np.log1p(units["n_sentences"].to_numpy(dtype=np.float32)) / 3,
            np.log1p(lengths) / 5,
            (lengths < 12).astype(np.float32),
            position, (position < 0.05).astype(np.float32), (position > 0.95).astype(np.float32),
            np.array([t.endswith(("：", ":")) for t in norm_text], dtype=np.float32),
            np.array([bool(ORDINAL_START.match(t)) for t in norm_text], dtype=np.float32),
            ((units["section"].to_numpy() == "") & context).astype(np.float32),
            context.astype(np.float32),
            units["first_section"].to_numpy(dtype=np.float32),
            units["problem_opened"].to_numpy(dtype=np.float32),
        ])
        n = len(norm_text)
        cues = self._cue_counts(norm_text + para + prev + nxt)
        blocks = [cues[:n], 0.5 * cues[n:2 * n], 0.5 * cues[2 * n:3 * n], 0.5 * cues[3 * n:], structural]
        if self.discourse_cues is not None:
            blocks.append(self._discourse_block(units, norm_text, para, cues[:n], structural))
        return np.hstack(blocks)

    def _discourse_block(self, units, norm_text: list[str], para: list[str], cues: np.ndarray,
                         structural: np.ndarray) -> np.ndarray:
        """Format 3: discourse cue counts (sentence, paragraph), document type and frame one-hot,
        frame x cue interactions; the work-report columns (relative position, first section,
        problems admitted earlier in the section) are zeroed outside work reports."""
        n = len(norm_text)
        dcues = self._cue_counts(norm_text + para, self._discourse_res)
        types = units["doc_type"].tolist() if "doc_type" in units.columns else [""] * n
        frames = units["frame"].tolist() if "frame" in units.columns else ["none"] * n
        type_hot = np.zeros((n, len(DOC_TYPE_SLOTS)), dtype=np.float32)
        type_hot[np.arange(n), [_type_slot(t) for t in types]] = 1.0
        frame_hot = np.zeros((n, len(FRAMES)), dtype=np.float32)
        frame_hot[np.arange(n), [FRAMES.index(f) if f in FRAMES else 0 for f in frames]] = 1.0
        work_report = type_hot[:, DOC_TYPE_SLOTS.index("work_report")]
        structural[:, 6] *= work_report  # position: review first, tasks later is the work-report template
        structural[:, 13] *= work_report  # first_section
        structural[:, 14] *= work_report  # problem_opened
        signals = np.hstack([cues[:, self._cue_pos], dcues[:n, self._dcue_pos]])
        inter = (frame_hot[:, 1:, None] * signals[:, None, :]).reshape(n, -1)
        return np.hstack([dcues[:n], 0.5 * dcues[n:], type_hot, frame_hot, inter])

    def transform(self, units, normalised: bool = False):
        """The feature matrix of ``units``; ``normalised``: their text is already normalised
        (a :func:`textlab.units.parse` table), so :func:`normalise` is not run again."""
        from scipy import sparse

        norm_text = _texts(units["text"], normalised)
        char = self._tfidf(self._ngram_counts(norm_text, self._char_ids, 3), self.char_idf)
        ctx = self._tfidf(self._ngram_counts(self._context_strings(units, normalised), self._ctx_ids, 2),
                          self.ctx_idf)
        ctx = ctx * self.context_weight
        dense = sparse.csr_matrix(self._dense(units, norm_text, normalised) * self.cue_weight)
        return sparse.hstack([char, ctx, dense], format="csr", dtype=np.float32)


# ------------------------------------------------------------------------------------ estimator


class ParagraphClassifier(ClassifierMixin, BaseEstimator):
    """Achievement / problem / measure / other for sentences and paragraphs, with context.

    Follows scikit-learn's conventions: parameters are stored untouched, ``fit`` returns self,
    learned attributes end in ``_``.

    >>> clf = ParagraphClassifier(C=2.0).fit(texts, labels)  # doctest: +SKIP
    """

    def __init__(self, *, C: float = 0.5, max_features: int = 40000, min_df: int = 2,
                 context_weight: float = 0.5, cue_weight: float = 1.0, class_weight: str | None = "balanced",
                 max_iter: int = 2000, random_state: int = 0, discourse: bool = True) -> None:
        self.discourse = discourse
        self.C = C
        self.max_features = max_features
        self.min_df = min_df
        self.context_weight = context_weight
        self.cue_weight = cue_weight
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.random_state = random_state

    def fit(self, X, y, sample_weight=None) -> "ParagraphClassifier":
        """Fit on texts (list of str) or a unit table (``document_units`` columns) and their labels."""
        from sklearn.linear_model import LogisticRegression

        units, normalised = _as_units(X)
        y = np.asarray(list(y), dtype=object)
        if len(y) != len(units):
            raise ValueError(f"{len(units)} texts but {len(y)} labels")
        unknown = sorted(set(y) - set(CLASSES))
        if unknown:
            raise ValueError(f"unknown labels {unknown}; expected {CLASSES}")
        self.cue_set_ = cue_set()
        self.cues_ = list(self.cue_set_.pairs)
        self.discourse_cue_set_ = discourse_cue_set() if self.discourse else None
        self.features_ = _Features.fit(units, max_features=self.max_features, min_df=self.min_df, cues=self.cues_,
                                       context_weight=self.context_weight, cue_weight=self.cue_weight,
                                       normalised=normalised,
                                       discourse_cues=self.discourse_cue_set_.pairs if self.discourse else None)
        model = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter,
                                   random_state=self.random_state)
        model.fit(self.features_.transform(units, normalised), y, sample_weight=sample_weight)
        self.classes_ = np.array(model.classes_, dtype=object)
        self.coef_ = model.coef_.astype(np.float32)
        self.intercept_ = model.intercept_.astype(np.float32)
        self.temperature_ = 1.0
        self.class_bias_ = np.zeros(len(self.classes_), dtype=np.float32)
        self.sequence_ = None
        return self

    def fit_sequence(self, sequences, *, weight: float = 1.0, prior_weight: float = 0.0, prior=None,
                     shrinkage: float = 20.0) -> "ParagraphClassifier":
        """Fit the sequence layer (:class:`textlab.discourse.SequenceLayer`) on labelled documents,
        ``(doc_type, labels in reading order)`` each; ``weight`` 0 leaves the per-sentence labels as they are."""
        self._check_fitted()
        if not self.discourse:
            raise ValueError("the sequence layer needs a discourse model (discourse=True)")
        self.sequence_ = SequenceLayer.fit(sequences, list(self.classes_), prior=prior, weight=weight,
                                           prior_weight=prior_weight, shrinkage=shrinkage)
        return self

    def sequence_proba(self, proba: np.ndarray, documents: Sequence, doc_types: Sequence[str]) -> np.ndarray:
        """Per-sentence probabilities through the sequence layer, document by document (rows of one
        document contiguous and in reading order). Unchanged when the model has no sequence layer."""
        layer = getattr(self, "sequence_", None)
        proba = np.asarray(proba, dtype=np.float64)
        if layer is None or len(proba) == 0:
            return proba
        out = np.empty_like(proba)
        documents, doc_types = list(documents), list(doc_types)
        start = 0
        for end in range(1, len(proba) + 1):
            if end < len(proba) and documents[end] == documents[start]:
                continue
            out[start:end] = layer.marginals(proba[start:end], doc_types[start])
            start = end
        return out

    def _check_fitted(self) -> None:
        from sklearn.exceptions import NotFittedError

        if not hasattr(self, "coef_"):
            raise NotFittedError("this ParagraphClassifier is not fitted yet: call fit() or load()")

    def decision_function(self, X) -> np.ndarray:
        """Raw class scores (before calibration), shape (n, n_classes)."""
        self._check_fitted()
        return self._scores(*_as_units(X))

    def _scores(self, units, normalised: bool) -> np.ndarray:
        if len(units) == 0:
            return np.zeros((0, len(self.classes_)), dtype=np.float32)
        return np.asarray(self.features_.transform(units, normalised) @ self.coef_.T + self.intercept_)

    def _proba_from_scores(self, scores: np.ndarray) -> np.ndarray:
        z = scores / self.temperature_ + self.class_bias_
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def predict_proba(self, X) -> np.ndarray:
        """Calibrated class probabilities, columns in the order of ``classes_``."""
        return self._proba_from_scores(self.decision_function(X))

    def predict(self, X) -> list[str]:
        """One label per text/unit."""
        proba = self.predict_proba(X)
        return [str(self.classes_[i]) for i in proba.argmax(axis=1)]

    def calibrate(self, scores: np.ndarray, y: Sequence[str]) -> "ParagraphClassifier":
        """Fit a temperature and per-class bias on held-out scores (minimising log loss)."""
        from scipy.optimize import minimize

        idx = np.array([list(self.classes_).index(label) for label in y])

        def loss(params):
            z = scores / np.exp(params[0]) + params[1:]
            z = z - z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            return -logp[np.arange(len(idx)), idx].mean() + 1e-3 * np.sum(params[1:] ** 2)

        res = minimize(loss, np.zeros(1 + len(self.classes_)), method="L-BFGS-B")
        self.temperature_ = float(np.exp(res.x[0]))
        self.class_bias_ = res.x[1:].astype(np.float32)
        return self

    # -------------------------------------------------------------------- documents

    def classify_units(self, units, *, level: str = "sentence", paragraph_mode: str = "aggregate", proba=None,
                       sequence: bool = True):
        """Label a unit table; level "sentence" or "paragraph".

        ``units``: a table from :func:`textlab.units.parse` / ``parse_document`` (its context is
        derived from it and its text, already normalised, is used as given; the result starts with
        its ``document`` column) or from :func:`document_units`.
        ``proba``: the units' ``predict_proba`` if already computed (both levels from one pass).
        ``sequence``: pass each document's sentence probabilities through the sequence layer
        (``False``: per-sentence probabilities, as ``predict_proba``).
        """
        import pandas as pd

        from textlab.units import is_unit_table

        if level not in ("sentence", "paragraph"):
            raise ValueError(f"level must be 'sentence' or 'paragraph', not {level!r}")
        if paragraph_mode not in ("aggregate", "direct"):
            raise ValueError(f"paragraph_mode must be 'aggregate' or 'direct', not {paragraph_mode!r}")
        normalised = is_unit_table(units)
        if normalised:
            units = context_units(units)
        self._check_fitted()
        by_document = "document" in units.columns
        lead = ["document"] if by_document else []
        keys = [*lead, "paragraph"]

        def probabilities(frame):
            if normalised:
                return self._proba_from_scores(self._scores(frame, True))
            return self.predict_proba(frame)

        cols = [f"p_{c}" for c in self.classes_]
        if level == "sentence" or paragraph_mode == "aggregate":
            proba = probabilities(units) if proba is None else np.asarray(proba)
            if sequence:
                proba = self.sequence_proba(proba, units["document"].tolist() if by_document else [""] * len(units),
                                            units["doc_type"].tolist())
            table = units[[*lead, "paragraph", "sentence", "section", "heading", "is_heading", "text"]].copy()
            table[cols] = proba
            if level == "sentence":
                table["label"] = [str(self.classes_[i]) for i in proba.argmax(axis=1)]
                return table[[*lead, "paragraph", "sentence", "section", "heading", "is_heading", "text", "label", *cols]]
            weights = units["text"].str.len().clip(lower=1).to_numpy(dtype=float)
            weighted = pd.DataFrame(proba * weights[:, None], columns=cols)
            for key in keys:
                weighted[key] = units[key].to_numpy()
            weighted["w"] = weights
            sums = weighted.groupby(keys, sort=not by_document).sum()
            para_proba = sums[cols].to_numpy() / sums["w"].to_numpy()[:, None]
        if by_document:  # documents in their order, paragraphs in theirs
            firsts = units.drop_duplicates(keys).reset_index(drop=True)
        else:
            firsts = units.drop_duplicates("paragraph").set_index("paragraph").sort_index().reset_index()
        paragraph_units = firsts.assign(
            text=firsts["paragraph_text"].to_numpy(), sentence=0, n_sentences=1, prev_text="", next_text="",
            heading_sentence=firsts["is_heading"].to_numpy())
        if paragraph_mode == "direct":
            para_proba = probabilities(paragraph_units)
        table = paragraph_units[[*lead, "paragraph", "section", "heading", "is_heading", "text"]].copy()
        table[cols] = para_proba
        table["label"] = [str(self.classes_[i]) for i in np.asarray(para_proba).argmax(axis=1)]
        return table[[*lead, "paragraph", "section", "heading", "is_heading", "text", "label", *cols]].reset_index(drop=True)

    def classify_document(self, text: str, *, level: str = "paragraph", paragraph_mode: str = "aggregate",
                          clean_first: bool = False):
        """A table of a whole document: paragraph (and sentence), section, text, label, probabilities.

        The text goes through the same parse as every document (:func:`textlab.units.parsed_document`:
        cleaned, outlined); cleaning cleaned text changes nothing, so ``clean_first`` (from 0.1.0)
        no longer matters.
        """
        from textlab.units import parsed_document

        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        table = parsed_document(text, tokens=False).units
        if table.empty:
            cols = ["paragraph", "sentence", "section", "heading", "is_heading", "text", "label",
                    *[f"p_{c}" for c in self.classes_]]
            return _empty_table(cols if level == "sentence" else [c for c in cols if c != "sentence"])
        labelled = self.classify_units(table, level=level, paragraph_mode=paragraph_mode)
        return labelled.drop(columns="document")

    # -------------------------------------------------------------------- persistence

    def save(self, path: str | Path, *, card: dict | None = None) -> Path:
        """Write the model as data (JSON + .npz + SHA-256 manifest) to the folder ``path``.

        The cue set is stored as a reference (name, version, SHA-256 of the packaged file), not as patterns.
        """
        self._check_fitted()
        f = self.features_
        arrays = {"coef": self.coef_, "intercept": self.intercept_, "char_idf": f.char_idf, "ctx_idf": f.ctx_idf,
                  "class_bias": self.class_bias_, "temperature": np.array([self.temperature_], dtype=np.float64)}
        cues = getattr(self, "cue_set_", None) or cue_set()
        vocab = {"classes": [str(c) for c in self.classes_], "char_vocab": f.char_vocab, "ctx_vocab": f.ctx_vocab,
                 "cues": cues.reference()}
        version = 2
        params = self.get_params()
        if f.discourse_cues is None:
            params.pop("discourse")  # a format-2 manifest as textlab 0.1.x wrote it
        else:
            version = FORMAT_VERSION
            layer = getattr(self, "sequence_", None)
            if layer is None:  # no sequence layer fitted: a neutral one, switched off
                k = len(self.classes_)
                layer = SequenceLayer(np.full((len(DOC_TYPE_SLOTS), k, k), 1.0 / k), np.full((len(DOC_TYPE_SLOTS), k), 1.0 / k),
                                      np.full(k, 1.0 / k), 0.0, 0.0)
            arrays.update(layer.arrays())
            vocab.update(discourse_cues=discourse_cue_set().reference(), frames=_frame_lexicon().reference(),
                         doc_types=list(DOC_TYPE_SLOTS), frame_names=list(FRAMES))
        return write_model(path, format=FORMAT, format_version=version,
                           files={"arrays.npz": npz_bytes(arrays), "vocabulary.json": json_bytes(vocab)},
                           manifest={"params": params, "card": card or {}})

    @classmethod
    def load(cls, path: str | Path) -> "ParagraphClassifier":
        """Read a model written by ``save`` (format 1, 2 or 3); every check is in :mod:`textlab.persistence`.

        Formats 1 (textlab 0.1.0) and 2 load as the per-sentence model they were (no discourse
        block, no sequence layer); format 3 adds both, each array checked for shape, dtype, sign
        and that its probability rows sum to one.

        Raises ``ModelFormatError`` naming the file and the problem for anything malformed,
        ``FileNotFoundError`` for a folder without ``manifest.json``.
        """
        folder = open_model(path, format=FORMAT, versions=range(1, FORMAT_VERSION + 1), data_files=DATA_FILES,
                            kind="paragraph classifier")
        manifest = folder.manifest
        params = _checked_params(manifest.get("params"), cls().get_params(), folder.manifest_path)
        if folder.version < 3:
            if params.get("discourse") is True and "discourse" in manifest["params"]:
                raise folder.fail("manifest.json", f"format {folder.version} cannot hold a discourse model")
            params["discourse"] = False
        elif params.get("discourse") is not True:
            raise folder.fail("manifest.json", "a format 3 model must have discourse = true")
        card = manifest.get("card", {})
        if not isinstance(card, dict):
            raise folder.fail("manifest.json", "'card' must be a JSON object")
        vocab = folder.json("vocabulary.json")
        where = folder.file("vocabulary.json")
        if not isinstance(vocab, dict) or any(k not in vocab for k in ("classes", "char_vocab", "ctx_vocab", "cues")):
            raise ModelFormatError(f"{where}: must be an object with classes, char_vocab, ctx_vocab and cues")
        classes = check_labels(vocab["classes"], CLASSES, where, "classes")
        char_vocab = check_strings(vocab["char_vocab"], where, "char_vocab", max_len=3)
        ctx_vocab = check_strings(vocab["ctx_vocab"], where, "ctx_vocab", max_len=2)
        cues = _cues_of_saved_model(vocab["cues"], folder.version, where)
        n_classes, n_char, n_ctx = len(classes), len(char_vocab), len(ctx_vocab)
        n_features = n_char + n_ctx + 4 * len(cues.pairs) + N_STRUCTURAL
        spec = {
            "coef": ArraySpec((n_classes, n_features)),
            "intercept": ArraySpec((n_classes,)),
            "char_idf": ArraySpec((n_char,), positive=True),
            "ctx_idf": ArraySpec((n_ctx,), positive=True),
            "class_bias": ArraySpec((n_classes,)),
            "temperature": ArraySpec((1,), positive=True),
        }
        discourse = None
        if folder.version >= 3:
            for key in ("discourse_cues", "frames", "doc_types", "frame_names"):
                if key not in vocab:
                    raise ModelFormatError(f"{where}: a format 3 vocabulary must have {key!r}")
            if vocab["doc_types"] != list(DOC_TYPE_SLOTS):
                raise ModelFormatError(f"{where}: doc_types {str(vocab['doc_types'])[:120]} are not this textlab's "
                                       f"{list(DOC_TYPE_SLOTS)}")
            if vocab["frame_names"] != list(FRAMES):
                raise ModelFormatError(f"{where}: frame_names {str(vocab['frame_names'])[:80]} are not {list(FRAMES)}")
            discourse = discourse_cue_set()
            _check_reference(vocab["discourse_cues"], discourse, where, "discourse_cues")
            _check_reference(vocab["frames"], _frame_lexicon(), where, "frames")
            n_types = len(DOC_TYPE_SLOTS)
            spec["coef"] = ArraySpec((n_classes, n_features + n_discourse(len(discourse.pairs))))
            spec.update(transitions=ArraySpec((n_types, n_classes, n_classes), positive=True),
                        start=ArraySpec((n_types, n_classes), positive=True),
                        prior=ArraySpec((n_classes,), positive=True),
                        sequence=ArraySpec((2,), nonnegative=True))
        arrays = folder.arrays("arrays.npz", spec)
        if discourse is not None:
            for name, axis in (("transitions", 2), ("start", 1), ("prior", 0)):
                if not np.allclose(arrays[name].sum(axis=axis), 1.0, rtol=0, atol=1e-6):
                    raise folder.fail("arrays.npz", f"array {name!r}: probabilities must sum to 1 along axis {axis}")
            if arrays["sequence"].max() > 10:
                raise folder.fail("arrays.npz", "array 'sequence': weights above 10 are not a model this textlab makes")
        clf = cls(**params)
        clf.cue_set_ = cues
        clf.cues_ = list(cues.pairs)
        clf.features_ = _Features(char_vocab, arrays["char_idf"], ctx_vocab, arrays["ctx_idf"],
                                  clf.cues_, context_weight=clf.context_weight, cue_weight=clf.cue_weight,
                                  discourse_cues=discourse.pairs if discourse is not None else None)
        clf.discourse_cue_set_ = discourse
        clf.sequence_ = None
        if discourse is not None:
            weight, prior_weight = (float(v) for v in arrays["sequence"])
            clf.sequence_ = SequenceLayer(arrays["transitions"].astype(np.float64), arrays["start"].astype(np.float64),
                                          arrays["prior"].astype(np.float64), weight, prior_weight)
        clf.classes_ = np.array(classes, dtype=object)
        clf.coef_ = arrays["coef"]
        clf.intercept_ = arrays["intercept"]
        clf.class_bias_ = arrays["class_bias"]
        clf.temperature_ = float(arrays["temperature"][0])
        clf.card_ = card
        return clf


def _checked_params(params: Any, defaults: dict, where: Path) -> dict:
    """Constructor parameters from a manifest, each of the type and range ``__init__`` expects."""
    if not isinstance(params, dict):
        raise ModelFormatError(f"{where}: 'params' must be a JSON object")
    unknown = sorted(set(params) - set(defaults))
    if unknown:
        raise ModelFormatError(f"{where}: unknown parameters {[str(u)[:40] for u in unknown[:5]]} "
                               "(written by a newer textlab?)")

    def number(value: Any, *, low: float, integer: bool = False, strict: bool = True) -> bool:
        if isinstance(value, bool) or not isinstance(value, numbers.Integral if integer else numbers.Real):
            return False
        return math.isfinite(value) and (value > low if strict else value >= low)

    checks = {
        "C": lambda v: number(v, low=0),
        "max_features": lambda v: number(v, low=0, integer=True),
        "min_df": lambda v: number(v, low=0, integer=True) or (number(v, low=0) and v <= 1),
        "context_weight": lambda v: number(v, low=0, strict=False),
        "cue_weight": lambda v: number(v, low=0, strict=False),
        "class_weight": lambda v: v is None or v == "balanced" or (
            isinstance(v, dict) and all(k in CLASSES and number(w, low=0) for k, w in v.items())),
        "max_iter": lambda v: number(v, low=0, integer=True),
        "random_state": lambda v: v is None or number(v, low=-1, integer=True),
        "discourse": lambda v: isinstance(v, bool),
    }
    for name, value in params.items():
        if not checks[name](value):
            raise ModelFormatError(f"{where}: parameter {name} = {str(value)[:40]!r} is not a valid value")
    return {**defaults, **params}


def load_classifier(path: str | Path | None = None) -> ParagraphClassifier:
    """The default classifier shipped in ``models/classifier`` (or a saved one at ``path``)."""
    return ParagraphClassifier.load(path or model_path("classifier"))
