"""The main job: ``textlab analyze seeds/gov_reports`` against textlab 0.1.0, in the same run.

Two figures, each timed as a fresh process (imports included) with the 0.1.0 install and with
this checkout, one after the other:

* the whole command, ``textlab analyze seeds/gov_reports --out TMP -q`` (report included);
* the pipeline without the report: ``analyze(load_corpus("seeds/gov_reports"), progress=False)``
  with no ``out`` (0.1.0's ``textlab.report.analyze`` / this checkout's ``textlab.analysis.analyze``):
  parsing, classifying, keywords, topic fit and mixtures, nothing drawn or written;
* the same with the shipped topic model (``topic_source="shipped"``): the per-document work
  alone (parse, classify, keywords, topic mixtures), without fitting a topic model.

The 0.1.0 interpreter is ``$TEXTLAB_BASELINE_PYTHON`` (default ``/work/venv010/bin/python``: a
separate environment with textlab 0.1.0, tag ``v0.1.0``, installed). It runs isolated (``-I``)
from a temporary folder so that this checkout never shadows it; this checkout runs with
``sys.executable`` from the repository root. ``--quick`` uses seeds/party_building.

Run alone: ``python benchmarks/bench_analyze.py [--quick] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import ROOT, SEEDS, Row, median  # noqa: E402

BASELINE_PYTHON = os.environ.get("TEXTLAB_BASELINE_PYTHON", "/work/venv010/bin/python")
TARGET = "ratio>=5"
PIPELINE = {  # 0.1.0's analyze takes a loaded corpus only
    "baseline": "from textlab import load_corpus; from textlab.report import analyze; "
                "analyze(load_corpus({path!r}), progress=False{extra})",
    "current": "from textlab import load_corpus; from textlab.analysis import analyze; "
               "analyze(load_corpus({path!r}), progress=False{extra})",
}
SHIPPED = ", topic_source='shipped'"


def _seconds(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    out = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} … exited {out.returncode}: {out.stderr.strip()[-500:]}")
    return seconds


def measure(corpus: Path, *, repeat: int = 1, baseline_python: str = BASELINE_PYTHON) -> dict[str, float]:
    """Median seconds of the whole command and of the pipeline alone, for 0.1.0 and for this checkout."""
    times: dict[str, list[float]] = {f"{who}_{what}": [] for who in ("baseline", "current")
                                     for what in ("cli", "pipeline", "shipped")}
    with tempfile.TemporaryDirectory(prefix="textlab-bench-analyze-") as tmp:
        tmp_path = Path(tmp)
        for _ in range(repeat):
            for who, python, cwd, flags in (("baseline", baseline_python, tmp_path, ["-I"]),
                                            ("current", sys.executable, ROOT, [])):
                out = tmp_path / f"out-{who}"
                times[f"{who}_cli"].append(_seconds([python, *flags, "-m", "textlab", "analyze", str(corpus),
                                                     "--out", str(out), "-q"], cwd))
                shutil.rmtree(out, ignore_errors=True)
                for what, extra in (("pipeline", ""), ("shipped", SHIPPED)):
                    code = PIPELINE[who].format(path=str(corpus), extra=extra)
                    times[f"{who}_{what}"].append(_seconds([python, *flags, "-c", code], cwd))
                print(f"bench_analyze: {who}: whole run {times[who + '_cli'][-1]:.1f} s, pipeline "
                      f"{times[who + '_pipeline'][-1]:.1f} s, pipeline with the shipped topic model "
                      f"{times[who + '_shipped'][-1]:.1f} s", file=sys.stderr, flush=True)
    return {key: median(values) for key, values in times.items()}


def run(quick: bool = False, repeat: int = 1) -> list[Row]:
    corpus = SEEDS / ("party_building" if quick else "gov_reports")
    name = corpus.relative_to(ROOT)
    if not Path(BASELINE_PYTHON).exists():
        return [Row("analyze", f"textlab analyze {name}: no 0.1.0 baseline at {BASELINE_PYTHON}", float("nan"), "s",
                    note="set TEXTLAB_BASELINE_PYTHON to a Python with textlab 0.1.0 installed")]
    t = measure(corpus, repeat=repeat)
    return [
        Row("analyze", f"textlab analyze {name} --out TMP -q (whole run)", t["current_cli"], "s",
            "textlab 0.1.0, same command", t["baseline_cli"], t["baseline_cli"] / t["current_cli"], TARGET,
            note=f"median of {repeat}; fresh processes, imports included"),
        Row("analyze", f"analyze(load_corpus({str(name)!r})) without out: pipeline, no report", t["current_pipeline"], "s",
            "textlab 0.1.0 report.analyze, same call", t["baseline_pipeline"],
            t["baseline_pipeline"] / t["current_pipeline"], note=f"median of {repeat}"),
        Row("analyze", "the same with topic_source='shipped': per-document work, no topic fit", t["current_shipped"], "s",
            "textlab 0.1.0, same call", t["baseline_shipped"], t["baseline_shipped"] / t["current_shipped"],
            note=f"median of {repeat}; parse, classify, keywords, topic mixtures"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="seeds/party_building instead of seeds/gov_reports")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command (median)")
    args = parser.parse_args(argv)
    for row in run(quick=args.quick, repeat=args.repeat):
        baseline = f"{row.baseline:.1f} s" if row.baseline is not None else "-"
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        print(f"{row.name}: {row.value:.1f} s; {row.baseline_name}: {baseline}; ratio {ratio} {row.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
