"""The label set: the four paragraph functions, their order, Chinese names and colours.

Every module that names a label reads it from here: the classifier (whose ``classes_`` follow
scikit-learn's sorted order, ``CLASSES``), the analysis tables and the report (display order,
``LABELS``), the plots (``COLOURS``) and the training code.

>>> LABELS
('achievement', 'problem', 'measure', 'other')
>>> LABEL_NAMES["problem"]
'问题'
"""

from __future__ import annotations

LABELS: tuple[str, ...] = ("achievement", "problem", "measure", "other")
"""Display order: what was done, what is wrong, what will be done, the rest."""

TASK_LABELS: tuple[str, ...] = LABELS[:3]
"""The three labels that carry content (the three-label macro-F1 averages over these)."""

CLASSES: tuple[str, ...] = tuple(sorted(LABELS))
"""The classifier's ``classes_`` order (sorted, as scikit-learn's estimators keep them)."""

LABEL_NAMES: dict[str, str] = {"achievement": "成绩", "problem": "问题", "measure": "措施", "other": "其他"}

COLOURS: dict[str, str] = {
    "achievement": "#009E73",
    "problem": "#D55E00",
    "measure": "#0072B2",
    "other": "#999999",
}
"""Okabe-Ito colours, distinguishable with the common colour-vision deficiencies."""


def check_label(value: object) -> str:
    """``value`` if it is one of the four labels, else a ValueError naming the valid ones."""
    if value not in LABELS:
        raise ValueError(f"unknown label {value!r}: expected one of {', '.join(LABELS)}")
    return str(value)
