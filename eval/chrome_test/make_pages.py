#!/usr/bin/env python3
"""Build the locked chrome-removal TEST set for textlab.

Each document is a contiguous run of real paragraphs from the corpus in
/work/shared/corpus/ wrapped in web-page chrome (navigation, breadcrumbs,
toolbars, metadata, share/QR lines, related links, footers, paywall notices,
ads, HTML residue, mojibake ...).  The chrome strings are written here by hand,
from knowledge of Chinese government portals, news portals, party-building
sites and document-sharing sites; none of it is derived from textlab's cleaner.

Output (relative to this file):
  pages/NNN.txt   the page text (UTF-8, '\n' line ends)
  gold/NNN.tsv    header + one row per page line: line, label, kind, para
  index.tsv       doc, style, source file, paragraph range, variants used

Paragraph index ("para") = 0-based index of the line among the NON-EMPTY lines
(line.strip() != '') of the source file, in file order.

stdlib only, fixed seed: `python make_pages.py` rebuilds pages/, gold/ and
index.tsv byte-identically.  `--corpus DIR` overrides the corpus location.
"""
import os
import random
import re
import shutil
import sys

SEED = 20261130
N_DOCS = 80
HERE = os.path.dirname(os.path.abspath(__file__))
# the project's shared corpus beside the repository (../shared/corpus), or $TEXTLAB_CORPUS
CORPUS = os.environ.get('TEXTLAB_CORPUS') or os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus'))

SOURCES = ['provincial_gwr_2025', 'city_gwr_2024', 'state_council_2004_2019',
           'cpc_congress_wikisource', 'national_gwr_wikisource']

# files that are traditional-script, footnote-heavy or glyph-note-heavy: skipped
SKIP_FILES = {'01_中共第1次全国代表大会_廣州共產黨報告.txt',
              '03_中共第3次全国代表大会_陈独秀在中国共产党第三次全国代表大会上的报告.txt',
              '1954_国务院_政府工作报告.txt', '1956_国务院_政府工作报告.txt',
              '2024_枣庄_政府工作报告.txt'}

CJK = re.compile(r'[\u4e00-\u9fff]')
BAD_LINE = re.compile(r'^(来源\s*[:：]|（本文有删减）|↑|\[|＠)|[↑＠\u200b\u200d\ufeff]|^[—\-]\s*\d+\s*[—\-]?$')


# --------------------------------------------------------------------------
# corpus access
# --------------------------------------------------------------------------

def read_paras(path):
    with open(path, encoding='utf-8') as f:
        return [ln.strip() for ln in f.read().split('\n') if ln.strip()]


def acceptable(line):
    if BAD_LINE.search(line):
        return False
    if len(CJK.findall(line)) < 2:
        return False
    if line.count('�'):
        return False
    return True


def load_sc_index(corpus):
    idx = {}
    with open(os.path.join(corpus, 'state_council_2004_2019', '_index.tsv'), encoding='utf-8') as f:
        rows = f.read().split('\n')
    head = rows[0].split('\t')
    for r in rows[1:]:
        if not r.strip():
            continue
        d = dict(zip(head, r.split('\t')))
        idx[d['file']] = d
    return idx


# --------------------------------------------------------------------------
# helpers for surface variation
# --------------------------------------------------------------------------

FW = {':': '：', '[': '［', ']': '］', '(': '（', ')': '）', '|': '｜', '>': '＞',
      '/': '／', '-': '－', ' ': '　', '!': '！', ',': '，'}


def fullwidth(s, rng, p=0.5, digits=False):
    """Randomly turn ASCII punctuation (and optionally digits) into full-width forms."""
    if rng.random() > p:
        return s
    out = []
    for ch in s:
        if ch in FW and ch != ' ':
            out.append(FW[ch])
        elif digits and ch.isdigit() and ch.isascii():
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return ''.join(out)


SEPS = [' | ', '|', ' ｜ ', '｜', '  ', '　', ' ', ' · ', '·', ' / ', '  |  ', '丨', ' ', '']


def join_items(items, rng, sep=None):
    if sep is None:
        sep = rng.choice(SEPS)
    return sep.join(items)


def layout(items, rng, kind, modes=('one', 'per', 'per_sep'), seps=None):
    """Lay out a list of items: all on one line, one item per line, or one per
    line with separator lines between.  Returns (lines, mode)."""
    mode = rng.choice(modes)
    if mode == 'one':
        sep = rng.choice(seps or SEPS)
        return [sep.join(items)], 'one'
    if mode == 'per':
        return list(items), 'per'
    sep = rng.choice(['|', '｜', '>', '＞', '·', '/', '-'])
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out, 'per_sep'


def fake_date(rng, year, month_range=(1, 3)):
    m = rng.randint(*month_range)
    d = rng.randint(1, 28)
    hh, mm, ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    return year, m, d, hh, mm, ss


def fmt_date(rng, dt, style=None):
    y, m, d, hh, mm, ss = dt
    styles = ['iso', 'iso_hm', 'iso_hms', 'cn', 'cn_hm', 'slash', 'dot', 'iso_fw']
    style = style or rng.choice(styles)
    if style == 'iso':
        return '%d-%02d-%02d' % (y, m, d)
    if style == 'iso_hm':
        return '%d-%02d-%02d %02d:%02d' % (y, m, d, hh, mm)
    if style == 'iso_hms':
        return '%d-%02d-%02d %02d:%02d:%02d' % (y, m, d, hh, mm, ss)
    if style == 'cn':
        return '%d年%02d月%02d日' % (y, m, d)
    if style == 'cn_hm':
        return '%d年%02d月%02d日 %02d:%02d' % (y, m, d, hh, mm)
    if style == 'slash':
        return '%d/%02d/%02d' % (y, m, d)
    if style == 'dot':
        return '%d.%02d.%02d' % (y, m, d)
    s = '%d-%02d-%02d %02d:%02d' % (y, m, d, hh, mm)
    return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s).replace(':', '：')


SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏建红飞斌波宇浩凯健俊帆帅旭宁龙林欣晨阳佳琪雪梅琳晶颖倩婷慧莉'


def person(rng):
    n = rng.choice(SURNAMES) + rng.choice(GIVEN)
    if rng.random() < 0.5:
        n += rng.choice(GIVEN)
    return n


# --------------------------------------------------------------------------
# chrome generators: each returns (list_of_lines, variant_name)
# ctx: dict with site, site_short, title, year, dt, style, region, related_titles
# --------------------------------------------------------------------------

def g_nav(rng, ctx):
    st = ctx['style']
    if st == 'portal':
        pool = ['首页', '政务公开', '政务服务', '互动交流', '走进' + ctx['region_short'], '新闻中心',
                '政策文件', '数据开放', '专题专栏', '办事服务', '政民互动', '信息公开', '机构职能', '政策解读']
        items = ['首页'] + rng.sample(pool[1:], rng.randint(3, 7))
    elif st == 'news':
        pool = ['时政', '国际', '财经', '社会', '地方', '观点', '理论', '评论', '图片', '视频', '直播', '科技', '教育', '党建', '人事', '健康', '文旅']
        items = [rng.choice(['首页', '人民网首页', '新华网首页', '网站首页'])] + rng.sample(pool, rng.randint(4, 9))
    elif st == 'party':
        pool = ['要闻', '学习', '党建', '文献', '党史', '讲话', '专题', '远程教育', '先锋', '视频', '图片', '理论', '组工动态', '党员之家']
        items = ['首页'] + rng.sample(pool, rng.randint(4, 8))
    else:  # wenku / pdf
        pool = ['首页', '文库', '资料', '范文', '工作报告', '总结汇报', '党团工作', '行业资料', '教育专区', '实用文档',
                '会员中心', '上传文档', '我的文档', '充值', '客户端']
        items = rng.sample(pool, rng.randint(4, 8))
    if rng.random() < 0.2:
        items = ['【' + x + '】' for x in items]
    lines, mode = layout(items, rng, 'nav')
    if rng.random() < 0.15 and mode == 'one':
        lines = ['| ' + ' | '.join(items) + ' |']
        mode = 'md_table'
    if rng.random() < 0.25:
        extra = rng.choice(['无障碍浏览', '长者模式', '繁體版', 'English', '登录 | 注册', '登录', '注册',
                            '手机版', '搜索', '请输入关键字', '简|繁|English', '网站支持IPv6',
                            '设为首页 | 加入收藏', '今天是：%s' % fmt_date(rng, ctx['dt'], 'cn')])
        if rng.random() < 0.5:
            lines = [extra] + lines
        else:
            lines = lines + [extra]
        mode += '+extra'
    return [fullwidth(x, rng, 0.2) for x in lines], mode


def crumb_items(rng, ctx):
    st = ctx['style']
    first = rng.choice(['首页', '网站首页', '主页', ctx['site_short'], '首页'])
    if st == 'portal':
        mids = rng.choice([['政务公开', '政府工作报告'], ['政务公开', '政府文件'], ['信息公开', '规划计划', '政府工作报告'],
                           ['政策文件', '国务院文件'], ['政务公开', '法定主动公开内容', '政府工作报告'], ['新闻中心', '要闻动态']])
    elif st == 'news':
        mids = rng.choice([['时政'], ['时政', '高层动态'], ['地方', ctx['region_short']], ['两会', '权威发布'], ['要闻']])
    elif st == 'party':
        mids = rng.choice([['文献', '党代会报告'], ['党建', '基层党建'], ['学习', '重要文献'], ['党史', '历史文献']])
    else:
        mids = rng.choice([['工作报告'], ['党团工作', '政府工作报告'], ['实用文档', '总结汇报'], ['行业资料', '党政司法']])
    tail = []
    if rng.random() < 0.4:
        tail = [rng.choice(['正文', '正文', '文章详情', '详细内容'])]
    return [first] + mids + tail


def g_breadcrumb(rng, ctx):
    items = crumb_items(rng, ctx)
    prefix = rng.choice(['当前位置：', '当前位置:', '您当前的位置：', '您现在的位置：', '您所在的位置：', '位置：', '当前位置 ：', ''])
    v = rng.randrange(6)
    if v == 0:
        sep = rng.choice([' > ', '>', ' >> ', '＞', ' ＞ ', ' » ', ' → ', ' / ', ' - ', '>>'])
        return [prefix + sep.join(items)], 'one_line'
    if v == 1:  # label on own line, items one per line with '>' lines
        sep = rng.choice(['>', '＞', '>>', '»'])
        out = [prefix.strip() or '当前位置：']
        for i, it in enumerate(items):
            if i:
                out.append(sep)
            out.append(it)
        return out, 'split_sep_lines'
    if v == 2:  # numbered
        out = ['%d. %s' % (i + 1, it) for i, it in enumerate(items)]
        if rng.random() < 0.5:
            out = [fullwidth(x, rng, 1.0) for x in out]
        return out, 'numbered'
    if v == 3:  # items one per line, trailing '>'
        return [prefix + items[0] + ' >'] + [it + ' >' for it in items[1:-1]] + [items[-1]], 'per_line_trailing'
    if v == 4:
        sep = rng.choice(['>', '＞'])
        return [prefix + sep.join(items)], 'compact'
    return ['首页' + rng.choice(['>', ' > ']) + items[-1] if len(items) > 1 else '首页'], 'short'


def g_toolbar_fontsize(rng, ctx):
    v = rng.randrange(9)
    if v == 0:
        return ['【字体：大 中 小】'], 'bracket_dzx'
    if v == 1:
        return ['字号：[大][中][小]'], 'brackets'
    if v == 2:
        return ['【字号：大 中 小】' + rng.choice(['', '　', ' ']) + rng.choice(['【打印】', '【打印本页】', '[打印]', '打印'])], 'with_print'
    if v == 3:
        return ['字号：', '大', '中', '小'], 'per_line'
    if v == 4:
        return ['【', '大', '中', '小', '】'], 'per_line_brackets'
    if v == 5:
        return [rng.choice(['字体：', '字号：', '字体大小：']) + rng.choice(['T|T|T', 'A+ A A-', '大 | 中 | 小', '【大】【中】【小】', '默认 大 超大'])], 'symbols'
    if v == 6:
        return ['［字体：大　中　小］'], 'fullwidth'
    if v == 7:
        return ['字号', '+', '-', '默认'], 'plus_minus'
    return ['【字号 大 中 小】' + rng.choice(['【打印】【关闭】', '【关闭窗口】', '【收藏】【打印】【关闭】'])], 'combined'


def g_toolbar_actions(rng, ctx):
    pool = ['打印本页', '关闭窗口', '收藏', '下载', '全屏', '打印', '关闭', '加入收藏', '纠错', '返回顶部',
            '保存本页', '下载本文', '朗读', '复制链接', '阅读模式', '打印正文']
    items = rng.sample(pool, rng.randint(2, 5))
    v = rng.randrange(5)
    if v == 0:
        return ['【' + '】【'.join(items) + '】'], 'bracketed_one_line'
    if v == 1:
        return ['[' + '] ['.join(items) + ']'], 'ascii_brackets'
    if v == 2:
        return items, 'per_line'
    if v == 3:
        return [join_items(items, rng)], 'one_line'
    return ['【' + x + '】' for x in items], 'bracketed_per_line'


def g_share(rng, ctx):
    st = ctx['style']
    targets = ['微信', '微博', 'QQ空间', 'QQ好友', '新浪微博', '腾讯微博', '豆瓣', '人人网', '朋友圈', '抖音', '复制链接']
    t = rng.sample(targets, rng.randint(2, 5))
    v = rng.randrange(7)
    if v == 0:
        return ['分享到：' + join_items(t, rng)], 'share_to_one'
    if v == 1:
        return ['分享到：'] + t, 'share_to_per_line'
    if v == 2:
        return [rng.choice(['点赞', '赞']) + ' %d' % rng.randint(0, 999), rng.choice(['在看', '收藏']) + ' %d' % rng.randint(0, 99),
                '转发'], 'like_per_line'
    if v == 3:
        return ['转发' + rng.choice(['  ', ' | ', '　']) + '点赞' + rng.choice(['  ', ' | ', '　']) + '在看'], 'wechat_bar'
    if v == 4:
        return [rng.choice(['分享', '分享：', '分享至']) + ' ' + ' '.join(t)], 'share_space'
    if v == 5:
        return ['分享到:', '|'.join(t)], 'share_label_next'
    return ['阅读 %d' % rng.randint(100, 99999) + rng.choice(['  ', ' · ']) + '点赞 %d' % rng.randint(0, 999)
            + rng.choice(['  ', ' · ']) + '分享'], 'counts'


def g_qr(rng, ctx):
    v = rng.randrange(8)
    opts = [
        (['扫一扫在手机打开当前页'], 'scan_open'),
        (['【扫一扫在手机打开当前页】'], 'scan_bracket'),
        (['手机看'], 'phone'),
        (['微信扫一扫分享'], 'wechat_scan'),
        (['扫一扫', '在手机打开当前页'], 'scan_split'),
        (['扫码阅读手机版'], 'scan_read'),
        (['用微信“扫一扫”', '将文章分享到朋友圈。'], 'wechat_two_lines'),
        (['手机扫描二维码', '继续阅读'], 'qr_continue'),
    ]
    return opts[v]


def g_metadata(rng, ctx, where='head'):
    st = ctx['style']
    dt = ctx['dt']
    date = fmt_date(rng, dt)
    source = rng.choice(ctx['sources'])
    items = []
    if st == 'wenku':
        pool = [('贡献者', person(rng)), ('上传时间', fmt_date(rng, dt, 'iso')), ('页数', '%d页' % rng.randint(3, 40)),
                ('浏览', str(rng.randint(50, 50000))), ('下载', '%d次' % rng.randint(0, 900)), ('文档格式', rng.choice(['DOC', 'DOCX', 'PDF', 'TXT'])),
                ('大小', '%d.%dKB' % (rng.randint(12, 900), rng.randint(0, 9))), ('评分', '%d.%d' % (rng.randint(3, 4), rng.randint(0, 9))),
                ('下载券', str(rng.randint(1, 10)))]
    elif where == 'tail':
        pool = [('责任编辑', person(rng)), ('编辑', person(rng)), ('审核', person(rng)), ('校对', person(rng)),
                ('责编', person(rng) + '、' + person(rng)), ('终审', person(rng))]
    else:
        pool = [('来源', source), ('时间', date), ('发布时间', date), ('作者', person(rng)), ('浏览次数', str(rng.randint(10, 99999))),
                ('信息来源', source), ('发布机构', ctx['publisher']), ('责任编辑', person(rng)), ('点击数', str(rng.randint(10, 9999))),
                ('阅读量', str(rng.randint(10, 99999))), ('日期', fmt_date(rng, dt, 'iso')), ('访问量', str(rng.randint(10, 99999)))]
    k = rng.randint(1, min(4, len(pool)))
    items = rng.sample(pool, k)
    colon = rng.choice(['：', ':', '： ', '：', ': '])
    v = rng.randrange(6)
    if where == 'tail' and v < 3:
        wrap = rng.choice([('（', '）'), ('(', ')'), ('【', '】'), ('[', ']'), ('', '')])
        return [wrap[0] + '、'.join(k2 + colon + val for k2, val in items[:2]) + wrap[1]], 'tail_editor'
    if v in (0, 1):
        sep = rng.choice(['  ', '　', ' | ', '　　', ' ', '    '])
        line = sep.join(k2 + colon + val for k2, val in items)
        if rng.random() < 0.3:
            line += sep + rng.choice(['【字体：大 中 小】', '字号：大 中 小', '[打印]', '【我要打印】'])
        return [line], 'one_line'
    if v == 2:
        return [k2 + colon + val for k2, val in items], 'per_line'
    if v == 3:
        out = []
        for k2, val in items:
            out += [k2 + colon.strip(), val]
        return out, 'label_value_next_line'
    if v == 4 and st in ('news', 'party'):
        return ['%s%s来源：%s' % (fmt_date(rng, dt, rng.choice(['cn_hm', 'iso_hm'])), rng.choice(['  ', '　', ' ']), source)], 'news_dateline'
    return [fullwidth(k2 + colon + val, rng, 0.8, digits=rng.random() < 0.3) for k2, val in items], 'per_line_fw'


def g_title_repeat(rng, ctx):
    t = ctx['title']
    st = ctx['style']
    if st == 'portal':
        suffix = rng.choice(['_' + ctx['site'], ' - ' + ctx['site'], '_' + ctx['site_short'], '-' + ctx['site'], '_政务公开_' + ctx['site']])
    elif st == 'news':
        suffix = rng.choice(['--时政--人民网', '-新华网', '_新华网', '--人民网', '-中国政府网', '_中国网', '—中国共产党新闻网'])
    elif st == 'party':
        suffix = rng.choice(['_共产党员网', '-共产党员网', '--中国共产党新闻网', '_党建网', '-12371.cn'])
    else:
        suffix = rng.choice(['_百度文库', ' - 道客巴巴', '-原创力文档', '_豆丁网', ' - 范文网', '_第一范文网', '.docx - 文库', '.pdf'])
    v = rng.randrange(4)
    if v == 0:
        return [t + suffix], 'suffix'
    if v == 1:
        return ['标题：' + t], 'label'
    if v == 2:
        return ['<title>' + t + suffix + '</title>'], 'html_title'
    return ['《' + t + '》' + rng.choice(['全文', '（全文）', '原文', '范文', '下载']) + suffix], 'quoted_suffix'


def g_related(rng, ctx, mid=False):
    header = rng.choice(['相关阅读', '相关报道', '相关链接', '相关新闻', '相关文章', '延伸阅读', '热点推荐', '相关文档',
                         '猜你喜欢', '【相关阅读】', '>>相关阅读', '相关阅读：', '相关稿件', '推荐阅读', '相关推荐'])
    titles = rng.sample(ctx['related_titles'], rng.randint(2, 5))
    v = rng.randrange(5)
    dated = rng.random() < 0.35
    out = [header]
    for t in titles:
        line = t
        if ctx['style'] == 'wenku' and rng.random() < 0.6:
            line = t + rng.choice(['.doc', '.docx', '.pdf', ''])
        if dated:
            line += rng.choice(['  ', ' ', '　', '\t']) + fmt_date(rng, fake_date(rng, ctx['year'], (1, 12)), rng.choice(['iso', 'slash', 'dot']))
        if v == 1:
            line = '· ' + line
        elif v == 2:
            line = '>>' + line
        elif v == 3:
            line = '- [' + line + '](http://www.example.gov.cn/%d.html)' % rng.randint(10000, 99999)
        out.append(line)
    if v == 4:
        out = [out[0] + rng.choice(['：', ' ', '']) + '  '.join('【' + x + '】' for x in out[1:])]
    return out, 'list%d%s' % (v, '_dated' if dated else '')


def g_footer(rng, ctx):
    st = ctx['style']
    y = ctx['year']
    site = ctx['site']
    icp = '%sICP备%08d号' % (rng.choice(['京', '沪', '粤', '浙', '苏', '鲁', '川', '鄂', '湘', '豫', '冀', '晋', '皖', '赣', '闽', '渝']), rng.randint(1000000, 99999999))
    gongan = '%s公网安备 %d号' % (rng.choice(['京', '沪', '粤', '浙', '苏', '川']), rng.randint(10**13, 10**14 - 1))
    if st == 'portal':
        pool = ['版权所有：' + ctx['publisher_office'], '主办：' + ctx['publisher_office'], '承办：' + ctx['operator'],
                '网站标识码：%s%07d' % (rng.choice(['bm', '']), rng.randint(1000000, 9999999)) if rng.random() < 0.3 else '网站标识码：%d' % rng.randint(1000000000, 9999999999),
                icp, gongan, '政府网站找错', '联系我们', '网站地图', '关于本网', '使用帮助', '隐私声明',
                '建议使用1920*1080分辨率', '技术支持：' + ctx['operator'], '地址：' + ctx['address']]
    elif st == 'news':
        pool = ['人民网版权所有，未经书面授权禁止使用', 'Copyright © 1997-%d by www.people.com.cn. all rights reserved' % (y + 1),
                '新华网版权所有', 'Copyright © 2000 - %d XINHUANET.com All Rights Reserved.' % (y + 1), '关于我们', '联系我们',
                '广告服务', '网站地图', '违法和不良信息举报电话：12377', icp, '互联网新闻信息服务许可证10120170001', gongan, '合作伙伴', '加入我们']
    elif st == 'party':
        pool = ['共产党员网 版权所有', '主办单位：' + rng.choice(['中共中央组织部', '中共中央组织部党员教育中心']), '关于我们', '联系我们',
                icp, gongan, '网站声明', '违法和不良信息举报', '12371.cn', '中国共产党新闻网版权所有']
    else:
        pool = ['©%d %s' % (y + 1, rng.choice(['Baidu', '道客巴巴', '原创力文档', '豆丁网', '范文网'])), '使用百度前必读', '文库协议', '网站地图',
                '免责声明', '意见反馈', '联系客服', '关于我们', '帮助中心', '侵权投诉', icp, gongan, '客服热线：400-%03d-%04d' % (rng.randint(100, 999), rng.randint(0, 9999))]
    items = rng.sample(pool, rng.randint(3, min(7, len(pool))))
    lines, mode = layout(items, rng, 'footer', seps=[' | ', '  ', '　', ' ', '|', '｜', '  |  ', ' · '])
    if rng.random() < 0.3 and st == 'portal':
        lines = lines + ['Copyright © %d %s All Rights Reserved' % (y + 1, site) if rng.random() < 0.5 else '%s版权所有' % site]
    return lines, mode


def g_paywall(rng, ctx, where='tail'):
    n = rng.randint(2, 30)
    pct = rng.randint(40, 90)
    top = [['VIP专享文档', '下载券 %d' % rng.randint(1, 10)], ['VIP 专享'], ['本文档由用户上传，仅供参考，如有侵权请联系删除。'],
           ['会员免费下载'], ['需要权限', '开通会员 查看全文'], ['付费文档', '¥%d.%02d' % (rng.randint(1, 30), rng.randint(0, 99)), '立即购买'],
           ['本文由AI辅助生成，内容仅供参考'], ['侵权投诉', '举报']]
    mid = [['试读结束，还剩%d页未读，继续阅读' % n], ['剩余%d%%未读，继续阅读' % pct], ['展开阅读全文'], ['点击展开全文'],
           ['…… 隐藏内容 ……'], ['—— 以上为预览部分 ——', '开通VIP查看完整内容'], ['↓↓↓ 下载后阅读完整内容 ↓↓↓'],
           ['（此处隐藏%d字）' % rng.randint(800, 9000)], ['查看全文 >>'], ['本文共%d页，当前预览%d页' % (n + 5, 3)]]
    tail = [['试读结束', '开通会员 查看全文'], ['隐藏内容', '此处内容需要权限查看', '登录 / 开通会员'], ['开通VIP会员，免费下载全文'],
            ['本文档由用户上传，如有侵权请联系删除。免责声明：本站仅提供存储空间，不对内容负责。'],
            ['以上是为大家整理的参考范文，欢迎复制下载。'], ['参考范文，仅供学习交流，可复制下载编辑'], ['下载文档', '立即下载（%d下载券）' % rng.randint(1, 10)],
            ['喜欢这篇文档的人还看了'], ['— 全文完 —', '点击下载完整版文档'], ['温馨提示：', '1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007和PDF阅读器。',
                                                                     '2. 下载文件中如有侵权或不适当内容，请与我们联系，我们立即纠正。'],
            ['文档贡献者', person(rng), '上传于' + fmt_date(rng, ctx['dt'], 'iso')], ['VIP 专享 ｜ 开通会员 查看全文']]
    src = {'head': top, 'mid': mid, 'tail': tail}[where]
    i = rng.randrange(len(src))
    lines = src[i]
    if rng.random() < 0.25:
        lines = [fullwidth(x, rng, 1.0, digits=True) for x in lines]
    return list(lines), '%s%d' % (where, i)


def g_ads(rng, ctx):
    v = rng.randrange(8)
    opts = [
        ['广告位'], ['广告'], ['[广告]'], ['自定义文本'], ['自定义文本', '自定义文本'],
        ['推荐：' + rng.choice(ctx['related_titles'])],
        [rng.choice(['为您推荐', '热门推荐', '猜你喜欢']), rng.choice(ctx['related_titles']), rng.choice(ctx['related_titles'])],
        ['下载APP，阅读更多精彩内容', rng.choice(['立即下载', '打开App', '打开APP阅读'])],
    ]
    return opts[v], 'ads%d' % v


def g_html_residue(rng, ctx):
    opts = [
        ['<p class="ql-block">'], ['</p>'], ['<p class="ql-block"><br></p>'], ['&nbsp;'], ['&nbsp;&nbsp;&nbsp;&nbsp;'],
        ['**'], ['| --- | --- |'], ['|  |  |'], ['<div class="TRS_Editor">'], ['</div>'], ['<br/>'], ['<br>'],
        ['<!--EndFragment-->'], ['<!-- 正文开始 -->'], ['<style type="text/css">.TRS_Editor P{line-height:2;}</style>'],
        ['<div class="article-content">', '</div>'], ['&emsp;&emsp;'], ['---'], ['<span style="font-family: 仿宋_GB2312;">'],
        ['$(function(){ $(".share").show(); });'], ['document.write(\'<div class="pages">\');'], ['<img src="/images/dot.gif" />'],
        ['&lt;/p&gt;'], ['<td>&nbsp;</td>'], ['**&nbsp;**'],
    ]
    i = rng.randrange(len(opts))
    return list(opts[i]), 'r%d' % i


def _cp1252_garble(s):
    b = s.encode('utf-8')
    return b.decode('cp1252', errors='replace').replace('\ufffd', '?')


def _gbk_as_latin(s):
    b = s.encode('gbk')
    return b.decode('cp1252', errors='replace').replace('\ufffd', '?')


def _gbk_as_utf8(s):
    t = s.encode('gbk').decode('utf-8', errors='replace')
    # a few GBK byte runs happen to form valid 4-byte UTF-8 for unassigned planes; show those as U+FFFD too
    return ''.join('\ufffd' if ord(ch) > 0xFFFF else ch for ch in t)


def g_mojibake(rng, ctx):
    words = ['新闻', '首页', '中国', '政务公开', '新闻中心', '网站地图', '联系我们', '版权所有', '当前位置', '发布时间', '政府信息公开',
             '打印本页', '关闭窗口', '分享到', '相关链接', '设为首页', '加入收藏', '扫一扫']
    ws = rng.sample(words, rng.randint(1, 4))
    v = rng.randrange(4)
    if v == 0:
        f = _cp1252_garble
    elif v == 1:
        f = _gbk_as_latin
    elif v == 2:
        f = _gbk_as_utf8
    else:
        return ['\ufffd' * rng.randint(3, 12) + rng.choice(['', ' ', '?', '??']) + '\ufffd' * rng.randint(2, 6)], 'replacement_chars'
    sep = rng.choice([' | ', ' ', '  ', '|'])
    return [sep.join(f(w) for w in ws)], ['utf8_as_cp1252', 'gbk_as_latin', 'gbk_as_utf8'][v]


def g_pagination(rng, ctx, page, total):
    v = rng.randrange(5)
    return [['- %d -' % page, '第%d页 共%d页' % (page, total), '%d / %d' % (page, total), '— %d —' % page,
             '第 %d 页，共 %d 页' % (page, total)][v]], 'p%d' % v


GEN = {'nav': g_nav, 'breadcrumb': g_breadcrumb, 'toolbar_fontsize': g_toolbar_fontsize,
       'toolbar_actions': g_toolbar_actions, 'share': g_share, 'qr': g_qr, 'metadata': g_metadata,
       'title_repeat': g_title_repeat, 'related': g_related, 'footer': g_footer, 'paywall': g_paywall,
       'ads': g_ads, 'html_residue': g_html_residue, 'mojibake': g_mojibake}


# --------------------------------------------------------------------------
# content-line kinds (for hard-content accounting; every one is label content)
# --------------------------------------------------------------------------

RE_GREET = re.compile(r'^(各位代表|同志们|各位主任、委员|各位委员)[：:！!，,]?$')
RE_DATE = re.compile(r'^[（(]?([0-9]{4}|[一二三四五六七八九〇○零]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日[）)]?$')
RE_HEAD = re.compile(r'^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分章条]|[0-9]+[.．、])')
PUNCT = re.compile(r'[，。；！？、：,;!?]')


def content_kind(line, para, first_para, last_para):
    if RE_GREET.match(line):
        return 'greeting'
    if RE_DATE.match(line) or line in ('（此件公开发布）',):
        return 'signature'
    if len(line) <= 24 and not PUNCT.search(line) and (
            re.search(r'(国务院|人民政府|办公厅|中央军委|地震局|专家组)$', line) or
            re.search(r'(市长|省长|主席|总理|州长)(\s+\S{2,4})?$', line)):
        return 'signature'
    if para == last_para:
        return 'closing'
    if re.search(r'万岁[！!]', line) and len(line) <= 40:
        return 'closing'
    if RE_HEAD.match(line) and len(line) <= 40 and '。' not in line[:-1]:
        return 'heading'
    if line.startswith('——') and len(line) <= 60:
        return 'heading'
    if len(line) <= 30 and not re.search(r'[，。；！？]', line):
        return 'heading'
    return 'content'


# --------------------------------------------------------------------------
# document assembly
# --------------------------------------------------------------------------

CPC_YEAR = {9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022}
CITY_MAP = {'凉山': '凉山州', '黔东南': '黔东南州', '黔南': '黔南州', '黔西南': '黔西南州', '恩施': '恩施州', '阿坝': '阿坝州',
            '锡林郭勒': '锡林郭勒盟', '黄山': '黄山区', '上海': '上海市', '北京': '北京市', '天津': '天津市', '重庆': '重庆市'}


def make_ctx(rng, src, fname, sc_index, related_pool):
    ctx = {}
    if src == 'provincial_gwr_2025':
        region = fname.split('_')[1]
        ctx.update(year=2025, region=region, title='2025年%s政府工作报告' % region, dt=fake_date(rng, 2025, (1, 2)))
        short = region[:2] if region.endswith(('省', '市')) else region[:2]
        ctx['region_short'] = short
        ctx['site'] = region + '人民政府门户网站'
        ctx['publisher'] = region + '人民政府办公厅'
        ctx['sources'] = [short + '日报', region + '人民政府', '新华网', short + '发布']
    elif src == 'city_gwr_2024':
        c = fname.split('_')[1]
        region = CITY_MAP.get(c, c + '市')
        ctx.update(year=2024, region=region, region_short=c, title='2024年%s政府工作报告' % region, dt=fake_date(rng, 2024, (1, 3)))
        ctx['site'] = rng.choice([region + '人民政府', region + '人民政府门户网站', '中国' + c])
        ctx['publisher'] = region + '人民政府办公室'
        ctx['sources'] = [c + '日报', region + '人民政府', region + '政府办', c + '发布', region + '融媒体中心']
    elif src == 'state_council_2004_2019':
        d = sc_index.get(fname, {})
        y = int(fname[:4])
        pub = d.get('published', '%d-01-01' % y)
        py, pm, pd = [int(x) for x in pub.split('-')]
        ctx.update(year=py, region='国务院', region_short='国务院', title=d.get('title', fname.split('_', 2)[2][:-4]),
                   dt=(py, pm, pd, rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59)))
        ctx['site'] = '中国政府网'
        ctx['publisher'] = d.get('issuer', '国务院办公厅')
        ctx['sources'] = ['中国政府网', d.get('issuer', '国务院'), '新华社', '国务院办公厅']
    elif src == 'cpc_congress_wikisource':
        n = int(re.match(r'(\d+)_中共第(\d+)次', fname).group(2))
        y = CPC_YEAR.get(n, 2000)
        t = fname.split('_', 2)[2][:-4]
        ctx.update(year=max(y, 2003), region='中央', region_short='党建', title=t, dt=fake_date(rng, max(y, 2012), (1, 12)))
        ctx['site'] = rng.choice(['共产党员网', '中国共产党新闻网', '人民网'])
        ctx['publisher'] = '新华社'
        ctx['sources'] = ['新华社', '人民日报', '共产党员网', '中国共产党新闻网', '人民网']
    else:
        y = int(fname[:4])
        ctx.update(year=max(y, 2003), region='国务院', region_short='国务院', title='%d年国务院政府工作报告' % y if rng.random() < 0.5 else '政府工作报告（%d年）' % y,
                   dt=fake_date(rng, max(y, 2008), (3, 3)))
        ctx['site'] = rng.choice(['中国政府网', '新华网', '人民网'])
        ctx['publisher'] = '国务院办公厅'
        ctx['sources'] = ['新华社', '中国政府网', '人民日报', '新华网']
    if ctx['region'] in ('国务院', '中央'):
        ctx['operator'] = '中国政府网运行中心'
        ctx['address'] = '北京市西城区西长安街%d号' % rng.randint(1, 200)
    else:
        ctx['operator'] = ctx['region'] + rng.choice(['大数据中心', '大数据发展管理局', '人民政府办公室信息中心', '政务服务数据管理局'])
        ctx['address'] = ctx['region'] + rng.choice(['人民路', '政府路', '中山路', '解放路', '府前街']) + '%d号' % rng.randint(1, 300)
    ctx['site_short'] = ctx['site'].replace('门户网站', '').replace('人民政府', '政府')
    ctx['publisher_office'] = ctx['publisher']
    ctx['related_titles'] = [t for t in related_pool if t != ctx['title']]
    return ctx


def pick_run(rng, paras, length, mode):
    n = len(paras)
    ok = [acceptable(p) or RE_GREET.match(p) is not None for p in paras]
    # maximal acceptable segments
    cands = []
    for s in range(n):
        if not ok[s]:
            continue
        e = s
        while e + 1 < n and ok[e + 1] and e + 1 - s + 1 <= length:
            e += 1
        if e - s + 1 >= min(5, length):
            cands.append((s, e))
    if not cands:
        return None
    if mode == 'head':
        s, e = cands[0]
    elif mode == 'tail':
        # a run ending at the last acceptable paragraph
        last = max(i for i in range(n) if ok[i])
        s = last
        while s - 1 >= 0 and ok[s - 1] and last - (s - 1) + 1 <= length:
            s -= 1
        if last - s + 1 < 5:
            s, e = rng.choice(cands)
        else:
            e = last
    else:
        s, e = rng.choice(cands)
    # cap size of the run (characters) to keep the folder small
    tot = 0
    for i in range(s, e + 1):
        tot += len(paras[i])
        if tot > 7000 and i - s + 1 >= 5:
            e = i
            break
    return s, e


def wrap_para(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


STYLES = ['portal', 'portal', 'portal', 'news', 'news', 'party', 'wenku', 'wenku', 'pdf']
HEAD_KINDS = {
    'portal': ['nav', 'breadcrumb', 'title_repeat', 'metadata', 'toolbar_fontsize', 'qr', 'share', 'toolbar_actions', 'html_residue'],
    'news': ['nav', 'title_repeat', 'breadcrumb', 'metadata', 'share', 'toolbar_fontsize', 'ads', 'html_residue'],
    'party': ['nav', 'breadcrumb', 'title_repeat', 'metadata', 'qr', 'toolbar_fontsize', 'share'],
    'wenku': ['title_repeat', 'nav', 'metadata', 'paywall', 'ads', 'breadcrumb', 'html_residue', 'mojibake'],
    'pdf': ['title_repeat', 'metadata', 'paywall', 'nav'],
}
TAIL_KINDS = {
    'portal': ['toolbar_actions', 'share', 'qr', 'metadata', 'related', 'footer', 'html_residue', 'mojibake'],
    'news': ['metadata', 'share', 'related', 'ads', 'footer', 'qr', 'mojibake'],
    'party': ['metadata', 'share', 'qr', 'related', 'footer', 'toolbar_actions'],
    'wenku': ['paywall', 'related', 'ads', 'footer', 'share', 'html_residue'],
    'pdf': ['paywall', 'related', 'footer', 'ads'],
}
MID_KINDS = {
    'portal': ['related', 'ads', 'html_residue', 'share', 'mojibake'],
    'news': ['related', 'ads', 'share', 'html_residue'],
    'party': ['related', 'ads', 'html_residue'],
    'wenku': ['paywall', 'ads', 'html_residue', 'mojibake', 'related'],
    'pdf': ['paywall', 'ads'],
}
MUST_HEAD = {'portal': ['nav', 'breadcrumb', 'metadata'], 'news': ['nav', 'metadata'], 'party': ['breadcrumb', 'metadata'],
             'wenku': ['title_repeat', 'paywall'], 'pdf': ['title_repeat']}
MUST_TAIL = {'portal': ['footer'], 'news': ['footer'], 'party': ['footer'], 'wenku': ['paywall'], 'pdf': ['paywall']}


def gen_chrome(kind, rng, ctx, where):
    if kind == 'metadata':
        return g_metadata(rng, ctx, 'tail' if where == 'tail' and rng.random() < 0.6 else 'head')
    if kind == 'paywall':
        return g_paywall(rng, ctx, where)
    if kind == 'related':
        return g_related(rng, ctx, where == 'mid')
    return GEN[kind](rng, ctx)


def build_doc(doc_no, rng, corpus, sc_index, related_pool, plan):
    src, fname, style, mode, length = plan
    paras = read_paras(os.path.join(corpus, src, fname))
    run = pick_run(rng, paras, length, mode)
    if run is None:
        return None
    s, e = run
    ctx = make_ctx(rng, src, fname, sc_index, related_pool)
    ctx['style'] = 'wenku' if style == 'pdf' else style
    variants = []
    rows = []  # (text, label, kind, para)

    def add_chrome(kind, where):
        lines, var = gen_chrome(kind, rng, ctx, where)
        variants.append('%s:%s' % (kind, var))
        for ln in lines:
            rows.append((ln, 'chrome', kind, ''))

    def add_blank(p=0.5):
        if rng.random() < p:
            rows.append((rng.choice(['', '', '', ' ', '　']), 'blank', 'blank', ''))

    # ---- head
    kinds = list(MUST_HEAD[style])
    for k in HEAD_KINDS[style]:
        if k not in kinds and rng.random() < 0.45:
            kinds.append(k)
    order = kinds[:]
    if rng.random() < 0.6:
        rng.shuffle(order)
    else:  # conventional order
        order.sort(key=lambda k: HEAD_KINDS[style].index(k))
    if style in ('portal', 'news', 'party') and rng.random() < 0.2:
        add_chrome('mojibake', 'head')
    blank_between = rng.random() < 0.5
    for k in order:
        add_chrome(k, 'head')
        if blank_between:
            add_blank(0.7)
    add_blank(0.6)

    # ---- content
    indent = rng.choice(['', '', '', '　　', '  ', '\t', '    '])
    para_blank = rng.random() < 0.45
    pdf = style == 'pdf' or (style == 'wenku' and rng.random() < 0.3)
    width = rng.randint(26, 44)
    residue_wrap = (not pdf) and rng.random() < 0.12
    rw_open, rw_close = rng.choice([('<p class="ql-block">', '</p>'), ('<p>', '</p>'), ('<p style="text-indent:2em;">', '</p>'),
                                    ('<div>', '</div>'), ('&nbsp;', '<br>')])
    variants.append('content:indent=%r,blank=%s,%s%s' % (indent, para_blank, 'pdf_w%d' % width if pdf else 'lines',
                                                         ',residue_wrap' if residue_wrap else ''))
    n_mid = rng.choice([0, 0, 1, 1, 2]) if e - s >= 6 else 0
    mid_at = set(rng.sample(range(s + 2, e), min(n_mid, max(0, e - s - 2)))) if n_mid else set()
    first_ok = s
    lines_since_page = 0
    page = rng.randint(1, 2)
    total_pages = page + (e - s) // 4 + rng.randint(1, 5)
    for i in range(s, e + 1):
        text = paras[i]
        kind = content_kind(text, i, first_ok, len(paras) - 1)
        if pdf and len(text) > width and kind in ('content', 'closing'):
            pieces = wrap_para(text, width)
        else:
            pieces = [text]
        wrap_this = residue_wrap and rng.random() < 0.7
        if wrap_this:
            rows.append((rw_open, 'chrome', 'html_residue', ''))
        for j, piece in enumerate(pieces):
            pre = indent if (j == 0 and not pdf) or (pdf and j == 0 and rng.random() < 0.5) else ''
            rows.append((pre + piece, 'content', kind, str(i)))
            lines_since_page += 1
            if pdf and lines_since_page >= 28 and rng.random() < 0.4:
                lines, var = g_pagination(rng, ctx, page, total_pages)
                variants.append('pagination:' + var)
                for ln in lines:
                    rows.append((ln, 'chrome', 'pagination', ''))
                page += 1
                lines_since_page = 0
        if wrap_this:
            rows.append((rw_close, 'chrome', 'html_residue', ''))
        if para_blank and i < e:
            rows.append(('', 'blank', 'blank', ''))
        if i in mid_at:
            add_chrome(rng.choice(MID_KINDS[style]), 'mid')
            if para_blank:
                rows.append(('', 'blank', 'blank', ''))

    # ---- tail
    add_blank(0.6)
    kinds = list(MUST_TAIL[style])
    for k in TAIL_KINDS[style]:
        if k not in kinds and rng.random() < 0.45:
            kinds.append(k)
    order = kinds[:]
    if rng.random() < 0.6:
        rng.shuffle(order)
    else:
        order.sort(key=lambda k: TAIL_KINDS[style].index(k))
        if 'footer' in order:
            order.remove('footer')
            order.append('footer')
    for k in order:
        add_chrome(k, 'tail')
        if blank_between:
            add_blank(0.7)

    # normalise: blank label for whitespace-only lines; no line breaks inside lines
    out = []
    for text, label, kind, para in rows:
        text = text.replace('\r', '').replace('\n', ' ')
        if text.strip() == '':
            label, kind, para = 'blank', 'blank', ''
        out.append((text, label, kind, para))
    # drop trailing blank lines
    while out and out[-1][1] == 'blank':
        out.pop()
    while out and out[0][1] == 'blank':
        out.pop(0)
    return out, (s, e), variants, style


def plan_docs(rng, corpus):
    files = {}
    for src in SOURCES:
        fs = sorted(f for f in os.listdir(os.path.join(corpus, src)) if f.endswith('.txt') and f not in SKIP_FILES)
        files[src] = fs
    quota = [('provincial_gwr_2025', 17), ('city_gwr_2024', 22), ('state_council_2004_2019', 13),
             ('cpc_congress_wikisource', 12), ('national_gwr_wikisource', 16)]
    plans = []
    for src, q in quota:
        chosen = rng.sample(files[src], min(q, len(files[src])))
        while len(chosen) < q:
            chosen.append(rng.choice(files[src]))
        for fname in chosen:
            if src == 'cpc_congress_wikisource':
                style = rng.choice(['party', 'party', 'news', 'wenku', 'pdf'])
            elif src == 'state_council_2004_2019':
                style = rng.choice(['portal', 'portal', 'portal', 'news', 'wenku', 'pdf'])
            elif src == 'national_gwr_wikisource':
                style = rng.choice(['news', 'portal', 'portal', 'wenku', 'pdf', 'party'])
            else:
                style = rng.choice(['portal', 'portal', 'portal', 'news', 'news', 'wenku', 'wenku', 'pdf'])
            mode = rng.choice(['head', 'head', 'mid', 'mid', 'mid', 'tail', 'tail'])
            length = rng.choice([5, 6, 8, 10, 12, 15, 18, 22, 28, 35, 40])
            plans.append((src, fname, style, mode, length))
    rng.shuffle(plans)
    return plans


def main():
    corpus = CORPUS
    if '--corpus' in sys.argv:
        corpus = sys.argv[sys.argv.index('--corpus') + 1]
    rng = random.Random(SEED)
    sc_index = load_sc_index(corpus)
    related_pool = sorted(d['title'] for d in sc_index.values()) + [
        '2025年%s政府工作报告' % f.split('_')[1] for f in sorted(os.listdir(os.path.join(corpus, 'provincial_gwr_2025'))) if f.endswith('.txt')]
    plans = plan_docs(rng, corpus)
    pages_dir = os.path.join(HERE, 'pages')
    gold_dir = os.path.join(HERE, 'gold')
    for d in (pages_dir, gold_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    index_rows = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants']
    n = 0
    for plan in plans:
        res = build_doc(n + 1, rng, corpus, sc_index, related_pool, plan)
        if res is None:
            continue
        rows, (s, e), variants, style = res
        n += 1
        name = '%03d' % n
        with open(os.path.join(pages_dir, name + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(r[0] for r in rows) + '\n')
        with open(os.path.join(gold_dir, name + '.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('line\tlabel\tkind\tpara\n')
            for i, (text, label, kind, para) in enumerate(rows, 1):
                f.write('%d\t%s\t%s\t%s\n' % (i, label, kind, para))
        index_rows.append('%s\t%s\t%s/%s\t%d\t%d\t%d\t%s' % (name, style, plan[0], plan[1], s, e, len(rows), ';'.join(variants)))
        if n >= N_DOCS:
            break
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(index_rows) + '\n')
    print('wrote %d documents' % n)


if __name__ == '__main__':
    main()
