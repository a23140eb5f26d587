"""``python -m textlab`` runs the command-line interface."""

from textlab.cli import main

raise SystemExit(main())
