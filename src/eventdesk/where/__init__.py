"""Where: the gazetteer, place mentions resolved by context, and event locations (the
eventdesk_where stage, stage.py); see docs/places.md."""
