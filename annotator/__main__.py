"""`python -m annotator`. The guard matters: the language worker is a spawned process,
which imports this module again under another name and must not start the app."""

from annotator.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
