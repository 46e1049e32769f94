"""How much of CAMEO the event lexicon covers: lexicon rows (patterns), trigger lemmas and
codes reached, per root and per code, so that gaps are visible (`eventdesk lexicon stats`).

A code is *reached* when some row of verbs.tsv or constructions.tsv codes it, or a family
(families.tsv: what an appeal, intent, demand, refusal or threat is about) or a topic word
(topics.tsv) can make it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventdesk.events.lexicon import Entry, Lexicon


@dataclass
class CodeStats:
    code: str
    name: str
    patterns: int = 0  # rows that code it directly
    lemmas: set[str] = field(default_factory=set)
    reached: bool = False  # directly, or through a family or a topic


@dataclass
class RootStats:
    root: str
    name: str
    codes: list[CodeStats]

    @property
    def patterns(self) -> int:
        return sum(c.patterns for c in self.codes)

    @property
    def lemmas(self) -> int:
        return len(set().union(*(c.lemmas for c in self.codes)))

    @property
    def reached(self) -> int:
        return sum(c.reached for c in self.codes)


def coverage(lexicon: Lexicon, ontology) -> list[RootStats]:
    """Per CAMEO root, the stats of each of its codes."""
    stats = {c.code: CodeStats(c.code, c.name) for c in ontology.codes()}
    for entry in _entries(lexicon):
        code = stats.get(entry.code)
        if code is not None:
            code.patterns += 1
            code.lemmas |= set(entry.lemmas)
            code.reached = True
    for row in lexicon.families.values():
        for value in row.values():
            if value in stats:
                stats[value].reached = True
    digits: dict[str, set[str]] = {}
    for (scheme, _word), digit in lexicon.topics.items():
        digits.setdefault(scheme, set()).add(digit)
    for entry in _entries(lexicon):
        if entry.topic and entry.code:
            # as the coder refines a code by its topic (events/match.py refine_topic)
            base = entry.code[:2] if len(entry.code) == 3 and entry.code.endswith("0") else entry.code
            for digit in digits.get(entry.topic, ()):
                if base + digit in stats:
                    stats[base + digit].reached = True
    roots = []
    for root in ontology.codes(level=2):
        members = [s for code, s in stats.items() if code[:2] == root.code]
        roots.append(RootStats(root.code, root.name, members))
    return roots


def _entries(lexicon: Lexicon) -> list[Entry]:
    seen: dict[int, Entry] = {}
    for entries in lexicon.entries.values():
        for entry in entries:
            seen[id(entry)] = entry
    return [*seen.values(), *lexicon.constructions.values()]


def format_roots(roots: list[RootStats]) -> str:
    lines = [f"{'root':<6}{'name':<36}{'patterns':>9}{'lemmas':>8}{'codes reached':>15}", "-" * 74]
    for r in roots:
        lines.append(f"{r.root:<6}{r.name[:35]:<36}{r.patterns:>9}{r.lemmas:>8}{f'{r.reached}/{len(r.codes)}':>15}")
    total = sum(r.patterns for r in roots)
    reached = sum(r.reached for r in roots)
    codes = sum(len(r.codes) for r in roots)
    lines.append("-" * 74)
    lines.append(f"{'all':<42}{total:>9}{'':>8}{f'{reached}/{codes}':>15}")
    return "\n".join(lines)


def format_codes(roots: list[RootStats]) -> str:
    lines = [f"{'code':<6}{'name':<52}{'patterns':>9}{'lemmas':>8}  reached"]
    for r in roots:
        for c in r.codes:
            lines.append(f"{c.code:<6}{c.name[:51]:<52}{c.patterns:>9}{len(c.lemmas):>8}  {'yes' if c.reached else 'NO'}")
    return "\n".join(lines)


def gaps(roots: list[RootStats], root_codes: bool = False) -> list[CodeStats]:
    """The codes no row of the lexicon codes directly (a root's own two-digit code only with
    `root_codes`: events are coded at three or four digits)."""
    return [c for r in roots for c in r.codes if c.patterns == 0 and (root_codes or len(c.code) > 2)]


def format_gaps(roots: list[RootStats]) -> str:
    """One line per code with no pattern of its own, saying whether a family or a topic word
    still reaches it ("threatened to expel" reaches 136 through the threaten family)."""
    missing = gaps(roots)
    lines = [f"{'code':<6}{'name':<52}  reached through"]
    for c in missing:
        lines.append(f"{c.code:<6}{c.name[:51]:<52}  {'a family or a topic' if c.reached else 'NOTHING'}")
    unreached = sum(not c.reached for c in missing)
    lines.append(f"{len(missing)} code(s) without a pattern of their own; {unreached} reached by nothing")
    return "\n".join(lines)
