"""The Dask engine of the main job: ``analyze(path, out=..., engine="dask")`` on Dask workers.

This module owns running :func:`textlab.analysis.analyze` on a Dask cluster (dask + distributed);
it has no analysis of its own: every per-document step is :func:`textlab.analysis.analyse_parts`
(load, clean, outline, segment, classify) and every corpus-level step is the reduction the local
engine runs (:func:`textlab.features.keyword_scores`, :func:`textlab.analysis.fit_topics`,
:func:`textlab.analysis.assemble`), so the tables do not depend on the engine.

How a run goes:

1. the client lists the files as the local loader walks them (sorted; provenance indexes, ids) and
   cuts the list into partitions of ``FILES_PER_PARTITION`` files: a fixed partitioning that
   depends on the file list only, not on the number of workers;
2. one task per partition reads its files, analyses each document and writes its labelled units
   to ``units/part-NNNNN.parquet`` (:mod:`textlab.parquet`) and its paragraph and sentence rows to
   CSV pieces; it sends back a small summary: documents-table rows, document frequencies of terms,
   the keys (document, paragraph) of its topic-sample candidates, skipped files and notes;
3. the client reduces the summaries in partition order (sums of document frequencies, the
   deterministic paragraph sample of at most ``MAX_TOPIC_UNITS``), reads the sampled paragraphs'
   tokens back from the Parquet parts and fits the topic model exactly as the local engine does
   (same paragraphs, same order, same random_state: the same topics on any number of workers);
4. one task per partition re-reads its Parquet part and computes each document's keywords (with
   the corpus's document frequencies) and topic mixture; the client writes the tables and the
   report from these results and concatenates the CSV pieces.

Faults: a task whose worker dies is run again on another worker (distributed's allowed failures,
3 by default), a task that raises is retried ``TASK_RETRIES`` times; parts are written under a
temporary name and renamed, so a retried task never leaves half a file. Everything goes into the
run's staging folder, which replaces ``out`` only when the run is complete (as in the local engine):
no part of an earlier run survives into a new one.

Memory: a worker holds one partition (``FILES_PER_PARTITION`` documents) at a time; the client
holds the documents-table rows, the keyword lists, the corpus's document frequencies and the
topic sample (at most ``MAX_TOPIC_UNITS`` paragraphs, as the local engine).

With a remote scheduler, ``out`` must be on a file system that the workers and the client share.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

FILES_PER_PARTITION = 16  # files per task: fixed, so the partitioning never depends on the cluster
TASK_RETRIES = 3
PIECES_FOLDER = ".pieces"  # CSV pieces of paragraphs.csv / sentences.csv, removed when they are joined
INSTALL_HINT = "pip install 'textlab[dask]'"


def require() -> None:
    """ImportError naming the extra to install when dask, distributed or pyarrow is missing."""
    missing = []
    for name in ("dask", "distributed", "pyarrow"):
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise ImportError(f"engine='dask' needs {', '.join(missing)}, which is not installed: {INSTALL_HINT}")


class FileEntry(NamedTuple):
    """A file of the corpus as the client listed it: its place in the walk, path, id and metadata."""

    position: int
    path: str
    file_id: str
    meta: dict


@dataclass
class PartitionSummary:
    """What a partition task sends back (small: no text, no tokens)."""

    index: int
    rows: list  # documents-table rows, in order
    frequencies: Counter  # term -> documents of this partition that contain it
    n_documents: int
    candidates: list  # (document, paragraph) of its topic-sample candidates, in reading order
    n_topic_units: int  # paragraphs that could enter the topic sample
    load_skips: list  # ((position, 1, k), path, reason): files or rows the loader skipped
    skipped: list  # Skip of documents that failed or were empty after cleaning
    notes: list
    units_file: str | None  # the Parquet part (None when no document of the partition was analysed)
    schema: Any = None
    pieces: dict = field(default_factory=dict)  # table name -> CSV piece path


# ------------------------------------------------------------------------------- on the workers


def parse_partition(index: int, items: list, folder: str, classifier, segmenter, *, seed: int, sample_limit: int,
                    known_ids: frozenset = frozenset()) -> PartitionSummary:
    """Load, analyse and write one partition (a task). ``items``: FileEntry or Document.
    ``known_ids``: document ids an earlier partition already had (their rows are skipped as the
    local loader skips a duplicate id)."""
    from textlab import corpus
    from textlab.analysis import Collector, TableWriter
    from textlab.parquet import UNITS_FOLDER, UnitWriter, part_name

    root = Path(folder)
    pieces = root / PIECES_FOLDER
    pieces.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex
    piece_paths = {name: pieces / f"{Path(name).stem}-{index:05d}.csv" for name in ("paragraphs.csv", "sentences.csv")}
    writers = {name: TableWriter(path.with_name(f".{path.name}.{tag}.tmp")) for name, path in piece_paths.items()}
    units = UnitWriter(root / UNITS_FOLDER / part_name(index))
    collected = Collector(writers=writers, keep_terms=False, keep_highlights=False, on_labelled=units.write,
                          sample_limit=sample_limit, seed=seed)
    load_skips: list = []
    seen_ids = set(known_ids)
    try:
        for item in items:
            if isinstance(item, FileEntry):
                log = corpus._LoadLog(item.path, [], [])
                docs = corpus._file_documents(Path(item.path), item.file_id, item.meta, "text", log)
                docs = [doc for doc in docs if corpus._first_time(doc, seen_ids, item.path, log)]
                load_skips += [((item.position, 1, k), path, reason) for k, (path, reason) in enumerate(log.skipped)]
            else:
                docs = [item]
            for doc in docs:
                collected.add(doc, classifier, segmenter)
            del docs
        for writer in writers.values():
            writer.close()
        schema = units.close()
    except BaseException:
        units.discard()
        for writer in writers.values():
            writer._handle.close()
            writer.path.unlink(missing_ok=True)
        raise
    written = {}
    for name, path in piece_paths.items():
        if writers[name]._columns is not None:
            os.replace(writers[name].path, path)
            written[name] = str(path)
        else:
            writers[name].path.unlink(missing_ok=True)
    return PartitionSummary(
        index=index, rows=collected.rows, frequencies=collected.frequencies, n_documents=collected.n_documents,
        candidates=[(u["document"], u["paragraph"]) for u in collected.sample.units()],
        n_topic_units=collected.sample.seen, load_skips=load_skips, skipped=collected.skipped, notes=collected.notes,
        units_file=str(units.path) if schema is not None else None, schema=schema, pieces=written,
    )


_TERM_COLUMNS = ["document", "paragraph", "is_heading", "text", "tokens"]


def _documents_of(path: str, columns: list[str]):
    """(document id, its rows) of a Parquet part, in order."""
    from textlab.parquet import read_units

    table = read_units(path, columns=columns)
    return [(str(doc), rows.reset_index(drop=True)) for doc, rows in table.groupby("document", sort=False)]


def sample_tokens(path: str, keys: list) -> list[dict]:
    """The sampled paragraphs of one part (``keys``: (document, paragraph)): document, paragraph,
    text and tokens as :func:`textlab.analysis.document_terms` makes them, in reading order."""
    from textlab.analysis import document_terms

    wanted = set(map(tuple, keys))
    found = []
    for document, rows in _documents_of(path, _TERM_COLUMNS):
        for paragraph, text, tokens in document_terms(rows)[1]:
            if (document, paragraph) in wanted:
                found.append({"document": document, "paragraph": paragraph, "text": text, "tokens": tokens})
    return found


def partition_frequencies(path: str) -> tuple[int, Counter]:
    """Documents and document frequencies of one part (used when a partition is run again)."""
    from textlab.analysis import document_terms
    from textlab.features import document_frequencies

    return document_frequencies(document_terms(rows)[0] for _, rows in _documents_of(path, _TERM_COLUMNS))


def finish_partition(path: str, *, top_k: int, idf: str, frequencies, model) -> tuple[list, list | None]:
    """Each document's keywords (with the corpus's document frequencies) and topic mixture,
    recounted from the Parquet part exactly as the local engine counts them."""
    from textlab.analysis import _model_min_len, document_mixture, document_terms
    from textlab.features import keyword_scores

    counts = [document_terms(rows)[0] for _, rows in _documents_of(path, _TERM_COLUMNS)]
    keyword_lists = keyword_scores(counts, top_k=top_k, idf=idf, frequencies=frequencies)
    mixes = None
    if model is not None:
        min_len = _model_min_len(model)
        mixes = [document_mixture(model, terms, min_len) for terms in counts]
    return keyword_lists, mixes


def partition_highlights(path: str) -> list:
    """The highlights of every document of one part, from its labelled rows."""
    from textlab.analysis import document_highlights

    columns = ["document", "paragraph", "sentence", "is_heading", "text", "label"]
    found: list = []
    for document, rows in _documents_of(path, columns):
        found += document_highlights(document, rows, rows["label"].to_numpy())
    return found


# ------------------------------------------------------------------------------- on the client


def list_items(source, *, exclude=(), loader_skipped=None) -> tuple[list, list]:
    """The corpus as partitionable items and the loader's skips found while listing.

    A path: its files as :func:`textlab.corpus.load_corpus` walks them (FileEntry), and the
    listing's skips keyed by place in the walk. A corpus (an iterable of Documents): its documents
    and its ``skipped`` list as given."""
    from textlab import corpus

    if not isinstance(source, (str, os.PathLike)):
        items = list(source)
        skips = [((0, 0, k), str(p), str(r)) for k, (p, r) in enumerate(loader_skipped or [])]
        return items, skips
    root = corpus._check_arguments(source, "text")
    log = corpus._LoadLog(str(source), [], [])
    items, skips, reported = [], [], 0
    for file_path, file_id, meta in corpus._files(root, recursive=True, log=log, exclude=exclude):
        skips += [((len(items), 0, k), p, r) for k, (p, r) in enumerate(log.skipped[reported:])]
        reported = len(log.skipped)
        items.append(FileEntry(len(items), str(file_path), file_id, meta))
    skips += [((len(items), 0, k), p, r) for k, (p, r) in enumerate(log.skipped[reported:])]
    return items, skips


def partitions(items: list, size: int | None = None) -> list[list]:
    """``items`` cut in order into lists of ``size`` (default ``FILES_PER_PARTITION``)."""
    size = size or FILES_PER_PARTITION
    return [items[i:i + size] for i in range(0, len(items), size)]


@contextmanager
def connect(scheduler=None, workers: int | None = None):
    """A distributed Client: the one given, one connected to an address, or one on a LocalCluster
    of ``workers`` processes (one thread each: the per-document work holds the GIL)."""
    from distributed import Client, LocalCluster

    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler
        return
    if isinstance(scheduler, str):
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as error:
            raise ConnectionError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        try:
            yield client
        finally:
            client.close()
        return
    n = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run(source, loader_skipped, staging, *, exclude, scheduler, workers, say, note, notes, n_topics, topic_source,
        random_state, top_k_keywords, classifier, progress):
    """The main job on Dask (see the module docstring); returns the Analysis whose tables the
    caller writes into ``staging`` (paragraphs.csv, sentences.csv and units/ are there already)."""
    from textlab import analysis as an
    from textlab.classify import load_classifier
    from textlab.segmentation import Segmenter

    items, listing_skips = list_items(source, exclude=exclude, loader_skipped=loader_skipped)
    parts = partitions(items)
    folder = str(staging.path)
    (staging.path / "units").mkdir()
    clf = classifier or load_classifier()
    token = uuid.uuid4().hex[:12]
    with connect(scheduler, workers) as client:
        say(f"dask: {len(items):,} {'files' if items and isinstance(items[0], FileEntry) else 'documents'} in "
            f"{len(parts):,} partitions on {len(client.scheduler_info().get('workers', {}))} workers")
        clf_f, seg_f = client.scatter([clf, Segmenter()], broadcast=True, hash=False)

        def submit_parse(i: int, known: frozenset = frozenset()):
            return client.submit(parse_partition, i, parts[i], folder, clf_f, seg_f, seed=random_state,
                                 sample_limit=an.MAX_TOPIC_UNITS, known_ids=known, retries=TASK_RETRIES,
                                 key=f"textlab-parse-{token}-{i:05d}-{len(known)}")

        frequencies = Counter()

        def reduce_frequencies(summary: PartitionSummary) -> None:  # as each partition arrives: a sum
            frequencies.update(summary.frequencies)
            summary.frequencies = None

        summaries = _gather_in_order(client, [submit_parse(i) for i in range(len(parts))], progress, "dask: documents",
                                     reduce_frequencies)
        # in partition order: duplicate ids across partitions, rows, skips, sample
        sample = an.UnitSample(an.MAX_TOPIC_UNITS, random_state)
        rows: list[dict] = []
        load_skips, skipped = list(listing_skips), []
        first_seen: set[str] = set()
        for i, summary in enumerate(summaries):
            ids = [r["document"] for r in summary.rows]
            if isinstance(source, (str, os.PathLike)) and any(d in first_seen for d in ids):
                summary = _rerun(client, summary, submit_parse, frozenset(d for d in ids if d in first_seen), frequencies)
                summaries[i] = summary
            first_seen.update(r["document"] for r in summary.rows)
            rows += summary.rows
            load_skips += summary.load_skips
            skipped += summary.skipped
            for message in summary.notes:
                note(message)
            before = sample.seen
            for document, paragraph in summary.candidates:
                sample.add(document, paragraph, "", None)
            sample.seen = before + summary.n_topic_units
            summary.candidates = None
        load_skips.sort(key=lambda s: s[0])
        skips = [an.Skip(path, "load", reason) for _, path, reason in load_skips] + skipped
        an.check_analysed(rows, skips)
        done = [s for s in summaries if s.units_file is not None]

        fits = topic_source == "fit" or (topic_source == "auto" and sample.seen >= an.MIN_UNITS_TO_FIT_TOPICS)
        if fits:
            _fill_sample(client, sample, done, token)
        model, source_text = an.fit_topics(sample, say=say, note=note, n_topics=n_topics, topic_source=topic_source,
                                           random_state=random_state, progress=progress)
        del sample

        from textlab.features import choose_idf

        idf = choose_idf(len(rows))
        freq_f = client.scatter([(len(rows), frequencies)], broadcast=True, hash=False)[0] if idf == "corpus" else None
        frequencies = None  # the client no longer needs its copy (the workers have theirs)
        model_f = client.scatter([model], broadcast=True, hash=False)[0] if model is not None else None
        finished = _gather_in_order(client, [
            client.submit(finish_partition, s.units_file, top_k=top_k_keywords, idf=idf, frequencies=freq_f,
                          model=model_f, retries=TASK_RETRIES, key=f"textlab-finish-{token}-{s.index:05d}")
            for s in done], progress, "dask: keywords and topic mixtures")
        keyword_lists, mixes = [], []
        for s, (lists, part_mixes) in zip(done, finished):
            if len(lists) != s.n_documents:
                raise RuntimeError(f"{s.units_file}: {len(lists)} documents read back, {s.n_documents} written")
            keyword_lists += lists
            mixes += part_mixes or []
        highlights = _highlights(client, done, token)
    keywords = an.keyword_table(rows, keyword_lists)
    analysis = an.assemble(rows, keywords, model, source_text, mixes if model is not None else None,
                           highlights=highlights, skips=skips, notes=notes, note=note)
    _join_pieces(staging.path, summaries)
    _write_schema(staging.path, done)
    return analysis


def _gather_in_order(client, futures: list, progress: bool, desc: str, on_result=None) -> list:
    """The futures' results in submission order, each released as soon as it arrives (and
    passed to ``on_result`` then: a reduction that does not depend on the order)."""
    from distributed import as_completed

    results: list = [None] * len(futures)
    position = {f.key: i for i, f in enumerate(futures)}
    bar = None
    if progress and futures:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(futures), desc=desc, unit="part", file=sys.stderr)
    for future in as_completed(futures):
        result = future.result()
        if on_result is not None:
            on_result(result)
        results[position[future.key]] = result
        future.release()
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return results


def _rerun(client, summary: PartitionSummary, submit_parse, known: frozenset, frequencies: Counter) -> PartitionSummary:
    """A partition with ids that an earlier partition already had: analysed again without them
    (the local loader keeps the first document of an id and lists the others as skipped); its
    document frequencies are taken out of the corpus's and the new ones added."""
    if summary.units_file is not None:
        _, old = client.submit(partition_frequencies, summary.units_file, pure=False).result()
        frequencies.subtract(old)
    summary = submit_parse(summary.index, known).result()
    frequencies.update(summary.frequencies)
    summary.frequencies = None
    for term in [t for t, n in frequencies.items() if n <= 0]:
        del frequencies[term]
    return summary


def _fill_sample(client, sample, done: list, token: str) -> None:
    """Read the sampled paragraphs' text and tokens back from the Parquet parts (in place)."""
    wanted: dict[str, set] = {}
    for unit in sample.units():
        wanted.setdefault(unit["document"], set()).add(unit["paragraph"])
    tasks, where = [], []
    for s in done:
        keys = [(r["document"], p) for r in s.rows for p in sorted(wanted.get(r["document"], ()))]
        if keys:
            tasks.append(client.submit(sample_tokens, s.units_file, keys, retries=TASK_RETRIES,
                                       key=f"textlab-sample-{token}-{s.index:05d}"))
            where.append(s.index)
    found = {}
    for part in _gather_in_order(client, tasks, False, ""):
        for unit in part:
            found[(unit["document"], unit["paragraph"])] = unit
    for unit in sample.units():
        got = found[(unit["document"], unit["paragraph"])]
        unit["text"], unit["tokens"] = got["text"], got["tokens"]


def _highlights(client, done: list, token: str) -> list:
    """Highlights of the documents the report shows (the first ``MAX_TABLE_DOCUMENTS``), read
    from the labelled Parquet parts: the page needs no more."""
    from textlab.report import MAX_TABLE_DOCUMENTS

    needed, n = [], 0
    for s in done:
        if n >= MAX_TABLE_DOCUMENTS:
            break
        needed.append(s)
        n += s.n_documents
    tasks = [client.submit(partition_highlights, s.units_file, retries=TASK_RETRIES,
                           key=f"textlab-highlights-{token}-{s.index:05d}") for s in needed]
    return [h for part in _gather_in_order(client, tasks, False, "") for h in part]


def _join_pieces(folder: Path, summaries: list) -> None:
    """paragraphs.csv and sentences.csv from the partitions' CSV pieces, in order: the first
    piece whole, the others without their byte-order mark and header (the same header)."""
    from textlab.analysis import CSV_ENCODING

    for name in ("paragraphs.csv", "sentences.csv"):
        header = None
        with open(folder / name, "wb") as target:
            for summary in summaries:
                piece = summary.pieces.get(name)
                if piece is None:
                    continue
                with open(piece, "rb") as handle:
                    first = handle.readline()
                    if header is None:
                        header = first
                        target.write(first)
                    elif first != header:
                        raise RuntimeError(f"{piece}: columns differ from the first piece of {name}")
                    shutil.copyfileobj(handle, target)
            if header is None:
                target.write("\n".encode(CSV_ENCODING))
    shutil.rmtree(folder / PIECES_FOLDER, ignore_errors=True)


def _write_schema(folder: Path, done: list) -> None:
    """units/_schema.md; temporary files of attempts that died with their worker are removed."""
    from textlab.parquet import SCHEMA_FILE, schema_text

    for leftover in (folder / "units").glob(".*.tmp"):
        leftover.unlink(missing_ok=True)
    if done:
        (folder / "units" / SCHEMA_FILE).write_text(schema_text(done[0].schema), encoding="utf-8")
