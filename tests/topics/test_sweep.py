"""Tests for textlab.topics.sweep: one model per K, the quality table, the choice of K and its plot."""

from __future__ import annotations

import pandas as pd
import pytest

from textlab.topics import choose_k, plot_sweep, sweep_k


def test_sweep_k_table_choice_and_plot(tokens):
    table, models = sweep_k(tokens[:300], ks=(3, 5), measures=("c_npmi", "u_mass"), heldout=tokens[300:],
                            passes=2, iterations=30, no_below=3, return_models=True)
    assert list(table["k"]) == [3, 5]
    assert {"c_npmi", "u_mass", "npmi_heldout", "diversity", "fit_seconds"} <= set(table.columns)
    assert models[5].components_.shape[0] == 5
    assert table.loc[table["k"] == 5, "diversity"].item() == models[5].diversity(25)
    assert table.loc[table["k"] == 3, "npmi_heldout"].item() == pytest.approx(models[3].npmi(tokens[300:]), rel=1e-12)
    assert choose_k(table, metric="c_npmi", min_diversity=None) in (3, 5)
    assert plot_sweep(table, chosen_k=5).axes


def test_sweep_k_refuses_bad_arguments(tokens):
    with pytest.raises(ValueError, match="ks is empty"):
        sweep_k(tokens, ks=())
    with pytest.raises(ValueError, match="unknown coherence measure"):
        sweep_k(tokens, ks=(3,), measures=("c_xyz",))


def test_choose_k_prefers_diverse_topics_then_the_smaller_k():
    table = pd.DataFrame({"k": [5, 10, 15], "c_npmi": [0.05, 0.07, 0.08], "diversity": [0.9, 0.85, 0.7]})
    assert choose_k(table) == 10
    assert choose_k(table, min_diversity=None) == 15
    assert choose_k(table, min_diversity=0.95) == 15  # none diverse enough: all Ks compete
    tied = pd.DataFrame({"k": [5, 5, 8, 8], "c_npmi": [0.1, 0.3, 0.2, 0.2], "diversity": [1, 1, 1, 1]})
    assert choose_k(tied) == 5  # means over seeds tie at 0.2: the smaller K
    with pytest.raises(ValueError, match="needs columns 'k' and 'c_v'"):
        choose_k(table, metric="c_v")
