"""Every template compiles, and every interface text has its Korean translation."""

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest
from babel.numbers import format_decimal
from jinja2 import Environment

from jobsfez import i18n
from jobsfez.config import TEMPLATES_DIR
from jobsfez.dev.messages import extract
from jobsfez.web.templating import FixedWordsTranslated, LocalisedJinjaEngine, configure_environment, number, this_page

TEMPLATES = sorted(p.relative_to(TEMPLATES_DIR).as_posix() for p in TEMPLATES_DIR.rglob("*.*"))


@pytest.fixture(scope="module")
def engine() -> LocalisedJinjaEngine:
    engine = LocalisedJinjaEngine(directory=TEMPLATES_DIR)
    configure_environment(engine.engine)
    return engine


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_template_compiles(name: str, language: str, engine: LocalisedJinjaEngine) -> None:
    with i18n.language(language):
        engine.get_template(name)


def test_fixed_words_are_translated_when_compiled_and_the_rest_when_rendered() -> None:
    engine = LocalisedJinjaEngine(engine_instance=Environment(autoescape=True))
    configure_environment(engine.engine)
    source = (
        '{{ _("Jobs") }}|{{ _("Page {page} of {pages}").format(page="<1>", pages=2) }}|{{ _(word) }}'
        '|{{ thing._("Jobs") }}|{{ _("Jobs", x=1) }}'
    )

    class Thing:
        def _(self, text: str) -> str:
            return "attribute " + text

    rendered = {}
    for language in i18n.LANGUAGES:
        environment = engine.engine.overlay(extensions=[FixedWordsTranslated])
        environment.extend(translation_language=language)
        code = environment.compile(source, raw=True)
        assert code.count("gettext") <= 2, code  # only _(word) and the call with a variable stay calls
        assert i18n.gettext("Jobs", language) in code
        with i18n.language(language):
            rendered[language] = environment.from_string(source).render(word="Log in", thing=Thing())
    assert rendered["ko"] == (
        f"{i18n.gettext('Jobs', 'ko')}|{i18n.gettext('Page {page} of {pages}', 'ko').format(page='&lt;1&gt;', pages=2)}"
        f"|{i18n.gettext('Log in', 'ko')}|attribute Jobs|{i18n.gettext('Jobs', 'ko')}"
    )
    assert rendered["en"] == "Jobs|Page &lt;1&gt; of 2|Log in|attribute Jobs|Jobs"
    assert rendered["ko"] != rendered["en"]


def test_each_language_gets_its_own_compiled_page(engine: LocalisedJinjaEngine) -> None:
    with i18n.language("ko"):
        korean = engine.get_template("base.html")
    with i18n.language("en"):
        english = engine.get_template("base.html")
    assert korean is not english
    with i18n.language("ko"):
        assert engine.get_template("base.html") is korean


@pytest.mark.parametrize("name", [n for n in TEMPLATES if Path(n).name.startswith("_") and n.endswith(".html")])
def test_fragments_never_extend_a_layout(name: str) -> None:
    assert "{% extends" not in (TEMPLATES_DIR / name).read_text("utf-8"), name


def test_every_msgid_has_a_korean_translation() -> None:
    korean = i18n.catalog("ko")
    # a plural (ngettext) is looked up by either of its English forms
    ids = [m.id[0] if isinstance(m.id, tuple) else m.id for m in extract() if m.id]
    missing = [str(msgid) for msgid in ids if str(msgid) not in korean]
    assert missing == [], f"{len(missing)} msgids without Korean: run python -m jobsfez.dev.messages"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("value", [0, 7, 999, 1000, -1234, 12_345_678, 10**15, 2.5, 1234.5678])
def test_numbers_read_as_babel_writes_them(language: str, value: float) -> None:
    with i18n.language(language):
        assert number(value) == format_decimal(value, locale=i18n.babel_locale(language))
        assert number(None) == ""


def test_no_message_is_marked_inside_an_f_string() -> None:
    # Python 3.11's tokenizer reads an f-string as one string: the extractor never sees a gettext call inside
    # it, so that message is never translated ("월급 2,646,000원 (negotiable)" was shown to Korean readers)
    marked = {"_", "gettext", "ngettext", "lazy"}
    hidden = []
    for path in (Path(__file__).resolve().parents[2] / "src" / "jobsfez").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call):
                        name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
                        if name in marked:
                            hidden.append(f"{path.name}:{call.lineno}")
    assert hidden == []


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/jobs", b"", "/jobs"),
        (
            "/jobs",
            b"q=%EC%9A%A9%EC%A0%91&district=ungdong",
            "/jobs%3Fq%3D%25EC%259A%25A9%25EC%25A0%2591%26district%3Dungdong",
        ),
        ("/jobs", "q=용접".encode(), "/jobs%3Fq%3D%EC%9A%A9%EC%A0%91"),  # UTF-8 a client did not escape
        ("/직업/a b", b"", "/%EC%A7%81%EC%97%85/a%20b"),
    ],
)
def test_this_page_travels_in_a_next_parameter_and_comes_back_the_same(path: str, query: bytes, expected: str) -> None:
    request = SimpleNamespace(scope={"path": path, "query_string": query})
    assert this_page(request) == expected  # type: ignore[arg-type]


def test_every_kind_of_message_has_a_subject_and_a_label_on_the_deliveries_page() -> None:
    """The outbox takes only kinds with templates (the inbox titles each by its subject); the deliveries page names
    each in words; an e-mail has its text and HTML (hire_erased goes to the inbox only, a centre's drive events to
    its webhook only)."""
    from jobsfez.drives.hooks import EVENTS
    from jobsfez.notifications.controllers import KIND_LABELS
    from jobsfez.notifications.messages import kinds

    assert kinds() == set(KIND_LABELS)
    for kind in kinds():
        for suffix in (".txt", ".html"):
            exists = (TEMPLATES_DIR / "notifications" / f"{kind}{suffix}").exists()
            assert exists or kind == "hire_erased" or kind in EVENTS, kind
