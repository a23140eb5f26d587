#!/usr/bin/env python3
"""Generator of the chrome DEVELOPMENT set 8 (eval/chrome_dev8; stdlib only, deterministic).

Owns the whole set: it picks runs of real paragraphs from the shared corpus (byte-exact, one page per
source document, preferring documents and paragraph ranges no earlier set used), wraps each run in page
chrome written here by helper chromedev8 (search-engine caches, study apps and party-building clouds,
self-media with recommendation streams, OA exports and e-mail forwards, note-app clippings, OCR'd scans,
browser save-as-text portal copies, translation / reading-tool bars, portals, WeChat copies, hard-wrapped
PDF / Word copies) and writes pages/NNN.txt, gold/NNN.tsv and index.tsv.

  python make_pages.py [--corpus DIR]

Seed 20261808. The output depends on the corpus and on the index.tsv files of the other eval/chrome_*
sets (their paragraph ranges are avoided where possible).
"""
import collections
import datetime
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261808
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
SKIP_FILES = ('廣州共產黨報告', '03_中共第3次', '1954_', '1956_', '2024_枣庄', '2024_承德', '国家教材委员会组成人员',
              '2024_泸州', '2024_潍坊')
BAD_PARA = re.compile(r'^(来源|信息来源|作者|责任编辑|编辑|主办单位|备案号|网站标识码|湘公网安备)[：:]|扫一扫|打印|网站地图|'
                      r'本文有删减|^注[：:]?$|^注[：:]|^附件|↑|^\[\d+\]|名词解释|^党政机关$|ICP|公网安备|指标来源')
AUTONOMOUS = ('黔东南', '黔南', '黔西南', '甘孜', '阿坝', '凉山', '恩施', '湘西', '延边', '大理', '红河', '楚雄', '文山',
              '西双版纳', '德宏', '怒江', '迪庆', '临夏', '甘南', '海北', '黄南', '果洛', '玉树', '海西', '昌吉', '博尔塔拉',
              '巴音郭楞', '克孜勒苏', '伊犁')
PLAN = [('cache', 10), ('study', 10), ('selfmedia', 11), ('oa', 10), ('clip', 9), ('ocr', 8), ('savetext', 10),
        ('reader', 8), ('portal', 9), ('wechat', 9), ('pdf', 9)]
WRAPPED = ('ocr', 'pdf')


# ----------------------------------------------------------------------------------------------- corpus

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


def paragraphs(corpus, src):
    with open(os.path.join(corpus, src), encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def earlier_ranges():
    """source_file -> list of (start, end, set) used by the other eval/chrome_* sets (their index.tsv)."""
    out = collections.defaultdict(list)
    ev = os.path.dirname(HERE)
    for name in sorted(os.listdir(ev)):
        p = os.path.join(ev, name, 'index.tsv')
        if not name.startswith('chrome_') or name == 'chrome_dev8' or not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out[r[si]].append((int(r[a]), int(r[b]), name))
    return out


def cjk(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')


def bad_para(p):
    return bool(BAD_PARA.search(p)) or cjk(p) < 2


def content_kind(p, i, n):
    if re.match(r'^(各位代表|同志们|各位委员)[：:]$', p) or (p.endswith('：') and len(p) <= 60 and (
            p.startswith('各') or re.search(r'国务院|人民政府|部委|直属机构|自治区|委员会|办公厅', p))):
        return 'greeting'
    if re.match(r'^(\d{4}年\d{1,2}月\d{1,2}日|[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$', p) \
            or p == '（此件公开发布）':
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def is_signature_issuer(paras, i):
    return i + 1 < len(paras) and content_kind(paras[i + 1], i + 1, len(paras)) == 'signature' \
        and len(paras[i]) <= 20 and '。' not in paras[i]


def sc_index(corpus):
    out = {}
    with open(os.path.join(corpus, 'state_council_2004_2019', '_index.tsv'), encoding='utf-8') as fh:
        rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
    h = rows[0]
    for r in rows[1:]:
        r = r + [''] * len(h)
        out[r[0]] = dict(zip(h, r))
    return out


def doc_meta(src, sci):
    fol, f = src.split('/')
    name = f[:-4]
    m = {'folder': fol}
    if fol == 'city_gwr_2024':
        place = name.split('_')[1]
        unit = '州' if place in AUTONOMOUS else '市'
        m.update(place=place + unit, short=place, year=2024, title='%s%s政府工作报告' % (place, unit),
                 org='%s%s人民政府' % (place, unit), when=(2024, random.Random(name).randint(1, 2)))
    elif fol == 'provincial_gwr_2025':
        place = name.split('_')[1]
        short = re.sub(r'(壮族|回族|维吾尔)?(自治区|省|市)$', '', place)
        m.update(place=place, short=short, year=2025, title='%s政府工作报告' % place, org='%s人民政府' % place,
                 when=(2025, random.Random(name).randint(1, 2)))
    elif fol == 'state_council_2004_2019':
        r = sci.get(f, {})
        title = r.get('title') or name.split('_', 2)[2]
        year = int(name[:4])
        pub = r.get('published') or ''
        m.update(place='国务院', short='国务院', year=year, title=title, org=r.get('issuer') or '国务院',
                 docnum=r.get('document_number') or name.split('_')[1],
                 when=(int(pub[:4]), int(pub[5:7])) if pub[:4].isdigit() else (max(year, 2019), 3))
    elif fol == 'national_gwr_wikisource':
        year = int(name[:4])
        m.update(place='国务院', short='国务院', year=year, title='%d年国务院政府工作报告' % year, org='国务院',
                 when=(year, 3) if year >= 2015 else (random.Random(name).randint(2019, 2025), 3))
    else:
        n = int(name[:2])
        title = name.split('_', 2)[2].replace('_', '　')
        m.update(place='中共中央', short='党的%s大' % num_cn(n), year=0, title=title,
                 org='中国共产党第%s次全国代表大会' % num_cn(n), congress=n,
                 when=(random.Random(name).randint(2019, 2025), random.Random(name + 'm').randint(1, 12)))
    return m


def num_cn(n):
    d = '零一二三四五六七八九'
    if n < 10:
        return d[n]
    if n < 20:
        return '十' + (d[n % 10] if n % 10 else '')
    return d[n // 10] + '十' + (d[n % 10] if n % 10 else '')


# ----------------------------------------------------------------------------------------------- helpers

SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆汪范'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌宇浩凯鹏飞琳晨雪慧颖婷欣怡博瑞泽昊然宁波'
WEEK = '一二三四五六日'


def person(rng):
    return rng.choice(SURNAMES) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def a_date(rng, meta):
    y, mo = meta['when']
    d = datetime.date(y, mo, rng.randint(1, 28))
    return d


def fmt_date(rng, d, form=None):
    form = form if form is not None else rng.randrange(7)
    t = '%02d:%02d' % (rng.randint(7, 22), rng.randint(0, 59))
    if form == 0:
        return '%d-%02d-%02d %s' % (d.year, d.month, d.day, t)
    if form == 1:
        return '%d年%d月%d日 %s' % (d.year, d.month, d.day, t)
    if form == 2:
        return '%d/%d/%d' % (d.year, d.month, d.day)
    if form == 3:
        return '%d.%02d.%02d' % (d.year, d.month, d.day)
    if form == 4:
        return '%d年%02d月%02d日' % (d.year, d.month, d.day)
    if form == 5:
        return '%d-%02d-%02d' % (d.year, d.month, d.day)
    return '%02d-%02d %s' % (d.month, d.day, t)


def weekday(d):
    return '星期' + WEEK[d.weekday()]


def mojibake(rng, text):
    src_enc, enc = rng.choice((('utf-8', 'latin-1'), ('utf-8', 'cp1252'), ('utf-8', 'gbk'), ('utf-8', 'gbk'),
                               ('gbk', 'latin-1'), ('gbk', 'big5'), ('gbk', 'utf-8'), ('utf-8', 'big5')))
    s = text.encode(src_enc).decode(enc, errors='replace')
    s = ''.join(c for c in s if unicodedata.category(c) not in ('Cc', 'Co', 'Cn', 'Cs', 'Cf', 'Zl', 'Zp')
                and c not in '\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')
    return s.strip() or 'ï¿½ï¿½'


def short_title(meta):
    t = meta['title']
    return t if len(t) <= 22 else t[:20] + '…'


def L(text, kind):
    return (text, kind)


def B():
    return ('', 'blank')


def pick(rng, seq, k=None):
    if k is None:
        return rng.choice(seq)
    return rng.sample(seq, min(k, len(seq)))


def title_forms(rng, meta, site):
    t = meta['title']
    y = meta['year']
    forms = [
        '%s_%s' % (t, site), '%s - %s' % (t, site), '【%s】' % t, '%s（全文）' % t, '《%s》全文' % t,
        '%s——%s' % (t, site), '%s | %s' % (short_title(meta), site), '标题：%s' % t, '%s（附全文）' % t,
        '重磅！%s全文发布' % t, '%s 全文来了' % t, '<title>%s_%s</title>' % (t, site), '「%s」' % t,
        '%s · 全文' % short_title(meta), '%s【完整版】' % t, '%s【图文】' % t,
    ]
    if y:
        forms.append('%d年%s' % (y, t) if str(y) not in t else t + '（%d）' % y)
    return rng.choice(forms)


def title_lines(rng, c):
    """A title repeat: one line in one of many forms, or the title split over two or three lines."""
    t = c['meta']['title']
    if rng.random() < .2 and len(t) >= 10:
        k = rng.randint(4, len(t) - 4)
        parts = [t[:k], t[k:]]
        if rng.random() < .4:
            parts.append(rng.choice(('（全文）', '——%s' % c['site'], '【%s】' % c['site'], '(全文)')))
        return [L(p, 'title_repeat') for p in parts]
    return [L(title_forms(rng, c['meta'], c['site']), 'title_repeat')]


def b_abstract(rng, c):
    """A site's 摘要 / 导读 line about the report (not part of the document)."""
    m = c['meta']
    forms = ['摘要：%s回顾了过去一年的工作，提出了今年经济社会发展的主要目标和重点任务。' % short_title(m),
             '【导读】本文共%d字，约需%d分钟读完。' % (rng.randint(3000, 30000), rng.randint(6, 45)),
             '内容提要：报告分为%s部分，全文如下。' % rng.choice(('三个', '四个', '五个')),
             'AI摘要：本文介绍了%s的主要内容，包括工作回顾、目标任务和自身建设。' % m['short'],
             '核心提示：稳增长、促改革、惠民生，%s今年这样干！' % m['short']]
    return [L(rng.choice(forms), 'intro')]


def headline_pool(meta):
    p = meta['short']
    return [
        '%s召开全体会议 部署下一阶段重点工作' % p, '%s出台稳经济一揽子政策措施' % p, '一图读懂｜%s' % short_title(meta),
        '%s重点项目集中开工 总投资超百亿元' % p, '数说这一年：%s经济运行稳中向好' % p,
        '专家解读：如何理解今年工作报告中的“新提法”', '代表委员热议政府工作报告：实干为先 民生为本',
        '%s召开优化营商环境工作推进会' % p, '视频｜两会现场直击', '聚焦民生实事 回应群众关切',
        '%s发布2023年国民经济和社会发展统计公报' % p, '关于开展“我为政府工作报告献一策”活动的公告',
        '营商环境“软实力”变成发展“硬支撑”', '今年为民办实事项目确定了！看看有哪些', '新闻发布会实录｜权威解读来了',
        '政府工作报告中的这些数字，与你我息息相关。', '如何推进高质量发展？听听基层代表怎么说',
        '%s：春耕备耕有序推进' % p, '乡村振兴看%s：小庭院里的大产业' % p, '从报告关键词看发展新动能',
        '学习贯彻全会精神 推动各项工作落地见效', '图解：今年的目标任务都在这里', '热词解读｜什么是新质生产力？',
        '高质量发展调研行', '一季度全市经济开局良好', '两会进行时：代表们的“民生清单”',
    ]


# ----------------------------------------------------------------------------------------------- chrome blocks
# Every block: b_NAME(rng, ctx) -> list of (text, kind); kind 'blank' for blank lines.

def b_cache_banner(rng, c):
    m = c['meta']
    url = c['url']
    d = c['date'] + datetime.timedelta(days=rng.randint(3, 300))
    form = rng.randrange(5)
    if form == 0:
        return [L('这是 Google 对 %s 的缓存。这是该网页在 %d年%d月%d日 %02d:%02d:%02d GMT 的快照。' % (
            url, d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), 'cache_banner'),
            L('当前页在此期间可能已经更改。了解详情', 'cache_banner'),
            L('完整版本　　纯文字版本　　查看源代码', 'cache_banner'),
            L('提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F (Mac)，然后使用查找栏搜索。', 'cache_banner'), B()]
    if form == 1:
        return [L('百度快照', 'cache_banner'),
                L('您查询的关键词是：%s　。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到搜藏。' % rng.choice(
                    (m['short'] + ' 政府工作报告', m['title'][:12], '工作报告 全文', m['short'] + ' 报告 2024')), 'cache_banner'),
                L('(百度和网页%s的作者无关，不对其内容负责。百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。)' % url,
                  'cache_banner'), B()]
    if form == 2:
        return [L('[快照] 网页快照生成于 %d-%02d-%02d，原网页可能已删除或更新' % (d.year, d.month, d.day), 'cache_banner'),
                L('原网址：%s　　｜　　访问原网页 >' % url, 'cache_banner')]
    if form == 3:
        return [L('This is Bing\'s cached copy of %s. It is a snapshot of the page as it appeared on %d/%d/%d.' % (
            url, d.month, d.day, d.year), 'cache_banner'),
            L('The current page could have changed in the meantime.', 'cache_banner'), B()]
    if rng.random() < .35:
        ts = '%d%02d%02d%02d%02d%02d' % (d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        return [L(rng.choice(('The Wayback Machine - https://web.archive.org/web/%s/%s' % (ts, url),
                              '互联网档案馆 · 网页存档 %s' % ts)), 'cache_banner'),
                L(rng.choice(('%d captures　%d %s %d - %d %s %d' % (rng.randint(2, 80), rng.randint(1, 28), 'Jan', d.year,
                                                                   rng.randint(1, 28), 'Oct', d.year + 1),
                              '该页面为历史存档，可能与当前页面不一致　　[查看当前页面]', 'Go　JAN FEB MAR　◀ ▶　About this capture')),
                  'cache_banner')]
    return [L('搜狗快照　|　360快照', 'cache_banner'),
            L('以下是该网页在北京时间 %d年%02d月%02d日 %02d:%02d 的快照；' % (d.year, d.month, d.day, rng.randint(0, 23),
                                                                       rng.randint(0, 59)), 'cache_banner'),
            L('如果打开速度慢，可以尝试快速版；如果想更新或删除快照，可以投诉快照。', 'cache_banner'),
            L('360搜索与该网页作者无关，不对其内容负责。', 'cache_banner'), B()]


def b_cache_hl(rng, c):
    """The highlighted search words line of a cache (shown after the banner)."""
    m = c['meta']
    words = pick(rng, [m['short'], '政府工作报告', '报告', '全文', str(m['year'] or 2019), '工作'], rng.randint(2, 4))
    return [L('这些搜索字词已醒目显示：%s' % '　'.join(words), 'cache_banner')] if rng.random() < .5 else \
        [L('已高亮显示：' + ' '.join('[%s]' % w for w in words), 'cache_banner')]


def b_topbar(rng, c):
    d = c['date']
    m = c['meta']
    forms = [
        '今天是%d年%d月%d日　%s' % (d.year, d.month, d.day, weekday(d)),
        '%d年%02d月%02d日 %s　｜　欢迎访问%s' % (d.year, d.month, d.day, weekday(d), c['site']),
        '您好，欢迎来到%s！　设为首页　加入收藏' % c['site'],
        '繁體　｜　English　｜　无障碍　｜　长者模式',
        '%s　%d月%d日　多云 %d℃~%d℃' % (m['short'], d.month, d.day, rng.randint(-5, 10), rng.randint(11, 24)),
        '手机版 | 微博 | 微信 | 政务服务 | 登录 | 注册',
    ]
    return [L(x, 'nav') for x in pick(rng, forms, rng.randint(1, 3))]


def b_menu(rng, c):
    items = pick(rng, ['首页', '政务公开', '政务服务', '互动交流', '走进' + c['meta']['short'], '新闻中心', '政策文件',
                       '专题专栏', '数据开放', '办事指南', '领导之窗', '机构职能', '规划计划', '财政资金', '人事信息',
                       '12345热线', '政府信箱', '在线访谈', '征集调查', '公示公告'], rng.randint(6, 10))
    form = rng.randrange(4)
    if form == 0:
        return [L(x, 'nav') for x in items]
    if form == 1:
        return [L('　'.join(items), 'nav')]
    if form == 2:
        return [L(' | '.join(items), 'nav')]
    return [L('* [%s](%s)' % (x, '/' + str(i)), 'nav') for i, x in enumerate(items)]


def b_breadcrumb(rng, c):
    parts = ['首页'] + pick(rng, ['政务公开', '政府信息公开', '法定主动公开内容', '政府工作报告', '重要文件', '新闻中心',
                                 '要闻动态', '政策文件', '规划信息', '专题专栏', '两会专题'], rng.randint(2, 3))
    sep = rng.choice((' > ', ' >> ', '　>　', ' / ', '＞', ' » ', ' - '))
    lead = rng.choice(('当前位置：', '您当前的位置：', '您所在的位置：', '位置：', '', '📍'))
    return [L(lead + sep.join(parts) + rng.choice(('', sep + '正文', ' > 详情')), 'breadcrumb')]


def b_meta_portal(rng, c):
    d = c['date']
    m = c['meta']
    out = []
    form = rng.randrange(4)
    so = m.get('site_org', m['org'])
    src = rng.choice((m['org'] if m['folder'] != 'cpc_congress_wikisource' else '新华社', so + '办公室', c['site'],
                      so.replace('人民政府', '') + '人民政府研究室', '本网'))
    if form == 0:
        out.append(L('发布时间：%s　　来源：%s　　浏览次数：%d' % (fmt_date(rng, d, 0), src, rng.randint(80, 9000)),
                     'metadata'))
    elif form == 1:
        out += [L('发布日期：' + fmt_date(rng, d, 5), 'metadata'), L('信息来源：' + src, 'metadata'),
                L('点击率：%d' % rng.randint(30, 20000), 'metadata')]
    elif form == 2:
        out += [L('索引号：%s/%s-%02d-%d-%s' % (digits(rng, 9), rng.choice(('00', '01', '02')), rng.randint(1, 30),
                                            d.year, digits(rng, 4)), 'metadata'),
                L('发文机关：%s\t成文日期：%d-%02d-%02d' % (m['org'] if m['folder'] != 'cpc_congress_wikisource' else '中共中央',
                                                   d.year, d.month, max(1, d.day - 3)), 'metadata'),
                L('主题分类：综合政务/政府工作报告\t发布日期：%s' % fmt_date(rng, d, 5), 'metadata')]
    else:
        out.append(L('%s　%s　阅读：%d' % (fmt_date(rng, d, 1), src, rng.randint(100, 5000)), 'metadata'))
    return out


def b_fontsize(rng, c):
    return [L(rng.choice(('字号：【大 中 小】', '【字体：大 中 小】', '字体大小：A+ A A-', '[ 大 ] [ 中 ] [ 小 ]',
                          '字号 T | T | T　　打印　　关闭', '【字号：大　中　小】【打印】【关闭】', '字号：＋　－　默认',
                          '【 大 中 小 】【 打印 】', 'A　A　A', '文字大小：特大 大 中 小', '【字体：小 中 大】【背景色 ■ ■ ■ ■】')),
              'toolbar_fontsize')]


def b_actions(rng, c):
    forms = ['【打印本页】　【关闭窗口】', '打印 | 收藏 | 关闭', '[打印正文] [关闭窗口] [返回顶部]', '🖨 打印　✕ 关闭',
             '【我要纠错】【打印】【关闭】', '收藏本页　打印本页　关闭窗口　返回顶部']
    return [L(rng.choice(forms), 'toolbar_actions')]


def b_share(rng, c):
    forms = ['分享到：微信　微博　QQ空间', '分享：', '分享到 ', '转发到：新浪微博 | 腾讯QQ | 微信朋友圈', '【分享到】',
             '分享至：', 'Share: WeChat / Weibo / Link', '一键分享 ＋', '分享到微信朋友圈 >', '🔗 复制链接　📤 分享']
    out = [L(rng.choice(forms), 'share')]
    if out[0][0] in ('分享：', '分享到 ', '分享至：'):
        out += [L(x, 'share') for x in pick(rng, ['微信', '微博', 'QQ', 'QQ空间', '朋友圈', '复制链接'], 3)]
    return out


def b_qr(rng, c):
    return [L(rng.choice(('扫一扫在手机打开当前页', '[二维码] 用微信“扫一扫”分享到朋友圈', '手机扫码阅读',
                          '扫描二维码，手机继续看', '▲扫码关注“%s发布”' % c['meta']['short'])), 'qr')]


def b_related(rng, c, k=None):
    pool = headline_pool(c['meta'])
    hs = pick(rng, pool, k or rng.randint(3, 6))
    head = rng.choice(('相关阅读', '相关文章：', '【相关新闻】', '推荐阅读', '延伸阅读 >>', '猜你喜欢'))
    out = [L(head, 'related')]
    form = rng.randrange(3)
    for h in hs:
        if form == 0:
            out.append(L(h, 'related'))
        elif form == 1:
            out.append(L('· %s　%s' % (h, fmt_date(rng, c['date'] - datetime.timedelta(days=rng.randint(1, 90)), 5)),
                         'related'))
        else:
            out.append(L('%s %s' % (rng.choice(('▪', '•', '>', '◆')), h), 'related'))
    return out


def b_prevnext(rng, c):
    hs = pick(rng, headline_pool(c['meta']), 2)
    forms = [['上一篇：' + hs[0], '下一篇：' + hs[1]], ['← 上一篇　' + hs[0], '下一篇 →　' + hs[1]],
             ['上一条：%s　　下一条：%s' % tuple(hs)], ['Previous: ' + hs[0], 'Next: ' + hs[1]]]
    return [L(x, 'prevnext') for x in rng.choice(forms)]


def b_footer_portal(rng, c):
    m = c['meta']
    prov = rng.choice('京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新')
    lines = [
        '主办：%s办公室　承办：%s大数据中心' % (m.get('site_org', m['org']), m['short']),
        '版权所有 © %s　All Rights Reserved' % c['site'],
        '%sICP备%s号-%d' % (prov, digits(rng, 8), rng.randint(1, 5)),
        '%s公网安备 %s号' % (prov, digits(rng, 14)),
        '网站标识码：%s' % digits(rng, 10),
        '联系电话：0%s-%s　　地址：%s%s路%d号' % (digits(rng, 3), digits(rng, 8), m['short'], rng.choice(('人民', '中山', '解放',
                                                                                            '建设', '行政中心')), rng.randint(1, 300)),
        '关于我们 | 网站地图 | 联系我们 | 隐私声明 | 使用帮助',
        '建议使用1920×1080分辨率，IE10以上浏览器浏览本站',
        '您是本站第 %s 位访客' % digits(rng, 7),
    ]
    return [L(x, 'footer') for x in pick(rng, lines, rng.randint(3, 6))]


def b_accessibility(rng, c):
    items = ['无障碍浏览', '声音', '语速', '配色', '放大', '缩小', '大鼠标', '十字线', '读屏', '纯文本', '重置', '退出服务']
    if rng.random() < .5:
        return [L('　'.join(pick(rng, items, 7)), 'accessibility')]
    return [L('适老化 | 关怀版 | 无障碍 | 长者模式', 'accessibility')]


def b_login(rng, c):
    return [L(x, 'login') for x in rng.choice((['登录', '注册'], ['您好，请 登录 | 免费注册'],
                                               ['手机号登录　　扫码登录', '忘记密码？'], ['个人中心 / 退出'],
                                               ['[登录]　[注册]　[法人登录]'], ['用户名：', '密　码：', '登 录　　找回密码'],
                                               ['登录后可查看更多精彩内容', '立即登录'], ['Sign in | Register'],
                                               ['欢迎您，游客！请登录或注册'], ['统一身份认证平台　个人登录　法人登录']))]


def b_cookie(rng, c):
    return [L(x, 'cookie') for x in rng.choice((
        ['本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。', '接受　　拒绝'],
        ['We use cookies to improve your experience. By continuing you agree to our Cookie Policy.', 'Accept'],
        ['为了给您更好的服务，我们使用了必要的 Cookie。查看《隐私政策》', '我知道了'],
        ['本站使用Cookies收集访问数据，用于改进网站服务。', '同意并继续　　仅必要Cookies'],
        ['🍪 我们重视您的隐私', '点击“全部接受”即表示您同意存储Cookie。', '全部接受　　自定义设置'],
        ['This site uses cookies. Learn more', 'OK, got it']))]


def b_mojibake(rng, c):
    src = rng.choice((c['meta']['title'], '政府工作报告全文', c['site'], '返回顶部', '相关链接'))
    return [L(mojibake(rng, src), 'mojibake')]


def b_html(rng, c):
    forms = ['<div class="TRS_Editor">', '</div>', '<p align="center"><img src="/images/%s.jpg" /></p>' % digits(rng, 8),
             '<!--TRS_EDITOR_END-->', '&nbsp;&nbsp;&nbsp;', '<br/>', '<span style="font-family:仿宋_GB2312;">',
             'function goTop(){window.scrollTo(0,0);}', '<script type="text/javascript">var _hmt = _hmt || [];</script>',
             '{{article.content}}', '<style>.bt{font-size:16px}</style>', '</span></p>']
    return [L(rng.choice(forms), 'html_residue')]


def b_caption(rng, c):
    m = c['meta']
    forms = ['▲ 会议现场。（记者 %s 摄）' % person(rng), '图为%s会议现场。' % m['short'], '（资料图）',
             '图片来源：%s发布' % m['short'], '%s 摄' % person(rng), '[图片]', '↑点击图片查看大图',
             '图：%s城市风光（%s 供图）' % (m['short'], person(rng)), '【图片】'] 
    return [L(rng.choice(forms), 'caption')]


def b_video(rng, c):
    forms = [['▶ 00:00 / 0%d:%02d' % (rng.randint(1, 9), rng.randint(0, 59)), '视频加载中，请稍候……'],
             ['您的浏览器不支持 video 标签。'], ['[视频] %s现场' % c['meta']['short'], '来源：%s融媒体中心' % c['meta']['short']],
             ['0:00', '倍速　1.0x　全屏']]
    return [L(x, 'video') for x in rng.choice(forms)]


def b_audio(rng, c):
    return [L(x, 'audio') for x in rng.choice((['🔊 听全文', '00:00 / %02d:%02d' % (rng.randint(8, 40), rng.randint(0, 59))],
                                               ['【语音播报】', '播放　暂停　停止'], ['点击收听本文音频 ▶'],
                                               ['▷ 听新闻', '语速：0.75x　1.0x　1.25x　1.5x'],
                                               ['AI朗读中…　%d%%' % rng.randint(1, 99)],
                                               ['本文音频由机器合成，仅供参考'], ['🎧 收听', '%d:%02d' % (rng.randint(5, 30),
                                                                                                rng.randint(0, 59))]))]


# --- search-engine caches

def b_cache_search(rng, c):
    """The search box line above some snapshot pages."""
    m = c['meta']
    return [L(rng.choice(('百度一下　%s' % m['title'][:10], '%s 政府工作报告　　搜索' % m['short'],
                          '网页　资讯　视频　图片　知道　文库　贴吧')), 'nav')]


# --- study apps / party-building clouds

def b_study_top(rng, c):
    forms = [['学习强国', '我的　积分　强国通'], ['百灵　电视台　电台　我的'], ['%s党建云平台' % c['meta']['short'],
                                                                      '首页　学习园地　三会一课　党费缴纳　组织生活　我的'],
             ['智慧党建', '学习教育 | 组织管理 | 党员服务 | 考核评价'], ['< 返回　　学习　　···']]
    return [L(x, 'nav') for x in rng.choice(forms)]


def b_study_points(rng, c):
    forms = [['今日已累计积分 %d 分　成长总积分 %d' % (rng.randint(1, 45), rng.randint(1000, 40000))],
             ['阅读文章 +1分（每有效阅读1篇积1分，上限6分）'], ['本篇有效学习时长需满 %d 秒' % rng.choice((30, 60, 120))],
             ['学习时长 %02d:%02d　　已获 +%d 积分' % (rng.randint(0, 9), rng.randint(0, 59), rng.randint(1, 6))],
             ['本次学习已记录学时 %.1f 小时' % (rng.randint(1, 9) / 2)], ['✓ 已完成今日阅读任务']]
    return [L(x, 'study_points') for x in rng.choice(forms)]


def b_study_source(rng, c):
    d = c['date']
    return [L(x, 'metadata') for x in rng.choice((['来源：%s　　%s' % (rng.choice(('新华社', '人民日报', c['meta']['org'],
                                                                              '中国政府网', '学习平台')), fmt_date(rng, d, 4))],
                                                  ['%s 供稿　|　作者：%s' % (rng.choice(('求是网', '新华网', '人民网')), person(rng)),
                                                   fmt_date(rng, d, 5)],
                                                  ['发布时间 %s　阅读 %d' % (fmt_date(rng, d, 0), rng.randint(1000, 999999))]))]


def b_study_bottom(rng, c):
    forms = [['观点　　收藏　　分享　　点赞 %d' % rng.randint(10, 9999)], ['写观点...', '评论已关闭'],
             ['【学习心得】请在此输入不少于100字的学习体会', '提交心得'],
             ['学习测试：本文学完后完成 %d 道题可获得额外积分' % rng.randint(3, 5), '开始答题 >'],
             ['打卡学习', '已有 %d 名党员学习本文' % rng.randint(100, 90000)]]
    return [L(x, 'study_points' if '积分' in x or '学习' in x or '打卡' in x else 'comments' if '评论' in x
              else 'toolbar_actions') for x in rng.choice(forms)]


def b_study_follow(rng, c):
    return [L(rng.choice(('订阅“%s学习平台”，获取更多学习资料' % c['meta']['short'], '+ 订阅', '关注强国号　%s发布' %
                          c['meta']['short'])), 'follow')]


def b_study_column(rng, c):
    forms = ['栏目：重要活动 > 党的建设', '专题：深入学习贯彻党的二十大精神', '所属栏目：理论学习　｜　学习资料',
             '学习专区 · 原文阅读', '频道：推荐 | 要闻 | 思想 | 综合']
    return [L(rng.choice(forms), 'breadcrumb')]


# --- self-media with recommendation streams

def b_sm_top(rng, c):
    plat = c['site']
    forms = [['%s　　下载APP' % plat, '首页　推荐　热榜　视频　登录'], ['%s  ｜  搜索你感兴趣的内容' % plat],
             ['☰　%s　🔍' % plat], ['%s > 正文' % plat]]
    return [L(x, 'nav') for x in rng.choice(forms)]


def b_sm_author(rng, c):
    name = c['author']
    d = c['date']
    forms = [[name, '%s · %s' % (fmt_date(rng, d, 6), rng.choice(('优质财经领域创作者', '百家号', '头条号', '政务号'))),
              '+ 关注'],
             ['%s　%s　发布于%s' % (name, fmt_date(rng, d, 0), rng.choice(('北京', '湖南', '四川', '广东', '山东')))],
             ['作者：%s' % name, '%d粉丝 · %d获赞' % (rng.randint(100, 99999), rng.randint(1000, 999999))]]
    out = rng.choice(forms)
    return [L(x, 'follow' if x.endswith('关注') else 'metadata') for x in out]


def b_sm_recommend(rng, c):
    """A recommendation card pushed into the body of a self-media article."""
    hs = pick(rng, headline_pool(c['meta']), rng.randint(1, 3))
    out = []
    if rng.random() < .5:
        out.append(L(rng.choice(('为你推荐', '—— 推荐 ——', '大家都在看', '你可能感兴趣')), 'recommend'))
    for h in hs:
        out.append(L(h, 'recommend'))
        if rng.random() < .7:
            out.append(L('%s　%d评论　%s' % (rng.choice(('新华网客户端', '央视新闻', '环球网', '澎湃新闻', '金融界', '本地宝')),
                                            rng.randint(0, 4000), rng.choice(('1小时前', '3天前', '刚刚', '昨天 18:03'))),
                         'recommend'))
    return out


def b_sm_search(rng, c):
    m = c['meta']
    qs = ['%s政府工作报告全文' % m['short'], '政府工作报告解读', '%s 2024年重点工作' % m['short'], '政府工作报告心得体会',
          '%s发展规划' % m['short'], '政府工作报告主要目标', '两会热词', '%s人口' % m['short']]
    if rng.random() < .5:
        return [L('相关搜索', 'related')] + [L(q, 'related') for q in pick(rng, qs, rng.randint(3, 6))]
    return [L('大家还在搜：' + '　'.join(pick(rng, qs, 4)), 'related')]


def b_sm_more(rng, c):
    out = [L(rng.choice(('作者最新文章', '%s 的更多内容' % c['author'], 'TA的文章')), 'related')]
    for h in pick(rng, headline_pool(c['meta']), 3):
        out.append(L(h, 'related'))
        if rng.random() < .5:
            out.append(L('%d阅读 · %d评论' % (rng.randint(50, 90000), rng.randint(0, 300)), 'related'))
    return out


def b_sm_ad(rng, c):
    forms = [['广告', '年轻人的第一台电车，限时直降2万 →', '了解详情'], ['【广告】'],
             ['热门推荐：50岁后这3样东西要少吃，很多人不知道', '广告 · 查看详情'], ['AD　本地装修报价，3秒获取 >']]
    return [L(x, 'ads') for x in rng.choice(forms)]


def b_sm_expand(rng, c):
    return [L(rng.choice(('展开全文', '点击展开剩余%d%%' % rng.randint(40, 85), '继续阅读 ∨', '余下全文')), 'paywall')]


def b_sm_bottom(rng, c):
    forms = [['举报/反馈'], ['本文仅代表作者观点，不代表平台立场。'], ['特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务。'],
             ['👍 %d　　💬 %d　　⭐ 收藏' % (rng.randint(1, 9999), rng.randint(0, 999))], ['#政府工作报告# #两会#']]
    out = []
    for f in pick(rng, forms, 2):
        for x in f:
            out.append(L(x, 'disclaimer' if '声明' in x or '观点' in x else 'tags' if x.startswith('#') else
                         'feedback' if '举报' in x else 'toolbar_actions'))
    return out


def b_sm_comments(rng, c):
    out = [L(rng.choice(('评论 %d' % rng.randint(3, 900), '全部评论', '网友评论（%d）' % rng.randint(3, 900))), 'comments')]
    says = ['写得实在，点赞！', '希望今年说到做到', '我们县什么时候也能这样', '支持！', '收藏了慢慢看',
            '民生实事能不能多落实一些', '又是一年，期待', '数据很亮眼', '这个报告比去年的实在多了。', '转发学习']
    for _ in range(rng.randint(1, 3)):
        out.append(L('%s%s：%s' % (rng.choice(('用户', '', '网友')), digits(rng, rng.randint(4, 8)) if rng.random() < .5
                                  else person(rng), rng.choice(says)), 'comments'))
        if rng.random() < .5:
            out.append(L('%s · 回复 · 👍%d' % (rng.choice(('1天前', '3小时前', '%d-%d' % (c['date'].month, c['date'].day))),
                                              rng.randint(0, 300)), 'comments'))
    return out


# --- OA system export / e-mail forward

def b_oa_header(rng, c):
    m = c['meta']
    d = c['date']
    who = person(rng)
    form = rng.randrange(3)
    if form == 0:
        return [L('-------- 转发邮件信息 --------', 'email_header'),
                L('发件人："%s" <%s@%s.gov.cn>' % (who, digits(rng, 6) if rng.random() < .5 else 'zfb' + digits(rng, 3),
                                                  rng.choice(('mail', 'oa', 'gw'))), 'email_header'),
                L('发送时间：%d年%d月%d日(%s) %s' % (d.year, d.month, d.day, weekday(d), '%02d:%02d' % (
                    rng.randint(8, 20), rng.randint(0, 59))), 'email_header'),
                L('收件人："%s"; "%s"' % (person(rng), person(rng)), 'email_header'),
                L('抄送：办公室综合科', 'email_header'),
                L('主题：转发：%s' % m['title'], 'email_header'), B()]
    if form == 1:
        return [L('From: %s <%s@163.com>' % (who, 'office' + digits(rng, 4)), 'email_header'),
                L('Sent: %s, %s %d, %d %d:%02d PM' % (d.strftime('%A'), d.strftime('%B'), d.day, d.year,
                                                      rng.randint(1, 11), rng.randint(0, 59)), 'email_header'),
                L('To: %s' % ', '.join(person(rng) for _ in range(2)), 'email_header'),
                L('Subject: Fw: %s' % short_title(m), 'email_header'), B()]
    return [L('%sOA协同办公系统　　公文处理 > 收文办理 > 阅件' % m['short'], 'nav'),
            L('收文编号：%s-%d-%s' % (rng.choice(('SW', '收', 'YJ')), d.year, digits(rng, 4)), 'email_header'),
            L('来文单位：%s　　紧急程度：%s　　密级：公开' % (m['org'], rng.choice(('平件', '急件', '普通'))), 'email_header'),
            L('拟办意见：请各科室认真学习，结合工作抓好落实。', 'email_header'),
            L('办理时限：%d-%02d-%02d' % (d.year, d.month, min(28, d.day + 7)), 'email_header'), B()]


def b_oa_fwd_note(rng, c):
    forms = ['各位同事：转发%s，请认真学习。' % short_title(c['meta']), '请阅，附件同步上传至共享盘。',
             '--- 原始邮件 ---', '> 以下为转发内容', '各科室：现将报告全文转发给你们，请结合实际抓好贯彻落实。']
    return [L(rng.choice(forms), 'email_header')]


def b_oa_attach(rng, c):
    m = c['meta']
    names = ['%s.docx' % m['title'], '%s（%s）.pdf' % (short_title(m), rng.choice(('终稿', '定稿', '印发稿'))),
             '政府工作报告名词解释.doc', '学习要点.xlsx', '附件%d：任务分解表.wps' % rng.randint(1, 3)]
    out = [L(rng.choice(('附件：', '附件(%d个)' % rng.randint(1, 3), '📎 附件', 'Attachments:')), 'attachment')]
    for n in pick(rng, names, rng.randint(1, 3)):
        out.append(L('%s　(%d.%dKB)　下载　预览' % (n, rng.randint(20, 900), rng.randint(0, 9)) if rng.random() < .6 else n,
                     'attachment'))
    return out


def b_oa_tail(rng, c):
    forms = [['办理意见：已阅。%s %d/%d' % (person(rng), c['date'].month, c['date'].day)],
             ['【传阅记录】', '%s　已阅　%s' % (person(rng), fmt_date(rng, c['date'], 0)),
              '%s　未阅' % person(rng)],
             ['本邮件及其附件含有内部信息，仅限于发送给上面地址中列出的个人或群组。'],
             ['此邮件由系统自动发送，请勿直接回复。'],
             ['--', '%s　综合科' % c['meta']['short'], '电话：%s' % digits(rng, 8)],
             ['发送自我的iPhone'], ['办结　退回　转办　打印处理单']]
    out = []
    for f in pick(rng, forms, rng.randint(2, 3)):
        for x in f:
            out.append(L(x, 'disclaimer' if '仅限' in x or '请勿' in x else 'toolbar_actions' if '办结' in x
                         else 'email_header'))
    return out


# --- note-app clippings

def b_clip_header(rng, c):
    m = c['meta']
    d = c['date'] + datetime.timedelta(days=rng.randint(0, 60))
    app = c['site']
    form = rng.randrange(4)
    if form == 0:
        return [L('# %s' % m['title'], 'title_repeat'), L('> 剪藏自 %s · %s' % (app, d.isoformat()), 'clip_header'),
                L('> 原文：%s' % c['url'], 'link'), L('---', 'clip_header')]
    if form == 1:
        return [L('创建时间：%d/%d/%d %d:%02d' % (d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59)),
                  'clip_header'),
                L('来源：%s' % c['url'], 'link'), L('标签：%s' % '，'.join(pick(rng, ['学习', '工作报告', '材料', m['short'],
                                                                            '写作素材', '两会'], 3)), 'tags')]
    if form == 2:
        return [L('%s 网页剪报' % app, 'clip_header'), L('%s' % title_forms(rng, m, c['site']), 'title_repeat'),
                L('%s　|　%d字　|　阅读约%d分钟' % (d.isoformat(), rng.randint(3000, 20000), rng.randint(8, 40)), 'clip_header')]
    return [L('📒 %s / 收集箱' % app, 'clip_header'), L('URL: %s' % c['url'], 'link'),
            L('Clipped on %s' % d.strftime('%b %d, %Y'), 'clip_header'), B()]


def b_clip_tail(rng, c):
    forms = [['---', '#政府工作报告 #学习笔记'], ['[笔记] 第%d段可以引用' % rng.randint(2, 9)],
             ['—— 由%s 剪藏 ——' % c['site']], ['修改于 %s' % fmt_date(rng, c['date'], 0)],
             ['🏷 %s　%s' % (c['meta']['short'], rng.choice(('素材', '待整理', '重点')))]]
    out = []
    for f in pick(rng, forms, rng.randint(1, 3)):
        for x in f:
            out.append(L(x, 'tags' if '#' in x or '🏷' in x else 'clip_header'))
    return out


def b_clip_highlight(rng, c):
    return [L(rng.choice(('==重点==', '> 💡 批注：这段数据可以用在总结里', '[高亮]', '✎ 我的想法：写法值得学习')), 'clip_header')]


# --- OCR'd scans

def b_scan_noise(rng, c):
    forms = ['·', '|', '丨', '1', '、', '：', '一 ', '■', '·　·', 'l', '_', '.\'', '！ 、', '卜', '1 丨', '……', '~', '口']
    x = rng.choice(forms)
    return [L(x if x.strip() else '·', 'scan_noise')]


def b_scan_head(rng, c):
    m = c['meta']
    forms = [['扫描全能王 创建'], ['%s.pdf' % short_title(m), '第 1 页，共 %d 页' % rng.randint(6, 30)],
             ['OCR识别结果（仅供参考，请以原件为准）'], ['[扫描件] 识别置信度 %d%%' % rng.randint(80, 99)],
             ['CamScanner'], ['文字识别 · 导出于 %s' % fmt_date(rng, c['date'], 0)]]
    return [L(x, 'scan_noise' if 'CamScanner' in x or '扫描' in x else 'pagination' if '页' in x else 'scan_noise')
            for x in rng.choice(forms)]


def b_scan_stamp(rng, c):
    forms = ['（印章）', '[红头]', '－ 密 －', '内部资料　注意保存', '★', '（盖章）', '存档', '文件 ', '（此页无正文）']
    return [L(rng.choice(forms).strip(), 'watermark')]


# --- browser save-as-text portal copies

def b_side_menu(rng, c):
    m = c['meta']
    groups = [['政务公开', '　政府信息公开指南', '　政府信息公开制度', '　法定主动公开内容', '　　机构职能', '　　政策文件',
               '　　规划计划', '　　政府工作报告', '　依申请公开', '　政府信息公开年报'],
              ['栏目导航', '▸ 通知公告', '▸ 政务要闻', '▸ 部门动态', '▸ 县区动态', '▸ 图片新闻', '▸ 视频新闻'],
              ['走进%s' % m['short'], '　%s概况' % m['short'], '　历史沿革', '　行政区划', '　自然地理', '　人口民族'],
              ['专题专栏', '- 优化营商环境', '- 乡村振兴', '- 安全生产', '- 两会专题', '- 我为群众办实事'],
              ['部门网站', '发展改革委', '教育局', '科技局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局',
               '人力资源社会保障局', '自然资源和规划局', '生态环境局', '住房城乡建设局'],
              ['县区网站', '%s区' % m['short'][:1] + '城', '高新区', '经开区', '新区', '%s县' % rng.choice(('东', '西', '南', '北'))],
              ['信息公开目录', '+ 概况信息', '+ 政策文件', '+ 规划信息', '+ 财政信息', '+ 人事信息', '+ 重点领域信息公开',
               '+ 建议提案办理'],
              ['政务服务', '个人办事', '法人办事', '部门服务', '便民服务', '好差评', '热点服务 >'],
              ['◆ 领导信息', '◆ 机构设置', '◆ 工作动态', '◆ 通知公告', '◆ 政策解读', '◆ 回应关切']]
    out = []
    for g in pick(rng, groups, rng.choice((1, 1, 2))):
        out += [L(x, 'sidebar') for x in (g if rng.random() < .5 else g[:rng.randint(3, len(g))])]
    return out


def b_skip(rng, c):
    return [L(rng.choice(('跳转到主要内容', '跳过导航', 'Skip to main content', '[跳到正文]', '返回旧版')), 'nav')]


def b_search_box(rng, c):
    return [L(rng.choice(('请输入关键字　搜索', '站内搜索：　　　　[ 搜 索 ]', '高级检索', '全站搜索 🔍')), 'nav')]


def b_links_block(rng, c):
    out = [L(rng.choice(('友情链接', '相关链接', '政府网站', '链接导航')), 'footer')]
    sites = ['中国政府网', '国家发展改革委', '省人民政府', '市纪委监委', '市人大', '市政协', '%s日报' % c['meta']['short'],
             '国务院客户端', '政务服务网']
    form = rng.randrange(2)
    if form:
        out.append(L('　'.join(pick(rng, sites, 5)), 'footer'))
    else:
        out += [L(x, 'footer') for x in pick(rng, sites, 4)]
    return out


def b_feedback(rng, c):
    return [L(rng.choice(('【我要纠错】', '本页内容对您有帮助吗？　有帮助　没帮助', '信息纠错　|　意见建议',
                          '满意度评价：☆☆☆☆☆', '网站纠错 ⚠', '对本文有疑问？点此反馈', '【意见反馈】【错误报告】',
                          '您对本页面内容是否满意：非常满意 满意 一般 不满意', '找错别字，赢积分 >>')), 'feedback')]


# --- translation / reading tools

def b_translate_bar(rng, c):
    forms = [['此网页为中文网页，是否翻译？', '翻译　　一律不翻译此语言'], ['Google 翻译 | 原文 | 翻译成：英语 ▼'],
             ['沉浸式翻译：显示双语 | 仅译文 | 原文'], ['Translated from Chinese (Simplified)  ·  Show original'],
             ['有道翻译　划词翻译已开启'], ['[翻译插件] 检测到页面语言：中文（简体）　目标语言：English　翻译']]
    return [L(x, 'translate_bar') for x in rng.choice(forms)]


def b_reader_bar(rng, c):
    forms = [['阅读模式', 'Aa　字号　　背景　　☀/☾　　朗读'], ['简悦 · SimpRead　　导出　设置　退出'],
             ['预计阅读时间 %d 分钟　　%d 字' % (rng.randint(5, 40), rng.randint(2000, 30000))],
             ['◀ 退出阅读视图'], ['Reader View　Aa　Listen　Close']]
    out = []
    for x in rng.choice(forms):
        out.append(L(x, 'toolbar_fontsize' if ('字号' in x or 'Aa' in x) else 'translate_bar'))
    return out


EN_LINES = (
    'Over the past year, we have firmly implemented the decisions and arrangements of the central authorities.',
    'We will continue to deepen reform and opening up and promote high-quality development.',
    'Efforts will be made to improve people\'s livelihood and ensure basic public services.',
    'We must stay alert to risks and challenges and hold the bottom line of safety.',
    'Strengthen the construction of a modern industrial system and cultivate new growth drivers.',
    'The main expected targets for economic and social development this year are as follows.',
    'We will make solid progress in rural revitalization across the board.',
    'Ecological conservation and environmental protection will be further strengthened.',
    'Government at all levels must exercise power in accordance with the law.',
    'Fellow deputies, let us unite more closely and strive to fulfil this year\'s goals and tasks!',
    'We will expand effective investment and stimulate consumption potential.',
    'Scientific and technological innovation capacity has been continuously enhanced.',
    'Build a market-oriented, law-based and internationalized business environment.',
    'Deepen the reform of state-owned enterprises and support the private economy.',
    'We will carry out the work of the new year with greater confidence and determination.',
    'Employment remained stable and incomes continued to grow.',
    '[Machine translation] Promote coordinated regional development and new urbanization.',
    'Improve the social security system and the multi-level housing supply system.',
)


def b_translation(rng, c):
    """A machine-translation line a reading / translation tool puts under a paragraph."""
    return [L(rng.choice(EN_LINES), 'translation')]


def b_reader_progress(rng, c):
    return [L(rng.choice(('已读 %d%%' % rng.randint(5, 95), '— %d / %d —' % (rng.randint(1, 9), rng.randint(10, 20)),
                          '[ 朗读中 ▶ ]', '▌%d%%' % rng.randint(5, 95))), 'translate_bar')]


def b_reader_tail(rng, c):
    forms = [['原文链接：%s' % c['url']], ['由 %s 生成，仅供个人阅读' % rng.choice(('简悦', 'Reader', '阅读模式'))],
             ['Powered by Immersive Translate'], ['翻译结果由机器生成，仅供参考']]
    out = []
    for f in pick(rng, forms, 2):
        out += [L(x, 'link' if '链接' in x else 'disclaimer' if '仅供' in x else 'translate_bar') for x in f]
    return out


# --- WeChat copies

def b_wx_head(rng, c):
    d = c['date']
    acc = c['site']
    forms = [['原创　%s　%s　%s' % (person(rng), acc, fmt_date(rng, d, 1)), ''],
             ['%s　%s　%s' % (acc, fmt_date(rng, d, 4), rng.choice(('北京', '湖南', '四川', '浙江', '江苏')))],
             ['%s' % acc, '%d年%d月%d日 %02d:%02d' % (d.year, d.month, d.day, rng.randint(6, 22), rng.randint(0, 59))]]
    out = []
    for x in rng.choice(forms):
        out.append(B() if not x else L(x, 'metadata'))
    if rng.random() < .5:
        out.append(L(rng.choice(('收录于合集 #政府工作报告 %d个' % rng.randint(3, 40), '收录于话题 #两会 %d' % rng.randint(2, 90))),
                     'tags'))
    return out


def b_wx_follow(rng, c):
    forms = [['点击上方蓝字关注我们'], ['↑ 点击蓝字 关注%s' % c['site']], ['星标⭐我们，第一时间获取资讯'],
             ['长按识别二维码关注', '—— END ——']]
    return [L(x, 'follow') for x in rng.choice(forms)]


def b_wx_intro(rng, c):
    m = c['meta']
    forms = ['%s 今天，%s正式发布。小编整理了报告原文，一起来学习！' % (rng.choice(('📢', '👇', '')), short_title(m)),
             '导读：报告全文约%d字，建议收藏后慢慢阅读。' % rng.randint(8, 30) * 1,
             '编者按：为方便广大干部群众学习，现将%s全文刊发如下。' % m['title'],
             '以下为报告全文👇']
    return [L(x.strip(), 'intro') for x in pick(rng, forms, rng.randint(1, 2))]


def b_wx_tail(rng, c):
    d = c['date']
    forms = [['来源：%s' % rng.choice((c['meta']['org'], '%s日报' % c['meta']['short'], '新华社'))],
             ['编辑：%s　审核：%s' % (person(rng), person(rng))], ['阅读原文'],
             ['阅读 %s　　在看 %d' % (rng.choice(('10万+', str(rng.randint(200, 99999)))), rng.randint(3, 999))],
             ['分享　收藏　点赞　在看'], ['往期推荐'],
             ['声明：本文转载自%s，版权归原作者所有，如有侵权请联系删除。' % rng.choice(('网络', '官方渠道', '%s发布' % c['meta']['short']))],
             ['写留言', '留言 %d' % rng.randint(1, 99)]]
    out = []
    for f in pick(rng, forms, rng.randint(3, 5)):
        for x in f:
            k = ('link' if x == '阅读原文' else 'disclaimer' if '声明' in x else 'related' if '往期' in x else
                 'comments' if '留言' in x else 'share' if '分享' in x else 'metadata')
            out.append(L(x, k))
    if any(x[0] == '往期推荐' for x in out):
        out += [L(h, 'related') for h in pick(rng, headline_pool(c['meta']), 3)]
    return out


# --- tables of contents of the document's own headings

def b_toc(rng, c):
    heads = c['heads']
    if len(heads) < 2:
        return []
    form = rng.randrange(4)
    out = [L(rng.choice(('目录', '目　录', '## 目录', '大纲', 'CONTENTS', '文章目录')), 'toc')]
    page = 1
    for h in heads[:rng.randint(3, 8)]:
        page += rng.randint(1, 4)
        hh = h if len(h) <= 30 else h[:28] + '…'
        if form == 0:
            out.append(L('%s%s%d' % (hh, '.' * rng.randint(6, 20), page), 'toc'))
        elif form == 1:
            out.append(L('- [%s](#%s)' % (hh, 'h' + str(page)), 'toc'))
        elif form == 2:
            out.append(L('%s ……… %d' % (hh, page), 'toc'))
        else:
            out.append(L('▸ %s' % hh, 'toc'))
    return out


# --- PDF / Word copies (hard wrapped)

def b_pdf_viewer(rng, c):
    n = c['npages']
    forms = [['%s.pdf' % short_title(c['meta']), '1 / %d　　－　100%%　＋　　⤓ 下载　🖨 打印' % n],
             ['文件预览　第1页/共%d页' % n, '放大　缩小　适合宽度'], ['%s.docx - 只读' % short_title(c['meta'])],
             ['PDF 阅读器　|　%d 页' % n]]
    return [L(x, 'pagination' if ('/' in x and '页' in x) else 'toolbar_actions') for x in rng.choice(forms)]


def b_pdf_tail(rng, c):
    m = c['meta']
    if m['folder'] == 'cpc_congress_wikisource':
        m = dict(m, org='中共中央办公厅')
    forms = [['— 完 —'], ['（全文完）'], ['本文档由用户上传，版权归原作者所有。如有侵权请联系删除。'],
             ['下载文档　　收藏　　打印', '本页为第%d页，共%d页' % (c['npages'], c['npages'])],
             ['%s 印发' % m['org'], '%d年%d月%d日' % (c['date'].year, c['date'].month, c['date'].day)],
             ['抄送：%s委各部门，%s人大常委会办公室，%s政协办公室。' % ((m['short'],) * 3)],
             ['%s办公室　　　　　%d年%d月%d日印发' % (m['org'], c['date'].year, c['date'].month, c['date'].day)],
             ['（此件主动公开）', '抄送：各民主党派，工商联，各人民团体。']]
    out = []
    for x in rng.choice(forms):
        out.append(L(x, 'disclaimer' if '侵权' in x else 'toolbar_actions' if '下载' in x else 'pagination' if '页' in x
                     else 'footer' if '完' in x else 'banji'))  # 版记 and 印发 lines
    return out


def page_break(rng, c, k):
    """The lines of a page break of a hard-wrapped copy (k = number of the page that ends)."""
    n = c['npages']
    m = c['meta']
    pn = c['pn_form'].format(k=k, n=n, kc=num_cn(k), kf=''.join(chr(ord(ch) + 0xFEE0) for ch in str(k)))
    out = []
    if c['style'] == 'ocr' and rng.random() < .5:
        out.append(L(b_scan_noise(rng, c)[0][0], 'scan_noise'))
    out.append(L(pn, 'pagination'))
    if c['blank_pb']:
        out.append(B())
    if c['running']:
        out.append(L(c['running'], 'running_header'))
    if c['style'] == 'ocr' and rng.random() < .3:
        out.append(L(rng.choice(('·', '丨', '：')), 'scan_noise'))
    return out


# ----------------------------------------------------------------------------------------------- styles
# Each style gives (site, url, head blocks, middle blocks with a rate, tail blocks)

def site_for(rng, style, meta):
    p = meta['short']
    if style == 'cache':
        return rng.choice(('%s人民政府' % p, '%s新闻网' % p, '%s日报' % p, '中国网', '人民网', '新浪网')), None
    if style == 'study':
        return rng.choice(('学习强国', '%s智慧党建' % p, '%s党建云' % p, '共产党员网', '灯塔-党建在线', '%s先锋' % p,
                           '党员e家')), None
    if style == 'selfmedia':
        return rng.choice(('百家号', '头条号', '搜狐号', '网易号', '企鹅号', '一点资讯', '趣头条')), None
    if style == 'oa':
        return rng.choice(('%s协同办公' % p, 'Foxmail', '政务邮箱', 'QQ邮箱', 'Outlook', '钉钉OA')), None
    if style == 'clip':
        return rng.choice(('印象笔记', '有道云笔记', 'OneNote', 'Notion', '为知笔记', 'Obsidian')), None
    if style == 'ocr':
        return rng.choice(('扫描件', '档案室扫描件', '文件汇编扫描', '复印件识别')), None
    if style == 'savetext':
        return rng.choice(('%s人民政府门户网站' % p, '%s政务网' % p, '%s发展和改革委员会' % p, '%s统计局' % p)), None
    if style == 'reader':
        return rng.choice(('%s人民政府网' % p, '%s新闻网' % p, '人民网', '光明网', '中国经济网')), None
    if style == 'portal':
        return rng.choice(('%s人民政府' % p, '%s政府门户网站' % p, '中国·%s' % p, '%s市情网' % p)), None
    if style == 'wechat':
        return rng.choice(('%s发布' % p, '%s政务' % p, '学习小组', '公文写作参考', '%s融媒' % p, '机关笔杆子')), None
    return rng.choice(('道客巴巴', 'WPS文档', '金山文档', '%s政府公报' % p, '文件下载中心', '腾讯文档')), None


def make_url(rng, style, meta):
    dom = rng.choice(('www.%s.gov.cn' % rng.choice(('xinxi', 'zwgk', 'sz', 'city', 'gy', 'xy')),
                      'www.gov.cn', 'mp.weixin.qq.com', 'baijiahao.baidu.com', 'www.toutiao.com', 'news.sina.com.cn',
                      'www.163.com', 'zwgk.%s.gov.cn' % rng.choice(('hn', 'sc', 'js', 'gd', 'sd', 'zj', 'ah', 'hb'))))
    if dom == 'mp.weixin.qq.com':
        return 'https://mp.weixin.qq.com/s/' + ''.join(rng.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-')
                                                      for _ in range(22))
    if dom == 'baijiahao.baidu.com':
        return 'https://baijiahao.baidu.com/s?id=17%s&wfr=spider&for=pc' % digits(rng, 17)
    y, mo = meta['when']
    return 'http://%s/art/%d/%d/%d/art_%d_%s.html' % (dom, y, mo, rng.randint(1, 28), rng.randint(100, 9999), digits(rng, 7))


def style_blocks(rng, style, c):
    """head, (middle blocks, rate), tail for a style; each a list of block functions (or None to skip)."""
    def maybe(p, *fs):
        return list(fs) if rng.random() < p else []

    T = lambda r, cc: title_lines(r, cc)  # noqa: E731
    if style == 'cache':
        head = [b_cache_banner] + maybe(.5, b_cache_hl) + maybe(.4, b_cache_search) + maybe(.6, b_topbar) + \
            [b_menu] + maybe(.6, b_breadcrumb) + [T] + [b_meta_portal] + maybe(.5, b_fontsize)
        mid = ([b_html, b_mojibake, b_mojibake, b_caption], .15)
        tail = maybe(.6, b_actions) + maybe(.5, b_share) + maybe(.6, b_prevnext) + maybe(.5, b_related) + [b_footer_portal]
    elif style == 'study':
        head = [b_study_top] + maybe(.6, b_study_column) + [T] + [b_study_source] + maybe(.5, b_study_points) + \
            maybe(.4, b_audio)
        mid = ([b_study_points, b_caption, b_audio, b_video], .12)
        tail = [b_study_bottom] + maybe(.6, b_study_points) + maybe(.5, b_study_follow) + maybe(.5, b_related)
    elif style == 'selfmedia':
        head = [b_sm_top] + maybe(.4, b_login) + [T] + [b_sm_author] + maybe(.4, b_wx_intro) + maybe(.3, b_abstract)
        mid = ([b_sm_recommend, b_sm_recommend, b_sm_ad, b_caption, b_video, b_sm_expand], .22)
        tail = maybe(.5, b_sm_expand) + [b_sm_bottom] + maybe(.4, b_sm_more) + maybe(.6, b_sm_comments) + \
            [b_sm_recommend] + maybe(.5, b_sm_search) + maybe(.4, b_sm_ad)
    elif style == 'oa':
        head = [b_oa_header] + maybe(.6, b_oa_fwd_note) + maybe(.5, b_oa_attach) + maybe(.3, T)
        mid = ([], 0)
        tail = maybe(.6, b_oa_attach) + [b_oa_tail]
    elif style == 'clip':
        head = [b_clip_header] + maybe(.3, b_abstract) + maybe(.4, b_toc) + maybe(.3, b_clip_highlight)
        mid = ([b_clip_highlight, b_caption, b_html], .1)
        tail = [b_clip_tail]
    elif style == 'ocr':
        head = [b_scan_head] + maybe(.5, b_scan_stamp) + maybe(.5, b_scan_noise)
        mid = ([b_scan_noise], .12)
        tail = maybe(.6, b_scan_noise) + maybe(.5, b_scan_stamp)
    elif style == 'savetext':
        head = maybe(.6, b_skip) + maybe(.5, b_accessibility) + [b_topbar] + maybe(.5, b_search_box) + [b_menu] + \
            [b_side_menu] + [b_breadcrumb] + [T] + [b_meta_portal] + maybe(.6, b_fontsize)
        mid = ([b_html, b_caption], .08)
        tail = maybe(.6, b_actions) + maybe(.5, b_feedback) + maybe(.5, b_qr) + maybe(.25, b_side_menu) + \
            maybe(.7, b_links_block) + [b_footer_portal]
    elif style == 'reader':
        head = [b_translate_bar] + maybe(.6, b_reader_bar) + maybe(.3, b_toc) + [T] + maybe(.6, b_meta_portal) + \
            maybe(.4, b_abstract)
        mid = ([b_translation] * 12 + [b_reader_progress], .9) if c['bilingual'] else \
            ([b_reader_progress, b_reader_progress, b_translate_bar], .2)
        tail = [b_reader_tail] + maybe(.4, b_related)
    elif style == 'portal':
        head = maybe(.4, b_cookie) + maybe(.5, b_accessibility) + [b_topbar] + maybe(.5, b_login) + [b_menu] + \
            [b_breadcrumb] + [T] + [b_meta_portal] + maybe(.6, b_fontsize) + maybe(.3, b_audio)
        mid = ([b_caption, b_video, b_html, b_mojibake], .1)
        tail = maybe(.7, b_actions) + maybe(.6, b_share) + maybe(.5, b_qr) + maybe(.6, b_prevnext) + \
            maybe(.5, b_related) + [b_footer_portal]
    elif style == 'wechat':
        head = [T] + [b_wx_head] + maybe(.6, b_wx_follow) + maybe(.6, b_wx_intro) + maybe(.3, b_audio)
        mid = ([b_caption, b_wx_follow, b_sm_ad], .1)
        tail = [b_wx_tail] + maybe(.4, b_wx_follow) + maybe(.3, b_sm_comments)
    else:  # pdf
        head = [b_pdf_viewer] + maybe(.5, T) + maybe(.5, b_toc)
        mid = ([], 0)
        tail = maybe(.7, b_pdf_tail)
    return head, mid, tail


# ----------------------------------------------------------------------------------------------- selection

LOCKED_SETS = ('chrome_test6', 'chrome_test7')  # locked test sets: never overlap their ranges


def choose_runs(rng, corpus, used):
    docs = collections.defaultdict(list)
    for fol in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, fol))):
            if not f.endswith('.txt') or any(s in f for s in SKIP_FILES):
                continue
            docs[fol].append(fol + '/' + f)
    want = {'city_gwr_2024': 50, 'provincial_gwr_2025': 14, 'state_council_2004_2019': 16,
            'national_gwr_wikisource': 14, 'cpc_congress_wikisource': 9}
    runs = []
    for fol in FOLDERS:
        cands = []
        for src in docs[fol]:
            ps = paragraphs(corpus, src)
            if len(ps) < 5:
                continue
            taken, locked = set(), set()
            for a, b, name in used.get(src, ()):
                taken.update(range(a, b + 1))
                if name in LOCKED_SETS:
                    locked.update(range(a, b + 1))
            ok = [not bad_para(p) for p in ps]
            longest = run = 0  # the longest stretch of usable paragraphs no earlier set used
            for i in range(len(ps)):
                run = run + 1 if (i not in taken and ok[i]) else 0
                longest = max(longest, run)
            cands.append((0 if not used.get(src) else 1, -longest, src, ps, taken, locked, ok))
        rng.shuffle(cands)
        cands.sort(key=lambda x: (x[0], x[1] > -5))
        n = 0
        for fresh, fs, src, ps, taken, locked, ok in cands:
            if n >= want[fol]:
                break
            r = rng.random()
            if fol == 'state_council_2004_2019':
                pos = 'tail' if r < .45 else 'head' if r < .75 else 'middle'
            else:
                pos = 'head' if r < .22 else 'tail' if r < .42 else 'middle'
            got = pick_range(rng, ps, taken, locked, ok, len(runs), pos)
            if got:
                runs.append((src,) + got)
                n += 1
    return runs


def pick_range(rng, ps, taken, locked, ok, i, pos):
    """(start, end, paragraphs inside earlier ranges) of a run of usable paragraphs outside locked ranges."""
    n = len(ps)
    target = rng.randint(6, 22) if i % 3 else rng.randint(5, 14)
    if pos != 'middle':  # heads and tails were mostly used by earlier sets: keep those runs short
        target = rng.randint(5, 9)
    spans = []  # maximal runs of usable paragraphs outside locked ranges
    start = None
    for j in range(n + 1):
        good = j < n and ok[j] and j not in locked
        if good and start is None:
            start = j
        if not good and start is not None:
            spans.append((start, j - 1))
            start = None
    best = []
    for a, b in spans:
        for s in range(a, b + 1):
            e = min(b, s + target - 1)
            if e - s + 1 >= 5:
                best.append((sum(1 for k in range(s, e + 1) if k in taken), s, e))
            f = s  # the same start, cut before the first paragraph an earlier set used
            while f <= e and f not in taken:
                f += 1
            if f - s >= 5 and f - 1 < e:
                best.append((0, s, f - 1))
    if not best:
        return None
    if pos == 'head':
        cand = [b for b in best if b[1] <= 3]
        cand = [b for b in cand if b[1] == min(x[1] for x in cand)] if cand else []
    elif pos == 'tail':
        cand = [b for b in best if b[2] == n - 1]
    else:
        cand = []
    cand = cand or best
    mn = min(b[0] for b in cand)
    ov, s, e = rng.choice([b for b in cand if b[0] == mn])
    return s, e, ov


# ----------------------------------------------------------------------------------------------- page building

def wrap_para(text, width, first_indent):
    """Cut text into pieces of `width` characters (the first shorter by its indent); closing punctuation
    hangs on the line before; never cut next to whitespace."""
    pieces = []
    i = 0
    w = width - first_indent
    n = len(text)
    while i < n:
        j = min(n, i + w)
        if j < n:
            while j < n and text[j] in '。，、；：）》”’！？」』】.,;:)' and j - i < w + 2:
                j += 1
            while 0 < j < n and (text[j].isspace() or text[j - 1].isspace()) and j > i + 1:
                j -= 1
        pieces.append(text[i:j])
        i = j
        w = width
    return pieces


HOSTS = ('襄阳', '绵阳', '九江', '洛阳', '常德', '嘉兴', '芜湖', '遵义', '柳州', '赣州', '威海', '盐城', '株洲', '宝鸡', '曲靖',
         '泉州', '包头', '大庆', '丽江', '汕头')


def build_page(rng, corpus, src, s, e, style, meta, num):
    ps = paragraphs(corpus, src)
    if meta['folder'] in ('state_council_2004_2019', 'national_gwr_wikisource', 'cpc_congress_wikisource'):
        host = rng.choice(HOSTS)  # a national document reposted by a local site: the chrome names a host city
        meta = dict(meta, short=host, host=host, site_org=host + '市人民政府')
    site, _ = site_for(rng, style, meta)
    c = {'meta': meta, 'site': site, 'url': make_url(rng, style, meta), 'date': a_date(rng, meta), 'style': style,
         'author': rng.choice(('%s观察' % meta['short'], '政策解读君', '财经%s' % person(rng), '公文写作指南',
                               '%s新闻' % meta['short'], '小%s说政事' % rng.choice('李王张刘'))),
         'npages': 0, 'bilingual': rng.random() < .5, 'heads': [p for p in ps if re.match(r'^[一二三四五六七八九十]+、', p) and len(p) <= 40]}
    head, (mids, rate), tail = style_blocks(rng, style, c)
    variants = []
    lines = []

    def add_blocks(blocks):
        for f in blocks:
            got = f(rng, c)
            if got:
                variants.append(getattr(f, '__name__', 'block').replace('b_', '').replace('<lambda>', 'title'))
                lines.extend((t, 'blank' if k == 'blank' else 'chrome', k, '') for t, k in got)

    wrapped = style in WRAPPED
    indent = rng.choice(('', '　　', '　　', '  ', '    ', '\t', '　'))
    heading_indent = indent if rng.random() < .5 else ''
    blank = rng.choice(('0', '1', '1', '2', 'ws')) if not wrapped else rng.choice(('0', '0', '1'))
    layout = []
    if wrapped:
        width = rng.randint(20, 44)
        c['pn_form'] = rng.choice(('- {k} -', '— {k} —', '第{k}页', '第 {k} 页 共 {n} 页', '{k}/{n}', 'Page {k}',
                                   '·{k}·', '{k}', '{kf}', '－{k}－', '第{kc}页', '〔{k}〕', '- {k} / {n} -'))
        c['running'] = rng.choice((meta['title'], meta['org'], meta['org'] + '文件', '%s（%s）' % (short_title(meta),
                                   rng.choice(('送审稿', '印发稿', '公开稿'))), '', '')) if style == 'pdf' else \
            rng.choice(('', meta['org'], ' '.join(meta['org']), meta['title'][:8] + ' ' + meta['title'][8:12],
                        '%s 文 件' % meta['org']))
        c['blank_pb'] = rng.random() < .4
        lines_per_page = rng.randint(18, 34)
        layout.append('pdf_w%d' % width)
    layout.append('indent=%r' % indent)
    layout.append('blank=%s' % blank)
    # estimate pages
    if wrapped:
        tot = sum(len(wrap_para(p, width, len(indent))) for p in ps[s:e + 1])
        c['npages'] = max(2, tot // lines_per_page + 1 + rng.randint(0, 3))
    add_blocks(head)
    variants.append('|content')
    content_lines = 0
    page_no = 1
    n = len(ps)
    for i in range(s, e + 1):
        p = ps[i]
        kind = content_kind(p, i, n)
        if kind in ('content', 'heading') and is_signature_issuer(ps, i):
            kind = 'signature'
        ind = heading_indent if kind in ('heading', 'greeting', 'signature') else indent
        if i > s:
            if mids and rng.random() < rate:
                add_blocks([rng.choice(mids)])
            if blank == '1':
                lines.append(('', 'blank', 'blank', ''))
            elif blank == '2':
                lines.extend([('', 'blank', 'blank', '')] * 2)
            elif blank == 'ws':
                lines.append((rng.choice(('　', ' ', '  ', '\t', '　　')), 'blank', 'blank', ''))
        pieces = wrap_para(p, width, len(ind)) if wrapped else [p]
        for j, piece in enumerate(pieces):
            if wrapped and content_lines and content_lines % lines_per_page == 0:
                got = page_break(rng, c, page_no)
                page_no += 1
                variants.append('pagebreak_inpara' if j else 'pagebreak')
                lines.extend((t, 'blank' if k == 'blank' else 'chrome', k, '') for t, k in got)
            lines.append(((ind if j == 0 else (ind if rng.random() < .0 else '')) + piece, 'content', kind, str(i)))
            content_lines += 1
    variants.append(';'.join(layout))
    variants.append('content|')
    if wrapped:
        got = page_break(rng, c, page_no)
        lines.extend((t, 'blank' if k == 'blank' else 'chrome', k, '') for t, k in got)
    add_blocks(tail)
    # a chrome line never equals a content line; no leading / trailing blank lines
    content = {t.strip() for t, lab, k, p in lines if lab == 'content'}
    lines = [x for x in lines if not (x[1] == 'chrome' and x[0].strip() in content)]
    while lines and lines[0][1] == 'blank':
        lines.pop(0)
    while lines and lines[-1][1] == 'blank':
        lines.pop()
    out = []
    for t, lab, k, p in lines:
        if lab == 'chrome' and not t.strip():
            continue
        if lab == 'blank' and out and out[-1][1] == 'blank' and rng.random() < .5:
            continue
        out.append((t, lab, k, p))
    return out, variants, site


def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    used = earlier_ranges()
    runs = choose_runs(rng, corpus, used)
    styles = []
    for st, k in PLAN:
        styles += [st] * k
    rng.shuffle(styles)
    sci = sc_index(corpus)
    n = min(len(runs), len(styles))
    runs = runs[:n]
    order = list(range(n))
    rng.shuffle(order)
    pd = os.path.join(HERE, 'pages')
    gd = os.path.join(HERE, 'gold')
    for d in (pd, gd):
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    for num, ri in enumerate(order, 1):
        src, s, e, ov = runs[ri]
        style = styles[num - 1]
        if style in WRAPPED and e - s + 1 > 12:  # hard-wrapped copies get shorter runs (head and tail kept)
            k = rng.randint(5, 12)
            if e == len(paragraphs(corpus, src)) - 1 and s > 3:
                s = e - k + 1
            else:
                e = s + k - 1
        meta = doc_meta(src, sci)
        prng = random.Random('%d-%s-%d' % (SEED, src, s))
        lines, variants, site = build_page(prng, corpus, src, s, e, style, meta, num)
        doc = '%03d' % num
        with open(os.path.join(pd, doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in lines))
        with open(os.path.join(gd, doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, k, p) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, k, p))
        index.append('\t'.join((doc, style, src, str(s), str(e), str(len(lines)), ';'.join(variants), site)))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('wrote %d pages' % (len(index) - 1))


if __name__ == '__main__':
    main()
