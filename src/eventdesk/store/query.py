"""Reading a store with DuckDB: `open_store` for Python, `run_query` for the command line.

The connection is in memory and holds nothing but views over the store's Parquet files.
`run_query` reads only: it accepts one SELECT (or EXPLAIN) statement, and the connection it
runs on may not touch files outside the store nor change its own settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eventdesk.store.layout import StoreError, batches_dir, check_store
from eventdesk.store.views import VIEW_NAMES, view_statements


class QueryError(StoreError):
    """A query was refused (not a read) or failed; the message says why."""


@dataclass
class Store:
    """A store opened for reading: `con` is the DuckDB connection; `articles`, `events`,
    `event_mentions`, `statements`, `actors` and `article_events` are DuckDB relations
    (`store.events.df()` gives a pandas DataFrame, `.arrow()` an Arrow table)."""

    root: Path
    con: object

    def sql(self, query: str):
        """A DuckDB relation for any query over the views."""
        return self.con.sql(query)

    def rows(self, query: str) -> list[tuple]:
        """Every row of a query's result, as tuples."""
        return self.con.sql(query).fetchall()

    def scalar(self, query: str):
        """The one value of a query that gives one row of one column."""
        (row,) = self.rows(query)
        return row[0]

    def __getattr__(self, name: str):
        if name in VIEW_NAMES:
            return self.con.table(name)
        raise AttributeError(name)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _connect(root: Path, sandbox: bool):
    import duckdb

    con = duckdb.connect(":memory:")
    for statement in view_statements(root):
        con.execute(statement)
    if sandbox:
        # Files outside the store's batches are out of reach, and the settings are frozen.
        con.execute(f"SET allowed_directories = ['{str(batches_dir(root).resolve()).replace(chr(39), chr(39) * 2)}/']")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    return con


def open_store(root: str | Path, sandbox: bool = False) -> Store:
    """Open the store in folder `root` for reading (see Store). `sandbox=True` gives the
    connection `eventdesk query` uses: no access to other files, settings locked."""
    root = check_store(Path(root)).resolve()
    return Store(root=root, con=_connect(root, sandbox))


_READ_STATEMENTS = ("SELECT", "EXPLAIN")


def check_read_only(con, query: str) -> None:
    """Raise QueryError unless `query` is exactly one SELECT or EXPLAIN statement."""
    import duckdb

    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryError(f"the query does not parse: {exc}") from None
    if len(statements) != 1:
        raise QueryError(f"give one SELECT statement (got {len(statements)} statements)")
    kind = statements[0].type.name
    if kind not in _READ_STATEMENTS:
        raise QueryError(f"only SELECT queries are allowed; this is a {kind} statement (the store is read-only here)")


def run_query(root: str | Path, query: str):
    """Run one read-only query over the store's views; returns a pyarrow Table."""
    import duckdb

    store = open_store(root, sandbox=True)
    try:
        check_read_only(store.con, query)
        try:
            return store.con.sql(query).to_arrow_table()
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from None
    finally:
        store.close()
