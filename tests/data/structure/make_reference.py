"""Digests of what textlab 0.1.0 made of every seed file: the reference for tests/test_structure.py.

Cutting long lines (textlab.outline.split_long_line) must leave every normal document as it
was: the same paragraphs, sentences and structure, and the same classifier units (so the same
labels from any model). This script writes one row per text file under seeds/ with SHA-256
digests of ``paragraphs``, ``sentences`` and ``structure`` of the raw file, and, for the
party-building seeds and the written dev set, of ``textlab.classify.document_units``.

The stored table was made with the code of tag v0.1.0 (commit 6072f74)::

    mkdir -p /tmp/v010 && git archive v0.1.0 textlab | tar -x -C /tmp/v010
    PYTHONPATH=/tmp/v010 python tests/data/structure/make_reference.py > tests/data/structure/reference_v0_1_0.tsv

The test imports the digest functions from here and applies them to the current code.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
UNIT_GROUPS = ("party_building", "dev")  # document_units is digested for these (the others: structure only)


def _sha(obj) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False).encode("utf-8")).hexdigest()


def structure_digest(st) -> str:
    """Title, every field of every heading, and index/text/is_heading/headings of every paragraph."""
    headings = [[h.level, h.text, h.number, h.kind, h.paragraph, h.inline, h.marker, h.sentence, h.appendix]
                for h in st.headings]
    paras = [[p.index, p.text, p.is_heading, list(p.headings)] for p in st.paragraphs]
    return _sha([st.title, headings, paras])


def units_digest(units) -> str:
    """Every column of every row of a document_units table (position rounded to 12 places).

    Columns that are not 0.1.0's are left out, so that tables stay comparable: ``document`` (the
    id, added when the unit table became the centre of the flow), and ``doc_type`` and ``frame``
    (the document type and the frame in force, added by the discourse-aware classifier of issue 15:
    new context, not a change of the old columns).
    """
    units = units.drop(columns=["document", "doc_type", "frame"], errors="ignore")
    rows = []
    for row in units.itertuples(index=False):
        values = []
        for value in row:
            if isinstance(value, float):
                value = round(value, 12)
            elif hasattr(value, "item"):  # numpy scalars
                value = value.item()
            values.append(value)
        rows.append(values)
    return _sha([list(units.columns), rows])


def seed_files() -> list[Path]:
    return sorted(SEEDS.rglob("*.txt"))


def digests(path: Path) -> dict[str, str]:
    from textlab.classify import document_units

    try:
        from textlab.outline import paragraphs, sentences, structure
    except ImportError:  # textlab 0.1.0, where the module was textlab.structure
        from textlab.structure import paragraphs, sentences, structure

    text = path.read_text(encoding="utf-8")
    out = {
        "paragraphs": _sha(paragraphs(text)),
        "sentences": _sha(sentences(text)),
        "structure": structure_digest(structure(text)),
        "units": "",
    }
    if path.relative_to(SEEDS).parts[0] in UNIT_GROUPS:
        out["units"] = units_digest(document_units(text))
    return out


def main() -> int:
    import textlab

    print("# Digests of paragraphs / sentences / structure (and document_units for party_building and dev)")
    print(f"# of every raw text file under seeds/, made by textlab {textlab.__version__} with")
    print("# tests/data/structure/make_reference.py (see its docstring); read by tests/test_structure.py.")
    print("file\tparagraphs\tsentences\tstructure\tunits")
    for path in seed_files():
        d = digests(path)
        print("\t".join([path.relative_to(SEEDS).as_posix(), d["paragraphs"], d["sentences"], d["structure"], d["units"]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
