"""Piccolo's app registry entry: every domain's tables, and the top-level migrations folder."""

from piccolo.conf.apps import AppConfig

from jobsfez.accounts.tables import AccountConsent, LoginEvent, Signup, User
from jobsfez.applications.tables import (
    Application,
    ApplicationEvent,
    ApplicationNote,
    ApplyInvitation,
    ErasedActivity,
    MessageTemplate,
)
from jobsfez.centres.tables import Centre, CentreApiToken, CentreInvitation, CentreMember
from jobsfez.config import MIGRATIONS_DIR
from jobsfez.drives.tables import (
    Consent,
    Drive,
    DriveBreak,
    DriveDay,
    DriveEmployer,
    DriveEmployerHours,
    DriveEmployerInvitation,
    DriveHistory,
    DriveHost,
    DriveInterest,
    DriveInterview,
    DriveInterviewer,
    DriveItineraryNotice,
    DriveMatch,
    DriveMatchRun,
    DriveParticipant,
    DrivePosting,
    DriveSlotOffer,
    DriveTimetable,
)
from jobsfez.employers.tables import Employer, EmployerInvitation, EmployerMember
from jobsfez.interviews.tables import InterviewBooking, InterviewInvitation, InterviewSlot
from jobsfez.moderation.tables import AccountSuspension, PostingReport
from jobsfez.notifications.tables import Notification
from jobsfez.postings.tables import Posting, PostingChanges, PostingHistory, PostingSkill
from jobsfez.reports.tables import ActivityCell, PayCell, ReportRefresh, SkillCell
from jobsfez.saved.tables import SavedPosting, SavedSearch, SavedSearchDigest
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill
from jobsfez.skills.tables import (
    MatchPostingChange,
    MatchSeekerChange,
    MatchState,
    RekeyRun,
    SkillAlias,
    SkillImport,
    SkillRelation,
    SkillRow,
    TaxonomyState,
)

APP_CONFIG = AppConfig(
    app_name="jobsfez",
    migrations_folder_path=str(MIGRATIONS_DIR),
    table_classes=[
        User,
        LoginEvent,
        Signup,
        AccountConsent,
        Employer,
        EmployerMember,
        EmployerInvitation,
        Notification,
        SkillRow,
        SkillAlias,
        SkillRelation,
        TaxonomyState,
        RekeyRun,
        MatchState,
        MatchPostingChange,
        MatchSeekerChange,
        SkillImport,
        Posting,
        PostingSkill,
        PostingHistory,
        PostingChanges,
        SeekerProfile,
        SeekerSkill,
        Application,
        ApplicationEvent,
        ApplicationNote,
        ApplyInvitation,
        ErasedActivity,
        MessageTemplate,
        InterviewSlot,
        InterviewBooking,
        InterviewInvitation,
        Centre,
        CentreMember,
        CentreInvitation,
        CentreApiToken,
        Drive,
        DriveDay,
        DriveHost,
        DriveHistory,
        DriveEmployer,
        DriveEmployerHours,
        DriveInterviewer,
        DrivePosting,
        DriveEmployerInvitation,
        DriveParticipant,
        Consent,
        DriveMatchRun,
        DriveMatch,
        DriveInterest,
        DriveTimetable,
        DriveBreak,
        DriveInterview,
        DriveItineraryNotice,
        DriveSlotOffer,
        AccountSuspension,
        PostingReport,
        ActivityCell,
        PayCell,
        SkillCell,
        ReportRefresh,
        SavedPosting,
        SavedSearch,
        SavedSearchDigest,
    ],
    migration_dependencies=[],
    commands=[],
)
