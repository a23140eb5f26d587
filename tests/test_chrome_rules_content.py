"""Content the chrome rules (textlab.chrome) must not take (issue 14, fifth round, point 1).

The rules judge a line by its shape and its neighbours. Where the evidence for chrome is weak (a
run of lines after the body that reads like the body, a heading of the body next to chrome, a
label whose value is gone) the line stays. Each case below is a shape the rules took on the
development page sets (eval/chrome_*) before this round; the pages are checked with the rules
alone (``chrome_model=False``) and with the shipped judge, and the chrome beside the content
must still go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from textlab import cleaning as C
from textlab.training.chrome_eval import read_page_set

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"


def removed(text: str, model: bool = False) -> dict[int, str]:
    report = C.clean(text, report=True, **({} if model else {"chrome_model": False}))
    return {r.lineno: r.reason for r in report.removed}


def page(*lines: str) -> str:
    return "\n".join(lines)


BODY = "　　水利建设要因地制宜，突出重点，南方着重防洪，北方着重抗旱。加强大江大河大湖的治理，搞好防洪工程建设，疏浚中小河流，保证安全度汛。"
BODY2 = "　　要稳定以家庭联产承包为主的责任制，切实减轻农民负担；加强农村基层政权和村民自治组织建设，改善农村干群关系。"


# ------------------------------------------------------------------ hand-written pages


def test_ordinal_heading_and_short_sentence_before_the_footer_stay():
    # "第二，…" opens a section of the body, not a headline of a related list; a short sentence
    # after it is body text too, although toolbar and rating lines follow
    text = page(BODY, "", BODY2, "", "　　第二，国有企业改革要取得新的突破", "", "　　国有企业改革是当前经济体制改革的重点。", "",
                "保存", "打印", "全屏阅读", "扫一扫在手机打开当前页", "对本页内容评价：☆☆☆☆☆", "提交")
    got = removed(text)
    assert 5 not in got and 7 not in got
    assert {9, 10, 11, 12} <= set(got)


@pytest.mark.parametrize("heading", ["八是深化主动创安创稳，以高水平安全保障高质量发展", "三是加快建设现代化产业体系，推动传统产业转型升级"])
def test_yishi_heading_is_not_a_link_list_item(heading):
    text = page(BODY, "", BODY2, "", heading, "剩余30页未读，", "开通VIP免费阅读全文", "下载　收藏　打印本页",
                "### 阅读排行", "乡镇年度工作总结范文.docx", "2024-12-26", "甘肃统计公报全文.pdf", "2024-12-09",
                "甘肃政府工作报告解读PPT课件", "2024-12-30")
    got = removed(text)
    assert 5 not in got
    assert {6, 7, 8, 9, 10, 11, 12, 13, 15} <= set(got)


def test_quoted_speech_opening_is_not_a_headline():
    # ”毛主席还当面批评王洪文：“ ends in a colon inside quotes: it opens a quotation
    text = page("”十二月二十三日，毛主席又指出：“", "", "江青有野心，有没有，我看是有。", "",
                "”二十四日，毛主席又一次批评他们说：“", "", "赞助商链接", "", "不要搞宗派，搞宗派要摔跤的。", "",
                "”毛主席还当面批评王洪文：“", "", "在App中打开　　继续浏览网页", "", "长按识别图片", "",
                "转载请注明来源，违者必究。", "分享到：微信 微博 QQ空间")
    got = removed(text)
    assert 9 not in got and 11 not in got
    assert {17, 18} <= set(got)


def test_date_label_takes_only_a_date():
    # the value of 发布时间 (2018/01/24) and the author lines go; the second half of the wrapped
    # title that then follows the label is not a date and stays
    text = page("来源", "紫光阁网", "发布时间", "2018/01/24", "作者：", "邱婷", "",
                "![](http://www.dangjian.cn/upload/895512552.jpg)", "", "",
                "发现的典型经验做法给予表扬的通报", "国办发〔2018〕108号",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", BODY)
    got = removed(text)
    assert 11 not in got and 12 not in got
    assert {2, 3, 4, 5, 6} <= set(got)


# ------------------------------------------------------------------ development pages

# (set, page, gold content lines the rules took before this round)
CASES = [
    ("chrome_test5", "029", (69, 72)),
    ("chrome_test5", "110", (22, 24, 30)),
    ("chrome_test4", "074", (30,)),
    ("chrome_test3", "061", (18,)),
    ("chrome_test2", "020", (17,)),
]


@pytest.fixture(scope="module")
def pages():
    got = {}
    for name in sorted({c[0] for c in CASES}):
        folder = EVAL / name
        if not (folder / "pages").is_dir():
            pytest.skip(f"{folder}: page set not present")
        got[name] = {p.id: p for p in read_page_set(folder)}
    return got


@pytest.mark.parametrize("model", [False, True], ids=["rules", "judge"])
@pytest.mark.parametrize("name,pid,lines", CASES)
def test_development_page_keeps_its_content(pages, name, pid, lines, model):
    p = pages[name][pid]
    got = removed(p.text, model)
    gold = {g.lineno: g for g in p.lines}
    assert all(gold[n].label == "content" for n in lines)
    assert [n for n in lines if n in got] == []
    # no other content line of the page goes either
    assert [n for n, g in gold.items() if g.label == "content" and n in got] == []


def test_first_half_of_a_title_cut_in_two_stays_under_a_toolbar():
    text = page("[登录] [免费注册]", "2019年8月26日 14:50　来源：人民网－人民日报", "字号", "大", "中", "小",
                "国务院办公厅关于开展", "城镇小区配套幼儿园治理工作的通知", "国办发〔2019〕3号",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", BODY)
    got = removed(text)
    assert 7 not in got and 8 not in got
    assert {1, 2, 3, 4, 5, 6} <= set(got)
