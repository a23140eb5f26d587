"""Hard-wrapped copies whose paragraphs open with a run-in lead (issue 14, point 4; textlab.wraps).

A report runs the lead of an item on into its paragraph (``（二）创新能力起势跃升。中原科技城…``,
``一是全力扩大有效投资。尽最大努力…``). Some PDF copies break the line right after such a lead, so the
lead stands alone on a short indented line and the paragraph goes on, unindented, in the next
line. It is one paragraph when the page itself shows it: other leads of the same family run on
into their text on the same line, the lead line is indented (a paragraph opens there) and the
next line is not (it does not open one). A notice whose headings ``（一）指导思想。`` stand on their
own lines, flush left or with their paragraphs indented below them, keeps them apart.

Page-break marks a converter sets between two pages (``------分页符------``, ``——分页——``) are page
furniture: inside a paragraph they go and the two pieces join.
"""

from __future__ import annotations

import pytest

from corpus_files import PROVINCIAL, seed_text
from textlab import cleaning as C
from textlab import wraps as W

REPORT = PROVINCIAL / "2025_河南省_政府工作报告.txt"


def report_paragraphs(n: int = 16) -> list[str]:
    """The title, subtitle, greeting and the run-in paragraphs ``（一）经济运行持续向好。…`` of the report."""
    return [line for line in seed_text(REPORT).split("\n")[:n] if line.strip()]


def cut(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def unwrapped(paras: list[str]) -> str:
    return C.clean("\n".join(paras), chrome_model=False)


def lead_split(para: str) -> tuple[str, str]:
    """``（二）创新能力起势跃升。`` and the rest of the paragraph."""
    end = para.index("。") + 1
    return para[:end], para[end:]


def pdf_copy(paras: list[str], width: int, split: set[int], indent: str = "　　") -> list[str]:
    """``paras`` cut at ``width``, body paragraphs indented; those numbered in ``split`` break right
    after their lead, the rest of the paragraph starting a new (unindented) line."""
    lines: list[str] = []
    for k, para in enumerate(paras):
        first = indent if k > 1 else ""
        if k in split:
            lead, rest = lead_split(para)
            lines += [first + lead] + cut(rest, width)
        else:
            lines += cut(first + para, width)
    return lines


def test_the_report_runs_its_leads_on():
    # the premise: paragraphs 3 to 8 of the report are (一) … (六) with their lead run on
    paras = report_paragraphs()
    leads = [p for p in paras if p.startswith("（")]
    assert len(leads) >= 5 and all(len(lead_split(p)[1]) > 20 for p in leads)


@pytest.mark.parametrize("width,indent", [(30, "　　"), (36, "    ")])
def test_a_lead_cut_off_at_the_line_end_joins_its_paragraph(width, indent):
    paras = report_paragraphs()
    split = {k for k, p in enumerate(paras) if p.startswith(("（二）", "（四）"))}
    assert len(split) == 2
    lines = pdf_copy(paras, width, split, indent)
    assert W.wrap_width(lines) is not None
    result = C.clean("\n".join(lines), report=True, chrome_model=False)
    assert result.text == unwrapped(paras)
    assert C.clean(result.text, chrome_model=False) == result.text  # idempotent


def test_a_run_in_item_lead_of_the_shi_family():
    # 一是…。 / 二是…。: the same with the run-in items of a paragraph set one per paragraph
    paras = report_paragraphs()
    runs = [p for p in paras if p.startswith("（") and "。" in p and len(lead_split(p)[1]) > 20][:6]
    numbered = ["一二三四五六"[k] + "是" + p[3:] for k, p in enumerate(runs)]
    page_paras = paras[:3] + numbered
    lines = pdf_copy(page_paras, 31, {3, 5})
    assert C.clean("\n".join(lines), chrome_model=False) == unwrapped(page_paras)


def test_without_a_run_in_sibling_the_lead_line_stays_apart():
    # every lead of the page stands alone: the page shows no lead run on, so nothing joins it
    paras = report_paragraphs()
    split = {k for k, p in enumerate(paras) if p.startswith("（")}
    lines = pdf_copy(paras, 30, split)
    out = C.clean("\n".join(lines), chrome_model=False).split("\n")
    for k in split:
        assert lead_split(paras[k])[0] in out


# 国务院办公厅关于加强三级公立医院绩效考核工作的意见 (国办发〔2019〕4号), as in
# ../shared/corpus/state_council_2004_2019: headings (一)(二)(三) of part one stand alone, those of
# part two run on into their paragraph
NOTICE = """一、总体要求
（一）指导思想。
以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，实施健康中国战略，建立健全基本医疗卫生制度，加强和完善公立医院管理，坚持公益性，调动积极性，引导三级公立医院进一步落实功能定位，提高医疗服务质量和效率，推进分级诊疗制度建设，为人民群众提供高质量的医疗服务。
（二）基本原则。
坚持公益性导向，提高医疗服务效率。以满足人民群众健康需求为出发点和立足点，服务深化医药卫生体制改革全局。改革完善公立医院运行机制和医务人员激励机制，实现社会效益和经济效益、当前业绩和长久运营、保持平稳和持续创新相结合。强化绩效考核导向，推动医院落实公益性，实现预算与绩效管理一体化，提高医疗服务能力和运行效率。
（三）工作目标。
通过绩效考核，推动三级公立医院在发展方式上由规模扩张型转向质量效益型，在管理模式上由粗放的行政化管理转向全方位的绩效管理，促进收入分配更科学、更公平，实现效率提高和质量提升，促进公立医院综合改革政策落地见效。
二、指标体系
三级公立医院绩效考核指标体系由医疗质量、运营效率、持续发展、满意度评价等4个方面的指标构成。国家制定《三级公立医院绩效考核指标》（见附件）供各地使用，同时确定部分指标作为国家监测指标。各地可以结合实际，适当补充承担政府指令性任务等部分绩效考核指标。
（一）医疗质量。提供高质量的医疗服务是三级公立医院的核心任务。通过医疗质量控制、合理用药、检查检验同质化等指标，考核医院医疗质量和医疗安全。
（二）运营效率。运营效率体现医院的精细化管理水平，是实现医院科学管理的关键。通过人力资源配比和人员负荷指标考核医疗资源利用效率。"""


@pytest.mark.parametrize("indent", ["", "　　"])
def test_headings_standing_alone_in_a_notice_stay_apart(indent):
    # flush left (nothing marks where a paragraph opens) or every paragraph indented: the heading
    # （一）指导思想。 is its own line although （一）医疗质量。 runs on further down
    paras = NOTICE.split("\n")
    lines = [line for p in paras for line in cut((indent if not p.startswith(("一、", "二、")) else "") + p, 30)]
    assert W.wrap_width(lines) is not None
    out = C.clean("\n".join(lines), chrome_model=False).split("\n")
    for heading in ("（一）指导思想。", "（二）基本原则。", "（三）工作目标。"):
        assert heading in out
    assert out == unwrapped(paras).split("\n")


def test_a_lead_of_its_own_after_a_heading_stays_apart():
    # （二）基本原则。 / 聚焦支小支农主业。政府性…: the next line opens with a lead sentence of its own
    lines = ["　　（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党",
             "的十九大和十九届二中、三中全会精神，坚持和加强党的全面领导，坚持稳中",
             "求进工作总基调，坚持新发展理念，紧扣我国社会主要矛盾变化。",
             "　　（二）基本原则。",
             "聚焦支小支农主业。政府性融资担保、再担保机构要严格以小微企业和“三农",
             "”融资担保业务为主业，支持符合条件的战略性新兴产业项目，不断提高支小",
             "支农担保业务规模和占比，服务大众创业、万众创新。",
             "　　坚持保本微利运行。政府性融资担保、再担保机构不以营利为目的，在可",
             "持续经营的前提下，保持较低费率水平，切实有效降低小微企业和“三农”综",
             "合融资成本。"]
    assert W.wrap_width(lines) is not None
    joins = W.wrapped_joins(lines)
    assert not joins[4] and joins[1] and joins[5]


@pytest.mark.parametrize("mark", ["------分页符------", "————————分页————————", "  ------分页符------", "【分页】"])
def test_a_page_break_mark_inside_a_paragraph_goes(mark):
    paras = report_paragraphs()
    lines = [line for k, p in enumerate(paras) for line in cut(("　　" if k > 1 else "") + p, 30)]
    at = next(i for i, line in enumerate(lines) if i > 10 and len(line) == 30 and line[-1] not in "。，；：、")
    page = lines[:at + 1] + ["第4页", "", mark] + lines[at + 1:]
    result = C.clean("\n".join(page), report=True, chrome_model=False)
    assert result.text == unwrapped(paras)
    assert [r.reason for r in result.removed if r.text == mark] in (["page_break"], [])
    assert mark.strip() not in result.text


def test_a_page_break_mark_between_paragraphs_goes_and_joins_nothing():
    paras = report_paragraphs()
    lines: list[str] = []
    for k, p in enumerate(paras):
        if k == 6:
            lines += ["------分页符------"]
        lines += cut(("　　" if k > 1 else "") + p, 30)
    plan = W.wrap_plan(lines)
    at = lines.index("------分页符------")
    assert plan.drops[at] == "page_break" and not plan.joins[at + 1]
    assert C.clean("\n".join(lines), chrome_model=False) == unwrapped(paras)


def test_a_lead_cut_off_right_before_a_page_break():
    # （四）…。 / - 2 - / running header / the paragraph going on: the furniture goes, the lead joins
    paras = report_paragraphs()
    lines: list[str] = []
    for k, para in enumerate(paras):
        first = "　　" if k > 1 else ""
        if para.startswith("（四）"):
            lead, rest = lead_split(para)
            lines += [first + lead, "- 2 -", "2025年河南省政府工作报告"] + cut(rest, 30)
        else:
            lines += cut(first + para, 30)
    result = C.clean("\n".join(lines), report=True, chrome_model=False)
    assert result.text == unwrapped(paras)
    assert all(r.reason for r in result.removed if r.text in ("- 2 -", "2025年河南省政府工作报告"))


def test_a_line_of_a_paragraph_opening_with_a_number_is_no_run_in_lead():
    # 第三、第三。投资… opens a line cut inside a paragraph: no evidence that 第一、 leads run on
    lines = ["　　（一）奋勇争一流，赛马评议全省领跑。从全市看，地区生", "产总值增速、规上工业增加值增速分别居全省", "第三、第三。投资“赛马”连续6个季度获省激励。"]
    nonblank = list(range(len(lines)))
    assert W._run_in_families(lines, nonblank) == frozenset({"paren"})
