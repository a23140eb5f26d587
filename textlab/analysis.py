"""The main job: run the flow over a corpus and hold what it found as plain tables.

``analyze(path_or_corpus, out=None)`` parses each document once into the unit table
(:func:`textlab.units.parse_document`), labels its sentences, counts keyword terms from the
units' tokens, fits or loads a topic model on paragraph tokens and returns an :class:`Analysis`.
With ``out`` it streams the tables to disk and writes the report (:mod:`textlab.report`).

This module owns the run (error boundaries, skipped files, parts of very long documents,
atomic output); :mod:`textlab.report` owns how the results are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from textlab.labels import LABELS

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "document", "title", "path", "year", "year_text", "region", "source",
    "n_chars", "n_paragraphs", "n_sentences",
    *(f"n_{label}" for label in LABELS),
    *(f"chars_{label}" for label in LABELS),
    "keywords",
)
"""Columns of ``Analysis.documents``: one row per analysed document (or part of one).

``year`` is a nullable integer (pandas ``Int64``); ``year_text`` keeps a year that is not a number
as given ("" otherwise); ``region`` and ``source`` are "" when the metadata has none.
``n_chars`` counts the cleaned text; ``n_paragraphs`` / ``n_sentences`` count body units
(headings left out); ``n_<label>`` is the number of body sentences with that label and
``chars_<label>`` their characters (label shares normalised by length are
``chars_<label> / sum of chars_*``); ``keywords`` is the document's top keywords joined with "、".
"""


class Skip(NamedTuple):
    """A file or document left out of the analysis: where, at which stage, and why."""

    path: str
    stage: str  # "load" (could not be read), "clean" (empty after cleaning), "analyse" (failed)
    reason: str
    document: str = ""


@dataclass
class Analysis:
    """Everything ``analyze`` computed, as plain pandas tables.

    ``documents``: one row per document, columns ``DOCUMENT_COLUMNS``, in corpus order.
    ``units``: the labelled unit table (``textlab.units`` columns plus ``label`` and ``p_<class>``),
    or None when it was streamed to ``out`` (``sentences.csv`` / ``paragraphs.csv`` there).
    ``highlights``: document, label, paragraph, sentence, text: the body sentences labelled
    problem, measure or achievement, at most ``HIGHLIGHT_LIMIT`` per document and label, in order.
    ``keywords``: document, rank, keyword, score. ``corpus_keywords``: rank, keyword, score,
    documents (in how many documents it is a keyword).
    ``topics``: topic, label, rank, word, weight. ``doc_topics``: document, title, year, topic_0…
    ``topic_model`` is None when no topic model could be fitted or loaded (``notes`` says why).
    ``out`` is the report folder when ``analyze`` wrote one.
    """

    documents: Any
    units: Any
    highlights: Any
    keywords: Any
    corpus_keywords: Any
    topics: Any
    doc_topics: Any
    topic_model: Any = None
    topic_source: str = ""
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    out: Path | None = None

    @property
    def skipped_table(self):
        """The skipped files and documents: path, document, stage, reason."""
        import pandas as pd

        return pd.DataFrame([s._asdict() for s in self.skipped], columns=["path", "document", "stage", "reason"])

    def label_shares(self, by: str | None = None):
        """Share of body characters per label, per document (``by=None``) or summed by a column of
        ``documents`` (``"year"``, ``"region"``, ``"source"``): rows sum to 1."""
        columns = [f"chars_{label}" for label in LABELS]
        table = self.documents.set_index("document") if by is None else self.documents.groupby(by, dropna=True)
        sums = table[columns] if by is None else table[columns].sum()
        totals = sums.sum(axis=1).replace(0, 1)
        shares = sums.div(totals, axis=0)
        shares.columns = list(LABELS)
        return shares
