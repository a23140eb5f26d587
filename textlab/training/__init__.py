"""Training and evaluation code: weak labels, the development sets, training runs, model cards.

Used by ``scripts/`` (thin command-line wrappers), the notebooks and the tests to build and check
the shipped models; the runtime package (``textlab`` and everything ``analyze`` and the CLI run)
never imports it (tests/training/test_isolation.py). It reads data from a source checkout
(``seeds/``, ``eval/``, ``scripts/``; ``checkout``), not from an installed copy. One module per concern:

* ``checkout``: where the seeds, evaluation sets and word lists are (arguments with checkout defaults);
* ``weak_labels``: labelled sentence units (work-report template, 'other' examples, development set);
* ``dev_sets``: the development sets' labelling units and the checks that lock them;
* ``evaluate``: metrics, document-level splits, the plain baseline, paragraph labels;
* ``classifier_training``: the shipped classifier's training and evaluation run;
* ``topic_training``: the shipped topic model's data, split, K sweep and files;
* ``model_cards``: the Markdown cards of both models;
* ``reproduction``: is a retrained model the shipped one (tolerances a CPU or BLAS change cannot break);
* ``lexicon``: mining, curating and weighting the domain lexicon;
* ``segmentation_scores``: what the lexicon buys (domain-term coverage, word F1 against plain jieba).
* ``targets_eval``: promise tracking scored against ``eval/targets_gold`` (rows, each field, pairs).
"""
