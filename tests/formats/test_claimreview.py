"""ClaimReview as Google reads it: the fact-checker's page and organisation, a claim in a
line, the claim's author a Person or an Organization, only rated claims."""

import io
import json
from dataclasses import replace
from urllib.parse import urlsplit

import pytest
from sample_project import sample_project

from annotator.core.editing import update_statement
from annotator.core.errors import AnnotatorError
from annotator.core.export import export
from annotator.core.factcheck import FactChecker, fact_checker, save_fact_checker
from annotator.core.formats.claimreview import (
    SHORT_CLAIM,
    Reviewer,
    default_short_claim,
    write_claimreview,
)
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.gazetteer import GazetteerEntry
from annotator.core.model import Document, Span, SpanKind, Statement

CHECKER = FactChecker(
    "StopFake", "https://www.stopfake.org", "https://www.stopfake.org/fr/istanbul-verifie/"
)


@pytest.fixture
def project(tmp_path):
    store = sample_project(tmp_path / "source.db")
    yield store
    store.close()


def statement_of(store, speaker):
    document = store.documents()[0]
    return next(s for s in store.statements(document.id) if s.speaker == speaker)


def reviews(store, tmp_path):
    out = tmp_path / "reviews.jsonld"
    export(store, "claimreview", out)
    return json.loads(out.read_text(encoding="utf-8"))


def test_without_the_fact_checker_nothing_is_written_and_the_options_are_named(project, tmp_path):
    out = tmp_path / "reviews.jsonld"
    with pytest.raises(AnnotatorError) as raised:
        export(project, "claimreview", out)
    message = str(raised.value)
    assert "--org-name" in message and "--org-url" in message and "--page-url" in message
    assert not [p for p in tmp_path.iterdir() if "reviews" in p.name]


def test_an_address_that_is_not_a_web_page_is_refused(project, tmp_path):
    save_fact_checker(project, FactChecker("StopFake", "stopfake.org", "javascript:alert(1)"))
    with pytest.raises(AnnotatorError, match="not a web address"):
        export(project, "claimreview", tmp_path / "r.jsonld")


def test_the_settings_are_kept_in_the_project_file(project):
    save_fact_checker(project, CHECKER)
    save_fact_checker(project, FactChecker(page_url="https://www.stopfake.org/fr/autre/"))
    assert fact_checker(project) == FactChecker(
        "StopFake", "https://www.stopfake.org", "https://www.stopfake.org/fr/autre/"
    )


def test_every_property_google_requires_and_recommends(project, tmp_path):
    save_fact_checker(project, CHECKER)
    found = reviews(project, tmp_path)
    assert len(found) == 1  # only the rated statement
    review = found[0]
    # Required: claimReviewed, reviewRating.alternateName, url.
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert 0 < len(review["claimReviewed"]) <= SHORT_CLAIM
    assert review["reviewRating"]["@type"] == "Rating"
    assert review["reviewRating"]["alternateName"] == "Misleading"  # the taxonomy's name
    url = urlsplit(review["url"])
    assert url.scheme == "https" and url.netloc == "www.stopfake.org"
    assert review["url"].startswith(CHECKER.page_url + "#claim-")
    # Recommended: author (the organisation), datePublished, itemReviewed, the scale.
    assert review["author"] == {
        "@type": "Organization",
        "name": "StopFake",
        "url": "https://www.stopfake.org",
    }
    assert len(review["datePublished"]) == 10
    rating = review["reviewRating"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2025-06-02"
    assert item["author"] == {"@type": "Person", "name": "Vladimir Medinsky"}
    assert item["appearance"]["url"] == "https://example.org/istanbul"
    assert item["appearance"]["publisher"] == {"@type": "Organization", "name": "Chas Pravdy"}
    assert review["reviewBody"] == "vérifié, voir TASS"


def test_a_claim_in_a_line_of_at_most_75_characters():
    quote = "« " + "la rencontre était utile et les délégations se reverront " * 3 + "»"
    short = default_short_claim(quote)
    assert len(short) <= SHORT_CLAIM and short.endswith("…")
    assert short.startswith("la rencontre") and "« " not in short
    assert quote.replace("\n", " ").find(short[:-1].rstrip()) >= 0  # cut after a whole word
    assert default_short_claim("« brève »") == "brève"


def test_the_short_claim_typed_in_wins(project, tmp_path):
    save_fact_checker(project, CHECKER)
    medinsky = statement_of(project, "Vladimir Medinsky")
    update_statement(project, medinsky.uid, "alice", short_claim="La rencontre était utile")
    assert reviews(project, tmp_path)[0]["claimReviewed"] == "La rencontre était utile"
    assert statement_of(project, "Vladimir Medinsky").short_claim == "La rencontre était utile"


def test_an_outlet_is_an_organization_and_a_known_speaker_has_its_wikidata_item(project, tmp_path):
    save_fact_checker(project, CHECKER)
    tass = statement_of(project, "TASS")
    update_statement(project, tass.uid, "alice", rating="false")
    project.replace_gazetteer(
        [*project.gazetteer(), GazetteerEntry("TASS", "ru_state_media", "TASS", "Q223475")]
    )
    by_author = {r["itemReviewed"]["author"]["name"]: r for r in reviews(project, tmp_path)}
    assert by_author["TASS"]["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "TASS",
        "sameAs": "https://www.wikidata.org/wiki/Q223475",
    }
    assert by_author["TASS"]["reviewRating"]["ratingValue"] == 1


def test_an_official_named_by_an_organisation_entity_is_an_organization():
    """A ministry is typed by its entity, not by the 'officials' category; a person named
    inside a longer mention makes it a Person."""
    text = "Le ministère russe des Affaires étrangères a affirmé que « tout va bien »."
    mention = Span(0, text.index(" a affirmé"), "source", kind=SpanKind.SOURCE_MENTION)
    claim = Span(text.index("«"), len(text) - 1, "claim", kind=SpanKind.CLAIM)
    organisation = Span(3, mention.end, "ORG")
    statement = Statement(
        claim.uid, mention.uid, "MID", "ru_official", rating="false", updated="2025-06-03"
    )
    record = AnnotatedDocument(Document(text), [mention, claim, organisation], [statement])
    out = io.StringIO()
    write_claimreview([record], out, Reviewer(CHECKER))
    review = json.loads(out.getvalue())[0]
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "MID"}
    assert review["claimReviewed"] == "tout va bien"
    person = Span(3, 11, "PER")
    out = io.StringIO()
    write_claimreview([replace(record, spans=[*record.spans, person])], out, Reviewer(CHECKER))
    assert json.loads(out.getvalue())[0]["itemReviewed"]["author"]["@type"] == "Person"
