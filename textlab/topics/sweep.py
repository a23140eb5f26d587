"""Choosing the number of topics K: fit one model per K, tabulate their quality, pick and plot.

Owns :func:`sweep_k` (one :class:`textlab.topics.TopicModel` per K on texts tokenized once;
coherence, held-out NPMI, diversity and fit time per K), :func:`choose_k` (the best mean metric
among the Ks with enough diversity) and :func:`plot_sweep` (drawn by :mod:`textlab.viz`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from textlab.topics.model import TopicModel
from textlab.topics.quality import COHERENCE_MEASURES, check_measures, coherence, document_npmi

if TYPE_CHECKING:
    import pandas
    from matplotlib.figure import Figure

__all__ = ["choose_k", "plot_sweep", "sweep_k"]


def sweep_k(
    texts: Iterable[Any],
    ks: Sequence[int] = (5, 8, 10, 12, 15, 20),
    *,
    random_state: int | None = 0,
    measures: Sequence[str] = ("c_v", "c_npmi", "u_mass"),
    heldout: Iterable[Any] | None = None,
    top_n: int = 10,
    diversity_top_n: int = 25,
    return_models: bool = False,
    **params: Any,
) -> pandas.DataFrame | tuple[pandas.DataFrame, dict[int, TopicModel]]:
    """Fit one TopicModel per K and tabulate its quality, so the chosen K can be defended.

    ``texts`` are tokenized once for the whole sweep; ``params`` go to every TopicModel.
    Columns: ``k``, each coherence measure (on ``texts``), ``npmi_heldout`` (document NPMI on
    ``heldout`` texts, if given), ``diversity`` (top ``diversity_top_n`` words) and
    ``fit_seconds``. With ``return_models`` also returns ``{k: fitted model}``.

    >>> table = sweep_k(paragraphs, ks=(5, 10, 15))      # doctest: +SKIP
    >>> choose_k(table)                                  # doctest: +SKIP
    10
    """
    import pandas as pd

    ks = [int(k) for k in ks]
    if not ks:
        raise ValueError("sweep_k: ks is empty")
    measures = check_measures(measures) if measures else ()
    probe = TopicModel(n_topics=ks[0], random_state=random_state, **params)
    probe._check_params()
    token_lists = probe._token_lists(texts)
    held_tokens = probe._token_lists(heldout) if heldout is not None else None
    rows, models = [], {}
    for k in ks:
        model = TopicModel(n_topics=k, random_state=random_state, **params)
        model.segmenter = probe.segmenter
        if probe.segmenter is None:
            model._default_segmenter = probe._get_segmenter()
        model._check_params()
        model._fit_tokens(token_lists)
        row: dict[str, Any] = {"k": k}
        if measures:
            row.update(coherence(model.topic_words(top_n), token_lists, model.dictionary_, measures))
        if held_tokens is not None:
            row["npmi_heldout"] = float(np.mean(document_npmi(model.topic_words(top_n), held_tokens)))
        row["diversity"] = model.diversity(diversity_top_n)
        row["fit_seconds"] = model.fit_seconds_
        rows.append(row)
        if return_models:
            models[k] = model
    table = pd.DataFrame(rows)
    return (table, models) if return_models else table


def choose_k(table: pandas.DataFrame, *, metric: str = "c_npmi", min_diversity: float | None = 0.8) -> int:
    """The K of ``table`` (from :func:`sweep_k`) with the best mean ``metric`` among the Ks whose
    diversity is at least ``min_diversity`` (all Ks if none reaches it).

    >>> import pandas as pd
    >>> choose_k(pd.DataFrame({"k": [5, 10, 15], "c_npmi": [0.05, 0.07, 0.08], "diversity": [0.9, 0.85, 0.7]}))
    10
    """
    if metric not in table.columns or "k" not in table.columns:
        raise ValueError(f"choose_k: table needs columns 'k' and {metric!r}; it has {list(table.columns)}")
    means = table.groupby("k").mean(numeric_only=True)
    eligible = means
    if min_diversity is not None and "diversity" in means.columns:
        eligible = means[means["diversity"] >= min_diversity]
        if eligible.empty:
            eligible = means
    best = eligible[metric].max()
    return int(eligible.index[eligible[metric] == best].min())


def plot_sweep(table: pandas.DataFrame, *, chosen_k: int | None = None, title: str | None = None) -> Figure:
    """Plot a :func:`sweep_k` table: one panel per metric against K, ``chosen_k`` marked."""
    from textlab import viz

    metrics = [m for m in (*COHERENCE_MEASURES, "npmi_heldout", "diversity") if m in table.columns]
    return viz.plot_k_sweep(table, k_col="k", metrics=metrics, chosen_k=chosen_k, title=title)
