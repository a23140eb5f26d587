#!/usr/bin/env python3
"""Generator of the locked chrome TEST set 2 (``eval/chrome_test2``), stdlib only.

It owns the pages and their gold: it picks contiguous runs of real paragraphs from the shared
corpus (``../shared/corpus`` beside the repository, or ``$TEXTLAB_CORPUS``), wraps each run in
page chrome written here by hand (government portals, news portals, party-building sites and
WeChat copies, document-sharing sites, PDF-style hard-wrapped text), and writes

  pages/NNN.txt   the page, UTF-8, ``\\n`` line ends, final newline
  gold/NNN.tsv    line, label (content/chrome/blank), kind, para
  index.tsv       doc, style, source_file, para_start, para_end, n_lines, variants, site

    python make_pages.py            rebuild pages/, gold/, index.tsv (seed 20261201)

Runs never overlap a paragraph range of ``eval/chrome_test/index.tsv`` of the same file (the
retired set), and documents that set did not use are taken first.
"""
import os
import random
import re
import sys

SEED = 20261201
HERE = os.path.dirname(os.path.abspath(__file__))


def find_corpus():
    """$TEXTLAB_CORPUS, else ../shared/corpus beside the repository (a worktree may sit one level deeper)."""
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


CORPUS = None
OLD_INDEX = os.path.join(HERE, '..', 'chrome_test', 'index.tsv')

# pages per source folder and per style
FOLDERS = (('provincial_gwr_2025', 20), ('city_gwr_2024', 30), ('state_council_2004_2019', 18),
           ('national_gwr_wikisource', 20), ('cpc_congress_wikisource', 8))
STYLES = (('portal', 24), ('news', 18), ('party', 18), ('wenku', 20), ('pdf', 16))
# traditional script, footnotes and glyph notes, a one-line report, a report already hard-wrapped in the
# source (承德), and two name / coordinate lists
SKIP_FILES = ('廣州共產黨報告', '03_中共第3次', '1954_', '1956_', '2024_枣庄', '2024_承德', '[2018]109号', '[2006]132号')

CJK = re.compile(r'[\u4e00-\u9fff]')
NON_MUNICIPAL = {'凉山': '州', '恩施': '州', '甘孜': '州', '阿坝': '州', '黔东南': '州', '黔南': '州',
                 '黔西南': '州', '锡林郭勒': '盟'}
PROV_ABBR = {'上海': '沪', '云南': '滇', '内蒙古': '蒙', '北京': '京', '吉林': '吉', '四川': '川', '天津': '津',
             '宁夏': '宁', '安徽': '皖', '山东': '鲁', '山西': '晋', '广东': '粤', '广西': '桂', '新疆': '新',
             '江苏': '苏', '江西': '赣', '河北': '冀', '河南': '豫', '浙江': '浙', '海南': '琼', '湖北': '鄂',
             '湖南': '湘', '甘肃': '陇', '福建': '闽', '西藏': '藏', '贵州': '黔', '辽宁': '辽', '重庆': '渝',
             '陕西': '陕', '青海': '青', '黑龙江': '黑'}
COUNTIES = ('临泉县', '霍邱县', '宁都县', '资溪县', '沁源县', '洛川县', '宾川县', '会理市', '龙胜各族自治县',
            '武义县', '泗洪县', '平阴县', '西峡县', '桐梓县', '巫山县', '兰考县', '宜良县', '巴林右旗')
SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰飞鹏辉宇晨欣悦航博文凯琳雪梅晓斌志红'


# --------------------------------------------------------------------------- corpus


def paragraphs(path):
    return [l.strip() for l in open(path, encoding='utf-8').read().split('\n') if l.strip()]


def excluded(p):
    """Source lines a run must not contain: editorial / header lines and table cells."""
    return (len(CJK.findall(p)) < 2 or p.startswith('来源：') or p.startswith('来源:') or '↑' in p
            or '本文有删减' in p or p.startswith('（来源') or p.startswith('名词解释'))


def old_ranges():
    out = {}
    if not os.path.exists(OLD_INDEX):
        return out
    rows = open(OLD_INDEX, encoding='utf-8').read().strip('\n').split('\n')[1:]
    for r in rows:
        c = r.split('\t')
        out.setdefault(c[2], []).append((int(c[3]), int(c[4])))
    return out


def titles(folder):
    p = os.path.join(CORPUS, folder, '_index.tsv')
    out = {}
    if os.path.exists(p):
        for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
            c = r.split('\t')
            out[c[0]] = c[2] if folder == 'state_council_2004_2019' else c[1]
    return out


def doc_info(folder, fname, title_map):
    """Title, place and publishing site of a source document."""
    stem = fname[:-4]
    if folder == 'provincial_gwr_2025':
        full = stem.split('_')[1]
        short = next((k for k in PROV_ABBR if full.startswith(k)), full[:2])
        return dict(title=title_map.get(fname, '2025年%s政府工作报告' % full), place=full, short=short,
                    year='2025', abbr=PROV_ABBR.get(short, '政'), gov=full + '人民政府', level='省')
    if folder == 'city_gwr_2024':
        city = stem.split('_')[1]
        suf = NON_MUNICIPAL.get(city, '市')
        if city in ('北京', '上海', '天津', '重庆'):
            suf = '市'
        place = city + suf
        gov = place + ('行政公署' if suf == '盟' else '人民政府')
        return dict(title='2024年%s政府工作报告' % place, place=place, short=city, year='2024', abbr='政',
                    gov=gov, level='市')
    if folder == 'national_gwr_wikisource':
        y = stem[:4]
        return dict(title='%s年国务院政府工作报告' % y, place='国务院', short='国务院', year=y, abbr='京',
                    gov='中华人民共和国中央人民政府', level='国')
    if folder == 'state_council_2004_2019':
        t = title_map.get(fname) or stem.split('_', 2)[2]
        return dict(title=t, place='国务院', short='国务院', year=stem[:4], abbr='京',
                    gov='中华人民共和国中央人民政府', level='国')
    n = int(stem[:2])
    t = ' '.join(stem.split('_')[2:])
    return dict(title=t, place='党的第%d次全国代表大会' % n, short='党代会', year=str(1900 + n), abbr='京',
                gov='中国共产党', level='党')


DATE_LINE = re.compile(r'\d{4}年\d{1,2}月\d{1,2}日')


def content_kind(p, i, n, folder, nxt=''):
    """A reporting kind for a content line (not a gold label); `nxt` is the next source paragraph."""
    if folder == 'state_council_2004_2019' and (
            DATE_LINE.fullmatch(p) or re.fullmatch(r'（此件.{2,8}）', p)
            or (DATE_LINE.fullmatch(nxt) and len(p) <= 40 and not re.search(r'[。，；：]', p))):
        return 'signature'
    if p in ('各位代表：', '同志们：', '各位代表:', '同志们:', '各位代表，同志们：') or (
            len(p) <= 60 and p.endswith(('：', ':')) and p.startswith('各')):
        return 'greeting'
    if folder == 'state_council_2004_2019' and i >= n - 4 and (
            re.fullmatch(r'\d{4}年\d{1,2}月\d{1,2}日', p) or re.fullmatch(r'（此件.{2,8}）', p)
            or (len(p) <= 24 and not re.search(r'[。，；：]', p) and re.search(r'(国务院|办公厅|部|委|署)$', p))):
        return 'signature'
    if p in ('各位代表！', '同志们！', '各位代表!', '同志们!') or (i >= n - 2 and p.endswith('！')):
        return 'closing'
    if len(p) <= 60 and not re.search(r'[。；！？]$', p) and '。' not in p:
        return 'heading'
    return 'content'


# --------------------------------------------------------------------------- small helpers


FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FW[' '] = '\u3000'


def fullwidth(s, digits_only=False):
    if digits_only:
        return ''.join(FW[c] if c.isdigit() and c.isascii() else c for c in s)
    return ''.join(FW.get(c, c) for c in s)


class Gen:
    """All random choices of one page set (one seed)."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def name(self):
        return self.pick(SURNAMES) + ''.join(self.pick(GIVEN) for _ in range(self.r.randint(1, 2)))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def date(self, year, fmt=None):
        y = int(year) if str(year).isdigit() and 1990 < int(year) < 2030 else self.pick((2023, 2024, 2025))
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        hh, mm, ss = self.r.randint(7, 22), self.r.randint(0, 59), self.r.randint(0, 59)
        fmt = fmt if fmt is not None else self.r.randint(0, 7)
        return ['%d-%02d-%02d' % (y, m, d), '%d-%02d-%02d %02d:%02d' % (y, m, d, hh, mm),
                '%d年%02d月%02d日' % (y, m, d), '%d年%d月%d日 %02d:%02d' % (y, m, d, hh, mm),
                '%d/%02d/%02d' % (y, m, d), '%d.%02d.%02d' % (y, m, d),
                '%d-%02d-%02d %02d:%02d:%02d' % (y, m, d, hh, mm, ss), '%02d-%02d' % (m, d)][fmt]

    def sep(self):
        return self.pick((' | ', '  ', ' ', '｜', ' · ', '　', ' / ', '|', '  |  ', ' ｜ '))


# --------------------------------------------------------------------------- chrome blocks
# Each block function returns a list of (text, kind); kind 'blank' for an empty line.


NAV = {
    'portal': ['首页', '政务公开', '政务服务', '政民互动', '数据开放', '走进{short}', '专题专栏', '新闻中心',
               '政策文件', '办事服务', '营商环境', '机构职能', '投资{short}', '领导之窗', '公共服务'],
    'govcn': ['首页', '简', '繁', 'EN', '登录', '个人中心', '邮箱', '无障碍', '国务院', '总理', '新闻', '政策',
              '互动', '服务', '数据', '国情'],
    'news': ['首页', '时政', '要闻', '国际', '财经', '社会', '评论', '理论', '地方', '图片', '视频', '科技',
             '文旅', '健康', '教育', '法治', '原创', '专题'],
    'party': ['首页', '时政要闻', '党建动态', '理论学习', '基层党建', '党员教育', '组织工作', '党史学习',
              '廉政建设', '先锋人物', '党务知识', '学习资料', '在线答题', '党建云课堂'],
    'wenku': ['首页', '全部分类', '精品文档', '范文大全', '工作总结', '工作计划', '心得体会', '述职报告',
              '讲话稿', '党建材料', '会员中心', '上传文档', '我的文库'],
}
NAV_EXTRA = ['设为首页', '加入收藏', '无障碍浏览', '关怀版', '长者模式', '繁體', 'English', '手机版',
             '智能问答', '微信', '微博', '今日头条号', '政务APP', '读屏专用']


def b_nav(g, ctx):
    items = list(NAV[ctx['navset']])
    items = [i.format(**ctx) for i in items]
    k = g.r.randint(6, min(len(items), 13))
    items = [items[0]] + g.r.sample(items[1:], k - 1) if g.chance(0.5) else items[:k]
    out = []
    v = g.r.randint(0, 8)
    if v == 0:
        out = [(g.sep().join(items), 'nav')]
    elif v == 1:
        out = [(i, 'nav') for i in items]
    elif v == 2:
        s = g.pick(('|', '·', '/', '｜', '-', '丨'))
        for j, i in enumerate(items):
            if j:
                out.append((s, 'nav'))
            out.append((i, 'nav'))
    elif v == 3:
        out = [(''.join('【%s】' % i for i in items), 'nav')]
    elif v == 4:
        out = [('* ' + i if g.chance(0.5) else '- ' + i, 'nav') for i in items]
    elif v == 5:
        half = len(items) // 2
        out = [(g.sep().join(items[:half]), 'nav'), (g.sep().join(items[half:]), 'nav')]
    elif v == 6:
        out = [('[%s]' % i, 'nav') for i in items]
    elif v == 7:
        out = [('| ' + ' | '.join(items) + ' |', 'nav')]
    else:
        out = [(fullwidth(' '.join(items)), 'nav')]
    if g.chance(0.55):
        ex = g.r.sample(NAV_EXTRA, g.r.randint(2, 5))
        top = [(g.sep().join(ex), 'nav')] if g.chance(0.6) else [(e, 'nav') for e in ex]
        out = top + out
    if g.chance(0.35):
        out.insert(0, (g.pick(('欢迎访问{gov}门户网站' if ctx['navset'] == 'portal' else '欢迎访问{site}', '{site}',
                               '{site}欢迎您！', '今天是：{today}',
                               '今天是{today} 星期{wd}', '{site}')).format(**ctx), 'nav'))
    if g.chance(0.4):
        out.append((g.pick(('搜索', '请输入关键词', '请输入关键字 搜索', '全站搜索', '站内搜索：', '热搜词：政府工作报告 营商环境 民生实事',
                            '高级检索', '搜 索', '输入关键字进行搜索')), 'nav'))
    if g.chance(0.3):
        out.append((g.pick(('登录 | 注册', '登录/注册', '注册  登录', '您好，请登录', '[登录] [免费注册]')), 'nav'))
    return out


def b_breadcrumb(g, ctx):
    items = {'portal': ['首页', '政务公开', g.pick(('政府工作报告', '规划计划', '政策文件', '法定主动公开内容', '重要政策')), '正文'],
             'news': ['首页', g.pick(('时政', '要闻', '地方', '两会', '财经')), g.pick(('正文', '滚动新闻', '两会专题'))],
             'party': ['首页', g.pick(('党建动态', '理论学习', '基层党建', '学习资料', '党员教育')), g.pick(('正文', '文章', '学习园地'))],
             'wenku': [g.pick(('文库首页', '首页', '范文首页')), g.pick(('行业资料', '党团工作', '公文写作', '工作报告', '政府/行政')),
                       g.pick(('政府工作报告', '工作报告', '其它'))]}[ctx['navset'] if ctx['navset'] in ('portal', 'news', 'party', 'wenku') else 'portal']
    if g.chance(0.3) and len(items) > 2:
        items = items[:-1]
    lab = g.pick(('当前位置：', '您的位置：', '您现在的位置：', '位置：', '所在位置：', '当前位置:', '您当前所在位置：', ''))
    v = g.r.randint(0, 7)
    s = g.pick((' > ', '>', ' >> ', ' » ', ' / ', ' → ', '＞', ' - ', '>>', ' › '))
    if v <= 2:
        return [(lab + s.join(items), 'breadcrumb')]
    if v == 3:
        out = [(lab.rstrip('：:') or '当前位置', 'breadcrumb')] if lab else []
        for j, i in enumerate(items):
            if j:
                out.append((s.strip(), 'breadcrumb'))
            out.append((i, 'breadcrumb'))
        return out
    if v == 4:
        out = [(lab, 'breadcrumb')] if lab else []
        return out + [('%d%s%s' % (j + 1, g.pick(('.', '、', '. ', '．')), i), 'breadcrumb') for j, i in enumerate(items)]
    if v == 5:
        return [(i + ' ' + s.strip(), 'breadcrumb') for i in items[:-1]] + [(items[-1], 'breadcrumb')]
    if v == 6:
        return [(fullwidth(lab + '首页＞' + '＞'.join(items[1:]), digits_only=True), 'breadcrumb')]
    return [(lab, 'breadcrumb'), (s.join(items), 'breadcrumb')] if lab else [(s.join(items), 'breadcrumb')]


def b_title(g, ctx):
    t, site = ctx['title'], ctx['site']
    forms = ['{t}_{site}', '{t}-{site}', '{t} - {site}', '{t}|{site}', '{t}（全文）', '{t}(全文)', '【{t}】', '《{t}》',
             '《{t}》全文', '{t}全文', '原标题：{t}', '标题：{t}', '{t}.doc', '{t}.pdf', '{t} - 道客巴巴', '{t}_百度文库',
             '{t}【精选】', '{t}（{year}年）', '{t}（图文）', '【权威发布】{t}', '{short}政府工作报告', '政府工作报告（全文）',
             '{t}_{site}_{url}', '<title>{t} - {site}</title>', '{t}　来源：{site}']
    if ctx['exact_ok']:
        forms += ['{t}'] * 4
    f = g.pick(forms)
    line = f.format(t=t, site=site, year=ctx['doc_year'], short=ctx['short'], url=ctx['url'])
    out = [(line, 'title_repeat')]
    if g.chance(0.15):
        out.append(((t[:12] + '…') if len(t) > 14 else ('【' + ctx['short'] + '】政府工作报告'), 'title_repeat'))
    return out


def b_metadata(g, ctx):
    y = ctx['year']
    src = g.pick((ctx['gov'] + '办公厅', ctx['short'] + '日报', '新华社', '人民日报', ctx['site'], '政府办', '本网',
                  ctx['short'] + '发布', '中国政府网', ctx['short'] + '市政府研究室' if ctx['level'] == '市' else '研究室'))
    date = g.date(y)
    auth = g.name()
    ed = g.name()
    views = str(g.r.randint(30, 98000))
    v = g.r.randint(0, 11)
    if v == 0:
        return [('发布时间：%s%s来源：%s%s浏览次数：%s' % (date, g.pick(('  ', ' ', '　')), src, g.pick(('  ', ' | ')), views), 'metadata')]
    if v == 1:
        return [('来源：' + src, 'metadata'), ('发布日期：' + date, 'metadata'), ('作者：' + auth, 'metadata'),
                (g.pick(('阅读量：', '访问量：', '点击数：', '浏览：')) + views, 'metadata')]
    if v == 2:
        out = []
        for lab, val in (('信息来源', src), ('发布时间', date), ('字号', '大 中 小')):
            out += [(lab + g.pick(('：', ':', '')), 'metadata' if lab != '字号' else 'toolbar_fontsize'), (val, 'metadata' if lab != '字号' else 'toolbar_fontsize')]
        return out
    if v == 3:
        return [(fullwidth('日期：%s 来源：%s' % (date, src), digits_only=True), 'metadata')]
    if v == 4:
        return [('%s  %s' % (date, src), 'metadata')]
    if v == 5:
        return [('【来源：%s】【发布时间：%s】' % (src, date), 'metadata'), ('【作者：%s】' % auth, 'metadata')]
    if v == 6:
        return [('索引号：%s/%s-%s' % (g.digits(11) + g.pick('KLM'), y, g.digits(5)), 'metadata'),
                ('发布机构：' + ctx['gov'] + '办公厅', 'metadata'), ('生成日期：' + g.date(y, 0), 'metadata'),
                ('主题分类：' + g.pick(('综合政务', '国民经济管理、国有资产监管', '政府工作报告')), 'metadata')]
    if v == 7:
        return [('作者：%s%s编辑：%s%s审核：%s' % (auth, g.sep(), ed, g.sep(), g.name()), 'metadata')]
    if v == 8:
        return [('时间：', 'metadata'), (date, 'metadata'), ('来源：', 'metadata'), (src, 'metadata')]
    if v == 9:
        return [('%s 发布于%s' % (date, g.pick(('北京', ctx['short'], '湖南', '广东'))), 'metadata'),
                ('阅读 %s' % views, 'metadata')]
    if v == 10:
        return [('发布时间：' + date, 'metadata'), ('信息来源：' + src, 'metadata'), ('', 'blank'),
                ('阅读本文约需%d分钟' % g.r.randint(5, 30), 'metadata')]
    return [(fullwidth('%s　%s　浏览量：%s' % (date, src, views)), 'metadata')]


def b_meta_news(g, ctx):
    date = g.date(ctx['year'], g.pick((1, 3, 6)))
    v = g.r.randint(0, 5)
    site = ctx['site']
    if v == 0:
        return [('%s　来源：%s' % (date, g.pick((site, '人民网－人民日报', '新华社', '央视新闻客户端'))), 'metadata')]
    if v == 1:
        return [('%s  %s  %s' % (date, g.pick(('来源：', '来源:')) + site, '参与互动'), 'metadata')]
    if v == 2:
        return [('新华社%s%d月%d日电' % (g.pick(('北京', '合肥', '长沙', '南宁', '西宁')), g.r.randint(1, 12), g.r.randint(1, 28)), 'metadata')]
    if v == 3:
        return [('字号：', 'toolbar_fontsize'), ('%s 记者 %s %s' % (date, g.name(), g.name()), 'metadata')]
    if v == 4:
        return [('%s发布' % date, 'metadata'), ('%s万阅读' % g.pick(('1.2', '3.5', '12', '0.8')), 'metadata')]
    return [('来源：%s' % site, 'metadata'), ('作者：%s' % g.name(), 'metadata'), (date, 'metadata')]


def b_meta_wechat(g, ctx):
    acct = ctx['site']
    date = g.date(ctx['year'], g.pick((1, 3)))
    v = g.r.randint(0, 3)
    if v == 0:
        return [('原创 %s %s %s %s' % (g.name(), acct, date, g.pick(('北京', '山东', '四川', '江苏'))), 'metadata')]
    if v == 1:
        return [('原创', 'metadata'), (acct, 'metadata'), (date, 'metadata')]
    if v == 2:
        return [('%s %s' % (acct, date), 'metadata'), ('收录于合集 #学习贯彻 %d个' % g.r.randint(3, 90), 'metadata')]
    return [('%s  %s  发表于%s' % (acct, date, g.pick(('北京', '湖北', '陕西'))), 'metadata')]


def b_meta_tail(g, ctx):
    ed = g.name()
    v = g.r.randint(0, 6)
    return [[('（责任编辑：%s）' % ed, 'metadata')], [('[责任编辑：%s]' % ed, 'metadata')],
            [('责编：%s' % ed, 'metadata'), ('审核：%s' % g.name(), 'metadata')],
            [('来源 | %s' % ctx['site'], 'metadata'), ('编辑 | %s' % ed, 'metadata'), ('审核 | %s' % g.name(), 'metadata')],
            [('文字：%s  编辑：%s  终审：%s' % (g.name(), ed, g.name()), 'metadata')],
            [('【纠错】', 'toolbar_actions'), ('责任编辑：%s' % ed, 'metadata')],
            [('本文来源：%s 作者：%s' % (ctx['site'], g.name()), 'metadata')]][v]


def b_meta_wenku(g, ctx):
    pages = ctx['npages']
    v = g.r.randint(0, 5)
    user = g.pick(('kfj', 'wx_', 'user', 'zhang', 'dang', 'fw', 'abc')) + '****' + g.digits(3)
    if v == 0:
        return [('上传人：%s | 上传时间：%s | 格式：%s | 页数：%d | 大小：%s' % (user, g.date(ctx['year'], 0), g.pick(('DOCX', 'DOC', 'PDF')),
                                                                pages, g.pick(('45.6KB', '1.2MB', '238.5KB', '30.1K'))), 'metadata')]
    if v == 1:
        return [('文档格式：.%s' % g.pick(('doc', 'docx', 'pdf')), 'metadata'), ('文档页数：%d页' % pages, 'metadata'),
                ('文档大小：%sK' % g.r.randint(20, 900), 'metadata'), ('文档热度：', 'metadata'),
                ('文档分类：%s' % g.pick(('党团工作', '政府/行政', '工作范文', '行业资料')), 'metadata')]
    if v == 2:
        return [('%d页' % pages, 'metadata'), ('%d下载券' % g.r.randint(1, 10), 'paywall'), ('%d次阅读' % g.r.randint(100, 30000), 'metadata')]
    if v == 3:
        return [('贡献者：%s' % user, 'metadata'), ('%s.%d分（%d人评价）' % (g.pick('34'), g.r.randint(0, 9), g.r.randint(3, 900)), 'metadata'),
                ('%d人阅读 | %d次下载' % (g.r.randint(100, 9000), g.r.randint(3, 600)), 'metadata')]
    if v == 4:
        return [('发布时间：%s  浏览：%d次' % (g.date(ctx['year'], 0), g.r.randint(50, 9000)), 'metadata'),
                ('作者：网友投稿', 'metadata')]
    return [(fullwidth('页数：%d　格式：DOC　大小：%dKB' % (pages, g.r.randint(20, 400)), digits_only=True), 'metadata')]


def b_fontsize(g, ctx):
    v = g.r.randint(0, 9)
    if v == 0:
        return [('【字号：大 中 小】', 'toolbar_fontsize')]
    if v == 1:
        return [('字号', 'toolbar_fontsize'), ('大', 'toolbar_fontsize'), ('中', 'toolbar_fontsize'), ('小', 'toolbar_fontsize')]
    if v == 2:
        return [('[ 字体：大 | 中 | 小 ]', 'toolbar_fontsize')]
    if v == 3:
        return [('字体大小：', 'toolbar_fontsize'), ('A+', 'toolbar_fontsize'), ('A', 'toolbar_fontsize'), ('A-', 'toolbar_fontsize')]
    if v == 4:
        return [('文字：特大 大 中 小', 'toolbar_fontsize')]
    if v == 5:
        return [('［字号：默认　大号　超大］', 'toolbar_fontsize')]
    if v == 6:
        return [('【字体：', 'toolbar_fontsize'), ('大', 'toolbar_fontsize'), ('中', 'toolbar_fontsize'), ('小', 'toolbar_fontsize'), ('】', 'toolbar_fontsize')]
    if v == 7:
        return [('字号：T | T | T', 'toolbar_fontsize'), ('【打印】【关闭】', 'toolbar_actions')]
    if v == 8:
        return [('放大 缩小 还原', 'toolbar_fontsize')]
    return [('字体：[大] [中] [小]  视力保护色：', 'toolbar_fontsize')]


ACTIONS = ['打印', '打印本页', '关闭', '关闭窗口', '收藏', '加入收藏', '下载', '下载全文', '全屏阅读', '我要纠错', '纠错',
           '返回顶部', '保存文章', '朗读', '语音播报', '复制链接', '举报', '返回列表', '导出PDF', '打印正文']


def b_actions(g, ctx):
    items = g.r.sample(ACTIONS, g.r.randint(2, 5))
    v = g.r.randint(0, 6)
    if v == 0:
        return [(''.join('【%s】' % i for i in items), 'toolbar_actions')]
    if v == 1:
        return [(' '.join('[%s]' % i for i in items), 'toolbar_actions')]
    if v == 2:
        return [(g.sep().join(items), 'toolbar_actions')]
    if v == 3:
        return [(i, 'toolbar_actions') for i in items]
    if v == 4:
        return [('【%s】' % i, 'toolbar_actions') for i in items]
    if v == 5:
        return [('[%s]' % i, 'toolbar_actions') for i in items]
    return [(fullwidth(' '.join(items)) + '　↑', 'toolbar_actions')]


def b_share(g, ctx):
    targets = g.r.sample(['微信', '微博', 'QQ空间', 'QQ好友', '朋友圈', '豆瓣', '人人网', '抖音', '复制链接', '新浪微博', '腾讯微博'], g.r.randint(2, 5))
    lab = g.pick(('分享到：', '分享：', '分享到', '转发到：', '一键分享：', '分享至', 'Share'))
    v = g.r.randint(0, 6)
    if v == 0:
        return [(lab + ' '.join(targets), 'share')]
    if v == 1:
        return [(lab, 'share')] + [(t, 'share') for t in targets]
    if v == 2:
        return [(lab + ''.join('【%s】' % t for t in targets), 'share')]
    if v == 3:
        return [('分享', 'share'), ('收藏', 'share'), ('点赞', 'share'), ('在看', 'share')]
    if v == 4:
        return [('赞 %d' % g.r.randint(1, 900), 'share'), ('在看 %d' % g.r.randint(0, 99), 'share'), ('转发', 'share')]
    if v == 5:
        return [('阅读 %d  赞 %d  在看 %d' % (g.r.randint(500, 50000), g.r.randint(3, 800), g.r.randint(0, 90)), 'share')]
    return [(lab + g.sep().join(targets), 'share'), ('', 'blank')]


def b_qr(g, ctx):
    v = g.r.randint(0, 8)
    return [[('手机扫码阅读本页', 'qr')], [('用手机扫描二维码', 'qr'), ('打开本页面', 'qr')],
            [('【手机扫一扫】', 'qr')], [('扫码关注“%s”' % ctx['short'] + '发布', 'qr')],
            [('长按识别二维码，关注我们', 'qr')], [('[二维码]', 'qr'), ('微信扫码 分享到朋友圈', 'qr')],
            [('手机版', 'qr'), ('扫一扫', 'qr')], [('打开微信“扫一扫”，即可将网页分享至朋友圈', 'qr')],
            [('扫描二维码 在手机上阅读', 'qr')]][v]


HEADLINES = [
    '{place}召开{year}年经济工作会议',
    '一图读懂{year}年{place}政府工作报告',
    '【图解】{year}年{place}政府工作报告十大关键词',
    '{place}：以高质量发展为主线 奋力开创现代化建设新局面',
    '权威发布｜{place}一季度地区生产总值同比增长{pct}%',
    '政府工作报告中的这些民生“礼包”，与你我息息相关',
    '全年城镇新增就业{n}万人，{place}交出亮眼民生答卷',
    '代表委员热议政府工作报告：目标明确 措施有力 催人奋进',
    '{place}人大代表分组审议政府工作报告',
    '报告指出，要坚定不移推进改革开放，不断增强发展动力。',
    '关于印发《{place}优化营商环境三年行动方案》的通知',
    '学习贯彻党的二十届三中全会精神宣讲报告会在{place}举行',
    '{place}{year}年国民经济和社会发展统计公报',
    '{year}年度{place}重点民生实事项目完成情况公示',
    '奋进新征程 建功新时代——{place}十年发展成就综述',
    '新闻发布会实录｜解读{year}年政府工作报告',
    '聚焦两会｜{place}将实施十项重大工程',
    '我们一起来看，{year}年{place}这样干！',
    '加快建设现代化产业体系，推动经济实现质的有效提升和量的合理增长',
    '省政府常务会议研究部署下一阶段重点工作',
    '“十四五”规划实施情况中期评估报告发布',
    '{place}出台支持民营经济发展若干措施',
    '政府工作报告起草组负责人答记者问',
    '城乡居民人均可支配收入分别增长{pct}%和{pct2}%。',
    '今年将新建改建农村公路{n}公里',
    '两会时间｜代表通道上的“民生温度”',
    '坚持稳中求进 推动经济持续回升向好',
    '关于{place}{year}年国民经济和社会发展计划执行情况的报告',
    '打好三大攻坚战 {place}这样部署',
    '市长谈政府工作报告：把群众的事当作自己的事',
]
PARTY_HEADLINES = [
    '党支部书记抓基层党建工作述职报告（{n}篇）',
    '{year}年度组织生活会个人对照检查材料',
    '主题党日活动方案（精选）',
    '学习党的二十大精神心得体会',
    '关于加强新时代基层党组织建设的实施意见',
    '“三会一课”制度落实情况自查报告',
    '学习贯彻习近平新时代中国特色社会主义思想主题教育总结',
    '党风廉政建设责任制落实情况汇报',
    '传承红色基因，争做合格党员。',
    '{year}年机关党建工作要点',
    '党课讲稿：坚定理想信念 勇担时代使命',
    '深入开展党纪学习教育的几点体会',
    '优秀共产党员先进事迹材料{n}篇',
    '在全市组织工作会议上的讲话',
]
WENKU_DOCS = [
    '{year}年政府工作报告全文', '政府工作报告心得体会（通用{n}篇）', '政府工作报告学习体会范文',
    '{year}两会政府工作报告解读', '学习政府工作报告精神研讨发言材料', '政府工作报告亮点解读（完整版）',
    '某县政府工作报告（{year}年度）', '乡镇政府工作报告范文精选{n}篇', '{place}政府工作报告（{year}）',
    '政府工作报告知识竞赛试题及答案', '政府工作报告学习笔记', '街道办事处{year}年工作总结及下一年工作计划',
]


def headline(g, ctx, pool=HEADLINES):
    if ctx['level'] in ('国', '党'):
        place = g.pick(('全国', '我国', '各地', '多地'))
    else:
        place = ctx['short'] if g.chance(0.5) else ctx['place']
    return g.pick(pool).format(place=place, year=ctx['year'],
                               pct=g.pick(('5.2', '6.1', '4.8', '5.5', '7.0')), pct2=g.pick(('6.3', '7.2', '5.9')),
                               n=g.r.randint(3, 60))


def b_related(g, ctx):
    pool = {'party': PARTY_HEADLINES + HEADLINES[:8], 'wenku': WENKU_DOCS}.get(ctx['style'], HEADLINES)
    head = g.pick(('相关阅读', '相关新闻', '相关文章', '延伸阅读', '推荐阅读', '热门文章', '【相关阅读】', '相关链接：',
                   '相关文档推荐', '猜你喜欢', '往期推荐', '往期回顾', '相关政策解读', '相关稿件', '热点推荐', '更多阅读>>',
                   '阅读排行', '专题推荐', '▌相关阅读', '本周热点'))
    items = []
    seen = set()
    for _ in range(g.r.randint(3, 8)):
        h = headline(g, ctx, pool)
        if h not in seen:
            seen.add(h)
            items.append(h)
    v = g.r.randint(0, 10)
    if ctx['style'] == 'wenku' and g.chance(0.6):
        ext = ['.doc', '.docx', '.pdf', '.ppt', '']
        items = ['%s%s' % (i, g.pick(ext)) for i in items]
        if g.chance(0.5):
            items = ['%s  %d页' % (i, g.r.randint(2, 40)) for i in items]
    if v == 0:
        lines = ['· ' + i for i in items]
    elif v == 1:
        lines = ['%d. %s' % (j + 1, i) for j, i in enumerate(items)]
    elif v == 2:
        lines = ['%s  %s' % (i, g.date(ctx['year'], g.pick((0, 2, 7)))) for i in items]
    elif v == 3:
        lines = ['[%s] %s' % (g.date(ctx['year'], 7), i) for i in items]
    elif v == 4:
        lines = ['【%s】%s' % (g.pick(('要闻', '解读', '图解', '视频', '专题', '文件')), i) for i in items]
    elif v == 5:
        lines = [i for i in items]
    elif v == 6:
        lines = ['>> ' + i for i in items]
    elif v == 7:
        lines = ['- [%s](http://www.%s.gov.cn/art/%s/%s.html)' % (i, g.pick(('ah', 'jx', 'hn', 'gx')), ctx['year'], g.digits(6)) for i in items]
    elif v == 8:
        lines = [g.sep().join(items)]
    elif v == 9:
        lines = ['%s（%s）' % (i, g.date(ctx['year'], 2)) for i in items]
    else:
        lines = ['%s%s' % ('①②③④⑤⑥⑦⑧⑨'[j], i) for j, i in enumerate(items)]
    out = [(head, 'related')]
    if g.chance(0.3):
        out.append(('', 'blank'))
    out += [(l, 'related') for l in lines]
    if g.chance(0.3):
        out.append((g.pick(('更多>>', '查看更多', '更多 >', '[更多]', '换一换')), 'related'))
    return out


def b_prevnext(g, ctx):
    a, b = headline(g, ctx), headline(g, ctx)
    v = g.r.randint(0, 3)
    if v == 0:
        return [('上一篇：' + a, 'prevnext'), ('下一篇：' + b, 'prevnext')]
    if v == 1:
        return [('上一篇：%s  下一篇：%s' % (a, b), 'prevnext')]
    if v == 2:
        return [('上一篇', 'prevnext'), (a, 'prevnext'), ('下一篇', 'prevnext'), (b, 'prevnext')]
    return [('【上一篇】' + a, 'prevnext'), ('【下一篇】没有了', 'prevnext')]


def b_ads(g, ctx):
    v = g.r.randint(0, 13)
    app = ctx['short'] + g.pick(('发布', '新闻', '云', '通'))
    return [
        [('广告', 'ads')],
        [('AD', 'ads'), ('【推广】%d公考备考资料免费领，点击进入→' % (int(ctx['year']) if ctx['year'].isdigit() else 2025), 'ads')],
        [('下载%sAPP，看更多权威资讯' % app, 'ads')],
        [('关注“%s”微信公众号，获取更多权威信息' % app, 'ads')],
        [('赞助商链接', 'ads'), ('企业贷款 低至3.2% 快速审批', 'ads'), ('申请条件 | 在线咨询', 'ads')],
        [('推广', 'ads'), ('限时特惠：开通VIP立减30元', 'ads')],
        [('本栏目由%s冠名播出' % g.pick(('某某银行', '某某集团', '某某保险')), 'ads')],
        [('文库APP 随时随地查阅文档', 'ads'), ('立即下载', 'ads')],
        [('▲ 点击图片 了解详情', 'ads')],
        [('[广告位招租]', 'ads')],
        [('热门推荐', 'ads'), ('高薪招聘｜事业单位%d年招聘公告汇总' % 2025, 'ads')],
        [('小编为您推荐：', 'ads'), ('更多精彩范文，请关注本站“工作报告”栏目', 'ads')],
        [('打开APP，阅读体验更佳', 'ads')],
        [('Banner', 'ads'), ('banner_ad_728x90', 'ads')],
    ][v]


def b_paywall_head(g, ctx):
    v = g.r.randint(0, 10)
    return [
        [('VIP专享文档', 'paywall'), ('开通会员，免费下载本文', 'paywall')],
        [('下载文档', 'paywall'), ('%d下载券' % g.r.randint(1, 8), 'paywall'), ('会员免费', 'paywall')],
        [('本文档为会员专享，开通VIP后可阅读全文并下载', 'paywall')],
        [('付费下载 ￥%d.%d0' % (g.r.randint(2, 19), g.r.randint(0, 9)), 'paywall'), ('（VIP会员可免费下载）', 'paywall')],
        [('温馨提示：', 'paywall'), ('当前文档最多只能预览%d页，若文档总页数超出了%d页，请下载原文档以浏览全部内容。' % (5, 5), 'paywall')],
        [('参考范文，可直接复制使用，下载后可编辑', 'paywall')],
        [('【下载本文档，可随意编辑修改】', 'paywall')],
        [('免费下载', 'paywall'), ('加入VIP', 'paywall'), ('收藏', 'toolbar_actions')],
        [('本资料为会员专享内容', 'paywall'), ('普通用户可预览前%d%%' % g.r.randint(10, 40), 'paywall'),
         ('开通党建云会员，海量材料免费下载', 'paywall')],
        [('【温馨提示】本文共%d字，预计阅读%d分钟' % (g.r.randint(3, 12) * 1000, g.r.randint(5, 30)), 'paywall'),
         ('完整版请点击文末“阅读原文”下载', 'paywall')],
        [('隐藏内容', 'paywall'), ('此处内容需要权限查看', 'paywall'), ('会员特权', 'paywall'), ('开通会员', 'paywall')],
    ][v]


def b_paywall_mid(g, ctx):
    rest = g.r.randint(3, 40)
    v = g.r.randint(0, 8)
    return [
        [('剩余%d页未读，继续阅读' % rest, 'paywall')],
        [('…… 试读结束 ……', 'paywall'), ('还剩%d页未读，点击阅读全文' % rest, 'paywall')],
        [('展开全文', 'paywall')],
        [('点击展开全文 ∨', 'paywall')],
        [('免费预览已结束，剩余%d页可下载查看' % rest, 'paywall'), ('下载文档', 'paywall')],
        [('还剩 %d%% 未读，' % g.r.randint(40, 90), 'paywall'), ('继续阅读', 'paywall')],
        [(fullwidth('剩余%d页未读' % rest, digits_only=True), 'paywall'), ('阅读全文', 'paywall')],
        [('*以下内容仅对会员可见*', 'paywall')],
        [('该内容已被隐藏，回复后可见', 'paywall'), ('需要权限：登录后查看', 'paywall')],
    ][v]


def b_paywall_tail(g, ctx):
    v = g.r.randint(0, 11)
    return [
        [('本文档由用户上传，仅供学习交流参考，如有侵权请联系删除。', 'paywall')],
        [('版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。', 'paywall'),
         ('如发现本站有涉嫌抄袭侵权/违法违规的内容，请发送邮件举报，一经查实，本站将立刻删除。', 'paywall')],
        [('下载文档到电脑，查找使用更方便', 'paywall'), ('%d下载券  %d人已下载' % (g.r.randint(1, 9), g.r.randint(10, 3000)), 'paywall'), ('下载', 'paywall')],
        [('开通VIP，免费下载本文档', 'paywall'), ('立即开通', 'paywall')],
        [('支付成功后即可下载全文（DOC版）', 'paywall'), ('¥ %d.00 立即下载' % g.r.randint(3, 30), 'paywall')],
        [('免责声明：', 'paywall'), ('1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE或PDF阅读器。', 'paywall'),
         ('2. 用户上传的文档内容的真实性、准确性由上传者负责，本站不承担任何责任。', 'paywall')],
        [('会员专享', 'paywall'), ('升级会员 可下载全部文档', 'paywall')],
        [('文档内容仅供参考，原创力文档对内容准确性不作保证', 'paywall')],
        [('此文档下载收益归作者所有', 'paywall'), ('举报文档', 'paywall')],
        [('本文由会员投稿，仅代表作者观点，转载请注明出处。', 'paywall'), ('（编辑：%s）' % g.name(), 'metadata')],
        [('提示：', 'paywall'), ('1. 本资料为word版，下载后可自由编辑；', 'paywall'), ('2. 下载前请先预览，预览内容与下载内容一致；', 'paywall'),
         ('3. 虚拟产品一经售出概不退款。', 'paywall')],
        [('阅读原文', 'paywall'), ('以上为部分内容，完整材料请下载附件', 'paywall')],
    ][v]


def b_footer(g, ctx):
    y = str(g.r.randint(2019, 2025))
    lines = []
    st = ctx['style']
    if st in ('portal',) or (st == 'pdf' and g.chance(0.3)):
        opts = [
            '主办单位：%s办公厅' % ctx['gov'], '承办单位：%s大数据中心' % ctx['short'],
            '网站标识码：%s' % g.digits(10), '%sICP备%s号-%d' % (ctx['abbr'], g.digits(8), g.r.randint(1, 5)),
            '%s公网安备 %s号' % (ctx['abbr'], g.digits(14)), '版权所有：%s' % ctx['gov'],
            '联系我们 | 网站地图 | 使用帮助 | 隐私声明', '建议使用1366×768分辨率，IE10以上浏览器访问本站',
            '地址：%s%s路%d号  邮编：%s' % (ctx['short'], g.pick(('人民', '中山', '解放', '政务')), g.r.randint(1, 300), g.digits(6)),
            '电话：0%s-%s' % (g.digits(3), g.digits(8)), '政府网站标识码', '网站纠错', '本网站由%s信息中心维护' % ctx['short'],
            '您是本站第%s位访客' % g.digits(8), 'Copyright © %s %s All Rights Reserved' % (y, ctx['site'])]
    elif st == 'news':
        opts = ['关于我们 | 广告服务 | 投稿邮箱 | 招聘信息 | 网站声明', '违法和不良信息举报电话：12377',
                '互联网新闻信息服务许可证：%s' % g.digits(11), 'Copyright © 1997-%s by %s. all rights reserved' % (y, ctx['url']),
                '本网站所刊登的各种新闻、信息和专栏资料，均为%s版权所有，未经协议授权禁止下载使用。' % ctx['site'],
                '%sICP证%s号' % (ctx['abbr'], g.digits(6)), '网络视听许可证%s号' % g.digits(7), '举报邮箱：jubao@%s' % ctx['url'].replace('www.', ''),
                '中央网信办举报中心', '未成年人举报专区']
    elif st == 'party':
        opts = ['主办：%s' % g.pick(('某某组织部', '某某机关工委', '党员教育中心')), '版权所有 ©%s %s' % (y, ctx['site']),
                '%sICP备%s号' % (ctx['abbr'], g.digits(8)), '本站所有文章仅供学习交流使用，转载请注明出处',
                '联系电话：010-%s' % g.digits(8), '网站地图 | 联系方式 | 投稿指南', 'END', '— END —', '▼',
                '点个“在看”，分享给更多党员朋友']
    else:
        opts = ['© %s %s | 用户协议 | 隐私政策 | 侵权投诉' % (y, ctx['site']), '客服电话：400-%s-%s' % (g.digits(3), g.digits(4)),
                '%sICP备%s号-%d' % (g.pick(('浙', '沪', '京', '粤')), g.digits(8), g.r.randint(1, 3)),
                '工作时间：9:00-18:00', '意见反馈 | 帮助中心 | 关于我们', '版权申诉 | 举报中心',
                '增值电信业务经营许可证：%s' % g.digits(6), '网站声明：本站部分文章来自网络，如有侵权请联系删除']
    k = g.r.randint(2, min(7, len(opts)))
    sel = g.r.sample(opts, k)
    v = g.r.randint(0, 3)
    if v == 0:
        lines = [(s, 'footer') for s in sel]
    elif v == 1:
        lines = [(g.sep().join(sel), 'footer')]
    elif v == 2:
        lines = [(s, 'footer') for s in sel[:2]] + [('  '.join(sel[2:]), 'footer')] if len(sel) > 2 else [(s, 'footer') for s in sel]
    else:
        lines = []
        for s in sel:
            lines += [(s, 'footer'), ('', 'blank')]
        lines = lines[:-1]
    return lines


def b_html(g, ctx):
    v = g.r.randint(0, 13)
    return [
        [('<div class="article-content">', 'html_residue')],
        [('</div>', 'html_residue'), ('</div>', 'html_residue')],
        [('<br/>', 'html_residue')],
        [('&nbsp;&nbsp;&nbsp;&nbsp;', 'html_residue')],
        [('<span style="font-size: 16px; font-family: 仿宋_GB2312;">', 'html_residue')],
        [('<img src="/uploads/%s/%s.png" alt="">' % (ctx['year'], g.digits(8)), 'html_residue')],
        [('<!-- 正文开始 -->', 'html_residue')],
        [('<!--/正文结束-->', 'html_residue')],
        [('![](https://mmbiz.qpic.cn/mmbiz_png/%s/640?wx_fmt=png)' % g.digits(12), 'html_residue')],
        [('var _hmt = _hmt || [];', 'html_residue'), ('(function() { var hm = document.createElement("script"); })();', 'html_residue')],
        [('{{ article.title }}', 'html_residue')],
        [('<table border="1" cellspacing="0">', 'html_residue'), ('<tr><td>', 'html_residue')],
        [('$(function(){ $(".share").hide(); });', 'html_residue')],
        [('[img]', 'html_residue'), ('图片', 'html_residue')],
    ][v]


def b_mojibake(g, ctx):
    src = g.pick(('首页 新闻中心 政务公开', '当前位置：首页 > 正文', '版权所有 联系我们', '分享到微信朋友圈',
                  '来源：' + ctx['site'], '相关阅读', '打印本页 关闭窗口', '下载文档 开通会员'))
    v = g.r.randint(0, 4)
    if v == 0:
        s = src.encode('utf-8').decode('gbk', errors='replace')
    elif v == 1:
        s = src.encode('gbk').decode('cp1252', errors='replace')
    elif v == 2:
        s = src.encode('utf-8').decode('cp1252', errors='replace')
    elif v == 3:
        s = '锟斤拷' * g.r.randint(2, 6)
    else:
        s = '\ufffd' * g.r.randint(3, 9) + g.pick(('', ' ', '??'))
    s = ''.join(c if c.isprintable() else '\ufffd' for c in s)
    return [(s, 'mojibake')]


def b_comments(g, ctx):
    v = g.r.randint(0, 4)
    return [
        [('网友评论', 'comments'), ('请登录后发表评论', 'comments'), ('已有%d人参与' % g.r.randint(0, 300), 'comments')],
        [('写留言', 'comments')],
        [('发表评论', 'comments'), ('评论仅代表网友个人观点，不代表本站立场', 'comments')],
        [('精选留言', 'comments'), ('%s：说得好，学习了！' % g.name(), 'comments'), ('%s：认真学习，贯彻落实' % g.name(), 'comments')],
        [('留言 %d' % g.r.randint(1, 50), 'comments')],
    ][v]


def b_follow(g, ctx):
    v = g.r.randint(0, 5)
    return [
        [('点击上方蓝字关注我们', 'follow')],
        [('↑ 点击上方“%s”关注我们' % ctx['site'], 'follow')],
        [('点击蓝字', 'follow'), ('关注我们', 'follow')],
        [('星标我们，第一时间获取推送', 'follow')],
        [('关注我们，了解更多党建资讯', 'follow'), ('▼', 'follow')],
        [('欢迎关注、转发、分享', 'follow')],
    ][v]


def b_attachment(g, ctx):
    t = ctx['title']
    v = g.r.randint(0, 3)
    return [
        [('附件下载：', 'attachment'), ('%s.pdf（%d.%dMB）' % (t, g.r.randint(1, 9), g.r.randint(0, 9)), 'attachment')],
        [('相关附件：【PDF版】%s' % t, 'attachment')],
        [('附件：', 'attachment'), ('%s（文字版）.docx' % t, 'attachment'), ('%s（图解）.jpg' % ctx['short'], 'attachment')],
        [('【下载附件】%s.doc  下载次数：%d' % (t, g.r.randint(5, 900)), 'attachment')],
    ][v]


def b_pagination_web(g, ctx):
    v = g.r.randint(0, 3)
    n = g.r.randint(2, 6)
    return [[('上一页 ' + ' '.join(str(i) for i in range(1, n + 1)) + ' 下一页', 'pagination')],
            [('共%d页  当前第%d页' % (n, g.r.randint(1, n)), 'pagination')],
            [('首页', 'pagination'), ('上一页', 'pagination'), ('下一页', 'pagination'), ('尾页', 'pagination')],
            [('第1页', 'pagination'), ('第2页', 'pagination'), ('全文', 'pagination')]][v]


def pdf_pageline(g, ctx, page, total, form):
    f = ['- %d -', '第 %d 页 共 %d 页', '%d / %d', '— %d —', 'Page %d of %d', '·%d·', '第%d页', '%d'][form]
    s = f % ((page, total) if f.count('%d') == 2 else (page,))
    return [(s, 'pagination')]


BLOCKS = dict(nav=b_nav, breadcrumb=b_breadcrumb, title_repeat=b_title, metadata=b_metadata, meta_news=b_meta_news,
              meta_wechat=b_meta_wechat, meta_tail=b_meta_tail, meta_wenku=b_meta_wenku, toolbar_fontsize=b_fontsize,
              toolbar_actions=b_actions, share=b_share, qr=b_qr, related=b_related, prevnext=b_prevnext, ads=b_ads,
              paywall_head=b_paywall_head, paywall_mid=b_paywall_mid, paywall_tail=b_paywall_tail, footer=b_footer,
              html_residue=b_html, mojibake=b_mojibake, comments=b_comments, follow=b_follow, attachment=b_attachment,
              pagination_web=b_pagination_web)

# head (conventional order), tail (conventional order), mid candidates; each with a probability
LAYOUT = {
    'portal': dict(head=[('mojibake', .12), ('nav', .9), ('breadcrumb', .8), ('title_repeat', .75), ('metadata', .85),
                         ('toolbar_fontsize', .75), ('toolbar_actions', .3), ('qr', .3), ('share', .25), ('html_residue', .15)],
                   tail=[('attachment', .25), ('toolbar_actions', .55), ('share', .35), ('qr', .35), ('prevnext', .3),
                         ('related', .55), ('ads', .2), ('footer', .95), ('html_residue', .15), ('mojibake', .2)],
                   mid=[('related', .15), ('html_residue', .15), ('ads', .15), ('mojibake', .15)]),
    'news': dict(head=[('nav', .85), ('ads', .3), ('breadcrumb', .6), ('title_repeat', .7), ('meta_news', .9),
                       ('toolbar_fontsize', .45), ('share', .45), ('html_residue', .15)],
                 tail=[('paywall_mid', .25), ('title_repeat', .2), ('meta_tail', .6), ('share', .5), ('pagination_web', .2),
                       ('prevnext', .25), ('related', .8),
                       ('ads', .7), ('comments', .35), ('qr', .3), ('footer', .95), ('mojibake', .2)],
                 mid=[('ads', .35), ('related', .25), ('html_residue', .1), ('mojibake', .15)]),
    'party': dict(head=[('follow', .35), ('nav', .6), ('breadcrumb', .55), ('title_repeat', .75), ('metadata', .5),
                        ('paywall_head', .15),
                        ('meta_wechat', .35), ('toolbar_fontsize', .35), ('share', .25)],
                  tail=[('meta_tail', .5), ('follow', .3), ('related', .75), ('share', .55), ('qr', .4), ('ads', .45),
                        ('paywall_tail', .15), ('comments', .3), ('footer', .85), ('html_residue', .15), ('mojibake', .1)],
                  mid=[('html_residue', .2), ('related', .15), ('ads', .2), ('follow', .05), ('paywall_mid', .2),
                       ('mojibake', .1)]),
    'wenku': dict(head=[('nav', .7), ('breadcrumb', .45), ('title_repeat', .9), ('meta_wenku', .85), ('paywall_head', .9),
                        ('ads', .55), ('paywall_tail', .35), ('mojibake', .2)],
                  tail=[('paywall_mid', .6), ('paywall_tail', .9), ('title_repeat', .3), ('related', .8), ('ads', .6),
                        ('footer', .85),
                        ('html_residue', .1), ('mojibake', .1)],
                  mid=[('paywall_mid', .4), ('ads', .3), ('related', .1), ('mojibake', .1)]),
    'pdf': dict(head=[('title_repeat', .6), ('meta_wenku', .3), ('paywall_head', .45), ('mojibake', .1)],
                tail=[('paywall_mid', .4), ('paywall_tail', .5), ('related', .3), ('ads', .3), ('footer', .2),
                      ('mojibake', .15)],
                mid=[]),
}


# --------------------------------------------------------------------------- pages


SITES = {
    'news': [('人民网', 'www.people.com.cn', '京'), ('新华网', 'www.news.cn', '京'), ('央视网', 'www.cctv.com', '京'),
             ('光明网', 'www.gmw.cn', '京'), ('中国新闻网', 'www.chinanews.com.cn', '京'), ('澎湃新闻', 'www.thepaper.cn', '沪'),
             ('大众网', 'www.dzwww.com', '鲁'), ('荆楚网', 'www.cnhubei.com', '鄂'), ('红网', 'www.rednet.cn', '湘'),
             ('东方网', 'www.eastday.com', '沪'), ('南方网', 'www.southcn.com', '粤'), ('华龙网', 'www.cqnews.net', '渝'),
             ('中国经济网', 'www.ce.cn', '京'), ('凤凰网资讯', 'news.ifeng.com', '京')],
    'party': [('共产党员网', 'www.12371.cn', '京'), ('党建网', 'www.dangjian.cn', '京'), ('中国共产党新闻网', 'cpc.people.com.cn', '京'),
              ('求是网', 'www.qstheory.cn', '京'), ('先锋网', 'www.xianfeng.gov.cn', '鄂'), ('组工网', 'www.zugong.gov.cn', '川'),
              ('机关党建', 'mp.weixin.qq.com', '粤'), ('红色先锋', 'mp.weixin.qq.com', '粤'), ('基层党建微课堂', 'mp.weixin.qq.com', '粤'),
              ('XX组工', 'mp.weixin.qq.com', '粤')],
    'wenku': [('百度文库', 'wenku.baidu.com', '京'), ('豆丁网', 'www.docin.com', '沪'), ('道客巴巴', 'www.doc88.com', '沪'),
              ('原创力文档', 'max.book118.com', '浙'), ('360文库', 'wenku.so.com', '京'), ('第一范文网', 'www.diyifanwen.com', '粤'),
              ('范文先生网', 'www.fwsir.com', '粤'), ('写写帮文库', 'www.xiexiebang.com', '湘'), ('人人文库', 'www.renrendoc.com', '浙'),
              ('金锄头文库', 'www.jinchutou.com', '浙'), ('爱问共享资料', 'ishare.iask.sina.com.cn', '京'), ('三一文库', 'www.31doc.com', '鲁'),
              ('淘豆网', 'www.taodocs.com', '浙'), ('文档之家', 'www.doc163.com', '豫')],
}
WEEKDAYS = '一二三四五六日'


def page_ctx(g, info, style, npages):
    ctx = dict(info)
    ctx['style'] = style
    ctx['npages'] = npages
    # the year of the copy: the document's year, or a repost year for documents before 2015
    ctx['doc_year'] = info['year']
    if int(info['year']) < 2015:
        ctx['year'] = str(g.r.randint(2019, 2025))
    ctx['today'] = g.date(info['year'], 2)
    ctx['wd'] = g.pick(WEEKDAYS)
    host = style if style != 'pdf' else g.pick(('wenku', 'portal'))
    if host == 'portal':
        r = g.r.random()
        if info['level'] in ('省', '市') and r < 0.75:
            site, url, abbr = info['gov'] + ('门户网站' if g.chance(0.5) else ''), 'www.%s.gov.cn' % g.pick(('ah', 'hn', 'gx', 'sz', 'yc', 'qn', 'zj', 'fj')), info['abbr']
            navset = 'portal'
        elif info['level'] != '国' or r < 0.55:
            cty = g.pick(COUNTIES)
            site, url, abbr = cty + '人民政府', 'www.%s.gov.cn' % g.pick(('lq', 'hq', 'nd', 'zx', 'qy', 'wy')), g.pick(('皖', '赣', '晋', '陕', '滇', '浙'))
            navset = 'portal'
            ctx['gov'] = cty + '人民政府'
            ctx['short'] = cty
        else:
            site, url, abbr = '中国政府网', 'www.gov.cn', '京'
            navset = 'govcn'
            ctx['gov'] = '国务院'
    else:
        site, url, abbr = g.pick(SITES[host])
        navset = host
        if site == 'XX组工':
            site = ctx['short'] + '组工'
    ctx.update(site=site, url=url, abbr=abbr if host != 'portal' or navset != 'portal' else abbr, navset=navset, host=host)
    if host == 'portal':
        ctx['abbr'] = abbr
    ctx['wechat'] = 'mp.weixin' in url
    return ctx


def place_blocks(g, ctx, spec, conventional):
    names = [n for n, p in spec if g.chance(p)]
    if ctx.get('wechat'):
        names = [n for n in names if n not in ('nav', 'breadcrumb', 'toolbar_fontsize', 'footer')] or names
    if not conventional:
        g.r.shuffle(names)
    return names


def render(g, ctx, names, content_set, variants):
    out = []
    for n in names:
        for _ in range(8):
            lines = BLOCKS[n](g, ctx)
            if all(t.strip() not in content_set for t, k in lines if k != 'blank'):
                break
        else:
            continue
        variants.append(n)
        if ctx['chrome_blank'] == 2 and out:
            out.append(('', 'blank'))
        elif ctx['chrome_blank'] == 1 and out and g.chance(0.5):
            out.append((g.pick(('', ' ', '\u3000')), 'blank'))
        out += lines
    return out


def wrap(text, width, first_indent):
    """Cut a paragraph every `width` characters; the first line is shorter by the indent."""
    out = []
    pos = 0
    w = width - len(first_indent)
    while pos < len(text):
        cut = min(len(text), pos + w)
        # never cut next to whitespace: stripping the pieces must give the paragraph back
        while cut < len(text) and (text[cut - 1].isspace() or text[cut].isspace()):
            cut += 1
        out.append(text[pos:cut])
        pos = cut
        w = width
    return out


def build_page(g, doc_id, style, folder, fname, paras, start, end, info):
    npages = g.r.randint(max(2, (end - start) // 3), 40)
    ctx = page_ctx(g, info, style, npages)
    content_texts = set(paras[start:end + 1])
    ctx['exact_ok'] = info['title'] not in content_texts
    ctx['chrome_blank'] = g.pick((0, 1, 2))
    conventional = g.chance(0.55)
    lay = LAYOUT[style]
    variants = []
    head = render(g, ctx, place_blocks(g, ctx, lay['head'], conventional), content_texts, variants)
    variants.append('|content')
    # content layout
    indent = g.pick(('', '', '\u3000\u3000', '    ', '  ', '\t', '\u3000'))
    blank_between = g.pick((0, 0, 1, 1, 2, 'ws'))
    residue_wrap = style in ('party', 'portal', 'news') and g.chance(0.2) and end - start < 15
    width = g.r.randint(24, 46) if style == 'pdf' or (style == 'wenku' and g.chance(0.25)) else None
    if width:  # hard-wrapped pages stay short: at most 3,500 characters (and 5 paragraphs at least)
        while end - start + 1 > 5 and sum(len(p) for p in paras[start:end + 1]) > 3500:
            if end == len(paras) - 1:
                start += 1
            else:
                end -= 1
        content_texts = set(paras[start:end + 1])
    body = []
    n = len(paras)
    lines_since_break = 0
    page_no = g.r.randint(1, 3)
    total_pages = page_no + g.r.randint(2, 8)
    page_form = g.r.randint(0, 7)
    running_head = width is not None and g.chance(0.4)
    mid_break_inside = width is not None and g.chance(0.5)
    lines_per_page = g.r.randint(14, 30)
    mid_done = 0
    for p in range(start, end + 1):
        text = paras[p]
        kind = content_kind(text, p, n, folder, paras[p + 1] if p + 1 < n else '')
        pieces = wrap(text, width, indent) if width else [text]
        if residue_wrap:
            body.append((g.pick(('<p>', '<p class="ql-block">', '<p style="text-indent:2em;">', '<p align="justify">')), 'html_residue'))
        for j, piece in enumerate(pieces):
            pre = indent if j == 0 else ''
            body.append((pre + piece, ('content', kind, p)))
            lines_since_break += 1
            if width and lines_since_break >= lines_per_page and (mid_break_inside or j == len(pieces) - 1) and p < end:
                brk = []
                if g.chance(0.5):
                    brk.append(('', 'blank'))
                brk += pdf_pageline(g, ctx, page_no, total_pages, page_form)
                if running_head:
                    brk.append((ctx['title'] if ctx['exact_ok'] else ctx['title'] + '（全文）', 'title_repeat'))
                if g.chance(0.5):
                    brk.append(('', 'blank'))
                body += brk
                variants.append('pagebreak' + ('_inpara' if j < len(pieces) - 1 else ''))
                page_no += 1
                lines_since_break = 0
        if residue_wrap:
            body.append(('</p>', 'html_residue'))
        if p < end:
            if lay['mid'] and mid_done < 2 and g.chance(0.12):
                names = [nm for nm, pr in lay['mid'] if g.chance(pr)]
                if names:
                    blk = render(g, ctx, names[:1], content_texts, variants)
                    body += ([('', 'blank')] if blank_between else []) + blk
                    mid_done += 1
            if blank_between == 'ws':
                body.append((g.pick(('', ' ', '\u3000\u3000', '\t')), 'blank'))
            else:
                body += [('', 'blank')] * blank_between
    if width:
        variants.append('pdf_w%d' % width)
        if g.chance(0.6):
            body += pdf_pageline(g, ctx, page_no, total_pages, page_form)
            variants.append('pagination')
    variants.append('indent=%r,blank=%s%s' % (indent, blank_between, ',residue_wrap' if residue_wrap else ''))
    variants.append('content|')
    tail = render(g, ctx, place_blocks(g, ctx, lay['tail'], conventional), content_texts, variants)
    sepa = [('', 'blank')] if g.chance(0.6) else []
    rows = head + (sepa if head else []) + body + (sepa if tail else []) + tail
    if g.chance(0.3):
        rows = [('', 'blank')] + rows
    # split rows into page lines and gold
    lines, gold = [], []
    for t, k in rows:
        if isinstance(k, tuple):
            lines.append(t)
            gold.append(('content', k[1], str(k[2])))
        elif k == 'blank' or not t.strip():
            lines.append(t if not t.strip() else '')
            gold.append(('blank', 'blank', ''))
        else:
            lines.append(t)
            gold.append(('chrome', k, ''))
    return lines, gold, ';'.join(variants), ctx['site'], start, end


def pick_runs(g):
    old = old_ranges()
    plan = []
    for folder, count in FOLDERS:
        tmap = titles(folder)
        files = [f for f in sorted(os.listdir(os.path.join(CORPUS, folder)))
                 if f.endswith('.txt') and not any(s in f for s in SKIP_FILES)]
        fresh = [f for f in files if '%s/%s' % (folder, f) not in old]
        used = [f for f in files if '%s/%s' % (folder, f) in old]
        g.r.shuffle(fresh)
        g.r.shuffle(used)
        order = fresh + used
        got = 0
        taken = {}
        i = 0
        while got < count:
            f = order[i % len(order)]
            i += 1
            if i > 10 * len(order):
                raise SystemExit('not enough runs in %s' % folder)
            if taken.get(f, 0) >= (1 if i <= len(order) else 2):
                continue
            paras = paragraphs(os.path.join(CORPUS, folder, f))
            n = len(paras)
            bad = [excluded(p) for p in paras]
            blocked = set()
            for s, e in old.get('%s/%s' % (folder, f), []):
                blocked.update(range(s, e + 1))
            for s, e in taken.get((f, 'r'), []):
                blocked.update(range(s, e + 1))
            where = g.pick(('head', 'tail', 'tail', 'mid') if folder.startswith('state') else ('head', 'tail', 'tail', 'mid', 'mid'))
            run = None
            for _try in range(40):
                length = g.r.randint(5, 40)
                cap = 7000
                if where == 'head':
                    s = next((k for k in range(min(n, 4)) if not bad[k]), 0)
                elif where == 'tail':
                    s = n - length
                else:
                    s = g.r.randint(0, max(0, n - length))
                s = max(0, s)
                e = min(n - 1, s + length - 1)
                while e - s + 1 > 5 and sum(len(p) for p in paras[s:e + 1]) > cap:
                    if where == 'tail':
                        s += 1
                    else:
                        e -= 1
                if e - s + 1 < 5 or sum(len(p) for p in paras[s:e + 1]) > cap:
                    where = 'mid'
                    continue
                if any(bad[s:e + 1]) or blocked.intersection(range(s, e + 1)):
                    where = 'mid' if _try > 10 else where
                    continue
                run = (s, e)
                break
            if run is None:
                continue
            taken[f] = taken.get(f, 0) + 1
            taken.setdefault((f, 'r'), []).append(run)
            plan.append((folder, f, run[0], run[1], paras, tmap))
            got += 1
    return plan


def main():
    global CORPUS
    CORPUS = find_corpus()
    g = Gen(SEED)
    plan = pick_runs(g)
    styles = [s for s, c in STYLES for _ in range(c)]
    assert len(styles) == len(plan), (len(styles), len(plan))
    g.r.shuffle(plan)
    # party style prefers cpc reports; give them first pick
    plan.sort(key=lambda x: 0 if x[0] == 'cpc_congress_wikisource' else 1)
    party_first = styles.index('party')
    styles = styles[party_first:party_first + 8] + styles[:party_first] + styles[party_first + 8:]
    pairs = list(zip(plan, styles))
    g.r.shuffle(pairs)
    for sub in ('pages', 'gold'):
        d = os.path.join(HERE, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    for k, ((folder, f, s, e, paras, tmap), style) in enumerate(pairs, 1):
        doc = '%03d' % k
        info = doc_info(folder, f, tmap)
        lines, gold, variants, site, s, e = build_page(g, doc, style, folder, f, paras, s, e, info)
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(lines) + '\n')
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (lab, kind, para) in enumerate(gold, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, kind, para))
        index.append('\t'.join((doc, style, '%s/%s' % (folder, f), str(s), str(e), str(len(lines)), variants, site)))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('%d pages written' % len(pairs))


if __name__ == '__main__':
    sys.exit(main())
