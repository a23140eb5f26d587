"""Training and evaluation labels for the paragraph classifier.

Three sources, all returned as pandas DataFrames of sentence units (see
``textlab.classify.document_units``) with a ``label`` column:

* ``weak_labels(text)``: distant supervision from the work-report template. The first top-level
  section reviews past work (achievement); the paragraph in it that opens with a problem cue
  (``我们也清醒看到…困难和问题``) and what follows it in that section are problem; every later
  top-level section is measure; the preamble, greetings, top-level headings and the closing
  exhortation are other.
* ``other_examples()``: page chrome and meeting formulae written by the textlab developers
  (``resources/other_examples.txt``), labelled other.
* ``load_dev_set()``: the hand-labelled development set in ``seeds/dev/`` (party congress report
  excerpts, and party-building documents written for textlab), aligned to units with context.

Example:
    >>> table = weak_labels(open("seeds/gov_reports/national_gwr_wikisource/2019_国务院_政府工作报告.txt").read())  # doctest: +SKIP
    >>> table["label"].value_counts()  # doctest: +SKIP
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from textlab.labels import LABELS
from textlab.locations import read_resource
from textlab.training.checkout import seeds_dir

REVIEW_HEADING = re.compile(r"回顾|过去|以来|工作总结|主要工作|工作情况|取得")
# an admission of problems: strong cues anywhere in the review, weaker ones only in its last third
PROBLEM_CUE_STRONG = re.compile(
    r"清醒(?:地)?(?:看到|认识到|意识到)|也(?:要|应)?(?:看到|认识到)|问题和不足|差距和不足|不足之处|把问题说透"
    r"|要看到.{0,30}(?:困难|挑战|问题|不足)"
)
CLOSING_SECTION = re.compile(r"^结束语$|^结语$")
PROBLEM_CUE_WEAK = re.compile(
    r"(?:困难|问题|挑战|矛盾)(?:和|与)(?:问题|挑战|困难|不足|风险)"
    r"|(?:还|仍|依然)(?:存在|有|面临)(?:不少|一些|许多)?.{0,8}(?:问题|困难|不足|差距|挑战)"
)
PROBLEM_CUE_LAST = re.compile(r"(?:还|仍|尚)需|短板|弱项|不足|压力较大|困难|挑战")
NOT_ADMISSION = re.compile(r"^(?:针对|围绕|着力解决|帮助|为解决)")
GREETING = re.compile(r"^(?:各位代表|同志们|各位委员|各位领导)[！!：:，,]?$")
CLOSING = re.compile(r"让我们|而(?:努力|团结)?奋斗[！!。]?$|谢谢大家")
OPENING = re.compile(r"^现在，?我代表|请予审议|请.{0,10}提出意见")


def _problem_cue(st, body: list[int]) -> int | None:
    """Index of the paragraph that opens the admission of problems in the review section."""
    for i in body[len(body) // 3 :]:
        text = st.paragraphs[i].text
        if PROBLEM_CUE_STRONG.search(text) and not NOT_ADMISSION.match(text):
            return i
    for i in body[2 * len(body) // 3 :]:
        text = st.paragraphs[i].text
        if PROBLEM_CUE_WEAK.search(text) and not NOT_ADMISSION.match(text):
            return i
    # no admission formula: the review's last paragraph may still be the problem paragraph (2025 吉林)
    if body and PROBLEM_CUE_LAST.search(st.paragraphs[body[-1]].text):
        return body[-1]
    return None


def _assign_paragraph_labels(st) -> dict[int, str] | None:
    """Paragraph index -> weak label, or None when the document does not follow the template."""
    sections = [(h, idx) for h, idx in st.sections() if h is not None]
    if len(sections) < 2 or not REVIEW_HEADING.search(sections[0][0].text):
        return None
    labels: dict[int, str] = {}
    heading_paras = {h.paragraph for h in st.headings if not h.inline}
    top_paras = {h.paragraph for h in st.top_level()}
    first_heading, first_paras = sections[0]
    body = [i for i in first_paras if i not in heading_paras]
    cue_at = _problem_cue(st, body)
    for i in first_paras:
        labels[i] = "problem" if cue_at is not None and i >= cue_at else "achievement"
    for heading, paras in sections[1:]:
        for i in paras:
            labels[i] = "other" if CLOSING_SECTION.match(heading.text) else "measure"
    for para in st.paragraphs:
        if para.index not in labels or para.index in top_paras:
            labels[para.index] = "other"
        elif GREETING.match(para.text) or OPENING.search(para.text):
            labels[para.index] = "other"
    last_body = [p.index for p in st.paragraphs if not p.is_heading]
    if last_body and CLOSING.search(st.paragraphs[last_body[-1]].text):
        labels[last_body[-1]] = "other"
    return labels


def weak_labels(text: str, *, doc: str = "", clean_first: bool = True):
    """Sentence units of one work report with labels from its section template.

    Returns an empty frame when the report does not follow the template (no review section).
    """
    from textlab.classify import document_units
    from textlab.cleaning import clean
    from textlab.outline import structure

    text = clean(text) if clean_first else text
    st = structure(text)
    para_labels = _assign_paragraph_labels(st)
    units = document_units(text, structure_=st)
    if para_labels is None:
        return units.iloc[0:0].assign(label=[], doc=[], source=[])
    units["label"] = [para_labels[p] for p in units["paragraph"]]
    units.insert(0, "doc", doc)
    units["source"] = "weak"
    return units


def report_paths(root: str | Path | None = None, *, min_year: int = 1992) -> list[Path]:
    """Work reports that follow the review/problems/tasks template: national from ``min_year``, provincial 2025.

    ``root`` is a ``gov_reports`` folder (default: the checkout's ``seeds/gov_reports``).
    """
    root = Path(root) if root is not None else seeds_dir() / "gov_reports"
    national = sorted((root / "national_gwr_wikisource").glob("*_国务院_政府工作报告*.txt"))
    national = [p for p in national if int(p.name[:4]) >= min_year and "摘要" not in p.name]
    provincial = sorted((root / "provincial_gwr_2025").glob("*.txt"))
    return national + provincial


def weak_label_corpus(paths: Iterable[str | Path] | None = None):
    """Weak labels over many reports (default: ``report_paths()``), one frame with a ``doc`` column."""
    import pandas as pd

    frames = []
    for path in paths if paths is not None else report_paths():
        path = Path(path)
        frames.append(weak_labels(path.read_text(encoding="utf-8"), doc=path.stem))
    return pd.concat(frames, ignore_index=True)


def other_examples():
    """Page chrome, navigation and meeting formulae written for textlab, as 'other' units."""
    from textlab.classify import units_from_texts

    lines = [
        line.strip()
        for line in read_resource("other_examples.txt").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    units = units_from_texts(lines)
    units.insert(0, "doc", "other_examples")
    units["label"] = "other"
    units["source"] = "other_examples"
    return units


def _read_label_file(path: Path):
    import pandas as pd

    table = pd.read_csv(path, sep="\t", dtype={"doc": str, "text": str}, keep_default_na=False, quoting=3)
    missing = {"doc", "para", "sent", "label", "text"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing columns {sorted(missing)}")
    bad = set(table["label"]) - set(LABELS)
    if bad:
        raise ValueError(f"{path}: unknown labels {sorted(bad)}")
    return table


def _document_text(genre: str, doc: str, seeds: Path) -> str:
    if genre == "congress":
        return (seeds / "gov_reports" / "cpc_congress_wikisource" / f"{doc}.txt").read_text(encoding="utf-8")
    return (seeds / "dev" / "written" / f"{doc}.txt").read_text(encoding="utf-8")


def _align(units, para: int, text: str) -> int | None:
    """Row of ``units`` in paragraph ``para`` holding ``text``: same text, else the unit that
    contains it or is contained in it (sentence splitters may differ at half-width stops)."""
    from textlab.classify import normalise

    rows = [(i, normalise(t)) for i, t in zip(units.index[units["paragraph"] == para], units.loc[units["paragraph"] == para, "text"])]
    for i, t in rows:
        if t == text:
            return int(units.index.get_loc(i))
    for i, t in rows:
        if text and (text in t or t in text):
            return int(units.index.get_loc(i))
    return None


def load_dev_set(seeds: str | Path | None = None):
    """The hand-labelled development set aligned to sentence units with their context.

    Each labelled sentence is matched to the unit of the same document and paragraph with the same
    text (after normalisation); rows that cannot be aligned raise ValueError naming them, so nothing
    is dropped silently. Columns: the unit columns plus doc, genre, label, mixed.
    """
    import pandas as pd

    from textlab.classify import document_units, normalise

    seeds = seeds_dir(seeds)
    frames = []
    for genre in ("congress", "written"):
        path = seeds / "dev" / genre / "labels.tsv"
        if not path.exists():
            continue
        gold = _read_label_file(path)
        for doc, rows in gold.groupby("doc", sort=True):
            units = document_units(_document_text(genre, doc, seeds))
            picked, unmatched = [], []
            for row in rows.itertuples(index=False):
                i = _align(units, int(row.para), normalise(row.text))
                (picked.append((i, row)) if i is not None else unmatched.append(f"{doc} para {row.para}: {row.text[:30]}"))
            if unmatched:
                raise ValueError(f"{path}: {len(unmatched)} labelled sentences not found in the document: {unmatched[:3]}")
            part = units.iloc[[i for i, _ in picked]].copy()
            part.insert(0, "doc", doc)
            part["genre"] = genre
            part["label"] = [r.label for _, r in picked]
            part["mixed"] = [int(getattr(r, "mixed", 0) or 0) for _, r in picked]
            part["source"] = f"dev_{genre}"
            frames.append(part)
    if not frames:
        raise FileNotFoundError(f"no development labels under {seeds / 'dev'}")
    return pd.concat(frames, ignore_index=True)
