"""Clean raw web copies of Chinese government documents: ``clean(text) -> str``.

Cleaning is a pipeline of small named steps, each a plain ``str -> str`` function. The
default order (``STEPS``, also ``list_steps()``) is::

    normalize_unicode   line breaks, control and zero-width characters, spaces, full-width ASCII, NFC
    strip_markup        HTML tags and space entities inside lines of text (<p class="ql-block">…</p>)
    remove_pinyin       tone-marked pinyin left behind characters: 中國甘肅網(wǎng) -> 中國甘肅網
    to_simplified       traditional -> simplified with OpenCC ``t2s``
    normalize_masks     every masked name or figure (**市, Ⅹ个, XX小学, ××区) -> one ``×``
    unmask_known        ×新时代中国特色社会主义思想 -> 习近平新时代中国特色社会主义思想, …
    normalize_punctuation  half-width ,;:!?() in Chinese context -> ，；：！？（）
    strip_boilerplate   whole lines of web chrome: toolbars, source/date lines, ads, copyright …
                        (rule file + textlab.chrome: the shape of a line and its neighbours;
                        in clean() every line the rules keep and no content guard holds is
                        then judged by the model of textlab.chrome_model, reason "model: p=…")
    join_wrapped_lines  lines cut at a fixed width (PDF copies) rejoined (textlab.wraps)
    normalize_whitespace   strip lines, drop blank lines, no spaces between Chinese characters

>>> clean("【打印本页】【关闭窗口】\\n　　近年来,**市坚持以***新时代中国特色社会主义思想为指导。\\n")
'近年来，×市坚持以习近平新时代中国特色社会主义思想为指导。'

The result has exactly one paragraph per line, lines joined by ``\\n``, no blank lines and no
leading or trailing whitespace. ``clean`` is idempotent (``clean(clean(x)) == clean(x)``),
never raises on a ``str`` and raises ``TypeError`` for anything else. ``report=True`` returns a
``CleanReport`` that also lists every non-blank line a step removed, with the reason
(``toolbar``, ``breadcrumb``, ``metadata:date`` …), and the page metadata found in them
(``CleanReport.meta``: source, date, author, editor, views, page title, document number). Steps can be dropped,
reordered or replaced: ``clean(text, steps=["normalize_unicode", "to_simplified", my_func])``.

Policies (decided here, tested in ``tests/test_clean.py``):

* Order. Markup, masks, unmasking and punctuation run before the boilerplate step, so it judges
  every line in its final form; joining runs after it (page numbers are gone by then) and
  whitespace runs last. In this order no step re-creates what an
  earlier step removes, which is what makes ``clean`` idempotent.

* Width. Full-width ASCII letters, digits and the symbols ``＃＄％＆＊＋－．／＜＝＞＠＼＾＿｀｜``
  become half-width; the Chinese punctuation ``！＂＇（），：；？［］｛｝～`` stays full-width.
  NBSP, ideographic space (U+3000) and the other Unicode spaces become an ASCII space, tabs
  too; zero-width, bidi and other format characters (Unicode category Cf), control characters
  and lone surrogates are removed; every Unicode line boundary (``\\r\\n``, ``\\r``, U+2028 …)
  becomes ``\\n``; the text is put in NFC.
* Punctuation. A run of half-width ``, ; : ! ?`` right after a Chinese character, Chinese
  punctuation or ``×`` becomes ``，；：！？`` (``近年来,**市`` -> ``近年来，×市``,
  ``同志们:`` -> ``同志们：``); after a closing curly quote only when a Chinese character follows.
  Digits and Latin text are left alone (``3,000``, ``20:30``, ``Hello, world``). A pair
  ``( … )`` (no nesting, at most 100 characters) whose content holds a Chinese character becomes
  ``（ … ）`` (``街道(乡镇)`` -> ``街道（乡镇）``); ``(2023)`` stays as it is. ``.`` is never changed.
* Whitespace. Spaces between two Chinese characters or Chinese punctuation marks are removed
  (``社区 “聚心”`` -> ``社区“聚心”``, ``省长 王予波`` -> ``省长王予波``); any other run of
  spaces becomes one space.
* Masks. Web copies mask names and figures with ``*``, ``×``, ``Ⅹ`` or ``X``. Every mask run is
  replaced by one ``×`` (U+00D7): ``****名`` -> ``×名``, ``Ⅹ个`` -> ``×个``, ``XX小学`` ->
  ``×小学``, ``××区`` -> ``×区``. A run counts as a mask when it touches a Chinese character or
  is followed by ``%``. Left alone: a single ``×`` (``3×4``, ``数据要素×`` are unchanged anyway),
  ``X`` next to Latin letters, digits or ``+-_/.@&#`` (``PX``, ``415X``, ``10+X``), the words in
  ``resources/clean_mask_keep.txt`` (``X光``, ``X射线`` …), ``Ⅹ`` next to other Roman numerals,
  and ``*`` not touching Chinese (``* `` bullets, ``***`` separators). Markdown emphasis such as
  ``**重点**`` is not supported: it is read as two masks.
* Unmasking. ``unmask_known`` restores a ``×`` in front of a fixed expression listed in
  ``resources/clean_unmask.txt`` (only unambiguous ones: ``×总书记`` -> ``习近平总书记``).
* Chrome by shape. Beyond the rule file, ``textlab.chrome`` classifies every line by its shape
  (length, sentence punctuation, separators, bracketed buttons, label-value form, digits) and
  decides short uncertain lines by their neighbours (runs at the head and tail of the page,
  clusters next to other chrome). A heading, greeting, closing, subtitle, signature or date
  is never removed by a neighbour, and a line of prose is never removed by a shape rule; the
  step repeats until nothing more goes (at most 8 passes).
* Hard wraps. ``join_wrapped_lines`` joins a line to the one before it only when the page is
  cut at a fixed width (``textlab.wraps``), the line before is full and does not end a sentence,
  and this line does not start a heading, greeting, date or indented paragraph. Page furniture
  at a page break (page numbers, running headers, print margins, footnotes, and any short line
  standing inside a sentence cut at the width) goes with its reason (``page_number``,
  ``running_header``, ``print_margin``, ``footnote``), and a paragraph cut by the page break
  closes over it; the print line of the imprint (``…印发``, ``（共印N份）``) goes too (``imprint``). The default
  pipeline runs again on its own output while that still looks hard-wrapped (at most 4 rounds).
* Boilerplate. ``resources/boilerplate.txt`` holds the line rules; see ``load_boilerplate``.
  Rules always match whole lines (never part of a paragraph), and a line that reads like a
  sentence (ends in ``。！？；…``) is only removed by a ``[notice]`` rule (fixed notices such as
  ``本文内容由互联网用户自发贡献…``), so a content paragraph mentioning 版权 or 下载 survives.

Speed: every regular expression is linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple, Sequence, Union

from textlab.chrome import line_meta
from textlab.locations import resource_path

__all__ = [
    "STEPS",
    "BoilerplateRules",
    "CleanReport",
    "RemovedLine",
    "boilerplate_step",
    "join_wrapped_lines",
    "clean",
    "get_step",
    "list_steps",
    "load_boilerplate",
    "normalize_masks",
    "normalize_punctuation",
    "normalize_unicode",
    "normalize_whitespace",
    "remove_pinyin",
    "strip_boilerplate",
    "strip_markup",
    "to_simplified",
    "unmask_known",
]

Step = Callable[[str], str]

# --------------------------------------------------------------------------------------------
# character classes shared by the steps

_IDEO = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
"""CJK ideographs (with 〇 and the compatibility blocks)."""
_CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
"""CJK symbols and punctuation and the full-width punctuation block."""
_QUOTES = "\u2014\u2015\u2018\u2019\u201c\u201d\u2026"
"""Curly quotes, dashes and the ellipsis, shared by Chinese and Western typography."""

_IDEO_RE = re.compile(f"[{_IDEO}]")

_LINEBREAK_RE = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_OTHER_LINEBREAK_RE = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _split_lines(text: str) -> list[str]:
    """Split at every line boundary ``str.splitlines`` knows, keeping a last empty line."""
    return _LINEBREAK_RE.split(text)


def _is_ideo(ch: str) -> bool:
    return bool(ch) and _IDEO_RE.match(ch) is not None


def _resource_path(name: str) -> Path:
    return resource_path(name)


def _resource_lines(path: Path) -> list[tuple[int, str]]:
    """Non-empty, non-comment lines of a UTF-8 resource file, with their line numbers."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: resource file not found") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not valid UTF-8 ({exc})") from None
    out = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((lineno, line))
    return out


# --------------------------------------------------------------------------------------------
# step 1: normalize_unicode

_REMOVE_RE = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"  # control characters (tab and breaks handled apart)
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"  # format characters (Cf), zero-width and bidi marks
    "\ud800-\udfff]"  # lone surrogates
)
_KEEP_FULLWIDTH = "！＂＇（），：；？［］｛｝～"
_WIDTH_TABLE: dict[int, str] = {
    cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULLWIDTH
}
_WIDTH_TABLE.update(
    {ord(c): " " for c in "\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
     "\u2008\u2009\u200a\u202f\u205f\u3000"}
)


_WIDTH_RE = re.compile("[" + re.escape("".join(chr(cp) for cp in sorted(_WIDTH_TABLE))) + "]+")


def normalize_unicode(text: str) -> str:
    """Unify line breaks, drop control/zero-width characters, map spaces and full-width ASCII, NFC.

    >>> normalize_unicode("２０２３年\\u200b，ＧＤＰ增长５％\\u3000\\r\\n")
    '2023年，GDP增长5% \\n'
    """
    text = _OTHER_LINEBREAK_RE.sub("\n", text)
    text = _REMOVE_RE.sub("", text)
    text = _WIDTH_RE.sub(lambda m: m.group(0).translate(_WIDTH_TABLE), text)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------------------------
# step 2: strip_markup

_HTML_TAGS = (
    "p|div|span|br|hr|strong|b|i|em|u|a|img|h[1-6]|section|article|font|table|tbody|thead|tr|td|th|ul|ol|li|"
    "blockquote|center|small|big|sup|sub|label|iframe|script|style|header|footer|nav|figure|figcaption|pre|code"
)
_INLINE_TAG_RE = re.compile(rf"(?<!<)</?(?:{_HTML_TAGS})(?:[ /][^<>\n]{{0,300}})?>", re.IGNORECASE)
_SPACE_ENTITY_RE = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000);", re.IGNORECASE)
_ENTITIES = {"ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…", "middot": "·",
             "quot": "\"", "times": "×", "lt": "<", "gt": ">"}
# &amp; only when no entity name follows, so that a second pass finds nothing new
_ENTITY_RE = re.compile(r"&(ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|quot|times);|&amp;(?![A-Za-z#])")
_ONLY_MARKUP_RE = re.compile(rf"[ ]*(?:(?:</?(?:{_HTML_TAGS})(?:[ /][^<>\n]{{0,300}})?>|&[a-z#0-9]{{2,8}};)[ ]*)+", re.IGNORECASE)


def _strip_markup_line(line: str) -> str:
    if "<" not in line and "&" not in line:
        return line
    if _ONLY_MARKUP_RE.fullmatch(line):
        return line  # a line of markup only: strip_boilerplate removes it (reason "markup")
    line = _SPACE_ENTITY_RE.sub(" ", _INLINE_TAG_RE.sub("", line))
    return _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(1)] if m.group(1) else "&", line)


def strip_markup(text: str) -> str:
    """Remove HTML tags (``<p class="ql-block">``, ``</span>``) and space entities (``&nbsp;``)
    inside lines that hold text; a line of markup only is left for ``strip_boilerplate``.

    >>> strip_markup('<p class="ql-block">近年来，全市新建党群服务中心12个。</p>&nbsp;\\n<div>')
    '近年来，全市新建党群服务中心12个。 \\n<div>'
    """
    if "<" not in text and "&" not in text:
        return text
    return "\n".join(_strip_markup_line(line) for line in text.split("\n"))


# --------------------------------------------------------------------------------------------
# step 3: remove_pinyin

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PY_LETTER = f"a-zü{_TONED}"
_PY_BODY = f"[{_PY_LETTER}]{{0,7}}[{_TONED}][{_PY_LETTER}]{{0,7}}[)）]"
# starts with "(" or a space (fast scanning); the lookbehinds check for the Chinese character
_PINYIN_RE = re.compile(
    f"(?:[(（](?<=[{_IDEO}][(（])|[ ](?<=[{_IDEO}][ ])[ ]*[(（])"
    f"{_PY_BODY}(?:[ ]*[(（]{_PY_BODY})*"
)


def remove_pinyin(text: str) -> str:
    """Remove tone-marked pinyin in parentheses right after a Chinese character.

    Real parentheses are kept: their content is not a lower-case pinyin syllable with a tone mark.

    >>> remove_pinyin("中國甘肅網(wǎng)4月9日訊，執(zhí)政基礎，街道(乡镇)，(2023)")
    '中國甘肅網4月9日訊，執政基礎，街道(乡镇)，(2023)'
    """
    return _PINYIN_RE.sub("", text)


# --------------------------------------------------------------------------------------------
# step 3: to_simplified

_converter = None
_converter_lock = threading.Lock()
_OPENCC_UNSAFE_RE = re.compile("[\ud800-\udfff]+")


def _opencc():
    """The process-wide OpenCC ``t2s`` converter, created on first use."""
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc  # imported lazily: keeps ``import textlab`` fast

                _converter = opencc.OpenCC("t2s")
    return _converter


def _t2s(text: str) -> str:
    if not _OPENCC_UNSAFE_RE.search(text):
        return _opencc().convert(text)
    # OpenCC needs valid UTF-8: convert the pieces between lone surrogates
    parts = _OPENCC_UNSAFE_RE.split(text)
    gaps = _OPENCC_UNSAFE_RE.findall(text)
    out = [_opencc().convert(parts[0])]
    for gap, part in zip(gaps, parts[1:]):
        out.append(gap)
        out.append(_opencc().convert(part))
    return "".join(out)


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified ones with OpenCC ``t2s``.

    The conversion is repeated until it changes nothing (OpenCC maps a few characters in two
    hops, e.g. 薴 -> 苧 -> 苎), so the step is idempotent.

    >>> to_simplified("中國甘肅網4月9日訊")
    '中国甘肃网4月9日讯'
    """
    for _ in range(4):
        converted = _t2s(text)
        if converted == text:
            break
        text = converted
    return text


# --------------------------------------------------------------------------------------------
# step 4: normalize_masks

_STARS = "*﹡∗＊✱"
_MASK_CHARS = _STARS + "×✕╳ⅩⅹXxＸｘ"
_LATINISH = r"A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff+\-_/.@&#"
_M = re.escape(_MASK_CHARS)
_S = re.escape(_STARS)
# fast paths for the common case, a run of stars next to a Chinese character (**市, 具有**特色)
_STARS_AFTER_IDEO_RE = re.compile(f"[{_S}](?<=[{_IDEO}][{_S}])[{_S}]*(?![{_M}])")
_STARS_BEFORE_IDEO_RE = re.compile(f"[{_S}](?<![{_M}][{_S}])[{_S}]*(?=[{_IDEO}%％])")
# every other maximal run, except a lone × (already canonical) and a run starting with an X
# glued to Latin text (taxi, PX, 415X)
_MASK_RUN_RE = re.compile(
    f"[{_M}](?<![{_M}][{_M}])(?<![{_LATINISH}][XxＸｘ])(?:(?<=×)[{_M}]+|(?<!×)[{_M}]*)"
)
_LATIN_X = set("XxＸｘ")
_CROSSES = set("×✕╳")
_ROMAN_X = set("Ⅹⅹ")
_LATINISH_RE = re.compile(f"[{_LATINISH}]")
_ROMAN_RE = re.compile("[\u2160-\u2188]")


@functools.lru_cache(maxsize=None)
def _mask_keep_words() -> tuple[str, ...]:
    """Words after a single X in which X is not a mask (X光, X射线 …), longest first."""
    path = _resource_path("clean_mask_keep.txt")
    words = []
    for lineno, line in _resource_lines(path):
        if not line.upper().startswith("X") or len(line) < 2:
            raise ValueError(f"{path}:{lineno}: expected a word starting with X, got {line!r}")
        words.append(line[1:])
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _mask_replacement(text: str, start: int, end: int) -> str:
    run = text[start:end]
    prev = text[start - 1] if start > 0 else ""
    nxt = text[end] if end < len(text) else ""
    if set(run) <= _CROSSES and (len(run) > 1 or run == "×"):
        return "×"
    if any(c in _LATIN_X for c in run):
        if (prev and _LATINISH_RE.match(prev)) or (nxt and _LATINISH_RE.match(nxt)):
            return run
        if len(run) == 1 and text.startswith(_mask_keep_words(), end):
            return run
    if any(c in _ROMAN_X for c in run) and (
        (prev and _ROMAN_RE.match(prev)) or (nxt and _ROMAN_RE.match(nxt))
    ):
        return run
    if _is_ideo(prev) or _is_ideo(nxt) or nxt in ("%", "％"):
        return "×"
    return run


def normalize_masks(text: str) -> str:
    """Replace every run of mask characters next to Chinese text by one ``×``.

    >>> normalize_masks("**市吸纳兼职委员****名，Ⅹ个社区，完成率X%，XX小学，3×4，X光，PX项目")
    '×市吸纳兼职委员×名，×个社区，完成率×%，×小学，3×4，X光，PX项目'
    """
    text = _STARS_AFTER_IDEO_RE.sub("×", text)
    text = _STARS_BEFORE_IDEO_RE.sub("×", text)
    return _MASK_RUN_RE.sub(lambda m: _mask_replacement(text, m.start(), m.end()), text)


# --------------------------------------------------------------------------------------------
# step 5: unmask_known


@functools.lru_cache(maxsize=None)
def _unmask_table() -> tuple[re.Pattern[str], tuple[str, ...]]:
    path = _resource_path("clean_unmask.txt")
    restored: list[str] = []
    contexts: list[str] = []
    for lineno, line in _resource_lines(path):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise ValueError(
                f"{path}:{lineno}: expected 'RESTORED<TAB>FOLLOWING', got {line!r}"
            )
        restored.append(parts[0].strip())
        contexts.append(parts[1].strip())
    # spaces between the characters are tolerated: normalize_whitespace removes them later
    alternatives = "|".join(
        "(" + "[ ]*".join(re.escape(c) for c in ctx) + ")" for ctx in contexts
    )
    return re.compile(f"×(?=(?:{alternatives}))"), tuple(restored)


def unmask_known(text: str) -> str:
    """Restore a mask ``×`` in front of a well-known fixed expression (resources/clean_unmask.txt).

    >>> unmask_known("坚持以×新时代中国特色社会主义思想为指导，×总书记强调，×市")
    '坚持以习近平新时代中国特色社会主义思想为指导，习近平总书记强调，×市'
    """
    if "×" not in text:
        return text
    pattern, restored = _unmask_table()
    return pattern.sub(lambda m: restored[m.lastindex - 1], text)


# --------------------------------------------------------------------------------------------
# step 6: normalize_punctuation

_TO_FULLWIDTH = str.maketrans(",;:!?()", "，；：！？（）")
_PAREN_PAIR_RE = re.compile(r"\(([^()（）\n]{0,100})\)")
_HALF_PUNCT = ",;:!?"
_FULL_PUNCT = dict(zip(_HALF_PUNCT, "，；：！？"))
_PREV_CLASS = f"{_IDEO}{_CJK_PUNCT}×"
# one half-width mark after Chinese text (the common case, no callback) …
_ONE_PUNCT_AFTER_CJK_RE = {
    c: re.compile(f"{re.escape(c)}(?<=[{_PREV_CLASS}]{re.escape(c)})(?![,;:!?])")
    for c in _HALF_PUNCT
}
# … and runs of them (",,", "?!")
_PUNCT_RUN_AFTER_CJK_RE = re.compile(f"[,;:!?](?<=[{_PREV_CLASS}][,;:!?])[,;:!?]+")
_PUNCT_AFTER_QUOTE_RE = re.compile(
    f"[,;:!?](?<=[{_QUOTES}][,;:!?])[,;:!?]*(?=[{_IDEO}{_CJK_PUNCT}])"
)


def _paren_pair(match: re.Match[str]) -> str:
    inner = match.group(1)
    return f"（{inner}）" if _IDEO_RE.search(inner) else match.group(0)


def normalize_punctuation(text: str) -> str:
    """Turn half-width ``,;:!?`` after Chinese text and ``( )`` around Chinese text full-width.

    >>> normalize_punctuation("尊敬的×部长,各位领导,同志们:街道(乡镇)(2023) 3,000 20:30 Hi, you")
    '尊敬的×部长，各位领导，同志们：街道（乡镇）(2023) 3,000 20:30 Hi, you'
    """
    text = _PAREN_PAIR_RE.sub(_paren_pair, text)
    for char, pattern in _ONE_PUNCT_AFTER_CJK_RE.items():
        if char in text:
            text = pattern.sub(_FULL_PUNCT[char], text)
    text = _PUNCT_RUN_AFTER_CJK_RE.sub(lambda m: m.group(0).translate(_TO_FULLWIDTH), text)
    return _PUNCT_AFTER_QUOTE_RE.sub(lambda m: m.group(0).translate(_TO_FULLWIDTH), text)


# --------------------------------------------------------------------------------------------
# line filters (strip_boilerplate, normalize_whitespace) share one shape so that
# clean(report=True) can say which lines they removed


class _LineFilterResult(NamedTuple):
    lines: list[str]  # the input lines
    keep: list[bool]  # one flag per input line
    output: list[str]  # the output lines (one per kept input line)
    reasons: list[str] | None = None  # why each removed line went ("" for kept lines)


def _as_line_filter(filter_fn: Callable[[str], _LineFilterResult], name: str, doc: str) -> Step:
    def step(text: str) -> str:
        return "\n".join(filter_fn(text).output)

    step.__name__ = step.__qualname__ = name
    step.__doc__ = doc
    step.line_filter = filter_fn  # type: ignore[attr-defined]
    return step


# --------------------------------------------------------------------------------------------
# step 8: normalize_whitespace

_HSPACE = r"[^\S\n]"
# spaces between Chinese characters/punctuation, or between one of them and a curly quote
_SPACE_BETWEEN_CJK_RE = re.compile(
    f"{_HSPACE}(?<=[{_IDEO}{_CJK_PUNCT}]{_HSPACE}){_HSPACE}*(?=[{_IDEO}{_CJK_PUNCT}{_QUOTES}])"
    f"|{_HSPACE}(?<=[{_QUOTES}]{_HSPACE}){_HSPACE}*(?=[{_IDEO}{_CJK_PUNCT}])"
)
_SPACE_RUN_RE = re.compile(f"{_HSPACE}{{2,}}|[^\\S \\n]")


def _whitespace_filter(text: str) -> _LineFilterResult:
    lines = _split_lines(text)
    text = "\n".join(lines)
    text = _SPACE_BETWEEN_CJK_RE.sub("", text)
    text = _SPACE_RUN_RE.sub(" ", text)
    collapsed = [line.strip() for line in text.split("\n")]
    keep = [bool(line) for line in collapsed]
    return _LineFilterResult(lines, keep, [line for line in collapsed if line])


normalize_whitespace = _as_line_filter(
    _whitespace_filter,
    "normalize_whitespace",
    """Strip every line, drop blank lines, remove spaces between Chinese characters.

    >>> normalize_whitespace("　　社区 “聚心” 工程\\n\\n  GDP   增长 5%  \\n")
    '社区“聚心”工程\\nGDP 增长 5%'
    """,
)


# --------------------------------------------------------------------------------------------
# step 7: strip_boilerplate

_SECTIONS = ("line", "notice", "list", "nav", "weak")
_SECTION_REASON = {"line": "rule", "notice": "notice", "list": "related", "nav": "nav_list", "weak": "navigation"}
_SENTENCE_ENDS = set("。！？；…")
_CLOSERS = "”’」』）》]】"
_WS_NO_NEWLINE_RE = re.compile(r"[^\S\n]+")
_MAX_TITLE_LEN = 40
_MAX_LINE_RULE_LEN = 300


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate rules, one regular expression per section (None if empty).

    Sections (see ``resources/boilerplate.txt``):

    * ``line``: a matching line is removed unless it reads like a sentence;
    * ``notice``: a matching line is removed, even one that reads like a sentence;
    * ``list``: a header such as ``相关报道``; it is removed, and so are the short lines after it
      when that run of short lines reaches the end of the page (other removed lines may sit in it);
    * ``nav``: a marker such as ``最新范文``; it is removed, and so is each short title line in
      front of it when at least two (title, marker) pairs follow one another;
    * ``weak``: a word such as ``首页``; removed only next to a removed line or the page edge.
    """

    source: str
    line: re.Pattern[str] | None = None
    notice: re.Pattern[str] | None = None
    list: re.Pattern[str] | None = None
    nav: re.Pattern[str] | None = None
    weak: re.Pattern[str] | None = None
    counts: dict[str, int] = field(default_factory=dict)
    combined: re.Pattern[str] | None = field(default=None, repr=False)
    """All sections in one pattern, one named group per section, in order of precedence."""
    reasons: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(default_factory=dict, repr=False)
    """Per section: (reason, rule) pairs, to name why a matching line goes (``@reason`` lines)."""

    def reason(self, section: str, key: str) -> str:
        """The reason of the first rule of ``section`` matching ``key`` (the section's default)."""
        for name, rule in self.reasons.get(section, ()):
            if rule.fullmatch(key):
                return name
        return _SECTION_REASON.get(section, section)


def _parse_boilerplate(path: Path) -> BoilerplateRules:
    patterns: dict[str, list[str]] = {name: [] for name in _SECTIONS}
    reasons: dict[str, list[tuple[str, re.Pattern[str]]]] = {name: [] for name in _SECTIONS}
    section: str | None = None
    reason = ""
    for lineno, line in _resource_lines(path):
        if line.startswith("[") and line.endswith("]") and line[1:-1] in _SECTIONS:
            section = line[1:-1]
            reason = _SECTION_REASON[section]
            continue
        if line.startswith("@") and re.fullmatch(r"@[a-z_:]{1,40}", line):
            reason = line[1:]
            continue
        if section is None:
            raise ValueError(
                f"{path}:{lineno}: rule before any section header; "
                f"start a section with one of {', '.join(f'[{s}]' for s in _SECTIONS)}"
            )
        try:
            compiled_rule = re.compile(line)
        except re.error as exc:
            raise ValueError(f"{path}:{lineno}: bad regular expression {line!r}: {exc}") from None
        if compiled_rule.groups or compiled_rule.flags & ~re.UNICODE:
            raise ValueError(
                f"{path}:{lineno}: {line!r}: use non-capturing groups (?:...) and scoped flags "
                "(?i:...) only; rules are combined into one pattern"
            )
        patterns[section].append(line)
        reasons[section].append((reason, compiled_rule))
    joined = {name: "|".join(f"(?:{p})" for p in pats) for name, pats in patterns.items() if pats}
    compiled = {name: re.compile(body) for name, body in joined.items()}
    combined = (
        re.compile("|".join(f"(?P<{name}>{body})" for name, body in joined.items()))
        if joined
        else None
    )
    counts = {name: len(pats) for name, pats in patterns.items()}
    return BoilerplateRules(
        source=str(path), counts=counts, combined=combined,
        reasons={name: tuple(pairs) for name, pairs in reasons.items()}, **compiled,
    )


def load_boilerplate(path: str | Path | None = None) -> BoilerplateRules:
    """Load boilerplate rules from ``path`` (default: the packaged ``resources/boilerplate.txt``).

    The file is plain UTF-8: ``#`` comment lines, section headers ``[line]``, ``[notice]``,
    ``[list]``, ``[nav]``, ``[weak]``, and one Python regular expression per line. A rule must
    match a whole line (``re.fullmatch``) of its *key*: the line with all whitespace removed and
    half-width ``, ; : ! ? ( )`` turned full-width, so write rules with ``，；：！？（）``
    (``来源：.{1,60}`` also matches ``来源 : 四川日报``).

    >>> rules = load_boilerplate()
    >>> rules.counts["line"] > 0 and rules.nav.fullmatch("最新范文") is not None
    True
    """
    if path is None:
        return _default_rules()
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: boilerplate rule file not found")
    return _parse_boilerplate(path)


@functools.lru_cache(maxsize=None)
def _default_rules() -> BoilerplateRules:
    return _parse_boilerplate(_resource_path("boilerplate.txt"))


def _line_keys(lines: list[str]) -> list[str]:
    """Each line without whitespace and with half-width ,;:!?() made full-width."""
    joined = _WS_NO_NEWLINE_RE.sub("", "\n".join(lines)).translate(_TO_FULLWIDTH)
    return joined.split("\n")


def _reads_like_sentence(key: str) -> bool:
    return key.rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


def _classify_lines(keys: list[str], rules: BoilerplateRules) -> tuple[list[str], list[bool]]:
    """For each key: the section whose rule matches it ('' for none), and whether it is a title.

    A title is a short line (at most 40 characters) that does not read like a sentence. Sentences
    only meet [notice] rules; [line] rules need at most 300 characters, the others a title.
    """
    cache: dict[str, tuple[str, bool]] = {}
    kinds: list[str] = []
    titles: list[bool] = []
    for key in keys:
        found = cache.get(key)
        if found is None:
            found = cache[key] = _classify_key(key, rules)
        kinds.append(found[0])
        titles.append(found[1])
    return kinds, titles


def _classify_key(key: str, rules: BoilerplateRules) -> tuple[str, bool]:
    sentence = _reads_like_sentence(key)
    title = not sentence and len(key) <= _MAX_TITLE_LEN
    if sentence or len(key) > _MAX_LINE_RULE_LEN:
        if rules.notice is not None and rules.notice.fullmatch(key):
            return "notice", title
        return "", title
    match = rules.combined.fullmatch(key) if rules.combined is not None else None
    if match is None:
        return "", title
    kind = next(name for name, group in match.groupdict().items() if group is not None)
    if kind in ("list", "nav", "weak") and not title:
        return "", title
    return kind, title


def _rule_reasons(keys: list[str], rules: BoilerplateRules) -> tuple[list[str], list[bool]]:
    """Per key: the reason a rule gives for removing it ("" for none), and whether it is weak."""
    n = len(keys)
    kinds, title = _classify_lines(keys, rules)
    reasons = [
        rules.reason(kind, key) if kind in ("notice", "line", "list", "nav") else ""
        for kind, key in zip(kinds, keys)
    ]
    marker = [kind == "nav" for kind in kinds]
    # nav blocks: (title, marker) pairs, at least two in a row
    for m in range(n):
        if not marker[m] or m < 1 or marker[m - 1] or not title[m - 1]:
            continue
        if m >= 3 and marker[m - 2] and title[m - 3] and not marker[m - 3]:
            continue  # not the first pair of its chain
        end = m
        while end + 2 < n and marker[end + 2] and title[end + 1] and not marker[end + 1]:
            end += 2
        if end > m:
            for t in range(m - 1, end, 2):
                reasons[t] = "nav_list"
    return reasons, [kind == "weak" for kind in kinds]


def _boilerplate_reasons(keys: list[str], raws: list[str], rules: BoilerplateRules) -> list[str]:
    """Why each line of a page (the keys of its non-blank lines) is chrome ("" for content)."""
    from textlab.chrome import chrome_reasons

    n = len(keys)
    rule_reasons, weak = _rule_reasons(keys, rules)
    reasons = chrome_reasons(keys, raws, rule_reasons)
    for i in range(n):  # a rule's "metadata" becomes metadata:<field> where the shape says which
        if reasons[i] == "metadata":
            from textlab.chrome import _strong_shape

            shape = _strong_shape(keys[i], raws[i]).rstrip("~")
            reasons[i] = shape if shape.startswith("metadata:") else "metadata:date"
    # weak words: only next to removed lines or the page edge
    for i in range(n):
        if weak[i] and not reasons[i] and (i == 0 or reasons[i - 1]):
            reasons[i] = "navigation"
    for i in reversed(range(n)):
        if weak[i] and not reasons[i] and (i == n - 1 or reasons[i + 1]):
            reasons[i] = "navigation"
    return reasons


def _boilerplate_flags(keys: list[str], rules: BoilerplateRules) -> list[bool]:
    """Removal flags for a page given as the keys of its non-blank lines."""
    return [bool(r) for r in _boilerplate_reasons(keys, keys, rules)]


_MAX_PASSES = 8  # chrome found next to chrome: passes until nothing more goes (bounded)
_MAX_LOOKS = 4  # with a chrome model: fresh looks at the surviving lines until one removes nothing (bounded)


def _one_look(keys: list[str], lines: list[str], alive: list[int], rules: BoilerplateRules,
              model=None) -> dict[int, str]:
    """The lines among ``alive`` that one fresh run of the filter removes, with their reasons: the rules
    in passes until nothing more goes, then (with ``model``) the judge on the lines ``alive`` names
    (the rule-removed ones among them visible with their reasons, as the model was trained)."""
    found: dict[int, str] = {}
    left = list(alive)
    for _ in range(_MAX_PASSES):
        got = _boilerplate_reasons([keys[i] for i in left], [lines[i] for i in left], rules)
        if not any(got):
            break
        found.update((i, reason) for i, reason in zip(left, got) if reason)
        left = [i for i, reason in zip(left, got) if not reason]
    if model is not None:
        from textlab.chrome_model import model_reasons

        judged = model_reasons([keys[i] for i in alive], [lines[i] for i in alive],
                               [found.get(i, "") for i in alive], model)
        found.update((i, reason) for i, reason in zip(alive, judged) if reason)
    return found


def _with_copies(keys: list[str], alive: list[int], found: dict[int, str]) -> dict[int, str]:
    """``found`` and the copies its lines leave: in a run of identical surviving lines (the same key,
    nothing but blank lines between) of which the look removed some and kept others, only the last
    copy it kept stays; the others go with the reason of the first removed copy. The next look would see a
    kept copy in the removed one's place and judge it alike, one copy per look: a run of N copies
    needs N looks, more than the looks allow (``clean(clean(x))`` took more)."""
    found = dict(found)
    start = 0
    while start < len(alive):
        end = start + 1
        while end < len(alive) and keys[alive[end]] == keys[alive[start]]:
            end += 1
        run = alive[start:end]
        gone = [i for i in run if i in found]
        kept = [i for i in run if i not in found]
        if gone and kept:
            for i in kept[:-1]:
                found[i] = found[gone[0]]
        start = end
    return found


def _settled_lines(lines: list[str]) -> list[str]:
    """Each line as ``normalize_whitespace`` leaves it (blank lines stay, as blanks)."""
    text = _SPACE_RUN_RE.sub(" ", _SPACE_BETWEEN_CJK_RE.sub("", "\n".join(lines)))
    return [line.strip() for line in text.split("\n")]


def _boilerplate_filter_with(rules: BoilerplateRules, model=None) -> Callable[[str], _LineFilterResult]:
    """The boilerplate line filter of ``rules``; with a ``textlab.chrome_model.ChromeModel`` the lines
    the rules keep and no content guard holds are then judged by the model (reason ``model: p=0.97``).

    With a model the filter is a fixpoint: after a look (rules, then judge) that removed lines, the
    surviving lines get a fresh look, as a second ``clean()`` would give them (the judge sees other
    neighbours once lines are gone), until a look removes nothing (at most :data:`_MAX_LOOKS`). The
    looks after the first see the lines as ``normalize_whitespace`` leaves them (no indent, no spaces
    between Chinese characters), as a second ``clean()`` sees them: a guard or feature that reads the
    spacing of a raw line (``西部党建　欢迎您！`` read as a name and a post) must not keep a line the
    second run removes. So ``clean(clean(x)) == clean(x)`` holds with the judge too; the rules alone
    settle in one look."""
    def filter_fn(text: str) -> _LineFilterResult:
        lines = _split_lines(text)
        keys = _line_keys(lines)
        reasons = [""] * len(lines)
        alive = [i for i, k in enumerate(keys) if k]
        view = lines
        for _ in range(_MAX_LOOKS + 1 if model is not None else 1):
            found = _one_look(keys, view, alive, rules, model)
            if model is not None:
                found = _with_copies(keys, alive, found)
            for i, reason in found.items():
                reasons[i] = reason
            alive = [i for i in alive if i not in found]
            if model is None:
                break
            if view is lines:  # from now on the lines as the output (and a second clean) has them
                view = _settled_lines(lines)
                if found or view != lines:
                    continue
            if not found:
                break
        keep = [not r for r in reasons]
        return _LineFilterResult(lines, keep, [line for line, k in zip(lines, keep) if k], reasons)

    return filter_fn


def _default_boilerplate_filter(text: str) -> _LineFilterResult:
    return _boilerplate_filter_with(_default_rules())(text)


strip_boilerplate = _as_line_filter(
    _default_boilerplate_filter,
    "strip_boilerplate",
    """Remove whole lines of web chrome and boilerplate (rules in resources/boilerplate.txt).

    >>> strip_boilerplate("【打印本页】【关闭窗口】\\n来源：四川日报\\n本站提供下载服务的版权归作者所有。")
    '本站提供下载服务的版权归作者所有。'
    """,
)


def boilerplate_step(
    rules: BoilerplateRules | str | Path, *, name: str = "strip_boilerplate"
) -> Step:
    """A boilerplate step using other rules (a ``BoilerplateRules`` or the path of a rule file).

    >>> step = boilerplate_step(load_boilerplate())
    >>> step("相关报道\\n正文。")
    '正文。'
    """
    if not isinstance(rules, BoilerplateRules):
        rules = load_boilerplate(rules)
    return _as_line_filter(_boilerplate_filter_with(rules), name, strip_boilerplate.__doc__)


# --------------------------------------------------------------------------------------------
# step 8: join_wrapped_lines

_ASCII_LETTER = re.compile("[A-Za-z]")


def _join_filter(text: str) -> _LineFilterResult:
    from textlab.wraps import wrap_plan

    lines = _split_lines(text)
    joins, drops = wrap_plan(lines)
    n = len(lines)
    keep = [True] * n
    reasons = [""] * n
    pieces: dict[int, list[str]] = {}  # first line of a joined paragraph -> its pieces
    last = None  # the last non-blank line that starts a paragraph
    blanks: list[int] = []
    for i, line in enumerate(lines):
        if drops[i]:  # page furniture (a page number, a running header) at a page break
            keep[i] = False
            reasons[i] = drops[i]
            continue
        if not line.strip():
            blanks.append(i)
            continue
        if joins[i] and last is not None:
            for b in blanks:  # blank lines inside a joined paragraph go
                keep[b] = False
                reasons[b] = "joined"
            parts = pieces.setdefault(last, [lines[last].rstrip()])
            tail = line.strip()
            if _ASCII_LETTER.match(parts[-1][-1:]) and _ASCII_LETTER.match(tail[:1]):
                parts.append(" ")
            parts.append(tail)
            keep[i] = False
            reasons[i] = "joined"
        else:
            last = i
        blanks = []
    output = ["".join(pieces[i]) if i in pieces else lines[i] for i in range(n) if keep[i]]
    return _LineFilterResult(lines, keep, output, reasons)


join_wrapped_lines = _as_line_filter(
    _join_filter,
    "join_wrapped_lines",
    """Rejoin lines broken at a fixed width (PDF copies) into paragraphs (see ``textlab.wraps``).

    >>> page = ("通知\\n为了促进棉、糖生产发展，国务院批转国家\\n农委关于召开棉花、糖料生产座谈会的情况\\n"
    ...         "报告，决定在适宜发展棉花、糖料的地区实\\n行挂钩。\\n一、关于棉粮挂钩的奖售基数问题。有关\\n"
    ...         "省、市、自治区应按国务院文件规定的基数\\n，尽快逐级落实到生产队，不要留缺口。")
    >>> print(join_wrapped_lines(page))
    通知
    为了促进棉、糖生产发展，国务院批转国家农委关于召开棉花、糖料生产座谈会的情况报告，决定在适宜发展棉花、糖料的地区实行挂钩。
    一、关于棉粮挂钩的奖售基数问题。有关省、市、自治区应按国务院文件规定的基数，尽快逐级落实到生产队，不要留缺口。
    """,
)


# --------------------------------------------------------------------------------------------
# the pipeline

_STEP_FUNCTIONS: dict[str, Step] = {
    "normalize_unicode": normalize_unicode,
    "strip_markup": strip_markup,
    "remove_pinyin": remove_pinyin,
    "to_simplified": to_simplified,
    "normalize_masks": normalize_masks,
    "unmask_known": unmask_known,
    "normalize_punctuation": normalize_punctuation,
    "strip_boilerplate": strip_boilerplate,
    "join_wrapped_lines": join_wrapped_lines,
    "normalize_whitespace": normalize_whitespace,
}

STEPS: tuple[str, ...] = tuple(_STEP_FUNCTIONS)
"""Names of the default steps, in the order ``clean`` runs them."""


def list_steps() -> list[str]:
    """The names of the default cleaning steps, in order.

    >>> list_steps()[0], list_steps()[-1]
    ('normalize_unicode', 'normalize_whitespace')
    """
    return list(STEPS)


def get_step(name: str) -> Step:
    """The step function called ``name``.

    >>> get_step("remove_pinyin")("網(wǎng)")
    '網'
    """
    try:
        return _STEP_FUNCTIONS[name]
    except KeyError:
        raise ValueError(
            f"unknown cleaning step {name!r}; known steps: {', '.join(STEPS)}"
        ) from None


class RemovedLine(NamedTuple):
    """A non-blank line a step removed.

    ``lineno`` is the 1-based line number in the text given to ``clean`` (as counted by
    ``str.splitlines``), or None when an earlier custom step changed the number of lines;
    ``text`` is the line as that step saw it (after the steps before it).
    """

    step: str
    lineno: int | None
    text: str
    reason: str = ""
    """Why the line went: ``toolbar``, ``breadcrumb``, ``metadata:date``, ``notice`` … (see
    ``textlab.chrome``); ``""`` for a step that gives no reasons (a custom step)."""

    @property
    def line_no(self) -> int | None:
        """Alias of ``lineno``."""
        return self.lineno

    @property
    def line(self) -> str:
        """Alias of ``text``."""
        return self.text


@dataclass(frozen=True)
class CleanReport:
    """What ``clean(text, report=True)`` returns: the cleaned text and what was removed."""

    text: str
    removed: list[RemovedLine]
    steps: list[str]
    meta: dict = field(default_factory=dict)
    """Metadata found in removed lines (keys of ``textlab.chrome.META_KEYS``: ``source``,
    ``date`` as ISO ``YYYY-MM-DD``, ``author``, ``editor``, ``views`` (int), ``page_title``,
    ``site``, ``doc_number``); the first value found wins."""

    def __str__(self) -> str:
        return self.text


StepSpec = Union[str, Step]
_MAX_ROUNDS = 4  # default pipeline: rounds while lines are being joined


def _resolve_steps(steps: Sequence[StepSpec] | None) -> list[tuple[str, Step]]:
    if steps is None:
        return list(_STEP_FUNCTIONS.items())
    if isinstance(steps, str):
        raise TypeError("steps must be a sequence of step names or callables, not a str")
    resolved = []
    for spec in steps:
        if isinstance(spec, str):
            resolved.append((spec, get_step(spec)))
        elif callable(spec):
            resolved.append((getattr(spec, "__name__", repr(spec)), spec))
        else:
            raise TypeError(
                f"a cleaning step must be a step name or a callable str -> str, "
                f"got {type(spec).__name__}: {spec!r}"
            )
    return resolved


def _with_chrome_model(pipeline: list[tuple[str, Step]], chrome_model) -> list[tuple[str, Step]]:
    """``pipeline`` with its default ``strip_boilerplate`` judged by a chrome model as well.

    ``chrome_model``: None or True (the shipped ``models/chrome``, read once per process), False
    (the rules alone), a ``textlab.chrome_model.ChromeModel``, or the path of a saved one."""
    if chrome_model is False or not any(func is strip_boilerplate for _, func in pipeline):
        return pipeline
    from textlab.chrome_model import ChromeModel, load_chrome_model, shipped_chrome_model

    if chrome_model is None or chrome_model is True:
        model = shipped_chrome_model()
    elif isinstance(chrome_model, ChromeModel):
        model = chrome_model
    elif isinstance(chrome_model, (str, Path)):
        model = load_chrome_model(chrome_model)
    else:
        raise TypeError(f"chrome_model must be None, a bool, a ChromeModel or a model folder path, "
                        f"got {type(chrome_model).__name__}")
    if model is None:
        return pipeline
    judged = _as_line_filter(_boilerplate_filter_with(_default_rules(), model), "strip_boilerplate",
                             strip_boilerplate.__doc__ or "")
    judged.chrome_model = model  # clean() looks again after a join when a model judges
    return [(name, judged if func is strip_boilerplate else func) for name, func in pipeline]


def _run_step(name: str, func: Step, text: str) -> str:
    out = func(text)
    if not isinstance(out, str):
        raise TypeError(f"cleaning step {name!r} returned {type(out).__name__}, expected str")
    return out


def _unsettled(start: str, text: str, steps, rejudge: bool = False) -> bool:
    """Run the default pipeline again? Only when a round changed the text and the result still
    looks hard-wrapped (a page cut at a fixed width reads differently once joined or unindented),
    or its lines would still be joined or dropped as wraps (a blank line or a removed line that
    stood between two pieces of a cut sentence is gone now, so a second ``clean()`` would join
    them), or (``rejudge``) a chrome model judged the page and the round joined hard-wrapped
    lines: the judge sees a joined page differently (its ``wrapped`` guard and neighbours
    change), so it looks again, as a second ``clean()`` would."""
    if steps is not None or text == start:
        return False
    if rejudge:
        return True
    from textlab.wraps import wrap_plan, wrap_width

    lines = text.split("\n")
    if wrap_width(lines) is not None:
        return True
    plan = wrap_plan(lines)
    return any(plan.joins) or any(plan.drops)


def clean(
    text: str,
    *,
    steps: Sequence[StepSpec] | None = None,
    report: bool = False,
    chrome_model=None,
) -> str | CleanReport:
    """Clean a raw document: one paragraph per line, simplified, no web chrome, masks unified.

    ``steps`` lists step names (see ``list_steps()``) or callables ``str -> str`` to run instead
    of the default pipeline, in the order given. With ``report=True`` the result is a
    ``CleanReport`` whose ``removed`` lists every non-blank line removed, by which step, with
    its line number in ``text``. ``chrome_model`` chooses who judges the lines the chrome rules
    keep (except those a content guard holds): by default (None or True) the shipped model of
    ``models/chrome`` (see ``textlab.chrome_model``; its removals have the reason ``model: p=0.97``,
    the model's chrome probability), False for the rules alone,
    or a ``ChromeModel`` / the folder of a saved one.

    >>> clean("中國甘肅網(wǎng)4月9日訊\\n相关报道\\n")
    '中国甘肃网4月9日讯'
    >>> r = clean("2023-02-08 20:30:20\\n\\n正文。", report=True)
    >>> r.text, [(x.step, x.lineno, x.text) for x in r.removed]
    ('正文。', [('strip_boilerplate', 1, '2023-02-08 20:30:20')])
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() expects a str, got {type(text).__name__}")
    pipeline = _with_chrome_model(_resolve_steps(steps), chrome_model)
    # the default pipeline runs again on its own output while that still looks hard-wrapped
    # (see _unsettled), so clean stays idempotent
    rounds = _MAX_ROUNDS if steps is None else 1
    judged = any(getattr(func, "chrome_model", None) is not None for _, func in pipeline)
    if not report:
        for _ in range(rounds):
            start, joined = text, False
            for name, func in pipeline:
                before = text
                text = _run_step(name, func, text)
                joined |= name == "join_wrapped_lines" and text != before
            if not _unsettled(start, text, steps, judged and joined):
                break
        return text

    origin: list[int | None] = list(range(1, len(_split_lines(text)) + 1))
    removed: list[RemovedLine] = []
    meta: dict = {}
    title_seen: list[str] = []
    for _ in range(rounds):
        start, joined = text, False
        for name, func in pipeline:
            line_filter = getattr(func, "line_filter", None)
            if line_filter is not None:
                result = line_filter(text)
                joined |= name == "join_wrapped_lines" and not all(result.keep)
                if len(result.lines) != len(origin):
                    origin = [None] * len(result.lines)
                reasons = result.reasons or [""] * len(result.lines)
                for k, (line, keep, lineno) in enumerate(zip(result.lines, result.keep, origin)):
                    if not keep and line.strip() and reasons[k] != "joined":
                        removed.append(RemovedLine(name, lineno, line, reasons[k]))
                        if reasons[k]:
                            nxt = result.lines[k + 1] if k + 1 < len(result.lines) else None
                            for key, value in line_meta(line, reasons[k], nxt).items():
                                meta.setdefault(key, value)
                            if reasons[k].endswith(" (page title)"):  # the judge's page title over mid-document content
                                title_seen.append(line)
                origin = [lineno for lineno, keep in zip(origin, result.keep) if keep]
                text = "\n".join(result.output)
            else:
                before = len(_split_lines(text))
                text = _run_step(name, func, text)
                after = len(_split_lines(text))
                if after != before:
                    origin = [None] * after
                joined |= name == "join_wrapped_lines" and after != before
        if not _unsettled(start, text, steps, judged and joined):
            break
    if title_seen and "page_title" not in meta:  # as the rules read a page title: the title, and its site
        for key, value in line_meta(re.sub(r"</?title>", "", title_seen[0], flags=re.IGNORECASE), "page_title").items():
            meta.setdefault(key, value)
    return CleanReport(text=text, removed=removed, steps=[name for name, _ in pipeline], meta=meta)
