"""Training and evaluation code: weak labels, the development sets, training runs, model cards.

Used by ``scripts/``, the notebooks and the tests to build the shipped models; the runtime
package (``textlab`` and everything ``analyze`` runs) never imports it. It reads data from a
source checkout (``seeds/``, ``eval/``), not from an installed copy.
"""
