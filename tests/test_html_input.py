"""Tests for textlab.html_input (and HTML through load_corpus): the ten gov.cn development pages
give every body paragraph one per line, their metadata table in meta and none of its labels in
the body; site-shaped pages give their content without the chrome around it; encodings, MHTML,
and bad pages each accounted for. textlab 0.1.0 skipped every .html file as unsupported."""

from __future__ import annotations

import csv
import email.mime.base
import email.mime.multipart
import email.mime.text
import re
import socket
import sys
import warnings
from email.header import Header
from pathlib import Path

import pytest

import textlab as tl
from textlab.corpus import SkippedFilesWarning, load_corpus
from textlab.html_input import HTMLError, decode_html, read_html, read_mhtml

DATA = Path(__file__).resolve().parent / "data" / "html"
GOVCN = DATA / "govcn"
SITES = DATA / "sites"
GOVCN_LABELS = ("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "主题词")


def _squash(text: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", "", text)


def _expected(folder: Path, stem: str) -> list[str]:
    return [line.strip() for line in (folder / "expected" / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
            if line.strip()]


def _index() -> dict[str, dict[str, str]]:
    with open(GOVCN / "_index.tsv", encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _label_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if _squash(line).startswith(GOVCN_LABELS)]


@pytest.fixture(scope="module")
def govcn():
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFilesWarning)
        return load_corpus(GOVCN, recursive=False)  # expected/ holds the gold texts


# --------------------------------------------------------------------------- gov.cn development pages


def test_govcn_pages_all_load(govcn):
    assert len(govcn) == 10 and govcn.skipped == []
    assert govcn.ids == sorted(p.stem for p in GOVCN.glob("*.html"))
    assert all(d.meta["format"] == "html" and d.meta["encoding"] == "utf-8" for d in govcn)


def test_govcn_every_body_paragraph_extracted_one_per_line(govcn):
    """Measured: 511 of 511 body paragraphs of the ten pages, each as a line of its own, and no
    other line (the QR-code line and the toolbar are gone)."""
    n_gold = n_found = 0
    for doc in govcn:
        gold = _expected(GOVCN, doc.id)
        lines = {_squash(line) for line in doc.text.split("\n")}
        missing = [g for g in gold if _squash(g) not in lines]
        extra = [line for line in doc.text.split("\n") if _squash(line) not in {_squash(g) for g in gold}]
        assert not missing, (doc.id, missing)
        assert not extra, (doc.id, extra)
        n_gold += len(gold)
        n_found += len(gold) - len(missing)
    assert n_gold == n_found == 511


def test_govcn_body_paragraphs_keep_their_order(govcn):
    for doc in govcn:
        assert [_squash(line) for line in doc.text.split("\n")] == [_squash(g) for g in _expected(GOVCN, doc.id)], doc.id


def test_govcn_metadata_labels_never_reach_the_body(govcn):
    for doc in govcn:
        assert _label_lines(doc.text) == [], doc.id
        assert _label_lines(tl.clean(doc.text)) == [], doc.id
        assert "扫一扫在手机打开当前页" not in doc.text
        assert "000014349/" not in doc.text  # the 索引号 value went with its label


def test_govcn_metadata_table_in_meta(govcn):
    index = _index()
    for doc in govcn:
        row, meta = index[f"{doc.id}.html"], doc.meta
        url_day = re.search(r"/content/(\d{4})-(\d{2})/(\d{2})/", row["source_url"])
        assert meta["doc_number"] == row["document_number"], doc.id
        assert meta["issuer"] == row["issuer"], doc.id
        assert meta["page_title"] == row["title"], doc.id
        assert meta["date"] == meta["published_date"] == "-".join(url_day.groups()), doc.id
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["written_date"]) and meta["written_date"] <= meta["date"]
        assert re.fullmatch(r"000014349/\d{4}-\d{5}", meta["index_number"]), doc.id
        assert meta["subject"] and "：" not in meta["subject"]
        assert meta["source_url"] == row["source_url"]  # from _index.tsv, as for any file
        assert meta["year"] == 2018  # the file name's year wins over the page's date
    first = govcn["2018_5339579"].meta
    assert (first["written_date"], first["doc_number"], first["subject"]) == (
        "2018-11-05", "国办函〔2018〕74号", "国务院组织机构\\\\其他")


def test_govcn_pages_go_through_the_whole_flow(govcn):
    from textlab.units import parsed_document

    parsed = parsed_document(govcn["2018_5344150"], tokens=False)
    assert "国函〔2018〕145号" in parsed.text and not _label_lines(parsed.text)
    assert len(parsed.units) >= 8 and not any(_label_lines(t) for t in parsed.units["text"])
    assert parsed.meta["doc_number"] == "国函〔2018〕145号" and parsed.meta["date"] == "2018-11-28"


# --------------------------------------------------------------------------- pages in the shapes of other sites


SITE_META = {
    "provincial_portal": {"page_title": "2025年浙江省政府工作报告", "site": "浙江省人民政府门户网站", "date": "2025-01-20",
                          "doc_number": "浙政发〔2025〕1号", "index_number": "002482410/2025-00123",
                          "written_date": "2025-01-14", "published_date": "2025-01-20",
                          "source": "浙江省人民政府办公厅", "encoding": "gb18030"},
    "party_building": {"page_title": "“红色业委会”发挥基层治理“红色能量”活动计划", "site": "先锋党建网",
                       "date": "2023-02-08", "source": "先锋党建网", "author": "区委组织部", "editor": "李明",
                       "url": "https://www.xfdj.example.cn/jcdj/2023/0208/c123-456.html", "encoding": "utf-8"},
    "news_site": {"page_title": "南通市政府工作报告（全文）", "site": "江海新闻网", "date": "2024-01-25",
                  "source": "南通日报", "editor": "王五", "encoding": "utf-8-sig",
                  "url": "https://news.jhxw.example.com/local/2024-01/25/c_1130062.htm"},
    "wenku_page": {"page_title": "在党建主题沙龙活动上的发言（党建经验做法交流材料）", "site": "豆丁文库", "encoding": "utf-8"},
}
# chrome each page has around its article: none of it may come out
SITE_CHROME = {
    "provincial_portal": ["政务公开", "当前位置", "索 引 号", "发布机构", "字体", "打印本页", "分享到", "扫一扫",
                          "相关阅读", "ICP备", "002482410/2025-00123", "统计代码"],
    "party_building": ["基层党建", "搜索", "首页", "热门文章", "广告位", "版权所有", "分享到"],
    "news_site": ["新闻首页", "相关新闻", "网友评论", "24小时排行", "纠错", "违法和不良信息", "第十七届人民代表大会"],
    "wenku_page": ["登录/注册", "下载文档", "相关推荐", "文库首页", "上传文档", "侵权投诉", "浏览"],
}


@pytest.fixture(scope="module")
def sites():
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFilesWarning)
        return load_corpus(SITES, recursive=False)


@pytest.mark.parametrize("name", sorted(SITE_META))
def test_site_pages_give_their_content_paragraphs_in_order(sites, name):
    lines = sites[name].text.split("\n")
    expected = _expected(SITES, name)
    assert [line for line in lines if line in expected] == expected
    for chrome in SITE_CHROME[name]:
        assert chrome not in sites[name].text, chrome


@pytest.mark.parametrize("name", sorted(SITE_META))
def test_site_page_metadata(sites, name):
    meta = sites[name].meta
    for key, value in SITE_META[name].items():
        assert meta.get(key) == value, (key, meta.get(key))
    assert meta["year"] == int(meta["date"][:4]) if "date" in meta else "year" not in meta


def test_cleaning_keeps_html_paragraphs_one_per_line(sites):
    cleaned = tl.clean(sites["news_site"].text).split("\n")
    assert len([line for line in cleaned if line.strip()]) == len(_expected(SITES, "news_site"))


def test_year_comes_from_the_date_only_when_the_name_gives_none(tmp_path):
    page = (SITES / "news_site.html").read_bytes()
    (tmp_path / "news.html").write_bytes(page)
    (tmp_path / "2023_南通_转载.html").write_bytes(page)
    corpus = load_corpus(tmp_path)
    assert corpus["news"].meta["year"] == 2024 and corpus["news"].meta["date"] == "2024-01-25"
    assert corpus["2023_南通_转载"].meta["year"] == 2023


def test_title_site_suffixes_are_removed():
    def title_of(title: str) -> tuple[str | None, str | None]:
        page = read_html(f"<html><head><title>{title}</title></head><body><p>各单位：现将有关事项通知如下。</p></body></html>".encode())
        return page.meta.get("page_title"), page.meta.get("site")

    assert title_of("国务院关于印发通知的通知_政策_中国政府网") == ("国务院关于印发通知的通知", "中国政府网")
    assert title_of("在全市大会上的讲话 - 某某日报") == ("在全市大会上的讲话", "某某日报")
    assert title_of("奋力谱写新篇章——在全市大会上的讲话") == ("奋力谱写新篇章——在全市大会上的讲话", None)
    assert title_of("2021-2025年发展规划") == ("2021-2025年发展规划", None)


def test_label_lines_in_a_plain_page_leave_the_body():
    body = "".join(f"<p>{line}</p>" for line in _expected(GOVCN, "2018_5344150"))
    page = ("<html><body><div><p>索 引 号：000014349/2018-00211</p><p>发文机关：国务院</p><p>发文字号：国函〔2018〕145号</p>"
            f"<p>发布日期：2018年11月28日</p></div><div class='content'>{body}</div></body></html>")
    result = read_html(page.encode("utf-8"))
    assert _label_lines(result.text) == []
    assert result.meta["doc_number"] == "国函〔2018〕145号" and result.meta["date"] == "2018-11-28"
    assert result.meta["issuer"] == "国务院" and result.meta["index_number"] == "000014349/2018-00211"
    assert result.text.split("\n") == _expected(GOVCN, "2018_5344150")


def test_paragraphs_separated_by_br_come_out_once_one_per_line():
    """Older portals separate paragraphs with <br> inside one <div>: on a short page like this
    trafilatura's recall mode returned the text twice (as paragraphs, then again as one block of
    line breaks); it comes out once."""
    paragraphs = ["各乡镇人民政府，县直各单位：", "为做好2024年各项工作，现将有关事项通知如下。", "一、提高思想认识",
                  "各单位要充分认识做好今年工作的重要意义，切实加强组织领导。", "二、狠抓工作落实",
                  "各单位要细化任务分工，确保各项工作落到实处。", "某县人民政府办公室", "2024年1月5日"]
    inner = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{p}" for p in paragraphs[:-2])
    page = ("<html><head><title>关于做好2024年工作的通知_某县人民政府</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a><a href='/zwgk'>政务公开</a></div><div id='content'>{inner}<br><br>"
            f"<div style='text-align:right'>{paragraphs[-2]}<br>{paragraphs[-1]}</div></div>"
            "<div class='footer'>版权所有：某县人民政府 备案号：赣ICP备12345678号</div></body></html>")
    assert read_html(page.encode("utf-8")).text.split("\n") == paragraphs


def test_body_text_that_starts_like_a_label_stays():
    """Without a metadata block, paragraphs that begin with a generic label word, and a body
    table with a 名称 column, are content."""
    page = ("<html><body><div class='content'><p>各区县、各部门：</p><p>分类：按照风险程度分为高、中、低三类。</p>"
            "<p>名称：由各地结合实际确定，报省政府备案。</p>"
            "<table><tr><td>名称</td><td>数量</td></tr><tr><td>党群服务中心</td><td>12个</td></tr></table>"
            "<p>请结合实际认真贯彻执行。</p></div></body></html>")
    result = read_html(page.encode("utf-8"))
    assert result.text.split("\n") == ["各区县、各部门：", "分类：按照风险程度分为高、中、低三类。",
                                       "名称：由各地结合实际确定，报省政府备案。", "名称", "数量", "党群服务中心", "12个",
                                       "请结合实际认真贯彻执行。"]
    assert "subject" not in result.meta and "page_title" not in result.meta


# --------------------------------------------------------------------------- encodings


def _site_text(name: str) -> str:
    return (SITES / f"{name}.html").read_bytes().decode("gbk" if name == "provincial_portal" else "utf-8-sig")


def test_declared_charset_is_honoured_and_a_wrong_one_is_not_believed(tmp_path):
    text = _site_text("provincial_portal")  # declares gb2312
    expected = read_html(text.encode("gbk")).text
    variants = {
        "declared_gbk.html": text.encode("gbk"),
        "wrongly_declared_gb2312_but_utf8.html": text.encode("utf-8"),
        "utf16_bom.html": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf8_bom.html": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "no_declaration_gbk.html": text.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
                                                "").encode("gbk"),
        "declared_latin1_but_gbk.html": text.replace("charset=gb2312", "charset=iso-8859-1").encode("gbk"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    corpus = load_corpus(tmp_path)
    assert corpus.skipped == []
    got = {Path(d.meta["path"]).name: (d.meta["encoding"], d.text == expected) for d in corpus}
    assert got == {
        "declared_gbk.html": ("gb18030", True),
        "wrongly_declared_gb2312_but_utf8.html": ("utf-8", True),
        "utf16_bom.html": ("utf-16", True),
        "utf8_bom.html": ("utf-8-sig", True),
        "no_declaration_gbk.html": ("gb18030", True),
        "declared_latin1_but_gbk.html": ("gb18030", True),
    }


def test_big5_page():
    page = "<html><head><meta charset='big5'><title>施政報告_臺北市政府</title></head><body><p>各位議員：本府施政成果如下。</p></body></html>"
    result = read_html(page.encode("big5"))
    assert result.text == "各位議員：本府施政成果如下。" and result.meta["site"] == "臺北市政府"
    assert decode_html(page.encode("big5"))[1].startswith("big5")


# --------------------------------------------------------------------------- MHTML


def _mhtml(html_bytes: bytes, *, encoding: str, url: str, subject: str, charset: str = "utf-8",
           extra_html: bytes | None = None, part_location: str | None = None) -> bytes:
    archive = email.mime.multipart.MIMEMultipart("related", type="text/html")
    archive["Subject"] = Header(subject, "utf-8").encode()
    archive["Snapshot-Content-Location"] = url
    part = email.mime.base.MIMEBase("text", "html", charset=charset)
    part.set_payload(html_bytes)
    if encoding == "base64":
        email.encoders.encode_base64(part)
    else:
        email.encoders.encode_quopri(part)
    part["Content-Location"] = part_location or url
    archive.attach(part)
    if extra_html is not None:
        frame = email.mime.text.MIMEText(extra_html.decode("utf-8"), "html", "utf-8")
        frame["Content-Location"] = url + "#frame"
        archive.attach(frame)
    image = email.mime.base.MIMEBase("image", "png")
    image.set_payload(b"\x89PNG\r\n\x1a\n" + bytes(40))
    email.encoders.encode_base64(image)
    image["Content-Location"] = "https://example.cn/logo.png"
    archive.attach(image)
    return archive.as_bytes()


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_simple_mhtml_reads_like_the_page(tmp_path, transfer):
    html_bytes = (SITES / "wenku_page.html").read_bytes()
    data = _mhtml(html_bytes, encoding=transfer, url="https://wenku.example.cn/d/123.html", subject="保存的网页")
    assert (b"=E5" in data) == (transfer == "quoted-printable")
    (tmp_path / "saved.mhtml").write_bytes(data)
    doc = load_corpus(tmp_path)["saved"]
    assert doc.text == read_html(html_bytes).text
    assert doc.meta["format"] == "mhtml" and doc.meta["url"] == "https://wenku.example.cn/d/123.html"
    assert doc.meta["page_title"] == "在党建主题沙龙活动上的发言（党建经验做法交流材料）"  # the page's title wins


def test_mhtml_with_frames_reads_the_snapshot_page():
    html_bytes = (SITES / "news_site.html").read_bytes()
    data = _mhtml(html_bytes, encoding="base64", url="https://news.example.cn/a.html", subject="x",
                  extra_html=b"<html><body><p>an advertisement frame</p></body></html>")
    assert read_mhtml(data).text == read_html(html_bytes).text


def test_mhtml_in_gbk_uses_the_part_charset():
    html_bytes = (SITES / "provincial_portal.html").read_bytes()
    data = _mhtml(html_bytes, encoding="base64", url="https://www.zj.example.cn/a.html", subject="报告", charset="gbk")
    assert read_mhtml(data).text == read_html(html_bytes).text


# --------------------------------------------------------------------------- bad pages


def test_bad_pages_are_each_skipped_with_the_problem_named(tmp_path):
    links = "".join(f"<li><a href='/c{i}'>栏目{i}</a></li>" for i in range(40))
    good = (SITES / "news_site.html").read_bytes()
    files = {
        "good.html": good,
        "empty.html": b"",
        "blank.htm": b"  \n\t\n",
        "empty_body.html": "<html><head><title>通知</title></head><body>  </body></html>".encode(),
        "junk.html": bytes(range(256)) * 8,
        "nav_only.html": f"<html><body><ul class='nav'>{links}</ul></body></html>".encode(),
        "frames.mhtml": _mhtml(good, encoding="base64", url="https://x.example.cn/", subject="x",
                               extra_html=b"<html><body><p>frame</p></body></html>",
                               part_location="https://x.example.cn/index.html"),
        "no_page.mhtml": b"MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        "report.html": "<!DOCTYPE html><html><head><title>textlab report · 12 documents</title></head>"
                       "<body><p>各位代表：现在报告工作。</p></body></html>".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with pytest.warns(SkippedFilesWarning, match="8 of 9 files") as caught:
        corpus = load_corpus(tmp_path)
    assert len(caught) == 1 and corpus.ids == ["good"]
    reasons = {Path(p).name: r for p, r in corpus.skipped}
    assert reasons == {
        "empty.html": "empty file (0 bytes)",
        "blank.htm": "empty page (no markup, no text)",
        "empty_body.html": "HTML page without text (empty body)",
        "junk.html": "not an HTML page: binary file (contains NUL bytes)",
        "nav_only.html": "no main text found: the page is navigation only (40 links, 150 of its 150 characters are link text)",
        "frames.mhtml": "MHTML archive with 2 HTML parts (a page with frames): save the page as HTML instead",
        "no_page.mhtml": "MHTML archive without an HTML part (content type image/png)",
        "report.html": "a textlab report (report.html written by textlab analyze), not a document",
    }


def test_a_missing_extraction_library_is_named_for_each_file(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_bytes((SITES / "news_site.html").read_bytes())
    (tmp_path / "b.htm").write_bytes((SITES / "party_building.html").read_bytes())
    (tmp_path / "c.txt").write_text("正文。", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` now fails
    with pytest.warns(SkippedFilesWarning, match="2 of 3 files"):
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["c"]
    assert [(Path(p).name, r) for p, r in corpus.skipped] == [
        (name, "HTML support is not installed (cannot import trafilatura): pip install trafilatura lxml")
        for name in ("a.html", "b.htm")]


def test_html_errors_are_value_errors_with_the_reason():
    with pytest.raises(HTMLError, match="empty page"):
        read_html(b"   ")
    with pytest.raises(HTMLError, match="not an MHTML archive"):
        read_mhtml(b"plain text, no MIME headers")
    assert issubclass(HTMLError, ValueError)


# --------------------------------------------------------------------------- deterministic, offline


def test_extraction_is_deterministic_and_never_uses_the_network(govcn, sites, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("HTML extraction tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    again = load_corpus(GOVCN, recursive=False)
    assert list(again) == list(govcn)
    assert list(load_corpus(SITES, recursive=False)) == list(sites)
