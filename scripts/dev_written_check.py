"""Verify that labels.tsv covers every sentence of every written dev document exactly once.

Usage (from anywhere):
    python scripts/dev_written_check.py          # exit status 0 when every check passes

Units follow ``/work/shared/LABELING.md``:
- a paragraph is a non-empty line of the file (after stripping ASCII and full-width
  whitespace); ``para`` counts paragraphs from 0;
- a sentence ends at 。！？； or half-width !?; or at the line end; closing quotes and
  brackets (and further terminators) directly after a terminator stay with the sentence
  they close; each sentence is stripped of surrounding whitespace; ``sent`` counts from 0.

Example:
    >>> split_sentences("他说：“好。”我们走；　二是加强学习")
    ['他说：“好。”', '我们走；', '二是加强学习']
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "seeds" / "dev" / "written"
LABELS = HERE / "labels.tsv"
HEADER = ["doc", "para", "sent", "label", "mixed", "text"]
VALID_LABELS = ("achievement", "measure", "other", "problem")
TERMINATORS = frozenset("。！？；!?;")
CLOSERS = frozenset("”’」』）)】》〉\"'")
MIN_CHARS, MAX_CHARS = 500, 1500
MIN_COUNTS = {"achievement": 120, "measure": 120, "other": 60, "problem": 70}
MIN_TOTAL, MIN_DOCS = 450, 14


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into stripped, non-empty sentences.

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


def expected_units(path: Path) -> list[tuple[str, int, int, str]]:
    """Return (doc, para, sent, text) for every sentence of one document file."""
    units: list[tuple[str, int, int, str]] = []
    paragraphs = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for p, paragraph in enumerate(paragraphs):
        for s, sentence in enumerate(split_sentences(paragraph)):
            units.append((path.stem, p, s, sentence))
    return units


def read_labels(path: Path) -> tuple[list[tuple[str, int, int, str, int, str]], list[str]]:
    """Parse labels.tsv; return its rows and a list of format errors (file:line: problem)."""
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


def check(folder: Path = HERE) -> list[str]:
    """Run every check; return the list of failures (empty when all pass)."""
    docs = sorted(folder.glob("w*.txt"))
    rows, errors = read_labels(folder / "labels.tsv")
    expected = [u for d in docs for u in expected_units(d)]
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


def summary(folder: Path = HERE) -> str:
    """One line per document plus totals: units per label and mixed units."""
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


def main() -> int:
    """Print the summary and any failures; return the exit status."""
    failures = check()
    print(summary())
    for failure in failures:
        print("FAIL", failure)
    print("all checks passed" if not failures else f"{len(failures)} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
