"""Tests for textlab.training.genre_eval (scoring on eval/genres) and scripts/eval_genres.py.

Everything runs on small inputs written here or on public parts of the repository; the locked
test part of eval/genres is never scored (only the gate that refuses it is exercised).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from textlab.classify import normalise
from textlab.labels import LABELS, TASK_LABELS
from textlab.training.evaluate import scores
from textlab.training.genre_eval import (
    CONTRACT_DOC_TYPES,
    GOLD_TYPE_NAMES,
    LockedTestError,
    align_units,
    by_genre,
    check_part,
    corpus_expectations,
    evaluate_genres,
    find_document_type,
    gold_doc_type,
    label_scores,
    macro_f1,
    measure_speed,
    plain_sentences,
    read_genre_set,
    render_markdown,
    state_council_type,
    type_scores,
    write_results,
)

ROOT = Path(__file__).resolve().parents[2]
GENRES = ROOT / "eval" / "genres"
A, P, M, O = LABELS


def _unitsplit():
    """eval/genres/unitsplit.py: the unit rule the gold units were made by."""
    spec = importlib.util.spec_from_file_location("genres_unitsplit", GENRES / "unitsplit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _from_confusion(confusion):
    """Gold and predicted label lists that give ``confusion`` (rows gold, columns predicted, A/P/M/O)."""
    gold, pred = [], []
    for i, row in enumerate(confusion):
        for j, count in enumerate(row):
            gold += [LABELS[i]] * count
            pred += [LABELS[j]] * count
    return gold, pred


# ------------------------------------------------------------------------------------ metrics


def test_the_issue_figures_of_0_1_0_follow_from_its_confusion():
    # issue 15: 315 real-page sentences, "macro-F1 0.62 (four labels)", confusion A/P/M/O rows gold
    confusion = [[57, 4, 15, 22], [11, 20, 0, 5], [19, 1, 36, 12], [11, 6, 7, 89]]
    gold, pred = _from_confusion(confusion)
    result = label_scores(gold, pred)
    assert result["confusion"] == confusion and result["n"] == 315
    f1 = {A: 114 / 196, P: 40 / 67, M: 72 / 126, O: 178 / 241}  # 2 tp / (gold + predicted)
    assert result["macro_f1_4"] == pytest.approx(sum(f1.values()) / 4, abs=1e-9)
    assert round(result["macro_f1_4"], 2) == 0.62
    assert result["macro_f1_3"] == pytest.approx((f1[A] + f1[P] + f1[M]) / 3, abs=1e-9)
    assert result["per_class"][P] == pytest.approx({"precision": 20 / 31, "recall": 20 / 36, "f1": f1[P], "support": 36})


def test_three_labels_keep_other_as_a_class():
    gold = [A, A, P, M, M, O, O, O]
    pred = [A, M, P, M, O, M, M, O]  # two other units called measure: false positives of measure
    result = label_scores(gold, pred)
    measure_f1 = 2 * 1 / (2 + 4)  # tp 1, gold 2, predicted 4
    assert result["per_class"][M]["f1"] == pytest.approx(measure_f1)
    assert result["macro_f1_3"] == pytest.approx((2 / 3 + 1.0 + measure_f1) / 3)
    # the same as textlab.training's scores with the three task labels (other counted, not averaged)
    assert result["macro_f1_3"] == pytest.approx(scores(gold, pred, TASK_LABELS)["macro_f1"])
    # and not the figure of dropping the other units first
    kept = [i for i, g in enumerate(gold) if g != O]
    assert result["macro_f1_3"] != pytest.approx(macro_f1([gold[i] for i in kept], [pred[i] for i in kept], TASK_LABELS))


def test_a_label_absent_from_gold_and_predictions_is_left_out():
    # a plan: measure and other only
    gold, pred = [M, M, M, O], [M, M, O, O]
    result = label_scores(gold, pred)
    assert result["labels_used"] == [M, O]
    assert result["macro_f1_3"] == pytest.approx(2 * 2 / (3 + 2))  # measure alone
    assert result["macro_f1_4"] == pytest.approx((0.8 + 2 / 3) / 2)
    # once the model calls a plan sentence achievement, achievement counts (with F1 0)
    result = label_scores(gold, [A, M, O, O])
    assert result["labels_used"] == [A, M, O]
    assert result["macro_f1_3"] == pytest.approx((0.0 + 2 * 1 / (3 + 1)) / 2)


def test_confusion_rows_are_gold_and_columns_predicted_in_a_p_m_o_order():
    result = label_scores([A, P, P, M, O], [M, P, O, M, A])
    assert result["labels"] == [A, P, M, O]
    assert result["confusion"] == [[0, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0], [1, 0, 0, 0]]
    per = by_genre(["g1", "g2", "g2", "g1", "g2"], [A, P, P, M, O], [M, P, O, M, A])
    assert per["g1"]["confusion"] == [[0, 0, 1, 0], [0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
    assert per["g2"]["n"] == 3


def test_bad_labels_are_refused():
    with pytest.raises(ValueError, match="unknown labels"):
        label_scores([A], ["achievment"])
    with pytest.raises(ValueError, match="2 gold labels but 1"):
        label_scores([A, P], [A])


# ------------------------------------------------------------------------------------ alignment


def test_alignment_exact_joined_split_and_removed_units():
    gold = ["各位代表：", "一是建立了机制。", "二是要抓好落实！", "来源：某某网", "全年新增就业120万人，完成目标任务。"]
    units = ["各位代表：", "一是建立了机制。二是要抓好落实！", "全年新增就业120万人，", "完成目标任务。", "责任编辑：某某"]
    al = align_units(gold, units)
    assert al.target == [0, 1, 1, None, 2]
    assert al.status == ["exact", "partial", "partial", "unaligned", "partial"]
    assert al.counts() == {"gold_units": 5, "exact": 1, "partial": 3, "unaligned": 1, "document_units_without_gold": 1}
    assert al.share[4] == pytest.approx(12 / 19, abs=1e-3)  # "全年新增就业120万人，" of the 19 characters


def test_alignment_follows_the_order_of_repeated_units():
    gold = ["一要压实责任。", "二要强化督查。", "一要压实责任。"]
    al = align_units(gold, ["一要压实责任。", "二要强化督查。", "一要压实责任。"])
    assert al.target == [0, 1, 2] and al.status == ["exact"] * 3


def test_alignment_uses_the_classifier_normalisation_and_ignores_whitespace():
    gold = ["全年完成投资１２０亿元。", "网格员 ３２ 名！"]
    units = ["全年完成投资120亿元。", "网格员32名!"]
    assert align_units(gold, units).status != ["exact", "exact"]  # the raw keys differ
    al = align_units(gold, units, normalise=normalise)
    assert al.status == ["exact", "exact"] and al.target == [0, 1]


def test_a_unit_matched_below_the_share_is_unaligned():
    al = align_units(["建立联席会议制度。"], ["建立制度。"], min_share=0.9)
    assert al.target == [None] and al.status == ["unaligned"] and 0 < al.share[0] < 0.9


# ------------------------------------------------------------------------------------ a small set, end to end

DOCS = {
    "g02_experience_demo": ("02_经验交流材料", "experience material", "dev", [
        ("××社区“红色物业”经验交流材料", O),
        ("近年来，社区党委把物业服务纳入党建工作格局。建立社区党委、业主委员会、物业企业三方联席会议制度，推动问题在一线解决。", A),
        ("一是建强组织。在8个小区成立党支部，覆盖率达到100%。", A),
        ("但部分小区业委会作用发挥还不够，群众参与不足。", P),
        ("下一步，我们将继续完善联席会议制度。", M),
        ("来源：××社区", O),
    ]),
    "g01_speech_demo": ("01_讲话", "speech", "dev", [
        ("在全镇安全生产工作会议上的讲话", O),
        ("同志们：", O),
        ("今年以来，全镇安全生产形势总体平稳，事故起数同比下降20%。", A),
        ("各村各单位要压实责任，确保不发生重大事故！", M),
        ("谢谢大家。", O),
    ]),
    "g07_plan_demo": ("07_实施方案", "plan or opinion", "test", [
        ("××街道老旧小区改造实施方案", O),
        ("为推进老旧小区改造，制定本方案。", O),
        ("年底前完成12个小区改造；", M),
    ]),
}


def _write_set(folder: Path) -> int:
    split_units = _unitsplit().split_units
    rows, n = [], 0
    for doc, (genre, _, _, paragraphs) in DOCS.items():  # one label per paragraph
        (folder / f"{doc}.txt").write_text("\n".join(p for p, _ in paragraphs) + "\n", encoding="utf-8")
        for i, (para, label) in enumerate(paragraphs):
            for j, unit in enumerate(split_units(para)):
                rows.append(f"{doc}\t{i}\t{j}\t{label}\t0\t{genre}\t{unit}")
                n += 1
    (folder / "labels.tsv").write_text("doc\tpara\tsent\tlabel\tmixed\tgenre\ttext\n" + "\n".join(rows) + "\n", encoding="utf-8")
    (folder / "doc_types.tsv").write_text("doc\ttype\n" + "".join(f"{d}\t{v[1]}\n" for d, v in DOCS.items()), encoding="utf-8")
    (folder / "split.tsv").write_text("doc\tpart\n" + "".join(f"{d}\t{v[2]}\n" for d, v in DOCS.items()), encoding="utf-8")
    return n


@pytest.fixture(scope="module")
def small_set(tmp_path_factory):
    folder = tmp_path_factory.mktemp("genres")
    _write_set(folder)
    return folder


@pytest.fixture(scope="module")
def dev_result(small_set):
    reports = [ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource" / f"{y}_国务院_政府工作报告.txt" for y in (2018, 2019)]
    return evaluate_genres("dev", folder=small_set, with_corpus=False, with_speed=False, baseline_reports=reports)


def test_read_genre_set(small_set):
    gs = read_genre_set(small_set)
    assert gs.documents("dev") == ["g01_speech_demo", "g02_experience_demo"]
    assert gs.documents("test") == ["g07_plan_demo"]
    assert gs.doc_types == {"g02_experience_demo": "experience", "g01_speech_demo": "speech", "g07_plan_demo": "plan"}
    assert len(gs.units) == 16 and set(gs.units["label"]) == set(LABELS)
    assert gs.locked_hashes == {"labels.tsv": None, "split.tsv": None}  # no README: nothing locked


def test_read_genre_set_names_the_file_and_the_problem(tmp_path):
    _write_set(tmp_path)
    labels = tmp_path / "labels.tsv"
    labels.write_text(labels.read_text(encoding="utf-8").replace("\tmeasure\t", "\tmesure\t", 1), encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels\.tsv: line \d+: unknown label 'mesure'"):
        read_genre_set(tmp_path)
    _write_set(tmp_path)
    (tmp_path / "g01_speech_demo.txt").unlink()
    with pytest.raises(FileNotFoundError, match="g01_speech_demo.txt"):
        read_genre_set(tmp_path)
    _write_set(tmp_path)
    (tmp_path / "doc_types.tsv").write_text("doc\ttype\ng01_speech_demo\tsermon\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"doc_types\.tsv: unknown document type 'sermon'"):
        read_genre_set(tmp_path)


def test_the_real_set_is_the_locked_one():
    gs = read_genre_set(GENRES)
    assert gs.hashes == gs.locked_hashes  # the SHA-256 in eval/genres/README.md
    assert len(gs.documents("dev")) + len(gs.documents("test")) == 60


def test_every_unit_is_scored_in_context_and_the_removed_line_counts_as_other(dev_result):
    ctx = dev_result["context"]
    n = dev_result["eval_set"]["units"]
    assert n == 13 and ctx["scores"]["n"] == n and dev_result["sentence"]["scores"]["n"] == n
    al = ctx["alignment"]
    assert al["gold_units"] == n and al["exact"] + al["partial"] + al["unaligned"] == n
    assert al["document_units_without_gold"] == 0 and al["document_units"] == n - 1
    # cleaning takes the 来源 line away as page chrome: unaligned, listed, counted as other
    assert [u["text"] for u in ctx["unaligned_units"]] == ["来源：××社区"]
    assert ctx["aligned_only"]["n"] == n - 1
    assert sum(ctx["scores"]["confusion"][LABELS.index(O)]) == dev_result["eval_set"]["label_counts"][O]
    assert set(dev_result["sentence"]["by_genre"]) == {"01_讲话", "02_经验交流材料"}
    assert dev_result["baseline"]["scores"]["n"] == n and dev_result["baseline_4"]["scores"]["n"] == n
    assert sum(dev_result["baseline"]["scores"]["confusion"][i][LABELS.index(O)] for i in range(4)) == 0


def test_the_output_names_model_hash_date_and_part(dev_result, tmp_path):
    md, js = write_results(dev_result, tmp_path / "out")
    text = md.read_text(encoding="utf-8")
    manifest = ROOT / "models" / "classifier" / "manifest.json"
    import hashlib

    assert dev_result["model"]["manifest_sha256"] == hashlib.sha256(manifest.read_bytes()).hexdigest()
    assert dev_result["model"]["manifest_sha256"] in text and "part `dev`" in text and dev_result["date"] in text
    assert "| gold \\ predicted | A | P | M | O |" in text
    assert json.loads(js.read_text(encoding="utf-8"))["part"] == "dev"
    assert render_markdown(dev_result) == text


# ------------------------------------------------------------------------------------ the gate


def test_the_test_part_is_refused_without_the_flag(small_set):
    assert check_part("dev") == "dev" and check_part("test", locked_test_run=True, folder=small_set) == "test"
    with pytest.raises(LockedTestError, match="locked"):
        check_part("test", folder=small_set)
    with pytest.raises(LockedTestError, match="locked"):
        check_part("all", locked_test_run=True, folder=small_set)
    with pytest.raises(ValueError, match="part must be one of"):
        check_part("train")
    # refused before anything is read: a folder that does not exist is never opened
    with pytest.raises(LockedTestError):
        evaluate_genres("test", folder=small_set / "no such folder")


def test_the_fresh_locked_set_stays_locked_and_eval_genres_is_retired():
    # eval/genres_test2 is LOCKED (only its README is read here); eval/genres retired its test part on 2026-11-30
    locked = ROOT / "eval" / "genres_test2"
    with pytest.raises(LockedTestError, match="locked"):
        check_part("test", folder=locked)
    assert check_part("test", locked_test_run=True, folder=locked) == "test"
    assert check_part("test", folder=GENRES) == "test" and check_part("all", folder=GENRES) == "all"
    from textlab.training.dev_sets import development_parts

    assert development_parts(GENRES) == ("dev", "test") and development_parts(locked) == ("dev",)


def test_a_retired_test_part_is_scored_in_full(small_set, tmp_path):
    import shutil

    folder = tmp_path / "retired"
    shutil.copytree(small_set, folder)
    (folder / "README.md").write_text("**RETIRED** — test part retired into development data.\n", encoding="utf-8")
    result = evaluate_genres("all", folder=folder, with_corpus=False, with_speed=False, with_baseline=False)
    assert result["eval_set"]["units"] == 16 and "unaligned_units" in result["context"]


def test_the_script_refuses_a_locked_test_part_without_the_flag(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_genres.py"), "--set", "eval/genres_test2",
                           "--part", "test", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 2 and "--locked-test-run" in done.stderr
    assert not out.exists()


def test_the_locked_run_writes_aggregates_only(small_set):
    result = evaluate_genres("test", locked_test_run=True, folder=small_set, with_corpus=False, with_speed=False,
                             with_baseline=False)
    assert result["part"] == "test" and result["eval_set"]["units"] == 3
    text = json.dumps(result, ensure_ascii=False) + render_markdown(result)
    assert "年底前完成12个小区改造" not in text and "g07_plan_demo" not in text
    assert "unaligned_units" not in result["context"]


def test_the_script_is_a_thin_wrapper():
    tree = ast.parse((ROOT / "scripts" / "eval_genres.py").read_text(encoding="utf-8"))
    assert [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))] == ["main"]
    assert "textlab.training.genre_eval" in {n.module for n in tree.body if isinstance(n, ast.ImportFrom)}


# ------------------------------------------------------------------------------------ document types


def test_doc_type_names_map_onto_the_contract_types():
    assert sorted(GOLD_TYPE_NAMES.values()) == sorted(CONTRACT_DOC_TYPES)  # one to one
    assert gold_doc_type("plan or opinion") == "plan" and gold_doc_type("self-criticism") == "self_criticism"
    assert gold_doc_type("experience material") == "experience" and gold_doc_type("work summary") == "summary"
    gs_types = {line.split("\t")[1] for line in (GENRES / "doc_types.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    assert gs_types <= set(GOLD_TYPE_NAMES)
    with pytest.raises(ValueError, match="x.tsv: unknown document type 'report'"):
        gold_doc_type("report", "x.tsv")
    try:
        from textlab.doctype import DOC_TYPES
    except ImportError:
        return
    assert set(DOC_TYPES) == set(CONTRACT_DOC_TYPES)


def test_type_scores_confusion():
    result = type_scores(["speech", "plan", "plan", "news"], ["speech", "plan", "other", "plan"], CONTRACT_DOC_TYPES)
    assert result["accuracy"] == 0.5 and result["labels"] == list(CONTRACT_DOC_TYPES)
    plan, news, other = (CONTRACT_DOC_TYPES.index(t) for t in ("plan", "news", "other"))
    assert result["confusion"][plan][plan] == 1 and result["confusion"][plan][other] == 1
    assert result["confusion"][news][plan] == 1
    assert result["per_type"]["plan"] == {"support": 2, "correct": 1}


@pytest.mark.parametrize("title, expected", [
    ("国务院办公厅关于印发“无废城市”建设试点工作方案的通知", "plan"),
    ("国务院关于做好当前和今后一个时期促进就业工作的若干意见", "plan"),
    ("国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知", "plan"),
    ("专利代理条例", "other"),
    ("国务院关于印发《国务院工作规则》的通知", "other"),
    ("国务院关于印发个人所得税专项附加扣除暂行办法的通知", "other"),
    ("国务院关于河北雄安新区总体规划（2018—2035年）的批复", "other"),
    ("国务院办公厅对全国政协十届三次会议第2741号提案的答复", "other"),
    ("国务院办公厅关于调整国家教材委员会组成人员的通知", "other"),
    ("国务院办公厅关于2019年部分节假日安排的通知", "other"),
    ("国务院关于2018年度国家科学技术奖励的决定", "other"),
])
def test_state_council_titles(title, expected):
    assert state_council_type(title)[0] == expected


def test_corpus_expectations_of_the_seed_reports(tmp_path):
    rows, notes = corpus_expectations(tmp_path / "no corpus")
    assert any("shared corpus not found" in n for n in notes)
    files = [p for name in ("gov_reports", "city_reports", "state_council")
             for p in (ROOT / "seeds" / name).rglob("*.txt")]
    assert len(rows) == len({p.read_bytes() for p in files}) > 250
    npc = [r for r in rows if "npc_resolutions" in r["id"]]
    assert len(npc) == len(list((ROOT / "seeds" / "gov_reports").rglob("npc_resolutions/*.txt"))) > 0
    assert {r["expected"] for r in npc} == {"other"}
    directives = [r for r in rows if r["folder"] == "state_council"]
    assert len(directives) == len(list((ROOT / "seeds" / "state_council").glob("*.txt"))) > 10
    assert {r["expected"] for r in directives} <= {"plan", "other"}
    assert {r["expected"] for r in rows if r not in npc and r not in directives} == {"work_report"}
    assert {r["folder"] for r in rows} == {"national_gwr_wikisource", "national_gwr_wikisource/npc_resolutions",
                                          "provincial_gwr_2025", "cpc_congress_wikisource", "city_reports",
                                          "state_council"}


def test_document_type_is_looked_up_on_the_imported_textlab():
    import textlab

    fn, where = find_document_type()
    assert (fn is not None) == hasattr(textlab, "document_type")
    assert textlab.__version__ in where


def test_plain_sentences():
    assert plain_sentences("一是建立了机制。二是要抓好落实！\n\n谢谢大家") == ["一是建立了机制。", "二是要抓好落实！", "谢谢大家"]
    assert plain_sentences("问题？！还有；") == ["问题？！", "还有；"]


def test_speed_counts_the_sentences_it_times(small_set):
    import textlab as tl

    gs = read_genre_set(small_set)
    clf = tl.load_classifier()
    docs = [gs.texts[d] for d in gs.documents("dev")]
    result = measure_speed(clf, gs.units["text"].tolist(), docs, repeat=1)
    assert result["sentences"] == 16 and result["documents"] == 2
    assert result["document_sentences"] == sum(len(clf.classify_document(d, level="sentence")) for d in docs) == 12
    rates = result["sentences_per_second"]
    assert all(rates[k] > 0 for k in ("predict", "predict_baseline", "documents", "documents_baseline"))
    assert result["ratio_predict"] == pytest.approx(rates["predict"] / rates["predict_baseline"])
