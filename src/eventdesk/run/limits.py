"""A time limit on coding one article (`--timeout`, Settings.timeout).

The limit is a Unix interval timer whose signal raises ArticleTimeout in the code that is
running; it can only be set in the main thread of a process (where `eventdesk code` and
each of its worker processes code), so elsewhere — a thread of a user's program, or a
platform without SIGALRM — articles are coded without a limit.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager


class ArticleTimeout(Exception):
    """Coding went past its time limit."""


def can_limit() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None):
    """Raise ArticleTimeout in the body when it runs longer than `seconds` (no limit for None
    or where a limit cannot be set)."""
    if not seconds or not can_limit():
        yield
        return

    def expired(signum, frame):
        raise ArticleTimeout(f"coding took longer than {seconds:g} s (the --timeout limit); left out")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
