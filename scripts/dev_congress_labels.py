"""Sentence extraction and alignment check for the congress dev set.

Usage (from the repository root):
    python scripts/dev_congress_labels.py dump DOC_PREFIX START END   # print paragraphs with sentence ids
    python scripts/dev_congress_labels.py check                        # verify labels.tsv alignment

Paragraphs are the non-empty lines of a report after stripping (0-based). Sentences follow
LABELING.md: a sentence ends at 。！？； (or half-width !?;) or at the line end; closing quotes and
brackets directly after the terminator stay with the sentence they close.

Example:
    >>> split_sentences("他说：“好。”我们走；")
    ['他说：“好。”', '我们走；']
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "seeds" / "dev" / "congress"
CORPUS = HERE.parent.parent / "gov_reports" / "cpc_congress_wikisource"
LABELS = HERE / "labels.tsv"
TERMINATORS = set("。！？；!?;")
CLOSERS = set("”’」』）)】》〉\"'")
VALID_LABELS = {"achievement", "problem", "measure", "other"}
HEADER = ["doc", "para", "sent", "label", "mixed", "text"]


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences (terminator runs and closers stay attached)."""
    sentences: list[str] = []
    start = 0
    i = 0
    n = len(paragraph)
    while i < n:
        if paragraph[i] in TERMINATORS:
            j = i + 1
            while j < n and (paragraph[j] in TERMINATORS or paragraph[j] in CLOSERS):
                j += 1
            sentences.append(paragraph[start:j])
            start = i = j
            continue
        i += 1
    if paragraph[start:].strip():
        sentences.append(paragraph[start:])
    return sentences


def read_paragraphs(doc: str) -> list[str]:
    """Non-empty stripped lines of the report whose file stem is ``doc``."""
    path = CORPUS / f"{doc}.txt"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such congress report")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def find_doc(prefix: str) -> str:
    """File stem of the single report whose name starts with ``prefix``."""
    stems = sorted(p.stem for p in CORPUS.glob(f"{prefix}*.txt"))
    if len(stems) != 1:
        raise SystemExit(f"prefix {prefix!r} matches {len(stems)} reports: {stems}")
    return stems[0]


def dump(prefix: str, start: int, end: int) -> None:
    """Print paragraphs start..end (inclusive) of a report, one sentence per line."""
    doc = find_doc(prefix)
    paragraphs = read_paragraphs(doc)
    print(doc)
    for p in range(start, min(end, len(paragraphs) - 1) + 1):
        for s, sentence in enumerate(split_sentences(paragraphs[p])):
            print(f"{p}\t{s}\t{sentence}")
        print()


def check(path: Path = LABELS) -> int:
    """Check every row of labels.tsv; return the number of failing rows."""
    cache: dict[str, list[list[str]]] = {}
    failures = 0
    seen: set[tuple[str, int, int]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != HEADER:
            raise SystemExit(f"{path}: bad header {header}")
        rows = list(reader)
    for lineno, row in enumerate(rows, start=2):
        problem = ""
        if len(row) != len(HEADER):
            problem = f"expected {len(HEADER)} fields, got {len(row)}"
        else:
            doc, para, sent, label, mixed, text = row
            if doc not in cache:
                cache[doc] = [split_sentences(p) for p in read_paragraphs(doc)]
            split = cache[doc]
            p, s = int(para), int(sent)
            if label not in VALID_LABELS:
                problem = f"bad label {label!r}"
            elif mixed not in {"0", "1"}:
                problem = f"bad mixed flag {mixed!r}"
            elif (doc, p, s) in seen:
                problem = "duplicate unit"
            elif p >= len(split) or s >= len(split[p]):
                problem = f"no sentence {p}/{s}"
            elif split[p][s] != text:
                problem = f"text mismatch, file has {split[p][s]!r}"
            seen.add((doc, p, s)) if not problem else None
        if problem:
            failures += 1
            print(f"{path}:{lineno}: {problem}")
    # whole paragraphs: every labelled paragraph must be labelled completely
    paras: dict[tuple[str, int], set[int]] = {}
    for doc, p, s in seen:
        paras.setdefault((doc, p), set()).add(s)
    for (doc, p), sents in sorted(paras.items()):
        if sents != set(range(len(cache[doc][p]))):
            failures += 1
            print(f"{path}: {doc} paragraph {p} only partly labelled")
    print(f"{len(rows)} rows checked, {failures} failures")
    return failures


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "dump":
        dump(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 2 and sys.argv[1] == "check":
        sys.exit(1 if check() else 0)
    else:
        print(__doc__)
        sys.exit(2)
