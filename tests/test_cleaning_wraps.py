"""Tests for textlab.wraps and the cleaning step join_wrapped_lines (issue 14, point 4): lines
broken at a fixed width (PDF copies) are rejoined into paragraphs, never across headings,
greetings, signatures or dates, and never in documents whose lines are paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

import textlab as tl
from textlab import cleaning as C
from textlab import wraps as W

ROOT = Path(__file__).resolve().parents[1]
STATE_COUNCIL_1981 = (
    "为了促进棉、糖生产发展，一九八〇年九月一日国务院批转国家农委关于召开棉花、糖料生产座谈会的情况报告，"
    "决定在适宜发展棉花、糖料的地区实行棉粮、糖粮挂钩。当时，对棉粮、糖粮挂钩奖售粮的供应价格和费用负担"
    "问题未作规定。几个月来，有关省、市、自治区做了大量工作，棉粮、糖粮挂钩的政策已深入人心。"
)
SECTION_1 = "一、关于棉粮挂钩的奖售基数问题。有关省、市、自治区应按国务院一九八〇年223号文件规定的基数，尽快逐级落实到生产队，不要留缺口。"
SECTION_2 = (
    "二、关于棉粮、糖粮挂钩奖售粮的供应价格和经营费用负担问题。奖售粮的供应价格一律按统购价执行。经营费用和亏损，"
    "列入粮食企业亏损，由地方财政统一拨补。国务院决定的棉粮、糖粮挂钩是一项政策性很强的工作，各有关部门必须密切配合。"
)


def cut(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def pdf_copy(width: int = 24, indent: str = "") -> str:
    lines = ["国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知", "国发〔1981〕88号", "各省、市、自治区人民政府："]
    for para in (STATE_COUNCIL_1981, SECTION_1, SECTION_2):
        lines += cut(indent + para, width + len(indent))
    lines += ["国务院", "一九八一年五月二十三日"]
    return "\n".join(lines)


@pytest.mark.parametrize("width", [18, 24, 31, 38])
@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_pdf_copy_becomes_one_line_per_paragraph(width, indent):
    assert C.clean(pdf_copy(width, indent)).split("\n") == [
        "国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知", "国发〔1981〕88号", "各省、市、自治区人民政府：",
        STATE_COUNCIL_1981, SECTION_1, SECTION_2, "国务院", "一九八一年五月二十三日",
    ]


def test_never_across_headings_greetings_or_signatures():
    body = "近年来全县各级党组织认真落实管党治党政治责任，基层党组织政治功能和组织功能不断增强，" * 3
    lines = ["同志们："] + cut(body, 22) + ["一、提高认识"] + cut(body, 22) + ["（二）抓好队伍建设"] + cut(body, 22)
    lines += ["中共清河县委", "2024年3月8日"]
    out = C.clean("\n".join(lines)).split("\n")
    assert out == ["同志们：", body, "一、提高认识", body, "（二）抓好队伍建设", body, "中共清河县委", "2024年3月8日"]


def test_a_short_wrapped_tail_joins_its_paragraph():
    lines = [
        "近年来，全县各级党组织认真落实管党治党政治责任，基层",
        "党组织政治功能和组织功能不断增强，为全县经济社会发展提供",
        "了坚强组织保证。但也要看到，一些基层党组织作用发挥还不够",
        "充分，党员教育管理还存在薄弱环节，必须引起高度重视，切实",
        "加以解决，真正让基层党组织在乡村振兴中发挥战斗堡垒作",
        "用。",
    ]
    out = C.clean("\n".join(lines + cut(STATE_COUNCIL_1981, 28)))
    assert out.split("\n") == ["".join(lines), STATE_COUNCIL_1981]


def test_a_page_number_between_pieces_goes_and_the_paragraph_closes_over_it():
    lines = cut(STATE_COUNCIL_1981, 24)
    text = "\n".join(lines[:3] + ["- 2 -"] + lines[3:] + cut(SECTION_1, 24))
    result = C.clean(text, report=True)
    assert result.text.split("\n") == [STATE_COUNCIL_1981, SECTION_1]
    assert [(r.lineno, r.reason) for r in result.removed] == [(4, "pagination")]  # joins are not removals


def test_blank_lines_at_a_page_break_do_not_stop_a_join():
    lines = cut(STATE_COUNCIL_1981, 24)
    text = "\n".join(lines[:3] + ["", "— 2 —", ""] + lines[3:] + cut(SECTION_1, 24))
    assert C.clean(text).split("\n") == [STATE_COUNCIL_1981, SECTION_1]


def test_documents_whose_lines_are_paragraphs_are_left_alone():
    for path in sorted((ROOT / "seeds").rglob("*.txt")):
        lines = C.clean(path.read_text(encoding="utf-8"), steps=[s for s in C.STEPS if s not in (
            "join_wrapped_lines", "normalize_whitespace")]).split("\n")
        assert W.wrap_width(lines) is None, path.name
    # a list of short titles of equal length is not prose cut at a width
    titles = ["关于加强基层党组织建设的意见", "关于做好冬季供暖工作的通知了", "关于开展主题教育活动的方案了",
              "关于表彰先进基层党组织决定了", "关于推进城市更新行动的意见了", "关于加强干部队伍建设的意见了"]
    assert W.wrap_width(titles) is None
    assert C.clean("\n".join(titles)).split("\n") == titles


def test_wrap_width_and_joins_directly():
    lines = cut(STATE_COUNCIL_1981 + SECTION_1, 24)
    assert W.wrap_width(lines) == 24
    joins = W.wrapped_joins(["标题"] + lines)
    assert joins[:2] == [False, False] and all(joins[2:])
    assert W.wrap_width(cut(STATE_COUNCIL_1981, 24)[:3]) is None  # too little evidence


def test_joining_is_idempotent_and_structure_sees_paragraphs():
    once = C.clean(pdf_copy(24))
    assert C.clean(once) == once
    st = tl.structure(once)
    assert st.title == "国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知"
    assert [h.label for h in st.top_level()] == ["一、关于棉粮挂钩的奖售基数问题", "二、关于棉粮、糖粮挂钩奖售粮的供应价格和经营费用负担问题"]
    assert len(tl.paragraphs(once)) == 8


def test_a_piece_naming_the_delegates_inside_a_sentence_still_joins():
    # "…并请全国政协各位委员提出意见。" is the tail of a sentence, not a greeting opening a paragraph
    para = "现在，我代表市人民政府，向大会报告工作，请予审议，并请全国政协各位委员提出意见。"
    lines = ["各位代表："] + cut(para, 28) + cut(STATE_COUNCIL_1981, 28) + cut(SECTION_1, 28)
    assert C.clean("\n".join(lines)).split("\n") == ["各位代表：", para, STATE_COUNCIL_1981, SECTION_1]
    # a greeting line after a full line still opens a paragraph
    lines = cut(STATE_COUNCIL_1981, 28) + ["同志们、朋友们：", "今天的会议开得很成功。"] + cut(SECTION_1, 28)
    assert C.clean("\n".join(lines)).split("\n")[1] == "同志们、朋友们："


def test_a_near_full_attachment_line_does_not_swallow_the_signature_above_a_date():
    attachment = "附件：清河市第五次大督查发现的典型经验做法（共130项）"
    lines = cut(STATE_COUNCIL_1981, len(attachment) + 1) + [attachment, "清河市人民政府办公室", "2018年11月19日"]
    assert C.clean("\n".join(lines)).split("\n") == [STATE_COUNCIL_1981, attachment, "清河市人民政府办公室", "2018年11月19日"]


# a one-page State Council notice (国办函〔2018〕71号, corpus) copied from a PDF: too few lines for a
# width, paragraphs marked by a two-space indent, two lines cut at the widest size (42)
NOTICE_2018_71 = [
    "  国务院办公厅关于印发《政府网站集约化",
    "  试点工作方案》的通知",
    "  国办函〔2018〕71号",
    "  各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "  《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执",
    "行。",
    "  国务院办公厅",
    "  2018年10月27日",
    "  （此件公开发布）",
    "  政府网站集约化试点工作方案",
    "  为贯彻落实党中央、国务院关于加强全国网络安全和信息化工作有关部署，推进政府网站互",
    "联互通融合发展，现就开展政府网站集约化试点工作，制定以下方案。",
    "  一、总体要求",
]


def test_a_short_indented_pdf_notice_is_rejoined_at_its_widest_lines():
    out = C.clean("\n".join(NOTICE_2018_71)).split("\n")
    assert "《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。" in out
    assert ("为贯彻落实党中央、国务院关于加强全国网络安全和信息化工作有关部署，推进政府网站互联互通融合发展，"
            "现就开展政府网站集约化试点工作，制定以下方案。") in out
    # the title block, signature, date, note and heading keep their lines
    assert out[:4] == ["国务院办公厅关于印发《政府网站集约化", "试点工作方案》的通知", "国办函〔2018〕71号",
                       "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："]
    assert out[5:9] == ["国务院办公厅", "2018年10月27日", "（此件公开发布）", "政府网站集约化试点工作方案"]
    assert out[-1] == "一、总体要求" and len(out) == 11


def test_indented_paragraphs_of_one_line_each_are_not_joined():
    # the same notice as a web copy: every paragraph on one indented line, headings unindented
    lines = ["  " + line.strip() for line in NOTICE_2018_71 if line.startswith("  ")]
    lines[4] = "  《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。"
    lines[9] = "  为贯彻落实党中央、国务院关于加强全国网络安全和信息化工作有关部署，推进政府网站互联互通融合发展，现就开展"
    lines.insert(10, "政府网站集约化试点工作，制定以下方案。")  # not at the widest size: a paragraph of its own
    assert W.wrapped_joins(lines) == [False] * len(lines)


# members of the National Textbook Committee (国办发〔2018〕109号, corpus): one member a line,
# name and post apart by a space; lengths 13 to 19, like a page cut at 17
MEMBERS_2018_109 = [
    "李 捷 研究员、求是杂志社原社长", "吴岳良 院士、中国科学院大学副校长", "沈 岩 院士、中国科协副主席",
    "张文显 教授、吉林大学原党委书记", "林 岗 教授、中国人民大学原副校长", "林尚立 教授、中央政研室秘书长",
    "房 喻 教授、陕西师范大学原校长", "钟秉枢 教授、首都体育学院院长", "顾海良 教授、教育部原党组成员",
    "葛兆光 教授、复旦大学", "董 奇 教授、北京师范大学校长", "韩 震 教授、北京外国语大学原党委书记",
    "潘云鹤 院士、工程院原副院长", "国家教材委员会办公室设在教育部，由教育部教材局承担办公室工作。",
    "国务院办公厅", "2018年11月20日", "（此件公开发布）",
]


def test_a_list_of_names_and_posts_is_not_a_wrapped_page():
    assert W.wrap_width(MEMBERS_2018_109) is None
    out = C.clean("\n".join(MEMBERS_2018_109)).split("\n")
    assert len(out) == len(MEMBERS_2018_109) and out[1] == "吴岳良院士、中国科学院大学副校长"
