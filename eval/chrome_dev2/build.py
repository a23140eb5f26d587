"""Build the SECOND chrome development set (eval/chrome_dev2/pages.jsonl).

Written by helper "chrome2" (issue 14) without looking at the chrome strings of
eval/chrome_dev/build.py or of textlab's rules: the chrome below is written fresh from the
layout of Chinese government portals, news portals, party-building sites, WeChat copies,
document-sharing sites and PDF copies. The content is contiguous runs of real paragraphs from
../shared/corpus. Every line carries gold: label (content / chrome / blank), kind (chrome kind
or content role) and para (wrapped pieces share their paragraph id).

    python eval/chrome_dev2/build.py          # writes eval/chrome_dev2/pages.jsonl (seed 2026)
    python eval/chrome_dev2/build.py --seed 7 --out /tmp/other.jsonl   # the same shapes, other draws
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = next((c for c in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus") if c.is_dir()),
              ROOT.parent / "shared" / "corpus")  # ../shared/corpus from /work/main, ../../shared from /work/wt/<name>
SEED = 2026
SOURCES = ["city_gwr_2024", "state_council_2004_2019", "provincial_gwr_2025",
           "national_gwr_wikisource", "cpc_congress_wikisource"]

FW = str.maketrans("0123456789:|/>-", "０１２３４５６７８９：｜／＞－")


def fw(s: str, rng: random.Random) -> str:
    """Sometimes turn digits and ASCII punctuation full-width."""
    return s.translate(FW) if rng.random() < 0.3 else s


class Page:
    def __init__(self, pid: str, style: str):
        self.pid, self.style = pid, style
        self.lines: list[dict] = []
        self.meta: dict = {}
        self.para = 0

    def c(self, text: str, kind: str) -> None:
        self.lines.append({"text": text, "label": "chrome", "kind": kind, "para": None})

    def cs(self, texts: list[str], kind: str) -> None:
        for t in texts:
            self.c(t, kind)

    def blank(self) -> None:
        self.lines.append({"text": "", "label": "blank", "kind": "", "para": None})

    def content(self, pieces: list[str], kind: str, clean: str | None = None) -> None:
        self.para += 1
        for p in pieces:
            rec = {"text": p, "label": "content", "kind": kind, "para": self.para}
            if clean is not None:
                rec["clean"] = clean
            self.lines.append(rec)

    def record(self) -> dict:
        return {"id": self.pid, "style": self.style, "meta": self.meta, "lines": self.lines}


HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分条]|[0-9]+\.)")
DATE = re.compile(r"^[一二〇○零0-9０-９]{4}年[^，。]{1,4}月[^，。]{1,4}日$")


def role(p: str, i: int, n: int, from_start: bool) -> str:
    if from_start and i == 0 and title_like(p):
        return "title"
    if DATE.match(p):
        return "date"
    if p.endswith("：") and len(p) <= 16:
        return "greeting"
    if i >= n - 2 and len(p) <= 20 and not re.search(r"[。，；！？]", p):
        return "signature"
    if HEADING.match(p) and len(p) <= 40 and not p.endswith("。"):
        return "heading"
    if len(p) <= 22:
        return "short"
    return "body"


def paragraphs_of(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        s = line.strip().replace("\u3000", "")
        if not s or s.startswith("来源") or s.startswith("--") or s.startswith("——"):
            continue
        if re.fullmatch(r"[\[\]0-9.（）()]+", s):  # wikisource footnote residue
            continue
        out.append(s)
    return out


def usable(path: Path, paras: list[str]) -> bool:
    if len(paras) < 8:
        return False
    lens = [len(p) for p in paras if len(p) > 10]
    if not lens:
        return False
    top = max(lens)
    near = sum(1 for x in lens if x >= top - 2)
    if near > 0.3 * len(lens):  # cut at a fixed width
        return False
    # wikisource copies with link fragments: too many lines without closing punctuation mid-sentence
    frag = sum(1 for p in paras if not re.search(r"[。！？：；）”」]$", p) and not HEADING.match(p) and len(p) > 3)
    return frag <= 0.1 * len(paras)


def title_like(p: str) -> bool:
    p = p.strip("\u200b\u200d\ufeff")
    return not p.startswith(("（", "(")) and len(p) <= 45 and not re.search(r"[。：:；，]$", p) and "，" not in p


def doc_title(path: Path, paras: list[str]) -> str:
    """The document's title: its first line when that is one, otherwise made from the file name."""
    if title_like(paras[0]):
        return paras[0]
    parts = path.stem.split("_")
    if len(parts) >= 3 and parts[-1] == "政府工作报告":
        return f"{parts[0]}年{parts[1]}政府工作报告"
    return parts[-1]


def run_of(paras: list[str], rng: random.Random, k: int, from_start: bool) -> list[str]:
    if from_start:
        return paras[:k]
    i = rng.randrange(1, max(2, len(paras) - k))
    return paras[i:i + k]


def body(page: Page, run: list[str], from_start: bool, rng: random.Random, between=None) -> None:
    for i, p in enumerate(run):
        page.content([p], role(p, i, len(run), from_start))
        if between and i in between:
            between[i]()
        if rng.random() < 0.25:
            page.blank()


def pick_date(rng: random.Random, year: int) -> tuple[str, str]:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    iso = f"{year:04d}-{m:02d}-{d:02d}"
    h, mi = rng.randint(7, 22), rng.randint(0, 59)
    shapes = [f"{iso} {h:02d}:{mi:02d}", f"{year}年{m}月{d}日", f"{year}年{m:02d}月{d:02d}日 {h:02d}:{mi:02d}",
              f"{iso}", f"{year}/{m:02d}/{d:02d} {h:02d}:{mi:02d}:{rng.randint(0,59):02d}", f"{year}.{m:02d}.{d:02d}"]
    return rng.choice(shapes), iso


# ---------------------------------------------------------------------------------------------
# government portals

PROVINCES = ["湖南省", "江西省", "山西省", "贵州省", "吉林省", "福建省", "甘肃省", "安徽省"]
CITIES = ["岳阳市", "赣州市", "大同市", "遵义市", "延边州", "泉州市", "天水市", "芜湖市"]
COUNTIES = ["平江县", "瑞金市", "灵丘县", "湄潭县", "安图县", "安溪县", "秦安县", "繁昌区"]


def font_toolbar(page: Page, rng: random.Random) -> None:
    shape = rng.randrange(7)
    if shape == 0:
        page.c("字号：大 中 小", "toolbar")
    elif shape == 1:
        page.c("【字体：大　中　小】", "toolbar")
    elif shape == 2:
        page.cs(["字号", "大", "中", "小"], "toolbar")
    elif shape == 3:
        page.cs(["[ 字体 ]", "默认", "大号", "超大"], "toolbar")
    elif shape == 4:
        page.c("字体大小：T｜T｜T", "toolbar")
    elif shape == 5:
        page.c("文字大小：【大】【中】【小】 【打印】 【关闭】", "toolbar")
    else:
        page.cs(["【字号：", "大", "中", "小", "】"], "toolbar")


def buttons(page: Page, rng: random.Random) -> None:
    items = rng.sample(["打印本页", "关闭窗口", "收藏", "下载", "全屏阅读", "我要纠错", "分享", "【打印】", "【关闭】", "[收藏本页]", "保存为PDF"], 4)
    if rng.random() < 0.5:
        page.c(rng.choice(["  ", " | ", "　", " "]).join(items), "toolbar")
    else:
        page.cs(items, "toolbar")


def breadcrumb(page: Page, rng: random.Random, site: str, section: str) -> None:
    items = [rng.choice(["首页", "网站首页", "主页"]), rng.choice(["政务公开", "信息公开", "政府信息公开"]), section]
    shape = rng.randrange(5)
    if shape == 0:
        page.c("当前位置：" + " > ".join(items), "breadcrumb")
    elif shape == 1:
        page.c("您现在的位置：" + "»".join(items), "breadcrumb")
    elif shape == 2:
        page.c("当前位置：", "breadcrumb")
        for j, it in enumerate(items):
            page.c(it, "breadcrumb")
            if j < len(items) - 1:
                page.c(rng.choice([">", "＞", "›", ">>"]), "breadcrumb")
    elif shape == 3:
        page.cs(["您所在的位置："] + items, "breadcrumb")
    else:
        page.c(fw(" / ".join(items), rng), "breadcrumb")


def qr(page: Page, rng: random.Random) -> None:
    page.c(rng.choice(["扫一扫在手机打开当前页", "手机扫一扫", "用手机扫描二维码 打开本页", "【扫码阅读】",
                       "扫一扫在手机上查看当前页面", "手机看"]), "qr")


def share(page: Page, rng: random.Random) -> None:
    shape = rng.randrange(3)
    if shape == 0:
        page.c("分享到：" + rng.choice(["微信 微博 QQ空间", "", "新浪微博 | 微信好友 | QQ"]), "share")
    elif shape == 1:
        page.cs(["分享到：", "微信", "微博"], "share")
    else:
        page.c("【分享】", "share")


def related(page: Page, rng: random.Random, titles: list[str]) -> None:
    page.c(rng.choice(["相关链接", "相关新闻", "【相关阅读】", "相关文章：", "相关稿件"]), "related")
    for t in rng.sample(titles, min(len(titles), rng.randint(2, 4))):
        page.c(rng.choice(["", "· ", "• "]) + t + rng.choice(["", "  " + pick_date(rng, 2024)[0][:10]]), "related")


def gov_footer(page: Page, rng: random.Random, site: str) -> None:
    code = "".join(str(rng.randint(0, 9)) for _ in range(10))
    icp = f"{site[:1]}ICP备{rng.randint(10000000, 99999999)}号"
    gab = f"{site[:1]}公网安备 {rng.randint(10000000000000, 99999999999999)}号"
    parts = [rng.choice(["网站地图 | 联系我们 | 使用帮助 | 隐私声明", "关于我们｜网站地图｜联系我们"]),
             f"主办：{site}人民政府办公室　承办：{site}大数据中心" if site != "中国政府网" else "主办单位：国务院办公厅　运行维护单位：中国政府网运行中心",
             f"版权所有：{site}人民政府" if site != "中国政府网" else "版权所有：中国政府网",
             f"网站标识码：{code}　{icp}　{gab}",
             rng.choice(["政府网站找错", "我为政府网站找错", "适老化无障碍服务"]),
             rng.choice(["建议使用1920×1080分辨率", "技术支持：某某信息技术有限公司", "联系电话：0731-8888" + str(rng.randint(1000, 9999))])]
    if rng.random() < 0.4:
        page.c(" ".join(parts[1:4]), "footer")
        page.c(parts[0], "footer")
    else:
        for p in rng.sample(parts, len(parts)):
            page.c(p, "footer")


def gov_portal(page: Page, title: str, run: list[str], from_start: bool, rng: random.Random, year: int, rel: list[str]) -> None:
    level = rng.randrange(4)
    site = ["中国政府网", rng.choice(PROVINCES), rng.choice(CITIES), rng.choice(COUNTIES)][level]
    sitename = site if level == 0 else site + "人民政府"
    if rng.random() < 0.6:
        nav = ["首页", "政务公开", "政务服务", "互动交流", "走进" + site[:2]] if level else ["首页", "国务院", "总理", "新闻", "政策", "互动", "服务", "数据", "国情"]
        if rng.random() < 0.5:
            page.c("  ".join(nav), "navigation")
        else:
            page.cs(nav, "navigation")
    if rng.random() < 0.5:
        page.c(rng.choice(["无障碍", "长者模式", "English", "繁體", "登录 | 注册"]) + rng.choice(["  ", " | "]) + rng.choice(["简体", "智能问答", "搜索"]), "navigation")
    breadcrumb(page, rng, site, rng.choice(["政府工作报告", "政策文件", "通知公告", "国务院文件"]))
    if rng.random() < 0.6:
        page.c(f"{title}{rng.choice(['_', '-', '—', ' - ', '｜'])}{sitename}{rng.choice(['', '门户网站', '网站'])}", "page_title")
    shown, iso = pick_date(rng, year)
    src = rng.choice([f"{site}人民政府办公厅" if level else "新华社", "本网", site + "发展改革委"])
    meta_shape = rng.randrange(4)
    if meta_shape == 0:
        page.c(f"发布时间：{shown}　来源：{src}", "metadata")
    elif meta_shape == 1:
        page.cs(["发布日期：", shown, "信息来源：", src], "metadata")
    elif meta_shape == 2:
        page.c(f"来源：{src}  |  {shown}  |  浏览次数：{rng.randint(100, 99999)}", "metadata")
    else:
        page.c(f"【时间：{shown}】【来源：{src}】", "metadata")
    page.meta["date"] = iso
    if rng.random() < 0.7:
        font_toolbar(page, rng)
    if rng.random() < 0.5:
        buttons(page, rng)
    if rng.random() < 0.3:
        page.blank()
    body(page, run, from_start, rng)
    if rng.random() < 0.6:
        font_toolbar(page, rng) if rng.random() < 0.3 else buttons(page, rng)
    if rng.random() < 0.6:
        qr(page, rng)
    if rng.random() < 0.6:
        share(page, rng)
    if rng.random() < 0.7:
        related(page, rng, rel)
    gov_footer(page, rng, site)


# ---------------------------------------------------------------------------------------------
# news portals

NEWS = [("人民网", "people.com.cn"), ("新华网", "news.cn"), ("央视网", "cctv.com"), ("光明网", "gmw.cn")]
EDITORS = ["王晓明", "李娜", "张伟", "陈思远", "刘洋", "赵丽", "孙浩", "周晴"]


def news_portal(page: Page, title: str, run: list[str], from_start: bool, rng: random.Random, year: int, rel: list[str]) -> None:
    site, dom = rng.choice(NEWS)
    nav = {"人民网": ["人民网", "时政", "国际", "观点", "地方", "财经", "科技"], "新华网": ["新华网", "高层", "时政", "国际", "财经", "思客"],
           "央视网": ["央视网", "新闻", "体育", "综艺", "直播", "片库"], "光明网": ["光明网", "时政", "理论", "文化", "教育"]}[site]
    if rng.random() < 0.5:
        page.c(rng.choice([" ", "|", "  "]).join(nav), "navigation")
    else:
        page.cs(nav, "navigation")
    if rng.random() < 0.5:
        page.c(rng.choice([f"{site}>>时政>>正文", f"{site} > 时政频道 > 正文", f"{site}首页 > 要闻"]), "breadcrumb")
    page.c(f"{title}--{rng.choice(['时政', '政治', '要闻'])}--{site}" if rng.random() < 0.5 else f"{title}_{site}", "page_title")
    shown, iso = pick_date(rng, year)
    page.meta["date"] = iso
    ed = rng.choice(EDITORS)
    sh = rng.randrange(5)
    if sh == 0:
        page.c(f"{shown}  来源：{site}－{rng.choice(['人民日报', '新华社', '光明日报'])}", "metadata")
    elif sh == 1:
        page.cs([f"来源：{site}", shown], "metadata")
    elif sh == 2:
        page.c(f"{shown} | 来源： {rng.choice(['新华社', '央视新闻客户端'])} | 作者：{ed}", "metadata")
    elif sh == 3:
        page.cs([shown, f"作者：{ed}", f"来源：{site}"], "metadata")
    else:
        page.c(f"{site}{shown}电", "metadata")
    if rng.random() < 0.4:
        page.c(rng.choice(["小字号", "大字号", "A+ A-"]) if rng.random() < 0.5 else "分享到：", "toolbar" if rng.random() < 0.5 else "share")
    if rng.random() < 0.4:
        page.c(rng.choice(["广告", "AD", "推广"]), "ad")
    half = len(run) // 2
    ad_between = {half: lambda: page.c(rng.choice(["[广告]", "广告位招租", "—— 广告 ——"]), "ad")} if rng.random() < 0.5 else None
    body(page, run, from_start, rng, ad_between)
    page.c(rng.choice([f"(责任编辑：{ed})", f"【责任编辑：{ed}】", f"（编辑：{ed}、{rng.choice(EDITORS)}）",
                       f"责任编辑：{ed}", f"[责编：{ed}]"]), "metadata")
    if rng.random() < 0.5:
        page.c(f"(责编：{rng.choice(EDITORS)}、{rng.choice(EDITORS)})", "metadata")
    if rng.random() < 0.6:
        share(page, rng)
    page.c(rng.choice(["推荐阅读", "相关新闻", "热点推荐", "更多精彩"]), "related")
    for t in rng.sample(rel, min(len(rel), 3)):
        page.c(t, "related")
    if rng.random() < 0.7:
        page.c(rng.choice([f"{site}版权所有，未经书面授权禁止使用", f"Copyright © 1997-{year} by www.{dom}. all rights reserved",
                           f"违法和不良信息举报电话：010-6536{rng.randint(1000, 9999)}"]), "footer")
    if rng.random() < 0.5:
        page.c(f"京ICP证{rng.randint(100000, 999999)}号 | 京公网安备{rng.randint(10000000000000, 99999999999999)}号", "footer")


# ---------------------------------------------------------------------------------------------
# party-building sites and WeChat copies

def party_site(page: Page, title: str, run: list[str], from_start: bool, rng: random.Random, year: int, rel: list[str]) -> None:
    site = rng.choice(["共产党员网", "党建网", "中国共产党新闻网", "学习强国"])
    if rng.random() < 0.6:
        items = ["首页", rng.choice(["党建动态", "理论学习", "党员教育"]), "正文"]
        page.c(rng.choice(["位置：", "当前位置: ", ""]) + rng.choice([" > ", " >> ", "/"]).join(items), "breadcrumb")
    if rng.random() < 0.5:
        page.c(f"{title} - {site}", "page_title")
    shown, iso = pick_date(rng, year)
    page.meta["date"] = iso
    if rng.random() < 0.5:
        page.c(f"时间：{shown}  来源：{site}  浏览量：{rng.randint(10, 9999)}", "metadata")
    else:
        page.cs([f"发布时间: {shown}", f"作者：{rng.choice(EDITORS)}", f"阅读：{rng.randint(10, 9999)}次"], "metadata")
    if rng.random() < 0.4:
        page.c(rng.choice(["【字体：大 中 小】", "字号 T T"]), "toolbar")
    body(page, run, from_start, rng)
    if rng.random() < 0.5:
        page.c(f"（{rng.choice(['编辑', '责编', '审核'])}：{rng.choice(EDITORS)}）", "metadata")
    if rng.random() < 0.6:
        page.c(rng.choice(["相关阅读：", "延伸阅读", "往期回顾"]), "related")
        for t in rng.sample(rel, 2):
            page.c(t, "related")
    page.c(rng.choice([f"版权所有 {site}", f"Copyright © {year} {site} 版权所有", "主办单位：中共中央组织部党员教育中心"]), "footer")


def wechat(page: Page, title: str, run: list[str], from_start: bool, rng: random.Random, year: int, rel: list[str]) -> None:
    acct = rng.choice(["某某组工", "清风某某", "某某发布", "党建之窗", "某某机关党建"])
    shown, iso = pick_date(rng, year)
    page.meta["date"] = iso
    if rng.random() < 0.5:
        page.c("原创 " + acct + " " + shown, "metadata")
    else:
        page.cs([acct, shown], "metadata")
    if rng.random() < 0.6:
        page.c(rng.choice(["点击上方蓝字关注我们", "点击蓝字 关注我们", "↑ 点击上方“" + acct + "”关注"]), "share")
    body(page, run, from_start, rng)
    tail = [rng.choice(["来源：" + acct, "来源 | " + acct]), rng.choice(["编辑：" + rng.choice(EDITORS), "编辑 | " + rng.choice(EDITORS)]),
            rng.choice(["审核：" + rng.choice(EDITORS), "审核 | 某某"])]
    page.cs(tail[: rng.randint(1, 3)], "metadata")
    if rng.random() < 0.7:
        page.cs(rng.sample(["长按识别二维码", "关注我们", "扫码关注", "↓↓↓"], 2), "qr")
    if rng.random() < 0.5:
        page.c("往期推荐", "related")
        for t in rng.sample(rel, 2):
            page.c(t, "related")
    ends = [f"阅读 {rng.randint(100, 9999)}", "在看", f"点赞 {rng.randint(1, 99)}", "分享", "阅读原文", "原文链接", "写留言"]
    if rng.random() < 0.5:
        page.c(" ".join(rng.sample(ends, 4)), "share")
    else:
        page.cs(rng.sample(ends, 3), "share")


# ---------------------------------------------------------------------------------------------
# document-sharing sites

DOCSITES = ["百度文库", "道客巴巴", "原创力文档", "豆丁网", "360个人图书馆", "范文网"]


def doc_site(page: Page, title: str, run: list[str], from_start: bool, rng: random.Random, year: int, rel: list[str]) -> None:
    site = rng.choice(DOCSITES)
    ext = rng.choice([".doc", ".docx", ".pdf", ".wps"])
    page.c(f"{title}{ext} - {site}" if rng.random() < 0.5 else f"{title}{ext}", "page_title")
    n = rng.randint(3, 40)
    info = [f"页数：{n}", f"大小：{rng.randint(20, 900)}KB", f"{rng.randint(1, 8)}下载券", f"浏览 {rng.randint(10, 9999)} 次",
            f"上传时间：{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "VIP免费下载", "格式：" + ext[1:].upper()]
    if rng.random() < 0.5:
        page.c("  ".join(rng.sample(info, 4)), "metadata")
    else:
        page.cs(rng.sample(info, 3), "metadata")
    if rng.random() < 0.5:
        page.c(rng.choice(["文档格式：DOC   共" + str(n) + "页", "上传者：文库用户" + str(rng.randint(1000, 9999)), "贡献者：" + rng.choice(EDITORS)]), "metadata")
    k = len(run)
    cut = rng.randint(k // 2, k - 1)

    def paywall() -> None:
        opts = [["试读已结束，剩余" + str(n - 2) + "页未读，", "开通VIP可免费阅读全文"], ["展开全文"], ["剩余 80% 未读，点击阅读全文"],
                ["— 预览已结束 —", "下载文档到电脑，查看完整内容"], ["本文档仅提供部分内容试读", "如需完整文档，请下载后查看"],
                ["继续阅读", "立即下载"]]
        page.cs(rng.choice(opts), "paywall")

    body(page, run[:cut], from_start, rng)
    if rng.random() < 0.4:
        page.c(f"第 {rng.randint(1, 3)} 页 / 共 {n} 页" if rng.random() < 0.5 else f"{rng.randint(1, 3)}/{n}", "pagination")
    paywall()
    body(page, run[cut:], False, rng) if rng.random() < 0.6 else None
    if not page.lines[-1]["label"] == "content":
        pass
    page.c(rng.choice(["下载文档", "立即下载", "￥" + str(rng.randint(1, 30)) + ".00 下载"]) + rng.choice(["", "  收藏  举报"]), "toolbar")
    disc = [["上传者声明：本文档由用户上传，仅供学习交流，如有侵权请联系删除。"], ["免责声明", "本站所有文档均为用户上传，版权归原作者所有。"],
            ["版权申诉", "举报"], ["温馨提示：下载前请仔细阅读文档内容，确认无误后再购买。"]]
    for d in rng.sample(disc, 2):
        page.cs(d, "footer")
    page.c(rng.choice(["相关推荐", "相关文档", "猜你喜欢", "为您推荐"]), "related")
    for t in rng.sample(rel, 3):
        page.c(t + rng.choice([".doc", ".docx", ".pdf", ""]), "related")
    if rng.random() < 0.5:
        page.c(f"{title} - {site}", "page_title")


# ---------------------------------------------------------------------------------------------
# PDF copies

def wrap(p: str, width: int) -> list[str]:
    return [p[i:i + width] for i in range(0, len(p), width)]


def pdf_page(page: Page, title: str, run: list[str], from_start: bool, rng: random.Random) -> None:
    width = rng.randint(25, 45)
    indent = rng.random() < 0.6
    style = rng.randrange(5)
    per = rng.randint(22, 34)
    header = rng.random() < 0.6
    count = [0, 1]
    est = sum(1 if len(p) <= width else len(p) // width + 1 for p in run)
    total = est // per + 1 + rng.randint(0, 2)

    def pageno(n: int) -> str:
        return [f"- {n} -", f"—{n}—", f"第{n}页 共{total}页", f"{n}", f"Page {n} of {total}"][style]

    def tick() -> None:
        count[0] += 1
        if count[0] >= per:
            count[0] = 0
            page.c(fw(pageno(count[1]), rng) if style != 3 else pageno(count[1]), "pagination")
            count[1] += 1
            if header:
                page.c(title, "running_header")

    for i, p in enumerate(run):
        r = role(p, i, len(run), from_start)
        if r in ("title", "heading", "greeting", "date", "short") or len(p) <= width:
            page.content([p], r)
            tick()
            continue
        text = ("\u3000\u3000" + p) if indent else p
        pieces = wrap(text, width)
        page.para += 1
        for piece in pieces:
            page.lines.append({"text": piece, "label": "content", "kind": r, "para": page.para, "clean": p})
            tick()


# ---------------------------------------------------------------------------------------------

def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="build the second chrome dev set")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "pages.jsonl"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    files = {s: sorted((CORPUS / s).glob("*.txt")) for s in SOURCES}
    pool = []
    for s, fs in files.items():
        for f in fs:
            paras = paragraphs_of(f)
            if usable(f, paras):
                pool.append((s, f, paras))
    rel_titles = []
    for s, f, paras in pool:
        rel_titles.append(doc_title(f, paras))
    plan = ["gov"] * 20 + ["news"] * 12 + ["party"] * 8 + ["wechat"] * 6 + ["doc"] * 12 + ["pdf"] * 10
    out = []
    for n, style in enumerate(plan):
        src = rng.choice(["city_gwr_2024", "city_gwr_2024", "state_council_2004_2019", "provincial_gwr_2025",
                          "national_gwr_wikisource", "cpc_congress_wikisource"])
        s, f, paras = rng.choice([x for x in pool if x[0] == src] or pool)
        from_start = rng.random() < 0.5
        k = rng.randint(14, 30) if style == "pdf" else rng.randint(5, 12)
        run = run_of(paras, rng, k, from_start)
        title = doc_title(f, paras)
        year = int(f.name[:4]) if f.name[:4].isdigit() and int(f.name[:4]) > 1990 else rng.choice([2023, 2024, 2025])
        page = Page(f"d2_{n:03d}_{style}", style)
        page.meta["source_file"] = f"{f.parent.name}/{f.name}"
        rel = rng.sample(rel_titles, 5)
        if style == "gov":
            gov_portal(page, title, run, from_start, rng, year, rel)
        elif style == "news":
            news_portal(page, title, run, from_start, rng, year, rel)
        elif style == "party":
            party_site(page, title, run, from_start, rng, year, rel)
        elif style == "wechat":
            wechat(page, title, run, from_start, rng, year, rel)
        elif style == "doc":
            doc_site(page, title, run, from_start, rng, year, rel)
        else:
            pdf_page(page, title, run, from_start, rng)
        out.append(page.record())
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    lines = [ln for p in out for ln in p["lines"]]
    chrome = sum(ln["label"] == "chrome" for ln in lines)
    content = sum(ln["label"] == "content" for ln in lines)
    paras = sum(len({ln["para"] for ln in p["lines"] if ln["label"] == "content"}) for p in out)
    print(f"{len(out)} pages, {len(lines)} lines: {chrome} chrome, {content} content in {paras} paragraphs")


if __name__ == "__main__":
    main()
