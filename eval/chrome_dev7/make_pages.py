#!/usr/bin/env python3
"""Generator of eval/chrome_dev7 (development / training set for chrome removal, issue 14; twelfth writer).

Reads runs of real paragraphs from the shared corpus (byte-exact) and wraps them in page chrome
written here, fresh, by helper "chromedev7": whole pages copied with Ctrl+A from a desktop browser,
reader-mode and "save as text" copies, provincial and ministry portal article pages with 信息公开
tables, national news sites, mobile news clients, forums and blogs, and hard-wrapped PDF copies.
Writes pages/NNN.txt, gold/NNN.tsv and index.tsv. Stdlib only, deterministic (seed 20261712).

    python make_pages.py          # rebuild everything in this folder
"""
import collections
import datetime
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261712
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_dev3', 'chrome_dev4', 'chrome_dev5')
SKIP_FILES = ('廣州共產黨報告', '03_中共第3次', '1954_', '1956_', '2024_枣庄', '2024_承德', '国家教材委员会组成人员')
PLAN = {'city_gwr_2024': 48, 'provincial_gwr_2025': 15, 'state_council_2004_2019': 15,
        'national_gwr_wikisource': 14, 'cpc_congress_wikisource': 9}
STYLES = ('ctrla', 'reader', 'portal', 'news', 'mobile', 'forum', 'pdf')


def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


# ----------------------------------------------------------------------------- content selection

BAD_LINE = re.compile(r'^(来源|（本文有删减）|注：|附件|名词解释|责任编辑|编辑)|↑|\[\d+\]')


def usable(p):
    return not BAD_LINE.search(p) and len(re.findall(r'[\u4e00-\u9fff]', p)) >= 2


def content_kind(paras, i):
    t = paras[i]
    n = len(paras)
    if t in ('各位代表：', '同志们：') or (re.match(r'^各.{1,80}：$', t)) or (
            len(t) <= 40 and t.endswith('：') and re.search(r'国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', t)):
        return 'greeting'
    if re.match(r'^(\d{4}|[〇一二三四五六七八九零○]{4})年.{1,3}月.{1,3}日$', t) or t == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and re.match(r'^(\d{4}|[〇一二三四五六七八九零○]{4})年.{1,3}月.{1,3}日$', paras[i + 1]) and len(t) <= 30 \
            and '。' not in t:
        return 'signature'
    if t in ('各位代表！', '同志们！') or (t.endswith('！') and i >= n - 2):
        return 'closing'
    if len(t) <= 60 and '。' not in t and not t.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def earlier_ranges():
    out = collections.defaultdict(list)
    for name in EARLIER:
        p = os.path.join(HERE, '..', name, 'index.tsv')
        if not os.path.exists(p):
            continue
        for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
            c = r.split('\t')
            out[c[2]].append((int(c[3]), int(c[4])))
    return out


def choose_runs(rng, corpus):
    """Runs of 5-40 free paragraphs, one per document; per folder about 40% start at the head of the
    document, 30% end at its tail, the rest lie in the middle (as far as free ranges allow)."""
    used = earlier_ranges()
    runs = []
    for folder in FOLDERS:
        files = sorted(f for f in os.listdir(os.path.join(corpus, folder))
                       if f.endswith('.txt') and not any(s in f for s in SKIP_FILES))
        rng.shuffle(files)
        files.sort(key=lambda f: (folder + '/' + f) in used)  # never-used documents first (stable)
        options = []
        for f in files:
            src = folder + '/' + f
            paras = [l.strip() for l in open(os.path.join(corpus, src), encoding='utf-8').read().split('\n') if l.strip()]
            n = len(paras)
            if n < 6:
                continue
            free = [usable(p) and not any(a <= i <= b for a, b in used[src]) for i, p in enumerate(paras)]
            length = rng.randint(6, 22)
            opts = collections.defaultdict(list)
            for s in range(n):
                for ln in (length, 12, 8, 5):
                    e = s + ln - 1
                    if e >= n or not all(free[s:e + 1]) or len(''.join(paras[s:e + 1])) > 9000:
                        continue
                    pos = 'head' if s <= 3 else 'tail' if e == n - 1 else 'middle'
                    opts[pos].append((s, e))
                    break
            if opts:
                options.append((src, paras, opts))
        want = PLAN[folder]
        quota = [('head', round(want * 0.4)), ('tail', round(want * 0.3)), ('middle', want)]
        taken = set()
        got = 0
        for pos, q in quota:
            k = 0
            for src, paras, opts in options:
                if got >= want or k >= q:
                    break
                if src in taken or not opts.get(pos):
                    continue
                s, e = rng.choice(opts[pos][:1] if pos == 'head' else opts[pos])
                runs.append((src, s, e, paras))
                taken.add(src)
                k += 1
                got += 1
        for src, paras, opts in options:  # fill up from any position
            if got >= want:
                break
            if src in taken:
                continue
            s, e = rng.choice([x for v in opts.values() for x in v])
            runs.append((src, s, e, paras))
            taken.add(src)
            got += 1
    return runs


# ----------------------------------------------------------------------------- small helpers

SUR = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIV = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力峰宁宇晨欣悦婷浩然思远子涵雨轩一鸣嘉怡俊杰志强海燕春梅晓东立新国庆卫东振华慧琳'
WD = '一二三四五六日'


def pname(r):
    g = r.choice(GIV) + (r.choice(GIV) if r.random() < 0.7 else '')
    return r.choice(SUR) + g


def digits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def fw(s):
    """Half-width ASCII to full-width forms."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)


def ymd(d, r, form=None):
    forms = ['%d-%02d-%02d' % (d.year, d.month, d.day), '%d年%d月%d日' % (d.year, d.month, d.day),
             '%d/%02d/%02d' % (d.year, d.month, d.day), '%d.%02d.%02d' % (d.year, d.month, d.day),
             '%d年%02d月%02d日' % (d.year, d.month, d.day)]
    return forms[form] if form is not None else r.choice(forms)


def hm(r):
    return '%02d:%02d' % (r.randint(7, 22), r.randint(0, 59))


def clean_mojibake(s):
    return ''.join(c for c in s if unicodedata.category(c) not in ('Cc', 'Cf', 'Co', 'Cn', 'Cs', 'Zl', 'Zp')
                   and c not in '\u0085\u2028\u2029\x1c\x1d\x1e\x0b\x0c')


def mojibake(r, text):
    how = r.randint(0, 5)
    if how == 0:
        s = text.encode('utf-8').decode('gbk', errors='replace')
    elif how == 1:
        s = text.encode('utf-8').decode('latin-1')
    elif how == 2:
        s = text.encode('gbk', errors='ignore').decode('utf-8', errors='replace')
    elif how == 3:
        s = '锟斤拷' * r.randint(2, 6) + text[:r.randint(0, 4)] + '烫烫烫' * r.randint(1, 3)
    elif how == 4:
        s = text.encode('utf-8').decode('cp1252', errors='replace')
    else:
        s = text.encode('gb18030').decode('big5', errors='replace')
    s = clean_mojibake(s).strip()
    return s or '锟斤拷锟斤拷'


AUTON = {'凉山': '凉山州', '恩施': '恩施州', '甘孜': '甘孜州', '阿坝': '阿坝州', '黔东南': '黔东南州', '黔南': '黔南州',
         '黔西南': '黔西南州', '锡林郭勒': '锡林郭勒盟'}


ABBR = {'北京市': '京', '天津市': '津', '河北省': '冀', '山西省': '晋', '内蒙古自治区': '蒙', '辽宁省': '辽', '吉林省': '吉',
        '黑龙江省': '黑', '上海市': '沪', '江苏省': '苏', '浙江省': '浙', '安徽省': '皖', '福建省': '闽', '江西省': '赣',
        '山东省': '鲁', '河南省': '豫', '湖北省': '鄂', '湖南省': '湘', '广东省': '粤', '广西壮族自治区': '桂', '海南省': '琼',
        '重庆市': '渝', '四川省': '川', '贵州省': '黔', '云南省': '滇', '西藏自治区': '藏', '陕西省': '陕', '甘肃省': '甘',
        '青海省': '青', '宁夏回族自治区': '宁', '新疆维吾尔自治区': '新', '北京': '京', '上海': '沪', '天津': '津', '重庆': '渝'}


SITE_ABBR = {'大众网': '鲁', '齐鲁网': '鲁', '红网': '湘', '荆楚网': '鄂', '浙江在线': '浙', '东北网': '黑', '南方网': '粤',
             '川观新闻': '川', '澎湃新闻': '沪', '上观新闻': '沪', '腾讯新闻': '粤', '网易新闻': '粤', '极目新闻': '鄂', '潮新闻': '浙',
             '天涯社区': '琼', '凯迪社区': '琼', '简书': '沪', '博客园': '沪', '西祠胡同': '苏', '豆丁网': '沪', '原创力文档': '皖',
             '腾讯文档': '粤', 'WPS云文档': '京'}
CITY_PROV = {}
for _abbr, _cities in (('琼', '三亚'), ('沪', '上海'), ('鲁', '东营 临沂 威海 德州 日照 枣庄 泰安 济南 济宁 淄博 滨州 潍坊 烟台 聊城 菏泽 青岛'),
                       ('粤', '中山 广州 深圳'), ('浙', '丽水 台州 嘉兴 宁波 杭州 温州 湖州 绍兴 舟山 衢州 金华'), ('新', '乌鲁木齐'),
                       ('川', '乐山 内江 凉山 南充 宜宾 巴中 广元 广安 德阳 成都 攀枝花 泸州 甘孜 眉山 绵阳 资阳 达州 遂宁 阿坝 雅安'),
                       ('皖', '亳州 六安 合肥 宣城 宿州 池州 淮北 淮南 滁州 芜湖 蚌埠 铜陵 阜阳 马鞍山 黄山'),
                       ('黔', '六盘水 安顺 毕节 贵阳 遵义 铜仁 黔东南 黔南 黔西南'), ('京', '北京'), ('津', '天津'), ('渝', '重庆'),
                       ('桂', '北海 南宁 崇左 来宾 柳州 桂林 梧州 河池 玉林 百色 贵港 贺州 钦州 防城港'),
                       ('鄂', '十堰 咸宁 天门 孝感 宜昌 恩施 武汉 潜江 荆州 荆门 襄阳 鄂州 随州 黄冈 黄石'), ('苏', '南京 南通 常州 徐州 扬州 无锡 泰州 淮安 盐城 苏州 连云港 镇江'),
                       ('闽', '厦门'), ('赣', '吉安 宜春 抚州 赣州'), ('吉', '吉林'), ('蒙', '呼和浩特 锡林郭勒'), ('黑', '哈尔滨 牡丹江'),
                       ('冀', '承德'), ('晋', '晋城 长治 阳泉'), ('藏', '林芝'), ('湘', '岳阳 永州 益阳 郴州 长沙'), ('辽', '沈阳'),
                       ('宁', '银川')):
    for _c in _cities.split():
        CITY_PROV[_c] = _abbr


class Ctx:
    """What the chrome of one page knows about its document and site."""

    def __init__(self, r, src, s, e, paras, style, site, domain):
        self.r, self.src, self.s, self.e, self.paras, self.style = r, src, s, e, paras, style
        self.site, self.domain = site, domain
        folder, f = src.split('/')
        base = f[:-4]
        self.folder = folder
        self.docno = ''
        self.issuer = '人民政府'
        if folder == 'city_gwr_2024':
            self.place = base.split('_')[1]
            self.city = AUTON.get(self.place, self.place + '市')
            self.title = r.choice(['%s2024年政府工作报告', '%s政府工作报告（2024年）', '2024年%s政府工作报告']) % self.city
            self.full_title = '2024年%s人民政府工作报告' % self.city
            self.year = 2024
            self.date = datetime.date(2024, r.choice((1, 1, 1, 2)), r.randint(3, 28))
            self.issuer = self.city + '人民政府'
            self.speaker = '市长　' + pname(r)
        elif folder == 'provincial_gwr_2025':
            self.place = base.split('_')[1]
            self.city = self.place
            self.title = '2025年%s政府工作报告' % self.place
            self.full_title = '政府工作报告——2025年1月在%s第十四届人民代表大会第三次会议上' % self.place
            self.year = 2025
            self.date = datetime.date(2025, r.choice((1, 1, 2)), r.randint(6, 27))
            self.issuer = self.place + '人民政府'
            self.speaker = '省长　' + pname(r)
        elif folder == 'national_gwr_wikisource':
            y = int(base[:4])
            self.place = '国务院'
            self.city = '全国'
            self.title = '%d年国务院政府工作报告' % y
            self.full_title = '政府工作报告（%d年）' % y
            self.year = y
            self.date = datetime.date(y, 3, r.randint(5, 20)) if y >= 2019 else \
                datetime.date(r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))
            self.issuer = '国务院'
            self.speaker = '国务院总理'
        elif folder == 'cpc_congress_wikisource':
            parts = base.split('_')
            self.place = '中共中央'
            self.city = '全国'
            self.title = '——'.join(parts[2:]) if len(parts) > 2 else parts[-1]
            self.full_title = '在中国共产党第%s次全国代表大会上的报告' % parts[1].replace('中共第', '').replace('次全国代表大会', '')
            self.year = 2000
            self.date = datetime.date(r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))
            self.issuer = '中国共产党中央委员会'
            self.speaker = ''
        else:
            idx = {}
            for row in open(os.path.join(CORPUS, folder, '_index.tsv'), encoding='utf-8').read().strip('\n').split('\n')[1:]:
                c = row.split('\t')
                idx[c[0]] = c
            c = idx.get(f)
            self.title = c[2] if c else base.split('_', 2)[2]
            self.docno = c[3] if c else base.split('_')[1].replace('[', '〔').replace(']', '〕')
            self.issuer = c[4] if c else '国务院办公厅'
            pub = c[5] if c else '2019-01-15'
            y, m, d = (int(x) for x in pub.split('-'))
            self.date = datetime.date(y, m, d)
            self.year = int(base[:4])
            self.place = self.issuer
            self.city = '全国'
            self.full_title = self.title
            self.speaker = ''
        self.written = self.date - datetime.timedelta(days=r.randint(2, 20))
        self.headings = [p for p in paras if re.match(r'^[一二三四五六七八九十]{1,3}、', p) and len(p) <= 40 and '。' not in p]
        self.content = set(paras[s:e + 1])
        self.short = self.title if len(self.title) <= 30 else self.title[:r.randint(14, 24)] + '…'
        self.mode = 'savetext' if style == 'reader' and r.random() < 0.5 else ''
        self.site_kind = 'gov' if domain.endswith('gov.cn') else 'other'
        # the footer's 备案 abbreviation is the site's province, not the document's
        self.abbr = SITE_ABBR.get(site) or ABBR.get(site.replace('人民政府', '')) or \
            CITY_PROV.get(re.sub('(市|州|盟)人民政府$', '', site)) or '京'

    @property
    def r_(self):
        return self.r


CORPUS = None


# ----------------------------------------------------------------------------- chrome blocks
# Each b_* returns a list of (text, kind). Every string below was written for this set.

def K(kind, *lines):
    return [(l, kind) for l in lines]


def b_skip(c):
    r = c.r
    return K('accessibility', r.choice(['跳到主要内容', '跳过导航，直达正文', '[跳转到主内容区]', 'Skip to main content',
                                       '跳转至正文 ↓', '※ 跳过导航栏', '直接跳到内容区域']))


def b_accessibility(c):
    r = c.r
    shape = r.randint(0, 4)
    if shape == 0:
        return K('accessibility', r.choice(['无障碍浏览', '无障碍', '【无障碍】', '无障碍阅读']),
                 r.choice(['长者模式', '关怀版', '适老化版本', '老年模式']))
    if shape == 1:
        items = r.sample(['放大', '缩小', '高对比度', '语音朗读', '指读', '连读', '大字幕', '光标', '辅助线', '恢复默认', '退出无障碍'], 6)
        return K('accessibility', (r.choice(['　', ' | ', '  ', '｜'])).join(items))
    if shape == 2:
        return K('accessibility', '无障碍辅助工具', *r.sample(['页面缩放 + －', '读屏模式：关', '纯文本', '配色：黑底黄字',
                                                            '鼠标样式', '显示屏幕：开启', '帮助 ?', '重置'], 4))
    if shape == 3:
        return K('accessibility', r.choice(['适老化 | 无障碍', '【长辈版】【无障碍】', 'ENGLISH | 无障碍 | 繁體', '繁體 | 无障碍 | 适老模式']))
    return K('accessibility', '本网站支持IPv6', r.choice(['无障碍服务已开启，按 Alt+Shift+A 关闭', '您已进入无障碍模式']))


def b_widget(c):
    r = c.r
    d = c.date
    wd = WD[d.weekday()]
    w = r.choice(['晴', '多云', '阴', '小雨', '晴转多云', '雨夹雪', '小雪', '阵雨'])
    t1, t2 = r.randint(-8, 12), r.randint(13, 25)
    city = c.city if c.city != '全国' else r.choice(['北京', '上海', '广州', '成都', '武汉'])
    city = re.sub('(省|自治区|壮族|回族|维吾尔)', '', city)
    forms = [
        ['今天是：%d年%d月%d日　星期%s' % (d.year, d.month, d.day, wd), '%s　%s　%d℃~%d℃' % (city.rstrip('市'), w, t1, t2)],
        ['%s 星期%s 农历%s' % (ymd(d, r, 1), wd, r.choice(['腊月初九', '正月十二', '冬月廿三', '腊月廿八', '二月初三']))],
        ['%s  %s %d°C / %d°C  空气质量：%s' % (city.rstrip('市'), w, t1, t2, r.choice(['优', '良', '轻度污染']))],
        ['%s %s' % (ymd(d, r, 0), hm(r)), '星期%s' % wd],
        ['当前时间：%d年%02d月%02d日 %s:%02d 星期%s' % (d.year, d.month, d.day, hm(r), r.randint(0, 59), wd)],
        ['Today is %s, %s' % (d.strftime('%A'), d.isoformat()), '%s · %s %d~%d℃' % (city.rstrip('市'), w, t1, t2)],
        ['☀ %s %d℃' % (w, r.randint(-3, 22)), 'AQI %d' % r.randint(18, 160)],
    ]
    return K('widget', *r.choice(forms))


def b_topbar(c):
    r = c.r
    if c.site_kind != 'gov':
        forms = [['%s首页 | 频道 | 客户端 | 登录' % c.site], ['新闻客户端　微博　微信　抖音号'], ['设为首页　|　手机版　|　English　|　繁體'],
                 ['%s　%s' % (c.site, r.choice(['党网·时政', '国家重点新闻网站', '权威发布　全媒体'])), '下载客户端'],
                 ['网站导航 ▾', '地方频道 ▾', '移动端 ▾']]
        return K('nav', *r.choice(forms))
    forms = [
        ['%s欢迎您！' % c.site, '设为首页 | 加入收藏 | 手机版 | English'],
        ['手机版　　微信　　微博　　政务APP', '简 | 繁 | EN'],
        ['%s　　首页 | 登录 | 注册 | 移动客户端' % c.site],
        ['欢迎访问%s' % c.site, '【设为首页】【加入收藏】【联系我们】'],
        ['站群导航 ▼', '省政府 | 市州 | 县区 | 部门'],
        ['政务微博', '政务微信', '政务头条号', '手机版'],
    ]
    return K('nav', *r.choice(forms))


def b_login(c):
    r = c.r
    forms = [['登录', '注册'], ['您好，欢迎来到%s！请 [登录] 或 [免费注册]' % c.site],
             ['个人登录 | 法人登录'], ['用户名：', '密　码：', '验证码：', '□ 记住我　　忘记密码?', '登　录'],
             ['登录/注册'], ['Hi，请登录　免费注册　我的订单'], ['统一身份认证登录']]
    return K('login', *r.choice(forms))


def b_search(c):
    r = c.r
    forms = [['搜索', '请输入关键字'], ['站内搜索：', '全站 ▼　请输入关键词　搜索'], ['🔍 搜索'],
             ['高级检索 | 热词：%s' % '　'.join(r.sample(['营商环境', '医保', '社保卡', '公积金', '招聘', '补贴', '教育'], 3))],
             ['输入关键词搜索 Q'], ['热搜：政府工作报告　两会　%s' % r.choice(['就业', '乡村振兴', '高质量发展'])]]
    return K('nav', *r.choice(forms))


def b_sitename(c):
    r = c.r
    forms = [[c.site], [c.site, c.domain], ['%s　%s' % (c.site, c.domain.upper())],
             ['%s　www.%s' % (c.site, c.domain)], ['[logo] %s' % c.site], [c.site + '欢迎您']]
    return K('nav', *r.choice(forms))


MENUS = {
    'portal': [['首页', '要闻动态', '政务公开', '政务服务', '互动交流', '走进' + '{place}'],
               ['网站首页', '政府信息公开', '新闻中心', '办事服务', '政民互动', '数据开放', '专题专栏'],
               ['首页', '机构', '新闻', '政策', '服务', '互动', '数据']],
    'news': [['首页', '时政', '国际', '财经', '社会', '评论', '视频', '图片', '地方'],
             ['要闻', '时政', '理论', '军事', '港澳', '科技', '教育', '健康', '文旅'],
             ['新闻', '直播', '视频', '专题', '图片', '观点', '数据', '英文']],
    'forum': [['论坛首页', '版块', '精华区', '热帖', '搜索', '帮助'], ['首页', '发现', '专栏', '圈子', '消息', '我的']],
}


def b_menu(c, family=None):
    r = c.r
    fam = family or ('portal' if c.site_kind == 'gov' else 'forum' if c.style == 'forum' and r.random() < 0.7 else 'news')
    items = [x.replace('{place}', c.city.rstrip('市')) for x in r.choice(MENUS[fam])]
    shape = r.randint(0, 5)
    if shape == 0:
        return K('nav', *items)
    if shape == 1:
        return K('nav', r.choice(['　', ' | ', ' ', '  ·  ', '｜', ' / ']).join(items))
    if shape == 2:
        return K('nav', *['* ' + x for x in items])
    if shape == 3:
        half = len(items) // 2
        return K('nav', '  '.join(items[:half]), '  '.join(items[half:]))
    if shape == 4:
        py = {'首页': 'HOME', '政务公开': 'ZHENGWU GONGKAI', '新闻中心': 'NEWS', '政务服务': 'SERVICE',
              '互动交流': 'INTERACTION', '要闻': 'TOP NEWS', '时政': 'POLITICS'}
        out = []
        for x in items:
            out.append(x)
            if x in py and r.random() < 0.7:
                out.append(py[x])
        return K('nav', *out)
    return K('nav', '≡ ' + r.choice(['菜单', '导航', 'MENU']), *items[:r.randint(3, len(items))])


def b_megamenu(c):
    r = c.r
    groups = [('政务公开', ['政府文件', '政策解读', '人事信息', '财政资金', '规划计划', '统计数据', '政府工作报告', '建议提案办理']),
              ('政务服务', ['个人办事', '法人办事', '一件事一次办', '好差评', '证照查询', '便民服务']),
              ('互动交流', ['领导信箱', '在线访谈', '征集调查', '12345热线', '常见问题']),
              ('走进' + c.city.rstrip('市'), ['地理概况', '历史沿革', '行政区划', '人口民族', '文化旅游']),
              ('新闻中心', ['今日要闻', '部门动态', '区县动态', '图片新闻', '视频新闻', '媒体聚焦'])]
    out = []
    for g, subs in r.sample(groups, r.randint(2, 4)):
        sub = r.sample(subs, r.randint(3, len(subs)))
        if r.random() < 0.5:
            out.append(g)
            out.extend(sub)
        else:
            out.append(g + r.choice(['：', '　', ' > ', ' ▸ ']) + r.choice(['　', ' ', ' | ']).join(sub))
    return K('nav', *out)


def b_breadcrumb(c):
    r = c.r
    if c.site_kind == 'gov':
        trail = r.choice([['首页', '政务公开', '政府工作报告'], ['首页', '信息公开', '法定主动公开内容', '计划总结'],
                          ['网站首页', '新闻中心', '时政要闻'], ['首页', '政策', '国务院文件'], ['首页', '政务公开', '政策文件'],
                          ['首页', '专题专栏', '%d年两会' % c.date.year], ['首页', '政府信息公开', '重要部署'],
                          ['首页', '政府信息公开', '政府工作报告', '%d年' % c.date.year]])
    elif c.style == 'forum':
        trail = r.choice([['论坛', '时政论坛', '帖子详情'], ['首页', '社区', '百姓杂谈'], ['首页', '博文', '学习资料'],
                          ['首页', '专栏', '政经观察'], ['%s首页' % c.site, '杂谈'], ['首页', '文章', '正文']])
    else:
        trail = r.choice([['首页', '时政', '正文'], ['主页', '资讯', '国内'], ['新闻中心', '国内新闻'], ['首页', '地方', c.city.rstrip('市')],
                          ['%s首页' % c.site, '滚动新闻'], ['首页', '%d全国两会' % c.date.year, '权威发布'], ['首页', '财经', '宏观']])
    shape = r.randint(0, 6)
    lead = r.choice(['当前位置：', '您现在的位置：', '您所在的位置：', '位置：', '', '📍', '当前位置 : '])
    if shape == 0:
        return K('breadcrumb', lead + r.choice([' > ', '>', ' >> ', ' / ', ' » ', '＞', ' → ']).join(trail))
    if shape == 1:
        out = [lead.strip() or '当前位置'] if lead.strip() else []
        sep = r.choice(['>', '>>', '/', '›', '＞'])
        for i, t in enumerate(trail):
            out.append(t)
            if i < len(trail) - 1:
                out.append(sep)
        return K('breadcrumb', *out)
    if shape == 2:
        return K('breadcrumb', lead + ' > '.join(trail) + ' > 正文')
    if shape == 3:
        return K('breadcrumb', ' > '.join('[%s](https://%s/%s/)' % (t, c.domain, 'x' * 0 + 'c' + digits(r, 3)) for t in trail))
    if shape == 4:
        return K('breadcrumb', *['%d. %s' % (i + 1, t) for i, t in enumerate(trail)])
    if shape == 5:
        return K('breadcrumb', '%s首页 » %s' % (c.site, ' » '.join(trail[1:])))
    return K('breadcrumb', '→ ' + ' → '.join(trail))


def title_forms(c):
    t, r = c.title, c.r
    forms = [t + '_' + c.site, t + ' - ' + c.site, '【%s】' % t, t + '（全文）', '%s全文' % t, '《%s》' % t,
             '重磅！%s全文发布' % t, '全文丨' + t, '%s（附全文）' % t, '<title>%s_%s</title>' % (t, c.site),
             c.short + '_' + c.domain, '%s——%s' % (t, c.site), t + '【' + c.site + '】', '权威发布 | ' + t,
             t + '.pdf', t + '.docx', '「%s」' % t, t.replace('年', '年 ', 1), '%s - 正文' % t,
             '%s（%s）' % (t, ymd(c.date, r, 1)), '实录：' + t, '#' + t + '#', t + ' | 全文实录']
    if c.full_title != t:
        forms += [c.full_title, '【' + c.full_title + '】']
    if c.docno:
        forms += ['%s（%s）' % (t, c.docno), c.docno + ' ' + t]
    return forms


def b_title(c):
    r = c.r
    f = r.choice(title_forms(c))
    if r.random() < 0.15 and len(c.title) > 14:
        k = r.randint(6, len(c.title) - 5)
        return K('title_repeat', c.title[:k], c.title[k:])
    if r.random() < 0.12:
        return K('title_repeat', f, r.choice(['——', '—', '----']) + (c.speaker or c.issuer))
    return K('title_repeat', f)


def b_intro(c):
    r = c.r
    d = c.date
    if c.folder in ('city_gwr_2024', 'provincial_gwr_2025'):
        ev = '%d月%d日，%s第%s届人民代表大会第%s次会议开幕。' % (d.month, max(1, d.day - 3), c.place, r.choice(['十七', '十八', '十四', '十五']), r.choice(['三', '四', '五']))
        ev += '%s代表%s作政府工作报告。' % (c.speaker.replace('　', '') or '政府负责同志', c.issuer)
    elif c.folder == 'national_gwr_wikisource':
        ev = r.choice(['%d年全国人民代表大会会议开幕，国务院总理代表国务院向大会作政府工作报告。' % c.year,
                       '政府工作报告是观察当年经济社会发展走向的重要窗口。',
                       '重温历年政府工作报告，回望共和国发展历程。本期推送%d年政府工作报告。' % c.year])
    elif c.folder == 'cpc_congress_wikisource':
        ev = '党的全国代表大会报告是了解党的理论和路线方针政策的基本文献，本站整理刊发，供学习使用。'
    else:
        ev = '%s，%s印发《%s》（%s）。' % (ymd(c.date, r, 1), c.issuer, c.title, c.docno or '文号略')
    forms = [['编者按：' + ev + '以下为报告全文。'], ['【导读】' + ev], ['摘要：' + ev + '全文如下。'],
             ['核心提示：' + ev], ['编者的话', ev + '现将全文刊发如下，供读者参阅。'], ['全文如下：'], ['以下为全文：'],
             ['👇👇👇 报告全文 👇👇👇'], ['▌导读', ev], ['【编者按】本文约%d字，阅读需要%d分钟。' % (r.randint(8, 30) * 1000, r.randint(12, 40))],
             ['内容摘要：' + ev], ['（以下为报告原文，小标题为编辑所加）'], ['小编为大家整理了全文，建议收藏⭐'],
             ['【阅读提示】全文约%d字，建议先收藏后阅读。' % (r.randint(8, 30) * 1000)], ['本期关注：' + ev],
             ['学习笔记｜今天和大家一起学习%s。' % c.short], ['▎本文来源于网络公开资料，整理：%s' % pname(r)], ['划重点！' + ev]]
    return K('intro', *r.choice(forms))


def b_toc(c):
    r = c.r
    hs = c.headings
    if len(hs) < 2:
        hs = [p for p in c.paras if re.match(r'^（[一二三四五六七八九十]{1,3}）', p) and len(p) <= 40 and '。' not in p]
    if len(hs) < 2:
        hs = ['%s、%s' % (n, t) for n, t in zip('一二三四', r.sample(['工作回顾', '总体要求', '重点任务', '保障措施', '主要目标'], 3))]
    out = [r.choice(['目录', '目　录', '本文目录', '【目录】', 'CONTENTS', '文章目录（点击跳转）', '◆ 目录'])]
    page = r.randint(1, 3)
    shape = r.randint(0, 4)
    for h in hs[:8]:
        page += r.randint(1, 6)
        if shape == 0:
            out.append('%s%s%d' % (h, '.' * r.randint(6, 20), page))
        elif shape == 1:
            out.append('%s\t%d' % (h, page))
        elif shape == 2:
            out.append('· ' + h)
        elif shape == 3:
            out.append('%s ………… %d' % (h, page))
        else:
            out.append('[%s](#%s)' % (h, 'sec' + str(page)))
    out = [x for x in out if x.strip() not in c.content]
    if r.random() < 0.4:
        out.append(r.choice(['[收起目录]', '展开目录 ∨', '（点击标题可跳转）']))
    return K('toc', *out)


def info_table(c):
    """The 信息公开 metadata of a portal article, in many layouts."""
    r = c.r
    idx = r.choice(['%s/%s-%s-%d-%s' % (digits(r, 9), digits(r, 4), r.choice(['00', '01', '02']), c.date.year, digits(r, 6)),
                    '%s-%d-%s' % (digits(r, 8), c.date.year, digits(r, 5)),
                    'KA%s-%s-%d-%s' % (digits(r, 3), digits(r, 2), c.date.year, digits(r, 4)),
                    '%s/%d-%s' % (digits(r, 11), c.date.year, digits(r, 5))])
    org = c.issuer if c.folder != 'cpc_congress_wikisource' else r.choice(['中共中央办公厅', '本网'])
    theme = r.choice(['综合政务/政府工作报告', '综合政务\\其他', '国民经济管理、国有资产监管/国民经济发展规划、计划',
                      '政府工作报告', '国务院组织机构', '财政、金融、审计/财政', '工作报告', '综合政务/规划计划'])
    written = ymd(c.written, r, r.choice((0, 1, 4)))
    pub = ymd(c.date, r, r.choice((0, 1, 4)))
    docno = c.docno or r.choice(['', '无', '—', '%s〔%d〕%d号' % (r.choice(['政办发', '府发', '办发']), c.date.year, r.randint(1, 40))])
    pairs = [('索引号', idx), ('发布机构', org), ('主题分类', theme), ('成文日期', written), ('文号', docno),
             ('发布日期', pub), ('标题', c.short), ('有效性', r.choice(['有效', '现行有效', '']))]
    if r.random() < 0.4:
        pairs.insert(3, ('体裁分类', r.choice(['报告', '通知', '意见', '其他'])))
    if r.random() < 0.3:
        pairs = [('信息名称' if k == '标题' else k, v) for k, v in pairs]
    if r.random() < 0.3:
        pairs = [({'发布机构': '发文机关', '文号': '发文字号', '成文日期': '生成日期'}.get(k, k), v) for k, v in pairs]
    if r.random() < 0.35:
        pairs.append(('公开方式', r.choice(['主动公开', '依申请公开'])))
        if r.random() < 0.5:
            pairs.append(('公开范围', r.choice(['全文公开', '面向社会'])))
    if r.random() < 0.2:
        pairs.insert(0, ('信息公开目录', r.choice(['政府工作报告', '规划计划', '政策文件'])))
    if r.random() < 0.5:
        pairs = [p for p in pairs if p[0] not in ('有效性', '标题')]
    layout = r.randint(0, 8)
    if layout == 7:
        out = []
        for k, v in pairs:
            out += [k, v or '—']
        return [(x, 'metadata') for x in out]
    if layout == 8:
        w = max(len(k) for k, _ in pairs)
        out = ['┌' + '─' * (w + 2) + '┬' + '─' * 24 + '┐']
        for k, v in pairs:
            out.append('│ ' + k + '　' * (w - len(k)) + ' │ ' + v)
        out.append('└' + '─' * (w + 2) + '┴' + '─' * 24 + '┘')
        return K('metadata', *out)
    sep = r.choice(['：', ':', '： ', '　'])
    if layout == 0:
        return K('metadata', *['%s%s%s' % (k, sep, v) for k, v in pairs])
    if layout == 1:
        return K('metadata', '　'.join('%s%s%s' % (k, sep, v) for k, v in pairs))
    if layout == 2:
        out = []
        for i in range(0, len(pairs), 2):
            out.append('\t'.join('%s：\t%s' % kv for kv in pairs[i:i + 2]))
        return K('metadata', *out)
    if layout == 3:
        out = []
        for k, v in pairs:
            out.append(k + r.choice(['', '：']))
            if v:
                out.append(v)
        return K('metadata', *out)
    if layout == 4:
        return K('metadata', '| ' + ' | '.join(k for k, _ in pairs) + ' |', '|' + '---|' * len(pairs),
                 '| ' + ' | '.join(v or ' ' for _, v in pairs) + ' |')
    if layout == 5:
        return K('metadata', *['[%s] %s' % (k, v) for k, v in pairs])
    out = ['%s%s%s　　%s%s%s' % (pairs[i][0], sep, pairs[i][1], pairs[i + 1][0], sep, pairs[i + 1][1])
           for i in range(0, len(pairs) - 1, 2)]
    if len(pairs) % 2:
        out.append('%s%s%s' % (pairs[-1][0], sep, pairs[-1][1]))
    return K('metadata', *out)


def b_meta_portal(c):
    r = c.r
    src = r.choice([c.issuer + '办公室', c.site, '%s日报' % c.city.rstrip('市').rstrip('省'), '市政府办公室', '本网', '政府办'])
    views = r.randint(300, 99999)
    forms = [['发布时间：%s %s　来源：%s　浏览次数：%d' % (ymd(c.date, r, 0), hm(r), src, views)],
             ['时间：%s' % ymd(c.date, r, 0), '来源：%s' % src, '作者：%s' % r.choice(['', '办公室', pname(r)])],
             ['【发布时间：%s】【来源：%s】【字体：大 中 小】' % (ymd(c.date, r, 1), src)],
             ['%s　%s' % (ymd(c.date, r, 0), src), '阅读量：%d' % views],
             ['信息来源：%s　　发布日期：%s' % (src, ymd(c.date, r, 4)), '点击数：%d' % views],
             ['日期：' + ymd(c.date, r, 3), '来源：' + src, '访问量：%d次' % views]]
    return K('metadata', *r.choice(forms))


def b_meta_news(c):
    r = c.r
    src = r.choice(['新华社', '人民日报', c.site, '%s日报' % c.city.rstrip('市').rstrip('省'), '央视新闻', '中国政府网', '%s发布' % c.city.rstrip('市')])
    ed = pname(r)
    forms = [['%s %s　来源：%s' % (ymd(c.date, r, 0), hm(r) + ':%02d' % r.randint(0, 59), src)],
             ['%s　%s　来源：%s　作者：%s' % (ymd(c.date, r, 1), hm(r), src, pname(r))],
             ['来源：%s' % src, ymd(c.date, r, 0) + ' ' + hm(r)],
             ['%s %s | 来源: %s | 责任编辑: %s' % (ymd(c.date, r, 0), hm(r), src, ed)],
             ['%s丨%s' % (src, ymd(c.date, r, 2)), '字号：T|T'],
             ['原标题：' + c.short, '来源：' + src], ['记者　%s　%s' % (pname(r), pname(r)), '%s　%s' % (ymd(c.date, r, 1), hm(r))]]
    return K('metadata', *r.choice(forms))


def b_fontsize(c):
    r = c.r
    forms = [['字号：大 中 小'], ['【字体：大 中 小】'], ['字号', '大', '中', '小'], ['【字号', '大', '中', '小', '】'],
             ['A+ A A-'], ['字体大小：T | T | T'], ['[ 大字 ] [ 中字 ] [ 小字 ]'], ['字号：', '默认', '大', '超大'],
             ['字号：T　T'], ['调整字号 +　－'], ['【大】【中】【小】'], ['文字：放大　缩小　默认'], ['字号 +', '字号 -'],
             ['字体：', '宋体　黑体　楷体', '字号：16 ▼'], ['【字体：小 中 大】'], ['A A A']]
    return K('toolbar_fontsize', *r.choice(forms))


def b_actions(c):
    r = c.r
    forms = [['【打印本页】　【关闭窗口】'], ['打印', '关闭'], ['[打印] [收藏] [关闭]'], ['打印本页 | 关闭窗口 | 返回顶部'],
             ['🖨 打印　⭐ 收藏　✕ 关闭'], ['【我要打印】【关闭】【纠错】'], ['打印', '收藏', '下载', '全屏'],
             ['[ 打印本页 ]　[ 关闭本页 ]'], ['返回顶部 ↑'], ['↑ TOP'], ['保存为PDF　打印　关闭']]
    return K('toolbar_actions', *r.choice(forms))


def b_share(c):
    r = c.r
    plat = ['微信', '微博', 'QQ空间', 'QQ好友', '豆瓣', '人人网', '朋友圈', '抖音', '复制链接']
    shape = r.randint(0, 4)
    lead = r.choice(['分享到：', '分享：', '分享到', '一键分享', '转发到：'])
    pick = r.sample(plat, r.randint(3, 6))
    if shape == 0:
        return K('share', lead + ' '.join(pick))
    if shape == 1:
        return K('share', lead.rstrip('：'), *pick)
    if shape == 2:
        return K('share', lead + '　' + '　'.join('[%s]' % p for p in pick))
    if shape == 3:
        return K('share', '分享　%d' % r.randint(2, 999), '收藏　%d' % r.randint(0, 300), '点赞　%d' % r.randint(0, 900))
    return K('share', '扫码分享到微信朋友圈', '分享到：' + '/'.join(pick))


def b_qr(c):
    r = c.r
    forms = [['扫一扫在手机打开当前页'], ['【扫一扫在手机上查看当前页面】'], ['手机扫码阅读', '[二维码]'],
             ['用微信“扫一扫”，', '打开网页后点击屏幕右上角分享按钮'], ['扫描二维码　手机浏览'],
             ['📱 扫码看全文'], ['微信扫一扫，分享给好友'], ['手机看', '（请使用微信扫描二维码）'], ['[二维码] 手机版'],
             ['扫码关注%s' % c.site, '获取更多政务信息'], ['在手机上阅读本文'], ['移动端访问 ▣'], ['打开微信，点击底部的“发现”，', '使用“扫一扫”即可将网页分享至朋友圈。']]
    return K('qr', *r.choice(forms))


HEADLINES = ['{city}召开全市经济工作会议', '{city}持续优化营商环境 新增经营主体{n}万户', '一图读懂{year}年{city}政府工作报告',
             '数说{city}这一年：地区生产总值增长{p}%', '代表委员热议政府工作报告', '{city}发布{year}年十大民生实事项目',
             '视频丨市长访谈：稳字当头 干字为先', '{city}：今年重点抓好这些事', '国务院常务会议部署推进有关工作',
             '解读：报告中的“新提法”有哪些？', '{city}举行新闻发布会介绍一季度经济运行情况', '权威解读来了！',
             '政府工作报告中的民生温度', '{city}两会闭幕 选举产生新一届领导班子', '报告起草组成员详解十大看点',
             '国家统计局发布去年国民经济运行数据。', '{city}出台支持民营经济发展二十条措施。', '春运首日客流平稳有序',
             '一组海报带你速览报告要点', '{city}：加快建设现代化产业体系', '多地公布今年经济增长目标']


ACTORS = ['{city}', '{full}政府', '国务院', '国家发展改革委', '财政部', '多部门', '{full}委常委会', '省政府', '{full}统计局', '人社部',
          '教育部', '住建部', '交通运输部', '{full}市场监管局', '{full}发展改革委']
PRED = ['召开全市经济工作会议', '持续优化营商环境，新增经营主体{n}万户', '发布{year}年十大民生实事项目', '部署推进城市更新行动',
        '出台支持民营经济发展{n}条措施', '举行新闻发布会介绍一季度经济运行情况', '通报{year}年度考核结果', '召开常务会议研究部署春季农业生产',
        '发布首批新质生产力重点项目清单', '印发降低物流成本行动方案', '开展安全生产大检查', '启动{year}年高校毕业生就业服务季',
        '推出{n}项便民利企举措', '召开全面从严治党工作会议', '：今年重点抓好这些事', '：加快建设现代化产业体系',
        '：让“高效办成一件事”落地见效', '公布去年经济数据，地区生产总值增长{p}%', '推进新型工业化，规上工业增加值增长{p}%']
WHOLE = ['代表委员热议政府工作报告', '专家解读报告中的“新提法”', '报告起草组成员详解十大看点', '一组海报带你速览报告要点',
         '政府工作报告中的民生温度', '春运首日客流平稳有序', '多地公布今年经济增长目标', '回应群众关切：物业费怎么管？',
         '稳增长：信心从哪里来', '这些民生“大礼包”请查收', '数说这一年', '关于政府工作报告，你关心的都在这里',
         '今年的“任务书”来了', '国家统计局发布去年国民经济运行数据。', '两会时间｜代表通道里的故事']
COLUMN = ['', '', '', '', '记者手记丨', '数读｜', '快讯：', '视频｜', '【权威发布】', '图解：', '两会快评｜', '一图读懂｜', '重磅！', '热点丨']


def headline(c):
    r = c.r
    city = c.city.rstrip('市') if c.city != '全国' else r.choice(['北京', '广东', '浙江', '四川', '山东', '湖北'])
    if r.random() < 0.3:
        h = r.choice(WHOLE)
    else:
        v = r.choice(PRED).format(year=c.date.year, n=r.randint(2, 30), p='%.1f' % (r.randint(40, 70) / 10))
        full = c.city if c.city != '全国' else city + r.choice(['省', '市'])
        h = r.choice(ACTORS).format(city=city, full=full) + v
    return r.choice(COLUMN) + h


def b_related(c):
    r = c.r
    head = r.choice(['相关新闻', '延伸阅读', '相关链接', '推荐阅读', '相关文章', '【相关阅读】', '热点推荐', '猜你喜欢',
                     '更多精彩', '>>相关报道', '热门文章 TOP10', '相关稿件'])
    n = r.randint(3, 7)
    shape = r.randint(0, 4)
    out = [head]
    for i in range(n):
        h = headline(c)
        if shape == 0:
            out.append(h)
        elif shape == 1:
            out.append('· %s　%s' % (h, ymd(c.date - datetime.timedelta(days=r.randint(0, 60)), r, 0)))
        elif shape == 2:
            out.append('%d. %s' % (i + 1, h))
        elif shape == 3:
            out.append('%s　[%s]' % (h, ymd(c.date, r, 3)[5:]))
        else:
            out.append('▪ ' + h)
    if r.random() < 0.3:
        out.append(r.choice(['更多>>', '查看更多 >', '换一换']))
    return K('related', *out)


def b_feed(c):
    """Mobile feed of recommended items: headline, then source / comments / time."""
    r = c.r
    out = [r.choice(['相关推荐', '为你推荐', '猜你想看', '— 推荐阅读 —', '大家都在看'])]
    for _ in range(r.randint(3, 6)):
        out.append(headline(c))
        out.append(r.choice(['%s　%d评论　%d小时前', '%s · %d评 · %d天前', '%s %d条评论 %d分钟前']) %
                   (r.choice(['新华网', '人民日报', '央视新闻', '澎湃新闻', '南方都市报', '极目新闻', '新京报']),
                    r.randint(0, 9999), r.randint(1, 23)))
    return K('related', *out)


def b_prevnext(c):
    r = c.r
    a, b = headline(c), headline(c)
    forms = [['上一篇：' + a, '下一篇：' + b], ['上一条：' + a + '　下一条：' + b], ['← ' + a, b + ' →'],
             ['Previous: ' + a, 'Next: ' + b], ['上一篇　' + a], ['下一篇：没有了'], ['【上一篇】' + a, '【下一篇】' + b]]
    return K('prevnext', *r.choice(forms))


def b_tags(c):
    r = c.r
    kw = r.sample(['政府工作报告', '两会', c.city.rstrip('市') if c.city != '全国' else '国务院', '高质量发展', '民生', '经济',
                   '全文', str(c.date.year), '营商环境', '乡村振兴'], 4)
    forms = [['标签：' + ' '.join(kw)], ['关键词：' + '；'.join(kw)], ['#' + ' #'.join(kw)], ['Tags: ' + ', '.join(kw)],
             ['话题：', *['#%s#' % k for k in kw[:2]]], ['【关键词】' + '　'.join(kw)], ['相关标签', *kw[:3]],
             ['专题：%d全国两会' % c.date.year], ['分类：%s　标签：%s' % (r.choice(['时政', '经济', '政务']), '，'.join(kw[:2]))]]
    return K('tags', *r.choice(forms))


def b_editor(c):
    r = c.r
    forms = [['责任编辑：%s' % pname(r)], ['（责任编辑：%s）' % pname(r)], ['【责任编辑：%s】' % pname(r)],
             ['编辑：%s　校对：%s　审核：%s' % (pname(r), pname(r), pname(r))], ['责编：%s　监制：%s' % (pname(r), pname(r))],
             ['[责任编辑:%s]' % pname(r)], ['本文编辑：%s' % pname(r), '审核：%s' % pname(r)], ['编审：%s' % pname(r)]]
    return K('metadata', *r.choice(forms))


def b_comments(c):
    r = c.r
    says = ['写得好，干货满满！', '这个报告说到老百姓心坎里了。', '今年要多关注就业。', '支持！盼着地铁早点通。',
            '希望落到实处👍', '已收藏，慢慢看。', '数据很详实', '我们县什么时候也能这样？', '学习了', '说得很实在，点赞',
            '希望医保报销比例再提高一点。', '沙发', '打卡学习第%d天' % r.randint(2, 90), '给家乡点个赞！',
            '老家的路终于要修了，期待', '什么时候涨工资？', '公务员备考的同学看过来', '写材料的来抄作业了😂',
            '第三部分写得最实在', '年年都这么说，关键看落实。', '交通那块能不能再具体一点', '支持发展民营经济！',
            '楼上说得对', '转给我爸看看', '请问有PDF版吗？', '感谢分享，已三连', '回复 %s：同感' % pname(r),
            '我在这里工作%d年了，变化确实大。' % r.randint(3, 20), '房价呢？', '期待明年更好🙏', '求一个完整版的链接',
            '作为一名基层干部，压力山大', '+1', '顶', '赞👍👍👍', '加油！']
    head = r.choice(['网友评论', '评论（%d）' % r.randint(2, 800), '全部评论', '热门评论', '精彩评论', '共%d条评论' % r.randint(3, 500),
                     '留言', '发表评论'])
    out = [head]
    if r.random() < 0.4:
        out.append(r.choice(['写评论...', '我来说两句', '文明上网，理性发言', '请先登录后发表评论', '说点什么吧~']))
    pool = r.sample(says, len(says))
    for _ in range(r.randint(2, 5)):
        said = pool.pop()
        u = r.choice(['网友', '', '用户', 'mob']) + (digits(r, 5) if r.random() < 0.5 else pname(r))
        shape = r.randint(0, 3)
        if shape == 0:
            out += [u, said, '%s　%s　回复　赞%d' % (ymd(c.date, r, 0)[5:], hm(r), r.randint(0, 300))]
        elif shape == 1:
            out.append('%s：%s' % (u, said))
        elif shape == 2:
            out += ['%s　%s' % (u, r.choice(['北京', '广东', '江苏', '四川', '湖北', '山东', '浙江'])), said]
        else:
            out += [said, '%s · %d小时前 · 👍%d' % (u, r.randint(1, 23), r.randint(0, 99))]
    if r.random() < 0.3:
        out.append(r.choice(['查看更多评论', '加载更多', '没有更多了']))
    return K('comments', *out)


def b_follow(c):
    r = c.r
    forms = [['关注我们'], ['点击上方蓝字关注我们'], ['长按识别二维码关注“%s”' % c.site], ['+ 关注'], ['关注', '私信'],
             ['喜欢本文请点赞、在看、转发👍'], ['▼ 关注%s，获取更多权威资讯 ▼' % c.site], ['欢迎关注%s官方微博、微信公众号' % c.site],
             ['关注%s抖音号、视频号' % c.site], ['已关注', '粉丝 %d万' % r.randint(1, 900)], ['订阅本栏目 RSS'], ['点个“在看”再走吧～'],
             ['更多精彩内容，请关注“%s”公众号' % c.site], ['❤ 关注作者，第一时间获取更新']]
    return K('follow', *r.choice(forms))


def b_ads(c):
    r = c.r
    forms = [['广告'], ['[广告]'], ['推广'], ['广告　×'], ['AD'], ['— 广告 —', '%s家装节｜全场低至5折' % c.city.rstrip('市').rstrip('省')],
             ['赞助内容', '考公考编上岸必看！名师直播课免费领 >'], ['广告位招租 联系电话：0%s-%s' % (digits(r, 3), digits(r, 8))],
             ['（广告）理财产品有风险，投资需谨慎'], ['▲ 点击图片了解详情'], ['[推广] 2024国考申论资料包，点击下载'],
             ['商业合作：ad@%s' % c.domain], ['大家都在买', '%s特产礼盒 ¥%d' % (c.city.rstrip('市'), r.randint(39, 299))],
             ['广告 | 关闭'], ['— 推 广 —'], ['[ 广告 ] 零基础学Python，7天入门'], ['立即咨询 >']]
    return K('ads', *r.choice(forms))


def b_app_banner(c):
    r = c.r
    app = c.site.replace('客户端', '') if r.random() < 0.75 else r.choice(['新闻客户端', c.site.replace('网', '') + '新闻'])
    forms = [['打开APP'], ['打开%s APP，阅读体验更佳' % app], ['APP内打开 >'], ['下载%s客户端　看更多深度报道' % app, '×'],
             ['打开APP，查看完整内容', '继续在浏览器阅读'], ['使用%s小程序打开' % app], ['打开APP阅读全文 ∨'],
             ['⬇ 下载APP 领取现金红包'], ['%s APP　立即打开' % app], ['扫码下载%s客户端' % app],
             ['在APP中查看更多评论'], ['%s APP 打开 看高清大图' % app], ['打开App，看更多精彩内容', '立即打开'], ['☐ 下次不再提示　打开']]
    return K('app_banner', *r.choice(forms))


def b_expand(c):
    r = c.r
    forms = [['展开全文'], ['展开全文 ∨'], ['点击展开剩余%d%%' % r.randint(20, 85)], ['↓ 展开全文 ↓'],
             ['余下全文', '阅读全文'], ['点击查看全文'], ['还剩%d%%未读，打开APP继续阅读' % r.randint(30, 80)], ['展开阅读全文 ▼']]
    return K('paywall', *r.choice(forms))


def b_paywall(c):
    r = c.r
    forms = [['本文为会员专享内容', '开通会员 立即阅读'], ['付费内容，购买后可查看全部', '¥%d.%02d　购买' % (r.randint(1, 19), r.randint(0, 99))],
             ['以下内容仅对登录用户可见', '登录后继续阅读'], ['剩余%d字，付费后阅读' % r.randint(900, 9000)],
             ['VIP专享　免费试读结束'], ['试读已结束，如需继续阅读请登录'], ['本文共%d页，仅展示前%d页' % (r.randint(6, 30), r.randint(2, 5)),
             '下载文档（%d积分）' % r.randint(2, 30)], ['🔒 以下内容需要订阅后查看']]
    return K('paywall', *r.choice(forms))


def b_caption(c):
    r = c.r
    place = c.city.rstrip('市') if c.city != '全国' else '北京'
    forms = [['图为%s会议现场。%s 摄' % (r.choice(['开幕', '大会', '分组审议']), pname(r))],
             ['▲ 大会开幕现场（记者 %s 摄）' % pname(r)], ['资料图'], ['图片来源：视觉中国'], ['（图片来源于网络，如有侵权请联系删除）'],
             ['%s记者 %s 摄' % (r.choice(['新华社', '人民网', '本报']), pname(r))], ['（%s 供图）' % r.choice(['市委宣传部', '受访单位', '主办方'])],
             ['点击图片查看大图'], ['[图片]'], ['图1　%s城市天际线' % place], ['▲ 资料图片'],
             ['%s代表认真审议政府工作报告。（%s/摄）' % (place, pname(r))], ['image', '图：%s' % place + '夜景'], ['滑动查看更多 >>'],
             ['（视觉中国 / 图）'], ['%d月%d日，%s市民在政务服务中心办理业务。' % (c.date.month, c.date.day, place), '（通讯员 %s 摄）' % pname(r)],
             ['图片', '1/%d' % r.randint(3, 12)], ['△ 图源：%s发布' % place], ['（图文无关）'], ['海报设计：%s' % pname(r)]]
    return K('caption', *r.choice(forms))


def b_video(c):
    r = c.r
    m, s = r.randint(1, 14), r.randint(0, 59)
    forms = [['视频加载中，请稍候...'], ['▶', '00:00 / %02d:%02d' % (m, s)], ['您的浏览器不支持视频播放'],
             ['[视频] %s' % headline(c)], ['播放　|　暂停　|　全屏'], ['视频来源：%s' % r.choice(['央视新闻', '新华社', '本台记者'])],
             ['%02d:%02d' % (m, s), '倍速　清晰度　全屏'], ['点击播放 ▷', '时长 %d分%02d秒' % (m, s)], ['Video Player is loading.', 'Play Video'],
             ['重新播放　分享'], ['视频：%s' % c.short], ['▷ 00:%02d' % s, '%d万次播放' % r.randint(1, 300)],
             ['【视频】', '（视频时长%d分%02d秒）' % (m, s)], ['当前浏览器不支持播放，请更换浏览器'], ['加载失败，点击重试'], ['小窗播放　弹幕'],
             ['<video controls src="/video/%s.mp4"></video>' % digits(r, 8)]]
    return K('video', *r.choice(forms))


def b_audio(c):
    r = c.r
    forms = [['听新闻'], ['🔊 语音播报'], ['▶ 播放　00:00/%02d:%02d' % (r.randint(3, 25), r.randint(0, 59))], ['听全文 约%d分钟' % r.randint(6, 40)],
             ['AI朗读', '男声 | 女声'], ['音频加载中...'], ['点击收听本文'],
             ['🎧 收听', '0:00　1.0x'], ['本文由AI合成语音播报'], ['语音播报　▶　暂停　■'], ['听报告 | %d集' % r.randint(2, 9)]]
    return K('audio', *r.choice(forms))


def b_html(c):
    r = c.r
    forms = [['<div class="TRS_Editor">'], ['</div>'], ['&nbsp;'], ['<br/>'], ['<p style="text-indent:2em;">'], ['</p>'],
             ['<!--正文开始-->'], ['<!--正文结束-->'], ['{{article.content}}'], ['<span id="ArticleContent">'],
             ['var _hmt = _hmt || [];'], ['javascript:void(0);'], ['![](https://%s/images/%s.jpg)' % (c.domain, digits(r, 10))],
             ['<img src="/uploadfiles/%s.png" />' % digits(r, 12)], ['function share(){...}'], ['&lt;p&gt;'],
             ['$(function(){ $("#fontsize").click(); });'], ['<![endif]-->']]
    return K('html_residue', *r.choice(forms))


def b_mojibake(c):
    r = c.r
    src = r.choice([c.site, '政府工作报告', c.short, '当前位置：首页', '责任编辑', '关闭窗口', '版权所有'])
    return K('mojibake', mojibake(r, src))


def b_pagination_web(c):
    r = c.r
    n = r.randint(2, 6)
    k = r.randint(1, n)
    forms = [['上一页 ' + ' '.join(str(i) for i in range(1, n + 1)) + ' 下一页'], ['第%d页 共%d页' % (k, n)],
             ['[1] [2] [3] [下一页]'], ['首页 上一页 %d/%d 下一页 尾页' % (k, n)], ['«', ' '.join(str(i) for i in range(1, n + 1)), '»'],
             ['下一页 >'], ['全文共%d页　当前第%d页' % (n, k)], ['< 上一页 | 下一页 >'], ['阅读全文（单页显示）']]
    return K('pagination', *r.choice(forms))


def b_attachment(c):
    r = c.r
    forms = [['附件：', c.short + '.pdf'], ['相关附件：', '1. %s（全文）.docx' % c.short, '2. 图解.jpg'], ['附件下载：%s.pdf（%d KB）' % (c.short, r.randint(200, 3000))],
             ['📎 %s.pdf' % c.short], ['附件【%s.doc】已下载%d次' % (c.short, r.randint(10, 999))], ['相关文档：PDF版 | WORD版 | 图片版'],
             ['附件：', '1.%s.wps' % c.short, '2.名词解释.pdf'], ['【下载附件】　%s.zip' % c.short], ['附件 (%d)' % r.randint(1, 3), '%s（图文版）.pdf　预览　下载' % c.short]]
    return K('attachment', *r.choice(forms))


def b_disclaimer(c):
    r = c.r
    forms = [['免责声明：本文转自%s，仅供学习交流，如有侵权请联系删除。' % r.choice(['网络', '政府网站', '公开资料'])],
             ['版权声明：本站所有原创内容，转载请注明出处。'], ['（本文来源于网络，版权归原作者所有）'],
             ['声明：本文内容由用户上传，不代表本站观点。'], ['凡本网注明“来源：%s”的所有作品，版权均属于%s，未经授权不得转载。' % (c.site, c.site)],
             ['特别提示：以上内容仅供参考，以官方发布为准。'], ['本文仅代表作者观点，不代表平台立场。']]
    return K('disclaimer', *r.choice(forms))


def b_feedback(c):
    r = c.r
    forms = [['我要纠错'], ['【纠错】'], ['本页面是否对您有帮助？', '有帮助　没帮助'], ['满意度评价：☆☆☆☆☆'], ['意见反馈'],
             ['内容纠错　|　网站纠错'], ['信息有误？点此反馈'], ['对本页内容满意吗？', '非常满意 满意 一般 不满意'],
             ['页面评价', '★★★★★ 提交'], ['【我要纠错】【我要评价】'], ['如发现本页有错误，请点击“纠错”向我们反馈。']]
    return K('feedback', *r.choice(forms))


def b_robot(c):
    r = c.r
    nm = r.choice(['小' + c.city[0], '政务小助手', '智能小政', '在线助手', '小i'])
    forms = [['智能问答'], ['智能客服', '您好，我是%s，请问有什么可以帮您？' % nm], ['在线咨询 >'],
             ['%s智能机器人' % nm, '请输入您要咨询的问题', '发送'], ['猜你想问：', '社保如何转移？', '公积金怎么提取？'],
             ['Hi～我是%s' % nm, '有问题随时问我哦'], ['智能客服 7×24小时在线'], ['问政府', '热点问题 | 办事指南 | 人工服务'],
             ['%s：您好！请简要描述您的问题，例如“如何办理居住证”。' % nm]]
    return K('robot', *r.choice(forms))


def b_cookie(c):
    r = c.r
    forms = [['本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。', '接受　拒绝'],
             ['We use cookies to improve your experience. Accept all | Settings'], ['我们使用cookies来改善您的体验。', '我知道了'],
             ['隐私政策更新提示：请阅读并同意《隐私政策》后继续使用。', '同意　不同意'], ['本站使用 cookie，详见隐私声明　[OK]'],
             ['为了给您提供更好的服务，本网站会使用Cookie技术。', '了解更多　|　同意并继续'], ['Cookie 设置', '必要 Cookie　统计 Cookie　全部接受'],
             ['This site uses cookies.', 'Got it!']]
    return K('cookie', *r.choice(forms))


def b_link(c):
    r = c.r
    url = 'https://%s/%s/%d%02d/t%d%02d%02d_%s.html' % (c.domain, r.choice(['art', 'zwgk', 'xwzx', 'content', 'news']),
                                                       c.date.year, c.date.month, c.date.year, c.date.month, c.date.day, digits(r, 7))
    forms = [['原文链接：' + url], ['本文链接：' + url], [url], ['[阅读原文](%s)' % url], ['阅读原文'], ['转载请注明出处：' + url],
             ['来源网址：' + url], ['[1] ' + url], ['网页地址 ' + url], ['点击“阅读原文”查看报告全文']]
    return K('link', *r.choice(forms))


def b_footer(c):
    r = c.r
    prov = c.abbr
    if c.style in ('news', 'mobile', 'forum') or c.site_kind != 'gov':
        return footer_commercial(c, prov)
    icp = '%sICP备%s号%s' % (prov, digits(r, 8), r.choice(['', '-1', '-2', '-3']))
    gaba = '%s公网安备 %s号' % (prov, digits(r, 14))
    bsm = '网站标识码：%s' % digits(r, 10)
    host = r.choice(['主办单位：%s办公室' % c.issuer, '主办：%s' % c.site, '主办单位：%s' % c.issuer])
    tech = r.choice(['技术支持：%s信息中心' % c.city.rstrip('市'), '技术支持：%s数字科技有限公司' % r.choice(['开普', '拓尔思', '大汉', '南威', '万户']),
                     '运维单位：%s大数据中心' % c.city.rstrip('市')])
    addr = '地址：%s%s路%d号　邮编：%s' % (c.city if c.city != '全国' else '北京市', r.choice(['人民', '中山', '解放', '建设', '府前']), r.randint(1, 399), digits(r, 6))
    tel = '联系电话：0%s-%s' % (digits(r, 3), digits(r, 8))
    copy = r.choice(['版权所有：%s' % c.site, 'Copyright © %d %s All Rights Reserved' % (c.date.year, c.domain),
                     '© 2019-%d %s 版权所有' % (c.date.year, c.site), 'Copyright©%s' % c.domain])
    links = ['关于我们', '联系我们', '网站地图', '使用帮助', '隐私声明', '网站声明', '纠错', '订阅']
    items = [host, copy, icp, gaba, bsm, tech, addr, tel]
    r.shuffle(items)
    items = items[:r.randint(3, 8)]
    shape = r.randint(0, 4)
    if shape == 0:
        out = [' | '.join(r.sample(links, 4))] + items
    elif shape == 1:
        out = ['　'.join(items[:3])] + items[3:]
    elif shape == 2:
        out = [r.choice(['网站地图', '网站地图 | 联系我们'])] + [' '.join(items)]
    elif shape == 3:
        out = items + ['[政府网站找错]　[党政机关]']
    else:
        out = ['  ' + x for x in items]
    if r.random() < 0.3:
        out.append('您是本站第%s位访客' % digits(r, r.randint(6, 8)))
    if r.random() < 0.25:
        out.append(r.choice(['建议使用1920×1080分辨率，IE10以上浏览器', '本站支持IPv6访问', '推荐使用Chrome、Edge浏览器浏览']))
    return K('footer', *out)


def footer_commercial(c, prov):
    r = c.r
    items = ['%sICP备%s号' % (prov, digits(r, 8)), '%sICP证%s号' % (prov, digits(r, 6)), '%s公网安备%s号' % (prov, digits(r, 14)),
             '互联网新闻信息服务许可证：%s' % digits(r, 11), '违法和不良信息举报电话：%s' % r.choice(['12377', '010-' + digits(r, 8), '400-' + digits(r, 7)]),
             '举报邮箱：jubao@%s' % re.sub(r'^(www|m|wap|i|c\.m|view|h)\.', '', c.domain), '网络文化经营许可证 %s网文〔%d〕%s号' % (prov, c.date.year - r.randint(1, 5), digits(r, 4)),
             '广播电视节目制作经营许可证（%s）字第%s号' % (prov, digits(r, 5)), '信息网络传播视听节目许可证 %s' % digits(r, 7),
             'Copyright © 1997-%d by %s. all rights reserved' % (c.date.year, c.domain.replace('www.', '')),
             '%s版权所有，未经书面授权禁止使用' % c.site, '未成年人举报：%s' % digits(r, 11)]
    head = r.choice([['关于我们 | 联系我们 | 广告服务 | 招聘信息 | 网站地图 | 法律声明'], ['About Us · 合作 · 帮助 · 隐私'],
                     ['关于%s' % c.site, '加入我们', '意见反馈'], ['网站地图　|　人才招聘　|　投稿邮箱'], []])
    out = head + r.sample(items, r.randint(3, 7))
    if r.random() < 0.4:
        out = out[:len(head)] + [' '.join(out[len(head):])]
    return K('footer', *out)


def b_friendlinks(c):
    r = c.r
    sites = ['中国政府网', '人民网', '新华网', '国家发展改革委', '财政部', '教育部', '中国人大网', '中国政协网', '求是网', '%s人民政府' % r.choice(['北京市', '浙江省', '四川省', '广东省'])]
    shape = r.randint(0, 2)
    head = r.choice(['友情链接', '相关链接：', '政府网站 ▼', '友情链接 >>', '中央部委网站　省级政府网站　市州网站'])
    pick = r.sample(sites, r.randint(4, 7))
    if shape == 0:
        return K('footer', head, *pick)
    if shape == 1:
        return K('footer', head + '　' + ' | '.join(pick))
    return K('footer', head, '　'.join(pick))


def b_end(c):
    r = c.r
    return K('footer', r.choice(['【完】', '（完）', '- END -', '—END—', '-THE END-', '（全文完）', '■', 'end']))


def b_print_header(c, page, total):
    """Header and footer a browser prints on every page: the same print time, title and address each time."""
    r = c.r
    if not hasattr(c, 'printed_at'):
        c.printed_at = '%s %s' % (ymd(c.date + datetime.timedelta(days=r.randint(0, 40)), r, r.choice((2, 0, 3))),
                                  r.choice(['上午', '下午', '']) + hm(r))
        c.printed_url = 'https://%s/%s/%d/%s.html' % (c.domain, r.choice(['art', 'c', 'zwgk/zcwj', 'xwdt']), c.date.year, digits(r, 7))
        c.printed_title = r.choice([c.short + ' - ' + c.site, c.short + '_' + c.site, c.site + ' - ' + c.short])
    return [(c.printed_at + '　' + c.printed_title, 'print_header')], [(c.printed_url + '　%d/%d' % (page, total), 'print_header')]


def b_reader_head(c):
    r = c.r
    forms = [[c.domain, '阅读时间：%d-%d分钟' % (r.randint(6, 15), r.randint(16, 40))], ['阅读模式', c.site],
             ['%s\t%s' % (c.domain, ymd(c.date, r, 1))], ['沉浸式阅读器', '文本首选项　朗读　阅读视图'], ['%s · 约%d分钟' % (c.domain, r.randint(8, 45))],
             ['退出阅读模式'], ['阅读器视图']]
    return K('toolbar_actions', *r.choice(forms))


def b_saveastext_links(c):
    """Link residue of a page saved as text: bracketed numbers and raw addresses."""
    r = c.r
    out = [r.choice(['References', '链接', '页面中的链接：', 'Links:'])]
    for i in range(r.randint(3, 6)):
        out.append('%d. https://%s/%s/%s.html' % (i + 1, c.domain, r.choice(['col', 'zwgk', 'xxgk', 'news']), digits(r, 6)))
    return K('link', *out)


def b_forum_head(c):
    r = c.r
    u = r.choice(['', '@']) + r.choice([pname(r), '学习小组' + digits(r, 2), 'gov_reader', '老' + r.choice(SUR), '一杯清茶' + digits(r, 3)])
    forms = [['楼主　' + u, '发表于 %s %s' % (ymd(c.date, r, 0), hm(r)), '查看：%d | 回复：%d' % (r.randint(200, 90000), r.randint(0, 400))],
             ['%s 发表于 %s' % (u, ymd(c.date, r, 0)), '只看楼主　倒序浏览　阅读模式'],
             ['[原创] ' + c.short, '作者：%s　时间：%s　IP属地：%s' % (u, ymd(c.date, r, 0), r.choice(['北京', '广东', '河南', '江苏', '四川']))],
             ['%s　Lv.%d' % (u, r.randint(1, 12)), '%s · 浏览 %d' % (ymd(c.date, r, 1), r.randint(100, 30000))],
             ['1楼　%s' % u, '%s %s' % (ymd(c.date, r, 0), hm(r))]]
    return K('metadata', *r.choice(forms))


def b_forum_cont(c):
    r = c.r
    u = pname(r)
    forms = [['%d楼　楼主' % r.randint(2, 5)], ['#%d　%s　发表于 %s' % (r.randint(2, 4), u, hm(r))], ['（接上楼）'], ['楼主续：'],
             ['回复 %d楼' % r.randint(1, 3)], ['--- 续 ---'], ['2#']]
    return K('metadata', *r.choice(forms))


def b_forum_tail(c):
    r = c.r
    out = [r.choice(['回复', '回复本楼', '举报 | 回复 | 引用']), r.choice(['收藏(%d)　分享　评分' % r.randint(0, 80), '支持(%d)　反对(%d)' % (r.randint(0, 50), r.randint(0, 9))])]
    return K('toolbar_actions', *out)


def b_blog_head(c):
    r = c.r
    forms = [['%s的博客' % pname(r), '首页　博文目录　图片　关于我'], ['标签：' + '　'.join(r.sample(['杂谈', '时政', '两会', '学习'], 2)), '分类：学习资料'],
             ['阅读(%d)　评论(%d)　收藏(%d)' % (r.randint(10, 9999), r.randint(0, 99), r.randint(0, 99))], ['原创 %s 已于 %s 修改' % (pname(r), ymd(c.date, r, 0))]]
    return K('metadata', *r.choice(forms))


def b_mobile_top(c):
    r = c.r
    forms = [['<', '···'], ['< 返回　　' + c.site], ['×　' + c.site + '　⋮'], ['←　搜索', '打开'], ['首页 > 正文'], ['返回', '更多']]
    return K('nav', *r.choice(forms))


def b_mobile_author(c):
    r = c.r
    acct = r.choice([c.site, '%s发布' % c.city.rstrip('市'), '学习时报', '政务早知道', '%s观察' % c.city.rstrip('市').rstrip('省')])
    forms = [[acct, '%s %s · %s' % (ymd(c.date, r, 0)[5:], hm(r), r.choice(['四川', '北京', '广东', '湖北'])), '+关注'],
             [acct + '　' + r.choice(['已认证', '优质政务领域创作者', '官方账号']), '%s · 阅读 %d万' % (ymd(c.date, r, 0), r.randint(1, 99))],
             ['%s　%d小时前' % (acct, r.randint(1, 20))], ['发布于 %s %s' % (ymd(c.date, r, 0), hm(r)), acct]]
    return K('metadata', *r.choice(forms))


def b_mobile_actions(c):
    r = c.r
    forms = [['赞 %d　　评论 %d　　转发' % (r.randint(0, 9999), r.randint(0, 999))], ['👍 %d　💬 %d　↗ 分享' % (r.randint(0, 999), r.randint(0, 99))],
             ['写评论...　☆　↗'], ['举报/反馈'], ['点赞', '收藏', '分享']]
    return K('toolbar_actions', *r.choice(forms))


def b_hotlist(c):
    r = c.r
    out = [r.choice(['24小时排行', '点击排行', '热点排行', '本周热门', '热门排行榜', '阅读排行'])]
    if r.random() < 0.4:
        out.append(r.choice(['今日　本周　本月', '日榜 | 周榜', '新闻　图片　视频']))
    for i in range(r.randint(4, 8)):
        out.append(r.choice(['%d %s', '%d. %s', '%02d　%s', 'TOP%d %s']) % (i + 1, headline(c)))
    return K('related', *out)


def b_channels(c):
    r = c.r
    chans = ['时政', '地方', '财经', '社会', '国际', '军事', '教育', '健康', '科技', '汽车', '房产', '文化', '体育', '娱乐', '旅游', '法治', '理论', '党建', '视频', '图片', '直播', '专题']
    pick = r.sample(chans, r.randint(8, 14))
    if r.random() < 0.5:
        return K('nav', r.choice(['　', ' ', ' | ', '  ']).join(pick))
    half = len(pick) // 2
    return K('nav', ' '.join(pick[:half]), ' '.join(pick[half:]))


def b_sidebar(c):
    """The left column of a 政府信息公开 page: the catalogue tree."""
    r = c.r
    items = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开', '机构职能', '政策文件',
             '规划计划', '财政预决算', '重大建设项目', '政府工作报告', '人事信息', '统计信息', '应急管理']
    out = [r.choice(['政府信息公开', '信息公开目录', '栏目导航', '公开目录 ▼', '【政府信息公开】'])]
    pick = r.sample(items, r.randint(5, 9))
    mark = r.choice(['', '▪ ', '├ ', '+ ', '› ', '　'])
    out += [mark + x for x in pick]
    if r.random() < 0.4:
        out.append(r.choice(['展开全部 ∨', '收起']))
    return K('nav', *out)


def b_floatbar(c):
    r = c.r
    forms = [['在线客服', '微信', '微博', '返回顶部'], ['▲', 'TOP'], ['意见建议　|　我要留言'], ['客服热线：12345', '返回顶部'],
             ['手机版', 'APP', '顶部']]
    return K('toolbar_actions', *r.choice(forms))


def b_savetext_head(c):
    """The first lines of a page saved with 另存为 → 文本文件: the page title, then the link texts of the top bar."""
    r = c.r
    out = [r.choice(title_forms(c))]
    items = r.sample(['首页', '新闻', '政务', '服务', '互动', '专题', '数据', '视频', '图片', 'English', '无障碍', '登录'], r.randint(5, 9))
    bullet = r.choice(['* ', '• ', '- ', '', '  * '])
    out += [bullet + x for x in items]
    return [(out[0], 'title_repeat')] + K('nav', *out[1:])


def b_savetext_img(c):
    r = c.r
    forms = [['[图片]'], ['[IMG]'], ['图片: %s.jpg' % digits(r, 10)], ['(图片)'], ['[image: %s]' % r.choice(['banner', 'logo', '会议现场', '二维码'])],
             ['<图片>'], ['[二维码图片]']]
    return K('caption', *r.choice(forms))


def b_mobile_more(c):
    r = c.r
    forms = [['作者最新文章'] + [headline(c) for _ in range(r.randint(2, 4))],
             ['%s热榜' % r.choice(['头条', '今日', '24小时']),] + ['%d %s %s' % (i + 1, headline(c), r.choice(['热', '新', '沸', ''])) for i in range(r.randint(3, 5))],
             ['相关搜索', '　'.join(r.sample(['政府工作报告全文', '今年经济目标', '两会时间', '民生实事', '报告解读', '%s发展' % c.city.rstrip('市')], 4))]]
    return K('related', *r.choice(forms))


def b_mobile_meta2(c):
    r = c.r
    forms = [['IP属地：%s' % r.choice(['北京', '广东', '四川', '湖北', '浙江', '江苏', '山东'])], ['阅读 %.1f万' % (r.randint(11, 999) / 10)],
             ['发布时间：%s %s' % (ymd(c.date, r, 0), hm(r))], ['举报'], ['本文作者 %s' % pname(r)], ['编辑于 %s' % ymd(c.date, r, 0)[5:]]]
    return K('metadata', *r.choice(forms))


def b_pdf_viewer(c, total):
    r = c.r
    forms = [['1 / %d' % total, '－　100%%　＋', '下载　打印'], ['第 1 页，共 %d 页' % total], ['%s.pdf' % c.short, '%d 页' % total],
             ['缩放：适合宽度 ▼', '⤓ 下载'], ['页面 1/%d' % total]]
    return K('toolbar_actions', *r.choice(forms))


# ----------------------------------------------------------------------------- sites

PROV_DOM = {'北京市': 'beijing', '天津市': 'tj', '河北省': 'hebei', '山西省': 'shanxi', '内蒙古自治区': 'nmg', '辽宁省': 'ln',
            '吉林省': 'jl', '黑龙江省': 'hlj', '上海市': 'shanghai', '江苏省': 'jiangsu', '浙江省': 'zj', '安徽省': 'ah',
            '福建省': 'fujian', '江西省': 'jiangxi', '山东省': 'shandong', '河南省': 'henan', '湖北省': 'hubei', '湖南省': 'hunan',
            '广东省': 'gd', '广西壮族自治区': 'gxzf', '海南省': 'hainan', '重庆市': 'cq', '四川省': 'sc', '贵州省': 'guizhou',
            '云南省': 'yn', '西藏自治区': 'xizang', '陕西省': 'shaanxi', '甘肃省': 'gansu', '青海省': 'qinghai',
            '宁夏回族自治区': 'nx', '新疆维吾尔自治区': 'xinjiang'}
MINISTRIES = [('国家发展和改革委员会', 'ndrc.gov.cn'), ('财政部', 'mof.gov.cn'), ('生态环境部', 'mee.gov.cn'), ('农业农村部', 'moa.gov.cn'),
              ('交通运输部', 'mot.gov.cn'), ('水利部', 'mwr.gov.cn'), ('商务部', 'mofcom.gov.cn'), ('人力资源和社会保障部', 'mohrss.gov.cn'),
              ('住房和城乡建设部', 'mohurd.gov.cn'), ('应急管理部', 'mem.gov.cn'), ('国家卫生健康委员会', 'nhc.gov.cn'), ('中国政府网', 'gov.cn')]
NEWS = [('人民网', 'people.com.cn'), ('新华网', 'news.cn'), ('央视网', 'news.cctv.com'), ('光明网', 'gmw.cn'), ('中国经济网', 'ce.cn'),
        ('中国日报网', 'chinadaily.com.cn'), ('中青网', 'youth.cn'), ('环球网', 'huanqiu.com'), ('中国网', 'china.com.cn'),
        ('大众网', 'dzwww.com'), ('红网', 'rednet.cn'), ('荆楚网', 'cnhubei.com'), ('浙江在线', 'zjol.com.cn'), ('东北网', 'dbw.cn'),
        ('北青网', 'ynet.com'), ('齐鲁网', 'iqilu.com'), ('南方网', 'southcn.com'), ('川观新闻', 'scol.com.cn')]
MOBILE = [('今日头条', 'm.toutiao.com'), ('澎湃新闻', 'm.thepaper.cn'), ('腾讯新闻', 'view.inews.qq.com'), ('网易新闻', 'c.m.163.com'),
          ('搜狐新闻', 'm.sohu.com'), ('凤凰新闻', 'i.ifeng.com'), ('百家号', 'baijiahao.baidu.com'), ('新华社客户端', 'h.xinhuaxmt.com'),
          ('人民日报客户端', 'wap.peopleapp.com'), ('极目新闻', 'm.ctdsb.net'), ('潮新闻', 'tianmunews.com'), ('上观新闻', 'export.shobserver.com')]
FORUM = [('天涯社区', 'bbs.tianya.cn'), ('百度贴吧', 'tieba.baidu.com'), ('知乎专栏', 'zhuanlan.zhihu.com'), ('新浪博客', 'blog.sina.com.cn'),
         ('搜狐博客', 'blog.sohu.com'), ('凯迪社区', 'club.kdnet.net'), ('强国论坛', 'bbs1.people.com.cn'), ('简书', 'jianshu.com'),
         ('博客园', 'cnblogs.com'), ('豆瓣日记', 'douban.com'), ('西祠胡同', 'xici.net'), ('CSDN博客', 'blog.csdn.net')]
PDF = [('国务院公报PDF', 'gov.cn'), ('人大常委会公报', 'npc.gov.cn'), ('政府信息公开年报附件', 'xxgk.gov.cn'), ('豆丁网', 'docin.com'),
       ('原创力文档', 'book118.com'), ('WPS云文档', 'kdocs.cn'), ('腾讯文档', 'docs.qq.com'), ('会议材料汇编', 'local'),
       ('学习资料PDF', 'local'), ('知网报纸库', 'cnki.net')]


def pick_site(r, style, ctx_folder, place):
    if style in ('portal', 'ctrla') and (style == 'portal' or r.random() < 0.6):
        if ctx_folder in ('state_council_2004_2019', 'national_gwr_wikisource', 'cpc_congress_wikisource') and r.random() < 0.7:
            return r.choice(MINISTRIES)
        if ctx_folder == 'provincial_gwr_2025':
            return place + '人民政府', 'www.%s.gov.cn' % PROV_DOM.get(place, 'prov')
        if ctx_folder == 'city_gwr_2024':
            return AUTON.get(place, place + '市') + '人民政府', 'www.%s.gov.cn' % ''.join(r.choice('abcdefghjklmnpqrstwxyz') for _ in range(r.randint(2, 5)))
        prov = r.choice(sorted(PROV_DOM))
        return prov + '人民政府', 'www.%s.gov.cn' % PROV_DOM[prov]
    pool = {'ctrla': NEWS, 'reader': NEWS + MINISTRIES, 'news': NEWS, 'mobile': MOBILE, 'forum': FORUM, 'pdf': PDF, 'portal': MINISTRIES}[style]
    name, dom = r.choice(pool)
    if dom == 'local':
        dom = 'www.%s.gov.cn' % ''.join(r.choice('abcdefghjklmnpqrstwxyz') for _ in range(4))
    return name, dom


# ----------------------------------------------------------------------------- page assembly

INDENTS = ('', '　　', '　', '  ', '    ', '\t')


class Page:
    def __init__(self, c):
        self.c = c
        self.rows = []  # (text, label, kind, para)
        self.variants = []

    def chrome(self, name, items, indent=''):
        items = [(t, k) for t, k in items if t.strip() and t.strip() not in self.c.content]
        if not items:
            return
        self.variants.append(name)
        for t, k in items:
            self.rows.append((indent + t, 'chrome', k, ''))

    def blank(self, ws=False):
        self.rows.append((self.c.r.choice(['　　', ' ', '\t', '  ']) if ws else '', 'blank', 'blank', ''))

    def content(self, text, kind, para):
        self.rows.append((text, 'content', kind, str(para)))


def add(page, name, fn, *a, indent=''):
    page.chrome(name, fn(page.c, *a), indent)


def gap(page, blank):
    if blank == 1:
        page.blank()
    elif blank == 2:
        page.blank()
        page.blank()
    elif blank == 'ws':
        page.blank(ws=True)


MID_BY_STYLE = {
    'ctrla': [b_caption, b_ads, b_html, b_video, b_pagination_web, b_mojibake, b_related],
    'reader': [b_caption, b_html, b_mojibake, b_video, b_savetext_img],
    'portal': [b_caption, b_html, b_video, b_mojibake, b_audio],
    'news': [b_caption, b_ads, b_video, b_audio, b_related, b_html, b_pagination_web, b_app_banner, b_mojibake],
    'mobile': [b_app_banner, b_caption, b_ads, b_video, b_expand, b_feed, b_mojibake],
    'forum': [b_forum_cont, b_caption, b_ads, b_mojibake, b_html],
}


def write_content(page, blank, indent, mids):
    """Paragraphs of the run with chrome blocks between some of them (mids: {after_para_index: [fn, ...]})."""
    c = page.c
    for i in range(c.s, c.e + 1):
        kind = content_kind(c.paras, i)
        ind = '' if kind == 'heading' and c.r.random() < 0.4 else indent
        page.content(ind + c.paras[i], kind, i)
        if i < c.e:
            gap(page, blank)
            for fn in mids.get(i, []):
                add(page, fn.__name__[2:], fn)
                gap(page, blank)


def plan_mids(c, pool, rate):
    r = c.r
    mids = {}
    for i in range(c.s, c.e):
        if r.random() < rate:
            mids[i] = [r.choice(pool)]
    return mids


def head_common(page, style):
    c, r = page.c, page.c.r
    if style == 'ctrla' and c.site_kind != 'gov':
        seq = []
        if r.random() < 0.3:
            seq.append(b_cookie)
        if r.random() < 0.5:
            seq.append(b_skip)
        seq.append(b_topbar)
        if r.random() < 0.4:
            seq.append(b_widget)
        if r.random() < 0.6:
            seq.append(b_login)
        seq += [b_sitename, b_search, b_channels]
        if r.random() < 0.5:
            seq.append(b_app_banner)
        if r.random() < 0.5:
            seq.append(b_ads)
        seq += [b_breadcrumb, b_title, b_meta_news]
        if r.random() < 0.6:
            seq.append(b_fontsize)
        if r.random() < 0.6:
            seq.append(b_share)
        if r.random() < 0.3:
            seq.append(b_audio)
        if r.random() < 0.4:
            seq.append(b_intro)
        if r.random() < 0.2:
            seq.append(b_toc)
        return seq
    if style == 'ctrla':
        seq = []
        if r.random() < 0.3:
            seq.append(b_cookie)
        seq.append(b_skip)
        if r.random() < 0.6:
            seq.append(b_accessibility)
        seq.append(b_topbar)
        if r.random() < 0.7:
            seq.append(b_widget)
        if r.random() < 0.4:
            seq.append(b_login)
        seq += [b_sitename, b_search]
        seq.append(b_megamenu if r.random() < 0.6 else b_menu)
        if r.random() < 0.4:
            seq.append(b_menu)
        seq.append(b_breadcrumb)
        if r.random() < 0.4:
            seq.append(b_sidebar)
        seq.append(b_title)
        seq.append(info_table if c.folder != 'cpc_congress_wikisource' and r.random() < 0.5 else b_meta_news)
        if r.random() < 0.5:
            seq.append(b_fontsize)
        if r.random() < 0.5:
            seq.append(b_share)
        if r.random() < 0.3:
            seq.append(b_audio)
        if r.random() < 0.3:
            seq.append(b_intro)
        if r.random() < 0.3:
            seq.append(b_toc)
        if r.random() < 0.2:
            seq.append(b_mojibake)
        return seq
    if style == 'reader' and c.mode == 'savetext':
        seq = [b_savetext_head]
        if r.random() < 0.5:
            seq.append(b_breadcrumb)
        if r.random() < 0.6:
            seq.append(b_title)
        seq.append(b_meta_news if c.site_kind != 'gov' or r.random() < 0.3 else info_table)
        if r.random() < 0.5:
            seq.append(b_fontsize)
        if r.random() < 0.4:
            seq.append(b_savetext_img)
        return seq
    if style == 'reader':
        seq = [b_reader_head, b_title]
        if r.random() < 0.5:
            seq.append(b_meta_news)
        if r.random() < 0.4:
            seq.append(b_intro)
        if r.random() < 0.35:
            seq.append(b_toc)
        if r.random() < 0.3:
            seq.insert(0, b_skip)
        return seq
    if style == 'portal':
        seq = []
        if r.random() < 0.15:
            seq.append(b_cookie)
        if r.random() < 0.4:
            seq.append(b_accessibility)
        if r.random() < 0.5:
            seq.append(b_widget)
        seq += [b_sitename]
        if r.random() < 0.5:
            seq.append(b_menu)
        seq.append(b_breadcrumb)
        if r.random() < 0.3:
            seq.append(b_sidebar)
        if r.random() < 0.6:
            seq.insert(r.randint(len(seq) - 1, len(seq)), info_table)
            seq.append(b_title)
        else:
            seq.append(b_title)
            seq.append(info_table)
        if r.random() < 0.5:
            seq.append(b_meta_portal)
        if r.random() < 0.6:
            seq.append(b_fontsize)
        if r.random() < 0.4:
            seq.append(b_audio)
        if r.random() < 0.2:
            seq.append(b_intro)
        return seq
    if style == 'news':
        seq = []
        if r.random() < 0.15:
            seq.append(b_cookie)
        if r.random() < 0.3:
            seq.append(b_login)
        if r.random() < 0.25:
            seq.append(b_ads)
        seq += [b_sitename, b_menu]
        if r.random() < 0.5:
            seq.append(b_breadcrumb)
        seq.append(b_title)
        seq.append(b_meta_news)
        if r.random() < 0.6:
            seq.append(b_fontsize)
        if r.random() < 0.6:
            seq.append(b_share)
        if r.random() < 0.3:
            seq.append(b_audio)
        if r.random() < 0.5:
            seq.append(b_intro)
        if r.random() < 0.2:
            seq.append(b_toc)
        if r.random() < 0.3:
            seq.append(b_caption)
        return seq
    if style == 'mobile':
        seq = [b_mobile_top]
        if r.random() < 0.6:
            seq.append(b_app_banner)
        seq.append(b_title)
        seq.append(b_mobile_author)
        if r.random() < 0.4:
            seq.append(b_mobile_meta2)
        if r.random() < 0.4:
            seq.append(b_audio)
        if r.random() < 0.4:
            seq.append(b_intro)
        if r.random() < 0.3:
            seq.append(b_caption)
        return seq
    if style == 'forum':
        seq = []
        if r.random() < 0.5:
            seq.append(b_login)
        seq.append(b_menu if r.random() < 0.5 else b_blog_head)
        if r.random() < 0.5:
            seq.append(b_breadcrumb)
        seq.append(b_title)
        seq.append(b_forum_head)
        if r.random() < 0.4:
            seq.append(b_intro)
        return seq
    raise ValueError(style)


def tail_common(page, style):
    c, r = page.c, page.c.r
    seq = []
    if style == 'ctrla' and c.site_kind != 'gov':
        if r.random() < 0.5:
            seq.append(b_end)
        seq.append(b_editor)
        seq += [b_share, b_actions]
        if r.random() < 0.5:
            seq.append(b_tags)
        if r.random() < 0.5:
            seq.append(b_disclaimer)
        seq.append(b_related)
        if r.random() < 0.6:
            seq.append(b_hotlist)
        if r.random() < 0.5:
            seq.append(b_comments)
        if r.random() < 0.4:
            seq.append(b_qr)
        if r.random() < 0.4:
            seq.append(b_follow)
        if r.random() < 0.4:
            seq.append(b_ads)
        seq.append(b_footer)
        if r.random() < 0.5:
            seq.append(b_floatbar)
        return seq
    if style == 'ctrla':
        if r.random() < 0.4:
            seq.append(b_end)
        if r.random() < 0.5:
            seq.append(b_attachment)
        seq.append(b_editor)
        if r.random() < 0.5:
            seq.append(b_tags)
        seq += [b_actions]
        if r.random() < 0.5:
            seq.append(b_share)
        if r.random() < 0.5:
            seq.append(b_qr)
        if r.random() < 0.5:
            seq.append(b_prevnext)
        seq.append(b_related)
        if r.random() < 0.4:
            seq.append(b_comments)
        if r.random() < 0.4:
            seq.append(b_feedback)
        if r.random() < 0.3:
            seq.append(b_robot)
        if r.random() < 0.3:
            seq.append(b_follow)
        seq += [b_friendlinks, b_footer]
        if r.random() < 0.5:
            seq.append(b_floatbar)
        if r.random() < 0.3:
            seq.append(b_html)
        return seq
    if style == 'reader' and c.mode == 'savetext':
        if r.random() < 0.4:
            seq.append(b_editor)
        seq.append(b_actions)
        if r.random() < 0.5:
            seq.append(b_qr)
        seq.append(b_related)
        if r.random() < 0.5:
            seq.append(b_prevnext)
        seq.append(b_footer)
        seq.append(b_saveastext_links)
        return seq
    if style == 'reader':
        if r.random() < 0.4:
            seq.append(b_end)
        if r.random() < 0.4:
            seq.append(b_editor)
        seq.append(b_link)
        if r.random() < 0.4:
            seq.append(b_saveastext_links)
        if r.random() < 0.3:
            seq.append(b_disclaimer)
        return seq
    if style == 'portal':
        if r.random() < 0.4:
            seq.append(b_attachment)
        if r.random() < 0.4:
            seq.append(b_editor)
        seq.append(b_actions)
        if r.random() < 0.5:
            seq.append(b_qr)
        if r.random() < 0.5:
            seq.append(b_share)
        if r.random() < 0.5:
            seq.append(b_feedback)
        if r.random() < 0.4:
            seq.append(b_prevnext)
        if r.random() < 0.6:
            seq.append(b_related)
        if r.random() < 0.3:
            seq.append(b_robot)
        if r.random() < 0.4:
            seq.append(b_friendlinks)
        seq.append(b_footer)
        return seq
    if style == 'news':
        if r.random() < 0.5:
            seq.append(b_end)
        seq.append(b_editor)
        if r.random() < 0.5:
            seq.append(b_tags)
        seq += [b_share, b_actions]
        if r.random() < 0.4:
            seq.append(b_link)
        if r.random() < 0.3:
            seq.append(b_qr)
        if r.random() < 0.3:
            seq.append(b_follow)
        if r.random() < 0.5:
            seq.append(b_disclaimer)
        seq.append(b_related)
        if r.random() < 0.5:
            seq.append(b_hotlist if r.random() < 0.6 else b_related)
        if r.random() < 0.5:
            seq.append(b_comments)
        if r.random() < 0.3:
            seq.append(b_app_banner)
        seq.append(b_footer)
        return seq
    if style == 'mobile':
        if r.random() < 0.5:
            seq.append(b_expand)
        if r.random() < 0.5:
            seq.append(b_disclaimer)
        if r.random() < 0.5:
            seq.append(b_editor)
        seq.append(b_mobile_actions)
        if r.random() < 0.3:
            seq.append(b_mobile_meta2)
        if r.random() < 0.5:
            seq.append(b_follow)
        if r.random() < 0.4:
            seq.append(b_mobile_more)
        seq.append(b_feed)
        seq.append(b_comments)
        if r.random() < 0.6:
            seq.append(b_app_banner)
        return seq
    if style == 'forum':
        if r.random() < 0.5:
            seq.append(b_disclaimer)
        seq.append(b_forum_tail)
        if r.random() < 0.5:
            seq.append(b_tags)
        seq.append(b_comments)
        if r.random() < 0.5:
            seq.append(b_pagination_web)
        if r.random() < 0.4:
            seq.append(b_follow)
        if r.random() < 0.5:
            seq.append(b_related)
        seq.append(b_footer)
        return seq
    raise ValueError(style)


def build_web(c):
    r = c.r
    page = Page(c)
    if c.mode:
        page.variants.append(c.mode)
    blank = r.choice([0, 1, 1, 2, 'ws'])
    indent = r.choice(INDENTS)
    block_indent = r.choice(['', '', '', '  ', '　', '\t'])
    heads = head_common(page, c.style)
    if c.style in ('ctrla', 'news', 'forum', 'reader') and r.random() < 0.25:
        heads.insert(r.randint(0, len(heads)), b_mojibake)
    for fn in heads:
        add(page, fn.__name__[2:] if fn.__name__.startswith('b_') else fn.__name__, fn, indent=block_indent if r.random() < 0.3 else '')
        if r.random() < 0.45:
            page.blank()
    page.variants.append('|content')
    rate = {'ctrla': 0.12, 'reader': 0.08, 'portal': 0.07, 'news': 0.15, 'mobile': 0.2, 'forum': 0.12}[c.style]
    mids = plan_mids(c, MID_BY_STYLE[c.style], rate)
    if c.style == 'mobile' and not any(b_expand in v for v in mids.values()) and r.random() < 0.7:
        k = r.randint(c.s, c.e - 1)
        mids.setdefault(k, []).append(b_expand)
    if c.style == 'forum' and not any(b_forum_cont in v for v in mids.values()):
        mids.setdefault(r.randint(c.s, c.e - 1), []).append(b_forum_cont)
    residue = c.style in ('news', 'forum') and r.random() < 0.2
    if residue:
        for i in range(c.s, c.e + 1):
            kind = content_kind(c.paras, i)
            page.chrome('', [(r.choice(['<p>', '<p class="p_text">', '<p style="text-align: justify;">']), 'html_residue')])
            page.content(indent + c.paras[i], kind, i)
            page.chrome('', [('</p>', 'html_residue')])
            for fn in mids.get(i, []) if i < c.e else []:
                add(page, fn.__name__[2:], fn)
    else:
        write_content(page, blank, indent, mids)
    page.variants.append('indent=%r,blank=%s%s' % (indent, blank, ',residue_wrap' if residue else ''))
    page.variants.append('content|')
    for fn in tail_common(page, c.style):
        if r.random() < 0.5:
            page.blank()
        add(page, fn.__name__[2:], fn, indent=block_indent if r.random() < 0.3 else '')
    return page


# ----------------------------------------------------------------------------- hard-wrapped PDF copies

CLOSE = '，。、；：？！”’）》」』】…—'


def wrap(text, width, first, r=None, stop_cut=0.0):
    """Cut a paragraph into pieces of width characters (the first first), closing punctuation hangs on the
    line before, no cut next to whitespace; with stop_cut, a line sometimes ends early right after a 。."""
    out = []
    i = 0
    w = first
    while i < len(text):
        j = min(len(text), i + w)
        while j < len(text) and text[j] in CLOSE and j - i < w + 2:
            j += 1
        if stop_cut and j < len(text) and r.random() < stop_cut:
            k = text.rfind('。', i + w // 2, j - 1)
            if k > i and text[k + 1] not in CLOSE:
                j = k + 1
        while 0 < j < len(text) and (text[j - 1].isspace() or text[j].isspace()) and j > i + 1:
            j -= 1
        out.append(text[i:j])
        i = j
        w = width
    return out


NUM_CN = '〇一二三四五六七八九十'


def page_number(r, form, k, total):
    forms = ['- %d -' % k, '— %d —' % k, '第%d页 共%d页' % (k, total), '第 %d 页，共 %d 页' % (k, total), '%d/%d' % (k, total),
             'Page %d of %d' % (k, total), '·%d·' % k, str(k), fw(str(k)), '－%d－' % k, 'P%d' % k, '%d / %d' % (k, total),
             '〔%d〕' % k, '第%s页' % (NUM_CN[k] if k <= 10 else str(k)), '-%d-' % k]
    return forms[form]


def build_pdf(c):
    r = c.r
    page = Page(c)
    width = r.randint(19, 44)
    indent = r.choice(['　　', '', '  ', '　　', ''])
    per_page = r.randint(18, 34)
    stop_cut = r.choice([0, 0, 0, 0.3, 0.5])
    pieces = []
    for i in range(c.s, c.e + 1):
        kind = content_kind(c.paras, i)
        ind = indent if kind != 'heading' or r.random() < 0.5 else ''
        first = width - (2 if ind else 0)
        for j, p in enumerate(wrap(c.paras[i], width, first, r, stop_cut)):
            pieces.append(((ind if j == 0 else '') + p, kind, i))
    total = max(2, (len(pieces) + per_page - 1) // per_page + r.randint(0, 3))
    printed = r.random() < 0.25
    runfoot = '' if printed or r.random() < 0.6 else r.choice([
        '%s办公室　%d年%d月印发' % (c.issuer, c.date.year, c.date.month), '—— 内部资料　注意保存 ——', '仅供学习参考',
        '%s公报　%d年第%d号' % (c.issuer, c.date.year, r.randint(1, 36)), 'www.%s' % c.domain.replace('www.', ''),
        '本文档由%s整理' % c.site, '第%d次全体会议文件' % r.randint(1, 5)])
    form = r.randint(0, 14)
    runhead = r.choice([c.short, c.issuer, c.title, '%s文件' % c.issuer, '会议文件之%s' % r.choice('一二三四五'), '%s公报' % c.issuer,
                        '%s第%d期' % (r.choice(['政府公报', '学习参考', '工作通讯']), r.randint(1, 24)), ''])
    # head
    if printed:
        page.variants.append('printed')
    else:
        add(page, 'pdf_viewer', b_pdf_viewer, total)
    if r.random() < 0.5:
        add(page, 'title', b_title)
    if r.random() < 0.2:
        add(page, 'mojibake', b_mojibake)
    if r.random() < 0.35:
        add(page, 'toc', b_toc)
    if r.random() < 0.25:
        add(page, 'intro', b_intro)
    page.variants.append('|content')
    k = r.randint(1, 3)
    if printed:
        hd, _ = b_print_header(c, k, total)
        page.chrome('print_header', hd)
    n = 0
    blank_between = r.random() < 0.3
    prev_para = None
    for text, kind, para in pieces:
        if n and n % per_page == 0:
            inpara = para == prev_para
            page.variants.append('pagebreak_inpara' if inpara else 'pagebreak')
            if printed:
                _, ft = b_print_header(c, k, total)
                page.chrome('', ft)
            else:
                if runfoot:
                    page.chrome('', [(runfoot, 'print_header')])
                page.chrome('', [(page_number(r, form, k, total), 'pagination')])
            if r.random() < 0.3:
                page.blank()
            k += 1
            if printed:
                hd, _ = b_print_header(c, k, total)
                page.chrome('', hd)
            elif runhead and runhead not in c.content:
                page.chrome('', [(runhead, 'print_header')])
        elif blank_between and prev_para is not None and para != prev_para:
            page.blank()
        page.content(text, kind, para)
        prev_para = para
        n += 1
    page.variants.append('pdf_w%d,indent=%r,per_page=%d%s%s' % (width, indent, per_page, ',stop_cut' if stop_cut else '',
                                                                ',running_footer' if runfoot else ''))
    page.variants.append('content|')
    if printed:
        _, ft = b_print_header(c, k, total)
        page.chrome('', ft)
    else:
        page.chrome('', [(page_number(r, form, k, total), 'pagination')])
    if r.random() < 0.3:
        add(page, 'attachment', b_attachment)
    if r.random() < 0.3:
        add(page, 'disclaimer', b_disclaimer)
    if r.random() < 0.2:
        add(page, 'related', b_related)
    return page


# ----------------------------------------------------------------------------- main

def main():
    global CORPUS
    CORPUS = find_corpus()
    rng = random.Random(SEED)
    runs = choose_runs(rng, CORPUS)
    rng.shuffle(runs)
    weights = ['pdf'] * 17 + ['ctrla'] * 16 + ['reader'] * 13 + ['portal'] * 15 + ['news'] * 15 + ['mobile'] * 13 + ['forum'] * 12
    rng.shuffle(weights)
    for d in ('pages', 'gold'):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    for n, ((src, s, e, paras), style) in enumerate(zip(runs, weights), 1):
        r = random.Random('%d/%s/%d' % (SEED, src, s))
        if style == 'pdf' and e - s > 14:
            e = s + r.randint(5, 14)
            if e >= len(paras):
                e = len(paras) - 1
        folder = src.split('/')[0]
        place = src.split('/')[1].split('_')[1]
        site, dom = pick_site(r, style, folder, place)
        c = Ctx(r, src, s, e, paras, style, site, dom)
        page = build_pdf(c) if style == 'pdf' else build_web(c)
        doc = '%03d' % n
        rows = page.rows
        while rows and rows[-1][1] == 'blank':
            rows.pop()
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in rows))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, label, kind, para) in enumerate(rows, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, label, kind, para))
        index.append('\t'.join([doc, style, src, str(s), str(e), str(len(rows)), ';'.join(v for v in page.variants if v), site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('%d pages written' % (len(index) - 1))


if __name__ == '__main__':
    main()
