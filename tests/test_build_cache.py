"""The start-up build cache (eventdesk.build_cache): built tables are read back instead of
rebuilt, never stale, and a cache that cannot be used only means building as before."""

import pickle

import pytest

from eventdesk.actors.lexicon import _build_builtin_lexicon
from eventdesk.build_cache import built, cache_dir, fingerprint


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return {"built": self.calls}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_then_read_back(folder):
    build = Counter()
    assert built("table", ["eventdesk.where"], [], build) == {"built": 1}
    assert built("table", ["eventdesk.where"], [], build) == {"built": 1}
    assert build.calls == 1
    assert len(list(folder.glob("table-*.pickle"))) == 1


def test_other_inputs_make_another_entry_and_the_old_one_goes(folder):
    build = Counter()
    built("table", ["eventdesk.where"], [], build)
    built("table", ["eventdesk.where", "eventdesk.actors"], [], build)
    assert build.calls == 2
    assert fingerprint(["eventdesk.where"], []) != fingerprint(["eventdesk.where", "eventdesk.actors"], [])
    assert len(list(folder.glob("table-*.pickle"))) == 1


def test_a_damaged_entry_is_built_again_and_replaced(folder):
    build = Counter()
    built("table", ["eventdesk.where"], [], build)
    entry = next(folder.glob("table-*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert built("table", ["eventdesk.where"], [], build) == {"built": 2}
    assert pickle.loads(entry.read_bytes()) == {"built": 2}


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTDESK_CACHE_DIR", "off")
    assert cache_dir() is None
    build = Counter()
    built("table", ["eventdesk.where"], [], build)
    built("table", ["eventdesk.where"], [], build)
    assert build.calls == 2


def test_a_folder_that_cannot_be_written_only_means_building(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("EVENTDESK_CACHE_DIR", str(blocker / "cache"))
    build = Counter()
    assert built("table", ["eventdesk.where"], [], build) == {"built": 1}
    assert built("table", ["eventdesk.where"], [], build) == {"built": 2}
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTDESK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "eventdesk"


def test_the_cached_actor_lexicon_is_the_built_one(folder):
    first = built("actor-lexicon", ["eventdesk.actors"], ["spacy", "pycountry"], _build_builtin_lexicon)
    again = built("actor-lexicon", ["eventdesk.actors"], ["spacy", "pycountry"], lambda: pytest.fail("rebuilt"))
    assert again.index == first.index
    assert again.first == first.first
    assert again.counts == first.counts
    assert ("turkey",) in again.index


def test_a_write_left_unfinished_by_a_killed_run_is_cleaned_up(folder):
    import os
    import time

    build = Counter()
    built("table", ["eventdesk.where"], [], build)
    stale, fresh = folder / ".table-killed.tmp", folder / ".table-writing.tmp"
    stale.write_bytes(b"half a pickle")
    fresh.write_bytes(b"another process writing")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    assert built("table", ["eventdesk.where"], [], build) == {"built": 1}
    assert not stale.exists()
    assert fresh.exists()  # a write younger than a killed run's may still be under way
