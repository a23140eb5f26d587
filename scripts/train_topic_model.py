"""Train the topic model of the report corpus shipped in models/topics_reports.

    python scripts/train_topic_model.py [--out models/topics_reports] [--ks 5 8 10 12 15 20]
    python scripts/train_topic_model.py --card-only     # re-render MODEL_CARD.md from saved files

Data: the reform-era reports in seeds/gov_reports (national government work reports 1978-2025,
CPC congress reports from the 12th (1982) to the 20th (2022), the 31 provincial reports of 2025).
Unit: the paragraph (one line of the cleaned text). Documents are split into a training and a
held-out part (15 % of each collection, chosen by the SHA-256 of the document id). The script
sweeps K on the training paragraphs, picks K with :func:`textlab.topics.choose_k` (best c_npmi
among the Ks whose topic diversity is at least 0.8), keeps the model of that K (no refit), and
writes the model, ``sweep.csv``, ``sweep.png``, ``prevalence_by_year.csv`` and ``MODEL_CARD.md``.
``benchmark.json`` (written by ``benchmarks/bench_topics.py --json``) is included in the card
when present. Took 89 s wall-clock (65 s CPU) on the 2-core development machine while other
jobs were running.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "gov_reports"
OUT = ROOT / "models" / "topics_reports"
KS = (5, 8, 10, 12, 15, 20)
HELDOUT_SHARE = 0.15
RANDOM_STATE = 0
#: Parameters of the shipped model besides n_topics. The document-frequency limits are pinned: they
#: were the TopicModel defaults in textlab 0.1.0; the defaults now adapt to the corpus size (and give
#: these same values on the 8,154 training paragraphs), so the model does not depend on that rule.
PARAMS: dict[str, Any] = {"no_below": 5, "no_above": 0.1}
#: Year each congress met (the congress reports carry no year in their file names).
CONGRESS_YEARS = {12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022}
COLLECTIONS = {
    "national_gwr_wikisource": "national",
    "cpc_congress_wikisource": "congress",
    "provincial_gwr_2025": "provincial",
}


def select_documents(corpus) -> list:
    """The reform-era reports: national 1978+, congress 12th+, all provincial; no NPC resolutions."""
    chosen = []
    for doc in corpus:
        kind = COLLECTIONS.get(doc.meta.get("collection"))
        if kind == "national" and doc.meta.get("year", 0) >= 1978:
            chosen.append(doc)
        elif kind == "congress" and doc.meta.get("congress", 0) >= 12:
            chosen.append(doc)
        elif kind == "provincial":
            chosen.append(doc)
    return chosen


def heldout_ids(documents, share: float = HELDOUT_SHARE) -> set[str]:
    """Per collection, the ``share`` of documents whose SHA-256 of the id sorts first."""
    by_collection: dict[str, list[str]] = {}
    for doc in documents:
        by_collection.setdefault(doc.meta["collection"], []).append(doc.id)
    held: set[str] = set()
    for ids in by_collection.values():
        ranked = sorted(ids, key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
        held.update(ranked[: max(1, round(share * len(ranked)))])
    return held


def document_year(doc) -> int | None:
    if "year" in doc.meta:
        return int(doc.meta["year"])
    return CONGRESS_YEARS.get(doc.meta.get("congress"))


def report_paragraphs(seeds: Path = SEEDS) -> tuple[list[str], list[dict], list[str], list[dict]]:
    """(train paragraphs, their meta, held-out paragraphs, their meta) of the report corpus."""
    from textlab.cleaning import clean
    from textlab.corpus import load_corpus
    from textlab.outline import paragraphs

    documents = select_documents(load_corpus(seeds))
    held = heldout_ids(documents)
    train, train_meta, test, test_meta = [], [], [], []
    for doc in documents:
        kind = COLLECTIONS[doc.meta["collection"]]
        for j, para in enumerate(paragraphs(clean(doc.text))):
            meta = {"id": doc.id, "kind": kind, "year": document_year(doc), "region": doc.meta.get("region"), "paragraph": j}
            if doc.id in held:
                test.append(para)
                test_meta.append(meta)
            else:
                train.append(para)
                train_meta.append(meta)
    return train, train_meta, test, test_meta


def train(out: Path, ks=KS, random_state: int = RANDOM_STATE) -> dict[str, Any]:
    import numpy as np

    from textlab import viz
    from textlab.topics import TopicModel, choose_k, plot_sweep, sweep_k

    started = time.perf_counter()
    train_paras, train_meta, test_paras, test_meta = report_paragraphs()
    n_docs_train = len({m["id"] for m in train_meta})
    n_docs_test = len({m["id"] for m in test_meta})
    print(f"{len(train_paras)} training paragraphs from {n_docs_train} documents, "
          f"{len(test_paras)} held-out paragraphs from {n_docs_test} documents", flush=True)
    table, models = sweep_k(train_paras, ks=ks, random_state=random_state, heldout=test_paras,
                            return_models=True, **PARAMS)
    print(table.round(4).to_string(index=False), flush=True)
    k = choose_k(table, metric="c_npmi", min_diversity=0.8)
    model = models[k]
    print(f"chosen K = {k}", flush=True)
    train_seconds = time.perf_counter() - started

    out.mkdir(parents=True, exist_ok=True)
    model.save(out)
    table.to_csv(out / "sweep.csv", index=False, float_format="%.6f")
    viz.save_figure(plot_sweep(table, chosen_k=k), out / "sweep.png")
    frame = model.doc_topic_frame(train_paras + test_paras, meta=train_meta + test_meta)
    prevalence = model.prevalence(frame[frame["kind"] != "provincial"], by="year")
    prevalence.to_csv(out / "prevalence_by_year.csv", float_format="%.4f")
    row = table[table["k"] == k].iloc[0]
    summary = {
        "k": k,
        "ks": list(ks),
        "random_state": random_state,
        "n_train_paragraphs": len(train_paras),
        "n_train_documents": n_docs_train,
        "n_heldout_paragraphs": len(test_paras),
        "n_heldout_documents": n_docs_test,
        "heldout_documents": sorted({m["id"] for m in test_meta}),
        "n_short_texts": int(model.n_short_texts_),
        "n_terms": len(model.feature_names_),
        "scores": {m: float(row[m]) for m in ("c_v", "c_npmi", "u_mass", "npmi_heldout", "diversity")},
        "fit_seconds": float(row["fit_seconds"]),
        "script_seconds": round(train_seconds, 1),
        "date": datetime.date.today().isoformat(),
        "versions": _versions(),
        "topics": model.topics(10),
        "labels": model.topic_labels(),
        "mean_share": [float(v) for v in np.asarray(frame[model.topic_labels()].mean())],
    }
    (out / "training.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_card(out)
    print(f"saved to {out} in {train_seconds:.0f} s (sweep and final model)", flush=True)
    return summary


def _versions() -> dict[str, str]:
    import gensim
    import numpy
    import sklearn

    import textlab
    from textlab.segmentation import Segmenter

    return {
        "textlab": textlab.__version__,
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "gensim": gensim.__version__,
        "scikit-learn": sklearn.__version__,
        "segmenter_config_hash": Segmenter(min_len=2).config_hash,
    }


def write_card(out: Path) -> None:
    """Render MODEL_CARD.md from training.json, sweep.csv, manifest.json and benchmark.json."""
    import pandas as pd

    info = json.loads((out / "training.json").read_text(encoding="utf-8"))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    table = pd.read_csv(out / "sweep.csv")
    s = info["scores"]
    lines = [
        "# Topic model of the report corpus (`models/topics_reports`)",
        "",
        "An LDA topic model (`textlab.topics.TopicModel`, gensim `LdaModel` underneath) of Chinese",
        "government work reports and CPC congress reports, for reading what the reports talk about",
        "and how that shifts across years and regions.",
        "",
        "```python",
        "import textlab as tl",
        "tm = tl.load_topic_model()          # no training",
        "tm.topic_labels(); tm.transform([\"推进乡村全面振兴，保障粮食安全。\"])",
        "```",
        "",
        "## Data",
        "",
        "- Source: `seeds/gov_reports` (provenance in its `MANIFEST.md`): the reform-era reports, i.e.",
        "  national government work reports 1978-2025 (gaps as in the source), CPC congress reports",
        "  12th-20th (1982-2022) and the 31 provincial government work reports of 2025. NPC resolutions,",
        "  pre-1978 reports and the 1st-11th congress reports are left out (another register and era).",
        "- Unit: the paragraph (a line of `textlab.cleaning` output). A report has a few dozen long",
        "  paragraphs, each mostly about one policy area, while 80-odd documents are too few for LDA and",
        "  would give era topics rather than themes; prevalence by year averages the paragraphs.",
        f"- Split by document: {info['n_train_documents']} documents ({info['n_train_paragraphs']} paragraphs) for training, "
        f"{info['n_heldout_documents']} documents ({info['n_heldout_paragraphs']} paragraphs) held out",
        "  (15 % of each collection, chosen by the SHA-256 of the document id): "
        + ", ".join(f"`{i.split('/')[-1]}`" for i in info["heldout_documents"]) + ".",
        f"- Tokens: `textlab.segmentation.Segmenter(min_len=2)` (domain lexicon, stopwords; config hash "
        f"`{manifest['segmenter']['config_hash']}`).",
        f"  {info['n_short_texts']} training paragraphs with fewer than {manifest['params']['min_tokens']} tokens "
        "(headings, greetings) do not train the topics.",
        f"- Vocabulary: {info['n_terms']} tokens found in at least {manifest['params']['no_below']} and at most "
        f"{manifest['params']['no_above']:.0%} of the training paragraphs.",
        "",
        "## Model",
        "",
        f"- K = {info['k']}, chosen by a sweep over K = {', '.join(map(str, info['ks']))} "
        "(`textlab.topics.sweep_k`, then `choose_k`: the best c_npmi among the Ks whose topic diversity",
        "  is at least 0.8). Same random_state and parameters for every K. c_v and the held-out NPMI",
        "  are highest at K = 5, where the topics are broad; K = 10 has the best c_npmi and separates",
        "  themes that K = 5 merges (employment, education and safety in one topic; ideology, culture",
        "  and foreign affairs in another).",
        "- Parameters: " + ", ".join(f"`{k}={v!r}`" for k, v in manifest["params"].items()) + ".",
        "- Training: single-process gensim `LdaModel` started from an NMF (NNDSVD) of the paragraphs'",
        "  TF-IDF; deterministic (same topics in every process).",
        "",
        "### Sweep (training paragraphs; `npmi_heldout` on the held-out paragraphs)",
        "",
        _markdown_table(table),
        "",
        "![sweep](sweep.png)",
        "",
        "## Scores of the shipped model",
        "",
        "| measure | value | computed on |",
        "|---|---|---|",
        f"| c_v | {s['c_v']:.4f} | training paragraphs, top 10 words, gensim CoherenceModel |",
        f"| c_npmi | {s['c_npmi']:.4f} | training paragraphs, top 10 words, gensim CoherenceModel |",
        f"| u_mass | {s['u_mass']:.4f} | training paragraphs, top 10 words, gensim CoherenceModel |",
        f"| NPMI, held out | {s['npmi_heldout']:.4f} | held-out paragraphs as documents, top 10 words (`textlab.topics.document_npmi`) |",
        f"| diversity | {s['diversity']:.4f} | share of distinct words in the top 25 of all topics |",
        "",
        "## Topics (label = the top 3 words)",
        "",
        "| topic | label | mean share | top 10 words |",
        "|---|---|---|---|",
    ]
    for k, (label, words, share) in enumerate(zip(info["labels"], info["topics"], info["mean_share"])):
        lines.append(f"| T{k} | {label} | {share:.3f} | {' '.join(w for w, _ in words)} |")
    lines += [
        "",
        "`prevalence_by_year.csv` holds the mean topic shares of the national and congress paragraphs",
        "per year (`tm.prevalence(frame, by=\"year\")`).",
        "",
    ]
    bench = out / "benchmark.json"
    if bench.is_file():
        lines += _benchmark_section(json.loads(bench.read_text(encoding="utf-8")))
    v = info["versions"]
    lines += [
        "## Provenance",
        "",
        f"- Trained {info['date']} with textlab {v['textlab']}, Python {v['python']}, numpy {v['numpy']}, "
        f"gensim {v['gensim']}, scikit-learn {v['scikit-learn']}.",
        f"- Fit of the shipped model: {info['fit_seconds']:.1f} s; the whole script (tokenizing, sweep of "
        f"{len(info['ks'])} Ks with coherence, saving): {info['script_seconds']:.0f} s on 2 cores.",
        "- Reproduce: `python scripts/train_topic_model.py` (identical arrays in every run; the",
        "  manifest's `created` time differs). `python scripts/train_topic_model.py --card-only`",
        "  re-renders this card.",
        "- Files: `manifest.json` (format, versions, parameters, SHA-256 of the other files),",
        "  `arrays.npz` (no pickle), `vocabulary.json`, `training.json`, `sweep.csv`, `sweep.png`,",
        "  `prevalence_by_year.csv`" + (", `benchmark.json`." if bench.is_file() else "."),
        "",
        "## Limits",
        "",
        "- The 2025 provincial reports are one year only; the national series has gaps (1989-1991,",
        "  1996, 2020 missing). Topic shares by year mix the national and congress reports.",
        "- Topics are statistical word groups; the labels are their top words, not curated names.",
        "- Raw text is tokenized with the segmenter of this textlab; a changed lexicon or stopword list",
        "  changes the tokens (`TopicModel.load` warns when the segmenter's config hash differs).",
        "",
    ]
    (out / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf-8")


def _markdown_table(table) -> str:
    cols = list(table.columns)
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for _, row in table.iterrows():
        cells = [str(int(row[c])) if c == "k" else (f"{row[c]:.1f}" if c == "fit_seconds" else f"{row[c]:.4f}") for c in cols]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def _benchmark_section(bench: dict) -> list[str]:
    lines = [
        "## Benchmark against plain jieba + gensim",
        "",
        f"`benchmarks/bench_topics.py`, run {bench['date']}: {bench['description']}",
        "",
        "| metric | plain | textlab | textlab / plain | target |",
        "|---|---|---|---|---|",
    ]
    for row in bench["rows"]:
        lines.append(
            f"| {row['metric']} | {row['plain']} | {row['textlab']} | {row['ratio']} | {row['target']} |"
        )
    lines += ["", "Per random_state (plain / textlab):", ""]
    for row in bench["rows"]:
        pairs = [f"{p:.4g} / {t:.4g}" for p, t in zip(row["plain_values"], row["textlab_values"])]
        lines.append(f"- {row['metric']}: " + "; ".join(pairs))
    lines += ["", bench.get("verdict", ""), ""]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--ks", type=int, nargs="+", default=list(KS))
    parser.add_argument("--random-state", type=int, default=RANDOM_STATE)
    parser.add_argument("--card-only", action="store_true", help="only re-render MODEL_CARD.md")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if args.card_only:
        write_card(out)
        print(f"wrote {out / 'MODEL_CARD.md'}")
        return
    train(out, ks=tuple(args.ks), random_state=args.random_state)


if __name__ == "__main__":
    sys.exit(main())
