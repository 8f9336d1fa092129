"""The skill rows of the profile and posting forms, typed into on a phone: the text box as wide as its row, the level
(and years) under it, the reading under them with its note on a line of its own, and nothing in the console; a staff
table wider than a phone scrolls in its own box, not the page (UX walk of 2026-12-05, A to C)."""

from __future__ import annotations

import pytest
from playwright.async_api import ConsoleMessage, Locator, Page, expect

from tests.browser.journeys import DESKTOP, PHONE, sign_in
from tests.helpers import make_employer, make_seeker, make_staff

TYPED = "선반 밀링 가능자"  # two skills on one line: a reading and a note
READING = ["→ 범용 선반", "이 줄에는 범용 밀링도 있습니다: 저장하면 각각 별도의 기술로 남습니다."]


def console_errors(page: Page) -> list[str]:
    errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


async def box(locator: Locator) -> dict[str, float]:
    found = await locator.bounding_box()
    assert found is not None, locator
    return {**found, "bottom": found["y"] + found["height"]}


# Each key sends a reading request; on a loaded machine (the whole suite on two cores) the last one has taken over 5 s
# to be shown once (a clean-clone run of 2026-12-05), though the reading itself takes milliseconds.
SETTLE_MS = 15_000


async def type_into(row: Locator, text_box: Locator) -> None:
    # A row swapped in is shown before htmx binds its trigger (when it settles, 20 ms later, more on a loaded
    # machine): keys typed in between send no reading (a clean-clone run of 2026-12-05). So wait for the bind.
    bound = "row => Boolean(row['htmx-internal-data'] && row['htmx-internal-data'].initHash)"
    await row.page.wait_for_function(bound, arg=await row.element_handle())
    await text_box.press_sequentially(TYPED)
    await expect(row.locator(".understood")).to_contain_text("범용 밀링", timeout=SETTLE_MS)


async def assert_stacked(row: Locator, text_box: Locator, beside: list[Locator]) -> None:
    """On a phone: the text box takes the row's width, the other fields sit under it and the reading under them."""
    whole, text, reading = await box(row), await box(text_box), await box(row.locator(".understood"))
    assert text["width"] == pytest.approx(whole["width"], abs=1), (text, whole)
    assert reading["width"] == pytest.approx(whole["width"], abs=1), (reading, whole)
    for field in beside:
        below = await box(field)
        assert text["bottom"] <= below["y"] and below["bottom"] <= reading["y"], (text, below, reading)


async def assert_side_by_side(row: Locator, text_box: Locator, beside: list[Locator]) -> None:
    """On a desktop the fields stay on one line and the reading, under them, takes the whole row."""
    whole, text, reading = await box(row), await box(text_box), await box(row.locator(".understood"))
    assert reading["width"] == pytest.approx(whole["width"], abs=1), (reading, whole)
    for field in beside:
        assert (await box(field))["y"] == pytest.approx(text["y"], abs=1)


async def test_a_seekers_skill_rows_stack_on_a_phone_and_typing_logs_no_error(page: Page, site: str) -> None:
    errors = console_errors(page)
    await make_seeker()
    await sign_in(page, site, "seeker@example.kr", "ko")
    await page.goto(site + "/me")
    row = page.locator("#skill-rows .skill-row").first
    text_box = row.locator("input[name=skill_text]")
    await type_into(row, text_box)
    assert (await row.locator(".understood").inner_text()).splitlines() == READING
    others = [row.locator("select[name=skill_level]"), row.locator("input[name=skill_years]")]
    await assert_stacked(row, text_box, others)
    await page.set_viewport_size(DESKTOP)
    await assert_side_by_side(row, text_box, others)
    await page.set_viewport_size(PHONE)
    rows = page.locator("#skill-rows .skill-row")
    count = await rows.count()
    await page.get_by_role("button", name="기술 추가").click()  # a row added by htmx reads the same
    await expect(rows).to_have_count(count + 1)  # typed into once it is there, not into the row before it
    added = rows.last
    await type_into(added, added.locator("input[name=skill_text]"))
    assert errors == []


async def test_a_postings_skill_rows_stack_on_a_phone_and_typing_logs_no_error(page: Page, site: str) -> None:
    errors = console_errors(page)
    await make_employer()
    await sign_in(page, site, "owner@example.kr", "ko")
    await page.goto(site + "/employer/postings/new")
    text_box = page.get_by_label("필수 기술 1")
    row = page.locator(".skill-row").filter(has=text_box)
    await type_into(row, text_box)
    assert (await row.locator(".understood").inner_text()).splitlines() == READING
    await assert_stacked(row, text_box, [row.get_by_label("수준 1")])
    await page.set_viewport_size(DESKTOP)
    await assert_side_by_side(row, text_box, [row.get_by_label("수준 1")])
    assert errors == []


async def test_the_skill_taxonomy_table_scrolls_in_its_own_box_on_a_phone(page: Page, site: str) -> None:
    await make_staff()
    await sign_in(page, site, "staff@jobsfez.kr", "ko")
    await page.goto(site + "/staff/skills")
    table = page.get_by_role("region", name="기술 분류 체계")
    await expect(table.get_by_role("columnheader", name="별칭")).to_be_attached()
    assert await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert await table.evaluate("box => box.scrollWidth > box.clientWidth")  # the table is wider than the phone


async def test_a_skill_added_from_the_summary_comes_with_its_reading_and_is_said_added(page: Page, site: str) -> None:
    errors = console_errors(page)
    await make_seeker()
    await sign_in(page, site, "seeker@example.kr", "ko")
    await page.goto(site + "/me")
    await page.locator("textarea[name=summary]").fill("CNC 선반 3년 했습니다.")
    await page.get_by_role("button", name="저장").first.click()
    offer = page.locator("#own-words li").first
    await offer.get_by_role("button").click()
    await expect(offer.get_by_role("status")).to_contain_text("위 기술 목록에 추가했습니다")  # in place of the offer
    await expect(offer.get_by_role("button")).to_have_count(0)  # no second click adds it twice
    added = page.locator("#skill-rows .skill-row").last
    await expect(added.locator("input[name=skill_text]")).to_have_value("CNC 선반")
    await expect(added.locator(".understood")).to_contain_text("→ CNC 선반")
    assert errors == []


async def test_a_posting_form_adds_a_skill_row_that_reads_as_the_others(page: Page, site: str) -> None:
    errors = console_errors(page)
    await make_employer()
    await sign_in(page, site, "owner@example.kr", "ko")
    await page.goto(site + "/employer/postings/new")
    await page.locator("#must-skills").get_by_role("button", name="기술 추가").click()
    text_box = page.get_by_label("필수 기술 6")
    await expect(text_box).to_be_visible()
    row = page.locator(".skill-row").filter(has=text_box)
    await type_into(row, text_box)
    await page.locator("#must-skills").get_by_role("button", name="기술 추가").click()  # the button moved down
    await expect(page.get_by_label("필수 기술 7")).to_be_visible()
    assert errors == []


async def test_a_skill_set_aside_is_written_in_place_of_the_line_with_one_click(page: Page, site: str) -> None:
    """A skill the line names but does not count (someone else's, a wish) has a button that writes its name in place
    of what was typed, and the line reads as that skill: in a skill row, and in the Languages box's list."""
    errors = console_errors(page)
    await make_seeker()
    await sign_in(page, site, "seeker@example.kr", "ko")
    await page.goto(site + "/me")
    row = page.locator("#skill-rows .skill-row").first
    bound = "row => Boolean(row['htmx-internal-data'] && row['htmx-internal-data'].initHash)"
    await page.wait_for_function(bound, arg=await row.element_handle())
    text_box = row.locator("input[name=skill_text]")
    await text_box.press_sequentially("형이 지게차 운전함")
    await expect(row.locator(".understood .aside")).to_contain_text("지게차 운전", timeout=SETTLE_MS)
    await row.get_by_role("button", name="“지게차 운전”(으)로 고쳐 쓰기").click()
    await expect(text_box).to_have_value("지게차 운전")
    await expect(row.locator(".understood")).to_contain_text("→ 지게차 운전", timeout=SETTLE_MS)
    languages = page.locator("#languages input[name=languages]")
    await languages.fill("")
    await languages.press_sequentially("한국어, 일본어 배우고 싶어요")
    button = page.locator("#languages").get_by_role("button", name="“일본어”(으)로 고쳐 쓰기")
    await button.click(timeout=SETTLE_MS)
    await expect(languages).to_have_value("한국어, 일본어")
    await expect(page.locator("#languages .understood")).not_to_contain_text("반영하지 않음", timeout=SETTLE_MS)
    assert errors == []
