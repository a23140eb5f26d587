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
from typing import Iterable, Sequence

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


def weak_labels(text: str, *, doc: str = "", clean_first: bool = True, doc_type: str | None = "work_report"):
    """Sentence units of one work report with labels from its section template.

    Returns an empty frame when the report does not follow the template (no review section).
    ``doc_type``: the document type the units carry (a work report; None: the type :mod:`textlab.doctype` predicts).
    """
    from textlab.classify import document_units
    from textlab.cleaning import clean
    from textlab.outline import structure

    text = clean(text) if clean_first else text
    st = structure(text)
    para_labels = _assign_paragraph_labels(st)
    units = document_units(text, structure_=st, doc_type=doc_type)
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


def city_report_paths(root: str | Path | None = None) -> list[Path]:
    """The city work reports of 2024 copied into ``seeds/city_reports`` (default: the checkout's)."""
    root = Path(root) if root is not None else seeds_dir() / "city_reports"
    return sorted(root.glob("*_政府工作报告.txt"))


def state_council_paths(root: str | Path | None = None) -> list[Path]:
    """The State Council plans and directives copied into ``seeds/state_council``."""
    root = Path(root) if root is not None else seeds_dir() / "state_council"
    return sorted(root.glob("*.txt"))


def weak_label_corpus(paths: Iterable[str | Path] | None = None, *, labeller=None):
    """Weak labels over many documents (default: ``report_paths()`` with :func:`weak_labels`),
    one frame with a ``doc`` column."""
    import pandas as pd

    labeller = labeller or weak_labels
    frames = []
    for path in paths if paths is not None else report_paths():
        path = Path(path)
        frames.append(labeller(path.read_text(encoding="utf-8"), doc=path.stem))
    return pd.concat(frames, ignore_index=True)


# a State Council directive: what is other, what is background, what is a task
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fa5]{1,6}〔\d{4}〕\d+号$|^[\u4e00-\u9fa5]{1,6}\[\d{4}\]\d+号$")
_ADDRESSEE = re.compile(r"^(?:各省|国务院各部委|各有关|各地|各级).{0,60}[：:]$")
_SIGNATURE = re.compile(r"^(?:国务院(?:办公厅)?|中共中央办公厅)$|^[〇零一二三四五六七八九十○]{4}年.{1,6}月.{1,6}日$|^\d{4}年\d{1,2}月\d{1,2}日$"
                        r"|^（此件.{0,10}）$|^（本文有删减）$")
_PURPOSE = re.compile(r"^为(?:了)?[^。]{4,}(?:现|特)(?:提出|就|制定|通知)|经国务院同意|现(?:提出|就)[^。]{0,40}(?:意见|通知|如下)"
                      r"|(?:通知|意见)如下|(?:请|现)[^。]{0,10}(?:认真)?(?:贯彻|遵照)执行|本(?:意见|方案|办法|通知)自[^。]{0,10}(?:施行|实施)"
                      r"|^(?:附件|抄送|印发)")
_NEUTRAL_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*(?:总体要求|指导思想|基本原则|主要目标|工作目标|"
                              r"目标任务|重点任务|主要任务|保障措施|组织实施|工作要求|组织领导|实施步骤|实施范围|试点范围|试点内容|"
                              r"工作安排|进度安排|时间安排|总体目标|基本要求)[。：:]?$")
_DOCTRINE = re.compile(r"《[^》]+》[^。]{0,20}(?:提出|指出|强调|要求|明确)|党中央、国务院(?:高度重视|作出|决定)|总书记")
_BACKGROUND_DONE = re.compile(r"近年来|以来|已(?:经)?|取得|累计|成效|明显|显著|不断(?:完善|提高|增强)")
_BACKGROUND_PROBLEM = re.compile(r"但|仍|问题|不足|短板|滞后|不平衡|不充分|薄弱|困难|挑战")


def directive_labels(text: str, *, doc: str = "", clean_first: bool = True, doc_type: str = "plan"):
    """Sentence units of one plan or directive (a State Council 意见 / 方案 / 通知) with weak labels.

    The tasks (everything from the first heading on) are measure; the title, document number,
    addressee, purpose and closing formulae (为…，现提出如下意见 / 请认真贯彻执行), neutral section
    names (一、总体要求) and signatures are other. A background sentence before the first heading is
    achievement (近年来…取得…) or problem (但…仍…) where its cues say so and one side only; the
    rest of the preamble is left out (no label can be told). A document with no heading gives no units.
    """
    from textlab.classify import document_units
    from textlab.cleaning import clean
    from textlab.outline import structure

    text = clean(text) if clean_first else text
    st = structure(text)
    units = document_units(text, structure_=st, doc_type=doc_type)
    heads = units.index[units["is_heading"].to_numpy(dtype=bool)]
    if len(heads) == 0:
        return units.iloc[0:0].assign(label=[], doc=[], source=[])
    first_heading_para = int(units.loc[heads[0], "paragraph"])
    labels = []
    for row in units.itertuples(index=False):
        t = row.text.strip()
        if (row.paragraph == 0 or _DOC_NUMBER.match(t) or _ADDRESSEE.match(t) or _SIGNATURE.match(t)
                or _PURPOSE.search(t) or (row.heading_sentence and _NEUTRAL_HEADING.match(t))):
            labels.append("other")
        elif row.paragraph < first_heading_para and _DOCTRINE.search(t):
            labels.append("other")
        elif row.paragraph < first_heading_para:
            done, problem = bool(_BACKGROUND_DONE.search(t)), bool(_BACKGROUND_PROBLEM.search(t))
            labels.append("achievement" if done and not problem else "problem" if problem and not done else None)
        else:
            labels.append("measure")
    units["label"] = labels
    units = units[units["label"].notna()].copy()
    units.insert(0, "doc", doc)
    units["source"] = "weak_directive"
    return units


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


#: document types of the written development documents (seeds/dev/written/README.md), by LABELING.md
WRITTEN_DOC_TYPES = {
    "w01": "speech", "w02": "experience", "w03": "summary", "w04": "summary", "w05": "self_criticism",
    "w06": "plan", "w07": "news", "w08": "summary", "w09": "speech", "w10": "experience", "w11": "experience",
    "w12": "speech", "w13": "self_criticism", "w14": "experience", "w15": "plan", "w16": "other",
    "w17": "experience", "w18": "plan", "w19": "experience",
}
#: eval/genres/doc_types.tsv names -> textlab.doctype names (CONTRACT.md)
GENRES_DOC_TYPES = {
    "work report": "work_report", "speech": "speech", "experience material": "experience",
    "work summary": "summary", "self-criticism": "self_criticism", "plan or opinion": "plan",
    "news report": "news", "other": "other",
}


def dev_doc_type(genre: str, doc: str) -> str:
    """The document type of a development document (congress reports are work reports)."""
    if genre == "congress":
        return "work_report"
    return WRITTEN_DOC_TYPES.get(doc[:3], "")


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


def _aligned(units, rows, doc: str, path) -> tuple[list[int], list]:
    from textlab.classify import normalise

    picked, unmatched = [], []
    for row in rows.itertuples(index=False):
        i = _align(units, int(row.para), normalise(row.text))
        (picked.append((i, row)) if i is not None else unmatched.append(f"{doc} para {row.para}: {row.text[:30]}"))
    if unmatched:
        raise ValueError(f"{path}: {len(unmatched)} labelled sentences not found in the document: {unmatched[:3]}")
    return picked


def load_genres_dev(root: str | Path | None = None, *, doc_types: str = "gold", source: str = "dev_genres",
                    parts: Sequence[str] | None = None):
    """The development documents of a written sub-genre set (``eval/genres`` by default), aligned to units.

    ``parts``: the ``split.tsv`` parts to read; default :func:`textlab.training.dev_sets.development_parts`
    (``dev``, plus ``test`` where the set's README marks its test part RETIRED, as eval/genres since
    2026-11-30). Only documents of those parts are ever opened: the split is read first and the label
    rows of every other document are dropped before any text is read (a locked test part such as
    eval/genres_test2, all ``test``, yields nothing). ``doc_types``: "gold" (doc_types.tsv) or
    "predicted" (``textlab.doctype``). Columns as :func:`load_dev_set`; ``genre`` is the sub-genre
    (``01_讲话`` …); ``source`` names the set in the ``source`` column; ``part`` is the document's part.
    """
    import pandas as pd

    from textlab.classify import document_units

    root = Path(root) if root is not None else seeds_dir().parent / "eval" / "genres"
    from textlab.training.dev_sets import development_parts

    parts = tuple(parts) if parts is not None else development_parts(root)
    split = pd.read_csv(root / "split.tsv", sep="\t", dtype=str, keep_default_na=False)
    part_of = dict(zip(split["doc"], split["part"]))
    dev_docs = {d for d, p in part_of.items() if p in parts}
    types = pd.read_csv(root / "doc_types.tsv", sep="\t", dtype=str, keep_default_na=False)
    type_of = {d: GENRES_DOC_TYPES[t] for d, t in zip(types["doc"], types["type"]) if d in dev_docs}
    gold = _read_label_file(root / "labels.tsv")
    gold = gold[gold["doc"].isin(dev_docs)]
    frames = []
    for doc, rows in gold.groupby("doc", sort=True):
        text = (root / f"{doc}.txt").read_text(encoding="utf-8")
        units = document_units(text, doc_type=type_of[doc] if doc_types == "gold" else None)
        picked = _aligned(units, rows, doc, root / "labels.tsv")
        part = units.iloc[[i for i, _ in picked]].copy()
        part.insert(0, "doc", doc)
        part["genre"] = [str(r.genre) for _, r in picked]
        part["label"] = [r.label for _, r in picked]
        part["mixed"] = [int(getattr(r, "mixed", 0) or 0) for _, r in picked]
        part["source"] = source
        part["part"] = part_of[doc]
        frames.append(part)
    if not frames:
        raise ValueError(f"{root / 'split.tsv'}: no document of the parts {parts}")
    return pd.concat(frames, ignore_index=True)


def load_dev_set(seeds: str | Path | None = None, *, doc_types: str = "gold"):
    """The hand-labelled development set aligned to sentence units with their context.

    Each labelled sentence is matched to the unit of the same document and paragraph with the same
    text (after normalisation); rows that cannot be aligned raise ValueError naming them, so nothing
    is dropped silently. Columns: the unit columns plus doc, genre, label, mixed.
    """
    import pandas as pd

    from textlab.classify import document_units

    seeds = seeds_dir(seeds)
    frames = []
    for genre in ("congress", "written"):
        path = seeds / "dev" / genre / "labels.tsv"
        if not path.exists():
            continue
        gold = _read_label_file(path)
        for doc, rows in gold.groupby("doc", sort=True):
            units = document_units(_document_text(genre, doc, seeds),
                                   doc_type=dev_doc_type(genre, doc) if doc_types == "gold" else None)
            picked = _aligned(units, rows, doc, path)
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
