"""HTML input: a saved web page (or a simple MHTML archive) in, its main text and page metadata out.

Owns reading ``.html`` / ``.htm`` pages and ``.mhtml`` / ``.mht`` archives with one HTML part
(quoted-printable or base64) for :mod:`textlab.readers`:

1. Decoding (:func:`decode_html`): a byte-order mark decides, then the charset the page declares
   (``<meta charset>``, ``<meta http-equiv="Content-Type">``, an XML declaration, or the MHTML
   part's header; GB2312/GBK read as their superset GB18030) when the bytes decode strictly in
   it; otherwise, and for pages declaring a Latin-1 / Windows-1252 charset that Chinese portals
   often get wrong, the detection every text file gets (:func:`textlab.encoding.decode_text_file`).
2. Page metadata (:func:`page_metadata`), under the key names the rest of textlab uses:
   ``page_title`` (the ``<title>`` with the site suffix removed, else the metadata table's
   title), ``site``, ``url`` (canonical / ``og:url``, or the MHTML snapshot address), ``date``
   (ISO, from meta tags, the metadata table's publication date or a ``发布时间：`` line),
   ``source`` / ``author`` / ``editor`` from label-value lines, and the gov.cn metadata table
   (``issuer`` 发文机关, ``written_date`` 成文日期, ``published_date`` 发布日期, ``doc_number``
   发文字号, ``index_number`` 索引号, ``subject`` 主题分类). The table is removed from the page
   before extraction, and any line of the extracted text that still starts with one of its labels
   is dropped, so 索引号 / 发文机关 / … never reach the body.
3. Main content (:func:`main_text`) with trafilatura: its paragraph, heading, list-item and
   table-cell elements become one line each (a ``<br>`` inside a paragraph stays a line break).

Why trafilatura (measured on the ten development pages from gov.cn, ``tests/data/html/govcn``,
511 body paragraphs): with the metadata table removed first and its XML tree turned into lines,
trafilatura gives 511 of 511 body paragraphs as lines of their own and no other line, in its
default, precision and recall modes alike. jusText, the alternative installed with it, has no
Chinese stop-list: with none it keeps 130 of 511 paragraphs (it drops the short lines of an
official document: signature, date, the name lists of a 组成人员 notice), with the English list
none. trafilatura's own text output flattens each table cell to one line (0 of 511 paragraphs
as lines, the metadata labels in the text), hence the XML tree; and without removing the table
first its labels stay (80 label cells on the ten pages). The recall mode is used (nothing of the
document lost; the few chrome lines it keeps inside an article block, such as a paywall notice,
are :mod:`textlab.cleaning`'s), without trafilatura's jusText / readability fallback
(``fast=True``: the same lines on every test page, and a 590 KB page in 6 s instead of 139 s).
trafilatura is maintained, pure Python on top of lxml, and deterministic with the options used
here: no deduplication cache between calls (``deduplicate=False``), no metadata or date search of
its own (``with_metadata=False``: htmldate compares with today's date), and it never fetches
anything: it is given the parsed page, never a URL.

Every problem is an :class:`HTMLError` whose message names what is wrong with the page (empty,
binary, no main text, an MHTML archive with several pages); the loader lists it in
``Corpus.skipped`` with the file.

>>> page = read_html("<html><head><title>关于开展调研的通知_某某市人民政府</title></head>"
...                  "<body><p>各单位：</p><p>现就有关事项通知如下。</p></body></html>".encode())
>>> page.text, page.meta["page_title"], page.meta["site"]
('各单位：\\n现就有关事项通知如下。', '关于开展调研的通知', '某某市人民政府')
"""

from __future__ import annotations

import codecs
import copy
import email
import email.header
import email.policy
import re
import unicodedata
from dataclasses import dataclass, field

from textlab.encoding import DecodeError, decode_text_file

__all__ = ["HTMLError", "HTMLPage", "read_html", "read_mhtml", "decode_html", "page_metadata", "main_text",
           "METADATA_LABELS"]


class HTMLError(ValueError):
    """An HTML page or MHTML archive cannot be used; ``str(error)`` is the reason, ready to show."""


@dataclass(frozen=True)
class HTMLPage:
    """A page read: main ``text`` (one paragraph per line), ``meta`` and the ``encoding`` used."""

    text: str
    meta: dict = field(default_factory=dict)
    encoding: str = "utf-8"


#: Labels of metadata tables and label-value lines (whitespace and the colon removed) -> meta key.
#: The gov.cn policy-library table uses the first eight; provincial 信息公开 pages the others.
METADATA_LABELS: dict[str, str] = {
    "索引号": "index_number",
    "主题分类": "subject",
    "发文机关": "issuer",
    "成文日期": "written_date",
    "标题": "title",
    "发文字号": "doc_number",
    "发布日期": "published_date",
    "主题词": "keywords",
    "文号": "doc_number",
    "发布机构": "source",
    "发文单位": "issuer",
    "公开日期": "published_date",
    "生成日期": "written_date",
    "信息分类": "subject",
    "分类": "subject",
    "名称": "title",
    "关键词": "keywords",
    "公开方式": "disclosure",
    "公开范围": "disclosure",
    "有效性": "validity",
}
# the gov.cn table's labels: never left in the body, whatever their spacing
_GOVCN_LABELS = ("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "主题词")
# labels that only metadata blocks use (a body paragraph may start with 名称： or 分类：)
_DISTINCT_LABELS = frozenset(("索引号", "主题分类", "发文机关", "成文日期", "发文字号", "发布日期", "主题词", "发布机构",
                              "公开日期", "生成日期", "信息分类", "发文单位"))
# keys kept in Document.meta (a table's title only stands in for a missing <title>; keywords,
# disclosure and validity are dropped)
_KEPT_KEYS = ("index_number", "subject", "issuer", "written_date", "doc_number", "published_date", "source")
_DATE_KEYS = ("written_date", "published_date")
# label-value lines of article pages: label -> meta key (dates are handled separately)
_LINE_LABELS: dict[str, str] = {
    "来源": "source", "信息来源": "source", "文章来源": "source", "稿源": "source",
    "作者": "author", "撰稿": "author", "责任编辑": "editor", "编辑": "editor",
}
_DATE_LABEL_RE = re.compile(r"(?:发布|发表|更新|公开|印发)?(?:时间|日期)[：:]\s*")

_WS_RE = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")
_COLONS = "：:"


def _squash(text: str) -> str:
    """``text`` without any white space (for comparing labels: 索 引 号 == 索引号)."""
    return _WS_RE.sub("", text)


# --------------------------------------------------------------------------- decoding


_META_CHARSET_RE = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml\b[^>]*\?>", re.IGNORECASE)
# declared charsets not believed: Chinese pages often declare Latin-1 / cp1252 (servers' default);
# UTF-16/32 cannot be declared inside bytes that are read as ASCII to find the declaration
_DISTRUSTED = frozenset({"iso8859-1", "cp1252", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                         "utf-32-le", "utf-32-be"})
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp936": "gb18030"}
_BOM_PREFIXES = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 8 KB (XML declaration or ``<meta>``), as
    Python's codec name, or None.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
    'gb2312'
    """
    head = data[:8192]
    match = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(data: bytes, *, charset: str | None = None) -> tuple[str, str]:
    """Decode an HTML page's bytes: ``(text, encoding)``.

    A byte-order mark decides; then ``charset`` (from an MHTML part header) or the page's own
    declaration, when the bytes decode strictly in it (GB2312 and GBK are read as GB18030, Big5
    as Big5-HKSCS, which only add characters); else the detection of
    :func:`textlab.encoding.decode_text_file`, which also refuses binary data. Raises
    :class:`HTMLError` for bytes that are not text.

    >>> decode_html('<meta charset="gbk"><p>通知</p>'.encode("gbk"))
    ('<meta charset="gbk"><p>通知</p>', 'gb18030')
    """
    if not data.startswith(_BOM_PREFIXES) and b"\x00" not in data[:8192]:
        name = None
        if charset:
            try:
                name = codecs.lookup(charset).name
            except LookupError:
                name = None
        name = name or declared_charset(data)
        if name and name not in _DISTRUSTED:
            name = _SUPERSETS.get(name, name)
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass  # the declaration is wrong (a GBK page saved as UTF-8): detect instead
    try:
        return decode_text_file(data)
    except DecodeError as error:
        raise HTMLError(f"not an HTML page: {error}") from None


# --------------------------------------------------------------------------- reading


def read_html(data: bytes, *, charset: str | None = None, fallback_meta: dict | None = None) -> HTMLPage:
    """Main text and page metadata of an HTML page's bytes (see the module docstring).

    ``charset`` is a charset known from outside the page (an MHTML part header); ``fallback_meta``
    metadata known from outside (an MHTML archive's address and subject) used where the page
    says nothing. Raises :class:`HTMLError`.
    """
    text, encoding = decode_html(data, charset=charset)
    tree = _parse(text)
    if _REPORT_TITLE_RE.match(" ".join(tree.xpath("//title//text()")).strip()):
        raise HTMLError("a textlab report (report.html written by textlab analyze), not a document")
    meta = page_metadata(tree)
    for key, value in (fallback_meta or {}).items():
        meta.setdefault(key, value)
    _drop_metadata_blocks(tree)
    _drop_named_chrome(tree)
    lines = main_text(tree)
    heading = _article_heading(tree, meta.get("page_title", ""))
    if lines and heading and _squash(heading) not in {_squash(line) for line in lines}:
        lines.insert(0, heading)  # extraction starts at the text block and leaves the <h1> above it
    lines, found = _drop_label_lines(lines)
    for key, value in found.items():
        meta.setdefault(key, value)
    _finish_meta(meta)
    if not lines or _navigation_only(lines, tree):
        raise HTMLError(_no_text_reason(tree))
    return HTMLPage("\n".join(lines), meta, encoding)


_REPORT_TITLE_RE = re.compile(r"^textlab report · [\d,]+ documents?$")


def read_mhtml(data: bytes) -> HTMLPage:
    """Main text and metadata of a simple MHTML archive: a MIME message whose page is its one
    ``text/html`` part (quoted-printable, base64 or plain); images and style sheets are ignored.

    An archive with several HTML parts (a page with frames) is refused unless one of them is the
    snapshot's own address. Raises :class:`HTMLError`.
    """
    head = data[:4096].lower()
    if b"mime-version" not in head and b"content-type" not in head:
        if b"<html" in head or b"<!doctype" in head:
            return read_html(data)  # an HTML page saved under an .mhtml name
        raise HTMLError("not an MHTML archive (no MIME headers) and not an HTML page")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if not parts:
        kind = message.get_content_type()
        raise HTMLError(f"MHTML archive without an HTML part (content type {kind})")
    snapshot = (message.get("Snapshot-Content-Location") or "").strip()
    if len(parts) > 1:
        main = [p for p in parts if snapshot and (p.get("Content-Location") or "").strip() == snapshot]
        if len(main) != 1:
            raise HTMLError(f"MHTML archive with {len(parts)} HTML parts (a page with frames): "
                            "save the page as HTML instead")
        parts = main
    part = parts[0]
    payload = part.get_payload(decode=True)
    if not payload:
        raise HTMLError("MHTML archive whose HTML part is empty")
    outside: dict[str, str] = {}
    location = snapshot or (part.get("Content-Location") or "").strip()
    if location.startswith(("http://", "https://")):
        outside["url"] = location
    subject = message.get("Subject")
    if subject:
        decoded = str(email.header.make_header(email.header.decode_header(subject))).strip()
        if decoded:
            outside["page_title"] = decoded
    return read_html(payload, charset=part.get_content_charset(), fallback_meta=outside)


def _parse(text: str):
    """The lxml tree of a page's text; HTMLError for an empty page."""
    import lxml.etree
    import lxml.html

    text = _XML_DECLARATION_RE.sub("", text, count=1)
    if not text.strip():
        raise HTMLError("empty page (no markup, no text)")
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise HTMLError(f"not an HTML page ({error})") from None
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    return tree


# ids / class names of page chrome that extraction libraries keep when it sits next to the text:
# QR-code boxes ("扫一扫在手机打开当前页"), share bars, breadcrumbs
_CHROME_NAME_RE = re.compile(
    r"(?:^|[-_])(?:qr|qrcode|erweima|ewm|share|bdshare|breadcrumbs?|crumbs?)(?:$|[-_\d])", re.IGNORECASE)


def _drop_named_chrome(tree) -> None:
    """Remove elements whose id or class names them as QR-code, share or breadcrumb boxes."""
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        names = f"{element.get('id') or ''} {element.get('class') or ''}".split()
        if any(_CHROME_NAME_RE.search(name) for name in names) and element.tag not in ("html", "body"):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None and not any(a in doomed for a in element.iterancestors()):
            element.drop_tree()


def _article_heading(tree, page_title: str) -> str:
    """The article's ``<h1>``: the first one without links that matches the page title (or any
    without links when the page has no title); "" when there is none."""
    wanted = _squash(page_title)
    for element in tree.iter("h1"):
        text = " ".join(element.text_content().split())
        if not text or len(text) > 150 or element.xpath(".//a"):
            continue
        squashed = _squash(text)
        if not wanted or squashed in wanted or wanted in squashed:
            return text
    return ""


_SENTENCE_MARK_RE = re.compile(r"[。！？；：.!?;:]")


def _navigation_only(lines: list[str], tree) -> bool:
    """Whether the extracted lines are link texts (a menu, a list of titles) and nothing reads
    as a sentence outside them: at least 10 characters with sentence punctuation, or 40."""
    link_texts = {_squash(a.text_content()) for a in tree.xpath("//body//a")}
    prose = [line for line in lines if _squash(line) not in link_texts]
    if len(prose) == len(lines):
        return False
    return not any(len(line) >= 40 or len(line) >= 10 and _SENTENCE_MARK_RE.search(line) for line in prose)


def _no_text_reason(tree) -> str:
    bodies = tree.xpath("//body")
    body_text = _squash(bodies[0].text_content()) if bodies else ""
    links = tree.xpath("//body//a")
    link_text = sum(len(_squash(a.text_content())) for a in links)
    if not body_text:
        return "HTML page without text (empty body)"
    if links and link_text >= 0.5 * len(body_text):
        return (f"no main text found: the page is navigation only ({len(links)} links, "
                f"{link_text} of its {len(body_text)} characters are link text)")
    return f"no main text found in the page ({len(body_text)} characters, none of it an article)"


# --------------------------------------------------------------------------- metadata


_TITLE_SEPARATOR_RE = re.compile(r"\s*(?:[_|｜]|\s[-－—–]\s|(?<=[^\s\d])[-－](?=[^\s\d]))\s*")
_SITE_WORD_RE = re.compile(r"(网|网站|门户|政府|平台|文库|频道|新闻|日报|在线|客户端|\.cn|\.com|\.net|\.org)$", re.IGNORECASE)
_META_DATE_NAMES = (
    "article:published_time", "og:release_date", "pubdate", "publishdate", "firstpublishedtime",
    "publishtime", "publish_time", "release_date", "dc.date", "dc.date.issued", "dcterms.created",
    "dcterms.issued", "citation_publication_date", "date",
)


def page_metadata(tree) -> dict:
    """Metadata of a parsed page (see the module docstring); only keys with a value.

    The metadata table's ``title`` becomes ``page_title`` when the page has no ``<title>``.
    """
    metas = _meta_tags(tree)
    meta: dict = {}
    site = metas.get("og:site_name") or metas.get("sitename") or metas.get("application-name")
    title = " ".join(" ".join(tree.xpath("//title//text()")).split()) or metas.get("og:title") or metas.get("articletitle")
    if title:
        page_title, title_site = _split_title(title, site)
        if page_title:
            meta["page_title"] = page_title
        site = site or title_site
    if site:
        meta["site"] = site
    url = _first_url(tree.xpath("//link[@rel='canonical']/@href"), [metas.get("og:url", ""), metas.get("url", "")])
    if url:
        meta["url"] = url
    table = _metadata_pairs(tree)
    for key, value in table.items():
        if key in _KEPT_KEYS:
            meta[key] = value
        elif key == "title" and "page_title" not in meta:
            meta["page_title"] = value
    for name in _META_DATE_NAMES:
        date = iso_date(metas.get(name, ""))
        if date:
            meta["date"] = date
            break
    if "date" not in meta and iso_date(table.get("published_date", "")):
        meta["date"] = iso_date(table["published_date"])
    meta.update({k: v for k, v in _label_lines(tree).items() if k not in meta})
    return meta


def _finish_meta(meta: dict) -> None:
    """ISO dates for the table's dates; ``date`` from the publication date when the page gave none."""
    for key in _DATE_KEYS:
        if key in meta:
            date = iso_date(meta[key])
            if date:
                meta[key] = date
            else:
                del meta[key]
    if "date" not in meta:
        for key in ("published_date", "written_date"):
            if key in meta:
                meta["date"] = meta[key]
                break
    for key in [k for k, v in meta.items() if isinstance(v, str) and not v.strip()]:
        del meta[key]


def _meta_tags(tree) -> dict[str, str]:
    """``<meta name|property|itemprop=… content=…>`` as a dict of lower-case names (first wins)."""
    out: dict[str, str] = {}
    for element in tree.xpath("//meta[@content]"):
        name = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        content = " ".join(element.get("content", "").split())
        if name and content:
            out.setdefault(name.strip().lower(), content)
    return out


def _first_url(*groups) -> str:
    for group in groups:
        for value in group:
            value = (value or "").strip()
            if value.startswith(("http://", "https://")):
                return value
    return ""


def _split_title(title: str, site: str | None) -> tuple[str, str]:
    """``(page title, site)`` from a ``<title>``: a known site name or a suffix after ``_``, ``|``
    or a dash that reads as a site name is removed (repeatedly: 标题_政策_中国政府网).

    >>> _split_title("国务院关于印发…的通知_政策_中国政府网", None)
    ('国务院关于印发…的通知', '中国政府网')
    >>> _split_title("奋力谱写新篇章——在全市大会上的讲话", None)
    ('奋力谱写新篇章——在全市大会上的讲话', '')
    """
    parts = [p for p in _TITLE_SEPARATOR_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip(), ""
    found_site = ""
    if site and site in parts[1:]:
        found_site = site
    elif _SITE_WORD_RE.search(parts[-1]) or len(parts[-1]) <= 12 and re.search(r"[_|｜]", title):
        found_site = parts[-1].strip()  # a site's name, or a short tail after _ or |
    if not found_site:
        return title.strip(), ""
    # the page title is the longest part before the site (the rest are column names)
    before = parts[: parts.index(found_site)] if found_site in parts else parts[:-1]
    main = max(before, key=len) if before else title
    return main.strip(), found_site


def _norm_label(text: str) -> str:
    """A candidate label: white space removed, one trailing colon removed (or "")."""
    squashed = _squash(text)
    return squashed[:-1] if squashed.endswith(tuple(_COLONS)) else squashed


def _metadata_pairs(tree) -> dict[str, str]:
    """``{key: value}`` of a metadata table (label cells followed by value cells) or of
    ``label：value`` elements, found among the page's short elements; first value wins."""
    pairs: dict[str, str] = {}
    for label, key, value, _nodes in _metadata_nodes(tree):
        if value and key not in pairs:
            pairs[key] = value
    return pairs


_LEAF_TAGS = ("td", "th", "dt", "dd", "li", "span", "b", "strong", "em", "font", "label", "p", "div", "i")
_BLOCK_CHILD_TAGS = frozenset(("p", "div", "li", "td", "tr", "table", "ul", "ol", "dl", "section", "article"))
_LABEL_VALUE_RE = re.compile(
    r"^\s*(" + "|".join(sorted((r"\s*".join(label) for label in METADATA_LABELS), key=len, reverse=True))
    + r")\s*[：:]\s*(.+?)\s*$", re.DOTALL)


def _short_elements(tree, tags: tuple[str, ...], limit: int) -> list:
    """The elements with one of ``tags`` whose text (tails of children included) is at most
    ``limit`` characters, in document order. Text lengths are summed bottom-up in one pass, so a
    big page costs linear time, not one ``text_content()`` per element."""
    elements = list(tree.iter())
    lengths: dict = {}
    for element in reversed(elements):  # children come after their parent in document order
        size = len(element.text or "") if isinstance(element.tag, str) else 0
        for child in element:
            size += lengths.get(child, 0) + len(child.tail or "")
        lengths[element] = size
    wanted = frozenset(tags)
    return [e for e in elements if isinstance(e.tag, str) and e.tag in wanted and lengths[e] <= limit]


def _metadata_nodes(tree) -> list[tuple[str, str, str, list]]:
    """``(label, key, value, nodes to remove)`` for each metadata label in the page.

    A label element (its whole text a label, colon or not) takes the text that follows it: its
    tail, or the next sibling element of the label or of the cell holding it. A short element
    reading ``label：value`` counts too. When the page has three different labels or more (a
    metadata block) all of them count; otherwise only labels with a colon that no body text
    starts with (:data:`_DISTINCT_LABELS`: 索引号, 发文机关, 发文字号 …), so a body paragraph
    ``分类：…`` or a body table with a 名称 column is left alone.
    """
    found = []
    for element in _short_elements(tree, _LEAF_TAGS, 300):
        text = element.text_content()
        label = _norm_label(text)
        if label in METADATA_LABELS:
            holder = element
            while holder.getparent() is not None and _norm_label(holder.getparent().text_content()) == label:
                holder = holder.getparent()
            value_node = None
            tail = (holder.tail or "").strip()
            if tail:
                value = " ".join(tail.split())
            else:
                value_node = holder.getnext()
                value = " ".join(value_node.text_content().split()) if value_node is not None else ""
                if value_node is not None and _norm_label(value) in METADATA_LABELS:
                    value_node, value = None, ""
            has_colon = _squash(text).endswith(tuple(_COLONS))
            nodes = [holder] + ([value_node] if value_node is not None else [])
            found.append((label, METADATA_LABELS[label], value, nodes, has_colon))
            continue
        if any(child.tag in _BLOCK_CHILD_TAGS for child in element.iterdescendants()) or len(text) > 150:
            continue
        match = _LABEL_VALUE_RE.match(text)
        if match:
            label = _squash(match.group(1))
            value = " ".join(match.group(2).split())
            if label in METADATA_LABELS and not any(element in f[3] for f in found):
                found.append((label, METADATA_LABELS[label], value, [element], True))
    if len({f[0] for f in found}) >= 3:  # a metadata block: every label in it counts
        return [f[:4] for f in found]
    return [f[:4] for f in found if f[4] and f[0] in _DISTINCT_LABELS]


def _drop_metadata_blocks(tree) -> None:
    """Remove the metadata table's label and value nodes, and a table left with no text."""
    tables = set()
    for _label, _key, _value, nodes in _metadata_nodes(tree):
        for node in nodes:
            parent = node.getparent()
            if parent is None:
                continue
            for ancestor in node.iterancestors("table"):
                tables.add(ancestor)
                break
            _remove(node)
    for table in tables:
        if table.getparent() is not None and not _squash(table.text_content()):
            _remove(table)


def _remove(node) -> None:
    """Remove ``node`` and its content, keeping its tail text in place."""
    parent = node.getparent()
    if parent is None:
        return
    node.drop_tree()


def _label_lines(tree) -> dict[str, str]:
    """``date``, ``source``, ``author``, ``editor`` from short label-value text in the page
    (``发布时间：2023-03-05``, ``来源：人民日报``, ``作者：…``, ``责任编辑：…``)."""
    out: dict[str, str] = {}
    for element in _short_elements(tree, ("span", "div", "p", "li", "td", "em", "font", "i", "small", "time"), 200):
        text = " ".join(element.text_content().split())
        if not text or len(text) > 120:
            continue
        if element.tag == "time" and element.get("datetime") and "date" not in out:
            date = iso_date(element.get("datetime"))
            if date:
                out["date"] = date
        if "date" not in out and "bare_date" not in out and _BARE_DATE_RE.match(text) and not element.xpath(".//a"):
            out["bare_date"] = iso_date(text)
        for match in _DATE_LABEL_RE.finditer(text):
            if "date" not in out:
                date = iso_date(text[match.end():match.end() + 30])
                if date:
                    out["date"] = date
        for label, key in _LINE_LABELS.items():
            if key in out:
                continue
            found = re.search(rf"(?:^|[\s|｜【\[]){label}\s*[：:]\s*([^\s|｜】\]]+)", text)
            if found and len(found.group(1)) <= 40:
                out[key] = found.group(1)
    bare = out.pop("bare_date", "")
    if bare and "date" not in out:
        out["date"] = bare  # a line that is only a date and time, as article pages show it
    return out


_BARE_DATE_RE = re.compile(r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)")
_ISO_RE = re.compile(r"(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?")
_YEAR_ONLY_RE = re.compile(r"^\s*(\d{4})年?\s*$")


def iso_date(text: str) -> str:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) of the first date in ``text``, or "".

    >>> iso_date("2018年11月05日"), iso_date("2018-11-12-17:25:10"), iso_date("2019/1/3"), iso_date("2020年5月")
    ('2018-11-05', '2018-11-12', '2019-01-03', '2020-05')
    >>> iso_date("无"), iso_date("2018-13-01")
    ('', '')
    """
    text = unicodedata.normalize("NFKC", text or "")
    match = _ISO_RE.search(text)
    if match:
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        if not (1800 <= year <= 2100 and 1 <= month <= 12):
            return ""
        if day is None:
            return f"{year:04d}-{month:02d}"
        if not 1 <= int(day) <= 31:
            return ""
        return f"{year:04d}-{month:02d}-{int(day):02d}"
    match = _YEAR_ONLY_RE.match(text)
    if match and 1800 <= int(match.group(1)) <= 2100:
        return match.group(1)
    return ""


# --------------------------------------------------------------------------- main text


# trafilatura's output elements that are blocks (one line each); the rest are inline
_OUT_BLOCKS = frozenset(("p", "head", "item", "quote", "code", "cell", "row", "list", "table", "div", "title"))


def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    return config


def main_text(tree) -> list[str]:
    """The main content of a parsed page as lines, one paragraph (heading, list item, table
    cell) per line, white space inside a line collapsed; [] when trafilatura finds none."""
    import trafilatura

    result = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        with_metadata=False,
        favor_recall=True,
        fast=True,
        config=_trafilatura_config(),
    )
    body = getattr(result, "body", None)
    if body is None:
        return []
    blocks: list[list[str]] = []
    head: list[str] = []
    _add_lines(body.text or "", head)
    blocks.append(head)
    for child in body:
        block: list[str] = []
        _emit(child, block)
        _add_lines(child.tail or "", block)
        blocks.append(block)
    return _without_recovered_repeats(blocks)


def _without_recovered_repeats(blocks: list[list[str]]) -> list[str]:
    """The blocks' lines, without the second copy trafilatura's recall mode sometimes adds.

    In recall mode trafilatura recovers text it left out and may take the same text twice: a
    page whose paragraphs are separated by ``<br>`` comes out as paragraphs and again as one
    block of line breaks. A block of two lines or more of which at least half repeat earlier
    lines loses its repeated lines (its new ones stay); a line repeated inside a block, or a
    single repeated line (a heading used twice), stays.

    >>> _without_recovered_repeats([["甲。", "乙。"], ["甲。", "乙。", "丙。"], ["甲。"]])
    ['甲。', '乙。', '丙。', '甲。']
    """
    seen: set[str] = set()
    lines: list[str] = []
    for block in blocks:
        keys = [_squash(line) for line in block]
        repeated = sum(key in seen for key in keys)
        drop = len(block) >= 2 and 2 * repeated >= len(block)
        for line, key in zip(block, keys):
            if not (drop and key in seen):
                lines.append(line)
        seen.update(keys)
    return lines


def _emit(element, lines: list[str]) -> None:
    """Append the lines of one output element: block children on their own lines."""
    if not any(child.tag in _OUT_BLOCKS for child in element):
        _add_lines(_inline(element), lines)
        return
    buffer = [element.text or ""]
    for child in element:
        if child.tag in _OUT_BLOCKS:
            _add_lines("".join(buffer), lines)
            _emit(child, lines)
            buffer = [child.tail or ""]
        else:
            buffer.append(_inline(child) + (child.tail or ""))
    _add_lines("".join(buffer), lines)


def _inline(element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


_LINE_WS_RE = re.compile(r"[ \t\u3000\xa0\u200b]+")


def _add_lines(text: str, lines: list[str]) -> None:
    for line in text.split("\n"):
        line = _LINE_WS_RE.sub(" ", line).strip()
        if line:
            lines.append(line)


_GOVCN_LINE_RE = re.compile(
    r"^\s*(" + "|".join(r"\s*".join(label) for label in _GOVCN_LABELS) + r")\s*(?:[：:]\s*(.*))?$")


def _drop_label_lines(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Lines without the gov.cn table's label lines (``发文机关：国务院``, ``索 引 号``), and the
    values those lines held."""
    kept, found = [], {}
    for line in lines:
        match = _GOVCN_LINE_RE.match(line) if len(line) <= 150 else None
        if match is None:
            kept.append(line)
            continue
        key = METADATA_LABELS[_squash(match.group(1))]
        value = (match.group(2) or "").strip()
        if value and key in _KEPT_KEYS:
            found.setdefault(key, value)
    return kept, found
