"""The web UI and JSON API over a store (`eventdesk serve`): search events, read an article
with its coded evidence highlighted, a dyad's timeline, the actor network, a map of event
places and the claims by speaker. Read-only; docs/web.md describes the pages and the API.
"""

from eventdesk.web.app import create_app
from eventdesk.web.db import Limits, WebStore

__all__ = ["Limits", "WebStore", "create_app"]
