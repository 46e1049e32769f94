"""Actors: which country, sector, organisation or person a noun phrase names, coded the CAMEO
way ("CHNGOV", "IGOUNO"). The lexicon is data (actors/data/*.tsv); ActorResolver matches it
over a spaCy parse once per Doc and keeps the result on the Doc as `doc._.actor_layer`, a
DocActors that composes the pieces of each noun phrase into Actor records.
"""

from eventdesk.actors.codes import cameo_country, iso_from_cameo
from eventdesk.actors.layer import DocActors
from eventdesk.actors.resolver import ActorResolver
from eventdesk.model import Actor

__all__ = ["Actor", "ActorResolver", "DocActors", "cameo_country", "iso_from_cameo"]
