"""How the results of :func:`textlab.analysis.analyze` are shown: ``report.html`` and ``figures/*.png``.

``write_report(analysis, folder)`` draws the figures and writes the page (figures embedded, opens
offline) into ``folder``; the tables (CSV) are the pipeline's (:mod:`textlab.analysis`).

Note (issue 13, pipeline branch): the page below is 0.1.0's, fed through ``_PageView``, a
temporary adapter from the new :class:`textlab.analysis.Analysis` tables to the per-document
objects the 0.1.0 page was written for; the report rewrite replaces both.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from textlab.analysis import HIGHLIGHT_LIMIT, Analysis, _describe
from textlab.corpus import parse_year
from textlab.labels import LABELS


@dataclass
class DocumentAnalysis:
    """What textlab found in one document (or one part of a very long document).

    ``paragraphs`` / ``sentences`` are None and ``text`` is "" when the tables were streamed to
    disk (``analyze(..., out=...)``); the label counts and the highlighted sentences are always kept.
    """

    id: str
    title: str
    meta: dict
    text: str
    outline: str
    paragraphs: Any  # pandas.DataFrame, one row per paragraph (None when streamed)
    sentences: Any  # pandas.DataFrame, one row per sentence (None when streamed)
    keywords: list[tuple[str, float]]
    paragraph_counts: dict = field(default_factory=dict)
    sentence_counts: dict = field(default_factory=dict)
    highlights: dict = field(default_factory=dict)  # label -> first HIGHLIGHT_LIMIT body sentences

    def label_counts(self, level: str = "paragraph") -> dict[str, int]:
        """Number of non-heading paragraphs (or sentences) per label."""
        stored = self.paragraph_counts if level == "paragraph" else self.sentence_counts
        if stored:
            return dict(stored)
        return _label_counts(self.paragraphs if level == "paragraph" else self.sentences)

    def sentences_with(self, label: str) -> list[str]:
        """The body sentences labelled ``label``, verbatim, in document order (the first
        ``HIGHLIGHT_LIMIT`` only when the tables were streamed to disk)."""
        if self.sentences is None:
            return list(self.highlights.get(label, []))
        return _sentences_with(self.sentences, label)


def _label_counts(table) -> dict[str, int]:
    counts = table.loc[~table["is_heading"], "label"].value_counts()
    return {label: int(counts.get(label, 0)) for label in LABELS}


def _sentences_with(table, label: str) -> list[str]:
    body = table[~table["is_heading"]]
    return body.loc[body["label"] == label, "text"].tolist()



class _PageView:
    """The new ``Analysis`` tables seen as 0.1.0's per-document list (temporary adapter)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        docs = analysis.documents
        keywords = {doc: list(zip(g["keyword"], g["score"])) for doc, g in analysis.keywords.groupby("document", sort=False)}
        highlights = {key: g["text"].tolist() for key, g in analysis.highlights.groupby(["document", "label"], sort=False)}
        self.documents = []
        for row in docs.to_dict("records"):
            counts = {label: int(row[f"n_{label}"]) for label in LABELS}
            meta = {"year": None if row["year"] is None or row["year"] != row["year"] else int(row["year"]),
                    "year_text": row["year_text"], "region": row["region"], "collection": row["source"]}
            self.documents.append(DocumentAnalysis(
                id=row["document"], title=row["title"], meta=meta, text="", outline="", paragraphs=None,
                sentences=None, keywords=keywords.get(row["document"], []), paragraph_counts=counts,
                sentence_counts=counts,
                highlights={label: highlights.get((row["document"], label), []) for label in LABELS if label != "other"}))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.analysis, name)

    def label_table(self, level: str = "paragraph"):
        """Body sentence label counts per document (rows) and label (columns)."""
        import pandas as pd

        return pd.DataFrame([d.label_counts(level) for d in self.documents],
                            index=[d.title or d.id for d in self.documents], columns=list(LABELS))


def _figure_builders(analysis: Analysis) -> Iterator[tuple[str, Any]]:
    """(file name, function drawing the figure), one figure at a time."""
    from textlab import viz

    yield "label_distribution.png", lambda: viz.plot_label_distribution(
        analysis.label_table(), title="各文档段落功能分布 Paragraph functions per document")
    model = analysis.topic_model
    if model is not None:
        yield "topics_top_words.png", lambda: viz.plot_top_words(
            model.topics(top_n=10), labels=model.topic_labels(), title="主题高频词 Top words per topic")
        yield "doc_topic_heatmap.png", lambda: viz.plot_heatmap(
            analysis.doc_topics.filter(like="topic_").to_numpy(),
            row_labels=[_short(t, 18) for t in analysis.doc_topics["title"]],
            col_labels=[f"T{t} {_short(label, 8)}" for t, label in enumerate(model.topic_labels())],
            title="文档-主题分布 Document-topic mixture",
            annotate=len(analysis.documents) <= 12,
        )
    for i, doc in enumerate(analysis.documents):
        if doc.keywords:
            yield f"keywords_{i:03d}.png", (lambda doc=doc: viz.plot_keywords(
                doc.keywords, title=f"关键词 · {_short(doc.title, 24)}"))
    trend = year_trends(analysis)
    if trend is not None:
        yield "topics_by_year.png", lambda: viz.plot_prevalence(trend, title="主题随年份变化 Topic prevalence by year")


def make_figures(analysis: Analysis) -> dict[str, Any]:
    """The report's figures as {file name: matplotlib Figure}; a figure that fails to draw is
    left out and noted in ``analysis.notes``."""
    figures = {}
    for name, build in _figure_builders(_PageView(analysis)):
        try:
            figures[name] = build()
        except Exception as error:
            analysis.notes.append(f"figure {name} not drawn: {_describe(error)}")
    return figures


def year_trends(analysis: Analysis):
    """Mean topic share per year, or None when fewer than two distinct numeric years are present
    (years that are not numbers, such as "2020年", are left out) or there are no topics."""
    if analysis.topic_model is None or "year" not in analysis.doc_topics:
        return None
    columns = [c for c in analysis.doc_topics.columns if c.startswith("topic_")]
    frame = analysis.doc_topics[columns].assign(_year=analysis.doc_topics["year"].map(parse_year))
    frame = frame.dropna(subset=["_year"])
    if frame["_year"].nunique() < 2:
        return None
    labels = analysis.topic_model.topic_labels()
    table = frame.groupby("_year")[columns].mean()
    table.columns = [f"T{t} {labels[t]}" for t in range(table.shape[1])]
    table.index = table.index.astype(int)
    table.index.name = "year"
    return table


def _short(text: str, n: int) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def _esc(value: Any) -> str:
    return html.escape(str(value))


_CSS = """
body{font-family:"Textlab Sans CJK SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right}img{max-width:100%;border:1px solid #eee}
.achievement{color:#1b7837}.problem{color:#b2182b}.measure{color:#2166ac}.other{color:#777}
details{margin:.5em 0}summary{cursor:pointer;font-weight:600}.meta{color:#666;font-size:.9em}
ol li,ul li{margin:.2em 0}.kw{display:inline-block;background:#eef3fb;border-radius:3px;padding:0 .4em;margin:.1em}
"""

def _img(figures_b64: dict[str, str], name: str, alt: str) -> str:
    if name not in figures_b64:
        return ""
    return f'<p><img alt="{_esc(alt)}" src="data:image/png;base64,{figures_b64[name]}"></p>'


def _list(items: list[str], css: str, total: int | None = None) -> str:
    if not items:
        return "<p class='meta'>（无 none）</p>"
    total = len(items) if total is None else total
    lis = "".join(f"<li class='{css}'>{_esc(t)}</li>" for t in items[:HIGHLIGHT_LIMIT])
    shown = min(len(items), HIGHLIGHT_LIMIT)
    more = f"<p class='meta'>… and {total - shown} more in sentences.csv</p>" if total > shown else ""
    return f"<ol>{lis}</ol>{more}"


def render_html(analysis: Analysis, figures_b64: dict[str, str]) -> str:
    """The report page as one HTML string with every figure inline (no network needed)."""
    from textlab import __version__
    from textlab.fonts import font_face_css
    from textlab.viz import LABEL_NAMES

    counts = analysis.label_table()
    sentence_counts = analysis.label_table("sentence")
    n_skipped = len(analysis.skipped)
    parts = [
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>",
        "<title>textlab report</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        "<h1>textlab 分析报告 · Analysis report</h1>",
        f"<p class='meta'>{len(analysis.documents)} documents analysed"
        + (f" · {n_skipped} skipped (see below and skipped.csv)" if n_skipped else "")
        + f" · textlab {__version__} · topics: {_esc(analysis.topic_source)}</p>",
    ]
    if analysis.skipped:
        parts.append("<h2>未分析的文件 Skipped files</h2><p class='meta'>Files and documents left out of this report, "
                     "with the reason (also in skipped.csv).</p>"
                     "<table><tr><th>file</th><th>document</th><th>stage</th><th>reason</th></tr>")
        parts += [f"<tr><td>{_esc(s.path)}</td><td>{_esc(s.document)}</td><td>{_esc(s.stage)}</td><td>{_esc(s.reason)}</td></tr>"
                  for s in analysis.skipped]
        parts.append("</table>")
    if analysis.notes:
        parts.append("<h2>说明 Notes</h2><ul>")
        parts += [f"<li>{_esc(n)}</li>" for n in analysis.notes]
        parts.append("</ul>")

    parts.append("<h2>段落功能 Paragraph functions</h2>"
                 "<p class='meta'>Body paragraphs / sentences per label (headings left out).</p>"
                 "<table><tr><th>document</th>")
    parts += [f"<th class='{lab}'>{LABEL_NAMES[lab]} {lab}</th>" for lab in LABELS]
    parts.append("</tr>")
    for (title, row), (_, srow) in zip(counts.iterrows(), sentence_counts.iterrows()):
        parts.append(f"<tr><td>{_esc(title)}</td>"
                     + "".join(f"<td class='n'>{int(row[lab])} / {int(srow[lab])}</td>" for lab in LABELS) + "</tr>")
    parts.append("</table>")
    parts.append(_img(figures_b64, "label_distribution.png", "label distribution"))

    parts.append("<h2>文档 Documents</h2>")
    for i, doc in enumerate(analysis.documents):
        by_label = {lab: doc.sentences_with(lab) for lab in ("problem", "measure", "achievement")}
        totals = doc.label_counts("sentence")
        c = doc.label_counts()
        meta = "".join(f" · {k}: {v}" for k, v in doc.meta.items()
                       if k in ("year", "year_text", "region", "congress", "collection") and v not in (None, ""))
        parts.append(f"<h3>{_esc(doc.title)}</h3><p class='meta'>{_esc(doc.id)}{_esc(meta)} · paragraphs: "
                     f"{c['achievement']} achievement · {c['problem']} problem · {c['measure']} measure · {c['other']} other</p>")
        parts.append("<p>" + "".join(f"<span class='kw'>{_esc(t)}</span>" for t, _ in doc.keywords[:15]) + "</p>")
        parts.append(f"<details open><summary class='problem'>问题 Problems admitted: sentences ({totals['problem']})</summary>{_list(by_label['problem'], 'problem', totals['problem'])}</details>")
        parts.append(f"<details><summary class='measure'>措施 Measures set out: sentences ({totals['measure']})</summary>{_list(by_label['measure'], 'measure', totals['measure'])}</details>")
        parts.append(f"<details><summary class='achievement'>成绩 Achievements reported: sentences ({totals['achievement']})</summary>{_list(by_label['achievement'], 'achievement', totals['achievement'])}</details>")
        parts.append(f"<details><summary>提纲 Outline</summary><pre>{_esc(doc.outline)}</pre></details>")
        parts.append(_img(figures_b64, f"keywords_{i:03d}.png", f"keywords of {doc.title}"))

    parts.append("<h2>主题 Topics</h2>")
    if analysis.topic_model is None:
        parts.append(f"<p>No topics in this report: {_esc(analysis.topic_source.removeprefix('none: '))}. "
                     "The rest of the analysis is complete.</p>")
    else:
        parts.append(f"<p class='meta'>Topic model: {_esc(analysis.topic_source)}.</p><table><tr><th>topic</th><th>label</th><th>top words</th></tr>")
        for t, group in analysis.topics.groupby("topic", sort=True):
            words = " ".join(group.sort_values("rank")["word"].head(10))
            parts.append(f"<tr><td class='n'>{t}</td><td>{_esc(group['label'].iloc[0])}</td><td>{_esc(words)}</td></tr>")
        parts.append("</table>")
        parts.append(_img(figures_b64, "topics_top_words.png", "top words per topic"))
        parts.append(_img(figures_b64, "doc_topic_heatmap.png", "document-topic heatmap"))
    if "topics_by_year.png" in figures_b64:
        parts.append("<h2>年份趋势 Trends over years</h2>")
        parts.append(_img(figures_b64, "topics_by_year.png", "topic prevalence by year"))
    parts.append("<h2>Tables</h2><p>paragraphs.csv, sentences.csv, keywords.csv, topics.csv, doc_topics.csv, skipped.csv "
                 "(UTF-8 with BOM) and figures/ sit beside this page.</p></body></html>")
    page = "\n".join(p for p in parts if p)
    return page.replace("<style>", "<style>" + font_face_css(page), 1)  # the page's glyphs, embedded


def _write_rest(analysis, folder: Path, note) -> None:
    """The figures and report.html."""
    import matplotlib.pyplot as plt

    from textlab import viz

    (folder / "figures").mkdir(exist_ok=True)
    figures_b64 = {}
    for name, build in _figure_builders(analysis):
        fig = None
        try:
            fig = build()
            png = viz.figure_to_png_bytes(fig)
            (folder / "figures" / name).write_bytes(png)
            figures_b64[name] = base64.b64encode(png).decode("ascii")
        except Exception as error:  # a figure never ends the run
            note(f"figure {name} not drawn: {_describe(error)}")
        finally:
            if fig is not None:
                plt.close(fig)
    (folder / "report.html").write_text(render_html(analysis, figures_b64), encoding="utf-8", errors="replace")


def write_report(analysis: Analysis, out_dir: str | Path) -> Path:
    """Write report.html and figures/*.png for ``analysis`` into the folder ``out_dir`` (made if
    missing); returns the folder. A figure that fails is noted on the page, never fatal.
    ``textlab.analysis.analyze`` calls this in its staging folder, so the output stays atomic."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    _write_rest(_PageView(analysis), folder, analysis.notes.append)
    return folder
