"""Tests for textlab.chrome (via textlab.cleaning.clean): chrome judged by the shape of a line and
its neighbours (issue 14, points 1 and 2), with a reason per removed line and the metadata kept.

Every page here is hand-written web copy in the shapes of Chinese government portals, news
portals, party-building and document-sharing sites; each test names what must go (with its
reason) and what must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import textlab as tl
from textlab import chrome as K
from textlab import cleaning as C

ROOT = Path(__file__).resolve().parents[1]
PAGES = Path(__file__).resolve().parent / "data" / "web_pages"
BODY = "会议要求，各级党组织要聚焦群众急难愁盼问题，推动资源力量向社区下沉，确保各项任务落地见效。"
BODY2 = "一年来，全市新建党群服务中心12个，选派186名机关干部到社区报到服务，基层治理水平明显提升。"


def removed(text: str) -> list[tuple[int, str]]:
    return [(r.lineno, r.reason) for r in C.clean(text, report=True).removed]


def page(*lines: str) -> str:
    return "\n".join(lines)


# ---------------------------------------------------------------------------------- chrome kinds


def test_font_size_toolbar_one_button_per_line():
    text = page("【字号】", "大", "中", "小", BODY)
    assert removed(text) == [(1, "toolbar"), (2, "toolbar"), (3, "toolbar"), (4, "toolbar")]
    assert C.clean(text) == BODY


def test_button_cluster_download_print_fullscreen_favourite():
    text = page("清河市召开城市基层党建工作推进会", "下载", "打印", "全屏", "收藏", BODY, "打印本页", "关闭窗口")
    assert C.clean(text) == page("清河市召开城市基层党建工作推进会", BODY)
    assert {reason for _, reason in removed(text)} == {"toolbar"}


def test_breadcrumb_one_item_per_line_with_separator_lines():
    text = page("首页", ">", "政务公开", ">", "政府工作报告", "2025年政府工作报告", BODY)
    assert removed(text) == [(i, "breadcrumb") for i in range(1, 6)]
    assert C.clean(text) == page("2025年政府工作报告", BODY)


@pytest.mark.parametrize("crumb", [
    "首页 > 政务公开 > 政府文件",
    "您所在的位置：网站首页 - 党建园地 - 领导讲话",
    "当前位置：首页 » 基层党建 » 正文",
    "网站首页 > 新闻中心 > 本地新闻",
])
def test_breadcrumb_on_one_line(crumb):
    assert removed(page(crumb, BODY)) == [(1, "breadcrumb")]


def test_numbered_breadcrumb_is_not_a_list_of_headings():
    text = page("1. 首页", "2. 基层党建", "3. 经验交流", "×社区“红色物业”工作经验材料", "一、主要做法", BODY,
                "二、取得成效", BODY2)
    assert removed(text) == [(1, "breadcrumb"), (2, "breadcrumb"), (3, "breadcrumb")]
    st = tl.structure(C.clean(text))
    assert st.title == "×社区“红色物业”工作经验材料"
    assert [h.label for h in st.top_level()] == ["一、主要做法", "二、取得成效"]


def test_navigation_rows_and_columns():
    assert removed(page("要闻 时政 社会 国际 财经 视频", BODY)) == [(1, "navigation")]
    assert removed(page("政务公开 | 政务服务 | 互动交流 | 走进清河", BODY)) == [(1, "navigation")]
    column = page("首页", "政务公开", "新闻中心", "政策解读", "互动交流", "清河市政府工作报告", BODY)
    assert C.clean(column) == page("清河市政府工作报告", BODY)


@pytest.mark.parametrize("line, reason, meta", [
    ("来源：清河日报", "metadata:source", {"source": "清河日报"}),
    ("发布时间：2024-03-18 09:30　来源：清河市委组织部　浏览次数：1268", "metadata:date",
     {"date": "2024-03-18", "source": "清河市委组织部", "views": 1268}),
    ("2024-05-12 09:31:20 来源：清河日报 作者：本报记者 孙丽", "metadata:date",
     {"date": "2024-05-12", "source": "清河日报", "author": "本报记者 孙丽"}),
    ("时间：2023年6月12日", "metadata:date", {"date": "2023-06-12"}),
    ("作者：王晓明", "metadata:author", {"author": "王晓明"}),
    ("责任编辑：刘芳", "metadata:editor", {"editor": "刘芳"}),
    ("浏览次数：532", "metadata:views", {"views": 532}),
    ("1234次浏览", "metadata:views", {}),
    ("发文字号：国办发〔2018〕108号", "metadata:doc_number", {"doc_number": "国办发〔2018〕108号"}),
    ("【来源：清河市委组织部】【作者：办公室】【点击：2,318】", "metadata:source", {"source": "清河市委组织部", "views": 2318}),
])
def test_label_value_metadata_lines_go_into_meta(line, reason, meta):
    result = C.clean(page(line, BODY), report=True)
    assert [(r.lineno, r.reason) for r in result.removed] == [(1, reason)]
    assert result.text == BODY
    for key, value in meta.items():
        assert result.meta[key] == value


def test_label_and_value_on_two_lines_both_go():
    result = C.clean(page("时间：", "2024-03-18 09:30", "来源：", "清河市人民政府办公室", "作者：", "王晓明", BODY),
                     report=True)
    assert result.text == BODY
    assert [r.reason for r in result.removed] == ["metadata:date"] * 2 + ["metadata:source"] * 2 + ["metadata:author"] * 2
    assert result.meta == {"date": "2024-03-18", "source": "清河市人民政府办公室", "author": "王晓明"}


def test_page_title_with_site_suffix_then_article_title_keeps_one():
    result = C.clean(page("2025年政府工作报告_江北省人民政府门户网站", "2025年政府工作报告", BODY), report=True)
    assert result.text == page("2025年政府工作报告", BODY)
    assert result.removed[0].reason == "page_title"
    assert result.meta["page_title"] == "2025年政府工作报告" and result.meta["site"] == "江北省人民政府门户网站"
    # the same title twice: the first copy goes
    assert C.clean(page("关于做好冬季供暖工作的通知", "关于做好冬季供暖工作的通知", BODY)) == page(
        "关于做好冬季供暖工作的通知", BODY)
    # a title with a suffix that no line repeats stays (nothing else names the document)
    assert C.clean(page("2025年政府工作报告_江北省人民政府", BODY)).startswith("2025年政府工作报告_江北省")


@pytest.mark.parametrize("line, reason", [
    ("扫一扫在手机打开当前页", "qr"), ("在手机上打开", "qr"), ("微信扫一扫", "qr"), ("手机扫码阅读", "qr"),
    ("分享到：", "share"), ("分享到 微信 朋友圈 微博", "share"), ("一键分享", "share"),
    ("自定义文本", "ad"), ("此处为自定义文本", "ad"), ("广告", "ad"), ("广告位招租", "ad"), ("[广告]", "ad"),
    ("原创力文档 知识共享平台", "ad"),
    ("隐藏内容", "paywall"), ("此处内容需要权限查看", "paywall"), ("会员特权：开通VIP会员后可查看全部内容", "paywall"),
    ("文档格式：DOC　页数：13　下载券：2", "paywall"), ("（精选）参考指南，可复制下载编辑", "paywall"),
    ("本文档由用户上传，如有侵权请联系删除。", "paywall"), ("试读结束，剩余8页未读，继续阅读", "paywall"),
    ("本文档共7页，您可免费阅读前3页", "paywall"), ("该资料需要付费下载", "paywall"),
    ("<div class=\"article-content\">", "markup"), ("</section>", "markup"), ("&nbsp;", "markup"),
    ("| --- | --- |", "markup"),
    ("æœ¬ç«™æ‰€æœ‰æ–‡ç« ä»…ä¾›å­¦ä¹ ", "mojibake"), ("ÕâÊÇÒ»¶ÎÂÒÂë", "mojibake"), ("\ufffd\ufffd\ufffd\ufffd", "mojibake"),
    ("- 3 -", "pagination"), ("—4—", "pagination"), ("第4页 共13页", "pagination"), ("1 2 3 下一页 尾页", "pagination"),
    ("主办：清河市人民政府办公室　承办：清河市大数据中心", "footer"),
    ("A+ A A-", "toolbar"), ("【字体：大 中 小】【我要打印】【关闭】", "toolbar"), ("打印此文　　关闭窗口", "toolbar"),
])
def test_chrome_line_by_shape(line, reason):
    result = C.clean(page("清河市召开城市基层党建工作推进会", BODY, line, BODY2), report=True)
    assert [(r.lineno, r.reason) for r in result.removed] == [(3, reason)], line
    assert result.text == page("清河市召开城市基层党建工作推进会", BODY, BODY2)


def test_related_reading_header_and_its_link_list():
    text = page(BODY, "相关阅读 ：", "在全市基层党建工作推进会上的讲话", "在组织部长会议上的总结讲话",
                "清河市委组织部 版权所有　地址：清河市人民路1号")
    assert C.clean(text) == BODY
    assert [r.reason for r in C.clean(text, report=True).removed][:3] == ["related"] * 3
    ranking = page(BODY, "阅读排行", "全市组织工作会议召开", "我市开展党员志愿服务活动", "返回列表")
    assert C.clean(ranking) == BODY


def test_html_tags_inside_a_content_line_go_and_the_text_stays():
    assert C.clean('<p class="ql-block">近年来，全市新建党群服务中心12个。</p>') == "近年来，全市新建党群服务中心12个。"
    assert C.clean("基层治理&nbsp;水平明显提升。<br/>") == "基层治理水平明显提升。"
    assert C.clean("指标a<b不变。") == "指标a<b不变。"  # not a tag


def test_page_numbers_between_wrapped_lines_but_not_subscripts_or_table_cells():
    wrapped = "近年来全县各级党组织认真落实管党治党政治责任基层党组织"
    assert removed(page(wrapped, "3", wrapped + "。")) == [(2, "pagination")]
    # PM / 10 / ）: a subscript the copy put on its own line
    assert removed(page("加强细颗粒物和可吸入颗粒物（PM", "10", "）治理为突破口，抓住产业结构、能源效率。")) == []
    # a table: 1 / 知识产权… / … the number is a cell
    assert removed(page("一、知识产权保护方面（共5项）", "1", "知识产权民事、刑事、行政案件“三合一”审判")) == []


# ---------------------------------------------------------------------------------- content stays


CONTENT_PAGE = page(
    "在全市组织工作会议上的讲话",
    "——2024年3月5日在全市组织工作会议上",
    "（2024年3月5日）",
    "市委书记 王建华",
    "同志们！",
    "今天召开全市组织工作会议，主要任务是深入学习贯彻党的二十大精神，总结去年工作，部署今年任务。",
    "刚才，几位同志作了发言，讲得很好。",
    "一、提高政治站位",
    "组织工作是党的建设的重要组成部分，我们要始终坚持党的组织路线。",
    "（三）狠抓工作落实",
    "会议要求：",
    "一是压实责任。二是强化督导。",
    "附件",
    "同志们，任务艰巨，使命光荣。",
    "谢谢大家！",
    "此致",
    "敬礼！",
    "中共清河市委组织部",
    "国务院办公厅",
    "2018年11月5日",
    "（此件公开发布）",
)


def test_structure_lines_short_sentences_greetings_and_signatures_stay():
    result = C.clean(CONTENT_PAGE, report=True)
    assert result.removed == []
    assert result.text == C.clean(CONTENT_PAGE, steps=[s for s in C.STEPS if s != "strip_boilerplate"])


def test_signature_and_date_stay_when_chrome_follows():
    text = page(BODY, "国务院办公厅", "2018年11月5日", "（此件公开发布）", "【我要纠错】　【打印】　【关闭】",
                "扫一扫在手机打开当前页")
    assert C.clean(text) == page(BODY, "国务院办公厅", "2018年11月5日", "（此件公开发布）")


def test_prose_that_mentions_chrome_words_stays():
    for line in [
        "或点赞、转发信息。第三方平台要强化保障能力，持续改进服务。",
        "主办单位：省教育厅、省民政厅，各州、市人民政府",
        "要关注群众反映的二维码支付安全问题，加强监管。",
        "三、规范数字文档管理",
        "分享发展成果，让群众得实惠。",
        "时间紧、任务重，各地要抓紧推进。",
        "来源：根据统计部门数据，全年增长5.2%。",
    ]:
        assert removed(page(BODY, line, BODY2)) == [], line


def test_reports_of_the_corpus_lose_nothing_but_source_lines():
    """The gov_reports seeds (wikisource copies with lines split at footnotes and subscripts)."""
    for path in sorted((ROOT / "seeds" / "gov_reports").rglob("*.txt")):
        for r in C.clean(path.read_text(encoding="utf-8"), report=True).removed:
            assert r.reason == "metadata:source", (path.name, r)


# ---------------------------------------------------------------------------------- module API


def test_chrome_reasons_and_line_meta_directly():
    keys = ["首页", ">", "政务公开", "2024-03-18 09:30", BODY]
    assert K.chrome_reasons(keys, keys, [""] * 5) == ["breadcrumb", "breadcrumb", "breadcrumb", "metadata:date", ""]
    assert K.line_meta("来源：清河日报　作者：王晓明", "metadata:source") == {"source": "清河日报", "author": "王晓明"}
    assert K.line_meta("时间：", "metadata:date", "2024年3月18日") == {"date": "2024-03-18"}
    assert K.iso_date("2024/3/8") == "2024-03-08" and K.iso_date("2024年3月") == "2024-03" and K.iso_date("无") is None


def test_removed_line_keeps_its_old_shape():
    r = C.clean("来源：四川日报\n正文。", report=True).removed[0]
    assert (r.step, r.lineno, r.text) == r[:3] == ("strip_boilerplate", 1, "来源：四川日报")
    assert r.reason == "metadata:source" and C.RemovedLine("s", 1, "x").reason == ""


def test_rule_file_reasons(tmp_path):
    rules = tmp_path / "rules.txt"
    rules.write_text("# Source: test\n[line]\n@internal\n内部资料.{0,10}\n[notice]\n本文仅供内部参考.*\n", encoding="utf-8")
    step = C.boilerplate_step(rules)
    result = C.clean("内部资料 注意保存\n本文仅供内部参考，请勿外传。\n正文。", steps=[step], report=True)
    assert [(r.lineno, r.reason) for r in result.removed] == [(1, "internal"), (2, "notice")]


@pytest.mark.parametrize(
    "path", [p for p in sorted(PAGES.glob("page_0[5-9]*.txt")) if not p.name.endswith(".expected.txt")],
    ids=lambda p: p.stem,
)
def test_new_pages_are_idempotent_and_their_title_is_found(path):
    once = C.clean(path.read_text(encoding="utf-8"))
    assert C.clean(once) == once
    title = tl.structure(once).title
    assert title == once.split("\n")[0]


def test_label_lines_inside_the_body_of_a_notice_stay():
    notice = page(
        "关于召开全市组织工作会议的通知",
        "各县（区）委组织部，市直各单位党组织：",
        "经研究，决定召开全市组织工作会议，现将有关事项通知如下。",
        "时间：2024年3月18日上午9时",
        "地点：市委党校报告厅",
        "请各单位按时参加，不得缺席，并于3月15日前报送参会人员名单。",
        "联系人：张三",
        "中共清河市委组织部",
        "2024年3月10日",
    )
    assert removed(notice) == []
    # the same label at the head of a page, or next to other chrome, is page metadata
    assert removed(page("时间：2024年3月18日", BODY, BODY2)) == [(1, "metadata:date")]
    assert removed(page(BODY, "来源：清河日报", "【打印】【关闭】", BODY2)) == [(2, "metadata:source"), (3, "toolbar")]


WECHAT_COPY = page(
    "“三抓三促”见行动｜××社区党委：党建引领激活基层治理“一池春水”",
    "原创 ××党建 2024-03-05 08:00 发表于江北",
    "收录于合集",
    "今年以来，××社区党委聚焦群众急难愁盼，探索“党建+网格”治理模式，推动服务力量下沉一线。",
    "◆◆◆",
    "一、织密组织网络",
    "社区党委将辖区划分为12个网格，每个网格建立党小组，实现党的组织全覆盖。",
    "视频加载中...",
    "二、做实为民服务",
    "&ldquo;以前办事要跑好几趟，现在在家门口就能办好。&rdquo;居民王大爷说。",
    "编辑：××",
    "阅读原文",
    "赞(12)",
    "在看",
    "写留言",
    "微信扫一扫关注该公众号",
    "锟斤拷锟斤拷锟斤拷",
)


def test_a_copy_of_a_public_account_article():
    result = C.clean(WECHAT_COPY, report=True)
    assert result.text.split("\n") == [
        "“三抓三促”见行动|×社区党委：党建引领激活基层治理“一池春水”",
        "今年以来，×社区党委聚焦群众急难愁盼，探索“党建+网格”治理模式，推动服务力量下沉一线。",
        "一、织密组织网络",
        "社区党委将辖区划分为12个网格，每个网格建立党小组，实现党的组织全覆盖。",
        "二、做实为民服务",
        "“以前办事要跑好几趟，现在在家门口就能办好。”居民王大爷说。",
    ]
    assert result.meta["date"] == "2024-03-05"
    reasons = {r.lineno: r.reason for r in result.removed}
    assert reasons[5] == "separator" and reasons[8] == "video" and reasons[17] == "mojibake"
    # structure() takes the article title, colon and all, not a chrome line
    st = tl.structure(result.text)
    assert st.title == "“三抓三促”见行动|×社区党委：党建引领激活基层治理“一池春水”"
    assert [h.label for h in st.top_level()] == ["一、织密组织网络", "二、做实为民服务"]


def test_gov_cn_metadata_table_copied_as_text():
    table = page(
        "索引号：", "000014349/2025-00012", "主题分类：", "综合政务\\其他", "发文机关：", "国务院办公厅",
        "成文日期：", "2025年01月20日", "发文字号：", "国办发〔2025〕3号", "发布日期：", "2025年01月22日",
        "国务院办公厅关于进一步做好稳就业工作的通知", "就业是最基本的民生。为进一步做好稳就业工作，经国务院同意，现就有关事项通知如下。",
        "国务院办公厅", "2025年1月20日", "（此件公开发布）",
        "打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。",
    )
    result = C.clean(table, report=True)
    assert result.text.split("\n") == [
        "国务院办公厅关于进一步做好稳就业工作的通知",
        "就业是最基本的民生。为进一步做好稳就业工作，经国务院同意，现就有关事项通知如下。",
        "国务院办公厅", "2025年1月20日", "（此件公开发布）",
    ]
    assert result.meta["doc_number"] == "国办发〔2025〕3号" and result.meta["date"] == "2025-01-20"
    assert result.meta["issuer"] == "国务院办公厅" and result.meta["index_number"] == "000014349/2025-00012"
    assert result.removed[-1].reason == "qr"


def test_lines_of_real_documents_that_look_like_menus_stay():
    # 2024 蚌埠 report: a spaced byline; 1997 国办发〔1997〕11号 and 国函〔2018〕159号: titles over two lines
    for text in [
        page("政府工作报告", "市长  马  军", BODY),
        page("国务院办公厅转发民政部关于", "清理整顿社会团体意见的通知", "国办发〔1997〕11号", BODY),
        page("国务院关于河北雄安新区", "总体规划（2018—2035年）的批复", "国函〔2018〕159号", BODY),
    ]:
        assert removed(text) == [], text
    # the same shapes as chrome: a menu apart by spaces, a share bar, a title with a site suffix
    assert removed(page("首页  新闻  政务  服务", BODY)) == [(1, "navigation")]
    assert removed(page("打印关闭分享到：", BODY)) == [(1, "share")]


def test_the_speaker_under_a_title_stays_next_to_chrome():
    text = page("【打印本页】【关闭窗口】", "市长  王建华", "各位代表：", BODY)
    assert C.clean(text) == page("市长王建华", "各位代表：", BODY)


# ------------------------------------------------ shapes found on the second dev set (chrome_dev2)


def test_page_n_of_m_between_paragraph_pieces():
    text = page(BODY, "Page 2 of 7", BODY2, "Ｐａｇｅ ３ ｏｆ ７", "各位代表：")
    assert removed(text) == [(2, "pagination"), (4, "pagination")]
    assert C.clean(text) == page(BODY, BODY2, "各位代表：")


def test_font_size_toolbar_split_over_bracket_lines():
    text = page("【字号：", "大", "中", "小", "】", "各位代表：", BODY)
    assert [r for _, r in removed(text)] == ["toolbar"] * 4 + ["separator"]
    assert C.clean(text) == page("各位代表：", BODY)


def test_labelled_size_toolbar_and_save_as_pdf_buttons():
    text = page("文字大小：【大】【中】【小】 【打印】 【关闭】", BODY, "全屏阅读　【打印】　保存为PDF")
    assert removed(text) == [(1, "toolbar"), (3, "toolbar")]


def test_price_and_download_button_row():
    text = page(BODY, BODY2, "￥12.00 下载  收藏  举报")
    assert removed(text) == [(3, "toolbar")]
    # a price inside a sentence stays
    assert removed(page(BODY, "每份材料收取工本费￥12.00元，下载后请妥善保存。")) == []


def test_ad_slot_framed_by_dashes_between_paragraphs():
    text = page(BODY, "—— 广告 ——", BODY2)
    assert removed(text) == [(2, "ad")]


@pytest.mark.parametrize("notice", ["— 预览已结束 —", "本文档仅提供部分内容试读", "如需完整文档，请下载后查看",
                                    "温馨提示：下载前请仔细阅读文档内容，确认无误后再购买。"])
def test_document_site_preview_notices(notice):
    text = page(BODY, notice, BODY2)
    assert removed(text) == [(2, "paywall")]


def test_wechat_tail_labels_with_a_bar_go_into_meta():
    text = page("点击上方蓝字关注我们", BODY, BODY2, "来源 | 清河组工", "编辑 | 李明")
    result = C.clean(text, report=True)
    assert result.text == page(BODY, BODY2)
    assert [r.reason for r in result.removed] == ["qr", "metadata:source", "metadata:editor"]
    assert result.meta["source"] == "清河组工"


def test_site_footer_notices_without_a_colon():
    text = page(BODY, BODY2, "某某网版权所有，未经书面授权禁止使用", "免责声明", "政府网站找错", "适老化无障碍服务")
    assert C.clean(text) == page(BODY, BODY2)
    assert {r for _, r in removed(text)} == {"footer"}
    # a sentence about copyright stays
    kept = "对侵犯他人版权所有权的行为，要依法严肃查处，切实维护权利人合法权益。"
    assert removed(page(BODY, kept)) == []


def test_related_list_under_a_you_may_like_header():
    text = page(BODY, BODY2, "为您推荐", "2024年清河市政府工作报告.doc", "关于做好春耕生产工作的通知.pdf")
    assert C.clean(text) == page(BODY, BODY2)


def _wrapped_pages(header: str, number, width: int = 28, pages: int = 4, per: int = 9) -> tuple[str, list[str]]:
    """A hard-wrapped report: paragraphs cut every ``width`` characters, ``per`` lines a page,
    then ``number(k)`` and the running ``header`` (when given) at each page break."""
    paras = [
        f"{k + 1}. 清河市坚持把{'推动基层治理、改善民生保障、优化营商环境'[k % 3 * 7:k % 3 * 7 + 7]}作为重点工作，"
        "组织机关干部下沉社区，建立问题台账，逐项明确责任单位和完成时限，群众满意度持续提升，"
        "各项任务按计划推进并取得明显成效。"
        for k in range(7)
    ]
    lines, out = [], ["清河市2025年基层治理工作报告"]
    for p in paras:
        lines.extend(p[i:i + width] for i in range(0, len(p), width))
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % per == 0:
            out.append(number(i // per))
            if header:
                out.append(header)
    return "\n".join(out), paras


def test_running_header_after_each_page_number_goes():
    text, paras = _wrapped_pages("清河市2025年基层治理工作报告", lambda k: f"- {k} -")
    result = C.clean(text, report=True)
    assert result.text.split("\n") == ["清河市2025年基层治理工作报告"] + paras
    assert {r.reason for r in result.removed if r.reason != "joined"} == {"pagination", "running_header"}


def test_running_header_with_bare_page_numbers_in_a_wrapped_page():
    text, paras = _wrapped_pages("清河市人民政府公报", lambda k: str(k), per=6)
    assert C.clean(text).split("\n") == ["清河市2025年基层治理工作报告"] + paras


def test_a_table_cell_repeated_next_to_row_numbers_stays():
    # a flattened table (measure / scope / row number), as in 国办发〔2018〕126号: nothing is a header
    rows = []
    for k, (name, text) in enumerate([("科技成果评价改革", "建立以质量、绩效和贡献为导向的分类评价体系，引导科研人员潜心研究。"),
                                       ("知识产权质押融资", "推动银行机构开展知识产权质押贷款，缓解科技型中小企业融资难问题。"),
                                       ("技术转移人才培养", "依托高校设立技术转移学院，培养一批专业化技术经理人队伍。"),
                                       ("科研仪器开放共享", "授权专业服务机构对科研仪器设备进行市场化运营管理，提高使用效率。")]):
        rows += [name, text, "科技部、教育部、财政部", "8个改革试验区域", str(7 * k + 3)] + [BODY2] * 3
    text = page(*rows)
    assert [r for r in removed(text) if r[1] != "duplicate"] == []


def test_page_title_with_a_site_suffix_and_no_article_title_goes_into_meta():
    text = page("当前位置：首页 > 政务公开", "清河市2025年政府工作报告｜清河市人民政府门户网站",
                "发布时间：2025-01-20　来源：市政府办公室", "各位代表：", BODY)
    result = C.clean(text, report=True)
    assert result.text == page("各位代表：", BODY)
    assert result.removed[1].reason == "page_title"
    assert result.meta["page_title"] == "清河市2025年政府工作报告" and result.meta["site"] == "清河市人民政府门户网站"


@pytest.mark.parametrize("title, page_title", [
    ("关于开展主题党日活动的方案.docx - 某某文库", "关于开展主题党日活动的方案"),
    ("清河市2025年政府工作报告.pdf", "清河市2025年政府工作报告"),
    ("清河市召开基层党建推进会--要闻--某某网", "清河市召开基层党建推进会"),
    ("清河市召开基层党建推进会 - 学习平台", "清河市召开基层党建推进会"),
])
def test_file_name_and_channel_page_titles_at_the_page_edge(title, page_title):
    result = C.clean(page(title, "页数：5", BODY, BODY2), report=True)
    assert result.text == page(BODY, BODY2)
    assert result.meta["page_title"] == page_title


def test_titles_with_a_subtitle_or_a_colon_next_to_chrome_stay():
    for title in ["奋进新征程——在全市经济工作会议上的讲话", "学习贯彻党的二十大精神：清河市在行动",
                  "国务院关于印发《清河流域综合治理规划》的通知"]:
        text = page("【打印本页】【关闭窗口】", title, "来源：市政府办公室", BODY)
        assert C.clean(text) == page(title, BODY), title


def test_bare_page_number_after_a_short_paragraph_tail_and_before_a_running_header():
    header = "清河市人民政府公报"
    long_piece = "各项任务按计划推进并取得明显成效，群众满意度持续提升，基层"
    lines = []
    for k in range(1, 5):
        lines += [long_piece] * 9 + (["治理水平明显提升。"] if k == 2 else [long_piece]) + [str(k), header]
    result = C.clean(page(*lines, BODY), report=True)
    assert sorted(r.lineno for r in result.removed if r.reason == "pagination") == [11, 23, 35, 47]
    assert "治理水平明显提升。" in result.text


@pytest.mark.parametrize("line, reason", [
    ("（记者 张伟 通讯员 李娜）", "metadata:author"),
    ("本报讯（记者 王强）", "metadata:author"),
    ("稿源：清河新闻网", "metadata:source"),
    ("本文来源：清河发布", "metadata:source"),
    ("文档价格：5元", "paywall"),
    ("（完）", "footer"),
    ("清河市人民政府 版权所有", "footer"),
    ("0条评论", "toolbar"),
    ("登录后参与评论", "toolbar"),
    ("您可能关注的文档", "related"),
])
def test_news_and_document_site_lines_at_the_page_edge(line, reason):
    assert removed(page(BODY, BODY2, line)) == [(3, reason)]
    assert removed(page(line, BODY, BODY2)) == [(1, reason)]


@pytest.mark.parametrize("notice", ["声明：本文仅代表作者观点，不代表本站立场。", "该文档为用户出于分享目的上传，仅供学习参考。",
                                    "※ 本文转自清河发布"])
def test_reposting_and_upload_notices(notice):
    assert C.clean(page(BODY, notice, BODY2)) == page(BODY, BODY2)


def test_press_conference_and_pledge_lines_stay():
    for line in ["（记者提问）", "记者：请问今年的重点工作是什么？", "声明：本人承诺所填信息真实有效。",
                 "附件：1.清河市实施方案.doc"]:
        for text in (page(line, BODY, BODY2), page(BODY, line, BODY2), page(BODY, BODY2, line)):
            assert removed(text) == [], (line, text)


def test_a_follow_us_line_does_not_take_the_article_title_under_it():
    text = page("清河组工", "2023/08/19 11:35:26", "↑ 点击上方“清河组工”关注", "决胜全面建成小康社会",
                "为夺取新时代中国特色社会主义伟大胜利", "（2017年10月18日）", BODY, BODY2)
    out = C.clean(text).split("\n")
    assert "决胜全面建成小康社会" in out and "为夺取新时代中国特色社会主义伟大胜利" in out
    assert "↑点击上方“清河组工”关注" not in out and "↑ 点击上方“清河组工”关注" not in out


@pytest.mark.parametrize("line, reason", [
    ("您所在的位置：", "breadcrumb"),
    ("某某网2024年12月12日电", "metadata:date"),
    ("原创 清河组工 2023.10.19", "metadata:date"),
    ("原文链接 在看 分享 阅读 3591", "navigation"),
    ("违法和不良信息举报电话：010-12345678", "footer"),
])
def test_more_portal_and_wechat_lines_by_shape(line, reason):
    assert removed(page(line, BODY, BODY2)) == [(1, reason)]


def test_spaced_names_and_counts_in_prose_stay():
    for line in ["市长  马  军", "出席  张  三  李  四", "王建华  李明  张伟  刘洋  陈静",
                 "阅读 3591 篇文献后，课题组形成了调研报告。"]:
        assert removed(page(line, BODY, BODY2)) == [], line
