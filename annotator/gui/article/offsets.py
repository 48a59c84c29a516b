"""The one place where code points (ours) and UTF-16 units (Qt's) are converted."""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Offsets of one text: Python counts code points, Qt counts UTF-16 code units.

    Every character outside the Basic Multilingual Plane (emoji, rare scripts)
    takes two UTF-16 units and one code point; everything else takes one of each.
    """

    __slots__ = ("_astral_code_points", "_astral_units")

    def __init__(self, text: str):
        self._astral_code_points = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_units = [cp + k for k, cp in enumerate(self._astral_code_points)]

    @property
    def is_identity(self) -> bool:
        """True when both counts agree everywhere (no character outside the BMP)."""
        return not self._astral_code_points

    def to_utf16(self, code_point: int) -> int:
        if not self._astral_code_points:
            return code_point
        return code_point + bisect_left(self._astral_code_points, code_point)

    def to_code_point(self, unit: int) -> int:
        """A UTF-16 position; one inside a surrogate pair maps to that character's start."""
        if not self._astral_units:
            return unit
        return unit - bisect_left(self._astral_units, unit)
