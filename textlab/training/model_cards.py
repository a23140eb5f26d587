"""Model cards: the Markdown pages shipped beside the classifier and the topic model, every number from saved files.

``render_classifier_card`` turns the classifier's ``card.json`` (written by
``textlab.training.classifier_training.save_training_run``) into ``MODEL_CARD.md``;
``render_topic_card`` does the same for a topic model folder written by
``textlab.training.topic_training.train`` (``training.json``, ``sweep.csv``, ``manifest.json``,
optional ``benchmark.json``). ``write_*`` re-render a saved card after a change of wording.

Example:
    >>> write_classifier_card("models/classifier")  # doctest: +SKIP
"""

from __future__ import annotations

import json
from pathlib import Path


# ---------------------------------------------------------------- the paragraph classifier


def _metrics_rows(name: str, result: dict) -> list[str]:
    cells = [f"{result['per_class'][lab]['f1']:.3f}" for lab in result["labels"]]
    return [f"| {name} | {result['macro_f1']:.3f} | " + " | ".join(cells) + f" | {result['accuracy']:.3f} | {result['n']} |"]


def _by_level(card: dict) -> list[str]:
    """The held-out report paragraphs split into national and provincial reports (when the card has them)."""
    levels = card.get("reports_heldout_paragraphs_by_level")
    if not levels:
        return []
    names = card["data"]["weak_reports_heldout"]
    n_nat = sum("国务院" in n for n in names)
    out = []
    for level, title in (("provincial", f"{len(names) - n_nat} provincial reports of 2025, paragraphs"),
                         ("national", f"{n_nat} national reports (1994–2021, wikisource copies), paragraphs")):
        r = levels[level]
        out += [_metrics_table(title, {"textlab in context": r["textlab"], "textlab predict() per paragraph":
                                       r["textlab_predict"], "baseline": r["baseline"]}), ""]
    return out


def _grid(seq: dict, key: str) -> str:
    return ", ".join(f"{k}: {v:.3f}" for k, v in seq.get(key, {}).items())


def _level_target(card: dict) -> str:
    levels = card.get("reports_heldout_paragraphs_by_level")
    if not levels:
        return ""
    prov, nat = levels["provincial"]["textlab_predict"]["macro_f1"], levels["national"]["textlab_predict"]["macro_f1"]
    return (f"; **{prov:.3f}** {_met(prov, 0.93)} on the provincial reports of 2025 and **{nat:.3f}** "
            f"{_met(nat, 0.93)} on the national wikisource copies")


def _metrics_table(title: str, results: dict[str, dict]) -> str:
    labels = next(iter(results.values()))["labels"]
    lines = [f"**{title}**", "", "| model | macro-F1 | " + " | ".join(f"F1 {lab}" for lab in labels) + " | accuracy | n |",
             "|---|---|" + "---|" * len(labels) + "---|---|"]
    for name, result in results.items():
        lines += _metrics_rows(name, result)
    return "\n".join(lines)


def _confusion_table(result: dict) -> str:
    labels = result["labels"]
    lines = ["| truth \\ predicted | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels)]
    for lab, row in zip(labels, result["confusion"]):
        lines.append(f"| {lab} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)

def _met(value: float, target: float) -> str:
    return "(met)" if value >= target else "(not met)"


def render_classifier_card(card: dict) -> str:
    """The model card of the shipped classifier as Markdown (every number from ``card``)."""
    data = card["data"]
    dev, reports, seq = card["dev"], card["reports_heldout"], card["sequence"]
    paras, city_paras = card["reports_heldout_paragraphs"], card["city_heldout_paragraphs"]
    per_doc = data["per_doc"]
    sources = data["dev_units_by_source"]
    grid = ", ".join(f"{k}: {v:.3f}" for k, v in seq["grid"].items())
    parts = [
        "# Model card: textlab paragraph classifier (`models/classifier`)",
        "",
        f"Trained {card['trained']} with textlab {card['textlab_version']}, scikit-learn {card['sklearn_version']}, "
        f"random_state {card['random_state']}. Rebuild: `python scripts/train_classifier.py` "
        "(or notebook `04_paragraph_classifier.ipynb`). Load: `textlab.load_classifier()`. Model format 3.",
        "",
        "## What it does",
        "Labels each sentence of a speech, report, experience material, summary, self-criticism, plan or news "
        "report as achievement (成绩), problem (问题), measure (措施) or other (../shared/LABELING.md); a paragraph's "
        "label is the length-weighted mean of its sentences' probabilities.",
        "",
        "- **Per-sentence model** (what `predict()` runs on lone texts): logistic regression with balanced class "
        "weights over character 1–3-grams of the sentence; character n-grams of its section heading, sub-heading "
        "and title; counts of cue groups (`textlab/resources/cues.txt`: aspect, modality, problem words, greetings, "
        "doctrine, figures; `textlab/resources/cues_discourse.txt`: problems without 问题 (不到位, 缺乏, 没有建立, "
        "还不够, 有差距), 问题 as the target of a practice (针对…问题), meeting procedure, speech openings, completed "
        "results (已, 累计, 共, figures), general theory (…是一项系统工程), verb-first practice wording, forward "
        "wording) in the sentence, its paragraph and its neighbours; the **document type** (`textlab.doctype`, a "
        "column of the unit table) and the **frame in force** (none / retrospective / problem / forward, switched by "
        "the cue headings and sentences of `textlab/resources/frames.txt` and persisting across paragraphs), and "
        "frame × cue interactions. The work-report features (relative position in the document; first top-level "
        "section; problems admitted earlier in the section) count only in documents typed as work reports. Probabilities are calibrated "
        f"with a temperature ({card.get('temperature', 1.0):.2f}) and per-class bias fitted on out-of-fold "
        "development scores.",
        "- **Sequence layer** (what `classify_document()` / `classify_units()` add): a hidden Markov layer over "
        "the calibrated sentence probabilities of a document, with transition matrices per document type "
        "estimated from the labelled training documents (shrunk towards the pooled matrix), forward-backward "
        f"marginals; transition weight {seq['weight']:g}, prior weight {seq['prior_weight']:g}, chosen on the "
        "out-of-fold development scores. Stored as arrays (`transitions`, `start`, `prior`, `sequence`).",
        "",
        "## Training data",
        f"- Weak labels from the work-report template: {len(data['weak_reports_train']) + len(data['weak_reports_heldout'])} "
        f"national (1992–2025) and provincial (2025) reports, at most {per_doc['reports']} sentences each; "
        f"{data['city_reports_train'] + len(data['city_reports_heldout'])} city reports of 2024 (`seeds/city_reports/`), "
        f"at most {per_doc['city']} each (all problem sentences kept).",
        f"- Weak labels from {len(data['directives'])} State Council plans and directives (`seeds/state_council/`, "
        f"at most {per_doc['directives']} sentences each): tasks measure; titles, numbers, addressees, purpose "
        "formulae, neutral section names and signatures other; background sentences before the first heading "
        "achievement or problem where their cues say so.",
        f"- Weak units used: {data['weak_units_used']}, "
        + ", ".join(f"{k} {v}" for k, v in sorted(data["weak_label_counts"].items())) + "; by source "
        + ", ".join(f"{k} {v}" for k, v in sorted(data["weak_units_by_source"].items())) + ".",
        f"- {data['other_examples']} page-chrome and meeting-formula lines written for textlab "
        "(`textlab/resources/other_examples.txt`), labelled other.",
        f"- Hand-labelled development data, {data['dev_units']} sentences in {data['dev_documents']} documents, weight "
        f"{data['dev_weight']:g} per sentence: `seeds/dev/` ({sources.get('dev_congress', 0)} congress-report and "
        f"{sources.get('dev_written', 0)} written party-building sentences) and "
        + (f"both parts of `eval/genres` ({sources.get('dev_genres', 0)} sentences, 60 documents, ten sub-genres; its "
           "test part was retired into development data on 2026-11-30)" if sources.get("dev_genres", 0) > 1100 else
           f"the **dev part** of `eval/genres` ({sources.get('dev_genres', 0)} sentences, 39 documents, ten sub-genres)")
        + (f" and `eval/genres_dev2` ({sources['dev_genres2']} sentences in 16 documents written in the dense, "
           "verb-first style of real experience materials, summaries, plans and speeches, by a helper who saw only "
           "LABELING.md and the genre list)" if sources.get("dev_genres2") else "") + "; labels "
        + ", ".join(f"{k} {v}" for k, v in sorted(data["dev_label_counts"].items())) + ".",
        f"- Context-free copies of the development sentences (weight {data.get('bare_dev_weight', data['dev_weight']):g}), "
        "of a quarter of the weak sentences and of every weak "
        f"paragraph read whole (weight {data['paragraph_weight']:g}) teach `predict()` on lone texts.",
        "- Never used for training, tuning or any choice: "
        + ("the locked set `eval/genres_test2` (scored separately), " if sources.get("dev_genres", 0) > 1100 else
           "the test part of `eval/genres` (scored separately), ") + "the five seeds in `seeds/party_building/`, the held-out work reports below"
        + (" (the shipped model itself is fitted without them)." if data.get("heldout_in_training") is False else "."),
        "",
        "## Held-out work reports (document-level split; chosen on nothing)",
        "",
        "The plain baseline is jieba words → TF-IDF → logistic regression on the weak labels. *In context*: the "
        "document's sentences with their context and the sequence layer (`classify_document`); *predict()*: each "
        "paragraph passed alone to `predict()`. Three labels (the template has no real other).",
        "",
        _metrics_table(f"{len(data['weak_reports_heldout'])} national and provincial reports, paragraphs",
                       {"textlab in context": paras["textlab"], "textlab predict() per paragraph": paras["textlab_predict"],
                        "baseline": paras["baseline"]}),
        "",
        *_by_level(card),
        _metrics_table(f"{len(data['weak_reports_heldout'])} national and provincial reports, sentences",
                       {"textlab in context": reports["textlab"], "textlab per sentence (no sequence layer)":
                        reports["textlab_per_sentence"], "baseline": reports["baseline"]}),
        "",
        _metrics_table(f"{len(data['city_reports_heldout'])} city reports of 2024, paragraphs",
                       {"textlab in context": city_paras["textlab"], "textlab predict() per paragraph":
                        city_paras["textlab_predict"], "baseline": city_paras["baseline"]}),
        "",
        "## Development figures (tuned on these: optimistic)",
        "",
        f"Document-grouped out-of-fold predictions on the development data ({data.get('n_folds', 3)} folds; each fold's model and sequence layer "
        "never saw the fold's documents; the calibration and the sequence weights were chosen on these same "
        "out-of-fold scores, the hyperparameters earlier on the `seeds/dev` part). Training uses each document's "
        "true type; the test folds see the type `textlab.doctype` predicts "
        f"({data['dev_doc_types_predicted_correctly']:.0%} of the development documents typed correctly; the "
        f"held-out reports: {data['heldout_reports_typed_work_report']:.0%} typed as work reports).",
        "",
        _metrics_table("All development sentences, four labels",
                       {"textlab in context (sequence layer)": dev["textlab"],
                        "textlab in context, per sentence": dev["textlab_per_sentence"],
                        "textlab predict() on lone sentences": dev["textlab_predict"], "baseline": dev["baseline"]}),
        "",
        f"What the sequence layer buys (transition weight / prior weight: macro-F1, four labels, all development "
        f"sentences): {_grid(seq, 'grid_dev') or grid}."
        + (f" On the development split of the training reports ({len(seq['report_dev_documents'])} reports the fold "
           f"models never saw; sentences, three labels): {_grid(seq, 'grid_reports')}. The layer is chosen on the "
           "mean of the two." if seq.get("grid_reports") else ""),
        "",
        _metrics_table("By sub-genre, four labels, in context (sequence layer)", dev["by_genre"]),
        "",
        _metrics_table("By sub-genre, four labels, in context, per sentence (no sequence layer)", dev["by_genre_per_sentence"]),
        "",
        _metrics_table("By sub-genre, four labels, predict() on lone sentences", dev["by_genre_predict"]),
        "",
        _metrics_table("Three labels (achievement, problem, measure; sentences labelled other left out)",
                       dev["three_labels"]),
        "",
        _metrics_table("Development paragraphs (gold = label covering most characters), in context",
                       {f"textlab, {mode}": r for mode, r in card["dev_paragraphs"].items()}),
        "",
        "Confusion matrix, development sentences in context (out-of-fold):",
        "",
        _confusion_table(dev["textlab"]),
        "",
        "## Targets (issue 15) measurable here",
        f"- Held-out work reports in context ≥ 0.97: **{paras['textlab']['macro_f1']:.3f}** "
        f"{_met(paras['textlab']['macro_f1'], 0.97)}; per paragraph with predict() ≥ 0.93: "
        f"**{paras['textlab_predict']['macro_f1']:.3f}** {_met(paras['textlab_predict']['macro_f1'], 0.93)} on all "
        "held-out reports" + _level_target(card) + ".",
        "- The locked test set (`eval/genres_test2` since 2026-11-30; before, the test part of `eval/genres`) is "
        "scored separately (scripts/eval_genres.py), not here.",
        "",
        f"Final fit: {card['fit_seconds']} s; whole training and evaluation run: {card['total_seconds']} s (2 cores).",
    ]
    return "\n".join(parts) + "\n" + development_notes(card)


def development_notes(card: dict) -> str:
    """A Markdown section for MODEL_CARD.md: the retired test part of eval/genres (out-of-fold) and
    eval/genres_dev3 (not trained on), both labelled as development figures ("" when the card has neither)."""
    def f(result: dict) -> str:
        return f"{result['macro_f1']:.3f}"

    lines = []
    retired = card.get("dev", {}).get("genres_retired_test")
    if retired:
        lines += ["", "## Development figures (not test figures)", "",
                  "The test part of `eval/genres` (21 documents, 582 sentences) was retired into development data on "
                  "2026-11-30 after three scorings; its last test figures were those of the previous model (in context "
                  "0.950 / 0.939, `predict()` alone 0.794 / 0.811, three / four labels). Out-of-fold figures of this "
                  "model on it, development figures:", "",
                  "| | three labels | four labels |", "|---|---:|---:|",
                  f"| in context | {f(retired['textlab']['three_labels'])} | {f(retired['textlab']['four_labels'])} |",
                  f"| `predict()` alone | {f(retired['textlab_predict']['three_labels'])} | "
                  f"{f(retired['textlab_predict']['four_labels'])} |", "",
                  "The 23 neutral section names of `seeds/dev/written` (二、存在的问题, （一）…方面。, 三、整改措施) are "
                  "trained as other, as eval/genres labels them (`harmonise_section_names`); the dev figures above use "
                  "those labels."]
    dev3 = card.get("genres_dev3")
    if dev3:
        if not lines:
            lines += ["", "## Development figures (not test figures)"]
        lines += ["", f"`eval/genres_dev3` ({dev3['documents']} written documents, {dev3['textlab']['n']} sentences), "
                  "not trained on but read while choosing the cues, so a development figure:", "",
                  "| sub-genre | in context (4 labels) | `predict()` alone (4 labels) | n |", "|---|---:|---:|---:|"]
        for genre, result in dev3["by_genre"].items():
            lines.append(f"| {genre} | {f(result)} | {f(dev3['by_genre_predict'][genre])} | {result['n']} |")
        lines.append(f"| **all** (three labels) | {f(dev3['textlab'])} ({f(dev3['three_labels']['textlab'])}) | "
                     f"{f(dev3['textlab_predict'])} ({f(dev3['three_labels']['textlab_predict'])}) | {dev3['textlab']['n']} |")
    return "\n".join(lines) + ("\n" if lines else "")


def write_classifier_card(folder) -> Path:
    """Render ``MODEL_CARD.md`` again from the ``card.json`` beside it (after a wording change); returns its path."""
    card = json.loads((Path(folder) / "card.json").read_text(encoding="utf-8"))
    path = Path(folder) / "MODEL_CARD.md"
    path.write_text(render_classifier_card(card), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the topic model


def render_topic_card(out) -> str:
    """The card of a topic model saved by ``topic_training.train`` in ``out``, as Markdown.

    Read from ``training.json``, ``sweep.csv`` and ``manifest.json`` in ``out`` (and
    ``benchmark.json`` when present, written by ``benchmarks/bench_topics.py --json``).
    """
    import pandas as pd

    out = Path(out)
    info = json.loads((out / "training.json").read_text(encoding="utf-8"))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    table = pd.read_csv(out / "sweep.csv")
    s = info["scores"]
    lines = [
        "# Topic model of the report corpus (`models/topics_reports`)",
        "",
        "An LDA topic model (`textlab.topics.TopicModel`, gensim `LdaModel` underneath) of Chinese",
        "government work reports and CPC congress reports, for reading what the reports talk about",
        "and how that shifts across years and regions.",
        "",
        "```python",
        "import textlab as tl",
        "tm = tl.load_topic_model()          # no training",
        "tm.topic_labels(); tm.transform([\"推进乡村全面振兴，保障粮食安全。\"])",
        "```",
        "",
        "## Data",
        "",
        "- Source: `seeds/gov_reports` (provenance in its `MANIFEST.md`): the reform-era reports, i.e.",
        "  national government work reports 1978-2025 (gaps as in the source), CPC congress reports",
        "  12th-20th (1982-2022) and the 31 provincial government work reports of 2025. NPC resolutions,",
        "  pre-1978 reports and the 1st-11th congress reports are left out (another register and era).",
        "- Unit: the paragraph (a line of `textlab.cleaning` output). A report has a few dozen long",
        "  paragraphs, each mostly about one policy area, while 80-odd documents are too few for LDA and",
        "  would give era topics rather than themes; prevalence by year averages the paragraphs.",
        f"- Split by document: {info['n_train_documents']} documents ({info['n_train_paragraphs']} paragraphs) for training, "
        f"{info['n_heldout_documents']} documents ({info['n_heldout_paragraphs']} paragraphs) held out",
        "  (15 % of each collection, chosen by the SHA-256 of the document id): "
        + ", ".join(f"`{i.split('/')[-1]}`" for i in info["heldout_documents"]) + ".",
        f"- Tokens: `textlab.segmentation.Segmenter(min_len=2)` (domain lexicon, stopwords; config hash "
        f"`{manifest['segmenter']['config_hash']}`).",
        f"  {info['n_short_texts']} training paragraphs with fewer than {manifest['params']['min_tokens']} tokens "
        "(headings, greetings) do not train the topics.",
        f"- Vocabulary: {info['n_terms']} tokens found in at least {manifest['params']['no_below']} and at most "
        f"{manifest['params']['no_above']:.0%} of the training paragraphs.",
        "",
        "## Model",
        "",
        f"- K = {info['k']}, chosen by a sweep over K = {', '.join(map(str, info['ks']))} "
        "(`textlab.topics.sweep_k`, then `choose_k`: the best c_npmi among the Ks whose topic diversity",
        "  is at least 0.8). Same random_state and parameters for every K. c_v and the held-out NPMI",
        "  are highest at K = 5, where the topics are broad; K = 10 has the best c_npmi and separates",
        "  themes that K = 5 merges (employment, education and safety in one topic; ideology, culture",
        "  and foreign affairs in another).",
        "- Parameters: " + ", ".join(f"`{k}={v!r}`" for k, v in manifest["params"].items()) + ".",
        "- Training: single-process gensim `LdaModel` started from an NMF (NNDSVD) of the paragraphs'",
        "  TF-IDF; deterministic (same topics in every process).",
        "",
        "### Sweep (training paragraphs; `npmi_heldout` on the held-out paragraphs)",
        "",
        _markdown_table(table),
        "",
        "![sweep](sweep.png)",
        "",
        "## Scores of the shipped model",
        "",
        "| measure | value | computed on |",
        "|---|---|---|",
        f"| c_v | {s['c_v']:.4f} | training paragraphs, top 10 words, gensim CoherenceModel |",
        f"| c_npmi | {s['c_npmi']:.4f} | training paragraphs, top 10 words, gensim CoherenceModel |",
        f"| u_mass | {s['u_mass']:.4f} | training paragraphs, top 10 words, gensim CoherenceModel |",
        f"| NPMI, held out | {s['npmi_heldout']:.4f} | held-out paragraphs as documents, top 10 words (`textlab.topics.document_npmi`) |",
        f"| diversity | {s['diversity']:.4f} | share of distinct words in the top 25 of all topics |",
        "",
        "## Topics (label = the top 3 words)",
        "",
        "| topic | label | mean share | top 10 words |",
        "|---|---|---|---|",
    ]
    for k, (label, words, share) in enumerate(zip(info["labels"], info["topics"], info["mean_share"])):
        lines.append(f"| T{k} | {label} | {share:.3f} | {' '.join(w for w, _ in words)} |")
    lines += [
        "",
        "`prevalence_by_year.csv` holds the mean topic shares of the national and congress paragraphs",
        "per year (`tm.prevalence(frame, by=\"year\")`).",
        "",
    ]
    bench = out / "benchmark.json"
    if bench.is_file():
        lines += _benchmark_section(json.loads(bench.read_text(encoding="utf-8")))
    v = info["versions"]
    lines += [
        "## Provenance",
        "",
        f"- Trained {info['date']} with textlab {v['textlab']}, Python {v['python']}, numpy {v['numpy']}, "
        f"gensim {v['gensim']}, scikit-learn {v['scikit-learn']}.",
        f"- Fit of the shipped model: {info['fit_seconds']:.1f} s; the whole script (tokenizing, sweep of "
        f"{len(info['ks'])} Ks with coherence, saving): {info['script_seconds']:.0f} s on 2 cores.",
        "- Reproduce: `python scripts/train_topic_model.py` (identical arrays in every run; the",
        "  manifest's `created` time differs). `python scripts/train_topic_model.py --card-only`",
        "  re-renders this card.",
        "- Files: `manifest.json` (format, versions, parameters, SHA-256 of the other files),",
        "  `arrays.npz` (no pickle), `vocabulary.json`, `training.json`, `sweep.csv`, `sweep.png`,",
        "  `prevalence_by_year.csv`" + (", `benchmark.json`." if bench.is_file() else "."),
        "",
        "## Limits",
        "",
        "- The 2025 provincial reports are one year only; the national series has gaps (1989-1991,",
        "  1996, 2020 missing). Topic shares by year mix the national and congress reports.",
        "- Topics are statistical word groups; the labels are their top words, not curated names.",
        "- Raw text is tokenized with the segmenter of this textlab; a changed lexicon or stopword list",
        "  changes the tokens (`TopicModel.load` warns when the segmenter's config hash differs).",
        "",
    ]
    return "\n".join(lines)


def write_topic_card(out) -> Path:
    """Render ``MODEL_CARD.md`` of the topic model saved in ``out``; returns its path."""
    path = Path(out) / "MODEL_CARD.md"
    path.write_text(render_topic_card(out), encoding="utf-8")
    return path


def _markdown_table(table) -> str:
    cols = list(table.columns)
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for _, row in table.iterrows():
        cells = [str(int(row[c])) if c == "k" else (f"{row[c]:.1f}" if c == "fit_seconds" else f"{row[c]:.4f}") for c in cols]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def _benchmark_section(bench: dict) -> list[str]:
    lines = [
        "## Benchmark against plain jieba + gensim",
        "",
        f"`benchmarks/bench_topics.py`, run {bench['date']}: {bench['description']}",
        "",
        "| metric | plain | textlab | textlab / plain | target |",
        "|---|---|---|---|---|",
    ]
    for row in bench["rows"]:
        lines.append(
            f"| {row['metric']} | {row['plain']} | {row['textlab']} | {row['ratio']} | {row['target']} |"
        )
    lines += ["", "Per random_state (plain / textlab):", ""]
    for row in bench["rows"]:
        pairs = [f"{p:.4g} / {t:.4g}" for p, t in zip(row["plain_values"], row["textlab_values"])]
        lines.append(f"- {row['metric']}: " + "; ".join(pairs))
    lines += ["", bench.get("verdict", ""), ""]
    return lines
