"""``blueprint import``: writes the blueprint, or lists every bad row and writes nothing."""

from __future__ import annotations

from blueprint.cli import main
from blueprint.model import load_blueprint

GOOD = "titel;baan;waarde\nBelt de politie;klant;nodig\nDoet aangifte;Klantacties;verspilling\n"
BAD = ("title,lane,value\nA,customer,valuable\nB,klnt,valuable\nC,customer,good\n"
       ",customer,\nD,customer,\nE,customer,wasted\nF,nowhere,\nG,customer,nice\n")


def test_import_writes_the_blueprint_titled_after_the_csv(tmp_path, capsys):
    source = tmp_path / "gent-notes.csv"
    source.write_text(GOOD, encoding="utf-8")
    assert main(["import", str(source)]) == 0
    blueprint = load_blueprint(tmp_path / "gent-notes.blueprint.json")
    assert blueprint.title == "gent-notes"
    assert [step.title for step in blueprint.steps] == ["Belt de politie", "Doet aangifte"]
    assert "2 steps imported" in capsys.readouterr().out


def test_bad_rows_exit_1_list_every_row_and_write_nothing(tmp_path, capsys):
    source = tmp_path / "notes.csv"
    source.write_text(BAD, encoding="utf-8")
    output = tmp_path / "out.blueprint.json"
    assert main(["import", str(source), "-o", str(output)]) == 1
    printed = capsys.readouterr().out
    for row in (3, 4, 5, 8, 9):
        assert f"row {row}: " in printed
    assert "(5 bad rows)" in printed
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.csv"]


def test_an_existing_output_is_kept_without_force(tmp_path, capsys):
    source = tmp_path / "notes.csv"
    source.write_text(GOOD, encoding="utf-8")
    output = tmp_path / "kept.blueprint.json"
    output.write_text("precious", encoding="utf-8")
    assert main(["import", str(source), "-o", str(output)]) == 2
    assert "--force" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "precious"
    assert main(["import", str(source), "-o", str(output), "--force", "--title", "Gent"]) == 0
    assert load_blueprint(output).title == "Gent"


def test_an_unreadable_csv_exits_2(tmp_path, capsys):
    assert main(["import", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "x.blueprint.json")]) == 2
    assert "there is no such file" in capsys.readouterr().err
    assert not (tmp_path / "x.blueprint.json").exists()
