"""A drive's roster file, read and checked: plain bytes in, clean rows and every problem with its row out.

Pure and synchronous, like the matching core: no database, no web. The preview is one call of `read_roster`;
the commit stores `RosterReport.rows` (canonicalising their skills with the taxonomy service) and nothing
else. A file that cannot be read as a roster at all is refused whole with one `ValidationFailed`; a file that
can is never refused for its rows: each problem is reported with the row number Excel shows (the header is
row 1) and a msgid saying why.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import date
from functools import cache

from jobsfez.choices import SECTORS
from jobsfez.errors import ValidationFailed
from jobsfez.i18n import gettext, lazy
from jobsfez.skills.match.normalise import normalise
from jobsfez.skills.match.vocab import Vocabulary

# Limits of a file the centre uploads (issue 13): beyond them the file is refused whole.
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
# Field limits, as the rest of the platform has them: a display name (accounts), an address (RFC 5321), a
# profile's skills (seekers).
MAX_NAME_CHARS = 100
MAX_EMAIL_CHARS = 254
MAX_SKILL_CHARS = 120
MAX_SKILLS = 40
# A birth year further back than this is a typing mistake, not a participant.
OLDEST_AGE = 100
# Excel's defaults: "CSV UTF-8" (with a BOM) and, in Korea, "CSV" in CP949 (a superset of EUC-KR).
ENCODINGS = ("utf-8-sig", "cp949")
DELIMITERS = (",", "\t")

# The columns a roster may have, each with the header names Korean and English offices give it, compared after
# `_header_key` (case, spaces, punctuation and a parenthesised note such as "(필수)" set aside).
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "name": ("이름", "성명", "성함", "name", "full name"),
    "email": ("이메일", "메일", "이메일 주소", "전자우편", "email", "e-mail", "mail", "email address"),
    "phone": (
        *("휴대폰", "휴대전화", "휴대폰 번호", "휴대전화 번호", "핸드폰", "핸드폰 번호", "전화번호", "연락처"),
        *("phone", "mobile", "phone number", "mobile phone", "mobile number", "cell phone", "tel", "telephone"),
    ),
    "birth_year": (
        *("출생연도", "출생년도", "생년", "생년월일"),
        *("birth year", "year of birth", "date of birth", "birth date", "birthday"),
    ),
    "skills": ("기술", "보유기술", "보유 기술", "기술 스택", "스킬", "skills", "skill"),
    "sectors": ("희망 업종", "희망업종", "업종", "희망 산업", "sectors", "sector", "industry", "industries"),
    "consent": (
        *("동의", "개인정보 동의", "동의 여부", "개인정보 수집 동의", "개인정보 수집·이용 동의", "개인정보 제공 동의"),
        *("consent", "privacy consent", "agree"),
    ),
}
REQUIRED = ("name", "email", "consent")
# What an explicit yes looks like in a Korean office's spreadsheet (the circle is the usual tick on Korean forms);
# anything else, a blank included, is no consent.
CONSENT_YES = frozenset(
    {"y", "yes", "예", "네", "동의", "동의함", "동의합니다", "o", "○", "◯", "v", "✓", "✔", "1", "true"}
)

# Between the items of a list cell. Skills are also split on a slash or a middle dot unless the vocabulary knows
# the whole (HTML/CSS, 알고리즘·자료구조); sectors likewise unless the whole is a sector (AI·IT 소프트웨어).
LIST_SEPARATORS = re.compile(r"[,;\n\r，；]")
INNER_SEPARATORS = re.compile(r"[/·ㆍ・]")
# The shape accounts.check_email accepts (the participant later claims an account with it); a test holds the
# two to the same answers.
EMAIL_SHAPE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ().-]+$")
# Mobile (010 with eight digits; the old 011 and 016-019 with seven or eight), Seoul, the other areas, and 070.
PHONE_DIGITS = re.compile(r"^(010\d{8}|01[16-9]\d{7,8}|02\d{7,8}|0(3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)\d{7,8})$")
# Excel stores 01012345678 typed in a cell as the number 1012345678: a mobile number that lost its leading 0.
MOBILE_WITHOUT_ZERO = re.compile(r"^1[016-9]\d{7,8}$")
# 1999, 1999년, or a date of birth that starts with its year (1999-03-15, 1999.3.15., 19990315).
BIRTH_YEAR = re.compile(r"^(\d{4})(년|[-./]\d{1,2}[-./]\d{1,2}\.?|\d{4})?$")

# Why a file is refused whole.
TOO_LARGE = lazy("The file is larger than {megabytes} MB: split it into smaller files.")
TOO_MANY_ROWS = lazy("The file has more than {limit} rows: split it into smaller files.")
EMPTY = lazy("The file is empty.")
NO_ROWS = lazy("The file has a header row but no participants under it.")
WRONG_ENCODING = lazy(
    "We could not read the characters of this file. In Excel, save it as “CSV UTF-8” or “CSV (comma delimited)”."
)
NOT_CSV = lazy("We could not read the file as CSV near row {row}: check its quotation marks.")
NO_HEADER = lazy("The first row must name the columns, such as 이름, 이메일 and 동의 (or name, email and consent).")
MISSING_COLUMNS = lazy("The file has no column for {columns}.")
SAME_COLUMN_TWICE = lazy("The columns “{first}” and “{second}” mean the same thing: keep one of them.")

# Why a row is not imported.
MISSING = lazy("This value is required.")
BAD_EMAIL = lazy("This is not an email address.")
BAD_PHONE = lazy("This is not a Korean phone number (like 010-1234-5678 or 051-123-4567).")
BAD_BIRTH_YEAR = lazy("This is not a birth year (four digits, like 2001).")
DUPLICATE = lazy("The same email is on row {row}.")
ALREADY_REGISTERED = lazy("This person is already registered for the drive.")
OUTSIDE_ELIGIBILITY = lazy("The drive is for ages {min_age} to {max_age}; this person is {age} in {year}.")
NO_CONSENT = lazy("No consent: write Y or 동의 once the person has agreed.")
UNKNOWN_SECTOR = lazy("This is not one of the platform's sectors.")
TOO_LONG = lazy("This is longer than {limit} characters.")
TOO_MANY_SKILLS = lazy("More than {limit} skills.")
EXTRA_CELLS = lazy("This row has more cells than the header has columns: put a value with a comma in quotes.")


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Who a drive is for: ages counted as the platform counts them (the drive's year minus the birth year)."""

    on: date  # the drive's (first) day
    min_age: int = 15
    max_age: int = 39


@dataclass(frozen=True, slots=True)
class RosterRow:
    """A participant ready to store: clean values, sectors as codes, skills as typed for the canonicaliser."""

    row: int
    name: str
    email: str
    phone: str = ""
    birth_year: int | None = None
    skills: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a row is not imported: the row and column as the user sees them, a msgid, and the value as typed."""

    row: int
    field: str  # a key of COLUMNS, or "" for the row as a whole
    column: str  # the header as typed in the file
    reason: str
    value: str
    params: Mapping[str, object]  # for the msgid's placeholders


@dataclass(frozen=True, slots=True)
class RosterReport:
    """What the preview shows and the commit stores: only `rows` are ever stored."""

    rows: tuple[RosterRow, ...]
    problems: tuple[Problem, ...]
    counts: Mapping[str, int]  # reason msgid -> number of problems
    total: int  # participants' rows read, blank rows aside
    encoding: str
    delimiter: str
    ignored_columns: tuple[str, ...]

    @property
    def with_problems(self) -> int:
        return self.total - len(self.rows)


def read_roster(
    data: bytes,
    *,
    eligibility: Eligibility | None,
    known_emails: Set[str],
    today: date,
    vocabulary: Vocabulary | None = None,
) -> RosterReport:
    """Check a whole roster before anything is stored, so the centre fixes every row in one go."""
    if len(data) > MAX_BYTES:
        raise ValidationFailed(TOO_LARGE, megabytes=MAX_BYTES // (1024 * 1024))
    text, encoding = _decode(data)
    if not text.strip():
        raise ValidationFailed(EMPTY)
    delimiter = _delimiter(text.partition("\n")[0])
    records = _records(text, delimiter)
    header = records[0]
    columns, ignored = _columns(header)
    body = [(number, cells) for number, cells in enumerate(records[1:], 2) if any(cells)]
    if len(body) > MAX_ROWS:
        raise ValidationFailed(TOO_MANY_ROWS, limit=f"{MAX_ROWS:,}")
    if not body:
        raise ValidationFailed(NO_ROWS)
    checker = _RowChecker(columns, header, eligibility, known_emails, today, vocabulary)
    rows = [row for number, cells in body if (row := checker.check(number, cells)) is not None]
    problems = tuple(checker.problems)
    return RosterReport(
        rows=tuple(rows),
        problems=problems,
        counts=dict(Counter(problem.reason for problem in problems)),
        total=len(body),
        encoding=encoding.removesuffix("-sig"),
        delimiter=delimiter,
        ignored_columns=ignored,
    )


def _decode(data: bytes) -> tuple[str, str]:
    # UTF-8 first and strictly: CP949 text almost never forms valid UTF-8, while the reverse often decodes to
    # nonsense. A NUL is in no text file (UTF-16, a workbook saved as .xlsx).
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and (encoding != "cp949" or _reads_as_korean(text)):
            return text, encoding
    raise ValidationFailed(WRONG_ENCODING)


def _reads_as_korean(text: str) -> bool:
    # Other legacy encodings (Shift-JIS, Windows-1251) often decode as CP949 too, but into its rare syllables and
    # into Hanja, where Korean text is mostly the 2,350 common syllables of KS X 1001 (EUC-KR).
    common = rare = 0
    for ch in text:
        if ch.isascii():
            continue
        if ch in _common_syllables():
            common += 1
        elif "가" <= ch <= "힣" or unicodedata.category(ch) == "Lo":
            rare += 1
    return rare <= common


@cache
def _common_syllables() -> frozenset[str]:
    syllables = (chr(code) for code in range(ord("가"), ord("힣") + 1))
    return frozenset(ch for ch in syllables if len(ch.encode("euc-kr")) == 2)  # the others as 8-byte jamo sequences


def _delimiter(header_line: str) -> str:
    # The header names no value with a comma or a tab in it, so whichever it holds more of separates the cells.
    return max(DELIMITERS, key=header_line.count)


def _records(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        for cells in reader:
            records.append([cell.strip() for cell in cells])
    except csv.Error:
        raise ValidationFailed(NOT_CSV, row=len(records) + 1) from None
    return records


def _folded(text: str) -> str:
    # NFKC makes full-width letters plain, but would turn the ㆍ Korean writers use as a middle dot into a vowel
    return unicodedata.normalize("NFKC", text.replace("ㆍ", "·")).casefold()


def _header_key(text: str) -> str:
    folded = _folded(text)
    return re.sub(r"\(.*?\)|\[.*?\]|[\s\-_.·*/]", "", folded)


HEADER_KEYS = {_header_key(name): field for field, names in COLUMNS.items() for name in names}


def _columns(header: Sequence[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Which cell of a row holds each known column, and the headers nobody asked for."""
    found: dict[str, int] = {}
    ignored: list[str] = []
    for position, name in enumerate(header):
        field = HEADER_KEYS.get(_header_key(name))
        if field is None:
            if name:
                ignored.append(name)
        elif field in found:
            raise ValidationFailed(SAME_COLUMN_TWICE, first=header[found[field]], second=name)
        else:
            found[field] = position
    if not found:
        raise ValidationFailed(NO_HEADER)
    missing = [field for field in REQUIRED if field not in found]
    if missing:
        raise ValidationFailed(MISSING_COLUMNS, columns=", ".join(f"{COLUMNS[f][0]}/{f}" for f in missing))
    return found, tuple(ignored)


class _RowChecker:
    """Checks rows in file order, remembering the emails seen, and collects every problem."""

    def __init__(
        self,
        columns: Mapping[str, int],
        header: Sequence[str],
        eligibility: Eligibility | None,
        known_emails: Set[str],
        today: date,
        vocabulary: Vocabulary | None,
    ) -> None:
        self.columns = columns
        self.header = header
        self.eligibility = eligibility
        self.known = {email.strip().lower() for email in known_emails}
        self.today = today
        self.vocabulary = vocabulary
        self.first_row: dict[str, int] = {}
        self.problems: list[Problem] = []
        self.number = 0
        self.cells: Sequence[str] = ()

    def check(self, number: int, cells: Sequence[str]) -> RosterRow | None:
        self.number = number
        self.cells = cells
        before = len(self.problems)
        extra = cells[len(self.header) :]
        if any(extra):
            self.problem("", EXTRA_CELLS, ", ".join(cell for cell in extra if cell))
        name = " ".join(self.cell("name").split())
        if not name:
            self.problem("name", MISSING, "")
        elif len(name) > MAX_NAME_CHARS:
            self.problem("name", TOO_LONG, self.cell("name"), limit=MAX_NAME_CHARS)
        row = RosterRow(
            row=number,
            name=name,
            email=self.email(),
            phone=self.phone(),
            birth_year=self.birth_year(),
            skills=self.skills(),
            sectors=self.sectors(),
        )
        if self.cell("consent").replace(" ", "").casefold() not in CONSENT_YES:
            self.problem("consent", NO_CONSENT, self.cell("consent"))
        return row if len(self.problems) == before else None

    def cell(self, field: str) -> str:
        position = self.columns.get(field)
        return self.cells[position] if position is not None and position < len(self.cells) else ""

    def problem(self, field: str, reason: str, value: str, **params: object) -> None:
        column = self.header[self.columns[field]] if field else ""
        self.problems.append(Problem(self.number, field, column, reason, value, params))

    def email(self) -> str:
        typed = self.cell("email")
        email = typed.lower()
        if not email:
            self.problem("email", MISSING, typed)
        elif len(email) > MAX_EMAIL_CHARS:
            self.problem("email", TOO_LONG, typed, limit=MAX_EMAIL_CHARS)
        elif not EMAIL_SHAPE.match(email):
            self.problem("email", BAD_EMAIL, typed)
        elif email in self.first_row:
            self.problem("email", DUPLICATE, typed, row=self.first_row[email])
        elif email in self.known:
            self.problem("email", ALREADY_REGISTERED, typed)
        self.first_row.setdefault(email, self.number)
        return email

    def phone(self) -> str:
        typed = self.cell("phone")
        if not typed:
            return ""
        phone = korean_phone(typed)
        if phone is None:
            self.problem("phone", BAD_PHONE, typed)
        return phone or ""

    def birth_year(self) -> int | None:
        typed = self.cell("birth_year")
        if not typed:
            return None
        found = BIRTH_YEAR.match(typed.replace(" ", ""))
        year = int(found.group(1)) if found else None
        if year is None or not self.today.year - OLDEST_AGE <= year <= self.today.year:
            self.problem("birth_year", BAD_BIRTH_YEAR, typed)
            return None
        if self.eligibility is not None:
            low, high, drive_year = self.eligibility.min_age, self.eligibility.max_age, self.eligibility.on.year
            age = drive_year - year
            if not low <= age <= high:
                self.problem(
                    "birth_year", OUTSIDE_ELIGIBILITY, typed, min_age=low, max_age=high, age=age, year=drive_year
                )
        return year

    def skills(self) -> tuple[str, ...]:
        skills = split_list(self.cell("skills"), keep_whole=self.known_skill)
        if len(skills) > MAX_SKILLS:
            self.problem("skills", TOO_MANY_SKILLS, self.cell("skills"), limit=MAX_SKILLS)
        for skill in skills:
            if len(skill) > MAX_SKILL_CHARS:
                self.problem("skills", TOO_LONG, skill, limit=MAX_SKILL_CHARS)
        return skills

    def known_skill(self, text: str) -> bool:
        return self.vocabulary is not None and normalise(text) in self.vocabulary.exact

    def sectors(self) -> tuple[str, ...]:
        codes: list[str] = []
        for typed in split_list(self.cell("sectors"), keep_whole=lambda text: sector_code(text) is not None):
            code = sector_code(typed)
            if code is None:
                self.problem("sectors", UNKNOWN_SECTOR, typed)
            elif code not in codes:
                codes.append(code)
        return tuple(codes)


def split_list(cell: str, *, keep_whole: Callable[[str], bool]) -> tuple[str, ...]:
    """The items of a list cell as typed (spaces tidied), each once, in order."""
    items: list[str] = []
    for piece in LIST_SEPARATORS.split(cell):
        piece = " ".join(piece.split())
        inner = INNER_SEPARATORS.search(piece) is not None and not keep_whole(piece)
        parts = INNER_SEPARATORS.split(piece) if inner else [piece]
        items.extend(part.strip() for part in parts)
    return tuple(dict.fromkeys(item for item in items if item))


def _sector_key(text: str) -> str:
    return re.sub(r"[\s\-_./·・]", "", _folded(text))


@cache
def _sector_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for code, label in SECTORS.items():
        for name in (code, label, gettext(label, "ko")):
            keys.setdefault(_sector_key(name), code)
    return keys


def sector_code(typed: str) -> str | None:
    """A sector typed as its code or its label in either language, as the code stored."""
    return _sector_keys().get(_sector_key(typed))


def korean_phone(typed: str) -> str | None:
    """A Korean mobile or landline number written as Koreans write it (010-1234-5678), or None."""
    text = typed.strip()
    if not PHONE_CHARACTERS.match(text):
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith("+"):
        if not digits.startswith("82"):
            return None
        digits = "0" + digits[2:].removeprefix("0")
    elif MOBILE_WITHOUT_ZERO.match(text):
        digits = "0" + digits
    if not PHONE_DIGITS.match(digits):
        return None
    area = 2 if digits.startswith("02") else 3
    return f"{digits[:area]}-{digits[area:-4]}-{digits[-4:]}"
