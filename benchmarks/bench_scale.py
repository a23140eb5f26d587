"""Scale: ``textlab analyze`` on a synthetic corpus of 1,000 … 10,000+ documents, local engine
against ``--engine dask --workers 2``, in the same run.

The corpus is made deterministically from the paragraphs of seeds/gov_reports: document ``i``
gets a title (a province or city, a year, a kind of report and its number) and 6 to 18 body
paragraphs drawn with ``random.Random(i)``, some of them under the numbered section headings of
a work report (一、…回顾 / 二、…总体要求 / 三、…任务), so every document is a different
combination and order of real report text (no two documents are equal) and the first
``n`` documents of a larger corpus are the corpus of size ``n``.

Each run is a fresh process (``python -m textlab analyze CORPUS --out TMP -q [--engine dask
--workers 2]``, default topic options: a topic model is fitted on the bounded sample). Reported:
seconds, documents per second, the peak resident memory of the client process and of each
worker process (psutil, sampled every 0.2 s over the whole process tree), the load average
of the machine before and after (the benchmark shares its cores), and how the time grows from
the smallest to the largest size (linear growth: the ratio equals the size ratio).

Run alone: ``nice -n 10 python benchmarks/bench_scale.py [--sizes 1000,10000] [--engines local,dask]
[--workers 2] [--corpus-dir DIR]``; ``--quick`` runs 200 documents.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import REPORTS, ROOT  # noqa: E402

REGIONS = ("北京市", "天津市", "河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省",
           "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "四川省", "贵州省", "云南省", "陕西省",
           "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "广西壮族自治区", "内蒙古自治区", "西藏自治区",
           "海南省", "重庆市", "上海市", "黑龙江省")
PLACES = ("", "东城区", "新城县", "河西区", "高新区", "南山县", "北湖区", "青山市", "临江县", "西岭镇")
KINDS = ("政府工作报告", "工作总结", "述职报告", "工作情况的报告", "经验交流材料")
SECTIONS = ("一、{y}年工作回顾", "二、{n}年经济社会发展总体要求", "三、{n}年重点工作任务")
MIN_PARAGRAPH_CHARS, MAX_PARAGRAPH_CHARS = 40, 600
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 6, 18


def paragraph_pool(folder: Path = REPORTS) -> list[str]:
    """Body paragraphs of the report corpus (40..600 characters, headings left out), in file order."""
    heading = re.compile(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）")
    pool, seen = [], set()
    for path in sorted(folder.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if MIN_PARAGRAPH_CHARS <= len(line) <= MAX_PARAGRAPH_CHARS and not heading.match(line) and line not in seen:
                seen.add(line)
                pool.append(line)
    return pool


def document(i: int, pool: list[str]) -> tuple[str, str]:
    """(file name, text) of synthetic document ``i``: depends on ``i`` and the pool only."""
    rng = random.Random(i)
    region, place, kind = rng.choice(REGIONS), rng.choice(PLACES), rng.choice(KINDS)
    year = 2000 + rng.randrange(26)
    chosen = rng.sample(range(len(pool)), rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS))
    lines = [f"{region}{place}{year}年{kind}（第{i + 1}号）"]
    per_section = max(1, len(chosen) // 3)
    for k, index in enumerate(chosen):
        if k % per_section == 0 and k // per_section < 3:
            lines.append(SECTIONS[k // per_section].format(y=year - 1, n=year))
        lines.append(pool[index])
    return f"{year}_{region}{place}_{i + 1:06d}.txt", "\n".join(lines) + "\n"


def make_corpus(folder: Path, n: int, pool: list[str]) -> Path:
    """``n`` synthetic documents in ``folder`` (kept when already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / ".complete"
    if marker.exists() and marker.read_text() == str(n):
        return folder
    for path in folder.glob("*.txt"):
        path.unlink()
    for i in range(n):
        name, text = document(i, pool)
        (folder / name).write_text(text, encoding="utf-8")
    marker.write_text(str(n))
    return folder


class TreeMemory:
    """Samples the resident memory of a process and of all its descendants (psutil)."""

    def __init__(self, pid: int, interval: float = 0.2, parts: Path | None = None) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak: dict[int, int] = {}  # pid -> peak RSS
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds (user + system) at the last sample
        self.names: dict[int, str] = {}
        self.parts = parts  # the output's parent: Parquet parts written so far (dask engine progress)
        self.progress: list[tuple[float, int]] = []
        self._started = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            for proc in processes:
                try:
                    rss = proc.memory_info().rss
                    if proc.pid not in self.names:
                        self.names[proc.pid] = " ".join(proc.cmdline()[:4])
                except psutil.Error:
                    continue
                self.peak[proc.pid] = max(self.peak.get(proc.pid, 0), rss)
                try:
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                except psutil.Error:
                    pass
            if self.parts is not None:
                n = sum(1 for _ in self.parts.glob(".*textlab-tmp-*/units/part-*.parquet"))
                if n > (self.progress[-1][1] if self.progress else -1):
                    self.progress.append((time.perf_counter() - self._started, n))
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def client_peak(self) -> int:
        return self.peak.get(self.root.pid, 0)

    def worker_peaks(self) -> list[int]:
        """Peaks of the worker processes: descendants other than the nannies and the resource
        tracker (a worker is the largest process of each spawn chain; nannies stay small)."""
        others = [(pid, rss) for pid, rss in self.peak.items() if pid != self.root.pid
                  and "resource_tracker" not in self.names.get(pid, "")]
        return sorted((rss for _, rss in others), reverse=True)


def run_once(corpus: Path, n: int, engine: str, workers: int, tmp: Path, timeout: float | None = None) -> dict:
    out = tmp / f"out-{engine}-{n}"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "textlab", "analyze", str(corpus), "--out", str(out), "-q"]
    if engine == "dask":
        command += ["--engine", "dask", "--workers", str(workers)]
    load_before = os.getloadavg()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    finished = True
    with TreeMemory(process.pid, parts=tmp if engine == "dask" else None) as memory:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:  # stopped: report the throughput of the parts written so far
            finished = False
            process.terminate()
            stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if finished and process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {stderr[-1500:]}")
    n_docs = sum(1 for _ in open(out / "documents.csv", encoding="utf-8-sig")) - 1 if finished else 0
    workers_rss = memory.worker_peaks()[:workers] if engine == "dask" else []
    from textlab.dask_engine import FILES_PER_PARTITION

    result = {
        "engine": engine if engine == "local" else f"dask --workers {workers}", "documents": n, "analysed": n_docs,
        "finished": finished, "seconds": round(seconds, 1), "docs_per_s": round(n / seconds, 2) if finished else None,
        "cpu_seconds": round(sum(memory.cpu.values()), 1),
        "progress": [(round(t, 1), k * FILES_PER_PARTITION) for t, k in memory.progress],
        "client_peak_mb": round(memory.client_peak() / 2**20), "worker_peak_mb": [round(r / 2**20) for r in workers_rss],
        "load_before": [round(x, 2) for x in load_before], "load_after": [round(x, 2) for x in os.getloadavg()],
        "corpus_mb": round(sum(p.stat().st_size for p in corpus.glob("*.txt")) / 2**20, 1),
    }
    shutil.rmtree(out, ignore_errors=True)
    return result


def table(results: list[dict]) -> str:
    lines = ["| engine | documents | seconds | documents/s | CPU s (all processes) | peak client MB | peak per worker MB "
             "| load avg (1 min) before → after |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        workers = " / ".join(str(m) for m in r["worker_peak_mb"]) or "-"
        done = "" if r.get("finished", True) else " (stopped)"
        lines.append(f"| {r['engine']} | {r['documents']:,}{done} | {r['seconds']:,} | {r['docs_per_s']} | {r.get('cpu_seconds')} "
                     f"| {r['client_peak_mb']:,} | {workers} | {r['load_before'][0]} → {r['load_after'][0]} |")
    by_engine: dict[str, list[dict]] = {}
    for r in results:
        by_engine.setdefault(r["engine"], []).append(r)
    for engine, rows in by_engine.items():
        rows = sorted((r for r in rows if r.get("finished", True)), key=lambda r: r["documents"])
        if len(rows) > 1:
            small, large = rows[0], rows[-1]
            lines.append(f"\n{engine}: {large['documents'] // small['documents']}x the documents took "
                         f"{large['seconds'] / small['seconds']:.2f}x the time")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--engines", default="local,dask", help="local, dask or both")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus-dir", default=None, help="where the synthetic corpora are made (kept between runs)")
    parser.add_argument("--json", default=None, help="also write the results to this JSON file")
    parser.add_argument("--quick", action="store_true", help="200 documents only")
    parser.add_argument("--timeout", type=float, default=None,
                        help="stop a run after this many seconds and report the documents parsed so far (dask)")
    args = parser.parse_args(argv)
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",")]
    engines = [e.strip() for e in args.engines.split(",")]
    pool = paragraph_pool()
    print(f"bench_scale: {len(pool):,} distinct paragraphs of seeds/gov_reports; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()}", file=sys.stderr, flush=True)
    base = Path(args.corpus_dir) if args.corpus_dir else Path(tempfile.mkdtemp(prefix="textlab-bench-scale-"))
    results = []
    with tempfile.TemporaryDirectory(prefix="textlab-bench-scale-out-") as tmp:
        for n in sizes:
            corpus = make_corpus(base / f"synthetic_{n}", n, pool)
            for engine in engines:
                result = run_once(corpus, n, engine, args.workers, Path(tmp), args.timeout)
                print(f"bench_scale: {json.dumps(result, ensure_ascii=False)}", file=sys.stderr, flush=True)
                results.append(result)
                if args.json:
                    Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if not args.corpus_dir:
        shutil.rmtree(base, ignore_errors=True)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
