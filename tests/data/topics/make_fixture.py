"""Write the saved-model fixture of tests/topics/test_storage.py (run once per format version).

The fixture is a model saved by textlab 0.1.0 (format version 1). Later releases must keep
loading it and must keep giving ``expected.json``'s output: do not regenerate it when the code
changes; add a new fixture directory when the format version changes.

    python tests/data/topics/make_fixture.py
"""

from __future__ import annotations

import json
from pathlib import Path

from textlab.cleaning import clean
from textlab.outline import paragraphs
from textlab.topics import TopicModel

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SOURCES = [
    "seeds/gov_reports/provincial_gwr_2025/2025_浙江省_政府工作报告.txt",
    "seeds/gov_reports/provincial_gwr_2025/2025_甘肃省_政府工作报告.txt",
    "seeds/gov_reports/national_gwr_wikisource/2019_国务院_政府工作报告.txt",
]


def main() -> None:
    paras = [p for src in SOURCES for p in paragraphs(clean((ROOT / src).read_text(encoding="utf-8")))]
    model = TopicModel(n_topics=4, passes=4, iterations=50, no_below=3, keep_n=300, random_state=0)
    tokens = model.tokenize(paras)
    model.fit(tokens)
    model.save(HERE / "model_v1")
    probe = tokens[10:16]
    expected = {
        "sources": SOURCES,
        "n_paragraphs": len(paras),
        "probe_tokens": probe,
        "probe_transform": model.transform(probe).tolist(),
        "topic_words": model.topic_words(10),
    }
    (HERE / "expected_v1.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
