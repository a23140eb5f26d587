"""The corpus view of promise tracking: which reports follow each other, their targets, the tracked table.

This module owns the step from a whole analysed corpus to two tidy tables and their figures:

* :func:`report_series`: the work reports of a corpus with a government (the metadata's
  ``region``, else its ``source``) and a year, one per government and year;
* :func:`has_consecutive_years`: whether one government has reports for two consecutive years;
* :func:`promise_tables`: ``targets`` (every statement :func:`textlab.targets.targets_from_units`
  reads from those reports, with the document id) and ``tracked`` (each target of a report
  matched by :func:`textlab.targets.track_targets` to the outcome the report of the next year
  gives), read from the labelled sentence table the run already made: no document is parsed
  again;
* :func:`met_by_indicator` and the two figures the report shows (:func:`plot_gdp_tracking`,
  :func:`plot_met_by_indicator`).

A corpus where no government has two consecutive years gets no tables (``None``), so the report
shows no promise section at all. The rules for each target (met, missed, not reported) are
those of :mod:`textlab.targets`.

Which sentences are read: those labelled achievement, problem or measure (``PROMISE_LABELS``);
only "other" (greetings, closing appeals) is left out. The problem label is kept on purpose: on the
development years of ``eval/targets_gold`` the only two outcomes in problem sentences were those of
missed targets (2007 energy intensity, 2008 prices), and leaving them out would have made the
share of targets met look better than it was.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

__all__ = [
    "PROMISE_LABELS",
    "TRACKED_COLUMNS",
    "TARGETS_TABLE_COLUMNS",
    "report_series",
    "has_consecutive_years",
    "promise_tables",
    "met_by_indicator",
    "gdp_series",
    "plot_gdp_tracking",
    "plot_met_by_indicator",
]

PROMISE_LABELS = ("achievement", "problem", "measure")
"""Sentence labels whose sentences may yield target and outcome rows (see the module docstring)."""

TARGETS_TABLE_COLUMNS = ("document", "government", "report_year", "indicator", "value", "value_high", "unit",
                         "qualifier", "kind", "year", "sentence", "paragraph")
"""Columns of ``targets.csv``: the columns of ``extract_targets`` after the report it comes from."""

TRACKED_COLUMNS = ("government", "year", "indicator", "target", "target_high", "qualifier", "unit", "outcome",
                   "status", "target_sentence", "outcome_sentence", "target_document", "outcome_document")
"""Columns of ``tracked.csv``: one row per target of a report whose next year's report is in the corpus."""

GDP_INDICATORS = ("国内生产总值", "国民生产总值")  # GNP targets of the early 1990s are tracked against GDP growth
MAX_GDP_PANELS = 6  # governments in the GDP figure (those with most tracked years)
_WORK_REPORT = re.compile(r"工作报告")
_NOT_A_REPORT = re.compile(r"决议|摘要|解读|图解|答记者问")
_SENTENCE_COLUMNS = ["document", "paragraph", "sentence", "text", "label"]


# ------------------------------------------------------------------------------------ which reports


def _government(row: dict) -> str:
    for key in ("region", "source"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def report_series(documents):
    """The work reports among ``documents`` (an ``Analysis.documents`` table) that have a
    government and a year: columns document, government, year, one row per government and year
    (the longest document when several share them), sorted by government and year.

    A work report is a document whose title or file name says 工作报告 (and not 决议, 摘要,
    解读, 图解 or 答记者问: a resolution on a report or a summary of it is not the report).
    """
    import pandas as pd

    columns = ["document", "government", "year"]
    if documents is None or not len(documents) or "year" not in documents:
        return pd.DataFrame(columns=columns)
    rows = []
    for row in documents.to_dict("records"):
        year = row.get("year")
        if year is None or pd.isna(year):
            continue
        name = f"{row.get('title') or ''} {Path(str(row.get('path') or '')).stem}"
        if not _WORK_REPORT.search(name) or _NOT_A_REPORT.search(name):
            continue
        government = _government(row)
        if government:
            rows.append((row["document"], government, int(year), int(row.get("n_chars") or 0)))
    frame = pd.DataFrame(rows, columns=columns + ["n_chars"])
    frame = frame.sort_values(["government", "year", "n_chars"], ascending=[True, True, False], kind="stable")
    frame = frame.drop_duplicates(["government", "year"], keep="first")
    return frame[columns].reset_index(drop=True)


def has_consecutive_years(series) -> bool:
    """True when one government of ``series`` (from :func:`report_series`) has reports of two
    consecutive years."""
    for _, group in series.groupby("government"):
        years = set(group["year"])
        if any(y + 1 in years for y in years):
            return True
    return False


# ------------------------------------------------------------------------------------ the tables


def _sentence_rows(sentences, sentences_csv, wanted: set[str]):
    """The sentence rows of the ``wanted`` documents: from the table in memory, else read from
    ``sentences.csv`` in chunks (only those documents are kept)."""
    import pandas as pd

    if sentences is not None:
        return sentences[sentences["document"].isin(wanted)]
    if sentences_csv is None or not Path(sentences_csv).is_file():
        return None
    from textlab.analysis import CSV_ENCODING

    parts = []
    reader = pd.read_csv(sentences_csv, encoding=CSV_ENCODING, usecols=_SENTENCE_COLUMNS, dtype={"document": str, "text": str, "label": str},
                         keep_default_na=False, chunksize=100_000)
    for chunk in reader:
        kept = chunk[chunk["document"].isin(wanted)]
        if len(kept):
            parts.append(kept)
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=_SENTENCE_COLUMNS)


def promise_tables(documents, *, sentences=None, sentences_csv: str | Path | None = None, labels=PROMISE_LABELS):
    """``(targets, tracked)`` for a corpus, or ``(None, None)`` when no government has reports of
    two consecutive years (or the sentence table is gone).

    Args:
        documents: the documents table of an analysis (``Analysis.documents``: document, title,
            path, year, region, source, n_chars).
        sentences: the labelled sentence table (columns document, paragraph, sentence, text,
            label), e.g. ``Analysis.sentences``; or
        sentences_csv: the ``sentences.csv`` a streamed run wrote (read in chunks).
        labels: the sentence labels that may yield rows (default ``PROMISE_LABELS``).

    ``targets`` has the columns ``TARGETS_TABLE_COLUMNS``: the statements of every work report
    with a government and a year. ``tracked`` has ``TRACKED_COLUMNS``: each target of year *t*
    in a report of a government, matched to the report of year *t* + 1 of the same government
    when the corpus has it (so a report delivered at the end of a year, which plans the next
    one, is matched to the report after next).
    """
    import pandas as pd

    from textlab.targets import TARGET_COLUMNS, targets_from_units, track_targets

    series = report_series(documents)
    if not has_consecutive_years(series):
        return None, None
    rows = _sentence_rows(sentences, sentences_csv, set(series["document"]))
    if rows is None:
        return None, None
    by_document = {d: g for d, g in rows.groupby("document", sort=False)}
    tables: dict[str, Any] = {}
    for r in series.itertuples(index=False):
        units = by_document.get(r.document)
        if units is None or not len(units):
            continue
        table = targets_from_units(units, year=int(r.year), labels=labels)
        tables[r.document] = table
    parts = [t.assign(document=d, government=g, report_year=y)
             for d, g, y in series[["document", "government", "year"]].itertuples(index=False)
             if d in tables for t in [tables[d]] if len(t)]
    if parts:
        targets = pd.concat(parts, ignore_index=True)[list(TARGETS_TABLE_COLUMNS)]
    else:
        targets = pd.DataFrame({c: pd.Series([], dtype=object) for c in TARGETS_TABLE_COLUMNS})
    targets["report_year"] = targets["report_year"].astype("int64")
    targets["year"] = targets["year"].astype("Int64")

    of = {(g, int(y)): d for d, g, y in series[["document", "government", "year"]].itertuples(index=False)}
    tracked_parts = []
    for (government, report_year), document in sorted(of.items()):
        table = tables.get(document)
        if table is None or not len(table):
            continue
        goals = table[(table["kind"] == "target") & table["year"].notna()]
        for year in sorted(set(int(y) for y in goals["year"])):
            later = of.get((government, year + 1))
            if later is None or later == document or later not in tables:
                continue
            earlier = goals[goals["year"] == year][TARGET_COLUMNS]
            pair = track_targets(earlier, tables[later])
            tracked_parts.append(pair.assign(government=government, target_document=document, outcome_document=later))
    if tracked_parts:
        tracked = pd.concat(tracked_parts, ignore_index=True)[list(TRACKED_COLUMNS)]
    else:
        tracked = pd.DataFrame({c: pd.Series([], dtype=object) for c in TRACKED_COLUMNS})
    tracked["year"] = tracked["year"].astype("Int64")
    for column in ("target", "target_high", "outcome"):
        tracked[column] = tracked[column].astype("float64")
    return targets, tracked.sort_values(["government", "year"], kind="stable").reset_index(drop=True)


# ------------------------------------------------------------------------------------ summaries


def met_by_indicator(tracked):
    """Per indicator: targets, met, missed, not reported, decided (met + missed) and
    ``share_met`` (met / decided; NaN when nothing was decided), most targets first."""
    import pandas as pd

    columns = ["indicator", "targets", "met", "missed", "not reported", "decided", "share_met"]
    if tracked is None or not len(tracked):
        return pd.DataFrame(columns=columns)
    counts = tracked.groupby("indicator")["status"].value_counts().unstack(fill_value=0)
    for status in ("met", "missed", "not reported"):
        if status not in counts:
            counts[status] = 0
    counts = counts[["met", "missed", "not reported"]].astype(int)
    counts["targets"] = counts.sum(axis=1)
    counts["decided"] = counts["met"] + counts["missed"]
    counts["share_met"] = counts["met"] / counts["decided"].where(counts["decided"] > 0)
    counts = counts.reset_index().sort_values(["targets", "indicator"], ascending=[False, True], kind="stable")
    counts = counts[columns].reset_index(drop=True)
    counts.columns.name = None
    return counts


def gdp_series(tracked):
    """The GDP growth targets (国内生产总值, or 国民生产总值 before GDP was the target) and their
    outcomes: government, year, target, target_high, outcome, status; one row per government and
    year, only governments with at least two such years."""
    import pandas as pd

    columns = ["government", "year", "target", "target_high", "outcome", "status"]
    if tracked is None or not len(tracked):
        return pd.DataFrame(columns=columns)
    gdp = tracked[tracked["indicator"].isin(GDP_INDICATORS) & (tracked["unit"] == "%") & tracked["target"].notna()]
    gdp = gdp.assign(_rank=gdp["indicator"].map({name: i for i, name in enumerate(GDP_INDICATORS)}))
    gdp = gdp.sort_values(["government", "year", "_rank"], kind="stable").drop_duplicates(["government", "year"])
    sizes = gdp.groupby("government")["year"].transform("size")
    return gdp[sizes >= 2][columns].reset_index(drop=True)


# ------------------------------------------------------------------------------------ figures


def _plot(func):
    from textlab import viz

    return viz._plot_function(func)


def plot_gdp_tracking(series, *, title: str | None = None):
    """GDP growth target (■, a bar for a range) against the outcome the next report gives (●,
    ✕ when missed) over the years, one panel per government (the ``MAX_GDP_PANELS`` with most
    years). ``series``: the table of :func:`gdp_series`."""
    return _plot(_draw_gdp)(series, title=title)


def _draw_gdp(series, *, title=None):
    from textlab import viz

    if series is None or not len(series):
        raise ValueError("plot_gdp_tracking: no GDP growth target with an outcome")
    sizes = series.groupby("government").size().sort_values(ascending=False, kind="stable")
    governments = list(sizes.index[:MAX_GDP_PANELS])
    fig = viz._new_figure(9.0, 2.6 * len(governments) + 0.7)
    axes = fig.subplots(len(governments), 1, squeeze=False)[:, 0]
    for ax, government in zip(axes, governments):
        g = series[series["government"] == government].sort_values("year")
        years = g["year"].astype(int).to_numpy()
        ranged = g[g["target_high"].notna()]
        point = g[g["target_high"].isna()]
        if len(ranged):
            ax.vlines(ranged["year"].astype(int), ranged["target"], ranged["target_high"], color="#4C72B0",
                      linewidth=6, alpha=0.7, label="目标区间 target range")
        ax.plot(point["year"].astype(int), point["target"], "s", color="#4C72B0", markersize=5, label="目标 target")
        reported = g[g["outcome"].notna()]
        # a line only between consecutive years: a gap in the reports is a gap in the line
        outcome = [(y, v) for y, v in zip(reported["year"].astype(int), reported["outcome"])]
        run: list[tuple[int, float]] = []
        for y, v in outcome + [(None, None)]:
            if run and (y is None or y != run[-1][0] + 1):
                ax.plot([a for a, _ in run], [b for _, b in run], "-", color="#DD8452", linewidth=1.4)
                run = []
            if y is not None:
                run.append((y, v))
        ax.plot(reported["year"].astype(int), reported["outcome"], "o", color="#DD8452", markersize=4,
                label="次年报告的实际 outcome")
        missed = g[g["status"] == "missed"]
        if len(missed):
            ax.plot(missed["year"].astype(int), missed["outcome"], "x", color="#C44E52", markersize=9, mew=2,
                    label="未完成 missed")
        ax.set_title(f"{government} · {len(g)} 年 years", loc="left", fontsize=10)
        ax.set_ylabel("增长 growth %")
        if len(years):
            ax.set_xlim(years.min() - 1, years.max() + 1)
        ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
        ax.set_axisbelow(True)
        viz._integer_axis(ax.xaxis)
    axes[-1].set_xlabel("目标所指年份 year of the target")
    handles, labels = [], []
    for ax in axes:
        for h, lab in zip(*ax.get_legend_handles_labels()):
            if lab not in labels:
                handles.append(h)
                labels.append(lab)
    fig.legend(handles, labels, loc="outside lower center", ncols=len(labels), frameon=False)
    fig.suptitle(title or "经济增长目标与实际 GDP growth: target vs outcome")
    return fig


def plot_met_by_indicator(counts, *, title: str | None = None):
    """Share of decided targets met per indicator (bars), with met/decided and, in brackets, the
    targets the next report left without a comparable figure. ``counts``: :func:`met_by_indicator`."""
    return _plot(_draw_met)(counts, title=title)


def _draw_met(counts, *, title=None):
    from textlab import viz

    shown = counts[counts["decided"] > 0] if counts is not None and len(counts) else None
    if shown is None or not len(shown):
        raise ValueError("plot_met_by_indicator: no target with a decided status")
    shown = shown.sort_values(["share_met", "decided"], ascending=[True, True], kind="stable")
    names = list(shown["indicator"].astype(str))
    fig = viz._new_figure(3.6 + viz._text_width_in(names, 9), 0.3 * len(names) + 1.3)
    ax = fig.add_subplot()
    y = range(len(names))
    ax.barh(list(y), shown["met"] / shown["decided"], color="#55A868", height=0.7)
    for i, r in enumerate(shown.to_dict("records")):
        ax.text(r["met"] / r["decided"] + 0.01, i, f"{int(r['met'])}/{int(r['decided'])} ({int(r['not reported'])})",
                va="center", fontsize=8)
    ax.set_yticks(list(y), labels=names)
    ax.set_xlim(0, 1.25)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.set_xlabel("完成比例 share of decided targets met")
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.suptitle(title or "各指标目标完成比例 Targets met by indicator")
    return fig

