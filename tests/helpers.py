"""Helpers shared by the tests (on sys.path through pytest's `pythonpath`)."""

import shutil

from annotator.core import editing
from annotator.core.claims import ClaimSuggestion
from annotator.core.model import Document, SpanStatus, TaxonomyEntry
from annotator.core.parsed import SourceSuggestion
from annotator.core.store import Store
from annotator.core.suggested import to_records

TEXT = (
    "Selon TASS, Medinskiy a déclaré que la rencontre était très utile.\n\n"
    "Le porte-parole ukrainien a précisé que 300 prisonniers seraient échangés."
)
SECOND = "Un autre article, sans rapport, publié à Kyiv le 3 juin 2025."


def make_project(path, texts=(TEXT,), claims=()):
    """A project whose documents already count as suggested (no spaCy in these tests)."""
    with Store(path) as store:
        for text in texts:
            document_id, _ = store.add_document(Document(text=text, title=text[:20], lang="fr"))
            spans, statements = to_records(list(claims) if text == TEXT else [])
            store.save_suggestions(document_id, spans, statements, "test")
    return path


TEAM_TEXT = (
    "Selon TASS, la rencontre a duré deux heures. Umerov a précisé que l'échange aurait "
    "lieu. Peskov a déclaré que rien n'était décidé. Le Kremlin a démenti toute pression."
)


def sentence(n):
    starts = [
        0,
        TEAM_TEXT.index("Umerov"),
        TEAM_TEXT.index("Peskov"),
        TEAM_TEXT.index("Le Kremlin"),
    ]
    ends = [*starts[1:], len(TEAM_TEXT)]
    return starts[n], ends[n] - (1 if n < 3 else 0)


TASS = TEAM_TEXT.index("TASS")
# X: "Selon TASS, …" said by TASS; Y: "Umerov a précisé …", Umerov's words relayed by TASS.
TEAM_SUGGESTIONS = [
    ClaimSuggestion(*sentence(0), ("cue:selon",), (SourceSuggestion("TASS", "ru_state_media"),)),
    ClaimSuggestion(
        *sentence(1),
        ("cue:préciser",),
        (
            SourceSuggestion("Rustem Umerov", "ua_official", "supports"),
            SourceSuggestion("TASS", "ru_state_media", "reports", TASS, TASS + 4, relays=0),
        ),
    ),
]


def suggested_project(path):
    """A project of its own: the machine's suggestions, made on this machine (own uids)."""
    with Store(path) as store:
        store.add_document(Document(text=TEAM_TEXT, title="Talks", lang="fr"))
        spans, statements = to_records(TEAM_SUGGESTIONS)
        store.save_suggestions(1, spans, statements, "test")
    return path


def statement_on(store, start):
    claims = {s.uid: s for s in store.spans(1)}
    return next(s for s in store.statements(1) if claims[s.claim_uid].start == start)


def make_team(tmp_path):
    """A base project given to two annotators, who then work apart: (alice.db, bob.db)."""
    base = tmp_path / "base.db"
    with Store(base) as store:
        store.add_document(Document(text=TEAM_TEXT, title="Talks", lang="fr"))
        spans, statements = to_records(
            [
                ClaimSuggestion(*sentence(0), ("number",)),
                ClaimSuggestion(*sentence(1), ("cue:préciser",)),
            ]
        )
        store.save_suggestions(1, spans, statements, "test")
    a, b = tmp_path / "alice.db", tmp_path / "bob.db"
    shutil.copy(base, a)
    shutil.copy(base, b)
    with Store(a) as store:
        x = statement_on(store, 0)
        editing.set_status(store, [x.uid], SpanStatus.ACCEPTED, "alice")
        editing.update_statement(
            store, x.uid, "alice", source_category="ru_official", stance="supports"
        )
        z = editing.create_claim(store, 1, *sentence(2), "alice").focus
        editing.update_statement(store, z, "alice", source_category="ua_official", stance="reports")
    with Store(b) as store:
        x = statement_on(store, 0)
        editing.set_status(store, [x.uid], SpanStatus.ACCEPTED, "bob")
        editing.update_statement(store, x.uid, "bob", source_category="ru_media", stance="supports")
        editing.set_status(
            store, [statement_on(store, sentence(1)[0]).uid], SpanStatus.REJECTED, "bob"
        )
        start, end = sentence(2)
        w = editing.create_claim(store, 1, start, end - 10, "bob").focus  # shorter: overlaps
        editing.update_statement(store, w, "bob", source_category="ua_official", stance="reports")
        entries = store.taxonomy("source")
        entries[0] = TaxonomyEntry(
            "source", "ru_official", "Officiels russes", "#D55E00", "1", "", 0
        )
        entries.append(
            TaxonomyEntry("source", "kremlin_pool", "Kremlin pool", "#445566", "", "", len(entries))
        )
        store.replace_taxonomy("source", entries)
    return a, b


def open_active_window(qtbot, project):
    """The real window on a project, shown and active (so that its shortcuts work)."""
    from PySide6.QtWidgets import QApplication

    from annotator.gui.app import create_window

    window = create_window(str(project), [])
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def assert_acknowledged_edits_kept(project, acked):
    """After a kill: the file is intact and every edit a child acknowledged is there
    (each wrote note "edit N" and stance "supports" on a claim of its own)."""
    import sqlite3

    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with Store(project) as store:
        for uid, number in acked:
            statement = store.statement(uid)
            assert statement is not None, f"edit {number} acknowledged, then lost"
            assert (statement.note, statement.stance) == (f"edit {number}", "supports")
            assert store.span(statement.claim_uid) is not None


def painted_as_fresh(widget) -> bool:
    """Whether the window shows a widget as a fresh paint of it would: nothing stale
    left on screen (the offscreen platform keeps what was last painted)."""
    window = widget.window()
    corner = widget.mapTo(window, widget.rect().topLeft())
    shown = window.screen().grabWindow(window.winId()).toImage()
    shown = shown.copy(corner.x(), corner.y(), widget.width(), widget.height())
    fresh = widget.grab().toImage()
    return shown.convertToFormat(fresh.format()) == fresh
