"""Every SQL statement is parameterised: values travel as `?` parameters, and the only
things formatted into SQL text are table and column names from the code's own constants."""

import ast
import re
from pathlib import Path

import annotator.core

SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WHERE|VALUES|ORDER BY|AND)\b")
# Names of tables and columns chosen from fixed tuples in the code, and counts of "?".
ALLOWED = {
    "table",
    "column",
    "verb",
    "where",
    "field",  # checked against a fixed pair of column names first
    "order",  # one of two literals: ranked or not
    "_DOCUMENT_COLUMNS",
    "SCHEMA_VERSION",
    "version",
    "savepoint",  # nested_<depth>, a name made here from a counter
    "BUSY_SECONDS * 1000",
    "', '.join('?' * len(values))",
    "', '.join('?' * len(columns))",
    "', '.join((f'[{c}]' for c in columns))",
    "', '.join((f'[{c}] = ?' for c in columns))",  # checked against _ROW_COLUMNS first
}


def sql_fstrings():
    for path in Path(annotator.core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                if SQL.search(text):
                    yield path.name, node


def test_only_known_names_are_formatted_into_sql():
    found = 0
    for name, node in sql_fstrings():
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                expression = ast.unparse(value.value)
                assert expression in ALLOWED, f"{name}:{node.lineno}: {{{expression}}} in SQL"
                found += 1
    assert found > 10  # the scan does see the store's statements


STORE_LAYER = {"store.py", "store_items.py", "store_queries.py", "schema.py"}
STATEMENT = re.compile(r"\b(SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")


def test_only_the_store_layer_holds_sql():
    found = set()
    for path in Path(annotator.core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and STATEMENT.search(text):
                found.add(path.name)
    assert found and found <= STORE_LAYER, found - STORE_LAYER
