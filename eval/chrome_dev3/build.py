"""Builder of eval/chrome_dev3: a third chrome-removal development set (issue 14).

Owns the generation of the set: it picks contiguous runs of real paragraphs from the shared corpus
(byte-exact lines), wraps them in page chrome written fresh for this set (government portals, news
and party-building sites, WeChat copies, document-sharing sites, 360doc-style libraries, PDF copies
with hard wraps) and writes ``pages/NNN.txt``, ``gold/NNN.tsv`` (``line label kind para``) and
``index.tsv`` (``doc style source_file para_start para_end n_lines variants``), the folder format
read by ``textlab/training/chrome_eval.py``.

    python eval/chrome_dev3/build.py                     # the committed set (seed 3303)
    python eval/chrome_dev3/build.py --seed 7 --out /tmp/d3s7   # a re-draw elsewhere

Nothing here imports textlab: the chrome is not derived from the cleaner's rules.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
from pathlib import Path

SEED = 3303
HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path(os.environ.get("TEXTLAB_CORPUS", "/work/shared/corpus"))

SOURCES = ("city_gwr_2024", "provincial_gwr_2025", "national_gwr_wikisource",
           "cpc_congress_wikisource", "state_council_2004_2019")
# files left out: one hard-wrapped city report, three one-line files, two traditional-script CPC files
SKIP_FILES = {"2024_承德_政府工作报告.txt", "2024_枣庄_政府工作报告.txt", "2024_泸州_政府工作报告.txt",
              "2024_潍坊_政府工作报告.txt"}
SKIP_PREFIX = ("01_", "03_")

CN_NUM = "一二三四五六七八九十"

# --------------------------------------------------------------------------- corpus


class Doc:
    """One corpus file: its paragraphs (non-empty lines, byte-exact without the line break)."""

    def __init__(self, folder: str, name: str, paras: list[str]) -> None:
        self.folder, self.name, self.paras = folder, name, paras
        self.source_file = f"{folder}/{name}"
        m = re.match(r"(\d{4})_", name)
        self.year = int(m.group(1)) if m else 2024
        parts = name[:-4].split("_")
        if folder == "city_gwr_2024":
            self.place = parts[1] + ("市" if not parts[1].endswith("市") else "")
        elif folder == "provincial_gwr_2025":
            self.place = parts[1]
        elif folder == "state_council_2004_2019":
            self.place = "国务院"
        else:
            self.place = "全国"
        if folder == "state_council_2004_2019":
            self.title = parts[2]
            self.number = parts[1].replace("[", "〔").replace("]", "〕")
        elif folder == "cpc_congress_wikisource":
            self.title = " ".join(parts[2:])
            self.number = ""
            congress = {9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007,
                        18: 2012, 19: 2017, 20: 2022}
            self.year = congress.get(int(parts[0]), 2022)
        elif folder == "national_gwr_wikisource":
            self.title = f"{self.year}年国务院政府工作报告"
            self.number = ""
        else:
            self.title = f"{self.year}年{self.place}政府工作报告"
            self.number = ""


def load_corpus(root: Path) -> list[Doc]:
    docs = []
    for folder in SOURCES:
        d = root / folder
        if not d.is_dir():
            raise FileNotFoundError(f"{d}: corpus folder missing (set TEXTLAB_CORPUS or --corpus)")
        for path in sorted(d.glob("*.txt")):
            if path.name in SKIP_FILES or path.name.startswith(SKIP_PREFIX) or path.name.startswith("_"):
                continue
            text = path.read_text(encoding="utf-8")
            paras = [line.rstrip("\r") for line in text.split("\n")]
            paras = [p for p in paras if p.strip()]
            if len(paras) >= 8:
                docs.append(Doc(folder, path.name, paras))
    return docs


def title_block_end(doc: Doc) -> int:
    """Index of the first paragraph after the title block (title lines, document number, date, speaker)."""
    for i, para in enumerate(doc.paras[:12]):
        p = para.strip()
        if p.endswith(("：", ":", "。", "！")) or len(p) > 70:
            return i
    return 0


def content_kind(doc: Doc, i: int) -> str:
    """The content kind of paragraph i: heading, greeting, closing, signature or content."""
    p = doc.paras[i].strip()
    n = len(doc.paras)
    if re.match(r"^(各位代表|同志们|各位委员|各位政协委员)[：:]$", p):
        return "greeting"
    if i <= 12 and len(p) <= 70 and p.endswith(("：", ":")) and "。" not in p and \
            re.search(r"(代表|同志|人民政府|各部委|直属机构|有关单位|有关部门|委员)[：:]$", p):
        return "greeting"
    if i < title_block_end(doc):
        return "heading"
    if i >= n - 4 and re.match(r"^(各位代表|同志们|各位委员)[！!]$", p):
        return "closing"
    if i >= n - 4 and len(p) <= 25 and re.match(r"^[（(].*[）)]$", p):
        return "closing"
    if i >= n - 4 and len(p) <= 25 and not re.search(r"[。；，：]", p) and (
            re.fullmatch(r"[〇○零一二三四五六七八九十0-9０-９]+年[〇○零一二三四五六七八九十0-9０-９]+月[〇○零一二三四五六七八九十0-9０-９]+日", p)
            or re.search(r"(国务院|办公厅|人民政府|委员会|中央|政府)$", p)):
        return "signature"
    if i >= n - 3 and (re.match(r"^(各位代表|同志们|各位委员)[！!，,]", p) or p in ("特此通知。", "此复。", "特此函复。", "特此通报。", "特此函告。")):
        return "closing"
    if len(p) <= 45 and not p.endswith(("。", "；", "，", "！", "？", "：")) and \
            re.match(rf"^([{CN_NUM}]+、|（[{CN_NUM}]+）|\([{CN_NUM}]+\)|第[{CN_NUM}]+[章节部分编]|[0-9]+[.、．])", p):
        return "heading"
    return "content"


def run_ok(doc: Doc, start: int, end: int) -> bool:
    """False for a run holding table cells (bare numbers, very short lines) or link fragments."""
    short = 0
    for p in doc.paras[start:end]:
        q = p.strip()
        if re.fullmatch(r"[0-9.%％\-—]+", q) or "↑" in q or "http" in q:
            return False
        short += len(q) <= 4
    return short <= 1


def line_kind(doc: Doc, i: int) -> tuple[str, str]:
    """(label, kind) of a corpus line in a run: the provincial 来源 line is chrome-shaped metadata."""
    p = doc.paras[i].strip()
    if i <= 3 and re.match(r"^来源\s*[：:]", p):
        return "chrome", "metadata"
    return "content", content_kind(doc, i)


def pick_run(rng: random.Random, doc: Doc, where: str, lo: int, hi: int) -> tuple[int, int]:
    n = len(doc.paras)
    size = min(rng.randint(lo, hi), n)
    if where == "head":
        start = 0
    elif where == "tail":
        start = n - size
    else:
        start = rng.randint(min(3, n - size), max(min(3, n - size), n - size - 3))
    return start, start + size


# --------------------------------------------------------------------------- chrome helpers

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:|>/-()[]"}
ICP_ABBR = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌波宁飞鹏雪琳晨睿"
TOPICS = ["优化营商环境", "乡村振兴", "基层党建", "安全生产", "生态环境保护", "招商引资", "民生实事",
          "城市更新", "数字政府建设", "作风建设", "新质生产力", "党风廉政建设", "文明城市创建", "防汛救灾",
          "人才引进", "科技创新", "国企改革", "老旧小区改造", "农村人居环境整治", "清廉机关建设",
          "意识形态工作", "粮食安全", "河湖长制", "森林防火", "信访维稳", "双拥共建"]
MEETINGS = ["全国两会", "党的二十届三中全会", "中央经济工作会议", "省委十四届五次全会", "市委经济工作会议",
            "全国组织工作会议", "中央农村工作会议", "主题教育总结会议"]
OFFICIALS = ["市委书记", "市长", "省委书记", "县委书记", "区委书记", "常务副市长", "市纪委书记", "组织部长"]
SLOGANS = ["奋力谱写高质量发展新篇章", "把群众的急难愁盼作为工作的出发点和落脚点", "以钉钉子精神抓好各项工作落实",
           "坚定不移推进全面从严治党向纵深发展", "在新征程上展现新担当新作为", "以更大力度推动经济持续回升向好",
           "全力以赴稳增长促改革调结构惠民生防风险", "确保各项目标任务落地见效", "加快建设现代化产业体系",
           "让党旗在基层一线高高飘扬", "凝心聚力抓落实 踔厉奋发开新局", "坚持稳中求进工作总基调"]
DOC_KINDS = ["工作总结", "述职报告", "心得体会", "实施方案", "工作计划", "讲话稿", "对照检查材料", "调研报告",
             "党课讲稿", "汇报材料", "经验交流材料", "主持词"]


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def fullwidth(s: str) -> str:
    return "".join(FW.get(c, c) for c in s)


def date(rng: random.Random, year: int, shape: str | None = None) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    shapes = {"iso": f"{year}-{m:02d}-{d:02d}", "isot": f"{year}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
              "isos": f"{year}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}", "slash": f"{year}/{m:02d}/{d:02d}",
              "cn": f"{year}年{m:02d}月{d:02d}日", "cn1": f"{year}年{m}月{d}日", "dot": f"{year}.{m:02d}.{d:02d}",
              "md": f"{m:02d}-{d:02d}", "cnmd": f"{m}月{d}日", "cnt": f"{year}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}"}
    return shapes[shape or rng.choice(list(shapes))]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mojibake(rng: random.Random, s: str) -> str:
    how = rng.randrange(3)
    if how == 0:  # UTF-8 bytes read as GBK
        return s.encode("utf-8").decode("gbk", errors="replace")
    if how == 1:  # GBK bytes read as Latin-1
        return s.encode("gbk", errors="replace").decode("latin-1")
    return "".join("锟斤拷" if rng.random() < 0.5 else "烫烫烫" for _ in range(rng.randint(2, 6)))


class Page:
    """Rows (text, label, kind, para) of a page under construction and its variant tags."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[tuple[str, str, str, str]] = []
        self.variants: list[str] = []
        self.blank_between = rng.random() < 0.35  # blank line after every line
        self.indent_chrome = rng.random() < 0.2
        self.gap = False  # blank line after each paragraph (set per page)
        self.pdf_gap = False  # blank line after a PDF page number / running header

    def tag(self, v: str) -> None:
        self.variants.append(v)

    def blank(self) -> None:
        if self.rows and self.rows[-1][1] != "blank":
            self.rows.append(("", "blank", "", ""))

    def chrome(self, kind: str, lines: list[str], fw: float = 0.12, gap: bool = True) -> None:
        rng = self.rng
        for line in lines:
            if rng.random() < fw:
                line = fullwidth(line)
            if self.indent_chrome and rng.random() < 0.5:
                line = rng.choice([" ", "  ", "\t", "　　", "    "]) + line
            if rng.random() < 0.1:
                line = line + rng.choice([" ", "  ", "\t", "　"])
            self.rows.append((line, "chrome", kind, ""))
            if self.blank_between:
                self.blank()
        if gap and not self.blank_between and rng.random() < 0.5:
            self.blank()

    def content(self, text: str, kind: str, para: int, label: str = "content") -> None:
        self.rows.append((text, label, kind, str(para) if label == "content" else ""))
        if self.blank_between:
            self.blank()


# --------------------------------------------------------------------------- chrome writers


def site_of(rng: random.Random, doc: Doc, style: str) -> dict:
    if doc.folder in ("city_gwr_2024", "provincial_gwr_2025"):
        place = doc.place
    else:
        place = rng.choice(["北京市", "浙江省", "成都市", "江苏省", "西安市", "广州市", "湖南省"])
    if style == "gov":
        if doc.folder == "state_council_2004_2019" or doc.folder == "national_gwr_wikisource":
            site = rng.choice(["中国政府网", "中华人民共和国中央人民政府门户网站", "国务院公报"])
            host = "www.gov.cn"
        elif doc.folder == "cpc_congress_wikisource":
            site, host = "中国共产党新闻网", "cpc.people.com.cn"
        else:
            site = f"{place}人民政府" + rng.choice(["", "门户网站", "网站"])
            host = f"www.{rng.choice(['sy', 'dy', 'zj', 'hz', 'qz', 'ly', 'xa', 'gz'])}.gov.cn"
    elif style == "news":
        site, host = rng.choice([("人民网", "www.people.com.cn"), ("新华网", "www.news.cn"), ("央广网", "www.cnr.cn"),
                                 ("中国新闻网", "www.chinanews.com.cn"), ("澎湃新闻", "www.thepaper.cn"),
                                 ("大众网", "www.dzwww.com"), ("红网", "www.rednet.cn"), ("东方网", "www.eastday.com")])
    elif style == "party":
        site, host = rng.choice([("共产党员网", "www.12371.cn"), ("党建网", "www.dangjian.cn"),
                                 ("求是网", "www.qstheory.cn"), ("人民论坛网", "www.rmlt.com.cn"),
                                 (f"{place}先锋网", "www.xfw.gov.cn"), (f"{place}党建网", "dj.example.gov.cn"),
                                 ("清风网", "www.qfw.org.cn")])
    elif style == "wechat":
        site = rng.choice([f"{place}发布", f"{place}组工", "清风" + place[:2], f"{place}机关党建", "党建微平台",
                           "公文写作笔记", "笔杆子材料库"])
        host = "mp.weixin.qq.com"
    elif style in ("doc", "pdf"):
        site, host = rng.choice([("百度文库", "wenku.baidu.com"), ("道客巴巴", "www.doc88.com"),
                                 ("原创力文档", "max.book118.com"), ("豆丁网", "www.docin.com"),
                                 ("文档之家", "www.doczj.com"), ("淘豆网", "www.taodocs.com"),
                                 ("人人文库", "www.renrendoc.com"), ("金锄头文库", "www.jinchutou.com"),
                                 ("第一范文网", "www.diyifanwen.com"), ("公文易", "www.gwy.cn")])
    else:  # library
        site, host = rng.choice([("360doc个人图书馆", "www.360doc.com"), ("个人图书馆", "www.360doc.cn"),
                                 ("新浪博客", "blog.sina.com.cn"), ("网易号", "www.163.com")])
    return {"site": site, "host": host, "place": place}


def page_title(rng: random.Random, doc: Doc, s: dict, style: str) -> str:
    t = doc.title
    short = t
    if doc.folder == "state_council_2004_2019":
        short = re.sub(r"^国务院(办公厅)?", "", t)
        short = re.sub(r"^关于", "", short)[:18]
    elif "政府工作报告" in t:
        short = rng.choice(["政府工作报告", f"{doc.place}政府工作报告", f"{doc.year}政府工作报告", f"{doc.place}{doc.year}年政府工作报告"])
    else:
        short = t[:14]
    sep = rng.choice(["_", " - ", "—", "｜", " | ", "--", "——", "-"])
    shapes = [
        t,
        f"{t}{sep}{s['site']}",
        f"{t}{sep}{rng.choice(['政务公开', '政府文件', '新闻中心', '要闻', '时政', '文档', '正文'])}{sep}{s['site']}",
        f"【{t}】",
        f"《{t}》",
        f"《{t}》全文",
        f"{short}",
        f"{short}{sep}{s['site']}",
        f"{t}（全文）",
        f"全文｜{t}",
        f"{t}.{rng.choice(['docx', 'doc', 'pdf', 'wps'])}",
        f"【{short}】{sep}{s['site']}",
    ]
    if doc.number:
        shapes += [f"{t}（{doc.number}）", f"【{doc.number}】{t}", f"{doc.number}{sep}{t}"]
    return rng.choice(shapes)


def nav(rng: random.Random, s: dict, style: str) -> list[str]:
    pools = {
        "gov": ["首页", "政务公开", "政务服务", "互动交流", f"走进{s['place'][:2]}", "政策文件", "数据开放", "专题专栏",
                "新闻动态", "机构设置", "领导之窗", "办事指南", "政民互动", "公共服务"],
        "news": ["首页", "时政", "国际", "财经", "社会", "评论", "地方", "图片", "视频", "理论", "党建", "教育", "科技", "体育"],
        "party": ["首页", "要闻", "学习", "党建", "理论", "党员教育", "党务工作", "组工动态", "廉政", "专题", "视频", "数据库"],
        "doc": ["首页", "文档分类", "精品文档", "VIP专区", "教育资源", "办公文档", "党政司法", "行业资料", "APP下载", "上传文档"],
        "library": ["首页", "阅览室", "馆友", "我的图书馆", "帮助"],
    }
    items = rng.sample(pools.get(style, pools["gov"]), k=rng.randint(4, 9))
    if items[0] != "首页" and rng.random() < 0.7:
        items.insert(0, "首页")
    how = rng.randrange(4)
    if how == 0:
        return items
    sep = rng.choice([" | ", "  ", "　", " ", "｜", " · ", " / "])
    lines = [sep.join(items)]
    if how == 2:
        lines = [sep.join(items[: len(items) // 2]), sep.join(items[len(items) // 2:])]
    return lines


def service_bar(rng: random.Random, s: dict) -> list[str]:
    opts = [["无障碍", "长者模式", "繁體", "English"], ["登录", "注册"], ["手机版", "微信", "微博", "政务服务网"],
            ["设为首页", "加入收藏"], ["智能问答", "站内搜索"], ["请输入关键词", "搜索"],
            [f"今天是{date(rng, 2025, 'cn1')}", rng.choice(["星期一", "星期三", "星期五", "星期日"])],
            ["关怀版", "无障碍浏览", "简", "繁"], ["搜 索", "高级搜索"]]
    rows = []
    for items in rng.sample(opts, k=rng.randint(1, 3)):
        if rng.random() < 0.3:
            rows.extend(items)
        else:
            rows.append(rng.choice([" | ", "  ", "｜", " "]).join(items))
    return rows


def breadcrumb(rng: random.Random, s: dict, style: str, doc: Doc) -> list[str]:
    mid = {"gov": [["政务公开", "政府工作报告"], ["信息公开", "规划计划", "政府工作报告"], ["政策", "国务院文件"],
                   ["政府信息公开", "法定主动公开内容", "政府文件"], ["政务公开", "重点领域", "财政信息"]],
           "news": [["时政", "正文"], ["地方", "滚动新闻"], ["要闻", "高层动态"]],
           "party": [["基层党建", "经验交流"], ["理论", "学习园地"], ["党务工作", "工作报告"], ["组工动态"]],
           "doc": [["党政司法", "政务民生"], ["办公文档", "工作总结"], ["行业资料", "政府工作报告"], ["实用文档", "工作计划"]],
           "library": [["文章", "党政"], ["阅览室", "政府报告"]]}
    items = ["首页"] + rng.choice(mid.get(style, mid["gov"]))
    if rng.random() < 0.3:
        items.append("正文")
    label = rng.choice(["当前位置：", "您现在的位置：", "您的位置：", "位置：", "当前位置: ", "", "", "所在位置："])
    seps = [" > ", ">", " >> ", " » ", " / ", "＞", " → ", " - ", "→", " ＞ ", " >"]
    sep = rng.choice(seps)
    how = rng.randrange(5)
    if how == 0:  # one item per line with separator lines
        rows = ([label.strip()] if label else []) + []
        for k, it in enumerate(items):
            rows.append(it)
            if k < len(items) - 1:
                rows.append(sep.strip())
        return rows
    if how == 1:  # numbered one per line
        return [f"{k + 1}. {it}" for k, it in enumerate(items)]
    if how == 2:  # one item per line, no separators
        return ([label.strip()] if label else []) + items
    if how == 3:  # label on its own line
        return [label.strip() or "当前位置", sep.join(items)]
    return [label + sep.join(items)]


def metadata(rng: random.Random, s: dict, doc: Doc, style: str) -> list[str]:
    y = doc.pubyear if style != "doc" else rng.choice([doc.pubyear, doc.pubyear + 1])
    src = rng.choice([s["site"], f"{s['place']}日报", f"{s['place']}人民政府办公室", "新华社", "本站原创", f"{s['place']}融媒体中心",
                      "人民日报", "中国政府网", "市政府研究室", "网络", "转载"])
    fields = {
        "来源": src, "作者": rng.choice([name(rng), "佚名", "本网", "记者 " + name(rng), "admin", src]),
        "发布时间": date(rng, y, rng.choice(["iso", "isot", "isos", "cn", "cnt"])),
        "浏览次数": str(rng.randint(12, 98765)), "点击数": str(rng.randint(10, 9999)),
        "阅读量": rng.choice([f"{rng.randint(1, 99)}.{rng.randint(0, 9)}万", str(rng.randint(100, 99999))]),
        "编辑": name(rng), "责任编辑": name(rng), "信息来源": src, "发布日期": date(rng, y, rng.choice(["iso", "cn", "slash"])),
        "更新时间": date(rng, y, "isos"), "访问量": str(rng.randint(100, 50000)), "发布者": rng.choice(["admin", "管理员", name(rng)]),
        "审核": name(rng), "字号": rng.choice(["大 中 小", "T T T", "A+ A A-", "默认 大 超大"]),
        "分类": rng.choice(["政府工作报告", "综合政务", "工作报告", "公文范文"]), "文章来源": src,
    }
    keys = rng.sample(list(fields), k=rng.randint(2, 5))
    if "来源" not in keys and "信息来源" not in keys and rng.random() < 0.6:
        keys.insert(0, "来源")
    colon = rng.choice(["：", ":", "： ", ": "])
    parts = [f"{k}{colon}{fields[k]}" for k in keys]
    how = rng.randrange(6)
    if how == 0:
        return parts
    if how == 1:
        return [f"【{p}】" for p in parts] if rng.random() < 0.5 else ["".join(f"【{p}】" for p in parts)]
    if how == 2:  # label and value on separate lines
        rows = []
        for k in keys:
            rows += [k + rng.choice(["：", ""]), fields[k]]
        return rows
    if how == 3:
        return [fields["发布时间"] + "  " + fields["来源"] + rng.choice(["", "  " + fields["作者"]])]
    sep = rng.choice(["  ", " | ", "　", " ", "  |  ", "\t"])
    return [sep.join(parts)]


def toolbar(rng: random.Random, s: dict, where: str) -> list[str]:
    if where == "top":
        shapes = [["【字体：大 中 小】"], ["字号：大 中 小"], ["[ 大 ][ 中 ][ 小 ]"], ["字号", "大", "中", "小"],
                  ["A+", "A", "A-"], ["【字号", "大", "中", "小", "】"], ["字体：T T T"], ["【 字号：", "大", "中", "小", "】", "【打印】"],
                  ["文字大小：默认 | 加大 | 特大"], ["视力保护色", "默认", "护眼"], ["放大", "缩小", "朗读"],
                  ["【字体：大 中 小】【打印】【关闭】"], ["分享", "收藏", "纠错"], ["全屏阅读", "下载", "收藏", "打印"]]
    else:
        shapes = [["【打印本页】", "【关闭窗口】"], ["打印本页 | 关闭窗口"], ["[打印] [关闭]"], ["【打印】【关闭】【收藏】"],
                  ["打印", "关闭"], ["【返回顶部】"], ["返回顶部", "打印此页", "关闭本页"], ["【我要纠错】 【打印】 【关闭】"],
                  ["收藏本文", "推荐给朋友", "打印"], ["下载", "收藏", "分享", "举报"], ["下载文档", "收藏", "打印", "转格式"],
                  ["保存为PDF", "打印", "关闭"], ["点赞", "收藏", "评论"], ["【纠错】", "【打印】", "【关闭】", "【收藏】"]]
    return rng.choice(shapes)


def share(rng: random.Random) -> list[str]:
    shapes = [["分享到：微信 微博 QQ空间"], ["分享到：", "微信", "微博", "QQ"], ["分享："], ["分享到"],
              ["一键分享"], ["分享 | 微信 | 微博 | QQ好友"], ["【分享到微信朋友圈】"], ["微信", "微博", "QQ空间", "复制链接"],
              ["转发", "收藏", "点赞"], ["分享至："]]
    return rng.choice(shapes)


def qr(rng: random.Random) -> list[str]:
    shapes = [["扫一扫在手机打开当前页"], ["手机扫一扫，阅读更方便"], ["扫描二维码", "在手机上浏览"],
              ["用微信“扫一扫”", "将文章分享到朋友圈"], ["扫码关注官方微信"], ["手机访问本页请扫描二维码"],
              ["扫一扫在手机上查看当前页面"], ["【手机扫码阅读】"], ["微信扫一扫 分享到朋友圈"], ["扫码下载APP"],
              ["打开手机扫一扫", "即可在手机上阅读全文"]]
    return rng.choice(shapes)


def headline(rng: random.Random, s: dict, year: int) -> str:
    place = rng.choice([s["place"], s["place"][:2], rng.choice(["我市", "全省", "全县", "市直机关", "高新区", "经开区"])])
    topic, meeting, off, slogan = rng.choice(TOPICS), rng.choice(MEETINGS), rng.choice(OFFICIALS), rng.choice(SLOGANS)
    n = rng.randint(3, 12)
    t = rng.choice([
        f"{place}召开{year}年{topic}工作会议",
        f"{place}：多措并举推动{topic}取得实效",
        f"{year}年{place}政府工作报告（全文）",
        f"关于进一步加强{topic}的实施意见",
        f"{topic}工作总结范文（精选{n}篇）",
        f"{year}年度党支部书记抓基层党建工作述职报告",
        f"学习贯彻{meeting}精神心得体会",
        f"{place}{off}主持召开{topic}专题会议",
        f"以{topic}为抓手 {slogan}",
        f"{off}{name(rng)}：{slogan}",
        f"{place}{topic}工作新闻发布会举行",
        f"一图读懂{year}年{place}政府工作报告",
        f"【专题】{meeting}",
        f"{place}出台{n}条措施推进{topic}",
        f"{year}年主题教育专题民主生活会对照检查材料",
        f"{year}年{rng.randint(1, 12)}月份{topic}工作计划",
        f"{place}{topic}工作实施方案",
        f"党课讲稿：{slogan}",
        f"权威发布｜{place}{topic}最新政策解读",
        f"视频｜{off}：{slogan}",
        f"{slogan}。",
        f"{place}{topic}工作取得明显成效，群众满意度持续提升。",
        f"{off}深入基层调研{topic}工作时强调，要{slogan}。",
        f"{year}年{topic}{rng.choice(DOC_KINDS)}",
        f"关于{topic}情况的调研报告（{n}篇）",
        f"{place}：{topic}跑出“加速度”",
        f"“{topic}”这一年 {place}交出亮眼答卷",
    ])
    return t


def related(rng: random.Random, s: dict, doc: Doc, style: str) -> list[str]:
    header = rng.choice(["相关阅读", "推荐阅读", "相关推荐", "猜你喜欢", "热门文章", "延伸阅读", "相关文档", "你可能感兴趣的",
                         "相关新闻", "热点推荐", "精选文章", "最新文章", "大家都在看", "为你推荐", "本类热门", "阅读排行",
                         "点击排行", "同类文章", "相关链接", "热门推荐", "更多精彩", "往期回顾", "相关政策", "专题推荐",
                         "【相关阅读】", "▍推荐阅读", "— 相关推荐 —", "相关文章：", "热门下载", None, None])
    n = rng.randint(3, 8)
    year = doc.pubyear
    items = [headline(rng, s, rng.choice([year, year - 1, year + 1])) for _ in range(n)]
    if style in ("doc", "pdf") and rng.random() < 0.6:
        items = [it.rstrip("。") + rng.choice([".docx", ".doc", ".pdf", ".wps", ".pptx", ""]) for it in items]
    prefix = rng.choice(["", "", "· ", "• ", "▪ ", "◆ ", "- ", "* ", "> ", "NUM. ", "NUM、", "[NUM] ", "CIRC", "▶ ", "◇ ", "○ ", "☆ ", "|"])
    circ = "①②③④⑤⑥⑦⑧⑨⑩"
    datepos = rng.choice(["none", "none", "suffix", "prefix", "paren", "bracket", "tab"])
    extra = rng.choice(["", "", "", "views", "pages", "score"])
    out = []
    for k, it in enumerate(items):
        p = prefix.replace("NUM", str(k + 1)).replace("CIRC", circ[k % 10])
        line = p + it
        d = date(rng, rng.choice([year, year + 1]), rng.choice(["iso", "md", "cn", "slash", "dot"]))
        if datepos == "suffix":
            line += rng.choice(["  ", " ", "　　", "    "]) + d
        elif datepos == "prefix":
            line = d + rng.choice([" ", "  "]) + line
        elif datepos == "paren":
            line += f"（{d}）"
        elif datepos == "bracket":
            line += f" [{d}]"
        elif datepos == "tab":
            line += "\t" + d
        if extra == "views":
            line += rng.choice([f"  阅读 {rng.randint(10, 9999)}", f"  {rng.randint(1, 99)}人看过", f" 浏览({rng.randint(1, 999)})"])
        elif extra == "pages":
            line += rng.choice([f"  {rng.randint(2, 40)}页", f" 共{rng.randint(2, 40)}页", f"  {rng.randint(2, 40)}页 {rng.randint(1, 5)}下载券"])
        elif extra == "score":
            line += f"  {rng.randint(30, 50) / 10:.1f}分"
        out.append(line)
    layout = rng.randrange(5)
    rows = [header] if header else []
    if layout == 0 and datepos == "none":
        rows.append(rng.choice(["  ", " | ", "　", "｜"]).join(out))
    elif layout == 1:
        for k in range(0, len(out), 2):
            rows.append(rng.choice(["    ", "\t", "　　"]).join(out[k:k + 2]))
    else:
        rows += out
    if rng.random() < 0.3:
        rows.append(rng.choice(["更多>>", "查看更多", "更多", "MORE+", "换一换", "加载更多"]))
    return rows


def prevnext(rng: random.Random, s: dict, doc: Doc) -> list[str]:
    a, b = headline(rng, s, doc.pubyear), headline(rng, s, doc.pubyear)
    shapes = [[f"上一篇：{a}", f"下一篇：{b}"], [f"上一篇：{a}  下一篇：{b}"], ["上一篇：没有了", f"下一篇：{b}"],
              [f"上一篇 {a}", f"下一篇 {b}"], ["上一篇", a, "下一篇", b]]
    return rng.choice(shapes)


def pagination(rng: random.Random, cur: int, tot: int) -> list[str]:
    shapes = [[f"上一页 {' '.join(str(i) for i in range(1, tot + 1))} 下一页"], [f"第 {cur} 页 / 共 {tot} 页"],
              [f"共{tot}页 首页 上一页 {cur} 下一页 尾页"], ["< 1 2 3 >"], [f"{cur}/{tot}"],
              [f"第{cur}页", "下一页"], ["上一页", *[str(i) for i in range(1, tot + 1)], "下一页"],
              [f"共{tot}页，当前第{cur}页"], ["加载更多"], [f"【第{cur}页】【下一页】"]]
    return rng.choice(shapes)


def ad(rng: random.Random, s: dict, doc: Doc) -> list[str]:
    shapes = [["广告"], ["[广告]"], ["— 广告 —"], ["赞助商链接"], ["推广"], ["AD"], ["广告位招租 联系电话：" + f"1{rng.randint(3, 9)}{digits(rng, 9)}"],
              [f"【限时优惠】公文写作高级研修班火热报名中，咨询电话：400-{digits(rng, 3)}-{digits(rng, 4)}"],
              [f"扫码领取《{doc.pubyear}公文写作素材大全》"], ["写材料找笔杆子，3000万篇范文免费查"],
              [f"【公考】{doc.pubyear + 1}国考笔试辅导课，点击报名"], ["▲ 点击图片了解详情"],
              ["今日推荐：机关单位年终总结一键生成"], ["广告", f"{rng.choice(['党建云课堂', '公文宝', '写作猫'])}——让材料写作更轻松"],
              ["AI帮你写材料", "立即体验"], [f"{rng.choice(['新春', '年中', '双十一'])}特惠 VIP年卡仅需{rng.randint(39, 199)}元"],
              ["点击进入专题 >>"], ["下载APP 领取免费会员"], ["×", "关闭广告"], ["[推广] 党建文化墙设计制作 一站式服务"]]
    return rng.choice(shapes)


def paywall(rng: random.Random, s: dict, doc: Doc) -> list[str]:
    left = rng.randint(2, 30)
    lines = [
        f"剩余{left}页未读，继续阅读", f"还剩{left}页未读，点此继续阅读", "免费阅读已结束，点击下载阅读全文", "阅读全文",
        "展开全文", "展开全文 ∨", "VIP专享文档", "开通会员 免费下载", f"本文档共{left + 3}页，当前预览3页",
        "下载文档到电脑，查找使用更方便", f"¥{rng.randint(1, 20)}.{rng.choice(['00', '90', '50'])}  立即下载",
        f"还剩{left}页未读，是否继续阅读？", "以上内容仅为本文档的试下载部分，为可阅读页数的一半内容。如要下载或阅读全文，请访问：" + s["host"],
        "隐藏内容：登录后可见", "此处内容需要权限查看", "会员特权：海量文档免费下载", "付费内容 需支付 2 元 查看全文",
        "本文为会员专享内容，开通会员后可查看全文", "试读已结束，如需继续阅读或下载请购买", "预览已结束，剩余内容请下载查看",
        "点击阅读全文", "—— 阅读全文 ——", "登录后查看完整内容", f"{left}人已下载", "限时免费", "开通VIP 立省90%",
        "该文档为付费文档，请购买后下载", "温馨提示：当前文档最多只能预览 5 页，此文档共 12 页，请下载后查看全部内容。",
        f"剩余{left}页", "继续阅读", "查看全部", "余下全文", "（未完，请下载完整版）", "【此处为付费内容】",
    ]
    k = rng.randint(1, 4)
    return rng.sample(lines, k)


def docmeta(rng: random.Random, s: dict, doc: Doc) -> list[str]:
    pages, kb = rng.randint(3, 40), rng.randint(15, 900)
    items = [f"页数：{pages}", f"大小：{kb}.{rng.randint(0, 9)}KB", f"下载券：{rng.randint(0, 5)}", f"浏览：{rng.randint(10, 9999)}",
             f"上传时间：{date(rng, doc.pubyear + rng.randint(0, 1), 'iso')}", f"格式：{rng.choice(['DOCX', 'DOC', 'PDF', 'WPS'])}",
             f"贡献者：{rng.choice([name(rng), '文库用户', 'ws' + digits(rng, 6), '小小写手'])}", f"{rng.randint(1, 9999)}阅读",
             f"{rng.randint(0, 500)}下载", f"{rng.randint(1, 5)}.{rng.randint(0, 9)}分（{rng.randint(1, 300)}人评价）",
             f"文档格式：.{rng.choice(['docx', 'doc', 'pdf'])}", f"文档页数：{pages}页", f"所需积分：{rng.randint(1, 50)}",
             f"上传人：{name(rng)}", "VIP免费", f"字数：{rng.randint(2, 30)},{digits(rng, 3)}", "认证作者"]
    chosen = rng.sample(items, k=rng.randint(2, 6))
    if rng.random() < 0.5:
        return [rng.choice(["  ", " | ", "　", " · "]).join(chosen)]
    return chosen


def disclaimer(rng: random.Random, s: dict) -> list[str]:
    lines = ["本文由用户上传，如有侵权请联系删除", "免责声明：本站文档均来自网络，如有侵权请联系删除。",
             "本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领",
             "版权申诉", "举报", "侵权投诉", "内容提供方：" + name(rng), "此文档下载收益归作者所有",
             "温馨提示：如果您对本文档有疑问，请联系客服。", "本站所有文章资讯、展示的图片素材等内容均为注册用户上传，仅供学习参考。用户通过本站上传、发布的任何内容的知识产权归属用户或原始著作权人所有。如有侵犯您的版权，请联系我们反馈，本站将在三个工作日内改正。",
             "声明：本文仅代表作者个人观点，与本站无关。", "【免责声明】文章内容仅供参考，不构成任何建议。",
             "转载请注明出处", "文章来源于网络，如有侵权请联系删除", "本文内容由互联网用户自发贡献，该文观点仅代表作者本人。",
             "原创不易，转载请联系授权", "该用户很懒，什么也没有留下"]
    return rng.sample(lines, k=rng.randint(1, 3))


def footer(rng: random.Random, s: dict, doc: Doc, style: str) -> list[str]:
    abbr = rng.choice(ICP_ABBR)
    y = rng.choice([2024, 2025])
    org = s["site"] if style not in ("gov",) else f"{s['place']}人民政府办公室"
    if s["host"] == "www.gov.cn":
        org = "国务院办公厅"
    pool = [
        f"版权所有：{s['site']}", f"版权所有 © {s['site']}", f"Copyright © {rng.randint(2000, 2015)}-{y} {s['host']} All Rights Reserved.",
        f"© {y} {s['site']} 版权所有", f"主办单位：{org}", f"承办单位：{s['place']}大数据中心", f"主办：{org}  承办：{s['place']}政务服务数据管理局",
        f"{abbr}ICP备{digits(rng, 8)}号-{rng.randint(1, 9)}", f"ICP备案号：{abbr}ICP备{digits(rng, 8)}号",
        f"{abbr}公网安备 {digits(rng, 14)}号", f"网站标识码：{digits(rng, 10)}", f"网站标识码{digits(rng, 10)}",
        "联系我们 | 网站地图 | 隐私声明 | 使用帮助", "关于我们 - 联系我们 - 加入我们 - 免责声明", "网站地图", "联系我们",
        f"地址：{s['place']}{rng.choice(['中山', '人民', '解放', '建设', '长江'])}路{rng.randint(1, 300)}号  邮编：{digits(rng, 6)}",
        f"联系电话：0{rng.randint(10, 999)}-{digits(rng, 8)}", f"电话：0{rng.randint(10, 999)}-{digits(rng, 8)} 传真：0{rng.randint(10, 999)}-{digits(rng, 8)}",
        f"邮箱：{rng.choice(['webmaster', 'zfwz', 'xxgk', 'kefu'])}@{s['host'].replace('www.', '')}",
        f"技术支持：{rng.choice(['开普云', '拓尔思', '大汉网络', '万户网络', '南威软件', '浪潮软件'])}信息技术股份有限公司",
        "建议使用1920×1080分辨率，IE10以上版本浏览器", "违法和不良信息举报电话：12377", f"互联网新闻信息服务许可证：{digits(rng, 11)}",
        f"增值电信业务经营许可证：{abbr}B2-{digits(rng, 8)}", "未经授权，禁止复制或建立镜像", f"本站访问量：{rng.randint(100000, 9999999)}",
        f"您是本站第 {digits(rng, 7)} 位访客", "政府网站找错", "适老化无障碍服务", "[ 网站纠错 ]", "客服热线：400-" + digits(rng, 3) + "-" + digits(rng, 4),
        "工作时间：周一至周五 8:30-17:30", "本网站由" + org + "主办", "投诉建议", "意见反馈", f"{s['site']}客户端",
        "用户协议 | 隐私政策 | 版权声明", "Copyright©" + s["host"], "（c）" + str(y) + " " + s["site"],
    ]
    rows = rng.sample(pool, k=rng.randint(3, 8))
    if rng.random() < 0.3:
        k = rng.randint(2, min(4, len(rows)))
        rows = [rng.choice(["  ", " ", "　", " | "]).join(rows[:k])] + rows[k:]
    return rows


def markup(rng: random.Random, s: dict) -> list[str]:
    pool = ['<div class="TRS_Editor">', '<p style="text-indent: 2em;">', "</p>", "<br>", "<br/>", "&nbsp;&nbsp;&nbsp;&nbsp;",
            "<!-- 正文结束 -->", "</div>", '<span style="font-family: 仿宋_GB2312; font-size: 16pt;">', "</span>",
            "![](https://mmbiz.qpic.cn/mmbiz_png/" + digits(rng, 12) + "/640?wx_fmt=png)", "---", "* * *", "|  |  |",
            "|---|---|", "[点击查看原文](https://" + s["host"] + "/" + digits(rng, 8) + ".html)", "**相关链接**",
            "## 相关文章", '<p class="ql-block">', "<strong>", "</strong>", "javascript:void(0);", "{{article.title}}",
            "var _hmt = _hmt || [];", '<img src="/uploads/' + digits(rng, 8) + '.jpg" />', "&ldquo;&rdquo;", "<!--EndFragment-->"]
    return rng.sample(pool, k=rng.randint(1, 3))


def wechat_head(rng: random.Random, s: dict, doc: Doc) -> list[str]:
    shapes = [[s["site"], date(rng, doc.pubyear, rng.choice(["cn", "iso", "cnt"]))],
              [f"{s['site']}  {date(rng, doc.pubyear, 'cnt')}  {rng.choice(['北京', '山东', '四川', '广东', '江苏'])}"],
              ["点击上方蓝字关注我们"], ["点击蓝字 关注我们"], ["↑点击上方“" + s["site"] + "”关注我们"],
              [f"原创 {name(rng)} {s['site']}"], ["收录于合集", f"#{rng.choice(TOPICS)} {rng.randint(3, 90)}个"]]
    out = []
    for sh in rng.sample(shapes, k=rng.randint(2, 4)):
        out += sh
    return out


def wechat_tail(rng: random.Random, s: dict) -> list[str]:
    shapes = [["END"], ["- END -"], ["▼"], ["来源：" + s["site"] + " | 编辑：" + name(rng)], [f"来源丨{s['site']}", f"编辑丨{name(rng)}", f"审核丨{name(rng)}"],
              [f"文字：{name(rng)}", f"初审：{name(rng)}", f"终审：{name(rng)}"], ["长按识别二维码关注我们"],
              ["阅读原文"], ["在看", "点赞", "分享"], ["分享 收藏 点赞 在看"], ["喜欢此内容的人还喜欢"], ["写留言"],
              [f"阅读 {rng.randint(100, 9999)}"], ["点个“在看”，让更多人看到"], ["觉得好看，请点这里↓↓↓"]]
    out = []
    for sh in rng.sample(shapes, k=rng.randint(3, 6)):
        out += sh
    return out


def library_head(rng: random.Random, s: dict, doc: Doc) -> list[str]:
    return rng.sample([f"来自：{name(rng)} > 《{rng.choice(['政府报告', '工作报告', '公文', '党建材料'])}》",
                       f"{date(rng, doc.pubyear, 'iso')} {name(rng)}", "原文", "转藏", "全屏", "打印", "分享", "献花(0)",
                       f"{rng.randint(1, 999)}阅读 {rng.randint(0, 99)}转藏", "+关注", "TA的最新馆藏", "赠书"],
                      k=rng.randint(3, 7))


def comments(rng: random.Random) -> list[str]:
    return rng.sample(["网友评论", "发表评论", f"{rng.randint(0, 99)}条评论", "登录后参与评论", "请遵守互联网相关规定，文明发言",
                       "全部评论", "暂无评论，快来抢沙发吧！", "评论", "我要评论", "提交"], k=rng.randint(2, 4))


# --------------------------------------------------------------------------- pages


def add_run(page: Page, doc: Doc, start: int, end: int, *, ads: bool = False, paywall_block: list[str] | None = None,
            stop_after_paywall: bool = False) -> int:
    """Add paragraphs start..end-1 (an ad or a paywall block may fall between); return the end used."""
    rng = page.rng
    cut = rng.randint(start + 4, max(start + 4, end - 2)) if paywall_block else None
    ad_at = rng.randint(start + 1, end - 1) if ads else None
    for i in range(start, end):
        if i == ad_at:
            page.blank()
            page.chrome("ad", ad(rng, {}, doc))
            page.tag("ad_mid")
        if cut is not None and i == cut:
            page.blank()
            page.chrome("paywall", paywall_block)
            page.tag("paywall_mid")
            if stop_after_paywall:
                return i
        label, kind = line_kind(doc, i)
        if label == "chrome":
            page.rows.append((doc.paras[i], "chrome", kind, ""))
        else:
            page.content(doc.paras[i], kind, i)
        if not page.blank_between and page.gap:
            page.blank()
    return end


def wrap_run(page: Page, doc: Doc, start: int, end: int, width: int, indent: bool, title_header: str | None,
             page_no_style: int, lines_per_page: int, total_pages: int) -> None:
    rng = page.rng
    count, pno = 0, rng.randint(1, 3)
    for i in range(start, end):
        label, kind = line_kind(doc, i)
        text = doc.paras[i]
        if label == "chrome":
            page.rows.append((text, "chrome", kind, ""))
            continue
        body = text.lstrip(" 　\t")
        lead = text[: len(text) - len(body)]
        pieces = []
        first = (lead or "") if not indent else ("　　" if not lead else lead)
        w0 = width - (2 if first else 0)
        if kind == "heading" and len(body) <= width:
            pieces = [text if not indent else first + body]
        else:
            pieces.append(first + body[:w0])
            k = w0
            while k < len(body):
                pieces.append(body[k:k + width])
                k += width
        for piece in pieces:
            page.rows.append((piece, "content", kind, str(i)))
            count += 1
            if count % lines_per_page == 0:
                page.chrome("pagination", [pdf_page_number(rng, pno, total_pages, page_no_style)], fw=0.2, gap=page.pdf_gap)
                pno += 1
                if title_header:
                    page.chrome("running_header", [title_header], fw=0, gap=page.pdf_gap)


def pdf_page_number(rng: random.Random, n: int, tot: int, style: int) -> str:
    return [f"- {n} -", f"—{n}—", f"第{n}页 共{tot}页", f"{n}", f"Page {n} of {tot}", f"第 {n} 页", f"{n}/{tot}", f"·{n}·",
            f"－ {n} －"][style]


def build_page(rng: random.Random, doc: Doc, style: str, where: str) -> tuple[Page, int, int]:
    page = Page(rng)
    page.gap = rng.random() < 0.4  # blank line after each paragraph
    doc.pubyear = doc.year if doc.year >= 2008 else rng.randint(2010, 2024)
    s = site_of(rng, doc, style)
    title = page_title(rng, doc, s, style)
    if where == "head" and doc.folder == "provincial_gwr_2025" and rng.random() < 0.7:
        title = doc.paras[0].strip()  # the page title is exactly the article title line
    if style == "pdf":
        lo, hi = 8, 20
    elif style == "doc":
        lo, hi = 6, 18
    else:
        lo, hi = 4, 30
    for _ in range(50):
        start, end = pick_run(rng, doc, where, lo, hi)
        if run_ok(doc, start, end):
            break
        where = rng.choice(["head", "middle", "middle", "tail"])
    else:
        raise ValueError(f"{doc.source_file}: no clean run found")
    page.tag(where)

    def top_common():
        if rng.random() < 0.5:
            page.chrome("navigation", service_bar(rng, s))
        if rng.random() < 0.8:
            page.chrome("navigation", nav(rng, s, style))
        if rng.random() < 0.85:
            page.chrome("breadcrumb", breadcrumb(rng, s, style, doc))

    if style in ("gov", "news", "party"):
        if rng.random() < 0.25:
            page.chrome("page_title", [title])
            page.tag("title_first")
        top_common()
        if rng.random() < 0.25:
            page.chrome("markup", markup(rng, s))
        n_titles = rng.choice([1, 1, 2])
        for _ in range(n_titles):
            page.chrome("page_title", [page_title(rng, doc, s, style) if _ else title])
        if rng.random() < 0.9:
            page.chrome("metadata", metadata(rng, s, doc, style))
        if rng.random() < 0.6:
            page.chrome("toolbar", toolbar(rng, s, "top"))
        if rng.random() < 0.3:
            page.chrome("share", share(rng))
        if style == "news" and rng.random() < 0.5:
            page.chrome("ad", ad(rng, s, doc))
        add_run(page, doc, start, end, ads=style != "gov" and rng.random() < 0.5)
        if rng.random() < 0.25:
            page.chrome("markup", markup(rng, s))
        if rng.random() < 0.5:
            page.chrome("metadata", [rng.choice([f"（责任编辑：{name(rng)}）", f"【责任编辑：{name(rng)}】", f"编辑：{name(rng)}",
                                                 f"[责编：{name(rng)}、{name(rng)}]", f"(编辑 {name(rng)})", f"来源：{s['site']}"])])
        if rng.random() < 0.3:
            page.chrome("pagination", pagination(rng, 1, rng.randint(2, 4)))
        if rng.random() < 0.6:
            page.chrome("toolbar", toolbar(rng, s, "bottom"))
        if rng.random() < 0.5:
            page.chrome("share", share(rng))
        if rng.random() < 0.5:
            page.chrome("qr", qr(rng))
        if rng.random() < 0.35:
            page.chrome("related", prevnext(rng, s, doc))
        if rng.random() < 0.85:
            page.chrome("related", related(rng, s, doc, style))
        if rng.random() < 0.35:
            page.chrome("related", related(rng, s, doc, style))
        if style != "gov" and rng.random() < 0.4:
            page.chrome("comment", comments(rng))
        if rng.random() < 0.3:
            page.chrome("mojibake", [mojibake(rng, rng.choice([title, "发布时间", "来源：" + s["site"], "打印本页 关闭窗口"]))])
        page.chrome("footer", footer(rng, s, doc, style))
    elif style == "wechat":
        if rng.random() < 0.5:
            page.chrome("page_title", [title])
        page.chrome("metadata", wechat_head(rng, s, doc))
        if rng.random() < 0.3:
            page.chrome("markup", markup(rng, s))
        add_run(page, doc, start, end, ads=rng.random() < 0.3)
        page.chrome("metadata", wechat_tail(rng, s))
        if rng.random() < 0.7:
            page.chrome("related", related(rng, s, doc, style))
        if rng.random() < 0.4:
            page.chrome("qr", qr(rng))
    elif style == "library":
        page.chrome("page_title", [title])
        page.chrome("metadata", library_head(rng, s, doc))
        if rng.random() < 0.5:
            page.chrome("ad", ad(rng, s, doc))
        add_run(page, doc, start, end, ads=rng.random() < 0.4)
        if rng.random() < 0.5:
            page.chrome("disclaimer", disclaimer(rng, s))
        page.chrome("related", related(rng, s, doc, style))
        page.chrome("toolbar", toolbar(rng, s, "bottom"))
        page.chrome("footer", footer(rng, s, doc, style))
    elif style == "doc":
        if rng.random() < 0.5:
            page.chrome("navigation", nav(rng, s, "doc"))
        if rng.random() < 0.5:
            page.chrome("breadcrumb", breadcrumb(rng, s, "doc", doc))
        page.chrome("page_title", [title])
        page.chrome("metadata", docmeta(rng, s, doc))
        if rng.random() < 0.5:
            page.chrome("toolbar", toolbar(rng, s, "bottom"))
        if rng.random() < 0.4:
            page.chrome("paywall", paywall(rng, s, doc))
        if rng.random() < 0.3:
            page.chrome("ad", ad(rng, s, doc))
        stop = rng.random() < 0.4
        end = add_run(page, doc, start, end, ads=rng.random() < 0.3, paywall_block=paywall(rng, s, doc),
                      stop_after_paywall=stop)
        if stop:
            page.tag("stops_at_paywall")
        if rng.random() < 0.6:
            page.chrome("paywall", paywall(rng, s, doc))
        if rng.random() < 0.7:
            page.chrome("disclaimer", disclaimer(rng, s))
        page.chrome("related", related(rng, s, doc, style))
        if rng.random() < 0.5:
            page.chrome("page_title", [page_title(rng, doc, s, style)])
            page.tag("title_repeated_end")
        if rng.random() < 0.2:
            page.chrome("mojibake", [mojibake(rng, rng.choice(["文档下载", "上传时间", title]))])
        if rng.random() < 0.7:
            page.chrome("footer", footer(rng, s, doc, style))
    else:  # pdf: a document-sharing or plain PDF copy, hard-wrapped
        if rng.random() < 0.6:
            page.chrome("page_title", [title])
            if rng.random() < 0.6:
                page.chrome("metadata", docmeta(rng, s, doc))
        page.blank_between = False
        page.pdf_gap = rng.random() < 0.3
        width = rng.randint(24, 44)
        width = choose_width(rng, doc, start, end, width)
        page.tag(f"width{width}")
        indent = rng.random() < 0.6
        header = None
        if rng.random() < 0.5:
            header = rng.choice([doc.title, doc.title[:16], doc.number or doc.title, f"{doc.place}人民政府文件", "政府工作报告"])
            page.tag("running_header")
        wrap_run(page, doc, start, end, width, indent, header, rng.randrange(9), rng.randint(18, 34), rng.randint(6, 20))
        if rng.random() < 0.5:
            page.chrome("paywall", paywall(rng, s, doc))
        if rng.random() < 0.5:
            page.chrome("related", related(rng, s, doc, "pdf"))
        if rng.random() < 0.4:
            page.chrome("footer", footer(rng, s, doc, "doc"))
    # drop a trailing blank
    while page.rows and page.rows[-1][1] == "blank":
        page.rows.pop()
    while page.rows and page.rows[0][1] == "blank":
        page.rows.pop(0)
    return page, start, end


def choose_width(rng: random.Random, doc: Doc, start: int, end: int, width: int) -> int:
    """A width at which at least one wrapped line ends exactly at 。 inside or at the end of a paragraph."""
    for w in [width] + [rng.randint(24, 44) for _ in range(40)]:
        for i in range(start, end):
            body = doc.paras[i].lstrip(" 　\t")
            if len(body) > w and any(body[k - 1] == "。" for k in range(w - 2, len(body) + 1, w) if k > 0):
                return w
    return width


PLAN = (["gov"] * 12 + ["news"] * 6 + ["party"] * 7 + ["wechat"] * 5 + ["doc"] * 10 + ["library"] * 4 + ["pdf"] * 8)


def build(seed: int, corpus: Path, out: Path) -> list[dict]:
    rng = random.Random(seed)
    docs = load_corpus(corpus)
    by_folder: dict[str, list[Doc]] = {}
    for d in docs:
        by_folder.setdefault(d.folder, []).append(d)
    weights = {"city_gwr_2024": 18, "provincial_gwr_2025": 10, "state_council_2004_2019": 12,
               "national_gwr_wikisource": 7, "cpc_congress_wikisource": 5}
    plan = PLAN[:]
    rng.shuffle(plan)
    used: set[str] = set()
    index = []
    if out.exists():
        for sub in ("pages", "gold"):
            if (out / sub).is_dir():
                shutil.rmtree(out / sub)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for n, style in enumerate(plan, 1):
        folder = rng.choices(list(weights), weights=list(weights.values()))[0]
        doc = rng.choice([d for d in by_folder[folder] if d.name not in used] or by_folder[folder])
        used.add(doc.name)
        where = rng.choice(["head", "head", "middle", "middle", "tail"])
        page, start, end = build_page(rng, doc, style, where)
        pid = f"{n:03d}"
        text = "\n".join(r[0] for r in page.rows) + "\n"
        for r in page.rows:
            if "\n" in r[0] or "\r" in r[0]:
                raise ValueError(f"page {pid}: a line holds a line break: {r[0]!r}")
        (out / "pages" / f"{pid}.txt").write_text(text, encoding="utf-8")
        gold = ["line\tlabel\tkind\tpara"] + [f"{k}\t{r[1]}\t{r[2]}\t{r[3]}" for k, r in enumerate(page.rows, 1)]
        (out / "gold" / f"{pid}.tsv").write_text("\n".join(gold) + "\n", encoding="utf-8")
        index.append({"doc": pid, "style": style, "source_file": doc.source_file, "para_start": start, "para_end": end - 1,
                      "n_lines": len(page.rows), "variants": ",".join(dict.fromkeys(page.variants))})
    cols = ["doc", "style", "source_file", "para_start", "para_end", "n_lines", "variants"]
    (out / "index.tsv").write_text("\t".join(cols) + "\n" + "".join("\t".join(str(r[c]) for c in cols) + "\n" for r in index),
                                   encoding="utf-8")
    verify(out, corpus, index)
    return index


def verify(out: Path, corpus: Path, index: list[dict]) -> None:
    """Every content paragraph of every page is byte-exact corpus text (wrapped pieces joined)."""
    for row in index:
        src = [p for p in (corpus / row["source_file"]).read_text(encoding="utf-8").split("\n")]
        src = [p.rstrip("\r") for p in src if p.strip()]
        lines = (out / "pages" / f"{row['doc']}.txt").read_text(encoding="utf-8").split("\n")[:-1]
        gold = [r.split("\t") for r in (out / "gold" / f"{row['doc']}.tsv").read_text(encoding="utf-8").split("\n")[1:-1]]
        paras: dict[int, str] = {}
        for line, g in zip(lines, gold):
            if g[1] == "content":
                paras[int(g[3])] = paras.get(int(g[3]), "") + line
        for p, t in paras.items():
            want = src[p]
            if t != want and t.lstrip(" 　") != want.lstrip(" 　"):
                raise AssertionError(f"page {row['doc']}: paragraph {p} is not the corpus text")


def stats(out: Path) -> str:
    """Markdown tables of the set's counts: lines by label, chrome by kind, content by kind, pages by style."""
    from collections import Counter
    rows = [r.split("\t") for r in (out / "index.tsv").read_text(encoding="utf-8").split("\n")[1:] if r]
    label, chrome, content, paras = Counter(), Counter(), Counter(), Counter()
    by_style: dict[str, Counter] = {}
    for r in rows:
        st = by_style.setdefault(r[1], Counter())
        st["pages"] += 1
        gold = [g.split("\t") for g in (out / "gold" / f"{r[0]}.tsv").read_text(encoding="utf-8").split("\n")[1:] if g]
        seen = set()
        for g in gold:
            label[g[1]] += 1
            st[g[1]] += 1
            if g[1] == "chrome":
                chrome[g[2]] += 1
            elif g[1] == "content":
                content[g[2]] += 1
                if g[3] not in seen:
                    seen.add(g[3])
                    paras[g[2]] += 1
                    st["paragraphs"] += 1
    lines = [f"{len(rows)} pages, {sum(label.values())} lines: {label['chrome']} chrome, {label['content']} content "
             f"({sum(paras.values())} paragraphs), {label['blank']} blank.", "",
             "| chrome kind | lines |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(chrome.items(), key=lambda kv: -kv[1])]
    lines += ["", "| content kind | lines | paragraphs |", "|---|---|---|"]
    lines += [f"| {k} | {content[k]} | {paras[k]} |" for k in sorted(content, key=lambda k: -content[k])]
    lines += ["", "| style | pages | chrome lines | content lines | paragraphs |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {c['pages']} | {c['chrome']} | {c['content']} | {c['paragraphs']} |" for k, c in sorted(by_style.items())]
    where = Counter(r[6].split(",")[0] for r in rows)
    src = Counter(r[2].split("/")[0] for r in rows)
    lines += ["", "Runs: " + ", ".join(f"{k} {v}" for k, v in sorted(where.items())) + ". Sources: "
              + ", ".join(f"{k} {v}" for k, v in sorted(src.items(), key=lambda kv: -kv[1])) + "."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--stats", action="store_true", help="print the counts of the set in --out (no build)")
    a = ap.parse_args(argv)
    if a.stats:
        print(stats(a.out))
        return 0
    index = build(a.seed, a.corpus, a.out)
    print(f"{len(index)} pages written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
