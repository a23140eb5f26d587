"""The main job: analyse a corpus end to end and write a self-contained report.

``analyze`` runs the flow (clean -> structure -> segment -> keywords -> topics -> classify) and
returns plain tables; given ``out`` it also writes the report folder. ``write_report`` writes
``report.html`` (figures embedded, opens offline), ``figures/*.png``, UTF-8-with-BOM CSV tables
that Excel opens correctly and ``skipped.csv`` (every file or document left out, with its reason).

What this module guarantees:

* one document never loses the run: each is analysed inside its own error boundary; one that
  fails or is empty after cleaning is listed (``Analysis.skipped``, ``skipped.csv``, the page);
  a figure that fails is noted; a topic fit that fails is said in the report and the run goes on;
* output is atomic: everything is written into a temporary folder beside ``out`` and moved into
  place only when complete, so ``out`` holds one whole run or is left as it was;
* memory is bounded: with ``out`` the documents are read one at a time, the paragraph and
  sentence tables are streamed to disk, a document longer than ``MAX_PART_CHARS`` is analysed
  in parts (ids ``<id>#p0001`` …, said in the report) and the topic model trains on a
  deterministic sample of at most ``MAX_TOPIC_UNITS`` paragraphs.

Example:
    >>> analysis = analyze("seeds/party_building", out="report/", progress=False)  # doctest: +SKIP
    >>> analysis = analyze(load_corpus("seeds/party_building"), progress=False)  # doctest: +SKIP
    >>> write_report(analysis, "report/")  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import math
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from textlab.corpus import parse_year
from textlab.labels import LABELS

MIN_UNITS_TO_FIT_TOPICS = 100
MIN_TOPIC_UNIT_CHARS = 15  # shorter body lines (greetings, stubs) do not train topics
CSV_ENCODING = "utf-8-sig"
MAX_TOPICS = 200  # largest K accepted for a topic model (-k)
MAX_TOP_K_KEYWORDS = 1000
MAX_PART_CHARS = 500_000  # a longer document is analysed in parts of at most this many characters
MAX_TOPIC_UNITS = 20_000  # the topic model trains on a deterministic sample of at most this many paragraphs
HIGHLIGHT_LIMIT = 200  # sentences per label and document kept for the page
KEYWORD_IDF_CORPUS_MIN_DOCS = 20  # fewer documents: keywords use the packaged report IDF
STREAMED_TABLES = ("paragraphs.csv", "sentences.csv")
TABLES = ("paragraphs.csv", "sentences.csv", "keywords.csv", "topics.csv", "doc_topics.csv", "skipped.csv")


class NoDocumentsError(ValueError):
    """Not one document could be analysed (every file was skipped or empty after cleaning)."""

    def __init__(self, message: str, skipped: list | None = None) -> None:
        super().__init__(message)
        self.skipped = list(skipped or [])


class Skip(NamedTuple):
    """A file or document left out of the analysis: where, at which stage, and why."""

    path: str
    stage: str  # "load" (could not be read), "clean" (empty after cleaning), "analyse" (failed)
    reason: str
    document: str = ""


@dataclass
class DocumentAnalysis:
    """What textlab found in one document (or one part of a very long document).

    ``paragraphs`` / ``sentences`` are None and ``text`` is "" when the tables were streamed to
    disk (``analyze(..., out=...)``); the label counts and the highlighted sentences are always kept.
    """

    id: str
    title: str
    meta: dict
    text: str
    outline: str
    paragraphs: Any  # pandas.DataFrame, one row per paragraph (None when streamed)
    sentences: Any  # pandas.DataFrame, one row per sentence (None when streamed)
    keywords: list[tuple[str, float]]
    paragraph_counts: dict = field(default_factory=dict)
    sentence_counts: dict = field(default_factory=dict)
    highlights: dict = field(default_factory=dict)  # label -> first HIGHLIGHT_LIMIT body sentences

    def label_counts(self, level: str = "paragraph") -> dict[str, int]:
        """Number of non-heading paragraphs (or sentences) per label."""
        stored = self.paragraph_counts if level == "paragraph" else self.sentence_counts
        if stored:
            return dict(stored)
        return _label_counts(self.paragraphs if level == "paragraph" else self.sentences)

    def sentences_with(self, label: str) -> list[str]:
        """The body sentences labelled ``label``, verbatim, in document order (the first
        ``HIGHLIGHT_LIMIT`` only when the tables were streamed to disk)."""
        if self.sentences is None:
            return list(self.highlights.get(label, []))
        return _sentences_with(self.sentences, label)


def _label_counts(table) -> dict[str, int]:
    counts = table.loc[~table["is_heading"], "label"].value_counts()
    return {label: int(counts.get(label, 0)) for label in LABELS}


def _sentences_with(table, label: str) -> list[str]:
    body = table[~table["is_heading"]]
    return body.loc[body["label"] == label, "text"].tolist()


@dataclass
class Analysis:
    """Everything ``analyze`` computed, as plain tables.

    ``topic_model`` is None when no topic model could be fitted or loaded (``notes`` says why).
    ``out`` is the report folder when ``analyze`` wrote one.
    """

    documents: list[DocumentAnalysis]
    skipped: list[Skip]
    topic_model: Any
    topic_source: str
    topics: Any  # DataFrame: topic, label, rank, word, weight
    doc_topics: Any  # DataFrame: document, title, year, topic_0..topic_k
    notes: list[str] = field(default_factory=list)
    out: Path | None = None

    def _tables(self, level: str):
        import pandas as pd

        frames = [getattr(d, level) for d in self.documents]
        if any(frame is None for frame in frames):
            where = f" in {self.out / (level + '.csv')}" if self.out else ""
            raise ValueError(f"the {level} table was streamed to disk{where}; read it from there "
                             "(or call analyze without out= to keep the tables in memory)")
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    @property
    def paragraphs(self):
        return self._tables("paragraphs")

    @property
    def sentences(self):
        return self._tables("sentences")

    @property
    def keywords(self):
        import pandas as pd

        rows = [
            {"document": d.id, "rank": rank + 1, "keyword": term, "score": round(score, 6)}
            for d in self.documents
            for rank, (term, score) in enumerate(d.keywords)
        ]
        return pd.DataFrame(rows, columns=["document", "rank", "keyword", "score"])

    @property
    def skipped_table(self):
        """The skipped files and documents: path, document, stage, reason."""
        import pandas as pd

        return pd.DataFrame([s._asdict() for s in self.skipped], columns=["path", "document", "stage", "reason"])

    def label_table(self, level: str = "paragraph"):
        """Paragraph (or sentence) label counts per document (rows) and label (columns)."""
        import pandas as pd

        return pd.DataFrame(
            [d.label_counts(level) for d in self.documents],
            index=[d.title or d.id for d in self.documents],
            columns=list(LABELS),
        )


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


class _Staging:
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


class _TableWriter:
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


def _write_csv(frame, path: Path) -> Path:
    with open(path, "w", encoding=CSV_ENCODING, errors="replace", newline="") as handle:
        frame.to_csv(handle, index=False)
    return path


# ----------------------------------------------------------------------------------- analysis


def default_n_topics(n_units: int) -> int:
    """A sensible number of topics for ``n_units`` paragraphs: grows with the square root, 3..30.

    >>> default_n_topics(120), default_n_topics(5_000), default_n_topics(500_000)
    (5, 30, 30)
    """
    return int(min(30, max(3, round(math.sqrt(n_units / 5)))))


def paragraph_units(documents: Iterable, *, min_chars: int = MIN_TOPIC_UNIT_CHARS) -> list[dict]:
    """Cleaned body paragraphs of every document, as dicts (document, paragraph, text).

    Headings and very short lines are left out: they are labels, not content.
    """
    from textlab.cleaning import clean
    from textlab.outline import structure

    units = []
    for doc in documents:
        doc_structure = structure(clean(doc.text))
        for para in doc_structure.paragraphs:
            if not para.is_heading and len(para.text) >= min_chars:
                units.append({"document": doc.id, "paragraph": para.index, "text": para.text})
    return units


_PART_BREAKS = "。！？；!?;"


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
    """``[doc]`` when it is short; else its parts as Documents ``<id>#p0001`` … with ``part``
    and ``part_of`` in their meta (a very long text is analysed part by part).
    ``max_chars`` defaults to ``MAX_PART_CHARS``."""
    from textlab.corpus import Document

    max_chars = max_chars or MAX_PART_CHARS
    if len(doc.text) <= max_chars:
        return [doc]
    bounds = part_bounds(doc.text, max_chars)
    return [
        Document(f"{doc.id}#p{i:04d}", doc.text[start:end], {**doc.meta, "part": i, "n_parts": len(bounds), "part_of": doc.id})
        for i, (start, end) in enumerate(bounds, 1)
    ]


def _document_title(doc, doc_structure) -> str:
    title = doc.meta.get("source_title") or doc_structure.title or doc.meta.get("title") or doc.meta.get("part_of") or doc.id
    title = str(title)
    if doc.meta.get("part"):
        title += f" (part {doc.meta['part']}/{doc.meta.get('n_parts', '?')})"
    return title


def _analyse_document(doc, clf) -> tuple[str, Any, Any, Any]:
    from textlab.classify import document_units
    from textlab.cleaning import clean
    from textlab.outline import structure

    text = clean(doc.text)
    doc_structure = structure(text)
    units = document_units(text, structure_=doc_structure)
    if units.empty:  # a document that cleaning emptied: the classifier's empty tables
        paragraphs = clf.classify_document(text, level="paragraph")
        sentences = clf.classify_document(text, level="sentence")
    else:
        proba = clf.predict_proba(units)  # one pass of the model gives both tables
        paragraphs = clf.classify_units(units, level="paragraph", proba=proba)
        sentences = clf.classify_units(units, level="sentence", proba=proba)
    for table in (paragraphs, sentences):
        table.insert(0, "document", doc.id)
    return text, doc_structure, paragraphs, sentences


def _describe(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if len(text) > 300:
        text = text[:299] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _doc_path(doc) -> str:
    path = doc.meta.get("path") or doc.meta.get("part_of") or doc.id
    row = doc.meta.get("row")
    return f"{path} (row {row})" if row not in (None, "") else str(path)


class _KeywordCounts:
    """Term counts per document, kept (not the texts) so keywords need one pass only."""

    def __init__(self) -> None:
        from textlab.features import TextlabTokenizer

        self._tokenize = TextlabTokenizer(min_len=2)
        self.counts: list[Counter] = []

    def count(self, text: str) -> Counter:
        return Counter(self._tokenize(text))

    def top(self, top_k: int) -> list[list[tuple[str, float]]]:
        """TF-IDF keywords as :func:`textlab.features.keywords` gives them: sublinear TF, L2 norm,
        the packaged report IDF below ``KEYWORD_IDF_CORPUS_MIN_DOCS`` documents, else smoothed
        corpus IDF."""
        from textlab.features import _report_idf, _top, load_report_idf

        n = len(self.counts)
        if n < KEYWORD_IDF_CORPUS_MIN_DOCS:
            n_docs, df = load_report_idf()
            idf = lambda term: _report_idf(term, n_docs, df)  # noqa: E731
        else:
            df_counts: Counter = Counter()
            for counts in self.counts:
                df_counts.update(counts.keys())
            idf = lambda term: math.log((1 + n) / (1 + df_counts[term])) + 1.0  # noqa: E731
        result = []
        for counts in self.counts:
            row = {t: (1.0 + math.log(c)) * idf(t) for t, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
            result.append(_top({t: v / norm for t, v in row.items()}, top_k))
        return result


class _UnitSample:
    """A deterministic sample of at most ``limit`` paragraphs: those with the smallest hash of
    (seed, document, paragraph), returned in reading order. Below the limit: every paragraph."""

    def __init__(self, limit: int, seed: int) -> None:
        self.limit, self.seed, self.seen = limit, seed, 0
        self._heap: list = []

    def add(self, document: str, paragraph: int, text: str) -> None:
        digest = hashlib.blake2b(f"{self.seed}\x1f{document}\x1f{paragraph}".encode("utf-8", "surrogatepass"), digest_size=8)
        item = (-int.from_bytes(digest.digest(), "big"), self.seen, {"document": document, "paragraph": paragraph, "text": text})
        self.seen += 1
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, item)
        elif item[0] > self._heap[0][0]:
            heapq.heapreplace(self._heap, item)

    def units(self) -> list[dict]:
        return [unit for _, _, unit in sorted(self._heap, key=lambda item: item[1])]


class _TextStore:
    """Cleaned texts for the topic mixtures: kept on the documents, or spilled to a folder."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        if folder is not None:
            folder.mkdir()

    def put(self, index: int, text: str) -> str:
        if self.folder is None:
            return text
        (self.folder / f"{index:07d}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        return ""

    def get(self, index: int, doc: DocumentAnalysis) -> str:
        if self.folder is None:
            return doc.text
        return (self.folder / f"{index:07d}.txt").read_text(encoding="utf-8", errors="surrogatepass")

    def close(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


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
    model = TopicModel(n_topics=k, random_state=random_state).fit([u["text"] for u in units])
    sampled = f" (a deterministic sample of {n_units:,})" if n_units > len(units) else ""
    return model, f"fitted on {len(units):,} paragraphs{sampled} of these documents (K={k}, random_state={random_state})"


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
) -> Analysis:
    """Run the whole flow on a file, a folder or a loaded corpus; return its tables.

    With ``out`` the report folder is written too (atomically: ``out`` gets one whole run or is
    left untouched), the documents are read one at a time and the paragraph and sentence tables
    are streamed to disk instead of kept (``Analysis.paragraphs`` then points to the CSV).

    ``topic_source``: "fit" fits a topic model on the corpus paragraphs, "shipped" applies the
    model trained on the report corpus, "auto" fits when there are at least 100 paragraphs.
    ``n_topics``: 2..``MAX_TOPICS`` (default: chosen from the number of paragraphs).
    A document that fails or is empty after cleaning goes to ``Analysis.skipped``; when no
    document is left, :class:`NoDocumentsError` (a ValueError) is raised and nothing is written.
    Bad options raise ValueError before any work starts; a missing path FileNotFoundError.
    """
    check_options(n_topics=n_topics, topic_source=topic_source, random_state=random_state, top_k_keywords=top_k_keywords)
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
    if from_path:
        exclude = [out_path] if out_path is not None and _inside(out_path, source) else []
        if exclude:
            note(f"the output folder {out_path} is inside the input: it is not read as documents")
        documents: Iterable = iter_documents(source, warn=False, skipped=loader_skipped, exclude=exclude)
    else:
        documents = source
        loader_skipped = list(getattr(source, "skipped", []))
    staging = _Staging(out_path) if out_path is not None else None
    try:
        analysis = _run(
            documents, loader_skipped, staging, say=say, note=note, notes=notes, n_topics=n_topics, topic_source=topic_source,
            random_state=random_state, top_k_keywords=top_k_keywords, classifier=classifier, progress=progress,
        )
        if staging is not None:
            _write_rest(analysis, staging.path, note)
            analysis.out = staging.commit()
    except BaseException:
        if staging is not None:
            staging.discard()
        raise
    return analysis


def _run(documents, loader_skipped, staging, *, say, note, notes, n_topics, topic_source, random_state, top_k_keywords,
         classifier, progress) -> Analysis:
    import pandas as pd

    from textlab.classify import load_classifier

    clf = classifier or load_classifier()
    streamed = staging is not None
    writers = {name: _TableWriter(staging.path / name) for name in STREAMED_TABLES} if streamed else {}
    store = _TextStore(staging.path / ".work" if streamed else None)
    keyword_counts = _KeywordCounts()
    sample = _UnitSample(MAX_TOPIC_UNITS, random_state)
    results: list[DocumentAnalysis] = []
    skipped: list[Skip] = []

    bar = None
    if progress:  # tqdm.auto only when asked: in Jupyter without ipywidgets it warns on import
        from tqdm.auto import tqdm

        total = len(documents) if hasattr(documents, "__len__") else None
        bar = tqdm(total=total, desc="clean, outline, classify", unit="doc", file=sys.stderr,
                   bar_format="{desc}: {n:.1f} doc [{elapsed}]" if total is None
                   else "{desc}: {percentage:3.0f}%|{bar}| {n:.1f}/{total} doc [{elapsed}<{remaining}]")
    for doc in documents:
        try:
            parts = split_document(doc)
        except Exception as error:  # one document never ends the run
            skipped.append(Skip(_doc_path(doc), "analyse", _describe(error), getattr(doc, "id", "")))
            if bar is not None:
                bar.update(1)
            continue
        if len(parts) > 1:
            note(f"{doc.id} has {len(doc.text):,} characters: analysed in {len(parts)} parts of at most "
                 f"{max(len(p.text) for p in parts):,} characters (ids {doc.id}#p0001 …, column 'document' of the tables)")
        del doc
        for part in parts:
            outcome = _analyse_one(part, clf, keyword_counts, streamed)
            if bar is not None:  # a document in parts moves the bar part by part
                bar.update(1 / len(parts))
            if isinstance(outcome, Skip):
                skipped.append(outcome)
                continue
            result, paras, sents, counts = outcome
            result.text = store.put(len(results), result.text)
            keyword_counts.counts.append(counts)
            for row in paras.itertuples(index=False):
                if not row.is_heading and len(row.text) >= MIN_TOPIC_UNIT_CHARS:
                    sample.add(result.id, int(row.paragraph), row.text)
            if streamed:
                writers["paragraphs.csv"].write(paras)
                writers["sentences.csv"].write(sents)
            results.append(result)
        parts = None
    if bar is not None:
        bar.close()
    for writer in writers.values():
        writer.close()

    skips = [Skip(str(p), "load", str(r)) for p, r in loader_skipped] + skipped
    if not results:
        store.close()
        detail = "; ".join(f"{s.path}: {s.reason}" for s in skips[:5])
        raise NoDocumentsError("no document could be analysed" + (f" ({detail})" if detail else ""), skips)

    for result, kws in zip(results, keyword_counts.top(top_k_keywords)):
        result.keywords = kws
    keyword_counts.counts.clear()

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
    del units

    topic_columns = ["topic", "label", "rank", "word", "weight"]
    if model is not None:
        labels = model.topic_labels()
        topic_rows = [
            {"topic": t, "label": labels[t], "rank": rank + 1, "word": word, "weight": round(float(weight), 6)}
            for t, words in enumerate(model.topics(top_n=15))
            for rank, (word, weight) in enumerate(words)
        ]
        n_k = len(labels)
        mixes = []
        indices = range(len(results))
        if progress and len(results) > 1:
            from tqdm.auto import tqdm

            indices = tqdm(indices, desc="topic mixtures", unit="doc", file=sys.stderr)
        failed = 0
        for i in indices:
            try:
                mixes.append([round(float(x), 6) for x in model.transform([store.get(i, results[i])])[0]])
            except Exception:
                failed += 1
                mixes.append([float("nan")] * n_k)
        if failed:
            note(f"the topic mixture of {failed} document(s) could not be computed (left empty in doc_topics.csv)")
        doc_topics = pd.DataFrame(mixes, columns=[f"topic_{t}" for t in range(n_k)])
    else:
        topic_rows = []
        doc_topics = pd.DataFrame(index=range(len(results)))
    store.close()
    years = [_meta_year(r.meta) for r in results]
    doc_topics.insert(0, "document", [r.id for r in results])
    doc_topics.insert(1, "title", [r.title for r in results])
    doc_topics.insert(2, "year", pd.Series([_year_cell(y) for y in years], dtype=object))
    textual = [y for y in years if y is not None and parse_year(y) is None]
    if textual:
        note(f"{len(textual)} document(s) have a year that is not a number (e.g. {str(textual[0])!r}): "
             "kept as text, left out of the trends over years")

    return Analysis(
        documents=results,
        skipped=skips,
        topic_model=model,
        topic_source=source_text,
        topics=pd.DataFrame(topic_rows, columns=topic_columns),
        doc_topics=doc_topics,
        notes=notes,
    )


def _analyse_one(part, clf, keyword_counts: _KeywordCounts, streamed: bool):
    """One document inside its error boundary: (result, paragraphs, sentences, term counts) or a Skip."""
    try:
        text, st, paras, sents = _analyse_document(part, clf)
        if paras.empty:
            return Skip(_doc_path(part), "clean", "empty after cleaning (nothing left but web page furniture, "
                        "boilerplate or blank lines)", part.id)
        counts = keyword_counts.count(text)
        result = DocumentAnalysis(
            id=part.id,
            title=_document_title(part, st),
            meta=dict(part.meta),
            text=text,
            outline=st.outline(),
            paragraphs=None if streamed else paras,
            sentences=None if streamed else sents,
            keywords=[],
            paragraph_counts=_label_counts(paras),
            sentence_counts=_label_counts(sents),
            highlights={lab: _sentences_with(sents, lab)[:HIGHLIGHT_LIMIT] for lab in LABELS if lab != "other"},
        )
        return result, paras, sents, counts
    except Exception as error:  # one document never ends the run
        return Skip(_doc_path(part), "analyse", _describe(error), part.id)


# --------------------------------------------------------------------------------------- writing


def write_tables(analysis: Analysis, out_dir: str | Path) -> dict[str, Path]:
    """Write paragraphs.csv, sentences.csv, keywords.csv, topics.csv, doc_topics.csv and
    skipped.csv (UTF-8 with BOM) into ``out_dir`` directly (``write_report`` is the atomic way)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for level in ("paragraphs", "sentences"):
        name = f"{level}.csv"
        if any(getattr(d, level) is None for d in analysis.documents):
            if analysis.out is None or not (analysis.out / name).exists():
                raise ValueError(f"the {level} table of this analysis was streamed to disk and is gone")
            if (analysis.out / name).resolve() != (out / name).resolve():
                shutil.copyfile(analysis.out / name, out / name)
            written[name] = out / name
        else:
            written[name] = _write_csv(getattr(analysis, level), out / name)
    for name, frame in (("keywords.csv", analysis.keywords), ("topics.csv", analysis.topics),
                        ("doc_topics.csv", analysis.doc_topics), ("skipped.csv", analysis.skipped_table)):
        written[name] = _write_csv(frame, out / name)
    return written


def _figure_builders(analysis: Analysis) -> Iterator[tuple[str, Any]]:
    """(file name, function drawing the figure), one figure at a time."""
    from textlab import viz

    yield "label_distribution.png", lambda: viz.plot_label_distribution(
        analysis.label_table(), title="各文档段落功能分布 Paragraph functions per document")
    model = analysis.topic_model
    if model is not None:
        yield "topics_top_words.png", lambda: viz.plot_top_words(
            model.topics(top_n=10), labels=model.topic_labels(), title="主题高频词 Top words per topic")
        yield "doc_topic_heatmap.png", lambda: viz.plot_heatmap(
            analysis.doc_topics.filter(like="topic_").to_numpy(),
            row_labels=[_short(t, 18) for t in analysis.doc_topics["title"]],
            col_labels=[f"T{t} {_short(label, 8)}" for t, label in enumerate(model.topic_labels())],
            title="文档-主题分布 Document-topic mixture",
            annotate=len(analysis.documents) <= 12,
        )
    for i, doc in enumerate(analysis.documents):
        if doc.keywords:
            yield f"keywords_{i:03d}.png", (lambda doc=doc: viz.plot_keywords(
                doc.keywords, title=f"关键词 · {_short(doc.title, 24)}"))
    trend = year_trends(analysis)
    if trend is not None:
        yield "topics_by_year.png", lambda: viz.plot_prevalence(trend, title="主题随年份变化 Topic prevalence by year")


def make_figures(analysis: Analysis) -> dict[str, Any]:
    """The report's figures as {file name: matplotlib Figure}; a figure that fails to draw is
    left out and noted in ``analysis.notes``."""
    figures = {}
    for name, build in _figure_builders(analysis):
        try:
            figures[name] = build()
        except Exception as error:
            analysis.notes.append(f"figure {name} not drawn: {_describe(error)}")
    return figures


def year_trends(analysis: Analysis):
    """Mean topic share per year, or None when fewer than two distinct numeric years are present
    (years that are not numbers, such as "2020年", are left out) or there are no topics."""
    if analysis.topic_model is None or "year" not in analysis.doc_topics:
        return None
    columns = [c for c in analysis.doc_topics.columns if c.startswith("topic_")]
    frame = analysis.doc_topics[columns].assign(_year=analysis.doc_topics["year"].map(parse_year))
    frame = frame.dropna(subset=["_year"])
    if frame["_year"].nunique() < 2:
        return None
    labels = analysis.topic_model.topic_labels()
    table = frame.groupby("_year")[columns].mean()
    table.columns = [f"T{t} {labels[t]}" for t in range(table.shape[1])]
    table.index = table.index.astype(int)
    table.index.name = "year"
    return table


def _short(text: str, n: int) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def _esc(value: Any) -> str:
    return html.escape(str(value))


_CSS = """
body{font-family:"Textlab Sans CJK SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right}img{max-width:100%;border:1px solid #eee}
.achievement{color:#1b7837}.problem{color:#b2182b}.measure{color:#2166ac}.other{color:#777}
details{margin:.5em 0}summary{cursor:pointer;font-weight:600}.meta{color:#666;font-size:.9em}
ol li,ul li{margin:.2em 0}.kw{display:inline-block;background:#eef3fb;border-radius:3px;padding:0 .4em;margin:.1em}
"""

def _img(figures_b64: dict[str, str], name: str, alt: str) -> str:
    if name not in figures_b64:
        return ""
    return f'<p><img alt="{_esc(alt)}" src="data:image/png;base64,{figures_b64[name]}"></p>'


def _list(items: list[str], css: str, total: int | None = None) -> str:
    if not items:
        return "<p class='meta'>（无 none）</p>"
    total = len(items) if total is None else total
    lis = "".join(f"<li class='{css}'>{_esc(t)}</li>" for t in items[:HIGHLIGHT_LIMIT])
    shown = min(len(items), HIGHLIGHT_LIMIT)
    more = f"<p class='meta'>… and {total - shown} more in sentences.csv</p>" if total > shown else ""
    return f"<ol>{lis}</ol>{more}"


def render_html(analysis: Analysis, figures_b64: dict[str, str]) -> str:
    """The report page as one HTML string with every figure inline (no network needed)."""
    from textlab import __version__
    from textlab.fonts import font_face_css
    from textlab.viz import LABEL_NAMES

    counts = analysis.label_table()
    sentence_counts = analysis.label_table("sentence")
    n_skipped = len(analysis.skipped)
    parts = [
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>",
        "<title>textlab report</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        "<h1>textlab 分析报告 · Analysis report</h1>",
        f"<p class='meta'>{len(analysis.documents)} documents analysed"
        + (f" · {n_skipped} skipped (see below and skipped.csv)" if n_skipped else "")
        + f" · textlab {__version__} · topics: {_esc(analysis.topic_source)}</p>",
    ]
    if analysis.skipped:
        parts.append("<h2>未分析的文件 Skipped files</h2><p class='meta'>Files and documents left out of this report, "
                     "with the reason (also in skipped.csv).</p>"
                     "<table><tr><th>file</th><th>document</th><th>stage</th><th>reason</th></tr>")
        parts += [f"<tr><td>{_esc(s.path)}</td><td>{_esc(s.document)}</td><td>{_esc(s.stage)}</td><td>{_esc(s.reason)}</td></tr>"
                  for s in analysis.skipped]
        parts.append("</table>")
    if analysis.notes:
        parts.append("<h2>说明 Notes</h2><ul>")
        parts += [f"<li>{_esc(n)}</li>" for n in analysis.notes]
        parts.append("</ul>")

    parts.append("<h2>段落功能 Paragraph functions</h2>"
                 "<p class='meta'>Body paragraphs / sentences per label (headings left out).</p>"
                 "<table><tr><th>document</th>")
    parts += [f"<th class='{lab}'>{LABEL_NAMES[lab]} {lab}</th>" for lab in LABELS]
    parts.append("</tr>")
    for (title, row), (_, srow) in zip(counts.iterrows(), sentence_counts.iterrows()):
        parts.append(f"<tr><td>{_esc(title)}</td>"
                     + "".join(f"<td class='n'>{int(row[lab])} / {int(srow[lab])}</td>" for lab in LABELS) + "</tr>")
    parts.append("</table>")
    parts.append(_img(figures_b64, "label_distribution.png", "label distribution"))

    parts.append("<h2>文档 Documents</h2>")
    for i, doc in enumerate(analysis.documents):
        by_label = {lab: doc.sentences_with(lab) for lab in ("problem", "measure", "achievement")}
        totals = doc.label_counts("sentence")
        c = doc.label_counts()
        meta = "".join(f" · {k}: {v}" for k, v in doc.meta.items()
                       if k in ("year", "year_text", "region", "congress", "collection") and v not in (None, ""))
        parts.append(f"<h3>{_esc(doc.title)}</h3><p class='meta'>{_esc(doc.id)}{_esc(meta)} · paragraphs: "
                     f"{c['achievement']} achievement · {c['problem']} problem · {c['measure']} measure · {c['other']} other</p>")
        parts.append("<p>" + "".join(f"<span class='kw'>{_esc(t)}</span>" for t, _ in doc.keywords[:15]) + "</p>")
        parts.append(f"<details open><summary class='problem'>问题 Problems admitted: sentences ({totals['problem']})</summary>{_list(by_label['problem'], 'problem', totals['problem'])}</details>")
        parts.append(f"<details><summary class='measure'>措施 Measures set out: sentences ({totals['measure']})</summary>{_list(by_label['measure'], 'measure', totals['measure'])}</details>")
        parts.append(f"<details><summary class='achievement'>成绩 Achievements reported: sentences ({totals['achievement']})</summary>{_list(by_label['achievement'], 'achievement', totals['achievement'])}</details>")
        parts.append(f"<details><summary>提纲 Outline</summary><pre>{_esc(doc.outline)}</pre></details>")
        parts.append(_img(figures_b64, f"keywords_{i:03d}.png", f"keywords of {doc.title}"))

    parts.append("<h2>主题 Topics</h2>")
    if analysis.topic_model is None:
        parts.append(f"<p>No topics in this report: {_esc(analysis.topic_source.removeprefix('none: '))}. "
                     "The rest of the analysis is complete.</p>")
    else:
        parts.append(f"<p class='meta'>Topic model: {_esc(analysis.topic_source)}.</p><table><tr><th>topic</th><th>label</th><th>top words</th></tr>")
        for t, group in analysis.topics.groupby("topic", sort=True):
            words = " ".join(group.sort_values("rank")["word"].head(10))
            parts.append(f"<tr><td class='n'>{t}</td><td>{_esc(group['label'].iloc[0])}</td><td>{_esc(words)}</td></tr>")
        parts.append("</table>")
        parts.append(_img(figures_b64, "topics_top_words.png", "top words per topic"))
        parts.append(_img(figures_b64, "doc_topic_heatmap.png", "document-topic heatmap"))
    if "topics_by_year.png" in figures_b64:
        parts.append("<h2>年份趋势 Trends over years</h2>")
        parts.append(_img(figures_b64, "topics_by_year.png", "topic prevalence by year"))
    parts.append("<h2>Tables</h2><p>paragraphs.csv, sentences.csv, keywords.csv, topics.csv, doc_topics.csv, skipped.csv "
                 "(UTF-8 with BOM) and figures/ sit beside this page.</p></body></html>")
    page = "\n".join(p for p in parts if p)
    return page.replace("<style>", "<style>" + font_face_css(page), 1)  # the page's glyphs, embedded


def _write_rest(analysis: Analysis, folder: Path, note) -> None:
    """Everything but the streamed tables: the other CSVs, the figures and report.html."""
    import matplotlib.pyplot as plt

    from textlab import viz

    for name, frame in (("keywords.csv", analysis.keywords), ("topics.csv", analysis.topics),
                        ("doc_topics.csv", analysis.doc_topics), ("skipped.csv", analysis.skipped_table)):
        _write_csv(frame, folder / name)
    (folder / "figures").mkdir(exist_ok=True)
    figures_b64 = {}
    for name, build in _figure_builders(analysis):
        fig = None
        try:
            fig = build()
            png = viz.figure_to_png_bytes(fig)
            (folder / "figures" / name).write_bytes(png)
            figures_b64[name] = base64.b64encode(png).decode("ascii")
        except Exception as error:  # a figure never ends the run
            note(f"figure {name} not drawn: {_describe(error)}")
        finally:
            if fig is not None:
                plt.close(fig)
    (folder / "report.html").write_text(render_html(analysis, figures_b64), encoding="utf-8", errors="replace")


def write_report(analysis: Analysis, out_dir: str | Path) -> Path:
    """Write report.html, figures/*.png and the CSV tables to ``out_dir``; returns the folder.

    Atomic: written into a temporary folder beside ``out_dir``, then moved into place.
    """
    out = check_out_dir(out_dir)
    staging = _Staging(out)
    try:
        for level in ("paragraphs", "sentences"):
            if all(getattr(d, level) is not None for d in analysis.documents):
                _write_csv(analysis._tables(level), staging.path / f"{level}.csv")
            elif analysis.out is not None and (analysis.out / f"{level}.csv").exists():
                shutil.copyfile(analysis.out / f"{level}.csv", staging.path / f"{level}.csv")
            else:
                raise ValueError(f"the {level} table of this analysis was streamed to disk and is gone")
        _write_rest(analysis, staging.path, analysis.notes.append)
        return staging.commit()
    except BaseException:
        staging.discard()
        raise
