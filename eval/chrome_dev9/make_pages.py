#!/usr/bin/env python3
"""Generator of the chrome DEVELOPMENT set 9 (eval/chrome_dev9; stdlib only, seed 20261409).

Owns the whole set: it picks one contiguous run of 5-40 real paragraphs per source document of the
shared corpus (preferring documents and paragraph ranges the earlier sets' index.tsv do not use),
wraps it in page chrome written for this set by helper chromedev9, and writes pages/NNN.txt,
gold/NNN.tsv and index.tsv. Every chrome string below was written fresh for this set.

  python make_pages.py [--corpus DIR]
"""
from __future__ import annotations

import collections
import datetime
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261409
N_PAGES = 102
FOLDERS = (('city_gwr_2024', 52), ('provincial_gwr_2025', 16), ('state_council_2004_2019', 12),
           ('national_gwr_wikisource', 14), ('cpc_congress_wikisource', 8))
SKIP = ('廣州共產黨', '第3次全国代表大会', '1954_', '2024_枣庄', '2024_承德', '2024_泸州', '2024_潍坊', '国家教材委员会组成人员', '_摘要')
STYLES = ('renda', 'zhengxie', 'jiwei', 'partyschool', 'campus', 'djportal', 'newsportal', 'zwfw', 'wechat',
          'weibo', 'shortvideo', 'qa', 'docshare')


def find_corpus() -> str:
    if '--corpus' in sys.argv:
        return sys.argv[sys.argv.index('--corpus') + 1]
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: pass --corpus DIR or set TEXTLAB_CORPUS')


# ----------------------------------------------------------------------------- corpus and runs

BAD = re.compile(r'ICP|备案|版权所有|主办单位|网站标识码|公网安备|技术支持|来源：|来源:|本文有删减|^注[：:]|^附件|↑|\[\d+\]|［\d+］|'
                 r'名词解释|http|www\.|责任编辑|^-{2,}|^—{2,}|编辑：|^\*|^\(|^\[')


def bad_para(p: str) -> bool:
    if BAD.search(p):
        return True
    if len(re.findall(r'[\u4e00-\u9fff]', p)) < 2:
        return True
    return False


def paragraphs(corpus: str, src: str) -> list:
    with open(os.path.join(corpus, src), encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def earlier_ranges() -> dict:
    used = collections.defaultdict(set)
    for p in sorted(glob.glob(os.path.join(HERE, '..', 'chrome_*', 'index.tsv'))):
        if os.path.basename(os.path.dirname(p)) == 'chrome_dev9':
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            used[r[si]].update(range(int(r[a]), int(r[b]) + 1))
    return used


def choose_run(rng, paras, used, want=None):
    """A (start, end) run of 5-40 good paragraphs, free of earlier ranges if possible; None if none fits.

    ``want`` 'head' or 'tail' asks for a run at the document's head or tail even where an earlier set
    used those paragraphs (a development set may overlap; the overlap is counted in the README)."""
    n = len(paras)
    good = [not bad_para(p) for p in paras]
    if want == 'head':
        e = 0
        while e < n and good[e] and e < 39:
            e += 1
        if e >= 5:
            return (0, min(e - 1, rng.randint(5, 16) - 1))
    if want == 'tail':
        s = n - 1
        while s >= 0 and good[s] and n - s < 40:
            s -= 1
        if n - 1 - s >= 5:
            return (max(s + 1, n - rng.randint(5, 14)), n - 1)
    # (state council signature lines '（此件公开发布）' are kept out by BAD; the run may end before them)
    best = []
    for free_only in (True, False):
        cands = []
        for s in range(n):
            for e in range(s + 4, min(n, s + 40)):
                if not all(good[s:e + 1]):
                    break
                if free_only and any(i in used for i in range(s, e + 1)):
                    break
                cands.append((s, e))
        if cands:
            best = cands
            break
    if not best:
        return None
    # prefer head or tail runs now and then, lengths 6-24 mostly
    heads = [c for c in best if c[0] <= 1]
    tails = [c for c in best if c[1] >= n - 2]
    r = rng.random()
    pool = heads if (r < 0.3 and heads) else tails if (r < 0.55 and tails) else best
    short = [c for c in pool if 6 <= c[1] - c[0] + 1 <= 22] or pool
    return rng.choice(short)


def content_kind(p: str, i: int, paras: list) -> str:
    n = len(paras)
    if p in ('各位代表：', '同志们：') or (p.endswith('：') and len(p) <= 40 and (
            p.startswith('各') or re.search('国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', p))):
        return 'greeting'
    if re.fullmatch(r'[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[〇一二三四五六七八九零○十]{4}年[〇一二三四五六七八九十]{1,3}月[〇一二三四五六七八九十]{1,3}日', p):
        return 'signature'
    if i + 1 < n and re.fullmatch(r'[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[〇一二三四五六七八九零○十]{4}年.{1,3}月.{1,3}日', paras[i + 1]) and len(p) <= 30:
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p[-1] in '。；！？':
        return 'heading'
    return 'content'


# ----------------------------------------------------------------------------- small helpers

SUR = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIV = '建国志强海燕晓明丽华文静伟春梅红军立新宏宇子涵思远雨欣佳怡浩然俊杰晨曦嘉敏瑞雪一鸣若兰鹏飞秀英桂芳玉兰振华国庆'
WD = '一二三四五六日'
PROV = ['湖南', '湖北', '江西', '安徽', '河南', '河北', '山西', '陕西', '甘肃', '四川', '贵州', '云南', '广西', '广东', '福建',
        '浙江', '江苏', '山东', '辽宁', '吉林', '黑龙江', '内蒙古', '宁夏', '青海', '新疆', '海南', '重庆', '天津']


class Ctx:
    """What one page's chrome may talk about: place, title, dates, names, the page's random source."""

    def __init__(self, rng, src, paras, s, e):
        self.rng = rng
        self.src = src
        self.paras = paras
        self.s, self.e = s, e
        base = os.path.basename(src)[:-4]
        folder = src.split('/')[0]
        parts = base.split('_')
        if folder == 'city_gwr_2024':
            name = parts[1]
            self.place = name + '市'
            self.short = name
            self.title = '2024年%s政府工作报告' % self.place
            self.year = 2024
        elif folder == 'provincial_gwr_2025':
            self.place = parts[1]
            self.short = parts[1].replace('省', '').replace('市', '').replace('自治区', '').replace('壮族', '').replace('回族', '').replace('维吾尔', '')
            self.title = '2025年%s政府工作报告' % self.place
            self.year = 2025
        elif folder == 'national_gwr_wikisource':
            self.place = rng.choice(PROV) + '省'
            self.short = self.place[:-1]
            self.year = int(parts[0])
            self.title = '%d年国务院政府工作报告' % self.year
        elif folder == 'cpc_congress_wikisource':
            self.place = rng.choice(PROV) + '省'
            self.short = self.place[:-1]
            self.year = 2021
            self.title = parts[-1].replace('_', '　')
        else:
            self.place = rng.choice(PROV) + '省'
            self.short = self.place[:-1]
            self.year = int(parts[0]) if int(parts[0]) >= 2018 else rng.choice([2019, 2020, 2021])
            self.title = parts[-1]
            self.docno = parts[1].replace('[', '〔').replace(']', '〕')
        self.folder = folder
        if self.place.endswith('自治区'):
            self.committee = self.short + '区委'
        elif self.place.endswith('省'):
            self.committee = self.short + '省委'
        else:
            self.committee = self.short + '市委'
        y = max(self.year, 2018) if folder != 'city_gwr_2024' and folder != 'provincial_gwr_2025' else self.year
        if folder in ('national_gwr_wikisource', 'cpc_congress_wikisource'):
            y = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
        self.date = datetime.datetime(y, rng.choice([1, 1, 2, 2, 3]), rng.randint(1, 28), rng.randint(7, 22),
                                      rng.randint(0, 59), rng.randint(0, 59))

    def name(self):
        return self.rng.choice(SUR) + ''.join(self.rng.sample(GIV, self.rng.choice([1, 2])))

    def d(self, fmt=None):
        t = self.date
        f = fmt or self.rng.choice(['%Y-%m-%d %H:%M', '%Y-%m-%d', '%Y年%m月%d日', '%Y/%m/%d %H:%M:%S',
                                    '%Y-%m-%d %H:%M:%S', '%Y.%m.%d', '%m-%d %H:%M'])
        out = t.strftime(f)
        if '{M}' in out or '{D}' in out:
            out = out.replace('{M}', str(t.month)).replace('{D}', str(t.day))
        return out

    def cn_date(self):
        t = self.date
        return '%d年%d月%d日' % (t.year, t.month, t.day)

    def weekday(self):
        return '星期' + WD[self.date.weekday()]

    def num(self, a, b):
        return self.rng.randint(a, b)

    def big(self):
        n = self.rng.randint(120, 480000)
        if n > 10000 and self.rng.random() < 0.6:
            return '%.1f万' % (n / 10000.0) if self.rng.random() < 0.5 else '%.1fw' % (n / 10000.0)
        return str(n)

    def pick(self, seq, k=None):
        if k is None:
            return self.rng.choice(seq)
        return self.rng.sample(seq, min(k, len(seq)))

    def headings(self):
        """The run's own top-level headings (一、… / （一）…), for tables of contents."""
        hs = [p for p in self.paras if re.match(r'^[一二三四五六七八九十]+、', p) and len(p) <= 40]
        return hs

    def sep(self):
        return self.pick(['　', '  ', ' | ', '｜', ' ', '  ·  ', ' / ', '\t'])


def J(ctx, items):
    """Items on one line, or one per line (returns a list of strings)."""
    r = ctx.rng.random()
    if r < 0.45:
        return [ctx.sep().join(items)]
    if r < 0.75:
        return list(items)
    k = ctx.rng.randint(1, len(items) - 1) if len(items) > 1 else 1
    return [ctx.sep().join(items[:k]), ctx.sep().join(items[k:])] if items[k:] else [ctx.sep().join(items)]


# ----------------------------------------------------------------------------- chrome blocks
# every block returns a list of (text, kind) lines

def b_nav(ctx, menu, english=None):
    items = ctx.pick([menu], None)
    k = ctx.rng.randint(max(3, len(items) - 3), len(items))
    lines = [(t, 'nav') for t in J(ctx, items[:k])]
    if english and ctx.rng.random() < 0.5:
        lines.append((ctx.sep().join(english[:k]), 'nav'))
    return lines


MENUS = {
    'renda': ['首页', '人大概况', '常委会工作', '立法工作', '监督工作', '代表工作', '人事任免', '常委会公报', '会议专题', '理论研究', '机关建设', '信息公开'],
    'zhengxie': ['首页', '政协概况', '要闻动态', '协商议政', '提案工作', '委员风采', '界别活动', '文史资料', '理论研究', '机关党建', '图片新闻'],
    'jiwei': ['首页', '要闻', '审查调查', '纪律审查', '巡视巡察', '通报曝光', '廉政教育', '清风文苑', '政策法规', '专题专栏', '我要举报'],
    'partyschool': ['学校首页', '校（院）概况', '教学培训', '科研咨询', '党建工作', '学员园地', '图书馆', '决策咨询', '网络学院', '信息公开'],
    'campus': ['首页', '部门概况', '理论学习', '思政教育', '新闻舆论', '文化建设', '网络文明', '学习资料', '下载专区', '联系我们'],
    'djportal': ['首页', '时政要闻', '党建动态', '理论学习', '组织建设', '党员教育', '先锋风采', '基层党建', '学习资料库', '党员e家', '党费查询'],
    'newsportal': ['首页', '时政', '地方', '财经', '观点', '社会', '科技', '教育', '健康', '视频', '图片', '专题', '数据'],
    'zwfw': ['首页', '个人服务', '法人服务', '部门服务', '主题集成服务', '好差评', '阳光政务', '办件公示', '我要咨询', '我要投诉'],
}
ENG = {
    'renda': ['Home', 'About', 'Standing Committee', 'Legislation', 'Supervision', 'Deputies'],
    'zhengxie': ['HOME', 'ABOUT', 'NEWS', 'CONSULTATION', 'PROPOSALS', 'MEMBERS'],
    'partyschool': ['XUEXIAO SHOUYE', 'XIAO YUAN GAIKUANG', 'JIAOXUE PEIXUN', 'KEYAN ZIXUN'],
    'campus': ['Home', 'About', 'Theory', 'Education', 'Media', 'Culture'],
    'newsportal': ['Home', 'Politics', 'Local', 'Finance', 'Opinion', 'Society'],
    'zwfw': ['Personal', 'Business', 'Departments', 'Themes'],
}


def b_menu(ctx, style):
    return b_nav(ctx, MENUS[style], ENG.get(style))


def b_sitehead(ctx, site):
    r = ctx.rng.random()
    out = [(site, 'nav')]
    if r < 0.3:
        out.append(('今天是%s　%s' % (ctx.d('%Y年{M}月{D}日'), ctx.weekday()), 'nav'))
    elif r < 0.5:
        out.append(('设为首页　|　加入收藏　|　手机版　|　English', 'nav'))
    elif r < 0.7:
        out.append(('请输入关键词　搜索', 'nav'))
        out.append(('热搜：政府工作报告　民生实事　营商环境', 'nav'))
    return out


def b_breadcrumb(ctx, trail):
    forms = ['当前位置：%s', '您现在的位置：%s', '您所在的位置 >> %s', '位置：%s', '%s', '▶ 当前位置：%s']
    seps = [' > ', ' >> ', ' » ', '＞', ' / ', ' → ', '→']
    s = ctx.pick(seps)
    t = ctx.pick(forms) % s.join(trail)
    if ctx.rng.random() < 0.15:
        t = ' > '.join('[%s](/%s)' % (x, i) for i, x in enumerate(trail))
    return [(t, 'breadcrumb')]


def title_forms(ctx, site):
    t = ctx.title
    forms = ['%s_%s' % (t, site), '%s - %s' % (t, site), '【%s】' % t, '%s——全文' % t, '《%s》全文' % t,
             '%s（全文）' % t, '<title>%s | %s</title>' % (t, site), '权威发布｜%s' % t, '%s　来了！' % t,
             '全文来了！%s' % t, '%s（图解+全文）' % t, '%s...' % t[:max(6, len(t) - 5)], '重磅｜%s全文发布' % t,
             '%s　%s' % (ctx.d('%Y-%m-%d'), t), '%s.pdf' % t, '%s(定稿).docx' % t]
    return forms


def b_title(ctx, site, forms=None):
    f = ctx.pick(forms or title_forms(ctx, site))
    if ctx.rng.random() < 0.12 and len(ctx.title) > 10:
        k = len(ctx.title) // 2
        return [(ctx.title[:k], 'title_repeat'), (ctx.title[k:], 'title_repeat')]
    return [(f, 'title_repeat')]


def b_meta(ctx, source, extra=True, style=''):
    n = ctx.name()
    if style in ('campus', 'partyschool') and ctx.rng.random() < 0.6:
        items = ctx.pick([['作者：%s' % n, '来源：%s' % ctx.pick(['党委宣传部', '组织部', '科研处', '马克思主义学院']), '点击：[%d]次' % ctx.num(20, 5000),
                           '更新时间：%s' % ctx.d('%Y-%m-%d')],
                          ['供稿：%s' % ctx.pick(['党委办公室', '宣传部', '教务处']), '摄影：%s' % ctx.name(), '编辑：%s' % n, '审核：%s' % ctx.name()],
                          ['发布者：%s' % ctx.pick(['admin', 'xcb', 'dwbgs']), '发布时间：%s' % ctx.d(), '浏览次数：%d' % ctx.num(5, 3000)]])
        return [(t, 'metadata') for t in J(ctx, items)]
    if style == 'zhengxie' and ctx.rng.random() < 0.5:
        return [(t, 'metadata') for t in J(ctx, ['%s　%s' % (ctx.d('%Y-%m-%d'), ctx.pick(['委员履职', '协商议政', '学习资料'])), '来源：%s' % source,
                                                 '文/%s　图/%s' % (n, ctx.name())])]
    if style == 'jiwei' and ctx.rng.random() < 0.5:
        return [(t, 'metadata') for t in J(ctx, ['来源：%s' % source, '发布时间：%s' % ctx.d('%Y-%m-%d %H:%M'), '作者：%s纪委监委宣传部' % ctx.short])]
    items = ctx.pick([
        ['发布时间：%s' % ctx.d(), '来源：%s' % source],
        ['时间：%s' % ctx.d(), '来源：%s' % source, '作者：%s' % n],
        ['%s' % ctx.d(), source],
        ['稿件来源：%s' % source, '发布日期：%s' % ctx.d('%Y-%m-%d'), '点击数：%d' % ctx.num(50, 9999)],
        ['【来源：%s】' % source, '【发布时间：%s】' % ctx.d()],
        ['信息来源：%s' % source, '编辑：%s' % n, '浏览量：%d' % ctx.num(40, 30000)],
        ['日期：%s' % ctx.d('%Y-%m-%d'), '字号：', '来源：%s' % source],
    ])
    return [(t, 'metadata') for t in J(ctx, items)]


def b_fontsize(ctx):
    return [(ctx.pick(['【字体：大 中 小】', '字号：大 中 小', '[ 大 ] [ 中 ] [ 小 ]', '字体：A+ A A-', '【字号　大　中　小】',
                       '字体大小：默认 | 16px | 18px', 'A+　A-　默认', '【 打印 】【 关闭 】【 大 中 小 】']), 'toolbar_fontsize')]


def b_actions(ctx):
    return [(t, 'toolbar_actions') for t in J(ctx, ctx.pick(
        [['打印本页', '关闭窗口'], ['【打印】', '【关闭】', '【收藏】'], ['🖨 打印', '⭐ 收藏', '✕ 关闭'],
         ['返回顶部', '打印', '关闭'], ['纠错', '收藏', '打印'], ['[打印正文]', '[关闭窗口]', '[返回顶部]']]))]


def b_share(ctx):
    return [(t, 'share') for t in J(ctx, ctx.pick(
        [['分享到：', '微信', '微博', 'QQ空间'], ['分享至', '朋友圈', '新浪微博', 'QQ好友'], ['转发到：', '微信好友', '朋友圈', '复制链接'],
         ['分享：', 'WeChat', 'Weibo', 'QZone'], ['一键分享', '微信', '微博', '抖音', '小红书']]))]


def b_qr(ctx, site):
    return [(ctx.pick(['扫一扫在手机打开当前页', '[二维码]', '手机扫码阅读', '扫码关注%s' % site, '微信扫一扫 分享到朋友圈',
                       '长按识别二维码，关注%s' % site, '■■ 扫描二维码 ■■', '用手机扫描二维码继续阅读']), 'qr')]


def b_related(ctx, head=None, n=None):
    pool = ['%s召开%s次常委会议' % (ctx.short, ctx.pick(['第十二', '第十五', '第二十一'])),
            '%s代表热议政府工作报告：%s' % (ctx.short, ctx.pick(['字字千钧', '干货满满', '提气鼓劲', '温暖人心'])),
            '一图读懂%s' % ctx.title, '%s：聚焦民生实事 回应群众关切' % ctx.short, '数说%s这一年' % ctx.short,
            '两会时间｜代表委员建言高质量发展', '专家解读：稳中求进的%d年怎么干' % ctx.date.year,
            '%s十件民生实事项目确定' % ctx.short, '政府工作报告中的这些“关键词”值得关注',
            '视频｜%s分钟看完%s' % (ctx.pick(['三', '五', '两']), ctx.title), '图解：今年要干这些大事',
            '%s营商环境优化提升行动方案印发' % ctx.place, '媒体聚焦｜%s经济运行稳中向好' % ctx.short,
            '关于征集%d年民生实事项目建议的公告' % ctx.date.year, '%s人大常委会开展专题询问' % ctx.short,
            '基层代表说：把报告里的承诺落到实处。', '新春走基层｜一线的温度', '委员通道：为发展献良策']
    k = n or ctx.num(3, 6)
    out = [(head or ctx.pick(['相关阅读', '相关新闻', '延伸阅读：', '【相关链接】', '推荐阅读', '猜你喜欢', '相关文章', '>> 相关稿件']), 'related')]
    for t in ctx.pick(pool, k):
        f = ctx.pick(['%s', '· %s', '▪ %s', '%s　' + ctx.d('%m-%d'), '%s [' + ctx.d('%Y-%m-%d') + ']', '● %s', '- %s'])
        out.append((f % t, 'related'))
    return out


def b_prevnext(ctx):
    a, b = ctx.pick(['%s召开专题协商会' % ctx.short, '关于公布%d年度考核结果的通知' % (ctx.date.year - 1),
                     '%s举行新春团拜会' % ctx.short, '全市“两会”筹备工作会议召开', '学习贯彻全会精神宣讲报告会举行'], 2)
    f = ctx.pick([('上一篇：%s', '下一篇：%s'), ('上一条：%s', '下一条：%s'), ('← %s', '%s →'), ('Previous: %s', 'Next: %s'),
                  ('【上一篇】%s', '【下一篇】%s')])
    if ctx.rng.random() < 0.3:
        return [(f[0] % a + '　' + f[1] % b, 'prevnext')]
    return [(f[0] % a, 'prevnext'), (f[1] % b, 'prevnext')]


def b_footer(ctx, org):
    icp = '%sICP备%08d号-%d' % (ctx.pick(['湘', '鄂', '赣', '皖', '豫', '冀', '晋', '陕', '甘', '川', '黔', '滇', '桂', '粤', '闽', '浙', '苏', '鲁', '辽', '京']),
                               ctx.num(1000000, 99999999), ctx.num(1, 9))
    lines = ctx.pick([
        ['主办：%s　承办：%s信息中心' % (org, org), icp, '地址：%s%s路%d号　邮编：%d' % (ctx.short, ctx.pick(['人民', '解放', '建设', '中山', '迎宾']), ctx.num(1, 399), ctx.num(100000, 850000))],
        ['版权所有 © %d %s　All Rights Reserved' % (ctx.date.year, org), icp],
        ['%s　版权所有' % org, '网站标识码：%d　%s' % (ctx.num(1000000000, 9999999999), icp), '%s公网安备 %d号' % (ctx.short, ctx.num(10000000000000, 99999999999999))],
        ['Copyright(C) %s' % org, '技术支持：%s数字科技有限公司' % ctx.pick(['华信', '云图', '拓维', '联创']), '建议使用1920×1080分辨率 Chrome/Edge浏览器浏览'],
        ['关于我们 | 网站地图 | 联系我们 | 法律声明', '%s 主办　%s' % (org, icp), '您是第 %d 位访客' % ctx.num(100000, 9999999)],
    ])
    return [(t, 'footer') for t in lines]


def b_cookie(ctx):
    return [(t, 'cookie') for t in ctx.pick([
        ['本网站使用Cookie以改善浏览体验，继续访问即表示您同意我们的隐私政策。', '同意　　拒绝'],
        ['We use cookies to improve your experience. Accept all | Reject'],
        ['为了给您提供更好的服务，本站会使用cookies。【我知道了】'],
        ['隐私提示：我们会收集必要的设备信息用于统计分析。', '接受并继续']])]


def b_accessibility(ctx):
    items = ['无障碍浏览', '长者模式', '声音', '放大', '缩小', '高对比度', '辅助线', '读屏模式', '重置']
    return [(t, 'accessibility') for t in J(ctx, ctx.pick([items[:5], items[:3] + items[6:], ['关怀版', '无障碍'], ['♿ 无障碍', '👴 适老化']]))]


def b_login(ctx):
    return [(t, 'login') for t in ctx.pick([
        ['登录', '注册'], ['您好，欢迎来到本站！请 [登录] 或 [注册]'], ['统一身份认证', '个人登录　法人登录'],
        ['账号登录　短信登录　扫码登录', '请输入手机号', '获取验证码', '登 录'], ['登录后可参与评论、收藏文章'],
        ['Hi，请登录　免费注册'], ['未登录 | 我的']])]


def b_app_banner(ctx, app):
    return [(t, 'app_banner') for t in ctx.pick([
        ['打开%s APP，看更多精彩内容' % app, '立即打开'], ['%s客户端　下载' % app], ['APP内打开 >'],
        ['下载%s，随时随地学习' % app, '×'], ['⬇ 使用%s APP 查看原图' % app], ['打开APP，阅读全文'],
        ['在%s小程序中打开' % app]])]


def b_ads(ctx):
    return [(t, 'ads') for t in ctx.pick([
        ['广告'], ['[广告] 公考冲刺班限时特惠，点击领取资料包'], ['推广｜%s楼盘 首付低至10%%　立即咨询' % ctx.short],
        ['AD　申论高分范文合集 免费领取 >>'], ['赞助内容', '新品上市 限时8折'], ['—— 广告 ——'],
        ['公职考试一对一辅导，名师在线答疑。', '立即报名'], ['☞ 年终好礼，满299减50']])]


def b_caption(ctx):
    n = ctx.name()
    return [(t, 'caption') for t in ctx.pick([
        ['图为会议现场。%s　摄' % n], ['▲%s人民代表大会会议现场（记者 %s 摄）' % (ctx.short, n)], ['（资料图片）'],
        ['[图片]', '图：%s全貌　%s 供图' % (ctx.short, n)], ['↑ 图片来源：%s融媒体中心' % ctx.short], ['图片', '点击查看大图'],
        ['▼ 向上滑动阅览 ▼'], ['△ 代表们认真审议政府工作报告。'], ['（图片来源于网络，如有侵权请联系删除）'], ['（图1）'],
        ['▲ 左右滑动查看更多 ▲']])]


def b_video(ctx):
    m, s = ctx.num(1, 12), ctx.num(0, 59)
    return [(t, 'video') for t in ctx.pick([
        ['▶ 00:00 / %02d:%02d' % (m, s), '1.0x　高清　全屏'], ['[视频]%s' % ctx.pick(['一起来看报告要点', '记者现场直击', '两分钟速览'])],
        ['视频加载中，请稍候…'], ['您的浏览器不支持播放此视频。'], ['播放　暂停　音量　%02d:%02d' % (m, s)],
        ['▷ 点击播放', '视频时长 %d分%d秒' % (m, s)], ['▶ 重新播放', '分享视频']])]


def b_audio(ctx):
    return [(t, 'audio') for t in ctx.pick([
        ['🔊 听全文', '00:00 / %02d:%02d' % (ctx.num(5, 40), ctx.num(0, 59))], ['语音播报：开启 | 关闭'], ['▶ 点击收听本文'],
        ['AI朗读　倍速 1.0x']])]


def b_intro(ctx):
    return [(t, 'intro') for t in ctx.pick([
        ['编者按：%s，%s召开会议，听取并审议政府工作报告。本站全文刊发，供读者学习。' % (ctx.cn_date(), ctx.short)],
        ['【导读】报告回顾了过去一年的工作，部署了今年的重点任务。以下为报告全文。'],
        ['摘要：本文为%s全文，欢迎转发学习。' % ctx.title], ['全文如下：'], ['▼ 以下是报告全文 ▼'],
        ['核心提示：稳增长、促改革、惠民生，报告释放了哪些信号？一起来看。'], ['小编按：原文较长，建议收藏后慢慢阅读。'],
        ['编者的话', '报告全文较长，我们分几个部分推送，今天是第%s部分。' % ctx.pick(['一', '二', '三'])]])]


def b_follow(ctx, acct):
    return [(t, 'follow') for t in ctx.pick([
        ['点击上方蓝字“%s”关注我们' % acct], ['关注%s，获取更多权威信息' % acct], ['👆 点击关注，不迷路'],
        ['+ 关注'], ['喜欢就点个关注吧～'], ['长按下方二维码，关注%s' % acct], ['↓↓↓ 点击卡片关注 ↓↓↓', '%s' % acct]])]


def b_disclaimer(ctx, style=''):
    if style == 'wechat':
        return [(ctx.pick(['本文转载自%s，版权归原作者所有。' % ctx.pick(['学习强国', '人民日报', '新华社']), '*本号发布的内容仅供学习交流，如涉版权请后台联系。',
                           '（文章来源：%s，如有侵权请联系删除）' % ctx.pick(['网络', '%s发布' % ctx.short])]), 'disclaimer')]
    return [(t, 'disclaimer') for t in ctx.pick([
        ['免责声明：本文转自网络，版权归原作者所有，如有侵权请联系删除。'], ['声明：转载此文是出于传递更多信息之目的。'],
        ['本站部分内容来源于互联网，仅供学习交流使用。'], ['（本文仅代表作者观点，不代表本平台立场）'],
        ['文档由用户上传，本站不对内容的准确性负责。']])]


def b_tags(ctx):
    tags = ['政府工作报告', '两会', ctx.short, '民生', '高质量发展', '权威发布', '%d两会' % ctx.date.year, '学习资料']
    sel = ctx.pick(tags, ctx.num(2, 5))
    f = ctx.pick(['标签：' + '　'.join(sel), '关键词：' + '，'.join(sel), ' '.join('#' + t for t in sel), 'Tags: ' + ', '.join(sel),
                  ' '.join('#%s#' % t for t in sel)])
    return [(f, 'tags')]


def b_pagination(ctx):
    n = ctx.num(2, 6)
    k = ctx.num(1, n)
    return [(ctx.pick(['上一页 %s 下一页' % ' '.join(str(i) for i in range(1, n + 1)), '第%d页 / 共%d页' % (k, n),
                       '首页 上一页 下一页 尾页', '< 1 2 3 … %d >' % (n + 5), '[1] [2] [3] 下一页', '共%d页　跳转到 ___ 页' % n]), 'pagination')]


def b_html(ctx):
    return [(ctx.pick(['<p>&nbsp;</p>', '<br/>', '</div>', '&nbsp;&nbsp;', '<span style="font-size:16px;">', '<!--正文开始-->',
                       '<img src="/upload/%d.jpg">' % ctx.num(1000, 99999), 'document.write("");', '[[TRS_EDITOR]]',
                       '<!--EndFragment-->', 'var _hmt = _hmt || [];', '{{content}}']), 'html_residue')]


def b_mojibake(ctx):
    pool = '鍦ㄦ垜浠悊瑙ｇ殑鍩虹涓婏紝鏀垮簻宸ヤ綔鎶ュ憡鍏ㄦ枃浜岄浂浜屽洓骞村害銆傞噸鐐逛换鍔℃槸'
    k = ctx.num(8, 30)
    i = ctx.num(0, len(pool) - k)
    t = pool[i:i + k]
    if ctx.rng.random() < 0.4:
        t = t + '锟斤拷' * ctx.num(1, 3)
    return [(t, 'mojibake')]


def b_feedback(ctx):
    return [(t, 'feedback') for t in ctx.pick([
        ['本页面内容对您有帮助吗？', '有帮助　　没帮助'], ['我要纠错'], ['满意度评价：非常满意 满意 一般 不满意'], ['信息有误？点此反馈']])]


def b_attachment(ctx):
    t = ctx.title
    return [(x, 'attachment') for x in ctx.pick([
        ['附件下载：', '%s.pdf' % t], ['相关附件：%s（PDF版）.pdf' % t], ['📎 %s.docx（%dKB）' % (t, ctx.num(40, 900))],
        ['附件：', '1. %s.doc' % t, '2. %s图解.jpg' % t]])]


def b_counts(ctx):
    return [(t, 'counts') for t in J(ctx, ctx.pick([
        ['阅读 %s' % ctx.big(), '点赞 %d' % ctx.num(3, 900), '在看 %d' % ctx.num(1, 300)], ['👁 %s' % ctx.big(), '👍 %d' % ctx.num(1, 999)],
        ['浏览量：%s' % ctx.big()], ['%s次播放' % ctx.big(), '%d条弹幕' % ctx.num(0, 300)],
        ['转发 %d' % ctx.num(0, 999), '评论 %d' % ctx.num(0, 999), '赞 %s' % ctx.big()], ['阅读量 10万+']]))]


def b_comments(ctx, n=None):
    out = [(ctx.pick(['网友评论', '全部评论（%d）' % ctx.num(3, 400), '最新评论', '热门评论', '评论区', '留言区', '精选留言']), 'comments')]
    says = ['报告写得实在，期待落实！', '点赞家乡发展👍', '什么时候能把我们小区的路修一修？', '民生实事办得好，老百姓看得见。',
            '希望多关注农村养老问题', '学习了，收藏。', '加油！', '干货满满，建议认真读一读', '就业那部分讲得很具体',
            '能不能出个图解版？', '第一条写得好', '沙发', '已转发给单位同事学习']
    for _ in range(n or ctx.num(1, 4)):
        who = ctx.pick([ctx.name(), '网友%d' % ctx.num(1000, 99999), ctx.short + '市民', '匿名用户', '游客'])
        loc = ctx.pick(PROV)
        f = ctx.pick(['%s：%s', '%s　IP属地：' + loc + '\n%s', '%s　' + ctx.d('%m-%d %H:%M') + '\n%s', '%s 说：%s　回复　赞(%d)' % ('%s', '%s', ctx.num(0, 99))])
        for t in (f % (who, ctx.pick(says))).split('\n'):
            out.append((t, 'comments'))
    if ctx.rng.random() < 0.5:
        out.append((ctx.pick(['查看更多评论 >', '发表评论', '请文明发言，理性表达', '写评论...', '加载更多']), 'comments'))
    return out


def b_reward(ctx):
    return [(ctx.pick(['赞赏', '喜欢作者', '¥ 赞赏支持', '👍 赞 | ❤ 推荐 | ⭐ 收藏', '觉得有用就点个赞吧']), 'reward')]


def b_watermark(ctx, site):
    return [(ctx.pick(['%s　内部学习资料' % site, '仅供学习参考', 'www.%s.com' % ctx.pick(['wendang', 'docin8', 'wenkuba']), '—— 本资料来源于网络 ——']), 'watermark')]


def b_link(ctx):
    return [(ctx.pick(['原文链接：https://www.%s.gov.cn/art/%d/%d/%d/art_%d.html' % (ctx.pick(['xx', 'sz', 'yy', 'hb']), ctx.date.year, ctx.date.month, ctx.date.day, ctx.num(1000, 99999)),
                       '阅读原文', '本文链接：http://%s.cn/n/%d.html' % (ctx.pick(['news', 'dj', 'rd']), ctx.num(100000, 999999)),
                       '点击“阅读原文”查看报告全文', '转载请注明来源']), 'link')]


# style-specific

def b_renda(ctx):
    return [(t, ctx.pick(['nav', 'nav'])) for t in ctx.pick([
        ['%s第%s届人民代表大会第%s次会议专题' % (ctx.place, ctx.pick(['十四', '十五', '十六', '十七']), ctx.pick(['二', '三', '四'])), '大会文件'],
        ['会议专题 > 大会文件 > 政府工作报告'], ['代表之窗　代表建议　代表履职平台'], ['人大代表联络站 | 议案建议办理']])]


def b_jiwei_service(ctx):
    return [(t, 'service') for t in ctx.pick([
        ['我要举报', '信访举报电话：12388'], ['网上举报入口 >>', '举报须知'], ['监督举报平台　扫码举报'],
        ['违反中央八项规定精神问题举报专区']])]


def b_zwfw_service(ctx):
    return [(t, 'service') for t in ctx.pick([
        ['办事指南', '在线办理', '网上预约'], ['高频事项：', '社保卡申领　公积金提取　不动产登记　居住证办理'],
        ['“一件事一次办”主题服务', '企业开办　工程建设项目审批　出生一件事'], ['12345政务服务便民热线', '办件进度查询'],
        ['好差评', '请对本次服务作出评价：非常满意 满意 基本满意 不满意 非常不满意'], ['办事服务 >', '个人办事　法人办事']])]


def b_robot(ctx):
    return [(t, 'robot') for t in ctx.pick([
        ['智能客服', '您好！我是小%s，有什么可以帮您？' % ctx.short[:1]], ['在线咨询', '请输入您想咨询的问题', '发送'],
        ['🤖 智能问答', '猜你想问：社保怎么转移？']])]


def b_toc(ctx):
    hs = ctx.headings()
    if len(hs) < 2:
        return []
    out = [(ctx.pick(['目录', '目　录', '本文目录', '文章目录（点击跳转）', 'CONTENTS']), 'toc')]
    for i, h in enumerate(hs):
        f = ctx.pick(['%s', '%s ……… %d', '· %s', '%s\t%d'])
        out.append(((f % (h, i + 1)) if '%d' in f else (f % h), 'toc'))
    return out


def b_qa_head(ctx):
    q = ctx.pick(['如何评价%s？' % ctx.title, '%s里有哪些值得关注的信息？' % ctx.title, '求%s全文' % ctx.title,
                  '%s讲了哪些重点？' % ctx.title])
    out = [(q, 'title_repeat')]
    out += [(t, 'qa') for t in J(ctx, ctx.pick([['关注问题', '写回答', '邀请回答'], ['%d 个回答' % ctx.num(2, 80), '默认排序'],
                                               ['被浏览 %s' % ctx.big(), '关注者 %d' % ctx.num(3, 900)]]))]
    return out


def b_qa_answer(ctx):
    n = ctx.name()
    return [(t, 'qa') for t in ctx.pick([
        [n, ctx.pick(['公共管理话题下的优秀答主', '政府工作人员', '法学硕士', '关注地方发展'])],
        ['%s 的回答' % n, '%d 人赞同了该回答' % ctx.num(2, 3000)], ['最佳答案', '%s | 来自团队 公文写作' % n],
        ['提问者采纳', '%s　%s' % (n, ctx.d('%Y-%m-%d'))]])]


def b_qa_tail(ctx):
    return [(t, 'qa') for t in J(ctx, ctx.pick([
        ['编辑于 %s' % ctx.d('%Y-%m-%d %H:%M'), 'IP 属地%s' % ctx.pick(PROV)], ['赞同 %d' % ctx.num(1, 4000), '添加评论', '分享', '收藏', '喜欢'],
        ['发布于 %s' % ctx.d('%Y-%m-%d'), '著作权归作者所有'], ['其他回答（%d）' % ctx.num(1, 20)], ['本回答由网友推荐', '举报']]))]


def b_weibo_head(ctx, acct):
    return [(t, 'metadata') for t in ctx.pick([
        [acct + ' V', ctx.d('%m-%d %H:%M') + ' 来自 微博网页版'], ['%s　%s　来自 %s' % (acct, ctx.d('%y-%m-%d'), ctx.pick(['iPhone客户端', 'HUAWEI Mate', '微博 weibo.com'])), '已编辑'],
        [acct, '%s 发布于 %s' % (ctx.d('%Y-%m-%d %H:%M'), ctx.pick(PROV))]])]


def b_weibo_expand(ctx):
    return [(ctx.pick(['...展开全文c', '展开全文∨', '...全文', 'O网页链接', '显示地图', '查看图片', '[长微博]']), 'paywall')]


def b_sv_head(ctx, acct):
    return [(t, 'metadata') for t in ctx.pick([
        ['@' + acct, '发布时间：%s' % ctx.d('%Y-%m-%d %H:%M')], ['%s · %s' % (acct, ctx.d('%m月%d日'))], ['作者：' + acct, '粉丝 %s' % ctx.big()]])]


def b_sv_music(ctx, acct):
    return [(ctx.pick(['♫ @%s创作的原声' % acct, '🎵 原声 - %s' % acct, '音乐：热门背景音乐']), 'audio')]


def b_doc_head(ctx, site):
    out = [('%s.%s' % (ctx.title, ctx.pick(['docx', 'pdf', 'doc'])), 'title_repeat')]
    out += [(t, 'metadata') for t in J(ctx, ['上传者：%s' % ctx.name(), '%d页' % ctx.num(8, 60), '%d.%dMB' % (ctx.num(0, 4), ctx.num(0, 9)),
                                             '%d人已下载' % ctx.num(3, 9000), '评分 %d.%d' % (ctx.num(3, 4), ctx.num(0, 9))])]
    return out


def b_preview(ctx):
    n = ctx.num(3, 40)
    return [(t, 'paywall') for t in ctx.pick([
        ['预览已结束，剩余%d页可下载查看' % n, '下载文档'], ['点击继续阅读 >'], ['本文档共%d页，当前可免费预览%d页' % (n + 3, 3)],
        ['— 试读结束 —', '开通VIP 免费下载'], ['还剩%d%%未读，继续阅读' % ctx.num(30, 90)], ['下载文档（¥ %d.%d0）' % (ctx.num(1, 30), ctx.num(0, 9))],
        ['VIP专享文档　下载券 %d' % ctx.num(1, 10)], ['展开阅读全文 ∨']])]


def b_wechat_head(ctx, acct):
    out = []
    if ctx.rng.random() < 0.5:
        out.append((ctx.pick(['原创', '原创 %s' % acct]), 'metadata'))
    out.append(('%s　%s　%s' % (acct, ctx.d('%Y-%m-%d %H:%M'), ctx.pick(['发表于' + ctx.pick(PROV), ''])), 'metadata'))
    if ctx.rng.random() < 0.5:
        out.append(('收录于合集 #%s %d个' % (ctx.pick(['两会时间', '政府工作报告', '权威发布', '学习资料']), ctx.num(3, 80)), 'tags'))
    return [(t.rstrip(), k) for t, k in out]


def b_wechat_tail(ctx, acct):
    n1, n2, n3 = ctx.name(), ctx.name(), ctx.name()
    return [(t, 'metadata') for t in ctx.pick([
        ['来源：%s' % acct, '编辑：%s　校对：%s　审核：%s' % (n1, n2, n3)], ['责编：%s' % n1, '终审：%s' % n2],
        ['- END -'], ['END', '编辑｜%s' % n1], ['文字｜%s　排版｜%s' % (n1, n2)]])]


def b_wechat_block(ctx, acct):
    # one 图文 block inside the body: divider, caption, a sub-title card
    return [(t, k) for t, k in ctx.pick([
        [('▍图文：%s' % ctx.short, 'caption'), ('（%s 摄）' % ctx.name(), 'caption')],
        [('— 图文 —', 'caption')], [('▼', 'caption'), ('[图片]', 'caption')],
        [('↓ 点击图片查看 ↓', 'caption')], [('往期推荐', 'related'), ('%s丨%s' % (ctx.pick(['权威发布', '聚焦两会']), ctx.short + '这一年'), 'related')],
        [('小程序', 'app_banner'), ('%s掌上办' % ctx.short, 'app_banner')],
        [('视频号 · %s' % acct, 'video'), ('▶ %s' % ctx.pick(['两会特别报道', '一分钟看报告', '代表委员说']), 'video')],
        [('图/%s　文/%s' % (ctx.name(), ctx.name()), 'caption')],
        [('（上下滑动查看）', 'caption'), ('▲ 图片来自%s' % ctx.pick(['网络', acct, '新华社']), 'caption')],
        [('— 分割线 —', 'html_residue')], [('划重点', 'intro'), ('👇👇👇', 'intro')]])]


def b_editor_mid(ctx):
    return [(t, 'intro') for t in ctx.pick([
        ['（小标题为编者所加）'], ['【编者注】以下为报告第%s部分。' % ctx.pick(['二', '三', '四'])], ['※ 本段有删节 ※'],
        ['（未完，见下页）'], ['（以上为报告节选）'], ['▍要点速览：稳增长、惠民生、防风险']])]


def b_leave_msg(ctx):
    return [(t, 'comments') for t in ctx.pick([
        ['我要留言', '留言须知：请遵守法律法规，文明留言。'], ['领导留言板 ＞ 给书记市长留言'], ['已有%d人参与留言' % ctx.num(10, 9000), '提交留言'],
        ['网友留言', '留言内容：', '（限500字）', '提 交']])]


def b_footnote_page(ctx):
    return [(t, 'footnote') for t in ctx.pick([
        ['注：本报告中部分数据为快报数。'], ['①　指规模以上工业增加值，下同。'], ['*　数据来源：%s统计局。' % ctx.short],
        ['〔1〕“三个一批”：签约一批、开工一批、投产一批。'], ['1　按可比价格计算。', '2　不含农户。']])]


def b_banji(ctx, org):
    return [(t, 'banji') for t in ctx.pick([
        ['抄送：%s委各部门，%s军分区。' % (ctx.short, ctx.short), '%s办公室　%s印发' % (org, ctx.cn_date())],
        ['%s办公室　　　　%s印发' % (org, ctx.cn_date())], ['（共印%d份）' % ctx.num(50, 800)], ['公开方式：主动公开']])]


def b_running(ctx, org):
    return [(ctx.pick([ctx.title, org, '%s（%s）' % (ctx.title[:14], ctx.pick(['送审稿', '印发稿', '会议文件'])), '%s　大会文件' % org]), 'running_header')]


def b_pageno(ctx, k, tot):
    cn = '〇一二三四五六七八九十'
    return [(ctx.pick(['- %d -' % k, '—%d—' % k, '第%d页 共%d页' % (k, tot), '%d / %d' % (k, tot), '·%d·' % k, str(k), 'Page %d of %d' % (k, tot),
                       '（%d）' % k, '第%s页' % (cn[k] if k <= 10 else str(k)), '－%d－' % k]), 'pagination')]


def b_print_header(ctx, k, tot, site):
    return [('%s %s　%s - %s' % (ctx.d('%Y/%m/%d'), ctx.pick(['上午9:14', '下午3:27', '16:05']), ctx.title[:16], site), 'print_header'),
            ('https://www.%s.cn/%d/%d.html　%d/%d' % (ctx.pick(['rmlt', 'djw', 'rdw']), ctx.date.year, ctx.num(10000, 99999), k, tot), 'print_header')]


# ----------------------------------------------------------------------------- styles

SITES = {
    'renda': ['%s人大', '%s人大网', '%s人大常委会', '%s人民代表大会常务委员会'],
    'zhengxie': ['政协%s委员会', '%s政协网', '%s政协'],
    'jiwei': ['清风%s', '%s纪委监委网站', '廉洁%s', '%s纪检监察网'],
    'partyschool': ['中共{c}党校', '{c}党校（%s行政学院）', '中共{c}党校（{s}行政学院）'],
    'campus': ['%s大学党委宣传部', '%s师范学院党委', '%s理工大学新闻网', '%s职业技术学院马克思主义学院'],
    'djportal': ['%s党建网', '%s先锋', '%s组工网', '%s党建云', '%s智慧党建'],
    'newsportal': ['人民网-%s频道', '新华网%s频道', '%s新闻网', '%s日报网', '%s在线'],
    'zwfw': ['%s政务服务网', '%s政务服务一网通办', '%s e办事'],
    'wechat': ['%s发布', '%s日报', '微%s', '%s组工', '%s人大', '%s政协'],
    'weibo': ['%s发布', '%s日报', '%s新闻', '%s政务'],
    'shortvideo': ['%s新闻', '%s融媒', '%s发布', '%s广播电视台'],
    'qa': ['知乎', '百度知道', '悟空问答', '搜狗问问'],
    'docshare': ['豆丁网', '原创力文档', '道客巴巴', '文库宝', '360文库', '爱问共享资料'],
    'pdf': ['%s人民政府', '%s人大常委会办公厅', '{c}党校图书馆', '%s档案馆'],
}


def site_name(ctx, style):
    f = ctx.pick(SITES[style])
    return f.replace('%s', ctx.short).replace('{c}', ctx.committee).replace('{s}', ctx.place)


def org_for(ctx, style):
    if style == 'partyschool':
        return '中共%s党校' % ctx.committee
    return {'renda': '%s人大常委会', 'zhengxie': '政协%s委员会', 'jiwei': '%s纪委监委',
            'campus': '%s大学党委', 'djportal': '中共%s委组织部', 'zwfw': '%s人民政府办公厅'}.get(style, '%s人民政府') % ctx.short


def head_blocks(ctx, style, site):
    org = org_for(ctx, style)
    L = []
    r = ctx.rng.random
    if style in ('renda', 'zhengxie', 'jiwei', 'partyschool', 'campus', 'djportal', 'newsportal', 'zwfw'):
        if r() < 0.2:
            L.append(('cookie', b_cookie(ctx)))
        if r() < 0.35:
            L.append(('accessibility', b_accessibility(ctx)))
        if r() < 0.35:
            L.append(('login', b_login(ctx)))
        L.append(('sitehead', b_sitehead(ctx, site)))
        L.append(('menu', b_menu(ctx, style)))
        if style == 'renda' and r() < 0.7:
            L.append(('renda', b_renda(ctx)))
        if style == 'jiwei' and r() < 0.6:
            L.append(('service', b_jiwei_service(ctx)))
        if style == 'zwfw':
            L.append(('service', b_zwfw_service(ctx)))
            if r() < 0.5:
                L.append(('robot', b_robot(ctx)))
        trail = {'renda': ['首页', '会议专题', '大会文件'], 'zhengxie': ['首页', '要闻动态', '参政议政'],
                 'jiwei': ['首页', '要闻', '权威发布'], 'partyschool': ['首页', '科研咨询', '学习资料'],
                 'campus': ['首页', '理论学习', '学习资料'], 'djportal': ['首页', '理论学习', '文件资料'],
                 'newsportal': [site, '地方', '正文'], 'zwfw': ['首页', '阳光政务', '政策文件']}[style]
        L.append(('breadcrumb', b_breadcrumb(ctx, trail)))
        if r() < 0.85:
            L.append(('title', b_title(ctx, site)))
        L.append(('meta', b_meta(ctx, ctx.pick([site, org, '%s日报' % ctx.short, '%s融媒体中心' % ctx.short]), style=style)))
        if r() < 0.5:
            L.append(('fontsize', b_fontsize(ctx)))
        if r() < 0.3:
            L.append(('audio', b_audio(ctx)))
        if r() < 0.3:
            L.append(('share', b_share(ctx)))
        if r() < 0.35:
            L.append(('intro', b_intro(ctx)))
    elif style == 'wechat':
        acct = site
        L.append(('title', b_title(ctx, site)))
        L.append(('wechat_head', b_wechat_head(ctx, acct)))
        if r() < 0.6:
            L.append(('follow', b_follow(ctx, acct)))
        if r() < 0.5:
            L.append(('intro', b_intro(ctx)))
        if r() < 0.4:
            L.append(('caption', b_caption(ctx)))
        if r() < 0.2:
            L.append(('audio', b_audio(ctx)))
    elif style == 'weibo':
        if r() < 0.4:
            L.append(('login', b_login(ctx)))
        if r() < 0.4:
            L.append(('app_banner', b_app_banner(ctx, '微博')))
        L.append(('weibo_head', b_weibo_head(ctx, site)))
        L.append(('tags', [('#%s# ' % ctx.title + ctx.pick(['【全文来了】', '【速览】', '', '【权威发布】']), 'tags')]))
    elif style == 'shortvideo':
        if r() < 0.5:
            L.append(('app_banner', b_app_banner(ctx, ctx.pick(['抖音', '快手', '视频号']))))
        L.append(('video', b_video(ctx)))
        L.append(('sv_head', b_sv_head(ctx, site)))
        L.append(('tags', b_tags(ctx)))
        L.append(('counts', b_counts(ctx)))
        L.append(('intro', [(ctx.pick(['视频文案：', '以下为视频文字稿：', '【字幕】', '文案整理如下👇']), 'intro')]))
    elif style == 'qa':
        if r() < 0.4:
            L.append(('login', b_login(ctx)))
        L.append(('nav', [(t, 'nav') for t in J(ctx, ctx.pick([['首页', '知乎知学堂', '发现', '等你来答'], ['百度首页', '知道', '问题分类', '我的提问']]))]))
        L.append(('qa_head', b_qa_head(ctx)))
        L.append(('qa_answer', b_qa_answer(ctx)))
    elif style == 'docshare':
        if r() < 0.4:
            L.append(('login', b_login(ctx)))
        L.append(('nav', [(t, 'nav') for t in J(ctx, ctx.pick([['首页', '分类', '精品', 'VIP', '上传'], ['文库首页', '热门文档', '公文范文', '办公资料', '我的文档']]))]))
        L.append(('breadcrumb', b_breadcrumb(ctx, [site, '行业资料', '政府/行政'])))
        L.append(('doc_head', b_doc_head(ctx, site)))
        if r() < 0.5:
            L.append(('toc', b_toc(ctx)))
        if r() < 0.4:
            L.append(('disclaimer', b_disclaimer(ctx)))
    return L


def mid_blocks(ctx, style, site):
    """Candidates for a block between two paragraphs."""
    c = [lambda: b_html(ctx), lambda: b_ads(ctx), lambda: b_caption(ctx)]
    if style in ('renda', 'zhengxie', 'jiwei', 'partyschool', 'campus', 'djportal', 'newsportal', 'zwfw'):
        c += [lambda: b_pagination(ctx), lambda: b_video(ctx), lambda: b_mojibake(ctx), lambda: b_related(ctx, n=2)]
        if style == 'newsportal':
            c += [lambda: b_app_banner(ctx, site[:4]), lambda: b_leave_msg(ctx), lambda: b_ads(ctx), lambda: b_editor_mid(ctx)]
        if style in ('djportal', 'partyschool', 'campus'):
            c += [lambda: b_editor_mid(ctx), lambda: b_audio(ctx)]
        if style == 'zwfw':
            c += [lambda: b_zwfw_service(ctx), lambda: b_robot(ctx)]
        if style == 'jiwei':
            c += [lambda: b_jiwei_service(ctx), lambda: b_video(ctx),
                  lambda: [(ctx.pick(['【廉洁提醒】节日期间严禁公款吃喝、违规收送礼品礼金。', '清风正气 廉洁自律 ——公益广告',
                                      '廉政微视频展播（点击观看）']), 'ads')]]
        if style == 'zhengxie':
            c += [lambda: [(ctx.pick(['【委员说】%s委员：报告提到的民生实事，件件暖心。' % ctx.name(), '委员声音 >>',
                                      '▶ 视频：政协委员热议政府工作报告']), ctx.pick(['related', 'video']) if False else 'related')]]
        if style == 'djportal':
            c += [lambda: [(ctx.pick(['学习时长 +1分钟', '本篇已学习，积分 +%d' % ctx.num(1, 5), '🕘 已学习 %d%%' % ctx.num(10, 90)]), 'counts')]]
    elif style == 'wechat':
        c += [lambda: b_wechat_block(ctx, site), lambda: b_wechat_block(ctx, site), lambda: b_wechat_block(ctx, site),
              lambda: b_video(ctx), lambda: b_follow(ctx, site), lambda: b_editor_mid(ctx), lambda: b_reward(ctx)]
    elif style == 'weibo':
        c += [lambda: b_weibo_expand(ctx), lambda: b_caption(ctx), lambda: [('#%s#' % ctx.pick(['两会', ctx.short + '两会', '政府工作报告']), 'tags')]]
    elif style == 'shortvideo':
        c += [lambda: b_video(ctx), lambda: [(ctx.pick(['（画面：会场全景）', '【字幕】', '[音乐]', '（掌声）', '—— 镜头切换 ——']), 'video')],
              lambda: b_counts(ctx)]
    elif style == 'qa':
        c += [lambda: b_qa_answer(ctx), lambda: b_qa_tail(ctx), lambda: [(ctx.pick(['展开阅读全文 ∨', '…（展开）', '显示全部 ∨']), 'paywall')]]
    elif style == 'docshare':
        c += [lambda: b_preview(ctx), lambda: b_watermark(ctx, site), lambda: b_preview(ctx), lambda: b_pagination(ctx)]
    return c


def tail_blocks(ctx, style, site):
    org = org_for(ctx, style)
    L = []
    r = ctx.rng.random
    if style in ('renda', 'zhengxie', 'jiwei', 'partyschool', 'campus', 'djportal', 'newsportal', 'zwfw'):
        if r() < 0.4:
            L.append(('attachment', b_attachment(ctx)))
        if r() < 0.5:
            L.append(('meta', [('（责任编辑：%s）' % ctx.name(), 'metadata')] if r() < 0.5 else [('【编辑：%s　审核：%s】' % (ctx.name(), ctx.name()), 'metadata')]))
        if r() < 0.5:
            L.append(('actions', b_actions(ctx)))
        if r() < 0.5:
            L.append(('share', b_share(ctx)))
        if r() < 0.35:
            L.append(('feedback', b_feedback(ctx)))
        if r() < 0.4:
            L.append(('prevnext', b_prevnext(ctx)))
        if style == 'newsportal':
            L.append(('leave_msg', b_leave_msg(ctx)))
            L.append(('comments', b_comments(ctx)))
        elif r() < 0.25:
            L.append(('comments', b_comments(ctx, 2)))
        if r() < 0.6:
            L.append(('related', b_related(ctx)))
        if r() < 0.4:
            L.append(('qr', b_qr(ctx, site)))
        if style == 'zwfw' and r() < 0.6:
            L.append(('service', b_zwfw_service(ctx)))
        if r() < 0.3:
            L.append(('link', b_link(ctx)))
        if style == 'newsportal' and r() < 0.6:
            L.append(('disclaimer', [(ctx.pick(['凡注明“来源：%s”的稿件，版权均属本网所有，转载请注明出处。' % site,
                                                '本网转载其他媒体稿件，不代表本网观点，如有异议请联系我们。',
                                                '声明：本文由入驻平台的作者撰写，观点仅代表作者本人。']), 'disclaimer')]))
        if style in ('campus', 'partyschool') and r() < 0.4:
            L.append(('disclaimer', [(ctx.pick(['本文内容仅供校内学习参考。', '（本栏目资料仅供理论学习使用）']), 'disclaimer')]))
        L.append(('footer', b_footer(ctx, org)))
    elif style == 'wechat':
        L.append(('wechat_tail', b_wechat_tail(ctx, site)))
        if r() < 0.5:
            L.append(('link', b_link(ctx)))
        if r() < 0.5:
            L.append(('disclaimer', b_disclaimer(ctx, 'wechat')))
        L.append(('follow', b_follow(ctx, site)))
        if r() < 0.5:
            L.append(('qr', b_qr(ctx, site)))
        if r() < 0.5:
            L.append(('related', b_related(ctx, head=ctx.pick(['往期推荐', '推荐阅读', '▌往期回顾']))))
        if r() < 0.4:
            L.append(('reward', b_reward(ctx)))
        L.append(('counts', b_counts(ctx)))
        if r() < 0.6:
            L.append(('comments', b_comments(ctx)))
    elif style == 'weibo':
        if r() < 0.5:
            L.append(('expand', [(ctx.pick(['收起全文d', '收起 ∧']), 'paywall')]))
        L.append(('counts', b_counts(ctx)))
        L.append(('comments', b_comments(ctx)))
        if r() < 0.5:
            L.append(('related', b_related(ctx, head='相关推荐', n=3)))
        if r() < 0.4:
            L.append(('footer', [('微博客服　意见反馈　京ICP证100780号', 'footer')]))
    elif style == 'shortvideo':
        L.append(('music', b_sv_music(ctx, site)))
        if r() < 0.6:
            L.append(('counts', b_counts(ctx)))
        L.append(('comments', b_comments(ctx)))
        if r() < 0.6:
            L.append(('related', b_related(ctx, head=ctx.pick(['相关推荐', '为你推荐', '更多视频']), n=3)))
        if r() < 0.5:
            L.append(('app_banner', b_app_banner(ctx, ctx.pick(['抖音', '快手', '视频号']))))
    elif style == 'qa':
        L.append(('qa_tail', b_qa_tail(ctx)))
        if r() < 0.5:
            L.append(('comments', b_comments(ctx)))
        if r() < 0.6:
            L.append(('related', b_related(ctx, head=ctx.pick(['相关问题', '大家还在搜', '相关推荐']), n=4)))
        if r() < 0.4:
            L.append(('footer', [('©%d %s　使用百度前必读　知道协议' % (ctx.date.year, site) if '百度' in site else '%s　用户协议　隐私政策　侵权举报' % site, 'footer')]))
    elif style == 'docshare':
        L.append(('preview', b_preview(ctx)))
        if r() < 0.5:
            L.append(('disclaimer', b_disclaimer(ctx)))
        if r() < 0.6:
            L.append(('related', b_related(ctx, head=ctx.pick(['相关文档', '相关资源', '猜你喜欢', '最新文档']), n=4)))
        co = '%s%s网络科技有限公司' % (ctx.pick(['上海', '杭州', '北京', '深圳', '合肥']), ctx.pick(['书香', '知文', '云阅', '博文', '易享']))
        L.append(('footer', [(t, 'footer') for t in ctx.pick([
            ['© %d %s　%s' % (ctx.date.year, site, co), '增值电信业务经营许可证：%s B2-%d' % (ctx.pick(['沪', '浙', '京', '粤', '皖']), ctx.num(20100000, 20239999))],
            ['关于我们　帮助中心　侵权投诉　用户协议　隐私政策', '%s 版权所有' % co],
            ['客服热线：400-%03d-%04d（工作日 9:00-18:00）' % (ctx.num(100, 999), ctx.num(0, 9999)), '本站文档均由用户上传，如有侵权请联系删除']])]))
    return L


# ----------------------------------------------------------------------------- layout

def indent_choice(ctx):
    return ctx.pick(['', '', '　　', '　　', '　', '  ', '    ', '\t'])


def blank_choice(ctx):
    return ctx.pick(['0', '1', '1', '2', 'ws'])


def wrap(text, n, first_indent):
    """Cut a stripped paragraph into pieces of about n characters; closing punctuation hangs."""
    pieces = []
    i = 0
    width = max(4, n - len(first_indent))
    while i < len(text):
        j = min(len(text), i + width)
        while j < len(text) and text[j] in '，。、；：？！”）》』」':
            j += 1
        while j < len(text) and (text[j].isspace() or text[j - 1].isspace()):
            j += 1
        pieces.append(text[i:j])
        i = j
        width = n
    return pieces


def build_page(ctx, style):
    """Lines [(text, label, kind, para)] and the variants list."""
    rng = ctx.rng
    site = site_name(ctx, style if style != 'pdf' else 'pdf')
    lines = []
    variants = []

    def add_block(name, blk, where_blank=True):
        if not blk:
            return
        variants.append(name)
        for t, k in blk:
            lines.append((t, 'chrome', k, ''))
        if where_blank and rng.random() < 0.3:
            lines.append(('', 'blank', 'blank', ''))

    if style == 'pdf':
        return build_pdf(ctx, site)
    for name, blk in head_blocks(ctx, style, site):
        add_block(name, blk)
    variants.append('|content')
    ind = indent_choice(ctx)
    bl = blank_choice(ctx)
    variants.append('indent=%s' % {'': 'none', '　　': 'ideo2', '　': 'ideo1', '  ': 'sp2', '    ': 'sp4', '\t': 'tab'}[ind])
    variants.append('blank=%s' % bl)
    mids = mid_blocks(ctx, style, site)
    p_mid = 0.3 if style not in ('wechat', 'docshare', 'shortvideo', 'weibo', 'qa') else 0.42
    idx = list(range(ctx.s, ctx.e + 1))
    for j, i in enumerate(idx):
        p = ctx.paras[i]
        kind = content_kind(p, i, ctx.paras)
        this_ind = '' if (kind == 'heading' and rng.random() < 0.5) else ind
        lines.append((this_ind + p, 'content', kind, str(i)))
        if j == len(idx) - 1:
            break
        if rng.random() < p_mid:
            blk = rng.choice(mids)()
            if bl != '0':
                lines.append(('', 'blank', 'blank', ''))
            variants.append('mid:' + blk[0][1])
            for t, k in blk:
                lines.append((t, 'chrome', k, ''))
        if bl == '1':
            lines.append(('', 'blank', 'blank', ''))
        elif bl == '2':
            lines += [('', 'blank', 'blank', '')] * 2
        elif bl == 'ws':
            lines.append((rng.choice(['　', ' ', '　　', '\t']), 'blank', 'blank', ''))
    variants.append('content|')
    if rng.random() < 0.5:
        lines.append(('', 'blank', 'blank', ''))
    for name, blk in tail_blocks(ctx, style, site):
        add_block(name, blk)
    return lines, variants, site


def build_pdf(ctx, site):
    rng = ctx.rng
    org = ctx.pick(['%s人民政府', '%s人民代表大会', '%s人民政府办公室']) % ctx.place
    lines, variants = [], []
    n = rng.randint(20, 44)
    ind = ctx.pick(['', '　　', '　　', '  '])
    kindp = ctx.pick(['viewer', 'word', 'printed'])
    variants.append('pdf_w%d' % n)
    variants.append(kindp)
    if kindp == 'viewer':
        hdr = [('%s.pdf' % ctx.title, 'title_repeat'), ('1 / %d' % ctx.num(6, 40), 'pagination'),
               (ctx.pick(['下载　打印　放大　缩小　全屏', '⬇ 下载  🖨 打印  ＋ ＿ 100%', '目录　缩略图　查找　旋转']), 'toolbar_actions')]
        if rng.random() < 0.5:
            hdr.insert(0, (site, 'nav'))
    elif kindp == 'word':
        hdr = [(ctx.pick(['%s（定稿）.docx' % ctx.title, '文档1 - Word', '%s.doc [兼容模式] - Word' % ctx.title[:12]]), 'title_repeat')]
        if rng.random() < 0.6:
            hdr.append((ctx.pick(['密级：公开', '★ 公开', '内部资料　注意保存', '编号：%03d' % ctx.num(1, 500)]), 'banji'))
    else:
        hdr = b_print_header(ctx, 1, ctx.num(4, 20), site)[:1]
    for t, k in hdr:
        lines.append((t, 'chrome', k, ''))
    if rng.random() < 0.3:
        lines.append(('', 'blank', 'blank', ''))
    variants.append('|content')
    page_no = 1
    tot = ctx.num(max(3, (ctx.e - ctx.s) // 3), 60)
    per_page = rng.randint(16, 30)
    count = 0

    def page_break():
        nonlocal page_no, count
        count = 0
        blk = []
        if rng.random() < 0.35:
            blk += b_footnote_page(ctx)
        if kindp == 'printed':
            blk += b_print_header(ctx, page_no, tot, site)[1:]
        blk += b_pageno(ctx, page_no, tot)
        page_no += 1
        if kindp == 'printed':
            blk += b_print_header(ctx, page_no, tot, site)[:1]
        elif rng.random() < 0.6:
            blk += b_running(ctx, org)
        if rng.random() < 0.15:
            blk += b_watermark(ctx, site)
        for t, k in blk:
            lines.append((t, 'chrome', k, ''))
        return blk

    for i in range(ctx.s, ctx.e + 1):
        p = ctx.paras[i]
        kind = content_kind(p, i, ctx.paras)
        if kind == 'heading' and len(p) <= n:
            pieces = [p]
            this_ind = '' if rng.random() < 0.5 else ind
        else:
            this_ind = ind
            pieces = wrap(p, n, this_ind)
        for j, piece in enumerate(pieces):
            lines.append(((this_ind if j == 0 else '') + piece, 'content', kind, str(i)))
            count += 1
            if count >= per_page and (i < ctx.e or j < len(pieces) - 1):
                blk = page_break()
                variants.append('pagebreak_inpara' if j < len(pieces) - 1 else 'pagebreak')
    variants.append('content|')
    if rng.random() < 0.7:
        for t, k in b_banji(ctx, org):
            lines.append((t, 'chrome', k, ''))
        variants.append('banji')
    if rng.random() < 0.5:
        for t, k in b_footnote_page(ctx):
            lines.append((t, 'chrome', k, ''))
        variants.append('footnote')
    for t, k in b_pageno(ctx, page_no, tot):
        lines.append((t, 'chrome', k, ''))
    if kindp == 'printed':
        lines.append(b_print_header(ctx, page_no, tot, site)[1][:1] + ('chrome', 'print_header', ''))
    return lines, variants, site


# ----------------------------------------------------------------------------- main

def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    used = earlier_ranges()
    plan = []
    for folder, want in FOLDERS:
        files = sorted(f for f in os.listdir(os.path.join(corpus, folder)) if f.endswith('.txt'))
        files = [f for f in files if not any(s in f for s in SKIP)]
        srcs = [folder + '/' + f for f in files]
        # documents no earlier set used first, then those with the most free paragraphs
        def free(src):
            paras = paragraphs(corpus, src)
            return sum(1 for i in range(len(paras)) if i not in used[src]) / max(1, len(paras))
        scored = sorted(srcs, key=lambda s: (bool(used[s]), -free(s), rng.random()))
        got = 0
        for src in scored:
            if got >= want:
                break
            paras = paragraphs(corpus, src)
            r = rng.random()
            pos = 'head' if r < 0.16 else 'tail' if r < 0.27 else None
            run = choose_run(rng, paras, used[src], pos)
            if run is None:
                continue
            plan.append((src, run))
            got += 1
    rng.shuffle(plan)
    plan = plan[:N_PAGES]
    # styles: one page in six is a hard-wrapped PDF / Word copy
    styles = []
    n_pdf = len(plan) // 6
    styles = ['pdf'] * n_pdf
    while len(styles) < len(plan):
        styles += list(STYLES)
    styles = styles[:len(plan)]
    rng.shuffle(styles)
    os.makedirs(os.path.join(HERE, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'gold'), exist_ok=True)
    for d in ('pages', 'gold'):
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    for k, ((src, (s, e)), style) in enumerate(zip(plan, styles), 1):
        doc = '%03d' % k
        paras = paragraphs(corpus, src)
        ctx = Ctx(random.Random('%d-%s' % (SEED, src)), src, paras, s, e)
        lines, variants, site = build_page(ctx, style)
        content = {t.strip() for t, lab, _, _ in lines if lab == 'content'}
        lines = [l for l in lines if not (l[1] == 'chrome' and (l[0].strip() in content or not l[0].strip()))]
        # no two blank lines more than two in a row at the edges
        while lines and lines[0][1] == 'blank':
            lines.pop(0)
        while lines and lines[-1][1] == 'blank':
            lines.pop()
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in lines))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, kind, para) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, kind, para))
        index.append('\t'.join([doc, style, src, str(s), str(e), str(len(lines)), ';'.join(variants), site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages:', len(plan))


if __name__ == '__main__':
    main()
