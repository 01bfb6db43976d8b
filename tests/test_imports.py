"""The package's modules import each other in one direction: no cycle, counting the imports
inside functions and under TYPE_CHECKING too (a loop there is a loop in the design)."""
from __future__ import annotations

import ast
from pathlib import Path

import cleantext

PACKAGE = Path(cleantext.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every cleantext module ``path`` imports, wherever the import statement stands."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            module = (f"{base}.{node.module}" if node.module else base) if node.level else node.module or ""
            if not module.startswith("cleantext"):
                continue
            for alias in node.names:  # "from . import context" names a module
                candidate = f"{module}.{alias.name}"
                found.add(candidate if _exists(candidate) else module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("cleantext")}
    found.discard(name)
    return found


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def _graph() -> dict[str, set[str]]:
    # The public facade (cleantext/__init__) and the shells over the library (CLI, runner,
    # datasets, the Dask and pytest integrations) sit on top by design: they import the
    # package's public names, which nothing below them imports back.
    top = {"cleantext", "cleantext.__main__", "cleantext.cli", "cleantext.runner", "cleantext.datasets",
           "cleantext.dask", "cleantext.testing"}
    graph = {_module_name(p): _imports(p) for p in PACKAGE.rglob("*.py")}
    # A table module names the Rule type of its own package (cleantext.rules), whose __init__
    # gathers the tables: that edge back to the parent is the package's, not a loop of modules.
    return {m: {d for d in deps if d not in top and not m.startswith(d + ".")}
            for m, deps in graph.items() if m not in top}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state and (found := visit(d)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_import_cycle():
    assert _cycle(_graph()) is None


def test_the_cycle_finder_can_fail():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_the_graph_sees_lazy_and_type_checking_imports():
    graph = _graph()
    assert "cleantext.evidence" in graph["cleantext.classify"]  # imported inside a function
    assert "cleantext.profile" in graph["cleantext.config"]      # imported under TYPE_CHECKING
