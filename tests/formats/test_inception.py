"""INCEpTION / UIMA CAS XMI: our zip read back exactly, read by cassis as INCEpTION
would read it, an INCEpTION export with other layers imported, hostile zips refused."""

import io
import os
import re
import zipfile

import cassis
import pytest
from lxml import etree
from sample_project import sample_project

from annotator.core.errors import InputError
from annotator.core.export import annotated_documents
from annotator.core.formats import inception
from annotator.core.formats.inception import read_inception, write_inception
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Document, Origin, Span, SpanKind, SpanStatus, Statement

EVERY_STATUS = ("suggested", "accepted", "rejected")
EMOJI_TEXT = "😀 Kyiv, 3 June. Zelensky said: « 300 prisoners 😀 will be exchanged ».\nEnd."
CLAIM_WORDS = "« 300 prisoners 😀 will be exchanged »"
CUSTOM = "{http:///webanno/custom.ecore}"
NER = "{http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore}"


def at(words, text=EMOJI_TEXT):
    start = text.index(words)
    return start, start + len(words)


def utf16(offset, text=EMOJI_TEXT):
    return len(text[:offset].encode("utf-16-le")) // 2


def emoji_record():
    """Emojis before annotated words and inside a claim; every field of a statement set."""
    claim = Span(*at(CLAIM_WORDS), "claim", kind=SpanKind.CLAIM, origin=Origin.MANUAL,
                 status=SpanStatus.ACCEPTED, annotator="bob")  # fmt: skip
    source = Span(*at("Zelensky"), "ua_official", kind=SpanKind.SOURCE_MENTION)
    cue = Span(*at("said"), "cue", kind=SpanKind.CUE, origin=Origin.RULE)
    entity = Span(*at("Zelensky"), "PER", status=SpanStatus.REJECTED, origin=Origin.REVIEW)
    said = Statement(
        claim_uid=claim.uid,
        source_uid=source.uid,
        cue_uid=cue.uid,
        speaker="Volodymyr Zelensky",
        source_category="ua_official",
        stance="supports",
        rating="true",
        note="checked\nwith the ministry",
        short_claim="300 prisoners to be exchanged",
        origin=Origin.MANUAL,
        status=SpanStatus.ACCEPTED,
        annotator="bob",
    )
    relayed = Statement(claim_uid=claim.uid, relay_of=said.uid, stance="reports",
                        status=SpanStatus.REJECTED)  # fmt: skip
    document = Document(text=EMOJI_TEXT, title="Exchange 😀", lang="uk", outlet="Ukrinform",
                        published="2025-06-03", url="https://example.org/exchange")  # fmt: skip
    return AnnotatedDocument(document, [claim, source, cue, entity], [said, relayed])


def carried(record):
    """All the format carries, independent of uids."""
    spans = {s.uid: s for s in record.spans}
    statements = {s.uid: s for s in record.statements}

    def where(uid):
        return (spans[uid].start, spans[uid].end) if uid in spans else None

    def relayed(uid):
        return (where(statements[uid].claim_uid), where(statements[uid].source_uid))

    d = record.document
    return {
        "document": (d.text, d.title, d.url, d.outlet, d.published, d.lang),
        "spans": sorted(
            (s.start, s.end, str(s.kind), s.label, str(s.status), str(s.origin), s.annotator)
            for s in record.spans
        ),
        "statements": sorted(
            (
                (where(s.claim_uid), where(s.source_uid), where(s.cue_uid), s.speaker)
                + (s.source_category, s.stance, s.rating, s.note, s.short_claim)
                + (relayed(s.relay_of) if s.relay_of else None,)
                + (str(s.status), str(s.origin), s.annotator)
                for s in record.statements
            ),
            key=repr,
        ),
    }


@pytest.fixture
def records(tmp_path):
    with sample_project(tmp_path / "sample.db") as store:
        return [*annotated_documents(store, status=EVERY_STATUS), emoji_record()]


def test_round_trip_keeps_everything_the_format_carries(records, tmp_path):
    out = tmp_path / "corpus.zip"
    assert write_inception(records, out) == 3
    back = list(read_inception(out))
    assert [carried(r) for r in back] == [carried(r) for r in records]
    assert any(s.relay_of for r in back for s in r.statements)
    old = {s.uid for r in records for s in r.spans + r.statements}
    for record in back:  # new identities, statements linked to the new spans
        uids = {s.uid for s in record.spans}
        assert not uids & old
        assert {s.claim_uid for s in record.statements} <= uids


def test_cassis_reads_it_strictly_with_utf16_offsets_in_the_xmi(tmp_path):
    out = tmp_path / "corpus.zip"
    write_inception([emoji_record()], out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["0001-" + emoji_record().document.uid[:12] + ".xmi",
                                              "TypeSystem.xml"]  # fmt: skip
        ts = cassis.load_typesystem(io.BytesIO(archive.read("TypeSystem.xml")))
        raw = archive.read(next(n for n in archive.namelist() if n.endswith(".xmi")))
    cas = cassis.load_cas_from_xmi(raw.decode("utf-8"), typesystem=ts)  # strict
    names = {a.type.name for a in cas.select_all_annotations()}
    assert {inception.CLAIM, inception.SOURCE, inception.CUE, inception.STATEMENT,
            inception.NAMED_ENTITY, inception.METADATA} <= names  # fmt: skip
    [claim] = cas.select(inception.CLAIM)
    assert claim.get_covered_text() == CLAIM_WORDS and claim.status == "accepted"
    said = next(s for s in cas.select(inception.STATEMENT) if s.Governor is not None)
    assert said.Dependent is claim and said.Governor.get_covered_text() == "Zelensky"
    assert said.cue.get_covered_text() == "said" and said.shortClaim.startswith("300")
    relay = next(s for s in cas.select(inception.STATEMENT) if s.Governor is None)
    assert relay.relayOf is said
    [entity] = cas.select(inception.NAMED_ENTITY)
    assert (entity.value, entity.status) == ("PER", "rejected")
    [meta] = cas.select(inception.METADATA)
    assert (cas.document_language, meta.documentUri) == ("uk", "https://example.org/exchange")
    # As Java counts: an emoji is two UTF-16 units and one code point (one before both,
    # one inside the claim).
    root = etree.fromstring(raw)
    for tag, words, shifts in ((f"{CUSTOM}Claim", CLAIM_WORDS, (1, 2)),
                               (f"{NER}NamedEntity", "Zelensky", (1, 1))):  # fmt: skip
        element = root.find(tag)
        start, end = at(words)
        written = int(element.get("begin")), int(element.get("end"))
        assert written == (utf16(start), utf16(end)) == (start + shifts[0], end + shifts[1])


def test_characters_xml_cannot_hold_are_written_as_spaces(tmp_path):
    text = "Kyiv\x0c Zelensky said\x00 so."
    span = Span(*at("Zelensky", text), "PER", status=SpanStatus.ACCEPTED)
    out = tmp_path / "corpus.zip"
    write_inception([AnnotatedDocument(Document(text=text), [span])], out)
    [back] = read_inception(out)
    assert back.document.text == "Kyiv  Zelensky said  so."
    assert [(s.start, s.end) for s in back.spans] == [(span.start, span.end)]


def inception_like_zip(path):
    """What INCEpTION exports: DKPro's types, tokens, a sentence, a dependency, a custom
    layer we do not know, named entities, a Claim layer someone defined there without
    our features, and metadata naming a file on its server."""
    ts = cassis.load_dkpro_core_typesystem()
    meta = ts.create_type(inception.METADATA, supertypeName="uima.tcas.DocumentAnnotation")
    for feature in ("documentTitle", "documentId", "documentUri", "documentBaseUri"):
        ts.create_feature(meta, feature, "uima.cas.String")
    ts.create_feature(meta, "isLastSegment", "uima.cas.Boolean")
    sentiment = ts.create_type("webanno.custom.Sentiment", supertypeName="uima.tcas.Annotation")
    ts.create_feature(sentiment, "polarity", "uima.cas.String")
    claim = ts.create_type(inception.CLAIM, supertypeName="uima.tcas.Annotation")
    text = "😀 Zelensky met Umerov in Istanbul. Talks went on."
    cas = cassis.Cas(typesystem=ts)
    cas.sofa_string = text
    server_file = "file:/srv/inception/repository/article.txt"
    cas.add(meta(begin=0, end=len(text), documentTitle="article.txt", language="en",
                 documentUri=server_file))  # fmt: skip
    token = ts.get_type("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
    tokens = [token(begin=m.start(), end=m.end()) for m in re.finditer(r"\S+", text)]
    cas.add_all(tokens)
    sentence = ts.get_type("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence")
    cas.add(sentence(begin=0, end=len(text)))
    dependency = ts.get_type("de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency")
    cas.add(dependency(begin=tokens[2].begin, end=tokens[2].end, Governor=tokens[2],
                       Dependent=tokens[1], DependencyType="nsubj"))  # fmt: skip
    cas.add(sentiment(begin=0, end=len(text), polarity="neutral"))
    entity = ts.get_type(inception.NAMED_ENTITY)
    location = ts.get_type("de.tudarmstadt.ukp.dkpro.core.api.ner.type.Location")

    def on(annotation_type, words, **features):
        start, end = at(words, text)
        return annotation_type(begin=start, end=end, **features)

    cas.add_all([on(entity, "Zelensky", value="PER"), on(entity, "Umerov", value="PER"),
                 on(location, "Istanbul"), on(claim, "Talks went on.")])  # fmt: skip
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("article.xmi", cas.to_xmi())
        archive.writestr("TypeSystem.xml", ts.to_xml())
    return path, text


def test_an_inception_export_brings_its_named_entities_and_claims_and_nothing_else(tmp_path):
    path, text = inception_like_zip(tmp_path / "article.zip")
    [record] = read_inception(path)
    assert record.document.text == text
    assert (record.document.title, record.document.lang, record.document.url) == (
        "article.txt", "en", "")  # fmt: skip
    found = sorted((text[s.start : s.end], s.kind, s.label, s.status, s.origin)
                   for s in record.spans)  # fmt: skip
    assert found == [
        ("Istanbul", SpanKind.ENTITY, "Location", SpanStatus.ACCEPTED, Origin.IMPORT),
        ("Talks went on.", SpanKind.CLAIM, "claim", SpanStatus.ACCEPTED, Origin.IMPORT),
        ("Umerov", SpanKind.ENTITY, "PER", SpanStatus.ACCEPTED, Origin.IMPORT),
        ("Zelensky", SpanKind.ENTITY, "PER", SpanStatus.ACCEPTED, Origin.IMPORT),
    ]
    claim = next(s for s in record.spans if s.kind == SpanKind.CLAIM)
    [statement] = record.statements  # a claim nobody is said to say, as from other tools
    assert (statement.claim_uid, statement.source_uid) == (claim.uid, None)


# Hostile files: each refused whole, naming the file (and the member where there is one).


def our_zip(tmp_path):
    path = tmp_path / "ours.zip"
    write_inception([emoji_record()], path)
    with zipfile.ZipFile(path) as archive:
        member = next(n for n in archive.namelist() if n.endswith(".xmi"))
        return path, member, archive.read(member), archive.read("TypeSystem.xml")


def rezip(path, members):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def refused(path, *words):
    with pytest.raises(InputError) as caught:
        list(read_inception(path))
    assert caught.value.path == str(path)
    for word in words:
        assert word in caught.value.message, caught.value.message


def edited(tmp_path, change):
    """Our zip with its XMI changed by `change(xmi_text)`."""
    path, member, xmi, types = our_zip(tmp_path)
    new = change(xmi.decode("utf-8"))
    assert new != xmi.decode("utf-8")
    return rezip(tmp_path / "edited.zip", {"TypeSystem.xml": types, member: new}), member


def test_a_doctype_or_entity_never_reaches_the_parser(tmp_path):
    def with_entity(xmi):
        declared = xmi.replace("?>", '?><!DOCTYPE x [<!ENTITY lol "lolololol">]>', 1)
        return declared.replace('speaker="Volodymyr Zelensky"', 'speaker="&lol;"')

    path, member = edited(tmp_path, with_entity)
    refused(path, member, "DOCTYPE")


def test_xml_in_another_encoding_is_refused_unread(tmp_path):
    path, member, xmi, types = our_zip(tmp_path)
    text = xmi.decode("utf-8").replace("UTF-8", "UTF-16").replace("?>", "?><!DOCTYPE x>", 1)
    rezip(path, {"TypeSystem.xml": types, member: text.encode("utf-16")})
    refused(path, member, "UTF-8")


def test_a_member_too_large_or_compressed_beyond_reason(tmp_path, monkeypatch):
    path, member, xmi, types = our_zip(tmp_path)
    padded = xmi.replace(b"<cas:NULL", b" " * 3 * 2**20 + b"<cas:NULL", 1)  # 3 MiB, ~1000:1
    rezip(path, {"TypeSystem.xml": types, member: padded})
    refused(path, member, "compressed beyond reason")
    monkeypatch.setattr(inception, "MAX_MEMBER_BYTES", 2**20)
    monkeypatch.setattr(inception, "MAX_RATIO", 10**6)
    refused(path, member, "limit")


def test_what_the_directory_says_caps_what_is_read(tmp_path, monkeypatch):
    """The directory says the member's size; a member that gives more is refused after
    one byte more than that, never read to its end (100 MiB here)."""
    path, _member, _xmi, _types = our_zip(tmp_path)
    with zipfile.ZipFile(path) as archive:
        biggest = max(i.file_size for i in archive.infolist())
    given = []

    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            if sum(given) >= 100 * 2**20:
                return 0
            buffer[:] = b" " * len(buffer)
            given.append(len(buffer))
            return len(buffer)

    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, info, *a, **k: Endless())
    refused(path, "larger than the zip's directory says")
    assert 0 < sum(given) <= biggest + 1


def test_member_paths_are_only_names(tmp_path, monkeypatch):
    path, _member, xmi, types = our_zip(tmp_path)
    rezip(path, {"../../etc/TypeSystem.xml": types, "../../etc/x.xmi": xmi,
                 "/abs/notes.txt": b"ignored"})  # fmt: skip
    inside = tmp_path / "a" / "b"
    inside.mkdir(parents=True)
    monkeypatch.chdir(inside)
    before = sorted(tmp_path.rglob("*"))
    [record] = read_inception(path)
    assert record.document.text == EMOJI_TEXT
    assert sorted(tmp_path.rglob("*")) == before
    assert not os.path.exists("../../etc/x.xmi") and not os.path.exists("/abs/notes.txt")


def test_too_many_members(tmp_path, monkeypatch):
    path, member, xmi, types = our_zip(tmp_path)
    rezip(path, {"TypeSystem.xml": types, **{f"{n}-{member}": xmi for n in range(5)}})
    monkeypatch.setattr(inception, "MAX_MEMBERS", 4)
    refused(path, "6 members", "limit")


def test_a_text_over_the_limit_is_refused_before_cassis_reads_it(tmp_path, monkeypatch):
    path, member, _xmi, _types = our_zip(tmp_path)
    monkeypatch.setattr(inception, "MAX_DOCUMENT_CHARS", 20)
    monkeypatch.setattr(cassis, "load_cas_from_xmi", None)  # would fail if it were reached
    refused(path, member, f"{len(EMOJI_TEXT)} characters")


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda x: re.sub(r'(<custom:Claim [^>]*end=")\d+', r"\g<1>9999", x), "offset"),
        (lambda x: re.sub(r'(<custom:Claim [^>]*begin=")\d+', r"\g<1>1", x), "offset"),
        (lambda x: re.sub(r'(<custom:Cue [^>]*end=")\d+', _begin_of_cue, x), "empty"),
        (lambda x: re.sub(r' Dependent="\d+"', "", x), "has no Dependent"),
        (lambda x: re.sub(r' Dependent="\d+"', ' Dependent="999"', x), "999"),
        (lambda x: re.sub(r'Governor="\d+"', f'Governor="{_entity_id(x)}"', x), "Governor"),
        (lambda x: re.sub(r'status="accepted"', 'status="maybe"', x), "maybe"),
        (lambda x: x.replace("<cas:Sofa", "<cas:Sofa nope='1'"), "not UIMA CAS XMI"),
    ],
    ids=[
        "end past the text",
        "inside an emoji",
        "empty",
        "no Dependent",
        "missing reference",
        "Governor not a Source",
        "unknown status",
        "unknown attribute",
    ],  # fmt: skip
)
def test_broken_annotations_name_the_member(tmp_path, change, words):
    path, member = edited(tmp_path, change)
    refused(path, member, words)


def _begin_of_cue(match):
    return match.group(1) + str(utf16(EMOJI_TEXT.index("said")))


def _entity_id(xmi):
    return re.search(r'<type\d*:NamedEntity xmi:id="(\d+)"', xmi).group(1)


def test_not_a_zip_an_empty_zip_and_a_zip_without_xmi(tmp_path):
    text = tmp_path / "text.zip"
    text.write_text("Selon TASS, la rencontre était utile.", encoding="utf-8")
    refused(text, "not a zip file")
    empty = rezip(tmp_path / "empty.zip", {})
    refused(empty, "no .xmi file")
    other = rezip(tmp_path / "other.zip", {"article.txt": b"Selon TASS."})
    refused(other, "no .xmi file")


def test_the_export_command_and_the_import_carry_a_project_across(tmp_path):
    """The path people use: export the project as INCEpTION's zip, import the zip into
    another project: same documents, spans and statements, each now an import (the
    importing project's provenance, whatever origin the file gives)."""
    from dataclasses import replace

    from annotator.core.export import export
    from annotator.core.importing import import_files
    from annotator.core.store import Store

    def imported(record):
        return replace(
            record,
            spans=[replace(s, origin=Origin.IMPORT) for s in record.spans],
            statements=[replace(s, origin=Origin.IMPORT) for s in record.statements],
        )

    with sample_project(tmp_path / "sample.db") as store:
        assert export(store, "inception", tmp_path / "corpus.zip", status=EVERY_STATUS) == 2
        ours = [carried(imported(r)) for r in annotated_documents(store, status=EVERY_STATUS)]
    with Store(tmp_path / "back.db") as back:
        report = import_files(back, [tmp_path / "corpus.zip"])
        assert not report.failures and len(report.added) == 2
        theirs = [carried(r) for r in annotated_documents(back, status=EVERY_STATUS)]
    assert theirs == ours
