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
