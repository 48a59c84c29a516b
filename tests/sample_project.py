"""The project every format test exports: two documents with entities, claims, a
source mention, a relay, a rating and a note (on sys.path through pytest's `pythonpath`)."""

from annotator.core.claims import ClaimSuggestion, SourceSuggestion
from annotator.core.editing import update_statement
from annotator.core.model import Document, Span
from annotator.core.store import Store
from annotator.core.suggested import to_records

TEXT = (
    "Istanbul talks 😀\n\nChas Pravdy - 02 juin 2025 21:24\n\n"
    "Selon les médias russes, Vladimir Medinskiy a parlé deux heures avec Rustem Umerov. "
    "L'agence « TASS », citant Medinskiy, a indiqué que la rencontre était « utile »."
)
OTHER = "Kyiv, 3 June. Zelensky said that 300 prisoners would be exchanged next week."


def offsets(word, text=TEXT):
    start = text.index(word)
    return start, start + len(word)


def sample_project(path):
    """Two documents: entities, claims, a source mention, a relay, a rating and a note."""
    store = Store(path)
    first, _ = store.add_document(
        Document(
            text=TEXT,
            title="Istanbul talks",
            lang="fr",
            outlet="Chas Pravdy",
            published="2025-06-02T21:24",
            url="https://example.org/istanbul",
        )
    )
    claim_one = (TEXT.index("Selon"), TEXT.index("Umerov.") + 7)
    claim_two = (TEXT.index("L'agence"), len(TEXT))
    spans, statements = to_records(
        [
            ClaimSuggestion(
                *claim_one,
                ("according:selon",),
                (SourceSuggestion("Russian media", "ru_media", "", *offsets("les médias russes")),),
            ),
            ClaimSuggestion(
                *claim_two,
                ("cue:indiquer",),
                (
                    SourceSuggestion(
                        "Vladimir Medinsky",
                        "ru_official",
                        "",
                        *offsets("Medinskiy, a")[:1],
                        TEXT.index("Medinskiy, a") + 9,
                    ),
                    SourceSuggestion(
                        "TASS", "ru_state_media", "reports", *offsets("TASS"), relays=0
                    ),
                ),
            ),
        ]
    )
    entities = [
        Span(*offsets("Vladimir Medinskiy"), "PER"),
        Span(*offsets("Rustem Umerov"), "PER"),
        Span(*offsets("Istanbul"), "LOC"),
    ]
    store.save_suggestions(first, entities + spans, statements, "test")
    medinsky = next(s for s in statements if s.speaker == "Vladimir Medinsky")
    update_statement(
        store,
        medinsky.uid,
        "alice",
        rating="misleading",
        stance="supports",
        note="vérifié, voir TASS",
    )
    second, _ = store.add_document(Document(text=OTHER, title="Other", lang="en"))
    store.save_suggestions(second, [Span(*offsets("Zelensky", OTHER), "PER")], [], "test")
    return store
