"""Hard-wrapped lines rejoined into paragraphs: ``wrap_plan(lines) -> WrapPlan`` (``joins``,
``drops``) and ``wrapped_joins(lines) -> list[bool]``.

This module owns the decision which line breaks of a text are hard wraps (a PDF copy, or a web
copy of one, breaks every line at a fixed width) rather than paragraph ends, and which page
furniture left at a page break inside a paragraph goes (page numbers, running headers repeating
the title, browser print margins). ``textlab.cleaning.join_wrapped_lines`` (a cleaning step)
applies it.

Evidence, all of it needed:

* the page is wrapped: the lengths of its lines (indentation included) cluster just below a
  maximum width ``W`` (15 to 120 characters): at least 5 lines and 30 % of the longer lines lie
  within 8 % below ``W``, hardly any line is longer, at least 30 % of those full lines
  carry punctuation inside (prose, not a list of titles), at least half of them end in
  mid-sentence (not paragraphs that happen to be of one length) and at most 30 % hold a space
  between two Chinese characters (``吴岳良 院士、…``: a list of names and posts);
* the line is full (at least 85 % of ``W``; an indented line longer than ``W`` by its
  indentation counts without it) and does not end a sentence or a greeting
  (``。！？；…：`` or a closing quote after one);
* the next line does not start a paragraph: it is not indented (when paragraphs are indented),
  not a heading (``一、``, ``（三）``, ``1.``, ``第二条`` …), not a greeting, not a date or a
  signature-like short line, and not a subtitle ``——…`` (a run-in ``四是…`` at the start of an
  unindented line does not open a paragraph where indentation marks every paragraph start).

A line cut short right after ``。`` or ``；`` (some copies break a paragraph where a sentence
ends) is continued only where the page marks where its paragraphs start and the next line is not
marked: either blank lines set the paragraphs apart (at least 3 blank gaps after a sentence end,
80 % of all gaps after a paragraph's end; ``_blank_separated``) and no blank line comes between,
or indentation marks every start (``_indents_start_paragraphs``, and no unindented line after a
short line opens with a run-in lead sentence ``大力推动产业高端化。``, which shows a page that
indents only some paragraphs) and the next line is unindented and no lead sentence itself. The
short line is not a heading or greeting; the next line is not a heading, holds punctuation (a
heading, caption or signature has none), does not end in ``：`` (a lead-in) and is full or goes on.

Page breaks (``wrap_plan``): between the two pieces of a paragraph a page break leaves blank
lines and furniture: a page number (``- 3 -``, ``第3页/共12页``, ``3 / 12``, ``〔2〕``, ``·1·``,
``Page 3``), a running header (a short unpunctuated line repeated on the page, or the title of
the head of the page printed again, ``《…》`` too), a print margin (``https://… 2/6``,
``2019/9/1 上午4:52 title``), a converter's page-break mark (``------分页符------``, ``——分页——``;
reason ``page_break``) and, right after one of them or dressed as a title (``《…》``,
``— … —``), a short line without punctuation. Such a run is skipped: when the line after it
continues the line before it (the rules above; after a sentence end only across a page number,
a print margin, the print date or a header repeated on the page, not an unrepeated one), the
run goes (reason ``page_number`` / ``running_header`` / ``print_margin``) and the pieces join.
Where no join is made, page numbers and print margins still go, with the repeated headers beside them; a loose line stays.

A run-in lead cut off at the line end (``　　一是全力扩大有效投资。`` / ``尽最大努力争取…``; ``（四）打造服务
更优的人民满意政府。`` / ``把人民对美好生活的向往…``) joins the next line when the page shows it:
another lead of the same heading family (``（一）``, ``一、``, ``一是``, ``1.``, ``（1）``, ``第一，``) runs on into
its text on its own line, the lead line is indented and one sentence, and the next line is not
indented, not a heading, greeting, date or document number nor a lead sentence of its own, holds
punctuation and is full or goes on (``_run_in_lead``); across a page break too (``（十四）完善产业链条。`` /
page number / running header / ``鼓励发展…``). A notice whose ``（一）指导思想。`` stands
alone flush left, or above an indented paragraph, keeps it apart.

A line ``用。`` after a full line is the tail of that paragraph and joins it. A page too short
for a width (a one-page notice) is joined where indentation marks its paragraphs (an unindented
line after one of its widest lines that ends in mid-sentence, ``_indent_joins``) or, unindented,
where two or more lines share the widest size and those that end in mid-word are mostly prose
(``_short_page_joins``). A page that is not hard-wrapped at all (a web page printed or paged by a
document-sharing site, the page marks already gone) joins the two pieces of a paragraph cut by a
page break when the page indents its paragraphs (80 % of its lines of 20 characters or more), the
piece before is prose cut in mid-word and the piece after is unindented, not a heading and not a
quotation set apart (``_break_joins``).

Page furniture also covers a running header that carries the page number (``2024年苏州市政府工作
第5页``), a URL alone, a print head with a two-digit year (``25/1/25 12:28 title``), a page
number between horizontal bars (``―3―``) and the date printed on every page (the same date three
times or more; it goes at every page break, like a page number) and a short line of a few
characters after a blank line (``国务院``: a header whose page number the chrome rules took;
repeated three times it counts as a running header).

Stray furniture inside a sentence: right after a full line of prose (a comma or stop in it or, below
the head of the page, in the line before it) cut in mid-sentence, no line of the paragraph can be
short, so a short line there is furniture when the line after it continues the sentence: a line
without punctuation (``苏州市人民政府文件``, ``内部资料 注意保存``, ``2024年雅安市政府工作报告（会议
文件）``; not a heading, greeting, date, document number or a signature above a date; reason
``running_header``), a footnote (``①　指…``, ``注：…``, ``*　数据来源：…``, ``〔1〕…``; as wide as the page
only with more furniture after it; reason ``footnote``), a mark of scanning noise (``丨``, ``、``,
``……``), a date alone (``2025年6月``) and a print head ``2025年03月09日 21:34　打印``. ``1。`` is the
tail of a sentence, never a page number. The print line of the imprint (版记: ``…办公室　2024年3月6日
印发``, ``（共印593份）``) goes wherever it stands (reason ``imprint``). Joined text is
concatenated without a space (a space only between two Latin letters). A joined paragraph is
longer than ``W``, so a second pass finds no wrapped page: the step is idempotent. One pass, linear.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from textlab.chrome import CN_DATE

__all__ = ["WrapPlan", "wrap_plan", "wrap_width", "wrapped_joins"]

MIN_WIDTH = 15
MAX_WIDTH = 120  # wider "lines" are paragraphs
_SENT_END = "。！？；…!?;：:"
_CLOSERS = "”’」』）)》]】"
_HEADING = re.compile(
    r"[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节部分条篇编款]|[一二三四五六七八九十]{1,3}是|附件|附表|附录|[—\-－]{2}"
)
# the number opening an article or chapter, with the space after it (第十三条 纳税人…)
_HEADING_LEAD = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章节条款篇编][ \u3000]+")
# a greeting opens its line: 各位代表： / 同志们， / 尊敬的…; not 各位委员 inside a sentence's tail
_GREETING = re.compile(
    r"(?:尊敬的|亲爱的)|[^，。；！？]{0,12}(?:同志们|代表们|各位代表|各位领导|各位来宾|各位委员|朋友们)[^，。；]{0,12}?[：:！!，,、]"
)
_RUN_IN = re.compile("[一二三四五六七八九十]{1,3}是")
_DATE = CN_DATE  # a date line (signature block): the same pattern the chrome judge uses
_DOC_NUMBER = re.compile(r".{0,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,5}号|.{0,10}令第\d{1,4}号")
_CJK_SPACE = re.compile("[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
_CUT_END = "。；;"  # a sentence end where a line may be cut inside its paragraph
# a run-in lead sentence opening a paragraph: 大力推动产业高端化。开展…
_LEAD = re.compile(r"[^，。；！？、,;!?：:]{2,16}[。！？!?]")
_INNER = re.compile(r"[，。、；：,;《》“”（）]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _size(line: str) -> int:
    """Characters of the line, indentation included."""
    return len(line.rstrip())


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text is hard-wrapped at, or None when it is not hard-wrapped."""
    sizes = [_size(line) for line in lines if line.strip()]
    longer = [s for s in sizes if s >= MIN_WIDTH]
    if len(longer) < 5:
        return None
    counts: dict[int, int] = {}
    for s in longer:
        counts[s] = counts.get(s, 0) + 1
    best, best_count = None, 0
    for w in sorted(counts):  # each candidate width: lines within 8 % below it
        if w > MAX_WIDTH:
            break
        low = w - max(2, int(w * 0.08))
        c = sum(v for s, v in counts.items() if low <= s <= w)
        if c >= best_count:
            best, best_count = w, c
    if best is None or best_count < 5 or best_count < 0.3 * len(longer):
        return None
    # longer lines: too many and the text is not cut at this width; an indented first line may
    # be longer by its indentation (spaces set in front of a full line)
    over = sum(1 for line in lines if line.strip() and _line_size(line, best) > best + 2)
    if over > max(2, 0.1 * len(sizes)):
        return None
    full = [line.strip() for line in lines if line.strip() and _size(line) >= best * 0.85]
    if sum(1 for t in full if _INNER.search(t[:-1])) * 10 < len(full) * 3:
        return None
    if sum(1 for t in full if not _ends_sentence(t)) * 2 < len(full):
        return None  # full lines that end sentences are paragraphs of similar length
    if sum(1 for t in full if _CJK_SPACE.search(_HEADING_LEAD.sub("", t, count=1))) * 10 > len(full) * 3:
        return None  # 吴岳良 院士、中国科学院大学副校长: a list of names and posts, not cut prose
    return best


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _SENT_END


def _starts_paragraph(line: str, indented_paragraphs: int) -> bool:
    text = line.strip()
    if indented_paragraphs and _indent(line) >= 1:
        return True
    if indented_paragraphs >= 2 and _RUN_IN.match(text) and not _HEADING.match(_RUN_IN.sub("", text, count=1)):
        return False  # 四是…: a run-in item inside an indented paragraph, cut at the start of a line
    if _HEADING.match(text) or _GREETING.match(text) and len(text) <= 40:
        return True
    if _DATE.fullmatch(text) or _DOC_NUMBER.fullmatch(text):
        return True
    return False


def wrapped_joins(lines: Sequence[str]) -> list[bool]:
    """For each line: does it continue the non-blank line before it (a hard wrap)? Blank lines never do."""
    return wrap_plan(lines).joins


class WrapPlan(NamedTuple):
    """What ``join_wrapped_lines`` does with each line: ``joins[i]`` (it continues the non-blank
    line before it that is kept) and ``drops[i]`` (the reason it goes: ``page_number``,
    ``running_header``, ``print_margin``, ``page_break``, ``footnote``, ``imprint``; empty when it stays)."""

    joins: list[bool]
    drops: list[str]


def wrap_plan(lines: Sequence[str]) -> WrapPlan:
    """Which lines continue a hard-wrapped paragraph and which page furniture goes at a page break
    (the module docstring says on what evidence). Not a hard-wrapped page: nothing goes.

    >>> plan = wrap_plan(["为了促进棉、糖生产发展，国务院批转国家", "农委关于召开棉花、糖料生产座谈会的情况",
    ...                   "- 2 -", "报告，决定在适宜发展棉花、糖料的地区实", "行挂钩。有关省、市、自治区应按国务院",
    ...                   "文件规定的基数，尽快逐级落实到生产队，", "不要留缺口。"])
    >>> plan.joins
    [False, True, False, True, True, True, True]
    >>> plan.drops
    ['', '', 'page_number', '', '', '', '']
    """
    n = len(lines)
    joins = [False] * n
    drops = [""] * n
    width = wrap_width(lines)
    if width is None:
        return WrapPlan(_break_joins(lines, _short_page_joins(lines, _indent_joins(lines, joins))), drops)
    nonblank = [i for i in range(n) if lines[i].strip()]
    # paragraphs are marked by indentation when full lines are mostly not indented but some are
    indented = sum(1 for i in nonblank if _indent(lines[i]) >= 1)
    indented_paragraphs = int(0 < indented < 0.5 * len(nonblank))
    if indented_paragraphs and _indents_start_paragraphs(lines, nonblank, width):
        indented_paragraphs = 2
        if _every_start_indented(lines, nonblank, width):
            indented_paragraphs = 3
    blanks = _blank_separated(lines, nonblank, width)
    runin = _run_in_families(lines, nonblank)
    furniture = _furniture(lines, nonblank, width)
    prev = None
    k = 0
    plain_until = 0  # lines of a run that stays are judged one by one
    while k < len(nonblank):  # blank lines (a page break) between two pieces do not stop a join
        i = nonblank[k]
        if _IMPRINT.fullmatch(lines[i].strip()):
            drops[i] = "imprint"  # the print line of the document's imprint (版记), wherever it stands
            k += 1
            continue
        cut = prev is not None and _cut_line(lines, nonblank, prev, width, k >= _TOP)
        run = _furniture_run(lines, nonblank, k, furniture, width, cut) if k >= plain_until else []
        if run:
            q = k + len(run)
            strong = [i for i in run if furniture[i]]
            kinds = {furniture[i] for i in run}
            # at a sentence end only a page number (with a repeated header) is skipped; loose
            # lines (an unrepeated header) only inside a sentence
            safe = "" not in kinds and kinds & (_PAGE_MARKS | {"running_header", "print_date"}) \
                or not _ends_sentence(lines[prev].strip()) \
                if prev is not None else False
            bridged = (safe and q < len(nonblank)
                       and _joins(lines, nonblank, prev, q, width, indented_paragraphs, blanks, runin, True))
            if bridged:
                for j in run:
                    drops[j] = _REASON.get(furniture[j]) or ("footnote" if _FOOTNOTE.match(lines[j].strip())
                                                             else "running_header")
                joins[nonblank[q]] = True
                prev = nonblank[q]
                k = q + 1
                continue
            if kinds & _PAGE_MARKS or "print_date" in kinds:
                # a page break between two paragraphs: the page number and the print date go, and
                # repeated headers (a bare number only beside the date printed on every page)
                for j in strong:
                    if furniture[j] != "bare_number" or "print_date" in kinds:
                        drops[j] = _REASON.get(furniture[j], furniture[j])
            plain_until = q
            continue
        if drops[i]:
            k += 1
            continue
        if prev is not None:
            joins[i] = _joins(lines, nonblank, prev, k, width, indented_paragraphs, blanks, runin)
        prev = i
        k += 1
    return WrapPlan(joins, drops)


def _blank_separated(lines: Sequence[str], nonblank: list[int], width: int) -> bool:
    """Blank lines mark where the paragraphs of a wrapped page start: at least 3 blank gaps come
    right after a line that ends a sentence (``。！？；``), and 80 % of all blank gaps after a
    paragraph's end (a sentence end or a short line), not inside a sentence (a page break)."""
    after_end = after_stop = total = 0
    for a, b in zip(nonblank, nonblank[1:]):
        if b == a + 1:
            continue
        total += 1
        text = lines[a].strip()
        after_stop += text[-1:] in _CUT_END
        after_end += _ends_sentence(text) or _size(lines[a]) < width * 0.85
    return after_stop >= 3 and after_end >= 0.8 * total


def _every_start_indented(lines: Sequence[str], nonblank: list[int], width: int) -> bool:
    """No paragraph of the page starts unindented: no unindented line after a short line that ends
    a sentence opens with a run-in lead sentence (``大力推动产业高端化。开展…``, how the paragraphs
    of a report start). A page that indents only some of its paragraphs shows such a line."""
    for a, b in zip(nonblank, nonblank[1:]):
        text = lines[a].strip()
        if _size(lines[a]) < width * 0.85 and text[-1:] in _CUT_END and not _indent(lines[b]) \
                and _LEAD.match(lines[b].strip()):
            return False
    return True


def _indents_start_paragraphs(lines: Sequence[str], nonblank: list[int], width: int) -> bool:
    """Indentation marks where paragraphs start: at least 3 indented lines of body length (half
    the width or more), 80 % of them right after a line that ends a sentence or is short (a
    paragraph's end or a heading), not after a full line cut in mid-sentence."""
    after_end = total = 0
    for a, b in zip(nonblank, nonblank[1:]):
        if _indent(lines[b]) >= 1 and _size(lines[b]) >= width * 0.5:
            total += 1
            after_end += _ends_sentence(lines[a].strip()) or _size(lines[a]) < width * 0.85
    return after_end >= 3 and after_end >= 0.8 * total


def _joins(lines: Sequence[str], nonblank: list[int], prev: int, k: int, width: int,
           indented_paragraphs: int, blanks: bool = False, runin: frozenset[str] = frozenset(),
           across: bool = False) -> bool:
    """Does non-blank line number ``k`` continue line ``prev``? ``blanks``: blank lines separate
    the paragraphs of the page (``_blank_separated``); ``runin``: the heading families whose
    leads the page runs on into their paragraph (``_run_in_families``); ``across``: page
    furniture stands between the two lines (a page break, skipped)."""
    i = nonblank[k]
    after = lines[nonblank[k + 1]].strip() if k + 1 < len(nonblank) else ""
    if _signature(lines[i], after):
        return False
    marked = _indent(lines[i]) == 0 and i == prev + 1 \
        and (blanks or indented_paragraphs == 3 and not _LEAD.match(lines[i].strip()))
    if _continues(lines[prev], lines[i], width, indented_paragraphs, marked):
        return True
    return (i == prev + 1 or across) and _run_in_lead(lines[prev], lines[i], width, indented_paragraphs, runin)


# the number opening a heading or a run-in lead, by family: （一） / 一、 / 一是 / 1. / （1） / 第一，
_LEAD_MARKS = (
    ("paren", re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]")),
    ("dun", re.compile(r"[一二三四五六七八九十]{1,3}[、．.]")),
    ("shi", re.compile(r"[一二三四五六七八九十]{1,3}是")),
    ("digit", re.compile(r"\d{1,2}[.．、](?!\d)")),
    ("paren_digit", re.compile(r"[（(]\d{1,2}[）)]")),
    ("di", re.compile(r"第[一二三四五六七八九十]{1,3}[，,、]")),
)
_LEAD_END = "。！？!?"
_LEAD_END_RE = re.compile(f"[{_LEAD_END}]")
_LEAD_INNER_STOP = re.compile(f"[{_LEAD_END}；;：:]")  # a second sentence or clause inside a lead


def _lead_mark(text: str) -> tuple[str, str] | None:
    """The family of the heading number opening ``text`` and the text after it, or None."""
    for family, pattern in _LEAD_MARKS:
        m = pattern.match(text)
        if m:
            return family, text[m.end():]
    return None


def _run_in_families(lines: Sequence[str], nonblank: list[int]) -> frozenset[str]:
    """The heading families the page runs on into their paragraph: a line opening a paragraph
    (indented, or after a sentence end) with a heading number whose lead sentence (at most 40 characters, ending in ``。！？``) is followed on the same
    line by the paragraph's text (``（三）打造忠诚干净的廉洁政府。把全面从严治党要求贯穿…``,
    ``三是促进消费提振恢复。扩大消费需求…``)."""
    families: set[str] = set()
    for k, i in enumerate(nonblank):
        mark = _lead_mark(lines[i].strip())
        if mark is None or not _indent(lines[i]) and k and not _ends_sentence(lines[nonblank[k - 1]].strip()):
            continue  # (第三、第三。投资…: a line of a paragraph that happens to open with a number)
        family, rest = mark
        m = _LEAD_END_RE.search(rest[:41])
        if m and m.start() >= 2 and len(rest) - m.end() >= 6 and _is_cjk(rest[m.end()]):
            families.add(family)
    return frozenset(families)


def _run_in_lead(p: str, line: str, width: int, indented_paragraphs: int, runin: frozenset[str]) -> bool:
    """A short line that is only a run-in lead (``一是全力扩大有效投资。``, ``（四）打造服务更优的人民满意
    政府。``) and goes on in the next line: the page runs the leads of that heading family on into their
    paragraph elsewhere (``runin``), the lead is one sentence ending the line and indented (a paragraph
    opens there), and the next line does not start a paragraph by the page's marks (not indented, not a
    heading, greeting, date or document number, nor a lead sentence of its own ``聚焦支小支农主业。``),
    holds punctuation and is full or goes on to its sentence's end. A lead line that is not indented (``（一）指导思想。`` of a notice set flush left)
    stays a heading of its own."""
    text = p.strip()
    mark = _lead_mark(text)
    if mark is None or mark[0] not in runin or _size(p) >= width * 0.85 or not _indent(p) or _indent(line):
        return False  # (an unindented lead gives no sign that the paragraph opened there goes on)
    rest = mark[1]
    if len(rest) < 2 or rest[-1:] not in _LEAD_END or _LEAD_INNER_STOP.search(rest[:-1]):
        return False
    return not _starts_paragraph(line, indented_paragraphs) and not _GREETING.match(line.strip()) \
        and not _LEAD.match(line.strip()) and _goes_on(line, width)


# page furniture: page numbers and browser print heads
_MAX_RUN = 4
_PAGE_MARKS = {"page_number", "print_margin", "page_break"}  # furniture that only a page break prints
_REASON = {"page_number": "page_number", "bare_number": "page_number", "print_margin": "print_margin",
           "print_date": "print_margin", "page_break": "page_break"}
# the mark a converter or a copy sets at a page break: ``------分页符------``, ``——分页——``, ``[page break]``
_PAGE_BREAK = re.compile(r"分页符?|分页线|换页符?|page ?break", re.IGNORECASE)
_TOP = 10  # the head of the page, where the title stands
_DECOR = "-—―－–~～·•.。、_=*#|｜〔〕[]［］【】()（）<>〈〉《》 \t"
_PAGE_NUMBER = re.compile(
    r"\d{1,3}|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|共\d{1,4}页[,，/]?第\d{1,4}页|\d{1,4}页"
    r"|\d{1,4}/\d{1,4}(?:页)?|(?:page|p\.?)\d{1,4}(?:(?:of|/)\d{1,4})?|第\d{1,4}/\d{1,4}页",
    re.IGNORECASE,
)
_PRINT_HEAD = re.compile(
    r"https?://\S{4,}\s+\d{1,4}\s*/\s*\d{1,4}"  # the URL and page n/m a browser prints in a margin
    r"|https?://[!-~]{4,}"  # the URL alone
    r"|\d{2,4}[/\-.]\d{1,2}[/\-.]\d{1,2}\s*(?:上午|下午|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S.{0,60})?"
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S.{0,60})?",  # 2025年03月09日 21:34　打印
    re.IGNORECASE,
)
# a running header or footer that carries the page number: ``2024年苏州市政府工作　　第5页``
_NUMBERED_HEADER = re.compile(r"(\S.{1,40}?)[ \t\u3000]+(\S{1,16})")
_SENT_INNER = re.compile("[，。；！？,;!?]")
_SENT_END_INNER = re.compile("[。；！？;!?]")
_ANY_PUNCT = re.compile("[，。；！？、：,;!?:“”‘’]")
_DIGITS = re.compile(r"\d+")
_TITLE_DRESS = re.compile(
    r"^《[^《》]+》$|^[—－\-].+[—－\-]$|\S[_|｜]\S| - "
    r"|(?:报告|通知|意见|决定|办法|规定|方案|规划|纲要|公报|条例|讲话|汇编)$"  # the title of the document
)


def _header_key(text: str) -> str:
    """A running header compared across pages: no decoration, no spaces, digits as ``#``."""
    return _DIGITS.sub("#", re.sub(r"\s+", "", text.strip(_DECOR)))


def _page_number(text: str) -> bool:
    if text.rstrip()[-1:] == "。" and text.lstrip()[:1] != "。":
        return False  # 1。: the tail of a sentence (增速均居全省第 / 1。), not a page number
    core = re.sub(r"\s+", "", text).strip(_DECOR)
    return 0 < len(core) <= 16 and bool(_PAGE_NUMBER.fullmatch(core))


def _furniture(lines: Sequence[str], nonblank: list[int], width: int) -> list[str]:
    """For each line: ``page_number``, ``running_header`` (repeated short line or print head) or ``""``."""
    out = [""] * len(lines)
    keys: dict[str, int] = {}
    for i in nonblank:
        text = lines[i].strip()
        if len(text) <= 60 and not _SENT_INNER.search(text):
            key = _header_key(text)
            if len(key) >= 4 or len(key) >= 2 and _lone_header(lines, i):
                keys[key] = keys.get(key, 0) + 1
    titles = _title_keys(lines, nonblank[:_TOP])
    dates: dict[str, int] = {}  # a date printed in the margin of every page repeats exactly
    for i in nonblank:
        if _DATE.fullmatch(lines[i].strip()):
            dates[lines[i].strip()] = dates.get(lines[i].strip(), 0) + 1
    for k, i in enumerate(nonblank):
        text = lines[i].strip()
        if _page_number(text):
            # a bare number may be a row number of a table: it goes only inside a sentence
            out[i] = "bare_number" if text.isdigit() else "page_number"
        elif _PRINT_HEAD.fullmatch(text):
            out[i] = "print_margin"
        elif _PAGE_BREAK.fullmatch(re.sub(r"\s+", "", text).strip(_DECOR)):
            out[i] = "page_break"
        elif _numbered_header(text):
            out[i] = "page_number"
        elif len(text) <= 60 and not _SENT_INNER.search(text) and not _HEADING.match(text) \
                and not _DATE.fullmatch(text) \
                and keys.get(_header_key(text), 0) >= (2 if len(_header_key(text)) >= 4 else 3):
            out[i] = "running_header"
        elif dates.get(text, 0) >= 3:
            out[i] = "print_date"  # the date printed in the margin of every page
        elif dates.get(text, 0) == 2:
            out[i] = "running_header"
        elif k >= _TOP and len(text) <= 100 and not _SENT_END_INNER.search(text) \
                and _is_title(_header_key(text), titles, text[-1:] in "》〉" or _size(lines[i]) < width * 0.85):
            out[i] = "running_header"  # the title of the document, printed again atop a page
    return out


def _numbered_header(text: str) -> bool:
    """A short unpunctuated line that ends in a page number after a space (a header or footer)."""
    m = _NUMBERED_HEADER.fullmatch(text)
    return bool(m) and not _ANY_PUNCT.search(m.group(1)) and not _HEADING.match(text) \
        and _page_number(m.group(2)) and not m.group(2).isdigit()


def _is_title(key: str, titles: set[str], cut_short: bool) -> bool:
    """The key is one of the title keys, or (``cut_short``: a closed or short line, not a line of
    text quoting the title) the first 12 or more characters of one (a header cut short)."""
    return key in titles or cut_short and len(key) >= 12 and any(t.startswith(key) for t in titles)


def _title_keys(lines: Sequence[str], top: list[int]) -> set[str]:
    """The title at the head of the page as a running header would repeat it: each line of the
    first ``_TOP`` non-blank lines and each two or three of them joined (a title cut over lines)."""
    keys: set[str] = set()
    for a in range(len(top)):
        joined = ""
        for b in range(a, min(a + 3, len(top))):
            joined += lines[top[b]].strip()
            key = _header_key(joined)
            if len(key) >= 8:
                keys.add(key)
    return keys


def _loose(text: str) -> bool:
    """A short line without any punctuation: a running header that does not repeat (a page title)."""
    return 6 <= len(text) <= 40 and not _ANY_PUNCT.search(text) and not _HEADING.match(text) \
        and not _GREETING.match(text) and not _DATE.fullmatch(text)


def _furniture_run(lines: Sequence[str], nonblank: list[int], k: int, furniture: list[str],
                   width: int, cut: bool = False) -> list[int]:
    """The run of page furniture starting at non-blank line number ``k`` (empty when none starts
    there): furniture lines, a loose line right after one (the header atop the next page) and a
    loose line dressed as a title (``《…》``, ``— … —``, ``… _ site``), at most ``_MAX_RUN`` lines.
    ``cut``: the line before the run is a full line of prose cut in mid-sentence (``_cut_line``);
    then a stray line (``_stray``: a header or footer without punctuation, a footnote, a mark of
    scanning noise) counts too, since no line of the paragraph can be short there, and so does a
    footnote as long as the width that ends a sentence when another stray line or furniture comes
    after it (alone it may be a line of the paragraph opening with a note mark ``〔1〕``)."""
    run: list[int] = []
    j = k
    while j < len(nonblank) and len(run) < _MAX_RUN:
        i = nonblank[j]
        text = lines[i].strip()
        if not furniture[i] and not (_loose(text) and _size(lines[i]) < width * 0.85
                                     and (run and furniture[run[-1]] or _TITLE_DRESS.search(text))) \
                and not _print_date(lines, nonblank, j, furniture) \
                and not (not run and _lone_header(lines, nonblank[j])) \
                and not (cut and (_stray(lines[i], width) or _FOOTNOTE.match(text) and _ends_sentence(text))
                         and not (j + 1 < len(nonblank) and _signature(lines[i], lines[nonblank[j + 1]].strip()))) \
                and not (cut and _DATE.fullmatch(text)
                         and not (run and _signature(lines[run[-1]], text))):
            break  # (a date alone inside a sentence cut in mid-word is the date printed on the page)
        run.append(i)
        j += 1
    while run and not furniture[run[-1]] and _size(lines[run[-1]]) >= width * 0.85:
        run.pop()  # a full line (a footnote as long as the width) goes only with furniture after it
    return run


# the imprint (版记) of a printed document: ``雅安市人民政府办公室    2024年3月6日印发``, ``（共印593份）``
_IMPRINT = re.compile(r"\S.{0,30}?[ \t\u3000]*\d{4}年\d{1,2}月(?:\d{1,2}日)?[ \t\u3000]*印发|[（(]共印\d{1,6}份[）)]")
# a footnote printed at the foot of a page: ``①　指规模以上工业增加值，下同。``, ``注：本报告中部分数据为
# 快报数。``, ``*　数据来源：海南统计局。``, ``〔1〕“三个一批”：签约一批…``
_FOOTNOTE = re.compile(r"(?:[①-⑳]|\*|注[：:]|〔\d{1,2}〕|\[\d{1,2}\])[ \t\u3000]*\S")
# scanning noise left at a page break: a line of a few marks and no word (``丨``, ``、``, ``……``)
_NOISE = re.compile(r"[丨|｜_、…·：:！!~～]{1,3}")


def _cut_line(lines: Sequence[str], nonblank: list[int], i: int, width: int, below_top: bool) -> bool:
    """Line ``i`` is a full line of prose that ends in mid-sentence: its paragraph goes on. Prose:
    punctuation inside it, or (below the head of the page, where a title may stand) inside the
    line before it (``…国务院专利行政部门应当自`` / ``受理申请之日起20日内作出是否颁发专利代理``)."""
    text = lines[i].strip()
    if not (width * 0.85 <= _line_size(lines[i], width) <= width + 2) or _ends_sentence(text):
        return False
    if _SENT_INNER.search(text[:-1]) or below_top and _INNER.search(text[:-1]):
        return True  # at the head of the page a title has 、 but no comma (国务院关于棉粮、糖粮…的通知)
    k = nonblank.index(i)
    return below_top and k > 0 and bool(_INNER.search(lines[nonblank[k - 1]]))


def _stray(line: str, width: int) -> bool:
    """A line that cannot be part of a paragraph cut in mid-sentence right before it: shorter than
    the width and either without any punctuation (a running header or footer, ``苏州市人民政府文件``,
    ``内部资料 注意保存``; not a heading, a greeting or a line opening with a number), a footnote
    (``①　指…``, ``注：…``) or a few marks of scanning noise (``丨``)."""
    text = line.strip()
    if _size(line) >= width * 0.85 or len(text) > 40:
        return False
    if _NOISE.fullmatch(text.replace(" ", "")):
        return True
    if _FOOTNOTE.match(text):
        return len(text) >= 6
    return 4 <= len(text) and not _ANY_PUNCT.search(text) and not _HEADING.match(text) \
        and not _GREETING.match(text) and not _DATE.fullmatch(text) and not _DOC_NUMBER.fullmatch(text)


def _lone_header(lines: Sequence[str], i: int) -> bool:
    """A short line of a few characters without any punctuation or bracket after a blank line
    (``国务院``, ``国务院文件``: a running header whose page number is gone); it goes only where the
    text around it is one sentence cut by the page break."""
    text = lines[i].strip()
    return 2 <= len(text) <= 12 and i > 0 and not lines[i - 1].strip() and not _ANY_PUNCT.search(text) \
        and not re.search("[《》（）()〈〉【】〔〕]", text) and not _HEADING.match(text) \
        and not _GREETING.match(text) and not _DATE.fullmatch(text) and not _DOC_NUMBER.fullmatch(text)


def _print_date(lines: Sequence[str], nonblank: list[int], j: int, furniture: list[str]) -> bool:
    """A date alone on its line right above a page number or print margin (the date a browser
    or a viewer prints in the margin of every page)."""
    if not _DATE.fullmatch(lines[nonblank[j]].strip()) or j + 1 >= len(nonblank):
        return False
    return furniture[nonblank[j + 1]] in _PAGE_MARKS or furniture[nonblank[j + 1]] == "bare_number"


def _signature(line: str, after: str) -> bool:
    """A short line without punctuation right above a date (国务院办公厅 / 2018年11月19日) signs the text."""
    text = line.strip()
    return len(text) <= 20 and not _INNER.search(text) and bool(_DATE.fullmatch(after))


def _line_size(line: str, width: int) -> int:
    """The size of a line measured against the width: with its indentation, or without it when
    the indentation was set in front of a full line (four spaces before a line of ``W`` characters)."""
    size = _size(line)
    if size > width + 2 and _indent(line):
        return len(line.strip())
    return size


def _continues(p: str, line: str, width: int, indented_paragraphs: int, marked: bool = False) -> bool:
    """Does ``line`` continue ``p``? ``indented_paragraphs``: 0 no indentation, 1 some lines
    indented, 2 indentation marks every paragraph start (``_indents_start_paragraphs``).
    ``marked``: the page marks where its paragraphs start (that indentation, or a blank line
    before each, and none stands between ``p`` and ``line``), so a line cut short after a
    sentence end (``。！？；``) that is followed by an unmarked line is cut inside its paragraph."""
    size = _line_size(p, width)
    if size > width + 2 or _starts_paragraph(line, indented_paragraphs):
        return False
    text = p.strip()
    nxt = line.strip()
    if size < width * 0.85:
        # a short line ends its paragraph, unless the page marks paragraph starts and this line
        # (not a heading, nor a line of a list) does not start one: a line cut at a sentence end
        return marked and text[-1:] in _CUT_END and not _HEADING.match(text) and not _GREETING.match(text) \
            and _goes_on(line, width)
    if not _ends_sentence(text):
        return True
    # a full line ending a sentence (the wrap fell on a sentence end): the next line still belongs
    # to the paragraph when it is itself full or ends a sentence, and, in a text without
    # paragraph indentation, the line is really full (a paragraph's last line rarely is)
    if text[-1:] not in "。！？；" or not (indented_paragraphs or marked) and size < width - 1:
        return False
    if marked and _goes_on(line, width):
        return True
    return _size(line) >= width * 0.85 or _ends_sentence(nxt) and nxt[-1:] != "：" \
        or nxt[:1] in "（(" and nxt[-1:] in "）)" and len(nxt) > 10


def _goes_on(line: str, width: int) -> bool:
    """The line after a sentence end can be the paragraph going on: not a heading, with
    punctuation inside (a heading, caption or signature has none), not a lead-in ending in ``：``,
    and full or not ending its sentence."""
    nxt = line.strip()
    return not _HEADING.match(nxt) and bool(_INNER.search(nxt)) and nxt[-1:] not in "：:" \
        and (_size(line) >= width * 0.85 or not _ends_sentence(nxt))


def _indent_joins(lines: Sequence[str], joins: list[bool]) -> list[bool]:
    """A short PDF copy (too few lines for ``wrap_width``) whose paragraphs are marked by indentation.

    Evidence, all of it needed: most non-blank lines are indented (paragraph starts), two or more
    lines share the widest size ``W`` (at least 20 characters: the fixed width), and a line that is
    not indented follows one of those widest lines that ends in mid-sentence (no ``。！？；…：``)
    and does not itself start a paragraph (heading, greeting, date, document number).
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 4:
        return joins
    indented = sum(1 for i in nonblank if _indent(lines[i]) >= 1)
    if indented * 2 < len(nonblank) or indented == len(nonblank):
        return joins
    sizes = [_size(lines[i]) for i in nonblank]
    width = max(sizes)
    if width < 20 or width > MAX_WIDTH or sum(1 for x in sizes if x >= width - 1) < 2:
        return joins
    for a, b in zip(nonblank, nonblank[1:]):
        p, line = lines[a], lines[b]
        if _size(p) >= width - 1 and not _ends_sentence(p.strip()) and _indent(line) == 0 \
                and not _starts_paragraph(line, True) and not _signature(line, ""):
            joins[b] = True
    return joins


def _break_joins(lines: Sequence[str], joins: list[bool]) -> list[bool]:
    """A page break inside a paragraph of a text that is not hard-wrapped (a web page printed or
    paged by a document-sharing site; the page marks between the pieces are gone by now): the
    piece before the break is cut in mid-sentence and the piece after it does not start a paragraph.

    Evidence, all of it needed: the piece before holds at least 20 characters with a comma or a
    sentence end inside (prose, not a title or a heading), does not open with a heading number
    and ends without any punctuation (a character cut off in mid-word, or an opening quote or
    bracket); the piece after holds punctuation, is not a heading, greeting, date or document
    number and not indented, and the page indents its paragraphs (80 % of its lines of 20
    characters or more, at least 3: a page broken in many places, or a text whose paragraphs
    are not all indented, gives no evidence). A piece before that opens with a
    heading number is a heading unless it is longer than any (60 characters or more); a piece
    after that opens with a quote or bracket is a quotation set apart (the wikisource copies).
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    long_lines = [i for i in nonblank if len(lines[i].strip()) >= 20]
    indented = sum(1 for i in long_lines if _indent(lines[i]) >= 1)
    indents = len(long_lines) >= 3 and indented >= 0.8 * len(long_lines)
    for a, b in zip(nonblank, nonblank[1:]):
        before, after = lines[a].strip(), lines[b].strip()
        if joins[b] or len(before) < 20 or not _SENT_INNER.search(before) \
                or _HEADING.match(before) and len(before) < 60:  # a heading, not a paragraph opening with one
            continue
        if not (before[-1].isalnum() or _is_cjk(before[-1])):  # cut in mid-word
            continue
        if len(after) < 20 or not _ANY_PUNCT.search(after) or _starts_paragraph(lines[b], indents) \
                or _GREETING.match(after):
            continue
        if _indent(lines[b]) or not (after[0].isalnum() or _is_cjk(after[0])):
            continue  # an indented line, or one opening with a quote or bracket (a quotation set apart)
        if indents:
            joins[b] = True
    return joins


def _short_page_joins(lines: Sequence[str], joins: list[bool]) -> list[bool]:
    """A short PDF copy (a notice of a few lines, too few for ``wrap_width``) that does not indent
    its paragraphs: its widest lines are cut at the fixed width in mid-sentence.

    Evidence, all of it needed: the widest size ``W`` (20 to 120 characters) is shared by two or
    more lines (within one character), half or more of the lines of that size that end in
    mid-word (a character, not punctuation) hold a comma or a stop inside (cut prose, not
    titles), and such a line is followed, without a blank line, by a line that ends a sentence
    (or by more such lines, then one that ends a sentence) and does not start a paragraph
    (heading, greeting, date, document number, an indented line).
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 3:
        return joins
    sizes = {i: _size(lines[i]) for i in nonblank}
    width = max(sizes.values())
    if width < 20 or width > MAX_WIDTH:
        return joins
    widest = [i for i in nonblank if sizes[i] >= width - 1]
    if len(widest) < 2:
        return joins
    cut_at = [i for i in widest if lines[i].strip()[-1].isalnum() or _is_cjk(lines[i].strip()[-1])]
    if not cut_at or sum(1 for i in cut_at if _SENT_INNER.search(lines[i])) * 2 < len(cut_at):
        return joins
    for a in cut_at:
        b = a + 1
        if b >= len(lines) or not lines[b].strip() or joins[b] or _indent(lines[b]):
            continue
        end = b
        while end in cut_at and end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        if not _ends_sentence(lines[end].strip()):
            continue  # a title, or a line of titles after it: only prose goes on to a sentence end
        if _starts_paragraph(lines[b], False) or _GREETING.match(lines[b].strip()):
            continue
        joins[b] = True
    return joins
