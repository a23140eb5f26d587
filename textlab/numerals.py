"""Chinese numerals: the one parser for 一…九十九 (ordinals in headings, congress numbers in file names).

>>> [chinese_number(s) for s in ("一", "十", "十二", "二十", "二十三", "〇", "19")]
[1, 10, 12, 20, 23, 0, 19]
>>> chinese_number("十十") is None
True
"""

from __future__ import annotations

DIGITS: dict[str, int] = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
"""Chinese digit characters and their values."""


def chinese_number(text: str) -> int | None:
    """Value of an Arabic number or of a Chinese numeral below 100 (``十九`` -> 19), else None."""
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 1:
        return 10 if text == "十" else DIGITS.get(text)
    if text.count("十") != 1:
        return None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    if (tens and DIGITS.get(tens, 0) == 0) or (ones and ones not in DIGITS):
        return None  # 〇十, X十 with a non-digit
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)


_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
_CN_DIGITS: dict[str, int] = {**DIGITS, "两": 2, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}


def _cn_integer(text: str) -> int | None:
    """Value of a Chinese integer numeral of any size (no decimal point), else None."""
    total = 0  # finished 亿 / 万 groups
    section = 0  # the current group below 万
    digit: int | None = None
    last_big = None
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None and digit != 0 and _CN_DIGITS[ch] != 0:
                return None  # two digits in a row (一二) is not a numeral
            digit = _CN_DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _BIG_UNITS:
            big = _BIG_UNITS[ch]
            group = section + (digit or 0)
            if ch == "万" and last_big == "亿" and group == 0 and total:
                total *= 10_000  # 万亿: a trillion
            elif last_big is not None and big > _BIG_UNITS[last_big] and total:
                total = (total + group) * big  # 十万亿 style: scale all so far
            else:
                total += (group if group else 1) * big
            section, digit, last_big = 0, None, ch
        else:
            return None
    return total + section + (digit or 0)


def parse_chinese_number(text: str) -> float | None:
    """Value of a number written in Chinese or Arabic numerals, of any size, else None.

    Unlike :func:`chinese_number` (small integers only), this reads whole amounts, decimals with
    点 and mixed Arabic/Chinese forms, as work reports write them::

    >>> [parse_chinese_number(s) for s in ("十一点八", "一千八百二十九", "三亿零四百七十五万", "六百零八")]
    [11.8, 1829.0, 304750000.0, 608.0]
    >>> [parse_chinese_number(s) for s in ("1.3万亿", "二千二百万", "两万", "〇点五", "12.5")]
    [1300000000000.0, 22000000.0, 20000.0, 0.5, 12.5]
    >>> parse_chinese_number("十十") is None, parse_chinese_number("") is None, parse_chinese_number("增长") is None
    (True, True, True)
    """
    if not isinstance(text, str) or not text:
        return None
    head = text.rstrip("万亿")
    tail = text[len(head):]
    if head and all(c.isascii() and (c.isdigit() or c == ".") for c in head):
        if head.count(".") > 1 or head.startswith(".") or head.endswith("."):
            return None
        scale = 1
        for ch in tail:
            scale *= _BIG_UNITS[ch]
        return float(head) * scale
    if any(c.isascii() for c in text):
        return None
    if "十十" in text or "百百" in text or "千千" in text:
        return None
    whole, sep, frac = text.partition("点")
    if sep:
        # 十一点八万: the decimal part ends before a trailing 万/亿
        frac_digits = frac.rstrip("万亿")
        tail = frac[len(frac_digits):]
        if not frac_digits or any(c not in _CN_DIGITS for c in frac_digits):
            return None
        base = _cn_integer(whole) if whole else 0
        if base is None:
            return None
        value = float(f"{base}.{''.join(str(_CN_DIGITS[c]) for c in frac_digits)}")
        for ch in tail:
            value *= _BIG_UNITS[ch]
        return value
    value = _cn_integer(text)
    return None if value is None else float(value)
