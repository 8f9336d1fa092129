from piccolo.columns import JSONB, BigSerial, Boolean, Date, ForeignKey, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from jobsfez.accounts.tables import User
from jobsfez.postings.tables import Posting


class SavedPosting(Table, tablename="saved_postings"):
    """A posting a seeker saved (스크랩), with its title and company as they were, should it ever be deleted."""

    id = BigSerial(primary_key=True)
    user_id = ForeignKey(User, null=False)
    posting_id = ForeignKey(Posting, null=True, on_delete=OnDelete.set_null)
    title = Varchar(length=100)
    company_name_ko = Varchar(length=120)
    company_name_en = Varchar(length=120)
    saved_at = Timestamptz()


class SavedSearch(Table, tablename="saved_searches"):
    """A search a seeker keeps, by its canonical query parameters, and whether it sends the daily e-mail."""

    id = BigSerial(primary_key=True)
    user_id = ForeignKey(User, null=False)
    name = Varchar(length=100)
    params = JSONB()
    alerts = Boolean(default=True)
    created_at = Timestamptz()


class SavedSearchDigest(Table, tablename="saved_search_digests"):
    """A seeker's last daily digest: its Korean day, and when its searches were read (the next one's "new since")."""

    user_id = ForeignKey(User, null=False, primary_key=True)
    sent_on = Date()
    through = Timestamptz()
