"""``blueprint report``: writes the page, exit codes as the check's, plain messages."""

from __future__ import annotations

from pathlib import Path

from blueprint.cli import main
from blueprint.model import Blueprint, ServiceConcept, Step, save_blueprint, save_concept
from blueprint.model.vocabulary import Outcome, StepKind, Value

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"
CLEAN_EXAMPLE = EXAMPLES / "lost-iphone.to-be.en.blueprint.json"  # no error, no warning
FAULTY_EXAMPLE = EXAMPLES / "lost-iphone.as-is.en.blueprint.json"  # errors


def untidy_blueprint(path: Path) -> Path:
    """A blueprint whose concept answers nothing: the check warns, finds no error."""
    save_blueprint(Blueprint(title="Trip <b>", steps=[
        Step(id="s", title="Ask", lane="customer", kind=StepKind.CONTACT, value=Value.VALUABLE,
             outcome=Outcome.RESOLVED)]), path)
    return path


def test_writes_the_report_and_exits_0_on_warnings_alone(tmp_path, capsys):
    source = untidy_blueprint(tmp_path / "trip.blueprint.json")
    output = tmp_path / "out.html"
    assert main(["report", str(source), "-o", str(output)]) == 0
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Trip &lt;b&gt;" in page
    assert "report written (0 errors, 1 warning" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_more_warnings_than_allowed_exit_1(tmp_path):
    source = untidy_blueprint(tmp_path / "trip.blueprint.json")
    output = tmp_path / "out.html"
    assert main(["report", str(source), "-o", str(output), "--max-warnings", "0"]) == 1
    assert output.is_file()
    assert main(["report", str(source), "-o", str(output), "--max-warnings", "1"]) == 0


def test_errors_exit_1_and_a_clean_journey_exits_0(tmp_path):
    output = tmp_path / "report.html"
    assert main(["report", str(FAULTY_EXAMPLE), "-o", str(output)]) == 1
    assert "abandoned-effort" in output.read_text(encoding="utf-8")
    assert main(["report", str(CLEAN_EXAMPLE), "-o", str(output)]) == 0
    assert "The check found nothing" in output.read_text(encoding="utf-8")


def test_default_output_lies_beside_the_blueprint(tmp_path):
    source = untidy_blueprint(tmp_path / "trip.blueprint.json")
    main(["report", str(source)])
    assert (tmp_path / "trip.report.html").is_file()


def test_a_separate_concept_and_the_strict_preset(tmp_path):
    source = untidy_blueprint(tmp_path / "trip.blueprint.json")
    concept = tmp_path / "own.concept.json"
    save_concept(ServiceConcept(promise="One complete effort with result"), concept)
    output = tmp_path / "out.html"
    # strict raises the unanswered-concept warning to an error
    assert main(["report", str(source), "--concept", str(concept), "--preset", "strict",
                 "-o", str(output)]) == 1
    assert "One complete effort with result" in output.read_text(encoding="utf-8")


def test_a_missing_file_exits_2_with_the_loaders_message(tmp_path, capsys):
    missing = tmp_path / "nothing.blueprint.json"
    assert main(["report", str(missing), "-o", str(tmp_path / "out.html")]) == 2
    error = capsys.readouterr().err
    assert "there is no such file" in error and "Traceback" not in error
    assert not (tmp_path / "out.html").exists()


def test_a_broken_blueprint_or_concept_exits_2(tmp_path, capsys):
    broken = tmp_path / "broken.blueprint.json"
    broken.write_text("{ not json", encoding="utf-8")
    assert main(["report", str(broken), "-o", str(tmp_path / "out.html")]) == 2
    assert "not valid JSON at line 1" in capsys.readouterr().err
    source = untidy_blueprint(tmp_path / "trip.blueprint.json")
    assert main(["report", str(source), "--concept", str(tmp_path / "none.concept.json"),
                 "-o", str(tmp_path / "out.html")]) == 2
    assert "none.concept.json" in capsys.readouterr().err


def test_an_unwritable_output_or_unknown_preset_exits_2(tmp_path, capsys):
    source = untidy_blueprint(tmp_path / "trip.blueprint.json")
    assert main(["report", str(source), "-o", str(tmp_path / "no-such-folder" / "r.html")]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert main(["report", str(source), "--preset", "lenient"]) == 2
    assert main(["report", str(source), "--max-warnings", "-1"]) == 2
