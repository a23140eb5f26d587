#!/usr/bin/env python3
"""Generator of the chrome development set chrome_dev10 (stdlib only, deterministic, seed 20261010).

Owns the whole set folder: reads the shared corpus, picks one run of 5-40 real paragraphs per source
document (preferring paragraphs no earlier set's index.tsv used), wraps it in page chrome written for
this set (mobile news clients, 政务 apps / H5 / mini-programs, WeChat articles of government and party
accounts with many pictures and videos, Weibo long posts, short-video descriptions, hard-wrapped PDF /
Word copies opened on a phone) and writes pages/NNN.txt, gold/NNN.tsv and index.tsv.

  python make_pages.py [--corpus DIR]
"""
from __future__ import annotations

import collections
import datetime
import glob
import os
import random
import re
import sys
import unicodedata

SEED = 20261010
HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ('city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource')
SKIP = ('廣州共產黨報告', '陈独秀在中国共产党第三次', '1954_', '1956_', '2024_枣庄', '2024_承德', '国家教材委员会组成人员')
BAD_LINE = re.compile(r'(来源[：:]|责任编辑|编辑[：:]|主办|版权|ICP|公网安备|网站标识码|网站地图|打印|关闭|分享到|'
                      r'党政机关|注[：:]|附件|↑|\[\d+\]|名词解释|本文有删减|指标来源|扫一扫|微信|点击|浏览)')
LINE_SPLITTERS = '\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'


def find_corpus() -> str:
    if '--corpus' in sys.argv:
        return sys.argv[sys.argv.index('--corpus') + 1]
    if os.environ.get('TEXTLAB_CORPUS'):
        return os.environ['TEXTLAB_CORPUS']
    for up in (3, 4):
        p = os.path.normpath(os.path.join(HERE, *(['..'] * up), 'shared', 'corpus'))
        if os.path.isdir(p):
            return p
    raise SystemExit('corpus not found: set TEXTLAB_CORPUS or pass --corpus DIR')


def paragraphs(path: str) -> list:
    with open(path, encoding='utf-8') as fh:
        return [l.strip() for l in fh.read().split('\n') if l.strip()]


def cjk(s: str) -> int:
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')


def good_line(p: str) -> bool:
    if cjk(p) < 2 or BAD_LINE.search(p) or any(c in p for c in LINE_SPLITTERS):
        return False
    if any(unicodedata.category(c) in ('Cc', 'Co', 'Cn', 'Cs') for c in p):
        return False
    return True


def residue_start(paras: list) -> int:
    """Index where a portal's footer residue begins at the end of a file (len(paras) if none)."""
    n = len(paras)
    cut = n
    for i in range(max(0, n - 14), n):
        if re.search(r'(责任编辑|主办单位|ICP|网站标识码|公网安备|版权所有|网站地图|打印|分享到|来源[：:])', paras[i]):
            cut = min(cut, i)
    return cut


def content_kind(p: str, i: int, n: int) -> str:
    if p in ('各位代表：', '同志们：') or (p.endswith('：') and len(p) < 60 and (p.startswith('各') or re.search(
            r'国务院|人民政府|各部委|直属机构|自治区|委员会|办公厅', p))):
        return 'greeting'
    if re.fullmatch(r'[一二三四五六七八九〇○零十\d]{2,4}年[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日', p) or p == '（此件公开发布）':
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p[-1] in '。；！？':
        return 'heading'
    return 'content'


# ---------------------------------------------------------------- random helpers
R = random.Random(SEED)
SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁欣雪琳晨曦瑞博文斌波海鑫雯婷倩颖蕾佳嘉源晖楠'


def pick(seq):
    return seq[R.randrange(len(seq))]


def name() -> str:
    return pick(SURN) + ''.join(pick(GIVEN) for _ in range(R.choice((1, 2, 2))))


def num(lo: int, hi: int) -> int:
    return R.randint(lo, hi)


def big(n: int) -> str:
    """A counter as apps show it: 986, 1.2万, 10万+."""
    if n >= 100000:
        return '10万+'
    if n >= 10000:
        return '%.1f万' % (n / 10000)
    return str(n)


def sp() -> str:
    return pick((' ', '  ', '　', '\t', ' · ', '｜', ' | ', '  ', '　　'))


def hm(d: datetime.datetime) -> str:
    return '%02d:%02d' % (d.hour, d.minute)


WEEK = '一二三四五六日'


# ---------------------------------------------------------------- document facts
class Doc:
    def __init__(self, folder, fname, paras, sc_index):
        self.folder, self.fname, self.paras = folder, fname, paras
        base = fname[:-4]
        if folder == 'city_gwr_2024':
            place = base.split('_')[1]
            self.place = place
            self.year = 2024
            suffix = '' if place.endswith(('市', '州', '盟', '地区')) else pick(('市', '市', ''))
            self.title = '%d年%s%s政府工作报告' % (self.year, place, suffix)
            self.date = datetime.datetime(2024, 1, num(5, 28), num(8, 21), num(0, 59))
            self.speaker_role = '市长'
        elif folder == 'provincial_gwr_2025':
            place = base.split('_')[1]
            self.place = place
            self.year = 2025
            self.title = '2025年%s政府工作报告' % place
            self.date = datetime.datetime(2025, 1, num(10, 26), num(8, 21), num(0, 59))
            self.speaker_role = pick(('省长', '代省长')) if not place.endswith(('区', '市')) else pick(('主席', '市长'))
        elif folder == 'national_gwr_wikisource':
            self.year = int(base[:4])
            self.place = '全国'
            self.title = '%d年国务院政府工作报告' % self.year if R.random() < 0.5 else '%d年政府工作报告' % self.year
            y = self.year if self.year >= 2019 else num(2019, 2025)
            self.date = datetime.datetime(y, 3, num(5, 12), num(8, 21), num(0, 59))
            self.speaker_role = '总理'
        elif folder == 'cpc_congress_wikisource':
            parts = base.split('_')
            self.year = 0
            self.place = '全国'
            self.title = parts[2] if len(parts) > 2 else parts[-1]
            self.congress = parts[1].replace('中共', '中国共产党')
            self.date = datetime.datetime(num(2019, 2025), num(1, 12), num(1, 28), num(8, 22), num(0, 59))
            self.speaker_role = ''
        else:
            row = sc_index.get(fname, {})
            self.year = int(base[:4])
            self.place = '国务院'
            self.title = row.get('title') or base.split('_', 2)[-1]
            self.docno = row.get('document_number', '')
            pub = row.get('published', '') or '2019-03-01'
            y, m, d = (int(x) for x in pub.split('-'))
            self.date = datetime.datetime(y, m, d, num(8, 21), num(0, 59))
            self.speaker_role = ''
        self.short = self.title.replace('政府工作报告', '政府工作报告')[:]
        if folder == 'cpc_congress_wikisource':
            self.short = '%s报告' % self.congress.replace('中国共产党', '党的').replace('次全国代表大会', '大')
        elif folder == 'state_council_2004_2019':
            self.short = re.sub(r'^国务院(办公厅)?关于', '', self.title)[:18]
        elif folder == 'national_gwr_wikisource':
            self.short = '%d年政府工作报告' % self.year
        else:
            self.short = self.place + '政府工作报告'
        self.region = re.sub(r'(壮族自治区|回族自治区|维吾尔自治区|自治区|省)$', '', self.place) if folder in ('city_gwr_2024', 'provincial_gwr_2025') else pick(
            ('北京', '浙江', '四川', '湖南', '山东', '广东', '江西', '福建', '河南', '湖北', '安徽', '重庆', '江苏', '河北', '陕西'))


# ---------------------------------------------------------------- outlets
NEWS_APPS = [('人民日报客户端', '人民日报'), ('新华社客户端', '新华社'), ('央视新闻客户端', '央视新闻'), ('川观新闻', '四川日报'),
             ('潮新闻', '浙江日报'), ('南方+', '南方日报'), ('新湖南', '湖南日报'), ('极目新闻', '楚天都市报'),
             ('上游新闻', '重庆日报报业集团'), ('齐鲁壹点', '齐鲁晚报'), ('大众新闻', '大众日报'), ('北京日报客户端', '北京日报'),
             ('上观新闻', '解放日报'), ('荔枝新闻', '江苏广电总台'), ('冀云', '河北广播电视台'), ('海客新闻', '海南日报'),
             ('天目新闻', '浙江日报报业集团'), ('交汇点', '新华日报'), ('闪电新闻', '山东广播电视台'), ('看看新闻Knews', '上海广播电视台'),
             ('长江云', '湖北广播电视台'), ('新甘肃', '甘肃日报'), ('极光新闻', '黑龙江日报'), ('中国蓝新闻', '浙江广电集团'),
             ('云南日报客户端', '云南日报'), ('津云', '天津海河传媒中心'), ('掌上长春', '长春日报'), ('无线苏州', '苏州广电')]
GOV_APPS = [('浙里办', '浙江'), ('粤省事', '广东'), ('随申办', '上海'), ('闽政通', '福建'), ('赣服通', '江西'), ('皖事通', '安徽'),
            ('鄂汇办', '湖北'), ('渝快办', '重庆'), ('爱山东', '山东'), ('蒙速办', '内蒙古'), ('辽事通', '辽宁'), ('冀时办', '河北'),
            ('豫事办', '河南'), ('天府通办', '四川'), ('i深圳', '深圳'), ('北京通', '北京'), ('国务院客户端', '国务院'),
            ('秦务员', '陕西'), ('甘快办', '甘肃'), ('我的宁夏', '宁夏'), ('新湘事成', '湖南'), ('苏服办', '江苏')]


def accounts(doc: Doc) -> list:
    p = doc.place if doc.place not in ('全国', '国务院') else doc.region
    p = re.sub(r'(壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$', '', p) or p
    return ['%s发布' % p, '%s政府网' % p, '%s日报' % p, '%s党建' % p, '%s组工' % p, '清风%s' % p, '%s融媒' % p,
            '%s微政务' % p, '共产党员', '学习小组', '中国政府网', '人民日报', '新华社', '央视新闻', '%s新闻联播' % p,
            '%s机关党建' % p, '%s宣传' % p]


# ---------------------------------------------------------------- chrome blocks (each returns [(text, kind)])
def b_status(c):
    d = c['d']
    t = hm(d + datetime.timedelta(minutes=num(5, 600)))
    net = pick(('5G', '4G', '5G', 'WiFi', 'HD 5G', '4G+'))
    bat = num(8, 100)
    forms = ['%s%s%s%s%d%%' % (t, sp(), net, sp(), bat), '%s 📶 %s 🔋%d%%' % (t, net, bat),
             '%s ⏰ ✈ %s ▮▮▮ %d' % (t, net, bat), '%s   %s  %d%%  ⚡' % (t, net, bat), '%s' % t,
             '中国移动 %s  %s  %d%%' % (net, t, bat), '%s 🔕 %s %d' % (t, net, bat), '上午%s' % t]
    out = [(pick(forms), 'status_bar')]
    if R.random() < 0.3:
        out.append((pick(('●●●○○ 中国联通 %s' % net, '%s KB/s' % num(0, 900), 'N ⓘ ✉ 3')), 'status_bar'))
    return out


def b_topbar(c):
    app = c['app']
    forms = [['＜', app, '···'], ['< 返回', '···'], ['×  %s' % app, '⋮'], ['‹ 返回  %s  分享' % app],
             ['←', '详情', '⋯'], ['✕', '…'], ['< 返回　　　　　　　　　　···'], ['〈  %s  ⤴' % c['acct']],
             ['关闭', '更多'], ['× ' + pick(('微信', '公众号', '文章详情', '正文', '新闻详情'))]]
    f = pick(forms)
    if R.random() < 0.4:
        return [(sp().join(f).strip(), 'nav')]
    return [(x, 'nav') for x in f]


def b_appbanner(c):
    app = c['app']
    forms = ['打开%s，阅读体验更佳' % app, 'APP内打开', '打开APP', '打开 %s 查看高清大图' % app,
             '下载%s，看更多%s新闻' % (app, c['doc'].region), '⬇ 下载客户端　　立即打开', '在%s中打开' % app,
             '打开APP，查看完整报告', '使用小程序打开', '打开APP 阅读全文 ›', '%s｜打开看更多独家报道 >' % app,
             '前往APP观看直播回放', '打开%s  领取阅读红包' % app, '已安装？点击打开　　未安装？立即下载',
             '打开APP，与%s万网友一起讨论' % num(2, 90), '👉 打开%s APP 看两会全程直播' % app, '继续在浏览器阅读']
    out = [(pick(forms), 'app_banner')]
    if R.random() < 0.5:
        out.append((pick(('立即打开', '打开', '×', '✕ 关闭', '打开看看', '去APP看', '下载')), 'app_banner'))
    return out


def outlet(c):
    """The name a metadata or title line gives as source: the account on WeChat / Weibo / video pages."""
    return c['acct'] if c['style'] in ('wechat', 'weibo', 'shortvideo') else c['app']


def title_forms(c):
    doc, app, acct = c['doc'], outlet(c), c['acct']
    t, s = doc.title, doc.short
    y = doc.year or doc.date.year
    forms = ['%s - %s' % (t, app), '【全文】%s' % t, '%s（全文）' % t, '重磅！%s全文来了' % s, '全文来了！%s' % s,
             '权威发布丨%s' % t, '%s｜%s' % (s, acct), '《%s》全文' % t, '受权发布：%s' % t, '%s_%s' % (t, app),
             '一文读懂｜%s' % s, '速览！%s' % s, '%s（摘要）' % s, '两会·聚焦｜%s' % s, '@所有人，%s来了！' % s,
             '%s——%s' % (s, acct), '【%s】%s' % (acct, s), '#%s# 全文' % s, '%s 全文发布' % s,
             '%s…' % t[:max(6, len(t) - 5)], '%s【实录】' % s, '关注丨%s原文' % s, '转发学习！%s' % t,
             '%s（%d）' % (s, y), '最新！%s全文' % s, '%s\u2014\u2014\u5168\u6587' % t]
    if doc.folder == 'state_council_2004_2019':
        forms += ['国务院：%s' % doc.short, '%s（%s）' % (doc.title, doc.docno or '全文'), '国务院印发%s' % doc.short,
                  '政策｜%s' % doc.title, '%s 答记者问之外的全文' % doc.short]
    if doc.folder == 'cpc_congress_wikisource':
        forms += ['%s（全文）' % doc.congress, '%s报告全文' % doc.congress, '重温｜%s' % doc.title, '党史学习｜%s' % doc.short]
    return forms


def b_title(c):
    f = pick(title_forms(c))
    if R.random() < 0.18 and len(f) > 14:
        k = R.randrange(6, len(f) - 4)
        return [(f[:k], 'title_repeat'), (f[k:], 'title_repeat')]
    return [(f, 'title_repeat')]


def b_meta(c):
    d, app, acct, doc = c['d'], outlet(c), c['acct'], c['doc']
    rep = name()
    forms = ['%s %d-%02d-%02d %s' % (app, d.year, d.month, d.day, hm(d)),
             '%s　%d年%d月%d日 %s　%s' % (acct, d.year, d.month, d.day, hm(d), pick(('北京', doc.region, '浙江', '四川'))),
             '原创 %s %s %d-%02d-%02d %s 发表于%s' % (acct, acct, d.year, d.month, d.day, hm(d), doc.region),
             '来源：%s　　作者：%s' % (app, rep), '%s记者 %s %s' % (app, rep, name()), '%02d-%02d %s' % (d.month, d.day, hm(d)),
             '发布时间：%d-%02d-%02d %s:%02d' % (d.year, d.month, d.day, hm(d), num(0, 59)),
             '%s · %s · %d小时前' % (acct, pick(('政务号', '媒体号', '官方账号')), num(1, 23)),
             '责任编辑：%s　审核：%s' % (name(), name()), '编辑 | %s' % name(), '%s / 来源：%s' % (pick(('文', '文字', '整理')), acct),
             '%d/%d/%d %s IP属地：%s' % (d.year, d.month, d.day, hm(d), doc.region), '%s融媒体中心出品' % doc.region,
             '%s号 · %s' % (acct, pick(('已认证', '官方', '政务'))), '首发：%s　%s' % (app, hm(d)),
             '记者丨%s　通讯员丨%s %s' % (rep, name(), name()), '策划：%s　统筹：%s' % (name(), name()),
             '%d年%02d月%02d日 %s  %s' % (d.year, d.month, d.day, hm(d), pick(('星期' + WEEK[d.weekday()], '周' + WEEK[d.weekday()])))]
    return [(f, 'metadata') for f in R.sample(forms, num(1, 3))]


def b_intro(c):
    doc, d = c['doc'], c['d']
    who = name()
    role = doc.speaker_role
    if doc.folder in ('city_gwr_2024', 'provincial_gwr_2025'):
        ev = '%d月%d日上午，%s%s人民代表大会第%s次会议开幕，%s%s代表%s人民政府作政府工作报告' % (
            d.month, d.day, doc.place, pick(('第十七届', '第十六届', '第十四届', '十七届')), pick('二三四五'), role, who, doc.place)
    elif doc.folder == 'national_gwr_wikisource':
        ev = '%d年%d月5日，%s总理在第%s届全国人民代表大会第%s次会议上代表国务院作政府工作报告' % (
            d.year, d.month, who, pick('十一二三四'), pick('一二三四五'))
    elif doc.folder == 'cpc_congress_wikisource':
        ev = '这是%s上的报告，今天我们重温这份历史文献' % doc.congress
    else:
        ev = '近日，%s印发《%s》（%s）' % ('国务院办公厅' if '办公厅' in doc.title else '国务院', doc.title, doc.docno or '全文')
    forms = ['编者按：%s。以下为报告全文，供学习参考。' % ev, '导读：%s。全文来了↓' % ev, '【核心提示】%s。' % ev,
             '摘要：%s，报告回顾了过去一年的工作，部署了今年的重点任务。' % ev, '%s。全文来了👇👇👇' % ev,
             '%s。小编整理了全文，一起来学习！' % ev, '编者按', '▌导读', '核心提示：%s。' % ev,
             '%s。快来看看今年都有哪些新提法↓↓' % ev, '今天，%s。一起来看报告全文。' % ev.split('，', 1)[-1],
             '📌 重点先看：稳增长、惠民生、防风险……报告里这些数字和你我有关。', '【编者按】为便于广大干部群众学习，现将全文刊发如下。',
             '▼ 以下为全文 ▼', '全文如下：', '划重点！报告中的民生清单，条条都暖心。', '内容提要：%s。' % ev,
             '（本文为报告全文，建议收藏后阅读）', '长文预警⚠️ 全文约%d字，阅读需要%d分钟' % (num(8000, 30000), num(12, 40))]
    f = pick(forms)
    out = [(f, 'intro')]
    if f in ('编者按', '▌导读'):
        out.append(('%s。本%s全文推送，请各级党组织组织党员干部认真学习。' % (ev, pick(('号', '平台', '栏目'))), 'intro'))
    return out


def b_lead(c):
    """An unlabelled one-line lead in the account's voice."""
    doc, d = c['doc'], c['d']
    forms = ['报告全文来了！一起学习👇', '新的一年，%s这样干！' % (doc.place if doc.place != '全国' else '我们'),
             '干货满满！建议收藏。', '%s的这份报告，信息量很大。' % doc.region, '一起来看👇', '每个字都值得细读。',
             '听，这是奋进的声音！', '划重点，这些与你有关→', '%s人，这份报告请收好！' % doc.region, '事关你我！速看→',
             '%d，我们一起拼！' % (doc.year or d.year), '实干笃行，奋楫争先。今天，我们一起读报告。']
    return [(pick(forms), 'intro')]


def b_caption(c):
    doc, d = c['doc'], c['d']
    who = name()
    place = doc.region
    scene = pick(('大会开幕现场', '会场外景', '代表们认真听取报告', '%s城市夜景' % place, '%s新区建设现场' % place, '代表们在会上审议报告',
                  '记者在现场采访代表', '港口码头一派繁忙', '高铁站施工现场', '乡村振兴示范点', '产业园区航拍', '新建的社区养老服务中心',
                  '市民在公园健身', '工人在生产线上忙碌', '麦田里的收割机', '会议主席台'))
    forms = ['图为%s。%s 摄' % (scene, who), '▲ %s。（记者 %s 摄）' % (scene, who), '▲%s' % scene, '△ %s　%s/摄' % (scene, who),
             '资料图', '（资料图）', '图片来源：%s' % pick(('视觉中国', '新华社', '%s发布' % place, '网络', '人民图片')),
             '（图片来源于网络，如有侵权请联系删除）', '新华社记者 %s 摄' % who, '（%s 供图）' % pick(('%s市委宣传部' % place, '受访者', '%s县融媒体中心' % place)),
             '%d月%d日，%s。' % (d.month, d.day, scene), '摄影：%s' % who, '图／%s' % who, '↑ %s' % scene, '图：%s' % scene,
             '📷 %s' % who, '航拍%s（无人机照片）' % place, '点击图片查看大图', '◀ 左右滑动查看更多 ▶', '1/%d' % num(3, 9),
             '[图片]', '图片', '▲点击图片 查看高清大图', '%s　摄影 %s' % (scene, who), '●%s（%s 摄）' % (scene, who),
             '▲ 资料图片', '图丨%s' % who, '（AI生成图片，仅供参考）', '长图｜%s' % doc.short]
    k = num(1, 2)
    out = [(f, 'caption') for f in R.sample(forms, k)]
    return out


def b_video(c):
    a, b = num(0, 9), num(10, 59)
    forms = ['▶', '00:00 / %02d:%02d' % (a, b), '0:00', '%02d:%02d' % (a, b), '视频加载中...', '点击播放', '▶ 播放',
             '视频加载失败，请刷新重试', '该视频已被发布者删除', '轻触视频继续播放', '此视频因违规无法查看', '视频号 · 已关注', '倍速　1.0X', '1.25X  1.5X  2.0X', '高清 · 标清 · 流畅', '全屏', '重播　　分享', '🔇 静音播放中',
             '您的浏览器不支持 video 标签。', '[视频] %s' % c['doc'].short, '视频：%s' % pick(('%s融媒体中心' % c['doc'].region, c['app'], c['acct'])),
             '👆点击观看视频', '⬆ 戳视频 ⬆', '▷ 已播放%d次' % num(100, 99999), '视频号 · %s' % c['acct'], '继续播放', '当前为移动网络，播放将消耗流量',
             '▶ %02d:%02d' % (a, b), '画中画', '弹幕　发个友善的弹幕见证当下', '本视频由%s提供' % c['app'], '视频时长 %d:%02d' % (a, b)]
    return [(f, 'video') for f in R.sample(forms, num(1, 4))]


def b_audio(c):
    a, b = num(3, 40), num(0, 59)
    forms = ['🎧 听新闻', '语音播报　00:00 / %02d:%02d' % (a, b), 'AI主播为您播报全文', '点击收听本文', '▶ 听全文 %d分%d秒' % (a, b),
             '朗读：%s' % name(), '🔊 收听', '音频加载中…', '已暂停', '%s · 声音' % c['acct'], '∥ 暂停　　倍速 1.0x',
             '本文音频由AI合成', '00:00', '%02d:%02d' % (a, b)]
    return [(pick(forms), 'audio') for _ in range(num(1, 3))]


def b_ads(c):
    doc = c['doc']
    forms = ['广告', '[广告] %s' % pick(('%s文旅 欢迎您' % doc.region, '新春年货节 满299减50', '线上开户 享专属福利', '装修设计免费量房')),
             '推广', '— 广告 —', '赞助商提供', '广告 ×', '查看详情 >', '立即领取', '%s银行 · 一站式缴费' % pick(('建设', '农业', '工商', '邮储')),
             '进店逛逛', '限时优惠　立即抢购', 'AD', '广告位招租 联系电话：0%d-%d' % (num(10, 999), num(5000000, 8999999)),
             '▌商务合作请私信', '关闭广告', '不感兴趣']
    return [(f, 'ads') for f in R.sample(forms, num(1, 3))]


def b_follow(c):
    acct = c['acct']
    forms = ['点击上方蓝字关注我们', '↑点击上方“%s”关注我们' % acct, '关注', '+ 关注', '已关注', '星标⭐%s，第一时间获取权威信息' % acct,
             '长按识别二维码关注%s' % acct, '关注%s，了解更多政务信息' % acct, '▼ 关注我们 ▼', '👇 点个关注不迷路',
             '欢迎关注%s视频号' % acct, '设为星标，不错过每一条推送', '%s | 关注' % acct, '关注我，了解更多两会资讯']
    return [(pick(forms), 'follow') for _ in range(num(1, 2))]


def b_counts(c):
    forms = ['阅读 %s' % big(num(300, 200000)), '阅读 %s　赞 %d　在看 %d' % (big(num(500, 200000)), num(5, 9000), num(1, 900)),
             '👍 %d　💬 %d　↗ %d' % (num(3, 9999), num(0, 999), num(0, 999)), '%s 次阅读' % big(num(100, 300000)),
             '浏览量：%d' % num(100, 99999), '%s人看过' % big(num(100, 300000)), '赞 %s · 评论 %d · 转发 %d' % (big(num(10, 80000)), num(0, 999), num(0, 9999)),
             '转发 %d　|　评论 %d　|　赞 %d' % (num(0, 999), num(0, 999), num(0, 9999)), '%d' % num(1, 999), '%s 播放' % big(num(1000, 900000)),
             '👁 %s' % big(num(100, 90000)), '❤ %d' % num(0, 9999), '%d人觉得很赞' % num(1, 999), '热度 %s' % big(num(1000, 990000))]
    k = num(1, 3)
    if R.random() < 0.3:
        return [('　'.join(R.sample(forms, 2)), 'counts')]
    return [(pick(forms), 'counts') for _ in range(k)]


def b_share(c):
    forms = ['分享到：微信　朋友圈　微博　QQ', '分享', '转发', '转发到朋友圈', '微信好友 | 朋友圈 | 新浪微博 | 复制链接', '↗ 分享',
             '分享 收藏 点赞 在看', '点个“在看”，让更多人看到', '分享、点赞、在看，三连支持！', '复制链接', '生成海报', '转发给好友',
             '⭐ 收藏', '[分享] [收藏] [字号]']
    out = [(pick(forms), 'share') for _ in range(num(1, 2))]
    if R.random() < 0.3:
        out = [(x, 'share') for x in pick((['微信', '朋友圈', 'QQ', '微博'], ['分享', '收藏', '点赞'], ['转发', '评论', '赞']))]
    return out


def b_comments(c):
    d = c['d']
    out = [(pick(('写留言', '留言', '精选留言', '评论 %d' % num(1, 999), '全部评论（%d）' % num(1, 999), '热门评论', '网友评论',
                  '写评论...', '说点什么吧～', '发表你的看法', '评论区', '最新评论')), 'comments')]
    texts = ['点赞！%s加油！' % c['doc'].region, '为家乡点赞👍', '干货满满，学习了', '实实在在的民生实事', '希望早日落实',
             '期待越来越好', '已学习', '收藏了慢慢看', '数据很提气💪', '我们县的项目也在里面', '打卡学习第%d天' % num(2, 300),
             '什么时候修到我们村？', '讲得实在', '给力！', '报告写得接地气', '👏👏👏', '支持！']
    for _ in range(num(1, 3)):
        who = pick(('%s的网友' % pick(('北京', '浙江', '四川', '河南', c['doc'].region)), name(), '用户%d' % num(10000, 99999999),
                    '小%s' % pick(GIVEN), '%s%s' % (pick(('阳光', '清风', '向日葵', '老兵', '追梦人')), num(1, 999))))
        f = pick(('%s：%s' % (who, pick(texts)), '%s\t%s' % (who, pick(texts)), None))
        if f:
            out.append((f, 'comments'))
        else:
            out.append((who, 'comments'))
            out.append((pick(texts), 'comments'))
        if R.random() < 0.6:
            out.append((pick(('%02d-%02d · %s' % (d.month, d.day, pick(('浙江', '四川', '山东', '广东'))), '回复', '👍 %d' % num(1, 999),
                              '%d分钟前  回复' % num(1, 59), '作者赞过', '%d楼' % num(1, 80), '赞 %d' % num(1, 99))), 'comments'))
    if R.random() < 0.4:
        out.append((pick(('查看更多评论 >', '已显示全部留言', '展开%d条回复' % num(2, 30), '以上留言由公众号筛选后显示')), 'comments'))
    return out


def b_related(c):
    doc = c['doc']
    p = doc.region
    heads = ['%s今年要办这些民生实事' % p, '一图读懂%s' % doc.short, '%s代表热议政府工作报告' % p, '视频｜%s两会开幕' % p,
             '%s两会｜听代表委员怎么说' % p, '政府工作报告中的这些“新词”你知道吗', '数说%s这一年' % p, '%s：奋力开创高质量发展新局面' % p,
             '解读｜今年经济增长预期目标怎么定', '%s交通建设新年迎来大动作' % p, '权威访谈｜听%s主要负责人谈发展' % p,
             '直播回看：%s人大会议开幕' % p, '报告里的这些民生温度，你感受到了吗？', '海报｜%s关键词' % doc.short]
    out = [(pick(('相关阅读', '推荐阅读', '往期推荐', '热门推荐', '延伸阅读 ▼', '猜你喜欢', '更多精彩', '相关新闻', '你可能还想看', '近期热文')), 'related')]
    for h in R.sample(heads, num(2, 4)):
        if R.random() < 0.3:
            out.append(('%s　%s　%d评' % (h, pick((c['app'], c['acct'])), num(0, 999)), 'related'))
        else:
            out.append((pick(('· ', '▶ ', '◆ ', '', '● ', '→ ', '1. ', '📍')) + h, 'related'))
    return out


def b_tags(c):
    doc = c['doc']
    tags = ['#政府工作报告#', '#%s两会#' % doc.region, '#两会#', '#高质量发展#', '#民生实事#', '#%d两会#' % (doc.year or doc.date.year),
            '#学习#', '#%s#' % doc.short, '#新质生产力#', '#乡村振兴#', '#营商环境#']
    k = num(1, 5)
    ts = R.sample(tags, k)
    if R.random() < 0.5:
        return [(' '.join(ts), 'tags')]
    return [(pick(('标签：', '专题：', '合集：', '收录于合集 ')) + '　'.join(t.strip('#') for t in ts), 'tags')]


def b_disclaimer(c):
    forms = ['声明：本文转自%s，版权归原作者所有，如有侵权请联系删除。' % c['acct'], '本文仅代表作者观点，不代表本平台立场。',
             '来源：%s；转载请注明出处。' % c['app'], '（本文内容来源于网络，仅供学习交流）', '*本文由AI辅助生成摘要，以原文为准',
             '未经授权，禁止转载。', '图文来源于网络，侵删', '免责声明：内容仅供参考，不构成任何建议。', '以上内容为平台用户上传，仅供学习参考。',
             '本文已开启原创保护', '（据%s）' % pick((c['app'], '新华社', '人民日报'))]
    return [(pick(forms), 'disclaimer')]


def b_cookie(c):
    forms = [['个人信息保护提示', '我们依据相关法律法规制定了《用户协议》和《隐私政策》，请您在使用前仔细阅读并充分理解。', '不同意　　同意'],
             ['本网站使用Cookie以提升浏览体验，继续浏览即表示您同意我们使用Cookie。', '我知道了'],
             ['We use cookies to improve your experience. By continuing you agree to our Cookie Policy.', 'Accept', 'Decline'],
             ['“%s”想访问您的位置' % c['app'], '用于为您推荐本地新闻', '不允许　　好'],
             ['温馨提示：为保障您的账号安全，请阅读并同意《隐私保护指引》', '同意并继续'],
             ['该小程序将获取你的昵称、头像', '拒绝', '允许'], ['是否允许发送通知？', '以后再说　开启通知'],
             ['隐私政策更新', '我们更新了隐私政策，点击查看详情', '我已阅读并同意']]
    f = pick(forms)
    if R.random() < 0.3:
        return [('　'.join(f), 'cookie')]
    return [(x, 'cookie') for x in f]


def b_login(c):
    forms = ['登录后可发表评论', '您还未登录，请先 登录 | 注册', '手机号一键登录', '微信快捷登录', '登录　注册', '登录查看更多精彩内容',
             '登录/注册', '请登录后继续阅读', '本机号码一键登录', '其他登录方式', '游客模式浏览']
    return [(pick(forms), 'login') for _ in range(num(1, 2))]


def b_qr(c):
    forms = ['长按识别二维码', '扫码下载%s' % c['app'], '扫描二维码，手机上阅读', '识别图中二维码，进入小程序', '[二维码]',
             '微信扫一扫，分享到朋友圈', '扫码关注 %s' % c['acct'], '👆长按图片识别二维码']
    return [(pick(forms), 'qr')]


def b_link(c):
    forms = ['阅读原文', '原文链接：https://%s/%s/%d.html' % (pick(('www.gov.cn', 'news.cctv.com', 'paper.people.com.cn', 'app.xinhuanet.com',
                                                                   'h5.newaircloud.com', 'mp.weixin.qq.com')), pick(('detail', 'news', 'article', 'zw')), num(100000, 99999999)),
             '点击“阅读原文”查看报告全文', '本文链接：http://t.cn/%s' % ''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(7)),
             'O网页链接', '↓↓↓ 点击阅读原文下载报告PDF', '原文地址：%s' % pick(('https://mp.weixin.qq.com/s/%s' % ''.join(pick('AaBbCcDdEeFf0123456789_-') for _ in range(22)), 'https://m.thepaper.cn/newsDetail_forward_%d' % num(20000000, 29999999))),
             '复制此链接，打开%s查看' % c['app']]
    return [(pick(forms), 'link')]


def b_mojibake(c):
    src = pick((c['doc'].title, c['doc'].short, '政府工作报告全文', '阅读原文', '责任编辑', '关注我们', '点击查看大图'))
    mode = R.randrange(4)
    if mode == 0:
        t = src.encode('utf-8').decode('gbk', errors='replace')
    elif mode == 1:
        t = src.encode('utf-8').decode('latin-1')
    elif mode == 2:
        t = '锟斤拷' * num(1, 3) + '烫烫烫' * R.randint(0, 2) + src.encode('gbk').decode('utf-8', errors='replace')[:10]
    else:
        t = ''.join(pick('ÃÂ¤å¼æ©è¯çä¸ºâ€™Ž') for _ in range(num(6, 20)))
    t = ''.join(ch for ch in t if unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Zl', 'Zp') and ch not in LINE_SPLITTERS)
    return [(t.strip() or '锟斤拷', 'mojibake')]


def b_watermark(c):
    forms = ['@%s' % c['acct'], c['app'], '%s · 出品' % c['acct'], '微信号：%s' % ''.join(pick('abcdefghijklmnopqrstuvwxyz') for _ in range(num(5, 9))),
             '— %s —' % c['app'], 'CCTV 央视新闻', '©%s' % c['acct'], '抖音号：%d' % num(10000000, 99999999), '%s 原创' % c['acct'],
             '仅供内部学习使用', '%s 水印' % c['app'], '视频号 @%s' % c['acct']]
    if c['style'] in ('wechat', 'weibo', 'govapp', 'newsapp'):
        forms = [f for f in forms if not f.startswith(('抖音', '视频号', 'CCTV'))] + ['weibo.com/%s' % c['acct'], '头条 @%s' % c['acct']] * (c['style'] == 'weibo')
    return [(pick(forms), 'watermark')]


def b_loading(c):
    forms = ['正在加载...', '加载中', '加载更多', '网络不给力，点击重试', '已经到底啦~', '— 没有更多了 —', '下拉刷新', '上拉加载更多',
             '内容加载失败', '努力加载中…', '⟳ 刷新', '我是有底线的']
    return [(pick(forms), 'loading')]


def b_paywall(c):
    forms = ['展开全文', '展开全文 ▼', '阅读全文', '点击展开剩余%d%%' % num(20, 85), '全文约%d字，剩余%d%%未读' % (num(5000, 30000), num(30, 90)),
             '展开c', '收起全文d', '余下全文', '继续阅读 ︾', '查看全部 ∨', '打开APP阅读剩余内容']
    return [(pick(forms), 'paywall')]


def b_gesture(c):
    forms = ['上滑查看下一篇', '︿ 向上滑动 继续阅读', '左滑查看更多', '↑ 上滑继续', '滑动查看下一页 >>', '下拉查看更多',
             '点击屏幕任意位置继续', '长按保存图片', '双击屏幕点赞', '← 左右滑动切换 →']
    return [(pick(forms), 'gesture')]


def b_toc(c):
    heads = [p for p in c['doc'].paras if re.match(r'^[一二三四五六七八九十]+、', p) and len(p) < 40]
    out = [(pick(('目录', '本文目录', '快速导航', '📖 目录', '内容导航')), 'toc')]
    if not heads:
        heads = ['一、工作回顾', '二、总体要求', '三、重点任务', '四、自身建设']
    for h in heads[:num(3, 7)]:
        out.append((pick(('', '· ', '▸ ', '  ')) + h + pick(('', ' >', ' ›', '')), 'toc'))
    return out


def b_html(c):
    forms = ['<p style="text-align: center;">', '</p>', '<br/>', '&nbsp;&nbsp;', '<section data-role="outer">', '</section>',
             '<img src="https://mmbiz.qpic.cn/mmbiz_jpg/%s/640?wx_fmt=jpeg">' % ''.join(pick('abcdefXYZ0123456789') for _ in range(12)),
             '<mp-common-videosnap>', '[object Object]', '{{content}}', 'undefined', '<span style="font-size: 16px;">', 'javascript:void(0);',
             '&ldquo;&rdquo;', '<!-- 正文 -->', '<div class="rich_media_content">']
    return [(pick(forms), 'html_residue')]


def b_footer(c):
    forms = ['%s版权所有，未经书面授权禁止使用' % c['app'], 'Copyright © %d %s All Rights Reserved' % (c['d'].year, c['app']),
             '互联网新闻信息服务许可证：%d' % num(10120170000, 10120179999), '举报电话：12377', '%s ICP备%d号-%d' % (pick('京浙川湘鲁粤赣'), num(10000000, 99999999), num(1, 9)),
             '违法和不良信息举报', '技术支持：%s数字科技有限公司' % pick(('云端', '智慧', '融创', '新媒')), '%s出品' % c['app'], '—END—', '- THE END -',
             '【完】', '（完）', '用户协议 | 隐私政策 | 关于我们', '本服务由%s提供' % pick(('%s省大数据局' % c['doc'].region, '%s政务服务管理局' % c['doc'].region))]
    return [(f, 'footer') for f in R.sample(forms, num(1, 3))]


def b_reward(c):
    forms = ['喜欢作者', '赞赏', '❤ 赞赏支持', '%d人喜欢' % num(1, 99), '作者已关闭赞赏', '点赞　推荐']
    return [(pick(forms), 'reward')]


def b_miniprog(c):
    forms = ['小程序 · %s' % c['app'], '%s小程序' % c['app'], '当前为小程序版本，打开完整版查看更多', '由%s提供技术服务' % c['app'],
             '添加到我的小程序', '⋯  ◎', '返回首页', '本页面由%s H5 提供' % c['app'], '“%s”提供' % c['acct']]
    return [(pick(forms), 'app_banner' if R.random() < 0.5 else 'nav')]


def b_service(c):
    doc = c['doc']
    forms = [['办事', '查询', '缴费', '我的'], ['首页', '服务', '政务公开', '我的'], ['社保查询　公积金　医保电子凭证　办事指南'],
             ['热门服务：%s' % '、'.join(R.sample(['不动产登记', '出生一件事', '公积金提取', '社保卡', '居住证', '营业执照', '电子证照'], 3))],
             ['长辈版', '关怀模式'], ['%s · 政务服务' % doc.region]]
    f = pick(forms)
    kind = 'accessibility' if f == ['长辈版', '关怀模式'] else 'service'
    return [(x, kind) for x in f]


def b_fontsize(c):
    forms = ['字号　小　中　大　特大', 'A-  A+', 'Aa', '字体大小', '大字版', '字号：标准 ▾']
    return [(pick(forms), 'toolbar_fontsize')]


def b_actions(c):
    forms = ['收藏', '举报', '投诉', '不喜欢', '复制', '⋯ 更多', '收藏　举报', '搜一搜', '划线', '写笔记', '听全文', '翻译']
    k = num(1, 3)
    if R.random() < 0.5:
        return [('　'.join(R.sample(forms, k)), 'toolbar_actions')]
    return [(x, 'toolbar_actions') for x in R.sample(forms, k)]


def b_h5music(c):
    forms = ['🎵', '♫ 点击开启背景音乐', '♪ 音乐已关闭', 'BGM：%s' % pick(('《我和我的祖国》', '《春天的故事》', '钢琴曲')), '♪ 原声 - %s' % c['acct']]
    return [(pick(forms), 'audio')]


def b_pageno(c):
    a = c.setdefault('h5page', 1)
    c['h5page'] += 1
    n = c.setdefault('h5total', num(6, 14))
    forms = ['%d/%d' % (a, n), '第%d页' % a, 'P%d' % a, '%02d' % a, '— %d —' % a]
    return [(pick(forms), 'pagination')]


BLOCKS = {k[2:]: v for k, v in globals().items() if k.startswith('b_')}

# head / mid / tail pools per style (names of blocks without b_)
STYLES = {
    'newsapp': dict(head=[['status', 'topbar', 'appbanner', 'title', 'meta', 'audio'], ['topbar', 'title', 'meta', 'counts', 'intro'],
                          ['status', 'appbanner', 'title', 'meta', 'intro', 'caption'], ['cookie', 'topbar', 'title', 'meta', 'fontsize'],
                          ['status', 'topbar', 'title', 'lead', 'meta', 'video'], ['topbar', 'access', 'title', 'meta', 'audio', 'intro']],
                    mid=['caption', 'caption', 'video', 'appbanner', 'paywall', 'ads', 'related', 'caption', 'audio', 'watermark', 'mojibake', 'html', 'cookie', 'appbanner'],
                    tail=[['disclaimer', 'meta', 'share', 'related', 'comments', 'appbanner'], ['meta', 'counts', 'comments', 'loading'],
                          ['footer', 'share', 'related', 'login'], ['title_tail', 'fontsize', 'actions', 'related', 'footer'], ['paywall', 'appbanner', 'related', 'footer'], ['meta', 'tags', 'comments', 'gesture']]),
    'govapp': dict(head=[['status', 'miniprog', 'service', 'title', 'meta'], ['status', 'topbar', 'cookie', 'title', 'meta', 'fontsize'],
                         ['miniprog', 'title', 'meta', 'intro', 'audio'], ['status', 'topbar', 'service', 'title', 'meta', 'toc'],
                         ['cookie', 'login', 'title', 'meta'], ['status', 'access', 'service', 'title', 'meta', 'intro']],
                   mid=['caption', 'toc', 'video', 'ads', 'html', 'caption', 'mojibake', 'loading', 'service', 'cookie', 'watermark'],
                   tail=[['share', 'feedback', 'footer', 'service'], ['attachment', 'feedback', 'access', 'footer'], ['actions', 'related', 'footer', 'qr'], ['meta', 'feedback', 'footer'],
                         ['loading', 'miniprog', 'footer'], ['attachment', 'share', 'footer']]),
    'wechat': dict(head=[['status', 'topbar', 'title', 'meta', 'follow', 'intro'], ['title', 'meta', 'audio', 'follow', 'lead', 'caption'],
                         ['topbar', 'title', 'meta', 'tags', 'intro', 'video'], ['follow', 'title', 'meta', 'caption', 'intro'],
                         ['status', 'title', 'meta', 'lead', 'caption', 'caption']],
                   mid=['caption', 'caption', 'caption', 'video', 'video', 'follow', 'html', 'caption', 'mojibake', 'watermark', 'related', 'intro', 'lead', 'audio'],
                   tail=[['caption', 'meta', 'follow', 'qr', 'share', 'counts', 'comments'], ['title_tail', 'meta', 'reward', 'wxend', 'comments'],
                         ['caption', 'follow', 'wxend', 'counts'], ['title_tail', 'disclaimer', 'wxend'], ['related', 'meta', 'disclaimer', 'counts', 'reward', 'comments'],
                         ['meta', 'follow', 'link', 'counts', 'share'], ['disclaimer', 'meta', 'tags', 'related', 'counts', 'comments'],
                         ['follow', 'qr', 'meta', 'link', 'counts']]),
    'weibo': dict(head=[['status', 'topbar', 'meta', 'title', 'lead'], ['status', 'wbhead', 'tags', 'title'], ['wbhead', 'lead', 'paywall'], ['meta', 'tags', 'title'], ['appbanner', 'meta', 'tags', 'intro'],
                        ['status', 'topbar', 'meta', 'meta', 'title', 'paywall'], ['cookie', 'meta', 'title', 'tags']],
                  mid=['caption', 'paywall', 'video', 'appbanner', 'wbimg', 'wbimg', 'mojibake', 'tags', 'link'],
                  tail=[['link', 'caption', 'counts', 'comments', 'login'], ['wbimg', 'title_tail', 'counts', 'comments'], ['paywall', 'counts', 'comments'], ['tags', 'counts', 'share', 'comments', 'appbanner'],
                        ['video', 'counts', 'comments', 'loading'], ['link', 'disclaimer', 'counts', 'comments']]),
    'shortvideo': dict(head=[['status', 'video', 'watermark', 'meta', 'tags', 'title'], ['cookie', 'video', 'meta', 'title', 'intro'], ['topbar', 'video', 'counts', 'meta', 'intro'],
                             ['appbanner', 'video', 'meta', 'lead', 'tags'], ['video', 'watermark', 'h5music', 'meta', 'title']],
                       mid=['watermark', 'caption', 'video', 'tags', 'paywall', 'ads', 'mojibake'],
                       tail=[['tags', 'h5music', 'counts', 'comments', 'related'], ['counts', 'comments', 'loading'],
                             ['tags', 'counts', 'share', 'comments', 'appbanner'], ['watermark', 'counts', 'comments', 'gesture']]),
    'h5': dict(head=[['status', 'h5music', 'title', 'gesture'], ['cookie', 'loading', 'h5music', 'title', 'intro'], ['miniprog', 'loading', 'title', 'lead', 'h5music'],
                     ['h5music', 'pageno', 'title', 'meta', 'intro'], ['topbar', 'title', 'caption', 'gesture']],
               mid=['pageno', 'gesture', 'caption', 'h5music', 'video', 'pageno', 'caption'],
               tail=[['pageno', 'gesture', 'share', 'qr', 'footer'], ['caption', 'meta', 'share', 'footer'],
                     ['gesture', 'appbanner', 'qr'], ['pageno', 'related', 'footer']]),
}


def b_wxend(c):
    """What a WeChat article's end looks like when the whole screen is selected and copied on a phone."""
    acct = c['acct']
    forms = [[('预览时标签不可点', 'html_residue')], [('微信扫一扫', 'qr'), ('关注该公众号', 'follow')], [('继续滑动看下一个', 'gesture')],
             [('轻触阅读原文', 'link')], [('向上滑动看下一个', 'gesture'), ('知道了', 'nav')],
             [('视频', 'toolbar_actions'), ('小程序', 'toolbar_actions'), ('赞', 'counts'), ('，轻点两下取消赞', 'counts'), ('在看', 'counts'), ('，轻点两下取消在看', 'counts')],
             [('分享 留言 收藏 听过', 'toolbar_actions')], [('网页由 mp.weixin.qq.com 提供', 'footer')],
             [('当前内容可能存在未经审核的第三方商业营销信息，请确认是否继续访问。', 'disclaimer'), ('继续访问　　取消', 'disclaimer')],
             [('Scan to Follow', 'follow'), ('Got It', 'nav')], [('Like', 'counts'), ('Wow', 'counts'), ('Share', 'share')],
             [('%s' % acct, 'metadata'), ('写下你的留言', 'comments')], [('此内容因违规无法查看', 'html_residue')],
             [('微信扫一扫可打开此内容，使用完整服务', 'qr')], [('：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看', 'counts')],
             [('留言', 'comments'), ('暂无留言', 'comments')], [('个人观点，仅供参考', 'disclaimer')]]
    out = []
    for f in R.sample(forms, num(2, 5)):
        out += f
    return out


def b_wbhead(c):
    """Weibo long-post head residue as copied from the phone client."""
    acct, d = c['acct'], c['d']
    out = []
    if R.random() < 0.5:
        out.append((pick(('微博正文', '头条文章', '微博详情', '全文')), 'nav'))
    out.append((acct + pick((' V', '', '  ⓥ', ' 🅥')), 'metadata'))
    out.append((pick(('%d-%d-%d %s 来自 %s' % (d.year, d.month, d.day, hm(d), pick(('微博 weibo.com', 'iPhone客户端', '微博视频号', 'HUAWEI Mate 60 Pro', '微博网页版'))),
                      '%d-%d %s 已编辑' % (d.month, d.day, hm(d)), '%d分钟前 来自 微博 weibo.com' % num(1, 59), '%02d-%02d 发布于 %s' % (d.month, d.day, c['doc'].region))), 'metadata'))
    if R.random() < 0.6:
        out.append((pick(('+关注', '+ 关注', '已关注', '关注')), 'follow'))
    if R.random() < 0.4:
        out.append(('粉丝 %s　微博 %d' % (big(num(10000, 30000000)), num(1000, 90000)), 'counts'))
    return out


def b_wbimg(c):
    forms = [('[组图共%d张] 原图' % num(2, 9), 'caption'), ('查看图片', 'caption'), ('L%s的微博视频' % c['acct'], 'video'),
             ('%s的微博视频' % c['acct'], 'video'), ('[图片]', 'caption'), ('网页链接', 'link'), ('#%s#[超话]' % c['doc'].short, 'tags'),
             ('收起d', 'paywall'), ('展开c', 'paywall')]
    return [pick(forms) for _ in range(num(1, 2))]


def b_title_tail(c):
    doc = c['doc']
    forms = ['原标题：《%s》' % doc.title, '原标题：%s' % doc.short, '（原题为《%s》）' % doc.title, '——转自@%s《%s》' % (c['acct'], doc.short),
             '本文标题：%s' % doc.title, '▍%s' % doc.short, '%s全文完' % doc.short, '%s（完）' % doc.title]
    return [(pick(forms), 'title_repeat')]


def b_access(c):
    forms = [['长辈版', '关怀模式'], ['无障碍', '长辈版'], ['切换至关怀版'], ['大字模式　已开启'], ['读屏　语速　大字'], ['无障碍浏览　|　长者模式']]
    return [(x, 'accessibility') for x in pick(forms)]


def b_feedback(c):
    forms = ['对本页内容是否满意？　满意　不满意', '我要纠错', '内容有误？点击反馈', '评价　★★★★★', '意见建议']
    return [(pick(forms), 'feedback')]


def b_attachment(c):
    doc = c['doc']
    forms = ['附件：%s.pdf' % doc.title, '📎 %s.docx（%dKB）' % (doc.short, num(60, 900)), '附件下载', '相关附件：%s（PDF版）' % doc.short]
    return [(pick(forms), 'attachment')]


BLOCKS = {k[2:]: v for k, v in globals().items() if k.startswith('b_')}


# ---------------------------------------------------------------- PDF (phone preview of a PDF / Word copy)
PDF_VIEWERS = ['WPS Office', '微信文件预览', 'QQ浏览器文件', '腾讯文档', '钉钉文档', '百度网盘预览', '夸克文件', 'UC浏览器文档', '福昕PDF']


def pdf_head(c):
    doc = c['doc']
    v = c['viewer']
    n = c['npages']
    out = []
    if R.random() < 0.6:
        out += b_status(c)
    out.append((pick(('%s.pdf' % doc.title, '%s.docx' % doc.short, '%s（全文）.pdf' % doc.short, '附件1：%s.pdf' % doc.short,
                      '%s_%s.pdf' % (doc.short, doc.date.strftime('%Y%m%d')))), 'title_repeat'))
    out.append((pick(('%s | %d页 | %.1fMB' % (v, n, R.uniform(0.2, 6)), '用%s打开' % v, '%s  ⋮' % v, '%s · 只读' % v, '文件来自：%s' % c['acct'])), 'toolbar_actions'))
    if R.random() < 0.5:
        pg = c['pg']
        out.append((pick(('%d/%d' % (pg, n), '第 %d / %d 页' % (pg, n), '%d / %d  ▾' % (pg, n))), 'pagination'))
    if R.random() < 0.4:
        out.append((pick(('转为Word　　朗读　　批注', '全文翻译 · 分享 · 更多', '打开方式　⋮', '编辑　分享　⋯')), 'toolbar_actions'))
    if R.random() < 0.5:
        out.append((c['wm'], 'watermark'))
    return out


def pdf_break(c):
    """Page-break lines: footer page number, watermark, header of the next page."""
    c['pg'] += 1
    pg, n = c['pg'], c['npages']
    f = c['pnform']
    out = [('', 'blank')] if R.random() < 0.5 else []
    out.append((f(pg - 1, n), 'pagination'))
    if R.random() < 0.35:
        out.append((c['wm'], 'watermark'))
    if R.random() < 0.4:
        out.append(('', 'blank'))
    if c['runhead']:
        out.append((c['runhead'], 'running_header'))
    return out


PN_FORMS = [lambda p, n: '- %d -' % p, lambda p, n: '— %d —' % p, lambda p, n: '第%d页 共%d页' % (p, n), lambda p, n: '%d / %d' % (p, n),
            lambda p, n: '—%d—' % p, lambda p, n: '第 %d 页' % p, lambda p, n: '%d' % p, lambda p, n: '－%d－' % p,
            lambda p, n: '·%d·' % p, lambda p, n: 'Page %d of %d' % (p, n), lambda p, n: '%d/%d' % (p, n)]


def wrap_para(text: str, width: int, indent: str, stop_cut: bool) -> list:
    pieces = []
    i = 0
    first = True
    while i < len(text):
        cap = width - (len(indent) if first else 0)
        j = min(len(text), i + cap)
        if stop_cut and j < len(text):
            k = text.rfind('。', i + 4, j)
            if k > 0 and R.random() < 0.25:
                j = k + 1
        while j < len(text) and text[j] in '，。、；：！？）」』”’》':
            j += 1
        while j < len(text) and (text[j].isspace() or text[j - 1].isspace()):
            j += 1
        pieces.append(text[i:j])
        i = j
        first = False
    return pieces


# ---------------------------------------------------------------- run selection
def load_earlier() -> dict:
    used = collections.defaultdict(set)
    for p in sorted(glob.glob(os.path.join(HERE, '..', 'chrome_*', 'index.tsv'))):
        if os.path.basename(os.path.dirname(p)) == 'chrome_dev10':
            continue
        with open(p, encoding='utf-8') as fh:
            rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            used[r[si]].update(range(int(r[a]), int(r[b]) + 1))
    return used


def choose_run(paras, used, want, where):
    n = residue_start(paras)
    ok = [good_line(p) for p in paras[:n]]
    best = None
    for s in range(n):
        for ln in (want, max(5, want - 3), max(5, want - 6)):
            e = s + ln - 1
            if e >= n or not all(ok[s:e + 1]):
                continue
            ov = sum(1 for i in range(s, e + 1) if i in used)
            pos = 0 if where == 'any' else (0 if (where == 'head' and s <= 3) or (where == 'tail' and e >= n - 2) else 1)
            key = (ov + 9 * pos, -ln, R.random())
            if best is None or key < best[0]:
                best = (key, s, e)
            break
    return best


def main() -> None:
    corpus = find_corpus()
    sc_index = {}
    with open(os.path.join(corpus, 'state_council_2004_2019', '_index.tsv'), encoding='utf-8') as fh:
        rows = [l.split('\t') for l in fh.read().strip('\n').split('\n')]
    for r in rows[1:]:
        sc_index[r[0]] = dict(zip(rows[0], r))
    used = load_earlier()
    docs = []
    for folder in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, folder))):
            if not f.endswith('.txt') or any(s in f for s in SKIP):
                continue
            paras = paragraphs(os.path.join(corpus, folder, f))
            if len(paras) < 6:
                continue
            src = '%s/%s' % (folder, f)
            free = sum(1 for i in range(residue_start(paras)) if i not in used[src] and good_line(paras[i]))
            docs.append((folder, f, paras, src, free))
    quota = {'city_gwr_2024': 50, 'provincial_gwr_2025': 15, 'state_council_2004_2019': 15, 'national_gwr_wikisource': 14,
             'cpc_congress_wikisource': 8}
    chosen = []
    for folder in FOLDERS:
        pool = [d for d in docs if d[0] == folder]
        R.shuffle(pool)
        pool.sort(key=lambda d: -min(d[4], 30))
        chosen += pool[:quota[folder]]
    R.shuffle(chosen)
    styles = (['newsapp'] * 20 + ['govapp'] * 15 + ['wechat'] * 23 + ['weibo'] * 13 + ['shortvideo'] * 8 + ['h5'] * 6 + ['pdf'] * 17)
    R.shuffle(styles)
    for sub in ('pages', 'gold'):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
        for old in glob.glob(os.path.join(HERE, sub, '*')):
            os.remove(old)
    index = ['\t'.join(('doc', 'style', 'source_file', 'para_start', 'para_end', 'n_lines', 'variants', 'site'))]
    k = 0
    inside = total = 0
    for (folder, f, paras, src, free), style in zip(chosen, styles):
        where = pick(('head', 'head', 'head', 'tail', 'tail', 'any', 'any', 'any'))
        want = num(5, 12) if style == 'pdf' else num(6, 22)
        got = choose_run(paras, used[src], want, where)
        if not got:
            print('no run of 5+ usable paragraphs:', src)
            continue
        _, s, e = got
        k += 1
        inside += sum(1 for i in range(s, e + 1) if i in used[src])
        total += e - s + 1
        doc = Doc(folder, f, paras, sc_index)
        lines, variants, site = build_page(doc, style, s, e)
        did = '%03d' % k
        text = ''.join(t + '\n' for t, _, _, _ in lines)
        with open(os.path.join(HERE, 'pages', did + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(text)
        with open(os.path.join(HERE, 'gold', did + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for i, (t, label, kind, para) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (i, label, kind, '' if para is None else para))
        index.append('\t'.join((did, style, src, str(s), str(e), str(len(lines)), ';'.join(variants), site)))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages: %d, paragraphs: %d, of them inside earlier sets\' ranges: %d' % (k, total, inside))


def build_page(doc: Doc, style: str, s: int, e: int):
    n = len(doc.paras)
    run = doc.paras[s:e + 1]
    if style in ('newsapp', 'h5'):
        app, acct = pick(NEWS_APPS)
    elif style == 'govapp':
        app, acct = pick(GOV_APPS)
        acct = '%s政务' % acct if R.random() < 0.5 else app
    else:
        app = pick(('微信', '微博', '视频号', '抖音', '快手', '今日头条')) if style != 'pdf' else pick(PDF_VIEWERS)
        acct = pick(accounts(doc))
        if style == 'weibo':
            app = '微博'
        if style == 'shortvideo':
            app = pick(('视频号', '抖音', '快手', '微信视频号'))
        if style == 'wechat':
            app = '微信'
    c = dict(doc=doc, d=doc.date, app=app, acct=acct, all_paras=run, style=style)
    site = app if style in ('newsapp', 'govapp', 'pdf', 'h5') else '%s·%s' % (app, acct)
    out = []  # (text, label, kind, para)
    variants = []
    contents = set(run)

    def emit(block_name, mid=False):
        items = BLOCKS[block_name](c)
        variants.append(('mid:' if mid else '') + block_name)
        for t, kind in items:
            if kind == 'blank' or not t.strip():
                out.append((t if not t.strip() else '', 'blank', 'blank', None))
                continue
            if t.strip() in contents:
                continue
            ind = pick(('', '', '', '', ' ', '　', '\t')) if R.random() < 0.15 else ''
            out.append((ind + t, 'chrome', kind, None))

    blank_mode = pick(('0', '1', '1', '2', 'ws'))
    indent = pick(('', '　　', '　　', '  ', '    ', '\t', '　'))
    if style == 'pdf':
        c['viewer'] = app
        width = R.choice([w for w in range(18, 44)])
        c['npages'] = num(6, 30)
        c['pg'] = num(1, 3)
        c['pnform'] = pick(PN_FORMS)
        c['wm'] = pick(('%s人民政府办公室' % doc.region, '内部资料 注意保存', '%s %s' % (name(), doc.date.strftime('%Y-%m-%d %H:%M')),
                        '仅供学习参考', '%s政务服务中心' % doc.region))
        c['runhead'] = pick(('', doc.title, doc.short, '%s人民政府文件' % (doc.place if doc.place not in ('全国',) else ''), '政府工作报告', '%s（全文）' % doc.short)) \
            if R.random() < 0.7 else ''
        if c['runhead'] in contents:
            c['runhead'] = ''
        stop_cut = R.random() < 0.35
        lpp = num(16, 30)
        variants.append('pdf_head')
        for t, kind in pdf_head(c):
            if t.strip() not in contents:
                out.append((t, 'chrome', kind, None))
        variants.append('|content')
        variants.append('pdf_w%d' % width + (';stop_cut' if stop_cut else ''))
        cnt = 0
        for i, p in enumerate(run):
            pi = s + i
            kind = content_kind(p, pi, n)
            pieces = [p] if kind in ('heading', 'greeting', 'signature') and len(p) <= width else wrap_para(p, width, indent, stop_cut)
            for j, piece in enumerate(pieces):
                if cnt >= lpp:
                    cnt = 0
                    variants.append('pagebreak_inpara' if j > 0 else 'pagebreak')
                    for t, kd in pdf_break(c):
                        if kd == 'blank':
                            out.append(('', 'blank', 'blank', None))
                        elif t.strip() not in contents:
                            out.append((t, 'chrome', kd, None))
                ind = indent if j == 0 and kind not in ('heading', 'signature') else ''
                out.append((ind + piece, 'content', kind, pi))
                cnt += 1
        variants.append('content|')
        out.append(('', 'blank', 'blank', None))
        out.append((c['pnform'](c['pg'], c['npages']), 'chrome', 'pagination', None))
        for name_ in pick((['loading'], ['share'], [], ['appbanner'], ['qr'])):
            emit(name_)
        return fix(out, contents), variants, site
    spec = STYLES[style]
    for b in pick(spec['head']):
        emit(b)
        if R.random() < 0.3:
            out.append(('', 'blank', 'blank', None))
    variants.append('|content')
    variants.append('indent=%s;blank=%s' % ({'': 'none', '　　': 'ideo2', '　': 'ideo1', '  ': 'sp2', '    ': 'sp4', '\t': 'tab'}[indent], blank_mode))
    mid_p = R.uniform(*{'wechat': (0.45, 0.75), 'weibo': (0.3, 0.55), 'h5': (0.35, 0.6)}.get(style, (0.15, 0.45)))
    for i, p in enumerate(run):
        pi = s + i
        kind = content_kind(p, pi, n)
        ind = '' if kind == 'heading' and R.random() < 0.5 else indent
        out.append((ind + p, 'content', kind, pi))
        if i < len(run) - 1:
            if blank_mode == '1':
                out.append(('', 'blank', 'blank', None))
            elif blank_mode == '2':
                out += [('', 'blank', 'blank', None)] * 2
            elif blank_mode == 'ws':
                out.append((pick(('　', ' ', '\t', '　　', '  ')), 'blank', 'blank', None))
            if R.random() < mid_p:
                emit(pick(spec['mid']), mid=True)
                if blank_mode != '0':
                    out.append(('', 'blank', 'blank', None))
    variants.append('content|')
    if R.random() < 0.6:
        out.append(('', 'blank', 'blank', None))
    for b in pick(spec['tail']):
        emit(b)
        if R.random() < 0.3:
            out.append(('', 'blank', 'blank', None))
    return fix(out, contents), variants, site


def fix(out, contents):
    """Blank labels for whitespace-only lines; drop leading / trailing / doubled-up blanks beyond two."""
    res = []
    for t, label, kind, para in out:
        if not t.strip():
            label, kind, para = 'blank', 'blank', None
        elif label == 'chrome' and t.strip() in contents:
            continue
        res.append((t, label, kind, para))
    while res and res[0][1] == 'blank':
        res.pop(0)
    while res and res[-1][1] == 'blank':
        res.pop()
    return res


if __name__ == '__main__':
    main()
