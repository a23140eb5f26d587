"""Write the compatibility fixtures of the current textlab release (run once per release).

    python tests/data/compat/make_fixtures.py            # writes tests/data/compat/<version>/
    python tests/data/compat/make_fixtures.py --force    # overwrite an existing <version>/

For each model type a tiny model is fitted and saved with the release's own ``save``:

* ``classifier/``: a ``ParagraphClassifier`` fitted on the hand-written sentences below;
* ``topics/``: a ``TopicModel(n_topics=3)`` fitted on the paragraphs of the party-building seeds;

and ``expected.json`` records what they give: the classifier's labels, probabilities and scores
on ``CLASSIFIER_PROBE``, and the topic model's top words and ``transform`` of the token lists of
a few seed paragraphs (token lists, so that a later change of the lexicon does not count as an
incompatibility of the saved format). ``tests/test_compat.py`` loads every ``<version>/`` folder
and checks that today's textlab reproduces them. Fixtures of past releases are never
regenerated: they are what "a model saved by release X" means.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

# hand-written, in the style of the seeds (party-building speeches and work reports)
CLASSIFIER_TRAIN = [
    ("今年以来，全区新建党群服务中心12个，覆盖率达到100%。", "achievement"),
    ("我们坚持把党建引领作为基层治理的主线，建立了街道、社区、网格三级联动机制。", "achievement"),
    ("全年累计解决群众急难愁盼问题500余件，群众满意度明显提升。", "achievement"),
    ("已选派第一书记86名，实现软弱涣散村党组织全覆盖。", "achievement"),
    ("通过开展“书记领航”行动，基层党组织政治功能和组织功能得到增强。", "achievement"),
    ("五年来，城乡居民收入稳步增长，民生保障水平不断提高。", "achievement"),
    ("一些社区抓党建工作流于形式，实际效果不佳。", "problem"),
    ("部分党员干部能力不足，作用发挥不到位。", "problem"),
    ("矛盾纠纷多元化解机制还不健全，基层治理存在短板。", "problem"),
    ("我们也清醒看到，发展不平衡不充分问题仍然突出。", "problem"),
    ("个别单位落实责任不够有力，整改工作推进缓慢。", "problem"),
    ("新兴领域党建工作覆盖面还不够广，存在薄弱环节。", "problem"),
    ("下一步，要切实抓好各项任务落实，确保取得实效。", "measure"),
    ("各社区要进一步压实责任，持续整顿软弱涣散基层党组织。", "measure"),
    ("力争年底前完成全部老旧小区改造任务。", "measure"),
    ("今年将继续推进网格化管理，健全党建引领基层治理机制。", "measure"),
    ("一要提高政治站位，二要强化责任担当。", "measure"),
    ("要坚持问题导向，推动问题在一线解决。", "measure"),
    ("同志们：", "other"),
    ("谢谢大家！", "other"),
    ("扫一扫在手机打开当前页", "other"),
    ("党的二十大报告指出，必须坚持人民至上。", "other"),
    ("在全市城市基层党建工作推进会上的讲话", "other"),
    ("各位代表：", "other"),
]
CLASSIFIER_PROBE = [
    "截至目前，全市已建成党群服务中心120个。",
    "一些基层党组织政治功能弱化，组织生活流于形式。",
    "下一步，各街道要切实抓好问题整改。",
    "谢谢大家。",
    "我们建立了社区党组织书记例会制度。",
    "存在的问题主要是工作推进不平衡。",
    "力争到2025年底实现全覆盖。",
    "党的二十大报告指出，要推进以党建引领基层治理。",
    "下一步，各社區要切實抓好網(wǎng)格員隊伍建設。",
    "**市坚持以***新时代中国特色社会主义思想为指导。",
    "",
    "一、强化顶层设计，健全城市基层党建架构",
]
TOPIC_PROBE_PARAGRAPHS = 8


def seed_paragraphs() -> list[str]:
    import textlab as tl

    paras = []
    for path in sorted((ROOT / "seeds" / "party_building").glob("*.txt")):
        paras += [p for p in tl.paragraphs(tl.clean(path.read_text(encoding="utf-8"))) if len(p) >= 20]
    return paras


def floats(array) -> list:
    import numpy as np

    return np.asarray(array, dtype=np.float64).tolist()


def make(out: Path) -> dict:
    from textlab.classify import ParagraphClassifier
    from textlab.topics import TopicModel

    texts, labels = zip(*CLASSIFIER_TRAIN)
    clf = ParagraphClassifier(min_df=1, max_features=4000).fit(list(texts), list(labels))
    clf.save(out / "classifier", card={"purpose": "compatibility fixture (tests/test_compat.py)"})

    paras = seed_paragraphs()
    tm = TopicModel(n_topics=3, random_state=0, passes=5, no_below=2, keep_n=300).fit(paras)
    tm.save(out / "topics")
    probe_tokens = tm.tokenize(paras[:TOPIC_PROBE_PARAGRAPHS])

    return {
        "classifier": {
            "probe": CLASSIFIER_PROBE,
            "labels": clf.predict(CLASSIFIER_PROBE),
            "proba": floats(clf.predict_proba(CLASSIFIER_PROBE)),
            "decision": floats(clf.decision_function(CLASSIFIER_PROBE)),
            "classes": [str(c) for c in clf.classes_],
        },
        "topics": {
            "probe_tokens": probe_tokens,
            "theta": floats(tm.transform(probe_tokens)),
            "topics": [[[w, float(s)] for w, s in topic] for topic in tm.topics(top_n=8)],
        },
    }


def main(argv: list[str] | None = None) -> int:
    import textlab

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite the fixtures of this release")
    args = parser.parse_args(argv)
    out = HERE / textlab.__version__
    if out.exists():
        if not args.force:
            print(f"{out} exists: fixtures of a release are not regenerated (use --force)", file=sys.stderr)
            return 1
        shutil.rmtree(out)
    out.mkdir(parents=True)
    expected = make(out)
    expected["textlab_version"] = textlab.__version__
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
