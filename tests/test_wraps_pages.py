"""Hard-wrapped PDF copies with page breaks inside paragraphs (issue 14, point 4; textlab.wraps).

A real report of the corpus (seeds/gov_reports) is cut at a fixed width as a PDF copy is, and
every few lines a page break is put in, wherever it falls (inside a paragraph too): a page number
in one of the forms PDF viewers and document-sharing sites print, a running header repeating the
title, blank lines, or the margins a browser prints (URL with ``n/m``, date and time with the
title). ``clean()`` must give the same paragraphs as it gives for the unwrapped report: the
furniture goes, and the two pieces of a paragraph cut by a page break are one line again.
"""

from __future__ import annotations

import pytest

from corpus_files import PROVINCIAL, seed_text
from textlab import cleaning as C
from textlab import wraps as W

REPORT = PROVINCIAL / "2025_河南省_政府工作报告.txt"
TITLE = "2025年河南省政府工作报告"


def report_paragraphs(n: int = 30) -> list[str]:
    """The title, subtitle, greeting, headings and paragraphs at the head of the report."""
    return [line for line in seed_text(REPORT).split("\n")[:n] if line.strip()]


def cut(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def pdf_copy(paras: list[str], width: int, furniture, page_lines: int = 17, indent: str = "") -> str:
    """``paras`` cut at ``width`` (indentation included), ``furniture(page)`` after every ``page_lines`` lines."""
    out: list[str] = []
    count, page = 0, 1
    for k, para in enumerate(paras):
        first = indent if k > 1 else ""  # the title and subtitle are not indented
        for piece in cut(first + para, width):
            out.append(piece)
            count += 1
            if count == page_lines:
                out += furniture(page)
                page, count = page + 1, 0
    return "\n".join(out)


def unwrapped(paras: list[str]) -> str:
    return C.clean("\n".join(paras), chrome_model=False)


PAGE_NUMBERS = {
    "dash": lambda n: [f"- {n} -"],
    "of_total_cn": lambda n: [f"第{n}页/共12页"],
    "slash": lambda n: ["", f"{n} / 12", ""],
    "bracket": lambda n: [f"〔{n}〕"],
    "dot": lambda n: ["", f"·{n}·", ""],
    "page_comma_total": lambda n: [f"第 {n} 页，共 12 页"],
    "full_width_dash": lambda n: [f"－{n}－"],
}
HEADERS = {
    "none": lambda n: [],
    "title": lambda n: [TITLE],
    "book_title": lambda n: [f"《{TITLE}》"],
    "dashed_title": lambda n: [f"— {TITLE} —"],
}


@pytest.mark.parametrize("width,indent", [(33, ""), (29, "　　")])
def test_the_copy_without_page_breaks_is_rejoined(width, indent):
    # the premise of the tests below: at these widths no paragraph's last line is full
    paras = report_paragraphs()
    assert C.clean(pdf_copy(paras, width, lambda n: [], indent=indent), chrome_model=False) == unwrapped(paras)


@pytest.mark.parametrize("number", sorted(PAGE_NUMBERS))
@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize("width,indent", [(33, ""), (29, "　　")])
def test_page_breaks_inside_paragraphs_leave_no_trace(number, header, width, indent):
    paras = report_paragraphs()
    page = pdf_copy(paras, width, lambda n: PAGE_NUMBERS[number](n) + HEADERS[header](n), indent=indent)
    assert C.clean(page, chrome_model=False) == unwrapped(paras)


@pytest.mark.parametrize("width,indent", [(33, ""), (29, "　　"), (36, "\t")])
def test_browser_print_margins_at_a_page_break(width, indent):
    paras = report_paragraphs()

    def margins(n: int) -> list[str]:
        return [f"https://www.henan.gov.cn/2025/01-20/3116{n:03d}.html\t{n}/9", "",
                f"2025/1/20 上午9:{40 + n}  {TITLE} - 河南省人民政府门户网站", ""]

    page = pdf_copy(paras, width, margins, page_lines=13, indent=indent)
    result = C.clean(page, chrome_model=False)
    assert result == unwrapped(paras)
    assert C.clean(result, chrome_model=False) == result  # idempotent


def test_with_the_learned_judge_every_paragraph_is_whole():
    # the judge (models/chrome) may take the title for chrome; every paragraph below it is whole
    paras = report_paragraphs()
    page = pdf_copy(paras, 29, lambda n: ["", f"- {n} -", f"《{TITLE}》"], indent="　　")
    out = C.clean(page).split("\n")
    assert unwrapped(paras).split("\n")[1:] == [line for line in out if line != TITLE]


def test_an_unrepeated_title_header_atop_the_only_page_break():
    # a two-page copy: the header comes once, after the page number; and once without it
    paras = report_paragraphs(8)
    for furniture in (["－1－", f"《{TITLE}》"], [f"— {TITLE} —"], [TITLE]):
        lines = pdf_copy(paras, 28, lambda n: []).split("\n")
        cut_at = next(i for i, line in enumerate(lines) if i > 12 and len(line) == 28
                      and line[-1] not in "。，；：、")
        page = "\n".join(lines[:cut_at + 1] + furniture + lines[cut_at + 1:])
        assert C.clean(page, chrome_model=False) == unwrapped(paras), furniture


def test_the_removed_furniture_is_reported_with_its_reason():
    paras = report_paragraphs()
    page = pdf_copy(paras, 33, lambda n: [f"〔{n}〕", TITLE])
    result = C.clean(page, report=True, chrome_model=False)
    assert result.text == unwrapped(paras)
    furniture = [r for r in result.removed if r.text.strip() in (TITLE,) or r.text.startswith("〔")]
    assert furniture and all(r.reason for r in furniture)
    assert {r.reason for r in furniture if r.step == "join_wrapped_lines"} <= {"page_number", "running_header"}
    page_lines = page.split("\n")
    assert all(page_lines[r.lineno - 1] == r.text for r in result.removed)


def test_an_unindented_paragraph_after_a_short_last_line_stays_apart():
    # some copies indent only some paragraphs: a short line ending a sentence ends its paragraph
    # even on an indented page, and the unindented line after it opens the next one
    paras = report_paragraphs(16)
    lines: list[str] = []
    for k, para in enumerate(paras):
        lines += cut(("　　" if k > 1 and k % 2 else "") + para, 32)
    assert C.clean("\n".join(lines), chrome_model=False) == unwrapped(paras)


def test_a_run_in_item_at_the_start_of_a_line_on_an_indented_page():
    body = ("坚定不移推进工业强市。聚焦强基固本、提质增效，全面加快新型工业化步伐。一是做大做强核心产业，"
            "推动化工产业加速膨胀，构建“油头、化身、高化尾”的产业格局。二是培育壮大新兴产业，力争产业规模突破"
            "300亿元。三是提升改造传统产业，推进35个技改项目建设。四是抓好科技创新赋能，新增高新技术企业"
            "100家以上。")
    para = "　　" + body
    assert para.index("四是") % 21 == 0  # at width 21 the item opens a line after a full one
    other = report_paragraphs(16)[6:12]
    text = "\n".join(cut(para, 21) + [line for p in other for line in cut("　　" + p, 21)])
    out = C.clean(text, chrome_model=False).split("\n")
    assert out[0] == body
    assert out[1:] == unwrapped(other).split("\n")


def test_a_heading_after_a_page_number_at_a_paragraph_end_stays():
    paras = report_paragraphs(20)
    heading = next(p for p in paras if p.startswith("二、"))
    lines: list[str] = []
    for k, para in enumerate(paras):
        if para == heading:
            lines += ["- 3 -", "推动高质量发展"]  # an unnumbered heading after the page number
        lines += cut(para, 30)
    out = C.clean("\n".join(lines), chrome_model=False).split("\n")
    assert "推动高质量发展" in out and "- 3 -" not in out and "3" not in out
    assert out.index("推动高质量发展") + 1 == out.index(heading)


def test_a_continuation_without_punctuation_after_a_page_number_is_kept():
    # on a narrow page a whole line can be without punctuation: it is the text going on, not a header
    para = ("全面落实中央八项规定及其实施细则精神持续整治群众身边不正之风和腐败问题驰而不息纠治形式主义官僚主义"
            "切实为基层减负松绑让干部有更多时间和精力抓落实。")
    paras = report_paragraphs(12)
    lines = [line for p in paras[:6] for line in cut(p, 20)]
    pieces = cut(para, 20)
    lines += pieces[:2] + ["- 2 -"] + pieces[2:] + [line for p in paras[6:] for line in cut(p, 20)]
    out = C.clean("\n".join(lines), chrome_model=False)
    assert para in out.split("\n")
    assert out == unwrapped(paras[:6] + [para] + paras[6:])


def test_wrap_plan_directly():
    lines = cut(report_paragraphs(8)[6], 26)
    page = lines[:5] + ["", "第 1 页，共 3 页", TITLE, ""] + lines[5:]
    plan = W.wrap_plan(page)
    assert plan.drops[6:8] == ["page_number", "running_header"]
    assert plan.joins[9] and all(plan.joins[1:5]) and all(plan.joins[10:])
    assert W.wrapped_joins(page) == plan.joins
    # not a wrapped page: nothing goes
    assert W.wrap_plan(["一、总体要求", "- 1 -", "二、主要目标"]).drops == ["", "", ""]


def test_four_spaces_set_before_a_full_first_line():
    # the indentation is put in front of a line of the full width (a copy that indents by
    # spaces): the first line is longer than the width and still full
    paras = report_paragraphs()
    lines: list[str] = []
    for k, para in enumerate(paras):
        pieces = cut(para, 30)
        lines += (["    " + pieces[0]] if k > 1 else pieces[:1]) + pieces[1:]
    assert C.clean("\n".join(lines), chrome_model=False) == unwrapped(paras)


# 国务院关于印发个人所得税专项附加扣除暂行办法的通知 (国发〔2018〕41号), articles 13 to 20, as in
# ../shared/corpus/state_council_2004_2019: an article number is followed by a space
STATUTE = """第十三条 纳税人应当留存医药服务收费及医保报销相关票据原件（或者复印件）等资料备查。医疗保障部门应当向患者提供在医疗保障信息系统记录的本人年度医药费用信息查询服务。
第五章 住房贷款利息
第十四条 纳税人本人或者配偶单独或者共同使用商业银行或者住房公积金个人住房贷款为本人或者其配偶购买中国境内住房，发生的首套住房贷款利息支出，在实际发生贷款利息的年度，按照每月1000元的标准定额扣除，扣除期限最长不超过240个月。纳税人只能享受一次首套住房贷款的利息扣除。
本办法所称首套住房贷款是指购买住房享受首套住房贷款利率的住房贷款。
第十五条 经夫妻双方约定，可以选择由其中一方扣除，具体扣除方式在一个纳税年度内不能变更。
夫妻双方婚前分别购买住房发生的首套住房贷款，其贷款利息支出，婚后可以选择其中一套购买的住房，由购买方按扣除标准的100%扣除，也可以由夫妻双方对各自购买的住房分别按扣除标准的50%扣除，具体扣除方式在一个纳税年度内不能变更。
第十六条 纳税人应当留存住房贷款合同、贷款还款支出凭证备查。
第六章 住房租金
第十七条 纳税人在主要工作城市没有自有住房而发生的住房租金支出，可以按照以下标准定额扣除：
（一）直辖市、省会（首府）城市、计划单列市以及国务院确定的其他城市，扣除标准为每月1500元；
（二）除第一项所列城市以外，市辖区户籍人口超过100万的城市，扣除标准为每月1100元；市辖区户籍人口不超过100万的城市，扣除标准为每月800元。
纳税人的配偶在纳税人的主要工作城市有自有住房的，视同纳税人在主要工作城市有自有住房。
市辖区户籍人口，以国家统计局公布的数据为准。
第十八条 本办法所称主要工作城市是指纳税人任职受雇的直辖市、计划单列市、副省级城市、地级市（地区、州、盟）全部行政区域范围；纳税人无任职受雇单位的，为受理其综合所得汇算清缴的税务机关所在城市。
夫妻双方主要工作城市相同的，只能由一方扣除住房租金支出。
第十九条 住房租金支出由签订租赁住房合同的承租人扣除。
第二十条 纳税人及其配偶在一个纳税年度内不能同时分别享受住房贷款利息和住房租金专项附加扣除。"""


def test_a_statute_whose_articles_open_with_a_spaced_number_is_a_wrapped_page():
    # "第十三条 纳税人…": the space after the article number is not a list of names and posts
    paras = STATUTE.split("\n")
    lines = [line for para in paras for line in cut(para, 33)]
    assert W.wrap_width(lines) == 33
    assert C.clean("\n".join(lines), chrome_model=False) == C.clean(STATUTE, chrome_model=False)
    # a list of names and posts still is not a wrapped page
    names = ["吴岳良 院士、中国科学院大学副校长、理论物理研究所研究员、博士生导师", "王贻芳 院士、中国科学院高能物理研究所所长、研究员、博士生导师了"] * 4
    assert W.wrap_width([line for n in names for line in cut(n, 30)]) is None
