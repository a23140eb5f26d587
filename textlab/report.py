"""The report: one self-contained HTML page and its figures, drawn from an :class:`~textlab.analysis.Analysis`.

This module is the view only. ``write_report(analysis, out_dir)`` writes ``report.html`` and
``figures/*.png`` into ``out_dir``; the tables (documents.csv, paragraphs.csv, sentences.csv,
keywords.csv, topics.csv, doc_topics.csv, skipped.csv) are written by the run
(:mod:`textlab.analysis`) and the page links to those it finds beside it.

What the page holds, in this order: a table of contents; corpus-level views (label shares
normalised by document length, documents by document type, trends by year, by region and by
source when the documents carry them, promise tracking when the corpus holds work reports of one
government in consecutive years (:mod:`textlab.promises`; no section otherwise), topics and their
prevalence over time, the corpus keywords); then the per-document
detail, kept compact (one sortable row per document, problems, measures and achievements in
collapsible lists); the skipped files, the notes and links to the tables.

What it guarantees:

* every figure is drawn once: rendered to PNG bytes a single time, and those bytes are both
  ``figures/<name>.png`` and the copy embedded in the page (the page opens offline);
* the page's size depends on the figures drawn, not on the corpus: the figures are a fixed set
  whose sizes are capped (at most ``MAX_FIGURE_DOCUMENTS`` documents in a per-document figure,
  ``MAX_KEYWORD_PANELS`` keyword panels, ``MAX_GROUPS`` regions or sources), and the document
  table, the sentence lists and the skipped list are capped too (the page says so and points
  to the CSV that has everything);
* a view with nothing to show is left out with one line saying why; a figure that fails to draw
  is said in the notes and the rest of the page is written;
* every text from the corpus is HTML-escaped; the page's glyphs are embedded as a subset of the
  bundled font (:func:`textlab.fonts.font_face_css`); characters no font has are handled by
  :mod:`textlab.viz` (drawn as 〓, with a warning).

Example:
    >>> analysis = textlab.analyze("seeds/party_building", progress=False)  # doctest: +SKIP
    >>> write_report(analysis, "report/")  # doctest: +SKIP
    PosixPath('report')
"""

from __future__ import annotations

import base64
import html
import os
from pathlib import Path
from typing import Any, Callable, NamedTuple

from textlab.labels import COLOURS, LABEL_NAMES, LABELS

TABLE_FILES: tuple[str, ...] = (
    "documents.csv", "paragraphs.csv", "sentences.csv", "keywords.csv", "topics.csv", "doc_topics.csv", "skipped.csv",
)
"""The tables of a run, written by :mod:`textlab.analysis`; the page links to those present."""

FIGURE_DPI = 110
MAX_TABLE_DOCUMENTS = 300  # rows of the document table (and documents with sentence lists), in corpus order
SENTENCES_SHOWN = 6  # sentences per label and document in the collapsible lists
MAX_LIST_CHARS = 150_000  # characters of all those sentences together, shared out equally among the documents
MAX_FIGURE_DOCUMENTS = 40  # more documents: per-document figures give way to distributions
MAX_KEYWORD_PANELS = 24  # documents in the keyword small multiples
MAX_GROUPS = 30  # regions or sources in a figure (those with most documents; the rest as one bar)
MAX_CORPUS_KEYWORDS = 40
MAX_SKIPPED_ROWS = 200
MAX_NOTES = 50
MAX_TOPIC_PANELS = 15  # topics in the top-words figure (the most prevalent; the table lists all)
MAX_TEXT_CHARS = 300  # a longer sentence, title or name is cut with … (the CSVs have it whole)
MAX_TREND_TOPICS = 10  # topics drawn in the trend over years (the most prevalent; the rest as one band)
SHOWN_LABELS = ("problem", "measure", "achievement")


class Figure(NamedTuple):
    """One figure of the page: its file name, what it shows (alt text) and a caption."""

    name: str
    alt: str
    caption: str
    draw: Callable[[], Any]


# ------------------------------------------------------------------------------------ the data


def _title(value: Any, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _topic_columns(frame) -> list[str]:
    return [c for c in frame.columns if str(c).startswith("topic_")]


def _topic_names(analysis) -> list[str]:
    """"T<k> <label>" per topic column of doc_topics (labels from the topics table)."""
    columns = _topic_columns(analysis.doc_topics)
    labels = {}
    if analysis.topics is not None and len(analysis.topics):
        labels = analysis.topics.groupby("topic", sort=True)["label"].first().to_dict()
    names = []
    for column in columns:
        k = int(str(column).removeprefix("topic_"))
        names.append(f"T{k} {labels.get(k, '')}".strip())
    return names


def _has_topics(analysis) -> bool:
    return analysis.topics is not None and len(analysis.topics) > 0 and bool(_topic_columns(analysis.doc_topics))


def document_view(analysis):
    """The documents table with what the page shows per document: ``share_<label>`` (characters,
    normalised by the document's body length), ``main_topic`` and ``main_topic_share``."""
    import numpy as np

    docs = analysis.documents.reset_index(drop=True).copy()
    shares = analysis.label_shares().to_numpy(dtype=float)
    for j, label in enumerate(LABELS):
        docs[f"share_{label}"] = shares[:, j] if len(docs) else []
    docs["main_topic"], docs["main_topic_share"] = "", np.nan
    if _has_topics(analysis) and len(docs):
        columns = _topic_columns(analysis.doc_topics)
        mix = analysis.doc_topics.set_index("document")[columns]
        mix = mix[~mix.index.duplicated()].reindex(docs["document"]).to_numpy(dtype=float)
        names = _topic_names(analysis)
        valid = np.isfinite(mix).any(axis=1)
        best = np.where(valid, np.nanargmax(np.where(np.isfinite(mix), mix, -1.0), axis=1), 0)
        docs["main_topic"] = [names[b] if ok else "" for b, ok in zip(best, valid)]
        docs["main_topic_share"] = [mix[i, b] if ok else np.nan for i, (b, ok) in enumerate(zip(best, valid))]
    return docs


def _corpus_shares(docs):
    """Share of all body characters per label, over the whole corpus."""
    totals = {label: float(docs[f"chars_{label}"].sum()) for label in LABELS}
    whole = sum(totals.values()) or 1.0
    return {label: value / whole for label, value in totals.items()}


def _years(docs):
    """Distinct numeric years present (documents without a year left out)."""
    return sorted(int(y) for y in docs["year"].dropna().unique())


def shares_by_year(analysis):
    """(shares, counts): label shares of the characters per year and documents per year, or None
    when fewer than two distinct years are present."""
    docs = analysis.documents
    if "year" not in docs or len(_years(docs)) < 2:
        return None
    dated = docs.dropna(subset=["year"]).astype({"year": "int64"})
    counts = dated.groupby("year").size()
    shares = analysis.label_shares(by="year")
    shares.index = shares.index.astype("int64")
    return shares.loc[counts.index], counts


def shares_by_group(analysis, column: str, *, max_groups: int = MAX_GROUPS):
    """Label shares of the characters per value of ``column`` ("region" or "source"), the
    ``max_groups`` values with most documents first and the rest summed as one row; None when
    fewer than two distinct non-empty values are present. Index: "<value> (<documents>)"."""
    import pandas as pd

    docs = analysis.documents
    if column not in docs:
        return None
    values = docs[column].fillna("").astype(str).str.strip()
    present = docs[values != ""].assign(_group=values[values != ""])
    if present["_group"].nunique() < 2:
        return None
    columns = [f"chars_{label}" for label in LABELS]
    sums = present.groupby("_group")[columns].sum()
    counts = present.groupby("_group").size()
    order = sorted(counts.index, key=lambda g: (-counts[g], g))
    kept, rest = order[:max_groups], order[max_groups:]
    rows = [sums.loc[g].to_numpy(dtype=float) for g in kept]
    index = [f"{g} ({counts[g]})" for g in kept]
    if rest:
        rows.append(sums.loc[rest].sum().to_numpy(dtype=float))
        index.append(f"其他 {len(rest)} others ({int(counts[rest].sum())})")
    table = pd.DataFrame(rows, index=index, columns=list(LABELS))
    totals = table.sum(axis=1).replace(0, 1)
    return table.div(totals, axis=0)


def topics_by_year(analysis, *, max_topics: int = MAX_TREND_TOPICS):
    """Mean topic share per year (columns "T<k> <label>"), or None without topics or with fewer
    than two distinct years among the documents that have a mixture. With more than
    ``max_topics`` topics, the most prevalent ones are kept and the rest summed as one column."""
    if not _has_topics(analysis) or "year" not in analysis.documents:
        return None
    columns = _topic_columns(analysis.doc_topics)
    years = analysis.documents[["document", "year"]].drop_duplicates("document")
    mix = analysis.doc_topics.drop(columns=[c for c in ("year", "title") if c in analysis.doc_topics])
    frame = mix.merge(years, on="document", how="inner").dropna(subset=["year"])
    frame = frame.dropna(subset=columns, how="all")
    if frame["year"].nunique() < 2:
        return None
    table = frame.groupby(frame["year"].astype("int64"))[columns].mean()
    table.columns = _topic_names(analysis)
    table.index.name = "年份 year"
    if table.shape[1] > max_topics:
        order = frame[columns].mean().to_numpy().argsort(kind="stable")[::-1]
        kept = [table.columns[i] for i in sorted(order[:max_topics])]
        rest = [c for c in table.columns if c not in kept]
        table = table[kept].assign(**{f"其他 {len(rest)} other topics": table[rest].sum(axis=1)})
    return table


def keyword_panel_rows(n_documents: int, limit: int = MAX_KEYWORD_PANELS) -> list[int]:
    """Positions of the documents in the keyword small multiples: all when at most ``limit``,
    else ``limit`` evenly spaced in corpus order (first and last included).

    >>> keyword_panel_rows(5), keyword_panel_rows(100, 5)
    ([0, 1, 2, 3, 4], [0, 25, 50, 74, 99])
    """
    if n_documents <= limit:
        return list(range(n_documents))
    if limit == 1:
        return [0]
    return sorted({round(i * (n_documents - 1) / (limit - 1)) for i in range(limit)})


# ------------------------------------------------------------------------------------ figures


def figure_plan(analysis, docs=None) -> list[Figure]:
    """The figures of the page, in page order (a view with nothing to show has none).

    The set is fixed and each figure's size is capped, so the page does not grow with the corpus.
    """
    from textlab import viz

    docs = document_view(analysis) if docs is None else docs
    n = len(docs)
    plan: list[Figure] = []
    share_cols = [f"share_{label}" for label in LABELS]
    char_share = "字数占比 share of body characters"
    if n and n <= MAX_FIGURE_DOCUMENTS:
        table = docs[share_cols].set_axis(list(LABELS), axis=1)
        table.index = [f"{i + 1}. {_title(t, 26)}" for i, t in enumerate(docs["title"])]
        plan.append(Figure("label_shares.png", "label shares per document",
                           "Share of each document's body characters per function (headings left out).",
                           lambda: viz.plot_label_distribution(table, xlabel=char_share,
                                                               title="各文档功能占比 Functions per document")))
    elif n:
        table = docs[share_cols].set_axis(list(LABELS), axis=1)
        plan.append(Figure("label_shares.png", "distribution of label shares over documents",
                           f"How the share of each function varies over the {n:,} documents: box = middle half, "
                           "line = median, ◆ = mean, dots = documents.",
                           lambda: viz.plot_share_distribution(table, title="功能占比分布 Functions across documents")))
    by_year = shares_by_year(analysis)
    if by_year is not None:
        shares, counts = by_year
        plan.append(Figure("label_shares_by_year.png", "label shares by year",
                           "Share of the body characters per function, all documents of a year together; "
                           "the grey strip counts the documents.",
                           lambda: viz.plot_label_trend(shares, counts=counts, title="功能占比随年份 Functions by year")))
    for column, name in (("region", "地区 region"), ("source", "来源 source")):
        table_g = shares_by_group(analysis, column)
        if table_g is not None:
            plan.append(Figure(f"label_shares_by_{column}.png", f"label shares by {column}",
                               f"Share of the body characters per function, by {column} (documents in brackets"
                               + (f"; the {MAX_GROUPS} with most documents, the rest as one bar" if len(table_g) > MAX_GROUPS else "")
                               + ").",
                               lambda t=table_g, name=name: viz.plot_label_distribution(
                                   t, xlabel=char_share, title=f"功能占比 · {name}")))
    plan += _promise_figures(analysis)
    if _has_topics(analysis):
        words = analysis.topics.sort_values(["topic", "rank"]).groupby("topic", sort=True)
        groups = list(words)
        if len(groups) > MAX_TOPIC_PANELS:  # the most prevalent topics, in topic order
            prevalence = analysis.doc_topics[_topic_columns(analysis.doc_topics)].mean().to_numpy()
            keep = set(prevalence.argsort(kind="stable")[::-1][:MAX_TOPIC_PANELS].tolist())
            groups = [(t, g) for t, g in groups if int(t) in keep]
        top = [list(zip(g["word"].head(10), g["weight"].head(10).astype(float))) for _, g in groups]
        labels = [f"T{t} {g['label'].iloc[0]}" for t, g in groups]
        which = (f"the {len(groups)} most prevalent of the {words.ngroups} topics" if len(groups) < words.ngroups
                 else "each topic")
        plan.append(Figure("topics_top_words.png", "top words per topic", f"The ten heaviest words of {which}.",
                           lambda: viz.plot_top_words(top, labels=labels, title="主题高频词 Top words per topic")))
        trend = topics_by_year(analysis)
        if trend is not None:
            kind = "area" if len(trend) > 12 else "line"
            plan.append(Figure("topics_by_year.png", "topic prevalence by year",
                               "Mean topic share of the documents of each year"
                               + (f" (the {MAX_TREND_TOPICS} most prevalent topics; the others as one band)."
                                  if trend.shape[1] > MAX_TREND_TOPICS else "."),
                               lambda: viz.plot_prevalence(
                                   trend, kind=kind, title="主题随年份变化 Topic prevalence by year",
                                   other=trend.columns[-1] if str(trend.columns[-1]).startswith("其他") else None)))
        if n <= MAX_FIGURE_DOCUMENTS:
            columns = _topic_columns(analysis.doc_topics)
            mix = analysis.doc_topics.set_index("document")[columns].reindex(docs["document"]).fillna(0.0)
            rows = [f"{i + 1}. {_title(t, 18)}" for i, t in enumerate(docs["title"])]
            cols = [_title(name, 10) for name in _topic_names(analysis)]
            plan.append(Figure("doc_topic_heatmap.png", "document-topic heatmap", "Topic mixture of each document.",
                               lambda: viz.plot_heatmap(mix.to_numpy(), row_labels=rows, col_labels=cols,
                                                        annotate=n <= 12, title="文档-主题分布 Document-topic mixture")))
    if n and analysis.keywords is not None and len(analysis.keywords):
        chosen = keyword_panel_rows(n)
        by_doc = {d: g for d, g in analysis.keywords.sort_values(["document", "rank"]).groupby("document", sort=False)}
        panels = []
        for i in chosen:
            group = by_doc.get(docs["document"].iloc[i])
            words = [] if group is None else list(zip(group["keyword"].astype(str), group["score"].astype(float)))
            panels.append((f"{i + 1}. {_title(docs['title'].iloc[i], 24)}", words))
        which = ("every document" if len(chosen) == n else
                 f"{len(chosen)} of the {n:,} documents, evenly spaced in corpus order (numbers as in the document table)")
        plan.append(Figure("keywords_by_document.png", "top keywords of documents",
                           f"Top keywords of {which}; every document's keywords are in the document table and keywords.csv.",
                           lambda: viz.plot_keyword_panels(panels, title="各文档关键词 Keywords per document")))
    return plan


def _promise_figures(analysis) -> list[Figure]:
    """The promise-tracking figures (:mod:`textlab.promises`): none without a tracked table."""
    from textlab import promises

    tracked = getattr(analysis, "tracked", None)
    if tracked is None or not len(tracked):
        return []
    plan = []
    gdp = promises.gdp_series(tracked)
    if len(gdp):
        n_gov = gdp["government"].nunique()
        plan.append(Figure("promise_gdp.png", "GDP growth target against the outcome the next report gives, by year",
                           "GDP growth target of each year (■; a bar for a range) and the growth the next year's report "
                           "gives (●, ✕ when the target was missed); a gap is a year without a report or a numeric target"
                           + (f"; the {promises.MAX_GDP_PANELS} governments with most years" if n_gov > promises.MAX_GDP_PANELS else "")
                           + ".", lambda: promises.plot_gdp_tracking(gdp)))
    counts = promises.met_by_indicator(tracked)
    if len(counts) and (counts["decided"] > 0).any():
        plan.append(Figure("promise_met_by_indicator.png", "share of targets met by indicator",
                           "Share of the targets met among those the next report decides (met / decided); in brackets the "
                           "targets it leaves without a comparable figure (not reported).",
                           lambda: promises.plot_met_by_indicator(counts)))
    return plan


MAX_PROMISE_ROWS = 15  # rows of the latest tracked year shown per government
MAX_PROMISE_GOVERNMENTS = 5


def _promise_section(analysis, fig: Callable[[str], str], folder: Path | None) -> str:
    """The promise-tracking section, or "" when the corpus has no government with reports of two
    consecutive years (then there is no section at all)."""
    import pandas as pd

    from textlab import promises

    tracked = getattr(analysis, "tracked", None)
    if tracked is None or not len(tracked):
        return ""
    status = tracked["status"].value_counts()
    governments = tracked.groupby("government")["year"].agg(["nunique", "min", "max"]).sort_values("nunique", ascending=False)
    who = "; ".join(f"{_esc(_title(g, 30))} {int(r['min'])}–{int(r['max'])} ({int(r['nunique'])} years)"
                    for g, r in governments.head(MAX_PROMISE_GOVERNMENTS).iterrows())
    intro = (f"<p class='meta'>Work reports of one government in consecutive years: each quantitative target a report "
             f"sets is matched to the outcome the next year's report gives (rules per qualifier in textlab.targets; "
             f"a tracked table is a first draft to check against the sentences). {len(tracked):,} targets: "
             f"{int(status.get('met', 0)):,} met, {int(status.get('missed', 0)):,} missed, "
             f"{int(status.get('not reported', 0)):,} not reported. Years tracked: {who}.</p>")
    counts = promises.met_by_indicator(tracked)
    rows = "".join(
        f"<tr><td>{_esc(_title(r['indicator'], 40))}</td><td class='n'>{int(r['targets'])}</td><td class='n'>{int(r['met'])}</td>"
        f"<td class='n'>{int(r['missed'])}</td><td class='n'>{int(r['not reported'])}</td>"
        f"<td class='n'>{'' if pd.isna(r['share_met']) else _pct(float(r['share_met']))}</td></tr>"
        for r in counts.to_dict("records"))
    table = ("<table><thead><tr><th>indicator</th><th class='n'>targets</th><th class='n'>met</th><th class='n'>missed</th>"
             "<th class='n'>not reported</th><th class='n'>% met of decided</th></tr></thead><tbody>" + rows + "</tbody></table>")
    latest = []
    for government in governments.head(MAX_PROMISE_GOVERNMENTS).index:
        mine = tracked[tracked["government"] == government]
        year = int(mine["year"].max())
        shown = mine[mine["year"] == year].head(MAX_PROMISE_ROWS)
        body = "".join(
            f"<tr><td>{_esc(_title(r['indicator'], 40))}</td>"
            f"<td class='n'>{_num(r['target'])}{'–' + _num(r['target_high']) if not pd.isna(r['target_high']) else ''}</td>"
            f"<td>{_esc(r['qualifier'])}</td><td>{_esc(r['unit'])}</td><td class='n'>{_num(r['outcome'])}</td>"
            f"<td>{_esc(r['status'])}</td><td class='s'>{_esc(_title(r['outcome_sentence'], 120))}</td></tr>"
            for r in shown.to_dict("records"))
        latest.append(f"<h3>{_esc(_title(government, 40))}: targets for {year}, outcomes from the {year + 1} report</h3>"
                      "<table><thead><tr><th>indicator</th><th class='n'>target</th><th>qualifier</th><th>unit</th>"
                      "<th class='n'>outcome</th><th>status</th><th>outcome sentence</th></tr></thead><tbody>" + body
                      + "</tbody></table>")
    links = [f"<a href='{name}'>{name}</a>" for name in ("tracked.csv", "targets.csv")
             if folder is not None and (folder / name).is_file()]
    where = (f"<p class='meta'>Every target with both sentences is in {' and '.join(links)} "
             "(targets.csv: every target and outcome statement read from the work reports).</p>" if links else "")
    return "".join([intro, fig("promise_gdp.png"), "<h3>目标完成比例 Targets met by indicator</h3>", table,
                    fig("promise_met_by_indicator.png"), *latest, where])


def _num(value: Any) -> str:
    """A figure of a tracked table as text: "" when missing, no trailing zeros."""
    import pandas as pd

    if value is None or pd.isna(value):
        return ""
    return f"{float(value):.6g}"


def draw_figures(plan: list[Figure], folder: Path, note: Callable[[str], None]) -> dict[str, bytes]:
    """Draw each figure once, write its PNG bytes to ``folder/<name>`` and return {name: bytes};
    a figure that fails is left out and ``note`` says why."""
    from textlab import viz

    folder.mkdir(parents=True, exist_ok=True)
    drawn = {}
    for figure in plan:
        try:
            fig = figure.draw()  # built, laid out and glyph-checked by viz
            fig.set_layout_engine("none")  # laid out once: saving does not run the layout again
            png = viz.figure_to_png_bytes(fig, dpi=FIGURE_DPI, palette=True)
        except Exception as error:  # a figure never stops the report
            note(f"figure {figure.name} not drawn: {_describe(error)}")
            continue
        (folder / figure.name).write_bytes(png)
        drawn[figure.name] = png
    return drawn


def _describe(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if len(text) > 300:
        text = text[:299] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


# ------------------------------------------------------------------------------------ the page


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _year(value: Any) -> str:
    """A year cell as text: "" when missing (None, NaN, pandas NA)."""
    import pandas as pd

    return "" if value is None or pd.isna(value) else str(int(value))


def _pct(value: float) -> str:
    return "" if value != value else f"{100 * value:.1f}"


_CSS = """
body{font-family:"Textlab Sans CJK SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
max-width:1320px;margin:2em auto;padding:0 1em;color:#222;line-height:1.55}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2.2em}
h3{margin:1.4em 0 .4em}
table{border-collapse:collapse;margin:.8em 0}th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n,th.n{text-align:right}img{max-width:100%;border:1px solid #eee}
.meta{color:#666;font-size:.9em}.warn{background:#fff4e5;border-left:4px solid #e69f00;padding:.4em .8em}
figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
nav.toc{background:#f8f8f8;border:1px solid #e5e5e5;padding:.4em 1.2em;display:inline-block}nav.toc ol{margin:.3em 0}
table.docs{font-size:.82em}table.docs th{cursor:pointer;user-select:none;position:sticky;top:0;vertical-align:bottom}
table.docs th[data-dir=up]:after{content:" ▲"}table.docs th[data-dir=down]:after{content:" ▼"}
table.docs td.t{min-width:13em;max-width:22em}table.docs td.k{min-width:12em}table.docs td.n,table.docs td.s{white-space:nowrap}
.bar{display:inline-flex;width:70px;height:.8em;vertical-align:middle;background:#eee}.bar i{display:block;height:100%}
input{font-family:inherit;font-size:1em}
.kwcols{display:flex;flex-wrap:wrap;gap:0 1.2em;align-items:flex-start}.kwcols table{font-size:.9em}
details.doc{margin:.25em 0;border-bottom:1px solid #eee}details.doc summary{cursor:pointer}
details.doc ol{margin:.2em 0 .6em}details.doc h4{margin:.4em 0 0;font-size:.95em}
#filter{padding:.3em;width:20em}
""" + "".join(f".{label}{{color:{'#666666' if label == 'other' else colour}}}.bar .{label[0]}{{background:{colour}}}"
              for label, colour in COLOURS.items()) + "\n"

_SORT_JS = r"""
(function(){
  var table=document.getElementById("docs");if(!table)return;
  var body=table.tBodies[0];
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
    th.addEventListener("click",function(){
      var up=th.getAttribute("data-dir")!=="up",num=th.classList.contains("n");
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h){h.removeAttribute("data-dir")});
      th.setAttribute("data-dir",up?"up":"down");
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[col].getAttribute("data-v"),y=b.cells[col].getAttribute("data-v");
        if(x===null)x=a.cells[col].textContent;if(y===null)y=b.cells[col].textContent;
        var r;
        if(num){x=parseFloat(x.replace(/[,%\s]/g,""));y=parseFloat(y.replace(/[,%\s]/g,""));
          if(isNaN(x))x=-Infinity;if(isNaN(y))y=-Infinity;r=x===y?0:(x<y?-1:1);}
        else{r=x.localeCompare(y,"zh");}
        return up?r:-r;
      });
      rows.forEach(function(r){body.appendChild(r)});
    });
  });
  var box=document.getElementById("filter");
  if(box)box.addEventListener("input",function(){
    var q=box.value.trim().toLowerCase();
    Array.prototype.forEach.call(body.rows,function(r){
      r.style.display=!q||r.textContent.toLowerCase().indexOf(q)>=0?"":"none";
    });
  });
})();
"""


def _figure(drawn: dict[str, bytes], plan: dict[str, Figure], name: str) -> str:
    if name not in drawn:
        return ""
    figure = plan[name]
    data = base64.b64encode(drawn[name]).decode("ascii")
    return (f"<figure><img alt='{_esc(figure.alt)}' src='data:image/png;base64,{data}'>"
            f"<figcaption>{_esc(figure.caption)} (<a href='figures/{_esc(name)}'>figures/{_esc(name)}</a>)</figcaption></figure>")


def _overview(docs) -> str:
    corpus = _corpus_shares(docs)
    rows = []
    for label in LABELS:
        per_doc = docs[f"share_{label}"]
        with_any = int((docs[f"n_{label}"] > 0).sum())
        rows.append(
            f"<tr><td class='{label}'>{_esc(LABEL_NAMES[label])} {label}</td><td class='n'>{_pct(corpus[label])}</td>"
            f"<td class='n'>{_pct(float(per_doc.mean()))}</td><td class='n'>{_pct(float(per_doc.median()))}</td>"
            f"<td class='n'>{int(docs[f'n_{label}'].sum()):,}</td><td class='n'>{with_any:,}</td></tr>")
    return ("<table><thead><tr><th>function</th><th class='n'>% of all body characters</th>"
            "<th class='n'>mean % per document</th><th class='n'>median % per document</th>"
            "<th class='n'>sentences</th><th class='n'>documents with any</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _has_doc_types(docs) -> bool:
    return "doc_type" in docs and bool(_typed(docs).any())


def _typed(docs):
    """Rows of the documents table that carry a document type."""
    values = docs["doc_type"]
    return values.notna() & (values.astype(str).str.strip() != "")


def doc_type_counts(docs):
    """Documents per document type (:data:`textlab.doctype.DOC_TYPES` order, types present only):
    ``documents``, ``mean_p`` (mean probability of the type given) and the share of body characters
    per function of the documents of that type; None when the table has no types."""
    import pandas as pd

    from textlab.doctype import DOC_TYPES

    if not _has_doc_types(docs):
        return None
    typed = docs[_typed(docs)]
    rows = []
    for doc_type in [*DOC_TYPES, *sorted(set(typed["doc_type"]) - set(DOC_TYPES))]:
        group = typed[typed["doc_type"] == doc_type]
        if group.empty:
            continue
        chars = {label: float(group[f"chars_{label}"].sum()) for label in LABELS}
        whole = sum(chars.values()) or 1.0
        mean_p = float(pd.to_numeric(group["doc_type_p"], errors="coerce").mean()) if "doc_type_p" in group else float("nan")
        rows.append({"doc_type": doc_type, "documents": len(group), "mean_p": mean_p,
                     **{f"share_{label}": chars[label] / whole for label in LABELS}})
    return pd.DataFrame(rows)


def _doc_type_overview(docs) -> str:
    from textlab.doctype import DOC_TYPE_NAMES

    counts = doc_type_counts(docs)
    if counts is None:
        return "<p class='meta'>No document types in this analysis.</p>"
    rows = []
    for r in counts.itertuples(index=False):
        name = DOC_TYPE_NAMES.get(r.doc_type, "")
        rows.append(f"<tr><td>{_esc(name)} {_esc(r.doc_type)}</td><td class='n'>{int(r.documents):,}</td>"
                    f"<td class='n'>{_pct(float(r.mean_p))}</td>"
                    + "".join(f"<td class='n'>{_pct(float(getattr(r, f'share_{label}')))}</td>" for label in LABELS) + "</tr>")
    head = ("<table><thead><tr><th>类型 document type</th><th class='n'>documents</th>"
            "<th class='n' title='mean probability of the type given'>mean p %</th>"
            + "".join(f"<th class='n {label}'>{_esc(LABEL_NAMES[label])} %</th>" for label in LABELS) + "</tr></thead><tbody>")
    return ("<p class='meta'>Each document's type (work report, speech, experience material, summary / 述职, "
            "self-criticism, plan / opinion, news, other) is read from its title, opening, headings and cue "
            "statistics, with a probability; the function shares are of the body characters of the documents "
            "of each type.</p>" + head + "".join(rows) + "</tbody></table>")


def _profile(row) -> str:
    parts = "".join(f"<i class='{label[0]}' style='width:{100 * float(row[f'share_{label}']):.1f}%'></i>"
                    for label in LABELS if row[f"share_{label}"] > 0)
    return f"<span class='bar'>{parts}</span>"


def _document_table(docs, limit: int) -> str:
    shown = docs.head(limit)
    has = {c: bool((docs[c].fillna("").astype(str) != "").any()) for c in ("region", "source")}
    has["year"] = bool(docs["year"].notna().any() or (docs["year_text"].fillna("") != "").any())
    has["topic"] = bool((docs["main_topic"] != "").any())
    has["doc_type"] = _has_doc_types(docs)
    head = ["<th class='n'>#</th>", "<th>文档 document</th>"]
    head += ["<th class='n'>年份 year</th>"] if has["year"] else []
    head += ["<th>地区 region</th>"] if has["region"] else []
    head += ["<th>来源 source</th>"] if has["source"] else []
    head += ["<th title='document type (hover a cell for its probability)'>类型 type</th>"] if has["doc_type"] else []
    head += ["<th class='n'>字数 chars</th>", "<th class='n'>句 sentences</th>", "<th class='n' title='share of body characters'>profile</th>"]
    head += [f"<th class='n {label}'>{LABEL_NAMES[label]} %</th>" for label in LABELS]
    head += [f"<th class='n {label}' title='{label} sentences'>{LABEL_NAMES[label]}句</th>" for label in ("problem", "measure")]
    head += ["<th title='the topic with the largest share (hover a cell for its label)'>主题 topic</th>"] if has["topic"] else []
    head += ["<th>关键词 keywords</th>"]
    rows = []
    for i, row in enumerate(shown.itertuples(index=False)):
        r = row._asdict()
        year_text = _year(r["year"]) or str(r.get("year_text") or "")
        cells = [f"<td class='n'>{i + 1}</td>",
                 f"<td class='t' data-v='{_esc(_title(r['title'], MAX_TEXT_CHARS))}'><a href='#doc-{i + 1}' title='{_esc(_title(r['document'], MAX_TEXT_CHARS))}'>{_esc(_title(r['title']))}</a></td>"]
        if has["year"]:
            cells.append(f"<td class='n' data-v='{_esc(year_text or '')}'>{_esc(year_text)}</td>")
        for column in ("region", "source"):
            if has[column]:
                value = _title(r[column] or "", MAX_TEXT_CHARS)
                cells.append(f"<td class='s' title='{_esc(value)}' data-v='{_esc(value)}'>{_esc(_title(value, 14))}</td>")
        if has["doc_type"]:
            cells.append(_doc_type_cell(r.get("doc_type"), r.get("doc_type_p")))
        cells.append(f"<td class='n'>{int(r['n_chars']):,}</td><td class='n'>{int(r['n_sentences']):,}</td>")
        cells.append(f"<td data-v='{float(r['share_problem']):.4f}'>{_profile(r)}</td>")
        cells += [f"<td class='n'>{_pct(float(r[f'share_{label}']))}</td>" for label in LABELS]
        cells += [f"<td class='n'>{int(r[f'n_{label}']):,}</td>" for label in ("problem", "measure")]
        if has["topic"]:
            share = r["main_topic_share"]
            topic = f"{str(r['main_topic']).split(' ')[0]} · {_pct(float(share))}%" if r["main_topic"] else ""
            cells.append(f"<td class='s' title='{_esc(r['main_topic'])}' data-v='{_esc(r['main_topic'])}'>{_esc(topic)}</td>")
        words = [w for w in str(r.get("keywords") or "").split("、") if w][:4]
        cells.append(f"<td class='k'>{_esc('、'.join(words))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if len(docs) > limit:
        more = (f"<p class='warn'>The table shows the first {limit:,} of {len(docs):,} documents in corpus order; "
                "documents.csv has every one.</p>")
    return (more + "<p><input id='filter' type='search' placeholder='筛选 filter rows…' aria-label='filter rows'> "
            "<span class='meta'>Click a column to sort; shares are of each document's body characters.</span></p>"
            "<table id='docs' class='docs'><thead><tr>" + "".join(head) + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _doc_type_cell(doc_type, probability) -> str:
    from textlab.doctype import DOC_TYPE_NAMES

    doc_type = "" if doc_type is None or doc_type != doc_type or str(doc_type) in ("nan", "<NA>") else str(doc_type)
    try:
        p = float(probability)
    except (TypeError, ValueError):
        p = float("nan")
    name = DOC_TYPE_NAMES.get(doc_type, doc_type)
    hint = f"{doc_type} · p = {p:.2f}" if p == p else doc_type
    return f"<td class='s' title='{_esc(hint)}' data-v='{_esc(doc_type)}'>{_esc(name)}</td>"


def _within_budget(lists: dict[str, list[str]], budget: int) -> dict[str, list[str]]:
    """The first sentences of each label, taken in turn (problem, measure, achievement, problem, …)
    while their characters fit ``budget`` (the first one always)."""
    chosen: dict[str, list[str]] = {label: [] for label in SHOWN_LABELS}
    used, rank = 0, 0
    while rank < SENTENCES_SHOWN:
        added = False
        for label in SHOWN_LABELS:
            items = lists.get(label, [])
            if rank < len(items) and (used == 0 or used + len(items[rank]) <= budget):
                chosen[label].append(items[rank])
                used += len(items[rank])
                added = True
        if not added:
            break
        rank += 1
    return chosen


def _sentence_lists(docs, highlights, limit: int) -> str:
    shown = docs.head(limit)
    by_doc: dict[str, dict[str, list[str]]] = {}
    if highlights is not None and len(highlights):
        wanted = highlights[highlights["label"].isin(SHOWN_LABELS) & highlights["document"].isin(set(shown["document"]))]
        for (document, label), group in wanted.groupby(["document", "label"], sort=False):
            by_doc.setdefault(document, {})[label] = [_title(t, MAX_TEXT_CHARS) for t in group["text"].astype(str).head(SENTENCES_SHOWN)]
    budget = MAX_LIST_CHARS // max(len(shown), 1)
    parts = []
    for i, row in enumerate(shown.itertuples(index=False)):
        r = row._asdict()
        lists = _within_budget(by_doc.get(r["document"], {}), budget)
        counts = " · ".join(f"<span class='{label}'>{LABEL_NAMES[label]} {int(r[f'n_{label}']):,}</span>" for label in SHOWN_LABELS)
        where = " · ".join(_esc(v) for v in (_year(r["year"]) or str(r.get("year_text") or ""), _title(r.get("region") or "", 40)) if v)
        body = []
        for label in SHOWN_LABELS:
            total, items = int(r[f"n_{label}"]), lists.get(label, [])
            if not total:
                continue
            more = f" (first {len(items)} of {total:,}; all in sentences.csv)" if total > len(items) else ""
            body.append(f"<h4 class='{label}'>{_esc(LABEL_NAMES[label])} {label}{more}</h4><ol>"
                        + "".join(f"<li>{_esc(t)}</li>" for t in items) + "</ol>")
        if not body:
            body.append("<p class='meta'>（无 none）</p>")
        parts.append(f"<details class='doc' id='doc-{i + 1}'><summary>{i + 1}. {_esc(_title(r['title'], 80))} "
                     f"<span class='meta'>{where} · sentences: {counts}</span></summary>" + "".join(body) + "</details>")
    note = ""
    if len(docs) > limit:
        note = f"<p class='meta'>The first {limit:,} of {len(docs):,} documents in corpus order; sentences.csv has all.</p>"
    return note + "".join(parts)


def _skipped(analysis) -> str:
    skipped = analysis.skipped
    if not skipped:
        return "<p>No file was skipped.</p>"
    rows = "".join(f"<tr><td>{_esc(_title(s.path, MAX_TEXT_CHARS))}</td><td>{_esc(_title(s.document, MAX_TEXT_CHARS))}</td>"
                   f"<td>{_esc(s.stage)}</td><td>{_esc(_title(s.reason, MAX_TEXT_CHARS))}</td></tr>"
                   for s in skipped[:MAX_SKIPPED_ROWS])
    more = (f"<p class='meta'>… and {len(skipped) - MAX_SKIPPED_ROWS:,} more in skipped.csv.</p>"
            if len(skipped) > MAX_SKIPPED_ROWS else "")
    return ("<p class='meta'>Files and documents left out of this report, with the reason (also in skipped.csv).</p>"
            "<table><thead><tr><th>file</th><th>document</th><th>stage</th><th>reason</th></tr></thead><tbody>"
            + rows + "</tbody></table>" + more)


def _tables(folder: Path | None) -> str:
    items = []
    for name in TABLE_FILES:
        path = folder / name if folder is not None else None
        if path is not None and path.is_file():
            size = path.stat().st_size
            items.append(f"<li><a href='{name}'>{name}</a> <span class='meta'>({size / 1024:,.0f} KB)</span></li>")
        else:
            items.append(f"<li>{name} <span class='meta'>(not in this folder)</span></li>")
    return ("<p>The tables of this run sit beside this page (UTF-8 with BOM, Excel opens them), the figures in "
            "<a href='figures/'>figures/</a>.</p><ul>" + "".join(items) + "</ul>")


def render_html(analysis, drawn: dict[str, bytes], plan: list[Figure] | None = None, *,
                docs=None, folder: Path | None = None) -> str:
    """The report page as one HTML string: ``drawn`` maps figure names to their PNG bytes (embedded
    as they are); ``folder`` is where the tables are looked for (links to those present)."""
    from textlab import __version__
    from textlab.fonts import font_face_css

    docs = document_view(analysis) if docs is None else docs
    plan = figure_plan(analysis, docs) if plan is None else plan
    figures = {f.name: f for f in plan}
    fig = lambda name: _figure(drawn, figures, name)  # noqa: E731
    n, n_skipped = len(docs), len(analysis.skipped)
    years = _years(docs) if n else []
    toc, sections = [], []

    def section(anchor: str, heading: str, *content: str) -> None:
        toc.append(f"<li><a href='#{anchor}'>{_esc(heading)}</a></li>")
        sections.append(f"<h2 id='{anchor}'>{_esc(heading)}</h2>" + "".join(c for c in content if c))

    section("functions", "功能占比 Functions of the text",
            "<p class='meta'>What the documents spend their words on: each body sentence (headings left out) is "
            "labelled achievement, problem, measure or other; shares count characters, so a long document "
            "weighs as much as its text and a short one is not drowned.</p>",
            _overview(docs), fig("label_shares.png"))
    section("doctypes", "文档类型 Document types", _doc_type_overview(docs))
    trend = fig("label_shares_by_year.png")
    section("years", "年份趋势 Trends by year",
            trend or f"<p class='meta'>No trend over years: {'fewer than two distinct years' if years else 'no document has a year'} in the metadata.</p>")
    groups = []
    for column in ("region", "source"):
        shown = fig(f"label_shares_by_{column}.png")
        groups.append(shown or f"<p class='meta'>No view by {column}: fewer than two distinct {column}s in the metadata.</p>")
    section("groups", "地区与来源 By region and source", *groups)
    promises = _promise_section(analysis, fig, folder)
    if promises:
        section("promises", "目标与完成 Promise tracking", promises)

    if not _has_topics(analysis):
        reason = str(analysis.topic_source or "").removeprefix("none: ") or "no topic model"
        section("topics", "主题 Topics", f"<p>No topics in this report: {_esc(reason)}. The rest of the analysis is complete.</p>")
    else:
        columns = _topic_columns(analysis.doc_topics)
        mean_share = analysis.doc_topics[columns].mean()
        main_counts = docs["main_topic"].value_counts()
        names = _topic_names(analysis)
        rows = []
        for (t, group), column, name in zip(analysis.topics.sort_values(["topic", "rank"]).groupby("topic", sort=True), columns, names):
            words = " ".join(group["word"].astype(str).head(10))
            rows.append(f"<tr><td class='n'>{int(t)}</td><td>{_esc(_title(group['label'].iloc[0], 60))}</td><td>{_esc(_title(words, MAX_TEXT_CHARS))}</td>"
                        f"<td class='n'>{_pct(float(mean_share.get(column, float('nan'))))}</td><td class='n'>{int(main_counts.get(name, 0)):,}</td></tr>")
        table = ("<table><thead><tr><th class='n'>topic</th><th>label</th><th>top words</th>"
                 "<th class='n'>mean share %</th><th class='n'>main topic of</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
        by_year = fig("topics_by_year.png") or "<p class='meta'>No topic trend over years: fewer than two distinct years.</p>"
        heat = fig("doc_topic_heatmap.png") or (
            f"<p class='meta'>No document-topic heatmap for {n:,} documents (more than {MAX_FIGURE_DOCUMENTS}): "
            "each document's main topic is in the document table, its whole mixture in doc_topics.csv.</p>"
            if n > MAX_FIGURE_DOCUMENTS else "")
        words_figure = fig("topics_top_words.png")
        if words_figure and len(columns) > 10:
            words_figure = f"<details><summary>主题高频词图 Top words as bars (figure)</summary>{words_figure}</details>"
        section("topics", "主题 Topics", f"<p class='meta'>Topic model: {_esc(analysis.topic_source)}.</p>", table,
                words_figure, "<h3>主题随年份 Topics over time</h3>", by_year, heat)

    keywords = analysis.corpus_keywords
    if keywords is not None and len(keywords):
        top = keywords.sort_values("rank").head(MAX_CORPUS_KEYWORDS)
        rows = [f"<tr><td class='n'>{int(r.rank)}</td><td>{_esc(_title(r.keyword, 40))}</td><td class='n'>{float(r.score):.3f}</td>"
                f"<td class='n'>{int(r.documents):,}</td></tr>" for r in top.itertuples(index=False)]
        head = ("<table><thead><tr><th class='n'>rank</th><th>keyword</th><th class='n'>score</th>"
                "<th class='n'>docs</th></tr></thead><tbody>")
        blocks = "".join(head + "".join(rows[i:i + 10]) + "</tbody></table>" for i in range(0, len(rows), 10))
        kw_table = ("<p class='meta'>The corpus's keywords: score over the whole corpus, and in how many documents "
                    f"each is a top keyword (docs, of {n:,}); keywords.csv has each document's.</p>"
                    f"<div class='kwcols'>{blocks}</div>")
    else:
        kw_table = "<p class='meta'>No corpus keywords in this analysis.</p>"
    section("keywords", "关键词 Keywords", kw_table, fig("keywords_by_document.png"))
    section("documents", "文档 Documents", _document_table(docs, MAX_TABLE_DOCUMENTS))
    section("sentences", "问题、措施与成绩 Problems, measures and achievements",
            "<p class='meta'>Per document, the first sentences labelled problem (问题), measure (措施) and achievement "
            f"(成绩), at most {SENTENCES_SHOWN} of each (fewer when they are long, so that the page stays small); "
            "open a line to read them.</p>",
            _sentence_lists(docs, analysis.highlights, MAX_TABLE_DOCUMENTS))
    section("skipped", "未分析的文件 Skipped files", _skipped(analysis))
    notes = list(analysis.notes)
    if notes:
        items = "".join(f"<li>{_esc(_title(note, MAX_TEXT_CHARS))}</li>" for note in notes[:MAX_NOTES])
        more = f"<p class='meta'>… and {len(notes) - MAX_NOTES:,} more notes.</p>" if len(notes) > MAX_NOTES else ""
        section("notes", "说明 Notes", f"<ul>{items}</ul>{more}")
    else:
        section("notes", "说明 Notes", "<p class='meta'>Nothing to note.</p>")
    section("tables", "数据表 Tables", _tables(folder))

    span = f" · years {years[0]}–{years[-1]}" if years else ""
    total_chars = int(docs["n_chars"].sum()) if n else 0
    skipped_line = (f"<p class='warn'>{n_skipped:,} file(s) or document(s) skipped: see "
                    "<a href='#skipped'>Skipped files</a> and skipped.csv.</p>" if n_skipped else "")
    head = [
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>textlab report · {n:,} documents</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        "<h1>textlab 分析报告 · Analysis report</h1>",
        f"<p class='meta'>{n:,} documents analysed" + (f" · {n_skipped:,} skipped" if n_skipped else "")
        + f" · {total_chars:,} characters{span}"
        + f" · topics: {_esc(analysis.topic_source or 'none')} · textlab {_esc(__version__)}</p>",
        skipped_line,
        "<nav class='toc'><strong>目录 Contents</strong><ol>" + "".join(toc) + "</ol></nav>",
    ]
    page = "\n".join(head + sections + [f"<script>{_SORT_JS}</script>", "</body></html>"])
    return page.replace("<style>", "<style>" + font_face_css(page), 1)  # the page's glyphs, embedded


def write_report(analysis, out_dir: str | os.PathLike) -> Path:
    """Write ``report.html`` and ``figures/*.png`` for ``analysis`` into ``out_dir`` (made if
    missing); returns the folder. The tables are not written here (the run writes them); the page
    links to those it finds in ``out_dir``. A figure that fails to draw is left out and added to
    ``analysis.notes`` (said on the page). The page is written to a temporary file and then
    renamed, so ``report.html`` is never half written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs = document_view(analysis)
    plan = figure_plan(analysis, docs)
    drawn = draw_figures(plan, out / "figures", analysis.notes.append)
    page = render_html(analysis, drawn, plan, docs=docs, folder=out)
    partial = out / ".report.html.partial"
    partial.write_text(page, encoding="utf-8", errors="replace")
    os.replace(partial, out / "report.html")
    return out
