"""Benchmark: textlab TopicModel vs plain jieba + gensim LdaModel on the same report paragraphs.

    python benchmarks/bench_topics.py [--seeds 0 1 2] [--k 10] [--json models/topics_reports/benchmark.json]

Both pipelines get the same raw training paragraphs (the reform-era reports of seeds/gov_reports,
split by document as in scripts/train_topic_model.py) and the same K and random_state:

* plain: ``jieba.lcut`` + drop whitespace and tokens made only of punctuation/digits, a
  ``gensim.corpora.Dictionary`` without filtering, ``LdaModel(num_topics=K, passes=5,
  random_state=seed)`` (other arguments at gensim's defaults);
* textlab: ``TopicModel(n_topics=K, random_state=seed).fit(paragraphs)`` with its defaults
  (cleaning, Segmenter(min_len=2), vocabulary limits, NMF start), the segmenter's on-disk cache off.

Measured per seed, each pipeline on its own tokens: c_npmi of the top 10 words on the training
paragraphs (gensim CoherenceModel), NPMI of the top 10 words counted over the held-out paragraphs
as documents (``textlab.topics.document_npmi``), diversity of the top 25 words, and fit time
(raw paragraphs to fitted model, tokenizing included; the two runs alternate). The table shows
means over the seeds and textlab / plain ratios.
Targets (issue 4): higher c_npmi and held-out NPMI, diversity >= 0.8 at K=10, fit time no worse.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_PUNCT_OR_DIGITS = re.compile(r"^[\W\d_]+$")


def _train_script():
    from textlab.training import topic_training

    return topic_training


def plain_tokens(texts: list[str]) -> list[list[str]]:
    import jieba

    return [[w for w in jieba.lcut(t) if w.strip() and not _PUNCT_OR_DIGITS.match(w)] for t in texts]


def run_plain(train: list[str], heldout: list[str], k: int, seed: int) -> dict:
    from gensim.corpora import Dictionary
    from gensim.models import CoherenceModel, LdaModel

    from textlab.topics import document_npmi, topic_diversity

    started = time.perf_counter()
    tokens = plain_tokens(train)
    dictionary = Dictionary(tokens)
    corpus = [dictionary.doc2bow(t) for t in tokens]
    lda = LdaModel(corpus, id2word=dictionary, num_topics=k, passes=5, random_state=seed)
    seconds = time.perf_counter() - started
    top10 = [[w for w, _ in lda.show_topic(t, 10)] for t in range(k)]
    top25 = [[w for w, _ in lda.show_topic(t, 25)] for t in range(k)]
    c_npmi = CoherenceModel(topics=top10, texts=tokens, dictionary=dictionary, coherence="c_npmi", processes=1).get_coherence()
    held = statistics.fmean(document_npmi(top10, plain_tokens(heldout)))
    return {"c_npmi": c_npmi, "npmi_heldout": held, "diversity": topic_diversity(top25), "fit_seconds": seconds, "top10": top10}


def run_textlab(train: list[str], heldout: list[str], k: int, seed: int) -> dict:
    from textlab.segmentation import Segmenter
    from textlab.topics import DEFAULT_MIN_LEN, TopicModel

    segmenter = Segmenter(min_len=DEFAULT_MIN_LEN, cache=False)
    started = time.perf_counter()
    model = TopicModel(n_topics=k, random_state=seed, segmenter=segmenter).fit(train)
    seconds = time.perf_counter() - started
    tokens = model.tokenize(train)
    c_npmi = model.coherence(tokens, measures=("c_npmi",))["c_npmi"]
    return {
        "c_npmi": c_npmi,
        "npmi_heldout": model.npmi(heldout),
        "diversity": model.diversity(25),
        "fit_seconds": seconds,
        "top10": model.topic_words(10),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--json", help="also write the results to this JSON file (for the model card)")
    parser.add_argument("--show-topics", action="store_true")
    args = parser.parse_args(argv)

    import jieba

    from textlab.segmentation import Segmenter

    jieba.setLogLevel(60)
    train, _, heldout, _ = _train_script().report_paragraphs()
    print(f"{len(train)} training paragraphs, {len(heldout)} held-out paragraphs, K={args.k}, seeds {args.seeds}")
    # warm up both tokenizers (dictionary loading is not part of a fit)
    jieba.lcut("预热")
    Segmenter(min_len=2, cache=False).tokenize("预热")

    results: dict[str, list[dict]] = {"plain": [], "textlab": []}
    for i, seed in enumerate(args.seeds):
        order = ("plain", "textlab") if i % 2 == 0 else ("textlab", "plain")
        for name in order:
            run = run_plain if name == "plain" else run_textlab
            res = run(train, heldout, args.k, seed)
            results[name].append(res)
            print(f"  seed {seed} {name:8s} c_npmi={res['c_npmi']:+.4f} npmi_heldout={res['npmi_heldout']:+.4f} "
                  f"diversity={res['diversity']:.3f} fit={res['fit_seconds']:.1f}s", flush=True)
            if args.show_topics:
                for words in res["top10"]:
                    print("     ", " ".join(words))

    metrics = [
        ("c_npmi", "higher", "> plain"),
        ("npmi_heldout", "higher", "> plain"),
        ("diversity", "higher", ">= 0.8"),
        ("fit_seconds", "lower", "<= plain"),
    ]
    rows = []
    print()
    print(f"{'metric':14s} {'plain':>18s} {'textlab':>18s} {'ratio':>8s}  target      met")
    for metric, _better, target in metrics:
        p = [r[metric] for r in results["plain"]]
        t = [r[metric] for r in results["textlab"]]
        pm, tm = statistics.fmean(p), statistics.fmean(t)
        psd = statistics.pstdev(p) if len(p) > 1 else 0.0
        tsd = statistics.pstdev(t) if len(t) > 1 else 0.0
        ratio = tm / pm if pm else float("nan")
        if metric == "diversity":
            met = tm >= 0.8
        elif metric == "fit_seconds":
            met = tm <= pm
        else:
            met = tm > pm
        fmt = "{:.1f}" if metric == "fit_seconds" else "{:+.4f}" if "npmi" in metric else "{:.3f}"
        pcell = f"{fmt.format(pm)} ± {fmt.format(psd).lstrip('+')}"
        tcell = f"{fmt.format(tm)} ± {fmt.format(tsd).lstrip('+')}"
        print(f"{metric:14s} {pcell:>18s} {tcell:>18s} {ratio:8.2f}  {target:10s}  {'yes' if met else 'NO'}")
        rows.append({"metric": metric, "plain": pcell, "textlab": tcell, "ratio": f"{ratio:.2f}", "target": target,
                     "met": met, "plain_values": p, "textlab_values": t})
    missed = [r["metric"] for r in rows if not r["met"]]
    verdict = "All targets met." if not missed else f"Targets missed: {', '.join(missed)}."
    print(verdict)
    if args.json:
        import gensim

        import textlab

        payload = {
            "date": datetime.date.today().isoformat(),
            "description": (
                f"{len(train)} training / {len(heldout)} held-out paragraphs, K={args.k}, mean ± sd over "
                f"random_state {', '.join(map(str, args.seeds))}; textlab {textlab.__version__}, gensim {gensim.__version__}, "
                "2 cores. NPMI values are in [-1, 1]; for them the ratio is textlab / plain of the means."
            ),
            "rows": rows,
            "verdict": verdict,
        }
        Path(args.json).write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    sys.exit(main())
