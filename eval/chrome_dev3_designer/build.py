"""Build the DESIGNER-written probe pages for the weak chrome kinds (issue 14, round 3).

Written by helper "chrome3", the designer of the cleaner in this round, so these pages are NOT
an unseen estimate: they probe the kinds the locked run found weak (related lists without a
known header, repeated page titles in variant forms, paywall / member / download notices, ad
slots, footers, PDF hard wraps that fall on a sentence end). The chrome strings were written for
this file from the author's knowledge of the sites before the rules for them were changed.
Content: real paragraphs of ``../shared/corpus`` chosen and wrapped with the helpers of
``eval/chrome_dev2/build.py`` (record format and scorer of ``eval/chrome_dev``).

    python eval/chrome_dev3_designer/build.py --out /tmp/dev3d.jsonl
    python eval/chrome_dev/score.py --pages /tmp/dev3d.jsonl --show
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dev2_build", HERE.parent / "chrome_dev2" / "build.py")
B = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(B)

SEED = 333

RELATED_HEADERS = ["", "", "本栏目其他文章", "同类文章", "阅读下一篇", "相关范文推荐", "看了本文的还看了", "热门范文",
                   "更多相关文档", "往期文章", "最新文章", "相关阅读："]
BULLETS = ["", "", "· ", "▪ ", "◆ ", "> ", "★"]


def rel_item(rng: random.Random, t: str, k: int, style: int) -> str:
    date = f"{rng.choice([2022, 2023, 2024])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if style == 0:
        return f"{BULLETS[k % len(BULLETS)] if rng.random() < 0.5 else ''}{t}"
    if style == 1:
        return f"{t}  {date}"
    if style == 2:
        return f"{k + 1}、{t}"
    if style == 3:
        return f"[{date[5:]}] {t}"
    if style == 4:
        return f"{t}（{date}）"
    return f"{t}{rng.choice(['.doc', '.docx', '.pdf'])}  {rng.randint(3, 40)}页"


SENTENCE_HEADLINES = ["坚持以人民为中心。推动高质量发展取得新成效", "全省召开基层党建工作推进会。",
                      "市委书记调研乡村振兴工作：要抓好产业发展", "我市召开优化营商环境大会。",
                      "奋力谱写中国式现代化新篇章！", "学习贯彻党的二十大精神宣讲活动走进社区。"]

PAYWALL = [["剩余3页未读，继续阅读"], ["阅读全文 ∨"], ["该文档为会员专享", "开通会员，免费下载"],
           ["还剩5页未读", "点击查看全文"], ["付费文档  ￥3.00"], ["文档预览结束，下载后可查看全部内容"],
           ["本文由用户上传，如有侵权请联系删除"], ["登录后可免费下载", "立即登录"],
           ["VIP专享文档", "开通VIP，海量文档免费下", "¥9.9 开通"], ["下载本文档需要消耗 2 积分"],
           ["以上为文档前3页内容", "获取完整版请点击下方按钮"], ["内容来自网友上传", "仅供参考，不代表本站观点"],
           ["此文档下载收益归作者所有"], ["点击展开剩余 70%"]]
ADS = [["广告"], ["【推广】公务员面试培训 限时优惠 0元领取资料"], ["咨询热线：400-800-1234"], ["点击咨询", "立即报名"],
       ["赞助商链接"], ["扫码领取2024年最新党建资料包"], ["× 关闭广告"], ["AD"], ["推荐：党员学习教育平台，免费注册"],
       ["商务合作：wangzhan@example.com"]]
FOOTERS = [["Copyright © 2003-2024 某某网 All Rights Reserved"], ["地址：湖南省长沙市岳麓区银杉路123号  邮编：410006"],
           ["电话：0731-88812345  传真：0731-88812346"], ["湘ICP备12345678号-1"], ["网站标识码：4300000010"],
           ["本站由某某科技提供技术支持"], ["（建议使用IE9以上浏览器，1366×768分辨率浏览）"], ["© 2024 范文网 版权所有"],
           ["京公网安备 11010502030143号"], ["主办单位：中共某某县委组织部"], ["2009-2024 中国共产党某某市委员会 版权所有"],
           ["联系我们：admin@example.cn"], ["不良信息举报电话：12377"]]


def title_variants(rng: random.Random, title: str) -> tuple[str, str]:
    """(page title at the head, repeated title later) in the shapes sites use."""
    head = rng.choice([f"【{title}】", f"《{title}》", f"{title}（全文）", f"{title}全文", f"{title}_范文大全",
                       f"{title} -- 党建网", f"{title}-某某市人民政府", f"标题：{title}", f"{title}.docx"])
    again = rng.choice([title, f"{title}（全文）", f"《{title}》", f"{title} ", f"{title}【范文】", f"【{title}】"])
    return head, again


def page_of(n: int, style: str, rng: random.Random, pool, rel_titles) -> dict:
    s, f, paras = rng.choice(pool)
    from_start = rng.random() < 0.6
    k = rng.randint(14, 26) if style == "pdf" else rng.randint(5, 10)
    run = B.run_of(paras, rng, k, from_start)
    title = B.doc_title(f, paras)
    page = B.Page(f"d3d_{n:03d}_{style}", style)
    page.meta["source_file"] = f"{f.parent.name}/{f.name}"
    if style == "pdf":
        pdf_sentence_wraps(page, title, run, from_start, rng)
        return page.record()
    head, again = title_variants(rng, title)
    if style in ("title", "doc"):
        page.c(head, "page_title")
        if rng.random() < 0.5:
            page.c(rng.choice(["首页 > 范文大全 > 工作报告", "当前位置：首页 > 党建"]), "breadcrumb")
        if not from_start:
            page.content([title], "title")
        else:  # the title opens the run: the repeat comes after it
            page.content([run[0]], B.role(run[0], 0, len(run), True))
            run = run[1:]
            from_start = False
        if rng.random() < 0.6:
            page.c(again, "page_title")
    elif not from_start:
        page.content([title], "title")
    cut = rng.randint(2, max(2, len(run) - 2))
    B.body(page, run[:cut], from_start, rng)
    if style in ("doc", "paywall"):
        page.cs(rng.choice(PAYWALL), "paywall")
        if rng.random() < 0.5:
            page.cs(rng.choice(PAYWALL), "paywall")
    elif style == "ad":
        page.cs(rng.choice(ADS), "ad")
    B.body(page, run[cut:], False, rng)
    if style in ("doc", "paywall") and rng.random() < 0.7:
        page.cs(rng.choice(PAYWALL), "paywall")
    if style == "ad" or rng.random() < 0.3:
        page.cs(rng.choice(ADS), "ad")
    if style == "title" and rng.random() < 0.5:
        page.c(again, "page_title")
    # related list: a header (or none) and 2-5 headline-shaped lines
    header = rng.choice(RELATED_HEADERS)
    if header:
        page.c(header, "related")
    items_style = rng.randrange(6)
    items = rng.sample(rel_titles, rng.randint(2, 5))
    if rng.random() < 0.4:
        items[rng.randrange(len(items))] = rng.choice(SENTENCE_HEADLINES)
    for j, t in enumerate(items):
        page.c(rel_item(rng, t, j, items_style), "related")
    for fl in rng.sample(FOOTERS, rng.randint(2, 4)):
        page.cs(fl, "footer")
    return page.record()


def pdf_sentence_wraps(page, title: str, run: list[str], from_start: bool, rng: random.Random) -> None:
    """A PDF copy cut at a fixed width, no indentation; some pieces end exactly on 。."""
    width = rng.randint(26, 40)
    for i, p in enumerate(run):
        r = B.role(p, i, len(run), from_start)
        if r in ("title", "heading", "greeting", "date", "short") or len(p) <= width:
            page.content([p], r)
            continue
        # a piece that would end one character after a 。 ends on the 。 instead (the PDF line
        # was one character short), so the break falls exactly on a sentence end
        pieces, rest = [], p
        while len(rest) > width:
            cut = width - 1 if rest[width - 2] == "。" else width
            pieces.append(rest[:cut])
            rest = rest[cut:]
        pieces.append(rest)
        page.para += 1
        for piece in pieces:
            page.lines.append({"text": piece, "label": "content", "kind": r, "para": page.para, "clean": p})


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="build the designer-written probe pages")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "pages.jsonl"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = []
    for s in B.SOURCES:
        for f in sorted((B.CORPUS / s).glob("*.txt")):
            paras = B.paragraphs_of(f)
            if B.usable(f, paras):
                pool.append((s, f, paras))
    rel_titles = [B.doc_title(f, paras) for _, f, paras in pool]
    plan = ["title"] * 8 + ["doc"] * 8 + ["paywall"] * 6 + ["ad"] * 6 + ["plain"] * 6 + ["pdf"] * 6
    out = [page_of(n, style, rng, pool, rel_titles) for n, style in enumerate(plan)]
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    lines = [ln for p in out for ln in p["lines"]]
    chrome = sum(ln["label"] == "chrome" for ln in lines)
    paras = sum(len({ln["para"] for ln in p["lines"] if ln["label"] == "content"}) for p in out)
    print(f"{len(out)} pages, {len(lines)} lines: {chrome} chrome, {paras} content paragraphs")


if __name__ == "__main__":
    main()
