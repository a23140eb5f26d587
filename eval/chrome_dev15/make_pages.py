"""Generator of the chrome development set chrome_dev15 (issue 14), written by helper chromedev15.

Owns the pages of this folder: it reads the shared corpus, picks one contiguous run of real
paragraphs per source document (preferring documents and ranges the other sets' index.tsv do not
list, never a range of the locked chrome_test7), wraps each run in chrome written by this helper
(print / export copies: 文库-like page previews, reader-mode and e-reader copies, browser
save-as-text copies, translation-plugin residue, OCR copies of screenshots, slide exports,
forwarded e-mails, document-management exports, hard-wrapped PDF / Word copies) and writes
pages/NNN.txt, gold/NNN.tsv and index.tsv. Deterministic: a fixed seed, sorted inputs.

  python make_pages.py [--corpus DIR]
"""
import collections
import datetime
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261130 + 15 * 7919
EVAL = os.path.dirname(HERE)
LOCKED = ('chrome_test7',)

# ---------------------------------------------------------------- corpus and ranges

def find_corpus():
    if '--corpus' in sys.argv:
        return sys.argv[sys.argv.index('--corpus') + 1]
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS or pass --corpus DIR')


def paragraphs(corpus, src):
    with open(os.path.join(corpus, src), encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def other_ranges():
    """source -> [(start, end, set)] from every other eval/chrome_*/index.tsv (ranges only)."""
    out = collections.defaultdict(list)
    for name in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, name, 'index.tsv')
        if not name.startswith('chrome_') or name == 'chrome_dev15' or not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out[r[si]].append((int(r[a]), int(r[b]), name))
    return out


RESIDUE = re.compile(r'扫一扫|信息来源：|责任编辑|打印|分享到|网站地图|备案号|ICP|网站标识码|公网安备|^党政机关$|版权|技术支持|页面纠错')
HEAD_RESIDUE = re.compile(r'^来源：|^发布时间|^浏览次数|^字号')


def usable_bounds(paras):
    """(lo, hi): the paragraphs that are document text, without the portal residue some files carry."""
    lo, hi = 0, len(paras) - 1
    for i in range(min(5, len(paras))):
        if HEAD_RESIDUE.search(paras[i]):
            lo = i + 1
    j = len(paras) - 1
    while j > len(paras) - 16 and j > 0:
        if RESIDUE.search(paras[j]) and len(paras[j]) < 60:
            hi = j - 1
        j -= 1
    return lo, hi

# ---------------------------------------------------------------- content kinds

DATE_RE = re.compile(r'^(\d{4}年\d{1,2}月\d{1,2}日|[一二三四五六七八九〇○零十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$')


def content_kind(paras, i):
    t = paras[i]
    if t in ('各位代表：', '同志们：') or (t.startswith('各') and t.endswith('：') and len(t) < 80) or (
            t.endswith('：') and len(t) <= 30 and re.search('国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', t)):
        return 'greeting'
    if DATE_RE.match(t) or t == '（此件公开发布）' or (i + 1 < len(paras) and DATE_RE.match(paras[i + 1]) and len(t) <= 30):
        return 'signature'
    if t.startswith(('各位代表！', '同志们！')) or (t.endswith('！') and i >= len(paras) - 2):
        return 'closing'
    if len(t) <= 60 and '。' not in t and not t.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'

# ---------------------------------------------------------------- document facts

CPC_YEAR = {1: 1921, 3: 1923, 9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002,
            17: 2007, 18: 2012, 19: 2017, 20: 2022}


PREFECTURES = ('凉山', '恩施', '甘孜', '阿坝', '黔东南', '黔南', '黔西南')   # 自治州 among the city reports


def doc_facts(src):
    folder, name = src.split('/')
    base = name[:-4]
    parts = base.split('_')
    if folder == 'city_gwr_2024':
        city = parts[1]
        place = city + ('州' if city in PREFECTURES else '盟' if city == '锡林郭勒' else '市')
        return dict(year=2024, place=place, org=place + '人民政府', title='2024年%s政府工作报告' % place,
                    short='%s政府工作报告' % city, kind='gwr')
    if folder == 'provincial_gwr_2025':
        place = parts[1]
        return dict(year=2025, place=place, org=place + '人民政府', title='2025年%s政府工作报告' % place,
                    short='%s政府工作报告' % place.rstrip('省市'), kind='gwr')
    if folder == 'national_gwr_wikisource':
        y = int(parts[0])
        return dict(year=y, place='国务院', org='国务院', title='%d年国务院政府工作报告' % y, short='%d年政府工作报告' % y,
                    kind='gwr')
    if folder == 'cpc_congress_wikisource':
        n = int(parts[0])
        t = parts[-1]
        return dict(year=CPC_YEAR.get(n, 1950), place='中共中央', org='中国共产党第%s次全国代表大会' % cn_num(n),
                    title=t, short='十%s大报告' % cn_num(n)[-1] if 10 < n < 20 else '党的%s大报告' % cn_num(n), kind='cpc',
                    congress=n)
    y = int(parts[0])
    t = parts[-1]
    num = parts[1].replace('[', '〔').replace(']', '〕')
    return dict(year=y, place='国务院', org='国务院办公厅' if '办' in num else '国务院', title=t, short=t,
                kind='sc', number=num)


def cn_num(n):
    d = '零一二三四五六七八九'
    if n < 10:
        return d[n]
    if n < 20:
        return '十' + (d[n % 10] if n % 10 else '')
    return d[n // 10] + '十' + (d[n % 10] if n % 10 else '')

# ---------------------------------------------------------------- little helpers for chrome


class Ctx:
    """Per-page state: the random stream, the document facts, the run's headings and the copy date."""

    def __init__(self, rng, facts, paras, s, e, src):
        self.r = rng
        self.f = facts
        self.paras = paras
        self.s, self.e = s, e
        self.src = src
        y = facts['year']
        cy = y if y >= 2012 else rng.randint(2016, 2025)
        base = datetime.date(cy, 1, 1) if y >= 2012 else datetime.date(cy, 1, 1)
        off = rng.randint(20, 70) if facts['kind'] == 'gwr' and y >= 2012 else rng.randint(5, 330)
        self.date = base + datetime.timedelta(days=off)
        self.hh, self.mm = rng.randint(7, 22), rng.randint(0, 59)
        self.pages = rng.randint(8, 46)
        self.headings = [paras[i] for i in range(s, e + 1) if content_kind(paras, i) == 'heading' and len(paras[i]) > 3
                         and i > 3 and ' ' not in paras[i] and '〔' not in paras[i]]
        self.chars = sum(len(p) for p in paras)
        self.minutes = max(1, self.chars // 450)

    def c(self, *xs):
        return self.r.choice(xs)

    def d(self, fmt=None):
        d = self.date
        fmt = fmt or self.c('%Y-%m-%d', '%Y年%m月%d日', '%Y/%m/%d', '%Y.%m.%d')
        s = d.strftime(fmt)
        if '年' in fmt and self.r.random() < 0.5:
            s = '%d年%d月%d日' % (d.year, d.month, d.day)
        return s

    def t(self):
        return '%02d:%02d' % (self.hh, self.mm)

    def name(self):
        return self.c('王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭',
                      '马', '罗') + self.c('**', '某', '*', 'xx', '') + ('' if self.r.random() < .5 else self.c('明', '敏', '静', '伟', '磊',
                                                                                                       '婷', '军', '洁'))

    def num(self, a, b):
        n = self.r.randint(a, b)
        return ('{:,}'.format(n)) if self.r.random() < 0.3 else str(n)


def weekday(d):
    return '星期' + '一二三四五六日'[d.weekday()]


def mojibake(text, rng):
    raw = text.encode('utf-8')
    enc = rng.choice(['gbk', 'big5', 'cp1252', 'shift_jis'])
    s = raw.decode(enc, errors='ignore') if enc != 'cp1252' else raw.decode(enc, errors='replace')
    s = ''.join(ch for ch in s if unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Cf', 'Zl', 'Zp'))
    return s.replace('\ufffd', rng.choice(['?', '\ufffd', '□']))


LOOKALIKE = {'0': 'O', '1': 'l', '2': 'Z', '作': '乍', '报': '扳', '政': '攻', '府': '付', '工': '土', '告': '吿', '年': '午',
             '国': '囯', '务': '务', '人': '入', '民': '氏', '会': '佘', '日': '曰', '己': '已', '市': '巿'}


def ocr_garble(text, rng, rate=0.25):
    out = []
    for ch in text:
        if ch in LOOKALIKE and rng.random() < rate:
            out.append(LOOKALIKE[ch])
        elif rng.random() < 0.04:
            out.append(rng.choice([' ', '·', '丨', '\'', '、']))
            out.append(ch)
        else:
            out.append(ch)
    return ''.join(out)

# ---------------------------------------------------------------- chrome blocks (each returns [(text, kind)])


def title_forms(x):
    f = x.f
    t, sh = f['title'], f['short']
    return [t + '.doc', t + '.docx', '【精品文档】' + t, t + '（全文）', '%s_%s' % (t, x.c('百度文库', '文档下载', '在线阅读')),
            '《%s》' % t, t + ' - 在线阅读', sh + '——全文', '【%s】' % sh, t + '.pdf', '%s (%d页)' % (t, x.pages),
            '%s｜全文实录' % sh, t.replace('报告', '报告（定稿）'), '%s（%s）' % (sh, f['year']), t + ' - 副本.wps']


def b_title(x, kind='title_repeat'):
    return [(x.c(*title_forms(x)), kind)]


def b_toc(x, dots=True):
    hs = x.headings[:x.r.randint(3, 7)]
    if len(hs) < 2:
        return []
    out = [(x.c('目录', '目　录', '【目录】', 'CONTENTS 目录', '本文目录'), 'toc')]
    p = x.r.randint(1, 3)
    for h in hs:
        p += x.r.randint(1, 3)
        if dots:
            out.append((h + x.c('……', '…………', ' ........ ', '·····', '\t') + str(p), 'toc'))
        else:
            out.append((x.c('· ', '▪ ', '◇ ', '> ', '- ') + h, 'toc'))
    return out

# --- wenku-like previews


def b_wenku_head(x):
    f = x.f
    site = x.c(('文档淘', 'www.wendangtao.com'), ('易读文库', 'wk.yidu-doc.cn'), ('道客书屋', 'www.daokeshuwu.com'),
               ('千页文档网', 'www.qianye-doc.net'), ('学习资料库', 'ziliao.xuexiku.org'), ('豆文网', 'www.douwen8.com'))
    out = []
    nav = x.c('%s | 首页 | 分类 | 排行榜 | 上传文档 | 登录 注册' % site[0], '%s　　首页　党政公文　工作总结　行业资料　VIP专区' % site[0],
              '☰ %s  ⌕ 搜索文档' % site[0], '%s ▸ 精选 ▸ 政府工作报告' % site[1])
    out.append((nav, 'nav'))
    if x.r.random() < .5:
        out.append((x.c('登录 / 注册', '您好，请 [登录] 或 [免费注册]', '微信扫码登录，下载更方便'), 'login'))
    if x.r.random() < .6:
        out.append((x.c('首页 > 党政公文 > 政府工作报告', '当前位置：首页 » 公文写作 » 报告', '文库首页 / 行政公文 / %d年' % f['year']),
                    'breadcrumb'))
    out += b_title(x)
    out.append((x.c('上传者：%s　上传时间：%s' % (x.c('pdy2019', '文档小当家', 'wx_48213', '一只老猫', 'gongwen_hub'), x.d()),
                    '贡献者：%s　｜　%s 上传' % (x.name(), x.d()),
                    '由 用户%d 分享于 %s' % (x.r.randint(10000, 99999), x.d())), 'upload'))
    out.append((x.c('页数：%d页　　大小：%sKB　　格式：%s' % (x.pages, x.num(40, 900), x.c('DOCX', 'PDF', 'DOC')),
                    '%d页 · %s次阅读 · %s次下载' % (x.pages, x.num(300, 90000), x.num(5, 900)),
                    '文档页数：%d　浏览：%s　收藏：%d' % (x.pages, x.num(100, 20000), x.r.randint(0, 300))), 'metadata'))
    if x.r.random() < .7:
        out.append((x.c('★★★★☆ 4.%d分（%d人评价）' % (x.r.randint(0, 9), x.r.randint(3, 400)),
                        '评分：%s　%d人已评' % ('★' * x.r.randint(3, 5), x.r.randint(2, 99)),
                        '好评率 9%d%%' % x.r.randint(0, 9)), 'rating'))
    out.append((x.c('⬇ 下载文档', '下载文档（%d积分）' % x.r.randint(1, 20), 'VIP免费下载　｜　¥%d.%d0 单篇购买' % (x.r.randint(1, 9),
                                                                                               x.r.randint(0, 9)),
                    '[ 下载本文 ]  [ 收藏 ]  [ 举报 ]', '立即下载 ›'), 'download'))
    if x.r.random() < .35:
        out += b_toc(x)
    return out


def b_wenku_break(x, page):
    n = x.pages
    out = []
    out.append((x.c('第 %d 页 / 共 %d 页' % (page, n), '- %d -' % page, '%d/%d' % (page, n), '第%d页' % page,
                    '—— 第 %d 页 ——' % page, 'P%d' % page, '%d' % page), 'pagination'))
    if x.r.random() < .35:
        out.append((x.c('本文档由用户上传，仅供学习交流，如有侵权请联系删除',
                        '文档内容由网友提供，平台不对其真实性负责', '本资料来源于网络，版权归原作者所有'), 'disclaimer'))
    if x.r.random() < .4:
        out.append((x.c('开通VIP，全站文档免费下 ¥%d.9/月 立即开通' % x.r.randint(3, 19),
                        '▶ 新用户首月仅需1元，海量资料随心下 ◀', '【广告】公文写作AI助手，一键生成各类材料',
                        '领取限时下载券 ×'), 'ads'))
    if x.r.random() < .3:
        out.append((x.c('www.wendangtao.com', '—— 来自 易读文库 ——', 'douwen8', '千页文档网 版权所有'), 'watermark'))
    if x.r.random() < .15:
        out.append((mojibake(x.c('本页内容加载失败', '页眉', '第%d页' % page, '文档预览'), x.r), 'mojibake'))
    return out


def b_wenku_tail(x):
    left = x.pages - x.r.randint(2, 5)
    out = [(x.c('还剩%d页未读，继续阅读' % left, '还剩%d页未读，点此继续阅读 ∨' % left, '剩余%d页未读，下载文档查看全文' % left,
                '展开阅读全文 ↓'), 'paywall')]
    if x.r.random() < .7:
        out.append((x.c('试读已结束，如需继续阅读或下载，请购买本文档', '预览已结束，剩余%d页可下载查看' % left,
                        '免费预览已结束，剩余%d%%内容需开通VIP' % x.r.randint(30, 85), '本文档最多可预览%d页' % (x.pages - left)),
                    'preview'))
    out.append((x.c('下载文档到电脑，查找使用更方便', '¥%d.00　下载文档' % x.r.randint(1, 9), '%d积分　立即下载' % x.r.randint(2, 30),
                    '下载文档　收藏　分享　举报'), 'download'))
    out.append(('', 'blank'))
    out.append((x.c('相关文档', '猜你喜欢', '相关推荐', '你可能还需要'), 'related'))
    seen = set()
    for _ in range(x.r.randint(2, 5)):
        y = x.f['year'] + x.r.choice([-1, 0, 1])
        t = (x.c('%d年政府工作报告学习心得体会范文（精选%d篇）' % (y, x.r.randint(3, 12)),
                        '%d年%s政府工作报告解读PPT' % (y, x.c('全市', '全区', '全县')), '政府工作报告起草经验谈.doc',
                        '%d年度述职述廉报告模板' % y, '学习贯彻政府工作报告精神研讨发言材料', '政府工作报告知识竞赛题库（含答案）')
                    + x.c('', '  %d页' % x.r.randint(3, 40), '　免费'))
        if t not in seen:
            seen.add(t)
            out.append((t, 'related'))
    out.append((x.c('© 20%d 文档淘 | 客服QQ：%d | 沪ICP备%d号-2' % (x.r.randint(18, 25), x.r.randint(10000000, 99999999),
                                                             x.r.randint(10000000, 99999999)),
                    '关于我们 · 帮助中心 · 侵权投诉 · 用户协议', '本站资料均来自网友上传，如有侵权请发邮件至客服邮箱'), 'footer'))
    return out

# --- reader mode / e-reader


def b_reader_head(x):
    out = []
    if x.r.random() < .5:
        out.append((x.c('阅读模式　Aa　☼　✕', '退出阅读模式', '[阅读视图] 字体 ▾  背景 ▾  宽度 ▾', '📖 沉浸阅读 已开启'), 'reader_bar'))
    host = x.c('www.gov.cn', 'www.%s.gov.cn' % x.c('zj', 'sc', 'hubei', 'gd', 'ln', 'sx', 'jiangxi'), 'news.example-daily.cn',
               'mp.weixin.qq.com')
    out.append((x.c(x.f['title'], x.f['short'] + x.c('_政府网站', ' | 政务公开', '—政策文件'), x.f['title'] + ' - ' + host),
                'title_repeat'))
    out.append((x.c(host, '来自 %s' % host, '原文：https://%s/art/%d/%s.html' % (host, x.date.year, x.r.randint(100000, 999999))),
                'link'))
    out.append((x.c('约 %d 分钟读完' % x.minutes, '预计阅读时间：%d 分钟' % x.minutes,
                    '%s 字 · %d 分钟' % ('{:,}'.format(x.chars), x.minutes)), 'reader_bar'))
    if x.r.random() < .4:
        out.append((x.c('书签 ☆　目录 ≡　笔记 ✎', '加入书架　|　下载离线', '已同步到 Kindle', '字号 A- A+　行距 ☰　翻页 ⇆'),
                    'toolbar_actions'))
    if x.r.random() < .3:
        out += b_toc(x, dots=False)
    return out


def b_reader_mid(x):
    pct = x.r.randint(5, 95)
    return [(x.c('阅读进度 %d%%' % pct, '位置 %d / %d · %d%%' % (x.r.randint(100, 4000), x.r.randint(4001, 9000), pct),
                 '第%d章 / 共%d章' % (x.r.randint(1, 6), x.r.randint(7, 12)), '— %d%% —' % pct, '本章剩余 %d 分钟' % x.r.randint(1, 20),
                 '[划线] 已被 %d 人划线' % x.r.randint(2, 900), '✎ 笔记（%d）' % x.r.randint(1, 40)), 'reader_bar')]


def b_reader_tail(x):
    out = [(x.c('— 完 —', '已读完', '全文完 · 返回书架', '本章完', '您已阅读完本文'), 'reader_bar')]
    if x.r.random() < .6:
        out.append((x.c('本页由阅读模式生成，已去除原网页的导航与广告', '排版由浏览器阅读视图自动生成，可能与原文不一致',
                        'Reader View · 原始页面可能包含更多内容'), 'disclaimer'))
    if x.r.random() < .6:
        out.append((x.c('查看原网页', '[在原网页中打开]', '原文链接：https://www.%s.gov.cn/zwgk/%d/%s.shtml' % (
            x.c('hb', 'yn', 'gx', 'nx', 'qh'), x.date.year, x.r.randint(10000, 99999))), 'link'))
    if x.r.random() < .4:
        out.append((x.c('下一篇：', '上一章 ‹　› 下一章', '« 上一篇　　下一篇 »') + x.c('', '关于%d年预算执行情况的报告' % x.f['year']),
                    'prevnext'))
    return out

# --- browser save-as-text of a whole page


def b_saveas_head(x):
    f = x.f
    out = []
    if x.r.random() < .5:
        out.append((x.c('跳到主要内容', 'Skip to main content', '跳过导航链接'), 'nav'))
    if x.r.random() < .7:
        out.append((x.c('无障碍浏览　长者模式', '无障碍 | 关怀版 | English', '[无障碍]  [适老化]'), 'accessibility'))
    out.append((x.c('今天是%d年%d月%d日 %s' % (x.date.year, x.date.month, x.date.day, weekday(x.date)),
                    '%s %s' % (x.d('%Y-%m-%d'), weekday(x.date)), ), 'metadata'))
    out.append((x.c('登录　注册', '个人登录 | 法人登录', '用户中心'), 'login'))
    site = f['org'] + x.c('门户网站', '网', '')
    out.append((site, 'nav'))
    if x.r.random() < .5:
        for n in x.r.sample(['首页', '政务公开', '政务服务', '互动交流', '走进%s' % f['place'][:2], '专题专栏', '数据开放', '新闻中心',
                             '政策文件', '办事指南'], x.r.randint(4, 7)):
            out.append((n, 'nav'))
    else:
        out.append(('　'.join(x.r.sample(['首页', '要闻动态', '信息公开', '网上办事', '互动', '数据', '专题', '概况'], 6)), 'nav'))
    out.append((x.c('搜索', '请输入关键词　搜索', '站内搜索 ⌕', '高级检索'), 'nav'))
    out.append((x.c('当前位置：首页 > 政务公开 > 政府工作报告', '您的位置：首页>>信息公开>>规划计划', '首页 / 政府信息公开 / 法定主动公开内容'),
                'breadcrumb'))
    out.append(('', 'blank'))
    out += b_title(x)
    out.append((x.c('发布时间：%s　来源：%s　浏览次数：%s' % (x.d('%Y-%m-%d'), x.c('市政府办公室', '本网', '政府研究室'), x.num(100, 90000)),
                    '日期：%s  作者：%s' % (x.d(), x.c('佚名', '办公室', '综合科')), '%s　%s' % (x.d('%Y-%m-%d'), x.t())), 'metadata'))
    out.append((x.c('字体：【大 中 小】', '【字号：大 中 小】【打印】【关闭】', '字号 T | T | T'), 'toolbar_fontsize'))
    if x.r.random() < .5:
        out.append((x.c('var _hmt = _hmt || [];', '&nbsp;', '<!--startprint-->', 'javascript:void(0);', '<div class="TRS_Editor">'),
                    'html_residue'))
    return out


def b_saveas_mid(x):
    return [x.c(('[图片]', 'caption'), ('图：%s会场（%s 摄）' % (x.c('大会', '开幕会', '全体会议'), x.name()), 'caption'),
                ('&nbsp;&nbsp;', 'html_residue'), ('<br>', 'html_residue'), ('▲点击图片查看大图', 'caption'),
                ('[视频]　00:00 / 0%d:%d' % (x.r.randint(1, 9), x.r.randint(10, 59)), 'video'),
                (mojibake(x.c('上一页', '政府信息公开', '相关链接', '打印本页'), x.r), 'mojibake'))]


def b_saveas_tail(x):
    out = []
    if x.r.random() < .5:
        out.append((x.c('附件：', '相关附件：') + x.c('%s.pdf' % x.f['short'], '名词解释.docx', '图解：一图读懂%s.jpg' % x.f['short']),
                    'attachment'))
    out.append((x.c('【打印本页】　【关闭窗口】', '打印　关闭　收藏', '[ 打印 ] [ 关闭 ] [ 返回顶部 ]'), 'toolbar_actions'))
    out.append((x.c('分享到：微信 微博 QQ空间', '分享：', '分享到 ⊕'), 'share'))
    if x.r.random() < .5:
        out.append((x.c('扫一扫在手机上查看当前页面', '微信扫一扫：分享', '手机扫码阅读'), 'qr'))
    out.append((x.c('相关链接', '相关新闻', '【相关阅读】'), 'related'))
    rel = ['图解%s' % x.f['short'], '%s新闻发布会召开' % x.f['place'], '关于%d年国民经济和社会发展计划执行情况的报告' % x.f['year'],
           '%s代表热议政府工作报告' % x.f['place'][:2], '一图读懂%d年重点工作' % x.f['year'], '政策问答：%s' % x.f['short'],
           '%d年度政府信息公开工作年度报告' % (x.f['year'] - 1)]
    for t in x.r.sample(rel, x.r.randint(2, 5)):
        out.append((x.c('', '· ', '» ', '□ ') + t + x.c('', '　' + x.d('%Y-%m-%d'), ' [%s]' % x.d('%m-%d')), 'related'))
    out.append(('', 'blank'))
    out.append((x.c('网站地图 | 联系我们 | 使用帮助 | 隐私声明', '主办：%s办公室　承办：%s大数据中心' % (x.f['org'], x.f['place'][:2])), 'footer'))
    out.append((x.c('网站标识码：%d　%sICP备%d号' % (x.r.randint(1000000000, 9999999999), x.c('鄂', '川', '浙', '桂', '黔'),
                                                  x.r.randint(1000000, 99999999)),
                    '%s公网安备 %d号' % (x.c('苏', '皖', '湘', '粤'), x.r.randint(10**13, 10**14 - 1)),
                    '建议使用1920×1080分辨率浏览'), 'footer'))
    if x.r.random() < .6:
        out.append((x.c('本网站使用Cookie以改善浏览体验。继续浏览即表示同意。 [我知道了]',
                        'We use cookies to improve your experience. Accept / Decline'), 'cookie'))
    if x.r.random() < .5:
        out.append((x.c('</body>', '})();', 'document.write(unescape("%3Cspan"));', '<!--endprint-->'), 'html_residue'))
    return out

# --- translation-plugin residue


def b_translate_head(x):
    out = [(x.c('此网页为中文，要将其翻译为英语吗？　翻译　　不翻译', 'Google 翻译 | 显示原文 | 选项 ▾', '🌐 已翻译为：English  （显示原文）',
                '沉浸式翻译 · 双语对照 ⇄ 仅译文', 'Translated from: Chinese (Simplified) → English   Show original',
                '网页翻译：原文 | 译文 | 对照'), 'translate_bar')]
    if x.r.random() < .7:
        out.append((x.c('Home | Government Affairs | Public Services | Interaction | Special Topics',
                        'Home  News  Policies  Open Government  Data', 'HOME > INFORMATION DISCLOSURE > PLANS'), 'nav'))
    out.append((x.c('Government Work Report', 'Report on the Work of the Government (%d)' % x.f['year'],
                    '%d Government Work Report' % x.f['year'], 'Full text: Report on the Work of the Government',
                    'Notice of the State Council' if x.f['kind'] == 'sc' else 'Report to the National Congress'),
                'translation'))
    out += b_title(x)
    out.append((x.c('Release time: %s  Source: General Office' % x.d('%Y-%m-%d'), 'Published: %s | Views: %s' % (
        x.d('%Y-%m-%d'), x.num(100, 9000)), 'Time:%s Font size: L M S' % x.d('%Y-%m-%d')), 'translation'))
    return out


ROMAN = dict(zip('一二三四五六七八九十', ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']))
EN_HEADINGS = [('工作回顾', 'Review of Our Work in {y}'), ('总体要求', 'Overall Requirements'), ('预期目标', 'Major Targets'),
               ('主要目标', 'Major Targets'), ('政府自身建设', "Improving the Government's Own Performance"),
               ('重点工作', 'Major Tasks for This Year'), ('主要任务', 'Major Tasks'), ('工作安排', 'Work Plan for {y1}'),
               ('民生', "Improving People's Well-being"), ('改革', 'Deepening Reform'), ('开放', 'Opening Up Further'),
               ('生态', 'Ecological Conservation'), ('乡村振兴', 'Rural Revitalization'), ('创新', 'Innovation-Driven Development'),
               ('安全', 'Ensuring Security'), ('营商环境', 'Improving the Business Environment')]


def english_heading(x, text):
    """A machine-translation-like English line for a report heading, or None."""
    for zh, en in EN_HEADINGS:
        if zh in text:
            y = re.search(r'(\d{4})年', text)
            y = int(y.group(1)) if y else x.f['year'] - 1
            head = ''
            m = re.match(r'^([一二三四五六七八九十])、', text)
            if m:
                head = ROMAN[m.group(1)] + '. '
            m = re.match(r'^（([一二三四五六七八九十])）', text)
            if m:
                head = '(%s) ' % ROMAN[m.group(1)].lower()
            return head + en.format(y=y, y1=y + 1)
    return None


def b_translate_mid(x, prev_text):
    en = english_heading(x, prev_text) if len(prev_text) <= 40 else None
    if en:
        return [(en, 'translation')]
    if prev_text in ('各位代表：',):
        return [(x.c('Fellow Deputies,', 'Dear deputies:', 'Delegates:'), 'translation')]
    if prev_text in ('同志们：',):
        return [(x.c('Comrades,', 'Comrades:'), 'translation')]
    if prev_text.startswith(('各位代表！', '同志们！')):
        return [(x.c('Fellow deputies! Let us forge ahead ...', 'Comrades! ... (translation continues)'), 'translation')]
    return [x.c(('Rate this translation ☆☆☆☆☆', 'translate_bar'), ('Contribute a better translation', 'translate_bar'),
                ('原文 Original text', 'translate_bar'), ('[翻译中...]', 'translate_bar'),
                ('(The translation of this paragraph failed. Retry)', 'translate_bar'),
                ('⟳ 译文加载失败，点击重试', 'translate_bar'), ('Powered by Google Translate', 'translate_bar'))]


def b_translate_tail(x):
    out = [(x.c('Print | Close | Share', 'Related links', 'Scan the QR code to read on mobile'), 'translation')]
    out.append((x.c('Sponsored by: the General Office of the People\'s Government  ICP No.%d' % x.r.randint(10**7, 10**8),
                    'Copyright © %d All Rights Reserved' % x.date.year, 'Website identification code %d' % x.r.randint(10**9, 10**10)),
                'translation'))
    out.append((x.c('该译文由机器翻译生成，仅供参考', 'Machine translation, for reference only.', '翻译服务由第三方提供，不保证准确',
                    '本页共翻译 %s 字符　｜　还原原文' % x.num(3000, 30000)), 'translate_bar'))
    return out

# --- OCR copies of screenshots


def b_ocr_head(x):
    out = []
    if x.r.random() < .6:
        out.append((x.c('识别结果（共%d张图片）' % x.r.randint(2, 9), '截图识别 · 已复制到剪贴板', 'OCR 文字识别　准确率 9%d%%' % x.r.randint(0, 9),
                        '图片转文字结果：', '扫描件识别完成，共 %d 页' % x.r.randint(2, 20)), 'ocr_tool'))
    if x.r.random() < .5:
        out.append((x.c('%d:%02d  ✈ 5G ▮▮▮ %d%%' % (x.r.randint(7, 23), x.r.randint(0, 59), x.r.randint(8, 99)),
                        '下午%d:%02d　⌁ 4G　%d%%▭' % (x.r.randint(1, 11), x.r.randint(0, 59), x.r.randint(8, 99)),
                        '中国移动 ✧ %d:%02d' % (x.r.randint(7, 23), x.r.randint(0, 59))), 'status_bar'))
    out.append((ocr_garble(x.c(x.f['title'], x.f['short'], x.f['org']), x.r, .35), 'title_repeat'))
    if x.r.random() < .5:
        out.append((x.c('识别语言：简体中文　版面：自动', '原图 ⇄ 文字　|　校对模式', '图片1.jpg　2.4MB', 'IMG_%04d.PNG' % x.r.randint(1, 9999)),
                    'ocr_tool'))
    out.append((x.c('|', '丨', '· ·', '_', '：', '〃', '”', 'l', '口'), 'scan_noise'))
    return out


def b_ocr_mid(x):
    return [x.c(('—— 第%d张 ——' % x.r.randint(2, 9), 'ocr_tool'), ('[图片%d/%d]' % (x.r.randint(2, 5), x.r.randint(6, 9)), 'ocr_tool'),
                (x.c('·', '丨', '„', '~', '— —', '。。', '<', '」', ')', 'I', '一 ·'), 'scan_noise'),
                (ocr_garble('- %d -' % x.r.randint(2, 30), x.r), 'pagination'),
                (ocr_garble(x.f['org'] + '文件', x.r, .4), 'running_header'),
                ('%d:%02d ⌁ %d%%' % (x.r.randint(7, 23), x.r.randint(0, 59), x.r.randint(5, 99)), 'status_bar'),
                (x.c('截图来自 学习通', '图片水印：@%s' % x.c('政务小编', '公文研习社', 'xy_office'), '内部资料　注意保存'), 'watermark'))]


def b_ocr_tail(x):
    out = [(x.c('以上内容由OCR自动识别，可能存在错误，请核对原文', '识别完成 · 复制全部 · 导出Word · 翻译',
                '※ 文字识别结果仅供参考', '已识别 %s 字　｜　重新识别' % x.num(500, 20000)), 'ocr_tool')]
    if x.r.random() < .6:
        out.append((x.c('〃', '_ _', '丨 ·', '一', '；'), 'scan_noise'))
    return out

# --- slide exports


def b_slides_head(x):
    out = [(x.c('%s解读.pptx' % x.f['short'], '学习%s专题课件' % x.f['short'], '%s（宣讲稿）.ppt' % x.f['title'],
                '%s学习辅导' % x.f['short']), 'title_repeat')]
    out.append((x.c('幻灯片 1', '第1张幻灯片', 'Slide 1', '1 / %d' % x.pages, '— 1 —'), 'slide_number'))
    out.append((x.c('%s办公室　%s' % (x.f['org'], x.d('%Y年%m月')), '主讲人：%s' % x.name(), '宣讲单位：%s党支部' % x.c('机关第一', '综合科',
                                                                                                         '办公室'),
                    '汇报人：XXX　汇报时间：XXXX年XX月'), 'slide_text'))
    if x.r.random() < .5:
        out.append((x.c('目录 CONTENTS', '主要内容', 'PART 01　回顾', '01 ／ 02 ／ 03 ／ 04'), 'slide_text'))
    return out


def b_slides_mid(x, n):
    out = [(x.c('幻灯片 %d' % n, '第%d张幻灯片' % n, 'Slide %d' % n, '%d / %d' % (n, x.pages), '— %d —' % n, '[%d]' % n), 'slide_number')]
    r = x.r.random()
    if r < .35:
        out.append((x.c('备注：', '演讲者备注：', 'Notes:', '备注页', '【讲稿】'), 'speaker_notes'))
        out.append((x.c('此页停留约%d分钟，重点强调数据。' % x.r.randint(1, 4), '（翻页）', '讲到这里可以结合本单位实际展开。',
                        '此处插入视频，时长%d秒' % x.r.randint(20, 90), '提问互动：大家还记得去年的目标吗？', '过渡：下面我们看第二部分。'),
                    'speaker_notes'))
    elif r < .6:
        out.append((x.c('单击此处添加标题', '单击此处编辑母版文本样式', '单击此处添加文本', 'Click to add text', '第二级', '添加标题'),
                    'slide_text'))
    elif r < .75:
        out.append((x.c('%s　|　%s' % (x.f['short'], x.d('%Y.%m')), x.f['org'], 'LOGO'), 'slide_text'))
    elif r < .85:
        out.append((x.c('[视频] 点击播放：%s宣传片' % x.f['place'][:4], '▶ 媒体 00:00 / 0%d:%02d' % (x.r.randint(1, 5), x.r.randint(0, 59)),
                        '[嵌入的媒体对象]'), 'video'))
    elif r < .95:
        out.append((x.c('图表：%d年主要指标完成情况' % x.f['year'], '[图片：会场照片]', 'SmartArt 图形', '数据来源：统计公报'), 'caption'))
    return out


def b_slides_tail(x):
    return [(x.c('谢谢观看！', 'THANKS', '谢　谢！', '敬请批评指正', 'Q & A', '感谢聆听'), 'slide_text'),
            (x.c('幻灯片 %d' % x.pages, 'Slide %d of %d' % (x.pages, x.pages), '第%d张 / 共%d张' % (x.pages, x.pages)), 'slide_number')]

# --- forwarded e-mails


def b_email_head(x):
    me = x.name()
    mail = x.c('zhang_office@163.com', 'bgs%d@%s.gov.cn' % (x.r.randint(1, 99), x.c('hz', 'xa', 'cq', 'ks')),
               'dzb%d@qq.com' % x.r.randint(100000, 99999999), 'wenmi_ke@126.com', 'oa-notice@example.org.cn')
    subj = x.c('转发：', 'Fw: ', 'FW：', '转发: 转发：', 'Fwd: ') + x.c(x.f['title'], x.f['short'] + '（全文）', '请学习' + x.f['short'])
    d = x.date
    out = []
    if x.r.random() < .5:
        out += [('发件人：%s <%s>' % (me, mail), 'email_header'),
                ('发送时间：%d年%d月%d日(%s) %s' % (d.year, d.month, d.day, weekday(d), x.c('上午', '下午') + '%d:%02d' % (
                    x.r.randint(1, 11), x.r.randint(0, 59))), 'email_header'),
                ('收件人：%s' % x.c('全体干部职工', '各科室负责人', '机关各支部; 办公室全体', '"%s" <ke%d@%s>' % (x.name(), x.r.randint(1, 9), mail.split('@')[1])),
                 'email_header'),
                ('主题：' + subj, 'email_header')]
    else:
        out += [('From: %s <%s>' % (me, mail), 'email_header'), ('Sent: %s %s' % (d.strftime('%A, %B %d, %Y'), x.t()),
                                                                  'email_header'),
                ('To: %s' % x.c('all-staff', 'dangjian-list', '各部门'), 'email_header'), ('Subject: ' + subj, 'email_header')]
    if x.r.random() < .5:
        out.append(('抄送：%s' % x.c('分管领导', x.name(), '办公室'), 'email_header'))
    if x.r.random() < .6:
        out.append(('附件：%s' % x.c('1 个 (%s.docx)' % x.f['title'], '%s.pdf (%sKB)' % (x.f['short'], x.num(80, 900))), 'attachment'))
    out.append(('', 'blank'))
    out.append((x.c('各位同事：', '各支部：', '大家好，'), 'forward_note'))
    out.append((x.c('现将%s转发给大家，请认真学习，%s前各科室报送一份学习体会。' % (x.f['short'], x.c('周五', '本月底', '2月5日')),
                    '转发供参阅，重点看今年的目标任务部分。', '请各支部组织学习，学习情况纳入“三会一课”记录。',
                    '转给大家，全文较长，附件里有Word版。'), 'forward_note'))
    out.append(('', 'blank'))
    out.append((x.c('-------- 原始邮件 --------', '---------- Forwarded message ---------', '------------------ 原始邮件 ------------------',
                    '-----Original Message-----', '以下是转发的邮件：'), 'email_header'))
    out.append((x.c('发件人: "%s" <%s>' % (x.name(), 'xx%d@%s.gov.cn' % (x.r.randint(1, 9), x.c('hz', 'xa'))),
                    'From: "综合处" <zhc@office.example.cn>'), 'email_header'))
    out.append((x.c('日期: %s' % x.d('%Y年%m月%d日'), 'Date: %s' % x.d('%Y-%m-%d')) + ' ' + x.t(), 'email_header'))
    if x.r.random() < .5:
        out.append(('主题: ' + x.f['title'], 'email_header'))
    return out


def b_email_mid(x):
    return [x.c(('[图片]', 'caption'), ('（此处有表格，请查看附件）', 'attachment'), ('> ', 'email_header'),
                ('--- 邮件过长，以下为第%d部分 ---' % x.r.randint(2, 4), 'email_header'),
                ('[消息已截断]　查看完整邮件', 'email_header'))]


def b_email_tail(x):
    out = []
    if x.r.random() < .7:
        out.append(('', 'blank'))
        out.append((x.c('——', '--', '————————', '顺颂时祺'), 'email_sig'))
        out.append((x.name(), 'email_sig'))
        out.append((x.c('办公室综合科', '机关党委', '%s办公室' % x.f['place'][:2], '政策研究室'), 'email_sig'))
        if x.r.random() < .6:
            out.append(('电话：0%d-%d　手机：1%d****%d' % (x.r.randint(10, 999), x.r.randint(2000000, 89999999), x.r.randint(30, 99),
                                                     x.r.randint(1000, 9999)), 'email_sig'))
    if x.r.random() < .5:
        out.append((x.c('发自我的iPhone', '发自手机QQ邮箱', '来自网易邮箱大师', 'Sent from my HUAWEI Mate'), 'email_sig'))
    if x.r.random() < .4:
        out.append((x.c('本邮件及附件仅供指定收件人使用，如误收请删除并告知发件人。',
                        'This e-mail is confidential. If you are not the intended recipient, please delete it.',
                        '【安全提示】本邮件附件已通过病毒扫描。'), 'disclaimer'))
    if x.r.random() < .4:
        out.append((x.c('附件（1）', '附件下载（有效期30天）'), 'attachment'))
        out.append((x.c('%s.docx　%sKB　预览　下载' % (x.f['title'], x.num(40, 600)), '📎 %s.pdf' % x.f['short']), 'attachment'))
    return out

# --- document-management exports


def b_doc_head(x):
    out = []
    if x.r.random() < .5:
        out.append((x.c('协同办公平台 | 待办(%d) | 已办 | 公文管理 | 个人设置' % x.r.randint(1, 40), '电子公文系统 › 收文管理 › 收文登记',
                        'OA办公 ▸ 公文流转 ▸ 查看'), 'nav'))
    kind = x.r.random()
    if kind < .5:
        out.append((x.c('收文登记', '收 文 登 记 簿', '收文处理笺'), 'doc_register'))
        out.append((x.c('收文编号：收〔%d〕%03d号' % (x.date.year, x.r.randint(1, 400)), '收文号：%d-%04d' % (x.date.year, x.r.randint(1, 3000)),
                        '登记号\t%d%04d' % (x.date.year, x.r.randint(1, 999))), 'doc_register'))
        out.append((x.c('来文单位：', '来文机关\t', '发文单位：') + x.c(x.f['org'] + '办公室', x.f['org'], '上级来文'), 'doc_register'))
        out.append((x.c('收文日期：%s' % x.d('%Y-%m-%d'), '收到日期\t%s' % x.d('%Y.%m.%d')), 'doc_register'))
        out.append((x.c('密级：无　　紧急程度：平件　　份数：%d' % x.r.randint(1, 5), '密级\t公开\t缓急\t一般', '公开方式：主动公开'), 'doc_register'))
    if kind > .3:
        out.append((x.c('文件阅办单', '公文处理单', '阅 办 单', '文件传阅单'), 'yueban'))
        out.append((x.c('拟办意见：请办公室印发各科室学习贯彻。', '拟办：呈%s阅示。' % x.c('局长', '主任', '书记'), '拟办意见\t建议党组会专题学习'),
                    'yueban'))
        out.append((x.c('领导批示：同意。%s %d月%d日' % (x.name(), x.date.month, x.date.day), '批示：请各分管领导阅，抓好落实。',
                        '局领导意见：阅。'), 'yueban'))
        out.append((x.c('传阅：☑局长 ☑副局长 □纪检组长', '阅件人签字：', '办理结果：已传阅'), 'yueban'))
    out.append(('', 'blank'))
    return out


def b_doc_mid(x):
    return [x.c(('【正文第%d页】' % x.r.randint(2, 20), 'pagination'),
                ('内部资料　注意保存　%s　%s' % (x.name(), x.d('%Y-%m-%d')), 'watermark'),
                ('%s %s  %s' % (x.name(), x.d('%Y-%m-%d'), x.t()), 'watermark'),
                ('第%d页，共%d页' % (x.r.randint(2, 9), x.pages), 'pagination'),
                ('[批注%d] %s：%s' % (x.r.randint(1, 9), x.name(), x.c('此段请重点学习', '数据核对', '与我局相关')), 'annotation'))]


def b_doc_tail(x):
    out = [('', 'blank'), (x.c('流转记录', '办理过程', '流程跟踪', '处理记录'), 'routing')]
    steps = ['收文登记', '拟办', '领导批示', '分送', '传阅', '办结归档']
    t = x.r.randint(8, 10)
    for st in steps[:x.r.randint(3, 6)]:
        out.append((x.c('%s %02d:%02d　%s　%s　已完成' % (x.d('%Y-%m-%d'), t, x.r.randint(0, 59), st, x.name()),
                        '%s → %s（%s）' % (st, x.name(), x.c('已阅', '已办', '已签收')),
                        '%d. %s\t%s\t%s' % (steps.index(st) + 1, st, x.name(), x.d('%m-%d'))), 'routing'))
        t += x.r.randint(0, 3)
    out.append((x.c('打印时间：%s %s　打印人：%s' % (x.d('%Y-%m-%d'), x.t(), x.name()), '导出于 %s %s' % (x.d('%Y/%m/%d'), x.t()),
                    '归档号：WS%d-%04d' % (x.date.year, x.r.randint(1, 9999))), 'print_header'))
    if x.r.random() < .5:
        out.append((x.c('附件：1. %s.doc' % x.f['title'], '相关附件（%d）' % x.r.randint(1, 3)), 'attachment'))
    return out

# --- PDF / Word copies (hard wrapped)


def b_pdf_head(x):
    out = []
    r = x.r.random()
    if r < .45:
        out.append((x.c('1 / %d　　－　%d%%　＋　⤓　🖶' % (x.pages, x.c(100, 125, 75)), '页面: 1 / %d  缩放 ▾  下载  打印' % x.pages,
                        '◀ 1/%d ▶　适合宽度　⟳' % x.pages), 'toolbar_actions'))
    if r > .3:
        out.append((x.c(x.f['title'] + '.pdf', x.f['title'] + '（定稿）.docx', '%s - WPS文字' % x.f['short'],
                        'Microsoft Word - %s.doc' % x.f['short']), 'title_repeat'))
    if x.r.random() < .4:
        out.append((x.c('%s %s' % (x.d('%Y/%m/%d'), x.t()), '打印时间 %s' % x.d('%Y-%m-%d')), 'print_header'))
    if x.r.random() < .35:
        out += b_toc(x)
    return out


def pdf_break(x, page, total, style):
    """The lines of a page break of a PDF / Word copy: footer of page ``page``, header of the next."""
    out = []
    fmt = style['num']
    num = fmt.format(p=page, n=total, cp=cn_num(page) if page < 100 else str(page), fw=''.join(chr(0xFF10 + int(c)) for c in str(page)))
    if style['foot']:
        out.append((style['foot'], 'running_header'))
    out.append((num, 'pagination'))
    if style['print']:
        out.append(('https://www.%s.gov.cn/art/%d/%d.html　%d/%d' % (style['host'], x.date.year, style['artid'], page, total),
                    'print_header'))
    if style['blank']:
        out.append(('', 'blank'))
    if style['print']:
        out.append(('%s %s　%s' % (x.d('%Y/%m/%d'), x.t(), x.f['short']), 'print_header'))
    if style['head']:
        out.append((style['head'], 'running_header'))
    if style['mark'] and x.r.random() < .5:
        out.append((style['mark'], 'watermark'))
    return out


def make_pdf_style(x):
    return dict(num=x.c('- {p} -', '— {p} —', '第{p}页 共{n}页', '{p}/{n}', '第 {p} 页', '·{p}·', '{p}', '{fw}', '－{p}－', 'Page {p}',
                        '第{cp}页', '〔{p}〕', '— {p} / {n} —', '{p} of {n}'),
                foot=x.c('', '', x.f['org'] + '办公室印发', '内部资料', '%s（%s）' % (x.f['short'], x.c('全文', '讨论稿', '印发稿'))),
                head=x.c('', x.f['title'], x.f['org'], '政府工作报告', x.f['short'] + '　' + str(x.f['year'])),
                print=x.r.random() < .25, host=x.c('hz', 'lyg', 'yc', 'zz', 'dl'), artid=x.r.randint(100000, 999999),
                blank=x.r.random() < .6, mark=x.c('', '', '仅供学习参考', 'Word文档下载后可编辑'))


BLOCKS = {
    'wenku': (b_wenku_head, b_wenku_tail),
    'reader': (b_reader_head, b_reader_tail),
    'saveas': (b_saveas_head, b_saveas_tail),
    'translate': (b_translate_head, b_translate_tail),
    'ocr': (b_ocr_head, b_ocr_tail),
    'slides': (b_slides_head, b_slides_tail),
    'email': (b_email_head, b_email_tail),
    'docmgmt': (b_doc_head, b_doc_tail),
    'pdf': (b_pdf_head, lambda x: [(x.c('（全文完）', '— 完 —', '本文档共%d页' % x.pages, '文档结束'), 'pagination')]
            if x.r.random() < .5 else []),
}

STYLE_COUNTS = [('wenku', 15), ('reader', 10), ('saveas', 11), ('translate', 10), ('ocr', 11), ('slides', 9), ('email', 11),
                ('docmgmt', 10), ('pdf', 15)]
WRAPPED_EXTRA = {'wenku': 5, 'ocr': 3, 'docmgmt': 3}   # pages of these styles also hard wrapped
FOLDER_COUNTS = [('city_gwr_2024', 50), ('provincial_gwr_2025', 14), ('state_council_2004_2019', 14),
                 ('national_gwr_wikisource', 14), ('cpc_congress_wikisource', 10)]
CLOSE = set('，。、；：！？）」』”’》〉】,.;:!?)')

# ---------------------------------------------------------------- run selection


def pick_runs(corpus, rng):
    used = other_ranges()
    picks = []
    for folder, want in FOLDER_COUNTS:
        cands = []
        for fn in sorted(os.listdir(os.path.join(corpus, folder))):
            if not fn.endswith('.txt') or fn.startswith('_'):
                continue
            src = folder + '/' + fn
            paras = paragraphs(corpus, src)
            lo, hi = usable_bounds(paras)
            if hi - lo + 1 < 6:
                continue
            cover = [False] * len(paras)
            locked = [False] * len(paras)
            for a, b, w in used.get(src, []):
                for i in range(max(a, 0), min(b, len(paras) - 1) + 1):
                    cover[i] = True
                    if w in LOCKED:
                        locked[i] = True
            gaps, i = [], lo
            while i <= hi:
                if cover[i]:
                    i += 1
                    continue
                j = i
                while j + 1 <= hi and not cover[j + 1]:
                    j += 1
                gaps.append((i, j))
                i = j + 1
            best = max((b - a + 1 for a, b in gaps), default=0)
            cands.append((best, rng.random(), src, paras, lo, hi, gaps, cover, locked))
        cands.sort(key=lambda c: (-min(c[0], 12), c[1]))
        for best, _, src, paras, lo, hi, gaps, cover, locked in cands[:want]:
            picks.append((src, paras, lo, hi, gaps, cover, locked))
    rng.shuffle(picks)
    return picks


def choose_range(rng, paras, lo, hi, gaps, cover, locked, maxlen):
    want = rng.randint(5, maxlen)
    r0 = rng.random()
    if r0 < .30:
        # a document head or tail (greeting, title, document number / closing, signature), even where an
        # earlier development set used it; never inside the locked set's ranges
        n = min(want, hi - lo + 1)
        s = lo if r0 < .13 else hi - n + 1
        if not any(locked[s:s + n]):
            return s, s + n - 1
    good = [(a, b) for a, b in gaps if b - a + 1 >= 5]
    if good:
        a, b = rng.choice(good)
        n = min(want, b - a + 1)
        r = rng.random()
        if a == lo and r < .4:
            s = a
        elif b == hi and r < .75:
            s = b - n + 1
        else:
            s = rng.randint(a, b - n + 1)
        return s, s + n - 1
    # no free run of 5: the run with the fewest used paragraphs, never inside the locked set's ranges
    n = min(want, hi - lo + 1)
    best = None
    for s in range(lo, hi - n + 2):
        if any(locked[s:s + n]):
            continue
        k = sum(cover[s:s + n]) + rng.random() * .5
        if best is None or k < best[0]:
            best = (k, s)
    if best is None:
        return None
    return best[1], best[1] + n - 1

# ---------------------------------------------------------------- page assembly


def wrap_pieces(text, width, first_indent):
    """Cut a paragraph every ``width`` characters (the first line shorter by its indent); closing
    punctuation hangs on the line before; a cut never falls next to whitespace."""
    pieces, i, w = [], 0, width - first_indent
    while i < len(text):
        j = min(len(text), i + w)
        while j < len(text) and text[j] in CLOSE:
            j += 1
        while j < len(text) and (text[j].isspace() or text[j - 1].isspace()):
            j += 1
        pieces.append(text[i:j])
        i, w = j, width
    return pieces


def intro_line(x):
    f = x.f
    common = ['以下为全文：', '全文如下↓', '小编整理了全文，建议收藏慢慢看👇',
              '【导读】本文约%s字，阅读需要%d分钟。' % ('{:,}'.format(x.chars), x.minutes)]
    if f['kind'] == 'gwr' and f['year'] >= 2012:
        return x.c('编者按：%s，%s召开，会上审议了%s。以下为报告全文。' % (x.d('%Y年%m月'), f['org'].replace('人民政府', '人民代表大会'),
                                                            f['title']),
                   '划重点：今年的目标任务都在这里了！', '报告全文来了，一起学习！', *common)
    if f['kind'] == 'sc':
        return x.c('编者按：近日，%s印发%s。现将文件全文转载如下。' % (f['org'], f['title'].split('关于')[-1] if '关于' in f['title'] else f['title']),
                   '【政策原文】', '以下为文件原文：', *common)
    return x.c('【历史文献】%s，供学习参考。' % f['title'], '编者按：重温经典文献，以下为报告原文（节选）。', *common)


def build_page(x, style, wrapped):
    paras, s, e = x.paras, x.s, x.e
    r = x.r
    head, tail = BLOCKS[style]
    lines = []   # (text, label, kind, para)
    variants = []

    def add_chrome(block, name):
        if not block:
            return
        variants.append(name)
        for t, k in block:
            if k == 'blank':
                lines.append((t, 'blank', 'blank', ''))
            else:
                lines.append((t, 'chrome', k, ''))

    add_chrome(head(x), 'head')
    if r.random() < .5 or style in ('saveas', 'reader'):
        if r.random() < .45 and style in ('saveas', 'reader', 'email', 'wenku'):
            add_chrome([(intro_line(x), 'intro')], 'intro')
        lines.append(('', 'blank', 'blank', ''))
    variants.append('|content')
    indent = r.choice(['', '', '　　', '　　', '  ', '    ', '\t']) if not wrapped else r.choice(['', '　　', '  '])
    blank = r.choice(['0', '1', '1', '2']) if not wrapped else r.choice(['0', '0', '1'])
    variants.append('indent=%s' % {'': 'none', '　　': 'ideo2', '  ': 'sp2', '    ': 'sp4', '\t': 'tab'}[indent])
    variants.append('blank=' + blank)
    n_mid = r.randint(2, 5) if style in ('slides', 'ocr', 'translate') else r.randint(1, 4)
    gaps = sorted(r.sample(range(s, e), min(n_mid, e - s))) if style != 'reader' or r.random() < .8 else []
    slide_no = 1
    if wrapped:
        width = r.choice([w for w in range(18, 46)])
        variants.append('pdf_w%d' % width)
        pst = make_pdf_style(x)
        per_page = r.randint(14, 34)
        page, total = 1, max(2, x.pages)
        on_page = 0
        wenku_like = style == 'wenku'
        for p in range(s, e + 1):
            kind = content_kind(paras, p)
            pieces = wrap_pieces(paras[p], width, 2 if indent else 0)
            for k, piece in enumerate(pieces):
                lines.append(((indent if k == 0 else '') + piece, 'content', kind, str(p)))
                on_page += 1
                if on_page >= per_page and not (p == e and k == len(pieces) - 1):
                    blk = b_wenku_break(x, page + 1) if wenku_like else (
                        b_ocr_mid(x) if style == 'ocr' else pdf_break(x, page, total, pst))
                    variants.append('pagebreak_inpara' if k < len(pieces) - 1 else 'pagebreak')
                    for t, kk in blk:
                        lines.append((t, 'blank' if kk == 'blank' else 'chrome', kk, ''))
                    page += 1
                    on_page = 0
            if p < e and blank != '0':
                for _ in range(int(blank)):
                    lines.append(('', 'blank', 'blank', ''))
    else:
        page = 1
        for p in range(s, e + 1):
            kind = content_kind(paras, p)
            lines.append((indent + paras[p], 'content', kind, str(p)))
            if p < e:
                for _ in range(int(blank)):
                    lines.append(('', 'blank', 'blank', ''))
                mid = None
                if p in gaps or (style == 'translate' and (content_kind(paras, p) in ('greeting', 'closing') or (
                        len(paras[p]) <= 40 and english_heading(x, paras[p])))):
                    if style == 'wenku':
                        page += 1
                        mid = b_wenku_break(x, page)
                    elif style == 'reader':
                        mid = b_reader_mid(x)
                    elif style == 'saveas':
                        mid = b_saveas_mid(x)
                    elif style == 'translate':
                        mid = b_translate_mid(x, paras[p])
                    elif style == 'ocr':
                        mid = b_ocr_mid(x)
                    elif style == 'slides':
                        slide_no += r.randint(1, 3)
                        mid = b_slides_mid(x, slide_no)
                    elif style == 'email':
                        mid = b_email_mid(x)
                    elif style == 'docmgmt':
                        mid = b_doc_mid(x)
                if mid:
                    variants.append('mid')
                    for t, kk in mid:
                        lines.append((t, 'chrome', kk, ''))
                    if blank != '0':
                        lines.append(('', 'blank', 'blank', ''))
    variants.append('content|')
    lines.append(('', 'blank', 'blank', ''))
    add_chrome(tail(x), 'tail')
    # trim trailing blanks, drop chrome lines equal to a content line of the page
    content = {t.strip() for t, lab, _, _ in lines if lab == 'content'}
    lines = [l for l in lines if not (l[1] == 'chrome' and (l[0].strip() in content or not l[0].strip()))]
    while lines and lines[-1][1] == 'blank':
        lines.pop()
    while lines and lines[0][1] == 'blank':
        lines.pop(0)
    # no chrome line may hold line-splitting or control characters
    clean = []
    for t, lab, k, p in lines:
        t = ''.join(ch for ch in t if ch == '\t' or unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Zl', 'Zp'))
        if lab == 'chrome' and t.rstrip() != t and not t.strip():
            continue
        clean.append((t, lab, k, p))
    return clean, variants


SITES = {'wenku': ['文档淘', '易读文库', '道客书屋', '千页文档网', '学习资料库', '豆文网'],
         'reader': ['浏览器阅读模式', '阅读器App', '稍后读工具', '电子书阅读器'],
         'saveas': ['网页另存为文本', '整页复制'], 'translate': ['浏览器网页翻译', '双语翻译插件'],
         'ocr': ['手机截图OCR', '扫描件OCR', '微信图片转文字'], 'slides': ['PPT导出文本', 'WPS演示大纲'],
         'email': ['单位邮箱转发', '个人邮箱转发'], 'docmgmt': ['OA收文导出', '电子公文系统'],
         'pdf': ['PDF复制', 'Word另存文本', 'WPS PDF', '浏览器打印PDF']}


def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    picks = pick_runs(corpus, rng)
    styles = []
    for st, n in STYLE_COUNTS:
        styles += [st] * n
    rng.shuffle(styles)
    extra = dict(WRAPPED_EXTRA)
    for d in ('pages', 'gold'):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    n = 0
    for (src, paras, lo, hi, gaps, cover, locked), style in zip(picks, styles):
        wrapped = style == 'pdf'
        if not wrapped and extra.get(style, 0) > 0 and rng.random() < .5:
            wrapped = True
            extra[style] -= 1
        rg = choose_range(rng, paras, lo, hi, gaps, cover, locked, 9 if wrapped else 16)
        if rg is None:
            continue
        s, e = rg
        n += 1
        doc = '%03d' % n
        x = Ctx(random.Random(rng.random()), doc_facts(src), paras, s, e, src)
        lines, variants = build_page(x, style, wrapped)
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in lines))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, k, p) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, k, p))
        site = rng.choice(SITES[style])
        index.append('\t'.join([doc, style, src, str(s), str(e),
                                str(len(lines)), ';'.join(variants), site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages: %d' % n)


if __name__ == '__main__':
    main()
