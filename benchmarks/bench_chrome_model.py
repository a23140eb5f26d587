"""The cost of the chrome model in ``clean()``: a ratio against the rules-only cleaner in the same run.

    python benchmarks/bench_chrome_model.py [--repeat 3]

Inputs: the pages of ``eval/chrome_dev3`` (web copies with chrome), the five party-building seeds,
one dev3 page repeated 1, 4 and 16 times (linear time: the cost per character should stay flat)
and 300,000 label / value lines (a pathological input of tests/test_linear_time.py). For each,
the best of ``--repeat`` CPU times of ``clean(text, chrome_model=False)`` (the baseline) and of
``clean(text)`` with the shipped model already read; ``ratio`` = model / rules (1.0 = no extra
cost). Machines differ: only the ratio means anything.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _cpu(func, texts, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for t in texts:
            func(t)
        best = min(best, time.process_time() - start)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from textlab.chrome_model import shipped_chrome_model
    from textlab.cleaning import clean

    model = shipped_chrome_model()
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval" / "chrome_dev3" / "pages").glob("*.txt"))]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds" / "party_building").glob("*.txt"))]
    one = pages[25]
    inputs = {"chrome_dev3 pages": pages, "party seeds": seeds,
              **{f"one page x{k}": ["\n".join([one] * k)] for k in (1, 4, 16)},
              "label lines x100k": ["时间：\n2024-03-18\n来源：\n" * 100_000]}
    print(f"{'input':<20}{'chars':>10}{'rules s':>10}{'model s':>10}{'ratio':>8}{'model us/char':>15}")
    for name, texts in inputs.items():
        chars = sum(len(t) for t in texts)
        rules = _cpu(lambda t: clean(t, chrome_model=False), texts, args.repeat)
        learned = _cpu(lambda t: clean(t, chrome_model=model), texts, args.repeat)
        print(f"{name:<20}{chars:>10,}{rules:>10.3f}{learned:>10.3f}{learned / rules:>8.2f}{learned / chars * 1e6:>15.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
