#!/usr/bin/env python3
"""Generator of the chrome DEVELOPMENT set chrome_dev11 (stdlib only, deterministic).

Written by helper "chromedev11" (issue 14). Reads the shared corpus, picks one contiguous run of real
paragraphs per source document (preferring documents and ranges the other page sets' index.tsv do not
cover), wraps each run in page chrome written here from the writer's own knowledge of 范文 / 公文 template
sites, document-sharing sites (文库, 豆丁-, 道客巴巴-, 原创力-like previews), 个人图书馆 and blog reposts, and
hard-wrapped PDF / Word / WPS copies, and writes pages/NNN.txt, gold/NNN.tsv and index.tsv.

  python make_pages.py [--corpus DIR]

Every chrome string is written in this file; nothing is copied from another set, the cleaner or a search.
"""
from __future__ import annotations

import datetime
import os
import random
import re
import sys
import unicodedata

SEED = 1130_2026_11
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
QUOTA = {'city_gwr_2024': 45, 'provincial_gwr_2025': 17, 'state_council_2004_2019': 17,
         'national_gwr_wikisource': 14, 'cpc_congress_wikisource': 8}
# the page sets whose index.tsv ranges this set avoids (those on main when it was written; fixed, so a later set
# does not change a rebuild)
OTHER_SETS = ('chrome_dev3', 'chrome_dev4', 'chrome_dev5', 'chrome_dev6', 'chrome_dev7', 'chrome_dev8', 'chrome_dev9',
              'chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_test5', 'chrome_test6', 'chrome_test7')
# locked test sets: their paragraphs are never used here (a judge trained on this set must not see them)
LOCKED_SETS = ('chrome_test6', 'chrome_test7')
SKIP = ('廣州共產黨報告', '03_中共第3次', '1954_', '1956_', '2024_枣庄', '2024_承德', '国家教材委员会组成人员')
STYLES = ['fanwen'] * 16 + ['gongwen'] * 12 + ['wenku'] * 13 + ['docshare'] * 15 + ['library'] * 11 + \
         ['blog'] * 10 + ['pdf'] * 12 + ['word'] * 11

# ----------------------------------------------------------------------------- corpus


def find_corpus() -> str:
    if '--corpus' in sys.argv:
        return sys.argv[sys.argv.index('--corpus') + 1]
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS or pass --corpus DIR')


EDITORIAL = re.compile(r'^(来源\s*[:：]|（本文有删减）|注[:：]|附件|名词解释|\[\d+\])|↑|\[\d+\]|'
                       r'主办单位|版权所有|ICP备|公网安备|网站标识码|技术支持|备案号|联系电话|咨询热线|网站地图')
RESIDUE = re.compile(r'主办单位|版权所有|ICP备|公网安备|网站标识码|技术支持|备案号|网站管理|咨询热线|网站地图|联系我们')


def cjk_count(s: str) -> int:
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def usable(p: str) -> bool:
    return cjk_count(p) >= 2 and not EDITORIAL.search(p)


def paragraphs(corpus: str, src: str) -> list:
    with open(os.path.join(corpus, src), encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


PORTAL = re.compile(r'主办单位|版权所有|ICP备|公网安备|网站标识码|技术支持|备案号|网站管理|咨询热线|网站地图|联系我们|'
                    r'扫一扫|信息来源|责任编辑|^作者[:：]|打印|关闭窗口|分享到|页面纠错|版权声明|^党政机关$')


def doc_end(paras: list) -> int:
    """Index after the last paragraph that is not the portal's own footer residue at the file's end
    (2024_益阳 ends with 扫一扫… / 信息来源 / 责任编辑 / 网站地图 / 主办单位 / ICP备 / 网站标识码 lines)."""
    end, seen = len(paras), False
    while end > 0:
        p = paras[end - 1]
        if PORTAL.search(p):
            seen = True
        elif not (cjk_count(p) < 2 or (seen and len(p) <= 8)):
            break
        end -= 1
    return end


def used_ranges() -> dict:
    """source_file -> [(start, end)] read from the index.tsv of every other chrome_* set (ranges only)."""
    out = {}
    ev = os.path.dirname(HERE)
    for d in OTHER_SETS:
        p = os.path.join(ev, d, 'index.tsv')
        if not os.path.exists(p):
            raise SystemExit('%s missing: its paragraph ranges are needed to rebuild this set' % p)
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out.setdefault(r[si], []).append((int(r[a]), int(r[b]), d in LOCKED_SETS))
    return out


def content_kind(p: str, i: int, paras: list) -> str:
    n = len(paras)
    if p in ('各位代表：', '同志们：') or (p.startswith('各') and p.endswith('：') and len(p) < 80) or \
            (p.endswith('：') and len(p) < 40 and re.search('国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', p)):
        return 'greeting'
    date = re.compile(r'^(\d{4}|[一二三四五六七八九〇零○]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$')
    if date.match(p) or p == '（此件公开发布）' or (i + 1 < n and date.match(paras[i + 1]) and len(p) < 30):
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def doc_title(src: str) -> str:
    folder, name = src.split('/')
    stem = name[:-4]
    if folder == 'city_gwr_2024':
        return '2024年%s政府工作报告' % stem.split('_')[1]
    if folder == 'provincial_gwr_2025':
        return '2025年%s政府工作报告' % stem.split('_')[1]
    if folder == 'national_gwr_wikisource':
        return '%s年国务院政府工作报告' % stem.split('_')[0]
    if folder == 'cpc_congress_wikisource':
        return stem.split('_', 2)[2].replace('_', '　')
    return stem.split('_', 2)[2]


def issuer(src: str) -> str:
    folder, name = src.split('/')
    stem = name[:-4]
    if folder == 'city_gwr_2024':
        c = stem.split('_')[1]
        return c + ('' if c.endswith(('州', '盟')) else '市') + '人民政府'
    if folder == 'provincial_gwr_2025':
        return stem.split('_')[1] + '人民政府'
    if folder == 'national_gwr_wikisource':
        return '国务院'
    if folder == 'cpc_congress_wikisource':
        return '中国共产党全国代表大会'
    return '国务院办公厅' if '国办' in stem else '国务院'


def doc_year(src: str) -> int:
    folder, name = src.split('/')
    if folder == 'cpc_congress_wikisource':
        n = int(name[:2])
        return {9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007,
                18: 2012, 19: 2017, 20: 2022}.get(n, 1921)
    return int(name[:4])


def short_place(src: str) -> str:
    folder, name = src.split('/')
    if folder in ('city_gwr_2024', 'provincial_gwr_2025'):
        return name[:-4].split('_')[1]
    return '全国'

# ----------------------------------------------------------------------------- small helpers


class Maker:
    """Per-page random source and the chrome-writing helpers (all strings written here)."""

    def __init__(self, rng: random.Random, src: str, title: str, style: str, site: str):
        self.r = rng
        self.src = src
        self.title = title
        self.style = style
        self.site = site
        self.year = doc_year(src)
        y = max(self.year, 2019) if self.year < 2019 else self.year
        self.date = datetime.date(min(y + rng.choice([0, 0, 1, 1, 2]), 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.org = issuer(src)
        self.place = short_place(src)
        self.printed = False  # a web page printed from the browser (library / blog styles)

    def c(self, *xs):
        return self.r.choice(xs)

    def n(self, a, b):
        return self.r.randint(a, b)

    def name(self):
        fam = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤'
        giv = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯晨雪婷琳海波宁梅林飞鑫欣怡子轩佳慧晓东俊峰亮雨诗'
        return self.r.choice(fam) + ''.join(self.r.choice(giv) for _ in range(self.r.choice([1, 2, 2])))

    def nick(self):
        pre = self.c('', '', '老', '小', '阿')
        core = self.c('笔杆子', '材料人', '公文小能手', '写材料的老张', '秘书圈', '机关笔耕', '一只写手', '文山会海', '夜半改稿',
                      '稿子不求人', '青灯黄卷', '办公室小王', '布衣书生', 'wenmi', 'gongwen2020', '素材君', '云上书斋',
                      '静水流深', '南山有竹', '晨曦微露', '拾光者', '星河滚烫', '读书郎')
        tail = self.c('', '', str(self.n(1, 999)), '_' + str(self.n(10, 99)), '666', '2019', '@' + self.c('文秘', '政研'))
        return pre + core + tail

    def dt(self, fmt=None):
        d = self.date
        hh, mm, ss = self.n(6, 23), self.n(0, 59), self.n(0, 59)
        f = fmt or self.n(0, 7)
        return [
            '%d-%02d-%02d %02d:%02d' % (d.year, d.month, d.day, hh, mm),
            '%d年%d月%d日' % (d.year, d.month, d.day),
            '%d/%d/%d' % (d.year, d.month, d.day),
            '%d-%02d-%02d' % (d.year, d.month, d.day),
            '%d.%02d.%02d' % (d.year, d.month, d.day),
            '%d年%02d月%02d日 %02d:%02d' % (d.year, d.month, d.day, hh, mm),
            '%d-%d-%d %d:%02d:%02d' % (d.year, d.month, d.day, hh, mm, ss),
            '%02d-%02d' % (d.month, d.day),
        ][f]

    def num(self, a, b):
        v = self.n(a, b)
        if v >= 10000 and self.r.random() < 0.5:
            return '%.1f万' % (v / 10000)
        return str(v)

    def sep(self):
        return self.c('　', '  ', ' | ', '｜', ' · ', '   ', '\t', ' / ', '　|　')

    def title_variant(self):
        t = self.title
        forms = [
            '%s（%s）' % (t, self.c('全文', '完整版', '精选', '最新', '可编辑')),
            '%s_%s' % (t, self.site),
            '%s - %s' % (t, self.site),
            '【%s】%s' % (self.c('精品', '推荐', '范文', '优质', '原创', '热门'), t),
            '%s.%s' % (t, self.c('doc', 'docx', 'pdf', 'wps')),
            '%s——%s' % (t, self.c('全文', '附解读', '学习资料', '收藏备用')),
            '《%s》' % t,
            '%s%s篇' % (t, self.c('范文', '精选', '汇编')) if self.style in ('fanwen', 'gongwen') else '%s全文' % t,
            '%s…' % t[:max(6, len(t) * 2 // 3)],
            '<title>%s-%s</title>' % (t, self.site),
            '%s %s' % (t, self.c('PDF', 'DOC', 'Word版', '下载版')),
            '%s(%d页)' % (t, self.n(3, 60)),
        ]
        return self.r.choice(forms)

    def moji(self, text=None):
        text = text or self.c(self.title, '相关推荐', '版权所有 侵权必究', '上一篇 下一篇', '点击下载', '温馨提示', '关注我们')
        enc = self.c('gbk', 'latin-1', 'big5', 'cp1252', 'shift_jis')
        raw = text.encode('utf-8') if enc != 'big5' else text.encode('gbk', 'ignore')
        s = raw.decode(enc, errors='replace')
        s = ''.join(ch for ch in s if unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Cf', 'Zl', 'Zp'))
        s = s.replace('\u0085', '').strip()
        return s or '锟斤拷锟斤拷'


def L(text, kind):
    return (text, kind)


BLANK = ('', 'blank')


def _fmt_date(d: datetime.date) -> str:
    return '%d年%d月%d日' % (d.year, d.month, d.day)


# ----------------------------------------------------------------------------- chrome blocks
# Each b_* returns a list of (line, kind); kind 'blank' marks an empty line.


def b_topbar(m: Maker):
    out = []
    if m.r.random() < 0.5:
        out.append(L(m.c('您好，欢迎来到%s！' % m.site, '欢迎访问%s，请 登录 或 免费注册' % m.site, 'Hi，欢迎来到%s' % m.site,
                         '%s - 专注%s' % (m.site, m.c('范文写作', '公文素材', '文档分享', '办公资料')),
                         '设为首页 | 加入收藏 | 手机版', '收藏本站　|　网站导航　|　帮助中心'), 'nav'))
    out.append(L(m.c('登录', '登录 | 注册', '[登录] [免费注册]', '您还没有登录，请 登录 或 注册', '微信登录　QQ登录　手机号登录',
                     '登录/注册', 'Hi，请登录  免费注册', '会员登录 ▼', '用户名：　　密码：　　登录　忘记密码？',
                     '%s，欢迎回来！　退出' % m.nick(), '新用户注册送%d积分' % m.n(5, 100), '扫码登录更安全',
                     '登录%s账号' % m.site, '👤 个人中心　我的下载　我的收藏', 'Sign in / Sign up',
                     '[请登录]　[注册有礼]　[会员中心]', '登录后可免费下载%d篇' % m.n(1, 5)), 'login'))
    return out


def b_nav(m: Maker):
    st = m.style
    menus = {
        'fanwen': ['首页', '工作总结', '工作计划', '述职报告', '心得体会', '讲话稿', '演讲稿', '思想汇报', '发言稿', '调研报告', '策划方案',
                   '自查报告', '个人总结', '党课讲稿', '对照检查', '主持词', '致辞', '合同范本'],
        'gongwen': ['首页', '公文写作', '领导讲话', '工作报告', '述职述廉', '党建材料', '政务信息', '调研报告', '经验交流', '会议纪要',
                    '公文格式', '写作技巧', '材料素材', '金句', '提纲'],
        'wenku': ['首页', '分类', '精选文库', '专题', 'VIP专区', '教育', '资格考试', '行业资料', '党政相关', '办公文档', '我的文库', '上传文档'],
        'docshare': ['首页', '文档分类', '排行榜', '最新上传', '专题', '帮助', '认证机构', '上传赚钱', '会员中心', '书房'],
        'library': ['首页', '馆藏', '阅览室', '个人图书馆', '文章', '书画', '原创', '随笔', '转藏', '我的图书馆', '搜索'],
        'blog': ['首页', '博文目录', '图片', '关于我', '留言', '相册', '博客', '微博', '订阅', '广场'],
    }.get(st, ['首页', '文档', '下载', '帮助'])
    k = m.n(5, min(12, len(menus)))
    items = [menus[0]] + m.r.sample(menus[1:], k - 1)
    form = m.n(0, 3)
    if form == 0:
        return [L(m.sep().join(items), 'nav')]
    if form == 1:
        return [L(x, 'nav') for x in items[:m.n(4, 8)]]
    if form == 2:
        half = len(items) // 2
        return [L(' '.join(items[:half]), 'nav'), L(' '.join(items[half:]), 'nav')]
    return [L(''.join('[%s]' % x for x in items), 'nav')]


def b_search(m: Maker):
    return [L(m.c('搜索', '请输入关键词', '输入关键字搜索范文', '搜文档　搜范文', '全站搜索 🔍', '搜 索', '🔍 搜索文档、作者、标签',
                  '热搜：%s' % '　'.join(m.r.sample(['述职报告', '个人总结', '政府工作报告', '心得体会', '党课讲稿', '对照检查材料',
                                                    '主题教育', '年终总结', '工作计划', '民主生活会'], 4))), 'nav')]


def b_category(m: Maker):
    """Category trees of template sites: 栏目分类 with counts, nested indents."""
    out = []
    head = m.c('栏目分类', '范文分类', '文档分类', '全部分类', '📂 分类导航', '【分类】')
    out.append(L(head, 'category'))
    groups = [('工作总结', ['年终总结', '个人总结', '部门总结', '半年总结', '单位总结']),
              ('工作报告', ['政府工作报告', '述职报告', '调研报告', '自查报告', '整改报告']),
              ('讲话致辞', ['领导讲话', '开幕词', '闭幕词', '表态发言', '座谈发言']),
              ('党团范文', ['思想汇报', '党课讲稿', '对照材料', '入党申请', '民主评议']),
              ('计划方案', ['工作计划', '实施方案', '活动方案', '工作要点'])]
    form = m.n(0, 2)
    for g, subs in m.r.sample(groups, m.n(2, 4)):
        if form == 0:
            out.append(L('%s（%d）' % (g, m.n(120, 9800)), 'category'))
            for s in m.r.sample(subs, m.n(2, 4)):
                out.append(L(m.c('  ', '　', '├ ', '└─ ', '· ') + s, 'category'))
        elif form == 1:
            out.append(L('%s：%s' % (g, ' '.join(m.r.sample(subs, 3))), 'category'))
        else:
            out.append(L('▸ %s ▸ %s' % (g, m.c(*subs)), 'category'))
    return out


def b_breadcrumb(m: Maker):
    sec = {'fanwen': ['范文大全', '工作报告', '政府工作报告'], 'gongwen': ['公文写作', '工作报告', '政府报告'],
           'wenku': ['文库', '党政相关', '政府工作报告'], 'docshare': ['文档', '行业资料', '政务'],
           'library': ['馆藏', '时政', '文件'], 'blog': ['博文', '时政']}.get(m.style, ['首页', '文档'])
    t = m.title if m.r.random() < 0.4 else m.c('正文', '阅读', '文章详情', '内容')
    pre = m.c('当前位置：', '您的位置：', '位置：', '', '📍 ', '所在位置>')
    s = m.c(' > ', ' » ', '>', ' / ', '＞', ' → ', ' - ')
    return [L(pre + s.join(['首页'] + sec[:m.n(1, len(sec))] + [t]), 'breadcrumb')]


def b_title_repeat(m: Maker):
    out = [L(m.title_variant(), 'title_repeat')]
    if m.r.random() < 0.2 and len(m.title) > 12:
        k = len(m.title) // 2
        out = [L(m.title[:k], 'title_repeat'), L(m.title[k:], 'title_repeat')]
    return out


def b_fanwen_meta(m: Maker):
    """Metadata of a template site: time, author, column, views, word count."""
    out = []
    words = m.n(3000, 38000)
    parts = [m.c('时间：', '发布时间：', '更新时间：', '日期：', '') + m.dt(),
             m.c('来源：', '来源:', '出处：') + m.c(m.site, '网友投稿', '会员上传', '网络', '本站原创', '用户投稿'),
             m.c('作者：', '编辑：', '投稿人：', '整理：') + m.c(m.nick(), m.name(), '小编', 'admin', '佚名'),
             m.c('阅读：', '浏览：', '人气：', '阅读量 ', '👁 ') + m.num(80, 99000) + m.c('', '次', '人'),
             m.c('栏目：', '分类：', '所属栏目：') + m.c('政府工作报告', '工作报告', '讲话稿', '述职报告', '工作总结')]
    m.r.shuffle(parts)
    parts = parts[:m.n(2, 5)]
    if m.r.random() < 0.5:
        out.append(L(m.sep().join(parts), 'metadata'))
    else:
        out += [L(p, 'metadata') for p in parts]
    if m.r.random() < 0.8:
        out.append(L(m.c('本文共%d字' % words, '全文约%d字，阅读需要%d分钟' % (words, words // 400 + 1),
                         '字数：%d' % words, '【字数】%d字' % words, '全文共 %s 字' % format(words, ','),
                         '约%d字 | 预计阅读%d分钟' % (words, words // 500 + 1), '本篇文章共%d字，可编辑修改' % words,
                         '📝 %d字' % words, '共%d页 %d字' % (m.n(3, 40), words)), 'wordcount'))
    return out


def b_intro(m: Maker):
    t = m.title
    return [L(m.c(
        '导读：%s是小编为大家整理的，供大家参考借鉴，希望对大家有所帮助。' % t,
        '%s由%s会员“%s”投稿，精心整理，欢迎阅读借鉴！' % (t, m.site, m.nick()),
        '下面是小编为大家收集的%s，仅供参考，欢迎大家阅读。' % t,
        '【导语】本文整理了%s全文，写材料的朋友可以收藏备用。' % t,
        '以下是%s，仅供参考，如需下载可点击文末按钮。' % t,
        '小编按：年度报告写法规范、数据翔实，可作为撰写同类材料的参考。全文如下：',
        '摘要：本文档为%s，可用于学习研究和写作参考，请勿用于商业用途。' % t,
        '编者按：近日，%s正式公布。为方便读者学习，现全文转发如下。' % t,
        '导读：写材料的朋友们注意了！今天分享一篇高质量的%s，建议先收藏再看👇' % m.c('报告', '范文', '材料'),
    ), 'intro')]


def b_tips(m: Maker):
    return [L(m.c(
        '温馨提示：本站所有范文仅供参考，请勿直接照搬使用。',
        '【温馨提示】复制内容请先登录，登录后可免费复制全文。',
        '温馨提示：手机浏览请点击右上角“…”分享给好友。',
        '💡 温馨提示：本文较长，建议收藏后慢慢阅读。',
        '温馨提示：点击右侧按钮可一键下载Word文档，格式更规范。',
        '友情提示：如遇内容显示不全，请刷新页面或切换浏览器。',
        '提示：按 Ctrl+D 收藏本页，方便下次查看。',
        '温馨提示：本文档已转换为网页格式，图片和表格可能无法正常显示。',
        '小贴士：%s已开通会员专享通道，下载不限速。' % m.site,
    ), 'tips')]


def b_download(m: Maker):
    form = m.n(0, 5)
    if form == 0:
        return [L(m.c('下载本文档', '下载这篇文档', '⬇ 下载Word文档', '立即下载', '下载本文', '【下载】'), 'download')]
    if form == 1:
        return [L('下载文档　　%s' % m.c('收藏', '复制全文', '打印', '分享'), 'download')]
    if form == 2:
        return [L('本文档需要%d下载券' % m.n(1, 8), 'download'), L(m.c('立即下载', '下载到电脑', '保存到网盘'), 'download')]
    if form == 3:
        return [L('下载文档到电脑，查找使用更方便', 'download'),
                L('%d积分' % m.n(5, 50) + m.c('', '　　VIP免费', '　下载次数：%d' % m.n(1, 900)), 'download')]
    if form == 4:
        return [L('点击下载：%s.doc' % m.title, 'download')]
    return [L(m.c('Word版下载', '免费下载', 'PDF下载', 'doc下载'), 'download'), L(m.c('(%dKB)' % m.n(20, 900), '大小：%.1fM' % (m.n(2, 90) / 10)), 'download')]


def b_paywall(m: Maker):
    return [L(m.c(
        '开通VIP，免费下载全站文档',
        '该文档为VIP专享，非VIP用户需支付%d.%d元' % (m.n(1, 19), m.n(0, 9)),
        '本文为付费内容，购买后可查看全部内容　¥%d.%02d' % (m.n(1, 30), m.n(0, 99)),
        '开通会员 立享8折　👑 会员专享文档',
        '您的积分不足，请充值后下载（当前积分：%d）' % m.n(0, 4),
        'VIP会员 / 单篇购买 / 积分兑换',
        '成为会员，海量范文随心下　首月仅需%d元' % m.n(5, 15),
        '付费文档 · %d人已购买' % m.n(3, 800),
    ), 'paywall')]


def b_preview(m: Maker):
    pages = m.n(4, 60)
    return [L(m.c(
        '剩余%d页未读，继续阅读' % m.n(2, pages),
        '— 试读已结束，如需继续阅读或下载，请开通VIP —',
        '继续阅读',
        '展开阅读全文 ∨',
        '还剩%d%%未读，点击阅读全文' % m.n(30, 90),
        '预览已结束，查看完整内容请下载',
        '本文档仅提供部分内容试读，完整内容请下载后查看',
        '以上为%d页中的前%d页预览' % (pages, m.n(1, 3)),
        '⋯⋯ 点击展开全文 ⋯⋯',
        '阅读全文（剩余%s字）' % m.num(1000, 20000),
    ), 'preview')]


def b_upload(m: Maker):
    form = m.n(0, 2)
    if form == 0:
        return [L('上传人：%s　上传时间：%s' % (m.nick(), m.dt(3)), 'upload')]
    if form == 1:
        return [L('%s 上传于 %s' % (m.nick(), m.dt(1)), 'upload'),
                L(m.c('本文档由用户上传，如有侵权请联系删除', '该文档来自用户分享，仅供学习交流', '用户上传 | 认证：个人'), 'upload')]
    return [L(m.c('贡献者：', '分享者：', '上传者 ') + m.nick(), 'upload'),
            L(m.c('TA的文档 %d' % m.n(3, 3000), '文档数：%d　关注' % m.n(10, 8000), '粉丝 %d' % m.n(0, 900)), 'upload')]


def b_docinfo(m: Maker):
    """Document-sharing header block: pages / size / format / downloads."""
    items = ['页数：%d' % m.n(3, 80), '大小：%s' % m.c('%dKB' % m.n(18, 999), '%.2fMB' % (m.n(100, 900) / 100)),
             '格式：%s' % m.c('DOC', 'DOCX', 'PDF', 'WPS', 'doc'), '下载：%d' % m.n(0, 3000), '浏览：%s' % m.num(10, 50000),
             '收藏：%d' % m.n(0, 400), '上传日期：%s' % m.dt(3)]
    m.r.shuffle(items)
    k = m.n(3, 6)
    if m.r.random() < 0.5:
        return [L(m.c('  ', '　', ' | ', '，').join(items[:k]), 'metadata')]
    return [L(x, 'metadata') for x in items[:k]]


def b_rating(m: Maker):
    sc = m.n(30, 50) / 10
    return [L(m.c('评分：%.1f分' % sc, '★★★★☆ %.1f' % sc, '文档评分 %.1f/5' % sc, '★★★★★', '☆☆☆☆☆ 暂无评分',
                  '%d人评价 · 好评率%d%%' % (m.n(3, 400), m.n(80, 100)), '为该文档评分：1 2 3 4 5',
                  '评价文档：%d人觉得有用' % m.n(1, 300), '有用 %d　无用 %d' % (m.n(0, 200), m.n(0, 20))), 'rating')]


def b_toolbar(m: Maker):
    items = ['收藏', '分享', '打印', '复制', '举报', '纠错', '下载', '阅读模式', '全屏', '放大', '缩小', '转Word', '朗读']
    k = m.n(3, 7)
    sel = m.r.sample(items, k)
    deco = m.c('', '', '☆', '⭐', '[', '')
    if deco == '[':
        return [L(' '.join('[%s]' % x for x in sel), 'toolbar_actions')]
    return [L(m.sep().join(deco + x for x in sel), 'toolbar_actions')]


def b_toc(m: Maker, heads):
    """Table of contents of the run's own headings (with page numbers on document sites)."""
    if not heads:
        return []
    out = [L(m.c('目录', '目 录', '文档目录', '【目录】', '本文目录', '📑 目录导航', 'CONTENTS'), 'toc')]
    pg = m.n(1, 3)
    style = m.n(0, 3)
    for h in heads[:m.n(3, 8)]:
        pg += m.n(1, 4)
        hh = h if len(h) <= 30 else h[:28] + '…'
        line = [hh + m.c('……', '......', '……………', '  ') + str(pg), '· ' + hh, hh + '\t' + str(pg), '  ' + hh + '  P%d' % pg][style]
        if line.strip() == h:
            line = line + ' '
        out.append(L(line, 'toc'))
    if m.r.random() < 0.5:
        out.append(L(m.c('收起目录 ∧', '展开目录 ∨', '[隐藏]'), 'toc'))
    return out


def b_related(m: Maker):
    head = m.c('相关范文', '热门范文', '相关推荐', '猜你喜欢', '推荐阅读', '相关文档', '热门推荐', '同类范文', '精选范文推荐',
               '大家都在看', '最新范文', '更多相关内容 >>')
    things = ['%d年乡镇政府工作报告范文' % m.n(2019, 2025), '政府工作报告心得体会（精选%d篇）' % m.n(3, 20),
              '学习%d年政府工作报告心得体会' % m.n(2019, 2025), '%s述职报告' % m.c('个人', '领导干部', '局长', '村支书'),
              '街道办%d年工作总结及%d年工作计划' % ((lambda y: (y, y + 1))(m.n(2019, 2024))), '在全市经济工作会议上的讲话',
              '县长在县人民代表大会上的政府工作报告', '%d年度民主生活会对照检查材料' % m.n(2019, 2025), '优秀党课讲稿：守初心 担使命',
              '政府工作报告怎么写？附范文', '%s市%d年国民经济和社会发展统计公报' % (m.c('某', 'XX', '××'), m.n(2019, 2024)),
              '乡镇人大主席团工作报告', '政府工作报告（%s版）' % m.c('简约', '精编', '提纲'), '政府办主任述职述廉报告',
              '%d年上半年工作总结和下半年工作打算' % m.n(2019, 2025), '关于优化营商环境的调研报告', '在全县干部大会上的表态发言',
              '如何写好一篇政府工作报告', '政府工作报告中的高频词汇汇编', '开发区管委会%d年工作总结' % m.n(2019, 2024),
              '政协工作报告范文3篇', '机关党支部书记抓党建工作述职报告', '年终总结开头结尾金句100例']
    sel = m.r.sample(things, m.n(3, 7))
    out = [L(head, 'related')]
    form = m.n(0, 3) if m.style in ('wenku', 'docshare') else m.n(0, 2)
    for i, t in enumerate(sel, 1):
        m.date = m.date - datetime.timedelta(days=m.n(0, 40))
        line = [t, '%d. %s' % (i, t), '· %s　%s' % (t, m.dt(m.c(7, 3))), '%s　%d页' % (t, m.n(2, 40))][form]
        if form == 3 and m.r.random() < 0.3:
            line = '%s　%s' % (t, m.c('★免费', '¥%d' % m.n(2, 20), 'VIP'))
        out.append(L(line, 'related'))
    if m.r.random() < 0.4:
        out.append(L(m.c('查看更多 >', '换一批 ↻', '更多>>', '加载更多'), 'related'))
    return out


def b_prevnext(m: Maker):
    a = m.c('上一篇：', '上一篇 ', '« 上一篇：', '←上一篇：', 'Prev：')
    b = m.c('下一篇：', '下一篇 ', '下一篇：» ', '下一篇→：', 'Next：')
    t1 = m.c('%d年%s工作总结' % (m.n(2019, 2025), m.c('个人', '科室', '部门')), '关于开展安全生产大检查的通知',
             '政府办公室年度工作总结', '在全市重点项目推进会上的讲话', '没有了')
    t2 = m.c('%d年度述职报告' % m.n(2019, 2025), '乡村振兴工作汇报材料', '党风廉政建设工作报告', '没有了', '人大常委会工作报告')
    if m.r.random() < 0.5:
        return [L(a + t1, 'prevnext'), L(b + t2, 'prevnext')]
    return [L(a + t1 + '　　' + b + t2, 'prevnext')]


def b_tags(m: Maker):
    tg = m.r.sample(['政府工作报告', '工作报告', m.place, '报告全文', '范文', '公文写作', '%d' % m.year, '年度报告', '材料',
                     '写作素材', '讲话稿', '两会'], m.n(2, 5))
    return [L(m.c('标签：', 'Tags：', '关键词：', '#', '🏷 ', '本文标签 ') + m.c(' ', '、', ' #', ',').join(tg), 'tags')]


def b_share(m: Maker):
    return [L(m.c('分享到：', '分享：', '一键分享', '转发到', '') + m.sep().join(
        m.r.sample(['微信', 'QQ', 'QQ空间', '新浪微博', '朋友圈', '复制链接', '钉钉', '豆瓣', '腾讯微博'], m.n(3, 5))), 'share')]


def b_qr(m: Maker):
    return [L(m.c(
        '长按识别二维码，加入%s交流群' % m.c('笔杆子', '公文写作', '材料人'), '手机扫码阅读本文　▣',
        '扫码关注「%s」，回复“%s”免费领取' % (m.site, m.c('报告', '范文', '2024', '资料')),
        '[二维码图片]　扫码下载APP','扫码手机阅读', '手机扫一扫，随时随地看范文', '[二维码]', '扫描二维码关注公众号，回复“报告”获取Word版',
                  '微信扫码 下载到手机', '📱 扫码用手机看', '扫一扫，分享给好友'), 'qr')]


def b_follow(m: Maker):
    return [L(m.c(
        '关注公众号“%s”，每天推送精品材料' % m.c('笔杆子写作', '材料帮', '公文派', '机关文秘', '写作素材库'),
        '+ 关注', '关注作者，第一时间获取更新', '点击上方蓝字关注我们',
        '喜欢这篇文章？关注%s获取更多范文' % m.site, '★ 关注TA', '觉得有用就点个关注吧～'), 'follow')]


def b_reward(m: Maker):
    return [L(m.c('赞赏', '打赏作者', '喜欢作者请打赏 ¥', '%d人赞赏了该文章' % m.n(1, 60), '给作者送朵花 🌹',
                  '原创不易，随手打赏支持一下'), 'reward')]


def b_comments(m: Maker):
    out = [L(m.c('网友评论', '评论（%d）' % m.n(1, 60), '全部评论 %d' % m.n(1, 60), '发表评论', '💬 评论区', '读者留言'), 'comments')]
    says = ['写得很好，收藏了', '非常实用，谢谢分享！', '下载不了啊？', '请问有Word版吗', '马克一下，明天开会用', '楼主辛苦了',
            '数据很详实，学习了', '顶一个', '格式有点乱', '怎么复制不了', '感谢分享，正好需要', '已转藏',
            '写材料的都懂', '好文，已收藏到我的图书馆', '👍👍👍', '这个格式可以直接用吗']
    for s in m.r.sample(says, m.n(1, 4)):
        form = m.n(0, 2)
        if form == 0:
            out.append(L('%s：%s' % (m.nick(), s), 'comments'))
        elif form == 1:
            out.append(L(m.nick() + '　' + m.dt(m.c(0, 7)), 'comments'))
            out.append(L(s, 'comments'))
        else:
            out.append(L('%s　%s　回复　赞(%d)' % (s, m.dt(7), m.n(0, 30)), 'comments'))
    if m.r.random() < 0.5:
        out.append(L(m.c('请登录后发表评论', '我要评论', '说点什么吧…', '发表', '共%d条评论 查看全部' % m.n(2, 80)), 'comments'))
    return out


def b_disclaimer(m: Maker):
    return [L(m.c(
        '%s所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。' % m.site,
        '声明：本文档可能存在排版错误或内容缺失，请以官方发布的正式文件为准。',
        '注意：本文仅供学习参考，引用请以%s发布的文本为准。' % m.c('政府门户网站', '官方', '新华社'),
        '以上内容由网友整理，不代表本站观点；如有错误欢迎指正。',
        '郑重声明：本站不对文档内容的准确性、完整性负责，下载前请仔细预览。',
        '[免责]本页面内容仅供参考',
        '声明：本站范文均来自网友投稿或网络，仅供学习交流，如有侵权请联系删除。',
        '免责声明：本文档由用户上传，%s仅提供存储空间，不对内容负责。' % m.site,
        '版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。',
        '本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。如发现本站有涉嫌抄袭侵权的内容，请发送邮件举报，一经查实，本站将立刻删除。',
        '特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布。',
        '※ 本文仅代表作者观点，与本站立场无关。'), 'disclaimer')]


def b_ads(m: Maker):
    return [L(m.c(
        '%s专业版：%d套述职PPT模板 免费领 →' % (m.c('WPS', '稻壳', '办公'), m.n(100, 5000)),
        '🎁 新人专享：注册即送%d天会员' % m.n(1, 30),
        '↓↓↓ 以下为推广内容 ↓↓↓',
        '材料写不好？%s老师带你三天入门公文写作 (限时%d元)' % (m.name(), m.n(9, 199)),
        '广告 · 材料人都在用的写作神器，一键排版公文格式',
        '推广｜考公上岸学长整理的申论范文%d篇' % m.n(50, 500),
        '【广告】公文写作AI助手，一键生成述职报告、工作总结 >>',
        '广告',
        '写材料找不到思路？%d万篇精品范文免费看 ➤' % m.n(10, 300),
        '▶ 点击领取：%d年最新公文写作模板大礼包' % m.n(2019, 2025),
        '[推广] 公务员面试一对一辅导，名师带你上岸',
        '赞助商链接：专业代写 工作总结 心得体会 快速交稿',
        '—— 广告 ——',
        'AD　在线转换PDF为Word，免费试用',
        '智能写作｜输入标题自动生成材料，限时免费体验'), 'ads')]


def b_repost(m: Maker):
    return [L(m.c(
        '转载自：%s' % m.c('人民网', '新华网', '政府网站', '%s日报' % m.place, '微信公众号', '网络'),
        '本文转载自%s，原作者：%s' % (m.c('网络', '公众号', '新浪博客'), m.name()),
        '【转】%s' % m.title,
        '原文作者：%s　原文地址：%s' % (m.c('佚名', m.name(), '政府网'), m.c('点击查看', 'http://%s.blog.163.com/' % m.c('wm', 'gw', 'xz') + str(m.n(100, 999)))),
        '本文由 %s 整理发布，转载请保留出处' % m.nick(),
        '原文地址：%s作者：%s' % (m.title[:10], m.nick()),
        '此文章由%s编辑整理，仅供学习' % m.nick(),
        '转自 %s 的博客' % m.nick(),
        '（本文系转载，版权归原作者所有）',
        '文章转载于网络，由%s编辑' % m.site), 'repost')]


def b_library_head(m: Maker):
    """个人图书馆-like header: 馆主, 馆藏, 转藏 / 收藏 counts."""
    who = m.nick()
    out = [L(m.c('%s的图书馆' % who, '%s 的个人图书馆' % who, '%s · 馆藏%d' % (who, m.n(100, 90000))), 'nav')]
    out.append(L(m.c('%s　%s　%s' % (who, m.dt(m.c(1, 3, 6)), m.c('阅读%d' % m.n(10, 9000), '%d次阅读' % m.n(10, 9000))),
                     '%s > 《%s》' % (who, m.c('政府报告', '时政文件', '学习资料', '待读', '公文素材')),
                     '0条评论　%d人转藏　%d人收藏' % (m.n(0, 300), m.n(0, 500))), 'metadata'))
    if m.r.random() < 0.7:
        out.append(L(m.c('转藏到我的图书馆', '献花(%d)' % m.n(0, 99), '+1 献花', '分享：', '转藏　全屏　打印'), 'toolbar_actions'))
    return out


def b_counts(m: Maker):
    return [L(m.c('收藏 %d　转藏 %d　献花 %d' % (m.n(0, 300), m.n(0, 300), m.n(0, 40)),
                  '%d 人收藏' % m.n(1, 900), '👍 %d　💬 %d　⭐ %d' % (m.n(0, 200), m.n(0, 80), m.n(0, 300)),
                  '阅读(%d)　评论(%d)　收藏(%d)　转载(%d)' % (m.n(10, 9000), m.n(0, 30), m.n(0, 80), m.n(0, 40)),
                  '喜欢(%d)' % m.n(0, 99), '已有%d人收藏此文' % m.n(2, 600)), 'metadata')]


def b_blog_head(m: Maker):
    who = m.nick()
    out = [L(m.c('%s的博客' % who, '%s_新浪博客' % who, '%s的BLOG' % who, '%s | 个人空间' % who), 'nav')]
    out.append(L(m.c('http://blog.sina.com.cn/u/%d' % m.n(1000000000, 3999999999), '[订阅]　[手机订阅]',
                     '个人资料　博文　关注　粉丝 %d' % m.n(0, 9000), '首页 博文目录 图片 关于我'), 'nav'))
    return out


def b_blog_meta(m: Maker):
    return [L(m.c('(%s)' % m.dt(6), '%s　%s' % (m.dt(6), m.c('[转载]', '[原创]', '')),
                  '标签： %s　分类： %s' % (m.c('政府工作报告', '时政', '杂谈', '学习'), m.c('转载', '政策文件', '学习资料', '默认分类')),
                  '发表于 %s' % m.dt(0), '%s 发布于 %s' % (m.nick(), m.dt(2))), 'metadata')]


def b_cookie(m: Maker):
    return [L(m.c('本网站使用cookie以提升您的浏览体验，继续浏览即表示您同意。　我知道了',
                  'We use cookies to improve your experience. Accept　Reject',
                  '我们会收集必要的Cookie以保证网站正常运行，详见《隐私政策》　同意并继续'), 'cookie')]


def b_app(m: Maker):
    return [L(m.c('打开APP，免费下载全文', '%sAPP内打开，阅读更流畅' % m.site, '下载%s客户端，海量文档随身看 >' % m.site,
                  'App内查看完整文档　×', '用APP打开 领取%d天VIP' % m.n(1, 7), '在小程序中打开，可免费复制'), 'app_banner')]


def b_caption(m: Maker):
    return [L(m.c(
        '图为%s会议现场' % m.c('人代会', '大会', '开幕'), '（图片来源：%s）' % m.c('网络', '视觉中国', '%s日报' % m.place),
        '▲ 点击图片可放大', '[图]', '图片已失效', '（图文无关）', '—— 图：%s 摄 ——' % m.name(),'（图片来源于网络，侵删）', '▲ 资料图', '图：%s全景（%s 摄）' % (m.place, m.name()), '[图片]',
                  '点击查看大图', '图片', '配图与本文无关', '（示意图）'), 'caption')]


def b_video(m: Maker):
    return [L(m.c(
        '▶ 视频：%d分钟看懂%s' % (m.n(1, 5), m.title[:12]), '播放　00:00 / %02d:%02d　全屏' % (m.n(1, 20), m.n(0, 59)),
        '[视频]', '该视频暂时无法播放', '视频来源：%s' % m.c('央视新闻', '本站', '网络'), '清晰度：高清　倍速：1.0x','▶ 00:00 / %02d:%02d' % (m.n(1, 9), m.n(0, 59)), '视频加载中…', '[视频]一分钟读懂报告', '您的浏览器不支持视频播放'),
              'video')]


def b_link(m: Maker):
    slug = m.n(100000, 9999999)
    dom = m.c('fanwen', 'wenmi', 'gongwen', 'doc', 'wk', 'lib')
    return [L(m.c('本文链接：https://www.%s%d.com/article/%d.html' % (dom, m.n(1, 99), slug),
                  '原文链接：http://www.%s.cn/%d.html' % (dom, slug),
                  'https://m.%s.net/p/%d' % (dom, slug), '复制链接', '[阅读原文](http://%s.com/show/%d)' % (dom, slug),
                  '永久链接：%s/%d' % (m.site, slug)), 'link')]


def b_html(m: Maker):
    return [L(m.c('<div class="content">', '</div>', '<p>&nbsp;</p>', '&nbsp;&nbsp;', '<br/>', '<span style="font-size:16px;">',
                  '</span></p>', '<!-- 正文结束 -->', '{{content}}', 'var _hmt = _hmt || [];', '<div class="ad-box"></div>',
                  'document.write(unescape("%3Cscript%3E"));', '[/url]', '&ldquo;&rdquo;'), 'html_residue')]


def b_mojibake(m: Maker):
    return [L(m.moji(), 'mojibake')]


def b_attachment(m: Maker):
    return [L(m.c('附件下载：', '相关附件：', '附件：') + m.c(m.title + '.docx', m.title + '.pdf', '报告全文.doc'), 'attachment')]


def b_footer(m: Maker):
    out = []
    lines = ['关于我们 | 联系我们 | 免责声明 | 网站地图 | 投稿须知',
             'Copyright © %d-%d %s All Rights Reserved' % (m.n(2008, 2016), m.n(2023, 2026), m.site),
             '%sICP备%d号-%d' % (m.c('京', '沪', '粤', '浙', '苏', '鲁', '豫', '川', '湘', '皖'), m.n(10000000, 29999999), m.n(1, 5)),
             '%s公网安备 %d号' % (m.c('京', '粤', '浙', '苏'), m.n(11010000000000, 44999999999999)),
             '本站部分内容来自互联网，如有侵权请联系 %s@%s.com' % (m.c('kefu', 'admin', 'service'), m.c('qq', '163', 'fanwen')),
             '客服QQ：%d　工作时间：9:00-18:00' % m.n(10000000, 999999999),
             '©%d %s　版权所有' % (m.n(2019, 2025), m.site),
             '友情链接：%s' % ' '.join(m.r.sample(['范文网', '文秘网', '公文网', '作文网', '简历网', '教案网', '文档网'], 4)),
             '返回顶部 ↑', '电脑版 | 手机版']
    for x in m.r.sample(lines, m.n(2, 5)):
        out.append(L(x, 'footer'))
    return out


def b_end(m: Maker):
    return [L(m.c('【完】', '（完）', '— END —', '全文完', '—— 本文完 ——', '~end~'), 'footer')]


def b_source_sig(m: Maker):
    """A 'this article was compiled by …' note at the end (template sites)."""
    return [L(m.c('本文由%s整理，版权归原作者所有。' % m.site,
                  '（责任编辑：%s）' % m.name(),
                  '本文经%s编辑整理，如需转载请注明出处。' % m.site,
                  '文章来源：%s　整理：%s' % (m.c('网络', '政府网站', '人民网', '本站'), m.nick()),
                  '（本文系%s会员原创投稿，仅供参考）' % m.site,
                  '编辑：%s　审核：%s' % (m.name(), m.name())), 'repost')]


def b_print_header(m: Maker):
    h, mi = m.n(0, 23), m.n(0, 59)
    return [L(m.c('%d/%d/%d %s%d:%02d　%s_%s' % (m.date.year, m.date.month, m.date.day, m.c('上午', '下午'), h % 12 or 12, mi,
                                               m.title[:16], m.site),
                  '%s - %s　　%d/%d' % (m.site, m.title[:12], 1, m.n(2, 9))), 'print_header')]


def b_pian(m: Maker):
    """篇二 / 篇三 teasers of a template site's multi-article page (the next articles are not on the page)."""
    out = []
    for k in range(m.n(1, 2)):
        t = m.c('学习%d年政府工作报告心得体会' % m.year, '政府工作报告（乡镇版）', '%d年县政府工作报告' % m.year,
                '政府工作报告讨论发言', '区长在区人代会上的政府工作报告', '政府工作报告学习体会（%s）' % m.c('教师', '党员', '基层干部'))
        out.append(L(m.c('篇%s：%s' % ('二三'[k], t), '【篇%d】%s' % (k + 2, t), '第%d篇：%s' % (k + 2, t), '%s（篇%s）' % (t, '二三'[k])),
                     'related'))
        if m.r.random() < 0.5:
            out.append(L(m.c('（完整内容请点击下载）', '……（此处省略%s字）' % m.num(2000, 9000), '>> 点击查看全文'), 'preview'))
    return out


def b_split_pages(m: Maker):
    """Pagination of an article split over several web pages (template sites do this to show more ads)."""
    k, n = m.n(1, 3), m.n(3, 8)
    return [L(m.c('本文共%d页，当前第%d页' % (n, k), '上一页 %s 下一页' % ' '.join('[%d]' % i if i == k else str(i) for i in range(1, n + 1)),
                  '首页 上一页 %d %d %d 下一页 尾页' % (k, k + 1, k + 2), '< 1 2 3 … %d >' % n, '第%d页　共%d页　下一页 »' % (k, n),
                  '点击进入下一页 >>'), 'pagination')]


def b_copy_prompt(m: Maker):
    return [L(m.c('复制全文需要登录，登录后可免费复制', '【一键复制全文】', '本文内容已加密，开通会员可复制',
                  '复制成功！如需转载请注明出处', '选中文字即可复制　│　VIP无限复制'), 'paywall')]


def b_printed_head(m: Maker):
    return [L('%d/%d/%d %02d:%02d　%s' % (m.date.year, m.date.month, m.date.day, m.n(7, 23), m.n(0, 59),
                                          m.c(m.title[:15] + '…', m.title[:12] + '_' + m.site, '%s - %s' % (m.site, m.title[:10]))),
              'print_header')]


def b_printed_foot(m: Maker):
    return [L('http://%s/%s/%d.html　%d/%d' % (m.c('www.360doc.com/content', 'blog.sina.com.cn/s', 'www.360doc.cn/article', 'home.163.com'),
                                              m.c('24', '25', 'blog'), m.n(1000000, 99999999), m.n(1, 3), m.n(3, 6)), 'print_header')]


BLOCKS = {k[2:]: v for k, v in globals().items() if k.startswith('b_')}

# ----------------------------------------------------------------------------- page plans per style


def head_plan(m: Maker, heads):
    st, r = m.style, m.r
    plan = []
    if st == 'fanwen':
        plan = (['cookie'] if r.random() < .1 else []) + ['topbar', 'nav'] + (['search'] if r.random() < .6 else []) + (['category'] if r.random() < .3 else []) + \
               ['breadcrumb', 'title_repeat', 'fanwen_meta'] + (['intro'] if r.random() < .7 else []) + \
               (['tips'] if r.random() < .4 else []) + (['download'] if r.random() < .4 else [])
    elif st == 'gongwen':
        plan = (['cookie'] if r.random() < .2 else []) + ['nav'] + (['topbar'] if r.random() < .5 else []) + \
               (['breadcrumb'] if r.random() < .8 else []) + ['title_repeat', 'fanwen_meta'] + \
               (['paywall'] if r.random() < .4 else []) + (['toc'] if r.random() < .5 else []) + \
               (['intro'] if r.random() < .5 else [])
    elif st == 'wenku':
        plan = (['app'] if r.random() < .3 else []) + (['cookie'] if r.random() < .15 else []) + ['search', 'nav'] + (['topbar'] if r.random() < .5 else []) + \
               ['title_repeat', 'docinfo'] + (['rating'] if r.random() < .6 else []) + (['upload'] if r.random() < .6 else []) + \
               (['toolbar'] if r.random() < .6 else []) + (['toc'] if r.random() < .4 else [])
    elif st == 'docshare':
        plan = ['nav'] + (['login'] if False else []) + (['breadcrumb'] if r.random() < .5 else []) + \
               ['title_repeat', 'upload', 'docinfo'] + (['rating'] if r.random() < .5 else []) + \
               (['download'] if r.random() < .7 else []) + (['toc'] if r.random() < .3 else [])
    elif st == 'library':
        m.printed = r.random() < .25
        plan = (['printed_head'] if m.printed else []) + (['topbar'] if r.random() < .4 else []) + \
            ['library_head', 'title_repeat'] + \
               (['repost'] if r.random() < .8 else []) + (['tags'] if r.random() < .4 else []) + (['intro'] if r.random() < .3 else [])
    elif st == 'blog':
        m.printed = r.random() < .25
        plan = (['printed_head'] if m.printed else []) + ['blog_head'] + (['nav'] if r.random() < .5 else []) + ['title_repeat', 'blog_meta'] + \
               (['repost'] if r.random() < .8 else []) + (['counts'] if r.random() < .4 else [])
    return plan


def tail_plan(m: Maker):
    st, r = m.style, m.r
    opt = lambda p, x: [x] if r.random() < p else []  # noqa: E731
    if st == 'fanwen':
        return opt(.6, 'source_sig') + opt(.6, 'download') + opt(.2, 'attachment') + opt(.5, 'tags') + opt(.5, 'prevnext') + \
            opt(.3, 'pian') + ['related'] + opt(.3, 'qr') + opt(.4, 'tips') + opt(.4, 'comments') + opt(.3, 'disclaimer') + \
            ['footer']
    if st == 'gongwen':
        return opt(.5, 'end') + opt(.5, 'source_sig') + opt(.5, 'follow') + opt(.4, 'reward') + opt(.5, 'qr') + ['related'] + \
            opt(.5, 'prevnext') + opt(.3, 'attachment') + opt(.3, 'link') + opt(.5, 'footer')
    if st == 'wenku':
        return opt(.7, 'preview') + opt(.7, 'paywall') + opt(.6, 'download') + opt(.5, 'rating') + ['related'] + \
            opt(.3, 'qr') + opt(.4, 'disclaimer') + opt(.6, 'footer')
    if st == 'docshare':
        return opt(.8, 'preview') + opt(.5, 'paywall') + opt(.4, 'download') + opt(.5, 'disclaimer') + opt(.5, 'related') + \
            opt(.4, 'comments') + opt(.5, 'footer')
    if st == 'library':
        return opt(.5, 'link') + opt(.6, 'counts') + opt(.4, 'share') + opt(.5, 'related') + opt(.6, 'comments') + \
            opt(.4, 'disclaimer') + opt(.4, 'footer') + (['printed_foot'] if m.printed else [])
    if st == 'blog':
        return opt(.5, 'end') + opt(.5, 'counts') + opt(.5, 'share') + opt(.5, 'prevnext') + opt(.6, 'comments') + \
            opt(.4, 'related') + opt(.3, 'footer') + (['printed_foot'] if m.printed else [])
    return []


MID = {
    'fanwen': ['ads', 'tips', 'download', 'caption', 'html', 'mojibake', 'ads', 'preview', 'split_pages', 'split_pages'],
    'gongwen': ['ads', 'follow', 'caption', 'html', 'video', 'paywall', 'tips', 'split_pages', 'copy_prompt'],
    'wenku': ['watermark_web', 'pageno_web', 'ads', 'preview', 'app', 'mojibake', 'copy_prompt'],
    'docshare': ['pageno_web', 'watermark_web', 'ads', 'download', 'preview'],
    'library': ['caption', 'html', 'ads', 'mojibake', 'counts'],
    'blog': ['caption', 'html', 'ads', 'mojibake', 'video'],
}


def b_watermark_web(m: Maker):
    return [L(m.c('%s www.%s.com' % (m.site, m.c('docin', 'doc88', 'book118', 'wenku', 'renrendoc')),
                  '原创力文档 预览与源文档一致，下载高清无水印', '本资料来源于网络，仅供参考',
                  '更多精品文档尽在 %s' % m.site, '— 水印 —  %s' % m.site, 'www.%s.com 专业文档分享平台' % m.c('doc88', 'docin', 'wenku8')),
              'watermark')]


def b_pageno_web(m: Maker):
    return [L(m.c('第%d页' % m.n(2, 9), '%d / %d' % (m.n(2, 5), m.n(6, 30)), '- %d -' % m.n(2, 9), '第 %d 页 / 共 %d 页' % (m.n(2, 5), m.n(6, 30)),
                  'P.%d' % m.n(2, 9)), 'pagination')]


BLOCKS.update({'watermark_web': b_watermark_web, 'pageno_web': b_pageno_web})

SITES = {
    'fanwen': ['第一范文网', '范文先生网', '好范文网', '写写帮文库', '范文大全网', '星火范文', '笔下生花范文网', '一起写范文',
               '公务员之家', '文书帮', '职场范文网', '范文118'],
    'gongwen': ['公文派', '笔杆子公文网', '秘书工作网', '公文易', '文秘114', '党政办公室网', '材料之家', '公文素材库', '机关写作网'],
    'wenku': ['百度文库', '360文库', '人人文库', '爱问共享资料', '文库吧', '搜狗文档', '新浪文库', '金锄头文库'],
    'docshare': ['豆丁网', '道客巴巴', '原创力文档', '淘豆网', '麦档网', 'max文档', '文档分享网', '冰点文库'],
    'library': ['360doc个人图书馆', '个人图书馆', '360doc', '馆藏网'],
    'blog': ['新浪博客', '网易博客', '搜狐博客', '和讯博客', '天涯博客', '凤凰博报', 'QQ空间日志'],
    'pdf': ['豆丁网下载', '道客巴巴下载', '政府网站附件', 'WPS云文档', '福昕阅读器', 'Adobe Acrobat', '原创力文档下载', '人大网站附件'],
    'word': ['Word文档', 'WPS文字', '办公室OA导出', '机关内网', '腾讯文档', '金山文档'],
}

# ----------------------------------------------------------------------------- pdf / word pieces

PUNCT_HANG = '。，、；：！？）」”’》】'


def wrap(text: str, width: int, first: int) -> list:
    """Cut text every ``width`` characters (the first line ``first``); never next to whitespace; closing
    punctuation hangs on the line before."""
    out, i = [], 0
    w = first
    while i < len(text):
        j = min(len(text), i + w)
        if j < len(text):
            while j < len(text) and text[j] in PUNCT_HANG and j - i < w + 2:
                j += 1
            while 0 < j < len(text) and (text[j].isspace() or text[j - 1].isspace()):
                j -= 1
            if j <= i:
                j = min(len(text), i + w)
                while j < len(text) and (text[j].isspace() or text[j - 1].isspace()):
                    j += 1
        out.append(text[i:j])
        i = j
        w = width
    return out


def cn_num(k: int) -> str:
    """1..99 in Chinese numerals (十九, 二十, 二十一)."""
    cn = '零一二三四五六七八九'
    if k < 10:
        return cn[k]
    t, u = divmod(k, 10)
    return (cn[t] if t > 1 else '') + '十' + (cn[u] if u else '')


def pageno(m: Maker, k: int, total: int, form: int) -> str:
    kk = cn_num(k)
    return ['- %d -' % k, '— %d —' % k, '第%d页' % k, '第 %d 页 共 %d 页' % (k, total), '%d/%d' % (k, total), '· %d ·' % k,
            str(k), '－%s－' % chr(0xFF10 + k) if k < 10 else '－%d－' % k, 'Page %d of %d' % (k, total), '第%s页' % kk,
            '%d' % k + ' ' * m.n(20, 40), '—%d—' % k, '[%d]' % k, '%d / %d' % (k, total)][form]


def pdf_header(m: Maker, form: int) -> str:
    t = m.title
    return [t, '%s　%s' % (m.org, t[:14]), '%s文件' % m.org, t[:20] + '（全文）', '%s　　第%d期' % (m.c('政府公报', '内部参阅', '学习资料'), m.n(1, 24)),
            '%s　%d年' % (m.place if m.place != '全国' else m.org, m.year), '〔%s〕' % t[:18]][form]


def pdf_wm(m: Maker):
    if m.style == 'word':
        return m.c('内部资料　注意保存', '学习材料　请勿外传', 'WPS Office', '仅供内部学习使用', '%s　打印' % m.dt(5),
                   '（本页以下无正文）' if m.r.random() < 0.1 else '草稿　请勿外传', '此件由%s提供' % m.c('办公室', '档案室', '文秘科'))
    if m.style == 'docshare':
        return b_watermark_web(m)[0][0]
    return m.c('内部资料　注意保存', '仅供学习参考', 'www.docin.com', '道客巴巴 www.doc88.com', 'max.book118.com 原创力文档',
               '本文档下载自文档分享平台', '机密★不得外传' if m.r.random() < 0.1 else '学习材料　请勿外传', 'WPS Office',
               '扫描全能王 创建', 'CamScanner', '%s　打印' % m.dt(5), '此件由%s提供' % m.c('政府门户网站', '档案馆', '文库用户'))


def banji(m: Maker):
    d = m.date
    if m.r.random() < 0.4:
        return [m.c('─' * m.n(24, 36), '—' * m.n(20, 30)),
                m.c('报：', '送：') + m.c('省委、省政府，省人大常委会', '市委，市人大常委会，市政协', '国务院办公厅'),
                '发：' + m.c('各县（市、区）人民政府，市直各单位', '本部门各处室、各直属单位', '各乡镇人民政府、街道办事处'),
                '%s秘书科　　　%d年%d月%d日印发　（共印%d份）' % (m.org, d.year, d.month, d.day, m.n(20, 300))]
    return [m.c('抄送：%s。' % m.c('市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院',
                                 '各民主党派，市工商联，各人民团体', '省委办公厅，省人大常委会办公厅，省政协办公厅'),
                '抄送：党中央各部门，全国人大常委会办公厅，全国政协办公厅。'),
            '%s办公室　　　　　　%d年%d月%d日印发' % (m.org, d.year, d.month, d.day),
            m.c('─' * m.n(20, 34), '━' * m.n(18, 30), '_' * m.n(30, 50))]


# ----------------------------------------------------------------------------- page assembly


def render_web(m: Maker, paras, start, end, allp, rng, variants):
    lines = []
    heads = [p for p in paras if content_kind(p, 0, ['x', 'y', 'z']) == 'heading' and len(p) > 3]
    for b in head_plan(m, heads):
        blk = b_toc(m, heads) if b == 'toc' else BLOCKS[b](m)
        if blk:
            lines += blk
            variants.append(b)
            if rng.random() < 0.25:
                lines.append(BLANK)
    variants.append('|content')
    if m.style == 'fanwen' and rng.random() < 0.35:
        lines.append(L(rng.choice(['篇一：%s', '【篇1】%s', '第1篇：%s', '%s（篇一）', '范文一：%s']) % m.title, 'title_repeat'))
        variants.append('pian1')
    indent = rng.choice(['', '', '　　', '　　', '  ', '\t', '　', '    '])
    blank = rng.choice(['0', '1', '1', '2', 'ws'])
    variants.append('indent=%s' % {'': 'none', '　　': 'ideo2', '  ': 'sp2', '\t': 'tab', '　': 'ideo1', '    ': 'sp4'}[indent])
    variants.append('blank=%s' % blank)
    lines.append(BLANK)
    mids = MID[m.style]
    n_mid = 0
    for k, p in enumerate(paras):
        i = start + k
        kind = content_kind(p, i, allp)
        ind = '' if (kind == 'heading' and rng.random() < 0.5) else indent
        lines.append((ind + p, kind, i))
        if k < len(paras) - 1:
            if rng.random() < 0.3 and n_mid < 5:
                b = rng.choice(mids)
                lines += [BLANK] if blank != '0' else []
                lines += BLOCKS[b](m)
                variants.append(b)
                n_mid += 1
            if blank == '1':
                lines.append(BLANK)
            elif blank == '2':
                lines += [BLANK, BLANK]
            elif blank == 'ws':
                lines.append((rng.choice(['　', '  ', '\t', ' ']), 'blank'))
    variants.append('content|')
    lines.append(BLANK)
    for b in tail_plan(m):
        lines += BLOCKS[b](m)
        variants.append(b)
        if rng.random() < 0.3:
            lines.append(BLANK)
    return lines


def render_pdf(m: Maker, paras, start, end, allp, rng, variants, width):
    lines = []
    st = m.style
    if st == 'pdf':
        if rng.random() < 0.6:
            lines.append(L(m.c('%s.pdf' % m.title, '%s.pdf - %s' % (m.title[:18], m.site), '%s - Adobe Acrobat Reader' % m.title[:16],
                               '%s.pdf　(第1页，共%d页)' % (m.title[:14], m.n(3, 30))), 'title_repeat'))
            variants.append('viewer')
        if rng.random() < 0.3:
            lines.append(L(m.c('文件(F)　编辑(E)　视图(V)　窗口(W)　帮助(H)', '主页　工具　文档', '打开　另存为　打印　注释　填写和签名'),
                           'toolbar_actions'))
            variants.append('menu')
        if rng.random() < 0.5:
            lines.append(L(m.c('1 / %d' % m.n(3, 30), '100%　－　＋　适合页面', '⬇ 下载　🖨 打印　🔍 查找', '页面：1/%d　缩放：125%%' % m.n(3, 30)),
                           'toolbar_actions'))
            variants.append('pdf_toolbar')
    elif st == 'word':
        if rng.random() < 0.5:
            lines.append(L(m.c('%s.docx' % m.title[:20], '%s.wps' % m.title[:20], '%s [兼容模式] - Word' % m.title[:18],
                               '文档1 - WPS文字'), 'title_repeat'))
            variants.append('word_title')
        if rng.random() < 0.4:
            lines.append(L(m.c('开始　插入　设计　布局　引用　邮件　审阅　视图', '文件　开始　插入　页面布局　引用　审阅　视图　章节　开发工具'), 'toolbar_actions'))
            variants.append('ribbon')
        if rng.random() < 0.4:
            lines.append(L(m.c('%s　　　　　　　　　　%s' % (m.c('内部', '公开', '★'), m.c('特急', '平件', '')),
                               '%s文件' % m.org, '%s第%d号' % (m.c('参阅件', '学习资料', '政务信息'), m.n(1, 40))), 'running_header'))
            variants.append('doc_head')
    if lines:
        lines.append(BLANK)
    variants.append('|content')
    variants.append('pdf_w%d' % width)
    indent = rng.choice(['　　', '　　', '', '  '])
    first = width - (len(indent) if indent != '  ' else 1)
    est = sum(len(p) // width + 1 for p in paras) + (len(paras) if rng.random() < 0.4 else 0)
    per_page = max(6, min(34, est // rng.choice([2, 2, 3, 3, 4]) + rng.randint(-2, 2)))  # 1 to 3 breaks in the run
    total_pages = rng.randint(5, 30)
    pg = rng.randint(1, max(1, total_pages - 6))
    pform = rng.randint(0, 13)
    hform = rng.randint(0, 6)
    use_header = rng.random() < 0.7
    use_wm = rng.random() < 0.5
    blank_between = rng.random() < 0.4
    count = 0

    def page_break(inpara):
        nonlocal pg, count
        out = []
        if use_wm and rng.random() < 0.7:
            out.append(L(pdf_wm(m), 'watermark'))
        if st == 'word' and rng.random() < 0.3:
            out.append(L(m.c('%s办公室' % m.org, '%s印' % m.org, '（此页无正文）' if False else '%d年%d月' % (m.date.year, m.date.month)), 'footer'))
        out.append(L(pageno(m, pg, total_pages, pform), 'pagination'))
        if rng.random() < 0.3:
            out.append(BLANK)
        pg += 1
        if use_header:
            out.append(L(pdf_header(m, hform), 'running_header'))
        if st == 'pdf' and rng.random() < 0.15:
            out.append(L(m.c('第%d页' % pg + '　' + m.title[:10], '%s　%d' % (m.site, pg)), 'print_header'))
        variants.append('pagebreak_inpara' if inpara else 'pagebreak')
        count = 0
        return out

    for k, p in enumerate(paras):
        i = start + k
        kind = content_kind(p, i, allp)
        pieces = wrap(p, width, first) if len(p) > width else [p]
        for j, piece in enumerate(pieces):
            # the first break of a page falls inside a paragraph when the paragraph is long enough to hold one
            if count >= per_page and (j > 0 or len(pieces) < 2 or 'pagebreak_inpara' in variants):
                lines += page_break(j > 0)
            pre = indent if j == 0 and not (kind == 'heading' and rng.random() < 0.5) else ''
            lines.append((pre + piece, kind, i))
            count += 1
        if blank_between and k < len(paras) - 1:
            lines.append(BLANK)
            count += 1
    variants.append('content|')
    lines.append(BLANK)
    if st == 'word' and rng.random() < 0.8:
        for x in banji(m):
            lines.append(L(x, 'banji'))
        variants.append('banji')
    if rng.random() < 0.6:
        lines.append(L(pageno(m, pg, total_pages, pform), 'pagination'))
        variants.append('pageno')
    if st == 'pdf' and rng.random() < 0.3:
        lines.append(L(m.c('— 本文档共%d页，当前为预览版本 —' % total_pages, '下载完整版请访问 %s' % m.site, '[文档结束]'), 'preview'))
        variants.append('preview')
    return lines

# ----------------------------------------------------------------------------- selection


def choose_runs(corpus, rng):
    used = used_ranges()
    cands = {f: [] for f in FOLDERS}
    for f in FOLDERS:
        for name in sorted(os.listdir(os.path.join(corpus, f))):
            if not name.endswith('.txt') or any(s in name for s in SKIP):
                continue
            src = f + '/' + name
            paras = paragraphs(corpus, src)
            end = doc_end(paras)
            ok = [usable(p) for p in paras[:end]]
            if end < 8 or not any(all(ok[s:s + 5]) for s in range(end - 4)):
                continue
            cover = [0] * len(paras)  # -1: inside a locked test set's range (never used)
            for a, b, locked in used.get(src, []):
                for x in range(a, min(b, len(paras) - 1) + 1):
                    cover[x] = -1 if locked or cover[x] < 0 else cover[x] + 1
            cands[f].append((src, paras, end, cover))
    picks = []
    for f in FOLDERS:
        lst = cands[f]
        rng.shuffle(lst)
        lst.sort(key=lambda c: sum(1 for x in c[3] if x) / len(c[3]))
        picks += lst[:QUOTA[f]]
    return picks


def pick_range(rng, paras, end, cover, want, length):
    """The run of ``length`` usable paragraphs (or fewer, at least 5, each one fewer costing 0.15) with the fewest paragraphs inside
    other sets' ranges; a start / end other than ``want`` (head, middle, tail) costs as much as 4 of them
    (14 when a head or tail is wanted: the heads and tails of most documents are used already)."""
    ok = [usable(p) for p in paras]
    best = None
    for ln in range(length, 4, -1):
        for s in range(0, end - ln + 1):
            e = s + ln - 1
            if not all(ok[s:e + 1]) or min(cover[s:e + 1]) < 0:
                continue
            ov = sum(1 for x in cover[s:e + 1] if x)
            pos = 'head' if s <= 3 else 'tail' if e == end - 1 else 'middle'
            score = (ov + (0 if pos == want else 4 if want == 'middle' else 14) + 0.15 * (length - ln), rng.random())
            if best is None or score < best[0]:
                best = (score, s, e, ov)
    return best


def full_width(text: str) -> str:
    """ASCII letters, digits and some punctuation as full-width forms (a page saved from an old site)."""
    return ''.join(chr(ord(ch) + 0xFEE0) if ('!' <= ch <= '~' and ch not in '<>/\\') else ch for ch in text)


def vary_chrome(rng, lines, variants):
    """Page-wide shape changes of the chrome: the tail block indented, ASCII turned full-width."""
    if rng.random() < 0.12:
        ind = rng.choice(['  ', '　', '\t', '    '])
        seen = False
        out = []
        for t in lines:
            seen = seen or len(t) == 3
            out.append((ind + t[0], t[1]) if seen and len(t) == 2 and t[1] != 'blank' else t)
        lines = out
        variants.append('tail_indent')
    if rng.random() < 0.1:
        lines = [(full_width(t[0]), t[1]) if len(t) == 2 and t[1] in ('nav', 'footer', 'metadata', 'login', 'download', 'upload')
                 else t for t in lines]
        variants.append('fullwidth_chrome')
    return lines


def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    picks = choose_runs(corpus, rng)
    styles = STYLES[:]
    rng.shuffle(styles)
    styles = (styles * 2)[:len(picks)]
    widths = list(range(18, 46))
    rng.shuffle(widths)
    for d in ('pages', 'gold'):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for fn in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, fn))
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    # selection first (its own random stream), so that changing the chrome writers never moves a run
    wants = ['head'] * 27 + ['tail'] * 27 + ['middle'] * (len(picks) - 54)
    rng.shuffle(wants)
    plan = []
    overlapped = 0
    for (src, paras, end, cover), style, want in zip(picks, styles, wants):
        pdfish = style in ('pdf', 'word')
        length = rng.randint(6, 14) if pdfish else rng.randint(8, 28)
        if want != 'middle':  # heads and tails are mostly used by other sets: keep those runs short
            length = min(length, rng.randint(5, 10))
        length = min(length, end)
        best = pick_range(rng, paras, end, cover, want, length)
        if not best:
            continue
        _, s, e, ov = best
        overlapped += ov
        wrapped = pdfish or (style == 'docshare' and rng.random() < 0.3)
        plan.append((src, paras, s, e, style, wrapped))
    doc_no = 0
    for src, paras, s, e, style, wrapped in plan:
        doc_no += 1
        doc = '%03d' % doc_no
        prng = random.Random('%d/%s' % (SEED, doc))  # the page's own stream
        site = prng.choice(SITES[style])
        m = Maker(random.Random(prng.random()), src, doc_title(src), style, site)
        variants = []
        run = paras[s:e + 1]
        if wrapped:
            width = widths.pop() if widths else prng.randint(20, 44)
            lines = render_pdf(m, run, s, e, paras, prng, variants, width)
            if style == 'docshare':  # the text layer of a PDF preview inside the sharing site's page
                heads = [p for p in run if content_kind(p, 0, ['x', 'y', 'z']) == 'heading']
                top, pre = [], []
                for b in head_plan(m, heads):
                    top += b_toc(m, heads) if b == 'toc' else BLOCKS[b](m)
                    pre.append(b)
                variants[:0] = pre + ['wrapped_preview']
                bottom = []
                for b in tail_plan(m):
                    bottom += BLOCKS[b](m)
                    variants.append(b)
                lines = top + [BLANK] + lines + bottom
        else:
            lines = render_web(m, run, s, e, paras, prng, variants)
        lines = vary_chrome(prng, lines, variants)
        for t in lines:  # sanity: content is never the file's own portal residue or an editorial line
            if len(t) == 3 and (t[2] >= doc_end(paras) or not usable(paras[t[2]])):
                raise SystemExit('%s: paragraph %d of %s is page residue or editorial' % (doc, t[2], src))
        content = {t[0].strip() for t in lines if len(t) == 3}
        text_lines, gold = [], ['line\tlabel\tkind\tpara']
        for t in lines:
            if len(t) == 2 and t[1] != 'blank' and (t[0].strip() in content or not t[0].strip()):
                continue
            # collapse runs of more than two blank lines
            if len(t) == 2 and t[1] == 'blank' and len(text_lines) >= 2 and not text_lines[-1].strip() and not text_lines[-2].strip():
                continue
            text_lines.append(t[0])
            n = len(text_lines)
            if len(t) == 3:
                gold.append('%d\tcontent\t%s\t%d' % (n, t[1], t[2]))
            elif t[1] == 'blank':
                gold.append('%d\tblank\tblank\t' % n)
            else:
                gold.append('%d\tchrome\t%s\t' % (n, t[1]))
        while text_lines and not text_lines[0].strip():
            text_lines.pop(0)
            gold.pop(1)
        while text_lines and not text_lines[-1].strip():
            text_lines.pop()
            gold.pop()
        gold = [gold[0]] + ['%d\t%s' % (k, g.split('\t', 1)[1]) for k, g in enumerate(gold[1:], 1)]
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(text_lines) + '\n')
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(gold) + '\n')
        index.append('\t'.join([doc, style, src, str(s), str(e), str(len(text_lines)), ';'.join(variants), site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages: %d; paragraphs inside other sets\' ranges: %d' % (doc_no, overlapped))


if __name__ == '__main__':
    main()
