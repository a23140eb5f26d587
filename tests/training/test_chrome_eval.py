"""Tests for textlab.training.chrome_eval and scripts/eval_chrome.py: the chrome-removal scorer.

The pages here are hand-made for the tests (never the locked eval/chrome_test pages): real
paragraphs of the 2019 national work report (seeds/) wrapped in chrome written for these tests.
The cleaners are small functions whose output is known, so every figure is checked exactly.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from textlab.corpus import Corpus, Document
from textlab.training import chrome_eval as ce

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource" / "2019_国务院_政府工作报告.txt"
PARAS = [line.strip() for line in REPORT.read_text(encoding="utf-8").split("\n") if line.strip()]
# PARAS[0] 各位代表：  PARAS[1] 现在，我代表国务院…  PARAS[2] 一、2018年工作回顾  PARAS[3] 过去一年…


def write_set(folder: Path, pages: dict[str, list[tuple]], styles: dict[str, str] | None = None,
              readme: str | None = None) -> Path:
    """A page set: rows (text, label, kind, para) per page -> pages/ID.txt, gold/ID.tsv, index.tsv."""
    (folder / "pages").mkdir(parents=True)
    (folder / "gold").mkdir()
    for page_id, rows in pages.items():
        (folder / "pages" / f"{page_id}.txt").write_text("".join(r[0] + "\n" for r in rows), encoding="utf-8")
        gold = ["line\tlabel\tkind\tpara"] + [
            f"{i}\t{label}\t{kind}\t{'' if para is None else para}" for i, (_, label, kind, para) in enumerate(rows, 1)]
        (folder / "gold" / f"{page_id}.tsv").write_text("\n".join(gold) + "\n", encoding="utf-8")
    if styles:
        index = ["doc\tstyle"] + [f"{k}\t{v}" for k, v in styles.items()]
        (folder / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    if readme:
        (folder / "README.md").write_text(readme, encoding="utf-8")
    return folder


def C(text, para, kind="content"):
    return (text, "content", kind, para)


def X(text, kind):
    return (text, "chrome", kind, None)


BLANK = ("", "blank", "blank", None)


def wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def portal_page():
    return [
        X("首页 > 新闻中心 > 要闻", "breadcrumb"),
        X("【字号：大 中 小】", "toolbar_fontsize"),
        BLANK,
        C(PARAS[0], 0, "greeting"),
        C("　　" + PARAS[1], 1),
        C(PARAS[2], 2, "heading"),
        C("　　" + PARAS[3], 3),
        X("分享到：微信 微博 QQ空间", "share"),
        X("版权所有：测试门户网站 网站标识码 T000000001", "footer"),
    ]


def cleaner(fn):
    """A cleaner from a function of the page's lines (list of str) to output lines."""
    def run(texts):
        return [ce.CleanOutput("\n".join(fn(t.split("\n")[:-1]))) for t in texts]
    return run


def score(folder, fn):
    return ce.summarise(ce.score_pages(ce.read_page_set(folder), cleaner(fn)))


def test_canonical_form_absorbs_width_script_punctuation_space_and_masks():
    assert ce.canonical("　　２０１８年,過去一年  “好”") == ce.canonical("2018年，过去一年\"好\"")
    assert ce.canonical("近年来,**市") == ce.canonical("近年来，×市")
    assert ce.canonical("国务院") != ce.canonical("国务")


def test_dropped_lines_and_a_chrome_line_left(tmp_path):
    folder = write_set(tmp_path / "set", {"001": portal_page()}, {"001": "portal"})

    def keep_content_and_share(lines):  # drops the other chrome lines and the blank line
        return [line.strip() for line in lines if line and not line.startswith(("首页", "【字号", "版权"))]

    s = score(folder, keep_content_and_share)
    assert s["chrome_removed"] == {"n": 4, "hit": 3, "rate": 0.75}
    assert s["chrome_removed_by_kind"]["share"]["hit"] == 0
    assert s["chrome_removed_by_kind"]["breadcrumb"]["hit"] == 1
    assert s["content_kept"]["rate"] == 1.0 and s["paragraphs_kept"]["rate"] == 1.0
    assert s["chrome_chars_left"] == len(ce.canonical("分享到：微信 微博 QQ空间"))
    assert s["content_chars_lost"] == 0
    assert s["by_style"]["portal"]["chrome_removed"]["hit"] == 3
    assert s["worst_pages"][0]["chrome_lines_left"] == 1


def test_a_label_kept_without_its_value_counts_as_chrome_left(tmp_path):
    rows = [X("发布时间：2019-03-16 10:12", "metadata"), X("来源：测试日报", "metadata"), C(PARAS[1], 1)]
    folder = write_set(tmp_path / "set", {"001": rows})
    s = score(folder, lambda lines: ["发布时间：", PARAS[1]])  # the date value removed, its label kept
    assert s["chrome_removed"] == {"n": 2, "hit": 1, "rate": 0.5}
    assert s["chrome_left_partly"] == 1
    assert s["chrome_chars_left"] == len(ce.canonical("发布时间："))
    s = score(folder, lambda lines: [PARAS[1]])
    assert s["chrome_removed"]["rate"] == 1.0 and s["chrome_left_partly"] == 0


def test_a_lost_paragraph_counts_per_kind_and_in_characters(tmp_path):
    folder = write_set(tmp_path / "set", {"001": portal_page()})
    s = score(folder, lambda lines: [x for x in lines if x and x != PARAS[0]])  # drops the greeting
    assert s["content_kept"] == {"n": 4, "hit": 3, "rate": 0.75}
    assert s["content_kept_by_kind"]["greeting"]["hit"] == 0
    assert s["content_kept_by_kind"]["heading"]["hit"] == 1
    assert s["paragraphs_kept"]["hit"] == 3
    assert s["content_kept_short"] == {"n": 2, "hit": 1, "rate": 0.5}  # 各位代表： and the heading
    assert s["content_chars_lost"] == len(ce.canonical(PARAS[0]))
    assert s["chrome_removed"]["rate"] == 0.0  # everything else was kept
    assert s["worst_pages"][0]["paragraphs_lost"] == 1


def pdf_page(width=20):
    pieces = wrap(PARAS[3], width)
    assert len(pieces) > 3
    rows = [C(PARAS[2], 2, "heading")]
    rows += [C(p, 3) for p in pieces[:2]] + [X("- 2 -", "pagination")] + [C(p, 3) for p in pieces[2:]]
    rows += [C(p, 4) for p in wrap(PARAS[4], width)]
    return rows, pieces


def test_rejoined_hard_wraps_count_as_one_paragraph(tmp_path):
    rows, pieces = pdf_page()
    folder = write_set(tmp_path / "set", {"001": rows}, {"001": "pdf"})

    rejoined = score(folder, lambda lines: [PARAS[2], PARAS[3], PARAS[4]])
    assert rejoined["content_kept"]["rate"] == 1.0
    assert rejoined["paragraphs_kept"] == {"n": 3, "hit": 3, "rate": 1.0}
    assert rejoined["wrapped_paragraphs_kept"]["rate"] == 1.0
    assert rejoined["chrome_removed"]["rate"] == 1.0 and rejoined["joined_boundaries"] == 0

    # not rejoined: every line is there, but the wrapped paragraphs are not in one piece
    split = score(folder, lambda lines: [x for x in lines if x != "- 2 -"])
    assert split["content_kept"]["rate"] == 1.0
    assert split["paragraphs_text_kept"]["rate"] == 1.0
    assert split["paragraphs_kept"] == {"n": 3, "hit": 1, "rate": pytest.approx(1 / 3)}
    assert split["wrapped_paragraphs_kept"]["hit"] == 0

    # rejoined across the heading and across two paragraphs: kept, but two boundaries lost
    over = score(folder, lambda lines: [PARAS[2] + PARAS[3] + PARAS[4]])
    assert over["paragraphs_kept"]["rate"] == 1.0 and over["joined_boundaries"] == 2

    # the page number rejoined into the paragraph: the paragraph is not in one piece, the chrome is left
    half = len(pieces[0]) + len(pieces[1])
    dirty = score(folder, lambda lines: [PARAS[2], PARAS[3][:half] + "- 2 -" + PARAS[3][half:], PARAS[4]])
    assert dirty["content_kept"]["rate"] == 1.0
    assert dirty["paragraphs_kept"]["hit"] == 2
    assert dirty["chrome_removed"]["rate"] == 0.0


def test_a_repeated_short_line_does_not_push_the_alignment_past_the_content(tmp_path):
    pieces = wrap(PARAS[3], 20)
    rows = [C("各位代表！", 10, "greeting")] + [C(p, 11) for p in pieces] + [C("各位代表！", 12, "greeting"), C(PARAS[4], 13)]
    folder = write_set(tmp_path / "set", {"001": rows})
    # rejoined without its second piece, and the second greeting dropped
    s = score(folder, lambda lines: ["各位代表！", pieces[0] + "".join(pieces[2:]), PARAS[4]])
    assert s["content_kept"] == {"n": len(rows), "hit": len(rows) - 2, "rate": pytest.approx((len(rows) - 2) / len(rows))}
    assert s["content_kept_by_kind"]["greeting"]["hit"] == 1
    assert s["paragraphs_kept"]["hit"] == 2 and s["paragraphs_text_kept"]["hit"] == 2


def test_normalised_characters_and_stripped_indents_are_kept(tmp_path):
    rows = [
        X("【打印本页】【关闭窗口】", "toolbar_actions"),
        C("　　現在,我代表國務院,向大會報告政府工作,請予審議,並請全國政協委員提出意見。", 1),
        C("\t一、２０１８年工作回顧", 2, "heading"),
    ]
    folder = write_set(tmp_path / "set", {"001": rows})
    s = score(folder, lambda lines: [PARAS[1], PARAS[2]])  # what a normalising cleaner gives
    assert s["content_kept"]["rate"] == 1.0 and s["content_kept_fuzzy"] == 0
    assert s["paragraphs_kept"]["rate"] == 1.0
    assert s["chrome_removed"]["rate"] == 1.0 and s["chrome_chars_left"] == 0


def test_a_line_changed_beyond_the_canonical_form_is_matched_fuzzily(tmp_path):
    text = "国家每年仍继续拨付XXX元用于黄金地质勘探，管理经费应专项用于加强行业管理。"
    folder = write_set(tmp_path / "set", {"001": [X("相关阅读", "related"), C(text, 0)]})
    s = score(folder, lambda lines: [text.replace("XXX", "×")])
    assert s["content_kept"]["rate"] == 1.0 and s["content_kept_fuzzy"] == 1
    assert s["chrome_removed"]["rate"] == 1.0
    s = score(folder, lambda lines: ["相关阅读"])
    assert s["content_kept"]["rate"] == 0.0 and s["chrome_removed"]["rate"] == 0.0


def test_chrome_repeating_a_content_line_is_not_taken_for_it(tmp_path):
    rows = [X(PARAS[2] + "-测试门户网站", "title_repeat"), C(PARAS[2], 2, "heading"), C(PARAS[3], 3)]
    folder = write_set(tmp_path / "set", {"001": rows})
    s = score(folder, lambda lines: [PARAS[2] + "-测试门户网站", PARAS[3]])  # drops the heading, keeps chrome
    assert s["content_kept_by_kind"]["heading"]["hit"] == 0
    assert s["chrome_removed"]["rate"] == 0.0


def test_the_real_clean_on_a_hand_made_page_and_its_report_agree(tmp_path):
    rows = [X("【打印本页】【关闭窗口】", "toolbar_actions"), BLANK, C("　　" + PARAS[1], 1), C(PARAS[3], 3)]
    folder = write_set(tmp_path / "set", {"001": rows})
    results = ce.score_pages(ce.read_page_set(folder))
    s = ce.summarise(results)
    assert s["chrome_removed"]["rate"] == 1.0 and s["paragraphs_kept"]["rate"] == 1.0
    assert s["report_consistency"]["listed_but_present"] == 0
    assert s["report_consistency"]["absent_not_listed"] == 0


def test_a_cleaner_in_another_interpreter_gives_the_same_output(tmp_path):
    texts = [f"【打印本页】【关闭窗口】\n\n　　{PARAS[1]}\n"]
    other = ce.SubprocessCleaner(sys.executable, ROOT)
    assert other(texts)[0].text == ce.imported_cleaner(texts)[0].text == PARAS[1]
    assert other(texts)[0].removed == ce.imported_cleaner(texts)[0].removed == (1,)


def test_bad_gold_names_the_file(tmp_path):
    folder = write_set(tmp_path / "set", {"001": portal_page()})
    gold = folder / "gold" / "001.tsv"
    gold.write_text("\n".join(gold.read_text(encoding="utf-8").split("\n")[:-3]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="001.tsv"):
        ce.read_page_set(folder)
    with pytest.raises(FileNotFoundError, match="pages/"):
        ce.read_page_set(tmp_path)


# --------------------------------------------------------------------------- gov.cn


def govcn_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "gov_cn_html").mkdir(parents=True)
    (corpus / "state_council_2004_2019").mkdir()
    body = [PARAS[2], PARAS[3], PARAS[4]]
    (corpus / "state_council_2004_2019" / "a.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
    (corpus / "gov_cn_html" / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    head = "html_file\ttext_file\tfield\tlabel_in_html\tvalue\tvalue_in_body\tlabel_in_body"
    rows = [("索引号", "索 引 号：", "000014349/2019-00001"), ("成文日期", "成文日期：", "2019年03月05日"),
            ("发布日期", "发布日期：", "2019年03月16日"), ("发文字号", "发文字号：", "国发〔2019〕1号"),
            ("_chrome", "", "扫一扫在手机打开当前页")]
    lines = [head] + [f"gov_cn_html/a.html\tstate_council_2004_2019/a.txt\t{f}\t{lab}\t{v}\tno\tno" for f, lab, v in rows]
    gold = tmp_path / "govcn_gold.tsv"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus, ce.read_govcn_gold(gold), body


def test_govcn_recall_labels_chrome_and_meta(tmp_path):
    corpus, rows, body = govcn_corpus(tmp_path)
    text = "\n".join(["索 引 号：000014349/2019-00001", body[0], body[1], "扫一扫在手机打开当前页"])
    meta = {"path": str(corpus / "gov_cn_html" / "a.html"), "written_date": "2019-03-05", "doc_number": "国发[2019]1号"}

    def load(folder, warn=True):
        return Corpus([Document("a", text, meta)])

    def identity(texts):
        return [ce.CleanOutput(t) for t in texts]

    g = ce.score_govcn(rows, corpus, load=load, clean=identity, parsed_meta=lambda doc: ({}, None))
    assert g["status"] == "ok" and g["read"] == 1
    assert (g["paragraphs"], g["paragraphs_found"]) == (3, 2)
    assert g["labels"] == 4 and g["labels_left"] == 1 and g["labels_left_by_field"] == {"索引号": 1}
    assert g["chrome_left"] == 1
    assert g["meta"]["written_date"] == {"gold": 1, "in_document_meta": 1, "anywhere": 1, "right": 1}
    assert g["meta"]["doc_number"]["right"] == 1  # 〔〕 and [] are the same number
    assert g["meta"]["published_date"]["anywhere"] == 0
    # the date found by clean (CleanReport.meta) counts as in meta, not as in Document.meta
    g = ce.score_govcn(rows, corpus, load=load, clean=lambda ts: [ce.CleanOutput(t, (), {"published_date": "2019-03-16"}) for t in ts],
                       parsed_meta=lambda doc: ({}, None))
    assert g["meta"]["published_date"] == {"gold": 1, "in_document_meta": 0, "anywhere": 1, "right": 1}


def test_govcn_with_a_loader_that_cannot_read_html_is_reported_not_raised(tmp_path):
    corpus, rows, _ = govcn_corpus(tmp_path)
    g = ce.score_govcn(rows, corpus, load=lambda folder, warn=True: Corpus(
        [], skipped=[(str(folder / "a.html"), "unsupported file type '.html'")]))
    assert g["status"] == "not read" and "unsupported" in g["reason"]
    assert "not read" in ce.markdown({"govcn": g})

    def broken(folder, warn=True):
        raise RuntimeError("boom")

    assert ce.score_govcn(rows, corpus, load=broken)["status"] == "error"


def test_targets_are_judged_on_the_measured_figures(tmp_path):
    folder = write_set(tmp_path / "set", {"001": portal_page()})
    perfect = score(folder, lambda lines: [PARAS[0], PARAS[1], PARAS[2], PARAS[3]])
    leaky = score(folder, lambda lines: [x for x in lines if x])
    corpus, rows, body = govcn_corpus(tmp_path)
    meta = {"path": str(corpus / "gov_cn_html" / "a.html"), "written_date": "2019-03-05",
            "published_date": "2019-03-16", "doc_number": "国发〔2019〕1号"}
    gov = ce.score_govcn(rows, corpus, load=lambda folder, warn=True: Corpus([Document("a", "\n".join(body), meta)]),
                         parsed_meta=lambda doc: ({}, None))
    met = {t["target"]: t["met"] for t in ce.targets({"pages": perfect, "govcn": gov})}
    assert all(met.values()), met
    missed = {t["target"]: t for t in ce.targets({"pages": leaky, "govcn": {"status": "not read", "pages": 1, "read": 0}})}
    assert missed["chrome lines removed (pages)"]["value"] == 0.0 and missed["chrome lines removed (pages)"]["met"] is False
    assert missed["content paragraphs kept (pages)"]["met"] is True
    assert missed["gov.cn body paragraphs extracted"]["met"] is False
    assert missed["gov.cn metadata-table labels left in the body"]["met"] is None  # not measurable
    assert "| chrome lines removed (pages) | ≥ 95% | 0.0% | no |" in ce.markdown({"pages": leaky})


# --------------------------------------------------------------------------- seeds and the script


def test_seed_diff_prints_every_changed_line(tmp_path):
    seed = tmp_path / "s.txt"
    seed.write_text(f"{PARAS[0]}\n{PARAS[1]}\n", encoding="utf-8")
    before = cleaner(lambda lines: lines)
    after = cleaner(lambda lines: lines[1:])
    diff = ce.seed_diff([seed], after, before)
    assert diff[0]["changed"] and diff[0]["diff"][1:] == [f"-{PARAS[0]}"]
    assert diff[0]["diff"][0].startswith("@@")
    assert f"-{PARAS[0]}" in ce.markdown({"seeds": diff})
    assert not ce.seed_diff([seed], before, before)[0]["diff"]


def load_script():
    spec = importlib.util.spec_from_file_location("eval_chrome", ROOT / "scripts" / "eval_chrome.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_used_test_sets_are_retired_and_scored_freely():
    for name in ("chrome_test", "chrome_test2", "chrome_test3", "chrome_test4", "chrome_test5"):
        folder = ROOT / "eval" / name
        assert not ce.is_locked_set(folder), name
        head = (folder / "README.md").read_text(encoding="utf-8").splitlines()[:5]
        assert any("RETIRED test set" in line and "development/training data" in line for line in head), name


def test_a_retired_mark_must_open_the_readme(tmp_path):
    late = tmp_path / "late"
    late.mkdir()
    (late / "README.md").write_text("# set\n\n**LOCKED.** do not tune\n\n\n\n\nnot a RETIRED test set\n",
                                     encoding="utf-8")
    assert ce.is_locked_set(late)


def test_the_script_refuses_the_locked_set_without_the_flag(tmp_path, capsys):
    script = load_script()
    locked = write_set(tmp_path / "set", {"001": portal_page()}, readme="# LOCKED test set\n")
    with pytest.raises(SystemExit) as exit_info:
        script.main(["--set", str(locked), "--skip-seeds"])
    assert exit_info.value.code == 2
    assert "locked" in capsys.readouterr().err
    assert script.main(["--set", str(locked), "--skip-seeds", "--locked-test-run", "--out", str(tmp_path / "out")]) == 0
    assert "chrome lines removed" in (tmp_path / "out" / "chrome_eval.md").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "chrome_eval.json").is_file()


def test_the_locked_set_is_unchanged():
    done = subprocess.run([sys.executable, "check_set.py", "--verify"], cwd=ROOT / "eval" / "chrome_test",
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
