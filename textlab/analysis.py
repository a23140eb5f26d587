"""The main job: run the flow over a corpus and hold what it found as plain tables.

``analyze(path_or_corpus, out=None)`` parses each document once into the unit table
(:func:`textlab.units.parsed_document`), labels its sentences, counts keyword terms from the
units' tokens, fits or loads a topic model on paragraph tokens and returns an :class:`Analysis`.
With ``out`` it streams the tables to disk and writes the report (:mod:`textlab.report`).

This module owns the run (error boundaries, skipped files, parts of very long documents,
atomic output); :mod:`textlab.report` owns how the results are shown.

What the run guarantees:

* one document never loses the run: each is analysed inside its own error boundary; one that
  fails or is empty after cleaning is listed (``Analysis.skipped``, ``skipped.csv``); a topic fit
  that fails is noted and the run goes on;
* output is atomic: everything is written into a temporary folder beside ``out`` and moved into
  place only when complete, so ``out`` holds one whole run or is left as it was;
* memory is bounded: with ``out`` the documents are read one at a time, the paragraph and
  sentence tables are streamed to disk, a document longer than ``MAX_PART_CHARS`` is analysed
  in parts (ids ``<id>#p0001`` …) and the topic model trains on a deterministic sample of at
  most ``MAX_TOPIC_UNITS`` paragraphs;
* each document is cleaned, outlined and segmented once: keywords, the topic sample and the
  topic mixtures all use the unit table's tokens.

Example:
    >>> analysis = analyze("seeds/party_building", out="report/", progress=False)  # doctest: +SKIP
    >>> analysis.documents[["document", "n_sentences", "keywords"]]  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import heapq
import math
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from textlab.labels import LABELS
from textlab.units import MAX_PART_CHARS, split_document

_STAGES = "clean, outline, classify"

MIN_UNITS_TO_FIT_TOPICS = 100
MIN_TOPIC_UNIT_CHARS = 15  # shorter body lines (greetings, stubs) do not train topics
MIN_TOKEN_CHARS = 2  # keywords and topics use tokens of at least this many characters
CSV_ENCODING = "utf-8-sig"
MAX_TOPICS = 200  # largest K accepted for a topic model (-k)
MAX_TOP_K_KEYWORDS = 1000
MAX_TOPIC_UNITS = 20_000  # the topic model trains on a deterministic sample of at most this many paragraphs
HIGHLIGHT_LIMIT = 200  # sentences per label and document kept for the page
CORPUS_KEYWORDS = 100  # rows of Analysis.corpus_keywords
HIGHLIGHT_LABELS = ("problem", "measure", "achievement")
STREAMED_TABLES = ("paragraphs.csv", "sentences.csv")
TABLES = ("documents.csv", "paragraphs.csv", "sentences.csv", "keywords.csv", "topics.csv", "doc_topics.csv",
          "skipped.csv")
SENTENCE_COLUMNS = ("document", "paragraph", "sentence", "section", "heading", "is_heading", "text", "label")
PARAGRAPH_COLUMNS = ("document", "paragraph", "section", "heading", "is_heading", "text", "label")


class NoDocumentsError(ValueError):
    """Not one document could be analysed (every file was skipped or empty after cleaning)."""

    def __init__(self, message: str, skipped: list | None = None) -> None:
        super().__init__(message)
        self.skipped = list(skipped or [])


DOCUMENT_COLUMNS: tuple[str, ...] = (
    "document", "title", "path", "year", "year_text", "region", "source", "date", "author", "doc_number",
    "doc_type", "doc_type_p",
    "n_chars", "n_paragraphs", "n_sentences",
    *(f"n_{label}" for label in LABELS),
    *(f"chars_{label}" for label in LABELS),
    "keywords",
)
"""Columns of ``Analysis.documents``: one row per analysed document (or part of one).

``year`` is a nullable integer (pandas ``Int64``); ``year_text`` keeps a year that is not a number
as given ("" otherwise); ``region`` and ``source`` are "" when the metadata has none; ``date`` (ISO),
``author`` and ``doc_number`` are those of the unit table (the metadata merged with what the page
chrome gave, :func:`textlab.units.merge_meta`), "" when absent.
``doc_type`` / ``doc_type_p``: the document's type and its probability (:mod:`textlab.doctype`).
``n_chars`` counts the cleaned text; ``n_paragraphs`` / ``n_sentences`` count body units
(headings left out); ``n_<label>`` is the number of body sentences with that label and
``chars_<label>`` their characters (label shares normalised by length are
``chars_<label> / sum of chars_*``); ``keywords`` is the document's top keywords joined with "、".
"""


class Skip(NamedTuple):
    """A file or document left out of the analysis: where, at which stage, and why."""

    path: str
    stage: str  # "load" (could not be read), "clean" (empty after cleaning), "analyse" (failed)
    reason: str
    document: str = ""


@dataclass
class Analysis:
    """Everything ``analyze`` computed, as plain pandas tables.

    ``documents``: one row per document, columns ``DOCUMENT_COLUMNS``, in corpus order.
    ``units``: the labelled unit table (``textlab.units`` columns plus ``label`` and ``p_<class>``),
    or None when it was streamed to ``out`` (``sentences.csv`` / ``paragraphs.csv`` there; with
    the Dask engine also ``units/part-*.parquet``, see :mod:`textlab.parquet`).
    ``highlights``: document, label, paragraph, sentence, text: the body sentences labelled
    problem, measure or achievement, at most ``HIGHLIGHT_LIMIT`` per document and label, in order
    (the Dask engine keeps them for the documents the report shows; all are in ``units/*.parquet``).
    ``keywords``: document, rank, keyword, score. ``corpus_keywords``: rank, keyword, score,
    documents (in how many documents it is a keyword).
    ``topics``: topic, label, rank, word, weight. ``doc_topics``: document, title, year, topic_0…
    ``topic_model`` is None when no topic model could be fitted or loaded (``notes`` says why).
    ``out`` is the report folder when ``analyze`` wrote one.
    """

    documents: Any
    units: Any
    highlights: Any
    keywords: Any
    corpus_keywords: Any
    topics: Any
    doc_topics: Any
    topic_model: Any = None
    topic_source: str = ""
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    out: Path | None = None
    #: promise tracking (:mod:`textlab.promises`): every target and outcome statement of the work
    #: reports and each target matched to the next year's report; None when no government has
    #: reports of two consecutive years
    targets: Any = None
    tracked: Any = None
    #: the labelled paragraph and sentence tables when they were kept in memory (no ``out``)
    _tables: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def skipped_table(self):
        """The skipped files and documents: path, document, stage, reason."""
        import pandas as pd

        return pd.DataFrame([s._asdict() for s in self.skipped], columns=["path", "document", "stage", "reason"])

    def label_shares(self, by: str | None = None):
        """Share of body characters per label, per document (``by=None``) or summed by a column of
        ``documents`` (``"year"``, ``"region"``, ``"source"``): rows sum to 1."""
        columns = [f"chars_{label}" for label in LABELS]
        table = self.documents.set_index("document") if by is None else self.documents.groupby(by, dropna=True)
        sums = table[columns] if by is None else table[columns].sum()
        totals = sums.sum(axis=1).replace(0, 1)
        shares = sums.div(totals, axis=0)
        shares.columns = list(LABELS)
        return shares

    @property
    def paragraphs(self):
        """The labelled paragraph table (the columns of paragraphs.csv)."""
        return self._level_table("paragraphs")

    @property
    def sentences(self):
        """The labelled sentence table (the columns of sentences.csv)."""
        return self._level_table("sentences")

    def _level_table(self, level: str):
        import pandas as pd

        kept = self._tables.get(level)
        if kept is not None:
            return kept
        if self.out is not None and (self.out / f"{level}.csv").exists():
            return pd.read_csv(self.out / f"{level}.csv", encoding=CSV_ENCODING)
        raise ValueError(f"the {level} table was streamed to disk and is gone; call analyze without out= "
                         "to keep the tables in memory")


# ----------------------------------------------------------------------------------- validation


def check_options(
    *, n_topics: Any = None, topic_source: Any = "auto", random_state: Any = 0, top_k_keywords: Any = 20
) -> None:
    """Raise ValueError (one line, naming the option) for an option ``analyze`` cannot use."""
    if n_topics is not None and (not _is_int(n_topics) or not 2 <= n_topics <= MAX_TOPICS):
        raise ValueError(f"number of topics must be an integer from 2 to {MAX_TOPICS}, not {n_topics!r}")
    if topic_source not in ("auto", "fit", "shipped"):
        raise ValueError(f"topic_source must be 'auto', 'fit' or 'shipped', not {topic_source!r}")
    if not _is_int(random_state) or not 0 <= random_state < 2**32:
        raise ValueError(f"random_state must be an integer from 0 to 2**32-1, not {random_state!r}")
    if not _is_int(top_k_keywords) or not 1 <= top_k_keywords <= MAX_TOP_K_KEYWORDS:
        raise ValueError(f"top_k_keywords must be an integer from 1 to {MAX_TOP_K_KEYWORDS}, not {top_k_keywords!r}")


ENGINES = ("local", "dask")


def check_engine(engine: Any, *, scheduler: Any = None, workers: Any = None, out: Any = None) -> None:
    """Raise ValueError (one line, naming the option) for an engine setting ``analyze`` cannot use."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    if engine == "local":
        if scheduler is not None:
            raise ValueError("a scheduler is for engine='dask' (--engine dask); the local engine runs in this process")
        if workers is not None:
            raise ValueError("workers is for engine='dask' (--engine dask --workers N); the local engine runs in this process")
        return
    if workers is not None and scheduler is not None:
        raise ValueError("give either a scheduler (an existing cluster) or workers (a local cluster of N processes), not both")
    if workers is not None and (not _is_int(workers) or not 1 <= workers <= 1024):
        raise ValueError(f"workers must be an integer from 1 to 1024, not {workers!r}")
    if scheduler is not None and not isinstance(scheduler, str) and type(scheduler).__name__ != "Client":
        raise ValueError(f"scheduler must be an address such as 'tcp://host:8786' or a distributed.Client, not {scheduler!r}")
    if out is None:
        raise ValueError("engine='dask' writes its results to a folder: give out= (--out DIR)")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_out_dir(out: str | os.PathLike, *, source: str | os.PathLike | None = None) -> Path:
    """Check that ``out`` can receive a report; return it as an absolute path.

    Refused (ValueError): an existing file; a folder that is not empty and holds no earlier
    report (it would be replaced); a folder that is or contains the input; a place whose
    nearest existing parent is not a writable folder.
    """
    if not isinstance(out, (str, os.PathLike)) or os.fspath(out) == "":
        raise ValueError(f"out must be a folder path, not {out!r}")
    path = Path(os.path.abspath(os.fspath(out)))
    if path.exists() and not path.is_dir():
        raise ValueError(f"--out {out}: is an existing file, not a folder")
    if path.is_dir():
        entries = os.listdir(path)  # hidden files count: the whole folder would be replaced
        if entries and not (path / "report.html").exists() and not (path / "skipped.csv").exists():
            raise ValueError(f"--out {out}: folder is not empty and holds no textlab report; "
                             "choose a new or empty folder (its content would be replaced)")
    if source is not None and os.path.exists(source):
        real_source, real_out = os.path.realpath(source), os.path.realpath(path)
        if real_source == real_out or real_source.startswith(real_out.rstrip(os.sep) + os.sep):
            raise ValueError(f"--out {out}: the output folder would replace the input {source}")
    ancestor = path.parent
    while not ancestor.exists():
        if ancestor.parent == ancestor:
            break
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise ValueError(f"--out {out}: cannot create a folder under {ancestor}, which is a file")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise ValueError(f"--out {out}: folder {ancestor} is not writable")
    return path


def _inside(child: Path, parent: str | os.PathLike) -> bool:
    real_child, real_parent = os.path.realpath(child), os.path.realpath(parent)
    return os.path.isdir(real_parent) and real_child.startswith(real_parent.rstrip(os.sep) + os.sep)


# ----------------------------------------------------------------------------------- output folder


class Staging:
    """A temporary folder beside ``out``; ``commit`` moves it into place, ``discard`` removes it.

    The name starts with "." so a load of the parent folder never reads it.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        out.parent.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=f".{out.name}.textlab-tmp-", dir=out.parent))

    def commit(self) -> Path:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(self.path, 0o777 & ~mask)  # mkdtemp makes it private
        old = None
        if self.out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.textlab-old-", dir=self.out.parent))
            os.rmdir(old)
            os.rename(self.out, old)
        try:
            os.rename(self.path, self.out)
        except BaseException:
            if old is not None:
                os.rename(old, self.out)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.out

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class TableWriter:
    """Appends DataFrames to one UTF-8-with-BOM CSV file (header once, BOM once)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = open(path, "w", encoding=CSV_ENCODING, errors="replace", newline="")
        self._columns: list | None = None

    def write(self, frame) -> None:
        if self._columns is None:
            self._columns = list(frame.columns)
            frame.to_csv(self._handle, index=False, header=True)
        else:
            frame.reindex(columns=self._columns).to_csv(self._handle, index=False, header=False)

    def close(self, empty_columns: Iterable[str] = ()) -> None:
        if self._columns is None:
            self._handle.write(",".join(empty_columns) + "\n")
        self._handle.close()


def write_csv(frame, path: Path) -> Path:
    """``frame`` as UTF-8-with-BOM CSV (Excel opens it correctly) at ``path``."""
    with open(path, "w", encoding=CSV_ENCODING, errors="replace", newline="") as handle:
        frame.to_csv(handle, index=False)
    return path


def write_tables(analysis: Analysis, out_dir: str | Path) -> dict[str, Path]:
    """Write the tables of ``analysis`` (``TABLES``) into ``out_dir`` directly; the streamed
    ones are copied from ``analysis.out`` when they are not in memory."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for level in ("paragraphs", "sentences"):
        name = f"{level}.csv"
        kept = analysis._tables.get(level)
        if kept is not None:
            written[name] = write_csv(kept, out / name)
        elif analysis.out is not None and (analysis.out / name).exists():
            if (analysis.out / name).resolve() != (out / name).resolve():
                shutil.copyfile(analysis.out / name, out / name)
            written[name] = out / name
        else:
            raise ValueError(f"the {level} table of this analysis was streamed to disk and is gone")
    for name, frame in _small_tables(analysis):
        written[name] = write_csv(frame, out / name)
    return written


def _small_tables(analysis: Analysis):
    promises = tuple((name, frame) for name, frame in (("targets.csv", analysis.targets), ("tracked.csv", analysis.tracked))
                     if frame is not None)
    return (("documents.csv", analysis.documents), ("keywords.csv", analysis.keywords),
            ("topics.csv", analysis.topics), ("doc_topics.csv", analysis.doc_topics),
            ("skipped.csv", analysis.skipped_table)) + promises


def _promise_tables(analysis: Analysis, sentences_csv: Path | None, note) -> None:
    """Promise tracking over the corpus (:func:`textlab.promises.promise_tables`), read from the
    labelled sentences already made; a failure is noted and the run goes on."""
    from textlab.promises import promise_tables

    try:
        analysis.targets, analysis.tracked = promise_tables(
            analysis.documents, sentences=analysis._tables.get("sentences"), sentences_csv=sentences_csv)
    except Exception as error:
        note(f"no promise tracking: {_describe(error)}")


# ----------------------------------------------------------------------------------- helpers


def default_n_topics(n_units: int) -> int:
    """A sensible number of topics for ``n_units`` paragraphs: grows with the square root, 3..30.

    >>> default_n_topics(120), default_n_topics(5_000), default_n_topics(500_000)
    (5, 30, 30)
    """
    return int(min(30, max(3, round(math.sqrt(n_units / 5)))))


def paragraph_units(documents: Iterable, *, min_chars: int = MIN_TOPIC_UNIT_CHARS, segmenter=None) -> list[dict]:
    """The body paragraphs of every document (parsed once each), as dicts (document, paragraph,
    text, tokens); headings and very short lines are left out: they are labels, not content.
    ``tokens`` keeps tokens of at least ``MIN_TOKEN_CHARS`` characters (what topics use)."""
    from textlab.segmentation import Segmenter
    from textlab.units import paragraph_tokens, parse_document

    segmenter = segmenter or Segmenter()
    units = []
    for doc in documents:
        for document, paragraph, is_heading, text, tokens in paragraph_tokens(parse_document(doc, segmenter=segmenter)):
            if not is_heading and len(text) >= min_chars:
                units.append({"document": document, "paragraph": paragraph, "text": text,
                              "tokens": [t for t in tokens if len(t) >= MIN_TOKEN_CHARS]})
    return units


def _describe(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if len(text) > 300:
        text = text[:299] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _doc_path(doc) -> str:
    path = doc.meta.get("path") or doc.meta.get("part_of") or doc.id
    row = doc.meta.get("row")
    return f"{path} (row {row})" if row not in (None, "") else str(path)


def _document_title(doc, outline) -> str:
    title = doc.meta.get("source_title") or outline.title or doc.meta.get("title") or doc.meta.get("part_of") or doc.id
    title = str(title)
    if doc.meta.get("part"):
        title += f" (part {doc.meta['part']}/{doc.meta.get('n_parts', '?')})"
    return title


def _meta_year(meta: dict) -> Any:
    """A document's year as its metadata has it: ``year`` (an int), else the unparsed ``year_text``
    that ``load_corpus`` keeps for values such as "2020年" (see ``textlab.corpus``), else None."""
    year = meta.get("year")
    return year if year is not None else meta.get("year_text")


def _year_cell(value: Any) -> Any:
    """The year for a table: ints stay ints, anything else is kept as its text."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return str(value)


class UnitSample:
    """A deterministic sample of at most ``limit`` paragraphs: those with the smallest hash of
    (seed, document, paragraph), returned in reading order. Below the limit: every paragraph."""

    def __init__(self, limit: int, seed: int) -> None:
        self.limit, self.seed, self.seen = limit, seed, 0
        self._heap: list = []

    def add(self, document: str, paragraph: int, text: str, tokens: list[str] | None = None) -> None:
        digest = hashlib.blake2b(f"{self.seed}\x1f{document}\x1f{paragraph}".encode("utf-8", "surrogatepass"), digest_size=8)
        unit = {"document": document, "paragraph": paragraph, "text": text, "tokens": tokens}
        item = (-int.from_bytes(digest.digest(), "big"), self.seen, unit)
        self.seen += 1
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, item)
        elif item[0] > self._heap[0][0]:
            heapq.heapreplace(self._heap, item)

    def units(self) -> list[dict]:
        return [unit for _, _, unit in sorted(self._heap, key=lambda item: item[1])]


def _fit_or_load_topics(units: list[dict], *, n_units: int, topic_source: str, n_topics: int | None, random_state: int):
    from textlab.topics import TopicModel, load_topic_model

    source = topic_source
    if source == "auto":
        source = "fit" if n_units >= MIN_UNITS_TO_FIT_TOPICS else "shipped"
    if source == "shipped":
        return load_topic_model(), "the shipped report-corpus model (too few paragraphs to fit one)" if topic_source == "auto" else "the shipped report-corpus model"
    k = n_topics or default_n_topics(len(units))
    if len(units) < k:
        raise ValueError(f"{len(units)} paragraphs are too few to fit {k} topics")
    model = TopicModel(n_topics=k, random_state=random_state).fit([u["tokens"] for u in units])
    sampled = f" (a deterministic sample of {n_units:,})" if n_units > len(units) else ""
    return model, f"fitted on {len(units):,} paragraphs{sampled} of these documents (K={k}, random_state={random_state})"


def _model_min_len(model) -> int:
    """Shortest token the topic model reads (its segmenter's ``min_len``; 2 by default)."""
    segmenter = getattr(model, "segmenter", None)
    return int(getattr(segmenter, "min_len", None) or MIN_TOKEN_CHARS)


# ----------------------------------------------------------------------------------- one document


class _Done(NamedTuple):
    """What the run keeps of one analysed document (or part)."""

    row: dict  # its documents-table row, keywords still missing
    units: Any  # the labelled unit table
    paragraphs: Any  # paragraphs.csv rows
    sentences: Any  # sentences.csv rows
    highlights: list  # (document, label, paragraph, sentence, text)
    terms: Counter  # token counts (tokens of at least MIN_TOKEN_CHARS characters)
    topic_units: list  # (paragraph, text, tokens) of its body paragraphs long enough for topics


def analyse_document(doc, classifier, *, segmenter=None) -> _Done | Skip:
    """One document (or part) inside its error boundary: parsed once, labelled once; a Skip when
    it is empty after cleaning or fails."""
    try:
        return _analyse_document(doc, classifier, segmenter)
    except Exception as error:  # one document never ends the run
        return Skip(_doc_path(doc), "analyse", _describe(error), getattr(doc, "id", ""))


def _analyse_document(doc, clf, segmenter) -> _Done | Skip:
    from textlab.units import parsed_document

    parsed = parsed_document(doc, segmenter=segmenter)
    units = parsed.units
    if units.empty:
        return Skip(_doc_path(doc), "clean", "empty after cleaning (nothing left but web page furniture, "
                    "boilerplate or blank lines)", doc.id)
    sentences = clf.classify_units(units, level="sentence")
    proba = sentences[[f"p_{c}" for c in clf.classes_]].to_numpy()
    paragraphs = clf.classify_units(units, level="paragraph", proba=proba)
    labelled = units.assign(label=sentences["label"].to_numpy(), **{f"p_{c}": proba[:, i] for i, c in enumerate(clf.classes_)})

    body = ~units["is_heading"].to_numpy()
    labels = sentences["label"].to_numpy()
    lengths = units["text"].str.len().to_numpy()
    from textlab.corpus import parse_year

    # the metadata merged with what the page chrome gave (a web copy's date fills a missing year)
    given = _meta_year(parsed.meta)
    year = parse_year(parsed.meta.get("year"))
    row = {
        "document": parsed.id,
        "title": _document_title(doc, parsed.outline),
        "path": str(doc.meta.get("path") or ""),
        "year": year,
        "year_text": "" if year is not None or given is None else str(_year_cell(given) or ""),
        "_year_cell": _year_cell(given),  # doc_topics.csv keeps the year as given (an int or its text)
        "region": units["region"].iat[0],
        "source": units["source"].iat[0],
        "date": units["date"].iat[0],
        "author": units["author"].iat[0],
        "doc_number": units["doc_number"].iat[0],
        "doc_type": parsed.doc_type.type,
        "doc_type_p": round(float(parsed.doc_type.probability), 6),
        "n_chars": len(parsed.text),
        "n_paragraphs": int(units.loc[body, "paragraph"].nunique()),
        "n_sentences": int(body.sum()),
        **{f"n_{label}": int(((labels == label) & body).sum()) for label in LABELS},
        **{f"chars_{label}": int(lengths[(labels == label) & body].sum()) for label in LABELS},
    }
    terms, topic_units = document_terms(units)
    return _Done(row, labelled, paragraphs, sentences, document_highlights(parsed.id, units, labels), terms, topic_units)


def document_highlights(document: str, units, labels) -> list[tuple]:
    """(document, label, paragraph, sentence, text) of one document's body sentences labelled
    problem, measure or achievement: at most ``HIGHLIGHT_LIMIT`` per label, in reading order.
    ``units``: its unit table (or its labelled rows read back from Parquet), ``labels`` their labels."""
    import numpy as np

    labels = np.asarray(labels)
    body = ~units["is_heading"].to_numpy(dtype=bool)
    highlights = []
    paragraph_of, sentence_of, text_of = units["paragraph"].tolist(), units["sentence"].tolist(), units["text"].tolist()
    for label in HIGHLIGHT_LABELS:
        chosen = np.flatnonzero((labels == label) & body)[:HIGHLIGHT_LIMIT]
        highlights += [(document, label, paragraph_of[i], sentence_of[i], text_of[i]) for i in chosen]
    return highlights


def document_terms(units) -> tuple[Counter, list]:
    """One document's keyword term counts (tokens of at least ``MIN_TOKEN_CHARS`` characters, in
    reading order) and its topic units: (paragraph, text, tokens) of the body paragraphs of at
    least ``MIN_TOPIC_UNIT_CHARS`` characters. ``units``: its unit table or its rows read back
    from Parquet (same columns, same order): both engines count from here."""
    from textlab.units import paragraph_tokens

    terms: Counter = Counter()
    topic_units = []
    for _doc, paragraph, is_heading, text, tokens in paragraph_tokens(units):
        long_tokens = [t for t in tokens if len(t) >= MIN_TOKEN_CHARS]
        terms.update(long_tokens)
        if not is_heading and len(text) >= MIN_TOPIC_UNIT_CHARS:
            topic_units.append((paragraph, text, long_tokens))
    return terms, topic_units


def analyse_parts(doc, classifier, *, segmenter=None) -> tuple[list, str | None]:
    """A document as the run sees it: split into parts when longer than ``MAX_PART_CHARS``,
    each part analysed inside its error boundary (:func:`analyse_document`). Returns the outcomes
    (``_Done`` or ``Skip``) and the note to make about the parts (None for one part).
    The per-document function of both engines (local, and the Dask workers)."""
    try:
        parts = split_document(doc, MAX_PART_CHARS)
    except Exception as error:  # one document never ends the run
        return [Skip(_doc_path(doc), "analyse", _describe(error), getattr(doc, "id", ""))], None
    part_note = None
    if len(parts) > 1:
        part_note = (f"{doc.id} has {len(doc.text):,} characters: analysed in {len(parts)} parts of at most "
                     f"{max(len(p.text) for p in parts):,} characters (ids {doc.id}#p0001 …, column 'document' of the tables)")
    return [analyse_document(part, classifier, segmenter=segmenter) for part in parts], part_note


class Collector:
    """What the per-document loop keeps of each document: its documents-table row, its term
    counts (or only their document frequencies), its highlights, its topic-sample candidates,
    the skipped parts and the part notes; the paragraph and sentence rows go to ``writers``
    (streamed CSV) or are kept. The local engine runs one over the whole corpus, the Dask
    engine one per partition (``keep_terms=False``: a partition sends document frequencies, the
    counts are recounted from its Parquet file later)."""

    def __init__(self, *, writers: dict | None = None, keep_tables: bool = False, keep_terms: bool = True,
                 keep_highlights: bool = True, on_labelled=None, sample_limit: int | None = None, seed: int = 0) -> None:
        self.writers = writers or {}
        self.keep_tables, self.keep_terms, self.keep_highlights = keep_tables, keep_terms, keep_highlights
        self.on_labelled = on_labelled
        self.sample = UnitSample(MAX_TOPIC_UNITS if sample_limit is None else sample_limit, seed)
        self.rows: list[dict] = []
        self.terms: list[Counter] = []
        self.n_documents = 0
        self.frequencies: Counter = Counter()
        self.highlights: list = []
        self.skipped: list[Skip] = []
        self.notes: list[str] = []
        self.kept: dict[str, list] = {"units": [], "paragraphs": [], "sentences": []}

    def add(self, doc, classifier, segmenter, *, note=None, step=None) -> None:
        """Analyse ``doc`` (:func:`analyse_parts`) and keep what the run needs of it."""
        outcomes, part_note = analyse_parts(doc, classifier, segmenter=segmenter)
        if part_note:
            self.notes.append(part_note)
            if note is not None:
                note(part_note)
        del doc
        for outcome in outcomes:
            if step is not None:
                step(1 / len(outcomes))
            if isinstance(outcome, Skip):
                self.skipped.append(outcome)
                continue
            self.rows.append(outcome.row)
            self.n_documents += 1
            if self.keep_terms:
                self.terms.append(outcome.terms)
            else:
                self.frequencies.update(outcome.terms.keys())
            if self.keep_highlights:
                self.highlights += outcome.highlights
            for paragraph, text, tokens in outcome.topic_units:
                self.sample.add(outcome.row["document"], paragraph, text, tokens if self.keep_terms else None)
            if self.writers:
                self.writers["paragraphs.csv"].write(outcome.paragraphs)
                self.writers["sentences.csv"].write(outcome.sentences)
            if self.on_labelled is not None:
                self.on_labelled(outcome.units)
            if self.keep_tables:
                self.kept["units"].append(outcome.units)
                self.kept["paragraphs"].append(outcome.paragraphs)
                self.kept["sentences"].append(outcome.sentences)


# ----------------------------------------------------------------------------------- the run


def analyze(
    source,
    out: str | os.PathLike | None = None,
    *,
    n_topics: int | None = None,
    topic_source: str = "auto",
    random_state: int = 0,
    top_k_keywords: int = 20,
    classifier=None,
    progress: bool = True,
    engine: str = "local",
    scheduler=None,
    workers: int | None = None,
) -> Analysis:
    """Run the whole flow on a file, a folder or a loaded corpus; return its tables.

    With ``out`` the report folder is written too (atomically: ``out`` gets one whole run or is
    left untouched), the documents are read one at a time and the paragraph and sentence tables
    are streamed to disk instead of kept (``Analysis.units`` is then None; ``Analysis.paragraphs``
    reads the CSV).

    ``topic_source``: "fit" fits a topic model on the corpus paragraphs, "shipped" applies the
    model trained on the report corpus, "auto" fits when there are at least 100 paragraphs.
    ``n_topics``: 2..``MAX_TOPICS`` (default: chosen from the number of paragraphs).
    A document that fails or is empty after cleaning goes to ``Analysis.skipped``; when no
    document is left, :class:`NoDocumentsError` (a ValueError) is raised and nothing is written.
    Bad options raise ValueError before any work starts; a missing path FileNotFoundError.

    ``engine``: "local" (this process, the default) or "dask" (:mod:`textlab.dask_engine`: the
    per-document stages run as tasks over partitions of the files on Dask workers, the unit table
    is written as Parquet under ``out/units/``; needs ``out`` and ``pip install 'textlab[dask]'``).
    ``scheduler`` (dask only): None (a LocalCluster of ``workers`` processes, default one per
    core), a scheduler address such as "tcp://host:8786", or a ``distributed.Client``.
    The tables do not depend on the engine (see :mod:`textlab.dask_engine`).
    """
    check_options(n_topics=n_topics, topic_source=topic_source, random_state=random_state, top_k_keywords=top_k_keywords)
    check_engine(engine, scheduler=scheduler, workers=workers, out=out)
    from textlab.corpus import iter_documents

    from_path = isinstance(source, (str, os.PathLike))
    if from_path and not os.path.lexists(source):
        raise FileNotFoundError(2, "No such file or folder", os.fspath(source))
    out_path = check_out_dir(out, source=source if from_path else None) if out is not None else None
    notes: list[str] = []

    def say(message: str) -> None:
        if progress:
            print(f"textlab: {message}", file=sys.stderr, flush=True)

    def note(message: str) -> None:  # said in the report (Notes) and on stderr
        notes.append(message)
        say(message)

    loader_skipped: list = []
    exclude: list = []
    if from_path:
        exclude = [out_path] if out_path is not None and _inside(out_path, source) else []
        if exclude:
            note(f"the output folder {out_path} is inside the input: it is not read as documents")
        documents: Iterable = iter_documents(source, warn=False, skipped=loader_skipped, exclude=exclude)
    else:
        documents = source
        loader_skipped = list(getattr(source, "skipped", []))
    if engine == "dask":
        from textlab import dask_engine  # raises ImportError naming the extra when dask is missing

        dask_engine.require()
    staging = Staging(out_path) if out_path is not None else None
    try:
        options = dict(say=say, note=note, notes=notes, n_topics=n_topics, topic_source=topic_source,
                       random_state=random_state, top_k_keywords=top_k_keywords, classifier=classifier, progress=progress)
        if engine == "dask":
            analysis = dask_engine.run(source if from_path else documents, loader_skipped, staging, exclude=exclude,
                                       scheduler=scheduler, workers=workers, **options)
        else:
            analysis = _run(documents, loader_skipped, staging, **options)
        _promise_tables(analysis, staging.path / "sentences.csv" if staging is not None else None, note)
        if staging is not None:
            for name, frame in _small_tables(analysis):
                write_csv(frame, staging.path / name)
            from textlab.report import write_report

            analysis.out = staging.path
            write_report(analysis, staging.path)
            analysis.out = staging.commit()
    except BaseException:
        if staging is not None:
            staging.discard()
        raise
    return analysis


def _progress_bar(documents, progress: bool):
    if not progress:
        return None
    from tqdm.auto import tqdm  # only when asked: in Jupyter without ipywidgets it warns on import

    total = len(documents) if hasattr(documents, "__len__") else None
    return tqdm(total=total, desc=_STAGES, unit="doc", file=sys.stderr,
                bar_format="{desc}: {n:.1f} doc [{elapsed}]" if total is None
                else "{desc}: {percentage:3.0f}%|{bar}| {n:.1f}/{total} doc [{elapsed}<{remaining}]")


def _run(documents, loader_skipped, staging, *, say, note, notes, n_topics, topic_source, random_state, top_k_keywords,
         classifier, progress) -> Analysis:
    import pandas as pd

    from textlab.classify import load_classifier
    from textlab.features import keyword_scores
    from textlab.segmentation import Segmenter

    clf = classifier or load_classifier()
    segmenter = Segmenter()
    streamed = staging is not None
    writers = {name: TableWriter(staging.path / name) for name in STREAMED_TABLES} if streamed else {}
    collected = Collector(writers=writers, keep_tables=not streamed, seed=random_state)

    bar = _progress_bar(documents, progress)
    for doc in documents:
        collected.add(doc, clf, segmenter, note=note, step=bar.update if bar is not None else None)
        del doc
    if bar is not None:
        bar.close()
    for writer in writers.values():
        writer.close()

    skips = [Skip(str(p), "load", str(r)) for p, r in loader_skipped] + collected.skipped
    rows = collected.rows
    check_analysed(rows, skips)
    keywords = keyword_table(rows, keyword_scores(collected.terms, top_k=top_k_keywords, idf="auto"))
    model, source_text = fit_topics(collected.sample, say=say, note=note, n_topics=n_topics, topic_source=topic_source,
                                    random_state=random_state, progress=progress)
    mixes = None
    if model is not None:
        min_len = _model_min_len(model)
        counts = collected.terms
        if progress and len(rows) > 1:
            from tqdm.auto import tqdm

            counts = tqdm(counts, desc="topic mixtures", unit="doc", file=sys.stderr)
        mixes = [document_mixture(model, terms, min_len) for terms in counts]  # one document at a time
    del collected.terms
    analysis = assemble(rows, keywords, model, source_text, mixes, highlights=collected.highlights, skips=skips,
                        notes=notes, note=note)
    if not streamed:
        analysis.units = pd.concat(collected.kept["units"], ignore_index=True)
        analysis._tables = {level: pd.concat(collected.kept[level], ignore_index=True) for level in ("paragraphs", "sentences")}
    return analysis


# ----------------------------------------------------------------------------------- corpus-level reductions
# (both engines: the local run over its in-memory rows, the Dask engine over partition summaries)


def check_analysed(rows: list, skips: list) -> None:
    """NoDocumentsError when not one document was analysed."""
    if not rows:
        detail = "; ".join(f"{s.path}: {s.reason}" for s in skips[:5])
        raise NoDocumentsError("no document could be analysed" + (f" ({detail})" if detail else ""), skips)


def keyword_table(rows: list[dict], keyword_lists: list) -> Any:
    """keywords.csv from each document's ranked (term, score) list; fills each row's ``keywords``."""
    import pandas as pd

    keyword_rows = [{"document": r["document"], "rank": rank + 1, "keyword": term, "score": round(score, 6)}
                    for r, kws in zip(rows, keyword_lists) for rank, (term, score) in enumerate(kws)]
    for r, kws in zip(rows, keyword_lists):
        r["keywords"] = "、".join(term for term, _ in kws)
    return pd.DataFrame(keyword_rows, columns=["document", "rank", "keyword", "score"])


def document_mixture(model, terms: Counter, min_len: int) -> list[float] | None:
    """A document's topic mixture from its term counts (rounded to 6 decimals), None when it fails."""
    try:
        tokens = [t for t in terms.elements() if len(t) >= min_len]
        return [round(float(x), 6) for x in model.transform([tokens])[0]]
    except Exception:
        return None


def fit_topics(sample: UnitSample, *, say, note, n_topics, topic_source, random_state, progress):
    """Fit (or load) the topic model on the paragraph sample: (model or None, source text)."""
    units = sample.units()
    model, source_text = None, ""
    started = time.perf_counter()
    if progress:
        say(f"topics: {topic_source} on {sample.seen:,} paragraphs"
            + (f" (sample of {len(units):,})" if sample.seen > len(units) else "") + " …")
    try:
        model, source_text = _fit_or_load_topics(units, n_units=sample.seen, topic_source=topic_source,
                                                 n_topics=n_topics, random_state=random_state)
    except Exception as error:
        source_text = f"none: no topic model could be fitted ({_describe(error)})"
        note(f"no topics: the topic model could not be fitted on {len(units):,} paragraphs ({_describe(error)}); "
             "the report goes on without topics")
    else:
        if progress:
            say(f"topics ready in {time.perf_counter() - started:.0f} s")
    return model, source_text


def assemble(rows, keywords, model, source_text, mixes, *, highlights, skips, notes, note) -> Analysis:
    """The Analysis from the corpus-level results: documents, topics and doc_topics tables,
    corpus keywords, and the notes about years kept as text and failed topic mixtures."""
    import pandas as pd

    topic_columns = ["topic", "label", "rank", "word", "weight"]
    if model is not None:
        labels = model.topic_labels()
        topic_rows = [
            {"topic": t, "label": labels[t], "rank": rank + 1, "word": word, "weight": round(float(weight), 6)}
            for t, words in enumerate(model.topics(top_n=15))
            for rank, (word, weight) in enumerate(words)
        ]
        n_k = len(labels)
        failed = sum(mix is None for mix in mixes)
        if failed:
            note(f"the topic mixture of {failed} document(s) could not be computed (left empty in doc_topics.csv)")
        doc_topics = pd.DataFrame([[float("nan")] * n_k if mix is None else mix for mix in mixes],
                                  columns=[f"topic_{t}" for t in range(n_k)])
    else:
        topic_rows = []
        doc_topics = pd.DataFrame(index=range(len(rows)))
    doc_topics.insert(0, "document", [r["document"] for r in rows])
    doc_topics.insert(1, "title", [r["title"] for r in rows])
    doc_topics.insert(2, "year", pd.Series([r["_year_cell"] for r in rows], dtype=object))

    textual = [r["year_text"] for r in rows if r["year_text"]]
    if textual:
        note(f"{len(textual)} document(s) have a year that is not a number (e.g. {textual[0]!r}): "
             "kept as text, left out of the trends over years")
    documents_table = pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS))
    documents_table["year"] = documents_table["year"].astype("Int64")
    return Analysis(
        documents=documents_table,
        units=None,
        highlights=pd.DataFrame(highlights, columns=["document", "label", "paragraph", "sentence", "text"]),
        keywords=keywords,
        corpus_keywords=_corpus_keywords(keywords, len(rows)),
        topics=pd.DataFrame(topic_rows, columns=topic_columns),
        doc_topics=doc_topics,
        topic_model=model,
        topic_source=source_text,
        skipped=skips,
        notes=notes,
    )


def _corpus_keywords(keywords, n_documents: int):
    """The corpus's keywords: each document's keyword scores summed and divided by the number of
    documents; ``documents`` says in how many documents the term is a keyword."""
    import pandas as pd

    columns = ["rank", "keyword", "score", "documents"]
    if keywords.empty:
        return pd.DataFrame(columns=columns)
    grouped = keywords.groupby("keyword")["score"].agg(["sum", "count"]).reset_index()
    grouped["score"] = (grouped["sum"] / max(1, n_documents)).round(6)
    grouped = grouped.sort_values(["score", "keyword"], ascending=[False, True]).head(CORPUS_KEYWORDS)
    grouped["rank"] = range(1, len(grouped) + 1)
    return grouped.rename(columns={"count": "documents"})[columns].reset_index(drop=True)
