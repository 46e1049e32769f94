"""The words the places stage reads around a place name (data/words.tsv), by class."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows

CLASSES = ("locative", "toward", "through", "direction", "region_word", "city_word", "site_word", "name_article",
           "article_country", "subarea_word", "leaving_verb", "sending_verb", "border_word", "inhabitant_word",
           "entry_word", "envoy_word", "blow_root", "side_word", "travel_verb",
           "event_word", "heading", "settlement_word", "person_word", "short_name",
           "office_word", "court_word", "journey_word", "position_word", "landform_word", "part_word",
           "soft_sign_country", "ejective_country", "report_verb", "described_site", "landmark_word",
           "island_word", "state_context", "capital_article", "ascent_verb", "adjective_settlement",
           "community_word", "home_word", "control_verb", "honorific_prefix", "water_word",
           "undergo_verb", "island_state", "addressed_on", "shoal_word", "coast_word", "blow_verb", "town_prefix")


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    path = resources.files("eventdesk.where").joinpath("data", "words.tsv")
    found: dict[str, set[str]] = {name: set() for name in CLASSES}
    for line, (word, word_class) in tsv_rows(path, ("word", "class")):
        if word_class not in found:
            raise LexiconError(f"{path}:{line}: class {word_class!r} is not one of {', '.join(CLASSES)}")
        found[word_class].add(word.lower())
    return {name: frozenset(values) for name, values in found.items()}


def words(word_class: str) -> frozenset[str]:
    """The words of one class of data/words.tsv."""
    return _classes()[word_class]


def feature_word(word: str) -> str | None:
    """The feature a word after a name gives it: "province" -> region, "crossing" -> site."""
    lower = word.lower()
    if word in words("described_site"):
        return "site"  # "the Lisbon university"; not "Liberty University", a name of its own
    for word_class, feature in (("region_word", "region"), ("city_word", "city"), ("site_word", "site")):
        if lower in words(word_class):
            return feature
    return None
