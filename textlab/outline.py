"""Structure stage: paragraphs, sentences, and the heading hierarchy of a document.

Works on raw web copies and on the output of ``textlab.cleaning.clean`` alike: indentation
(spaces, full-width ``　　``, no-break and zero-width spaces) is stripped and blank lines are
ignored.

* ``paragraphs(text)``: the non-empty lines, stripped; a line too long to be one paragraph is
  cut into units of at most 400 characters (see "Long lines" below).
* ``sentences(text)``: split at 。！？； ``!?;`` (and ``.`` where it is a full stop) and at
  line breaks; closing quotes and brackets stay with the sentence they close.
* ``structure(text)``: title, headings with levels, and which paragraph sits under which.

Heading rules (every rule is anchored at the start of a paragraph or of a sentence, and every
pattern is bounded, so the stage runs in linear time):

* Numbered headings: ``一、`` (kind ``cn``), ``（一）`` (``paren_cn``), ``1.``/``1、``/``1．``
  (``arabic``), ``(1)``/``（1）`` (``paren_arabic``). A numbered paragraph is an own-line heading
  when it is one short sentence (at most 60 characters, or 100 without final punctuation; not
  ending in ；，、：); an *inline*
  heading when its first sentence is short and more text follows (heading text = that first
  sentence). Long numbered paragraphs, items ending in ；/，, and ``term：definition`` entries
  of an appendix glossary are list entries, not headings. A bare numeral line (``一`` or
  ``一、`` alone) is a heading only in documents without titled headings of that kind.
* Ordinals: ``一是``/``一要``/``第一，``/``第一、`` at the start of a sentence (also in mid
  paragraph, as in ``…成效。一是…。二是…``), kind ``ordinal``, always the innermost level.
  ``二是`` counts only right after ``一是`` (numbering must continue); ``首先`` is left out
  because it is far more often an adverb than a heading. An own-line ordinal heads the
  paragraphs that follow it; an inline one only its own paragraph. Ordinals are never
  top-level sections.
* Plain headings (kind ``plain``): an unnumbered short line (2–30 characters, no punctuation
  at its end, no colon) after the opening of the document, preceded by a finished sentence and
  followed by body text or a numbered heading, e.g. ``2024年工作回顾`` in reports whose
  ``一、`` numbering was lost. Where it goes:
  before any numbered heading, or among other plain headings: top-level (a sibling of
  ``二、2025年工作安排`` that follows it); inside a numbered section: a sub-heading of that
  section (the ``五年来，…`` lead lines of 2003); ``结束语``: always top-level; a line with a
  comma under a comma-free plain heading: a sub-heading (a lead sentence). When plain lines
  occur both before the first numbered heading and after it, they are *parts* and rank above
  ``一、`` (1982, 1984, 1988: ``关于国内建设`` … ``一、…`` … ``关于外交工作``); a plain line in a
  numbered section is then a new part unless that section's numbering continues after it.
* Hierarchy: a numbered heading continues the innermost open sequence of its kind whose last
  number is one less; otherwise it opens a new sequence below the headings of more important
  kinds (一、 > （一） > 1. > （1） > 一是). A restart of a kind inside an open sequence of the
  same kind (an enumerated ``一、二、三、`` list inside section ``四、``) becomes a nested
  sequence; when the outer numbering continues, the nested list is closed. List entries keep
  count in their sequence without being headings, bare numerals are counted apart from titled
  headings, and a title without final punctuation continues a titled sequence rather than a
  list of entries. A kind first met below a top-level sequence of a normally lower kind ranks
  below it in that document (1981: parts ``（一）（二）（三）`` with ``一、…十、`` inside ``（二）``).
* Appendix: a short line such as ``附件``, ``附件2 名词解释``, ``名词解释`` or ``…名词注释`` after
  the opening ends the main body. Headings from there on are kept with ``appendix=True``
  (Guangdong's 民生实事 list repeats ``一、二、三、``); ``top_level()`` and ``sections()``
  leave them out unless asked.
* Title: among the lines before the body (the greeting ``同志们：``/``各位代表：``, the first
  long sentence or the first numbered heading), the first short line without final
  punctuation that names a document (``…讲话``, ``…报告``, ``…发言``, ``…材料``…), else the first
  such line that is not a date, source or byline. Greetings are ordinary paragraphs.

Long lines: a document pasted without line breaks (or a line of more than 3,000 characters) is
cut into paragraph-sized units of at most 400 characters before all of the above (see
``split_long_line``): at inline section headings (``…。一、…``, ``…做法：（一）…``), around the
greeting and title, and at sentence boundaries. A section heading found inline becomes a heading
with the level it would have on its own line (its text cut at 60 characters when its line break
was lost and it runs into its first sentence); an item (``1.``, ``（1）``) that a unit starts with
is a list entry, and ordinals stay inline ordinals. ``ParagraphInfo.cut`` marks such units.
Normal documents are untouched.

Levels are depths in the heading tree: 1 for top-level headings, 2 for the headings directly
under them, and so on; in a regular document this is 一、=1, （一）=2, 1.=3 …

Example:
    >>> s = structure("关于工作的讲话\\n同志们：\\n一、总体要求\\n要抓好落实。一是建立机制。二是压实责任。")
    >>> s.title
    '关于工作的讲话'
    >>> [(h.level, h.kind, h.text) for h in s.headings]
    [(1, 'cn', '总体要求'), (2, 'ordinal', '建立机制'), (2, 'ordinal', '压实责任')]
    >>> s.section_of(3).text
    '总体要求'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textlab.numerals import chinese_number

__all__ = ["Heading", "ParagraphInfo", "Structure", "paragraphs", "sentences", "split_long_line", "structure"]

# Whitespace as str.isspace() sees it, plus zero-width characters that web copies leave behind.
_STRIP = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u2060\ufeff"
)

# sentence ends
_TERMINATORS = "。！？；!?;｡"
_DOTS = ".．"
_CLOSERS = "”’」』）)】》〉］]〕\"'"
_QUOTES = "\"'"
_TERM_OR_DOT = re.compile("[" + re.escape(_TERMINATORS + _DOTS) + "]")
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z０-９%％/_=\-]")
_DIGITS = "0123456789０１２３４５６７８９"

_CN_NUMERAL = "[一二三四五六七八九十]{1,3}"

# markers at the start of a paragraph (all bounded; matched with .match)
_NUMBERED = re.compile(
    rf"(?P<cn>{_CN_NUMERAL})[、．]"
    rf"|[（(](?P<paren_cn>{_CN_NUMERAL})[）)]"
    r"|(?P<arabic>[0-9０-９]{1,2})[.．、](?![0-9０-９%％])"
    r"|[（(](?P<paren_arabic>[0-9０-９]{1,2})[）)]"
)
_BARE_NUMERAL = re.compile(rf"(?P<cn>{_CN_NUMERAL})[、．]?")
_ORDINAL = re.compile(rf"第(?P<a>{_CN_NUMERAL})(?:[，,、：:]|是)|(?P<b>{_CN_NUMERAL})(?:是|要)")
# "三、四月份", "一、二季度": two numbers, not a heading
_NUMBER_PAIR = re.compile(rf"{_CN_NUMERAL}(?:、|月|季度)")

_GREETING_WORDS = re.compile(
    r"同志们|代表们|各位代表|各位领导|各位来宾|各位委员|各位嘉宾|朋友们|女士们|先生们|同学们|老师们|各位同仁"
)
_TITLE_WORDS = re.compile(
    r"讲话|报告|发言|材料|意见|方案|通知|决定|计划|总结|致辞|体会|纲要|说明|汇报|交流|演讲|规划|决议|述职|心得"
)
_DATE_LIKE = re.compile(r"[0-9０-９]{2,4}(?:年|[-./])[0-9０-９]{1,2}(?:月|[-./])|^[—\-－]{1,2}|^来源|^[0-9０-９:： .\-]+$")
_APPENDIX_CUE = re.compile(r"(?:附件|附录|附表)[0-9０-９一二三四五六七八九十]{0,3}(?:[\s：:].{0,20})?|.{0,20}名词(?:解释|注释)|注释")
_GLOSSARY_ENTRY = re.compile(r"[^，。；：:]{1,30}[：:]")
_CLOSING = re.compile(r"结\s?束\s?语|结语")
_LABEL_HEAD = re.compile(  # what stands before the colon of a metadata line, never of a title
    r"来源|时间|日期|作者|编辑|责编|审核|校对|浏览|阅读|点击|字号|发文|索引|主题|标签|关键词|分类|地点|电话|地址|邮编|网址|"
    r"主办|承办|附件|联系|签发|抄送|主送|备注|说明|注$"
)

_FINAL_PUNCT = "。！？；!?;：:…"
_NO_PLAIN_END = "。！？；!?;，,、：:…—-－.．（(“‘「『【《〈"
_NO_PLAIN_START = "”’」』）)】》〉、，。：；！？,.;:!?"

_MAX_HEADING = 60  # characters of a heading sentence, marker excluded
_MAX_TITLE_LINE = 100  # an own-line numbered heading without final punctuation may be this long
_MAX_PLAIN = 30
_MAX_TITLE = 60
_MAX_GREETING = 40
_BODY_MIN = 40  # a paragraph this long that ends a sentence starts the body

_ITEM_KINDS = ("arabic", "paren_arabic")  # at the start of a unit cut from a long line: list entries
_RANK = {"cn": 1.0, "paren_cn": 2.0, "arabic": 3.0, "paren_arabic": 4.0}
_RANK.update({k + "/bare": v + 0.25 for k, v in list(_RANK.items())})


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Heading:
    """One heading.

    ``text`` is the heading without its number marker and without final punctuation;
    ``marker`` is the marker as written (``一、``, ``（一）``, ``1.``, ``一是``; empty for plain
    headings); ``sentence`` is the sentence index inside the paragraph (non-zero for an ordinal
    in mid paragraph); ``appendix`` marks headings after the end of the main body.
    """

    level: int
    text: str
    number: str | None
    kind: str
    paragraph: int
    inline: bool
    marker: str = ""
    sentence: int = 0
    appendix: bool = False

    @property
    def label(self) -> str:
        """Marker and text as they read in the document, e.g. ``一、2024年工作回顾``."""
        return f"{self.marker}{self.text}"


@dataclass(frozen=True)
class ParagraphInfo:
    """One paragraph: ``headings`` are indices into ``Structure.headings``, outermost first.

    ``is_heading`` is True when the whole paragraph is a heading (an own-line heading); a
    paragraph that opens with an inline heading is body text and lists that heading in
    ``headings``, as does an own-line heading paragraph.
    ``cut`` is True for the units a line too long to be one paragraph was cut into.
    """

    index: int
    text: str
    is_heading: bool
    headings: tuple[int, ...]
    cut: bool = False  # a unit cut from a line too long to be one paragraph (see ``split_long_line``)


@dataclass(frozen=True)
class Structure:
    """Title, headings and paragraphs of one document (see ``structure``)."""

    title: str | None
    headings: list[Heading]
    paragraphs: list[ParagraphInfo]

    def top_level(self, *, appendix: bool = False) -> list[Heading]:
        """Top-level headings of the main body (and of the appendix when ``appendix=True``).

        Ordinals (``一是…``) are never top-level sections, even in a document without other
        headings, where they have level 1.
        """
        return [h for h in self.headings if h.level == 1 and h.kind != "ordinal" and (appendix or not h.appendix)]

    def _top_of(self, para: ParagraphInfo) -> int | None:
        if para.headings and self.headings[para.headings[0]].kind != "ordinal":
            return para.headings[0]
        return None

    def section_of(self, paragraph_index: int) -> Heading | None:
        """The top-level heading paragraph ``paragraph_index`` sits under, or None (preamble).

        Appendix paragraphs return their appendix heading (``heading.appendix`` is True).
        """
        if not 0 <= paragraph_index < len(self.paragraphs):
            raise IndexError(f"paragraph index {paragraph_index} out of range 0..{len(self.paragraphs) - 1}")
        top = self._top_of(self.paragraphs[paragraph_index])
        return self.headings[top] if top is not None else None

    def sections(self, *, appendix: bool = False) -> list[tuple[Heading | None, list[int]]]:
        """Top-level sections as (heading, paragraph indices); ``(None, [...])`` is the preamble.

        The preamble entry is present only when there are paragraphs before the first heading.
        Appendix sections are left out unless ``appendix=True``; ``appendix_start`` says where
        the appendix begins.
        """
        out: list[tuple[Heading | None, list[int]]] = []
        current: int | None = -1
        for para in self.paragraphs:
            top = self._top_of(para)
            if top is not None and self.headings[top].appendix and not appendix:
                continue
            if top != current or not out:
                out.append((self.headings[top] if top is not None else None, []))
                current = top
            out[-1][1].append(para.index)
        return out

    @property
    def appendix_start(self) -> int | None:
        """Index of the paragraph where the appendix begins, or None."""
        for h in self.headings:
            if h.appendix:
                return h.paragraph
        return None

    def outline(self, *, max_level: int | None = None) -> str:
        """An indented text outline: the title, then one heading per line (2 spaces a level).

        >>> print(structure("一、回顾\\n（一）成绩\\n做了工作。\\n二、任务\\n要抓落实。").outline())
        一、回顾
          （一）成绩
        二、任务
        """
        lines = [f"《{self.title}》"] if self.title else []
        for h in self.headings:
            if max_level is not None and h.level > max_level:
                continue
            tag = " [附录]" if h.appendix and h.level == 1 else ""
            lines.append("  " * (h.level - 1) + (h.label or h.marker or "(无标题)") + tag)
        return "\n".join(lines)

    def to_records(self) -> list[dict]:
        """One dict per paragraph for tables (``pandas.DataFrame(s.to_records())``).

        Keys: ``paragraph``, ``text``, ``is_heading``, ``top_heading`` (label of
        ``section_of(paragraph)``, or None), ``sub_heading`` (label of the enclosing level-2
        heading, or None), ``level`` (level of the innermost enclosing heading, 0 when there is
        none) and ``appendix``.
        """
        records = []
        for para in self.paragraphs:
            enclosing = [self.headings[i] for i in para.headings]
            top = self._top_of(para)
            sub = next((h for h in enclosing if h.level == 2), None)
            records.append({
                "paragraph": para.index,
                "text": para.text,
                "is_heading": para.is_heading,
                "top_heading": self.headings[top].label if top is not None else None,
                "sub_heading": sub.label if sub is not None and top is not None else None,
                "level": enclosing[-1].level if enclosing else 0,
                "appendix": bool(enclosing and enclosing[0].appendix),
            })
        return records


# --------------------------------------------------------------------------- paragraphs, sentences


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("textlab.structure() expects str, got bytes: decode the file first (textlab.load_corpus does)")
    raise TypeError(f"textlab.structure() expects str, got {type(text).__name__}")


def _lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.strip(_STRIP)
        if line:
            out.append(line)
    return out


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped of indentation and zero-width spaces.

    A line that is too long to be one paragraph is cut into paragraph-sized units of at most
    ``UNIT_CHARS`` (400) characters (see ``split_long_line``): a line of more than
    ``LONG_LINE`` (3,000) characters, or a line of more than 500 characters that holds at least
    80% of the document's characters (a pasted or PDF copy with no line breaks). Every other
    line is one paragraph, as in 0.1.0; no line of the seeds, the dev set or the work reports
    is cut (the longest is 1,625 characters, and none dominates its document).

    >>> paragraphs("　　一、总体要求\\n\\n  要抓好落实。 \\n")
    ['一、总体要求', '要抓好落实。']
    """
    return [unit for unit, _ in _paragraph_units(_check_text(text))]


def _is_full_stop(p: str, i: int, start: int = 0) -> bool:
    """Is the '.'/'．' at ``p[i]`` a full stop (not a decimal point, ellipsis, URL or heading number)?

    ``start`` is where the text of the current sentence starts (after any whitespace).
    """
    nxt = p[i + 1] if i + 1 < len(p) else ""
    prev = p[i - 1] if i else ""
    if nxt in _DOTS or (prev and prev in _DOTS):
        return False  # "......" is an ellipsis
    if nxt and _ASCII_ALNUM.match(nxt):
        return False  # 6.6%, www.example.com, No.1
    k = i - 1
    while k >= start and p[k] in _DIGITS:
        k -= 1
    if k < start < i:
        return False  # heading number "1." at the start of a sentence
    return True


def _skip_space(p: str, i: int) -> int:
    while i < len(p) and p[i] in _STRIP:
        i += 1
    return i


def _sentence_spans(p: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph, whitespace trimmed, none empty.

    Linear in ``len(p)``: each character is looked at a bounded number of times.
    """
    spans = []
    n = len(p)
    start = 0
    text_start = _skip_space(p, 0)
    pos = 0
    while True:
        m = _TERM_OR_DOT.search(p, pos)
        if m is None:
            break
        i = m.start()
        ch = p[i]
        if ch in _DOTS:
            ok = _is_full_stop(p, i, text_start)
        elif ch in "?!":
            ok = not (i + 1 < n and _ASCII_ALNUM.match(p[i + 1]))  # "?id=3" in a URL
        else:
            ok = True
        if not ok:
            pos = i + 1
            continue
        j = i + 1
        parity: dict[str, int] = {}
        while j < n:
            c = p[j]
            if c in _QUOTES:  # a half-width quote closes only an open one
                if c not in parity:
                    parity[c] = p.count(c, start, j) % 2
                if parity[c] == 0:
                    break
                parity[c] = 0
            elif c in _DOTS:
                if p[j - 1] in _DOTS or not _is_full_stop(p, j, text_start):
                    break
            elif c not in _TERMINATORS and c not in _CLOSERS:
                break
            j += 1
        spans.append((start, j))
        start = pos = j
        text_start = _skip_space(p, j)
    if start < n:
        spans.append((start, n))
    out = []
    for a, b in spans:
        while a < b and p[a] in _STRIP:
            a += 1
        while b > a and p[b - 1] in _STRIP:
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _split_sentences(p: str) -> list[str]:
    return [p[a:b] for a, b in _sentence_spans(p)]


def sentences(text: str) -> list[str]:
    """Sentences of ``text``, split at 。！？；!?; (and a full-stop ``.``) and at line breaks.

    Closing quotes and brackets stay with the sentence they close; ``6.6%`` and the ``1.`` of
    a heading number are not split; no sentence is empty and only whitespace is dropped.

    A line of more than ``LONG_LINE`` characters is first cut as ``paragraphs`` cuts it (at
    inline headings and sentence ends); the rule by which ``paragraphs`` also cuts a shorter line
    that holds most of a document is not applied, because ``sentences`` is as often called on one
    paragraph as on a document, and a paragraph of 525 characters is not a pasted document (it
    would lose a "title" such as 今年是“十四五”规划 from the front of its first sentence).

    >>> sentences("他说：“要抓落实。”增长6.6%。\\n1.做好就业工作")
    ['他说：“要抓落实。”', '增长6.6%。', '1.做好就业工作']
    >>> sentences("今年是“十四五”规划收官之年。" * 40)[0]
    '今年是“十四五”规划收官之年。'
    """
    out: list[str] = []
    for line in _lines(_check_text(text)):
        for p in split_long_line(line, max_chars=UNIT_CHARS) if len(line) > LONG_LINE else (line,):
            out.extend(_split_sentences(p))
    return out


# --------------------------------------------------------------------------- long lines

LONG_LINE = 3000  # characters: a line longer than this is never one paragraph
UNIT_CHARS = 400  # characters: the size a long line is cut down to (unless one sentence is longer)
_DOMINANT = 0.8  # a line holding this share of a document's characters is a copy without line breaks
_MIN_SPLIT = 500  # characters: a shorter line is always one paragraph


def _inline_heading(p: str, a: int, b: int, last: dict[str, int]) -> str | None:
    """The kind of heading or item marker the sentence ``p[a:b]`` opens with, if it continues the numbering.

    Only sentence starts are looked at (so ``一是一`` inside a sentence never counts); a number
    counts when it is 1 or follows the last number of its kind in the line, and ``三、四月份`` /
    ``1、2月`` are number pairs, not markers. ``last`` is updated.
    """
    m = _NUMBERED.match(p, a, b)
    if m is not None:
        kind = m.lastgroup
        number = m.group(kind)
        value = _cn_value(number) if kind in ("cn", "paren_cn") else int(number)
        rest = _skip_space(p, m.end())  # no slice: a sentence may hold thousands of "：一、"
        if value is None or rest >= b:
            return None
        if (kind == "cn" and _NUMBER_PAIR.match(p, rest, b)) or (kind == "arabic" and p[rest] in _DIGITS):
            return None
    else:
        m = _ORDINAL.match(p, a, b)
        if m is None:
            return None
        kind, value = "ordinal", _cn_value(m.group("a") or m.group("b"))
        if value is None:
            return None
    if value != 1 and value != last.get(kind, 0) + 1:
        return None
    last[kind] = value
    return kind


def _greeting_cut(p: str, a: int, b: int) -> tuple[int, int] | None:
    """(start, end) of a greeting such as ``各位领导、同志们：`` inside the first sentence ``p[a:b]``."""
    m = _GREETING_WORDS.search(p, a, min(b, a + _MAX_TITLE + 1))
    if m is None:
        return None
    end = m.end()
    for _ in range(4):  # "各位领导、同志们：": up to four greeting words in a row
        if end < b and p[end] in "：:":
            return m.start(), end + 1
        if end < b and p[end] in "、，,和及":
            nxt = _GREETING_WORDS.match(p, end + 1, b)
            if nxt is not None:
                end = nxt.end()
                continue
        break
    return None


def _title_cut(p: str, a: int, b: int) -> int | None:
    """Where a title such as ``…活动计划`` ends inside the first sentence ``p[a:b]`` (no greeting).

    The title is the longest start of the sentence, at most ``_MAX_TITLE`` characters, that ends
    in a document word (``讲话``, ``报告``, ``计划``…) and holds no comma or colon; the sentence
    must go on after it.
    """
    head_end = min(b, a + _MAX_TITLE)
    stop = len(p)
    for ch in "，,：:":
        k = p.find(ch, a, head_end)
        if k != -1:
            stop = min(stop, k)
    end = None
    for m in _TITLE_WORDS.finditer(p, a, min(head_end, stop)):
        end = m.end()
    if end is None or end >= b or _cjk_count(p[a:end]) < 4 or p[end] in _CLOSERS + _NO_PLAIN_START:
        return None
    return end


_LEAD = 20  # characters: a sentence this short that ends in 。 is a lead sentence (see _pack)
_LOOK = 0.5  # a unit is closed before a lead sentence in its second half


def _is_lead(p: str, a: int, b: int) -> bool:
    """A short sentence such as ``积极发展基层民主。``: it usually opens a paragraph."""
    return b - a <= _LEAD and p[b - 1] in "。！？!?" and p.count("，", a, b) <= 1


def _pack(segs: list[tuple[int, int]], leads: list[bool], max_chars: int) -> list[tuple[int, int]]:
    """Pack consecutive sentences (``segs``, character spans) into units of at most ``max_chars``.

    When a unit would grow too long, it is closed before the last *lead* sentence (an item
    marker or a short sentence, ``leads``) in its second half, else before the sentence that
    does not fit. A sentence longer than ``max_chars`` is a unit of its own. A short last unit
    then takes sentences from the end of the unit before while it stays the shorter of the two
    (no stub of one sentence at the end of a section or document). Each sentence is looked at a
    bounded number of times (a look-back stays inside one unit's second half).
    """
    if not segs:
        return []
    firsts: list[int] = []  # index of the first sentence of each unit
    i, t, n = 0, 0, len(segs)
    while t < n:
        if t > i and segs[t][1] - segs[i][0] > max_chars:
            cut = t
            for j in range(t, i, -1):
                if segs[j][0] - segs[i][0] < _LOOK * max_chars:
                    break
                if leads[j]:
                    cut = j
                    break
            firsts.append(i)
            i = cut
            continue
        t += 1
    firsts.append(i)
    if len(firsts) > 1:
        # a short last unit takes sentences from the one before while it stays the shorter
        a = firsts[-1]
        while a - 1 > firsts[-2] and segs[n - 1][1] - segs[a - 1][0] <= segs[a - 1][0] - segs[firsts[-2]][0]:
            a -= 1
        firsts[-1] = a
    ends = firsts[1:] + [n]
    return [(segs[f][0], segs[e - 1][1]) for f, e in zip(firsts, ends)]


_SECTION_KINDS = ("cn", "paren_cn")  # inline, these always start a unit; items are lead sentences


def split_long_line(line: str, *, max_chars: int = UNIT_CHARS) -> list[str]:
    """Cut one long line (a document pasted without line breaks) into paragraph-sized units.

    * A greeting such as ``各位领导、同志们：`` near the start becomes its own unit, and what
      stands before it (the title) too; without a greeting, a title at the start of the line
      (at most 60 characters, no comma, ending in a document word such as ``讲话``, ``报告``,
      ``计划``) is cut off the first sentence.
    * A section heading ``一、`` or ``（一）`` at the start of a sentence, or right after a colon
      (``…做法：一、全面赋能…``), starts a new unit when its number is 1 or continues the
      numbering of its kind in the line (so ``三、四月份`` or a stray ``三、`` does not).
    * The sentences in between are packed into units of at most ``max_chars`` characters
      (``UNIT_CHARS``, 400, by default). A unit that would grow too long is closed before the
      last *lead* sentence in its second half, if there is one: an item (``1.``, ``（1）``,
      ``一是``/``一要``, ``第一，`` at a sentence start, continuing its numbering) or a short
      sentence such as ``积极发展基层民主。``, which usually opens a paragraph. A single
      sentence longer than ``max_chars`` is a unit of its own, whole.

    Markers inside a sentence (``一是一``, ``第一，`` in mid sentence) are never cut at. Cuts fall
    on sentence boundaries, after a colon and around the greeting, so the units hold every
    character of the line but whitespace at their ends. Linear in ``len(line)``.

    >>> split_long_line("关于工作的讲话同志们：要抓好落实。一、总体要求。要抓好。一是要实。二是要细。二、任务", max_chars=12)
    ['关于工作的讲话', '同志们：', '要抓好落实。', '一、总体要求。要抓好。', '一是要实。二是要细。', '二、任务']
    """
    spans = _sentence_spans(line)
    if not spans:
        return []
    hard: list[int] = []  # character offsets where a unit must start, in order
    first_a, first_b = spans[0]
    # title and greeting only in a first sentence of ordinary length: a unit that is one long
    # sentence is never cut again (paragraphs(unit) == [unit])
    opening = first_b - first_a <= _MAX_TITLE + _MAX_GREETING + _MAX_HEADING
    greeting = _greeting_cut(line, first_a, first_b) if opening else None
    title_end = _title_cut(line, first_a, greeting[0] if greeting else first_b) if opening else None
    hard.append(first_a)
    if title_end is not None:
        hard.append(title_end)
    if greeting is not None:
        g0, g1 = greeting
        if title_end is not None and g0 - title_end <= _MAX_GREETING // 2:
            g0 = title_end  # "…汇报发言尊敬的×部长，各位领导，同志们：": the greeting starts after the title
        hard.extend(x for x in (g0, g1) if x < first_b)
    last: dict[str, int] = {}
    item = [False] * len(spans)
    for s, (a, b) in enumerate(spans):
        colon = line.find("：", a, b)
        kind = _inline_heading(line, a, b, last) if s else None
        if kind in _SECTION_KINDS:
            hard.append(a)
        elif kind is not None:
            item[s] = True
        while colon != -1:  # "主要有三个方面：一、全面赋能…": a section heading after a colon
            at = _skip_space(line, colon + 1)
            if at < b and _NUMBERED.match(line, at, b) and _inline_heading(line, at, b, last) in _SECTION_KINDS:
                hard.append(at)
            colon = line.find("：", colon + 1, b)
    hard = sorted(set(hard))
    hard.append(len(line))
    units: list[str] = []
    s = 0
    for k in range(len(hard) - 1):
        start, end = hard[k], hard[k + 1]
        while s < len(spans) and spans[s][1] <= start:
            s += 1
        segs: list[tuple[int, int]] = []
        leads: list[bool] = []
        while s < len(spans) and spans[s][0] < end:
            a, b = max(spans[s][0], start), min(spans[s][1], end)
            segs.append((a, b))
            leads.append(a == spans[s][0] and (item[s] or _is_lead(line, a, b)))
            if spans[s][1] > end:
                break
            s += 1
        units.extend(line[a:b] for a, b in _pack(segs, leads, max_chars))
    return [u for u in (u.strip(_STRIP) for u in units) if u]


def _is_long(line: str, total: int) -> bool:
    return len(line) > LONG_LINE or (len(line) > _MIN_SPLIT and len(line) >= _DOMINANT * total)


def _paragraph_units(text: str) -> list[tuple[str, bool]]:
    """(paragraph, cut from a long line?) for every paragraph of ``text``."""
    lines = _lines(text)
    total = sum(map(len, lines))
    out: list[tuple[str, bool]] = []
    for line in lines:
        if _is_long(line, total):
            out.extend((unit, True) for unit in split_long_line(line, max_chars=UNIT_CHARS))
        else:
            out.append((line, False))
    return out


# --------------------------------------------------------------------------- numbers


def _cn_value(s: str) -> int | None:
    """Value of a Chinese numeral from 一 to 九十九 (``textlab.numerals``), or None.

    >>> [_cn_value(s) for s in ("一", "十", "十二", "二十", "二十三", "十十", "〇", "3")]
    [1, 10, 12, 20, 23, None, None, None]
    """
    if s.isascii():
        return None
    return chinese_number(s) or None


def _strip_final(s: str) -> str:
    return s.rstrip(_TERMINATORS + _DOTS + _STRIP)


# --------------------------------------------------------------------------- paragraph classes


@dataclass
class _Numbered:
    kind: str
    value: int
    number: str
    marker: str
    text: str
    inline: bool
    bare: bool
    entry: bool  # a list entry: numbered, but not a heading
    punct: bool = False  # the heading sentence ends in punctuation ("五、加强队伍建设。")


def _numbered(p: str, in_appendix: bool, *, cut: bool = False) -> _Numbered | None:
    """The number marker a paragraph opens with, and whether it heads the paragraph.

    ``entry`` is True for list entries (long items, items ending in ；/，, glossary entries):
    they keep the numbering going but are not headings.
    """
    m = _NUMBERED.match(p)
    if m is None:
        b = _BARE_NUMERAL.fullmatch(p)
        if b is not None and _cn_value(b.group("cn")) is not None:
            number = b.group("cn")
            return _Numbered("cn", _cn_value(number), number, p, "", False, True, False)
        return None
    kind = m.lastgroup
    number = m.group(kind)
    if kind in ("cn", "paren_cn"):
        value = _cn_value(number)
        if value is None:
            return None
    else:
        value = int(number)
        number = str(value)
    rest = p[m.end():].lstrip(_STRIP)
    if kind == "cn" and _NUMBER_PAIR.match(rest):
        return None  # 三、四月份
    if kind == "arabic" and rest[:1] in _DIGITS:
        return None  # 1、2月
    marker = m.group(0)
    if not rest:
        return _Numbered(kind, value, number, marker, "", False, True, False)
    spans = _sentence_spans(rest)
    a, b = spans[0]
    first = rest[a:b]
    text = _strip_final(first)
    punct = first[-1] in _FINAL_PUNCT + _DOTS
    limit = _MAX_HEADING if (punct or len(spans) > 1) else _MAX_TITLE_LINE
    if cut and kind in _ITEM_KINDS:
        # an item ("…水平。1.打造物业…。2.…") that a long line was cut at: where it ends is unknown,
        # so it keeps count like a list entry but heads nothing (as it would inside a paragraph)
        return _Numbered(kind, value, number, marker, text, len(spans) > 1, False, True, punct)
    if cut and len(text) > limit and first[-1] not in "；;，,、：:":
        # a unit cut from a long line: the heading ran into the first sentence of its body
        # (its line break was lost); keep it as a heading, its text cut to the heading limit
        text, punct = text[:limit], False
    entry = (
        (in_appendix and _GLOSSARY_ENTRY.match(rest) is not None)
        or first[-1] in "；;，,、：:"
        or len(text) > limit
    )
    return _Numbered(kind, value, number, marker, text, len(spans) > 1, False, entry, punct)


def _is_greeting(p: str) -> bool:
    return len(p) <= _MAX_GREETING and "。" not in p and "？" not in p and _GREETING_WORDS.search(p) is not None


def _ends_sentence(p: str) -> bool:
    q = p.rstrip(_CLOSERS)
    return bool(q) and q[-1] in _FINAL_PUNCT


def _cjk_count(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def _short_line(p: str, limit: int) -> bool:
    """Short, no sentence inside, no punctuation at its end, not a date/source/figure line."""
    if len(p) > limit or _cjk_count(p) < 2:
        return False
    if p[-1] in _NO_PLAIN_END or p[0] in _NO_PLAIN_START:
        return False
    if any(c in p for c in "。！？；：:!?;"):
        return False
    return _DATE_LIKE.search(p) is None


def _body_start(paras: list[str]) -> int:
    for i, p in enumerate(paras):
        if _is_greeting(p) or _NUMBERED.match(p) or (len(p) >= _BODY_MIN and _ends_sentence(p)):
            return i
    return len(paras)


def _title_colon_ok(p: str) -> bool:
    """A colon inside a title (``×社区党委：党建引领…``), not a label line (``来源：…``)."""
    if "：" not in p and ":" not in p:
        return True
    head = re.split("[：:]", p, maxsplit=1)[0]
    return len(p) >= 12 and len(head) >= 4 and _LABEL_HEAD.search(head) is None


def _find_title(paras: list[str], body: int) -> int | None:
    candidates = [
        i for i in range(body)
        if len(paras[i]) <= _MAX_TITLE and paras[i][-1] not in "。！？；!?;：:" and _cjk_count(paras[i]) >= 2
        and not _DATE_LIKE.search(paras[i]) and _title_colon_ok(paras[i])
    ]
    for i in candidates:
        if _TITLE_WORDS.search(paras[i]):
            return i
    return candidates[0] if candidates else None


# --------------------------------------------------------------------------- structure


@dataclass
class _Open:
    kind: str
    rank: float
    last: int
    heading: int
    nested: bool


class _Builder:
    """Builds headings and the open-heading stack paragraph by paragraph (one pass)."""

    def __init__(self) -> None:
        self.headings: list[Heading] = []
        self.stack: list[_Open] = []
        self.ord_last = 0
        self.ord_heading: int | None = None
        self.rank = dict(_RANK)
        self.seen: set[str] = set()

    def _add(self, level: int, text: str, number: str | None, kind: str, paragraph: int, inline: bool,
             marker: str, sentence: int, appendix: bool) -> int:
        self.headings.append(Heading(level, text, number, kind, paragraph, inline, marker, sentence, appendix))
        return len(self.headings) - 1

    def _reset_ordinals(self) -> None:
        self.ord_last = 0
        self.ord_heading = None

    def numbered(self, item: _Numbered, paragraph: int, appendix: bool, *, visible: bool = True) -> None:
        """Place a numbered heading (or, ``visible=False``, a list entry that only keeps count)."""
        if visible:
            self._reset_ordinals()
        # bare numerals ("一、" alone on a line) are counted apart from titled headings
        kind, m = (item.kind + "/bare" if item.bare else item.kind), item.value
        stack = self.stack
        if kind not in self.seen:
            # a kind seen for the first time below a top-level sequence of a normally lower
            # kind ("（二）…" then "一、"): it ranks below that kind in this document
            top = stack[0] if stack else None
            if top is not None and top.kind in self.rank and self.rank[top.kind] > self.rank[kind] and top.last >= 2:
                self.rank[kind] = self.rank[top.kind] + 0.5
            self.seen.add(kind)
        rank = self.rank[kind]
        nested = False
        matches = [j for j in range(len(stack) - 1, -1, -1) if stack[j].kind == kind and stack[j].last == m - 1]
        if len(matches) > 1 and visible and not item.inline and not item.punct:
            # a title ("三、做好宣传") continues the titled sequence, not a list of entries
            titled = [j for j in matches if stack[j].heading >= 0]
            matches = titled or matches
        if matches:  # continuation of an open sequence
            j = matches[0]
            nested = stack[j].nested
            del stack[j:]
        else:
            while stack and stack[-1].rank > rank:
                stack.pop()
            if stack and stack[-1].kind == kind:
                top = stack[-1]
                if m > top.last:  # a number was skipped: still the same sequence
                    nested = top.nested
                    stack.pop()
                elif top.nested:  # a second enumerated list: sibling of the first
                    nested = True
                    stack.pop()
                else:  # an enumerated list restarting inside the section
                    nested = True
            elif stack and stack[-1].rank == rank:  # plain heading at the same rank: sibling
                stack.pop()
        h = -1
        if visible:
            h = self._add(sum(1 for e in stack if e.heading >= 0) + 1, item.text, item.number, item.kind,
                          paragraph, item.inline, item.marker, 0, appendix)
        stack.append(_Open(kind, rank, m, h, nested))

    def plain(self, text: str, paragraph: int, *, rank: float, sub: bool, appendix: bool) -> None:
        self._reset_ordinals()
        stack = self.stack
        if sub:
            while len(stack) > 1 and stack[-1].kind == "plain":
                stack.pop()
            rank = stack[-1].rank + 0.5 if stack else rank
        else:
            while stack and stack[-1].rank >= rank:
                stack.pop()
        h = self._add(self.depth() + 1, text, None, "plain", paragraph, False, "", 0, appendix)
        stack.append(_Open("plain", rank, 0, h, False))

    def ordinals(self, p: str, spans: list[tuple[int, int]], first: int, paragraph: int, appendix: bool) -> int | None:
        """Ordinal headings at sentence starts from sentence ``first`` on; returns the heading
        opening the paragraph, if any."""
        opening = None
        for s in range(first, len(spans)):
            a, b = spans[s]
            m = _ORDINAL.match(p, a, b)
            if m is None:
                continue
            number = m.group("a") or m.group("b")
            value = _cn_value(number)
            if value is None or not (value == 1 or value == self.ord_last + 1):
                continue
            self.ord_last = value
            sent = p[m.end():b].lstrip(_STRIP)
            text = _strip_final(sent)
            if len(text) > _MAX_HEADING or (sent and sent[-1] in "，,、"):
                self.ord_heading = None
                continue
            inline = len(spans) > 1
            h = self._add(self.depth() + 1, text, number, "ordinal", paragraph, inline,
                          p[a:m.end()], s, appendix)
            if s == 0:
                opening = h
            # an own-line ordinal ("一是聚焦扩大内需，着力提消费促投资") heads the paragraphs that
            # follow; an inline one ("一是…。body") only its own paragraph
            self.ord_heading = h if (s == 0 and not inline) else None
        return opening

    def depth(self) -> int:
        return sum(1 for e in self.stack if e.heading >= 0)

    def enclosing(self) -> tuple[int, ...]:
        return tuple(e.heading for e in self.stack if e.heading >= 0)


def _is_heading(x: _Numbered | None) -> bool:
    return x is not None and not x.entry


def _has_comma(s: str) -> bool:
    return "，" in s or "," in s


def _plain_is_sub(p: str, b: _Builder, parts: bool, next_of_kind: dict[str, list[int | None]],
                  numbered: list[_Numbered | None], i: int, main_end: int) -> bool:
    """Is the plain heading line ``p`` a sub-heading of the section it sits in?"""
    visible = [e for e in b.stack if e.heading >= 0]
    if not visible or _CLOSING.fullmatch(p):
        return False
    bottom = visible[0]
    if bottom.kind == "plain":  # plain top-level headings: a lead sentence with a comma is a sub-heading
        return _has_comma(p) and not _has_comma(b.headings[bottom.heading].text)
    if not parts:
        return True
    j = next_of_kind[bottom.kind][i + 1] if bottom.kind in next_of_kind else None
    return j is not None and j < main_end and numbered[j].value == bottom.last + 1


def _appendix_cue(p: str) -> bool:
    return len(p) <= _MAX_PLAIN and p[-1] not in _NO_PLAIN_END and _APPENDIX_CUE.fullmatch(p) is not None


def structure(text: str) -> Structure:
    """Title, heading hierarchy and paragraphs of ``text`` (raw or cleaned); see the module doc.

    >>> s = structure("同志们：\\n一、回顾\\n做了工作。\\n二、任务\\n要抓落实。")
    >>> [h.label for h in s.top_level()], s.section_of(4).label
    (['一、回顾', '二、任务'], '二、任务')
    """
    units = _paragraph_units(_check_text(text))
    paras = [unit for unit, _ in units]
    cut = [was_cut for _, was_cut in units]
    n = len(paras)
    body = _body_start(paras)
    title_at = _find_title(paras, body)

    # pass 1: what each paragraph opens with
    numbered: list[_Numbered | None] = [None] * n
    spans: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    appendix_at = n
    cue = [False] * n
    for i in range(body, n):
        p = paras[i]
        spans[i] = _sentence_spans(p)
        if i > body and _appendix_cue(p):
            appendix_at = min(appendix_at, i)
            cue[i] = True
            continue
        numbered[i] = _numbered(p, i > appendix_at, cut=cut[i])
    titled_kinds = {x.kind for x in numbered if x is not None and not x.bare and not x.entry}
    for i in range(body, n):
        x = numbered[i]
        if x is not None and x.bare and x.kind in titled_kinds:
            x.entry = True  # bare "一、" items of a list inside a titled section

    plain = [False] * n
    for i in range(body + 1, n):
        p = paras[i]
        if numbered[i] is not None or cue[i] or _is_greeting(p) or not _short_line(p, _MAX_PLAIN):
            continue
        if _ORDINAL.match(p):
            continue
        prev = paras[i - 1]
        if not (_ends_sentence(prev) or cue[i - 1]):
            continue
        if i + 1 >= n:
            continue
        nxt = paras[i + 1]
        if not (numbered[i + 1] is not None or _ends_sentence(nxt) or len(nxt) > _MAX_PLAIN):
            continue
        plain[i] = True

    # parts: plain lines both before the first numbered heading and after it ("关于国内建设" …
    # "一、…" … "关于外交工作"); then plain lines rank above 一、
    main_end = min(appendix_at, n)
    first_numbered = next((i for i in range(body, main_end) if _is_heading(numbered[i])), None)
    parts = first_numbered is not None and any(
        plain[i] and not _CLOSING.fullmatch(paras[i]) for i in range(body, first_numbered)
    ) and any(
        plain[i] and not _CLOSING.fullmatch(paras[i]) and not _has_comma(paras[i])
        for i in range(first_numbered, main_end)
    )
    plain_rank = 0.0 if parts else 1.0

    # next numbered heading of each kind after each paragraph (for the plain sub-heading rule)
    next_of_kind: dict[str, list[int | None]] = {}
    for kind in _RANK:
        nxt: list[int | None] = [None] * (n + 1)
        for i in range(n - 1, -1, -1):
            x = numbered[i]
            nxt[i] = i if (_is_heading(x) and x.kind == kind) else nxt[i + 1]
        next_of_kind[kind] = nxt

    # pass 2: hierarchy
    b = _Builder()
    infos: list[ParagraphInfo] = []
    for i, p in enumerate(paras):
        if i < body:
            infos.append(ParagraphInfo(i, p, False, (), cut[i]))
            continue
        in_appendix = i >= appendix_at
        own_line = False
        first_sentence = 0
        if cue[i]:
            b.stack.clear()
            b._reset_ordinals()
            h = b._add(1, _strip_final(p), None, "plain", i, False, "", 0, True)
            b.stack.append(_Open("appendix", 0.0, 0, h, False))
            own_line = True
        elif numbered[i] is not None and numbered[i].entry:
            b.numbered(numbered[i], i, in_appendix, visible=False)
        elif numbered[i] is not None:
            x = numbered[i]
            b.numbered(x, i, in_appendix)
            own_line = not x.inline
            first_sentence = 1
        elif plain[i]:
            if in_appendix:
                b.plain(p, i, rank=0.5, sub=False, appendix=True)
            else:
                b.plain(p, i, rank=plain_rank, sub=_plain_is_sub(p, b, parts, next_of_kind, numbered, i, main_end),
                        appendix=False)
            own_line = True
        enclosing = b.enclosing()
        prior_ordinal = b.ord_heading
        opening = None
        if not own_line or first_sentence:
            opening = b.ordinals(p, spans[i], first_sentence, i, in_appendix)
        if opening is not None:
            enclosing = enclosing + (opening,)
            own_line = own_line or not b.headings[opening].inline
        elif prior_ordinal is not None and not own_line and first_sentence == 0:
            enclosing = enclosing + (prior_ordinal,)
        infos.append(ParagraphInfo(i, p, own_line, enclosing, cut[i]))

    title = paras[title_at] if title_at is not None else None
    return Structure(title, b.headings, infos)
