"""``blueprint check``: text, JSON and CSV output, the concept option, exit statuses."""

from __future__ import annotations

import csv
import io
import json

from blueprint.check import RULES
from blueprint.cli import main
from blueprint.model import ChannelRule, ServiceConcept, save_concept
from make_fixtures import FIXTURES

from blueprint.ui.files.examples import examples_dir

EXAMPLES = examples_dir()

REFUSED = str(FIXTURES / "refusal-without-alternative/invalid/cant-be-done-here.blueprint.json")
CLEAN = str(FIXTURES / "refusal-without-alternative/valid/referred.blueprint.json")
LONG_QUEUE = str(FIXTURES / "waiting-over-standard/invalid/long-queue.blueprint.json")  # one warning
IN_PERSON = str(FIXTURES / "channel-rule-broken/valid/no-channel-rules.blueprint.json")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["check", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def rules_in(text_output: str) -> set[str]:
    """The rule ids at the ends of the finding lines of text output."""
    return {line.split()[-1] for line in text_output.splitlines() if line.startswith("  ")}


def test_text_has_one_line_per_finding_and_a_summary(capsys) -> None:
    status, out, _ = run(capsys, REFUSED)
    lines = out.splitlines()
    assert status == 1
    assert lines[0] == REFUSED
    refusal = next(line for line in lines if line.endswith("refusal-without-alternative"))
    assert refusal.split()[:2] == ["no", "error"]
    assert "'That can't be done here'" in refusal
    assert lines[-1] == "1 file checked: 2 errors, 0 warnings, 0 info"


def test_clean_file_exits_zero(capsys) -> None:
    status, out, _ = run(capsys, CLEAN)
    assert status == 0
    assert out.splitlines()[-1] == "1 file checked: no findings"


def test_max_warnings(capsys) -> None:
    assert run(capsys, LONG_QUEUE)[0] == 0
    assert run(capsys, LONG_QUEUE, "--max-warnings", "1")[0] == 0
    status, out, _ = run(capsys, LONG_QUEUE, "--max-warnings", "0")
    assert status == 1
    assert out.splitlines()[-1].endswith("more than the 0 warnings allowed")
    assert run(capsys, LONG_QUEUE, "--max-warnings", "-1")[0] == 2


def test_json_findings_and_metrics(capsys) -> None:
    status, out, _ = run(capsys, REFUSED, "--format", "json")
    document = json.loads(out)
    assert status == 1
    assert set(document) == {"files", "summary"}
    assert document["summary"] == {"files": 1, "errors": 2, "warnings": 0, "info": 0, "suppressed": 0}
    [checked] = document["files"]
    assert set(checked) == {"file", "findings", "metrics"}
    refusal = next(f for f in checked["findings"] if f["rule"] == "refusal-without-alternative")
    assert refusal == {"rule": "refusal-without-alternative", "severity": "error", "elements": ["no"],
                       "message": refusal["message"], "hint": RULES["refusal-without-alternative"].hint}
    assert checked["metrics"]["contacts"] == 2


def test_json_has_the_same_shape_for_several_files(capsys) -> None:
    _, out, _ = run(capsys, REFUSED, CLEAN, "--format", "json")
    document = json.loads(out)
    assert [checked["file"] for checked in document["files"]] == [REFUSED, CLEAN]
    assert document["summary"]["files"] == 2


def test_csv_is_one_rectangular_table_of_findings(capsys) -> None:
    status, out, _ = run(capsys, REFUSED, CLEAN, "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert status == 1
    assert rows[0] == ["file", "rule", "severity", "elements", "message", "hint"]
    assert {len(row) for row in rows} == {6}
    refusal = next(row for row in rows if row[1] == "refusal-without-alternative")
    assert refusal[0] == REFUSED
    assert refusal[3] == "no" and refusal[5] == RULES["refusal-without-alternative"].hint
    assert len(rows) == 1 + 2  # the clean file adds no row


def test_metrics_csv_is_one_rectangular_table(capsys, tmp_path) -> None:
    metrics = tmp_path / "metrics.csv"
    lost_iphone = str(EXAMPLES / "lost-iphone.as-is.en.blueprint.json")
    status, _, _ = run(capsys, REFUSED, lost_iphone, "--format", "csv", "--metrics-csv", str(metrics))
    rows = list(csv.reader(io.StringIO(metrics.read_text(encoding="utf-8"))))
    assert status == 1
    assert rows[0] == ["file", "metric", "item", "value", "label"]
    assert {len(row) for row in rows} == {5}
    assert [REFUSED, "contacts", "", "2", ""] in rows
    assert [lost_iphone, "emotion_curve", "file-report", "-2", "File the report"] in rows


def test_metrics_csv_that_cannot_be_written_exits_two(capsys, tmp_path) -> None:
    status, _, err = run(capsys, CLEAN, "--metrics-csv", str(tmp_path / "no-such-folder" / "m.csv"))
    assert status == 2 and "cannot be written" in err


def test_concept_option_checks_against_another_concept(capsys, tmp_path) -> None:
    concept = tmp_path / "no-trips.concept.json"
    save_concept(ServiceConcept(channel_rules=[ChannelRule(kind="administration", forbidden=["in-person"])]),
                 concept)
    _, own, _ = run(capsys, IN_PERSON)
    status, other, _ = run(capsys, IN_PERSON, "--concept", str(concept))
    assert "channel-rule-broken" not in rules_in(own)
    assert {"channel-rule-broken", "concept-incomplete"} <= rules_in(other)
    assert status == 1


def test_preset_option(capsys) -> None:
    _, out, _ = run(capsys, LONG_QUEUE, "--preset", "strict")
    assert out.splitlines()[-1] == "1 file checked: 1 error, 0 warnings, 0 info"


def test_unreadable_files_exit_two_with_the_loaders_message(capsys, tmp_path) -> None:
    broken = tmp_path / "broken.blueprint.json"
    broken.write_text("{", encoding="utf-8")
    status, out, err = run(capsys, str(tmp_path / "missing.blueprint.json"), str(broken), CLEAN)
    assert status == 2
    assert "there is no such file" in err and "not valid JSON at line 1" in err
    assert "Traceback" not in err
    assert out.splitlines()[-1] == "1 file checked: no findings"
    status, _, err = run(capsys, CLEAN, "--concept", str(tmp_path / "missing.concept.json"))
    assert status == 2 and "there is no such file" in err


def test_the_summary_speaks_the_findings_language_with_singular_and_plural() -> None:
    from blueprint.check.finding import CheckResult, Finding
    from blueprint.cli.check import Checked, summary
    from blueprint.model import Severity

    def checked(language: str, errors: int) -> Checked:
        finding = Finding("dead-end", Severity.ERROR, (), "x", "y")
        return Checked("a.blueprint.json", CheckResult(findings=[finding] * errors), {}, language)

    assert summary([checked("en", 1)], None) == "1 file checked: 1 error, 0 warnings, 0 info"
    assert summary([checked("en", 2), checked("en", 0)], 0) == "2 files checked: 2 errors, 0 warnings, 0 info"
    assert summary([checked("nl", 1)], None) == "1 bestand getoetst: 1 fout, 0 waarschuwingen, 0 info"
    assert summary([checked("nl", 0)], None) == "1 bestand getoetst: geen bevindingen"


def test_csv_output_never_hands_a_spreadsheet_a_formula(capsys, tmp_path) -> None:
    from blueprint.model import Blueprint, Step, save_blueprint

    hostile = ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A9)", "+1+2", "-2+3", "\t=1", "\r=1"]
    path = tmp_path / "hostile.blueprint.json"
    save_blueprint(Blueprint(steps=[Step(id=f"s{n}", title=title, lane="customer", x=240 * n)
                                    for n, title in enumerate(hostile)]), path)
    _, out, _ = run(capsys, str(path), "--format", "csv")
    cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
    quoted = {title for title in hostile for cell in cells if f"'{title}'" in cell or f"\u2018{title}\u2019" in cell}
    assert {cell for cell in cells if cell.startswith(("=", "+", "@", "\t", "\r"))} == set()
    assert not [cell for cell in cells if cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit()]
    assert quoted, "the hostile titles are in the messages"


def test_numbers_stay_numbers_in_csv() -> None:
    from blueprint.interchange.csv_safe import safe_cell

    assert [safe_cell(v) for v in (-2, "-1.5", "+3", 0.25, "=1", "-x", "@a", "plain")] == \
        ["-2", "-1.5", "+3", "0.25", "'=1", "'-x", "'@a", "plain"]
