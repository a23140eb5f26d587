"""Label comparisons that another CPU or BLAS kernel cannot break (imported as ``tolerances``).

A predicted label is the argmax of floating-point scores: where the two best scores of a row are
within ``margin`` of each other, rounding on another machine may pick either, so such rows are left
out; every other row must agree. The scores themselves are compared with a tolerance elsewhere.
"""

from __future__ import annotations

import numpy as np


def assert_labels_agree_where_clear(got, want, scores, margin: float = 1e-6) -> int:
    """``got`` equals ``want`` on every row of ``scores`` whose two best values differ by more than
    ``margin``; returns how many rows were compared (callers assert it is most of them)."""
    scores = np.asarray(scores, dtype=float)
    top2 = np.sort(scores, axis=1)[:, -2:]
    clear = (top2[:, 1] - top2[:, 0]) > margin
    got, want = list(got), list(want)
    assert len(got) == len(want) == len(scores)
    wrong = [(i, got[i], want[i]) for i in np.flatnonzero(clear) if got[i] != want[i]]
    assert not wrong, wrong
    return int(clear.sum())
