"""The discourse-aware classifier (issue 15): frames, document types, the sequence layer and the
failure modes of textlab 0.1.0, on sentences and documents written for these tests.

Every text below was written for this file from LABELING.md's rules (invented units, places and
figures); none comes from eval/genres, seeds/dev or the seeds. Each failure-mode test fails with
the 0.1.0 / format-2 model (checked against the model of main at 39eac4e) and passes with the
shipped format-3 model.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import textlab as tl
from textlab.classify import ParagraphClassifier, document_units, load_classifier
from textlab.discourse import DOC_TYPE_SLOTS, FRAMES, FrameLexicon, SequenceLayer, document_frames

ROOT = Path(__file__).resolve().parents[1]

PLAN = """关于开展“红色物业”提质行动的实施方案
为进一步提升小区治理水平，结合我街道实际，制定本方案。
一、主要任务
在每个物业服务企业中建立党的工作小组，年底前实现全覆盖。
各社区要将物业服务质量纳入年度考核，每季度开展一次群众满意度测评。
建立街道、社区、物业三方联席会议制度，每月研究解决一批突出问题。
二、保障措施
各社区党组织书记要切实履行第一责任人职责，确保各项任务按期完成。
"""

SELF_CRITICISM = """区委常委班子专题民主生活会对照检查材料
一、存在的主要问题
理论学习的系统性还不够，以会代学、以文件代学的情况仍然存在。
联系服务群众不够深入，调查研究多在面上，解剖麻雀少。
落实全面从严治党责任有差距，对身边同志的小毛病提醒不及时。
二、下一步整改措施
坚持每月开展一次集中学习研讨，班子成员每年撰写调研报告不少于两篇。
"""

EXPERIENCE = """坚持党建引领 激活基层治理末梢——某街道经验交流材料
近年来，我们坚持以党建引领城市基层治理，主要做法如下。
一、织密组织网络
建立街道、社区、网格三级联动机制，推动问题在一线发现、在一线解决。
推行党员“双报到”制度，组织在职党员认领服务岗位。
二、做实为民服务
针对老旧小区停车难问题，我们协调辖区单位错时开放车位。
全年累计帮助群众解决急难愁盼问题1200余件，群众满意度达到96%。
"""


@pytest.fixture(scope="module")
def shipped():
    return load_classifier()


def _labels(clf, text: str) -> dict[str, str]:
    table = clf.classify_document(text, level="sentence")
    return dict(zip(table["text"], table["label"]))


# ---------------------------------------------------------------- frames


def test_frames_switch_at_cues_and_persist_across_paragraphs():
    units = document_units(SELF_CRITICISM, doc_type="self_criticism")
    frame = dict(zip(units["text"], units["frame"]))
    assert frame["一、存在的主要问题"] == "problem"
    # two paragraphs further on, no cue of their own: the problem frame still holds
    assert frame["落实全面从严治党责任有差距，对身边同志的小毛病提醒不及时。"] == "problem"
    assert frame["二、下一步整改措施"] == "forward"
    assert frame["坚持每月开展一次集中学习研讨，班子成员每年撰写调研报告不少于两篇。"] == "forward"


def test_the_title_sets_the_frame_before_the_first_cue_and_lone_texts_have_none():
    units = document_units("关于做好2025年社区工作的通知\n各社区要抓好网格员培训。")
    assert units["frame"].tolist() == ["forward", "forward"]
    from textlab.classify import units_from_texts

    assert set(units_from_texts(["近年来，我们建立了机制。"])["frame"]) == {"none"}


def test_frame_lexicon_is_a_plain_resource_with_a_source_header_and_bad_lines_are_named(tmp_path):
    from textlab.locations import resource_path

    text = resource_path("frames.txt").read_text(encoding="utf-8")
    assert text.startswith("# textlab discourse frames") and "Source:" in text
    lexicon = FrameLexicon.load()
    assert lexicon.name == "textlab.frames" and lexicon.version >= 1
    bad = tmp_path / "frames.txt"
    bad.write_text("# name: x\nretrospective\tnowhere\t近年来\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"frames\.txt: line 2"):
        FrameLexicon.load(bad)


def test_document_frames_reset_between_documents():
    import pandas as pd

    units = pd.concat([document_units("一、存在的问题\n作用发挥不充分。").assign(document="a"),
                       document_units("村里建起了图书室。").assign(document="b")], ignore_index=True)
    assert document_frames(units) == ["problem", "problem", "none"]


# ---------------------------------------------------------------- failure modes of 0.1.0 (issue 15, list 1-6)


NOTICE = """关于开展老旧小区改造提质行动的通知
各社区：
近年来，街道累计完成老旧小区改造21个，惠及居民5600余户。
经街道党工委研究，决定开展老旧小区改造提质行动。
一、工作目标
年底前完成8个小区改造任务。
"""


def test_1_measures_in_a_plans_first_section_are_measures(shipped):
    labels = _labels(shipped, PLAN)
    for sentence in ("在每个物业服务企业中建立党的工作小组，年底前实现全覆盖。",
                     "各社区要将物业服务质量纳入年度考核，每季度开展一次群众满意度测评。",
                     "建立街道、社区、物业三方联席会议制度，每月研究解决一批突出问题。"):
        assert labels[sentence] == "measure", (sentence, labels[sentence])
    notice = _labels(shipped, NOTICE)  # 0.1.0: other
    assert notice["年底前完成8个小区改造任务。"] == "measure"
    assert notice["近年来，街道累计完成老旧小区改造21个，惠及居民5600余户。"] == "achievement"


def test_1_self_criticism_problems_in_the_first_section_are_problems(shipped):
    labels = _labels(shipped, SELF_CRITICISM)
    for sentence in ("理论学习的系统性还不够，以会代学、以文件代学的情况仍然存在。",
                     "联系服务群众不够深入，调查研究多在面上，解剖麻雀少。",
                     "落实全面从严治党责任有差距，对身边同志的小毛病提醒不及时。"):
        assert labels[sentence] == "problem", (sentence, labels[sentence])
    assert labels["坚持每月开展一次集中学习研讨，班子成员每年撰写调研报告不少于两篇。"] == "measure"


PRACTICES = """织密组织网络 做实为民服务——某街道经验交流材料
近年来，我们坚持以党建引领城市基层治理，主要做法如下。
一、织密组织网络
坚持每月召开一次联席会议，研究解决小区治理难题。
实行“一村一策”，为每个村量身定制发展路径。
建立健全“红黑榜”通报制度，每季度对各村进行排名。
推动资源、服务、管理向网格下沉，确保小事不出网格。
二、做实为民服务
着力打造“15分钟便民服务圈”，让群众少跑腿。
将物业服务质量纳入社区考核，倒逼服务提升。
"""


def test_2_verb_first_practice_under_a_retrospective_frame_is_achievement(shipped):
    labels = _labels(shipped, EXPERIENCE)
    for sentence in ("建立街道、社区、网格三级联动机制，推动问题在一线发现、在一线解决。",
                     "推行党员“双报到”制度，组织在职党员认领服务岗位。"):
        assert labels[sentence] == "achievement", (sentence, labels[sentence])
    # done practice written like a directive (坚持每月…, 确保…, 着力…, 将…纳入): 0.1.0 got 4 of these 7,
    # three called measure
    practices = [t for t in PRACTICES.splitlines()[3:] if not t.startswith("二、")]
    labels = _labels(shipped, PRACTICES)
    right = [labels[t] == "achievement" for t in practices]
    assert sum(right) >= 6, [labels[t] for t in practices]


def test_2_the_same_wording_depends_on_the_document_type_and_frame(shipped):
    sentence = "建立街道、社区、物业三方联席会议制度，每月研究解决一批突出问题。"
    experience = EXPERIENCE.replace("推行党员“双报到”制度，组织在职党员认领服务岗位。", sentence)
    assert _labels(shipped, experience)[sentence] == "achievement"
    assert _labels(shipped, PLAN)[sentence] == "measure"


PROBLEMS_WITHOUT_THE_WORD = [
    "部分村级议事规则不完善，执行不到位。",
    "社区专职工作者队伍缺乏专业社工人才。",
    "一些支部没有建立常态化的谈心谈话制度。",
    "青年党员参与志愿服务的积极性还不够高。",
    "与先进地区相比，我们在数字化治理上还有差距。",
    "村级后备力量储备不足，年龄结构偏大。",
]


@pytest.mark.parametrize("sentence", PROBLEMS_WITHOUT_THE_WORD)
def test_3_problems_without_the_word_wenti_are_problems_as_lone_sentences(shipped, sentence):
    assert shipped.predict([sentence]) == ["problem"]


def test_3_the_word_wenti_alone_does_not_make_a_problem(shipped):
    lone = shipped.predict([
        "针对群众反映强烈的停车难问题，我们协调新增停车位300个。",
        "会上，班子成员围绕查找存在的问题，逐一开展批评和自我批评。",
    ])
    assert lone == ["achievement", "other"]
    labels = _labels(shipped, EXPERIENCE)
    assert labels["针对老旧小区停车难问题，我们协调辖区单位错时开放车位。"] == "achievement"
    headed = _labels(shipped, SELF_CRITICISM.replace("一、存在的主要问题", "一、存在的问题"))
    assert headed["一、存在的问题"] == "other"


def test_4_completed_results_are_achievements(shipped):
    # a regression guard: 0.1.0 labels these lone results achievement too (but "共计收集意见建议126条。" other)
    assert shipped.predict([
        "截至目前，已累计帮助群众解决急难愁盼问题1200余件。",
        "全年共组织开展志愿服务活动86场，服务群众5000余人次。",
        "共计收集意见建议126条。",
        "原定年底完成的12项任务已提前全部完成。",
        "先后选派28名优秀年轻干部到村任职。",
    ]) == ["achievement"] * 5
    # "全镇村级集体经济收入全部达到10万元以上。" alone is read as a target (达到…以上) by the shipped model:
    # without a document it is one, and it is left out here


def test_5_speech_openings_procedure_and_general_theory_are_other(shipped):
    # 0.1.0 called the last three achievement (了 in a maxim or a procedure line)
    assert shipped.predict([
        "今天，我们召开全区基层党建工作推进会，主要任务是总结工作、部署任务。",
        "基层治理是一项系统工程。",
        "现将有关情况报告如下。",
        "刚才，三个单位作了交流发言，讲得都很好，我都同意。",
        "下面，我讲三点意见。",
        "抓基层、打基础是长远之计、固本之举。",
        "党建工作做实了就是生产力，做强了就是竞争力。",
        "会议传达学习了上级有关文件精神。",
    ]) == ["other"] * 8


SUMMARY = """某社区党委2024年度工作总结
2024年，社区党委在街道党工委的坚强领导下，团结带领社区党员群众，较好完成了全年各项任务。
一是夯实组织基础。新建楼栋党小组18个，发展党员3名，组织党员集中学习12次。
二是做实为民服务。全年累计办理居民诉求460余件，办结率达到98%。
同时也要看到，社区工作还存在一些不足。网格员队伍业务能力参差不齐，部分楼栋党小组作用发挥不明显。
下一步，社区党委将着力抓好网格员培训，每季度开展一次业务轮训。
"""


def test_6_a_one_line_document_is_labelled_by_its_sentences(shipped):
    lines = SUMMARY.splitlines()
    one_line = lines[0] + "\n" + "".join(lines[1:])
    labels = _labels(shipped, one_line)
    multi = _labels(shipped, SUMMARY)
    assert set(labels) == set(multi)
    assert labels["全年累计办理居民诉求460余件，办结率达到98%。"] == "achievement"
    assert labels["网格员队伍业务能力参差不齐，部分楼栋党小组作用发挥不明显。"] == "problem"
    assert labels["下一步，社区党委将着力抓好网格员培训，每季度开展一次业务轮训。"] == "measure"
    assert len(set(labels.values())) >= 3  # not one label for the whole line
    agree = np.mean([labels[t] == multi[t] for t in labels])
    assert agree >= 0.8, agree


# ---------------------------------------------------------------- the sequence layer


def test_sequence_layer_smooths_towards_the_documents_run_and_weight_zero_is_per_sentence():
    classes = ["achievement", "measure", "other", "problem"]
    layer = SequenceLayer.fit([("plan", ["other"] + ["measure"] * 30)] * 5, classes)
    assert np.allclose(layer.transitions.sum(axis=2), 1.0) and np.allclose(layer.start.sum(axis=1), 1.0)
    proba = np.array([[0.05, 0.9, 0.03, 0.02], [0.5, 0.4, 0.05, 0.05], [0.05, 0.9, 0.03, 0.02]])
    smoothed = layer.marginals(proba, "plan")
    assert smoothed[1].argmax() == 1  # the middle sentence follows its neighbours in a plan
    layer.weight = 0.0
    np.testing.assert_allclose(layer.marginals(proba, "plan"), proba / proba.sum(axis=1, keepdims=True), rtol=1e-9)


def test_shipped_model_is_format_3_with_a_sequence_layer_and_keeps_lone_predict(shipped):
    manifest = json.loads((ROOT / "models" / "classifier" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == 3
    assert shipped.sequence_ is not None and shipped.sequence_.transitions.shape == (len(DOC_TYPE_SLOTS), 4, 4)
    # predict() on lone sentences never runs the sequence layer: same result alone or in a list
    texts = ["下一步，要抓好问题整改。", "今年新建党群服务中心12个。"]
    assert shipped.predict(texts) == [shipped.predict([t])[0] for t in texts] == ["measure", "achievement"]


def test_classify_units_with_and_without_the_sequence_layer(shipped):
    units = tl.parse([EXPERIENCE], tokens=False)
    on = shipped.classify_units(units)
    off = shipped.classify_units(units, sequence=False)
    assert len(on) == len(off) == len(units)
    np.testing.assert_allclose(on[[c for c in on.columns if c.startswith("p_")]].sum(axis=1), 1.0, rtol=1e-6)
    plain = shipped.predict_proba(units)
    np.testing.assert_allclose(off[[f"p_{c}" for c in shipped.classes_]].to_numpy(), plain, rtol=1e-6, atol=1e-7)


def test_save_load_round_trip_keeps_the_sequence_layer(tmp_path, shipped):
    folder = shipped.save(tmp_path / "m")
    loaded = ParagraphClassifier.load(folder)
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["format_version"] == 3
    a = shipped.classify_document(EXPERIENCE, level="sentence")
    b = loaded.classify_document(EXPERIENCE, level="sentence")
    assert a["label"].tolist() == b["label"].tolist()
    cols = [c for c in a.columns if c.startswith("p_")]
    np.testing.assert_allclose(a[cols].to_numpy(), b[cols].to_numpy(), rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(loaded.sequence_.transitions, shipped.sequence_.transitions, rtol=1e-12)


def test_labels_are_the_same_in_another_process(shipped):
    code = ("import json,sys;import textlab as tl;c=tl.load_classifier();t=c.classify_document(sys.argv[1],level='sentence');"
            "print(json.dumps([t['label'].tolist(),t['p_measure'].tolist()]))")
    out = subprocess.run([sys.executable, "-c", code, PLAN], capture_output=True, text=True, check=True, cwd=ROOT)
    labels, p_measure = json.loads(out.stdout.strip().splitlines()[-1])
    here = shipped.classify_document(PLAN, level="sentence")
    assert labels == here["label"].tolist()
    np.testing.assert_allclose(p_measure, here["p_measure"].to_numpy(), rtol=1e-6, atol=1e-7)


def test_frames_and_doc_types_are_the_models_names():
    assert FRAMES == ("none", "retrospective", "problem", "forward")
    assert DOC_TYPE_SLOTS[-1] == "" and "work_report" in DOC_TYPE_SLOTS and "self_criticism" in DOC_TYPE_SLOTS


# ---------------------------------------------------------------- format 3 as hostile input; older formats


@pytest.fixture(scope="module")
def small_v3(tmp_path_factory):
    """A small format-3 model with a fitted sequence layer, saved once."""
    texts = ["今年新建党群服务中心12个。", "已建成网格党支部30个。", "一些社区抓党建工作流于形式。",
             "矛盾纠纷化解机制还不健全。", "要切实抓好各项任务落实。", "下一步，将继续推进老旧小区改造。",
             "同志们：", "谢谢大家！"] * 3
    labels = ["achievement", "achievement", "problem", "problem", "measure", "measure", "other", "other"] * 3
    clf = ParagraphClassifier(min_df=1, max_features=3000).fit(texts, labels)
    clf.fit_sequence([("plan", ["other", "measure", "measure"]), ("experience", ["achievement"] * 4)], weight=0.5)
    return clf.save(tmp_path_factory.mktemp("v3") / "classifier")


def _copy(folder: Path, tmp_path: Path) -> Path:
    import shutil

    dest = tmp_path / "copy"
    shutil.copytree(folder, dest)
    return dest


def _edit(folder: Path, name: str, edit) -> None:
    import hashlib

    if name == "arrays.npz":
        with np.load(folder / name, allow_pickle=False) as npz:
            arrays = {k: np.array(npz[k]) for k in npz.files}
        edit(arrays)
        np.savez(folder / name, **arrays)
    else:
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        data = edit(data) or data
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if name in manifest["files"]:
        manifest["files"][name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_small_v3_round_trip(small_v3):
    clf = ParagraphClassifier.load(small_v3)
    assert clf.discourse and clf.sequence_.weight == 0.5
    assert clf.predict(["要抓好落实。"]) == ["measure"]


def _set(name, value):
    def edit(arrays):
        arrays[name] = value(arrays[name])
    return edit


HOSTILE_ARRAYS = {
    "transitions of the wrong shape": (_set("transitions", lambda a: a[:, :3, :3]), r"transitions.*shape"),
    "transitions that do not sum to 1": (_set("transitions", lambda a: a * 2), r"transitions.*sum to 1"),
    "a negative transition": (_set("transitions", lambda a: np.where(np.eye(4, dtype=bool)[None], -0.1, a)), r"transitions.*positive"),
    "NaN in start": (_set("start", lambda a: np.full_like(a, np.nan)), r"start.*NaN"),
    "integer start": (_set("start", lambda a: np.ones(a.shape, dtype=np.int64)), r"start.*dtype"),
    "a prior of the wrong length": (_set("prior", lambda a: np.ones(5) / 5), r"prior.*shape"),
    "a huge sequence weight": (_set("sequence", lambda a: np.array([1e6, 0.0])), r"sequence.*above 10"),
    "a negative sequence weight": (_set("sequence", lambda a: np.array([-1.0, 0.0])), r"sequence.*negative"),
    "no transitions": (lambda arrays: arrays.__delitem__("transitions"), r"no array 'transitions'"),
    "a coefficient matrix without the discourse block": (
        _set("coef", lambda a: a[:, :-3]), r"coef.*shape"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_ARRAYS))
def test_hostile_sequence_arrays_are_refused_naming_the_file(case, small_v3, tmp_path):
    from textlab.persistence import ModelFormatError

    edit, pattern = HOSTILE_ARRAYS[case]
    folder = _copy(small_v3, tmp_path)
    _edit(folder, "arrays.npz", edit)
    with pytest.raises(ModelFormatError, match=pattern) as err:
        ParagraphClassifier.load(folder)
    assert str(folder / "arrays.npz") in str(err.value)


HOSTILE_VOCAB = {
    "doc types renamed": (lambda v: v.__setitem__("doc_types", [*v["doc_types"][:-2], "memo", ""]), r"doc_types"),
    "frames renamed": (lambda v: v.__setitem__("frame_names", ["none", "past", "problem", "forward"]), r"frame_names"),
    "another frame file": (lambda v: v["frames"].__setitem__("sha256", "0" * 64), r"frames.*SHA-256"),
    "another discourse cue version": (lambda v: v["discourse_cues"].__setitem__("version", 99), r"discourse_cues.*version 99"),
    "discourse cues as patterns": (lambda v: v.__setitem__("discourse_cues", [["theory", ".*"]]), r"discourse_cues.*reference"),
    "no frames": (lambda v: v.pop("frames") and None, r"must have 'frames'"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_VOCAB))
def test_hostile_discourse_vocabulary_is_refused(case, small_v3, tmp_path):
    from textlab.persistence import ModelFormatError

    edit, pattern = HOSTILE_VOCAB[case]
    folder = _copy(small_v3, tmp_path)
    _edit(folder, "vocabulary.json", edit)
    with pytest.raises(ModelFormatError, match=pattern) as err:
        ParagraphClassifier.load(folder)
    assert str(folder / "vocabulary.json") in str(err.value)


def test_format_3_manifest_must_say_discourse(small_v3, tmp_path):
    from textlab.persistence import ModelFormatError

    folder = _copy(small_v3, tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["params"]["discourse"] = False
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelFormatError, match="discourse = true"):
        ParagraphClassifier.load(folder)


def test_0_1_0_and_format_2_models_still_load_as_per_sentence_models(tmp_path):
    compat = ROOT / "tests" / "data" / "compat" / "0.1.0" / "classifier"
    old = ParagraphClassifier.load(compat)
    assert old.discourse is False and old.sequence_ is None
    folder = old.save(tmp_path / "v2")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == 2 and "discourse" not in manifest["params"]
    again = ParagraphClassifier.load(folder)
    texts = ["今年新建党群服务中心12个。", "下一步，要抓好问题整改。"]
    np.testing.assert_allclose(again.predict_proba(texts), old.predict_proba(texts), rtol=1e-6, atol=1e-7)
    # a document through an old model: no sequence layer, per-sentence probabilities as before
    table = again.classify_document(EXPERIENCE, level="sentence")
    units = document_units(tl.clean(EXPERIENCE))
    assert len(table) == len(units)


# ---------------------------------------------------------------- self-criticism materials (issue 15, weak spot a)

# Written for this test from LABELING.md and the usual shape of a 民主生活会 material: a preamble of
# meeting procedure, neutral section names, problems, causes, last year's rectification and remedies.
SELF_CRITICISM_FULL = """镇党委领导班子2025年度民主生活会对照检查材料
根据县委关于开好2025年度民主生活会的通知要求，镇党委班子认真做好会前各项准备工作。
会前，班子成员集中学习研讨2次，广泛征求党员群众意见建议。
班子成员之间、班子成员与分管站所负责人之间开展了谈心谈话。
在此基础上，班子认真查摆问题，深刻剖析原因，形成了对照检查材料。
一、上年度民主生活会整改落实情况
对上年度民主生活会查摆的3个方面7个问题，班子逐项制定了整改措施，目前已全部整改完成。
二、存在的主要问题
（一）在理论学习方面。
学习的系统性不够，以会代学的情况仍然存在。
（二）在联系群众方面。
班子成员下村走访的次数偏少，对群众诉求回应不够及时。
三、产生问题的原因
宗旨意识有所淡化，对群众的感情不如以前深厚。
四、整改措施
坚持每月开展一次集中学习研讨，班子成员每季度到联系村走访不少于两次。
"""

SECTION_NAMES = ("二、存在的主要问题", "（一）在理论学习方面。", "（二）在联系群众方面。", "三、产生问题的原因", "四、整改措施")
PROCEDURE = ("班子成员之间、班子成员与分管站所负责人之间开展了谈心谈话。",
             "在此基础上，班子认真查摆问题，深刻剖析原因，形成了对照检查材料。")


def test_self_criticism_section_names_are_other_and_its_problems_and_remedies_keep_their_labels(shipped):
    # the model of main (format 3, cues_discourse version 1) called （一）在理论学习方面。 and
    # （二）在联系群众方面。 problem
    labels = _labels(shipped, SELF_CRITICISM_FULL)
    assert [labels[s] for s in SECTION_NAMES] == ["other"] * len(SECTION_NAMES)
    for sentence in ("学习的系统性不够，以会代学的情况仍然存在。", "班子成员下村走访的次数偏少，对群众诉求回应不够及时。",
                     "宗旨意识有所淡化，对群众的感情不如以前深厚。"):
        assert labels[sentence] == "problem", (sentence, labels[sentence])
    assert labels["坚持每月开展一次集中学习研讨，班子成员每季度到联系村走访不少于两次。"] == "measure"


def test_self_criticism_meeting_procedure_stays_other_in_context(shipped):
    # a guard (main's model got these right too): the preamble no longer sits in a problem frame
    labels = _labels(shipped, SELF_CRITICISM_FULL)
    assert [labels[s] for s in PROCEDURE] == ["other", "other"]


def test_self_criticism_title_sets_no_frame_and_last_years_rectification_is_retrospective():
    units = document_units(SELF_CRITICISM_FULL, doc_type="self_criticism")
    frame = dict(zip(units["text"], units["frame"]))
    # frames.txt version 1 put the whole preamble in the problem frame (the title named 民主生活会)
    preamble = SELF_CRITICISM_FULL.splitlines()[1:4]
    assert [frame[s] for s in preamble] == ["none"] * 3  # 查摆问题 in the fourth line opens the diagnosis
    assert frame["对上年度民主生活会查摆的3个方面7个问题，班子逐项制定了整改措施，目前已全部整改完成。"] == "retrospective"
    assert frame["学习的系统性不够，以会代学的情况仍然存在。"] == "problem"
    assert frame["坚持每月开展一次集中学习研讨，班子成员每季度到联系村走访不少于两次。"] == "forward"


def test_plan_section_names_stay_other_and_its_tasks_measure(shipped):
    # a guard (main's model got these right too) for the plan section names added to section_name
    labels = _labels(shipped, PLAN)
    assert labels["一、主要任务"] == "other" and labels["二、保障措施"] == "other"
    assert labels["在每个物业服务企业中建立党的工作小组，年底前实现全覆盖。"] == "measure"


def test_written_sets_section_names_are_harmonised_to_other():
    import pandas as pd

    from textlab.training.classifier_training import harmonise_section_names

    dev = pd.DataFrame({"source": ["dev_written", "dev_written", "dev_written", "dev_genres"],
                        "text": ["二、存在的问题", "（三）联系群众方面。", "学习的系统性不够。", "三、整改措施"],
                        "label": ["problem", "problem", "problem", "measure"]})
    # only the older written set is harmonised, and only its section names
    assert harmonise_section_names(dev)["label"].tolist() == ["other", "other", "problem", "measure"]


# ---------------------------------------------------------------- lone directives (issue 15 weak spot b)

# Verb-first sentences of real State Council opinions and plans (``../shared/corpus/state_council_2004_2019``,
# documents not in seeds/state_council, so not trained on), each a directive of its plan: read alone,
# with nothing marking it done, it is a measure. The model of main at b5154c5 called all six achievement.
CORPUS_DIRECTIVES = [
    "建立安全监测预警机制，对异常情况及时报警和处置。",  # 国办函[2018]71号
    "完善雄安新区与外部连通的高速公路、干线公路网。",  # 国函[2018]159号
    "实施乡村振兴战略，全面建设美丽乡村，促进农村一二三产业融合发展。",  # 国函[2018]159号
    "完善工资与效益联动机制，工资效益联动指标应同时选取反映社会效益和经济效益、国有资本保值增值的指标。",  # 国办发[2018]124号
    "建立企业党建工作责任制和意识形态工作责任制落实情况报告制度，开展党委（党组）书记抓基层党建述职评议考核工作。",  # 同上
    "落实风险分担补偿。",  # 国办发[2019]6号
]


@pytest.mark.xfail(strict=True, reason=(
    "known weakness, kept by choice: read alone, a subjectless verb-first clause is achievement as LABELING.md's own "
    "example has it (建立…机制，推动…); the lone_reading recipe that makes these measure cost experience materials "
    "0.757 -> 0.676 on the genres_dev4 probe (see LONE_DIRECTIVES in textlab/training/classifier_training.py)"))
def test_lone_verb_first_directives_of_real_plans_are_measures(shipped):
    labels = list(shipped.predict(CORPUS_DIRECTIVES))
    assert labels.count("measure") >= 5, list(zip(labels, CORPUS_DIRECTIVES))


def test_lone_reading_relabels_only_verb_first_copies_without_a_mark_of_completion(monkeypatch):
    import pandas as pd

    from textlab.training import classifier_training
    from textlab.training.classifier_training import lone_reading

    bare = pd.DataFrame({"text": ["建立街巷长制，落实常态化巡查管护。", "建立积分制度，全年发放积分8000分。",
                                  "推行“街巷长+N”模式，已覆盖全部街巷。", "我们建立了三级联动机制。",
                                  "加强教育引导。"],
                         "label": ["achievement", "achievement", "achievement", "achievement", "measure"]})
    assert lone_reading(bare)["label"].tolist() == bare["label"].tolist()  # off in the shipped recipe
    monkeypatch.setattr(classifier_training, "LONE_DIRECTIVES", True)
    assert lone_reading(bare)["label"].tolist() == ["measure", "achievement", "achievement", "achievement", "measure"]


def test_seed_004_practices_stay_achievements_in_context(shipped):
    # seed 004 is an experience material: its practices are achievements in their document (36 of 44
    # sentences with the model of main at b5154c5, the rest other); lone reading must not change that
    text = next((ROOT / "seeds" / "party_building").glob("004_*.txt")).read_text(encoding="utf-8")
    labels = shipped.classify_document(text, level="sentence")["label"].tolist()
    assert labels.count("achievement") >= 34 and labels.count("measure") <= 2, labels
