"""The store: coded articles as Parquet files (one file per table per batch) and DuckDB views
over them. Write with StoreWriter (or `eventdesk code ... --store DIR`), read with open_store
(or `eventdesk query`), export to GDELT-, ICEWS- and POLECAT-style files (store.export).
docs/store.md describes the layout, every column, and the rule that merges events.
"""

from eventdesk.store.layout import StoreError, StoreLocked
from eventdesk.store.query import QueryError, Store, open_store, run_query
from eventdesk.store.writer import StoreWriter, write_records

__all__ = ["QueryError", "Store", "StoreError", "StoreLocked", "StoreWriter", "open_store", "run_query", "write_records"]
