"""One module per file format, each with read_* and/or write_* functions over domain objects."""
