"""Byte decoding: which encoding a text file is in, and how Chinese a reading looks.

Owns the rules that turn a file's bytes into text (:func:`decode_text_file`, :func:`decode_bytes`):
a byte-order mark decides; bytes that are valid UTF-8 are UTF-8 (unless the reading is doubtful
and a Chinese reading is plausible); UTF-16 without a byte-order mark is recognised by its byte
pattern; otherwise GB18030, Big5 and UTF-16 readings are compared by how frequent their characters
are in Chinese reports (``resources/char_freq.txt``, :func:`chinese_score`) among those that are
at least half common Chinese characters (:func:`plausibility`). Binary data is refused. A file
name whose bytes are not UTF-8 is read the same way (:func:`decode_file_name`).

Every refusal is a :class:`DecodeError` whose message is the reason a user sees (the corpus
loader lists it in ``Corpus.skipped``). Nothing here reads files or knows about documents.

>>> decode_bytes("政府工作报告".encode("gbk"))
('政府工作报告', 'gb18030')
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["DecodeError", "decode_text_file", "decode_bytes", "decode_file_name", "plausibility", "chinese_score"]

# A decoding is accepted only if at least this share of its non-ASCII characters are common
# CJK characters or punctuation (real seed texts score >= 0.98).
_MIN_PLAUSIBILITY = 0.5
# A file whose bytes are more than this share of control bytes is binary.
_MAX_CONTROL_SHARE = 0.10


class DecodeError(ValueError):
    """The bytes cannot be decoded as text; ``str(error)`` is the reason, ready to show a user."""


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_CONTROL_CHAR_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TYPICAL_PUNCTUATION = frozenset(
    "·×÷°±‐‑‒–—―‖‘’“”†‡•…‰′″※←↑→↓√∶≤≥≈≠"
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ"  # pinyin
)


def decode_text_file(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes, refusing binary files; returns ``(text, encoding)``.

    The rules, in order:

    1. A byte-order mark (UTF-8, UTF-16, UTF-32) decides.
    2. Bytes that are valid UTF-8 without control characters are UTF-8 (see :func:`decode_bytes`
       for the one exception: a reading with no Chinese and unlikely characters in it).
    3. UTF-16 without a byte-order mark, recognised by its byte pattern: zero bytes (ASCII) or
       control bytes (Chinese code units such as U+4E0A give 0x0A 0x4E) that make the file look
       binary or its UTF-8 reading hold control characters, a strict decoding (valid surrogate
       pairs, no control characters) and text that is at least half common Chinese characters
       and punctuation. Little or big endian: the reading with the more frequent characters.
    4. NUL bytes, or more than 10% control bytes, left: a binary file.
    5. Otherwise :func:`decode_bytes` (UTF-8, GB18030, Big5, UTF-16 compared).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(f"undecodable: starts with a {encoding.upper()} byte-order mark but "
                            f"has invalid bytes at byte {error.start}") from None
    try:
        utf8_text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8_text = None
    utf8 = utf8_text is not None
    utf8_controls = utf8 and bool(_CONTROL_CHAR_RE.search(utf8_text))
    if utf8 and not utf8_controls and not data.startswith(b"\xef\xbb\xbf"):
        return _from_utf8(data, utf8_text)
    del utf8_text
    if utf8_controls or not utf8:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        looks_binary = b"\x00" in data or controls > _MAX_CONTROL_SHARE * len(data)
        if looks_binary or utf8_controls:  # UTF-8 with control characters: rather UTF-16 if it reads so
            best = _best_candidate(_utf16_candidates(data))
            if best is not None:
                return best
        if b"\x00" in data:
            raise DecodeError("binary file (contains NUL bytes)")
        if controls > _MAX_CONTROL_SHARE * len(data):
            raise DecodeError(f"binary file ({controls / len(data):.0%} control bytes)")
    return decode_bytes(data)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), else GB18030, Big5 or UTF-16, whichever is plausible.

    UTF-8 comes first: bytes that decode strictly as UTF-8 are UTF-8, with one exception for
    short files. GB18030 and Big5 bytes of a word or two can be valid UTF-8 by chance (通知 in
    GB18030 reads as Hebrew and Greek marks, 一 as a Cyrillic letter). When the UTF-8 reading has
    no Chinese at all and holds a character unlikely in any text (see :func:`_utf8_doubtful`),
    a GB18030, Big5 or UTF-16 reading that is plausible Chinese wins. Among GB18030, Big5 and
    UTF-16 readings that are at least half common Chinese characters, the one whose characters
    are most frequent in Chinese reports wins (:func:`chinese_score`); ties go to GB18030.

    >>> decode_bytes("政府工作报告".encode("gbk"))
    ('政府工作报告', 'gb18030')
    >>> decode_bytes("政府工作報告".encode("big5"))
    ('政府工作報告', 'big5')
    >>> decode_bytes("通知".encode("gb18030")), decode_bytes("café".encode("utf-8"))
    (('通知', 'gb18030'), ('café', 'utf-8'))
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise DecodeError(f"undecodable: has a UTF-8 byte-order mark but invalid UTF-8 at byte {error.start}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        return _from_utf8(data, text)
    if _mostly_utf8(data):
        raise DecodeError(_broken_utf8_reason(data, utf8_error))
    candidates = _cjk_candidates(data)
    best = _best_candidate(candidates)
    if best is not None:
        return best
    raise DecodeError(_undecodable_reason(data, utf8_error, candidates))


def _from_utf8(data: bytes, text: str) -> tuple[str, str]:
    """``(text, "utf-8")`` for bytes that decode strictly as UTF-8, unless the reading is
    doubtful (:func:`_utf8_doubtful`) and a GB18030, Big5 or UTF-16 reading is plausible Chinese."""
    if _utf8_doubtful(text):
        best = _best_candidate(_cjk_candidates(data))
        if best is not None:
            return best
    return text, "utf-8"


def _best_candidate(candidates: list[tuple[float, int, str, str]]) -> tuple[str, str] | None:
    """``(text, encoding)`` of the plausible candidate with the most frequent characters, or None."""
    plausible = [(chinese_score(text), preference, encoding, text)
                 for score, preference, encoding, text in candidates if score >= _MIN_PLAUSIBILITY]
    if not plausible:
        return None
    _, _, encoding, text = max(plausible)
    return text, encoding


def _utf16_candidates(data: bytes) -> list[tuple[float, int, str, str]]:
    """UTF-16 without a byte-order mark, LE or BE, when it decodes strictly (valid surrogate
    pairs) to text without control characters."""
    candidates: list[tuple[float, int, str, str]] = []
    if len(data) % 2 or not data:
        return candidates
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_CHAR_RE.search(text):
            candidates.append((plausibility(text), 0, encoding, text))
    return candidates


def _cjk_candidates(data: bytes) -> list[tuple[float, int, str, str]]:
    """``(plausibility, preference, encoding, text)`` for each encoding that decodes.

    GB18030 (a superset of GBK and GB2312), Big5 (or its cp950 / HKSCS extensions) and UTF-16
    without a byte-order mark; preference (for ties) GB18030, then Big5, then UTF-16.
    """
    candidates = _utf16_candidates(data)
    try:
        text = data.decode("gb18030")
        candidates.append((plausibility(text), 2, "gb18030", text))
    except UnicodeDecodeError:
        pass
    for encoding in ("big5", "cp950", "big5hkscs"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((plausibility(text), 1, encoding, text))
        break
    return candidates


# Blocks where a UTF-8 reading counts as East Asian text (then it is never doubted): CJK
# radicals to Yi (kana and bopomofo included), Hangul, compatibility ideographs, vertical and
# small forms, full-width forms, and the supplementary ideographic planes.
_CJK_RE = re.compile(
    "[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe6f\uff00-\uffef\U00020000-\U0003ffff]"
)
# Scripts by block, for the mixed-script test: (first code point, last, name).
_SCRIPT_BLOCKS = (
    (0x00C0, 0x024F, "latin"), (0x1E00, 0x1EFF, "latin"), (0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"), (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"),
)


def _script(ch: str) -> str:
    code = ord(ch)
    for low, high, name in _SCRIPT_BLOCKS:
        if low <= code <= high:
            return name
    return f"block-{code >> 7}"  # other scripts: one name per 128 code points is close enough


def _utf8_doubtful(text: str) -> bool:
    """A strict UTF-8 reading that may be GB18030, Big5 or UTF-16 bytes read wrongly.

    Never for text with East Asian characters in it (:data:`_CJK_RE`) or pure ASCII. Otherwise
    true when a non-ASCII character is one no real text is made of: unassigned, private use or a
    C1 control; a combining mark that follows no letter (GB18030 通知 read as UTF-8 is a Hebrew
    accent and a combining letter); a letter of the Cyrillic extensions U+0460-U+052F (GB18030 一
    and 要 read as UTF-8); or letters of more than one script other than Latin. Real text in
    one script (Russian, Greek, Hebrew, Arabic, Armenian, Thai, with or without Latin) is never
    doubtful. A doubtful reading loses only to a GB18030/Big5/UTF-16 reading that is at least
    half common Chinese characters.

    >>> _utf8_doubtful("café"), _utf8_doubtful("Привет"), _utf8_doubtful("עברית"), _utf8_doubtful("政府")
    (False, False, False, False)
    >>> _utf8_doubtful("\u05aa\u0368"), _utf8_doubtful("\u04bb"), _utf8_doubtful("αб"), _utf8_doubtful("\u0ee1B")
    (True, True, True, True)
    """
    if text.isascii() or _CJK_RE.search(text, 0, 100_000):
        return False
    scripts: set[str] = set()
    after_letter = False
    for ch in text[:100_000]:
        if ch < "\x80" or ch.isspace():
            after_letter = ch.isalpha()
            continue
        category = unicodedata.category(ch)
        if category in ("Cn", "Co", "Cs", "Cc"):
            return True
        if category[0] == "M":
            if not after_letter:
                return True
            continue
        if "\u0460" <= ch <= "\u052f":
            return True
        after_letter = category[0] == "L"
        if after_letter:
            scripts.add(_script(ch))
    scripts.discard("latin")
    return len(scripts) > 1


@functools.lru_cache(maxsize=1)
def _char_frequencies() -> tuple[dict[str, float], float]:
    """``(log-probability per character, log-probability floor)`` from ``resources/char_freq.txt``."""
    import math

    from textlab.locations import read_resource

    counts: dict[str, int] = {}
    text = read_resource("char_freq.txt")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        char, _, number = line.partition("\t")
        counts[char] = int(number)
    total = sum(counts.values()) or 1
    return {char: math.log(n / total) for char, n in counts.items()}, math.log(1 / total)


def chinese_score(text: str, limit: int = 20_000) -> float:
    """Log-likelihood of ``text`` under a character unigram model of Chinese reports
    (``resources/char_freq.txt``); higher is more like Chinese. Compares readings of the same bytes.

    A character missing from the list scores below the rarest listed one: a common CJK character
    or punctuation (GB 2312 level 1, Big5 frequent) a little, any other CJK ideograph more, and
    anything else (private use, kana, Hangul, unassigned) far more. A printable ASCII character
    counts as a fairly common one (so two of them, the same bytes as one Chinese character, weigh
    more than one), a control character as the rarest; white space is free. Only the first
    ``limit`` characters count.

    >>> chinese_score("集") > chinese_score("栋"), chinese_score("”") > chinese_score("〃")
    (True, True)
    """
    log_p, floor = _char_frequencies()
    typical = _typical_chars()
    score = 0.0
    for ch in text[:limit]:
        value = log_p.get(ch)
        if value is None:
            if ch.isspace():
                continue
            if "\x20" < ch < "\x7f":
                value = _ASCII_LOG_P
            elif ch in typical:
                value = floor - 1.0
            elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0003ffff":
                value = floor - 3.0
            else:
                value = floor - 8.0
        score += value
    return score


_ASCII_LOG_P = -6.9  # log(1/1000)


@functools.lru_cache(maxsize=1)
def _common_cjk() -> frozenset[str]:
    """The commonly used Chinese characters, as the encoding standards define them.

    GB 2312 level 1 (3755 frequent simplified characters, rows 0xB0-0xD7) and Big5's
    frequently used characters (5401, 0xA440-0xC67E): 6722 characters together.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead, trail) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


@functools.lru_cache(maxsize=1)
def _typical_chars() -> frozenset[str]:
    """Characters expected in Chinese text: common CJK, CJK and full-width punctuation, numbering."""
    ranges = (
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF01, 0xFF5E),  # full-width forms
        (0x2160, 0x216B),  # Roman numerals
        (0x2460, 0x249B),  # circled / parenthesised numbers
        (0x3220, 0x3229),  # ㈠…㈩
    )
    extra = {chr(code) for low, high in ranges for code in range(low, high + 1)}
    return _common_cjk() | extra | _TYPICAL_PUNCTUATION


_NON_ASCII_RE = re.compile(r"[^\x00-\x7e\s]")


def plausibility(text: str, limit: int = 100_000) -> float:
    """Share of the non-ASCII, non-space characters that are common CJK or punctuation.

    Only the first ``limit`` characters are looked at (the whole file was decoded strictly).

    >>> plausibility("政府工作报告，2025年"), plausibility("鍰絳\ue3c4")
    (1.0, 0.6666666666666666)
    """
    chars = _NON_ASCII_RE.findall(text, 0, limit)
    if not chars:
        return 1.0
    return sum(map(_typical_chars().__contains__, chars)) / len(chars)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a cut or damaged file), not text in another encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad  # non-ASCII, decoded
    return good >= 10 and bad * 100 <= good


def _broken_utf8_reason(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    return (f"undecodable: invalid UTF-8 at byte {utf8_error.start} ({bad} bad sequence(s) in "
            "otherwise UTF-8 text: the file is probably truncated or corrupted)")


def _undecodable_reason(data: bytes, utf8_error: UnicodeDecodeError, candidates: list) -> str:
    tried = ", ".join(f"{enc} {score:.0%}" for score, _, enc, _ in sorted(candidates, reverse=True))
    detail = f" (share of common Chinese characters: {tried})" if tried else ""
    return f"undecodable: not UTF-8, UTF-16, GB18030/GBK or Big5 text{detail}; convert it to UTF-8"


def decode_file_name(raw: bytes) -> str:
    """A file name's bytes that are not UTF-8: GB18030 or Big5 if plausible, else escaped bytes."""
    candidates = []
    for preference, encoding in ((2, "gb18030"), (1, "big5")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((plausibility(text), preference, text))
    if candidates:
        score, _, text = max(candidates)
        if score >= _MIN_PLAUSIBILITY:
            return text
    return raw.decode("utf-8", "backslashreplace")

