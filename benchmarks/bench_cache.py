"""Token cache: tokenizing the report corpus a second time, against the first time.

Two measurements, each with a fresh temporary cache directory per round:

* in one process: ``Segmenter(cache=dir).tokenize_many(reports)``, first call (segments and
  writes the cache) vs second call (reads it);
* as a user re-running a notebook: a fresh Python process that reads the 118 report files and
  tokenizes them, run twice; the second run finds the cache and never builds the dictionary.

Run alone: ``python benchmarks/bench_cache.py [--quick]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import REPORTS, ROOT, Row, median, report_texts  # noqa: E402

PROCESS_CODE = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from textlab.segmentation import Segmenter
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.txt"))][: int(sys.argv[3])]
tokens = Segmenter(cache=sys.argv[2]).tokenize_many(texts)
print(json.dumps([time.perf_counter() - started, sum(map(len, tokens))]))
"""


def _run_process(cache_dir: str, n_files: int) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", PROCESS_CODE, str(REPORTS), cache_dir, str(n_files)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, n_tokens = json.loads(out.stdout.strip().splitlines()[-1])
    return seconds, n_tokens


def run(quick: bool = False) -> list[Row]:
    from textlab.segmentation import Segmenter

    texts = report_texts()
    n_files = 12 if quick else len(texts)
    texts = texts[:n_files]
    chars = sum(map(len, texts))
    rounds = 1 if quick else 3
    Segmenter().cut("预热")  # the dictionary, built once outside the timings

    first, second, uncached = [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        expected = Segmenter(cache=False).tokenize_many(texts)
        uncached.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory(prefix="textlab-bench-cache-") as tmp:
            seg = Segmenter(cache=tmp)
            started = time.perf_counter()
            cold = seg.tokenize_many(texts)
            first.append(time.perf_counter() - started)
            started = time.perf_counter()
            warm = Segmenter(cache=tmp).tokenize_many(texts)
            second.append(time.perf_counter() - started)
            if not cold == warm == expected:
                raise AssertionError("cached tokens differ from fresh ones")

    p_first, p_second, sizes = [], [], set()
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="textlab-bench-cache-") as tmp:
            seconds, n_tokens = _run_process(tmp, n_files)
            p_first.append(seconds)
            sizes.add(n_tokens)
            seconds, n_tokens = _run_process(tmp, n_files)
            p_second.append(seconds)
            sizes.add(n_tokens)
    if len(sizes) != 1:
        raise AssertionError(f"first and second runs gave different token counts: {sizes}")

    label = f"{n_files} reports, {chars / 1e6:.2f} M chars"
    return [
        Row("cache", f"tokenize_many, second call (cache hit), {label}", median(second), "s",
            "first call (segments + writes cache)", median(first), median(first) / median(second), "ratio>=20",
            f"without cache: {median(uncached):.2f} s"),
        Row("cache", "notebook re-run: fresh process, read files + tokenize, 2nd run", median(p_second), "s",
            "same process, 1st run (builds dictionary)", median(p_first), median(p_first) / median(p_second), "",
            "includes Python start-up and imports"),
    ]


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(run(quick="--quick" in sys.argv))
