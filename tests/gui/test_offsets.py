from annotator.gui.article.offsets import OffsetMap

TEXT = "a😀b e\u0301 𝔘kraine 🇺🇦 fin"


def test_round_trip_every_position():
    offsets = OffsetMap(TEXT)
    utf16 = TEXT.encode("utf-16-le")
    for code_point in range(len(TEXT) + 1):
        unit = offsets.to_utf16(code_point)
        assert unit == len(TEXT[:code_point].encode("utf-16-le")) // 2
        assert offsets.to_code_point(unit) == code_point
    assert offsets.to_utf16(len(TEXT)) == len(utf16) // 2


def test_inside_a_surrogate_pair_maps_to_the_character_start():
    offsets = OffsetMap("a😀b")
    assert offsets.to_code_point(2) == 1  # the low surrogate of 😀
    assert offsets.to_code_point(3) == 2


def test_plain_text_is_identity():
    offsets = OffsetMap("Istanbul")
    assert offsets.to_utf16(5) == 5 and offsets.to_code_point(5) == 5
