"""TEMPORARY (issue 13, branch h/report): the 0.1.x pipeline, kept only so that ``textlab analyze``,
``tl.analyze`` and the CLI keep working on this branch while helper "units" moves ``analyze`` into
:mod:`textlab.analysis`. At the merge this module is deleted, with the re-export at the end of
:mod:`textlab.report` (and tests/test_legacy_pipeline.py).

It is the 0.1.x ``report.analyze`` unchanged, except that the report folder is written by
:func:`_write_rest` (documents.csv and the other tables, then :func:`textlab.report.write_report`
on the result converted by :func:`to_analysis` into the new :class:`textlab.analysis.Analysis`).
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
    char_counts: dict = field(default_factory=dict)  # label -> characters of its body sentences

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


def _char_counts(table) -> dict[str, int]:
    body = table[~table["is_heading"]]
    lengths = body["text"].str.len().groupby(body["label"]).sum()
    return {label: int(lengths.get(label, 0)) for label in LABELS}


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
            char_counts=_char_counts(sents),
        )
        return result, paras, sents, counts
    except Exception as error:  # one document never ends the run
        return Skip(_doc_path(part), "analyse", _describe(error), part.id)




# --------------------------------------------------------------------------- TEMPORARY adapter


def to_analysis(old: Analysis):
    """The 0.1.x result as the new :class:`textlab.analysis.Analysis` (plain tables)."""
    import pandas as pd

    from textlab import analysis as new
    from textlab.corpus import parse_year

    rows, highlights = [], []
    for d in old.documents:
        meta = d.meta
        raw = _meta_year(meta)
        year = parse_year(raw) if raw is not None else None
        row = {"document": d.id, "title": d.title, "path": str(meta.get("path") or meta.get("part_of") or ""),
               "year": year, "year_text": "" if raw is None or year is not None else str(raw),
               "region": str(meta.get("region") or meta.get("province") or meta.get("city") or ""),
               "source": str(meta.get("source") or meta.get("collection") or ""),
               "n_chars": len(d.text) if d.text else sum(d.char_counts.values()),
               "n_paragraphs": sum(d.paragraph_counts.values()), "n_sentences": sum(d.sentence_counts.values())}
        for label in LABELS:
            row[f"n_{label}"] = int(d.sentence_counts.get(label, 0))
        for label in LABELS:
            row[f"chars_{label}"] = int(d.char_counts.get(label, 0))
        row["keywords"] = "、".join(t for t, _ in d.keywords[:10])
        rows.append(row)
        for label, items in d.highlights.items():
            for text in items:
                highlights.append({"document": d.id, "label": label, "paragraph": -1, "sentence": -1, "text": text})
    documents = pd.DataFrame(rows, columns=list(new.DOCUMENT_COLUMNS)).astype({"year": "Int64"})
    keywords = old.keywords
    n = max(len(old.documents), 1)
    corpus = keywords.groupby("keyword").agg(score=("score", "sum"), documents=("document", "nunique")).reset_index()
    corpus["score"] = corpus["score"] / n
    corpus = corpus.sort_values(["score", "keyword"], ascending=[False, True]).head(100).reset_index(drop=True)
    corpus.insert(0, "rank", range(1, len(corpus) + 1))
    return new.Analysis(
        documents=documents, units=None,
        highlights=pd.DataFrame(highlights, columns=["document", "label", "paragraph", "sentence", "text"]),
        keywords=keywords, corpus_keywords=corpus[["rank", "keyword", "score", "documents"]],
        topics=old.topics, doc_topics=old.doc_topics, topic_model=old.topic_model, topic_source=old.topic_source,
        skipped=[new.Skip(s.path, s.stage, s.reason, s.document) for s in old.skipped], notes=old.notes, out=old.out)


def _write_rest(analysis: Analysis, folder: Path, note) -> None:
    """The tables but the streamed ones, then the page and figures of :mod:`textlab.report`."""
    from textlab.report import write_report

    view = to_analysis(analysis)
    for name, frame in (("documents.csv", view.documents), ("keywords.csv", analysis.keywords),
                        ("topics.csv", analysis.topics), ("doc_topics.csv", analysis.doc_topics),
                        ("skipped.csv", analysis.skipped_table)):
        _write_csv(frame, folder / name)
    write_report(view, folder)
