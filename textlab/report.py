"""The main job: analyse a corpus end to end and write a self-contained report.

``analyze`` runs the flow (clean -> structure -> segment -> keywords -> topics -> classify) and
returns plain tables; ``write_report`` writes ``report.html`` (figures embedded, opens offline),
``figures/*.png`` and UTF-8-with-BOM CSV tables that Excel opens correctly.

Example:
    >>> from textlab.corpus import load_corpus
    >>> analysis = analyze(load_corpus("seeds/party_building"), progress=False)  # doctest: +SKIP
    >>> write_report(analysis, "report/")  # doctest: +SKIP
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

LABELS = ("achievement", "problem", "measure", "other")
MIN_UNITS_TO_FIT_TOPICS = 100
MIN_TOPIC_UNIT_CHARS = 15  # shorter body lines (greetings, stubs) do not train topics
CSV_ENCODING = "utf-8-sig"


@dataclass
class DocumentAnalysis:
    """What textlab found in one document."""

    id: str
    title: str
    meta: dict
    text: str
    outline: str
    paragraphs: Any  # pandas.DataFrame, one row per paragraph
    sentences: Any  # pandas.DataFrame, one row per sentence
    keywords: list[tuple[str, float]]

    def label_counts(self, level: str = "paragraph") -> dict[str, int]:
        """Number of non-heading paragraphs (or sentences) per label."""
        table = self.paragraphs if level == "paragraph" else self.sentences
        counts = table.loc[~table["is_heading"], "label"].value_counts()
        return {label: int(counts.get(label, 0)) for label in LABELS}

    def sentences_with(self, label: str) -> list[str]:
        """The body sentences labelled ``label``, verbatim, in document order."""
        body = self.sentences[~self.sentences["is_heading"]]
        return body.loc[body["label"] == label, "text"].tolist()


@dataclass
class Analysis:
    """Everything ``analyze`` computed, as plain tables."""

    documents: list[DocumentAnalysis]
    skipped: list[tuple[str, str]]
    topic_model: Any
    topic_source: str
    topics: Any  # DataFrame: topic, label, rank, word, weight
    doc_topics: Any  # DataFrame: document, meta..., topic_0..topic_k
    notes: list[str] = field(default_factory=list)

    @property
    def paragraphs(self):
        import pandas as pd

        return pd.concat([d.paragraphs for d in self.documents], ignore_index=True)

    @property
    def sentences(self):
        import pandas as pd

        return pd.concat([d.sentences for d in self.documents], ignore_index=True)

    @property
    def keywords(self):
        import pandas as pd

        rows = [
            {"document": d.id, "rank": rank + 1, "keyword": term, "score": round(score, 6)}
            for d in self.documents
            for rank, (term, score) in enumerate(d.keywords)
        ]
        return pd.DataFrame(rows, columns=["document", "rank", "keyword", "score"])

    def label_table(self, level: str = "paragraph"):
        """Paragraph (or sentence) label counts per document (rows) and label (columns)."""
        import pandas as pd

        return pd.DataFrame(
            [d.label_counts(level) for d in self.documents],
            index=[d.title or d.id for d in self.documents],
            columns=list(LABELS),
        )


def default_n_topics(n_units: int) -> int:
    """A sensible number of topics for ``n_units`` paragraphs: grows with the square root, 3..30.

    >>> default_n_topics(120), default_n_topics(5_000), default_n_topics(500_000)
    (5, 30, 30)
    """
    return int(min(30, max(3, round(math.sqrt(n_units / 5)))))


def paragraph_units(documents: Iterable, *, min_chars: int = MIN_TOPIC_UNIT_CHARS) -> list[dict]:
    """Cleaned body paragraphs of every document, as dicts (document, paragraph, text).

    Headings and very short lines are left out: they are labels, not content.
    """
    from textlab.clean import clean
    from textlab.structure import structure

    units = []
    for doc in documents:
        doc_structure = structure(clean(doc.text))
        for para in doc_structure.paragraphs:
            if not para.is_heading and len(para.text) >= min_chars:
                units.append({"document": doc.id, "paragraph": para.index, "text": para.text})
    return units


def _document_title(doc, doc_structure) -> str:
    return doc.meta.get("source_title") or doc_structure.title or doc.meta.get("title") or doc.id


def _analyse_document(doc, clf) -> tuple[str, Any, Any, Any]:
    from textlab.classify import document_units
    from textlab.clean import clean
    from textlab.structure import structure

    text = clean(doc.text)
    doc_structure = structure(text)
    units = document_units(text, structure_=doc_structure)
    if units.empty:  # a document that cleaning emptied: the classifier's empty tables
        paragraphs = clf.classify_document(text, level="paragraph")
        sentences = clf.classify_document(text, level="sentence")
    else:
        proba = clf.predict_proba(units)  # one pass of the model gives both tables
        paragraphs = clf.classify_units(units, level="paragraph", proba=proba)
        sentences = clf.classify_units(units, level="sentence", proba=proba)
    for table in (paragraphs, sentences):
        table.insert(0, "document", doc.id)
    return text, doc_structure, paragraphs, sentences


def _fit_or_load_topics(units: list[dict], *, topic_source: str, n_topics: int | None, random_state: int):
    from textlab.topics import TopicModel, load_topic_model

    source = topic_source
    if source == "auto":
        source = "fit" if len(units) >= MIN_UNITS_TO_FIT_TOPICS else "shipped"
    if source == "shipped":
        return load_topic_model(), "the shipped report-corpus model (too few paragraphs to fit one)" if topic_source == "auto" else "the shipped report-corpus model"
    k = n_topics or default_n_topics(len(units))
    if len(units) < k:
        raise ValueError(f"{len(units)} paragraphs are too few to fit {k} topics")
    model = TopicModel(n_topics=k, random_state=random_state).fit([u["text"] for u in units])
    return model, f"fitted on {len(units)} paragraphs of these documents (K={k}, random_state={random_state})"


def analyze(
    corpus,
    *,
    n_topics: int | None = None,
    topic_source: str = "auto",
    random_state: int = 0,
    top_k_keywords: int = 20,
    classifier=None,
    progress: bool = True,
) -> Analysis:
    """Run the whole flow on a loaded corpus and return its tables.

    ``topic_source``: "fit" fits a topic model on the corpus paragraphs, "shipped" applies the
    model trained on the report corpus, "auto" fits when there are at least 100 paragraphs.
    """
    import pandas as pd

    from textlab.classify import load_classifier
    from textlab.features import keywords

    if topic_source not in ("auto", "fit", "shipped"):
        raise ValueError(f"topic_source must be 'auto', 'fit' or 'shipped', not {topic_source!r}")
    documents = list(corpus)
    if not documents:
        raise ValueError("the corpus has no documents")
    clf = classifier or load_classifier()

    steps = documents
    if progress:  # tqdm.auto only when asked: in Jupyter without ipywidgets it warns on import
        from tqdm.auto import tqdm

        steps = tqdm(documents, desc="clean, outline, classify", unit="doc")
    analysed = []
    for doc in steps:
        analysed.append((doc, *_analyse_document(doc, clf)))

    texts = [text for _, text, _, _, _ in analysed]
    idf = "reports" if len(texts) < 20 else "corpus"
    doc_keywords = keywords(texts, top_k=top_k_keywords, idf=idf)

    results = [
        DocumentAnalysis(
            id=doc.id,
            title=_document_title(doc, st),
            meta=dict(doc.meta),
            text=text,
            outline=st.outline(),
            paragraphs=paras,
            sentences=sents,
            keywords=list(kws),
        )
        for (doc, text, st, paras, sents), kws in zip(analysed, doc_keywords)
    ]

    units = [
        {"document": r.id, "paragraph": int(row.paragraph), "text": row.text}
        for r in results
        for row in r.paragraphs.itertuples(index=False)
        if not row.is_heading and len(row.text) >= MIN_TOPIC_UNIT_CHARS
    ]
    if progress:
        print(f"textlab: topics on {len(units)} paragraphs …", flush=True)
    model, source = _fit_or_load_topics(units, topic_source=topic_source, n_topics=n_topics, random_state=random_state)

    labels = model.topic_labels()
    topic_rows = [
        {"topic": t, "label": labels[t], "rank": rank + 1, "word": word, "weight": round(float(weight), 6)}
        for t, words in enumerate(model.topics(top_n=15))
        for rank, (word, weight) in enumerate(words)
    ]
    mix = model.transform(texts)
    doc_topics = pd.DataFrame(mix, columns=[f"topic_{t}" for t in range(mix.shape[1])]).round(6)
    doc_topics.insert(0, "document", [r.id for r in results])
    doc_topics.insert(1, "title", [r.title for r in results])
    doc_topics.insert(2, "year", [r.meta.get("year") for r in results])

    return Analysis(
        documents=results,
        skipped=list(getattr(corpus, "skipped", [])),
        topic_model=model,
        topic_source=source,
        topics=pd.DataFrame(topic_rows),
        doc_topics=doc_topics,
    )


# --------------------------------------------------------------------------------------- writing


def write_tables(analysis: Analysis, out_dir: str | Path) -> dict[str, Path]:
    """Write paragraphs.csv, sentences.csv, keywords.csv, topics.csv, doc_topics.csv (UTF-8 with BOM)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "paragraphs.csv": analysis.paragraphs,
        "sentences.csv": analysis.sentences,
        "keywords.csv": analysis.keywords,
        "topics.csv": analysis.topics,
        "doc_topics.csv": analysis.doc_topics,
    }
    written = {}
    for name, frame in tables.items():
        path = out / name
        frame.to_csv(path, index=False, encoding=CSV_ENCODING)
        written[name] = path
    return written


def make_figures(analysis: Analysis) -> dict[str, Any]:
    """The report's figures as {file name: matplotlib Figure}."""
    from textlab import viz

    figures = {
        "label_distribution.png": viz.plot_label_distribution(
            analysis.label_table(), title="各文档段落功能分布 Paragraph functions per document"
        ),
        "topics_top_words.png": viz.plot_top_words(
            analysis.topic_model.topics(top_n=10), labels=analysis.topic_model.topic_labels(),
            title="主题高频词 Top words per topic",
        ),
        "doc_topic_heatmap.png": viz.plot_heatmap(
            analysis.doc_topics.filter(like="topic_").to_numpy(),
            row_labels=[_short(t, 18) for t in analysis.doc_topics["title"]],
            col_labels=[f"T{t} {_short(label, 8)}" for t, label in enumerate(analysis.topic_model.topic_labels())],
            title="文档-主题分布 Document-topic mixture",
            annotate=len(analysis.documents) <= 12,
        ),
    }
    for i, doc in enumerate(analysis.documents):
        if doc.keywords:
            figures[f"keywords_{i:03d}.png"] = viz.plot_keywords(doc.keywords, title=f"关键词 · {_short(doc.title, 24)}")
    trend = year_trends(analysis)
    if trend is not None:
        figures["topics_by_year.png"] = viz.plot_prevalence(trend, title="主题随年份变化 Topic prevalence by year")
    return figures


def year_trends(analysis: Analysis):
    """Mean topic share per year, or None when fewer than two distinct years are present."""
    frame = analysis.doc_topics.dropna(subset=["year"])
    if frame["year"].nunique() < 2:
        return None
    labels = analysis.topic_model.topic_labels()
    table = frame.groupby("year")[[c for c in frame.columns if c.startswith("topic_")]].mean()
    table.columns = [f"T{t} {labels[t]}" for t in range(table.shape[1])]
    table.index = table.index.astype(int)
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


def _list(items: list[str], css: str, limit: int = 200) -> str:
    if not items:
        return "<p class='meta'>（无 none）</p>"
    lis = "".join(f"<li class='{css}'>{_esc(t)}</li>" for t in items[:limit])
    more = f"<p class='meta'>… and {len(items) - limit} more in paragraphs.csv</p>" if len(items) > limit else ""
    return f"<ol>{lis}</ol>{more}"


def render_html(analysis: Analysis, figures_b64: dict[str, str]) -> str:
    """The report page as one HTML string with every figure inline (no network needed)."""
    from textlab import __version__
    from textlab.fonts import font_face_css
    from textlab.viz import LABEL_NAMES

    counts = analysis.label_table()
    sentence_counts = analysis.label_table("sentence")
    parts = [
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>",
        "<title>textlab report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>textlab 分析报告 · Analysis report</h1>",
        f"<p class='meta'>{len(analysis.documents)} documents · textlab {__version__} · topics: {_esc(analysis.topic_source)}</p>",
    ]
    if analysis.skipped:
        parts.append("<h2>Skipped files</h2><ul>")
        parts += [f"<li>{_esc(p)}: {_esc(r)}</li>" for p, r in analysis.skipped]
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
        by_label = {lab: doc.sentences_with(lab) for lab in LABELS}
        c = doc.label_counts()
        meta = "".join(f" · {k}: {v}" for k, v in doc.meta.items()
                       if k in ("year", "region", "congress", "collection") and v not in (None, ""))
        parts.append(f"<h3>{_esc(doc.title)}</h3><p class='meta'>{_esc(doc.id)}{_esc(meta)} · paragraphs: "
                     f"{c['achievement']} achievement · {c['problem']} problem · {c['measure']} measure · {c['other']} other</p>")
        parts.append("<p>" + "".join(f"<span class='kw'>{_esc(t)}</span>" for t, _ in doc.keywords[:15]) + "</p>")
        parts.append(f"<details open><summary class='problem'>问题 Problems admitted: sentences ({len(by_label['problem'])})</summary>{_list(by_label['problem'], 'problem')}</details>")
        parts.append(f"<details><summary class='measure'>措施 Measures set out: sentences ({len(by_label['measure'])})</summary>{_list(by_label['measure'], 'measure')}</details>")
        parts.append(f"<details><summary class='achievement'>成绩 Achievements reported: sentences ({len(by_label['achievement'])})</summary>{_list(by_label['achievement'], 'achievement')}</details>")
        parts.append(f"<details><summary>提纲 Outline</summary><pre>{_esc(doc.outline)}</pre></details>")
        parts.append(_img(figures_b64, f"keywords_{i:03d}.png", f"keywords of {doc.title}"))

    parts.append("<h2>主题 Topics</h2>")
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
    parts.append("<h2>Tables</h2><p>paragraphs.csv, sentences.csv, keywords.csv, topics.csv, doc_topics.csv "
                 "(UTF-8 with BOM) and figures/ sit beside this page.</p></body></html>")
    page = "\n".join(p for p in parts if p)
    return page.replace("<style>", "<style>" + font_face_css(page), 1)  # the page's glyphs, embedded


def write_report(analysis: Analysis, out_dir: str | Path) -> Path:
    """Write report.html, figures/*.png and the CSV tables to ``out_dir``; returns the folder."""
    from textlab import viz

    out = Path(out_dir)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    write_tables(analysis, out)
    figures_b64 = {}
    for name, fig in make_figures(analysis).items():
        viz.save_figure(fig, out / "figures" / name)
        figures_b64[name] = viz.figure_to_base64(fig)
    (out / "report.html").write_text(render_html(analysis, figures_b64), encoding="utf-8")
    return out
