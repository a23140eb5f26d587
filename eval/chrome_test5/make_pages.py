#!/usr/bin/env python3
"""Generator of the locked chrome TEST set 5 (issue 14): pages/, gold/ and index.tsv.

Written by helper "chrometest5" (stdlib only). Every chrome string below was written fresh by this
helper from its own knowledge of Chinese web pages; none is copied from another set, the cleaner or
a search. Content comes byte-exact from the shared corpus (found as in check_set.py).

  python make_pages.py      rebuild pages/, gold/, index.tsv (deterministic: seed SEED)
"""
import collections
import datetime
import os
import random
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5140726  # this writer's own seed
EARLIER = ('chrome_test', 'chrome_test2', 'chrome_test3', 'chrome_test4', 'chrome_dev3', 'chrome_dev4', 'chrome_dev5')
FOLDERS = {  # folder: pages
    'city_gwr_2024': 62,
    'provincial_gwr_2025': 16,
    'state_council_2004_2019': 18,
    'national_gwr_wikisource': 14,
    'cpc_congress_wikisource': 10,
}
STYLES = {'portal': 18, 'news': 15, 'party': 14, 'wechat': 13, 'wenku': 15, 'forum': 13, 'mobile': 13, 'pdf': 19}
SKIP = ('廣州共產黨報告', '第三次全国代表大会', '1954_', '1956_', '2024_枣庄', '2024_承德', '2024_泸州', '2024_潍坊',
        '国家教材委员会组成人员')


def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


# --------------------------------------------------------------------------- small helpers

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def some(seq, lo, hi):
    seq = list(seq)
    return R.sample(seq, min(len(seq), R.randint(lo, hi)))


FW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def fw(s):
    """Full-width ASCII forms, sometimes."""
    return s.translate(FW)


def maybe_fw(s, p=0.25):
    return fw(s) if chance(p) else s


SUR = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔向汤'
GIV = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力鹏飞宇浩然欣怡晨曦思远涵萱博晓东海燕春梅志红玉立新卫振兰瑞琳婷雪峰岩松阳光凯旭佳颖慧帆航'


def name():
    return pick(SUR) + ''.join(pick(GIV) for _ in range(R.choice((1, 2, 2))))


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


def letters(lo, hi):
    return ''.join(pick('abcdefghijklmnopqrstuvwxyz') for _ in range(R.randint(lo, hi)))


WEEK = '一二三四五六日'
CN_NUM = '〇一二三四五六七八九'


def cn_small(n):
    s = '零一二三四五六七八九'
    if n < 10:
        return s[n]
    if n < 20:
        return '十' + (s[n % 10] if n % 10 else '')
    return s[n // 10] + '十' + (s[n % 10] if n % 10 else '')


def dstr(d, form=None):
    form = form if form is not None else R.randrange(9)
    t = '%02d:%02d' % (R.randint(7, 22), R.randint(0, 59))
    return [
        '%d-%02d-%02d' % (d.year, d.month, d.day),
        '%d年%d月%d日' % (d.year, d.month, d.day),
        '%d-%02d-%02d %s' % (d.year, d.month, d.day, t),
        '%d/%02d/%02d' % (d.year, d.month, d.day),
        '%d.%d.%d' % (d.year, d.month, d.day),
        '%d年%02d月%02d日 %s' % (d.year, d.month, d.day, t),
        '%d-%02d-%02d %s:%02d' % (d.year, d.month, d.day, t, R.randint(0, 59)),
        '%02d-%02d %s' % (d.month, d.day, t),
        '%d年%d月%d日 星期%s' % (d.year, d.month, d.day, WEEK[d.weekday()]),
    ][form]


def bignum():
    n = R.choice((R.randint(12, 999), R.randint(1000, 99999), R.randint(1000, 9999)))
    return str(n) if chance(0.7) else ('%.1f万' % (n / 10000.0) if n > 10000 else str(n))


def mojibake(s):
    """Text garbled by a wrong decoding, with unassigned / private / control / format characters dropped."""
    how = R.randrange(4)
    if how == 0:
        raw = s.encode('utf-8').decode('gbk', errors='replace')
    elif how == 1:
        raw = s.encode('utf-8').decode('cp1252', errors='replace')
    elif how == 2:
        raw = s.encode('gbk').decode('utf-8', errors='replace')
    else:
        raw = s.encode('utf-8').decode('big5', errors='replace')
    out = ''.join(c for c in raw if unicodedata.category(c) not in ('Cc', 'Cf', 'Co', 'Cn', 'Cs', 'Zl', 'Zp'))
    return out.strip() or '锟斤拷锟斤拷'


TOPICS = ['优化营商环境', '乡村全面振兴', '民营经济发展', '安全生产', '城市更新', '招商引资', '稳就业', '生态环境保护',
          '文明城市创建', '数字政府建设', '养老服务', '义务教育', '防汛抗旱', '高标准农田建设', '新能源汽车产业',
          '低空经济', '消费品以旧换新', '科技创新', '人才引进', '老旧小区改造', '医保服务', '森林防火', '河湖长制',
          '“一件事一次办”', '重点项目建设', '冬春农田水利', '县域商业体系', '物业服务', '食品安全', '政务服务']
VERBS = ['召开', '部署', '推进', '调研', '督导', '启动', '举行']


def headline(ctx, sentence=False):
    p = pick([ctx['place'], ctx['place'], ctx['prov'], '我市', '全省', '多地'])
    t = pick(TOPICS)
    y = ctx['year']
    h = pick([
        '%s%s%s工作会议' % (p, pick(VERBS), t),
        '%s出台%d条措施支持%s' % (p, R.randint(8, 36), t),
        '图解｜%d年%s政府工作报告' % (y, ctx['place']),
        '%s：%s跑出“加速度”' % (p, t),
        '一图读懂%s' % ctx['short'],
        '权威发布｜%s%s情况通报' % (p, t),
        '%s%d年%s工作要点印发' % (p, y, t),
        '聚焦两会｜代表委员热议%s' % t,
        '%s第%s季度%s新闻发布会' % (p, cn_small(R.randint(1, 4)), t),
        '关于征集%s意见建议的公告' % t,
        '%s答记者问：%s怎么做？' % (pick(['市发改委', '市财政局', '省商务厅', '市住建局', '县农业农村局']), t),
        '数说%s：%d个关键词里的新变化' % (ctx['place'], R.randint(5, 12)),
        '%s举办%s专题培训班' % (p, t),
        '视频｜%s的%s故事' % (p, t),
        '%s领导干部%s' % (p, pick(['述职述廉会议举行', '学习贯彻两会精神', '赴基层调研'])),
    ])
    if sentence:
        h = pick([
            '%s在%s工作中取得阶段性成效，相关做法被推广。' % (p, t),
            '记者从%s获悉，今年将重点推进%s。' % (pick(['市政府新闻办', '省发改委', '县政府']), t),
            '%s表示，下一步将持续抓好%s各项工作。' % (pick(['有关负责人', '相关部门', '市长']), t),
        ])
    return h


# --------------------------------------------------------------------------- corpus and runs

def is_bad(p):
    """Source lines that are themselves chrome or editorial notes, never put in a run."""
    s = p.strip()
    if len(re.findall(r'[\u4e00-\u9fff]', s)) < 2:
        return True
    if re.match(r'^(来源|来源：|本文来源|责任编辑|编辑|注：|注:|附件|名词解释|附：)', s):
        return True
    if '（本文有删减）' in s or '↑' in s or re.search(r'\[\d+\]', s) or '字库未存字' in s:
        return True
    return False


def content_kind(p, i, n, paras):
    s = p.strip()
    if s in ('各位代表：', '同志们：', '各位代表:') or (s.startswith('各') and s.endswith('：') and len(s) < 80):
        return 'greeting'
    if s.endswith('：') and len(s) <= 40 and re.search('国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', s):
        return 'greeting'
    if re.fullmatch(r'(\d{4}年\d{1,2}月\d{1,2}日|[〇一二三四五六七八九十○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)', s):
        return 'signature'
    if s == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and len(s) <= 30 and '。' not in s and re.fullmatch(
            r'(\d{4}年\d{1,2}月\d{1,2}日|[〇一二三四五六七八九十○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)',
            paras[i + 1].strip()):
        return 'signature'
    if s in ('各位代表！', '同志们！') or (s.endswith('！') and i >= n - 2):
        return 'closing'
    if len(s) <= 60 and '。' not in s and not s.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def load_corpus(corpus):
    docs = []
    sc_index = {}
    rows = open(os.path.join(corpus, 'state_council_2004_2019', '_index.tsv'), encoding='utf-8').read().strip('\n').split('\n')
    head = rows[0].split('\t')
    for r in rows[1:]:
        c = dict(zip(head, r.split('\t')))
        sc_index[c['file']] = c
    for folder in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or any(k in f for k in SKIP):
                continue
            src = folder + '/' + f
            text = open(os.path.join(corpus, src), encoding='utf-8').read()
            paras = [l.strip() for l in text.split('\n') if l.strip()]
            if len(paras) < 8:
                continue
            docs.append({'src': src, 'folder': folder, 'file': f, 'paras': paras, 'meta': sc_index.get(f, {})})
    return docs


def earlier_ranges():
    out = collections.defaultdict(list)
    for name_ in EARLIER:
        p = os.path.join(HERE, '..', name_, 'index.tsv')
        if not os.path.exists(p):
            continue
        for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
            c = r.split('\t')
            out[c[2]].append((int(c[3]), int(c[4])))
    return out


def free_runs(doc, used):
    """Maximal stretches of usable paragraphs not covered by an earlier set."""
    n = len(doc['paras'])
    ok = [not is_bad(p) for p in doc['paras']]
    for a, b in used.get(doc['src'], []):
        for i in range(max(0, a), min(n, b + 1)):
            ok[i] = False
    runs, i = [], 0
    while i < n:
        if ok[i]:
            j = i
            while j + 1 < n and ok[j + 1]:
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def choose_run(doc, used, style, want):
    n = len(doc['paras'])
    lo, hi = (5, 9) if style == 'pdf' else (5, 26)
    if style == 'pdf' and sum(len(p) for p in doc['paras']) / n > 220:
        lo, hi = 5, 7
    if style in ('forum', 'wenku', 'party') and chance(0.3):
        hi = 40
    L = R.randint(lo, hi)
    runs = [(a, b) for a, b in free_runs(doc, used) if b - a + 1 >= 5]
    if not runs:
        return None
    options = {'head': [], 'tail': [], 'middle': []}
    for a, b in runs:
        if a <= 3:
            options['head'].append((a, min(b, a + L - 1)))
        if b == n - 1:
            options['tail'].append((max(a, b - L + 1), b))
        # middle: leave a margin of two paragraphs from an earlier range where possible
        a2, b2 = a + (2 if a > 0 else 4), b - (2 if b < n - 1 else 3)
        if b2 - a2 + 1 >= 5:
            ln = min(L, b2 - a2 + 1)
            s = R.randint(a2, b2 - ln + 1)
            options['middle'].append((s, s + ln - 1))
    for pos in [want] + [p for p in ('middle', 'head', 'tail') if p != want]:
        if options[pos]:
            s, e = pick(options[pos])
            if e - s + 1 >= 5:
                return pos, s, e
    return None


PROV_OF = {}
for _prov, _cities in {
    '广东省': '广州 深圳 中山', '海南省': '三亚',
    '山东省': '东营 临沂 威海 德州 日照 枣庄 泰安 济南 济宁 淄博 滨州 潍坊 烟台 聊城 菏泽 青岛',
    '浙江省': '丽水 台州 嘉兴 宁波 杭州 温州 湖州 绍兴 舟山 衢州 金华', '新疆维吾尔自治区': '乌鲁木齐',
    '四川省': '乐山 内江 凉山 南充 宜宾 巴中 广元 广安 德阳 成都 攀枝花 泸州 甘孜 眉山 绵阳 资阳 达州 遂宁 阿坝 雅安',
    '安徽省': '亳州 六安 合肥 宣城 宿州 池州 淮北 淮南 滁州 芜湖 蚌埠 铜陵 阜阳 马鞍山 黄山',
    '贵州省': '六盘水 安顺 毕节 贵阳 遵义 铜仁 黔东南 黔南 黔西南',
    '广西壮族自治区': '北海 南宁 崇左 来宾 柳州 桂林 梧州 河池 玉林 百色 贵港 贺州 钦州 防城港',
    '湖北省': '十堰 咸宁 天门 孝感 宜昌 恩施 武汉 潜江 荆州 荆门 襄阳 鄂州 随州 黄冈 黄石',
    '江苏省': '南京 南通 常州 徐州 扬州 无锡 泰州 淮安 盐城 苏州 连云港 镇江', '福建省': '厦门',
    '江西省': '吉安 宜春 抚州 赣州', '吉林省': '吉林', '内蒙古自治区': '呼和浩特 锡林郭勒', '黑龙江省': '哈尔滨 牡丹江',
    '湖南省': '岳阳 永州 益阳 郴州 长沙', '河北省': '承德', '山西省': '晋城 长治 阳泉', '西藏自治区': '林芝',
    '辽宁省': '沈阳', '宁夏回族自治区': '银川', '北京市': '北京', '上海市': '上海', '天津市': '天津', '重庆市': '重庆',
}.items():
    for _c in _cities.split():
        PROV_OF[_c] = _prov
ZHOU = {'凉山', '恩施', '甘孜', '阿坝', '黔东南', '黔南', '黔西南'}
HOSTS = ['济宁', '宜昌', '绵阳', '嘉兴', '柳州', '赣州', '芜湖', '遵义', '盐城', '长治', '银川', '岳阳']
COUNTIES = ['安吉县', '桐庐县', '寿光市', '昆山市', '义乌市', '宜都市', '武功县', '沛县', '长兴县', '仙居县', '汶川县', '龙游县',
            '石阡县', '凤凰县', '天柱县', '荔浦市', '东阿县', '盱眙县', '婺城区', '平阴县']
MINISTRIES = ['国家发展和改革委员会', '教育部', '生态环境部', '商务部', '水利部', '农业农村部', '应急管理部', '人力资源和社会保障部',
              '国家市场监督管理总局', '交通运输部', '国家卫生健康委员会', '自然资源部']
ORDINAL = '零一二三四五六七八九十'


def make_ctx(doc, style, start, end):
    f, folder = doc['file'], doc['folder']
    ctx = {'style': style, 'src': doc['src'], 'paras': doc['paras'], 'start': start, 'end': end, 'folder': folder}
    if folder == 'city_gwr_2024':
        city = f.split('_')[1]
        place = city + ('州' if city in ZHOU else '盟' if city == '锡林郭勒' else '市')
        if city in ('北京', '上海', '天津', '重庆'):
            place = city + '市'
        ctx.update(place=place, prov=PROV_OF.get(city, '本省'), year=2024, org=place + '人民政府',
                   title='2024年%s政府工作报告' % place, short='%s政府工作报告' % place,
                   speaker=('市长' if place.endswith('市') else '州长' if place.endswith('州') else '盟长'),
                   meeting='%s第十%s届人民代表大会第%s次会议' % (place, pick('五六七八'), pick('三四')),
                   date=datetime.date(2024, R.randint(1, 3), R.randint(1, 28)))
    elif folder == 'provincial_gwr_2025':
        prov = f.split('_')[1]
        ctx.update(place=prov, prov=prov, year=2025, org=prov + '人民政府',
                   title='2025年%s政府工作报告' % prov, short='%s政府工作报告' % prov,
                   speaker=('主席' if prov.endswith('自治区') else '市长' if prov.endswith('市') else '省长'),
                   meeting='%s第十四届人民代表大会第%s次会议' % (prov, pick('三四')),
                   date=datetime.date(2025, R.randint(1, 2), R.randint(1, 28)))
    elif folder == 'national_gwr_wikisource':
        y = int(f[:4])
        host = pick(HOSTS)
        rep = y if y >= 2019 else R.randint(2019, 2025)
        ctx.update(place=host + '市', prov=PROV_OF[host], year=y, org='国务院',
                   title='%d年国务院政府工作报告' % y, short='政府工作报告（%d年）' % y, speaker='国务院总理',
                   meeting='第%s届全国人民代表大会第%s次会议' % (pick(['五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四']), pick('一二三四五')),
                   date=datetime.date(rep, 3, R.randint(5, 28)))
    elif folder == 'cpc_congress_wikisource':
        n = int(f[:2])
        host = pick(HOSTS)
        t = f.split('_', 2)[2][:-4].replace('_', '　')
        ctx.update(place=host + '市', prov=PROV_OF[host], year=R.randint(2019, 2025), org='中国共产党',
                   title=t, short='党的%s大报告' % cn_small(n), speaker='',
                   meeting='中国共产党第%s次全国代表大会' % cn_small(n),
                   date=datetime.date(R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28)))
    else:
        m = doc['meta']
        title = m.get('title') or f.split('_', 2)[2][:-4]
        pub = m.get('published', '2019-02-01')
        y0 = int(pub[:4])
        host = pick(HOSTS)
        ctx.update(place=host + '市', prov=PROV_OF[host], year=y0, org=m.get('issuer', '国务院'), title=title,
                   short=(title[:18] + '…') if len(title) > 20 else title, speaker='', docno=m.get('document_number', ''),
                   meeting='', date=datetime.date(y0, int(pub[5:7]), int(pub[8:10])) + datetime.timedelta(days=R.randint(0, 400)))
    ctx['headings'] = [p for p in doc['paras'] if re.match(r'^[一二三四五六七八九十]{1,3}、', p) and len(p) <= 40]
    ctx['domain'] = 'www.%s.gov.cn' % letters(2, 6)
    return ctx


# --------------------------------------------------------------------------- chrome blocks
# Each b_xxx(ctx) returns a list of (line, kind). Blocks are written for this set only.

def L(kind, *lines):
    return [(l, kind) for l in lines]


def b_cookie(ctx):
    return pick([
        L('cookie', '本网站使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。', '同意　　拒绝'),
        L('cookie', '我们使用必要的Cookies保障网站正常运行，详见《隐私政策》。', '我已知晓'),
        L('cookie', 'This site uses cookies. By continuing you agree to our use of cookies.', 'Accept All | Reject | Settings'),
        L('cookie', '为向您提供更好的服务，本站会收集必要的浏览信息（Cookie），您可在浏览器设置中关闭。[确定]'),
        L('cookie', '温馨提示：本站将使用cookie记录您的访问偏好', '同意并继续', '查看隐私条款'),
    ])


def b_accessibility(ctx):
    items = ['无障碍浏览', '长者模式', '关怀版', '放大', '缩小', '高对比度', '大字幕', '语音导读', '光标', '辅助线', '页面缩放', '退出无障碍']
    f = R.randrange(4)
    if f == 0:
        return L('accessibility', '　'.join(some(items, 4, 8)))
    if f == 1:
        return L('accessibility', *some(items, 3, 6))
    if f == 2:
        return L('accessibility', '[' + ']['.join(some(items, 3, 5)) + ']')
    return L('accessibility', '适老化无障碍服务', pick(['进入', '开启', '启用 ›']), pick(['关怀模式 | 标准模式', '普通版 / 长者版']))


def b_topbar(ctx):
    d = ctx['date']
    out = []
    f = R.randrange(5)
    if f == 0:
        out += L('nav', '欢迎访问%s门户网站！' % ctx['org'], '今天是：%d年%d月%d日 星期%s' % (d.year, d.month, d.day, WEEK[d.weekday()]))
    elif f == 1:
        out += L('nav', '%d年%02d月%02d日　%s　%s　%d℃~%d℃' % (d.year, d.month, d.day, '周' + WEEK[d.weekday()],
                                                          pick(['晴', '多云', '小雨', '阴']), R.randint(-5, 5), R.randint(6, 18)))
    elif f == 2:
        out += L('nav', '手机版 | 繁體 | English | 无障碍 | 关怀版')
    elif f == 3:
        out += L('nav', '设为首页　加入收藏　联系我们')
    else:
        out += L('nav', '%s　　%s' % (ctx['org'], pick(['简', '繁'])), '政务微博　政务微信　政务头条号')
    if chance(0.5):
        out += pick([L('login', '登录 | 注册'), L('login', '个人登录', '法人登录'), L('login', '您好，请 [登录] 或 [注册]'),
                     L('login', '用户中心 ▾'), L('login', '统一身份认证登录')])
    return out


def b_sitename(ctx):
    org = ctx['site']
    out = [pick([org, org + '门户网站', '%s\nwww.%s' % (org, ctx['domain'][4:]), org + '　欢迎您！'])]
    if ctx['style'] == 'portal' and chance(0.45):
        out.append(pick(['The People\'s Government of %s' % pick(['the City', 'the Province', 'the County']),
                         'OFFICIAL WEBSITE', '政务公开 · 政务服务 · 互动交流']))
    elif ctx['style'] != 'portal' and chance(0.4):
        out.append(pick(['让每一次阅读都有价值', '权威 · 及时 · 准确', '%s | 有温度的内容平台' % org, 'www.%s' % ctx['domain'][4:]]))
    res = []
    for x in out:
        for y in x.split('\n'):
            res.append((y, 'nav'))
    return res


def b_search(ctx):
    return pick([
        L('search', '请输入关键词', '搜索'),
        L('search', '站内搜索：　　　　[ 搜 索 ]　高级检索'),
        L('search', '🔍 搜索本站内容'),
        L('search', '热搜：' + '　'.join(some(['政府工作报告', '两会', '惠企政策', '社保', '公积金', '中考', '招聘', '营商环境'], 3, 5))),
        L('search', '全站搜索 | 政策文件搜索 | 政务服务搜索' if ctx['style'] == 'portal' else '全部 | 文档 | 资讯 | 用户', '输入你要搜索的内容…'),
        L('search', 'Search', '请输入搜索内容', '热门搜索：' + ' '.join(some(['人才公寓', '医保', '养老', '招标公告', '老旧小区'], 2, 4))),
    ])


MENU_PORTAL = ['首页', '政务公开', '政务服务', '互动交流', '走进%s', '专题专栏', '数据开放', '新闻中心', '政策文件', '政策解读',
               '领导之窗', '机构设置', '办事指南', '公众参与', '12345热线', '政府信箱', '统计数据', '规划计划']


MENU_OTHER = {
    'news': ['时政', '国际', '财经', '社会', '评论', '视频', '图片', '专题', '地方', '科技', '教育', '健康', '文旅', '体育', 'English', '两会'],
    'party': ['时政要闻', '理论学习', '党建动态', '基层党建', '组工动态', '党员教育', '先锋模范', '廉政建设', '主题教育', '专题', '视频', '党史'],
    'wenku': ['精品文档', '办公文档', '行业资料', '教育专区', '实用模板', 'PPT模板', 'VIP专区', '上传文档', '我的文库', '公文范文'],
    'forum': ['热门', '版块', '精华', '社区活动', '话题', '排行榜', '发帖', '消息', '本地', '问答'],
}


def b_menu(ctx):
    if ctx['style'] in MENU_OTHER:
        items = [pick(['首页', '首 页', '网站首页', 'Home'])] + some(MENU_OTHER[ctx['style']], 4, 8)
    else:
        items = [m.replace('%s', ctx['place'][:-1]) for m in MENU_PORTAL]
        items = ['首页'] + some(items[1:], 4, 8)
    f = R.randrange(5)
    if f == 0:
        return L('nav', *items)
    if f == 1:
        return L('nav', pick(['　', ' | ', '  ', '｜', ' · ']).join(items))
    if f == 2:
        return L('nav', ' '.join(items), pick(['HOME  GOVERNMENT  SERVICE  INTERACTION', 'shouye zhengwu fuwu hudong',
                                                'Home | Affairs | Services | Contact']))
    if f == 3:
        return L('nav', *['· ' + i for i in items])
    return L('nav', '导航', *['%s ▸' % i for i in items[:5]])


def b_breadcrumb(ctx):
    p = ctx['place'][:-1] if ctx['place'].endswith(('市', '州', '盟')) else ctx['place']
    other = {
        'news': [['首页', '时政', '地方'], ['首页', '新闻', '国内'], ['首页', '两会专题', '报告全文'], ['%s频道' % ctx['prov'][:2], '要闻'],
                 ['首页', '%s新闻' % p, '正文']],
        'party': [['首页', '理论学习', '重要文献'], ['首页', '党建动态', '学习资料'], ['首页', '文献资料', '重要报告'], ['首页', '学习园地']],
        'wenku': [['首页', '行业资料', '政府/行政'], ['文库首页', '公文', '工作报告'], ['全部分类', '党团工作', '报告体会'], ['首页', '范文大全', '政府工作报告']],
        'forum': [['首页', '时事论坛', '正文'], ['社区', '%s吧' % p], ['首页', '版块', '公务员考试'], ['论坛', '城市生活', p]],
    }
    if ctx['style'] in other:
        trail = pick(other[ctx['style']])
    else:
        trail = pick([
        ['首页', '政务公开', '政府信息公开', '政府工作报告'],
        ['首页', '新闻中心', '%s要闻' % ctx['place'][:-1]],
        ['网站首页', '政策文件', '国务院文件'],
        ['首页', '政务公开', '法定主动公开内容', '政府工作报告'],
        ['首页', '党建动态', '理论学习'],
        ['主页', '资讯', '时政'],
        ['首页', '专题专栏', '%d年%s两会' % (ctx['date'].year, ctx['place'][:-1])],
        ['当前位置', '首页', '规划计划'],
        ])
    f = R.randrange(6)
    if f == 0:
        return L('breadcrumb', '当前位置：' + ' > '.join(t for t in trail if t != '当前位置'))
    if f == 1:
        return L('breadcrumb', '您现在的位置：' + ' >> '.join(trail))
    if f == 2:
        out = []
        for i, t in enumerate(trail):
            out.append((t, 'breadcrumb'))
            if i < len(trail) - 1:
                out.append((pick(['>', '›', '/', '»']), 'breadcrumb'))
        return out
    if f == 3:
        return L('breadcrumb', ' / '.join('[%s](/%s/)' % (t, letters(3, 6)) for t in trail))
    if f == 4:
        return L('breadcrumb', '📍 ' + ' → '.join(trail))
    return L('breadcrumb', '位置：' + '＞'.join(trail) + '＞正文')


def b_title(ctx):
    t, s, site = ctx['title'], ctx['short'], ctx.get('site', ctx['org'])
    forms = [
        [t], [t + '_' + site], [t + ' - ' + site], ['【%s】' % s], ['%s——%s' % (s, site)], ['<title>%s|%s</title>' % (t, site)],
        ['（%s）' % t], ['%s（全文）' % t], ['权威发布 | %s' % s], ['全文来了！%s' % s], ['%s.docx' % t], ['%s.pdf' % t],
        ['%s' % s, '——%s' % site], ['▌%s' % s], ['%s【附全文】' % s], ['%s（图文）' % s], ['# %s' % t],
        ['标题：%s' % t], ['%s|%s' % (s, pick(['新闻', '要闻', '政策', '学习']))], ['%s...' % t[:max(6, len(t) - 5)]],
    ]
    if len(t) > 14:
        k = R.randint(6, len(t) - 5)
        forms.append([t[:k], t[k:]])
        forms.append(['%s　%s' % (t[:k], t[k:])])
    if ctx.get('meeting'):
        forms.append(['——在%s上' % ctx['meeting']])
        forms.append(['%s在%s上作政府工作报告' % (ctx['speaker'] or '有关负责同志', ctx['meeting'])])
    return [(x, 'title_repeat') for x in pick(forms)]


def b_meta(ctx):
    d = ctx['date']
    site = ctx.get('site', ctx['org'])
    src = pick([ctx['org'], ctx['place'][:-1] + '日报', '%s办公室' % ctx['org'], '新华社', site, '%s发展和改革委员会' % ctx['place']])
    st = ctx['style']
    out = []
    f = R.randrange(8)
    if f == 0:
        out.append('发布时间：%s　来源：%s　浏览次数：%s' % (dstr(d, 2), src, bignum()))
    elif f == 1:
        out += ['时间：%s' % dstr(d, 0), '来源：%s' % src, '作者：%s' % name()]
    elif f == 2:
        out.append('%s　%s　阅读量：%s' % (dstr(d, R.choice((2, 6))), src, bignum()))
    elif f == 3:
        out.append('信息来源：%s　 发布日期：%s　 访问量：%s' % (src, dstr(d, 1), bignum()))
    elif f == 4:
        out += ['【来源：%s】' % src, '【发布时间：%s】' % dstr(d, 3), '【点击：%s】' % bignum()]
    elif f == 5:
        out.append('%s 来源: %s 编辑: %s' % (dstr(d, 5), src, name()))
    elif f == 6:
        out.append('作者：%s 责任编辑：%s 发布：%s' % (name(), name(), dstr(d, 0)))
    else:
        out += ['%s' % dstr(d, 2), '%s' % src]
    if st == 'news' and chance(0.5):
        out.append(pick(['%s记者 %s 通讯员 %s' % (site, name(), name()), '（记者　%s）' % name(),
                         '%s讯（记者%s）' % (pick(['本报', '本网', '中新网']), name())]))
    return [(maybe_fw(x, 0.1), 'metadata') for x in out]


def b_govtable(ctx):
    d = ctx['date']
    no = ctx.get('docno') or '%s〔%d〕%d号' % (pick(['府发', '政发', '办发']), d.year, R.randint(1, 40))
    idx = '%s/%d-%05d' % (digits(8) + pick(['X', 'Y', digits(1)]), d.year, R.randint(1, 9999))
    cells = [('索 引 号', idx), ('主题分类', pick(['综合政务', '国民经济管理、国有资产监管', '其他'] + (['政府工作报告'] if ctx['meeting'] else ['综合政务\\通知', '国务院文件']))),
             ('发布机构', ctx['org']), ('成文日期', dstr(d, 1)), ('文　　号', no), ('发布日期', dstr(d, 1)),
             ('有 效 性', '有效'), ('公开方式', '主动公开')]
    cells = cells[:R.randint(4, 8)]
    f = R.randrange(3)
    if f == 0:
        return [('%s：%s' % c, 'metadata') for c in cells]
    if f == 1:
        rows = []
        for i in range(0, len(cells), 2):
            rows.append('\t'.join('%s\t%s' % c for c in cells[i:i + 2]))
        return [(r, 'metadata') for r in rows]
    out = []
    for k, v in cells:
        out += [(k, 'metadata'), (v, 'metadata')]
    return out


def b_fontsize(ctx):
    return pick([
        L('toolbar_fontsize', '字号：大 中 小'), L('toolbar_fontsize', '【字体：', '大', '中', '小', '】'),
        L('toolbar_fontsize', '[ 字号 T | T ]'), L('toolbar_fontsize', 'A+　A　A-'),
        L('toolbar_fontsize', '字体大小：', '默认', '放大'), L('toolbar_fontsize', '文字：［大］［中］［小］　背景色：□ □ □'),
        L('toolbar_fontsize', '调整字号　＋　－'),
    ])


def b_audio(ctx):
    m, s = R.randint(3, 25), R.randint(0, 59)
    return pick([
        L('audio', '🔊 语音播报', '00:00 / %02d:%02d' % (m, s)),
        L('audio', '听全文', '%d分%d秒' % (m, s)), L('audio', '▶ 点击收听本文', '语速：1.0x'),
        L('audio', '您的浏览器不支持 audio 元素。'), L('audio', '播报 暂停 继续 停止'),
        L('audio', 'AI朗读', '00:00', '%02d:%02d' % (m, s)), L('audio', '本文共%d字，预计阅读时间%d分钟，可点击收听' % (R.randint(1500, 9000), m)),
    ])


def b_video(ctx):
    return pick([
        L('video', '视频加载中，请稍候……'), L('video', '▷ 播放', '00:00 / %02d:%02d' % (R.randint(1, 9), R.randint(0, 59)), '⛶'),
        L('video', '您的浏览器版本过低，无法播放视频，请升级浏览器。'),
        L('video', '[视频]%s' % headline(ctx)), L('video', '画质：1080P　720P　480P', '倍速：0.5x 1.0x 1.5x 2.0x'),
        L('video', '视频：%s（时长%02d:%02d）' % (headline(ctx), R.randint(0, 9), R.randint(0, 59))),
        L('video', '下一个视频', '自动播放 开'), L('video', '视频编辑：%s' % name()),
    ])


def b_caption(ctx):
    p = ctx['place']
    return pick([
        L('caption', '会议现场。%s摄' % name()), L('caption', '▲%s第%s次全体会议现场' % (pick(['大会', '会议']), cn_small(R.randint(1, 3)))),
        L('caption', '（图片来源：%s）' % pick(['视觉中国', '%s融媒体中心' % p, '新华社', '网络'])),
        L('caption', '图为%s新区一角。（资料图片）' % p[:-1]), L('caption', '[图片]'), L('caption', '图：%s 摄' % name()),
        L('caption', '△ 代表们认真审议政府工作报告。' if ctx['meeting'] and ctx['folder'] != 'cpc_congress_wikisource'
          else '△ 资料图：%s街景。' % p[:-1]), L('caption', '点击图片进入下一页>>'),
        L('caption', '↑ 图片由%s提供' % pick(['受访者', '%s政府办' % p, '通讯员'])), L('caption', '![图片](https://img.%s.cn/%s.jpg)' % (letters(3, 6), digits(10))),
        L('caption', '组图：%s' % headline(ctx), '1 / %d' % R.randint(3, 9)), L('caption', '长按识别图片'),
        L('caption', '微信图片_%s%s' % (ctx['date'].strftime('%Y%m%d'), digits(6))),
    ])


def b_intro(ctx):
    d = ctx['date']
    t = ctx['title']
    if ctx['folder'] == 'state_council_2004_2019':
        return pick([
            L('intro', '编者按：近日，%s印发《%s》（%s）。全文如下：' % (ctx['org'], t, ctx.get('docno') or '文号略')),
            L('intro', '【导读】这份文件明确了哪些任务？一起来看原文。'),
            L('intro', '摘要：本文为%s，现全文转发，请结合实际认真贯彻落实。' % ctx['short']),
            L('intro', '政策原文👇'), L('intro', '以下为文件原文：'),
            L('intro', '核心提示：文件共分若干部分，对相关工作作出部署。'),
        ])
    if ctx['folder'] == 'cpc_congress_wikisource':
        return pick([
            L('intro', '编者按：%s是党的重要历史文献。本站转载报告全文，供党员干部学习参考。' % ctx['short']),
            L('intro', '【学习园地】重温%s（节选）' % ctx['short']), L('intro', '导读：本期学习内容为%s原文。' % ctx['meeting']),
            L('intro', '下面是报告原文（节选）：'), L('intro', '小编按：党课材料整理，建议收藏转发给支部同志👇'),
        ])
    return pick([
        L('intro', '编者按：%d年%d月%d日，%s开幕。%s作政府工作报告。现将报告全文刊发，供读者学习。' % (
            d.year, d.month, d.day, ctx['meeting'] or '会议', ctx['speaker'] or '有关负责同志')),
        L('intro', '【导读】%s全文发布，一起来看今年定下的目标任务。' % ctx['short']),
        L('intro', '摘要：本文为%s原文，共分若干部分，以下为正文。' % t),
        L('intro', '核心提示：报告回顾了过去一年工作，部署了今年重点任务。'),
        L('intro', '小编按：很多读者留言想看报告原文，今天整理出来了，建议收藏👇'),
        L('intro', '下面是报告原文（节选）：'), L('intro', '以下为文件原文：'),
        L('intro', '【学习笔记】本期为大家带来%s的原文精读，划线部分是重点。' % ctx['short']),
        L('intro', '提要：%s' % pick(['报告全文约%d万字。' % R.randint(1, 3), '一文读懂今年工作怎么干。'])),
    ])


def b_ads(ctx):
    return pick([
        L('ads', '广告'), L('ads', '【广告】%s' % pick(['家装节全场满减', '新房首付低至10%', '考公资料包限时领取', '驾校报名立减800元'])),
        L('ads', '赞助商链接'), L('ads', '推广　%s' % pick(['公务员考试培训，名师一对一', '企业注册代办，最快3天', 'ETC办理送油卡'])),
        L('ads', 'AD', '×'), L('ads', '—— 广告位招租 ——'), L('ads', '【推荐】%s' % pick(['公考面试100题', '申论范文大全', '党建资料合集'])),
        L('ads', '点击了解详情 >'), L('ads', '▎广告 ▎%s' % pick(['养老保险计算器', '在线课程免费试听'])),
    ])


def b_html(ctx):
    return pick([
        L('html_residue', '<div class="article-content">'), L('html_residue', '</div>'),
        L('html_residue', '<p style="text-indent: 2em; line-height: 1.75;">'), L('html_residue', '&nbsp;&nbsp;&nbsp;&nbsp;'),
        L('html_residue', '<br />'), L('html_residue', '<!--正文内容开始-->'), L('html_residue', '<!--EndFragment-->'),
        L('html_residue', '<span style="font-size:16px;font-family:仿宋_GB2312;">'), L('html_residue', '</span></p>'),
        L('html_residue', 'var _hmt = _hmt || [];'), L('html_residue', '{{ article.content }}'),
        L('html_residue', '<img src="/uploads/%s.png" alt="" />' % digits(12)), L('html_residue', '<section data-role="paragraph">'),
        L('html_residue', '</section>'), L('html_residue', '$(document).ready(function(){ initShare(); });'),
        L('html_residue', '<td colspan="4">'), L('html_residue', '[/b]'), L('html_residue', '&emsp;'),
    ])


def b_mojibake(ctx):
    src = pick(['网站地图', '返回顶部', '本页内容', ctx['short'][:8], '相关新闻', '打印本页', '政务服务', '新闻中心'])
    return [(mojibake(src), 'mojibake')] + ([(mojibake(pick(['关闭窗口', '联系我们', '上一篇'])), 'mojibake')] if chance(0.3) else [])


def b_webpages(ctx):
    n = R.randint(2, 6)
    k = R.randint(1, n)
    return pick([
        L('pagination', '上一页 ' + ' '.join(str(i) for i in range(1, n + 1)) + ' 下一页'),
        L('pagination', '第%d页 / 共%d页' % (k, n)), L('pagination', '«', *[str(i) for i in range(1, n + 1)], '»'),
        L('pagination', '首页 上一页 [%d] 下一页 尾页' % k), L('pagination', '阅读全文（共%d页）' % n),
        L('pagination', '< 1 2 3 ... %d >' % (n + 3)), L('pagination', '本文共%d页，当前第%d页' % (n, k)),
    ])


def b_prevnext(ctx):
    return pick([
        L('prevnext', '上一篇：%s' % headline(ctx), '下一篇：%s' % headline(ctx)),
        L('prevnext', '上一条：没有了', '下一条：%s' % headline(ctx)),
        L('prevnext', '‹ 上一篇　　下一篇 ›'), L('prevnext', '前一篇：%s　后一篇：%s' % (headline(ctx), headline(ctx))),
        L('prevnext', 'Prev: %s' % headline(ctx), 'Next: %s' % headline(ctx)),
        L('prevnext', '« %s' % headline(ctx), '%s »' % headline(ctx)),
    ])


def b_related(ctx):
    head = pick(['相关阅读', '相关新闻', '延伸阅读：', '【相关链接】', '推荐阅读', '猜你喜欢', '相关文章 RELATED', '热点推荐', '更多>>', '相关稿件'])
    n = R.randint(2, 6)
    out = [(head, 'related')]
    for _ in range(n):
        h = headline(ctx, sentence=chance(0.2))
        form = R.randrange(5)
        if form == 0:
            h = '· ' + h
        elif form == 1:
            h = '%s　%s' % (h, dstr(ctx['date'] - datetime.timedelta(days=R.randint(1, 90)), 0))
        elif form == 2:
            h = '[%s] %s' % (pick(['图文', '视频', '解读', '政策']), h)
        elif form == 3:
            h = '%d. %s' % (len(out), h)
        out.append((h, 'related'))
    return out


def b_ranking(ctx):
    out = [(pick(['点击排行', '24小时热榜', '热门文章', '阅读排行 TOP10', '本周热点', '一周热读']), 'ranking')]
    f = R.randrange(3)
    for i in range(1, R.randint(3, 7)):
        h = headline(ctx)
        if f == 0:
            out.append(('%d %s' % (i, h), 'ranking'))
        elif f == 1:
            out += [(str(i), 'ranking'), (h, 'ranking')]
        else:
            out.append(('%02d　%s　%s阅读' % (i, h, bignum()), 'ranking'))
    return out


def b_share(ctx):
    return pick([
        L('share', '分享到：'), L('share', '分享到：微信 微博 QQ空间'), L('share', '分享', '微信', '新浪微博', '复制链接'),
        L('share', '【分享到】'), L('share', '分享：　　　　'), L('share', '转发到朋友圈'), L('share', '一键分享 ⤴'),
        L('share', 'Share: WeChat | Weibo | QQ'), L('share', '[微信] [微博] [QQ] [空间]'),
    ])


def b_qr(ctx):
    return pick([
        L('qr', '扫一扫在手机打开当前页'), L('qr', '[二维码]', '手机扫码阅读'), L('qr', '微信扫一扫：分享'),
        L('qr', '扫描二维码，关注%s' % pick(['政务微信', '官方微博', '公众号'])), L('qr', '用手机扫描二维码继续阅读'),
        L('qr', '移动端访问 ▦'), L('qr', '扫码下载APP'),
    ])


def b_actions(ctx):
    return pick([
        L('toolbar_actions', '【打印本页】　【关闭窗口】'), L('toolbar_actions', '打印', '收藏', '关闭'),
        L('toolbar_actions', '[ 打印 ]　[ 关闭 ]　[ 返回顶部 ]'), L('toolbar_actions', '下载全文 | 收藏 | 纠错'),
        L('toolbar_actions', '🖨 打印本文　✖ 关闭本页'), L('toolbar_actions', '保存', '打印', '全屏阅读'),
        L('toolbar_actions', '返回顶部 ↑'), L('toolbar_actions', '↑TOP'), L('toolbar_actions', '[收藏本页] [打印] [关闭]'),
    ])


def b_feedback(ctx):
    return pick([
        L('feedback', '页面内容是否对您有帮助？', '有帮助　没帮助'), L('feedback', '网站纠错', '我要纠错'),
        L('feedback', '满意度评价：非常满意 满意 一般 不满意'), L('feedback', '发现错误？点此反馈'),
        L('feedback', '对本页内容评价：☆☆☆☆☆', '提交'), L('feedback', '意见建议　　留言咨询'),
    ])


def b_attachment(ctx):
    t = ctx['short']
    return pick([
        L('attachment', '附件：', '%s.pdf' % t, '%s（图解）.jpg' % t),
        L('attachment', '相关附件：%s.docx' % t), L('attachment', '附件下载：', '1. %s（文字版）' % t, '2. 名词解释'),
        L('attachment', '📎 %s.doc　　（%d KB）' % (t, R.randint(60, 990))),
        L('attachment', '附件【%s.pdf】已下载%d次' % (t, R.randint(10, 900))),
    ])


def b_robot(ctx):
    nm = pick(['小政', '政小通', '智能小助手', '%s小e' % ctx['place'][:-1]])
    return pick([
        L('robot', '智能问答', '您好！我是%s，请问有什么可以帮您？' % nm, '请输入问题'),
        L('robot', '在线客服'), L('robot', '%s 在线为您服务' % nm, '热门问题：公积金提取　社保查询　不动产登记'),
        L('robot', '智能客服🤖', '问我'), L('robot', '有问题？问问%s' % nm, '发 送'),
    ])


def b_footer(ctx):
    org = ctx.get('site', ctx['org'])
    y = ctx['date'].year
    if ctx['style'] != 'portal':
        lines = [
            '关于%s | 联系我们 | 广告合作 | 用户协议 | 隐私政策' % org, 'Copyright © %d-%d %s 版权所有' % (y - R.randint(3, 20), y, org),
            '增值电信业务经营许可证：%s-%s' % (pick(['京B2', '沪B2', '粤B2', '浙B2']), digits(8)),
            '%sICP备%s号' % (pick('京沪粤浙川鄂苏'), digits(8)), '互联网新闻信息服务许可证：%s' % digits(11),
            '违法和不良信息举报：%s　举报邮箱：jubao@%s.com' % (pick(['12377', '400-%s-%s' % (digits(3), digits(4))]), letters(3, 7)),
            '未经授权禁止转载、摘编、复制或建立镜像', '网络文化经营许可证 %s〔%d〕%s号' % (pick(['京网文', '沪网文', '粤网文']), y - 2, digits(4)),
            '— 返回顶部 —', '本站由%s提供技术支持' % pick(['阿里云', '华为云', '腾讯云']), '客户端下载 | 手机版 | 电脑版',
        ]
        return [(l, 'footer') for l in some(lines, 2, 5)]
    lines = [
        '主办单位：%s办公室　　承办：%s大数据中心' % (org, ctx['place']),
        '网站标识码：%s　%s ICP备%s号-%d' % (digits(10), pick('京沪津渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新'), digits(8), R.randint(1, 5)),
        '%s公网安备 %s号' % (pick('京沪川粤鲁浙苏鄂湘桂皖贵'), digits(14)),
        'Copyright © %d %s All Rights Reserved' % (y, org),
        '版权所有：%s' % org, '地址：%s%s路%d号　邮编：%s' % (ctx['place'], pick(['人民', '解放', '建设', '中山', '迎宾']), R.randint(1, 300), digits(6)),
        '联系电话：0%s-%s' % (digits(3), digits(8)), '建议使用1920×1080分辨率、IE11以上浏览器', '网站地图 | 联系我们 | 使用帮助',
        '您是本站第 %s 位访客' % digits(7), '互联网新闻信息服务许可证：%s' % digits(11), '违法和不良信息举报电话：12377',
        '关于我们　广告服务　免责声明　招聘信息', '©%d-%d %s' % (y - R.randint(5, 15), y, org),
    ]
    return [(l, 'footer') for l in some(lines, 2, 6)]


def b_comments(ctx):
    out = [(pick(['网友评论', '评论（%d）' % R.randint(0, 300), '全部评论', '精选留言', '我来说两句', '热门评论']), 'comments')]
    if chance(0.3):
        out.append((pick(['请文明上网、理性发言', '发表评论', '写评论...', '已有%d人参与' % R.randint(2, 999)]), 'comments'))
    for _ in range(R.randint(1, 4)):
        who = pick([name(), '网友' + digits(6), '%s市民' % ctx['place'][:-1], 'user_' + letters(4, 7), '匿名用户'])
        say = pick(['报告写得实在，点赞！', '希望今年能把老小区加装电梯落实。', '学习了', '👍👍👍', '期待%s越来越好' % ctx['place'][:-1],
                    '收藏了，写材料用得上。', '关键是落实。', '路过', '有没有完整版的？', '民生实事要办好啊'])
        f = R.randrange(3)
        if f == 0:
            out += [(who, 'comments'), (say, 'comments'), ('%s　回复　赞(%d)' % (dstr(ctx['date'], 7), R.randint(0, 99)), 'comments')]
        elif f == 1:
            out.append(('%s：%s' % (who, say), 'comments'))
        else:
            out += [('%s  %s' % (who, pick(['IP属地：' + ctx['prov'][:2], '%d小时前' % R.randint(1, 23), '1楼'])), 'comments'), (say, 'comments')]
    return out


def b_follow(ctx):
    acc = ctx.get('account', ctx.get('site', ctx['org']))
    return pick([
        L('follow', '点击上方蓝字，关注我们'), L('follow', '👆点击“%s”关注，获取更多资讯' % acc),
        L('follow', '关注'), L('follow', '+ 关注'), L('follow', '喜欢就点个“在看”吧'), L('follow', '点赞　在看　分享'),
        L('follow', '▼ 长按二维码关注 ▼'), L('follow', '欢迎关注%s微信公众号' % acc), L('follow', '星标⭐我们，不错过每一篇推送'),
    ])


def b_reward(ctx):
    return pick([
        L('reward', '喜欢作者', '赞赏'), L('reward', '%d人喜欢' % R.randint(1, 300)), L('reward', '打赏', '已有%d人打赏' % R.randint(1, 30)),
        L('reward', '作者已设置赞赏，感谢支持！'), L('reward', '👍 点赞(%d)　💰 打赏' % R.randint(0, 800)), L('reward', '赞 %d' % R.randint(1, 999)),
    ])


def b_disclaimer(ctx):
    return pick([
        L('disclaimer', '声明：本文转自%s，版权归原作者所有，如有侵权请联系删除。' % pick(['网络', '人民网', '%s发布' % ctx['place'][:-1]])),
        L('disclaimer', '免责声明：本站部分文章来源于网络，仅供学习交流，不代表本站观点。'),
        L('disclaimer', '本文仅代表作者个人观点，不代表平台立场。'),
        L('disclaimer', '特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“%s”用户上传并发布，本平台仅提供信息存储服务。' % pick(['网易号', '百家号', '搜狐号'])),
        L('disclaimer', '文档内容由用户上传，如有侵权请联系客服处理。'),
        L('disclaimer', '转载请注明来源，违者必究。'),
    ])


def b_link(ctx):
    return pick([
        L('link', '阅读原文'), L('link', '原文地址：https://%s/art/%d/%d/%d/art_%s_%s.html' % (ctx['domain'], ctx['date'].year, ctx['date'].month, ctx['date'].day, digits(4), digits(7))),
        L('link', 'https://%s/zwgk/%s.shtml' % (ctx['domain'], digits(8))), L('link', '本文链接：http://%s/c/%s' % (ctx['domain'].replace('www.', 'm.'), digits(9))),
        L('link', '[点此查看原文](https://mp.weixin.qq.com/s/%s)' % letters(16, 22)), L('link', '来源链接 >>'),
    ])


def b_tags(ctx):
    tg = some(['政府工作报告', '两会', ctx['place'][:-1], '%d两会' % ctx['date'].year, '报告全文', '学习资料', '公文写作', '高质量发展'], 2, 4)
    return pick([
        L('tags', '标签：' + '　'.join(tg)), L('tags', ' '.join('#%s#' % t for t in tg)), L('tags', '关键词：' + '；'.join(tg)),
        L('tags', 'TAG: ' + ', '.join(tg)), L('tags', *['#' + t for t in tg]),
    ]) if ctx['style'] != 'wechat' else pick([L('tags', '收录于合集 #%s %d个' % (tg[0], R.randint(3, 80))), L('tags', ' '.join('#' + t for t in tg)),
                                              L('tags', '#%s' % tg[0], '上一篇 · 下一篇')])


def b_appbanner(ctx):
    app = ctx.get('app', pick(['新闻客户端', '本站APP']))
    return pick([
        L('app_banner', '打开%s，阅读体验更佳' % app), L('app_banner', 'APP内打开 >'), L('app_banner', '下载%s，看更多精彩内容' % app, '×'),
        L('app_banner', '打开APP看高清视频'), L('app_banner', '在App中打开　　继续浏览网页'), L('app_banner', '⬇ 下载客户端'),
        L('app_banner', '使用%s查看完整内容' % app), L('app_banner', '立即打开'),
    ])


def b_login(ctx):
    return pick([
        L('login', '登录', '注册'), L('login', '请登录后发表评论'), L('login', '账号登录 | 短信登录', '忘记密码'),
        L('login', '登录后可享受更多功能 ›'), L('login', '用户名', '密码', '登 录'), L('login', '微信一键登录'),
    ])


def b_paywall(ctx):
    st = ctx['style']
    if st == 'mobile':
        return pick([L('paywall', '展开全文'), L('paywall', '点击展开剩余%d%%' % R.randint(40, 90)), L('paywall', '阅读全文 ∨'),
                     L('paywall', '全文未完，点击继续阅读'), L('paywall', '— 展开剩余内容 —')])
    return pick([
        L('paywall', '剩余%d页未读，继续阅读' % R.randint(2, 20)), L('paywall', '试读已结束，开通VIP可阅读全文'),
        L('paywall', '下载本文需要%d积分' % R.randint(2, 20)), L('paywall', '还剩%d%%未读，点击阅读全文' % R.randint(30, 85)),
        L('paywall', '开通会员', '免费下载本文档'), L('paywall', '¥%d.%d0　立即购买' % (R.randint(1, 19), R.randint(0, 9))),
        L('paywall', '本文为付费内容，已隐藏部分内容'), L('paywall', '会员专享 · 无广告阅读'),
        L('paywall', '内容需要付费，点击解锁'), L('paywall', '登录后可阅读完整内容'),
    ])


def b_wenku_meta(ctx):
    d = ctx['date']
    out = pick([
        ['上传者：%s' % pick([name(), 'wk_' + digits(8), '文库用户%s' % digits(5)]), '%d页　%d.%dKB　%s' % (R.randint(3, 40), R.randint(20, 900), R.randint(0, 9), dstr(d, 0))],
        ['%s 上传于%s' % (name(), dstr(d, 1)), '%d人阅读 · %d次下载' % (R.randint(10, 9000), R.randint(0, 900))],
        ['评分：%.1f（%d人评价）' % (R.uniform(3.5, 5), R.randint(2, 300)), '格式：DOCX　页数：%d' % R.randint(3, 40)],
        ['文档分类：%s' % pick(['行业资料 > 政府/行政', '公文 > 工作报告', '党团工作']), '浏览：%s　下载：%d' % (bignum(), R.randint(1, 400))],
        ['★★★★☆', '%d 页' % R.randint(3, 50), '大小：%d KB' % R.randint(30, 700)],
    ])
    return [(x, 'metadata') for x in out]


def b_wenku_bar(ctx):
    return pick([
        L('toolbar_actions', '下载文档', '收藏', '分享', '举报'), L('toolbar_actions', '⬇ 立即下载　☆ 收藏　↗ 分享'),
        L('toolbar_actions', '免费下载 | 加入阅读清单 | 打印'), L('toolbar_actions', '下载　　原格式保存'),
        L('toolbar_actions', '复制全文', '翻译', 'AI总结'), L('toolbar_actions', '全屏', '下载'),
    ])


def b_toc(ctx):
    hs = ctx['headings'] or [ctx['short']]
    if len(hs) < 2:
        hs = hs + ['附录']
    out = [(pick(['目录', '目　录', '【目录】', 'CONTENTS', '本文目录']), 'toc')]
    page = 1
    f = R.randrange(4)
    for h in hs[:8]:
        page += R.randint(1, 4)
        if f == 0:
            out.append(('%s%s%d' % (h, '.' * R.randint(6, 20), page), 'toc'))
        elif f == 1:
            out.append(('%s　　%d' % (h, page), 'toc'))
        elif f == 2:
            out.append(('· %s' % h, 'toc'))
        else:
            out.append(('%s …… %d' % (h, page), 'toc'))
    if chance(0.3):
        out.append(('展开目录 ∨', 'toc'))
    return out


def b_watermark(ctx):
    return pick([
        L('watermark', '内部资料　注意保存'), L('watermark', '扫描全能王 创建'), L('watermark', '仅供学习参考，请勿用于商业用途'),
        L('watermark', '本资料来源于%s，仅供个人学习' % pick(['网络', '百度文库', '豆丁网'])), L('watermark', 'WPS Office'),
        L('watermark', '%s文库　%s' % (pick(['原创力', '人人', '道客']), 'www.%s.com' % letters(4, 8))), L('watermark', '精品文档·可编辑'),
        L('watermark', '学习资料　仅供参考'), L('watermark', '文档编号：%s' % digits(12)),
    ])


def b_wechat_meta(ctx):
    d = ctx['date']
    acc = ctx['account']
    out = pick([
        ['原创 %s %s' % (name(), acc), dstr(d, 1)],
        [acc, '%s %02d:%02d %s' % (dstr(d, 0), R.randint(6, 23), R.randint(0, 59), ctx['prov'][:2])],
        ['%s　%s　发表于%s' % (acc, dstr(d, 1), ctx['prov'][:2])],
        ['作者｜%s　编辑｜%s' % (name(), name()), '来源｜%s' % acc],
        ['%s %s' % (acc, dstr(d, 7))],
    ])
    res = [(x, 'metadata') for x in out]
    if chance(0.4):
        res.append(('阅读时长约%d分钟' % R.randint(5, 30), 'metadata'))
    return res


def b_forum_meta(ctx):
    d = ctx['date']
    u = ctx['user']
    return pick([
        L('metadata', '楼主：%s' % u, '发表于 %s' % dstr(d, 6), '查看：%s | 回复：%d' % (bignum(), R.randint(0, 300))),
        L('metadata', '%s　　%s　　只看楼主　倒序浏览' % (u, dstr(d, 2))),
        L('metadata', '%s发布于%s　IP属地：%s' % (u, dstr(d, 0), ctx['prov'][:2])),
        L('metadata', '[原创] 作者：%s　时间：%s' % (u, dstr(d, 5)), '阅读 %s　评论 %d' % (bignum(), R.randint(0, 99))),
        L('metadata', '%s Lv.%d' % (u, R.randint(1, 12)), '粉丝 %d  帖子 %d' % (R.randint(0, 999), R.randint(1, 4000))),
    ])


def b_forum_floor(ctx, k):
    u = ctx['user']
    d = ctx['date']
    return pick([
        L('metadata', '%d楼' % k), L('metadata', '#%d　%s　%s' % (k, u, dstr(d, 7))), L('metadata', '（续%d楼）' % (k - 1)),
        L('metadata', '%s　回复于 %s　%d楼' % (u, dstr(d, 2), k)), L('metadata', '—— 接上楼 ——'),
        L('metadata', '第%d楼 楼主' % k, '引用　举报　回复'),
    ])


def b_mobile_bar(ctx):
    return pick([
        L('nav', '‹', '···'), L('nav', '< 返回　　　　　　分享'), L('nav', '× 关闭', '更多'), L('nav', '← %s' % ctx['site']),
        L('nav', '首页　推荐　视频　本地　热榜'), L('nav', 'ᐸ 详情'),
    ])


def b_mobile_meta(ctx):
    d = ctx['date']
    s = ctx['site']
    return pick([
        L('metadata', s, '%s · %s' % (dstr(d, 7), ctx['prov'][:2])), L('metadata', '%s  %s' % (s, dstr(d, 0))),
        L('metadata', '%s %d小时前' % (s, R.randint(1, 23))), L('metadata', '来源：%s' % s, '%s阅读' % bignum()),
        L('metadata', '%s发布　%s' % (dstr(d, 1), s), '已关注'),
    ])


def b_feed(ctx):
    out = [(pick(['相关推荐', '为你推荐', '猜你想看', '更多精彩']), 'related')]
    for _ in range(R.randint(2, 5)):
        out.append((headline(ctx), 'related'))
        out.append(('%s　%d评论　%d%s前' % (pick(['本地新闻', ctx['place'][:-1] + '发布', '政务头条', '时事速览']), R.randint(0, 500),
                                          R.randint(1, 23), pick(['小时', '分钟', '天'])), 'related'))
    return out


def b_pdfviewer(ctx, pages):
    return pick([
        [('%d / %d' % (1, pages), 'pagination'), ('－　100%　＋', 'toolbar_actions')],
        [('下载　打印　全屏', 'toolbar_actions')],
        [('第 1 页，共 %d 页' % pages, 'pagination'), ('适合宽度 ▾', 'toolbar_actions')],
        [('共%d页' % pages, 'pagination')],
        [('放大　缩小　旋转　下载', 'toolbar_actions'), ('1/%d' % pages, 'pagination')],
        [('预览模式，下载后查看完整版', 'paywall')],
    ])


PAGENO = [
    lambda k, n: '- %d -' % k, lambda k, n: '—%d—' % k, lambda k, n: '第%d页' % k, lambda k, n: '第 %d 页 共 %d 页' % (k, n),
    lambda k, n: '%d / %d' % (k, n), lambda k, n: 'Page %d of %d' % (k, n), lambda k, n: '·%d·' % k, lambda k, n: '%d' % k,
    lambda k, n: fw(str(k)), lambda k, n: '（%d）' % k, lambda k, n: 'P.%d' % k, lambda k, n: '共%d页　第%d页' % (n, k),
    lambda k, n: '[%d]' % k, lambda k, n: '第%s页' % cn_small(k), lambda k, n: '－ %d －' % k, lambda k, n: '%d/%d' % (k, n),
]


# --------------------------------------------------------------------------- sites per style

NEWS = ['人民网', '新华网', '央视网', '光明网', '中国日报网', '大众网', '浙江在线', '荆楚网', '红网', '川观新闻', '广西新闻网',
        '东北网', '齐鲁网', '中安在线', '多彩贵州网', '北青网', '上观新闻', '南方+', '潇湘晨报', '长江网', '天山网', '中国经济网']
PARTY = ['中国共产党新闻网', '求是网', '灯塔-党建在线', '先锋网', '西部党建', '湘先锋', '安徽先锋网', '江苏先锋', '北京党建',
         '东方先锋', '广西党建', '机关党建网', '党建e家']
WECHAT = ['%s发布', '%s政务', '公文写作参考', '机关党建研究', '笔杆子写作', '材料圈', '%s日报', '两会观察', '党建宣传阵地', '读报告学政策']
WENKU = ['豆丁网', '原创力文档', '360文库', '文库吧', '第一范文网', '淘豆网', '爱问共享资料', '蚂蚁文库', '麦档网', '文档网', '范文先生网', '写写帮文库']
FORUM = ['天涯社区', '百度贴吧', '知乎专栏', '凯迪网', '微博', '搜狐号', '百家号', '雪球', '简书', '头条号', '一点号', '大鱼号']
MOBILE = ['人民日报客户端', '新华社客户端', '学习强国', 'ZAKER', '一点资讯', '腾讯新闻', '凤凰新闻', '触电新闻', '极目新闻',
          '潮新闻', '新湖南', '看看新闻', '北京日报客户端', 'UC浏览器', 'QQ浏览器']
PDFSITES = ['道客巴巴', 'WPS云文档', '腾讯文档', '石墨文档', '%s人民政府公报', '%s人大网附件', '福昕阅读器', '本地PDF', 'Word文档（另存为）']


def choose_site(ctx):
    st, f = ctx['style'], ctx['folder']
    p = ctx['place'][:-1] if ctx['place'].endswith(('市', '州', '盟')) else ctx['place']
    if st == 'portal':
        if f == 'city_gwr_2024':
            site = pick([ctx['org'], ctx['org'], '%s人民政府' % pick(COUNTIES), '%s人民政府' % ctx['prov']])
        elif f == 'provincial_gwr_2025':
            site = pick([ctx['org'], ctx['org'], '%s人民政府' % pick(COUNTIES)])
        elif f == 'state_council_2004_2019':
            site = pick(['中国政府网', pick(MINISTRIES), pick(MINISTRIES), '%s人民政府' % ctx['place'], '中华人民共和国中央人民政府'])
        else:
            site = pick(['中国政府网', pick(MINISTRIES), '%s人民政府' % ctx['place']])
    elif st == 'news':
        site = pick(NEWS)
    elif st == 'party':
        site = pick(PARTY)
    elif st == 'wechat':
        site = pick(WECHAT).replace('%s', p)
    elif st == 'wenku':
        site = pick(WENKU)
    elif st == 'forum':
        site = pick(FORUM)
    elif st == 'mobile':
        site = pick(MOBILE)
    else:
        site = pick(PDFSITES).replace('%s', ctx['place'])
    return site


# --------------------------------------------------------------------------- page plans per style
# (block, probability); a block name maps to b_<name>.

HEAD = {
    'portal': [('cookie', .35), ('accessibility', .45), ('topbar', .7), ('sitename', .8), ('search', .5), ('menu', .9),
               ('robot', .2), ('breadcrumb', .85), ('title', .85), ('govtable', .35), ('meta', .8), ('fontsize', .6), ('audio', .25)],
    'news': [('cookie', .25), ('appbanner', .3), ('login', .3), ('sitename', .5), ('menu', .8), ('search', .3), ('breadcrumb', .6), ('title', .85),
             ('meta', .95), ('fontsize', .45), ('share', .3), ('intro', .4), ('audio', .15), ('video', .2)],
    'party': [('sitename', .7), ('menu', .8), ('search', .3), ('breadcrumb', .8), ('title', .8), ('meta', .9), ('fontsize', .35),
              ('intro', .35), ('toc', .12), ('audio', .2)],
    'wechat': [('title', .85), ('wechat_meta', 1), ('fontsize', .1), ('tags', .35), ('follow', .7), ('intro', .5), ('audio', .2), ('caption', .3)],
    'wenku': [('sitename', .5), ('search', .5), ('login', .4), ('menu', .3), ('breadcrumb', .4), ('title', .95), ('wenku_meta', .95),
              ('wenku_bar', .7), ('toc', .5), ('paywall', .3)],
    'forum': [('sitename', .5), ('login', .5), ('menu', .5), ('search', .25), ('breadcrumb', .6), ('title', .9), ('forum_meta', 1), ('intro', .3)],
    'mobile': [('cookie', .25), ('appbanner', .7), ('mobile_bar', .8), ('login', .15), ('title', .8), ('mobile_meta', .95), ('follow', .4),
               ('intro', .25), ('audio', .2), ('video', .2)],
}
MID = {
    'portal': [('caption', .5), ('video', .25), ('mojibake', .4), ('html', .3), ('webpages', .2)],
    'news': [('ads', .6), ('caption', .5), ('related', .25), ('video', .25), ('appbanner', .3), ('html', .3), ('mojibake', .35)],
    'party': [('caption', .5), ('html', .45), ('mojibake', .4), ('follow', .15), ('audio', .1)],
    'wechat': [('caption', .7), ('follow', .35), ('html', .35), ('ads', .2), ('mojibake', .15)],
    'wenku': [('watermark', .5), ('paywall', .5), ('ads', .4), ('webpages', .25), ('html', .15)],
    'forum': [('floor', .8), ('ads', .35), ('caption', .35), ('mojibake', .2), ('reward', .3)],
    'mobile': [('appbanner', .75), ('paywall', .55), ('caption', .4), ('video', .3), ('ads', .4)],
}
TAIL = {
    'portal': [('attachment', .5), ('editor', .4), ('actions', .7), ('share', .5), ('qr', .5), ('feedback', .55), ('prevnext', .5),
               ('related', .5), ('robot', .35), ('link', .2), ('mojibake', .15), ('footer', .95)],
    'news': [('editor', .7), ('webpages', .2), ('link', .3), ('tags', .4), ('share', .5), ('qr', .2), ('prevnext', .3), ('related', .6),
             ('ranking', .4), ('login', .15), ('comments', .4), ('feedback', .15), ('footer', .85)],
    'party': [('editor', .7), ('attachment', .2), ('disclaimer', .3), ('link', .4), ('share', .5), ('qr', .25), ('actions', .3), ('related', .6), ('ranking', .25),
              ('comments', .25), ('footer', .85)],
    'wechat': [('disclaimer', .5), ('link', .6), ('follow', .8), ('qr', .4), ('reward', .7), ('tags', .3), ('comments', .6), ('share', .3)],
    'wenku': [('paywall', .7), ('wenku_bar', .5), ('disclaimer', .5), ('related', .7), ('ranking', .3), ('footer', .6)],
    'forum': [('tags', .5), ('reward', .5), ('link', .25), ('share', .4), ('comments', .9), ('login', .3), ('prevnext', .3), ('disclaimer', .4), ('footer', .5)],
    'mobile': [('paywall', .4), ('disclaimer', .3), ('share', .5), ('feed', .7), ('comments', .6), ('appbanner', .6), ('footer', .3)],
}


def b_editor(ctx):
    return pick([
        L('metadata', '（责任编辑：%s）' % name()), L('metadata', '责任编辑：%s　校对：%s' % (name(), name())),
        L('metadata', '【编辑：%s】' % name()), L('metadata', '编辑 | %s' % name(), '审核 | %s' % name()),
        L('metadata', '(完)'), L('metadata', '【纠错】　【责任编辑：%s】' % name()), L('metadata', '初审：%s 复审：%s 终审：%s' % (name(), name(), name())),
    ])


def run_block(nm, ctx):
    if nm == 'floor':
        ctx['floor'] = ctx.get('floor', 1) + 1
        return b_forum_floor(ctx, ctx['floor'])
    return globals()['b_' + nm](ctx)


def indent_block(lines):
    if chance(0.15):
        ind = pick(['  ', '　', '\t', '    '])
        return [(ind + t, k) for t, k in lines]
    return lines


# --------------------------------------------------------------------------- page assembly

CLOSE = '，。、；：？！”’）》」』】…—,.;:?!)'


def blank_line():
    return (pick(['', '', '', '　　', '  ', '\t']), 'blank', 'blank', '')


def chrome_rows(lines):
    return [(t, 'chrome', k, '') for t, k in lines]


def plan(table, style):
    names = [nm for nm, p in table[style] if chance(p)]
    for i in range(len(names) - 1):
        if chance(0.12):
            names[i], names[i + 1] = names[i + 1], names[i]
    return names


def soft_page(ctx):
    st = ctx['style']
    paras = ctx['paras']
    s, e = ctx['start'], ctx['end']
    variants = []
    rows = []
    head = plan(HEAD, st)
    if not head:
        head = ['title']
    for nm in head:
        rows += chrome_rows(indent_block(run_block(nm, ctx)))
        variants.append(nm)
        if chance(0.35):
            rows.append(blank_line())
    if chance(0.6):
        rows.append(blank_line())
    variants.append('|content')
    indent = pick(['', '　　', '　　', '　', '  ', '    ', '\t'])
    blank = pick(['0', '1', '1', '2', 'ws'])
    head_noindent = chance(0.5)
    residue_wrap = st in ('news', 'party', 'forum', 'wechat') and chance(0.12)
    n = e - s + 1
    mids = plan(MID, st)
    if st == 'forum' and 'floor' in mids:
        mids += ['floor'] * R.randint(0, 2)
    gaps = {}
    for nm in mids:
        g = R.randint(1, n - 1)
        gaps.setdefault(g, []).append(nm)
    layout = ['indent=%s' % {'': 'none', '　　': 'ideo2', '　': 'ideo1', '  ': 'sp2', '    ': 'sp4', '\t': 'tab'}[indent], 'blank=' + blank]
    if residue_wrap:
        layout.append('residue_wrap')
    for k, i in enumerate(range(s, e + 1)):
        if k in gaps:
            for nm in gaps[k]:
                rows += chrome_rows(run_block(nm, ctx))
                variants.append(nm)
                if blank != '0':
                    rows.append(blank_line())
        p = paras[i]
        kind = content_kind(p, i, len(paras), paras)
        ind = '' if (kind in ('heading', 'greeting', 'signature') and head_noindent) else indent
        if residue_wrap:
            rows.append((pick(['<p>', '<p class="ql-block">', '<p style="text-align:justify;">', '<p data-pid="%d">' % k]), 'chrome', 'html_residue', ''))
        rows.append((ind + p, 'content', kind, str(i)))
        if residue_wrap:
            rows.append(('</p>', 'chrome', 'html_residue', ''))
        if k < n - 1:
            if blank == '1':
                rows.append(('', 'blank', 'blank', ''))
            elif blank == '2':
                rows += [('', 'blank', 'blank', ''), ('', 'blank', 'blank', '')]
            elif blank == 'ws':
                rows.append((pick(['　　', '  ', '\t', ' ']), 'blank', 'blank', ''))
    variants += layout
    variants.append('content|')
    if chance(0.7):
        rows.append(blank_line())
    tail = plan(TAIL, st) or ['footer']
    for nm in tail:
        rows += chrome_rows(indent_block(run_block(nm, ctx)))
        variants.append(nm)
        if chance(0.35):
            rows.append(blank_line())
    return rows, variants


def wrap_para(text, width, first_cap, stop_cut):
    """Cut a paragraph into pieces of `width` characters (the first `first_cap`); closing punctuation hangs
    on the line before; a cut never falls next to whitespace; with stop_cut a line may end right after 。."""
    pieces, pos, cap, cut_after_stop = [], 0, first_cap, 0
    while pos < len(text):
        end = pos + cap
        if end >= len(text):
            pieces.append(text[pos:])
            break
        if stop_cut and chance(0.25):
            j = text.rfind('。', pos + max(4, cap // 3), end - 1)
            if j > 0 and j + 1 < len(text):
                end = j + 1
                cut_after_stop += 1
        hang = 0
        while end < len(text) and text[end] in CLOSE and hang < 2:
            end += 1
            hang += 1
        while 0 < end < len(text) and (text[end - 1].isspace() or text[end].isspace()):
            end -= 1
        if end <= pos:
            end = pos + cap
            while end < len(text) and (text[end - 1].isspace() or text[end].isspace()):
                end += 1
        if end >= len(text):
            pieces.append(text[pos:])
            break
        pieces.append(text[pos:end])
        pos = end
        cap = width
    return pieces, cut_after_stop


def pdf_page(ctx, width):
    paras = ctx['paras']
    s, e = ctx['start'], ctx['end']
    site = ctx['site']
    kind = pick(['viewer', 'word', 'gazette', 'printed', 'printed', 'word'])
    ctx['pdfkind'] = kind
    stop_cut = chance(0.35)
    indent = pick(['　　', '　　', '', '  '])
    per_sheet = R.randint(10, 24)
    first_no = 1 if s <= 3 else R.randint(2, 9)
    # lay out content lines first, then place the page breaks
    body = []
    for i in range(s, e + 1):
        p = paras[i]
        ck = content_kind(p, i, len(paras), paras)
        ind = '' if ck in ('heading', 'greeting', 'signature') and chance(0.6) else indent
        cap = width - (2 if ind in ('　　', '  ') else 0)
        pieces, _ = wrap_para(p, width, cap, stop_cut)
        for j, piece in enumerate(pieces):
            body.append(((ind if j == 0 else '') + piece, 'content', ck, str(i)))
        if chance(0.12) and i < e:
            body.append(('', 'blank', 'blank', ''))
    n_breaks = max(1, len(body) // per_sheet)
    total = first_no + n_breaks + R.randint(0, 6)
    pageno = pick(PAGENO)
    url = 'https://%s/%s/%s.html' % (ctx['domain'] if '政府' in site else 'www.%s.com' % letters(4, 8), letters(2, 5), digits(8))
    stamp = '%d/%d/%d %s%d:%02d' % (ctx['date'].year, ctx['date'].month, ctx['date'].day, pick(['上午', '下午', '']), R.randint(1, 12), R.randint(0, 59))
    run_head = pick([ctx['short'], ctx['title'], '%s文件' % ctx['org'], '%s公报　%d年第%d期' % (ctx['org'], ctx['date'].year, R.randint(1, 24)),
                     ctx['org'], '政府工作报告'])
    run_kind = 'title_repeat' if run_head in (ctx['short'], ctx['title'], '政府工作报告') else 'footer'
    variants = []
    rows = []
    if kind == 'printed':
        rows.append(('%s　%s - %s' % (stamp, ctx['short'], site), 'chrome', 'print_header', ''))
    else:
        for t, k in b_pdfviewer(ctx, total) if kind == 'viewer' else [(pick([ctx['title'] + '.pdf', ctx['short'] + '.docx', ctx['title'], '%s（定稿）.doc' % ctx['short']]), 'title_repeat')]:
            rows.append((t, 'chrome', k, ''))
        variants.append('pdfhead_' + kind)
        if kind == 'word' and s <= 3 and chance(0.6):
            rows += chrome_rows(b_toc(ctx))
            variants.append('toc')
        if chance(0.4):
            rows += chrome_rows(b_watermark(ctx))
            variants.append('watermark')
    variants.append('|content')
    sheet = first_no
    breaks = sorted(R.sample(range(per_sheet // 2, len(body) - 1), min(n_breaks, max(1, len(body) - 1 - per_sheet // 2)))) if len(body) > per_sheet // 2 + 1 else []
    inpara = 0
    for idx, r in enumerate(body):
        rows.append(r)
        if idx in breaks and idx + 1 < len(body):
            nxt = body[idx + 1]
            same = nxt[1] == 'content' and r[1] == 'content' and nxt[3] == r[3]
            inpara += same
            variants.append('pagebreak_inpara' if same else 'pagebreak')
            br = []
            if kind == 'printed':
                br += [('%s　%d/%d' % (url, sheet, total), 'print_header'), ('%s　%s - %s' % (stamp, ctx['short'], site), 'print_header')]
            else:
                if chance(0.5):
                    br.append(('', 'blank'))
                br.append((pageno(sheet, total), 'pagination'))
                if kind == 'word' and chance(0.5):
                    br.append((pick(['%s 第%d页' % (ctx['short'], sheet), '%s' % ctx['title']]), 'title_repeat'))
                if chance(0.35):
                    br.append((b_watermark(ctx)[0][0], 'watermark'))
                if chance(0.4):
                    br.append(('', 'blank'))
                if kind in ('gazette', 'word', 'viewer') and chance(0.75):
                    br.append((run_head, run_kind))
            for t, k in br:
                rows.append((t, 'blank', 'blank', '') if k == 'blank' else (t, 'chrome', k, ''))
            sheet += 1
    variants += ['pdf_w%d' % width] + (['stop_cut'] if stop_cut else []) + (['printed'] if kind == 'printed' else [])
    variants.append('content|')
    if kind == 'printed':
        rows.append(('%s　%d/%d' % (url, sheet, total), 'chrome', 'print_header', ''))
    else:
        rows.append((pageno(sheet, total), 'chrome', 'pagination', ''))
        variants.append('pageno')
        if chance(0.5):
            tl = pick([[('— 本文档结束 —', 'pagination')], [('下载原文档 ｜ 打印', 'toolbar_actions')], b_watermark(ctx),
                       [(pick(['— 完 —', '（全文完）', 'END']), 'pagination')], b_related(ctx)])
            rows += chrome_rows(tl)
            variants.append('pdftail')
    return rows, variants, inpara


# --------------------------------------------------------------------------- main

def main():
    corpus = find_corpus()
    docs = load_corpus(corpus)
    used = earlier_ranges()
    uses = collections.Counter({k: len(v) for k, v in used.items()})
    styles = [st for st, n in STYLES.items() for _ in range(n)]
    R.shuffle(styles)
    widths = R.sample(range(18, 51), STYLES['pdf'])
    queues = {}
    for folder in FOLDERS:
        cands = [d for d in docs if d['folder'] == folder]
        R.shuffle(cands)
        cands.sort(key=lambda d: uses[d['src']])
        queues[folder] = cands
    slots = [f for f, n in FOLDERS.items() for _ in range(n)]
    R.shuffle(slots)
    # State Council documents and national reports are what ministries and 中国政府网 carry: give them portal pages
    for folder, least in (('state_council_2004_2019', 4), ('national_gwr_wikisource', 3)):
        for i in range(len(slots)):
            if sum(1 for f, st in zip(slots, styles) if f == folder and st == 'portal') >= least:
                break
            if slots[i] == folder and styles[i] not in ('portal', 'pdf'):
                j = next(j for j in range(len(slots)) if slots[j] == 'city_gwr_2024' and styles[j] == 'portal')
                styles[i], styles[j] = styles[j], styles[i]
    for out in ('pages', 'gold'):
        shutil.rmtree(os.path.join(HERE, out), ignore_errors=True)
        os.makedirs(os.path.join(HERE, out))
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    wants = ['head', 'middle', 'tail']
    n_doc = 0
    for k, folder in enumerate(slots):
        style = styles[k]
        got = None
        want = wants[k % 3]
        if want != 'middle':
            for j, d in enumerate(queues[folder][:15]):
                g = choose_run(d, used, style, want)
                if g and g[0] == want:
                    queues[folder].pop(j)
                    got = g
                    break
        while got is None and queues[folder]:
            d = queues[folder].pop(0)
            got = choose_run(d, used, style, want)
        if got is None:
            print('no document left for', folder, file=sys.stderr)
            continue
        pos, s, e = got
        used[d['src']].append((s, e))
        ctx = make_ctx(d, style, s, e)
        ctx['site'] = choose_site(ctx)
        if style == 'portal' and ctx['site'] in ('中国政府网', '中华人民共和国中央人民政府'):
            ctx['domain'] = 'www.gov.cn'
        elif style not in ('portal', 'pdf'):
            ctx['domain'] = 'www.%s.%s' % (letters(3, 8), pick(['com', 'cn', 'com.cn', 'net']))
        ctx['account'] = ctx['site']
        ctx['app'] = ctx['site'] if style == 'mobile' else pick(['新闻客户端', '%s客户端' % ctx['site'][:4]])
        ctx['user'] = pick([name(), '%s%s' % (pick(['老', '小', '阿']), pick(GIV)), letters(4, 8) + digits(3), '公文小能手', '笔杆子%s' % digits(2), '%s网友' % ctx['prov'][:2]])
        if style == 'pdf':
            rows, variants, _ = pdf_page(ctx, widths.pop())
        else:
            rows, variants = soft_page(ctx)
        content = {t.strip() for t, lab, _, _ in rows if lab == 'content'}
        rows = [r for r in rows if not (r[1] == 'chrome' and (r[0].strip() in content or not r[0].strip()))]
        while rows and rows[0][1] == 'blank':
            rows.pop(0)
        while rows and rows[-1][1] == 'blank':
            rows.pop()
        n_doc += 1
        doc = '%03d' % n_doc
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(r[0] for r in rows) + '\n')
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, r in enumerate(rows, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, r[1], r[2], r[3]))
        index.append('\t'.join([doc, style, d['src'], str(s), str(e), str(len(rows)), ';'.join(variants), ctx['site']]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages: %d' % n_doc)


if __name__ == '__main__':
    main()
