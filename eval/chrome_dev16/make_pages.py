"""Generator of the chrome development set chrome_dev16 (stdlib only, deterministic, fixed seed).

Writer: helper chromedev16 (round 7). Theme: online learning and party-education platforms and the copies
people make of them: 干部网络学院 / 党员教育 course pages (video players, 学时 / 学分 / 进度, 课后测试, 笔记,
防挂机 prompts, 弹幕, comments), study-app articles with 积分 lines, 直播回放 pages, township / village
WeChat accounts, 村务公开 boards, government articles with 智能客服 chat widgets, AI-summary boxes, 导读 /
编者按 leads, 编辑 / 审核 tails and 推广 slots, and hard-wrapped PDF / Word copies of 学习材料汇编.

Every chrome string is written here by this writer. Content is byte-exact runs of 5-16 paragraphs of the
shared corpus (one run per source document). Writes ``pages/NNN.txt``, ``gold/NNN.tsv`` and ``index.tsv``
beside this file.

  python make_pages.py [--corpus DIR]
"""
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
SEED = 16_2026_1201
LOCKED = ('chrome_test8', 'chrome_test9')
FOLDERS = (('city_gwr_2024', 46), ('provincial_gwr_2025', 15), ('state_council_2004_2019', 15),
           ('national_gwr_wikisource', 15), ('cpc_congress_wikisource', 10))
STYLES = (('course', 22), ('studyapp', 13), ('replay', 8), ('wechat', 17), ('village', 8), ('govai', 15),
          ('pdf', 17))

DATE_RE = re.compile(r'(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日')
FOOTER_RE = re.compile(r'扫一扫|责任编辑|网站地图|ICP备|网站标识码|公网安备|^党政机关|^信息来源|^打印关闭')
PAGENO_RE = re.compile(r'^[—\-－]\s*\d+\s*[—\-－]?$')
CLOSING_PUNCT = '，。、；：？！）」』》〉”’】…,.;:?!)'
GREET_WORDS = ('国务院', '人民政府', '各部委', '直属机构', '自治区', '委员会', '办公厅')


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


def read_paras(path):
    with open(path, encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def is_bad(p):
    """A paragraph a run must not hold: corpus residue, table digits, odd characters."""
    if len(p.splitlines()) != 1 or any(unicodedata.category(c) in ('Cc', 'Co', 'Cn', 'Cs', 'Cf') and c != '\t'
                                       for c in p):
        return True
    if all(ord(c) < 128 for c in p) or PAGENO_RE.match(p) or '＠' in p or '字库未存字' in p:
        return True
    return p.startswith('来源：') or bool(FOOTER_RE.search(p))


def usable_bounds(paras):
    """(lo, hi) of the paragraphs a run may use: after a 来源 head line, before portal footers and tail junk."""
    lo = 0
    for i, p in enumerate(paras[:6]):
        if p.startswith('来源：'):
            lo = i + 1
    hi = len(paras) - 1
    for i in range(len(paras) * 2 // 3, len(paras)):
        if FOOTER_RE.search(paras[i]):
            hi = i - 1
            break
    while hi > lo and (is_bad(paras[hi]) or len(paras[hi]) <= 3):
        hi -= 1
    return lo, hi


def load_ranges(locked):
    used, lock = {}, {}
    for name in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, name, 'index.tsv')
        if not name.startswith('chrome_') or name == 'chrome_dev16' or not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        target = lock if name in locked else used
        for r in rows[1:]:
            target.setdefault(r[si], set()).update(range(int(r[a]), int(r[b]) + 1))
    return used, lock


def content_kind(paras, i):
    t = paras[i]
    n = len(paras)
    if re.fullmatch(r'(各位代表|同志们|各位委员)[：:]', t) or (
            t.endswith('：') and len(t) <= 40 and (t.startswith('各') or any(w in t for w in GREET_WORDS))):
        return 'greeting'
    if DATE_RE.fullmatch(t) or t == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and DATE_RE.fullmatch(paras[i + 1]) and len(t) <= 30 and not t.endswith('。'):
        return 'signature'
    if t in ('各位代表！', '同志们！') or (t.endswith('！') and i >= n - 2):
        return 'closing'
    if len(t) <= 60 and '。' not in t and t[-1] not in '。；！？':
        return 'heading'
    return 'content'


def doc_title(src):
    folder, name = src.split('/')
    parts = name[:-4].split('_')
    if folder == 'city_gwr_2024':
        city = parts[1]
        return '2024年%s政府工作报告' % city, '%s政府工作报告' % city, city
    if folder == 'provincial_gwr_2025':
        return '2025年%s政府工作报告' % parts[1], '%s政府工作报告' % parts[1], parts[1]
    if folder == 'national_gwr_wikisource':
        return '%s年国务院政府工作报告' % parts[0], '政府工作报告（%s年）' % parts[0], '国务院'
    if folder == 'cpc_congress_wikisource':
        t = '_'.join(parts[2:]).replace('_', '　')
        return t, '中共第%s次全国代表大会报告' % int(parts[0]), '党的代表大会'
    num = parts[1].replace('[', '〔').replace(']', '〕')
    title = '_'.join(parts[2:])
    return title, num, '国务院'


# --------------------------------------------------------------------------- shared word stock

SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'
GIVEN = ['建国', '晓燕', '海峰', '丽娟', '志强', '文静', '红梅', '国庆', '春生', '雪琴', '立新', '玉兰', '俊杰',
         '思远', '秀英', '德胜', '佳怡', '明轩', '桂芳', '永红']
COUNTIES = ['青石县', '梧桐县', '安平县', '临川区', '东源县', '白沙县', '长岭县', '凤台县', '清河县', '南溪区']
TOWNS = ['石桥镇', '河口镇', '东坪乡', '柳湾镇', '双井街道', '马场镇', '桃源乡', '新集镇', '龙潭镇', '高岗乡']
VILLAGES = ['杨家村', '大塘村', '新庄村', '后河村', '李家湾村', '上坝村', '红旗社区', '花园村', '西沟村', '枣林村']
PLATFORMS = ['云岭干部网络学院', '江北干部在线学习', '南岭党员教育平台', '先锋e学', '海东干部学习网', '云上党校',
             '党员e家·学习频道', '初心课堂', '红星学习', '百川干部网院']
APPS = ['学习园地', '党建云学', '先锋学习', '红色e学', '学而思政', '初心学堂']
WIDGET_NAMES = ['小政', '小清', '政务小助手', '智能客服小安', '小e', '阿政']


def person(rng, masked=None):
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN)
    if masked is None:
        masked = rng.random() < 0.4
    return s + ('*' * len(g) if masked else g)


def fw(s):
    """ASCII letters and digits to their full-width forms."""
    return ''.join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else ('\u3000' if c == ' ' else c)
                   for c in s)


def hms(sec, hours=None):
    h, m, s = sec // 3600, sec % 3600 // 60, sec % 60
    if hours or (hours is None and h):
        return '%02d:%02d:%02d' % (h, m, s)
    return '%02d:%02d' % (m, s)


def a_date(rng, year):
    return year, rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(rng, y, m, d, style=None):
    style = style if style is not None else rng.randrange(4)
    return ['%d-%02d-%02d' % (y, m, d), '%d年%d月%d日' % (y, m, d), '%d/%02d/%02d' % (y, m, d),
            '%d.%02d.%02d' % (y, m, d)][style]


def sep(rng):
    return rng.choice(['  ', ' | ', '｜', '　', ' ', '\t', ' · ', '   '])


def items(rng, words, one_line=None):
    """A menu: one item per line or all on one line."""
    if one_line is None:
        one_line = rng.random() < 0.55
    if one_line:
        return [sep(rng).join(words)]
    return list(words)


# --------------------------------------------------------------------------- page builder

class Page:
    def __init__(self, rng, style, meta):
        self.rng = rng
        self.style = style
        self.meta = meta
        self.rows = []          # (text, label, kind, para)
        self.variants = []
        self.fw = rng.random() < 0.2

    def chrome(self, name, lines, indent=''):
        if not lines:
            return
        if name:
            self.variants.append(name)
        for t, k in lines:
            if self.fw and t.strip() and self.rng.random() < 0.5:
                t = fw(t)
            self.rows.append((indent + t if t.strip() else t, 'chrome' if t.strip() else 'blank',
                              k if t.strip() else 'blank', ''))

    def blank(self, n=1, ws=False):
        for _ in range(n):
            self.rows.append((self.rng.choice(['\u3000', '  ', '\t', ' ']) if ws else '', 'blank', 'blank', ''))

    def content(self, text, kind, para):
        self.rows.append((text, 'content', kind, str(para)))

    def finish(self):
        """Drop chrome lines equal to a content line of the page; squeeze leading blank lines."""
        content = {t.strip() for t, l, k, p in self.rows if l == 'content'}
        rows = [r for r in self.rows if not (r[1] == 'chrome' and r[0].strip() in content)]
        while rows and rows[0][1] == 'blank':
            rows.pop(0)
        while rows and rows[-1][1] == 'blank':
            rows.pop()
        self.rows = rows


def wrap(text, width, first):
    """Pieces of a paragraph cut every ``width`` characters (the first ``first``); closing punctuation hangs
    on the line before; never a cut next to whitespace."""
    out = []
    pos = 0
    w = first
    n = len(text)
    while pos < n:
        cut = pos + w
        if cut >= n:
            out.append(text[pos:])
            break
        hang = 0
        while cut < n and text[cut] in CLOSING_PUNCT and hang < 2:
            cut += 1
            hang += 1
        while cut < n and (text[cut].isspace() or text[cut - 1].isspace()):
            cut += 1
        if cut >= n:
            out.append(text[pos:])
            break
        out.append(text[pos:cut])
        pos = cut
        w = width
    return out


def lay_content(pg, paras, s, e, mid=None, mid_p=0.0, width=None, pagebreak=None, indent=None, blank=None):
    """Content of paragraphs s..e with the page's indent / blank layout; ``mid(pg)`` gives chrome between
    paragraphs (with probability mid_p); on hard-wrapped pages ``pagebreak(pg, inpara)`` gives the break."""
    rng = pg.rng
    if indent is None:
        indent = rng.choice(['', '', '\u3000\u3000', '\u3000\u3000', '  ', '    ', '\t', '\u3000'])
    if blank is None:
        blank = rng.choice(['0', '1', '1', '1', '2', 'ws']) if width is None else rng.choice(['0', '0', '1'])
    pg.variants.append('|content')
    pg.variants.append('indent=%s' % {'': 'none', '\u3000\u3000': 'ideo2', '\u3000': 'ideo1', '  ': 'sp2',
                                      '    ': 'sp4', '\t': 'tab'}[indent])
    pg.variants.append('blank=%s' % blank)
    if width:
        pg.variants.append('pdf_w%d' % width)
    used_mid = breaks = inbreaks = 0
    since = 0
    next_break = rng.randint(8, 20)
    for i in range(s, e + 1):
        t = paras[i]
        kind = content_kind(paras, i)
        if width:
            pieces = wrap(t, width, width - 2 if indent else width)
        else:
            pieces = [t]
        for j, piece in enumerate(pieces):
            pg.content((indent if j == 0 else '') + piece, kind, i)
            since += 1
            last = i == e and j == len(pieces) - 1
            if width and pagebreak and since >= next_break and not last:
                inpara = j < len(pieces) - 1
                pagebreak(pg, inpara)
                since = 0
                next_break = rng.randint(14, 34)
                breaks += 1
                inbreaks += inpara
        if i < e:
            if mid and rng.random() < mid_p:
                before = len(pg.rows)
                pg.blank(1 if blank != '0' and rng.random() < 0.7 else 0)
                mid(pg)
                if len(pg.rows) > before:
                    used_mid += 1
                pg.blank(1 if blank != '0' and rng.random() < 0.7 else 0)
            elif blank == 'ws':
                pg.blank(1, ws=True)
            elif blank != '0':
                pg.blank(int(blank))
    if used_mid:
        pg.variants.append('mid')
    if breaks - inbreaks:
        pg.variants.append('pagebreak')
    if inbreaks:
        pg.variants.append('pagebreak_inpara')
    pg.variants.append('content|')


# --------------------------------------------------------------------------- style: course (网络学院课程页)

def course_page(pg, paras, s, e, m):
    rng = pg.rng
    plat = m['site']
    title = m['title']
    ctitle = rng.choice(['《%s》专题解读', '%s（全文精读）', '原文学习：%s', '【专题课程】%s', '%s 学习辅导',
                         '聚焦%s']) % title
    total = rng.randint(25 * 60, 95 * 60)
    done = rng.randint(total // 10, total)
    hours = rng.choice(['0.5', '1.0', '1.5', '2.0', '1'])
    head = []
    if rng.random() < 0.7:
        menu = ['首页', '课程中心', '专题班', '直播课堂', '学习档案', '个人中心', '考试中心', '排行榜', '学习地图',
                '我的班级', '帮助中心']
        pick = sorted(rng.sample(range(1, len(menu)), rng.randint(4, 7)))
        head.append(('top', [(plat, 'nav')] + [(x, 'nav') for x in items(rng, [menu[0]] + [menu[i] for i in pick])]))
    if rng.random() < 0.6:
        org = rng.choice(COUNTIES) + rng.choice(['委组织部', '农业农村局', '教育局', rng.choice(TOWNS) + '党委'])
        head.append(('login', [(rng.choice(['欢迎您，%s（%s）  退出', '您好，%s｜%s｜[退出登录]', '%s  %s  消息(3)  退出'])
                                % (person(rng, True), org), 'login')]))
    if rng.random() < 0.6:
        head.append(('breadcrumb', [(rng.choice(['当前位置：', '您的位置：', '']) + rng.choice([' > ', ' / ', ' » ', '>'])
                                     .join(['首页', rng.choice(['课程中心', '专题学习', '必修课程', '选修课程']),
                                            rng.choice(['政策解读', '形势与政策', '理论武装', '地方发展']), '课程详情']),
                                     'breadcrumb')]))
    head.append(('title', [(ctitle, 'title_repeat')]))
    meta = [rng.choice(['主讲人：', '主讲：', '授课老师：']) + person(rng, False) + rng.choice(['（市委党校教授）', '（党校副教授）', '', '（讲师）']),
            rng.choice(['时长：', '课程时长：', '视频时长 ']) + hms(total, True),
            rng.choice(['学时：', '学时 ', '可获学时：']) + hours,
            rng.choice(['学分：', '学分 ']) + rng.choice(['0.5', '1', '1.0', '2']),
            rng.choice(['发布时间：', '上线时间：', '']) + fmt_date(rng, *a_date(rng, m['year']))]
    rng.shuffle(meta)
    kinds = {'主讲': 'metadata', '授课': 'metadata', '时长': 'metadata', '视频': 'metadata', '学时': 'study_progress',
             '可获': 'study_progress', '学分': 'study_progress'}
    ml = [(x, next((v for k, v in kinds.items() if x.startswith(k)), 'metadata')) for x in meta[:rng.randint(2, 5)]]
    if rng.random() < 0.5:
        ml = [(sep(rng).join(x for x, _ in ml), 'metadata')]
    head.append(('course_meta', ml))
    player = []
    opts = [rng.choice(['▶ 播放', '▶', '播放', '暂停 ❚❚', '||']),
            '%s / %s' % (hms(done, total >= 3600), hms(total, total >= 3600)),
            rng.choice(['倍速', '倍速 1.0x', '1.25X', '倍速：0.75x 1.0x 1.25x 1.5x 2.0x', '2.0倍速']),
            rng.choice(['清晰度', '高清', '超清 1080P', '清晰度：超清 高清 标清', '流畅 480P']),
            rng.choice(['弹幕', '弹幕 开', '弹幕：关闭', '开启弹幕', '发个弹幕见证当下']),
            rng.choice(['全屏', '网页全屏', '音量', '画中画', '字幕 CC'])]
    if rng.random() < 0.5:
        player = [(sep(rng).join(opts[:rng.randint(3, 6)]), 'player')]
    else:
        player = [(x, 'player') for x in opts[:rng.randint(3, 6)]]
    if rng.random() < 0.5:
        player.insert(0, (rng.choice(['视频加载中，请稍候…', '您的浏览器不支持HTML5播放器，请升级浏览器',
                                      '上次观看到 %s，是否继续播放？' % hms(done), '正在缓冲 68%']), 'player'))
    head.append(('player', player))
    prog = ['%s%d%%' % (rng.choice(['课程进度：', '学习进度 ', '已完成 ', '进度']), done * 100 // total),
            rng.choice(['已学 %s / 共 %s' % (hms(done, True), hms(total, True)),
                        '已累计学习 %d 分钟' % (done // 60),
                        '本课程需学满 %d 分钟方可获得学时' % (total * 8 // 600)])]
    if rng.random() < 0.4:
        prog.append(rng.choice(['学时将在课程学完后24小时内同步至学习档案', '温馨提示：拖动进度条不计入学习时长',
                                '请勿同时打开多个课程页面，否则不计学时']))
    head.append(('progress', [(x, 'study_progress') for x in (items(rng, prog) if len(prog) < 3 else prog)]))
    if rng.random() < 0.6:
        head.append(('tabs', [(x, 'tabs') for x in items(rng, ['课程简介', '课程目录', '讲稿', '笔记',
                                                                 '评论（%d）' % rng.randint(3, 300), '资料下载'][:rng.randint(3, 6)])]))
    if rng.random() < 0.5:
        cat = [(rng.choice(['课程目录', '章节列表', '目录']), 'toc')]
        t0 = 0
        for k in range(rng.randint(2, 5)):
            d = rng.randint(300, 1500)
            cat.append((rng.choice(['第%d节  %s  %s', '%d. %s  %s', '第%d讲 %s（%s）']) % (
                k + 1, rng.choice(['导学', '精读', '要点解析', '案例分析', '总结']), hms(d)) + rng.choice(['', '  已学完', ' ✓', '  学习中']), 'toc'))
            t0 += d
        head.append(('catalog', cat))
    if rng.random() < 0.6:
        head.append(('transcript_label', [(rng.choice(['【文字稿】', '课程讲稿（根据视频整理，略有删节）', '—— 讲稿全文 ——',
                                                       '以下为课程文稿：', '［文稿］']), 'intro')]))
    order = head if rng.random() < 0.7 else head[:1] + rng.sample(head[1:], len(head) - 1)
    for name, lines in order:
        pg.chrome(name, lines)
        if rng.random() < 0.35:
            pg.blank()
    pg.blank(rng.choice([0, 1, 1]))
    clock = [rng.randint(10, 120)]

    def mid(pg):
        r = rng.random()
        clock[0] += rng.randint(40, 300)
        if r < 0.35:
            pg.chrome(None, [(rng.choice(['[%s]', '%s', '▶ %s', '（%s）', '【%s】', '— %s —']) % hms(clock[0], rng.random() < 0.5), 'player')])
        elif r < 0.5:
            pg.chrome(None, [(x, 'idle_check') for x in rng.choice([
                ['您已连续学习%d分钟，请点击“继续学习”确认在线' % rng.choice([15, 20, 30])],
                ['防挂机验证', '请在60秒内完成验证，否则本次学习时长不计入', '继续学习'],
                ['系统检测到您长时间未操作，计时已暂停', '点击任意位置继续'],
                ['学习提醒：请认真学习，切勿挂机', '我知道了']])])
        elif r < 0.65:
            pg.chrome(None, [(rng.choice(['＋记笔记（%s）', '✎ 在此处添加笔记  %s', '记笔记 | 截图 | 标记重点  %s',
                                          '添加笔记 %s']) % hms(clock[0]), 'note_tool')])
        elif r < 0.8:
            pg.chrome(None, [(rng.choice(['%s：%s', '【弹幕】%s：%s', '%s %s']) % (
                person(rng, True), rng.choice(['学习了', '打卡', '讲得好', '认真学习中', '已学习，受益匪浅', '第二遍学习',
                                               '干货满满', '支持！', '记下来了'])), 'danmaku') for _ in range(rng.randint(1, 3))])
        else:
            k, n = rng.randint(1, 3), rng.randint(4, 6)
            pg.chrome(None, [(rng.choice(['第%d节 / 共%d节' % (k, n), '本节已学完，%d秒后自动播放下一节' % n,
                                          '—— 第%d部分 · 共%d部分 ——' % (k, n)]), 'player')])

    lay_content(pg, paras, s, e, mid=mid, mid_p=rng.choice([0.3, 0.45, 0.6]))
    pg.blank(rng.choice([1, 1, 2]))
    tail = []
    tail.append(('done', [(rng.choice(['本节学习完成 ✓  已获得学时 %s', '恭喜您完成本课程学习，获得 %s 学时',
                                       '学习完成，学时 +%s', '已完成 100%%  获得学时：%s']) % hours, 'study_progress')]))
    if rng.random() < 0.75:
        q = [(rng.choice(['课后测试（共%d题，%d分及格）', '随堂测验 · %d题 · 及格线%d分', '课后练习：%d道题，满分100分，%d分合格']) % (
            rng.randint(3, 10), rng.choice([60, 80])), 'quiz')]
        for k in range(rng.randint(1, 3)):
            q.append((rng.choice(['%d.（单选题）根据本课程内容，下列说法正确的是（  ）', '第%d题 【判断题】 本课程强调稳中求进工作总基调。（  ）',
                                  '%d、（多选）课程中提到的重点任务包括（    ）', '%d. 【单选】下列哪一项不属于课程所讲的主要目标？',
                                  '（%d）判断：学习本课程后应结合岗位实际抓好落实。', '%d/5 多选题  2分']) % (k + 1), 'quiz'))
            q.append((rng.choice(['A. 正确  B. 错误', 'A.对   B.错', 'A．  B．  C．  D．', '○ A   ○ B   ○ C   ○ D']), 'quiz'))
        q.append((rng.choice(['提交答案', '交卷', '提交  重做', '您的得分：%d分  已通过' % rng.choice([80, 90, 100]),
                              '本次得分 %d / 100  未通过，可重新作答' % rng.choice([40, 60])]), 'quiz'))
        tail.append(('quiz', q))
    if rng.random() < 0.45:
        nl = [(rng.choice(['我的笔记（%d）', '笔记 %d 条', '学习笔记(%d)']) % rng.randint(1, 4), 'note_tool')]
        for _ in range(rng.randint(1, 2)):
            nl.append(('%s  %s' % (hms(rng.randint(60, total)), rng.choice(['重点：稳增长、稳就业', '需结合本单位实际学习',
                                                                            '记：三个“务必”', '回看此处', '写入心得体会'])), 'note_tool'))
        nl.append((rng.choice(['导出笔记', '写笔记…  保存', '公开  仅自己可见']), 'note_tool'))
        tail.append(('notes', nl))
    if rng.random() < 0.6:
        cl = [(rng.choice(['评论区（%d）', '学员评论 %d', '全部评论(%d)', '讨论区 · %d条']) % rng.randint(5, 400), 'comments')]
        for _ in range(rng.randint(1, 4)):
            who = rng.choice(VILLAGES + TOWNS) + rng.choice(['党支部 ', ' ', '党委 ']) + person(rng)
            cl.append((rng.choice(['%s：%s', '%s  %s']) % (who, rng.choice(
                ['讲得很透彻，受益匪浅！', '认真学习，结合工作抓落实。', '学习了，要把精神传达到每名党员。', '非常实用的一课',
                 '老师讲解深入浅出，点赞！', '已学习，打卡第%d天' % rng.randint(2, 90)])), 'comments'))
            if rng.random() < 0.6:
                cl.append((rng.choice(['%s  赞 %d  回复', '%s · 👍%d', '%s 点赞(%d)']) % (
                    fmt_date(rng, *a_date(rng, m['year'])), rng.randint(0, 60)), 'comments'))
        cl.append((rng.choice(['发表评论', '说点什么…', '写下你的学习感悟', '查看更多评论 >']), 'comments'))
        tail.append(('comments', cl))
    if rng.random() < 0.4:
        tail.append(('prevnext', [(x, 'prevnext') for x in items(rng, [
            '上一节：' + rng.choice(['开班动员', '学习导引', '课程导学']), '下一节：' + rng.choice(['重点任务解读', '案例研讨', '课程小结'])])]))
    if rng.random() < 0.5:
        rl = [(rng.choice(['相关课程', '猜你想学', '推荐课程', '同专题课程']), 'related')]
        for _ in range(rng.randint(2, 4)):
            rl.append((rng.choice(['· ', '', '▪ ', '> ']) + rng.choice([
                '学习贯彻党的二十大精神专题辅导', '基层干部应知应会100问', '乡村振兴政策解读', '新时代“枫桥经验”案例',
                '数字政府建设概论', '民法典与基层治理', '安全生产专题讲座', '干部心理健康调适']) +
                       rng.choice(['', '  %s学时' % rng.choice(['0.5', '1.0', '2']), '  %d人已学' % rng.randint(100, 90000)]), 'related'))
        tail.append(('related', rl))
    if rng.random() < 0.7:
        ft = [rng.choice(['主办：中共%s委组织部', '主办单位：%s委组织部  承办：%s委党校']).replace('%s', rng.choice(['梧州市', '江北省', '南岭市', '云川省']), 2),
              rng.choice(['技术支持：%s科技有限公司' % rng.choice(['华信', '智学', '云途', '博远']), '客服电话：400-%03d-%04d' % (rng.randint(100, 999), rng.randint(0, 9999))]),
              rng.choice(['%sICP备%08d号' % (rng.choice('苏浙滇桂湘鄂'), rng.randint(10**7, 10**8 - 1)), '建议使用Chrome浏览器、1366×768以上分辨率访问']),
              rng.choice(['Copyright © 2016-2025 版权所有', '学习遇到问题？点击“帮助中心”'])]
        ft = ft[:rng.randint(2, 4)]
        tail.append(('footer', [(x, 'footer') for x in (items(rng, ft))]))
    for name, lines in tail:
        pg.chrome(name, lines)
        if rng.random() < 0.5:
            pg.blank()


# --------------------------------------------------------------------------- style: studyapp (学习 app 文章页)

def studyapp_page(pg, paras, s, e, m):
    rng = pg.rng
    app = m['site']
    if rng.random() < 0.4:
        pg.chrome('status_bar', [(rng.choice(['9:41', '14:07 ⏰', '上午10:23', '08:52  5G  87%', '中国移动 4G  16:30']), 'status_bar')])
    bar = [rng.choice(['<', '〈 返回', '←']), app if rng.random() < 0.5 else '', rng.choice(['分享', '⋯', '···', '更多'])]
    pg.chrome('appbar', [(x, 'toolbar_actions') for x in items(rng, [x for x in bar if x])])
    if rng.random() < 0.5:
        pg.chrome('title', [(m['title'], 'title_repeat')])
    meta = [rng.choice(['来源：', '']) + rng.choice(['%s发布', '%s融媒体中心', '中国%s网', '%s党建']) % rng.choice(['先锋', '梧州', '清河', '南岭']),
            fmt_date(rng, *a_date(rng, m['year'])), rng.choice(['', '作者：%s' % person(rng, False), '编辑：%s' % person(rng, False)])]
    pg.chrome('meta', [(sep(rng).join(x for x in meta if x), 'metadata')])
    if rng.random() < 0.6:
        pg.chrome('audio', [(rng.choice(['🔊 听全文 %s', '播报  %s', '语音播报 ▶ %s', '收听本文 · 时长%s']) % hms(rng.randint(180, 1500)), 'audio')])
    if rng.random() < 0.35:
        pg.chrome('points_head', [(rng.choice(['阅读文章满1分钟可获得1积分', '今日阅读积分：%d/12' % rng.randint(0, 12),
                                               '有效阅读中…']), 'study_points')])
    pg.blank(rng.choice([0, 1]))

    def mid(pg):
        r = rng.random()
        if r < 0.35:
            pg.chrome(None, [(rng.choice(['[图片]', '图片', '▲ 资料图', '（图片来源：%s）' % rng.choice(['网络', '新华社', '本网记者'])]), 'caption')])
        elif r < 0.6:
            pg.chrome(None, [(rng.choice(['+1 积分', '阅读积分 +1', '恭喜获得1积分', '+1分 有效阅读']), 'study_points')])
        elif r < 0.8:
            pg.chrome(None, [(rng.choice(['▷ 视频 %s', '[视频] 点击播放 %s', '视频时长 %s']) % hms(rng.randint(30, 600)), 'video')])
        elif r < 0.9:
            pg.chrome(None, [(rng.choice(['展开全文 ∨', '点击展开剩余 %d%%' % rng.randint(30, 80)]), 'app_banner')])
        else:
            pg.chrome(None, [(x, 'ads') for x in rng.choice([['广告', '家门口的惠民保，每天不到1元 >'],
                                                             ['【推广】党员e卡通 · 党费在线缴纳'], ['推广 · 乡村振兴直播带货节']])])

    lay_content(pg, paras, s, e, mid=mid, mid_p=rng.choice([0.25, 0.4]))
    pg.blank(rng.choice([1, 2]))
    tail = [('counts', [(x, 'counts') for x in items(rng, ['阅读 %s' % rng.choice(['2.3万', '1.1万', '8765', '10万+']),
                                                             '点赞 %d' % rng.randint(10, 3000), '收藏 %d' % rng.randint(1, 500)])])]
    tail.append(('points', [(x, 'study_points') for x in rng.choice([
        ['本文已阅读满1分钟，获得1积分'], ['今日积分 %d / 25' % rng.randint(3, 25), '查看积分明细 >'],
        ['学习积分+1  累计积分 %d' % rng.randint(300, 30000)], ['完成“阅读文章”任务 %d/6' % rng.randint(1, 6)]])]))
    if rng.random() < 0.6:
        tail.append(('share', [(x, 'share') for x in items(rng, ['分享到', '微信', '朋友圈', 'QQ', '钉钉', '复制链接'][:rng.randint(3, 6)])]))
    if rng.random() < 0.6:
        c = rng.randint(1, 90)
        cl = [(rng.choice(['观点（%d）' % c, '发表观点', '评论 %d' % c, '学友观点']), 'comments')]
        for _ in range(rng.randint(1, 3)):
            cl.append(('%s  %s' % (person(rng), rng.choice(['坚定信心，真抓实干！', '学习打卡', '振奋人心！', '撸起袖子加油干'])), 'comments'))
        tail.append(('comments', cl))
    if rng.random() < 0.5:
        tail.append(('related', [('相关推荐', 'related')] + [(x, 'related') for x in rng.sample([
            '一图读懂%s' % m['short'], '视频｜%s要点速览' % m['short'], '专家解读：新一年的发展路线图', '关键词里看发展',
            '【每日一题】政府工作报告知识测试', '学习微课堂：如何读懂政府工作报告'], 3)]))
    if rng.random() < 0.4:
        tail.append(('app', [(rng.choice(['打开%s App，学习更多内容' % app, '在App内打开', '下载%s，每日学习不间断' % app]), 'app_banner')]))
    for name, lines in tail:
        pg.chrome(name, lines)
        pg.blank(rng.choice([0, 1]))


# --------------------------------------------------------------------------- style: replay (直播回放)

def replay_page(pg, paras, s, e, m):
    rng = pg.rng
    y, mo, d = a_date(rng, m['year'])
    pg.chrome('live_title', [(rng.choice(['直播回放 | %s', '【回放】%s专题学习', '%s——专题辅导直播', '[直播回放] %s宣讲会']) % m['short'], 'title_repeat')])
    info = [rng.choice(['直播时间：', '开播时间 ']) + '%s %02d:%02d' % (fmt_date(rng, y, mo, d), rng.choice([9, 14, 15, 19]), rng.choice([0, 30])),
            rng.choice(['观看人次：', '观看 ', '累计观看 ']) + rng.choice(['3.6万', '12,407', '8905', '1.2万']),
            rng.choice(['主讲嘉宾：', '宣讲人：']) + person(rng, False), rng.choice(['点赞 %d' % rng.randint(100, 9000), '在线 %d 人' % rng.randint(50, 3000)])]
    rng.shuffle(info)
    pg.chrome('live_info', [(x, 'counts' if x.startswith(('观看', '累计', '点赞', '在线')) else 'metadata') for x in info[:rng.randint(2, 4)]])
    pg.chrome('player', [(x, 'player') for x in items(rng, [rng.choice(['回放已生成', '直播已结束 · 回放', '回放']),
                                                            rng.choice(['倍速 1.5x', '倍速播放', '1.0x']),
                                                            rng.choice(['清晰度 高清', '原画', '标清']),
                                                            '00:00:00 / %s' % hms(rng.randint(3600, 9000), True)])])
    if rng.random() < 0.6:
        ch = [(rng.choice(['章节', '精彩片段', '回放章节']), 'toc')]
        t = 0
        for name in rng.sample(['开场', '主持人介绍', '专题辅导', '互动问答', '总结讲话', '领学原文', '交流发言'], rng.randint(2, 4)):
            ch.append(('%s %s' % (hms(t, True), name), 'toc'))
            t += rng.randint(300, 2400)
        pg.chrome('chapters', ch if rng.random() < 0.5 else [(sep(rng).join(x for x, _ in ch), 'toc')])
    if rng.random() < 0.5:
        pg.chrome('signin', [(rng.choice(['已签到 %d 人  我要签到' % rng.randint(200, 5000), '签到成功！本场学习记入学时',
                                          '请先签到再观看']), 'study_progress')])
    pg.chrome('transcript_label', [(rng.choice(['—— 以下为文字实录 ——', '【文字直播】', '图文实录：', '以下内容根据直播整理']), 'intro')])
    pg.blank(rng.choice([0, 1]))
    clock = [rng.randint(300, 900)]

    def mid(pg):
        clock[0] += rng.randint(60, 500)
        r = rng.random()
        if r < 0.45:
            pg.chrome(None, [(rng.choice(['[%s]', '%s', '【%s】', '（直播画面 %s）']) % hms(clock[0], True), 'player')])
        elif r < 0.8:
            lines = [('%s：%s' % (rng.choice(VILLAGES + TOWNS) + person(rng, True), rng.choice(['学习了', '已签到', '👍👍', '声音有点小', '讲得好',
                                                                                              '在村委会集中收看', '支持'])), 'danmaku') for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.4:
                lines.insert(0, (rng.choice(['互动区', '弹幕', '评论 · 实时']), 'danmaku'))
            pg.chrome(None, lines)
        else:
            who = person(rng, True)
            pg.chrome(None, [(rng.choice(['%s 进入了直播间' % who, '%s 送出了 点赞 ×%d' % (who, rng.randint(2, 99)),
                                          '欢迎 %s 来到直播间' % who]), 'danmaku')])

    lay_content(pg, paras, s, e, mid=mid, mid_p=rng.choice([0.4, 0.55, 0.7]))
    pg.blank(rng.choice([1, 2]))
    if rng.random() < 0.6:
        pg.chrome('comments', [(rng.choice(['网友留言', '留言（%d）' % rng.randint(5, 500), '评论']), 'comments')] +
                  [('%s：%s' % (person(rng), rng.choice(['回放也能记学时吗？', '请问课件在哪里下载？', '认真学习，抓好落实'])), 'comments')
                   for _ in range(rng.randint(1, 3))])
    if rng.random() < 0.5:
        pg.chrome('replay_more', [(rng.choice(['更多回放', '往期直播']), 'related')] +
                  [(x, 'related') for x in rng.sample(['第一期：学习贯彻会议精神', '第二期：乡村振兴怎么干', '第三期：基层减负进行时',
                                                      '第四期：法治政府建设', '第五期：安全生产大家谈'], 2)])
    pg.chrome('share', [(x, 'share') for x in items(rng, ['分享', '生成海报', '复制回放链接', '投屏'][:rng.randint(2, 4)])])


# --------------------------------------------------------------------------- style: wechat (乡镇 / 村 公众号)

def wechat_page(pg, paras, s, e, m):
    rng = pg.rng
    town = rng.choice(COUNTIES) + rng.choice(TOWNS) if rng.random() < 0.5 else rng.choice(TOWNS)
    acct = rng.choice(['%s发布', '%s人民政府', '微%s', '%s党建', '%s融媒', '%s在线', '%s党群服务中心']) % town
    if rng.random() < 0.3:
        acct = rng.choice(VILLAGES) + rng.choice(['党支部', '村务', '村委会'])
    pg.site = acct
    if rng.random() < 0.5:
        pg.chrome('title', [(rng.choice(['学习｜%s', '【学习园地】%s', '速看！%s全文来了', '%s（全文）', '重磅｜%s']) % m['title'], 'title_repeat')])
    meta = [rng.choice(['原创 ', '']) + acct, '%s %02d:%02d' % (fmt_date(rng, *a_date(rng, m['year']), style=rng.choice([0, 1])), rng.randint(6, 22), rng.randint(0, 59))]
    if rng.random() < 0.5:
        meta.append(rng.choice(['发表于', 'IP属地：']) + rng.choice(['河南', '云南', '广西', '四川', '江西', '甘肃']))
    pg.chrome('wx_meta', [(x, 'metadata') for x in items(rng, meta)])
    if rng.random() < 0.5:
        pg.chrome('follow', [(rng.choice(['点击上方蓝字 关注我们', '↑点击蓝字，关注“%s”' % acct, '关注%s，了解家乡事' % acct, '▲点击“%s”关注' % acct]), 'follow')])
    if rng.random() < 0.7:
        lead = rng.choice(['编者按', '导读', '核心提示', '【编者按】', '导 读', '▌编者按'])
        text = rng.choice(['为深入学习贯彻会议精神，本号现将%s全文刊发，供全镇党员干部学习。', '%s全文来了！一起学习。',
                           '近日，%s正式发布。快来一起学习吧！', '学习材料已印发各村（社区），请各支部组织党员认真学习%s。']) % m['short']
        lines = [(lead, 'intro'), (text, 'intro')] if rng.random() < 0.5 else [(lead + rng.choice(['：', '｜', ' ']) + text, 'intro')]
        pg.chrome('lead', lines)
    pg.blank(rng.choice([0, 1]))

    def mid(pg):
        r = rng.random()
        if r < 0.4:
            what = rng.choice(['会议现场', '党员集中学习', '村民代表收看直播', '镇干部入户宣讲', '学习会现场', '志愿者入户发放学习资料'])
            pg.chrome(None, [(rng.choice(['▲ %s' % what, '图为%s' % what, '▲%s（摄影：%s）' % (what, person(rng, False)),
                                          '图｜%s' % what]), 'caption')])
        elif r < 0.75:
            pg.chrome(None, [(rng.choice(['— — —', '▼', '· · ·', '────────', '◆◆◆', '✦', '- END -'][:6]), 'divider')])
        else:
            pg.chrome(None, [(rng.choice(['[视频]', '视频加载失败，请刷新重试', '▷ 0:%02d' % rng.randint(10, 59)]), 'video')])

    lay_content(pg, paras, s, e, mid=mid, mid_p=rng.choice([0.3, 0.45]))
    pg.blank(rng.choice([1, 2]))
    if rng.random() < 0.5:
        pg.chrome('end', [(rng.choice(['- END -', '— END —', 'END', '/ 完 /']), 'divider')])
    tl = [rng.choice(['来源：', '素材来源：', '信息来源：']) + rng.choice(['%s党政办', '%s宣传办', '%s融媒体中心', '学习强县']).replace('%s', rng.choice(COUNTIES)),
          rng.choice(['编辑：', '编辑｜', '文字编辑：']) + person(rng, False),
          rng.choice(['审核：', '审核｜', '初审：']) + person(rng, False),
          rng.choice(['终审：', '监制：', '责编：']) + person(rng, False)]
    tl = tl[:rng.randint(2, 4)]
    pg.chrome('editor_tail', [(x, 'metadata') for x in items(rng, tl)])
    pg.blank(rng.choice([0, 1]))
    if rng.random() < 0.5:
        pg.chrome('related', [(rng.choice(['往期推荐', '往期回顾', '推荐阅读', '▼ 往期精彩 ▼']), 'related')] +
                  [(x, 'related') for x in rng.sample(['%s召开党委理论学习中心组学习会' % town, '关于开展“清洁家园”行动的倡议书',
                                                      '%s：秋收正当时' % rng.choice(VILLAGES), '冬季防火安全提示',
                                                      '“一老一小”服务站揭牌运行', '农村医保缴费开始啦！'], rng.randint(2, 3))])
    if rng.random() < 0.5:
        pg.chrome('qr', [(rng.choice(['长按识别二维码 关注我们', '扫码关注 %s' % acct, '微信号｜%s' % rng.choice(['zhen_fabu', 'xxz123', 'cun_wu'])]), 'qr')])
    if rng.random() < 0.35:
        pg.chrome('ads', [(x, 'ads') for x in rng.choice([['广告', '%s特产 · 农户直供  立即购买' % rng.choice(TOWNS)],
                                                          ['▲ 推广｜点击下方卡片预约家庭医生签约'], ['广告', '农村电商培训班火热报名中']])])
    pg.chrome('counts', [(x, 'counts') for x in items(rng, ['阅读 %d' % rng.randint(100, 9999), rng.choice(['在看 %d', '赞 %d', '点赞%d']) % rng.randint(1, 90),
                                                            rng.choice(['分享', '推荐', '收藏', '留言'])])])
    if rng.random() < 0.4:
        pg.chrome('comments', [(rng.choice(['写留言', '留言', '精选留言']), 'comments')] +
                  [('%s  %s' % (person(rng), rng.choice(['学习了！', '为家乡点赞👍', '认真学习', '好政策！'])), 'comments')
                   for _ in range(rng.randint(0, 2))])


# --------------------------------------------------------------------------- style: village (村务公开 / 学习园地 board copies)

def village_page(pg, paras, s, e, m):
    rng = pg.rng
    vil = rng.choice(COUNTIES) + rng.choice(TOWNS) + rng.choice(VILLAGES)
    pg.site = vil + '村务公开'
    y, mo, d = a_date(rng, m['year'])
    head = rng.choice(['%s村务公开栏', '%s“四议两公开”公示栏', '%s党务村务公开', '%s 学习园地', '%s公开栏'])  % vil
    pg.chrome('board_head', [(head, 'openboard')])
    if rng.random() < 0.7:
        pg.chrome('board_nav', [(x, 'nav') for x in items(rng, ['党务公开', '村务公开', '财务公开', '服务公开', '学习园地', '监督平台'][:rng.randint(3, 6)])])
    bl = [rng.choice(['公开时间：', '公示时间：', '发布日期：']) + fmt_date(rng, y, mo, d, style=1),
          rng.choice(['公开期限：%d天', '公示期：%d日', '公开期限 %d 天']) % rng.choice([7, 15, 30]),
          rng.choice(['公开类别：', '公开事项：', '栏目：']) + rng.choice(['学习材料', '政策宣传', '党员教育', '上级文件'])]
    rng.shuffle(bl)
    pg.chrome('board_info', [(x, 'openboard') for x in items(rng, bl[:rng.randint(2, 3)])])
    if rng.random() < 0.5:
        pg.chrome('board_title', [(rng.choice(['学习材料：%s', '【学习】%s（节选）', '%s（摘要）', '%s']) % m['title'], 'title_repeat')])
    pg.blank(rng.choice([0, 1]))

    def mid(pg):
        pg.chrome(None, [(rng.choice(['（下转第%d栏）', '[第%d张照片]', '— 第%d版 —', '（接上栏%d）']) % rng.randint(2, 4), 'openboard')])

    lay_content(pg, paras, s, e, mid=mid, mid_p=rng.choice([0.0, 0.15, 0.3]))
    pg.blank(rng.choice([1, 2]))
    tl = [rng.choice(['村务监督委员会意见：情况属实，同意公开', '村监委审核意见：同意公开', '监督委员会（签字）：%s %s' % (person(rng, False), person(rng, False))]),
          rng.choice(['监督电话：', '举报电话：', '监督举报电话 ']) + '0%d-%07d' % (rng.randint(300, 999), rng.randint(0, 9999999)),
          rng.choice(['%s村民委员会', '%s党支部委员会', '%s村“两委”']) % vil.split('镇')[-1].split('乡')[-1],
          fmt_date(rng, y, mo, d, style=1) if rng.random() < 0.3 else rng.choice(['（盖章）', '（公章）', '第一书记：%s' % person(rng, False)])]
    pg.chrome('board_tail', [(x, 'openboard') for x in tl[:rng.randint(2, 4)]])
    if rng.random() < 0.5:
        pg.chrome('footer', [(rng.choice(['本栏目由%s农村“三资”管理服务中心维护' % rng.choice(TOWNS), '技术支持：智慧村务云平台',
                                          '村务公开监管平台  版权所有']), 'footer')])
    if rng.random() < 0.4:
        pg.chrome('qr', [(rng.choice(['扫码查看更多村务信息', '微信扫一扫，村务随手查']), 'qr')])


# --------------------------------------------------------------------------- style: govai (政府网站 + 智能客服 / AI摘要 / 推广)

def govai_page(pg, paras, s, e, m):
    rng = pg.rng
    site = rng.choice(COUNTIES) + '人民政府' if rng.random() < 0.6 else rng.choice(['梧州市', '南岭市', '江北市', '云川市']) + '人民政府门户网站'
    pg.site = site
    if rng.random() < 0.5:
        pg.chrome('access', [(x, 'accessibility') for x in items(rng, ['无障碍', '长者模式', '简体 | 繁體', '登录', '注册'][:rng.randint(2, 5)])])
    pg.chrome('nav', [(site, 'nav')] + [(x, 'nav') for x in items(rng, ['首页', '走进' + site[:3], '政务公开', '政务服务', '互动交流', '专题专栏'])])
    pg.chrome('breadcrumb', [(rng.choice(['首页 > 政务公开 > 政策解读', '当前位置：首页>>专题专栏>>学习宣传', '您所在的位置：首页 / 新闻中心 / 理论学习'])
                              .replace('>', rng.choice(['>', '＞', '›'])), 'breadcrumb')])
    pg.chrome('title', [(rng.choice(['%s', '%s（全文）', '全文｜%s']) % m['title'], 'title_repeat')])
    meta = ['%s%s' % (rng.choice(['发布时间：', '日期：', '时间：']), fmt_date(rng, *a_date(rng, m['year']))),
            rng.choice(['来源：', '信息来源：']) + rng.choice(['本网', '县政府办', '市政府研究室', '融媒体中心']),
            rng.choice(['浏览次数：', '阅读量：', '访问量 ']) + str(rng.randint(50, 9999))]
    pg.chrome('meta', [(x, 'metadata') for x in items(rng, meta)])
    if rng.random() < 0.6:
        pg.chrome('fontsize', [(rng.choice(['【字体：大 中 小】', '字号：大 中 小', '【字号 大 | 中 | 小】【打印】', 'A+ A A-']), 'toolbar_fontsize')])
    if rng.random() < 0.8:
        lab = rng.choice(['AI摘要', '智能摘要', '✨ AI 速览', '文章摘要（由AI生成）', 'AI导读'])
        summ = rng.choice(['本文介绍了%s的主要内容，涵盖工作回顾、总体要求和重点任务等方面。', '文章围绕%s，梳理了过去一年的成绩和新一年的目标任务。',
                           '%s提出了稳增长、促改革、惠民生的一系列举措。']) % m['short']
        tail = rng.choice(['以上内容由AI生成，仅供参考', '*摘要由大模型自动生成，请以原文为准', '内容由AI生成  👍 👎', '展开 ∨'])
        lines = [(lab, 'ai_summary'), (summ, 'ai_summary'), (tail, 'ai_summary')]
        if rng.random() < 0.4:
            lines = [(lab + '：' + summ, 'ai_summary'), (tail, 'ai_summary')]
        pg.chrome('ai_summary', lines)
    if rng.random() < 0.5:
        pg.chrome('lead', [(rng.choice(['【核心提示】', '【导读】', '编者按：', '核心提示：']) + rng.choice([
            '%s全文发布，一起来看今年要办的大事实事。', '一文读懂%s。', '现将%s全文刊发如下。']) % m['short'], 'intro')])
    pg.blank(rng.choice([0, 1]))

    def mid(pg):
        r = rng.random()
        if r < 0.4:
            pg.chrome(None, [(x, 'ads') for x in rng.choice([
                ['推广', '%s银行 · 数字人民币消费红包限时领取' % rng.choice(['农商', '城商', '邮储'])],
                ['【广告】本地特产馆 · 助农直播间今晚8点开播'], ['广告  ×'], ['— 推广 —', '智慧停车App，一键缴费不排队']])])
        elif r < 0.7:
            pg.chrome(None, [(rng.choice(['划词提问：选中文字即可问%s' % rng.choice(WIDGET_NAMES), '💬 对本段有疑问？问问AI',
                                          'AI解读本段 >']), 'ai_summary')])
        else:
            pg.chrome(None, [(rng.choice(['[图片]', '图片：一图读懂', '（图解）']), 'caption')])

    lay_content(pg, paras, s, e, mid=mid, mid_p=rng.choice([0.2, 0.35, 0.5]))
    pg.blank(rng.choice([1, 2]))
    tl = [('（%s）' if rng.random() < 0.5 else '%s') % sep(rng).join([
        rng.choice(['责任编辑：', '编辑：']) + person(rng, False), rng.choice(['审核：', '校对：', '签发：']) + person(rng, False)])]
    pg.chrome('editor_tail', [(x, 'metadata') for x in tl])
    pg.chrome('actions', [(x, 'toolbar_actions') for x in items(rng, ['【打印本页】', '【关闭窗口】', '【收藏】', '【纠错】'][:rng.randint(2, 4)])])
    if rng.random() < 0.5:
        pg.chrome('share', [(rng.choice(['分享到：', '分享：']) + sep(rng).join(['微信', '微博', 'QQ空间']), 'share')])
    if rng.random() < 0.5:
        pg.chrome('feedback', [(x, 'feedback') for x in items(rng, ['您对本页内容满意吗？', '满意', '一般', '不满意'])])
    wn = rng.choice(WIDGET_NAMES)
    robot = [rng.choice(['智能客服', '在线咨询', '政务小助手', '智能问答']),
             rng.choice(['您好！我是%s，有什么可以帮您？', 'Hi，我是%s，很高兴为您服务', '%s为您服务，请描述您的问题']) % wn,
             rng.choice(['猜你想问：', '热门问题', '您可能想了解：'])]
    for q in rng.sample(['如何查询社保缴费记录？', '政府工作报告在哪里看？', '居住证怎么办理？', '企业开办需要哪些材料？',
                         '12345热线怎么拨打？', '公积金提取条件是什么？'], rng.randint(2, 3)):
        robot.append(rng.choice(['%d. ', '· ', '']) .replace('%d', str(len(robot) - 2)) + q)
    robot.append(rng.choice(['请输入您的问题…  发送', '转人工', '输入问题 | 发送 | 转人工服务', '按Enter发送']))
    if rng.random() < 0.5:
        robot = robot[:2] + robot[-1:]
    where = rng.random()
    if where < 0.5:
        pg.chrome('robot', [(x, 'robot') for x in robot])
    if rng.random() < 0.6:
        pg.chrome('related', [(rng.choice(['相关链接', '相关文章', '相关阅读']), 'related')] +
                  [(x, 'related') for x in rng.sample(['图解：%s' % m['short'], '政策解读｜新一年重点任务', '%s召开常务会议' % site[:3],
                                                      '关于印发2024年民生实事项目的通知', '政府工作报告名词解释'], 2)])
    ft = ['主办：%s办公室' % site[:-4 if site.endswith('门户网站') else len(site)], '网站标识码：%d' % rng.randint(10**9, 10**10 - 1),
          '%sICP备%d号' % (rng.choice('滇桂黔湘赣'), rng.randint(10**6, 10**8)), rng.choice(['网站地图 | 联系我们 | 隐私声明', '建议使用1920×1080分辨率'])]
    rng.shuffle(ft)
    pg.chrome('footer', [(x, 'footer') for x in items(rng, ft[:rng.randint(2, 4)])])
    if where >= 0.5:
        pg.chrome('robot', [(x, 'robot') for x in robot])


# --------------------------------------------------------------------------- style: pdf (学习材料汇编 hard-wrapped)

def pdf_page(pg, paras, s, e, m):
    rng = pg.rng
    yr = m['year']
    comp = rng.choice(['%d年度党员学习材料汇编', '%d年“三会一课”学习资料汇编', '理论学习中心组学习材料（%d年第%s期）',
                       '%d年基层党员冬训学习读本', '%d年干部学习资料选编', '主题党日学习材料汇编（%d）'])
    comp = comp.replace('%s', rng.choice(['一', '二', '三', '四'])) % yr if '%s' in comp else comp % yr
    issuer = rng.choice(COUNTIES) + rng.choice(['委组织部', '委宣传部', rng.choice(TOWNS) + '党委', '直属机关工委'])
    pg.site = issuer
    ext = rng.choice(['.pdf', '.docx', '.doc', '.wps', '.pdf'])
    fname = comp + ext
    which = rng.choice(['二', '三', '四', '五', '六'])
    chapter = rng.choice(['学习材料之%s　%s', '第%s部分  %s', '（%s）%s', '专题%s：%s']) % (which, m['short'])
    width = m['width']
    pg.variants.append('width')
    # head: file-name title repeated, cover lines, 目录
    head = [(fname, 'title_repeat')]
    if rng.random() < 0.5:
        head.append((rng.choice([comp, fname.rsplit('.', 1)[0] + '（印刷版）', '《%s》' % comp]), 'title_repeat'))
    if rng.random() < 0.4:
        head.insert(0, (rng.choice(['第 1 页，共 %d 页' % rng.randint(30, 120), '100%%  ⊖ ⊕  1 / %d' % rng.randint(30, 120),
                                    '打开方式：WPS Office', '只读  兼容模式']), 'toolbar_actions'))
    pg.chrome('filename', head)
    pg.blank(rng.choice([0, 1]))
    if rng.random() < 0.6:
        cover = [(rng.choice(['内部资料  注意保存', '内部学习资料，请勿外传', '（仅供党员学习使用）']), 'disclaimer'),
                 (rng.choice(['%s  编印', '%s编', '编印单位：%s']) % issuer, 'print_header'),
                 (rng.choice(['%d年%d月' % (yr, rng.randint(1, 12)), '二〇二四年三月' if yr == 2024 else '%d年' % yr]), 'print_header')]
        pg.chrome('cover', cover[:rng.randint(2, 3)])
        pg.blank(rng.choice([0, 1, 2]))
    if rng.random() < 0.7:
        lead = rng.choice(['……', '…………', ' ........ ', '\t', '·········', '  '])
        toc = [(rng.choice(['目  录', '目录', '目　　录', 'CONTENTS 目录']), 'toc')]
        pgno = rng.randint(1, 9)
        extra = ['学习材料之一　习近平总书记重要讲话精神摘编', '中国共产党章程（节选）', '关于新时代基层党建工作的若干问题解答',
                 '党纪学习教育应知应会知识', '中国共产党纪律处分条例（摘要）']
        pre = rng.sample(extra, rng.randint(1, 3))
        for t in pre:
            toc.append((t + lead + str(pgno), 'toc'))
            pgno += rng.randint(3, 15)
        toc.append((chapter + lead + str(pgno), 'toc'))
        heads = [paras[i] for i in range(s, e + 1) if content_kind(paras, i) == 'heading' and len(paras[i]) < 40][:6]
        for h in heads:
            pgno += rng.randint(1, 4)
            toc.append((rng.choice(['  ', '\u3000', '', '    ']) + h + lead + str(pgno), 'toc'))
        if rng.random() < 0.6:
            toc.append((rng.choice(extra) + lead + str(pgno + rng.randint(5, 20)), 'toc'))
        pg.chrome('toc', toc)
        pg.blank(rng.choice([1, 2]))
    if rng.random() < 0.6:
        pg.chrome('chapter_head', [(chapter, 'running_header')])
        pg.blank(rng.choice([0, 1]))
    pno = [rng.randint(3, 40)]
    fmt = rng.choice(['— %d —', '- %d -', '%d', '·%d·', '第 %d 页', '第%d页 共%d页', '%d / %d', 'Page %d', '－%d－', '（%d）'])
    total = pno[0] + rng.randint(10, 60)
    wm = rng.choice(['%s 内部资料' % issuer, '仅供学习参考', issuer + ' %d-%02d-%02d' % (yr, rng.randint(1, 12), rng.randint(1, 28)),
                     'WPS Office 试用版', '学习材料 严禁外传'])
    wm_on = rng.random() < 0.45
    hdr_style = rng.random()

    def pagebreak(pg, inpara):
        n = pno[0]
        num = fmt % ((n, total) if fmt.count('%d') == 2 else n)
        lines = []
        if rng.random() < 0.3:
            lines.append(('', 'blank'))
        if hdr_style < 0.4:
            lines.append((num, 'pagination'))
        elif hdr_style < 0.7:
            lines.append((rng.choice(['%s    %s', '%s\t%s', '%s　%s']) % (comp, num), 'running_header'))
        else:
            lines.append((num.center(width) if rng.random() < 0.3 else num, 'pagination'))
            lines.append((comp, 'running_header'))
        if wm_on:
            lines.append((wm, 'watermark'))
        if rng.random() < 0.35:
            lines.append(('', 'blank'))
        # next page's running header
        r = rng.random()
        if r < 0.45:
            lines.append((chapter if rng.random() < 0.6 else comp + ' · ' + chapter, 'running_header'))
        elif r < 0.6:
            lines.append((fname, 'title_repeat'))
        if rng.random() < 0.25:
            lines.append(('', 'blank'))
        pno[0] += 1
        pg.chrome(None, lines)

    indent = rng.choice(['', '\u3000\u3000', '\u3000\u3000', '  '])
    lay_content(pg, paras, s, e, width=width, pagebreak=pagebreak, indent=indent)
    pg.blank(rng.choice([1, 2]))
    n = pno[0]
    end = [(fmt % ((n, total) if fmt.count('%d') == 2 else n), 'pagination')]
    if rng.random() < 0.5:
        end.append((comp, 'running_header'))
    if wm_on and rng.random() < 0.5:
        end.append((wm, 'watermark'))
    if rng.random() < 0.3:
        end.append((rng.choice(['（本材料根据公开资料整理）', '（来源：根据公开发布稿整理，如有出入以正式文本为准）']), 'disclaimer'))
    pg.chrome('pdftail', end)


BUILDERS = {'course': course_page, 'studyapp': studyapp_page, 'replay': replay_page, 'wechat': wechat_page,
            'village': village_page, 'govai': govai_page, 'pdf': pdf_page}


# --------------------------------------------------------------------------- choosing runs

def free_gaps(paras, lo, hi, taken):
    """Maximal runs [a, b] of usable paragraphs inside lo..hi that no index in ``taken`` touches."""
    gaps, a = [], None
    for i in range(lo, hi + 2):
        free = i <= hi and i not in taken and not is_bad(paras[i])
        if free and a is None:
            a = i
        elif not free and a is not None:
            gaps.append((a, i - 1))
            a = None
    return gaps


def choose_runs(rng, corpus, styles):
    """One run per document. Documents with a gap of >= 5 paragraphs no other set used come first; a middle
    run sits inside such a gap where there is one, else where it touches the fewest used paragraphs; every
    eighth run is put at the document head and every eighth at its tail even if earlier sets used them."""
    used, lock = load_ranges(LOCKED)
    picks = []
    for folder, n in FOLDERS:
        names = sorted(f for f in os.listdir(os.path.join(corpus, folder)) if f.endswith('.txt'))
        fresh, rest = [], []
        for f in names:
            src = folder + '/' + f
            paras = read_paras(os.path.join(corpus, src))
            lo, hi = usable_bounds(paras)
            if hi - lo + 1 < 8 or sorted(len(p) for p in paras)[len(paras) // 2] < 25:
                continue
            gaps = free_gaps(paras, lo, hi, used.get(src, set()) | lock.get(src, set()))
            (fresh if any(b - a + 1 >= 5 for a, b in gaps) else rest).append((src, paras, lo, hi))
        rng.shuffle(fresh)
        rng.shuffle(rest)
        picks.extend((fresh + rest)[:n])
    rng.shuffle(picks)
    runs = []
    for k, (src, paras, lo, hi) in enumerate(picks):
        style = styles[len(runs) % len(styles)]
        L = rng.randint(5, 9) if style == 'pdf' else rng.randint(5, 16)
        u, lk = used.get(src, set()), lock.get(src, set())
        gaps = [(a, b) for a, b in free_gaps(paras, lo, hi, u | lk) if b - a + 1 >= 5]
        ok = [a for a in range(lo, hi - L + 2) if not any(is_bad(paras[i]) or i in lk for i in range(a, a + L))]
        where = 'head' if k % 8 == 0 else 'tail' if k % 8 == 4 else 'middle'
        if where == 'head' and lo in ok:
            a = lo
        elif where == 'tail' and hi - L + 1 in ok:
            a = hi - L + 1
        elif gaps:
            ga, gb = rng.choice(gaps)
            L = min(L, gb - ga + 1)
            a = rng.randint(ga, gb - L + 1)
        else:
            if not ok:
                L = 5
                ok = [a for a in range(lo, hi - L + 2) if not any(is_bad(paras[i]) or i in lk for i in range(a, a + L))]
            if not ok:
                continue
            best = min(sum(i in u for i in range(a, a + L)) for a in ok)
            a = rng.choice([a for a in ok if sum(i in u for i in range(a, a + L)) == best])
        runs.append((src, paras, a, a + L - 1, style))
    return runs


def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    styles = [s for s, n in STYLES for _ in range(n)]
    rng.shuffle(styles)
    runs = choose_runs(rng, corpus, styles)  # pdf pages take runs of 5-9 paragraphs
    os.makedirs(os.path.join(HERE, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'gold'), exist_ok=True)
    for d in ('pages', 'gold'):
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    widths = list(range(18, 46))
    rng.shuffle(widths)
    for n, (src, paras, a, b, style) in enumerate(runs, 1):
        prng = random.Random('%d-%s-%d' % (SEED, src, a))
        title, short, place = doc_title(src)
        year = int(src.split('/')[1][:4]) if src.split('/')[1][:4].isdigit() else 2024
        if src.startswith('cpc_'):
            year = 2024
        if year < 2018:  # a re-post of an older text: the page itself is recent
            year = 2024
        m = {'title': title, 'short': short if not src.startswith('state_') else title, 'place': place, 'year': year,
             'site': prng.choice(PLATFORMS if style in ('course', 'replay') else APPS),
             'width': widths[n % len(widths)]}
        pg = Page(prng, style, m)
        pg.site = m['site'] if style in ('course', 'replay', 'studyapp') else ''
        BUILDERS[style](pg, paras, a, b, m)
        pg.finish()
        doc = '%03d' % n
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in pg.rows))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            fh.write(''.join('%d\t%s\t%s\t%s\n' % (i, l, k, p) for i, (t, l, k, p) in enumerate(pg.rows, 1)))
        variants = [v for v in pg.variants if v != 'width']
        index.append('\t'.join([doc, style, src, str(a), str(b), str(len(pg.rows)), ';'.join(variants),
                                pg.site or m['site']]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('%d pages written' % (len(index) - 1))


if __name__ == '__main__':
    main()
