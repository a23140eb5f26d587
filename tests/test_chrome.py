"""Tests for textlab.chrome, round 3 of issue 14: the kinds the locked run found weak, decided by
shape and neighbours rather than by the strings of one site.

Body text is real: paragraphs of the corpus (2024 city work reports, State Council letters). The
chrome around it is written in the shapes of portals, news and document-sharing sites; each test
names what must go and what must stay, so that it fails on a cleaner that does not generalise
(v0.1.0 and the cleaner of fd2ed20 both fail every test here).
"""

from __future__ import annotations

from textlab import chrome as K
from textlab import cleaning as C

# two paragraphs of a 2024 city work report and the closing of a State Council letter (corpus)
P1 = "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席同志提出意见。"
P2 = ("国土资源部会同三峡办、地震局研究提出了办理意见：从2002年开始，在三峡库区地质灾害防治工作指挥部统一组织下，"
      "地质灾害的监测和预警工作得到了进一步加强。")
P3 = "同时，进一步建立健全组织机构和制度，坚持开展群测群防工作，确保库区人民生命和财产安全。"


def removed(text: str) -> dict[int, str]:
    return {r.lineno: r.reason for r in C.clean(text, report=True).removed}


def page(*lines: str) -> str:
    return "\n".join(lines)


# ------------------------------------------------------------------------------ link lists

def test_headline_list_after_the_body_without_a_known_header():
    text = page(P1, P2, P3,
                "本栏目其他文章",
                "2024年潜江市政府工作报告  2024-03-18",
                "坚定不移推进全面从严治党向纵深发展。\t2016年02月11日",
                "关于进一步加强乡村振兴的实施意见\t01-27",
                "我市召开优化营商环境大会（2024-05-23）")
    gone = removed(text)
    assert [gone.get(i) for i in range(4, 9)] == ["related"] * 5
    assert not any(i in gone for i in (1, 2, 3))


def test_headlines_with_file_marks_counters_and_several_on_one_line():
    text = page(P1, P2, P3,
                "你可能感兴趣的",
                "▶ 2026年信访维稳述职报告.docx  23页",
                "▶ 关于森林防火情况的调研报告（10篇） 浏览(576)",
                "[1] 全县：多措并举推动招商引资取得实效（2025.10.20）\u3000\u3000[2] 全县招商引资工作新闻发布会举行（2024/11/02）",
                "换一换")
    gone = removed(text)
    assert [gone.get(i) for i in range(4, 8)] == ["related"] * 4 and 8 in gone


def test_lists_of_the_document_itself_stay():
    # numbered short sentences closing a report, a list of members, an attachment list, a signature
    numbered = page(P1, P2, "47.浙江省衢州市深化“放管服”改革，打造“最多跑一次”示范市。",
                    "48.浙江省台州市深化改革试点，助推民间投资逆势上扬。",
                    "49.浙江省丽水市探索生态产品价值转化途径，实现“点绿成金”。")
    members = page(P1, P2, "成员：孙尧教育部副部长", "连维良发展改革委副主任", "陈肇雄工业和信息化部副部长",
                   "余蔚平财政部副部长")
    attached = page(P1, P2, "附件：", "关于加强基层党组织建设的实施方案", "基层党建工作任务分解表")
    signed = page("国务院办公厅", "关于湖北省在温家宝总理考察工作时", "所提问题和建议办理情况的函", P2, P3,
                  "国务院办公厅", "二〇〇四年三月二日")
    for text in (numbered, members, attached, signed):
        assert removed(text) == {}, text


# ------------------------------------------------------------------------------ page titles again

def test_a_title_repeated_in_brackets_or_with_full_text_marks_keeps_the_first_bare_copy():
    text = page("《2024年芜湖市政府工作报告》", "当前位置：首页 > 政府工作报告",
                "2024年芜湖市政府工作报告", "2024年芜湖市政府工作报告（全文）", P1, P2)
    rep = C.clean(text, report=True)
    assert {r.lineno: r.reason for r in rep.removed} == {1: "page_title", 2: "breadcrumb", 4: "page_title"}
    assert rep.text.split("\n")[0] == "2024年芜湖市政府工作报告"
    assert rep.meta["page_title"] == "2024年芜湖市政府工作报告"


def test_a_lone_title_in_a_sites_dress_next_to_chrome_goes_a_bare_one_stays():
    for dressed in ("全文｜2024年咸宁市政府工作报告", "【2024年咸宁市政府工作报告】", "2024年咸宁市政府工作报告（全文）",
                    "国务院关于河北雄安新区总体规划（2018—2035年）的批复（国函〔2018〕159号）"):
        gone = removed(page("首页 > 政务公开 > 政府文件", dressed, "来源：咸宁日报", P1, P2))
        assert gone.get(2) == "page_title", dressed
    gone = removed(page("首页 > 政务公开 > 政府文件", "2024年咸宁市政府工作报告", "来源：咸宁日报", P1, P2))
    assert 2 not in gone


def test_the_issuer_repeated_as_the_signature_stays():
    text = page("国务院办公厅", "关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函", "湖北省人民政府：",
                P2, P3, "国务院办公厅", "二〇〇四年三月二日", "（本文有删减）")
    assert removed(text) == {}


# ------------------------------------------------------------------------------ notices, ads, footers

def test_paywall_counters_and_buttons_by_shape():
    text = page("2024年咸宁市政府工作报告.docx", P1, "29人已下载", "  查看全部", " 余下全文", "  限时免费", P2, P3,
                "下载本文档需要消耗 2 积分")
    gone = removed(text)
    assert [gone.get(i) for i in (3, 4, 5, 6, 9)] == ["footer", "footer", "footer", "footer", "paywall"]
    assert not any(i in gone for i in (2, 7, 8))


def test_promotion_slots_between_paragraphs_and_at_the_tail():
    for ad in ("【限时优惠】公文写作高级研修班火热报名中，咨询电话：400-708-9550", "点击进入专题 >>",
               "公文宝——让材料写作更轻松", "【公考】2022国考笔试辅导课，点击报名", "广告位招租 联系电话：15929881199"):
        gone = removed(page(P1, ad, P2, P3))
        assert gone == {2: "ad"}, ad


def test_site_footers_after_the_body():
    text = page(P1, P2, P3, "意见反馈", "投诉建议", "工作时间：周一至周五 8:30-17:30",
                "地址：湖南省长沙市岳麓区银杉路123号  邮编：410006", "电话：0731-88812345  传真：0731-88812346",
                "增值电信业务经营许可证：京B2-98880120", "本站访问量：612406",
                "您是本站第 2188194 位访客　Copyright © 2006-2024 www.doczj.com All Rights Reserved")
    gone = removed(text)
    assert all(gone.get(i) == "footer" for i in range(4, 12)), gone
    assert not any(i in gone for i in (1, 2, 3))


def test_prose_with_ad_footer_or_download_words_stays():
    lines = ["你们提出的关于创立免费查询所有法律、法规的政府网站的建议收悉，现答复如下：",
             "“双盲”评审全面推行，12345政务服务便民热线接通率稳定在98%",
             "（二）加强人员培训。各地区、各部门要将政务新媒体工作纳入各级领导干",
             "联系电话：0731-88882154",
             "（记者提问）"]
    for line in lines:
        for text in (page(line, P1, P2), page(P1, line, P2), page(P1, P2, line)):
            assert removed(text) == {}, (line, text)


def test_residue_mojibake_disclaimers_and_wechat_lines():
    text = page("{{article.title}}", "javascript:void(0);", "↑点击上方“笔杆子材料库”关注我们", P1,
                "鏉ユ簮锛氬厷寤虹綉", P2, "（编辑 彭磊斌）", "来源丨笔杆子材料库", "原创不易，转载请联系授权")
    gone = removed(text)
    assert [gone.get(i) for i in (1, 2, 3, 5, 7, 8, 9)] == [
        "markup", "markup", "qr", "mojibake", "metadata:editor", "metadata:source", "disclaimer"]
    assert C.clean(text, report=True).meta["source"] == "笔杆子材料库"


def test_shapes_directly():
    assert K._headline("2024年潜江市政府工作报告2024-03-18")[:2] == (True, True)
    assert K._headline("副主任：陈宝生教育部部长")[0] is True and K._headline("会议要求，各级党组织要，聚焦，问题")[0] is False
    assert K._title_core("【2024年芜湖市政府工作报告（全文）】") == "2024年芜湖市政府工作报告"
    assert K._title_core("常州市2024年政府工作报告-新浪博客") == "常州市2024年政府工作报告"


def test_the_article_title_under_a_page_title_and_account_lines_stays():
    # a WeChat copy: the page title on top, account lines, then the title block of the report
    text = page("2025年贵州省政府工作报告", "原创 叶红 公文写作笔记", "↑点击上方“公文写作笔记”关注我们",
                "2025年贵州省政府工作报告", "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上", "省长 李炳军",
                "各位代表：", P1, P2)
    rep = C.clean(text, report=True)
    gone = {r.lineno: r.reason for r in rep.removed}
    assert gone.get(1) == "page_title" and 4 not in gone
    assert rep.text.split("\n")[:2] == ["2025年贵州省政府工作报告", "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上"]


def test_a_paragraph_cut_by_a_paywall_is_not_a_list_and_an_addressee_stays():
    # the tail of a report copied from a PDF, stopped in mid-sentence by the site's paywall
    text = page(P1, P2,
                "持社会大局稳定，大力度推进国防和军队现代化建设，全",
                "方位开展中国特色大国外交，全面推进党的建设新的伟大",
                "工程。我们隆重庆祝中国共产党成立一百周年、中华人民",
                "共和国成立七十周年，制定",
                "试读已结束，如需继续阅读或下载请购买", "限时免费")
    gone = removed(text)
    assert set(gone) == {7, 8}
    text = page("AI帮你写材料", "立即体验", "国家经贸委、冶金部：", P2, P3)
    assert removed(text) == {1: "ad", 2: "ad"}
