"""Tests for textlab.cleaning: the seeds, hand-made web pages, each step, and properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import textlab as tl
from textlab import cleaning as C

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PARTY = SEEDS / "party_building"
GOV = SEEDS / "gov_reports"
PAGES = Path(__file__).resolve().parent / "data" / "web_pages"

ALL_DOCS = sorted(SEEDS.rglob("*.txt"))
GOV_DOCS = sorted(GOV.rglob("*.txt"))
INLINE_STEPS = [s for s in C.STEPS if s not in ("strip_boilerplate", "normalize_whitespace")]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def raw_lines(path: Path) -> list[str]:
    return read(path).splitlines()


# ---------------------------------------------------------------------------------------------
# the five seeds: every chrome line listed by hand (line number -> raw line, stripped)

NAV_TITLES_002 = [
    "2022年度民主生活会整改措施", "食堂现场会演讲稿", "《谁是木偶人》读后感", "个人事迹材料",
    "最新学习二十大精神心得体会", "百日整顿活动方案", "毕业设计总结", "2023寒假致家长一封信",
    "组织生活会对照检查材料", "校本研修30问", "观看警示教育片心得体会", "专题组织生活会发言材料",
    "党员教师组织生活会个人对照检查材料", "学习二十大精神心得体会", "XX小学德育工作总结",
    "2022年意识形态领域工作报告", "党员整改承诺书", "民主生活会上讲话稿", "体育与健康课时计划",
    "三年级教师教学工作计划", "小学雷锋月活动方案", "检验检测机构监督管理办法第39号",
    "班主任管理艺术期中考试", "浅谈激发初中学生英语学习兴趣的策略",
]
MEMBERSHIP_AD = {
    1: "仅供学习 禁止外传",
    2: "酷乐文行",
    3: "自建平台、实时分享",
    4: "根据实际需求和形式任务不断迭代",
    5: "现在订阅立享前3年的所有权益和资料",
    7: "【打击倒卖活动】",
    8: "举报倒卖会员资料的人，举报成功免费赠送一年会员材料！",
    9: "会员群：                      免费QQ群：",
}


def _removed_002() -> dict[int, str]:
    removed = {3: "2023-02-08 20:30:20", 53: "热门关注"}
    for k, title in enumerate(NAV_TITLES_002):
        removed[55 + 4 * k] = title
        removed[57 + 4 * k] = "最新范文"
    removed.update({151: "首页", 153: "我的", 154: "下载"})
    return removed


SEED_CHROME: dict[str, dict[int, str]] = {
    "000_057e809f07488864.txt": {
        9: "............试读结束............",
        11: "查阅全文加微信3231169",
        13: "如来写作网gw.rulaixiezuo.com(可搜索其他更多资料)",
        15: "本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,"
        "不拥有所有权,不承担相关法律责任。如发现本站有涉嫌抄袭侵权/违法违规的内容, "
        "请发送邮件至 3231169@qq.com 举报,一经查实,本站将立刻删除。",
        16: "如若转载,请注明出处:https://www.qiantufanwen.com/58778.html",
    },
    "001_efe964ced9bb2b3e.txt": MEMBERSHIP_AD,
    "002_f6b43444f5475b4f.txt": _removed_002(),
    "003_bba11b23bb186c6b.txt": {
        8: "版權聲明:本文內(nèi)容由互聯(lián)網(wǎng)用戶自發(fā)貢獻,該文觀點僅代表作者本人。"
        "本站僅提供信息存儲空間服務,不擁有所有權,不承擔相關法律責任。如發(fā)現(xiàn)本站有涉嫌抄襲侵權/"
        "違法違規(guī)的內(nèi)容, 請發(fā)送郵件至 舉報,一經(jīng)查實,本站將立刻刪除。",
    },
    "004_f2bb73103ab8c253.txt": MEMBERSHIP_AD,
}

# the first 15 characters of every content paragraph, in order
SEED_CONTENT: dict[str, list[str]] = {
    "000_057e809f07488864.txt": [
        "在全省深化基层党建推城市动治工", "尊敬的×部长，各位领导，同志们", "事业兴衰，关键在党；管党治党，",
        "一、强化顶层设计，健全城市基层", "二、织密组织体系，提升城市基层", "三、完善工作机制，规范城市基层",
    ],
    "001_efe964ced9bb2b3e.txt": [
        "在城市基层党建工作推进会上的讲", "同志们：", "按照今年重点工作任务部署，今天",
        "一、要聚焦中心大局，确保城市党", "上半年以来，我们坚持以习近平新", "二、要坚持查漏补缺，确保党建问",
        "虽然我们各项工作取得了较好的成", "三、要抓好统筹安排，确保有序推", "加强城市基层党建是推动重点工作",
        "同志们，今年是全面建成小康社会", "今天就讲这么多，谢谢大家。",
    ],
    "002_f6b43444f5475b4f.txt": [
        "“红色业委会”发挥基层治理“红", "必须坚持人民至上。人民性是马克", "我国是工人阶级领导的、以工农联",
        "积极发展基层民主。基层民主是全", "完善社会治理体系。健全共建共治", "增强党组织政治功能和组织功能。",
        "党的二十大报告提出，建设人人有", "我们将以党的二十大精神为指引，", "顺义区空港街道以党建引领业委会",
        "自2021年以来，许昌市魏都区", "“红色堡垒”夯实服务群众“前沿", "“红色体系”打通服务群众“神经",
        "“红色机制”擦亮服务群众“党建", "抓党建促基层治理能力提升专项行", "上海，正激活治理的“一池春水”",
        "“要着力增强基层党组织政治功能", "基层是城市治理的基础所在、重心", "“党的二十大报告指出，党的领导",
        "习近平总书记指出，要把加强基层", "强化政治引领，高举党的领导一面", "强化组织基础，织密治理资源一张",
        "强化队伍支撑，涵养治理人才一池", "强化机制保障，拧紧治理保障一股", "党建引领不是大包大揽，而是要发",
        "政治方向是基层治理第一位的问题",
    ],
    "003_bba11b23bb186c6b.txt": [
        "中国甘肃网4月9日讯为进一步加", "根据各领域基层党组织的特点和差", "此外，《意见》紧扣党建统领经济",
        "据了解，该区将通过深入实施“五", "此外，安宁区还深入推进街道机构", "消除新兴领域盲区，著力提升凝聚",
        "为高标准建设基层党组织活动阵地",
    ],
    "004_f2bb73103ab8c253.txt": [
        "在党建主题沙龙活动上的发言（党", "各位领导、同志们：", "这次党建主体沙龙活动安排在我区",
        "基层治理是国家治理、地方治理的", "一、全面赋能，构建高效治理体系", "坚持“大治理”理念，以做强街道",
        "二、力量下沉，营造安心舒适公共", "通过组织下沉、资源下沉、服务下", "三、提质增效，推动工作落地落实",
        "加强制度建设，推动制度创新、强", "下一步，×将继续贯彻落实市委党",
    ],
}


def test_seed_lists_cover_the_five_seeds():
    assert sorted(SEED_CHROME) == sorted(p.name for p in PARTY.glob("*.txt"))
    assert sorted(SEED_CONTENT) == sorted(SEED_CHROME)


@pytest.mark.parametrize("name", sorted(SEED_CHROME))
def test_seed_chrome_is_removed_and_content_kept(name):
    path = PARTY / name
    lines = raw_lines(path)
    chrome = SEED_CHROME[name]
    for lineno, expected in chrome.items():  # the hand-made list matches the file
        assert lines[lineno - 1].strip() == expected.strip()

    result = C.clean(read(path), report=True)
    out = result.text.split("\n")
    # exactly the listed lines were removed, all by the boilerplate step
    assert [r.lineno for r in result.removed] == sorted(chrome)
    assert {r.step for r in result.removed} == {"strip_boilerplate"}
    for r in result.removed:  # report shows each line as the step saw it
        assert r.text == C.clean(lines[r.lineno - 1], steps=INLINE_STEPS)
        assert C.clean(r.text) not in out
    # every content paragraph is kept, in order, and nothing else
    content = SEED_CONTENT[name]
    assert len(out) == len(content)
    assert [line[:15] for line in out] == content
    nonblank = [i for i, line in enumerate(lines, 1) if line.strip()]
    kept = [i for i in nonblank if i not in chrome]
    assert out == [C.clean(lines[i - 1]) for i in kept]


def test_seed_removed_line_counts():
    counts = {
        name: len(C.clean(read(PARTY / name), report=True).removed) for name in sorted(SEED_CHROME)
    }
    assert list(counts.values()) == [5, 8, 53, 1, 8]


def test_seed_003_is_simplified_without_pinyin():
    text = C.clean(read(PARTY / "003_bba11b23bb186c6b.txt"))
    assert "中国甘肃网" in text and "城市基层党的建设" in text and "执政基础" in text
    assert not re.search(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]", text)
    assert "(wǎng)" not in text and "(qū)" not in text
    for traditional in "國網區黨們發":
        assert traditional not in text
    assert C.to_simplified(text) == text
    # the real parentheses stay (and become full-width in Chinese context)
    assert "（以下简称《意见》）" in text
    assert "事业单位（学校、医院）" in text


def test_seed_masks_are_unified():
    t000 = C.clean(read(PARTY / "000_057e809f07488864.txt"))
    assert "尊敬的×部长，各位领导，同志们：" in t000.split("\n")
    assert "×市坚持以习近平新时代中国特色社会主义思想为指导" in t000
    assert "兼职委员×名" in t000 and "*" not in t000
    t001 = C.clean(read(PARTY / "001_efe964ced9bb2b3e.txt"))
    assert "刚才，×个社区从不同方面" in t001 and "化解率×%" in t001 and "Ⅹ" not in t001
    t004 = C.clean(read(PARTY / "004_f2bb73103ab8c253.txt"))
    assert "近年来，×区牢固树立" in t004 and "生活在×”" in t004


@pytest.mark.parametrize("path", ALL_DOCS, ids=lambda p: p.name)
def test_every_seed_document_is_idempotent(path):
    once = C.clean(read(path))
    assert C.clean(once) == once
    assert once == once.strip() and "\n\n" not in once
    assert all(line == line.strip() for line in once.split("\n"))


def test_gov_reports_lose_only_their_source_lines():
    sources = 0
    for path in GOV_DOCS:
        lines = raw_lines(path)
        result = C.clean(read(path), report=True)
        for r in result.removed:
            assert r.text.strip().startswith("来源"), (path.name, r)
            assert lines[r.lineno - 1].strip().replace(" ", "").startswith("来源")
        sources += len(result.removed)
        # lines holding only zero-width spaces (37 in the 1957 report) count as blank
        nonblank = sum(1 for line in lines if C.normalize_unicode(line).strip())
        assert len(result.text.split("\n")) == nonblank - len(result.removed), path.name
    provincial = [p for p in GOV_DOCS if p.parent.name == "provincial_gwr_2025"]
    with_source = [p for p in provincial if any(line.startswith("来源") for line in raw_lines(p))]
    assert sources == len(with_source) == 29


def test_national_reports_become_one_paragraph_per_line():
    path = GOV / "national_gwr_wikisource" / "2019_国务院_政府工作报告.txt"
    raw = read(path)
    assert "\n\n" in raw  # blank-line separated paragraphs in the source
    out = C.clean(raw).split("\n")
    assert out[:3] == ["各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
                       "一、2018年工作回顾"]
    # each source paragraph is one output line (cleaned on its own: 6%－6.5% -> 6%-6.5%)
    assert out == [C.clean(line) for line in raw.split("\n") if line.strip()]
    assert "国内生产总值增长6%-6.5%；" in out[31]


# ---------------------------------------------------------------------------------------------
# hand-made web pages with the expected output beside each

PAGE_FILES = sorted(p for p in PAGES.glob("page_*.txt") if not p.name.endswith(".expected.txt"))


def test_there_are_hand_made_pages():
    assert 8 <= len(PAGE_FILES) <= 12


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.stem)
def test_web_page_cleans_to_expected(path):
    expected = read(path.with_suffix(".expected.txt")).rstrip("\n")
    raw = read(path)
    assert C.clean(raw) == expected
    assert C.clean(raw.replace("\n", "\r\n")) == expected  # a Windows copy
    assert C.clean(expected) == expected


def test_web_page_report_names_each_chrome_line():
    raw = read(PAGES / "page_01_gov_news.txt")
    result = C.clean(raw, report=True)
    lines = raw.splitlines()
    assert [r.lineno for r in result.removed] == [1, 2, 3, 5, 9, 10, 11, 12, 13, 14, 15, 16]
    assert lines[8].endswith("本报记者 王晓明 摄")  # the photo caption
    assert result.removed[4].text.startswith("3月15日，市委常委")


# ---------------------------------------------------------------------------------------------
# the API: steps, report, errors


def test_steps_are_listed_in_order():
    assert C.list_steps() == list(C.STEPS) == [
        "normalize_unicode", "strip_markup", "remove_pinyin", "to_simplified", "normalize_masks", "unmask_known",
        "normalize_punctuation", "strip_boilerplate", "join_wrapped_lines", "normalize_whitespace",
    ]
    assert all(callable(C.get_step(name)) for name in C.STEPS)
    assert tl.clean("　同志们:\n\n") == C.clean("　同志们:\n\n") == "同志们："


def test_steps_can_be_dropped():
    raw = "中國甘肅網(wǎng)\n相关报道\n**市黨建。"
    assert C.clean(raw) == "中国甘肃网\n×市党建。"
    no_t2s = [s for s in C.STEPS if s != "to_simplified"]
    assert C.clean(raw, steps=no_t2s) == "中國甘肅網\n×市黨建。"
    no_chrome = [s for s in C.STEPS if s != "strip_boilerplate"]
    assert C.clean(raw, steps=no_chrome) == "中国甘肃网\n相关报道\n×市党建。"
    no_masks = [s for s in C.STEPS if s != "normalize_masks"]
    assert C.clean(raw, steps=no_masks) == "中国甘肃网\n**市党建。"
    assert C.clean(raw, steps=[]) == raw


def test_steps_can_be_reordered_and_custom():
    raw = "中國網(wǎng)\n"
    # t2s before pinyin removal: same result, the annotation follows a Chinese character either way
    assert C.clean(raw, steps=["to_simplified", "remove_pinyin", "normalize_whitespace"]) == "中国网"
    # a custom step is a plain function; its name shows in the report

    def drop_first_line(text: str) -> str:
        return text.split("\n", 1)[1]

    result = C.clean("标题\n相关报道\n正文。", steps=[drop_first_line, C.strip_boilerplate], report=True)
    assert result.text == "正文。"
    assert result.steps == ["drop_first_line", "strip_boilerplate"]
    assert result.removed == [C.RemovedLine("strip_boilerplate", None, "相关报道", "related")]


def test_bad_steps_are_rejected():
    with pytest.raises(ValueError, match="unknown cleaning step 'no_such_step'"):
        C.clean("x", steps=["no_such_step"])
    with pytest.raises(TypeError, match="int"):
        C.clean("x", steps=[42])
    with pytest.raises(TypeError, match="not a str"):
        C.clean("x", steps="normalize_unicode")
    with pytest.raises(TypeError, match="'bad' returned bytes"):
        C.clean("x", steps=[lambda s: s, _named("bad", lambda s: s.encode())])


def _named(name, func):
    func.__name__ = name
    return func


@pytest.mark.parametrize("value", [None, b"bytes", 3, ["a"], 1.5])
def test_non_str_raises_type_error_naming_the_type(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        C.clean(value)


def test_report_lists_exactly_what_was_removed():
    raw = "【打印本页】【关闭窗口】\r\n\r\n正文第一段。\r\n来源：四川日报\r\n\r\n正文第二段。\r\n扫一扫在手机打开当前页"
    result = C.clean(raw, report=True)
    assert isinstance(result, C.CleanReport) and str(result) == result.text
    assert result.text == "正文第一段。\n正文第二段。" == C.clean(raw)
    assert result.removed == [
        C.RemovedLine("strip_boilerplate", 1, "【打印本页】【关闭窗口】", "toolbar"),
        C.RemovedLine("strip_boilerplate", 4, "来源：四川日报", "metadata:source"),
        C.RemovedLine("strip_boilerplate", 7, "扫一扫在手机打开当前页", "qr"),
    ]
    assert result.steps == list(C.STEPS)
    assert (result.removed[1].line_no, result.removed[1].line) == (4, "来源：四川日报")  # aliases
    assert C.clean("", report=True) == C.CleanReport("", [], list(C.STEPS))


# ---------------------------------------------------------------------------------------------
# the steps one by one


def test_normalize_unicode():
    f = C.normalize_unicode
    assert f("ＧＤＰ增长５．２％，２０２４年") == "GDP增长5.2%，2024年"
    assert f("（一）同志们：！？；，") == "（一）同志们：！？；，"  # Chinese punctuation stays
    assert f("a\u00a0b\u3000c\u2003d\te") == "a b c d e"
    assert f("中\u200b文\u200d\ufeff\u00ad\u202e") == "中文"
    assert f("a\x00b\x07c\x7f\x9f") == "abc"
    assert f("a\r\nb\rc\u2028d\x0be\x85f") == "a\nb\nc\nd\ne\nf"
    assert f("e\u0301") == "é" and f("\ud800中") == "中"
    assert f("ＸＸ＊＊") == "XX**"


def test_remove_pinyin():
    f = C.remove_pinyin
    assert f("中國甘肅網(wǎng)4月9日訊") == "中國甘肅網4月9日訊"
    assert f("執(zhí)政，據(jù)了解，全區(qū)，聯(lián)動") == "執政，據了解，全區，聯動"
    assert f("網(wǎng)(wǎng)") == "網" and f("網 (wǎng)") == "網" and f("網（wǎng）") == "網"
    for kept in ["(以下简称《意见》)", "街道(乡镇)", "(2023)", "文件(a)", "情况(ab)", "a(wǎng)",
                 "中(Wang)", "中(wang)"]:
        assert f(kept) == kept


def test_to_simplified_is_lazy_and_shared():
    assert C.to_simplified("中國甘肅網4月9日訊") == "中国甘肃网4月9日讯"
    assert C._opencc() is C._opencc()
    assert C.to_simplified("薴") == C.to_simplified(C.to_simplified("薴"))
    assert C.to_simplified("a\ud800國") == "a\ud800国"  # OpenCC never sees a lone surrogate


def test_normalize_masks():
    f = C.normalize_masks
    assert f("**市") == "×市" and f("****名") == "×名" and f("***新时代") == "×新时代"
    assert f("Ⅹ个社区") == "×个社区" and f("化解率Ⅹ%") == "化解率×%" and f("完成率X%") == "完成率×%"
    assert f("XX小学") == "×小学" and f("××区") == "×区" and f("对“X党建”") == "对“×党建”"
    assert f("美团**外卖") == "美团×外卖" and f("xx同志") == "×同志"
    for kept in ["3×4", "2×66万千瓦", "数据要素×", "X光", "X射线检查", "PX项目", "415X集群", "10+X",
                 "7+3+X", "* 第一条", "***", "2**3", "Xbox", "taxi", "ⅡⅩ章", "Jiangxi省"]:
        assert f(kept) == kept


def test_unmask_known():
    f = C.unmask_known
    assert f("以×新时代中国特色社会主义思想为指导") == "以习近平新时代中国特色社会主义思想为指导"
    assert f("×总书记强调") == "习近平总书记强调"
    assert f("以×同志为核心的党中央") == "以习近平同志为核心的党中央"
    for kept in ["×市", "×主席", "×思想", "×书记", "3×总量"]:
        assert f(kept) == kept


def test_normalize_punctuation():
    f = C.normalize_punctuation
    assert f("尊敬的×部长,各位领导,同志们:") == "尊敬的×部长，各位领导，同志们："
    assert f("近年来,×市;好吗?好!") == "近年来，×市；好吗？好！"
    assert f("街道(乡镇)") == "街道（乡镇）" and f("(以下简称《意见》)") == "（以下简称《意见》）"
    assert f("“五星”,社区") == "“五星”，社区"
    for kept in ["(2023)", "3,000", "20:30", "Hello, world!", "1.打造", "(wǎng)", "“Yes”, he said"]:
        assert f(kept) == kept


def test_normalize_whitespace():
    f = C.normalize_whitespace
    assert f("　　社区 “聚心”工程\n\n\n  下一段  \n") == "社区“聚心”工程\n下一段"
    assert f("省长 王予波") == "省长王予波"
    assert f("GDP   增长  5%\t 左右") == "GDP 增长 5% 左右"
    assert f(" \n\t\n") == ""
    assert f("a\r\n\r\nb") == "a\nb"


def test_boilerplate_never_touches_content_paragraphs():
    f = C.strip_boilerplate
    content = [
        "依法打击侵犯版权的违法行为，规范网络下载平台管理。",
        "版权保护工作成效明显",
        "二、规范数字资源下载",
        "下载量同比增长30%，版权收入稳步提高！",
        "来源广泛的群众诉求，要件件有回应。",
        "相关报道指出，该区治理成效明显。",
        "主办单位：省教育厅、省民政厅，各州、市人民政府",
    ]
    text = "\n".join(content)
    assert f(text) == text
    # a content paragraph that starts like a source line is protected because it reads like a sentence
    assert f("来源：根据统计部门数据，全年增长5.2%。") == "来源：根据统计部门数据，全年增长5.2%。"


def test_boilerplate_block_rules():
    f = C.strip_boilerplate
    # weak words go only next to other chrome or at the page edge
    assert f("首页\n正文。\n下载\n正文。\n我的") == "正文。\n下载\n正文。"
    # a navigation list needs two or more (title, marker) pairs; the marker itself always goes
    assert f("正文。\n标题甲\n最新范文\n标题乙\n最新范文") == "正文。"
    assert f("工作总结\n最新范文\n正文。") == "工作总结\n正文。"
    # a related-links list goes only when it runs to the end of the page
    assert f("正文。\n相关报道\n标题甲\n标题乙") == "正文。"
    assert f("相关报道\n一、总体要求\n正文第一段很长很长。") == "一、总体要求\n正文第一段很长很长。"


def test_photo_captions_and_source_lines():
    f = C.strip_boilerplate
    for chrome in [
        "1月14日，市长在市第十六届人民代表大会第三次会议上作政府工作报告。本报记者 张三 摄",
        "（新华社记者 李四 摄）",
        "来源：四川日报",
        "来源 : 南方日报",
        "2023-02-08 20:30:20",
        "发布时间：2024-03-18 09:30　来源：清河市委组织部　浏览次数：1268",
        "【打印本页】【关闭窗口】",
        "字号：大 中 小",
        "下载 打印 全屏",
        "扫一扫在手机打开当前页",
        "分享到：微信 微博 QQ空间",
        "当前位置：首页 > 新闻中心",
        "版权所有：清河市人民政府办公室",
        "京ICP备12345678号",
        "本文内容由互联网用户自发贡献，该文观点仅代表作者本人。",
        "如若转载，请注明出处：https://example.com/1.html",
    ]:
        assert f(chrome + "\n正文。") == "正文。", chrome


def test_boilerplate_rules_file(tmp_path):
    rules = C.load_boilerplate()
    assert rules is C.load_boilerplate()  # cached
    assert all(rules.counts[s] > 0 for s in ("line", "notice", "list", "nav", "weak"))
    custom = tmp_path / "rules.txt"
    custom.write_text("# my rules\n[line]\n内部资料.{0,10}\n[weak]\n目录\n", encoding="utf-8")
    step = C.boilerplate_step(custom)
    assert step("内部资料 注意保存\n目录\n正文。") == "正文。"
    assert C.clean("内部资料\n正文。", steps=[step]) == "正文。"
    assert step.__name__ == "strip_boilerplate"

    bad = tmp_path / "bad.txt"
    bad.write_text("[line]\nok\n(unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:3: bad regular expression"):
        C.load_boilerplate(bad)
    bad.write_text("no section\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:1: rule before any section"):
        C.load_boilerplate(bad)
    bad.write_text("[line]\n(a)b\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:2: .*non-capturing"):
        C.load_boilerplate(bad)
    with pytest.raises(FileNotFoundError, match="missing.txt"):
        C.load_boilerplate(tmp_path / "missing.txt")


@pytest.mark.parametrize("name", ["boilerplate.txt", "clean_unmask.txt", "clean_mask_keep.txt"])
def test_resource_files_have_a_source_header(name):
    text = (ROOT / "textlab" / "resources" / name).read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert text.startswith("#") and any("Source:" in line for line in header)


# ---------------------------------------------------------------------------------------------
# properties on arbitrary text

TRICKY = [
    "中", "國", "網", "区", "党", "×", "*", "X", "x", "Ⅹ", "Ⅱ", "%", ",", ";", ":", "!", "?", "(", ")",
    "（", "）", "“", "”", "，", "。", "：", "！", " ", "\t", "\u3000", "\u00a0", "\u200b", "\u200d",
    "\ufeff", "\r", "\n", "\r\n", "\x00", "\x1c", "\u2028", "\u0301", "é", "ǎ", "(wǎng)", "（qū）",
    "新时代中国特色社会主义思想", "总书记", "最新范文", "相关报道", "首页", "来源：", "版权声明：",
    "\ud800", "\udfff", "𠀀", "薴", "😀", "👨‍👩‍👧", "e\u0301", "X光", "3×4", "**", "...",
]
ANY_TEXT = st.one_of(
    st.text(),
    st.text(st.characters(codec=None, exclude_categories=())),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.characters()), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_clean_is_idempotent_and_never_raises(text):
    once = C.clean(text)
    assert isinstance(once, str)
    assert C.clean(once) == once
    assert once == once.strip() and "\n\n" not in once and "\r" not in once
    assert C.clean(text, report=True).text == once


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_every_step_is_idempotent(text):
    for name in C.STEPS:
        step = C.get_step(name)
        once = step(text)
        assert step(once) == once, name
