"""Topic shares as tables: one row per text joined with its metadata, and prevalence by metadata.

Owns :func:`doc_topic_frame` (topic shares of documents or their paragraphs, with ``id`` and
metadata columns, one column per topic label and ``dominant_topic``) and :func:`prevalence`
(mean, optionally weighted, topic share per value of metadata columns such as year or region).
:meth:`textlab.topics.TopicModel.doc_topic_frame` and :meth:`~textlab.topics.TopicModel.prevalence`
call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from textlab.topics.vocabulary import as_items, is_document

if TYPE_CHECKING:
    import pandas

__all__ = ["doc_topic_frame", "meta_rows", "prevalence"]


def doc_topic_frame(
    model: Any,
    texts_or_corpus: Iterable[Any],
    meta: Any = None,
    *,
    unit: str = "document",
    text_column: bool = False,
) -> pandas.DataFrame:
    """Topic shares of each text under fitted ``model`` as a DataFrame joined with its metadata.

    See :meth:`textlab.topics.TopicModel.doc_topic_frame`.
    """
    import pandas as pd

    if unit not in ("document", "paragraph"):
        raise ValueError(f"unit must be 'document' or 'paragraph', got {unit!r}")
    items = as_items(texts_or_corpus, "texts_or_corpus")
    rows = meta_rows(items, meta)
    if unit == "paragraph":
        from textlab.cleaning import clean
        from textlab.outline import paragraphs

        texts, new_rows = [], []
        for i, (item, row) in enumerate(zip(items, rows)):
            text = item.text if is_document(item) else item
            if not isinstance(text, str):
                raise TypeError(f"unit='paragraph' needs raw strings; item {i} is a {type(text).__name__}")
            for j, para in enumerate(paragraphs(clean(text))):
                texts.append(para)
                new_rows.append({**row, "paragraph": j})
        rows = new_rows
    else:
        texts = [item.text if is_document(item) else item for item in items]
    shares = model.transform(texts) if texts else np.zeros((0, model.components_.shape[0]))
    labels = model.topic_labels()
    frame = pd.DataFrame.from_records(rows) if rows else pd.DataFrame(index=range(len(texts)))
    if text_column:
        frame["text"] = [t if isinstance(t, str) else " ".join(t) for t in texts]
    topic_frame = pd.DataFrame(shares, columns=labels, index=frame.index)
    frame = pd.concat([frame, topic_frame], axis=1)
    frame["dominant_topic"] = [labels[k] for k in shares.argmax(axis=1)] if len(texts) else []
    return frame


def prevalence(
    frame: pandas.DataFrame,
    labels: Sequence[str],
    by: str | Sequence[str] = "year",
    *,
    weight: str | None = None,
) -> pandas.DataFrame:
    """Mean share of each topic column ``labels`` of ``frame`` per value of ``by``.

    See :meth:`textlab.topics.TopicModel.prevalence`.
    """
    labels = list(labels)
    keys = [by] if isinstance(by, str) else list(by)
    missing = [c for c in [*keys, *labels, *([weight] if weight else [])] if c not in frame.columns]
    if missing:
        raise ValueError(
            f"prevalence(): columns {missing} not in the frame; pass a frame from doc_topic_frame() of this model"
        )
    has_key = frame[keys].notna().all(axis=1)
    data = frame.loc[has_key]
    if weight is None:
        table = data.groupby(keys if len(keys) > 1 else keys[0], sort=True)[labels].mean()
    else:
        w = data[weight].astype(float)
        weighted = data[labels].mul(w, axis=0)
        grouper = [data[k] for k in keys] if len(keys) > 1 else data[keys[0]]
        table = weighted.groupby(grouper, sort=True).sum().div(w.groupby(grouper, sort=True).sum(), axis=0)
    table.attrs["n_missing"] = int((~has_key).sum())
    return table


def meta_rows(items: list, meta: Any) -> list[dict[str, Any]]:
    """One metadata dict per item: from Documents, from ``meta`` (DataFrame / dicts), or empty."""
    if items and all(is_document(item) for item in items):
        if meta is not None:
            raise ValueError("meta= is for plain texts; Documents carry their own meta")
        return [{"id": item.id, **item.meta} for item in items]
    if meta is None:
        return [{} for _ in items]
    try:
        import pandas as pd

        if isinstance(meta, pd.DataFrame):
            rows = meta.to_dict(orient="records")
        else:
            rows = [dict(row) for row in meta]
    except (TypeError, ValueError) as exc:
        raise TypeError(f"meta must be a DataFrame or a list of dicts ({exc})") from None
    if len(rows) != len(items):
        raise ValueError(f"meta has {len(rows)} rows for {len(items)} texts")
    return rows
