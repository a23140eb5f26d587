"""Segmentation speed: Segmenter.cut / tokenize (rjieba and jieba backends), cut_many with a
process pool, and dictionary start-up, against plain ``jieba.lcut`` in the same run; and the
two ratios of issue 13:

* ``Segmenter().cut`` against raw rjieba (``Jieba.cut(text, True)`` of the very engine the
  segmenter loaded, so the same dictionary), on the same texts (every seed outside
  gov_reports, and the first gov_reports), timed round-robin in this process; target >= 0.85.
* start-up to the first token in a fresh process (``import textlab``, ``Segmenter()``, first
  ``cut``) against ``import jieba; jieba.lcut(...)``; target: ratio >= 1 (no slower). Both
  with their on-disk caches in place (jieba's ``jieba.cache``, textlab's built dictionary),
  which the first, untimed, round writes.

Input otherwise: the report corpus (seeds/gov_reports, 118 files, about 2.0 M characters), raw.

Run alone: ``python benchmarks/bench_segment.py [--quick]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import ROOT, SEEDS, Row, interleaved, median, report_texts  # noqa: E402

STARTUP_CODE = """
import json, sys, time
started = time.perf_counter()
import textlab
from textlab.segmentation import Segmenter
seg = Segmenter(backend=sys.argv[1])
seg.cut("预热")
print(json.dumps(time.perf_counter() - started))
"""
JIEBA_STARTUP_CODE = """
import json, time
started = time.perf_counter()
import jieba
jieba.setLogLevel(60)
jieba.lcut("预热")
print(json.dumps(time.perf_counter() - started))
"""


def _fresh_process_seconds(code: str, *args: str) -> float:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(json.loads(out.stdout.strip().splitlines()[-1]))


def ratio_texts(reports: int = 10) -> list[str]:
    """Every seed outside gov_reports, then the first ``reports`` gov_reports (raw text)."""
    paths = sorted(p for p in SEEDS.rglob("*.txt") if "gov_reports" not in p.parts)
    paths += sorted((SEEDS / "gov_reports").rglob("*.txt"))[:reports]
    return [path.read_text(encoding="utf-8") for path in paths]


def cut_vs_raw_rjieba(quick: bool = False) -> Row | None:
    """Segmenter().cut against raw rjieba with the same dictionary (None without rjieba)."""
    from textlab.segmentation import Segmenter

    seg = Segmenter()
    seg.cut("预热")
    if seg.active_backend != "rjieba":
        return None
    texts = ratio_texts(3 if quick else 10)
    chars = sum(map(len, texts))
    raw_cut = seg._engine._jieba.cut  # the engine the segmenter loaded: the same dictionary
    times = interleaved(
        {"raw": lambda: [raw_cut(t, True) for t in texts], "cut": lambda: [seg.cut(t) for t in texts]},
        3 if quick else 9,
    )
    raw, ours = min(times["raw"]), min(times["cut"])  # least disturbed rounds of each
    return Row("segment", f"Segmenter().cut [rjieba], {chars / 1e6:.2f} M chars", ours, "s",
               "raw rjieba Jieba.cut(text, True), same dictionary", raw, raw / ours, "ratio>=0.85",
               f"{chars / ours / 1e6:.2f} vs {chars / raw / 1e6:.2f} M chars/s; seeds + {3 if quick else 10} gov_reports")


def startup_vs_jieba(quick: bool = False) -> Row:
    """Start-up to the first token in a fresh process, against plain jieba's."""
    _fresh_process_seconds(STARTUP_CODE, "auto")  # writes textlab's dictionary file if missing
    _fresh_process_seconds(JIEBA_STARTUP_CODE)  # writes jieba.cache if missing
    ours, theirs = [], []
    for _ in range(3 if quick else 7):
        ours.append(_fresh_process_seconds(STARTUP_CODE, "auto"))
        theirs.append(_fresh_process_seconds(JIEBA_STARTUP_CODE))
    return Row("segment", "start-up to first token: import textlab, Segmenter(), cut", median(ours), "s",
               "import jieba + first jieba.lcut", median(theirs), median(theirs) / median(ours), "ratio>=1",
               "fresh processes, alternating; both read their on-disk dictionary caches")


def run(quick: bool = False) -> list[Row]:
    import jieba

    from textlab.segmentation import Segmenter, available_backends

    jieba.setLogLevel(60)
    issue_rows = [row for row in (cut_vs_raw_rjieba(quick), startup_vs_jieba(quick)) if row is not None]
    texts = report_texts(150_000 if quick else None)
    chars = sum(map(len, texts))
    repeat = 1 if quick else 5
    label = f"{chars / 1e6:.2f} M chars"

    jieba.lcut("预热")  # jieba's global dictionary, built outside the timings (a benchmark process)
    fast = Segmenter()
    slow = Segmenter(backend="jieba")
    fast.cut("预热")
    slow.cut("预热")
    rows: list[Row] = []
    fast_name = f"Segmenter().cut [{fast.active_backend}]"

    times = interleaved(
        {
            "jieba.lcut": lambda: [jieba.lcut(t) for t in texts],
            "fast.cut": lambda: [fast.cut(t) for t in texts],
            "fast.tokenize": lambda: [fast.tokenize(t) for t in texts],
        },
        repeat,
    )
    slow_times = interleaved(
        {"slow.cut": lambda: [slow.cut(t) for t in texts], "slow.tokenize": lambda: [slow.tokenize(t) for t in texts]},
        1 if quick else 2,
    )
    base = median(times["jieba.lcut"])
    rows.append(Row("segment", f"{fast_name}, {label}", median(times["fast.cut"]), "s", "jieba.lcut (plain jieba)", base,
                    base / median(times["fast.cut"]), "ratio>=5",
                    f"{chars / median(times['fast.cut']) / 1e6:.2f} M chars/s vs {chars / base / 1e6:.2f}"))
    rows.append(Row("segment", "Segmenter(backend='jieba').cut", median(slow_times["slow.cut"]), "s",
                    "jieba.lcut (plain jieba)", base, base / median(slow_times["slow.cut"]), "",
                    "the jieba backend: jieba + lexicon + number splitting"))
    rows.append(Row("segment", f"Segmenter().tokenize [{fast.active_backend}]", median(times["fast.tokenize"]), "s",
                    "Segmenter(backend='jieba').tokenize", median(slow_times["slow.tokenize"]),
                    median(slow_times["slow.tokenize"]) / median(times["fast.tokenize"]), ""))

    # a process pool: the corpus twice, all cores vs one
    many = texts * (1 if quick else 2)
    pool_times = interleaved(
        {"serial": lambda: fast.cut_many(many, n_jobs=1), "pool": lambda: fast.cut_many(many, n_jobs=-1)},
        1 if quick else 3,
    )
    from textlab.segmentation.parallel import cpu_count as _cpu_count

    rows.append(Row("segment", f"cut_many(n_jobs=-1), {_cpu_count()} cores, {sum(map(len, many)) / 1e6:.1f} M chars",
                    median(pool_times["pool"]), "s", "cut_many(n_jobs=1)", median(pool_times["serial"]),
                    median(pool_times["serial"]) / median(pool_times["pool"]), "",
                    "fork pool; results sent back NUL-joined"))

    # start-up in a fresh process: dictionary (jieba's + lexicon) built and, for rjieba, loaded
    startup = {name: [] for name in ("fast", "slow", "jieba")}
    for _ in range(1 if quick else 3):
        startup["fast"].append(_fresh_process_seconds(STARTUP_CODE, "auto"))
        startup["slow"].append(_fresh_process_seconds(STARTUP_CODE, "jieba"))
        startup["jieba"].append(_fresh_process_seconds(JIEBA_STARTUP_CODE))
    rows.append(Row("segment", f"start-up to first token, Segmenter() [{fast.active_backend}]", median(startup["fast"]),
                    "s", "import jieba + first jieba.lcut", median(startup["jieba"]),
                    median(startup["jieba"]) / median(startup["fast"]), "",
                    f"backend='jieba': {median(startup['slow']):.2f} s; backends here: {available_backends()}"))
    return issue_rows + rows


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(run(quick="--quick" in sys.argv))
