"""English function words more than one stage asks about: the pronouns, by person, number
and what they can stand for, and the relative pronouns. Content words (nouns, verbs of the
domain) are data files in the packages' data/ folders, not here.

Who a pronoun stands for is worked out in one place, eventdesk.actors.coref; these sets only
say what kind of word it is.
"""

from __future__ import annotations

# Third person singular for a person, with the gender each form says.
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
PERSONAL_PRONOUNS = frozenset(PRONOUN_GENDER)
# Third person singular for a state, a body or a thing.
THING_PRONOUNS = frozenset({"it", "its", "itself"})
# Third person plural: people, states or bodies together.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# A person's non-reflexive object forms: never their own clause's subject ("she applauded her" is
# someone else; the same one would be "herself").
OBJECT_PRONOUNS = frozenset({"him", "her"})
# The speaker (and those with the speaker): never an antecedent's stand-in in reported text.
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
SECOND_PERSON = frozenset({"you", "your"})
# The pronouns that refer back to someone named before.
THIRD_PERSON = PERSONAL_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
PRONOUNS = THIRD_PERSON | FIRST_PERSON
# Indefinite and quantifying pronouns that stand for people ("anyone wanting to ...", "those
# backing the plan").
PEOPLE_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "those", "others", "many", "few", "some"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Determiners of a definite description ("the council", "this group").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Auxiliaries that put a clause in the future ("will meet", "shall decide", "'ll go").
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
