"""What every report stands on: small counts hidden, charts scaled and drawn with their figures, typed XLSX files."""

import io
import re

import openpyxl
import pytest

from jobsfez import i18n
from jobsfez.config import TEMPLATES_DIR
from jobsfez.exports import Sheet, xlsx_bytes
from jobsfez.reports import charts, privacy
from jobsfez.web.templating import LocalisedJinjaEngine, configure_environment


@pytest.mark.parametrize(("people", "shown"), [(0, None), (1, None), (4, None), (5, 5), (120, 120)])
def test_a_count_under_five_is_hidden(people: int, shown: int | None) -> None:
    assert privacy.count(people) == shown
    assert privacy.text(privacy.count(people)) == ("< 5" if shown is None else str(people))


def test_a_rate_over_a_hidden_count_is_hidden_too() -> None:
    assert privacy.rate(3, 40) is None  # 3 hires of 40 would give the 3 back
    assert privacy.rate(10, 4) is None
    assert privacy.rate(10, 40) == 0.25


def test_one_hidden_cell_of_a_total_takes_the_smallest_other_with_it() -> None:
    shown = privacy.partition({"강서구": 40, "진해구": 3, "녹산": 9, "명지": 12})
    assert shown == {"강서구": 40, "진해구": None, "녹산": None, "명지": 12}  # 40+12 leaves 12 for two cells
    assert privacy.partition({"a": 3, "b": 2, "c": 50}) == {"a": None, "b": None, "c": 50}
    assert privacy.partition({"a": 7, "b": 9}) == {"a": 7, "b": 9}
    assert privacy.partition({"a": 3}) == {"a": None}


def test_a_chart_scales_every_series_to_its_largest_shown_value() -> None:
    chart = charts.chart(("Postings", "Seekers"), [("용접", (40, 10)), ("Python 데이터 분석가 양성", (None, 20))])
    assert chart.rows[0].shares == (1.0, 0.25)
    assert chart.rows[1].shares == (0.0, 0.5)  # a hidden value draws no bar
    assert chart.rows[1].short == "Python 데이터 분석…"
    assert charts.chart(("n",), [("a", (None,))]).rows[0].shares == (0.0,)
    with pytest.raises(ValueError, match="has 1 values"):
        charts.chart(("a", "b"), [("x", (1,))])


@pytest.fixture(scope="module")
def engine() -> LocalisedJinjaEngine:
    engine = LocalisedJinjaEngine(directory=TEMPLATES_DIR)
    configure_environment(engine.engine)
    engine.engine.globals["static_url"] = lambda name: f"/static/{name}"
    return engine


@pytest.mark.parametrize("macro", ["bars", "columns"])
def test_a_chart_is_drawn_with_a_table_of_its_figures(engine: LocalisedJinjaEngine, macro: str) -> None:
    rows = [("<b>A</b>", (1200, None), ("-",)), ("11월", (40, 6), ("15 %",))]
    chart = charts.chart(("Registered", "Hired"), rows, ("Rate",))
    with i18n.language("en"):
        template = engine.get_template("reports/_charts.html")
        html = str(getattr(template.module, macro)(chart, "Funnel", "Stage"))
    assert html.count("<svg") == 1 and 'role="img"' in html
    assert "<b>A</b>" not in html and "&lt;b&gt;A&lt;/b&gt;" in html  # labels are escaped
    cells = re.findall(r"<td class=\"num\">([^<]*)</td>", html)
    assert cells == ["1,200", "&lt; 5", "-", "40", "6", "15 %"]
    assert len(re.findall(r"<rect ", html)) == 4  # a hidden value draws a zero-width bar, the table says "< 5"


@pytest.mark.parametrize("macro", ["bars", "columns"])
def test_a_chart_whose_every_figure_is_hidden_is_not_drawn_but_its_table_is(
    engine: LocalisedJinjaEngine, macro: str
) -> None:
    chart = charts.chart(("Hired",), [("2026-11", (None,)), ("2026-12", (None,))])
    assert chart.hidden and not charts.chart(("Hired",), [("2026-11", (0,))]).hidden
    with i18n.language("en"):
        template = engine.get_template("reports/_charts.html")
        html = str(getattr(template.module, macro)(chart, "Hires", "Month"))
    assert "<svg" not in html and "fewer than five people" in html
    assert re.findall(r"<td class=\"num\">([^<]*)</td>", html) == ["&lt; 5", "&lt; 5"]


def test_an_empty_chart_says_so(engine: LocalisedJinjaEngine) -> None:
    with i18n.language("ko"):
        template = engine.get_template("reports/_charts.html")
        html = str(template.module.bars(charts.chart(("n",), []), "Funnel", "Stage"))
    assert "<svg" not in html and "<table" not in html


def test_an_xlsx_export_keeps_korean_numbers_and_formula_like_text_as_typed() -> None:
    data = xlsx_bytes(
        [
            Sheet("퍼널: 2026/11", ["단계", "인원", "비율"], [["등록", 1200, 1.0], ['=HYPERLINK("x")', None, 0.5]]),
            Sheet("퍼널: 2026/11", ["a"], []),
        ]
    )
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["퍼널  2026 11", "퍼널  2026 11 (2)"]
    sheet = book.worksheets[0]
    assert [cell.value for cell in sheet[1]] == ["단계", "인원", "비율"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[2]] == ["등록", 1200, 1]
    assert sheet["A3"].value == '=HYPERLINK("x")' and sheet["A3"].data_type == "s"  # text, never a formula
    assert sheet["B3"].value is None
    with pytest.raises(TypeError, match="yes/no"):
        xlsx_bytes([Sheet("x", ["a"], [[True]])])
