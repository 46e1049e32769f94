"""The code stays in small, cohesive pieces: no module of src/ over MAX_MODULE_LINES lines
and no function over MAX_FUNCTION_LINES (docs/architecture.md says where each job lives).
A module or function past these is a sign to split it by responsibility."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "eventdesk"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def _modules() -> list[Path]:
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 30, f"expected the package's modules under {SRC}"
    return modules


def test_layout_no_module_is_too_long():
    long = {str(p.relative_to(SRC)): n for p in _modules() if (n := p.read_text(encoding="utf-8").count("\n")) > MAX_MODULE_LINES}
    assert not long, f"split these modules by responsibility: {long}"


def test_layout_no_function_is_too_long():
    long = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(SRC)}:{node.lineno} {node.name}"] = length
    assert not long, f"split these functions into named steps: {long}"
