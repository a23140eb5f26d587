"""A learned judge of page-chrome lines, with hard content guards, after the rules of ``textlab.chrome``.

This module owns the line features of the chrome model (:func:`page_features`), the content guards
that no model may cross (:func:`content_guards`, :func:`body_span`, :func:`title_line`), the model
itself (:class:`ChromeModel`: one logistic-regression weight vector, an intercept and a threshold),
its folder format (``models/chrome/``: ``arrays.npz`` plus a ``manifest.json`` with SHA-256, feature
spec, guard list, threshold and versions, read and written through :mod:`textlab.persistence`) and
the decision step (:func:`model_reasons`).

The rules stay the first pass: a line they call chrome goes as before. Every other line is judged
by the model, including lines the rules call prose (``chrome._is_good``) or keepers
(``chrome._is_keeper``), unless a content guard holds it: a body sentence, a paragraph, an outline
heading, the greeting, the closing, the signature block, the speaker, a table cell, the body of a
hard-wrapped page, an isolated line inside the body (see :func:`content_guards` for the exact shapes).
The title is a soft guard (:data:`SOFT_GUARDS`) when it has the shape of a site's page title and no
document head follows it: the model judges it with the guard as a feature (a site's page title over
content that starts mid-document goes on strong evidence). A page without a body sentence is left to the rules.
A judged line goes when its chrome probability reaches the model's threshold, chosen by
leave-one-writer-out validation (``scripts/train_chrome.py``) so that the model breaks at most
0.5 % of the content paragraphs of every held-out writer; its reason is ``model: p=0.97``.

Features of a line (all computed from the line and its neighbours, linear in the page length):
its shape (length, shares of CJK / digits / latin / punctuation, stop-word share, sentence end,
comma, open end, separators, brackets, dates, times, counts, label colon, leading marks, heading
and numbered-item shape, inner spaces, URLs), whether the rules call it good or a keeper, the same
shape of the lines at -2, -1, +1, +2 with their rule judgement (chrome or not, and the reason's
family), its place in the page (share of the page, before / inside / after the body span and the
distance to it, before the first / after the last good line), the run of short lines it sits in and
the share of short lines around it, the rule chrome around it, whether it repeats on the page, its
likeness to the document's title (:func:`title_line`), the page's structure (a table of contents: entries
ending in a leader and page number, :func:`_toc_lines`, and whether an entry comes again later; above
the title, between the title and the body, right before the body; between two body sentences; player
or picture residue by shape: a cluster of one- to four-character buttons, a time code, a line led by a
pictographic mark), repetition (:class:`_Repeats`: the other copies of the line's form, digit runs aside;
a copy the rules removed, one at a page break or inside the body: a running head; how much of the title
the line holds: a title with a site suffix or prefix or a file name; a contents entry whose heading comes
again, a run of them, an outline heading with one of its own level next to it), and hashed character 1-2-grams of the line
(and, at half weight, of its two neighbours) into :data:`N_HASH` slots (CRC-32, the same in every
process). Nothing is loaded at import; ``clean()`` reads the shipped model on first use and keeps
it for the process (:func:`shipped_chrome_model`).
"""

from __future__ import annotations

import functools
import math
import re
import warnings
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from textlab import chrome as _chrome
from textlab.persistence import ArraySpec, ModelFormatError, npz_bytes, open_model, write_model

__all__ = ["FORMAT", "FORMAT_VERSION", "N_HASH", "SHAPE_NAMES", "REASON_FAMILIES", "N_DENSE", "N_FEATURES",
           "ChromeModel", "PageFeatures", "page_features", "model_reasons", "load_chrome_model",
           "shipped_chrome_model_path", "shipped_chrome_model", "MODEL_REASON", "PAGE_TITLE_NOTE", "SOFT_GUARDS"]

FORMAT = "textlab-chrome-model"
FORMAT_VERSION = 1
FEATURE_VERSION = 5
# a model of feature version 4 (the place features up to "decorated_title") still loads: the place features
# added since (:data:`_REPEAT_NAMES`) get weight 0, so it judges as it did
_PADDED_VERSIONS = (4,)
N_HASH = 2 ** 14
MODEL_REASON = "model"  # the reason clean(report=True) gives for a line the model removed
PAGE_TITLE_NOTE = "page title"  # "model: p=0.99 (page title)": a title over mid-document content, kept in meta
DATA_FILES = ("arrays.npz",)
MAX_WEIGHT = 1e4  # no weight or intercept of a fitted chrome model comes near this

_SEPARATORS = re.compile(r"[|｜>›»/·•丨▶►→]")
_BRACKETS = re.compile(r"[【】\[\]［］《》〈〉「」（）()]")
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}月\d{1,2}日")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}")
# (?<!\d): a match starts only at the head of a digit run, so that search() is linear on a long run (the same lines match)
_COUNT = re.compile(r"(?<!\d)\d+\s*(?:次|人|条|页|个|万|阅读|浏览|下载|赞|评论|分享)|(?:阅读|浏览|点击|下载|评论|点赞)\D{0,3}\d+")
_LEAD_MARK = re.compile(r"[\d·•▪◆◇■□▲△►▶>»★☆\-–—*○●◎※→|｜①②③④⑤⑥⑦⑧⑨⑩]")
_URL = re.compile(r"https?:|www\.|\.com|\.cn|@|©|ICP", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9０-９]")
_CJK = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDY = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9０-９]")
_SENT_END = "。！？；…!?;"
_CLOSERS = "”’」』）)》]】〕"

SHAPE_NAMES = ("log_len", "len_le4", "len_le10", "len_le20", "len_ge40", "cjk", "digit", "latin", "punct",
               "sentence_end", "inner_punct", "separator", "bracket", "date", "time", "count", "label_colon",
               "lead_mark", "inner_space", "url", "good", "keeper", "stop_words", "comma", "heading_shape",
               "numbered_item", "open_end", "toc_tail", "button_cluster", "timecode", "symbol_lead", "colon_end")
REASON_FAMILIES = ("navigation", "breadcrumb", "toolbar", "metadata", "share", "qr", "ad", "paywall", "related",
                   "footer", "notice", "pagination", "markup", "page_title", "list", "other")
_N_SHAPE = len(SHAPE_NAMES)
_OFFSETS = (-2, -1, 1, 2)
_N_NEIGHBOUR = _N_SHAPE + 2 + len(REASON_FAMILIES)  # shape, exists, rule chrome, reason family
_PLACE_NAMES = ("share_of_page", "before_body", "after_body", "dist_first_good", "dist_last_good", "log_lines",
                "short_run", "chrome_near", "title_sim", "title_same", "bias", "in_span", "before_span",
                "after_span", "dist_span", "repeated", "short_share_near", "toc_run", "toc_echo", "above_title",
                "title_to_body", "right_before_body", "between_sentences", "residue", "soft_title",
                "title_then_head", "title_then_prose", "decorated_title")
# repetition and place (feature version 5): how often the line's key comes again on the page, whether the
# rules removed another copy of it or one stands at a page break (next to a page number) or between body
# lines (a running head), how much of the title it holds (a title with a site suffix / prefix or a file
# name), whether a contents entry's heading comes again later as a guarded heading, how many
# entries around it do so, and whether an outline heading has a heading of its own level right next to
# it (一、… / 二、… with no text between: a table of contents, also when the page holds only an excerpt)
_REPEAT_NAMES = ("repeat_count", "repeat_ruled", "repeat_page_break", "repeat_in_body", "title_cover",
                 "title_holds", "toc_echo_heading", "toc_echo_run", "outline_sibling")
_V4_PLACE = len(_PLACE_NAMES)
_PLACE_NAMES = _PLACE_NAMES + _REPEAT_NAMES
# guards the model may cross with strong evidence: the line is judged, with the guard as a feature
# (a site's page title kept on a page whose content starts mid-document)
SOFT_GUARDS = ("title",)
# a site suffix (…|材料圈, … - 铜陵市人民政府, …——搜狐号, …_XX网), a cut title (2024年烟台市政...) or a
# title in lenticular brackets: the page's title as a site shows it, not the document's
_SITE_SUFFIX = re.compile(r".{6,}?(?:[|｜_]|[ \t\u3000]+[-－—–]{1,2}[ \t\u3000]*|——)[^|｜_\-－—–，。；：:]{2,14}")


def _cut_title(key: str) -> bool:
    """A title cut short by the page: at least four characters, then ``..``+, ``…``+ or ``。。。`` at
    the end (read from the end, so a long run of dots costs one pass: the pattern
    ``.{4,}?(?:\\.{2,}|…+|。{3})`` with fullmatch was quadratic on such a run)."""
    if key.endswith("。。。") and len(key) >= 7:
        return True
    if key.endswith("…") and len(key) >= 5:
        return True
    return key.endswith("..") and len(key) >= 6

_HEAD_LINE = re.compile(r"[—－\-–]{1,2}.{2,60}|.{0,30}(?:〔|\[|［|【)\d{4}(?:〕|\]|］|】)\d{1,4}号|"
                        r"(?:\d{4}|[〇零一二三四五六七八九○]{4})年[\d〇零一二三四五六七八九十○]{1,3}月[\d〇零一二三四五六七八九十○]{1,3}日.{0,30}"
                        r"|.{2,40}[：:]")
N_DENSE = _N_SHAPE + len(_OFFSETS) * _N_NEIGHBOUR + len(_PLACE_NAMES)
N_FEATURES = N_DENSE + N_HASH
_SHORT = 20
_STOP = set("的了和是在与及对为把被将就都也而并要我们你他这那有以于之其等")
_OPEN_END = "，、；：,;:“‘（(《〈—-"


# a contents line: an entry and its page number after a leader (…… / ..... / ··· / —— / --) or after spaces
_TOC_LEADER = re.compile(r"(?:[.．·…]{2,}|…|[—－\-]{2,}|——)\d{1,3}$")
_LEADER_MARKS = ".．·…—－-"  # the marks a leader is made of


def _toc_entry(key: str) -> str:
    """``key`` without a trailing page number (one to three digits) and the leader before it: the
    contents entry, to find it again in the body (``一、总体要求……3`` -> ``一、总体要求``).

    A scan from the end, linear in the length (the regular expression ``(?:[.．·…—－-]+)?\\d{1,3}$``
    applied with ``re.sub`` is quadratic on a long run of leader marks)."""
    end = len(key)
    digits = 0
    while digits < end and key[end - 1 - digits].isdecimal():
        digits += 1
    if digits == 0:
        return key
    start = end - min(digits, 3)
    if digits <= 3:
        while start > 0 and key[start - 1] in _LEADER_MARKS:
            start -= 1
    return key[:start]
_TOC_SPACED = re.compile(r"[^\d\s][ \t\u3000]+\d{1,3}$")
# a time code of a player (00:00 / 13:43, 时长 02:23, 20'01")
_TIMECODE = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*/\s*\d{1,2}[:：]\d{2}|\d{1,2}[:：]\d{2}[:：]\d{2}|\d{1,3}['′]\d{2}[\"″]"
                       r"|^\D{0,4}\d{1,2}[:：]\d{2}$")
# a pictographic mark leading a line (▲ / ▶ / ▌ / 🔊 / 👇 / ↑), not a mask (× / ○) or a list bullet (■ / ◆ / ●)
_SYMBOL_LEAD = re.compile("[\u25b2\u25b3\u25b6\u25b7\u25ba\u258c\u258d\u258e\u2191\u2193\u2192\u2190\u27a4\u2b50"
                          "\U0001f300-\U0001faff]")


def _toc_tail(key: str, raw: str) -> bool:
    """The line ends like a contents entry: a leader and a page number, or spaces and a page number."""
    if _TOC_LEADER.search(key[-8:]) is None and _TOC_SPACED.search(raw.strip()[-8:]) is None:
        return False
    return len(key) >= 4 and _CJK.search(key) is not None and not _chrome._is_sentence(key)


def _button_cluster(raw: str) -> bool:
    """Two to four words of two to four characters with spaces between and nothing else (清晰度 超清 高清 标清 /
    倍速 全屏): buttons; spaced names (出席 张 三, 王建华 李明 张伟 刘洋 陈静) are not."""
    parts = raw.split()
    return 2 <= len(parts) <= 4 and all(2 <= len(t) <= 4 for t in parts) \
        and not any(c in raw for c in "。，；！？：:×＊*○□") and not _POST_WORD.search(parts[0])  # not 市长 王建华


def _residue(key: str, raw: str) -> bool:
    """Player or picture residue by shape: a button cluster, a time code, or a short line led by a
    symbol (▲ / ▶ / 🔊) without sentence punctuation."""
    return (_button_cluster(raw) or bool(_TIMECODE.search(key))
            or (len(key) <= 30 and bool(_SYMBOL_LEAD.match(key)) and not _chrome._is_sentence(key)))


def _shape(key: str, raw: str, good: bool, keeper: bool) -> list[float]:
    n = len(key)
    wordy = len(_WORDY.findall(key))
    cjk = len(_CJK.findall(key))
    digits = len(_DIGIT.findall(key))
    latin = len(_LATIN.findall(key))
    d = max(n, 1)
    stripped = raw.strip()
    return [
        math.log1p(n) / 5.0, float(n <= 4), float(n <= 10), float(n <= 20), float(n >= 40),
        cjk / d, digits / d, latin / d, (n - wordy) / d,
        float(key.rstrip(_CLOSERS)[-1:] in _SENT_END and n > 0),
        float(any(c in key[:-1] for c in "，。；")),
        float(bool(_SEPARATORS.search(raw))), float(bool(_BRACKETS.search(key))),
        float(bool(_DATE.search(key))), float(bool(_TIME.search(key))), float(bool(_COUNT.search(key))),
        float("：" in key[:12]), float(bool(_LEAD_MARK.match(key))),
        float(bool(_INNER_SPACE.search(stripped))), float(bool(_URL.search(key))),
        float(good), float(keeper),
        sum(c in _STOP for c in key) / d, float("，" in key), float(bool(_chrome._HEADING.match(key))),
        float(bool(_chrome._NUMBERED_ITEM.fullmatch(key))), float(key[-1:] in _OPEN_END),
        float(_toc_tail(key, raw)), float(_button_cluster(raw)), float(bool(_TIMECODE.search(key))),
        float(bool(_SYMBOL_LEAD.match(key))), float(key[-1:] in "：:"),
    ]


def _family(reason: str) -> int:
    head = reason.split(":", 1)[0]
    for k, name in enumerate(REASON_FAMILIES[:-1]):
        if head.startswith(name) or (name == "list" and head.endswith("list")):
            return k
    return len(REASON_FAMILIES) - 1


def _grams(key: str) -> list[int]:
    out = [zlib.crc32(c.encode("utf-8")) % N_HASH for c in key]
    out += [zlib.crc32(key[i:i + 2].encode("utf-8")) % N_HASH for i in range(len(key) - 1)]
    return out


def _bigrams(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)} or ({key} if key else set())


_BARE_NUMBER = re.compile(r"[\d.,．%％]{1,12}")
_TITLE_PIECE = re.compile(r".{0,20}关于|.{0,12}国务院令|.{2,30}(?:通知|决定|意见|办法|规定|条例|报告|纪要)$")
# an outline heading of the document: 一、… / （一）… / 第三章 … / 第十条 …
_OUTLINE = re.compile(r"[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]"
                      r"|第[一二三四五六七八九十百零〇\d]{1,4}[章节部分条编篇]")
_TOC_TAIL = re.compile(r"(?<![.．·…\-—_\s])[.．·…\-—_\s]*\d{1,4}$")  # starts only at the head of a run: linear on a line of dots
# the closing of a speech, report or notice
_CLOSING = re.compile(r"(?:我的|以上|我就)?(?:汇报|报告|发言|讲话)(?:就到这里|完毕)(?:[，,。！!]?(?:谢谢|感谢)(?:大家|各位)?)?[。！!]?|(?:谢谢|感谢)(?:大家|各位|您|你们)?[^，。]{0,8}[！!。]?|.{0,24}请(?:予|各位代表)?(?:审议|审阅|批示|指正|参阅)"
                      r"[^，]{0,10}[。！]?|此致|敬礼[！!。]?|特此(?:通知|通告|公告|报告|函告|批复|函复|说明)[。！]?")
_LEADER = re.compile(r"[\u4e00-\u9fff]{0,10}(?:总理|副总理|国务委员|主席|委员长|部长|主任|省长|市长|县长|区长|州长|书记)"
                     r"[\s\u3000]*[\u4e00-\u9fff·]{2,10}")
_DATED_SUBTITLE = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九○]{4})年.{1,6}日(?:在|于)")
_MEMBER = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}[ \u3000\t]+\S{3,60}")  # 韦志榕 编审、…; 李 捷 研究员、…
_MEMBER_KEY = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:研究员|院士|教授|编审|编辑|总编|主任|书记|主席|专家|顾问)、[^。！？；]{2,40}")
# 李捷研究员、求是杂志社原社长: a member line once normalize_whitespace took the space out of 李 捷 研究员 (what a
# second clean, and the fixpoint's later looks, see)
_POST_WORD = re.compile(r"长|员|主任|书记|编辑|总编|编审|教授|院士|主席|经理|司令|政委|干部|代表|专家|顾问|局|厅|部|委|院|会")
_SIGNATURE_ZONE = 6  # lines after the last body sentence that may be the signature block
GUARDS = ("sentence", "cut_sentence", "heading", "greeting", "closing", "signature", "speaker", "title",
          "table_cell", "wrapped", "body_line", "no_word", "note", "keep_word")
_INNER_SPACE = re.compile(r"\S[ \t\u3000]+\S")
_PIECE_MARKS = re.compile(r"[：:|｜_【】\[\]]")
_DECORATION = re.compile(r"[【】\[\]|｜_\-—:：《》<>]")
_TOP_PIECE_MARKS = re.compile(r"[：:|｜_【】\[\]<>/]")
_NAME_MARKS = re.compile(r"[：:|｜/>\d]")
_SPEAKER_MARKS = re.compile(r"[：:|｜/>]")  # label, separator or breadcrumb marks: not a speaker or issuer line
_SECTION_WORD = re.compile(r"(?:结束语|结语|前言|序言|引言|后记|导语|附录|附表|附件|目录|说明|注释|注)[：:]?")
_MEMBER_LABEL = re.compile(r"(?:副?组长|副?主任|副?主席|成员|委员|召集人|联络员|秘书长)[：:](?:[\u4e00-\u9fff·]{2,4}|$)")
_OUTLINE_NUMBER = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]?|第[一二三四五六七八九十百\d]{1,4}[章节部分条编篇]")
_ATTACH_HEAD = re.compile(r"附件\s*\d{0,2}[：:]?")
_TEAM = re.compile(r".{2,24}(?:调研组|课题组|工作组|小组|专班|调查组|写作组|督导组)")
_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[）)]")
_NOTE_HEAD = re.compile(r".{0,10}(?:注释|注|说明|备注)[：:]")
_NOTE_MARK = re.compile(r"[@＠*＊]?[①②③④⑤⑥⑦⑧⑨⑩]|[［\[]\d{1,2}[］\]]|注\d")
_ATTACHMENT = re.compile(r"附件\s*\d{0,2}\s*[：:]|附件\s*\d{1,2}$")


_STRAY_QUOTES = "'\"`"  # ASCII quotes a wiki copy leaves after a sentence (——改革开放进一步深化。'): still a sentence end
_LIST_RUN = 3  # lines without sentence punctuation in a row from which a run inside the body may be a list of links
_GAP = 3  # non-sentence lines that may stand between two body sentences of one body (headings, a list)


# a lead before the body opened by a short bracketed or marked label: 【编者按】… / [摘要] … / ▌导读 …
# (not a plain label: 记者：请问…？ of a press conference stays)
_LABELLED_LEAD = re.compile(r"\s*(?:[【\[［〔][^】\]］〕]{1,4}[】\]］〕]|[^\w\s]{1,2}\s*[\u4e00-\u9fff]{2,3}[\s\u3000：:])")
_TOC_NEAR = 3  # contents entries within this many lines of each other form a table of contents


def _toc_lines(keys: Sequence[str], raws: Sequence[str], lo: int) -> list[bool]:
    """The lines of a table of contents before the body (index ``lo``): entries ending in a leader
    and page number (``一、2023年工作回顾……2``, ``二、… 9``), two or more within :data:`_TOC_NEAR`
    lines, and the short head line (``目录``, 8 characters at most) right above the first of them."""
    n = len(keys)
    tail = [i < lo and _toc_tail(keys[i], raws[i]) for i in range(n)]
    prefix = [0]
    for t in tail:
        prefix.append(prefix[-1] + t)
    out = [tail[i] and prefix[min(n, i + _TOC_NEAR + 1)] - prefix[max(0, i - _TOC_NEAR)] >= 2 for i in range(n)]
    for i in range(n - 1):
        if out[i + 1] and not out[i] and 2 <= len(keys[i]) <= 8 and not _chrome._is_sentence(keys[i]) \
                and not _OUTLINE.match(keys[i]):
            out[i] = True
    for i in range(min(n, lo)):  # a contents head (目录, 本文目录, 展开目录) and the outline headings right under it
        if "目录" in keys[i] and len(keys[i]) <= 12 and not _chrome._is_sentence(keys[i]):
            out[i] = True
            j = i + 1
            while j < lo and len(keys[j]) <= 60 and (_OUTLINE.match(keys[j]) or tail[j]) \
                    and not _chrome._is_sentence(keys[j]):
                out[j] = True
                j += 1
    return out


def _strong_lines(keys: Sequence[str], reasons: Sequence[str] | None = None) -> list[int]:
    return [i for i, k in enumerate(keys) if len(k) >= 20 and _chrome._is_sentence(k) and _chrome._cjk(k) >= 12
            and not (reasons and reasons[i])]


def body_span(keys: Sequence[str], reasons: Sequence[str] | None = None, *,
              strong: list[int] | None = None) -> tuple[int, int] | None:
    """The first and last line of the page's body: body sentences (a line of 12+ CJK characters, 20+
    characters, ending in sentence punctuation, not removed by the rules when ``reasons`` are given)
    chained while at most :data:`_GAP` other lines stand between two of them; the body is the chain
    with the most characters (a related-article list or a comment area after it, or a sidebar before
    it, is another chain). None for a page without a body sentence. ``strong``: the body sentences
    when the caller has them (:func:`_strong_lines`)."""
    strong = _strong_lines(keys, reasons) if strong is None else strong
    if not strong:
        return None
    chains, start, size = [], strong[0], len(keys[strong[0]])
    for a, b in zip(strong, strong[1:]):
        if b - a - 1 > _GAP:
            chains.append((size, start, a))
            start, size = b, 0
        size += len(keys[b])
    chains.append((size, start, strong[-1]))
    best = max(chains, key=lambda c: c[0])
    return best[1], best[2]


_TITLE_SKIP = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九○]{4})年.{1,6}日.*|[—\-－]{1,2}.{2,60}|[（(].{2,80}[）)]|.{0,20}[：:]|.{0,6}[：:|｜].*|.*[，,].*|[【\[［].*")
# a news or experience headline led by its place or body (某镇：党建引领…, ××市纪委监委：深化…): a title, not a label
_BODY_END = r"党委|党工委|党组|纪委|监委|委|局|厅|部|院|校"  # the end of a party or government body's name
_PLACE_HEADLINE = re.compile(rf"[^：:|｜，,。]{{1,10}}(?:省|市|州|盟|县|区|旗|镇|乡|村|街道|社区|{_BODY_END})"
                             r"[：:][^：:|｜，,。；！？]{8,50}")
# an addressee over the body of a report (街道党工委： / ××区委组织部：)
_ADDRESSEE = re.compile(rf"[^：:|｜，,。\d]{{2,16}}(?:支部|委员会|政府|中心|{_BODY_END})[：:]|各[^：:|｜，,。\d]{{2,16}}[：:]")
_NAME_DATE = re.compile(r"[\u4e00-\u9fff×＊*○·]{1,8}[（(](?:\d{4}|[〇零一二三四五六七八九○]{4})年.{1,8}[）)]")
_REPORTER = re.compile(r"[\u4e00-\u9fff]{1,3}人[：:][\u4e00-\u9fff×＊*○·]{1,8}")  # 述职人：× / 汇报人：王某 under the body
_SPEECH_SUBTITLE = re.compile(r"[—\-－]{1,2}.{0,20}(?:在|于).{2,50}")  # ——在…上的讲话 / 发言 / 汇报
# the document's own distribution block (版记) after the body: 抄送：… / ××办公室 2019年2月6日印发
_DISTRIBUTION = re.compile(r"(?:抄送|抄报|主送)[：:].{2,200}|.{0,30}(?:\d{4}|[〇零一二三四五六七八九○]{4})年.{1,6}日印发")


# not a title: a numeric date (2020-02-27), a hashtag or handle, a link, a file name, a count (155个 / 48人阅读)
_TITLE_NOISE = re.compile(r"\d{4}\s*[-/.]\s*\d{1,2}|[#＃@＠]|https?:|www\.|\.(?:docx?|pdf|wps|pptx?|txt)"
                          r"|\d+\s*(?:个|人阅读|人评价|次|页|条)(?:$|[^\u4e00-\u9fff])")
# --- shapes content never has (no content guard holds them; the judge decides) ---
# code of a page: CSS rules, script calls, HTML markup and entities
_CODE = re.compile(r"[{}]\s*$|^\s*[.#@]?[A-Za-z_][\w\-. #>:]*\s*\{|\$\(|function\s*\(|=>|</?[A-Za-z][^>]{0,40}>|&[a-z]{2,6};"
                   r"|\b(?:var|let|const|document|window)\b[. ]|;\s*\}|\b\d+px\b")
# a count of a page or post: 查看：28465 / 回复：567 / 阅读45.6w·点赞504 / 1057人赞同了该回答 / 47871粉丝 / 学习积分31373
_COUNTER = re.compile(r"(?:阅读|浏览|查看|回复|点赞|评论|收藏|转发|分享|点击|访问|播放|下载|获赞|粉丝|关注|积分|热度|人气|转藏)"
                      r"(?:量|数|次数|贴)?\s*[：:]?\s*\d[\d.,]*\s*[wW万千kK]?"
                      r"|\d[\d.,]*\s*[wW万千kK]?\s*(?:人|次|条)?(?:阅读|浏览|查看|回复|点赞|评论|评|收藏|转发|分享|点击|播放|下载|获赞|粉丝|赞同|转藏|人气)"
                      r"|^#?\d{1,4}[楼#]$|楼主|IP属地|发表于|上一页|下一页|尾页|共\s*\d+\s*页|当前第\s*\d+\s*页|^<[\d…]+>$")
# a media or player label: 图1 / 视频时长 02:23 / 音频 / AI朗读 / 语音播报 / 阅读时长约12分钟
_MEDIA_LABEL = re.compile(r"[（(]?图\s*[\d①②③④⑤⑥⑦⑧⑨⑩]{1,2}[）)]?|[（(]图[：:].{1,12}[）)]|.*\.(?:jpe?g|png|gif|webp)"
                          r"|.{0,8}(?:配图|图片)(?:已失效|与本文无关|来源|来自|加载).{0,10}"
                          r"|.{0,6}(?:视频|音频)(?:时长|加载|播放)?[：:]?.{0,12}|.{0,4}(?:AI|ai)?(?:朗读|语音播报|听全文|收听).{0,6}"
                          r"|.{0,4}阅读(?:本文)?(?:时长|约需|需要).{0,10}")
# the boilerplate sentences of platforms: a disclaimer, a copyright or reprint note, a download or
# preview prompt, a registration or follow prompt (words that name the site, the post or its reader)
_PLATFORM_SENTENCE = re.compile(
    r".*(?:(?:本站|本网|本平台|本公众号|本号|本文|原文|文章)[^。！？]{0,24}(?:侵权|删除|版权|转载|原创|授权|仅代表|不代表|观点)"
    r"|如有侵权|侵删|联系删除|请联系我们|转载请注明|未经(?:本站|本网|许可|授权)|免责声明|版权声明"
    r"|下载后可|一经售出|概不退款|预览\d*页|只能预览|(?:免费|立即|(?<![申提])请先?)(?:注册|登录)|注册(?:登录|账号|会员)|登录后"
    r"|扫码|扫一扫|关注我们|关注公众号|分享到(?:朋友圈|微信|微博)|点击上方|点击下方|长按(?:识别|二维码)|阅读原文|点个?[赞在]看"
    r"|原创保护|仅供(?:学习)?(?:参考|交流)|请勿用于商业|仅代表作者|不代表[^。]{0,10}立场|信息存储空间|版权归|版权说明|温馨提示"
    r"|违法违规内容|第三方商业|关注我|星标|获取更多|不错过|第一时间获取|免费领|点击了解|不感兴趣|^广告|广告$|推广$).*"
    r"|.{6,60}\d{4}[-.]\d{2}[-.]\d{2}")  # a headline with its date: a related-article list


def _rare_share(key: str) -> float:
    """The share of the CJK characters of ``key`` that no Chinese report uses (``resources/char_freq.txt``):
    near 1 for mojibake (鍙嫔湀淇℃湅, 𫔄嗕韩)."""
    from textlab.encoding import _char_frequencies

    freq = _char_frequencies()[0]
    cjk = [c for c in key[:200] if _CJK.match(c) or ord(c) >= 0x20000]  # (the head of a long line tells)
    return sum(c not in freq for c in cjk) / len(cjk) if len(cjk) >= 4 else 0.0


def _noise_shape(key: str, raw: str) -> bool:
    """Code (CSS / JS / HTML), mojibake, a line of pictographs or marks with a word or two at most
    (👍👍👍, 🔍), a count of a post (查看：N | 回复：N) or a media label (图1, 视频时长…): never content."""
    if len(key) < 2:
        return False
    if _CODE.search(raw) and len(_CJK.findall(key)) < len(key) / 4:
        return True
    if _rare_share(key) >= 0.5 or "\ufffd" in key or "锟斤拷" in key:
        return True
    if _SYMBOL_LEAD.search(key) and len(_WORDY.findall(key)) <= 2:
        return True
    if len(key) <= 40 and not _chrome._is_sentence(key):
        if _COUNTER.search(key) and len(_CJK.findall(_COUNTER.sub("", key))) <= 8:
            return True
        if _MEDIA_LABEL.fullmatch(key):
            return True
    return False


def _no_content_shape(key: str, raw: str) -> bool:
    """A shape content never has: :func:`_noise_shape` or a platform's boilerplate sentence (a
    disclaimer, a reprint note, a download, registration or follow prompt: :data:`_PLATFORM_SENTENCE`)."""
    return _noise_shape(key, raw) or (0 < len(key) <= 120 and bool(_PLATFORM_SENTENCE.fullmatch(key)))


# not the title: a nav bar or toolbar (pictographs, 3+ short spaced words, a leading list mark), a site or
# channel name (…门户网站, …客户端, …新闻网), a count or a column label without title evidence
_TOOL_MARKS = re.compile("[\u2190-\u21ff\u2295-\u2299\u2300-\u23ff\u25b8\u25b9\u25be\u25bf\u2b07\u2913\u22ee\u22ef\u2630"
                         "\U0001f300-\U0001faff]")
_LIST_LEAD = re.compile(r"[+\-*•·▸▹►▶◆◇■□●○◎※→|｜>»]")
_SITE_NAME = re.compile(r".{2,20}(?:门户网站|官方网站|官网|网站|信息公开平台|平台|客户端|公众号|官方微博|新闻网|在线|频道|论坛|社区|图书馆|号)"
                        r"|.*[A-Za-z]{2,}\.(?:COM|CN|com|cn|NET|net).*")


_NAV_WORD = re.compile(r"首页|登录|注册|下载|打印|关闭|分享|收藏|更多|搜索|返回|订阅|无障碍|繁体|English|EN")


_NAV_BAR_SEP = re.compile(r"[|｜丨]")
_RELATIVE_TIME = re.compile(r"\d{1,3}\s*(?:秒|分钟|小时|天|周|个月)前")  # 19小时前: a post's age


def _not_title(key: str, raw: str) -> bool:
    """A line that has the place of a title but not its shape (see :data:`_TOOL_MARKS`, :data:`_SITE_NAME`):
    also a menu joined by three separators (``首页丨新闻中心丨…``; spaced short items may be names), a toolbar of
    two or more button words run together (``朗读收藏打印保存本页复制链接``), a post's age (``19小时前``), a
    star rating (``☆☆☆☆☆``) or a link arrow at its end (``查看TA的文章>``)."""
    parts = raw.split()
    return bool(_TOOL_MARKS.search(key) or _LIST_LEAD.match(key)
                or len(_NAV_BAR_SEP.findall(key)) >= 3
                or len(set(_NAV_WORD.findall(key))) >= 2 or bool(_RELATIVE_TIME.search(key))
                or "☆" in key or "★" in key or key[-1:] in ">›»"
                or (_SITE_NAME.fullmatch(key) and not _decorated(key, raw))  # (…政府工作报告 - 北京日报客户端: a page title)
                or (len(parts) >= 3 and sum(len(t) >= 2 for t in parts) >= 2 and all(len(t) <= 6 for t in parts)
                    and bool(_NAV_WORD.search(key)))  # (王建华  李明  张伟: names, not a nav bar)
                or _no_content_shape(key, raw))


_TITLE_MIN_PLAIN = 8  # a title-shaped line shorter than this is the title only with title evidence


_TITLE_CANDIDATES = 12  # the last title-shaped lines before the body that may be the title


def title_line(keys: Sequence[str], reasons: Sequence[str] | None = None, *,
               strong: list[int] | None = None, raws: Sequence[str] | None = None) -> int | None:
    """The index of the document's own title, among the title-shaped lines before the body span (or
    of the whole page when it has none; 4 to 60 characters, 4+ CJK, no sentence end or comma, not a
    subtitle ``——…`` / ``（…）`` / ``2025年1月13日在…``, not a label ``…：`` or bracketed button (a headline led by
    its place or body, ``某镇：党建引领…``, is a title), not a byline, date or
    document number or outline heading, kept by the rules when ``reasons`` are given): the one with the best evidence
    (a near repeat elsewhere on the page scores 2, title words such as 报告 / 通知 / 讲话 score 1), the
    last of equals. A page title or heading that repeats it is chrome the model may judge; this line never is.

    Never the title (:func:`_not_title`): a nav bar or toolbar (pictographs ⬇🖨🔍, three or more short
    spaced words, a leading list mark ▸ / • / +), a site or channel name (…门户网站, …客户端, …公众号;
    not a site's page title ``…报告 - 北京日报客户端``, which stays a soft title), a count or any other
    shape content never has; and a line shorter than :data:`_TITLE_MIN_PLAIN` characters with no title
    evidence (no repeat on the page, no subtitle under it, no title word, not right over a body
    sentence: 清风某某, 主题分类). A page
    without such a line has no title (None): no line gets the hard title guard. The one plain article
    title over a mid-document run (``2025年上海市政府工作报告``) stays the title."""
    strong = _strong_lines(keys, reasons) if strong is None else strong
    end = strong[0] if strong else len(keys)
    cands = [i for i in range(end) if not (reasons and reasons[i]) and 4 <= len(keys[i]) <= 60
             and _chrome._cjk(keys[i]) >= 4 and not _chrome._is_sentence(keys[i])
             and (not _TITLE_SKIP.fullmatch(keys[i]) or _PLACE_HEADLINE.fullmatch(keys[i]))
             and not _chrome._BYLINE.fullmatch(keys[i])
             and not _OUTLINE.match(keys[i])
             and not _chrome.CN_DATE.fullmatch(keys[i]) and not _chrome._DOC_NUMBER.fullmatch(keys[i])
             and not _chrome._GREETING.fullmatch(keys[i])
             and not _TITLE_NOISE.search(keys[i])
             and not (raws is not None and (_residue(keys[i], raws[i]) or _toc_tail(keys[i], raws[i])
                                            or _not_title(keys[i], raws[i])))]
    heads = _running_heads(keys, reasons, end)

    def head_next(i: int) -> bool:  # the next line the rules keep opens a document head (省长 李炳军, 各位代表：)
        j = i + 1
        while j < len(keys) and ((reasons and reasons[j]) or len(keys[j]) <= 1):
            j += 1
        return j < len(keys) and bool(_HEAD_LINE.fullmatch(keys[j]) or _chrome._BYLINE.fullmatch(keys[j])
                                      or _chrome._GREETING.fullmatch(keys[j]) or _LEADER.fullmatch(keys[j]))

    # a running head over the body (no document head under it, or short without a title word: 苏州文件) is
    # not the title, unless it ends like a document's title (…政府工作报告 over its own text stays the title,
    # though some writers call its first copy on a PDF page chrome); the other candidates of such a page need
    # title evidence (not a cut line of the body)
    run_head = [i for i in cands if keys[i] in heads and not _TITLE_END.match(keys[i]) and (not head_next(i) or (
        len(keys[i]) < _TITLE_MIN_PLAIN and not _chrome._TITLE_WORDS.search(keys[i])))]
    cands = [i for i in cands if i not in run_head][-_TITLE_CANDIDATES:]
    if not cands:
        return None
    others = [(j, _bigrams(keys[j])) for j in range(len(keys)) if 4 <= len(keys[j]) <= 80]

    def score(i: int) -> int:
        mine = _bigrams(keys[i])
        rep = any(j != i and len(mine & g) >= 0.6 * min(len(mine), len(g)) for j, g in others)
        # a subtitle right under it (——在…上的讲话 / 2025年1月13日在…) marks the title
        sub = i + 1 < len(keys) and bool(_SPEECH_SUBTITLE.fullmatch(keys[i + 1]) or _DATED_SUBTITLE.match(keys[i + 1]))
        return 2 * rep + 2 * sub + bool(_chrome._TITLE_WORDS.search(keys[i]))

    scores = {i: score(i) for i in cands}
    # a short line without title evidence (a site name 党建之窗, a column label 主题分类) is not the title:
    # on a page without a real title no line gets the title guard
    body = set(strong)  # (a short line right over the body keeps its place: 出席 张三 李四 / 各位代表…)
    if run_head:  # (a title word inside a cut line of the body, 建设青海、, is no evidence: a repeat, a subtitle or a title's end is)
        cands = [i for i in cands if scores[i] >= 2 or _TITLE_END.match(keys[i])]
    cands = [i for i in cands if scores[i] > 0 or len(keys[i]) >= _TITLE_MIN_PLAIN or i + 1 in body]
    if not cands:
        return None
    return max(reversed(cands), key=scores.__getitem__)


def _running_heads(keys: Sequence[str], reasons: Sequence[str] | None, start: int) -> set[str]:
    """The keys (40 characters at most) that recur after line ``start`` (the first body sentence) as a
    running head or foot of a PDF or Word copy: twice or more there, or once right next to a page number
    the rules removed (``— 1 —`` / ``宝鸡市人民政府办公室``). Such a line over the body is that head
    again (the copy's first page), not the document's title: the model judges it."""
    n, seen, heads = len(keys), set(), set()
    for j in range(start + 1, n):
        k = keys[j]
        if not k or len(k) > 40:
            continue
        if k in seen or (reasons and any(0 <= t < n and reasons[t].startswith("pagination") for t in (j - 1, j + 1))):
            heads.add(k)
        seen.add(k)
    return heads


_ASIDE_LINE = re.compile(r"[（(].*[）)]")
_CLAUSE_MARK = re.compile("[，、；]")  # a piece of a sentence: the wrap of a templated list repeats it, a running head has none


def _recurring_furniture(key: str, forms: dict[str, int]) -> bool:
    """A short line (5 to 40 characters, or 2+ with a digit) that is no sentence, label or bracketed aside
    and whose form (digit runs as ``#``) comes twice or more on the page: a running head or foot, a print
    header or a watermark of a copy (``2025年青海省政府工作报告 2025年``, ``第3页 共12页``), not a table cell
    (``定量``: 4 characters at most, no digit) nor a repeated note (``（国家发展改革委负责）``), nor a piece of
    a sentence with a comma, 、 or ； in it (the wrapped lines of paragraphs written from one template)."""
    if not (5 <= len(key) <= 40 or (2 <= len(key) <= 40 and _DIGIT.search(key))):
        return False
    if _chrome._is_sentence(key) or key[-1:] in _OPEN_END or _ASIDE_LINE.fullmatch(key) or _CLAUSE_MARK.search(key):
        return False
    return forms.get(_DIGIT_RUN.sub("#", key), 0) >= 2


_TITLE_END = re.compile(r".*(?:通知|决定|意见|办法|规定|条例|报告|纪要|方案|规划|纲要|讲话|决议|公告|通告|批复|函|细则|要点)$")


_SHORT_PIECE = re.compile(r"关于|[的和与及、]$")  # a short first piece of a cut title (国务院关于 / …的)


def _title_part(keys: Sequence[str], i: int, title_i: int) -> bool:
    """Line ``i`` continues the title at ``title_i``: a subtitle (``——…``, ``（…）``) one or two lines under
    it, or another piece of a title cut over two or three lines (one piece ends in a title word such as 通知 /
    意见 / 报告, the other does not), never a repeat of the title (a page title above it)."""
    k, title = keys[i], keys[title_i]
    if _chrome._is_sentence(k) or not k:
        return False
    if i in (title_i + 1, title_i + 2) and (_chrome._SUBTITLE.fullmatch(k) or _DATED_SUBTITLE.match(k)):
        return True
    if i < title_i - 2 or i > title_i + 1 or len(k) > 40:
        return False
    if i == title_i - 2 and not _title_part(keys, i + 1, title_i) and not _no_content_shape(keys[i + 1], keys[i + 1]):
        return False  # three pieces: the middle one must be a piece too (or a line content never is: 关注…公众号)
    a, b = _bigrams(k), _bigrams(title)
    if a and b and len(a & b) >= 0.5 * min(len(a), len(b)):
        return False  # a repeat, not a piece
    upper, lower = (k, title) if i < title_i else (title, k)
    if i < title_i and (_not_title(k, k) or (len(k) < 6 and not _SHORT_PIECE.search(k))):
        return False  # a site or account name above the title (清风某某, 极目新闻), not its first piece
    if _OUTLINE.match(upper) or _TOC_TAIL.search(upper) or _PIECE_MARKS.search(k):
        return False  # a contents line or a label above the title is not a piece of it
    return bool(_TITLE_END.match(lower)) and not _TITLE_END.match(upper)


def _plain_repeat(keys: Sequence[str], i: int, title_i: int, reasons: Sequence[str] | None) -> bool:
    """Line ``i`` above the title is the title again, plain (no bracket, separator or site suffix; one
    holds the other, 40 characters at most), with only lines the rules removed between them."""
    k, title = keys[i], keys[title_i]
    if _DECORATION.search(k) or not (title in k or k in title) or len(k) > 40:
        return False
    return all(reasons and reasons[j] for j in range(i + 1, title_i))


# a numbered section heading of a standard or regulation: 7 附则 / 4.2 技术要求 (number, space, a few CJK words)
_GB_HEADING = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){0,3}[ \t\u3000]+[\u4e00-\u9fff]{2,16}")
# inside the body, a heading by its form: an ordinal (第八，推进… / 第一，) or a report's year section
# (2023年工作回顾 / 2024年工作建议 / 2025年主要目标任务)
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}[，,]")
_YEAR_HEADING = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九○]{4})年(?:度)?[\u4e00-\u9fff]{0,6}"
                           r"(?:回顾|建议|安排|任务|目标|计划|打算|思路|重点|要点|总体要求)")
_FIRST_NUMBER = re.compile(r"0*1(?!\d)")  # the first item of a numbered list (1 …)
_ISSUER_ABOUT = re.compile(r"[\u4e00-\u9fff]{2,20}关于")  # the first piece of a document title: 国务院办公厅关于…
# a title set letter-spaced as on a printed cover (政 府 工 作 报 告): four or more single CJK characters with spaces
_SPACED_TITLE = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){3,15}")


def _gb_parent(raws: Sequence[str], i: int, j: int | None) -> bool:
    """Line ``i`` is a numbered section heading (``2 组织机构和职责``) and line ``j`` its first subsection
    (``2.1 国家粮食应急工作指挥部``): a standard's outline, not a numbered list of links (1 … / 2 …)."""
    if j is None:
        return False
    a, b = raws[i].strip(), raws[j].strip()
    if not (_GB_HEADING.fullmatch(a) and len(a) <= 24 and _GB_HEADING.fullmatch(b)):
        return False
    num = a.split()[0].replace("．", ".")
    return b.split()[0].replace("．", ".") == num + ".1"


def _paragraph(key: str) -> bool:
    """A body paragraph, whole or cut by the copy: 20+ characters, 12+ CJK."""
    return len(key) >= 20 and _chrome._cjk(key) >= 12


def _body_below(i: int, keys: Sequence[str], reasons: Sequence[str] | None, strong: set[int]) -> bool:
    """Is the next line the rules keep after line ``i`` (rule chrome skipped: a watermark URL, a page
    break) a body sentence or a paragraph?"""
    j = i + 1
    while j < len(keys) and reasons and reasons[j]:
        j += 1
    return j < len(keys) and (j in strong or _paragraph(keys[j]))


def _body_above(i: int, keys: Sequence[str], reasons: Sequence[str] | None, strong: set[int]) -> bool:
    """Is the last line the rules keep before line ``i`` a body sentence?"""
    j = i - 1
    while j >= 0 and reasons and reasons[j]:
        j -= 1
    return j >= 0 and j in strong


def content_guards(keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str] | None = None) -> list[str]:
    """Why the model may never remove each non-blank line of a page ("" = the model may judge it).

    The guards (``GUARDS``), all by shape and place, never by a site's words:

    * ``sentence``: inside the body span (see :func:`body_span`) or next to it a line ending in sentence
      punctuation with 10+ characters (6+ CJK); anywhere a line of 60+ characters ending so (a paragraph)
      or a paragraph that does not end a sentence (40+ characters with ``。`` inside, or 60+ with ``，``);
      before the chrome tail a line of 8+ characters (5+ CJK) ending in a full stop ``。`` or ``；`` (a
      footnote, ``指标来源：…。``). The chrome tail starts at the first line after the body (and after the
      document's own marks there: 附件, a date line, 此件公开发布) that the rules removed as chrome (share
      buttons, a related-list or comments header): the sentence-shaped comments, headlines and
      disclaimers after it are judged by the model;
    * ``cut_sentence``: inside the body span a line ending open (comma, colon, opening quote) or a long
      line (40+) with a comma inside: a sentence cut by the copy; before the chrome tail a line of 24+
      characters (12+ CJK) with a comma between its clauses (a headline of two short clauses may be judged);
    * ``heading``: an outline heading (``一、…``, ``（一）…``, ``第三章…``) of 60 characters at most, and inside
      the body any heading shape (``1.``, ``（1）``, ``一是``); a heading before the body whose text comes
      again later (a table of contents) is not guarded;
    * ``greeting`` (``同志们：``, an addressee right over the body: ``街道党工委：``), ``closing`` (``谢谢大家！``, ``特此通知。``, ``以上报告，请予审议。``);
    * ``signature``: the contiguous block of up to six lines right after the last body sentence (closing
      and short sentences skipped) made of
      issuer names (a line of 30 characters at most naming an organisation, without colon, separator or
      sentence end: ``国务院``, ``XX市人民政府办公厅``, ``××区委组织部调研组``), dates (``二〇〇八年三月五日``), document numbers,
      leaders (``总理 温家宝``) and bylines;
    * ``speaker``: before the body a byline (``市长 王建华``, ``自治区主席 艾尔肯·吐尼亚孜``) or the short
      name line above a greeting;
    * ``title``: the document's title (:func:`title_line`; not a running head that recurs at the page breaks
      with no document head under it, unless it ends like a title: :func:`_running_heads`), the lines that continue a title cut over two
      or three lines (``国务院关于…`` / ``…的若干意见``; at the top of the page, with only rule chrome above,
      any title-shaped line right above it: ``决胜全面建成小康社会`` / ``为夺取…``) and the subtitle under it (``——在…上的讲话``); before the
      body also a document number (``国发〔2018〕39号``) and the addressees (``各省、自治区…：``), and the
      same plain title once more up to three lines above it with only rule-removed lines between
      (``2025年湖南省政府工作报告`` / ``来源：…`` / ``政府工作报告``); a decorated repeat (``【上海】…``,
      ``…_XX网``, ``标题：…``) or one with other lines between is judged;
    * ``table_cell``: a bare number, a line of 12 characters at most within two lines of one or with three
      within ten (a table), a name with a post (``…部长``; ``韦志榕 编审、…``: a member list);
    * ``wrapped``: on a hard-wrapped page (``textlab.wraps.wrap_width``), every line from the first to the
      last body sentence (table cells and pieces of cut sentences) and every full line (85 % of the
      width) anywhere; the other lines of its head and tail may be judged, and so may a short line whose
      form recurs on the page (:func:`_recurring_furniture`: a running head or foot, a print header);
    * ``body_line``: strictly between the first body sentence of the page and the start of the chrome
      tail (the last body sentence of the page when that comes first), a line with no
      rule-removed chrome line next to it that is not in a run of :data:`_LIST_RUN` or more lines without
      sentence punctuation (a label line ``时间：…`` of a notice, a table cell ``定量``, a caption); lines
      before or after the body (title repeats, related-document lists, comments) and runs of short
      lines inside it (a list of links) are judged;
    * ``table_cell`` also: a line of 12 characters at most that comes 3+ times inside the body (``定量``);
    * ``speaker`` also: a bracketed aside of 2-8 CJK characters next to a body sentence (``（记者提问）``);
    * ``speaker`` also: one of the two lines under the title, before the body, of 30 characters at most,
      without digits, colons or separators, naming an organisation or a post (``×区财政局…党支部 党员 ×``);
    * ``note``: after the body, lines opening with a note mark (``①``, ``[1]``) under a note heading
      (``字库未存字注释：``) or under another note;
    * ``cut_sentence`` also: a line opening with closing punctuation (``」和「``); ``heading`` also the line
      under a bare outline number (``（十）`` / ``人才培养``) or under ``附件`` (the attachment's title);
    * ``keep_word``: a line the rules keep for a document word (``textlab.chrome._KEEP_WORDS``: 附件, 目录,
      结束语, 此件公开发布, 联系人：…);
    * ``no_word``: a line without a letter, digit or CJK character (``——``): the rules decide it;
    * ``heading`` also holds an attachment line of a notice (``附件：1.…``, ``附件2``) and a section word
      alone (``结束语``, ``前言``, ``附录``); ``table_cell`` a member line (``成员：何亚非…``);
    * ``signature`` also: after the body the document's distribution block (``抄送：…``, ``…2019年2月6日印发``)
      and in the signature block a reporter line (``述职人：×``); ``greeting`` also an addressee ``各…：``
      right over the body; ``cut_sentence`` also a line ending in ``，`` under a kept line without a
      sentence end (``百花齐放、百家争鸣`` / ``的方针，``), before the chrome tail.

    A soft guard (:data:`SOFT_GUARDS`: ``title``) is reported here like the others but does not stop
    the model when the title line has the shape of a site's page title (a site suffix ``…|材料圈``, a
    cut ``…...``, ``【…】``, ``<title>``) and no document head (subtitle, date, document number,
    addressee, greeting, speaker) follows it: the model judges it with the guard, the shape of what
    follows and the decoration as features, so a site's page title over content that starts
    mid-document goes on strong evidence; the leave-one-writer-out threshold and the seed rule of
    ``scripts/train_chrome.py`` bound what that costs the content.

    What no guard holds, whatever the shapes above say (the model judges it): a shape content never
    has (:func:`_noise_shape`: code, mojibake, a line of pictographs, a count of a post such as
    ``查看：N``, a media label such as ``图1``), held by a body-line, table-cell, no-word, sentence,
    cut-sentence, keep-word, heading or speaker guard; a platform's boilerplate sentence (a disclaimer,
    a reprint note, a registration or follow prompt: :data:`_PLATFORM_SENTENCE`) before the first or
    after the last of the page's own body sentences; a line of two or more marks without a word
    outside the body sentences (``**``, ``————``); a nav bar, toolbar, site name, count or short label
    at the title's place (:func:`title_line` needs title evidence); a table of contents
    before the body (:func:`_toc_lines`: two or more entries with a leader and page number, and its
    short head line such as ``目录``); player or picture residue (:func:`_residue`) that only the
    body-line, title, table-cell or speaker guard would hold; a short sentence above the title (an
    editor's lead); a bare number or short cell in the chrome tail (likes, replies, page counts).
    """
    return _page_structure(keys, raws, reasons)[0]


def _page_structure(keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str] | None = None):
    """(guards, body span, title index, start of the chrome tail) of a page, each body-sentence scan done once."""
    n = len(keys)
    out = [""] * n
    strong = _strong_lines(keys)
    strong_kept = [i for i in strong if not (reasons and reasons[i])]
    span = body_span(keys, reasons, strong=strong_kept)
    lo, hi = span if span else (n, -1)
    later: dict[str, int] = {}
    for i, k in enumerate(keys):
        later[_TOC_TAIL.sub("", k)] = i
    title_i = title_line(keys, reasons, strong=strong_kept, raws=raws)
    toc = _toc_lines(keys, raws, lo)
    residue = [_residue(k, r) for k, r in zip(keys, raws)]
    width = None
    if span:
        from textlab.wraps import _size, wrap_width

        width = wrap_width(list(raws))
    number = [bool(_BARE_NUMBER.fullmatch(k)) for k in keys]

    def cells(i: int) -> bool:  # a short line among table cells: a bare number within two lines, or 3 within ten
        near2 = any(number[j] for j in range(max(0, i - 2), min(n, i + 3)) if j != i)
        return near2 or sum(number[j] for j in range(max(0, i - 10), min(n, i + 11)) if j != i) >= 3

    strong_set = set(strong)
    first, last = (strong[0], strong[-1]) if strong else (n, -1)
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1

    run = [0] * n  # the length of the run of lines without sentence punctuation each line sits in
    i = 0
    while i < n:
        j = i
        while j < n and not _chrome._is_sentence(keys[j].rstrip(_STRAY_QUOTES)):
            j += 1
        for t in range(i, j):
            run[t] = j - i
        i = j + 1 if j == i else j

    def chrome_at(j: int) -> bool:  # a line the rules removed as chrome (a repeated body line is no evidence)
        return bool(reasons) and 0 <= j < n and bool(reasons[j]) and not reasons[j].startswith("duplicate")

    # the chrome tail: from the first line after the body that the rules removed as chrome (share
    # buttons, a related-list or comments header); sentence-shaped lines there are judged
    # (after the document's own marks: an attachment head, a date line, 此件公开发布, which belong to it)
    marks = [j for j in range(hi + 1, n) if _chrome._KEEP_WORDS.search(keys[j]) or _ATTACH_HEAD.fullmatch(keys[j])
             or _chrome.CN_DATE.fullmatch(keys[j])] if span else []
    start = max([hi + 2] + [j + 1 for j in marks])
    # (a page number of a PDF copy, - 3 -, is no tail: an attachment's table may follow it)
    tail_at = next((j for j in range(start, n) if chrome_at(j) and not reasons[j].startswith("pagination")), n) \
        if span else n
    # the lines the rules keep, less player or picture residue (▶ 免费试听…): pieces of a title cut around an ad
    kept = [j for j in range(n) if not (reasons and reasons[j]) and not residue[j]]
    kept_at = {j: t for t, j in enumerate(kept)}
    kept_keys = [keys[j] for j in kept]

    next_rule_kept: list[int | None] = [None] * n  # the next line the rules keep after each line (linear)
    for j in range(n - 2, -1, -1):
        next_rule_kept[j] = j + 1 if not (reasons and reasons[j + 1]) else next_rule_kept[j + 1]

    def next_kept(i: int) -> int | None:
        t = kept_at.get(i)
        return kept[t + 1] if t is not None and t + 1 < len(kept) else None

    def kept_title_part(i: int) -> bool:  # a piece of a title cut over lines with rule chrome between (ads, 广告):
        # the first piece opens the title (国务院办公厅关于…), every piece from it down to the title is one
        if i not in kept_at or title_i not in kept_at or not 1 <= kept_at[title_i] - kept_at[i] <= 2:
            return False
        a, b = kept_at[i], kept_at[title_i]
        head = next((t for t in range(b - 2, b) if t >= 0 and (_ISSUER_ABOUT.match(kept_keys[t]) or (
            kept_keys[t + 1].startswith("关于") and _chrome._SIGNATURE.fullmatch(kept_keys[t])
            and len(kept_keys[t]) <= 20))), None)  # 国务院办公厅 / 关于…的函: the issuer on a line of its own
        return head is not None and head <= a and all(_title_part(kept_keys, t, b) for t in range(head, b))

    def head_below(i: int) -> bool:  # the next kept line opens a document head: a subtitle, a speaker, a greeting
        j = next_kept(i)
        return j is not None and (bool(_chrome._SUBTITLE.fullmatch(keys[j]) or _DATED_SUBTITLE.match(keys[j])
                                       or _chrome._BYLINE.fullmatch(keys[j]) or _chrome._GREETING.fullmatch(keys[j])))

    for i, k in enumerate(keys):
        inside = lo <= i <= hi
        tail = k.rstrip(_CLOSERS)[-1:]
        near = lo - 1 <= i <= hi + 1
        k = k.rstrip("'\"")  # a stray ASCII quote after the sentence end
        if (near and len(k) >= 10 and _chrome._is_sentence(k) and _chrome._cjk(k) >= 6) \
                or (len(k) >= 60 and _chrome._is_sentence(k)) \
                or (i < tail_at and len(k) >= 8 and k.rstrip(_CLOSERS)[-1:] in "。；" and _chrome._cjk(k) >= 5) \
                or (len(k) >= 40 and "。" in k[:-1]) or (len(k) >= 60 and "，" in k):
            out[i] = "sentence"
        elif (inside and k and (k[-1] in _OPEN_END or (len(k) >= 40 and "，" in k)) and tail not in _SENT_END) \
                or (i < tail_at and len(k) >= 24 and "，" in k[4:-4] and _chrome._cjk(k) >= 12):
            out[i] = "cut_sentence"
        elif len(k) <= 60 and (_OUTLINE.match(k) or (inside and _chrome._HEADING.match(k))
                               or (lo - 2 <= i <= hi + 2 and i < tail_at
                                   and (_ORDINAL.match(k) or _YEAR_HEADING.fullmatch(k)))) \
                and not (i < lo and later.get(_TOC_TAIL.sub("", k), i) > i):
            out[i] = "heading"
        elif len(k) <= 40 and _chrome._GREETING.fullmatch(k):
            out[i] = "greeting"
        elif i <= first and _ADDRESSEE.fullmatch(k) and _body_below(i, keys, reasons, strong_set):
            out[i] = "greeting"  # 街道党工委： right over the body (rule chrome between: 教育部： / www… / 你部…)
        elif len(k) <= 24 and _GB_HEADING.fullmatch(raws[i].strip()) and lo <= i < tail_at \
                and not any(_GB_HEADING.fullmatch(raws[j].strip()) for j in range(max(0, i - 2), min(n, i + 3)) if j != i) \
                and (_body_below(i, keys, reasons, strong_set)
                     or (_body_above(i, keys, reasons, strong_set) and not _FIRST_NUMBER.match(k))):
            out[i] = "heading"  # 7 附则 / 4.2 技术要求 next to a body paragraph (a standard's numbered section;
            # not a numbered list of links: 1 乡村振兴工作总结范文 / 2 两会热词速览 under the body)
        elif len(k) <= 40 and _CLOSING.fullmatch(k):
            out[i] = "closing"
        elif i == title_i or (title_i is not None and i < first and _title_part(keys, i, title_i)):
            out[i] = "title"
        elif title_i is not None and i == title_i - 1 and all(reasons and reasons[j] for j in range(i)) \
                and 4 <= len(k) <= 40 and _chrome._cjk(k) >= 4 and not _chrome._is_sentence(k) \
                and not _TOP_PIECE_MARKS.search(k) and not _OUTLINE.match(k) and not _not_title(k, raws[i]) \
                and (len(k) >= _TITLE_MIN_PLAIN or _chrome._TITLE_WORDS.search(k)):
            out[i] = "title"  # the first line of a title in two lines at the very top (决胜… / 为夺取…), not 清风某某
        elif title_i is not None and i < lo and i != title_i and kept_title_part(i):
            out[i] = "title"  # 国务院办公厅关于全面推行 / 行政执法… / 广告 / …的指导意见: a title cut around an ad
        elif i < lo and _SPACED_TITLE.fullmatch(raws[i].strip()) and _TITLE_END.match(k) and head_below(i):
            out[i] = "title"  # 政 府 工 作 报 告 over its dated subtitle (（2024年1月31日在…会议上）) or speaker
        elif i < lo and (_chrome._SUBTITLE.fullmatch(k) or _DATED_SUBTITLE.match(k)) and kept_at.get(i, 0) > 0 \
                and out[kept[kept_at[i] - 1]] == "title" and _SPACED_TITLE.fullmatch(raws[kept[kept_at[i] - 1]].strip()):
            out[i] = "title"  # the subtitle under a letter-spaced title, rule chrome (a paywall line) between
        elif i < tail_at and _GB_HEADING.fullmatch(raws[i].strip()) and _gb_parent(raws, i, next_rule_kept[i]):
            out[i] = "heading"  # 2 组织机构和职责 over 2.1 …: a standard's section heading (before or in the body)
        elif title_i is not None and title_i - 3 <= i < title_i and _plain_repeat(keys, i, title_i, reasons):
            out[i] = "title"  # the same plain title twice with only rule chrome between (a report's own head)
        elif i < first and (_chrome._DOC_NUMBER.fullmatch(k) or (k.endswith("：") and "、" in k and 4 <= len(k) <= 80)
                            or _SPEECH_SUBTITLE.fullmatch(k)):
            out[i] = "title"  # the document number under the title, the addressees (各省、自治区…：), ——在…上的讲话
        elif k[:1] in "」』”’）)》】〕，、。；：" and len(k) > 1:
            out[i] = "cut_sentence"  # 」和「: a line that opens with closing punctuation continues a sentence
        elif i > 0 and (_OUTLINE_NUMBER.fullmatch(keys[i - 1]) or _ATTACH_HEAD.fullmatch(keys[i - 1])) and len(k) <= 40:
            out[i] = "heading"  # （十） / 人才培养, 附件 / 2025年10件惠民实事
        elif len(k) <= 40 and not _chrome._is_sentence(k) and not _no_content_shape(k, raws[i]) \
                and any(_ATTACH_HEAD.fullmatch(keys[j]) and all(out[t] == "heading" for t in range(j + 1, i))
                        for j in range(max(0, i - 4), i - 1)):
            out[i] = "heading"  # 附件： / 关于…的实施方案 / 基层党建工作任务分解表: the list of attachments
        elif _ASIDE.fullmatch(k) and any(0 <= j < n and j in strong_set for j in (i - 1, i + 1)):
            out[i] = "speaker"  # （记者提问） / （掌声） next to a body sentence
        elif _chrome._KEEP_WORDS.search(k):
            out[i] = "keep_word"
        elif _SECTION_WORD.fullmatch(k) or _MEMBER_LABEL.match(k):
            out[i] = "heading" if _SECTION_WORD.fullmatch(k) else "table_cell"
        elif i < lo and (_chrome._BYLINE.fullmatch(k) or _LEADER.fullmatch(raws[i].strip().replace(" ", "")) or (i + 1 < n and _chrome._GREETING.fullmatch(keys[i + 1])
                                                           and len(k) <= 12 and not _NAME_MARKS.search(k))):
            out[i] = "speaker"
        elif _BARE_NUMBER.fullmatch(k) or _chrome._POST_END.search(k) or (len(k) <= 12 and cells(i)) \
                or (_MEMBER.fullmatch(raws[i].strip()) and _POST_WORD.search(k)) or _MEMBER_KEY.fullmatch(k):
            out[i] = "table_cell"
        elif width and (first <= i <= last or _size(raws[i]) >= 0.85 * width):
            out[i] = "wrapped"
        elif first < i < min(last, tail_at) and run[i] < _LIST_RUN and not any(chrome_at(j) for j in (i - 1, i + 1)):
            out[i] = "body_line"
        elif first < i < last and counts[keys[i]] >= 3 and len(k) <= 12:
            out[i] = "table_cell"  # a cell repeated down a table (定量 / 定性)
        elif title_i is not None and i in (title_i + 1, title_i + 2) and i < first and len(k) <= 30 \
                and not _DIGIT.search(k) and not _SPEAKER_MARKS.search(k) \
                and (_chrome._SIGNATURE.search(k) or _POST_WORD.search(k)):
            out[i] = "speaker"  # ×区财政局预算科党支部 党员 × under the title
        elif i > last and i > 0 and _NOTE_MARK.match(k) and (_NOTE_HEAD.fullmatch(keys[i - 1]) or out[i - 1] == "note"):
            out[i] = "note"
        elif not _WORDY.search(k):
            out[i] = "no_word"
        elif _ATTACHMENT.match(k):
            out[i] = "heading"
        elif i > hi >= 0 and _DISTRIBUTION.fullmatch(k):
            out[i] = "signature"  # the document's distribution block (抄送：… / …印发)
    # a table's header row cut one cell per line (序号 / 改革举措 / 主要内容) inside or after the body, before the
    # chrome tail: a run of 3+ short lines without punctuation with a kept bare number (row 1) within 8 lines after it
    # or an outline heading right after it (一级指标 / 二级指标 / 三级指标 / 指标说明 / 一、医疗质量)
    next_number, j = [n] * (n + 1), n
    for t in range(n - 1, -1, -1):
        if number[t] and not (reasons and reasons[t]):
            j = t
        next_number[t] = j
    t = 0
    while t < n:  # (a line the rules removed, a page number - 3 -, may stand inside the run)
        u, cells_in_run = t, []
        while u < n and ((reasons and reasons[u] and cells_in_run) or (
                0 < len(keys[u]) <= 8 and _WORDY.search(keys[u]) and not _chrome._is_sentence(keys[u])
                and not number[u] and not _OUTLINE.match(keys[u]) and not (reasons and reasons[u]))):
            if not (reasons and reasons[u]):
                cells_in_run.append(u)
            u += 1
        if len(cells_in_run) >= 3 and t > lo and u < tail_at \
                and (next_number[u] - u <= 8 or bool(_OUTLINE.match(keys[u]))):  # row 1, or the first row's 一、…
            for v in cells_in_run:
                out[v] = out[v] or "table_cell"
        t = max(u, t + 1)
    for i in range(max(lo + 1, 1), min(n, tail_at)):  # the cell after a row number (1 / 知识产权…“三合一”审判)
        if number[i - 1] and not (reasons and reasons[i - 1]) and len(keys[i]) <= 40 \
                and not _chrome._is_sentence(keys[i]) and not out[i]:
            out[i] = "table_cell"
    entries = {_TOC_TAIL.sub("", keys[j]) for j in range(n) if toc[j] and _TOC_TAIL.search(keys[j])}
    heads = _running_heads(keys, reasons, strong_kept[0]) if strong_kept else set()
    forms: dict[str, int] = {}
    for k in keys:
        f = _DIGIT_RUN.sub("#", k)
        forms[f] = forms.get(f, 0) + 1
    for i in range(n):
        if i < lo and out[i] == "speaker" and keys[i] in heads and i != title_i:
            out[i] = ""  # a running head over the greeting (苏州文件 / 各位代表：) that recurs at the page breaks: judged
        elif out[i] == "wrapped" and _recurring_furniture(keys[i], forms):
            out[i] = ""  # a running head or foot or a print header that recurs in a hard-wrapped body: judged
            # (not a body line of a web copy: the pieces of a wiki's sentence cut around a link recur, 纲要（草案）)
        elif toc[i] and out[i] == "heading" and not _TOC_TAIL.search(keys[i]) and keys[i] in entries:
            pass  # the section a contents entry points at, right under the contents (二、2024年主要工作……11 / 二、…)
        elif toc[i]:
            out[i] = ""  # a table of contents before the body (its entries are outline headings): judged
        elif span and i >= tail_at and out[i] == "table_cell" and not _chrome._POST_END.search(keys[i]) \
                and (_BARE_NUMBER.fullmatch(keys[i]) or len(keys[i]) <= 12) \
                and not (_MEMBER_LABEL.fullmatch(keys[i]) and keys[i][-1:] in "：:"):  # 委员：, a member list's label
            out[i] = ""  # a count in the chrome tail (likes, replies, page counts), not a table of the body
        elif residue[i] and out[i] in ("body_line", "title", "table_cell", "speaker") \
                and (lo < i < hi or not _button_cluster(raws[i])):  # a cluster of names (王建华 李明 …) outside the body stays
            out[i] = ""  # player or picture residue between paragraphs (倍速 全屏, 00:00 / 13:43, ▲ …): judged
        elif not out[i] and title_i is not None and i in (title_i + 1, title_i + 2) and i < lo \
                and _NAME_DATE.fullmatch(keys[i]):
            out[i] = "speaker"  # the speaker and date under the title: ×（2026年4月16日） / 王建华（2025年1月13日）
        elif out[i] == "sentence" and title_i is not None and i < min(title_i, lo) and len(keys[i]) < 40:
            out[i] = ""  # a short sentence above the title (an editor's lead, 今天，我们重温…。): judged
        elif out[i] in ("sentence", "cut_sentence") and i < lo and _LABELLED_LEAD.match(raws[i]) \
                and not _chrome._GREETING.fullmatch(keys[i].split("：", 1)[0] + "："):
            out[i] = ""  # 【编者按】… / ▌导读 … / [摘要] … before the body: a labelled lead, judged
        elif not out[i] and i < tail_at and 0 < i and keys[i][-1:] == "，" and not (reasons and reasons[i - 1]) \
                and _chrome._cjk(keys[i - 1]) >= 2 and not _chrome._is_sentence(keys[i - 1]):
            out[i] = "cut_sentence"  # 百花齐放、百家争鸣 / 的方针，: a sentence cut over lines, anywhere before the tail
        elif not out[i] and i < tail_at and ((i + 1 < n and keys[i + 1][:1] in "，、。；：）)”’」』" and len(keys[i + 1]) > 1)
                                             or (len(keys[i]) >= 20 and "。" in keys[i][:-1] and keys[i][-1] in _OPEN_END)):
            out[i] = "cut_sentence"  # 一个不杀、大部不抓 / ”的政策。, or 六是…。这是…保障。《: a piece of a cut sentence
    _drop_no_content(out, keys, raws, strong_kept, first, last)
    _drop_related(out, keys, reasons)
    # the signature block right after the body, and after a covering letter's last sentence before the
    # document it sends (现将…印发给你们 / ××街道办事处 / 2026年3月5日 / the plan); the attachment line of a
    # notice (附件：…) may stand between the body and the block
    ends = sorted({s for s in strong_kept if s + 1 < n and s + 1 not in strong_set} | {hi}) if span else []
    for end in ends:
        for i in range(end + 1, min(n, end + 1 + _SIGNATURE_ZONE)):
            k = keys[i]
            if out[i] in ("closing", "greeting", "sentence") or _ATTACHMENT.match(k):
                continue
            if ((_chrome._SIGNATURE.fullmatch(k) or _TEAM.fullmatch(k)) and 2 <= _chrome._cjk(k) <= 30 and len(k) <= 30
                    and not _chrome._NAV_SEP.search(k) and not _SPEAKER_MARKS.search(k)
                    and not _chrome._is_sentence(k)) \
                    or _chrome.CN_DATE.fullmatch(k) or _chrome._DOC_NUMBER.fullmatch(k) or _LEADER.fullmatch(k) \
                    or _REPORTER.fullmatch(k) \
                    or _chrome._BYLINE.fullmatch(k):
                out[i] = "signature"
            else:
                if i > end + 1 and out[i - 1] == "signature" and not out[i] and len(k) <= 60 \
                        and _TITLE_END.match(k) and not _chrome._is_sentence(k):
                    out[i] = "title"  # the title of the document a notice sends, under the notice's signature
                break
    return out, span, title_i, tail_at


_SHAPE_GUARDS = ("body_line", "table_cell", "no_word", "sentence", "cut_sentence", "keep_word", "heading", "speaker")


def _drop_no_content(out: list[str], keys: Sequence[str], raws: Sequence[str], strong: Sequence[int],
                     first: int, last: int) -> None:
    """Take the guard (:data:`_SHAPE_GUARDS`) off the lines whose shape content never has
    (:func:`_noise_shape` anywhere; a platform's boilerplate sentence, :func:`_no_content_shape`, only
    before the first or after the last body sentence that is not one: a document's own sentence about
    扫码 or 版权 between two body sentences keeps its guard), and off a line of two or more marks without
    a word outside the body sentences (``**``, ``————``: a separator of the page, not of the text)."""
    own = [i for i in strong if len(keys[i]) > 120 or not _PLATFORM_SENTENCE.fullmatch(keys[i])]
    lo, hi = (own[0], own[-1]) if own else (len(keys), -1)
    for i, k in enumerate(keys):
        if out[i] not in _SHAPE_GUARDS:
            continue
        if out[i] == "no_word" and not first <= i <= last and len(k) >= 2 and not any(c in _SENT_END + "，、：" for c in k):
            out[i] = ""
        elif _noise_shape(k, raws[i]) or (not lo <= i <= hi and _no_content_shape(k, raws[i])):
            out[i] = ""


# an item of a list of links: a list mark (· • ● ◆ → ▶ > - ①), a number (1. / 6、), a Markdown link, a date
_HEADLINE_ITEM = re.compile(r"[·•●◆◇■□▪▶►→>»\-–—*①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}[.．、](?!\d)|[\[［【]\d{2}[-/]\d{2}|\[.{2,80}\]\(")
_RELATED_HEADLINE = 80  # a related list's headline is shorter than this; a longer line is body text
_RELATED_KEEPS = ("heading", "greeting", "closing", "signature", "title", "note", "keep_word", "wrapped", "table_cell")


def _drop_related(out: list[str], keys: Sequence[str], reasons: Sequence[str] | None) -> None:
    """Take the sentence, cut-sentence and body-line guards off the headlines of a related list: the lines
    the rules keep after a line they removed as a related-list header (``推荐阅读``, ``相关阅读``), up to the
    end of the page or up to more rule chrome, when none of them is a paragraph (80+ characters) or holds a
    document guard (a heading, signature, attachment …). Headlines read as sentences (``· 记者从…获悉，…。``);
    the judge decides them. A run that goes on into body text (a long line, a heading) keeps its guards,
    and in a run only items of a list (:data:`_HEADLINE_ITEM`, a count at the end ``… 97阅读``) lose them
    (a plain sentence, also one between rule chrome, keeps it: body text right after a related box)."""
    if not reasons:
        return
    n = len(keys)
    for i in range(n):
        if not reasons[i].startswith("related"):
            continue
        run, j = [], i + 1
        while j < n and (reasons[j] or (len(keys[j]) < _RELATED_HEADLINE and out[j] not in _RELATED_KEEPS)):
            if not reasons[j]:
                run.append(j)
            j += 1
        if j < n:  # the run stopped at a paragraph or a document line: keep the run only where chrome closes it
            while run and run[-1] + 1 < n and not reasons[run[-1] + 1]:
                run.pop()
        for t in run:
            if not (_HEADLINE_ITEM.match(keys[t]) or _COUNT.search(keys[t][-12:])):
                continue
            if out[t] in ("sentence", "cut_sentence", "body_line"):
                out[t] = ""


@dataclass
class PageFeatures:
    """The features of the non-blank lines of one page: a dense block, hashed grams, eligibility."""

    dense: np.ndarray  # (n, N_DENSE) float64
    hashed: list[dict[int, float]]  # per line: slot -> value
    eligible: np.ndarray  # (n,) bool: kept by the rules, not guarded, more than one character
    guards: list[str] = field(default_factory=list)  # per line: the content guard ("" = none)
    soft: list[bool] = field(default_factory=list)  # per line: its guard is a soft one the model may cross

    def matrix(self):
        """The features as one scipy CSR matrix (n, N_FEATURES), for training."""
        from scipy import sparse

        rows, cols, vals = [], [], []
        for i, h in enumerate(self.hashed):
            for slot, v in h.items():
                rows.append(i)
                cols.append(slot)
                vals.append(v)
        hashed = sparse.csr_matrix((vals, (rows, cols)), shape=(len(self.hashed), N_HASH))
        return sparse.hstack([sparse.csr_matrix(self.dense), hashed], format="csr")


def page_features(keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str], *,
                  all_lines: bool = True) -> PageFeatures:
    """Features of the lines of a page, given their keys, raw lines and rule reasons ("" = kept).

    ``keys`` are the keys ``textlab.cleaning`` makes (whitespace removed, half-width ``,;:!?()``
    full-width); only non-blank lines are passed. With ``all_lines=False`` only the eligible lines
    get features (the others keep zero rows): what the decision step needs. A line is eligible when
    the rules kept it, no content guard (:func:`content_guards`) holds it, it has more than one
    character and the page has a body sentence (:func:`body_span`).
    """
    n = len(keys)
    good = [_chrome._is_good(k) and not _chrome._suffix_title(k) for k in keys]
    keeper = [not good[i] and _chrome._is_keeper(keys[i], signature=True) for i in range(n)]
    kept_good = [good[i] and not reasons[i] for i in range(n)]
    first_good = next((i for i in range(n) if kept_good[i]), n)
    last_good = next((i for i in range(n - 1, -1, -1) if kept_good[i]), -1)
    guards, span, title_i, _ = _page_structure(keys, raws, reasons)
    lo, hi = span if span else (n, -1)
    toc = _toc_lines(keys, raws, lo)
    last_at = {k: j for j, k in enumerate(keys)}
    title_key = keys[title_i] if title_i is not None else ""
    soft = [bool(guards[i]) and _soft(i, keys, raws, reasons, guards) for i in range(n)]
    eligible = np.array([not reasons[i] and (not guards[i] or soft[i]) and len(keys[i]) > 1
                         for i in range(n)], dtype=bool)
    if span is None:  # no body sentence: no body to judge the others against, rules only
        eligible[:] = False
    rows = range(n) if all_lines else [int(i) for i in np.flatnonzero(eligible)]
    dense = np.zeros((n, N_DENSE), dtype=np.float64)
    hashed: list[dict[int, float]] = [{} for _ in range(n)]
    if not rows:
        return PageFeatures(dense, hashed, eligible, guards, soft)
    shapes: dict[int, list[float]] = {}
    grams: dict[int, list[int]] = {}
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1

    def shape(j: int) -> list[float]:
        if j not in shapes:
            shapes[j] = _shape(keys[j], raws[j], good[j], keeper[j])
        return shapes[j]

    def gram(j: int) -> list[int]:
        if j not in grams:
            grams[j] = _grams(keys[j])
        return grams[j]

    def short(j: int) -> bool:
        return len(keys[j]) <= _SHORT and not good[j] and not _chrome._is_sentence(keys[j])

    chrome_flags = [bool(r) for r in reasons]
    prefix = [0]
    for f in chrome_flags:
        prefix.append(prefix[-1] + f)
    short_prefix = [0]
    for j in range(n):
        short_prefix.append(short_prefix[-1] + short(j))
    title_grams = _bigrams(title_key)
    rep = _Repeats(keys, reasons, guards, lo, hi, title_i, title_grams)
    run_of: dict[int, int] = {}
    for i in rows:
        if i not in run_of:  # the run of short lines around i (each run is walked once)
            lo_r = hi_r = i
            if short(i):
                while lo_r > 0 and short(lo_r - 1):
                    lo_r -= 1
                while hi_r + 1 < n and short(hi_r + 1):
                    hi_r += 1
                for t in range(lo_r, hi_r + 1):
                    run_of[t] = hi_r - lo_r + 1
            else:
                run_of[i] = 0
        row = list(shape(i))
        for off in _OFFSETS:
            j = i + off
            if 0 <= j < n:
                fam = [0.0] * len(REASON_FAMILIES)
                if reasons[j]:
                    fam[_family(reasons[j])] = 1.0
                row += shape(j) + [1.0, float(chrome_flags[j])] + fam
            else:
                row += [0.0] * _N_NEIGHBOUR
        a, b = max(0, i - 3), min(n, i + 4)
        a5, b5 = max(0, i - 5), min(n, i + 6)
        kb = _bigrams(keys[i])
        sim = len(kb & title_grams) / len(kb) if kb and title_grams else 0.0
        dist_span = 0 if lo <= i <= hi else (lo - i if i < lo else i - hi)
        row += [i / max(n - 1, 1), float(i < first_good), float(i > last_good),
                math.log1p(abs(i - first_good)) / 5.0 if first_good < n else 1.0,
                math.log1p(abs(i - last_good)) / 5.0 if last_good >= 0 else 1.0,
                math.log1p(n) / 6.0, math.log1p(run_of[i]) / 3.0, (prefix[b] - prefix[a] - chrome_flags[i]) / 6.0,
                sim, float(keys[i] == title_key and bool(title_key)), 1.0,
                float(lo <= i <= hi), float(i < lo), float(i > hi), math.log1p(dist_span) / 4.0,
                float(counts[keys[i]] > 1), (short_prefix[b5] - short_prefix[a5]) / max(b5 - a5, 1),
                sum(toc[a:b]) / 4.0, float(i < lo and last_at.get(_toc_entry(keys[i]), i) > i),
                float(title_i is not None and i < title_i), float(title_i is not None and title_i < i < lo),
                float(i == lo - 1), float(all(0 <= j < n and len(keys[j]) >= 20 and _chrome._is_sentence(keys[j])
                                              for j in (i - 1, i + 1))),
                float(_residue(keys[i], raws[i]))]
        row += _title_place(i, keys, raws, reasons, guards)
        row += rep.row(i)
        dense[i] = row
        h = hashed[i]
        for weight, j in ((1.0, i), (0.5, i - 1), (0.5, i + 1)):
            gs = gram(j) if 0 <= j < n else []
            if gs:
                w = weight / math.sqrt(len(gs))
                for s in gs:
                    h[s] = h.get(s, 0.0) + w
    return PageFeatures(dense, hashed, eligible, guards, soft)


_DIGIT_RUN = re.compile(r"[0-9０-９]+")
_ECHO_NEAR = 3  # contents entries whose heading comes again later, counted within this many lines


_OUTLINE_LEVELS = (re.compile(r"[一二三四五六七八九十]{1,3}、"), re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]"),
                   re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[章节部分编篇]"))


def _outline_level(key: str) -> int:
    """1 for ``一、…``, 2 for ``（一）…``, 3 for ``第一章…`` (60 characters at most, not a sentence), else 0."""
    if len(key) > 60 or _chrome._is_sentence(key):
        return 0
    return next((n + 1 for n, pattern in enumerate(_OUTLINE_LEVELS) if pattern.match(key)), 0)


class _Repeats:
    """The repetition features of a page's lines (:data:`_REPEAT_NAMES`), each table made in one pass.

    A line's *form* is its key with every digit run as ``#`` (``第3页 某某报告`` and ``第4页 某某报告`` are one
    form). For line ``i``: the number of other lines of its form (log), whether the rules removed another
    line of its form (a running head or page title the rules caught elsewhere), whether its form comes
    twice or more with a copy next to a page number the rules removed (a running head or foot at the page
    breaks), whether another line of its form stands inside the body span (between body lines); the share
    of the title's character pairs it holds and whether it holds the whole title or is a piece (6+
    characters) of it (a title with a site suffix or prefix, ``…（全文）``, ``….docx``), for a line that is
    not the title; before the body, whether its contents entry (:func:`_toc_entry`) comes again later as a
    line a heading guard holds, and how many lines within :data:`_ECHO_NEAR` of it before the body have
    their entry again later (a table of contents is a run of them); whether it is an outline heading with
    one of its own level (:func:`_outline_level`) right above or under it."""

    def __init__(self, keys, reasons, guards, lo, hi, title_i, title_grams):
        n = len(keys)
        self.keys, self.title_i, self.title_grams, self.lo, self.hi = keys, title_i, title_grams, lo, hi
        self.title_key = keys[title_i] if title_i is not None else ""
        self.form = [_DIGIT_RUN.sub("#", k) for k in keys]
        self.count: dict[str, int] = {}
        self.ruled: dict[str, int] = {}
        self.in_body: dict[str, int] = {}
        self.at_break: set[str] = set()
        for j, f in enumerate(self.form):
            self.count[f] = self.count.get(f, 0) + 1
            if reasons[j] and not reasons[j].startswith("duplicate"):
                self.ruled[f] = self.ruled.get(f, 0) + 1
            if lo < j < hi:
                self.in_body[f] = self.in_body.get(f, 0) + 1
            if any(0 <= t < n and reasons[t].startswith("pagination") for t in (j - 1, j + 1)):
                self.at_break.add(f)
        last_at = {k: j for j, k in enumerate(keys)}
        self.echo_at = [last_at.get(_toc_entry(k), j) if j < lo and len(k) >= 4 else j for j, k in enumerate(keys)]
        echo = [self.echo_at[j] > j for j in range(n)]
        self.echo_prefix = [0]
        for e in echo:
            self.echo_prefix.append(self.echo_prefix[-1] + e)
        self.guards = guards
        self.level = [_outline_level(k) for k in keys]

    def row(self, i: int) -> list[float]:
        k, f, n = self.keys[i], self.form[i], len(self.keys)
        others = self.count[f] - 1
        ruled = self.ruled.get(f, 0)  # (line i is one the rules kept when it is judged)
        in_body = self.in_body.get(f, 0) - (self.lo < i < self.hi)
        cover = holds = 0.0
        if self.title_key and i != self.title_i and k:
            kb = _bigrams(k)
            cover = len(kb & self.title_grams) / len(self.title_grams) if self.title_grams else 0.0
            holds = float(k != self.title_key and (self.title_key in k or (len(k) >= 6 and k in self.title_key)))
        j = self.echo_at[i]
        echo_heading = float(j > i and self.guards[j] == "heading")
        a, b = max(0, i - _ECHO_NEAR), min(n, i + _ECHO_NEAR + 1)
        run = (self.echo_prefix[b] - self.echo_prefix[a]) / 4.0
        level = self.level[i]
        sibling = float(bool(level) and any(0 <= t < n and self.level[t] == level for t in (i - 1, i + 1)))
        return [math.log1p(others) / 2.0, float(ruled > 0 and others > 0), float(others > 0 and f in self.at_break),
                float(others > 0 and in_body > 0), cover, holds, echo_heading, run, sibling]


_HEAD_GUARDS = ("title", "speaker", "greeting", "signature", "table_cell")  # 国务院总理 / 李克强 under a subtitle


def _head_after(i: int, keys: Sequence[str], reasons: Sequence[str], guards: Sequence[str]) -> bool | None:
    """Does the next line the rules keep after line ``i`` open a document head (a subtitle ``——在…``,
    a date, a document number, an addressee or greeting ``…：``, a speaker or another title line)?
    None when no line follows."""
    j = i + 1
    while j < len(keys) and (reasons[j] or len(keys[j]) <= 1):  # rule chrome; 告 of a title cut at 政府工作报
        j += 1
    if j >= len(keys):
        return None
    return guards[j] in _HEAD_GUARDS or bool(_HEAD_LINE.fullmatch(keys[j]))


# a page's headline over a reprint: the title with a full-text mark (…（全文）, …【附全文】) or a short column or
# site name before it (全文丨…, 权威发布丨…, 丽水日报——…; not a span of years 一九七八——一九八五年…, not a speech
# subtitle …——在…上的讲话): of 36 title-guarded lines of this shape on the writers' pages 35 are chrome
_FULL_TEXT = re.compile(r".{4,}[（(【\[［](?:附|含)?全文[）)】\]］]")
_SITE_PREFIX = re.compile(r"[^—\-|｜丨_：:\d〇零一二三四五六七八九十（(]{2,6}(?:——(?![\d〇零一二三四五六七八九在于])|[|｜丨]).{6,}")


def _decorated(key: str, raw: str) -> bool:
    """Has the line the shape of a site's page title: a site suffix (``…|材料圈``, ``… - 铜陵市人民政府``,
    ``…——搜狐号``), a site or column prefix (``全文丨…``, ``丽水日报——…``), a full-text mark (``…（全文）``),
    a cut title (``2024年烟台市政...``), ``【…】`` or an HTML ``<title>``?"""
    if len(raw) > 300:  # no page title is this long (and _SITE_SUFFIX is quadratic on a long run of spaces)
        return False
    return bool(_SITE_SUFFIX.fullmatch(raw.strip()) or _cut_title(key) or _FULL_TEXT.fullmatch(key)
                or _SITE_PREFIX.fullmatch(key)
                or (key[:1] in "【[［" and key[-1:] in "】]］" and len(key) > 6) or "<title>" in raw.lower())


def _soft(i: int, keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str], guards: Sequence[str]) -> bool:
    """Does line ``i``'s guard let the model judge it? A title line only on a web copy (the rules
    removed chrome on the page: a lone title over a document is its name) when it has the shape of a
    site's page title (:func:`_decorated`) and no document head follows it (a plain title over content
    that starts mid-document is content to some writers and chrome to others: it stays); the other
    guards never (a soft body-line guard, tried, let the judge take table cells, section words and
    cut link texts of the seeds: 定性, 名词解释, 纲要（草案）)."""
    return (guards[i] == "title" and any(reasons) and _head_after(i, keys, reasons, guards) is False
            and _decorated(keys[i], raws[i]))


def _title_place(i: int, keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str],
                 guards: Sequence[str]) -> list[float]:
    """The soft-guard features of line ``i``: held by the title guard; for a title-guarded
    line, whether the next line the rules keep opens a document head (a subtitle ``——在…``, a date, a
    document number, an addressee or greeting ``…：``, a speaker or another title line) or mid-document
    prose (a body sentence of 40+ characters, a heading of the body); and whether the line has the
    shape of a site's page title (a site suffix, a cut title ending in ``...``, ``【…】``)."""
    n = len(keys)
    soft_title = guards[i] == "title"
    head = prose = 0.0
    if soft_title:
        j = i + 1
        while j < n and (reasons[j] or len(keys[j]) <= 1):
            j += 1
        if _head_after(i, keys, reasons, guards):
            head = 1.0
        elif j < n and guards[j] in ("sentence", "cut_sentence", "wrapped", "heading") and len(keys[j]) >= 10:
            prose = 1.0
    return [float(soft_title), head, prose, float(_decorated(keys[i], raws[i]))]


@dataclass
class ChromeModel:
    """A linear chrome judge: ``p(chrome) = sigmoid(x . coef + intercept)``; removes at ``threshold``."""

    coef: np.ndarray  # (N_FEATURES,) float64
    intercept: float
    threshold: float
    card: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.coef = np.asarray(self.coef, dtype=np.float64)
        if self.coef.shape != (N_FEATURES,):
            raise ValueError(f"coef has shape {self.coef.shape}, expected ({N_FEATURES},)")
        if not np.isfinite(self.coef).all() or not math.isfinite(self.intercept):
            raise ValueError("coef and intercept must be finite")
        if np.abs(self.coef).max(initial=0.0) > MAX_WEIGHT or abs(self.intercept) > MAX_WEIGHT:
            raise ValueError(f"coef and intercept must lie within ±{MAX_WEIGHT:g} (a logistic model, not these values)")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold {self.threshold} is not in (0, 1]")

    def probabilities(self, feats: PageFeatures) -> np.ndarray:
        """The chrome probability of every line of a page."""
        z = feats.dense @ self.coef[:N_DENSE] + self.intercept
        w = self.coef[N_DENSE:]
        for i, h in enumerate(feats.hashed):
            if h:
                z[i] += sum(w[s] * v for s, v in h.items())
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))

    # ------------------------------------------------------------------ persistence

    def save(self, path: str | Path) -> Path:
        """Write the model as data (``arrays.npz`` + ``manifest.json`` with SHA-256) to ``path``."""
        arrays = {"coef": self.coef, "intercept": np.array([self.intercept], dtype=np.float64)}
        manifest = {"threshold": float(self.threshold), "feature_version": FEATURE_VERSION, "n_hash": N_HASH,
                    "n_dense": N_DENSE, "shape_names": list(SHAPE_NAMES), "reason_families": list(REASON_FAMILIES),
                    "offsets": list(_OFFSETS), "place_names": list(_PLACE_NAMES), "guards": list(GUARDS),
                    "card": self.card}
        return write_model(path, format=FORMAT, format_version=FORMAT_VERSION,
                           files={"arrays.npz": npz_bytes(arrays)}, manifest=manifest)

    @classmethod
    def load(cls, path: str | Path) -> "ChromeModel":
        """Read a model written by :meth:`save`; a malformed folder raises ``ModelFormatError``."""
        folder = open_model(path, format=FORMAT, versions=(FORMAT_VERSION,), data_files=DATA_FILES,
                            kind="chrome model")
        m = folder.manifest
        where = folder.manifest_path
        expected = {"feature_version": FEATURE_VERSION, "n_hash": N_HASH, "n_dense": N_DENSE,
                    "shape_names": list(SHAPE_NAMES), "reason_families": list(REASON_FAMILIES),
                    "offsets": list(_OFFSETS), "place_names": list(_PLACE_NAMES), "guards": list(GUARDS)}
        padded = m.get("feature_version") in _PADDED_VERSIONS and m.get("place_names") == list(_PLACE_NAMES[:_V4_PLACE])
        if padded:  # an earlier feature version: the place features added since get weight 0
            expected.update(feature_version=m.get("feature_version"), n_dense=N_DENSE - len(_REPEAT_NAMES),
                            place_names=list(_PLACE_NAMES[:_V4_PLACE]))
        for key, want in expected.items():
            if m.get(key) != want:
                raise ModelFormatError(f"{where}: {key} {str(m.get(key))[:80]!r} is not this textlab's feature "
                                       f"spec ({str(want)[:80]})")
        threshold = m.get("threshold")
        if not isinstance(threshold, float) or not 0.0 < threshold <= 1.0:
            raise ModelFormatError(f"{where}: threshold {str(threshold)[:40]!r} must be a number in (0, 1]")
        card = m.get("card", {})
        if not isinstance(card, dict):
            raise ModelFormatError(f"{where}: 'card' must be a JSON object")
        n_coef = N_FEATURES - len(_REPEAT_NAMES) if padded else N_FEATURES
        arrays = folder.arrays("arrays.npz", {"coef": ArraySpec((n_coef,)), "intercept": ArraySpec((1,))})
        coef = arrays["coef"].astype(np.float64)
        if padded:
            cut = N_DENSE - len(_REPEAT_NAMES)
            coef = np.concatenate([coef[:cut], np.zeros(len(_REPEAT_NAMES)), coef[cut:]])
        try:
            return cls(coef, float(arrays["intercept"][0]), threshold, card)
        except ValueError as exc:
            raise ModelFormatError(f"{folder.manifest_path.parent / 'arrays.npz'}: {exc}") from None


def model_reasons(keys: Sequence[str], raws: Sequence[str], reasons: Sequence[str], model: ChromeModel) -> list[str]:
    """The rule ``reasons`` of a page's non-blank lines with the lines the model calls chrome set to
    ``model: p=0.97`` (:data:`MODEL_REASON` and the chrome probability; ``model: p=0.99 (page title)``
    for a site's page title with no document head under it, which ``clean(report=True)`` keeps in
    ``meta["page_title"]`` unless the rules found one). Lines the rules removed, lines a content
    guard holds (:func:`content_guards`: body sentences, outline headings, greeting, closing,
    signature block, speaker, title except a soft one, table cells, full lines of a hard-wrapped
    page), one-character lines and every line of a page without a body sentence are not changed."""
    out = list(reasons)
    if not keys:
        return out
    feats = page_features(keys, raws, reasons, all_lines=False)
    if not feats.eligible.any():
        return out
    p = model.probabilities(feats)
    for i in np.flatnonzero(feats.eligible & (p >= model.threshold)):
        out[i] = f"{MODEL_REASON}: p={p[i]:.2f}" + (f" ({PAGE_TITLE_NOTE})" if feats.guards[i] == "title" else "")
    return out


def shipped_chrome_model_path() -> Path:
    """The folder of the shipped chrome model (``models/chrome``)."""
    from textlab.locations import model_path

    return model_path("chrome")


def load_chrome_model(path: str | Path | None = None) -> ChromeModel:
    """The shipped chrome model (``models/chrome``) or a saved one at ``path`` (read anew each call)."""
    return ChromeModel.load(path or shipped_chrome_model_path())


def shipped_chrome_model() -> ChromeModel | None:
    """The shipped model as ``clean()`` uses it by default: read on first use and kept for the
    process (keyed by the folder, so ``$TEXTLAB_MODELS`` is honoured); None, with a warning, when
    this install has no ``models/chrome`` (the rules then judge alone)."""
    return _shipped(str(shipped_chrome_model_path()))


@functools.lru_cache(maxsize=4)
def _shipped(folder: str) -> ChromeModel | None:
    if not (Path(folder) / "manifest.json").is_file():
        warnings.warn(f"{folder}: no chrome model; clean() judges page chrome by the rules alone", stacklevel=3)
        return None
    return ChromeModel.load(folder)
