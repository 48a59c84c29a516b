"""Property tests: every reader either reads or says what is wrong; offsets stay inside
the text. HYPOTHESIS_PROFILE=long for the long run."""

import json

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.claims import suggest_claims
from annotator.core.errors import InputError
from annotator.core.formats.brat import read_brat
from annotator.core.formats.html import read_html
from annotator.core.formats.jsonl import read_jsonl
from annotator.core.formats.text import parse_header, read_text, split_front_matter
from annotator.core.gazetteer import Gazetteer, default_entries, fold
from annotator.core.nlp import blank
from annotator.gui.article.offsets import OffsetMap

GAZETTEER = Gazetteer(default_entries())
SENTENCES = blank("en")
SENTENCES.add_pipe("sentencizer")
label = st.text(st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=8)
any_text = st.text(max_size=300)


def within(records):
    for record in records:
        length = len(record.document.text)
        for span in record.spans:
            assert 0 <= span.start < span.end <= length


@given(any_text)
def test_offsets_round_trip_for_any_text(text):
    offsets = OffsetMap(text)
    units = len(text.encode("utf-16-le")) // 2
    for point in range(len(text) + 1):
        unit = offsets.to_utf16(point)
        assert 0 <= unit <= units
        assert offsets.to_code_point(unit) == point
    for unit in range(units + 1):
        assert 0 <= offsets.to_code_point(unit) <= len(text)


@given(any_text)
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


@given(
    st.lists(
        st.one_of(
            st.builds(
                lambda t, ls: json.dumps({"text": t, "label": ls}),
                any_text,
                st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400), label)),
            ),
            st.builds(
                lambda t, ss: json.dumps({"text": t, "spans": ss, "answer": "accept"}),
                any_text,
                st.lists(
                    st.fixed_dictionaries(
                        {"start": st.integers(-5, 400), "end": st.integers(-5, 400), "label": label}
                    )
                ),
            ),
            st.text(max_size=80),
        ),
        max_size=6,
    )
)
def test_jsonl_lines_of_any_shape(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("jsonl") / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        within(list(read_jsonl(path)))
    except InputError as error:
        assert str(path) in str(error)


@given(
    st.text(min_size=1, max_size=200),
    st.lists(
        st.one_of(
            st.builds(
                lambda i, t, a, b: f"T{i}\t{t} {a} {b}\tx",
                st.integers(1, 5),
                label,
                st.integers(-3, 250),
                st.integers(-3, 250),
            ),
            st.builds(
                lambda i, t: f"A{i}\tStance T{t} reports", st.integers(1, 3), st.integers(1, 5)
            ),
            st.builds(
                lambda a, b: f"R1\tSays Arg1:T{a} Arg2:T{b}", st.integers(1, 5), st.integers(1, 5)
            ),
            st.text(max_size=40),
        ),
        max_size=8,
    ),
)
def test_brat_any_annotations(tmp_path_factory, text, lines):
    folder = tmp_path_factory.mktemp("brat")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.ann").write_text("\n".join(lines), encoding="utf-8")
    try:
        within([read_brat(folder / "a.txt")])
    except (InputError, ValueError) as error:
        assert isinstance(error, InputError), error


@given(st.binary(max_size=400))
def test_text_files_of_any_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("text") / "a.txt"
    path.write_bytes(data)
    try:
        document = read_text(path)
        assert document.text.strip()
    except InputError as error:
        assert str(path) in str(error)


@given(any_text)
def test_html_of_any_text(tmp_path_factory, body):
    path = tmp_path_factory.mktemp("html") / "a.html"
    path.write_text(
        f"<html><body><p>{body}</p><script>x()</script></body></html>", encoding="utf-8"
    )
    try:
        document = read_html(path)
        assert "x()" not in document.text
    except InputError as error:
        assert str(path) in str(error)


@given(any_text)
def test_headers_and_front_matter_never_fail(text):
    parse_header(text)
    fields, body = split_front_matter(text)
    assert text.endswith(body)


@given(st.text(max_size=400))
def test_claim_rules_on_any_text(text):
    doc = SENTENCES(text)
    for claim in suggest_claims(doc, "en", GAZETTEER):
        assert 0 <= claim.start < claim.end <= len(text)
        for source in claim.sources:
            if source.start is not None:
                assert 0 <= source.start < source.end <= len(text)
