"""Where a store keeps its files, and the lock that lets one writer at a time in.

A store is a folder:

    STORE/eventdesk-store.json          marks the folder as a store (format version)
    STORE/lock                          held by the one process writing (its pid)
    STORE/batches/<batch>/<table>.parquet   one file per table per committed batch
    STORE/.tmp-<batch>/                 a batch being written; renamed into batches/ whole

A batch folder appears under batches/ by one rename, so a reader sees all of its tables or
none of them; a writer killed mid-batch leaves only a .tmp- folder, removed by the next writer.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

from eventdesk.errors import EventdeskError

TABLES = ("articles", "events", "event_mentions", "statements", "actors")
MARKER = "eventdesk-store.json"
FORMAT_VERSION = 1
# The batch every store starts with: no rows, but one file per table, so that the views
# of an empty store read a schema instead of failing on a glob that matches nothing.
EMPTY_BATCH = "0" * 20 + "-empty"


class StoreError(EventdeskError):
    """A folder is not a store, or a store cannot be written."""


class StoreLocked(StoreError):
    """Another live process is writing the store."""


def batches_dir(root: Path) -> Path:
    return root / "batches"


def table_glob(root: Path, table: str) -> str:
    return str(batches_dir(root) / "*" / f"{table}.parquet")


def new_batch_name() -> str:
    """Batch names sort in the order batches were written (a later batch supersedes)."""
    return f"{time.time_ns():020d}-{os.getpid()}"


def is_store(root: Path) -> bool:
    return (root / MARKER).is_file()


def check_store(root: Path) -> Path:
    """The store's folder, or StoreError saying why it is not one."""
    if not root.is_dir():
        raise StoreError(f"{root}: no such store (the folder does not exist)")
    if not is_store(root):
        raise StoreError(f"{root}: not an eventdesk store (no {MARKER}); write one with `eventdesk code ... --store {root}`")
    return root


def check_can_hold_store(root: Path) -> None:
    """StoreError unless `root` is a store, an empty folder or no folder yet."""
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root} is a file, not a store folder")
    if root.is_dir() and not is_store(root) and any(p.name != "lock" for p in root.iterdir()):
        raise StoreError(f"{root} is a folder with other files in it; give an empty or new folder for a store")


def create_store(root: Path) -> None:
    """Make `root` a store (idempotent). The caller holds the lock."""
    check_can_hold_store(root)
    root.mkdir(parents=True, exist_ok=True)
    if not (batches_dir(root) / EMPTY_BATCH).is_dir():
        from eventdesk.store.tables import empty_tables

        commit_batch(root, EMPTY_BATCH, empty_tables())
    if not is_store(root):
        _write_atomic(root / MARKER, json.dumps({"format": FORMAT_VERSION, "tables": list(TABLES)}) + "\n")


def commit_batch(root: Path, batch: str, tables: dict) -> Path:
    """Write every table of a batch under a temporary folder, then rename it into place."""
    import pyarrow.parquet as pq

    temporary = root / f".tmp-{batch}"
    temporary.mkdir(parents=True)
    for name in TABLES:
        path = temporary / f"{name}.parquet"
        pq.write_table(tables[name], path, compression="zstd")
        _fsync(path)
    _fsync(temporary)
    final = batches_dir(root) / batch
    final.parent.mkdir(exist_ok=True)
    os.rename(temporary, final)
    _fsync(final.parent)
    return final


def remove_unfinished(root: Path) -> int:
    """Remove batches a killed writer left half-written. The caller holds the lock."""
    leftovers = [p for p in root.glob(".tmp-*") if p.is_dir()]
    for path in leftovers:
        shutil.rmtree(path)
    return len(leftovers)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_atomic(path: Path, content: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(content, encoding="utf-8")
    os.replace(temporary, path)


class StoreLock:
    """The lock file `STORE/lock`: an advisory lock (flock) held by the one writing process,
    with its pid written inside for the message another process shows. The operating system
    drops the lock when its process ends, however it ends, so a lock file left by a killed
    process (a stale pid) is simply taken over."""

    def __init__(self, root: Path):
        self.path = root / "lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise StoreLocked(
                f"{self.path.parent} is being written by another eventdesk process (pid {holder}); "
                "run again when it has finished"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        # The file stays (removing it would let a process that opened it meanwhile lock a
        # file no longer in the folder); emptied, it names no holder.
        os.ftruncate(self._fd, 0)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
