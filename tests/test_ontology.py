"""The CAMEO and PLOVER tables: complete, consistent, and looked up the way coders expect."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eventdesk.errors import LexiconError
from eventdesk.ontology import (
    CameoCode,
    PloverType,
    UnknownCode,
    load_ontology,
    read_ontology,
)

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "src" / "eventdesk" / "ontology"


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


# ------------------------------------------------------------------ CAMEO codes


def test_ontology_has_every_root_01_to_20(ontology):
    roots = [entry.code for entry in ontology.codes(level=2)]
    assert roots == [f"{number:02d}" for number in range(1, 21)]


def test_ontology_has_about_three_hundred_codes_at_three_levels(ontology):
    assert 290 <= len(ontology.codes()) <= 330
    assert len(ontology.codes(level=3)) > 100
    assert len(ontology.codes(level=4)) > 100
    assert len(ontology.codes()) == sum(len(ontology.codes(level=n)) for n in (2, 3, 4))


def test_ontology_codes_rejects_a_level_that_is_not_a_digit_count(ontology):
    with pytest.raises(ValueError):
        ontology.codes(level=5)


def test_ontology_every_code_has_its_parent(ontology):
    for entry in ontology.codes():
        if entry.parent is not None:
            assert entry.parent in ontology, entry.code
            assert entry.code.startswith(entry.parent)


@pytest.mark.parametrize(
    ("code", "quad_class"),
    [("01", 1), ("0231", 1), ("057", 1), ("06", 2), ("0841", 2), ("094", 2),
     ("10", 3), ("1122", 3), ("145", 3), ("15", 4), ("173", 4), ("20", 4)],
)
def test_ontology_quad_class_follows_root(ontology, code, quad_class):
    assert ontology.cameo(code).quad_class == quad_class


def test_ontology_quad_class_is_the_same_for_every_code_of_a_root(ontology):
    for entry in ontology.codes():
        assert entry.quad_class == ontology.cameo(entry.root).quad_class, entry.code


def test_ontology_goldstein_within_minus_ten_to_ten(ontology):
    values = [entry.goldstein for entry in ontology.codes()]
    assert all(-10.0 <= value <= 10.0 for value in values)
    assert min(values) == -10.0 and max(values) == 10.0


def test_ontology_cooperation_scores_above_conflict(ontology):
    assert ontology.cameo("057").goldstein > 0  # sign formal agreement
    assert ontology.cameo("073").goldstein > 0  # provide humanitarian aid
    assert ontology.cameo("173").goldstein < 0  # arrest, detain
    assert ontology.cameo("190").goldstein < ontology.cameo("111").goldstein < 0


def test_ontology_101_means_demand_material_cooperation_as_in_the_manual(ontology):
    name = ontology.cameo("101").name.lower()
    assert "material cooperation" in name
    assert "information" not in name


@pytest.mark.parametrize(
    ("code", "words"),
    [("105", "yield"), ("106", "meeting"), ("107", "settl"), ("108", "mediation")],
)
def test_ontology_demand_codes_follow_manual_meaning(ontology, code, words):
    assert words in ontology.cameo(code).name.lower()
    assert "withdrawal" not in ontology.cameo(code).name.lower()


def test_ontology_cameo_returns_frozen_record(ontology):
    entry = ontology.cameo("0233")
    assert entry == CameoCode("0233", entry.name, 3.4, 1, "02")
    assert entry.parent == "023"
    with pytest.raises(AttributeError):
        entry.goldstein = 0.0  # type: ignore[misc]


@pytest.mark.parametrize("code", ["999", "21", "0", "00", "1a3", "", "01999"])
def test_ontology_unknown_code_raises_unknown_code_which_is_a_key_error(ontology, code):
    with pytest.raises(UnknownCode) as caught:
        ontology.cameo(code)
    assert isinstance(caught.value, KeyError)
    assert repr(code) in str(caught.value)


def test_ontology_membership_tells_known_codes(ontology):
    assert "173" in ontology
    assert "179" not in ontology


def test_load_ontology_reads_the_files_once(ontology):
    assert load_ontology() is ontology


# ------------------------------------------------------------------ PLOVER


def test_ontology_has_sixteen_plover_types(ontology):
    types = ontology.plover_types()
    assert len(types) == len(set(types)) == 16
    assert {"REQUEST", "ACCUSE", "ASSAULT", "AGREE", "CONSULT"} <= set(types)
    # 2021 manual names, not the older ones
    assert not {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"} & set(types)


def test_ontology_plover_modes_listed_per_type(ontology):
    assert "arrest" in ontology.plover_modes("COERCE")
    assert ontology.plover_modes("AGREE") == ()
    with pytest.raises(KeyError):
        ontology.plover_modes("DEMAND")


@pytest.mark.parametrize(
    ("code", "plover"),
    [("036", "AGREE"), ("042", "CONSULT"), ("051", "SUPPORT"), ("061", "COOPERATE"),
     ("073", "AID"), ("083", "CONCEDE"), ("0841", "RETREAT"), ("092", "ACCUSE"),
     ("1053", "REQUEST"), ("111", "ACCUSE"), ("125", "REJECT"), ("138", "THREATEN"),
     ("141", "PROTEST"), ("154", "MOBILIZE"), ("161", "SANCTION"), ("173", "COERCE"),
     ("182", "ASSAULT"), ("194", "ASSAULT"), ("202", "ASSAULT")],
)
def test_ontology_plover_type_of_cameo_code(ontology, code, plover):
    assert ontology.plover(code).type == plover


def test_ontology_official_exceptions_to_the_root_kept(ontology):
    assert ontology.plover("163").type == "COERCE"  # sanctions are COERCE, not SANCTION
    assert ontology.plover("175").type == "ASSAULT"  # violent repression
    assert ontology.plover("0871").mode == "ceasefire"


def test_ontology_arrest_is_coerce_with_mode_arrest(ontology):
    assert ontology.plover("173") == PloverType("COERCE", "arrest", ("legal",))


def test_ontology_several_contexts_are_split(ontology):
    assert ontology.plover("091").context == ("crime", "corruption")


def test_ontology_appeals_map_to_request(ontology):
    assert ontology.plover("02").type == "REQUEST"
    for entry in ontology.codes():
        if entry.root == "02":
            assert ontology.plover(entry.code).type == "REQUEST", entry.code
    assert ontology.plover("0233").context == ("humanitarian",)


def test_ontology_public_statements_have_no_plover_type(ontology):
    for entry in ontology.codes():
        if entry.root == "01":
            assert ontology.plover(entry.code) is None, entry.code


def test_ontology_every_base_code_outside_root_01_has_a_plover_type(ontology):
    for entry in ontology.codes(level=3):
        if entry.root != "01":
            assert ontology.plover(entry.code) is not None, entry.code


def test_ontology_four_digit_code_without_row_inherits_from_parent(ontology):
    # 1951 (precision-guided aerial munitions) is newer than the official table.
    assert ontology.plover("1951") == ontology.plover("195")
    assert ontology.plover("1834") == ontology.plover("183")


def test_ontology_root_takes_its_unspecified_code(ontology):
    assert ontology.plover("19") == ontology.plover("190")
    assert ontology.plover("10").type == "REQUEST"


def test_ontology_plover_of_unknown_code_raises(ontology):
    with pytest.raises(UnknownCode):
        ontology.plover("999")


# ------------------------------------------------------------------ malformed files


def _write_files(tmp_path: Path, cameo: str | None = None, plover: str | None = None):
    names = ("cameo.tsv", "plover.tsv", "plover_types.tsv")
    paths = []
    for name, replacement in zip(names, (cameo, plover, None)):
        path = tmp_path / name
        path.write_text(
            replacement if replacement is not None else (PACKAGE_DATA / name).read_text(),
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _cameo_with(tmp_path: Path, old: str, new: str):
    text = (PACKAGE_DATA / "cameo.tsv").read_text(encoding="utf-8")
    assert old in text
    return _write_files(tmp_path, cameo=text.replace(old, new, 1))


def _line_of(path: Path, start: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(start):
            return number
    raise AssertionError(start)


def test_ontology_copied_files_load(tmp_path):
    assert len(read_ontology(*_write_files(tmp_path)).codes()) == len(load_ontology().codes())


def test_ontology_wrong_field_count_names_file_and_line(tmp_path):
    paths = _cameo_with(tmp_path, "173\tArrest", "173\textra\tArrest")
    with pytest.raises(LexiconError, match=rf"cameo\.tsv:{_line_of(paths[0], '173')}:"):
        read_ontology(*paths)


def test_ontology_quad_class_not_matching_root_is_rejected(tmp_path):
    text = (PACKAGE_DATA / "cameo.tsv").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("173\t"))
    paths = _cameo_with(tmp_path, line, line[:-1] + "2")
    with pytest.raises(LexiconError, match=r"quad_class"):
        read_ontology(*paths)


def test_ontology_goldstein_not_a_number_is_rejected(tmp_path):
    text = (PACKAGE_DATA / "cameo.tsv").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("051\t"))
    fields = line.split("\t")
    paths = _cameo_with(tmp_path, line, "\t".join([fields[0], fields[1], "high", fields[3]]))
    with pytest.raises(LexiconError, match=r"cameo\.tsv:\d+: goldstein"):
        read_ontology(*paths)


def test_ontology_code_without_parent_is_rejected(tmp_path):
    text = (PACKAGE_DATA / "cameo.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("023\t")]
    paths = _write_files(tmp_path, cameo="\n".join(lines) + "\n")
    with pytest.raises(LexiconError, match=r"parent 023"):
        read_ontology(*paths)


def test_ontology_plover_row_for_unknown_code_is_rejected(tmp_path):
    text = (PACKAGE_DATA / "plover.tsv").read_text(encoding="utf-8")
    paths = _write_files(tmp_path, plover=text + "1799\tCOERCE\t\t\n")
    with pytest.raises(LexiconError, match=r"plover\.tsv:\d+: '1799'"):
        read_ontology(*paths)


def test_ontology_plover_row_with_old_type_name_is_rejected(tmp_path):
    text = (PACKAGE_DATA / "plover.tsv").read_text(encoding="utf-8")
    paths = _write_files(tmp_path, plover=text.replace("100\tREQUEST", "100\tDEMAND", 1))
    with pytest.raises(LexiconError, match=r"'DEMAND' is not a PLOVER type"):
        read_ontology(*paths)


def test_ontology_base_code_losing_its_plover_type_is_rejected(tmp_path):
    text = (PACKAGE_DATA / "plover.tsv").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith(("17", "150\t"))]
    paths = _write_files(tmp_path, plover="\n".join(kept) + "\n")
    with pytest.raises(LexiconError, match=r"no PLOVER type"):
        read_ontology(*paths)


def test_ontology_missing_header_is_rejected(tmp_path):
    text = (PACKAGE_DATA / "cameo.tsv").read_text(encoding="utf-8")
    paths = _write_files(tmp_path, cameo=text.replace("code\tname\tgoldstein\tquad_class\n", ""))
    with pytest.raises(LexiconError, match=r"header"):
        read_ontology(*paths)


def test_ontology_data_files_say_what_they_are():
    for name in ("cameo.tsv", "plover.tsv", "plover_types.tsv"):
        first = (PACKAGE_DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), name


# ------------------------------------------------------------------ against the reference


def _reference_rows(shared_dir: Path, name: str) -> list[dict[str, str]]:
    path = shared_dir / "reference" / name
    if not path.exists():
        pytest.skip(f"reference table {path} not available (../shared is for development only)")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_ontology_has_every_reference_code_with_its_goldstein(ontology, shared_dir):
    rows = _reference_rows(shared_dir, "cameo_codes.tsv")
    assert len(rows) > 300
    for row in rows:
        entry = ontology.cameo(row["code"])
        if row["goldstein"]:
            assert entry.goldstein == float(row["goldstein"]), row["code"]
    assert {row["code"] for row in rows} == {entry.code for entry in ontology.codes()}


def test_ontology_quad_class_agrees_with_reference(ontology, shared_dir):
    for row in _reference_rows(shared_dir, "cameo_codes.tsv"):
        assert str(ontology.cameo(row["code"]).quad_class) == row["quad_class"], row["code"]


def test_ontology_plover_agrees_with_official_table(ontology, shared_dir):
    for row in _reference_rows(shared_dir, "cameo_to_plover.tsv"):
        if row["cameo_code"] not in ontology:
            continue  # 1214: not a CAMEO 1.1b3 code
        found = ontology.plover(row["cameo_code"])
        assert found is not None, row["cameo_code"]
        assert found.type == row["plover_event"], row["cameo_code"]
        assert (found.mode or "") == row["plover_mode"], row["cameo_code"]
        assert ";".join(found.context) == row["plover_context"], row["cameo_code"]


def test_ontology_plover_types_agree_with_reference(ontology, shared_dir):
    path = shared_dir / "reference" / "plover.json"
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is for development only)")
    reference = json.loads(path.read_text(encoding="utf-8"))
    assert [t["event_type"] for t in reference["event_types"]] == list(ontology.plover_types())
