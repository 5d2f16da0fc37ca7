"""The report speaks the blueprint's language (or the one asked for): page, metrics, findings."""

from __future__ import annotations

from html import unescape
from pathlib import Path

from blueprint.check import analyse
from blueprint.cli import main
from blueprint.model import load_blueprint
from blueprint.report import render_report

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"
DUTCH_AS_IS = EXAMPLES / "lost-iphone.as-is.nl.blueprint.json"


def test_the_dutch_report_is_dutch_from_lang_to_footer(tmp_path: Path) -> None:
    output = tmp_path / "verloren-iphone.report.html"
    assert main(["report", str(DUTCH_AS_IS), "-o", str(output)]) == 1
    page = output.read_text(encoding="utf-8")
    assert '<html lang="nl">' in page
    for heading in ("<h2>Het serviceconcept</h2>", "<h2>Kengetallen</h2>", "<h2>De emotiecurve</h2>",
                    "<h2>De blueprint</h2>", "<h2>Bevindingen</h2>",
                    "<h3>Het concept en de klantreis als geheel</h3>"):
        assert heading in page
    for words in ("<th>Wat mag de klant verwachten?</th>", "<th>Klantcontacten</th>",
                  "<th>Aandeel verspillende stappen</th>", "<strong>Wat je in plaats daarvan kunt doen:</strong>",
                  "waarvan 57 min verspild", "€\u00a075,00 (aan €\u00a050,00 per uur)", "63%",
                  "wordt de inspanning zonder resultaat afgebroken", "Gemaakt met Service Blueprint Designer",
                  ">Markeringen<", ">Verbindingen<"):  # the last two: the picture's legend
        assert words in page
    for english in ("What to do instead", "Metrics", "The service concept", "not answered",
                    "of which", "abandons the effort", ">Marks<", ">Flows<"):
        assert english not in page


def test_an_english_report_of_a_dutch_blueprint(tmp_path: Path) -> None:
    output = tmp_path / "lost-iphone.report.html"
    assert main(["report", str(DUTCH_AS_IS), "-o", str(output), "--language", "en"]) == 1
    page = output.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "<h2>Findings</h2>" in page
    assert "'De politieman breekt de actie af' abandons the effort without a result" in unescape(page)
    assert "€75.00 (at €50.00 an hour)" in page and "Bevindingen" not in page
    assert ">Marks<" in page and ">Markeringen<" not in page


def test_render_report_follows_its_language_argument() -> None:
    blueprint = load_blueprint(DUTCH_AS_IS)
    result, metrics = analyse(blueprint, language="nl-BE")
    page = render_report(blueprint, result, metrics, language="nl-BE")
    assert '<html lang="nl-BE">' in page and "<title>Toets: " in page
    assert 'aria-label="Bevindingen per ernst"' in page and '<span class="severity error">fouten</span>' in page
    english = load_blueprint(EXAMPLES / "lost-iphone.as-is.en.blueprint.json").model_copy(
        update={"language": "de"})  # a language the check does not speak
    page = render_report(english, *analyse(english))
    assert '<html lang="en">' in page and "<h2>Findings</h2>" in page
