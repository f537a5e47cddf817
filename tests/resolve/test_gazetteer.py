"""The gazetteer index: fast parsing of the GeoNames table and lookups."""

from __future__ import annotations

from pathlib import Path

from tarikh.resolve.gazetteer import Gazetteer, coarse, coarse_many, index_lines

RAW = (
    '{"1": {"geonameid": 1, "name": "Qarabel", "latitude": 41.5, "longitude": 80.25, "countrycode": "XX", '
    '"population": 12000, "timezone": "Asia/X", "admin1code": "01", "alternatenames": ["Karabel", '
    '"\\u041a\\u0430\\u0440\\u0430", "Qarabel"]}, '
    '"2": {"geonameid": 2, "name": "S\\u00fcdtal", "latitude": -3.0, "longitude": 10.0, "countrycode": "YY", '
    '"population": null, "timezone": "Europe/Y", "admin1code": "02", "alternatenames": []}}'
)


def test_coarse_many_equals_coarse() -> None:
    names = ["Qumul", "Kumul", "Alma-Ata", "Tarbagatai", "Shara-Sume", "Yarkant"]
    assert coarse_many(names) == [coarse(n) for n in names]
    assert coarse("Qumul") == coarse("Kumul")


def test_index_lines_parse_names_alternates_and_nulls(tmp_path: Path) -> None:
    lines = index_lines(RAW)
    names = sorted(line.split("\t")[1] for line in lines)
    assert names == ["Karabel", "Qarabel", "Südtal"]  # Cyrillic alternate dropped, duplicate once
    path = tmp_path / "gaz.tsv"
    path.write_text("".join(sorted(lines)), encoding="utf-8")
    gaz = Gazetteer(path)
    hits = gaz.lookup("Karabel")
    assert {p.gid for p in hits} == {1}
    assert hits[0].population == 12000 and hits[0].lat == 41.5
    sud = gaz.lookup("Sudtal")
    assert sud and sud[0].population == 0
