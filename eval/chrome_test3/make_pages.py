#!/usr/bin/env python3
"""Generator of the locked chrome TEST set 3 (stdlib only): real corpus paragraphs wrapped in page chrome.

  python make_pages.py     rebuilds pages/, gold/ and index.tsv (seed SEED below)

Every chrome string below was written for this set by helper "chrometest3" from its own knowledge of
Chinese government portals, news portals, party-building sites, WeChat official-account copies,
document-sharing sites, forums / aggregators and PDF copies. Content is byte-exact corpus text: each
content line is a stripped source paragraph (or a hard-wrapped piece of one) with an optional indent.
The runs avoid the documents / paragraph ranges of eval/chrome_test/index.tsv and
eval/chrome_test2/index.tsv where the corpus allows (check_set.py verifies no range overlaps).
"""
import collections
import os
import random
import re
import shutil
import unicodedata

SEED = 20261303
HERE = os.path.dirname(os.path.abspath(__file__))
N_PAGES = 96
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
SKIP = ('廣州共產黨報告', '03_中共第3次', '1954_', '1956_', '2024_枣庄', '2024_承德', '[2018]109号', '[2006]132号')
SPLITTERS = '\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'


def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


def old_ranges():
    out = collections.defaultdict(list)
    for name in ('chrome_test', 'chrome_test2'):
        p = os.path.join(HERE, '..', name, 'index.tsv')
        for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
            c = r.split('\t')
            out[c[2]].append((int(c[3]), int(c[4])))
    return out


def cjk(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def para_ok(t):
    if t.startswith(('来源：', '来源:', '↑', '（本文有删减）', '(本文有删减)', '（此件有删减）')) or '名词解释' in t:
        return False
    if cjk(t) < 2 or any(ch in SPLITTERS for ch in t):
        return False
    return True


CN_NUM = '〇○零一二三四五六七八九十'


def content_kind(paras, p):
    t = paras[p]
    n = len(paras)
    if re.fullmatch(r'(各位代表|同志们|各位委员|代表们|同志们、朋友们)[：:]', t) or (
            t.endswith(('：', ':')) and len(t) <= 80 and re.match(r'^(各省|各部|国务院各|各市|各有关|各地区|中国|国家)', t)
            and '。' not in t):
        return 'greeting'
    if t in ('（此件公开发布）', '(此件公开发布)', '（此件有删减）') or re.fullmatch(
            r'[%s]{4}年[%s]{1,3}月[%s]{1,3}日' % (CN_NUM, CN_NUM, CN_NUM), t) or re.fullmatch(
            r'\d{4}年\d{1,2}月\d{1,2}日', t):
        return 'signature'
    if p + 1 < n and len(t) <= 20 and not re.search(r'[。，；！？：]', t) and re.fullmatch(
            r'[%s\d]{4}年.{1,3}月.{1,3}日' % CN_NUM, paras[p + 1]) and p >= n - 4:
        return 'signature'
    if t in ('各位代表！', '同志们！') or (t.endswith('！') and p >= n - 2):
        return 'closing'
    if len(t) <= 60 and '。' not in t and t[-1] not in '。；！？':
        return 'heading'
    return 'content'


# ----------------------------------------------------------------------------- documents

def load_docs(corpus):
    docs = []
    for folder in FOLDERS:
        idx = open(os.path.join(corpus, folder, '_index.tsv'), encoding='utf-8').read().strip('\n').split('\n')
        head = idx[0].split('\t')
        for row in idx[1:]:
            c = dict(zip(head, row.split('\t')))
            f = c['file']
            if any(s in f for s in SKIP) or '/' in f or not f.endswith('.txt'):
                continue
            path = os.path.join(corpus, folder, f)
            if not os.path.isfile(path):
                continue
            paras = [l.strip() for l in open(path, encoding='utf-8').read().split('\n') if l.strip()]
            docs.append(dict(folder=folder, src=folder + '/' + f, paras=paras, meta=c))
    return docs


def doc_title(d):
    m = d['meta']
    f = d['folder']
    if f == 'city_gwr_2024':
        city = m['title'].split(' ')[0]
        return city, '%s市2024年政府工作报告' % city if not city.endswith(('州', '盟')) else '%s2024年政府工作报告' % city, 2024
    if f == 'provincial_gwr_2025':
        place = m['title'][5:].replace('政府工作报告', '')
        return place, m['title'], 2025
    if f == 'state_council_2004_2019':
        year = int(m['file'][:4])
        return '国务院', m['title'], year
    if f == 'national_gwr_wikisource':
        year = int(m['file'][:4])
        return '国务院', '%d年国务院政府工作报告' % year, year
    t = re.sub(r'\s*\(.*\)$', '', m['title'])
    year = {'01': 1921, '09': 1969, '10': 1973, '11': 1977, '12': 1982, '13': 1987, '14': 1992, '15': 1997,
            '16': 2002, '17': 2007, '18': 2012, '19': 2017, '20': 2022}.get(m['file'][:2], 2000)
    return '中共中央', t, year


# ----------------------------------------------------------------------------- random bits

SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力宁鹏飞斌波宇浩凯健俊帆晨瑶婷欣怡雪琳晓雯颖倩璐蕾宏志国庆海峰'
COUNTIES = ('长兴县', '德清县', '仙居县', '宁乡市', '浏阳市', '寿光市', '昆山市', '晋江市', '义乌市', '新郑市', '巩义市',
            '仁怀市', '神木市', '伊金霍洛旗', '准格尔旗', '安吉县', '桐乡市', '江阴市', '张家港市', '慈溪市', '邳州市',
            '滕州市', '长沙县', '南安市', '荣成市', '龙口市', '瑞安市', '玉环市', '平湖市', '丹阳市', '肥西县', '迁安市',
            '永康市', '如皋市', '沭阳县', '博罗县', '普宁市', '简阳市', '宜良县', '米易县', '凯里市', '兴义市', '靖边县',
            '达拉特旗', '霍林郭勒市', '阿勒泰市', '格尔木市', '都匀市', '醴陵市', '汉川市', '大冶市')
MINISTRIES = ('国家发展和改革委员会', '财政部', '生态环境部', '住房和城乡建设部', '农业农村部', '商务部', '教育部', '民政部',
              '人力资源和社会保障部', '交通运输部', '水利部', '工业和信息化部', '国家卫生健康委员会', '应急管理部',
              '自然资源部', '科学技术部', '文化和旅游部', '国家市场监督管理总局')
NEWS_SITES = ('人民网', '新华网', '央视网', '中国日报网', '中国青年网', '环球网', '央广网', '中工网', '海外网',
              '浙江在线', '四川在线', '北青网', '齐鲁网', '津云', '长江网', '东北新闻网', '北方网', '河北新闻网',
              '金羊网', '扬子晚报网', '潇湘晨报网', '新浪新闻', '腾讯新闻', '凤凰网', '闽南网', '中国江苏网', '安徽网',
              '东南网', '黑龙江东北网', '云南网', '天山网', '西部网')
PARTY_SITES = ('共产党员网', '中国共产党新闻网', '党建网', '求是网', '旗帜网', '紫光阁网', '灯塔-党建在线',
               '浙江组工网', '山西党建网', '江苏先锋网', '湖南红网党建', '广西党建网')
WECHAT = ('XX机关党建', '党建引领发展', '组工之家', '笔杆子写作', '公文素材库', '红色基层', '学习小组',
          '材料写作研习社', '老秘书', '机关文字圈', '政务写作参考', '党支部工作', '清风廉韵', '新时代宣讲')
WENKU_SITES = ('百度文库', '豆丁网', '道客巴巴', '原创力文档', '360doc个人图书馆', '第一范文网', '范文先生网', '瑞文网',
               '学习啦', '冰点文库', '文库吧', '好范文网', '读根网', '工作总结之家', '应届毕业生文档', '蚂蚁文库',
               '得力文库', '163文库', '公文易', '新课标文档')
FORUM_SITES = ('百度贴吧', '天涯社区', '知乎', '今日头条', '网易号', '搜狐号', '百家号', '一点资讯', '凯迪社区',
               '强国论坛', '19楼', '化龙巷', '西祠胡同', '澎湃号', '微博头条文章', '雪球')


class R:
    """Per-page random helpers."""

    def __init__(self, rng, year):
        self.r = rng
        self.year = year

    def name(self):
        return self.r.choice(SURNAMES) + ''.join(self.r.choice(GIVEN) for _ in range(self.r.choice((1, 2))))

    def date(self, sep='-', time=False):
        y = self.year
        m = self.r.randint(1, 12) if y < 2024 else self.r.randint(1, 3)
        d = self.r.randint(1, 28)
        s = {'-': '%d-%02d-%02d', '/': '%d/%02d/%02d', '.': '%d.%02d.%02d', 'cn': '%d年%02d月%02d日',
             'cn1': '%d年%d月%d日'}[sep] % (y, m, d)
        if time:
            s += ' %02d:%02d' % (self.r.randint(7, 22), self.r.randint(0, 59))
            if self.r.random() < 0.4:
                s += ':%02d' % self.r.randint(0, 59)
        return s

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def pick(self, seq, k=None):
        if k is None:
            return self.r.choice(seq)
        return self.r.sample(list(seq), k)

    def coin(self, p=0.5):
        return self.r.random() < p


FW = str.maketrans('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:|/>()[]-+ ',
                   '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ：｜／＞（）［］－＋　')


def fullwidth(s):
    return s.translate(FW)


def sep_join(x, items):
    """Items one line with a separator, or one per line (with or without separator lines)."""
    mode = x.pick(('line', 'line', 'each', 'each_sep', 'each_blank'))
    seps = (' | ', '｜', ' ', '  ', '　', ' · ', ' / ', '丨', '  |  ', ' ┆ ')
    if mode == 'line':
        return [x.pick(seps).join(items)]
    if mode == 'each':
        return list(items)
    if mode == 'each_sep':
        s = x.pick(('|', '｜', '·', '/'))
        out = []
        for i, it in enumerate(items):
            if i:
                out.append(s)
            out.append(it)
        return out
    out = []
    for i, it in enumerate(items):
        if i:
            out.append('')
        out.append(it)
    return out


# ----------------------------------------------------------------------------- chrome blocks
# Each block returns a list of (text, kind) pairs; text '' is a blank line.


def K(kind, lines):
    return [(l, kind if l.strip() else 'blank') for l in lines]


LOCALITIES = (('北京市', '北京'), ('浙江省', '浙江'), ('湖南省', '湖南'), ('四川省', '四川'), ('山东省', '山东'),
              ('广东省', '广东'), ('江苏省', '江苏'), ('河南省', '河南'), ('湖北省', '湖北'), ('福建省', '福建'),
              ('成都市', '成都'), ('杭州市', '杭州'), ('长沙市', '长沙'), ('济南市', '济南'), ('武汉市', '武汉'))


def owner(x, style, site, place):
    """Who runs the page (gov), the place its chrome names (loc, short) and whether it is a national site."""
    national = ''
    if site in ('中国政府网', '中华人民共和国中央人民政府'):
        national, gov = 'gov', '国务院办公厅'
    elif site in MINISTRIES:
        national, gov = 'ministry', site
    if site.endswith('人民政府') and site[:-4] in COUNTIES:
        loc = short = site[:-4]
    elif place in ('国务院', '中共中央'):
        loc, short = x.pick(LOCALITIES) if not national else ('北京市', '北京')
    elif place.endswith(('省', '市', '自治区')):
        loc = place
        short = re.sub(r'(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$', '', place)
    else:
        loc, short = place + '市', place
    if not national:
        gov = (site.replace('门户网站', '').replace('市政府', '市人民政府') if style == 'portal' and
               site.endswith(('人民政府', '委员会', '门户网站')) else loc + '人民政府')
    return dict(national=national, gov=gov, loc=loc, short=short)


DOMAINS = {
    'portal': ('www.%s.gov.cn', ('zj', 'hunan', 'sc', 'shandong', 'gd', 'hubei', 'fujian', 'ah', 'jiangsu', 'henan', 'cq',
                                 'yn', 'gz', 'jl', 'hainan', 'gxzf', 'nx', 'qh', 'changxing', 'cixi', 'pinghu', 'longkou')),
    'news': ('www.%s', ('people.com.cn', 'news.cn', 'cctv.com', 'chinadaily.com.cn', 'youth.cn', 'huanqiu.com', 'cnr.cn',
                        'workercn.cn', 'zjol.com.cn', 'scol.com.cn', 'iqilu.com', 'enorth.com.cn', 'ycwb.com', 'fjsen.com')),
    'party': ('www.%s', ('12371.cn', 'dangjian.cn', 'qstheory.cn', 'qizhiwang.org.cn', 'zjzzgz.gov.cn', 'jsdj.gov.cn')),
    'wenku': ('%s', ('wenku.baidu.com', 'www.docin.com', 'www.doc88.com', 'max.book118.com', 'www.360doc.com',
                     'www.diyifanwen.com', 'www.fwsir.com', 'www.ruiwen.com', 'www.xuexila.com', 'www.bingdoc.com')),
    'forum': ('%s', ('tieba.baidu.com', 'bbs.tianya.cn', 'www.zhihu.com', 'www.toutiao.com', 'www.163.com',
                     'www.sohu.com', 'baijiahao.baidu.com', 'www.19lou.com', 'www.house365.com', 'xueqiu.com')),
}


def domain(x, c):
    if c['national'] == 'gov':
        return 'www.gov.cn'
    form, names = DOMAINS['wenku' if c['style'] == 'pdf' else c['style']]
    return form % x.pick(names)


def office(c):
    g = c['gov']
    return g[:-4] + '人民政府办公室' if g.endswith('人民政府') else g + '办公厅' if c['national'] == 'ministry' else g


def b_topbar(x, c):
    items = x.pick(('设为首页', '加入收藏', '无障碍阅读', '长者模式', '关怀版', '简体版', '繁體版', 'English',
                    '手机版', '政务微博', '政务微信', '用户登录', '个人注册', '法人登录', '智能问答', '网站地图',
                    '返回主站', '切换城市'), x.r.randint(3, 7))
    lines = sep_join(x, items)
    if x.coin(0.5):
        wd = x.pick('一二三四五六日')
        lines.insert(0, x.pick(('欢迎访问%s！' % c['site'], '今天是：%s 星期%s' % (x.date('cn1'), wd),
                                '%s　星期%s　农历%s' % (x.date('cn'), wd, x.pick(('正月初八', '腊月廿三', '二月初二', '冬月十五'))),
                                '您好，欢迎来到%s' % c['site'])))
    return K('nav', lines)


def b_menu(x, c):
    pool = {
        'portal': ('首页', '走进%s' % c['short'], '政务公开', '政务服务', '互动交流', '专题专栏', '数据发布', '政策文件',
                   '政府信息公开', '政策解读', '新闻中心', '部门动态', '基层动态', '办事大厅', '政民互动', '领导信箱',
                   '在线访谈', '营商环境', '投资%s' % c['short'], '公共服务', '文化旅游') if c['national'] == '' else
                  ('首页', '国务院', '总理', '新闻', '政策', '互动', '服务', '数据', '国情', '专题') if c['national'] == 'gov'
                  else ('首页', '机构职能', '新闻发布', '政务公开', '政务服务', '互动交流', '专题专栏', '政策法规', '统计数据'),
        'news': ('首页', '时政', '国内', '国际', '财经', '评论', '观点', '地方', '社会', '科技', '教育', '健康', '体育',
                 '视频', '图片', '直播', '专题', '理论', '文旅', '汽车', '房产', '数据'),
        'party': ('首页', '党建要闻', '理论学习', '组织建设', '党员教育', '基层党建', '廉政建设', '先锋模范',
                  '党课视频', '学习资料', '主题教育', '党史学习', '支部风采', '工作研究', '文件汇编'),
        'wenku': ('首页', '工作总结', '工作计划', '心得体会', '述职报告', '演讲稿', '讲话稿', '思想汇报', '党团范文',
                  '调研报告', '政府工作报告', '会议纪要', '合同协议', '教育文档', '行业资料', '精品专区', '上传文档'),
        'forum': ('首页', '热门', '推荐', '关注', '本地', '时事', '财经', '社区', '问答', '精华区', '版块导航',
                  '发帖', '消息', '我的'),
    }[c['style'] if c['style'] != 'pdf' else 'wenku']
    items = x.pick(pool, x.r.randint(5, min(11, len(pool))))
    if items[0] != '首页' and x.coin(0.7):
        items = ['首页'] + [i for i in items if i != '首页']
    form = x.pick(('plain', 'plain', 'brackets', 'square', 'md', 'table', 'fw'))
    if form == 'brackets':
        return K('nav', [''.join('【%s】' % i for i in items)] if x.coin() else ['【%s】' % i for i in items])
    if form == 'square':
        return K('nav', [' '.join('[%s]' % i for i in items)])
    if form == 'md':
        b = x.pick(('* ', '- ', '+ '))
        return K('nav', [b + i for i in items])
    if form == 'table':
        return K('nav', ['| ' + ' | '.join(items) + ' |'])
    if form == 'fw':
        return K('nav', [fullwidth('  '.join(items))])
    return K('nav', sep_join(x, items))


def b_search(x, c):
    return K('nav', [x.pick(('请输入关键词', '搜索', '站内搜索：', '全站搜索', '输入关键字搜索',
                             '搜 索', '高级检索'))] + ([x.pick(('搜索', '检索', 'Q'))] if x.coin(0.4) else []))


def b_sitename(x, c):
    lines = [c['site']]
    if x.coin(0.5):
        lines.append(x.pick((domain(x, c),
                             '%s官方网站' % c['site'], '权威 · 准确 · 及时', '我们的家园　共同的网站')))
    return K('nav', lines)


def b_login(x, c):
    return K('nav', [x.pick(('登录 | 注册', '登录　注册', '[登录] [免费注册]', '请登录', '手机号登录 / 注册',
                             '登录后享受更多权益', '登录/注册'))])


def b_breadcrumb(x, c):
    label = x.pick(('当前位置：', '您当前的位置：', '您现在的位置：', '当前位置:', '位置：', '所在位置 ', '', ''))
    trail = {
        'portal': ['首页', x.pick(('政务公开', '政府信息公开', '信息公开')),
                   x.pick(('政府工作报告', '规划计划', '政策文件', '法定主动公开内容', '重要文件')), x.pick(('', '正文', '详情'))],
        'news': ['首页', x.pick(('时政', '地方', '要闻', '国内', '财经', '两会专题')), x.pick(('', '正文', '滚动新闻'))],
        'party': ['首页', x.pick(('学习资料', '理论学习', '基层党建', '文件汇编', '权威发布')), x.pick(('', '正文'))],
        'wenku': [c['site'], x.pick(('党团工作', '行政公文', '工作报告', '政府工作报告', '总结/汇报')),
                  x.pick(('', '政府工作报告'))],
        'forum': [c['site'], x.pick(('时事论坛', '本地生活', '社会民生', '经济观察', '政务讨论')), x.pick(('', '帖子详情'))],
    }[c['style'] if c['style'] != 'pdf' else 'wenku']
    trail = [t for t in trail if t]
    form = x.pick(('line', 'line', 'each', 'numbered', 'labelalone', 'fw', 'slash'))
    s = x.pick((' > ', '>', ' >> ', ' » ', ' ＞ ', ' → ', ' - ', ' / ', '>>'))
    if form == 'line':
        return K('breadcrumb', [label + s.join(trail) + (s.rstrip() if x.coin(0.3) else '')])
    if form == 'fw':
        return K('breadcrumb', [fullwidth(label + ' > '.join(trail))])
    if form == 'slash':
        return K('breadcrumb', [label + ' / '.join(trail)])
    if form == 'numbered':
        f = x.pick(('%d.%s', '%d. %s', '%d、%s', '%d．%s'))
        return K('breadcrumb', ([label.strip()] if label.strip() else []) + [f % (i + 1, t) for i, t in enumerate(trail)])
    out = []
    if label.strip() or form == 'labelalone':
        out.append(label.strip() or '当前位置')
    sl = x.pick(('>', '＞', '»', '>>', None))
    for i, t in enumerate(trail):
        if i and sl:
            out.append(sl)
        out.append(t)
    return K('breadcrumb', out)


def b_title(x, c):
    t = c['title']
    forms = [t + x.pick(('_' + c['site'], ' - ' + c['site'], '-' + c['site'], ' | ' + c['site'], '——' + c['site'])),
             '【%s】' % t, '《%s》' % t, t + '（全文）', t + '(全文)', t + '全文', '原标题：' + t, '标题：' + t,
             '# ' + t, '## ' + t, '**%s**' % t, '<h1>%s</h1>' % t, '<title>%s</title>' % t]
    if c['style'] in ('wenku', 'pdf'):
        forms += [t + x.pick(('.doc', '.docx', '.pdf', '.DOC', '.wps')), t + ' - ' + c['site'],
                  t + x.pick(('（word版可编辑）', '（最新整理）', '（精选）', '【完整版】', '（可下载）')),
                  '最新' + t + '范文', t + '_' + x.pick(('文档下载', '在线阅读', '免费下载'))]
    if c['style'] == 'news':
        forms += ['【两会时间】' + t, '全文来了！' + t, '权威发布｜' + t, '重磅！' + t + '全文发布']
    if c['style'] == 'forum':
        forms += ['[转帖]' + t, '【转载】' + t, '转：' + t, t + '（原文，建议收藏）', '求' + t + '全文，谢谢']
    if len(t) > 16:
        forms.append(t[:x.r.randint(8, 14)] + '…')
    if not c['has_title']:
        forms += [t, t]
    return K('title_repeat', [x.pick(forms)])


def b_metadata(x, c):
    src = c['source']
    date = x.date(x.pick(('-', '-', '/', 'cn', '.')), time=x.coin(0.6))
    views = str(x.r.randint(12, 98765))
    items = [('发布时间', date), ('来源', src), (x.pick(('浏览次数', '阅读量', '访问量', '点击数', '阅读')), views),
             (x.pick(('作者', '编辑', '发布人', '供稿')), x.name())]
    if c['style'] == 'portal' and x.coin(0.4):
        items.append(('信息来源', x.pick((office(c), c['gov'], '本站', c['short'] + '发布'))))
    x.r.shuffle(items)
    items = items[:x.r.randint(2, len(items))]
    colon = x.pick(('：', ':', '： ', ' '))
    form = x.pick(('line', 'each', 'split', 'bracket', 'fw'))
    if form == 'line':
        return K('metadata', [x.pick(('  ', '　', ' | ', '   ', '　　')).join(k + colon + v for k, v in items)])
    if form == 'bracket':
        return K('metadata', [''.join('【%s：%s】' % kv for kv in items)])
    if form == 'fw':
        return K('metadata', [fullwidth('  '.join(k + '：' + v for k, v in items))])
    if form == 'split':
        out = []
        for k, v in items:
            out += [k + x.pick(('：', '')), v]
        return K('metadata', out)
    return K('metadata', [k + colon + v for k, v in items])


def b_meta_table(x, c):
    rows = [('索引号', '%s/%s-%s-%s' % (x.digits(9), x.pick(('2024', '2025', '2023')), x.digits(2), x.digits(5))),
            ('发布机构', x.pick((c['gov'], office(c)))),
            ('主题分类', x.pick(('综合政务', '综合政务/其他', '国民经济管理、国有资产监管', '政府工作报告'))),
            ('成文日期', x.date('cn')), ('公开方式', '主动公开'), ('发布日期', x.date('-')),
            ('有效性', x.pick(('有效', '现行有效'))), ('体裁分类', x.pick(('报告', '其他')))]
    rows = rows[:x.r.randint(4, len(rows))]
    form = x.pick(('each', 'pairs', 'split', 'table'))
    if form == 'each':
        return K('metadata', ['%s：%s' % r for r in rows])
    if form == 'pairs':
        return K('metadata', ['%s：%s　　%s：%s' % (rows[i] + rows[i + 1]) if i + 1 < len(rows) else '%s：%s' % rows[i]
                              for i in range(0, len(rows), 2)])
    if form == 'table':
        return K('metadata', ['| %s | %s |' % r for r in rows])
    out = []
    for k, v in rows:
        out += [k, v]
    return K('metadata', out)


def b_meta_news(x, c):
    d = x.date(x.pick(('-', 'cn')), time=True)
    src = x.pick((c['site'], '新华社', '人民日报', c['short'] + '日报', '中国新闻网', '经济日报', '本网'))
    lines = [x.pick(('%s　来源：%s' % (d, src), '%s 来源: %s' % (d, src), '来源：%s　%s' % (src, d),
                     '%s  |  %s' % (src, d), '%s  %s  %s' % (d, src, '字号：大 中 小' if x.coin(0.3) else '')))]
    lines = [l.rstrip() for l in lines]
    if x.coin(0.4):
        lines.append(x.pick(('记者 %s %s' % (x.name(), x.name()), '作者：%s' % x.name(), '通讯员 %s' % x.name(),
                             '本报记者　%s' % x.name())))
    if x.coin(0.3):
        lines.append('%s%s月%s日电' % (x.pick(('新华社北京', '中新网', '人民网北京', '央视网消息（新闻联播）：')).rstrip('：'),
                                     x.r.randint(1, 3), x.r.randint(1, 28)))
    return K('metadata', lines)


def b_meta_wechat(x, c):
    acc = c['site']
    lines = [x.pick(('原创 %s %s %s' % (x.name(), acc, x.date('-')), '%s %s %s %s' % (acc, x.date('cn1'),
                                                                                x.pick(('08:30', '21:05', '07:12')),
                                                                                x.pick(('北京', '浙江', '湖南', '四川', '山东'))),
                     acc, '%s　%s' % (acc, x.date('-'))))]
    if x.coin(0.5):
        lines.append(x.pick(('收录于合集', '收录于话题', '收录于合集 #政府工作报告 %d个' % x.r.randint(3, 60),
                             '#学习资料 %d' % x.r.randint(2, 90))))
    if x.coin(0.4):
        lines.append(x.pick(('阅读本文约需%d分钟' % x.r.randint(3, 25), '全文约%d字，阅读约需%d分钟' % (
            x.r.randint(3, 20) * 1000, x.r.randint(8, 30)), '点击播放 GIF 0.0M')))
    return K('metadata', lines)


def b_meta_wenku(x, c):
    lines = []
    opts = ['上传者：%s' % x.pick((x.name(), '文库用户%s' % x.digits(6), x.name() + '的小屋', '匿名用户')),
            '上传时间：%s' % x.date('-'), '页数：%d页' % x.r.randint(3, 45), '格式：%s' % x.pick(('DOCX', 'DOC', 'PDF', 'WPS')),
            '大小：%d.%dKB' % (x.r.randint(20, 900), x.r.randint(0, 9)), '浏览：%d次' % x.r.randint(10, 9000),
            '下载：%d次' % x.r.randint(1, 600), '%d 人已下载' % x.r.randint(3, 4000),
            x.pick(('评分：4.%d' % x.r.randint(0, 9), '★★★★☆ %d.%d分' % (x.r.randint(3, 4), x.r.randint(0, 9)),
                    '%d.%d分（%d人评价）' % (x.r.randint(3, 4), x.r.randint(0, 9), x.r.randint(3, 500)),
                    '好评率%d%%' % x.r.randint(80, 99))),
            '文档分类：%s' % x.pick(('行业资料 > 政府/行政', '党团工作', '工作范文 > 工作报告', '资格考试/认证'))]
    sel = x.pick(opts, x.r.randint(2, 6))
    if x.coin(0.5):
        lines.append(x.pick(('  '.join(sel), ' | '.join(sel), '　'.join(sel))))
    else:
        lines += sel
    return K('metadata', lines)


def b_meta_tail(x, c):
    lines = [x.pick(('（责任编辑：%s）' % x.name(), '[责任编辑：%s]' % x.name(), '责任编辑：%s' % x.name(),
                     '编辑：%s　审核：%s' % (x.name(), x.name()), '来源：%s | 编辑：%s | 审核：%s' % (c['source'], x.name(), x.name()),
                     '(编辑 %s)' % x.name(), '校对：%s　终审：%s' % (x.name(), x.name()),
                     '文字：%s  图片：%s  编辑：%s' % (x.name(), x.name(), x.name()),
                     '【纠错】 【责任编辑：%s】' % x.name()))]
    if x.coin(0.3):
        lines.append(x.pick(('本文来源：%s' % c['source'], '文章来源：%s' % c['source'], '稿件来源：%s' % c['source'])))
    return K('metadata', lines)


def b_fontsize(x, c):
    form = x.pick(('br', 'each', 'split', 'aplus', 'zoom', 'sq', 'fw', 'color'))
    if form == 'br':
        return K('toolbar_fontsize', [x.pick(('【字号 大 中 小】', '【字体：大 中 小】', '字号：T|T|T', '[ 字号：大　中　小 ]',
                                              '字体大小：大 中 小', '【大 中 小】'))])
    if form == 'each':
        return K('toolbar_fontsize', [x.pick(('字号', '字体', '字号：', '【字号')), '大', '中', '小'] + ([x.pick(('】', '默认'))]
                                                                                                  if x.coin(0.4) else []))
    if form == 'split':
        return K('toolbar_fontsize', ['【字体：', '大', '中', '小', '】'])
    if form == 'aplus':
        return K('toolbar_fontsize', [x.pick(('A+ A A-', 'A+　A　A-', 'A- A A+', '字号 A+ A-', 'A⁺ A⁻'))])
    if form == 'zoom':
        return K('toolbar_fontsize', sep_join(x, ['放大', '缩小', '默认']))
    if form == 'sq':
        return K('toolbar_fontsize', ['［字体：' + x.pick(('小　中　大', '标准　加大　特大', '默认　放大')) + '］'])
    if form == 'fw':
        return K('toolbar_fontsize', [fullwidth('字号:[大][中][小]')])
    return K('toolbar_fontsize', [x.pick(('字号：大 中 小　　护眼模式', '【字号：大 中 小】【护眼色】',
                                          '字体：大 中 小 | 背景色：■ ■ ■'))])


def b_actions(x, c):
    acts = x.pick(('打印', '打印本页', '关闭', '关闭窗口', '收藏', '加入收藏', '下载全文', '全屏阅读', '我要纠错', '返回顶部',
                   '朗读', '复制链接', '导出PDF', '保存到手机', '打印正文', '【返回】', '回到顶部', '纠错'), x.r.randint(2, 5))
    form = x.pick(('br', 'sq', 'sep', 'each', 'fw'))
    if form == 'br':
        return K('toolbar_actions', [''.join('【%s】' % a.strip('【】') for a in acts)])
    if form == 'sq':
        return K('toolbar_actions', [' '.join('[%s]' % a.strip('【】') for a in acts)])
    if form == 'fw':
        return K('toolbar_actions', ['［%s］' % '］［'.join(a.strip('【】') for a in acts)])
    if form == 'each':
        return K('toolbar_actions', acts)
    return K('toolbar_actions', sep_join(x, acts))


def b_share(x, c):
    tg = x.pick(('微信', '微博', 'QQ空间', 'QQ好友', '朋友圈', '新浪微博', '人人网', '豆瓣', '复制链接', '钉钉',
                 '腾讯微博', '抖音'), x.r.randint(2, 5))
    form = x.pick(('label', 'each', 'br', 'counts', 'wx'))
    lab = x.pick(('分享到：', '分享至', '分享：', '一键分享', '分享到', 'share:'))
    if form == 'label':
        return K('share', [lab + x.pick((' ', '', '  ')) + x.pick((' ', '  ', '｜')).join(tg)])
    if form == 'each':
        return K('share', [lab.rstrip('：:')] + tg)
    if form == 'br':
        return K('share', [lab + ''.join('【%s】' % t for t in tg)])
    if form == 'counts':
        return K('share', [x.pick(('点赞 %d  转发 %d  评论 %d', '赞%d · 转发%d · 评论%d', '赞 %d 转发 %d 评论 %d',
                                   '阅读 %d　点赞 %d　在看 %d')) % (x.r.randint(5, 900), x.r.randint(1, 300), x.r.randint(0, 99))])
    return K('share', sep_join(x, x.pick(('分享', '收藏', '点赞', '在看', '转发', '推荐'), x.r.randint(3, 4))))


def b_qr(x, c):
    return K('qr', x.pick((['扫一扫在手机打开当前页'], ['手机扫描二维码', '在手机上浏览本页'], ['[打印本页] [扫码阅读]'],
                           ['【扫一扫在手机上查看】'], ['扫码关注“%s发布”' % c['short']],
                           ['长按下方二维码，关注我们'], ['二维码'], ['用微信“扫一扫”', '分享给好友或朋友圈'],
                           ['手机阅读', '扫描二维码'], ['移动端访问：扫描二维码'], ['下载APP扫码阅读'])))


def b_related(x, c):
    hdr = {
        'portal': ('相关文件', '相关报道', '相关链接', '相关信息', '相关稿件', '相关政策解读', '热点信息', '政策解读', '最新公开'),
        'news': ('相关新闻', '热点推荐', '延伸阅读：', '推荐阅读', '更多精彩', '24小时热文', '编辑推荐', '今日热点'),
        'party': ('往期回顾', '推荐阅读', '精彩回顾', '往期精选', '▼往期推荐▼', '学习资料汇编', '更多学习资料'),
        'wenku': ('相关文档', '相关推荐', '为你推荐', '猜你喜欢', '同类文档', '最新文档', '热门下载', '相似文档'),
        'forum': ('相关帖子', '热门话题', '你可能感兴趣', '大家都在看', '推荐阅读', '热帖排行'),
    }[c['style'] if c['style'] != 'pdf' else 'wenku']
    heads = ['%s%s' % (x.pick(('', '', '▍', '■', '●', '◆', '|')), x.pick(hdr))]
    n = x.r.randint(2, 6)
    y = c['year']
    pool = ['%s%d年%s' % (x.pick(('', '关于')), y + x.r.randint(-2, 1), x.pick(('政府工作报告重点任务分工方案', '国民经济和社会发展计划执行情况',
                                                                       '全市重点项目名单公布', '民生实事项目征集结果', '预算执行情况的报告'))),
            '%s召开%s' % (c['short'], x.pick(('常务会议', '全体会议', '廉政工作会议', '经济工作会议', '优化营商环境大会'))),
            '图解：一图读懂%s' % x.pick(('政府工作报告', '今年的民生实事', '“十五五”规划建议', '预算报告')),
            '%s：%s' % (x.pick(('解读', '聚焦', '关注', '热评')), x.pick(('稳增长的底气从哪里来', '这些民生红包请收好',
                                                                        '新质生产力如何加快培育', '一张蓝图绘到底', '让群众办事更便捷'))),
            '%s%s' % (x.pick(('代表委员热议', '干部群众反响热烈', '专家解读')), x.pick(('政府工作报告', '今年发展目标', '报告中的关键词'))),
            '%s学习贯彻%s精神' % (x.pick(('我局', '县委', '市委理论学习中心组', '第三党支部')), x.pick(('全会', '报告', '重要讲话'))),
            '%s（%d页）' % (x.pick(('年度工作总结范文', '述职述廉报告', '党课讲稿', '调研报告范文', '政府工作报告学习心得')), x.r.randint(2, 30)),
            '%s.docx' % x.pick(('乡镇年度工作总结', '民主生活会对照检查材料', '主题党日活动方案', '办公室工作要点')),
            '%d年%s%d篇' % (y, x.pick(('学习心得体会', '工作计划', '述职报告', '发言材料')), x.r.randint(3, 12)),
            '%s发布%s' % (c['short'], x.pick(('年度数据', '十大民生实事', '重点项目清单', '统计公报')))]
    items = x.pick(pool, n)
    form = x.pick(('plain', 'num', 'circ', 'dot', 'dated', 'md', 'arrow', 'oneline'))
    circ = '①②③④⑤⑥⑦⑧'
    if form == 'num':
        items = ['%d%s%s' % (i + 1, x.pick(('.', '、', '. ', '．')), t) for i, t in enumerate(items)]
    elif form == 'circ':
        items = [circ[i] + t for i, t in enumerate(items)]
    elif form == 'dot':
        b = x.pick(('· ', '• ', '◇ ', '▪ ', '○ '))
        items = [b + t for t in items]
    elif form == 'dated':
        items = [t + x.pick(('  ', '　', ' ')) + x.date(x.pick(('-', '/'))) for t in items]
    elif form == 'md':
        items = ['- [%s](https://%s/%s.html)' % (t, x.pick((domain(x, c), 'mp.weixin.qq.com')),
                                                 x.digits(8)) for t in items]
    elif form == 'arrow':
        items = ['>> ' + t for t in items]
    elif form == 'oneline':
        items = ['　'.join(items)]
    out = heads + items
    if x.coin(0.3):
        out.append(x.pick(('更多>>', '查看更多', '更多 >', '[更多]', '加载更多')))
    return K('related', out)


def b_prevnext(x, c):
    a = x.pick(('%s部署%s' % (c['short'], x.pick(('春季农业生产', '安全生产工作', '防汛备汛工作'))),
                '关于公布%d年度%s的通知' % (c['year'], x.pick(('行政许可事项', '权责清单', '重点项目'))),
                x.pick(('没有了', '无', '已经是第一篇'))))
    b = x.pick(('%s关于%s的通知' % (c['gov'], x.pick(('印发年度重点工作', '调整最低工资标准', '做好春节期间工作'))),
                '%s报告解读' % x.pick(('政府工作', '预算', '计划')), x.pick(('没有了', '无'))))
    form = x.pick(('two', 'one', 'split', 'br'))
    if form == 'two':
        return K('prevnext', ['上一篇：' + a, '下一篇：' + b])
    if form == 'one':
        return K('prevnext', ['上一篇：%s　下一篇：%s' % (a, b)])
    if form == 'split':
        return K('prevnext', ['上一篇', a, '下一篇', b])
    return K('prevnext', ['【上一条】' + a, '【下一条】' + b])


def b_ads(x, c):
    opts = [['广告'], ['AD'], ['推广'], ['广告位招租 电话：%s' % ('0' + x.digits(2) + '-' + x.digits(8))],
            ['【推广】%s，点击了解→' % x.pick(('公文写作训练营限时优惠', '公务员考试网课免费试听', '党建文化墙设计一站式服务'))],
            ['下载%s客户端，阅读更多精彩内容' % c['site'][:6]], ['打开APP，查看高清大图'], ['APP内打开'],
            ['赞助商链接', x.pick(('写材料不再发愁，海量范文一键生成', '企业贷款低息快批，最快当天到账', '党建展厅设计施工 全国案例'))],
            ['—— 广告 ——'], ['[广告] %s' % x.pick(('年终总结模板大全免费领', '机关事业单位定制工装', '会议室音响系统安装'))],
            ['热门推荐'], ['Advertisement'], ['自定义文本'], ['此处为广告位'], ['广告位 %d×%d' % (x.pick((728, 960, 300)), x.pick((90, 250, 60)))], ['本文来自%s客户端' % c['site'][:5]], ['◆ 推 广 ◆']]
    return K('ads', x.pick(opts))


PAYWALL = [
    lambda x: ['VIP专享文档', '开通VIP，免费下载%d万+文档' % x.r.randint(1, 9) * 1],
    lambda x: ['下载本文档需要%d下载券' % x.r.randint(1, 10)],
    lambda x: ['付费下载 ¥%d.%d0' % (x.r.randint(1, 30), x.r.randint(0, 9)), '立即下载'],
    lambda x: ['剩余%d页未读，继续阅读' % x.r.randint(2, 40)],
    lambda x: ['剩余%d页未读' % x.r.randint(2, 40), '点击展开全文'],
    lambda x: ['试读已结束，如需继续阅读或下载，请购买本文档'],
    lambda x: ['展开阅读全文 ∨'],
    lambda x: ['本文仅提供前%d页预览，完整内容请下载' % x.r.randint(2, 6)],
    lambda x: ['还剩%d%%未读，' % x.r.randint(30, 90), '继续阅读'],
    lambda x: ['以下内容为会员专享', '开通会员即可查看全文'],
    lambda x: ['*****此处内容需登录后查看*****'],
    lambda x: ['隐藏内容', '此处内容已隐藏，需要回复后才能查看'],
    lambda x: ['提示：本文档由用户上传，仅供学习交流，不代表本站观点。如有侵权请联系客服删除。'],
    lambda x: ['本站所有资源均由用户自行上传，版权归原作者所有，若侵犯了您的权益，请提交举报，我们将在24小时内处理。'],
    lambda x: ['温馨提示：', '1. 本文档为用户上传，内容仅供参考；', '2. 下载后可编辑修改；', '3. 如发现侵权请联系删除。'],
    lambda x: ['文档为范文模板，可直接复制粘贴使用，注意修改个人信息。'],
    lambda x: ['本文档共%d页，当前为第1-%d页' % (x.r.randint(8, 40), x.r.randint(2, 5))],
    lambda x: ['全文阅读已结束，下载本文需要使用 %d 积分' % x.r.randint(1, 50)],
    lambda x: ['会员免费下载', '原价 ¥%d  会员价 ¥0' % x.r.randint(3, 20)],
    lambda x: ['内容来自用户分享和网络整理，不保证内容的准确性，如有侵权内容，可联系管理员处理'],
    lambda x: ['免费在线预览全文'],
    lambda x: ['点击下载完整版文档（DOCX）'],
    lambda x: ['本文需要开通超级会员后查看全文', '立即开通'],
]


def b_paywall(x, c):
    return K('paywall', x.pick(PAYWALL)(x))


def b_footer(x, c):
    pool = ['主办：%s' % x.pick((c['gov'], office(c))),
            '承办：%s' % (c['short'] + x.pick(('大数据管理局', '政务服务数据管理局', '融媒体中心')) if not c['national']
                        else office(c) + x.pick(('信息中心', '电子政务办公室'))),
            '网站标识码：%s' % x.digits(10), '%sICP备%s号-%d' % (x.pick('京沪浙苏粤湘鄂川鲁豫闽皖'), x.digits(8), x.r.randint(1, 5)),
            '%s公网安备 %s号' % (x.pick('京沪浙苏粤湘鄂川鲁豫闽皖'), x.digits(14)),
            '版权所有：%s' % (c['site']), 'Copyright © %d %s All Rights Reserved' % (2025, x.pick((domain(x, c), c['site'], domain(x, c).upper()))),
            '地址：%s%s路%d号　邮编：%s' % (c['loc'], x.pick(('人民', '解放', '中山', '建设', '府前')), x.r.randint(1, 300), x.digits(6)),
            '联系电话：0%s-%s' % (x.digits(3), x.digits(8)), '建议使用1920×1080分辨率、IE10以上浏览器访问本站',
            '您是本站第%s位访客' % x.digits(7), '互联网新闻信息服务许可证：%s' % x.digits(11),
            '违法和不良信息举报电话：12377', '网上有害信息举报专区', '关于我们 | 联系我们 | 网站地图 | 法律声明',
            '用户协议 | 隐私政策 | 侵权投诉', '— THE END —', 'END', '- END -', '▼', '站点地图', '政府网站找错']
    by = {'portal': (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 20), 'news': (3, 4, 6, 11, 12, 13, 14, 16),
          'party': (3, 4, 5, 6, 16, 17, 18, 19, 13), 'wenku': (3, 4, 6, 15, 13), 'pdf': (3, 6, 15),
          'forum': (3, 4, 6, 15, 13, 12)}[c['style']]
    sel = [pool[i] for i in sorted(x.pick(by, x.r.randint(1, min(5, len(by)))))]
    form = x.pick(('each', 'each', 'line', 'blank'))
    if form == 'line':
        return K('footer', ['　'.join(sel)])
    if form == 'blank':
        out = []
        for s in sel:
            out += [s, '']
        return K('footer', out[:-1])
    return K('footer', sel)


def b_html(x, c):
    return K('html_residue', x.pick((['<div class="article-con">'], ['</div>'], ['<br>'], ['<br />'], ['&nbsp;&nbsp;&nbsp;'],
                                     ['<p style="text-indent: 2em;">'], ['</p>'], ['<!--正文 start-->'], ['<!-- /content -->'],
                                     ['<span class="TRS_Editor">'], ['</span></div>'], ['![](http://%s/upload/%s.jpg)' % (domain(x, c), x.digits(9))],
                                     ['<img src="/upload/%s.png" alt="">' % x.digits(8)], ['{{article.body}}'], ['${content}'],
                                     ['var _hmt = _hmt || [];'], ['document.write(unescape("%3Cspan%3E"));'],
                                     ['<table border="1">', '<tr><td>'], ['</td></tr></table>'], ['---'], ['***'], ['```'],
                                     ['[TOC]'], ['[图片]'], ['[视频]'], ['<style>.art p{margin:0}</style>'],
                                     ['<script type="text/javascript" src="/js/common.js"></script>'], ['&lt;/p&gt;'],
                                     ['<section style="line-height: 2;">'], ['</section>'])))


def mojibake_of(x, s):
    how = x.pick(('u8gbk', 'gbkbig5', 'u8cp1252', 'kun', 'fffd', 'gbku8'))
    if how == 'kun':
        out = '锟斤拷' * x.r.randint(2, 6)
    elif how == 'fffd':
        out = '\ufffd' * x.r.randint(4, 12)
    else:
        enc, dec = {'u8gbk': ('utf-8', 'gbk'), 'gbkbig5': ('gbk', 'big5'), 'u8cp1252': ('utf-8', 'cp1252'),
                    'gbku8': ('gbk', 'utf-8')}[how]
        out = s.encode(enc).decode(dec, errors='replace')
    out = ''.join(ch for ch in out if ch not in SPLITTERS and (ch >= ' ' or ch == '\t') and not (0x7f <= ord(ch) < 0xa0)
                  and unicodedata.category(ch) not in ('Cn', 'Co', 'Cs', 'Cc'))
    return out.strip() or '\ufffd\ufffd\ufffd'


def b_mojibake(x, c):
    src = x.pick(('设为首页　加入收藏', '当前位置：首页 > 政务公开', '打印本页　关闭窗口', '发布时间：%s' % x.date('-'),
                  '版权所有：' + c['site'], '扫一扫在手机打开', '相关文件', '网站地图', '分享到：微信 微博', '字号：大 中 小'))
    return K('mojibake', [mojibake_of(x, src) for _ in range(x.r.choice((1, 1, 2)))])


def b_pagination_web(x, c):
    n = x.r.randint(2, 6)
    return K('pagination', [x.pick(('上一页 1 2 %s 下一页' % ' '.join(str(i) for i in range(3, n + 1)),
                                    '共%d页 当前第1页' % n, '首页 上一页 下一页 尾页', '第1页 / 共%d页' % n,
                                    '< 1 2 … %d >' % (n + 3), '上一页 | 下一页', '« 1 2 3 »'))])


def b_attachment(x, c):
    t = c['title']
    ext = x.pick(('pdf', 'doc', 'docx', 'wps', 'ofd'))
    size = '%d.%d%s' % (x.r.randint(1, 900), x.r.randint(0, 9), x.pick(('KB', 'MB', 'M', 'K')))
    return K('attachment', x.pick((['附件：', '%s.%s' % (t, ext)], ['附件下载：%s.%s（%s）' % (t, ext, size)],
                                   ['相关附件', '1. %s（图解版）.%s' % (t, ext), '2. %s名词解释.%s' % (t[:10], ext)],
                                   ['【附件】%s.%s  下载次数：%d' % (t[:12], ext, x.r.randint(2, 900))],
                                   ['附件：%s.%s  [%s]' % (t, ext, size)],
                                   ['原文下载：', '%s.%s' % (t[:14], ext)])))


def b_comments(x, c):
    lines = [x.pick(('网友评论', '发表评论', '评论区', '全部评论（%d）' % x.r.randint(1, 300), '精选留言', '写留言',
                     '我要评论', '热门评论'))]
    if x.coin(0.6):
        lines.append(x.pick(('请登录后发表评论', '请文明上网，理性发言', '已有%d人参与' % x.r.randint(2, 900),
                             '评论内容需审核后显示', '所有评论仅代表网友意见，与本站立场无关', '登录后参与评论')))
    for _ in range(x.r.randint(0, 3)):
        who = x.pick((x.name(), '网友%s' % x.digits(5), '用户%s' % x.digits(8), '%s省网友' % x.pick(('湖南', '四川', '江苏', '山东'))))
        say = x.pick(('写得好，学习了！', '支持，期待落实到位', '干货满满，收藏了', '民生实事越来越实在了', '请问有完整版吗？',
                      '点赞', '希望多关注农村养老问题', '谢谢分享，正需要'))
        if x.coin():
            lines.append('%s：%s' % (who, say))
        else:
            lines += [who, say]
        if x.coin(0.4):
            lines.append(x.pick(('回复', '赞 %d' % x.r.randint(1, 90), '%d小时前' % x.r.randint(1, 23), x.date('-'))))
    return K('comments', lines)


def b_follow(x, c):
    return K('follow', x.pick((['点击上方蓝字', '关注我们'], ['↑点击上方“%s”关注我们' % c['site']], ['关注我们，获取更多资讯'],
                               ['点击蓝字 关注我们'], ['☆ 设为星标，第一时间获取推送'], ['点亮“在看”，让更多人看到'],
                               ['欢迎关注、点赞、转发'], ['喜欢就关注我们吧'], ['▲点击关注 持续学习'],
                               ['关注%s，学习不迷路' % c['site']])))


def b_disclaimer(x, c):
    return K('disclaimer', x.pick((['声明：本文由入驻%s的作者撰写，观点仅代表作者本人，不代表平台立场。' % c['site']],
                                   ['文章来源于网络，版权归原作者所有，如有侵权请联系删除。'],
                                   ['免责声明：本号转载文章仅用于学习交流，不作商业用途。'],
                                   ['本文系转载，转载目的在于传递更多信息，并不代表本网赞同其观点。'],
                                   ['版权声明', '本站文章除注明原创外均来自网络，如需转载请保留出处。'],
                                   ['特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供信息存储服务。'],
                                   ['未经授权，严禁转载'])))


def b_tags(x, c):
    ts = x.pick(('政府工作报告', '民生', '经济', '高质量发展', '两会', c['short'], '全文', '学习资料', '营商环境',
                 '乡村振兴', '材料范文'), x.r.randint(2, 5))
    form = x.pick(('lab', 'hash', 'each'))
    if form == 'lab':
        return K('tags', [x.pick(('标签：', '关键词：', 'Tags: ', '关键字：')) + x.pick((' ', '，', '、', '  ')).join(ts)])
    if form == 'hash':
        return K('tags', [' '.join('#' + t for t in ts)])
    return K('tags', ['标签'] + ts)


def b_audio(x, c):
    return K('audio', x.pick((['语音播报'], ['【智能播报】'], ['听新闻'], ['00:00 / %02d:%02d' % (x.r.randint(3, 30), x.r.randint(0, 59))],
                              ['点击收听', '%d分%d秒' % (x.r.randint(2, 20), x.r.randint(1, 59))], ['▶ 播放 | 暂停'],
                              ['您的浏览器不支持 audio 标签。'], ['正在播放：本文语音版'], ['AI朗读'])))


def b_feedback(x, c):
    return K('feedback', x.pick((['本页信息对您有帮助吗？', '有帮助', '没帮助'], ['您对本页面的评价：满意　基本满意　不满意'],
                                 ['信息有用吗？ 有用 | 没用'], ['【我要评价】'], ['内容满意度', '非常满意 满意 一般 不满意'],
                                 ['如对本页内容有疑问，请点击“我要咨询”'])))


def b_toc(x, c):
    """A 文库 outline of the document: the headings it will show, each with a page number (never equal to content)."""
    hs = [p for p in c['heads'] if len(p) <= 30 and re.match('^[一二三四五六七八九十]+、', p)][:x.r.randint(2, 6)]
    if len(hs) < 2:
        return []  # a document without numbered headings shows no outline
    lead = x.pick(('目录', '文档目录', '本文目录', '目 录'))
    fill = x.pick(('……', '.......', ' ', '　'))
    return K('toc', [lead] + ['%s%s%d' % (h, fill, i + 1) for i, h in enumerate(hs)])


def b_floor(x, c):
    return K('metadata', x.pick((['楼主', x.name(), '发表于 %s' % x.date('-', time=True)],
                                 ['%s　发表于 %s　只看楼主' % (x.name(), x.date('-', time=True))],
                                 ['1楼', '%s | %s' % (x.name(), x.date('/', time=True))],
                                 ['查看: %d | 回复: %d' % (x.r.randint(100, 99999), x.r.randint(0, 500))],
                                 ['作者：%s　%s　IP属地：%s' % (x.name(), x.date('-'), x.pick(('北京', '广东', '浙江', '四川')))],
                                 ['%s的专栏 · %d人关注' % (x.name(), x.r.randint(10, 9000))])))


def b_replies(x, c):
    out = []
    for k in range(x.r.randint(1, 3)):
        out.append('%d楼' % (k + 2) if x.coin(0.6) else '#%d' % (k + 2))
        out.append('%s：%s' % (x.name(), x.pick(('顶一个', '楼主辛苦了', '收藏慢慢看', '这份报告信息量很大', 'mark',
                                                '求文档下载链接', '路过支持'))))
    return K('comments', out)


def b_pagebreak_pdf(x, c, n):
    form = c['pnform']
    lines = [form % ((n,) if form.count('%d') == 1 else (n, c['npages']))]
    if c['runhead'] and x.coin(0.7):
        lines.append(c['runhead'])
    return [(lines[0], 'pagination')] + [(l, 'title_repeat') for l in lines[1:]]


# ----------------------------------------------------------------------------- pages

STYLE_BLOCKS = {
    'portal': dict(head=[(b_topbar, .6), (b_sitename, .5), (b_search, .3), (b_menu, .8), (b_mojibake, .15),
                         (b_breadcrumb, .85), (b_meta_table, .3), (b_title, .7), (b_metadata, .8), (b_audio, .2),
                         (b_fontsize, .8), (b_actions, .45), (b_share, .2), (b_html, .15)],
                   mid=[b_html, b_mojibake, b_audio],
                   tail=[(b_attachment, .35), (b_actions, .5), (b_qr, .45), (b_share, .4), (b_feedback, .5),
                         (b_prevnext, .45), (b_related, .6), (b_mojibake, .15), (b_footer, .85), (b_html, .1)]),
    'news': dict(head=[(b_topbar, .3), (b_login, .25), (b_menu, .8), (b_breadcrumb, .5), (b_title, .6),
                       (b_meta_news, .8), (b_fontsize, .3), (b_audio, .3), (b_share, .3), (b_html, .3)],
                 mid=[b_ads, b_html, b_related, b_pagination_web],
                 tail=[(b_meta_tail, .6), (b_actions, .3), (b_tags, .35), (b_share, .5), (b_pagination_web, .15), (b_prevnext, .25),
                       (b_related, .7), (b_ads, .4), (b_comments, .35), (b_html, .2), (b_footer, .8)]),
    'party': dict(head=[(b_menu, .45), (b_breadcrumb, .35), (b_follow, .5), (b_title, .5), (b_meta_wechat, .55),
                        (b_metadata, .35), (b_html, .3), (b_share, .2)],
                  mid=[b_html, b_follow, b_ads, b_mojibake],
                  tail=[(b_meta_tail, .5), (b_disclaimer, .35), (b_share, .5), (b_follow, .4), (b_qr, .4),
                        (b_related, .6), (b_comments, .35), (b_footer, .6), (b_html, .2)]),
    'wenku': dict(head=[(b_login, .3), (b_menu, .5), (b_breadcrumb, .4), (b_title, .85), (b_meta_wenku, .8),
                        (b_paywall, .5), (b_actions, .3), (b_toc, .4), (b_ads, .3)],
                  mid=[b_paywall, b_ads, b_paywall, b_mojibake],
                  tail=[(b_paywall, .85), (b_tags, .3), (b_related, .7), (b_ads, .4), (b_paywall, .3), (b_footer, .6)]),
    'forum': dict(head=[(b_login, .3), (b_menu, .5), (b_breadcrumb, .5), (b_title, .8), (b_floor, .8), (b_tags, .2),
                        (b_audio, .1), (b_html, .2)],
                  mid=[b_ads, b_html, b_floor, b_paywall],
                  tail=[(b_disclaimer, .45), (b_tags, .3), (b_share, .5), (b_replies, .6), (b_comments, .3),
                        (b_related, .5), (b_pagination_web, .3), (b_ads, .3), (b_footer, .5)]),
    'pdf': dict(head=[(b_menu, .2), (b_title, .8), (b_meta_wenku, .5), (b_toc, .25), (b_paywall, .25)],
                mid=[],
                tail=[(b_paywall, .6), (b_related, .3), (b_footer, .4)]),
}


def blocks_for(x, spec):
    out = []
    for fn, p in spec:
        if x.coin(p):
            out.append(fn)
    # some shuffling of neighbours keeps the order from being fixed
    for i in range(len(out) - 1):
        if x.coin(0.2):
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


HANG = '，。、；：！？）》”’」』】'


def wrap_para(x, text, width, indent, stop_cut):
    """Cut text into lines of `width` characters (first line shorter by the indent); never next to whitespace.

    Closing punctuation never starts a line: it hangs at the end of the line before (as word processors
    do). With stop_cut, a line ends right after a 。 that falls in its last three characters (a ragged
    PDF export), so such a line is shorter than the width and ends in 。 inside the paragraph.
    """
    pieces = []
    pos = 0
    first = True
    while pos < len(text):
        w = width - (len(indent) if first else 0)
        end = min(len(text), pos + w)
        if end < len(text) and text[end] in HANG:
            end += 1
        elif stop_cut and end < len(text):
            k = text.rfind('。', end - 3, end - 1)
            if k > pos:
                end = k + 1
        while 0 < end - pos and end < len(text) and (text[end - 1].isspace() or text[end].isspace()):
            end -= 1
        if end <= pos:
            end = min(len(text), pos + w)
        pieces.append(text[pos:end])
        pos = end
        first = False
    return pieces


def choose_runs(rng, docs, old):
    """Plan (style, doc, start, end) for N_PAGES pages: fresh documents first, no overlap with old ranges."""
    styles = ['portal'] * 18 + ['news'] * 16 + ['party'] * 16 + ['wenku'] * 16 + ['pdf'] * 15 + ['forum'] * 15
    rng.shuffle(styles)
    quota = {'city_gwr_2024': 34, 'provincial_gwr_2025': 16, 'state_council_2004_2019': 22,
             'national_gwr_wikisource': 16, 'cpc_congress_wikisource': 8}
    by_folder = collections.defaultdict(list)
    for d in docs:
        by_folder[d['folder']].append(d)
    plan = []
    for folder, q in quota.items():
        ds = by_folder[folder][:]
        rng.shuffle(ds)
        ds.sort(key=lambda d: d['src'] in old)  # fresh first (stable)
        k = 0
        while q > 0 and k < 3 * len(ds):
            d = ds[k % len(ds)]
            k += 1
            plan.append(d)
            q -= 1
    rng.shuffle(plan)
    return list(zip(styles, plan))


def pick_range(rng, d, old_r, taken, style, where):
    paras = d['paras']
    n = len(paras)
    ok = [para_ok(t) for t in paras]
    lo_len, hi_len = (5, 14) if style == 'pdf' else (5, 40)
    cands = []
    for s in range(n):
        for e in range(s + lo_len - 1, min(n, s + hi_len)):
            if not ok[e]:
                break
            if not all(ok[s:e + 1]):
                break
            if any(not (e < a or s > b) for a, b in old_r + taken):
                continue
            cands.append((s, e))
    if not cands:
        return None
    head = [c for c in cands if c[0] <= 3]
    tail = [c for c in cands if c[1] == n - 1]
    pool = {'head': head, 'tail': tail}.get(where) or cands
    s, e = rng.choice(pool)
    # keep pages small: cap the characters of a run
    while e > s + lo_len - 1 and sum(len(paras[i]) for i in range(s, e + 1)) > (4500 if style == 'pdf' else 9000):
        e -= 1
    return s, e


def build_page(rng, style, d, s, e, title_info, site, widths, residue_wrap):
    place, title, year = title_info
    paras = d['paras']
    x = R(rng, year if year >= 2015 else rng.randint(2019, 2025))
    has_title = any(paras[i] == title for i in range(s, e + 1))
    heads = [paras[i] for i in range(len(paras)) if content_kind(paras, i) == 'heading']
    c = dict(style=style, site=site, place=place, title=title, year=x.year, has_title=has_title, heads=heads)
    c.update(owner(x, style, site, place))
    c['source'] = x.pick((c['gov'], c['short'] + '日报', c['short'] + '发布', site, '新华社', '人民日报'))
    lines = []
    variants = []
    spec = STYLE_BLOCKS[style]
    for fn in blocks_for(x, spec['head']):
        got = fn(x, c)
        if not got:
            continue
        lines += got
        variants.append(fn.__name__[2:])
        if x.coin(0.35):
            lines.append(('', 'blank'))
    if not lines or x.coin(0.6):
        lines.append(('', 'blank'))
    variants.append('|content')
    # content layout
    indent = x.pick(('', '', '　　', '　　', '    ', '\t', '  ', '　'))
    blank = x.pick(('0', '1', '1', '2', 'ws')) if style != 'pdf' else x.pick(('0', '0', '1'))
    residue = residue_wrap
    head_noindent = x.coin(0.5)
    width = widths.pop() if style == 'pdf' else 0
    stop_cut = False
    layout = []
    if width:
        layout.append('pdf_w%d' % width)
        c['pnform'] = x.pick(('- %d -', '— %d —', '第%d页', '第 %d 页 共 %d 页', '%d / %d', 'Page %d of %d', '·%d·', '%d',
                              '第%d页，共%d页', '%d'))
        c['npages'] = x.r.randint(6, 30)
        c['runhead'] = x.pick((title, title, '— %s —' % title, '《%s》' % title, None))
        if c['runhead'] and any(paras[i] == c['runhead'] for i in range(s, e + 1)):
            c['runhead'] = None
        per_page = x.r.randint(18, 34)
        stop_cut = x.coin(0.5)
        if stop_cut:
            layout.append('stop_cut')
        pageno = x.r.randint(1, 5)
    layout.append('indent=%r' % indent)
    layout.append('blank=%s' % blank)
    if residue:
        layout.append('residue_wrap')
    mids = spec['mid']
    n_mid = 0
    since_break = 0
    content_block_names = []
    for i in range(s, e + 1):
        t = paras[i]
        kind = content_kind(paras, i)
        ind = '' if (kind != 'content' and head_noindent) else indent
        if residue:
            lines.append((x.pick(('<p>', '<p class="ql-block">', '<p style="text-indent:2em">', '<p align="justify">')), 'html_residue'))
        if width:
            pieces = wrap_para(x, t, width, ind, stop_cut)
            for j, pc in enumerate(pieces):
                lines.append(((ind if j == 0 else '') + pc, ('content', kind, i)))
                since_break += 1
                if since_break >= per_page and (j < len(pieces) - 1 or i < e):
                    inpara = j < len(pieces) - 1
                    lines += b_pagebreak_pdf(x, c, pageno)
                    content_block_names.append('pagebreak_inpara' if inpara else 'pagebreak')
                    pageno += 1
                    since_break = 0
        else:
            lines.append((ind + t, ('content', kind, i)))
        if residue:
            lines.append(('</p>', 'html_residue'))
        if i < e:
            if blank == '1':
                lines.append(('', 'blank'))
            elif blank == '2':
                lines += [('', 'blank'), ('', 'blank')]
            elif blank == 'ws':
                lines.append((x.pick(('　', ' ', '\t', '　　', '  ')), 'blank'))
            if mids and n_mid < 3 and x.coin(0.12):
                fn = x.pick(mids)
                lines += fn(x, c)
                content_block_names.append(fn.__name__[2:])
                n_mid += 1
                if blank != '0':
                    lines.append(('', 'blank'))
    variants += content_block_names + [','.join(layout), 'content|']
    if x.coin(0.6):
        lines.append(('', 'blank'))
    for fn in blocks_for(x, spec['tail']):
        got = fn(x, c)
        if not got:
            continue
        lines += got
        variants.append(fn.__name__[2:])
        if x.coin(0.4):
            lines.append(('', 'blank'))
    # drop chrome that equals a content line of the page; drop trailing blank lines
    content = {t.strip() for t, g in lines if isinstance(g, tuple)}
    lines = [(t, g) for t, g in lines if isinstance(g, tuple) or not t.strip() or t.strip() not in content]
    while lines and not lines[0][0].strip():
        lines.pop(0)
    while lines and not lines[-1][0].strip():
        lines.pop()
    return lines, variants


def site_for(rng, style, d, place):
    f = d['folder']
    if style == 'portal':
        if f == 'city_gwr_2024':
            return rng.choice(('%s市人民政府' % place, '%s市人民政府门户网站' % place, '%s市政府门户网站' % place,
                               rng.choice(COUNTIES) + '人民政府'))
        if f == 'provincial_gwr_2025':
            return rng.choice(('%s人民政府' % place, '%s人民政府门户网站' % place, rng.choice(COUNTIES) + '人民政府',
                               '%s发展和改革委员会' % place))
        return rng.choice(('中国政府网', '中华人民共和国中央人民政府', rng.choice(MINISTRIES), rng.choice(MINISTRIES),
                           rng.choice(COUNTIES) + '人民政府'))
    if style == 'news':
        return rng.choice(NEWS_SITES)
    if style == 'party':
        return rng.choice(PARTY_SITES + WECHAT)
    if style == 'forum':
        return rng.choice(FORUM_SITES)
    if style == 'pdf':
        own = '中国政府网附件' if place in ('国务院', '中共中央') else '%s政府网站附件' % re.sub(r'(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$', '', place)
        return rng.choice(WENKU_SITES[:8] + (own, '中国政府网附件', '人大网文件下载'))
    return rng.choice(WENKU_SITES)


def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    docs = load_docs(corpus)
    old = old_ranges()
    plan = choose_runs(rng, docs, old)
    taken = collections.defaultdict(list)
    for sub in ('pages', 'gold'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    rows = ['\t'.join(('doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'))]
    widths = rng.sample(range(22, 49), 20)  # PDF widths: distinct per page, spread over 22-48
    # six pages (news / party / portal / forum) carry every paragraph between <p ...> and </p> lines
    residue_pages = set(rng.sample([i for i, (st, _) in enumerate(plan[:90]) if st in ('news', 'party', 'portal', 'forum')], 6))
    wheres = ['head'] * 30 + ['tail'] * 30 + ['middle'] * 36
    rng.shuffle(wheres)
    k = 0
    for (style, d), where in zip(plan, wheres):
        r = pick_range(rng, d, old.get(d['src'], []), taken[d['src']], style, where)
        if r is None:
            continue
        s, e = r
        taken[d['src']].append((s, e))
        k += 1
        doc = '%03d' % k
        info = doc_title(d)
        site = site_for(rng, style, d, info[0])
        lines, variants = build_page(rng, style, d, s, e, info, site, widths, k - 1 in residue_pages)
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _ in lines))
        g = ['line\tlabel\tkind\tpara']
        for i, (t, lab) in enumerate(lines, 1):
            if isinstance(lab, tuple):
                g.append('%d\tcontent\t%s\t%d' % (i, lab[1], lab[2]))
            elif not t.strip():
                g.append('%d\tblank\tblank\t' % i)
            else:
                g.append('%d\tchrome\t%s\t' % (i, lab))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('\n'.join(g) + '\n')
        rows.append('\t'.join((doc, style, d['src'], str(s), str(e), str(len(lines)), ';'.join(variants), site)))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('pages: %d' % k)


if __name__ == '__main__':
    main()
