"""``python -m paper_parser`` runs the command-line interface."""

from paper_parser.cli import main

raise SystemExit(main())
