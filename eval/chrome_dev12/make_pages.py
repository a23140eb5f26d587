#!/usr/bin/env python3
"""Generator of the chrome DEVELOPMENT set 12 (helper chromedev12; stdlib only, deterministic).

Reads the shared corpus, picks one contiguous run of real paragraphs per source document (preferring
ranges the earlier sets' index.tsv files do not list), wraps it in page chrome written here by this
helper (ministry and 厅局委办 sites, 政策解读 pages with 图解 residue, 政府信息公开 columns, 互动交流
sections, 长者模式 / 关怀版 toolbars, language switches, print previews, archived pages, 专题专栏 pages,
news and party sites, hard-wrapped PDF / Word copies) and writes pages/, gold/ and index.tsv.

  python make_pages.py [--corpus DIR]
"""
import collections
import datetime
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261130_12_7
N_PAGES = 100

SKIP = ('廣州共產黨報告', '陈独秀', '1954_', '1956_', '2024_枣庄', '2024_承德', '2024_泸州', '2024_潍坊',
        '国家教材委员会组成人员')
RESIDUE = re.compile(r'主办|版权所有|ICP|网站标识码|公网安备|扫一扫|信息来源|责任编辑|网站地图|打印|关闭|分享到|'
                     r'来源：|作者：|^附件|^注：|↑|^\[\d+\]|名词解释|http|www\.|党政机关|联系我们|备案')


def corpus_dir():
    if '--corpus' in sys.argv:
        return sys.argv[sys.argv.index('--corpus') + 1]
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS')


def paragraphs(path):
    with open(path, encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def cjk(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def is_bad(p):
    return bool(RESIDUE.search(p)) or cjk(p) < 2


def earlier_ranges():
    out = collections.defaultdict(list)
    ev = os.path.dirname(HERE)
    for p in sorted(glob.glob(os.path.join(ev, 'chrome_*', 'index.tsv'))):
        if os.path.dirname(p) == HERE:
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out[r[si]].append((int(r[a]), int(r[b])))
    return out


def content_kind(p, i, paras):
    n = len(paras)
    if p in ('各位代表：', '同志们：') or (p.startswith('各') and p.endswith('：')) or (
            p.endswith('：') and len(p) < 40 and re.search('国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', p)):
        return 'greeting'
    if re.fullmatch(r'[0-9０-９一二三四五六七八九〇○零十]{2,4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日', p):
        return 'signature'
    if p == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and re.fullmatch(r'[0-9一二三四五六七八九〇○零十]{2,4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日',
                                  paras[i + 1]) and len(p) < 30:
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


# ----------------------------------------------------------------------------------------------------
# small helpers for chrome
WEEK = '一二三四五六日'
SEPS = ['　', '  ', ' | ', '｜', ' · ', '  /  ', '丨', ' ', '\t', ' > ', '　|　']


class Ctx:
    def __init__(self, rng, src, title, short, site, date, org, style):
        self.rng, self.src, self.title, self.short, self.site, self.date, self.org, self.style = \
            rng, src, title, short, site, date, org, style

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def ds(self, fmt=None):
        d = self.date
        fmt = fmt or self.pick(['%Y-%m-%d', '%Y年%m月%d日', '%Y/%m/%d', '%Y.%m.%d', '%Y-%m-%d %H:%M',
                                '%Y-%m-%d %H:%M:%S', '%Y年%-m月%-d日'])
        return d.strftime(fmt)

    def items(self, items, kind, one_line=None, sep=None, indent=''):
        """Items either one per line or on one line with a separator."""
        if one_line is None:
            one_line = self.chance(0.55)
        if one_line:
            return [(indent + (sep or self.pick(SEPS)).join(items), kind)]
        return [(indent + it, kind) for it in items]

    def num(self, a, b):
        return self.rng.randint(a, b)


def fw(s, rng):
    """Some ASCII punctuation and digits to full width, at random (pages mix both forms)."""
    if rng.random() < 0.6:
        return s
    out = []
    for ch in s:
        if ch in '0123456789:|/()[]' and rng.random() < 0.8:
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return ''.join(out)


# ----------------------------------------------------------------------------------------------------
# chrome blocks: each returns a list of (line, kind)

def b_care(c):
    opts = [['关怀版'], ['适老化 · 大字模式'], ['Aa 大字号', '🔊 语音助手', '↺ 返回标准版'], ['您正在浏览关怀版网页', '切换常规版'],
            ['关爱模式（老年人、视障人士适用）'], ['字号：标准 ｜ 大 ｜ 超大', '行距：标准 ｜ 宽松'], ['长者模式', '关怀版', '无障碍'], ['进入关怀版', '退出关怀版'], ['【长辈版】', '【标准版】'],
            ['适老化版本', '切换到标准版'], ['🧓 长者模式 开启', '大字版'], ['关怀模式：已开启（字号 加大 · 行距 加宽）'],
            ['标准版 ｜ 关怀版 ｜ 读屏专用'], ['长者模式', '老年人专区', '一键回到标准版']]
    return c.items(c.pick(opts), 'care_mode')


def b_access(c):
    opts = [['无障碍浏览', '声音开关', '语速调节', '高对比度', '放大镜', '辅助线', '文字大小 +', '文字大小 -', '退出'],
            ['【辅助阅读】', '【指读模式】', '【连续阅读】', '【配色方案】', '【页面放大】', '【关闭辅助】'],
            ['♿ 信息无障碍', '语音播报：开', '光标：大', '十字定位线：关', '纯文本通道'],
            ['盲人专用', '读屏适配', 'Alt+Shift+A 开启辅助', '快捷键说明']]
    return c.items(c.pick(opts), 'accessibility')


MINORITY = {'新疆': ['ئۇيغۇرچە', 'قازاقشا'], '西藏': ['བོད་ཡིག'], '内蒙古': ['ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ', '蒙古文版'], '延边': ['조선어', '조선글판'],
            '吉林': ['조선어'], '广西': ['Vahcuengh', '壮文版'], '宁夏': ['English'], '青海': ['བོད་ཡིག', '藏文版'],
            '四川': ['ꆈꌠꁱꂷ', '彝文版', '藏文版'], '云南': ['彝文', '傣文', 'English']}


def b_lang(c):
    extra = [v for k, v in MINORITY.items() if k in c.site]
    if extra and c.chance(0.7):
        e = extra[0]
        return c.items(c.pick([['汉文版'] + e, ['中文'] + e + ['English'], ['简体中文 ｜ ' + ' ｜ '.join(e)],
                               ['【汉】', '【%s】' % e[0], '【EN】'], ['民族语言版：' + '　'.join(e), '返回汉文版']]), 'lang_switch')
    opts = [['简体中文', '繁體中文', 'English'], ['中文 | EN'], ['简 ｜ 繁 ｜ ENGLISH ｜ 한국어'],
            ['中文版', 'English Version'], ['简体', '繁体', 'ENG'],
            ['[ 中 ]', '[ EN ]', '[ 日本語 ]', '[ Русский ]'], ['Language：中文 / English'],
            ['中文版 ⇄ English'], ['切换语言 ▼', '中文（简体）', 'English', 'Français'], ['EN', '繁', '简'],
            ['English Version >>'], ['外文版：English　日本語　한국어　Español']]
    return c.items(c.pick(opts), 'lang_switch')


def b_topbar(c):
    d = c.date
    lines = [c.pick(['今天是%s 星期%s' % (c.ds('%Y年%-m月%-d日'), WEEK[d.weekday()]),
                     '%s　星期%s　农历待更新' % (c.ds('%Y年%m月%d日'), WEEK[d.weekday()]),
                     '欢迎访问%s！' % c.site, '您好，欢迎来到%s' % c.site,
                     '%s 周%s' % (c.ds('%Y-%m-%d'), WEEK[d.weekday()]),
                     'Welcome! Today is %s' % d.strftime('%A, %B %d, %Y')])]
    if c.chance(0.6):
        lines += [c.pick(['设为首页', '加入收藏', '手机版', '政务微博', '政务微信', '网站支持IPv6', '个人中心',
                          '邮箱登录', '移动端', '订阅']) for _ in range(c.num(2, 4))]
    return c.items(lines, 'nav')


def b_sitename(c):
    lines = [c.site]
    if c.chance(0.5):
        en = [v for k, v in SITE_EN.items() if k in c.site]
        lines.append(c.pick(en or [c.pick(['政务服务 一网通办', '%s门户网站' % c.org, '%s官方网站' % c.org,
                                          'OFFICIAL WEBSITE', '权威 · 便民 · 互动'])]))
    return [(l, 'nav') for l in lines]


SITE_EN = {'发展和改革': 'National Development and Reform Commission', '生态环境': 'Ministry of Ecology and Environment',
           '民政部': 'Ministry of Civil Affairs', '民政厅': 'Department of Civil Affairs', '民政局': 'Civil Affairs Bureau', '财政部': 'Ministry of Finance', '农业农村': 'Agriculture and Rural Affairs',
           '人力资源': 'Human Resources and Social Security', '统计': 'National Bureau of Statistics', '水利': 'Ministry of Water Resources',
           '教育': 'Department of Education', '住房': 'Housing and Urban-Rural Development', '卫生健康': 'Health Commission',
           '司法': 'Bureau of Justice', '工业和信息化': 'Industry and Information Technology',
           '商务': 'Department of Commerce', '审计': 'Audit Office', '交通运输': 'Transport', '应急管理': 'Emergency Management',
           '自然资源': 'Natural Resources', '市场监督': 'Market Regulation', '医疗保障': 'Healthcare Security'}


def b_search(c):
    return [(c.pick(['请输入关键字', '搜索', '站内搜索：　　　　　[搜 索]', '🔍 全站检索', '高级检索',
                     '请输入您要搜索的内容', '热词：政府工作报告 营商环境 民生实事', '搜本站 ▾  搜全省']), 'nav')
            for _ in range(c.num(1, 2))]


MENUS = {
    'ministry': [['首页', '机构概况', '新闻发布', '政务公开', '政务服务', '互动交流', '专题专栏'],
                 ['部领导', '组织机构', '政策法规', '统计数据', '公告公示', '在线服务'],
                 ['首页', '要闻动态', '政策文件', '政策解读', '办事服务', '公众参与', '数据开放']],
    'dept': [['网站首页', '机构设置', '工作动态', '通知公告', '政府信息公开', '政民互动', '专题专栏'],
             ['首 页', '本%s概况' % '{me}', '政务动态', '法规文件', '办事指南', '互动交流'],
             ['首页', '委领导', '内设处室', '直属单位', '业务工作', '党建工作', '公众参与']],
    'gov': [['首页', '走进{region}', '政务公开', '政务服务', '互动交流', '数据发布', '专题专栏'],
            ['首  页', '要闻动态', '信息公开', '网上办事', '政民互动', '魅力{region}'],
            ['首页', '{region}概况', '新闻中心', '政务公开', '政务服务', '政民互动', '营商环境', '专题专栏']],
    'news': [['首页', '时政', '国际', '财经', '社会', '评论', '视频', '图片', '专题'],
             ['要闻', '两会', '地方', '理论', '文化', '健康', '教育', '数据']],
    'party': [['首页', '学习园地', '党建动态', '组织工作', '党风廉政', '先锋模范', '理论学习'],
              ['党建要闻', '基层党建', '主题教育', '党员教育', '党史学习', '廉政之窗']],
}


def b_menu(c):
    key = {'ministry': 'ministry', 'news': 'news', 'party': 'party', 'dept': 'dept'}.get(c.style, 'gov')
    if c.style == 'ministry' and not c.org.endswith('部'):
        key = 'dept'
    region = c.org.replace('人民政府', '').replace('行政公署', '')
    items = [x.format(me=c.me[-1], region=region) for x in c.pick(MENUS[key])]
    if c.chance(0.2):
        items = [it + ' ▼' for it in items]
    out = c.items(items, 'nav')
    if c.chance(0.25) and key not in ('news', 'party'):
        out.append((c.pick(['HOME　ABOUT　NEWS　OPEN GOVERNMENT　SERVICES　INTERACTION',
                            'SHOUYE | JIGOU GAIKUANG | ZHENGWU GONGKAI | HUDONG JIAOLIU']), 'nav'))
    return out


def b_breadcrumb(c):
    trail = c.pick([['首页', '政务公开', '政策解读'], ['当前位置：首页', '新闻中心', '工作动态'],
                    ['您所在的位置：', '首页', '政府信息公开', '法定主动公开内容', '规划计划'],
                    ['首页', '专题专栏', '两会专题', '报告全文'], ['位置：网站首页', '互动交流', '在线访谈'],
                    ['首页', '历史版本', '归档信息'], ['首页', '政民互动', '征集调查', '意见征集'],
                    ['Home', 'Information', 'Reports'], ['主页', '要闻', '正文']])
    sep = c.pick([' > ', '>', ' » ', ' / ', ' → ', '＞', ' >> ', '-'])
    line = sep.join(trail)
    if c.chance(0.2):
        line = '[%s](/) %s [%s](../)' % (trail[0], sep.strip(), trail[-1])
    return [(line, 'breadcrumb')]


def b_title(c):
    t, s = c.title, c.short
    forms = ['%s_%s' % (t, c.site), '%s - %s' % (s, c.site), '【%s】' % s, '%s——%s' % (s, c.pick(['全文', '报告全文', '实录'])),
             '《%s》全文发布' % s, '<title>%s-%s</title>' % (s, c.site), '%s（全文）' % s, '标题：%s' % t,
             '图文直播 | %s' % s, '%s【打印版】' % s, '%s（存档）' % s]
    out = [(c.pick(forms), 'title_repeat')]
    if c.chance(0.2) and len(t) > 12:
        k = len(t) // 2
        out = [(t[:k], 'title_repeat'), (t[k:], 'title_repeat')]
    return out


def b_meta(c):
    views = c.num(120, 98000)
    src = c.pick([c.site, c.org, '%s办公室' % c.org, '人民日报', '新华社', '%s日报' % c.pick(['江苏', '四川', '河南', '湖北', '山东']), '本网'])
    pool = ['【发布时间】%s' % c.ds(), '[ 来源：%s ]' % src, 'Date: %s' % c.ds('%Y-%m-%d'), '编辑：%s' % c.pick(['张敏', '李强', '王芳']),
            '发布机构：%s' % c.org, '访问量：%d次' % views, '责任编辑：%s' % c.pick(['刘畅', '周宁', '何佳']),
            '发布时间：%s' % c.ds(), '来源：%s' % src, '浏览次数：%d' % views, '阅读量：%d' % views,
            '【字体：大 中 小】', '作者：%s' % c.pick(['综合处', '办公室', '政策法规处', '研究室', '本网编辑']),
            '信息来源：%s' % src, '点击数：%d' % views, '时间：%s' % c.ds(), '发文日期：%s' % c.ds('%Y-%m-%d')]
    k = c.num(2, 5)
    items = c.rng.sample(pool, k)
    return c.items([fw(x, c.rng) for x in items], 'metadata')


def b_xxgk_table(c):
    n = c.num(1000, 9999)
    rows = [('索引号', '%s/%d-%05d' % (c.pick(['11370100004', '000014349', '735271829', 'MB1A3829X']), c.date.year, n)),
            ('主题分类', c.pick(['综合政务', '国民经济管理、国有资产监管', '城乡建设、环境保护', '其他'])),
            ('发布机构', c.org), ('成文日期', c.ds('%Y-%m-%d')), ('发布日期', c.ds('%Y-%m-%d')),
            ('文号', c.pick(['无', '—', '%s〔%d〕%d号' % (c.pick(['办发', '政办', '发改规']), c.date.year, c.num(1, 60))])),
            ('有效性', c.pick(['有效', '现行有效', '—'])), ('公开方式', '主动公开')]
    rows = rows[:c.num(4, 8)]
    shape = c.num(0, 2)
    if shape == 0:
        return [('%s：%s' % r, 'metadata') for r in rows]
    if shape == 1:
        out = []
        for i in range(0, len(rows), 2):
            out.append(('\t'.join('%s\t%s' % r for r in rows[i:i + 2]), 'metadata'))
        return out
    return [('　'.join('%s: %s' % r for r in rows), 'metadata')]


def b_xxgk_nav(c):
    opts = [['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'],
            ['信息公开目录', '机构职能', '政策文件', '规划计划', '财政信息', '人事信息', '重点领域'],
            ['▶ 公开指南', '▶ 公开目录', '▶ 年度报告', '▶ 申请公开', '▶ 公开意见箱'],
            ['政务公开 >> 决策公开 | 执行公开 | 管理公开 | 服务公开 | 结果公开'],
            ['主动公开', '依申请公开', '政府信息公开年度报告（%d）' % (c.date.year - 1), '信息公开意见箱']]
    return c.items(c.pick(opts), 'xxgk_nav')


def b_interact(c):
    opts = [['我要写信', '网上调查', '在线访谈', '意见征集', '咨询投诉'],
            ['【%s信箱】' % {'委': '主任', '市': '市长', '省': '省长'}.get(c.me[-1], c.me[-1] + '长'), '【留言选登】', '【征集调查】', '【12345热线】'],
            ['政民互动', '领导信箱', '民意征集', '在线咨询', '回应关切'],
            ['有话您说：对本报告有何意见建议，欢迎留言。', '我要留言 >>'],
            ['网民留言：%d条　已回复：%d条　办结率：%d%%' % (c.num(300, 900), c.num(200, 300), c.num(90, 100))],
            ['写信须知', '我要写信', '信件查询', '信件选登', '满意度评价']]
    return c.items(c.pick(opts), 'interaction')


def b_graphic(c):
    s = c.short
    opts = [['一图读懂｜%s' % s], ['【图解】%s' % s, '（点击查看大图）'], ['图解：一分钟看懂%s' % s],
            ['长图来了！%s' % s, '↓↓↓'], ['[一图读懂]', '制图：%s' % c.pick(['办公室', '宣传处', '新媒体中心'])],
            ['动画解读｜%s' % s], ['H5｜%s 划重点' % s], ['相关解读：数说%s' % s],
            ['图表：%d个关键词读懂报告' % c.num(5, 12)], ['政策图解', '文字解读', '视频解读', '专家解读']]
    return c.items(c.pick(opts), 'infographic')


def b_jiedu_link(c):
    s = c.short
    return c.items(c.pick([['相关解读：', '【文字解读】%s' % s, '【图片解读】一图读懂%s' % s],
                           ['解读文件：%s' % c.title], ['原文链接：%s' % s, '解读链接：图解%s' % s],
                           ['相关政策', '政策原文', '政策解读', '问答']]), 'related')


def b_tabs(c):
    opts = [['专题首页', '权威发布', '报告全文', '图解报告', '媒体聚焦', '视频报道'],
            ['【最新动态】', '【报告解读】', '【代表风采】', '【会议议程】'],
            ['要闻 | 全文 | 图解 | 热评 | 回顾'], ['Tab1 大会动态', 'Tab2 报告原文', 'Tab3 网民建言'],
            ['▍会议要闻', '▍报告全文', '▍代表声音', '▍往届回顾']]
    return c.items(c.pick(opts), 'tabs')


def b_banner(c):
    y = c.date.year
    opts = ['聚焦%d全国两会' % y, '%d年地方两会专题' % y, '学习贯彻党的二十大精神专题', '奋进新征程 建功新时代',
            '专题：%s' % c.short, '【专题】高质量发展 看%s' % c.org, 'BANNER　%d两会特别报道' % y,
            '【banner图】', '专题专栏 · 政府工作报告', '《%s》专题页' % c.short]
    out = [(c.pick(opts), 'banner')]
    if c.chance(0.4):
        out.append((c.pick(['主办：%s' % c.org, '指导单位：%s' % c.org, '承办：新媒体中心']), 'banner'))
    return out


def b_archive(c):
    y = c.date.year
    opts = [['温馨提示：本页为%d年归档信息，现行政策请以最新发布为准。' % (y - 1)], ['[旧版]', '[新版]', '[返回新版首页]'],
            ['网页快照 · %s 存档' % c.ds('%Y-%m-%d')], ['历史栏目：%d年政府工作报告 | %d年 | %d年' % (y - 1, y - 2, y - 3)],
            ['该信息已归档，仅供查阅'], ['归档日期：%s　　归档类别：永久' % c.ds('%Y-%m-%d')], ['⚠ 本页面链接可能已失效'], ['此页面为历史存档页面，内容可能已过期。'], ['旧版入口', '返回新版'], ['【历史版本】', '当前版本：%s' % c.ds('%Y-%m-%d')],
            ['您访问的是网站旧版（%d版），新版已于%d年上线，点击进入新版 >>' % (y - 2, y)],
            ['本栏目已停止更新', '归档时间：%s' % c.ds('%Y-%m-%d')],
            ['网站改版中，部分栏目内容请访问旧版网站。', '[旧版网站]'],
            ['Archived page — this version is kept for reference only.'], ['历史版本：v%d.%d　v%d.%d（当前）' % (y - 2, 1, y, 3)]]
    return c.items(c.pick(opts), 'archive_note')


def b_print_bar(c):
    opts = [['[打印正文]', '[关闭本页]'], ['↩ 返回正文', '⎙ 确认打印'], ['打印设置：纵向 A4　页边距：默认'],
            ['（按 Ctrl+P 打印）'], ['本页已生成打印版本', '打 印', '关 闭'], ['【打印本页】', '【关闭窗口】'], ['[ 打 印 ]　[ 关 闭 ]'], ['打印预览', '页面设置', '打印', '返回'],
            ['🖨 打印', '✖ 关闭'], ['Print this page | Close'], ['打印此页', '另存为', '返回上一页'],
            ['打印预览　第1页 / 共%d页　缩放：100%%' % c.num(3, 9)]]
    return c.items(c.pick(opts), 'print_preview')


def b_print_header(c):
    t = c.date + datetime.timedelta(days=c.num(1, 400))
    return [(c.pick(['%s %s　%s' % (t.strftime('%Y/%-m/%-d'), c.pick(['上午9:14', '下午3:42', '14:07']), c.short),
                     '%s - %s' % (c.short, c.site),
                     'https://www.%s.gov.cn/art/%d/%d/art_%d.html　%d/%d' % (
                         c.pick(['jiangsu', 'hubei', 'nmg', 'xz', 'gd']), t.year, t.month, c.num(1000, 99999), 1, c.num(2, 8))]),
             'print_header')]


def b_font(c):
    return c.items(c.pick([['字号：', '大', '中', '小'], ['【大】【中】【小】'], ['A+', 'A', 'A-'], ['字体：默认 / 大号 / 特大'],
                           ['放大', '缩小', '还原']]), 'toolbar_fontsize', one_line=c.chance(0.7))


def b_actions(c):
    return c.items(c.pick([['打印', '收藏', '关闭'], ['【收藏】', '【打印】', '【纠错】', '【关闭】'],
                           ['复制链接', '下载PDF', '返回顶部'], ['🔖收藏', '👍点赞 %d' % c.num(3, 900), '💬评论']]), 'toolbar_actions')


def b_share(c):
    return c.items(c.pick([['分享到：', '微信', '微博', 'QQ空间'], ['分享：[微信] [微博] [复制链接]'],
                           ['转发到朋友圈', '分享给好友'], ['Share: WeChat / Weibo / Link']]), 'share')


def b_qr(c):
    return c.items(c.pick([['扫码关注%s官方微信' % c.org], ['[二维码]', '手机扫一扫'], ['用手机浏览本页 →'],
                           ['微信扫描二维码，分享到朋友圈']]), 'qr')


def b_related(c):
    out = [(c.pick(['相关链接：', '相关文章', '【相关阅读】', '延伸阅读', '相关新闻']), 'related')]
    heads = ['%s召开党组（扩大）会议' % c.org, '%s召开%d年工作会议' % (getattr(c, 'me', '我单位'), c.date.year),
             '关于征集%d年民生实事项目的公告' % c.date.year, '%s解读：十组数据看发展' % c.short[:12],
             '全省营商环境优化提升工作推进会召开', '部署深入推进政务服务标准化工作',
             '市政府常务会议研究部署近期重点工作', '一季度经济运行情况新闻发布会',
             '领导干部带头宣讲报告精神。', '代表委员热议报告：实干开新局',
             '关于%d年度法治政府建设情况的报告' % (c.date.year - 1), '%d年政府信息公开工作年度报告' % (c.date.year - 1),
             '%s部署安全生产大检查' % c.org, '十件民生实事进展情况通报（第%d期）' % c.num(2, 12),
             '权威解读｜这些数字里有你关心的民生账', '“高效办成一件事”新增%d个事项' % c.num(5, 20),
             '%s召开优化营商环境座谈会' % c.org, '关于公开征求意见的通告', '新闻发布会实录：解读%s' % c.short,
             '一图读懂%s' % c.short, '政策问答：企业如何申报技改补贴？', '今年春运客流预计增长一成以上',
             '“十四五”规划实施情况中期评估报告', '全面推进乡村振兴重点工作会议召开', '数说成就：过去一年GDP再上新台阶',
             '视频｜代表通道：聚焦民生热点', '（受权发布）%s' % c.short]
    for h in c.rng.sample(heads, c.num(2, 4)):
        out.append(((c.pick(['· ', '• ', '▪ ', '', '> ']) + h + (c.pick(['', '　' + c.ds('%Y-%m-%d'), ' [%s]' % c.ds('%m-%d')]))), 'related'))
    return out


def b_prevnext(c):
    return c.items(c.pick([['上一篇：%s召开专题会议' % c.org, '下一篇：无'], ['【上一篇】没有了', '【下一篇】%s' % c.short],
                           ['« 上一页　|　下一页 »'], ['上一条信息：关于调整部分行政事业性收费的通知', '下一条信息：无'],
                           ['← 上一条：关于公布%d年法治政府建设情况的报告' % (c.date.year - 1), '下一条：%s工作动态 →' % c.org],
                           ['Previous: none', 'Next: Annual Report on Open Government Information']]), 'prevnext', one_line=False)


ABBR = {'北京': '京', '天津': '津', '上海': '沪', '重庆': '渝', '河北': '冀', '山西': '晋', '辽宁': '辽', '吉林': '吉',
        '黑龙江': '黑', '江苏': '苏', '浙江': '浙', '安徽': '皖', '福建': '闽', '江西': '赣', '山东': '鲁', '河南': '豫',
        '湖北': '鄂', '湖南': '湘', '广东': '粤', '海南': '琼', '四川': '川', '贵州': '黔', '云南': '滇', '陕西': '陕',
        '甘肃': '甘', '青海': '青', '内蒙古': '蒙', '广西': '桂', '西藏': '藏', '宁夏': '宁', '新疆': '新'}


def abbr(c):
    for k, v in ABBR.items():
        if c.site.startswith(k):
            return v
    return c.pick(['京', '苏', '鄂', '川', '豫', '浙', '粤', '鲁'])


def b_footer(c):
    lines = [c.pick(['%s　版权所有　未经授权禁止复制或建立镜像' % c.org, '© %d %s. All Rights Reserved.' % (c.date.year, c.org),
                     'Copyright©%d %s' % (c.date.year, c.org), '主办：%s　运维：%s信息中心' % (c.org, c.org.replace('人民政府', '')),'主办单位：%s　承办：%s信息中心' % (c.org, c.org.replace('人民政府', '').replace('信息公开', '')), '版权所有：%s' % c.org, '%s 主办' % c.org]),
             c.pick(['%s ICP备%08d号-%d' % (abbr(c), c.num(10000000, 99999999), c.num(1, 3)),
                     '网站标识码：%d' % c.num(1000000000, 9999999999)]),
             c.pick(['%s公网安备 %d号' % (abbr(c), c.num(10**13, 10**14 - 1)),
                     '地址：%s路%d号　邮编：%d' % (c.pick(['人民', '中山', '解放', '建设']), c.num(1, 300), c.num(100000, 860000))]),
             c.pick(['联系我们 | 网站地图 | 隐私声明 | 使用帮助', '建议使用1920×1080分辨率，IE11以上浏览器',
                     '技术支持：%s大数据中心' % c.org.replace('人民政府', '')[:5], '党政机关', '政府网站找错'])]
    k = c.num(2, 4)
    return c.items(lines[:k], 'footer', one_line=c.chance(0.3))


def b_feedback(c):
    return c.items(c.pick([['本页内容是否对您有帮助？', '有帮助', '没帮助'], ['【我要纠错】'], ['页面评价：★★★★★　满意　不满意'],
                           ['如您发现页面错误，请点此反馈']]), 'feedback')


def b_attach(c):
    out = [(c.pick(['附件：', '相关附件：', '附件下载：', '📎 附件']), 'attachment')]
    for i in range(c.num(1, 2)):
        out.append(('%s%s.%s' % (c.pick(['1.', '', '附件%d：' % (i + 1)]), c.pick([c.short, '%s（图解版）' % c.short[:10], '名词解释']),
                                 c.pick(['pdf', 'docx', 'doc', 'wps'])), 'attachment'))
    return out


def b_disclaimer(c):
    return [(c.pick(['本网站所载内容仅供参考，以正式文件为准。', '凡本网注明“来源：%s”的作品，转载请注明出处。' % c.site,
                     '免责声明：转载作品仅为传递信息，不代表本站观点。', '如有侵权请联系删除。']), 'disclaimer')]


def b_cookie(c):
    return c.items(c.pick([['本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意。', '同意', '拒绝'],
                           ['We use cookies to improve your experience. [Accept] [Decline]']]), 'cookie')


def b_login(c):
    return c.items(c.pick([['登录', '注册'], ['统一身份认证登录', '法人登录', '个人登录'], ['您好，请 登录 | 注册']]), 'login')


def b_robot(c):
    return c.items(c.pick([['智能问答', '您好！我是政务小助手，有什么可以帮您？'], ['在线客服', '常见问题', '请输入问题……', '发送']]), 'robot')


def b_intro(c):
    return [(c.pick(['%s，%s作%s。全文如下：' % (c.ds('%-m月%-d日'), c.pick(['大会听取并审议了', '会议审议了', '会议印发了']), c.short),
                     '【编者按】近日，%s正式公布，我们全文刊发，以飨读者。' % c.short, '【核心提示】报告全文约%d万字，干货满满。' % c.num(1, 3),
                     '权威发布丨%s全文来了！' % c.short, '导语：过去一年成绩如何？今年怎么干？一起来看报告原文。','编者按：%s已经发布，现将报告全文刊发如下，供学习参考。' % c.short, '以下为全文：', '全文如下：',
                     '【导读】本文共计约%d字，阅读约需%d分钟。' % (c.num(3, 30) * 1000, c.num(8, 40)),
                     '摘要：报告回顾了过去一年的工作，部署了今年重点任务。', '（全文转载，供各单位学习参阅）']), 'intro')]


def b_caption(c):
    who = c.pick(['王磊', '刘洋', '陈静', '赵一鸣', '孙丽华', '周小川', '李响', '马骁'])
    out = [(c.pick(['图为会议现场。', '▲ 大会现场（%s 摄）' % who, '资料图', '图片来源：%s' % c.site, '（图：新华社）', '点击图片查看大图',
                    '△ %s，%s开幕。记者 %s 摄' % (c.ds('%-m月%-d日'), c.pick(['大会', '人代会', '全体会议']), who),
                    '图片说明：代表们认真审议政府工作报告。', '[图片]', '【图】主席台', '（%s 供图）' % c.org,
                    '摄影：%s' % who, '↑ 会场外景', '▼ 左右滑动查看更多图片', '图①：分组审议现场；图②：代表发言',
                    '本网记者 %s/摄' % who, 'IMG_%04d.JPG' % c.num(1000, 9999)]), 'caption')]
    return out


def b_expand(c):
    return [(c.pick(['展开全文 ∨', '点击展开剩余%d%%' % c.num(40, 90), '— 展开阅读全文 —', '查看全部 ▾', '继续阅读 >>',
                     '↓ 下拉加载更多 ↓']), 'toolbar_actions')]


def b_backtop(c):
    return [(c.pick(['返回顶部', '↑ TOP', '回到顶部 ▲', '[返回顶部]', 'TOP']), 'toolbar_actions')]


def b_video(c):
    return c.items(c.pick([['▶ 00:00 / %02d:%02d' % (c.num(1, 15), c.num(0, 59))], ['视频加载中，请稍候……'],
                           ['[视频] %s' % c.short[:14], '播放　暂停　全屏'], ['您的浏览器不支持播放此视频。']]), 'video')


def b_audio(c):
    return c.items(c.pick([['🔊 语音播报', '播放', '停止'], ['听全文 %02d:%02d' % (c.num(3, 40), c.num(0, 59))], ['[朗读本文]']]), 'audio')


def b_html(c):
    return [(c.pick(['<div class="TRS_Editor">', '</div>', '&nbsp;&nbsp;', '<!--正文开始-->', '<br/>', '<!-- 正文结束 -->',
                     '<p style="text-align: center;">', '{$content}', '</td></tr></table>']), 'html_residue')]


def b_mojibake(c):
    return [(c.pick(['鏂囩珷鏉ユ簮锛氭湰缃�', '锟斤拷锟斤拷锟斤拷', 'Ã¦Â\x94Â¿Ã¥ÂºÂ\x9c'.replace('\x94', '').replace('\x9c', ''), '�?�?版权',
                     '娴忚娆℃暟锛�%d' % c.num(10, 999)]), 'mojibake')]


def b_pagination(c):
    n = c.num(2, 6)
    return [(c.pick(['第1页 共%d页' % n, '1 2 3 … %d 下一页' % n, '[1] [2] [3] 下一页', '上一页 1 2 %d 尾页' % n, '共%d页　当前第1页' % n]), 'pagination')]


def b_comments(c):
    out = [(c.pick(['网友评论', '留言区', '全部评论（%d）' % c.num(1, 80)]), 'comments')]
    for _ in range(c.num(1, 3)):
        out.append((c.pick(['%s网友：报告实在，点赞！' % c.pick(['江苏', '湖北', '北京', '内蒙古', '广东', '四川']),
                            '匿名用户 %s：期待民生实事落地。' % c.ds('%m-%d'), '回复　赞(%d)' % c.num(0, 99),
                            '我想问一下老旧小区改造怎么报名？', '留言人：张** 　留言时间：%s' % c.ds('%Y-%m-%d'),
                            '答复单位：%s　答复时间：%s' % (c.org, c.ds('%Y-%m-%d')), '网友“清风徐来”：学习了，干货满满',
                            '热心市民 %s：希望公交线路能再多几条' % c.ds('%H:%M'), 'IP属地：%s' % c.pick(['江苏', '山东', '河南']),
                            '[该评论已被折叠]', '查看更多回复 >', '%d人赞过' % c.num(2, 300), '发表评论　请文明上网、理性发言']), 'comments'))
    return out


def b_follow(c):
    return [(c.pick(['关注“%s”微信公众号，获取更多权威信息' % c.org, '点击上方蓝字关注我们', '长按识别二维码关注']), 'follow')]


def b_tags(c):
    return [(c.pick(['标签：政府工作报告　民生　高质量发展', '关键词：%s' % c.short[:10], '#两会# #政府工作报告#']), 'tags')]


def b_app(c):
    return c.items(c.pick([['打开客户端，阅读体验更佳', '立即打开'], ['下载APP，看更多权威解读 ×'], ['APP内打开']]), 'app_banner')


def b_ads(c):
    return [(c.pick(['广告', '【推广】公务员考试辅导 限时优惠', '赞助商链接', 'AD：政企云服务 一站式上云']), 'ads')]


def b_link(c):
    return [(c.pick(['原文链接：https://www.%s.gov.cn/zwgk/%d/%d.html' % (c.pick(['hn', 'sc', 'gz', 'ln']), c.date.year, c.num(10000, 99999)),
                     '本文地址：%s' % c.site, '阅读原文', '转载请注明出处']), 'link')]


def b_login_small(c):
    return b_login(c)


def b_toc(c):
    heads = [h for h in c.doc_heads if h not in c.content][:8]
    if len(heads) < 2:
        heads = c.doc_heads[:6]
    out = [(c.pick(['目录', '目　录', '【本文目录】', '文章导航', '快速导航：']), 'toc')]
    if c.chance(0.3):
        return out + [(c.pick(['　', ' | ', ' ']).join(heads), 'toc')]
    for h in heads:
        out.append((c.pick(['', '· ', '  ', '▸ ']) + h + c.pick(['', '', ' ……… %d' % c.num(1, 30)]), 'toc'))
    return out


def b_paywall(c):
    return [(c.pick(['登录后查看全文', '会员专享 · 剩余内容需开通', '试读结束，继续阅读请登录']), 'paywall')]


# ----------------------------------------------------------------------------------------------------
STYLES = {
    'ministry': ([b_topbar, b_lang, b_sitename, b_search, b_menu, b_breadcrumb, b_title, b_meta, b_font],
                 [b_caption, b_video, b_html],
                 [b_attach, b_actions, b_share, b_related, b_prevnext, b_qr, b_footer]),
    'dept': ([b_care, b_access, b_sitename, b_menu, b_breadcrumb, b_title, b_meta, b_audio],
             [b_caption, b_html, b_mojibake],
             [b_feedback, b_actions, b_prevnext, b_related, b_footer]),
    'jiedu': ([b_sitename, b_menu, b_breadcrumb, b_graphic, b_title, b_meta, b_jiedu_link, b_toc],
              [b_graphic, b_caption, b_video],
              [b_graphic, b_jiedu_link, b_share, b_related, b_footer]),
    'xxgk': ([b_sitename, b_xxgk_nav, b_breadcrumb, b_xxgk_table, b_title, b_font],
             [b_html, b_pagination],
             [b_attach, b_xxgk_nav, b_actions, b_footer]),
    'hudong': ([b_login, b_sitename, b_menu, b_interact, b_breadcrumb, b_title, b_meta],
               [b_interact, b_caption],
               [b_interact, b_comments, b_feedback, b_robot, b_footer]),
    'care': ([b_care, b_access, b_cookie, b_sitename, b_menu, b_title, b_meta, b_audio],
             [b_audio, b_caption, b_backtop],
             [b_care, b_actions, b_feedback, b_footer]),
    'bilingual': ([b_lang, b_sitename, b_menu, b_breadcrumb, b_title, b_meta],
                  [b_lang, b_caption, b_backtop],
                  [b_lang, b_share, b_related, b_footer]),
    'print': ([b_print_header, b_print_bar, b_title, b_meta],
              [b_print_header, b_pagination],
              [b_print_bar, b_print_header, b_link, b_footer]),
    'archive': ([b_archive, b_sitename, b_menu, b_breadcrumb, b_title, b_meta],
                [b_archive, b_mojibake, b_html],
                [b_archive, b_prevnext, b_disclaimer, b_footer]),
    'topic': ([b_banner, b_tabs, b_breadcrumb, b_title, b_intro, b_meta, b_toc],
              [b_tabs, b_caption, b_video, b_banner],
              [b_tabs, b_related, b_banner, b_share, b_footer]),
    'news': ([b_app, b_login, b_menu, b_title, b_meta, b_share, b_intro],
             [b_caption, b_ads, b_app, b_video, b_expand],
             [b_paywall, b_tags, b_comments, b_related, b_disclaimer, b_footer]),
    'party': ([b_sitename, b_menu, b_breadcrumb, b_title, b_meta, b_intro, b_toc],
              [b_caption, b_audio, b_follow, b_expand],
              [b_follow, b_link, b_tags, b_qr, b_footer]),
}
PORTALS = ('ministry', 'dept', 'jiedu', 'xxgk', 'hudong', 'care', 'bilingual', 'archive')
EXTRAS = [(b_care, 'head', 0.25), (b_access, 'head', 0.2), (b_lang, 'head', 0.2), (b_xxgk_nav, 'head', 0.2),
          (b_archive, 'head', 0.1), (b_interact, 'tail', 0.3), (b_graphic, 'tail', 0.15), (b_robot, 'tail', 0.12),
          (b_cookie, 'head', 0.1)]
STYLE_COUNTS = {'ministry': 8, 'dept': 9, 'jiedu': 8, 'xxgk': 7, 'hudong': 6, 'care': 7, 'bilingual': 6, 'print': 6,
                'archive': 6, 'topic': 7, 'news': 7, 'party': 6, 'pdf': 17}


SITES = {
    'ministry': ['中华人民共和国国家发展和改革委员会', '中华人民共和国生态环境部', '中华人民共和国民政部', '中华人民共和国财政部',
                 '中华人民共和国农业农村部', '中华人民共和国人力资源和社会保障部', '国家统计局', '中华人民共和国水利部'],
    'dept': ['江苏省发展和改革委员会', '湖北省教育厅', '四川省民政厅', '山东省生态环境厅', '河南省住房和城乡建设厅', '广州市工业和信息化局',
             '成都市农业农村局', '浙江省卫生健康委员会', '青岛市司法局', '云南省人力资源和社会保障厅'],
    'jiedu': ['%s人民政府' % x for x in ['湖南省', '江西省', '贵州省', '温州市', '洛阳市', '柳州市', '银川市', '济南市']],
    'xxgk': ['%s政府信息公开' % x for x in ['安徽省', '福建省', '苏州市', '襄阳市', '绵阳市', '大连市', '呼和浩特市']],
    'hudong': ['%s人民政府' % x for x in ['陕西省', '黑龙江省', '佛山市', '泉州市', '昆明市', '南宁市']],
    'care': ['%s人民政府（关怀版）' % x for x in ['北京市', '上海市', '重庆市', '合肥市', '长沙市', '太原市', '兰州市']],
    'bilingual': ['新疆维吾尔自治区人民政府', '西藏自治区人民政府', '内蒙古自治区人民政府', '延边朝鲜族自治州人民政府',
                  '海南省人民政府', '深圳市人民政府'],
    'print': ['%s人民政府' % x for x in ['河北省', '吉林省', '宁波市', '徐州市', '常德市', '遵义市']],
    'archive': ['%s人民政府（旧版）' % x for x in ['辽宁省', '广西壮族自治区', '无锡市', '宜昌市', '赣州市', '三亚市']],
    'topic': ['%s两会专题' % x for x in ['新华网', '人民网', '央视网', '中国网', '大众网', '荆楚网', '红网']],
    'news': ['澎湃新闻', '新京报', '南方日报网', '光明网', '中国青年网', '北青网', '齐鲁晚报网'],
    'party': ['共产党员网', '中国共产党新闻网', '党建网', '学习强国', '紫金山党建', '三秦党建'],
    'pdf': ['WPS文档', 'PDF阅读器', '附件预览', 'Word文档', '在线预览', '文档下载'],
}


# ----------------------------------------------------------------------------------------------------
CITY_DEPTS = ['发展和改革委员会', '教育局', '民政局', '生态环境局', '住房和城乡建设局', '工业和信息化局', '农业农村局',
              '卫生健康委员会', '司法局', '人力资源和社会保障局', '财政局', '统计局', '商务局', '审计局', '交通运输局',
              '文化广电旅游局', '应急管理局', '市场监督管理局', '医疗保障局', '退役军人事务局']
PROV_DEPTS = ['发展和改革委员会', '教育厅', '民政厅', '生态环境厅', '住房和城乡建设厅', '工业和信息化厅', '农业农村厅',
              '卫生健康委员会', '司法厅', '人力资源和社会保障厅', '财政厅', '统计局', '商务厅', '审计厅', '交通运输厅',
              '文化和旅游厅', '应急管理厅', '市场监督管理局', '自然资源厅', '水利厅']
PROVINCES = ['河北省', '山西省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省',
             '广东省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '辽宁省', '吉林省', '黑龙江省']


def region_of(src):
    folder = src.split('/')[0]
    if folder in ('city_gwr_2024', 'provincial_gwr_2025'):
        return org_of(src).replace('人民政府', '').replace('行政公署', '')
    return None


def site_for(rng, style, src):
    region = region_of(src)
    if style in ('ministry', 'dept'):
        if region is None and style == 'ministry':
            return rng.choice(SITES['ministry'])
        region = region or rng.choice(PROVINCES)
        return region + rng.choice(PROV_DEPTS if src.startswith('provincial') or region in PROVINCES
                                   else CITY_DEPTS)
    if style in ('topic', 'news', 'party', 'pdf'):
        return rng.choice(SITES[style])
    region = region or rng.choice(PROVINCES)
    return region + {'jiedu': '人民政府', 'xxgk': rng.choice(['人民政府信息公开', '政府信息公开平台', '人民政府']),
                     'hudong': '人民政府', 'care': '人民政府（关怀版）', 'bilingual': '人民政府', 'print': '人民政府',
                     'archive': '人民政府（旧版）'}[style]


def org_of(src):
    folder, name = src.split('/')
    base = name[:-4]
    if folder == 'city_gwr_2024':
        city = base.split('_')[1]
        special = {'恩施': '恩施土家族苗族自治州', '凉山': '凉山彝族自治州', '甘孜': '甘孜藏族自治州', '阿坝': '阿坝藏族羌族自治州',
                   '黔东南': '黔东南苗族侗族自治州', '黔南': '黔南布依族苗族自治州', '黔西南': '黔西南布依族苗族自治州',
                   '锡林郭勒': '锡林郭勒盟', '北京': '北京市', '上海': '上海市', '天津': '天津市', '重庆': '重庆市'}
        return special.get(city, city + '市') + ('行政公署' if city == '锡林郭勒' else '人民政府')
    if folder == 'provincial_gwr_2025':
        return base.split('_')[1] + '人民政府'
    if folder == 'state_council_2004_2019':
        return '国务院办公厅' if '国办' in base else '国务院'
    if folder == 'national_gwr_wikisource':
        return '国务院'
    return '中国共产党全国代表大会'


def short_org(site):
    site = site.replace('中华人民共和国', '').replace('（关怀版）', '').replace('（旧版）', '')
    return site.replace('两会专题', '').replace('人民政府信息公开', '人民政府').replace('政府信息公开平台', '人民政府')


def title_of(src):
    folder, name = src.split('/')
    base = name[:-4]
    if folder == 'city_gwr_2024':
        city = base.split('_')[1]
        return '2024年%s政府工作报告' % city, '%s政府工作报告' % city
    if folder == 'provincial_gwr_2025':
        prov = base.split('_')[1]
        return '2025年%s政府工作报告' % prov, '%s政府工作报告' % prov
    if folder == 'national_gwr_wikisource':
        return '%s年政府工作报告' % base[:4], '%s年国务院政府工作报告' % base[:4]
    if folder == 'cpc_congress_wikisource':
        t = base.split('_', 2)[2].replace('_', ' ')
        return t, t[:16]
    parts = base.split('_', 2)
    t = parts[2] if len(parts) > 2 else base
    return t, t[:18]


def pick_run(rng, paras, used, style):
    n = len(paras)
    bad = [is_bad(p) for p in paras]
    maxlen = 16 if style == 'pdf' else 40
    minlen = 6 if style == 'pdf' else 8

    def free(s, e, allow_overlap):
        if any(bad[s:e + 1]):
            return False
        if sum(1 for p in paras[s:e + 1] if len(p) <= 6) > 0.3 * (e - s + 1):
            return False  # mostly table cells or list fragments: not a run of report paragraphs
        if not allow_overlap and any(not (e < a or s > b) for a, b in used):
            return False
        return True
    r = rng.random()
    ln = rng.randint(minlen, maxlen)
    # heads and tails: earlier sets took most of them; a free one first, an overlapping one only sometimes
    for allow in ((False, True) if rng.random() < 0.6 else (False,)):
        cap = min(ln, n, rng.randint(5, 10)) if allow else min(ln, n)
        if r < 0.3:
            for ln2 in range(cap, 4, -1):
                if free(0, ln2 - 1, allow):
                    return (0, ln2 - 1), allow
        elif r < 0.55:
            for ln2 in range(cap, 4, -1):
                if free(n - ln2, n - 1, allow):
                    return (n - ln2, n - 1), allow
    for allow in (False, True):
        cands = []
        for s in range(n):
            for l2 in (ln, max(minlen, ln // 2), 5):
                e = s + l2 - 1
                if e < n and free(s, e, allow):
                    cands.append((s, e))
                    break
        if cands:
            best = max(e - s for s, e in cands)
            cands = [x for x in cands if x[1] - x[0] >= min(best, ln - 1) or x[1] - x[0] == best]
            return rng.choice(cands), allow
    return None, None


def longest_free(paras, used):
    best = cur = 0
    for i, p in enumerate(paras):
        if is_bad(p) or any(a <= i <= b for a, b in used):
            cur = 0
        else:
            cur += 1
            best = max(best, cur)
    return best


def overlap_count(s, e, used):
    return sum(1 for i in range(s, e + 1) if any(a <= i <= b for a, b in used))


def wrap_para(p, width, first_indent):
    """Cut a paragraph into pieces of `width` characters (the first shorter by the indent); no cut next to whitespace."""
    pieces, i, first = [], 0, True
    while i < len(p):
        w = width - (len(first_indent) if first else 0)
        j = min(len(p), i + max(4, w))
        while 0 < j < len(p) and (p[j].isspace() or p[j - 1].isspace() or p[j] in '。，、；：！？）》”’'):
            j += 1  # no cut next to whitespace; closing punctuation hangs on the line before
        pieces.append(p[i:j])
        i, first = j, False
    return pieces


def build_page(rng, style, src, paras, s, e, site, date):
    title, short = title_of(src)
    org = short_org(site) if style != 'pdf' else org_of(src)
    c = Ctx(rng, src, title, short, site, date, org, style)
    content = set(paras[s:e + 1])
    c.content = content
    c.me = '我' + ('委' if org.endswith('委员会') else '省' if org.endswith('省人民政府') else '市' if org.endswith('人民政府') else org[-1])
    c.doc_heads = [p for p in paras if re.match(r'^[一二三四五六七八九十]+、', p) and len(p) <= 40 and '。' not in p]
    lines, variants = [], []

    def add(block, where=None):
        for t, k in block(c):
            if t.strip() and t.strip() not in content:
                lines.append((t, 'chrome', k, ''))
        variants.append(block.__name__[2:])

    def blank():
        lines.append(('', 'blank', 'blank', ''))

    indent = rng.choice(['', '', '　　', '  ', '\t', '    '])
    blanks = rng.choice([0, 1, 1, 2])
    if style == 'pdf':
        return build_pdf(c, paras, s, e, indent)
    head, mid, tail = STYLES[style]
    if style in PORTALS:
        # portal pages share widgets across styles: a few extra blocks, each with its own chance
        head, tail = list(head), list(tail)
        for blk, where, prob in EXTRAS:
            if blk not in head and blk not in tail and rng.random() < prob:
                if where == 'head':
                    head.insert(rng.randint(0, min(2, len(head))), blk)
                else:
                    tail.insert(rng.randint(0, len(tail) - 1), blk)
    # head: keep order, drop some optional blocks
    forced = STYLES[style][0][:2]
    for b in head:
        if b in forced or rng.random() < 0.8:
            add(b)
            if rng.random() < 0.35:
                blank()
    variants.append('|content')
    if blanks:
        blank()
    mid_rate = rng.choice([0.05, 0.12, 0.2, 0.3])
    for i in range(s, e + 1):
        p = paras[i]
        lines.append((indent + p, 'content', content_kind(p, i, paras), str(i)))
        for _ in range(blanks):
            blank()
        if i < e and rng.random() < mid_rate:
            add(rng.choice(mid))
            for _ in range(blanks):
                blank()
    variants.append('indent=%r,blank=%d' % (indent, blanks))
    variants.append('content|')
    for i, b in enumerate(tail):
        if i == len(tail) - 1 or rng.random() < 0.8:
            add(b)
            if rng.random() < 0.3:
                blank()
    while lines and lines[-1][1] == 'blank':
        lines.pop()
    return lines, variants


def build_pdf(c, paras, s, e, indent):
    rng = c.rng
    width = rng.randint(20, 44)
    per_page = rng.randint(8, 18)
    total = rng.randint(3, 15)
    pno = rng.randint(1, max(1, total - 2))
    content = set(paras[s:e + 1])
    org = c.pick([c.org, c.org + '办公室', c.short, c.title])
    pn_form = rng.choice(['- %d -', '— %d —', '第%d页', '第 %d 页 共 %d 页', '%d/%d', '%d', '·%d·', '－%d－', 'Page %d of %d'])
    header = rng.choice([c.short, org, '%s（%s）' % (c.short, c.pick(['送审稿', '公开版', '全文'])), ''])
    lines, variants = [], ['pdf_w%d' % width]

    def ch(t, k):
        if t.strip() and t.strip() not in content:
            lines.append((t, 'chrome', k, ''))

    def pagebreak(last=False):
        nonlocal pno
        form = pn_form % ((pno, total) if pn_form.count('%d') == 2 else (pno,))
        ch(form, 'pagination')
        if rng.random() < 0.4:
            ch(rng.choice(['%s印发' % org, '内部资料 注意保存', '本文件仅供参考', '%s 制' % org]), 'footer')
        lines.append(('', 'blank', 'blank', ''))
        pno += 1
        if header and not last:
            ch(header, 'running_header')
    viewer = rng.random() < 0.5
    if viewer:
        ch(rng.choice(['%s.pdf' % c.short, '%s.docx' % c.title, '%s(定稿).doc' % c.short]), 'title_repeat')
        ch(rng.choice(['%d / %d　－　100%%　＋　⤓ 下载　🖨 打印' % (pno, total), '页码 %d/%d  适合宽度  旋转  下载' % (pno, total),
                       '上一页 下一页 %d/%d 缩放 125%%' % (pno, total)]), 'toolbar_actions')
        variants.append('viewer')
    if header:
        ch(header, 'running_header')
    variants.append('|content')
    count = 0
    for i in range(s, e + 1):
        p = paras[i]
        ind = indent if rng.random() < 0.8 else ''
        pieces = wrap_para(p, width, ind) if len(p) > width else [p]
        for j, piece in enumerate(pieces):
            if count >= per_page:
                pagebreak()
                variants.append('pagebreak_inpara' if 0 < j else 'pagebreak')
                count = 0
            lines.append(((ind if j == 0 else '') + piece, 'content', content_kind(p, i, paras), str(i)))
            count += 1
    variants.append('indent=%r' % indent)
    variants.append('content|')
    pagebreak(last=True)
    if rng.random() < 0.5:
        ch(rng.choice(['抄送：%s各部门。' % org, '%s　%s印发' % (org, c.ds('%Y年%-m月%-d日')), '（共印%d份）' % rng.randint(20, 300)]), 'footer')
    while lines and lines[-1][1] == 'blank':
        lines.pop()
    return lines, variants


def main():
    corpus = corpus_dir()
    rng = random.Random(SEED)
    used = earlier_ranges()
    files = []
    for folder in ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
                   'cpc_congress_wikisource'):
        for p in sorted(glob.glob(os.path.join(corpus, folder, '*.txt'))):
            rel = os.path.relpath(p, corpus)
            if any(k in rel for k in SKIP):
                continue
            files.append(rel)
    want = {'city_gwr_2024': 50, 'provincial_gwr_2025': 14, 'state_council_2004_2019': 18,
            'national_gwr_wikisource': 12, 'cpc_congress_wikisource': 8}
    chosen = []
    for folder, k in want.items():
        fs = [f for f in files if f.startswith(folder + '/')]
        rng.shuffle(fs)
        # prefer documents with the longest stretch of usable paragraphs no earlier set used
        fs.sort(key=lambda f: -min(24, longest_free(paragraphs(os.path.join(corpus, f)), used.get(f, []))))
        chosen += fs[:k + 6]
    styles = [st for st, k in STYLE_COUNTS.items() for _ in range(k)]
    rng.shuffle(styles)
    for sub in ('pages', 'gold'):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
        for f in glob.glob(os.path.join(HERE, sub, '*')):
            os.remove(f)
    per_folder = collections.Counter()
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    overl = 0
    doc = 0
    for src in chosen:
        folder = src.split('/')[0]
        if per_folder[folder] >= want[folder] or doc >= len(styles):
            continue
        style = styles[doc]
        paras = paragraphs(os.path.join(corpus, src))
        (rs, allow) = pick_run(rng, paras, used.get(src, []), style)
        if rs is None:
            continue
        s, e = rs
        per_folder[folder] += 1
        doc += 1
        overl += overlap_count(s, e, used.get(src, []))
        site = site_for(rng, style, src)
        m = re.match(r'(\d{4})_', src.split('/')[1])
        year = int(m.group(1)) if m else 0
        base = datetime.date(max(year, 2019) if year >= 2019 else rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        date = datetime.datetime(base.year, base.month, base.day, rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59))
        lines, variants = build_page(rng, style, src, paras, s, e, site, date)
        name = '%03d' % doc
        with open(os.path.join(HERE, 'pages', name + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in lines))
        with open(os.path.join(HERE, 'gold', name + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, k, p) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, k, p))
        index.append('\t'.join([name, style, src, str(s), str(e), str(len(lines)), ';'.join(variants), site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages %d, per folder %s, paragraphs inside earlier ranges %d' % (doc, dict(per_folder), overl))


if __name__ == '__main__':
    main()
