"""INCEpTION / UIMA CAS XMI: one zip holding TypeSystem.xml and an XMI file per document.

Carried, exactly: the text; its title and URL in DKPro's DocumentMetaData (with
our `outlet` and `published` features added to it) and its language as the CAS's
document language; every span with its offsets, label, status, origin and annotator:
entities as DKPro's NamedEntity (`value` is the label; our `status`, `origin` and
`annotator` features are added to the type), claims, source mentions (`category` is
their label) and cues as `webanno.custom.Claim`, `.Source` and `.Cue`; every statement
as a `webanno.custom.Statement` relation from its source mention (Governor) to its
claim (Dependent), with its cue, the statement it relays (`relayOf`) and its fields.
Not carried: uids (the reader makes new ones and links statements to the new spans),
a span's or statement's reasons and time of change, whether a document was done.
A claim no statement stands on comes back with a statement without a source, as from
the other formats' readers.

Offsets are code points here and UTF-16 code units in the XMI, as Java counts them;
cassis converts both ways. Characters XML 1.0 cannot hold (control characters such as
a form feed) are written as spaces, which keeps every offset.

A zip is read as an adversary may have made it: in memory, member sizes capped from
the directory and while reading, no XML with a DOCTYPE or any other declaration, and
every reference and offset checked before a document is given out.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import cassis
from cassis import Cas, TypeSystem
from cassis.typesystem import FeatureStructure

from annotator.core.errors import InputError
from annotator.core.formats.opening import open_regular
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.text import MAX_DOCUMENT_CHARS
from annotator.core.model import Document, Origin, Span, SpanKind, SpanStatus, Statement, new_uid

CLAIM, SOURCE, CUE = "webanno.custom.Claim", "webanno.custom.Source", "webanno.custom.Cue"
STATEMENT = "webanno.custom.Statement"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPE_OF_KIND = {
    SpanKind.ENTITY: NAMED_ENTITY,
    SpanKind.CLAIM: CLAIM,
    SpanKind.SOURCE_MENTION: SOURCE,
    SpanKind.CUE: CUE,
}
LABEL_FEATURE = {NAMED_ENTITY: "value", SOURCE: "category"}  # claims and cues: a fixed label
FIXED_LABEL = {SpanKind.CLAIM: "claim", SpanKind.SOURCE_MENTION: "source", SpanKind.CUE: "cue"}
DECISION = ("status", "origin", "annotator")
STATEMENT_TEXTS = {  # feature -> Statement field
    "category": "source_category",
    "stance": "stance",
    "rating": "rating",
    "speaker": "speaker",
    "note": "note",
    "shortClaim": "short_claim",
}
REFERENCES = {"Governor": SOURCE, "Dependent": CLAIM, "cue": CUE, "relayOf": STATEMENT}
METADATA_TEXTS = ("documentTitle", "documentId", "documentUri", "outlet", "published")

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 2**20
MAX_TOTAL_BYTES = 512 * 2**20
MAX_RATIO = 200  # XMI deflates about 10:1; a zip bomb about 1000:1
RATIO_FROM_BYTES = 2**20  # below a megabyte a member can do no harm whatever its ratio
MAX_DIRECTORY_BYTES = MAX_MEMBERS * 1024
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DECLARATION = re.compile(rb"<!(?!--|\[CDATA\[)")  # DOCTYPE, ENTITY, ELEMENT, ATTLIST...
_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_SOFA_STRING = re.compile(rb"""\bsofaString\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE = re.compile(rb"&[^;&]{1,10};")


def typesystem() -> TypeSystem:
    """Our layers, and the DKPro types INCEpTION shows by default with our features added."""
    ts = TypeSystem()
    for name, texts in (
        (NAMED_ENTITY, ("value", *DECISION)),
        (CLAIM, DECISION),
        (SOURCE, ("category", *DECISION)),
        (CUE, DECISION),
        (STATEMENT, (*STATEMENT_TEXTS, *DECISION)),
    ):
        created = ts.create_type(name, supertypeName="uima.tcas.Annotation")
        for feature in texts:
            ts.create_feature(created, feature, "uima.cas.String")
    for feature, target in REFERENCES.items():
        ts.create_feature(ts.get_type(STATEMENT), feature, target)
    metadata = ts.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
    for feature in METADATA_TEXTS:
        ts.create_feature(metadata, feature, "uima.cas.String")
    return ts


def member_name(index: int, document: Document) -> str:
    """A name that cannot leave a folder when unzipped: a number and the text's hash."""
    return f"{index:04d}-{document.uid[:12]}.xmi"


def write_inception(records: Iterable[AnnotatedDocument], path: Path) -> int:
    """A zip of TypeSystem.xml and one XMI per document; returns the number of documents."""
    ts = typesystem()
    count = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("TypeSystem.xml", ts.to_xml())
        for count, record in enumerate(records, start=1):  # noqa: B007
            name = member_name(count, record.document)
            archive.writestr(name, to_cas(record, ts, name.removesuffix(".xmi")).to_xmi())
    return count


def _xml(value: str) -> str | None:
    """A string as XML 1.0 can hold it; None (the feature left out) for an empty one."""
    return _NOT_XML.sub(" ", value) if value else None


def to_cas(record: AnnotatedDocument, ts: TypeSystem, document_id: str) -> Cas:
    """A document's CAS; its DocumentMetaData's documentId is the member's name."""
    document = record.document
    cas = Cas(typesystem=ts)
    cas.sofa_string = _NOT_XML.sub(" ", document.text)  # one character for one: offsets hold
    values = (document.title, document_id, document.url, document.outlet, document.published)
    cas.add(
        ts.get_type(METADATA)(
            begin=0,
            end=len(document.text),
            language=_xml(document.lang),
            **{name: _xml(value) for name, value in zip(METADATA_TEXTS, values, strict=True)},
        )
    )
    annotations = {}  # span uid -> its annotation
    for span in record.spans:
        type_name = TYPE_OF_KIND[span.kind]
        features = {name: _xml(str(getattr(span, name))) for name in DECISION}
        if type_name in LABEL_FEATURE:
            features[LABEL_FEATURE[type_name]] = _xml(span.label)
        annotations[span.uid] = ts.get_type(type_name)(begin=span.start, end=span.end, **features)
        cas.add(annotations[span.uid])
    _add_statements(cas, record.statements, annotations)
    return cas


def _add_statements(
    cas: Cas, statements: list[Statement], annotations: dict[str, FeatureStructure]
) -> None:
    def annotation(uid: str | None, type_name: str) -> FeatureStructure | None:
        found = annotations.get(uid or "")
        return found if found is not None and found.type.name == type_name else None

    written = {}  # statement uid -> its annotation
    for statement in statements:
        claim = annotation(statement.claim_uid, CLAIM)
        if claim is None:  # its claim is not exported (filtered out by status)
            continue
        written[statement.uid] = cas.typesystem.get_type(STATEMENT)(
            begin=claim.begin,
            end=claim.end,
            Dependent=claim,
            Governor=annotation(statement.source_uid, SOURCE),
            cue=annotation(statement.cue_uid, CUE),
            **{name: _xml(getattr(statement, field)) for name, field in STATEMENT_TEXTS.items()},
            **{name: _xml(str(getattr(statement, name))) for name in DECISION},
        )
        cas.add(written[statement.uid])
    for statement in statements:  # relays last: the statement relayed may come after
        if statement.uid in written and statement.relay_of in written:
            written[statement.uid].relayOf = written[statement.relay_of]


def read_inception(path: str | Path) -> Iterator[AnnotatedDocument]:
    """The documents of such a zip, ours or INCEpTION's ("UIMA CAS XMI"): our layers
    and named entities are read, other layers (tokens, sentences...) left out."""
    path = Path(path)
    _check_directory(path)
    with open_regular(path) as handle:
        try:
            archive = zipfile.ZipFile(handle)
        except Exception as error:  # zipfile raises many kinds on a damaged directory
            raise InputError(
                "not a zip file, or a damaged one ({detail})", path, detail=_brief(error)
            ) from error
        with archive:
            yield from _documents(archive, path)


def _documents(archive: zipfile.ZipFile, path: Path) -> Iterator[AnnotatedDocument]:
    documents, typesystems = _members(archive, path)
    ts = _typesystem([_read(archive, info, path) for info in typesystems], path)
    for info in documents:
        data = _read(archive, info, path)
        cas = _load_cas(data, ts, info.filename, path)
        try:
            record = _record(cas)
        except (ValueError, TypeError, AttributeError) as error:
            raise InputError(
                "{member!r}: {problem}", path, member=info.filename, problem=str(error)
            ) from error
        yield record


def _check_directory(path: Path) -> None:
    """Refuse a directory too large for MAX_MEMBERS before zipfile reads it: zipfile
    makes an object of every entry there, whatever count the zip declares."""
    try:
        with open_regular(path) as handle:
            size = handle.seek(0, io.SEEK_END)
            start = max(0, size - 2**16 - 22 - 20)  # a comment, the end record, a ZIP64 locator
            handle.seek(start)
            tail = handle.read()
    except OSError as error:
        raise InputError(
            "cannot read: {reason}", path, reason=error.strerror or str(error)
        ) from error
    # Where zipfile looks: the end record without a comment, else the last one found.
    end = len(tail) - 22
    if not (end >= 0 and tail[end : end + 4] == b"PK\x05\x06" and tail[-2:] == b"\0\0"):
        end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) - end < 22:
        raise InputError("not a zip file", path)
    if tail[max(0, end - 20) : end].startswith(b"PK\x06\x07"):
        raise InputError("is a ZIP64 archive: over 65,535 members or 4 GiB, too large", path)
    directory_bytes = struct.unpack_from("<L", tail, end + 12)[0]
    if directory_bytes > MAX_DIRECTORY_BYTES:
        raise InputError("has a directory for more than {limit:,} members", path, limit=MAX_MEMBERS)


def _members(archive: zipfile.ZipFile, path: Path) -> tuple[list, list]:
    """The XMI members and TypeSystem.xml members (by name only: folders mean nothing),
    each checked by what the directory says of it."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputError(
            "has {count:,} members; the limit is {limit:,}",
            path,
            count=len(infos),
            limit=MAX_MEMBERS,
        )
    documents = [i for i in infos if i.filename.lower().endswith(".xmi")]
    typesystems = [
        i for i in infos if re.split(r"[/\\]", i.filename)[-1].lower() == "typesystem.xml"
    ]
    if not documents:
        raise InputError("holds no .xmi file (export from INCEpTION as UIMA CAS XMI)", path)
    for info in documents + typesystems:
        if info.file_size > MAX_MEMBER_BYTES:
            raise InputError(
                "{member!r} is {size:,} bytes; the limit is {limit:,}",
                path,
                member=info.filename,
                size=info.file_size,
                limit=MAX_MEMBER_BYTES,
            )
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise InputError(
                "{member!r} is compressed beyond reason (a zip bomb?)", path, member=info.filename
            )
    if sum(i.file_size for i in documents + typesystems) > MAX_TOTAL_BYTES:
        raise InputError("holds more than {limit:,} bytes of XML", path, limit=MAX_TOTAL_BYTES)
    return documents, typesystems


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    """A member's bytes, read with a cap: the directory may lie about its size (what it
    says was checked, so the total read stays under MAX_TOTAL_BYTES too)."""
    cap = min(MAX_MEMBER_BYTES, info.file_size)
    try:
        with archive.open(info) as member:
            data = member.read(cap + 1)
    except Exception as error:  # zipfile and its codecs raise many kinds on a bad member
        raise InputError(
            "{member!r} cannot be read ({detail})", path, member=info.filename, detail=_brief(error)
        ) from error
    if len(data) > cap:
        raise InputError(
            "{member!r} is larger than the zip's directory says", path, member=info.filename
        )
    _refuse_declarations(data, info.filename, path)
    return data


def _refuse_declarations(data: bytes, member: str, path: Path) -> None:
    """No DOCTYPE or ENTITY reaches a parser (entity expansion, external files). The
    XML must be UTF-8 for this check to see what a parser would."""
    body = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    match = _ENCODING.match(body)
    if (
        not body.startswith(b"<")
        or b"\0" in data
        or (match and match.group(1).lower() not in (b"utf-8", b"utf8", b"us-ascii", b"ascii"))
    ):
        raise InputError("{member!r} is not XML in UTF-8", path, member=member)
    if _DECLARATION.search(data):
        raise InputError("{member!r} declares a DOCTYPE or entities; refused", path, member=member)


def _typesystem(sources: list[bytes], path: Path) -> TypeSystem:
    """The zip's own type system (several are merged); ours when it has none."""
    if not sources:
        return typesystem()
    try:
        loaded = [cassis.load_typesystem(io.BytesIO(data)) for data in sources]
        return loaded[0] if len(loaded) == 1 else cassis.merge_typesystems(*loaded)
    except Exception as error:  # cassis, lxml and toposort raise many kinds
        raise InputError(
            "TypeSystem.xml cannot be read ({detail})", path, detail=_brief(error)
        ) from error


def _brief(error: Exception) -> str:
    return f"{type(error).__name__}: {str(error)[:200]}"


def _load_cas(data: bytes, ts: TypeSystem, member: str, path: Path) -> Cas:
    _check_text_lengths(data, member, path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            # Lenient: layers the type system does not declare are left out. Trusted (lxml's
            # huge_tree): a long text is one attribute, over lxml's 10 MB default; what
            # that limit guards against is refused above (declarations, sizes).
            cas = cassis.load_cas_from_xmi(io.BytesIO(data), ts, lenient=True, trusted=True)
        except Exception as error:  # lxml, cassis and attrs raise many kinds
            raise InputError(
                "{member!r} is not UIMA CAS XMI ({detail})",
                path,
                member=member,
                detail=_brief(error),
            ) from error
    # cassis warns, and keeps the number, for an offset outside the text or inside a
    # character (half of a UTF-16 pair): either would put a span on the wrong words.
    for warning in caught:
        if "offset" in str(warning.message):
            raise InputError(
                "{member!r}: a bad offset ({detail})",
                path,
                member=member,
                detail=str(warning.message),
            )
    return cas


def _check_text_lengths(data: bytes, member: str, path: Path) -> None:
    """cassis maps every character of its texts (views) to UTF-16 offsets, in two
    dictionaries, before we see them: overlong texts are refused before cassis reads them."""
    length = 0
    for match in _SOFA_STRING.finditer(data):
        raw = match.group(1) if match.group(1) is not None else match.group(2)
        length += len(_REFERENCE.sub(b"x", raw).decode("utf-8", "replace"))
    if length > MAX_DOCUMENT_CHARS:
        raise InputError(
            "{member!r} holds {length:,} characters of text; the limit is {limit:,}",
            path,
            member=member,
            length=length,
            limit=MAX_DOCUMENT_CHARS,
        )


def _record(cas: Cas) -> AnnotatedDocument:
    text = cas.sofa_string
    if not isinstance(text, str) or not text.strip():
        raise ValueError("has no text")
    document = _document(cas, text)
    spans: dict[int, Span] = {}  # xmi:id -> span
    for kind, type_name in TYPE_OF_KIND.items():
        for annotation in _select(cas, type_name):
            spans[annotation.xmiID] = _span(annotation, kind, type_name, len(text))
    statements = _statements(cas, spans)
    standing = {s.claim_uid for s in statements}
    statements += [
        Statement(claim_uid=s.uid, origin=Origin.IMPORT, status=s.status)
        for s in spans.values()
        if s.kind == SpanKind.CLAIM and s.uid not in standing
    ]
    return AnnotatedDocument(document, list(spans.values()), statements)


def _select(cas: Cas, type_name: str) -> list:
    return cas.select(type_name) if cas.typesystem.contains_type(type_name) else []


def _text(annotation: FeatureStructure | None, feature: str) -> str:
    """A String feature's value; "" when unset or when the type has no such feature."""
    value = getattr(annotation, feature, None)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{feature} of xmi:id {getattr(annotation, 'xmiID', '?')} is not text")
    return value or ""


def _document(cas: Cas, text: str) -> Document:
    found = _select(cas, METADATA) or _select(cas, "uima.tcas.DocumentAnnotation")
    meta = found[0] if found else None
    language = _text(meta, "language")
    url = _text(meta, "documentUri")
    return Document(
        text=text,
        title=_text(meta, "documentTitle"),
        lang="" if language == "x-unspecified" else language,  # UIMA's "not known"
        url="" if url.startswith("file:") else url,  # a file on INCEpTION's server
        outlet=_text(meta, "outlet"),
        published=_text(meta, "published"),
    )


def _decision(annotation: FeatureStructure, status: SpanStatus) -> dict[str, Any]:
    """Status, origin and annotator; a file without them holds a person's decisions."""
    return {
        "status": SpanStatus(_text(annotation, "status") or status),
        "origin": Origin(_text(annotation, "origin") or Origin.IMPORT),
        "annotator": _text(annotation, "annotator"),
    }


def _span(annotation: FeatureStructure, kind: SpanKind, type_name: str, length: int) -> Span:
    begin, end = getattr(annotation, "begin", None), getattr(annotation, "end", None)
    where = f"{type_name.rsplit('.', 1)[-1]} xmi:id {annotation.xmiID}"
    if not (isinstance(begin, int) and isinstance(end, int) and 0 <= begin < end <= length):
        raise ValueError(f"{where} at {begin}..{end} is empty or lies outside the text ({length})")
    label = FIXED_LABEL.get(kind, "")
    if type_name in LABEL_FEATURE:  # an entity subtype without a value: its type's name
        own_type = annotation.type.name.rsplit(".", 1)[-1]
        label = _text(annotation, LABEL_FEATURE[type_name]) or label or own_type
    return Span(begin, end, label, kind=kind, **_decision(annotation, SpanStatus.ACCEPTED))


def _statements(cas: Cas, spans: dict[int, Span]) -> list[Statement]:
    found = _select(cas, STATEMENT)
    uids = {annotation.xmiID: new_uid() for annotation in found}
    statements = []
    for annotation in found:
        where = f"Statement xmi:id {annotation.xmiID}"
        claim = _linked(annotation, "Dependent", SpanKind.CLAIM, spans, where)
        if claim is None:
            raise ValueError(f"{where} has no Dependent (its claim)")
        source = _linked(annotation, "Governor", SpanKind.SOURCE_MENTION, spans, where)
        cue = _linked(annotation, "cue", SpanKind.CUE, spans, where)
        relayed = getattr(annotation, "relayOf", None)
        if relayed is not None and getattr(relayed, "xmiID", None) not in uids:
            raise ValueError(f"{where} relays an annotation that is not a Statement here")
        texts: dict[str, Any] = {f: _text(annotation, n) for n, f in STATEMENT_TEXTS.items()}
        statements.append(
            Statement(
                claim_uid=claim.uid,
                source_uid=source.uid if source else None,
                cue_uid=cue.uid if cue else None,
                relay_of=uids[relayed.xmiID] if relayed is not None else None,
                uid=uids[annotation.xmiID],
                **texts,
                **_decision(annotation, claim.status),
            )
        )
    return statements


def _linked(
    annotation: FeatureStructure, feature: str, kind: SpanKind, spans: dict[int, Span], where: str
) -> Span | None:
    target = getattr(annotation, feature, None)
    if target is None:
        return None
    span = spans.get(getattr(target, "xmiID", -1))
    if span is None or span.kind != kind:
        wanted = TYPE_OF_KIND[kind].rsplit(".", 1)[-1]
        raise ValueError(f"{where}: its {feature} is not a {wanted} annotation of this text")
    return span
