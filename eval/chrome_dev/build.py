"""Build the chrome DEVELOPMENT set (eval/chrome_dev/pages.jsonl): the set textlab's cleaner was tuned on.

Real paragraph runs from ../shared/corpus (city_gwr_2024 work reports, state_council_2004_2019
documents) wrapped in page chrome written by hand from the layout of Chinese government
portals, news portals, party-building sites and document-sharing (文库) sites, plus PDF-style
hard-wrapped copies and a few hand-written pages (hand_pages.txt). Every line carries gold:
``label`` content/chrome, ``kind`` (chrome kind, or the content role: title, heading, greeting,
signature, date, short, body …) and ``para`` (the content paragraph it belongs to; wrapped lines
share one).

    python eval/chrome_dev/build.py [--corpus ../shared/corpus] [--seed 14]

Deterministic for a given seed and corpus. Never reads eval/chrome_test/.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# ------------------------------------------------------------------------------ chrome pieces

SITES_GOV = ["清河市人民政府", "江北省人民政府", "临川市人民政府门户网站", "南湖区人民政府", "东陵县人民政府"]
SITES_NEWS = ["清河新闻网", "江北日报", "东方在线", "南湖之窗", "中国城市网"]
SITES_PARTY = ["清河党建网", "江北组织工作网", "先锋网", "红色南湖", "东陵党建"]
SITES_DOC = ["文档之家", "范文网", "公文库", "豆丁文库", "原创文库"]
NAV_GOV = ["首页", "政务公开", "政务服务", "互动交流", "走进清河", "专题专栏", "数据发布", "政策解读", "新闻中心", "信息公开"]
NAV_NEWS = ["首页", "时政", "要闻", "地方", "国内", "国际", "财经", "评论", "视频", "图片"]
NAV_PARTY = ["首页", "基层党建", "党建动态", "组织工作", "干部工作", "人才工作", "理论学习", "通知公告"]
NAV_DOC = ["首页", "工作总结", "工作计划", "讲话稿", "心得体会", "述职报告", "党建材料", "会员中心"]
PEOPLE = ["王晓明", "李华", "张建国", "刘芳", "陈静", "赵磊", "孙丽"]


def mojibake(s: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return s.encode("utf-8").decode("cp1252", errors="replace")
    return s.encode("gbk").decode("latin-1")


def date_str(rng: random.Random, year: int) -> tuple[str, str]:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    forms = [
        f"{year}-{m:02d}-{d:02d}", f"{year}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        f"{year}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}", f"{year}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}",
        f"{year}/{m}/{d}", f"{year}年{m}月{d}日",
    ]
    return rng.choice(forms), f"{year}-{m:02d}-{d:02d}"


class Page:
    def __init__(self, pid: str, style: str):
        self.pid, self.style = pid, style
        self.lines: list[dict] = []
        self.meta: dict = {}
        self.para = 0

    def chrome(self, text: str, kind: str) -> None:
        self.lines.append({"text": text, "label": "chrome", "kind": kind, "para": None})

    def blank(self) -> None:
        self.lines.append({"text": "", "label": "blank", "kind": "", "para": None})

    def content(self, text: str, kind: str, *, wrap: list[str] | None = None) -> None:
        self.para += 1
        for piece in wrap or [text]:
            self.lines.append({"text": piece, "label": "content", "kind": kind, "para": self.para})

    def record(self) -> dict:
        return {"id": self.pid, "style": self.style, "meta": self.meta, "lines": self.lines}


# ------------------------------------------------------------------------------ content

HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[章条]")
GREETING = re.compile(r".{0,20}(?:同志们|各位代表|各位领导|各位委员)[：:！!]$")
DATE = re.compile(r"(?:\d{4}|[〇○一二三四五六七八九零]{4})年.{1,3}月.{1,3}日$")


def role(p: str, i: int, n: int) -> str:
    if GREETING.match(p):
        return "greeting"
    if DATE.match(p):
        return "date"
    if HEADING.match(p) and len(p) <= 60:
        return "heading"
    if i >= n - 3 and len(p) <= 20 and not p.endswith("。"):
        return "signature"
    if len(p) <= 25:
        return "short"
    return "body"


def paragraphs_of(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    paras = [re.sub(r"\s+", "", p) if not re.search(r"[A-Za-z] [A-Za-z]", p) else p.strip()
             for p in text.splitlines() if p.strip()]
    return [p for p in paras if not re.fullmatch(r"[—\-－]\s*\d{1,3}\s*[—\-－]", p)]  # the source's page numbers


def hard_wrapped(path: Path) -> bool:
    """A corpus file that is itself cut at a fixed width (its lines are not paragraphs)."""
    sizes = [len(x.strip()) for x in path.read_text(encoding="utf-8").splitlines() if len(x.strip()) >= 15]
    if not sizes:
        return False
    top = max(set(sizes), key=sizes.count)
    return sizes.count(top) >= 0.3 * len(sizes)


def join_title(paras: list[str]) -> list[str]:
    """State Council files print a long title on two lines; a web page shows it on one."""
    ends = r"(?:通知|批复|复函|函|决定|意见|答复|通报|条例|规定|办法|方案|报告|令)$"
    for _ in range(2):
        if len(paras) > 2 and not re.search(ends, paras[0]) and not re.search(r"[。：:]$", paras[1]) \
                and len(paras[1]) <= 30 and not re.match(r"[〔\[（(]?\d{4}|国[发办函令]|第\d", paras[1]):
            paras = [paras[0] + paras[1]] + paras[2:]
    return paras


def run_of(paras: list[str], rng: random.Random, k: int, *, from_start: bool) -> list[str]:
    if from_start or len(paras) <= k:
        return paras[:k]
    start = rng.randrange(0, len(paras) - k)
    return paras[start:start + k]


# ------------------------------------------------------------------------------ page styles


def gov_portal(page: Page, title: str, paras: list[str], rng: random.Random, year: int, related: list[str]) -> None:
    site = rng.choice(SITES_GOV)
    nav = rng.sample(NAV_GOV[1:], 5)
    if rng.random() < 0.5:
        page.chrome(rng.choice(["无障碍 | 长者模式 | 登录 | 注册", "简体 | 繁體 | English", "无障碍　关怀版　智能问答"]), "navigation")
    if rng.random() < 0.5:
        page.chrome(rng.choice([" | ".join(["首页"] + nav), "　".join(["首页"] + nav)]), "navigation")
    else:
        for item in ["首页"] + nav:
            page.chrome(item, "navigation")
    crumbs = ["首页", rng.choice(["政务公开", "信息公开"]), rng.choice(["政府工作报告", "政府文件", "政策文件"])]
    mode = rng.random()
    if mode < 0.4:
        page.chrome("当前位置：" + " > ".join(crumbs), "breadcrumb")
    elif mode < 0.7:
        page.chrome(" > ".join(crumbs), "breadcrumb")
    else:
        for j, c in enumerate(crumbs):
            if j:
                page.chrome(rng.choice([">", "＞", "»", "/"]), "breadcrumb")
            page.chrome(c, "breadcrumb")
    if rng.random() < 0.6:
        page.chrome(f"{title}{rng.choice(['_', ' - ', '－', '｜'])}{site}", "page_title")
        page.meta["page_title"] = title
    page.content(title, "title")
    d, iso = date_str(rng, year)
    mode = rng.random()
    if mode < 0.35:
        page.chrome(f"发布时间：{d}　　来源：{site}办公室　　浏览次数：{rng.randint(100, 9999)}", "metadata")
    elif mode < 0.7:
        page.chrome(f"来源：{site}办公室", "metadata")
        page.chrome(f"发布日期：{d}", "metadata")
    else:
        page.chrome("时间：", "metadata")
        page.chrome(d, "metadata")
        page.chrome("来源：", "metadata")
        page.chrome(f"{site}办公室", "metadata")
    page.meta["date"] = iso
    mode = rng.random()
    if mode < 0.4:
        page.chrome(rng.choice(["【字体：大 中 小】", "【字号：大 中 小】【打印本页】【关闭窗口】", "字号：T | T | T"]), "toolbar")
    else:
        page.chrome(rng.choice(["【字号】", "【字体】", "字号："]), "toolbar")
        for b in ["大", "中", "小"]:
            page.chrome(b, "toolbar")
        for b in rng.sample(["下载", "打印", "全屏", "收藏", "分享", "关闭"], 3):
            page.chrome(b, "toolbar")
    if rng.random() < 0.5:
        page.chrome(rng.choice(["扫一扫在手机打开当前页", "在手机上打开", "手机扫码阅读", "用手机扫描二维码"]), "qr")
    body(page, paras, rng)
    if rng.random() < 0.7:
        page.chrome(rng.choice(["【打印本页】【关闭窗口】", "[打印] [关闭]", "打印本页 | 关闭窗口"]), "toolbar")
    if rng.random() < 0.5:
        page.chrome(rng.choice(["分享到：", "分享："]), "share")
        for s in rng.sample(["微信", "微博", "QQ空间", "朋友圈"], 2):
            page.chrome(s, "share")
    if rng.random() < 0.7:
        page.chrome(rng.choice(["相关报道", "相关链接", "相关文章：", "【相关阅读】"]), "related")
        for t in related:
            page.chrome(t, "related")
    page.chrome(f"主办：{site}办公室　承办：{site}信息中心", "footer")
    page.chrome(f"版权所有：{site}　网站标识码：{rng.randint(10**9, 10**10 - 1)}", "footer")
    page.chrome(f"×ICP备{rng.randint(10**6, 10**7)}号", "footer")


def news_portal(page: Page, title: str, paras: list[str], rng: random.Random, year: int, related: list[str]) -> None:
    site = rng.choice(SITES_NEWS)
    page.chrome(" ".join(rng.sample(NAV_NEWS, 6)), "navigation")
    page.chrome(f"{site} > 新闻中心 > 要闻", "breadcrumb")
    page.content(title, "title")
    d, iso = date_str(rng, year)
    page.chrome(f"{d} 来源：{site}", "metadata")
    page.meta["date"] = iso
    if rng.random() < 0.6:
        page.chrome(f"作者：{rng.choice(PEOPLE)}　责任编辑：{rng.choice(PEOPLE)}", "metadata")
    if rng.random() < 0.5:
        page.chrome(rng.choice(["广告", "AD", "广告位招租"]), "ad")
    body(page, paras, rng)
    page.chrome(f"（责任编辑：{rng.choice(PEOPLE)}）", "metadata")
    if rng.random() < 0.5:
        page.chrome(rng.choice(["分享到：微信 微博 QQ空间", "分享到", "一键分享"]), "share")
    page.chrome(rng.choice(["相关新闻", "推荐阅读", "热门推荐"]), "related")
    for t in related:
        page.chrome(t, "related")
    page.chrome(rng.choice(["返回顶部", "回到顶部"]), "navigation")
    page.chrome(f"Copyright © 2001-{year} {site} All Rights Reserved", "footer")


def party_site(page: Page, title: str, paras: list[str], rng: random.Random, year: int, related: list[str]) -> None:
    site = rng.choice(SITES_PARTY)
    if rng.random() < 0.5:
        for j, item in enumerate(["首页", rng.choice(NAV_PARTY[1:]), "正文"], 1):
            page.chrome(f"{j}. {item}", "breadcrumb")
    else:
        page.chrome(f"您的位置：首页 » {rng.choice(NAV_PARTY[1:])} » 正文", "breadcrumb")
    if rng.random() < 0.4:
        page.chrome('<div class="article-content">', "markup")
    page.content(title, "title")
    d, iso = date_str(rng, year)
    mode = rng.random()
    if mode < 0.5:
        page.chrome("时间：", "metadata")
        page.chrome(d, "metadata")
        page.chrome("作者：", "metadata")
        page.chrome(rng.choice(PEOPLE), "metadata")
    else:
        page.chrome(f"时间：{d}", "metadata")
        page.chrome(f"作者：{rng.choice(PEOPLE)}", "metadata")
    page.chrome(rng.choice([f"浏览次数：{rng.randint(10, 5000)}", f"阅读：{rng.randint(10, 5000)}", f"{rng.randint(10, 5000)}次浏览"]), "metadata")
    page.meta["date"] = iso
    if rng.random() < 0.5:
        page.chrome(rng.choice(["自定义文本", "此处为自定义文本", "广告"]), "ad")
    body(page, paras, rng, html=rng.random() < 0.4)
    if rng.random() < 0.4:
        page.chrome("</div>", "markup")
    if rng.random() < 0.5:
        page.chrome("| --- | --- |", "markup")
    page.chrome(rng.choice(["分享：", "分享到："]), "share")
    for s in ["微信", "微博"]:
        page.chrome(s, "share")
    if rng.random() < 0.5:
        page.chrome(mojibake(f"版权所有 {site}", rng), "mojibake")
    page.chrome(rng.choice(["上一篇：" + related[0], "下一篇：" + related[-1]]), "navigation")


def doc_site(page: Page, title: str, paras: list[str], rng: random.Random, year: int, related: list[str]) -> None:
    site = rng.choice(SITES_DOC)
    page.chrome(f"{site} | {rng.choice(['海量范文 一键下载', '专业文档分享平台'])}", "ad")
    page.chrome(" > ".join(["首页", rng.choice(NAV_DOC[1:]), "正文"]), "breadcrumb")
    page.chrome(f"{title}{rng.choice(['_', '-'])}{site}", "page_title")
    page.meta["page_title"] = title
    page.content(title, "title")
    page.chrome(rng.choice([f"文档格式：DOC　页数：{rng.randint(3, 30)}　下载券：{rng.randint(1, 5)}",
                            f"页数：{rng.randint(3, 30)}　大小：{rng.randint(20, 900)}KB　格式：docx"]), "paywall")
    if rng.random() < 0.6:
        page.chrome(rng.choice(["（精选）参考指南，可复制下载编辑", "本文档为参考范文，可复制下载编辑使用"]), "paywall")
    page.chrome(rng.choice(["VIP免费下载", "立即下载", "下载文档"]), "toolbar")
    k = max(2, len(paras) * 2 // 3)
    body(page, paras[:k], rng)
    page.chrome(rng.choice([f"试读结束，剩余{rng.randint(2, 9)}页未读，继续阅读", f"还剩{rng.randint(2, 9)}页未读，继续阅读"]), "paywall")
    page.chrome(rng.choice(["隐藏内容", "此处内容需要权限查看", "会员特权：开通VIP会员后可查看全部内容"]), "paywall")
    body(page, paras[k:], rng)
    page.chrome(rng.choice(["本文档由用户上传，如有侵权请联系删除。", "文档内容由网友上传，版权归原作者所有，仅供参考。",
                            "本站所有资料均为用户上传，仅供学习参考，如有侵权请联系删除。"]), "paywall")
    page.chrome("相关文档", "related")
    for t in related:
        page.chrome(t, "related")
    if rng.random() < 0.5:
        page.chrome("\ufffd\ufffd\ufffd\ufffd\ufffd", "mojibake")
    page.chrome(rng.choice(["第1页 共13页", "- 1 -", "1/13"]), "pagination")


def body(page: Page, paras: list[str], rng: random.Random, *, html: bool = False) -> None:
    n = len(paras)
    for i, p in enumerate(paras):
        r = role(p, i, n)
        if html and r == "body" and rng.random() < 0.5:
            page.content(p, r, wrap=[f'<p class="ql-block">{p}</p>'])
            page.lines[-1]["clean"] = p
        else:
            page.content(("　　" + p) if r == "body" and rng.random() < 0.5 else p, r)
        if rng.random() < 0.15:
            page.blank()


def wrap_lines(p: str, width: int) -> list[str]:
    return [p[i:i + width] for i in range(0, len(p), width)] or [p]


def pdf_page(page: Page, title: str, paras: list[str], rng: random.Random) -> None:
    """A PDF copy: body paragraphs cut every ``width`` characters, a page number every 25-35
    lines (one format per document, sometimes in the middle of a paragraph)."""
    width = rng.randint(20, 38)
    indent = rng.random() < 0.5
    fmt = rng.choice(["- {n} -", "—{n}—", "第{n}页 共{m}页", "{n}", "— {n} —"])
    every = rng.randint(25, 35)
    page.content(title, "title")
    n = len(paras)
    count = 0
    pageno = 1

    def tick() -> None:
        nonlocal count, pageno
        count += 1
        if count >= every:
            pageno += 1
            page.chrome(fmt.format(n=pageno, m=pageno + 5), "pagination")
            count = 0

    for i, p in enumerate(paras):
        r = role(p, i, n)
        if len(p) > width:  # every long line is cut, headings too
            text = ("　　" + p) if indent and r == "body" else p
            pieces = wrap_lines(text, width + (2 if indent else 0))
            page.para += 1
            for piece in pieces:
                page.lines.append({"text": piece, "label": "content", "kind": r, "para": page.para, "clean": p})
                tick()
        else:
            page.content(p, r)
            tick()


# ------------------------------------------------------------------------------ main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent.parent / "shared" / "corpus"))
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--out", default=str(HERE / "pages.jsonl"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpus")
    rng = random.Random(args.seed)
    city = [p for p in sorted((corpus / "city_gwr_2024").glob("*.txt")) if not hard_wrapped(p)]
    state = sorted((corpus / "state_council_2004_2019").glob("*.txt"))
    rng.shuffle(city)
    rng.shuffle(state)
    titles = [re.sub(r"^\d{4}_[^_]*_?", "", p.stem) for p in state] + [p.stem.replace("_", "") for p in city]
    pages: list[dict] = []
    styles = [gov_portal, news_portal, party_site, doc_site]
    for k in range(48):
        style = styles[k % 4]
        if k % 3 == 2:
            path = state[k % len(state)]
            paras = join_title(paragraphs_of(path))
            title = paras[0]
            run = paras[1:1 + rng.randint(6, 14)] if len(paras) > 16 else paras[1:]
            year = int(path.name[:4])
        else:
            path = city[k % len(city)]
            paras = paragraphs_of(path)
            title = path.stem.split("_")[0] + "年" + path.stem.split("_")[1] + "市政府工作报告"
            run = run_of(paras, rng, rng.randint(5, 12), from_start=rng.random() < 0.5)
            year = int(path.name[:4])
        related = rng.sample(titles, rng.randint(2, 5))
        page = Page(f"{k:03d}_{style.__name__}", style.__name__)
        page.meta["source_file"] = f"{path.parent.name}/{path.name}"
        style(page, title, run, rng, year, related)
        pages.append(page.record())
    for k in range(12):
        path = state[(k + 7) % len(state)]
        paras = join_title(paragraphs_of(path))
        page = Page(f"{48 + k:03d}_pdf_wrapped", "pdf_wrapped")
        page.meta["source_file"] = f"{path.parent.name}/{path.name}"
        pdf_page(page, paras[0], paras[1:40], rng)
        pages.append(page.record())
    hand = HERE / "hand_pages.txt"
    if hand.exists():
        pages.extend(read_hand_pages(hand))
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in pages:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_lines = sum(len(p["lines"]) for p in pages)
    n_chrome = sum(1 for p in pages for ln in p["lines"] if ln["label"] == "chrome")
    print(f"{len(pages)} pages, {n_lines} lines, {n_chrome} chrome lines -> {args.out}")


def read_hand_pages(path: Path) -> list[dict]:
    """Hand-written pages: ``=== id`` starts a page; each line ``c|kind|text`` (chrome) or
    ``k|role|text`` (content; ``k+`` continues the previous content paragraph: a wrapped line)."""
    pages, page = [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("=== "):
            page = Page(raw[4:].strip(), "hand")
            pages.append(page)
            continue
        tag, kind, text = raw.split("|", 2)
        if tag == "c":
            page.chrome(text, kind)
        elif tag == "k+":
            page.lines.append({"text": text, "label": "content", "kind": kind, "para": page.para})
        else:
            page.content(text, kind)
    return [p.record() for p in pages]


if __name__ == "__main__":
    main()
