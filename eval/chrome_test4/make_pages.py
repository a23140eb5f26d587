#!/usr/bin/env python3
"""Generator of the locked chrome TEST set 4 (stdlib only, fixed seed).

Writes ``pages/NNN.txt``, ``gold/NNN.tsv`` and ``index.tsv`` beside this file. Every page holds a
contiguous run of real paragraphs from the shared corpus (byte-exact, stripped), wrapped in page
chrome written for this set by helper "chrometest4" from its own knowledge of Chinese sites. The
runs avoid every paragraph range of ``eval/chrome_test``, ``eval/chrome_test2`` and
``eval/chrome_test3`` (their ``index.tsv`` only is read).

    python make_pages.py            # rebuild (seed SEED)
"""
import collections
import datetime
import os
import random
import re
import shutil
import unicodedata

SEED = 20261404
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ('city_gwr_2024', 'state_council_2004_2019', 'provincial_gwr_2025', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
OLD_SETS = ('chrome_test', 'chrome_test2', 'chrome_test3')
SKIP_FILES = ('廣州共產黨報告', '陈独秀在中国共产党第三次', '1954_国务院', '1956_国务院', '2024_枣庄', '2024_承德',
              '国家教材委员会组成人员', '组成人员')
STYLES = ('portal', 'news', 'party', 'wenku', 'forum', 'pdf', 'mobile')
CJK = re.compile('[\u4e00-\u9fff]')
CLOSE_PUNCT = '，。、；：！？）》”’」』】〕…—,.;:!?)%'


def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


# --------------------------------------------------------------------------- source documents

def read_paras(path):
    return [l.strip() for l in open(path, encoding='utf-8').read().split('\n') if l.strip()]


def bad_para(p):
    """Source lines that are themselves editorial / chrome-like; runs never hold them."""
    if len(CJK.findall(p)) < 2:
        return True
    if p.startswith(('来源', '（本文有删减', '(本文有删减', '名词解释', '注：', '附件')) or '↑' in p:
        return True
    if len(p.splitlines()) != 1 or any(unicodedata.category(c) in ('Cc', 'Co', 'Cn', 'Zl', 'Zp') for c in p):
        return True
    if re.search(r'\[\d+\]', p):
        return True
    return False


def content_kind(paras, i):
    p = paras[i]
    n = len(paras)
    if p in ('各位代表：', '同志们：', '同志们:', '各位代表:') or (p.startswith('各') and p.endswith('：') and len(p) < 80):
        return 'greeting'
    if p.endswith('：') and len(p) <= 60 and '。' not in p and re.search('国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', p):
        return 'greeting'
    if p == '（此件公开发布）' or re.fullmatch(r'[0-9〇一二三四五六七八九十○零]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日', p):
        return 'signature'
    if i + 1 < n and len(p) <= 20 and '。' not in p and re.fullmatch(
            r'[0-9〇一二三四五六七八九十○零]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日', paras[i + 1]):
        return 'signature'
    if p in ('各位代表！', '同志们！') or (i >= n - 2 and p.endswith('！')):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def place_of(src):
    base = os.path.basename(src)
    folder = src.split('/')[0]
    if folder == 'city_gwr_2024':
        name = base.split('_')[1]
        if name in ('北京', '上海', '天津', '重庆'):
            return name + '市', name
        if name in ('凉山', '甘孜', '阿坝'):
            return name + '州', name
        if name in ('恩施', '黔东南', '黔南', '黔西南'):
            return name + '州', name
        if name == '锡林郭勒':
            return '锡林郭勒盟', name
        return name + '市', name
    if folder == 'provincial_gwr_2025':
        name = base.split('_')[1]
        return name, name[:2] if not name.startswith(('内蒙古', '黑龙江')) else name[:3]
    if folder == 'national_gwr_wikisource':
        return '国务院', '全国'
    if folder == 'cpc_congress_wikisource':
        return '中共中央', '全党'
    return '国务院', '国务院'


def title_of(src, sc_titles):
    base = os.path.basename(src)[:-4]
    folder = src.split('/')[0]
    if folder == 'city_gwr_2024':
        return '2024年%s政府工作报告' % place_of(src)[0]
    if folder == 'provincial_gwr_2025':
        return '2025年%s政府工作报告' % base.split('_')[1]
    if folder == 'national_gwr_wikisource':
        return '%s年国务院政府工作报告' % base[:4]
    if folder == 'cpc_congress_wikisource':
        return base.split('_', 2)[2].replace('_', '　')
    return sc_titles.get(os.path.basename(src), base.split('_', 2)[2])


def year_of(src):
    m = re.match(r'(\d{4})_', os.path.basename(src))
    if m:
        return int(m.group(1))
    n = int(os.path.basename(src)[:2])
    return {9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012,
            19: 2017, 20: 2022}.get(n, 1922)


# --------------------------------------------------------------------------- small helpers

SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIVEN = '建国华伟强军平刚明杰涛超勇磊洋艳敏静丽娟霞婷雪琳晨宇浩然子轩欣怡思远佳文博志鹏海燕立新春晓红梅玉兰秀英振东永胜德福'
COUNTIES = ('临朐县', '莒南县', '桐庐县', '宁海县', '沛县', '泗洪县', '寿光市', '安吉县', '德清县', '仙居县', '浦江县', '庐江县',
            '肥西县', '宁国市', '南陵县', '金寨县', '崇义县', '婺源县', '大冶市', '秭归县', '宜都市', '浏阳市', '攸县', '汨罗市',
            '蒲江县', '郫都区', '简阳市', '仁寿县', '盐亭县', '赤水市', '湄潭县', '宾阳县', '阳朔县', '兴义市', '平度市', '胶州市')
MINISTRIES = (('国家发展和改革委员会', 'ndrc.gov.cn'), ('财政部', 'mof.gov.cn'), ('生态环境部', 'mee.gov.cn'),
              ('商务部', 'mofcom.gov.cn'), ('农业农村部', 'moa.gov.cn'), ('国家统计局', 'stats.gov.cn'),
              ('自然资源部', 'mnr.gov.cn'), ('教育部', 'moe.gov.cn'), ('交通运输部', 'mot.gov.cn'),
              ('住房和城乡建设部', 'mohurd.gov.cn'), ('国家卫生健康委员会', 'nhc.gov.cn'), ('应急管理部', 'mem.gov.cn'),
              ('人力资源和社会保障部', 'mohrss.gov.cn'), ('国家医疗保障局', 'nhsa.gov.cn'))
NEWS_SITES = (('人民网', 'people.com.cn'), ('新华网', 'xinhuanet.com'), ('光明网', 'gmw.cn'), ('中国新闻网', 'chinanews.com.cn'),
              ('澎湃新闻', 'thepaper.cn'), ('南方网', 'southcn.com'), ('大众网', 'dzwww.com'), ('红网', 'rednet.cn'),
              ('东方网', 'eastday.com'), ('四川在线', 'scol.com.cn'), ('河北新闻网', 'hebnews.cn'), ('齐鲁网', 'iqilu.com'),
              ('千龙网', 'qianlong.com'), ('华龙网', 'cqnews.net'), ('荔枝网', 'gdtv.cn'), ('封面新闻', 'thecover.cn'),
              ('新京报网', 'bjnews.com.cn'), ('中国经济网', 'ce.cn'), ('央广网', 'cnr.cn'), ('国际在线', 'cri.cn'),
              ('扬子晚报网', 'yangtse.com'), ('津云', 'tjyun.com'), ('中国网', 'china.com.cn'), ('界面新闻', 'jiemian.com'))
PARTY_SITES = (('共产党员网', '12371.cn'), ('党建网', 'dangjian.cn'), ('中央纪委国家监委网站', 'ccdi.gov.cn'),
               ('浙江党建网', 'zjdj.gov.cn'), ('四川党建网', 'scdjw.com.cn'), ('龙江先锋网', 'ljxf.gov.cn'),
               ('齐鲁先锋', 'qlxf.gov.cn'), ('学习强国', 'xuexi.cn'), ('人民论坛网', 'rmlt.com.cn'), ('党员之家', 'dyzj.cn'))
WECHAT = ('基层党建助手', '支部书记之家', '机关党建研究', '笔杆子写作营', '公文素材库', '党员学习园地', '组工干部说', '红色讲堂',
          '材料加油站', '政务信息参考', '写材料的小王', '廉洁文化在线')
WENKU_SITES = (('百度文库', 'wenku.baidu.com'), ('人人文库', 'renrendoc.com'), ('淘豆网', 'taodocs.com'),
               ('金锄头文库', 'jinchutou.com'), ('冰点文库', 'bingdoc.com'), ('文档之家', 'doczj.com'),
               ('汇文文库', 'huiwenku.com'), ('优品文档', 'youpindoc.com'), ('公文易', 'gongwenyi.com'),
               ('好范文网', 'haofanwen.net'), ('csdn文库', 'wenku.csdn.net'), ('MBA智库文档', 'doc.mbalib.com'))
FORUM_SITES = (('新浪博客', 'blog.sina.com.cn'), ('网易号', '163.com'), ('搜狐号', 'sohu.com'), ('百家号', 'baijiahao.baidu.com'),
               ('豆瓣小组', 'douban.com'), ('东方财富股吧', 'guba.eastmoney.com'), ('雪球', 'xueqiu.com'),
               ('微博', 'weibo.com'), ('腾讯新闻·企鹅号', 'new.qq.com'), ('猫扑社区', 'mop.com'), ('水木社区', 'newsmth.net'),
               ('虎扑', 'hupu.com'), ('凤凰网·大风号', 'ifeng.com'), ('新浪看点', 'k.sina.com.cn'))
MOBILE_SITES = (('今日头条', 'm.toutiao.com'), ('腾讯新闻', 'view.inews.qq.com'), ('网易新闻', 'c.m.163.com'), ('新浪新闻', 'k.sina.cn'),
                ('手机人民网', 'm.people.cn'), ('央视新闻客户端', 'content-static.cctvnews.cctv.com'), ('凤凰新闻', 'ishare.ifeng.com'),
                ('UC头条', 'iflow.uc.cn'), ('搜狐新闻', 'm.sohu.com'), ('百度APP', 'mbd.baidu.com'), ('手机新华网', 'm.xinhuanet.com'),
                ('澎湃新闻APP', 'm.thepaper.cn'), ('小红书', 'xiaohongshu.com'), ('抖音图文', 'douyin.com'))
PDF_SITES = (('百度文库', 'PDF预览'), ('金山文档', '在线预览'), ('腾讯文档', '只读'), ('WPS云文档', '预览'),
             ('市人民政府门户网站附件', 'PDF'), ('省人大常委会网站', '附件'), ('道客巴巴', 'PDF'), ('书问网', 'PDF阅读'),
             ('文档下载站', 'PDF'), ('国家法律法规数据库', 'PDF'))


class Ctx:
    """Everything a block needs to write chrome for one page."""

    def __init__(self, rng, src, style, title, place, short, year, site, domain):
        self.rng = rng
        self.src = src
        self.style = style
        self.title = title
        self.place = place
        self.short = short
        self.year = year
        self.site = site
        self.domain = domain
        pub = max(year, 2019) if year < 2019 else year
        if src.startswith('city_gwr_2024'):
            self.y, self.m = 2024, rng.choice((1, 1, 2, 2, 3))
        elif src.startswith('provincial_gwr_2025'):
            self.y, self.m = 2025, rng.choice((1, 1, 2))
        else:
            self.y, self.m = rng.randint(max(pub, 2019), 2025), rng.randint(1, 12)
        self.d = rng.randint(1, 28)
        self.hh, self.mm, self.ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def n(self, a, b):
        return self.rng.randint(a, b)

    def person(self):
        g = self.rng.choice(GIVEN) + (self.rng.choice(GIVEN) if self.p(0.6) else '')
        return self.rng.choice(SURNAMES) + g

    def date(self, fmt=None):
        y, m, d = self.y, self.m, self.d
        f = fmt if fmt is not None else self.n(0, 6)
        return ('%d-%02d-%02d' % (y, m, d), '%d年%02d月%02d日' % (y, m, d), '%d/%d/%d' % (y, m, d),
                '%d.%02d.%02d' % (y, m, d), '%d年%d月%d日' % (y, m, d), '%d-%02d-%02d %02d:%02d' % (y, m, d, self.hh, self.mm),
                '%d-%02d-%02d %02d:%02d:%02d' % (y, m, d, self.hh, self.mm, self.ss))[f]

    def later(self, days):
        return (datetime.date(self.y, self.m, self.d) + datetime.timedelta(days=days)).isoformat()

    def weekday(self):
        return '一二三四五六日'[datetime.date(self.y, self.m, self.d).weekday()]


def www(domain):
    """The host name shown for a site: its domain, with www. in front of a bare registrable domain."""
    if '.' not in domain:
        return 'www.example.cn'
    if domain.startswith('www.'):
        return domain
    base = 3 if domain.endswith(('.com.cn', '.gov.cn', '.net.cn', '.org.cn')) else 2
    return domain if len(domain.split('.')) > base else 'www.' + domain


def fw(s):
    """Full-width form of ASCII letters, digits and punctuation."""
    return ''.join(chr(ord(ch) + 0xFEE0) if '!' <= ch <= '~' else ('\u3000' if ch == ' ' else ch) for ch in s)


def join_items(ctx, items, seps=None):
    seps = seps or (' ', '  ', ' | ', '｜', '　', ' · ', '  /  ', '丨', ' ┆ ', '\t', '、', ' ▏')
    return ctx.c(seps).join(items)


def spread(ctx, items, kind):
    """Items on one line, one per line, one per line with separator or blank lines between, or bracketed."""
    mode = ctx.n(0, 5)
    if mode == 0:
        return [(join_items(ctx, items), kind)]
    if mode == 1:
        return [(i, kind) for i in items]
    if mode == 2:
        sep = ctx.c(('|', '·', '/', '｜', '-', '•'))
        out = []
        for j, i in enumerate(items):
            if j:
                out.append((sep, kind))
            out.append((i, kind))
        return out
    if mode == 3:
        out = []
        for i in items:
            out.append((i, kind))
            out.append(('', 'blank'))
        return out[:-1]
    if mode == 4:
        o, c = ctx.c((('【', '】'), ('[', ']'), ('［', '］'), ('〖', '〗'), ('<', '>')))
        return [(''.join(o + i + c for i in items), kind)] if ctx.p(0.5) else [(o + i + c, kind) for i in items]
    return [(fw(join_items(ctx, items, (' ', ' | ', '  '))), kind)]


# --------------------------------------------------------------------------- chrome blocks
# Each block returns a list of (text, kind); kind 'blank' for a whitespace-only line.

def b_topbar(ctx):
    pool = ['无障碍浏览', '长者模式', '关怀版', '简体', '繁體', 'English', '手机版', '政务微信', '政务微博', '网站地图',
            '设为首页', '加入收藏', '个人登录', '法人登录', '退出', '移动版', '读屏专用', '返回旧版', 'RSS订阅', '帮助中心',
            '用户注册', '客服热线', 'Español', '한국어', '日本語']
    items = ctx.rng.sample(pool, ctx.n(3, 8))
    out = spread(ctx, items, 'nav')
    if ctx.p(0.45):
        wd = ctx.weekday()
        out.insert(ctx.c((0, len(out))), (ctx.c((
            '今天是%d年%d月%d日　星期%s' % (ctx.y, ctx.m, ctx.d, wd),
            '%d年%d月%d日 星期%s' % (ctx.y, ctx.m, ctx.d, wd),
            'Today is %s, %s' % (datetime.date(ctx.y, ctx.m, ctx.d).strftime('%A'), datetime.date(ctx.y, ctx.m, ctx.d).isoformat()),
            '今天是：%d-%02d-%02d 星期%s　%s %d℃~%d℃' % (ctx.y, ctx.m, ctx.d, wd, ctx.c(('晴', '多云', '小雨', '阴', '雾')), ctx.n(-5, 8), ctx.n(9, 24)),
            '您好，欢迎访问%s！' % ctx.site,
            'Hi，欢迎来到%s　%s' % (ctx.site, ctx.c(('请登录', '免费注册', '会员中心'))),
        )), 'nav'))
    return out


def b_sitename(ctx):
    opts = [ctx.site, '%s　%s' % (ctx.site, www(ctx.domain)),
            '%s（%s）' % (ctx.site, www(ctx.domain)), ctx.site + ' ' + ctx.c(('官方网站', '门户网站', 'Official Website', '主站')),
            '# ' + ctx.site, '<h2 class="logo">%s</h2>' % ctx.site]
    out = [(ctx.c(opts), 'nav')]
    if ctx.p(0.3):
        out.append((ctx.c(('LOGO', 'logo.png', '[网站标志]', '网站Logo')), 'nav'))
    return out


def b_search(ctx):
    return ctx.c((
        [('请输入关键词', 'nav'), ('搜索', 'nav')],
        [('站内搜索：', 'nav'), ('请输入搜索内容', 'nav'), ('搜 索', 'nav'), ('高级检索', 'nav')],
        [('搜索  全站  本栏目  标题  正文', 'nav')],
        [('🔍 搜索本站', 'nav')],
        [('热搜：%s  %s  %s' % (ctx.c(('营商环境', '人才政策', '医保', '公积金提取', '社保查询')), ctx.c(('政府工作报告', '两会', '招聘公告')), ctx.c(('办事指南', '政策解读', '民生实事'))), 'nav'), ('[搜索]', 'nav')],
        [('Search', 'nav'), ('输入关键字', 'nav'), ('GO', 'nav')],
        [('请输入您要查找的内容　　　　搜索', 'nav')],
    ))


def b_menu(ctx):
    pools = {
        'portal': ['首页', '政务公开', '政务服务', '互动交流', '走进%s' % ctx.short, '数据开放', '专题专栏', '政策文件',
                   '新闻中心', '领导之窗', '政府信息公开', '办事服务', '公众参与', '政策解读', '投资%s' % ctx.short, '文旅%s' % ctx.short],
        'news': ['首页', '时政', '国内', '国际', '财经', '社会', '评论', '视频', '图片', '专题', '地方', '科技', '教育', '体育',
                 '文娱', '健康', '房产', '汽车', '直播'],
        'party': ['首页', '理论', '党建', '学习', '廉政', '组工', '基层', '党史', '时评', '视频', '专题', '党员教育', '先锋模范'],
        'wenku': ['首页', '教育专区', '行业资料', '实用模板', '办公文档', '会员', 'VIP专区', '上传文档', '精品', '排行榜', '小程序'],
        'forum': ['首页', '版块', '热帖', '精华', '活动', '排行', '发现', '关注', '推荐', '同城', '问答', '社区规则'],
    }
    pool = pools[{'pdf': 'portal', 'mobile': 'news'}.get(ctx.style, ctx.style)]
    items = pool[:1] + ctx.rng.sample(pool[1:], ctx.n(4, min(9, len(pool) - 1)))
    mode = ctx.n(0, 4)
    if mode == 4:
        en = ctx.c((['Home', 'News', 'Government', 'Services', 'Interaction', 'Open Data', 'About'],
                    ['SHOUYE', 'ZHENGWU GONGKAI', 'ZHENGWU FUWU', 'HUDONG JIAOLIU', 'ZHUANTI ZHUANLAN'],
                    ['HOME', 'POLITICS', 'ECONOMY', 'SOCIETY', 'OPINION', 'VIDEO', 'PHOTOS']))
        if ctx.p(0.5):
            out = []
            for cn, e in zip(items, en):
                out += [(cn, 'nav'), (e, 'nav')]
            return out
        return [(join_items(ctx, items), 'nav'), (join_items(ctx, en, (' | ', '  ', ' / ')), 'nav')]
    if mode == 0:
        return spread(ctx, items, 'nav')
    if mode == 1:
        b = ctx.c(('* ', '- ', '+ ', '· ', '• ', '▪ '))
        return [(b + i, 'nav') for i in items]
    if mode == 2:
        return [('| ' + ' | '.join(items) + ' |', 'nav')] + ([('|' + '---|' * len(items), 'nav')] if ctx.p(0.5) else [])
    return [('[%s](%s)' % (i, '/%s/' % ctx.c(('xw', 'zw', 'gk', 'fw', 'hd', 'zt', 'sj'))), 'nav') for i in items[:6]]


def b_accessibility(ctx):
    pool = ['声音', '语速', '阅读方式', '放大', '缩小', '配色', '大鼠标', '十字线', '读屏', '指读', '连读', '大字幕', '纯文本',
            '重置', '退出服务', '帮助', '快捷键']
    head = ctx.c(('无障碍工具条', '无障碍浏览', '无障碍辅助工具', '适老化 无障碍', '辅助浏览工具', '♿ 无障碍'))
    items = [head] + ctx.rng.sample(pool, ctx.n(5, 11))
    if ctx.p(0.3):
        return [(head, 'accessibility'), ('开启', 'accessibility'), ('关闭', 'accessibility')] + [(i, 'accessibility') for i in items[1:4]]
    return spread(ctx, items, 'accessibility')


def b_breadcrumb(ctx):
    chains = {
        'portal': [['首页', '政务公开', '政府工作报告'], ['首页', '信息公开', '规划计划', '政府工作报告'],
                   ['网站首页', '政府信息公开', '法定主动公开内容', '政府工作报告'], ['首页', '政策', '国务院文件'],
                   ['首页', '政务公开', '通知公告'], ['首页', '新闻中心', '%s要闻' % ctx.short]],
        'news': [['首页', '时政', '正文'], ['%s首页' % ctx.site, '地方频道', '%s' % ctx.short], ['首页', '新闻', '两会'],
                 ['新闻', '国内', '时政要闻']],
        'party': [['首页', '理论学习', '重要文献'], ['首页', '党建工作', '学习资料'], ['首页', '文献资料', '报告全文'],
                  ['首页', '组织工作', '干部教育']],
        'wenku': [['首页', '党政材料', '工作报告'], ['文库', '行业资料', '政务民生'], ['首页', '办公文档', '总结汇报', '政府报告'],
                  ['全部分类', '公文写作', '工作报告']],
        'forum': [['首页', '时政论坛', '帖子详情'], ['社区', '城事', '%s板块' % ctx.short], ['首页', '专栏', '正文']],
    }
    items = ctx.c(chains[{'pdf': 'portal', 'mobile': 'news'}.get(ctx.style, ctx.style)])
    if ctx.p(0.25):
        items = items + [ctx.c(('正文', '阅读', '详情', '内容'))]
    lab = ctx.c(('当前位置：', '您的位置：', '所在位置:', '位置：', '当前位置 ', '你现在的位置：', '📍 ', '', ''))
    mode = ctx.n(0, 6)
    sep = ctx.c((' > ', '>', ' >> ', ' › ', ' ＞ ', ' → ', ' / ', ' - ', ' » ', '＞＞', ' ＞＞ ', ' ▸ ', '→', ' \\ '))
    if mode <= 2:
        line = lab + sep.join(items) + (sep.rstrip() if ctx.p(0.2) else '')
        return [(fw(line) if ctx.p(0.1) else line, 'breadcrumb')]
    if mode == 3:
        out = [(lab.strip() or '当前位置', 'breadcrumb')] if ctx.p(0.6) else []
        for j, i in enumerate(items):
            if j:
                out.append((sep.strip(), 'breadcrumb'))
            out.append((i, 'breadcrumb'))
        return out
    if mode == 4:
        return [(lab.strip() or '当前位置：', 'breadcrumb')] + [(i, 'breadcrumb') for i in items]
    if mode == 5:
        f = ctx.c(('%d.%s', '%d、%s', '%d．%s', '%d) %s', '（%d）%s'))
        return [(f % (j + 1, i), 'breadcrumb') for j, i in enumerate(items)]
    return [(' / '.join('[%s](/%s)' % (i, 'c%d' % j) for j, i in enumerate(items)), 'breadcrumb')]


def b_title(ctx):
    t = ctx.title
    forms = [t + '_' + ctx.site, t + ' - ' + ctx.site, t + '-' + ctx.site, t + ' | ' + ctx.site, t + '——' + ctx.site,
             '【%s】' % t, '《%s》' % t, t + '（全文）', t + '(全文)', '全文｜' + t, '原标题：' + t, '标题：' + t, '# ' + t,
             '## ' + t, '**%s**' % t, '<h1>%s</h1>' % t, '<title>%s_%s</title>' % (t, ctx.site), t + '.docx',
             t + '.pdf', t + '.doc', t + '（完整版）', t + '（可编辑word版）', '最新' + t + '全文', '重磅！' + t + '发布',
             '速览｜' + t, '一图读懂之外，再读全文：' + t, t + '_' + ctx.site + '_' + ctx.c(('手机版', 'wap', 'm站')),
             '%s %s' % (t, ctx.c(('解读', '全文下载', '原文', 'PDF'))), '%s…' % t[:max(6, len(t) - 5)], t + ' 【打印本页】',
             'Re: ' + t, '【转载】' + t, '〔全文〕' + t, '%s 正文' % t, t, t, t, t + '\u3000' + ctx.c(('', '【全文】', '(图文)'))]
    out = [(ctx.c(forms), 'title_repeat')]
    if ctx.p(0.35):
        out.append((ctx.c(forms), 'title_repeat'))
    return out


def b_metadata(ctx):
    """Portal time / source / views lines."""
    src = ctx.c(('%s人民政府办公室' % ctx.place, '%s日报' % ctx.short, '本网', '%s发布' % ctx.short, '政府办', '市政府研究室',
                 '新华社', '中国政府网', '%s融媒体中心' % ctx.short, '人民日报'))
    if getattr(ctx, 'national', False):
        src = ctx.c(('中国政府网', '新华社', '国务院办公厅', ctx.site, '人民日报', '本网'))
    pairs = [('发布时间', ctx.date()), ('来源', src), ('浏览次数', str(ctx.n(37, 98765))), ('作者', ctx.person()),
             ('信息来源', src), ('点击量', str(ctx.n(12, 5000))), ('发布日期', ctx.date(ctx.c((0, 1, 4)))),
             ('访问量', str(ctx.n(100, 30000))), ('文章来源', src), ('编辑', ctx.person())]
    items = ctx.rng.sample(pairs, ctx.n(2, 4))
    colon = ctx.c(('：', ':', '： ', '　'))
    mode = ctx.n(0, 5)
    if mode == 0:
        return [(join_items(ctx, [k + colon + v for k, v in items], ('  ', '　　', ' | ', '　|　', '    ', ' ')), 'metadata')]
    if mode == 1:
        return [(k + colon + v, 'metadata') for k, v in items]
    if mode == 2:
        out = []
        for k, v in items:
            out += [(k + ('：' if ctx.p(0.6) else ''), 'metadata'), (v, 'metadata')]
        return out
    if mode == 3:
        return [(''.join('【%s：%s】' % kv for kv in items), 'metadata')]
    if mode == 4:
        return [(fw(' '.join(k + ':' + v for k, v in items)), 'metadata')]
    return [('%s　%s　%s' % (ctx.date(), src, ctx.c(('【字号：大 中 小】', '[打印]', '阅读：%d' % ctx.n(100, 9999), ''))), 'metadata')]


def b_meta_table(ctx):
    """The gov.cn style metadata table of a portal or ministry page."""
    num = ctx.c(('%s-%s-%02d-%d-%04d' % (ctx.n(10000000, 99999999), ctx.c('ABCDEF'), ctx.n(1, 30), ctx.y, ctx.n(1, 999)),
                 '%09d/%d-%05d' % (ctx.n(1, 999999999), ctx.y, ctx.n(1, 99999)), '%s%d%05d' % (ctx.c(('MB', 'AA', 'ZF')), ctx.y, ctx.n(1, 99999))))
    issuer = ctx.c(('国务院办公厅', '国务院', ctx.site)) if getattr(ctx, 'national', False) else \
        ctx.c(('%s人民政府办公室' % ctx.place, '%s人民政府' % ctx.place, ctx.site, '办公厅'))
    rows = [('索引号', num), ('发布机构', issuer),
            ('主题分类', ctx.c(('综合政务\\其他', '国民经济管理、国有资产监管', '政府工作报告', '综合政务', '计划统计'))),
            ('成文日期', ctx.date(ctx.c((1, 4)))), ('发布日期', ctx.date(ctx.c((0, 1, 4)))),
            ('文号', ctx.c(('无', '—', ''))), ('有效性', ctx.c(('有效', '现行有效', '是'))), ('公开方式', '主动公开'),
            ('公开范围', '面向社会'), ('体裁分类', ctx.c(('报告', '其他'))), ('信息来源', '本网'), ('统一编号', ctx.c(('—', '无')))]
    rows = [r for r in rows if r[1]]
    rows = rows[:3] + ctx.rng.sample(rows[3:], ctx.n(2, len(rows) - 3))
    mode = ctx.n(0, 4)
    if mode == 0:
        return [(k + '：' + v, 'metadata') for k, v in rows]
    if mode == 1:
        out = []
        for j in range(0, len(rows), 2):
            out.append(('　　'.join('%s：%s' % kv for kv in rows[j:j + 2]), 'metadata'))
        return out
    if mode == 2:
        out = []
        for k, v in rows:
            out += [(k, 'metadata'), (v, 'metadata')]
        return out
    if mode == 3:
        out = [('| %s | %s |' % rows[0], 'metadata'), ('|---|---|', 'metadata')]
        return out + [('| %s | %s |' % kv, 'metadata') for kv in rows[1:]]
    return [(k + '\t' + v, 'metadata') for k, v in rows]


def b_meta_news(ctx):
    rep = ctx.person()
    out = [(ctx.c((
        '%s　来源：%s　作者：%s' % (ctx.date(5), ctx.site, rep),
        '%s 来源: %s' % (ctx.date(6), ctx.c(('%s日报' % ctx.short, '新华社', '人民日报', '央视新闻客户端', ctx.site))),
        '%s %s %s' % (ctx.site, ctx.date(5), ctx.c(('关注', '+关注', ''))),
        '来源：%s | %s | 编辑：%s' % (ctx.site, ctx.date(4), rep),
        '发布时间：%s　　%s' % (ctx.date(6), ctx.c(('字号：大 中 小', '字体：A+ A-', '打印', '分享'))),
        '%s　%s客户端' % (ctx.date(5), ctx.site),
    )), 'metadata')]
    if ctx.p(0.55):
        out.append((ctx.c((
            '%s记者　%s　%s' % (ctx.site, rep, ctx.person()),
            '（记者 %s 通讯员 %s）' % (rep, ctx.person()),
            '本报讯（记者%s）' % rep,
            '%s讯 记者%s报道' % (ctx.short, rep),
            '文/%s　图/%s' % (rep, ctx.person()),
            '记者：%s  实习生：%s' % (rep, ctx.person()),
        )), 'metadata'))
    if ctx.p(0.35):
        out.append((ctx.c(('阅读量：%d' % ctx.n(1000, 99999), '%d人已读' % ctx.n(100, 9999), '%.1f万阅读' % (ctx.n(10, 999) / 10),
                           '参与互动 %d' % ctx.n(0, 300))), 'metadata'))
    return out


def b_meta_wechat(ctx):
    acc = ctx.wechat
    out = []
    if ctx.p(0.6):
        out.append((ctx.c(('原创', 'Original', '原创 %s' % ctx.person(), '转载')), 'metadata'))
    out.append((ctx.c((acc, '%s %s' % (acc, ctx.date(ctx.c((0, 4)))), '%s　%s　%s' % (ctx.person(), acc, ctx.date(4)),
                       acc + ' ' + ctx.c(('山东', '北京', '江苏', '四川', '湖北', '广东', '浙江')))), 'metadata'))
    if ctx.p(0.5):
        out.append((ctx.date(ctx.c((5, 4, 0))) + ctx.c(('', ' 发表于%s' % ctx.c(('山东', '北京', '湖南')))), 'metadata'))
    if ctx.p(0.4):
        out.append((ctx.c(('收录于话题', '收录于合集')) + ' #%s %d个' % (ctx.c(('政府工作报告', '学习资料', '材料写作', '两会')), ctx.n(3, 240)), 'metadata'))
    if ctx.p(0.4):
        out.append((ctx.c(('全文约%d字，阅读约需%d分钟' % (ctx.n(2000, 30000), ctx.n(5, 60)), '阅读本文约需%d分钟' % ctx.n(3, 40),
                           '本文共%d字 | 预计阅读%d分钟' % (ctx.n(1000, 20000), ctx.n(3, 50)))), 'metadata'))
    return out


def b_meta_wenku(ctx):
    up = ctx.person()
    pages = ctx.n(6, 48)
    items = [('上传者：%s' % up) if ctx.p(0.5) else ('贡献者：%s%s' % (ctx.c(('文库用户', '用户', 'hy')), ctx.n(1000, 99999))),
             '上传时间：%s' % ctx.date(ctx.c((0, 1))), '页数：%d页' % pages, '格式：%s' % ctx.c(('DOCX', 'DOC', 'PDF', 'WPS')),
             '大小：%d.%dKB' % (ctx.n(20, 900), ctx.n(0, 9)), '浏览：%d次' % ctx.n(10, 9000), '下载：%d次' % ctx.n(0, 3000),
             '%s %d.%d分（%d人评价）' % (ctx.c(('★★★★☆', '★★★★★', '★★★☆☆')), ctx.n(3, 4), ctx.n(0, 9), ctx.n(2, 600)),
             '收藏：%d' % ctx.n(0, 99), '所需积分：%d' % ctx.n(1, 20)]
    items = ctx.rng.sample(items, ctx.n(3, 7))
    ctx.pages = pages
    return spread(ctx, items, 'metadata') if ctx.p(0.6) else [(join_items(ctx, items, ('  ', ' | ', '　', ' · ')), 'metadata')]


def b_meta_tail(ctx):
    e = ctx.person()
    return [(ctx.c((
        '（责任编辑：%s）' % e, '责任编辑：%s' % e, '[责任编辑:%s]' % e, '【编辑：%s】' % e, '编辑：%s　校对：%s　审核：%s' % (e, ctx.person(), ctx.person()),
        '来源 | %s　编辑 | %s　审核 | %s' % (ctx.site, e, ctx.person()), '（来源：%s　编辑：%s）' % (ctx.site, e),
        '责编：%s  终审：%s' % (e, ctx.person()), 'Editor: %s' % e, '文字：%s｜排版：%s｜审校：%s' % (e, ctx.person(), ctx.person()),
        '初审：%s\t复审：%s\t终审：%s' % (e, ctx.person(), ctx.person()), '本文来源：%s' % ctx.site,
    )), 'metadata')]


def b_floor(ctx):
    u = ctx.c(('%s%d' % (ctx.c(('老街坊', '城南旧事', '一只橙子', '江边客', '路人甲', 'xiaoming', '风吹麦浪', '老张聊政策', '求知者')), ctx.n(1, 9999)),
               ctx.person()))
    ctx.op = u
    out = [(ctx.c(('楼主：%s' % u, u, '%s 楼主' % u, '作者：%s' % u, '@%s' % u)), 'metadata')]
    out.append((ctx.c(('发表于 %s' % ctx.date(6), '%s 发布于 %s' % (ctx.date(5), ctx.c(('北京', '广东', '江苏', '四川', '山东'))),
                       'IP属地：%s' % ctx.c(('浙江', '河南', '湖北', '上海', '辽宁')), '%s · 来自 %s' % (ctx.date(5), ctx.c(('iPhone客户端', 'Android', '网页版'))),
                       '发表于 %d 天前' % ctx.n(2, 300))), 'metadata'))
    if ctx.p(0.6):
        out.append((ctx.c(('查看: %d | 回复: %d' % (ctx.n(100, 99999), ctx.n(0, 500)), '只看楼主　倒序浏览　阅读模式',
                           '[复制链接]', '电梯直达', '%d 阅读 · %d 评论 · %d 赞' % (ctx.n(100, 9999), ctx.n(0, 99), ctx.n(0, 999)),
                           '阅读 %d　回复 %d' % (ctx.n(100, 9999), ctx.n(0, 99)))), 'metadata'))
    return out


def b_fontsize(ctx):
    return ctx.c((
        [('【字号：大 中 小】', 'toolbar_fontsize')],
        [('字号', 'toolbar_fontsize'), ('T', 'toolbar_fontsize'), ('T', 'toolbar_fontsize'), ('T', 'toolbar_fontsize')],
        [('【字体：', 'toolbar_fontsize'), ('大', 'toolbar_fontsize'), ('中', 'toolbar_fontsize'), ('小', 'toolbar_fontsize'), ('】', 'toolbar_fontsize')],
        [('字体大小：', 'toolbar_fontsize'), ('特大', 'toolbar_fontsize'), ('大', 'toolbar_fontsize'), ('标准', 'toolbar_fontsize')],
        [('A+  A  A-', 'toolbar_fontsize')],
        [('〔字号 大 中 小〕', 'toolbar_fontsize')],
        [('字号：', 'toolbar_fontsize'), ('[大]', 'toolbar_fontsize'), ('[中]', 'toolbar_fontsize'), ('[小]', 'toolbar_fontsize')],
        [('字体：放大 | 缩小 | 还原', 'toolbar_fontsize')],
        [('文字大小　大　中　小　　背景色　□　□　□', 'toolbar_fontsize')],
        [(fw('[A+] [A] [A-]'), 'toolbar_fontsize')],
        [('调整字号', 'toolbar_fontsize'), ('Aa', 'toolbar_fontsize')],
        [('【大】【中】【小】', 'toolbar_fontsize')],
        [('字号 +', 'toolbar_fontsize'), ('字号 -', 'toolbar_fontsize')],
    ))


def b_actions(ctx):
    pool = ['打印', '关闭', '收藏', '打印本页', '关闭窗口', '加入收藏', '下载全文', '全屏阅读', '我要纠错', '返回顶部', '朗读',
            '复制链接', '导出PDF', '保存到手机', '举报', '纠错', '收藏本文', '下载', '返回上一页', '字号调整', '护眼模式']
    items = ctx.rng.sample(pool, ctx.n(2, 5))
    return spread(ctx, items, 'toolbar_actions')


def b_share(ctx):
    tg = ['微信', '微博', 'QQ空间', 'QQ好友', '朋友圈', '新浪微博', '豆瓣', '钉钉', '抖音', '复制链接', '今日头条', 'Twitter', 'Facebook']
    items = ctx.rng.sample(tg, ctx.n(2, 6))
    mode = ctx.n(0, 4)
    lab = ctx.c(('分享到：', '分享：', '分享到', '分享至', 'Share:', '一键分享：'))
    if mode == 0:
        return [(lab + join_items(ctx, items), 'share')]
    if mode == 1:
        return [(lab.rstrip('：: '), 'share')] + [(i, 'share') for i in items]
    if mode == 2:
        return [(''.join('【%s】' % i for i in [lab.rstrip('：: ')] + items), 'share')]
    if mode == 3:
        return [(ctx.c(('点赞 %d　转发 %d　评论 %d' % (ctx.n(0, 999), ctx.n(0, 99), ctx.n(0, 99)),
                        '👍 %d   💬 %d   ↗ 分享' % (ctx.n(1, 999), ctx.n(0, 99)), '分享　收藏　点赞　在看',
                        '❤️ 喜欢 %d' % ctx.n(1, 500), '赞(%d)　分享　举报' % ctx.n(0, 80))), 'share')]
    return [(lab + '　' + '　'.join(items[:3]), 'share'), ('复制链接', 'share')]


def b_qr(ctx):
    return ctx.c((
        [('扫一扫在手机打开当前页', 'qr')],
        [('手机扫一扫', 'qr'), ('打开当前页', 'qr')],
        [('【扫一扫，手机看】', 'qr')],
        [('二维码', 'qr'), ('微信扫一扫分享到朋友圈', 'qr')],
        [('用手机扫描二维码继续阅读', 'qr')],
        [('扫码关注“%s发布”' % ctx.short, 'qr')],
        [('▲ 扫码下载“%s”APP' % ctx.c(('爱%s' % ctx.short, '%s通' % ctx.short, '%s新闻' % ctx.short)), 'qr')],
        [('[二维码图片]', 'qr'), ('扫描二维码 关注我们', 'qr')],
        [('手机阅读本文', 'qr'), ('请使用微信扫描二维码', 'qr')],
        [('微信扫码 分享本页', 'qr')],
        [('扫一扫 ↓', 'qr')],
    ))


HEADS = {
    'portal': ['%s政务要闻：市政府召开常务会议研究部署一季度经济工作', '%s开展营商环境“体验官”活动，听取企业意见建议',
               '关于%s2024年国民经济和社会发展计划执行情况的报告', '%s召开全市安全生产工作会议，压紧压实各方责任',
               '%s政府工作报告解读：今年将重点办好十件民生实事', '图解：一图读懂%s政府工作报告', '%s出台促进民营经济发展壮大二十条措施',
               '%s审计局关于本级预算执行和其他财政收支的审计工作报告', '%s召开优化营商环境大会，推动全年目标任务落地见效。'],
    'news': ['%s代表热议政府工作报告：干货满满，提振信心', '%s两会丨政府工作报告里的这些民生“关键词”，与你息息相关',
             '今年%s要这样干！一起划重点', '%s人代会闭幕，新一届政府向人民作出庄严承诺', '直播回看：%s人民代表大会开幕会',
             '数说%s：去年地区生产总值增长超预期', '%s将新建一批保障性住房，群众住得更安心。', '评论：把报告里的承诺变成群众看得见的实绩'],
    'party': ['学习笔记｜读懂%s政府工作报告的五个关键词', '党课讲稿：在新征程上担当作为、实干争先', '深入学习贯彻全会精神，推动%s高质量发展',
              '支部书记谈：如何把学习成果转化为工作实效', '从%s实践看基层治理现代化', '专题党课：锤炼过硬作风，勇于担当作为。',
              '党员干部要在学思践悟中坚定理想信念'],
    'wenku': ['2024年%s政府工作报告（全文）.docx', '政府工作报告学习心得体会范文5篇', '%s政府工作报告解读PPT课件',
              '学习政府工作报告心得体会（精选3篇）.doc', '2023年度工作总结及2024年工作计划（通用版）', '政府工作报告起草经验谈.pdf',
              '%s统计公报全文.pdf', '乡镇年度工作总结范文.docx'],
    'forum': ['大家怎么看%s今年的政府工作报告？', '报告里说的那几条民生实事，今年能落地吗', '%s的朋友进来聊聊，今年发展目标定得高不高',
              '整理了一份%s报告要点，欢迎补充', '有没有人知道%s的新政策什么时候实施？', '今天看了报告，感觉今年就业形势会好一些。'],
}
HEADS['pdf'] = HEADS['wenku']
HEADS['mobile'] = HEADS['news'] + ['刚刚，%s发布重要消息！', '%s人注意！这些新变化与你有关', '定了！今年%s要办这些大事']
HEADS['national'] = ['国务院常务会议部署进一步优化营商环境相关举措', '国务院办公厅印发《关于加快发展银发经济增进老年人福祉的意见》',
                     '政策解读：稳就业政策如何更好惠及企业和劳动者', '国务院政策例行吹风会：介绍促进民营经济发展有关情况',
                     '权威发布｜一图读懂政府工作报告', '国家统计局：前三季度国民经济持续恢复、总体回升向好。',
                     '多部门联合发文，推动设备更新和消费品以旧换新', '财政部有关负责人就专项债券发行使用答记者问',
                     '关于开展2024年全国“安全生产月”活动的通知', '国务院关于印发《空气质量持续改善行动计划》的通知']


def b_related(ctx):
    head = ctx.c(('相关文章', '相关阅读', '相关新闻', '推荐阅读', '热门文章', '延伸阅读', '相关推荐', '您可能还想看', '大家都在看',
                  '精彩推荐', '本栏目最新', '相关链接', '同类文档', '热门推荐', '看了本文的人还看了', '往期回顾', '最新发布',
                  '更多报道', '猜你喜欢', '编辑推荐', '阅读排行'))
    deco = ctx.c(('%s', '▍%s', '■ %s', '%s：', '【%s】', '—— %s ——', '>> %s', '%s >>', '### %s', '◢ %s', '📚 %s', '%s ▼'))
    pool = HEADS['national'] if getattr(ctx, 'national', False) and ctx.p(0.8) else HEADS[ctx.style]
    k = ctx.n(2, 6)
    heads = [h % ctx.short if '%s' in h else h for h in ctx.rng.sample(pool, min(k, len(pool)))]
    mode = ctx.n(0, 6)
    out = [(deco % head, 'related')]
    if mode == 0:
        out += [(h, 'related') for h in heads]
    elif mode == 1:
        out += [('%d. %s' % (j + 1, h), 'related') for j, h in enumerate(heads)]
    elif mode == 2:
        out += [('· %s　%s' % (h, ctx.later(-j - 1)[5:]), 'related') for j, h in enumerate(heads)]
    elif mode == 3:
        out += [('- [%s](https://%s/%d.html)' % (h, www(ctx.domain), ctx.n(100000, 999999)), 'related')
                for h in heads]
    elif mode == 4:
        out += [('%s%s' % ('①②③④⑤⑥'[j], h), 'related') for j, h in enumerate(heads)]
    elif mode == 5:
        out = [(deco % head + '：' + '；'.join(heads), 'related')]
        if ctx.style == 'mobile':
            out = [(deco % head, 'related')]
            for h in heads:
                out += [(h, 'related'), ('%s　%d评论　%s' % (ctx.c((ctx.site, '%s发布' % ctx.short, '%s日报' % ctx.short)), ctx.n(0, 999),
                                                         ctx.c(('刚刚', '%d分钟前' % ctx.n(1, 59), '%d小时前' % ctx.n(1, 23), '昨天'))), 'related')]
    else:
        for h in heads:
            out += [(h, 'related'), (ctx.later(-ctx.n(1, 30)), 'related')]
    if ctx.p(0.35):
        out.append((ctx.c(('更多>>', '查看更多', '更多 +', 'MORE', '加载更多', '换一换', '展开更多 ∨')), 'related'))
    return out


def b_prevnext(ctx):
    pool = HEADS['national'] if getattr(ctx, 'national', False) else HEADS['portal' if ctx.style in ('portal', 'pdf') else 'news']
    a, b = ctx.rng.sample(pool, 2)
    a, b = (a % ctx.short if '%s' in a else a), (b % ctx.short if '%s' in b else b)
    return ctx.c((
        [('上一篇：' + a, 'prevnext'), ('下一篇：' + b, 'prevnext')],
        [('上一篇', 'prevnext'), (a, 'prevnext'), ('下一篇', 'prevnext'), (b, 'prevnext')],
        [('【上一条】' + a + '　【下一条】' + b, 'prevnext')],
        [('< 上一篇', 'prevnext'), ('下一篇 >', 'prevnext')],
        [('上一篇：没有了', 'prevnext'), ('下一篇：' + b, 'prevnext')],
        [('← ' + a, 'prevnext'), (b + ' →', 'prevnext')],
        [('Previous: ' + a, 'prevnext'), ('Next: ' + b, 'prevnext')],
    ))


def b_ads(ctx):
    return ctx.c((
        [('广告', 'ads')], [('AD', 'ads')], [('推广', 'ads'), ('%s｜企业贷款低至3.%d%%，最快当天放款' % (ctx.c(('某银行', '惠企贷', '小微通')), ctx.n(1, 9)), 'ads')],
        [('【广告】考公考编资料包免费领，点击进入→', 'ads')], [('广告位出租  联系电话：0%d-%d' % (ctx.n(10, 999), ctx.n(60000000, 89999999)), 'ads')],
        [('Sponsored', 'ads'), ('写材料没思路？AI一键生成讲话稿', 'ads')], [('— 推荐 —', 'ads'), ('公务员培训课程 限时优惠', 'ads')],
        [('广告 ×', 'ads')], [('<!-- 广告位 300x250 -->', 'ads')], [('下载%s APP，看更多精彩内容' % ctx.site, 'ads')],
        [('打开APP阅读更多精彩内容', 'ads')], [('本站广告位  970×90', 'ads')], [('▎品牌推广', 'ads'), ('%s房产：城芯学区房 首付%d万起' % (ctx.short, ctx.n(15, 60)), 'ads')],
        [('立即咨询 >>', 'ads')], [('[广告] 公文写作训练营第%d期开始报名' % ctx.n(3, 40), 'ads')],
    ))


def b_paywall(ctx):
    n = ctx.n(2, 30)
    return ctx.c((
        [('剩余%d页未读，继续阅读' % n, 'paywall')],
        [('剩余%d页未读，' % n, 'paywall'), ('开通VIP免费阅读全文', 'paywall')],
        [('还剩%d%%未读，点击阅读全文' % ctx.n(20, 90), 'paywall')],
        [('—— 试读结束 ——', 'paywall'), ('购买后可查看全部内容', 'paywall')],
        [('VIP专享文档', 'paywall'), ('开通VIP，免费下载本文档', 'paywall')],
        [('下载文档', 'paywall'), ('￥%d.%02d' % (ctx.n(1, 30), ctx.n(0, 99)), 'paywall'), ('立即购买', 'paywall')],
        [('本文档需要%d个下载积分' % ctx.n(1, 20), 'paywall')],
        [('点击展开全文 ▽', 'paywall')],
        [('免费预览已结束，剩余%d页可下载查看' % n, 'paywall'), ('下载文档到电脑，查找使用更方便', 'paywall')],
        [('以下为付费内容', 'paywall'), ('继续阅读需支付 %d 元' % ctx.n(1, 20), 'paywall')],
        [('VIP会员 · 限时%d折' % ctx.n(3, 8), 'paywall'), ('开通会员 畅享%d万+文档' % ctx.n(50, 900), 'paywall')],
        [('温馨提示：', 'paywall'), ('1. 本文档为用户上传，仅供学习参考；', 'paywall'), ('2. 下载后如有问题可联系客服处理；', 'paywall')],
        [('本文档由用户上传，版权归原作者所有，如有侵权请联系删除。', 'paywall')],
        [('阅读已结束，如果下载本文需要使用%d下载券' % ctx.n(1, 9), 'paywall')],
        [('*** 登录后可查看完整内容 ***', 'paywall')],
        [('会员专享 | 复制全文 | 去广告', 'paywall')],
    ))


def b_footer(ctx):
    y = ctx.y
    icp = '%s ICP备%08d号-%d' % (ctx.c(('京', '鲁', '苏', '浙', '川', '鄂', '湘', '粤', '皖', '赣', '黔', '桂')), ctx.n(1, 99999999), ctx.n(1, 9))
    ga = '%s公网安备 %014d号' % (ctx.c(('京', '鲁', '苏', '浙', '川', '鄂', '湘', '粤', '皖')), ctx.n(10000000000000, 99999999999999))
    host = ('主办：%s' % ctx.c(('国务院办公厅', ctx.site)) if getattr(ctx, 'national', False) else
            '主办：%s人民政府办公室' % ctx.place) if ctx.style == 'portal' or '政府' in ctx.site else '主办单位：%s' % ctx.site
    pool = [host,
            '承办：%s大数据中心' % ctx.short, '网站标识码：%d%06d' % (ctx.n(1000, 5400), ctx.n(0, 999999)), icp, ga,
            '版权所有：%s' % ctx.site, 'Copyright © %d-%d %s All Rights Reserved' % (ctx.n(2000, 2015), y, ctx.domain),
            '©%d %s 版权所有' % (y, ctx.site), '地址：%s%s路%d号　邮编：%06d' % (ctx.short, ctx.c(('人民', '建设', '解放', '中山', '文化')), ctx.n(1, 300), ctx.n(100000, 850000)),
            '联系电话：0%d-%d' % (ctx.n(10, 999), ctx.n(60000000, 89999999)), '建议使用1920×1080分辨率，Chrome、Edge浏览器浏览',
            '您是第 %d 位访问者' % ctx.n(100000, 99999999), '互联网新闻信息服务许可证：%d' % ctx.n(10120170000, 10120239999),
            '违法和不良信息举报电话：12377', '关于我们 | 联系我们 | 网站声明 | 网站地图', '用户协议 | 隐私政策 | 侵权投诉 | 帮助中心',
            '政府网站找错', '党政机关', '本站由%s技术支持' % ctx.c(('某某信息科技有限公司', '政务云', '云计算中心')), '未经授权禁止复制或建立镜像',
            '—— END ——', '- The End -', '(完)', '【完】']
    items = ctx.rng.sample(pool, ctx.n(3, 7))
    mode = ctx.n(0, 3)
    if mode == 0:
        return [(i, 'footer') for i in items]
    if mode == 1:
        return [(join_items(ctx, items, ('　', '  ', ' | ', '　　')), 'footer')]
    if mode == 2:
        out = []
        for i in items:
            out += [(i, 'footer'), ('', 'blank')]
        return out[:-1]
    return [(join_items(ctx, items[:2], ('　', ' ')), 'footer')] + [(i, 'footer') for i in items[2:]]


HTML = ['<div class="TRS_Editor">', '</div>', '<br/>', '<br>', '&nbsp;&nbsp;', '<p align="center">', '</p>',
        '<div id="zoom">', '<span style="font-size: 16pt; font-family: 仿宋_GB2312">', '</span>', '<!--正文开始-->', '<!--正文结束-->',
        '<img src="/upload/%d/img_%d.jpg" />', '![](https://img.example.cn/%d.png)', '{{content}}', '${article.title}',
        '<script type="text/javascript">', '</script>', 'var _hmt = _hmt || [];', '<table border="1">', '<tr><td>', '</td></tr></table>',
        '<style>p{text-indent:2em}</style>', '<section data-role="outer">', '</section>', '<![CDATA[', ']]>',
        '&lt;p&gt;', '&lt;/p&gt;', '<o:p></o:p>', '<meta charset="utf-8">', '<hr />', '***', '---', '[图片]', '[视频]',
        '<iframe src="about:blank"></iframe>', '<div class="pages">', '<a href="javascript:window.print()">', '</a>',
        '&#12288;&#12288;', '<p class="MsoNormal">', '<figure>', '</figure>', '<u></u>', '<!-- /article -->']


def b_html(ctx):
    out = []
    for _ in range(ctx.n(1, 4)):
        h = ctx.c(HTML)
        if '%d' in h:
            h = h % tuple(ctx.n(100, 99999) for _ in range(h.count('%d')))
        out.append((h, 'html_residue'))
    return out


PHRASES = ['打印本页', '关闭窗口', '当前位置', '发布时间', '来源', '分享到', '首页', '责任编辑', '版权所有', '相关链接',
           '扫一扫', '返回顶部', '网站地图', '上一篇', '下一篇', '字号', '浏览次数', '联系我们', '无障碍']


def clean_chars(s):
    return ''.join(ch for ch in s if unicodedata.category(ch) not in ('Cc', 'Cf', 'Co', 'Cn', 'Cs', 'Zl', 'Zp', 'Zs') or ch == ' ').strip()


def b_mojibake(ctx):
    out = []
    for _ in range(ctx.n(1, 2)):
        ph = '　'.join(ctx.rng.sample(PHRASES, ctx.n(1, 3)))
        mode = ctx.n(0, 5)
        if mode == 0:
            s = ph.encode('utf-8').decode('gbk', errors='ignore')
        elif mode == 1:
            s = ph.encode('gbk').decode('big5', errors='ignore')
        elif mode == 2:
            s = ph.encode('utf-8').decode('cp1252', errors='ignore')
        elif mode == 3:
            s = ph.encode('gbk').decode('utf-8', errors='replace')
        elif mode == 4:
            s = '锟斤拷' * ctx.n(2, 5) + ctx.c(('', '烫烫烫', '屯屯屯'))
        else:
            s = ph.encode('utf-8').decode('latin-1')
        s = clean_chars(s)
        if len(s) >= 3:
            out.append((s, 'mojibake'))
    return out or [('锟斤拷锟斤拷锟斤拷', 'mojibake')]


def b_pagination_web(ctx):
    n = ctx.n(2, 9)
    return [(ctx.c(('上一页 1 2 %d 下一页' % n, '共%d页　当前第1页' % n, '首页　上一页　下一页　尾页', '< 1 2 3 … %d >' % n,
                    '第1页 / 共%d页' % n, '1 | 2 | 3 | 下一页 >>', '« 上一页　%d　下一页 »' % ctx.n(1, n), '[1] [2] [3] [下一页]',
                    '查看全文 / 分页阅读', '第 %d 页' % ctx.n(1, n))), 'pagination')]


def b_attachment(ctx):
    t = ctx.title
    return ctx.c((
        [('附件：', 'attachment'), ('%s.pdf' % t, 'attachment')],
        [('附件下载：%s.%s（%d.%dMB）' % (t, ctx.c(('pdf', 'ofd', 'docx', 'wps')), ctx.n(0, 9), ctx.n(0, 9)), 'attachment')],
        [('相关附件', 'attachment'), ('1. %s（文字版）.docx' % t, 'attachment'), ('2. %s（图解）.jpg' % t, 'attachment')],
        [('📎 %s.pdf　下载次数：%d' % (t, ctx.n(0, 900)), 'attachment')],
        [('原文下载：', 'attachment'), ('%s.ofd' % t, 'attachment'), ('%s.pdf' % t, 'attachment')],
        [('附件【%s.doc】已下载%d次' % (t[:20], ctx.n(1, 500)), 'attachment')],
    ))


COMMENT_TEXTS = ['报告写得很实在，点赞！', '希望今年能把老旧小区改造落实到位。', '期待早日通地铁', '学习了', '写得真好，收藏备用',
                 '民生实事越来越多了，为家乡骄傲', '什么时候能解决停车难的问题？', '支持！', '干货满满，已转发给同事。',
                 '建议多关注一下农村养老问题。', '数据很详实', '+1', '打卡学习第%d天', '感谢分享，正需要这个材料', '好文',
                 '今年的目标很有信心！', '求完整版', '已阅', '顶一个', '说得好，关键是要落实。']


def b_comments(ctx):
    out = [(ctx.c(('网友评论', '全部评论（%d）' % ctx.n(0, 300), '评论', '精选留言', '写留言', '热门评论', '评论区', '发表评论',
                   '最新评论', '留言 %d' % ctx.n(1, 99))), 'comments')]
    if ctx.p(0.4):
        out.append((ctx.c(('请文明上网，理性发言', '登录后发表评论', '说点什么吧…', '已有%d人参与' % ctx.n(1, 999), '我来说两句',
                           '发表你的看法', '评论需审核后显示')), 'comments'))
    for _ in range(ctx.n(1, 4)):
        txt = ctx.c(COMMENT_TEXTS)
        if '%d' in txt:
            txt = txt % ctx.n(2, 300)
        name = ctx.c((ctx.person(), '%s网友' % ctx.c(('北京', '山东', '江苏', '河南', '广东', '四川')), 'user_%d' % ctx.n(1000, 99999),
                      ctx.c(('清风徐来', '老李头', '阳光小区', '追梦人', '平凡之路', 'Echo'))))
        mode = ctx.n(0, 3)
        if mode == 0:
            out.append(('%s：%s' % (name, txt), 'comments'))
        elif mode == 1:
            out += [(name, 'comments'), (txt, 'comments')]
        elif mode == 2:
            out += [(name + '  ' + ctx.c(('%d小时前' % ctx.n(1, 23), '%d天前' % ctx.n(1, 30), ctx.later(ctx.n(1, 20)))), 'comments'), (txt, 'comments')]
        else:
            out += [(txt, 'comments'), (ctx.c(('回复', '赞 %d' % ctx.n(1, 99), '回复 · 赞%d' % ctx.n(1, 99), '👍%d' % ctx.n(1, 99))), 'comments')]
    if ctx.p(0.3):
        out.append((ctx.c(('查看更多评论', '展开全部%d条评论' % ctx.n(5, 99), '加载更多')), 'comments'))
    return out


def b_replies(ctx):
    out = []
    floors = ctx.c((['沙发', '板凳', '地板'], ['2楼', '3楼', '4楼'], ['#2', '#3', '#4'], ['第2楼', '第3楼', '第4楼'], ['2#', '3#', '4#']))
    for f in floors[:ctx.n(1, 3)]:
        u = ctx.person() if ctx.p(0.5) else 'u_%d' % ctx.n(10000, 99999)
        txt = ctx.c(COMMENT_TEXTS)
        if '%d' in txt:
            txt = txt % ctx.n(2, 300)
        mode = ctx.n(0, 2)
        if mode == 0:
            out += [(f, 'comments'), (u, 'comments'), (txt, 'comments')]
        elif mode == 1:
            out += [('%s %s 发表于 %s' % (f, u, ctx.later(ctx.n(0, 5))), 'comments'), (txt, 'comments')]
        else:
            out += [('%s　%s：%s' % (f, u, txt), 'comments')]
        if ctx.p(0.4):
            out.append((ctx.c(('回复 支持 反对', '引用 举报', '回复 | 举报', '赞同 %d' % ctx.n(0, 99))), 'comments'))
    return out


def b_op_floor(ctx):
    """The original poster goes on in the next floor of a long thread."""
    ctx.floor_no = getattr(ctx, 'floor_no', 1) + 1
    op = getattr(ctx, 'op', '楼主')
    f = ctx.floor_no
    return ctx.c((
        [('%d楼' % f, 'metadata'), ('%s 楼主' % op, 'metadata')],
        [('#%d　%s　发表于 %s' % (f, op, ctx.later(0)), 'metadata')],
        [('楼主| 发表于 %s %02d:%02d　只看该作者' % (ctx.later(0), ctx.n(0, 23), ctx.n(0, 59)), 'metadata')],
        [('（接上楼）', 'metadata')],
        [('第%d楼　楼主' % f, 'metadata'), ('回复 | 引用', 'metadata')],
        [('%s　%d楼　%s' % (op, f, ctx.later(0)), 'metadata')],
    ))


def b_mobile_top(ctx):
    return ctx.c((
        [('<', 'nav'), ('···', 'nav')], [('‹ 返回', 'nav')], [('× 关闭', 'nav'), ('⋮', 'nav')],
        [('返回　' + ctx.site + '　分享', 'nav')], [('首页　推荐　热点　本地　视频　小视频', 'nav')], [('< 返回  |  首页', 'nav')],
        [('%s  >' % ctx.site, 'nav'), ('搜索', 'nav')],
    ))


def b_expand(ctx):
    return ctx.c((
        [('展开全文', 'paywall')], [('点击展开剩余%d%%' % ctx.n(30, 90), 'paywall')], [('阅读全文 ∨', 'paywall')],
        [('↓ 展开剩余内容 ↓', 'paywall')], [('APP内查看完整内容', 'app_banner')], [('查看全文', 'paywall'), ('⌄', 'paywall')],
    ))


def b_follow(ctx):
    a = getattr(ctx, 'wechat', ctx.site)
    return ctx.c((
        [('点击上方蓝字', 'follow'), ('关注我们', 'follow')],
        [('↑ 点击上方“%s”关注我们' % a, 'follow')],
        [('★ 星标“%s”，第一时间获取更新' % a, 'follow')],
        [('喜欢就点个“在看”吧 👇', 'follow')],
        [('觉得有用，请点亮“在看”，分享给更多人', 'follow')],
        [('👆 关注%s，每天分享实用材料' % a, 'follow')],
        [('长按识别二维码关注', 'follow')],
        [('—— 关注“%s” ——' % a, 'follow'), ('学习路上不孤单', 'follow')],
        [('欢迎转发、点赞、在看三连！', 'follow')],
        [('▼ 点击下方名片，关注公众号 ▼', 'follow')],
        [('+ 关注', 'follow')],
        [('关注作者，获取更多内容', 'follow')],
    ))


def b_disclaimer(ctx):
    return [(ctx.c((
        '免责声明：本文来源于网络，仅用于学习交流，如有侵权请联系后台删除。',
        '声明：本文为作者在%s发布的内容，不代表本平台观点。' % ctx.site,
        '特别提示：本平台仅提供信息存储空间服务，转载请注明出处。',
        '【版权说明】本文内容整理自公开资料，版权归原作者所有。',
        '本文转载自“%s”公众号，转载目的在于传递更多信息。' % ctx.c(WECHAT),
        '以上内容仅供参考，请以官方发布为准。',
        '版权声明：文章所用文字、图片、视频等素材均来自网络，若有侵权请及时告知。',
        '注：本站所有资源均为网友上传，不代表本站立场。',
        '本文由%s用户自行上传，观点仅代表个人。' % ctx.site,
    )), 'disclaimer')]


def b_tags(ctx):
    tags = ctx.rng.sample(['政府工作报告', '两会', ctx.short, '民生', '高质量发展', '营商环境', '乡村振兴', '学习资料', '公文写作',
                           '年度总结', '经济运行', '重点项目'], ctx.n(2, 5))
    return ctx.c((
        [('标签：' + ' '.join(tags), 'tags')], [('关键词：' + '；'.join(tags), 'tags')], [('Tags: ' + ', '.join(tags), 'tags')],
        [(' '.join('#%s' % t for t in tags), 'tags')], [('标签', 'tags')] + [(t, 'tags') for t in tags],
        [('话题：' + ''.join('#%s#' % t for t in tags), 'tags')], [('🏷️ ' + ' / '.join(tags), 'tags')],
    ))


def b_audio(ctx):
    m, s = ctx.n(2, 25), ctx.n(0, 59)
    return ctx.c((
        [('🔊 语音播报', 'audio')], [('听全文', 'audio'), ('00:00 / %02d:%02d' % (m, s), 'audio')],
        [('【智能语音】点击收听本文', 'audio')], [('▶ 播放　❚❚ 暂停　■ 停止', 'audio')],
        [('您的浏览器不支持音频播放', 'audio')], [('AI 语音朗读（约%d分钟）' % m, 'audio')],
        [('播放', 'audio'), ('倍速 1.0x', 'audio')], [('收听音频版 %d\'%02d"' % (m, s), 'audio')],
    ))


def b_video(ctx):
    m, s = ctx.n(1, 15), ctx.n(0, 59)
    return ctx.c((
        [('视频加载中...', 'video')], [('▶', 'video'), ('00:00 / %02d:%02d' % (m, s), 'video')],
        [('您的浏览器不支持 video 标签。', 'video')], [('视频：%s开幕现场' % ctx.c(('大会', '会议', '人代会')), 'video'), ('时长 %02d:%02d' % (m, s), 'video')],
        [('清晰度　超清　高清　标清', 'video'), ('倍速　全屏', 'video')], [('点击播放视频 ▷', 'video')],
        [('[视频] %s：%d分钟看懂政府工作报告' % (ctx.short, ctx.n(1, 9)), 'video')], [('重播　分享　静音', 'video')],
        [('视频来源：%s融媒体中心' % ctx.short, 'video')], [('Your browser does not support the video tag.', 'video')],
    ))


def b_caption(ctx):
    ph = ctx.person()
    return ctx.c((
        [('图为%d年%d月%d日，%s人民代表大会开幕会现场。%s 摄' % (ctx.y, ctx.m, ctx.d, ctx.place, ph), 'caption')],
        [('▲ 会议现场。（记者 %s 摄）' % ph, 'caption')], [('资料图', 'caption')], [('图片来源：视觉中国', 'caption')],
        [('（图片来源于网络，侵删）', 'caption')], [('新华社记者 %s 摄' % ph, 'caption')],
        [('[图片]', 'html_residue'), ('大会现场（摄影：%s）' % ph, 'caption')], [('图1', 'caption'), ('▲ 报告全文封面', 'caption')],
        [('点击图片查看大图', 'caption')], [('（%s 供图）' % ctx.c((ctx.site, '受访者', '%s宣传部' % ctx.short)), 'caption')],
        [('会场全景。本报记者 %s 摄' % ph, 'caption')], [('滑动查看更多图片 >>>', 'caption')],
    ))


def b_robot(ctx):
    name = ctx.c(('小%s' % ctx.short[:1], '政务小助手', '智能小政', '小慧', '%s小秘书' % ctx.short))
    return ctx.c((
        [('智能问答', 'robot'), ('您好，我是%s，请问有什么可以帮您？' % name, 'robot')],
        [('🤖 智能客服', 'robot')], [('在线咨询', 'robot'), ('常见问题', 'robot'), ('人工服务', 'robot')],
        [('智能问答机器人', 'robot'), ('请输入您的问题', 'robot'), ('发送', 'robot')],
        [('有问题？问问%s' % name, 'robot')], [('Hi，我是%s，有什么可以帮您？' % name, 'robot')],
        [('AI 问政', 'robot'), ('猜你想问：公积金怎么提取？', 'robot')],
    ))


def b_cookie(ctx):
    return ctx.c((
        [('本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。', 'cookie'), ('接受', 'cookie'), ('拒绝', 'cookie')],
        [('We use cookies to improve your experience. Accept all | Reject', 'cookie')],
        [('我们使用cookies来改善您的浏览体验。', 'cookie'), ('了解更多 | 同意', 'cookie')],
        [('隐私提示：本站会收集必要的访问信息，详见《隐私政策》。', 'cookie'), ('我知道了', 'cookie')],
        [('Cookie设置', 'cookie'), ('全部接受', 'cookie')],
    ))


def b_app_banner(ctx):
    app = ctx.c(('%s客户端' % ctx.site, '%s APP' % ctx.site, '“%s通”APP' % ctx.short, '%s新闻' % ctx.short))
    return ctx.c((
        [('打开%s，阅读体验更佳' % app, 'app_banner'), ('立即打开', 'app_banner')],
        [('APP内打开', 'app_banner')], [('下载%s 看更多独家内容' % app, 'app_banner'), ('×', 'app_banner')],
        [('扫码下载%s' % app, 'app_banner')], [('📱 在App中查看', 'app_banner')],
        [('打开APP，查看完整内容', 'app_banner'), ('继续在浏览器阅读', 'app_banner')],
        [('使用%s小程序打开' % ctx.site, 'app_banner')],
    ))


def b_login(ctx):
    return ctx.c((
        [('登录', 'login'), ('注册', 'login')], [('您还未登录，请先 登录 | 注册', 'login')],
        [('登录后可收藏文章', 'login')], [('手机号登录', 'login'), ('微信扫码登录', 'login'), ('忘记密码？', 'login')],
        [('登录后查看更多精彩评论', 'login')], [('[登录] [免费注册]', 'login')], [('Sign in', 'login')],
        [('欢迎您，游客！　请登录', 'login')], [('用户名', 'login'), ('密码', 'login'), ('自动登录', 'login'), ('登 录', 'login')],
    ))


def b_feedback(ctx):
    return ctx.c((
        [('本页面信息是否对您有用？', 'feedback'), ('有用', 'feedback'), ('无用', 'feedback')],
        [('【我要纠错】【满意度调查】', 'feedback')], [('您对本页内容满意吗？　非常满意　满意　一般　不满意', 'feedback')],
        [('文章有帮助吗？ 👍 👎', 'feedback')], [('页面评价', 'feedback'), ('☆☆☆☆☆', 'feedback')],
        [('发现错误？点此反馈', 'feedback')],
    ))


def b_toc(ctx):
    heads = [p for p in ctx.doc_paras if re.match('^[一二三四五六七八九十]+、', p) and len(p) <= 40]
    if len(heads) < 2:
        return []
    lab = ctx.c(('目录', '目　录', '文档目录', '本文目录', 'CONTENTS', '目录导航'))
    out = [(lab, 'toc')]
    pg = 1
    for h in heads[:8]:
        pg += ctx.n(1, 5)
        lead = ctx.c(('……', '………………', '.........', ' ', '　', ' ··· ', '——'))
        out.append(('%s%s%d' % (h, lead, pg), 'toc'))
    return out


def b_link(ctx):
    url = 'https://%s/%s/%d/%02d%02d/%s%d.html' % (www(ctx.domain),
                                                 ctx.c(('art', 'content', 'news', 'zwgk', 'a', 'p')), ctx.y, ctx.m, ctx.d,
                                                 ctx.c(('c', 'art_', 't', '')), ctx.n(10000, 9999999))
    return ctx.c((
        [('原文链接：' + url, 'link')], [('阅读原文', 'link')], [('本文地址：' + url, 'link')], [('点击“阅读原文”查看报告全文', 'link')],
        [(url, 'link')], [('[查看原文](%s)' % url, 'link')], [('来源链接：', 'link'), (url, 'link')], [('👉 戳这里查看原文', 'link')],
        [('转载请注明出处：' + url, 'link')],
    ))


def b_intro(ctx):
    if ctx.src.startswith('city'):
        who = {'州': '州长', '盟': '盟长'}.get(ctx.place[-1], ctx.c(('市长', '代市长')))
    elif ctx.src.startswith('provincial'):
        who = '主席' if ctx.place.endswith('自治区') else ('市长' if ctx.place.endswith('市') else '省长')
    else:
        who = '国务院总理'
    return [(ctx.c((
        ('编者按：%d年%d月，%s人民代表大会召开，%s%s代表%s人民政府作政府工作报告。以下为报告全文。' % (ctx.y, ctx.m, ctx.place, who, ctx.person(), ctx.place))
        if ctx.src.startswith(('city', 'provincial')) else '编者按：以下为《%s》全文。' % ctx.title,
        '【编者按】今天，我们一起学习%s。以下内容有删节，请以官方发布为准。' % ctx.title,
        '以下为报告全文：', '全文如下：', '现将报告全文刊发如下。', '（以下为节选）', '小编整理了报告全文，供大家学习参考👇',
        '导读：%s全文来了，收藏备用！' % ctx.title, '▌本期导读',
        '划重点！%s这些数字值得关注。' % (ctx.short if ctx.src.startswith(('city', 'provincial')) else '报告里'),
        '今天，我们重温%s。' % ctx.title, '编者按：%s原文如下，供学习参考。' % ctx.title,
    )), 'intro')]


def b_pdf_viewer(ctx):
    t = getattr(ctx, 'total_pages', 0) or ctx.n(3, 20)
    t = str(t)
    return ctx.c((
        [('1 / %s' % t, 'pagination'), ('－　100%　＋', 'toolbar_actions'), ('下载', 'toolbar_actions'), ('打印', 'toolbar_actions')],
        [('第 1 页 / 共 %s 页' % t, 'pagination'), ('适合页宽 | 实际大小 | 全屏', 'toolbar_actions')],
        [('⬇ 下载PDF　🖨 打印　🔍 查找', 'toolbar_actions')],
        [('缩略图', 'toolbar_actions'), ('书签', 'toolbar_actions'), ('放大', 'toolbar_actions'), ('缩小', 'toolbar_actions')],
        [('PDF预览 · 共%s页' % t, 'pagination')],
        [('在线预览　|　下载原文件（%d.%dMB）' % (ctx.n(0, 9), ctx.n(0, 9)), 'toolbar_actions')],
    ))


def b_print_head(ctx):
    """The header a browser prints on a web page saved as PDF."""
    ap = ctx.c(('上午', '下午', ''))
    return [('%d/%d/%d %s%d:%02d' % (ctx.y, ctx.m, ctx.d, ap, ctx.n(1, 12), ctx.n(0, 59)) + ctx.c(('　　', '\t', '  ')) +
             ctx.c((ctx.title + '_' + ctx.site, ctx.title + ' - ' + ctx.site, ctx.site)), 'print_header')]


BLOCKS = {
    'topbar': (b_topbar, 'nav'), 'sitename': (b_sitename, 'nav'), 'search': (b_search, 'nav'), 'menu': (b_menu, 'nav'),
    'accessibility': (b_accessibility, 'accessibility'), 'breadcrumb': (b_breadcrumb, 'breadcrumb'), 'title': (b_title, 'title_repeat'),
    'metadata': (b_metadata, 'metadata'), 'meta_table': (b_meta_table, 'metadata'), 'meta_news': (b_meta_news, 'metadata'),
    'meta_wechat': (b_meta_wechat, 'metadata'), 'meta_wenku': (b_meta_wenku, 'metadata'), 'meta_tail': (b_meta_tail, 'metadata'),
    'floor': (b_floor, 'metadata'), 'fontsize': (b_fontsize, 'toolbar_fontsize'), 'actions': (b_actions, 'toolbar_actions'),
    'share': (b_share, 'share'), 'qr': (b_qr, 'qr'), 'related': (b_related, 'related'), 'prevnext': (b_prevnext, 'prevnext'),
    'ads': (b_ads, 'ads'), 'paywall': (b_paywall, 'paywall'), 'footer': (b_footer, 'footer'), 'html': (b_html, 'html_residue'),
    'mojibake': (b_mojibake, 'mojibake'), 'pagination_web': (b_pagination_web, 'pagination'), 'attachment': (b_attachment, 'attachment'),
    'comments': (b_comments, 'comments'), 'replies': (b_replies, 'comments'), 'op_floor': (b_op_floor, 'metadata'),
    'mobile_top': (b_mobile_top, 'nav'), 'expand': (b_expand, 'paywall'), 'follow': (b_follow, 'follow'),
    'disclaimer': (b_disclaimer, 'disclaimer'), 'tags': (b_tags, 'tags'), 'audio': (b_audio, 'audio'), 'video': (b_video, 'video'),
    'caption': (b_caption, 'caption'), 'robot': (b_robot, 'robot'), 'cookie': (b_cookie, 'cookie'), 'app_banner': (b_app_banner, 'app_banner'),
    'login': (b_login, 'login'), 'feedback': (b_feedback, 'feedback'), 'toc': (b_toc, 'toc'), 'link': (b_link, 'link'),
    'intro': (b_intro, 'intro'), 'print_head': (b_print_head, 'print_header'), 'pdf_viewer': (b_pdf_viewer, 'toolbar_actions'),
}

# Per style: (head candidates with probability, in a loose order), mid candidates, tail candidates.
PLAN = {
    'portal': (
        [('cookie', .25), ('accessibility', .5), ('topbar', .8), ('sitename', .7), ('search', .6), ('login', .2), ('menu', .8),
         ('robot', .3), ('breadcrumb', .85), ('title', .7), ('meta_table', .4), ('metadata', .8), ('fontsize', .6), ('audio', .25),
         ('actions', .35), ('mojibake', .15), ('html', .15)],
        ['caption', 'video', 'html', 'mojibake', 'pagination_web', 'audio'],
        [('attachment', .3), ('actions', .5), ('fontsize', .15), ('share', .5), ('qr', .5), ('feedback', .45), ('meta_tail', .4),
         ('prevnext', .5), ('related', .6), ('robot', .15), ('mojibake', .15), ('html', .15), ('footer', .95)]),
    'news': (
        [('app_banner', .3), ('login', .2), ('topbar', .4), ('sitename', .6), ('menu', .7), ('breadcrumb', .5), ('title', .7),
         ('meta_news', .9), ('fontsize', .3), ('share', .3), ('audio', .25), ('video', .3), ('caption', .3), ('mojibake', .1),
         ('html', .2), ('intro', .4)],
        ['ads', 'caption', 'video', 'html', 'pagination_web', 'related', 'app_banner', 'mojibake'],
        [('meta_tail', .7), ('tags', .4), ('share', .5), ('pagination_web', .2), ('prevnext', .3), ('related', .7), ('ads', .4),
         ('comments', .45), ('login', .15), ('app_banner', .2), ('link', .15), ('html', .2), ('cookie', .1), ('footer', .85)]),
    'party': (
        [('sitename', .5), ('menu', .4), ('breadcrumb', .4), ('title', .7), ('meta_wechat', .55), ('metadata', .4), ('follow', .4),
         ('intro', .3), ('audio', .2), ('html', .3), ('mojibake', .15)],
        ['follow', 'html', 'caption', 'ads', 'mojibake', 'audio'],
        [('meta_tail', .5), ('link', .35), ('disclaimer', .3), ('follow', .5), ('share', .5), ('qr', .3), ('related', .6),
         ('comments', .4), ('tags', .2), ('mojibake', .1), ('html', .3), ('footer', .6)]),
    'wenku': (
        [('app_banner', .2), ('login', .3), ('sitename', .6), ('search', .4), ('menu', .5), ('breadcrumb', .6), ('title', .95),
         ('meta_wenku', .9), ('actions', .4), ('paywall', .3), ('toc', .4)],
        ['paywall', 'ads', 'paywall', 'html', 'mojibake', 'pagination_web'],
        [('paywall', .8), ('actions', .3), ('disclaimer', .3), ('related', .7), ('tags', .3), ('ads', .3), ('footer', .7)]),
    'forum': (
        [('login', .3), ('sitename', .5), ('menu', .5), ('breadcrumb', .6), ('title', .85), ('floor', .9), ('tags', .2), ('html', .2)],
        ['html', 'ads', 'caption', 'paywall', 'op_floor', 'op_floor'],
        [('tags', .3), ('link', .2), ('disclaimer', .4), ('share', .4), ('replies', .6), ('comments', .4), ('related', .4),
         ('app_banner', .2), ('footer', .5)]),
    'mobile': (
        [('app_banner', .6), ('mobile_top', .8), ('cookie', .1), ('title', .6), ('meta_news', .7), ('follow', .3), ('audio', .15),
         ('video', .3), ('caption', .3), ('intro', .3)],
        ['app_banner', 'expand', 'ads', 'caption', 'video', 'html'],
        [('expand', .4), ('meta_tail', .4), ('share', .6), ('tags', .3), ('related', .8), ('comments', .5), ('app_banner', .5),
         ('login', .2), ('disclaimer', .3), ('footer', .3)]),
    'pdf': (
        [('sitename', .4), ('pdf_viewer', .5), ('title', .8), ('meta_wenku', .4), ('toc', .4)],
        [],
        [('paywall', .5), ('related', .2), ('footer', .3)]),
}


# --------------------------------------------------------------------------- layout of the content

def wrap_para(ctx, text, width, first_indent, stop_cut):
    """Cut a paragraph every `width` characters; closing punctuation hangs on the line before; never next to whitespace."""
    pieces = []
    i = 0
    w = width - first_indent
    while i < len(text):
        j = min(len(text), i + w)
        if stop_cut and j < len(text):
            k = text.find('。', i + 6, j - 1)
            if k > 0 and ctx.p(0.25):
                j = k + 1
        while j < len(text) and text[j] in CLOSE_PUNCT:
            j += 1
        while 0 < j < len(text) and (text[j].isspace() or text[j - 1].isspace()):
            j += 1
        pieces.append(text[i:j])
        i = j
        w = width
    return pieces


def page_number_lines(ctx, n, total):
    if ctx.printed:
        return [(ctx.printed_url + ctx.c(('　　', '  ', '\t')) + '%d/%s' % (n, total), 'print_header'), ('', 'blank'),
                (b_print_head(ctx)[0][0], 'print_header')]
    f = ctx.pn_form
    out = [(f(n, total), 'pagination')]
    if ctx.running:
        out.append((ctx.running, 'title_repeat'))
    return out


TOTAL = '{TOTAL}'
PN_FORMS = [lambda n, t: '- %d -' % n, lambda n, t: '— %d —' % n, lambda n, t: '第%d页' % n, lambda n, t: '第 %d 页，共 %s 页' % (n, t),
            lambda n, t: '%d/%s' % (n, t), lambda n, t: 'Page %d' % n, lambda n, t: '·%d·' % n, lambda n, t: str(n),
            lambda n, t: fw(str(n)), lambda n, t: '－%d－' % n, lambda n, t: 'P%d' % n, lambda n, t: '%d / %s' % (n, t),
            lambda n, t: '〔%d〕' % n, lambda n, t: '第%s页' % cn_num(n)]


def cn_num(n):
    d = '〇一二三四五六七八九'
    if n < 10:
        return d[n]
    return ('' if n < 20 else d[n // 10]) + '十' + ('' if n % 10 == 0 else d[n % 10])


def build_page(rng, src, paras, s, e, style, site, domain, sc_titles, place, short, pdf_width):
    ctx = Ctx(rng, src, style, title_of(src, sc_titles), place, short, year_of(src), site, domain)
    ctx.national = site == '中国政府网' or any(site == m for m, _ in MINISTRIES)
    ctx.doc_paras = paras
    ctx.wechat = rng.choice(WECHAT)
    head_p, mid_p, tail_p = PLAN[style]
    rows = []  # (text, label, kind, para)
    variants = []

    def add_block(name):
        fn, _ = BLOCKS[name]
        lines = fn(ctx)
        if lines:
            variants.append(name)
            pad = rng.choice(('', '', '', '', '', '', '', '', '  ', '　　', '\t', '        '))
            for t, k in lines:
                rows.append((pad + t if k != 'blank' else t, 'blank' if k == 'blank' else 'chrome', k, None))
            if ctx.p(0.25):
                rows.append((rng.choice(('', '', ' ', '　')), 'blank', 'blank', None))

    head = [b for b, pr in head_p if rng.random() < pr]
    if rng.random() < 0.3 and len(head) > 3:
        # shuffle a window of the head a bit
        a = rng.randint(0, len(head) - 3)
        win = head[a:a + 3]
        rng.shuffle(win)
        head[a:a + 3] = win
    if style == 'wenku' and 'title' not in head:
        head.insert(0, 'title')
    if style == 'pdf' and rng.random() < 0.25:
        head.insert(0, 'print_head')
    for b in head:
        add_block(b)
    variants.append('|content')
    # content layout
    indent = rng.choice(('', '', '　　', '　　', '　', '  ', '    ', '\t'))
    head_indent = indent if rng.random() < 0.6 else ''
    blank = rng.choice(('0', '1', '1', '2', 'ws'))
    residue = style in ('news', 'party', 'forum') and e - s <= 20 and rng.random() < 0.2
    pdf = style == 'pdf'
    layout = []
    if pdf:
        width = pdf_width
        stop_cut = rng.random() < 0.5
        layout.append('pdf_w%d' % width + (',stop_cut' if stop_cut else ''))
        ctx.pn_form = rng.choice(PN_FORMS)
        ctx.printed = rng.random() < 0.25
        ctx.printed_url = 'https://%s/art/%d/%d/%d/art_%d_%d.html' % (rng.choice(('www.gov.cn', 'www.zf.gov.cn', 'news.example.cn', 'www.%s.gov.cn' % rng.choice(('js', 'sd', 'hb', 'sc')))),
                                                                      ctx.y, ctx.m, ctx.d, rng.randint(100, 9999), rng.randint(100000, 9999999))
        if ctx.printed:
            layout.append('printed')
        ctx.running = rng.choice((None, ctx.title, '— %s —' % ctx.title, '《%s》' % ctx.title, ctx.title[:16], '%s  %d' % (ctx.title[:18], ctx.y))) \
            if rng.random() < 0.7 else None
        lines_per_page = rng.randint(12, 30)
        ctx.total_pages = TOTAL  # a placeholder, replaced by the real count once the content is laid out
        ctx.page_no = rng.randint(1, 2)
        blank = rng.choice(('0', '0', '1'))
    layout.append('indent=%r' % indent)
    layout.append('blank=%s' % blank)
    if residue:
        layout.append('residue_wrap')
    n_mid = 0 if pdf else rng.randint(0, 3 if (e - s) > 6 else 1)
    mid_at = set(rng.sample(range(s + 1, e + 1), min(n_mid, e - s))) if e > s else set()
    line_count = 0
    for p in range(s, e + 1):
        text = paras[p]
        kind = content_kind(paras, p)
        if p in mid_at and mid_p:
            add_block(rng.choice(mid_p))
        ind = head_indent if kind != 'content' else indent
        if pdf:
            pieces = wrap_para(ctx, text, width, len(ind.expandtabs(2)) if ind else 0, stop_cut)
            for j, piece in enumerate(pieces):
                line_count += 1
                if line_count >= lines_per_page and (j > 0 or rng.random() < 0.7):
                    line_count = 0
                    ctx.page_no += 1
                    variants.append('pagebreak_inpara' if j > 0 else 'pagebreak')
                    if rng.random() < 0.4:
                        rows.append(('', 'blank', 'blank', None))
                    for t, k in page_number_lines(ctx, ctx.page_no - 1, ctx.total_pages):
                        rows.append((t, 'blank' if k == 'blank' else 'chrome', k, None))
                    if rng.random() < 0.4:
                        rows.append(('', 'blank', 'blank', None))
                rows.append(((ind if j == 0 else '') + piece, 'content', kind, p))
        else:
            if residue:
                rows.append((rng.choice(('<p>', '<p style="text-indent:2em;">', '<p class="ql-block">', '<p data-track="%d">' % (p - s + 1))), 'chrome', 'html_residue', None))
            rows.append((ind + text, 'content', kind, p))
            if residue:
                rows.append(('</p>', 'chrome', 'html_residue', None))
        if p < e:
            if blank == '1':
                rows.append(('', 'blank', 'blank', None))
            elif blank == '2':
                rows += [('', 'blank', 'blank', None)] * 2
            elif blank == 'ws':
                rows.append((rng.choice(('　', ' ', '  ', '\t', '　　')), 'blank', 'blank', None))
    if pdf:
        ctx.page_no += 1
        for t, k in page_number_lines(ctx, ctx.page_no - 1, ctx.total_pages)[:1]:
            rows.append((t, 'chrome', k, None))
    variants.append(','.join(layout))
    variants.append('content|')
    tail = [b for b, pr in tail_p if rng.random() < pr]
    for b in tail:
        add_block(b)
    if pdf:
        total = str(ctx.page_no + rng.choice((0, 0, 1, 3, 8)))
        rows = [(r[0].replace(TOTAL, total),) + r[1:] if r[1] == 'chrome' else r for r in rows]
    # no chrome line may equal a content line of the page; drop such lines
    content = {r[0].strip() for r in rows if r[1] == 'content'}
    rows = [r for r in rows if not (r[1] == 'chrome' and r[0].strip() in content)]
    # a chrome line must not be empty
    rows = [r if r[1] != 'chrome' or r[0].strip() else (r[0], 'blank', 'blank', None) for r in rows]
    return rows, variants


# --------------------------------------------------------------------------- choosing the runs

def old_ranges():
    out = collections.defaultdict(list)
    for name in OLD_SETS:
        p = os.path.join(HERE, '..', name, 'index.tsv')
        for r in open(p, encoding='utf-8').read().strip('\n').split('\n')[1:]:
            c = r.split('\t')
            out[c[2]].append((int(c[3]), int(c[4])))
    return out


def free_run(rng, paras, taken, where, lo_len, hi_len):
    """A run [s, e] of 5..hi_len good paragraphs, not overlapping `taken`, at head / tail / middle."""
    n = len(paras)
    ok = [not bad_para(p) for p in paras]
    free = [ok[i] and not any(a <= i <= b for a, b in taken) for i in range(n)]
    want = rng.randint(lo_len, hi_len)
    cands = []
    for s in range(n):
        if not free[s]:
            continue
        e = s
        while e + 1 < n and free[e + 1] and e + 1 - s + 1 <= want:
            e += 1
        if e - s + 1 >= 5:
            cands.append((s, e))
    if not cands:
        return None
    if where == 'head':
        c = [x for x in cands if x[0] <= 3]
        if c:
            return c[0]
    if where == 'tail':
        # the longest run of at most `want` paragraphs that ends with the document
        for ln in range(min(want, n), 4, -1):
            if all(free[i] for i in range(n - ln, n)):
                return (n - ln, n - 1)
    mids = [x for x in cands if x[0] > 3 and x[1] < n - 1]
    return rng.choice(mids or cands)


def main():
    rng = random.Random(SEED)
    corpus = find_corpus()
    sc_titles = {}
    for r in open(os.path.join(corpus, 'state_council_2004_2019', '_index.tsv'), encoding='utf-8').read().strip().split('\n')[1:]:
        c = r.split('\t')
        sc_titles[c[0]] = c[2]
    old = old_ranges()
    docs = []
    for f in FOLDERS:
        for name in sorted(os.listdir(os.path.join(corpus, f))):
            if not name.endswith('.txt') or any(k in name for k in SKIP_FILES):
                continue
            docs.append('%s/%s' % (f, name))
    fresh = [d for d in docs if d not in old]
    used = [d for d in docs if d in old]
    rng.shuffle(fresh)
    rng.shuffle(used)
    # every fresh document, then used documents from each folder
    plan = list(fresh)
    per_folder = {'provincial_gwr_2025': 14, 'national_gwr_wikisource': 12, 'cpc_congress_wikisource': 7,
                  'state_council_2004_2019': 8, 'city_gwr_2024': 12}
    for f, k in per_folder.items():
        plan += [d for d in used if d.startswith(f)][:k]
    styles = [STYLES[i % len(STYLES)] for i in range(len(plan))]
    rng.shuffle(styles)
    wheres = [('head', 'tail', 'middle', 'head', 'tail')[i % 5] for i in range(len(plan))]
    rng.shuffle(wheres)
    for sub in ('pages', 'gold'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    site_pools = {'mobile': MOBILE_SITES, 'news': NEWS_SITES, 'party': PARTY_SITES, 'wenku': WENKU_SITES, 'forum': FORUM_SITES, 'pdf': PDF_SITES}
    index = ['\t'.join(('doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'))]
    no = 0
    widths = []  # PDF line widths, drawn without repetition
    for src, style, where in zip(plan, styles, wheres):
        paras = read_paras(os.path.join(corpus, src))
        hi = 14 if style == 'pdf' else rng.choice((12, 18, 25, 40))
        run = free_run(rng, paras, old.get(src, []), where, 5, hi)
        if run is None:
            print('no run for', src)
            continue
        s, e = run
        place, short = place_of(src)
        if src.startswith(('state_council', 'national_gwr', 'cpc_congress')):
            # the page is a repost on a local or national site: its chrome names the host's place
            host = rng.choice([d for d in docs if d.startswith('city_gwr_2024')])
            place, short = place_of(host)
        if style == 'portal':
            r = rng.random()
            if src.startswith(('state_council', 'national_gwr', 'cpc_congress')) and r < 0.6:
                if r < 0.5:
                    site, domain = '中国政府网', 'www.gov.cn'
                else:
                    site, domain = rng.choice(MINISTRIES)
            elif r < 0.4:
                county = rng.choice(COUNTIES)
                site, domain = '%s人民政府' % county, '%s.gov.cn' % rng.choice(('xian', 'zf', 'www'))
            else:
                site, domain = rng.choice(('%s人民政府' % place, '%s人民政府门户网站' % place, '%s政府网' % short)), 'www.%s.gov.cn' % rng.choice(('zf', 'city', 'gov'))
        else:
            site, domain = rng.choice(site_pools[style])
            if style == 'pdf' and site.startswith('市'):
                site = short + site
        if style == 'pdf':
            if not widths:
                widths = rng.sample(range(20, 47), 27)
            width = widths.pop()
        else:
            width = None
        rows, variants = build_page(rng, src, paras, s, e, style, site, domain, sc_titles, place, short, width)
        # drop leading / trailing blank lines
        while rows and rows[0][1] == 'blank':
            rows.pop(0)
        while rows and rows[-1][1] == 'blank':
            rows.pop()
        no += 1
        doc = '%03d' % no
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(r[0] + '\n' for r in rows))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, label, kind, para) in enumerate(rows, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, label, kind, '' if para is None else para))
        index.append('\t'.join((doc, style, src, str(s), str(e), str(len(rows)), ';'.join(variants), site)))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages:', no)


if __name__ == '__main__':
    main()
