"""Issue #16: every message elections.services raises goes through the translation (``gettext``), its
article kept in the text; no English literal or f-string reaches the clerk as it is."""

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[1] / "services.py"


def _bare(node: ast.AST) -> bool:
    """A message written as a plain literal or an f-string (not ``_("…")`` nor a variable)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and _bare(node.left)  # a message that starts with English words


def test_every_validation_error_message_of_the_services_is_translated():
    bare = []
    for node in ast.walk(ast.parse(SERVICES.read_text())):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValidationError"):
            continue
        for arg in node.args:
            messages = arg.values if isinstance(arg, ast.Dict) else arg.elts if isinstance(arg, ast.List) else [arg]
            bare += [node.lineno for message in messages if _bare(message)]
    assert bare == [], f"untranslated ValidationError messages at lines {bare} of elections/services.py"
