"""A sentence's label does not flip because its paragraph is huge (issue 12, point 6).

A document pasted without line breaks used to be one paragraph: every sentence saw the cue
counts of the whole document as its paragraph context, and a 2 MB one-line speech came out as
nothing but "problem". structure() now cuts such a line into paragraph-sized units and
document_units gives each sentence a bounded context; normal documents are untouched (their unit
tables are compared with v0.1.0 in tests/test_structure.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import textlab
from textlab.classify import document_units
from textlab.outline import ParagraphInfo, Structure

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))

# Agreement of the one-line copy with the original, measured with the shipped model (v0.1.0 in
# brackets): 000 0.966 (0.448), 001 0.984 (0.484), 002 0.966 (0.707), 003 1.0 (0.688),
# 004 0.886 (0.636); all 267 sentences together 0.959 (0.588). The discourse-aware model (issue 15)
# reads 004's practices as achievement in both copies; of its five disagreements, three are
# practices of its third section that the one-line copy calls achievement (as LABELING.md does)
# and the original, under the heading 三、提质增效…, still calls measure, so 004's floor is 0.85.
FLOOR = {"000": 0.90, "001": 0.90, "002": 0.90, "003": 0.90, "004": 0.85}
POOLED_FLOOR = 0.90


@pytest.fixture(scope="module")
def shipped():
    return textlab.load_classifier()


def _spans(sents: list[str], text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for s in sents:
        i = text.find(s, pos)
        assert i >= 0, s
        out.append((i, i + len(s)))
        pos = i + len(s)
    return out


def agreement(clf, cleaned: str, copies: int = 1) -> tuple[int, int]:
    """(sentences of ``cleaned`` whose label the one-line copy keeps, sentences) over ``copies`` copies.

    Each sentence of the original is matched to the sentence of the one-line text that holds its
    first character (a heading without final punctuation runs into the next sentence there).
    """
    one_line = "".join(cleaned.splitlines())
    want = clf.classify_document(cleaned, level="sentence")
    got = clf.classify_document(one_line * copies, level="sentence")
    spans_want = _spans(want["text"].tolist(), one_line)
    spans_got = _spans(got["text"].tolist(), one_line * copies)
    labels_got = got["label"].tolist()
    same = j = 0
    for copy in range(copies):
        base = copy * len(one_line)
        for (start, _), label in zip(spans_want, want["label"]):
            while spans_got[j][1] <= base + start:
                j += 1
            same += labels_got[j] == label
    return same, len(want) * copies


@pytest.fixture(scope="module")
def agreements(shipped):
    return {path.name[:3]: agreement(shipped, textlab.clean(path.read_text(encoding="utf-8"))) for path in SEEDS}


@pytest.mark.parametrize("prefix", sorted(FLOOR))
def test_one_line_copy_of_a_seed_keeps_its_sentence_labels(agreements, prefix):
    same, total = agreements[prefix]
    assert same / total >= FLOOR[prefix], f"{prefix}: {same}/{total}"


def test_one_line_copies_keep_nine_in_ten_sentence_labels_overall(agreements):
    same = sum(s for s, _ in agreements.values())
    total = sum(t for _, t in agreements.values())
    assert total == 267
    assert same / total >= POOLED_FLOOR, f"{same}/{total}"


def test_long_one_line_document_is_not_all_problem(shipped):
    """The issue's case, scaled down: 40 copies of seed 001 on one line (148,000 characters).

    v0.1.0 labelled every sentence "problem" (agreement 0.18); now about four in five keep the
    label of the original (0.79; the copies run into each other, so the numbering restarts and
    positions differ) and every label the original has occurs."""
    cleaned = textlab.clean(SEEDS[1].read_text(encoding="utf-8"))
    same, total = agreement(shipped, cleaned, copies=40)
    assert same / total >= 0.75
    labels = shipped.classify_document("".join(cleaned.splitlines()) * 40, level="sentence")["label"]
    shares = labels.value_counts(normalize=True)
    assert set(shares.index) == {"achievement", "measure", "other", "problem"}
    assert shares["problem"] < 0.3


def test_a_huge_paragraph_gives_each_sentence_a_bounded_context():
    """A structure made elsewhere with one 3,700-character paragraph: each sentence sees the
    paragraph-sized part of it that it sits in (as structure() would cut it), never the whole."""
    cleaned = textlab.clean(SEEDS[1].read_text(encoding="utf-8"))
    one_line = "".join(cleaned.splitlines())
    st = Structure(None, [], [ParagraphInfo(0, one_line, False, ())])
    units = document_units(one_line, structure_=st)
    lengths = units["paragraph_text"].str.len()
    assert len(one_line) > 3_000 and len(units) > 50
    assert lengths.max() <= 400
    assert (units["n_sentences"] < len(units)).all()
    assert all(t in p for t, p in zip(units["text"], units["paragraph_text"]))
    assert units["sentence"].tolist() == list(range(len(units)))  # sentence numbers stay those of the paragraph


def test_position_of_a_cut_document_runs_from_0_to_1_by_characters():
    cleaned = textlab.clean(SEEDS[4].read_text(encoding="utf-8"))
    units = document_units("".join(cleaned.splitlines()))
    firsts = units.drop_duplicates("paragraph")
    assert firsts["position"].iloc[0] == 0 and firsts["position"].iloc[-1] == 1
    assert firsts["position"].is_monotonic_increasing
