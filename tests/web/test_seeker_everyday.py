"""What a seeker notices day to day: honest scores, applied and closed markers, offers, the inbox, the résumé."""

from __future__ import annotations

import httpx

from tests.helpers import login, make_employer, make_posting, make_seeker


async def test_an_empty_profile_is_not_credited_for_preferences_it_never_gave(client: httpx.AsyncClient) -> None:
    owner, employer_id = await make_employer()
    await make_posting(employer_id, owner.id, start_date=None, must=(), nice=())
    await make_seeker()
    await login(client, "seeker@example.kr")
    page = await client.get("/me/recommended")
    assert page.status_code == 200
    # a posting without skills gives the middling 40, the newcomer bonus 5: nothing for sector, district, start date
    assert '<span class="score">45</span>' in page.text
    assert "시작일 +" not in page.text and "지역 +" not in page.text and "업종 +" not in page.text
