#!/usr/bin/env python3
"""Generator of eval/chrome_dev6 (development / training set for chrome removal, eleventh writer).

Owns: choosing runs of real corpus paragraphs (byte-exact), writing page chrome around them in seven
styles (county portals and their 政务公开 columns, party-building clouds and study apps, 政务 WeChat /
微博 copies, Q&A and self-media platforms, 道客巴巴 / 原创力文档-like previews, Word copies with headers,
footers and 版记, hard-wrapped PDF copies with page breaks inside paragraphs), and the per-line gold.

  python make_pages.py     rewrites pages/, gold/ and index.tsv (stdlib only, fixed seed)

Every chrome string here was written fresh for this set by helper "chromedev6".
"""
import collections
import datetime
import os
import random
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6_2026_1130
N_PAGES = 100

# ------------------------------------------------------------------ corpus


def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
SKIP_FILES = ('廣州共產黨報告', '第3次全国代表大会', '1954_国务院', '1956_国务院', '2024_枣庄', '2024_承德',
              '国家教材委员会组成人员')
EARLIER_SETS = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_dev3', 'chrome_dev4',
                'chrome_dev5')
CJK = re.compile(r'[\u4e00-\u9fff]')
EDITORIAL = re.compile(r'^(来源[:：]|（本文有删减）|注[:：]|附件|名词解释|原标题|编者按|责任编辑)|↑|\[\d+\]|^----|^——.{0,40}在')


def usable(par):
    return len(CJK.findall(par)) >= 2 and not EDITORIAL.search(par)


def earlier_ranges():
    out = collections.defaultdict(list)
    for name in EARLIER_SETS:
        p = os.path.join(HERE, '..', name, 'index.tsv')
        if not os.path.exists(p):
            continue
        rows = open(p, encoding='utf-8').read().strip('\n').split('\n')
        head = rows[0].split('\t')
        si, a, b = head.index('source_file'), head.index('para_start'), head.index('para_end')
        for r in rows[1:]:
            c = r.split('\t')
            out[c[si]].append((int(c[a]), int(c[b])))
    return out


def load_docs(corpus):
    docs = []
    for folder in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or f.startswith('_') or any(s in f for s in SKIP_FILES):
                continue
            text = open(os.path.join(corpus, folder, f), encoding='utf-8').read()
            paras = [l.strip() for l in text.split('\n') if l.strip()]
            if len(paras) < 8:
                continue
            docs.append((folder + '/' + f, paras))
    return docs


def sc_titles(corpus):
    out = {}
    p = os.path.join(corpus, 'state_council_2004_2019', '_index.tsv')
    for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
        c = r.split('\t')
        out[c[0]] = (c[2], c[3], c[4], c[5])
    return out


def content_kind(paras, i):
    t = paras[i]
    n = len(paras)
    if t in ('各位代表：', '同志们：') or (t.endswith('：') and len(t) <= 60 and (
            t.startswith('各') or re.search(r'国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', t))):
        return 'greeting'
    if re.fullmatch(r'[0-9０-９〇零一二三四五六七八九十]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日', t) \
            or t == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and re.fullmatch(r'[0-9〇零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日', paras[i + 1]) \
            and len(t) <= 30 and '。' not in t:
        return 'signature'
    if t in ('各位代表！', '同志们！') or (t.endswith('！') and i >= n - 2):
        return 'closing'
    if len(t) <= 60 and '。' not in t and not t.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


# ------------------------------------------------------------------ helpers

def P(s):
    """A pool written as lines of one string."""
    return [x for x in s.strip('\n').split('\n') if x.strip()]


SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国文辉力鹏飞宇浩然晓东海燕红梅雪婷琳颖佳欣雨航志宏俊峰振兴立新丹凤春秋冬月晨曦思远子涵一鸣'
COUNTIES = P('''
德清县|浙
长兴县|浙
桐庐县|浙
仙居县|浙
天台县|浙
苍南县|浙
平阳县|浙
南漳县|鄂
枝江市|鄂
潜山市|皖
岳西县|皖
歙县|皖
寿县|皖
宁乡市|湘
醴陵市|湘
攸县|湘
石门县|湘
凤凰县|湘
曲阜市|鲁
沂水县|鲁
五莲县|鲁
荣成市|鲁
安丘市|鲁
肥城市|鲁
武安市|冀
正定县|冀
阜平县|冀
迁安市|冀
仁怀市|黔
凤冈县|黔
大邑县|川
宣汉县|川
江油市|川
宾川县|滇
腾冲市|滇
弥勒市|滇
上杭县|闽
永春县|闽
尤溪县|闽
崇义县|赣
遂川县|赣
铅山县|赣
博白县|桂
兴安县|桂
太仓市|苏
沭阳县|苏
宝应县|苏
鄞州区|浙
江宁区|苏
武侯区|川
雨花区|湘
新郑市|豫
固始县|豫
林州市|豫
''')
TOWNS = P('''
新市镇
城关镇
双溪乡
青山街道
石门镇
桃源镇
大桥乡
龙泉街道
黄土岭镇
柳河镇
''')
PROV_ABBR = {'浙': '浙江', '鄂': '湖北', '皖': '安徽', '湘': '湖南', '鲁': '山东', '冀': '河北', '黔': '贵州', '川': '四川',
             '滇': '云南', '闽': '福建', '赣': '江西', '桂': '广西', '苏': '江苏', '豫': '河南'}


class Ctx:
    """Everything a page's chrome may name: rng, title forms, site, dates, people."""

    def __init__(self, rng, src, paras, s, e, title, year, sc_meta):
        self.r = rng
        self.src = src
        self.paras = paras
        self.s, self.e = s, e
        self.title = title
        self.year = year
        self.sc = sc_meta
        cty, ab = rng.choice(COUNTIES).split('|')
        self.county = cty
        self.prov_ab = ab
        self.prov = PROV_ABBR[ab]
        self.cshort = cty[:-1] if len(cty) > 2 else cty
        self.town = rng.choice(TOWNS)
        y = max(year, 2019) if year < 2019 else year
        if year < 2019:
            y = rng.randint(2019, 2025)
        start = datetime.date(y, 1, 8) if year >= 2019 else datetime.date(y, 1, 2)
        self.date = start + datetime.timedelta(days=rng.randint(0, 70 if year >= 2019 else 320))
        self.hh, self.mm, self.ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
        self.views = rng.choice([rng.randint(12, 999), rng.randint(1000, 99999)])
        self.n_pages = rng.randint(6, 48)
        self.headings = [p for p in paras if re.match(r'^[一二三四五六七八九十]{1,3}、', p) and len(p) <= 50]

    def pick(self, pool):
        return self.r.choice(pool)

    def name(self):
        r = self.r
        return r.choice(SURN) + ''.join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))

    def d(self, fmt='-'):
        dt = self.date
        if fmt == '-':
            return '%d-%02d-%02d' % (dt.year, dt.month, dt.day)
        if fmt == '/':
            return '%d/%d/%d' % (dt.year, dt.month, dt.day)
        if fmt == '.':
            return '%d.%02d.%02d' % (dt.year, dt.month, dt.day)
        if fmt == 'cn':
            return '%d年%d月%d日' % (dt.year, dt.month, dt.day)
        if fmt == 'cn0':
            return '%d年%02d月%02d日' % (dt.year, dt.month, dt.day)
        if fmt == 'md':
            return '%02d-%02d' % (dt.month, dt.day)
        if fmt == 'yy':
            return '%02d-%d-%d' % (dt.year % 100, dt.month, dt.day)

    def t(self, sec=False):
        return '%02d:%02d' % (self.hh, self.mm) + (':%02d' % self.ss if sec else '')

    def week(self):
        return '星期' + '一二三四五六日'[self.date.weekday()]

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def big(self):
        v = self.views
        if v >= 10000 and self.r.random() < .6:
            return '%.1f万' % (v / 10000)
        return str(v)

    def short_title(self):
        t = self.title
        return t.replace('政府工作报告', '政府工作报告') if len(t) < 14 else t[:self.r.randint(8, 14)] + '…'


def sp(r):
    """A separator between items on one line."""
    return r.choice(['  ', ' ', '　', ' | ', '｜', ' · ', '　|　', '\t', ' / ', '  ·  '])


def join_or_split(r, items, kind, one_line=None):
    if one_line is None:
        one_line = r.random() < .55
    if one_line:
        return [(sp(r).join(items), kind)]
    return [(x, kind) for x in items]


# ------------------------------------------------------------------ mojibake

def mojibake(r, text):
    raw = text.encode(r.choice(['utf-8', 'gbk']))
    enc = r.choice(['gbk', 'big5', 'cp1252', 'latin-1', 'shift_jis', 'cp1251']) if len(raw) else 'gbk'
    s = raw.decode(enc, errors='replace')
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat in ('Cc', 'Cf', 'Cn', 'Co', 'Cs', 'Zl', 'Zp') or ch in '\x85\u2028\u2029':
            continue
        out.append(ch)
    s = ''.join(out).strip()
    if not s or s == text:
        s = '锟斤拷' * r.randint(2, 5)
    return s


def b_mojibake(c):
    r = c.r
    src = r.choice([c.title, '政务公开', '字号：大 中 小', '上一篇', '分享到微信', c.county + '人民政府',
                    '扫一扫在手机上查看', '本文来源：' + c.county + '融媒体中心', '相关附件', '责任编辑：' + c.name()])
    out = [(mojibake(r, src), 'mojibake')]
    if r.random() < .35:
        out.append((r.choice(['锟斤拷锟斤拷锟斤拷', '烫烫烫烫烫烫', '屯屯屯屯', '鈥滃浗鍔￠櫌鈥�', 'ÎÄ×Ö´óÐ¡£º´ó ÖÐ Ð¡',
                              'Ã¦Â\xadÂ£Ã¦Â–Â‡', '�����', 'ä¸\xadæ–‡']), 'mojibake'))
    return [(mojibake_filter(t), k) for t, k in out]


def mojibake_filter(s):
    s = ''.join(ch for ch in s if unicodedata.category(ch) not in ('Cc', 'Cf', 'Cn', 'Co', 'Cs', 'Zl', 'Zp'))
    return s.strip() or '锟斤拷锟斤拷'


# ------------------------------------------------------------------ title forms

def title_forms(c, site):
    t = c.title
    r = c.r
    forms = [
        t + '_' + site, t + ' - ' + site, t + '－' + site, '【' + t + '】', '《' + t + '》', t + '（全文）',
        '全文 | ' + t, '全文来了！' + t, '重磅｜' + t + '全文发布', t + '.pdf', t + '.docx', t + '.doc',
        '<title>' + t + '_' + site + '</title>', '标题：' + t, '[转载] ' + t, '原标题：' + t, t + '——全文实录',
        t + '（' + str(c.date.year) + '）', '【全文】' + t, '速看！' + t, t + ' —— ' + site, '■' + t,
        t[:max(6, len(t) // 2)] + '……', t + ' - 知乎', t + '_百度文库', '关于《' + t + '》的全文', t + '（附解读）',
        '"' + t + '"', '政务公开 · ' + t, t + '(文字实录)', '＃' + t + '＃', t + '【精品文档】', 'RE: ' + t,
        re.sub(r'^\d{4}年', '', t) + '（全文）', ' '.join(t), t.replace('政府工作报告', ' 政府工作报告 '), '%s｜%s' % (c.cshort + '两会', t),
        t + '（%s）' % c.d('cn'), '一图读懂' + t[:14] if r.random() < .3 else t + '(图文)', '《' + t + '》全文解读', t + '  ' + c.d('-'),
        t + ' - 百度文库', t + '.pdf - 道客巴巴', '【PDF】' + t, t + '（终稿）', t + '（讨论稿）',
    ]
    return forms


def b_title(c, site, n=1):
    r = c.r
    out = []
    if r.random() < .2 and len(c.title) > 12:
        t = c.title
        cuts = [m.end() for m in re.finditer(r'年|关于|政府(?=工作报告)', t) if 4 <= m.end() <= len(t) - 4]
        cuts += [m.start() for m in re.finditer(r'的|政府工作报告|通知|意见|方案', t) if 4 <= m.start() <= len(t) - 2]
        k = r.choice(cuts) if cuts else len(t) // 2
        return [(t[:k], 'title_repeat'), (t[k:], 'title_repeat')]
    for f in r.sample(title_forms(c, site), n):
        out.append((f, 'title_repeat'))
    return out


# ------------------------------------------------------------------ intro / toc / caption / video / audio

def b_intro(c):
    r = c.r
    y = c.date.year
    t = c.title
    pool = [
        '编者按：%d年%d月%d日，%s在会上作政府工作报告。现将报告全文刊发如下，供广大干部群众学习参考。' % (y, c.date.month, c.date.day, c.county + '第十八届人民代表大会第四次会议开幕，县长'),
        '【导读】%s对过去一年的工作作了全面回顾，并对今年的重点任务作出部署。一起来看报告原文。' % t,
        '摘要：本文为%s全文，共约%d字，内容涵盖工作回顾、目标任务和自身建设三个部分。' % (t, r.randint(9, 28) * 1000),
        '核心提示：报告提出，今年将坚持稳中求进工作总基调，扎实推进高质量发展。以下是报告全文。',
        '导语：政府工作报告是观察一地发展的窗口。本期我们整理了%s，建议收藏后慢慢看。' % t,
        '阅读提示：全文约%d字，预计阅读时间%d分钟。' % (r.randint(8, 25) * 1000, r.randint(15, 45)),
        '以下为报告全文（来源：%s融媒体中心），略有删节。' % c.cshort,
        '📌 干货满满！小编为大家整理了报告全文，文末可下载PDF版本。',
        '【编者按】学习贯彻两会精神，我们持续推出“学报告·话发展”专栏。今天刊发报告原文，敬请关注。',
        '内容摘要：本文件系%s，由网友上传整理，仅供学习交流使用。' % t,
        '[摘要] 政府工作报告全文，包括过去一年工作回顾、今年主要目标任务、加强政府自身建设等内容。',
        '★ 本篇为%s（全文），全文较长，建议先收藏再阅读。' % t,
        '导读：这份报告里有哪些民生“大礼包”？划重点先看这几条，全文附后 ↓',
        '简介：%s。本文档共%d页，可在线阅读全部内容。' % (t, c.n_pages),
        '编者的话：今年的报告有不少新提法、新举措，值得我们认真学习领会。现全文转发，供各党支部组织学习时使用。',
    ]
    # composed notes: a label, a sentence about the report, a sentence about this copy
    label = r.choice(['编者按：', '【编者按】', '导读：', '【导读】', '摘要：', '【摘要】', '提要：', '核心提示：', '导语｜', '▌编者按 ', '■ 导读 ', '小编说：', ''])
    about = r.choice([
        '%s，%s在%s上作了政府工作报告。' % (c.d('cn'), r.choice(['市长', '县长', '省长', '政府主要负责同志']), r.choice(['人代会', '本次大会', '大会开幕会'])),
        '这份报告全面回顾了过去一年的发展成绩，科学谋划了今年的目标任务。',
        '报告用一组组数据、一项项举措，勾勒出未来一年的发展蓝图。',
        '报告提出了今年经济社会发展的主要预期目标和重点工作。',
        '报告共分%d个部分，约%d字。' % (r.randint(3, 6), r.randint(8, 30) * 1000),
        '今年的报告释放了哪些信号？哪些民生实事与你有关？',
        '%s是全面贯彻落实党的二十大精神的重要文件。' % c.title])
    copy = r.choice(['现将全文刊发，供学习参考。', '以下为报告全文。', '全文如下，建议收藏。', '一起来学习！', '本号特整理全文，以飨读者。',
                     '本文根据现场录音整理，略有删节。', '全文较长，建议先点赞收藏。', '请各党支部组织党员认真学习。', ''])
    composed = (label + about + copy).strip()
    out = [(x, 'intro') for x in r.sample(pool, r.choice((1, 1, 2)))]
    if r.random() < .6:
        out[0] = (composed, 'intro')
    if r.random() < .3:
        out.append((r.choice(['全文如下：', '以下为全文：', '▼ 报告全文 ▼', '—— 全文 ——', '（全文）', '正文：', '点击下方展开全文 ↓']), 'intro'))
    return out


def b_toc(c, with_pages=None, src_heads=None):
    r = c.r
    heads = c.headings or []
    inrun = set(c.paras[c.s:c.e + 1])
    if with_pages is None:
        with_pages = r.random() < .7
    out = [(r.choice(['目  录', '目录', '目　录', '【目录】', 'CONTENTS', '目 录 Contents', '文档目录', '本文目录（点击跳转）']), 'toc')]
    leader = r.choice(['……………………', '..........................', '・・・・・・・・・・', '————', '......', '　　', '\t', ' ······ '])
    page = r.randint(1, 2)
    hs = heads[:]
    if not hs:
        hs = ['一、' + c.title[:8], '二、主要目标任务', '三、保障措施']
    for h in hs[:r.randint(3, 8)]:
        page += r.randint(1, 4)
        if with_pages:
            out.append((h + leader + str(page), 'toc'))
        else:
            if h in inrun:
                h = r.choice([h.replace('、', '．', 1), h.replace('、', '. ', 1), '· ' + h, h + ' >', '▸ ' + h, '第' + h.split('、', 1)[0] + '部分　' + h.split('、', 1)[1]])
            out.append((h, 'toc'))
    if r.random() < .3:
        out.append((r.choice(['附件' + leader + str(page + 2), '展开目录 ∨', '收起目录 ∧', '（目录由系统自动生成）']), 'toc'))
    return out


def b_caption(c):
    r = c.r
    nm = c.name()
    pool = [
        '▲%s第十八届人民代表大会第四次会议开幕现场。 记者 %s 摄' % (c.county, nm),
        '图为会议现场。（%s融媒体中心 供图）' % c.cshort,
        '（图片来源：%s发布）' % c.cshort,
        '图1  大会主席台',
        '摄影：%s' % nm,
        '△ 代表们认真审议政府工作报告。',
        '资料图片',
        '[图片]',
        '图片',
        '▼ 点击图片查看大图',
        '（图片来源于网络，如有侵权请联系删除）',
        '↑ 长图来了！一图读懂%s' % c.title,
        '图：%s在大会上作报告' % c.title.replace('政府工作报告', '政府负责同志'),
        '◆ 会场内外 ◆ 摄影 | %s　%s' % (nm, c.name()),
        '左右滑动查看更多图片 →',
        '图片 | 来源网络',
        '（记者 %s　通讯员 %s）' % (nm, c.name()),
        '▲ %s会议现场 %s' % (c.d('cn'), '新华社发'),
        '共%d张图片' % r.randint(3, 12),
        'image.png（%dKB）' % r.randint(40, 900),
        '〔图〕代表们在分组审议会上发言',
    ]
    if r.random() < .5:
        # a composed caption: marker, scene, credit
        scene = r.choice(['大会开幕现场', '代表们认真听取政府工作报告', '%s城市新貌' % c.cshort, '%s乡村一角' % c.town, '重点项目建设现场',
                          '代表分组审议政府工作报告', '主席台', '会场外的代表通道', '新建成的%s文化中心' % c.cshort, '市民在公园休闲'])
        credit = r.choice(['（%s 摄）' % nm, '记者 %s 摄' % nm, '通讯员 %s 供图' % nm, '（资料图）', '图片来源：%s融媒体中心' % c.cshort, '视觉中国', '新华社记者 %s 摄' % nm, ''])
        mark = r.choice(['▲', '△', '↑', '图为', '图：', '◎', '[图] ', ''])
        out = [((mark + scene + ('。' if r.random() < .4 else '　') + credit).strip(), 'caption')]
    else:
        out = [(r.choice(pool), 'caption')]
    if r.random() < .3:
        out.insert(0, (r.choice(['[图片]', '[img]', '【图片】', '图片加载失败', '[图]', '![](https://img.%s.cn/%s.jpg)' % (r.choice(['xxfb', 'rmt', 'zwgk', 'mp']), c.digits(10)), '〖图片〗']), r.choice(['caption', 'html_residue'])))
    return out


def b_video(c):
    r = c.r
    m, s = r.randint(1, 19), r.randint(0, 59)
    pool = [
        '视频加载中，请稍候...', '00:00 / %02d:%02d' % (m, s), '▶  00:00', '▶ 播放', '倍速　0.5x　1.0x　1.25x　1.5x　2.0x',
        '您的浏览器不支持 HTML5 视频播放，请升级浏览器', '此视频来自%s融媒体中心' % c.cshort, '[视频] %s（%d分钟版）' % (c.title[:10], m),
        '视频：%s 来源：%s电视台' % (c.title[:12], c.cshort), '清晰度：高清 | 标清', '全屏　静音　画中画', '视频时长 %02d:%02d' % (m, s),
        '点击播放视频', '重新播放', '当前设备不支持播放，请在微信客户端打开', 'Your browser does not support the video tag.',
        '播放量 %d' % r.randint(100, 99999), '已播放 %d 次' % r.randint(100, 9999), '视频号 · %s发布' % c.cshort,
    ]
    return [(x, 'video') for x in r.sample(pool, r.randint(1, 4))]


def b_audio(c):
    r = c.r
    m, s = r.randint(3, 59), r.randint(0, 59)
    pool = [
        '🎧 听全文 %02d:%02d' % (m, s), '点击收听', 'AI朗读', '语音播报：', '00:00 / %02d:%02d' % (m, s),
        '▶ 收听本文', '音频：%s（主播：%s）' % (c.title[:10], c.name()), '播放　暂停　停止', '语速：1.0x',
        '本文音频由AI合成', '听新闻', '🔊 朗读', '■ 停止播报', '音频加载失败，请刷新重试',
        '%02d:%02d' % (m, s), '收听：%s' % c.title[:r.randint(6, 14)], '本文共%d字，收听约需%d分钟' % (r.randint(5, 30) * 1000, m), '◀◀　▶　▶▶',
        '喜马拉雅 | %s 播报' % c.cshort, '点击播放音频 ▷', '语音版', '“%s”音频版来了' % c.title[:10],
    ]
    return [(x, 'audio') for x in r.sample(pool, r.randint(1, 3))]


GOV_APPS = {'浙': '浙里办', '皖': '皖事通', '湘': '湘易办', '冀': '冀时办', '鄂': '鄂汇办', '闽': '闽政通', '赣': '赣服通', '川': '天府通办',
            '鲁': '爱山东', '苏': '苏服办', '豫': '豫事办', '黔': '贵人服务', '滇': '办事通', '桂': '智桂通'}


def b_gov_app(c):
    r = c.r
    app = GOV_APPS.get(c.prov_ab, '政务服务')
    pool = ['下载“%s”APP，掌上办事更方便' % app, '%s · 扫码下载' % app, '手机办事请用“%s”' % app, '【%s】%s移动端上线啦 立即体验 >' % (app, c.cshort),
            '打开%s APP 查看本文' % app, '%s政务服务移动端 | %s' % (c.county, app)]
    return [(r.choice(pool), 'app_banner')]


def b_ads(c):
    r = c.r
    pool = [
        '广告', '— 广告 —', '【广告】', 'AD', '推广', '赞助', '▲广告', '广告 ×', '- 推广 -',
        '考公考编资料包，点击免费领取 >>', '2025年公务员考试申论范文精选，限时0元领', '【热招】%s事业单位公开招聘工作人员公告' % c.county,
        '本地生活好物推荐，下单立减20元', '公考必背：政府工作报告高频词汇汇总（附PDF）', '投资理财有风险，选择需谨慎',
        '想了解更多政策解读？点击进入专题 →', '点我领取：两会考点速记手册', '买保险上 xx保 · 广告', '智慧党建系统 免费试用30天',
        '限时特惠｜党建展厅设计方案一站式服务', '广告位招租 联系电话：0%d-%s' % (r.randint(510, 898), c.digits(8)),
    ]
    k = r.randint(1, 3)
    out = [(x, 'ads') for x in r.sample(pool, k)]
    if r.random() < .5:
        what = r.choice(['公务员考试', '事业单位招聘', '教师资格证', '党建展厅', '会议室音响', '职称评审论文', '本地家政', '新房特价', '驾校报名', '考研辅导'])
        how = r.choice(['限时优惠', '免费咨询', '点击了解', '报名立减%d元' % r.randint(50, 800), '0元领取资料', '名额有限', '电话 1%s' % c.digits(10)])
        out.insert(0, (r.choice(['【%s】%s' % (what, how), '%s｜%s >>' % (what, how), '广告　%s，%s' % (what, how), '%s %s' % (what, how)]), 'ads'))
    return out


def b_app_banner(c, app=None):
    r = c.r
    app = app or r.choice(['学习平台', '%s融媒' % c.cshort, '百度', '知乎', '搜狐新闻', '微博', '%s党建云' % c.cshort, '今日%s' % c.cshort])
    pool = [
        '打开%sAPP，阅读全文' % app, '下载%s客户端，获取更多资讯' % app, 'APP内打开 >', '打开App，看更多精彩内容',
        '%sAPP内阅读更流畅' % app, '在%sApp中查看完整内容' % app, '打开APP 继续阅读 ▶', '扫码下载%s，学习赚积分' % app,
        '立即打开', '× 打开%s，看高清大图' % app, '使用%s小程序打开' % app, '点击打开 %s App，查看剩余 %d%% 内容' % (app, r.randint(40, 85)),
        '继续在网页中阅读', '已安装？立即打开', '下载App 领取阅读红包',
    ]
    return [(x, 'app_banner') for x in r.sample(pool, r.randint(1, 2))]


def b_pagination(c):
    r = c.r
    n = r.randint(2, 6)
    k = r.randint(1, n)
    pool = [
        '上一页 ' + ' '.join(str(i) for i in range(1, n + 1)) + ' 下一页',
        '共%d页　第%d页' % (n, k), '< %s >' % '  '.join(str(i) for i in range(1, n + 1)), '首页　上一页　下一页　尾页',
        '第%d页 / 共%d页' % (k, n), '下一页 »', '« 上一页', '[1] [2] [3] [下一页]', '点击进入下一页 →',
        '本文共%d页，当前第%d页' % (n, k), '阅读全文 ↓', '查看全部内容 ∨', '%d/%d' % (k, n),
        '跳转至 __ 页　确定', '加载更多',
    ]
    return [(x, 'pagination') for x in r.sample(pool, r.randint(1, 2))]


def b_print_header(c, url, i=1):
    r = c.r
    pool = [
        '%s %s　%s' % (c.d('/'), r.choice(['上午', '下午']) + '%d:%02d' % (r.randint(1, 12), c.mm), c.title[:18]),
        '打印时间：%s %s' % (c.d('-'), c.t(True)),
        '%s　%d/%d' % (url, i, c.n_pages // 3 + 2),
        '%s %s' % (c.d('yy').replace('-', '/'), c.t()),
    ]
    return [(r.choice(pool), 'print_header')]


# ------------------------------------------------------------------ common web blocks

def b_cookie(c):
    r = c.r
    pool = [
        ['本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。', '同意　　拒绝'],
        ['我们使用 cookies 来改善您的体验。', '接受全部'],
        ['This site uses cookies to improve your experience. By continuing you agree to our use of cookies.', 'Accept  Decline'],
        ['温馨提示：为保障您的个人信息安全，请阅读《隐私政策》和《用户协议》。', '我已阅读并同意'],
        ['本站会使用Cookie收集访问数据，详见《隐私声明》。[我知道了]'],
        ['为了给您提供更好的服务，本站使用了必要的 Cookie。', '我知道了'], ['Cookie 设置', '仅必要 Cookie　　全部接受'],
        ['我们重视您的隐私。点击“同意”即表示您同意我们根据《%s隐私政策》处理您的个人信息。' % r.choice(['网站', '平台', '用户']), '同意', '不同意'],
        ['We value your privacy. [Accept all] [Reject]'], ['本网站不会收集您的个人信息，Cookie 仅用于统计访问量。 ×'],
    ]
    return [(x, 'cookie') for x in r.choice(pool)]


def b_login(c):
    r = c.r
    pool = [['登录 | 注册'], ['登录', '注册'], ['您好，请 登录 或 注册'], ['手机号登录', '获取验证码', '登录即代表同意《用户协议》'],
            ['个人用户登录　法人用户登录'], ['登录后可查看完整内容，立即登录 >'], ['Sign in / Sign up'], ['[ 登录 ]  [ 注册 ]  [ 帮助 ]'],
            ['账号登录　扫码登录', '忘记密码？'], ['%s统一身份认证平台登录' % c.prov], ['登录/注册，享更多学习权益'], ['👤 未登录'], ['用户名', '密码', '登 录'],
            ['欢迎您，游客　[登录]'], ['QQ登录　微信登录　微博登录']]
    return [(x, 'login') for x in r.choice(pool)]


def b_share(c):
    r = c.r
    pool = [
        ['分享到：', '微信', '微博', 'QQ空间'], ['分享：微信 | 朋友圈 | 微博 | QQ'], ['【分享到】 新浪微博　微信　QQ好友'],
        ['分享', '收藏', '点赞 %d' % r.randint(1, 999)], ['转发', '评论', '赞'], ['分享至：'], ['一键分享'],
        ['分享到微信朋友圈 ×', '打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。'], ['↗ 分享'], ['Share: WeChat · Weibo · QQ'],
    ]
    return [(x, 'share') for x in r.choice(pool)]


def b_qr(c):
    r = c.r
    pool = [['扫一扫在手机打开当前页'], ['[二维码]', '手机扫码阅读'], ['%s 扫码' % r.choice(['微信', '手机', '📱'])],
            ['扫描二维码，%s' % r.choice(['手机继续看', '分享到朋友圈', '关注%s政务微博' % c.cshort, '下载%s客户端' % c.cshort])], ['[QR]'],
            ['二维码', '%s政府网手机版' % c.cshort], ['打开微信扫一扫，浏览本页'], ['微信扫一扫：分享'], ['扫码关注“%s发布”' % c.cshort],
            ['长按识别二维码，关注我们'], ['手机看', '（扫描二维码）'], ['用微信“扫一扫”，将本文分享给朋友'], ['移动端访问']]
    return [(x, 'qr') for x in r.choice(pool)]


def b_fontsize(c):
    r = c.r
    pool = [['【字体：大 中 小】'], ['字号：', '大', '中', '小'], ['字号　T　T　T'], ['A+　A　A-'], ['【字号 大 中 小】【打印】【关闭】'],
            ['[ 大 中 小 ]'], ['字体大小：默认 | 放大 | 缩小'], ['【 大字版 】'], ['文字大小：大　中　小　　颜色：■■■']]
    out = r.choice(pool)
    kind = 'toolbar_fontsize'
    return [(x, kind) for x in out]


def b_actions(c):
    r = c.r
    pool = [['【打印本页】　【关闭窗口】'], ['打印', '收藏', '关闭'], ['[打印] [关闭]'], ['下载　收藏　打印　全屏'], ['【我要打印】 【关闭】'],
            ['打印本页 | 保存文章 | 返回顶部'], ['⎙ 打印　★ 收藏　✕ 关闭'], ['返回顶部 ↑'], ['TOP'], ['纠错 | 打印 | 关闭']]
    return [(x, 'toolbar_actions') for x in r.choice(pool)]


def b_feedback(c):
    r = c.r
    pool = [['本页面内容是否对您有用？', '有用　　没用'], ['我要纠错'], ['信息纠错 | 意见反馈'], ['【网站纠错】'], ['内容有误？点此反馈'],
            ['您对本页的满意度：', '☆☆☆☆☆'], ['政府网站找错']]
    return [(x, 'feedback') for x in r.choice(pool)]


def b_accessibility(c):
    r = c.r
    items = ['无障碍', '长辈版', '关怀模式', '读屏', '声音', '放大', '缩小', '大字幕', '配色', '十字光标', '纯文本', '重置', '退出']
    pool = [
        [sp(r).join(r.sample(items, r.randint(3, 7)))], ['无障碍浏览'], ['适老化服务　|　无障碍服务'], ['【长者模式】'],
        [x for x in r.sample(items, r.randint(3, 5))], ['开启无障碍 ▶'], ['简体 | 繁体 | 无障碍 | 长辈版'],
    ]
    return [(x, 'accessibility') for x in r.choice(pool)]


def b_robot(c):
    r = c.r
    pool = [
        ['智能问答', '您好！我是%s政务小助手“%s”，有什么可以帮您？' % (c.county, r.choice(['小%s' % c.cshort[0], '政政', '小政', '通通'])), '请输入您要咨询的问题', '发送'],
        ['在线咨询', '人工客服'], ['🤖 智能客服'], ['猜你想问：政府工作报告在哪里看？', '热点问题：如何申请政府信息公开？'],
        ['智能机器人 ×', '常见问题　|　办事指南　|　留言咨询'],
    ]
    return [(x, 'robot') for x in r.choice(pool)]


def b_footer(c, org=None):
    r = c.r
    org = org or c.county + '人民政府'
    icp = '%sICP备%s号-%d' % (c.prov_ab, c.digits(8), r.randint(1, 5))
    ga = '%s公网安备 %s号' % (c.prov_ab, c.digits(14))
    pool = [
        '主办单位：%s办公室　承办单位：%s大数据中心' % (org, c.county), '主办：%s　　运维：%s融媒体中心' % (org, c.cshort),
        '网站标识码：%s　%s' % (c.digits(10), icp), icp, ga, '网站标识码%s' % c.digits(10),
        '地址：%s%s路%d号　邮编：%s　电话：0%d-%s' % (c.county, r.choice(['人民', '新华', '解放', '建设', '文化', '府前']), r.randint(1, 399), c.digits(6), r.randint(510, 898), c.digits(8)),
        '版权所有 © %d %s　All Rights Reserved' % (c.date.year, org), 'Copyright©%d-%d %s 版权所有' % (c.date.year - r.randint(3, 9), c.date.year, org),
        '建议使用1920×1080分辨率，IE10以上版本浏览器', '您是本站第 %d 位访客' % r.randint(100000, 9999999), '网站地图 | 联系我们 | 使用帮助 | 隐私声明',
        '关于我们　|　联系方式　|　网站声明', '技术支持：%s网络科技有限公司' % r.choice(['华政', '云智', '中软', '数政', '新视界']), '[党政机关]',
        '未经授权禁止复制或建立镜像', '编辑：%s　校对：%s　审核：%s' % (c.name(), c.name(), c.name()),
    ]
    out = [(x, 'footer') for x in r.sample(pool, r.randint(2, 5))]
    if r.random() < .3:
        out.insert(0, (r.choice(['— END —', '【完】', '（完）', '- THE END -', '[责任编辑：%s]' % c.name()]), 'footer'))
    return out


def b_related(c, head=None):
    r = c.r
    heads = ['相关阅读', '相关推荐', '延伸阅读', '热点推荐', '猜你喜欢', '推荐阅读', '相关文章', '往期回顾', '热门文章', '【相关链接】', '相关新闻：', '更多>>']
    y = c.date.year
    items = [
        '%s召开%d年度民主生活会' % (c.county + '人民政府党组', y - 1), '%s第十八届人大第四次会议胜利闭幕' % c.county,
        '图解：一图读懂%d年%s政府工作报告' % (y, c.cshort), '%s：数说过去一年的发展成就' % c.cshort, '政府工作报告中的这些民生实事，与你我息息相关。',
        '%s%d年国民经济和社会发展统计公报' % (c.county, y - 1), '关于%d年%s财政预算执行情况的报告' % (y - 1, c.county),
        '代表委员热议政府工作报告', '%s召开党史学习教育总结会' % c.town, '%d年%s重点项目集中开工' % (y, c.cshort),
        '“新春第一会”：%s吹响高质量发展冲锋号' % c.cshort, '学习强国号｜%s：聚力打造宜居宜业和美乡村' % c.town,
        '一张表看懂今年%s的十件民生实事' % c.cshort, '视频｜%s代表谈报告：字字实在、句句暖心' % c.name(), '政策解读：%s' % c.title[:14],
        '%s关于印发%d年度重点工作任务分解方案的通知' % (c.county + '人民政府办公室', y), '%s召开全体会议 部署今年重点工作' % (c.county + '人民政府'),
    ]
    out = [(head or r.choice(heads), 'related')]
    fmt = r.choice(['plain', 'dot', 'date', 'num', 'dash'])
    for i, it in enumerate(r.sample(items, r.randint(3, 6)), 1):
        if fmt == 'dot':
            it = '· ' + it
        elif fmt == 'date':
            it = it + sp(r) + c.d(r.choice(['-', 'md', '.']))
        elif fmt == 'num':
            it = '%d. %s' % (i, it)
        elif fmt == 'dash':
            it = '— ' + it
        out.append((it, 'related'))
    return out


def b_prevnext(c):
    r = c.r
    y = c.date.year
    a = '%s关于%d年度法治政府建设情况的报告' % (c.county + '人民政府', y - 1)
    b = '%s%d年政府信息公开工作年度报告' % (c.county + '人民政府', y - 1)
    pool = [['上一篇：' + a, '下一篇：' + b], ['上一条：' + a, '下一条：没有了'], ['← ' + a, b + ' →'], ['上一篇', '下一篇'], ['Previous: ' + a, 'Next: ' + b], ['下一篇 》' + b]]
    return [(x, 'prevnext') for x in r.choice(pool)]


def b_comments(c, platform='web'):
    r = c.r
    out = []
    out.append((r.choice(['评论', '全部评论（%d）' % r.randint(1, 99), '网友评论', '精选留言', '热门评论', '%d 条评论' % r.randint(2, 88), '留言区', '写评论...', '发表评论']), 'comments'))
    says = ['支持！报告实实在在，点赞', '希望早日落实到位', '干货满满，收藏了', '我们县今年的变化真大', '期待交通项目早日开工', '学习了',
            '报告里提到的教育投入很暖心👍', '什么时候能把我们村的路修一下', '好', '打卡学习第%d天' % r.randint(2, 300), '已学习，谢谢分享',
            '求PDF版本', '楼主辛苦了', '加油！', '这个数据有出处吗？', '转发学习']
    for say in r.sample(says, r.randint(1, 4)):
        who = c.name() if r.random() < .5 else r.choice(['用户', '网友', 'u_', '微信用户', '匿名']) + c.digits(r.randint(3, 6))
        style = r.randint(0, 3)
        if style == 0:
            out.append(('%s：%s' % (who, say), 'comments'))
        elif style == 1:
            out.append((who, 'comments'))
            out.append((say, 'comments'))
            out.append(('%s　%s　回复　赞 %d' % (c.d('md'), r.choice(['浙江', '湖南', '山东', '四川', '河北', '安徽']), r.randint(0, 80)), 'comments'))
        elif style == 2:
            out.append(('%s %s IP属地：%s' % (who, c.d('yy'), r.choice(['江苏', '湖北', '北京', '广东', '云南'])), 'comments'))
            out.append((say, 'comments'))
        else:
            out.append(('%s　%s' % (who, say), 'comments'))
            out.append(('回复　%d赞' % r.randint(0, 30), 'comments'))
    if r.random() < .4:
        out.append((r.choice(['查看更多评论 >', '展开更多回复', '没有更多了', '已显示全部评论', '登录后参与评论']), 'comments'))
    return out


def b_disclaimer(c, platform=None):
    r = c.r
    platform = platform or r.choice(['本平台', '本站', '本号'])
    pool = [
        '免责声明：本文转自网络，版权归原作者所有，如有侵权请联系删除。',
        '声明：%s所载内容仅供学习参考，不构成任何建议。' % platform,
        '特别声明：本文为%s用户上传并发布，%s仅提供信息发布平台。' % (platform, platform),
        '版权声明：本文系转载，转载目的在于传递更多信息，并不代表本站赞同其观点。',
        '本文仅代表作者观点，不代表%s立场。' % platform,
        '文中图片来源于网络，如涉及版权问题请联系我们及时处理。',
        '【免责声明】文章内容如有错误或侵权，请联系后台处理。',
        '* 内容来源于公开资料，仅作学习交流使用。',
    ]
    out = [(x, 'disclaimer') for x in r.sample(pool, r.randint(1, 2))]
    if r.random() < .5:
        out[0] = (r.choice(['声明：', '免责声明：', '【声明】', '特别说明：', '版权声明：', '']) + r.choice([
            '本文内容整理自%s公开发布的信息' % r.choice(['政府网站', '官方渠道', '%s人民政府网' % c.county]),
            '本文转载自“%s”' % r.choice([c.cshort + '发布', c.cshort + '融媒', '学习平台']),
            '文章来源于网络公开资料']) + '，' + r.choice([
            '如有侵权，请联系我们删除。', '仅供学习交流，不作商业用途。', '版权归原作者所有。', '观点不代表本平台立场。', '转载请注明出处。']), 'disclaimer')
    return out


def b_follow(c, acct=None):
    r = c.r
    acct = acct or c.cshort + '发布'
    pool = [
        '点击上方蓝字“%s”关注我们' % acct, '↑ 点击上方“%s”，关注我们' % acct, '关注我们，获取更多权威信息', '长按下方二维码关注“%s”' % acct,
        '喜欢就点个“在看”吧 👇', '觉得有用？点赞、在看、转发三连吧', '+ 关注', '已关注', '关注作者', '关注 %s，第一时间获取政策资讯' % acct,
        '★星标“%s”，不错过每一条推送' % acct, '更多资讯请关注%s微信公众号' % c.county, '关注TA', '点击关注，一起学习',
    ]
    return [(x, 'follow') for x in r.sample(pool, r.randint(1, 2))]


def b_link(c, url):
    r = c.r
    pool = ['原文链接：' + url, '阅读原文', '本文地址：' + url, url, '[查看原文](%s)' % url, '来源链接：' + url, '点击“阅读原文”查看报告全文',
            '转载请注明出处：' + url, '链接：' + url + '  提取码：' + c.digits(4)]
    return [(r.choice(pool), 'link')]


def b_tags(c):
    r = c.r
    tags = ['政府工作报告', '两会', c.cshort, '政务公开', '高质量发展', '民生', '%d两会' % c.date.year, '学习', '公文', '乡村振兴']
    pick = r.sample(tags, r.randint(2, 5))
    fmt = r.randint(0, 3)
    if fmt == 0:
        return [('标签：' + ' '.join(pick), 'tags')]
    if fmt == 1:
        return [(' '.join('#' + t for t in pick), 'tags')]
    if fmt == 2:
        return [('关键词：' + '；'.join(pick), 'tags')]
    return [('#' + t + '#', 'tags') for t in pick[:2]]


def b_attachment(c):
    r = c.r
    y = c.date.year
    pool = [
        ['附件：', '1. %s.pdf' % c.title, '2. %s政府工作报告（图解）.jpg' % c.cshort], ['相关附件：%s.docx' % c.title[:16]],
        ['附件下载：', '%s（全文）.pdf　（%d KB）' % (c.title, r.randint(120, 2400))],
        ['📎 %s.doc　下载次数：%d' % (c.title[:14], r.randint(3, 900))], ['附件【%s.pdf】已下载%d次' % (c.title[:14], r.randint(3, 900))],
        ['附件1：%d年%s民生实事项目表.xlsx' % (y, c.cshort), '附件2：名词解释.docx'],
        ['相关文件：', '%s.wps' % c.title[:12]],
    ]
    return [(x, 'attachment') for x in r.choice(pool)]


def b_html(c):
    r = c.r
    pool = ['<p style="text-indent:2em;">', '</p>', '&nbsp;', '<br/>', '</div>', '<div class="TRS_Editor">', '<!--startprint-->',
            '<!--endprint-->', '{{article.content}}', 'javascript:void(0);', '<span style="font-family:仿宋_GB2312;">', '</span>',
            '&emsp;&emsp;', '<section data-role="paragraph">', '</section>', '[/img]', '$(function(){ loadShare(); });', '<o:p></o:p>',
            '<!-- 正文结束 -->', '<td>&nbsp;</td>']
    return [(x, 'html_residue') for x in r.sample(pool, r.randint(1, 3))]


def b_paywall(c):
    r = c.r
    pool = [
        ['剩余 %d%% 内容付费后可查看' % r.randint(40, 90), '立即购买 ¥%d.00' % r.randint(1, 29)], ['开通VIP，免费下载全文'], ['试读已结束，如需继续阅读或下载，请开通会员'],
        ['—— 以上为部分预览内容 ——', '下载全文需 %d 积分' % r.randint(2, 50)], ['付费内容，购买后可查看剩余全部内容'], ['本文档仅提供部分内容试读，如需完整文档请下载'],
        ['开通会员 ￥%d/月 畅享海量文档' % r.randint(9, 39)], ['该内容为付费内容，已有%d人购买' % r.randint(3, 600)],
    ]
    return [(x, 'paywall') for x in r.choice(pool)]


def b_reward(c):
    r = c.r
    pool = [['喜欢作者'], ['赞赏', '已有%d人赞赏' % r.randint(1, 99)], ['¥ 赞赏支持'], ['请作者喝杯咖啡 ☕'], ['打赏', '%d人打赏' % r.randint(1, 40)],
            ['❤ 鼓励一下作者']]
    return [(x, 'reward') for x in r.choice(pool)]


def b_watermark(c, site):
    r = c.r
    pool = ['%s  %s' % (site, r.choice(['www.doc88.com', 'max.book118.com', 'www.docin.com', 'wenku.so.com'])), '本文档下载自%s' % site,
            '仅供个人学习使用 严禁商用', '原创力文档 · 知识共享 实现价值', '精品文档 欢迎下载', '收集于网络，如有侵权请联系管理员删除',
            '可编辑 word 版', '第一范文网 整理', '仅供学习与交流，如有侵权请联系网站删除 谢谢', 'WORD格式 可编辑', '专业资料分享']
    return [(r.choice(pool), 'watermark')]


# ------------------------------------------------------------------ styles

def url_for(c, style):
    r = c.r
    py = ''.join(r.choice('abcdefghjklmnpqrstwxyz') for _ in range(r.randint(2, 5)))
    if style == 'county':
        return 'http://www.%s.gov.cn/art/%d/%d/%d/art_%d_%s.html' % (py, c.date.year, c.date.month, c.date.day, r.randint(1000, 9999), c.digits(7))
    if style == 'wechat':
        return 'https://mp.weixin.qq.com/s/' + ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(22))
    if style == 'selfmedia':
        return r.choice(['https://www.zhihu.com/question/%s' % c.digits(9), 'https://baijiahao.baidu.com/s?id=17%s' % c.digits(17),
                         'https://www.sohu.com/a/%s_%s' % (c.digits(9), c.digits(6))])
    if style == 'partycloud':
        return 'https://www.%sdj.gov.cn/content/%s.html' % (py, c.digits(8))
    return 'https://www.%s.com/p-%s.html' % (py, c.digits(10))


def county_head(c, site, url, v):
    r = c.r
    out = []
    if r.random() < .3:
        out.append(('cookie', b_cookie(c)))
    top = []
    if r.random() < .6:
        top.append(r.choice(['今天是%s %s' % (c.d('cn'), c.week()), '%s　%s' % (c.d('cn'), c.week()), '欢迎访问%s门户网站' % site,
                             '%s　|　%s' % (c.d('cn0'), r.choice(['晴 3~12℃', '多云 -2~8℃', '小雨 6~10℃']))]))
    out.append(('topbar', [(x, 'nav') for x in top] + b_accessibility(c) + (b_login(c) if r.random() < .5 else [])))
    if r.random() < .3:
        out.append(('app_banner', b_gov_app(c)))
    out.append(('sitename', [(r.choice([site, site + '门户网站', '%s  %s' % (site, 'www.%s.gov.cn' % ''.join(r.choice('abcdefghjkmnpqrstwxyz') for _ in range(4)))]), 'nav')]
               + ([(r.choice(['请输入关键词', '搜索', '全站搜索 🔍', '高级检索']), 'nav')] if r.random() < .7 else [])))
    menu = ['首页', '政务公开', '政务服务', '互动交流', '走进' + c.cshort, '专题专栏', '数据开放', '新闻中心']
    if r.random() < .5:
        menu = r.sample(menu, len(menu))[:r.randint(5, 8)]
    m = join_or_split(r, menu, 'nav')
    if r.random() < .3:
        m.append((r.choice(['HOME　OPEN GOVERNMENT　SERVICE　INTERACTION', 'SHOUYE  ZHENGWU GONGKAI  ZHENGWU FUWU', 'Home | Government | Service']), 'nav'))
    out.append(('menu', m))
    # 政务公开 column
    if r.random() < .75:
        col = ['政府信息公开', '信息公开指南', '信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '政策文件', '规划计划', '财政资金', '政府工作报告']
        g = [(r.choice(['政府信息公开目录', '政务公开', '信息公开', '【政府信息公开】', '公开目录']), 'nav')]
        g += join_or_split(r, r.sample(col, r.randint(4, 8)), 'nav')
        out.append(('gkcolumn', g))
    bc = [r.choice(['首页', '网站首页', '主页', 'Home', '🏠']), r.choice(['政务公开', '信息公开', '政府信息公开', '政务公开专栏'])]
    bc += r.sample(['法定主动公开内容', '政府信息公开目录', '政策文件', '%s政府' % c.cshort, '县政府办', '乡镇信息公开', c.town],
                   r.randint(0, 2))
    bc.append(r.choice(['政府工作报告', '计划总结', '重要讲话', '其他文件', '规划计划', '工作报告', '年度工作', '正文', '详情']))
    sep = r.choice(['>', ' > ', '＞', ' » ', '/', ' → ', '>>', ' - ', ' ＞ ', '›', ' | '])
    if r.random() < .25:
        b = []
        for i, x in enumerate(bc):
            b.append((x, 'breadcrumb'))
            if i < len(bc) - 1:
                b.append((sep.strip(), 'breadcrumb'))
    else:
        b = [(r.choice(['当前位置：', '您现在的位置：', '位置：', '', '您所在的位置：', '当前位置: ', '▎', '📍']) + sep.join(bc), 'breadcrumb')]
        if r.random() < .15:
            b = [('[%s](/%s)' % (x, 'index' if i == 0 else 'col%d' % r.randint(100, 999)), 'breadcrumb') for i, x in enumerate(bc)]
            b = [(' > '.join(t for t, k in b), 'breadcrumb')]
    out.append(('breadcrumb', b))
    if r.random() < .7:
        out.append(('gkmeta', b_gkmeta(c)))
    out.append(('title', b_title(c, site)))
    md = []
    src = r.choice(['县政府办公室', '%s融媒体中心' % c.cshort, '县发展和改革局', site, '%s人民政府办公室' % c.county])
    md += join_or_split(r, ['发布时间：%s %s' % (c.d('-'), c.t(r.random() < .5)), '来源：' + src, '浏览次数：%d' % c.views], 'metadata')
    if r.random() < .4:
        md.append(('作者：%s' % r.choice([c.name(), '本站', '综合处']), 'metadata'))
    out.append(('metadata', md))
    if r.random() < .6:
        out.append(('fontsize', b_fontsize(c)))
    if r.random() < .3:
        out.append(('audio', b_audio(c)))
    if r.random() < .3:
        out.append(('intro', [(r.choice(['内容概述：', '摘要：', '【内容摘要】', '简介：']) + r.choice([
            '%s，共%d个部分。' % (c.title, r.randint(3, 6)), '本报告回顾了过去一年的政府工作，提出了今年的目标任务和工作重点。',
            '%s经%s审议通过，现予公开。' % (c.title, c.county + '人民代表大会'), '政府工作报告全文。']), 'intro')]))
    return out


def b_gkmeta(c):
    r = c.r
    items = [
        ('索引号', '%s/%d-%s' % (c.digits(9) + r.choice('0123456789X'), c.date.year, c.digits(5))), ('信息分类', r.choice(['政府工作报告', '综合政务', '计划总结'])),
        ('发布机构', r.choice(['县政府办公室', '%s人民政府' % c.county, '区政府办'])), ('生成日期', c.d('-')), ('公开方式', '主动公开'),
        ('有效性', '有效'), ('文号', ''), ('主题分类', '综合政务\\其他'), ('公开范围', '全部公开'), ('组配分类', '政府工作报告'),
        ('公开时限', '常年公开'), ('体裁分类', '报告'),
    ]
    pick = r.sample(items, r.randint(4, 8))
    shape = r.randint(0, 3)
    if shape == 0:
        return [('%s：%s' % kv, 'metadata') for kv in pick]
    if shape == 1:
        lab = r.choice(['　', ' '])
        return [(lab.join(k) + '：' + v if len(k) == 3 else k + '：' + v, 'metadata') for k, v in pick]
    if shape == 2:
        rows = []
        for i in range(0, len(pick), 2):
            rows.append(('\t'.join('%s\t%s' % kv for kv in pick[i:i + 2]), 'metadata'))
        return rows
    out = []
    for k, v in pick:
        out.append((k, 'metadata'))
        if v:
            out.append((v, 'metadata'))
    return out


def county_tail(c, site, url, v):
    r = c.r
    out = []
    if r.random() < .4:
        out.append(('attachment', b_attachment(c)))
    if r.random() < .4:
        out.append(('jiedu', [(r.choice(['【相关解读】', '解读：']) + r.choice(['一图读懂', '图解', '文字解读：']) + c.title[:12], 'related')]))
    out.append(('actions', b_actions(c)))
    if r.random() < .5:
        out.append(('share', b_share(c)))
    if r.random() < .5:
        out.append(('qr', b_qr(c)))
    if r.random() < .4:
        out.append(('feedback', b_feedback(c)))
    if r.random() < .5:
        out.append(('prevnext', b_prevnext(c)))
    if r.random() < .6:
        out.append(('related', b_related(c)))
    if r.random() < .45:
        out.append(('robot', b_robot(c)))
    out.append(('footer', b_footer(c)))
    if r.random() < .3:
        out.append(('print_header', b_print_header(c, url, r.randint(2, 5))))
    return out


PARTY_APPS = ['学习强国', '%s党建云', '先锋e家', '红岩党建', '灯塔-党建在线', '浙里党建', '智慧党建', 'e支部', '党员e家', '%s先锋', '学习平台']


def party_head(c, site, url, v):
    r = c.r
    out = []
    if r.random() < .5:
        out.append(('appbar', [(x, 'nav') for x in r.choice([['< 返回', site, '···'], ['‹', '文章详情', '分享'], ['首页　学习　视频学习　我的'], ['×  ' + site]])]))
    if r.random() < .5:
        out.append(('menu', join_or_split(r, r.sample(['首页', '党建要闻', '学习园地', '三会一课', '组织生活', '党员教育', '党费缴纳', '先锋风采', '积分管理', '在线答题'], r.randint(4, 8)), 'nav')))
    if r.random() < .4:
        out.append(('login', b_login(c)))
    if r.random() < .2:
        out.insert(0, ('cookie', b_cookie(c)))
    if r.random() < .4:
        out.append(('breadcrumb', [(r.choice(['首页 > 学习园地 > 理论学习', '学习园地 / 政策文件', '当前位置：首页 >> 党建要闻 >> 正文', '1. 首页 / 2. 学习资料 / 3. 正文']), 'breadcrumb')]))
    out.append(('title', b_title(c, site)))
    md = [(r.choice(['来源：%s组织部' % c.county.replace('县', '县委').replace('市', '市委').replace('区', '区委'), '来源：“%s”学习平台' % c.prov, '来源：共产党员网',
                     '%s　%s' % (site, c.d('-')), '学习强国号 · %s' % c.county]), 'metadata')]
    if r.random() < .6:
        md.append((r.choice(['作者：%s　' % c.name() + c.d('-'), '%s %s' % (c.d('-'), c.t()), '发布时间：%s' % c.d('cn'), '%s 发布' % c.d('md')]), 'metadata'))
    if r.random() < .5:
        md.append((r.choice(['阅读 %s' % c.big(), '浏览量：%d' % c.views, '学习人数 %s' % c.big()]), 'metadata'))
    out.append(('metadata', md))
    if r.random() < .5:
        out.append(('study', b_study(c)))
    if r.random() < .3:
        out.append(('fontsize', b_fontsize(c)))
    if r.random() < .4:
        out.append(('audio', b_audio(c)))
    if r.random() < .35:
        out.append(('intro', b_intro(c)))
    return out


def b_study(c):
    r = c.r
    pool = [['本篇学习时长 %d 秒可得 1 积分' % r.randint(30, 240)], ['今日已获 %d 积分' % r.randint(1, 45), '查看积分规则'], ['学习时长 %02d:%02d' % (r.randint(0, 9), r.randint(0, 59))],
            ['文章学习 %d/6　视听学习 %d/6' % (r.randint(0, 6), r.randint(0, 6))], ['+1 积分'], ['本篇已学完，获得学分 0.5'], ['每日答题　每周答题　专项答题'],
            ['我的学习 ▶ 学习积分 %d' % r.randint(1000, 60000)]]
    return [(x, 'metadata') for x in r.choice(pool)]


def party_tail(c, site, url, v):
    r = c.r
    out = []
    if r.random() < .5:
        out.append(('study', b_study(c)))
    if r.random() < .3:
        out.append(('tags', b_tags(c)))
    out.append(('actions', [(x, 'share') for x in r.choice([['点赞 %d　收藏　分享' % r.randint(1, 500)], ['❤ %d　☆ 收藏　↗ 分享' % r.randint(1, 99)], ['观点　评论　分享'], ['评论 %d  点赞 %d' % (r.randint(0, 30), r.randint(0, 300))]])]))
    if r.random() < .5:
        out.append(('comments', b_comments(c)))
    if r.random() < .4:
        out.append(('disclaimer', b_disclaimer(c, site)))
    if r.random() < .5:
        out.append(('related', b_related(c, r.choice(['推荐学习', '相关学习资料', '你可能还想学', '专题学习', '更多文章']))))
    if r.random() < .3:
        out.insert(0, ('attachment', b_attachment(c)))
    if r.random() < .3:
        out.insert(0, ('link', b_link(c, url)))
    if r.random() < .35:
        out.append(('prevnext', b_prevnext(c)))
    if r.random() < .4:
        out.append(('app_banner', b_app_banner(c, site)))
    out.append(('footer', b_footer(c, c.county.replace('县', '县委').replace('市', '市委').replace('区', '区委') + '组织部')))
    return out


def wechat_head(c, site, url, v):
    r = c.r
    out = []
    weibo = v.get('weibo')
    if weibo:
        top = [(r.choice(['微博', '< 微博正文', '首页　热门　视频　发现　消息']), 'nav')]
        if r.random() < .5:
            top.append((r.choice(['打开微博 App，看更多精彩', '微博 App 内打开']), 'app_banner'))
        out.append(('weibo_top', top))
        md = [(site + r.choice([' V', '', ' 🔰', '  官方微博']), 'metadata'),
              ('%s %s 来自 %s' % (c.d('yy'), c.t(), r.choice(['微博 weibo.com', 'iPhone客户端', '微博视频号', 'HUAWEI Mate 60'])) + r.choice(['', ' 已编辑']), 'metadata')]
        if r.random() < .5:
            md.append(('+关注', 'follow'))
        out.append(('weibo_meta', md))
        if r.random() < .7:
            out.append(('weibo_title', [('【%s】#%s# %s' % (c.title[:16], c.cshort + '两会', r.choice(['今天上午，报告全文来了↓', '一起来看！', '全文→'])), 'title_repeat')]))
        return out
    if r.random() < .3:
        out.append(('follow', b_follow(c, site)))
    out.append(('title', b_title(c, site)))
    md = []
    shape = r.randint(0, 3)
    if shape == 0:
        md.append(('原创 %s %s %s %s 发表于%s' % (r.choice([site, c.name()]), site, c.d('-'), c.t(), c.prov), 'metadata'))
    elif shape == 1:
        md += [('原创', 'metadata'), (site, 'metadata'), ('%s %s' % (c.d('-'), c.t()), 'metadata')]
    elif shape == 2:
        md += [(site, 'metadata'), ('%s　%s' % (c.d('cn'), c.t()), 'metadata'), ('%s' % c.prov, 'metadata')]
    else:
        md.append(('%s　%s' % (site, c.d('-')), 'metadata'))
    if r.random() < .5:
        md.append((r.choice(['收录于合集 #政府工作报告 %d个' % r.randint(2, 40), '收录于话题 #%d两会' % c.date.year, '#学习 #报告全文']), 'metadata'))
    out.append(('meta_wechat', md))
    if r.random() < .5:
        out.append(('follow', b_follow(c, site)))
    if r.random() < .5:
        out.append(('intro', b_intro(c)))
    if r.random() < .35:
        out.append(('video', b_video(c)))
    return out


def wechat_tail(c, site, url, v):
    r = c.r
    out = []
    if v.get('weibo'):
        out.append(('weibo_bar', [(x, 'share') for x in r.choice([['转发 %d　评论 %d　赞 %d' % (r.randint(0, 900), r.randint(0, 300), r.randint(1, 5000))], ['收起全文 d'], ['O网页链接'], ['转发', '评论', '赞']])]))
        if r.random() < .4:
            out.append(('video', [('%s的微博视频' % site, 'video')] + b_video(c)[:1]))
        out.append(('comments', b_comments(c)))
        if r.random() < .5:
            out.append(('related', b_related(c, '相关推荐')))
        out.append(('footer', [(x, 'footer') for x in r.sample(['微博客服', '北京微梦创科网络技术有限公司', '京ICP证100780号', '违法和不良信息举报电话：4000520066', '网上有害信息举报专区', '帮助中心'], 3)]))
        return out
    if r.random() < .25:
        out.append(('attachment', [(x, 'attachment') for x in r.choice([['PDF全文下载：请在后台回复“报告”获取'], ['附件：%s.pdf' % c.title], ['点击文末“阅读原文”下载附件']])]))
    if r.random() < .5:
        out.append(('editors', [(r.choice(['来源：%s融媒体中心' % c.cshort, '来源丨%s政府办' % c.county, '素材来源：%s' % c.county + '人民政府网']), 'metadata'),
                                (r.choice(['编辑：%s　审核：%s' % (c.name(), c.name()), '编辑丨%s\n校对丨%s' % (c.name(), c.name()), '责编：%s　二审：%s　终审：%s' % (c.name(), c.name(), c.name())]), 'metadata')]))
    if r.random() < .4:
        out.append(('recommend', b_related(c, r.choice(['往期推荐', '▼ 往期精彩 ▼', '推荐阅读', '精彩回顾']))))
    out.append(('follow', b_follow(c, site)))
    if r.random() < .6:
        out.append(('qr', b_qr(c)))
    if r.random() < .4:
        out.append(('reward', b_reward(c)))
    out.append(('bar', [(x, 'share') for x in r.choice([['分享　收藏　点赞　在看'], ['阅读原文', '阅读 %s' % c.big(), '在看 %d' % r.randint(0, 99)], ['预览时标签不可点'], ['微信扫一扫', '关注该公众号'], ['继续滑动看下一个'], ['轻触阅读原文']])]))
    if r.random() < .5:
        out.append(('link', b_link(c, url)))
    if r.random() < .5:
        out.append(('comments', b_comments(c)))
    if r.random() < .3:
        out.append(('disclaimer', b_disclaimer(c, '本公众号')))
    if r.random() < .35:
        out.insert(r.randint(0, len(out)), ('tags', b_tags(c)))
    return out


def selfmedia_head(c, site, url, v):
    r = c.r
    out = []
    kind = v['platform']
    if kind == 'zhihu':
        out.append(('menu', join_or_split(r, ['首页', '会员', '发现', '等你来答'], 'nav') + [(r.choice(['搜索', '🔍 政府工作报告']), 'nav'), ('提问', 'nav')]))
        if r.random() < .6:
            out.append(('login', b_login(c)))
        q = r.choice(['如何评价%s？' % c.title, '%s全文在哪里可以看到？' % c.title, '%s有哪些值得关注的内容？' % c.title[:16], '怎么看%s里提到的目标？' % c.title[:14]])
        out.append(('question', [(q, 'title_repeat'), (r.choice(['关注问题　写回答　邀请回答', '关注问题  ✎ 写回答', '好问题 %d　添加评论　分享' % r.randint(1, 60)]), 'toolbar_actions'),
                                 ('被浏览 %s 次' % format(c.views * 3, ','), 'metadata'), (r.choice(['%d 个回答' % r.randint(2, 40), '查看全部 %d 个回答' % r.randint(2, 40)]), 'metadata')]))
        out.append(('answerer', [(c.name() if r.random() < .5 else r.choice(['政策观察员', '公考小助手', '县域经济研究', '理论学习笔记']), 'metadata'),
                                 (r.choice(['公共管理硕士', '关注县域发展', '体制内打工人', '政策研究爱好者']), 'metadata'),
                                 ('%d 人赞同了该回答' % r.randint(1, 3000), 'metadata')]))
    elif kind == 'baijia':
        out.append(('top', [(r.choice(['百度首页', '百家号', '百度一下']), 'nav'), (r.choice(['登录', '设置　登录']), 'login')]))
        out.append(('title', b_title(c, '百家号')))
        out.append(('author', [(r.choice(['%s观察' % c.cshort, '政策速递', '县域经济', '%s头条' % c.cshort]), 'metadata'),
                               ('%s %s%s' % (c.d(r.choice(['-', 'md'])), c.t(), r.choice(['', '·来自%s' % c.prov, ' 来自%s' % c.prov])), 'metadata')]
                   + ([(r.choice(['关注', '+关注', '已关注']), 'follow')] if r.random() < .6 else [])))
    else:
        out.append(('menu', join_or_split(r, ['搜狐首页', '新闻', '体育', '汽车', '房产', '旅游', '教育', '时尚', '科技', '财经', '娱乐', '更多'][:r.randint(6, 12)], 'nav')))
        out.append(('title', b_title(c, '搜狐')))
        out.append(('author', [('%s %s' % (c.d('-'), c.t()), 'metadata'), ('来源：%s' % r.choice([c.cshort + '微视', '公考资料库', '政务参考']), 'metadata')]
                   + [(x, 'metadata') for x in r.sample(['文章 %d' % r.randint(30, 2000), '总阅读 %s' % c.big(), '查看TA的文章>'], r.randint(0, 2))]))
    if r.random() < .45:
        out.append(('intro', b_intro(c)))
    if r.random() < .3:
        out.append(('toc', b_toc(c, with_pages=False)))
    if r.random() < .25:
        out.insert(0, ('cookie', b_cookie(c)))
    return out


def selfmedia_tail(c, site, url, v):
    r = c.r
    out = []
    kind = v['platform']
    if kind == 'zhihu':
        out.append(('edited', [(r.choice(['编辑于 %s %s・IP 属地%s' % (c.d('-'), c.t(), c.prov), '发布于 %s %s' % (c.d('-'), c.t()), '著作权归作者所有']), 'metadata')]))
        out.append(('bar', [(r.choice(['赞同 %d　　添加评论' % r.randint(1, 999), '▲ 赞同 %d  ▼' % r.randint(1, 999)]), 'share'), (r.choice(['分享　收藏　喜欢', '分享 · 收藏 · 喜欢 · 举报']), 'share')]))
        if r.random() < .6:
            out.append(('comments', b_comments(c)))
        out.append(('more', [(r.choice(['查看全部 %d 个回答' % r.randint(2, 40), '更多回答', '下一个回答']), 'related')]))
        if r.random() < .5:
            out.append(('app_banner', b_app_banner(c, '知乎')))
        out.append(('footer', [(x, 'footer') for x in r.sample(['刘看山', '知乎指南', '知乎协议', '知乎隐私保护指引', '应用', '工作', '申请开通知乎机构号', '侵权举报', '网上有害信息举报专区', '京 ICP 证 110745 号', '违法和不良信息举报：010-82716601', '联系我们 © %d 知乎' % c.date.year], r.randint(3, 6))]))
    elif kind == 'baijia':
        if r.random() < .4:
            out.append(('link', b_link(c, url)))
        out.append(('report', [(r.choice(['举报/反馈', '举报', '投诉']), 'feedback')]))
        out.append(('disclaimer', b_disclaimer(c, '百家号')))
        if r.random() < .6:
            out.append(('related', b_related(c, r.choice(['为你推荐', '作者最新文章', '相关推荐']))))
        if r.random() < .5:
            out.append(('app_banner', b_app_banner(c, '百度')))
        out.append(('footer', [(x, 'footer') for x in r.sample(['使用百度前必读', '意见反馈', '京ICP证030173号', '©%d Baidu' % c.date.year, '京公网安备11000002000001号'], 3)]))
        if r.random() < .4:
            out.insert(1, ('reward', b_reward(c)))
        if r.random() < .5:
            out.insert(1, ('tags', b_tags(c)))
    else:
        out.append(('back', [(r.choice(['返回搜狐，查看更多', '返回搜狐 查看更多']), 'nav')]))
        out.append(('editor', [('责任编辑：%s' % r.choice(['', c.name()]), 'metadata')]))
        out.append(('disclaimer', [(r.choice(['平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', '声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。']), 'disclaimer')]))
        out.append(('read', [('阅读 (%d)' % c.views, 'metadata')]))
        if r.random() < .5:
            out.insert(0, ('tags', b_tags(c)))
        if r.random() < .6:
            out.append(('related', b_related(c, '推荐阅读')))
        if r.random() < .5:
            out.append(('comments', b_comments(c)))
    return out


DOCSITES = ['道客巴巴', '原创力文档', '豆丁网', '360文库', '淘豆网', 'docin豆丁', '文档投稿网', '人人文库']


def docshare_head(c, site, url, v):
    r = c.r
    out = []
    ext = r.choice(['pdf', 'docx', 'doc', 'wps'])
    if site == '道客巴巴':
        out.append(('menu', join_or_split(r, ['道客巴巴', '首页', '文档', '专辑', '频道', '帮助', '上传'], 'nav')))
    elif site == '原创力文档':
        out.append(('menu', [('原创力文档', 'nav'), (r.choice(['知识共享，实现财富', 'max.book118.com']), 'nav')] + join_or_split(r, ['首页', '分类', 'VIP专区', '上传赚钱', '我的'], 'nav')))
    else:
        out.append(('menu', join_or_split(r, [site, '首页', '分类', '排行', '专题', '会员'], 'nav')))
    if r.random() < .5:
        out.append(('login', b_login(c)))
    if r.random() < .4:
        out.append(('breadcrumb', [(r.choice(['首页 > 行业资料 > 政府/行政', '当前位置：首页 > 办公文档 > 工作报告', '文库 / 公文 / 政府工作报告', '首页>>党团工作>>工作报告']), 'breadcrumb')]))
    out.append(('title', [(c.title + '.' + ext, 'title_repeat')] if r.random() < .6 else b_title(c, site)))
    md = [('%s：%s' % kv, 'metadata') for kv in r.sample([
        ('文档格式', '.' + ext), ('文档页数', '%d页' % c.n_pages), ('文档大小', '%.1fK' % (r.randint(300, 30000) / 10)), ('上传时间', c.d('-')),
        ('上传者', r.choice(['u_' + c.digits(6), c.name() + c.digits(2), '文档小帮手', 'hdj' + c.digits(4)])), ('浏览', str(c.views)), ('下载', str(r.randint(0, 300))),
        ('文档分类', '行业资料 -- 政府/行政'), ('价格', '%d 积分' % r.randint(1, 30)), ('内容提供方', c.name() + c.digits(3)), ('认证类型', r.choice(['个人认证', '机构认证'])),
        ('发布时间', c.d('-')), ('贡献者', c.name())], r.randint(3, 6))]
    if r.random() < .5:
        md = [(sp(r).join(x for x, k in md), 'metadata')]
    out.append(('metadata', md))
    if r.random() < .5:
        out.append(('actions', [(r.choice(['下载文档 | 收藏 | 打印 | 转格式 | 分享', '下载　收藏　举报', '⬇ 下载本文档　☆ 收藏', '在线阅读　|　下载']), 'toolbar_actions')]))
    if r.random() < .4:
        out.append(('intro', b_intro(c)))
    if r.random() < .5:
        out.append(('toc', b_toc(c)))
    if r.random() < .25:
        out.insert(0, ('cookie', b_cookie(c)))
    if r.random() < .4:
        out.append(('viewer', [(r.choice(['1 / %d' % c.n_pages, '第 1 页 / 共 %d 页' % c.n_pages, '%d页' % c.n_pages]), 'pagination'),
                               (r.choice(['放大　缩小　全屏', '适合宽度 ▼', '100%　－　＋', '⊕ ⊖ ⛶']), 'toolbar_actions')]))
    return out


def docshare_tail(c, site, url, v):
    r = c.r
    out = []
    if r.random() < .6:
        out.append(('paywall', b_paywall(c)))
    out.append(('endnote', [(r.choice(['已阅读到文档的结尾了呢~~', '还剩%d页未读，继续阅读' % r.randint(2, 30), '— 预览已结束 —', '亲，该文档总共%d页，到这儿已超出免费预览范围' % c.n_pages,
                                     '下载文档到电脑，查找使用更方便', '点击查看更多>>', '免费在线预览全文']), 'paywall')]))
    if r.random() < .6:
        out.append(('download', [(x, 'toolbar_actions') for x in r.choice([['立即下载', '分享给朋友？'], ['下载文档'], ['VIP免费下载', '付费下载 ¥%d' % r.randint(2, 25)], ['⬇ 下载（%d积分）' % r.randint(1, 20)]])]))
    if r.random() < .6:
        out.append(('disclaimer', [(r.choice([
            '本文档由用户上传，版权归属用户，%s负责整理代发布。如果您对本文档版权有争议请及时联系客服。' % site,
            '下载提示：1. 本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的反悔问题本站不予受理。',
            '版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领。',
            '温馨提示：本文档仅供参考，下载后可编辑。',
            '关于本文', ]), 'disclaimer')]))
    if r.random() < .6:
        out.append(('related', b_related(c, r.choice(['该用户还上传了这些文档', '相关文档', '最近下载', '猜你喜欢', '热门文档']))))
    out.append(('footer', [(x, 'footer') for x in r.sample(['关于我们', '帮助中心', '联系客服', '用户协议', '隐私政策', '版权申诉', '%s © %d' % (site, c.date.year), '%sICP备%s号' % (c.prov_ab, c.digits(8)), '客服热线：400-%s' % c.digits(7)], r.randint(2, 5))]))
    return out


def word_head(c, site, url, v):
    r = c.r
    out = []
    org = v['org']
    if r.random() < .5:
        out.append(('wordjunk', [(r.choice(['[键入文字]', 'Evaluation Warning: The document was created with Spire.Doc for .NET.', '精品文档', '仅供参考', 'WORD格式 可编辑', '\u3000\u3000\u3000\u3000' + org + '文件']), r.choice(['watermark', 'running_header']))]))
    if r.random() < .5:
        out.append(('redhead', [(r.choice([org + '文件', org + '办公室文件', org + ' 文 件', org.replace('人民政府', '') + '政府文件']), 'running_header')]))
    if r.random() < .4:
        out.append(('docno', [(r.choice(['%s政发〔%d〕%d号' % (c.cshort, c.date.year, r.randint(1, 40)), '%s政办〔%d〕%d号' % (c.cshort, c.date.year, r.randint(1, 90))]), 'metadata')]))
    if r.random() < .5:
        out.append(('title', b_title(c, org, 1)))
    if r.random() < .6:
        out.append(('toc', b_toc(c)))
    return out


def word_tail(c, site, url, v):
    r = c.r
    org = v['org']
    out = []
    if r.random() < .4:
        out.append(('attachment', [(x, 'attachment') for x in r.choice([
            ['附件：1．%d年重点工作任务分解表' % c.date.year, '　　　2．%d年民生实事项目清单' % c.date.year],
            ['附件：名词解释'], ['附件1', '附件2'], ['附件：%s' % c.title[:14] + '（图解）']])]))
    if r.random() < .5 and '（此件公开发布）' not in c.paras[c.s:c.e + 1]:
        out.append(('open', [(r.choice(['（此件主动公开）', '（此件依申请公开）', '（此件不公开）', '公开方式：主动公开']), 'banji')]))
    lines = []
    if r.random() < .6:
        lines.append(r.choice(['主题词：政府工作　报告　通知', '主题词：经济管理　工作报告', '关键词：政府工作报告']))
    lv = '县' if org.startswith(c.county) and c.county.endswith('县') else '区' if org.endswith('区人民政府') else '省' if '省' in org else '市'
    lines.append(r.choice(['抄送：%s委各部门，%s人大常委会办公室，%s政协办公室，%s法院，%s检察院，%s人武部。' % ((lv,) * 6),
                           '抄送：%s委办公室，%s人大常委会办公室，%s政协办公室。' % (c.cshort, c.cshort, c.cshort) if lv == '县' else '抄送：%s委办公室，%s人大常委会办公室，%s政协办公室。' % (lv, lv, lv),
                           '抄送：上级政府办公室，%s委办，%s人大办，%s政协办。' % (lv, lv, lv), '抄　送：各乡镇人民政府、街道办事处，%s直各单位。' % lv]))
    if org.startswith('国务院'):
        lines[-1] = r.choice(['抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，最高人民法院，最高人民检察院，各民主党派中央。',
                              '抄送：党中央各部门，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院。',
                              '抄送：中央和国家机关各部门，各人民团体。'])
    lines.append(r.choice(['%s办公室　　　　　　　　%s印发' % (org, c.d('cn')), '%s办公室 %s印发' % (org, c.d('cn')), '%s党政办公室　　%s 印发' % (c.town, c.d('cn'))]))
    if org.startswith('国务院'):
        lines[-1] = r.choice(['国务院办公厅秘书局　　　　　　　%s印发' % c.d('cn'), '国务院办公厅秘书局 %s 印发' % c.d('cn')])
    if r.random() < .5:
        lines.append(r.choice(['（共印%d份）' % r.randint(20, 120), '校对：%s' % c.name(), '（共印%d份）　　校对：%s' % (r.randint(20, 120), c.name())]))
    if r.random() < .5:
        rule = r.choice(['————————————————————————', '━━━━━━━━━━━━━━━', '-----------------------------------'])
        lines = [rule] + lines[:-1] + [rule] + lines[-1:]
    out.append(('banji', [(x, 'banji') for x in lines]))
    if r.random() < .5:
        last = v.get('last_page', r.randint(2, 20))
        out.append(('wordfoot', [(r.choice([v['pageform'](last), '第 %d 页 共 %d 页' % (last, last), '%d' % last]), 'pagination')]
                   + ([(r.choice(['仅供学习与交流，如有侵权请联系网站删除 谢谢%d' % r.randint(2, 30), '精品文档 可编辑', '收集于网络，如有侵权请联系管理员删除']), 'watermark')] if r.random() < .6 else [])))
    return out


def pdf_head(c, site, url, v):
    r = c.r
    out = []
    if v.get('viewer'):
        out.append(('viewer', [(r.choice([site, '%s - PDF 阅读器' % c.title[:12], '在线预览 · ' + site]), 'nav'), ('1 / %d' % c.n_pages, 'pagination'),
                               (r.choice(['－　%d%%　＋' % r.choice([75, 100, 125]), '缩放  适合页宽', '下载　打印　全屏', '⤓ ⎙ ⛶']), 'toolbar_actions')]))
    if v.get('printed'):
        out.append(('print_header', [(v['print_head'], 'print_header')]))
    if r.random() < .5:
        out.append(('title', b_title(c, site)))
    if r.random() < .4:
        out.append(('toc', b_toc(c)))
    return out


def pdf_tail(c, site, url, v):
    r = c.r
    out = []
    if r.random() < .4:
        out.append(('watermark', b_watermark(c, site)))
    if v.get('printed'):
        out.append(('print_header', [(v['print_foot'] % (url, v['last_page'], v['printed_total']), 'print_header')]))
    if v.get('viewer') and r.random() < .7:
        out.append(('endnote', [(r.choice(['— 已到最后一页 —', '文档结束', '下载完整版 PDF（%.1f MB）' % (r.randint(3, 90) / 10)]), r.choice(['pagination', 'toolbar_actions']))]))
    return out


STYLE_FUN = {
    'county': (county_head, county_tail), 'partycloud': (party_head, party_tail), 'wechat': (wechat_head, wechat_tail),
    'selfmedia': (selfmedia_head, selfmedia_tail), 'docshare': (docshare_head, docshare_tail), 'word': (word_head, word_tail),
    'pdf': (pdf_head, pdf_tail),
}


def mid_pool(c, style, site, url, v):
    """Blocks that may come between content paragraphs in this style."""
    r = c.r
    common = [('caption', lambda: b_caption(c)), ('caption', lambda: b_caption(c)), ('mojibake', lambda: b_mojibake(c)), ('ads', lambda: b_ads(c)),
              ('intro_mid', lambda: b_intro(c)) if r.random() < .3 else ('caption', lambda: b_caption(c))]
    if style == 'county':
        return common + [('app_banner', lambda: b_gov_app(c)), ('video', lambda: b_video(c)), ('html', lambda: b_html(c)), ('pagination', lambda: b_pagination(c)),
                         ('print_header', lambda: b_print_header(c, url, r.randint(2, 6)))]
    if style == 'partycloud':
        return common + [('study', lambda: b_study(c)), ('app_banner', lambda: b_app_banner(c, site)), ('video', lambda: b_video(c)),
                         ('audio', lambda: b_audio(c)), ('follow', lambda: b_follow(c, site))]
    if style == 'wechat':
        return common + [('video', lambda: b_video(c)), ('follow', lambda: b_follow(c, site)), ('html', lambda: b_html(c)),
                         ('divider', lambda: [(r.choice(['▼', '— 01 —', '01', '/ 02 /', '◆ ◆ ◆', '▌', '↓↓↓', '·  ·  ·']), 'html_residue')]),
                         ('expand', lambda: [(r.choice(['展开全文 ∨', '展开全文c', '阅读全文', '全文 ↓']), 'pagination')])]
    if style == 'selfmedia':
        app = {'知乎': '知乎', '百家号': '百度', '搜狐号': '搜狐新闻'}.get(site, site)
        return common + [('app_banner', lambda: b_app_banner(c, app)), ('expand', lambda: [(r.choice(['展开阅读全文 ∨', '点击展开全文', '阅读全文 >', '余下全文']), 'pagination')]),
                         ('paywall', lambda: [(x, 'paywall') for x in r.choice([
                             ['本内容为付费内容，开通会员后可阅读全文', '¥%d 购买' % r.randint(1, 19)], ['剩余 %d%% 内容，购买后查看' % r.randint(30, 90)],
                             ['—— 以下为会员专享内容 ——'], ['订阅专栏，解锁全部 %d 篇' % r.randint(5, 60)], ['免费试读已结束', '开通 VIP 继续阅读 ›']])]), ('video', lambda: b_video(c)), ('follow', lambda: b_follow(c, site))]
    if style == 'docshare':
        return [('pagebreak_doc', lambda: [(r.choice(['第 %d 页 / 共 %d 页' % (r.randint(2, c.n_pages), c.n_pages), '%d / %d' % (r.randint(2, c.n_pages), c.n_pages), '- %d -' % r.randint(2, 30)]), 'pagination')]),
                ('watermark', lambda: b_watermark(c, site)), ('paywall', lambda: b_paywall(c)), ('ads', lambda: b_ads(c)),
                ('app_banner', lambda: b_app_banner(c, site)), ('mojibake', lambda: b_mojibake(c))]
    if style == 'word':
        return [('watermark', lambda: b_watermark(c, site)), ('comment_residue', lambda: [(r.choice(['批注 [A%d]: 此处数据请核实' % r.randint(1, 9), '修订：%s %s' % (c.name(), c.d('-')), '[此处插入图表]', '（此处省略）']), 'html_residue')]),
                ('mojibake', lambda: b_mojibake(c))]
    return []


# ------------------------------------------------------------------ hard wrap

OPEN_NOT_AT_END = '“‘（《〔【'
CLOSE_NOT_AT_START = '。，、；：！？）”’》〕】…—'


def wrap(par, width, indent):
    """Cut a stripped paragraph into pieces of at most ``width`` characters (the first shorter by the
    indent); closing punctuation hangs on the line before; never cut next to whitespace."""
    first = width - len(indent)
    pieces = []
    i = 0
    n = len(par)
    w = first
    while i < n:
        j = min(n, i + w)
        if j < n:
            # hang closing punctuation
            k = j
            while k < n and par[k] in CLOSE_NOT_AT_START and k - j < 2:
                k += 1
            j = k
            while j < n and j > i + 1 and (par[j - 1] in OPEN_NOT_AT_END or par[j - 1].isspace() or par[j].isspace()):
                j -= 1
        pieces.append(par[i:j])
        i = j
        w = width
    return pieces


# ------------------------------------------------------------------ pages


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


def build_page(c, style, site, v):
    r = c.r
    url = url_for(c, style)
    head_f, tail_f = STYLE_FUN[style]
    if v.get('break_every'):
        v['first_page'] = r.randint(1, 3)
    if v.get('printed'):
        n_lines = sum(len(wrap(c.paras[p], v['width'], '')) for p in range(c.s, c.e + 1))
        v['printed_total'] = v['first_page'] + n_lines // v['break_every'] + r.randint(1, 3)
    head = head_f(c, site, url, v)
    variants = [n for n, _ in head] + ['|content']
    rows = []  # (text, label, kind, para)

    def add_block(block):
        for t, k in block:
            for piece in t.split('\n'):
                if piece.strip():
                    rows.append((piece, 'chrome', k, ''))

    def gap(p=.5):
        x = r.random()
        if x < p:
            rows.append((r.choice(['', '', '', ' ', '\u3000', '\t']), 'blank', 'blank', ''))

    block_indent = r.choice(['', '', '', '  ', '\u3000', '\t'])
    for name, block in head:
        if block_indent and r.random() < .3:
            block = [(block_indent + t, k) for t, k in block]
        add_block(block)
        gap(.45)
    gap(.5)

    # content layout
    indent = r.choice(['', '\u3000\u3000', '\u3000\u3000', '\u3000', '  ', '    ', '\t'])
    head_indent = r.random() < .5
    wrapped = style == 'pdf' or v.get('wrapped')
    blank = r.choice(['0', '0', '0', '1', 'ws']) if wrapped else r.choice(['0', '1', '1', '2', 'ws'])
    width = v.get('width')
    pool = mid_pool(c, style, site, url, v)
    n_par = c.e - c.s + 1
    mids = {}
    if pool and not wrapped:
        k = r.randint(1, max(1, min(6, n_par // 2)))
        for pos in r.sample(range(c.s + 1, c.e + 1), min(k, n_par - 1)):
            mids[pos] = r.choice(pool)
    if style in ('selfmedia', 'partycloud', 'wechat', 'docshare') and r.random() < .35 and n_par > 4 and not wrapped:
        pos = r.randint(c.s + 2, c.e)
        mids.setdefault(pos, r.choice([('intro_mid', lambda: b_intro(c)), ('caption', lambda: b_caption(c)), ('toc_mid', lambda: b_toc(c, with_pages=False))]))
    lines_since_break = 0
    brk_every = v.get('break_every', 0)
    page_no = [v.get('first_page', 1)]
    running = v.get('running')

    def page_break():
        pb = []
        form = v['pageform']
        pb.append((form(page_no[0]), 'pagination'))
        if v.get('printed'):
            # a web page printed to PDF: the browser's footer (URL, i/N) ends a page, its header
            # (date and time, page title) starts the next; the PDF may add its own page number
            total = v['printed_total']
            pb = [(v['print_foot'] % (url, page_no[0], total), 'print_header')]
            if r.random() < .3:
                pb.append((form(page_no[0]), 'pagination'))
            pb.append((v['print_head'], 'print_header'))
        if v.get('footer_line'):
            pb.insert(0, (v['footer_line'], 'running_header'))
        page_no[0] += 1
        if running:
            pb.append((running if isinstance(running, str) else running(page_no[0]), 'running_header'))
        if v.get('wmark') and r.random() < .5:
            pb.append(b_watermark(c, site)[0])
        return pb

    for p in range(c.s, c.e + 1):
        par = c.paras[p]
        kind = content_kind(c.paras, p)
        if p in mids:
            name, fn = mids[p]
            variants.append(name)
            gap(.5)
            add_block(fn())
            gap(.5)
        ind = indent if (kind == 'content' or head_indent) else ''
        if wrapped:
            pieces = wrap(par, width, ind)
            for j, piece in enumerate(pieces):
                rows.append(((ind if j == 0 else '') + piece, 'content', kind, str(p)))
                lines_since_break += 1
                if brk_every and lines_since_break >= brk_every and not (p == c.e and j == len(pieces) - 1):
                    inpara = j < len(pieces) - 1
                    variants.append('pagebreak_inpara' if inpara else 'pagebreak')
                    if r.random() < .4:
                        rows.append(('', 'blank', 'blank', ''))
                    add_block(page_break())
                    if r.random() < .4:
                        rows.append(('', 'blank', 'blank', ''))
                    lines_since_break = 0
        else:
            rows.append((ind + par, 'content', kind, str(p)))
            bp = v.get('break_paras')
            if bp and p < c.e and (p - c.s + 1) % bp == 0:
                variants.append('pagebreak')
                add_block(page_break())
        if p < c.e:
            if blank == '1':
                rows.append(('', 'blank', 'blank', ''))
            elif blank == '2':
                rows += [('', 'blank', 'blank', ''), ('', 'blank', 'blank', '')]
            elif blank == 'ws':
                rows.append((r.choice(['\u3000\u3000', ' ', '\t', '  ']), 'blank', 'blank', ''))
    layout = ('pdf_w%d' % width if wrapped else '') + ',indent=%r,blank=%s' % (indent, blank)
    if v.get('printed'):
        layout += ',printed'
    variants.append(layout.strip(','))
    variants.append('content|')
    gap(.6)
    v['last_page'] = page_no[0]
    tail = tail_f(c, site, url, v)
    for name, block in tail:
        variants.append(name)
        if block_indent and r.random() < .3:
            block = [(block_indent + t, k) for t, k in block]
        add_block(block)
        gap(.45)
    # guard: a chrome line never equals a content line of the page
    cont = {norm(t) for t, l, k, p in rows if l == 'content'}
    rows = [x for x in rows if not (x[1] == 'chrome' and norm(x[0]) in cont)]
    # no leading blank lines, collapse nothing else
    while rows and rows[0][1] == 'blank':
        rows.pop(0)
    while rows and rows[-1][1] == 'blank':
        rows.pop()
    return rows, ';'.join(variants), url


def doc_org(src, sc):
    folder, f = src.split('/')
    stem = f[:-4]
    if folder == 'city_gwr_2024':
        city = stem.split('_')[1]
        return city + PREFECTURES.get(city, '市') + '人民政府'
    if folder == 'provincial_gwr_2025':
        return stem.split('_')[1] + '人民政府'
    if folder == 'state_council_2004_2019':
        return sc[f][2]
    if folder == 'national_gwr_wikisource':
        return '中华人民共和国国务院'
    return stem.split('_')[1]


PREFECTURES = {'黔南': '州', '黔东南': '州', '黔西南': '州', '恩施': '州', '延边': '州', '湘西': '州', '大理': '州', '红河': '州',
               '楚雄': '州', '文山': '州', '西双版纳': '州', '德宏': '州', '甘孜': '州', '阿坝': '州', '凉山': '州', '临夏': '州',
               '甘南': '州', '伊犁': '州', '昌吉': '州', '锡林郭勒': '盟', '兴安': '盟', '阿拉善': '盟', '海西': '州', '玉树': '州',
               '大兴安岭': '地区', '阿克苏': '地区', '喀什': '地区', '和田': '地区'}


def doc_title(src, paras, sc):
    folder, f = src.split('/')
    stem = f[:-4]
    if folder == 'city_gwr_2024':
        city = stem.split('_')[1]
        if city in PREFECTURES:
            return '%s年%s%s政府工作报告' % (stem[:4], city, PREFECTURES[city]), 2024
        return '%s年%s市政府工作报告' % (stem[:4], city), 2024
    if folder == 'provincial_gwr_2025':
        return '%s年%s政府工作报告' % (stem[:4], stem.split('_')[1]), 2025
    if folder == 'state_council_2004_2019':
        return sc[f][0], int(stem[:4])
    if folder == 'national_gwr_wikisource':
        return '%s年国务院政府工作报告' % stem[:4], int(stem[:4])
    return stem.split('_', 2)[2].replace('_', ' '), 1921 + 0


def choose_run(r, paras, taken, pos, length):
    n = len(paras)
    ok = [usable(p) for p in paras]

    def free(s, e):
        return all(ok[s:e + 1]) and all(e < a or s > b for a, b in taken)
    cands = []
    for L in (length, max(5, length - 4), max(5, length // 2), 5):
        if pos == 'head':
            cands = [(s, s + L - 1) for s in range(0, 4) if s + L - 1 < n and free(s, s + L - 1)]
        elif pos == 'tail':
            cands = [(n - L - k, n - 1 - k) for k in range(0, 1) if n - L - k >= 0 and free(n - L - k, n - 1 - k)]
        else:
            cands = [(s, s + L - 1) for s in range(4, n - L) if free(s, s + L - 1)]
        if cands:
            return r.choice(cands)
    return None


PAGEFORMS = [
    lambda i: '- %d -' % i, lambda i: '— %d —' % i, lambda i: '第%d页' % i, lambda i: '第 %d 页' % i, lambda i: '%d' % i,
    lambda i: '·%d·' % i, lambda i: 'Page %d' % i, lambda i: '－%d－' % i, lambda i: '―%d―' % i, lambda i: '%d/%d' % (i, 40),
    lambda i: '（%d）' % i, lambda i: '[%d]' % i, lambda i: 'P.%d' % i, lambda i: '-%d-' % i,
]


def main():
    corpus = find_corpus()
    docs = load_docs(corpus)
    sc = sc_titles(corpus)
    old = earlier_ranges()
    R = random.Random(SEED)
    fresh = [d for d in docs if d[0] not in old]
    used = [d for d in docs if d[0] in old]
    R.shuffle(fresh)
    R.shuffle(used)
    quota = {'city_gwr_2024': 46, 'provincial_gwr_2025': 16, 'state_council_2004_2019': 16, 'national_gwr_wikisource': 14,
             'cpc_congress_wikisource': 8}
    styles = (['county'] * 17 + ['partycloud'] * 14 + ['wechat'] * 15 + ['selfmedia'] * 15 + ['docshare'] * 14 + ['word'] * 11 + ['pdf'] * 14)
    R.shuffle(styles)
    positions = (['head', 'middle', 'tail'] * 40)
    R.shuffle(positions)
    order = fresh + used
    for d in ('pages', 'gold'):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    n = 0
    widths = list(range(19, 47))
    R.shuffle(widths)
    per = collections.Counter()
    plan = [(k, src, paras, True) for k, (src, paras) in enumerate(order)]
    plan += [(k + len(order), src, paras, False) for k, (src, paras) in enumerate(order)]
    done = set()
    for k, src, paras, first_pass in plan:
        folder = src.split('/')[0]
        if n >= N_PAGES:
            break
        if src in done or (first_pass and per[folder] >= quota[folder]):
            continue
        style = styles[n % len(styles)]
        pos = positions[n % len(positions)]
        r = random.Random(SEED * 1000 + k)
        length = r.randint(12, 30) if style in ('pdf', 'word') else r.randint(5, 16)
        run = choose_run(r, paras, old.get(src, []), pos, length)
        if run is None and pos != 'middle':
            # a document head or tail matters more than a fresh range: this is development data
            run = choose_run(r, paras, [], pos, length)
        if run is None:
            run = choose_run(r, paras, old.get(src, []), 'middle', length)
        if run is None:
            if not first_pass:
                print('no run for', src, file=sys.stderr)
            continue
        done.add(src)
        per[folder] += 1
        s, e = run
        title, year = doc_title(src, paras, sc)
        c = Ctx(r, src, paras, s, e, title, year, sc.get(src.split('/')[1]))
        c.docorg = doc_org(src, sc)
        v = {}
        if style == 'county':
            site = r.choice([c.county + '人民政府', c.county + '人民政府门户网站', c.town + '人民政府', c.county + '政务公开网', c.prov + c.county + '人民政府'])
        elif style == 'partycloud':
            site = r.choice(PARTY_APPS)
            if '%s' in site:
                site = site % c.cshort
        elif style == 'wechat':
            site = r.choice(['%s发布', '微%s', '%s政务', '%s融媒', '%s县委宣传', '%s组工']) % c.cshort
            v['weibo'] = r.random() < .3
        elif style == 'selfmedia':
            v['platform'] = r.choice(['zhihu', 'baijia', 'sohu'])
            site = {'zhihu': '知乎', 'baijia': '百家号', 'sohu': '搜狐号'}[v['platform']]
        elif style == 'docshare':
            site = r.choice(DOCSITES)
            if r.random() < .2:
                v['wrapped'] = True
                v['width'] = widths.pop()
                v['break_every'] = r.randint(14, 30)
                v['pageform'] = r.choice(PAGEFORMS)
                v['wmark'] = True
        elif style == 'word':
            site = 'Word'
            v['org'] = r.choice([c.county + '人民政府', c.docorg])
            v['pageform'] = r.choice(PAGEFORMS)
            v['running'] = r.choice([c.title, v['org'] + '文件', v['org'] + '办公室', c.title[:12] + '（%d）' % c.date.year])
            v['break_paras'] = r.randint(3, 7)
            if r.random() < .4:
                v['wrapped'] = True
                v['width'] = widths.pop() if widths else 33
                v['break_every'] = r.randint(18, 34)
                v['pageform'] = r.choice(PAGEFORMS)
                v['footer_line'] = r.choice(['', '', v['org'] + '办公室印', '内部资料　注意保存'])
        else:
            site = r.choice(['道客巴巴', '金山文档', 'WPS云文档', '%s人民政府网' % c.county, 'PDF阅读器', '百度网盘预览', '%s人大常委会' % c.county])
            v['width'] = widths.pop() if widths else 29
            v['break_every'] = r.randint(12, 30)
            v['pageform'] = r.choice(PAGEFORMS)
            v['viewer'] = r.random() < .5
            v['printed'] = r.random() < .3
            v['printed_total'] = r.randint(6, 20)
            v['print_foot'] = r.choice(['%s　%d/%d', '%s    %d/%d', '%s %d / %d', '%s\t%d/%d'])
            v['print_head'] = r.choice([
                '%s %s　%s' % (c.d('/'), r.choice(['上午', '下午']) + '%d:%02d' % (r.randint(1, 12), c.mm), c.title + r.choice(['', ' - ' + site, '_' + site])),
                '%s %s　%s' % (c.d('yy').replace('-', '/'), c.t(), c.title[:20]),
                '%s %s  %s' % (c.d('-'), c.t(), r.choice([site, c.title + '-' + site]))])
            rh = r.randint(0, 3)
            v['running'] = [None, c.title, c.docorg, lambda i, t=c.title: '%s　　第%d页' % (t[:12], i)][rh]
            v['footer_line'] = r.choice(['', '', '%s办公室' % c.docorg, c.d('cn'), '内部资料　注意保存'])
        rows, variants, url = build_page(c, style, site, v)
        n += 1
        doc = '%03d' % n
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, l, kd, p in rows))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, l, kd, p) in enumerate(rows, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, l, kd, p))
        index.append('\t'.join([doc, style, src, str(s), str(e), str(len(rows)), variants, site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages:', n)


if __name__ == '__main__':
    main()
