"""Tests for textlab.topics, one module per module of the package (shared data in ``seeds.py``)."""
