"""Every account is made for an address its owner proved they read: each place in src/ that creates one is listed
here with the emailed link (or the operator) that proves it, so a new way in fails this test until it is looked at."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "jobsfez"

# (file, function) → how the address is proved
VERIFIED = {
    ("accounts/signups.py", "open_account"): "the sign-up link mailed to the address (seekers, companies, centres)",
    ("tenancy/service.py", "claim_invitation"): "a colleague's invitation link mailed to the invited address",
    ("drives/participants.py", "claim_with_new_account"): "a drive's claim link mailed to the roster's address",
    ("drives/company.py", "register_invited"): "a drive's invitation link mailed to the company; its address only",
    ("employers/service.py", "register"): "called only by register_invited, the demo data and the tests",
    ("centres/service.py", "register"): "called only by the demo data and the tests",
    ("cli.py", "create_staff"): "the operator, on the server",
    ("dev/demo.py", "load"): "demo data",
}
CREATORS = {"create_user", "register"}
MODULES_OF_REGISTER = {"employers", "centres", "service"}


def _creating_calls(tree: ast.AST) -> list[tuple[str, int]]:
    """(enclosing function, line) of each call that makes an account."""
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                owner = child.func.value
                if child.func.attr == "create_user" or (
                    child.func.attr == "register" and isinstance(owner, ast.Name) and owner.id in MODULES_OF_REGISTER
                ):
                    found.append((function, child.lineno))
            visit(child, name)

    visit(tree, "")
    return found


def test_every_account_is_made_through_a_proved_address() -> None:
    unproved = []
    for path in SRC.rglob("*.py"):
        relative = path.relative_to(SRC).as_posix()
        for function, line in _creating_calls(ast.parse(path.read_text("utf-8"))):
            if (relative, function) not in VERIFIED:
                unproved.append(f"{relative}:{line} in {function}()")
    assert not unproved, f"accounts made without an emailed link: {unproved}"
