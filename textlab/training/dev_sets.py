"""The hand-labelled development sets in ``seeds/dev/``: their sentence units and the checks that lock them.

Two sets, one file format (``labels.tsv``: ``doc para sent label mixed text``, tab-separated):

* ``congress/``: excerpts of the CPC congress reports in ``seeds/gov_reports/cpc_congress_wikisource``;
  ``dump_paragraphs`` prints a stretch of a report with sentence ids (for labelling) and
  ``check_congress`` verifies that every row points at the sentence it quotes and that every
  labelled paragraph is labelled completely;
* ``written/``: short party-building documents written for textlab, each labelled completely;
  ``check_written`` verifies coverage (every sentence exactly once, in order), the document
  lengths and the label counts the set was written to.

The written sub-genre sets in ``eval/`` (``genres/``, ``genres_dev2/``) keep their split in
``split.tsv``; a set whose README opens with ``**RETIRED**`` has had its test part retired into
development data (``eval/genres``: scored three times, retired on 2026-11-30), and
:func:`development_parts` then names both parts. A set whose README says LOCKED keeps its test
part closed (``eval/genres_test2``).

Units follow ``/work/shared/LABELING.md``: a paragraph is a non-empty line (``para`` counts them
from 0); a sentence ends at 。！？； or half-width !?; or at the line end; closing quotes and brackets
(and further terminators) directly after a terminator stay with the sentence they close; each
sentence is stripped of surrounding whitespace (``sent`` counts from 0). This is the labelling
rule, kept apart from the runtime's sentence splitter (``textlab.outline.sentences``) on purpose:
the labels must keep pointing at the same sentences when the runtime's rule improves.
``textlab.training.weak_labels.load_dev_set`` aligns these labels to the classifier's units.

Example:
    >>> split_sentences("他说：“好。”我们走；　二是加强学习")
    ['他说：“好。”', '我们走；', '二是加强学习']
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Union

from textlab.labels import LABELS
from textlab.training.checkout import seeds_dir

PathLike = Union[str, Path]

HEADER = ["doc", "para", "sent", "label", "mixed", "text"]
VALID_LABELS = tuple(sorted(LABELS))
TERMINATORS = frozenset("。！？；!?;")
CLOSERS = frozenset("”’」』）)】》〉\"'")
#: What the written set was made to hold: document lengths in characters, units per label, totals.
MIN_CHARS, MAX_CHARS = 500, 1500
MIN_COUNTS = {"achievement": 120, "measure": 120, "other": 60, "problem": 70}
MIN_TOTAL, MIN_DOCS = 450, 14


#: The first line of an eval set's README when its test part has been retired into development data.
RETIRED_MARK = re.compile(r"^\*\*RETIRED\*\*")


def test_part_retired(folder: PathLike) -> bool:
    """Whether the eval set in ``folder`` has retired its test part into development data (its
    README's first non-empty line opens with ``**RETIRED**``). Only the README is read."""
    readme = Path(folder) / "README.md"
    if not readme.is_file():
        return False
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.strip():
            return bool(RETIRED_MARK.match(line.strip()))
    return False


def development_parts(folder: PathLike) -> tuple[str, ...]:
    """The ``split.tsv`` parts of an eval set that training and tuning may read: ``("dev",)``, plus
    ``"test"`` once the set's test part is retired (:func:`test_part_retired`)."""
    return ("dev", "test") if test_part_retired(folder) else ("dev",)


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into stripped, non-empty sentences (terminator runs and closers stay attached).

    >>> split_sentences("一是建强支部。将小区作为单元；")
    ['一是建强支部。', '将小区作为单元；']
    """
    sentences: list[str] = []
    start = 0
    i = 0
    n = len(paragraph)
    while i < n:
        if paragraph[i] in TERMINATORS:
            j = i + 1
            while j < n and (paragraph[j] in TERMINATORS or paragraph[j] in CLOSERS):
                j += 1
            piece = paragraph[start:j].strip()
            if piece:
                sentences.append(piece)
            start = i = j
        else:
            i += 1
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def read_paragraphs(path: PathLike) -> list[str]:
    """The paragraphs of a document file: its non-empty lines, stripped."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such document")
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def document_units(path: PathLike) -> list[tuple[str, int, int, str]]:
    """(doc, para, sent, text) for every sentence of one document file (doc = the file stem)."""
    path = Path(path)
    return [(path.stem, p, s, sentence)
            for p, paragraph in enumerate(read_paragraphs(path))
            for s, sentence in enumerate(split_sentences(paragraph))]


def read_labels(path: PathLike) -> tuple[list[tuple[str, int, int, str, int, str]], list[str]]:
    """Parse a ``labels.tsv``; return its rows (doc, para, sent, label, mixed, text) and its format errors.

    Errors read ``labels.tsv:LINE: problem``; rows with a bad ``para``/``sent`` are left out.
    """
    path = Path(path)
    errors: list[str] = []
    rows: list[tuple[str, int, int, str, int, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append(f"{path.name}:1: header must be the tab-separated fields {HEADER}")
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            errors.append(f"{path.name}:{number}: expected {len(HEADER)} fields, got {len(fields)}")
            continue
        doc, para, sent, label, mixed, text = fields
        if label not in VALID_LABELS:
            errors.append(f"{path.name}:{number}: unknown label {label!r}")
        if mixed not in ("0", "1"):
            errors.append(f"{path.name}:{number}: mixed must be 0 or 1, got {mixed!r}")
        if not (para.isdigit() and sent.isdigit()):
            errors.append(f"{path.name}:{number}: para/sent must be non-negative integers")
            continue
        rows.append((doc, int(para), int(sent), label, int(mixed == "1"), text))
    return rows, errors


# ---------------------------------------------------------------- the congress excerpts


def congress_reports(seeds: PathLike | None = None) -> Path:
    """The folder of the congress reports the congress set quotes."""
    return seeds_dir(seeds) / "gov_reports" / "cpc_congress_wikisource"


def find_congress_report(prefix: str, seeds: PathLike | None = None) -> Path:
    """The single congress report whose file name starts with ``prefix`` (ValueError otherwise)."""
    paths = sorted(congress_reports(seeds).glob(f"{prefix}*.txt"))
    if len(paths) != 1:
        raise ValueError(f"prefix {prefix!r} matches {len(paths)} reports: {[p.stem for p in paths]}")
    return paths[0]


def dump_paragraphs(prefix: str, start: int, end: int, seeds: PathLike | None = None) -> list[str]:
    """Lines to label: the report's name, then paragraphs start..end (inclusive), one
    ``para<TAB>sent<TAB>sentence`` line per sentence and a blank line after each paragraph."""
    path = find_congress_report(prefix, seeds)
    paragraphs = read_paragraphs(path)
    lines = [path.stem]
    for p in range(start, min(end, len(paragraphs) - 1) + 1):
        lines += [f"{p}\t{s}\t{sentence}" for s, sentence in enumerate(split_sentences(paragraphs[p]))]
        lines.append("")
    return lines


def check_congress(seeds: PathLike | None = None, labels: PathLike | None = None) -> tuple[int, list[str]]:
    """Check every row of the congress ``labels.tsv``: (rows checked, failures as ``file:line: problem``).

    A row fails with a bad label or mixed flag, a duplicate, a sentence id the report does not
    have, or a text other than the report's sentence; a labelled paragraph must be labelled whole.
    """
    path = Path(labels) if labels is not None else seeds_dir(seeds) / "dev" / "congress" / "labels.tsv"
    reports = congress_reports(seeds)
    split: dict[str, list[list[str]]] = {}
    failures: list[str] = []
    seen: set[tuple[str, int, int]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != HEADER:
            raise ValueError(f"{path}: bad header {header}, expected {HEADER}")
        rows = list(reader)
    for lineno, row in enumerate(rows, start=2):
        problem = ""
        if len(row) != len(HEADER):
            problem = f"expected {len(HEADER)} fields, got {len(row)}"
        else:
            doc, para, sent, label, mixed, text = row
            if doc not in split:
                split[doc] = [split_sentences(p) for p in read_paragraphs(reports / f"{doc}.txt")]
            p, s = int(para), int(sent)
            if label not in VALID_LABELS:
                problem = f"bad label {label!r}"
            elif mixed not in {"0", "1"}:
                problem = f"bad mixed flag {mixed!r}"
            elif (doc, p, s) in seen:
                problem = "duplicate unit"
            elif p >= len(split[doc]) or s >= len(split[doc][p]):
                problem = f"no sentence {p}/{s}"
            elif split[doc][p][s] != text:
                problem = f"text mismatch, file has {split[doc][p][s]!r}"
            if not problem:
                seen.add((doc, p, s))
        if problem:
            failures.append(f"{path}:{lineno}: {problem}")
    paragraphs: dict[tuple[str, int], set[int]] = {}
    for doc, p, s in seen:
        paragraphs.setdefault((doc, p), set()).add(s)
    for (doc, p), sentences in sorted(paragraphs.items()):
        if sentences != set(range(len(split[doc][p]))):
            failures.append(f"{path}: {doc} paragraph {p} only partly labelled")
    return len(rows), failures


# ---------------------------------------------------------------- the written documents


def written_dir(seeds: PathLike | None = None) -> Path:
    """The folder of the written set (documents ``w*.txt`` and ``labels.tsv``)."""
    return seeds_dir(seeds) / "dev" / "written"


def check_written(folder: PathLike | None = None) -> list[str]:
    """Every check of the written set; the failures (empty when all pass).

    ``folder`` holds ``w*.txt`` and ``labels.tsv`` (default: the checkout's ``seeds/dev/written``).
    """
    folder = Path(folder) if folder is not None else written_dir()
    docs = sorted(folder.glob("w*.txt"))
    rows, errors = read_labels(folder / "labels.tsv")
    expected = [u for d in docs for u in document_units(d)]
    labelled = Counter((doc, para, sent, text) for doc, para, sent, _, _, text in rows)
    for key, count in sorted(labelled.items()):
        if count > 1:
            errors.append(f"labels.tsv: {key[0]} para {key[1]} sent {key[2]} labelled {count} times")
    wanted = set(expected)
    for unit in expected:
        if unit not in labelled:
            errors.append(f"{unit[0]}.txt: para {unit[1]} sent {unit[2]} not labelled: {unit[3]!r}")
    for unit in sorted(set(labelled) - wanted):
        errors.append(f"labels.tsv: row matches no sentence of {unit[0]}.txt: para {unit[1]} sent {unit[2]} {unit[3]!r}")
    order = [(doc, para, sent, text) for doc, para, sent, _, _, text in rows]
    if not errors and order != expected:
        errors.append("labels.tsv: rows are not in document/paragraph/sentence order")
    for d in docs:
        n_chars = len(d.read_text(encoding="utf-8"))
        if not MIN_CHARS <= n_chars <= MAX_CHARS:
            errors.append(f"{d.name}: {n_chars} characters, outside {MIN_CHARS}-{MAX_CHARS}")
    if len(docs) < MIN_DOCS:
        errors.append(f"only {len(docs)} documents, need {MIN_DOCS}")
    counts = Counter(label for _, _, _, label, _, _ in rows)
    for label, minimum in MIN_COUNTS.items():
        if counts[label] < minimum:
            errors.append(f"label {label}: {counts[label]} units, need {minimum}")
    if len(rows) < MIN_TOTAL:
        errors.append(f"{len(rows)} labelled units, need {MIN_TOTAL}")
    return errors


def written_summary(folder: PathLike | None = None) -> str:
    """One line per document plus totals: units per label and mixed units."""
    folder = Path(folder) if folder is not None else written_dir()
    rows, _ = read_labels(folder / "labels.tsv")
    out = []
    for doc in sorted({r[0] for r in rows}):
        c = Counter(r[3] for r in rows if r[0] == doc)
        m = sum(r[4] for r in rows if r[0] == doc)
        out.append(f"{doc:28s} " + " ".join(f"{k}={c[k]}" for k in VALID_LABELS) + f" mixed={m}")
    c = Counter(r[3] for r in rows)
    out.append(f"{'TOTAL ' + str(len(rows)):28s} " + " ".join(f"{k}={c[k]}" for k in VALID_LABELS)
               + f" mixed={sum(r[4] for r in rows)}")
    return "\n".join(out)
