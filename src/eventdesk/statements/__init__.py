"""Reported speech and attribution: who says what, in which words, hedged how, and which
claims are contested. `StatementExtractor()(doc)` gives the statements and contests
of a parsed article; see docs/statements.md.
"""

from eventdesk.statements.extractor import StatementExtractor
from eventdesk.statements.quotes import Quotation, find_quotations

__all__ = ["StatementExtractor", "Quotation", "find_quotations"]
