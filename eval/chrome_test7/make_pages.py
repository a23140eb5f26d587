#!/usr/bin/env python3
"""Generator of the locked chrome TEST set 7 (issue 14); stdlib only, deterministic (seed 730192026).

Reads the shared corpus (five text folders), picks one contiguous run of 5-40 real paragraphs per
source document (preferring documents and ranges the earlier page sets' index.tsv do not list),
wraps it in page chrome written for this set by helper "chrometest7", and writes

  pages/NNN.txt   the page (UTF-8, \\n line ends, final newline)
  gold/NNN.tsv    line  label  kind  para   (one row per page line; para = 0-based source paragraph)
  index.tsv       doc  style  source_file  para_start  para_end  n_lines  variants  site

Run from anywhere: python make_pages.py [--corpus DIR]. The corpus is $TEXTLAB_CORPUS, else
../shared/corpus beside the repository (a worktree sits one level deeper).
"""
import collections
import datetime
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 730192026
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
PLAN = {'city_gwr_2024': 52, 'provincial_gwr_2025': 16, 'state_council_2004_2019': 14,
        'national_gwr_wikisource': 13, 'cpc_congress_wikisource': 7}
STYLE_SHARES = [('portal', 22), ('news', 14), ('party', 11), ('wechat', 11), ('wenku', 10), ('forum', 9),
                ('mobile', 9), ('pdf', 16)]
SKIP_FILES = ('廣州共產黨報告', '03_中共第3次', '1954_国务院', '1956_国务院', '国家教材委员会组成人员')
# source lines that are the corpus file's own web residue or editorial matter: never content of a run
BAD_LINE = re.compile(r'^(来源[：:]|责任编辑|编辑[：:]|记者|打印|关闭|分享|网站地图|主办单位：.*(办公室|网站)|备案号|网站标识码|'
                      r'.*ICP备|.*公网安备|.*版权所有|党政机关$|注[：:]|（本文有删减）|↑|\[\d+\]|名词解释|附件|扫一扫|'
                      r'【|字号|浏览次数|发布时间|上一篇|下一篇)')
STRONG_RESIDUE = re.compile(r'ICP备|网站标识码|公网安备|版权所有|网站地图|责任编辑|打印关闭|分享到')


def find_corpus():
    if '--corpus' in sys.argv:
        return sys.argv[sys.argv.index('--corpus') + 1]
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS to the folder of the shared corpus')


def cjk(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def read_index(corpus, folder):
    out = {}
    p = os.path.join(corpus, folder, '_index.tsv')
    rows = [l.split('\t') for l in open(p, encoding='utf-8').read().strip('\n').split('\n')]
    head = rows[0]
    for r in rows[1:]:
        d = dict(zip(head, r))
        out[d['file']] = d
    return out


def earlier_ranges():
    """source_file -> [(start, end)] from the index.tsv of every other chrome set (ranges only)."""
    out = collections.defaultdict(list)
    ev = os.path.dirname(HERE)
    for name in sorted(os.listdir(ev)):
        p = os.path.join(ev, name, 'index.tsv')
        if not name.startswith('chrome_') or name == os.path.basename(HERE) or not os.path.exists(p):
            continue
        rows = [l.split('\t') for l in open(p, encoding='utf-8').read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out[r[si]].append((int(r[a]), int(r[b])))
    return out


def content_kind(p, i, n, paras):
    s = p.strip()
    if s in ('各位代表：', '同志们：') or (s.startswith('各') and s.endswith('：') and len(s) < 80):
        return 'greeting'
    if s.endswith('：') and len(s) < 40 and re.search(r'国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', s):
        return 'greeting'
    if re.match(r'^(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$', s) or s == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and re.match(r'^(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$', paras[i + 1]) and len(s) < 30:
        return 'signature'
    if s in ('各位代表！', '同志们！') or (s.endswith('！') and i >= n - 2):
        return 'closing'
    if len(s) <= 60 and '。' not in s and not s[-1] in '。；！？':
        return 'heading'
    return 'content'


class Doc:
    def __init__(self, folder, fname, paras, meta):
        self.folder, self.fname, self.paras, self.meta = folder, fname, paras, meta
        self.src = folder + '/' + fname
        self.usable = [self.ok(i) for i in range(len(paras))]
        # the corpus file's own web-page residue at its end: nothing from there on is usable
        n = len(paras)
        for i in range(int(n * 0.6), n):
            if STRONG_RESIDUE.search(paras[i]):
                for j in range(i, n):
                    self.usable[j] = False
                break

    def ok(self, i):
        p = self.paras[i]
        return cjk(p) >= 2 and not BAD_LINE.match(p) and len(p) <= 1500

    def windows(self, used):
        """Maximal runs of usable paragraphs, as (start, end, fresh) with fresh = outside earlier ranges."""
        n = len(self.paras)
        taken = [False] * n
        for a, b in used:
            for k in range(max(0, a), min(n - 1, b) + 1):
                taken[k] = True
        out = []
        for fresh in (True, False):
            i = 0
            while i < n:
                if self.usable[i] and (not fresh or not taken[i]):
                    j = i
                    while j + 1 < n and self.usable[j + 1] and (not fresh or not taken[j + 1]):
                        j += 1
                    if j - i + 1 >= 5:
                        out.append((i, j, fresh))
                    i = j + 1
                else:
                    i += 1
        return out, taken


def place_name(doc):
    f = doc.fname
    if doc.folder == 'city_gwr_2024':
        return f.split('_')[1]
    if doc.folder == 'provincial_gwr_2025':
        return f.split('_')[1]
    return ''


def doc_title(doc):
    f = doc.fname
    if doc.folder == 'city_gwr_2024':
        c = place_name(doc)
        return '%s市2024年政府工作报告' % c if not c.endswith(('市', '州', '盟', '区')) else '%s2024年政府工作报告' % c
    if doc.folder == 'provincial_gwr_2025':
        return '2025年%s政府工作报告' % place_name(doc)
    if doc.folder == 'national_gwr_wikisource':
        return '%s年国务院政府工作报告' % f[:4]
    if doc.folder == 'cpc_congress_wikisource':
        return re.sub(r'\s*\(.*\)$', '', doc.meta.get('title', f.split('_')[-1][:-4]))
    return doc.meta.get('title', f.split('_')[-1][:-4])


# ---------------------------------------------------------------------------------------------------
# random material
SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIVEN = '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂晨辉鹏华红玉兰飞宇浩凯健俊帆帅旭宁龙林欣琳楠思雪颖梅丹亮成志新海波斌春晓峰云昊博文婷怡佳嘉瑞琪'
PROVS = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西',
         '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海',
         '宁夏', '新疆']
PROV_ABBR = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新'
HOST_CITIES = ['绵阳', '岳阳', '九江', '芜湖', '湛江', '宜昌', '洛阳', '柳州', '遵义', '德州', '盐城', '台州', '赣州', '襄阳',
               '榆林', '曲靖', '常德', '宝鸡', '泉州', '镇江']
WEEK = '一二三四五六日'
SITE_DOMAINS = {'人民网': 'people.com.cn', '新华网': 'news.cn', '中国青年网': 'youth.cn', '光明网': 'gmw.cn', '北青网': 'ynet.com',
                '红网': 'rednet.cn', '大河网': 'dahe.cn', '荆楚网': 'cnhubei.com', '东北网': 'dbw.cn', '中国经济网': 'ce.cn',
                '共产党员网': '12371.cn', '人民网-中国共产党新闻网': 'cpc.people.com.cn', '求是网': 'qstheory.cn', '旗帜网': 'qizhiwang.org.cn',
                '百度文库': 'wenku.baidu.com', '原创力文档': 'max.book118.com', '豆丁网': 'docin.com', '道客巴巴': 'doc88.com',
                '爱问共享资料': 'ishare.iask.sina.com.cn', 'docin文档': 'docin.com', '淘豆网': 'taodocs.com', '第一范文网': 'diyifanwen.com',
                '360文库': 'wenku.so.com', '新浪爱问': 'iask.sina.com.cn', '天涯社区': 'tianya.cn', '凯迪社区': 'kdnet.net',
                '百度贴吧': 'tieba.baidu.com', '知乎': 'zhihu.com', '搜狐号': 'sohu.com', '百家号': 'baijiahao.baidu.com',
                '今日头条': 'toutiao.com', '腾讯新闻': 'news.qq.com', '凤凰新闻': 'ifeng.com', '新华社客户端': 'xhpfmapi.xinhuaxmt.com',
                '人民日报客户端': 'peopleapp.com', '学习强国': 'xuexi.cn', '金山文档': 'kdocs.cn', '腾讯文档': 'docs.qq.com',
                'WPS Office': 'wps.cn'}


class R:
    """Random helpers bound to one page's generator."""

    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def i(self, a, b):
        return self.r.randint(a, b)

    def name(self):
        return self.c(SURNAMES) + ''.join(self.c(GIVEN) for _ in range(self.i(1, 2)))

    def digits(self, n):
        return ''.join(str(self.i(0, 9)) for _ in range(n))

    def sp(self):
        return self.c(['　', '  ', ' ', '　　', '\u3000 ', '   ', ' | ', '｜', ' · '])


def mojibake(text, r):
    """The text as a page shows it when its UTF-8 bytes are decoded with a wrong code page."""
    b = text.encode('utf-8')
    enc = r.c(['gbk', 'cp1252', 'latin-1', 'big5'])
    s = b.decode(enc, errors='replace')
    s = ''.join(ch for ch in s if unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Cf', 'Zl', 'Zp')
                and ch not in '\r\n\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e')
    return s, enc


class Page:
    def __init__(self, r, doc, start, end, style, ctx):
        self.r, self.doc, self.start, self.end, self.style, self.ctx = r, doc, start, end, style, ctx
        self.rows = []            # (text, label, kind, para)
        self.variants = []

    def chrome(self, items, name=None):
        if name:
            self.variants.append(name)
        for t, k in items:
            if k == 'blank':
                self.rows.append((t, 'blank', 'blank', ''))
            else:
                self.rows.append((t, 'chrome', k, ''))

    def blank(self, ws=''):
        self.rows.append((ws, 'blank', 'blank', ''))


# ---------------------------------------------------------------------------------------------------
# chrome blocks: each returns a list of (text, kind); ('', 'blank') for a blank line inside the block.

def b_cookie(r, x):
    opts = [
        [('本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。', 'cookie'), ('同意　　了解更多', 'cookie')],
        [('We use cookies to give you a better experience. By continuing you agree to our cookie policy.', 'cookie'),
         ('Accept all   Reject   Settings', 'cookie')],
        [('为保障您的合法权益，请阅读《隐私政策》和《用户服务协议》，点击“同意并继续”即表示您已阅读并同意全部条款。', 'cookie'),
         ('不同意　｜　同意并继续', 'cookie')],
        [('🍪 本站会收集必要的浏览数据用于统计分析 [好的] [拒绝非必要Cookie]', 'cookie')],
        [('温馨提示：本网站采用Cookie技术记录访问偏好，您可以在浏览器设置中关闭。', 'cookie'), ('我已知晓', 'cookie')],
    ]
    return r.c(opts)


def b_access(r, x):
    items = ['无障碍浏览', '声音开关', '语速调节', '背景配色', '放大镜', '大字幕', '辅助线', '页面缩放', '阅读模式', '指读模式',
             '连续读', '关闭辅助', '还原']
    k = r.i(0, 3)
    if k == 0:
        return [('无障碍阅读' + r.sp() + '长者模式' + r.sp() + '繁體版', 'accessibility')]
    if k == 1:
        sel = r.r.sample(items, r.i(6, 10))
        return [(''.join('【%s】' % s for s in sel), 'accessibility')]
    if k == 2:
        sel = r.r.sample(items, r.i(4, 7))
        return [(s, 'accessibility') for s in sel]
    return [('适老化服务：' + r.c(['开启', '已关闭']) + '　字体放大　高对比度　语音导读', 'accessibility')]


def weekday_line(r, x):
    d = x['date']
    w = WEEK[d.weekday()]
    k = r.i(0, 4)
    if k == 0:
        return '今天是：%d年%d月%d日 星期%s' % (d.year, d.month, d.day, w)
    if k == 1:
        return '%04d-%02d-%02d　周%s　%s' % (d.year, d.month, d.day, w, r.c(['晴', '多云', '小雨', '阴 -2℃~6℃', '晴 12℃']))
    if k == 2:
        return 'Today: %s, %s %d, %d' % (d.strftime('%A'), d.strftime('%B'), d.day, d.year)
    if k == 3:
        return '%d年%02d月%02d日 农历%s' % (d.year, d.month, d.day, r.c(['腊月廿三', '正月初九', '腊月十八', '二月初二', '正月十六']))
    return '欢迎访问%s！今天是%d年%d月%d日' % (x['site'], d.year, d.month, d.day)


def b_topbar(r, x):
    out = [(weekday_line(r, x), 'nav')]
    k = r.i(0, 3)
    if k == 0:
        out.append(('登录' + r.sp() + '注册' + r.sp() + '个人中心', 'login'))
    elif k == 1:
        out.append(('手机版' + r.sp() + '政务微博' + r.sp() + '政务微信' + r.sp() + 'English', 'nav'))
    elif k == 2:
        out.append(('您好，欢迎来到%s　[请登录]　[免费注册]' % x['site'], 'login'))
    if r.p(0.4):
        r.r.shuffle(out)
    return out


def b_sitename(r, x):
    k = r.i(0, 4)
    s = x['site']
    if k == 0:
        return [(s, 'nav')]
    if k == 1:
        return [(s, 'nav'), (x['domain'].upper().replace('.', ' . ') if r.p(0.3) else x['pinyin'], 'nav')]
    if k == 2:
        return [('logo', 'nav'), (s, 'nav')]
    if k == 3:
        return [('[%s]' % s, 'nav')]
    return [('%s  www.%s' % (s, x['domain']), 'nav')]


def b_search(r, x):
    return [r.c([('请输入关键词', 'nav'), ('站内搜索　　　　搜索', 'nav'), ('搜索：全站 ▼ 输入您要搜索的内容 🔍', 'nav'),
                 ('高级检索 | 热词：%s 营商环境 公积金 社保' % r.c(['两会', '政府工作报告', '人才政策', '招聘']), 'nav'),
                 ('Search...', 'nav')])]


PORTAL_MENU = ['首页', '政务公开', '政务服务', '互动交流', '走进%s', '新闻中心', '政策文件', '数据开放', '专题专栏', '办事指南',
               '领导之窗', '机构职能', '公众参与', '投资%s', '文旅%s']
PORTAL_MENU_PY = ['SHOU YE', 'ZHENG WU GONG KAI', 'ZHENG WU FU WU', 'HU DONG JIAO LIU', 'XIN WEN ZHONG XIN']


def b_menu_portal(r, x):
    sel = [m % x['place'] if '%s' in m else m for m in r.r.sample(PORTAL_MENU, r.i(5, 9))]
    if '首页' in sel:
        sel.remove('首页')
    sel = ['首页'] + sel
    k = r.i(0, 3)
    if k == 0:
        return [(r.sp().join(sel), 'nav')]
    if k == 1:
        return [(s, 'nav') for s in sel]
    if k == 2:
        out = []
        for s in sel[:4]:
            out.append((s, 'nav'))
        out.append(('　'.join(PORTAL_MENU_PY[:r.i(3, 5)]), 'nav'))
        return out
    return [('\t'.join(sel), 'nav')]


def b_robot(r, x):
    k = r.i(0, 2)
    if k == 0:
        return [('智能小%s' % r.c(['政', '助', '微', '蓉', '舟', '通']), 'robot'),
                ('Hi，我是您的政务小助手，想办什么事？直接问我吧～', 'robot'), ('热门：社保查询　公积金提取　居住证办理', 'robot')]
    if k == 1:
        return [('在线咨询', 'robot'), ('输入问题，如“怎么开具无犯罪记录证明”', 'robot'), ('提交', 'robot')]
    return [('🤖 智能问答 24小时在线 ｜ 转人工', 'robot')]


def crumb_items(r, x):
    base = ['首页', r.c(['政务公开', '信息公开', '政府信息公开', '新闻中心', '政策文件']),
            r.c(['政府工作报告', '规划计划', '重要会议', '工作报告', '政府文件', '法定主动公开内容', '通知公告'])]
    if r.p(0.4):
        base.insert(2, r.c(['市政府文件', '年度报告', '政务动态', '公文公报']))
    return base


def b_breadcrumb(r, x):
    items = crumb_items(r, x)
    k = r.i(0, 5)
    if k == 0:
        return [('当前位置：' + ' > '.join(items), 'breadcrumb')]
    if k == 1:
        return [('您现在的位置: ' + ' >> '.join(items) + ' >> 正文', 'breadcrumb')]
    if k == 2:
        return [('📍 ' + ' / '.join(items), 'breadcrumb')]
    if k == 3:
        return [('位置：', 'breadcrumb')] + [(s + ' ›', 'breadcrumb') for s in items[:-1]] + [(items[-1], 'breadcrumb')]
    if k == 4:
        return [(' → '.join(['[%s](https://%s/%s/)' % (s, x['domain'], r.c(['zwgk', 'xxgk', 'col', 'news', 'zfxx']))
                            for s in items]), 'breadcrumb')]
    return [('所在栏目 ' + '-'.join(items), 'breadcrumb')]


def title_forms(r, x):
    t, s = x['title'], x['site']
    short = x['short']
    return [
        '%s_%s' % (t, s), '%s - %s' % (t, s), '【%s】' % t, '%s（全文）' % t, '全文 | %s' % t, '%s——%s' % (s, short),
        '<title>%s|%s</title>' % (t, s), '标题：%s' % t, '%s【全文】' % short, '重磅！%s全文来了' % short,
        '%s %s发布' % (t, x['date'].strftime('%Y-%m-%d')), '《%s》' % t, '%s（附全文）' % short, '权威发布丨%s' % t,
        '%s.docx' % t, '%s - 百度搜索' % t, '%s｜%s' % (short, s), t,
    ]


def b_title(r, x):
    forms = title_forms(r, x)
    t = r.c(forms)
    if r.p(0.15) and len(x['title']) > 12:
        cut = len(x['title']) // 2
        return [(x['title'][:cut], 'title_repeat'), (x['title'][cut:], 'title_repeat')]
    return [(t, 'title_repeat')]


def b_zwgk(r, x):
    d = x['date']
    rows = [('索引号', '%s/%d-%s' % (r.digits(9) + r.c('ABCDEFGHJKLMN') + r.digits(2) if r.p(0.5) else '1' + r.digits(8) + 'X',
                                   d.year, r.digits(5))),
            ('发布机构', x['organ']), ('主题分类', r.c(['综合政务/政府工作报告', '国民经济管理、国有资产监管', '综合政务\\其他', '政府工作'])),
            ('成文日期', '%d年%02d月%02d日' % (d.year, d.month, max(1, d.day - r.i(0, 6)))),
            ('发布日期', d.strftime('%Y-%m-%d')), ('文号', r.c(['无', '', '—', '%s政发〔%d〕%d号' % (x['abbr'], d.year, r.i(1, 30))])),
            ('有效性', r.c(['有效', '现行有效', '长期有效'])), ('体裁分类', r.c(['报告', '其他'])),
            ('公开方式', r.c(['主动公开', '政府网站'])), ('信息来源', r.c([x['organ'], '办公室', '研究室']))]
    rows = rows[:r.i(6, len(rows))]
    k = r.i(0, 4)
    if k == 0:
        return [('%s：%s' % kv, 'metadata') for kv in rows]
    if k == 1:
        out = []
        for a, b in zip(rows[::2], rows[1::2]):
            out.append(('%s：%s\t%s：%s' % (a[0], a[1], b[0], b[1]), 'metadata'))
        return out
    if k == 2:
        out = []
        for a, b in rows:
            out.append((a, 'metadata'))
            if b:
                out.append((b, 'metadata'))
        return out
    if k == 3:
        return [('【%s】%s' % kv, 'metadata') for kv in rows]
    return [('信息索引', 'metadata')] + [('%s | %s' % kv, 'metadata') for kv in rows]


def b_meta_line(r, x):
    d = x['date']
    t = '%s %02d:%02d' % (d.strftime(r.c(['%Y-%m-%d', '%Y年%m月%d日', '%Y/%m/%d'])), r.i(7, 22), r.i(0, 59))
    parts = [r.c(['发布时间：', '时间：', '日期：', '']) + t,
             r.c(['来源：', '信息来源：', '稿源：']) + x['source'],
             r.c(['浏览次数：', '阅读量：', '点击数：', '访问量：']) + str(r.i(52, 98765))]
    if r.p(0.4):
        parts.insert(2, r.c(['作者：', '撰稿：']) + r.name())
    if r.p(0.3):
        return [(p, 'metadata') for p in parts]
    return [(r.sp().join(parts), 'metadata')]


def b_fontsize(r, x):
    return [(r.c(['【字号：大 中 小】', '字体：[大] [中] [小]', 'A+　A　A-', '字号 T T T', '【字体：小 中 大】　【背景色：■ ■ ■】',
                  '调整字号 ＋ －', '默认 大号 超大号']), 'toolbar_fontsize')]


def b_audio(r, x):
    k = r.i(0, 3)
    if k == 0:
        return [('🔊 语音播报', 'audio'), ('00:00 / %02d:%02d' % (r.i(5, 59), r.i(0, 59)), 'audio')]
    if k == 1:
        return [('▶ 听全文　约%d分钟' % r.i(8, 60), 'audio')]
    if k == 2:
        return [('【朗读】 暂停 停止 继续', 'audio')]
    return [('本文支持AI语音朗读，点击收听 ›', 'audio'), ('倍速 1.0x', 'audio')]


def b_video(r, x):
    k = r.i(0, 4)
    if k == 0:
        return [('视频加载失败，请刷新重试', 'video')]
    if k == 1:
        return [('▷', 'video'), ('%02d:%02d' % (r.i(0, 9), r.i(0, 59)), 'video'), ('全屏　画中画　倍速', 'video')]
    if k == 2:
        return [('【视频】%s现场直播回放' % x['meeting'], 'video'), ('（时长%d分%02d秒）' % (r.i(1, 90), r.i(0, 59)), 'video')]
    if k == 3:
        return [('Your browser does not support HTML5 video.', 'video')]
    return [('播放　00:00　%02d:%02d　高清 ▾　🔇' % (r.i(1, 40), r.i(0, 59)), 'video')]


def b_caption(r, x):
    n = r.name()
    k = r.i(0, 6)
    if k == 0:
        return [('%s现场。%s 摄' % (x['meeting'], n), 'caption')]
    if k == 1:
        return [('△ 图为会议现场（通讯员 %s/摄）' % n, 'caption')]
    if k == 2:
        return [('[图片]', 'caption'), ('资料图片', 'caption')]
    if k == 3:
        return [('▼', 'caption'), ('图源：%s' % r.c(['网络', '东方IC', '%s发布' % x['place'], '视觉中国']), 'caption')]
    if k == 4:
        return [('（%s记者 %s 拍摄）' % (r.c(['本报', '融媒体中心', '本台']), n), 'caption')]
    if k == 5:
        return [('![](https://img.%s/upload/%d/%s.jpg)' % (x['domain'], x['date'].year, r.digits(10)), 'caption')]
    return [('图片', 'caption'), ('长按图片保存', 'caption')]


def b_intro(r, x):
    m = x['meeting']
    k = r.i(0, 5)
    if k == 0:
        return [('编者按：%s期间，%s全文公布。我们将报告全文刊发如下，以飨读者。' % (m, x['short']), 'intro')]
    if k == 1:
        return [('导读：报告回顾了过去一年的工作，部署了新一年的重点任务。一起来看全文↓', 'intro')]
    if k == 2:
        return [('【摘要】%s，请收藏学习。' % r.c(['干货满满', '全文约%d万字' % r.i(1, 3), '信息量很大']), 'intro')]
    if k == 3:
        return [('报告全文如下：', 'intro')]
    if k == 4:
        return [('👉 划重点：这份报告里的民生清单，和你我息息相关！', 'intro'), ('以下是全文👇', 'intro')]
    return [('据%s消息，%s在%s上作%s。现将全文转载如下。' % (x['source'], x['speaker'], m, r.c(['报告', '工作报告'])), 'intro')]


def b_share(r, x):
    return [r.c([('分享到：', 'share'), ('分享：微信 微博 QQ空间', 'share'), ('【分享到】 ⊙ 微信 ⊙ 微博', 'share'),
                 ('转发　收藏　点赞', 'share'), ('分享至 > 微信好友 | 朋友圈 | 新浪微博 | 复制链接', 'share'),
                 ('Share:  WeChat  Weibo  Copy link', 'share')])] + ([('微信扫一扫：分享', 'share')] if r.p(0.3) else [])


def b_actions(r, x):
    return [(r.c(['【打印本页】【关闭窗口】', '[打印] [关闭] [返回顶部]', '收藏本页　打印正文　关闭', '🖨 打印　✖ 关闭',
                  '【我要纠错】【打印】【关闭】', '下载　收藏　举报', '返回顶部 ↑']), 'toolbar_actions')]


def b_qr(r, x):
    return r.c([[('扫一扫在手机上查看', 'qr')], [('[二维码]', 'qr'), ('手机扫码阅读', 'qr')],
                [('微信扫描二维码，分享到朋友圈', 'qr')], [('扫码关注“%s发布”' % x['place_s'], 'qr')],
                [('用手机打开本页：', 'qr'), ('（请使用微信“扫一扫”）', 'qr')]])


def b_feedback(r, x):
    return [r.c([('网页纠错', 'feedback'), ('发现错误？点此反馈', 'feedback'), ('页面内容对您有帮助吗？ 有帮助　没帮助', 'feedback'),
                 ('满意度评价：☆☆☆☆☆', 'feedback'), ('意见建议', 'feedback')])]


def b_attach(r, x):
    n = r.i(1, 3)
    fs = r.r.sample(['%s.pdf' % x['title'], '%s（图解）.jpg' % x['short'], '名词解释.docx', '附件1：重点任务分工表.xlsx',
                     '%s（word版）.doc' % x['short'], '报告全文下载.pdf'], n)
    out = [(r.c(['附件：', '相关附件', '附件下载：']), 'attachment')]
    for j, f in enumerate(fs, 1):
        out.append(('%s%s%s' % ('%d. ' % j if r.p(0.5) else '', f, r.c(['', '  (%dKB)' % r.i(20, 900), ' [下载]'])), 'attachment'))
    return out


def b_prevnext(r, x):
    a = r.c(['关于印发%s重点工作任务分工的通知' % x['short'], '%s年国民经济和社会发展统计公报' % (x['date'].year - 1),
             '%s人民政府第%d次常务会议召开' % (x['place'], r.i(2, 40)), '关于做好春节期间安全生产工作的通知'])
    b = r.c(['%s解读' % x['short'], '一图读懂%s' % x['short'], '%s人大会议胜利闭幕' % x['place'], '春运首日客流平稳有序'])
    k = r.i(0, 2)
    if k == 0:
        return [('上一篇：' + a, 'prevnext'), ('下一篇：' + b, 'prevnext')]
    if k == 1:
        return [('← ' + a, 'prevnext'), (b + ' →', 'prevnext')]
    return [('Previous: ' + a, 'prevnext'), ('Next: ' + b, 'prevnext')]


def related_lines(r, x):
    pool = ['%s政府工作报告解读' % x['place'], '一图读懂%s' % x['short'], '%s新闻发布会实录' % x['meeting'],
            '%d年%s经济运行情况' % (x['date'].year - 1, x['place']), '聚焦两会｜代表委员热议高质量发展',
            '民生实事清单出炉，这些变化与你有关', '%s十件民生实事' % x['place'], '外媒关注中国经济新动能。',
            '【解读】今年的目标任务怎么定？', '报告中的新提法、新表述', '代表审议报告时这样说', '政协委员建言乡村振兴']
    return r.r.sample(pool, r.i(3, 6))


def b_related(r, x):
    head = r.c(['相关阅读', '相关文章', '推荐阅读', '热点推荐', '猜你喜欢', '相关链接：', '延伸阅读'])
    items = related_lines(r, x)
    k = r.i(0, 2)
    if k == 0:
        return [(head, 'related')] + [(t, 'related') for t in items]
    if k == 1:
        return [(head, 'related')] + [('· %s　%s' % (t, x['date'].strftime('%m-%d')), 'related') for t in items]
    return [('%s：%s' % (head, '　'.join('[%s]' % t for t in items[:3])), 'related')]


def b_footer_portal(r, x):
    lines = ['主办：%s　承办：%s大数据中心' % (x['organ_office'], x['place']),
             '%sICP备%s号-%d' % (x['abbr'], r.digits(8), r.i(1, 3)),
             '%s公网安备 %s号' % (x['abbr'], r.digits(14)), '网站标识码：%s' % r.digits(10),
             '联系电话：0%s-%s' % (r.digits(3), r.digits(8)), '地址：%s%s路%d号' % (x['place'], r.c(['人民', '政府', '市府', '行政']), r.i(1, 300)),
             '建议使用1920×1080分辨率浏览', '关于本站 | 网站地图 | 联系我们 | 隐私声明', '党政机关']
    sel = [l for l in lines if r.p(0.7)] or lines[:3]
    if r.p(0.3):
        return [('　'.join(sel[:3]), 'footer')] + [(l, 'footer') for l in sel[3:]]
    return [(l, 'footer') for l in sel]


def b_footer_news(r, x):
    lines = ['互联网新闻信息服务许可证：%s' % r.digits(11), '违法和不良信息举报电话：0%s-%s' % (r.digits(2), r.digits(8)),
             'Copyright © 2005-%d %s All Rights Reserved' % (x['date'].year, x['domain']),
             '信息网络传播视听节目许可证 %s' % r.digits(7), '关于我们 | 广告服务 | 招聘英才 | 联系方式']
    return [(l, 'footer') for l in lines if r.p(0.7)] or [(lines[2], 'footer')]


def b_comments(r, x):
    n = r.i(1, 4)
    out = [(r.c(['网友评论', '全部评论（%d）' % r.i(2, 900), '热门评论', '评论区', '💬 %d条评论' % r.i(1, 300)]), 'comments')]
    says = ['报告很实在，期待落实！', '点赞家乡发展', '就业和房价能不能多说说', '希望今年工资涨一涨', '写得好，收藏了',
            '高铁什么时候通到我们县？', '学习了，很有启发', '加油！', '民生实事办得好不好，群众说了算']
    for _ in range(n):
        k = r.i(0, 2)
        nm = r.c(['网友', '用户', '', '匿名']) + r.digits(r.i(3, 6)) if r.p(0.5) else r.name()
        if k == 0:
            out.append(('%s：%s' % (nm, r.c(says)), 'comments'))
        elif k == 1:
            out.append((nm, 'comments'))
            out.append((r.c(says), 'comments'))
            out.append(('%d小时前 · %s　回复　赞%d' % (r.i(1, 23), r.c(PROVS), r.i(0, 99)), 'comments'))
        else:
            out.append(('%s　%s　[%s]' % (nm, r.c(says), x['date'].strftime('%m-%d %H:%M') if r.p(0.5) else 'IP:%s' % r.c(PROVS)), 'comments'))
    if r.p(0.4):
        out.append((r.c(['发表评论', '写下你的评论...', '查看更多评论 >', '说两句']), 'comments'))
    return out


def b_tags(r, x):
    t = r.r.sample(['政府工作报告', '两会', x['place'], '高质量发展', '民生', '营商环境', '全文', '乡村振兴', '%d两会' % x['date'].year], r.i(2, 4))
    k = r.i(0, 2)
    if k == 0:
        return [('标签：' + '　'.join(t), 'tags')]
    if k == 1:
        return [(' '.join('#%s#' % s if r.p(0.5) else '#' + s for s in t), 'tags')]
    return [('关键词：' + '，'.join(t), 'tags')]


def b_disclaimer(r, x):
    return [(r.c(['声明：本文转自%s，仅供学习交流，版权归原作者所有，如有侵权请联系删除。' % x['source'],
                  '免责声明：本站所载文章仅代表作者观点，不代表本站立场。',
                  '本文内容由网友自发贡献，本站不拥有所有权，不承担相关法律责任。',
                  '（转载请注明来源）', '版权说明：凡注明来源为其他媒体的内容，均为转载，目的在于传递更多信息。',
                  '【特别提醒】以正式文件为准。']), 'disclaimer')]


def b_editor(r, x):
    return [(r.c(['责任编辑：%s', '编辑：%s', '（编辑：%s）', '[责编：%s]', '审核：%s　校对：%s' % ('%s', r.name()),
                  '值班编辑 %s']) % r.name(), 'metadata')]


def b_ads(r, x):
    return r.c([[('广告', 'ads'), ('新春特惠，家电以旧换新最高补贴2000元', 'ads')],
                [('【推广】%s人才公寓开始申报，详情点击' % x['place'], 'ads')],
                [('AD', 'ads'), ('低至3.8折 ｜ 立即抢购', 'ads')],
                [('—— 广告 ——', 'ads')],
                [('赞助内容：零基础学公考，30天上岸不是梦', 'ads'), ('了解一下 >', 'ads')],
                [('限时免费领取《申论范文100篇》👈', 'ads')],
                [('[广告] 点击领取话费券', 'ads')]])


def b_follow(r, x):
    acct = x['account']
    return r.c([[('点击上方蓝字“%s”关注我们' % acct, 'follow')], [('↑ 点击关注，获取更多资讯', 'follow')],
                [('关注%s，第一时间获取权威发布' % acct, 'follow')], [('+ 关注', 'follow')],
                [('喜欢本文请点个“在看”并关注我们吧~', 'follow')], [('星标⭐%s，不错过每一篇推送' % acct, 'follow')]])


def b_link(r, x):
    return [(r.c(['原文链接：https://www.%s/%s/%d/%s.html' % (x['domain'], r.c(['art', 'content', 'news']), x['date'].year, r.digits(7)),
                  '阅读原文', '本文地址：http://%s/%s.shtml' % (x['domain'], r.digits(8)),
                  'https://mp.weixin.qq.com/s/%s' % ''.join(r.c('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-') for _ in range(22)),
                  '[点击查看原文](https://%s/p/%s)' % (x['domain'], r.digits(6)), '转载请注明出处及链接']), 'link')]


def b_login(r, x):
    return r.c([[('登录后可查看更多内容', 'login')], [('账号登录　短信登录', 'login'), ('忘记密码 | 立即注册', 'login')],
                [('请先登录再发表评论', 'login')], [('Log in / Sign up', 'login')],
                [('用户名', 'login'), ('密码', 'login'), ('□ 记住我　登 录', 'login')]])


def b_html(r, x):
    return r.c([[('<div class="TRS_Editor">', 'html_residue')], [('&nbsp;&nbsp;', 'html_residue')],
                [('<!--正文开始-->', 'html_residue')], [('</div>', 'html_residue')], [('<br/>', 'html_residue')],
                [('<p align="center"><img src="/images/%s.png"></p>' % r.digits(6), 'html_residue')],
                [('[img]%s.jpg[/img]' % r.digits(8), 'html_residue')], [('<span style="font-size:16px;">', 'html_residue')]])


def b_mojibake(r, x):
    s = r.c([x['title'], '相关阅读：' + x['short'], '返回首页', '打印本页', '分享到微信朋友圈', x['site']])
    m, _ = mojibake(s, r)
    return [(m, 'mojibake')] if m.strip() else [('ï»¿', 'mojibake')]


def b_webpages(r, x):
    n = r.i(2, 6)
    k = r.i(0, 2)
    if k == 0:
        return [('上一页 ' + ' '.join(str(j) for j in range(1, n + 1)) + ' 下一页', 'pagination')]
    if k == 1:
        return [('共%d页　第%d页' % (n, r.i(1, n)), 'pagination')]
    return [('« 1 2 %d »' % n, 'pagination'), ('跳转到 __ 页', 'pagination')]


def b_reward(r, x):
    return [(r.c(['喜欢作者', '赞赏　%d人已赞赏' % r.i(1, 60), '¥ 打赏支持', '写作不易，给小编加个鸡腿吧']), 'reward')]


# ---- style-specific blocks ----

def b_wechat_head(r, x):
    d = x['date']
    out = []
    if r.p(0.5):
        out.append(('原创', 'metadata'))
    out.append((r.c(['%s %s %s', '%s　%s　%s']) % (r.name() if r.p(0.5) else '小编', x['account'], d.strftime('%Y-%m-%d %H:%M')), 'metadata'))
    if r.p(0.6):
        out.append(('%s%s' % (r.c(['发表于', '']), r.c(PROVS)), 'metadata'))
    if r.p(0.5):
        out.append(('收录于合集 #%s %d个' % (r.c(['学习贯彻', '两会专题', '政策解读', '理论学习']), r.i(3, 120)), 'tags'))
    return out


def b_wechat_tail(r, x):
    out = []
    if r.p(0.6):
        out += [('- END -', 'follow') if r.p(0.5) else ('—— 完 ——', 'follow')]
    out += [('来源：%s' % x['source'], 'metadata')] if r.p(0.6) else []
    out += [('编辑 | %s　审核 | %s' % (r.name(), r.name()), 'metadata')] if r.p(0.5) else []
    out += [('往期推荐', 'related')] + [(t, 'related') for t in related_lines(r, x)[:3]] if r.p(0.6) else []
    out += [('长按二维码识别关注', 'qr')] if r.p(0.5) else []
    out += [(r.c(['分享　收藏　%d　在看' % r.i(1, 99), '点个“在看”，你最好看', '赞 %d　推荐 %d' % (r.i(0, 200), r.i(0, 50))]), 'share')]
    if r.p(0.5):
        out += [('阅读原文', 'link')]
    if r.p(0.4):
        out += [('阅读 %s' % r.c([str(r.i(100, 9999)), '10万+']), 'metadata')]
    return out


def b_wenku_meta(r, x):
    out = [('%s%s%s' % (r.c(['%d页', '共%d页', '页数：%d']) % x['npages'], r.sp(),
                         r.c(['%d下载券' % r.i(1, 10), '%d积分' % r.i(1, 20), '¥%d.80' % r.i(1, 9), '免费'])), 'metadata')]
    out.append(('上传者：%s%s%s' % (r.c(['文库用户', '', 'u_']) + r.digits(r.i(4, 8)) if r.p(0.5) else r.name(), r.sp(),
                                     x['date'].strftime('%Y-%m-%d')), 'metadata'))
    if r.p(0.6):
        out.append(('%.1f分 ★★★★☆（%d人评价）　%d次阅读' % (r.i(30, 50) / 10, r.i(1, 99), r.i(30, 9999)), 'metadata'))
    if r.p(0.4):
        out.append(('格式：%s　大小：%d.%dKB' % (r.c(['DOCX', 'PDF', 'DOC']), r.i(20, 900), r.i(0, 9)), 'metadata'))
    return out


def b_toc(r, x):
    heads = x['headings']
    if len(heads) < 2:
        heads = ['一、过去一年工作回顾', '二、今年工作总体要求', '三、重点任务'][:r.i(2, 3)]
    out = [(r.c(['目录', '目 录', '文档目录', '本文目录']), 'toc')]
    pg = 1
    for h in heads[:6]:
        pg += r.i(1, 3)
        k = r.i(0, 2)
        if k == 0:
            out.append(('%s%s%d' % (h, '.' * r.i(6, 16), pg), 'toc'))
        elif k == 1:
            out.append(('%s\t%d' % (h, pg), 'toc'))
        else:
            out.append(('%s …… %d' % (h[:24], pg), 'toc'))
    return out


def b_wenku_pay(r, x):
    return r.c([[('剩余%d页未读，继续阅读' % r.i(2, 20), 'paywall')], [('试读已结束，开通VIP可阅读全文', 'paywall'), ('立即开通', 'paywall')],
                [('还剩%d%%未读，下载后查看全部' % r.i(40, 90), 'paywall')], [('本文档共%d页，当前仅展示前%d页' % (x['npages'], r.i(1, 3)), 'paywall')],
                [('免费下载　　VIP专享', 'paywall')], [('🔒 付费内容 ￥%d.00 解锁全文' % r.i(1, 20), 'paywall')]])


def b_wenku_tail(r, x):
    out = [(r.c(['下载文档', '立即下载', '下载本文档（%d积分）' % r.i(2, 30)]), 'toolbar_actions')]
    if r.p(0.6):
        out.append((r.c(['本文档由用户上传，如有侵权请联系删除。', '文档内容由用户上传，不代表本站观点。']), 'disclaimer'))
    out.append(('相关文档', 'related'))
    for _ in range(r.i(2, 4)):
        out.append(('%s%s' % (r.c([x['short'], '政府工作报告心得体会', '学习两会精神心得', '%s政府工作报告' % r.c(HOST_CITIES)]),
                              r.c(['.docx', '.pdf', '（%d页）' % r.i(3, 40), ' %d页' % r.i(3, 40)])), 'related'))
    return out


def b_forum_head(r, x):
    d = x['date']
    out = [(r.c(['%s论坛' % x['place_s'], '%s社区' % x['place_s'], '时政天地', '百姓话题']) + r.sp() + r.c(['» 时事热点', '> 谈天说地', '›本地新闻']), 'breadcrumb')]
    out.append((r.c(['查看: %d | 回复: %d', '阅读 %d　回复 %d', '%d 次浏览 · %d 条回复']) % (r.i(100, 99999), r.i(0, 500)), 'metadata'))
    out.append((r.c(['楼主', '[楼主]', '1#']) + r.sp() + r.name() + r.sp() + r.c(['发表于 ', '']) + d.strftime('%Y-%m-%d %H:%M'), 'metadata'))
    if r.p(0.5):
        out.append(('只看该作者　倒序浏览　阅读模式', 'toolbar_actions'))
    return out


def b_floor(r, x):
    d = x['date']
    n = x['floor']
    x['floor'] += 1
    k = r.i(0, 3)
    if k == 0:
        return [('%d#' % n + r.sp() + x['op'] + r.sp() + d.strftime('%Y-%m-%d'), 'metadata')]
    if k == 1:
        return [('%d楼　%s' % (n, x['op']), 'metadata'), ('（续上）', 'metadata')]
    if k == 2:
        return [('── 第%d楼 ──' % n, 'metadata')]
    return [('楼主｜%s　发表于%d小时前' % (x['op'], r.i(1, 20)), 'metadata')]


def b_forum_tail(r, x):
    out = []
    if r.p(0.6):
        out.append((r.c(['回复　引用　举报', '支持 反对　回复', '点评 回复 使用道具 举报']), 'toolbar_actions'))
    out += b_comments(r, x)
    if r.p(0.5):
        out.append(('高级模式　发表回复', 'login'))
    if r.p(0.6):
        out.append((r.c(['Powered by Discuz! X3.4', '手机版 | Archiver | 小黑屋', 'GMT+8, %s' % x['date'].strftime('%Y-%m-%d %H:%M')]), 'footer'))
    return out


def b_mobile_top(r, x):
    return r.c([[('< 返回', 'nav'), ('···', 'nav')], [('‹', 'nav'), (x['app'], 'nav'), ('⋮', 'nav')],
                [('返回　　%s　　分享' % x['app'], 'nav')], [('×', 'nav'), ('%s - 打开' % x['app'], 'nav')]])


def b_app(r, x):
    a = x['app']
    return r.c([[('打开%s，看更多精彩' % a, 'app_banner')], [('App内阅读', 'app_banner')],
                [('下载%s客户端 ›' % a, 'app_banner'), ('✕', 'app_banner')], [('用%s APP看，更流畅' % a, 'app_banner')],
                [('打开APP　领取红包', 'app_banner')], [('在APP中打开，体验更好', 'app_banner'), ('继续浏览网页', 'app_banner')]])


def b_expand(r, x):
    return r.c([[('展开全文', 'paywall')], [('点击展开剩余%d%%' % r.i(30, 85), 'paywall')], [('⌄ 查看全文', 'paywall')],
                [('阅读全文', 'paywall'), ('打开APP阅读', 'app_banner')]])


def b_mobile_meta(r, x):
    d = x['date']
    return [r.c([('%s · %s' % (x['source'], d.strftime('%m-%d %H:%M')), 'metadata'),
                 ('%s　%s　%s' % (x['account'], d.strftime('%Y-%m-%d'), r.c(PROVS)), 'metadata'),
                 ('%d阅读 · %d点赞' % (r.i(100, 99999), r.i(0, 900)), 'metadata')])]


def b_feed(r, x):
    out = [(r.c(['相关推荐', '为你推荐', '更多精彩']), 'related')]
    for t in related_lines(r, x)[:r.i(2, 4)]:
        out.append((t, 'related'))
        out.append(('%s　%d评论　%d%s前' % (r.c([x['source'], x['account'], '新华社', '%s日报' % x['place']]), r.i(0, 999), r.i(1, 23),
                                          r.c(['小时', '分钟', '天'])), 'related'))
    return out


def b_mobile_tail(r, x):
    return [(r.c(['👍 %d　💬 %d　↗ 转发' % (r.i(0, 999), r.i(0, 99)), '赞　评论　分享', '写评论...　☆　↗']), 'share')]


def b_party_nav(r, x):
    items = ['首页', '要闻', '理论学习', '党建动态', '纪律建设', '党员教育', '基层党建', '先锋模范', '文件资料', '专题']
    sel = ['首页'] + r.r.sample(items[1:], r.i(4, 7))
    return [(r.sp().join(sel), 'nav')] if r.p(0.6) else [(s, 'nav') for s in sel]


# ---------------------------------------------------------------------------------------------------
# hard-wrapped copies

PUNCT_HANG = '，。、；：！？）》」』”’】…—％'


def wrap_para(text, width, indent_width):
    """Cut ``text`` every ``width`` characters (first line shorter by the indent); closing punctuation hangs on
    the line before; a cut never falls next to whitespace."""
    out = []
    i = 0
    first = True
    while i < len(text):
        w = width - (indent_width if first else 0)
        j = min(len(text), i + w)
        while j < len(text) and text[j] in PUNCT_HANG and j - i < w + 3:
            j += 1
        while 0 < j < len(text) and (text[j].isspace() or text[j - 1].isspace()) and j - i > 1:
            j -= 1
        out.append(text[i:j])
        i = j
        first = False
    return out


def pagenum_line(r, form, n, total, x):
    forms = {
        0: '- %d -' % n, 1: '— %d —' % n, 2: '第%d页' % n, 3: '第 %d 页 / 共 %d 页' % (n, total), 4: '%d/%d' % (n, total),
        5: 'Page %d of %d' % (n, total), 6: '·%d·' % n, 7: str(n), 8: '－%s－' % ''.join(chr(0xFF10 + int(c)) for c in str(n)),
        9: '[%d]' % n, 10: '— 第%d页 —' % n, 11: 'P.%d' % n,
    }
    return forms[form]


def pdf_pagebreak(r, x, form, n, total, printed):
    """The lines between two PDF pages: footer page number, blank lines, next page's running header."""
    out = []
    if printed:
        out.append(('%s\t%d/%d' % (x['url'], n, total), 'print_header'))
        out.append(('', 'blank'))
        d = x['date']
        out.append(('%d/%d/%d %s%d:%02d\t%s' % (d.year, d.month, d.day, r.c(['上午', '下午', '']), r.i(1, 12), r.i(0, 59), x['pdf_title']),
                    'print_header'))
        return out
    out.append((pagenum_line(r, form, n, total, x), 'pagination'))
    if x['pdf_blank']:
        out.append(('', 'blank'))
    if x['running']:
        out.append((x['running'], 'running_header'))
    return out


# ---------------------------------------------------------------------------------------------------

def choose_style(r, plan_left):
    opts = [s for s, n in plan_left.items() if n > 0]
    weights = [plan_left[s] for s in opts]
    s = r.r.choices(opts, weights)[0]
    plan_left[s] -= 1
    return s


def context(r, doc, style, start, end):
    folder = doc.folder
    place = place_name(doc)
    if folder in ('national_gwr_wikisource', 'cpc_congress_wikisource', 'state_council_2004_2019'):
        host = r.c(HOST_CITIES)
    else:
        host = place
    title = doc_title(doc)
    if folder == 'city_gwr_2024':
        d = datetime.date(2024, r.i(1, 2), r.i(1, 28))
        organ = '%s市人民政府办公室' % host if not host.endswith('州') else '%s人民政府办公室' % host
        meeting = '%s市第%s届人民代表大会第%s次会议' % (host, r.c(['十六', '十七', '十五', '十八']), r.c(['三', '四', '二']))
        speaker = '市长%s' % r.name()
        short = '%s政府工作报告' % host
    elif folder == 'provincial_gwr_2025':
        d = datetime.date(2025, r.i(1, 2), r.i(1, 28))
        organ = '%s人民政府办公厅' % host
        meeting = '%s第十四届人民代表大会第%s次会议' % (host, r.c(['三', '四']))
        speaker = '%s长%s' % (r.c(['省', '主席', '市']), r.name())
        short = '2025年%s政府工作报告' % host
    elif folder == 'national_gwr_wikisource':
        y = int(doc.fname[:4])
        d = datetime.date(y, 3, r.i(5, 20)) if y >= 2001 else datetime.date(r.i(2019, 2025), r.i(1, 12), r.i(1, 28))
        organ = '%s市人民政府办公室' % host
        meeting = '全国人民代表大会'
        speaker = '国务院总理'
        short = '%d年政府工作报告' % y
    elif folder == 'cpc_congress_wikisource':
        d = datetime.date(r.i(2019, 2025), r.i(1, 12), r.i(1, 28))
        organ = '中共%s市委组织部' % host
        meeting = '党的全国代表大会'
        speaker = '大会主席团'
        short = title[:14]
    else:
        pub = doc.meta.get('published', '2019-03-01') or '2019-03-01'
        try:
            d = datetime.date(*[int(v) for v in pub.split('-')])
        except ValueError:
            d = datetime.date(2019, 3, 1)
        d = d + datetime.timedelta(days=r.i(0, 30))
        organ = '%s市人民政府办公室' % host
        meeting = '国务院常务会议'
        speaker = '国务院'
        short = (title[:18] + '…') if len(title) > 20 else title
    d = datetime.datetime(d.year, d.month, d.day, r.i(6, 22), r.i(0, 59))
    prov_abbr = r.c(PROV_ABBR)
    hs = re.sub(r'(维吾尔|壮族|回族)?(自治区|省|市)$', '', host) or host
    sites = {
        'portal': ['%s市人民政府' % host, '%s人民政府门户网站' % host, '中国·%s' % host, '%s政府网' % host, '%s县人民政府' % r.c(['宁远', '长丰', '安吉', '汶川', '武功', '兴国']),
                   '%s发展和改革委员会' % host, '%s政务服务网' % host],
        'news': ['人民网', '新华网', '中国青年网', '光明网', '%s新闻网' % hs, '北青网', '红网', '大河网', '荆楚网', '东北网', '中国经济网'],
        'party': ['共产党员网', '%s党建网' % hs, '%s先锋' % hs, '人民网-中国共产党新闻网', '%s机关党建' % host, '求是网', '旗帜网'],
        'wechat': ['%s发布' % hs, '%s日报' % hs, '学习时报', '%s政研' % hs, '党建研究', '%s组工' % hs],
        'wenku': ['百度文库', '原创力文档', '豆丁网', '道客巴巴', '爱问共享资料', 'docin文档', '淘豆网', '第一范文网', '360文库', '新浪爱问'],
        'forum': ['%s论坛' % hs, '天涯社区', '凯迪社区', '百度贴吧', '知乎', '搜狐号', '百家号', '%s在线' % hs],
        'mobile': ['今日头条', '腾讯新闻', '凤凰新闻', '新华社客户端', '人民日报客户端', '学习强国', '%s发布APP' % hs],
        'pdf': ['PDF阅读器', '福昕阅读器', 'WPS Office', '金山文档', '腾讯文档', 'Adobe Acrobat', '%s人大网' % host],
    }
    site = r.c(sites[style])
    domain = SITE_DOMAINS.get(site)
    domains = ['%s.gov.cn' % ''.join(r.c('abcdefghjklmnpqrstwxyz') for _ in range(r.i(2, 5))), 'people.com.cn', 'xinhuanet.com',
               'youth.cn', 'gmw.cn', 'wenku.baidu.com', 'book118.com', 'docin.com', 'doc88.com', 'tianya.cn', '12371.cn', 'qq.com']
    if style == 'portal':
        domain = domains[0]
    elif not domain:
        domain = r.c(domains[1:])
    heads = []
    for i in range(doc_first_usable(doc), len(doc.paras)):
        p = doc.paras[i]
        if re.match(r'^[一二三四五六七八九十]+、', p) and len(p) <= 40 and doc.usable[i]:
            heads.append(p)
    return {
        'place': host, 'place_s': hs, 'title': title, 'short': short, 'site': site, 'domain': domain, 'date': d, 'organ': organ,
        'organ_office': organ, 'meeting': meeting, 'speaker': speaker, 'source': r.c([organ, '%s日报' % hs, '新华社', '人民日报', '%s融媒体中心' % hs, site]),
        'abbr': prov_abbr, 'pinyin': r.c(['WWW.%s.GOV.CN' % host, 'ZHONGGUO %s' % host, 'Official Website', 'People\'s Government']),
        'account': r.c(['%s发布' % hs, '%s微政务' % hs, '学习小组', '%s党建' % hs, '政务要闻']), 'app': r.c(['头条', '人民日报', '央视新闻', '新华社', '澎湃新闻', '腾讯新闻', '百度']),
        'headings': heads, 'npages': r.i(6, 40), 'op': r.name(), 'floor': 2,
        'url': 'https://www.%s/%s/%d%02d/t%s_%s.html' % (domain, r.c(['zwgk', 'art', 'xxgk', 'zfxxgk']), d.year, d.month, d.strftime('%Y%m%d'), r.digits(7)),
        'pdf_title': title + r.c(['', ' - %s' % site, '_%s' % site]),
    }


def doc_first_usable(doc):
    for i, u in enumerate(doc.usable):
        if u:
            return i
    return 0


def head_blocks(r, style, x):
    """The chrome blocks above the content, by style (names and functions)."""
    seq = []
    add = lambda name, fn, p=1.0: seq.append((name, fn)) if r.p(p) else None  # noqa: E731
    if style == 'portal':
        add('cookie', b_cookie, 0.2)
        add('access', b_access, 0.45)
        add('topbar', b_topbar, 0.6)
        add('sitename', b_sitename, 0.8)
        add('search', b_search, 0.5)
        add('menu', b_menu_portal, 0.85)
        add('robot', b_robot, 0.3)
        add('breadcrumb', b_breadcrumb, 0.85)
        add('title', b_title, 0.8)
        if r.p(0.55):
            add('zwgk', b_zwgk)
        add('meta', b_meta_line, 0.8)
        add('fontsize', b_fontsize, 0.55)
        add('toc', lambda r, x: [(r.c(['文章目录', '本文导航', '目录 ▾']), 'toc')] + [(h, 'toc') for h in x['headings'][:r.i(2, 5)]]
            if len(x['headings']) >= 2 else [], 0.12)
        add('audio', b_audio, 0.2)
        add('share', b_share, 0.2)
    elif style == 'news':
        add('cookie', b_cookie, 0.2)
        add('app', b_app, 0.3)
        add('login', b_login, 0.3)
        add('sitename', b_sitename, 0.6)
        add('menu', lambda r, x: [(r.sp().join(['首页', '时政', '国际', '财经', '社会', '地方', '评论', '视频', '图片'][:r.i(5, 9)]), 'nav')], 0.7)
        add('breadcrumb', b_breadcrumb, 0.5)
        add('title', b_title, 0.8)
        add('meta', b_meta_line, 0.9)
        add('fontsize', b_fontsize, 0.3)
        add('share', b_share, 0.4)
        add('intro', b_intro, 0.35)
        add('video', b_video, 0.25)
        add('audio', b_audio, 0.2)
    elif style == 'party':
        add('sitename', b_sitename, 0.7)
        add('party_nav', b_party_nav, 0.8)
        add('breadcrumb', b_breadcrumb, 0.7)
        add('title', b_title, 0.8)
        add('meta', b_meta_line, 0.9)
        add('fontsize', b_fontsize, 0.3)
        add('intro', b_intro, 0.35)
        add('follow', b_follow, 0.2)
    elif style == 'wechat':
        add('title', b_title, 0.7)
        add('wechat_head', b_wechat_head)
        add('follow', b_follow, 0.6)
        add('audio', b_audio, 0.25)
        add('intro', b_intro, 0.5)
        add('caption', b_caption, 0.3)
    elif style == 'wenku':
        add('sitename', b_sitename, 0.6)
        add('login', b_login, 0.4)
        add('search', b_search, 0.4)
        add('title', b_title, 0.95)
        add('wenku_meta', b_wenku_meta)
        add('actions', b_actions, 0.4)
        add('toc', b_toc, 0.6)
        add('pay', b_wenku_pay, 0.3)
    elif style == 'forum':
        add('sitename', b_sitename, 0.5)
        add('login', b_login, 0.3)
        add('title', b_title, 0.9)
        add('forum_head', b_forum_head)
        add('intro', lambda r, x: [(r.c(['转一下，大家一起学习。', '搬运过来，原文太长分几楼发。', '先占楼，慢慢更。', '刚看到的，分享给坛友们']), 'intro')], 0.5)
    elif style == 'mobile':
        add('cookie', b_cookie, 0.15)
        add('mobile_top', b_mobile_top, 0.8)
        add('app', b_app, 0.7)
        add('title', b_title, 0.8)
        add('mobile_meta', b_mobile_meta, 0.9)
        add('follow', b_follow, 0.4)
        add('audio', b_audio, 0.2)
    elif style == 'pdf':
        k = r.i(0, 3)
        if k == 0:
            add('viewer', lambda r, x: [('%d / %d' % (1, x['pdf_pages']), 'pagination'), (r.c(['－ 100% ＋', '适合宽度 ▾', '🔍 放大 缩小']), 'toolbar_actions'),
                                        (r.c(['下载　打印', '⤓ 下载', '打印 | 下载 | 全屏']), 'toolbar_actions')])
        elif k == 1:
            add('title', b_title)
        elif k == 2 and x['printed']:
            add('print_top', lambda r, x: [('%s\t%s' % (x['date'].strftime('%Y/%m/%d %H:%M'), x['pdf_title']), 'print_header')])
        if r.p(0.3):
            add('toc', b_toc)
        if x['running'] and r.p(0.5):
            add('running_top', lambda r, x: [(x['running'], 'running_header')])
    return seq


def mid_blocks(style):
    return {
        'portal': [('caption', b_caption), ('video', b_video), ('webpages', b_webpages), ('mojibake', b_mojibake), ('html', b_html)],
        'news': [('ads', b_ads), ('caption', b_caption), ('video', b_video), ('webpages', b_webpages), ('html', b_html), ('related', b_related),
                 ('app', b_app)],
        'party': [('caption', b_caption), ('follow', b_follow), ('mojibake', b_mojibake), ('html', b_html)],
        'wechat': [('caption', b_caption), ('follow', b_follow), ('ads', b_ads), ('caption', b_caption)],
        'wenku': [('pay', b_wenku_pay), ('webpages', b_webpages), ('ads', b_ads),
                  ('watermark', lambda r, x: [(r.c(['%s 仅供参考' % x['site'], 'www.%s' % x['domain'], '——本文档来自网络——']), 'watermark')])],
        'forum': [('floor', b_floor), ('floor', b_floor), ('ads', b_ads), ('mojibake', b_mojibake), ('html', b_html), ('caption', b_caption)],
        'mobile': [('app', b_app), ('expand', b_expand), ('ads', b_ads), ('video', b_video), ('caption', b_caption)],
        'pdf': [],
    }[style]


def tail_blocks(r, style, x):
    seq = []
    add = lambda name, fn, p=1.0: seq.append((name, fn)) if r.p(p) else None  # noqa: E731
    if style == 'portal':
        add('editor', b_editor, 0.4)
        add('attach', b_attach, 0.35)
        add('actions', b_actions, 0.6)
        add('share', b_share, 0.4)
        add('qr', b_qr, 0.35)
        add('feedback', b_feedback, 0.3)
        add('prevnext', b_prevnext, 0.4)
        add('related', b_related, 0.4)
        add('footer', b_footer_portal, 0.85)
    elif style == 'news':
        add('editor', b_editor, 0.7)
        add('tags', b_tags, 0.4)
        add('disclaimer', b_disclaimer, 0.35)
        add('share', b_share, 0.4)
        add('related', b_related, 0.5)
        add('comments', b_comments, 0.4)
        add('prevnext', b_prevnext, 0.2)
        add('footer', b_footer_news, 0.6)
    elif style == 'party':
        add('editor', b_editor, 0.7)
        add('link', b_link, 0.3)
        add('disclaimer', b_disclaimer, 0.3)
        add('actions', b_actions, 0.4)
        add('related', b_related, 0.5)
        add('qr', b_qr, 0.3)
        add('footer', lambda r, x: [('%s 版权所有' % x['site'], 'footer'), ('%sICP备%s号' % (x['abbr'], r.digits(8)), 'footer')], 0.6)
    elif style == 'wechat':
        add('wechat_tail', b_wechat_tail)
        add('disclaimer', b_disclaimer, 0.4)
        add('reward', b_reward, 0.4)
        add('comments', b_comments, 0.4)
    elif style == 'wenku':
        add('pay', b_wenku_pay, 0.6)
        add('wenku_tail', b_wenku_tail)
        add('footer', lambda r, x: [('©%d %s' % (x['date'].year, x['domain']), 'footer')], 0.4)
    elif style == 'forum':
        add('tags', b_tags, 0.3)
        add('reward', b_reward, 0.3)
        add('share', b_share, 0.3)
        add('forum_tail', b_forum_tail)
        add('disclaimer', b_disclaimer, 0.3)
    elif style == 'mobile':
        add('mobile_tail', b_mobile_tail, 0.7)
        add('app', b_app, 0.5)
        add('feed', b_feed, 0.7)
        add('comments', b_comments, 0.4)
        add('disclaimer', b_disclaimer, 0.2)
        add('cookie', b_cookie, 0.1)
    elif style == 'pdf':
        add('pdf_end', lambda r, x: [(r.c(['— 全文完 —', '（本页无正文）', '%d / %d' % (x['pdf_pages'], x['pdf_pages'])]), 'pagination')], 0.3)
        add('disclaimer', b_disclaimer, 0.2)
    return seq


def build_page(r, doc, start, end, style, width):
    """One page: chrome blocks around the run; ``width`` is the wrap width of a hard-wrapped (pdf) page."""
    x = context(r, doc, style, start, end)
    x['width'] = width
    page = Page(r, doc, start, end, style, x)
    paras = doc.paras[start:end + 1]
    pdf = style == 'pdf'
    x['printed'] = pdf and r.p(0.3)
    x['running'] = '' if x['printed'] or r.p(0.35) else r.c([x['title'], x['organ'], '%s文件' % x['place'],
                                                          '政府工作报告', '%s　%d年' % (x['short'], x['date'].year)])
    x['pdf_blank'] = r.p(0.6)
    x['pdf_pages'] = r.i(3, 14)
    head = head_blocks(r, style, x)
    for name, fn in head:
        items = fn(r, x)
        page.chrome(items, name)
        if r.p(0.15):
            page.blank()
    page.variants.append('|content')
    # layout
    indent = r.c(['', '　　', '　　', '　', '  ', '    ', '\t']) if not pdf else r.c(['　　', '', '  '])
    blank_mode = r.c(['0', '1', '1', '2', 'ws']) if not pdf else r.c(['0', '0', '1'])
    head_noindent = r.p(0.5)
    width = None
    if pdf:
        width = x['width']
        page.variants.append('pdf_w%d' % width)
        if x['printed']:
            page.variants.append('printed')
    page.variants.append('indent=%s' % {'': 'none', '　　': 'ideo2', '　': 'ideo1', '  ': 'sp2', '    ': 'sp4', '\t': 'tab'}[indent])
    page.variants.append('blank=%s' % blank_mode)
    wrap_p = (not pdf) and len(paras) <= 12 and r.p({'news': 0.4, 'party': 0.3, 'forum': 0.25, 'portal': 0.1}.get(style, 0))
    if wrap_p:
        page.variants.append('residue_wrap')
        p_open = r.c(['<p>', '<p style="text-indent: 2em;">', '<p class="MsoNormal">', '<section>', '<p align="justify">'])
        p_close = '</section>' if p_open == '<section>' else '</p>'
    mids = mid_blocks(style)
    n_mid = 0 if not mids else r.i(1, 3) if style not in ('forum',) else r.i(2, 4)
    mid_at = set(r.r.sample(range(1, len(paras)), min(n_mid, len(paras) - 1))) if mids else set()
    # pdf page breaks: every K lines of content
    pdf_form = r.i(0, 11)
    lines_per_page = r.i(14, 30)
    pdf_pageno = [1]
    line_count = [0]
    total_pages = x['pdf_pages']

    def emit_blank():
        if blank_mode == '1':
            page.blank()
        elif blank_mode == '2':
            page.blank()
            page.blank()
        elif blank_mode == 'ws':
            page.blank(r.c(['　', '  ', '\t', '　　']))

    n = len(doc.paras)
    for k, p in enumerate(paras):
        pi = start + k
        ck = content_kind(p, pi, n, doc.paras)
        if k in mid_at:
            name, fn = r.c(mids)
            page.variants.append(name)
            if blank_mode != '0' and r.p(0.5):
                emit_blank()
            page.chrome(fn(r, x))
            if blank_mode != '0':
                emit_blank()
        ind = '' if (ck == 'heading' and head_noindent) else indent
        if pdf:
            ind = '' if ck in ('heading', 'signature') else indent
            pieces = wrap_para(p, width, 2 if ind else 0)
            for j, piece in enumerate(pieces):
                page.rows.append(((ind if j == 0 else '') + piece, 'content', ck, str(pi)))
                line_count[0] += 1
                last = k == len(paras) - 1 and j == len(pieces) - 1
                if line_count[0] >= lines_per_page and not last:
                    line_count[0] = 0
                    pdf_pageno[0] += 1
                    page.variants.append('pagebreak_inpara' if j < len(pieces) - 1 else 'pagebreak')
                    page.chrome(pdf_pagebreak(r, x, pdf_form, pdf_pageno[0] - 1, total_pages, x['printed']))
            if blank_mode == '1' and k < len(paras) - 1:
                page.blank()
        else:
            if wrap_p:
                page.chrome([(p_open, 'html_residue')])
            page.rows.append((ind + p, 'content', ck, str(pi)))
            if wrap_p:
                page.chrome([(p_close, 'html_residue')])
            if k < len(paras) - 1:
                emit_blank()
    page.variants.append('content|')
    if pdf:
        page.chrome(pdf_pagebreak(r, x, pdf_form, pdf_pageno[0], total_pages, x['printed'])[:1 if not x['printed'] else 1])
    for name, fn in tail_blocks(r, style, x):
        if r.p(0.3):
            page.blank()
        page.chrome(fn(r, x), name)
    # a chrome line never equals a content line of its page
    content = {t.strip() for t, lab, _, _ in page.rows if lab == 'content'}
    page.rows = [row for row in page.rows if not (row[1] == 'chrome' and row[0].strip() in content)]
    # no two blank lines at the top, none at the very top or bottom
    while page.rows and page.rows[0][1] == 'blank':
        page.rows.pop(0)
    while page.rows and page.rows[-1][1] == 'blank':
        page.rows.pop()
    return page, x


def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    r = R(rng)
    used = earlier_ranges()
    docs = collections.defaultdict(list)
    for folder in FOLDERS:
        meta = read_index(corpus, folder)
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or f.startswith('_') or any(s in f for s in SKIP_FILES):
                continue
            with open(os.path.join(corpus, folder, f), encoding='utf-8') as fh:
                paras = [l.strip() for l in fh.read().split('\n') if l.strip()]
            docs[folder].append(Doc(folder, f, paras, meta.get(f, {})))
    plan_left = dict(STYLE_SHARES)
    chosen = []
    for folder in FOLDERS:
        cands = []
        for d in docs[folder]:
            wins, taken = d.windows(used.get(d.src, []))
            if not wins:
                continue
            fresh_doc = d.src not in used
            best_fresh = max([w for w in wins if w[2]], key=lambda w: w[1] - w[0], default=None)
            cands.append((0 if fresh_doc else 1 if best_fresh else 2, rng.random(), d, wins))
        cands.sort(key=lambda c: (c[0], c[1]))
        chosen += [(c[2], c[3]) for c in cands[:PLAN[folder]]]
    rng.shuffle(chosen)
    widths = rng.sample(range(18, 47), 29)
    pages = []
    for d, wins in chosen:
        fresh = [w for w in wins if w[2]]
        style = choose_style(r, plan_left)
        maxlen = r.i(6, 24) if style != 'pdf' else r.i(5, 12)
        budget = 5200 if style != 'pdf' else 2600
        # where the run sits: the document's head (about a third of the pages), its tail (a quarter), or a
        # middle window no earlier set used (any usable window when there is none)
        heads = [w for w in wins if w[0] <= 3 and not w[2]] + [w for w in wins if w[0] <= 3 and w[2]]
        last = max(i for i, u in enumerate(d.usable) if u)
        tails = [w for w in wins if w[1] == last]
        pos = r.r.choices(['head', 'tail', 'middle'], [33, 25, 42])[0]
        if pos == 'head' and heads:
            a, b, _ = heads[0]
            s, e = a, min(b, a + maxlen - 1)
            while e - s + 1 > 5 and sum(len(p) for p in d.paras[s:e + 1]) > budget:
                e -= 1
        elif pos == 'tail' and tails:
            a, b, _ = min(tails, key=lambda w: w[0])
            s, e = max(a, b - maxlen + 1), b
            while e - s + 1 > 5 and sum(len(p) for p in d.paras[s:e + 1]) > budget:
                s += 1
        else:
            pos = 'middle'
            a, b, _ = r.c(fresh or wins)
            ln = min(maxlen, b - a + 1)
            s = r.i(a, b - ln + 1)
            e = s + ln - 1
            while e - s + 1 > 5 and sum(len(p) for p in d.paras[s:e + 1]) > budget:
                e -= 1
        pages.append((d, s, e, style))
    out_pages = os.path.join(HERE, 'pages')
    out_gold = os.path.join(HERE, 'gold')
    for p in (out_pages, out_gold):
        os.makedirs(p, exist_ok=True)
        for f in os.listdir(p):
            os.remove(os.path.join(p, f))
    idx = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    wi = 0
    for n, (d, s, e, style) in enumerate(pages, 1):
        doc_id = '%03d' % n
        ctx_width = widths[wi % len(widths)]
        if style == 'pdf':
            wi += 1
        rr = R(random.Random('%d-%s' % (SEED, doc_id)))
        page, x = build_page(rr, d, s, e, style, ctx_width)
        text = ''.join(t + '\n' for t, _, _, _ in page.rows)
        with open(os.path.join(out_pages, doc_id + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
        with open(os.path.join(out_gold, doc_id + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, kind, para) in enumerate(page.rows, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, kind, para))
        idx.append('\t'.join([doc_id, style, d.src, str(s), str(e), str(len(page.rows)), ';'.join(page.variants), x['site']]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(idx) + '\n')
    print('pages: %d' % len(pages))


if __name__ == '__main__':
    main()
