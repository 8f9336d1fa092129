"""The daily digest of saved searches: one mail a seeker a Korean day however often the job runs, with the postings
new since their last digest that match each search, in their language, through the outbox."""

import email
import json
from datetime import UTC, datetime, timedelta
from email import policy

from litestar import Litestar

from jobsfez.accounts.tables import User
from jobsfez.config import Settings
from jobsfez.dev.mailsink import MailSink
from jobsfez.notifications.tables import Notification
from jobsfez.postings.search import SearchCaches
from jobsfez.postings.tables import Posting
from jobsfez.saved import digest
from jobsfez.saved import service as saved
from jobsfez.saved.tables import SavedSearch
from tests.helpers import make_employer, make_posting, make_seeker
from workers.main import build_deliverer, worker_settings


async def test_one_digest_a_day_with_what_is_new_for_each_search(app: Litestar, db: None, mail_sink: MailSink) -> None:
    owner, company = await make_employer()
    old = await make_posting(company, owner.id, title="오래된 용접공", district="ungdong")
    minjun = await make_seeker("minjun@example.kr", "김민준")
    jane = await make_seeker("jane@example.kr", "Jane")
    await User.update({User.locale: "en"}).where(User.id == jane.id)
    quiet = await make_seeker("quiet@example.kr", "알림끔")
    await saved.save_search(minjun.id, saved.SearchInput(q="용접"), "")
    await saved.save_search(minjun.id, saved.SearchInput(district="myeongji"), "명지 일자리")
    await saved.save_search(jane.id, saved.SearchInput(q="용접"), "Welding")
    off = await saved.save_search(quiet.id, saved.SearchInput(q="용접"), "")
    await saved.set_alerts(quiet.id, off, on=False)
    # the searches were saved a while ago; the postings below are published after that
    await SavedSearch.update({SavedSearch.created_at: datetime.now(UTC) - timedelta(days=1)}).where(SavedSearch.id > 0)
    await Posting.update({Posting.published_at: datetime.now(UTC) - timedelta(days=2)}).where(Posting.id == old)
    welder = await make_posting(company, owner.id, title="선박 용접공", district="ungdong")
    lathe = await make_posting(company, owner.id, title="CNC 선반공", must=(("CNC 선반", None),), nice=())

    now = datetime.now(UTC)
    caches = SearchCaches()
    assert await digest.send_digests(now, caches=caches) == 2
    assert await digest.send_digests(now, caches=caches) == 0  # the same day again: nothing more
    assert await digest.send_digests(now + timedelta(minutes=1), caches=SearchCaches()) == 0  # a second worker
    rows = await Notification.objects().where(Notification.kind == "saved_search_digest").order_by(Notification.id)
    assert [(r.recipient, r.channel, r.language) for r in rows] == [
        ("minjun@example.kr", "email", "ko"),
        ("jane@example.kr", "email", "en"),
    ]
    payload = json.loads(rows[0].payload)
    sections = {s["name"]: [p["title"] for p in s["postings"]] for s in payload["sections"]}
    # only what is new since the search was saved: the old welding posting is not in it
    assert sections == {"용접": ["선박 용접공"], "명지 일자리": ["CNC 선반공"]}
    assert payload["sections"][1]["postings"][0]["url"] == f"/jobs/{lathe}"

    settings = app.state.resources.settings
    assert await build_deliverer(settings).deliver(rows[1].id) == "sent"
    [raw] = mail_sink.messages()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "1 new job for your saved searches"
    assert message["List-Unsubscribe"].startswith("<http://testserver/unsubscribe/")
    html = message.get_body(("html",)).get_content()
    assert f'href="http://testserver/jobs/{welder}"' in html and "Welding" in html and "/me/searches" in html

    # the next day: only what was published since the last digest, and nothing new means no mail
    tomorrow = now + timedelta(days=1)
    assert await digest.send_digests(tomorrow, caches=SearchCaches()) == 0
    await make_posting(company, owner.id, title="용접 보조", district="ungdong")
    assert await digest.send_digests(tomorrow + timedelta(days=1), caches=SearchCaches()) == 2


def test_the_worker_sends_the_digest_from_eight_korea_time_and_takes_up_a_run_cut_short() -> None:
    settings = Settings(database_url="postgresql://unused/jobsfez", redis_url="redis://unused:6379/0")
    [job] = [job for job in worker_settings(settings)["cron_jobs"] if job.name == "cron:send_search_digests"]
    assert (job.hour, min(job.minute), len(job.minute), job.unique) == ({23}, 0, 6, True)
    # a long timeout on any job would hold every killed job back as long (arq's in-progress mark)
    assert job.timeout_s == worker_settings(settings)["job_timeout"]
