"""Fixtures shared by the tests of textlab.segmentation (one test file per module)."""

from __future__ import annotations

from pathlib import Path

import pytest

from textlab.segmentation import Segmenter

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    """The default segmenter, built once for the module."""
    s = Segmenter()
    s.cut("预热")
    return s


@pytest.fixture(scope="module")
def cleaned_seeds() -> list[str]:
    from textlab.cleaning import clean

    return [clean(p.read_text(encoding="utf-8")) for p in SEEDS]
