"""Report paragraphs from seeds/ shared by the topic-model tests, and the small model's parameters."""

from __future__ import annotations

from pathlib import Path

from textlab.cleaning import clean
from textlab.outline import paragraphs

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "topics"
PROVINCIAL = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025"
SOURCES = [
    PROVINCIAL / "2025_浙江省_政府工作报告.txt",
    PROVINCIAL / "2025_甘肃省_政府工作报告.txt",
    PROVINCIAL / "2025_海南省_政府工作报告.txt",
    ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource" / "2019_国务院_政府工作报告.txt",
]
#: A small, fast model: 4 topics, few passes.
SMALL = dict(n_topics=4, passes=3, iterations=50, no_below=3, random_state=0)


def paragraphs_of(paths) -> list[str]:
    """The cleaned paragraphs of the files ``paths``, in order."""
    return [p for path in paths for p in paragraphs(clean(path.read_text(encoding="utf-8")))]


def tour_paragraphs() -> list[str]:
    """The 11 paragraphs of the party-building seed the README tour fits a model on (as the tour does)."""
    import textlab as tl

    text = tl.clean((ROOT / "seeds" / "party_building" / "001_efe964ced9bb2b3e.txt").read_text(encoding="utf-8"))
    return tl.paragraphs(text)
