"""How the GUI package is built: its modules import one another in one direction only."""

import ast
from pathlib import Path

import annotator.gui

GUI = Path(annotator.gui.__file__).parent


def imports_of(path: Path) -> set[str]:
    """The annotator.gui modules a module imports when it runs, at its top or inside a
    function (not those for the type checker only)."""
    found = set()
    nodes = [ast.parse(path.read_text(encoding="utf-8"))]
    while nodes:
        node = nodes.pop()
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            nodes.extend(node.orelse)
            continue
        nodes.extend(ast.iter_child_nodes(node))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("annotator.gui"):
            if node.module == "annotator.gui":
                found |= {f"annotator.gui.{alias.name}" for alias in node.names}
            else:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("annotator.gui.")}
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(GUI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_circle_in_the_gui():
    graph = {module_name(p): imports_of(p) for p in GUI.rglob("*.py")}
    circles = []

    def visit(module, trail):
        for imported in sorted(graph.get(module, ())):
            if imported in trail:
                circles.append(" → ".join([*trail[trail.index(imported) :], imported]))
            elif imported in graph and imported not in done:
                visit(imported, [*trail, imported])
        done.add(module)

    done: set[str] = set()
    for module in sorted(graph):
        if module not in done:
            visit(module, [module])
    assert circles == []
    assert len(graph) > 30  # the scan sees the package
