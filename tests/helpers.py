"""Helpers shared by the tests (on sys.path through pytest's `pythonpath`)."""

from annotator.core.claims import to_records
from annotator.core.model import Document
from annotator.core.store import Store

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
