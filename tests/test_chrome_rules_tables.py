"""The rules (textlab.chrome) look at the neighbourhood before they call a short line navigation or
a related list (issue 14, sixth round, point 1): the cells of a table of the document (column and
row names, a unit line, a header spaced out) and the pieces of a quotation cut at a line end stay,
even with player, app and ad chrome between them; a menu spaced out (新 闻 中 心) still goes.
"""

from __future__ import annotations

from rule_pages import BODY, BODY2, page, removed  # tests/rule_pages.py


def test_cells_of_a_table_between_player_chrome_stay():
    # the shape of a page with a coordinates table cut by video and ad chrome (no prose at all)
    text = page("< 首页", "", "[视频]国务院关于授权现场", "", "E匝道终点", "", "大桥界址点坐标", "", "查看全部", "",
                "坐标", "", "编号", "", "▶ 0:00 / 4:05", "高清　倍速　全屏", "", "左幅道路方向左侧", "",
                "右幅道路方向右侧", "", "说 明", "", "相关推荐")
    gone = removed(text)
    lines = text.split("\n")
    kept = [lines[i - 1] for i in range(1, len(lines) + 1) if i not in gone and lines[i - 1]]
    for cell in ("E匝道终点", "大桥界址点坐标", "坐标", "编号", "左幅道路方向左侧", "右幅道路方向右侧", "说 明"):
        assert cell in kept, (cell, gone)
    assert 1 in gone and 15 in gone and 16 in gone  # the crumb and the player stay removed


def test_a_table_with_unit_line_and_number_columns_stays_beside_chrome():
    text = page(BODY, "", "点击上方蓝字", "关注我们", "", "清晰度　超清　高清", "倍速　全屏", "",
                "单位：人", "", "省（市）", "", "2025年招生人数", "", "扩招", "", "分年度招生任务",
                "【分享到】【微信】【微博】")
    gone = removed(text)
    for no in (9, 11, 13, 15, 17):
        assert no not in gone, (no, gone)
    assert {3, 4, 6, 7, 18} <= set(gone)


def test_one_column_name_alone_in_a_menu_is_not_protected():
    # a single cell-shaped word needs two more cells near it: a lone 编号 in the head is no table
    text = page("首页", "新闻中心", "编号", "政务公开", "", BODY, BODY2)
    assert {1, 2, 4} <= set(removed(text))


def test_a_menu_spaced_out_is_still_navigation():
    text = page("首 页", "", "新 闻 中 心", "", "政 务 服 务", "", "通 知 公 告", "", BODY, BODY2)
    assert {1, 3, 5, 7} <= set(removed(text))


def test_pieces_of_a_quotation_cut_at_the_line_end_stay_before_an_attachment_list():
    text = page("当前位置：首页 / 党建 / 理论学习", "", "　　利用矛盾，争取多数，反对少数，各个击破", "",
                "　　”的政策。“", "", "　　要重证据，重调查研究，严禁逼、供、信。", "", "　　”要执行毛主席关于“", "",
                "　　坦白从宽、抗拒从严", "", "📎 附件", "文字版.wps", "返回顶部", "全屏阅读")
    gone = removed(text)
    assert 9 not in gone and 11 not in gone, gone
    assert 1 in gone


def test_ai_summary_widget_watermark_stamps_and_sponsor_label_go_by_form():
    text = page("✨ 智能总结", "该文介绍了某市政府工作报告的主要内容与任务部署。", "", BODY, "", "仅供内部学习使用", "",
                BODY2, "", "内容由AI生成，仅供参考", "文档编号：583832485641", "", BODY, "", "赞助商内容", "",
                "更多精品文档尽在 某某文库", "", BODY2)
    gone = removed(text)
    assert gone.get(1) == gone.get(2) == "ai_summary"
    assert gone.get(10) == "ai_summary"
    assert gone.get(6) == gone.get(11) == gone.get(17) == "watermark"
    assert gone.get(15) == "ad"
    assert not {4, 8, 13, 19} & set(gone)  # the body stays


def test_first_half_of_a_title_under_a_toolbar_stays_above_the_body():
    text = page("【字号　大　中　小】", "🔊 听全文", "00:00 / 20:40", "", "国务院办公厅关于印发", "",
                "国 家 粮 食 应 急 预 案 的 函", "", "国办函〔2005〕57号", "",
                "　　各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "",
                "　　《国家粮食应急预案》已经国务院同意，现印发给你们，请认真实施。")
    gone = removed(text)
    assert 5 not in gone and 7 not in gone, gone
    assert {1, 2, 3} <= set(gone)


def test_a_speech_closing_between_comment_floors_stays():
    closing = ("各位代表！使命催人奋进，实干开创未来。让我们更加紧密地团结在一起，牢记嘱托、只争朝夕、善作善成，"
               "奋力谱写新篇章！")
    text = page(BODY, "", BODY2, "", "3楼　2025-02-18 12:39", "└ 老张说事 回复 sunny_day：好帖，必须顶", "",
                closing, "", "⋯ 更多", "今天也要加油　发表于 2025-02-18 10:21　只看该作者", "回复 橘子汽水：",
                "写得好　赞(12)", "4楼 路人甲：学习了")
    gone = removed(text)
    assert 8 not in gone, gone


def test_bare_file_names_and_their_header_go_an_annex_list_without_extensions_stays():
    text = page(BODY, "", BODY2, "", "附件：", "1. 某市政府工作报告（图解版）.docx", "2. 名词解释.pdf", "", BODY, "",
                "附件：1．2025年重点工作任务分解表", "2．主要指标完成情况")
    gone = removed(text)
    assert gone.get(5) == gone.get(6) == gone.get(7) == "attachment"
    assert not {1, 3, 9, 11, 12} & set(gone), gone
