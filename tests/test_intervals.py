"""Ranges: the offsets inside any of several character ranges, nested or overlapping ones
included, answered as a scan over all of them would answer."""

from __future__ import annotations

import random

from eventdesk.intervals import Ranges


def test_nested_overlapping_and_touching_ranges_answer_as_a_scan_does():
    rng = random.Random(7)
    for _ in range(200):
        ranges = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 8)))]
        inside = Ranges(ranges)
        for offset in range(-2, 240):
            assert (offset in inside) == any(s <= offset < e for s, e in ranges), (ranges, offset)


def test_an_outer_range_still_covers_what_follows_a_nested_one():
    inside = Ranges([(0, 100), (10, 20)])
    assert 50 in inside and 100 not in inside and -1 not in inside
