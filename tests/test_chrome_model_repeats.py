"""Chrome defined by repetition and place: running heads, title repeats, tables of contents.

A PDF or Word copy repeats its running head (the issuer, the report's name) at every page break; its
first copy stands over the body, where the title would. The writers' gold calls it chrome when no
document head (speaker, greeting, subtitle) follows it (eval/chrome_test7 006, 010, 060, 089) and the
document's title when one does (eval/chrome_dev2 d2_064_pdf). A page's headline with a full-text mark
(…（全文）, …【附全文】) or a column / site name before it (全文丨…, 丽水日报——…) is a site's page title:
35 of 36 such title-guarded lines on the writers' pages are chrome. The judge gets the repetition as
features (other copies of the line, a copy the rules removed, at a page break, inside the body; how
much of the title a line holds; a contents entry whose heading comes again). Real text: the 2025
Shanghai report of seeds/gov_reports, with the chrome written in the shapes of those pages.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from textlab import chrome_model as cm
from textlab.cleaning import _boilerplate_reasons, _default_rules, _line_keys

ROOT = Path(__file__).resolve().parents[1]
SHANGHAI = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025" / "2025_上海市_政府工作报告.txt"


def body(n: int, start: int = 6) -> list[str]:
    lines = [ln.strip() for ln in SHANGHAI.read_text(encoding="utf-8").splitlines() if len(ln.strip()) >= 40]
    return lines[start:start + n]


def page(lines: list[str]):
    keys = _line_keys(lines)
    reasons = _boilerplate_reasons(keys, lines, _default_rules())
    return keys, lines, reasons


def place(feats: cm.PageFeatures, i: int) -> dict[str, float]:
    return dict(zip(cm._PLACE_NAMES, feats.dense[i, cm.N_DENSE - len(cm._PLACE_NAMES):]))


def paged(head: str, top: list[str]) -> list[str]:
    """``top`` over three pages of the report, each page ending in its number and the running head."""
    b = body(9)
    return top + b[:3] + ["— 1 —", head] + b[3:6] + ["— 2 —", head] + b[6:9] + ["— 3 —"]


def test_a_running_head_over_mid_document_prose_is_not_the_title():
    keys, raws, reasons = page(paged("宝鸡市人民政府办公室", ["宝鸡市人民政府办公室"]))
    assert reasons[4] == "pagination" and keys[5] == keys[0]
    guards = cm.content_guards(keys, raws, reasons)
    assert guards[0] == ""  # (it was the title: the hard title guard held it on every page)
    assert cm.title_line(keys, reasons, raws=raws) is None
    feats = cm.page_features(keys, raws, reasons)
    assert feats.eligible[0]
    got = place(feats, 0)
    assert got["repeat_page_break"] == 1.0 and got["repeat_count"] > 0


def test_a_running_head_over_the_greeting_is_no_speaker():
    keys, raws, reasons = page(paged("苏州文件", ["苏州文件", "各位代表："]))
    guards = cm.content_guards(keys, raws, reasons)
    assert guards[1] == "greeting"
    assert guards[0] == ""  # (it was held as the speaker's name over the greeting)


def test_a_title_over_its_speaker_keeps_its_guard_when_it_recurs_as_the_running_head():
    title = "2025年上海市政府工作报告"
    keys, raws, reasons = page(paged(title, [title, "市长 龚正", "各位代表："]))
    guards = cm.content_guards(keys, raws, reasons)
    assert guards[0] == "title" and guards[2] == "greeting"
    assert cm.title_line(keys, reasons, raws=raws) == 0


def test_a_headline_with_a_full_text_mark_or_a_column_name_is_a_page_title():
    for line in ("阳泉政府工作报告【全文】", "亳州政府工作报告（附全文）", "德阳市2024年政府工作报告（全文）",
                 "全文丨北京政府工作报告", "权威发布丨1994年国务院政府工作报告", "丽水日报——丽水政府工作报告"):
        assert cm._decorated(line, line), line
    for line in ("2025年上海市政府工作报告", "一九七八——一九八五年全国科学技术发展规划纲要（草案）",
                 "不忘初心——在全省会议上的讲话", "关于全文公开政府信息的通知"):
        assert not cm._decorated(line, line), line


def test_a_headline_with_a_column_or_site_name_over_mid_document_prose_is_judged():
    for headline in ("丽水日报——上海政府工作报告", "全文丨上海政府工作报告", "权威发布丨2025年上海市政府工作报告"):
        lines = [headline, "小编 学习小组 2024-01-11 16:35"] + body(6, start=9)  # (eval/chrome_test7 091)
        keys, raws, reasons = page(lines)
        assert not reasons[0] and reasons[1]
        feats = cm.page_features(keys, raws, reasons)
        assert feats.guards[0] == "title" and feats.soft[0] and feats.eligible[0], headline  # (a hard title before)


def test_a_title_copy_and_a_table_of_contents_get_their_repeat_features():
    b = body(8)
    lines = (["2025年上海市政府工作报告（全文）", "目录", "一、2024年工作回顾……2", "二、2025年主要目标……5",
              "2025年上海市政府工作报告", "各位代表："] + b[:4] + ["一、2024年工作回顾"] + b[4:6]
             + ["二、2025年主要目标"] + b[6:8])
    keys, raws, reasons = page(lines)
    feats = cm.page_features(keys, raws, reasons)
    assert cm.title_line(keys, reasons, raws=raws) == 4
    assert place(feats, 0)["title_holds"] == 1.0 and place(feats, 0)["title_cover"] == 1.0
    for i in (2, 3):  # contents entries whose heading comes again in the body, two of them together
        got = place(feats, i)
        assert got["toc_echo_heading"] == 1.0 and got["toc_echo_run"] >= 0.5, (i, got)
    assert place(feats, 12)["toc_echo_heading"] == 0.0  # the heading in the body itself
    assert place(feats, 2)["outline_sibling"] == 1.0 and place(feats, 12)["outline_sibling"] == 0.0


def test_contents_entries_of_an_excerpt_are_outline_siblings():
    # the page holds a part of the report: its contents list headings that never come again (eval/chrome_test7 100)
    lines = (["首页 > 新闻中心 > 政务动态", "上海政府工作报告", "文章目录", "二、2025年主要目标任务", "三、全面加强政府自身建设",
              "各位代表："] + body(6))
    keys, raws, reasons = page(lines)
    feats = cm.page_features(keys, raws, reasons)
    for i in (3, 4):
        assert feats.eligible[i] and place(feats, i)["outline_sibling"] == 1.0
        assert place(feats, i)["toc_echo"] == 0.0


def test_a_model_of_feature_version_4_loads_with_zero_weights_for_the_repeat_features(tmp_path):
    from textlab.persistence import npz_bytes, write_model

    n_old = cm.N_FEATURES - len(cm._REPEAT_NAMES)
    rng = np.random.default_rng(0)
    coef = rng.normal(size=n_old) * 0.01
    manifest = {"threshold": 0.97, "feature_version": 4, "n_hash": cm.N_HASH, "n_dense": cm.N_DENSE - len(cm._REPEAT_NAMES),
                "shape_names": list(cm.SHAPE_NAMES), "reason_families": list(cm.REASON_FAMILIES),
                "offsets": list(cm._OFFSETS), "place_names": list(cm._PLACE_NAMES[:cm._V4_PLACE]),
                "guards": list(cm.GUARDS), "card": {}}
    write_model(tmp_path / "v4", format=cm.FORMAT, format_version=cm.FORMAT_VERSION,
                files={"arrays.npz": npz_bytes({"coef": coef, "intercept": np.array([0.5])})}, manifest=manifest)
    model = cm.load_chrome_model(tmp_path / "v4")
    cut = cm.N_DENSE - len(cm._REPEAT_NAMES)
    assert np.all(model.coef[cut:cm.N_DENSE] == 0.0)
    assert np.array_equal(model.coef[:cut], coef[:cut]) and np.array_equal(model.coef[cm.N_DENSE:], coef[cut:])


def test_a_running_foot_with_its_page_number_is_judged_inside_a_hard_wrapped_body():
    # eval/chrome_dev6 003: a PDF copy hard-wrapped, its foot 2024年柳州市政府工作　　第2页 … 第8页 at every break
    raws = [ln for ln in (ROOT / "eval" / "chrome_dev6" / "pages" / "003.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip()]
    keys, raws, reasons = page(raws)
    guards = cm.content_guards(keys, raws, reasons)
    feet = [i for i, k in enumerate(keys) if k.startswith("2024年柳州市政府工作第")]
    assert len(feet) >= 6
    for i in feet:
        assert not reasons[i] and guards[i] == ""  # (the wrapped-body guard held every one of them)
    feats = cm.page_features(keys, raws, reasons)
    assert place(feats, feet[0])["repeat_count"] > 0.5
    wrapped = [i for i, k in enumerate(keys) if len(k) >= 20 and i not in feet]
    assert sum(guards[i] != "" for i in wrapped) >= 0.9 * len(wrapped)  # the body keeps its guards


def test_table_cells_and_notes_that_recur_are_no_furniture():
    forms = {"定量": 3, "（国家发展改革委负责）": 2, "纲要（草案）": 10, "毛主席指出：“": 2, "#年柳州市政府工作第#页": 7}
    assert not cm._recurring_furniture("定量", forms)
    assert not cm._recurring_furniture("（国家发展改革委负责）", forms)
    assert not cm._recurring_furniture("毛主席指出：“", forms)
    assert cm._recurring_furniture("2024年柳州市政府工作第3页", forms)
    assert not cm._recurring_furniture("2024年柳州市政府工作第3页", {})
