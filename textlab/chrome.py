"""Page chrome by the shape of a line and its neighbours: ``chrome_reasons(keys, rules)``.

This module owns the decision which lines of a web copy are page chrome (navigation,
breadcrumbs, toolbars, metadata lines, share and QR blocks, paywalls, pagination, markup
residue, mojibake …) and why, and the metadata those lines carry (``line_meta``). It works on
the *keys* of the non-blank lines (``textlab.cleaning`` makes them: whitespace removed,
half-width ``,;:!?()`` full-width) plus the raw lines for separators, and returns one reason per
line (``""`` = content). ``textlab.cleaning.strip_boilerplate`` calls it.

The idea is jusText's, moved from HTML blocks to text lines:

1. Each line gets a class from its own shape: *strong* chrome (a rule of
   ``resources/boilerplate.txt`` or a shape rule here: separator-only lines, breadcrumbs,
   button rows ``【打印】【关闭】``, label-value metadata ``来源：…``, dates with a time, view
   counts, pagination ``- 3 -``, tags, mojibake …), *good* (a line that reads like body text:
   long, with sentence punctuation), *keeper* (a line that may be short but is document
   structure: a numbered heading, a greeting, a title naming a document type, a subtitle
   ``——…``, a date ``2018年11月5日``, a signature ``…人民政府``, a note ``（此件公开发布）``, a
   document number ``国发〔2018〕1号``), or *short* (short, no sentence punctuation: uncertain).
2. Short lines are decided by their neighbours: a short nav-like line next to strong chrome
   (through other such lines) is chrome; a run of three or more short nav-like lines in the head
   (before the first good line) or the tail (after the last one) is navigation; a label line
   ``时间：`` takes the value line after it; a numbered list whose first item is ``首页`` is a
   breadcrumb; the page title with a site suffix goes when the article title repeats it, or
   when it stands in the head or tail next to other chrome (``标题_某某网``, ``标题--要闻--某某网``,
   ``标题.docx - 某某文库``); a short line repeated at page breaks of a PDF copy (next to a page
   number, or at regular distances in a wrapped page) is a running header.
   Keepers and good lines are never removed by a neighbour; inside the body only very short
   lines (at most 4 characters) can be.
3. After the body (the last line of prose that is not itself a headline or a footer): a run of
   two or more headline-shaped lines (words without a semicolon, at most one comma; with bullets,
   numbers, dates, file names, counters, or several on one line) is a link list, with its header
   and 更多 line, unless the text announces it (``成员：``, 附件, a sentence going on) or a
   signature or date follows; short notice, promotion and footer lines (UI words, ad words,
   ©/ICP/地址/传真/phone numbers) go when chrome or another such line stands beside them. The
   document title shown again (``《…》``, ``【…】``, ``…（全文）``, ``全文｜…``, ``….docx``, a site
   suffix, or the bare title twice) is compared by its title words; one bare copy stays.
4. Page widgets by their shape, anywhere on the page (``_widget``): consent notices (Cookie,
   《隐私政策》), app banners (打开APP…, …客户端内阅读, 继续在浏览器阅读), media-player residue
   (浏览器不支持…, 加载中, rows of player controls 倍速 1.0x / 00:00 / 清晰度, [视频]…), picture
   captions (图为…, …摄, 图片来源, 点击图片查看大图), editor's notes (编者按：, 导读：, —— 全文 ——),
   attachment downloads (a file name with its size or download count), watermarks (仅供学习…请勿
   商用) and reward buttons (赞赏). Player, banner and consent lines take short menu lines
   beside them outside the body, never a piece of a paragraph inside it.
5. Blocks: a list under a related header anywhere on the page (one kind of list mark on two or
   more items, dates between, items may end like sentences; headers also by shape: …推荐,
   …回顾, …热读, …排行), and comment floors after the body (floor numbers 2楼, 引用…的回复,
   a user with a province, 赞(36), 9小时前; at least three of them, one in four lines, reaching
   the page end through chrome; two paragraphs of prose in a row are the body).

6. Page furniture by its form (``_furniture``), where nothing above spoke: the lines a platform
   puts around a copy, sentence-shaped or not: search-engine cache banners (…的快照, …的缓存),
   consent prompts (《用户协议》和《隐私政策》, 是否允许发送通知), "open in" links (在某某中打开),
   follow prompts (星标…第一时间获取…), swipe hints and picture credits (◀ 左右滑动查看 ▶, 图丨某某,
   …　摄影 某某), internal-use marks (内部资料　注意保存), site disclaimers and tips naming the site
   or a UI act (本站…仅供…, 本文已开启原创保护, 温馨提示：复制内容请先登录), the account talking
   about its copy (小编…, （未完，见下页）, 本栏目全文推送), tables of contents (a heading behind a
   list bullet, a page number behind a dot leader or a tab), attachment file lines (a file name
   with size or buttons, 附件2：清单.wps), hashtag lines, study-platform counters, sponsored lines
   and scan noise (、 ~ alone). Last, mojibake of a wrong decoding (``_misdecoded``): UTF-8 read
   as GBK, GBK as Big5, UTF-8 as Latin-1, found by reading the characters back the other way.

7. The neighbourhood before a short line is called navigation or a related list: the cells of
   a table of the document (a column or row name 编号 / 坐标 / 1995年招生人数, a unit line 单位：人,
   a header spaced out 说 明, with two more such cells within eight lines) and the pieces of a
   quotation cut at a line end (”的政策。“ / the line after an opening “) are held like keepers,
   even with player, ad or app chrome between them; a title (or its first half) standing over
   the body's first line through title lines, a subtitle, a date, a number or a greeting is not
   taken by a toolbar above it; a speech's closing paragraph opening with its greeting is no
   comment floor. By form: AI-summary widgets (✨ 智能总结 / AI 帮你读： and the line under them,
   内容由AI生成), stamped watermarks (仅供内部学习使用, 文档编号：…, a sharing site's stamp), bare
   file names on their own line with their 附件： / 原文下载： header (after the page-title rules).

8. Round seven, by form (``_widget_more``, where nothing above spoke): chat robots (a bot's
   greeting 您好，我是…小助手, 有什么可以帮您, 智能问答 / 智能客服 headers, 猜你想问：…, an input
   box 输入问题，如…, and the quick questions under 你可以这样问：), player notices (移动网络, 加载失败,
   嵌入内容无法显示, [iframe], English browser notices, a duration （时长60分12秒）), leads with a
   source or a platform's mark (据…消息，…现将全文转载如下。, 划重点：, ▌编者按 …, 学习笔记｜,
   a forum poster's 搬运过来 / 占楼 / 坛友), sponsored lines by label or sales words (赞助内容：,
   推广　…, …　广告, 首付…万起, ¥117), platform disclaimers (本文内容由网友自发贡献…, …以正式文件为准),
   reader watermarks (IP:…, 下载人：…, a name with a number or a phone, a name repeated with a date),
   attachment widgets (相关附件（2）, 附件预览, a row of the download table, a file with size and
   buttons; 附件： alone only over a file line that went), and the leftovers of mobile, forum and
   文库 copies (client icons ‹ ⋮ ✕, 人民日报 · 01-25 16:53, 展开剩余63%, ratings, weather and search
   bars, forum post bars). They are given last in a pass (``_late_widgets``), to lines nothing
   else took: the neighbour rules of the pass see the page as before (a robot's greeting or a
   disclaimer still marks prose, an ad line starts no chain of menu lines, a disclaimer is no
   evidence for a link list above it).

Where the evidence is weak the line stays: a run after the body that reads like the body (an
ordinal heading 第二，/ 八是…, a quotation opening ”…：“, a title cut in two ending in a
document type), a label whose value went already, the speaker under a title (国务院总理 / 李克强).

Everything is one or two passes over the lines with bounded regular expressions: linear time.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["META_KEYS", "chrome_reasons", "line_meta", "iso_date"]

META_KEYS = ("page_title", "site", "source", "date", "author", "editor", "views", "doc_number", "index_number",
             "issuer", "subject")

_IDEO = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_IDEO}]")
_SENT_END = "。！？；…!?;"
_CLOSERS = "”’」』）)》]】〕"

# ------------------------------------------------------------------------------- shapes

_SEP_ONLY = re.compile(r"[>›»→/\\|｜·•]{1,3}|[【】]{1,2}|&gt;|[-_=*#~～.]{3,80}|[◆◇■□▲△▼▽●★☆▌▍▎◎※♦♢]{1,20}")
_CRUMB_SEP = re.compile(r">|›|»|→|&gt;|\\|/")
_NAV_SEP = re.compile(r"[|｜·•]")
_BUTTON = re.compile(r"[【\[［〔]([^【】\[\]［］〔〕]{1,10})[】\]］〕]")
_BUTTONS_ONLY = re.compile(r"(?:[【\[［〔][^【】\[\]［］〔〕]{1,10}[】\]］〕][|｜/·]?){1,12}")
_NUMBERED_ITEM = re.compile(r"(\d{1,2})[.．、](.{1,12})")
_HOME = re.compile(r"(?:网站)?首页|主页|首頁|Home|HOME")

_META_LABELS = {
    "source": r"来源|来自|信息来源|稿件来源|文章来源|新闻来源|内容来源|发布机构|发布单位|来源单位|出处|转自|供稿|稿源|本文来源|文章出处",
    "date": r"成文日期|发布日期|时间|日期|发布时间|发布日期|发表时间|更新时间|发稿时间|录入时间|上传时间|发表日期|更新日期|publish",
    "author": r"作者|撰稿|撰文|文字|文|记者|通讯员|上传者|贡献者|发布者|发布人|上传人",
    "editor": r"责任编辑|编辑|责编|审核|校对|编审|审校|终审|初审|复审|值班编辑|网络编辑",
    "views": r"浏览次数|浏览量|浏览|点击数|点击量|点击|阅读量|阅读数|阅读次数|阅读|访问量|访问次数|人气|热度",
    "doc_number": r"发文字号|文号",
    "index_number": r"索引号",
    "issuer": r"发文机关|发布机关",
    "subject": r"主题分类",
    "tags": r"主题词|体裁分类|分类|标签|关键词|所属栏目|栏目|原标题|功能介绍",
    "caption": r"图片来源|图源|图片|摄影|摄像|视频来源|图文",
    "docinfo": r"页数|文档页数|大小|文件大小|格式|文档格式|文件格式|下载次数|下载券|评分|积分|价格|售价|文档价格|下载价格",
}
_LABEL_FIELD: dict[str, str] = {}
for _field, _alts in _META_LABELS.items():
    for _label in _alts.split("|"):
        _LABEL_FIELD.setdefault(_label, _field)
_LABEL_ALT = "|".join(sorted(_LABEL_FIELD, key=len, reverse=True))
_LABEL_LINE = re.compile(rf"[【\[（(]?({_LABEL_ALT})[】\]）)]?(?:[：:]|[|｜丨](?=.{{1,20}}$))(.{{0,80}})")
_LABEL_ANY = re.compile(rf"({_LABEL_ALT})[：:]")
_LABEL_ALONE = re.compile(rf"[【\[]?({_LABEL_ALT})[】\]]?[：:]?")

_YMD = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_YMD_RE = re.compile(_YMD)
_YM_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?")
_TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_WEEKDAY = r"(?:星期|周|礼拜)[一二三四五六日天]"
_DATE_ONLY = re.compile(rf"[\[【（(]?(?:{_YMD}|\d{{4}}[-/.]\d{{1,2}})[\]】）)]?(?:{_TIME})?(?:{_WEEKDAY})?(?:{_TIME})?")
_DATETIME = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")
_DATE_VALUE = re.compile(r"\d|[〇零一二三四五六七八九十○Ｏ]{1,4}[年月日]|[昨今前]天|小时前|分钟前|刚刚")
_ISO_DATE = re.compile(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?")
CN_DATE = re.compile(r"[（(]?(?:\d{4}|[〇零一二三四五六七八九○Ｏ]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?[）)]?")
_VIEWS = re.compile(
    r"(?:阅读|浏览|点击|访问|人气|热度|播放)(?:量|数|次数)?[：:]?[(（]?\d[\d,万wW+.]*[)）]?次?"
    r"|\d[\d,万wW+.]*(?:次|人)?(?:阅读|浏览|点击|访问|看过|收藏|下载|点赞|评论)(?:量|数)?"
)
_PAGINATION = re.compile(
    r"[-—－_–·•]{1,3}\d{1,4}[-—－_–·•]{1,3}|第\d{1,4}页(?:[/，,]?共\d{1,4}页)?|共\d{1,4}页(?:[/，,]?第\d{1,4}页)?"
    r"|\d{1,4}/\d{1,4}(?:页)?|第[一二三四五六七八九十]{1,3}页|[Pp](?:age)?\.?\d{1,4}|(?:Page|PAGE|page)\d{1,4}(?:of|/)\d{1,4}"
    r"|(?=.{0,80}(?:上一页|下一页|尾页|末页))(?:上一页|下一页|首页|尾页|末页|\d{1,3}|…|\.\.\.){2,20}"
)
_MARKUP = re.compile(
    r"(?:</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>|&(?:nbsp|amp|lt|gt|quot|#\d{1,6});?|<!--.{0,200}-->)+"
    r"|\|?(?::?-{2,}:?\|){1,20}:?-{0,}:?|\|{1,}|!\[[^\]]{0,80}\]\([^)]{0,250}\)|```.{0,20}|#{1,6}"
)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
_MOJIBAKE_CHARS = re.compile("[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_FFFD_RUN = re.compile("\ufffd{2,}|(?:\ufffd[^\ufffd]?){3,}")
_DOUBLE_DECODED = re.compile("锟斤拷|烫烫烫|屯屯屯")

_TOOLBAR_WORDS = re.compile(
    r"(?:字号|字体|字体大小|文字大小|字号大小|大字号|中字号|小字号|大号|超大号|大|中|小|默认|标准|特大|超大|A\+|A-|A|T|放大|缩小|重置|打印|打印本页|打印此页|打印文章|打印页面|打印此文|"
    r"打印该页|我要打印|关闭此页|"
    r"关闭|关闭窗口|关闭本页|关闭页面|下载|下载文档|下载全文|下载附件|立即下载|全屏|全屏阅读|退出全屏|收藏|加入收藏|收藏本页|"
    r"已收藏|保存|另存为|保存为PDF|另存为PDF|导出PDF|下载PDF|复制|复制链接|纠错|我要纠错|报错|朗读|语音播报|播报|听全文|视力保护色|护眼模式|背景色|"
    r"返回|返回顶部|回到顶部|顶部|TOP|返回首页|返回列表|上一篇|下一篇|上一条|下一条|点赞|评论|举报|反馈|赞|踩|"
    r"分享|转发|分享到|微信|微博|QQ|QQ空间|朋友圈|新浪微博|抖音|今日头条|百度|更多|更多>>|查看更多|加载更多|展开|收起|"
    r"展开全文|阅读全文|查看原文|下载本文档|下载此文档|我要评论|发表评论|(?:登录后?)?参与评论|\d{1,6}条评论|登录|注册|退出|简体|繁体|繁體|English|无障碍|长者模式|关怀版|大字版|适老化|智能问答|个人中心|"
    r"我的|客户端|APP下载|APP|搜索|站内搜索|高级搜索|热搜|二维码|扫码|扫一扫|手机版|手机看|电脑版|PC版|RSS|订阅|"
    # WeChat article chrome (party-building copies often come from public accounts)
    r"阅读原文|原文链接|在看|写留言|留言|听过|知道了|取消|允许|原创|收录于合集|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|"
    r"预览时标签不可点|喜欢此内容的人还喜欢|微信扫一扫关注该公众号|微信扫一扫使用小程序|分享收藏|点赞在看|赞在看)"
    r"(?:[(（]\d{1,6}[)）]|\d{1,6})?[|｜/·:：]?"
)
_QR = re.compile(
    r".{0,20}(?:二维码|扫一扫|点击上方|点击蓝字|关注我们|扫码|扫描|手机上?(?:打开|浏览|阅读|查看|看)|在手机|移动端|手机端|微信(?:打开|阅读|关注)|"
    r"关注(?:我们|公众号|微信公众号)|公众号|微信号|小程序).{0,30}"
)
_SHARE = re.compile(
    r"(?:打印|关闭|收藏|[|｜/·]){0,6}(?:一键)?(?:分享|转发)(?:到|至|给)?[：:]?"
    r"(?:微信好友|微信|朋友圈|微博|QQ空间|QQ好友|QQ|新浪微博|腾讯微博|抖音|今日头条|豆瓣|好友|更多|[|｜/·+]){0,12}"
)
_AD = re.compile(
    r"[-—–·]{0,4}[【\[（(]?(?:广告|广告位|广告位招租|广告招商|推广|赞助|AD|Ad|ad|自定义文本|自定义内容|此处为?(?:自定义|广告).{0,10}|"
    r"请?输入(?:自定义)?文本|占位符?|图片|图片占位|视频|placeholder|Placeholder|PLACEHOLDER|视频加载中.{0,6}|"
    r"请点击播放|点击播放|您的浏览器不支持.{0,20}|请升级浏览器.{0,20})[】\]）)]?\d{0,3}[-—–·]{0,4}"
)
_PAYWALL_STRONG = re.compile(
    r"隐藏内容|内容已隐藏|需要权限|权限查看|权限才能|无权查看|会员特权|会员专享|会员可见|开通会员|升级会员|开通VIP|VIP(?:会员|专享|免费|下载)|"
    r"下载券|试读结束|试读已结束|预览已?结束|内容试读|完整(?:文档|版|内容)请?下载|下载后查看|下载前请|购买前请|免费试读|可试读|试读\d|剩余\d{0,4}页未读|还剩\d{0,4}页|继续阅读|展开全文|阅读全文|付费(?:内容|阅读|查看|下载)|需要付费|"
    r"本文档共\d{1,4}页|免费阅读前|下载完整版|完整版下载|全文下载|开通VIP|"
    r"可复制(?:下载|编辑)|复制下载|下载编辑|参考指南|用户上传|网友上传|"
    r"(?:本|此)(?:文档?|站|资料|内容)?(?:仅供参考|仅供学习)|如有侵权|侵权(?:请|必删|删除|联系)|"
    r"登录后(?:查看|阅读|下载|复制)|立即下载|免费下载|下载文档|下载全文|文档格式|文档页数|文档大小"
)
_RELATED = re.compile(
    r"[【\[]?(?:相关(?:报道|新闻|链接|阅读|文章|推荐|稿件|内容|专题|文档|资料|范文|下载|解读|政策|信息)|延伸阅读|推荐阅读|更多阅读|"
    r"热门推荐|热门文章|热门关注|热门阅读|热点推荐|更多精彩|精彩阅读|为您推荐|热点新闻|猜你喜欢|往期回顾|往期推荐|精彩推荐|编辑推荐|热门搜索|"
    r"最新文章|最新发布|最新动态|精选文章|[你您]可能(?:还)?(?:喜欢|感兴趣|关注|想看)(?:的(?:文档|文章|内容|资料))?|为你推荐|大家都在看|看了本文的人还看了|"
    r"相似文档|相关搜索|同类文章|热门标签|本文标签|标签|专题推荐|(?:热点|阅读|点击|热门|文章|本周|本月|新闻)?排行榜?)[】\]]?[：:>》]*(?:更多>*)?"
)
_ANY_SUFFIX = re.compile(r"(.{4,80}?)(?<!\d)[_\-—–|｜·－]{1,2}(?!\d)([^_\-—–|｜·－。！？；，]{2,24})")
_SITE_SUFFIX = re.compile(
    r"(.{4,80}?)[_\-—–|｜·:：－]{1,2}((?:[^_\-—–|｜·－]{1,24})"
    r"(?:网|政府|人民政府|门户网站|网站|客户端|文库|日报|晚报|新闻|在线|平台|频道|之窗|党建|组织部|办公室|办公厅|中心|资讯|百科|"
    r"范文|文章|文档|号|网站群|官网|首页|Net|net|NET|com|COM|cn|CN))"
)
_DOC_NUMBER = re.compile(r".{0,12}[〔\[［(（【]\d{4}[〕\]］)）】]\d{1,5}号")
_HEADING = re.compile(
    r"[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节部分条篇编款]|[一二三四五六七八九十]{1,3}是|附件|附表|附录"
)
_GREETING = re.compile(
    r".{0,30}(?:同志们|代表们|各位代表|各位领导|各位来宾|各位委员|各位嘉宾|朋友们|女士们|先生们|同学们|老师们|各位同仁|"
    r"尊敬的|亲爱的|各位).{0,20}[：:！!，,]"
    r"|[\u4e00-\u9fff·]{2,12}等?\d{0,3}名?(?:位)?(?:代表|委员)[：:]"  # the addressees of a reply: 周桂英等代表：
)
_TITLE_WORDS = re.compile(
    r"讲话|报告|发言|材料|意见|方案|通知|通告|公告|决定|计划|总结|致辞|体会|纲要|说明|汇报|交流|演讲|规划|决议|述职|心得|批复|"
    r"复函|函|办法|规定|条例|细则|要点|纪要|公报|讲稿|党课|倡议书|承诺书|检查|剖析|对照|措施|实施|工作|会议|推进|建设"
)
_SIGNATURE = re.compile(
    r".{1,30}(?:人民政府|政府|办公厅|办公室|国务院|中央|委员会|党委|党组|党支部|总支部|支部|党工委|组织部|宣传部|纪委|监委|"
    r"局|厅|部|署|委|院|会|处|所|中心|集团|公司|学校|大学|学院|医院|街道|社区|乡|镇|村|县|区|市|省)"
)
_SUBTITLE = re.compile(r"[—\-－]{1,2}.{2,60}|[（(].{2,80}[）)]")
_NAV_WORD = re.compile(
    r"(?:网站)?首页|主页|新闻|要闻|动态|公开|信息|公告|通知|政务|服务|互动|专题|专栏|概况|领导|机构|文件|政策|解读|办事|"
    r"数据|统计|党建|组织|宣传|纪检|工作|频道|栏目|中心|视频|图片|图说|时政|国内|国际|地方|财经|评论|文化|教育|"
    r"网站地图|联系我们|关于我们|网站声明|隐私|帮助|导航|微博|微信|新媒体|手机版|"
    r"范文|总结|报告|计划|心得|体会|讲话|材料|汇报|演讲稿|致辞|方案|意见|调研|述职|党课|资料|文库|下载|考试|作文"
)

_FOOTER = re.compile(r"(?:主办|承办|主管|协办)(?:单位)?[：:].{1,60}(?:承办|主管|协办|技术支持|运维|维护|联系|地址|电话|ICP|网站标识码)|(?:技术支持|运维单位|网站维护|维护单位)[：:]")
_SITE_BANNER = re.compile(r"文库|文档分享|分享平台|共享平台|知识共享|原创力|范文网|公文网|海量范文|海量文档|一键下载|资料下载站|文档下载")
_BYLINE = re.compile(  # 市长  王建华, 县委书记 张建国: the speaker under a title
    rf"[{_IDEO}]{{0,12}}(?:省长|市长|县长|区长|州长|书记|主任|部长|局长|厅长|主席|理事长|总经理|校长|院长|镇长|乡长|"
    rf"支书|委员|代表|同志)[{_IDEO}×·]{{1,4}}"
)
_NEWS_BYLINE = re.compile(
    r"(?:本报讯|本网讯|[\u4e00-\u9fff]{2,6}(?:社|网|台|报)[\u4e00-\u9fff]{0,6}电)?[（(](?:(?:特约|见习|实习)?记者|通讯员|实习生|融媒体记者)(?!问|提问|会|招待|节|站)"
    r"[^（）()]{1,40}[）)]"
)
_END_MARK = re.compile(r"[（(【\[]?(?:完|全文完|END|end|End)[）)】\]]?|[-—－]{1,2}(?:完|END)[-—－]{1,2}")
_KEEP_WORDS = re.compile(r"附件|附表|附录|目录|结束语|结语|前言|序言|引言|后记|此件公开发布|此件不公开|(?:联系人|联系电话)：")


def iso_date(text: str) -> str | None:
    """``2024-03-18`` from 2024-03-18, 2024/3/18, 2024.03.18 or 2024年3月18日 (else YYYY-MM), None."""
    m = _YMD_RE.search(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _YM_RE.search(text)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if 1900 <= y <= 2100 and 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}"
    return None


def _cjk(s: str) -> int:
    return len(_CJK_RE.findall(s))


def _is_sentence(key: str) -> bool:
    return key.rstrip(_CLOSERS)[-1:] in set(_SENT_END)


def _is_good(key: str) -> bool:
    """Reads like body text: long enough and punctuated like prose."""
    n = len(key)
    if n >= 12 and _is_sentence(key) and _cjk(key) >= 8:
        return True
    inner = sum(key.count(c) for c in "，。；")
    return (n >= 16 and inner >= 1 and _cjk(key) >= 12) or (n >= 45 and "、" in key and _cjk(key) >= 16)


_NUMERAL_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}")


_CELL_END = re.compile(
    r"(?:编号|序号|坐标|说明|备注|合计|小计|总计|指标|人数|名称|举措|任务|性质|类别|数量|金额|比例|比重|权重|分值|年度|时限|"
    r"终点|起点|[左右]侧|[左右]侧[^，。]{0,8}线|（市）|（区）|（县）|扩招|定量|定性|增幅|目标值|责任单位|牵头单位)$"
)
_UNIT_CELL = re.compile(r"单位[：:][\u4e00-\u9fff、/]{1,6}")  # 单位：人 / 单位：万元
_SPACED_CELL = re.compile(rf"[{_IDEO}](?: [{_IDEO}]){{1,5}}")  # 说 明, 主 要 内 容: a table header spaced out


def _table_cell(key: str, raw: str) -> bool:
    """A short line shaped like a cell of a table: a column or row name, a unit line, a spaced header."""
    if len(key) > 16 or _is_sentence(key) or "，" in key or _UI_WORD.search(key):
        return False
    if _NAV_WORD.search(key):
        return False  # 新 闻 中 心 / 首　页: a menu spaced out
    if _SPACED_CELL.fullmatch(raw.strip()):
        return True
    return bool(_UNIT_CELL.fullmatch(key) or _CELL_END.search(key))


def _is_keeper(key: str, *, signature: bool = True) -> bool:
    """Short lines that are document structure, not chrome (signatures only where asked)."""
    if len(key) > 100:
        return False
    if _HEADING.match(key) and not _NUMBERED_ITEM.fullmatch(key) or _KEEP_WORDS.search(key):
        return True
    if _NUMBERED_ITEM.fullmatch(key):
        m = _NUMBERED_ITEM.fullmatch(key)
        return not _HOME.fullmatch(m.group(2)) and len(m.group(2)) > 4
    if _GREETING.fullmatch(key) or CN_DATE.fullmatch(key) or _DOC_NUMBER.fullmatch(key) or _BYLINE.fullmatch(key):
        return True
    if _NUMERAL_HEADING.fullmatch(key):
        return True  # a section number alone on its line: 一 / 二 / Ⅲ
    if key.endswith("：") and 4 <= len(key) <= 40 and "、" in key and not _LABEL_ALONE.fullmatch(key):
        return True  # an addressee line: 国家经贸委、冶金部：
    if _SUBTITLE.fullmatch(key) and _cjk(key) >= 2:
        return True
    if _TITLE_WORDS.search(key) and _cjk(key) >= 5:
        return True
    if signature and _SIGNATURE.fullmatch(key) and 3 <= _cjk(key) <= 30 and not _NAV_SEP.search(key):
        return True
    return False


def _label_field(key: str) -> str | None:
    m = _LABEL_LINE.fullmatch(key)
    if m is None:
        return None
    field = _LABEL_FIELD[m.group(1)]
    value = m.group(2)
    if field == "author" and m.group(1) == "文" and not value:
        return None
    if _is_sentence(key) and len(value) > 30:
        return None
    return field


_SOFT = "~"
_FIELD_REASON = {"docinfo": "paywall", "caption": "caption"}


def _strong_shape(key: str, raw: str) -> str:
    """The reason a line is chrome by its own shape alone ("" when it is not)."""
    n = len(key)
    if "\ufffd" in key and _FFFD_RUN.search(key):
        return "mojibake"
    if n <= 400 and _DOUBLE_DECODED.search(key) and len(_DOUBLE_DECODED.findall(key)) * 6 >= n:
        return "mojibake"
    if _MARKUP.fullmatch(key) or _MARKUP.fullmatch(raw.strip()):
        return "markup"
    if _SEP_ONLY.fullmatch(key):
        return "separator"
    if _PAGINATION.fullmatch(key):
        return "pagination"
    widget = _widget(key, raw)
    if widget:
        return widget
    moji = len(_MOJIBAKE_CHARS.findall(key)) if n <= 400 else 0
    if moji >= 3 and moji * 3 >= n and _cjk(key) * 4 < n:
        return "mojibake"
    sentence = _is_sentence(key)
    prose = sentence or any(c in key for c in "，。；") or bool(_HEADING.match(key))
    if not sentence:
        if n <= 100 and _PAYWALL_STRONG.search(key):
            return "paywall"
        field = _label_field(key)
        if field is not None:  # "~": a single label, judged again by where it stands
            return _FIELD_REASON.get(field, "metadata:" + field) + _SOFT
        if _DATE_ONLY.fullmatch(key) and (_ISO_DATE.search(key) or re.search(_TIME, key) or re.search(_WEEKDAY, key)):
            return "metadata:date"
        if _VIEWS.fullmatch(key):
            return "metadata:views"
        if n <= 50 and _NEWS_BYLINE.fullmatch(key):
            return "metadata:author"
        if n <= 8 and _END_MARK.fullmatch(key):
            return "footer"
        if n <= 60 and not prose and _DATETIME.search(key) and _cjk(key) <= 20:
            return "metadata:date"
        if n <= 160 and _DATE_ONLY.match(key) and _LABEL_ANY.search(key):
            return "metadata:date"  # 2024-05-12 09:31 来源：…
        # several labels on one line: 发布时间：…来源：…浏览次数：…
        if n <= 160 and len(_LABEL_ANY.findall(key)) >= 2:
            field = _LABEL_FIELD[_LABEL_ANY.search(key).group(1)]
            return _FIELD_REASON.get(field, "metadata:" + field)
        if _BUTTONS_ONLY.fullmatch(key) and (
            len(_BUTTON.findall(key)) >= 2 or _TOOLBAR_WORDS.fullmatch(_BUTTON.fullmatch(key).group(1))
        ):
            return "toolbar"
        if n <= 40 and _toolbar_row(raw):
            return "toolbar"
        if n <= 12 and key != key.strip("【】[]［］：:") and _TOOLBAR_WORDS.fullmatch(key.strip("【】[]［］")):
            return "toolbar"  # a bracketed or labelled button alone: 【字号： / [收藏]
        if n <= 160 and _crumb_row(raw, key):
            return "breadcrumb"
        if n <= 12 and _CRUMB_PREFIX.fullmatch(key):
            return "breadcrumb"  # the label alone: 您所在的位置：
        if n <= 40 and _DATELINE.fullmatch(key):
            return "metadata:date"
        if n <= 120 and _nav_row(raw):
            return "navigation"
        if n <= 200 and _FOOTER.match(key):
            return "footer"
        if n <= 30 and not prose and _SITE_BANNER.search(key):
            return "ad"
        if n <= 40 and not prose and _RELATED.fullmatch(key):
            return "related"
        if n <= 30 and not prose and (_AD.fullmatch(key) or n <= 12 and re.match(r"[【\[（(]?广告", key)):
            return "ad"
        if n <= 60 and not prose and _QR.fullmatch(key) and not _is_keeper(key):
            return "qr"
        if n <= 50 and not prose and _SHARE.fullmatch(key) and not _is_keeper(key):
            return "share"
    if n <= 100 and _PAYWALL_STRONG.search(key):
        return "paywall"
    # what the older shapes leave: page furniture by its form, then mojibake of a wrong decoding
    return _site_notice(key) or _furniture(key, raw) or ("mojibake" if _misdecoded(key) else "")


_FOOTER_STRONG = re.compile(
    r"Copyright|COPYRIGHT|©|All\s?Rights\s?Reserved|版权所有|(?:经营|服务)许可证[：:]?|许可证[：:]|ICP备|ICP证|公网安备|网站标识码|"
    r"您是本站第|本站访问量|总?访问量[：:]|本网站由.{1,20}(?:主办|承办|维护)|网站纠错|政府网站找错"
)
_DISCLAIMER = re.compile(
    r"转载请(?:联系|注明|获取)|未经(?:授权|许可|书面许可)[，,]?(?:禁止|不得|严禁)|禁止复制|建立镜像|原创不易|请联系客服|"
    r"联系客服|(?:不|并不)代表本(?:站|网|平台)|仅代表作者(?:本人)?观点|如有侵权|侵权请?联系"
)
_SITE_SHORT = re.compile(  # short site buttons and counters that are not nav words
    r"(?:意见反馈|投诉建议|网站纠错|纠错|收藏本文|推荐给朋友|分享给朋友|转藏|献花(?:[（(]\d{1,6}[)）])?|赠书|TA的最新馆藏|认证作者|"
    r"查看全部|余下全文|限时免费|换一换|MORE\+?|More\+?|更多\+|\d{1,7}人(?:已)?(?:下载|看过|阅读|浏览|收藏|喜欢)|"
    r"\d{1,7}(?:阅读|浏览)\d{1,7}(?:转藏|收藏|评论|分享)|字数[：:][\d,，]{1,9}|所需积分[：:]\d{1,6}|剩余\d{1,4}页|\d(?:\.\d)?分(?:[（(]\d{1,7}人评价[)）])?|[+＋]关注|"
    r"(?:将文章)?分享到(?:微信)?朋友圈|点个[“\"]?在看[”\"]?.{0,12}|觉得好看.{0,12}|"
    r"[^，。]{0,12}客户端|工作时间[：:].{0,30}|今天是.{0,30}(?:星期|周)[一二三四五六日天]|(?:上一篇|下一篇|上一条|下一条)[：:].{1,60})"
)
_EDITOR_PAREN = re.compile(r"[（(](?:责任编辑|编辑|责编|审核|校对)[：:]?[\u4e00-\u9fff·]{2,4}[）)]")
_HASH_TAG = re.compile(r"#[^#\s]{1,20}\d{1,4}个")
_WECHAT_HEAD = re.compile(r"原创[^\s，。]{1,12}[\u4e00-\u9fff]{2,12}|↑?(?:点击|关注)上方.{0,30}|.{0,10}(?:长按|识别)二维码.{0,20}")


_AD_STRONG = re.compile(
    r"点击报名|报名中|火热报名|辅导课|研修班.{0,12}(?:报名|咨询)|了解详情|点击进入专题|进入专题|一键生成|万篇范文|范文免费|免费查范文|"
    r"让.{1,8}更轻松|广告位|招租|限时优惠|今日推荐[：:]|扫码领取|免费领取|立即体验|[^，。]{0,6}特惠|年卡仅需|仅需\d{1,5}元|帮你写(?:材料|文章|稿)"
)
_MARKUP_MORE = re.compile(
    r"\{\{.{1,60}\}\}|\{%.{1,60}%\}|(?:&[a-zA-Z]{2,8};)+|javascript[：:]\S{0,30}|(?:var|let|const|function)\s?[\w$]{1,30}\s?[=(].{0,80}|"
    r"\[[^\]]{1,40}\]\((?:https?|www)[^)]{1,200}\)|[×*]{2}[^×*]{1,20}[×*]{2}|document\.\w{2,20}.{0,80}|window\.\w{2,20}.{0,80}"
)
# UTF-8 text read as GBK: these characters are almost only seen in such mojibake
_GBK_MOJIBAKE = re.compile("[\u3040-\u30ff锛銆鈥鐨鏄鍦涓浜鎴浠鍙鏈鍏绐寤鏉鎵闂浼瀛鍚瑕缁撴杩妯娴璇閮閲搴鑰鐢绠镓揿嵃椤鎶鏂锟]")


def _site_notice(key: str) -> str:
    """Shapes of site footers, disclaimers and counters that carry no document words."""
    n = len(key)
    if n > 200 or _HEADING.match(key):
        return ""
    if n <= 120 and _MARKUP_MORE.fullmatch(key):
        return "markup"
    if n <= 80:
        bad = len(_GBK_MOJIBAKE.findall(key))
        if bad >= 3 and bad * 10 >= n * 3:
            return "mojibake"
    if n <= 60 and "。" not in key and key.count("，") <= 1 and key[-1:] not in "：:；;！？" and _AD_STRONG.search(key):
        return "ad"
    bare = key.strip("—-－─▍|｜ ")
    if bare != key and 2 <= len(bare) <= 12 and _RELATED.fullmatch(bare):
        return "related"
    if n <= 200 and "。" not in key and key.count("，") + key.count("；") <= 1 and _FOOTER_STRONG.search(key):
        return "footer"
    if n <= 60 and _DISCLAIMER.search(key):
        return "disclaimer"
    if n <= 40 and _SITE_SHORT.fullmatch(key):
        return "footer"
    if n <= 24 and _EDITOR_PAREN.fullmatch(key):
        return "metadata:editor"
    if n <= 30 and _HASH_TAG.fullmatch(key):
        return "metadata:tags"
    if n <= 40 and _WECHAT_HEAD.fullmatch(key) and not _is_sentence(key):
        return "qr"
    return ""


# page widgets by shape: consent notices, app banners, media players, picture captions, watermarks
# and reward buttons. Each is bounded to short lines; none matches a sentence of a document.
_COOKIE = re.compile(r"(?i)cookie|隐私(?:政策|声明|保护指引)(?:更新)?(?:提示)?[：:].{0,40}(?:同意|阅读|继续)|.{0,30}(?:详见|阅读并同意|同意)《隐私(?:政策|声明)》.{0,20}")
_APP = r"(?:APP|App|app|客户端)"
_APP_BANNER = re.compile(
    rf".{{0,12}}{_APP}.{{0,3}}(?:内|中)(?:打开|阅读|查看|浏览).{{0,20}}|(?:点击|立即|马上|请)?(?:打开|下载|使用|用).{{0,10}}{_APP}.{{0,20}}"
    r"|(?:立即|马上)?打开(?:APP|App|app)?|继续(?:在)?(?:浏览器|网页)(?:中)?(?:阅读|浏览|访问)?|继续浏览(?:网页)?|"
    r"(?:☐|□)?下次不再提示.{0,6}|(?:打开|使用).{2,10}[，,\s]?(?:阅读体验更佳|查看完整内容|查看精彩图片|看高清大图|查看高清大图)"
)
_APP_BUTTON = re.compile(r"(?:^|[\s|｜])(?:下载|打开)(?:APP|App|app|客户端)(?:$|[\s|｜])")  # a button among menu items
_PLAYER_TOKEN = (r"清晰度|超清|高清|标清|流畅|蓝光|自动|倍速|语速|画质|全屏|退出全屏|播放|暂停|继续|停止|重播|重新播放|自动播放|"
                 r"静音|音量|开|关|下一个视频|上一个视频|听全文|听新闻|收听|点击收听|点击播放|语音播报|语音朗读|播报|朗读|"
                 r"\d(?:\.\d{1,2})?[xX×倍]|\d{3,4}[Pp]|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|约?\d{1,3}分(?:\d{1,2}秒)?钟?|[▶▷►■□⏸⏯●🎧🔊]")
_PLAYER_STRONG = re.compile(r"清晰度|倍速|语速|画质|播放|暂停|收听|听全文|听新闻|朗读|语音播报|\d(?:\.\d{1,2})?[xX×]|\d{3,4}[Pp]|[▶▷►⏸⏯🎧🔊]|\d{1,2}[:：]\d{2}")
_PLAYER_ROW = re.compile(rf"(?:(?:{_PLAYER_TOKEN})[\s:：|｜/、，,（()）]*){{1,12}}")
_PLAYER_NOTICE = re.compile(
    r".{0,8}(?:浏览器|设备|版本).{0,8}(?:不支持|过低|无法)(?:该|此)?(?:播放|视频|音频|video|audio|HTML5|标签|元素|.{0,12}(?:播放|视频|音频|video|audio|HTML5|标签|元素)).{0,30}|"
    r"(?i:your\s?browser\s?does\s?n(?:o|')t\s?support.{0,40})|"
    r"(?:视频|音频|语音)(?:正在)?加载中.{0,8}|(?:本文由|全文由|点击|开启)?.{0,4}(?:AI|智能)(?:合成)?语音(?:播报|朗读).{0,10}|"
    r"(?:本文由|全文由|点击|开启).{0,8}语音(?:播报|朗读).{0,10}|"
    r"(?:本文|全文)(?:共|约)\d{3,6}字.{0,24}(?:阅读|收听).{0,20}|(?:阅读提示[：:])?.{0,8}预计阅读(?:时间|时长|需要)?(?:约)?\d{1,3}分钟.{0,12}|"
    r"[【\[［〔](?:视频|音频|语音)[】\]］〕].{2,40}|(?:视频|音频)[：:｜|].{2,40}(?:[（(]时长.{1,12}[）)])|"
    r"(?:此|该|本)?视频来(?:自|源于?).{2,20}"
)
_CAPTION_HEAD = re.compile(r"[△▲◎●◆]?\s?(?:图为|图[：:]|组图[：:]|资料图(?:片)?[：:]|〔图〕|\[图\]|【图】|［图］|（图）|\(图\))")
_PHOTOGRAPHER = re.compile(r"(?:摄影|摄像|拍摄|图片|图|视频)\s?[|｜:：/]\s?[\u4e00-\u9fff·]{2,4}(?:[\s　、，,]+[\u4e00-\u9fff·]{2,4}){0,3}$")
_CAPTION_TAIL = re.compile(
    r"(?:(?:^|[\s　（(/])[\u4e00-\u9fff·]{2,5}[\s/]摄(?:影)?|(?:[。，,]|记者|通讯员)[\u4e00-\u9fff·]{2,5}/?摄(?:影)?|"
    r"[（(][^（）()]{0,20}摄(?:影)?(?:[：:/][^（）()]{1,12})?[）)]|[\u4e00-\u9fff·]{2,5}\s?供图|资料图(?:片)?|视觉中国|"
    r"图片来(?:源|自)(?:于)?[：:]?.{1,20}|来源(?:于)?网络.{0,6}|图文无关|侵删)[）)]?[。.]?$"
)
_CAPTION_WIDGET = re.compile(
    r"(?:点击|滑动|左右滑动|轻触)(?:图片)?(?:查看|看)(?:更多|大图|原图|高清)?(?:图片|大图|原图)?.{0,6}|共\d{1,3}张(?:图片)?|"
    r"(?i:image|img|图片)(?:\.(?:png|jpe?g|gif|webp))?(?:[（(]\d{1,6}\s?[KM]B[）)])?|<图片>|\[(?i:img|图片|image)\]|"
    r"长按(?:图片|图中)?(?:识别|保存)(?:图片|图中)?(?:二维码)?|点击图片(?:进入|翻到)?(?:下一页|下一张).{0,3}|(?:微信)?图片_?\d{6,}(?:\.(?:jpe?g|png|gif))?"
)
_WATERMARK = re.compile(
    r".{0,12}(?:仅供|只供)(?:个人)?(?:学习|参考|交流|学习参考|学习交流)(?:使用|之用|参考)?[，,。\s]*(?:请勿|严禁|禁止|不得)(?:用于)?(?:任何)?(?:商业|商用).{0,8}|"
    r"本资料来(?:源|自)(?:于)?(?:网络|.{0,8}文库).{0,20}|"
    # a stamp between paragraphs: 仅供内部学习使用 / 内部资料 / a sharing site's stamp / a document id
    r"[（(【\[—\-]*(?:仅供内部(?:学习|参考|使用)(?:使用)?|内部资料|内部文件)[，,]?(?:注意保存|请勿外传|严禁外传)?[）)】\]—\-]*|"
    r"[—\-]*(?:更多)?(?:精品|专业|优质)?(?:文档|资料)(?:尽在|分享)[^，。；]{0,12}|[—\-]*.{0,6}共享资料.{0,8}|"
    r"文档编号[：:]\d{6,16}|可编辑(?:word|Word|WORD|doc|DOC)版?"
)
_INTRO = re.compile(
    r"[【\[［〔▌■◆★]?\s?(?:编者按|编者的话|编辑按|导读|导语|核心提示|内容提要|摘要|提要|内容概述|内容简介|小编说|小编按|阅读提示)"
    r"[】\]］〕]?\s?[：:｜|】\]\s].{0,120}|[（(【\[—\-－]+\s*(?:全文|正文|节选|以下为节选|以下为全文)\s*[）)】\]—\-－]*|"
    r"(?:全文|正文|全文如下|以下为节选|以下为全文)[：:]|"
    r"[^。！？]{0,24}(?:以下为|以下是|现将|全文如下|全文附后)[^。！？]{0,16}(?:全文|原文|节选)[^。！？]{0,24}[。！]?"
)
_BARE_FILE = re.compile(  # a file name alone on its line, perhaps numbered or bulleted
    r"(?:\d{1,2}[.．、]|[·•▪▶>-])?[^，。；：:]{2,80}\.(?:docx?|pdf|wps|ofd|xlsx?|jpe?g|png|pptx?|zip|rar|DOCX?|PDF)"
)
_FILE_HEAD = re.compile(r"(?:相关)?附件[：:]?|原文(?:件)?下载[：:]?|相关文件[：:]?|附件下载[：:]?|📎附件")
_AI_HEAD = re.compile(  # ✨ 智能总结 / AI 帮你读： / AI摘要: a summary widget's header alone
    r"[^\u4e00-\u9fffA-Za-z0-9]{0,3}(?:AI|ＡＩ|智能|人工智能)(?:帮你读|帮你总结|总结|摘要|导读|速览|速读|概要|划重点)[：:]?"
)
_AI_NOTE = re.compile(r".{0,10}(?:由|经)(?:AI|ＡＩ|人工智能|大模型|智能助手)(?:生成|总结|提炼|整理)[，,。]?.{0,12}")
_DOWNLOAD = re.compile(
    r".{0,60}\.(?:docx?|pdf|wps|ofd|xlsx?|pptx?|zip|rar)\s?(?:[（(]\d{1,5}(?:\.\d{1,2})?\s?[KMG]B?[)）]|[】\]]?\s?(?:下载次数|已下载|下载)[：:]?\s?\d{0,7}次?)"
    r"|附件下载[：:]?|【(?:下载附件|附件下载)】.{0,60}"
)
_REWARD = re.compile(  # the word with a reward context (作者, 支持, 人, 元, a sum), or alone
    r"(?:赞赏|打赏)|.{0,8}(?:赞赏|打赏).{0,12}(?<=.)(?:作者|支持|人|元|[¥￥]\d|金额|码|一下|感谢).{0,12}|"
    r".{0,8}(?:作者|支持|人|元|[¥￥]\d|金额|码|一下|感谢).{0,12}(?:赞赏|打赏).{0,8}|喜欢作者|给作者(?:加油|充电)"
)


def _widget(key: str, raw: str = "") -> str:
    """The reason of a page widget line by its shape ("" for none): cookie, app_banner, video,
    caption, watermark, reward. A lone × stays: it is also a masked name (×××)."""
    n = len(key)
    if n > 100:
        return ""
    if _DOWNLOAD.fullmatch(key):
        return "attachment"
    if _HEADING.match(key):
        return ""  # a numbered heading of the document is never a widget
    if _COOKIE.search(key) and n <= 80:
        return "cookie"
    if n <= 30 and (_APP_BANNER.fullmatch(key) or _APP_BUTTON.search(raw.strip())):
        return "app_banner"
    if n <= 60 and _PLAYER_NOTICE.fullmatch(key):
        return "video"
    if n <= 40 and _PLAYER_STRONG.search(key) and _PLAYER_ROW.fullmatch(key):
        return "video"
    if n <= 24 and _CAPTION_WIDGET.fullmatch(key):
        return "caption"
    if n <= 60 and (_CAPTION_HEAD.match(key) or _CAPTION_HEAD.match(raw.strip()) or _CAPTION_TAIL.search(raw.strip() or key)) \
            and not _HEADING.match(key):
        return "caption"
    if n <= 40 and _PHOTOGRAPHER.search(raw.strip() or key) and not _is_sentence(key):
        return "caption"
    if n <= 100 and _INTRO.fullmatch(key) and not _HEADING.match(key):
        return "intro"
    if n <= 40 and (_AI_HEAD.fullmatch(key) or _AI_NOTE.fullmatch(key)):
        return "ai_summary"
    if n <= 40 and _WATERMARK.fullmatch(key):
        return "watermark"
    if n <= 20 and _REWARD.fullmatch(key):
        return "reward"
    return ""

# page furniture around the document by its form (round five, second part): the lines a platform
# puts around a copy. Each shape names the platform (本站, 本号, 小编, 快照, 客户端 …), a UI act
# (复制, 登录, 刷新, 滑动查看, 下载 预览) or a form no document line has (a file name with its
# size and buttons, a heading behind a list bullet, a page number behind a dot leader); none
# matches a line of the seeds, the corpus texts or the written genre documents.
_FILE_NAME = r"[^\s，。；]{1,60}\.(?:docx?|pdf|wps|ofd|xlsx?|pptx?|zip|rar|txt)"
_FILE_SIZE = r"[（(]?\d{1,5}(?:\.\d{1,2})?[KMG]B?[)）]?"
_FILE_BUTTON = r"(?:点击|立即|免费)?(?:下载|预览|在线预览|查看|打开)(?:附件|文件|本文|全文)?"
_FILE_LINE = re.compile(  # 附件1：任务分解表.wps　(650.4KB)　下载　预览 / [附件] 全文.docx 点击下载
    rf"(?:[【\[]附件[】\]]|附件\d{{0,2}}[：:]|附件下载[：:]|点击下载[：:]|下载[：:])?{_FILE_NAME}(?:{_FILE_SIZE})?(?:{_FILE_BUTTON}){{0,3}}"
)
_FILE_PART = re.compile(  # 📎 附件 / (676KB) / 大小：6.4M / 下载到电脑 / 保存到网盘 / PDF下载 / 26积分
    r"[📎🔗📄📁📂⬇]\s?(?:附件|相关附件|附件下载|下载附件)[：:]?|(?:文件)?大小[：:]\d{1,5}(?:\.\d{1,2})?[KMG]B?|"
    r"[（(]\d{1,5}(?:\.\d{1,2})?[KMG]B[)）]|下载(?:到电脑|到手机|本文|全文|文档|本文档)|保存到网盘|(?:PDF|Word|doc|pdf)下载|\d{1,5}积分"
)
_CACHE_BANNER = re.compile(  # a search engine's cache or an archive's copy
    r"(?i)快照|的缓存|cached\s?copy|wayback\s?machine|历史存档|搜索字词|查询的关键词是|当前页在此期间|could\s?have\s?changed|纯文字版本"
)
_UI_ACT = r"登录|复制|浏览器|刷新|收藏|Ctrl|网页格式|范文|本站|本文较长|右上角|分享给|下载|点击|APP|App|客户端|显示不全|转发"
_TIP = re.compile(rf"[💡⚠❗]?\s?[【\[]?(?:温馨|友情|阅读|特别)?提示[】\]]?[：:]?.{{0,12}}(?:{_UI_ACT}).{{0,50}}")
_SELF_SITE = r"本站|本号|本网站?|本平台|本论坛|本帖|本页面?|本邮件|此邮件|文中观点|本栏目资料|本文(?:已开启|仅代表)|[\u4e00-\u9fff]{2,4}网所有资源"
_SITE_DISCLAIMER = re.compile(  # 本站部分内容来源于互联网，仅供学习交流使用。 / 本文已开启原创保护
    rf"[*＊【\[]?(?:免责声明|声明|免责)?[】\]]?[：:]?(?:{_SELF_SITE}).{{0,60}}"
    r"(?:仅供|来源于|来自|所有资源|请勿|原创保护|自动发送|内部信息|立场|版权|侵权|以正式|以官方|转载).{0,60}"
)
_CONSENT = re.compile(
    r".{0,60}《(?:隐私政策|用户协议|隐私保护指引|个人信息保护政策|服务协议)》.{0,60}|(?:个人信息保护|隐私)(?:提示|政策更新)(?:[：:].{0,60})?|"
    r"是否允许.{0,6}(?:发送)?通知[？?]?|同意并继续|不同意同意|以后再说开启通知|.{1,12}想访问您的位置.{0,30}"
)
_OPEN_IN = re.compile(  # 在微博中打开 / 前往APP观看直播回放 / 某某客户端 · 阅读体验更佳 / 本页面由某某 H5 提供
    r"[⬇👉]?(?:在|去)[^，。]{1,8}(?:中|内|里)打开(?:[，,].{0,12})?|(?:前往|去)(?:APP|App|app|客户端).{0,10}|"
    r".{1,10}客户端[·\s]{0,3}阅读体验更佳.{0,8}|[⬇👉]?使用.{1,8}(?:APP|App|app)查看.{0,6}|本页面由.{1,12}提供"
)
_SWIPE = re.compile(  # ▼ 向上滑动阅览 ▼ / （图1） / 图/某某 文/某某 / （AI生成图片，仅供参考） / …（无人机照片）
    r"[▲▼◀▶△▽↑↓←→（(\s]*(?:上下|左右|向上|向下|向左|向右)?滑动(?:查看|阅览|阅读|浏览)(?:更多|全文|图片)?[▲▼◀▶△▽↑↓←→）)\s]*|"
    r"[（(]图\d{1,2}[）)]|图[/／][\u4e00-\u9fff]{2,4}文[/／][\u4e00-\u9fff]{2,4}|[（(](?:AI|ai)生成(?:图片|图像)?[，,].{0,8}[）)]|"
    r"[（(]?配图与本文无关[）)]?|.{2,20}[（(](?:无人机照片|资料图片|视频截图)[）)]"
)
_MARKED_CAPTION = re.compile(r"[△▲↑]\s?(?!.{0,20}(?:点击|关注|上方|下方))[^△▲↑]{2,38}")  # △ 代表们认真审议政府工作报告。
_PHOTO_CREDIT = re.compile(r"\S[\s　]+(?:摄影|摄)[\s　]+[\u4e00-\u9fff·]{2,4}$")  # 会议主席台　摄影 某某 (raw line)
_INTERNAL_MARK = re.compile(r".{0,16}(?:内部(?:学习)?资料|学习材料)(?:注意保存|请勿外传|严禁外传|不得外传)?|仅供学习参考|注意保存|请勿外传")
_SCAN_NOISE = re.compile(r"[、！~_丨l…]{1,4}")
_EDITOR_TALK = re.compile(  # the platform talking about the copy
    r".{0,60}小编.{0,40}|[（(](?:以上为.{0,8}节选|未完[，,]?(?:见下页|待续)?|待续|小标题为编者所加)[）)]|划重点.{0,24}|"
    r"AI摘要[：:].{0,80}|(?:视频)?文案(?:整理)?(?:如下)?[：:👇]{0,3}|长文预警.{0,30}|OCR识别.{0,30}"
)
_TOC_LINE = re.compile(  # 二、对今年政府工作的建议 ……… 9 / · 二、2024年主要工作 / - [一、…](#h3) / 【本文目录】
    r".{2,60}?(?:[.．·…]{3,}|[─—-]{3,})\s?\d{1,3}|[▸•·\-]\s?[一二三四五六七八九十]{1,3}、.{2,40}|\[.{1,60}\][（(]#.{0,30}[）)]|"
    r"(?:[#📖]{1,3}\s?|【本文)目录】?|快速导航[：:]"
)
_TAB_PAGE = re.compile(r".{2,60}\t\s*\d{1,3}")
_SPONSORED = re.compile(
    r"(?:广告|AD|推广|赞助)[\s·|｜:：].{2,40}|赞助内容|赞助商(?:内容|链接|广告)?|本期赞助|不感兴趣|进店逛逛|立即领取|点击了解\s?[>＞›]|.{0,30}免费领\s?[→>]?|"
    r".{0,30}[（(]限时\d{1,4}元[）)]|.{0,20}满\d{2,4}减\d{1,4}"
)


_PLATFORM_LEAD = re.compile(  # the account introducing its copy: …本栏目全文推送… / 全文来了👇 / 干货满满！建议收藏。
    r".{0,100}(?:本栏目全文推送|全文推送|全文来了|一起来看(?:报告)?全文|快来看看|一起读报告|建议收藏|干货满满|先睹为快|分几个部分推送|重点先看).{0,40}"
)
_HASH_TAGS = re.compile(  # #话题# #话题 … / Tags: … / 收录于合集 …
    r"(?:#(?!\d)[^#\s：:！。，]{1,30}#?(?:\[超话\])?\s*){1,8}(?:[【\[].{1,10}[】\]])?|(?:Tags|TAGS|标签)[：:].{1,80}|(?:收录于)?合集[：:]?.{1,80}"
)
_FOLLOW_PROMPT = re.compile(  # 星标⭐某某，第一时间获取… / 订阅“某某”，获取更多… / 欢迎关注某某视频号
    r".{0,3}(?:星标|关注|订阅|欢迎关注|点个关注).{0,20}(?:获取|了解更多|第一时间|视频号|公众号|不迷路)[^。；]{0,20}"
)
_STUDY_POINTS = re.compile(  # a study platform's counters: 有效学习时长 / 已记录学时 / +1分 / 打卡学习
    r".{0,20}(?:有效学习时长|已记录学时|累计积分|总积分|[+＋]\d{1,2}分|打卡学习|名党员学习本文|请在此输入).{0,30}"
)
_ATTACHED_FILE = re.compile(r"附件\d{0,2}[：:](?!\d{1,2}[.．、])[^\s，。；]{1,60}\.(?:docx?|pdf|wps|ofd|xlsx?|pptx?|zip|rar)|附件[（(]\d{1,2}个[）)]")
_PICTURE_CREDIT = re.compile(  # 图丨某某 / （图：某社） / IMG_6070.JPG / 图片已失效 / 图①：…
    r"(?:长)?图[丨|｜][\u4e00-\u9fff·]{2,4}|[（(]图[：:].{1,10}[）)]|(?i:img_?\d{2,8}\.(?:jpe?g|png|gif|webp))|"
    r"图片(?:已失效|加载失败|无法显示)|图[①②③④⑤⑥⑦⑧⑨][：:].{1,40}"
)
_EXPANDER = re.compile(  # a bare 展开 / 收起 stays: it needs brackets, dots, 全文 or an icon letter
    r"[.…]{0,3}[（(](?:展开|收起)(?:全文)?[）)]|[.…]{1,3}(?:展开|收起)(?:全文)?|(?:展开|收起)(?:全文[a-z∨∧]?|[a-z∨∧])|"
    r"显示全部[∨∧]?|查看全部\d{1,4}段|【?一键复制全文】?|[.…]{2,3}全文"
)
_SITE_TAIL = re.compile(r"返回顶部[↑⬆]?|客服(?:QQ|电话|微信)[：:].{0,40}|(?i:[~～]end[~～])|SPONSOR(?:ED)?|.{2,20}[|｜]点击领取")


_MEDIA_LINE = re.compile(  # 视频时长 9分25秒 / 视频号 · 某报 / [音乐] / ♫ 原声 - 某台 / 已暂停
    r"视频时长\d{1,3}分(?:\d{1,2}秒)?|[（(]?(?:视频|音频)?时长[：:]?(?:\d{1,3}分\d{1,2}秒|\d{1,3}秒|(?:\d{1,2}[:：])?\d{1,2}[:：]\d{2})[）)]?|视频号[·|｜].{2,12}|\[(?:音乐|掌声|笑声)\]|[♫♪].{0,24}|已暂停|点击收听.{0,8}(?:音频)?[▶►]?|"
    r"语音播报[：:]?(?:开启|关闭)[|｜](?:开启|关闭)"
)
_PAGER = re.compile(r"[<＜‹«](?:\d{1,3}){1,6}(?:…|\.\.\.)?\d{0,3}[>＞›»]|共\d{1,4}页.{0,4}跳转到?_{0,6}页?")  # < 1 2 3 … 9 >
_TEMPLATE_RESIDUE = re.compile(  # function goTop(){…} / [[TRS_EDITOR]] / {$content} / &lt;p&gt; / <mp-common-videosnap> / [img]…[/img]
    r"function\w{1,30}[（(][）)]\{.{0,80}|\[\[[A-Z_]{2,20}\]\]|\{\$\w{1,20}\}|(?:&lt；|&lt;)/?\w{1,10}(?:&gt；|&gt;)|"
    r"<[a-z]{1,10}-[a-z-]{1,30}>|\[img\].{0,200}\[/img\]"
)
_MAIL_SUBJECT = re.compile(r"(?i:subject|主题)[：:](?:Fw|Fwd|FW|RE|Re|转发|回复)[：:].{1,80}")  # Subject: Fw: …

_SITE_WELCOME = re.compile(  # 某某网欢迎您！ / 欢迎访问某某人民政府门户网站
    r".{1,16}欢迎(?:您|你)[！!]?|欢迎(?:访问|光临|来到|登录).{1,20}[！!]?|.{1,12}欢迎(?:您|你)(?:访问|光临|的到来)[！!]?"
)


def _furniture(key: str, raw: str) -> str:
    """The reason of a line a platform puts around a copy, by its form ("" for none)."""
    n = len(key)
    line = raw.strip()
    if n > 240:
        return ""
    if n <= 140 and _PLATFORM_LEAD.fullmatch(key):
        return "intro"
    if _TEMPLATE_RESIDUE.fullmatch(key):
        return "markup"
    if n <= 100 and _MAIL_SUBJECT.fullmatch(key):
        return "email_header"
    if n <= 30 and _MEDIA_LINE.fullmatch(key):
        return "media"  # a player's line; unlike video it takes no menu line beside it
    if n <= 30 and _PAGER.fullmatch(key):
        return "pagination"
    if _CACHE_BANNER.search(key) and not re.search(r"快照[^，。]{0,4}(?:制度|管理)", key):
        return "cache_banner"
    if n > 120:
        return ""
    if _CONSENT.fullmatch(key):
        return "cookie"
    if n > 100:
        return ""
    if _FILE_LINE.fullmatch(key) and re.search(r"\d[KMG]B|下载|预览|查看|打开|^[【\[]附件", key):
        return "attachment"
    if _SITE_DISCLAIMER.fullmatch(key):
        return "disclaimer"
    if _EDITOR_TALK.fullmatch(key):
        return "intro"
    if n <= 70 and _ATTACHED_FILE.fullmatch(key):
        return "attachment"
    if _HASH_TAGS.fullmatch(key):
        return "metadata:tags"
    if n > 80:
        return ""
    if _TIP.fullmatch(key):
        return "notice"
    if _TOC_LINE.fullmatch(key) and n <= 70 or _TAB_PAGE.fullmatch(line):
        return "toc"
    if n > 50:
        return ""
    if _SPONSORED.fullmatch(key):
        return "ad"
    if _STUDY_POINTS.fullmatch(key):
        return "study_points"
    if _PICTURE_CREDIT.fullmatch(key):
        return "caption"
    if _SITE_TAIL.fullmatch(key):
        return "footer"
    if n > 40:
        return ""
    if n <= 24 and _SITE_WELCOME.fullmatch(key) and not key.endswith("。"):
        return "welcome"
    if _OPEN_IN.fullmatch(key):
        return "app_link"  # not a widget neighbour: it takes no menu line beside it
    if _FOLLOW_PROMPT.fullmatch(key):
        return "follow"  # like app_link: takes no menu line beside it
    if n <= 12 and _EXPANDER.fullmatch(key):
        return "paywall"
    if _SWIPE.fullmatch(key) or _MARKED_CAPTION.fullmatch(key) or _PHOTO_CREDIT.search(line):
        return "caption"
    if n <= 30 and _INTERNAL_MARK.fullmatch(key):
        return "watermark"
    if n <= 20 and _FILE_PART.fullmatch(key):
        return "attachment"
    if n <= 4 and _SCAN_NOISE.fullmatch(key) and key.strip("…"):
        return "scan_noise"
    return ""


# round seven: widgets and furniture the earlier shapes missed, each by a form no document line has
_ROBOT = re.compile(  # a chat / 智能客服 widget: its greeting, its prompt, its quick questions, its input box
    r"[^\u4e00-\u9fffA-Za-z0-9]{0,3}(?:"
    r"(?i:hi|hello|您好|你好|嗨|亲)[，,！!～~]?我是.{1,24}?(?:帮您|帮你|问我|想办|为您服务|为你服务|有什么|请问|可以这样问).{0,20}|"
    r".{0,12}有什么(?:可以|能|需要)?(?:帮|为)(?:到)?(?:您|你)(?:的|服务)?(?:吗)?[？?]?.{0,6}|"
    r"有问题[？?，,]?(?:问问|问我|找我).{0,12}|(?:有问题|不懂|不会)?(?:就)?(?:直接)?问我吧[～~！!]?|"
    r"智能(?:问答|客服|咨询|小助手)(?:机器人)?(?:[▸>›·|｜:：]{1,2}.{1,14})?|.{0,8}(?:小助手|智能客服).{0,4}在线为(?:您|你)服务|"
    r"(?:猜你想问|猜您想问|你可以这样问|您可以这样问|试试这样问|大家都在问)[：:].{0,60}|(?:关于本文[，,]?)?(?:你|您)可以这样问[：:]?|"
    r"问AI|请?输入(?:您的|你的)?问题(?:[，,]如.{0,30}|.{0,4}(?:发送|提交))?)"
)
_ROBOT_ITEM = re.compile(r"[·•▪\-]?.{2,30}[？?]")  # a quick question under 你可以这样问：
_PLAYER_MORE = re.compile(  # a player's notices: network, failure, an embed the copy lost, the platform's video
    r".{0,4}当前(?:为|是|处于)?(?:移动|非(?:WiFi|wifi|WIFI|Wi-Fi))网络.{0,16}|(?:视频|音频)(?:加载|播放)(?:失败|出错|异常).{0,12}|"
    r"(?:该|此|本)(?:视频|音频)(?:暂不支持|暂时无法|无法)(?:播放|观看).{0,8}|嵌入(?:的)?(?:内容|媒体|视频)(?:对象)?无法(?:显示|播放).{0,16}|"
    r"\[(?:iframe|嵌入的媒体对象|嵌入媒体|video|VIDEO)\]|(?:该|此|本)视频由.{1,8}提供|[👆👇▶►]?(?:点击)?(?:播放|观看)视频.{0,2}|"
    r"弹幕.{0,16}弹幕.{0,8}|.{2,12}的微博视频"
)
_INTRO_MORE = re.compile(  # an editor's or poster's lead above the copy, by its marks
    r"据.{2,16}(?:消息|报道)[，,].{0,60}[。！!](?:现将|特将|现把)(?:报告|讲话)?(?:全文|原文)?(?:转载|刊发|刊登|公布|发布|摘编|整理)?如下[。：:]?|"
    r".{0,80}[。，,！!](?:现将|特将|现把)(?:报告|讲话)?(?:全文|原文)?转载如下[。：:]?|"
    r"(?:以下是|以下为|下面是)?(?:报告)?全文[👇⬇↓]{1,3}|一起来看[👇⬇↓→]{1,3}|"
    r"[👉📌]?\s?划重点[：:！!].{2,100}|[▌■◆★●](?:编者按|编者的话|编辑按|导读|导语|核心提示).{4,120}|"
    r".{0,80}(?:全文较长|建议先收藏再?阅读).{0,30}|.{4,80}。全文如下[：:]|[【\[]?(?:学习笔记|本期关注|本期导读|内容摘要)[】\]｜|：:].{2,80}|(?:编者按|编者的话|编辑按)[：:]?|"
    r".{0,8}(?:搬运过来|转帖|转来原文|先占楼|占个楼|坛友们?|分几楼|慢慢更|楼主按).{0,24}|[（(]全文转载.{0,20}[）)]|"
    r".{0,40}(?:以下为|以下是)(?:部分|主要|摘编)内容[：:]|.{2,40}由.{0,12}(?:会员|网友|用户).{0,16}投稿.{0,30}|"
    r".{0,80}(?:如需下载可?点击|点击文末|文末按钮).{0,16}|今天[，,]?我们(?:一起)?(?:重温|学习|来读|来看).{2,40}"
)
_AD_MORE = re.compile(  # sponsored lines by their label or their sales words
    r"(?:赞助内容|推广内容|品牌推广|推广位|广告位)[：:｜|].{2,40}|[【\[](?:推广位|广告位|热招|广告)[】\]].{0,30}|"
    r"(?:了解一下|了解更多|立即参与|立即了解|去看看|查看详情|立即体验|马上参与)\s?[>＞›»→]{1,2}|"
    r"(?i:banner(?:_ad)?(?:_\d{2,4}x\d{2,4})?)|本栏目由.{1,12}(?:冠名|赞助|特约)(?:播出|呈现|播映)?|"
    r".{0,30}(?:首付\d{1,4}万起|名额有限|下单立减\d{1,4}元|免费体验\d{1,2}次|免费试用\d{1,3}天|一对一辅导|信用卡新客礼).{0,16}|"
    r"投资理财有风险[，,]?(?:选择|投资)需谨慎|大家都在买|热门推荐[：:].{2,40}|[【\[]轮播图?\d{1,2}/\d{1,2}[】\]].{0,30}|"
    r".{2,16}[¥￥]\d{1,5}(?:\.\d{1,2})?|.{2,30}限时\d{1,4}元(?:领|抢|购)|[◀◁](?:\d{1,3}){2,6}[▶▷]"
)
_AD_RAW = re.compile(r"(?:推广|赞助|广告|AD)\s.{2,30}|.{4,30}\s(?:广告|推广)|.{2,24}\s[·|｜]\s(?:广告|推广)")  # 推广　… / …  广告 (raw line)
_DISCLAIMER_MORE = re.compile(  # the platform disowning the copy
    r"(?:声明[：:])?(?:本内容|本文|该文)(?:为|系)?(?:作者)?(?:独立观点|观点仅代表作者本人).{0,60}|"
    r"本文内容由(?:网友|互联网用户|用户).{0,60}|(?:以上|本)?(?:内容|文档内容)(?:来源于|由)(?:网络|公开资料|网友提供).{0,40}|"
    r"[【\[]?(?:注|特别提醒|提醒|说明)?[】\]]?[：:]?.{0,24}以(?:正式|官方)(?:印发)?(?:文件|文本|发布)为准[。.]?|"
    r"(?:本文|本内容)由.{2,10}用户自行上传.{0,30}|[*＊]?\s?转载须经授权.{0,12}|本信件涉及个人隐私.{0,20}|以上答复仅针对.{0,30}|"
    r"(?i:this\s?e-?mail\s?is\s?confidential.{0,120})"
)
_WATERMARK_MORE = re.compile(  # a stamp carrying the reader: an IP, a downloader, a name with a number or a phone
    r"[—\-]*本(?:文档|资料|文)来(?:自|源于?)(?:网络|互联网)[—\-]*|[（(](?:此|本)页无正文[）)]|IP[：:]\d{1,3}(?:\.\d{1,3}){3}|"
    r"文档密级[：:].{1,30}|.{0,12}下载人[：:].{1,24}|[\u4e00-\u9fff×]{2,4}\d{2,6}(?:请勿转发|学习资料|请勿外传|仅供学习)|"
    r"[\u4e00-\u9fff×]{1,3}1[3-9]\d×\d{4}|内部资料(?:注意保存)?[\u4e00-\u9fff×]{2,4}(?:\d{4}[-/]\d{1,2}[-/]\d{1,2})?|"
    r"(?:仅供学习参考|仅供内部学习)[，,]?(?:请勿外传|注意保存|请勿转发)"
)
_NAME_STAMP = re.compile(r"(\S{2,4})(?:\s+\1){1,4}\s+\d{4}[/-]\d{1,2}[/-]\d{1,2}")  # 某某  某某  某某  2026/02/24 (raw)
_ATTACH_MORE = re.compile(  # attachment widgets: a list header with a count, a preview button, a row of the file table
    r"[📎📄🔗]?(?:相关附件|附件列表|附件预览|附件下载)(?:[（(][^（）()]{1,12}[）)])?[：:]?|[📎📄]?附件[（(]\d{1,2}个?[）)][：:]?|"
    r"【附件】|相关附件[：:].{2,60}|"
    r"[📎📄🔗]?(?:附件\d{0,2}[：:])?[^\s，。；]{1,60}\.(?:docx?|pdf|wps|ofd|xlsx?|pptx?|zip|rar|jpe?g|png)\d{1,5}(?:\.\d{1,2})?[KMG]B?(?:预览|下载|[|｜])*|附件[：:]\d{1,2}个[（(].{1,60}[）)]|附件已(?:过期|失效|删除)|[（(]此处有(?:表格|图片|公式|附件).{0,12}[）)]|"
    r"\d{0,2}.{2,60}?(?:DOCX?|PDF|WPS|OFD|XLSX?|JPG|PNG|ZIP|RAR)\d{1,5}(?:\.\d{1,2})?[KMG]B?\d{1,7}|"
    r".{2,60}\.(?:docx?|pdf|wps|ofd|xlsx?|pptx?|zip|rar|jpe?g|png)[（(]?\d{1,5}(?:\.\d{1,2})?[KMG]B?[）)]?(?:[，,]?下载次数[：:]?\d{1,7}次?[）)]?)?|"
    r"(?:\d{1,2}[.．、])?(?:附件\d{0,2}[：:])?.{2,60}\.(?:docx?|pdf|wps|ofd|xlsx?|pptx?|zip|rar|jpe?g|png)(?:[【\[](?:下载|预览|查看)[】\]]){1,2}"
)
_FILE_MARK = re.compile(r"\.(?:docx?|pdf|wps|ofd|xlsx?|pptx?|zip|rar|jpe?g|png)|\d[KMG]B?|下载", re.IGNORECASE)
_ICON_ONLY = re.compile(r"[‹›⋮⋯✕✖☰≡⌄︙❮❯⤓]{1,2}")  # a mobile client's back / menu / close icon alone (not ×: a masked name)
_APP_TIME = re.compile(r"[^\s·|｜]{2,12}\s?[·|｜]\s?\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}")  # 人民日报 · 01-25 16:53 (raw)
_MOBILE_MORE = re.compile(  # a client's expander, open-in and follow lines; a rating; a weather bar; a search box
    r"(?:点击)?展开剩余\d{1,3}%|[⌄∨︾▼⌵]\s?(?:查看|展开|阅读)全文|[⤓⬇]\s?下载|打开.{2,10}[，,]?看更多(?:精彩|内容|新闻|资讯)|"
    r".{0,3}(?:星标|关注).{1,12}[，,]?不错过每一[篇条期](?:推送|文章|内容)?|[（(]续(?:上|前|上楼|楼上)?[）)]|"
    r"\d(?:\.\d)?分[★☆]{3,5}.{0,30}|(?i:search)(?:\.{3}|…)?|\d{4}-\d{1,2}-\d{1,2}(?:周|星期)[一二三四五六日天](?:晴|阴|多云|小雨|中雨|大雨|雨|雪).{0,12}℃|"
    r"(?:所在|当前)栏目[：:]?首页[-—>›/].{2,60}"
)
_FORUM_BAR = re.compile(r"(?:点评|回复|使用道具|举报|只看楼主|引用|评分|收藏|分享|支持|反对|编辑)")
_ATTACH_LABEL = re.compile(r"[📎📄]?附件[：:]?")  # 附件： alone: chrome only over a file line that went


def _widget_more(key: str, raw: str) -> str:
    """The reason of a robot, player, intro, ad, disclaimer, watermark or attachment line of round
    seven ("" for none); bounded to short lines, sentence-shaped ones only by a platform's marks."""
    n = len(key)
    if n <= 100 and _ATTACH_MORE.fullmatch(key):
        return "attachment"  # before the heading test: 2. 附件1：分工表.xlsx [下载]
    if n > 140 or _HEADING.match(key):
        return ""
    line = raw.strip()
    if n <= 60 and _ROBOT.fullmatch(key):
        return "robot"
    if n <= 40 and _PLAYER_MORE.fullmatch(key):
        return "video"
    if _INTRO_MORE.fullmatch(key):
        return "intro"
    if n <= 50 and (_AD_MORE.fullmatch(key) or n <= 32 and _AD_RAW.fullmatch(line) and not key.endswith("。")):
        return "ad_line"  # not "ad": no neighbour rule reads it
    if _DISCLAIMER_MORE.fullmatch(key):
        return "site_disclaimer"
    if n <= 40 and (_WATERMARK_MORE.fullmatch(key) or _NAME_STAMP.fullmatch(line)):
        return "watermark"
    return _mobile_more(key, line)


def _mobile_more(key: str, line: str) -> str:
    """Leftovers of mobile, forum and 文库 copies by form ("" for none); reasons that take no
    neighbour with them (an icon or a bar line never reaches into a title beside it)."""
    n = len(key)
    if n <= 2 and _ICON_ONLY.fullmatch(key):
        return "toolbar_icon"
    if n > 60:
        return ""
    if n <= 30 and _APP_TIME.fullmatch(line):
        return "metadata:date"
    if _MOBILE_MORE.fullmatch(key):
        m = key[:4]
        return "paywall" if "展开" in m or "全文" in key[:5] else "mobile_bar"
    items = line.split()
    if 3 <= len(items) <= 8 and all(_FORUM_BAR.fullmatch(x) for x in items) \
            and any(x in ("使用道具", "只看楼主", "点评") for x in items):
        return "toolbar_forum"
    return ""


def _misdecoded(key: str) -> bool:
    """UTF-8 read as GBK (鍦ㄦ垜浠), GBK read as Big5 (恲黹枑尨), UTF-8 read as Latin-1 (å¤å¶):
    the line's characters, encoded back and read the other way, are Chinese that
    ``encoding.chinese_score`` finds far more likely than the line itself.

    The line has been through ``to_simplified`` already, which changes some characters of a
    GBK misreading: a character that does not encode back counts as a bad one, and a quarter
    of bad characters is allowed. A line of Chinese misread must be Chinese characters at least
    half, and its reading must have at least half as many of them (a line of numbers with a few
    characters reads as anything)."""
    from textlab.encoding import chinese_score

    if not 3 <= len(key) <= 160 or key.isascii():
        return False
    base = chinese_score(key)
    if base > -11.0 * len(key):
        return False  # common characters of Chinese text (all mojibake seen scores below -12 a character)
    han_key = len(_CJK_RE.findall(key))
    clean = key.replace("\ufffd", "")  # the replacement characters of the first misreading
    for wrote, read in (("gbk", "utf-8"), ("big5", "gbk"), ("cp1252", "utf-8"), ("latin-1", "utf-8")):
        latin = wrote in ("cp1252", "latin-1")
        if not latin and han_key * 2 < len(key):
            continue
        try:
            data = clean.encode(wrote, errors="strict" if latin else "replace")
        except UnicodeError:
            continue
        text = data.decode(read, errors="replace")
        bad = text.count("\ufffd") + data.count(b"?") - clean.count("?")
        han = len(_CJK_RE.findall(text))
        if han < (2 if latin else 3) or not latin and han * 2 < han_key or bad * 3 > len(text):
            continue
        if chinese_score(text.replace("\ufffd", "")) + 4 * bad > base + 4 * han:
            return True
    return False


def _toolbar_row(raw: str) -> bool:
    """Every item of the line is a toolbar button: 打印 | 关闭, A+ A- 大 中 小, [收藏]."""
    items = [x for x in re.split(r"[\s|｜/·【】\[\]]+", raw.strip()) if x]
    return 2 <= len(items) <= 12 and all(
        _TOOLBAR_WORDS.fullmatch(x) or _PRICE.fullmatch(x) or k and x.isdigit() and len(x) <= 7 and _TOOLBAR_WORDS.fullmatch(items[k - 1])
        for k, x in enumerate(items)) and not all(_PRICE.fullmatch(x) or x.isdigit() for x in items)  # 阅读 3591


_PRICE = re.compile(r"[￥¥$]\d{1,5}(?:\.\d{1,2})?元?|\d{1,5}(?:\.\d{1,2})?元")


_DATELINE = re.compile(  # 光明网2024年12月12日电 / 原创 某某发布 2023.10.19 alone on a line
    r"[\u4e00-\u9fff]{2,12}(?:\d{4}年)?\d{1,2}月\d{1,2}日电|原创[\u4e00-\u9fffA-Za-z·]{2,20}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}[:：]\d{2})?"
)
_CRUMB_PREFIX = re.compile(r"^(?:(?:您|你)?(?:当前|现在|所在)?的?(?:位置|位置是)|导航|当前栏目)[：:]")


def _crumb_row(raw: str, key: str) -> bool:
    """首页 > 政务公开 > 政府文件 (two or more short items joined by > › » → /)."""
    if _is_sentence(key):
        return False
    body = _CRUMB_PREFIX.sub("", key)
    parts = [p for p in re.split(r">>|>|›|»|→|&gt;|\\|/", body) if p]
    if len(parts) < 2 and (body != key or _HOME.match(body)):  # 首页 - 党建园地 - 领导讲话
        parts = [p for p in re.split(r"[-—－]{1,2}", body) if p]
        if len(parts) >= 2 and all(len(p) <= 12 for p in parts) and (body != key or _HOME.fullmatch(parts[0])):
            return True
    seps = len(_CRUMB_SEP.findall(body))
    if seps < 1 or len(parts) < 2:
        return False
    if "/" in body and not any(s in body for s in (">", "›", "»", "→", "&gt;")):
        # a slash joins words in prose (党建/业务): items must be nav-like and the first a home link
        return bool(_HOME.fullmatch(parts[0])) and all(len(p) <= 12 for p in parts)
    if any(len(p) > 30 for p in parts[:-1]):
        return False
    return body != key or bool(_HOME.fullmatch(parts[0])) or (seps >= 2 and all(len(p) <= 12 for p in parts))


def _nav_row(raw: str) -> bool:
    """政务公开 | 政务服务 | 互动交流: three or more short items between | ｜ · or wide spaces."""
    s = raw.strip()
    words = s.split()
    if not _NAV_SEP.search(s):  # items apart by spaces only: most must be menu words (not 市长  马  军)
        items = [w for w in re.split(r"\s+", s) if w]
        if len(items) < 2 or 2 * sum(1 for w in items if _NAV_WORD.search(w) or _TOOLBAR_WORDS.fullmatch(w)) < len(items):
            return False
    if len(words) >= 4 and all(len(w) <= 6 and _NAV_ITEM.fullmatch(w) for w in words) and \
            2 * sum(1 for w in words if _NAV_WORD.search(w) or _TOOLBAR_WORDS.fullmatch(w)) >= len(words):
        return True
    items = [x for x in re.split(r"\s*[|｜·•]\s*|\s{2,}|\u3000+", s) if x]
    if len(items) < 3 and not (len(items) >= 2 and _NAV_SEP.search(s)):
        return False
    return all(len(x) <= 10 and not _is_sentence(x) and "，" not in x and "," not in x for x in items) and (
        len(items) >= 3 or all(_NAV_WORD.search(x) or _TOOLBAR_WORDS.fullmatch(x) for x in items)
    )


_NAV_ITEM = re.compile(rf"[{_IDEO}A-Za-z0-9·+\->×]{{1,8}}")
_BARE_NUMBER = re.compile(r"\d{1,3}")


def _nav_item(key: str) -> bool:
    """A navigation item or button by shape: at most 8 letters, no punctuation, not structure."""
    return bool(_NAV_ITEM.fullmatch(key)) and not _is_keeper(key)


def _nav_like(key: str) -> bool:
    """A short line that could be a navigation item or a button."""
    if not key or _is_sentence(key):
        return False
    if any(c in key for c in "，。；"):
        return False
    return len(key) <= 10


def chrome_reasons(keys: Sequence[str], raws: Sequence[str], rule_reasons: Sequence[str]) -> list[str]:
    """The chrome reason of each non-blank line ("" for content).

    ``keys``: the lines' keys; ``raws``: the lines as they are; ``rule_reasons``: what the rule
    file said about each line ("" where no rule matched).
    """
    n = len(keys)
    reasons = list(rule_reasons)
    for i in range(n):
        if not reasons[i]:
            reasons[i] = _strong_shape(keys[i], raws[i])
    for i in range(n - 1):  # the summary a widget header announces: the line under it
        if reasons[i] == "ai_summary" and _AI_HEAD.fullmatch(keys[i]) and not reasons[i + 1] \
                and len(keys[i + 1]) <= 150 and not _HEADING.match(keys[i + 1]):
            reasons[i + 1] = "ai_summary"
    good = [not reasons[i] and _is_good(keys[i]) and not _suffix_title(keys[i]) for i in range(n)]
    _running_headers(keys, raws, reasons, good)
    _bare_page_numbers(keys, reasons)
    first_good = next((i for i in range(n) if good[i]), n)
    last_good = next((i for i in range(n - 1, -1, -1) if good[i]), -1)
    # a single label-value line inside the body (时间：3月18日上午9时 in a meeting notice) is
    # content unless chrome stands next to it
    for i in range(n):
        if reasons[i].endswith(_SOFT):
            inside = first_good < i < last_good
            near = any(0 <= j < n and reasons[j] and not reasons[j].endswith(_SOFT) for j in (i - 1, i + 1))
            reasons[i] = "" if inside and not near and not rule_reasons[i] else reasons[i][:-1]
    # an organisation's name is a signature after the body, a menu item before it
    keeper = [not reasons[i] and not good[i] and _is_keeper(keys[i], signature=i > first_good) for i in range(n)]
    # the speaker under a title: a post (国务院总理, 县委书记) and a name of two to four characters
    # next to it or just above the greeting (周恩来 / 各位代表：)
    for i in range(n):
        if reasons[i] or good[i] or keeper[i]:
            continue
        k = keys[i]
        if 4 <= len(k) <= 12 and _POST_END.search(k) and _cjk(k) == len(k):
            keeper[i] = True
        elif 2 <= len(k) <= 4 and _cjk(k) == len(k) and not (_UI_WORD.search(k) or _NAV_WORD.search(k)) and (
                i + 1 < n and not reasons[i + 1] and _GREETING.fullmatch(keys[i + 1])
                or i > 0 and not reasons[i - 1] and 4 <= len(keys[i - 1]) <= 12 and _POST_END.search(keys[i - 1])):
            keeper[i] = True

    # cells of a table of the document (编号 / 坐标 / 说 明 / 单位：人 / 1995年招生人数) with two
    # more cells near them, and the pieces of a quotation cut at a line end (”的政策。“ /
    # 坦白从宽、抗拒从严), are the document's text, never a menu or a list of links beside chrome
    cells = [not reasons[i] and not good[i] and _table_cell(keys[i], raws[i]) for i in range(n)]
    held = [False] * n  # such lines: kept like keepers, and never an item of a link list
    for i in range(n):
        if cells[i] and sum(cells[j] for j in range(max(0, i - 8), min(n, i + 9))) >= 3:
            keeper[i] = held[i] = True
    for i in range(n):
        if reasons[i] or good[i] or len(keys[i]) > 40:
            continue
        k = keys[i]
        opened = i > 0 and not reasons[i - 1] and keys[i - 1].count("“") > keys[i - 1].count("”") \
            and keys[i - 1].endswith("“")
        if k.startswith("”") or (k.endswith("“") and k.count("“") > k.count("”")) or opened:
            keeper[i] = held[i] = True
    # a label alone (时间：) takes the short value line after it
    for i in range(n - 1):
        if not reasons[i] and reasons[i + 1].startswith("metadata"):
            # a label alone whose value is metadata already (成文日期 / 2025.02.17)
            m = _LABEL_ALONE.fullmatch(keys[i])
            if m and (keys[i].endswith(("：", ":")) or i < first_good or i > last_good) and m.group(1) != "文":
                reasons[i] = "metadata:" + _LABEL_FIELD[m.group(1)]
            continue
        if (reasons[i] and not reasons[i].startswith("metadata")) or reasons[i + 1] or good[i + 1]:
            continue
        m = _LABEL_ALONE.fullmatch(keys[i])
        if m and (keys[i].endswith(("：", ":")) or i < first_good or i > last_good) and len(keys[i + 1]) <= 60:
            field = _LABEL_FIELD[m.group(1)]
            if field == "author" and m.group(1) == "文":
                continue
            if field == "date" and not _DATE_VALUE.search(keys[i + 1]):
                continue  # 发布时间 whose value went in an earlier pass does not take the title after it
            reasons[i] = reasons[i + 1] = "metadata:" + field
    # numbered breadcrumbs: 1. 首页 / 2. 基层党建 / 3. …
    i = 0
    while i < n:
        m = _NUMBERED_ITEM.fullmatch(keys[i])
        if m and m.group(1) == "1" and _HOME.fullmatch(m.group(2).strip()):
            j = i + 1
            expect = 2
            while j < n:
                mj = _NUMBERED_ITEM.fullmatch(keys[j])
                if mj and int(mj.group(1)) == expect and not _is_sentence(keys[j]) and len(keys[j]) <= 30:
                    expect += 1
                    j += 1
                elif _SEP_ONLY.fullmatch(keys[j]):
                    j += 1
                else:
                    break
            for t in range(i, j):
                reasons[t] = "breadcrumb"
            i = j
        else:
            i += 1
    # breadcrumb items one per line between separator lines: 首页 / > / 政务公开 / > / …
    for i in range(n):
        if reasons[i] == "separator" and (_CRUMB_SEP.search(keys[i]) or keys[i] in ("-", "—", "·", "|", "｜")):
            for j in (i - 1, i + 1):
                if 0 <= j < n and not reasons[j] and not good[j] and len(keys[j]) <= 20 and not _is_sentence(keys[j]) \
                        and not _GREETING.fullmatch(keys[j]) and not _HEADING.match(keys[j]):
                    reasons[j] = "breadcrumb"
    for i in range(n):
        if reasons[i] == "separator":
            reasons[i] = "breadcrumb" if _CRUMB_SEP.search(keys[i]) else "separator"
    # an HTML <title> element left in the copy is the page's title, never the document's text
    for i in range(n):
        if not reasons[i] and _TITLE_ELEMENT.fullmatch(raws[i].strip()):
            reasons[i] = "page_title"
    # page title with a site suffix when the article title repeats it (keep one)
    _page_titles(keys, reasons, good, first_good)
    _site_titles(keys, raws, reasons, good, first_good, last_good)
    # a bare file name on its line (2. 某某政府工作报告（图解）.jpg; one that is the page title went
    # above, with its meta), with the 附件： / 原文下载： header over it
    for i in range(n):
        if not reasons[i] and len(keys[i]) <= 90 and _BARE_FILE.fullmatch(keys[i]):
            reasons[i] = "attachment"
            if i > 0 and not reasons[i - 1] and _FILE_HEAD.fullmatch(keys[i - 1]):
                reasons[i - 1] = "attachment"
    # related-links lists: header, then title-like lines up to the page end or other chrome
    i = 0
    while i < n:
        if reasons[i] == "related" or rule_reasons[i] == "related":
            j = i + 1
            while j < n and (reasons[j] or (not good[j] and not _is_sentence(keys[j]) and len(keys[j]) <= 60
                                             and not _GREETING.fullmatch(keys[j]) and not _HEADING.match(keys[j]))):
                j += 1
            if j == n or 0 <= last_good < i:
                for t in range(i + 1, j):
                    if not reasons[t]:
                        reasons[t] = "related"
            else:
                j = max(j, _decorated_list(keys, reasons, i))
            i = max(j, i + 1)
        elif not reasons[i] and len(keys[i]) <= 12 and _LIST_HEADER.fullmatch(keys[i]) and i + 1 < n:
            j = _decorated_list(keys, reasons, i)  # 一周热读 / 精彩回顾 over a marked list
            if j > i + 1:
                reasons[i] = "related"
            i = j
        else:
            i += 1
    # lines repeating the document title; headline lists, notices, ads and footers after the body
    _title_copies(keys, reasons, good, first_good, last_good)
    _tail_blocks(keys, raws, reasons, good, keeper, held)
    _comment_floors(keys, raws, reasons, first_good)
    # short lines next to chrome, through other such lines (toolbar clusters: 【字号】/大/中/小)
    def absorbable(i: int, prev: str) -> bool:
        if reasons[i] or good[i] or keeper[i]:
            return False
        k = keys[i]
        if "关于" in k and i + 1 < n and not reasons[i + 1] and _DOC_TYPE_END.search(keys[i + 1]) \
                and not _DOC_TYPE_END.search(k):
            return False  # the first half of a title cut in two: 国务院办公厅关于开展 / …工作的通知
        if not _nav_like(k):
            return False
        if _TOOLBAR_WORDS.fullmatch(k):
            return True
        parts = raws[i].split()
        if 8 <= len(k) and i < first_good <= i + 6 and (len(parts) == 1 or max(map(len, parts)) == 1) \
                and not k.endswith(("：", ":")) and not ("|" in k or "｜" in k or _SIGNATURE.fullmatch(k)):
            # the title or heading (or its first half) above the body's first line, through title
            # lines, a subtitle, a date, a document number or a greeting, none of them chrome
            t = i + 1
            while t < first_good and not reasons[t] and (keeper[t] or len(keys[t]) >= 8):
                t += 1
            if t == first_good:
                return False
        if prev not in _STRONG_NEIGHBOURS:
            return False
        if prev in ("qr", "share") and len(k) > 4 and not (_QR.fullmatch(k) or _SHARE.fullmatch(k)):
            return False  # a follow-us line above the article title does not take the title
        if i < first_good or i > last_good:
            return True
        # inside the body a player or app banner does not take a short piece of a paragraph
        return len(k) <= 4 and _nav_item(k) and prev not in _WIDGET_NEIGHBOURS

    for order in (range(n), range(n - 1, -1, -1)):
        prev = None
        for i in order:
            if reasons[i]:
                prev = reasons[i] if reasons[i] not in _WEAK_NEIGHBOURS else None
                continue
            if prev is not None and absorbable(i, prev):
                reasons[i] = _neighbour_reason(keys[i], prev)
                prev = reasons[i]
            else:
                prev = None
    # buttons on lines of their own: two or more in a row, or one at the page edge
    i = 0
    while i < n:
        if not reasons[i] and not good[i] and _TOOLBAR_WORDS.fullmatch(keys[i]):
            j = i
            while j < n and not reasons[j] and not good[j] and _TOOLBAR_WORDS.fullmatch(keys[j]):
                j += 1
            if j - i >= 2 or i == 0 or j == n:
                for t in range(i, j):
                    reasons[t] = "toolbar"
            i = j
        else:
            i += 1
    _site_titles(keys, raws, reasons, good, first_good, last_good)  # again, with the chrome found since
    _dressed_titles(keys, reasons, good, first_good, last_good)
    # runs of three or more short nav-like lines in the head or the tail
    for lo, hi in ((0, first_good), (last_good + 1, n)):
        i = lo
        while i < hi:
            if not reasons[i] and not keeper[i] and _NAV_ITEM.fullmatch(keys[i]):
                j = i
                while j < hi and not reasons[j] and not keeper[j] and _NAV_ITEM.fullmatch(keys[j]):
                    j += 1
                if j - i >= 3 and any(_NAV_WORD.search(keys[t]) or _TOOLBAR_WORDS.fullmatch(keys[t]) for t in range(i, j)):
                    for t in range(i, j):
                        reasons[t] = "navigation"
                i = j
            else:
                i += 1
    _late_widgets(keys, raws, reasons)
    return reasons


def _late_widgets(keys: Sequence[str], raws: Sequence[str], reasons: list[str]) -> None:
    """Round seven's forms (``_widget_more``), given to the lines nothing else took, after every
    neighbour rule of the pass: the neighbourhood, the body span and the list evidence are those
    the earlier rules saw (a robot's greeting or a disclaimer still marks prose, an ad line breaks
    no chain of menu lines). Then the quick questions under a robot's 你可以这样问：, and 附件： /
    相关附件 alone over a file line that went (the page's downloads, not the document's own
    附件：1. …, whose items stay)."""
    n = len(keys)
    for i in range(n):
        if not reasons[i]:
            reasons[i] = _widget_more(keys[i], raws[i])
    for i in range(n - 1):
        if reasons[i] == "robot" and keys[i].endswith(("问：", "问:")):
            j = i + 1
            while j < min(n, i + 6) and not reasons[j] and _ROBOT_ITEM.fullmatch(keys[j]):
                reasons[j] = "robot"
                j += 1
        if not reasons[i] and (_ATTACH_LABEL.fullmatch(keys[i]) or _FILE_HEAD.fullmatch(keys[i])) \
                and reasons[i + 1] in ("attachment", "page_title", "paywall") and _FILE_MARK.search(keys[i + 1]):
            reasons[i] = "attachment"


_LIST_DATE = re.compile(r"[\[【(（]?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?(?:\s?\d{1,2}[:：]\d{2})?")
_LIST_MARK = re.compile(r"(?:[·•▪▫◆◇■□►▶▷»>●○★☆※→◎]|>>|[-–—*](?=\S)|\d{1,2}[.．、](?!\d)|[①-⑳]|[\[【(（]\d{1,2}[\]】)）])")
_LIST_HEADER = re.compile(  # a short header of a list of links: words ending in a list word, with decoration
    r"[◆◇■□●○▌▍▎|｜【\[#＃\s]*[\u4e00-\u9fff]{0,8}(?:推荐|回顾|热读|热文|热帖|热点|热榜|排行|排行榜|精选|阅读|链接|文档|文章|资讯|看点|"
    r"专题|聚焦|速览|一览)[】\]◆◇■□●○\s:：>》]*(?:更多>*)?"
)
_CIRCLED = str.maketrans("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", "①" * 20)


def _decorated_list(keys: Sequence[str], reasons: list[str], h: int) -> int:
    """A list under a related header ``h`` anywhere on the page: its items carry one kind of
    list mark (``•``, ``1.``, ``①``, ``▶``, ``>>``), perhaps with a date line after each (``02-05``);
    the items may end like sentences; or a ranking, each number on a line of its own above its
    title (``1`` / ``标题`` / ``2`` / …). Two or more marked items of at most 80 characters and
    nothing else but dates, chrome and at most one short title: the lines go (reason
    ``related``). Returns the index after the list (``h + 1`` when there is none)."""
    n = len(keys)
    j, items, kinds, other = h + 1, 0, set(), 0
    while j < n:
        k = keys[j]
        if reasons[j]:
            j += 1
            continue
        if _BARE_NUMBER.fullmatch(k) and j + 1 < n and not reasons[j + 1] and len(keys[j + 1]) <= 60 \
                and not _is_sentence(keys[j + 1]) and not _LIST_MARK.match(keys[j + 1]):
            items += 1  # a ranking: the number on a line of its own, the title on the next
            kinds.add("N")
            j += 2
            continue
        m = _LIST_MARK.match(k)
        if m and len(k) <= 80 and m.end() < len(k) and not (_NOT_ITEM.match(k) or _ATTACH.match(k[m.end():])):
            items += 1
            kinds.add(re.sub(r"\d{1,2}", "0", m.group(0)).translate(_CIRCLED))
        elif len(k) <= 16 and _LIST_DATE.fullmatch(k):
            pass
        elif len(k) <= 40 and not _is_sentence(k) and not (_HEADING.match(k) or _GREETING.fullmatch(k) or _is_keeper(k)):
            other += 1
        else:
            break
        j += 1
    if items >= 2 and len(kinds) == 1 and other <= 1:
        for t in range(h + 1, j):
            if not reasons[t]:
                reasons[t] = "related"
        return j
    return h + 1

_WIDGET_NEIGHBOURS = {"video", "app_banner", "cookie"}
_STRONG_NEIGHBOURS = {"toolbar", "breadcrumb", "navigation", "share", "qr", "ad", "ai_summary"} | _WIDGET_NEIGHBOURS
_WEAK_NEIGHBOURS = {"nav_list", "pagination", "separator", "markup", "mojibake", "caption", "notice", "url"}


def _running_headers(keys: Sequence[str], raws: Sequence[str], reasons: list[str], good: Sequence[bool]) -> None:
    """A PDF copy repeats the document title (or a chapter name) at the top of every page.

    A short line that is not a sentence, a heading or a greeting and comes back at least twice
    further down (each copy at least 8 lines after the one before) is a running header when the
    copies stand at page breaks: every later copy next to a page number (``- 3 -``, ``第3页``: not
    a bare number, which a table row number looks like), or three or more copies at regular
    distances (within a quarter of their median gap) in a page that is hard-wrapped or whose head
    holds the same line (the title). A copy before the first body line (the title) stays. A
    table repeating a cell value (``8个改革试验区域`` next to row numbers) is neither.
    """
    from textlab.wraps import wrap_width
    n = len(keys)
    first_good = next((i for i in range(n) if good[i]), n)
    wrapped = None

    def _wrapped(lines: Sequence[str]) -> bool:
        nonlocal wrapped
        if wrapped is None:
            wrapped = wrap_width(lines) is not None
        return wrapped

    where: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if not reasons[i] and not good[i] and 4 <= len(k) <= 60:
            where.setdefault(k, []).append(i)
    for k, idx in where.items():
        later = [i for i in idx if i > first_good]
        if len(later) < 2 or _is_sentence(k) or any(c in k for c in "。；！？") or _HEADING.match(k) \
                or _GREETING.fullmatch(k) or CN_DATE.fullmatch(k):
            continue
        copies = sorted(set(idx) - set(later))[-1:] + later  # the title copy counts for the spacing
        gaps = [b - a for a, b in zip(copies, copies[1:])]
        if min(gaps) < 8:
            continue
        at_break = all(any(0 <= j < n and reasons[j] == "pagination" for j in (i - 1, i + 1)) for i in later)
        median = sorted(gaps)[len(gaps) // 2]
        regular = len(copies) >= 3 and all(abs(g - median) * 4 <= median for g in gaps)
        if at_break or regular and (len(copies) > len(later) or _wrapped(raws)):
            for i in later:
                reasons[i] = "running_header"


def _bare_page_numbers(keys: Sequence[str], reasons: list[str]) -> None:
    """A line holding only a number is a page number when it sits between two long lines, or
    with one long neighbour when the numbers count up page by page (at least 10 lines apart);
    never after a line ending in Latin text or before ）/% (``PM`` / ``10`` / ``）``: a subscript)."""
    n = len(keys)
    # the neighbours are the nearest lines not already chrome (a running header after the number)
    prev = [-1] * n
    nxt = [n] * n
    last = -1
    for i in range(n):
        prev[i] = last
        if not reasons[i]:
            last = i
    last = n
    for i in range(n - 1, -1, -1):
        nxt[i] = last
        if not reasons[i]:
            last = i
    cands = [i for i in range(1, n - 1) if not reasons[i] and _BARE_NUMBER.fullmatch(keys[i])
             and 0 <= prev[i] and nxt[i] < n
             and not keys[prev[i]][-1].isascii() and keys[nxt[i]][0] not in "）)%％"]
    for k, i in enumerate(cands):
        prev_len, next_len = len(keys[prev[i]]), len(keys[nxt[i]])
        if max(prev_len, next_len) < 15:
            continue
        both = min(prev_len, next_len) >= 15 and not _HEADING.match(keys[prev[i]])
        value = int(keys[i])
        counted = any(
            0 <= k + d < len(cands) and abs(cands[k + d] - i) >= 10 and int(keys[cands[k + d]]) == value + d
            for d in (-1, 1)
        )
        if both or counted:
            reasons[i] = "pagination"


def _neighbour_reason(key: str, prev: str) -> str:
    if prev in ("share", "qr"):
        return prev
    if _TOOLBAR_WORDS.fullmatch(key):
        return "toolbar"
    if prev.startswith("metadata") or prev in ("breadcrumb", "related", "share", "qr", "paywall", "ad"):
        return prev if not prev.startswith("metadata") else "navigation"
    return "navigation"


def _kept_copy(idx: Sequence[int]) -> int:
    """Which copy of a title stays: the first of the last run of copies on consecutive lines (a
    page title at the top, chrome, then the article title: the article title; the article title
    twice in a row: the first of the two)."""
    keep = idx[-1]
    for a, b in zip(reversed(idx[:-1]), reversed(idx)):
        if b - a != 1:
            break
        keep = a
    return keep


def _page_titles(keys: Sequence[str], reasons: list[str], good: list[bool], first_good: int) -> None:
    head = min(len(keys), first_good + 1 if first_good < len(keys) else len(keys))
    copies: dict[str, list[int]] = {}  # the copies of each line in the head
    for i in range(head):
        if not reasons[i] and not good[i]:
            copies.setdefault(keys[i], []).append(i)
    first = {k: _kept_copy(idx) for k, idx in copies.items()}
    for i in range(head):
        if reasons[i] or good[i]:
            continue
        k = keys[i]
        m = _ANY_SUFFIX.fullmatch(k)
        if m:
            title = m.group(1)
            near = range(max(0, i - 40), min(head, i + 40))
            if any(t != i and not reasons[t] and keys[t] == title for t in near) or _SITE_SUFFIX.fullmatch(k) and any(
                    t != i and not reasons[t] and len(keys[t]) >= 6 and len(title) >= 6
                    and (keys[t] in title or title in keys[t]) for t in near):
                reasons[i] = "page_title"
                continue
        if first.get(k, i) != i and 4 <= len(k) <= 80 and not _HEADING.match(k) and not _GREETING.fullmatch(k) \
                and not any(c in k for c in "，。；！？"):
            reasons[i] = "page_title"  # the same line again in the head: one copy stays (_kept_copy)


_TITLE_ELEMENT = re.compile(r"<title>[^<>\n]{1,200}</title>", re.IGNORECASE)
_FILE_TITLE = re.compile(r"(.{2,80}?)\.(?:docx?|DOCX?|pdf|PDF|wps|WPS|pptx?|PPTX?|xlsx?|txt|TXT|caj|CAJ)(?:[-_—|｜]{1,2}.{1,20})?")
_WEB_SUFFIX = re.compile(r"(.{4,80}?)(?:\s[-|｜–]\s|_|｜|--)([^\s_|｜。！？；，、：:]{2,10})")


def _suffix_title(key: str) -> bool:
    """A page title with a site suffix (no comma or full stop in it)."""
    return len(key) <= 100 and not any(c in key for c in "，。；！？") and _SITE_SUFFIX.fullmatch(key) is not None


def _site_titles(keys: Sequence[str], raws: Sequence[str], reasons: list[str], good: Sequence[bool],
                 first_good: int, last_good: int) -> None:
    """A page title outside the body: ``标题_中国政府网``, ``标题 - 某某网``, ``标题--要闻--新华网``,
    ``标题.docx - 某某文库``, with no article title repeating it. It goes (into ``meta``) when it
    stands in the head or the tail next to other chrome (alone above the body it is the only name
    of the document and stays); a title with a subtitle ``——在…上的讲话`` or a colon is not a
    site suffix. A site banner (``ad``) of that shape is reported as the page title."""
    n = len(keys)
    for i in range(n):
        if reasons[i] == "ad" and (_FILE_TITLE.fullmatch(keys[i]) or _SITE_SUFFIX.fullmatch(keys[i])):
            reasons[i] = "page_title"
        if reasons[i] or good[i] or first_good <= i <= last_good:
            continue
        k, raw = keys[i], raws[i].strip()
        if _HEADING.match(k) or _GREETING.fullmatch(k) or any(c in k for c in "。！？；"):
            continue
        m = _SITE_SUFFIX.fullmatch(k)
        site = m is not None and not re.search(r"[:：]", k[len(m.group(1)):len(m.group(1)) + 2])
        if not (site or _FILE_TITLE.fullmatch(k) or _WEB_SUFFIX.fullmatch(raw)):
            continue
        if any(0 <= j < n and reasons[j] and reasons[j] != "page_title" for j in (i - 1, i + 1)):
            reasons[i] = "page_title"


# ------------------------------------------------------------------------------- metadata

_VALUE_END = re.compile(rf"\s{{2,}}|\u3000|\s(?=(?:{_LABEL_ALT})[：:])|(?=(?:{_LABEL_ALT})[：:])|[|｜]")


def line_meta(raw: str, reason: str, next_raw: str | None = None) -> dict:
    """Metadata carried by a removed line: ``{"source": …, "date": "2024-03-18", …}``."""
    out: dict = {}
    text = raw.strip()
    if reason == "page_title":
        text = re.sub(r"</?title>", "", text, flags=re.IGNORECASE)
        f = _FILE_TITLE.fullmatch(re.sub(r"\s+", "", text))
        m = _ANY_SUFFIX.fullmatch(f.group(1) if f else re.sub(r"\s+", "", text))
        if f and not m:
            out["page_title"] = f.group(1)
            site = re.sub(r"\s+", "", text)[f.end(1):].split(".", 1)[-1]
            site = re.sub(r"^[A-Za-z]{2,4}[-_—|｜]{0,2}", "", site)
            if site:
                out["site"] = site
        elif m:
            out["page_title"] = re.sub(r"(?:--|_|｜|\|)[^-_｜|]{1,6}$", "", m.group(1)) or m.group(1)  # --要闻--新华网
            out["site"] = m.group(2)
        else:
            out["page_title"] = _title_core_text(re.sub(r"\s+", "", text)) or text
        return out
    if not reason.startswith("metadata"):
        return out
    for m in re.finditer(rf"({_LABEL_ALT})\s*(?:[：:]|[|｜丨](?=[^|｜丨]{{1,20}}$))\s*", text):
        field = _LABEL_FIELD[m.group(1)]
        rest = text[m.end():]
        cut = _VALUE_END.search(rest)
        value = (rest[: cut.start()] if cut else rest).strip(" 　[]【】()（）")
        if not value and next_raw is not None:
            value = next_raw.strip()
        _put(out, field, m.group(1), value)
    if "date" not in out:
        d = iso_date(text)
        if d:
            out["date"] = d
    if "views" not in out and reason == "metadata:views":
        m = re.search(r"\d[\d,]*", text)
        if m:
            out["views"] = int(m.group(0).replace(",", ""))
    return out


def _put(out: dict, field: str, label: str, value: str) -> None:
    if not value:
        return
    if field == "date":
        d = iso_date(value)
        if d:
            out.setdefault("date", d)
    elif field == "views":
        m = re.match(r"\d[\d,]*", value)
        if m:
            out.setdefault("views", int(m.group(0).replace(",", "")))
    elif field in ("doc_number", "index_number", "issuer", "subject"):
        out.setdefault(field, value[:60])
    elif field == "tags":
        pass
    elif field == "author" and label in ("记者", "通讯员", "作者", "撰稿", "撰文"):
        out.setdefault("author", value)
    elif field == "author":
        pass
    else:
        out.setdefault(field, value[:60])


# ------------------------------------------------------------------------------- titles again

_TITLE_DECOR = re.compile(
    r"^(?:标题|题目|文章标题|文档标题)[：:]|^(?:全文|原文|附全文|图解|一图读懂)[｜|:：]|[（(][^（）()]{0,8}[〔\[［]\d{4}[〕\]］]\d{1,5}号[）)]$|[（(【\[]?(?:全文|范文|完整版|word版|WORD版|精选|最新|原文|附全文|可编辑|免费下载)[）)】\]]?$"
    r"|\.(?:docx?|DOCX?|pdf|PDF|wps|WPS|txt|TXT)$"
)
_TITLE_PUNCT = re.compile(r"[\s【】《》〈〉\[\]［］「」『』“”\"'‘’（）()：:，,、.·•\-—_|｜]")


def _title_core(key: str) -> str:
    """The words of a title-like line: site suffix, brackets, 全文/范文 marks, .docx and
    punctuation removed (``【2024年某市政府工作报告（全文）】_某某网`` -> ``2024年某市政府工作报告``)."""
    k = key
    for _ in range(3):
        f = _FILE_TITLE.fullmatch(k)
        if f:
            k = f.group(1)
        m = _SITE_SUFFIX.fullmatch(k) or _ANY_SUFFIX.fullmatch(k)
        if m and not _SUBTITLE.fullmatch(k[len(m.group(1)):]) or m and len(m.group(2)) <= 8:
            k = m.group(1)
        stripped = _TITLE_DECOR.sub("", k.strip("【】《》[]［］"))
        if stripped == k:
            break
        k = stripped
    return _TITLE_PUNCT.sub("", k)


def _title_core_text(key: str) -> str:
    """The title without its dress (brackets at the ends, 全文 marks, file suffix), punctuation kept."""
    k = key.strip("【】《》[]［］")
    for _ in range(2):
        k = _TITLE_DECOR.sub("", k).strip("【】《》[]［］")
    return k


def _title_like(key: str) -> bool:
    return 4 <= len(key) <= 90 and not any(c in key for c in "。；！？，") and not _HEADING.match(key) \
        and not _GREETING.fullmatch(key) and not CN_DATE.fullmatch(key)


def _title_copies(keys: Sequence[str], reasons: list[str], good: Sequence[bool], first_good: int, last_good: int) -> None:
    """The document title shown again: a page title in brackets 【】《》, with 全文 / 范文 / .docx or
    a site suffix, or the bare title a second time, in the head (before the first body line) or
    after the body. The title words are compared with the decoration removed; a decorated copy
    also matches when one title contains the other (the page title names the document in full,
    the article title only its first line). One copy stays: the first bare one (a line that is
    its own title words), else the last copy in the head."""
    n = len(keys)
    # the first 60 lines of the head and the last 60 of the tail: a bounded number of candidates
    near_edges = [i for i in range(n) if i < min(first_good, 60) or i > max(last_good, n - 61)]
    cand = [i for i in near_edges if not reasons[i] and not good[i]
            and _title_like(keys[i]) and not (_SIGNATURE.fullmatch(keys[i]) and not _TITLE_WORDS.search(keys[i]))]
    core = {i: _title_core(keys[i]) for i in cand}
    bare = {i: core[i] == _TITLE_PUNCT.sub("", keys[i]) and keys[i][:1] not in "【《[［〈「『" for i in cand}
    done: set[int] = set()
    for a in cand:
        if a in done or a > first_good or len(core[a]) < 4:
            continue
        group = [a]
        for b in cand:
            if b <= a or b in done or len(core[b]) < 4:
                continue
            ca, cb = core[a], core[b]
            same = ca == cb
            if not same and not (bare[a] and bare[b]) and min(len(ca), len(cb)) >= 6:
                short, long_ = sorted((ca, cb), key=len)
                same = short in long_ and len(short) * 2 >= len(long_)
            if same:
                group.append(b)
        if len(group) < 2:
            continue
        done.update(group)
        head = [i for i in group if i < first_good]
        bare_head = [i for i in group if bare[i] and i < first_good]
        keep = _kept_copy(bare_head) if bare_head else None
        if keep is None:
            keep = head[-1] if head else None
        for i in group:
            if i != keep and (bare[i] is False or keep is not None and core[i] == core[keep]):
                reasons[i] = "page_title"
    _dressed_titles(keys, reasons, good, first_good, last_good)


def _dressed_titles(keys: Sequence[str], reasons: list[str], good: Sequence[bool], first_good: int,
                    last_good: int) -> None:
    """A lone title in a site's dress (《…》, 【…】, …（全文）, 全文｜…, ….wps, …（国函〔2018〕1号）) in the
    first or last 60 lines next to chrome, or on the first line above a button (全屏) or the last line."""
    n = len(keys)
    for i in range(n):
        if not (i < min(first_good, 60) or i > max(last_good, n - 61)) or reasons[i] or good[i]:
            continue
        k = keys[i]
        dressed = _TITLE_DECOR.search(k) or _FILE_TITLE.fullmatch(k) or k[:1] in "【《" and k.rstrip("全文")[-1:] in "】》"
        if not dressed or not _title_like(k):
            continue
        core = _title_core(k)
        if len(core) < 6 or _cjk(core) < 5:
            continue
        near = any(0 <= j < n and reasons[j] for j in (i - 1, i + 1))
        edge = i == n - 1 or i == 0 and (_FILE_TITLE.fullmatch(k) or n > 1 and _TOOLBAR_WORDS.fullmatch(keys[1]))
        if near or edge:
            reasons[i] = "page_title"


# ------------------------------------------------------------------------------- after the body

_BULLET = r"[·•▪▫◆◇■□▲△►▶>»★☆\-–—*○●◎※→|｜▍▌①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]{1,2}"
_SHORT_DATE = r"\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?"
_ITEM_HEAD = re.compile(
    rf"^(?:{_BULLET}|\d{{1,2}}[、.．]|[\[【(（［]\d{{1,2}}[\]】)）］]|[\[【(（［]{_SHORT_DATE}[\]】)）］]|{_SHORT_DATE}(?=[^\d年月日]))"
)
_ITEM_EXTRA = (r"(?:浏览|阅读|点击|下载)[(（]?\d{1,7}[)）]?次?|\d{1,7}(?:阅读|浏览|次|人看过|人已?下载|人阅读|下载|次下载)|"
               r"\d(?:\.\d)?分|共?\d{1,4}页|[(（]\d{1,4}页[)）]|\d{1,5}(?:KB|MB|K|M)|\d{1,3}下载券")
_ITEM_TAIL = re.compile(
    rf"(?:[\[【(（［]?{_SHORT_DATE}[\]】)）］]?(?:发布)?|\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)|{_ITEM_EXTRA})$",
    re.I,
)
_ITEM_MARK_SPLIT = re.compile(r"\s+(?=[>·•▪◆◇■□▶|｜]|[\[［]\d{1,2}[\]］]|\d{1,2}[、.．](?!\d))")
_ITEM_SPLIT = re.compile(r"\t+|\u3000{2,}|\s{2,}")


# a date in brackets or after a gap, a file suffix: not the end of a wrapped piece of prose
_STRICT_MARK = re.compile(
    rf"(?:[\[【(（［]{_SHORT_DATE}[\]】)）］]|\s{_SHORT_DATE}|\.(?:docx?|pdf|wps|pptx?))(?:\s*(?:{_ITEM_EXTRA}))*$|\s(?:{_ITEM_EXTRA})$",
    re.I,
)

def _headline(key: str) -> tuple[bool, bool, bool, bool]:
    """(a headline of a link list by shape, decorated with a bullet / number / date / file mark,
    ends like a sentence, marked with a date, file suffix or counter). A headline is 6 to 50
    characters of words without a semicolon, at most one comma, not ending in a colon."""
    if len(key) > 120:
        return False, False, False, False
    core, decorated, marked = key, False, False
    for _ in range(4):
        m = _ITEM_HEAD.match(core)
        if m and m.end() < len(core):
            marked = marked or bool(re.search(r"\d[-/.年]\d", m.group(0)))
            core, decorated = core[m.end():], True
        m = _ITEM_TAIL.search(core)
        if m and m.start() >= 4:
            core, decorated, marked = core[: m.start()], True, True
    n = len(core)
    ok = 6 <= n <= 50 and _cjk(core) >= 5 and "；" not in core and core.count("，") <= 1 \
        and core.rstrip("“”‘’\"'「」『』")[-1:] not in "：:，、" and core.count("。") <= 2
    return ok, decorated, _is_sentence(core), marked


def _multi_items(raw: str) -> bool:
    """Two or more decorated headlines on one line (``· 标题一.doc（2024.01.21）　　· 标题二.pdf``,
    ``[1] 标题一 [2] 标题二``): split at wide gaps, or at the item marks after a space."""
    parts = [re.sub(r"\s+", "", p) for p in _ITEM_SPLIT.split(raw.strip())]
    if len(parts) < 2:
        parts = [re.sub(r"\s+", "", p) for p in _ITEM_MARK_SPLIT.split(raw.strip())]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return False
    heads = [_headline(p) for p in parts]
    dec = [h for h in heads if h[1]]
    return len(dec) >= 2 and sum(1 for h in heads if h[0] or h[1]) >= len(parts) - 1


_POST_END = re.compile(r"(?:部长|主任|局长|书记|主席|委员|秘书长|司长|厅长|省长|市长|县长|区长|理事长|组长|成员|总理|处长|科长|院长|校长|行长|署长|经理)$")
_NOT_ITEM = re.compile(r"[一二三四五六七八九十]{1,3}[、．.是]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百\d]{1,4}[章节部分条篇编款]"
                       r"|第[一二三四五六七八九十]{1,3}[，,、：:]|(?:首先|其次|再次|最后)[，,、：:]")
_DOC_TYPE_END = re.compile(r"(?:名单|通知|意见|决定|办法|规定|方案|报告|批复|复函|纪要|公告|通告|条例|细则|要点|讲话|决议|公报|材料|总结|讲稿|心得|体会)[）)]?$")
_LINK_MARKS = re.compile(r"[【】\[\]｜|：:？?《》]|上一|下一")
_ATTACH = re.compile(r"附件|附表|附录|抄送|抄报|目录|主送|参考文献|注释")

_PHONE = re.compile(r"(?<!\d)(?:\d{3,4}[-—－]\d{7,8}|400[-—－]?\d{3}[-—－]?\d{4}|1[3-9]\d{9}|123\d{2})(?!\d)")
_PHONE_LABEL = re.compile(r"(?:电话|热线|传真|手机|Tel|TEL|tel|联系方式)[：:]?[\d(（]")
_FOOTER_WEAK = re.compile(
    r"©|Copyright|COPYRIGHT|版权所有|All\s?Rights|(?:19|20)\d{2}\s?[-—–~～至]\s?(?:19|20)\d{2}|ICP|备案号|公网安备|网站标识码|"
    r"地址[：:]|邮编|邮政编码|传真[：:]|E-?mail|邮箱[：:]|@[A-Za-z0-9-]+\.[A-Za-z]|技术支持|浏览器|分辨率|主办单位|承办单位|主管单位|"
    r"主办[：:]|联系我们|关于我们|网站地图|举报电话|举报中心|不良信息举报|法律声明|免责声明|隐私政策|版权声明|友情链接|不代表本站|本站观点"
)
_FOOTER_TECH = re.compile(r"@|©|Copyright|浏览器|分辨率|版权|ICP|备案号|公网安备|网站标识码|技术支持")
_AD_WEAK = re.compile(
    r"^[【\[［(（]?(?:推广|广告|推荐|赞助)[】\]］)）：:]|赞助商|商务合作|广告合作|合作咨询|咨询热线|服务热线|点击咨询|立即咨询|在线咨询|"
    r"立即报名|马上报名|免费领取|领取资料|扫码领取|免费注册|关闭广告|限时优惠|\d元领取|立即抢购|立即购买|限时折扣"
)
_UI_WORD = re.compile(
    r"下载|登录|注册|开通|会员|VIP|vip|积分|付费|免费|全文|预览|试读|未读|展开|点击|立即|购买|上传|侵权|收益|本站|文档|完整|"
    r"查看|[￥¥]|\d元|剩余|还剩|获取|按钮|前\d{1,3}页|收藏|举报"
)


def _tail_blocks(keys: Sequence[str], raws: Sequence[str], reasons: list[str], good: Sequence[bool],
                 keeper: Sequence[bool], held: Sequence[bool] | None = None) -> None:
    """Chrome after the last line of the body, and notices anywhere, decided by shape and neighbours.

    * Link lists: two or more headline-shaped lines in a row after the body (a short header line
      before them or none), with bullets, numbers, dates or file marks on two of them, or three
      or more of them (a headline ending in 。 counts when the list has other evidence), or
      followed straight by chrome. Never after 附件 / 抄送 / 目录, never a date, signature,
      greeting or a heading ``一、`` / ``（一）``.
    * Notices, ads and footers: short lines with two or more UI words (下载, 会员, 全文, 登录 …),
      ad words (推广, 咨询热线, 立即报名 …) or footer marks (©, 版权所有, ICP, 地址：, 传真,
      a phone number, a year range …); after the body when chrome or another such line stands
      next to them, inside the body only with three UI words or next to chrome."""
    n = len(keys)
    from textlab.wraps import wrap_width
    width: list = []  # the page's wrap width, found when a line first asks

    def is_full(i: int) -> bool:
        if not width:
            width.append(wrap_width(raws) if n >= 5 else None)
        return width[0] is not None and len(raws[i].rstrip()) >= 0.85 * width[0]

    full = _Lazy(is_full)
    heads = _Lazy(lambda i: _headline(keys[i]) if not reasons[i] else (False, False, False, False))
    multi = _Lazy(lambda i: not reasons[i] and 30 < len(keys[i]) <= 400 and _multi_items(raws[i]))

    def item(i: int) -> bool:
        if multi[i]:
            return True
        k = keys[i]
        colon = min((k.find(c) for c in "：:" if c in k), default=-1)
        if (full[i] or i > 0 and full[i - 1]) and not _STRICT_MARK.search(raws[i].rstrip()) \
                or 0 <= colon <= 5 and not heads[i][1]:
            return False  # a piece of a hard-wrapped paragraph, a name list 副主任：某某
        if not heads[i][1] and len(raws[i].strip()) >= 16 and any(
                0 <= j < n and len(raws[j].rstrip()) == len(raws[i].rstrip()) for j in (i - 1, i + 1)):
            return False  # pieces of a paragraph cut at one width
        return heads[i][0] and not (CN_DATE.fullmatch(k) or _GREETING.fullmatch(k) or _NOT_ITEM.match(k)
                                    or _SUBTITLE.fullmatch(k) or _KEEP_WORDS.search(k) or _DOC_NUMBER.fullmatch(k)
                                    or _SIGNATURE.fullmatch(k) and not _TITLE_WORDS.search(k) or _BYLINE.fullmatch(k)
                                    or _POST_END.search(k))

    # the body ends at the last good line that is not itself a headline of a list or a footer
    def body_end() -> int:
        # a short sentence may be a headline of the list; when no other body line is found, it
        # ends the body unless it carries a bullet, number, date or file mark
        for strict in (True, False):
            for i in range(n - 1, -1, -1):
                if good[i] and not reasons[i] and not (item(i) and (strict and len(keys[i]) <= 40 or heads[i][1] or multi[i])) \
                        and not (len(keys[i]) <= 60 and _FOOTER_WEAK.search(keys[i])):
                    return i
        return -1

    kinds = [""] * n
    _notices(keys, reasons, keeper, good, full, body_end(), kinds)
    closing = body_end()
    before = sum(1 for r in reasons if r)
    _link_lists(keys, reasons, good, keeper, heads, multi, item, closing, held or [False] * n)
    if sum(1 for r in reasons if r) != before:  # new chrome beside notices: look again
        _notices(keys, reasons, keeper, good, full, closing, kinds)


_PROVINCE = (r"北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
             r"贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|海外")
_FLOOR_HEAD = re.compile(
    r"[【\[]?(?:全部|精选|热门|最新|网友|读者|用户)?(?:评论|留言|跟帖|回帖|评论区|留言区|留言板)(?:区|板|列表)?[】\]]?"
    r"(?:[（(]\d{1,6}[）)]|\d{1,6}条?)?[：:]?|我要(?:留言|评论)|写(?:下)?(?:评论|留言)\.{0,3}…?|发表(?:评论|留言|看法)|\d{1,6}条(?:评论|留言|回复)"
)
# one line of a comment floor: a floor number, a quoted reply, a user with a place, likes, a time ago
_FLOOR_MARK = re.compile(
    rf"^\d{{1,4}}(?:楼|#)|^#\d{{1,4}}|(?:楼主|层主|沙发|板凳)|引用.{{1,24}}的(?:回复|发言|帖子)|^回复\s?\S{{1,16}}[：:]|\S{{1,16}}\s回复\s\S{{1,16}}[：:]|"
    rf"^\S{{1,16}}\s+(?:{_PROVINCE})(?:网友|用户)?$|IP属地|(?:{_PROVINCE})网友$|^(?:赞|点赞|顶|踩)\s?[(（]?\d{{1,6}}[)）]?$|"
    rf"\s(?:赞|回复)\s?[(（]?\d{{0,6}}[)）]?$|\d{{1,2}}(?:分钟|小时|天)前$|^(?:作者回复|楼主|博主)$|^用户\d{{5,}}"
)


def _comment_floors(keys: Sequence[str], raws: Sequence[str], reasons: list[str], first_good: int) -> None:
    """Comment floors after the body: from a header (评论（92）, 留言区, 我要留言) or the first floor
    line, a run of short lines (at most 100 characters, none a heading, date, signature or
    attachment line) that holds three or more floor lines (floor numbers 2楼, quoted replies
    引用…的回复, a user with a province 山东网友, likes 赞(36), 9小时前), at least one in four
    of its lines, no two lines of prose (40 characters or more) in a row without a mark between
    them, and reaches the end of the page through lines that are chrome already. Comments are sentences, so the body-end
    rules cannot see them; the floor marks can."""
    n = len(keys)
    if first_good >= n:
        return

    def mark(i: int) -> bool:
        return bool(_FLOOR_MARK.search(raws[i].strip()))

    def short_line(i: int) -> bool:
        k = keys[i]
        # a speech's closing paragraph opening with its greeting (各位代表！…) is no comment
        return len(k) <= 100 and not (_HEADING.match(k) or CN_DATE.fullmatch(k) or _SIGNATURE.fullmatch(k)
                                      or _KEEP_WORDS.search(k) or _DOC_NUMBER.fullmatch(k)
                                      or len(k) >= 40 and _GREETING.match(k) and _is_good(k))

    i = first_good + 1
    while i < n:
        head = len(keys[i]) <= 16 and bool(_FLOOR_HEAD.fullmatch(keys[i]))
        if reasons[i] and not head or not (head or mark(i)) or not short_line(i):
            i += 1
            continue
        j = i + 1
        while j < n and (reasons[j] or short_line(j)):
            j += 1
        rest = [t for t in range(i, j) if not reasons[t]]
        marks = sum(1 for t in rest if mark(t))
        # two paragraphs of prose in a row with no floor mark between them are the body
        prose = any(len(keys[a]) >= 40 and len(keys[b]) >= 40 and not mark(a) and not mark(b)
                    for a, b in zip(rest, rest[1:]))
        if j == n and marks >= 3 and marks * 4 >= len(rest) and not prose:
            for t in range(i, j):
                if not reasons[t]:
                    reasons[t] = "comments"
            return
        i += 1

class _Lazy:
    """``f(i)`` computed on first use (only the lines near the end of a page are ever asked)."""

    def __init__(self, f):
        self.f, self.memo = f, {}

    def __getitem__(self, i: int):
        if i not in self.memo:
            self.memo[i] = self.f(i)
        return self.memo[i]


def _link_lists(keys, reasons, good, keeper, heads, multi, item, closing, held) -> None:
    n = len(keys)
    i = closing + 1 if closing >= 0 else n  # a page without a body line has no "after"
    while i < n:
        if reasons[i] or held[i] or not item(i):
            i += 1
            continue
        j = i
        while j < n and not reasons[j] and not held[j] and item(j):
            j += 1
        run = range(i, j)
        attached = any(_ATTACH.search(keys[t]) for t in range(max(0, i - 3), i)) or i > 0 and not reasons[i - 1] \
            and ("：" in keys[i - 1] or "如下" in keys[i - 1] or  # a list the text announces (成员：…)
                 len(keys[i - 1]) >= 16 and not _is_sentence(keys[i - 1]) and "，" in keys[i - 1])  # a sentence goes on
        later = [t for t in range(j, n) if not reasons[t]]
        after_ok = not any(good[t] and not item(t) or (CN_DATE.fullmatch(keys[t]) or _SIGNATURE.fullmatch(keys[t]))
                           and keeper[t] and not _FOOTER_WEAK.search(keys[t]) for t in later)
        dec = sum(heads[t][1] or multi[t] for t in run)
        marked = sum(heads[t][3] or multi[t] for t in run)
        sent = sum(heads[t][2] for t in run)
        lens = [len(keys[t]) for t in run]
        similar = max(lens) <= 2.5 * min(lens)
        # numbered short sentences are a list of the body (47.某市深化改革。): a list of links is
        # made of titles, or carries dates and file marks
        enough = marked >= 2 or multi[i] or sent * 2 < j - i and (
            dec >= 2 or (j - i >= 3 and similar) or (sent == 0 and (j == n or bool(reasons[j]))))
        # two bare lines whose second ends in a document type are one title cut in two
        # (国务院职业教育工作 / 部际联席会议成员名单), not two headlines
        split_title = j - i == 2 and not dec and not marked and _DOC_TYPE_END.search(keys[i + 1]) \
            and not _DOC_TYPE_END.search(keys[i]) and reasons[i - 1] != "related" and len(keys[i]) <= 24 \
            and not (_LINK_MARKS.search(keys[i]) or _LINK_MARKS.search(keys[i + 1]))
        if (j - i >= 2 or multi[i]) and not attached and after_ok and enough and not split_title:
            for t in run:
                reasons[t] = "related"
            # a header above (猜你喜欢, 本类热门) and 更多 / 换一换 below
            for t in (i - 1, i - 2, j, j + 1):
                if closing < t < n and not reasons[t] and not good[t] and not keeper[t] and len(keys[t]) <= 14 \
                        and not _is_sentence(keys[t]) and (t in (i - 1, j) or reasons[t + (1 if t < i else -1)] == "related"):
                    reasons[t] = "related"
        i = j


def _notices(keys, reasons, keeper, good, full, closing, kinds) -> None:
    n = len(keys)
    def weak(i: int) -> str:
        k = keys[i]
        if reasons[i] or len(k) > 40 or "。" in k or "；" in k or k.count("，") > 1:
            return ""
        if keeper[i] and not (i > closing and (_FOOTER_WEAK.search(k) or _PHONE_LABEL.search(k))):
            return ""
        if full[i]:
            return ""
        if _AD_WEAK.search(k):
            return "ad"
        if len(_UI_WORD.findall(k)) >= 2 and (len(k) <= 24 or "，" not in k):
            return "paywall"
        if good[i] and not (_PHONE.search(k) or _FOOTER_TECH.search(k)):
            return ""  # 主办单位：省交通运输厅，各州、市人民政府 in a list of projects
        if _FOOTER_WEAK.search(k) or _PHONE.search(k) and (_PHONE_LABEL.search(k) or _cjk(k) * 3 <= len(k)):
            return "footer"
        return ""

    kinds[:] = [weak(i) for i in range(n)]
    for _ in range(3):
        changed = False
        for i in range(n):
            if not kinds[i] or reasons[i]:
                continue
            # a structure line (联系电话：…, 主办单位：…人民政府) needs chrome beside it, not a look-alike
            near = [j for j in (i - 1, i + 1) if 0 <= j < n and (reasons[j] or kinds[j] and not keeper[i])]
            edge = (i == n - 1 or i == 0) and not keeper[i]  # 联系电话： / 主办单位：… closing a notice stay
            inside = not i > closing
            strong_here = len(keys[i]) <= 30 and (len(_UI_WORD.findall(keys[i])) >= 3 or bool(_AD_WEAK.search(keys[i])))
            if (not inside and (near or edge)) or (inside and (strong_here or any(reasons[j] for j in near))):
                reasons[i] = kinds[i]
                changed = True
        if not changed:
            break
