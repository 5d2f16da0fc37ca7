"""Importing steps from a spreadsheet: placement, both languages, and every bad row named."""

from __future__ import annotations

import pytest

from blueprint.interchange import SpreadsheetUnreadable, StepsImportError, import_steps, read_steps_csv
from blueprint.model import FlowKind, loads_blueprint, dumps_blueprint, reference_problems
from blueprint.model.vocabulary import Channel, Outcome, StepKind, Value, WasteKind

LANES = ("customer", "frontstage", "backstage", "support")


def big_csv(rows: int) -> str:
    """A spreadsheet with one step per row, lanes taking turns, every column filled in."""
    lines = ["title,lane,actor,channel,value,kind,need,customer minutes,staff minutes,"
             "waiting minutes,outcome,emotion,notes"]
    for number in range(1, rows + 1):
        lane = LANES[number % len(LANES)]
        lines.append(f'Step {number},{lane},Clerk,phone,necessary,contact,"Report, loss",'
                     f"{number % 7},{number % 5},1.5,none,{number % 5 - 2},note {number}")
    return "\n".join(lines) + "\n"


def test_two_hundred_rows_import_in_one_go():
    blueprint = import_steps(big_csv(200))
    assert len(blueprint.steps) == 200
    assert [step.title for step in blueprint.steps] == [f"Step {n}" for n in range(1, 201)]
    assert [step.x for step in blueprint.steps[:3]] == [40.0, 280.0, 520.0]
    assert all(step.y == 40.0 for step in blueprint.steps)
    assert len(blueprint.flows) == 199
    assert all(flow.kind is FlowKind.SEQUENCE for flow in blueprint.flows)
    assert [need.title for need in blueprint.needs] == ["Report, loss"]
    assert {step.need for step in blueprint.steps} == {blueprint.needs[0].id}
    assert blueprint.steps[2].customer_minutes == 3.0
    assert blueprint.steps[0].kind is StepKind.CONTACT and blueprint.steps[0].channel is Channel.PHONE
    assert reference_problems(blueprint) == []
    assert loads_blueprint(dumps_blueprint(blueprint)) == blueprint


FIVE_BAD_ROWS = """title,lane,value,customer minutes,emotion
Good first step,customer,valuable,5,1
Asks again,klnt,valuable,5,0
,frontstage,necessary,2,0
Queues,customer,verspiling,10,-1
Fine step,backstage,necessary,1,0
Waits,customer,wasted,ten,-1
Angry,frontstage,wasted,3,-5
Last good step,support,necessary,0,0
"""


def test_every_bad_row_is_reported_with_its_row_number_and_reason():
    with pytest.raises(StepsImportError) as caught:
        import_steps(FIVE_BAD_ROWS, source="notes.csv")
    problems = caught.value.problems
    assert sorted({problem.row for problem in problems}) == [3, 4, 5, 7, 8]
    messages = {problem.row: problem.message for problem in problems}
    assert "'klnt' is not a lane" in messages[3] and "klant" in messages[3]
    assert "title is empty" in messages[4]
    assert "'verspiling' is not a value" in messages[5] and "'verspilling'" in messages[5]
    assert "'ten' is not a number" in messages[7]
    assert "'-5' is not an emotion" in messages[8]
    text = caught.value.describe()
    assert text.startswith("notes.csv: nothing was imported (5 bad rows)")
    assert "row 3: lane: " in text


def test_dutch_header_with_semicolons_gives_dutch_lanes_and_reads_dutch_words():
    text = ("\ufeffTitel;Baan;Actor;Kanaal;Waarde;Soort;Klantminuten;Wachtminuten;Uitkomst;Volgorde\n"
            "Doet aangifte;Klantacties;Moeder;balie;verspilling;administratie;45;20;geen;2\n"
            "Belt de politie;klant;Moeder;telefoon;nodig;contact;5;0;doorverwezen;1\n"
            "Registreert aangifte;Backstage;Agent;intern;verspilling;handeling;15;0;;3\n")
    blueprint = import_steps(text)
    assert blueprint.language == "nl"
    assert [lane.title for lane in blueprint.lanes] == [
        "Fysiek bewijs", "Klantacties", "Frontstage (zichtbaar)", "Backstage (onzichtbaar)",
        "Ondersteunende processen"]
    first, second, third = blueprint.steps
    assert (first.title, second.title, third.title) == (
        "Belt de politie", "Doet aangifte", "Registreert aangifte")
    assert first.outcome is Outcome.REFERRED and first.channel is Channel.PHONE
    assert second.value is Value.WASTED and second.kind is StepKind.ADMINISTRATION
    assert second.channel is Channel.IN_PERSON and second.waiting_minutes == 20.0
    assert third.lane == "backstage" and third.channel is Channel.INTERNAL
    assert [(f.source, f.target) for f in blueprint.flows] == [("step-1", "step-2"), ("step-2", "step-3")]


def test_english_header_keeps_english_lane_titles():
    blueprint = import_steps("Title,Lane\nLooks at the map,Customer actions\n")
    assert blueprint.language == "en"
    assert blueprint.lanes[1].title == "Customer actions"


def test_an_unknown_column_is_named_with_a_suggestion():
    with pytest.raises(StepsImportError) as caught:
        import_steps("title;lane;custmer minutes;colour\nA;customer;5;red\n")
    messages = [problem.message for problem in caught.value.problems]
    assert all(problem.row == 1 for problem in caught.value.problems)
    assert any("column C is named 'custmer minutes'" in m and "'customer minutes'" in m for m in messages)
    assert any("column D is named 'colour'" in m for m in messages)


def test_a_header_without_lane_says_which_columns_are_needed():
    with pytest.raises(StepsImportError) as caught:
        import_steps("title,value\nA,valuable\n")
    assert "there is no lane column" in caught.value.problems[0].message


def test_row_numbers_count_spreadsheet_rows_even_with_a_quoted_line_break():
    text = 'title,lane,notes\nA,customer,"two\nlines"\n\nB,nowhere,\n'
    with pytest.raises(StepsImportError) as caught:
        import_steps(text)
    assert [problem.row for problem in caught.value.problems] == [4]


def test_evidence_steps_hang_on_the_journey_by_information_flows():
    text = ("title,lane,order\nReceipt,evidence,3\nFiles a report,customer,1\n"
            "Registers,frontstage,2\nMap in the app,evidence,0\n")
    blueprint = import_steps(text)
    titles = {step.id: step.title for step in blueprint.steps}
    flows = {(titles[f.source], titles[f.target], f.kind) for f in blueprint.flows}
    assert flows == {
        ("Map in the app", "Files a report", FlowKind.INFORMATION),
        ("Files a report", "Registers", FlowKind.SEQUENCE),
        ("Registers", "Receipt", FlowKind.INFORMATION),
    }


def test_waste_kinds_read_in_either_language():
    text = "title,lane,value,waste\nQueues at the desk,customer,wasted,\"wachten, travel\"\n"
    step = import_steps(text).steps[0]
    assert step.waste == [WasteKind.WAITING, WasteKind.TRAVEL]


@pytest.mark.parametrize(("text", "expected"), [
    ("", "the file is empty"),
    ("title,lane\n\n\n", "there are no steps"),
    ("title,lane,order\nA,customer,1\nB,customer,\n", "the order is empty"),
    ("title,lane\nA,customer,extra\n", "the row has 3 cells"),
    ("title,lane,value,waste\nA,customer,valuable,travel\n", "not marked wasted"),
    ("title,lane\n" + "x" * 501 + ",customer\n", "at most 500 characters"),
    ("title,lane,title\nA,customer,B\n", "both give the title"),
])
def test_plain_reasons(text, expected):
    with pytest.raises(StepsImportError) as caught:
        import_steps(text)
    assert expected in caught.value.describe()


def test_a_file_excel_saved_in_its_windows_code_page_is_read(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes("titel;baan\nGaat naar het politiebureau;klant\nCafé;klant\n".encode("cp1252"))
    blueprint = read_steps_csv(path)
    assert blueprint.steps[1].title == "Café"


def test_a_utf16_file_with_tabs_is_read(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("title\tlane\nCalls 101\tcustomer\n".encode("utf-16"))
    assert read_steps_csv(path).steps[0].title == "Calls 101"


def test_a_workbook_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe")
    with pytest.raises(SpreadsheetUnreadable) as caught:
        read_steps_csv(path)
    assert "CSV UTF-8" in caught.value.describe()


def test_a_missing_file_is_unreadable(tmp_path):
    with pytest.raises(SpreadsheetUnreadable) as caught:
        read_steps_csv(tmp_path / "nope.csv")
    assert "there is no such file" in caught.value.describe()


@pytest.mark.parametrize("name", ["lost-iphone.as-is.nl.blueprint.json", "birth-registration.as-is.en.blueprint.json"])
def test_an_example_typed_into_a_spreadsheet_imports_with_its_own_lane_titles(name):
    from pathlib import Path

    from blueprint.model import load_blueprint

    example = load_blueprint(Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples" / name)
    lane_titles = {lane.id: lane.title for lane in example.lanes}
    header = "titel;baan;waarde;kanaal" if example.language == "nl" else "title;lane;value;channel"
    rows = [f'"{s.title}";{lane_titles[s.lane]};{s.value};{s.channel or ""}'
            for s in sorted(example.steps, key=lambda step: step.x)]
    imported = import_steps("\n".join([header, *rows]) + "\n")
    assert imported.language == example.language
    assert [lane.title for lane in imported.lanes] == [lane.title for lane in example.lanes]
    assert [(s.title, s.lane, s.value, s.channel) for s in imported.steps] == [
        (s.title, s.lane, s.value, s.channel) for s in sorted(example.steps, key=lambda step: step.x)]


def test_version_2_columns_organisation_supports_fail_point_time_and_referral():
    text = (
        "order;title;lane;channel;supports;time until the next step;organisation;"
        "referred to;contact details;hand over;fail point;what goes wrong;customer provides\n"
        '1;Call the insurer;customer;phone;;;;;;;;;"policy number; address"\n'
        "1;Claims line answers;frontstage;phone;;2 weeks;;;;;;;\n"
        "1;Claims system;support;;;;;;;;;;\n"
        "2;Adjuster visits;frontstage;in-person;;;Loss adjusters;;;;yes;visit missed;\n"
        "3;Payment run;backstage;;2;;;;;;;;\n"
        "4;Not us: call the bank;frontstage;phone;;;;The bank;0800 123;nee;;;\n")
    blueprint = import_steps(text)
    assert reference_problems(blueprint) == []
    steps = {step.title: step for step in blueprint.steps}
    # rows sharing order 1 stand in one column; the support item there serves that moment
    assert steps["Call the insurer"].x == steps["Claims line answers"].x == steps["Claims system"].x
    assert steps["Payment run"].supports == [steps["Adjuster visits"].id]
    chained = {(flow.source, flow.target) for flow in blueprint.flows}
    assert not any(steps["Claims system"].id in pair or steps["Payment run"].id in pair for pair in chained)
    # the organisation is made from its name; the fail point keeps what goes wrong
    adjusters = blueprint.organisations[0]
    assert (adjusters.name, steps["Adjuster visits"].organisation) == ("Loss adjusters", adjusters.id)
    assert steps["Adjuster visits"].fail_point and steps["Adjuster visits"].fail_point_text == "visit missed"
    # two weeks pass on the flow that leaves the claims line
    delayed = next(f for f in blueprint.flows if f.source == steps["Claims line answers"].id)
    assert (delayed.delay.amount, str(delayed.delay.unit)) == (2, "weeks")
    referral = steps["Not us: call the bank"].referral
    assert (referral.to, referral.contact_details, referral.hand_over) == ("The bank", "0800 123", False)
    assert steps["Call the insurer"].customer_provides == ["policy number", "address"]
    assert loads_blueprint(dumps_blueprint(blueprint)) == blueprint


def test_a_supports_cell_naming_no_step_and_an_unknown_time_unit_are_reported():
    text = ("title;lane;supports;time until the next step\n"
            "Ask;customer;;3 fortnights\n"
            "Lookup;support;Nothing like this;\n")
    with pytest.raises(StepsImportError) as raised:
        import_steps(text)
    messages = [str(problem) for problem in raised.value.problems]
    assert any("row 2" in m and "fortnights" in m and "unit" in m for m in messages)
    assert any("row 3" in m and "'Nothing like this' is neither the order number nor the title" in m
               for m in messages)


# ---------------------------------------------------------------- in the importer's language


def test_the_problems_are_said_in_dutch_with_the_dutch_plural():
    with pytest.raises(StepsImportError) as caught:
        import_steps(FIVE_BAD_ROWS, source="notes.csv", language="nl-BE")
    messages = {problem.row: problem.message for problem in caught.value.problems}
    assert messages[3] == ("lane: 'klnt' is geen baan (bedoelde u 'klant'?); gebruik de id van een baan "
                           "(evidence, customer, frontstage, backstage, support) of de titel van een baan, "
                           "zoals 'Klantacties' of 'Customer actions'")
    assert messages[4] == "de titel is leeg; elke stap heeft een titel nodig"
    assert "'ten' is geen getal; schrijf de minuten in cijfers" in messages[7]
    text = caught.value.describe()
    assert text.startswith("notes.csv: er is niets geïmporteerd (5 foute rijen)\n  rij 3: lane: ")
    with pytest.raises(StepsImportError) as one:
        import_steps("title;lane\nA;nowhere\n", source="one.csv", language="nl")
    assert one.value.describe().startswith("one.csv: er is niets geïmporteerd (1 foute rij)\n  rij 2: ")


def test_the_problems_are_said_in_french_with_the_french_plural(tmp_path):
    with pytest.raises(StepsImportError) as caught:
        import_steps(FIVE_BAD_ROWS, source="notes.csv", language="fr")
    text = caught.value.describe()
    assert text.startswith("notes.csv : rien n'a été importé (5 lignes erronées)\n  ligne 3 : lane: ")
    messages = {problem.row: problem.message for problem in caught.value.problems}
    assert "« -5 » n'est pas une émotion ; utilisez un nombre entier de -2 à +2" in messages[8]
    assert "« verspiling » n'est pas une valeur (vouliez-vous dire « verspilling » ?)" in messages[5]
    with pytest.raises(StepsImportError) as header:
        import_steps("titre,lane\nA,customer\n", language="fr_BE")
    assert str(header.value.problems[0]).startswith("ligne 1 : la colonne A s'appelle « titre », qui n'est "
                                                    "pas une colonne connue.")
    workbook = tmp_path / "steps.csv"
    workbook.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe")
    with pytest.raises(SpreadsheetUnreadable) as unreadable:
        read_steps_csv(workbook, language="fr")
    assert "ceci est un classeur (.xlsx), pas un fichier CSV" in unreadable.value.describe()


def test_a_language_without_a_catalogue_gets_english():
    with pytest.raises(StepsImportError) as caught:
        import_steps(FIVE_BAD_ROWS, source="notes.csv", language="de")
    assert caught.value.describe().startswith("notes.csv: nothing was imported (5 bad rows)")
