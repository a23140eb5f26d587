"""Build the character frequency list that encoding detection uses (``textlab/resources/char_freq.txt``).

Run after changing the seed reports::

    python scripts/build_char_freq.py

Every ``.txt`` under seeds/gov_reports is read as UTF-8; each non-ASCII, non-space character is
counted, in the text as written (simplified) and in its OpenCC ``s2t`` conversion (traditional),
so that GB18030 and Big5 readings of the same bytes can both be judged. Characters seen fewer
than MIN_COUNT times are left out. Output: a ``#`` header, then ``char<TAB>count`` lines sorted
by count (descending) then character. Only seeds/gov_reports is counted, so the party-building
seeds and the development set stay unseen by the list.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "seeds" / "gov_reports"
OUT = ROOT / "textlab" / "resources" / "char_freq.txt"
MIN_COUNT = 2


def count(root: Path = CORPUS) -> Counter:
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    counts: Counter = Counter()
    for path in sorted(root.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for version in (text, to_traditional.convert(text)):
            counts.update(ch for ch in version if ord(ch) > 0x7F and not ch.isspace())
    return counts


def main() -> int:
    counts = count()
    kept = sorted(((n, ch) for ch, n in counts.items() if n >= MIN_COUNT), key=lambda item: (-item[0], item[1]))
    n_files = len(list(CORPUS.rglob("*.txt")))
    header = [
        "# textlab character frequencies for encoding detection (textlab.encoding: GB18030 / Big5 / UTF-16).",
        f"# Source: the {n_files} reports in seeds/gov_reports (national work reports, CPC congress reports,",
        "# provincial 2025 work reports, NPC resolutions), each counted as written and after OpenCC s2t",
        f"# (traditional forms). Non-ASCII, non-space characters seen at least {MIN_COUNT} times; built by",
        "# scripts/build_char_freq.py. Format: char<TAB>count, most frequent first.",
    ]
    lines = header + [f"{ch}\t{n}" for n, ch in kept]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} characters to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
