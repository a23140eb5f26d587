"""Document type: what kind of document a text is, with a probability.

This module owns the document type. :func:`document_type` reads a document's title, opening,
section headings, ending and cue statistics over its sentences and returns a
:class:`DocumentType`: the most probable of :data:`DOC_TYPES` (work report, speech, experience
material, work summary / 述职, self-criticism / 对照检查, plan / opinion / 要点, news report, other;
``../shared/LABELING.md`` "Document types" defines them), its probability and the probability
of every type.

The evidence is a list of weighted cues in the packaged resource ``doctype_cues.txt`` (plain
UTF-8, editable; its header says where it comes from and how it reads). A document's score for
a type is the sum of the weights of the cues that matched (title lines, opening, headings,
ending) plus weighted shares of body sentences that carry a cue (要/将…, 已/累计…, 不到位/不够…,
third-person reporting …); the probabilities are a softmax of the scores over a temperature
fitted on development documents, so they behave like probabilities (a title that names its type
gives 0.9 and more, a text with little evidence is spread over several types). The title counts
most; a text without a title line is typed by its opening, structure and cues.

It is deterministic and cheap: the unit table (:mod:`textlab.units`) calls
:func:`type_from_outline` once per document on the outline and sentences it already has; the cue
shares of a long document are read on at most ``MAX_RATE_SENTENCES`` evenly spaced sentences.

Example:
    >>> document_type("关于开展2027年党建工作的实施方案\\n一、指导思想\\n要坚持党建引领。").type
    'plan'
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, NamedTuple

DOC_TYPES: tuple[str, ...] = (
    "work_report", "speech", "experience", "summary", "self_criticism", "plan", "news", "other",
)
"""The document types, in a fixed order (the order of ``DocumentType.probabilities``)."""

DOC_TYPE_NAMES: dict[str, str] = {
    "work_report": "工作报告",
    "speech": "讲话",
    "experience": "经验材料",
    "summary": "工作总结/述职",
    "self_criticism": "对照检查",
    "plan": "计划/意见/要点",
    "news": "新闻报道",
    "other": "其他",
}
"""Chinese name of each document type."""

GOLD_TYPE_NAMES: dict[str, str] = {
    "work report": "work_report", "speech": "speech", "experience material": "experience",
    "work summary": "summary", "self-criticism": "self_criticism", "plan or opinion": "plan",
    "news report": "news", "other": "other",
}
"""The type names of ``eval/genres/doc_types.tsv`` mapped to :data:`DOC_TYPES`."""

CUES_RESOURCE = "doctype_cues.txt"
ZONES = ("title", "opening", "heading", "ending", "rate")
MAX_TITLE_LINES = 5  # short lines before the body that can be the title block
MAX_TITLE_CHARS = 80  # a longer line is body text, not a title line
OPENING_CHARS = 600  # characters of the first body paragraphs read as the opening
ENDING_PARAGRAPHS = 3  # paragraphs read as the ending
MAX_RATE_SENTENCES = 300  # cue shares of a longer document are read on this many evenly spaced sentences
META_TITLE_KEYS = ("page_title", "source_title", "title")
_END_PUNCT = "。！？!?；;"
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


class DocumentType(NamedTuple):
    """A document's type: ``type`` (one of :data:`DOC_TYPES`), its ``probability`` and the
    ``probabilities`` of all types (a dict in :data:`DOC_TYPES` order, summing to 1)."""

    type: str
    probability: float
    probabilities: dict[str, float]

    @property
    def name(self) -> str:
        """The Chinese name of the type (:data:`DOC_TYPE_NAMES`)."""
        return DOC_TYPE_NAMES[self.type]


@dataclass(frozen=True)
class Cue:
    """One line of the cue file: where it is looked for, which type it speaks for, how much."""

    zone: str
    type: str
    weight: float
    pattern: re.Pattern
    line: int


@dataclass(frozen=True)
class CueSet:
    """The parsed cue file: cues by zone, a bias per type and the softmax temperature."""

    cues: dict[str, tuple[Cue, ...]]
    bias: dict[str, float]
    temperature: float
    source: str


def parse_cues(text: str, source: str = CUES_RESOURCE) -> CueSet:
    """Parse the text of a cue file (format in the header of ``doctype_cues.txt``).

    A bad line is a ValueError naming ``source``, the line number and the problem.
    """
    cues: dict[str, list[Cue]] = {zone: [] for zone in ZONES}
    bias = {t: 0.0 for t in DOC_TYPES}
    temperature = 1.0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{source}, line {number}"
        if len(fields) != 4:
            raise ValueError(f"{where}: expected 4 tab-separated fields, got {len(fields)}: {line!r}")
        zone, kind, value, pattern = fields
        if zone == "param":
            try:
                number_value = float(pattern)
            except ValueError:
                raise ValueError(f"{where}: parameter value {pattern!r} is not a number") from None
            if kind == "bias":
                if value not in DOC_TYPES:
                    raise ValueError(f"{where}: unknown document type {value!r} (expected one of {', '.join(DOC_TYPES)})")
                bias[value] = number_value
            elif kind == "temperature":
                if not number_value > 0:
                    raise ValueError(f"{where}: temperature must be positive, not {number_value}")
                temperature = number_value
            else:
                raise ValueError(f"{where}: unknown parameter {kind!r} (expected bias or temperature)")
            continue
        if zone not in cues:
            raise ValueError(f"{where}: unknown zone {zone!r} (expected one of {', '.join(ZONES)} or param)")
        if kind not in DOC_TYPES:
            raise ValueError(f"{where}: unknown document type {kind!r} (expected one of {', '.join(DOC_TYPES)})")
        try:
            weight = float(value)
        except ValueError:
            raise ValueError(f"{where}: weight {value!r} is not a number") from None
        if not math.isfinite(weight):
            raise ValueError(f"{where}: weight {value!r} is not finite")
        try:
            compiled = re.compile(pattern, re.MULTILINE)
        except re.error as error:
            raise ValueError(f"{where}: bad regular expression {pattern!r}: {error}") from None
        cues[zone].append(Cue(zone, kind, weight, compiled, number))
    return CueSet({zone: tuple(items) for zone, items in cues.items()}, bias, temperature, source)


@lru_cache(maxsize=4)
def _load_cues(path: str | None) -> CueSet:
    if path is None:
        from textlab.locations import read_resource, resource_path

        return parse_cues(read_resource(CUES_RESOURCE), str(resource_path(CUES_RESOURCE)))
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    return parse_cues(text, path)


def load_cues(path: str | Path | None = None) -> CueSet:
    """The cue set in ``path`` (default: the packaged ``doctype_cues.txt``), parsed once per path."""
    return _load_cues(None if path is None else str(path))


# ------------------------------------------------------------------------------------ evidence


class Evidence(NamedTuple):
    """What the type is read from: title lines, opening text, heading texts, ending text, body sentences."""

    title: list[str]
    opening: str
    headings: list[str]
    ending: str
    sentences: list[str]


def _is_title_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= MAX_TITLE_CHARS and text[-1] not in _END_PUNCT and "。" not in text


def evidence_from_outline(st, *, meta: dict | None = None, sentences: Iterable[list[str]] | None = None) -> Evidence:
    """The evidence of a document outlined by :func:`textlab.outline.structure` (``st``).

    ``sentences``: the sentences of each paragraph of ``st`` (a list per paragraph, in order) when
    the caller has them already (the unit table does); otherwise they are split here. Sentences of
    headings and of the title block are left out of the cue statistics. ``meta``: a title the metadata gives (``page_title``,
    ``source_title``, ``title``) joins the title lines.
    """
    paras = st.paragraphs
    title: list[str] = []
    body_from = 0
    for para in paras[:MAX_TITLE_LINES]:
        text = para.text.strip()
        numbered_heading = para.is_heading and bool(para.headings)
        if numbered_heading or not _is_title_line(text) or text.endswith(("：", ":")):
            break
        title.append(_SPACED.sub("", text))  # "通 知" as some pages space a title out
        body_from += 1
    if st.title and st.title not in title:
        title.append(st.title)
    for key in META_TITLE_KEYS:
        value = (meta or {}).get(key)
        if isinstance(value, str) and value.strip() and value.strip() not in title:
            title.append(value.strip()[:200])
    opening_parts, used = [], 0
    for para in paras[body_from:]:
        if used >= OPENING_CHARS:
            break
        opening_parts.append(para.text[: OPENING_CHARS - used])
        used += len(opening_parts[-1])
    headings = [h.label for h in st.headings if h.kind != "ordinal"]
    headings += [p.text for p in paras[body_from:] if p.is_heading and not p.headings]  # plain own-line headings
    tail = paras[max(body_from, len(paras) - ENDING_PARAGRAPHS):]
    ending = "\n".join(p.text for p in tail)
    if sentences is None:
        from textlab.outline import sentences as split

        per_paragraph = [split(p.text) or [p.text] if not p.is_heading and k >= body_from else []
                         for k, p in enumerate(paras)]
    else:
        per_paragraph = list(sentences)
        if len(per_paragraph) != len(paras):
            raise ValueError(f"sentences: {len(per_paragraph)} lists for {len(paras)} paragraphs")
    body = [s for k, (p, sents) in enumerate(zip(paras, per_paragraph)) if k >= body_from and not p.is_heading
            for s in sents]
    return Evidence(title, "\n".join(opening_parts), headings, ending, body)


def scores(evidence: Evidence, cues: CueSet | None = None) -> dict[str, float]:
    """The score of every type for ``evidence`` (before the softmax), bias included."""
    cues = cues or load_cues()
    total = dict(cues.bias)
    lines = "\n".join(evidence.title)
    joined = "".join(evidence.title)  # a title broken over two lines reads as one
    for cue in cues.cues["title"]:
        if cue.pattern.search(lines) or cue.pattern.search(joined):
            total[cue.type] += cue.weight
    for cue in cues.cues["opening"]:
        if cue.pattern.search(evidence.opening):
            total[cue.type] += cue.weight
    for cue in cues.cues["heading"]:
        if any(cue.pattern.search(h) for h in evidence.headings):
            total[cue.type] += cue.weight
    for cue in cues.cues["ending"]:
        if cue.pattern.search(evidence.ending):
            total[cue.type] += cue.weight
    sents = evidence.sentences
    if len(sents) > MAX_RATE_SENTENCES:  # shares read on an evenly spaced sample: the cost is bounded
        step = len(sents) / MAX_RATE_SENTENCES
        sents = [sents[int(k * step)] for k in range(MAX_RATE_SENTENCES)]
    if sents:
        # one scan of all sentences per cue (a sentence never holds a line break): after a match
        # the scan goes on at the next sentence, so each sentence counts once
        joined = "\n".join(s.replace("\n", " ") for s in sents)
        for cue in cues.cues["rate"]:
            search, pos, hits = cue.pattern.search, 0, 0
            while True:
                match = search(joined, pos)
                if match is None:
                    break
                hits += 1
                pos = joined.find("\n", match.start())
                if pos < 0:
                    break
                pos += 1
            total[cue.type] += cue.weight * hits / len(sents)
    return total


def softmax(values: dict[str, float], temperature: float) -> dict[str, float]:
    """Probabilities from scores: ``exp(score / temperature)`` normalised, in :data:`DOC_TYPES` order."""
    top = max(values.values())
    weights = {t: math.exp((values[t] - top) / temperature) for t in DOC_TYPES}
    whole = sum(weights.values())
    return {t: weights[t] / whole for t in DOC_TYPES}


def type_from_evidence(evidence: Evidence, cues: CueSet | None = None) -> DocumentType:
    """The :class:`DocumentType` for ``evidence`` (ties go to the earlier type of :data:`DOC_TYPES`)."""
    cues = cues or load_cues()
    probabilities = softmax(scores(evidence, cues), cues.temperature)
    best = max(DOC_TYPES, key=lambda t: (probabilities[t], -DOC_TYPES.index(t)))
    return DocumentType(best, probabilities[best], probabilities)


def type_from_outline(st, *, meta: dict | None = None, sentences: Iterable[list[str]] | None = None,
                      cues: CueSet | None = None) -> DocumentType:
    """The type of a document already outlined (what :mod:`textlab.units` calls once per document)."""
    return type_from_evidence(evidence_from_outline(st, meta=meta, sentences=sentences), cues)


def empty_type() -> DocumentType:
    """The result for a document with no text: ``other`` with all types equally likely."""
    share = 1.0 / len(DOC_TYPES)
    return DocumentType("other", share, {t: share for t in DOC_TYPES})


def document_type(text_or_document: Any, *, cues: str | Path | None = None) -> DocumentType:
    """The type of one document: a raw str, a :class:`textlab.corpus.Document` (its metadata
    title counts too) or a parsed document (:class:`textlab.units.ParsedDocument`).

    A str or Document is cleaned and outlined first. A text that is empty after cleaning gets
    ``other`` with every type at ``1/8`` (there is no evidence). ``cues``: another cue file.

    >>> result = document_type("在全区党建工作推进会上的讲话\\n同志们：\\n今天召开会议。我讲三点意见。")
    >>> result.type, round(sum(result.probabilities.values()), 6)
    ('speech', 1.0)
    """
    cue_set = load_cues(cues)
    if hasattr(text_or_document, "outline") and hasattr(text_or_document, "units"):  # a ParsedDocument
        parsed = text_or_document
        if not parsed.outline.paragraphs:
            return empty_type()
        return type_from_outline(parsed.outline, meta=parsed.meta, cues=cue_set)
    if isinstance(text_or_document, str):
        text, meta = text_or_document, {}
    elif isinstance(text_or_document, (bytes, bytearray)):
        raise TypeError("document_type() expects a str, a Document or a parsed document, not bytes: decode the file first")
    elif hasattr(text_or_document, "text") and hasattr(text_or_document, "meta"):
        text, meta = text_or_document.text, dict(text_or_document.meta or {})
        if not isinstance(text, str):
            raise TypeError(f"document {getattr(text_or_document, 'id', '?')!r}: text is {type(text).__name__}, expected str")
    else:
        raise TypeError(f"document_type() expects a str, a Document or a parsed document, not {type(text_or_document).__name__}")
    from textlab.cleaning import clean
    from textlab.outline import structure

    cleaned = clean(text)
    if not cleaned.strip():
        return empty_type()
    return type_from_outline(structure(cleaned), meta=meta, cues=cue_set)
