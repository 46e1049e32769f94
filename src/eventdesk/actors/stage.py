"""The actors stage: every actor mention of the content sentences (`doc._.actors`) and the
document's actor layer (`doc._.actor_layer`, a DocActors) that later stages ask who a
phrase names, who a pronoun stands for and which country a bare actor belongs to.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.actors import context
from eventdesk.actors.resolver import ActorResolver
from eventdesk.nlp import register_extensions


class ActorStage:
    def __init__(self, actor_files: tuple[str, ...] = ()):
        self.resolver = ActorResolver.load(extra_files=[Path(p) for p in actor_files])

    def __call__(self, doc: Doc) -> Doc:
        layer = self.resolver.document(doc)
        sents = doc._.content_sents if doc._.content_sents is not None else list(doc.sents)
        published = layer.published()
        # "The ministry said": a state institution named without its state is the story's.
        doc._.actors = [context.with_home(layer, actor, published)
                        for sent in sents for actor in layer.mentions(sent)]
        return doc


@Language.factory(
    "eventdesk_actors",
    default_config={"actor_files": []},
    assigns=["doc._.actors", "doc._.actor_layer"],
    requires=["doc._.content_sents", "token.dep", "doc.ents"],
)
def make_actors(nlp: Language, name: str, actor_files: list[str]) -> ActorStage:
    register_extensions("published", "boilerplate", "content_sents", "actors", "actor_layer")
    return ActorStage(tuple(actor_files))
