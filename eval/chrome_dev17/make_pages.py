"""Generator of the chrome development set chrome_dev17 (stdlib only, deterministic, seed 17017).

Writes ``pages/NNN.txt``, ``gold/NNN.tsv`` and ``index.tsv`` beside this file: about 100 pages, one per
source document of the shared corpus, each a contiguous, byte-exact run of 5-16 real paragraphs wrapped in
page chrome written by helper chromedev17 (news aggregator apps and portal copies with feed ads and
recommendation cards, 图文直播 pages, AI-assistant / search-engine answer copies, 网页快照 copies, e-book
reader copies, county / city 融媒体 apps, hard-wrapped PDF copies of 会议材料汇编 and printed web pages).

Ranges: never inside a range of the LOCKED sets chrome_test8 / chrome_test9 (their index.tsv only); a run
prefers paragraphs no earlier set used; about a quarter of the runs sit at a document's head or tail.

    python make_pages.py     # needs the corpus: $TEXTLAB_CORPUS or ../shared/corpus beside the repository
"""
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
SEED = 17017
LOCKED = ('chrome_test8', 'chrome_test9')
TAIL_RESIDUE = re.compile(r'扫一扫|ICP备|网站标识码|公网安备|网站地图|责任编辑|党政机关')
DATE_RE = re.compile(r'^[（(]?\s*(\d{4}|[〇一二三四五六七八九零○Ｏ]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月'
                     r'\s*[\d一二三四五六七八九十]{1,3}\s*日\s*[）)]?$')
GREET_WORDS = ('国务院', '人民政府', '各部委', '直属机构', '自治区', '委员会', '办公厅')
CLOSE_PUNCT = '，。、；：！？）》」』”’,.;:!?)'
STYLE_PLAN = (('feed', 16), ('portal', 13), ('live', 11), ('ai', 13), ('cache', 9), ('reader', 10),
              ('rongmei', 11), ('pdf', 17))


def find_corpus():
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS')


def read_paras(corpus, src):
    with open(os.path.join(corpus, src), encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def earlier_ranges():
    """source_file -> (locked ranges, other ranges) from every other eval/chrome_* index.tsv."""
    locked, used = {}, {}
    for name in sorted(os.listdir(EVAL)):
        p = os.path.join(EVAL, name, 'index.tsv')
        if not name.startswith('chrome_') or name == 'chrome_dev17' or not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            (locked if name in LOCKED else used).setdefault(r[si], []).append((int(r[a]), int(r[b])))
    return locked, used


def usable_bounds(paras):
    """First and last paragraph that are the document's own text (no 来源 head, no portal footer)."""
    lo = 0
    for i, p in enumerate(paras[:5]):
        if p.startswith('来源'):
            lo = i + 1
    hi = len(paras) - 1
    for i in range(max(lo, len(paras) - 30), len(paras)):
        if TAIL_RESIDUE.search(paras[i]):
            hi = i - 1
            break
    return lo, hi


def clean_para(p):
    return not any(unicodedata.category(c) in ('Cc', 'Cf', 'Co', 'Cn', 'Cs', 'Zl', 'Zp') for c in p) \
        and len(p.splitlines()) == 1


def content_kind(paras, i):
    t = paras[i]
    n = len(paras)
    if t in ('各位代表：', '同志们：') or (t.startswith('各') and t.endswith('：') and len(t) <= 40) or \
            (t.endswith('：') and len(t) <= 30 and any(w in t for w in GREET_WORDS)):
        return 'greeting'
    if DATE_RE.match(t) or t == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and DATE_RE.match(paras[i + 1]) and len(t) <= 30 and '。' not in t:
        return 'signature'
    if t in ('各位代表！', '同志们！') or (t.endswith('！') and i >= n - 2):
        return 'closing'
    if len(t) <= 60 and '。' not in t and not t.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def choose_run(rng, paras, locked, used, want):
    """(start, end, where) of a run of 5-16 clean paragraphs outside the locked ranges."""
    lo, hi = usable_bounds(paras)
    n_ok = hi - lo + 1
    if n_ok < 5:
        return None
    L = min(rng.randint(5, 16) if want != 'pdf' else rng.randint(6, 12), n_ok)

    def ok(s, e):
        return all(e < a or s > b for a, b in locked) and all(clean_para(paras[i]) for i in range(s, e + 1))

    def cost(s, e):
        return sum(any(a <= i <= b for a, b in used) for i in range(s, e + 1))

    r = rng.random()
    if r < 0.14 and ok(lo, lo + L - 1):
        return lo, lo + L - 1, 'head'
    if r < 0.27 and ok(hi - L + 1, hi):
        return hi - L + 1, hi, 'tail'
    for L2 in range(L, 4, -1):  # a run on paragraphs no earlier set used, shorter if the gap is shorter
        free = [s for s in range(lo, hi - L2 + 2) if ok(s, s + L2 - 1) and cost(s, s + L2 - 1) == 0]
        if free:
            s = rng.choice(free)
            return s, s + L2 - 1, 'middle'
    cands = [(cost(s, s + L - 1), rng.random(), s) for s in range(lo, hi - L + 2) if ok(s, s + L - 1)]
    if not cands:
        return None
    cands.sort()
    s = cands[0][2]
    return s, s + L - 1, 'middle'


def free_gap(paras, locked, used):
    """The longest run of usable paragraphs no other set used."""
    lo, hi = usable_bounds(paras)
    best = cur = 0
    for i in range(lo, hi + 1):
        cur = 0 if any(a <= i <= b for a, b in locked + used) else cur + 1
        best = max(best, cur)
    return best


def doc_title(src):
    base = os.path.basename(src)[:-4]
    folder = src.split('/')[0]
    parts = base.split('_')
    if folder == 'city_gwr_2024':
        return '%s市2024年政府工作报告' % parts[1] if not parts[1].endswith(('州', '盟', '市')) else parts[1] + '2024年政府工作报告'
    if folder == 'provincial_gwr_2025':
        return '2025年%s政府工作报告' % parts[1]
    if folder == 'national_gwr_wikisource':
        return '%s年国务院政府工作报告' % parts[0]
    if folder == 'cpc_congress_wikisource':
        return parts[2]
    return parts[-1]


def place(src):
    """A place name for the page's chrome (city, province or a national fallback)."""
    parts = os.path.basename(src)[:-4].split('_')
    if src.startswith(('city_gwr_2024', 'provincial_gwr_2025')):
        return re.sub('(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$', '', parts[1])
    return ''


# ---------------------------------------------------------------- small text helpers

FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def fw(rng, s, p=0.25):
    """Sometimes turn the ASCII of a chrome string into full-width forms."""
    return ''.join(FW.get(c, c) for c in s) if rng.random() < p else s


def seps(rng):
    return rng.choice([' ', '  ', ' | ', '｜', '　', ' · ', ' / ', '\t', '丨', '   '])


def one_or_many(rng, page, kind, items, p_one=0.5, indent=''):
    if rng.random() < p_one:
        page.chrome(kind, indent + seps(rng).join(items))
    else:
        for it in items:
            page.chrome(kind, indent + it)


def num(rng, a, b):
    return rng.randint(a, b)


def wan(rng):
    x = rng.random()
    if x < 0.4:
        return str(rng.randint(12, 9999))
    if x < 0.8:
        return '%.1f万' % (rng.randint(10, 999) / 10)
    return '%d.%dw' % (rng.randint(1, 99), rng.randint(0, 9))


def hhmm(rng):
    return '%02d:%02d' % (rng.randint(7, 22), rng.randint(0, 59))


def ago(rng):
    return fw(rng, ago_plain(rng), 0.15)


def ago_plain(rng):
    return rng.choice(['%d分钟前' % num(rng, 1, 59), '%d小时前' % num(rng, 1, 23), '昨天 %s' % hhmm(rng),
                       '%d天前' % num(rng, 2, 9), '%02d-%02d' % (num(rng, 1, 12), num(rng, 1, 28)), '刚刚'])


def date(rng, year):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return fw(rng, rng.choice(['%d-%02d-%02d' % (year, m, d), '%d年%d月%d日' % (year, m, d), '%d/%d/%d' % (year, m, d),
                       '%d.%02d.%02d' % (year, m, d)]), 0.15)


USER_A = ['江南', '北方', '老', '小', '阿', '大海', '清风', '山城', '草原', '运河', '星河', '平凡', '追梦', '匿名']
USER_B = ['的风', '看世界', '说事', '胖子', '观察员', '老农', '游子', '读书人', '小编', '在路上', '001', '阿强', '同学', '大叔']
PROVS = ['北京', '上海', '广东', '江苏', '浙江', '山东', '河南', '四川', '湖北', '湖南', '河北', '福建', '安徽', '辽宁', '陕西',
         '云南', '广西', '江西', '重庆', '黑龙江', '吉林', '山西', '贵州', '甘肃', '内蒙古', '新疆', '海南', '天津']
COMMENTS = ['说得好，关键看落实', '希望我们这里的房价也能稳住', '什么时候能涨工资？', '点赞家乡！', '每年都说，今年看行动',
            '老百姓最关心的还是看病和上学', '终于提到我们县了', '支持！加油！', '数据很亮眼', '打卡学习',
            '就业才是头等大事', '建议多关注一下农村养老', '农民工工资能不能按时发', '又是一年，期待', '一条一条都很实在',
            '来晚了，已读完全文', '有没有人总结一下重点', '我只关心公积金', '第一个评论', '看完了，信心满满']
FEED_TITLES = ['重磅！多地公布今年经济增长目标', '刚刚，这项补贴标准提高了', '事关你的钱袋子，这些新规下月起施行',
               '今年的政府工作报告，这些数字值得关注', '一图读懂：过去一年我们干了哪些实事', '三分钟速览地方两会亮点',
               '这个城市宣布：全面取消限购', '高铁新线开通时间定了', '春运返程高峰来了，最新提示', '专家解读：新质生产力怎么干',
               '养老金调整方案公布', '中小学寒假时间出炉', '这份民生清单，件件连着你我', '多地上调最低工资标准',
               '官宣！又一个万亿城市诞生', '楼市新政密集出台，释放什么信号', '人才落户门槛再降低']
ADS = [('某某理财', '年化收益稳健，新人专享福利，点击领取'), ('装修报价', '输入面积，免费获取装修预算'),
       ('掌上游戏', '经典传奇复刻版，登录即送VIP'), ('驾校报名', '春季特惠，学车只要两千多'),
       ('健康体检', '全身体检套餐限时5折起'), ('网课平台', '公务员考试备考资料免费领'), ('二手车', '车况透明，首付一成开回家'),
       ('保险', '百万医疗险，每月最低几块钱'), ('家电', '以旧换新，至高补贴2000元'), ('房产', '地铁口精装小户型，首付20万起')]


class Page:
    def __init__(self, rng):
        self.rows = []
        self.rng = rng
        self.variants = []

    def chrome(self, kind, text):
        assert text.strip() and '\n' not in text, (kind, text)
        self.rows.append((text, 'chrome', kind, ''))

    def blank(self, text=''):
        self.rows.append((text, 'blank', 'blank', ''))

    def content(self, text, kind, para):
        self.rows.append((text, 'content', kind, str(para)))


# ---------------------------------------------------------------- chrome blocks per style

def comments_block(rng, page, style=None, n=None):
    n = n or rng.randint(2, 5)
    head = rng.choice(['全部评论（%d）' % num(rng, 5, 3000), '评论 %s' % wan(rng), '热门评论', '精彩评论', '网友评论',
                       '— 评论区 —', '最新评论 | 最热评论', '共%d条评论 >' % num(rng, 3, 900)])
    page.chrome('comments', head)
    one_line = rng.random() < 0.4
    for _ in range(n):
        user = rng.choice(USER_A) + rng.choice(USER_B) if rng.random() < 0.7 else '用户%d' % num(rng, 1000000, 9999999)
        text = rng.choice(COMMENTS)
        loc = rng.choice(PROVS)
        likes = num(rng, 0, 3000)
        if one_line:
            page.chrome('comments', '%s：%s  %s · %s  赞%d' % (user, text, ago(rng), loc, likes))
        else:
            page.chrome('comments', user)
            page.chrome('comments', text)
            page.chrome('comments', rng.choice(['%s · %s  回复  %d' % (ago(rng), loc, likes),
                                                '%s来自%s    %d 赞' % (ago(rng), loc, likes),
                                                'IP属地：%s  %s  回复' % (loc, ago(rng))]))
        if rng.random() < 0.3:
            page.chrome('comments', rng.choice(['展开%d条回复' % num(rng, 2, 80), '—— 查看全部%d条回复 ——' % num(rng, 2, 40),
                                                '作者赞过', '%s 回复 %s：同感' % (rng.choice(USER_A) + rng.choice(USER_B), user)]))
    if rng.random() < 0.6:
        page.chrome('comments', rng.choice(['写评论...', '说点什么吧', '我来说两句', '发表你的看法', '查看更多评论 >',
                                            '文明上网，理性发言']))


def feed_ad(rng, page):
    brand, text = rng.choice(ADS)
    label = rng.choice(['广告', '推广', '[广告]', 'AD', '广告 ×', '赞助'])
    shape = rng.randint(0, 3)
    if shape == 0:
        page.chrome('ads', '%s  %s' % (text, label))
        page.chrome('ads', '%s  %s' % (brand, rng.choice(['立即下载', '查看详情', '去看看', '立即咨询', '了解更多'])))
    elif shape == 1:
        page.chrome('ads', label)
        page.chrome('ads', text)
        page.chrome('ads', brand + rng.choice(['', ' · 广告', '  不感兴趣']))
    elif shape == 2:
        page.chrome('ads', '%s%s%s%s' % (brand, seps(rng), text, seps(rng) + label))
    else:
        page.chrome('ads', text)
        page.chrome('ads', rng.choice(['%s 的广告' % brand, '%s  下载' % label, '%s %s次下载' % (label, wan(rng))]))


def rec_cards(rng, page, head=True, n=None):
    if head:
        page.chrome('recommend', rng.choice(['猜你喜欢', '相关推荐', '为你推荐', '—— 相关推荐 ——', '你可能感兴趣', '推荐阅读',
                                             '大家都在看', '【猜你喜欢】']))
    for _ in range(n or rng.randint(1, 3)):
        t = rng.choice(FEED_TITLES)
        s = rng.choice(['%s评' % wan(rng), '%s阅读' % wan(rng), ago(rng), rng.choice(['新华快讯', '财经早知道', '地方观察',
                                                                                 '城市头条', '民生一线'])])
        if rng.random() < 0.5:
            page.chrome('recommend', '%s%s%s' % (t, seps(rng), s))
        else:
            page.chrome('recommend', t)
            page.chrome('recommend', s + rng.choice(['', '  ×', '  置顶', '  热']))


def hot_list(rng, page, n=None):
    page.chrome('hot_list', rng.choice(['热榜', '24小时热榜', '🔥 热搜榜', '今日热点', '热点榜单  更多>', '实时热搜']))
    for i, t in enumerate(rng.sample(FEED_TITLES, n or rng.randint(3, 6)), 1):
        tag = rng.choice(['', ' 热', ' 新', ' 沸', '  %s热度' % wan(rng)])
        page.chrome('hot_list', rng.choice(['%d %s%s' % (i, t, tag), '%d. %s%s' % (i, t, tag), '%d、%s' % (i, t),
                                            fw(rng, str(i)) + '　' + t + tag]))


def app_prompt(rng, page, site):
    page.chrome('app_banner', rng.choice(['打开%s，阅读体验更佳' % site, '打开App', 'App内打开', '下载%s App，看更多精彩' % site,
                                          '打开App，查看全文', '在App内打开 >', '↓ 下载%s，领取新人红包 ↓' % site,
                                          '打开App 阅读全文（剩余%d%%）' % num(rng, 30, 80)]))


def b_feed(rng, page, ctx):
    site = rng.choice(['点点头条', '速览新闻', '今日快讯', '云端资讯', '一览新闻', '掌中资讯'])
    page.variants.append('feed_head')
    if rng.random() < 0.4:
        page.chrome('status_bar', rng.choice(['%s  5G  87%%' % hhmm(rng), '%s ▲ 4G ■■■ 62%%' % hhmm(rng)]))
    if rng.random() < 0.7:
        app_prompt(rng, page, site)
    if rng.random() < 0.3:
        one_or_many(rng, page, 'nav', ['推荐', '关注', '热榜', '本地', '视频', '财经', '科技', '两会'], 0.7)
    page.chrome('title_repeat', ctx['title'] + rng.choice(['', '（全文）', '全文来了！', '｜全文', '【全文】']))
    author = rng.choice(['%s发布' % (ctx['place'] or '中国'), '政务速递', '时政观察', '两会直通车', '%s新闻' % (ctx['place'] or '要闻'),
                         '地方政务'])
    shape = rng.randint(0, 2)
    if shape == 0:
        page.chrome('metadata', author)
        page.chrome('follow', rng.choice(['+ 关注', '关注', '已关注']))
        page.chrome('metadata', '%s · %s' % (ago(rng), rng.choice(['优质政务领域创作者', '%s官方账号' % author, '%s 阅读' % wan(rng)])))
    elif shape == 1:
        page.chrome('metadata', '%s%s%s%s%s阅读' % (author, seps(rng), date(rng, ctx['year']), seps(rng), wan(rng)))
    else:
        page.chrome('metadata', '%s  %s' % (author, hhmm(rng)))
        page.chrome('follow', '关注')
    if rng.random() < 0.3:
        page.chrome('audio', rng.choice(['▶ 听全文 %d:%02d' % (num(rng, 3, 20), num(rng, 0, 59)), '语音播报', '🎧 收听本文']))


def m_feed(rng, page, ctx, k):
    x = rng.random()
    if x < 0.4:
        feed_ad(rng, page)
    elif x < 0.75:
        rec_cards(rng, page, rng.random() < 0.7)
    elif x < 0.9:
        page.chrome('app_banner', rng.choice(['展开全文', '▼ 展开阅读全文', '点击展开剩余%d%%' % num(rng, 30, 80),
                                              '打开%s查看完整内容' % rng.choice(['App', '客户端'])]))
    else:
        page.chrome('caption', '[图片]')
        if rng.random() < 0.5:
            page.chrome('caption', rng.choice(['图片来源：网络', '（资料图）', '▲ 图源：视觉中国', '图为会议现场。']))


def t_feed(rng, page, ctx):
    if rng.random() < 0.5:
        page.chrome('disclaimer', rng.choice(['本文由作者上传发布，不代表平台观点。', '免责声明：本文来自网络，如有侵权请联系删除。',
                                              '以上内容仅代表作者观点，平台仅提供信息存储空间服务。']))
    one_or_many(rng, page, 'toolbar_actions', ['赞 %s' % wan(rng), '收藏', '分享', '举报'], 0.6)
    if rng.random() < 0.5:
        page.chrome('tags', rng.choice(['#政府工作报告#  #两会#', '标签：两会 民生 经济', '# 地方两会', '话题：#2024两会#']))
    order = [comments_block, rec_cards, hot_list]
    rng.shuffle(order)
    for f in order[:rng.randint(2, 3)]:
        f(rng, page) if f is not rec_cards else rec_cards(rng, page, True, rng.randint(2, 4))
    if rng.random() < 0.5:
        app_prompt(rng, page, '本App')


PORTALS = ['华夏网', '神州在线', '东方门户网', '中原网', '天下资讯网', '九州网']


def b_portal(rng, page, ctx):
    site = ctx['site']
    page.variants.append('portal_head')
    if rng.random() < 0.5:
        one_or_many(rng, page, 'login', ['登录', '注册', '手机看新闻', '设为首页'], 0.7)
    one_or_many(rng, page, 'nav', rng.sample(['首页', '新闻', '财经', '体育', '娱乐', '科技', '汽车', '房产', '教育', '旅游',
                                              '健康', '视频', '时政', '地方', '评论'], rng.randint(6, 11)), 0.6)
    if rng.random() < 0.5:
        page.chrome('search', rng.choice(['搜索', '请输入关键词  搜索', '热搜：%s' % rng.choice(FEED_TITLES)]))
    page.chrome('breadcrumb', rng.choice(['%s > 新闻中心 > 国内 > 正文' % site, '当前位置：首页 > 时政 > 地方', '%s首页 » 要闻 » 正文' % site,
                                          '首页 / 地方 / %s' % (ctx['place'] or '国内')]))
    page.chrome('title_repeat', ctx['title'])
    page.chrome('metadata', rng.choice(['%s %s  来源：%s' % (date(rng, ctx['year']), hhmm(rng), rng.choice(['新华社', '人民网', '%s日报' % (ctx['place'] or '经济')])),
                                        '%s%s参与互动 %s' % (date(rng, ctx['year']), seps(rng), wan(rng)),
                                        '发布时间：%s　作者：%s' % (date(rng, ctx['year']), rng.choice(['记者 王晓', '本网', '综合']))]))
    if rng.random() < 0.6:
        page.chrome('toolbar_fontsize', rng.choice(['字号：大 中 小', 'A+ A-', '【大 中 小】', '字体：T T']))
    if rng.random() < 0.4:
        page.chrome('share', rng.choice(['分享到：', '分享到：微信 微博 QQ空间', '微信 | 微博 | 复制链接']))


def m_portal(rng, page, ctx, k):
    x = rng.random()
    if x < 0.45:
        brand, text = rng.choice(ADS)
        page.chrome('ads', rng.choice(['推广', '广告', '推广 | %s' % text, '%s %s 广告' % (brand, text)]))
        if rng.random() < 0.6:
            page.chrome('ads', text + rng.choice(['', ' >>', '，戳这里']))
    elif x < 0.75:
        rec_cards(rng, page, True, rng.randint(1, 3))
    elif x < 0.9:
        page.chrome('related', rng.choice(['相关阅读：', '延伸阅读', '【相关新闻】']) + rng.choice(FEED_TITLES))
    else:
        page.chrome('video', rng.choice(['视频加载中...', '您的浏览器不支持视频播放', '▶ 00:00 / %02d:%02d' % (num(rng, 1, 9), num(rng, 0, 59))]))


def t_portal(rng, page, ctx):
    page.chrome('metadata', rng.choice(['责任编辑：%s' % rng.choice(['刘洋', '陈晨', '张小敏', '李想']), '（编辑：王丽）', '【责任编辑：赵明 PN%03d】' % num(rng, 1, 999)]))
    if rng.random() < 0.5:
        page.chrome('pagination', rng.choice(['上一页 1 2 3 下一页', '[1] [2] [3] 下一页', '第 1 2 页', '查看全文 >']))
    items = [comments_block, hot_list, rec_cards]
    rng.shuffle(items)
    for f in items:
        if rng.random() < 0.75:
            f(rng, page)
    one_or_many(rng, page, 'footer', ['关于我们', '广告服务', '联系我们', '招聘信息', '网站律师', '不良信息举报'], 0.7)
    page.chrome('footer', rng.choice(['Copyright © 1998-%d %s 版权所有' % (max(ctx['year'] + 1, 2025), ctx['site']),
                                      '%s 版权所有，未经书面授权禁止使用' % ctx['site'], '违法和不良信息举报电话：12377']))


def b_cache(rng, page, ctx):
    eng = rng.choice(['搜一下', '快搜', '寻网', '易搜'])
    page.variants.append('cache_head')
    url = 'http://www.%s.gov.cn/art/%d/%d/%d/art_%d_%d.html' % (rng.choice(['zf', 'gov', 'city', 'fgw']), ctx['year'],
                                                                  num(rng, 1, 3), num(rng, 1, 28), num(rng, 100, 9999),
                                                                  num(rng, 100000, 999999))
    shape = rng.randint(0, 2)
    if shape == 0:
        page.chrome('cache_banner', '这是 %s 对 %s 的网页快照，是该网页在 %s %s 的显示情况。' % (eng, url, date(rng, ctx['year']), hhmm(rng)))
        page.chrome('cache_banner', '当前页面可能已经更改。%s' % rng.choice(['查看原网页', '点击查看当前页面', '了解详情']))
    elif shape == 1:
        page.chrome('cache_banner', '网页快照')
        page.chrome('cache_banner', '%s快照日期：%s' % (eng, date(rng, ctx['year'])))
        page.chrome('cache_banner', '原网址：' + url)
        page.chrome('cache_banner', rng.choice(['%s和网页作者无关，不对其内容负责。' % eng, '本快照仅供参考，以原网页为准']))
    else:
        page.chrome('cache_banner', '%s百度快照%s纯文字版本%s关闭' % ('', seps(rng), seps(rng)) if rng.random() < 0.1 else
                    '[快照] 您访问的页面已失效，以下为%s保存的历史版本' % eng)
    if rng.random() < 0.6:
        kws = rng.sample(['政府', '工作', '报告', ctx['place'] or '国务院', '发展', '经济'], 3)
        page.chrome('cache_banner', rng.choice(['以下搜索词已高亮显示：', '高亮关键词：']) + ' '.join(kws))
    if rng.random() < 0.5:
        page.chrome('cache_banner', '-' * rng.randint(20, 40))
    # the portal page under the banner
    if rng.random() < 0.6:
        page.chrome('accessibility', rng.choice(['无障碍浏览', '长者模式 | 无障碍', '跳转到主要内容']))
    one_or_many(rng, page, 'nav', ['首页', '政务公开', '政务服务', '互动交流', '走进%s' % (ctx['place'] or '中国')], 0.5)
    page.chrome('breadcrumb', rng.choice(['您当前的位置：首页 > 政务公开 > 政府工作报告', '首页>>政府信息公开>>规划计划']))
    page.chrome('title_repeat', ctx['title'])
    if rng.random() < 0.7:
        page.chrome('metadata', rng.choice(['发布日期：%s　　来源：市政府办公室　　浏览次数：%d' % (date(rng, ctx['year']), num(rng, 100, 90000)),
                                            '时间：%s 信息来源：本网' % date(rng, ctx['year'])]))


def m_cache(rng, page, ctx, k):
    x = rng.random()
    if x < 0.4:
        page.chrome('cache_banner', rng.choice(['[快照图片未保存]', '（该图片在快照中不可用）', '图片未缓存']))
    elif x < 0.7:
        page.chrome('html_residue', rng.choice(['<!-- 正文结束 -->', '</div>', '&nbsp;&nbsp;', '<br/>', 'var _hmt = _hmt || [];']))
    else:
        page.chrome('caption', rng.choice(['[图片]', '图：会议现场', '（图片加载失败）']))


def t_cache(rng, page, ctx):
    if rng.random() < 0.6:
        one_or_many(rng, page, 'toolbar_actions', ['【打印本页】', '【关闭窗口】', '【收藏】'], 0.7)
    if rng.random() < 0.5:
        page.chrome('related', rng.choice(['相关文章：', '相关链接']))
        for _ in range(rng.randint(1, 3)):
            page.chrome('related', rng.choice(FEED_TITLES))
    page.chrome('footer', rng.choice(['主办：%s人民政府办公室　承办：大数据中心' % (ctx['place'] or '某某'), '网站标识码 %d' % num(rng, 10**9, 10**10 - 1)]))
    if rng.random() < 0.5:
        page.chrome('cache_banner', rng.choice(['— 快照结束 —', '以上为网页快照内容，查看原网页请点击此处']))


def b_live(rng, page, ctx):
    page.variants.append('live_head')
    y = ctx['year']
    ev = rng.choice(['国务院政策例行吹风会', '国新办新闻发布会', '国务院常务会议精神解读发布会']) if ctx['folder'] == 'state_council_2004_2019' \
        else rng.choice(['%s第十六届人民代表大会第%s次会议开幕' % (ctx['place'] or '全国', rng.choice(['二', '三', '四'])),
                     '政府工作报告全文直播', '两会图文直播：听报告', '新闻发布会 · 图文实录', '“%s两会”特别报道' % (ctx['place'] or '全国')])
    page.chrome('live_status', rng.choice(['【图文直播】' + ev, ev + ' | 图文直播', '直播 ' + ev, ev]))
    page.chrome('live_status', rng.choice(['● 直播中  %s人参与' % wan(rng), '直播已结束 · 回看', '🔴 正在直播', '状态：直播中',
                                           '直播中 | 已更新%d条' % num(rng, 5, 90), '%s人在看' % wan(rng)]))
    if rng.random() < 0.7:
        page.chrome('metadata', rng.choice(['时间：%s 09:00' % date(rng, y), '开始时间：%s 上午9时' % date(rng, y),
                                            '地点：%s' % rng.choice(['人民大会堂', '市人民会堂', '会展中心一号厅', '新闻发布厅'])]))
    if rng.random() < 0.6:
        one_or_many(rng, page, 'live_status', ['刷新', '正序', '倒序', '只看主持人', '自动刷新：开'], 0.8)
    if rng.random() < 0.4:
        page.chrome('live_status', rng.choice(['【导语】大会将听取和审议政府工作报告，本网全程图文直播，敬请关注。',
                                               '导语：本场发布会介绍有关情况并答记者问。']))
    if rng.random() < 0.5:
        page.chrome('live_stamp', rng.choice(['09:00', '08:58', '【09:01】', '%s 09:02:15' % date(rng, y)]))
    if ctx['folder'] == 'state_council_2004_2019':
        page.chrome('host', rng.choice(['主持人：女士们、先生们，上午好！欢迎出席今天的吹风会。',
                                        '【主持人】下面请有关负责同志介绍文件的主要内容。', '主持人：各位记者朋友，大家上午好！']))
        return
    page.chrome('host', rng.choice(['主持人：大会现在开会。', '【主持人】现在请政府领导作政府工作报告。',
                                    '大会执行主席：下面进行第一项议程，听取政府工作报告。', '主持人：各位记者朋友，大家上午好！']))


def m_live(rng, page, ctx, k):
    x = rng.random()
    ctx['clock'] = ctx.get('clock', 9 * 60) + rng.randint(2, 11)
    h, mi = divmod(ctx['clock'], 60)
    stamp = ctx.setdefault('stamp_form', rng.choice(['%02d:%02d', '【%02d:%02d】', '%02d时%02d分', '▍%02d:%02d', '%d:%02d',
                                                     '［%02d：%02d］'])) % (h, mi)
    page.chrome('live_stamp', stamp)
    if x < 0.25:
        page.chrome('host', rng.choice(['主持人：下面请继续。', '【现场】报告人继续作报告。', '（会场响起热烈掌声）',
                                        '主持人：请看大屏幕。', '记者：请问……', '【掌声】']))
    elif x < 0.4:
        page.chrome('caption', rng.choice(['[图片] 会场全景。记者 刘辉 摄', '▲ 发布会现场' if ctx['folder'] == 'state_council_2004_2019'
                                           else '▲ 代表们认真听取报告', '[图片]']))
    elif x < 0.5:
        page.chrome('live_status', rng.choice(['↓ 更多直播内容 ↓', '点击加载更多', '上滑查看更早内容']))


def t_live(rng, page, ctx):
    h, mi = divmod(ctx.get('clock', 9 * 60) + rng.randint(3, 30), 60)
    page.chrome('live_stamp', ctx.get('stamp_form', '%02d:%02d') % (h, mi))
    if ctx['folder'] == 'state_council_2004_2019':
        page.chrome('host', rng.choice(['主持人：今天的吹风会到此结束，谢谢各位！', '【主持人】谢谢大家，今天的发布会就到这里。']))
    else:
        page.chrome('host', rng.choice(['大会执行主席：会议第一项议程结束。', '【主持人】感谢各位代表。', '主持人：今天的会议到此结束。']))
    page.chrome('live_status', rng.choice(['直播结束，感谢收看！', '— 本场直播已结束 —', '本次图文直播共更新%d条' % num(rng, 20, 90),
                                           '直播已结束  精彩回看 >']))
    if rng.random() < 0.6:
        page.chrome('metadata', rng.choice(['（文字：%s  图片：%s  编辑：%s）' % ('王磊', '陈新', '林夕'), '记者：李晨 周洋', '统筹：融媒体中心']))
    if rng.random() < 0.6:
        comments_block(rng, page, 'live')
    if rng.random() < 0.5:
        share_line(rng, page)


def share_line(rng, page):
    page.chrome('share', rng.choice(['分享到：微信  朋友圈  微博', '转发  收藏  点赞', '分享 | 复制链接 | 海报', '↗ 分享']))


AI_NAMES = ['灵犀助手', '智答AI', '问一问', '小智', '知道AI', '星火助手']


def b_ai(rng, page, ctx):
    page.variants.append('ai_head')
    bot = rng.choice(AI_NAMES)
    if rng.random() < 0.5:
        one_or_many(rng, page, 'nav', ['新对话', '历史记录', '发现', '我的'], 0.7)
    if rng.random() < 0.5:
        page.chrome('ai_answer', rng.choice(['你', '我：', 'User', '用户提问：']))
    page.chrome('ai_answer', rng.choice(['帮我找一下%s的原文' % ctx['title'], '%s里关于这部分怎么写的？请引用原文' % ctx['title'],
                                         '请摘录%s的相关段落' % ctx['title'], '总结%s，附原文' % ctx['title']]))
    if rng.random() < 0.6:
        page.chrome('ai_answer', rng.choice(['%s' % bot, '%s：' % bot, 'AI 回答', '搜一下 AI智能回答']))
    if rng.random() < 0.7:
        page.chrome('ai_answer', rng.choice(['已深度思考（用时 %d 秒）' % num(rng, 3, 40), '已搜索到 %d 个网页' % num(rng, 3, 50),
                                             '找到了 %d 篇资料作为参考' % num(rng, 3, 12), '思考中…  已完成', '▼ 已阅读 %d 个网页' % num(rng, 5, 30)]))
    page.chrome('ai_answer', rng.choice(['好的，以下是%s中相关内容的原文摘录：' % ctx['title'],
                                         '根据公开发布的%s，原文如下：' % ctx['title'], '以下内容摘自官方发布的报告全文：',
                                         '当然可以！相关原文如下（已按原文顺序整理）：', '根据搜索结果，相关表述如下：']))


def m_ai(rng, page, ctx, k):
    x = rng.random()
    if x < 0.35:
        page.chrome('sources', rng.choice(['[%d]' % num(rng, 1, 9), '[%d][%d]' % (num(rng, 1, 4), num(rng, 5, 9)), '来源 %d' % num(rng, 1, 8),
                                           '^%d' % num(rng, 1, 9), '（引用自参考资料%d）' % num(rng, 1, 8)]))
    elif x < 0.65:
        page.chrome('ai_answer', rng.choice(['**%d. %s**' % (k + 1, rng.choice(['经济发展', '民生保障', '改革开放', '重点任务', '主要成绩'])),
                                             '### %s' % rng.choice(['一、回顾', '二、部署', '要点', '原文摘录']),
                                             '%s：' % rng.choice(['要点' + str(k + 1), '原文', '接下来是', '此外，报告还提到']),
                                             '---']))
    elif x < 0.8:
        page.chrome('ai_answer', rng.choice(['> 以上为原文第%d部分' % (k + 1), '（中间部分略）', '……', '（续）']))


def t_ai(rng, page, ctx):
    if rng.random() < 0.7:
        page.chrome('ai_answer', rng.choice(['总结来说，这份报告对下一步工作作了全面部署。如需完整内容，建议查阅官方发布的全文。',
                                             '以上内容均摘自原文，未作改动。你还想了解哪一部分？', '希望对你有帮助！']))
    page.chrome('disclaimer', rng.choice(['内容由AI生成，仅供参考', '本回答由 AI 生成，内容仅供参考，请仔细甄别。',
                                          '以上内容由人工智能生成，可能存在错误，重要信息请以官方发布为准。', 'AI生成 · 请注意甄别']))
    if rng.random() < 0.85:
        page.chrome('sources', rng.choice(['参考来源', '参考资料：', '引用 %d 篇资料' % num(rng, 3, 8), '📎 参考来源（%d）' % num(rng, 3, 6)]))
        one = rng.random() < 0.25
        items = []
        for i in range(1, rng.randint(2, 6)):
            items.append(rng.choice(['%d. %s - %s' % (i, ctx['title'], rng.choice(['政府网', '人民网', '新华网', '百科'])),
                                     '[%d] %s全文｜%s' % (i, ctx['title'], rng.choice(PORTALS)),
                                     '%d %s %s' % (i, rng.choice(FEED_TITLES), date(rng, ctx['year'])),
                                     '%d. www.%s.gov.cn' % (i, rng.choice(['zhengfu', 'city', 'people', 'gwy']))]))
        if one:
            page.chrome('sources', '  '.join(items))
        else:
            for it in items:
                page.chrome('sources', it)
    one_or_many(rng, page, 'toolbar_actions', rng.sample(['复制', '重新生成', '👍', '👎', '分享', '朗读', '编辑'], rng.randint(3, 6)), 0.6)
    if rng.random() < 0.6:
        page.chrome('ai_answer', rng.choice(['你可能还想问：', '相关问题', '继续追问']))
        for _ in range(rng.randint(1, 3)):
            page.chrome('ai_answer', rng.choice(['%s有哪些亮点？' % ctx['title'], '今年的主要预期目标是什么？', '和去年相比有什么变化？',
                                                 '帮我生成一份学习心得 →']))
    if rng.random() < 0.5:
        page.chrome('toolbar_actions', rng.choice(['给 %s 发送消息' % rng.choice(AI_NAMES), '有问题，尽管问  深度思考  联网搜索', '输入你的问题...']))


def b_reader(rng, page, ctx):
    page.variants.append('reader_head')
    book = rng.choice(['《%s年政府工作报告汇编》' % ctx['year'], '《两会文件学习读本》', '《%s》' % ctx['title'], '《政府工作报告（单行本）》'])
    ctx['book'] = book
    if rng.random() < 0.5:
        page.chrome('reader_bar', rng.choice(['← 书架', '目录  笔记  设置', '返回  ' + book, '微阅读书']))
    page.chrome('running_header', rng.choice([book, ctx['chapter'], book + '  ' + ctx['chapter']]))
    if rng.random() < 0.4:
        page.chrome('counts', rng.choice(['%s人正在读' % wan(rng), '推荐值 %d.%d%%' % (num(rng, 70, 99), num(rng, 0, 9)),
                                          '%s人读过 · %d人读完' % (wan(rng), num(rng, 10, 900))]))
    if rng.random() < 0.5:
        page.chrome('reader_bar', rng.choice(['%s · 第%d章' % (ctx['chapter'], num(rng, 1, 30)), '第%d章' % num(rng, 2, 30)]))


def m_reader(rng, page, ctx, k):
    x = rng.random()
    if x < 0.45:
        page.chrome('highlight', rng.choice(['%d人划线' % num(rng, 2, 3000), '%d 条想法' % num(rng, 1, 200), '〰 %d' % num(rng, 2, 900),
                                             '%d人划线 · %d条想法' % (num(rng, 2, 900), num(rng, 1, 90)), '热门划线']))
    elif x < 0.75:
        page.chrome('running_header', rng.choice([ctx['chapter'], ctx['book'], '%s  %d' % (ctx['chapter'], num(rng, 2, 300))]))
        if rng.random() < 0.5:
            page.chrome('pagination', rng.choice(['%d' % num(rng, 2, 300), '%d/%d' % (num(rng, 2, 90), num(rng, 91, 300)), '%d%%' % num(rng, 1, 99)]))
    else:
        page.chrome('reader_bar', rng.choice(['阅读进度 %d%%' % num(rng, 1, 99), '本章剩余%d页' % num(rng, 1, 20), '写想法  分享  划线']))


def t_reader(rng, page, ctx):
    if rng.random() < 0.6:
        page.chrome('highlight', '%d人划线' % num(rng, 2, 500))
    page.chrome('reader_bar', rng.choice(['— 本章完 —', '本章完', '下一章  >', '· 未完待续 ·']))
    if rng.random() < 0.6:
        one_or_many(rng, page, 'reader_bar', ['上一章', '目录', '下一章'], 0.7)
    if rng.random() < 0.5:
        page.chrome('reader_bar', rng.choice(['阅读时长 %d分钟' % num(rng, 2, 90), '已加入书架', '读完 %d%%' % num(rng, 5, 99)]))
    if rng.random() < 0.4:
        page.chrome('disclaimer', rng.choice(['本书由出版社授权发行，版权所有，侵权必究', '内容来自公开出版物，仅供学习参考']))


def b_rongmei(rng, page, ctx):
    page.variants.append('rongmei_head')
    pl = ctx['place'] or rng.choice(['青山', '白水', '龙泉', '新城'])
    app = rng.choice(['掌上%s' % pl, '爱%s' % pl, '%s发布' % pl, '今日%s' % pl, '%s融媒' % pl, '云上%s' % pl])
    ctx['app'] = app
    if rng.random() < 0.6:
        page.chrome('app_banner', rng.choice(['打开%s客户端，查看更多精彩' % app, '下载%s APP' % app, '%s · 打开App' % app]))
    page.chrome('title_repeat', ctx['title'] + rng.choice(['', '（全文）', '']))
    page.chrome('metadata', rng.choice(['%s融媒体中心  %s' % (pl, date(rng, ctx['year'])),
                                        '来源：%s融媒体中心%s%s' % (pl, seps(rng), date(rng, ctx['year'])),
                                        '%s  %s  阅读 %s' % (app, date(rng, ctx['year']), wan(rng))]))
    if rng.random() < 0.5:
        page.chrome('metadata', rng.choice(['编辑：%s  审核：%s  终审：%s' % ('何静', '马超', '孙立'), '责编：%s' % '周婷',
                                            '记者：%s 通讯员：%s' % ('胡林', '杨帆')]))
    if rng.random() < 0.4:
        page.chrome('audio', rng.choice(['🔊 点击收听', '听新闻  %d:%02d' % (num(rng, 2, 20), num(rng, 0, 59))]))


def m_rongmei(rng, page, ctx, k):
    x = rng.random()
    if x < 0.3:
        page.chrome('video', rng.choice(['▶ 点击观看视频', '【视频】%s' % rng.choice(FEED_TITLES), '视频时长 %02d:%02d' % (num(rng, 0, 9), num(rng, 1, 59))]))
    elif x < 0.6:
        rec_cards(rng, page, True, rng.randint(1, 2))
    elif x < 0.8:
        page.chrome('app_banner', rng.choice(['打开%s，阅读全文' % ctx['app'], '↓↓ 继续阅读 ↓↓', '展开全文']))
    else:
        page.chrome('caption', rng.choice(['[图片]', '图片来源：%s融媒体中心' % (ctx['place'] or '县'), '（拍摄：张伟）']))


def t_rongmei(rng, page, ctx):
    if rng.random() < 0.7:
        page.chrome('metadata', rng.choice(['编辑：%s 审核：%s' % ('秦风', '吴越'), '来源：%s' % ctx['app'], '一审：%s 二审：%s 三审：%s' % ('甲', '乙', '丙')]))
    page.chrome('disclaimer', rng.choice(['本文为%s原创，转载请注明出处。' % ctx['app'], '版权声明：未经授权不得转载。',
                                          '如有侵权请联系删除']))
    one_or_many(rng, page, 'counts', ['阅读 %s' % wan(rng), '点赞 %d' % num(rng, 1, 999), '在看 %d' % num(rng, 0, 99)], 0.7)
    if rng.random() < 0.7:
        page.chrome('service', rng.choice(['便民服务', '政务服务']))
        one_or_many(rng, page, 'service', rng.sample(['社保查询', '公积金', '违章查询', '不动产登记', '12345热线', '医保缴费', '预约挂号',
                                                      '我要爆料'], rng.randint(3, 6)), 0.5)
    if rng.random() < 0.5:
        comments_block(rng, page, 'rongmei')
    page.chrome('footer', rng.choice(['新闻线索报料：0%d-%d' % (num(rng, 310, 999), num(rng, 2000000, 8999999)),
                                      '%s客户端 · %s融媒体中心出品' % (ctx['app'], ctx['place'] or '县'),
                                      '投稿邮箱：%s@163.com' % rng.choice(['rmtxw', 'xxrm', 'tougao'])]))
    app_prompt(rng, page, ctx['app'])


# ---------------------------------------------------------------- the PDF copies

def pb_block(rng, page, ctx, kind_of):
    """One page break of a hard-wrapped copy: footer of the ending page and header of the next one."""
    ctx['pg'] += 1
    p, tot = ctx['pg'], ctx['pages']
    form = ctx['pnum_form']
    page.chrome('pagination', form.format(p=p, t=tot, fp=fw(rng, str(p), 1.0)))
    if kind_of == 'webprint':
        if ctx['onel']:
            page.chrome('print_header', '%s%s%d/%d' % (ctx['url'], seps(rng), p, tot))
        else:
            page.chrome('print_header', ctx['url'])
            page.chrome('print_header', '%d/%d' % (p, tot))
        page.chrome('print_header', '%s %s' % (ctx['pdate'], ctx['title_print']))
    elif kind_of == 'huibian':
        page.chrome('running_header', ctx['rh'])
    else:
        page.chrome('title_repeat', ctx['title'])
    if ctx.get('wm') and rng.random() < 0.5:
        page.chrome('watermark', ctx['wm'])


def b_pdf(rng, page, ctx):
    kind_of = ctx['pdf_kind']
    page.variants.append('pdf_' + kind_of)
    if kind_of == 'huibian':
        page.chrome('running_header', ctx['rh'])
        if rng.random() < 0.5:
            page.chrome('toc', '目　　录')
            for t in rng.sample(['政府工作报告', '关于国民经济和社会发展计划执行情况的报告', '关于财政预算执行情况的报告',
                                 '人民代表大会常务委员会工作报告', '人民法院工作报告', '人民检察院工作报告'], 3):
                page.chrome('toc', '%s%s%d' % (t, '…' * rng.randint(4, 12), num(rng, 1, 90)))
        if rng.random() < 0.5:
            page.chrome('running_header', rng.choice(['材料之%s' % rng.choice(['一', '二', '三']), '（供审议）', '文件之二', '大会文件（%d）' % num(rng, 1, 9)]))
    elif kind_of == 'webprint':
        if ctx['onel']:
            page.chrome('print_header', '%s %s' % (ctx['pdate'], ctx['title_print']))
        else:
            page.chrome('print_header', ctx['pdate'])
            page.chrome('print_header', ctx['title_print'])
        one_or_many(rng, page, 'nav', ['首页', '机构', '新闻', '政务公开', '政务服务', '互动交流'], 0.8)
        page.chrome('breadcrumb', '当前位置：首页 > 政务公开 > 政府工作报告')
        if rng.random() < 0.6:
            page.chrome('metadata', '发布时间：%s  来源：%s' % (date(rng, ctx['year']), rng.choice(['市政府办公室', '研究室', '本站'])))
            page.chrome('toolbar_fontsize', '【字体：大 中 小】')
    else:
        page.chrome('title_repeat', ctx['title'])
    if ctx.get('wm') and rng.random() < 0.6:
        page.chrome('watermark', ctx['wm'])


def t_pdf(rng, page, ctx):
    kind_of = ctx['pdf_kind']
    if kind_of == 'webprint':
        if rng.random() < 0.7:
            one_or_many(rng, page, 'toolbar_actions', ['【打印】', '【关闭】'], 0.8)
        page.chrome('footer', rng.choice(['主办：%s人民政府办公室' % (ctx['place'] or '某'), '版权所有 © %s' % ctx['year']]))
    ctx['pg'] += 1
    page.chrome('pagination', ctx['pnum_form'].format(p=ctx['pg'], t=ctx['pages'], fp=fw(rng, str(ctx['pg']), 1.0)))
    if kind_of == 'webprint':
        page.chrome('print_header', '%s    %d/%d' % (ctx['url'], ctx['pg'], ctx['pages']))


def wrap(text, width, first_short, rng):
    """Cut text every ``width`` characters (first piece shorter by first_short); punctuation hangs, no cut at whitespace."""
    pieces = []
    i = 0
    w = width - first_short
    n = len(text)
    while i < n:
        j = min(n, i + w)
        if j < n:
            while j < n and text[j] in CLOSE_PUNCT:
                j += 1
            while j < n and (text[j].isspace() or text[j - 1].isspace() or text[j] in CLOSE_PUNCT):
                j += 1
        pieces.append(text[i:j])
        i = j
        w = width
    return pieces


# ---------------------------------------------------------------- page assembly

STYLES = {
    'feed': (b_feed, m_feed, t_feed, 0.75),
    'portal': (b_portal, m_portal, t_portal, 0.5),
    'live': (b_live, m_live, t_live, 0.8),
    'ai': (b_ai, m_ai, t_ai, 0.55),
    'cache': (b_cache, m_cache, t_cache, 0.3),
    'reader': (b_reader, m_reader, t_reader, 0.55),
    'rongmei': (b_rongmei, m_rongmei, t_rongmei, 0.55),
    'pdf': (b_pdf, None, t_pdf, 0.0),
}


def make_page(rng, style, src, paras, s, e, ctx):
    page = Page(rng)
    head, mid, tail, p_mid = STYLES[style]
    indent = rng.choice(['', '', '　　', '  ', '    ', '\t', '　'])
    blank = rng.choice(['0', '1', '1', '2', 'ws']) if style != 'pdf' else rng.choice(['0', '0', '1'])
    head(rng, page, ctx)
    page.variants.append('|content')
    page.variants.append('indent=%r' % indent)
    page.variants.append('blank=' + blank)

    def gap():
        if blank == '1':
            page.blank()
        elif blank == '2':
            page.blank()
            page.blank()
        elif blank == 'ws':
            page.blank(rng.choice(['　', ' ', '\t', '  ']))

    if style == 'pdf':
        width = ctx['width']
        page.variants.append('pdf_w%d' % width)
        lines_left = rng.randint(10, 28)
        total_pieces = 0
        for i in range(s, e + 1):
            kind = content_kind(paras, i)
            pieces = wrap(paras[i], width, 2 if indent else 0, rng)
            total_pieces += len(pieces)
        ctx['pages'] = ctx['pg'] + max(2, total_pieces // 20 + 2)
        for i in range(s, e + 1):
            kind = content_kind(paras, i)
            pieces = wrap(paras[i], width, 2 if indent else 0, rng)
            for j, pc in enumerate(pieces):
                page.content((indent if j == 0 else '') + pc, kind, i)
                lines_left -= 1
                if lines_left <= 0 and not (i == e and j == len(pieces) - 1):
                    inpara = j < len(pieces) - 1
                    page.variants.append('pagebreak_inpara' if inpara else 'pagebreak')
                    if rng.random() < 0.4:
                        page.blank()
                    pb_block(rng, page, ctx, ctx['pdf_kind'])
                    if rng.random() < 0.3:
                        page.blank()
                    lines_left = rng.randint(12, 30)
            if i < e and blank != '0' and lines_left > 0:
                page.blank()
    else:
        k = 0
        for i in range(s, e + 1):
            page.content(indent + paras[i], content_kind(paras, i), i)
            if i < e:
                if rng.random() < p_mid:
                    if 'mid' not in page.variants:
                        page.variants.append('mid')
                    gap()
                    mid(rng, page, ctx, k)
                    k += 1
                gap()
    page.variants.append('content|')
    if blank != '0' or rng.random() < 0.5:
        page.blank()
    tail(rng, page, ctx)
    page.variants.append('tail')
    return page


def main():
    corpus = find_corpus()
    rng = random.Random(SEED)
    locked, used = earlier_ranges()
    folders = {'city_gwr_2024': 46, 'provincial_gwr_2025': 16, 'state_council_2004_2019': 15,
               'national_gwr_wikisource': 14, 'cpc_congress_wikisource': 9}
    docs = []
    for f, n in folders.items():
        files = sorted(f + '/' + x for x in os.listdir(os.path.join(corpus, f)) if x.endswith('.txt'))
        rng.shuffle(files)
        files.sort(key=lambda src: free_gap(read_paras(corpus, src), locked.get(src, []), used.get(src, [])) < 5)
        docs += files[:n + 6]
    styles = [s for s, n in STYLE_PLAN for _ in range(n)]
    rng.shuffle(styles)
    rng.shuffle(docs)
    os.makedirs(os.path.join(HERE, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'gold'), exist_ok=True)
    for d in ('pages', 'gold'):
        for f in os.listdir(os.path.join(HERE, d)):
            os.remove(os.path.join(HERE, d, f))
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    n = 0
    for src in docs:
        if n == len(styles):
            break
        style = styles[n]
        paras = read_paras(corpus, src)
        run = choose_run(rng, paras, locked.get(src, []), used.get(src, []), style)
        if not run:
            continue
        s, e, where = run
        title = doc_title(src)
        content_set = set(paras[s:e + 1])
        if title in content_set:
            title += '（全文）'
        year = int(re.match(r'\d+', os.path.basename(src)).group()) if re.match(r'\d{4}', os.path.basename(src)) else 2024
        if year < 1990:
            year = 2024
        ctx = {'folder': src.split('/')[0], 'title': title, 'place': place(src), 'year': year, 'site': rng.choice(PORTALS), 'pg': rng.randint(0, 40),
               'chapter': rng.choice(['第%d章　%s' % (num(rng, 1, 20), title), title, '%s（%d）' % (title, num(rng, 1, 5))])}
        if style == 'pdf':
            ctx['pdf_kind'] = rng.choice(['huibian', 'huibian', 'webprint', 'titlerep'])
            ctx['width'] = rng.randint(18, 44)
            ctx['pnum_form'] = rng.choice(['— {p} —', '- {p} -', '·{p}·', '第{p}页', '第 {p} 页 共 {t} 页', '{p}', '{p}/{t}',
                                           '－ {fp} －', '— {fp} —', 'Page {p} of {t}', '（{p}）', '{fp}'])
            ctx['rh'] = rng.choice(['%s第十六届人民代表大会第三次会议文件' % (ctx['place'] or '全国'), '会议材料汇编',
                                    '%s两会文件汇编（%d）' % (ctx['place'] or '', year), '学习资料汇编  内部资料  注意保存',
                                    '%s年%s会议材料' % (year, ctx['place'] or '')])
            ctx['url'] = 'https://www.%s.gov.cn/zwgk/%d%02d/t%d_%d.html' % (rng.choice(['zhengfu', 'shi', 'gwy', 'fzgg']), year,
                                                                             num(rng, 1, 12), year * 10000 + num(rng, 101, 1228),
                                                                             num(rng, 100000, 999999))
            ctx['pdate'] = rng.choice(['%d/%d/%d %s' % (year, num(rng, 1, 12), num(rng, 1, 28), hhmm(rng)), '%d/%d/%d 上午%d:%02d' % (
                year, num(rng, 1, 12), num(rng, 1, 28), num(rng, 8, 11), num(rng, 0, 59))])
            ctx['title_print'] = rng.choice([title, title + '_' + rng.choice(['中国政府网', '市人民政府门户网站', '政府信息公开']),
                                             title + ' - ' + rng.choice(PORTALS)])
            ctx['onel'] = rng.random() < 0.5
            ctx['wm'] = rng.choice([None, None, '内部资料', '仅供参考', '下载于 %s' % date(rng, year), '%s融媒体中心' % (ctx['place'] or '某')])
        page = make_page(rng, style, src, paras, s, e, ctx)
        content_lines = {t.strip() for t, lab, _, _ in page.rows if lab == 'content'}
        if any(lab == 'chrome' and t.strip() in content_lines for t, lab, _, _ in page.rows):
            continue
        n += 1
        doc = '%03d' % n
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, _, _, _ in page.rows))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, lab, kind, para) in enumerate(page.rows, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, lab, kind, para))
        site = {'feed': '资讯App', 'portal': ctx['site'], 'live': '图文直播', 'ai': 'AI助手', 'cache': '网页快照',
                'reader': '读书App', 'rongmei': '融媒体App', 'pdf': 'PDF'}[style]
        variants = [where] + page.variants
        index.append('\t'.join([doc, style, src, str(s), str(e), str(len(page.rows)), ';'.join(variants), site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages:', n)


if __name__ == '__main__':
    main()
