"""Streaming: clean -> tokenize -> TF-IDF + online LDA over a generated corpus of ~1 GB.

The corpus is every .txt under seeds/ copied again and again into a temporary directory
(deleted afterwards). :func:`textlab.stream.stream_corpus` runs in a child process (workers:
all cores) while this process samples the memory of the whole process tree: the peak of the
summed PSS (proportional set size: pages shared by forked workers counted once) and the
largest single RSS. Baseline, measured in the same run on a slice of the corpus: an in-memory
pipeline (``load_corpus`` + ``clean`` + ``tokenize_many(n_jobs=-1)`` + one TF-IDF fit + gensim
``LdaModel`` on the whole list), for throughput and memory per corpus byte; the streaming
pipeline on one core over the slice is shown in the note.

Run alone: ``python benchmarks/bench_stream.py [--quick] [--mb 1000]``; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import ROOT, SEEDS, Row  # noqa: E402

N_TOPICS = 10


def write_corpus(target: Path, size_bytes: int) -> tuple[int, int]:
    """Copies of every seed .txt under ``target`` until ``size_bytes``; (files, bytes)."""
    sources = [(path.stem, path.read_bytes()) for path in sorted(SEEDS.rglob("*.txt"))]
    files = written = copy = 0
    while written < size_bytes:
        folder = target / f"copy{copy:05d}"
        folder.mkdir(parents=True)
        for stem, payload in sources:
            (folder / f"{stem}.txt").write_bytes(payload)
            files += 1
            written += len(payload)
            if written >= size_bytes:
                break
        copy += 1
    return files, written


# --------------------------------------------------------------------------- the child process


def child(directory: str, mode: str, n_jobs: int) -> dict:
    """Run one pipeline; the clock starts after imports and the dictionary are ready."""
    import gensim.models  # noqa: F401  (imported before the clock, like the dictionary)
    import sklearn.preprocessing  # noqa: F401

    from textlab.cleaning import clean
    from textlab.corpus import load_corpus
    from textlab.segmentation import Segmenter
    from textlab.stream import HashingTfidf, bag_of_tokens, stream_corpus

    segmenter = Segmenter(min_len=2)
    segmenter.tokenize(clean("预热"))
    started = time.perf_counter()
    if mode == "stream":
        result = stream_corpus(directory, segmenter=segmenter, n_topics=N_TOPICS, n_jobs=n_jobs, progress=True)
        return {"seconds": time.perf_counter() - started, "documents": result.n_documents, "chars": result.n_chars,
                "tokens": result.n_tokens, "topic": [w for w, _p in result.topics(8)[0]]}
    # in memory: everything loaded and kept, as one would without streaming
    documents = load_corpus(directory)
    chars = sum(len(doc.text) for doc in documents)
    texts = [clean(doc.text) for doc in documents]
    tokens = segmenter.tokenize_many(texts, n_jobs=n_jobs)
    tfidf = HashingTfidf()
    counts = tfidf.partial_fit_bags([bag_of_tokens(t) for t in tokens])
    matrix = tfidf.transform(tokens, counts)
    lda_on_counts(counts, tfidf.n_features)
    return {"seconds": time.perf_counter() - started, "documents": len(texts), "chars": chars,
            "tokens": int(counts.sum()), "nnz": int(matrix.nnz)}


def lda_on_counts(counts, n_features: int):
    """Plain gensim: one ``LdaModel`` update over every non-empty row of a csr count matrix at once
    (the settings of the streaming pipeline's online LDA: float32, 50 iterations, one pass)."""
    import numpy as np
    from gensim.models import LdaModel
    from gensim.utils import FakeDict

    bows = [list(zip(counts.indices[start:end].tolist(), counts.data[start:end].tolist()))
            for start, end in zip(counts.indptr[:-1], counts.indptr[1:]) if end > start]
    lda = LdaModel(id2word=FakeDict(n_features), num_topics=N_TOPICS, chunksize=max(counts.shape[0], 1), iterations=50,
                   passes=1, update_every=1, eval_every=None, random_state=0, dtype=np.float32)
    lda.update(bows, chunksize=len(bows))
    return lda


# --------------------------------------------------------------------------- memory sampling


def _run_child(directory: Path, mode: str, n_jobs: int) -> dict:
    """Run :func:`child` in a fresh process, sampling the memory of its process tree."""
    import psutil

    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_stream", "--child", str(directory), "--mode", mode,
         "--n-jobs", str(n_jobs)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    peak = {"pss": 0, "rss_sum": 0, "rss_max": 0}
    stop = threading.Event()

    def sample() -> None:
        root = psutil.Process(process.pid)
        last_pss = 0.0
        while not stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                rss = [p.memory_info().rss for p in tree]
                peak["rss_sum"] = max(peak["rss_sum"], sum(rss))
                peak["rss_max"] = max(peak["rss_max"], max(rss))
                if time.monotonic() - last_pss > 1.0:
                    last_pss = time.monotonic()
                    peak["pss"] = max(peak["pss"], sum(p.memory_full_info().pss for p in tree))
            except (psutil.NoSuchProcess, psutil.AccessDenied, ProcessLookupError):
                pass
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"bench_stream child ({mode}) failed with exit code {process.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result.update({key: value / 2**30 for key, value in peak.items()})  # GiB
    return result


def run(quick: bool = False, megabytes: float | None = None) -> list[Row]:
    full_mb = megabytes if megabytes is not None else (20 if quick else 1000)
    slice_mb = min(full_mb, 5 if quick else 50)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="textlab-bench-stream-") as tmp:
        full_dir, slice_dir = Path(tmp) / "full", Path(tmp) / "slice"
        started = time.perf_counter()
        n_files, n_bytes = write_corpus(full_dir, int(full_mb * 1e6))
        print(f"bench_stream: wrote {n_files:,} files, {n_bytes / 1e9:.2f} GB in {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
        s_files, s_bytes = write_corpus(slice_dir, int(slice_mb * 1e6))
        streamed = _run_child(full_dir, "stream", -1)
        serial = _run_child(slice_dir, "stream", 1)
        in_memory = _run_child(slice_dir, "memory", -1)
    full_rate = streamed["chars"] / streamed["seconds"] / 1e6
    serial_rate = serial["chars"] / serial["seconds"] / 1e6
    memory_rate = in_memory["chars"] / in_memory["seconds"] / 1e6
    size = f"{n_bytes / 1e9:.2f} GB ({n_files:,} files, {streamed['chars'] / 1e6:,.0f} M chars)"
    rows.append(Row("stream", f"stream_corpus, {size}, all cores: throughput", full_rate, "M chars/s",
                    f"in-memory pipeline, all cores, {s_bytes / 1e6:.0f} MB", memory_rate, full_rate / memory_rate, "",
                    f"{streamed['seconds']:.0f} s in all; LDA {N_TOPICS} topics, 2^18 hashed features; "
                    f"streaming on one core ({s_bytes / 1e6:.0f} MB): {serial_rate:.2f} M chars/s"))
    per_byte_stream = streamed["pss"] / n_bytes
    per_byte_memory = in_memory["pss"] / s_bytes
    rows.append(Row("stream", "  peak memory, whole process tree (PSS)", streamed["pss"], "GiB",
                    f"in-memory pipeline on {s_bytes / 1e6:.0f} MB", in_memory["pss"], per_byte_memory / per_byte_stream,
                    "value<1.5", f"ratio: memory per corpus byte; largest process RSS {streamed['rss_max']:.2f} GiB, "
                                 f"RSS sum {streamed['rss_sum']:.2f} GiB"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--mb", type=float, default=None, help="corpus size in MB (default 1000, --quick 20)")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="stream", help=argparse.SUPPRESS)
    parser.add_argument("--n-jobs", type=int, default=-1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.mode, args.n_jobs), ensure_ascii=False), flush=True)
        return 0
    from benchmarks.run import print_table

    print_table(run(quick=args.quick, megabytes=args.mb))
    return 0


if __name__ == "__main__":
    sys.exit(main())
