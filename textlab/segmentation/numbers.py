"""Numbers, units and masks in segmented text: the rules that separate a number from its
classifier (``三年`` -> ``三 / 年``), join the pieces of one number (``五百 / 亿元`` ->
``五百亿 / 元``), and recognise the tokens that modelling drops (numbers, dates, percentages,
counts written as numbers, masks such as ``×`` or ``XX``, lone Latin letters).

Plain functions and constants; nothing here is cached or built at import beyond compiling
the patterns.

>>> split_numbers(["一名", "党员", "五百", "亿元"], frozenset())
['一', '名', '党员', '五百亿', '元']
>>> bool(NUMERIC.match("1.2万亿元")), bool(NUMERIC.match("党员"))
(True, False)
"""

from __future__ import annotations

import re

__all__ = [
    "NUMERIC",
    "NUMBER",
    "NUMBER_START",
    "UNIT_WORDS",
    "MASK",
    "LATIN_LETTER",
    "CANDIDATE",
    "split_numbers",
]

# numbers, percentages, dates and counts written as numbers: 2024年, 5.2%, 三年, 第十, 两个, 1.2万亿元
_NUMERALS = "0-9０-９零〇一二三四五六七八九十百千万亿两几半数"
_UNITS = (
    "年月日号时点分秒个项次名位户人元角倍岁天周期批处家所条件届轮种类支座台辆吨米亩里斤度成"
    "万亿多余强"
)
NUMERIC = re.compile(
    rf"^[第约近超逾]?[{_NUMERALS}.,．，:：/%％‰~～-]+"
    rf"(?:[{_UNITS}]|公里|千米|平方米|平方公里|公顷|千瓦|万千瓦|千瓦时|立方米|小时|分钟|左右|以上|以下|以内)*$"
)
"""A token that is a number, date, percentage or count (dropped by ``tokenize``)."""
UNIT_WORDS = frozenset(_UNITS) | {
    "公里", "千米", "平方米", "平方公里", "公顷", "千瓦", "万千瓦", "千瓦时", "立方米", "小时", "分钟",
    "万元", "亿元", "万人", "多万", "余万", "万亩",
}
"""Units that follow a number as a token of their own (the 年 of ``2024 年``)."""
MASK = re.compile(r"^[×xXＸｘ*＊Ⅹⅹ○●□■?？]+$")
"""A masked name: ``×``, ``**``, ``Ⅹ``, ``XX``."""
LATIN_LETTER = re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ]$")

_NUMBER_CHARS = "零〇一二三四五六七八九十百千万亿两几0-9０-９"
NUMBER = re.compile(rf"^[{_NUMBER_CHARS}.．]+$")
"""A token that is a bare number (Chinese or Arabic numerals)."""
NUMBER_START = frozenset("零〇一二三四五六七八九十百千万亿两几0123456789０１２３４５６７８９.．")
"""First characters of the tokens :func:`split_numbers` can change (a number, or a number + unit)."""
_CLASSIFIERS = (
    "个名位人次场颗批周年月日天号时分秒成家辆座条项件种台吨元岁倍户所套部篇本张只头亩米度届轮期多余"
)
_MULTI_UNITS = ("亿元", "万元", "公里", "公顷", "小时", "分钟", "人次", "千瓦", "平方米", "平方公里", "立方米")
_NUMBER_UNIT = re.compile(
    rf"^([{_NUMBER_CHARS}.．]*[{_NUMBER_CHARS}])({'|'.join(_MULTI_UNITS)}|[{_CLASSIFIERS}])$"
)
# numeral + classifier words that are lexicalised (adverbs, determiners, idioms): never split
_LEXICALISED = frozenset(
    "一起 一道 一点 一度 一时 一面 一下 一口 一线 一身 一手 一生 一路 一带 一个 一种 一样 一些 一切 "
    "一家 一成不变 一条龙 万一 十分 三思 两岸 两会 一把手 一批批".split()
)


# A token split_numbers may change or join: a number, possibly followed by a unit or classifier.
CANDIDATE_REST = rf"[{_NUMBER_CHARS}.．]*(?:{'|'.join(_MULTI_UNITS)}|[{_CLASSIFIERS}])?"
CANDIDATE = rf"[{_NUMBER_CHARS}.．]{CANDIDATE_REST}"
"""Pattern source of a token :func:`split_numbers` may change (a superset of them; its first
character is one of :data:`NUMBER_START`, then :data:`CANDIDATE_REST`)."""


def split_numbers(tokens: list[str], keep: frozenset[str], longest: int | None = None) -> list[str]:
    """Separate numbers from their classifiers and units, and join adjacent number pieces:
    jieba's ``一名 / 三年 / 五百 亿元`` become ``一 名 / 三 年 / 五百亿 元`` (the usual
    segmentation standard, and what lets ``tokenize`` drop numbers cleanly).
    Words in ``keep`` (lexicon entries such as 十四五, 三会一课) and lexicalised words (一起,
    一点, 十分) stay whole. ``longest``: the length of the longest word in ``keep`` (computed
    when not given).

    Only tokens that start with a character of :data:`NUMBER_START` can change, and any other
    token ends a number, so the function can be applied to each run of such tokens alone.
    """
    out: list[str] = []
    # The number being joined is kept as a list of pieces (``run``) and joined once, so a run of
    # thousands of numerals (十十十…, ０００…) takes linear time, not a copy and a rescan per piece.
    # A joined number that is a lexicon entry stops the joining, as it always did; only joins no
    # longer than the longest entry can be one.
    run: list[str] = []
    run_len = 0
    if longest is None:
        longest = max(map(len, keep), default=1) if keep else 0
    for token in tokens:
        pieces = [token]
        if token[:1] in NUMBER_START and token not in keep and token not in _LEXICALISED:
            match = _NUMBER_UNIT.match(token)
            if match:
                pieces = [match.group(1), match.group(2)]
        for piece in pieces:
            # fast path: neither a number nor number + unit
            is_number = piece[:1] in NUMBER_START and piece not in keep and NUMBER.match(piece) is not None
            if (
                is_number and run and piece[0].isdigit() == run[-1][-1].isdigit()
                and (len(run) == 1 or run_len > longest or "".join(run) not in keep)
            ):
                run.append(piece)
                run_len += len(piece)
                continue
            if run:
                out.append("".join(run))
                run, run_len = [], 0
            if is_number:
                run, run_len = [piece], len(piece)
            else:
                out.append(piece)
    if run:
        out.append("".join(run))
    return out
