"""The privacy notice at sign-up (PIPA): shown, required, recorded in the account's consent ledger in the words the
person read, listed in the data export and gone with the account; older accounts are asked on their account page."""

import json

import asyncpg
import httpx
import pytest

from jobsfez.accounts.tables import AccountConsent, Signup, User
from jobsfez.db import fetch
from jobsfez.notifications.tables import Notification
from tests.helpers import PASSWORD, csrf_of, finish_signup, form_post, login, make_seeker
from tests.web.test_centres import CENTRE
from tests.web.test_employers import COMPANY

SEEKER = {"email": "mina@example.kr", "password": PASSWORD, "display_name": "이민아", "consent": "on"}


@pytest.mark.parametrize(
    ("page", "data"),
    [("/signup", SEEKER), ("/employers/register", COMPANY), ("/centres/register", CENTRE)],
)
async def test_every_sign_up_form_shows_the_notice_and_refuses_without_the_box(
    client: httpx.AsyncClient, page: str, data: dict[str, str]
) -> None:
    form = await client.get(page)
    assert "개인정보 수집·이용 동의 (필수)" in form.text and "보유·이용 기간" in form.text
    assert 'name="consent"' in form.text
    refused = await form_post(client, page, page, {k: v for k, v in data.items() if k != "consent"})
    assert refused.status_code == 400 and "개인정보 수집·이용에 동의해 주세요" in refused.text
    assert await Signup.count() == 0 and await Notification.count() == 0 and await User.count() == 0
    assert 'name="display_name"' in refused.text and data["display_name"] in refused.text  # what was typed stays


@pytest.mark.parametrize(
    ("page", "data"),
    [("/signup", SEEKER), ("/employers/register", COMPANY), ("/centres/register", CENTRE)],
)
async def test_a_finished_sign_up_records_the_consent_in_the_words_shown(
    client: httpx.AsyncClient, page: str, data: dict[str, str]
) -> None:
    assert (await form_post(client, page, page, data)).status_code == 200
    assert await AccountConsent.count() == 0  # no account yet, so no consent of one
    assert (await finish_signup(client, data["email"])).status_code == 302
    [row] = await AccountConsent.select().where(AccountConsent.user_id._.email == data["email"])
    assert row["purpose"] == "privacy_notice" and row["language"] == "ko"
    assert "보유·이용 기간: 회원 탈퇴 시까지" in row["wording"]


async def test_an_english_sign_up_records_the_english_words(client: httpx.AsyncClient) -> None:
    await client.get("/lang/en")
    await form_post(client, "/signup", "/signup", SEEKER)
    await finish_signup(client, SEEKER["email"])
    row = await AccountConsent.objects().first()
    assert row is not None and row.language == "en" and "For how long: Until you delete your account" in row.wording


async def test_an_older_account_is_not_locked_out_and_is_asked_on_its_account_page(client: httpx.AsyncClient) -> None:
    await make_seeker("old@example.kr")
    await login(client, "old@example.kr")
    assert (await client.get("/me")).status_code == 200  # nothing is held back
    page = await client.get("/account")
    assert 'action="/account/consent"' in page.text and "동의 여부와 관계없이" in page.text
    assert "<title>계정 — jobsfez</title>" in page.text and page.text.count('id="privacy"') == 1  # once, in the body
    refused = await client.post("/account/consent", data={"_csrf": csrf_of(page.text)})
    assert refused.status_code == 400 and "동의해 주세요" in refused.text
    assert await AccountConsent.count() == 0
    agreed = await client.post("/account/consent", data={"consent": "on", "_csrf": csrf_of(page.text)})
    assert agreed.status_code == 200 and "동의가 기록되었습니다" in agreed.text and "에 개인정보 수집" in agreed.text
    again = await client.post("/account/consent", data={"consent": "on", "_csrf": csrf_of(page.text)})
    assert again.status_code == 200 and await AccountConsent.count() == 1  # one version, agreed once


async def test_the_consent_form_needs_a_login_and_the_csrf_token(client: httpx.AsyncClient) -> None:
    assert (await client.post("/account/consent", data={"consent": "on"})).status_code in (302, 401, 403)
    await make_seeker("csrf@example.kr")
    await login(client, "csrf@example.kr")
    assert (await client.post("/account/consent", data={"consent": "on"})).status_code == 403
    assert await AccountConsent.count() == 0


async def test_the_ledger_is_exported_append_only_and_erased_with_the_account(client: httpx.AsyncClient) -> None:
    await form_post(client, "/signup", "/signup", SEEKER)
    await finish_signup(client, SEEKER["email"])
    exported = json.loads((await client.get("/me/export")).content)
    [consent] = exported["account_consents"]
    assert consent["version"] and "수집하는 항목" in consent["wording"] and consent["given_at"]
    with pytest.raises(asyncpg.RaiseError):
        await fetch("UPDATE account_consents SET wording = 'something else'")
    page = await client.get("/me/delete")
    await client.post("/me/delete", data={"password": PASSWORD, "_csrf": csrf_of(page.text)})
    assert await AccountConsent.count() == 0


async def test_a_company_registered_by_a_drive_s_invitation_agrees_too(client: httpx.AsyncClient) -> None:
    """The drive-invitation path makes the account at once (employers.register), so it checks the box itself."""
    from jobsfez.employers import service as employers
    from jobsfez.errors import ValidationFailed
    from tests.helpers import VALID_BRNS

    fields = {k: v for k, v in COMPANY.items() if k != "consent"} | {"locale": "ko", "brn": VALID_BRNS[3]}
    with pytest.raises(ValidationFailed) as refused:
        await employers.register(**fields, consent="")
    assert "consent" in refused.value.fields and await User.count() == 0
    user, _ = await employers.register(**fields, consent="수집하는 항목: …")
    [row] = await AccountConsent.select().where(AccountConsent.user_id == user.id)
    assert row["wording"] == "수집하는 항목: …" and row["language"] == "ko"
