"""Training the paragraph classifier shipped in ``models/classifier``: the data mix, the evaluation runs, the final fit.

``train_default_classifier`` evaluates on held-out work reports (three labels) and with
document-grouped folds on the development set (four labels), then fits the shipped model on
everything and calibrates it on the out-of-fold scores; ``save_training_run`` writes the model with
``card.json`` and ``MODEL_CARD.md`` (rendered by ``textlab.training.model_cards``). The data come from
``textlab.training.weak_labels``, the metrics from ``textlab.training.evaluate``.
``python scripts/train_classifier.py`` runs both.

Example:
    >>> run = train_default_classifier()  # doctest: +SKIP
    >>> run.card["dev"]["textlab"]["macro_f1"]  # doctest: +SKIP
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from textlab.labels import LABELS as LABELS4
from textlab.labels import TASK_LABELS as LABELS3
from textlab.training.checkout import seeds_dir
from textlab.training.evaluate import (
    BaselineClassifier,
    aggregate_paragraphs,
    paragraph_gold,
    paragraph_units,
    scores,
    split_reports,
    subsample_per_doc,
)

#: Weight of a hand-labelled development sentence against a weakly labelled one.
DEV_WEIGHT = 16.0


def training_table(weak, dev_part, others, *, random_state: int = 0):
    """Weak, 'other' and dev units, plus context-free copies of the dev units and of a quarter of
    the weak units, so the model also learns to read bare texts (``predict(list_of_str)``)."""
    import pandas as pd

    from textlab.classify import strip_context

    bare = pd.concat([strip_context(dev_part), strip_context(weak.sample(frac=0.25, random_state=random_state))])
    table = pd.concat([weak, others, dev_part, bare], ignore_index=True)
    weights = np.where(table["source"].str.startswith("dev_"), DEV_WEIGHT, 1.0)
    return table, weights

def cross_validate_dev(dev, weak, others, *, n_folds: int = 4, params: dict | None = None, random_state: int = 0):
    """Out-of-fold results on the dev set; folds group whole documents.

    Each fold's model is trained on the weak labels, the 'other' examples and the dev documents
    of the other folds. Returns (sentence scores, sentence predictions, classes, paragraph
    predictions {"aggregate": {...}, "direct": {...}} keyed by (doc, paragraph)).
    """
    from sklearn.model_selection import GroupKFold

    from textlab.classify import ParagraphClassifier

    scores_oof = np.zeros((len(dev), 4), dtype=np.float64)
    pred = np.empty(len(dev), dtype=object)
    paragraphs: dict[str, dict] = {"aggregate": {}, "direct": {}}
    classes = None
    for train_idx, test_idx in GroupKFold(n_splits=n_folds).split(dev, groups=dev["doc"]):
        table, weights = training_table(weak, dev.iloc[train_idx], others)
        clf = ParagraphClassifier(random_state=random_state, **(params or {})).fit(table, table["label"], sample_weight=weights)
        classes = clf.classes_
        test = dev.iloc[test_idx]
        scores_oof[test_idx] = clf.decision_function(test)
        proba = clf.predict_proba(test)
        pred[test_idx] = [str(classes[i]) for i in proba.argmax(axis=1)]
        paragraphs["aggregate"].update(aggregate_paragraphs(test, proba, classes))
        para_units = paragraph_units(test)
        paragraphs["direct"].update(zip(zip(para_units["doc"], para_units["paragraph"]), clf.predict(para_units)))
    return scores_oof, list(pred), classes, paragraphs


@dataclass
class TrainingRun:
    """The result of ``train_default_classifier``: the model, its card and the predictions behind it."""

    model: Any
    card: dict
    dev_predictions: Any  # DataFrame: dev units with gold label, out-of-fold prediction and baseline
    report_predictions: Any  # DataFrame: held-out report units with gold, textlab and baseline labels


def train_default_classifier(*, random_state: int = 0, verbose: bool = True, seeds: str | Path | None = None) -> TrainingRun:
    """Evaluate on held-out reports and on the dev set, then fit the shipped model on everything.

    The card holds data counts, metrics with the baseline beside them, timings and versions.
    ``seeds`` is the seed folder (work reports and development set; default: the checkout's ``seeds/``).
    """
    import pandas as pd
    import sklearn

    from textlab import __version__
    from textlab.classify import ParagraphClassifier
    from textlab.training.weak_labels import load_dev_set, other_examples, report_paths, weak_label_corpus

    def log(msg: str) -> None:
        if verbose:
            print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)

    t0 = time.perf_counter()
    seeds = seeds_dir(seeds)
    train_paths, test_paths = split_reports(report_paths(seeds / "gov_reports"))
    weak_train_all = weak_label_corpus(train_paths)
    weak_test = weak_label_corpus(test_paths)
    weak_train = subsample_per_doc(weak_train_all, random_state=random_state)
    others = other_examples()
    dev = load_dev_set(seeds)
    log(f"weak units: {len(weak_train)} train (of {len(weak_train_all)}), {len(weak_test)} held-out; dev {len(dev)}")

    # 1. held-out work reports, three labels (units labelled other by the template are left out)
    held = weak_test[weak_test["label"].isin(LABELS3)]
    table, weights = training_table(weak_train, dev, others)
    clf = ParagraphClassifier(random_state=random_state).fit(table, table["label"], sample_weight=weights)
    held_proba = clf.predict_proba(held)
    held_pred = [str(clf.classes_[i]) for i in held_proba.argmax(axis=1)]
    reports_textlab = scores(held["label"], held_pred, LABELS3)
    # paragraph level: the template labels paragraphs; aggregate sentence probabilities per paragraph
    held_gold = paragraph_gold(held)
    held_para = aggregate_paragraphs(held, held_proba, clf.classes_)
    keys = sorted(held_gold)
    reports_paragraphs = scores([held_gold[k] for k in keys], [held_para[k] for k in keys], LABELS3)
    base_train = weak_train[weak_train["label"].isin(LABELS3)]
    baseline = BaselineClassifier(random_state=random_state).fit(base_train["text"], base_train["label"])
    held_base = baseline.predict(held["text"].tolist())
    reports_base = scores(held["label"], held_base, LABELS3)
    para_units = paragraph_units(held)
    base_para = dict(zip(zip(para_units["doc"], para_units["paragraph"]), baseline.predict(para_units["text"].tolist())))
    reports_paragraphs_base = scores([held_gold[k] for k in keys], [base_para[k] for k in keys], LABELS3)
    log(f"held-out reports macro-F1: textlab {reports_textlab['macro_f1']:.3f}, baseline {reports_base['macro_f1']:.3f}; "
        f"paragraphs: textlab {reports_paragraphs['macro_f1']:.3f}, baseline {reports_paragraphs_base['macro_f1']:.3f}")

    # 2. cross-genre dev set, four labels, document-grouped folds
    weak_all = subsample_per_doc(pd.concat([weak_train_all, weak_test]), random_state=random_state)
    oof_scores, oof_pred, classes, para_pred = cross_validate_dev(dev, weak_all, others, random_state=random_state)
    dev_textlab = scores(dev["label"], oof_pred, LABELS4)
    baseline_all = BaselineClassifier(random_state=random_state).fit(
        weak_all.loc[weak_all["label"].isin(LABELS3), "text"], weak_all.loc[weak_all["label"].isin(LABELS3), "label"])
    dev_base_pred = baseline_all.predict(dev["text"].tolist())
    dev_base = scores(dev["label"], dev_base_pred, LABELS4)
    by_genre = {g: scores(dev.loc[dev["genre"] == g, "label"], [p for p, gg in zip(oof_pred, dev["genre"]) if gg == g], LABELS4)
                for g in sorted(dev["genre"].unique())}
    log(f"dev macro-F1 (4 labels, out-of-fold): textlab {dev_textlab['macro_f1']:.3f}, baseline {dev_base['macro_f1']:.3f}")

    # paragraph level on the dev set: aggregate sentence probabilities vs reading the paragraph whole
    gold = paragraph_gold(dev)
    keys = sorted(gold)
    dev_paragraphs = {mode: scores([gold[k] for k in keys], [para_pred[mode][k] for k in keys], LABELS4)
                      for mode in ("aggregate", "direct")}
    log("dev paragraphs macro-F1: " + ", ".join(f"{m} {v['macro_f1']:.3f}" for m, v in dev_paragraphs.items()))
    # 3. the shipped model: everything, calibrated on the out-of-fold dev scores
    table, weights = training_table(weak_all, dev, others)
    t_fit = time.perf_counter()
    model = ParagraphClassifier(random_state=random_state).fit(table, table["label"], sample_weight=weights)
    fit_seconds = time.perf_counter() - t_fit
    model.calibrate(oof_scores, dev["label"].tolist())
    log(f"final model fitted in {fit_seconds:.1f}s; temperature {model.temperature_:.2f}")

    card = {
        "trained": time.strftime("%Y-%m-%d"),
        "textlab_version": __version__,
        "sklearn_version": sklearn.__version__,
        "random_state": random_state,
        "data": {
            "weak_reports_train": [p.stem for p in train_paths],
            "weak_reports_heldout": [p.stem for p in test_paths],
            "weak_units_used": int(len(weak_all)),
            "weak_label_counts": {k: int(v) for k, v in weak_all["label"].value_counts().items()},
            "other_examples": int(len(others)),
            "dev_units": int(len(dev)),
            "dev_label_counts": {k: int(v) for k, v in dev["label"].value_counts().items()},
            "dev_documents": int(dev["doc"].nunique()),
            "dev_weight": DEV_WEIGHT,
        },
        "reports_heldout": {"textlab": reports_textlab, "baseline": reports_base},
        "reports_heldout_paragraphs": {"textlab": reports_paragraphs, "baseline": reports_paragraphs_base},
        "dev": {"textlab": dev_textlab, "baseline": dev_base, "by_genre": by_genre},
        "dev_paragraphs": dev_paragraphs,
        "fit_seconds": round(fit_seconds, 1),
        "total_seconds": round(time.perf_counter() - t0, 1),
    }
    dev_predictions = dev.assign(predicted=oof_pred, baseline=dev_base_pred)
    report_predictions = held.assign(predicted=held_pred, baseline=held_base)
    return TrainingRun(model=model, card=card, dev_predictions=dev_predictions, report_predictions=report_predictions)


def save_training_run(run: TrainingRun, path) -> None:
    """Save the model (data only) with ``card.json`` and ``MODEL_CARD.md`` beside it."""
    import json

    from textlab.training.model_cards import render_classifier_card

    card = dict(run.card, temperature=float(run.model.temperature_))
    folder = run.model.save(path, card={"trained": card["trained"], "dev_macro_f1": card["dev"]["textlab"]["macro_f1"],
                                        "reports_macro_f1": card["reports_heldout"]["textlab"]["macro_f1"]})
    (Path(folder) / "card.json").write_text(json.dumps(card, ensure_ascii=False, indent=1), encoding="utf-8")
    (Path(folder) / "MODEL_CARD.md").write_text(render_classifier_card(card), encoding="utf-8")
