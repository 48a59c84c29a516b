"""brat standoff: NAME.txt with the text and NAME.ann with the annotations.

T lines are spans (entity labels, Claim, Source, Cue), A lines a source
mention's (or, without one, a claim's) SourceCategory and Stance and a claim's
Rating, R lines link a source to its claim (Says, or Relays for an outlet passing
on another's words), # lines hold notes and speakers. Offsets are code points,
end exclusive. Labels, values and notes are written so that no word of a project can
break a line or brat's syntax, and read back as they were (brat_fields.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.formats.brat_fields import (
    NOTE_JOIN,
    OUR_TYPES,
    covered_text,
    label_text,
    label_word,
    note_parts,
    note_text,
)
from annotator.core.formats.opening import leads_out, read_regular
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.text import MAX_BYTES, decode, normalize_newlines, parse_header
from annotator.core.language import detect_language
from annotator.core.model import Document, Origin, Span, SpanKind, SpanStatus, Statement

OUR_KINDS = (SpanKind.CLAIM, SpanKind.SOURCE_MENTION, SpanKind.CUE)
TYPE_OF_KIND = dict(zip(OUR_KINDS, OUR_TYPES, strict=True))  # Claim, Source, Cue
KIND_OF_TYPE = {name: kind for kind, name in TYPE_OF_KIND.items()}
_T = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_A = re.compile(r"^(A\d+)\t(\S+) (T\d+)(?: (\S+))?$")
_R = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
_NOTE = re.compile(r"^(#\d+)\tAnnotatorNotes (T\d+)\t(.*)$")


def brat_name(index: int, document: Document) -> str:
    """A file name that cannot leave the export folder: a number and the text's hash."""
    return f"{index:05d}_{document.uid[:12]}"


def write_brat(records: Iterable[AnnotatedDocument], folder: Path) -> int:
    """NAME.txt and NAME.ann per document, then annotation.conf and visual.conf that
    declare every type, relation and attribute value the .ann files use (brat's own
    checks report anything undeclared)."""
    used = Used()
    count = 0
    for count, record in enumerate(records, start=1):  # noqa: B007
        name = brat_name(count, record.document)
        (folder / f"{name}.txt").write_text(record.document.text, encoding="utf-8", newline="")
        (folder / f"{name}.ann").write_text(
            "".join(ann_lines(record, used)), encoding="utf-8", newline=""
        )
    (folder / "annotation.conf").write_text(used.annotation_conf(), encoding="utf-8")
    (folder / "visual.conf").write_text(used.visual_conf(), encoding="utf-8")
    return count


class Used:
    """The entity types, relations and attribute values an export's files use."""

    def __init__(self) -> None:
        self.types: dict[str, None] = dict.fromkeys(OUR_TYPES)
        self.relations: dict[str, None] = {}
        self.attributes: dict[str, dict[str, set[str]]] = {}  # name -> value -> its types

    def attribute(self, name: str, value: str, on_type: str) -> None:
        self.attributes.setdefault(name, {}).setdefault(value, set()).add(on_type)

    def annotation_conf(self) -> str:
        entities = "\n".join(self.types)
        relations = [f"{name}\tArg1:Source, Arg2:Claim" for name in self.relations]
        # Claims hold their sources, cues and entities; mentions may overlap each other.
        relations.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>")
        attributes = []
        for name, values in self.attributes.items():
            types = sorted({t for on in values.values() for t in on})
            attributes.append(f"{name}\tArg:{'|'.join(types)}, Value:{'|'.join(sorted(values))}")
        return (
            f"[entities]\n{entities}\n\n[relations]\n" + "\n".join(relations)
            + "\n\n[events]\n\n[attributes]\n" + "\n".join(attributes) + "\n"
        )  # fmt: skip

    def visual_conf(self) -> str:
        labels = "\n".join(f"{t} | {t}" for t in [*self.types, *self.relations])
        drawing = "\n".join(
            f"{t}\tbgColor:{VISUAL.get(t, '#dddddd')}" for t in self.types
        )  # fmt: skip
        return f"[labels]\n{labels}\n\n[drawing]\n{drawing}\n"


VISUAL = {"Claim": "#fff2a8", "Source": "#ffd8b0", "Cue": "#e0e0e0"}


def ann_lines(record: AnnotatedDocument, used: Used | None = None) -> list[str]:
    used = used if used is not None else Used()
    text = record.document.text
    ids: dict[str, str] = {}
    kinds: dict[str, str] = {}
    lines: list[str] = []
    for span in record.spans:
        ids[span.uid] = f"T{len(ids) + 1}"
        covered = covered_text(text[span.start : span.end])
        kind = kinds[ids[span.uid]] = TYPE_OF_KIND.get(span.kind) or label_word(span.label)
        used.types.setdefault(kind)
        lines.append(f"{ids[span.uid]}\t{kind} {span.start} {span.end}\t{covered}\n")
    counters = {"A": 0, "R": 0, "#": 0}
    said: set[tuple[str, str]] = set()  # (attribute, span): one of each, as brat requires
    notes: dict[str, list[str]] = {}  # one note per span, its parts joined

    def attribute(name: str, target: str, value: str) -> None:
        if (name, target) in said:
            return
        said.add((name, target))
        value = label_word(value)
        used.attribute(name, value, kinds[target])
        counters["A"] += 1
        lines.append(f"A{counters['A']}\t{name} {target} {value}\n")

    def note(target: str, part: str) -> None:
        if part not in notes.setdefault(target, []):
            notes[target].append(part)

    for span in record.spans:  # undecided or rejected: said, so a re-import keeps it
        if span.status != SpanStatus.ACCEPTED:
            attribute("Status", ids[span.uid], str(span.status))
    by_uid = {s.uid: s for s in record.statements}
    for statement in record.statements:
        claim = ids.get(statement.claim_uid)
        if claim is None:
            continue
        holder = ids.get(statement.source_uid or "", claim)
        for name, value in (
            ("SourceCategory", statement.source_category),
            ("Stance", statement.stance),
        ):
            if value:
                attribute(name, holder, value)
        if statement.rating:
            attribute("Rating", claim, statement.rating)
        if holder != claim:
            relayed = by_uid.get(statement.relay_of or "")
            relation = "Relays" if relayed else "Says"
            used.relations.setdefault(relation)
            counters["R"] += 1
            lines.append(f"R{counters['R']}\t{relation} Arg1:{holder} Arg2:{claim}\n")
        if statement.speaker:
            note(holder, f"speaker: {note_text(statement.speaker)}")
        if statement.note:
            note(holder, f"note: {note_text(statement.note)}")
    for target, parts in notes.items():
        counters["#"] += 1
        lines.append(f"#{counters['#']}\tAnnotatorNotes {target}\t{NOTE_JOIN.join(parts)}\n")
    return lines


FRAGMENT = "+"  # "T1+2": the second piece of the discontinuous entity T1


def read_brat(txt_path: str | Path) -> AnnotatedDocument:
    """A .txt and its .ann beside it; a bad line names the .ann file and line."""
    txt_path = Path(txt_path)
    ann_path = txt_path.with_suffix(".ann")
    if leads_out(ann_path, txt_path.parent):
        raise InputError("a link to a file outside its folder; not followed", ann_path)
    try:
        raw = decode(read_regular(txt_path, MAX_BYTES), txt_path)
        ann = decode(read_regular(ann_path, MAX_BYTES), ann_path)
    except OSError as error:
        raise InputError(
            "cannot read: {reason}", error.filename, reason=error.strerror or str(error)
        ) from error
    text = normalize_newlines(raw)
    if not text.strip():
        raise InputError("is empty", txt_path)
    fields = parse_header(text)
    document = Document(
        text=text,
        title=fields.get("title", txt_path.stem),
        outlet=fields.get("outlet", ""),
        published=fields.get("published", ""),
        lang=detect_language(text),
        source_path=str(txt_path),
    )
    # The .ann counts offsets in the file as it is: with Windows line ends, each "\r\n"
    # is two characters there and one in the stored text.
    spans, statements = _parse_ann(ann, raw, ann_path)
    return AnnotatedDocument(document, _without_carriage_returns(spans, raw), statements)


def _without_carriage_returns(spans: list[Span], raw: str) -> list[Span]:
    removed = [m.start() for m in re.finditer("\r\n", raw)]
    if not removed:
        return spans
    return [
        replace(
            s,
            start=s.start - bisect_left(removed, s.start),
            end=s.end - bisect_left(removed, s.end),
        )
        for s in spans
    ]


def _parse_ann(ann: str, text: str, path: Path) -> tuple[list[Span], list[Statement]]:
    spans: dict[str, Span] = {}
    attributes: dict[str, dict[str, str]] = {}
    notes: dict[str, dict[str, str]] = {}
    links: list[tuple[str, str, str]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            _parse_ann_line(line, text, spans, attributes, notes, links)
        except ValueError as error:
            raise InputError(str(error), path, number) from error
    for tid, span in list(spans.items()):  # a source mention is labelled by its category
        said = attributes.get(tid.partition(FRAGMENT)[0], {})  # a fragment: its entity's
        category = said.get("SourceCategory")
        if span.kind == SpanKind.SOURCE_MENTION and category:
            span = spans[tid] = replace(span, label=category)
        status = said.get("Status")
        if status in {s.value for s in SpanStatus}:  # absent: a person's annotation
            spans[tid] = replace(span, status=SpanStatus(status))
    return list(spans.values()), _statements(spans, attributes, notes, links)


def _parse_ann_line(
    line: str,
    text: str,
    spans: dict[str, Span],
    attributes: dict[str, dict[str, str]],
    notes: dict[str, dict[str, str]],
    links: list[tuple[str, str, str]],
) -> None:
    if match := _T.match(line):
        tid, kind_name, ranges, _covered = match.groups()
        pieces = [tuple(map(int, r.split())) for r in ranges.split(";")]
        for (a, b), following in zip(pieces, [*pieces[1:], None], strict=True):
            if a >= b or (following is not None and following[0] < b):
                raise ValueError(
                    f"{tid} has pieces {ranges} that are empty, out of order or overlapping"
                )
        start, end = pieces[0][0], pieces[-1][1]
        if not 0 <= start < end <= len(text):
            raise ValueError(f"{tid} {start}..{end} lies outside the text ({len(text)} characters)")
        kind = KIND_OF_TYPE.get(kind_name, SpanKind.ENTITY)
        if len(pieces) > 1 and kind != SpanKind.ENTITY:  # never widened over the gap
            raise ValueError(
                f"{tid} is a {kind_name} in pieces ({ranges}); annotator keeps a claim, source "
                "or cue in one piece: join the pieces or split it in brat"
            )
        label = {SpanKind.CLAIM: "claim", SpanKind.SOURCE_MENTION: "source"}.get(
            kind, label_text(kind_name)
        )
        for number, (a, b) in enumerate(pieces, start=1):  # an entity in pieces: each its own
            piece = tid if number == 1 else f"{tid}{FRAGMENT}{number}"
            spans[piece] = Span(
                a, b, label, kind=kind, origin=Origin.IMPORT, status=SpanStatus.ACCEPTED
            )
    elif match := _A.match(line):
        _aid, name, target, value = match.groups()
        _known(target, spans)
        attributes.setdefault(target, {})[name] = label_text(value) if value else "true"
    elif match := _R.match(line):
        _rid, name, source, claim = match.groups()
        _known(source, spans)
        _known(claim, spans)
        links.append((name, source, claim))
    elif match := _NOTE.match(line):
        _nid, target, note = match.groups()
        _known(target, spans)
        notes.setdefault(target, {}).update(note_parts(note))
    elif not line.startswith(("#", "E", "M", "N", "*")):
        raise ValueError(f"not a brat annotation line: {line[:60]!r}")


def _known(tid: str, spans: dict[str, Span]) -> None:
    if tid not in spans:
        raise ValueError(f"refers to {tid}, which is not defined above")


def _statements(
    spans: dict[str, Span],
    attributes: dict[str, dict[str, str]],
    notes: dict[str, dict[str, str]],
    links: list[tuple[str, str, str]],
) -> list[Statement]:
    statements: dict[tuple[str, str], Statement] = {}
    linked_claims = set()
    for name, source, claim in links:
        linked_claims.add(claim)
        statements[(source, claim)] = _statement(
            spans, source, claim, attributes, notes, rated=name != "Relays"
        )
    for tid, span in spans.items():
        if span.kind == SpanKind.CLAIM and tid not in linked_claims:
            statements[(tid, tid)] = _statement(spans, None, tid, attributes, notes, rated=True)
    # An outlet's statement relays the other statement on the same claim.
    for name, source, claim in links:
        if name == "Relays":
            other = next(
                (s for (src, c), s in statements.items() if c == claim and src != source), None
            )
            if other is not None:
                mine = statements[(source, claim)]
                statements[(source, claim)] = replace(mine, relay_of=other.uid)
    return list(statements.values())


def _statement(
    spans: dict[str, Span],
    source: str | None,
    claim: str,
    attributes: dict[str, dict[str, str]],
    notes: dict[str, dict[str, str]],
    rated: bool,
) -> Statement:
    """A claim's Rating belongs to its own statements, not to an outlet's relay of them."""
    holder = source or claim
    values = attributes.get(holder, {})
    return Statement(
        claim_uid=spans[claim].uid,
        source_uid=spans[source].uid if source else None,
        speaker=notes.get(holder, {}).get("speaker", ""),
        source_category=values.get("SourceCategory", ""),
        stance=values.get("Stance", ""),
        rating=attributes.get(claim, {}).get("Rating", "") if rated else "",
        note=notes.get(holder, {}).get("note", ""),
        origin=Origin.IMPORT,
        status=spans[claim].status,  # as its claim was when exported (accepted if unsaid)
    )
