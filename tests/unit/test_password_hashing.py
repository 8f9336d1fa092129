"""Production hashes passwords with argon2id at RFC 9106's low-memory profile (the suite's own hashing is cheaper)."""

from argon2 import PasswordHasher

from jobsfez.accounts import service


def test_production_hashes_with_argon2id_64_mib_3_passes() -> None:
    hashed = PasswordHasher.from_parameters(service.HASHING).hash("jobsfez-demo-2026")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
