"""The project file's tables, created once and seeded from resources/."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from annotator.core.gazetteer import default_entries
from annotator.core.resources import load_json, resources_dir

SCHEMA_VERSION = 8


def create_schema(db: sqlite_utils.Database) -> None:
    """Every table of a new project, seeded, in one transaction."""
    with db.atomic():
        db.table("documents").create(
            {
                "id": int,
                "uid": str,
                "title": str,
                "text": str,
                "lang": str,
                "url": str,
                "outlet": str,
                "published": str,
                "imported_at": str,
                "status": str,
                "suggested_by": str,
                "meta": str,
                "suggestion_error": str,
            },
            pk="id",
            not_null={"uid", "text"},
            defaults={"status": "todo"},
        )
        db.table("documents").create_index(["uid"], unique=True)
        db.table("spans").create(
            {
                "id": int,
                "uid": str,
                "document_id": int,
                "start": int,
                "end": int,
                "kind": str,
                "label": str,
                "origin": str,
                "status": str,
                "annotator": str,
                "reasons": str,
                "created": str,
                "updated": str,
            },
            pk="id",
            foreign_keys=[("document_id", "documents", "id")],
            not_null={"uid", "document_id", "start", "end", "kind", "label"},
        )
        db.table("spans").create_index(["uid"], unique=True)
        db.table("spans").create_index(["document_id", "start"])
        db.table("statements").create(
            {
                "id": int,
                "uid": str,
                "document_id": int,
                "claim_uid": str,
                "source_uid": str,
                "speaker": str,
                "source_category": str,
                "stance": str,
                "rating": str,
                "note": str,
                "relay_of": str,
                "origin": str,
                "status": str,
                "annotator": str,
                "reasons": str,
                "created": str,
                "updated": str,
            },
            pk="id",
            foreign_keys=[("document_id", "documents", "id")],
            not_null={"uid", "document_id", "claim_uid"},
        )
        db.table("statements").create_index(["uid"], unique=True)
        db.table("statements").create_index(["document_id"])
        db.table("statements").create_index(["claim_uid"])
        db.table("taxonomy").create(
            {
                "kind": str,
                "code": str,
                "name": str,
                "color": str,
                "shortcut": str,
                "description": str,
                "position": int,
            },
            pk=("kind", "code"),
        )
        db.table("gazetteer").create(
            {"id": int, "pattern": str, "category": str, "speaker": str},
            pk="id",
        )
        _gazetteer_origins(db)
        _statement_cues(db)
        _short_claims(db)
        _review_basis(db)
        db.table("history").create(
            {
                "id": int,
                "item": str,
                "item_uid": str,
                "document_id": int,
                "action": str,
                "before": str,
                "after": str,
                "annotator": str,
                "at": str,
            },
            pk="id",
        )
        db.table("history").create_index(["item_uid"])
        _seed(db)
        _settings_table(db)
        _span_tally_index(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.table("documents").enable_fts(["title", "text"], create_triggers=True)
    _index_words_only(db)


def _settings_table(db: sqlite_utils.Database) -> None:
    """Schema 2: project-wide settings (the annotation guidelines, …) as key and value."""
    db.table("project_settings").create({"key": str, "value": str}, pk="key")
    guidelines = (resources_dir() / "guidelines.md").read_text(encoding="utf-8")
    db.execute("INSERT INTO project_settings (key, value) VALUES ('guidelines', ?)", [guidelines])


def _suggestion_errors(db: sqlite_utils.Database) -> None:
    """Schema 3: why the assistance failed on a document (a crash, a broken model)."""
    if "suggestion_error" not in db.table("documents").columns_dict:
        db.execute("ALTER TABLE documents ADD COLUMN suggestion_error TEXT")


def _span_tally_index(db: sqlite_utils.Database) -> None:
    """Schema 4: spans by document, kind, label and status, with their bounds. Opening
    a document counts its entities and reads its claims and people from this index
    alone, without reading (or sorting) its rows: 50 ms instead of 280 for 100,000."""
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_spans_tally "
        "ON spans (document_id, kind, label, status, start, [end])"
    )


def _gazetteer_origins(db: sqlite_utils.Database) -> None:
    """Schema 5: a gazetteer entry's Wikidata item (data only) and where it comes from
    ('' shipped or typed in, 'learned' from an accepted statement)."""
    columns = db.table("gazetteer").columns_dict
    for column in ("qid", "origin"):
        if column not in columns:
            db.execute(f"ALTER TABLE gazetteer ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _statement_cues(db: sqlite_utils.Database) -> None:
    """Schema 6: the cue span that reports a statement ("said", "according to"), so it
    is accepted, rejected and deleted with the statement."""
    if "cue_uid" not in db.table("statements").columns_dict:
        db.execute("ALTER TABLE statements ADD COLUMN cue_uid TEXT")
    for column in ("source_uid", "cue_uid"):  # a span's statements, found by index
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_statements_{column} ON statements ({column})")


def _short_claims(db: sqlite_utils.Database) -> None:
    """Schema 7: a statement's claim in a line, as a fact-check names it (ClaimReview's
    claimReviewed); empty means the quote itself."""
    if "short_claim" not in db.table("statements").columns_dict:
        db.execute("ALTER TABLE statements ADD COLUMN short_claim TEXT NOT NULL DEFAULT ''")


def _index_words_only(db: sqlite_utils.Database) -> None:
    """The full-text index follows a document's title and text only: sqlite-utils'
    trigger re-indexed the whole text at any change of the row, so the first decision
    on a 5-million-character article (its status, in progress) cost 240 ms, not 13."""
    db.execute("DROP TRIGGER IF EXISTS documents_au")
    db.execute(
        "CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN "
        "INSERT INTO documents_fts (documents_fts, rowid, title, text) "
        "VALUES('delete', old.rowid, old.title, old.text); "
        "INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text); "
        "END"
    )


def _schema_7(db: sqlite_utils.Database) -> None:
    _short_claims(db)
    _index_words_only(db)


# Source category colours before schema 8: lines too pale to see on white (yellow at 1.3:1)
# and tints that shared a hue with an entity's (Person and Russian state media, orange).
_OLD_CATEGORY_COLORS = {
    "ru_official": "#D55E00",
    "ru_state_media": "#E69F00",
    "ru_media": "#F0E442",
    "ua_official": "#0072B2",
    "ua_media": "#56B4E9",
    "western_official": "#009E73",
    "mediator_official": "#CC79A7",
    "third_country_state_media": "#999933",
    "intl_org": "#44AA99",
    "intl_independent_media": "#88CCEE",
    "expert_ngo": "#AA4499",
    "anonymous": "#BBBBBB",
    "unattributed": "#DDDDDD",
}


def _review_basis(db: sqlite_utils.Database) -> None:
    """A reviewed statement records the annotators' versions it was decided on (a digest),
    so that a version changed by a later merge sends its claim back to review."""
    if "review_basis" not in db.table("statements").columns_dict:
        db.execute("ALTER TABLE statements ADD COLUMN review_basis TEXT NOT NULL DEFAULT ''")


def _schema_8(db: sqlite_utils.Database) -> None:
    _category_colors(db)
    _review_basis(db)


def _category_colors(db: sqlite_utils.Database) -> None:
    """Schema 8: the default source category colours become the current ones (see
    resources/taxonomy.json); a colour the team chose is left as it is."""
    current = {e["code"]: e["color"] for e in load_json("taxonomy.json")["source"]}
    for code, old in _OLD_CATEGORY_COLORS.items():
        if code in current:
            db.execute(
                "UPDATE taxonomy SET color = ? WHERE kind = 'source' AND code = ? "
                "AND upper(color) = ?",
                [current[code], code, old],
            )


MIGRATIONS = {
    1: _settings_table,
    2: _suggestion_errors,
    3: _span_tally_index,
    4: _gazetteer_origins,
    5: _statement_cues,
    6: _schema_7,
    7: _schema_8,
}  # N to N + 1


def migrate(db: sqlite_utils.Database, version: int) -> None:
    """Bring an older project up to SCHEMA_VERSION, one step at a time, each atomic."""
    while version < SCHEMA_VERSION:
        with db.atomic():
            MIGRATIONS[version](db)
            version += 1
            db.execute(f"PRAGMA user_version = {version}")


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """A complete copy of the project as it was, beside it, before any migration."""
    backup = path.with_name(f"{path.name}.schema{version}-backup")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.schema{version}-backup{number}")
    target = sqlite3.connect(backup)
    with target:
        conn.backup(target)
    target.close()
    return backup


def _seed(db: sqlite_utils.Database) -> None:
    rows = []
    for kind, entries in load_json("taxonomy.json").items():
        if kind.startswith("_"):
            continue
        for position, entry in enumerate(entries):
            rows.append(
                {
                    "kind": kind,
                    "code": entry["code"],
                    "name": entry["name"],
                    "color": entry["color"],
                    "shortcut": entry.get("shortcut", ""),
                    "description": entry.get("description", ""),
                    "position": position,
                }
            )
    db.table("taxonomy").insert_all(rows)
    db.table("gazetteer").insert_all(
        {"pattern": e.pattern, "category": e.category, "speaker": e.speaker, "qid": e.qid}
        for e in default_entries()
    )
