"""Run every textlab benchmark; print one table of medians and ratios against same-run baselines.

The table comes with the machine it ran on.

    python -m benchmarks                 # everything (the streaming benchmark writes ~1 GB to a temp dir)
    python -m benchmarks --quick         # a short smoke run (small inputs, single repeats)
    python -m benchmarks --only segment,cache
    python benchmarks/run.py --stream-mb 200
    python benchmarks/run.py --only bigfile --bigfile-mb 10 40 200

Benchmarks (``benchmarks/bench_*.py``): ``segment`` (Segmenter.cut vs plain jieba.lcut, pools,
start-up), ``cache`` (second tokenization of the report corpus), ``stream`` (1 GB corpus,
peak memory), ``models`` (classifier prediction speed, topic-model fit vs gensim), ``bigfile``
(``textlab analyze`` on one big text file: peak RSS at two sizes, flat memory), ``analyze``
(``textlab analyze seeds/gov_reports``, whole run and pipeline alone, against the 0.1.0 install),
``topics`` (``bench_topics.py``, when present) and ``pathological`` (``bench_pathological.py``:
large and adversarial inputs; its own table is printed after the main one).

The table is Markdown. ``ratio`` is always "times better than the baseline" (> 1 = better);
``target`` is the goal from the issues, ``met`` whether this run reached it. Machines differ
and so does their load: the header prints the load average before and after.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import math
import os
import platform
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import ROOT, Row  # noqa: E402

HERE = Path(__file__).resolve().parent
OWN = ("segment", "cache", "stream", "models", "bigfile", "analyze")


# --------------------------------------------------------------------------- machine


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> str:
    try:
        import psutil

        return f"{psutil.virtual_memory().total / 2**30:.1f} GiB RAM"
    except ImportError:
        return "RAM unknown"


def _version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "n/a"


def machine_lines() -> list[str]:
    import textlab

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    packages = ", ".join(f"{name} {_version(name)}" for name in ("jieba", "rjieba", "numpy", "scipy", "scikit-learn", "gensim"))
    return [
        f"machine: {_cpu_model()}, {os.cpu_count()} cores ({usable} usable), {_memory_gib()}, "
        f"{platform.system()} {platform.release()}",
        f"python {platform.python_version()} ({platform.python_implementation()}); textlab {textlab.__version__}; {packages}",
    ]


# --------------------------------------------------------------------------- table


def _fmt(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 10:
        return f"{value:.1f}"
    if size >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def print_table(rows: list[Row], file=None) -> None:
    """The rows as a Markdown table."""
    file = file or sys.stdout
    header = ["benchmark", "measured", "median", "baseline (same run)", "median", "ratio", "target", "met", "note"]
    print("| " + " | ".join(header) + " |", file=file)
    print("|" + "|".join("---" for _ in header) + "|", file=file)
    for row in rows:
        met = row.met
        cells = [
            row.group, row.name, f"{_fmt(row.value)} {row.unit}".strip(),
            row.baseline_name, f"{_fmt(row.baseline)} {row.unit}".strip() if row.baseline is not None else "",
            f"{_fmt(row.ratio)}x" if row.ratio is not None else "", _target_text(row.target),
            "" if met is None else ("yes" if met else "NO"), row.note,
        ]
        print("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |", file=file)
    file.flush()


def _target_text(target: str) -> str:
    if not target:
        return ""
    subject, op, limit = (target.partition(">=") if ">=" in target else target.partition("<"))
    return f"{'ratio' if subject == 'ratio' else 'median'} {op} {limit}{'x' if subject == 'ratio' else ''}"


# --------------------------------------------------------------------------- other people's benchmarks


def _run_pathological(quick: bool) -> tuple[list[Row], str]:
    script = HERE / "bench_pathological.py"
    sizes = ["--small", "20000", "--size", "100000"] if quick else ["--small", "500000", "--size", "5000000"]
    started = time.perf_counter()
    out = subprocess.run([sys.executable, str(script), *sizes], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    text = out.stdout + (f"\n(exit code {out.returncode})\n{out.stderr[-2000:]}" if out.returncode else "")
    if out.returncode != 0:
        return [Row("pathological", "bench_pathological.py: FAILED", float("nan"), "", note=f"exit {out.returncode}")], text
    lines = out.stdout.splitlines()
    flagged = 0
    if "nothing flagged" not in out.stdout:
        start = next((i for i, line in enumerate(lines) if line.startswith("flagged")), len(lines))
        flagged = sum(1 for line in lines[start + 1:] if line.startswith("  "))
    size = sizes[-1]
    return [Row("pathological", f"bench_pathological.py ({int(size):,} chars per input): rows flagged", flagged, "",
                target="value<1", note=f"SLOW/SUPERLINEAR rows; table below; {seconds:.0f} s")], text


def _run_topics(quick: bool) -> tuple[list[Row], str]:
    """bench_topics.py: a ``run()`` returning Rows is used as is; otherwise the script runs
    (``--seeds 0`` when quick) and its ``fit_seconds`` line becomes a row of the table."""
    script = HERE / "bench_topics.py"
    module = importlib.import_module("benchmarks.bench_topics")
    run = getattr(module, "run", None)
    if callable(run):
        kwargs = {"quick": quick} if "quick" in inspect.signature(run).parameters else {}
        result = run(**kwargs)
        if isinstance(result, list) and all(isinstance(row, Row) for row in result):
            return result, ""
        return [], f"bench_topics.run() returned:\n{result}\n"
    help_text = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, cwd=ROOT).stdout
    args = ["--quick"] if quick and "--quick" in help_text else (["--seeds", "0"] if quick and "--seeds" in help_text else [])
    started = time.perf_counter()
    out = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        tail = (out.stderr.strip().splitlines() or ["no output"])[-1][:160]
        return [Row("topics", "bench_topics.py: FAILED", float("nan"), "", note=tail)], out.stdout + out.stderr[-2000:]
    rows = []
    for line in out.stdout.splitlines():
        if line.startswith("fit_seconds"):
            numbers = [float(x) for x in re.findall(r"[-+]?\d+(?:\.\d+)?", line.split(None, 1)[1])]
            if len(numbers) >= 4:
                plain, ours = numbers[0], numbers[2]
                verdict = next((x for x in out.stdout.splitlines() if x.startswith(("All targets", "Targets missed"))), "")
                rows.append(Row("topics", "TopicModel.fit, raw report paragraphs (bench_topics.py)", ours, "s",
                                "plain jieba + gensim LdaModel", plain, plain / ours if ours else None, "ratio>=1",
                                f"mean over seeds{' ' + ' '.join(args) if args else ''}; {verdict} {seconds:.0f} s"))
    return rows, out.stdout


# --------------------------------------------------------------------------- main


def run_all(names: list[str], quick: bool, stream_mb: float | None,
            bigfile_mb: list[float] | None = None) -> tuple[list[Row], list[tuple[str, str]]]:
    rows: list[Row] = []
    extra: list[tuple[str, str]] = []
    for name in names:
        started = time.perf_counter()
        print(f"[benchmarks] {name} ...", file=sys.stderr, flush=True)
        try:
            if name in OWN:
                module = importlib.import_module(f"benchmarks.bench_{name}")
                kwargs = {"quick": quick}
                if name == "stream" and stream_mb is not None:
                    kwargs["megabytes"] = stream_mb
                if name == "bigfile" and bigfile_mb:
                    kwargs["sizes"] = bigfile_mb
                rows.extend(module.run(**kwargs))
            elif name == "pathological":
                new_rows, text = _run_pathological(quick)
                rows.extend(new_rows)
                extra.append(("benchmarks/bench_pathological.py", text))
            elif name == "topics":
                new_rows, text = _run_topics(quick)
                rows.extend(new_rows)
                if text:
                    extra.append(("benchmarks/bench_topics.py", text))
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            rows.append(Row(name, f"{name}: FAILED ({type(exc).__name__}: {str(exc)[:120]})", float("nan"), ""))
        print(f"[benchmarks] {name} done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return rows, extra


def available() -> list[str]:
    names = list(OWN)
    if (HERE / "bench_topics.py").exists():
        names.append("topics")
    if (HERE / "bench_pathological.py").exists():
        names.append("pathological")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short smoke run: small inputs, one repeat")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(available())}")
    parser.add_argument("--stream-mb", type=float, default=None, help="size of the streaming corpus (default 1000 MB)")
    parser.add_argument("--bigfile-mb", type=float, nargs="+", default=None,
                        help="sizes of the big single file for bigfile (default 10 40; --quick 2 8)")
    args = parser.parse_args(argv)
    names = available()
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(wanted) - set(names))
        if unknown:
            parser.error(f"unknown benchmark(s) {unknown}; choose from {names}")
        names = [n for n in names if n in wanted]

    started, load_before = time.perf_counter(), _load()
    rows, extra = run_all(names, args.quick, args.stream_mb, args.bigfile_mb)
    print()
    print(f"textlab benchmarks{' (--quick)' if args.quick else ''}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    for line in machine_lines():
        print(line)
    print(f"load average before {load_before}, after {_load()}; {time.perf_counter() - started:.0f} s in all")
    print()
    print_table(rows)
    for title, text in extra:
        print()
        print(f"{title}:")
        print(text.rstrip())
    failed = [row for row in rows if "FAILED" in row.name]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
