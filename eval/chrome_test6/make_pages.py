#!/usr/bin/env python3
"""Generator of the locked chrome TEST set 6 (stdlib only, deterministic, seed 20261706).

Reads the shared corpus (five text folders) and the index.tsv of the earlier page sets (only their
paragraph ranges, to prefer paragraphs they did not use), and writes pages/NNN.txt, gold/NNN.tsv and
index.tsv. Every chrome string is written here, fresh, by the helper "chrometest6".

  python make_pages.py [--corpus DIR]
"""
import collections
import datetime
import os
import random
import re
import sys
import unicodedata

SEED = 20261706
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5',
           'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7')
FOLDERS = (('city_gwr_2024', 52), ('provincial_gwr_2025', 14), ('state_council_2004_2019', 14),
           ('national_gwr_wikisource', 13), ('cpc_congress_wikisource', 8))
SKIP = ('廣州共產黨報告', '第3次全国代表大会', '1954_国务院', '1956_国务院', '2024_枣庄', '2024_承德',
        '国家教材委员会组成人员')
STYLES = ('portal', 'govopen', 'news', 'party', 'wechat', 'wenku', 'forum', 'mobile', 'pdf')


def find_corpus():
    if '--corpus' in sys.argv:
        return sys.argv[sys.argv.index('--corpus') + 1]
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS')


# ---------------------------------------------------------------- source paragraphs
PORTAL_TAIL = ('网站地图', '主办单位', '备案', '网站标识码', 'ICP', '公网安备', '版权所有', '联系我们', '责任编辑',
               '分享到', '党政机关', '浏览次数', '页面纠错', '技术支持', '承办单位', '当前位置', '打印', '【关闭', '扫一扫',
               'Copyright', '发布时间', '访问量', '字体：', '字号：', '【字体', '来源：', '来源:', '信息来源')
CJK = re.compile(r'[\u4e00-\u9fff]')


def bad_para(p):
    """Source lines that are themselves chrome or editorial: never inside a run."""
    if len(CJK.findall(p)) < 2:
        return True
    if any(w in p for w in PORTAL_TAIL):
        return True
    if p.startswith(('注：', '注:', '附件', '附：', '（注', '*')) or '（本文有删减）' in p or '↑' in p or '名词解释' in p:
        return True
    if re.search(r'\[\d+\]|\[注', p):
        return True
    if any(unicodedata.category(c) in ('Cc', 'Co', 'Cn', 'Cs', 'Cf') for c in p):
        return True
    if '\ufffd' in p:
        return True
    return False


def content_kind(p, i, n):
    if p in ('各位代表：', '同志们：') or (p.startswith('各') and p.endswith('：') and len(p) < 80):
        return 'greeting'
    if p.endswith('：') and len(p) <= 40 and re.search('国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', p):
        return 'greeting'
    if re.fullmatch(r'[0-9０-９〇一二三四五六七八九十○零]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日', p):
        return 'signature'
    if p == '（此件公开发布）':
        return 'signature'
    if p.startswith(('各位代表！', '同志们！')) or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def fix_signature(kinds, paras):
    for i, k in enumerate(kinds):
        if k == 'signature' and i > 0 and kinds[i - 1] == 'heading' and len(paras[i - 1]) <= 30:
            kinds[i - 1] = 'signature'
    return kinds


def load_docs(corpus):
    docs = []
    for folder, _ in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or any(s in f for s in SKIP):
                continue
            with open(os.path.join(corpus, folder, f), encoding='utf-8') as fh:
                paras = [l.strip() for l in fh.read().split('\n') if l.strip()]
            if len(paras) >= 5:
                docs.append((folder, folder + '/' + f, paras))
    return docs


def earlier_ranges():
    used = collections.defaultdict(set)
    for name in EARLIER:
        p = os.path.join(HERE, '..', name, 'index.tsv')
        if not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            used[r[si]].update(range(int(r[a]), int(r[b]) + 1))
    return used


def segments(paras, used):
    """Maximal runs of good paragraphs, as (start, end, n_used)."""
    out = []
    s = None
    for i, p in enumerate(paras + ['']):
        good = i < len(paras) and not bad_para(p)
        if good and s is None:
            s = i
        if not good and s is not None:
            out.append((s, i - 1))
            s = None
    return out


def choose_run(rng, paras, used, lo, hi, target):
    """A run of lo..hi good paragraphs at the document's head, tail or middle, preferring paragraphs no
    earlier set used (a head or tail run may overlap earlier ranges: the overlap is counted); None if none fits."""
    segs = [(s, e) for s, e in segments(paras, used) if e - s + 1 >= lo]
    if not segs:
        return None
    if target == 'head' and segs[0][0] <= 3:
        s, e = segs[0]
        n = rng.randint(lo, min(hi, e - s + 1))
        return s, s + n - 1
    if target == 'tail':
        s, e = segs[-1]
        n = rng.randint(lo, min(hi, e - s + 1))
        return e - n + 1, e
    free = []
    for s, e in segs:
        i = s
        while i <= e:
            if i in used:
                i += 1
                continue
            j = i
            while j + 1 <= e and j + 1 not in used:
                j += 1
            if j - i + 1 >= lo:
                free.append((i, j))
            i = j + 1
    cands = free or segs
    s, e = rng.choice(cands)
    n = rng.randint(lo, min(hi, e - s + 1))
    a = rng.randint(s, e - n + 1)
    return a, a + n - 1


# ---------------------------------------------------------------- helpers for chrome
SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIVN = '晓明华建国志伟俊丽敏静海燕霞峰磊洋勇军杰娟涛超鹏辉宇琳雪梅婷欣怡子轩浩然思远嘉文佳雨晨博睿锦瑶宁安康乐诗涵一凡天佑'


def name(rng):
    return rng.choice(SURN) + ''.join(rng.choice(GIVN) for _ in range(rng.choice((1, 2, 2))))


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


WEEK = '一二三四五六日'
WEEK_EN = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')


def fw(s):
    """Half-width ASCII digits and letters to full-width."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


class Ctx:
    """Per-page facts the chrome talks about."""

    def __init__(self, rng, src, paras, a, b):
        self.rng = rng
        base = os.path.basename(src)[:-4]
        folder = src.split('/')[0]
        self.folder = folder
        m = re.match(r'(\d{4})_(.+?)_政府工作报告', base)
        if folder == 'city_gwr_2024' and m:
            self.place = m.group(2)
            self.title = '%s市%s年政府工作报告' % (self.place, m.group(1)) if not self.place.endswith(('市', '州', '盟', '区')) else '%s%s年政府工作报告' % (self.place, m.group(1))
            self.short = '%s政府工作报告' % self.place
            y = 2024
        elif folder == 'provincial_gwr_2025' and m:
            self.place = m.group(2)
            self.title = '2025年%s政府工作报告' % self.place
            self.short = '%s政府工作报告（全文）' % self.place
            y = 2025
        elif folder == 'national_gwr_wikisource':
            yy = base[:4]
            self.place = '国务院'
            self.title = '%s年国务院政府工作报告' % yy
            self.short = '%s年政府工作报告' % yy
            y = rng.randint(2019, 2025)
        elif folder == 'cpc_congress_wikisource':
            parts = base.split('_')
            self.place = '中共中央'
            self.title = parts[-1] if len(parts) > 2 else base
            self.short = parts[1] if len(parts) > 2 else base
            y = rng.randint(2019, 2025)
        else:
            parts = base.split('_')
            self.place = '国务院'
            self.title = parts[-1]
            self.short = parts[-1][:18] + ('…' if len(parts[-1]) > 18 else '')
            self.docno = parts[1].replace('[', '〔').replace(']', '〕') if len(parts) > 2 else ''
            y = rng.randint(2019, 2025)
        if not hasattr(self, 'docno'):
            self.docno = ''
        # the place the chrome talks about (a national document is reposted by a local site)
        self.loc = self.place if self.place not in ('国务院', '中共中央') else rng.choice(
            ('北京', '郑州', '成都', '西安', '南宁', '济南', '长沙', '合肥', '太原', '贵阳', '昆明', '兰州'))
        mo = rng.randint(1, 3) if folder in ('city_gwr_2024', 'provincial_gwr_2025') else rng.randint(1, 12)
        self.date = datetime.date(y, mo, rng.randint(1, 28))
        self.time = '%02d:%02d' % (rng.randint(7, 22), rng.randint(0, 59))
        self.sec = '%02d' % rng.randint(0, 59)
        self.paras = paras
        self.a, self.b = a, b
        self.headings = [p for p in paras if re.match(r'^[一二三四五六七八九十]+、', p) and len(p) <= 40]

    def d(self, form=None):
        d = self.date
        form = form if form is not None else self.rng.randint(0, 7)
        return [
            '%d-%02d-%02d' % (d.year, d.month, d.day),
            '%d年%d月%d日' % (d.year, d.month, d.day),
            '%d/%d/%d' % (d.year, d.month, d.day),
            '%d.%02d.%02d' % (d.year, d.month, d.day),
            '%d-%02d-%02d %s' % (d.year, d.month, d.day, self.time),
            '%d年%02d月%02d日 %s' % (d.year, d.month, d.day, self.time),
            '%d-%02d-%02d %s:%s' % (d.year, d.month, d.day, self.time, self.sec),
            '%02d-%02d' % (d.month, d.day),
        ][form]


def pick(rng, seq, k=None):
    if k is None:
        return rng.choice(seq)
    return rng.sample(list(seq), min(k, len(seq)))


SEPS = ('　', '  ', ' | ', '｜', ' · ', '　|　', ' / ', '\t', '   ', ' ', '　·　', ' ｜ ')


def row(rng, items, sep=None):
    return (sep if sep is not None else rng.choice(SEPS)).join(items)


def lines_or_row(rng, items, kind):
    """A menu-like block: all on one line, one per line, or two or three lines."""
    r = rng.random()
    if r < 0.4:
        return [(row(rng, items), kind)]
    if r < 0.75:
        return [(x, kind) for x in items]
    k = rng.randint(2, 3)
    step = max(1, (len(items) + k - 1) // k)
    return [(row(rng, items[i:i + step]), kind) for i in range(0, len(items), step)]


# ---------------------------------------------------------------- chrome blocks (kind per line)
def b_cookie(c):
    r = c.rng
    t = pick(r, [
        ['本网站使用Cookie以提升您的浏览体验，继续访问即表示您同意我们的《隐私政策》。', '同意并继续　　拒绝'],
        ['我们使用必要的Cookies来保证站点正常运行，您可以在浏览器设置中管理。【知道了】'],
        ['This site uses cookies to improve your experience. By continuing you agree to our Privacy Notice.', 'Accept all  |  Reject  |  Settings'],
        ['温馨提示：为了给您提供更好的服务，本站会收集必要的设备信息。', '查看《个人信息保护说明》', '我已阅读并同意'],
        ['🍪 本页面使用 Cookie 技术 · 详情 · 好的'],
    ])
    return [(x, 'cookie') for x in t]


def b_accessibility(c):
    r = c.rng
    items = pick(r, ['无障碍浏览', '长者模式', '关怀版', '放大', '缩小', '高对比度', '语音播报', '光标', '辅助线', '页面朗读',
                     '文字放大', '简/繁', '繁體', '退出无障碍', '适老化', '大字幕', '阅读模式'], r.randint(4, 9))
    out = lines_or_row(r, items, 'accessibility')
    if r.random() < 0.4:
        out.insert(0, (pick(r, ['【无障碍辅助】', '无障碍服务：已关闭', '♿ 无障碍', '信息无障碍']), 'accessibility'))
    return out


def b_weather(c):
    r = c.rng
    w = pick(r, ['晴', '多云', '阴', '小雨', '雨夹雪', '小雪', '晴转多云'])
    lo = r.randint(-12, 12)
    return [(pick(r, ['%s %s %d~%d℃' % (c.loc if c.loc not in ('国务院', '中共中央') else '北京', w, lo, lo + r.randint(4, 11)),
                      '今日天气：%s　%d℃/%d℃　空气质量：良' % (w, lo + 9, lo),
                      '%s　%s　%d°C' % (c.d(1), w, lo + 5)]), 'weather')]


def b_topbar(c):
    r = c.rng
    d = c.date
    opts = [
        '今天是：%d年%d月%d日　星期%s' % (d.year, d.month, d.day, WEEK[d.weekday()]),
        '%s 星期%s' % (c.d(0), WEEK[d.weekday()]),
        '%s, %s' % (WEEK_EN[d.weekday()], d.strftime('%B %d, %Y')),
        '欢迎访问%s！' % c.site,
        '设为首页　加入收藏　联系我们',
        '手机版 | 繁体版 | English | 无障碍',
        '政务微博　政务微信　政务抖音　移动客户端',
    ]
    return [(x, 'nav') for x in pick(r, opts, r.randint(1, 3))]


def b_login(c):
    r = c.rng
    opts = [['登录', '注册'], ['您好，请 登录 / 注册'], ['个人用户登录　法人用户登录'], ['用户名', '密码', '验证码', '登 录　忘记密码'],
            ['[登录]  [免费注册]'], ['扫码登录更安全'], ['Login | Register'], ['登录后可收藏文章、参与评论']]
    return [(x, 'login') for x in pick(r, opts)]


def b_search(c):
    r = c.rng
    return [(x, 'search') for x in pick(r, [
        ['请输入关键词', '搜索'], ['站内搜索：　　　　【搜 索】'], ['🔍 搜索'], ['全站　标题　正文　　高级搜索'],
        ['热搜：政府工作报告　营商环境　高质量发展'], ['请输入您要查找的内容 Q'], ['搜本站　搜全网'], ['Search']])]


def b_sitename(c):
    r = c.rng
    s = c.site
    return [(x, 'nav') for x in pick(r, [[s], [s, c.site_en], ['%s门户网站' % s], ['[LOGO] %s' % s], ['%s  %s' % (s, c.site_en)]])]


GOV_MENU = ['首页', '政务公开', '政务服务', '互动交流', '走进%s', '新闻中心', '政策文件', '政策解读', '数据开放', '专题专栏',
            '信息公开', '办事服务', '公众参与', '领导信息', '机构职能', '规划计划', '财政信息', '人事信息', '市长信箱', '投资%s']


GOVCN_MENU = ['首页', '国务院', '总理', '新闻', '政策', '互动', '服务', '数据', '国情', '国家政务服务平台', '简', '繁', 'EN']


def b_menu_gov(c):
    r = c.rng
    if c.site == '中国政府网':
        items = GOVCN_MENU[:r.randint(9, len(GOVCN_MENU))]
        return lines_or_row(r, items, 'nav')
    place = c.loc if c.loc not in ('国务院', '中共中央') else '中国'
    items = [x.replace('%s', place) for x in pick(r, GOV_MENU, r.randint(5, 9))]
    if r.random() < 0.7:
        items.remove('首页') if '首页' in items else None
        items.insert(0, '首页')
    out = lines_or_row(r, items, 'nav')
    if r.random() < 0.3:
        out.append((row(r, pick(r, ['HOME', 'NEWS', 'OPEN GOVERNMENT', 'SERVICES', 'INTERACTION', 'ABOUT'], 4)), 'nav'))
    return out


NEWS_MENU = ['首页', '时政', '国内', '国际', '财经', '社会', '评论', '图片', '视频', '科技', '教育', '地方', '要闻', '本地',
             '房产', '汽车', '文旅', '健康', '专题', '直播', '数读', '两会', '观点', '体育', '娱乐', '军事']


def b_menu_news(c):
    r = c.rng
    return lines_or_row(r, pick(r, NEWS_MENU, r.randint(6, 12)), 'nav')


def b_breadcrumb(c):
    r = c.rng
    cols = pick(r, [['首页', '政务公开', '政府工作报告'], ['首页', '信息公开', '法定主动公开内容', '规划计划'], ['首页', '新闻', '要闻'],
                    ['网站首页', '政策文件', '国务院文件'], ['首页', '党建', '理论学习'], ['首页', '资讯', '正文'], ['首页', '专题', '%d年两会' % c.date.year],
                    ['Home', 'News', 'Government'], ['首页', '政府信息公开', '政府工作报告', '%d年' % c.date.year]])
    sep = pick(r, [' > ', '>', ' » ', ' / ', '　>　', ' → ', '＞', ' >> '])
    pre = pick(r, ['当前位置：', '您当前的位置：', '您的位置: ', '位置：', '', '📍', '所在位置 '])
    return [(pre + sep.join(cols) + pick(r, ['', ' > 正文', sep + '详情']), 'breadcrumb')]


def title_forms(c):
    t, s = c.title, c.short
    return [t + '_' + c.site, '【%s】' % t, t + ' - ' + c.site, '%s——%s' % (s, c.site), '<title>%s | %s</title>' % (s, c.site),
            '《%s》全文' % s, '%s（全文）' % t, '权威发布｜' + t, '重磅！%s全文来了' % s, s + '.pdf', t + '.docx', '全文丨' + s,
            t + '（附全文）', s + '...', '【全文】' + s, '%s %s' % (s, c.d(0)), '标题：' + t]


def b_title(c):
    r = c.rng
    out = [(pick(r, title_forms(c)), 'title_repeat')]
    if r.random() < 0.25:
        t = c.title
        k = len(t) // 2
        out = [(t[:k], 'title_repeat'), (t[k:], 'title_repeat')]
    return out


def b_meta_portal(c):
    r = c.rng
    items = ['发布时间：' + c.d(r.choice((0, 4, 6))), '来源：' + pick(r, [c.site, '%s人民政府办公室' % c.loc, '市政府研究室', '本网', '新华社']),
             '浏览次数：%d' % r.randint(80, 99999), '作者：' + pick(r, ['政务公开办', '办公室', name(r)]), '字体：【大 中 小】',
             '信息来源：%s' % pick(r, ['市发改委', '区政府办', '县政府办公室', '市政府']), '阅读量：%d' % r.randint(100, 20000)]
    got = pick(r, items, r.randint(2, 4))
    out = []
    for x in got:
        k = 'toolbar_fontsize' if '字体' in x else 'metadata'
        out.append((x, k))
    if r.random() < 0.5:
        return [(row(r, [x for x, _ in out]), 'metadata')]
    return out


def b_index_table(c):
    """政务公开 metadata table: 索引号 / 发布机构 / 发文字号 …"""
    r = c.rng
    org = '%s人民政府' % c.place if c.place not in ('国务院', '中共中央') else '国务院办公厅'
    cells = [('索引号', '%s/%s-%d-%s' % (digits(r, 9), pick(r, ['00', '01', '02']), c.date.year, digits(r, 5))),
             ('主题分类', pick(r, ['综合政务\\其他', '国民经济管理、国有资产监管', '综合政务/政务公开', '其他'])),
             ('发布机构', org), ('成文日期', c.d(1)), ('发布日期', c.d(0)),
             ('文号', c.docno or '无'), ('主题词', pick(r, ['政府工作报告', '报告', '无'])), ('有效性', pick(r, ['有效', '现行有效'])),
             ('名称', c.title)]
    shape = r.randint(0, 3)
    out = []
    if shape == 0:
        for k, v in cells:
            out.append(('%s：%s' % (k, v), 'metadata'))
    elif shape == 1:
        for i in range(0, len(cells), 2):
            out.append(('\t'.join('%s\t%s' % kv for kv in cells[i:i + 2]), 'metadata'))
    elif shape == 2:
        for k, v in cells:
            out.append((k + ':', 'metadata'))
            out.append((v, 'metadata'))
    else:
        out.append(('　'.join('%s：%s' % kv for kv in cells[:4]), 'metadata'))
        out.append(('　'.join('%s：%s' % kv for kv in cells[4:]), 'metadata'))
    if r.random() < 0.4:
        out.insert(0, ('政府信息公开', 'metadata'))
    return out


def b_fontsize(c):
    r = c.rng
    return [(pick(r, ['【字号：大 中 小】', '字号 T | T | T', '[ 大 ] [ 中 ] [ 小 ]', 'A+ A A-', '字体大小：默认 | 16 | 18 | 20',
                      '文字大小：大　中　小　　打印本页　关闭窗口'.split('　　')[0], '字号：放大 缩小 默认', 'T 大  T 中  T 小']), 'toolbar_fontsize')]


def b_audio(c):
    r = c.rng
    return [(x, 'audio') for x in pick(r, [['🔊 语音播报', '00:00 / %02d:%02d' % (r.randint(3, 39), r.randint(0, 59))],
                                              ['点击收听本文', '▶ 播放　　倍速 1.0x'], ['【听新闻】'], ['朗读全文 ⏯'],
                                              ['音频加载中…'], ['AI 语音合成　男声 | 女声'], ['收听报告全文音频（%d分钟）' % r.randint(18, 80)]])]


def b_video(c):
    r = c.rng
    return [(x, 'video') for x in pick(r, [['视频加载失败，请刷新重试'], ['▶ 0:00 / %d:%02d' % (r.randint(1, 9), r.randint(0, 59)), '高清　倍速　全屏'],
                                              ['[视频]%s现场' % c.short[:10]], ['该视频暂不支持播放'], ['来源：%s 视频号' % c.site, '重新播放'],
                                              ['Your browser does not support the video tag.'], ['视频：%s　时长 %02d:%02d' % (pick(r, ['一图读懂', '两会现场', '报告速览']), r.randint(1, 6), r.randint(0, 59))]])]


def b_caption(c):
    r = c.rng
    n = name(r)
    cap = pick(r, ['图为会议现场。%s 摄' % n, '▲ %d年%d月，会议在%s开幕。' % (c.date.year, c.date.month, pick(r, ['市民中心', '人民会堂', '大会堂'])),
                   '（图片来源：%s）' % c.site, '资料图片', '摄影：%s' % n, '图/%s' % n, '△ 会场外景（无人机航拍）', '↑ 点击图片查看大图',
                   '记者 %s 摄' % n, '（%s 供图）' % pick(r, ['市政府办', '宣传部', '融媒体中心']), '左右滑动查看更多图片', '图片来自网络，如有侵权请联系删除',
                   '代表们认真审议政府工作报告。（%s　摄）' % n, '【图集】%s' % c.short[:12]])
    out = [(cap, 'caption')]
    if r.random() < 0.4:
        res = pick(r, ['[图片]', '<img src="/upload/%s.jpg">' % digits(r, 10), '![](https://img.example.cn/%s.png)' % digits(r, 8), '图片'])
        r.random()
        out.insert(0, (res, 'html_residue' if res.startswith(('<', '!')) else 'caption'))
    return out


def b_html(c):
    r = c.rng
    return [(pick(r, ['<div class="TRS_Editor">', '</div>', '<p style="text-indent:2em;">', '&nbsp;&nbsp;', '<br/>', '<!--正文开始-->',
                      '<!-- endprint -->', '$(function(){ share(); });', 'var _hmt = _hmt || [];', '<span class="fontsize">',
                      '{{ article.title }}', '<table width="100%" border="0">', '&lt;/p&gt;', '<style>.pages{display:none}</style>',
                      'document.write(\'<script src="/js/count.js"></script>\');', '<?xml version="1.0" encoding="utf-8"?>']), 'html_residue')]


def b_mojibake(c):
    r = c.rng
    src = pick(r, ['网站维护中', '返回顶部', '打印本页', '关闭窗口', '相关链接', '分享到微信', '上一篇', '下一篇'])
    kind = r.randint(0, 2)
    if kind == 0:
        s = src.encode('utf-8').decode('latin-1')
        s = ''.join(ch for ch in s if unicodedata.category(ch)[0] != 'C')
    elif kind == 1:
        s = src.encode('gbk').decode('utf-8', errors='replace').replace('\ufffd', '锟')
        s = ''.join(ch for ch in s if unicodedata.category(ch)[0] not in ('C',))
    else:
        s = pick(r, ['锟斤拷锟斤拷锟斤拷', '烫烫烫烫烫烫', '屯屯屯屯', '��ҳ | ����', 'Ã¤Â¸Â­Ã¦Â–Â‡']).replace('\ufffd', '?')
    s = ''.join(ch for ch in s if unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Cf'))
    return [(s or '锟斤拷', 'mojibake')]


def b_share(c):
    r = c.rng
    items = pick(r, ['微信', '微博', 'QQ空间', 'QQ好友', '复制链接', '朋友圈', '抖音', '豆瓣', '钉钉'], r.randint(3, 6))
    pre = pick(r, ['分享到：', '分享：', '转发至', '', '📤 ', 'Share: '])
    return [(pre + row(r, items), 'share')] if r.random() < 0.7 else [(pre.strip() or '分享', 'share')] + [(x, 'share') for x in items]


def b_actions(c):
    r = c.rng
    items = pick(r, ['【打印本页】', '【关闭窗口】', '【收藏】', '【返回顶部】', '[纠错]', '打印', '关闭', '收藏', '返回顶部', '下载', '全屏阅读'], r.randint(2, 4))
    return lines_or_row(r, items, 'toolbar_actions')


def b_qr(c):
    r = c.rng
    return [(x, 'qr') for x in pick(r, [['扫一扫在手机打开当前页'], ['[二维码]', '微信扫码分享'], ['手机扫码阅读'], ['扫码关注%s官方微信' % c.site],
                                           ['用手机扫描二维码，随时随地看报告'], ['▣ 扫描二维码下载客户端']])]


def b_feedback(c):
    r = c.rng
    return [(x, 'feedback') for x in pick(r, [['本页面信息是否对您有帮助？', '有帮助　　没帮助'], ['我要纠错'], ['页面满意度：★★★★★　提交'],
                                                 ['如发现页面内容有误，请点击“我要纠错”告诉我们。'], ['留言评价　　意见建议']])]


def b_robot(c):
    r = c.rng
    return [(x, 'robot') for x in pick(r, [['智能客服', '您好！我是%s小助手，有什么可以帮您？' % c.loc[:4]], ['在线咨询', '热门问题：社保查询　公积金提取　户籍办理'],
                                              ['🤖 政务小智', '请输入您要咨询的问题', '发送'], ['AI助手为您服务 >']])]


def b_attachment(c):
    r = c.rng
    out = [(pick(r, ['附件：', '附件下载：', '相关附件', '📎 附件']), 'attachment')]
    for _ in range(r.randint(1, 3)):
        out.append((pick(r, ['%s.pdf' % c.short, '%s（图解）.jpg' % c.short[:10], '%s.doc（%dKB）' % (c.title[:20], r.randint(40, 900)),
                             '1.政府工作报告名词解释.docx', '%s文字版.wps' % c.short[:12], '下载：%s.ofd' % c.short[:14]]), 'attachment'))
    return out


def b_prevnext(c):
    r = c.rng
    a = pick(r, ['关于印发%s年重点工作任务分工的通知' % c.date.year, '%s召开常务会议' % c.loc[:5], '一图读懂政府工作报告', '两会专题 | 代表委员热议',
                 '关于做好%s年春节期间有关工作的通知' % c.date.year, '市政府党组召开理论学习中心组学习会议'])
    b = pick(r, ['政府工作报告名词解释', '%s年政府信息公开工作年度报告' % (c.date.year - 1), '数说这一年', '关于公布行政规范性文件清理结果的决定'])
    if r.random() < 0.5:
        return [('上一篇：' + a, 'prevnext'), ('下一篇：' + b, 'prevnext')]
    return [(pick(r, ['« 前一篇 %s　　后一篇 » %s', '上一条：%s　下一条：%s', 'Prev: %s / Next: %s']) % (a, b), 'prevnext')]


RELATED = ['%s经济运行情况新闻发布会召开', '一图读懂%s政府工作报告', '政府工作报告中的民生“温度”', '代表委员热议：奋力开创高质量发展新局面',
           '%s：聚焦实体经济，加快培育新质生产力', '%s今年民生实事项目公示', '市人大代表建议办理情况通报', '这份报告，句句都是干货！',
           '政府工作报告里的十个关键词', '2024年这些民生大事与你有关', '政府工作报告解读：稳增长的“组合拳”怎么打', '网友热议：报告里的新提法',
           '专家解读：以改革激活发展动力', '数读报告｜一组数据看成绩单', '视频｜3分钟速览政府工作报告', '新春走基层：项目建设一线见闻。']


def b_related(c):
    r = c.rng
    out = [(pick(r, ['相关新闻', '相关阅读', '推荐阅读', '猜你喜欢', '延伸阅读：', '热点推荐', '相关文章', '为你推荐', '更多精彩 >>']), 'related')]
    place = c.loc if c.loc not in ('国务院', '中共中央') else '全国'
    for t in pick(r, RELATED, r.randint(3, 6)):
        t = t.replace('%s', place) if '%s' in t else t
        t = pick(r, [t, '· ' + t, '%s　%s' % (t, c.d(r.choice((0, 7)))), '▪ ' + t, '%d. %s' % (r.randint(1, 9), t), '[%s] %s' % (pick(r, ['要闻', '解读', '视频']), t)])
        out.append((t, 'related'))
    return out


def b_ranking(c):
    r = c.rng
    out = [(pick(r, ['热门排行', '24小时热榜', '阅读排行榜', '本周热点 TOP5']), 'ranking')]
    for i, t in enumerate(pick(r, RELATED, r.randint(3, 5)), 1):
        t = t.replace('%s', c.loc[:6])
        out.append((pick(r, ['%d %s' % (i, t), '%d.%s　%d万阅读' % (i, t, r.randint(1, 99)), 'NO.%d %s' % (i, t)]), 'ranking'))
    return out


def b_footer(c):
    r = c.rng
    prov = pick(r, '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新')
    opts = ['主办：%s　承办：%s大数据中心' % (c.site, c.loc[:6]), '%sICP备%s号-%d' % (prov, digits(r, 8), r.randint(1, 9)),
            '%s公网安备 %s号' % (prov, digits(r, 14)), '网站标识码：%s' % digits(r, 10), '版权所有 © %d %s' % (c.date.year, c.site),
            'Copyright © 2008-%d All Rights Reserved' % c.date.year, '地址：%s人民路%d号　邮编：%s' % (c.loc[:6], r.randint(1, 300), digits(r, 6)),
            '联系电话：0%s-%s' % (digits(r, 3), digits(r, 8)), '建议使用1920×1080分辨率、IE10以上浏览器', '关于我们 | 网站地图 | 联系我们 | 隐私声明',
            '互联网新闻信息服务许可证：%s' % digits(r, 11), '违法和不良信息举报电话：12377', '累计访问量：%s' % digits(r, 8), '技术支持：%s信息科技有限公司' % pick(r, ['华云', '数政', '中软', '拓尔']),
            '党政机关　政府网站找错']
    return [(x, 'footer') for x in pick(r, opts, r.randint(2, 6))]


def b_tags(c):
    r = c.rng
    t = pick(r, ['政府工作报告', '两会', c.loc[:6], '高质量发展', '民生', '营商环境', '乡村振兴', '新质生产力', '改革', '国务院文件'], r.randint(2, 5))
    return [(pick(r, ['标签：', '关键词：', 'Tags: ', '#', '责编标签 ']) + row(r, t, pick(r, [' ', '，', ' #', '　'])), 'tags')]


def b_editor(c):
    r = c.rng
    return [(pick(r, ['（责任编辑：%s）', '责编：%s　审核：%s', '编辑：%s', '【编辑：%s】', '校对：%s　终审：%s', '作者：%s　来源：%s']) % tuple(name(r) for _ in range(2))
             if False else pick(r, ['（责任编辑：%s）' % name(r), '责编：%s　审核：%s' % (name(r), name(r)), '编辑：%s' % name(r), '【编辑：%s】' % name(r),
                                    '校对：%s　终审：%s' % (name(r), name(r))]), 'metadata')]


def b_comments(c):
    r = c.rng
    out = [(pick(r, ['网友评论', '全部评论（%d）' % r.randint(2, 999), '评论 %d' % r.randint(1, 300), '热门评论', '最新评论']), 'comments')]
    for _ in range(r.randint(2, 4)):
        u = pick(r, ['用户%s' % digits(r, 6), '%s网友' % pick(r, ['江苏', '广东', '四川', '山东', '河南']), name(r), '匿名用户', 'momo' + digits(r, 3)])
        say = pick(r, ['写得好，实实在在！', '希望今年能落实到位。', '点赞👍', '老百姓最关心的还是就业和房价', '支持！', '期待家乡越来越好',
                       '报告里提到的地铁什么时候开工？', '学习了', '干货满满，收藏了。', '民生实事要多一些。'])
        shape = r.randint(0, 2)
        if shape == 0:
            out += [(u, 'comments'), (say, 'comments'), ('%s　回复　赞(%d)' % (c.d(7), r.randint(0, 99)), 'comments')]
        elif shape == 1:
            out.append(('%s：%s' % (u, say), 'comments'))
        else:
            out += [('%s %s' % (u, pick(r, ['IP属地：江苏', '来自iPhone客户端', '%d小时前' % r.randint(1, 23)])), 'comments'), (say, 'comments')]
    if r.random() < 0.5:
        out.append((pick(r, ['查看更多评论 >', '发表评论', '请文明发言，理性评论', '写评论...']), 'comments'))
    return out


def b_ads(c):
    r = c.rng
    return [(x, 'ads') for x in pick(r, [['广告'], ['【广告】限时特惠，点击了解 >>'], ['推广　%s住宅，首付20万起' % c.loc[:4]], ['AD'],
                                            ['赞助商内容'], ['— 广告 —', '下载APP领取新人礼包'], ['考公考编上岸必备资料，免费领取 →'],
                                            ['（广告位招租）'], ['品牌推广｜%s银行 信用卡新客礼' % pick(r, ['建设', '招商', '农业', '浦发'])]])]


def b_app_banner(c):
    r = c.rng
    app = c.app
    return [(x, 'app_banner') for x in pick(r, [['打开%s，查看更多精彩' % app], ['%s APP　立即打开' % app], ['APP内阅读体验更佳 >'],
                                                   ['下载%s客户端　×' % app], ['在App中打开'], ['打开APP看高清大图'], ['⬇ 下载APP，领取阅读金币'],
                                                   ['用%s小程序打开' % app], ['打开APP，阅读全文']])]


def b_expand(c):
    r = c.rng
    return [(pick(r, ['展开全文', '点击展开全文 ∨', '阅读全文', '展开剩余%d%%' % r.randint(20, 90), '▼ 继续阅读', '查看全部', '余下全文']), 'paywall')]


def b_paywall(c):
    r = c.rng
    return [(x, 'paywall') for x in pick(r, [['剩余%d页未读，继续阅读' % r.randint(3, 40)], ['开通VIP，免费下载本文档'], ['试读已结束，付费后查看全部内容'],
                                                ['还剩%d%%未读，点击阅读全文' % r.randint(30, 85)], ['下载需要%d积分' % r.randint(2, 30), '立即下载'],
                                                ['¥%d.%02d　购买全文' % (r.randint(1, 20), r.randint(0, 99))], ['本文为会员专享内容，开通会员后可阅读全部']])]


def b_follow(c):
    r = c.rng
    acc = c.site
    return [(x, 'follow') for x in pick(r, [['点击上方蓝字关注我们'], ['↑点击上方“%s”关注我们' % acc], ['长按识别二维码关注'], ['关注我们，获取更多资讯'],
                                               ['+关注'], ['关注%s，了解更多权威信息' % acc], ['👇👇👇 关注并星标 👇👇👇'], ['点个“在看”，让更多人看到']])]


def b_reward(c):
    r = c.rng
    return [(x, 'reward') for x in pick(r, [['喜欢作者', '赞赏'], ['¥ 打赏支持'], ['%d人已赞赏' % r.randint(1, 99)], ['作者声明：赞赏金额将用于公益'],
                                               ['点赞 %d　在看 %d' % (r.randint(1, 999), r.randint(1, 300))]])]


def b_link(c):
    r = c.rng
    return [(pick(r, ['原文链接：https://%s/art/%d/%d/%d/art_%s_%s.html' % (c.domain, c.date.year, c.date.month, c.date.day, digits(r, 4), digits(r, 7)),
                      '阅读原文', '本文链接：http://%s/content/%s.shtml' % (c.domain, digits(r, 8)), 'https://%s/zwgk/%s.htm' % (c.domain, digits(r, 6)),
                      '[原文地址](https://%s/a/%s)' % (c.domain, digits(r, 6)), '转载请注明来源：%s' % c.site]), 'link')]


def b_disclaimer(c):
    r = c.rng
    return [(pick(r, ['声明：本文转自%s，仅供学习交流，版权归原作者所有，如有侵权请联系删除。' % c.site,
                      '免责声明：本站所有内容均由用户上传，不代表本站观点。', '本文系网友投稿，内容仅代表作者个人观点。',
                      '以上内容来源于网络，不代表本号立场。', '本文档为用户上传，如涉及侵权请联系客服处理。',
                      '* 转载须经授权，违者必究。', '特别声明：以上内容仅代表作者本人观点，不代表平台观点或立场。']), 'disclaimer')]


def b_intro(c):
    r = c.rng
    return [(pick(r, ['【编者按】%d年%d月，%s召开，会上审议了%s。现将全文刊发如下。' % (c.date.year, c.date.month, pick(r, ['市十七届人大三次会议', '省十四届人大三次会议', '大会']), c.short),
                      '导读：今年的报告有哪些新提法？一起来看全文。', '摘要：报告全面回顾了过去一年的工作，部署了今年的重点任务。',
                      '以下是报告全文：', '小编为大家整理了报告全文，建议收藏！', '📌 划重点：全文约%d字，阅读需要%d分钟。' % (r.randint(8, 30) * 1000, r.randint(10, 45)),
                      '编者按：学习贯彻会议精神，本号全文推送，供大家学习。', '本文转载自%s，内容有删节。' % c.site]), 'intro')]


def b_ai_summary(c):
    r = c.rng
    out = [(pick(r, ['AI摘要', '✨ 智能总结', 'AI 帮你读：']), 'ai_summary')]
    out.append((pick(r, ['本文为%s，主要内容包括过去一年工作回顾和今年工作安排。' % c.short, '该文介绍了%s的主要内容与任务部署。' % c.short[:12],
                         '内容由AI生成，仅供参考']), 'ai_summary'))
    return out


def b_toc(c):
    r = c.rng
    hs = [h for h in c.headings if h not in c.run_text][:6] or ['一、工作回顾', '二、总体要求', '三、重点任务']
    hs = [h for h in hs if h not in c.run_text]
    out = [(pick(r, ['目录', '目　录', 'CONTENTS', '本文目录']), 'toc')]
    for i, h in enumerate(hs):
        out.append((pick(r, [h, '%s ........ %d' % (h, i * 3 + 2), '%s\t%d' % (h, i * 4 + 1), '· ' + h]), 'toc'))
    return out


def b_meta_news(c):
    r = c.rng
    src = pick(r, [c.site, '新华社', '人民日报', '%s日报' % c.loc[:4], '央视新闻', '中国新闻网'])
    out = [(pick(r, ['%s　来源：%s' % (c.d(r.choice((4, 5, 6))), src), '来源：%s | %s' % (src, c.d(4)), '%s %s' % (c.d(6), src),
                     '%s　作者：%s' % (c.d(1), name(r)), '记者 %s %s' % (name(r), name(r))]), 'metadata')]
    if r.random() < 0.5:
        out.append((pick(r, ['阅读 %d' % r.randint(100, 99999), '%d人阅读' % r.randint(10, 9999), '浏览：%d次' % r.randint(100, 30000), '%d万次播放' % r.randint(1, 90)]), 'metadata'))
    return out


def b_meta_wechat(c):
    r = c.rng
    out = []
    if r.random() < 0.5:
        out.append(('原创　%s　%s' % (name(r), c.site), 'metadata'))
    else:
        out.append((c.site, 'metadata'))
    out.append((pick(r, [c.d(5), '%s %s 发表于%s' % (c.d(0), c.time, pick(r, ['北京', '江苏', '四川', '湖北', '广东'])), c.d(1) + ' ' + c.time]), 'metadata'))
    if r.random() < 0.5:
        out.append((pick(r, ['收录于合集 #政府工作报告 %d个' % r.randint(2, 60), '收录于话题 #两会', '阅读时间约%d分钟' % r.randint(8, 50)]), 'metadata'))
    return out


def b_watermark(c):
    r = c.rng
    return [(pick(r, ['%s 文档水印' % c.site, '仅供内部学习使用', '本文档由 %s 上传' % ('用户' + digits(r, 5)), 'www.%s' % c.domain,
                      '（本页无正文）', '— %s 独家整理 —' % c.site]), 'watermark')]


def b_wenku_meta(c):
    r = c.rng
    out = [(pick(r, ['%s.docx' % c.title, '%s.pdf' % c.short, '%s(word版).doc' % c.title[:24]]), 'title_repeat')]
    items = ['上传人：%s' % ('u' + digits(r, 6)), '页数：%d' % r.randint(6, 60), '大小：%d.%dKB' % (r.randint(20, 900), r.randint(0, 9)),
             '格式：%s' % pick(r, ['DOCX', 'PDF', 'DOC']), '下载：%d' % r.randint(0, 999), '%.1f分（%d人评价）' % (r.uniform(3, 5), r.randint(1, 300)),
             '上传时间：%s' % c.d(0), '浏览：%d' % r.randint(10, 9999)]
    got = pick(r, items, r.randint(3, 6))
    if r.random() < 0.5:
        out.append((row(r, got), 'metadata'))
    else:
        out += [(x, 'metadata') for x in got]
    return out


def b_wenku_actions(c):
    r = c.rng
    return lines_or_row(r, pick(r, ['下载文档', '收藏', '分享', '举报', '加入VIP', '打印', '阅读模式', '全屏', '转存'], r.randint(3, 5)), 'toolbar_actions')


def b_floor(c, n, first=False):
    r = c.rng
    u = c.op if first or r.random() < 0.7 else name(r)
    d = c.d(r.choice((4, 6)))
    return [(pick(r, ['%d楼　%s　发表于 %s' % (n, u, d), '#%d　%s　%s' % (n, u, d), '%s　%s　%d#' % (u, d, n), '楼主 %s　|　只看楼主　%s' % (u, d) if n == 1 else '%d楼 %s （接上楼）' % (n, u),
                      '回复 %d 楼　%s' % (n, u), '%s 发表于 %s 来自 %s' % (u, d, pick(r, ['Android客户端', 'iPhone', '网页版'])),
                      '（接上）', '【续】第%d部分' % n]), 'metadata')]


def b_forum_head(c):
    r = c.rng
    out = [(pick(r, ['【转帖】' + c.title, '[分享] %s全文' % c.short, '%s，大家怎么看？' % c.short, c.short + '（全文，长文慎入）']), 'title_repeat')]
    out.append((pick(r, ['查看：%d | 回复：%d' % (r.randint(100, 90000), r.randint(0, 900)), '楼主　%s　IP属地：%s' % (c.op, pick(r, ['北京', '浙江', '湖南', '云南', '陕西'])),
                         '发帖时间：%s' % c.d(6), '%d 人浏览　%d 条回复' % (r.randint(10, 9999), r.randint(0, 99))]), 'metadata'))
    return out


def b_mobile_top(c):
    r = c.rng
    out = [(pick(r, ['< 返回', '←', '‹ 返回　　　　···', '×　　%s' % c.site, '< 首页']), 'nav')]
    if r.random() < 0.6:
        out.append((pick(r, ['%s　%s　　+关注' % (c.site, c.d(7)), '%s · %s' % (c.site, c.d(7)), '%s\t%s发布于%s' % (c.site, c.d(7), pick(r, ['北京', '上海', '广东']))]), 'metadata'))
    return out


def b_mobile_feed(c):
    r = c.rng
    out = [(pick(r, ['更多推荐', '相关推荐', '看了又看']), 'related')]
    for t in pick(r, RELATED, r.randint(2, 4)):
        t = t.replace('%s', c.loc[:6])
        out.append((t, 'related'))
        out.append(('%s　%d评论　%d小时前' % (pick(r, ['央视新闻', '人民网', '新京报', c.site]), r.randint(0, 999), r.randint(1, 23)), 'related'))
    return out


def b_pagination(c):
    r = c.rng
    n = r.randint(2, 6)
    return [(pick(r, ['上一页 1 2 %d 下一页' % n, '第1页 共%d页' % n, '< 1 2 3 … %d >' % n, '首页 上一页 下一页 尾页', '[1] [2] [3] 下一页 >>', '1/%d　下一页' % n]), 'pagination')]


def b_print_header(c):
    r = c.rng
    h, m = int(c.time[:2]), c.time[3:]
    t = ('上午%d:%s' % (h, m)) if h < 12 else ('下午%d:%s' % (h - 12 if h > 12 else h, m))
    return [('%s %s　%s' % (c.d(2), pick(r, [t, c.time]), c.title[:30] + ' - ' + c.site), 'print_header')]


# ---------------------------------------------------------------- sites per style
PORTAL_SITES = [('%s人民政府', 'www.%s.gov.cn', 'city'), ('%s人民政府门户网站', 'www.%s.gov.cn', 'city'),
                ('中国政府网', 'www.gov.cn', 'nation'), ('国家发展和改革委员会', 'www.ndrc.gov.cn', 'ministry'),
                ('财政部', 'www.mof.gov.cn', 'ministry'), ('生态环境部', 'www.mee.gov.cn', 'ministry'),
                ('河北省人民政府', 'www.hebei.gov.cn', 'prov'), ('江西省人民政府', 'www.jiangxi.gov.cn', 'prov'),
                ('甘肃省人民政府', 'www.gansu.gov.cn', 'prov'), ('宁乡市人民政府', 'www.ningxiang.gov.cn', 'county'),
                ('平遥县人民政府', 'www.pingyao.gov.cn', 'county'), ('德清县人民政府', 'www.deqing.gov.cn', 'county'),
                ('大理市人民政府', 'www.yndali.gov.cn', 'county'), ('昆山市人民政府', 'www.ks.gov.cn', 'county')]
NEWS_SITES = [('人民网', 'www.people.com.cn', '人民日报'), ('新华网', 'www.news.cn', '新华社'), ('光明网', 'www.gmw.cn', '光明日报'),
              ('中国青年网', 'www.youth.cn', '中国青年报'), ('大众网', 'www.dzwww.com', '大众新闻'), ('红网', 'www.rednet.cn', '新湖南'),
              ('荆楚网', 'www.cnhubei.com', '长江云'), ('浙江在线', 'www.zjol.com.cn', '潮新闻'), ('北青网', 'www.ynet.com', '北京青年报'),
              ('极目新闻', 'www.ctdsb.net', '极目新闻'), ('上观新闻', 'www.jfdaily.com', '上观新闻'), ('红星新闻', 'www.cdsb.com', '红星新闻')]
PARTY_SITES = [('人民网-中国共产党新闻网', 'cpc.people.com.cn', '人民网'), ('求是网', 'www.qstheory.cn', '求是'), ('共产党员网', 'www.12371.cn', '共产党员'),
               ('紫金山党建', 'www.zjsdj.cn', '党建'), ('灯塔-党建在线', 'www.dtdjzx.gov.cn', '灯塔'), ('先锋网', 'www.xianfeng.cn', '先锋'),
               ('中国机关党建网', 'www.zgjgdj.gov.cn', '机关党建'), ('支部生活', 'www.zbsh.cn', '支部生活')]
WECHAT_ACCS = ['%s发布', '学习小组', '基层党建汇', '公文写作宝典', '笔杆子训练营', '%s政务', '机关秘书圈', '两会观察', '理论学习资料库', '考公行测申论']
WENKU_SITES = [('道客巴巴', 'www.doc88.com'), ('豆丁网', 'www.docin.com'), ('原创力文档', 'max.book118.com'), ('360文库', 'wenku.so.com'),
               ('淘豆网', 'www.taodocs.com'), ('第一范文网', 'www.diyifanwen.com'), ('爱问共享资料', 'ishare.iask.sina.com.cn'), ('文库吧', 'www.wenkub.com')]
FORUM_SITES = [('天涯社区', 'bbs.tianya.cn'), ('百度贴吧', 'tieba.baidu.com'), ('知乎', 'www.zhihu.com'), ('凯迪社区', 'www.kdnet.net'),
               ('搜狐号', 'www.sohu.com'), ('百家号', 'baijiahao.baidu.com'), ('一点资讯', 'www.yidianzixun.com'), ('西祠胡同', 'www.xici.net'),
               ('雪球', 'xueqiu.com'), ('微博', 'weibo.com')]
MOBILE_SITES = [('新华社客户端', 'h.xinhuaxmt.com', '新华社'), ('人民日报客户端', 'wap.peopleapp.com', '人民日报'), ('学习强国', 'www.xuexi.cn', '学习强国'),
                ('腾讯新闻', 'view.inews.qq.com', '腾讯新闻'), ('搜狐新闻', 'm.sohu.com', '搜狐新闻'), ('凤凰新闻', 'ishare.ifeng.com', '凤凰新闻'),
                ('抖音', 'www.douyin.com', '抖音'), ('微信读书', 'weread.qq.com', '微信读书'), ('UC浏览器', 'm.uc.cn', 'UC')]
PDF_SITES = [('WPS文档', 'kdocs.cn'), ('腾讯文档', 'docs.qq.com'), ('石墨文档', 'shimo.im'), ('北大法宝', 'www.pkulaw.com'),
             ('国家法律法规数据库', 'flk.npc.gov.cn'), ('市人大常委会', 'www.rd.gov.cn'), ('政务公开附件', 'www.gov.cn'), ('Word 另存文本', ''),
             ('百度网盘预览', 'pan.baidu.com'), ('Word 另存文本', ''), ('WPS文字导出', '')]


PREFECTURES = ('阿坝', '黔南', '黔东南', '黔西南', '凉山', '甘孜', '恩施', '湘西', '延边', '大理', '红河', '文山', '楚雄', '西双版纳',
               '德宏', '怒江', '迪庆', '临夏', '甘南', '海北', '海南', '黄南', '果洛', '玉树', '海西', '昌吉', '博尔塔拉', '巴音郭楞', '克孜勒苏', '伊犁')


def set_site(c, style):
    r = c.rng
    place = c.loc if c.loc not in ('国务院', '中共中央') else '北京'
    py = ''.join(r.choice('abcdefghjklmnpqrstwxyz') for _ in range(r.randint(3, 7)))
    if style in ('portal', 'govopen'):
        s, dom, lvl = r.choice(PORTAL_SITES)
        if c.folder in ('city_gwr_2024', 'provincial_gwr_2025') and r.random() < 0.6:
            s, dom, lvl = PORTAL_SITES[r.randint(0, 1)]
        elif c.folder in ('state_council_2004_2019', 'national_gwr_wikisource') and r.random() < 0.5:
            s, dom, lvl = PORTAL_SITES[2]
        if '%s' in s:
            if place in PREFECTURES:
                place += '州'
            s = s % (place + ('' if place.endswith(('市', '区', '盟', '省')) or place[:-1] in PREFECTURES else pick(r, ['市', '省'] if c.folder == 'provincial_gwr_2025' else ['市'])))
            dom = dom % py
        c.site, c.domain, c.app = s, dom, s
        c.site_en = pick(r, ['The People\'s Government of %s' % py.title(), 'www.%s' % dom.split('www.')[-1], 'ZHENGFU MENHU WANGZHAN'])
    elif style == 'news':
        c.site, c.domain, c.app = r.choice(NEWS_SITES)
    elif style == 'party':
        c.site, c.domain, c.app = r.choice(PARTY_SITES)
    elif style == 'wechat':
        a = r.choice(WECHAT_ACCS)
        c.site = a % place[:4] if '%s' in a else a
        c.domain, c.app = 'mp.weixin.qq.com', '微信'
    elif style == 'wenku':
        c.site, c.domain = r.choice(WENKU_SITES)
        c.app = c.site
    elif style == 'forum':
        c.site, c.domain = r.choice(FORUM_SITES)
        c.app = c.site
    elif style == 'mobile':
        c.site, c.domain, c.app = r.choice(MOBILE_SITES)
    else:
        c.site, c.domain = r.choice(PDF_SITES)
        c.app = c.site
    if not hasattr(c, 'site_en'):
        c.site_en = c.domain
    c.op = name(r) if r.random() < 0.5 else pick(r, ['笔杆子老李', '公文小助手', 'zhengce_fan', '一只学习的猫', '老张说政策', 'fangfang' + digits(r, 2)])


# plans: head blocks, middle blocks (chosen among), tail blocks, per style
PLANS = {
    'portal': (['cookie?', 'accessibility?', 'topbar', 'weather?', 'login?', 'sitename', 'search?', 'menu_gov', 'robot?', 'breadcrumb', 'title', 'meta_portal', 'fontsize?', 'audio?'],
               ['caption', 'html', 'mojibake', 'video', 'pagination'],
               ['attachment?', 'actions', 'share?', 'qr?', 'feedback?', 'editor?', 'prevnext?', 'related?', 'footer']),
    'govopen': (['accessibility?', 'topbar?', 'sitename', 'menu_gov', 'breadcrumb', 'index_table', 'title?', 'fontsize?'],
                ['html', 'mojibake', 'caption'],
                ['attachment?', 'actions', 'qr?', 'feedback?', 'related?', 'footer']),
    'news': (['app_banner?', 'login?', 'menu_news', 'breadcrumb?', 'title?', 'meta_news', 'fontsize?', 'share?', 'audio?', 'ai_summary?', 'intro?'],
             ['ads', 'caption', 'html', 'video', 'related', 'pagination', 'app_banner'],
             ['editor', 'tags?', 'share?', 'link?', 'prevnext?', 'ranking?', 'comments?', 'related?', 'footer']),
    'party': (['menu_news?', 'breadcrumb', 'title?', 'meta_news', 'fontsize?', 'audio?', 'intro?'],
              ['html', 'caption', 'mojibake', 'audio'],
              ['editor', 'link?', 'disclaimer?', 'related', 'qr?', 'footer']),
    'wechat': (['title?', 'meta_wechat', 'follow?', 'intro?', 'audio?'],
               ['caption', 'follow', 'html', 'ads'],
               ['follow?', 'link?', 'disclaimer?', 'reward?', 'tags?', 'comments?', 'related?']),
    'wenku': (['login?', 'search?', 'wenku_meta', 'wenku_actions?', 'ai_summary?', 'toc?', 'watermark?'],
              ['paywall', 'watermark', 'ads', 'pagination'],
              ['paywall?', 'disclaimer?', 'wenku_actions?', 'related', 'footer?']),
    'forum': (['menu_news?', 'breadcrumb?', 'forum_head', 'floor1'],
              ['floor', 'floor', 'ads', 'caption'],
              ['reward?', 'tags?', 'comments', 'disclaimer?', 'pagination?', 'footer?']),
    'mobile': (['cookie?', 'mobile_top', 'title?', 'app_banner?', 'audio?', 'video?'],
               ['app_banner', 'expand', 'caption', 'ads', 'video'],
               ['expand?', 'tags?', 'share?', 'mobile_feed', 'comments?', 'app_banner?', 'disclaimer?']),
}


def block(c, name_):
    if name_ == 'floor1':
        return b_floor(c, 1, True)
    if name_ == 'floor':
        c.floor += 1
        return b_floor(c, c.floor)
    return globals()['b_' + name_](c)


# ---------------------------------------------------------------- layout
INDENTS = ('', '　　', '　', '  ', '    ', '\t')


def lay_content(c, run, kinds, style, variants):
    """Content lines with blank lines and chrome between paragraphs (non-PDF styles)."""
    r = c.rng
    indent = pick(r, INDENTS)
    head_indent = r.random() < 0.5
    blank = pick(r, ('0', '1', '1', '2', 'ws'))
    variants_mid = []
    mids = PLANS[style][1]
    n_mid = r.randint(1, 4) if len(run) > 5 else r.randint(0, 2)
    spots = set(r.sample(range(1, len(run)), min(n_mid, len(run) - 1))) if len(run) > 1 else set()
    out = []
    for i, (p, k, idx) in enumerate(run):
        if i:
            out += blank_lines(r, blank)
        if i in spots:
            b = pick(r, mids)
            variants_mid.append(b)
            out += [(t, 'chrome', kk, '') for t, kk in block(c, b)]
            out += blank_lines(r, blank)
        ind = indent if (k != 'heading' or head_indent) else ''
        out.append((ind + p, 'content', k, idx))
    variants.append('|content')
    variants += variants_mid
    variants.append('indent=%r,blank=%s' % (indent, blank))
    variants.append('content|')
    return out


def blank_lines(r, blank):
    if blank == '0':
        return []
    if blank == 'ws':
        return [(pick(r, ('　', ' ', '\t', '　　', '  ')), 'blank', 'blank', '')]
    return [('', 'blank', 'blank', '')] * int(blank)


HANG = '，。、；：！？）》」』”’…'


def wrap_para(p, width, first_short, stop_cut, r):
    """Pieces of p, width characters each (the first shorter by first_short); closing punctuation hangs."""
    pieces = []
    i = 0
    w = width - first_short
    while i < len(p):
        j = min(len(p), i + w)
        if stop_cut:
            k = p.find('。', i + 6, j - 1)
            if k != -1 and r.random() < 0.25:
                j = k + 1
        while j < len(p) and p[j] in HANG:
            j += 1
        while j < len(p) and (p[j].isspace() or p[j - 1].isspace()):
            j += 1
        pieces.append(p[i:j])
        i = j
        w = width
    return pieces


def lay_pdf(c, run, variants):
    r = c.rng
    width = c.width
    indent_chars = pick(r, ('　　', '  ', '', '    '))
    stop_cut = r.random() < 0.35
    printed = c.site in ('腾讯文档', '石墨文档') or r.random() < 0.15
    per_page = r.randint(22, 40)
    total_lines = sum(len(wrap_para(p, width, 2, False, r)) for p, _, _ in run)
    n_pages = max(2, total_lines // per_page + 1 + r.randint(0, 1))
    start_page = r.randint(1, 4)
    pform = r.randint(0, 12)
    header = pick(r, [c.title[:26], c.place[:8] + pick(r, ['人民政府', '人民政府办公室', '人大常委会']) if c.place not in ('国务院', '中共中央') else '国务院公报',
                      '内部资料　注意保存', c.short, ''])
    out = []
    # viewer toolbar
    if c.site in ('WPS文档', '腾讯文档', '石墨文档', '百度网盘预览') or r.random() < 0.3:
        out.append(('%d / %d' % (start_page, n_pages + start_page), 'chrome', 'pagination', ''))
        out.append((pick(r, ['－　100%　＋　　下载　打印', '适合页宽 ▾　⤓ 下载', '放大 缩小 旋转 全屏', '⬇ 下载　🖨 打印　⛶']), 'chrome', 'toolbar_actions', ''))
    if printed:
        out.append((b_print_header(c)[0][0], 'chrome', 'print_header', ''))
    if r.random() < 0.5:
        out.append((pick(r, title_forms(c)), 'chrome', 'title_repeat', ''))
    if c.headings and r.random() < 0.35:
        out += [(t, 'chrome', k, '') for t, k in b_toc(c)]
        variants.append('toc')
    page = start_page
    count = 0
    variants.append('|content')

    def pagebreak(inpara):
        nonlocal page, count
        lines = []
        pn = pick(r, [None])
        forms = ['- %d -', '— %d —', '第%d页', '第 %d 页，共 %d 页', '%d/%d', 'Page %d', '·%d·', '%d', None, '－%d－', 'P%d', '%d / %d', '〔%d〕']
        f = forms[pform]
        if f is None:
            s = fw(str(page))
        elif f.count('%d') == 2:
            s = f % (page, n_pages + start_page)
        else:
            s = f % page
        if printed:
            lines.append(('https://%s/%s　%d/%d' % (c.domain or 'example.cn', digits(r, 8), page, n_pages + start_page), 'chrome', 'print_header', ''))
        lines.append((s, 'chrome', 'pagination', ''))
        if r.random() < 0.5:
            lines.append(('', 'blank', 'blank', ''))
        if c.site in ('Word 另存文本', 'WPS文字导出') and r.random() < 0.8:
            lines.append((pick(r, ['------分页符------', '————————分页————————', '[分页]', '\x0c'.replace('\x0c', '（分页）')]), 'chrome', 'pagination', ''))
        page += 1
        if printed:
            lines.append((b_print_header(c)[0][0], 'chrome', 'print_header', ''))
        elif header and r.random() < 0.8:
            lines.append((header, 'chrome', 'print_header' if r.random() < 0.3 else 'title_repeat', ''))
        variants.append('pagebreak_inpara' if inpara else 'pagebreak')
        count = 0
        return lines

    for p, k, idx in run:
        ind = '' if k == 'heading' and r.random() < 0.5 else indent_chars
        pieces = wrap_para(p, width, len(ind) if ind.startswith('　') else 0, stop_cut, r)
        for j, piece in enumerate(pieces):
            if count >= per_page:
                out += pagebreak(j > 0)
            out.append(((ind if j == 0 else '') + piece, 'content', k, idx))
            count += 1
        if r.random() < 0.15:
            out.append(('', 'blank', 'blank', ''))
    variants.append('pdf_w%d' % width + (',stop_cut' if stop_cut else '') + (',printed' if printed else '') + ',indent=%r' % indent_chars)
    variants.append('content|')
    out += pagebreak(False)[:1]
    if c.site in ('北大法宝', '国家法律法规数据库') and r.random() < 0.8:
        out.append((pick(r, ['法宝引证码：CLI.2.%s' % digits(r, 6), '来源：国家法律法规数据库', '© 北大法宝 www.pkulaw.com']), 'chrome', 'footer', ''))
    if c.site in ('WPS文档', '百度网盘预览') and r.random() < 0.7:
        out.append((pick(r, ['— 已到底部 —', '登录后可编辑此文档', '文档已加密，仅支持预览']), 'chrome', 'paywall', ''))
    return out


# ---------------------------------------------------------------- main
def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    docs = load_docs(corpus)
    used = earlier_ranges()
    chosen = []
    for folder, n in FOLDERS:
        pool = [d for d in docs if d[0] == folder]
        # fewest paragraphs used before first (fraction), then a random tie-break
        pool.sort(key=lambda d: (round(len(used[d[1]]) / len(d[2]), 1), rng.random()))
        got = 0
        for d in pool:
            if got >= n:
                break
            chosen.append(d)
            got += 1
    rng.shuffle(chosen)
    styles = []
    base = ['portal'] * 14 + ['govopen'] * 8 + ['news'] * 13 + ['party'] * 9 + ['wechat'] * 9 + ['wenku'] * 11 + ['forum'] * 11 + ['mobile'] * 12 + ['pdf'] * 14
    rng.shuffle(base)
    widths = rng.sample(range(18, 47), 29)
    pages_dir, gold_dir = os.path.join(HERE, 'pages'), os.path.join(HERE, 'gold')
    os.makedirs(pages_dir, exist_ok=True)
    os.makedirs(gold_dir, exist_ok=True)
    for f in os.listdir(pages_dir):
        os.remove(os.path.join(pages_dir, f))
    for f in os.listdir(gold_dir):
        os.remove(os.path.join(gold_dir, f))
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    doc_no = 0
    mine = collections.defaultdict(set)
    for k, (folder, src, paras) in enumerate(chosen):
        style = base[k % len(base)]
        hi = 14 if style == 'pdf' else pick(rng, (12, 20, 30, 40))
        u = used[src] | mine[src]
        target = pick(rng, ('head', 'head', 'middle', 'middle', 'middle', 'middle', 'middle', 'middle', 'tail', 'tail'))
        if folder == 'state_council_2004_2019':
            target = pick(rng, ('head', 'head', 'middle', 'tail', 'tail', 'tail'))
        if target != 'middle':
            hi = min(hi, 24)
        run = choose_run(rng, paras, u, 5, hi, target)
        if run is None:
            continue
        a, b = run
        mine[src].update(range(a, b + 1))
        kinds = fix_signature([content_kind(p, i, len(paras)) for i, p in enumerate(paras)], paras)
        c = Ctx(rng, src, paras, a, b)
        c.floor = 1
        c.run_text = set(paras[a:b + 1])
        set_site(c, style)
        runl = [(paras[i], kinds[i], i) for i in range(a, b + 1)]
        variants = []
        lines = []
        if style == 'pdf':
            c.width = widths.pop()
            if rng.random() < 0.4:
                lines += [(t, 'chrome', kk, '') for t, kk in b_wenku_meta(c)]
                variants.append('wenku_meta')
            lines += lay_pdf(c, runl, variants)
        else:
            head, _, tail = PLANS[style]
            for bn in head:
                if bn.endswith('?'):
                    if rng.random() < 0.5:
                        continue
                    bn = bn[:-1]
                variants.append(bn)
                lines += [(t, 'chrome', kk, '') for t, kk in block(c, bn)]
                if rng.random() < 0.3:
                    lines.append(('', 'blank', 'blank', ''))
            lines.append(('', 'blank', 'blank', ''))
            lines += lay_content(c, runl, kinds, style, variants)
            lines.append(('', 'blank', 'blank', ''))
            for bn in tail:
                if bn.endswith('?'):
                    if rng.random() < 0.5:
                        continue
                    bn = bn[:-1]
                variants.append(bn)
                lines += [(t, 'chrome', kk, '') for t, kk in block(c, bn)]
                if rng.random() < 0.35:
                    lines.append(('', 'blank', 'blank', ''))
        # block indents on some chrome lines; drop chrome lines equal to content; whitespace-only chrome -> blank
        content = {t.strip() for t, lab, _, _ in lines if lab == 'content'}
        final = []
        ind = pick(rng, ('', '', '', '  ', '　', '\t'))
        for t, lab, kd, para in lines:
            if lab == 'chrome':
                t = t.replace('\r', ' ').replace('\n', ' ')
                if not t.strip() or t.strip() in content:
                    continue
                if ind and rng.random() < 0.3:
                    t = ind + t
            if lab == 'blank' and t.strip():
                raise SystemExit('bad blank line')
            final.append((t, lab, kd, para))
        while final and final[-1][1] == 'blank':
            final.pop()
        while final and final[0][1] == 'blank':
            final.pop(0)
        doc_no += 1
        doc = '%03d' % doc_no
        with open(os.path.join(pages_dir, doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in final))
        with open(os.path.join(gold_dir, doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, kd, para) in enumerate(final, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, kd, para))
        index.append('\t'.join([doc, 'pdf' if style == 'pdf' else style, src, str(a), str(b), str(len(final)), ';'.join(variants), c.site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages: %d' % doc_no)


if __name__ == '__main__':
    main()
