"""Paragraphs kept whole across the line breaks of PDF and printed copies (issue 14, point 4;
textlab.wraps): lines cut at a sentence end on pages whose paragraphs are set apart by blank
lines, page breaks inside a paragraph of a page that is not hard-wrapped, and page furniture of
shapes the round-five development pages showed (a running header carrying the page number, the
print date repeated on every page, a bare URL, a short-year print head, ``―3―``).

Every page is built from a real report of the corpus (seeds/gov_reports); ``clean()`` must give
the same paragraphs as for the report itself, and nothing of a page that is not cut may change.
"""

from __future__ import annotations

import pytest

from corpus_files import PROVINCIAL, seed_text
from textlab import cleaning as C
from textlab import wraps as W

REPORT = PROVINCIAL / "2025_河南省_政府工作报告.txt"
TITLE = "2025年河南省政府工作报告"


def report_paragraphs(n: int = 30) -> list[str]:
    return [line for line in seed_text(REPORT).split("\n")[:n] if line.strip()]


def body_paragraphs(n: int = 6) -> list[str]:
    """Long paragraphs of the report (several sentences each), no headings."""
    return [p for p in report_paragraphs(60)
            if len(p) > 150 and p.count("。") >= 3 and not W._HEADING.match(p)][:n]


def cut(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def unwrapped(paras: list[str]) -> str:
    return C.clean("\n".join(paras), chrome_model=False)


def stop_cut(para: str, width: int) -> list[str]:
    """``para`` cut at ``width``, and besides after its second sentence end (a line cut short
    where a sentence ends, as some PDF copies set a run-in lead sentence)."""
    stops = [i for i, ch in enumerate(para) if ch == "。"]
    at = stops[1] + 1
    return cut(para[:at], width) + cut(para[at:], width)


# ------------------------------------------------------------------ sentence-end cuts


def test_a_line_cut_at_a_sentence_end_joins_where_blank_lines_set_paragraphs_apart():
    paras = body_paragraphs()
    assert len(paras) >= 4
    lines: list[str] = []
    for para in paras:
        lines += stop_cut(para, 28) + [""]
    short = [line for line in lines if line.endswith("。") and len(line) < 24]
    assert len(short) >= len(paras)  # the cuts make short lines inside the paragraphs
    assert C.clean("\n".join(lines), chrome_model=False) == unwrapped(paras)


def test_without_blank_lines_between_paragraphs_a_short_sentence_end_still_ends_its_paragraph():
    # no blank lines, no indentation: the page does not say where paragraphs start, so a short
    # line that ends a sentence ends its paragraph (as before)
    paras = body_paragraphs()
    lines = [line for para in paras for line in stop_cut(para, 28)]
    joins = W.wrap_plan(lines).joins
    cuts = [i + 1 for i, line in enumerate(lines[:-1]) if line.endswith("。") and len(line) < 24]
    assert cuts and not any(joins[i] for i in cuts)


def test_a_heading_is_never_joined_on_a_blank_separated_page():
    paras = body_paragraphs(4)
    lines: list[str] = []
    for k, para in enumerate(paras):
        if k == 2:
            lines += ["（二）坚持创新驱动发展。"]  # a heading ending with 。, no blank line after it
        lines += stop_cut(para, 28) + [""]
    out = C.clean("\n".join(lines), chrome_model=False).split("\n")
    assert "（二）坚持创新驱动发展。" in out
    assert out == unwrapped(paras[:2] + ["（二）坚持创新驱动发展。"] + paras[2:]).split("\n")


def test_blank_separated_plan_directly():
    para = body_paragraphs(1)[0]
    pieces = stop_cut(para, 28)
    other = cut(body_paragraphs(2)[1], 28)
    page = pieces + [""] + other + [""] + cut(body_paragraphs(3)[2], 28) + [""] \
        + cut(body_paragraphs(4)[3], 28)
    joins = W.wrap_plan(page).joins
    assert all(joins[1:len(pieces)])  # the short line cut at a sentence end is continued
    assert not joins[len(pieces) + 1]  # the next paragraph, after a blank line, is not


# ------------------------------------------------------------------ page breaks of unwrapped pages


def test_a_page_break_inside_a_paragraph_of_an_indented_web_page():
    # a web page printed or paged by a document-sharing site: one line per paragraph, each
    # indented; the page mark between the two pieces goes (chrome) and the pieces join
    paras = report_paragraphs(30)
    long = [p for p in paras if len(p) > 150 and not W._HEADING.match(p)][2]
    at = long.index("，", 30) + 5  # in mid-word, after a comma
    lines = ["　　" + p for p in paras[:paras.index(long)]]
    lines += ["　　" + long[:at], "本文档共5页，当前第2页", long[at:]]
    lines += ["　　" + p for p in paras[paras.index(long) + 1:]]
    assert C.clean("\n".join(lines), chrome_model=False) == unwrapped(paras)


def test_break_joins_directly():
    long = body_paragraphs(1)[0]
    other = body_paragraphs(6)[1:]
    at = long.index("，", 30) + 5
    page = ["    " + long[:at], long[at:]] + ["    " + p for p in other]
    assert W.wrap_plan(page).joins == [False, True] + [False] * 5
    # an indented piece after it starts a paragraph; so does a heading
    assert W.wrap_plan(["    " + long[:at], "    " + long[at:]] + ["    " + p for p in other]).joins == [False] * 7
    assert W.wrap_plan(["    " + long[:at], "二、" + long[at:]] + ["    " + p for p in other]).joins == [False] * 7
    # a page that does not indent its paragraphs gives no evidence: nothing joins
    assert W.wrap_plan([long[:at], long[at:]] + other).joins == [False] * 7


def test_a_heading_without_final_punctuation_is_not_joined_to_the_paragraph_after_it():
    paras = body_paragraphs(4)
    lines = ["    " + p for p in paras[:2]] + ["    （三）深入推进新型城镇化，促进区域协同发展", paras[2]] \
        + ["    " + paras[3]]
    assert W.wrap_plan(lines).joins == [False] * 5


# ------------------------------------------------------------------ page furniture


def pdf_copy(paras: list[str], width: int, furniture, page_lines: int = 15, indent: str = "　　") -> str:
    out: list[str] = []
    count, page = 0, 1
    for k, para in enumerate(paras):
        for piece in cut((indent if k > 1 else "") + para, width):
            out.append(piece)
            count += 1
            if count == page_lines:
                out += furniture(page)
                page, count = page + 1, 0
    return "\n".join(out)


FURNITURE = {
    # a running header that carries the page number
    "numbered_header": lambda n: ["", f"2025年河南省政府工作\u3000\u3000第{n + 1}页", ""],
    # the print date on every page, the URL alone, a short-year print head, the numbered header
    "printed": lambda n: ["2025年1月20日", "https://www.rnrz.com/p-9498879540.html",
                          f"25/1/20 12:{10 + n}\u3000{TITLE}", f"2025年河南省政府工作\u3000\u3000第{n + 1}页"],
    # the date above a bare page number
    "date_number": lambda n: ["", "2025年1月20日", str(n + 2), ""],
    # a page number between horizontal bars
    "bars": lambda n: ["", f"―{n}―", ""],
}


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_page_furniture_of_new_shapes_leaves_no_trace(kind):
    paras = report_paragraphs()
    page = pdf_copy(paras, 29, FURNITURE[kind])
    assert C.clean(page, chrome_model=False) == unwrapped(paras)


def test_a_full_line_after_a_page_number_is_text_not_a_header():
    # on a narrow page a whole line can be without the punctuation a header lacks: it stays
    paras = report_paragraphs(12)
    para = ("为贯彻落实有关文件精神，经商有关部门同意并与有关省市协商，确定在北京天津河北辽宁上海江苏"
            "浙江福建山东河南湖南湖北广东四川陕西重庆等16个省（市）扩大内地西藏初中班（校）"
            "规模（其中1995年广东省福建省共落实了165名扩招任务）。为把扩大招生规模的任务落到实处，现提出如下意见：")
    lines = [line for p in paras[:6] for line in cut(p, 28)]
    pieces = cut(para, 28)
    k = next(i for i, piece in enumerate(pieces) if i and not W._ANY_PUNCT.search(piece))
    assert W._loose(pieces[k])  # the line has no punctuation, like a header
    lines += pieces[:k] + ["―3―"] + pieces[k:] + [line for p in paras[6:] for line in cut(p, 28)]
    out = C.clean("\n".join(lines), chrome_model=False)
    assert out == unwrapped(paras[:6] + [para] + paras[6:])


def test_numbered_header_shape():
    assert W._numbered_header("2024年苏州市政府工作\u3000\u3000第5页")
    assert W._numbered_header("2025年云南省政府工作报告  3/12")
    assert not W._numbered_header("一、总体要求 第3页")  # a heading
    assert not W._numbered_header("各位代表 1")  # a bare number may be anything
    assert not W._numbered_header("我们要坚持，第5页")


def test_nothing_changes_on_the_seed_reports_that_are_not_cut():
    # the page-break join needs an indented page: the corpus texts whose lines are broken
    # (wikisource quotations set apart, emphasis on its own line) are cleaned as before
    from corpus_files import NATIONAL

    for name in ("1982_国务院_政府工作报告.txt", "1957_国务院_政府工作报告.txt"):
        text = seed_text(NATIONAL / name)
        lines = text.split("\n")
        assert W.wrap_plan(lines).joins == W._indent_joins(lines, [False] * len(lines))


# ------------------------------------------------------------------ a short notice cut at a width

def notice_lines() -> list[str]:
    from corpus_files import SEEDS

    path = SEEDS / "state_council" / "2019_国办发[2019]3号_国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知.txt"
    return [line for line in seed_text(path).split("\n") if line.strip()]


def test_a_short_notice_cut_at_a_fixed_width_is_rejoined():
    # the head of a State Council notice as a PDF viewer shows one page of it: title, number,
    # addressees and the first sentences cut at 25 characters (too few lines for wrap_width)
    head = notice_lines()[:4]
    first = notice_lines()[4]
    sentence = first[:first.index("。") + 1]
    page = head[:3] + cut(head[3], 25) + cut(sentence, 25)
    assert W.wrap_width(page) is None
    out = C.clean("\n".join(page), chrome_model=False).split("\n")
    assert head[3] in out and sentence in out
    assert out[:3] == C.clean("\n".join(head[:3]), chrome_model=False).split("\n")


def test_a_short_page_whose_widest_lines_are_titles_is_left_alone():
    # two title lines of the same width without punctuation: not cut prose
    page = ["国务院办公厅关于开展城镇小区配套幼儿园", "治理工作的通知", "国务院办公厅关于加快发展体育竞赛表演产业", "的指导意见"]
    assert W.wrap_plan(page).joins == [False] * 4


# ------------------------------------------------------------------ sentence-end cuts, indented pages


def indented_copy(paras: list[str], width: int, cut_inside: bool) -> list[str]:
    """Every paragraph indented (　　) and cut at ``width``; ``cut_inside``: besides cut after
    its second sentence end, where the next sentence does not open a run-in lead."""
    lines: list[str] = []
    for para in paras:
        lines += stop_cut("　　" + para, width) if cut_inside else cut("　　" + para, width)
    return lines


def cut_paragraphs() -> list[str]:
    """Body paragraphs whose third sentence does not read as a run-in lead (``X。`` short)."""
    out = []
    for p in body_paragraphs(12):
        stops = [i for i, ch in enumerate(p) if ch == "。"]
        if not W._LEAD.match(p[stops[1] + 1:]):
            out.append(p)
    return out


def test_a_line_cut_at_a_sentence_end_joins_where_indentation_marks_every_paragraph():
    paras = cut_paragraphs()
    assert len(paras) >= 4
    lines = indented_copy(paras, 30, cut_inside=True)
    assert sum(1 for line in lines if line.endswith("。") and len(line) < 26) >= len(paras)
    assert C.clean("\n".join(lines), chrome_model=False) == unwrapped(paras)


def test_an_unindented_lead_sentence_shows_the_page_does_not_indent_every_paragraph():
    # one paragraph starts unindented with a run-in lead sentence after a short last line: the
    # page does not mark every start by indentation, so no short line is continued
    paras = cut_paragraphs()
    lead = "加力提振消费。" + paras[1]
    lines = indented_copy(paras[:1], 30, cut_inside=False)
    while len(lines[-1]) >= 26:  # the paragraph before ends with a short line
        paras = paras[1:]
        lines = indented_copy(paras[:1], 30, cut_inside=False)
    lines += cut(lead, 30) + indented_copy(paras[2:], 30, cut_inside=True)
    plan = W.wrap_plan(lines)
    starts = [i for i, line in enumerate(lines) if line.startswith("　　") or line == lead[:30]]
    assert not any(plan.joins[i] for i in starts)
    cuts = [i + 1 for i, line in enumerate(lines[:-1]) if line.endswith("。") and len(line) < 26]
    assert cuts and not any(plan.joins[i] for i in cuts)


def test_a_short_page_of_link_titles_is_left_alone_and_clean_stays_idempotent():
    # what is left of a portal page after cleaning: two titles of related news of one width
    # (the second with a comma) and a footer line; not cut prose, nothing joins
    page = ["国务院常务会议部署进一步优化营商环境相关举措", "多部门联合发文，推动设备更新和消费品以旧换新", "承办：乐山大数据中心"]
    assert W.wrap_plan(page).joins == [False] * 3
    text = "\n".join(notice_lines()[:4] + page)
    once = C.clean(text, chrome_model=False)
    assert C.clean(once, chrome_model=False) == once


@pytest.mark.parametrize("header", ["国务院", "国务院文件"])
def test_a_short_running_header_whose_page_number_is_gone(header):
    # the page number went with the chrome rules; the header of a few characters after the
    # blank line stands inside a sentence cut by the page break
    paras = report_paragraphs()
    page = pdf_copy(paras, 29, lambda n: ["", f"·{n}·", header, ""] if n % 2 else ["", header, ""])
    out = C.clean(page, chrome_model=False).split("\n")
    # every paragraph whole; where the break falls at a paragraph's end the header (no page
    # number beside it) is a line of its own and stays: there is no sentence to tell it by
    assert [line for line in out if line != header] == unwrapped(paras).split("\n")
