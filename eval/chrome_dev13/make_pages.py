#!/usr/bin/env python3
"""Generator of the chrome development set eval/chrome_dev13 (stdlib only, deterministic, seed 20261313).

Owns the whole set: it reads the shared corpus, picks one contiguous run of real paragraphs per source
document (preferring documents and ranges no earlier set used, never a range of the locked sets
chrome_test6 / chrome_test7), wraps it in page chrome written here by helper chromedev13 (forums and
贴吧-like boards, 知乎-like Q&A, 豆瓣-like groups, WeChat-article aggregators and search pages, RSS
readers, e-mail digests, content farms, note-app clippings, desktop selections with sidebars and floating
widgets, hard-wrapped PDF copies) and writes pages/NNN.txt, gold/NNN.tsv and index.tsv.

  python make_pages.py [--corpus DIR]
"""
import os
import random
import re
import sys
import unicodedata

SEED = 20261313
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
SKIP = ('廣州共產黨報告', '03_中共第3次', '1954_', '1956_', '2024_枣庄', '2024_承德', '国家教材委员会组成人员')
LOCKED = ('chrome_test6', 'chrome_test7')      # never overlap these ranges
BAD = re.compile(r'^(来源|注[:：]|附件|名词解释|责任编辑|编辑[:：]|打印|网站地图|主办|承办|备案号|版权|技术支持|联系我们)'
                 r'|ICP备|公网安备|网站标识码|党政机关|↑|\[\d+\]|（本文有删减）')
RESIDUE = re.compile(r'责任编辑|打印|分享到|网站地图|主办单位|备案号|ICP|网站标识码|公网安备|版权|技术支持|党政机关')


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


def paragraphs(path):
    with open(path, encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def cjk(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')


def usable(paras):
    """good[i]: paragraph i may be content; a file's trailing portal residue is cut off."""
    n = len(paras)
    end = n
    for i in range(max(0, n - 15), n):
        if RESIDUE.search(paras[i]) and all(len(p) < 90 for p in paras[i:]):
            end = i
            break
    return [i < end and cjk(p) >= 2 and not BAD.search(p) for i, p in enumerate(paras)]


def used_ranges():
    """source_file -> [(start, end, locked)] from every other eval/chrome_* index.tsv (ranges only)."""
    out = {}
    ev = os.path.dirname(HERE)
    for name in sorted(os.listdir(ev)):
        p = os.path.join(ev, name, 'index.tsv')
        if not name.startswith('chrome_') or name == os.path.basename(HERE) or not os.path.exists(p):
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out.setdefault(r[si], []).append((int(r[a]), int(r[b]), name in LOCKED))
    return out


def content_kind(p, i, n, paras):
    s = p
    if s in ('各位代表：', '同志们：') or (s.endswith('：') and len(s) < 60 and (s.startswith('各') or re.search(
            '国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', s))):
        return 'greeting'
    if re.fullmatch(r'[0-9０-９一二三四五六七八九〇○零十]{2,4}年[0-9０-９一二三四五六七八九〇○零十]{1,3}月[0-9０-９一二三四五六七八九〇○零十]{1,3}日', s) \
            or s == '（此件公开发布）':
        return 'signature'
    if i + 1 < n and re.fullmatch(r'[0-9０-９一二三四五六七八九〇○零十]{2,4}年.{1,3}月.{1,3}日', paras[i + 1]) and len(s) < 30:
        return 'signature'
    if s in ('各位代表！', '同志们！') or (s.endswith('！') and i >= n - 2):
        return 'closing'
    if len(s) <= 60 and '。' not in s and not s[-1] in '。；！？':
        return 'heading'
    return 'content'


# ----------------------------------------------------------------------------------------- documents

def doc_info(folder, fname, paras):
    base = fname[:-4]
    parts = base.split('_')
    if folder == 'city_gwr_2024':
        place = parts[1]
        full = place if place.endswith(('市', '州', '盟', '地区')) else place + '市'
        return dict(title='%s2024年政府工作报告' % full, short='%s政府工作报告' % place, place=place, year='2024',
                    org='%s人民政府' % full, when='2024')
    if folder == 'provincial_gwr_2025':
        place = parts[1]
        return dict(title='2025年%s政府工作报告' % place, short='%s政府工作报告' % place.rstrip('省市'),
                    place=place.rstrip('省市'), year='2025', org='%s人民政府' % place, when='2025')
    if folder == 'national_gwr_wikisource':
        y = parts[0]
        return dict(title='%s年国务院政府工作报告' % y, short='政府工作报告（%s年）' % y, place='中国', year=y,
                    org='国务院', when=y)
    if folder == 'cpc_congress_wikisource':
        t = parts[-1]
        return dict(title=t, short=parts[1], place='党代会', year='', org='中国共产党', when='')
    y = parts[0]
    t = parts[2] if len(parts) > 2 else base
    return dict(title=t, short=t[:18] + '…' if len(t) > 20 else t, place='国务院', year=y, org=t[:6] if t.startswith(
        '国务院办公厅') else '国务院', when=y, number=parts[1])


def choose_run(paras, good, used, rng, length, mode):
    n = len(paras)
    best = None
    for s in range(n):
        e = s + length - 1
        if e >= n:
            break
        if not all(good[s:e + 1]):
            continue
        locked = any(not (e < a or s > b) for a, b, lk in used if lk)
        if locked:
            continue
        over = sum(max(0, min(e, b) - max(s, a) + 1) for a, b, lk in used)
        last_good = max(i for i in range(n) if good[i])
        pos = 'head' if s <= 3 else 'tail' if e == last_good else 'middle'
        cost = over * 3 + (0 if pos == mode else (14 if mode == 'middle' else 45)) + rng.random()
        if best is None or cost < best[0]:
            best = (cost, s, e, over)
    return best


# ----------------------------------------------------------------------------------------- helpers

SURN = '王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田萧潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕鹏辉志斌宇浩凯健俊帆帅旭宁龙林欣颖梅琳晨瑶婷雪慧婧倩琪璐莹晓思嘉子佳文博一天雨诗家乐安然亦舒'
NICKS = ['青柠不加糖', '老街口的猫', '一只读书狗', '风过无痕2019', '岁月静好ing', 'momo酱', '阿Q正传', '江南小蛮腰',
         '公考上岸鸭', '小镇做题家', '北方的狼', '今天也要加油', '橘子汽水', '深夜食堂老板', '半糖主义', '云淡风轻',
         '政策控', '老张说事', 'Leo_Chen', 'sunny_day', '吃瓜群众甲', '土豆炖牛肉', '布衣书生', '写材料的小王',
         '笔杆子老刘', '机关小白', '考编人', '一条咸鱼', '胖虎', '大白兔奶糖', '星河滚烫', '山海可平', 'xiaoyu_88',
         '路人丙', '清风徐来', '柴米油盐', '老司机带带我', '秋水长天', '数据控', '夜航船']
PROVS = ['北京', '上海', '广东', '浙江', '江苏', '山东', '四川', '湖北', '湖南', '河南', '福建', '安徽', '陕西', '辽宁',
         '重庆', '天津', '云南', '广西', '江西', '河北', '山西', '黑龙江', '吉林', '贵州', '甘肃', '内蒙古', '海南']
DOMAINS = ['tieba-like.com', 'bbs.example-gov.cn', 'www.zhengce123.com', 'fanwen.cc', 'wenmi.net', 'mip.chazidian.org']


class R:
    def __init__(self, seed, years=('2024', '2025')):
        self.r = random.Random(seed)
        self.years = years

    def __getattr__(self, k):
        return getattr(self.r, k)

    def p(self, x):
        return self.r.random() < x

    def name(self):
        return self.choice(SURN) + ''.join(self.choice(GIVEN) for _ in range(self.choice((1, 2, 2))))

    def nick(self):
        return self.choice(NICKS + [self.name(), 'user%06d' % self.randint(1000, 999999)])

    def date(self, year=None, sep='-'):
        y = year or self.choice(self.years)
        m, d = self.randint(1, 12), self.randint(1, 28)
        if sep == 'cn':
            return '%s年%d月%d日' % (y, m, d)
        return '%s%s%02d%s%02d' % (y, sep, m, sep, d)

    def time(self, sec=False):
        t = '%02d:%02d' % (self.randint(6, 23), self.randint(0, 59))
        return t + (':%02d' % self.randint(0, 59) if sec else '')

    def big(self):
        n = self.randint(30, 99999)
        if n > 10000 and self.p(0.6):
            return '%.1f万' % (n / 10000)
        return '{:,}'.format(n) if self.p(0.3) else str(n)

    def hexid(self, k=8):
        return ''.join(self.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-') for _ in range(k))

    def sp(self):
        return self.choice(['　', ' ', '  ', ' | ', '　|　', ' · ', '｜', '\t', ' / '])


def mojibake(r, text):
    b = text.encode('utf-8')
    enc = r.choice(['gbk', 'big5', 'cp1252', 'latin-1', 'shift_jis'])
    s = b.decode(enc, errors='ignore' if enc != 'latin-1' else 'strict')
    s = ''.join(c for c in s if unicodedata.category(c) not in ('Cc', 'Co', 'Cn', 'Cs', 'Cf', 'Zl', 'Zp')
                and c not in '\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')
    return s.strip() or '锟斤拷锟斤拷'


def title_forms(r, d, site):
    t = d['title']
    forms = ['【分享】%s全文' % t, '%s（全文）' % t, '%s_%s' % (t, site), '%s - %s' % (d['short'], site),
             '重磅！%s来了' % d['short'], '%s——全文实录' % t, '《%s》全文+解读' % d['short'], '[转载] %s' % t,
             '%s | 收藏备用' % t, '%s原文（完整版）' % d['short'], '“%s”全文发布' % d['short'],
             '#%s#' % d['short'], '%s【精选】' % t, '%s…' % t[:max(6, len(t) - 5)], 'Re: %s' % d['short'],
             '%s（附全文下载）' % t, '%s【政策研读】' % d['short'], '%s 全文 | %s' % (t, site)]
    return r.choice(forms)


def headings_of(paras, good):
    return [p for i, p in enumerate(paras) if good[i] and len(p) <= 40 and re.match(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[部章])', p)
            and '。' not in p]


# ----------------------------------------------------------------------------------------- chrome blocks
# every block returns a list of (text, kind); the style functions put them together

def B(kind, *lines):
    return [(l, kind) for l in lines]


def forum_nav(r, site):
    return r.choice([
        B('nav', r.choice(['首页', '网页　资讯　视频　图片　知道　文库　贴吧　地图', '进吧　看贴　图片　精品　视频　游戏']),
          r.choice(['政务吧', '公文写作吧', '%s吧' % r.choice(PROVS), '公务员吧', '考公上岸吧'])
          + r.choice(['　关注：%s　贴子：%s' % (r.big(), r.big()), ' 已关注', ' +关注', ''])),
        B('nav', '%s论坛 » 时政杂谈 » 政策解读' % site),
        B('nav', '论坛首页', '社区广场', '精华区', '版规', '搜索'),
        B('nav', 'BBS首页 | 新帖 | 热帖 | 精华 | 我的帖子 | 消息(%d)' % r.randint(0, 9)),
    ])


def floor_line(r, n, who, when, op=False):
    forms = [
        '%d楼' % n if n > 1 else '楼主',
        '%s%s%s' % (who, r.sp(), '楼主' if op else 'Lv.%d' % r.randint(1, 18)),
        '%d楼%s%s %s' % (n, r.sp(), when, r.time()),
        '#%d %s 发表于 %s %s' % (n, who, when, r.time()),
        '%s　发表于 %s %s　只看该作者' % (who, when, r.time()),
        '第%d楼 | %s | %s' % (n, who, when),
        '%d楼 %s 来自%s客户端' % (n, when, r.choice(['Android', 'iPhone', 'iPad', '贴吧极速版', 'HarmonyOS'])),
        '回复 %d楼 · IP属地：%s' % (n, r.choice(PROVS)),
        '%s　%s　%s楼' % (who, when, n),
        '【%d楼】%s' % (n, who),
    ]
    out = [r.choice(forms)]
    if r.p(0.4):
        out.append(r.choice(['%s %s' % (when, r.time()), 'IP属地:%s' % r.choice(PROVS), '%s' % who,
                             '等级：%s' % r.choice(['秀才', '举人', '进士', '贡士', '童生', '正式会员']),
                             '帖子 %d　精华 %d　积分 %d' % (r.randint(3, 9999), r.randint(0, 9), r.randint(10, 99999))]))
    return B('metadata', *out)


def forum_sig(r):
    sigs = ['—————————————————', '------------------------', '签名：%s' % r.choice(
        ['宁静致远，淡泊明志', '上岸！上岸！上岸！', '写材料，我是认真的', '不忘初心，方得始终', '每天进步一点点',
         '人生如逆旅，我亦是行人', '少说话，多做事', 'Stay hungry, stay foolish']),
            '—— 来自 %s' % r.choice(['iPhone 15 Pro', '小米14', '华为Mate 60', 'vivo X100', '贴吧客户端', 'OPPO Find X7']),
            '本帖来自手机客户端', '【个性签名】%s' % r.choice(['公文人的日常', '越努力越幸运', '好好学习天天向上']),
            '~~~~~~~~~~~~', '此用户签名已被屏蔽']
    k = r.randint(1, 2)
    return B('forum_sig', *r.sample(sigs, k))


def mod_note(r, when):
    return B('mod_note', r.choice([
        '本帖最后由 %s 于 %s %s 编辑' % (r.nick(), when, r.time()),
        '【版主提示】本帖已被加入精华区，感谢楼主分享！',
        '该贴已被管理员置顶',
        '※ 修改:·%s 于 %s 修改本文·[FROM: 10.%d.%d.*]' % (r.nick(), when, r.randint(1, 250), r.randint(1, 250)),
        '[版主操作] 本帖已移动至“政策解读”分区',
        '⚠ 温馨提示：本帖内容为转载，请勿在回复中发布无关广告',
        '该楼层疑似违规已被系统折叠 查看',
        '本帖被 %s 设为精华（%s）' % (r.nick(), when),
        '吧务提醒：讨论请理性，禁止人身攻击',
        '此帖已锁定，仅可浏览',
    ]))


def quote_block(r, who, snippet):
    head = r.choice(['引用 %d楼 %s 的回复：' % (r.randint(2, 40), who), '回复 %s：' % who, '> %s 说：' % who,
                     '以下是引用%s在%s的发言：' % (who, r.date()), '【 在 %s 的大作中提到: 】' % who, '引用：'])
    body = r.choice(['> %s…' % snippet, ': %s……' % snippet, '「%s…」' % snippet, '%s...' % snippet, '“%s”' % snippet])
    return B('quote', head, body)


def reply_lines(r, k):
    says = ['顶一个，收藏了', '感谢楼主分享！', '沙发', 'mark，回头细看', '写得很全，学习了', '求一份word版，谢谢楼主',
            '支持', '今年的重点跟去年比变化不小', '有没有人整理一下数据？', '已阅', '插眼', '楼主辛苦', '先马后看',
            '字太多了，谁来划个重点', '路过，顶', '好帖，必须顶', '学习中……', '第三部分写得最实', '蹲一个解读',
            '这个必须收藏', '请问楼主原文哪里下载的？', '感觉今年提得更具体了', '+1', '666', '我们单位也在组织学习']
    out = []
    for _ in range(k):
        w = r.nick()
        style = r.randint(0, 3)
        if style == 0:
            out.append(('%s：%s' % (w, r.choice(says)), 'comments'))
            out.append(('%s %s　回复　%s' % (r.date(), r.time(), r.choice(['赞', '👍 %d' % r.randint(1, 99), '举报', ''])), 'comments'))
        elif style == 1:
            out.append((w, 'comments'))
            out.append((r.choice(says), 'comments'))
        elif style == 2:
            out.append(('%s　%s　%s' % (w, r.choice(says), r.choice(['1小时前', '昨天 %s' % r.time(), r.date()])), 'comments'))
        else:
            out.append(('└ %s 回复 %s：%s' % (w, r.nick(), r.choice(says)), 'comments'))
    return out


def share_line(r):
    return B('share', r.choice([
        '分享到：微信　朋友圈　QQ　QQ空间　微博', '分享至 ▸ 微信好友 / 朋友圈 / 复制链接', '转发到微信 | 复制链接 | 生成海报',
        '[分享] [收藏] [举报]', '📤 分享　⭐ 收藏　🔗 复制链接', '分享', 'Share: WeChat · Weibo · QQ', '一键分享：', '转发至朋友圈']))


def actions_line(r):
    return B('toolbar_actions', r.choice([
        '回复　引用　举报　只看楼主　倒序浏览', '赞同 %s　▲　▼　| 💬 %d 条评论 | ⚑ 分享 | ★ 收藏 | ♥ 喜欢' % (r.big(), r.randint(2, 900)),
        '赞 (%d)　收藏 (%d)　转发' % (r.randint(0, 999), r.randint(0, 99)), '▲ 赞同 %s' % r.big(),
        '添加评论　分享　收藏　喜欢　举报', '打赏　收藏　回复', '⋯ 更多', '只看楼主　收藏　回复',
        '点赞 %s　评论 %d　收藏' % (r.big(), r.randint(1, 300)), '[回复] [引用] [编辑] [删除]']))


def follow_line(r, acct):
    return B('follow', r.choice([
        '点击上方蓝字“%s”关注我们' % acct, '👆 点击上方“%s”，设为星标 ⭐' % acct, '关注 +', '+ 关注 %s' % acct,
        '长按二维码关注「%s」' % acct, '喜欢本文就点个关注吧～', '关注我，获取更多公文素材', '▲ 戳上方蓝字关注',
        '已关注　取消关注', '↓↓↓ 关注公众号，回复“报告”领取全文 ↓↓↓']))


def qr_lines(r, acct):
    return B('qr', *r.sample(['[二维码]', '扫码关注%s' % acct, '微信扫一扫关注该公众号', '长按识别二维码',
                              '手机扫码阅读', '▣ 扫一扫，手机看', '扫描二维码分享到微信'], r.randint(1, 2)))


def ads_lines(r):
    pool = ['【广告】公考面试真题库 限时免费领 >>', '广告', '—— 广告 ——', '2025省考笔试冲刺班 ¥9.9 立即抢购',
            '申论写作素材合集 | 点击领取', '推广　考编资料大全，一键下载', '[AD] 公文写作模板 3000 篇，VIP 免费',
            '▶ 免费试听：政府工作报告里的申论考点', '点击了解 >', '赞助商链接', '⭐ 会员年卡 5 折，仅剩 2 天',
            '广告 × 关闭', '本文由 XX公考 赞助', '企业服务 | 代理记账 ¥199/月起', '【推广】下载APP领 30 元新人红包']
    return B('ads', *r.sample(pool, r.randint(1, 3)))


def related_lines(r, d, k=None):
    heads = ['一图读懂%s' % d['short'], '%s十大看点' % d['short'], '%s里的民生“温度”' % d['short'],
             '%s热词解读' % (d['year'] or '今年'), '数说%s：这些数字与你有关' % d['short'],
             '专家解读%s：稳中求进 以进促稳' % d['short'], '%s中的“关键词”' % d['place'],
             '%s发布会：答记者问实录' % d['place'], '回顾往年政府工作报告的目标完成情况',
             '如何写好年度工作总结？这份模板请收好', '申论热点：新质生产力怎么答', '%s政府工作报告（全文）' % r.choice(PROVS),
             '两会时间｜代表委员热议民生实事', '政策解读：营商环境优化的新举措', '述职报告范文（精选5篇）']
    k = k or r.randint(2, 5)
    title = r.choice(['相关推荐', '相关文章', '猜你喜欢', '热门推荐', '延伸阅读', '更多回答', '相似文章', 'You may also like', '—— 相关阅读 ——'])
    items = r.sample(heads, k)
    fmt = r.choice(['%s', '· %s', '▪ %s', '%d. %s', '▷%s', '%s　%s', '[%s] %s'])
    out = [title] if r.p(0.85) else []
    for i, h in enumerate(items, 1):
        if fmt == '%d. %s':
            out.append(fmt % (i, h))
        elif fmt == '%s　%s':
            out.append(fmt % (h, r.choice(['%d评论' % r.randint(0, 500), r.date(), '%s阅读' % r.big()])))
        elif fmt == '[%s] %s':
            out.append(fmt % (r.choice(['专题', '解读', '原文', '图解']), h))
        else:
            out.append(fmt % h)
    return B('related', *out)


def footer_lines(r, site, dom, board=False):
    pool = ['© %d %s 版权所有' % (r.randint(2019, 2025), site), '关于我们 | 联系我们 | 帮助中心 | 用户协议 | 隐私政策',
            '京ICP备%d号-%d' % (r.randint(10000000, 19999999), r.randint(1, 9)),
            '%s公网安备 %d号' % (r.choice(['京', '沪', '粤', '浙', '苏']), r.randint(11010502030000, 44030502099999)),
            '增值电信业务经营许可证：B2-%d' % r.randint(20100000, 20249999), 'Copyright © 2005-2025 %s All Rights Reserved' % dom,
            '违法和不良信息举报电话：400-%03d-%04d' % (r.randint(100, 999), r.randint(0, 9999)),
            '网络文化经营许可证 京网文〔%d〕%04d-%03d号' % (r.randint(2019, 2024), r.randint(1000, 9999), r.randint(100, 999)),
            '举报邮箱：jubao@%s' % dom]
    if board:
        pool += ['手机版 | 小黑屋 | 联系客服', 'Powered by Discuz! X3.4', 'GMT+8, %s %s' % (r.date(), r.time()),
                 'Archiver | 手机版 | 清除 Cookies', '快速回复 返回顶部 返回列表']
    return B('footer', *r.sample(pool, r.randint(2, 4)))


def pagination_line(r):
    n = r.randint(3, 30)
    return B('pagination', r.choice([
        '1 2 3 4 5 … %d 下一页 尾页' % n, '共%d页 ‹ 上一页 1 2 3 下一页 ›' % n, '跳转到 [　] 页　确定',
        '< 1 2 3 ... %d >' % n, '第 1 / %d 页' % n, '首页 上一页 [1] 2 3 下一页 末页', '回复 %d | 共 %d 页' % (n * 7, n),
        '加载更多回复 ↓', '下一页 >>', '« 1 2 3 »']))


def html_residue(r):
    return B('html_residue', r.choice([
        '<div class="post_content">', '</div>', '&nbsp;&nbsp;&nbsp;&nbsp;', '<br/>', '<p style="text-indent:2em;">',
        '</p>', '[/quote]', '[quote]', '[b][/b]', '<![CDATA[', ']]>', '&lt;p&gt;', '&lt;/p&gt;', '<img src="data:image/png;base64,iVBORw0KG...">',
        '<span class="ql-cursor">\ufeff</span>'.replace('\ufeff', ''), '[img]https://img.%s/forum/%s.jpg[/img]' % (r.choice(DOMAINS), r.hexid()),
        '{{ article.content }}', '<section data-role="paragraph">', 'javascript:void(0);']))


def caption_lines(r, d):
    return B('caption', r.choice([
        '▲ %s会议现场。（%s 摄）' % (d['place'], r.name()), '图片来源：网络', '（图片来源于网络，侵删）', '[图片]',
        '图为%s人民代表大会开幕现场' % d['place'], '▼ 点击图片查看大图', '资料图', '（%s 供图）' % r.choice(['融媒体中心', '宣传部', '本报']),
        '图：会议现场　摄影：%s' % r.name(), '[图片上传中...(image-%s)]' % r.hexid(6), '![](https://pic%d.%s/v2-%s.jpg)' % (
            r.randint(1, 4), r.choice(['zhimg.com', 'doubanio.com', 'sinaimg.cn']), r.hexid(12)), '图 | 视觉中国', '▲ 滑动查看更多 ▶']))


def video_lines(r):
    return B('video', *r.sample(['视频加载中...', '▶ 00:00 / %02d:%02d' % (r.randint(1, 9), r.randint(0, 59)),
                                  '您的浏览器不支持 video 标签', '[视频] 1分钟速览报告要点', '倍速 1.0x　清晰度 高清',
                                  '点击播放　|　全屏', '视频来源：%s融媒' % r.choice(PROVS), '重播　分享'], r.randint(1, 3)))


def audio_lines(r):
    return B('audio', r.choice(['🎧 听全文 %02d:%02d' % (r.randint(5, 40), r.randint(0, 59)), '收听本文　00:00 / %02d:%02d　1.0x' % (
        r.randint(5, 40), r.randint(0, 59)), '▶ 点击收听　AI朗读', '音频：报告全文朗读（上）', '🔊 语音播报已开启 ■ 停止']))


def disclaimer_line(r):
    return B('disclaimer', r.choice([
        '免责声明：本文仅代表作者个人观点，与本站无关。', '本帖内容仅供交流学习，不代表本论坛立场。',
        '声明：本文来源于网络，仅用于学习交流，如有侵权请联系删除。', '本站部分内容来自互联网，版权归原作者所有。',
        '内容由用户上传，如涉及侵权请联系平台处理。', '*以上内容不构成任何投资建议。', '文中观点仅供参考，以官方发布为准。']))


def copy_tail(r, site, dom):
    qa_like = any(x in dom for x in ('zhihu', 'jianshu', 'douban'))
    blog_like = any(x in dom for x in ('csdn', 'blog', 'cnblogs'))
    forms = [
        ['著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。', '作者：%s' % r.nick(),
         '链接：https://www.%s/question/%d/answer/%d' % (dom, r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 9, 10 ** 10)),
         '来源：%s' % site],
        ['————————————————', '版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。',
         '原文链接：https://blog.%s/%s/article/details/%d' % (dom, r.hexid(6), r.randint(10 ** 8, 10 ** 9))],
        ['作者：%s' % r.nick(), '链接：https://www.%s/p/%s' % (dom, r.hexid(12)), '来源：%s' % site,
         '著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。'],
        ['版权归原作者所有，如有侵权，请联系我们删除。'],
        ['本文来自网络，版权归原作者，如侵犯您的权益请告知，我们将及时删除。'],
        ['—— 复制自「%s」，转载请保留出处 ——' % site],
        ['内容转自 %s，著作权归原作者所有' % site, '（复制链接打开 %s App 查看完整内容）' % site],
    ]
    keep = [f for j, f in enumerate(forms) if (j in (0, 2) and qa_like) or (j == 1 and blog_like) or j > 2]
    return B('copy_tail', *r.choice(keep))


def seo_lines(r, d):
    kw = [d['title'], d['short'], '%s全文' % d['short'], '%s解读' % d['short'], '政府工作报告范文', '%s心得体会' % d['short'],
          '%s年政府工作报告' % (d['year'] or '2024'), '两会精神', '工作报告写作']
    r.shuffle(kw)
    sep = r.choice([',', '，', '、', ' ', '|'])
    return B('seo', r.choice(['关键词：', '关键字：', 'Tags: ', '热门搜索：', 'keywords: ', '本文关键词：']) + sep.join(kw[:r.randint(3, 7)]))


def cookie_lines(r):
    return B('cookie', *r.choice([
        ['我们使用 Cookie 来改善您的浏览体验。继续浏览即表示您同意我们的隐私政策。', '接受　拒绝'],
        ['This site uses cookies to improve your experience. Accept all | Manage'],
        ['本网站使用cookies，详情请见《隐私声明》', '我知道了'],
        ['为了给您提供更好的服务，我们使用了 Cookie 及类似技术。 [同意] [设置]']]))


def login_lines(r, site):
    return B('login', *r.choice([
        ['登录 / 注册'], ['登录%s，查看更多内容' % site, '手机号登录　微信扫码登录　忘记密码？'],
        ['您需要登录后才可以回帖　登录 | 立即注册'], ['游客，如果您要查看本帖隐藏内容请回复'],
        ['登录后你可以：', '· 免费查看完整回答　· 收藏内容'], ['扫码登录', '打开 %s App 扫一扫' % site], ['Sign in / Sign up']]))


def app_banner(r, site):
    return B('app_banner', r.choice([
        '打开%sApp，查看更多精彩回答' % site, 'APP内打开', '%s客户端 · 阅读体验更佳　立即打开' % site, '打开APP 看高清大图',
        '下载%s APP，抢先看热帖 ×' % site, '在App内查看完整内容 >', '使用小程序打开 ›', '打开App，查看剩余 %d 条回复' % r.randint(5, 300)]))


def paywall_lines(r):
    return B('paywall', r.choice([
        '— 以下内容为付费内容，开通会员后可阅读全文 —', '本回答为盐选专栏内容，剩余 %d%% 未读' % r.randint(20, 85),
        '展开阅读全文 ∨', '阅读全文 ▼', '还剩 %d%% 内容，开通 VIP 继续阅读' % r.randint(10, 80),
        '本帖隐藏的内容需要回复才可以浏览', '试读已结束，购买后继续阅读 ¥%d.%d0' % (r.randint(1, 39), r.randint(0, 9)),
        '展开全文 ⌄', '点击加载剩余内容', '查看全部 %d 段' % r.randint(10, 80)]))


def tags_line(r, d):
    tg = ['#两会#', '#政府工作报告#', '#%s#' % d['place'], '#政策解读#', '#公文写作#', '#学习笔记#', '#申论素材#']
    r.shuffle(tg)
    return B('tags', r.choice(['', '标签：', '话题：', '🏷 ', '所属话题 ']) + r.choice([' ', '', '　']).join(tg[:r.randint(2, 4)]))


def link_line(r, dom):
    return B('link', r.choice([
        '原文链接：https://mp.weixin.qq.com/s/%s' % r.hexid(22), '阅读原文', 'https://%s/thread-%d-1-1.html' % (dom, r.randint(10 ** 5, 10 ** 7)),
        '[查看原文](https://%s/a/%d)' % (dom, r.randint(10 ** 5, 10 ** 8)), '本文地址：https://%s/p/%d.html' % (dom, r.randint(1000, 99999)),
        '来源链接：http://%s/?id=%d' % (dom, r.randint(1000, 999999)), '↗ 在浏览器中打开原文']))


def intro_lines(r, d):
    return B('intro', r.choice([
        '编者按：%s近日发布，全文约两万字。为方便大家学习，我们整理了全文，建议收藏。' % d['title'],
        '导读：%s，以下为全文。' % d['title'], '以下为报告全文：', '小编整理了报告原文，供大家参考👇',
        '摘要：本文为%s的部分内容，转载自官方网站。' % d['short'], '楼主按：转来原文，大家一起学习，有错漏请指出。',
        '本期导读：年度报告里有哪些与你我相关的内容？一起来看。', '【导语】报告回顾了过去一年的工作，部署了新一年的任务。以下内容供学习。',
        '划重点！%s来了，一起学习 ↓' % d['short']]))


def prevnext_lines(r, d):
    a, b = r.sample(['%s解读' % d['short'], '关于召开年度工作会议的通知', '政府工作报告中的民生账单', '一图读懂年度重点任务',
                     '上一届政府工作回顾', '学习笔记（二）'], 2)
    return B('prevnext', *r.choice([['上一篇：%s' % a, '下一篇：%s' % b], ['« %s　|　%s »' % (a, b)], ['← 上一帖　下一帖 →'],
                                   ['Previous: %s' % a, 'Next: %s' % b], ['上一条 ↑ %s' % a, '下一条 ↓ %s' % b]]))


def toc_lines(r, heads):
    if not heads:
        return []
    hs = heads[:r.randint(3, 8)]
    fmt = r.choice(['%s ........ %d', '· %s', '%s', '[%s](#h%d)', '%d %s'])
    out = [r.choice(['目录', '目 录', '本文目录', '📑 目录（点击跳转）', 'Contents', '文章目录'])]
    for i, h in enumerate(hs, 1):
        if fmt == '%s ........ %d':
            out.append(fmt % (h, i * 3))
        elif fmt == '[%s](#h%d)':
            out.append(fmt % (h, i))
        elif fmt == '%d %s':
            out.append(fmt % (i, re.sub(r'^[一二三四五六七八九十]+、', '', h)))
        elif fmt == '%s':
            out.append('  ' + h + ' ›')
        else:
            out.append(fmt % h)
    return B('toc', *out)


def sidebar_lines(r, d):
    t = r.choice(['热门排行', '本周热帖', '作者其他文章', '最新发布', '24小时热榜', '专题推荐', '热门标签', '推荐阅读'])
    items = r.sample(['%s怎么写？' % r.choice(['述职报告', '心得体会', '年终总结', '调研报告']), '两会热词速览', '考公必背100个政策术语',
                      '年度重点任务清单', '%s发布会全程回顾' % d['place'], '机关工作人员学习笔记', '优化营商环境典型案例',
                      '基层治理经验交流材料', '民生实事项目进展', '乡村振兴工作总结范文', '数字政府建设新进展'], r.randint(2, 5))
    fmt = r.choice(['%d %s', '%d. %s', 'TOP%d %s', '%d｜%s'])
    return B('sidebar', t, *[(fmt % (i, x)) for i, x in enumerate(items, 1)])


def widget_lines(r):
    return B('widget', *r.sample(['返回顶部', '↑ 顶部', '在线客服', '意见反馈', '🔝', '收起', '关闭', '微信咨询', '反馈',
                                  'TOP', '×', '客服热线', '回到顶部 ▲', '💬 在线咨询', '夜间模式'], r.randint(1, 3)))


def clip_header(r, d, dom):
    tool = r.choice(['印象笔记·剪藏', '有道云笔记网页剪报', 'Notion Web Clipper', '语雀剪藏', '简悦 SimpRead', 'OneNote Web Clipper',
                     '滴答清单', 'Flomo', '微信读书笔记', 'Obsidian Web Clipper'])
    return B('clip_header', *r.sample([
        '剪藏自：https://%s/%s' % (dom, r.hexid(10)), '来自 %s' % tool, '保存时间：%s %s' % (r.date(sep='/'), r.time()),
        '创建时间: %s %s　修改时间: %s %s' % (r.date(), r.time(), r.date(), r.time()), 'source: %s' % dom,
        '笔记本：%s' % r.choice(['学习资料', '工作', '材料素材', '收集箱', '未分类']), 'clipped with %s' % tool,
        '---', 'title: "%s"' % d['short'], 'tags: [%s, 学习]' % d['place']], r.randint(2, 4)))


def annotation_lines(r):
    return B('annotation', r.choice([
        '> 笔记：这一段可以用在年终总结里', '【我的批注】重点，背！', '★ 重点', '⚠ 注意提法变化', 'TODO: 对照去年数据',
        '（摘抄到此，下面是后半部分）', '// 第二部分', '批注：材料可用', '✅ 已读', '📌 待整理']))


def copy_tool_lines(r):
    return B('clip_header', r.choice([
        '—— 以上内容由 %s 生成 ——' % r.choice(['简悦', 'SimpRead', '网页剪报', 'Readability']),
        '【本笔记由 %s 同步】' % r.choice(['有道云', '印象笔记', '语雀']), '— 自动保存于 %s %s —' % (r.date(), r.time()),
        '字数：%d　阅读时长：%d 分钟' % (r.randint(800, 9000), r.randint(3, 40)), '复制于 %s %s' % (r.date(), r.time()),
        '(via 划词复制)', '[剪藏内容已截断，查看原网页]']))


def email_header(r, d, list_name):
    dt = r.date()
    return B('email_header', *r.sample([
        '发件人：%s <%s@%s>' % (list_name, r.choice(['weekly', 'news', 'digest', 'noreply']), r.choice(['qq.com', '163.com', 'newsletter.cn', 'mail.example.org'])),
        '收件人：%s' % r.choice(['我', 'me', '%s@qq.com' % r.randint(10 ** 6, 10 ** 9)]),
        '日期：%s %s' % (dt, r.time()), '主题：【%s】%s' % (list_name, d['short']),
        'Subject: %s | %s' % (list_name, d['short']), 'From: %s' % list_name, 'Date: %s' % dt,
        '邮件正文显示不正常？点击在浏览器中查看'], r.randint(3, 5)))


def unsubscribe_lines(r, list_name):
    return B('unsubscribe', *r.sample([
        '您收到这封邮件，是因为您订阅了%s。' % list_name, '退订 | 管理订阅 | 在浏览器中查看', '不想再收到此类邮件？点此退订',
        'Unsubscribe · Update preferences', '请勿直接回复本邮件，此邮箱为系统自动发送', '转发给同事 ›', '把我们加入通讯录，避免邮件进入垃圾箱'], r.randint(2, 3)))


def search_lines(r, d):
    q = r.choice([d['short'], d['title'], '%s 全文' % d['short'], '政府工作报告 %s' % d['place']])
    return B('search_result', *r.sample([
        '搜狗微信搜索　%s' % q, '文章　公众号', '找到约%s条结果' % '{:,}'.format(r.randint(200, 99999)),
        '搜一搜：%s' % q, '全部时间 ▾　排序：相关度', '以下内容来自微信公众号', '综合 | 最新 | 最热',
        '%s - 微信公众平台' % q, '相关搜索：%s解读　%s全文下载' % (d['short'], d['short'])], r.randint(2, 4)))


def search_item(r, d):
    acct = r.choice(['%s发布' % d['place'], '学习强国', '公考资讯站', '政策速递', '机关笔杆子', '材料帮', '今日%s' % d['place']])
    return B('search_result', r.choice(['%s（二）' % d['short'], '%s全文来了！' % d['short'], '速看！%s' % d['short']]),
             '%s　%s' % (acct, r.choice(['%d天前' % r.randint(1, 30), r.date(), '%d小时前' % r.randint(1, 23)])))


def reader_bar(r, feed):
    return B('reader_bar', *r.sample([
        '← 返回列表', '☆ 收藏　✓ 标为已读　↗ 浏览器打开', '订阅源：%s' % feed, '未读 %d' % r.randint(1, 999),
        '全文抓取 ◉', '阅读模式 Aa', '稍后读', 'Feedly · %s' % feed, '标记全部已读', '⟳ 刷新'], r.randint(2, 4)))


def print_header(r, d, dom, page=None, total=None):
    page = page or r.randint(1, 9)
    total = total or page + r.randint(1, 9)
    return B('print_header', r.choice([
        '%s %s　%s' % (r.date(sep='/'), r.time(), d['short']), 'https://%s/%s.html　%d/%d' % (dom, r.hexid(8), page, total),
        'file:///C:/Users/Admin/Downloads/%s.html' % r.hexid(6)]))


def metadata_generic(r, d, style):
    return B('metadata', r.choice([
        '时间：%s　来源：网络　作者：admin　浏览：%d次' % (r.date(), r.randint(100, 99999)),
        '发布于 %s · 约 %d 分钟读完' % (r.date(), r.randint(5, 60)), '%s %s · %s阅读' % (r.date(), r.time(), r.big()),
        '作者：%s | 发布时间：%s | 字数：%d' % (r.nick(), r.date(), r.randint(3000, 30000)),
        '编辑于 %s %s · IP 属地%s' % (r.date(), r.time(), r.choice(PROVS)), '发表于 %s' % r.date(sep='cn'),
        '阅读 %s　在看 %d　赞 %d' % (r.big(), r.randint(1, 999), r.randint(1, 999)),
        '来自: %s %s %s' % (r.nick(), r.date(), r.time(True)), '%s 人赞同了该回答' % r.big(),
        '更新时间：%s　人气：%s' % (r.date(), r.big())]))


def breadcrumb(r, path):
    sep = r.choice([' > ', ' › ', ' / ', '＞', ' » ', ' - '])
    return B('breadcrumb', r.choice(['当前位置：', '您的位置：', '', '📍']) + sep.join(path))


# ----------------------------------------------------------------------------------------- styles
# each returns (head, mids, tail, site): head / tail lists of blocks, mids a function giving a block to put
# between paragraphs (or None), plus per-style hooks

class Page:
    def __init__(self, r, d, paras_run, idxs, heads, style):
        self.r, self.d, self.run, self.idxs, self.heads, self.style = r, d, paras_run, idxs, heads, style
        self.lines = []       # (text, label, kind, para)
        self.variants = []

    def add(self, block, name=None):
        if not block:
            return
        if name:
            self.variants.append(name)
        ind = self.r.choice(['', '', '', '', '  ', '　', '\t']) if self.r.p(0.15) else ''
        for t, k in block:
            self.lines.append((ind + t, 'chrome', k, ''))

    def blank(self, n=1):
        for _ in range(n):
            self.lines.append((self.r.choice(['', '', '', '', ' ', '　', '\t']), 'blank', 'blank', ''))


def build(style, r, d, run, idxs, kinds, heads, pdf_n=None):
    pg = Page(r, d, run, idxs, heads, style)
    site, dom = SITES[style](r)
    acct = r.choice(['%s发布' % d['place'], '公文素材库', '材料笔杆子', '学习小组', '政研观察', '机关那些事', '公考达人', '每日政声'])
    when = r.date()
    sep_blank = r.choice([0, 1, 1, 2])
    indent = r.choice(['', '', '　　', '　', '  ', '    ', '\t'])
    hp = [k for k in kinds]
    r.shuffle(hp)
    head, mid, tail = STYLE_FUNCS[style](r, d, site, dom, acct, when, heads)
    for name, blk in head:
        pg.add(blk, name)
        if r.p(0.35):
            pg.blank()
    pg.variants.append('|content')
    if not pdf_n:
        pg.variants.append('blank=%s' % sep_blank)
    if indent and not pdf_n:
        pg.variants.append('indent=%r' % indent)
    n = len(run)
    mids_done = 0
    floor = 1
    if pdf_n:
        ind = indent.strip(' \t') or '　　'
        pg.variants.append('indent=%r' % ind)
        pdf_body(pg, r, d, run, idxs, kinds, pdf_n, ind, dom)
    else:
        for j, (p, i, k) in enumerate(zip(run, idxs, kinds)):
            ind = '' if (k == 'heading' and r.p(0.5)) else indent
            pg.lines.append((ind + p, 'content', k, str(i)))
            if j < n - 1:
                placed = False
                if mid and (r.p(0.22) or (j == n // 2 and mids_done == 0)):
                    name, blk = mid(j, floor)
                    floor += 1
                    if blk:
                        if sep_blank or r.p(0.5):
                            pg.blank()
                        pg.add(blk, 'mid:' + name)
                        mids_done += 1
                        placed = True
                pg.blank(sep_blank if not placed else max(sep_blank, r.choice([0, 1])))
    pg.variants.append('content|')
    for name, blk in tail:
        if r.p(0.6):
            pg.blank()
        pg.add(blk, name)
    return pg, site


def mk_sites():
    def f(names, doms):
        def g(r):
            i = r.randrange(len(names))
            return names[i], doms[i]
        return g
    return {
        'forum': f(['百度贴吧', '天涯社区', '水木社区', '凯迪社区', '西祠胡同', '猫扑', '%s论坛' % '本地', '公考论坛', 'QZZN论坛', '小木虫'],
                   ['tieba.baidu.com', 'bbs.tianya.cn', 'newsmth.net', 'kdnet.net', 'xici.net', 'mop.com', 'bbs.local-city.cn', 'bbs.gongkao.cn', 'bbs.qzzn.com', 'muchong.com']),
        'qa': f(['知乎', '百度知道', '悟空问答', '知乎专栏', '360问答', 'SegmentFault思否'],
                ['zhihu.com', 'zhidao.baidu.com', 'wukong.com', 'zhuanlan.zhihu.com', 'wenda.so.com', 'segmentfault.com']),
        'group': f(['豆瓣小组', '豆瓣', '小红书', '即刻', '豆瓣日记'], ['douban.com', 'douban.com', 'xiaohongshu.com', 'okjike.com', 'douban.com']),
        'wxsearch': f(['搜狗微信', '微信搜一搜', '今日热榜', '360doc个人图书馆', '新榜', '传送门', '微小宝'],
                      ['weixin.sogou.com', 'weixin.qq.com', 'tophub.today', '360doc.com', 'newrank.cn', 'chuansong.me', 'wxb.com']),
        'rss': f(['Feedly', 'Inoreader', '即刻RSS', 'Reeder', 'NetNewsWire', 'RSSHub', '蜂窝阅读器'],
                 ['feedly.com', 'inoreader.com', 'okjike.com', 'reederapp.com', 'netnewswire.com', 'rsshub.app', 'fengwo.app']),
        'newsletter': f(['政策周报', '每日政声简报', '两会速递', '机关学习周刊', '公文素材周刊', '智库观察'],
                        ['newsletter.cn', 'digest.example.org', 'mail.lianghui.cn', 'weekly.jiguan.org', 'gongwen.email', 'thinktank.news']),
        'farm': f(['范文网', '第一范文', '文秘帮', '公文易', '写写帮', '查字典范文', '学习啦', '好词好句网', '秘书工作网'],
                  ['fanwen.cc', 'diyifanwen.com', 'wenmi.com', 'gongwenyi.com', 'xiexiebang.com', 'chazidian.com', 'xuexila.com', 'haocihaoju.net', 'mishu.work']),
        'notes': f(['印象笔记', '有道云笔记', 'Notion', '语雀', 'Obsidian', '石墨文档', 'flomo'],
                   ['yinxiang.com', 'note.youdao.com', 'notion.so', 'yuque.com', 'obsidian.md', 'shimo.im', 'flomoapp.com']),
        'desktop': f(['%s新闻网' % x for x in ('东方', '北国', '大众', '荆楚', '红网', '华声')] + ['人民论坛网', '光明网'],
                     ['eastday.com', 'hebnews.cn', 'dzwww.com', 'cnhubei.com', 'rednet.cn', 'voc.com.cn', 'rmlt.com.cn', 'gmw.cn']),
        'pdf': f(['PDF阅读器', '福昕阅读器', 'WPS', 'Adobe Acrobat', '网盘预览', '论坛附件预览'],
                 ['pdf.local', 'foxitsoftware.cn', 'wps.cn', 'adobe.com', 'pan.baidu.com', 'bbs.attach.cn']),
    }


SITES = mk_sites()


def st_forum(r, d, site, dom, acct, when, heads):
    op = r.nick()
    head = [('nav', forum_nav(r, site))]
    if r.p(0.3):
        head.append(('login', login_lines(r, site)))
    head.append(('title', B('title_repeat', title_forms(r, d, site))))
    head.append(('counts', B('metadata', r.choice(['查看: %d | 回复: %d' % (r.randint(100, 99999), r.randint(0, 800)),
                                                   '回复贴：%d　查看：%s' % (r.randint(1, 900), r.big()), '[复制链接]　楼主　电梯直达']))))
    if r.p(0.5):
        head.append(('actions', actions_line(r)))
    head.append(('floor1', floor_line(r, 1, op, when, True)))
    if r.p(0.6):
        head.append(('mod', mod_note(r, when)))
    if r.p(0.4):
        head.append(('intro', intro_lines(r, d)))
    if r.p(0.3):
        head.insert(0, ('app', app_banner(r, site)))

    def mid(j, fl):
        x = r.random()
        if x < 0.45:
            blk = (forum_sig(r) if r.p(0.6) else []) + floor_line(r, fl + 1, op, when, True)
            if r.p(0.3):
                blk += B('metadata', r.choice(['（接上楼）', '续：', '——续——', '（未完，下楼继续）']))
            return 'floor', blk
        if x < 0.6:
            return 'ads', ads_lines(r)
        if x < 0.7:
            return 'caption', caption_lines(r, d)
        if x < 0.75:
            return 'html', html_residue(r)
        if x < 0.82:
            return 'mod', mod_note(r, when)
        if x < 0.9:
            return 'reply', floor_line(r, fl + 1, r.nick(), when) + reply_lines(r, 1)
        return 'mojibake', B('mojibake', mojibake(r, r.choice(['回复本楼', '楼主好人一生平安', '点击查看大图', '附件下载'])))
    tail = []
    if r.p(0.6):
        tail.append(('sig', forum_sig(r)))
    if r.p(0.4):
        tail.append(('attach', B('attachment', *r.sample(['附件：', '%s.docx (%d KB, 下载次数: %d)' % (d['short'], r.randint(30, 900), r.randint(1, 999)),
                                                          '%s.pdf　%d.%d MB　[下载]' % (d['title'], r.randint(0, 5), r.randint(0, 9)),
                                                          '📎 本帖附件（需登录后下载）', '附件已过期'], 2))))
    tail.append(('actions', actions_line(r)))
    if r.p(0.3):
        tail.append(('share', share_line(r)))
    tail.append(('reply', floor_line(r, r.randint(2, 60), r.nick(), when) + quote_block(r, op, d['short'][:8]) + reply_lines(r, 1)))
    tail.append(('replies', reply_lines(r, r.randint(1, 4))))
    if r.p(0.4):
        tail.append(('mod', mod_note(r, when)))
    tail.append(('pagination', pagination_line(r)))
    if r.p(0.4):
        tail.append(('disclaimer', disclaimer_line(r)))
    if r.p(0.7):
        tail.append(('footer', footer_lines(r, site, dom, board=True)))
    return head, mid, tail


def st_qa(r, d, site, dom, acct, when, heads):
    q = r.choice(['如何评价%s？' % d['title'], '%s有哪些值得关注的地方？' % d['short'], '怎么看%s中提出的目标任务？' % d['short'],
                  '%s全文在哪里能看到？' % d['short'], '%s和往年相比有什么变化？' % d['short']])
    head = [('nav', B('nav', r.choice(['首页　会员　发现　等你来答', '知乎　首页　关注　推荐　热榜', '问题　专栏　话题　圆桌', '首页 > 问答 > 时政']))),
            ('search', B('search_result', r.choice(['搜索你感兴趣的内容…', '🔍 政府工作报告', '提问']))),
            ('question', B('title_repeat', q)),
            ('qmeta', B('metadata', r.choice(['关注者 %d　被浏览 %s' % (r.randint(5, 9999), r.big()), '%d 个回答 · 默认排序' % r.randint(2, 500)]))),
            ('qactions', B('toolbar_actions', r.choice(['关注问题　✎ 写回答　邀请回答　好问题 %d' % r.randint(1, 99), '+ 关注问题　写回答'])))]
    if r.p(0.3):
        head.insert(0, ('cookie', cookie_lines(r)))
    if r.p(0.4):
        head.insert(0, ('app', app_banner(r, site)))
    head.append(('answerer', B('metadata', r.nick(), r.choice(['政策研究爱好者', '公务员，写材料十年', '经济学话题下的优秀答主', '机关干部', '']) or '已认证账号')))
    head.append(('votes', metadata_generic(r, d, 'qa')))
    if r.p(0.4):
        head.append(('intro', intro_lines(r, d)))

    def mid(j, fl):
        x = r.random()
        if x < 0.25:
            return 'caption', caption_lines(r, d)
        if x < 0.4:
            return 'ads', B('ads', r.choice(['知乎 · 盐选推荐', '广告', '%s的相关推荐' % site]), r.choice(['公考备考指南：申论高分答题模板', '¥19.9 购买课程']))
        if x < 0.55:
            return 'app', app_banner(r, site)
        if x < 0.7:
            return 'paywall', paywall_lines(r)
        if x < 0.85:
            return 'video', video_lines(r)
        return 'quote', B('quote', r.choice(['> 以下为原文摘录：', '> 引用自官方发布', '「原文」']))
    tail = [('edited', B('metadata', r.choice(['编辑于 %s %s · IP 属地%s' % (when, r.time(), r.choice(PROVS)), '发布于 %s' % when,
                                                  '发布于 %s，著作权归作者所有' % when])))]
    tail.append(('actions', actions_line(r)))
    if r.p(0.6):
        tail.append(('copytail', copy_tail(r, site, dom)))
    if r.p(0.6):
        tail.append(('comments', B('comments', '%d 条评论' % r.randint(2, 500), r.choice(['默认　最新', '切换为时间排序'])) + reply_lines(r, r.randint(1, 3))))
    tail.append(('related', related_lines(r, d)))
    if r.p(0.4):
        tail.append(('login', login_lines(r, site)))
    if r.p(0.5):
        tail.append(('footer', footer_lines(r, site, dom)))
    return head, mid, tail


def st_group(r, d, site, dom, acct, when, heads):
    grp = r.choice(['公文写作交流', '政策研究爱好者', '我们都是体制内', '考公互助', '每天读一点政策', '机关生存指南'])
    head = [('nav', B('nav', r.choice(['豆瓣　读书　电影　音乐　同城　小组　阅读　FM　时间　豆品', '小组　首页　精选　我的小组', '发现　关注　消息　我']))),
            ('crumb', breadcrumb(r, ['小组', grp, '讨论'])),
            ('title', B('title_repeat', title_forms(r, d, site))),
            ('from', B('metadata', '来自: %s%s%s %s' % (r.nick(), r.choice(['', ' (%s)' % r.choice(['一个人的读书会', '慢慢来']), '']), r.sp(), when),
                        r.choice(['%s %s' % (when, r.time(True)), 'IP属地: %s' % r.choice(PROVS), '已编辑'])))]
    if r.p(0.35):
        head.insert(0, ('app', app_banner(r, site)))
    if r.p(0.35):
        head.append(('group', B('sidebar', '%s 小组' % grp, '%d 个成员　加入小组' % r.randint(100, 99999))))
    if r.p(0.35):
        head.append(('intro', intro_lines(r, d)))

    def mid(j, fl):
        x = r.random()
        if x < 0.3:
            return 'caption', caption_lines(r, d)
        if x < 0.5:
            return 'annotation', B('annotation', r.choice(['（续）', '（以下为第二部分）', '—— 分割线 ——', '＊＊＊', '（太长了分两次发）']))
        if x < 0.7:
            return 'ads', ads_lines(r)
        if x < 0.85:
            return 'app', app_banner(r, site)
        return 'html', html_residue(r)
    tail = [('actions', B('toolbar_actions', r.choice(['赞　收藏　转发', '👍 %d　⭐ %d　↗ 转发' % (r.randint(0, 999), r.randint(0, 99)), '喜欢　·　回应　·　推荐'])))]
    if r.p(0.5):
        tail.append(('tags', tags_line(r, d)))
    tail.append(('replies', B('comments', r.choice(['最赞回应', '回应 %d' % r.randint(1, 99), '全部回应']))
                 + reply_lines(r, r.randint(1, 3))))
    if r.p(0.5):
        tail.append(('quote', quote_block(r, r.nick(), d['short'][:6]) + reply_lines(r, 1)))
    if r.p(0.5):
        tail.append(('pagination', pagination_line(r)))
    if r.p(0.5):
        tail.append(('sidebar', sidebar_lines(r, d)))
    tail.append(('footer', B('footer', r.choice(['© 2005－2025 douban.com, all rights reserved 北京豆网科技有限公司',
                                                   '关于豆瓣 · 在豆瓣工作 · 联系我们 · 法律声明 · 帮助中心', '移动应用 · 豆瓣广告']))))
    return head, mid, tail


def st_wxsearch(r, d, site, dom, acct, when, heads):
    head = [('search', search_lines(r, d))]
    if r.p(0.5):
        head.append(('item', search_item(r, d)))
    head.append(('title', B('title_repeat', title_forms(r, d, acct))))
    head.append(('meta', B('metadata', r.choice(['原创 %s %s %s %s' % (r.name(), acct, when, r.time()), '%s　%s' % (acct, when),
                                                 '%s %s 发表于%s' % (acct, when, r.choice(PROVS)), '收录于合集 #政府工作报告 %d个' % r.randint(2, 60)]))))
    if r.p(0.6):
        head.append(('follow', follow_line(r, acct)))
    if r.p(0.5):
        head.append(('audio', audio_lines(r)))
    if r.p(0.5):
        head.append(('intro', intro_lines(r, d)))
    if r.p(0.3) and heads:
        head.append(('toc', toc_lines(r, heads)))

    def mid(j, fl):
        x = r.random()
        if x < 0.3:
            return 'caption', caption_lines(r, d)
        if x < 0.45:
            return 'divider', B('html_residue', r.choice(['▼', '— — —', '◆ ◆ ◆', '·', '↓ ↓ ↓']))
        if x < 0.6:
            return 'video', video_lines(r)
        if x < 0.75:
            return 'follow', follow_line(r, acct)
        if x < 0.85:
            return 'ads', ads_lines(r)
        if x < 0.93:
            return 'expand', paywall_lines(r)
        return 'mojibake', B('mojibake', mojibake(r, r.choice(['图片', '阅读原文', '在看'])))
    tail = []
    if r.p(0.6):
        tail.append(('source', B('link', r.choice(['来源：%s' % r.choice(['%s人民政府网' % d['place'], '新华社', '人民日报']),
                                                   '素材来源：官方发布', '本文转自：%s' % acct]))))
    tail.append(('end', B('metadata', r.choice(['- END -', '— THE END —', '编辑：%s　审核：%s' % (r.name(), r.name()), '责编 | %s' % r.name()]))))
    tail.append(('qr', qr_lines(r, acct)))
    tail.append(('readmore', link_line(r, 'mp.weixin.qq.com')))
    tail.append(('reads', B('metadata', r.choice(['阅读 %s　在看 %d' % (r.big(), r.randint(0, 999)), '👍 %d　💗 在看 %d' % (r.randint(0, 999), r.randint(0, 99))]))))
    if r.p(0.6):
        tail.append(('disclaimer', copy_tail(r, acct, dom)))
    tail.append(('related', related_lines(r, d)))
    if r.p(0.5):
        tail.append(('search', search_item(r, d) + search_item(r, d)))
    return head, mid, tail


def st_rss(r, d, site, dom, acct, when, heads):
    feed = r.choice(['%s人民政府 - 政务公开' % d['place'], '%s（RSSHub）' % acct, '政策文件库 Feed', '%s新闻' % d['place'], '公众号：%s' % acct])
    head = [('bar', reader_bar(r, feed)), ('title', B('title_repeat', title_forms(r, d, feed)))]
    head.append(('meta', metadata_generic(r, d, 'rss')))
    if r.p(0.5):
        head.append(('link', link_line(r, dom)))
    if r.p(0.4):
        head.append(('html', html_residue(r)))

    def mid(j, fl):
        x = r.random()
        if x < 0.35:
            return 'html', html_residue(r)
        if x < 0.55:
            return 'caption', B('caption', r.choice(['[图片]', '[image]', '(图片无法加载)', '🖼 图片', '[图片: 会议现场]']))
        if x < 0.7:
            return 'mojibake', B('mojibake', mojibake(r, r.choice(['政府工作报告', '会议现场', '全文', '图片来源'])))
        if x < 0.85:
            return 'video', B('video', r.choice(['[视频] 该内容暂不支持在阅读器中播放', '[iframe]', '嵌入内容无法显示，请在浏览器中查看']))
        return 'ads', ads_lines(r)
    tail = []
    if r.p(0.5):
        tail.append(('html', html_residue(r)))
    if r.p(0.6):
        tail.append(('tags', tags_line(r, d)))
    tail.append(('link', link_line(r, dom)))
    if r.p(0.4):
        tail.append(('gen', B('disclaimer', r.choice(['本 RSS 由 RSSHub 生成，内容版权归原网站所有', 'Generated by RSSHub', '全文由阅读器抓取，可能与原文存在差异']))))
    tail.append(('prevnext', prevnext_lines(r, d)))
    if r.p(0.6):
        tail.append(('bar', reader_bar(r, feed)))
    return head, mid, tail


def st_newsletter(r, d, site, dom, acct, when, heads):
    head = [('mail', email_header(r, d, site))]
    head.append(('issue', B('metadata', r.choice(['第 %d 期 · %s' % (r.randint(1, 300), when), 'Vol.%d | %s' % (r.randint(1, 300), when),
                                                  '%s · 本期共 %d 篇' % (site, r.randint(3, 12))]))))
    head.append(('intro', intro_lines(r, d)))
    if heads and r.p(0.6):
        head.append(('toc', toc_lines(r, heads)))
    head.append(('title', B('title_repeat', r.choice(['【本期重点】%s' % d['short'], '01 | %s' % d['title'], '▍%s' % d['title'], '■ %s（节选）' % d['short']]))))

    def mid(j, fl):
        x = r.random()
        if x < 0.35:
            return 'ads', B('ads', r.choice(['—— 赞助 ——', '本期赞助', 'SPONSOR']), r.choice(['某某智库：年度政策汇编 预售中', '在线课程：公文写作 30 讲']))
        if x < 0.6:
            return 'section', B('newsletter_section', r.choice(['▍继续阅读', '（正文续）', '—— 原文节选 ——', '↓ 下半部分 ↓', '【原文】']))
        if x < 0.8:
            return 'caption', caption_lines(r, d)
        return 'share', B('share', r.choice(['觉得有用？转发给需要的同事 ›', '把本期分享到朋友圈']))
    tail = [('more', B('newsletter_section', r.choice(['—— 本期其他内容 ——', '02 | 其他推荐', '更多阅读'])))]
    tail.append(('related', related_lines(r, d)))
    tail.append(('unsub', unsubscribe_lines(r, site)))
    if r.p(0.6):
        tail.append(('footer', B('footer', r.choice(['%s编辑部 · 地址：%s市%s路%d号' % (site, r.choice(PROVS), r.choice(['中山', '人民', '解放', '建设']), r.randint(1, 300)),
                                                      '© %s %s' % (when[:4], site), 'Sent with ♥ by %s' % site]))))
    return head, mid, tail


def st_farm(r, d, site, dom, acct, when, heads):
    head = [('nav', B('nav', r.choice(['首页 | 工作总结 | 工作计划 | 述职报告 | 心得体会 | 演讲稿 | 公文范文', '范文大全　作文　教案　公文　合同', '网站首页 > 范文大全 > 政府工作报告'])))]
    if r.p(0.5):
        head.append(('crumb', breadcrumb(r, ['首页', r.choice(['公文范文', '工作报告', '政府报告']), '正文'])))
    head.append(('title', B('title_repeat', title_forms(r, d, site))))
    head.append(('meta', metadata_generic(r, d, 'farm')))
    head.append(('seo', seo_lines(r, d)))
    if r.p(0.5):
        head.append(('summary', B('seo', '摘要：%s是一篇优秀的范文，下面是小编为大家整理的%s，希望对大家有所帮助。' % (d['short'], d['title']))))
    if r.p(0.4):
        head.append(('ads', ads_lines(r)))

    def mid(j, fl):
        x = r.random()
        if x < 0.35:
            return 'ads', ads_lines(r)
        if x < 0.55:
            return 'more', B('related', r.choice(['【相关推荐】%s心得体会范文' % d['short'], '【延伸阅读】政府工作报告写作技巧', '推荐阅读：%s' % r.choice(['述职报告', '年终总结'])]))
        if x < 0.7:
            return 'seo', B('seo', r.choice(['%s_%s全文_%s' % (d['short'], d['short'], site), '更多%s请访问%s' % (d['short'], dom)]))
        if x < 0.85:
            return 'page', B('pagination', r.choice(['（第1页）', '下一页', '1 2 3 下一页', '本文共%d页' % r.randint(2, 6)]))
        return 'mojibake', B('mojibake', mojibake(r, r.choice(['下载本文', '范文大全', '复制'])))
    tail = [('copy', B('copy_tail', r.choice([
        '版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。如发现本站有涉嫌抄袭侵权/违法违规的内容，请发送邮件至 %s@%s 举报，一经查实，本站将立刻删除。' % (r.choice(['kefu', 'admin', 'service']), dom),
        '本文来自网络整理，著作权归原作者所有。', '【复制本文】请保留出处：%s' % dom, '文章来源：%s　转载请注明' % site])))]
    if r.p(0.6):
        tail.append(('download', B('ads', r.choice(['下载本文 (.doc)', '复制全文　下载Word版', '《%s》下载' % d['short'], '👉 一键复制全文'])) ))
    if r.p(0.4):
        tail.append(('attach', B('attachment', r.choice(['附件下载：%s.doc' % d['short'], '附件1：%s（Word版）' % d['short'], '[附件] 全文.docx 点击下载']))))
    tail.append(('link', B('link', '本文链接：http://www.%s/%s/%d.html' % (dom, r.choice(['fanwen', 'baogao', 'gongwen', 'a']), r.randint(10000, 999999)))))
    tail.append(('prevnext', prevnext_lines(r, d)))
    tail.append(('related', related_lines(r, d)))
    tail.append(('seo', B('seo', '热门搜索：' + '　'.join(r.sample(['工作总结', '述职报告', '心得体会', '入党申请书', '思想汇报', '演讲稿', '自查报告'], 4)))))
    tail.append(('footer', footer_lines(r, site, dom)))
    return head, mid, tail


def st_notes(r, d, site, dom, acct, when, heads):
    head = [('title', B('title_repeat', r.choice(['# %s' % d['title'], '%s（摘录）' % d['short'], '📒 %s 学习笔记' % d['short'], '## %s' % d['short'], d['short'] + ' - 剪藏'])))]
    head.append(('clip', clip_header(r, d, dom)))
    if r.p(0.5):
        head.append(('tags', tags_line(r, d)))
    if r.p(0.4):
        head.append(('link', B('link', r.choice(['[原文链接](https://%s/%s)' % (dom, r.hexid(8)), '原文：https://%s/%s.html' % (dom, r.hexid(8)),
                                                 '🔗 https://mp.weixin.qq.com/s/%s' % r.hexid(22)]))))
    if r.p(0.4):
        head.append(('annotation', annotation_lines(r)))

    def mid(j, fl):
        x = r.random()
        if x < 0.35:
            return 'annotation', annotation_lines(r)
        if x < 0.5:
            return 'caption', caption_lines(r, d)
        if x < 0.65:
            return 'tool', copy_tool_lines(r)
        if x < 0.8:
            return 'html', B('html_residue', r.choice(['<br>', '&nbsp;', '<!-- more -->', '[[toc]]', '```', '</div>']))
        return 'paywall', paywall_lines(r)
    tail = [('tool', copy_tool_lines(r))]
    if r.p(0.6):
        tail.append(('copytail', copy_tail(r, r.choice(['知乎', 'CSDN', '简书', site]), r.choice(['zhihu.com', 'csdn.net', 'jianshu.com']))))
    if r.p(0.5):
        tail.append(('meta', B('metadata', r.choice(['字数 %d　最后编辑于 %s' % (r.randint(1000, 20000), when), '同步于 %s %s' % (when, r.time()),
                                                     '最后修改：%s　·　%d 个字' % (when, r.randint(1000, 20000))]))))
    if r.p(0.5):
        tail.append(('annotation', annotation_lines(r)))
    if r.p(0.3):
        tail.append(('share', B('share', r.choice(['分享笔记　生成链接', '🔗 公开分享已关闭', '复制链接 · 导出为 PDF']))))
    return head, mid, tail


def st_desktop(r, d, site, dom, acct, when, heads):
    head = []
    if r.p(0.5):
        head.append(('cookie', cookie_lines(r)))
    head.append(('nav', B('nav', r.choice(['首页　时政　国内　国际　财经　评论　图片　视频', '首页 要闻 地方 理论 党建 评论 专题', '网站首页|新闻中心|政务|民生|专题']))))
    if r.p(0.5):
        head.append(('login', login_lines(r, site)))
    head.append(('crumb', breadcrumb(r, [site, r.choice(['时政', '要闻', '专题']), '正文'])))
    head.append(('title', B('title_repeat', title_forms(r, d, site))))
    head.append(('meta', metadata_generic(r, d, 'desktop')))
    if r.p(0.5):
        head.append(('share', share_line(r)))
    if r.p(0.3):
        head.append(('audio', audio_lines(r)))
    if r.p(0.5):
        head.append(('sidebar', sidebar_lines(r, d)))

    def mid(j, fl):
        x = r.random()
        if x < 0.35:
            return 'sidebar', sidebar_lines(r, d)
        if x < 0.55:
            return 'widget', widget_lines(r)
        if x < 0.65:
            return 'share', share_line(r)
        if x < 0.75:
            return 'caption', caption_lines(r, d)
        if x < 0.85:
            return 'ads', ads_lines(r)
        return 'qr', qr_lines(r, site)
    tail = [('editor', B('metadata', r.choice(['（责任编辑：%s）' % r.name(), '[编辑：%s]' % r.name(), '责编：%s　校对：%s' % (r.name(), r.name())])))]
    if r.p(0.6):
        tail.append(('widget', widget_lines(r)))
    tail.append(('share', share_line(r)))
    tail.append(('related', related_lines(r, d)))
    if r.p(0.6):
        tail.append(('sidebar', sidebar_lines(r, d)))
    if r.p(0.5):
        tail.append(('comments', B('comments', r.choice(['网友评论', '我要评论', '已有%d人参与' % r.randint(1, 9999)])) + reply_lines(r, r.randint(1, 3))))
    tail.append(('footer', footer_lines(r, site, dom)))
    return head, mid, tail


def st_pdf(r, d, site, dom, acct, when, heads):
    head = []
    kind = r.choice(['viewer', 'forum', 'notes', 'plain'])
    if kind == 'viewer':
        head.append(('viewer', B('toolbar_actions', r.choice(['下载　打印　⊕ 放大　⊖ 缩小　适合页宽', '◀ ▶　1 / %d　100%%　⤓' % r.randint(6, 40), '打开方式 ▾　另存为　全屏']))))
        head.append(('title', B('title_repeat', '%s.pdf' % d['short'])))
    elif kind == 'forum':
        head += [('floor1', floor_line(r, 1, r.nick(), when, True)), ('attach', B('attachment', '附件：%s.pdf (%d.%d MB, 下载次数: %d)' % (
            d['short'], r.randint(0, 4), r.randint(0, 9), r.randint(1, 999)))), ('intro', B('intro', '原文从PDF里复制出来的，格式有点乱，凑合看：'))]
    elif kind == 'notes':
        head += [('clip', clip_header(r, d, dom)), ('annotation', B('annotation', '（从 PDF 复制，未整理换行）'))]
    else:
        if r.p(0.5):
            head.append(('title', B('title_repeat', r.choice(['%s（PDF版）' % d['short'], '%s.pdf' % d['title'], '—— %s ——' % d['short']]))))
    tail = []
    if kind == 'forum':
        tail += [('replies', reply_lines(r, r.randint(1, 3)))]
    elif kind == 'notes':
        tail += [('tool', copy_tool_lines(r))]
    elif kind == 'viewer':
        tail += [('viewer', B('toolbar_actions', r.choice(['— 已到最后一页 —', '下载全文 | 打印 | 分享', '阅读已结束，下载本文需要 %d 积分' % r.randint(1, 20)])))]
    return head, None, tail


def pdf_body(pg, r, d, run, idxs, kinds, N, indent, dom):
    """Hard-wrap every paragraph at N characters, with page breaks every L lines (also inside paragraphs)."""
    L = r.randint(14, 26)
    page = r.randint(1, 6)
    total = page + r.randint(3, 12)
    hdr = r.choice([d['title'], d['short'], d['org'], '%s文件' % d['org'], '%s（%s）' % (d['short'], d['year'] or '全文')])
    num_form = r.choice(['- %d -', '— %d —', '第%d页', '第 %d 页，共 %d 页', '%d/%d', 'Page %d', '·%d·', '%d', '－%d－', 'P%d', '〔%d〕'])
    printed = r.p(0.25)
    pg.variants.append('pdf_w%d' % N)
    if printed:
        pg.variants.append('printed')
    count = 0

    def brk(inpara):
        nonlocal page
        s = num_form % ((page, total) if num_form.count('%d') == 2 else (page,))
        if printed:
            pg.add(print_header(r, d, dom, page, total))
        pg.add(B('pagination', s))
        if r.p(0.5):
            pg.blank()
        page += 1
        if r.p(0.75):
            pg.add(B('running_header', r.choice([hdr, hdr + '　' * r.randint(1, 4) + str(page) if r.p(0.2) else hdr])))
        pg.variants.append('pagebreak_inpara' if inpara else 'pagebreak')
    closing = set('，。；：！？、）”」》')
    for p, i, k in zip(run, idxs, kinds):
        first = N - len(indent) if k != 'heading' else N
        pieces = []
        s = p
        cut = first
        while s:
            c = min(cut, len(s))
            while c < len(s) and s[c] in closing:
                c += 1
            while c < len(s) and (s[c - 1].isspace() or s[c].isspace()):
                c += 1
            pieces.append(s[:c])
            s = s[c:]
            cut = N
        for j, piece in enumerate(pieces):
            ind = indent if j == 0 and k != 'heading' else ''
            pg.lines.append((ind + piece, 'content', k, str(i)))
            count += 1
            if count % L == 0:
                brk(j < len(pieces) - 1)


STYLE_FUNCS = {'forum': st_forum, 'qa': st_qa, 'group': st_group, 'wxsearch': st_wxsearch, 'rss': st_rss,
               'newsletter': st_newsletter, 'farm': st_farm, 'notes': st_notes, 'desktop': st_desktop, 'pdf': st_pdf}


# ----------------------------------------------------------------------------------------- main

def main():
    corpus = find_corpus()
    rng = R(SEED)
    used = used_ranges()
    cands = []
    for folder in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or any(s in f for s in SKIP):
                continue
            src = '%s/%s' % (folder, f)
            paras = paragraphs(os.path.join(corpus, src))
            good = usable(paras)
            if sum(good) < 5:
                continue
            u = used.get(src, [])
            free = [good[i] and not any(a <= i <= b for a, b, lk in u) for i in range(len(paras))]
            gap = cur = 0
            for x in free:
                cur = cur + 1 if x else 0
                gap = max(gap, cur)
            cov = -min(gap, 16)
            cands.append((src, folder, f, paras, good, u, cov))
    quota = {'city_gwr_2024': 46, 'provincial_gwr_2025': 16, 'state_council_2004_2019': 16,
             'national_gwr_wikisource': 15, 'cpc_congress_wikisource': 7}
    chosen = []
    for folder in FOLDERS:
        fc = [c for c in cands if c[1] == folder]
        fc.sort(key=lambda c: (c[6], len(c[5]), rng.random()))
        chosen += fc[:quota[folder]]
    rng.shuffle(chosen)
    styles = ['pdf'] * 17 + ['forum'] * 10 + ['qa'] * 9 + ['group'] * 9 + ['wxsearch'] * 9 + ['rss'] * 9 + \
        ['newsletter'] * 9 + ['farm'] * 9 + ['notes'] * 9 + ['desktop'] * 10
    rng.shuffle(styles)
    os.makedirs(os.path.join(HERE, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'gold'), exist_ok=True)
    for old in os.listdir(os.path.join(HERE, 'pages')):
        os.remove(os.path.join(HERE, 'pages', old))
    for old in os.listdir(os.path.join(HERE, 'gold')):
        os.remove(os.path.join(HERE, 'gold', old))
    index = ['\t'.join(['doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'])]
    no = 0
    for (src, folder, f, paras, good, u, cov), style in zip(chosen, styles):
        yr = int(f[:4]) if f[:4].isdigit() and int(f[:4]) >= 2019 else 2019
        r = R(rng.randint(0, 10 ** 9), tuple(str(y) for y in range(max(yr, 2019), 2026)))
        mode = r.choice(['head', 'head', 'middle', 'middle', 'tail', 'tail']) if style != 'pdf' else r.choice(['head', 'middle', 'tail'])
        length = r.randint(5, 10) if style == 'pdf' else r.randint(5, 16)
        got = None
        while length >= 5 and got is None:
            got = choose_run(paras, good, u, r, length, mode)
            length -= 1
        if got is None:
            continue
        _, s, e, over = got
        d = doc_info(folder, f, paras)
        idxs = list(range(s, e + 1))
        run = paras[s:e + 1]
        kinds = [content_kind(paras[i], i, len(paras), paras) for i in idxs]
        heads = headings_of(paras, good)
        pdf_n = r.randint(20, 44) if style == 'pdf' else None
        pg, site = build(style, r, d, run, idxs, kinds, heads, pdf_n)
        contents = {t.strip() for t, lab, k, p in pg.lines if lab == 'content'}
        lines = [x for x in pg.lines if not (x[1] == 'chrome' and x[0].strip() in contents)]
        # no two blank lines at the very start / end
        while lines and lines[0][1] == 'blank':
            lines.pop(0)
        while lines and lines[-1][1] == 'blank':
            lines.pop()
        no += 1
        doc = '%03d' % no
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, *_ in lines))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for j, (t, lab, k, p) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (j, lab, k, p))
        index.append('\t'.join([doc, style, src, str(s), str(e), str(len(lines)), ';'.join(pg.variants), site]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages:', no)


if __name__ == '__main__':
    main()
