#!/usr/bin/env python3
"""Generator of the chrome DEVELOPMENT set 4 (eval/chrome_dev4): real corpus paragraphs in written page chrome.

  python make_pages.py                      rebuild pages/, gold/, index.tsv here (seed 20261404)
  python make_pages.py --seed 7 --out DIR   draw a variant into DIR (same format)

Stdlib only. Each page is a contiguous run of 3-40 real, byte-exact paragraphs of the shared corpus
(``$TEXTLAB_CORPUS`` or ``../shared/corpus`` beside the repository), wrapped in chrome whose strings
are written here: Chinese government portals at every level, 政务公开 / 信息公开 pages, ministry and
bureau sites, 人大 / 政协 sites, 纪检监察 sites, party-building sites, university / SOE party-committee
news pages, and PDF / Word copies (hard wraps, page numbers, running headers, document-header blocks,
附件 lists, 抄送 / 印发 lines). No run overlaps a paragraph range of eval/chrome_test, chrome_test2,
chrome_test3 or the parallel locked set 4 (``avoid_ranges_test4.tsv``, a copy of its range list).
The gold format is the one of eval/chrome_test3/README.md.
"""
import argparse
import collections
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'national_gwr_wikisource', 'cpc_congress_wikisource',
           'state_council_2004_2019')
SKIP_FILES = ('01_中共第1次全国代表大会_廣州共產黨報告', '03_中共第3次', '1954_国务院', '1956_国务院',
              '2024_枣庄', '2024_承德')
CITY_SUFFIX = {'凉山': '彝族自治州', '恩施': '土家族苗族自治州', '甘孜': '藏族自治州', '阿坝': '藏族羌族自治州',
               '黔东南': '苗族侗族自治州', '黔南': '布依族苗族自治州', '黔西南': '布依族苗族自治州', '锡林郭勒': '盟'}
STYLES = ('portal', 'xxgk', 'ministry', 'renda', 'jijian', 'party', 'campus', 'pdf', 'word')
CLOSERS = '，。、；：！？）」』”’》〉】〕,.;:!?)]'


# --------------------------------------------------------------------------- corpus and ranges

def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


def avoid_ranges():
    """(source_file -> [(start, end)]) of the test sets this development set must not overlap."""
    out = collections.defaultdict(list)
    for name in ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4'):
        p = os.path.join(HERE, '..', name, 'index.tsv')
        if os.path.exists(p):
            for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
                c = r.split('\t')
                out[c[2]].append((int(c[3]), int(c[4])))
    p = os.path.join(HERE, 'avoid_ranges_test4.tsv')
    for r in open(p, encoding='utf-8').read().strip('\n').split('\n'):
        c = r.split('\t')
        if len(c) >= 3 and c[1].isdigit():
            out[c[0]].append((int(c[1]), int(c[2])))
    return out


def cjk(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def editorial(p):
    """A source line that is itself chrome or an editorial note: never part of a run."""
    return (p.startswith('来源') or '↑' in p or '名词解释' in p or cjk(p) < 2 or '本文有删减' in p
            or '字库未存字' in p or p.startswith('（注') or p.startswith('注：'))


def load_docs(corpus):
    docs = []
    for folder in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or f.startswith('_') or any(f.startswith(s) for s in SKIP_FILES):
                continue
            src = folder + '/' + f
            text = open(os.path.join(corpus, src), encoding='utf-8').read()
            paras = [l.strip() for l in text.split('\n') if l.strip()]
            if len(paras) < 5 or '國' in text[:3000] and '们' not in text[:3000]:
                continue
            docs.append((src, paras))
    return docs


# --------------------------------------------------------------------------- content kinds

DATE_RE = re.compile(r'^[〇○零一二三四五六七八九十0-9０-９]{2,4}年[〇○零一二三四五六七八九十0-9０-９]{1,3}月'
                     r'[〇○零一二三四五六七八九十0-9０-９]{1,3}日$')


def content_kind(paras, i):
    p = paras[i]
    n = len(paras)
    if p in ('各位代表：', '同志们：', '各位代表、同志们：') or (p.endswith('：') and len(p) <= 60 and '。' not in p
                                                          and i <= 4
                                                          and ('各' in p[:2] or len(p) <= 20 and '，' not in p)):
        return 'greeting'
    if DATE_RE.match(p) or p in ('（此件公开发布）', '(此件公开发布)'):
        return 'signature'
    if i + 1 < n and DATE_RE.match(paras[i + 1]) and len(p) <= 30 and '。' not in p and i >= n - 4:
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and p[-1] not in '。；！？':
        return 'heading'
    return 'content'


# --------------------------------------------------------------------------- small text helpers

def fw(s):
    """ASCII to full-width forms (space to the ideographic space)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == ' ':
            out.append('\u3000')
        elif 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xfee0))
        else:
            out.append(ch)
    return ''.join(out)


def clean_chars(s):
    bad = ('Cc', 'Co', 'Cn', 'Cs', 'Zl', 'Zp', 'Cf')
    return ''.join(ch for ch in s if ch == '\t' or unicodedata.category(ch) not in bad)


def mojibake(rng, s):
    how = rng.randrange(5)
    if how == 0:
        t = s.encode('utf-8').decode('gbk', errors='replace')
    elif how == 1:
        t = s.encode('gbk', errors='ignore').decode('big5', errors='replace')
    elif how == 2:
        t = s.encode('utf-8').decode('cp1252', errors='replace')
    elif how == 3:
        t = s.encode('gbk', errors='ignore').decode('utf-8', errors='replace')
    else:
        t = '锟斤拷' * rng.randint(2, 6) + rng.choice(['', '烫烫烫', '屯屯屯', '\ufffd\ufffd'])
    t = clean_chars(t).strip()
    return t or '锟斤拷锟斤拷'


def dt(rng, year=None):
    y = year or rng.randint(2019, 2025)
    return y, rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(rng, d, with_time=None):
    y, m, dd = d
    form = rng.randrange(6)
    s = ['%d-%02d-%02d' % d, '%d年%02d月%02d日' % d, '%d年%d月%d日' % d, '%d/%02d/%02d' % d,
         '%d.%02d.%02d' % d, '%d-%d-%d' % d][form]
    if with_time if with_time is not None else rng.random() < 0.4:
        s += ' %02d:%02d' % (rng.randint(7, 22), rng.randrange(60))
        if rng.random() < 0.3:
            s += ':%02d' % rng.randrange(60)
    return s


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏海波宁晨晓雪琳鑫斌浩凯博文宇倩璐瑶欣航旭东岚薇'


def person(rng):
    return rng.choice(SURNAMES) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


COUNTIES = ['长丰县', '桐庐县', '宁乡市', '安吉县', '仁寿县', '沭阳县', '蒙城县', '寿光市', '南丰县', '古田县',
            '临朐县', '巩义市', '新津区', '永嘉县', '望城区', '宜良县', '平罗县', '海安市', '德清县', '盐亭县',
            '霞浦县', '东至县', '灵璧县', '岳西县', '祁阳市', '凤冈县', '石林彝族自治县', '共和县', '库车市', '伊川县']
TOWNS = ['城关镇', '新塘镇', '柳泉镇', '石门乡', '大河镇', '龙泉街道', '双桥镇', '白沙镇', '清水乡', '桃源镇',
         '马家店镇', '高桥街道', '梅林镇', '黄土岭乡', '三合镇', '永安镇', '溪口镇', '金鸡乡']
PROVINCES = ['河北', '山西', '辽宁', '吉林', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南',
             '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海']

SEPS_MENU = [' ', '  ', '　', ' | ', '｜', ' · ', '·', ' / ', '、', '  |  ', '\t', ' ┊ ']
SEPS_CRUMB = [' > ', '>', ' >> ', ' » ', '»', ' / ', ' → ', '→', ' ＞ ', '＞', ' - ', ' -> ', ' 》 ', ' ＞＞ ', ' ›› ']


def items_layout(rng, items, kind, allow_md=True):
    """A list of short items laid out one of many ways: one line, one per line, with separator lines."""
    out = []
    form = rng.randrange(9 if allow_md else 6)
    if form in (0, 1, 2):
        sep = rng.choice(SEPS_MENU)
        line = sep.join(items)
        if rng.random() < 0.15:
            line = fw(line)
        out.append((line, kind))
    elif form == 3:
        for it in items:
            out.append((it, kind))
    elif form == 4:
        mark = rng.choice(['|', '·', '｜', '/', '丨'])
        for j, it in enumerate(items):
            if j:
                out.append((mark, kind))
            out.append((it, kind))
    elif form == 5:
        for it in items:
            out.append((it, kind))
            out.append(('', 'blank'))
        out.pop()
    elif form == 6:
        b = rng.choice(['* ', '- ', '+ ', '• ', '▪ '])
        for it in items:
            out.append((b + it, kind))
    elif form == 7:
        out.append(('| ' + ' | '.join(items) + ' |', kind))
    else:
        l, r = rng.choice([('【', '】'), ('[', ']'), ('［', '］'), ('〖', '〗')])
        out.append((''.join(l + it + r for it in items), kind))
    return out


# --------------------------------------------------------------------------- the page context

class Ctx:
    def __init__(self, rng, style, src, paras, s, e):
        self.rng = rng
        self.style = style
        self.src = src
        self.paras = paras
        self.s, self.e = s, e
        folder, name = src.split('/')
        self.folder = folder
        stem = name[:-4]
        if folder == 'city_gwr_2024':
            city = stem.split('_')[1]
            self.place = city
            self.city_full = city + CITY_SUFFIX.get(city, '市')
            self.title = rng.choice(['%s2024年政府工作报告', '2024年%s政府工作报告', '政府工作报告（%s2024年）',
                                     '2024年%s人民政府工作报告']) % self.city_full
            self.year = 2024
        elif folder == 'provincial_gwr_2025':
            prov = stem.split('_')[1]
            self.place = prov
            self.title = rng.choice(['2025年%s政府工作报告', '%s2025年政府工作报告', '政府工作报告（2025年%s）']) % prov
            self.year = 2025
        elif folder == 'national_gwr_wikisource':
            y = int(stem[:4])
            self.place = rng.choice(PROVINCES) + '省'
            self.title = rng.choice(['%d年国务院政府工作报告', '%d年政府工作报告', '政府工作报告（%d年）']) % y
            self.year = y
        elif folder == 'cpc_congress_wikisource':
            parts = stem.split('_')
            self.place = rng.choice(PROVINCES) + '省'
            t = '——'.join(parts[2:])
            self.title = rng.choice([t, parts[1] + '报告', '%s：%s' % (parts[1], parts[2])])
            self.year = None
        else:
            parts = stem.split('_')
            self.place = rng.choice(PROVINCES) + '省'
            self.title = '_'.join(parts[2:])
            self.docno = parts[1].replace('[', '〔').replace(']', '〕')
            self.year = int(stem[:4])
        if not hasattr(self, 'docno'):
            self.docno = None
        self.pubdate = dt(rng, max(self.year or 0, rng.randint(2019, 2025)) if (self.year or 0) < 2019 else self.year)
        if self.folder == 'city_gwr_2024':
            self.pubdate = (2024, rng.randint(1, 3), rng.randint(1, 28))
        elif self.folder == 'provincial_gwr_2025':
            self.pubdate = (2025, rng.randint(1, 2), rng.randint(1, 28))
        self.level = None
        self.site = None
        self.variants = []
        self.short = re.sub(r'(维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$', '', self.place)
        self.full = self.city_full if folder == 'city_gwr_2024' else self.place

    @property
    def brand(self):
        """The site name without 门户网站 / 网站 / 网 endings and 中华人民共和国 (what a WeChat account or a crumb uses)."""
        b = self.site.replace('中华人民共和国', '')
        return re.sub(r'(门户网站|网站|新闻网|网)$', '', b) or self.site


def choose_site(ctx):
    rng = ctx.rng
    st = ctx.style
    place = ctx.place
    core = place.rstrip('省市')
    city = ctx.folder == 'city_gwr_2024'
    full = ctx.full  # 池州 -> 池州市, 黔南 -> 黔南布依族苗族自治州; 河南省, 重庆市, 新疆维吾尔自治区 stay
    bureau = (lambda a, b: full + (b if city else a))
    if st == 'portal':
        ctx.level = rng.choice(['省', '市', '县', '乡镇'])
        if ctx.level == '省':
            p = place if place.endswith('省') or ctx.folder == 'provincial_gwr_2025' else rng.choice(PROVINCES) + '省'
            ctx.site = p + '人民政府' + rng.choice(['', '门户网站', '网'])
            ctx.domain = 'www.%s.gov.cn' % rng.choice(['hebei', 'shanxi', 'ln', 'jl', 'js', 'zj', 'ah', 'fj', 'jiangxi',
                                                       'shandong', 'henan', 'hubei', 'hunan', 'gd', 'hainan', 'sc'])
        elif ctx.level == '市':
            c = place if ctx.folder == 'city_gwr_2024' else rng.choice(['洛阳', '绵阳', '台州', '赣州', '柳州', '潍坊',
                                                                        '宜昌', '芜湖', '泉州', '遵义'])
            c = ctx.full if ctx.folder == 'city_gwr_2024' else c + '市'
            ctx.site = c + '人民政府' + rng.choice(['', '门户网站', '网站'])
            ctx.domain = 'www.%s.gov.cn' % rng.choice(['ly', 'my', 'zjtz', 'ganzhou', 'liuzhou', 'weifang', 'yichang',
                                                       'wuhu', 'quanzhou', 'zunyi'])
        elif ctx.level == '县':
            c = rng.choice(COUNTIES)
            ctx.site = c + '人民政府'
            ctx.domain = 'www.%s.gov.cn' % rng.choice(['cf', 'tonglu', 'nx', 'anji', 'rs', 'shuyang', 'mc', 'sg'])
        else:
            c = rng.choice(COUNTIES)[:-1] + rng.choice(TOWNS)
            ctx.site = c + rng.choice(['人民政府', '政府网', '便民服务中心'])
            ctx.domain = 'www.%s.gov.cn/zfxxgk/xz%s' % (rng.choice(['yx', 'lq', 'dh', 'sm']), digits(rng, 2))
    elif st == 'xxgk':
        ctx.level = rng.choice(['省', '市', '县', '区'])
        host = {'省': (place if place.endswith('省') else rng.choice(PROVINCES) + '省') + '人民政府',
                '市': (ctx.full if ctx.folder == 'city_gwr_2024' else '泰安市') + '人民政府',
                '县': rng.choice(COUNTIES) + '人民政府',
                '区': rng.choice(['雨花区', '江北区', '鼓楼区', '城阳区', '天河区', '武侯区']) + '人民政府'}[ctx.level]
        ctx.host = host
        ctx.site = host + rng.choice(['信息公开', '政务公开专栏', '政府信息公开平台', '政府信息公开目录'])
        ctx.domain = 'xxgk.%s.gov.cn' % rng.choice(['hn', 'ta', 'jb', 'gl', 'cy', 'th', 'wh'])
    elif st == 'ministry':
        ctx.site = rng.choice(['中华人民共和国生态环境部', '中华人民共和国农业农村部', '中华人民共和国交通运输部',
                               '中华人民共和国商务部', '国家统计局', '中华人民共和国应急管理部', '中华人民共和国住房和城乡建设部',
                               '国家林业和草原局', '国家税务总局%s税务局' % full, bureau('教育厅', '教育局'),
                               full + '市场监督管理局', bureau('自然资源厅', '自然资源和规划局'), full + '统计局',
                               full + '卫生健康委员会', '%s人力资源和社会保障局' % rng.choice(COUNTIES)[:-1]])
        ctx.level = '部委' if '中华人民共和国' in ctx.site or ctx.site.startswith('国家') else '厅局'
        ctx.domain = 'www.%s.gov.cn' % rng.choice(['mee', 'moa', 'mot', 'mofcom', 'stats', 'mem', 'mohurd', 'forestry'])
    elif st == 'renda':
        ctx.site = rng.choice(['%s人大网' % core, '%s人民代表大会常务委员会' % full, '中国人大网',
                               '%s政协网' % core, '中国人民政治协商会议%s委员会' % full, '中国政协网',
                               '%s人大' % rng.choice(COUNTIES)[:-1], '%s市政协' % rng.choice(['宁波', '嘉兴', '常州', '襄阳'])])
        ctx.level = '政协' if '政协' in ctx.site else '人大'
        ctx.domain = 'www.%s.gov.cn' % rng.choice(['npc', 'rd', 'zx', 'cppcc', 'rmdbdh'])
    elif st == 'jijian':
        ctx.site = rng.choice(['中央纪委国家监委网站', '%s纪委监委网站' % full, '清风%s' % core, '廉洁%s' % core,
                               '%s纪检监察网' % core, '清廉%s网' % rng.choice(['宁波', '绍兴', '扬州', '株洲'])])
        ctx.level = '中央' if '中央' in ctx.site else '地方'
        ctx.domain = 'www.%s.gov.cn' % rng.choice(['ccdi', 'qfzj', 'ljjs', 'hnlzw', 'sxdi'])
    elif st == 'party':
        ctx.site = rng.choice(['共产党员网', '%s党建网' % core, '%s先锋网' % rng.choice(['青海', '广西', '河南', '甘肃']),
                               '%s组工网' % rng.choice(['海南', '宁夏', '湘潭', '泸州', '九江']), '%s党员教育网' % core,
                               '先锋%s' % rng.choice(['杭州', '苏州', '烟台', '晋中']), '%s智慧党建' % core])
        ctx.level = '党建'
        ctx.domain = 'www.%s.cn' % rng.choice(['12371', 'djw', 'xfw', 'zgw', 'dyjy'])
    elif st == 'campus':
        unit = rng.choice(['%s大学' % rng.choice(['江南', '西北工业', '华中农业', '南京师范', '山东科技', '长安', '湘潭', '燕山']),
                           '%s职业技术学院' % rng.choice(['黄河水利', '浙江机电', '深圳', '成都航空']),
                           '中国%s集团有限公司' % rng.choice(['华电', '建材', '中化', '铁建', '电建', '能建']),
                           '%s能源集团' % rng.choice(['山西', '陕西', '河南', '国家']),
                           '%s农村商业银行' % rng.choice(['无锡', '重庆', '广州', '成都']),
                           '%s交通投资集团' % rng.choice(['浙江', '江苏', '湖北', '四川'])])
        ctx.unit = unit
        ctx.level = '高校' if ('大学' in unit or '学院' in unit) else '国企'
        ctx.site = unit + rng.choice(['新闻网', '党委宣传部', '党建工作部', '党群工作部', '党委组织部', '新闻中心'])
        ctx.domain = 'news.%s.edu.cn' % rng.choice(['jiangnan', 'nwpu', 'hzau', 'njnu', 'sdust']) if ctx.level == '高校' \
            else 'www.%s.com.cn' % rng.choice(['chd', 'cnbm', 'crcc', 'powerchina', 'ceec'])
    elif st == 'pdf':
        ctx.site = rng.choice(['%s人民政府门户网站附件' % full, '%s人大常委会文件下载' % full, 'PDF 原件',
                               '%s政府信息公开附件' % rng.choice(COUNTIES)[:-1], '会议文件汇编'])
        ctx.level = 'pdf'
        ctx.domain = ''
    else:
        ctx.site = rng.choice(['Word 原件', '%s人民政府办公室印发稿' % full, '机关公文 docx 复制件', '会议材料 doc'])
        ctx.level = 'word'
        ctx.domain = ''


# --------------------------------------------------------------------------- chrome blocks (web)

WEEK = '一二三四五六日'


def b_topbar(ctx):
    rng = ctx.rng
    pool = ['设为首页', '加入收藏', '无障碍', '无障碍浏览', '长者模式', '关怀版', '适老化', '繁體', '繁体版', '简体',
            'English', '手机版', '移动版', '政务微博', '政务微信', '政务抖音', '网站导航', '网站地图', '个人登录', '法人登录',
            '智能问答', '读屏专用', '大字版', '高对比度', '语音读屏', '简/繁', '退出无障碍']
    items = rng.sample(pool, rng.randint(3, 7))
    out = items_layout(rng, items, 'nav')
    ctx.variants.append('topbar')
    return out


def b_weather(ctx):
    rng = ctx.rng
    y, m, d = ctx.pubdate
    wd = WEEK[rng.randrange(7)]
    forms = ['今天是：%d年%d月%d日 星期%s' % (y, m, d, wd),
             '%d年%02d月%02d日　星期%s　农历%s月%s' % (y, m, d, wd, rng.choice('正二三四五六七八九十冬腊'),
                                               rng.choice(['初三', '十五', '廿一', '初八', '十二', '廿九'])),
             '%s  %s  %d℃~%d℃  %s' % (ctx.short, rng.choice(['晴', '多云', '小雨', '阴', '晴转多云', '雾']),
                                     rng.randint(-5, 15), rng.randint(16, 33), rng.choice(['东南风2级', '北风3-4级', '微风'])),
             '空气质量：%s  AQI %d' % (rng.choice(['优', '良', '轻度污染']), rng.randint(20, 160)),
             '星期%s %d-%d-%d' % (wd, y, m, d),
             '欢迎访问%s！' % ctx.site]
    ctx.variants.append('weather')
    return [(f, 'nav') for f in rng.sample(forms, rng.randint(1, 2))]


def b_sitename(ctx):
    rng = ctx.rng
    out = [(ctx.site, 'nav')]
    if ctx.domain and rng.random() < 0.4:
        out.append((ctx.domain, 'nav'))
    if rng.random() < 0.3:
        out.append((rng.choice(['www.gov.cn', '政府网站', 'GOV.CN', '中国共产党新闻网 链接', '主办单位标识']), 'nav'))
    ctx.variants.append('sitename')
    return out


def b_search(ctx):
    rng = ctx.rng
    forms = [['请输入关键字', '搜索'], ['请输入关键词搜索', '🔍'], ['站内搜索：', '全站', '标题', '正文', '搜 索'],
             ['热搜词：政府工作报告 营商环境 惠民政策'], ['搜索 | 高级检索'], ['输入关键词'], ['检索', '高级检索'],
             ['[ 搜索 ]'], ['全文检索 >']]
    f = rng.choice(forms)
    ctx.variants.append('search')
    if rng.random() < 0.5:
        return [('  '.join(f), 'nav')]
    return [(x, 'nav') for x in f]


def b_login(ctx):
    rng = ctx.rng
    f = rng.choice([['登录', '注册'], ['登录 | 注册'], ['个人中心', '退出'], ['您好，请登录', '免费注册'],
                    ['[登录]  [注册]'], ['统一身份认证登录'], ['用户名：', '密码：', '登 录', '忘记密码？'],
                    ['党员登录', '管理员入口'], ['教职工登录 VPN']])
    ctx.variants.append('login')
    return [(x, 'nav') for x in f]


MENUS = {
    'portal': ['首页', '要闻动态', '政务公开', '政务服务', '互动交流', '走进%(p)s', '数据开放', '专题专栏', '办事服务',
               '政策文件', '政策解读', '公共服务', '民意征集', '领导之窗', '今日%(p)s', '投资%(p)s', '12345热线'],
    'xxgk': ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '机构职能',
             '政策文件', '规划计划', '财政预决算', '重点领域信息公开', '政府工作报告', '人事信息', '统计信息'],
    'ministry': ['首页', '机构', '新闻', '政务', '服务', '互动', '专题', '数据', '政策法规', '通知公告', '行政许可',
                 '统计数据', '信息公开', '人事信息', '国际合作'],
    'renda': ['首页', '人大要闻', '立法工作', '监督工作', '代表工作', '常委会公报', '法规库', '会议专题', '履职动态',
              '提案工作', '委员风采', '协商议政', '民主监督', '文史资料', '机关建设'],
    'jijian': ['首页', '要闻', '审查调查', '党纪法规', '巡视巡察', '监督曝光', '廉政文化', '理论研究', '工作动态',
               '清风园地', '我要举报', '以案说纪', '镜鉴', '学思践悟'],
    'party': ['首页', '党建要闻', '基层党建', '党员教育', '组织工作', '干部工作', '人才工作', '理论学习', '先锋模范',
              '党员远程教育', '学习园地', '党务知识', '视频课堂', '工作交流', '在线答题'],
    'campus': ['首页', '学校要闻', '综合新闻', '党建思政', '媒体关注', '院部动态', '校园文化', '图片新闻', '视频新闻',
               '企业要闻', '党建工作', '基层动态', '专题报道', '人物风采', '通知公告'],
}


LEVEL_MENUS = {
    '乡镇': ['首页', '镇情概况', '政务公开', '村务公开', '便民服务', '党建引领', '乡村振兴', '招商引资', '文明实践', '平安建设'],
    '县': ['首页', '走进%(p)s', '新闻中心', '政务公开', '政务服务', '互动交流', '县长信箱', '乡镇动态', '部门动态', '专题专栏'],
}


def b_menu(ctx):
    rng = ctx.rng
    pool = LEVEL_MENUS.get(ctx.level) or MENUS.get(ctx.style, MENUS['portal'])
    items = [x % {'p': ctx.short} for x in rng.sample(pool, rng.randint(5, min(10, len(pool))))]
    if rng.random() < 0.4 and items[0] != '首页':
        items.insert(0, '首页')
    if rng.random() < 0.15:
        items = [rng.choice(['　', ' ', '  ']).join(it) if len(it) <= 4 else it for it in items]
    ctx.variants.append('menu')
    return items_layout(rng, items, 'nav')


CRUMB_MID = {
    'portal': [['政务公开', '政策文件'], ['要闻动态', '本地要闻'], ['政府信息公开', '政府工作报告'], ['专题专栏', '两会专题'],
               ['政务公开', '规划计划', '政府工作报告']],
    'xxgk': [['法定主动公开内容', '政府工作报告'], ['政府信息公开', '政策文件'], ['重点领域信息公开', '规划计划'],
             ['信息公开目录', '其他文件']],
    'ministry': [['政务', '政策文件'], ['新闻', '部门动态'], ['信息公开', '政策法规'], ['政策', '转发文件']],
    'renda': [['会议专题', '人民代表大会'], ['常委会公报', '%d年' % 2024], ['协商议政', '重要文件'], ['人大要闻', '权威发布']],
    'jijian': [['要闻', '权威发布'], ['党纪法规', '文件选编'], ['学思践悟'], ['理论研究', '重要论述']],
    'party': [['理论学习', '重要文献'], ['党建要闻'], ['学习园地', '文件汇编'], ['党员教育', '学习资料']],
    'campus': [['党建思政'], ['学校要闻'], ['企业要闻', '党建工作'], ['专题报道', '理论学习']],
}


def b_breadcrumb(ctx):
    rng = ctx.rng
    mids = rng.choice(CRUMB_MID.get(ctx.style, CRUMB_MID['portal']))
    items = [rng.choice(['首页', '网站首页', '主页', '%s首页' % ctx.brand])] + list(mids)
    if rng.random() < 0.4:
        items.append(rng.choice(['正文', '详情', '内容', '文章详情']))
    label = rng.choice(['当前位置：', '您的位置：', '您现在的位置：', '所在位置:', '位置：', '', '', '当前位置: ', '▶ '])
    form = rng.randrange(7)
    out = []
    if form <= 2:
        sep = rng.choice(SEPS_CRUMB)
        line = label + sep.join(items) + (sep.rstrip() if rng.random() < 0.2 else '')
        out.append((fw(line) if rng.random() < 0.1 else line, 'breadcrumb'))
    elif form == 3:
        if label:
            out.append((label.strip(), 'breadcrumb'))
        for it in items:
            out.append((it, 'breadcrumb'))
    elif form == 4:
        sep = rng.choice(['>', '»', '/', '→', '＞', '-', '>>'])
        if label:
            out.append((label.strip(), 'breadcrumb'))
        for j, it in enumerate(items):
            if j:
                out.append((sep, 'breadcrumb'))
            out.append((it, 'breadcrumb'))
    elif form == 5:
        nums = rng.choice(['%d. ', '%d.', '%d、', '%d．'])
        for j, it in enumerate(items):
            out.append(((nums % (j + 1)) + it, 'breadcrumb'))
    else:
        out.append((label + ' '.join('%s %s' % (it, rng.choice(['>', '〉', '›'])) for it in items).rstrip(' >〉›'), 'breadcrumb'))
    ctx.variants.append('breadcrumb')
    return out


def b_title(ctx):
    """Page-title repeat: title with a site suffix, then (unless the run holds it) the bare title."""
    rng = ctx.rng
    t = ctx.title
    suffix = rng.choice(['_', ' - ', '-', ' | ', '——', '—', '_'])
    forms = [t + suffix + ctx.site, t + suffix + ctx.brand, '【%s】' % t, '# ' + t, '<title>%s%s%s</title>' % (t, suffix, ctx.site),
             t + '（全文）', '%s%s%s%s' % (t, suffix, rng.choice(['政策文件', '政府信息公开', '正文']), suffix + ctx.site),
             '标题：' + t, '**%s**' % t, '<h1>%s</h1>' % t, '《%s》' % t]
    out = [(rng.choice(forms), 'title_repeat')]
    if rng.random() < 0.6:
        out.append((t, 'title_repeat'))
    if rng.random() < 0.2:
        out.append((rng.choice(['（转载）', '【全文】', '[原文]', '（网络版）', '（%d年%d月%d日发布）' % ctx.pubdate]), 'title_repeat'))
    ctx.variants.append('title')
    return out


def b_metadata(ctx):
    rng = ctx.rng
    date = fmt_date(rng, ctx.pubdate)
    st = ctx.style
    srcs = [ctx.site, ctx.short + rng.choice(['融媒体中心', '发布', '政府办公室', '日报社']), '%s日报' % ctx.short,
            '本站原创', '新华社', '人民网', '政府办公室']
    if st == 'jijian':
        srcs += ['中央纪委国家监委网站', '%s纪委监委' % ctx.short, '中国纪检监察报']
    elif st == 'party':
        srcs += ['共产党员网', '人民日报', '%s委组织部' % ctx.short, '党建读物出版社']
    elif st == 'campus':
        srcs += ['党委宣传部', '党委组织部', '马克思主义学院', '党群工作部', '新闻中心']
    elif st == 'renda':
        srcs += ['常委会办公厅', '研究室', '人民代表报', '%s政协办公厅' % ctx.short]
    src = rng.choice(srcs)
    groups = [[('发布时间', date), ('发布日期', date), ('时间', date), ('日期', date), ('更新时间', date)],
              [('来源', src), ('信息来源', src), ('文章来源', src), ('稿件来源', src)],
              [('作者', person(rng)), ('撰稿', person(rng)), ('文', person(rng)), ('供稿单位', src)],
              [('浏览次数', str(rng.randint(12, 98765))), ('点击数', str(rng.randint(3, 9999))),
               ('访问量', str(rng.randint(30, 52000))), ('阅读', str(rng.randint(50, 20000)) + '次'), ('浏览', '')],
              [('责任编辑', person(rng)), ('编辑', person(rng)), ('审核', person(rng)), ('摄影', person(rng))]]
    chosen = [rng.choice(g) for g in rng.sample(groups, rng.randint(2, 5))]
    if rng.random() < 0.5:
        chosen.sort(key=lambda kv: kv[0] not in ('发布时间', '发布日期', '时间', '日期', '更新时间'))
    colon = rng.choice(['：', ':', '： ', '：　'])
    form = rng.randrange(8)
    out = []
    if form <= 1:
        sep = rng.choice(['  ', '　', ' | ', '　　', '   ', ' 丨 ', '\t', '    '])
        out.append((sep.join(k + colon + v for k, v in chosen), 'metadata'))
    elif form == 2:
        out += [(k + colon + v, 'metadata') for k, v in chosen]
    elif form == 3:
        for k, v in chosen:
            out.append((k + colon.strip(), 'metadata'))
            if v:
                out.append((v, 'metadata'))
    elif form == 4:
        out.append((''.join('【%s%s%s】' % (k, colon.strip(), v) for k, v in chosen), 'metadata'))
    elif form == 5:
        out.append((fw(' '.join(k + '：' + v for k, v in chosen)), 'metadata'))
    elif form == 6:
        out.append(('  '.join(' '.join(k) + '：' + v for k, v in chosen), 'metadata'))
    else:
        out.append(('%s %s' % (date, src), 'metadata'))
        if rng.random() < 0.6:
            out.append(('%s：%s' % (rng.choice(['作者', '通讯员', '记者']), person(rng)), 'metadata'))
    if st == 'jijian' and rng.random() < 0.4:
        out.append(('%s讯 %s%s' % (rng.choice(['中央纪委国家监委网站', '本网', ctx.brand]),
                                  rng.choice(['', '通讯员 ']), person(rng)), 'metadata'))
    if rng.random() < 0.5:
        out += b_fontsize(ctx, inline=True)
    ctx.variants.append('metadata')
    return [(t, k) for t, k in out if t.strip()]


def b_meta_table(ctx):
    """The 信息公开 metadata table: 索引号 / 发布机构 / 主题分类 / 文号 / 成文日期 / 公开方式 / 有效性."""
    rng = ctx.rng
    y, m, d = ctx.pubdate
    host = getattr(ctx, 'host', ctx.site)
    rows = [('索引号', rng.choice(['%s/%d-%s' % (digits(rng, 9) + rng.choice('ABCDEFGHK') + digits(rng, 2), y, digits(rng, 5)),
                                  '%s-%s-%d-%s' % (digits(rng, 6), rng.choice(['01', '02', '05', '11']), y, digits(rng, 6)),
                                  'MB%s/%d-%s' % (digits(rng, 7), y, digits(rng, 4))])),
            ('发布机构', host.replace('人民政府', '人民政府办公室') if rng.random() < 0.5 else host),
            ('主题分类', rng.choice(['综合政务\\政府工作报告', '国民经济管理、国有资产监管', '政府工作报告', '综合政务/其他',
                                  '城乡建设、环境保护', '财政、金融、审计'])),
            ('生成日期', fmt_date(rng, ctx.pubdate, False)),
            ('成文日期', fmt_date(rng, (y, m, max(1, d - rng.randint(0, 5))), False)),
            ('文号', ctx.docno or rng.choice(['无', '', '—'])),
            ('公开方式', rng.choice(['主动公开', '政府网站'])),
            ('公开范围', rng.choice(['面向社会', '全部公开'])),
            ('有效性', rng.choice(['有效', '现行有效', '是'])),
            ('公开时限', rng.choice(['常态公开', '长期公开'])),
            ('信息类别', rng.choice(['政府工作报告', '规范性文件', '其他公文'])),
            ('名称', ctx.title),
            ('体裁分类', rng.choice(['报告', '通知', '意见']))]
    chosen = [rows[0]] + rng.sample(rows[1:], rng.randint(4, 8))
    form = rng.randrange(6)
    out = []
    colon = rng.choice(['：', ':', ''])
    if form == 0:
        out += [(k + colon + v, 'metadata') for k, v in chosen]
    elif form == 1:
        for a in range(0, len(chosen), 2):
            pair = chosen[a:a + 2]
            out.append((rng.choice(['　　', '    ', '\t', ' ']).join(k + colon + v for k, v in pair), 'metadata'))
    elif form == 2:
        for k, v in chosen:
            out.append((k + ('：' if rng.random() < 0.5 else ''), 'metadata'))
            if v:
                out.append((v, 'metadata'))
    elif form == 3:
        out.append(('| ' + ' | '.join(k for k, _ in chosen[:4]) + ' |', 'metadata'))
        out.append(('|' + '---|' * 4, 'metadata'))
        out.append(('| ' + ' | '.join(v or ' ' for _, v in chosen[:4]) + ' |', 'metadata'))
        out += [(k + '：' + v, 'metadata') for k, v in chosen[4:]]
    elif form == 4:
        out.append(('\t'.join(k + '\t' + v for k, v in chosen), 'metadata'))
    else:
        out += [(fw(k) + '：' + v, 'metadata') for k, v in chosen]
    ctx.variants.append('meta_table')
    return [(t, k) for t, k in out if t.strip()]


def b_fontsize(ctx, inline=False):
    rng = ctx.rng
    form = rng.randrange(9)
    if form == 0:
        out = [('【字号：大 中 小】', 'toolbar_fontsize')]
    elif form == 1:
        out = [(x, 'toolbar_fontsize') for x in ['字号', '大', '中', '小']]
    elif form == 2:
        out = [(x, 'toolbar_fontsize') for x in ['[', '大', '中', '小', ']']]
    elif form == 3:
        out = [('字体：【大】【中】【小】', 'toolbar_fontsize')]
    elif form == 4:
        out = [('A+  A  A-', 'toolbar_fontsize')]
    elif form == 5:
        out = [('字号：T|T', 'toolbar_fontsize')]
    elif form == 6:
        out = [('［字号：默认　大号　超大］', 'toolbar_fontsize')]
    elif form == 7:
        out = [('【字体：', 'toolbar_fontsize'), ('大', 'toolbar_fontsize'), ('中', 'toolbar_fontsize'),
               ('小', 'toolbar_fontsize'), ('】', 'toolbar_fontsize')]
    else:
        out = [('字号 %s 大 中 小 %s 背景色 %s' % (rng.choice(['：', '']), rng.choice(['|', '/']), '■ ■ ■'), 'toolbar_fontsize')]
    if rng.random() < 0.3:
        out.append((rng.choice(['护眼模式', '[关闭]', '视力保护色：', '打印', '【打印本页】']), 'toolbar_fontsize'))
    if not inline:
        ctx.variants.append('fontsize')
    return out


def b_actions(ctx):
    rng = ctx.rng
    pool = ['打印本页', '关闭窗口', '加入收藏', '下载全文', '我要纠错', '返回顶部', '朗读', '停止', '复制链接', '保存为PDF',
            '打印', '关闭', '收藏', '纠错', '全文下载', '【TOP】', '放大阅读', '字体切换']
    items = rng.sample(pool, rng.randint(2, 5))
    form = rng.randrange(5)
    if form == 0:
        out = [(''.join('【%s】' % i for i in items), 'toolbar_actions')]
    elif form == 1:
        out = [('[%s]' % i, 'toolbar_actions') for i in items]
    elif form == 2:
        out = [(rng.choice(['  ', ' | ', '　']).join(items), 'toolbar_actions')]
    elif form == 3:
        out = [(i, 'toolbar_actions') for i in items]
    else:
        out = [('［%s］' % i, 'toolbar_actions') for i in items]
    ctx.variants.append('actions')
    return out


def b_share(ctx):
    rng = ctx.rng
    targets = rng.sample(['微信', '微博', 'QQ空间', 'QQ好友', '新浪微博', '朋友圈', '豆瓣', '复制链接', '学习强国'], rng.randint(2, 4))
    form = rng.randrange(5)
    if form == 0:
        out = [('分享到：' + ' '.join(targets), 'share')]
    elif form == 1:
        out = [('分享到：', 'share')] + [(t, 'share') for t in targets]
    elif form == 2:
        out = [('分享', 'share'), ('收藏', 'share'), ('点赞 %d' % rng.randint(0, 300), 'share')]
    elif form == 3:
        out = [('【分享】%s' % '｜'.join(targets), 'share')]
    else:
        out = [('转发  %d    点赞  %d    收藏  %d' % (rng.randint(0, 99), rng.randint(0, 500), rng.randint(0, 80)), 'share')]
    ctx.variants.append('share')
    return out


def b_qr(ctx):
    rng = ctx.rng
    f = rng.choice([['扫一扫在手机打开当前页'], ['手机扫码阅读'], ['扫描二维码', '用手机浏览本页'],
                    ['扫码关注“%s”微信公众号' % ctx.brand], ['[二维码]', '微信扫一扫 分享到朋友圈'],
                    ['二维码'], ['打开微信“扫一扫”，分享本页到朋友圈'], ['移动端浏览'], ['手机看', '扫一扫']])
    ctx.variants.append('qr')
    return [(x, 'qr') for x in f]


def headline(ctx, with_stop=None):
    rng = ctx.rng
    p = ctx.short
    base = rng.choice([
        '%s召开%s，研究部署下一阶段重点工作' % (p, rng.choice(['政府常务会议', '全委会', '党组会议', '常委会会议'])),
        '%s市场主体突破%d万户，同比增长%d.%d%%' % (p, rng.randint(10, 200), rng.randint(2, 15), rng.randrange(10)),
        '关于印发《%s%s实施方案》的通知' % (p, rng.choice(['优化营商环境', '城乡居民增收', '农村人居环境整治', '数字政府建设'])),
        '%s部署开展%s专项整治' % (p, rng.choice(['群众身边不正之风和腐败问题', '安全生产', '违规吃喝', '形式主义'])),
        '图解：一图读懂%d年%s政府工作报告' % (ctx.year or 2024, p),
        '%s党委理论学习中心组开展集体学习' % rng.choice(['学校', '集团公司', '市委', '区委', '局']),
        '以高质量党建引领%s高质量发展' % rng.choice(['企业', '乡村振兴', '基层治理', '学校事业']),
        '%s通报%d起违反中央八项规定精神问题' % (p, rng.randint(3, 9)),
        '%s镇：小网格撬动基层大治理' % rng.choice(TOWNS)[:2],
        '政策解读：%s' % rng.choice(['我市出台稳就业十条措施', '《关于进一步减轻企业负担的若干措施》', '新一轮住房公积金政策调整']),
        '%s人大常委会开展%s执法检查' % (p, rng.choice(['食品安全法', '环境保护法', '水污染防治法'])),
        '在全市组织工作会议上的讲话',
        '%s委员：为%s建言献策' % (rng.choice(['市政协', '省政协', '县政协']), rng.choice(['民营经济发展', '养老服务', '职业教育'])),
    ])
    if with_stop is None:
        with_stop = rng.random() < 0.5
    if with_stop:
        base = rng.choice([base + '。', base + '！', '%s。%s' % (base, rng.choice(['记者从会上获悉，全年目标任务顺利完成。',
                                                                              '会议强调，要压紧压实责任。', '详情请见附件。']))])
    return base


def b_related(ctx):
    rng = ctx.rng
    head = rng.choice(['相关文章', '相关阅读', '相关新闻', '相关文件', '相关链接', '推荐阅读', '热点推荐', '延伸阅读：',
                       '▍相关报道', '■ 猜你喜欢', '● 热门文章', '◆ 最新发布', '政策解读', '图片新闻', '视频推荐', '热门排行'])
    n = rng.randint(2, 6)
    hs = [headline(ctx) for _ in range(n)]
    form = rng.randrange(7)
    out = [(head, 'related')]
    for j, h in enumerate(hs):
        if form == 0:
            out.append(('%d. %s' % (j + 1, h), 'related'))
        elif form == 1:
            out.append(('%s %s' % ('①②③④⑤⑥'[j], h), 'related'))
        elif form == 2:
            out.append(('· %s  %s' % (h, fmt_date(rng, dt(rng, ctx.pubdate[0]), False)), 'related'))
        elif form == 3:
            out.append(('[%s](https://%s/art/%d/%s.html)' % (h, ctx.domain or 'www.gov.cn', ctx.pubdate[0], digits(rng, 7)),
                        'related'))
        elif form == 4:
            out.append((h, 'related'))
        elif form == 5:
            out.append(('>> ' + h, 'related'))
        else:
            out.append(('• ' + h, 'related'))
            out.append(('%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)), 'related'))
    if rng.random() < 0.5:
        out.append((rng.choice(['更多>>', '查看更多', 'more+', '更多 »', '[更多]']), 'related'))
    ctx.variants.append('related')
    return out


def b_prevnext(ctx):
    rng = ctx.rng
    a, b = headline(ctx), headline(ctx)
    if rng.random() < 0.2:
        b = '没有了'
    form = rng.randrange(4)
    if form == 0:
        out = [('上一篇：' + a, 'prevnext'), ('下一篇：' + b, 'prevnext')]
    elif form == 1:
        out = [('上一篇：%s    下一篇：%s' % (a, b), 'prevnext')]
    elif form == 2:
        out = [('上一篇', 'prevnext'), (a, 'prevnext'), ('下一篇', 'prevnext'), (b, 'prevnext')]
    else:
        out = [('【上一条】' + a, 'prevnext'), ('【下一条】' + b, 'prevnext')]
    ctx.variants.append('prevnext')
    return out


def b_attachment(ctx):
    rng = ctx.rng
    names = [ctx.title, '%s（图解版）' % ctx.title, '名词解释', '%d年%s重点工作任务分解表' % (ctx.pubdate[0], ctx.short),
             '政策解读', '%s附表' % ctx.title, '民生实事项目清单']
    exts = ['.pdf', '.docx', '.doc', '.xls', '.xlsx', '.wps', '.ofd', '.zip']
    files = ['%s%s' % (n, rng.choice(exts)) for n in rng.sample(names, rng.randint(1, 3))]
    form = rng.randrange(5)
    if form == 0:
        out = [('附件：' + files[0], 'attachment')] + [(f, 'attachment') for f in files[1:]]
    elif form == 1:
        out = [('相关附件', 'attachment')] + [('%d. %s' % (j + 1, f), 'attachment') for j, f in enumerate(files)]
    elif form == 2:
        out = [('【附件】%s  下载次数：%d' % (f, rng.randint(0, 3000)), 'attachment') for f in files]
    elif form == 3:
        out = [('附件下载：', 'attachment')] + [('%s（%.1fMB）' % (f, rng.uniform(0.1, 9)), 'attachment') for f in files]
    else:
        out = [('附件%d：%s' % (j + 1, f), 'attachment') for j, f in enumerate(files)]
    ctx.variants.append('attachment')
    return out


def b_feedback(ctx):
    rng = ctx.rng
    f = rng.choice([['本页面信息是否对您有帮助？', '是', '否'], ['您对本页信息的满意度：', '满意', '基本满意', '不满意'],
                    ['【我要评价】'], ['信息有用吗？ 有用(%d) | 没用(%d)' % (rng.randint(0, 90), rng.randint(0, 9))],
                    ['政策咨询', '我要提问']])
    ctx.variants.append('feedback')
    return [(x, 'feedback') for x in f]


def b_comments(ctx):
    rng = ctx.rng
    out = [(rng.choice(['我要留言', '网友留言', '发表评论', '留言板', '评论（%d）' % rng.randint(0, 60), '全部留言']), 'comments')]
    if rng.random() < 0.5:
        out.append((rng.choice(['请文明发言，理性表达', '留言内容经审核后显示', '您的留言将在审核后公开', '请输入留言内容（500字以内）']),
                    'comments'))
    for _ in range(rng.randint(0, 3)):
        name = rng.choice(['网友', '游客', '匿名用户', person(rng), '%s市民' % ctx.short])
        text = rng.choice(['为%s点赞！' % ctx.short, '学习了，受益匪浅。', '希望尽快落实到位，期待！', '报告实在，接地气。',
                           '关于老旧小区改造，希望能覆盖到我们小区。', '支持！'])
        if rng.random() < 0.5:
            out.append(('%s：%s' % (name, text), 'comments'))
        else:
            out += [(name, 'comments'), (text, 'comments')]
        out.append((rng.choice(['回复', '%d小时前' % rng.randint(1, 23), '赞(%d)' % rng.randint(0, 40),
                                fmt_date(rng, ctx.pubdate, True)]), 'comments'))
    if rng.random() < 0.5:
        out.append((rng.choice(['提交', '发表', '验证码：', '匿名提交', '提 交']), 'comments'))
    ctx.variants.append('comments')
    return out


def b_tags(ctx):
    rng = ctx.rng
    tags = rng.sample(['政府工作报告', '两会', ctx.short, '高质量发展', '党建', '全面从严治党', '乡村振兴', '营商环境',
                       '民生', '政策文件', '学习贯彻'], rng.randint(2, 4))
    form = rng.randrange(3)
    if form == 0:
        out = [('标签：' + ' '.join(tags), 'tags')]
    elif form == 1:
        out = [('关键词：' + '；'.join(tags), 'tags')]
    else:
        out = [(' '.join('#' + t for t in tags), 'tags')]
    ctx.variants.append('tags')
    return out


def b_footer(ctx):
    rng = ctx.rng
    y = rng.randint(2020, 2026)
    prov = rng.choice(['京', '津', '冀', '晋', '辽', '苏', '浙', '皖', '闽', '赣', '鲁', '豫', '鄂', '湘', '粤', '琼', '川', '黔', '滇', '陕'])
    host = getattr(ctx, 'host', ctx.site)
    m = re.match(r'^(.*?(省|自治区|市|州|盟|县|区|镇|乡|街道))', host.replace('中华人民共和国', ''))
    loc = re.sub(r'^(先锋|清风|廉洁|清廉)', '', m.group(1)) if m and len(m.group(1)) <= 12 else ctx.short
    pool = [
        '主办：%s' % host.replace('门户网站', '').replace('网站', ''), '主办单位：%s' % host, '承办：%s' % rng.choice(['大数据中心', '信息中心', '政务服务数据管理局', '宣传部']),
        '承办单位：%s电子政务中心' % loc, '网站标识码：%s' % digits(rng, 10),
        '%sICP备%s号%s' % (prov, digits(rng, 8), rng.choice(['', '-1', '-2', '-3'])),
        '%s公网安备 %s号' % (prov, digits(rng, 14)), '%s公网安备%s号' % (prov, digits(rng, 14)),
        '版权所有：%s' % host, 'Copyright © %d %s All Rights Reserved' % (y, ctx.domain or host),
        '联系电话：0%s-%s' % (digits(rng, rng.choice((2, 3))), digits(rng, 8)), '联系我们 | 网站地图 | 使用帮助 | 隐私声明',
        '地址：%s%s路%d号  邮编：%s' % (loc, rng.choice(['人民', '建设', '中山', '解放', '府前']), rng.randint(1, 300), digits(rng, 6)),
        '建议使用1920×1080分辨率，IE10以上浏览器浏览本站', '您是本站第%s位访客' % digits(rng, 7), '政府网站找错',
        '党政机关', '技术支持：%s科技有限公司' % rng.choice(['拓尔思', '南威', '中软', '浪潮', '数字']), '网站纠错 | 无障碍声明',
        '© %d 版权所有 未经授权禁止转载' % y,
    ]
    st = ctx.style
    if st == 'jijian':
        pool += ['中共%s纪律检查委员会 %s监察委员会 主办' % (ctx.full, ctx.full), '举报电话：12388',
                 '信访举报网址：www.12388.gov.cn', '本网站所刊登的信息和各种专栏资料，未经授权不得转载',
                 '地址：%s市%s路%d号纪检监察大楼' % (ctx.short, rng.choice(['清风', '府前', '建设']), rng.randint(1, 99))]
    elif st == 'party':
        pool += ['中共%s委员会组织部 主办' % ctx.full, '党员服务热线：12371', '本网站由%s党员教育中心维护' % ctx.short,
                 '投稿邮箱：tougao@%s' % (ctx.domain.replace('www.', '') or 'djw.cn'), '违法和不良信息举报电话：12377']
    elif st == 'campus':
        unit = getattr(ctx, 'unit', ctx.site)
        pool = ['版权所有 © %d %s' % (y, unit), '%s党委宣传部 主办' % unit, '地址：%s%s路%d号  邮编：%s' % (
                    ctx.short, rng.choice(['学府', '蠡湖', '科技']), rng.randint(1, 2000), digits(rng, 6)),
                '新闻热线：0%s-%s' % (digits(rng, 3), digits(rng, 8)), '投稿邮箱：xwzx@%s' % ctx.domain.split('.', 1)[1],
                '%sICP备%s号' % (prov, digits(rng, 8)), '%s公网安备%s号' % (prov, digits(rng, 14)),
                '学校主页 | 党委宣传部 | 校报电子版 | 融媒体中心', '集团官网 | 联系我们 | 法律声明']
    elif st == 'renda':
        pool += ['%s人大常委会办公厅 主办' % ctx.short, '%s政协办公厅版权所有' % ctx.short,
                 '人大代表联络站 | 立法意见征集 | 代表建议办理', '地址：%s市人民大道%d号' % (ctx.short, rng.randint(1, 300))]
    items = rng.sample(pool, rng.randint(3, 7))
    form = rng.randrange(4)
    if form == 0:
        out = [(i, 'footer') for i in items]
    elif form == 1:
        out = [(rng.choice(['  ', ' | ', '　　']).join(items), 'footer')]
    elif form == 2:
        out = []
        for i in items:
            out += [(i, 'footer'), ('', 'blank')]
        out.pop()
    else:
        half = len(items) // 2
        out = [('  '.join(items[:half]), 'footer'), ('  '.join(items[half:]), 'footer')]
    ctx.variants.append('footer')
    return out


def b_cookie(ctx):
    rng = ctx.rng
    f = rng.choice([['本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。', '同意', '了解更多'],
                    ['我们重视您的隐私。点击“接受”即表示您同意《隐私政策》。', '接受', '拒绝'],
                    ['温馨提示：您即将离开本网站，访问的网站非本站所有，请注意账号财产安全。'],
                    ['本站部分内容转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。'],
                    ['免责声明：本页所载文件仅供参考，以正式印发文本为准。']])
    ctx.variants.append('cookie')
    return [(x, 'disclaimer') for x in f]


def b_caption(ctx):
    rng = ctx.rng
    p = ctx.short
    f = rng.choice([['图为%s现场。（%s 摄）' % (rng.choice(['会议', '大会开幕', '签约仪式', '调研']), person(rng))],
                    ['▲ %s全景' % rng.choice(['会场', '主会场', '产业园区'])], ['（图片来源：%s融媒体中心）' % p],
                    ['摄影：%s' % person(rng)], ['图片', '%s 摄' % person(rng)], ['[图片]'],
                    ['点击图片查看大图'], ['%s新区航拍图 资料图' % p], ['图：%s' % rng.choice(['大会现场', '代表审议报告', '群众座谈'])]])
    ctx.variants.append('caption')
    return [(x, 'caption') for x in f]


def b_audio(ctx):
    rng = ctx.rng
    f = rng.choice([['播放', '00:00 / %02d:%02d' % (rng.randint(1, 40), rng.randrange(60))], ['听全文'],
                    ['【视频】%s' % ctx.title], ['您的浏览器不支持 video 标签。'], ['▶ 点击播放视频'],
                    ['语音播报', '倍速 1.0x'], ['视频加载中...'], ['音频：%s（时长%d分%d秒）' % (ctx.title, rng.randint(3, 59), rng.randrange(60))]])
    ctx.variants.append('audio')
    return [(x, 'audio') for x in f]


def b_html(ctx):
    rng = ctx.rng
    f = rng.choice([['<div class="TRS_Editor">'], ['</div>'], ['<br/>'], ['&nbsp;'], ['<p style="text-indent:2em;">'],
                    ['<!--正文开始-->'], ['<!--EndFragment-->'], ['<style type="text/css">.TRS_Editor P{margin-top:0px;}</style>'],
                    ['<script>document.write(new Date().getFullYear())</script>'], ['{{content}}'], ['${article.title}'],
                    ['<img src="/images/%s.jpg" alt="" />' % digits(rng, 10)], ['![](images/%s.png)' % digits(rng, 6)],
                    ['---'], ['</td></tr></table>'], ['&lt;/p&gt;'], ['<span style="font-family:仿宋_GB2312;">'],
                    ['[TOC]'], ['<o:p></o:p>'], ['<div class="zoom">', '</div>']])
    ctx.variants.append('html')
    return [(x, 'html_residue') for x in f]


def b_mojibake(ctx):
    rng = ctx.rng
    src = rng.choice(['字号：大 中 小', '打印本页 关闭窗口', '当前位置：首页 > 政务公开', '来源：' + ctx.site, '扫一扫在手机打开当前页',
                      '版权所有：' + ctx.site, '分享到：微信 微博', '上一篇 下一篇', ctx.site])
    ctx.variants.append('mojibake')
    return [(mojibake(rng, src), 'mojibake')]


def b_follow(ctx):
    rng = ctx.rng
    f = rng.choice([['关注“%s”' % ctx.brand, '长按识别二维码'], ['欢迎关注%s微信公众号' % ctx.brand],
                    ['更多精彩内容，请下载“学习强国”APP'], ['点击下方“阅读原文”查看更多'], ['微信公众号', '官方微博', '抖音号']])
    ctx.variants.append('follow')
    return [(x, 'follow') for x in f]


def b_pagination_web(ctx):
    rng = ctx.rng
    n = rng.randint(2, 6)
    f = rng.choice(['上一页 1 2 %d 下一页' % n, '共%d页 当前第1页' % n, '首页 上一页 下一页 尾页', '< 1 2 … %d >' % n,
                    '第1页 共%d页  跳转到 页' % n, '« 1 2 3 »'])
    ctx.variants.append('pagination_web')
    return [(f, 'pagination')]


def b_ads(ctx):
    rng = ctx.rng
    f = rng.choice([['广告'], ['%s政务服务APP，办事不用跑' % ctx.short, '立即下载'], ['【专题】学习贯彻党的二十届三中全会精神'],
                    ['专题：%d年全国两会' % (ctx.year or 2024)], ['banner'], ['12345热线 有事找政府'], ['“%s通”上线啦！' % ctx.short]])
    ctx.variants.append('ads')
    return [(x, 'ads') for x in f]


# --------------------------------------------------------------------------- chrome blocks (PDF / Word)

CN_NUM = '〇一二三四五六七八九'


def cn_year(y):
    return ''.join(CN_NUM[int(c)] for c in str(y))


def b_docheader(ctx):
    """份号 / 密级 / 紧急程度 / 发文机关标志 / 签发人 (a document-header block written for the page)."""
    rng = ctx.rng
    out = []
    if rng.random() < 0.7:
        out.append((rng.choice(['%s' % digits(rng, 6), '份号：%s' % digits(rng, 6), 'No.%s' % digits(rng, 5),
                                '%s号' % digits(rng, 4)]), 'doc_header'))
    if rng.random() < 0.6:
        out.append((rng.choice(['公开', '此件公开', '不公开', '内部资料 注意保存', '秘密★1年', '机密', '内部★',
                                '主动公开']), 'doc_header'))
    if rng.random() < 0.6:
        out.append((rng.choice(['特急', '加急', '平急', '紧急程度：特急', '急件']), 'doc_header'))
    if ctx.folder == 'state_council_2004_2019':
        issuer = ctx.title.split('关于')[0] if '关于' in ctx.title else '国务院'
        out.append((rng.choice(['%s文件', '%s 文 件', '%s']) % issuer if issuer else '国务院文件', 'doc_header'))
    elif ctx.folder in ('city_gwr_2024', 'provincial_gwr_2025'):
        body = ctx.full
        out.append(('%s第%s届人民代表大会第%s次会议文件%s' % (body, rng.choice(['十四', '十七', '十六', '十三']),
                                                   rng.choice(['二', '三', '四']),
                                                   rng.choice(['', '（之一）', '（%s）' % digits(rng, 1)])), 'doc_header'))
    elif ctx.folder == 'cpc_congress_wikisource':
        out.append((rng.choice(['中国共产党全国代表大会文件', '大会文件', '党员学习材料（内部）']), 'doc_header'))
    else:
        out.append((rng.choice(['全国人民代表大会会议文件', '大会文件', '会议材料']), 'doc_header'))
    if rng.random() < 0.4:
        out.append(('签发人：' + person(rng), 'doc_header'))
    if rng.random() < 0.3:
        out.append((rng.choice(['━━━━━━━━━━━━━━━━━━', '————————————————', '★', '─' * 20]), 'doc_header'))
    ctx.variants.append('docheader')
    return out


def b_distribution(ctx):
    """抄送 / 印发 lines at the foot of an official document."""
    rng = ctx.rng
    y, m, d = ctx.pubdate
    full = ctx.full if ctx.folder in ('city_gwr_2024', 'provincial_gwr_2025') else ctx.place
    issuer = '国务院办公厅' if ctx.folder == 'state_council_2004_2019' else rng.choice(
        [full + '人民政府办公室' + rng.choice(['', '秘书科']), full + '人大常委会办公室', '中共%s委办公室' % full])
    out = []
    if rng.random() < 0.5:
        out.append((rng.choice(['─' * 22, '━' * 18, '_' * 30, '——————————————————————']), 'distribution'))
    out.append((rng.choice(['抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅。',
                            '抄送：%s委各部门，%s人大常委会办公厅，%s政协办公厅。' % (('中共' + full,) + (full,) * 2),
                            '抄送：各民主党派、工商联，各人民团体。', '抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委。',
                            '抄送：%s直各单位，各人民团体。' % full]), 'distribution'))
    cn_md = lambda v: ('十' if v == 10 else ('十' + CN_NUM[v - 10] if v < 20 else CN_NUM[v // 10] + '十' + (CN_NUM[v % 10] if v % 10 else ''))) \
        if v >= 10 else CN_NUM[v]
    out.append((rng.choice(['%s　　　　　　　　%d年%d月%d日印发' % (issuer, y, m, d),
                            '%s %d年%d月%d日印发' % (issuer, y, m, d),
                            '%s  %s年%s月%s日印发' % (issuer, cn_year(y), cn_md(m), cn_md(d)), '（共印%d份）' % rng.randint(30, 600)]),
                'distribution'))
    if rng.random() < 0.3:
        out.append(('校对：%s' % person(rng), 'distribution'))
    ctx.variants.append('distribution')
    return out


def b_attachment_list(ctx):
    rng = ctx.rng
    if ctx.folder == 'state_council_2004_2019':
        names = ['重点任务分工及进度安排表', '有关部门职责分工', '主要指标说明', '申报材料目录（样表）', '相关名词解释',
                 '各地区联系人名单']
    else:
        y = ctx.year or ctx.pubdate[0]
        names = ['%d年重点工作任务分解表' % y, '%d年民生实事项目' % y, '名词解释', '主要指标完成情况',
                 '报告中的数据说明', '%d年国民经济和社会发展计划主要指标' % y]
    chosen = rng.sample(names, rng.randint(1, 3))
    if len(chosen) == 1:
        out = [('附件：' + chosen[0], 'attachment')]
    else:
        out = [('附件：1．' + chosen[0], 'attachment')] + [('　　　%d．%s' % (j + 2, c), 'attachment') for j, c in enumerate(chosen[1:])]
    ctx.variants.append('attachment_list')
    return out


def b_toc(ctx):
    """An outline (目录) of the document's own 一、 headings with leaders and page numbers."""
    rng = ctx.rng
    heads = [p for p in ctx.paras if re.match(r'^[一二三四五六七八九十]{1,3}、', p) and len(p) <= 40]
    if len(heads) < 2:
        return []
    out = [(rng.choice(['目录', '目 录', '目　　录', '文档目录', 'CONTENTS']), 'toc')]
    pg = rng.randint(1, 3)
    lead = rng.choice(['……', '.' * 12, '…………………', '　', ' ', '-' * 6])
    for h in heads[:8]:
        out.append(('%s%s%d' % (h, lead, pg), 'toc'))
        pg += rng.randint(1, 6)
    ctx.variants.append('toc')
    return out


def b_viewer(ctx):
    """The toolbar of a portal's online attachment viewer (PDF.js-like) above an extracted PDF."""
    rng = ctx.rng
    total = rng.randint(3, 40)
    f = rng.choice([[('附件预览', 'nav'), ('下载  打印  放大  缩小', 'toolbar_actions'), ('1 / %d' % total, 'pagination')],
                    [('%s.pdf' % ctx.title[:16], 'title_repeat'), ('第 1 页，共 %d 页' % total, 'pagination'),
                     ('适合页宽　自动缩放　100%', 'toolbar_actions')],
                    [('在线预览', 'nav'), ('原文件下载（%.2f MB）' % rng.uniform(0.1, 8), 'attachment')],
                    [('查看原文', 'nav'), ('⇩ 下载', 'toolbar_actions'), ('⎙ 打印', 'toolbar_actions')],
                    [('正在加载文档，请稍候……', 'nav')]])
    ctx.variants.append('viewer')
    return f


def b_doc_title(ctx):
    """The printed title of a report whose run starts below it (the corpus line is not in the run)."""
    rng = ctx.rng
    if ctx.folder == 'state_council_2004_2019' or any('报告' in p and len(p) <= 40 for p in ctx.paras[ctx.s:ctx.s + 3]):
        return []
    first = ctx.paras[0]
    opts = ['政府工作报告', '政 府 工 作 报 告', '政　府　工　作　报　告'] if 'gwr' in ctx.folder else ['大会报告', '报　告']
    t = rng.choice(opts)
    if t == first:
        return []
    ctx.variants.append('doc_title')
    return [(t, 'title_repeat')]


def page_number(ctx, k, total, form):
    return [('- %d -' % k), ('— %d —' % k), ('第%d页' % k), ('第 %d 页 共 %d 页' % (k, total)), ('%d / %d' % (k, total)),
            ('Page %d of %d' % (k, total)), ('·%d·' % k), str(k), ('－%d－' % k), ('%d' % k).center(12)][form]


def b_word_residue(ctx):
    rng = ctx.rng
    f = rng.choice([[('[键入文字]', 'html_residue')], [('批注 [A1]: 此处数据请再核实', 'html_residue')],
                    [('（此页无正文）', 'doc_header')], [('目录', 'toc'), ('错误!未定义书签。', 'html_residue')],
                    [('修订：%s  %s' % (person(rng), fmt_date(rng, ctx.pubdate, True)), 'html_residue')],
                    [('Microsoft Word - %s.docx' % ctx.title[:14], 'title_repeat')],
                    [('文档1', 'html_residue'), ('仅供内部使用', 'doc_header')], [('[在此处键入]', 'html_residue')]])
    ctx.variants.append('word_residue')
    return list(f)


# --------------------------------------------------------------------------- content layout

def wrap_para(ctx, text, width, indent):
    """Hard-wrap ``text`` at ``width`` characters (first line shorter by the indent), punctuation hanging."""
    rng = ctx.rng
    pieces = []
    i = 0
    first = True
    n = len(text)
    while i < n:
        w = width - (len(indent) if first else 0)
        j = min(n, i + w)
        while j < n and text[j] in CLOSERS:
            j += 1
        while j < n and (text[j - 1].isspace() or text[j].isspace()):
            j += 1
        pieces.append(text[i:j])
        i = j
        first = False
    return pieces


def content_lines(ctx, indent, blank, wrapw=None):
    """(text, label, kind, para) rows of the run with its layout."""
    rng = ctx.rng
    rows = []
    for i in range(ctx.s, ctx.e + 1):
        p = ctx.paras[i]
        kind = content_kind(ctx.paras, i)
        ind = indent if (kind == 'content' or rng.random() < 0.5) else ''
        if wrapw and kind == 'content' and len(p) > wrapw:
            pieces = wrap_para(ctx, p, wrapw, ind)
            for j, pc in enumerate(pieces):
                rows.append(((ind if j == 0 else '') + pc, 'content', kind, i))
        else:
            rows.append((ind + p, 'content', kind, i))
        if i < ctx.e:
            if blank == 1:
                rows.append(('', 'blank', 'blank', None))
            elif blank == 2:
                rows += [('', 'blank', 'blank', None)] * 2
            elif blank == 'ws':
                rows.append((rng.choice(['　', ' ', '  ', '\t', '　　']), 'blank', 'blank', None))
            elif blank == 'mix' and rng.random() < 0.5:
                rows.append(('', 'blank', 'blank', None))
    return rows


def as_rows(block):
    return [(t, 'blank' if k == 'blank' else 'chrome', k, None) for t, k in block]


def insert_inside(ctx, rows, blocks):
    """Put chrome blocks between content paragraphs (never inside a wrapped paragraph)."""
    rng = ctx.rng
    spots = [j for j in range(1, len(rows)) if rows[j][1] == 'content' and rows[j - 1][1] != 'content'
             or (rows[j][1] == 'content' and rows[j - 1][1] == 'content' and rows[j][3] != rows[j - 1][3])]
    for blk in blocks:
        if not spots:
            break
        at = rng.choice(spots)
        rows[at:at] = as_rows(blk)
        shift = len(blk)
        spots = [s + shift if s >= at else s for s in spots if s != at]
    return rows


def paginate(ctx, rows, per_page, pnform, header, inpara_ok):
    """Insert page-number lines (and running headers) every ``per_page`` content lines."""
    rng = ctx.rng
    total_lines = sum(1 for r in rows if r[1] == 'content')
    total = max(1, total_lines // per_page + 1) + ctx.page_offset + (1 if ctx.e >= len(ctx.paras) - 1 else 5)
    out = []
    count = 0
    k = ctx.page_offset
    for j, r in enumerate(rows):
        out.append(r)
        if r[1] == 'content':
            count += 1
            nxt = rows[j + 1] if j + 1 < len(rows) else None
            same_para = nxt is not None and nxt[1] == 'content' and nxt[3] == r[3]
            if count >= per_page and nxt is not None and (inpara_ok or not same_para):
                k += 1
                count = 0
                blk = []
                if rng.random() < 0.5:
                    blk.append(('', 'blank'))
                blk.append((page_number(ctx, k, total, pnform), 'pagination'))
                if header:
                    blk.append((header, 'title_repeat'))
                if rng.random() < 0.4:
                    blk.append(('', 'blank'))
                out += as_rows(blk)
                ctx.variants.append('pagebreak_inpara' if same_para else 'pagebreak')
    ctx.last_page = k + 1
    ctx.total_pages = total
    return out


# --------------------------------------------------------------------------- page plans per style

def web_page(ctx):
    rng = ctx.rng
    st = ctx.style
    pre, post, inside = [], [], []
    if rng.random() < 0.15:
        pre.append(b_cookie(ctx))
    if rng.random() < 0.7:
        pre.append(b_topbar(ctx))
    if rng.random() < 0.4:
        pre.append(b_weather(ctx))
    if rng.random() < 0.4 and st in ('party', 'campus', 'jijian') or rng.random() < 0.12:
        pre.append(b_login(ctx))
    pre.append(b_sitename(ctx))
    if rng.random() < 0.6:
        pre.append(b_search(ctx))
    if rng.random() < 0.85:
        pre.append(b_menu(ctx))
    if rng.random() < 0.1:
        pre.append(b_mojibake(ctx))
    if rng.random() < 0.85:
        pre.append(b_breadcrumb(ctx))
    if st == 'xxgk' or (st in ('portal', 'ministry') and rng.random() < 0.35):
        pre.append(b_meta_table(ctx))
    if rng.random() < 0.8:
        pre.append(b_title(ctx))
    if st != 'xxgk' or rng.random() < 0.5:
        pre.append(b_metadata(ctx))
    if rng.random() < 0.45:
        pre.append(b_fontsize(ctx))
    if rng.random() < 0.3:
        pre.append(b_audio(ctx))
    if rng.random() < 0.25:
        pre.append(b_html(ctx))
    # between paragraphs
    for f, p in ((b_caption, 0.35), (b_html, 0.3), (b_mojibake, 0.1), (b_ads, 0.12), (b_audio, 0.1),
                 (b_pagination_web, 0.1)):
        if rng.random() < p:
            inside.append(f(ctx))
    # after
    if rng.random() < 0.25:
        post.append(b_html(ctx))
    if rng.random() < 0.35 and st in ('portal', 'xxgk', 'ministry', 'renda'):
        post.append(b_attachment(ctx))
    if rng.random() < 0.3:
        post.append(b_tags(ctx))
    if rng.random() < 0.3:
        post.append(b_metadata_tail(ctx))
    if rng.random() < 0.55:
        post.append(b_actions(ctx))
    if rng.random() < 0.45:
        post.append(b_share(ctx))
    if rng.random() < 0.4:
        post.append(b_qr(ctx))
    if rng.random() < 0.3 and st in ('portal', 'xxgk', 'ministry'):
        post.append(b_feedback(ctx))
    if rng.random() < 0.55:
        post.append(b_prevnext(ctx))
    if rng.random() < 0.65:
        post.append(b_related(ctx))
    if rng.random() < 0.3 or st in ('renda', 'jijian') and rng.random() < 0.4:
        post.append(b_comments(ctx))
    if rng.random() < 0.25 and st in ('party', 'campus', 'jijian'):
        post.append(b_follow(ctx))
    if rng.random() < 0.1:
        post.append(b_mojibake(ctx))
    post.append(b_footer(ctx))
    if rng.random() < 0.3:
        mid = rng.randrange(len(post))
        post[mid:mid] = [b_qr(ctx)] if 'qr' not in ctx.variants else []
    indent = rng.choice(['', '', '　　', '　', '  ', '    ', '\t'])
    blank = rng.choice([0, 1, 1, 2, 'ws', 'mix'])
    rows = content_lines(ctx, indent, blank)
    residue_wrap = rng.random() < 0.1
    if residue_wrap:
        wrapped = []
        opener = rng.choice(['<p>', '<p style="text-indent: 2em;">', '<p class="MsoNormal">', '<P align=justify>'])
        for r in rows:
            if r[1] == 'content':
                wrapped += [(opener, 'chrome', 'html_residue', None), r, ('</p>', 'chrome', 'html_residue', None)]
            else:
                wrapped.append(r)
        rows = wrapped
    rows = insert_inside(ctx, rows, inside)
    ctx.variants.append('indent=%r,blank=%s' % (indent, blank) + (',residue_wrap' if residue_wrap else ''))
    return pre, rows, post


def b_metadata_tail(ctx):
    rng = ctx.rng
    f = rng.choice(['（责任编辑：%s）' % person(rng), '编辑：%s  审核：%s' % (person(rng), person(rng)),
                    '来源：%s | 编辑：%s | 审核：%s' % (ctx.brand, person(rng), person(rng)),
                    '初审：%s 复审：%s 终审：%s' % (person(rng), person(rng), person(rng)), '【责任编辑：%s】' % person(rng),
                    '（供稿：%s  摄影：%s）' % (person(rng), person(rng))])
    ctx.variants.append('meta_tail')
    return [(f, 'metadata')]


def doc_page(ctx):
    """PDF or Word copy: header block at a document's head, hard wraps (pdf), page numbers, running header."""
    rng = ctx.rng
    pre, post = [], []
    at_head = ctx.s <= 3
    at_tail = ctx.e >= len(ctx.paras) - 1
    if rng.random() < 0.35:
        pre.append([(rng.choice(['%s.pdf' % ctx.title, '%s.docx' % ctx.title, '%s - WPS文字' % ctx.title,
                                 '文件名：%s.pdf' % ctx.title[:12], '%s（%s）.pdf' % (ctx.title, rng.choice(['全文', '定稿', '印刷版']))]),
                     'title_repeat')])
    if ctx.style == 'word' and rng.random() < 0.4:
        pre.append(b_word_residue(ctx))
    if ctx.style == 'pdf' and rng.random() < 0.4:
        pre.append(b_viewer(ctx))
    if at_head and rng.random() < 0.9:
        pre.append(b_docheader(ctx))
    if at_head and rng.random() < 0.5:
        pre.append(b_doc_title(ctx))
    if at_head and rng.random() < 0.5:
        pre.append(b_toc(ctx))
    ctx.page_offset = 0 if at_head else rng.randint(1, 30)
    if not at_head and rng.random() < 0.5:
        pre.append([(ctx.title, 'title_repeat')] if rng.random() < 0.5 else
                   [(page_number(ctx, ctx.page_offset, ctx.page_offset + 10, 0), 'pagination')])
    wrapw = rng.randint(22, 46) if ctx.style == 'pdf' else None
    indent = rng.choice(['　　', '', '  ', '　　'])
    blank = rng.choice([0, 0, 1, 'mix']) if ctx.style == 'pdf' else rng.choice([0, 1, 1, 'ws'])
    rows = content_lines(ctx, indent, blank, wrapw)
    header = None
    if rng.random() < 0.75:
        header = rng.choice([ctx.title, '— %s —' % ctx.title, '《%s》' % ctx.title, '%s　　%d年' % (ctx.title, ctx.pubdate[0]),
                             '%s（%d年%d月）' % (ctx.title, ctx.pubdate[0], ctx.pubdate[1])]).strip()
    per = rng.randint(12, 26) if ctx.style == 'pdf' else rng.randint(4, 12)
    ctx.pnform = rng.randrange(10)
    rows = paginate(ctx, rows, per, ctx.pnform, header, ctx.style == 'pdf' or rng.random() < 0.3)
    if ctx.style == 'word' and rng.random() < 0.3 and len(rows) > 12:
        head_rows, tail_rows = rows[:len(rows) - 6], rows[len(rows) - 6:]
        rows = insert_inside(ctx, head_rows, [b_word_residue(ctx)]) + tail_rows
    if at_tail and rng.random() < 0.85:
        post.append(b_attachment_list(ctx) if rng.random() < 0.5 else [])
        if rng.random() < 0.5:
            post.append([('', 'blank')] * rng.randint(1, 3))
        post.append(b_distribution(ctx))
    post.append([('', 'blank'), (page_number(ctx, ctx.last_page, ctx.total_pages, ctx.pnform).strip(), 'pagination')])
    if rng.random() < 0.25:
        post.append([(rng.choice(['（完）', '—END—', '本文档由用户上传，仅供学习参考。', '文档来源：%s门户网站' % ctx.short,
                                  '打印日期：%s' % fmt_date(rng, ctx.pubdate, True)]), 'disclaimer')])
    ctx.variants.append(('pdf_w%d' % wrapw if wrapw else 'word') + ',indent=%r,blank=%s' % (indent, blank))
    return pre, rows, post


# --------------------------------------------------------------------------- assembling

STYLE_FOLDERS = {
    'portal': ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource'),
    'xxgk': ('city_gwr_2024', 'state_council_2004_2019', 'provincial_gwr_2025'),
    'ministry': ('state_council_2004_2019', 'national_gwr_wikisource', 'city_gwr_2024'),
    'renda': ('city_gwr_2024', 'provincial_gwr_2025', 'national_gwr_wikisource'),
    'jijian': ('cpc_congress_wikisource', 'national_gwr_wikisource', 'city_gwr_2024', 'provincial_gwr_2025'),
    'party': ('cpc_congress_wikisource', 'national_gwr_wikisource', 'city_gwr_2024'),
    'campus': ('cpc_congress_wikisource', 'national_gwr_wikisource', 'provincial_gwr_2025', 'city_gwr_2024'),
    'pdf': ('state_council_2004_2019', 'state_council_2004_2019', 'city_gwr_2024', 'provincial_gwr_2025', 'national_gwr_wikisource',
            'cpc_congress_wikisource'),
    'word': ('state_council_2004_2019', 'state_council_2004_2019', 'city_gwr_2024', 'provincial_gwr_2025', 'national_gwr_wikisource'),
}


def pick_run(rng, paras, taken, where, maxlen):
    n = len(paras)
    ok = [not editorial(p) for p in paras]
    for _ in range(200):
        L = rng.randint(3, min(maxlen, n))
        if where == 'head':
            s = 0
            while s < n and not ok[s]:
                s += 1
            e = s + L - 1
        elif where == 'tail':
            e = n - 1
            while e > 0 and not ok[e]:
                e -= 1
            s = e - L + 1
        else:
            s = rng.randint(0, max(0, n - L))
            e = s + L - 1
        if s < 0 or e >= n or e - s + 1 < 3:
            continue
        if not all(ok[s:e + 1]):
            continue
        if any(not (e < a or s > b) for a, b in taken):
            continue
        return s, e
    return None


def build(seed, out_dir, n_pages=88):
    rng = random.Random(seed)
    corpus = find_corpus()
    docs = load_docs(corpus)
    avoid = avoid_ranges()
    used = collections.defaultdict(list)
    os.makedirs(os.path.join(out_dir, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(out_dir, 'gold'), exist_ok=True)
    for d in ('pages', 'gold'):
        for f in os.listdir(os.path.join(out_dir, d)):
            os.remove(os.path.join(out_dir, d, f))
    by_folder = collections.defaultdict(list)
    for src, paras in docs:
        by_folder[src.split('/')[0]].append((src, paras))
    styles = [STYLES[i % len(STYLES)] for i in range(n_pages)]
    rng.shuffle(styles)
    index = []
    used_docs = set()
    doc_no = 0
    for st in styles:
        for attempt in range(60):
            folder = rng.choice(STYLE_FOLDERS[st])
            src, paras = rng.choice(by_folder[folder])
            if src in used_docs and attempt < 40:
                continue
            where = rng.choice(['head', 'head', 'tail', 'tail', 'middle'] + (['head', 'tail'] if st in ('pdf', 'word') else []))
            maxlen = 20 if st == 'pdf' else 40
            run = pick_run(rng, paras, avoid[src] + used[src], where, maxlen)
            if run:
                break
        else:
            continue
        s, e = run
        used[src].append(run)
        used_docs.add(src)
        ctx = Ctx(rng, st, src, paras, s, e)
        choose_site(ctx)
        if st in ('pdf', 'word'):
            pre, rows, post = doc_page(ctx)
        else:
            pre, rows, post = web_page(ctx)
        content = set(r[0].strip() for r in rows if r[1] == 'content')
        allrows = []
        for blk in pre:
            allrows += as_rows(blk)
            if rng.random() < 0.35:
                allrows.append(('', 'blank', 'blank', None))
        if pre and rng.random() < 0.6:
            allrows.append(('', 'blank', 'blank', None))
        allrows += rows
        if rng.random() < 0.6:
            allrows.append(('', 'blank', 'blank', None))
        for blk in post:
            allrows += as_rows(blk)
            if rng.random() < 0.35:
                allrows.append(('', 'blank', 'blank', None))
        final = []
        for t, lab, kind, para in allrows:
            if lab == 'chrome':
                t = clean_chars(t) if kind != 'blank' else t
                if not t.strip() or t.strip() in content:
                    continue
            final.append((t, lab, kind, para))
        while final and final[-1][1] == 'blank':
            final.pop()
        while final and final[0][1] == 'blank':
            final.pop(0)
        doc_no += 1
        name = '%03d' % doc_no
        with open(os.path.join(out_dir, 'pages', name + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, *_ in final))
        with open(os.path.join(out_dir, 'gold', name + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, kind, para) in enumerate(final, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, kind, '' if para is None else para))
        variants = ';'.join(ctx.variants)
        index.append((name, st, src, s, e, len(final), variants, ctx.site, ctx.level or ''))
    with open(os.path.join(out_dir, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite\tlevel\n')
        for r in index:
            fh.write('\t'.join(str(x) for x in r) + '\n')
    print('%d pages written to %s (seed %d)' % (len(index), out_dir, seed))


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=20261404)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--pages', type=int, default=88)
    a = ap.parse_args()
    build(a.seed, os.path.abspath(a.out), a.pages)
