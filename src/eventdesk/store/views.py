"""The DuckDB views over a store's Parquet files, and the rule that makes one event of the
reports of several articles.

Views (docs/store.md has every column):
  articles        one row per article: its latest batch only (a recode supersedes)
  article_events  one row per event as coded in one article (the record's `events`)
  event_mentions  one row per mention of an event: article, sentence, trigger, statement,
                  and `event_id`, the merged event it belongs to
  events          one row per event, merged over the articles that report it, with
                  NumMentions / NumSources / NumArticles counted as GDELT counts them
  statements, actors   the statements and actor mentions of the current articles

The merging rule: two mentions are one event when they have the same source code, target
code, CAMEO root and negation, and their days are at most one day apart (chained: a third
mention within a day of the second joins too). A mention's day is its event date when that
is a full date, else its article's publication date; a mention with neither stays alone.
"""

from __future__ import annotations

from pathlib import Path

from eventdesk.store.layout import TABLES, table_glob


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _raw(root: Path, table: str) -> str:
    return f"read_parquet({_sql_string(table_glob(root, table))}, union_by_name = true)"


_MERGE_KEY = "source_code, target_code, root, negated"
# The first mention of an event (whose id the event takes): the earliest day, then the
# earliest published article, then text order.
_MENTION_ORDER = "day NULLS LAST, published NULLS LAST, article_id, sentence, mention_key"

_MENTIONS = """
CREATE VIEW event_mentions AS
WITH m AS (
    SELECT e.*, a.outlet, a.url, a.published,
           coalesce(CASE WHEN length(e.date) = 10 THEN try_cast(e.date AS DATE) END,
                    try_cast(a.published AS DATE)) AS day
    FROM article_events e JOIN articles a USING (article_id, batch)
),
starts AS (
    SELECT *, CASE WHEN day IS NULL
                     OR lag(day) OVER w IS NULL
                     OR day - lag(day) OVER w > 1 THEN 1 ELSE 0 END AS starts_event
    FROM m WINDOW w AS (PARTITION BY {key} ORDER BY {order})
),
clusters AS (
    SELECT *, sum(starts_event) OVER (PARTITION BY {key} ORDER BY {order}
                                      ROWS UNBOUNDED PRECEDING) AS cluster
    FROM starts
),
firsts AS (
    SELECT *, first_value(mention_key) OVER (PARTITION BY {key}, cluster
                                             ORDER BY {order}) AS merged_id
    FROM clusters
)
SELECT f.merged_id AS event_id, f.article_id, f.batch, f.event_id AS article_event_id,
       f.mention_key, f.day, f.sentence, em.trigger_text, em.trigger_start, em.trigger_end,
       em.source_start, em.target_start, em.statement_id, f.confidence,
       f.outlet, f.url, f.published
FROM firsts f JOIN event_mentions_raw em USING (article_id, batch, mention_key)
"""

_EVENTS = """
CREATE VIEW events AS
WITH counts AS (
    SELECT event_id, min(day) AS date, count(*) AS num_mentions,
           count(DISTINCT coalesce(outlet, article_id)) AS num_sources,
           count(DISTINCT article_id) AS num_articles, max(confidence) AS max_confidence
    FROM event_mentions GROUP BY event_id
)
SELECT c.event_id, c.date,
       {source}, {target},
       e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.negated, e.modality,
       c.num_mentions, c.num_sources, c.num_articles,
       e.article_id AS first_article_id, e.event_id AS first_article_event_id,
       e.sentence AS first_sentence, a.url AS first_url, a.outlet AS first_outlet,
       a.published AS first_published, c.max_confidence AS confidence,
       COLUMNS('^(location|source_place|target_place)_')
FROM counts c
JOIN article_events e ON e.mention_key = c.event_id
JOIN articles a ON a.article_id = e.article_id AND a.batch = e.batch
"""


def _actor_columns(prefix: str) -> str:
    return ", ".join(f"e.{prefix}_{name}" for name in ("code", "country", "sectors", "name", "kind", "text"))


def view_statements(root: Path) -> list[str]:
    """The CREATE VIEW statements of a store, in dependency order."""
    raw = {table: _raw(root, table) for table in TABLES}
    current = (
        f"SELECT * FROM {raw['articles']} "
        "QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY batch DESC) = 1"
    )

    def of_current(table: str) -> str:
        return f"SELECT t.* FROM {raw[table]} t SEMI JOIN articles a USING (article_id, batch)"

    return [
        f"CREATE VIEW articles AS {current}",
        f"CREATE VIEW article_events AS {of_current('events')}",
        f"CREATE VIEW event_mentions_raw AS {of_current('event_mentions')}",
        _MENTIONS.format(key=_MERGE_KEY, order=_MENTION_ORDER),
        _EVENTS.format(source=_actor_columns("source"), target=_actor_columns("target")),
        f"CREATE VIEW statements AS {of_current('statements')}",
        f"CREATE VIEW actors AS {of_current('actors')}",
    ]


VIEW_NAMES = ("articles", "events", "event_mentions", "statements", "actors", "article_events")
