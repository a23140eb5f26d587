#!/usr/bin/env python3
"""Generator of the chrome DEVELOPMENT set 5 (stdlib only; fixed seed; written by helper "chromedev5").

Each page is a contiguous run of 3-40 real paragraphs of the shared corpus (byte-exact, stripped,
optionally indented) wrapped in page chrome written here from the writer's own knowledge of
document-sharing sites (文库 / 范文 / 资料), WeChat official-account copies and their reposts,
news apps and aggregators, forums and Q&A sites, and pages saved or printed from a browser.

  python make_pages.py                       rebuild pages/, gold/, index.tsv here (seed 20261305)
  python make_pages.py --seed 7 --out /tmp/v  draw a variant set into another folder

Runs avoid every paragraph range of eval/chrome_test, chrome_test2, chrome_test3 (their index.tsv)
and of the locked set being written in parallel (avoid_test4_ranges.tsv, a copy of
/work/wt/test4_ranges.tsv; eval/chrome_test4/index.tsv is read too when it exists).
Gold format: the one of eval/chrome_test3 (README.md here).
"""
import argparse
import collections
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261305
N_PAGES = 96
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'national_gwr_wikisource', 'cpc_congress_wikisource',
           'state_council_2004_2019')
SKIP_FILES = ('廣州共產黨報告', '03_中共第3次', '1954_国务院', '1956_国务院', '2024_枣庄', '2024_承德')
STYLES = ('wenku', 'wechat', 'newsapp', 'forum', 'browser')


# ----------------------------------------------------------------------------- corpus and ranges

def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


def blocked_ranges():
    """source_file -> [(start, end)] of the earlier test sets and of the parallel locked set 4."""
    out = collections.defaultdict(list)
    for name in ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4'):
        p = os.path.join(HERE, '..', name, 'index.tsv')
        if os.path.exists(p):
            for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
                c = r.split('\t')
                out[c[2]].append((int(c[3]), int(c[4])))
    for p in (os.path.join(HERE, 'avoid_test4_ranges.tsv'), '/work/wt/test4_ranges.tsv'):
        if os.path.exists(p):
            for r in open(p, encoding='utf-8').read().strip('\n').split('\n'):
                c = r.split('\t')
                if len(c) >= 3 and c[1].isdigit():
                    out[c[0]].append((int(c[1]), int(c[2])))
    return out


def read_titles(corpus, folder):
    p = os.path.join(corpus, folder, '_index.tsv')
    out = {}
    if os.path.exists(p):
        rows = [l.split('\t') for l in open(p, encoding='utf-8').read().strip('\n').split('\n')]
        head = rows[0]
        if 'title' in head:
            t = head.index('title')
            for r in rows[1:]:
                if len(r) > t:
                    out[r[0]] = re.sub(r'\s*\(.*?\)$', '', r[t]).strip()
    return out


CJK = re.compile('[\u4e00-\u9fff]')
EDITORIAL = re.compile(r'^(来源|作者|编辑|责任编辑|记者|原标题|主办|发布时间|字号|图片|附件：)|本文有删减|↑|名词解释|\[\d+\]|^注[:：]')


def bad_para(p):
    return (len(CJK.findall(p)) < 2 or EDITORIAL.search(p) is not None or len(p.splitlines()) != 1
            or any(unicodedata.category(ch) in ('Cc', 'Co', 'Cn', 'Cs') for ch in p))


def load_docs(corpus):
    docs = []
    for folder in FOLDERS:
        titles = read_titles(corpus, folder)
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or any(s in f for s in SKIP_FILES):
                continue
            text = open(os.path.join(corpus, folder, f), encoding='utf-8').read()
            paras = [l.strip() for l in text.split('\n') if l.strip()]
            if len(paras) < 6:
                continue
            if folder == 'state_council_2004_2019':
                lens = sorted(len(p) for p in paras)
                if lens[len(lens) // 2] < 20:   # name lists
                    continue
            title = titles.get(f)
            stem = f[:-4]
            if folder == 'city_gwr_2024':
                title = '2024年%s市政府工作报告' % stem.split('_')[1]
                place = stem.split('_')[1]
            elif folder == 'provincial_gwr_2025':
                title = '2025年%s政府工作报告' % stem.split('_')[1]
                place = stem.split('_')[1]
            elif folder == 'national_gwr_wikisource':
                title = title or '%s年政府工作报告' % stem[:4]
                place = '全国'
            elif folder == 'cpc_congress_wikisource':
                title = title or stem.split('_', 2)[2]
                place = '全国'
            else:
                title = title or stem.split('_', 2)[2]
                place = '全国'
            docs.append({'src': folder + '/' + f, 'folder': folder, 'paras': paras, 'title': title,
                         'place': place, 'year': int(stem[:4]) if stem[:4].isdigit() else None})
    return docs


# ----------------------------------------------------------------------------- content kinds

DATE_RE = re.compile(r'^[〇○零一二三四五六七八九十\d０-９]{2,4}年[〇○零一二三四五六七八九十\d０-９]{1,3}月'
                     r'[〇○零一二三四五六七八九十\d０-９]{1,3}日$')


def content_kind(paras, i):
    p = paras[i]
    n = len(paras)
    if p in ('（此件公开发布）', '(此件公开发布)') or DATE_RE.match(p) or (p.startswith('（') and DATE_RE.match(p.strip('（）'))):
        return 'signature'
    if i + 1 < n and DATE_RE.match(paras[i + 1]) and len(p) <= 30 and not re.search('[。，；！？]', p) and i >= n - 4:
        return 'signature'
    if p in ('各位代表：', '同志们：') or (p.endswith('：') and len(p) <= 60 and '。' not in p and (
            p.startswith('各') or (i <= 4 and not re.search('[，；]', p)))):
        return 'greeting'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


# ----------------------------------------------------------------------------- small word pools

SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤'
GIV = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉宁欣晨浩宇思雨婷博凯鹏飞琳颖倩佳慧子晗轩睿诗涵梓然一诺俊峰海燕春梅志远国庆振东晓'
NICK_A = ['清风', '老张', '小鹿', '阿杰', '半夏', '北岸', '南风', '晚星', '山河', '青禾', '木子', '一苇', '石头', '橘子',
          '大白', '初心', '追光', '远方', '麦田', '云朵', '老陈', '静水', '拾光', '知秋', '笃行', '不语', '西瓜', '豆豆']
NICK_B = ['徐来', '说事', '在路上', '的日常', '不吃鱼', '爱学习', '_2019', '1987', '君', '酱', '同学', '小白', '看世界',
          '笔记', '哥', '姐', '的窝', '666', '007', '本尊', '在线', '学长', '老师', '丫头']
WX_A = ['党建', '基层', '组工', '公文', '笔杆子', '机关', '政务', '写作', '材料', '学习', '理论', '廉政', '青年', '宣讲', '县域']
WX_B = ['之家', '参考', '在线', '园地', '荟萃', '智库', '日课', '研习社', '加油站', '资料库', '观察', '前沿', '课堂', '星火', '视点']
WENKU_SITES = ['百度文库', '人人文库', '淘豆网', '金锄头文库', '爱问共享资料', '冰点文库', '文档之家', '大文斗范文网',
               '笔杆子范文网', '写写帮文库', '稻壳阅读', '公文易范文', '好范文网', '原创力文档', '书业网', '三一文库']
NEWS_APPS = ['今日头条', '澎湃新闻', '新浪新闻', '网易新闻', '搜狐号', '腾讯新闻', '凤凰新闻', '百家号', '一点资讯', '界面新闻']
FORUMS = ['百度贴吧', '知乎', '天涯论坛', '公务员论坛', '机关论坛', '豆瓣小组', '红网论坛', '虎扑社区', '水木社区', '猫扑']
BROWSERS = ['print', 'reader', 'markdown', 'savedpage', 'clip']
PROVS = ['北京', '天津', '河北', '山西', '辽宁', '吉林', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北',
         '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '陕西', '甘肃', '宁夏', '新疆']
EMO = ['👍', '🔥', '📌', '✅', '💡', '👉', '🌟', '📖', '❤️', '💬', '⭐', '🎯', '📢', '🙏', '😊', '👏', '🚩', '📝']

SITE_DOMAINS = {
    '百度文库': 'wenku.baidu.com', '人人文库': 'www.renrendoc.com', '淘豆网': 'www.taodocs.com',
    '金锄头文库': 'www.jinchutou.com', '爱问共享资料': 'ishare.iask.sina.com.cn', '冰点文库': 'www.bingdoc.com',
    '文档之家': 'www.doczj.com', '大文斗范文网': 'www.wendou.net', '笔杆子范文网': 'www.biganzi.cn',
    '写写帮文库': 'www.xiexiebang.com', '稻壳阅读': 'www.docer.com', '公文易范文': 'www.gwy-fanwen.cn',
    '好范文网': 'www.haofanwen.net', '原创力文档': 'max.book118.com', '书业网': 'www.shuyeww.com', '三一文库': 'www.31doc.com',
    '今日头条': 'www.toutiao.com', '澎湃新闻': 'www.thepaper.cn', '新浪新闻': 'news.sina.com.cn',
    '网易新闻': 'www.163.com', '搜狐号': 'www.sohu.com', '腾讯新闻': 'news.qq.com', '凤凰新闻': 'news.ifeng.com',
    '百家号': 'baijiahao.baidu.com', '一点资讯': 'www.yidianzixun.com', '界面新闻': 'www.jiemian.com',
    '百度贴吧': 'tieba.baidu.com', '知乎': 'www.zhihu.com', '天涯论坛': 'bbs.tianya.cn', '公务员论坛': 'bbs.gwy-bbs.com',
    '机关论坛': 'www.jiguanbbs.net', '豆瓣小组': 'www.douban.com', '红网论坛': 'bbs.rednet.cn',
    '虎扑社区': 'bbs.hupu.com', '水木社区': 'www.newsmth.net', '猫扑': 'www.mop.com', '微信公众平台': 'mp.weixin.qq.com',
}


class Ctx:
    """Per-page drawing state: the random source, the document, the site, the chosen names."""

    def __init__(self, rng, doc, s, e, style, site):
        self.rng = rng
        self.doc = doc
        self.s, self.e = s, e
        self.style = style
        self.site = site
        self.title = doc['title']
        self.place = doc['place'] if doc['place'] != '全国' else rng.choice(PROVS)
        self.repost_year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
        if doc['year'] and doc['year'] >= 2019:
            self.repost_year = max(self.repost_year, doc['year'])
        self.account = self.wxname()
        self.index_site = None
        pl = self.place
        if doc['folder'] == 'city_gwr_2024':
            self.gov = pl + '市人民政府'
        elif doc['folder'] == 'provincial_gwr_2025':
            self.gov = pl + '人民政府'
        else:
            self.gov = pl + ('市人民政府' if pl in ('北京', '天津', '上海', '重庆') else
                             '壮族自治区人民政府' if pl == '广西' else '回族自治区人民政府' if pl == '宁夏' else
                             '维吾尔自治区人民政府' if pl == '新疆' else '省人民政府')
        self.used = set()

    # --- random helpers
    def c(self, seq):
        return self.rng.choice(seq)

    def r(self, a, b):
        return self.rng.randint(a, b)

    def p(self, prob):
        return self.rng.random() < prob

    def pick(self, pool):
        """A string of pool not picked before on this page (any, once the pool is used up)."""
        fresh = [t for t in pool if t not in self.used]
        t = self.c(fresh or pool)
        self.used.add(t)
        return t

    def person(self):
        return self.c(SURN) + ''.join(self.c(GIV) for _ in range(self.r(1, 2)))

    def nick(self):
        k = self.r(0, 5)
        if k == 0:
            return '用户%d' % self.r(10 ** 9, 10 ** 10 - 1)
        if k == 1:
            return self.c(NICK_A) + self.c(EMO[:6]) if self.p(0.3) else self.c(NICK_A) + self.c(NICK_A)
        if k == 2:
            return 'momo_%s%d' % (self.c(NICK_A), self.r(1, 99))
        return self.c(NICK_A) + self.c(NICK_B)

    def wxname(self):
        return (self.c(PROVS) if self.p(0.3) else '') + self.c(WX_A) + self.c(WX_B)

    def date(self, sep='-'):
        y = self.repost_year
        return '%d%s%02d%s%02d' % (y, sep, self.r(1, 12), sep, self.r(1, 28))

    def cdate(self):
        return '%d年%d月%d日' % (self.repost_year, self.r(1, 12), self.r(1, 28))

    def time(self):
        return '%02d:%02d' % (self.r(6, 23), self.r(0, 59))

    def num(self):
        k = self.r(0, 3)
        if k == 0:
            return str(self.r(3, 99))
        if k == 1:
            return str(self.r(100, 9999))
        if k == 2:
            return '%.1f万' % (self.r(10, 999) / 10)
        return '%d' % self.r(1000, 99999)

    def short_title(self):
        t = self.title
        return t if len(t) <= 24 else t[:self.r(12, 20)] + '…'

    def domain(self):
        return SITE_DOMAINS.get(self.site, 'www.%s.com' % self.c(['zwfw', 'dangjian', 'gongwen', 'wenmi', 'xuexi']))

    def url(self):
        d = self.domain()
        k = self.r(0, 4)
        if k == 0:
            return 'https://%s/p/%d.html' % (d, self.r(10 ** 8, 10 ** 9))
        if k == 1:
            return 'https://%s/a/%d_%d' % (d, self.r(10 ** 8, 10 ** 9), self.r(100000, 999999))
        if k == 2:
            return 'https://%s/s/%s' % (d, ''.join(self.c('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
                                                  for _ in range(22)))
        if k == 3:
            return 'https://%s/article/%d/%d.htm' % (d, self.repost_year, self.r(100000, 999999))
        return 'http://%s/view/%s.html' % (d, ''.join(self.c('0123456789abcdef') for _ in range(24)))

    def headline(self):
        """A plausible related headline (short), not drawn before on this page when avoidable."""
        for _ in range(12):
            t = self._headline()
            if t not in self.used:
                break
        self.used.add(t)
        return t

    def sentence_headline(self):
        """A related-list item that is a whole sentence ending with 。 (30-80 characters)."""
        for _ in range(12):
            t = self._sentence_headline()
            if t not in self.used:
                break
        self.used.add(t)
        return t

    def _headline(self):
        pl = self.place
        y = self.repost_year
        pats = ['%s召开%d年经济工作会议' % (pl, y), '一图读懂%s政府工作报告' % pl,
                '%d年政府工作报告全文（附解读）' % y, '关于加强基层党组织建设的调研报告',
                '%s：今年要办好十件民生实事' % pl, '党支部书记抓党建述职报告范文（3篇）',
                '乡镇%d年上半年工作总结及下半年工作计划' % y, '%d年机关党建工作要点' % y,
                '政府工作报告中的这些数字，与你息息相关', '专题党课讲稿：以学铸魂 以学增智',
                '%s两会 | 代表委员热议高质量发展' % pl, '领导干部民主生活会对照检查材料',
                '%s发布重磅规划，涉及交通、教育、医疗' % pl, '最新！%d年度个人述职述廉报告' % y,
                '关于进一步优化营商环境的实施意见', '县委书记在全县干部大会上的讲话',
                '%s政府工作报告新闻发布会实录' % pl, '主题教育专题组织生活会发言提纲',
                '%d年%s十大民生实事项目公布' % (y, pl), '如何写好一篇工作总结？这5点要记牢']
        return self.c(pats)

    def _sentence_headline(self):
        pl = self.place
        pats = ['%s今年将新建改建城市道路一百余公里，打通断头路，群众出行将更加便捷。' % pl,
                '报告提出要持续优化营商环境，让企业办事少跑腿、好办事，这些新举措值得关注。',
                '一位基层干部的笔记：把群众的小事当成自己的大事，才能真正把工作做到心坎上。',
                '这份材料结构清晰、语言朴实，特别适合刚参加工作的年轻同志学习借鉴，建议收藏。',
                '%s代表委员围绕乡村振兴建言献策，多项建议被写入今年的政府工作报告。' % pl,
                '从十组关键词读懂今年的政府工作报告，看看哪些变化将影响你我的生活。',
                '写材料最怕的不是没有素材，而是不会提炼观点，这篇文章讲透了其中的门道。',
                '%s发布就业新政，高校毕业生到基层工作可享受一次性补贴和住房保障。' % pl,
                '政府工作报告里的“民生清单”出炉，教育、医疗、养老都有新安排。',
                '年终总结怎么写才能出彩？老笔杆子分享了三个屡试不爽的小技巧，干货满满。']
        return self.c(pats)

    def doctitle(self, ext=None):
        ext = ext or self.c(['.doc', '.docx', '.pdf', '.wps', '.docx', '.doc'])
        pats = [self.title, self.title + '（全文）', self.title + '范文', '%s最新%s' % (self.repost_year, self.title),
                self.headline(), '%s心得体会' % self.c(['学习政府工作报告', '学习两会精神', '学习党代会报告']),
                '%s（精选5篇）' % self.c(['政府工作报告学习体会', '工作总结', '述职报告', '党课讲稿']),
                '%s讨论发言材料' % self.c(['政府工作报告', '党代会报告']), '关于%s的学习笔记' % self.short_title()]
        return self.c(pats) + ext


def fw(s):
    """Half-width ASCII to full-width forms (a full-width variant of a chrome line)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xfee0))
        elif ch == ' ':
            out.append('\u3000')
        else:
            out.append(ch)
    return ''.join(out)


def vary(ctx, s):
    """Spacing / width / indent variants of one chrome line."""
    k = ctx.r(0, 9)
    if k == 0:
        return fw(s)
    if k == 1:
        return '  ' + s
    if k == 2:
        return s.replace(' ', '   ')
    if k == 3:
        return '\u3000\u3000' + s
    if k == 4:
        return s + ' '
    return s


def L(kind, *texts):
    return [(t, kind) for t in texts]


def blank():
    return [('', 'blank')]


def items(ctx, kind, head, its, seps=(' | ', '  ', ' · ', '｜', ' / ', '　', ' ')):
    """A header then items, one per line or all on one line."""
    out = []
    if ctx.p(0.5):
        line = (head + ' ' if head else '') + ctx.c(seps).join(its)
        out += L(kind, vary(ctx, line))
    else:
        if head:
            out += L(kind, head)
        for t in its:
            out += L(kind, vary(ctx, t) if ctx.p(0.3) else t)
            if ctx.p(0.15):
                out += blank()
    return out


MOJI_PHRASES = ['阅读原文', '分享到朋友圈', '点击查看全文', '下载文档', '相关推荐', '返回顶部', '举报', '扫码关注']


def mojibake(ctx):
    s = ctx.c(MOJI_PHRASES)
    k = ctx.r(0, 3)
    if k == 0:
        t = s.encode('utf-8').decode('gbk', errors='replace')
    elif k == 1:
        t = s.encode('utf-8').decode('latin-1')
    elif k == 2:
        t = s.encode('gbk').decode('utf-8', errors='replace')
    else:
        t = '锟斤拷' * ctx.r(2, 5) + ctx.c(['', '烫烫烫', '屯屯屯'])
    t = ''.join(ch for ch in t if unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Zl', 'Zp'))
    return L('mojibake', t or '锟斤拷锟斤拷')


# ============================================================================ wenku (document-sharing)

def wk_nav(ctx):
    k = ctx.r(0, 3)
    if k == 0:
        return items(ctx, 'nav', '', [ctx.site, '首页', '分类', '精品专区', '办公文档', 'VIP会员', '上传文档', '登录', '注册'])
    if k == 1:
        return L('nav', ctx.site, ctx.c(['搜索文档、试题、课件', '请输入关键词', '输入您想找的文档']), ctx.c(['搜索', '搜 索', '🔍']))
    if k == 2:
        return L('nav', '%s - 海量文档免费阅读' % ctx.site) + \
            items(ctx, 'nav', '', ['范文大全', '工作总结', '工作计划', '心得体会', '述职报告', '讲话稿'])
    return L('nav', '登录 / 注册', '开通VIP', '我的文库', '客户端下载')


def wk_breadcrumb(ctx):
    seg = [ctx.c(['首页', '文库首页', '网站首页']), ctx.c(['行政公文', '党团工作', '办公文档', '政府报告', '公文范文']),
           ctx.c(['工作报告', '政府工作报告', '讲话致辞', '总结汇报'])]
    if ctx.p(0.6):
        return L('breadcrumb', ctx.c([' > ', '>', ' >> ', ' / ', ' » ', '＞', ' - ']).join(seg) +
                 (ctx.c(['', ' > 正文', ' > 详情']) if ctx.p(0.6) else ''))
    out = L('breadcrumb', ctx.c(['您的位置：', '当前位置：', '位置：']))
    for i, s in enumerate(seg):
        out += L('breadcrumb', s)
        if i < len(seg) - 1 and ctx.p(0.6):
            out += L('breadcrumb', ctx.c(['>', '/', '»']))
    return out


def wk_title(ctx):
    ext = ctx.c(['.doc', '.docx', '.pdf', '.wps', '.docx'])
    t = ctx.c([ctx.title + ext, ctx.title + ext + ' - ' + ctx.site, '【%s】%s' % (ctx.c(['精品', '最新', '推荐']), ctx.title),
               ctx.title + '（完整版）' + ext, '%s_%s' % (ctx.title, ctx.site), ctx.title + '（word版可编辑修改）'])
    return L('title_repeat', t)


def wk_meta(ctx):
    up = ctx.nick()
    pages = ctx.r(4, 60)
    size = ctx.c(['%dKB' % ctx.r(20, 900), '%.2fMB' % (ctx.r(100, 900) / 100)])
    fmt = ctx.c(['DOC', 'DOCX', 'PDF', 'WPS'])
    dls = ctx.r(3, 9999)
    score = ctx.c(['4.5分', '4.8', '★★★★☆', '★★★★★', '3.9分(%d人评价)' % ctx.r(3, 80)])
    parts = ['上传人：%s' % up, '上传时间：%s' % ctx.date(), '页数：%d页' % pages, '格式：%s' % fmt, '大小：%s' % size,
             '下载：%d次' % dls, '评分：%s' % score, '浏览：%s' % ctx.num()]
    ctx.rng.shuffle(parts)
    parts = parts[:ctx.r(3, 8)]
    k = ctx.r(0, 3)
    if k == 0:
        return L('metadata', vary(ctx, ctx.c(['  ', ' | ', '　', '    ', ' ']).join(parts)))
    if k == 1:
        return [(p, 'metadata') for p in parts]
    if k == 2:
        out = []
        for p in parts:
            a, b = p.split('：', 1)
            out += L('metadata', a + ('：' if ctx.p(0.5) else ''), b)
        return out
    return L('metadata', '%s 于 %s 上传  共%d页' % (up, ctx.date(), pages),
             '%s人已下载  %s人收藏  %s' % (ctx.r(2, 5000), ctx.r(1, 900), score))


def wk_actions(ctx):
    its = ['下载文档', '收藏', '分享', '打印', '举报', '全屏阅读', '转存到网盘', '加入阅读清单', '复制文字']
    ctx.rng.shuffle(its)
    its = its[:ctx.r(3, 6)]
    if ctx.p(0.4):
        return L('toolbar_actions', ctx.c([' ', '  ', ' | ', '　']).join('【%s】' % i if ctx.p(0.3) else i for i in its))
    return [(i, 'toolbar_actions') for i in its]


def wk_paywall_top(ctx):
    pool = ['本文档需要%d下载券，VIP会员免费下载' % ctx.r(1, 10), 'VIP专享文档', '付费文档 ￥%d.%02d' % (ctx.r(1, 29), ctx.r(0, 99)),
            '开通VIP，免费下载本文档及%s份精品资料' % ctx.c(['3000万', '1亿', '800万']), '立即下载', '试读%d页' % ctx.r(2, 5),
            '下载本文档需要消耗%d积分' % ctx.r(2, 20), '此文档由用户上传，可试读前%d页，完整内容请下载后查看。' % ctx.r(2, 5),
            '限时特惠：新用户首月VIP仅需%d元' % ctx.r(6, 19)]
    ctx.rng.shuffle(pool)
    return [(vary(ctx, t), 'paywall') for t in pool[:ctx.r(1, 3)]]


def wk_paywall_mid(ctx):
    k = ctx.r(0, 6)
    if k == 0:
        return L('paywall', '剩余%d页未读，继续阅读' % ctx.r(3, 40))
    if k == 1:
        return L('paywall', '剩余%d页未读，' % ctx.r(3, 40), '继续阅读')
    if k == 2:
        return L('paywall', '展开阅读全文', ctx.c(['∨', '▼', '↓']))[:ctx.r(1, 2)]
    if k == 3:
        return L('paywall', '试读已结束，剩余内容需下载后阅读', '立即下载（%d下载券）' % ctx.r(1, 8))
    if k == 4:
        return L('paywall', '还剩%d%%未读，点击继续阅读 >>' % ctx.r(40, 92))
    if k == 5:
        return L('paywall', '— 以下为付费内容，开通会员后可查看全部 —')
    return L('paywall', '……（试读结束，全文共%d页）' % ctx.r(5, 30), '开通VIP 免费阅读全文')


def wk_toc(ctx):
    heads = [p for p in ctx.doc['paras'] if re.match('^[一二三四五六七八九十]{1,3}、', p) and len(p) <= 40 and '。' not in p]
    if len(heads) < 2:
        return []
    out = L('toc', ctx.c(['文档目录', '目录', '本文目录', '目  录', '目　录', '文档目录（点击跳转）']))
    page = ctx.r(1, 3)
    lead = ctx.c(['……', '..........', ' ', '\u3000', '……………', ' …… '])
    for h in heads[:8]:
        out += L('toc', '%s%s%d' % (h, lead, page))
        page += ctx.r(1, 6)
    if ctx.p(0.4):
        out += L('toc', ctx.c(['收起目录', '展开全部 ∨', '共%d项' % len(heads[:8])]))
    return out


def wk_related(ctx):
    head = ctx.c(['相关文档', '相关推荐', '猜你喜欢', '同类文档推荐', '最新文档', '热门文档', '▍相关文档', '本文档相关推荐'])
    its = []
    for i in range(ctx.r(3, 7)):
        t = ctx.doctitle()
        k = ctx.r(0, 4)
        if k == 0:
            t = '%d. %s' % (i + 1, t)
        elif k == 1:
            t = '%s  %d页' % (t, ctx.r(2, 40))
        elif k == 2:
            t = '%s  %s人阅读' % (t, ctx.num())
        elif k == 3:
            t = '%s %s' % (ctx.c(['●', '·', '■', '-', '◆']), t)
        its.append(t)
    out = L('related', head) + [(t, 'related') for t in its]
    if ctx.p(0.5):
        out += L('related', ctx.c(['查看更多 >', '更多>>', '换一换', '加载更多']))
    return out


def wk_disclaimer(ctx):
    pool = ['免责声明：本文档由用户上传分享，仅供学习交流使用，文档内容的真实性、准确性和完整性由上传者负责，平台不承担相关法律责任。',
            '版权声明：本站所有文档均为网友上传，如有侵犯您的版权，请联系我们并提供权属证明，我们将在核实后第一时间删除。',
            '温馨提示：本资料为用户自行上传，下载前请确认文档内容是否符合您的需求，付费后因内容不符不予退款。',
            '本文档不代表本网站立场，若文档存在侵权或违规问题，请点击页面右侧的举报按钮，我们将尽快处理。',
            '注意：如果文档显示不全或格式错乱，请下载到本地后用Office或WPS打开。',
            '本站仅提供存储空间，不对用户上传的内容承担审核义务。']
    ctx.rng.shuffle(pool)
    out = []
    if ctx.p(0.3):
        out += L('disclaimer', ctx.c(['声明', '免责声明', '版权说明：']))
    return out + [(t, 'disclaimer') for t in pool[:ctx.r(1, 3)]]


def wk_report(ctx):
    return L('toolbar_actions', ctx.c(['举报', '我要举报', '⚠ 举报该文档', '侵权投诉 | 举报']))


def wk_footer(ctx):
    pool = ['Copyright © %d-%d %s 版权所有' % (ctx.r(2008, 2016), ctx.repost_year, ctx.domain()),
            '%sICP备%08d号-%d' % (ctx.c(['京', '沪', '浙', '粤', '苏', '鄂', '川']), ctx.r(10 ** 7, 10 ** 8 - 1), ctx.r(1, 9)),
            '关于我们 | 联系我们 | 用户协议 | 隐私政策 | 侵权投诉', '客服热线：400-%03d-%04d' % (ctx.r(100, 999), ctx.r(0, 9999)),
            '%s公网安备 %d号' % (ctx.c(['京', '浙', '沪']), ctx.r(10 ** 13, 10 ** 14 - 1)),
            '工作时间：周一至周五 9:00-18:00', '本站为文档C2C交易模式，即用户上传的文档直接卖给下载用户，本站只是中间服务平台。']
    ctx.rng.shuffle(pool)
    pool = pool[:ctx.r(2, 5)]
    if ctx.p(0.3):
        return L('footer', '  '.join(pool))
    return [(t, 'footer') for t in pool]


def wk_uploaderbox(ctx):
    return L('metadata', ctx.c(['贡献者', '上传者', '文档贡献者']), ctx.nick(),
             '贡献于%s' % ctx.date(), '%d 份文档  %s 次下载' % (ctx.r(3, 900), ctx.num()))[:ctx.r(2, 4)]


def wk_ads(ctx):
    return L('ads', ctx.c(['广告', '[广告]', '推广', 'AD']),
             ctx.c(['写材料就用AI智能写作，一键生成讲话稿、总结、报告，新用户免费体验3次！',
                    '公文写作培训班火热报名中，资深笔杆子手把手教学→',
                    '下载APP 领取VIP体验卡', '海量范文 一键下载 尽在%s' % ctx.site]))


# ============================================================================ WeChat

def wx_head(ctx):
    author = ctx.person()
    out = []
    k = ctx.r(0, 3)
    if k == 0:
        out += L('metadata', '原创 %s %s %s %s' % (author, ctx.account, ctx.date(), ctx.time()))
    elif k == 1:
        out += L('metadata', ctx.c(['原创', '原创 ']), author, ctx.account, '%s %s %s' % (ctx.date(), ctx.time(), ctx.c(PROVS)))
    elif k == 2:
        out += L('metadata', '%s  %s  %s年%d月%d日 %s' % (ctx.account, author, ctx.repost_year, ctx.r(1, 12), ctx.r(1, 28), ctx.time()))
    else:
        out += L('metadata', ctx.account, ctx.date())
    if ctx.p(0.5):
        out += L('metadata', '收录于合集 #%s %d个' % (ctx.c(['政府工作报告', '公文写作', '学习资料', '两会']), ctx.r(5, 300)))
    if ctx.p(0.3):
        out += L('metadata', '作者：%s　编辑：%s' % (ctx.person(), ctx.person()))
    return out


def wx_follow_top(ctx):
    pool = [['点击上方蓝字', '关注我们'], ['↑点击上方“%s”，关注我们' % ctx.account],
            ['👆点击上方蓝字关注，每天学习一篇好文章'], ['☆ 设为星标，第一时间获取更新'],
            ['关注%s，获取更多公文写作资料' % ctx.account], ['点击蓝字', '关注我们', '▼']]
    return [(t, 'follow') for t in ctx.c(pool)]


def wx_readtime(ctx):
    return L('metadata', ctx.c(['阅读时长约%d分钟' % ctx.r(3, 25), '全文约%d字，阅读约需%d分钟' % (ctx.r(1500, 12000), ctx.r(4, 30)),
                                '本文共%d字 预计阅读%d分钟' % (ctx.r(1500, 12000), ctx.r(4, 30))]))


def wx_source_top(ctx):
    k = ctx.r(0, 3)
    src = ctx.c(['%s网' % ctx.gov, '%s日报' % ctx.place, '新华社', '人民网', '%s发布' % ctx.place, ctx.wxname()])
    if k == 0:
        return L('metadata', '来源：%s' % src)
    if k == 1:
        return L('metadata', '来源 | %s' % src, '编辑 | %s' % ctx.person())
    if k == 2:
        return L('metadata', '本文来源：%s公众号' % ctx.wxname())
    return L('metadata', '转载自：%s' % src)


def wx_image(ctx):
    return L('html_residue', ctx.c(['[图片]', '图片', '![](https://mmbiz.qpic.cn/mmbiz_jpg/%s/640)' % ''.join(
        ctx.c('abcdefghijkLMNOPQRxyz0123456789') for _ in range(20)), '图片来源网络', '（图片来源：网络）', '▲图片来源于网络，侵删']))


def wx_end(ctx):
    return L('footer', ctx.c(['END', '-END-', '— END —', '- THE END -', 'END ▪', '—  完  —', '·END·']))


def wx_editors(ctx):
    names = ['编辑：%s' % ctx.person(), '审核：%s' % ctx.person(), '校对：%s' % ctx.person(), '责编：%s' % ctx.person(),
             '终审：%s' % ctx.person(), '初审：%s' % ctx.person()]
    ctx.rng.shuffle(names)
    names = names[:ctx.r(2, 4)]
    k = ctx.r(0, 2)
    if k == 0:
        return L('metadata', ctx.c(['  ', ' | ', '　', ' ']).join(names))
    if k == 1:
        return [(n, 'metadata') for n in names]
    return L('metadata', '来源：%s' % ctx.c(['%s公众号' % ctx.wxname(), '%s发布' % ctx.place, '综合整理']),
             ' | '.join(names))


def wx_disclaimer(ctx):
    pool = ['声明：本文来源于网络，仅供学习交流，版权归原作者所有。如有侵权，请联系我们删除。',
            '文中观点仅代表作者个人，不代表本公众号立场，转载请注明出处。',
            '本号所发文章均为学习交流之用，部分内容来自网络，若有不妥之处请后台留言，我们会及时处理。',
            '未经授权，禁止转载。如需转载请在后台留言获取授权。',
            '图片来源网络，如有侵权请联系删除。']
    ctx.rng.shuffle(pool)
    return [(t, 'disclaimer') for t in pool[:ctx.r(1, 2)]]


def wx_past(ctx):
    head = ctx.c(['往期推荐', '▼往期推荐▼', '— 往期推荐 —', '推荐阅读', '往期精彩回顾', '🔥往期热文', '精彩回顾'])
    out = L('related', head)
    for i in range(ctx.r(3, 6)):
        t = ctx.sentence_headline() if ctx.p(0.6) else ctx.headline()
        k = ctx.r(0, 3)
        if k == 0:
            t = '%d、%s' % (i + 1, t)
        elif k == 1:
            t = '▶ ' + t
        elif k == 2:
            t = '● ' + t
        out += L('related', t)
        if ctx.p(0.15):
            out += blank()
    return out


def wx_qr(ctx):
    pool = [['扫码关注我们'], ['长按识别二维码，关注%s' % ctx.account], ['微信号：%s%d' % (ctx.c(['dj', 'gw', 'zg', 'xx']), ctx.r(100, 9999))],
            ['扫码关注', '获取更多精彩'], ['▲长按二维码识别关注'], ['[二维码]', '%s' % ctx.account]]
    return [(t, 'qr') for t in ctx.c(pool)]


def wx_readmore(ctx):
    return L('toolbar_actions', ctx.c(['阅读原文', '阅读原文 >>', '点击“阅读原文”查看更多', '阅读原文 阅读 %s' % ctx.num()]))


def wx_likes(ctx):
    k = ctx.r(0, 4)
    if k == 0:
        return L('share', '分享', '收藏', '点赞', '在看')
    if k == 1:
        return L('share', '阅读 %s  点赞 %d  在看 %d' % (ctx.num(), ctx.r(0, 999), ctx.r(0, 300)))
    if k == 2:
        return L('share', '点个“在看”，让更多人看到', '👇')
    if k == 3:
        return L('share', '喜欢此内容的人还喜欢', '分享  点赞  在看')
    return L('share', '觉得有用就点个在看吧～', '分享 %d  赞 %d  在看 %d' % (ctx.r(0, 99), ctx.r(0, 999), ctx.r(0, 200)))


def wx_comments(ctx):
    out = L('comments', ctx.c(['留言', '写留言', '精选留言', '留言 %d' % ctx.r(2, 60), '全部留言']))
    if ctx.p(0.3):
        out += L('comments', '留言区')
    texts = ['写得真好，收藏了，明天开会正好用得上。', '学习了！', '这篇总结得很到位，条理清楚，值得反复学习。',
             '请问有完整版的吗？想下载下来慢慢看。', '干货满满，感谢小编的辛苦整理，已经转发给单位的同事们了。',
             '每天都来打卡学习，坚持就是胜利💪', '第三部分的提法很有新意，我们县今年的报告也可以参考一下。',
             '👍👍👍', '小编辛苦了', '能不能出一期关于述职报告怎么写的专题？非常期待！', '已转发到工作群',
             '字里行间都是实干，读完很受鼓舞。',
             '我们单位上周刚开完学习会，领导要求每人写一篇心得，这篇来得太及时了，谢谢分享。',
             '建议小编以后把原文链接也附上，方便大家核对出处，毕竟写材料引用要严谨。',
             '作为一名刚到乡镇工作的选调生，读这样的报告能帮我更快地了解全局，受益匪浅。']
    for _ in range(ctx.r(2, 5)):
        nm = ctx.nick()
        t = ctx.pick(texts)
        k = ctx.r(0, 2)
        if k == 0:
            out += L('comments', nm, t)
        elif k == 1:
            out += L('comments', '%s：%s' % (nm, t))
        else:
            out += L('comments', nm + ('  ' + ctx.c(PROVS) if ctx.p(0.5) else ''), t, '%d' % ctx.r(1, 99))
        if ctx.p(0.4):
            rep = ctx.c(['谢谢支持！', '感谢关注，后台回复“报告”即可获取。', '已安排，敬请期待～', '一起学习进步！'])
            out += L('comments', ctx.c(['作者', '作者回复', '%s（作者）' % ctx.account]), rep) if ctx.p(0.5) else \
                L('comments', '作者回复：' + rep)
    return out


def wx_repost_head(ctx):
    """A WeChat article reposted on a news app or a web site."""
    k = ctx.r(0, 3)
    if k == 0:
        return L('metadata', '本文转载自微信公众号“%s”' % ctx.account)
    if k == 1:
        return L('metadata', '以下文章来源于%s，作者%s' % (ctx.account, ctx.person()))
    if k == 2:
        return L('metadata', ctx.account, ctx.c(['专注公文写作，分享实用材料', '每天一篇，陪你成长', '基层干部的学习园地']))
    return L('metadata', '来源：%s公众号  作者：%s' % (ctx.account, ctx.person()))


# ============================================================================ news apps / aggregators

def na_top(ctx):
    app = ctx.site
    pool = {'今日头条': ['打开今日头条APP，查看更多精彩', '首页', '头条号'],
            '澎湃新闻': ['澎湃新闻', '打开APP', '澎湃号·政务'],
            '新浪新闻': ['新浪首页', '新闻', '体育', '财经', '娱乐', '科技', '登录'],
            '网易新闻': ['网易首页', '应用', '网易新闻', '网易号', '打开APP'],
            '搜狐号': ['搜狐', '首页', '新闻', '体育', '汽车', '房产', '旅游', '教育'],
            '腾讯新闻': ['腾讯网', '要闻', '本地', '打开腾讯新闻'],
            '凤凰新闻': ['凤凰网首页', '资讯', '打开凤凰新闻APP'],
            '百家号': ['百度首页', '百家号', '登录'],
            '一点资讯': ['一点资讯', '下载APP', '推荐'],
            '界面新闻': ['界面新闻', '快讯', '下载APP']}.get(app, [app, '打开APP'])
    if ctx.p(0.5):
        return L('nav', ctx.c([' ', '  ', ' | ', '　']).join(pool))
    return [(t, 'nav') for t in pool]


def na_openapp(ctx):
    return L('ads', ctx.c(['打开APP', 'APP内打开', '打开%s，阅读体验更佳' % ctx.site, '打开APP 看高清大图', '在APP中打开，查看更多评论',
                           '打开APP，领取新人红包', '下载客户端，看更多精彩资讯']))


def na_title(ctx):
    k = ctx.r(0, 4)
    t = ctx.title
    if k == 0:
        return L('title_repeat', t)
    if k == 1:
        return L('title_repeat', '%s（全文）' % t)
    if k == 2:
        return L('title_repeat', '全文来了！%s' % t)
    if k == 3:
        return L('title_repeat', '%s_%s' % (t, ctx.site))
    return L('title_repeat', '权威发布 | %s' % t)


def na_meta(ctx):
    rep = ctx.person()
    k = ctx.r(0, 4)
    if k == 0:
        return L('metadata', '%s %s  来源：%s' % (ctx.date(), ctx.time(), ctx.c(['%s日报' % ctx.place, '新华社', '人民网', ctx.account])))
    if k == 1:
        return L('metadata', ctx.account, '%s %s' % (ctx.date(), ctx.time()), ctx.c(['关注', '+关注', '已关注']))
    if k == 2:
        return L('metadata', '记者 %s %s' % (rep, ctx.person()), '%s %s  %s' % (ctx.date(), ctx.time(), ctx.c(['', '发布于%s' % ctx.place])))
    if k == 3:
        return L('metadata', '%s号 · %s' % (ctx.c(['澎湃', '搜狐', '网易', '头条']), ctx.account),
                 '%s%s · %s' % (ctx.c(['', '发布于', '']), ctx.date(), ctx.c(PROVS)))
    return L('metadata', '原创 %s · %s  %s' % (ctx.account, ctx.date(), ctx.c(['阅读 %s' % ctx.num(), '%s人阅读' % ctx.num()])))


def na_audio(ctx):
    return L('audio', ctx.c(['听新闻', '🎧 听全文', '点击收听 %02d:%02d' % (ctx.r(2, 25), ctx.r(0, 59)), '▶ 播放  00:00 / %02d:%02d' % (ctx.r(2, 25), ctx.r(0, 59)),
                             '语音播报', 'AI朗读本文']))


def na_expand(ctx):
    return L('paywall', ctx.c(['展开全文', '展开全文 ∨', '点击展开全文', '... 展开剩余%d%%' % ctx.r(30, 90), '展开阅读全文']))


def na_ad(ctx):
    k = ctx.r(0, 4)
    if k == 0:
        return L('ads', '广告', ctx.c(['投资理财 稳健增值', '夏季清仓 低至3折', '装修报价 免费测算', '学历提升 在职也能读']))
    if k == 1:
        return L('ads', '%s  广告' % ctx.c(['这款手机太好用了，老人孩子都喜欢', '月薪五千也能买得起的新能源车']))
    if k == 2:
        return L('ads', '— 广告 —')
    if k == 3:
        return L('ads', '[广告] 立即下载', '查看详情 >')
    return L('ads', '赞助内容')


def na_report(ctx):
    return L('toolbar_actions', ctx.c(['举报', '举报/反馈', '投诉', '⚠举报']))


def na_editor(ctx):
    k = ctx.r(0, 3)
    if k == 0:
        return L('metadata', '责任编辑：%s' % ctx.person())
    if k == 1:
        return L('metadata', '（责任编辑：%s_%s）' % (ctx.person(), ctx.c(['NF', 'B10', 'JN', 'SZ', '%04d' % ctx.r(1, 9999)])))
    if k == 2:
        return L('metadata', '编辑：%s  校对：%s' % (ctx.person(), ctx.person()))
    return L('metadata', '返回%s，查看更多' % ctx.c(['搜狐', '网易', '首页']), '责任编辑：')


def na_disclaimer(ctx):
    pool = ['声明：该文观点仅代表作者本人，%s系信息发布平台，仅提供信息存储空间服务。' % ctx.site,
            '特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供信息存储服务。',
            '本文为%s作者原创，未经授权不得转载。' % ctx.site,
            '免责声明：本文内容仅供参考，不构成任何投资建议，据此操作风险自担。',
            '本内容为作者独立观点，不代表%s立场。如因作品内容、版权等问题需要与本网联系的，请在30日内进行。' % ctx.site,
            '本文来自%s客户端，未经授权，任何单位和个人不得转载、摘编或以其他方式使用。' % ctx.site,
            '文章内容系作者个人观点，不代表平台对观点赞同或支持，如有异议请在评论区理性讨论。']
    return L('disclaimer', ctx.c(pool))


def na_related(ctx):
    head = ctx.c(['相关推荐', '24小时热文', '热点精选', '为你推荐', '猜你喜欢', '相关阅读', '热门推荐', '更多精彩'])
    out = L('related', head)
    for _ in range(ctx.r(3, 6)):
        t = ctx.headline() if ctx.p(0.6) else ctx.sentence_headline()
        k = ctx.r(0, 3)
        if k == 0:
            out += L('related', t, '%s  %s评论  %s' % (ctx.c([ctx.account, ctx.wxname(), '%s发布' % ctx.place]), ctx.r(0, 999),
                                                    ctx.c(['%d小时前' % ctx.r(1, 23), '%d分钟前' % ctx.r(1, 59), '昨天', ctx.date()])))
        elif k == 1:
            out += L('related', '%s %s阅读' % (t, ctx.num()))
        else:
            out += L('related', t)
    if ctx.p(0.4):
        out += L('related', ctx.c(['查看更多', '加载更多', '没有更多了', '换一批']))
    return out


def na_hotcomments(ctx):
    out = L('comments', ctx.c(['热门评论', '网友评论', '全部评论 %d' % ctx.r(2, 900), '评论（%d）' % ctx.r(2, 900), '跟贴 %d' % ctx.r(2, 900)]))
    if ctx.p(0.4):
        out += L('comments', ctx.c(['写评论...', '我来说两句', '发表你的看法', '文明上网，理性发言']))
    texts = ['报告写得实在，老百姓最关心的就业和看病问题都提到了，希望都能落实到位。', '支持！为家乡点赞！',
             '说得再好不如做得好，明年这个时候看成绩单。', '我们这里的路确实修得越来越好了，点赞。',
             '这么长谁看得完啊', '希望多关注一下农村养老的问题，现在很多老人看病还是不方便。', '第一！', '不明觉厉',
             '数字很漂亮，期待落地。', '家乡越来越好，在外打拼的游子看了很感动。',
             '去年说要修的那条路今年终于通车了，说到做到，这样的报告老百姓愿意看。',
             '希望报告里提到的托育补贴早点出细则，年轻人压力太大了，生不起也养不起。',
             '作为外地来这里工作的人，感觉这几年营商环境确实好了不少，办事效率高了很多。']
    for _ in range(ctx.r(2, 5)):
        nm = ctx.nick()
        loc = ctx.c(PROVS)
        k = ctx.r(0, 3)
        if k == 0:
            out += L('comments', nm, ctx.pick(texts), '%s · %s  回复  赞%d' % (ctx.c(['%d小时前' % ctx.r(1, 23), ctx.date()]), loc, ctx.r(0, 999)))
        elif k == 1:
            out += L('comments', '%s  %s网友' % (nm, loc), ctx.pick(texts))
        elif k == 2:
            out += L('comments', '%s：%s' % (nm, ctx.pick(texts)), '%d  回复' % ctx.r(0, 300))
        else:
            out += L('comments', '%s  IP属地：%s' % (nm, loc), ctx.pick(texts))
        if ctx.p(0.25):
            out += L('comments', '%s 回复 %s：%s' % (ctx.nick(), nm, ctx.c(['同感', '说得对，关键看落实。', '哈哈', '+1'])))
    if ctx.p(0.5):
        out += L('comments', ctx.c(['查看全部%d条评论 >' % ctx.r(10, 900), '展开更多评论', '打开APP查看全部评论']))
    return out


def na_share(ctx):
    its = ['微信', '朋友圈', '微博', 'QQ', 'QQ空间', '复制链接']
    ctx.rng.shuffle(its)
    its = its[:ctx.r(2, 5)]
    if ctx.p(0.5):
        return L('share', '分享到：' + ctx.c([' ', '  ', '、', ' | ']).join(its))
    return L('share', '分享至') + [(t, 'share') for t in its]


def na_tags(ctx):
    tags = ['政府工作报告', ctx.place, '两会', '高质量发展', '民生', '经济', '乡村振兴']
    ctx.rng.shuffle(tags)
    tags = tags[:ctx.r(2, 4)]
    if ctx.p(0.5):
        return L('tags', ' '.join('#' + t for t in tags) if ctx.p(0.5) else '标签：' + ' '.join(tags))
    return L('tags', '相关话题') + [(t, 'tags') for t in tags]


def na_footer(ctx):
    pool = ['Copyright © %d %s All Rights Reserved' % (ctx.repost_year, ctx.domain()),
            '互联网新闻信息服务许可证：%d' % ctx.r(10 ** 10, 10 ** 11 - 1), '违法和不良信息举报电话：12377',
            '网络文化经营许可证 %s网文〔%d〕%d-%03d号' % (ctx.c(['京', '沪', '浙']), ctx.r(2015, 2024), ctx.r(1000, 9999), ctx.r(1, 999)),
            '关于我们　广告服务　联系我们　招聘信息　网站地图', '未成年人举报专区']
    ctx.rng.shuffle(pool)
    return [(t, 'footer') for t in pool[:ctx.r(1, 4)]]


# ============================================================================ forums / Q&A

def fo_top(ctx):
    if ctx.site == '知乎':
        return L('nav', ctx.c(['知乎', '首页 会员 发现 等你来答', '知乎  搜索你感兴趣的内容…']))
    if ctx.site == '百度贴吧':
        return L('nav', '%s吧' % ctx.c([ctx.place, '公务员', '笔杆子', '公文写作', '选调生']),
                 ctx.c(['关注：%s  贴子：%s' % (ctx.num(), ctx.num()), '看贴 图片 吧主推荐 游戏']))
    return items(ctx, 'nav', '', [ctx.site, '首页', '版块', '精华区', '搜索', '登录', '注册'])


def fo_title(ctx):
    t = ctx.title
    return L('title_repeat', ctx.c(['%s' % t, '[转帖]%s' % t, '【分享】%s全文' % t, '求%s全文，谢谢大家' % ctx.short_title(),
                                    '%s - %s' % (t, ctx.site), '如何评价%s？' % t, '【资料】%s（完整版）' % t]))


def fo_op(ctx):
    nm = ctx.nick()
    ctx.op = nm
    k = ctx.r(0, 3)
    if ctx.site == '知乎':
        return L('metadata', nm, ctx.c(['公务员 / 笔杆子', '机关工作者', '关注公文写作', '%d 人赞同了该回答' % ctx.r(3, 9000)]))[:ctx.r(1, 2)] + \
            L('metadata', ctx.c(['%d 人赞同了该回答' % ctx.r(3, 9000), '编辑于 %s %s' % (ctx.date(), ctx.time())]))
    if k == 0:
        return L('metadata', '楼主：%s  发表于 %s %s' % (nm, ctx.date(), ctx.time()))
    if k == 1:
        return L('metadata', nm, '发表于 %s %s' % (ctx.date(), ctx.time()), '只看楼主 | 倒序浏览')
    if k == 2:
        return L('metadata', '1楼', '%s  楼主' % nm)
    return L('metadata', '查看: %s | 回复: %d' % (ctx.num(), ctx.r(1, 300)), '[复制链接]')


def fo_floor(ctx):
    ctx.floor = getattr(ctx, 'floor', 1) + 1
    n = ctx.floor
    nm = getattr(ctx, 'op', ctx.nick())
    k = ctx.r(0, 3)
    if k == 0:
        return L('metadata', '%d楼' % n, '%s  楼主' % nm)
    if k == 1:
        return L('metadata', '#%d  %s  %s %s' % (n, nm, ctx.date(), ctx.time()))
    if k == 2:
        return L('metadata', '%s  楼主  %d楼  IP属地：%s' % (nm, n, ctx.c(PROVS)))
    return L('metadata', '回复  %d楼  %s' % (n, ctx.date()), '（接上楼）')


def fo_ipline(ctx):
    return L('metadata', ctx.c(['IP属地：%s' % ctx.c(PROVS), '发布于 %s · IP 属地%s' % (ctx.date(), ctx.c(PROVS)),
                                '来自Android客户端%d楼%s %s' % (ctx.r(1, 3), ctx.date(), ctx.time()), '来自iPhone客户端']))


def fo_actions(ctx):
    k = ctx.r(0, 2)
    if k == 0 or (k == 1 and ctx.site != '知乎'):
        return L('toolbar_actions', ctx.c(['回复  收藏  分享  举报', '回复 | 引用 | 举报', '[回复] [收藏] [举报]']))
    if k == 1:
        return L('toolbar_actions', '赞同 %d' % ctx.r(1, 9000), '添加评论', '分享', '收藏', '喜欢')
    return L('toolbar_actions', '收藏(%d)' % ctx.r(1, 99), '回复', '举报')


def fo_sig(ctx):
    pool = [['----------', '天行健，君子以自强不息。'], ['签名档：宁静致远，淡泊明志'],
            ['——————————', '写材料是个良心活，一字一句都要对得起自己。'],
            ['本帖最后由 %s 于 %s %s 编辑' % (ctx.nick(), ctx.date(), ctx.time())],
            ['__________________', '做一个有温度的笔杆子'], ['个性签名：努力到无能为力，拼搏到感动自己']]
    return [(t, 'forum_sig') for t in ctx.c(pool)]


def fo_replies(ctx, start):
    out = []
    texts = ['感谢楼主分享，正好需要！', '顶一个', '楼主好人，一生平安', 'mark一下，回头细看。',
             '请问楼主有word版的吗？方便的话发我邮箱，万分感谢。', '写得很扎实，第三部分的表述我们单位可以借鉴。',
             '沙发', '这是哪一年的报告？', '已阅，学习了。', '支持原创，希望楼主多发一些类似的资料。',
             '我觉得有些提法已经过时了，大家参考的时候注意结合最新精神。', '路过，顶帖',
             '楼主能不能把前面的部分也补上？只有中间这一段看得有点摸不着头脑，谢谢啦。',
             '这种材料最好还是去政府官网看原文，转来转去的版本难免有错字，引用时要小心。',
             '收藏了，年底写总结的时候可以借鉴一下结构，不过具体内容还是要结合自己单位实际。']
    n = start
    for _ in range(ctx.r(2, 5)):
        nm = ctx.nick()
        t = ctx.pick(texts)
        k = ctx.r(0, 3)
        if k == 0:
            out += L('comments', '%d楼' % n, nm, t)
        elif k == 1:
            out += L('comments', '#%d %s：%s' % (n, nm, t))
        elif k == 2:
            out += L('comments', '%s  %s %s' % (nm, ctx.date(), ctx.time()), t, '回复(%d)' % ctx.r(0, 20))
        else:
            q = ctx.c(texts)
            out += L('comments', '%d楼 %s' % (n, nm), '引用 %s 的回复：' % ctx.nick(), '> ' + q if ctx.p(0.5) else '「%s」' % q, t)
        if ctx.p(0.3):
            out += L('comments', '%s 回复 %s：%s' % (getattr(ctx, 'op', ctx.nick()), nm, ctx.c(['客气了', '已私信', '是2024年的', '互相学习'])))
        n += ctx.r(1, 4)
    return out


def fo_zhihu_tail(ctx):
    return L('metadata', ctx.c(['发布于 %s %s' % (ctx.date(), ctx.time()), '编辑于 %s · IP 属地%s' % (ctx.date(), ctx.c(PROVS))])) + \
        L('toolbar_actions', ctx.c(['赞同 %d  ​ %d 条评论  分享  收藏  喜欢' % (ctx.r(1, 900), ctx.r(0, 99)),
                                    '​赞同 %d​​%d 条评论​分享​收藏​喜欢​收起' % (ctx.r(1, 900), ctx.r(0, 99))]))


def fo_disclaimer(ctx):
    return L('disclaimer', ctx.c(['本帖内容为网友发布，不代表本论坛观点，如有侵权请联系管理员删除。',
                                  '免责声明：本站所有帖子均由会员自由发表，仅代表作者本人观点，与本站立场无关。',
                                  '温馨提示：请勿发布违法违规内容，文明交流，共建和谐社区。',
                                  '著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。']))


def fo_pagination(ctx):
    n = ctx.r(2, 30)
    return L('pagination', ctx.c(['1 2 3 … %d 下一页 尾页' % n, '首页 上一页 1 2 下一页 尾页', '共%d页 跳转到 页' % n,
                                  '< 1 2 3 4 5 … %d >' % n, '回复 (%d) | 共 %d 页' % (ctx.r(2, 300), n)]))


def fo_hot(ctx):
    out = L('related', ctx.c(['相关问题', '更多回答', '大家都在看'] if ctx.site == '知乎' else
                             ['热帖推荐', '相关帖子', '本吧热帖' if ctx.site == '百度贴吧' else '本版热帖', '大家都在看']))
    for _ in range(ctx.r(2, 5)):
        t = ctx.headline()
        if ctx.site == '知乎':
            t = '%s %d 个回答' % (ctx.c(['如何看待', '怎样评价', '怎么写好']) + t, ctx.r(2, 900))
        out += L('related', t)
    return out


def fo_footer(ctx):
    pool = ['©%d %s' % (ctx.repost_year, ctx.domain()), 'Powered by Discuz! X3.%d' % ctx.r(2, 5),
            'Archiver | 手机版 | 小黑屋', 'GMT+8, %s %s' % (ctx.date(), ctx.time()), '%s使用必读' % ctx.site,
            '贴吧协议 | 隐私政策 | 吧主制度 | 意见反馈 | 网络谣言警示']
    ctx.rng.shuffle(pool)
    return [(t, 'footer') for t in pool[:ctx.r(1, 3)]]


# ============================================================================ browser saved / printed / reader mode

def br_skip(ctx):
    return L('nav', ctx.c(['Skip to content', 'Skip to main content', '跳到主要内容', '跳转至内容', '跳过导航']))


def _print_setup(ctx):
    """One print date, page title, address and page count per printed page copy."""
    if hasattr(ctx, 'print_dt'):
        return
    y = ctx.repost_year
    ctx.print_dt = ctx.c([
        '%d/%d/%d %s' % (y, ctx.r(1, 12), ctx.r(1, 28), ctx.c(['上午', '下午']) + '%d:%02d' % (ctx.r(1, 12), ctx.r(0, 59))),
        '%d/%d/%d %d:%02d' % (ctx.r(1, 12), ctx.r(1, 28), y % 100, ctx.r(1, 23), ctx.r(0, 59)),
        '%d-%02d-%02d %s' % (y, ctx.r(1, 12), ctx.r(1, 28), ctx.time())])
    ctx.print_site = ctx.c([ctx.site, ctx.account, ctx.gov])
    ctx.print_url = ctx.url()
    ctx.print_total = ctx.r(3, 12)
    ctx.print_page = 1
    ctx.print_form = ctx.r(0, 2)


def br_print_head(ctx):
    _print_setup(ctx)
    k = ctx.print_form
    if k == 0:
        return L('print_header', '%s    %s - %s' % (ctx.print_dt, ctx.short_title(), ctx.print_site))
    if k == 1:
        return L('print_header', ctx.print_dt, '%s_%s' % (ctx.short_title(), ctx.print_site))
    return L('print_header', '%s %s' % (ctx.print_dt, ctx.short_title()))


def br_print_foot(ctx, last=False):
    _print_setup(ctx)
    page = ctx.print_total if last else ctx.print_page
    ctx.print_page = min(ctx.print_page + 1, ctx.print_total - 1)
    k = ctx.print_form
    if k == 0:
        return L('print_header', '%s    %d/%d' % (ctx.print_url, page, ctx.print_total))
    if k == 1:
        return L('print_header', ctx.print_url, '%d/%d' % (page, ctx.print_total))
    return L('print_header', '第 %d 页，共 %d 页' % (page, ctx.print_total))


def br_reader(ctx):
    k = ctx.r(0, 3)
    if k == 0:
        return L('metadata', ctx.domain(), '%d-%d 分钟' % (ctx.r(3, 10), ctx.r(11, 30)))
    if k == 1:
        return L('metadata', '预计阅读时间：%d 分钟' % ctx.r(5, 40))
    if k == 2:
        return L('nav', '阅读模式', '退出阅读模式')
    return L('metadata', ctx.c([ctx.site, ctx.account]), ctx.c(['|', '·']), '%s' % ctx.date())


def br_md_title(ctx):
    return L('title_repeat', ctx.c(['# ' + ctx.title, '## ' + ctx.title, '**%s**' % ctx.title, '=== %s ===' % ctx.title,
                                    '[%s](%s)' % (ctx.title, ctx.url()), '《%s》' % ctx.title]))


def br_md_residue(ctx):
    k = ctx.r(0, 7)
    if k == 0:
        return L('html_residue', '![](%s)' % ctx.url().replace('.html', '.jpg'))
    if k == 1:
        return L('html_residue', '![图片](https://img.%s/%d.png)' % (ctx.domain().replace('www.', ''), ctx.r(10 ** 6, 10 ** 7)))
    if k == 2:
        return L('html_residue', ctx.c(['---', '***', '* * *', '___']))
    if k == 3:
        return L('html_residue', '[链接]')
    if k == 4:
        return L('html_residue', '[%s](%s)' % (ctx.c(['原文链接', '点击这里', '来源链接', '查看原文']), ctx.url()))
    if k == 5:
        return L('html_residue', ctx.c(['<!-- more -->', '```', '[TOC]', '<br>', '&nbsp;&nbsp;']))
    if k == 6:
        return L('html_residue', '[图片上传失败...(image-%s-%d)]' % (''.join(ctx.c('0123456789abcdef') for _ in range(6)), ctx.r(10 ** 12, 10 ** 13)))
    return L('html_residue', ctx.c(['> 本文转自网络', '> 摘自：' + ctx.site, '> ' + ctx.c(['收藏备用', '原文较长，建议收藏']) ]))


def br_clip(ctx):
    return L('metadata', ctx.c(['原文地址：%s' % ctx.url(), 'URL: %s' % ctx.url(), '来源：%s' % ctx.url(), '剪藏自：%s' % ctx.url(),
                                '保存时间：%s %s' % (ctx.date(), ctx.time()), 'Saved from: %s' % ctx.url(),
                                '<!-- saved from url=(0%03d)%s -->' % (ctx.r(40, 99), ctx.url())]))


def br_emoji(ctx):
    e = ctx.c
    pool = [('share', '%s 点赞  %s 评论  %s 收藏' % (e(['👍', '👍🏻']), e(['💬', '🗨']), e(['⭐', '🌟']))),
            ('related', '%s 热门推荐' % e(['🔥', '📢'])), ('follow', '%s 点击下方卡片关注' % e(['👇', '📌'])),
            ('follow', '%s 已关注' % e(['✅', '✔'])), ('share', '%s 建议收藏，以备不时之需' % e(['📌', '💡'])),
            ('html_residue', '%s%s%s' % (e(EMO), e(EMO), e(EMO)))]
    kind, text = e(pool)
    return L(kind, text)


def br_nav_list(ctx):
    its = ['首页', '政策解读', '公文写作', '范文大全', '资料下载', '关于本站']
    if ctx.p(0.5):
        return [('* [%s](%s)' % (t, ctx.url()) if ctx.p(0.6) else '- ' + t, 'nav') for t in its[:ctx.r(3, 6)]]
    return L('nav', ' '.join('[%s]' % t for t in its[:ctx.r(3, 6)]))


def br_footer(ctx):
    return L('footer', ctx.c(['© %d %s. All rights reserved.' % (ctx.repost_year, ctx.domain()), 'Powered by WordPress',
                              '本页面由浏览器“另存为”保存，部分样式可能无法显示。', 'Back to top ↑', '返回顶部',
                              'Theme by %s' % ctx.c(['Astra', 'Twenty Twenty', 'Hexo NexT'])]))


def br_related(ctx):
    out = L('related', ctx.c(['相关文章', 'Related Posts', '你可能也喜欢', '## 相关阅读', '延伸阅读']))
    for _ in range(ctx.r(2, 5)):
        t = ctx.headline()
        out += L('related', ctx.c(['- [%s](%s)' % (t, ctx.url()), '* ' + t, t + ' [链接]', '%s %s' % (ctx.c(EMO), t), t]))
    return out


def br_prevnext(ctx):
    a, b = ctx.headline(), ctx.headline()
    if ctx.p(0.5):
        return L('prevnext', '上一篇：%s' % a, '下一篇：%s' % b)
    return L('prevnext', '« %s' % a, '%s »' % b) if ctx.p(0.5) else L('prevnext', 'Previous Post', a, 'Next Post', b)


def br_tags(ctx):
    return L('tags', ctx.c(['Tags: 政府工作报告, %s, 公文' % ctx.place, '标签：#报告 #%s #学习资料' % ctx.place,
                            '分类：公文范文　标签：工作报告', 'Posted in 资料 | Tagged 政府工作报告']))



# ============================================================================ more shapes (second pass)

def wk_pagemark(ctx):
    """A page separator of a 文库 viewer between two paragraphs."""
    ctx.wkpage = getattr(ctx, 'wkpage', 1) + 1
    n, tot = ctx.wkpage, max(ctx.wkpage + ctx.r(1, 9), 5)
    return L('pagination', ctx.c(['第%d页' % n, '第 %d 页 共 %d 页' % (n, tot), '%d / %d' % (n, tot), '- %d -' % n,
                                  '本文档共%d页，当前第%d页' % (tot, n), '—— 第%d页 ——' % n, 'P%d' % n]))


def wk_docinfo(ctx):
    """The info card of a 文库 page, label and value on one line or apart."""
    rows = [('文档分类', ctx.c(['行政公文', '党团工作', '政府报告', '办公文档 > 工作报告'])),
            ('文档格式', ctx.c(['.docx', '.doc', '.pdf', '.wps'])), ('文档页数', '%d页' % ctx.r(3, 60)),
            ('上传用户', ctx.nick()), ('内容提供方', ctx.nick()), ('价格', '%d下载券' % ctx.r(1, 9)),
            ('审核时间', ctx.date()), ('阅读次数', ctx.num()), ('需要金币', str(ctx.r(1, 20)))]
    ctx.rng.shuffle(rows)
    rows = rows[:ctx.r(2, 5)]
    sep = ctx.c(['：', ': ', '：', '　', ':'])
    out = L('metadata', ctx.c(['文档信息', '文档详情', '基本信息'])) if ctx.p(0.4) else []
    if ctx.p(0.5):
        return out + [(a + sep + b, 'metadata') for a, b in rows]
    for a, b in rows:
        out += L('metadata', a, b)
    return out


def wk_bottom(ctx):
    pool = [('paywall', '下载文档到电脑，查找使用更方便'), ('paywall', '还剩%d页未读，继续阅读' % ctx.r(2, 30)),
            ('metadata', '文档评分'), ('metadata', '已有%d人评价' % ctx.r(1, 300)), ('comments', '用户评论'),
            ('comments', '暂无评论，快来抢沙发吧~'), ('follow', '关注%s的文库' % ctx.nick()), ('related', '该用户其他文档'),
            ('related', '您可能关注的文档'),
            ('metadata', '本文档为【%s】，编号：%s' % (ctx.title[:14], ''.join(ctx.c('0123456789ABCDEF') for _ in range(12))))]
    got = ctx.rng.sample(pool, ctx.r(2, 4))
    return [(t, k) for k, t in got]


def wx_webui(ctx):
    """What the WeChat web reader leaves when its whole page is selected and copied."""
    pool = [['微信扫一扫', '关注该公众号'], ['继续滑动看下一个'], ['轻触阅读原文'], ['知道了'],
            ['预览时标签不可点'], ['微信扫一扫可打开此内容，', '使用完整服务'],
            ['：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏'],
            ['向上滑动看下一个'], ['%s' % ctx.account, '向上滑动看下一个'], ['已同步到看一看', '写下你的评论'],
            ['Scan to Follow'], ['Got It'], ['在小说阅读器中沉浸阅读']]
    out = []
    for g in ctx.rng.sample(pool, ctx.r(1, 4)):
        out += [(t, 'nav') for t in g]
    return out


def wx_byline(ctx):
    """Credit lines of the article head: 文丨, 图丨, 来源丨 (WeChat uses the vertical bar 丨)."""
    bar = ctx.c(['丨', ' | ', '｜', '/', ' / ', '：'])
    rows = ['文%s%s' % (bar, ctx.person()), '图%s%s' % (bar, ctx.c(['网络', '视觉中国', '新华社', ctx.person()])),
            '来源%s%s' % (bar, ctx.c(['%s日报' % ctx.place, '%s发布' % ctx.place, ctx.wxname()])),
            '本期编辑%s%s' % (bar, ctx.person()), '监制%s%s' % (bar, ctx.person())]
    ctx.rng.shuffle(rows)
    rows = rows[:ctx.r(1, 3)]
    if ctx.p(0.4):
        return L('metadata', '  '.join(rows))
    return [(r, 'metadata') for r in rows]


def wx_contact(ctx):
    pool = ['投稿邮箱：%s%d@%s' % (ctx.c(['tougao', 'dj', 'gwxz', 'xuexi']), ctx.r(1, 999), ctx.c(['163.com', '126.com', 'qq.com'])),
            '欢迎投稿，一经采用，稿酬从优。', '商务合作请加微信：%s%d' % (ctx.c(['wx_', 'zg', 'bgz']), ctx.r(1000, 99999)),
            '分享、点赞、在看，三连走起！', '戳“阅读原文”，查看更多精彩内容', '喜欢就点个在看再走吧']
    ctx.rng.shuffle(pool)
    kinds = {0: 'footer'}
    return [(t, 'follow' if ('三连' in t or '在看' in t or '阅读原文' in t) else 'footer') for t in pool[:ctx.r(1, 3)]]


def na_extra_head(ctx):
    pool = [('nav', '%s > %s号 > 正文' % (ctx.c(['网易首页', '搜狐首页', '首页']), ctx.c(['网易', '搜狐', '头条']))),
            ('title_repeat', '原标题：%s' % ctx.title), ('metadata', '%s  关注  私信' % ctx.account),
            ('toolbar_actions', '不感兴趣'), ('nav', '申请入驻'), ('nav', '登录查看更多'),
            ('metadata', '作者最新文章'), ('ads', '视频加载中...'), ('ads', '打开%s 查看精彩图片' % ctx.site)]
    got = ctx.rng.sample(pool, ctx.r(1, 3))
    return [(t, k) for k, t in got]


def na_search(ctx):
    terms = ['%s政府工作报告全文' % ctx.place, '政府工作报告解读', '%d年民生实事' % ctx.repost_year, '%s最新消息' % ctx.place,
             '政府工作报告关键词']
    ctx.rng.shuffle(terms)
    return items(ctx, 'related', ctx.c(['相关搜索', '大家还在搜', '相关搜索：']), terms[:ctx.r(2, 5)])


def na_participate(ctx):
    return L('comments', ctx.c(['发表评论  %d人参与' % ctx.r(2, 9000), '跟贴 %d  参与 %s' % (ctx.r(2, 900), ctx.num()),
                                '快来发表你的评论吧', '评论区暂未开放']))


def fo_discuz(ctx):
    """Residue of a Discuz-like board around the first post."""
    pool = [('toolbar_actions', '电梯直达'), ('toolbar_actions', '跳转到指定楼层'), ('nav', '返回列表'), ('nav', '发新帖'),
            ('toolbar_actions', '使用道具 举报'), ('toolbar_actions', '点评'), ('metadata', '只看该作者'),
            ('nav', '马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。'),
            ('paywall', '您需要 登录 才可以下载或查看，没有账号？立即注册'), ('nav', 'x'),
            ('metadata', '回复 %d# %s 的帖子' % (ctx.r(2, 9), ctx.nick()))]
    got = ctx.rng.sample(pool, ctx.r(2, 4))
    return [(t, k) for k, t in got]


def fo_tieba(ctx):
    pool = [('metadata', '来自手机贴吧'), ('metadata', '贴吧用户_%s' % ''.join(ctx.c('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(7))),
            ('comments', '该楼层疑似违规已被系统折叠 隐藏此楼查看此楼'), ('toolbar_actions', '收藏 回复 举报 | 只看楼主'),
            ('metadata', '%d回复贴，共%d页' % (ctx.r(2, 300), ctx.r(1, 9))), ('ads', '贴吧会员开通，尊享特权'),
            ('nav', '进吧'), ('metadata', '吧主推荐')]
    got = ctx.rng.sample(pool, ctx.r(1, 3))
    return [(t, k) for k, t in got]


def fo_zhihu_head(ctx):
    pool = [('toolbar_actions', '关注问题  写回答  邀请回答'), ('metadata', '%d 个回答' % ctx.r(2, 900)),
            ('metadata', '默认排序'), ('related', '查看全部 %d 个回答' % ctx.r(2, 900)),
            ('paywall', '登录即可查看 超5亿 专业优质内容'), ('metadata', '关注者 %d  被浏览 %s' % (ctx.r(2, 9000), ctx.num())),
            ('toolbar_actions', '好问题 %d  添加评论  分享' % ctx.r(1, 99)), ('paywall', '阅读全文')]
    got = ctx.rng.sample(pool, ctx.r(2, 4))
    return [(t, k) for k, t in got]


def br_app_ui(ctx):
    """Residue of a reading app / blog platform saved from the browser."""
    pool = [('ads', 'Open in app'), ('nav', 'Sign in'), ('audio', 'Listen'), ('share', 'Share'),
            ('html_residue', 'Press enter or click to view image in full size'), ('metadata', '本文由 简悦 SimpRead 转码'),
            ('metadata', '原文地址 %s' % ctx.url()), ('html_residue', 'file:///C:/Users/Admin/Desktop/%s.html' % ctx.short_title()),
            ('print_header', 'about:blank'), ('metadata', '%d min read' % ctx.r(3, 30)), ('nav', '目录'),
            ('toolbar_actions', '复制全文  翻译  朗读')]
    got = ctx.rng.sample(pool, ctx.r(1, 3))
    return [(t, k) for k, t in got]


# ============================================================================ page assembly

def content_layout(ctx):
    indent = ctx.c(['', '', '\u3000\u3000', '\u3000\u3000', '\u3000', '  ', '    ', '\t'])
    blank_mode = ctx.c(['0', '1', '1', '2', 'ws', '0'])
    head_noindent = ctx.p(0.5)
    return indent, blank_mode, head_noindent


def emit_content(ctx, layout, inserts):
    """Content lines of the run with chrome blocks inserted before some paragraphs (dict para -> lines)."""
    indent, blank_mode, head_noindent = layout
    paras = ctx.doc['paras']
    out = []
    for i in range(ctx.s, ctx.e + 1):
        if i in inserts:
            if blank_mode != '0' and out and out[-1][1] != 'blank':
                out += blank()
            out += inserts[i](ctx)
        if out and blank_mode != '0' and out[-1][1] != 'blank':
            if blank_mode == 'ws':
                out.append((ctx.c([' ', '\u3000', '\t', '  ']), 'blank'))
            else:
                out += blank() * int(blank_mode)
        k = content_kind(paras, i)
        ind = '' if (k != 'content' and head_noindent) else indent
        cut = getattr(ctx, 'cuts', {}).get(i)
        if cut:
            at, chrome = cut
            out.append((ind + paras[i][:at], k, i))
            out += chrome(ctx)
            out.append((paras[i][at:], k, i))
        else:
            out.append((ind + paras[i], k, i))
    return out


NO_LINE_START = set('，。；：、！？）》”’」』…—,.;:!?)')


def plan_cut(ctx, chrome_fn):
    """A page break inside one long paragraph of the run (a printed page): ctx.cuts[para] = (offset, lines)."""
    paras = ctx.doc['paras']
    cand = [i for i in range(ctx.s, ctx.e + 1) if len(paras[i]) >= 80]
    if not cand:
        return False
    i = ctx.c(cand)
    p = paras[i]
    for _ in range(50):
        at = ctx.r(20, len(p) - 20)
        if p[at] in NO_LINE_START or p[at].isspace() or p[at - 1].isspace():
            continue
        ctx.cuts = {i: (at, chrome_fn)}
        return True
    return False


def pick_inserts(ctx, makers, n):
    """n chrome blocks placed before random paragraphs of the run (never before the first)."""
    inserts = {}
    names = []
    cand = list(range(ctx.s + 1, ctx.e + 1))
    ctx.rng.shuffle(cand)
    for i in sorted(cand[:n]):
        name, f = ctx.c(makers)
        inserts[i] = f
        names.append(name)
    return inserts, names


def assemble(ctx, pre, mid_makers, n_mid, post):
    """pre / post: lists of (name, fn); mid_makers: list of (name, fn) inserted between paragraphs."""
    lines = []
    names = []
    for name, f in pre:
        got = f(ctx)
        if got:
            lines += got
            names.append(name)
            if ctx.p(0.35):
                lines += blank()
    if lines and lines[-1][1] != 'blank' and ctx.p(0.6):
        lines += blank()
    layout = content_layout(ctx)
    inserts, mid_names = pick_inserts(ctx, mid_makers, n_mid) if mid_makers and n_mid else ({}, [])
    lines += emit_content(ctx, layout, inserts)
    if ctx.p(0.7):
        lines += blank()
    post_names = []
    for name, f in post:
        got = f(ctx)
        if name.endswith('_inpara'):
            post_names.append(name)
        if got:
            lines += got
            post_names.append(name)
            if ctx.p(0.4):
                lines += blank()
    variants = names + ['|content'] + mid_names + ['indent=%r,blank=%s' % (layout[0], layout[1]), 'content|'] + post_names
    return lines, variants


def shuffle_some(ctx, blocks, keep_first=0):
    head, rest = blocks[:keep_first], blocks[keep_first:]
    ctx.rng.shuffle(rest)
    return head + rest


def maybe(ctx, blocks, prob):
    return [b for b in blocks if ctx.p(prob)]


def build_wenku(ctx):
    cut = ctx.p(0.4) and plan_cut(ctx, lambda c: wk_pagemark(c) + (wk_title(c) if c.p(0.3) else []))
    pre = [('nav', wk_nav)] + maybe(ctx, [('breadcrumb', wk_breadcrumb)], 0.6) + [('title', wk_title)]
    pre += shuffle_some(ctx, maybe(ctx, [('meta_wenku', wk_meta), ('actions', wk_actions), ('paywall', wk_paywall_top),
                                         ('uploader', wk_uploaderbox), ('ads', wk_ads), ('docinfo', wk_docinfo)], 0.55))
    if ctx.s <= 3 and ctx.p(0.7):
        pre.append(('toc', wk_toc))
    elif ctx.p(0.3):
        pre.insert(1, ('toc', wk_toc))
    mids = [('paywall_mid', wk_paywall_mid), ('ads', wk_ads), ('mojibake', mojibake), ('pagemark', wk_pagemark),
            ('pagemark', wk_pagemark)]
    n_mid = ctx.r(0, 3) if ctx.e - ctx.s >= 4 else 0
    post = [('paywall_mid', wk_paywall_mid)] if ctx.p(0.5) else []
    post += maybe(ctx, [('bottom', wk_bottom)], 0.5)
    post += shuffle_some(ctx, [('related', wk_related)] + maybe(ctx, [('disclaimer', wk_disclaimer), ('report', wk_report),
                                                                      ('actions', wk_actions)], 0.5)
                         + maybe(ctx, [('related', wk_related)], 0.2))
    post += [('footer', wk_footer)] if ctx.p(0.8) else []
    if cut:
        post.append(('pagemark_inpara', lambda c: []))
    return assemble(ctx, pre, mids, n_mid, post)


def build_wechat(ctx):
    repost = ctx.p(0.35)
    pre = []
    if repost:
        host = ctx.c(['搜狐号', '网易号', '百家号', '新浪看点', '个人图书馆'])
        ctx.site = host
        ctx.index_site = host + '（转载微信公众号）'
        pre += [('nav', lambda c: L('nav', c.c(['%s  首页' % host, host, '%s | 打开APP' % host])))]
        pre += [('title', na_title), ('repost_head', wx_repost_head)]
    else:
        pre += maybe(ctx, [('title', lambda c: L('title_repeat', c.title if c.s > 0 else '%s（全文）' % c.title))], 0.6)
    pre += [('meta_wechat', wx_head)] + maybe(ctx, [('byline', wx_byline)], 0.4)
    pre += shuffle_some(ctx, maybe(ctx, [('follow', wx_follow_top), ('readtime', wx_readtime), ('source', wx_source_top),
                                         ('audio', na_audio)], 0.45))
    mids = [('image', wx_image), ('follow', wx_follow_top), ('image', wx_image), ('past', wx_past)]
    n_mid = ctx.r(0, 3) if ctx.e - ctx.s >= 4 else ctx.r(0, 1)
    post = [('end', wx_end)] if ctx.p(0.6) else []
    post += shuffle_some(ctx, maybe(ctx, [('editors', wx_editors), ('disclaimer', wx_disclaimer), ('image', wx_image)], 0.5))
    post += shuffle_some(ctx, maybe(ctx, [('past', wx_past), ('qr', wx_qr), ('readmore', wx_readmore), ('likes', wx_likes),
                                          ('comments', wx_comments), ('contact', wx_contact)], 0.6))
    if not repost and ctx.p(0.4):
        post += [('webui', wx_webui)]
    if repost:
        post += maybe(ctx, [('disclaimer', na_disclaimer), ('related', na_related), ('footer', na_footer)], 0.7)
    return assemble(ctx, pre, mids, n_mid, post)


def build_newsapp(ctx):
    pre = [('nav', na_top)] + maybe(ctx, [('openapp', na_openapp)], 0.5) + [('title', na_title), ('meta_news', na_meta)]
    pre += shuffle_some(ctx, maybe(ctx, [('audio', na_audio), ('report', na_report), ('source', wx_source_top),
                                         ('extra', na_extra_head)], 0.4))
    mids = [('ads', na_ad), ('expand', na_expand), ('openapp', na_openapp), ('image', wx_image)]
    n_mid = ctx.r(1, 3) if ctx.e - ctx.s >= 4 else ctx.r(0, 1)
    post = maybe(ctx, [('expand', na_expand)], 0.3) + maybe(ctx, [('editor', na_editor)], 0.6)
    post += shuffle_some(ctx, maybe(ctx, [('disclaimer', na_disclaimer), ('tags', na_tags), ('share', na_share), ('report', na_report),
                                          ('ads', na_ad)], 0.5))
    post += shuffle_some(ctx, maybe(ctx, [('related', na_related), ('comments', na_hotcomments)], 0.7)
                         + maybe(ctx, [('related', na_related)], 0.25))
    post += maybe(ctx, [('participate', na_participate), ('search', na_search)], 0.35)
    post += maybe(ctx, [('footer', na_footer)], 0.6)
    return assemble(ctx, pre, mids, n_mid, post)


def build_forum(ctx):
    pre = [('nav', fo_top), ('title', fo_title)]
    if ctx.site == '知乎':
        pre += maybe(ctx, [('zhihu_head', fo_zhihu_head)], 0.7)
    elif ctx.site == '百度贴吧':
        pre += maybe(ctx, [('tieba', fo_tieba)], 0.7)
    else:
        pre += maybe(ctx, [('discuz', fo_discuz)], 0.5)
    pre += [('op', fo_op)] + maybe(ctx, [('ip', fo_ipline)], 0.4)
    mids = [('floor', fo_floor), ('floor', fo_floor), ('sig', fo_sig), ('ip', fo_ipline)]
    n_mid = ctx.r(0, 2) if ctx.e - ctx.s >= 6 else 0
    post = []
    if ctx.site == '知乎':
        post += [('zhihu_tail', fo_zhihu_tail)]
    else:
        post += maybe(ctx, [('sig', fo_sig)], 0.5) + maybe(ctx, [('actions', fo_actions)], 0.6)
    post += maybe(ctx, [('disclaimer', fo_disclaimer)], 0.4)
    if ctx.site == '百度贴吧':
        post += maybe(ctx, [('tieba', fo_tieba)], 0.5)
    elif ctx.site != '知乎':
        post += maybe(ctx, [('discuz', fo_discuz)], 0.4)
    post += [('replies', lambda c: fo_replies(c, getattr(c, 'floor', 1) + 1))] if ctx.p(0.8) else []
    post += shuffle_some(ctx, maybe(ctx, [('pagination', fo_pagination), ('hot', fo_hot)], 0.5))
    post += maybe(ctx, [('footer', fo_footer)], 0.6)
    return assemble(ctx, pre, mids, n_mid, post)


def build_browser(ctx):
    kind = ctx.browser_kind
    ctx.site = ctx.c(WENKU_SITES[:6] + NEWS_APPS[:4] + ['微信公众平台', '个人博客', ctx.gov + '网'])
    pre, post, mids = [], [], []
    if kind == 'print':
        cut = plan_cut(ctx, lambda c: br_print_foot(c) + (br_print_head(c) if c.p(0.6) else []))
        pre += [('print_head', br_print_head)] + maybe(ctx, [('title', na_title)], 0.5) + maybe(ctx, [('meta_news', na_meta)], 0.5)
        mids = [('print_break', lambda c: br_print_foot(c) + br_print_head(c))]
        n_mid = ctx.r(1, 2) if ctx.e - ctx.s >= 5 else 0
        post += [('print_foot', lambda c: br_print_foot(c, last=True))]
        if cut:
            post.append(('print_break_inpara', lambda c: []))
    elif kind == 'reader':
        pre += [('skip', br_skip)] + maybe(ctx, [('nav', br_nav_list)], 0.4) + [('title', na_title), ('reader', br_reader)]
        pre += maybe(ctx, [('app_ui', br_app_ui)], 0.5)
        mids = [('md', br_md_residue), ('emoji', br_emoji)]
        n_mid = ctx.r(0, 2)
        post += maybe(ctx, [('tags', br_tags), ('prevnext', br_prevnext), ('related', br_related), ('footer', br_footer)], 0.6)
    elif kind == 'markdown':
        pre += maybe(ctx, [('clip', br_clip)], 0.5) + [('md_title', br_md_title)] + maybe(ctx, [('md', br_md_residue)], 0.6)
        pre += maybe(ctx, [('meta', lambda c: L('metadata', c.c(['> 作者：%s  日期：%s' % (c.person(), c.date()),
                                                                   '*%s · %s*' % (c.date(), c.site), '发布于 %s' % c.date()])))], 0.7)
        mids = [('md', br_md_residue), ('md', br_md_residue), ('emoji', br_emoji), ('app_ui', br_app_ui)]
        n_mid = ctx.r(1, 3)
        post += maybe(ctx, [('md', br_md_residue), ('tags', br_tags), ('related', br_related), ('clip', br_clip)], 0.6)
    elif kind == 'savedpage':
        pre += [('skip', br_skip), ('nav', br_nav_list)] + maybe(ctx, [('breadcrumb', wk_breadcrumb)], 0.5)
        pre += [('title', na_title)] + maybe(ctx, [('meta_news', na_meta), ('share', na_share), ('app_ui', br_app_ui)], 0.5)
        mids = [('mojibake', mojibake), ('ads', na_ad), ('md', br_md_residue)]
        n_mid = ctx.r(0, 2)
        post += maybe(ctx, [('share', na_share), ('prevnext', br_prevnext), ('related', br_related), ('comments', na_hotcomments),
                            ('footer', br_footer)], 0.6)
    else:  # clip: a note-taking app clip of a WeChat / news page
        pre += [('clip', br_clip), ('md_title', br_md_title)] + maybe(ctx, [('meta_wechat', wx_head), ('emoji', br_emoji)], 0.6)
        mids = [('image', wx_image), ('emoji', br_emoji)]
        n_mid = ctx.r(0, 2)
        post += maybe(ctx, [('end', wx_end), ('editors', wx_editors), ('likes', wx_likes), ('webui', wx_webui),
                            ('clip', br_clip)], 0.6)
    lines, variants = assemble(ctx, pre, mids, n_mid, post)
    return lines, [kind] + variants


BUILDERS = {'wenku': build_wenku, 'wechat': build_wechat, 'newsapp': build_newsapp, 'forum': build_forum,
            'browser': build_browser}


# ----------------------------------------------------------------------------- run selection

def choose_run(rng, doc, blocked, mine, where):
    paras = doc['paras']
    n = len(paras)
    bad = [bad_para(p) for p in paras]
    taken = blocked.get(doc['src'], []) + mine.get(doc['src'], [])
    for _ in range(200):
        length = rng.randint(3, min(40, n))
        if rng.random() < 0.5:
            length = rng.randint(3, min(14, n))
        if where == 'head':
            s = rng.randint(0, min(3, n - length))
        elif where == 'tail':
            s = n - length
        elif where == 'whole':
            if n > 40:
                return None
            s, length = 0, n
        else:
            s = rng.randint(4, max(4, n - length - 1)) if n - length - 1 >= 4 else None
            if s is None:
                continue
        e = s + length - 1
        if s < 0 or e >= n:
            continue
        if any(bad[s:e + 1]):
            continue
        if any(not (e < a or s > b) for a, b in taken):
            continue
        return s, e
    return None


def make(seed, out):
    rng = random.Random(seed)
    corpus = find_corpus()
    docs = load_docs(corpus)
    blocked = blocked_ranges()
    by_folder = collections.defaultdict(list)
    for d in docs:
        by_folder[d['folder']].append(d)
    folder_weights = [('city_gwr_2024', 34), ('state_council_2004_2019', 18), ('provincial_gwr_2025', 14),
                      ('national_gwr_wikisource', 20), ('cpc_congress_wikisource', 10)]
    where_pool = ['head'] * 30 + ['tail'] * 30 + ['whole'] * 10 + ['middle'] * 30
    slots = []
    for f, k in folder_weights:
        slots += [f] * k
    rng.shuffle(slots)
    mine = collections.defaultdict(list)
    plan = []
    used = set()
    for f in slots[:N_PAGES]:
        where = rng.choice(where_pool)
        pool = [d for d in by_folder[f] if d['src'] not in used]
        rng.shuffle(pool)
        got = None
        for w in (where, 'head', 'tail', 'middle'):
            for doc in pool:
                run = choose_run(rng, doc, blocked, mine, w)
                if run:
                    got = (doc, run)
                    break
            if got:
                break
        if not got:
            continue
        used.add(got[0]['src'])
        mine[got[0]['src']].append(got[1])
        plan.append(got)
    styles = [STYLES[i % len(STYLES)] for i in range(len(plan))]
    rng.shuffle(styles)
    os.makedirs(os.path.join(out, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(out, 'gold'), exist_ok=True)
    for d in ('pages', 'gold'):
        for f in os.listdir(os.path.join(out, d)):
            os.remove(os.path.join(out, d, f))
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    n = 0
    n_browser = 0
    for (doc, (s, e)), style in zip(plan, styles):
        site = {'wenku': WENKU_SITES, 'wechat': ['微信公众平台'], 'newsapp': NEWS_APPS, 'forum': FORUMS,
                'browser': ['browser']}[style]
        ctx = Ctx(rng, doc, s, e, style, rng.choice(site))
        if style == 'browser':
            ctx.browser_kind = BROWSERS[n_browser % len(BROWSERS)]
            n_browser += 1
        lines, variants = BUILDERS[style](ctx)
        content = {l[0].strip() for l in lines if len(l) == 3}
        page, gold = [], ['line\tlabel\tkind\tpara']
        for item in lines:
            text, kind = item[0], item[1]
            if '\n' in text or len(text.splitlines()) > 1:
                raise SystemExit('line-splitting character in a generated line: %r' % text)
            if len(item) == 3:
                label, para = 'content', str(item[2])
            elif kind == 'blank' or not text.strip():
                label, kind, para = 'blank', 'blank', ''
            else:
                if rng.random() < 0.08:
                    text = vary(ctx, text)
                if text.strip() in content:
                    continue
                label, para = 'chrome', ''
            # no two blank lines beyond two in a row
            page.append(text)
            gold.append('%d\t%s\t%s\t%s' % (len(page), label, kind, para))
        # trim leading/trailing blanks
        while page and not page[0].strip():
            page.pop(0)
            gold.pop(1)
        while page and not page[-1].strip():
            page.pop()
            gold.pop()
        gold = [gold[0]] + ['%d\t%s' % (i, g.split('\t', 1)[1]) for i, g in enumerate(gold[1:], 1)]
        n += 1
        name = '%03d' % n
        with open(os.path.join(out, 'pages', name + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(page) + '\n')
        with open(os.path.join(out, 'gold', name + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(gold) + '\n')
        index.append('\t'.join([name, style, doc['src'], str(s), str(e), str(len(page)), ';'.join(variants), ctx.index_site or ctx.site]))
    with open(os.path.join(out, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('%d pages written to %s (seed %d)' % (n, out, seed))


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    make(a.seed, a.out)
