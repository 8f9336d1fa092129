import pytest

from jobsfez.centres.service import check_phone
from jobsfez.errors import ValidationFailed


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("051-510-1234", "051-510-1234"),
        ("0515101234", "051-510-1234"),
        (" 055 970 1234 ", "055-970-1234"),
        ("02-123-4567", "02-123-4567"),
        ("(02) 1234-5678", "02-1234-5678"),
        ("010.1234.5678", "010-1234-5678"),
        ("070-4321-8765", "070-4321-8765"),
        ("1577-1234", "1577-1234"),
        ("1350", None),
        ("051-510-123", None),
        ("051-510-123456", None),
        ("+82 51 510 1234", None),
        ("051-510-1234 내선 3", None),
        ("0000000000", None),
        ("", None),
        ("١٢٣٤٥٦٧٨٩٠", None),  # digits of another script are not a Korean number
    ],
)
def test_a_centre_phone_number_is_kept_as_koreans_write_it(typed: str, kept: str | None) -> None:
    if kept is None:
        with pytest.raises(ValidationFailed) as refused:
            check_phone(typed)
        assert "phone" in refused.value.fields
    else:
        assert check_phone(typed) == kept
