"""Training the topic model of the report corpus shipped in ``models/topics_reports``.

Data: the reform-era reports in ``seeds/gov_reports`` (national government work reports 1978-2025,
CPC congress reports from the 12th (1982) to the 20th (2022), the 31 provincial reports of 2025).
Unit: the paragraph (one line of the cleaned text). Documents are split into a training and a
held-out part (15 % of each collection, chosen by the SHA-256 of the document id). ``train``
sweeps K on the training paragraphs, picks K with :func:`textlab.topics.choose_k` (best c_npmi
among the Ks whose topic diversity is at least 0.8), keeps the model of that K (no refit), and
writes the model, ``sweep.csv``, ``sweep.png``, ``prevalence_by_year.csv``, ``training.json`` and
``MODEL_CARD.md`` (rendered by ``textlab.training.model_cards``). ``python
scripts/train_topic_model.py`` runs it; it took 89 s wall-clock (65 s CPU) on the 2-core
development machine while other jobs were running.

Example:
    >>> summary = train("/tmp/topics")  # doctest: +SKIP
    >>> summary["k"]  # doctest: +SKIP
    10
"""

from __future__ import annotations

import datetime
import hashlib
import json
import platform
import time
from pathlib import Path
from typing import Any, Union

from textlab.training.checkout import seeds_dir

PathLike = Union[str, Path]

#: The Ks swept.
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
    """The year of a report: its ``year`` metadata, or the year its congress met."""
    if "year" in doc.meta:
        return int(doc.meta["year"])
    return CONGRESS_YEARS.get(doc.meta.get("congress"))


def report_paragraphs(reports: PathLike | None = None) -> tuple[list[str], list[dict], list[str], list[dict]]:
    """(train paragraphs, their meta, held-out paragraphs, their meta) of the report corpus.

    ``reports`` is the ``gov_reports`` folder (default: the checkout's ``seeds/gov_reports``).
    """
    from textlab.cleaning import clean
    from textlab.corpus import load_corpus
    from textlab.outline import paragraphs

    reports = Path(reports) if reports is not None else seeds_dir() / "gov_reports"
    documents = select_documents(load_corpus(reports))
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


def train(out: PathLike, ks=KS, random_state: int = RANDOM_STATE, *, reports: PathLike | None = None) -> dict[str, Any]:
    """Sweep K on the training paragraphs, keep the chosen model and save it with its card in ``out``.

    Writes the model, ``sweep.csv``, ``sweep.png``, ``prevalence_by_year.csv``, ``training.json``
    and ``MODEL_CARD.md``; returns the summary stored in ``training.json``.
    """
    import numpy as np

    from textlab import viz
    from textlab.topics import choose_k, plot_sweep, sweep_k
    from textlab.training.model_cards import write_topic_card

    out = Path(out)
    started = time.perf_counter()
    train_paras, train_meta, test_paras, test_meta = report_paragraphs(reports)
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
    write_topic_card(out)
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
