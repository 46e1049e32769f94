"""The content-word lists the actor code asks about, read from data/*.tsv (two columns: a
word and the class it belongs to). Function words (prepositions, determiners) and
dependency labels stay in the modules that use them.

>>> "province" in place_nouns()
True
>>> "call" in naming_verbs()
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows


@lru_cache(maxsize=None)
def word_classes(name: str) -> dict[str, frozenset[str]]:
    """class -> its words, of a data file with the header `word<TAB>class`."""
    path = resources.files("eventdesk.actors").joinpath("data", name)
    found: dict[str, set[str]] = {}
    for number, (word, word_class) in tsv_rows(path, ("word", "class")):
        if not word or not word_class:
            raise LexiconError(f"{path}:{number}: a row needs a word and a class")
        found.setdefault(word_class, set()).add(word)
    return {word_class: frozenset(words) for word_class, words in found.items()}


def _words(name: str, word_class: str) -> frozenset[str]:
    classes = word_classes(name)
    if word_class not in classes:
        raise LexiconError(f"data/{name}: no words of class {word_class!r}")
    return classes[word_class]


def first_word_countries() -> frozenset[str]:
    """Countries whose people news names again by the first word of the full name ("Lou
    Jiwei" ... "Mr. Lou"): the family name first, or a given name that news uses."""
    return _words("name_order.tsv", "first")


def place_nouns() -> frozenset[str]:
    """Nouns after a name that make it a place ("Hebei province", "Oyo state")."""
    return _words("phrase_words.tsv", "place_noun")


def motion_words() -> frozenset[str]:
    """Lemmas of motion after which "from X" / "to X" is a place ("flew to Kabul")."""
    return _words("phrase_words.tsv", "motion")


def chamber_words() -> frozenset[str]:
    """Names of a legislature's chambers before a committee ("House", "Senate", "Duma")."""
    return _words("phrase_words.tsv", "chamber")


def bereaved_words() -> frozenset[str]:
    """Lemmas of people tied to a deadly event ("victim", "widow"): a place's name before
    one is where the event happened ("the Benghazi widow")."""
    return _words("phrase_words.tsv", "bereaved")


def stance_prefixes() -> frozenset[str]:
    """Prefixes hyphened to a name that make it the actor's cause ("anti-EU", "pro-Russian")."""
    return _words("phrase_words.tsv", "stance")


def naming_verbs() -> frozenset[str]:
    """Lemmas of verbs that give a group its name ("a group called X", "known as X")."""
    return _words("phrase_words.tsv", "naming_verb")


def name_heads() -> frozenset[str]:
    """Capitalised head nouns that make a proper name a group's name ("... Liberation Front")."""
    return _words("name_words.tsv", "name_head")


def armed_words() -> frozenset[str]:
    """Words inside a group's name that make the group armed ("... Army", "... Brigades")."""
    return _words("name_words.tsv", "armed")


@lru_cache(maxsize=1)
def org_name_words() -> dict[str, str]:
    """Word of an organisation's name -> the sector it gives the organisation, or not_org
    for the head word of a law's, an event's, a building's name (data/org_names.tsv)."""
    return {word: cls for cls, words in word_classes("org_names.tsv").items() for word in words}


@lru_cache(maxsize=1)
def organization_last_words() -> frozenset[str]:
    """Last words that make a name an organisation's ("... Logistics", "... Foundation"):
    the statement stage's table of them (statements/data/organization_words.tsv), the one
    list of such words, with the group name heads ("... Front", "... Party")."""
    path = resources.files("eventdesk.statements").joinpath("data", "organization_words.tsv")
    return frozenset(word.lower() for _, (word, _) in tsv_rows(path, width=2)) | name_heads()


@lru_cache(maxsize=1)
def party_adjectives() -> dict[str, str]:
    """Capitalised party adjective -> the country whose party it names ("Democratic": USA)."""
    return _country_table("party_words.tsv", "word")


@lru_cache(maxsize=1)
def title_countries() -> dict[str, str]:
    """Lowercase title -> the one country whose office it names ("congressman": USA;
    data/title_countries.tsv)."""
    return _country_table("title_countries.tsv", "title")


def _country_table(name: str, key: str) -> dict[str, str]:
    """A two-column table of data/`name`: `key` -> an alpha-3 country."""
    path = resources.files("eventdesk.actors").joinpath("data", name)
    found: dict[str, str] = {}
    for number, (word, country) in tsv_rows(path, (key, "country")):
        if not word or len(country) != 3:
            raise LexiconError(f"{path}:{number}: a row needs a {key} and an alpha-3 country")
        found[word] = country
    return found
