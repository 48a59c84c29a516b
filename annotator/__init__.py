"""annotator: read an article closely and say, claim by claim, who said what and how."""

__version__ = "0.1.0"
