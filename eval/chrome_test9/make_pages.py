#!/usr/bin/env python3
"""Generator of the LOCKED chrome test set 9 (stdlib only, seed 20261409).

Reads the shared corpus and the index.tsv of every earlier eval/chrome_* set (only for their paragraph
ranges, to prefer ranges they did not use) and writes pages/NNN.txt, gold/NNN.tsv and index.tsv.
Every chrome string below was written for this set by helper chrometest9.

  python make_pages.py [--corpus DIR]
"""
import collections
import datetime
import glob
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261409
FOLDERS = ['city_gwr_2024', 'provincial_gwr_2025', 'state_council_2004_2019', 'national_gwr_wikisource',
           'cpc_congress_wikisource']
SKIP = ('廣州共產黨', '03_中共第3次', '1954_', '1956_', '2024_枣庄', '2024_承德', '国家教材委员会组成人员')
BAD = re.compile(r'主办|承办|版权所有|ICP|备案|技术支持|标识码|来源[:：]|^注[:：]|^附件|↑|\[\d+\]|名词解释|责任编辑|'
                 r'编辑[:：]|https?:|www\.|（本文有删减）|点击|扫一扫|打印|关闭')


def corpus_dir():
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
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff')


def good(p):
    return cjk(p) >= 2 and not BAD.search(p) and len(p) <= 1800


def used_ranges():
    out = collections.defaultdict(list)
    for p in sorted(glob.glob(os.path.join(HERE, '..', 'chrome_*', 'index.tsv'))):
        if os.path.dirname(os.path.abspath(p)) == HERE:
            continue
        rows = [l.split('\t') for l in open(p, encoding='utf-8').read().strip('\n').split('\n')]
        h = rows[0]
        si, a, b = h.index('source_file'), h.index('para_start'), h.index('para_end')
        for r in rows[1:]:
            out[r[si]].append((int(r[a]), int(r[b])))
    return out


def content_kind(p, i, n):
    if re.match(r'^(各位代表|同志们|各位委员)[：:]$', p) or (re.match(r'^各.{0,60}[：:]$', p)) or (
            len(p) < 40 and p.endswith('：') and re.search(r'国务院|人民政府|部委|直属机构|自治区|委员会|办公厅', p)):
        return 'greeting'
    if re.match(r'^(\d{4}|[一二三四五六七八九〇零]{4})年.{1,6}月.{1,4}日$', p) or p == '（此件公开发布）':
        return 'signature'
    if p in ('各位代表！', '同志们！') or (p.endswith('！') and i >= n - 2):
        return 'closing'
    if len(p) <= 60 and '。' not in p and not p.endswith(('。', '；', '！', '？')):
        return 'heading'
    return 'content'


def title_of(src, sc_titles):
    d, f = src.split('/')
    f = f[:-4]
    if d == 'city_gwr_2024':
        nm = f.split('_')[1]
        return '2024年%s政府工作报告' % (nm + ('州' if nm in PREF_ZHOU else '盟' if nm in PREF_MENG else '市')), nm
    if d == 'provincial_gwr_2025':
        return '2025年%s政府工作报告' % f.split('_')[1], f.split('_')[1]
    if d == 'state_council_2004_2019':
        return sc_titles.get(f + '.txt', f.split('_', 2)[-1]), '国务院'
    if d == 'national_gwr_wikisource':
        return '%s年国务院政府工作报告' % f.split('_')[0], '国务院'
    return f.split('_', 2)[-1].replace('_', ' '), '中共中央'


# --------------------------------------------------------------------------------------------------
# random material

SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍建文辉力金晶鹏飞彬斌宇浩凯雪琳梅丹健亮红春国庆志新宁晓东海波岩婷倩源瑞欣子涵博'
WEEK = '一二三四五六日'
CN_NUM = '〇一二三四五六七八九'


class R(random.Random):
    def name(self):
        return self.choice(SURN) + ''.join(self.choice(GIVEN) for _ in range(self.choice((1, 2, 2))))

    def digits(self, n):
        return ''.join(self.choice('0123456789') for _ in range(n))

    def date(self, year):
        d = datetime.date(year, 1, 1) + datetime.timedelta(days=self.randrange(0, 360))
        return d

    def pick(self, *xs):
        return self.choice(xs)


def fmt_date(r, d, with_time=True):
    t = '%02d:%02d' % (r.randrange(7, 23), r.randrange(60))
    s = r.pick('%d-%02d-%02d' % (d.year, d.month, d.day), '%d年%d月%d日' % (d.year, d.month, d.day),
               '%d/%02d/%02d' % (d.year, d.month, d.day), '%d.%d.%d' % (d.year, d.month, d.day))
    return s + (r.pick(' ', '　', '  ') + t if with_time else '')


def mojibake(r, s):
    b = s.encode('utf-8')
    out = r.pick(b.decode('gbk', errors='replace'), b.decode('latin-1'), b.decode('cp1252', errors='replace'),
                 s.encode('gbk', errors='ignore').decode('utf-8', errors='replace'))
    out = ''.join(ch for ch in out if unicodedata.category(ch) not in ('Cc', 'Co', 'Cn', 'Cs', 'Cf', 'Zl', 'Zp'))
    out = out.replace('\u0085', '').replace('\x0b', '').replace('\x0c', '')
    return out.strip() or '锟斤拷锟斤拷'


# --------------------------------------------------------------------------------------------------
# chrome blocks: each b_x(r, ctx) returns a list of (text, kind)

def L(kind, *texts):
    return [(t, kind) for t in texts]


def b_accessibility(r, c):
    items = ['读屏专用', '语音播报', '大字幕', '高对比度', '页面缩放', '鼠标样式', '阅读线', '纯净模式', '还原', '退出无障碍']
    r.shuffle(items)
    k = items[:r.randrange(5, 9)]
    return r.pick(L('accessibility', ' ｜ '.join(k)), L('accessibility', *['◎' + x for x in k]),
                  L('accessibility', '适老化浏览：' + ' '.join(k[:4]), '【关怀模式 已开启】'),
                  L('accessibility', 'Accessibility  ' + '/'.join(k[:5])))


def b_cookie(r, c):
    return r.pick(L('cookie', '我们会使用必要的Cookie以保证网站正常运行，继续浏览即视为您同意本站隐私条款。', '同意并继续　　仅必要'),
                  L('cookie', 'This site stores cookies on your device. [Accept all] [Settings]'),
                  L('cookie', '温馨提示：本站通过Cookie记录您的浏览偏好，您可在浏览器设置中关闭。好的'),
                  L('cookie', '为提升访问体验，本网站将收集部分匿名访问数据 >> 隐私政策', '同意', '不同意'))


def b_topbar(r, c):
    d = c['date']
    return r.pick(L('nav', '今天是%d年%d月%d日 星期%s' % (d.year, d.month, d.day, WEEK[d.weekday()]) + '　　设为首页 | 加入收藏 | 手机版'),
                  L('nav', '%s　星期%s　%s　晴转多云 %d℃~%d℃' % (d.isoformat(), WEEK[d.weekday()], c['place'], r.randrange(-5, 10), r.randrange(11, 25))),
                  L('nav', 'EN | 繁體 | 简体 | 无障碍 | 长者版'),
                  L('nav', '欢迎访问%s！' % c['site'], '微博　微信　今日头条　抖音'))


def b_login(r, c):
    return r.pick(L('login', '登录 ┆ 注册'), L('login', '个人登录　法人登录'), L('login', 'Hi，请登录　免费注册'),
                  L('login', '账号', '密码', '记住我　忘记密码', '立即登录'), L('login', '登录后可收藏文章、参与评论'),
                  L('login', '统一身份认证登录 ▶'))


def b_sitename(r, c):
    return r.pick(L('nav', c['site']), L('nav', c['site'] + '　' + c['site_en']), L('nav', '【' + c['site'] + '】'),
                  L('nav', c['site_en'].upper()))


def b_search(r, c):
    return r.pick(L('nav', '站内搜索：请输入关键词　🔍'), L('nav', '搜 索'), L('nav', '全文检索　高级检索'),
                  L('nav', '输入关键字…　[搜索]　热词：营商环境 就业 医保'))


MENUS = [['首页', '要闻动态', '政务公开', '政务服务', '互动交流', '走进' + '{p}'],
         ['网站首页', '领导之窗', '机构职能', '政策文件', '政策解读', '公开年报', '专题专栏'],
         ['首页', '信息公开', '办事服务', '政民互动', '数据开放', '我要写信'],
         ['HOME', '新闻', '政务', '服务', '互动', '数据']]


STYLE_MENUS = {
    'news': [['首页', '时政', '财经', '社会', '国际', '评论', '视频', '图片'], ['要闻', '本地', '两会', '民生', '法治', '文旅', '专题']],
    'party': [['首页', '党建要闻', '理论学习', '党史天地', '组织建设', '党员教育', '清风廉韵'], ['学习园地', '支部工作', '先锋模范', '党务知识']],
    'forum': [['论坛首页', '版块', '精华区', '热帖', '排行榜', '帮助'], ['广场', '话题', '问答', '专栏', '消息', '我的']],
}


def b_menu(r, c):
    pool = STYLE_MENUS.get(c['style'], MENUS)
    m = [x.replace('{p}', c['place']) for x in r.choice(pool)]
    how = r.randrange(4)
    if how == 0:
        return L('nav', *m)
    if how == 1:
        return L('nav', '　'.join(m))
    if how == 2:
        return L('nav', ' · '.join(m), ' / '.join(['Home', 'News', 'Open Gov', 'Services'][:r.randrange(2, 5)]))
    return L('nav', '|'.join(m))


def b_breadcrumb(r, c):
    parts = r.pick(['首页', '政务公开', '政府工作报告'], ['首页', '信息公开', '规划计划'], ['当前位置：首页', '新闻中心', '时政要闻'],
                   ['首页', '法定主动公开内容', '政府工作报告'], ['您现在的位置', '主页', '政策文件'])
    sep = r.pick(' > ', '>>', ' » ', ' / ', '＞', ' → ')
    s = sep.join(parts)
    return r.pick(L('breadcrumb', s), L('breadcrumb', '📍 ' + s), L('breadcrumb', '位置: ' + sep.join(parts[1:]) + sep + '正文'))


def title_forms(r, c):
    t = c['title']
    short = re.sub(r'^(2024年|2025年)', '', t)
    forms = ['%s_%s' % (t, c['site']), '%s - %s' % (t, c['site']), '【%s】' % short, '%s——%s' % (short, c['site']),
             '《%s》全文' % t, '%s（全文）' % t, '重磅！%s全文发布' % short, '%s｜%s' % (c['site'], t), t + '.pdf',
             t + '.docx', '【全文】' + t, t + '（摘编）']
    return forms


def b_title(r, c):
    f = r.choice(title_forms(r, c))
    if len(f) > 20 and r.random() < 0.15:
        k = len(f) // 2
        return L('title_repeat', f[:k], f[k:])
    return L('title_repeat', f)


def b_xxgk(r, c):
    d = c['date']
    idx = '%s-%s-%d-%s' % (r.digits(9), r.pick('01', '02', '05'), d.year, r.digits(4))
    rows = [('索 引 号', idx), ('信息分类', r.pick('政府工作报告', '规划计划\\政府工作报告', '综合政务')),
            ('发布机构', c['issuer']), ('生成日期', d.isoformat()), ('文　　号', r.pick('无', '—', '')),
            ('主 题 词', r.pick('工作报告', '报告', '')), ('公开方式', '主动公开'), ('有 效 性', r.pick('有效', '现行有效'))]
    rows = [x for x in rows if x[1]]
    how = r.randrange(3)
    if how == 0:
        return [('%s：%s' % x, 'metadata') for x in rows]
    if how == 1:
        out = []
        for a, b in zip(rows[::2], rows[1::2]):
            out.append(('%s\t%s\t%s\t%s' % (a[0], a[1], b[0], b[1]), 'metadata'))
        return out
    return [(x[0], 'metadata') for x in rows[:1]] + [(x[1], 'metadata') for x in rows[:1]] + [
        ('%s: %s' % x, 'metadata') for x in rows[1:]]


def b_meta(r, c):
    d = c['date']
    src = r.pick(c['issuer'], c['site'], '%s办公室' % c['issuer'], '本网')
    return r.pick(L('metadata', '发布时间：%s　　来源：%s　　浏览次数：%d' % (fmt_date(r, d), src, r.randrange(200, 90000))),
                  L('metadata', '时间：' + fmt_date(r, d), '信息来源：' + src, '阅读量：%d' % r.randrange(50, 9999)),
                  L('metadata', '%s  %s  %s次阅读' % (fmt_date(r, d, False), src, r.randrange(1000, 50000))),
                  L('metadata', '来源：%s | 作者：%s | 发布日期：%s' % (src, r.name(), d.isoformat())),
                  L('metadata', '[ 发布日期：%s ]  [ 来源：%s ]' % (d.isoformat(), src)))


def b_fontsize(r, c):
    return r.pick(L('toolbar_fontsize', '【字体：大 中 小】'), L('toolbar_fontsize', '字号：A+ A A-'),
                  L('toolbar_fontsize', '字体大小 ： 16px 18px 20px'), L('toolbar_fontsize', 'T 放大　T 缩小　默认'))


def b_audio(r, c):
    m = r.randrange(3, 48)
    return r.pick(L('audio', '🔊 语音播报', '00:00 / %02d:%02d' % (m, r.randrange(60))),
                  L('audio', '点击收听本文　▷'), L('audio', '听全文 %d分%d秒' % (m, r.randrange(60)), '倍速 1.0x'),
                  L('audio', '▶ 朗读　⏸ 暂停　■ 停止'), L('audio', '该内容由AI朗读，音频仅供参考'))


def b_actions(r, c):
    return r.pick(L('toolbar_actions', '【打印本页】　【关闭窗口】　【收藏】'), L('toolbar_actions', '打印', '关闭', '纠错'),
                  L('toolbar_actions', '[保存为PDF] [打印] [返回顶部]'), L('toolbar_actions', '🖨 打印本页  ✖ 关闭'),
                  L('toolbar_actions', '收藏　|　纠错　|　打印　|　关闭'))


def b_share(r, c):
    return r.pick(L('share', '分享到：微信 微博 QQ空间'), L('share', '分享：', '微信', '新浪微博', '复制链接'),
                  L('share', '转发给朋友  生成海报'), L('share', 'Share: WeChat / Weibo / QQ'), L('share', '【分享到】☆ ☆ ☆'))


def b_qr(r, c):
    return r.pick(L('qr', '扫一扫在手机打开当前页'), L('qr', '[二维码]', '微信扫码，分享到朋友圈'),
                  L('qr', '扫描二维码关注“%s”政务微信' % c['place']), L('qr', '手机扫码阅读'))


def b_attach(r, c):
    n = r.randrange(1, 3)
    out = [('附件下载：', 'attachment')] if r.random() < .6 else []
    for i in range(n):
        out.append(('%d. %s%s（%dKB）' % (i + 1, r.pick(c['title'], c['title'] + '解读', '图解' + c['title']),
                                          r.pick('.pdf', '.docx', '.doc', '.wps'), r.randrange(80, 3000)), 'attachment'))
    return out


def b_feedback(r, c):
    return r.pick(L('feedback', '本页内容对您有帮助吗？　有帮助　没帮助'), L('feedback', '我要纠错'),
                  L('feedback', '网站满意度评价：非常满意 满意 一般 不满意'), L('feedback', '发现错别字？选中后按 Ctrl+Enter 告诉我们'))


def b_robot(r, c):
    return r.pick(L('robot', '小%s智能助手' % c['place'][:1], '您好！有关政策、办事方面的问题都可以问我哦～', '请在此输入…', '发 送'),
                  L('robot', '🤖 在线咨询', '热门问题：社保怎么转移？公积金如何提取？'),
                  L('robot', '智能客服 7×24小时为您服务  转人工'))


def b_prevnext(r, c):
    a = r.choice(c['heads']) if c['heads'] else '关于印发%s的通知' % r.pick('若干措施', '实施方案', '工作要点')
    return r.pick(L('prevnext', '上一篇：%s' % r.pick('关于召开全市经济工作会议的通知', '市政府常务会议研究部署近期重点工作'),
                    '下一篇：%s' % r.pick('政府工作报告解读', '本市召开安全生产工作会议')),
                  L('prevnext', '← 上一条　　下一条 →'), L('prevnext', 'Prev: 没有了　Next: %s' % r.pick('图解报告', '报告问答')))


def b_related(r, c):
    heads = ['%s：%s' % (c['place'], r.pick('一季度经济运行稳中向好', '重点项目集中开工', '全力以赴稳就业保民生',
                                            '召开政府全体会议', '优化营商环境再出新招', '今年将办好十件民生实事')) for _ in range(4)]
    heads = list(dict.fromkeys(heads))
    how = r.randrange(3)
    lead = r.pick('相关阅读', '相关新闻', '延伸阅读 >>', '推荐阅读', '猜你喜欢', '热点推荐')
    if how == 0:
        return [(lead, 'related')] + [(h, 'related') for h in heads]
    if how == 1:
        return [(lead, 'related')] + [('· %s　%s' % (h, fmt_date(r, c['date'], False)), 'related') for h in heads]
    return [(lead + '：' + '；'.join(heads[:2]) + '。', 'related')]


def b_footer(r, c):
    if c['style'] not in ('portal', 'xxgk', 'party'):
        out = [r.pick('© %d %s 版权所有' % (c['date'].year, c['site']), 'Copyright (C) 2008-%d %s' % (c['date'].year, c['site_en']),
                      '关于我们 | 联系我们 | 用户协议 | 隐私政策 | 侵权投诉')]
        if r.random() < .7:
            out.append(r.pick('增值电信业务经营许可证：%s B2-%s' % (r.pick('京', '沪', '粤', '浙'), r.digits(8)),
                              '违法和不良信息举报电话：12377　举报邮箱：jubao@%s.cn' % c['dom'],
                              '互联网新闻信息服务许可证：%s' % r.digits(11)))
        if r.random() < .3:
            out.append(r.pick('【完】', '- END -', '（完）'))
        return L('footer', *out)
    out = []
    out.append(r.pick('主办：%s办公室　承办：%s大数据中心' % (c['issuer'], c['place']), '版权所有：%s' % c['site'],
                      'Copyright © %d %s All Rights Reserved' % (c['date'].year, c['site_en'])))
    if r.random() < .8:
        out.append(r.pick('%sICP备%s号-1' % (r.pick('京', '苏', '浙', '鲁', '川', '粤', '豫', '鄂'), r.digits(8)),
                          '网站标识码：%s　%s公网安备 %s号' % (r.digits(10), r.pick('京', '沪', '湘', '皖'), r.digits(14))))
    if r.random() < .5:
        out.append(r.pick('地址：%s人民路%d号　邮编：%s' % (c['place'], r.randrange(1, 300), r.digits(6)),
                          '联系电话：0%s-%s　建议使用1920×1080分辨率' % (r.digits(3), r.digits(8)),
                          '网站地图 | 联系我们 | 使用帮助'))
    if r.random() < .3:
        out.append('[政府网站找错]  [党政机关]')
    return L('footer', *out)


def b_ads(r, c):
    return r.pick(L('ads', '广告'), L('ads', '【推广】月薪过万不是梦，零基础学Python'), L('ads', '—— 广告 ——', '春季家装节 全场满3000减500'),
                  L('ads', 'AD · 限时特惠　立即抢购 >'), L('ads', '赞助内容：%s银行信用卡 新户首刷礼' % c['place']))


def b_html(r, c):
    return r.pick(L('html_residue', '<div class="TRS_Editor">'), L('html_residue', '</div>'), L('html_residue', '&nbsp;&nbsp;'),
                  L('html_residue', '<!--正文结束-->'), L('html_residue', 'var _hmt = _hmt || [];'),
                  L('html_residue', '<p style="text-indent:2em;">'), L('html_residue', '{{article.content}}'),
                  L('html_residue', '<br/><br/>'))


def b_moji(r, c):
    s = r.choice(c['paras'])[:r.randrange(8, 24)]
    return L('mojibake', mojibake(r, s))


def b_caption(r, c):
    return r.pick(L('caption', '▲%s会议现场。%s 摄' % (r.pick('大会', '开幕式', '全体'), r.name())),
                  L('caption', '（图片来源：%s融媒体中心）' % c['place']), L('caption', '[图片]'),
                  L('caption', '△ 资料图片'), L('caption', '图为%s城区一角。新华社发' % c['place']),
                  L('caption', '↑点击查看高清大图'))


def b_video(r, c):
    return r.pick(L('video', '▶ 播放', '00:00 / %02d:%02d' % (r.randrange(1, 9), r.randrange(60)), '1080P　倍速　全屏'),
                  L('video', '【视频】一分钟看懂%s' % c['title'][:10]), L('video', '视频加载失败，请刷新重试'),
                  L('video', '你的浏览器暂不支持播放此视频'), L('video', '视频时长 %d:%02d　来源：%s' % (r.randrange(1, 6), r.randrange(60), c['site'])))


def b_intro(r, c):
    d = c['date']
    return r.pick(L('intro', '编者按：%d月%d日，%s。现将报告全文刊发如下，供学习参考。' % (d.month, d.day, r.pick('报告在大会上宣读', '大会审议了这份报告', '会议听取了报告'))),
                  L('intro', '导读：这份报告回顾了过去一年的工作，部署了今年的重点任务。一起来看👇'),
                  L('intro', '摘要：报告全文约%d千字，下面节选其中部分内容。' % r.randrange(8, 30)),
                  L('intro', '【速览】报告有哪些亮点？小编帮你划重点。'), L('intro', '以下是报告原文——'))


def b_toc(r, c):
    hs = c['heads'][:r.randrange(3, 8)]
    if not hs:
        return []
    out = [(r.pick('目录', '目　录', '文档目录', 'CONTENTS'), 'toc')]
    pg = 1
    for h in hs:
        pg += r.randrange(1, 4)
        out.append((r.pick('%s……%d' % (h, pg), '%s %s %d' % (h, '.' * r.randrange(6, 15), pg), h), 'toc'))
    return out


def b_follow(r, c):
    return r.pick(L('follow', '点击上方蓝字关注我们'), L('follow', '↓↓↓ 长按识别二维码，关注%s' % c['site']),
                  L('follow', '关注“%s”，第一时间获取权威发布' % c['site']), L('follow', '★ 设为星标，不错过每一条推送'),
                  L('follow', '+ 关注'))


def b_wx_meta(r, c):
    d = c['date']
    return r.pick(L('metadata', '原创 %s %s %d年%d月%d日 %02d:%02d %s' % (r.name(), c['site'], d.year, d.month, d.day, r.randrange(6, 23), r.randrange(60), c['place'][:2])),
                  L('metadata', c['site'], '%d-%02d-%02d' % (d.year, d.month, d.day)),
                  L('metadata', '%s 发表于%s' % (c['site'], c['place'][:2]), '收录于合集 #政府工作报告 %d个' % r.randrange(3, 60)))


def b_counts(r, c):
    return r.pick(L('counts', '阅读 %d　在看 %d　赞 %d' % (r.randrange(1000, 99999), r.randrange(5, 500), r.randrange(10, 900))),
                  L('counts', '阅读 10万+'), L('counts', '👍 %d　💬 %d　⭐ %d' % (r.randrange(9, 999), r.randrange(9, 99), r.randrange(9, 99))),
                  L('counts', '%d人看过' % r.randrange(100, 30000)))


def b_reward(r, c):
    return r.pick(L('reward', '喜欢作者　赞赏'), L('reward', '觉得有用就打赏一下吧 ¥2 ¥5 ¥10'), L('reward', '%d人喜欢' % r.randrange(2, 80)))


def b_disclaimer(r, c):
    return r.pick(L('disclaimer', '声明：本文转自%s，版权归原作者所有，如有侵权请联系删除。' % c['issuer']),
                  L('disclaimer', '免责声明：本文仅供学习交流，不代表本号观点。'),
                  L('disclaimer', '本站所有文档均由用户上传，仅供参考，如涉及侵权请联系客服处理。'),
                  L('disclaimer', '*本文内容为作者个人观点，平台仅提供信息存储服务'))


def b_link(r, c):
    return r.pick(L('link', '原文地址：https://www.%s.gov.cn/art/%d/%s.html' % (c['dom'], c['date'].year, r.digits(7))),
                  L('link', '阅读原文'), L('link', '来源链接 >> http://%s.gov.cn' % c['dom']), L('link', '查看原文 ›'),
                  L('link', '本文链接：https://m.%s.com/a/%s' % (r.pick('toutiao', 'sohu', '163', 'thepaper'), r.digits(12))))


def b_tags(r, c):
    return r.pick(L('tags', '标签：政府工作报告　%s　两会' % c['place']), L('tags', '#%s# #政府工作报告#' % c['place']),
                  L('tags', '关键词：报告 发展 民生'), L('tags', 'Tags: 两会 | 报告'))


def b_comments(r, c):
    out = [(r.pick('评论（%d）' % r.randrange(1, 300), '网友评论', '全部评论', '精彩留言'), 'comments')]
    words = ['写得太好了，为家乡点赞！', '期待今年的民生实事早日落地', '学习了', '什么时候修地铁？', '支持！加油！',
             '就业这块希望多想办法', '已收藏，准备写心得体会用', '👍👍👍', '说得好不如做得好', '打卡']
    for _ in range(r.randrange(1, 5)):
        n = r.name()
        out.append((r.pick('%s：%s' % (n, r.choice(words)), r.choice(words), '%s  %s来自%s' % (n, r.pick('IP ', ''), r.pick('江苏', '河南', '四川', '广东'))), 'comments'))
        if r.random() < .4:
            out.append((r.pick('回复　赞 %d' % r.randrange(50), '%d分钟前' % r.randrange(1, 59), '%d楼' % r.randrange(2, 99)), 'comments'))
    if r.random() < .4:
        out.append((r.pick('写评论...', '说点什么吧', '发表评论'), 'comments'))
    return out


def b_app(r, c):
    app = c['app']
    return r.pick(L('app_banner', '打开%s APP，查看更多精彩' % app), L('app_banner', '在APP中打开　>'),
                  L('app_banner', '%s客户端　下载' % app, '×'), L('app_banner', '用%s看，更清晰' % app),
                  L('app_banner', '↓ 下载%s，领取新人红包' % app))


def b_expand(r, c):
    return r.pick(L('paywall', '展开全文 ∨'), L('paywall', '余下%d%%内容，打开APP阅读' % r.randrange(20, 80)),
                  L('paywall', '点击阅读全文'), L('paywall', '——剩余内容需开通会员查看——'))


def b_paywall(r, c):
    return r.pick(L('paywall', '还剩%d页未读，继续阅读' % r.randrange(2, 20)), L('paywall', '开通VIP，免费下载本文档'),
                  L('paywall', '试读已结束，如需继续阅读或下载，请购买'), L('paywall', '下载需 %d 积分' % r.randrange(1, 20)),
                  L('paywall', '本文档共%d页，可试读%d页' % (r.randrange(8, 40), r.randrange(2, 5))))


def b_wk_meta(r, c):
    return r.pick(L('metadata', '上传者：%s　　上传时间：%s' % (r.name(), c['date'].isoformat()), '%d页　%d.%dMB　%d次下载' % (r.randrange(5, 40), r.randrange(0, 5), r.randrange(10), r.randrange(1, 9000))),
                  L('metadata', '贡献者：%s***' % r.name()[0], '%.1f分（%d人评价）' % (r.randrange(30, 50) / 10, r.randrange(1, 300))),
                  L('metadata', '格式：%s　大小：%dKB　页数：%d' % (r.pick('DOCX', 'PDF', 'DOC'), r.randrange(30, 900), r.randrange(4, 40))))


def b_wk_actions(r, c):
    return r.pick(L('toolbar_actions', '下载文档　收藏　分享　举报'), L('toolbar_actions', '⬇ 立即下载', '☆ 加入文件夹'),
                  L('toolbar_actions', '全屏阅读　|　打印　|　阅读模式'), L('toolbar_actions', '原格式下载　转为Word'))


def b_forum_head(r, c):
    d = c['date']
    return r.pick(L('metadata', '楼主　%s　发表于 %s' % (r.name(), fmt_date(r, d)), '只看楼主 | 倒序浏览 | 阅读模式'),
                  L('metadata', '%s　LV.%d' % (r.name(), r.randrange(1, 12)), '发布于 %s · IP属地%s' % (d.isoformat(), r.pick('北京', '浙江', '山东', '湖北'))),
                  L('metadata', '[复制链接]  查看: %d | 回复: %d' % (r.randrange(100, 9000), r.randrange(1, 80))))


def b_forum_floor(r, c):
    n = r.randrange(2, 9)
    return r.pick(L('metadata', '%d#　%s　（楼主继续）' % (n, c['poster'])), L('metadata', '—— %d楼 ——' % n),
                  L('metadata', '%s 回复于 %s' % (c['poster'], fmt_date(r, c['date']))), L('metadata', '（未完，见下楼）'),
                  L('metadata', '沙发  %s' % c['poster']))


def b_mobile_bar(r, c):
    return r.pick(L('nav', '<　　　　　　···'), L('nav', '✕　%s' % c['site']), L('nav', '返回　　分享'), L('nav', '‹ 返回'))


def b_mobile_meta(r, c):
    return r.pick(L('metadata', '%s　%s' % (c['site'], r.pick('%d小时前' % r.randrange(1, 23), '%d-%02d' % (c['date'].month, c['date'].day)))),
                  L('metadata', '%s · 已关注' % c['site']), L('metadata', '%s发布于%s' % (c['site'], c['place'][:2])))


def b_webpage(r, c):
    n = r.randrange(2, 6)
    k = r.randrange(1, n + 1)
    return r.pick(L('pagination', '上一页 ' + ' '.join(str(i) for i in range(1, n + 1)) + ' 下一页'),
                  L('pagination', '共%d页：' % n, ' '.join('[%d]' % i for i in range(1, n + 1))),
                  L('pagination', '«首页　‹前页　%d/%d　后页›　末页»' % (k, n)), L('pagination', '本文共%d页　阅读全文' % n),
                  L('pagination', '（第%d页）' % k))


def b_watermark(r, c):
    return r.pick(L('watermark', '%s 专用' % c['site']), L('watermark', '内部资料 注意保存'), L('watermark', '仅供学习使用  %s' % r.digits(6)))


PAGE_NUM = [lambda n, t, r: '- %d -' % n, lambda n, t, r: '—%d—' % n, lambda n, t, r: '第%d页/共%d页' % (n, t),
            lambda n, t, r: '%d' % n, lambda n, t, r: 'Page %d of %d' % (n, t), lambda n, t, r: '（%d）' % n,
            lambda n, t, r: '第 %d 页' % n, lambda n, t, r: '%d / %d' % (n, t), lambda n, t, r: '·%d·' % n,
            lambda n, t, r: '－ %s －' % str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９')),
            lambda n, t, r: 'p.%d' % n]


# --------------------------------------------------------------------------------------------------
# styles: (head blocks, mid blocks, tail blocks) -- each a list of (block, probability)

STYLES = {
    'portal': ([('cookie', .25), ('accessibility', .5), ('topbar', .6), ('login', .3), ('sitename', .8), ('search', .6),
                ('menu', .9), ('robot', .35), ('breadcrumb', .8), ('title', .9), ('meta', .9), ('fontsize', .6), ('audio', .2)],
               ['caption', 'video', 'html', 'moji'],
               [('attach', .3), ('actions', .7), ('share', .5), ('qr', .4), ('feedback', .5), ('robot', .15), ('prevnext', .5),
                ('related', .5), ('footer', .95)]),
    'xxgk': ([('accessibility', .4), ('topbar', .4), ('sitename', .9), ('menu', .8), ('breadcrumb', .9), ('xxgk', 1.0),
              ('title', .9), ('fontsize', .4), ('robot', .2)],
             ['html', 'moji', 'caption'],
             [('attach', .5), ('actions', .8), ('qr', .3), ('feedback', .3), ('related', .3), ('footer', 1.0)]),
    'news': ([('cookie', .2), ('app', .4), ('login', .3), ('sitename', .7), ('menu', .8), ('breadcrumb', .5), ('title', .9), ('meta', .9),
              ('fontsize', .3), ('share', .4), ('intro', .5)],
             ['caption', 'video', 'ads', 'html', 'moji', 'audio', 'webpage'],
             [('webpage', .3), ('link', .3), ('tags', .5), ('share', .5), ('related', .7), ('comments', .5), ('footer', .8)]),
    'party': ([('sitename', .8), ('menu', .8), ('breadcrumb', .7), ('title', .8), ('meta', .9), ('intro', .4), ('audio', .3)],
              ['caption', 'html', 'moji', 'video'],
              [('disclaimer', .4), ('share', .5), ('qr', .3), ('related', .6), ('prevnext', .4), ('footer', .9)]),
    'wechat': ([('title', .8), ('wx_meta', 1.0), ('follow', .7), ('intro', .6), ('audio', .2)],
               ['caption', 'follow', 'ads', 'video'],
               [('link', .6), ('follow', .5), ('disclaimer', .5), ('counts', .8), ('reward', .3), ('comments', .6), ('qr', .3)]),
    'wenku': ([('login', .4), ('search', .4), ('breadcrumb', .4), ('title', 1.0), ('wk_meta', .9), ('wk_actions', .7), ('toc', .6)],
              ['paywall', 'ads', 'watermark', 'watermark', 'html', 'webpage'],
              [('webpage', .3), ('paywall', .8), ('disclaimer', .5), ('related', .7), ('footer', .5)]),
    'forum': ([('login', .4), ('menu', .5), ('breadcrumb', .5), ('title', .9), ('forum_head', 1.0)],
              ['forum_floor', 'forum_floor', 'ads', 'caption', 'moji'],
              [('tags', .4), ('reward', .3), ('comments', .9), ('related', .4), ('footer', .6)]),
    'mobile': ([('cookie', .15), ('mobile_bar', .9), ('app', .7), ('title', .7), ('mobile_meta', .9), ('follow', .3)],
               ['app', 'expand', 'caption', 'video', 'ads'],
               [('expand', .3), ('counts', .4), ('share', .4), ('related', .8), ('comments', .5), ('app', .6)]),
}


def content_layout(r, style):
    indent = r.pick('', '　　', '　　', '  ', '    ', '\t', '　')
    blank = r.pick('0', '1', '1', '2', 'ws')
    return indent, blank


def wrap_para(r, text, n, indent):
    """Cut text every n chars (first line shorter by indent); never next to whitespace; closing punct hangs."""
    first = n - (2 if indent else 0)
    pieces, i, lim = [], 0, first
    while i < len(text):
        j = min(len(text), i + lim)
        while 0 < j < len(text) and (text[j] in '，。、；：？！）》”’' or text[j].isspace() or text[j - 1].isspace()):
            j += 1
        pieces.append(text[i:j])
        i = j
        lim = n
    return pieces


def build_page(r, doc, style, src, s, e, allp, c):
    run = allp[s:e + 1]
    out = []  # (text, label, kind, para)
    variants = []

    def add_blocks(spec):
        for name, p in spec:
            if r.random() < p:
                got = globals()['b_' + name](r, c)
                if got:
                    variants.append(name)
                    for t, k in got:
                        out.append((t, 'chrome', k, ''))
                    if r.random() < .3:
                        out.append((r.pick('', '  ', '　'), 'blank', 'blank', ''))

    pdf = style == 'pdf'
    if pdf:
        n = c['wrap_n']
        indent = r.pick('　　', '', '  ')
        variants.append('pdf_w%d' % n)
        head = r.choice([[('title', 1.0), ('wk_meta', .5), ('wk_actions', .6), ('toc', .5)],
                         [('title', .7), ('toc', .4)], [('login', .3), ('title', 1.0), ('wk_meta', .8)]])
        add_blocks(head)
        variants.append('|content')
        pnum = r.choice(PAGE_NUM)
        running = r.pick(c['title'], c['issuer'], c['title'][:12] + '…', '%s文件' % c['issuer'], '')
        per_page = r.randrange(14, 30)
        printed = r.random() < .3
        if printed:
            variants.append('printed')
            url = 'https://www.%s.gov.cn/%s/art/%d/%s.html' % (c['dom'], r.pick('zwgk', 'xxgk', 'col'), c['date'].year, r.digits(6))
            stamp = '%d/%d/%d %s%d:%02d' % (c['date'].year, c['date'].month, c['date'].day, r.pick('上午', '下午', ''), r.randrange(1, 12), r.randrange(60))
            ptitle = r.pick(c['title'] + ' - ' + c['site'], c['title'][:14] + '...', c['site'] + '-' + c['title'])
        wm = r.random() < .25
        total = 0
        lines_on_page = 0
        pageno = r.randrange(1, 4)
        allpieces = []
        for k, p in enumerate(run):
            pieces = wrap_para(r, p, n, indent)
            for m, piece in enumerate(pieces):
                allpieces.append((piece, s + k, m == 0))
        total_pages = pageno + len(allpieces) // per_page + 1
        for piece, para, first in allpieces:
            if lines_on_page >= per_page:
                variants.append('pagebreak_inpara' if not first else 'pagebreak')
                if printed:
                    out.append(('%s　%d/%d' % (url, pageno, total_pages), 'chrome', 'print_header', ''))
                    out.append(('%s　%s' % (stamp, ptitle), 'chrome', 'print_header', ''))
                else:
                    out.append((pnum(pageno, total_pages, r), 'chrome', 'pagination', ''))
                if wm:
                    t, k = b_watermark(r, c)[0]
                    out.append((t, 'chrome', k, ''))
                if r.random() < .4:
                    out.append(('', 'blank', 'blank', ''))
                pageno += 1
                if running and not printed:
                    out.append((running, 'chrome', 'running_header', ''))
                lines_on_page = 0
            kind = content_kind(allp[para], para, len(allp))
            out.append(((indent if first else '') + piece, 'content', kind, str(para)))
            lines_on_page += 1
        if printed:
            out.append(('%s　%d/%d' % (url, pageno, total_pages), 'chrome', 'print_header', ''))
        else:
            out.append((pnum(pageno, total_pages, r), 'chrome', 'pagination', ''))
        variants.append('content|')
        add_blocks(r.choice([[('paywall', .6), ('related', .5)], [('wk_actions', .5), ('footer', .4)], [('disclaimer', .5)]]))
    else:
        head, mids, tail = STYLES[style]
        add_blocks(head)
        indent, blank = content_layout(r, style)
        variants.append('|content')
        mid_rate = r.pick(.15, .25, .35)
        for k, p in enumerate(run):
            if k and r.random() < mid_rate:
                name = r.choice(mids)
                variants.append(name)
                for t, kk in globals()['b_' + name](r, c):
                    out.append((t, 'chrome', kk, ''))
            kind = content_kind(p, s + k, len(allp))
            ind = indent if kind != 'heading' or r.random() < .5 else ''
            out.append((ind + p, 'content', kind, str(s + k)))
            if k < len(run) - 1:
                if blank == '1':
                    out.append(('', 'blank', 'blank', ''))
                elif blank == '2':
                    out += [('', 'blank', 'blank', '')] * 2
                elif blank == 'ws':
                    out.append((r.pick('　　', ' ', '\t'), 'blank', 'blank', ''))
        variants.append('indent=%r,blank=%s' % (indent, blank))
        variants.append('content|')
        add_blocks(tail)
    # a chrome line never equals a content line
    content = {t.strip() for t, l, k, p in out if l == 'content'}
    out = [x for x in out if not (x[1] == 'chrome' and x[0].strip() in content)]
    # no leading/trailing blank lines, no chrome that is whitespace-only
    while out and out[0][1] == 'blank':
        out.pop(0)
    while out and out[-1][1] == 'blank':
        out.pop()
    for t, l, k, p in out:
        assert '\n' not in t and '\r' not in t, (doc, t)
        assert l != 'chrome' or t.strip(), (doc, k)
    return out, variants


SITES = {
    'portal': [('{p}人民政府', '{P} Government'), ('{p}人民政府门户网站', 'www.{d}.gov.cn'), ('中国{p}', '{P}.GOV.CN')],
    'xxgk': [('{p}人民政府信息公开平台', 'Open Government Information'), ('{p}政务公开', 'ZHENGWU GONGKAI')],
    'news': [('{p}新闻网', '{P} News'), ('{p}日报网', '{P} Daily'), ('新华网', 'XINHUANET'), ('人民网', 'People.cn'), ('{p}融媒', '{P} Media')],
    'party': [('共产党员网', '12371.cn'), ('{p}党建网', 'Party Building'), ('{p}先锋', 'Pioneer'), ('党建网', 'dangjian.cn')],
    'wechat': [('{p}发布', 'wx'), ('学习{p}', 'wx'), ('{p}组工', 'wx'), ('{p}政研', 'wx'), ('机关党建在线', 'wx')],
    'wenku': [('百度文库', 'wenku.baidu.com'), ('原创力文档', 'max.book118.com'), ('道客巴巴', 'doc88.com'), ('豆丁网', 'docin.com'), ('360文库', 'wenku.so.com')],
    'forum': [('天涯社区', 'tianya'), ('{p}论坛', 'bbs'), ('百度贴吧 {s}吧', 'tieba'), ('知乎专栏', 'zhihu'), ('搜狐号', 'sohu')],
    'mobile': [('今日头条', 'toutiao'), ('腾讯新闻', 'qq news'), ('网易新闻', '163'), ('{p}发布APP', 'app'), ('百家号', 'baijiahao')],
    'pdf': [('金山文档', 'kdocs'), ('WPS Office', 'wps'), ('{p}人民政府网 附件', 'attachment'), ('Adobe Acrobat', 'pdf'), ('文库 PDF 预览', 'pdf')],
}
APPS = ['新华社', '人民日报', '学习强国', '央视新闻', '澎湃新闻', '{p}头条', '冲{p}', '触电新闻']
PREF_ZHOU = ('凉山', '恩施', '甘孜', '阿坝', '黔东南', '黔南', '黔西南')
PREF_MENG = ('锡林郭勒',)
PLACES_NAT = ['北京市', '上海市', '广州市', '成都市', '武汉市', '西安市', '杭州市', '郑州市', '长沙市', '南京市']


def main():
    corpus = corpus_dir()
    r = R(SEED)
    sc_titles = {}
    with open(os.path.join(corpus, 'state_council_2004_2019', '_index.tsv'), encoding='utf-8') as fh:
        for ln in fh.read().strip('\n').split('\n')[1:]:
            cc = ln.split('\t')
            sc_titles[cc[0]] = cc[2]
    used = used_ranges()
    docs = []
    for d in FOLDERS:
        for f in sorted(os.listdir(os.path.join(corpus, d))):
            if f.endswith('.txt') and not f.startswith('_') and not any(x in f for x in SKIP):
                docs.append(d + '/' + f)
    # candidate runs: windows of good paragraphs, preferring ones outside earlier ranges
    plan = {'city_gwr_2024': 50, 'provincial_gwr_2025': 18, 'state_council_2004_2019': 16, 'national_gwr_wikisource': 12,
            'cpc_congress_wikisource': 7}
    chosen = []
    for d in FOLDERS:
        cand = [x for x in docs if x.startswith(d + '/')]
        r.shuffle(cand)
        scored = []
        for src in cand:
            allp = paragraphs(os.path.join(corpus, src))
            if len(allp) < 6:
                continue
            cov = set()
            for a, b in used.get(src, []):
                cov.update(range(a, b + 1))
            want = r.randrange(5, 15)
            best = None
            starts = list(range(0, len(allp)))
            pos = r.pick('head', 'middle', 'middle', 'tail')
            force = pos != 'middle' and r.random() < .8
            for st in starts:
                for ln in range(min(want, len(allp) - st), 4, -1):
                    en = st + ln - 1
                    if not all(good(allp[i]) for i in range(st, en + 1)):
                        continue
                    if sum(len(allp[i]) for i in range(st, en + 1)) > 9000:
                        continue
                    ov = sum(1 for i in range(st, en + 1) if i in cov)
                    bonus = {'head': st <= 3, 'tail': en == len(allp) - 1, 'middle': 3 < st and en < len(allp) - 1}[pos]
                    key = ((-bonus, ov / ln, -ln, r.random()) if force else (ov > 0, -bonus, ov / ln, -ln, r.random()))
                    if best is None or key < best[0]:
                        best = (key, st, en, ov / ln - (.5 if force and bonus else 0))
                    break
            if best:
                scored.append((best[3], src, best[1], best[2], allp))
        scored.sort(key=lambda x: x[0])
        chosen += scored[:plan[d]]
    r.shuffle(chosen)
    n_pdf = len(chosen) // 6 + 1
    style_plan = ['pdf'] * n_pdf
    others = ['portal', 'xxgk', 'news', 'party', 'wechat', 'wenku', 'forum', 'mobile']
    weights = {'portal': 11, 'xxgk': 7, 'news': 14, 'party': 12, 'wechat': 12, 'wenku': 10, 'forum': 10, 'mobile': 10}
    for o in others:
        style_plan += [o] * weights[o]
    style_plan = style_plan[:len(chosen)]
    while len(style_plan) < len(chosen):
        style_plan.append(r.choice(others))
    r.shuffle(style_plan)
    widths = list(range(19, 47))
    r.shuffle(widths)
    os.makedirs(os.path.join(HERE, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'gold'), exist_ok=True)
    for f in glob.glob(os.path.join(HERE, 'pages', '*.txt')) + glob.glob(os.path.join(HERE, 'gold', '*.tsv')):
        os.remove(f)
    index = ['doc\tstyle\tsource_file\tpara_start\tpara_end\tn_lines\tvariants\tsite']
    for i, ((_, src, s, e, allp), style) in enumerate(zip(chosen, style_plan), 1):
        doc = '%03d' % i
        title, issuer = title_of(src, sc_titles)
        folder = src.split('/')[0]
        if folder == 'city_gwr_2024':
            place = src.split('/')[1].split('_')[1]
            place = place + ('州' if place in PREF_ZHOU else '盟' if place in PREF_MENG else '市')
            year = 2024
        elif folder == 'provincial_gwr_2025':
            place = src.split('/')[1].split('_')[1]
            year = 2025
        else:
            place = r.choice(PLACES_NAT)
            year = r.randrange(2019, 2026)
        if folder in ('city_gwr_2024', 'provincial_gwr_2025'):
            issuer = place + '人民政府'
        sn, se = r.choice(SITES[style])
        sname = sn.replace('{p}', place).replace('{s}', re.sub(r'(市|省|州|盟|壮族自治区|回族自治区|维吾尔自治区|自治区)$', '', place))
        dom = ''.join(r.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(r.randrange(2, 6)))
        heads = [p for p in allp if re.match(r'^[一二三四五六七八九十]+、', p) and len(p) <= 40]
        c = dict(title=title, issuer=issuer, place=place, site=sname, site_en=se.replace('{P}', dom.upper()).replace('{d}', dom),
                 dom=dom, date=r.date(year), heads=heads, paras=allp[s:e + 1], app=r.choice(APPS).replace('{p}', place[:1]),
                 style=style, poster=r.name(), wrap_n=widths.pop() if style == 'pdf' else 0)
        lines, variants = build_page(r, doc, 'xxgk' if style == 'xxgk' else style, src, s, e, allp, c)
        with open(os.path.join(HERE, 'pages', doc + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(''.join(t + '\n' for t, *_ in lines))
        with open(os.path.join(HERE, 'gold', doc + '.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write('line\tlabel\tkind\tpara\n')
            for k, (t, l, kd, p) in enumerate(lines, 1):
                fh.write('%d\t%s\t%s\t%s\n' % (k, l, kd, p))
        index.append('\t'.join([doc, style, src, str(s), str(e), str(len(lines)), ';'.join(variants), sname]))
    with open(os.path.join(HERE, 'index.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(index) + '\n')
    print('pages:', len(chosen))


if __name__ == '__main__':
    main()
