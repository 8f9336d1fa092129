"""Roster files as Korean offices make them: every encoding, separator and header, every refused file and bad row."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

import pytest

from jobsfez import i18n
from jobsfez.accounts.service import check_email
from jobsfez.drives.roster import (
    ALREADY_REGISTERED,
    BAD_BIRTH_YEAR,
    BAD_EMAIL,
    BAD_PHONE,
    DUPLICATE,
    EMPTY,
    EXTRA_CELLS,
    MAX_BYTES,
    MAX_ROWS,
    MISSING,
    MISSING_COLUMNS,
    NO_CONSENT,
    NO_HEADER,
    NO_ROWS,
    NOT_CSV,
    OUTSIDE_ELIGIBILITY,
    SAME_COLUMN_TWICE,
    TOO_LARGE,
    TOO_LONG,
    TOO_MANY_ROWS,
    TOO_MANY_SKILLS,
    UNKNOWN_SECTOR,
    WRONG_ENCODING,
    Eligibility,
    Problem,
    RosterReport,
    RosterRow,
    read_roster,
)
from jobsfez.errors import ValidationFailed
from jobsfez.skills.taxonomy_data import load_shipped_vocabulary

TODAY = date(2026, 9, 1)
DRIVE = Eligibility(on=date(2026, 10, 15), min_age=15, max_age=39)
VOCABULARY = load_shipped_vocabulary(1)
HEADER = ("이름", "이메일", "휴대폰", "출생연도", "기술", "희망 업종", "동의")
HEADER_EN = ("Name", "Email", "Phone", "Birth year", "Skills", "Sectors", "Consent")
GOOD = ("홍길동", "hong@example.com", "010-1234-5678", "2001", "파이썬, 용접", "기계", "Y")
GOOD_ROW = RosterRow(
    row=2,
    name="홍길동",
    email="hong@example.com",
    phone="010-1234-5678",
    birth_year=2001,
    skills=("파이썬", "용접"),
    sectors=("machinery",),
)
FIELDS = ("name", "email", "phone", "birth_year", "skills", "sectors", "consent")


def roster_file(
    rows: Sequence[Sequence[str]], *, header: Sequence[str] = HEADER, encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    """A roster as Excel saves one: CRLF line ends, quotes only where a cell needs them."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    return buffer.getvalue().encode(encoding)


def read(data: bytes, *, known: frozenset[str] = frozenset(), eligibility: Eligibility | None = DRIVE) -> RosterReport:
    return read_roster(data, eligibility=eligibility, known_emails=known, today=TODAY, vocabulary=VOCABULARY)


def row(**changes: str) -> tuple[str, ...]:
    """GOOD's cells with some changed, by field name."""
    return tuple(changes.get(name, cell) for name, cell in zip(FIELDS, GOOD, strict=True))


def refusal(data: bytes) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as refused:
        read(data)
    return refused.value


# Encodings, separators and headers


@pytest.mark.parametrize(
    ("encoding", "read_as"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("cp949", "cp949"), ("euc-kr", "cp949")],
)
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_every_encoding_and_separator_excel_saves_reads_the_same(encoding: str, read_as: str, delimiter: str) -> None:
    report = read(roster_file([GOOD], encoding=encoding, delimiter=delimiter))
    assert report.rows == (GOOD_ROW,)
    assert (report.encoding, report.delimiter, report.problems, report.total) == (read_as, delimiter, (), 1)


def test_a_byte_order_mark_is_not_part_of_the_first_header() -> None:
    data = roster_file([GOOD], encoding="utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")
    assert read(data).ignored_columns == ()


def test_cp949_reads_the_syllables_euc_kr_lacks() -> None:
    data = roster_file([row(name="김똠방")], encoding="cp949")  # 똠 is one of CP949's additions to EUC-KR
    assert read(data).rows[0].name == "김똠방"


@pytest.mark.parametrize(
    "header",
    [
        HEADER,
        HEADER_EN,
        ("성명", "메일", "휴대전화", "생년", "보유기술", "희망업종", "개인정보 동의"),
        ("성함", "이메일 주소", "전화번호", "출생년도", "보유 기술", "업종", "동의 여부"),
        ("이름(필수)", "이메일 (필수)", "연락처", "생년월일", "스킬", "희망 산업", "*동의"),
        ("NAME", "E-Mail", "Mobile", "Year of birth", "SKILLS", "sector", "CONSENT"),
        (" full name ", "e-mail address", "phone number", "birth_year", "skill", "Industry", "Privacy consent"),
    ],
)
def test_headers_in_korean_or_english_and_their_variants(header: tuple[str, ...]) -> None:
    assert read(roster_file([GOOD], header=header)).rows == (GOOD_ROW,)


def test_columns_in_any_order_and_only_the_required_ones() -> None:
    header = ("동의", "이메일", "이름")
    report = read(roster_file([("Y", "hong@example.com", "홍길동")], header=header))
    assert report.rows == (RosterRow(row=2, name="홍길동", email="hong@example.com"),)


def test_columns_nobody_asked_for_are_named_and_left_alone() -> None:
    header = ("번호", *HEADER, "비고")
    report = read(roster_file([("1", *GOOD, "=1+2")], header=header))
    assert report.rows == (GOOD_ROW,)
    assert report.ignored_columns == ("번호", "비고")


# Files refused whole


@pytest.mark.parametrize(
    "data",
    [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b" \t \n"],
)
def test_an_empty_file_is_refused(data: bytes) -> None:
    assert refusal(data).message == EMPTY


@pytest.mark.parametrize("rows", [[], [("",) * 7, ("",) * 7]])
def test_a_header_without_participants_is_refused(rows: list[tuple[str, ...]]) -> None:
    assert refusal(roster_file(rows)).message == NO_ROWS


@pytest.mark.parametrize(
    "data",
    [
        "Ein schöner Tag für Jürgen Müller,Y\n".encode("cp1252"),
        "名前,メール,同意\nテスト太郎,test@example.com,Y\n".encode("shift_jis"),
        "имя,почта,согласие\nИван,ivan@example.com,Y\n".encode("cp1251"),
        "姓名,邮箱,同意\n张三,zhang@example.com,Y\n".encode("gbk"),
        roster_file([GOOD], encoding="utf-16"),
        roster_file([GOOD], encoding="utf-16-le"),
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",  # the start of an .xlsx workbook
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",  # the start of an old .xls workbook
    ],
    ids=["cp1252", "shift_jis", "cp1251", "gbk", "utf-16", "utf-16-le", "xlsx", "xls"],
)
def test_a_file_in_another_encoding_is_refused(data: bytes) -> None:
    assert refusal(data).message == WRONG_ENCODING


@pytest.mark.parametrize(
    "first_row",
    [GOOD, ("",) * 7, ("No.", "Memo"), ()],
)
def test_a_file_without_a_header_is_refused(first_row: tuple[str, ...]) -> None:
    assert refusal(roster_file([GOOD], header=first_row)).message == NO_HEADER


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (("이름", "이메일", "휴대폰"), "동의/consent"),
        (("name", "phone", "skills"), "이메일/email, 동의/consent"),
        (("이메일", "동의"), "이름/name"),
    ],
)
def test_a_file_without_a_required_column_is_refused(header: tuple[str, ...], columns: str) -> None:
    refused = refusal(roster_file([("x",) * len(header)], header=header))
    assert (refused.message, refused.params) == (MISSING_COLUMNS, {"columns": columns})


def test_two_columns_for_one_field_are_refused() -> None:
    refused = refusal(roster_file([(*GOOD, "051-123-4567")], header=(*HEADER, "전화번호")))
    assert (refused.message, refused.params) == (SAME_COLUMN_TWICE, {"first": "휴대폰", "second": "전화번호"})


def test_an_unclosed_quotation_mark_is_refused_with_its_row() -> None:
    data = roster_file([GOOD, GOOD]) + '"홍길동,hong@example.com,,,,,Y\r\n'.encode()
    refused = refusal(data)
    assert (refused.message, refused.params) == (NOT_CSV, {"row": 4})


def padded_file(size: int) -> bytes:
    """A roster of one participant and exactly `size` bytes, padded with lines of spaces (blank rows)."""
    start = roster_file([GOOD])
    lines, rest = divmod(size - len(start), 100_000)
    return start + (b" " * 99_998 + b"\r\n") * lines + b" " * rest


def test_a_file_of_five_megabytes_is_read_and_a_byte_more_is_refused() -> None:
    assert read(padded_file(MAX_BYTES)).rows == (GOOD_ROW,)
    refused = refusal(padded_file(MAX_BYTES + 1))
    assert (refused.message, refused.params) == (TOO_LARGE, {"megabytes": 5})


def numbered_rows(count: int) -> list[tuple[str, ...]]:
    return [(f"참가자{n}", f"p{n}@example.com", "Y") for n in range(count)]


def test_twenty_thousand_rows_are_read_and_one_more_is_refused() -> None:
    header = ("이름", "이메일", "동의")
    blank_lines = [("", "", "")] * 10  # blank rows (Excel leaves some at the end) are not participants
    report = read(roster_file([*numbered_rows(MAX_ROWS), *blank_lines], header=header))
    assert (report.total, len(report.rows)) == (MAX_ROWS, MAX_ROWS)
    refused = refusal(roster_file(numbered_rows(MAX_ROWS + 1), header=header))
    assert (refused.message, refused.params) == (TOO_MANY_ROWS, {"limit": "20,000"})


# Rows: clean values


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("010-1234-5678", "010-1234-5678"),
        ("01012345678", "010-1234-5678"),
        ("010 1234 5678", "010-1234-5678"),
        ("010.1234.5678", "010-1234-5678"),
        ("(010) 1234-5678", "010-1234-5678"),
        ("+82 10-1234-5678", "010-1234-5678"),
        ("+82 010 1234 5678", "010-1234-5678"),
        ("+821012345678", "010-1234-5678"),
        ("1012345678", "010-1234-5678"),  # Excel kept 01012345678 as a number and dropped its 0
        ("011-123-4567", "011-123-4567"),
        ("0169876543", "016-987-6543"),
        ("02-123-4567", "02-123-4567"),
        ("0212345678", "02-1234-5678"),
        ("051-510-1234", "051-510-1234"),
        ("0555101234", "055-510-1234"),
        ("031 1234 5678", "031-1234-5678"),
        ("070-1234-5678", "070-1234-5678"),
        ("", ""),
    ],
)
def test_phone_numbers_are_written_as_koreans_write_them(typed: str, kept: str) -> None:
    assert read(roster_file([row(phone=typed)])).rows[0].phone == kept


@pytest.mark.parametrize(
    ("typed", "year"),
    [("2001", 2001), ("2001년", 2001), ("2001-03-15", 2001), ("2001.3.15.", 2001), ("20010315", 2001), ("", None)],
)
def test_a_birth_year_alone_or_in_a_date_of_birth(typed: str, year: int | None) -> None:
    assert read(roster_file([row(birth_year=typed)])).rows[0].birth_year == year


@pytest.mark.parametrize(
    "typed",
    ["Y", "y", "yes", "YES", "예", "네", "동의", "동의함", "동의 함", "동의합니다", "O", "o", "○", "1", "TRUE", "✓"],
)
def test_an_explicit_yes_is_consent(typed: str) -> None:
    assert read(roster_file([row(consent=typed)])).rows == (GOOD_ROW,)


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("기계", ("machinery",)),
        ("Machinery", ("machinery",)),
        ("machinery", ("machinery",)),
        ("AI/IT software", ("ai_software",)),
        ("AI·IT 소프트웨어", ("ai_software",)),
        ("AI/IT소프트웨어", ("ai_software",)),
        ("ai_software", ("ai_software",)),
        ("조선ㆍ해양 기자재", ("shipbuilding_marine",)),
        ("기계/에너지", ("machinery", "energy")),
        ("기계, Energy; 항만 물류", ("machinery", "energy", "port_logistics")),
        ("기계, 기계, Machinery", ("machinery",)),
        ("", ()),
    ],
)
def test_sectors_by_code_or_label_in_either_language(typed: str, codes: tuple[str, ...]) -> None:
    assert read(roster_file([row(sectors=typed)])).rows[0].sectors == codes


@pytest.mark.parametrize(
    ("typed", "skills"),
    [
        ("파이썬, 자바; SQL\n용접", ("파이썬", "자바", "SQL", "용접")),
        ("파이썬/자바·SQL", ("파이썬", "자바", "SQL")),
        ("HTML/CSS, CI/CD", ("HTML/CSS", "CI/CD")),  # the taxonomy knows them whole
        ("알고리즘·자료구조", ("알고리즘·자료구조",)),
        ("  TIG   용접 ,, 파이썬, 파이썬 ", ("TIG 용접", "파이썬")),
        ("=1+2, @SUM(A1)", ("=1+2", "@SUM(A1)")),  # formula-looking text is data; exports neutralise it
        ("", ()),
    ],
)
def test_skills_are_split_into_items_kept_as_typed(typed: str, skills: tuple[str, ...]) -> None:
    assert read(roster_file([row(skills=typed)])).rows[0].skills == skills


def test_without_a_vocabulary_a_slash_always_separates_skills() -> None:
    data = roster_file([row(skills="HTML/CSS")])
    report = read_roster(data, eligibility=DRIVE, known_emails=frozenset(), today=TODAY)
    assert report.rows[0].skills == ("HTML", "CSS")


def test_names_and_emails_are_tidied() -> None:
    kept = read(roster_file([row(name="  홍   길동 ", email="  Hong@Example.COM ")])).rows[0]
    assert (kept.name, kept.email) == ("홍 길동", "hong@example.com")


def test_formula_looking_names_are_kept_as_data() -> None:
    assert read(roster_file([row(name='=HYPERLINK("http://x")')])).rows[0].name == '=HYPERLINK("http://x")'


# Rows: every reason a row is not imported


@pytest.mark.parametrize(
    ("field", "typed", "reason", "params"),
    [
        ("name", "", MISSING, {}),
        ("name", "가" * 101, TOO_LONG, {"limit": 100}),
        ("email", "", MISSING, {}),
        ("email", "hong", BAD_EMAIL, {}),
        ("email", "hong@", BAD_EMAIL, {}),
        ("email", "hong@example", BAD_EMAIL, {}),
        ("email", "hong @example.com", BAD_EMAIL, {}),
        ("email", "hong@@example.com", BAD_EMAIL, {}),
        ("email", "h" * 65 + "@example.com", BAD_EMAIL, {}),
        ("email", "h@" + "e" * 250 + ".com", TOO_LONG, {"limit": 254}),
        ("phone", "010-1234-567", BAD_PHONE, {}),
        ("phone", "010-12345-6789", BAD_PHONE, {}),
        ("phone", "1234", BAD_PHONE, {}),
        ("phone", "1577-1234", BAD_PHONE, {}),
        ("phone", "+1 415 555 1234", BAD_PHONE, {}),
        ("phone", "010-1234-5678 (집)", BAD_PHONE, {}),
        ("phone", "051-510-1234 내선 3", BAD_PHONE, {}),
        ("phone", "0000000000", BAD_PHONE, {}),
        ("phone", "없음", BAD_PHONE, {}),
        ("birth_year", "abc", BAD_BIRTH_YEAR, {}),
        ("birth_year", "01", BAD_BIRTH_YEAR, {}),
        ("birth_year", "3001", BAD_BIRTH_YEAR, {}),
        ("birth_year", "1899", BAD_BIRTH_YEAR, {}),
        ("birth_year", "2001-03", BAD_BIRTH_YEAR, {}),
        ("birth_year", "1980", OUTSIDE_ELIGIBILITY, {"min_age": 15, "max_age": 39, "age": 46, "year": 2026}),
        ("birth_year", "1986", OUTSIDE_ELIGIBILITY, {"min_age": 15, "max_age": 39, "age": 40, "year": 2026}),
        ("birth_year", "2012", OUTSIDE_ELIGIBILITY, {"min_age": 15, "max_age": 39, "age": 14, "year": 2026}),
        ("skills", ", ".join(f"기술{n}" for n in range(41)), TOO_MANY_SKILLS, {"limit": 40}),
        ("skills", "x" * 121, TOO_LONG, {"limit": 120}),
        ("sectors", "우주항공", UNKNOWN_SECTOR, {}),
        ("consent", "", NO_CONSENT, {}),
        ("consent", "N", NO_CONSENT, {}),
        ("consent", "아니오", NO_CONSENT, {}),
        ("consent", "미동의", NO_CONSENT, {}),
        ("consent", "X", NO_CONSENT, {}),
        ("consent", "0", NO_CONSENT, {}),
        ("consent", "false", NO_CONSENT, {}),
        ("consent", "yes please", NO_CONSENT, {}),
    ],
)
def test_each_bad_value_is_reported_with_its_row_column_and_reason(
    field: str, typed: str, reason: str, params: dict[str, object]
) -> None:
    report = read(roster_file([GOOD, row(**{"email": "kim@example.com", field: typed})]))
    assert report.rows == (GOOD_ROW,)
    column = HEADER[FIELDS.index(field)]
    assert report.problems == (Problem(3, field, column, reason, typed, params),)
    assert (report.counts, report.total, report.with_problems) == ({reason: 1}, 2, 1)


def test_the_ages_at_the_edges_of_the_range_are_eligible() -> None:
    rows = [row(birth_year="2011"), row(birth_year="1987", email="kim@example.com")]
    assert len(read(roster_file(rows)).rows) == 2  # 15 and 39 in the drive's year


def test_without_an_age_range_any_plausible_birth_year_is_eligible() -> None:
    report = read(roster_file([row(birth_year="1960")]), eligibility=None)
    assert report.rows[0].birth_year == 1960


def test_an_unknown_sector_among_known_ones_is_named_alone() -> None:
    report = read(roster_file([row(sectors="기계, 우주/에너지")]))
    assert [(p.reason, p.value) for p in report.problems] == [(UNKNOWN_SECTOR, "우주")]


def test_every_problem_of_a_row_is_reported() -> None:
    cells = ("", "hong", "12", "1950", "파이썬", "우주", "N")
    report = read(roster_file([cells]))
    assert report.rows == ()
    assert [p.field for p in report.problems] == ["name", "email", "phone", "birth_year", "sectors", "consent"]
    assert sum(report.counts.values()) == 6 and report.with_problems == 1


def test_a_row_with_more_cells_than_the_header_is_reported() -> None:
    report = read(roster_file([(*GOOD, "SQL", "")]))
    assert report.problems == (Problem(2, "", "", EXTRA_CELLS, "SQL", {}),)


def test_a_short_row_lacks_what_its_missing_cells_would_hold() -> None:
    report = read(roster_file([GOOD[:2]]))
    assert [(p.field, p.reason) for p in report.problems] == [("consent", NO_CONSENT)]


def test_rows_are_numbered_as_excel_shows_them() -> None:
    multiline = row(skills="파이썬\n용접")  # one row in Excel, two lines in the file
    rows = [multiline, ("",) * 7, row(email="kim@example.com", consent="N")]
    report = read(roster_file(rows))
    assert [kept.row for kept in report.rows] == [2]
    assert [p.row for p in report.problems] == [4]


# Duplicates and people already registered


def test_a_repeated_email_is_a_duplicate_of_its_first_row_whatever_its_case() -> None:
    second = row(email="kim@example.com")
    again = row(email="HONG@example.com")
    report = read(roster_file([GOOD, second, again]))
    assert [kept.row for kept in report.rows] == [2, 3]
    assert report.problems == (Problem(4, "email", "이메일", DUPLICATE, "HONG@example.com", {"row": 2}),)


def test_people_already_registered_are_reported() -> None:
    report = read(roster_file([GOOD]), known=frozenset({" Hong@Example.com"}))
    assert report.rows == ()
    assert report.problems == (Problem(2, "email", "이메일", ALREADY_REGISTERED, "hong@example.com", {}),)


def test_importing_the_same_file_twice_adds_nobody_twice() -> None:
    rows = [row(email=f"p{n}@example.com") for n in range(5)]
    data = roster_file([*rows, row(consent="N")])
    first = read(data)
    assert len(first.rows) == 5
    second = read(data, known=frozenset(kept.email for kept in first.rows))
    assert second.rows == ()
    assert second.counts == {ALREADY_REGISTERED: 5, NO_CONSENT: 1}


# What the user reads


@pytest.mark.parametrize(
    "email",
    ["hong@example.com", "a.b+c@example.co.kr", "hong", "hong@example", "a b@example.com", "h" * 64 + "@x.kr"],
)
def test_an_email_the_roster_takes_is_one_an_account_can_have(email: str) -> None:
    report = read(roster_file([row(email=email)]))
    try:
        check_email(email)
    except ValidationFailed:
        assert report.rows == ()
    else:
        assert report.rows != ()


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_reason_reads_with_its_values_in_both_languages(language: str) -> None:
    rows = [
        ("", "hong", "12", "abc", ", ".join("x" * n for n in range(1, 43)), "우주", "N", "extra"),
        GOOD,
        row(birth_year="1950"),
        ("가" * 101, "kim@example.com", "", "", "x" * 121, "", "Y"),
        row(email="known@example.com"),
    ]
    report = read(roster_file(rows), known=frozenset({"known@example.com"}))
    assert set(report.counts) == {
        *(MISSING, BAD_EMAIL, BAD_PHONE, BAD_BIRTH_YEAR, TOO_MANY_SKILLS, UNKNOWN_SECTOR, NO_CONSENT, EXTRA_CELLS),
        *(DUPLICATE, OUTSIDE_ELIGIBILITY, TOO_LONG, ALREADY_REGISTERED),
    }
    for problem in report.problems:
        text = i18n.gettext(problem.reason, language).format(**problem.params)
        assert "{" not in text and text


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize(
    "data",
    [
        b"",
        roster_file([]),
        b"\xff\xfe\x00",
        roster_file([GOOD], header=("x", "y")),
        roster_file([GOOD], header=("이름", "이메일")),
        roster_file([GOOD], header=("이름", "성명")),
        b'name,email,consent\n"x,y\n',
        padded_file(MAX_BYTES + 1),
        roster_file(numbered_rows(MAX_ROWS + 1), header=("이름", "이메일", "동의")),
    ],
)
def test_every_refusal_reads_with_its_values_in_both_languages(data: bytes, language: str) -> None:
    refused = refusal(data)
    text = i18n.gettext(refused.message, language).format(**refused.params)
    assert "{" not in text and text
