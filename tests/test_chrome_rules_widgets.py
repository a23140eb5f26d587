"""Page widgets the chrome rules (textlab.chrome) remove by shape (issue 14, fifth round, point 2):
consent notices, app banners, media-player residue, picture captions, watermarks, reward buttons.

Each widget is written here in shapes that vary the words (the rules must not depend on one
site's strings), and each test also keeps the document lines that share words with the widgets
(a sentence about videos, a photo exhibition, a masked name ×××).
"""

from __future__ import annotations

import pytest

from textlab import chrome as K
from textlab import cleaning as C

from rule_pages import BODY, BODY2, goes_between, page, removed, stays_between  # tests/rule_pages.py


@pytest.mark.parametrize("line,reason", [
    ("本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意。", "cookie"),
    ("我们使用 cookies 保障网站正常运行。[我知道了]", "cookie"),
    ("隐私政策更新提示：请阅读并同意《隐私政策》后继续使用。", "cookie"),
    ("打开APP，查看完整内容", "app_banner"),
    ("在客户端内阅读更流畅", "app_banner"),
    ("继续在浏览器阅读", "app_banner"),
    ("打开某某新闻，阅读体验更佳", "app_banner"),
    ("您的浏览器不支持 audio 元素。", "video"),
    ("当前设备不支持播放，请更换浏览器", "video"),
    ("音频加载中...", "video"),
    ("倍速　0.5x　1.0x　1.5x", "video"),
    ("清晰度：超清 | 高清 | 标清", "video"),
    ("▶ 播放　00:00/12:31", "video"),
    ("本文共5120字，预计阅读时间12分钟，可点击收听", "video"),
    ("[视频] 三分钟看懂今年的政府工作报告", "video"),
    ("图为代表们在分组审议现场。王小明 摄", "caption"),
    ("（图片来源：某某融媒体中心）", "caption"),
    ("代表认真审议报告。（李四/摄）", "caption"),
    ("点击图片查看大图", "caption"),
    ("共8张图片", "caption"),
    ("仅供个人学习参考，请勿用于商业用途", "watermark"),
    ("作者已设置赞赏，感谢支持！", "reward"),
    ("摄影：胡娟凯", "caption"),
    ("大会现场（摄影：吴琳永）", "caption"),
    ("🔊 语音播报", "video"),
    ("△ 资料图：盐城街景。", "caption"),
    ("长按识别图片", "caption"),
    ("【编者按】今天，我们一起学习今年的政府工作报告。以下内容有删节，请以官方发布为准。", "intro"),
    ("核心提示：报告提出了今年经济社会发展的主要预期目标和重点工作。", "intro"),
    ("—— 全文 ——", "intro"),
    ("现将报告全文刊发如下。", "intro"),
    ("附件下载：2025年某省政府工作报告.wps（3.0MB）", "attachment"),
    ("【附件】民生实事项目清单.pdf  下载次数：2788", "attachment"),
])
def test_widget_line_in_the_middle_of_the_body_goes(line, reason):
    goes_between(line, reason, BODY, BODY2)


@pytest.mark.parametrize("line", [
    "组织党员集中观看专题视频，收听形势政策报告，并开展交流研讨。",
    "开展“红色影像”摄影展，展出作品120幅。",
    "推动政务服务APP与线下窗口融合，实现“一网通办”。",
    "图书馆全年接待读者15万人次。",
    "×××",
    "二、做实为民服务",
    "坚持以人民为中心的发展思想。",
    "3月1日，全县作风建设大会召开。县委书记×出席会议并讲话。现将讲话全文刊发如下。",
    "图1 汽车号牌编码规则",
    "附件：1．2024年民生实事项目",
    "值得赞赏的做法",
    "推广使用“浙里办”APP",
    "（三）推广使用政务服务APP",
    "组织开展摄影",
    "开展语音播报服务",
    "部分老旧设备不支持远程办理，需到窗口现场办理。",
])
def test_document_lines_sharing_widget_words_stay(line):
    stays_between(line, BODY, BODY2)


def test_app_banner_and_player_blocks_at_the_page_edges():
    text = page("为了给您提供更好的服务，本网站会使用Cookie技术。", "同意　拒绝", "打开APP", "立即打开",
                "关于做好社区服务工作的通知", BODY, "语速：1.0x", "🎧 听全文 12:08", BODY2,
                "下载某某客户端，看更多深度报道", "本资料来源于网络，仅供个人学习")
    got = removed(text)
    assert got[1] == "cookie" and got[3] == "app_banner" and got[4] == "app_banner"
    assert got[7] == "video" and got[8] == "video" and got[10] == "app_banner" and got[11] == "watermark"
    assert 5 not in got and 6 not in got and 9 not in got


def test_widget_shapes_are_bounded():
    # a long line is never a widget, whatever words it has
    long = "打开APP" + "，" + BODY * 2
    assert K._widget(long) == ""
    assert K._widget("打开APP") == "app_banner"


# ---------------------------------------------------------------------------- comment floors


def test_comment_floor_after_the_body_goes_to_the_page_end():
    text = page(BODY, BODY2, "精选留言", "青禾君　湖北", "这篇总结得很到位，条理清楚，值得反复学习。", "赞(12)",
                "用户6606891165 回复 青禾君：同感，已收藏。", "3楼 晨光微露", "希望多关注一下农村养老的问题，现在很多老人看病还是不方便。",
                "2小时前", "Copyright © 2026 某某网 版权所有")
    got = removed(text)
    assert 1 not in got and 2 not in got
    assert all(got.get(i) == "comments" for i in range(3, 11))


def test_forum_floor_without_header():
    text = page(BODY, BODY2, "2楼 momo_橘子56", "引用 大白石头 的回复：", "> 我觉得有些提法已经过时了，要结合最新精神。",
                "楼主能不能把前面的部分也补上？谢谢啦。", "4楼", "用户9218240465", "感谢楼主分享，正好需要！")
    got = removed(text)
    assert 1 not in got and 2 not in got
    assert set(range(3, 10)) <= set(got)


def test_paragraphs_between_an_author_line_and_the_comments_stay():
    # a Q&A answer: the answer's author line carries a floor mark, but two paragraphs of prose
    # in a row are the body, not comments
    text = page("用户5298126754", "机关工作者", BODY + BODY, BODY2 + BODY2, BODY,
                "6楼 用户8740006352", "引用 用户5970688398 的回复：", "「收藏了，年底写总结的时候可以借鉴一下。」", "#7 拾光徐来：感谢分享！")
    got = removed(text)
    assert 3 not in got and 4 not in got and 5 not in got
    assert {6, 7, 8, 9} <= set(got)


def test_a_table_of_provinces_and_numbers_is_no_comment_floor():
    rows = ["省（市）", "招生人数"] + [x for prov in ("北京", "江苏", "上海", "浙江", "山东") for x in (prov, "100", "120")]
    text = page(BODY, BODY2, *rows)
    assert removed(text) == {}


# ------------------------------------------------------------------ link lists in the middle


def test_marked_list_under_a_related_header_goes_even_with_sentences():
    text = page(BODY, "热点推荐", "• 在全市组织工作会议上的讲话", "02-05", "• 县政协委员：为职业教育建言献策。详情请见附件。",
                "10-09", "• 全市市场主体突破78万户，同比增长12.3%。", "05-02", BODY2)
    got = removed(text)
    assert set(got) == set(range(2, 9))
    assert C.clean(text, chrome_model=False) == page(BODY, BODY2)


def test_list_header_by_shape_over_numbered_items():
    text = page(BODY, "◆ 一周热读", "1. 多地领导干部学习贯彻两会精神", "2. 图解｜今年政府工作报告里的民生实事",
                "3. 我市领导干部赴基层调研。", BODY2)
    got = removed(text)
    assert set(got) == {2, 3, 4, 5}


def test_numbered_paragraphs_after_a_heading_stay():
    # a heading of the document over numbered items: no related header, so no link list
    text = page(BODY, "主要工作", "1. 持续推进老旧小区改造，今年完成改造120个小区。", "2. 新建城市公园8个。", BODY2)
    assert removed(text) == {}
    # and a list-like header over items of two kinds is not one list either
    text = page(BODY, "专题聚焦", "1. 持续推进老旧小区改造", "• 新建城市公园8个", BODY2)
    assert removed(text) == {}


def test_the_speaker_under_a_title_stays_next_to_chrome():
    # the post and the name between a subtitle and an ad, and a name over the greeting after a
    # player: structure of the speech, not menu items
    text = page("关于今年政府工作的报告", "——2017年3月5日在第十二届全国人民代表大会第五次会议上", "国务院总理", "李克强",
                "[ 广告 ] 零基础学Python，7天入门", "各位代表：", BODY)
    got = removed(text)
    assert 3 not in got and 4 not in got and got.get(5) == "ad"
    text = page("在第一届全国人民代表大会第四次会议上", "00:00 / 07:09", "已播放 6822 次", "周恩来", "各位代表：", BODY)
    got = removed(text)
    assert 4 not in got and {2, 3} <= set(got)
