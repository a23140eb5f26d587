#!/usr/bin/env python3
"""Generator of the chrome development set 14 (stdlib only; helper chromedev14, 2026-11-30).

Reads the shared corpus, picks one contiguous run of real paragraphs per source document (preferring
documents and ranges the earlier sets' index.tsv files did not use), wraps each run in page chrome
written here from the writer's own knowledge of Chinese government service / open-data platforms, and
writes pages/NNN.txt, gold/NNN.tsv and index.tsv. Deterministic: one fixed seed, sorted inputs.

Styles: xzfw (政务服务网 item pages), xxgk (信息公开 annual reports and columns), policylib (政策文件库),
jiedu (政策解读: 图解, 一图读懂, 政策问答), liuyan (留言板 / 领导信箱 / 12345 replies), pdf (hard-wrapped
PDF / Word copies with page breaks inside paragraphs).

  python make_pages.py [--corpus DIR]
"""
import collections
import datetime
import glob
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261430
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
PER_FOLDER = {'city_gwr_2024': 50, 'provincial_gwr_2025': 16, 'state_council_2004_2019': 15,
              'national_gwr_wikisource': 12, 'cpc_congress_wikisource': 8}
SKIP = ('廣州共產黨報告', '陈独秀在中国共产党第三次', '1954_', '1956_', '国家教材委员会组成人员')
STYLES = ('xzfw', 'xxgk', 'policylib', 'jiedu', 'liuyan', 'pdf')


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


# ----------------------------------------------------------------------------- corpus

RESIDUE_WORDS = ('ICP备', '版权所有', '网站标识码', '公网安备', '网站地图', '主办单位：', '承办单位：', '技术支持',
                 '扫一扫在手机', '责任编辑', '信息来源：', '打印关闭', '联系我们', '党政机关')
BAD_START = ('来源', '注：', '注:', '附件', '（本文', '(本文', '↑', '[', '［', '【', '①', '②', '③', '名词解释',
             '作者：', '编辑：', '*', '※')


def cjk(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def good_para(p):
    if cjk(p) < 2 or len(p) > 1800:
        return False
    if p.startswith(BAD_START):
        return False
    if any(w in p for w in RESIDUE_WORDS):
        return False
    if any(unicodedata.category(ch) in ('Cc', 'Cf', 'Co', 'Cn', 'Cs') for ch in p):
        return False
    if '\t' in p or '\u3000\u3000' in p:
        return False
    return True


def residue_start(paras):
    """Index where the file's own web-page residue (portal footer lines) begins, else len(paras)."""
    k = len(paras)
    strong = False
    while k > 0:
        p = paras[k - 1]
        if any(w in p for w in RESIDUE_WORDS):
            strong = True
            k -= 1
        elif strong and '。' not in p and len(p) < 40:
            k -= 1
        elif not strong and k > len(paras) - 12 and '。' not in p and len(p) < 25 and not p.endswith(('！', '：')):
            k -= 1
        else:
            break
    return k if strong else len(paras)


def content_kind(paras, i):
    p = paras[i]
    n = len(paras)
    if p in ('各位代表：', '同志们：') or (p.endswith('：') and len(p) <= 40 and (p.startswith('各') or any(
            w in p for w in ('国务院', '人民政府', '各部委', '直属机构', '自治区', '委员会', '办公厅')))):
        return 'greeting'
    if re.fullmatch(r'[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日', p) or re.fullmatch(
            r'[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日', p):
        return 'signature'
    if p in ('（此件公开发布）', '(此件公开发布)'):
        return 'signature'
    if i + 1 < n and len(p) <= 30 and '。' not in p and content_kind_date(paras[i + 1]):
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def content_kind_date(p):
    return bool(re.fullmatch(r'[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日', p) or re.fullmatch(
        r'[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日', p))


def earlier_ranges():
    out = collections.defaultdict(list)
    for p in sorted(glob.glob(os.path.join(HERE, '..', 'chrome_*', 'index.tsv'))):
        name = os.path.basename(os.path.dirname(p))
        if name == 'chrome_dev14':
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        if 'source_file' not in h:
            continue
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out[r[si]].append((int(r[a]), int(r[b])))
    return out


def titles(corpus):
    t = {}
    for f in FOLDERS:
        p = os.path.join(corpus, f, '_index.tsv')
        if not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        ti = h.index('title')
        for r in rows[1:]:
            extra = {h[j]: r[j] for j in range(len(h)) if j < len(r)}
            t[f + '/' + r[0]] = extra
    return t


# ----------------------------------------------------------------------------- random helpers

R = random.Random(SEED)
SURN = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
GIVN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏晓东雪琳斌宇浩凯健俊帆帅旭宁颖倩婷博文欣怡梓涵子轩一鸣思远嘉懿海燕春梅'
WD = '一二三四五六日'


def pick(xs):
    return R.choice(xs)


def name(mask=False):
    s = pick(SURN)
    g = pick(GIVN) + (pick(GIVN) if R.random() < 0.6 else '')
    if mask:
        return s + ('*' * len(g) if R.random() < 0.5 else '某' * (1 if R.random() < 0.5 else len(g)))
    return s + g


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def rdate(y0=2024, y1=2026):
    d0 = datetime.date(y0, 1, 1)
    d1 = datetime.date(y1, 11, 28)
    return d0 + datetime.timedelta(days=R.randint(0, (d1 - d0).days))


def rtime():
    return '%02d:%02d' % (R.randint(7, 23), R.randint(0, 59))


def rtimes():
    return '%02d:%02d:%02d' % (R.randint(7, 23), R.randint(0, 59), R.randint(0, 59))


def fdate(d, form=None):
    form = form if form is not None else R.randint(0, 5)
    if form == 0:
        return d.isoformat()
    if form == 1:
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if form == 2:
        return '%d/%02d/%02d' % (d.year, d.month, d.day)
    if form == 3:
        return '%d.%d.%d' % (d.year, d.month, d.day)
    if form == 4:
        return '%d年%02d月%02d日' % (d.year, d.month, d.day)
    return '%d-%d-%d' % (d.year, d.month, d.day)


def fw(s):
    """Half-width ASCII to full-width, for some lines."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)


def sep():
    return pick(['　', '  ', ' | ', '｜', ' · ', '\t', '　|　', ' / ', '   ', ' '])


def join(items, s=None):
    return (s if s is not None else sep()).join(items)


def size():
    if R.random() < 0.5:
        return '%.1fKB' % (R.randint(120, 9800) / 10) if R.random() < 0.5 else '%dK' % R.randint(12, 980)
    return '%.2fMB' % (R.randint(100, 2600) / 100) if R.random() < 0.6 else '%.1fM' % (R.randint(10, 260) / 10)


def mojibake(s):
    b = s.encode('utf-8')
    t = b.decode(pick(['latin-1', 'cp1252', 'gbk']), errors='replace')
    return ''.join(ch for ch in t if unicodedata.category(ch) not in ('Cc', 'Cf', 'Co', 'Cn', 'Cs') and ch not in '\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')


# ----------------------------------------------------------------------------- page context

PLACES_PROV = ['浙江', '江苏', '广东', '山东', '四川', '湖北', '湖南', '河南', '福建', '安徽', '江西', '广西', '贵州', '云南',
               '陕西', '甘肃', '河北', '山西', '辽宁', '吉林', '黑龙江', '海南', '重庆', '天津', '北京', '上海', '宁夏', '青海']
APP = {'浙江': '浙里办', '广东': '粤省事', '江苏': '苏服办', '上海': '随申办', '北京': '京通', '山东': '爱山东', '四川': '天府通办',
       '湖北': '鄂汇办', '福建': '闽政通', '安徽': '皖事通', '重庆': '渝快办', '天津': '津心办', '河南': '豫事办', '湖南': '湘易办',
       '江西': '赣服通', '贵州': '贵人服务', '云南': '一部手机办事通', '广西': '智桂通', '陕西': '秦务员', '甘肃': '甘快办',
       '河北': '冀时办', '山西': '三晋通', '辽宁': '辽事通', '吉林': '吉事办', '黑龙江': '黑龙江全省事', '海南': '海易办',
       '宁夏': '我的宁夏', '青海': '青松办'}


CITY_PROV = {}
for _pv, _cities in (('四川', '乐山 内江 凉山 南充 宜宾 巴中 广元 广安 德阳 成都 攀枝花 泸州 甘孜 眉山 绵阳 资阳 达州 遂宁 阿坝 雅安'),
                     ('安徽', '亳州 六安 合肥 宣城 宿州 池州 淮北 淮南 滁州 芜湖 蚌埠 铜陵 阜阳 马鞍山 黄山'),
                     ('山东', '东营 临沂 德州 威海 日照 枣庄 泰安 济南 济宁 淄博 滨州 潍坊 烟台 聊城 菏泽 青岛'),
                     ('浙江', '丽水 台州 嘉兴 宁波 杭州 温州 湖州 绍兴 舟山 衢州 金华'),
                     ('江苏', '南京 南通 常州 徐州 扬州 无锡 泰州 淮安 盐城 苏州 连云港 镇江'),
                     ('湖北', '十堰 咸宁 天门 孝感 宜昌 恩施 武汉 潜江 荆州 荆门 襄阳 鄂州 随州 黄冈 黄石'),
                     ('广西', '北海 南宁 崇左 来宾 柳州 桂林 梧州 河池 玉林 百色 贵港 贺州 钦州 防城港'),
                     ('贵州', '六盘水 安顺 毕节 贵阳 遵义 铜仁 黔东南 黔南 黔西南'), ('湖南', '岳阳 永州 益阳 郴州 长沙'),
                     ('江西', '吉安 宜春 抚州 赣州'), ('广东', '中山 广州 深圳'), ('海南', '三亚'), ('新疆', '乌鲁木齐'),
                     ('吉林', '吉林'), ('内蒙古', '呼和浩特 锡林郭勒'), ('黑龙江', '哈尔滨 牡丹江'), ('河北', '承德'),
                     ('山西', '晋城 长治 阳泉'), ('西藏', '林芝'), ('福建', '厦门'), ('辽宁', '沈阳'), ('宁夏', '银川'),
                     ('上海', '上海'), ('北京', '北京'), ('天津', '天津'), ('重庆', '重庆')):
    for _c in _cities.split():
        CITY_PROV[_c] = _pv
ABBR = {'四川': ('川', 'sc'), '安徽': ('皖', 'ah'), '山东': ('鲁', 'shandong'), '浙江': ('浙', 'zj'), '江苏': ('苏', 'js'),
        '湖北': ('鄂', 'hubei'), '广西': ('桂', 'gxzf'), '贵州': ('黔', 'guizhou'), '湖南': ('湘', 'hunan'), '江西': ('赣', 'jiangxi'),
        '广东': ('粤', 'gd'), '海南': ('琼', 'hainan'), '新疆': ('新', 'xinjiang'), '吉林': ('吉', 'jl'), '内蒙古': ('蒙', 'nmg'),
        '黑龙江': ('黑', 'hlj'), '河北': ('冀', 'hebei'), '山西': ('晋', 'shanxi'), '西藏': ('藏', 'xizang'), '福建': ('闽', 'fujian'),
        '辽宁': ('辽', 'ln'), '宁夏': ('宁', 'nx'), '上海': ('沪', 'sh'), '北京': ('京', 'beijing'), '天津': ('津', 'tj'),
        '重庆': ('渝', 'cq'), '云南': ('滇', 'yn'), '陕西': ('陕', 'shaanxi'), '甘肃': ('甘', 'gansu'), '河南': ('豫', 'henan'),
        '青海': ('青', 'qinghai')}
APP.update({'新疆': '新疆政务服务', '西藏': '西藏政务', '内蒙古': '蒙速办'})


def short_prov(name):
    for suf in ('壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '省', '市'):
        if name.endswith(suf) and len(name) > len(suf):
            return name[:-len(suf)]
    return name


ZHOU = ('凉山', '恩施', '甘孜', '阿坝', '黔东南', '黔南', '黔西南')


class Ctx:
    pass


def make_ctx(src, paras, s, e, meta, style):
    c = Ctx()
    c.src, c.style = src, style
    folder, fname = src.split('/')
    base = fname[:-4]
    c.prov = pick(PLACES_PROV)
    c.app = APP.get(c.prov, '政务服务')
    if folder == 'city_gwr_2024':
        city = base.split('_')[1]
        full = city + ('州' if city in ZHOU else '盟' if city == '锡林郭勒' else '市')
        c.place = city
        c.title = pick(['2024年%s政府工作报告' % city, '%s2024年政府工作报告' % full, '政府工作报告（%s，2024年）' % city,
                        '%s政府工作报告' % full, '2024年%s人民政府工作报告' % full])
        c.short = '%s政府工作报告' % city
        c.year = 2024
        c.org = pick(['%s人民政府', '%s人民政府办公室', '%s政务服务和大数据管理局', '%s发展和改革委员会']) % full
        c.kind = 'report'
    elif folder == 'provincial_gwr_2025':
        pv = base.split('_')[1]
        c.place = pv
        c.title = pick(['2025年%s政府工作报告', '%s2025年政府工作报告', '政府工作报告——2025年%s人民代表大会']) % pv
        c.short = '%s政府工作报告' % pv
        c.year = 2025
        c.org = pick(['%s人民政府', '%s人民政府办公厅', '%s发展和改革委员会']) % pv
        c.kind = 'report'
    elif folder == 'state_council_2004_2019':
        c.place = c.prov
        c.title = meta.get('title') or base.split('_', 2)[2]
        c.docno = meta.get('document_number') or base.split('_')[1]
        c.short = c.title[:18] + '…' if len(c.title) > 20 else c.title
        c.year = int(base[:4])
        c.org = meta.get('issuer') or '国务院'
        c.kind = 'doc'
    elif folder == 'national_gwr_wikisource':
        y = int(base[:4])
        c.place = c.prov
        c.title = '%d年国务院政府工作报告' % y
        c.short = '%d年政府工作报告' % y
        c.year = y
        c.org = '国务院'
        c.kind = 'report'
    else:
        c.place = c.prov
        t = (meta.get('title') or base.split('_', 2)[2]).split(' (')[0]
        c.title = t
        c.short = t[:14] + '…' if len(t) > 16 else t
        c.year = {1: 1921, 9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002,
                  17: 2007, 18: 2012, 19: 2017, 20: 2022}.get(int(base[:2]), 2000)
        c.org = '中国共产党全国代表大会'
        c.kind = 'cpc'
    if folder == 'city_gwr_2024':
        c.prov = CITY_PROV.get(c.place, c.prov)
    elif folder == 'provincial_gwr_2025':
        c.prov = short_prov(c.place)
    c.app = APP.get(c.prov, '%s政务服务' % c.prov)
    c.abbr, c.dom = ABBR.get(c.prov, ('京', 'gov'))
    c.print_time = '%02d:%02d' % (R.randint(8, 22), R.randint(0, 59))
    if not hasattr(c, 'docno'):
        c.docno = '%s〔%d〕%d号' % (pick(['政办发', '府办发', '政发', '办函']), max(c.year, 2024), R.randint(1, 88))
    c.date = rdate(max(c.year, 2024), 2026)
    c.site = site_name(c)
    c.heads = [paras[i] for i in range(s, e + 1) if re.match(r'^[一二三四五六七八九十]{1,3}、', paras[i]) and len(paras[i]) <= 60]
    c.subheads = [paras[i] for i in range(s, e + 1) if re.match(r'^（[一二三四五六七八九十]{1,3}）', paras[i]) and len(paras[i]) <= 40]
    c.user = name()
    c.uid = pick(['user', 'u', 'gov', 'zw', 'ID:', '工号', '账号']) + digits(R.randint(5, 9))
    return c


def site_name(c):
    st = c.style
    if st == 'xzfw':
        return pick(['%s政务服务网', '%s政务服务网·%s', '%s省政务服务网', '%s一体化政务服务平台', '%s网上办事大厅'
                     ]).replace('%s', c.prov, 1).replace('%s', c.place)
    if st == 'xxgk':
        return pick(['%s人民政府', '%s人民政府门户网站', '%s政府信息公开平台', '%s市人民政府', '%s政务公开专栏']) % c.place
    if st == 'policylib':
        return pick(['%s政策文件库', '%s人民政府·政策文件库', '%s行政规范性文件库', '%s惠企政策服务平台', '%s政策一点通']) % c.place
    if st == 'jiedu':
        return pick(['%s人民政府·政策解读', '%s发布', '%s政府网·图解政策', '%s政务公开·解读回应', '%s融媒']) % c.place
    if st == 'liuyan':
        return pick(['%s12345政务服务便民热线', '%s人民政府·领导信箱', '%s网上群众路线', '%s问政平台', '%s政民互动留言板']) % c.place
    return pick(['%s政府门户网站（PDF）', '%s档案信息网', '%s人大常委会', '%s政务公开文件下载', '%s人民政府办公室']) % c.place


# ----------------------------------------------------------------------------- chrome blocks
# every block returns a list of (text, kind); '' text means a blank line

def b_care(c):
    k = 'care_mode'
    f = R.randint(0, 5)
    if f == 0:
        return [(join(['长者模式', '关怀版', '无障碍', '繁體']), k)]
    if f == 1:
        return [('【适老化】 开启长者模式', k), ('字号更大 · 行距更宽 · 操作更简单', k)]
    if f == 2:
        return [('切换到长辈版 ›', k)]
    if f == 3:
        return [(pick(['◎ 关怀模式', '👴 长者模式', '老年人模式']) + sep() + pick(['已关闭', '点击开启', '开启']), k)]
    if f == 4:
        return [('适老化改造版本', k), ('标准版 | 关怀版', k)]
    return [('您正在使用长者模式，' + pick(['可点击右上角“退出”返回标准版', '如需返回请点击“标准版”', '页面文字已放大 150%']), k)]


def b_access(c):
    k = 'accessibility'
    items = ['无障碍浏览', '声音', '语速', '配色', '放大', '缩小', '大字幕', '辅助线', '指读', '连读', '重置', '关闭']
    f = R.randint(0, 3)
    if f == 0:
        return [(join(R.sample(items, R.randint(5, 9))), k)]
    if f == 1:
        return [('[' + x + ']', k) for x in R.sample(items, R.randint(3, 6))]
    if f == 2:
        return [('无障碍辅助工具', k), (join(['开启语音', '屏幕阅读', '高对比度', '放大镜', '鼠标样式']), k)]
    return [(pick(['♿ 无障碍', '信息无障碍', 'A11Y 无障碍通道']), k)]


def b_topbar(c):
    k = 'nav'
    d = c.date
    f = R.randint(0, 4)
    out = []
    if f == 0:
        out.append(('今天是%d年%d月%d日　星期%s' % (d.year, d.month, d.day, WD[d.weekday()]), k))
    elif f == 1:
        out.append(('欢迎访问%s！' % c.site, k))
    elif f == 2:
        out.append((join(['设为首页', '加入收藏', '手机版', '政务微博', '政务微信']), k))
    elif f == 3:
        out.append(('%d-%02d-%02d 周%s　%s　%d℃~%d℃' % (d.year, d.month, d.day, WD[d.weekday()], pick(['晴', '多云', '小雨', '阴']),
                                                     R.randint(-5, 12), R.randint(13, 32)), k))
    else:
        out.append((join(['简', '繁', 'EN', '无障碍', '长者模式']), k))
    return out


def b_login(c):
    k = 'login'
    f = R.randint(0, 4)
    if f == 0:
        return [(join(['个人登录', '法人登录', '注册']), k)]
    if f == 1:
        return [('您好，请 登录 | 注册', k)]
    if f == 2:
        return [('统一身份认证', k), ('个人用户　法人用户　政务人员', k), ('扫码登录（请使用“%s”APP扫码）' % c.app, k)]
    if f == 3:
        return [('欢迎您，%s　[退出]' % name(True), k)]
    return [('登录后可查看办件进度和我的证照', k), ('立即登录 >', k)]


def b_sitename(c):
    k = 'nav'
    out = [(c.site, k)]
    if R.random() < 0.5:
        out.append((pick(['www.%s.gov.cn', 'zwfw.%s.gov.cn', 'http://www.%s.gov.cn/', 'https://zwfw.%s.gov.cn/portal']) % c.dom, k))
    return out


def b_search(c):
    k = 'search'
    hot = R.sample(['社保卡', '公积金提取', '居住证', '营业执照', '不动产登记', '新生儿落户', '医保报销', '退休审批',
                    '护照办理', '个税', '出生证明', '惠企政策', '人才补贴'], R.randint(3, 6))
    f = R.randint(0, 3)
    if f == 0:
        return [('请输入您要办理的事项', k), ('搜索', k)]
    if f == 1:
        return [('🔍 搜索' + sep() + '热门搜索：' + join(hot, '  '), k)]
    if f == 2:
        return [(pick(['站内搜索', '全站搜索', '智能搜索']) + '　' + pick(['请输入关键词', '输入关键字', '搜你想办']), k),
                ('热词：' + join(hot, pick(['、', ' ', '　'])), k)]
    return [('搜 索', k)]


def b_menu(c):
    k = 'nav'
    st = c.style
    if st == 'xzfw':
        items = ['首页', '个人服务', '法人服务', '部门服务', '主题集成', '一件事一次办', '好差评', '办件查询', '热点专题', '地方站点']
    elif st == 'xxgk':
        items = ['首页', '政务公开', '政务服务', '政民互动', '走进' + c.place, '数据开放', '政府信息公开', '专题专栏']
    elif st == 'policylib':
        items = ['首页', '政策文件', '政策解读', '规范性文件', '惠企政策', '政策问答', '已废止文件', '我的订阅']
    elif st == 'jiedu':
        items = ['首页', '文字解读', '图片解读', '视频解读', '专家解读', '部门解读', '媒体解读', '一图读懂']
    else:
        items = ['首页', '我要写信', '信件查询', '选登信件', '热点回应', '统计分析', '办理规则', '满意度评价']
    sel = items[:R.randint(5, len(items))]
    f = R.randint(0, 3)
    if f == 0:
        return [(join(sel), k)]
    if f == 1:
        return [(x, k) for x in sel]
    if f == 2:
        return [(join(sel, '  '), k), (pick(['HOME  SERVICE  OPEN DATA  INTERACTION', 'SHOUYE  ZHENGWU FUWU  HUDONG',
                                              'Home / Services / Policies / Contact']), k)]
    return [('≡ 菜单', k), (join(sel, ' > ' if R.random() < 0.2 else '　'), k)]


def b_breadcrumb(c):
    k = 'breadcrumb'
    st = c.style
    path = {'xzfw': ['首页', '个人服务', pick(['社会保障', '就业创业', '教育科研', '住房保障']), '事项详情'],
            'xxgk': ['首页', '政务公开', '政府信息公开', pick(['政府信息公开年报', '法定主动公开内容', '政府工作报告', '规划计划'])],
            'policylib': ['首页', '政策文件库', pick(['市政府文件', '国务院文件', '省政府文件', '部门文件']), '正文'],
            'jiedu': ['首页', '政务公开', '政策解读', pick(['图解', '一图读懂', '政策问答', '文字解读'])],
            'liuyan': ['首页', '政民互动', pick(['领导信箱', '12345热线', '留言板', '网络问政']), '信件详情'],
            'pdf': ['首页', '文件下载', '正文']}[st]
    f = R.randint(0, 4)
    if f == 0:
        return [('当前位置：' + ' > '.join(path), k)]
    if f == 1:
        return [('您的位置：' + join(path, pick([' » ', ' / ', '>', ' ＞ '])), k)]
    if f == 2:
        return [('📍 ' + '-'.join(path), k)]
    if f == 3:
        return [('位置：' + '　>　'.join(path[:-1]), k)]
    return [(' > '.join('[%s](#)' % x for x in path), k)]


def b_title(c):
    k = 'title_repeat'
    t = c.title
    f = R.randint(0, 7)
    if f == 0:
        return [('%s_%s' % (t, c.site), k)]
    if f == 1:
        return [('【%s】' % c.short, k)]
    if f == 2:
        return [(t + ' - ' + pick(['政策文件', '信息公开', '办事服务', '政策解读', '留言详情']), k)]
    if f == 3 and len(t) > 14:
        m = len(t) // 2
        return [(t[:m], k), (t[m:], k)]
    if f == 4:
        return [('《%s》' % t, k)]
    if f == 5:
        return [('——' + c.short, k)]
    if f == 6:
        pre, post = pick([('一图读懂｜', ''), ('图解：', ''), ('【解读】', ''), ('问答｜', ''), ('关于《', '》'), ('网友留言：', ''),
                          ('', '（全文）'), ('《', '》全文'), ('', '（政策原文）'), ('', ' | 政务服务事项')])
        return [(pre + c.short + post, k)]
    return [(t, k)]


def b_meta_xxgk(c):
    k = 'metadata'
    d = c.date
    rows = [('索引号', '%s/%d-%s' % (digits(9) + pick(['X', 'Y', '0']), d.year, digits(5))),
            ('发布机构', c.org), ('主题分类', pick(['综合政务', '国民经济管理', '政府工作报告', '其他'])),
            ('成文日期', fdate(d - datetime.timedelta(days=R.randint(1, 20)), 1)), ('发布日期', fdate(d, 1)),
            ('文号', c.docno), ('有效性', pick(['有效', '现行有效', '—'])), ('公开方式', '主动公开')]
    rows = [r for r in rows if R.random() < 0.8] or rows[:3]
    f = R.randint(0, 3)
    if f == 0:
        return [('%s：%s' % r, k) for r in rows]
    if f == 1:
        out = []
        for i in range(0, len(rows), 2):
            out.append(('\t'.join('%s：%s' % r for r in rows[i:i + 2]), k))
        return out
    if f == 2:
        out = []
        for r in rows:
            out += [(r[0], k), (r[1], k)]
        return out
    return [(join(['%s: %s' % r for r in rows[:4]], '　'), k)]


def b_meta_short(c):
    k = 'metadata'
    d = c.date
    f = R.randint(0, 3)
    if f == 0:
        return [('发布时间：%s %s　来源：%s　浏览次数：%d' % (fdate(d, 0), rtime(), c.org, R.randint(30, 40000)), k)]
    if f == 1:
        return [('%s　%s' % (fdate(d), pick(['市政府办公室', c.org, '市政务服务数据管理局', '本网'])), k),
                ('阅读量：%s' % pick([str(R.randint(100, 9999)), '%.1f万' % (R.randint(10, 99) / 10)]), k)]
    if f == 2:
        return [('信息来源：%s' % c.org, k), ('发布日期：%s' % fdate(d, 4), k)]
    return [('[ 作者：%s　　日期：%s　　点击：%d ]' % (pick(['本站', name(), '政务公开科']), fdate(d, 2), R.randint(10, 8000)), k)]


def b_fontsize(c):
    k = 'toolbar_fontsize'
    return [(pick(['字号：大 中 小', '【字体：大 中 小】', '字号 A+ A A-', 'Aa 调整字号', '[ 大 ]  [ 中 ]  [ 小 ]',
                   '字体：放大　默认　缩小']), k)]


def b_actions(c):
    k = 'toolbar_actions'
    items = ['打印', '收藏', '关闭', '纠错', '复制链接', '下载PDF', '导出', '打印本页', '关闭窗口', '【打印】', '【关闭】']
    f = R.randint(0, 2)
    if f == 0:
        return [(join(R.sample(items, R.randint(2, 4))), k)]
    if f == 1:
        return [(x, k) for x in R.sample(items, R.randint(2, 3))]
    return [('〔打印本页〕〔关闭窗口〕', k)]


def b_ai(c):
    k = 'ai_summary'
    f = R.randint(0, 4)
    lines = [pick(['✨ AI摘要', 'AI 智能摘要', '【AI速读】', '智能摘要（由大模型生成）', '🤖 一句话读懂', 'AI帮你读',
                   'AI导读', '智能解读助手', '[AI总结]', 'AI 划重点'])]
    if R.random() < 0.2:
        return [(lines[0] + pick(['　展开 ∨', '　收起 ∧', '　(点击生成)', '　生成中…']), k)]
    s1 = pick(['本文回顾了%s过去一年的主要工作，并提出了下一阶段的目标任务和重点举措。',
               '这份文件围绕高质量发展提出了若干具体措施，涉及产业、民生、改革等多个方面。',
               '文章总结了%s在经济运行、民生保障方面取得的成绩，分析了存在的问题。',
               '核心要点：稳增长、促改革、惠民生，明确了年度主要预期目标。',
               '摘要：%s部署了年度重点工作，强调抓落实、优服务、防风险。'])
    if '%s' in s1:
        s1 = s1 % c.place
    hs = c.heads + c.subheads
    if hs and R.random() < 0.5:
        h = re.sub(r'^[（(]?[一二三四五六七八九十]{1,3}[）)、]', '', pick(hs))
        s1 = pick(['本文重点围绕“%s”作出部署。', 'AI提炼：%s。', '本段核心：%s，并明确了具体举措。']) % h.rstrip('。；')
    lines.append(s1)
    if f in (1, 3):
        lines.append(pick(['以上内容由AI生成，仅供参考，请以原文为准。', '内容由AI自动生成，可能存在错误。', 'AI生成 · 仅供参考']))
    if f == 2:
        lines += ['① 明确年度主要目标', '② 部署重点任务', '③ 加强政府自身建设']
    if f == 4:
        lines.append(join(['👍 有帮助', '👎 没帮助', '重新生成'], '   '))
    return [(x, k) for x in lines]


def b_qa_bot(c):
    k = 'robot'
    f = R.randint(0, 3)
    if f == 0:
        return [('智能问答', k), ('您好！我是%s智能客服“小%s”，请问有什么可以帮您？' % (c.place, pick(['政', '办', '通', '服', '慧'])), k),
                ('猜你想问：' + join(R.sample(['如何办理社保卡', '公积金怎么提取', '营业执照办理流程', '居住证续签', '医保异地备案'], 3), '　'), k),
                ('请输入您的问题　发送', k)]
    if f == 1:
        return [('💬 在线咨询', k), ('人工客服工作时间：工作日 9:00-17:00', k)]
    if f == 2:
        return [('问AI', k), ('关于本文，你可以这样问：', k), ('· 文件的主要目标是什么？', k), ('· 哪些人可以享受相关政策？', k)]
    return [('智能问答机器人 ▸ 有问题，问我吧', k)]


def b_wordtool(c):
    k = 'word_tool'
    f = R.randint(0, 3)
    if f == 0:
        return [(join(['复制', '搜索', '朗读', '翻译', '纠错', '问AI']), k)]
    if f == 1:
        return [('划词助手：选中文字即可' + pick(['朗读', '翻译', '查词', '提问']), k)]
    if f == 2:
        return [('[划词]', k), ('📋复制　🔊朗读　❓解释', k)]
    return [('已开启划词朗读，选中正文可自动播报　关闭', k)]


def b_audio(c):
    k = 'audio'
    f = R.randint(0, 3)
    if f == 0:
        return [('🔊 听全文', k), ('00:00 / %02d:%02d' % (R.randint(3, 40), R.randint(0, 59)), k)]
    if f == 1:
        return [('语音播报' + sep() + pick(['播放', '暂停', '▶']), k)]
    if f == 2:
        return [('点击收听本文　约%d分钟' % R.randint(3, 30), k)]
    return [('【朗读】【暂停】【停止】', k)]


def b_intro(c):
    k = 'intro'
    f = R.randint(0, 4)
    if c.kind == 'report':
        a = pick(['%d年，%s召开人民代表大会，审议通过了政府工作报告。现将报告全文公布如下。' % (c.year, c.place),
                  '编者按：政府工作报告是一年工作的“施工图”。本栏目对报告进行了梳理，方便大家查阅。',
                  '为便于公众了解，我们对报告内容进行了摘编，以下为部分内容：',
                  '【导读】报告回顾了过去一年的工作，部署了今年的重点任务，全文约%d字。' % R.randint(9000, 22000),
                  '小编提醒：本文较长，建议收藏后慢慢看。'])
    else:
        a = pick(['编者按：%s印发了该文件，为便于理解，现全文刊登。' % c.org,
                  '【导读】文件明确了目标任务和保障措施，全文如下：',
                  '以下为文件原文：',
                  '本期政策文件库为您推送以下文件，请注意文件的有效性。',
                  '（本页为文件正文，配套解读见文末链接）'])
    return [(a, k)]


def b_toc(c):
    k = 'toc'
    hs = c.heads or c.subheads
    if not hs:
        return []
    out = [(pick(['目录', '目　录', '【本文目录】', '文章导航', '章节速览']), k)]
    for i, h in enumerate(hs):
        t = h if R.random() < 0.5 else h[:R.randint(6, max(7, len(h) - 1))]
        if R.random() < 0.4:
            t = t + pick(['……%d' % (i + 2), '  %d' % (i * 3 + 1), ' ›'])
        out.append((t, k))
    return out


def b_service(c):
    k = 'service'
    item = pick(['企业投资项目备案', '城乡居民养老保险参保登记', '住房公积金提取', '政府信息公开申请', '行政规范性文件查询',
                 '高层次人才认定', '小微企业贷款贴息申报', '失业保险金申领', '建设工程规划许可证核发'])
    rows = [('事项名称', item), ('事项类型', pick(['行政许可', '公共服务', '行政确认', '其他行政权力'])),
            ('实施主体', c.org), ('办理时限', '%d个工作日' % R.randint(1, 20)), ('是否收费', pick(['不收费', '否'])),
            ('到现场次数', '%d次' % R.randint(0, 1)), ('办理地点', '%s政务服务中心%d号窗口' % (c.place, R.randint(1, 60))),
            ('咨询电话', '0%d-%s' % (R.randint(10, 999), digits(8))), ('基本编码', digits(11) + '-' + digits(4))]
    rows = [r for r in rows if R.random() < 0.7] or rows[:3]
    f = R.randint(0, 2)
    out = []
    if f == 0:
        out = [('%s：%s' % r, k) for r in rows]
    elif f == 1:
        out = [('%s\t%s' % r, k) for r in rows]
    else:
        out = [(join(['%s %s' % r for r in rows[:3]], '　|　'), k)]
    if R.random() < 0.7:
        out.append((join(['在线办理', '预约办理', '办事指南', '表格下载', '收藏']), k))
    return out


def b_xxgk_nav(c):
    k = 'xxgk_nav'
    items = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '公开目录']
    f = R.randint(0, 2)
    if f == 0:
        return [(join(R.sample(items, 4)), k)]
    if f == 1:
        return [(x, k) for x in items[:R.randint(3, 6)]]
    return [('政府信息公开', k), ('┣ 机构职能', k), ('┣ 政策文件', k), ('┗ 年度报告', k)]


def b_filter(c):
    k = 'filter'
    f = R.randint(0, 2)
    if f == 0:
        return [('发文机关：' + join(['全部', '国务院', '国务院办公厅', '省政府', '市政府', '部门']), k),
                ('发文年份：' + join(['全部'] + [str(y) for y in range(2026, 2019, -1)]), k),
                ('有效性：全部　现行有效　已废止　已修改', k), ('检 索　　重 置', k)]
    if f == 1:
        return [('共检索到 %s 条结果，用时 0.%02d 秒' % ('{:,}'.format(R.randint(200, 9000)), R.randint(1, 99)), k)]
    return [('主题分类 ▾　发文字号 ▾　成文日期 ▾　排序：相关度 / 时间', k)]


def b_validity(c):
    k = 'metadata'
    return [(pick(['【有效性】现行有效', '文件状态：有效', '⚠ 本文件已废止，仅供查阅', '时效性：现行有效（%d年复核）' % c.date.year,
                   '[规范性文件] 登记号：%s-%d-%04d' % (pick(['ZJSP', 'GDFG', 'SCGF', 'HBFG']), c.date.year, R.randint(1, 9999))]), k)]


def b_tabs(c):
    k = 'tabs'
    return [(pick(['文字解读 | 图片解读 | 视频解读 | 专家解读', '原文　解读　图解　问答', '【政策原文】【政策解读】【相关问答】',
                   '全部 | 一图读懂 | 视频 | 答记者问', '正文　·　附件　·　解读']), k)]


def b_infographic(c):
    k = 'infographic'
    f = R.randint(0, 3)
    if f == 0:
        return [('一图读懂｜' + c.short, k), ('[图片]', k), ('（长图，点击查看大图）', k)]
    if f == 1:
        return [('图解：%s' % pick(['数说成绩单', '今年要办的十件民生实事', '关键词速览', '这些目标要实现']), k),
                ('▼ 下滑查看 ▼', k)]
    if f == 2:
        return [('%d　%s' % (R.randint(3, 60), pick(['项重点任务', '件民生实事', '个关键数字', '条具体措施'])), k),
                ('数读' + c.short, k)]
    return [('图片来源：%s　设计：%s' % (pick(['市政府办公室', '本网', c.org]), name()), k)]


def b_qa(c):
    k = 'qa'
    qs = ['问：这份文件出台的背景是什么？', '问：哪些群体可以享受政策？', '问：有效期多长？', 'Q：相关政策何时开始执行？',
          '问：办理需要准备哪些材料？', '问：如何进行咨询？', 'Q1：文件的主要内容有哪些？']
    out = [(pick(['政策问答', '【政策问答】', '热点问答', '常见问题解答']), k)]
    for q in R.sample(qs, R.randint(1, 3)):
        out.append((q, k))
        if R.random() < 0.5:
            out.append((pick(['答：详见原文。', '答：请咨询12345政务服务便民热线。', 'A：以原文为准，具体可咨询主管部门。']), k))
    return out


def b_interaction_head(c):
    k = 'interaction'
    d = c.date
    if R.random() < 0.35:
        out = [(pick(['12345工单详情', '【12345热线】诉求办理情况', '便民热线·办理公开']), k),
               ('工单编号：%s%s' % (d.strftime('%Y%m%d'), digits(6)), k),
               ('诉求人：%s　联系方式：%s****%s' % (name(True), pick(['135', '158', '177']), digits(4)), k),
               ('诉求类型：%s　承办单位：%s' % (pick(['政策咨询', '意见建议', '信息公开']), c.org), k),
               ('诉求内容：%s' % pick(['市民来电咨询%s的有关内容。' % c.short, '来电人希望获取文件全文。']), k),
               ('办理结果：', k)]
        return [x for x in out if R.random() < 0.85 or x[0].startswith('办理结果')]
    t = pick(['关于%s的咨询', '建议公开%s全文', '咨询%s中的相关政策', '对%s的几点建议']) % c.short
    f = R.randint(0, 2)
    out = [('信件标题：' + t if f == 0 else '【留言】' + t if f == 1 else t, k)]
    rows = ['来信人：%s' % name(True), '来信时间：%s %s' % (fdate(d - datetime.timedelta(days=R.randint(3, 30)), 0), rtimes()),
            '信件编号：%s' % (pick(['', 'XJ', 'LY', '12345']) + digits(10)), '受理单位：%s' % c.org,
            '办理状态：' + pick(['已办结', '已回复', '办理中']), '信件类型：' + pick(['咨询', '建议', '投诉', '求助'])]
    rows = [r for r in rows if R.random() < 0.7] or rows[:2]
    if R.random() < 0.5:
        out += [(r, k) for r in rows]
    else:
        out.append(('　'.join(rows), k))
    out.append((pick(['来信内容：', '留言内容：', '【诉求内容】']) + pick(['希望能看到报告原文，谢谢。', '请问该文件全文在哪里可以查到？',
                                                      '能否提供完整版本？', '网友您好，相关内容如下。']), k))
    out.append((pick(['答复单位：%s' % c.org, '回复内容：', '【答复】', '办理结果：', '%s回复：' % c.org]), k))
    if R.random() < 0.6:
        out.append((pick(['网友您好！您的来信收悉，现答复如下：', '您好！感谢您对我们工作的关注，经核实，相关文件内容如下：',
                          '来信人您好：', '尊敬的市民朋友：您好！']), k))
    return out


def b_interaction_tail(c):
    k = 'interaction'
    d = c.date
    out = [(pick(['感谢您对我们工作的关注和支持！', '如有疑问，请拨打12345热线咨询。', '以上答复，如有不明之处，欢迎来电。',
                  '感谢您的来信！']), k)]
    out.append(('答复时间：%s' % fdate(d, R.randint(0, 4)), k))
    if R.random() < 0.6:
        out.append((pick(['满意度：满意', '评价：★★★★★ 非常满意', '网友评价：基本满意', '回访结果：满意']), k))
    if R.random() < 0.5:
        out.append((join(['我要写信', '信件查询', '返回列表']), k))
    return out


def b_watermark(c):
    k = 'watermark'
    d = c.date
    f = R.randint(0, 10)
    if f == 7:
        return [(pick(['内部资料', '内 部 资 料', '【内部资料】', '内部资料·请勿外传']) + pick(['', '　' + c.user, '  ' + fdate(d, 3)]), k)]
    if f == 8:
        return [('%s%s　%s' % (c.user, digits(4), pick(['仅供学习参考', '学习资料', '请勿转发'])), k)]
    if f == 9:
        return [(pick(['%s 打印' % c.user, '打印人：%s　打印时间：%s %s' % (c.user, fdate(d, 0), rtime()),
                       '文档密级：内部　下载人：%s' % c.uid]), k)]
    if f == 10:
        return [(('%s  ' % c.user) * R.randint(2, 3) + fdate(d, 2), k)]
    if f == 0:
        return [('内部资料　注意保存', k)]
    if f == 1:
        return [(pick(['仅供学习参考', '仅供学习参考，请勿外传', '仅供内部学习使用']), k)]
    if f == 2:
        return [('%s %s %s' % (c.user, fdate(d, 0), rtimes()), k)]
    if f == 3:
        return [('%s　%s' % (c.uid, fdate(d, 2) + ' ' + rtime()), k)]
    if f == 4:
        return [(('内部资料 ' * R.randint(2, 4)).strip(), k)]
    if f == 5:
        return [('%s　%s****%s' % (name(True), pick(['138', '139', '186', '152']), digits(4)), k)]
    return [(pick(['%s政务外网下载' % c.place, '下载于 %s %s' % (fdate(d, 0), rtime()), 'IP:10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))]), k)]


def b_ads(c):
    k = 'ads'
    f = R.randint(0, 9)
    if f == 6:
        return [(pick(['【广告位招租】', '广告位 300×250', '【推广位】虚位以待']), k)]
    if f == 7:
        return [('%s·%s' % (c.app, pick(['社保查询', '公积金', '电子证照', '办件进度'])), k),
                (pick(['一键查询，秒出结果 ›', '亮证即办，免带实体证件', '足不出户，掌上可办']), k)]
    if f == 8:
        return [(pick(['🎁 新用户注册即送政务服务积分', '🔥 热门：%d年度惠企政策兑现专区上线' % c.date.year,
                       '📢 %s消费季火热进行中，点击领券' % c.place]), k)]
    if f == 9:
        return [('推荐', k), (pick(['“高效办成一件事”主题集成服务', '跨省通办 · 全程网办', '企业开办一日办结']), k),
                (pick(['去办理', '立即查看', '了解详情 >>']), k)]
    if f == 0:
        return [('广告', k), (pick(['“%s”APP 掌上办 指尖办 一次都不跑' % c.app, '办事不用跑，就上%s' % c.app]), k)]
    if f == 1:
        return [('【推广】%s' % pick(['2025年度个税汇算开始啦，点击了解', '消费券限时领取，先到先得', '人才公寓申请通道已开启']), k)]
    if f == 2:
        return [(pick(['▶ 专题：学习贯彻党的二十届三中全会精神', '▶ 专题：优化营商环境', '▶ 专题：高效办成一件事']), k)]
    if f == 3:
        return [('推广', k), (pick(['政务服务“好差评”，您的评价很重要！', '全国一体化政务服务平台 · 跨省通办专区']), k), ('立即参与 >', k)]
    if f == 4:
        return [(pick(['[横幅] 营商环境满意度调查', '【轮播图 1/5】清廉%s' % c.place, '◀ 1 2 3 4 ▶']), k)]
    return [('AD', k), (pick(['扫码关注“%s发布”，权威信息第一时间送达' % c.place, '下载“%s”享受更多服务' % c.app]), k)]


def b_app(c):
    k = 'app_banner'
    return [(pick(['打开“%s”APP，体验更多服务' % c.app, '在%sAPP中打开' % c.app, '下载%s，随时随地办事 ×' % c.app,
                   '使用“%s”小程序查看' % c.app, '立即打开 ›']), k)]


def b_caption(c):
    k = 'caption'
    return [(pick(['▲ %s政务服务中心办事大厅。（资料图）' % c.place, '图为%s召开新闻发布会现场。' % c.place,
                   '[图片]', '（%s 摄）' % name(), '图片来源：%s' % pick(['市政府办公室', '网络', '本网记者']),
                   '点击图片查看大图', '图：一图读懂%s' % c.short, '▲ 市民在自助服务终端办理业务。',
                   '（图片由%s提供）' % c.org, '长图 | 共%d张' % R.randint(3, 12)]), k)]


def b_video(c):
    k = 'video'
    f = R.randint(0, 2)
    if f == 0:
        return [('▶ %02d:%02d' % (R.randint(1, 12), R.randint(0, 59)), k), ('视频：%s' % pick(['一分钟看懂', '微视频', '政策速递']) + c.short, k)]
    if f == 1:
        return [('您的浏览器不支持 video 标签。', k)]
    return [('视频加载中...', k), ('清晰度：高清 标清　倍速：1.0x', k)]


def b_html(c):
    k = 'html_residue'
    return [(pick(['<p style="text-indent:2em;">', '</div>', '&nbsp;&nbsp;', '<br/>', '<!--正文结束-->',
                   '{{ article.content }}', '<span class="xxgk_time">', 'javascript:void(0);', '$(function(){ initFont(); });',
                   '<script src="/js/jquery.min.js"></script>', '&emsp;&emsp;', '<td class="bt_content">',
                   '[an error occurred while processing this directive]', '<img src="/images/zwfw_banner.png" alt="">',
                   'function share(){ return false; }']), k)]


def b_mojibake(c):
    k = 'mojibake'
    s = pick([c.short, '当前位置：首页', '打印本页 关闭窗口', c.site, '附件下载'])
    t = mojibake(s)
    return [(t, k)] if t.strip() else []


def b_attach(c):
    k = 'attachment'
    d = c.date
    names = [c.short + pick(['.pdf', '（全文）.docx', '.doc', '（图解版）.jpg', '.wps', '.ofd']),
             pick(['附件1：', '附件2：', '']) + pick(['相关名词解释.pdf', '政策问答.docx', '申报表.xlsx', '办事指南.pdf', '年度报告.pdf'])]
    out = [(pick(['附件：', '相关附件', '附件下载：', '📎 附件（%d）' % len(names), '【附件】']), k)]
    f = R.randint(0, 3)
    for n in names[:R.randint(1, 2)]:
        if f == 0:
            out.append(('%s（%s）' % (n, size()), k))
        elif f == 1:
            out.append(('%s\t%s\t下载次数：%d' % (n, size(), R.randint(0, 3000)), k))
        elif f == 2:
            out.append(('📄 %s　%s　%s' % (n, size(), pick(['预览', '下载', '预览 | 下载'])), k))
        else:
            out.append((n, k))
            out.append(('格式：%s　大小：%s　已下载%d次' % (n.rsplit('.', 1)[-1].upper(), size(), R.randint(0, 800)), k))
    if R.random() < 0.25:
        out = [(pick(['附件列表', '相关附件：']), k), ('序号\t文件名称\t格式\t大小\t下载次数', k)]
        for i, n in enumerate(names, 1):
            out.append(('%d\t%s\t%s\t%s\t%d' % (i, n.rsplit('.', 1)[0], n.rsplit('.', 1)[-1].upper(), size(), R.randint(0, 5000)), k))
    if R.random() < 0.5:
        out.append((pick(['附件预览', '在线预览 ›', '该附件暂不支持预览，请下载后查看', '如无法打开，请下载WPS或PDF阅读器']), k))
    return out


def b_feedback(c):
    k = 'feedback'
    f = R.randint(0, 7)
    if f == 5:
        return [('这篇内容对你有帮助吗？', k), ('😊 有帮助　😐 一般　🙁 没帮助', k), ('您的意见（选填）：', k)]
    if f == 6:
        return [('政务服务“好差评”', k), (join(['非常满意', '满意', '基本满意', '不满意', '非常不满意']), k)]
    if f == 7:
        return [('本页内容是否清晰易懂？ ○是 ○否　[提交反馈]', k)]
    if f == 0:
        return [('本页内容是否有用？', k), (pick(['有用　没用', '👍 有用　👎 无用', '是 | 否']), k)]
    if f == 1:
        return [('您对本页面的评价：' + join(['非常满意', '满意', '一般', '不满意'], '　'), k), ('提交', k)]
    if f == 2:
        return [('★★★★★', k), ('请为本次服务打分', k)]
    if f == 3:
        return [('【我要纠错】', k)]
    return [('内容是否对您有帮助？ 有帮助（%d） 没帮助（%d）' % (R.randint(0, 500), R.randint(0, 40)), k)]


def b_share(c):
    k = 'share'
    f = R.randint(0, 3)
    if f == 0:
        return [('分享到：', k), ('微信', k), ('微博', k), ('QQ', k)]
    return [(pick(['分享到：' + join(['微信', '微博', 'QQ空间']), '分享：', '【分享】', '🔗 分享 | 💬 微信 | 🌐 微博',
                   '转发到：微信好友　朋友圈　复制链接', 'Share: WeChat | Weibo']), k)]


def b_qr(c):
    k = 'qr'
    f = R.randint(0, 2)
    if f == 0:
        return [('[二维码]', k), (pick(['扫一扫在手机上查看', '手机扫码阅读']), k)]
    return [(pick(['扫一扫在手机上查看', '扫码在手机上办理', '用%s扫码，继续办理' % c.app, '[二维码]　手机扫码阅读',
                   '📱 手机版', '扫描二维码，关注“%s发布”' % c.place, '微信扫一扫，使用小程序']), k)]


def b_prevnext(c):
    k = 'prevnext'
    return [('上一篇：' + pick(['关于公布%d年度政府信息公开工作年度报告的通知' % (c.date.year - 1), '%s政务服务事项清单' % c.place,
                            '无']), k), ('下一篇：' + pick(['%s政府工作报告解读' % c.place, '政府信息公开指南', '没有了']), k)]


def b_related(c):
    k = 'related'
    heads = ['%s%d年政府信息公开工作年度报告' % (c.place, c.date.year - 1), '一图读懂%s' % c.short, '%s十件民生实事出炉' % c.place,
             '关于征集%d年民生实事项目的公告' % c.date.year, '政府工作报告名词解释', '%s优化营商环境若干措施' % c.place]
    out = [(pick(['相关阅读', '相关文件', '相关解读', '推荐阅读', '猜你喜欢']), k)]
    for h in R.sample(heads, R.randint(2, 4)):
        out.append((h + (pick(['', '　' + fdate(rdate(2024, 2026), 0), ' 2025-0%d-1%d' % (R.randint(1, 9), R.randint(0, 9))])), k))
    return out


def b_footer(c):
    k = 'footer'
    out = []
    f = R.randint(0, 3)
    links = join(['关于我们', '网站地图', '联系我们', '隐私声明', '使用帮助'])
    if f == 0:
        out = [(links, k), ('主办：%s　承办：%s' % (c.org, pick(['市大数据发展中心', '信息中心', '政务服务中心'])), k),
               ('%sICP备%s号-%d' % (c.abbr, digits(8), R.randint(1, 9)), k)]
    elif f == 1:
        out = [('网站标识码：%s　%s公网安备 %s号' % (digits(10), c.abbr, digits(14)), k)]
    elif f == 2:
        out = [('Copyright © %d %s All Rights Reserved' % (c.date.year, c.site), k), ('建议使用1920×1080分辨率浏览', k)]
    else:
        out = [('版权所有：%s' % c.org, k), ('技术支持：%s' % pick(['某某软件股份有限公司', '数字政府建设运营中心', '信息中心']), k),
               ('[党政机关]　[政府网站找错]', k)]
    return out


def b_disclaimer(c):
    k = 'disclaimer'
    return [(pick(['本文件以正式印发文本为准。', '注：网上公开文本与正式文本不一致的，以正式文本为准。',
                   '本平台提供的政策信息仅供参考，具体以发文单位正式文件为准。',
                   '本信件涉及个人隐私的内容已做处理。', '转载请注明来源。未经授权，不得转载。',
                   '免责声明：本平台AI生成内容仅供参考，不代表政府立场。', '以上答复仅针对来信所述情况，供参考。',
                   '本页面资料来源于%s，如有疑问请联系发布单位。' % c.org]), k)]


def b_link(c):
    k = 'link'
    return [(pick(['原文链接：https://www.%s.gov.cn/art/%d/%d/%d/art_%d_%s.html' % (c.dom, c.date.year,
                                                                               c.date.month, c.date.day, R.randint(1000, 9999), digits(7)),
                   '查看原文 >>', '本文链接：http://zwgk.%s.gov.cn/%s.shtml' % (pick(['cs', 'xa', 'cd', 'jn']), digits(8))]), k)]


def b_tags(c):
    k = 'tags'
    return [('标签：' + join(R.sample(['政府工作报告', '政策文件', '信息公开', '民生', '营商环境', '年度报告', '高质量发展'], 3),
                              pick(['　', ' ', '、', ' #'])), k)]


def b_comments(c):
    k = 'comments'
    if R.random() < 0.3:
        return [('留言区', k), ('您还没有登录，登录后可发表留言', k), ('提交留言　字数限制：500', k)]
    return [(pick(['网友留言（%d）' % R.randint(0, 60), '发表评论', '请文明发言，评论经审核后显示', '网友评论 共%d条' % R.randint(1, 90)]), k),
            ('%s：%s' % (name(True), pick(['写得很实在，点赞！', '希望民生实事早日落地。', '已收藏，学习了。', '请问附件在哪下载？'])), k)]


def b_cookie(c):
    k = 'cookie'
    return [(pick(['本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意。　我知道了',
                   '为提供更好的服务，本平台将收集必要的个人信息。《隐私政策》　同意　拒绝',
                   'We use cookies to improve your experience.  Accept',
                   '本站已开启IPv6访问，为保障您的个人信息安全，请勿在留言中填写身份证号码。　关闭',
                   '🍪 我们使用必要的Cookie以保障网站正常运行。了解更多 | 接受全部']), k)]


def b_page_split(c):
    k = 'pagination'
    n = R.randint(2, 5)
    return [(pick(['第1页　下一页', '1 2 %d 下一页 尾页' % n, '共%d页　当前第1页' % n, '« 上一页 | 1 | 2 | 下一页 »',
                   '加载更多 ∨', '展开全文 ∨']), k)]


def b_print_header(c):
    k = 'print_header'
    d = c.date
    return [('%d/%d/%d %s　%s' % (d.year, d.month, d.day, pick(['上午', '下午']) + '%d:%02d' % (R.randint(1, 12), R.randint(0, 59)),
                                 c.title[:20] + ' - ' + c.site), k)]


def b_viewer(c):
    total = R.randint(3, 14)
    f = R.randint(0, 2)
    if f == 0:
        return [('1 / %d' % total, 'pagination'), (join(['－', '100%', '＋', '适合页宽', '下载', '打印']), 'toolbar_actions')]
    if f == 1:
        return [('◀ 第 1 页，共 %d 页 ▶' % total, 'pagination'), ('⤓ 下载原文件（%s）' % size(), 'toolbar_actions')]
    return [(join(['目录', '缩略图', '查找', '旋转', '全屏']), 'toolbar_actions'), ('页码 1/%d' % total, 'pagination')]


HEAD_BY_STYLE = {
    'xzfw': [['care', 'access', 'topbar'], ['login'], ['sitename'], ['search'], ['menu'], ['breadcrumb'], ['service'],
             ['title'], ['meta_short'], ['ai', 'fontsize', 'audio', 'wordtool']],
    'xxgk': [['cookie', 'care', 'access'], ['topbar'], ['sitename'], ['menu'], ['xxgk_nav'], ['breadcrumb'],
             ['meta_xxgk'], ['title'], ['fontsize', 'actions', 'audio'], ['toc', 'ai', 'intro']],
    'policylib': [['access', 'care', 'login'], ['sitename'], ['menu'], ['filter'], ['breadcrumb'], ['title'],
                  ['validity', 'meta_xxgk'], ['meta_short'], ['ai', 'wordtool', 'fontsize'], ['toc', 'intro']],
    'jiedu': [['care', 'topbar', 'cookie'], ['sitename'], ['menu'], ['breadcrumb'], ['tabs'], ['title'],
              ['meta_short'], ['infographic', 'video', 'intro'], ['audio', 'ai', 'fontsize']],
    'liuyan': [['access', 'care'], ['sitename'], ['login', 'topbar'], ['menu'], ['breadcrumb'], ['interaction_head'],
               ['wordtool', 'fontsize']],
    'pdf': [['print_header', 'sitename', 'viewer'], ['actions', 'title', 'viewer'], ['watermark', 'attach', 'care']],
}
MID = ['watermark', 'watermark', 'watermark', 'ads', 'ads', 'ads', 'ai', 'app', 'cookie', 'wordtool', 'caption', 'video', 'html', 'mojibake', 'infographic',
       'qa', 'app', 'qa_bot', 'feedback', 'page_split', 'care', 'audio']
TAIL_BY_STYLE = {
    'xzfw': [['attach'], ['feedback', 'ads'], ['qa_bot', 'related'], ['share', 'qr'], ['footer']],
    'xxgk': [['attach', 'disclaimer', 'ads'], ['actions', 'prevnext'], ['feedback', 'related'], ['qr', 'link'], ['footer']],
    'policylib': [['attach'], ['disclaimer', 'tags'], ['qa', 'related'], ['feedback', 'share'], ['footer']],
    'jiedu': [['qa', 'infographic'], ['attach', 'link'], ['feedback', 'comments'], ['related', 'prevnext'], ['footer']],
    'liuyan': [['interaction_tail'], ['feedback'], ['disclaimer', 'comments'], ['related'], ['footer']],
    'pdf': [['watermark'], ['footer', 'link']],
}


def block(nm, c):
    return globals()['b_' + nm](c)


# ----------------------------------------------------------------------------- pdf wrapping

def wrap(p, n, first):
    """Cut paragraph p into pieces of n characters (the first of `first`), never next to whitespace."""
    out = []
    i = 0
    w = first
    while len(p) - i > w:
        j = i + w
        while j < len(p) and (p[j].isspace() or p[j - 1].isspace()):
            j += 1
        if j >= len(p):
            break
        # closing punctuation hangs on the line before
        if p[j] in '，。、；：！？）》」”!?,;:':
            if j + 1 >= len(p):
                break
            if not p[j + 1].isspace():
                j += 1
        out.append(p[i:j])
        i = j
        w = n
    out.append(p[i:])
    return out


def pdf_pagebreak(c, pageno, total, form, head_form):
    out = []
    k = 'pagination'
    pn = [lambda: '- %d -' % pageno, lambda: '第%d页 共%d页' % (pageno, total), lambda: '— %d —' % pageno,
          lambda: '%d / %d' % (pageno, total), lambda: '·%d·' % pageno, lambda: 'Page %d of %d' % (pageno, total),
          lambda: fw(str(pageno)), lambda: '－%d－' % pageno][form]()
    out.append(('', 'blank') if R.random() < 0.5 else None)
    if c.printed:
        d = c.date
        out.append(('%s　%d/%d' % (c.url, pageno, total), 'print_header'))
        out.append(('%d/%d/%d %s　%s' % (d.year, d.month, d.day, c.print_time, c.title[:24]),
                    'print_header'))
        return [x for x in out if x]
    out.append((pn, k))
    if c.pdf_wm and R.random() < 0.7:
        out.append(block('watermark', c)[0])
    out.append(('', 'blank') if R.random() < 0.4 else None)
    hd = [c.title, c.org, c.site + '　' + c.title[:16], '%s文件' % c.org, c.short + '（%s）' % pick(['全文', '公开版', '印发稿'])][head_form]
    if head_form >= 0:
        out.append((hd, 'running_header'))
    return [x for x in out if x]


# ----------------------------------------------------------------------------- page assembly

def build_page(c, paras, s, e, style):
    variants = []
    lines = []  # (text, label, kind, para)
    indent = pick(['', '　　', '　　', '    ', '  ', '\t', '　'])
    blank = pick(['0', '1', '1', '2', 'ws'])
    if style == 'pdf':
        blank = pick(['0', '0', '1'])

    def add_chrome(items):
        for t, k in items:
            if k == 'blank' or t == '':
                lines.append(('', 'blank', 'blank', ''))
            else:
                lines.append((t, 'chrome', k, ''))

    for slot in HEAD_BY_STYLE[style]:
        if R.random() < 0.75:
            nm = pick(slot)
            if nm in variants:
                continue
            items = block(nm, c)
            if items:
                variants.append(nm)
                add_chrome(items)
                if R.random() < 0.3:
                    add_chrome([('', 'blank')])
    variants.append('|content')
    run = list(range(s, e + 1))
    if style == 'pdf':
        n = c.pdf_width
        variants.append('pdf_w%d' % n + (',printed' if c.printed else '') + ',blank=%s' % blank)
        page_lines = R.randint(14, 26)
        form = R.randint(0, 7)
        head_form = R.randint(-1, 4)
        total = R.randint(3, 12)
        pageno = R.randint(1, max(1, total - 3))
        count = 0
        for i in run:
            p = paras[i]
            kind = content_kind(paras, i)
            ind = indent if kind in ('content', 'closing') else ''
            pieces = wrap(p, n, n - (2 if ind else 0))
            for j, piece in enumerate(pieces):
                lines.append(((ind if j == 0 else '') + piece, 'content', kind, str(i)))
                count += 1
                if count >= page_lines and not (i == e and j == len(pieces) - 1):
                    count = 0
                    variants.append('pagebreak_inpara' if j < len(pieces) - 1 else 'pagebreak')
                    add_chrome(pdf_pagebreak(c, pageno, total, form, head_form))
                    pageno += 1
                    if R.random() < 0.25:
                        nm = pick(['watermark', 'mojibake', 'html'])
                        add_chrome(block(nm, c))
            if blank == '1' and i != e:
                lines.append(('', 'blank', 'blank', ''))
        add_chrome(pdf_pagebreak(c, pageno, total, form, -1)[:2])
    else:
        variants.append('indent=%r,blank=%s' % (indent, blank))
        stamp = block('watermark', c) if R.random() < 0.35 else None
        every = R.randint(2, 4)
        if stamp:
            variants.append('wm_stamp%d' % every)
            if R.random() < 0.4:
                stamp = stamp + block('watermark', c)
        nmid = R.choice([0, 1, 1, 2, 2, 3, 3, 4]) if len(run) > 2 else 0
        gaps = sorted(R.sample(range(1, len(run)), min(nmid, len(run) - 1))) if len(run) > 1 else []
        for pos, i in enumerate(run):
            if stamp and pos and pos % every == 0 and pos not in gaps:
                if blank != '0' and R.random() < 0.5:
                    lines.append(('', 'blank', 'blank', ''))
                add_chrome([(pick(['', '', '    ', '\t\t', '　　　　']) + t, k) for t, k in stamp])
            if pos in gaps:
                nm = pick(MID)
                items = block(nm, c)
                if items:
                    variants.append(nm)
                    if blank != '0':
                        lines.append(('', 'blank', 'blank', ''))
                    add_chrome(items)
            kind = content_kind(paras, i)
            ind = indent if (kind in ('content', 'closing') or R.random() < 0.3) else ''
            lines.append((ind + paras[i], 'content', kind, str(i)))
            if i != e:
                if blank == '1':
                    lines.append(('', 'blank', 'blank', ''))
                elif blank == '2':
                    lines += [('', 'blank', 'blank', '')] * 2
                elif blank == 'ws':
                    lines.append((pick(['　　', ' ', '\t', '  ']), 'blank', 'blank', ''))
    variants.append('content|')
    add_chrome([('', 'blank')])
    for slot in TAIL_BY_STYLE[style]:
        if R.random() < 0.75:
            nm = pick(slot)
            items = block(nm, c)
            if items:
                variants.append(nm)
                add_chrome(items)
    # a chrome line never equals a content line of the page
    content = {t.strip() for t, lab, k, p in lines if lab == 'content'}
    lines = [x for x in lines if not (x[1] == 'chrome' and x[0].strip() in content)]
    # no chrome line with leading/trailing oddities that look empty
    lines = [x if x[1] != 'chrome' or x[0].strip() else ('', 'blank', 'blank', '') for x in lines]
    # trim blank lines at the very start / end
    while lines and lines[0][1] == 'blank':
        lines.pop(0)
    while lines and lines[-1][1] == 'blank':
        lines.pop()
    return lines, variants


# ----------------------------------------------------------------------------- choosing runs

def choose(corpus):
    used = earlier_ranges()
    meta = titles(corpus)
    plans = []
    for folder in FOLDERS:
        files = sorted(glob.glob(os.path.join(corpus, folder, '*.txt')))
        cands = []
        for f in files:
            rel = folder + '/' + os.path.basename(f)
            if any(x in rel for x in SKIP):
                continue
            with open(f, encoding='utf-8') as fh:
                paras = [l.strip() for l in fh.read().split('\n') if l.strip()]
            end = residue_start(paras)
            good = [good_para(p) for p in paras[:end]]
            usedset = set()
            for a, b in used.get(rel, []):
                usedset.update(range(a, b + 1))
            free = sum(1 for i, g in enumerate(good) if g and i not in usedset)
            if sum(good) < 6:
                continue
            cands.append((len(usedset & set(range(end))) / max(1, end), R.random(), rel, paras, end, good, usedset, free))
        cands.sort()
        for frac, _, rel, paras, end, good, usedset, free in cands[:PER_FOLDER[folder]]:
            plans.append((rel, paras, end, good, usedset, meta.get(rel, {})))
    return plans


def pick_run(paras, end, good, usedset, target, length):
    """The run of `length` (else a shorter one) with the fewest paragraphs inside earlier sets' ranges;
    the target position (head / middle / tail) counts as seven such paragraphs."""
    for L in (length, length - 3, 8, 6, 5):
        options = []
        for s in range(0, end - L + 1):
            if all(good[s:s + L]):
                ov = sum(1 for i in range(s, s + L) if i in usedset)
                pos = 'head' if s <= 3 else 'tail' if s + L == end else 'middle'
                options.append((ov + (0 if pos == target else 7), R.random(), s, s + L - 1))
        if options:
            options.sort()
            return options[0][2], options[0][3]
    return None


def main():
    corpus = find_corpus()
    plans = choose(corpus)
    R.shuffle(plans)
    n = len(plans)
    styles = ['pdf'] * 17 + [STYLES[i % 5] for i in range(n - 17)]
    R.shuffle(styles)
    widths = R.sample(range(20, 47), 17)
    for d in ('pages', 'gold'):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in glob.glob(os.path.join(HERE, d, '*')):
            os.remove(f)
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    doc = 0
    inside = total = 0
    pdf_i = 0
    for (rel, paras, end, good, usedset, meta), style in zip(plans, styles):
        target = pick(['head', 'middle', 'middle', 'tail', 'tail', 'tail'])
        length = R.randint(6, 14) if style != 'pdf' else R.randint(7, 13)
        r = pick_run(paras, end, good, usedset, target, length)
        if not r:
            print('no run for', rel)
            continue
        s, e = r
        doc += 1
        c = make_ctx(rel, paras, s, e, meta, style)
        c.printed = False
        if style == 'pdf':
            c.pdf_width = widths[pdf_i]
            pdf_i += 1
            c.pdf_wm = R.random() < 0.7
            c.printed = pdf_i in (3, 9, 14)
            c.url = 'https://www.%s.gov.cn/zwgk/%s/t%d%02d%02d_%s.html' % (
                c.dom, pick(['zfgzbg', 'xxgk', 'zcwj', 'ndbg']),
                c.date.year, c.date.month, c.date.day, digits(7))
        lines, variants = build_page(c, paras, s, e, style)
        did = '%03d' % doc
        with open(os.path.join(HERE, 'pages', did + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, *_ in lines))
        with open(os.path.join(HERE, 'gold', did + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, k, p) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, k, p))
        index.append('\t'.join([did, style, rel, str(s), str(e), str(len(lines)), ';'.join(variants), c.site]))
        inside += sum(1 for i in range(s, e + 1) if i in usedset)
        total += e - s + 1
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages %d, paragraphs %d, inside earlier sets\' ranges %d' % (doc, total, inside))


if __name__ == '__main__':
    main()
