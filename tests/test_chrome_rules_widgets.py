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

BODY = "会议要求，各级党组织要聚焦群众急难愁盼问题，推动资源力量向社区下沉，确保各项任务落地见效。"
BODY2 = "一年来，全市新建党群服务中心12个，选派186名机关干部到社区报到服务，基层治理水平明显提升。"


def removed(text: str) -> dict[int, str]:
    return {r.lineno: r.reason for r in C.clean(text, report=True, chrome_model=False).removed}


def page(*lines: str) -> str:
    return "\n".join(lines)


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
])
def test_widget_line_in_the_middle_of_the_body_goes(line, reason):
    text = page(BODY, line, BODY2)
    assert removed(text) == {2: reason}
    assert C.clean(text, chrome_model=False) == page(BODY, BODY2)


@pytest.mark.parametrize("line", [
    "组织党员集中观看专题视频，收听形势政策报告，并开展交流研讨。",
    "开展“红色影像”摄影展，展出作品120幅。",
    "推动政务服务APP与线下窗口融合，实现“一网通办”。",
    "图书馆全年接待读者15万人次。",
    "×××",
    "二、做实为民服务",
    "坚持以人民为中心的发展思想。",
])
def test_document_lines_sharing_widget_words_stay(line):
    text = page(BODY, line, BODY2)
    assert removed(text) == {}


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
