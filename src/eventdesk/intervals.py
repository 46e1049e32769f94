"""Character ranges asked "is this offset inside one of them?" many times over: the ranges are
merged and sorted once, and each question is a binary search, so a long article with many
quotations costs no more per token than a short one."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Ranges:
    """The union of half-open ranges [start, end)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        k = bisect.bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self._ends[k]
