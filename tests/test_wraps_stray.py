"""Stray page furniture inside a hard-wrapped paragraph (issue 14, fifth round; textlab.wraps).

A PDF copy prints, at the foot or head of a page, lines that are no part of the text: a running
header or footer without punctuation (``河南省人民政府文件``, ``内部资料 注意保存``), a footnote
(``①　指规模以上工业增加值，下同。``, ``注：本报告中部分数据为快报数。``) and, in a scan, a mark of
noise (``丨``). Where the page number beside them is already gone (the chrome rules took it), such
a line stands alone between a full line cut in mid-sentence and the line that continues it: it
cannot be a line of the paragraph (only a paragraph's last line is short), so it goes (reason
``running_header`` or ``footnote``) and the two pieces join. A real report of the corpus is cut
at a fixed width and the stray line is put in at page breaks that fall inside a sentence;
``clean()`` must give the paragraphs of the unwrapped report.
"""

from __future__ import annotations

import pytest

from corpus_files import PROVINCIAL, seed_text
from textlab import cleaning as C
from textlab import wraps as W

REPORT = PROVINCIAL / "2025_河南省_政府工作报告.txt"
_ENDS = "。！？；…：:!?;”’）)》"
WIDTH = 33  # a width at which the copy without furniture comes out as the unwrapped report


def report_paragraphs(n: int = 30) -> list[str]:
    return [line for line in seed_text(REPORT).split("\n")[:n] if line.strip()]


def pdf_copy(paras: list[str], width: int, strays: list[list[str]], every: int = 15,
             indent: str = "") -> tuple[str, int]:
    """``paras`` cut at ``width``; after every ``every`` lines, at the first line after that which
    is full and cut in mid-sentence, the next lines of ``strays`` (each put in once: furniture
    that does not repeat, so the chrome rules do not take it as a repeated line). Returns the
    text and how many were put in."""
    out: list[str] = []
    count = placed = 0
    for k, para in enumerate(paras):
        text = (indent if k > 1 else "") + para
        pieces = [text[i:i + width] for i in range(0, len(text), width)]
        for j, piece in enumerate(pieces):
            out.append(piece)
            count += 1
            if placed < len(strays) and count >= every and j + 1 < len(pieces) and len(piece) == width \
                    and piece[-1] not in _ENDS:
                out += strays[placed]
                placed += 1
                count = 0
    return "\n".join(out), placed


def unwrapped(paras: list[str]) -> str:
    return C.clean("\n".join(paras), chrome_model=False)


STRAY = {  # three pieces of furniture of each kind, met on PDF copies of the eval sets
    "header": [["河南省人民政府文件"], ["河南省人民政府　大会文件"], ["2025年河南省政府工作报告（会议文件）"]],
    "footer": [["内部资料 注意保存"], ["学习材料　请勿外传"], ["河南省人民政府办公厅 制"]],
    "after_blank": [["", "河南省人民政府文件", ""], ["", "内部资料 注意保存"], ["河南省第十四届人民代表大会", ""]],
    "footnote": [["①　指规模以上工业增加值，下同。"], ["注：本报告中部分数据为快报数。"], ["*　数据来源：河南省统计局。"]],
    "note_and_header": [["注：本报告中部分数据为快报数。", "河南省人民政府"], ["②　下同。", "政府工作报告"],
                        ["〔1〕“三个一批”：签约一批、开工一批、投产一批。", "河南省人民政府办公厅"]],
    "scan_noise": [["丨"], ["、"], ["……"]],
    "dated": [["2025年6月"], ["2025年03月09日 21:34　打印"], ["2025年1月", "河南省人民政府办公厅"]],
}


@pytest.mark.parametrize("kind", sorted(STRAY))
@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_stray_line_inside_a_cut_sentence_goes_and_the_pieces_join(kind, indent):
    paras = report_paragraphs()
    text, placed = pdf_copy(paras, WIDTH, STRAY[kind], indent=indent)
    assert placed == 3
    report = C.clean(text, chrome_model=False, report=True)
    assert report.text == unwrapped(paras)
    strays = [s for lines in STRAY[kind] for s in lines if s.strip()]
    # every piece of furniture is reported removed (by the wrap step unless a chrome rule took it first)
    assert sorted("".join(r.text.split()) for r in report.removed) == sorted("".join(x.split()) for x in strays)
    gone = [r for r in report.removed if r.step == "join_wrapped_lines"]
    assert gone and {r.reason for r in gone} <= {"running_header", "footnote", "print_margin"}


def test_the_reasons_say_header_or_footnote():
    paras = report_paragraphs()
    text, placed = pdf_copy(paras, WIDTH, STRAY["note_and_header"])
    lines = text.split("\n")
    plan = W.wrap_plan(lines)
    reasons = {lines[i]: plan.drops[i] for i in range(len(lines)) if plan.drops[i]}
    assert reasons == {"注：本报告中部分数据为快报数。": "footnote", "河南省人民政府": "running_header",
                       "②　下同。": "footnote", "政府工作报告": "running_header",
                       "〔1〕“三个一批”：签约一批、开工一批、投产一批。": "footnote", "河南省人民政府办公厅": "running_header"}


def test_a_short_line_after_a_sentence_end_stays():
    """After a line that ends its sentence the short line may be the paragraph's own: it stays."""
    paras = report_paragraphs()
    lines = []
    for para in paras:
        lines += [para[i:i + WIDTH] for i in range(0, len(para), WIDTH)]
    ends = [k for k, line in enumerate(lines) if len(line) == WIDTH and line[-1] == "。"][:2]
    assert ends
    for k in reversed(ends):
        lines.insert(k + 1, "河南省人民政府文件")
    assert C.clean("\n".join(lines), chrome_model=False).count("河南省人民政府文件") == len(ends)


def test_a_full_line_opening_with_a_note_mark_is_text():
    """A line as wide as the page that opens with a note mark (``〔1〕``) and ends a sentence, right
    after a cut line and with no furniture after it, is the paragraph going on: it stays."""
    paras = report_paragraphs()
    lines: list[str] = []
    for para in paras:
        lines += [para[i:i + WIDTH] for i in range(0, len(para), WIDTH)]
    k = next(k for k, line in enumerate(lines) if len(line) == WIDTH and line[-1] not in _ENDS and k > 12)
    note = "〔1〕项目集中签约、开工和投产，形成梯次推进格局，全年新开工项目。"
    assert len(note) == WIDTH
    lines[k + 1:k + 1] = [note]
    plan = W.wrap_plan(lines)
    assert not plan.drops[k + 1] and plan.joins[k + 1]


@pytest.mark.parametrize("tail", ["1。", "2%。"])
def test_a_number_ending_a_sentence_is_the_tail_not_a_page_number(tail):
    """``增速均居全省第`` / ``1。``: the tail of a sentence cut at the width, joined, not dropped."""
    paras = report_paragraphs()
    lines: list[str] = []
    for para in paras:
        lines += [para[i:i + WIDTH] for i in range(0, len(para), WIDTH)]
    k = next(k for k, line in enumerate(lines) if len(line) == WIDTH and line[-1] not in _ENDS and k > 12)
    lines[k + 1:k + 1] = [tail]
    out = C.clean("\n".join(lines), chrome_model=False, report=True)
    assert not [r for r in out.removed if r.text == tail]


def test_a_document_number_after_a_blank_line_is_no_running_header():
    """A title in spaced pieces, then ``国函〔2006〕132号`` after a blank line: the number stays."""
    text = seed_text(REPORT).split("\n")
    body = [line for line in text[:40] if line.strip()][3:]
    lines = ["国务院关于授权香港特别行政区实施管辖的", " ", "深圳湾口岸港方口岸区范围和", " ",
             "土 地 使 用 期 限 的 批 复", " ", "国函〔2006〕132号", " "]
    for para in body:
        lines += [para[i:i + 18] for i in range(0, len(para), 18)]
    out = C.clean("\n".join(lines), chrome_model=False, report=True)
    assert "国函〔2006〕132号" in out.text.split("\n")


@pytest.mark.parametrize("imprint", [["河南省人民政府办公厅　　2025年1月26日印发"], ["（共印500份）"],
                                     ["河南省人民政府办公室 2025年1月印发", "（共印593份）"]])
def test_the_print_line_of_the_imprint_goes_on_a_hard_wrapped_copy(imprint):
    """The imprint (版记) under the last paragraph of a PDF copy: its print line goes (reason ``imprint``),
    the paragraph above keeps its text and nothing is joined to it."""
    paras = report_paragraphs()
    text, _ = pdf_copy(paras, WIDTH, [])
    report = C.clean(text + "\n" + "\n".join(imprint), chrome_model=False, report=True)
    assert report.text == unwrapped(paras)
    assert {("".join(r.text.split()), r.reason) for r in report.removed} \
        == {("".join(line.split()), "imprint") for line in imprint}
