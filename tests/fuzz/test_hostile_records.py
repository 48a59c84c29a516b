"""Every reader against records an attacker would craft: plausible in shape, wrong in
their values (float offsets, objects for labels, lone surrogates, duplicate uids,
unknown languages, pieces out of order, corrupted DocBin fields, XMI attributes).

The property, through the real import: a file is imported with valid data, or it
fails with an InputError naming it (never another exception), and the project stays
consistent. HYPOTHESIS_PROFILE=long for the long run.
"""

import io
import json
import re
import zipfile
import zlib

import srsly
from hypothesis import assume, given
from hypothesis import strategies as st

from annotator.core import nlp
from annotator.core.errors import InputError
from annotator.core.formats.inception import write_inception
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.spacy_docbin import to_doc
from annotator.core.importing import import_files
from annotator.core.language import known_language
from annotator.core.model import Document, Origin, Span, SpanKind, SpanStatus, text_uid
from annotator.core.store import Store

TEXT = "Selon TASS, Medinskiy a déclaré que la rencontre à Istanbul était « utile ».\n"

# Values where a file should hold a number, a name or a code.
surrogate = st.characters(categories=["Cs"])
offsets = st.one_of(
    st.integers(-3, len(TEXT) + 3),
    st.sampled_from([0.5, 1e308, float("nan"), True, None, "3", 10**30]),
)
names = st.one_of(
    st.sampled_from(["PER", "ORG", "CLAIM", "SOURCE", "claim", "", " ", "a b", "x\ny\tz"]),
    st.text(surrogate, min_size=1, max_size=2),
    st.sampled_from([{"x": 1}, ["PER"], 5, None, 0.5]),
)
languages = st.sampled_from(["fr", "FR", "uk-UA", "zz", "fr.lex_attrs", "../x", "", 7, None])
uids = st.one_of(st.sampled_from(["a", "b", "c"]), st.text(surrogate, max_size=1), st.none())
texts = st.one_of(
    st.just(TEXT),
    st.builds(lambda a, s: TEXT[:a] + s + TEXT[a:], st.integers(0, len(TEXT)), st.text(surrogate)),
    st.sampled_from(["", " \n", TEXT.upper(), 5, None]),
)
origins = st.sampled_from(["review", "manual", "import", "model", "forged", 3])


def payload_spans():
    return st.lists(
        st.one_of(
            st.fixed_dictionaries(
                {"uid": uids, "start": offsets, "end": offsets, "label": names},
                optional={
                    "kind": st.sampled_from(["entity", "claim", "nope"]),
                    "origin": origins,
                    "annotator": names,
                    "status": st.sampled_from(["accepted", "suggested", "x"]),
                },
            ),  # fmt: skip
            st.sampled_from([5, "span", None, []]),
        ),
        max_size=4,
    )


def payload_statements():
    return st.lists(
        st.fixed_dictionaries(
            {"uid": uids, "claim_uid": uids},
            optional={
                "source_uid": uids,
                "relay_of": uids,
                "rating": names,
                "speaker": names,
                "origin": origins,
                "annotator": names,
                "note": names,
            },
        ),  # fmt: skip
        max_size=3,
    )


payloads = st.one_of(
    st.fixed_dictionaries({"spans": payload_spans(), "statements": payload_statements()}),
    st.sampled_from([5, [], {"spans": 5}, None]),
)


def valid_or_named_failure(tmp_path_factory, paths):
    """Import `paths` into a new project and check the property."""
    folder = tmp_path_factory.mktemp("project")
    with Store(folder / "p.db") as store:
        report = import_files(store, paths)
        for failure in report.failures:
            assert type(failure) is InputError, failure  # not "unexpected error"
            assert any(str(path) in str(failure) for path in paths), failure
        consistent(store)
    return report


def consistent(store):
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    for listed in store.documents():
        text = store.text(listed.id)
        assert listed.uid == text_uid(text) and text.strip()
        assert known_language(listed.lang) == listed.lang
        spans = store.query("SELECT * FROM spans WHERE document_id = ?", [listed.id])
        statements = store.query("SELECT * FROM statements WHERE document_id = ?", [listed.id])
        here = {row["uid"] for row in spans}
        for row in spans:
            assert type(row["start"]) is int is type(row["end"])
            assert 0 <= row["start"] < row["end"] <= len(text)
            assert isinstance(row["label"], str) and row["label"]
            assert row["origin"] == Origin.IMPORT
            Span(row["start"], row["end"], row["label"], row["kind"], row["origin"], row["status"])
        said = {row["uid"] for row in statements}
        for row in statements:
            assert row["claim_uid"] in here and row["origin"] == Origin.IMPORT
            assert {row["source_uid"], row["cue_uid"]} - {None} <= here
            assert row["relay_of"] is None or row["relay_of"] in said


# JSONL: doccano, Prodigy, and our payload ------------------------------------------

jsonl_records = st.fixed_dictionaries(
    {"text": texts},
    optional={
        "label": st.one_of(st.lists(st.tuples(offsets, offsets, names).map(list), max_size=3),
                           st.sampled_from([5, [5], [[1, 2]], "PER"])),
        "spans": st.one_of(st.lists(st.fixed_dictionaries(
            {"start": offsets, "end": offsets, "label": names}), max_size=3),
            st.sampled_from([[5], 5, [None]])),
        "_annotator": payloads,
        "lang": languages,
        "document_uid": st.one_of(st.just(text_uid(TEXT.upper())), uids),
        "answer": st.sampled_from(["accept", "reject", [1]]),
    },
)  # fmt: skip
jsonl_lines = st.one_of(
    jsonl_records.map(json.dumps),
    st.integers(1, 3000).map(lambda depth: '{"text": "a", "label": ' + "[" * depth + "]" * depth),
    st.sampled_from(['{"text": "a"', "[]", "null", '{"text": "\\ud800"}']),
)


@given(st.lists(jsonl_lines, min_size=1, max_size=4))
def test_jsonl(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("jsonl") / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    valid_or_named_failure(tmp_path_factory, [path])


# spaCy DocBin: a real one, its payload crafted, or a field of its msgpack replaced ------

docbin_fields = st.sampled_from(
    ["attrs", "tokens", "spaces", "lengths", "strings", "cats", "flags", "span_groups",
     "user_data", "version"]
)  # fmt: skip
docbin_values = st.one_of(
    st.binary(max_size=40),
    st.lists(st.one_of(st.integers(-1, 2**40), st.binary(max_size=8), st.text(max_size=4))),
    st.sampled_from([None, 0, -1, {}, {"x": 1}, [b"\x00" * 16], 2**32]),
)


@given(payloads, languages, st.lists(st.tuples(docbin_fields, docbin_values), max_size=2))
def test_spacy_docbin(tmp_path_factory, payload, lang, replaced):
    doc = to_doc(AnnotatedDocument(Document(TEXT, lang="fr")))
    doc.user_data["_annotator"] = {
        "document": {"uid": text_uid(TEXT.upper()), "lang": lang},
        **(payload if isinstance(payload, dict) else {"spans": payload}),
    }
    bin_ = nlp.doc_bin()
    try:
        bin_.add(doc)
        message = srsly.msgpack_loads(zlib.decompress(bin_.to_bytes()))
        for field, value in replaced:
            message[field] = value
        data = zlib.compress(srsly.msgpack_dumps(message))
    except (UnicodeEncodeError, OverflowError):  # msgpack: UTF-8 text, 64-bit numbers
        assume(False)
    path = tmp_path_factory.mktemp("spacy") / "c.spacy"
    path.write_bytes(data)
    valid_or_named_failure(tmp_path_factory, [path])


# brat: T lines in pieces and out of range, attributes and notes on nothing --------------

brat_types = st.sampled_from(["PER", "Claim", "Source", "Cue", "X-Y", "É"])
brat_ranges = st.lists(
    st.tuples(st.integers(-2, len(TEXT) + 2), st.integers(-2, len(TEXT) + 2)),
    min_size=1,
    max_size=3,
).map(lambda pieces: ";".join(f"{a} {b}" for a, b in pieces))
brat_lines = st.one_of(
    st.builds(lambda i, t, r: f"T{i}\t{t} {r}\tx", st.integers(1, 4), brat_types, brat_ranges),
    st.builds(lambda i, n, t, v: f"A{i}\t{n} T{t} {v}", st.integers(1, 3),
              st.sampled_from(["Status", "SourceCategory", "Stance", "Rating"]),
              st.integers(1, 5), st.sampled_from(["accepted", "rejected", "x", "supports"])),
    st.builds(lambda a, b: f"R1\tSays Arg1:T{a} Arg2:T{b}", st.integers(1, 4), st.integers(1, 4)),
    st.builds(lambda t, n: f"#1\tAnnotatorNotes T{t}\t{n}", st.integers(1, 4),
              st.sampled_from(["speaker: Medinsky ‖ note: vérifié", "note: déjà", "—"])),
    st.sampled_from(["E1\tSays:T1", "*\tAlias T1 T2", "garbage", "T1\tPER 0 5"]),
)  # fmt: skip


@given(
    st.lists(brat_lines, max_size=6),
    st.sampled_from(["utf-8", "cp1252", "utf-16"]),
    st.booleans(),
)
def test_brat(tmp_path_factory, lines, encoding, windows):
    folder = tmp_path_factory.mktemp("brat")
    text = TEXT.replace("\n", "\r\n") if windows else TEXT
    (folder / "a.txt").write_bytes(text.encode("utf-8"))
    (folder / "a.ann").write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    project = tmp_path_factory.mktemp("project") / "p.db"
    with Store(project) as store:
        report = import_files(store, [folder])
        for failure in report.failures:
            assert type(failure) is InputError and str(folder) in str(failure), failure
        consistent(store)
        spans = [(s.start, s.end) for d in store.documents() for s in store.spans(d.id)]
    ranges = re.findall(r"\t\S+ ([-\d ;]+)\t", "\n".join(lines))
    pieces = {tuple(map(int, p.split())) for found in ranges for p in found.split(";")}
    if not windows:  # a span is one piece of a T line: never widened over a gap
        assert set(spans) <= pieces


# Label Studio: tasks with regions, relations and choices of any shape -----------------

regions = st.fixed_dictionaries(
    {"id": st.one_of(st.sampled_from(["r1", "r2"]), st.integers(), st.none()),
     "type": st.sampled_from(["labels", "relation", "choices", "textarea", None]),
     "to_name": st.sampled_from(["text", "other", 5]),
     "value": st.one_of(
         st.fixed_dictionaries({"start": offsets, "end": offsets,
                                "labels": st.one_of(st.lists(names, max_size=2), names)},
                               optional={"text": st.sampled_from(["TASS", "x", 5]),
                                         "choices": st.lists(names, max_size=2)}),
         st.sampled_from([None, 5, "x"]))},
    optional={"from_id": st.sampled_from(["r1", "r2", 5]), "to_id": st.sampled_from(["r1", "r2"]),
              "labels": st.lists(names, max_size=1)},
)  # fmt: skip
tasks = st.one_of(
    st.fixed_dictionaries(
        {"data": st.one_of(
            st.fixed_dictionaries({"text": texts},
                                  optional={"lang": languages, "document_uid": uids,
                                            "title": names}),
            st.sampled_from([None, 5, {"other": TEXT, "more": TEXT}]))},
        optional={"annotations": st.lists(st.fixed_dictionaries(
            {"result": st.one_of(st.lists(regions, max_size=3), st.sampled_from([5, None]))},
            optional={"completed_by": st.one_of(st.integers(), names,
                                                st.fixed_dictionaries({"email": names})),
                      "was_cancelled": st.booleans()}), max_size=2),
                  "predictions": st.lists(st.fixed_dictionaries(
                      {"result": st.lists(regions, max_size=2)}), max_size=1)},
    ),
    st.sampled_from([5, None, "task", []]),
)  # fmt: skip


@given(st.lists(tasks, min_size=1, max_size=3))
def test_labelstudio(tmp_path_factory, exported):
    path = tmp_path_factory.mktemp("labelstudio") / "export.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    valid_or_named_failure(tmp_path_factory, [path])


# INCEpTION: our own zip, one attribute of its XMI replaced -----------------------------

xmi_attributes = st.sampled_from(
    ["begin", "end", "status", "origin", "annotator", "value", "category", "Governor",
     "Dependent", "relayOf", "language", "sofaString", "sofa"]
)  # fmt: skip
xmi_values = st.one_of(
    st.sampled_from(["0.5", "-1", "99999", "", "review", "zz", "fr.lex_attrs", "1 2", "&#0;"]),
    st.integers(-2, 200).map(str),
)


def inception_zip(folder):
    claim = Span(12, 21, "claim", SpanKind.CLAIM, Origin.MANUAL, SpanStatus.ACCEPTED, "bob")
    entity = Span(6, 10, "ORG", status=SpanStatus.ACCEPTED)
    record = AnnotatedDocument(Document(TEXT, lang="fr"), [claim, entity])
    path = folder / "corpus.zip"
    write_inception([record], path)
    return path


@given(st.lists(st.tuples(xmi_attributes, xmi_values, st.integers(0, 3)), min_size=1, max_size=3))
def test_inception(tmp_path_factory, replaced):
    folder = tmp_path_factory.mktemp("inception")
    path = inception_zip(folder)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    name = next(n for n in members if n.endswith(".xmi"))
    xmi = members[name].decode("utf-8")
    for attribute, value, which in replaced:
        found = list(re.finditer(rf'\b{attribute}="[^"]*"', xmi))
        if found:
            hit = found[which % len(found)]
            xmi = xmi[: hit.start()] + f'{attribute}="{value}"' + xmi[hit.end() :]
    members[name] = xmi.encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    path.write_bytes(buffer.getvalue())
    valid_or_named_failure(tmp_path_factory, [path])


# Web pages and plain text: markup, front matter and encodings crafted -----------------

html_pieces = st.lists(
    st.one_of(
        st.sampled_from(["<p>", "</p>", "<script>fetch('http://x')</script>", "<base href=x>",
                         '<meta http-equiv="refresh" content="0;url=http://x">', "&#xD800;",
                         "&amp;", "<html lang='fr.lex_attrs'>", "<!--", "<![CDATA[", "\x00",
                         '<p a="' + "x" * 50 + '">']),
        st.just(TEXT),
        st.text(max_size=20),
    ),
    max_size=10,
).map("".join)  # fmt: skip


@given(html_pieces)
def test_html(tmp_path_factory, body):
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(body, encoding="utf-8", errors="surrogatepass")
    valid_or_named_failure(tmp_path_factory, [path])


front_matter = st.lists(
    st.tuples(
        st.sampled_from(["lang", "language", "title", "date", "url", "source", "x"]),
        st.one_of(languages.map(str), st.text(max_size=10)),
    ),
    max_size=3,
).map(lambda pairs: "---\n" + "".join(f"{k}: {v}\n" for k, v in pairs) + "---\n")
article_texts = st.builds(
    lambda front, body: front + body,
    st.one_of(front_matter, st.just("")),
    st.one_of(st.just(TEXT), st.text(max_size=60)),
)


@given(article_texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r"]))
def test_text(tmp_path_factory, text, encoding):
    path = tmp_path_factory.mktemp("text") / "a.md"
    path.write_bytes(text.encode(encoding, errors="replace"))
    valid_or_named_failure(tmp_path_factory, [path])
