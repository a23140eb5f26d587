"""One very big text file through ``textlab analyze``: peak memory must stay flat as the file grows.

The file is built deterministically in a temporary directory (deleted afterwards): the text of
every ``seeds/gov_reports`` .txt file, in sorted order, repeated until the size is reached, as
one document. ``textlab analyze FILE --out DIR -q`` runs in a child process; a small wrapper
process reports the child's peak resident set size (``resource.getrusage(RUSAGE_CHILDREN)``,
Linux ``ru_maxrss``) and wall time, so each size is measured in a fresh process tree.

Baseline (same run): the smallest size. The table gives the peak RSS of each size, and the
growth of the peak between the smallest and the largest size against the growth of the file
(flat memory: the peak grows much less than the file). Target from issue 12: a 200 MB file
under 2 GB (textlab 0.1.0: 7.3 GB and nothing written after 9 minutes).

Run alone: ``python benchmarks/bench_bigfile.py --mb 10 40`` (``--mb 200`` for the issue's
case; it takes long on a shared machine). Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import REPORTS, ROOT, Row  # noqa: E402

TARGET_MIB_AT_200MB = 2048

_WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
seconds = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"returncode": code.returncode, "seconds": seconds, "peak_kib": peak_kib,
                  "stderr": code.stderr[-2000:]}))
"""


def write_big_file(path: Path, size_bytes: int) -> int:
    """The seeds/gov_reports texts, sorted, repeated into one file of about ``size_bytes``; bytes written."""
    sources = [p.read_bytes() for p in sorted(REPORTS.rglob("*.txt"))]
    if not sources:
        raise SystemExit(f"no .txt files under {REPORTS}")
    written = 0
    with open(path, "wb") as handle:
        while written < size_bytes:
            for payload in sources:
                chunk = payload[: size_bytes - written]
                chunk = chunk[: len(chunk.decode("utf-8", "ignore").encode("utf-8"))]  # whole characters only
                handle.write(chunk + b"\n")
                written += len(chunk) + 1
                if written >= size_bytes:
                    break
    return written


def measure(megabytes: float, workdir: Path) -> dict:
    """Build a file of ``megabytes`` MB and run ``textlab analyze`` on it in a fresh process tree."""
    big = workdir / f"big_{megabytes:g}MB.txt"
    size = write_big_file(big, int(megabytes * 1_000_000))
    out = workdir / f"report_{megabytes:g}MB"
    command = [sys.executable, "-m", "textlab", "analyze", str(big), "--out", str(out), "-q"]
    print(f"[bigfile] {megabytes:g} MB: textlab analyze …", file=sys.stderr, flush=True)
    result = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"wrapper failed: {result.stderr[-1000:]}")
    record = json.loads(result.stdout.strip().splitlines()[-1])
    record.update(megabytes=megabytes, bytes=size, peak_mib=record["peak_kib"] / 1024,
                  documents=len(list((out / "figures").glob("keywords_*.png"))) if out.exists() else 0,
                  complete=(out / "report.html").exists())
    big.unlink()
    print(f"[bigfile] {megabytes:g} MB: exit {record['returncode']}, peak {record['peak_mib']:,.0f} MiB, "
          f"{record['seconds']:,.0f} s", file=sys.stderr, flush=True)
    return record


def run(quick: bool = False, sizes: list[float] | None = None) -> list[Row]:
    sizes = sorted(sizes or ([2, 8] if quick else [10, 40]))
    with tempfile.TemporaryDirectory(prefix="textlab-bigfile-") as tmp:
        records = [measure(mb, Path(tmp)) for mb in sizes]
    rows = []
    base = records[0]
    for record in records:
        ok = record["returncode"] == 0 and record["complete"]
        limit = TARGET_MIB_AT_200MB if record["megabytes"] >= 200 else None
        rows.append(Row(
            "bigfile", f"textlab analyze, one {record['megabytes']:g} MB text file: peak RSS",
            record["peak_mib"], "MiB", f"{base['megabytes']:g} MB file (same run)", base["peak_mib"],
            base["peak_mib"] / record["peak_mib"] if record["peak_mib"] else None,
            f"value<{limit}" if limit else "",
            f"{record['seconds']:,.0f} s; exit {record['returncode']}; report {'complete' if ok else 'MISSING'}",
        ))
    if len(records) > 1:
        last = records[-1]
        growth = last["peak_mib"] / base["peak_mib"]
        size_growth = last["bytes"] / base["bytes"]
        rows.append(Row(
            "bigfile", f"peak RSS growth {base['megabytes']:g} -> {last['megabytes']:g} MB", growth, "x",
            "file growth", size_growth, size_growth / growth if growth else None, "ratio>=2",
            "flat memory: the peak grows much less than the file",
        ))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=None, help="file sizes in MB (default: 10 40)")
    parser.add_argument("--quick", action="store_true", help="2 and 8 MB")
    args = parser.parse_args(argv)
    rows = run(quick=args.quick, sizes=args.mb)
    from benchmarks.run import print_table

    print_table(rows)
    print(json.dumps([row.__dict__ for row in rows], ensure_ascii=False), file=sys.stderr)
    return 0 if all(row.met is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
