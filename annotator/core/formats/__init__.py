"""One module per file format, each with read_* and/or write_* functions over domain objects."""

# The names `annotator export --format` takes, known without importing the writers.
EXPORT_FORMATS = (
    "doccano",
    "doccano-flat",
    "prodigy",
    "csv",
    "webanno",
    "claimreview",
    "spacy",
    "brat",
    "labelstudio",
    "inception",
)
