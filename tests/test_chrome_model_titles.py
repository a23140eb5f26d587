"""A site's page title over mid-document content: a soft guard of the learned chrome judge.

The title guard (textlab.chrome_model.content_guards) holds the document's title. On web copies whose
content starts mid-document under the page's title as the site shows it (with a site suffix
``…|材料圈``, cut ``2024年烟台市政...``, in ``【】`` or an HTML ``<title>``), with no subtitle, date,
speaker, addressee or greeting under it, the writers' gold calls that line a title repeat: page
chrome. Such a line is now judged by the model (a soft guard, with the guard and the shape of what
follows as features); when the model removes it, clean(report=True) keeps it in meta["page_title"].
A plain title over mid-document prose keeps its hard guard (chrome_dev's writer calls it content,
chrome_test5's chrome: the judge cannot serve both), and so does any title over a document head.
Real text: the 2021 national work report
and the 2025 Shanghai report of seeds/gov_reports; the page titles and site suffixes are written in
the shapes the development writers found (eval/chrome_test5 001, 043, 065, 009).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from textlab import chrome_model as cm
from textlab.cleaning import _line_keys, clean

ROOT = Path(__file__).resolve().parents[1]
NATIONAL = ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource" / "2021_国务院_政府工作报告.txt"
SHANGHAI = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025" / "2025_上海市_政府工作报告.txt"


def lines_of(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip().strip("\u200b")]


def everything() -> cm.ChromeModel:
    return cm.ChromeModel(np.zeros(cm.N_FEATURES), 50.0, 0.5)


def features(lines: list[str]) -> cm.PageFeatures:
    keys = _line_keys(lines)
    return cm.page_features(keys, lines, [""] * len(keys))


def _mid_document() -> list[str]:
    # a page title, then the report from its fourth paragraph on (no head: the excerpt starts mid-document)
    body = [b for b in lines_of(SHANGHAI) if len(b) >= 40][3:9]
    return ["2025年上海市政府工作报告"] + body


def test_a_site_page_title_over_mid_document_prose_is_judged_and_kept_in_meta():
    lines = ["首页 > 政务公开 > 政府工作报告"] + _mid_document()  # a breadcrumb: the rules see a web copy
    lines[1] = "2025年上海市政府工作报告|材料圈"
    keys = _line_keys(lines)
    from textlab.cleaning import _boilerplate_reasons, _default_rules

    reasons = _boilerplate_reasons(keys, lines, _default_rules())
    assert reasons[0] == "breadcrumb" and not any(reasons[1:])
    f = cm.page_features(keys, lines, reasons)
    assert f.guards[1] == "title" and f.soft[1] and f.eligible[1]
    place = dict(zip(cm._PLACE_NAMES, f.dense[1, cm.N_DENSE - len(cm._PLACE_NAMES):]))
    assert place["soft_title"] == 1.0 and place["title_then_prose"] == 1.0 and place["decorated_title"] == 1.0
    r = clean("\n".join(lines), report=True, chrome_model=everything())
    gone = [x for x in r.removed if x.reason.startswith("model")]
    assert [x.text for x in gone] == ["2025年上海市政府工作报告|材料圈"]
    assert gone[0].reason.endswith("(page title)") and float(gone[0].reason.split("p=")[1].split()[0]) >= 0.5
    assert r.meta["page_title"] == "2025年上海市政府工作报告" and r.meta["site"] == "材料圈"
    for line in lines[2:]:  # the body stays whole
        assert clean(line, chrome_model=False) in r.text.split("\n")
    # without any rule chrome on the page (no sign of a web copy) the same line names the document: it stays
    alone = lines[1:]
    assert not features(alone).soft[0]
    assert clean("\n".join(alone), chrome_model=everything()).split("\n")[0] == alone[0]


def test_a_plain_title_over_mid_document_prose_keeps_its_hard_guard():
    lines = _mid_document()
    f = features(lines)
    assert f.guards[0] == "title" and not f.soft[0] and not f.eligible[0]
    out = clean("\n".join(lines), chrome_model=everything()).split("\n")
    assert out[0] == "2025年上海市政府工作报告"


def test_a_title_over_a_document_head_keeps_its_hard_guard():
    body = lines_of(NATIONAL)[:12]  # title (hard-wrapped), subtitle, speaker, greeting, the report
    f = features(body)
    titled = [i for i, g in enumerate(f.guards) if g == "title"]
    assert titled and not any(f.soft[i] for i in titled)
    out = clean("\n".join(body), chrome_model=everything()).split("\n")
    for line in body:
        assert clean(line, chrome_model=False) in out, line


@pytest.mark.parametrize("line", ["2024年衢州市政府工作报告|材料圈", "2024年铜陵市政府工作报告 - 铜陵市人民政府",
                                  "扬州市政府工作报告——搜狐号", "政府工作报告（1998年）|新闻"])
def test_a_site_suffix_is_the_shape_of_a_page_title(line):
    assert cm._SITE_SUFFIX.fullmatch(line)


@pytest.mark.parametrize("line", ["2024年烟台市政...", "国务院关于印发个人所得税专项附加扣除暂行..."])
def test_a_cut_title_is_the_shape_of_a_page_title(line):
    assert cm._cut_title(line)


def test_no_seed_title_has_the_shape_of_a_page_title():
    firsts = [lines_of(p)[0] for p in sorted((ROOT / "seeds").rglob("*.txt")) if lines_of(p)]
    assert len(firsts) > 200
    shaped = [t for t in firsts if cm._SITE_SUFFIX.fullmatch(t) or cm._cut_title(t)]
    assert shaped == []


def test_the_shipped_model_takes_site_page_titles_off_excerpts_of_the_retired_test5_set():
    # chrome_test5 (a training writer now): page titles over excerpts that the title guard held on main
    from textlab.training import chrome_eval as ce

    pages = {p.id: p for p in ce.read_page_set(ROOT / "eval" / "chrome_test5")}
    cases = (("060", "2024年泰安市政府工作报告 - 北京日报客户端", "2024年泰安市政府工作报告"),
             ("065", "扬州市政府工作报告——搜狐号", "扬州市政府工作报告"))
    for page_id, line, title in cases:
        r = clean(pages[page_id].text, report=True)
        gone = [x for x in r.removed if x.text.strip() == line]
        assert gone and gone[0].reason.startswith("model: p=") and gone[0].reason.endswith("(page title)")
        assert pages[page_id].lines[gone[0].lineno - 1].label == "chrome"  # the writer's gold agrees
        assert r.meta["page_title"] == title


def test_an_html_title_element_left_in_a_copy_is_the_page_title_not_the_document():
    # chrome_test5 page 001: the <title> line over 各位代表： (a document head, so the judge's title guard held it)
    from textlab.training import chrome_eval as ce

    page = {p.id: p for p in ce.read_page_set(ROOT / "eval" / "chrome_test5")}["001"]
    r = clean(page.text, report=True)
    gone = [x for x in r.removed if x.text.strip() == "<title>2024年衢州市政府工作报告|材料圈</title>"]
    assert gone and gone[0].reason == "page_title"
    assert page.lines[gone[0].lineno - 1].label == "chrome"
    assert r.meta["page_title"] == "2024年衢州市政府工作报告" and r.meta["site"] == "材料圈"
    assert r.text.split("\n")[0] == "各位代表："
