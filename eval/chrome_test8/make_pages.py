#!/usr/bin/env python3
"""Generator of the locked chrome TEST set 8 (issue 14), written by helper chrometest8 (stdlib only).

Reads the shared corpus, picks one contiguous run of 5-40 real paragraphs per source document (preferring
paragraphs no earlier eval/chrome_* set used: their index.tsv ranges), wraps it in page chrome written here
from scratch, and writes pages/NNN.txt, gold/NNN.tsv and index.tsv. Deterministic (seed 88140808).

  python make_pages.py [--corpus DIR]
"""
import datetime
import glob
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 88140808
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
SKIP = ('廣州共產黨報告', '第3次全国代表大会', '1954_国务院', '1956_国务院', '2024_枣庄', '2024_承德',
        '国家教材委员会')
# source lines that are themselves page residue or editorial notes: never inside a run
RESIDUE = re.compile(r'ICP备|版权所有|主办单位：.*(办公室|政府)|网站标识码|公网安备|技术支持|网站地图|联系我们|'
                     r'浏览次数|责任编辑|打印本页|关闭窗口|分享到|扫一扫|^来源：|^注：|^附件|↑|\[\d+\]|名词解释|'
                     r'（本文有删减）|^【|^\s*上一篇|^\s*下一篇|^文章来源|^发布时间|^字号')
CLOSERS = '，。、；：？！”’）》」』〉】…'
CN_NUM = '零一二三四五六七八九十'


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


def cjk(s):
    return sum('\u4e00' <= c <= '\u9fff' for c in s)


def paragraphs(corpus, src):
    with open(os.path.join(corpus, src), encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def usable_end(paras):
    """Index after the last real paragraph: a portal footer at the end of a file is cut off."""
    n = len(paras)
    for i in range(int(n * 0.6), n):
        if RESIDUE.search(paras[i]) and not paras[i].endswith('。'):
            return i
    return n


def ok_para(p):
    return cjk(p) >= 2 and not RESIDUE.search(p) and '\t' not in p


def earlier_ranges():
    used = {}
    for p in sorted(glob.glob(os.path.join(HERE, '..', 'chrome_*', 'index.tsv'))):
        if os.path.basename(os.path.dirname(p)) == 'chrome_test8':
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.rstrip('\n').split('\t') for l in fh if l.strip()]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            used.setdefault(r[si], set()).update(range(int(r[a]), int(r[b]) + 1))
    return used


def content_kind(p, i, n):
    if p in ('各位代表：', '同志们：') or (p.endswith('：') and len(p) <= 40 and (p.startswith('各') or re.search(
            '国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', p))):
        return 'greeting'
    if re.fullmatch(r'\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日', p) \
            or p == '（此件公开发布）':
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p[-1] in '。；！？':
        return 'heading'
    return 'content'


# ----------------------------------------------------------------------------------------- documents
class Doc:
    def __init__(self, corpus, src, sc_titles):
        self.src = src
        self.folder, fname = src.split('/')
        self.paras = paragraphs(corpus, src)
        self.end = usable_end(self.paras)
        base = fname[:-4]
        parts = base.split('_')
        if self.folder == 'city_gwr_2024':
            c = parts[1]
            self.place = c if c.endswith(('市', '州', '盟', '地区')) else c + '市'
            self.year = 2024
            self.title = '%s2024年政府工作报告' % self.place
            self.short = '%s政府工作报告' % c
        elif self.folder == 'provincial_gwr_2025':
            self.place = parts[1]
            self.year = 2025
            self.title = '2025年%s政府工作报告' % self.place
            self.short = '%s政府工作报告' % re.sub('(省|市|自治区|壮族|回族|维吾尔)+$', '', self.place)
        elif self.folder == 'state_council_2004_2019':
            self.place = '国务院'
            self.year = int(parts[0])
            self.title = sc_titles.get(fname, parts[-1])
            self.short = self.title[:18]
            self.docno = parts[1].replace('[', '〔').replace(']', '〕')
        elif self.folder == 'national_gwr_wikisource':
            self.place = '国务院'
            self.year = int(parts[0])
            self.title = '%d年国务院政府工作报告' % self.year
            self.short = '%d年政府工作报告' % self.year
        else:
            self.place = '中共中央'
            self.year = int({'01': 1921, '09': 1969, '10': 1973, '11': 1977, '12': 1982, '13': 1987, '14': 1992,
                             '15': 1997, '16': 2002, '17': 2007, '18': 2012, '19': 2017, '20': 2022}.get(parts[0], 2000))
            self.title = '，'.join(parts[2:]).replace('，在', '在')
            self.congress = parts[1].replace('中共', '中国共产党')
            self.short = self.title[:16]
        self.headings = [p for p in self.paras[:self.end] if re.match('^[一二三四五六七八九十]{1,3}、', p) and len(p) <= 40]


# ---------------------------------------------------------------------------------------------- helpers
def L(text, kind):
    return (text, kind)


B = ('', None)


def ws_blank(r):
    return (r.choice(['', '', '', ' ', '\u3000', '  ', '\t']), None)


def pick(r, seq):
    return r.choice(seq)


def name(r):
    sur = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
    giv = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国文斌宇浩凯婷雪琳晨辉鹏飞亮志新春海燕波宁瑞峰'
    return r.choice(sur) + ''.join(r.choice(giv) for _ in range(r.choice([1, 2, 2])))


def digits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def fw(s):
    """ASCII digits and letters to full-width."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


WEEK = '一二三四五六日'


def cn_small(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return '十' + (CN_NUM[n % 10] if n % 10 else '')
    return CN_NUM[n // 10] + '十' + (CN_NUM[n % 10] if n % 10 else '')


def mojibake(r, s):
    b = s.encode('utf-8')
    how = r.choice(['latin', 'gbk', 'gbk', 'cp1252'])
    if how == 'gbk':
        t = b.decode('gbk', errors='ignore')
    elif how == 'cp1252':
        t = b.decode('cp1252', errors='ignore')
    else:
        t = b.decode('latin-1')
    t = ''.join(c for c in t if unicodedata.category(c) not in ('Cc', 'Cf', 'Co', 'Cn', 'Cs', 'Zl', 'Zp'))
    return t.strip() or 'ï¿½ï¿½ï¿½'


class Ctx:
    """What the chrome of one page may talk about."""

    def __init__(self, r, doc, site, style):
        self.r, self.doc, self.site, self.style = r, doc, site, style
        y = doc.year if doc.year >= 2019 else r.randint(2019, 2025)
        if doc.folder in ('city_gwr_2024', 'provincial_gwr_2025'):
            m = r.choice([1, 1, 2, 2, 3])
        else:
            m = r.randint(1, 12)
        self.date = datetime.datetime(y, m, r.randint(1, 28), r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
        self.host = doc.place if doc.folder in ('city_gwr_2024', 'provincial_gwr_2025') else r.choice(
            ['南京市', '合肥市', '长沙市', '成都市', '西安市', '济南市', '郑州市', '南昌市', '贵阳市', '昆明市', '兰州市', '福州市'])
        self.views = r.randint(80, 98000)
        self.domain = r.choice(['www', 'sz', 'news', 'm', 'zw']) + '.' + ''.join(r.choice('abcdefghjkmnpqrstwxyz') for _ in range(r.randint(3, 7))) + r.choice(['.gov.cn', '.com', '.com.cn', '.cn', '.net'])

    def d(self, fmt=None):
        dt = self.date
        fmts = ['%Y-%m-%d', '%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%Y/%m/%d', '%Y年%m月%d日', '%Y.%m.%d', '%Y年%m月%d日 %H:%M']
        f = fmt or self.r.choice(fmts)
        s = dt.strftime(f)
        if '年' in f and self.r.random() < 0.5:
            s = re.sub('年0', '年', re.sub('月0', '月', s))
        return s

    def url(self):
        r = self.r
        return 'https://%s/%s/%s/%s_%s.%s' % (self.domain, r.choice(['art', 'zwgk', 'xwzx', 'content', 'a', 'detail']),
                                             self.date.strftime('%Y%m'), r.choice(['t', 'art', 'c', 'content']),
                                             digits(r, r.randint(6, 9)), r.choice(['html', 'shtml', 'htm']))


# ------------------------------------------------------------------------------------------ chrome blocks
# each b_* returns a list of (text, kind); kind None is a blank line

def b_access(c):
    r = c.r
    items = ['无障碍', '长辈版', '声音', '语速', '配色', '大字幕', '放大', '缩小', '指针', '光标', '辅助线', '读屏', '重置', '退出']
    r.shuffle(items)
    k = items[:r.randint(5, 10)]
    shape = r.randint(0, 3)
    if shape == 0:
        return [L(' | '.join(k), 'accessibility')]
    if shape == 1:
        return [L('【' + '】【'.join(k) + '】', 'accessibility')]
    if shape == 2:
        return [L('无障碍浏览 ' + r.choice(['开', '关']), 'accessibility'), L('  '.join(k[:4]), 'accessibility')]
    return [L(x, 'accessibility') for x in ['适老化服务'] + k[:3]]


def b_topbar(c):
    r = c.r
    dt = c.date
    wd = WEEK[dt.weekday()]
    out = []
    s = r.randint(0, 3)
    if s == 0:
        out.append(L('欢迎访问%s门户网站！  今天是：%d年%d月%d日 星期%s' % (c.site, dt.year, dt.month, dt.day, wd), 'nav'))
    elif s == 1:
        out.append(L('%s 周%s　%s　%s°C~%s°C' % (dt.strftime('%Y.%m.%d'), wd, r.choice(['晴', '多云', '小雨', '阴']),
                                              r.randint(-5, 12), r.randint(13, 24)), 'nav'))
    elif s == 2:
        out.append(L('设为首页 | 加入收藏 | 手机版 | 微信 | 微博 | 繁體', 'nav'))
    else:
        out.append(L('Welcome! %s | 简 / 繁 / EN' % dt.strftime('%A %Y-%m-%d'), 'nav'))
    if r.random() < 0.5:
        out.append(L(r.choice(['登录 / 注册', '个人登录　法人登录', '[登录]  [注册]', '统一身份认证登录']), 'login'))
    return out


def b_sitename(c):
    r = c.r
    out = [L(c.site, 'nav')]
    if r.random() < 0.6:
        out.append(L(r.choice(['请输入关键词', '搜索', '站内搜索 🔍', '全文检索   高级检索', '输入您要搜索的内容']), 'nav'))
    return out


def b_menu(c):
    r = c.r
    gov = ['首页', '政务公开', '政务服务', '互动交流', '走进' + c.host.rstrip('市省'), '新闻动态', '政策文件', '数据开放', '专题专栏', '办事大厅']
    news = ['首页', '时政', '国内', '国际', '财经', '社会', '评论', '图片', '视频', '地方', '教育', '科技']
    party = ['首页', '党建要闻', '理论学习', '组织工作', '党员教育', '廉政建设', '基层党建', '学习资料', '专题']
    pool = party if c.style in ('party', 'wechat') else gov if c.style == 'portal' else news
    k = pool[:]
    if r.random() < 0.5:
        r.shuffle(k)
    k = k[:r.randint(5, len(k))]
    s = r.randint(0, 3)
    if s == 0:
        return [L(x, 'nav') for x in k]
    if s == 1:
        return [L(('　' if r.random() < .5 else ' ').join(k), 'nav')]
    if s == 2:
        return [L(' · '.join(k), 'nav'), L(r.choice(['HOME  NEWS  POLICY  SERVICE  INTERACTION', 'ZHENGWU GONGKAI | ZHENGWU FUWU', 'Home > About > Contact']), 'nav')]
    return [L('≡ 导航', 'nav')] + [L(' ' * 2 + x, 'nav') for x in k[:4]]


def b_breadcrumb(c):
    r = c.r
    sep = r.choice([' > ', ' >> ', '＞', ' / ', ' › ', ' -> ', '»'])
    if c.style == 'portal':
        parts = ['首页', r.choice(['政务公开', '信息公开', '政府信息公开']), r.choice(['政府工作报告', '规划计划', '政策文件', '重要文件', '法定主动公开内容'])]
    elif c.style in ('party',):
        parts = ['首页', r.choice(['理论学习', '学习资料', '文献库', '重要文献']), r.choice(['重要报告', '文件选编', '正文'])]
    else:
        parts = ['首页', r.choice(['要闻', '时政', '地方', '两会专题', '政务']), '正文']
    pre = r.choice(['当前位置：', '您的位置：', '您现在的位置：', '位置：', '📍', ''])
    if r.random() < 0.2:
        return [L(pre + sep.join('[%s](/%s)' % (p, 'index' if i == 0 else 'c%d' % i) for i, p in enumerate(parts)), 'breadcrumb')]
    return [L(pre + sep.join(parts), 'breadcrumb')]


def b_title(c):
    """Title repeat in some form (never the exact text of a content line)."""
    r = c.r
    t, s = c.doc.title, c.doc.short
    forms = ['【%s】' % t, '%s_%s' % (t, c.site), '%s - %s' % (t, c.site), '%s（全文）' % t, '——%s' % t,
             '%s｜全文来了！' % s, '重磅！%s全文发布' % s, '%s（摘要）' % t, '%s …' % s, '权威发布丨' + t,
             '《%s》' % t, '%s【全文】' % s, t + ' - ' + c.site + ' - ' + r.choice(['政府门户网站', '首页', 'www.' + c.domain.split('.', 1)[1]])]
    f = r.choice(forms)
    if r.random() < 0.15 and len(t) > 12:
        k = len(t) // 2
        return [L(t[:k], 'title_repeat'), L(t[k:], 'title_repeat')]
    return [L(f, 'title_repeat')]


def b_meta_portal(c):
    r = c.r
    src = r.choice([c.host + '人民政府办公室', c.host + '政府', c.doc.place + '人民政府', '市政府研究室', '本网', c.site])
    s = r.randint(0, 4)
    if s == 0:
        return [L('发布时间：%s　来源：%s　浏览次数：%d' % (c.d(), src, c.views), 'metadata')]
    if s == 1:
        return [L('时间：' + c.d(), 'metadata'), L('来源：' + src, 'metadata'), L('阅读：%d次' % c.views, 'metadata')]
    if s == 2:
        return [L('%s    信息来源：%s    【打印】【关闭】' % (c.d(), src), 'metadata')]
    if s == 3:
        return [L('发布日期: %s | 作者: %s | 点击数: %d' % (c.d(), name(r), c.views), 'metadata')]
    return [L('日期：%s　　文章来源：%s' % (c.d('%Y-%m-%d'), src), 'metadata')]


def b_xxgk(c):
    """政务公开 metadata table with 索引号."""
    r = c.r
    idx = '%s/%s-%s-%s' % (digits(r, 9) + r.choice('ABCDEFGHJK'), r.choice(['00', '01', '02', '03']), c.d('%Y'), digits(r, 6))
    org = c.doc.place + '人民政府' if c.doc.folder != 'cpc_congress_wikisource' else c.site
    docno = getattr(c.doc, 'docno', '')
    rows = [('索引号', idx), ('发布机构', org), ('生成日期', c.d('%Y-%m-%d')), ('主题分类', r.choice(['综合政务', '政府工作报告', '国民经济管理', '其他'])),
            ('公开方式', '主动公开'), ('公开范围', '面向全社会'), ('文号', docno or '无'), ('名称', c.doc.title), ('有效性', '有效')]
    if r.random() < 0.5:
        rows = rows[:r.randint(5, 9)]
    s = r.randint(0, 3)
    if s == 0:
        return [L('%s：%s' % kv, 'metadata') for kv in rows]
    if s == 1:
        out = []
        for i in range(0, len(rows), 2):
            out.append(L('\t'.join('%s：\t%s' % kv for kv in rows[i:i + 2]), 'metadata'))
        return out
    if s == 2:
        out = []
        for k, v in rows:
            out += [L(k, 'metadata'), L(v, 'metadata')]
        return out
    return [L('  '.join('%s: %s' % kv for kv in rows[:4]), 'metadata'), L('  '.join('%s: %s' % kv for kv in rows[4:]), 'metadata')]


def b_fontsize(c):
    r = c.r
    return [L(r.choice(['字号：大 中 小', '【字体：大 中 小】', '字体大小：A+ A A-', '[ 大 ] [ 中 ] [ 小 ]', '文字：大  中  小  |  打印  |  关闭',
                        '字号 T | T | T', '选择阅读字号：超大 大 标准']), 'toolbar_fontsize')]


def b_actions(c):
    r = c.r
    k = ['打印', '关闭', '收藏', '纠错', '返回顶部', '保存', '分享']
    r.shuffle(k)
    s = r.randint(0, 2)
    if s == 0:
        return [L('【%s】' % '】【'.join(k[:r.randint(2, 4)]), 'toolbar_actions')]
    if s == 1:
        return [L(x, 'toolbar_actions') for x in k[:3]]
    return [L(' | '.join(['[%s]' % x for x in k[:r.randint(2, 5)]]), 'toolbar_actions')]


def b_share(c):
    r = c.r
    k = ['微信', '微博', 'QQ空间', 'QQ好友', '朋友圈', '豆瓣', '复制链接']
    r.shuffle(k)
    s = r.randint(0, 3)
    if s == 0:
        return [L(r.choice(['分享到：', '分享：', '分享至', '转发到']) + ' '.join(k[:4]), 'share')]
    if s == 1:
        return [L('分享', 'share')] + [L(x, 'share') for x in k[:3]]
    if s == 2:
        return [L('↗ 分享  ♡ %d  ☆ 收藏' % r.randint(3, 900), 'share')]
    return [L('Share: WeChat · Weibo · Link', 'share')]


def b_audio(c):
    r = c.r
    s = r.randint(0, 3)
    if s == 0:
        return [L('🔊 听全文', 'audio'), L('00:00 / %02d:%02d' % (r.randint(8, 59), r.randint(0, 59)), 'audio')]
    if s == 1:
        return [L('点击收听本文　▷ 语音播报', 'audio')]
    if s == 2:
        return [L('[音频] 本文语音由AI合成，时长%d分%d秒' % (r.randint(5, 40), r.randint(0, 59)), 'audio')]
    return [L('播报语速：0.75x　1.0x　1.25x　1.5x', 'audio'), L('暂停播放', 'audio')]


def b_video(c):
    r = c.r
    s = r.randint(0, 3)
    if s == 0:
        return [L('▶ %02d:%02d' % (r.randint(1, 12), r.randint(0, 59)), 'video'), L(r.choice(['加载中，请稍候…', '视频正在加载']), 'video')]
    if s == 1:
        return [L('[视频] %s%s' % (c.doc.short, r.choice(['精彩瞬间', '现场直击', '一分钟速览', '划重点'])), 'video'), L('视频：%s融媒体中心' % c.host, 'video')]
    if s == 2:
        return [L('Your browser does not support HTML5 video.', 'video')]
    return [L('播放　暂停　音量　%s　全屏' % r.choice(['流畅', '高清', '1080P']), 'video'), L('0:00 / %d:%02d' % (r.randint(1, 9), r.randint(0, 59)), 'video')]


def b_caption(c):
    r = c.r
    who = name(r)
    fs = ['%s召开现场。%s 摄' % (r.choice(['大会', '会议', '开幕式']), who),
          '△ %s开幕现场 图源：%s' % (c.doc.short[:8], r.choice(['IC photo', '东方IC', '本台记者', '网络'])),
          '（图为会议现场，记者%s/摄）' % who, '图片来源：' + r.choice(['新华社', '人民图片', c.host + '发布', '视觉中国']),
          '↑ 点击图片可放大', '资料图片', '▼ 长图预警 ▼', '图：%s作报告。通讯员 %s 供图' % (r.choice(['政府主要负责同志', '代表们认真审议', '大会主席团']), who),
          '[图片]', '(图 / %s)' % who, '左右滑动查看更多图片']
    out = [L(r.choice(fs), 'caption')]
    if r.random() < 0.25:
        out.insert(0, L(r.choice(['<img src="/uploads/%s.jpg" alt="">' % digits(r, 10), '[img]', '![](%s.png)' % digits(r, 8)]), 'html_residue'))
    return out


def b_intro(c):
    r = c.r
    t = c.doc.title
    m, dd = c.date.month, c.date.day
    fs = ['编者按：%d月%d日，%s。现将%s全文刊发如下，供学习参考。' % (m, dd, r.choice(['大会隆重开幕', '会议在会场召开', '会议审议了报告']), t),
          '导读：%s回顾了过去一年的工作，部署了今年的重点任务。一起来看全文↓↓↓' % t,
          '摘要：本文为《%s》，共%d字，阅读约需%d分钟。' % (t, r.randint(8000, 26000), r.randint(15, 60)),
          '小编按：很多朋友后台留言要报告原文，今天整理出来了，建议收藏！',
          '【导语】%s全文发布，干货满满，速看！' % c.doc.short,
          '（以下内容为报告全文，小标题为原文所有）',
          '全文如下：', '报告全文 ↓']
    out = [L(r.choice(fs), 'intro')]
    if r.random() < 0.3:
        out.append(L(r.choice(['以下为全文：', '报告原文如下', '👇👇👇']), 'intro'))
    return out


def b_toc(c):
    r = c.r
    hs = c.doc.headings[:r.randint(3, 8)]
    if len(hs) < 2:
        return []
    out = [L(r.choice(['目录', '目 录', '【目录】', 'CONTENTS', '本文目录']), 'toc')]
    pg = r.randint(1, 3)
    for i, h in enumerate(hs):
        pg += r.randint(1, 4)
        s = r.randint(0, 2)
        if s == 0:
            out.append(L('%s%s%d' % (h, '.' * r.randint(6, 20), pg), 'toc'))
        elif s == 1:
            out.append(L('%s ………… %d' % (h, pg), 'toc'))
        else:
            out.append(L('%d. %s' % (i + 1, h.split('、', 1)[-1]), 'toc'))
    return out


def b_ads(c):
    r = c.r
    fs = ['广告', '【推广】公务员考试一站式备考，名师直播课限时0元领', '▍广告 ×', '点击领取：2025年最新申论范文合集（PDF）',
          'AD  装修报价计算器｜输入面积立即获取报价', '赞助内容：%s本地生活优惠，扫码领券' % c.host, '—— 广告 ——',
          '考编上岸必看｜立即咨询 >', '精品课程推荐：公文写作从入门到精通', '【限时】开通会员享8折']
    out = [L(r.choice(fs), 'ads')]
    if r.random() < 0.4:
        out.append(L(r.choice(['了解详情', '立即抢购 →', '关闭广告', 'Sponsored']), 'ads'))
    return out


def b_app(c):
    r = c.r
    app = r.choice(['人民日报', '新华社', '学习强国', '南方+', '川观新闻', '齐鲁壹点', '潮新闻', '长江云', '上游新闻', '冀云', '看度', '今日头条'])
    fs = ['打开%s APP，阅读全文' % app, '%s客户端内打开 >' % app, '下载%s，看更多权威资讯' % app, '在APP内查看，体验更好',
          '打开App 查看更多精彩内容', '▷ 用%s打开' % app, '立即下载%s' % app]
    out = [L(r.choice(fs), 'app_banner')]
    if r.random() < 0.4:
        out.append(L(r.choice(['×', '打开', '继续浏览网页', 'App内阅读']), 'app_banner'))
    return out


def b_paywall(c):
    r = c.r
    fs = ['展开全文 ∨', '点击阅读全文', '余下%d%%内容需付费查看' % r.randint(30, 85), '—— 试读结束 ——',
          '开通VIP，免费下载本文档', '本文剩余%d页未读，继续阅读' % r.randint(2, 30), '继续阅读 ⌄', '查看完整内容请登录']
    return [L(r.choice(fs), 'paywall')]


def b_mojibake(c):
    r = c.r
    src = r.choice([c.site, c.doc.short, '返回首页', '分享到微信', '打印本页', '相关链接', '网站地图'])
    return [L(mojibake(r, src), 'mojibake')]


def b_html(c):
    r = c.r
    fs = ['</div>', '<div class="TRS_Editor">', '&nbsp;&nbsp;', '<p style="text-indent:2em">', '<!-- 正文结束 -->',
          '<br/>', 'var _hmt = _hmt || [];', '{{article.source}}', '</p>', '<span id="zoom">', '&emsp;', '[/url]']
    return [L(r.choice(fs), 'html_residue')]


def b_watermark(c):
    r = c.r
    fs = ['%s %s' % (name(r), c.d('%Y-%m-%d %H:%M')), '内部资料 注意保存', '仅供学习参考', '%s 专用' % c.site,
          'www.' + c.domain.split('.', 1)[1], '%s%s' % (digits(r, 4), name(r))]
    return [L(r.choice(fs), 'watermark')]


def b_pagination(c):
    r = c.r
    n = r.randint(2, 6)
    k = r.randint(1, n)
    fs = ['上一页 %s 下一页' % ' '.join(str(i) for i in range(1, n + 1)), '第%d页 / 共%d页' % (k, n), '< 1 2 3 … %d >' % n,
          '[1] [2] [3] 下一页', '首页 上一页 %d 下一页 尾页' % k, '共%d页: 上一页 1 2 下一页' % n]
    return [L(r.choice(fs), 'pagination')]


def b_attach(c):
    r = c.r
    t = c.doc.title
    out = [L(r.choice(['附件：', '相关附件', '附件下载：', '📎 附件']), 'attachment')]
    for i in range(r.randint(1, 3)):
        out.append(L('%s%s%s' % (r.choice(['', '%d. ' % (i + 1), '· ']), r.choice([t, t + '（图解）', t + '名词解释', '报告全文']),
                                 r.choice(['.pdf', '.docx', '.doc', '.pdf（%dKB）' % r.randint(120, 3800), '.wps'])), 'attachment'))
    return out


def b_qr(c):
    r = c.r
    fs = ['扫一扫在手机打开当前页', '微信扫码 分享本页', '扫描二维码关注%s' % c.site, '[二维码]', '手机扫码阅读', '📱 扫码看全文']
    return [L(r.choice(fs), 'qr')]


def b_related(c):
    r = c.r
    y = c.date.year
    heads = ['%s召开%d年经济工作会议' % (c.host, y - 1), '图解：一图读懂%s' % c.doc.short, '%s举行新闻发布会' % c.host,
             '关于做好%d年春节期间有关工作的通知' % y, '%s代表热议政府工作报告' % c.host.rstrip('市'),
             '政府工作报告中的这些民生实事，与你有关', '专家解读：%s' % c.doc.short, '%d年%s政府工作报告（全文）' % (y - 1, c.host),
             '%s：%d项民生实事项目全部完成' % (c.host, r.randint(10, 30)), '数说%d｜这些数字里的发展成就' % (y - 1)]
    r.shuffle(heads)
    out = [L(r.choice(['相关阅读', '相关新闻', '【相关链接】', '推荐阅读', '延伸阅读：', '猜你喜欢']), 'related')]
    for h in heads[:r.randint(2, 5)]:
        s = r.randint(0, 3)
        out.append(L(h if s == 0 else '· ' + h if s == 1 else '%s\t%s' % (h, c.d('%Y-%m-%d')) if s == 2 else '▪ %s [%s]' % (h, c.d('%m-%d')), 'related'))
    return out


def b_prevnext(c):
    r = c.r
    a = '%s%d年%s' % (c.host, c.date.year, r.choice(['国民经济和社会发展统计公报', '预算执行情况的报告', '工作要点']))
    b = '%s关于%s的通知' % (c.host + '人民政府', r.choice(['印发重点工作分工方案', '做好安全生产工作', '进一步优化营商环境']))
    s = r.randint(0, 1)
    if s == 0:
        return [L('上一篇：' + a, 'prevnext'), L('下一篇：' + b, 'prevnext')]
    return [L('< 上一条　%s    下一条　%s >' % (a[:12] + '…', b[:12] + '…'), 'prevnext')]


def b_comments(c):
    r = c.r
    out = [L(r.choice(['网友评论', '评论（%d）' % r.randint(0, 400), '全部评论', '热门评论', '留言']), 'comments')]
    says = ['写得好，干货满满！', '期待今年的民生实事早日落地', '学习了👍', '我们县什么时候通高铁？', '收藏了，写材料用得上',
            '数据很亮眼', '支持！', '希望能多关注一下就业问题', '沙发', '转发学习']
    for _ in range(r.randint(1, 4)):
        nm = r.choice([name(r), '用户' + digits(r, 7), '网友' + digits(r, 4), '匿名']) 
        s = r.randint(0, 2)
        if s == 0:
            out.append(L('%s：%s' % (nm, r.choice(says)), 'comments'))
        elif s == 1:
            out += [L(nm + '　' + r.choice(['北京', '广东', '浙江', '四川', '河南', '湖南']), 'comments'), L(r.choice(says), 'comments'),
                    L('%s　回复　赞 %d' % (c.d('%m-%d'), r.randint(0, 99)), 'comments')]
        else:
            out.append(L('%s %s 说：%s' % (nm, c.d('%Y-%m-%d'), r.choice(says)), 'comments'))
    if r.random() < 0.5:
        out.append(L(r.choice(['发表评论', '我来说两句', '请文明发言', '查看更多评论 >']), 'comments'))
    return out


def b_follow(c):
    r = c.r
    fs = ['↑ 点击上方蓝字关注我们', '关注「%s」，获取更多资讯' % c.site, '点击关注，每日推送权威解读', '长按识别二维码关注',
          '喜欢本文请点“在看”', '⭐ 设为星标，不错过每一篇', '关注我们 ▶ 获取最新政策', '+ 关注']
    return [L(r.choice(fs), 'follow')]


def b_disclaimer(c):
    r = c.r
    fs = ['免责声明：本文转自网络，版权归原作者所有，如有侵权请联系删除。', '声明：转载此文是出于传递更多信息之目的，不代表本站观点。',
          '本站部分文章来源于网络，仅供学习交流。', '【版权说明】本文档由用户上传，内容仅供参考。',
          '*文中数据以官方发布为准', '（转载请注明出处）', '本号所发内容均来自公开渠道，仅作学习分享。']
    return [L(r.choice(fs), 'disclaimer')]


def b_tags(c):
    r = c.r
    k = ['政府工作报告', c.host.rstrip('市'), '两会', '高质量发展', '民生', '营商环境', str(c.date.year), '全文', '经济']
    r.shuffle(k)
    k = k[:r.randint(2, 5)]
    s = r.randint(0, 2)
    if s == 0:
        return [L('标签：' + ' '.join(k), 'tags')]
    if s == 1:
        return [L(' '.join('#' + x for x in k), 'tags')]
    return [L('关键词：' + '，'.join(k), 'tags')]


def b_feedback(c):
    r = c.r
    fs = [['本页内容是否有帮助？', '有帮助　没帮助'], ['【我要纠错】'], ['信息纠错', '在线咨询'], ['页面满意度：☆☆☆☆☆'], ['对本文有疑问？点击留言']]
    return [L(x, 'feedback') for x in r.choice(fs)]


def b_robot(c):
    r = c.r
    nm = r.choice(['小政', '政务小助手', '智能客服', '小' + c.host[0]])
    out = [L('%s：您好！我是%s，有什么可以帮您？' % (nm, nm), 'robot')]
    if r.random() < 0.6:
        out.append(L(r.choice(['输入问题，按回车发送', '热点问题：社保查询　公积金提取　不动产登记', '转人工', '智能问答 ▶']), 'robot'))
    return out


def b_cookie(c):
    r = c.r
    fs = [['本网站使用Cookie以提升浏览体验，继续访问即表示同意。', '同意并继续'], ['We use cookies to improve your experience.', 'Accept all   Reject'],
          ['为了更好地为您服务，我们会收集必要的浏览信息。详见《隐私政策》', '我同意　不同意']]
    return [L(x, 'cookie') for x in r.choice(fs)]


def b_login(c):
    r = c.r
    fs = [['登录后可收藏、评论'], ['请登录', '手机号', '验证码', '获取验证码'], ['未登录 | 立即登录'], ['Sign in / 注册']]
    return [L(x, 'login') for x in r.choice(fs)]


def b_link(c):
    r = c.r
    fs = ['原文链接：' + c.url(), '本文链接：' + c.url(), c.url(), '阅读原文', '来源链接：[%s](%s)' % (c.site, c.url()),
          '点击文末“阅读原文”下载报告全文', '转载自：' + c.url()]
    return [L(r.choice(fs), 'link')]


def b_footer(c):
    r = c.r
    prov = r.choice(['京', '沪', '苏', '浙', '皖', '鲁', '豫', '湘', '粤', '川', '黔', '滇', '陕', '甘', '赣', '闽', '鄂', '冀'])
    lines = [r.choice(['主办：%s' % c.site, '主办单位：%s办公室' % c.site, 'Copyright © %d %s All Rights Reserved' % (c.date.year, c.site)]),
             r.choice(['承办：%s大数据中心' % c.host, '网站维护：%s信息中心' % c.host, '技术支持：%s%s网络科技有限公司' % (r.choice(['云', '智', '数', '拓']), r.choice(['创', '联', '维']))]),
             '%sICP备%s号-%d' % (prov, digits(r, 8), r.randint(1, 5)),
             '%s公网安备 %s号' % (prov, digits(r, 14)),
             '网站标识码：%s' % digits(r, 10),
             r.choice(['联系我们 | 网站地图 | 隐私声明', '关于我们　联系电话：0%s-%s' % (digits(r, 3), digits(r, 8)), '建议使用1920×1080分辨率浏览'])]
    k = lines[:]
    r.shuffle(k)
    k = k[:r.randint(2, 6)]
    if r.random() < 0.3:
        return [L('　'.join(k), 'footer')]
    return [L(x, 'footer') for x in k]


def b_wechat_head(c):
    r = c.r
    acct = c.site
    out = []
    if r.random() < 0.5:
        out.append(L(r.choice(['原创', '转载']) + ' ' + name(r) + ' ' + acct, 'metadata'))
    else:
        out.append(L(acct, 'metadata'))
    out.append(L(c.d(r.choice(['%Y-%m-%d %H:%M', '%Y年%m月%d日 %H:%M'])) + ' ' + r.choice(['北京', '江苏', '山东', '四川', '湖北', '陕西']), 'metadata'))
    if r.random() < 0.5:
        out.append(L('收录于合集 #%s %d个' % (r.choice(['学习资料', '两会', '政府工作报告', '公文范文']), r.randint(3, 90)), 'tags'))
    return out


def b_wechat_tail(c):
    r = c.r
    out = [L(r.choice(['END', '- END -', '—— END ——', '/ 完 /']), 'metadata')]
    if r.random() < 0.6:
        out.append(L('来源 | %s\n编辑 | %s\n审核 | %s' % (c.doc.place + '人民政府网站' if c.doc.folder != 'cpc_congress_wikisource' else '共产党员网', name(r), name(r)), 'metadata'))
    out.append(L(r.choice(['分享　收藏　点赞　在看', '阅读 %s　在看 %d' % (r.choice([str(r.randint(100, 9999)), '10万+']), r.randint(1, 400)), '👍 赞 %d' % r.randint(2, 300)]), 'share'))
    out.append(L(r.choice(['写留言', '留言', '精选留言']), 'comments'))
    return out


def b_wenku_head(c):
    r = c.r
    out = [L('%s.%s' % (c.doc.title, r.choice(['docx', 'pdf', 'doc'])), 'title_repeat'),
           L('%s上传于%s　%d页　%s' % (r.choice(['用户', '文库会员', '']) + name(r), c.d('%Y-%m-%d'), r.randint(8, 60),
                                     r.choice(['%.1f分' % (r.randint(35, 50) / 10), '%d人阅读' % r.randint(10, 9000), '%dKB' % r.randint(30, 900)])), 'metadata')]
    if r.random() < 0.5:
        out.append(L(r.choice(['VIP免费下载', '下载券：%d' % r.randint(1, 8), '¥%d.%d0 立即下载' % (r.randint(1, 30), r.randint(0, 9)), '举报　收藏　下载']), 'paywall'))
    return out


def b_forum_head(c):
    r = c.r
    u = name(r) if r.random() < 0.4 else r.choice(['老刘', '蓝天', '风', 'xiaoyu', '学习者', '路人甲']) + digits(r, r.randint(0, 4))
    c.op = u
    out = [L(r.choice(['楼主：%s' % u, '%s 楼主' % u, '发帖人：' + u, '[楼主] ' + u]), 'metadata'),
           L(r.choice(['发表于 %s' % c.d('%Y-%m-%d %H:%M'), '%s　IP属地：%s' % (c.d('%Y-%m-%d'), r.choice(['广东', '河北', '江西', '上海', '辽宁'])),
                       '查看：%d | 回复：%d' % (c.views, r.randint(0, 200))]), 'metadata')]
    return out


def b_forum_floor(c):
    r = c.r
    u = getattr(c, 'op', '楼主')
    c.floor = getattr(c, 'floor', 1) + 1
    fs = ['%d楼  %s' % (c.floor, u), '#%d  %s  发表于 %s' % (c.floor, u, c.d('%Y-%m-%d %H:%M')), '（续上）', '—— %d楼 ——' % c.floor,
          '回复 %d#' % c.floor, '%s  %d# 楼主' % (u, c.floor)]
    return [L(r.choice(fs), 'metadata')]


def b_mobile_bar(c):
    r = c.r
    out = [L(r.choice(['< 返回', '‹', '← ', '✕', '< ' + c.site]), 'nav')]
    if r.random() < 0.5:
        out.append(L(r.choice(['···', '⋮', '…', '分享']), 'nav'))
    return out


def b_mobile_meta(c):
    r = c.r
    return [L(r.choice(['%s　%s' % (c.site, c.d('%m-%d %H:%M')), '%s · %s · %s人看过' % (c.site, c.d('%Y-%m-%d'), c.views),
                        '%s %s 发布于%s' % (name(r), c.d('%Y-%m-%d'), r.choice(['北京', '广东', '浙江', '江苏']))]), 'metadata')]


def b_footer_short(c):
    r = c.r
    return [L(r.choice(['返回顶部', '© %d %s' % (c.date.year, c.site), '本文来自%s' % c.site, '— 返回 —', '关闭窗口']), 'footer')]


# ---------------------------------------------------------------------------------------------- styles
PORTAL_SITES = ['{host}人民政府', '{host}人民政府门户网站', '{host}发展和改革委员会', '中国{host}', '{county}人民政府', '{county}人民政府网',
                '{host}统计局', '{host}政务服务网']
COUNTIES = ['长丰县', '平江县', '仙居县', '宁乡市', '新津区', '临朐县', '桐庐县', '宜良县', '泾县', '安福县', '岐山县', '舒城县', '永嘉县', '涞水县']
SITES = {
    'news': ['人民网', '新华网', '光明网', '中国青年网', '大众网', '红网', '荆楚网', '浙江在线', '北青网', '九派新闻', '潇湘晨报', '南方都市报', '东南网', '西部网', '中工网'],
    'party': ['共产党员网', '中国共产党新闻网', '求是网', '党建网', '先锋网', '灯塔—党建在线', '新湘先锋', '紫金山党建', '清风网', '理论网'],
    'wechat': ['{hostshort}发布', '党建读物', '公考资料库', '政研参考', '笔杆子写作', '学习小组', '机关文稿', '基层治理观察', '材料之家', '政务参考'],
    'wenku': ['百度文库', '道客巴巴', '原创力文档', '豆丁网', '360文库', '爱问共享资料', '淘豆网', '第一范文网', '文档投稿赚钱网', '麦档网'],
    'forum': ['天涯社区', '百度贴吧', '知乎', '搜狐号', '百家号', '强国论坛', '凯迪社区', '西祠胡同', '网易号', '铁血社区'],
    'mobile': ['人民日报客户端', '新华社客户端', '学习强国', '腾讯新闻', '今日头条', '澎湃新闻', '新浪新闻', '凤凰新闻', '央视频', '百度APP'],
    'pdf': ['附件PDF', 'WPS文档', 'Word文档', '政府公报PDF', '福昕PDF阅读器', '腾讯文档', '石墨文档', '金山文档'],
}


def site_for(r, style, doc):
    if style == 'portal':
        host = doc.place if doc.folder in ('city_gwr_2024', 'provincial_gwr_2025') else r.choice(['', '江苏省', '湖南省', '浙江省', '四川省', '云南省'])
        if not host:
            return r.choice(['中国政府网', '国家发展和改革委员会', '国务院国有资产监督管理委员会', '司法部', '国家统计局'])
        return r.choice(PORTAL_SITES).format(host=host, county=r.choice(COUNTIES))
    s = r.choice(SITES[style])
    return s.format(hostshort=re.sub('(市|省|自治区|壮族|回族|维吾尔|特别行政区)+$', '', doc.place) or '国务院')


def assemble(c, head, mids, tail, layout):
    """Build the page: head blocks, content with chrome between paragraphs, tail blocks."""
    r = c.r
    return head, mids, tail, layout


def build_content(c, doc, s, e, layout, mid_fn, mid_rate):
    """Content lines with chrome between paragraphs (non-pdf styles). Returns [(text, label, kind, para)]."""
    r = c.r
    out = []
    indent = layout['indent']
    n = len(doc.paras)
    for p in range(s, e + 1):
        if p > s:
            bl = layout['blank']
            if bl == '1':
                out.append(('', 'blank', 'blank', ''))
            elif bl == '2':
                out += [('', 'blank', 'blank', '')] * 2
            elif bl == 'ws':
                out.append((r.choice([' ', '\u3000', '\u3000\u3000', '\t', '  ']), 'blank', 'blank', ''))
            if r.random() < mid_rate:
                fn = mid_fn(c)
                layout.setdefault('mids', []).append(fn.__name__[2:])
                for t, k in fn(c):
                    out.append((t, 'chrome' if k else 'blank', k or 'blank', ''))
                if bl != '0':
                    out.append(('', 'blank', 'blank', ''))
        text = doc.paras[p]
        kind = content_kind(text, p, n)
        ind = '' if (kind == 'heading' and layout['head_noindent']) else indent
        out.append((ind + text, 'content', kind, str(p)))
    return out


def wrap_para(text, width, first):
    """Cut a paragraph into pieces of `width` chars (the first `first`), closing punctuation hangs on."""
    pieces = []
    i = 0
    w = first
    while i < len(text):
        j = min(len(text), i + w)
        while j < len(text) and text[j] in CLOSERS and j - i < w + 3:
            j += 1
        while j < len(text) and (text[j].isspace() or text[j - 1].isspace()):
            j += 1
        pieces.append(text[i:j])
        i = j
        w = width
    return pieces


PAGE_NUM = [lambda k, n: '- %d -' % k, lambda k, n: '— %d —' % k, lambda k, n: '第%d页，共%d页' % (k, n),
            lambda k, n: '%d / %d' % (k, n), lambda k, n: fw(str(k)), lambda k, n: '－ %d －' % k, lambda k, n: '%d' % k,
            lambda k, n: '第 %d 页' % k, lambda k, n: 'Page %d of %d' % (k, n), lambda k, n: '·%d·' % k,
            lambda k, n: '第%s页' % cn_small(k), lambda k, n: '[%d]' % k]


def build_pdf(c, doc, s, e, layout):
    r = c.r
    width = layout['width']
    per_page = r.randint(14, 30)
    indent = layout['indent']
    pn = PAGE_NUM[layout['pnum']]
    printed = layout['printed']
    header = r.choice([doc.title, doc.place + '人民政府' if doc.folder != 'cpc_congress_wikisource' else '中国共产党全国代表大会文件',
                       doc.short, '%s（%s）' % (doc.title, r.choice(['全文', '公开版', '定稿'])), '%s文件' % (doc.place if doc.place != '中共中央' else '中共中央')])
    if header in doc.paras:
        header = header + ' '
    body = []
    n = len(doc.paras)
    for p in range(s, e + 1):
        text = doc.paras[p]
        kind = content_kind(text, p, n)
        ind = indent if kind != 'heading' or r.random() < 0.5 else ''
        first = width - (2 if ind else 0)
        pieces = wrap_para(text, width, first) if len(text) > first else [text]
        for i, piece in enumerate(pieces):
            body.append(((ind if i == 0 else '') + piece, kind, str(p)))
        if layout['blank'] == '1' and p < e:
            body.append(None)
    total = (len(body) + per_page - 1) // per_page + r.randint(0, 4)
    start_page = r.randint(1, 6)
    out = []
    line_no = 0
    page = start_page
    url = c.url()
    ptop = '%s %s%s　%s' % (c.d('%Y/%m/%d'), r.choice(['', '上午', '下午']), '%d:%02d' % (r.randint(1, 12), r.randint(0, 59)),
                           r.choice([doc.title[:20] + ' - ' + c.site, doc.short + '_' + c.site, doc.title]))
    if printed:
        out.append((ptop, 'chrome', 'print_header', ''))
    for item in body:
        if line_no and line_no % per_page == 0:
            # page break
            if printed:
                out.append(('%s　　%d/%d' % (url, page, total + start_page), 'chrome', 'print_header', ''))
                out.append(('', 'blank', 'blank', ''))
                page += 1
                out.append((ptop, 'chrome', 'print_header', ''))
            else:
                if r.random() < 0.3:
                    out.append(('', 'blank', 'blank', ''))
                out.append((r.choice(['', '  ', '\u3000' * 8, ' ' * 18]) + pn(page, total + start_page), 'chrome', 'pagination', ''))
                if layout['watermark']:
                    out.append((layout['watermark'], 'chrome', 'watermark', ''))
                out.append(('', 'blank', 'blank', ''))
                page += 1
                if layout['runhead']:
                    out.append((header, 'chrome', 'running_header', ''))
                    if r.random() < 0.5:
                        out.append(('', 'blank', 'blank', ''))
        line_no += 1
        if item is None:
            out.append(('', 'blank', 'blank', ''))
        else:
            out.append((item[0], 'content', item[1], item[2]))
    out.append(('', 'blank', 'blank', ''))
    if printed:
        out.append(('%s　　%d/%d' % (url, page, total + start_page), 'chrome', 'print_header', ''))
    else:
        out.append((pn(page, total + start_page), 'chrome', 'pagination', ''))
    return out


MID = {
    'portal': [b_caption, b_video, b_html, b_mojibake, b_pagination, b_audio],
    'news': [b_caption, b_ads, b_video, b_app, b_html, b_pagination, b_caption],
    'party': [b_caption, b_audio, b_html, b_follow, b_mojibake],
    'wechat': [b_caption, b_follow, b_ads, b_caption, b_video, b_html],
    'wenku': [b_paywall, b_ads, b_pagination, b_watermark, b_mojibake],
    'forum': [b_forum_floor, b_forum_floor, b_ads, b_caption, b_mojibake],
    'mobile': [b_app, b_paywall, b_ads, b_caption, b_related],
}


def mid_pick(r, style, mids):
    if style == 'forum' and r.random() < 0.6:
        return b_forum_floor
    return r.choice(mids)


def plan(c, style, doc):
    r = c.r
    head, tail = [], []
    if style == 'portal':
        head = [x for x in [b_mojibake if r.random() < .15 else None, b_cookie if r.random() < .2 else None, b_access if r.random() < .5 else None, b_topbar, b_sitename, b_menu,
                            b_breadcrumb, b_title if r.random() < .8 else None, b_xxgk if r.random() < .5 else b_meta_portal,
                            b_fontsize if r.random() < .6 else None, b_audio if r.random() < .2 else None] if x]
        tail = [x for x in [b_attach if r.random() < .4 else None, b_actions, b_share if r.random() < .5 else None, b_qr if r.random() < .4 else None,
                            b_feedback if r.random() < .4 else None, b_prevnext if r.random() < .5 else None, b_related if r.random() < .5 else None,
                            b_robot if r.random() < .3 else None, b_footer] if x]
    elif style == 'news':
        head = [x for x in [b_app if r.random() < .3 else None, b_login if r.random() < .3 else None, b_menu, b_breadcrumb if r.random() < .5 else None,
                            b_title, b_meta_portal, b_share if r.random() < .4 else None, b_intro if r.random() < .5 else None,
                            b_video if r.random() < .3 else None] if x]
        tail = [x for x in [b_pagination if r.random() < .3 else None, lambda c: [L('（责任编辑：%s）' % name(c.r), 'metadata')],
                            b_tags if r.random() < .5 else None, b_share, b_related, b_comments if r.random() < .5 else None,
                            b_disclaimer if r.random() < .3 else None, b_mojibake if r.random() < .3 else None, b_footer] if x]
    elif style == 'party':
        head = [x for x in [b_topbar if r.random() < .4 else None, b_menu, b_breadcrumb, b_title, b_meta_portal, b_fontsize if r.random() < .5 else None,
                            b_intro if r.random() < .5 else None, b_toc if r.random() < .3 else None] if x]
        tail = [x for x in [lambda c: [L(c.r.choice(['（来源：%s）' % c.site, '责编：%s　审核：%s' % (name(c.r), name(c.r)), '【编辑：%s】' % name(c.r)]), 'metadata')],
                            b_link if r.random() < .4 else None, b_actions, b_related, b_qr if r.random() < .4 else None, b_footer] if x]
    elif style == 'wechat':
        head = [x for x in [b_title, b_wechat_head, b_follow if r.random() < .6 else None, b_audio if r.random() < .3 else None,
                            b_intro if r.random() < .7 else None, b_caption if r.random() < .4 else None] if x]
        tail = [x for x in [b_disclaimer if r.random() < .5 else None, b_wechat_tail, b_follow if r.random() < .5 else None,
                            b_qr if r.random() < .4 else None, b_link if r.random() < .5 else None, b_related if r.random() < .3 else None] if x]
    elif style == 'wenku':
        head = [x for x in [b_login if r.random() < .4 else None, b_menu if r.random() < .4 else None, b_wenku_head,
                            b_toc if r.random() < .6 else None, b_disclaimer if r.random() < .3 else None] if x]
        tail = [x for x in [b_paywall, lambda c: [L(c.r.choice(['下载文档', '下载本文档需要%d积分' % c.r.randint(2, 20), '立即下载（%d.%dMB）' % (c.r.randint(0, 3), c.r.randint(1, 9))]), 'paywall')],
                            b_disclaimer if r.random() < .5 else None, b_related, b_feedback if r.random() < .3 else None, b_footer] if x]
    elif style == 'forum':
        head = [x for x in [b_login if r.random() < .3 else None, b_menu if r.random() < .5 else None, b_breadcrumb if r.random() < .5 else None,
                            b_title, b_forum_head, b_tags if r.random() < .3 else None] if x]
        tail = [x for x in [b_share if r.random() < .5 else None, b_comments, b_pagination if r.random() < .4 else None,
                            b_disclaimer if r.random() < .4 else None, b_footer if r.random() < .5 else b_footer_short] if x]
    elif style == 'mobile':
        head = [x for x in [b_mobile_bar, b_app if r.random() < .6 else None, b_title, b_mobile_meta, b_follow if r.random() < .3 else None,
                            b_audio if r.random() < .3 else None] if x]
        tail = [x for x in [b_paywall if r.random() < .5 else None, b_share if r.random() < .5 else None, b_related, b_comments if r.random() < .5 else None,
                            b_app, b_footer_short if r.random() < .5 else None] if x]
    else:  # pdf
        sub = r.choice(['viewer', 'viewer', 'bare', 'wps', 'govattach'])
        c.pdf_sub = sub
        if sub == 'viewer':
            head = [lambda c: [L(c.r.choice(['%s.pdf' % c.doc.title, c.doc.title + '.pdf - ' + c.site]), 'title_repeat'),
                               L(c.r.choice(['1 / %d　－ %d%% ＋　⤓ 下载　🖶 打印' % (c.r.randint(8, 40), c.r.choice([75, 100, 125, 150])),
                                             '页 1 共 %d 页　适合宽度　旋转　下载' % c.r.randint(8, 40), '◀ 1/%d ▶　缩放 100%%' % c.r.randint(8, 40)]), 'toolbar_actions')]]
            tail = [lambda c: [L(c.r.choice(['— 已到文档末尾 —', '文档结束', '下载原文件']), 'toolbar_actions')]]
        elif sub == 'wps':
            head = [lambda c: [L('%s.docx%s' % (c.doc.short, c.r.choice(['', ' - WPS Office', '  [兼容模式]'])), 'title_repeat'),
                               L(c.r.choice(['文件　开始　插入　页面布局　引用　审阅　视图', '仅查看　|　编辑　|　分享　|　另存为']), 'toolbar_actions'),
                               L('最后修改：%s %s' % (c.d('%Y-%m-%d %H:%M'), name(c.r)), 'metadata')]]
            tail = [lambda c: [L('字数：%d　页数：%d　%s' % (c.r.randint(6000, 30000), c.r.randint(5, 40), c.r.choice(['中文(中国)', '100%'])), 'toolbar_actions')]]
        elif sub == 'govattach':
            head = [b_breadcrumb, lambda c: [L('附件：%s.pdf' % c.doc.title, 'attachment'), L(c.r.choice(['（点击下载）', '下载次数：%d' % c.r.randint(3, 600)]), 'attachment')]]
            tail = [b_footer]
        else:
            head, tail = [], []
        if r.random() < 0.4 and sub != 'govattach':
            head.append(b_toc)
    return head, tail


def choose_range(r, doc, used, want):
    """(s, e, overlap_count): a run of 5-40 usable paragraphs at the wanted position, free ones first."""
    end = doc.end
    ok = [ok_para(p) for p in doc.paras[:end]]
    u = used.get(doc.src, set())
    n = end

    def runs(free_only):
        out = []
        i = 0
        while i < n:
            if ok[i] and (not free_only or i not in u):
                j = i
                while j + 1 < n and ok[j + 1] and (not free_only or j + 1 not in u):
                    j += 1
                if j - i + 1 >= 5:
                    out.append((i, j))
                i = j + 1
            else:
                i += 1
        return out
    length = r.randint(8, 30) if want == 'middle' else r.randint(5, 9)
    for free_only in (True, False):
        rs = runs(free_only)
        if not rs:
            continue
        if want == 'head':
            cand = [x for x in rs if x[0] == 0]
        elif want == 'tail':
            cand = [x for x in rs if x[1] == doc.end - 1]
        else:
            cand = [x for x in rs if x[1] - x[0] + 1 >= 8]
        if not cand:
            if free_only and want != 'middle' and r.random() < 0.45:
                continue
            cand = rs
        a, b = r.choice(cand)
        if free_only and want != 'middle':
            length = r.randint(6, 16)
        ln = min(length, b - a + 1, 40)
        if want == 'head' and a == 0:
            s = 0
        elif want == 'tail' and b == doc.end - 1:
            s = b - ln + 1
        else:
            s = r.randint(a, b - ln + 1)
        e = s + ln - 1
        return s, e, sum(1 for p in range(s, e + 1) if p in u)
    return None


def main():
    corpus = find_corpus()
    r = random.Random(SEED)
    sc = {}
    with open(os.path.join(corpus, 'state_council_2004_2019', '_index.tsv'), encoding='utf-8') as fh:
        for ln in fh.read().strip('\n').split('\n')[1:]:
            cc = ln.split('\t')
            sc[cc[0]] = cc[2]
    used = earlier_ranges()
    docs = {f: [] for f in FOLDERS}
    for f in FOLDERS:
        for fn in sorted(os.listdir(os.path.join(corpus, f))):
            if not fn.endswith('.txt') or any(x in fn for x in SKIP):
                continue
            d = Doc(corpus, f + '/' + fn, sc)
            if d.end < 8:
                continue
            free = sum(1 for i in range(d.end) if i not in used.get(d.src, set()))
            docs[f].append((free, d))
    share = {'city_gwr_2024': 50, 'provincial_gwr_2025': 9, 'state_council_2004_2019': 15, 'national_gwr_wikisource': 21,
             'cpc_congress_wikisource': 8}
    chosen = []
    for f in FOLDERS:
        lst = sorted(docs[f], key=lambda x: (-x[0], x[1].src))
        top = lst[:share[f] + 6]
        r.shuffle(top)
        chosen += [d for _, d in top[:share[f]]]
    r.shuffle(chosen)
    styles = ['portal'] * 19 + ['news'] * 12 + ['party'] * 11 + ['wechat'] * 12 + ['wenku'] * 11 + ['forum'] * 10 + ['mobile'] * 11 + ['pdf'] * 17
    r.shuffle(styles)
    for sub in ('pages', 'gold'):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
        for old in glob.glob(os.path.join(HERE, sub, '*')):
            os.remove(old)
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    widths = list(range(20, 47))
    r.shuffle(widths)
    pnums = list(range(len(PAGE_NUM))) * 3
    r.shuffle(pnums)
    overlap_paras = total_paras = 0
    k = 0
    for doc, style in zip(chosen, styles):
        want = r.choices(['head', 'middle', 'tail'], [5, 8, 6])[0]
        rng = choose_range(r, doc, used, 'middle' if style == 'pdf' and want == 'middle' else want)
        if rng is None:
            continue
        s, e, ov = rng
        k += 1
        docid = '%03d' % k
        site = site_for(r, style, doc)
        c = Ctx(r, doc, site, style)
        head, tail = plan(c, style, doc)
        variants = []
        lines = []

        def emit(blocks):
            for fn in blocks:
                got = fn(c)
                if not got:
                    continue
                variants.append(getattr(fn, '__name__', 'x').replace('b_', '').replace('<lambda>', 'inline'))
                ind = r.choice(['', '', '', '', '  ', '\u3000', '\t'])
                for t, kk in got:
                    for t2 in t.split('\n'):
                        lines.append((ind + t2 if kk else t2, 'chrome' if kk else 'blank', kk or 'blank', ''))
                if r.random() < 0.35:
                    lines.append(('', 'blank', 'blank', ''))
        emit(head)
        if lines and r.random() < 0.7:
            lines.append(('', 'blank', 'blank', ''))
        variants.append('|content')
        if style == 'pdf':
            layout = {'width': widths.pop(), 'indent': r.choice(['\u3000\u3000', '\u3000\u3000', '', '  ']), 'blank': r.choice(['0', '0', '1']),
                      'pnum': pnums.pop(), 'printed': r.random() < 0.3, 'runhead': r.random() < 0.7,
                      'watermark': r.choice(['', '', '', '%s %s' % (name(r), c.d('%Y-%m-%d')), '仅供内部学习使用', '内部资料　注意保存'])}
            body = build_pdf(c, doc, s, e, layout)
            variants.append('pdf_w%d' % layout['width'])
            variants.append(c.pdf_sub)
            if layout['printed']:
                variants.append('printed')
            inpara = between = 0
            last = None
            brk = False
            for t_, lab_, kk_, p_ in body:
                if lab_ == 'content':
                    if brk and last is not None:
                        if p_ == last:
                            inpara += 1
                        else:
                            between += 1
                    last, brk = p_, False
                elif kk_ in ('pagination', 'print_header', 'running_header', 'watermark'):
                    brk = True
            variants += ['pagebreak_inpara'] * inpara + ['pagebreak'] * between
        else:
            layout = {'indent': r.choice(['', '\u3000\u3000', '\u3000\u3000', '\u3000', '  ', '    ', '\t']),
                      'blank': r.choice(['0', '1', '1', '1', '2', 'ws']), 'head_noindent': r.random() < 0.4}
            rate = {'portal': .08, 'news': .18, 'party': .1, 'wechat': .2, 'wenku': .12, 'forum': .3, 'mobile': .2}[style]
            mids = MID[style]
            body = build_content(c, doc, s, e, layout, lambda c: mid_pick(r, style, mids), rate)
            variants += layout.get('mids', [])
            variants.append('indent=%r,blank=%s' % (layout['indent'], layout['blank']))
        lines += body
        variants.append('content|')
        if r.random() < 0.7:
            lines.append(('', 'blank', 'blank', ''))
        emit(tail)
        # drop trailing / leading blanks, chrome equal to a content line
        content = {t.strip() for t, lab, _, _ in lines if lab == 'content'}
        lines = [x for x in lines if not (x[1] == 'chrome' and x[0].strip() in content)]
        while lines and lines[0][1] == 'blank':
            lines.pop(0)
        while lines and lines[-1][1] == 'blank':
            lines.pop()
        # collapse 3+ blank runs
        clean = []
        for x in lines:
            if x[1] == 'blank' and len(clean) >= 2 and clean[-1][1] == 'blank' and clean[-2][1] == 'blank':
                continue
            clean.append(x)
        lines = clean
        with open(os.path.join(HERE, 'pages', docid + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in lines))
        with open(os.path.join(HERE, 'gold', docid + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, kk, p) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, kk, p))
        index.append('\t'.join([docid, style, doc.src, str(s), str(e), str(len(lines)), ';'.join(variants), site]))
        overlap_paras += ov
        total_paras += e - s + 1
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages %d, paragraphs %d, inside earlier sets\' ranges %d' % (k, total_paras, overlap_paras))


if __name__ == '__main__':
    main()
