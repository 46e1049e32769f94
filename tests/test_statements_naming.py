"""Cues of naming ("called X Y") whose quoted name the parser hangs on the verb in another
role: the thing named and its name are the content. Each sentence is our own, through the
pipeline."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The senator called her rival the "ultimate opportunist."',
         ("The senator", "called", 'her rival the "ultimate opportunist."')),
        ('The party\'s leader called that "beyond the pale."',
         ("The party's leader", "called", 'that "beyond the pale."')),
        ('The premier\'s spokesman called that "beyond absurd."',
         ("The premier's spokesman", "called", 'that "beyond absurd."')),
    ],
)
def test_a_quoted_name_after_the_thing_named_is_part_of_the_content(text, expected):
    assert expected in _triples(text)


def test_a_participle_after_the_quoted_name_is_not_the_name():
    triples = _triples('In a post, the senator called her rival the "ultimate opportunist," linking to a news story.')
    assert ("the senator", "called", 'her rival the "ultimate opportunist,"') in triples

