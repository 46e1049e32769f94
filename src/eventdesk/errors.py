"""Named exceptions: a library function raises one with the reason; the CLI reports it."""


class EventdeskError(Exception):
    """Base of every error eventdesk raises on purpose."""


class InputError(EventdeskError):
    """An input could not be read as an article (unreadable, binary, empty, bad JSON...)."""

    def __init__(self, reason: str, origin: str | None = None):
        self.reason = reason
        self.origin = origin
        super().__init__(f"{origin}: {reason}" if origin else reason)


class ModelNotFound(EventdeskError):
    """No usable spaCy pipeline is installed."""


class LexiconError(EventdeskError):
    """A lexicon or dictionary file is malformed; the message names file and line."""
