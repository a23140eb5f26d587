"""The unit table: documents parsed once into one row per sentence.

This module owns parsing. :func:`parse_document` cleans a document (:func:`textlab.cleaning.clean`),
outlines it (:func:`textlab.outline.structure`) and segments each sentence
(:meth:`textlab.segmentation.Segmenter.tokenize`), each exactly once, and returns a tidy
``pandas.DataFrame`` with the columns :data:`UNIT_TABLE_COLUMNS`: document id and metadata,
paragraph, sentence, section and heading path, the classifier's structural context, the
normalised text and its tokens. :func:`parse` does this for a path, a corpus or raw strings.
Everything downstream (the classifier, keywords, topics, the main job in
:mod:`textlab.analysis`) reads this table instead of re-running the stages before it.

A document longer than :data:`MAX_PART_CHARS` is parsed in parts (:func:`split_document`,
ids ``<id>#p0001`` …), so memory stays bounded for any input.

Example:
    >>> table = parse(["一、总体要求\\n要抓好落实。一是建立机制。"])
    >>> table[["paragraph", "sentence", "section", "text"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [[0, 0, '一、总体要求', '一、总体要求'], [1, 0, '一、总体要求', '要抓好落实。'], [1, 1, '一、总体要求', '一是建立机制。']]
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

UNIT_TABLE_COLUMNS: tuple[str, ...] = (
    "document", "title", "year", "region", "source", "date", "author", "doc_number", "doc_type", "doc_type_p",
    "paragraph", "sentence", "is_heading", "heading_sentence", "section", "heading_path",
    "position", "first_section", "problem_opened", "text", "tokens",
)
"""Columns of the unit table, in order (``tokens`` only when parsed with ``tokens=True``).

``title`` is the title the outline found in the text ("" when it found none; the metadata
title is in ``textlab.analysis`` documents table), ``year`` a nullable integer
(:func:`textlab.corpus.parse_year` of the metadata), ``region`` and ``source`` come from the
metadata ("" when absent); ``date`` (ISO), ``author`` and ``doc_number`` come from the metadata too,
where cleaning adds what it found in the page chrome it removed (``CleanReport.meta``: a
``来源：`` line, a publication date, a byline, a 发文字号). ``section`` is the label of the outermost heading the paragraph
sits under and ``heading_path`` the labels of all enclosing headings, outermost first, joined
with :data:`HEADING_SEP`. ``doc_type`` / ``doc_type_p`` are the document's type (one of :data:`textlab.doctype.DOC_TYPES`)
and its probability (:func:`textlab.doctype.type_from_outline`, computed once per document from the
outline and sentences made here), the same on every row of a document.
``position`` is the paragraph's place in the document (0..1),
``first_section`` / ``problem_opened`` the section context the classifier uses.
"""

HEADING_SEP = " > "
MAX_PART_CHARS = 500_000  # a longer document is parsed in parts of at most this many characters
_PART_BREAKS = "。！？；!?;"
PROBLEM_OPENING = re.compile(r"清醒(?:地)?(?:看到|认识到|意识到)|问题和不足|差距和不足|不足之处|查摆")

# "str": pandas' string dtype (pandas 3; object of str in pandas 2), "tokens": lists of str (object)
_DTYPES = {
    "document": "str", "title": "str", "year": "Int64", "region": "str", "source": "str",
    "date": "str", "author": "str", "doc_number": "str",
    "doc_type": "str", "doc_type_p": "float64", "paragraph": "int64", "sentence": "int64", "is_heading": bool, "heading_sentence": bool,
    "section": "str", "heading_path": "str", "position": "float64", "first_section": bool,
    "problem_opened": bool, "text": "str", "tokens": object,
}


# ------------------------------------------------------------------------------------ parts


def part_bounds(text: str, max_chars: int = MAX_PART_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of ``text``, each at most ``max_chars`` long, cut after a
    line end in the second half of the window, else after a sentence end, else hard.

    >>> part_bounds("一二。\\n三四。\\n五", 4)
    [(0, 4), (4, 8), (8, 9)]
    """
    bounds, start, n = [], 0, len(text)
    while n - start > max_chars:
        end, floor = start + max_chars, start + max_chars // 2
        cut = text.rfind("\n", floor, end)
        if cut < 0:
            cut = max(text.rfind(ch, floor, end) for ch in _PART_BREAKS)
        cut = cut + 1 if cut >= 0 else end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def split_document(doc, max_chars: int | None = None) -> list:
    """``[doc]`` when it is short; else its parts as Documents ``<id>#p0001`` … with ``part``,
    ``n_parts`` and ``part_of`` in their meta. ``max_chars`` defaults to ``MAX_PART_CHARS``."""
    from textlab.corpus import Document

    max_chars = max_chars or MAX_PART_CHARS
    if len(doc.text) <= max_chars:
        return [doc]
    bounds = part_bounds(doc.text, max_chars)
    return [
        Document(f"{doc.id}#p{i:04d}", doc.text[start:end], {**doc.meta, "part": i, "n_parts": len(bounds), "part_of": doc.id})
        for i, (start, end) in enumerate(bounds, 1)
    ]


# ------------------------------------------------------------------------------------ parsing


@dataclass
class ParsedDocument:
    """One document (or part) parsed: its cleaned ``text``, its ``outline``
    (:class:`textlab.outline.Structure`), its unit table ``units`` and its ``doc_type``
    (:class:`textlab.doctype.DocumentType`)."""

    id: str
    meta: dict
    text: str
    outline: Any
    units: Any
    doc_type: Any = None


def _as_document(doc, index: int = 0):
    from textlab.corpus import Document

    if isinstance(doc, str):
        return Document(f"text{index:04d}" if index else "text", doc, {})
    if isinstance(doc, (bytes, bytearray)):
        raise TypeError("expected a Document or str, got bytes: decode the file first (textlab.load_corpus does)")
    if not (hasattr(doc, "text") and hasattr(doc, "id") and hasattr(doc, "meta")):
        raise TypeError(f"expected a Document or str, got {type(doc).__name__}")
    if not isinstance(doc.text, str):
        raise TypeError(f"document {doc.id!r}: text is {type(doc.text).__name__}, expected str")
    return doc


def _meta_text(meta: dict, *keys: str) -> str:
    for key in keys:
        value = meta.get(key)
        if value not in (None, "") and not (isinstance(value, float) and value != value):
            return str(value)
    return ""


def _section_context(st) -> dict[int, tuple[bool, bool]]:
    """Per paragraph: is it in the first top-level section, and did an earlier paragraph of the same
    section open an admission of problems (清醒看到…, 不足之处, 查摆)?"""
    info: dict[int, tuple[bool, bool]] = {}
    numbered = [(h, idx) for h, idx in st.sections() if h is not None]
    for rank, (_, idx) in enumerate(numbered):
        opened = False
        for i in idx:
            info[i] = (rank == 0, opened)
            opened = opened or bool(PROBLEM_OPENING.search(st.paragraphs[i].text))
    return info


def units_from_outline(st, *, document: str = "", meta: dict | None = None, segmenter=None, tokens: bool = True,
                       doc_type=None):
    """The unit table of a document already outlined (``st``, a :class:`textlab.outline.Structure`
    of cleaned text): what :func:`parse_document` returns after cleaning and outlining.

    A document whose lines were too long to be paragraphs (cut into units by ``structure``) has
    an unknown number of real paragraphs, so there a paragraph's ``position`` is where it starts,
    as a share of the characters before the last paragraph.

    ``doc_type``: the document's :class:`textlab.doctype.DocumentType` when the caller has it
    (the parts of a long document share the type of the whole); by default it is read here from
    ``st``, ``meta`` and the sentences split here.
    """
    return _units_and_type(st, document=document, meta=meta, segmenter=segmenter, tokens=tokens, doc_type=doc_type)[0]


def _units_and_type(st, *, document: str, meta: dict | None, segmenter, tokens: bool, doc_type):
    """(unit table, document type) of an outlined document: see :func:`units_from_outline`."""
    import pandas as pd

    from textlab.corpus import parse_year
    from textlab.outline import sentences

    meta = meta or {}
    if tokens and segmenter is None:
        from textlab.segmentation import Segmenter

        segmenter = Segmenter()
    tokenize = segmenter.tokenize if tokens else None
    inline = {(h.paragraph, h.sentence) for h in st.headings if h.inline}
    n_paras = max(1, len(st.paragraphs) - 1)
    section_info = _section_context(st)
    by_chars = any(getattr(para, "cut", False) for para in st.paragraphs)
    starts, offset = [], 0
    for para in st.paragraphs:
        starts.append(offset)
        offset += len(para.text)
    last_start = max(1, starts[-1]) if starts else 1

    cols: dict[str, list] = {name: [] for name in ("paragraph", "sentence", "is_heading", "heading_sentence", "section",
                                                    "heading_path", "position", "first_section", "problem_opened",
                                                    "text", "tokens")}
    per_paragraph = []
    for k, para in enumerate(st.paragraphs):
        first_section, problem_opened = section_info.get(para.index, (False, False))
        sents = sentences(para.text) or [para.text]
        per_paragraph.append(sents)
        labels = [st.headings[i].label for i in para.headings]
        section = labels[0] if labels else ""
        path = HEADING_SEP.join(labels)
        position = starts[k] / last_start if by_chars else para.index / n_paras
        n = len(sents)
        cols["paragraph"] += [para.index] * n
        cols["sentence"] += range(n)
        cols["is_heading"] += [bool(para.is_heading)] * n
        cols["heading_sentence"] += [bool(para.is_heading or (para.index, j) in inline) for j in range(n)]
        cols["section"] += [section] * n
        cols["heading_path"] += [path] * n
        cols["position"] += [position] * n
        cols["first_section"] += [first_section] * n
        cols["problem_opened"] += [problem_opened] * n
        cols["text"] += sents
        if tokenize is not None:
            cols["tokens"] += map(tokenize, sents)
    n_rows = len(cols["text"])
    if doc_type is None:
        from textlab.doctype import empty_type, type_from_outline

        doc_type = type_from_outline(st, meta=meta, sentences=per_paragraph) if st.paragraphs else empty_type()
    year = parse_year(meta.get("year"))
    data = {
        "document": [document] * n_rows,
        "title": [st.title or ""] * n_rows,
        "year": pd.array([year] * n_rows, dtype="Int64"),
        "region": [_meta_text(meta, "region", "province", "city")] * n_rows,
        "source": [_meta_text(meta, "source", "collection")] * n_rows,
        "date": [_meta_text(meta, "date")] * n_rows,
        "author": [_meta_text(meta, "author")] * n_rows,
        "doc_number": [_meta_text(meta, "doc_number")] * n_rows,
        "doc_type": [doc_type.type] * n_rows,
        "doc_type_p": [float(doc_type.probability)] * n_rows,
        **cols,
    }
    if not tokens:
        del data["tokens"]
    frame = pd.DataFrame(data)
    return frame.astype({c: t for c, t in _DTYPES.items() if c in frame.columns and c != "year"}), doc_type


def parsed_document(doc, *, segmenter=None, tokens: bool = True, doc_type=None) -> ParsedDocument:
    """Clean, outline and segment one Document (or str) once: its text, outline, unit table and
    document type (``doc_type``: given by the caller, e.g. the type of the whole for a part, or
    read from the outline here).

    It is not split into parts (:func:`parse_document` and :func:`textlab.analysis.analyze` do that).
    """
    from textlab.cleaning import clean
    from textlab.outline import structure

    doc = _as_document(doc)
    cleaned = clean(doc.text, report=True)
    text = cleaned.text
    meta = merge_meta(cleaned.meta, doc.meta)
    st = structure(text)
    table, doc_type = _units_and_type(st, document=str(doc.id), meta=meta, segmenter=segmenter, tokens=tokens,
                                      doc_type=doc_type)
    return ParsedDocument(str(doc.id), meta, text, st, table, doc_type)


def merge_meta(clean_meta: dict, doc_meta: dict) -> dict:
    """``{**clean_meta, **doc_meta}`` (what the file or HTML reader knew wins over what cleaning
    found in the page chrome), then ``year`` from ``date`` when neither gave a year.

    >>> merge_meta({"date": "2024-03-18", "source": "清河日报"}, {"source": "manual"})
    {'date': '2024-03-18', 'source': 'manual', 'year': 2024}
    """
    from textlab.corpus import parse_year

    meta = {**clean_meta, **doc_meta}
    if parse_year(meta.get("year")) is None:
        date = str(meta.get("date") or "")
        if re.match(r"(?:19|20)\d\d(?:-|$)", date):
            meta["year"] = int(date[:4])
    return meta


def parse_document(doc, *, segmenter=None, tokens: bool = True):
    """The unit table of one Document (or str): cleaned, outlined and segmented exactly once.

    A plain picklable function (what :func:`textlab.analysis.analyze` and parallel workers run per
    document). A document longer than ``MAX_PART_CHARS`` is parsed part by part (document ids
    ``<id>#p0001`` …). ``segmenter``: the :class:`textlab.segmentation.Segmenter` for ``tokens``
    (default: ``Segmenter()``); ``tokens=False`` leaves the ``tokens`` column out.

    >>> parse_document("一是建立了机制。二是要抓好落实！", tokens=False)["text"].tolist()
    ['一是建立了机制。', '二是要抓好落实！']
    """
    import pandas as pd

    doc = _as_document(doc)
    if tokens and segmenter is None:
        from textlab.segmentation import Segmenter

        segmenter = Segmenter()
    tables, doc_type = [], None
    for part in split_document(doc):  # the parts of a long document share the type of its first part
        parsed = parsed_document(part, segmenter=segmenter, tokens=tokens, doc_type=doc_type)
        doc_type = parsed.doc_type
        tables.append(parsed.units)
    return tables[0] if len(tables) == 1 else pd.concat(tables, ignore_index=True)


_PATH_LIKE = re.compile(r"[/\\\\]|\\.[A-Za-z0-9]{1,5}$")


def _looks_like_path(text: str) -> bool:
    return "\n" not in text and len(text) <= 4096 and bool(_PATH_LIKE.search(text.strip()))


def _documents(source) -> Iterator:
    if isinstance(source, str) and not os.path.exists(source) and not _looks_like_path(source):
        yield _as_document(source)  # one raw text
        return
    if isinstance(source, (str, os.PathLike)):
        from textlab.corpus import iter_documents

        if not os.path.exists(source):
            raise FileNotFoundError(2, "No such file or folder", os.fspath(source))
        yield from iter_documents(source, warn=False)
        return
    if isinstance(source, (bytes, bytearray)):
        raise TypeError("parse() expects a path, a corpus, a str or a list of str, not bytes")
    if not isinstance(source, Iterable):
        raise TypeError(f"parse() expects a path, a corpus, a str or a list of str, not {type(source).__name__}")
    for i, item in enumerate(source):
        yield _as_document(item, i + 1) if isinstance(item, str) else _as_document(item)


def parse(source, *, segmenter=None, tokens: bool = True):
    """The unit table of many documents: one row per sentence, columns ``UNIT_TABLE_COLUMNS``.

    ``source``: a path (file or folder, read with :func:`textlab.corpus.load_corpus`'s rules),
    a Corpus or any iterable of Documents, one str (a raw text) or a list of str (raw texts get
    ids ``text0001`` …). Every document goes through :func:`parse_document`.
    """
    import pandas as pd

    if tokens and segmenter is None:
        from textlab.segmentation import Segmenter

        segmenter = Segmenter()
    tables = [parse_document(doc, segmenter=segmenter, tokens=tokens) for doc in _documents(source)]
    if not tables:
        return empty_table(tokens=tokens)
    return pd.concat(tables, ignore_index=True)


def empty_table(*, tokens: bool = True):
    """A unit table without rows (the right columns and dtypes)."""
    import pandas as pd

    columns = [c for c in UNIT_TABLE_COLUMNS if tokens or c != "tokens"]
    return pd.DataFrame({c: pd.Series([], dtype=_DTYPES[c]) for c in columns})


def is_unit_table(frame) -> bool:
    """True for a table made by :func:`parse` / :func:`parse_document` (its text is normalised)."""
    columns = getattr(frame, "columns", ())
    return all(c in columns for c in ("document", "paragraph", "sentence", "heading_path", "text", "position"))


def paragraph_tokens(table) -> Iterator[tuple[str, int, bool, str, list[str]]]:
    """(document, paragraph, is_heading, paragraph text, tokens) per paragraph of a unit table:
    the paragraph's text is the concatenation of its sentences, its tokens those of its sentences."""
    if table.empty:
        return
    docs, paras = table["document"].tolist(), table["paragraph"].tolist()
    heads, texts = table["is_heading"].tolist(), table["text"].tolist()
    toks = table["tokens"].tolist() if "tokens" in table.columns else [[]] * len(texts)
    start = 0
    n = len(texts)
    for i in range(1, n + 1):
        if i == n or paras[i] != paras[start] or docs[i] != docs[start]:
            yield (docs[start], int(paras[start]), bool(heads[start]), "".join(texts[start:i]),
                   [t for ts in toks[start:i] for t in ts])
            start = i
