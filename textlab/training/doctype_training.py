"""Development data and measurement for the document type (:mod:`textlab.doctype`).

This module owns the development sets of the document-type cues and how they are scored:

* the corpus folders of ``../shared/corpus`` (or ``$TEXTLAB_CORPUS``), each of a known type:
  the national, provincial and city government work reports and the party congress reports are
  work reports, except the NPC resolutions on the national reports (``npc_resolutions/``, a
  决议 approving a report: other); the State Council documents are typed from their titles by
  :func:`state_council_type` (the mapping is stated there);
* the written party-building dev set ``seeds/dev/written`` (types in :data:`WRITTEN_TYPES`, read
  from its README's sub-genre table);
* the DEV part only of ``eval/genres`` (``split.tsv`` part ``dev``; gold in ``doc_types.tsv``).
  Documents of its ``test`` part are never read here: :func:`genres_dev` refuses them.

:func:`evaluate` types each document (with or without its metadata title) and returns the rows;
:func:`accuracy_table` / :func:`confusion` summarise them; :func:`fit_temperature` picks the
softmax temperature with the smallest log-loss on a set of rows. These are development figures:
the cues were written while looking at these documents.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Iterable

from textlab.doctype import DOC_TYPES, GOLD_TYPE_NAMES, load_cues, scores, softmax, evidence_from_outline

WORK_REPORT_FOLDERS = ("national_gwr_wikisource", "provincial_gwr_2025", "city_gwr_2024", "cpc_congress_wikisource")
STATE_COUNCIL = "state_council_2004_2019"

WRITTEN_TYPES: dict[str, str] = {
    "w01_tuijinhui": "speech",
    "w02_jingyan_hongsexiaoqu": "experience",
    "w03_zongjie_weijian": "summary",
    "w04_shuzhi_renshe": "summary",
    "w05_duizhao_zhendangwei": "self_criticism",
    "w06_fangan_shujilinghang": "plan",
    "w07_xinwen_hongsewuye": "news",
    "w08_shuzhi_shequ": "summary",
    "w09_xiangcun_tuijinhui": "speech",
    "w10_guoqi_jiaoliu": "experience",  # 交流发言 of an SOE party committee
    "w11_web_cunqilianjian": "experience",  # web copy of a 典型材料
    "w12_web_jiguan_jianghua": "speech",
    "w13_shenghuohui_fayan": "self_criticism",
    "w14_huibao_liangxin": "experience",  # 汇报发言
    "w15_yaodian_jiedao": "plan",
    "w16_diaoyan_liudong": "other",  # 调研报告 (eval/genres types research reports as other too)
    "w17_cun_jiaoliu": "experience",  # 经验交流会上的发言
    "w18_jihua_zhongxue": "plan",
    "w19_dianxing_shuiwu": "experience",  # 典型材料
}
"""Gold types of ``seeds/dev/written`` (from the sub-genres its README lists)."""

_SC_OTHER = re.compile(r"条例|规定|办法|规则|细则|预案|批复|复函|答复|通报|决定|请示|名单|组成人员|节假日|有关事项|几个问题|函$")
_SC_PLAN = re.compile(r"意见|方案|规划|计划|纲要|要点|措施")
_SC_TASK = re.compile(r"关于(对)?(开展|加强|做好|推进|推动|加快|深入|全面|进一步|切实|抓好|促进|支持|推广|实施|建立|健全|完善|落实)|进一步")


def state_council_type(title: str) -> str:
    """The type of a State Council document from its title (the development gold).

    The mapping: in ``关于印发/转发 X 的通知`` (or ``…的函``) the type is X's: 意见, 方案, 规划,
    计划, 纲要, 要点, 措施 → plan; 条例, 规定, 办法, 规则, 细则, 预案 (contingency rules),
    请示 → other. Otherwise the title's own kind: 意见 / 若干措施 → plan; 条例, 规定, 办法,
    批复, 复函, 函, 答复, 通报, 决定 → other; a 通知 that issues tasks (关于开展 / 加强 / 做好 /
    推进 / 推广 / 抓好 / 进一步 …) → plan, one that announces (节假日安排, 组成人员, 有关事项,
    几个问题) → other.

    >>> state_council_type("国务院关于印发国家职业教育改革实施方案的通知"), state_council_type("专利代理条例")
    ('plan', 'other')
    """
    title = re.sub(r"\s+", "", title)
    inner = re.search(r"(?:印发|转发)(.+?)的(?:通知|函)$", title)
    if inner:
        core = inner.group(1)
        kinds = [(m.end(), "other") for m in _SC_OTHER.finditer(core)] + [(m.end(), "plan") for m in _SC_PLAN.finditer(core)]
        return max(kinds)[1] if kinds else "other"
    kinds = [(m.end(), "other") for m in _SC_OTHER.finditer(title)] + [(m.end(), "plan") for m in _SC_PLAN.finditer(title)]
    if kinds:  # the last kind word names the document (…决定法制审核制度的指导意见 is an opinion)
        return max(kinds)[1]
    if title.endswith("通知") and _SC_TASK.search(title):
        return "plan"
    return "other"


def corpus_root() -> Path:
    """The shared corpus: ``$TEXTLAB_CORPUS`` or ``../shared/corpus`` beside the repository."""
    env = os.environ.get("TEXTLAB_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent.parent / "shared" / "corpus"


def corpus_documents(root: str | Path | None = None) -> list[tuple[str, object, str]]:
    """(folder, Document, gold type) for the corpus folders of a known type (work reports and
    State Council documents)."""
    from textlab.corpus import load_corpus

    root = Path(root) if root is not None else corpus_root()
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: the shared corpus is not there (set TEXTLAB_CORPUS)")
    rows = []
    for folder in (*WORK_REPORT_FOLDERS, STATE_COUNCIL):
        for doc in load_corpus(root / folder):
            group = folder
            if folder == STATE_COUNCIL:
                gold = state_council_type(str(doc.meta.get("source_title") or doc.meta.get("title") or doc.id))
            elif "npc_resolutions" in str(doc.meta.get("path", "")):
                group, gold = f"{folder}/npc_resolutions", "other"  # a 决议 approving a report is not a report
            else:
                gold = "work_report"
            rows.append((group, doc, gold))
    return rows


def written_documents(folder: str | Path) -> list[tuple[str, object, str]]:
    """(``"written"``, Document, gold type) for ``seeds/dev/written``."""
    from textlab.corpus import Document

    folder = Path(folder)
    rows = []
    for name, gold in WRITTEN_TYPES.items():
        path = folder / f"{name}.txt"
        rows.append(("written", Document(name, path.read_text(encoding="utf-8"), {}), gold))
    return rows


def genres_dev(folder: str | Path) -> list[tuple[str, object, str]]:
    """(``"genres_dev"``, Document, gold type) for the documents of ``eval/genres`` whose
    ``split.tsv`` part is ``dev``. Test documents are not opened."""
    from textlab.corpus import Document

    folder = Path(folder)
    parts = dict(_tsv_pairs(folder / "split.tsv"))
    gold = dict(_tsv_pairs(folder / "doc_types.tsv"))
    rows = []
    for name, part in parts.items():
        if part != "dev":
            continue
        if gold.get(name) not in GOLD_TYPE_NAMES:
            raise ValueError(f"{folder / 'doc_types.tsv'}: no known type for {name!r} ({gold.get(name)!r})")
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        rows.append(("genres_dev", Document(name, text, {}), GOLD_TYPE_NAMES[gold[name]]))
    return rows


def _tsv_pairs(path: Path) -> Iterable[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[:2] not in (["doc", "part"], ["doc", "type"]):
        raise ValueError(f"{path}: expected a header 'doc<TAB>part' or 'doc<TAB>type'")
    for number, line in enumerate(lines[1:], 2):
        if line.strip():
            fields = line.split("\t")
            if len(fields) < 2:
                raise ValueError(f"{path}, line {number}: expected two tab-separated fields")
            yield fields[0], fields[1]


def evaluate(rows, *, use_meta: bool = False, cues=None) -> list[dict]:
    """Type each (set, Document, gold) row; ``use_meta``: the metadata title counts (else the text
    alone). Returns dicts: set, document, gold, type, probability, scores (the raw type scores)."""
    from textlab.cleaning import clean
    from textlab.outline import structure

    cue_set = cues or load_cues()
    out = []
    for group, doc, gold in rows:
        st = structure(clean(doc.text))
        ev = evidence_from_outline(st, meta=doc.meta if use_meta else None)
        raw = scores(ev, cue_set)
        proba = softmax(raw, cue_set.temperature)
        best = max(DOC_TYPES, key=lambda t: (proba[t], -DOC_TYPES.index(t)))
        out.append({"set": group, "document": doc.id, "gold": gold, "type": best, "probability": proba[best],
                    "p_gold": proba[gold], "scores": raw})
    return out


def accuracy_table(results: list[dict]) -> list[tuple[str, int, int, float, float]]:
    """(set, documents, correct, accuracy, mean log-loss) per set, then ``all``."""
    table = []
    groups = sorted({r["set"] for r in results}, key=lambda g: [r["set"] for r in results].index(g))
    for group in [*groups, "all"]:
        chosen = [r for r in results if group == "all" or r["set"] == group]
        right = sum(r["type"] == r["gold"] for r in chosen)
        loss = sum(-math.log(max(r["p_gold"], 1e-12)) for r in chosen) / max(1, len(chosen))
        table.append((group, len(chosen), right, right / max(1, len(chosen)), loss))
    return table


def confusion(results: list[dict]) -> list[list[int]]:
    """Confusion counts, rows gold and columns predicted, both in :data:`DOC_TYPES` order."""
    matrix = [[0] * len(DOC_TYPES) for _ in DOC_TYPES]
    for r in results:
        matrix[DOC_TYPES.index(r["gold"])][DOC_TYPES.index(r["type"])] += 1
    return matrix


def format_confusion(matrix: list[list[int]]) -> str:
    """The confusion matrix as a fixed-width text table."""
    short = [t[:8] for t in DOC_TYPES]
    lines = ["gold \\ pred    " + " ".join(f"{s:>8}" for s in short)]
    for t, row in zip(DOC_TYPES, matrix):
        lines.append(f"{t:<14} " + " ".join(f"{v:>8}" for v in row))
    return "\n".join(lines)


def log_loss(results: list[dict], temperature: float) -> float:
    """Mean negative log-probability of the gold type at ``temperature``."""
    total = 0.0
    for r in results:
        proba = softmax(r["scores"], temperature)
        total -= math.log(max(proba[r["gold"]], 1e-12))
    return total / max(1, len(results))


def fit_temperature(results: list[dict], grid: Iterable[float] | None = None, *, balance: bool = True) -> float:
    """The temperature of the grid with the smallest log-loss; ``balance`` weighs each gold type
    equally (the corpus has far more work reports than anything else)."""
    grid = list(grid) if grid is not None else [round(0.25 * k, 2) for k in range(2, 41)]
    if balance:
        by_type: dict[str, list[dict]] = {}
        for r in results:
            by_type.setdefault(r["gold"], []).append(r)
        loss = lambda t: sum(log_loss(rows, t) for rows in by_type.values()) / len(by_type)  # noqa: E731
    else:
        loss = lambda t: log_loss(results, t)  # noqa: E731
    return min(grid, key=lambda t: (loss(t), t))


def reliability(results: list[dict], bins: int = 5) -> list[tuple[float, float, int, float, float]]:
    """Calibration: per bin of the predicted type's probability, (low, high, documents, mean
    probability, accuracy)."""
    rows = []
    for k in range(bins):
        low, high = k / bins, (k + 1) / bins
        chosen = [r for r in results if low <= r["probability"] < high or (k == bins - 1 and r["probability"] == 1.0)]
        if chosen:
            rows.append((low, high, len(chosen), sum(r["probability"] for r in chosen) / len(chosen),
                         sum(r["type"] == r["gold"] for r in chosen) / len(chosen)))
    return rows


def development_rows(root: str | Path) -> list[tuple[str, object, str]]:
    """Every development row: the corpus folders, ``seeds/dev/written`` and the dev part of
    ``eval/genres`` of the repository at ``root``."""
    root = Path(root)
    return (corpus_documents() + written_documents(root / "seeds" / "dev" / "written")
            + genres_dev(root / "eval" / "genres"))
