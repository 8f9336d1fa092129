"""The unmatched lines page picks a Korean particle by the word before it, and keeps the fallback where the spelling
does not tell (UX walk of 2026-12-05, 3.3)."""

import pytest

from jobsfez.i18n import with_particles


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("채용공고 1건을(를) 옮깁니다", "채용공고 1건을 옮깁니다"),
        ("프로필 2개을(를) 옮깁니다", "프로필 2개를 옮깁니다"),
        ("'품질괸리겁사'을(를) 추가", "'품질괸리겁사'를 추가"),
        ("이제 품질 검사(으)로 읽힙니다", "이제 품질 검사로 읽힙니다"),
        ("이제 용접(으)로 읽힙니다", "이제 용접으로 읽힙니다"),
        ("이제 전기(으)로, 엑셀(으)로", "이제 전기로, 엑셀로"),  # after ㄹ, 로
        ("'용접'은(는) 다른 기술 Welding을(를) 가리킵니다", "'용접'은 다른 기술 Welding을 가리킵니다"),
        ("「센터」이(가) 참여", "「센터」가 참여"),
        ("PLC을(를), SQL(으)로, CNC와(과)", "PLC를, SQL로, CNC와"),
        ("10을(를), 3을(를), 7(으)로, 2(으)로", "10을, 3을, 7로, 2로"),
        ("Java을(를), Python은(는)", "Java를, Python은"),
        ("'data pipline desing'을(를)", "'data pipline desing'을"),
        ("'machine'을(를)", "'machine'을(를)"),  # the spelling does not tell: 머신, as read
        ("'<script>'을(를)", "'<script>'을(를)"),
        ("(선택) 항목", "(선택) 항목"),
        ("Words in the line", "Words in the line"),
    ],
)
def test_a_particle_follows_the_word_before_it(text: str, read: str) -> None:
    assert with_particles(text) == read
