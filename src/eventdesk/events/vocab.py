"""Word lists and code sets the event coder asks about (moved here from coder.py as they were;
the content words go to data files next)."""

from __future__ import annotations

# Words that say an actor is not of the story's country ("foreign diplomats").
FOREIGN_WORDS = {
    "foreign", "international", "western", "european", "arab", "african", "asian", "regional",
    "world", "global", "overseas",
}
# Generic heads of definite noun phrases that stand for an actor named earlier
# ("the group", "the country"), with the kinds of actor they can stand for.
GENERIC_ANAPHORS = {
    "group": {"group", "organization"}, "movement": {"group", "organization"},
    "militia": {"group", "organization"}, "organization": {"organization", "group"},
    "organisation": {"organization", "group"}, "agency": {"organization"},
    "body": {"organization"}, "bloc": {"organization"}, "alliance": {"organization"},
    "country": {"state"}, "nation": {"state"}, "kingdom": {"state"}, "republic": {"state"},
}
# Codes of actions a state takes at home (curfews, bans, arrests, protests, reforms).
DOMESTIC_CODES = (
    "081", "082", "083", "132", "137", "14", "17", "1041", "1042", "1043", "1044", "024",
    "034", "0351", "0352", "123",
)
# Codes of actions a state's actors take at home, whose target, when the text names none,
# is the country where they happen (curfews, bans, arrests, repression, reforms, protests,
# resignations, refusals to reform); a narrower list than DOMESTIC_CODES (no destruction
# or seizure of property, which is done to someone).
INTERNAL_CODES = (
    "024", "034", "0351", "0352", "081", "082", "083", "1041", "1042", "1043", "1044", "123",
    "132", "137", "14", "172", "173", "175",
)
# Prepositions that lead inside what an action is done to ("the ban on X", "a meeting of X",
# "a mediation effort between X and Y"); scene-setting ones ("during", "in") do not.
OBJECT_PHRASE_PREPS = {
    "of", "to", "for", "on", "upon", "against", "between", "with", "into", "over", "about",
    "from", "toward", "towards",
}
# Prefixes the tokenizer splits off a hyphenated verb ("re-open", "co-sponsor").
HYPHEN_PREFIXES = {"re", "co", "de", "pre", "un", "counter"}
# Participles that place a group ("a group based in X").
BASED_VERBS = {"base", "headquarter", "station", "locate", "operate"}
# Prepositions that say where an action happens.
PLACE_PREPS = {"in", "at", "into", "within", "across", "throughout", "near", "from", "to", "inside", "outside"}
# Code prefixes of actors that belong to no state (CAMEO international codes).
NON_STATE_PREFIXES = {"IGO", "NGO", "NGM", "IMG", "INT", "MNC", "UIS"}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
VIOLENT_ROOTS = {"18", "19", "20"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "theirs"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PRONOUNS = PERSONAL_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "can"}
INTENDED_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should", "ought"}
# Nouns that can do harm without an actor behind them in the sentence ("a bomb killed ...").
AGENTLESS_SUBJECTS = {
    "bomber", "gunman", "attacker", "assailant", "sniper", "militant", "drone",
    "bomb", "bombing", "blast", "explosion", "attack", "mine", "landmine", "missile", "rocket",
    "shell", "fire", "gunfire", "shelling", "raid", "strike", "airstrike", "ambush", "device",
    "grenade", "mortar", "shot", "bullet", "violence", "clash", "fighting", "explosive",
}
# Verbs whose clause is denied, not asserted ("denied that it attacked").
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject"}
# Verbs whose clause is a wish, not a fact ("it is hoped that X can support ...").
WISH_VERBS = {"hope", "wish", "pray"}
ADDRESSEE_FAMILIES = {"appeal", "demand"}
# Nouns that name a target by where it is ("targets in Jericho", "a village in Cambodia").
LOCATED_NOUNS = {
    "target", "position", "area", "site", "base", "village", "town", "city", "home", "house",
    "building", "camp", "facility", "installation", "neighborhood", "neighbourhood", "district",
    "outpost", "post", "checkpoint", "stronghold", "hideout", "settlement", "region", "zone",
    # what a concern or a criticism is about: "the situation in Xinjiang"
    "situation", "crisis", "conflict", "violence", "development", "unrest", "abuse",
    "violation", "treatment", "condition", "repression", "persecution",
}
# Verbs of reprisal: a threat of one answers what the threatened side did.
REPRISAL_VERBS = {"retaliate", "respond", "react", "reciprocate", "answer", "hit"}
# Nouns of a frontier: troops moved toward one face the country on its other side.
FRONTIER_NOUNS = {"border", "frontier", "boundary", "line", "front", "frontline"}
# Sectors of a state's actors that act abroad (an army, a government), unlike rebels or
# police, whose attacks on an unnamed place are at home.
FOREIGN_ACTING_SECTORS = {"GOV", "MIL", "ELI", "NAV", "AIR", "SPY"}
# Prepositions whose noun only sets the scene of the sentence's event ("during the summit").
CIRCUMSTANTIAL_PREPS = {
    "during", "after", "before", "since", "following", "amid", "amidst", "despite", "ahead",
    "until", "throughout", "at", "in", "under", "with", "without", "upon", "on", "like",
}
# Prepositions and conjunctions whose clause has not happened ("before allowing ...").
PENDING_PREPS = {"before", "until", "without", "instead", "till", "unless", "if"}
# Verbs whose "on" names the one appealed to ("called on X to ...").
CALL_ON_VERBS = {"call", "prevail", "lean", "urge"}
# Nouns that name an earlier action without its author ("condemned the launch"), with the
# trigger lemmas of the actions they can stand for: the object's target is that action's
# source. Written from ordinary news English.
EVENT_NOUN_TRIGGERS = {
    "launch": {"launch", "fire", "test", "test-fire"},
    "test": {"test", "test-fire", "launch", "fire", "conduct", "detonate"},
    "expulsion": {"expel", "eject", "deport", "order", "declare"},
    "deportation": {"deport", "expel"},
    "attack": {"attack", "kill", "bomb", "shell", "strike", "raid", "fire", "ambush", "assault", "storm", "shoot"},
    "assault": {"attack", "assault", "storm", "raid", "strike"},
    "strike": {"strike", "bomb", "attack", "hit", "fire"},
    "airstrike": {"strike", "bomb", "attack", "hit"},
    "bombing": {"bomb", "attack", "strike", "kill", "hit"},
    "shelling": {"shell", "fire", "bombard", "pound"},
    "raid": {"raid", "storm", "attack"},
    "killing": {"kill", "shoot", "murder", "execute", "assassinate"},
    "execution": {"execute", "hang", "kill"},
    "arrest": {"arrest", "detain", "seize", "hold"},
    "detention": {"detain", "arrest", "hold", "jail"},
    "seizure": {"seize", "capture", "detain"},
    "invasion": {"invade", "enter", "cross"},
    "incursion": {"cross", "enter", "invade", "raid"},
    "measure": {"impose", "introduce", "adopt", "announce", "ban", "restrict", "sanction", "expel", "freeze"},
    "sanction": {"impose", "sanction", "announce", "adopt", "extend", "tighten"},
    "restriction": {"impose", "restrict", "ban", "introduce"},
    "ban": {"ban", "impose", "prohibit", "bar"},
    "embargo": {"impose", "embargo", "announce"},
    "move": {"impose", "expel", "ban", "recognize", "recognise", "announce", "decide", "withdraw", "suspend"},
    "decision": {"decide", "vote", "approve", "adopt", "impose", "expel", "ban", "suspend", "withdraw"},
    "step": {"impose", "expel", "ban", "announce", "adopt", "take"},
}
# Verbs of judging an action: with an event noun for object they are events even when the
# action's author cannot be found ("Peru condemned the attack").
EVALUATIVE_VERBS = {
    "condemn", "denounce", "criticize", "criticise", "deplore", "decry", "welcome", "praise",
    "hail", "applaud", "commend", "slam",
}
