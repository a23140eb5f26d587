"""Build textlab's report IDF table (``textlab/resources/idf_reports.txt``).

Run after changing the lexicon, the stopwords or the tokenizer::

    python scripts/build_idf.py

Every ``.txt`` under seeds/gov_reports is cleaned with ``textlab.cleaning.clean`` and split into
paragraphs (non-empty lines); each paragraph is a document. A paragraph is tokenized with the
default ``textlab.segmentation.Segmenter()`` and counted once per distinct term (document frequency).
Paragraph level, not document level: with ~100 reports nearly every policy term occurs in most
documents, while paragraphs separate topics. Terms seen in fewer than MIN_DF paragraphs are left
out (at look-up time they count as unseen: df = 0). Output: a ``#`` header, then
``term<TAB>df`` lines sorted by df (descending) then term.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "seeds" / "gov_reports"
OUT = ROOT / "textlab" / "resources" / "idf_reports.txt"
MIN_DF = 2


def paragraphs(root: Path = CORPUS) -> list[str]:
    """Cleaned non-empty lines of every report, files in sorted order."""
    from textlab.cleaning import clean

    out = []
    for path in sorted(root.rglob("*.txt")):
        text = clean(path.read_text(encoding="utf-8"))
        out.extend(line.strip() for line in text.splitlines() if line.strip())
    return out


def main() -> int:
    from textlab.segmentation import Segmenter

    seg = Segmenter()
    paras = paragraphs()
    df: Counter = Counter()
    n_docs = 0
    for para in paras:
        terms = set(seg.tokenize(para))
        if terms:
            n_docs += 1
            df.update(terms)
    kept = sorted(((t, c) for t, c in df.items() if c >= MIN_DF), key=lambda tc: (-tc[1], tc[0]))
    header = [
        "# textlab report IDF table: paragraph document frequencies of textlab tokens.",
        "# Source: seeds/gov_reports (national work reports 1954-2025, CPC congress reports, provincial",
        "# 2025 work reports, NPC resolutions), cleaned with textlab.cleaning.clean; a paragraph is a",
        "# non-empty line. Tokens: textlab.segmentation.Segmenter() defaults "
        f"(config {seg.config_hash}). Built by scripts/build_idf.py.",
        f"# Terms in fewer than {MIN_DF} paragraphs are omitted (treated as df = 0).",
        "# IDF = ln((1 + n_paragraphs) / (1 + df)) + 1 (scikit-learn's smoothed IDF).",
        f"# n_paragraphs: {n_docs}",
        "# term<TAB>df",
    ]
    OUT.write_text("\n".join(header + [f"{t}\t{c}" for t, c in kept]) + "\n", encoding="utf-8")
    print(f"{len(paras)} paragraphs ({n_docs} with tokens), {len(df)} terms, {len(kept)} kept -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
