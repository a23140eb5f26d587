"""Document type (textlab.doctype): cost per document, against cleaning and outlining it.

The main job types each document once from the outline it already has
(:func:`textlab.doctype.type_from_outline`), so what the type adds to a run is that call; the
baseline is ``structure(clean(text))`` of the same text in the same run. Texts: the first
20,000 characters of the report corpus documents that are at least that long.

Run alone: ``python benchmarks/bench_doctype.py [--quick]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import Row, interleaved, median, report_texts  # noqa: E402

CHARS = 20_000


def run(quick: bool = False) -> list[Row]:
    from textlab.cleaning import clean
    from textlab.doctype import load_cues, type_from_outline
    from textlab.outline import sentences, structure

    texts = [t[:CHARS] for t in report_texts() if len(t) >= CHARS][: 3 if quick else 12]
    outlines = [structure(clean(t)) for t in texts]
    split = [[sentences(p.text) or [p.text] for p in st.paragraphs] for st in outlines]  # as the unit table has them
    load_cues()  # the cue file, parsed once outside the timings
    repeat = 3 if quick else 10
    times = interleaved({
        "given": lambda: [type_from_outline(st, sentences=ss) for st, ss in zip(outlines, split)],
        "type": lambda: [type_from_outline(st) for st in outlines],
        "outline": lambda: [structure(clean(t)) for t in texts],
    }, repeat)
    per_doc = {name: median(values) / len(texts) * 1000 for name, values in times.items()}
    note = f"{len(texts)} documents, median of {repeat} rounds"
    return [Row("doctype", f"type_from_outline with the unit table's sentences, {CHARS:,}-char document", per_doc["given"],
                "ms", "clean + structure of the same text", per_doc["outline"], per_doc["outline"] / per_doc["given"],
                "value<10", note),
            Row("doctype", f"type_from_outline splitting the sentences itself, {CHARS:,}-char document", per_doc["type"],
                "ms", "clean + structure of the same text", per_doc["outline"], per_doc["outline"] / per_doc["type"],
                "value<10", note)]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row.name}: {row.value:.2f} {row.unit} (baseline {row.baseline_name}: {row.baseline:.2f} {row.unit}, "
              f"ratio {row.ratio:.2f}; target {row.target}: {'met' if row.met else 'NOT met'}) — {row.note}")
