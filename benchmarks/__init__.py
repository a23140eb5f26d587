"""textlab benchmarks: ``python -m benchmarks`` (or ``python benchmarks/run.py``) runs them all.

Every figure is compared with a baseline measured in the same run, on the same machine, and
printed as a median over repeats. Not part of the test suite. Shared helpers live here:
:class:`Row` (one line of the table), :func:`timings` and :func:`median`.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REPORTS = SEEDS / "gov_reports"


@dataclass
class Row:
    """One line of the result table.

    ``value`` and ``baseline`` are medians in ``unit``; ``ratio`` is how many times better the
    measured figure is than the baseline (>1 = better, whatever the unit); ``target`` is a
    condition on ``ratio`` (``"ratio>=5"``) or on ``value`` (``"value<1.5"``), or empty.
    """

    group: str
    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    ratio: float | None = None
    target: str = ""
    note: str = ""

    @property
    def met(self) -> bool | None:
        if not self.target:
            return None
        subject, _, rest = self.target.partition(">=") if ">=" in self.target else self.target.partition("<")
        limit = float(rest)
        number = self.ratio if subject == "ratio" else self.value
        if number is None:
            return None
        return number >= limit if ">=" in self.target else number < limit


def median(values: list[float]) -> float:
    return statistics.median(values)


def timings(func: Callable[[], Any], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``func``."""
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        out.append(time.perf_counter() - started)
    return out


def interleaved(funcs: dict[str, Callable[[], Any]], repeat: int) -> dict[str, list[float]]:
    """Time several functions round-robin (A B A B ...), so that a change in the machine's
    load during the run affects all of them alike."""
    out: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            out[name].extend(timings(func, 1))
    return out


def report_texts(limit_chars: int | None = None) -> list[str]:
    """The report corpus (seeds/gov_reports, every .txt), optionally cut to ``limit_chars``."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(REPORTS.rglob("*.txt"))]
    if limit_chars is None:
        return texts
    out, total = [], 0
    for text in texts:
        if total >= limit_chars:
            break
        out.append(text[: limit_chars - total])
        total += len(out[-1])
    return out
