"""Page furniture the chrome rules (textlab.chrome._furniture, _misdecoded) remove by its form
(issue 14, fifth round, second part): the lines a platform puts around a copy: search-engine cache
banners, consent prompts, "open in …" links, swipe hints and photo credits, internal-use marks,
site disclaimers and tips, the editor talking about the copy (小编…, （未完，见下页）), tables of
contents (a heading behind a bullet, a page number behind a leader), attachment file lines with
size and buttons, sponsored lines, scan noise, and mojibake of any of the usual wrong decodings.

The lines are written here in words of our own (the rules must not depend on one site's strings);
each test also keeps document lines that share words with the furniture, and the seeds and corpus
texts must not meet any of the new shapes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from textlab import chrome as K
from textlab import cleaning as C

ROOT = Path(__file__).resolve().parents[1]
from rule_pages import BODY, BODY2, goes_between, page, removed, stays_between  # tests/rule_pages.py


@pytest.mark.parametrize("line,reason", [
    ("这是 Google 对 http://www.example.gov.cn/art/2023/5/2/art_1.html 的缓存。", "cache_banner"),
    ("以下是该网页在北京时间 2021年03月02日 08:15 的快照；", "cache_banner"),
    ("这些搜索字词已醒目显示：报告　全文", "cache_banner"),
    ("The Wayback Machine - https://web.archive.org/web/2020/http://www.example.cn/", "cache_banner"),
    ("我们依据相关法律制定了《服务协议》和《隐私政策》，请您仔细阅读。", "cookie"),
    ("是否允许发送通知？", "cookie"),
    ("“某某新闻”想访问您的位置", "cookie"),
    ("在某某新闻中打开", "app_link"),
    ("前往APP看完整回放", "app_link"),
    ("某某客户端 · 阅读体验更佳", "app_link"),
    ("◀ 左右滑动查看更多 ▶", "caption"),
    ("（上下滑动阅读）", "caption"),
    ("（图3）", "caption"),
    ("（AI生成图片，仅作示意）", "caption"),
    ("新落成的便民服务站　摄影 何晓东", "caption"),
    ("▲ 志愿者在社区开展义诊。", "caption"),
    ("机关党委　内部学习资料", "watermark"),
    ("内部资料　请勿外传", "watermark"),
    ("本站部分文章来自网络，仅供学习交流使用。", "disclaimer"),
    ("本号推送的内容仅供参考，如涉版权请联系删除。", "disclaimer"),
    ("本文已开启原创保护", "disclaimer"),
    ("【温馨提示】复制全文请先登录。", "notice"),
    ("友情提示：页面显示不全时请刷新浏览器。", "notice"),
    ("小编把报告原文整理好了，快来学习吧！", "intro"),
    ("（以上为报告摘要节选）", "intro"),
    ("（未完，见下页）", "intro"),
    ("划重点！这些变化和你有关", "intro"),
    ("三、加强政府自身建设 ………… 12", "toc"),
    ("▸ 二、今年工作安排", "toc"),
    ("【本文目录】", "toc"),
    ("[三、今年工作安排](#part3)", "toc"),
    ("附件2：项目清单.xlsx　(88.5KB)　下载　预览", "attachment"),
    ("📎 附件", "attachment"),
    ("（12.5KB）", "attachment"),
    ("赞助内容", "ad"),
    ("公文写作训练营 (限时99元)", "ad"),
    ("、", "scan_noise"),
    ("今天，市十六届人大三次会议开幕，市长作政府工作报告。本栏目全文推送，请认真学习。", "intro"),
    ("重要报告全文来了👇", "intro"),
    ("#两会时间# #民生实事#", "metadata:tags"),
    ("Tags: 报告, 民生, 高质量发展", "metadata:tags"),
    ("星标⭐某某发布，第一时间获取权威信息", "follow"),
    ("订阅“某某学习平台”，获取更多学习资料", "follow"),
    ("本篇有效学习时长需满 60 秒", "study_points"),
    ("附件3：责任分工表.wps", "attachment"),
    ("附件(2个)", "attachment"),
    ("图丨王晓光", "caption"),
    ("（图：某某社）", "caption"),
    ("IMG_1024.JPG", "caption"),
    ("图片已失效", "caption"),
    ("显示全部 ∨", "paywall"),
    ("…（展开）", "paywall"),
    ("返回顶部 ↑", "footer"),
    ("客服QQ：12345678　工作时间：9:00-17:30", "footer"),
    ("视频时长 3分12秒", "media"),
    ("♪ 原声 - 某某广播电台", "media"),
    ("< 1 2 3 … 7 >", "pagination"),
    ("共5页　跳转到 ___ 页", "pagination"),
    ("function backTop(){window.scrollTo(0,0);}", "markup"),
    ("[[TRS_EDITOR]]", "markup"),
    ("&lt;div&gt;", "markup"),
    ("Subject: Fw: 某市政府工作报告", "email_header"),
    ("某某党建网　欢迎您！", "welcome"),
    ("欢迎访问某某县人民政府门户网站", "welcome"),
    ("OCR识别结果（以原件为准）", "intro"),
])
def test_furniture_line_in_the_middle_of_the_body_goes(line, reason):
    goes_between(line, reason, BODY, BODY2)


@pytest.mark.parametrize("line", [
    "建立健全数据快照和备份管理制度，确保政务数据安全。",
    "三、加强政府自身建设",
    "（三）优化营商环境",
    "附件：1．2024年民生实事项目",
    "附件2：项目清单",
    "各地要加强个人信息保护，严格落实隐私政策要求。",
    "本网站由市人民政府办公室主办。",
    "温馨提示：请参会人员提前15分钟到场。",
    "内部审计工作取得新进展。",
    "……",
    "。",
    "一",
    "鼓励群众通过政务服务小程序办理业务。",
    "推动图书馆、文化馆开展线上导览服务。",
    "各级党组织要关注群众诉求，第一时间回应关切。",
    "附件：2024年重点项目清单",
    "学习时长不少于32学时。",
    "图1 汽车号牌编码规则",
    "展开",
    "（一）全面展开专项整治",
    "视频会议系统覆盖全部乡镇。",
    "主题：学习贯彻会议精神",
    "热烈欢迎各位代表！",
    "欢迎你们到基层来。",
])
def test_document_lines_sharing_furniture_words_stay(line):
    stays_between(line, BODY, BODY2)


def _lines(paths):
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.name, line


# the only lines of the seeds and written genre documents in a furniture shape: page lines of three
# web copies (g10_web_wenku_duizhao, w11_web_cunqilianjian, w12_web_jiguan_jianghua) among
# breadcrumbs, ads and related links, not the document's text; all but the first were removed by
# older shapes already
WEB_COPY_PAGE_LINES = {
    ("w12_web_jiguan_jianghua.txt", "扫码关注公众号，每日更新最新范文"),
    ("g10_web_wenku_duizhao.txt", "温馨提示：本站资料均来自网络，仅供学习参考。"),
    ("g10_web_wenku_duizhao.txt", "本站不拥有此文档的版权，如有侵权请联系我们。"),
    ("w11_web_cunqilianjian.txt", "免责声明：本站内容均由网友上传，仅供学习参考，如有侵权请联系删除。"),
}


def test_no_line_of_the_seeds_or_genre_documents_is_furniture():
    paths = sorted((ROOT / "seeds").rglob("*.txt")) + sorted((ROOT / "eval").glob("genres*/g*.txt"))
    assert len(paths) > 100
    keys_raws = list(_lines(paths))
    keys = C._line_keys([raw for _, raw in keys_raws])
    hits = {(name, raw.strip()) for (name, raw), key in zip(keys_raws, keys) if K._misdecoded(key) or K._furniture(key, raw)}
    assert hits == WEB_COPY_PAGE_LINES


def test_mojibake_of_a_seed_line_in_three_wrong_decodings():
    seed = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))[0]
    line = next(x for x in seed.read_text(encoding="utf-8").splitlines() if 12 <= len(x.strip()) <= 40).strip()
    assert not K._misdecoded(line)
    utf8_as_gbk = line.encode("utf-8").decode("gbk", errors="replace")
    gbk_as_big5 = line.encode("gbk").decode("big5", errors="replace")
    utf8_as_latin = line.encode("utf-8").decode("cp1252", errors="replace")
    for bad in (utf8_as_gbk, gbk_as_big5):
        assert K._misdecoded(C._line_keys([bad])[0]), bad
        assert removed(page(BODY, bad[:40], BODY2)) == {2: "mojibake"}
    assert removed(page(BODY, utf8_as_latin[:60], BODY2)).get(2) == "mojibake"


def test_open_in_links_take_no_menu_line_beside_them():
    # a page of short headings (a table copied line by line) keeps its cells next to an
    # "open in the app" link: the link is not a widget that takes its short neighbours
    text = page("A匝道合流点", "", "B匝道桥界址点坐标", "", "坐标", "", "前往APP观看直播回放", "", "编号", "",
                "行车方向左侧桥面边缘线")
    got = removed(text)
    assert got == {7: "app_link"}


def test_furniture_shapes_are_bounded():
    assert K._furniture("小编" + BODY * 3, "") == ""
    assert K._furniture("小编整理了全文", "小编整理了全文") == "intro"
    assert not K._misdecoded("鍦" + BODY * 4)
