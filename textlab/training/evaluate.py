"""Scoring the paragraph classifier: metrics, document-level splits, the plain baseline, paragraph labels.

Everything here splits by document, never by paragraph: ``split_reports`` holds out whole work
reports and ``subsample_per_doc`` draws units per document. ``scores`` gives the figures every
evaluation reports (per-class precision/recall/F1, macro-F1, accuracy, confusion matrix), and
``BaselineClassifier`` is the plain TF-IDF + logistic-regression model shown beside textlab's.
Paragraph labels come from sentence labels (``paragraph_gold``) or sentence probabilities
(``aggregate_paragraphs``). The training runs that use these live in
``textlab.training.classifier_training``.

Example:
    >>> scores(["problem", "measure"], ["problem", "problem"], ["problem", "measure"])["accuracy"]
    0.5
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

#: At most this many weakly labelled sentences are drawn from one work report (all problem ones kept).
WEAK_PER_DOC = 400

def scores(y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Per-class precision/recall/F1, macro-F1, accuracy and the confusion matrix (rows = truth)."""
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=list(labels), zero_division=0)
    return {
        "macro_f1": float(np.mean(f)),
        "accuracy": float(np.mean(np.asarray(y_true) == np.asarray(y_pred))),
        "per_class": {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                      for i, lab in enumerate(labels)},
        "confusion": confusion_matrix(y_true, y_pred, labels=list(labels)).tolist(),
        "labels": list(labels),
        "n": int(len(y_true)),
    }


def split_reports(paths, *, every: int = 5):
    """Document-level split of work reports: every ``every``-th report (sorted) is held out."""
    paths = sorted(paths)
    test = [p for i, p in enumerate(paths) if i % every == 2]
    train = [p for p in paths if p not in test]
    return train, test


def subsample_per_doc(table, *, per_doc: int = WEAK_PER_DOC, random_state: int = 0):
    """At most ``per_doc`` units from each document, drawn reproducibly (keeps every problem unit)."""
    import pandas as pd

    parts = []
    for i, (_, group) in enumerate(table.groupby("doc", sort=True)):
        keep = group[group["label"] == "problem"]
        rest = group[group["label"] != "problem"]
        n = max(0, per_doc - len(keep))
        if len(rest) > n:
            rest = rest.sample(n=n, random_state=random_state + i)
        parts.append(pd.concat([keep, rest]))
    return pd.concat(parts).sort_index()


class BaselineClassifier:
    """The plain baseline: jieba words -> TF-IDF -> logistic regression, no context, no cues."""

    def __init__(self, *, C: float = 4.0, random_state: int = 0) -> None:
        self.C = C
        self.random_state = random_state

    def fit(self, texts: Sequence[str], y: Sequence[str]) -> "BaselineClassifier":
        import jieba
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        tokenizer = jieba.Tokenizer()  # its own dictionary instance, not jieba's global one
        self.vectorizer_ = TfidfVectorizer(tokenizer=tokenizer.lcut, token_pattern=None, lowercase=False,
                                           sublinear_tf=True, min_df=2)
        self.model_ = LogisticRegression(C=self.C, max_iter=2000, random_state=self.random_state)
        self.model_.fit(self.vectorizer_.fit_transform(texts), list(y))
        return self

    def predict(self, texts: Sequence[str]) -> list[str]:
        return list(self.model_.predict(self.vectorizer_.transform(texts)))

def paragraph_units(units):
    """Each paragraph of a unit table read as one unit (for ``paragraph_mode="direct"``)."""
    firsts = units.drop_duplicates(["doc", "paragraph"]).copy()
    return firsts.assign(text=firsts["paragraph_text"], sentence=0, n_sentences=1, prev_text="", next_text="",
                         heading_sentence=firsts["is_heading"])

def aggregate_paragraphs(units, proba, classes) -> dict[tuple[str, int], str]:
    """Paragraph labels from length-weighted mean sentence probabilities: {(doc, paragraph): label}."""
    import pandas as pd

    weights = units["text"].str.len().clip(lower=1).to_numpy(dtype=float)
    frame = pd.DataFrame(proba * weights[:, None], columns=list(classes))
    frame["doc"], frame["paragraph"] = units["doc"].to_numpy(), units["paragraph"].to_numpy()
    sums = frame.groupby(["doc", "paragraph"], sort=True)[list(classes)].sum()
    return {key: str(classes[i]) for key, i in zip(sums.index, sums.to_numpy().argmax(axis=1))}

def paragraph_gold(units) -> dict[tuple[str, int], str]:
    """Paragraph labels from sentence labels: the label covering most characters."""
    gold: dict[tuple[str, int], str] = {}
    for (doc, para), group in units.groupby(["doc", "paragraph"], sort=True):
        weight = group.groupby("label")["text"].apply(lambda s: s.str.len().sum())
        gold[(doc, int(para))] = str(weight.idxmax())
    return gold
