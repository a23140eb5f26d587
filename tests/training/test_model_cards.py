"""Tests for textlab.training.model_cards: the shipped cards are exactly what the renderers make of the saved files."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from textlab.training.model_cards import (
    render_classifier_card,
    render_topic_card,
    write_classifier_card,
    write_topic_card,
)

ROOT = Path(__file__).resolve().parents[2]
CLASSIFIER = ROOT / "models" / "classifier"
TOPICS = ROOT / "models" / "topics_reports"


@pytest.fixture(scope="module")
def card() -> dict:
    return json.loads((CLASSIFIER / "card.json").read_text(encoding="utf-8"))


def test_shipped_classifier_card_is_rendered_from_card_json(card):
    assert render_classifier_card(card) == (CLASSIFIER / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_classifier_card_shows_every_figure_from_the_card(card):
    text = render_classifier_card(card)
    assert f"| textlab in context (sequence layer) | {card['dev']['textlab']['macro_f1']:.3f} |" in text
    assert f"| textlab predict() on lone sentences | {card['dev']['textlab_predict']['macro_f1']:.3f} |" in text
    assert f"| baseline | {card['dev']['baseline']['macro_f1']:.3f} |" in text
    assert f"{card['data']['dev_units']} sentences in {card['data']['dev_documents']} documents" in text
    assert f"temperature ({card['temperature']:.2f})" in text
    paras = card["reports_heldout_paragraphs"]
    assert f"| textlab in context | {paras['textlab']['macro_f1']:.3f} |" in text
    assert f"| textlab predict() per paragraph | {paras['textlab_predict']['macro_f1']:.3f} |" in text
    for genre, result in card["dev"]["by_genre"].items():
        assert f"| {genre} | {result['macro_f1']:.3f} |" in text
    assert "Development figures (tuned on these: optimistic)" in text
    # confusion matrix rows are the truth
    first = card["dev"]["textlab"]["confusion"][0]
    assert f"| {card['dev']['textlab']['labels'][0]} | " + " | ".join(map(str, first)) + " |" in text


def test_classifier_card_says_when_a_target_is_missed(card):
    worse = copy.deepcopy(card)
    worse["reports_heldout_paragraphs"]["textlab"]["macro_f1"] = 0.5
    worse["reports_heldout_paragraphs"]["textlab_predict"]["macro_f1"] = 0.9
    text = render_classifier_card(worse)
    assert "in context ≥ 0.97: **0.500** (not met)" in text and "predict() ≥ 0.93: **0.900** (not met)" in text
    better = copy.deepcopy(card)
    better["reports_heldout_paragraphs"]["textlab"]["macro_f1"] = 0.98
    better["reports_heldout_paragraphs"]["textlab_predict"]["macro_f1"] = 0.95
    for level in ("national", "provincial"):
        better["reports_heldout_paragraphs_by_level"][level]["textlab_predict"]["macro_f1"] = 0.95
    assert "(not met)" not in render_classifier_card(better).split("## Targets")[1]
    # the held-out reports by level: provincial reports of 2025 and the national wikisource copies
    worse["reports_heldout_paragraphs_by_level"]["national"]["textlab_predict"]["macro_f1"] = 0.6
    text = render_classifier_card(worse)
    assert "**0.600** (not met) on the national wikisource copies" in text
    assert "provincial reports of 2025, paragraphs" in text


def test_classifier_card_without_a_key_names_it(card):
    broken = {k: v for k, v in card.items() if k != "sequence"}
    with pytest.raises(KeyError, match="sequence"):
        render_classifier_card(broken)


def test_write_classifier_card_rewrites_the_markdown(tmp_path, card):
    (tmp_path / "card.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    path = write_classifier_card(tmp_path)
    assert path == tmp_path / "MODEL_CARD.md"
    assert path.read_text(encoding="utf-8") == (CLASSIFIER / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_shipped_topic_card_is_rendered_from_the_saved_files():
    assert render_topic_card(TOPICS) == (TOPICS / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_topic_card_lists_the_topics_and_the_sweep(tmp_path):
    for name in ("training.json", "sweep.csv", "manifest.json"):
        shutil.copy(TOPICS / name, tmp_path / name)
    text = write_topic_card(tmp_path).read_text(encoding="utf-8")
    info = json.loads((TOPICS / "training.json").read_text(encoding="utf-8"))
    assert f"- K = {info['k']}, chosen by a sweep" in text
    for k, label in enumerate(info["labels"]):
        assert f"| T{k} | {label} |" in text
    assert "## Benchmark against plain jieba + gensim" not in text  # no benchmark.json here
    assert ", `benchmark.json`." not in text
