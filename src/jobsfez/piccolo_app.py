"""Piccolo's app registry entry: every domain's tables, and the top-level migrations folder."""

from piccolo.conf.apps import AppConfig

from jobsfez.accounts.tables import LoginEvent, User
from jobsfez.config import MIGRATIONS_DIR
from jobsfez.employers.tables import Employer, EmployerInvitation, EmployerMember
from jobsfez.notifications.tables import Notification
from jobsfez.seekers.tables import SeekerProfile, SeekerSkill
from jobsfez.skills.tables import SkillAlias, SkillRelation, SkillRow, TaxonomyState

APP_CONFIG = AppConfig(
    app_name="jobsfez",
    migrations_folder_path=str(MIGRATIONS_DIR),
    table_classes=[
        User,
        LoginEvent,
        Employer,
        EmployerMember,
        EmployerInvitation,
        Notification,
        SkillRow,
        SkillAlias,
        SkillRelation,
        TaxonomyState,
        SeekerProfile,
        SeekerSkill,
    ],
    migration_dependencies=[],
    commands=[],
)
