"""Label Studio: tasks as its JSON import reads them, and its JSON export read back.

A folder with `tasks.json` (one task per document: the text and its metadata in
`data`; accepted annotations as an `annotation`, suggestions as a `prediction`) and
`labeling-config.xml` (the project's labels, source categories, stances and ratings,
for Settings > Labeling Interface > Code). Each statement is a CLAIM region of its own
(two statements on one claim: two regions over the same words) carrying its category,
stance and rating as per-region choices and its speaker, short claim and note as
per-region text; its source mention says it (a relation "says", or "relays" for an
outlet passing it on), its cue reports it (a relation "cue"). Label Studio keeps no
rejected annotations and no history; offsets are code points, as Label Studio writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import ijson

from annotator.core.errors import InputError
from annotator.core.formats.opening import open_regular
from annotator.core.formats.records import (
    META_KEYS,
    AnnotatedDocument,
    imported_span,
    label_of,
)
from annotator.core.model import Document, Origin, Span, SpanKind, SpanStatus, Statement

TASKS, CONFIG = "tasks.json", "labeling-config.xml"
CHOICES = {"category": "source_category", "stance": "stance", "rating": "rating"}
TEXTS = {"speaker": "speaker", "short_claim": "short_claim", "note": "note"}
MODEL_VERSION = "annotator"


# writing --------------------------------------------------------------------------


def write_labelstudio(
    records: Iterable[AnnotatedDocument], folder: Path, taxonomy: dict[str, list]
) -> int:
    """The tasks and the labeling config into `folder`; returns the number of tasks."""
    count = 0
    with (folder / TASKS).open("w", encoding="utf-8") as out:
        out.write("[\n")
        for record in records:
            out.write(("" if count == 0 else ",\n") + json.dumps(task(record), ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    (folder / CONFIG).write_text(labeling_config(taxonomy), encoding="utf-8")
    return count


def task(record: AnnotatedDocument) -> dict:
    """One document as a Label Studio task: decisions annotated, suggestions predicted."""
    document = record.document
    data = {"text": document.text, "document_uid": document.uid}
    data.update({k: getattr(document, k) for k in META_KEYS if getattr(document, k)})
    results = {
        SpanStatus.ACCEPTED: _Results(document.text),
        SpanStatus.SUGGESTED: _Results(document.text),
    }
    spans = {s.uid: s for s in record.spans}
    stated = set()
    for statement in record.statements:
        claim = spans.get(statement.claim_uid)
        if claim is None or statement.status not in results:
            continue
        results[statement.status].add_statement(statement, claim, spans)
        stated.add(claim.uid)
    for span in record.spans:
        if span.uid not in stated and span.status in results:
            results[span.status].region(span)
    found: dict = {"data": data}
    if results[SpanStatus.ACCEPTED].items:
        found["annotations"] = [
            {
                "result": results[SpanStatus.ACCEPTED].items,
                "was_cancelled": False,
                "ground_truth": False,
            }
        ]
    if results[SpanStatus.SUGGESTED].items:
        found["predictions"] = [
            {"model_version": MODEL_VERSION, "result": results[SpanStatus.SUGGESTED].items}
        ]
    return found


@dataclass
class _Results:
    """The result list of one annotation or prediction: regions, their per-region
    values, and relations between regions."""

    text: str
    items: list[dict] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # span uid -> region id

    def region(self, span: Span, region_id: str | None = None) -> str:
        """A labelled region for a span (once per span unless given its own id)."""
        if region_id is None and span.uid in self.ids:
            return self.ids[span.uid]
        region_id = region_id or f"r{len(self.items) + 1}"
        self.ids.setdefault(span.uid, region_id)
        self.items.append(self._result(region_id, "label", "labels", span, labels=[label_of(span)]))
        return region_id

    def add_statement(self, statement: Statement, claim: Span, spans: dict[str, Span]) -> None:
        region = self.region(claim, f"s{len(self.items) + 1}")
        for name, attribute in CHOICES.items():
            if getattr(statement, attribute):
                stored = f"{name}:{getattr(statement, attribute)}"  # see labeling_config
                self.items.append(self._result(region, name, "choices", claim, choices=[stored]))
        for name, attribute in TEXTS.items():
            if getattr(statement, attribute):
                self.items.append(
                    self._result(
                        region, name, "textarea", claim, text=[getattr(statement, attribute)]
                    )
                )
        links = (
            (statement.source_uid, "relays" if statement.relay_of else "says"),
            (statement.cue_uid, "cue"),
        )
        for uid, kind in links:
            if uid in spans:
                self.items.append(
                    {
                        "from_id": self.region(spans[uid]),
                        "to_id": region,
                        "type": "relation",
                        "direction": "right",
                        "labels": [kind],
                    }
                )

    def _result(self, region: str, name: str, kind: str, span: Span, **value: list) -> dict:
        words = {"text": self.text[span.start : span.end]} if "text" not in value else {}
        return {
            "id": region,
            "from_name": name,
            "to_name": "text",
            "type": kind,
            "value": {"start": span.start, "end": span.end, **words, **value},
        }


def labeling_config(taxonomy: dict[str, list]) -> str:
    """The labeling interface for the project's lists: one Labels tag for every region,
    the relations, and a statement's fields shown when a CLAIM region is selected."""
    view = ElementTree.Element("View")
    labels = ElementTree.SubElement(view, "Labels", name="label", toName="text")
    regions = [("CLAIM", "#F0E442"), ("SOURCE", "#0072B2"), ("CUE", "#BBBBBB")]
    regions += [(entry.code, entry.color) for entry in taxonomy.get("entity", [])]
    for value, colour in regions:
        ElementTree.SubElement(labels, "Label", value=value, background=colour or "#BBBBBB")
    ElementTree.SubElement(view, "Text", name="text", value="$text")
    relations = ElementTree.SubElement(view, "Relations")
    for value in ("says", "relays", "cue"):
        ElementTree.SubElement(relations, "Relation", value=value)
    statement = ElementTree.SubElement(
        view, "View", visibleWhen="region-selected", whenTagName="label", whenLabelValue="CLAIM"
    )
    for name, kind in (("category", "source"), ("stance", "stance"), ("rating", "rating")):
        ElementTree.SubElement(statement, "Header", value=name.capitalize())
        choices = ElementTree.SubElement(
            statement, "Choices", name=name, toName="text", perRegion="true", choice="single"
        )
        for entry in taxonomy.get(kind, []):
            # Shown by name, stored as "rating:false": Label Studio's editor takes a bare
            # "true" or "false" for a boolean and fails on every task (1.23, seen).
            ElementTree.SubElement(
                choices, "Choice", value=entry.name, alias=f"{name}:{entry.code}"
            )
    for name in TEXTS:
        ElementTree.SubElement(statement, "Header", value=name.replace("_", " ").capitalize())
        ElementTree.SubElement(
            statement,
            "TextArea",
            name=name,
            toName="text",
            perRegion="true",
            maxSubmissions="1",
            editable="true",
        )
    ElementTree.indent(view)
    return ElementTree.tostring(view, encoding="unicode") + "\n"


# reading --------------------------------------------------------------------------


def read_labelstudio(path: str | Path) -> Iterator[AnnotatedDocument]:
    """Label Studio's JSON export (a list of tasks, or one task), read task by task
    (a large export is never held whole); a bad task names its number."""
    path = Path(path)
    with open_regular(path) as handle:
        first = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        handle.seek(0)
        if first not in (b"[", b"{"):
            raise InputError("not a Label Studio export (a JSON list of tasks)", path)
        prefix = "item" if first == b"[" else ""
        number = 0
        try:
            for number, raw in enumerate(ijson.items(handle, prefix, use_float=True), start=1):  # noqa: B007
                yield _task(raw, path, number)
        except ijson.JSONError as error:
            raise InputError(
                "not valid JSON after task {number} ({detail})",
                path,
                number=number,
                detail=str(error),
            ) from error
        except UnicodeDecodeError as error:
            raise InputError("not UTF-8 text", path) from error


def _task(raw: object, path: Path, number: int) -> AnnotatedDocument:
    try:
        if not isinstance(raw, dict) or not isinstance(raw.get("data"), dict):
            raise ValueError('a task is an object with "data"')
        data = raw["data"]
        text = _text_of(data, raw)
        meta: dict[str, Any] = {
            k: str(data[k]) for k in META_KEYS if isinstance(data.get(k), str | int) and data[k]
        }
        document = Document(text=text, **meta)
        reader = _Reader(text)
        for annotation in raw.get("annotations") or []:
            if isinstance(annotation, dict) and not annotation.get("was_cancelled"):
                reader.read(annotation.get("result"), SpanStatus.ACCEPTED, _who(annotation))
        for prediction in raw.get("predictions") or []:
            if isinstance(prediction, dict):
                reader.read(prediction.get("result"), SpanStatus.SUGGESTED, "")
        claimed = data.get("document_uid")
        return AnnotatedDocument(
            document,
            reader.spans(),
            reader.statements,
            claimed_uid=claimed if isinstance(claimed, str) else "",
        )
    except (ValueError, TypeError, KeyError) as error:
        raise InputError(
            "task {number}: {problem}", path, number=number, problem=str(error)
        ) from error


def _text_of(data: dict, raw: dict) -> str:
    """The task's text: the field the regions point to (`to_name`), else "text", else
    the only text field."""
    names = {
        item.get("to_name")
        for group in (raw.get("annotations") or []) + (raw.get("predictions") or [])
        if isinstance(group, dict)
        for item in (group.get("result") or [])
        if isinstance(item, dict)
    }
    for name in [*sorted(n for n in names if isinstance(n, str)), "text"]:
        if isinstance(data.get(name), str):
            return data[name]
    texts = [value for value in data.values() if isinstance(value, str) and value.strip()]
    if len(texts) == 1:
        return texts[0]
    raise ValueError('which field of "data" holds the text? (none is called "text")')


def _who(annotation: dict) -> str:
    """Who made an annotation: Label Studio writes a user's id, or an object with email."""
    person = annotation.get("completed_by")
    if isinstance(person, dict):
        return str(person.get("email") or person.get("id") or "")
    return f"labelstudio:{person}" if isinstance(person, int) else ""


class _Reader:
    """Regions, their values and relations, from the result lists of one task."""

    def __init__(self, text: str):
        self.text = text
        self._utf16: list[int] | None = None  # code point of each UTF-16 unit, if needed
        self._spans: dict[tuple, Span] = {}  # (start, end, kind, label) -> span
        self.statements: list[Statement] = []
        self._relayed: dict[str, Statement] = {}  # claim uid -> the words an outlet relays

    def spans(self) -> list[Span]:
        return list(self._spans.values())

    def read(self, result: object, status: SpanStatus, annotator: str) -> None:
        if not isinstance(result, list):
            return
        regions: dict[str, Span] = {}
        values: dict[str, dict[str, str]] = {}
        relations = []
        for item in result:
            if not isinstance(item, dict):
                continue
            if item.get("type") == "relation":
                relations.append(item)
            elif item.get("type") == "labels" and isinstance(item.get("value"), dict):
                for label in item["value"].get("labels") or []:
                    span = self._span(item["value"], str(label), status, annotator)
                    regions[str(item.get("id"))] = span
            elif isinstance(item.get("value"), dict):
                values.setdefault(str(item.get("id")), {}).update(_value(item))
        self._statements(regions, values, relations, status, annotator)

    def _span(self, value: dict, label: str, status: SpanStatus, annotator: str) -> Span:
        start, end = self._offsets(value)
        span = imported_span(start, end, label, status)
        key = (start, end, span.kind, span.label)
        known = self._spans.get(key)
        if known is None or (
            known.status == SpanStatus.SUGGESTED and status == SpanStatus.ACCEPTED
        ):
            span = Span(
                start,
                end,
                span.label,
                span.kind,
                Origin.IMPORT,
                status,
                annotator,
                uid=known.uid if known else span.uid,
            )
            self._spans[key] = span
        return self._spans[key]

    def _relabel(self, span: Span, label: str) -> None:
        key = (span.start, span.end, span.kind, span.label)
        if self._spans.get(key) is span:
            self._spans[key] = replace(span, label=label)

    def _offsets(self, value: dict) -> tuple[int, int]:
        """Code points, as Label Studio writes them; older versions counted UTF-16 units,
        told by the words the region says it holds."""
        start, end = value.get("start"), value.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise ValueError(f"a region's offsets {start!r}..{end!r} are not a stretch of text")
        words = value.get("text")
        if end <= len(self.text) and (not isinstance(words, str) or self.text[start:end] == words):
            return start, end
        if isinstance(words, str):
            if self._utf16 is None:
                self._utf16 = [
                    i for i, c in enumerate(self.text) for _ in range(1 + (ord(c) > 0xFFFF))
                ]
                self._utf16.append(len(self.text))
            if end < len(self._utf16):
                start16, end16 = self._utf16[start], self._utf16[end]
                if self.text[start16:end16] == words:
                    return start16, end16
        raise ValueError(
            f"the region {start}..{end} does not hold the words it names ({words!r:.40})"
        )

    def _statements(
        self,
        regions: dict,
        values: dict,
        relations: list,
        status: SpanStatus,
        annotator: str,
    ) -> None:
        links: dict[str, dict[str, Span]] = {}
        relayed: set[str] = set()
        for relation in relations:
            source, target = regions.get(str(relation.get("from_id"))), str(relation.get("to_id"))
            labels = relation.get("labels") or ["says"]
            if source is None or target not in regions:
                continue
            kind = "cue" if "cue" in labels else "source"
            links.setdefault(target, {})[kind] = source
            if "relays" in labels:
                relayed.add(target)
        by_claim = self._relayed  # the first statement that relays nothing, per claim
        made = []
        for region, claim in regions.items():
            if claim.kind != SpanKind.CLAIM:
                continue
            fields = values.get(region, {})
            source, cue = links.get(region, {}).get("source"), links.get(region, {}).get("cue")
            statement = Statement(
                claim.uid,
                source.uid if source else None,
                cue_uid=cue.uid if cue else None,
                speaker=fields.get("speaker")
                or (self.text[source.start : source.end] if source else ""),
                source_category=fields.get("source_category", ""),
                stance=fields.get("stance", ""),
                rating=fields.get("rating", ""),
                note=fields.get("note", ""),
                short_claim=fields.get("short_claim", ""),
                origin=Origin.IMPORT,
                status=status,
                annotator=annotator,
            )
            made.append((region, statement))
            if source is not None and statement.source_category:  # a mention is labelled so
                self._relabel(source, statement.source_category)
            if region not in relayed:
                by_claim.setdefault(claim.uid, statement)
        for region, statement in made:
            if region in relayed and statement.claim_uid in by_claim:
                statement = replace(statement, relay_of=by_claim[statement.claim_uid].uid)
            self.statements.append(statement)


def _value(item: dict) -> dict[str, str]:
    """A per-region value by our field name: a choice's code, a text area's text."""
    name, value = item.get("from_name"), item["value"]
    if name in CHOICES and value.get("choices"):
        chosen = str(value["choices"][0])  # "rating:false" as we write it, else as it is
        return {CHOICES[name]: chosen.removeprefix(f"{name}:")}
    if name in TEXTS and isinstance(value.get("text"), list):
        return {TEXTS[name]: "\n".join(str(t) for t in value["text"])}
    return {}
