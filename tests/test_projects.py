"""Multi-module projects: the module graph, project-wide names, a crate per package, scripts as
binaries, contracts and module tables, incremental reruns, located errors; compared with
CPython natively and as wasm."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import REPO, write

import portalis_ray
from portalis_ray.project.amalgamate import join_project
from portalis_ray.project.emit import publish, translate_project
from portalis_ray.project.graph import build_graphs, module_name, name_library_crates
from portalis_ray.wasm import WasmToolchain, wasmtime_missing

EXAMPLES = REPO / "examples" / "projects"
_WASM_GAPS = [*WasmToolchain().missing(), *filter(None, [wasmtime_missing()])]

# A small project exercising every import form, name clashes between modules, a constant
# read by another module's top-level code, `__name__` and a subclass in another module.
TINY = {
    "app.py": """\
import sys
import kit.text as kt
from kit import *
from kit.core import shapes
from kit.core.shapes import Square, area_sum
from kit.errors import KitError

print("app", __name__, LIMIT * 2)


def helper(n):
    return n + 100


def main() -> int:
    shapes_list = [Square(2.0), shapes.Circle(1.0), Square(0.5)]
    print(kt.shout("total"), f"{area_sum(shapes_list):.3f}", helper(1), kt.helper(1))
    print(describe(shapes_list[0]), kt.count_words("a b  c"))
    try:
        Square(-1.0)
    except KitError as e:
        print("error:", e)
        return 4
    return 0


if __name__ == "__main__":
    sys.exit(main())
""",
    "kit/__init__.py": """\
from .text import describe
from .limits import LIMIT

__all__ = ["describe", "LIMIT"]
""",
    "kit/limits.py": 'LIMIT = 21\nprint("limits loaded as", __name__)\n',
    "kit/errors.py": """\
class KitError(Exception):
    pass


class BadSize(KitError):
    def __init__(self, size: float):
        super().__init__(f"bad size {size:.1f}")
        self.size = size
""",
    "kit/text.py": """\
from . import limits


def helper(n):
    return n * limits.LIMIT


def shout(s: str) -> str:
    return s.upper() + "!"


def count_words(s):
    return len(s.split())


def describe(shape) -> str:
    return f"{shape.name()} with area {shape.area():.2f}"


if __name__ == "__main__":
    print("never printed on import")
""",
    "kit/core/__init__.py": "",
    "kit/core/shapes.py": """\
import math

from ..errors import BadSize


class Shape:
    def area(self) -> float:
        return 0.0

    def name(self) -> str:
        return "shape"


class Square(Shape):
    def __init__(self, side: float):
        if side < 0:
            raise BadSize(side)
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def name(self) -> str:
        return "square"


class Circle(Shape):
    def __init__(self, r: float):
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def name(self) -> str:
        return "circle"


def area_sum(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)
""",
    "standalone.py": 'print("on its own")\n',
}


def _write_project(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        write(root / rel, text)
    return root


def _graph(files: dict[str, str]):
    graphs = build_graphs(files)
    assert len(graphs) == 1
    graph = graphs[0]
    for script in graph.scripts:
        script.crate = script.name
    name_library_crates(graph, {s.crate for s in graph.scripts})
    return graph


def _python(script: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, script.name], cwd=script.parent, capture_output=True, text=True,
        check=False,
    )


def test_module_names_follow_packages() -> None:
    present = {"a/pkg/__init__.py", "a/pkg/sub/__init__.py", "a/pkg/sub/m.py", "a/main.py"}
    assert module_name("a/pkg/sub/m.py", present) == ("a", "pkg.sub.m", False)
    assert module_name("a/pkg/sub/__init__.py", present) == ("a", "pkg.sub", True)
    assert module_name("a/main.py", present) == ("a", "main", False)
    # SRC itself is the package: its directory's name is the package's
    inside = {"__init__.py", "models.py", "sub/__init__.py"}
    assert module_name("models.py", inside, "shop") == ("", "shop.models", False)
    assert module_name("__init__.py", inside, "shop") == ("", "shop", True)
    assert module_name("sub/__init__.py", inside, "shop") == ("", "shop.sub", True)


def test_graph_scripts_crates_and_order() -> None:
    graph = _graph(TINY)
    assert [s.relpath for s in graph.scripts] == ["app.py"]
    assert "standalone" not in graph.modules  # imports nothing, imported by nothing
    assert set(graph.crates()) == {"kit"}
    order = [m.name for m in graph.execution_order(graph.modules["app"])]
    # CPython: kit (whose __init__ imports kit.text, which imports kit.limits), then the
    # rest in the order app.py imports them; each body once; the script last.
    assert order == ["kit.limits", "kit.text", "kit", "kit.core", "kit.errors", "kit.core.shapes",
                     "app"]
    row = next(r for r in graph.rows() if r["module"] == "kit.core.shapes")
    assert row["imports"] == ["kit.errors"] and row["kind"] == "module"


def test_project_wide_names_qualify_only_clashes() -> None:
    graph = _graph(TINY)
    unit = join_project(graph)
    assert unit.global_names[("kit.text", "helper")] == "kit_text_helper"
    assert unit.global_names[("app", "helper")] == "app_helper"
    assert unit.global_names[("kit.core.shapes", "Square")] == "Square"
    assert "LIMIT" in unit.shared  # read by app.py's top-level code: a static
    for span in unit.spans:  # every line maps back to its file
        assert unit.locate(span.first).relpath == span.relpath


def test_publish_makes_items_public() -> None:
    code = (
        "struct A {\n    x: i64,\n}\nimpl A {\n    fn new() -> A {\n        A { x: 1 }\n    }\n}\n"
        "impl PartialEq for A {\n    fn eq(&self, o: &A) -> bool { true }\n}\n"
        "thread_local! {\n    static G: i64 = 0;\n}\nfn f() -> i64 {\n    fn inner() {}\n    1\n}"
    )
    out = publish(code)
    assert "pub struct A {\n    pub x: i64," in out
    assert "    pub fn new()" in out and "    fn eq(" in out  # trait items stay as they are
    assert "    pub static G" in out and "pub fn f()" in out and "    fn inner()" in out


def test_tiny_project_end_to_end(tmp_path: Path, cargo_target_dir: Path,
                                 ray_address: str) -> None:
    src = _write_project(tmp_path / "src", TINY)
    result = portalis_ray.translate(src, out=tmp_path / "out")
    by_path = {f.relpath: f for f in result.files}
    assert result.ok, [str(d) for f in result.files for d in f.diagnostics]
    expected = _python(src / "app.py")
    assert expected.returncode == 4
    app = by_path["app.py"]
    assert app.verified and app.rust_exit == 4 and app.python_exit == 4
    assert by_path["standalone.py"].verified  # a standalone script in the same SRC
    assert by_path["kit/core/shapes.py"].crate == "kit" and by_path["kit/core/shapes.py"].verified
    crate = tmp_path / "out" / "kit"
    for rel in ["src/lib.rs", "src/limits.rs", "src/text.rs", "src/core/mod.rs",
                "src/core/shapes.rs"]:
        assert (crate / rel).is_file(), rel
    assert "pub mod core;" in (crate / "src/lib.rs").read_text()
    assert "// from kit/core/shapes.py:" in (crate / "src/core/shapes.rs").read_text()
    manifest = (tmp_path / "out" / "app" / "Cargo.toml").read_text()
    assert 'kit = { path = "../kit" }' in manifest
    binary = tmp_path / "out" / app.binary
    run = subprocess.run([str(binary)], capture_output=True, text=True, check=False)
    assert run.stdout == expected.stdout and run.returncode == 4


def test_contracts_and_modules_tables(tmp_path: Path, cargo_target_dir: Path,
                                      ray_address: str) -> None:
    src = _write_project(tmp_path / "src", TINY)
    result = portalis_ray.translate(src, out=tmp_path / "out", build=False)
    contracts = {(r["module"], r["name"]): r for r in result.contracts.to_pylist()}
    area = contracts[("kit.core.shapes", "area_sum")]
    assert [p["type"] for p in area["params"]] == ["list[Shape]"]
    assert area["returns"] == "float" and area["path"] == "kit/core/shapes.py"
    init = contracts[("kit.core.shapes", "Square.__init__")]
    assert init["kind"] == "method" and init["raises"] == ["BadSize"]
    # inferred across modules: the caller in app.py types count_words's parameter
    assert contracts[("kit.text", "count_words")]["params"][0]["type"] == "str"
    bad = contracts[("kit.errors", "BadSize")]
    assert bad["kind"] == "class" and bad["bases"] == ["KitError"]
    assert ("size", "float") in [(f["name"], f["type"]) for f in bad["fields"]]
    modules = {r["module"]: r for r in result.modules.to_pylist()}
    assert pq.read_table(tmp_path / "out/modules.parquet").num_rows == len(modules) == 7
    assert modules["app"]["kind"] == "script" and modules["kit.text"]["crate"] == "kit"
    assert modules["kit"]["is_package"] and modules["kit"]["imports"] == [
        "kit.limits", "kit.text"
    ]


def test_incremental_rerun(tmp_path: Path, cargo_target_dir: Path, ray_address: str) -> None:
    src = _write_project(tmp_path / "src", TINY)
    out = tmp_path / "out"
    portalis_ray.translate(src, out=out, build=False)
    again = portalis_ray.translate(src, out=out, build=False)
    assert all(f.translate_ms == 0 for f in again.files if f.relpath != "standalone.py")
    table = pq.read_table(out / "modules.parquet").to_pylist()
    assert not any(r["retranslated"] for r in table)
    # A change inside one function body: only that module's Rust is rewritten.
    text = (src / "kit/text.py").read_text().replace('"!"', '"!!"')
    (src / "kit/text.py").write_text(text)
    third = portalis_ray.translate(src, out=out, build=False)
    assert third.ok
    rows = {r["module"]: r for r in pq.read_table(out / "modules.parquet").to_pylist()}
    assert [m for m, r in rows.items() if r["retranslated"]] == ["kit.text"]
    assert '"!!"' in (out / "kit/src/text.rs").read_text()


def test_errors_are_located_and_other_work_goes_on(tmp_path: Path, cargo_target_dir: Path,
                                                   ray_address: str) -> None:
    files = dict(TINY)
    files["kit/text.py"] = files["kit/text.py"].replace(
        "def count_words(s):\n    return len(s.split())",
        "def count_words(s):\n    import kit.limits\n    return len(s.split())",
    )
    src = _write_project(tmp_path / "src", files)
    result = portalis_ray.translate(src, out=tmp_path / "out")
    by_path = {f.relpath: f for f in result.files}
    text = by_path["kit/text.py"]
    assert text.outcome == "failed"
    diag = next(d for d in text.diagnostics if d.code == "import-in-function")
    assert (diag.line, diag.col) == (13, 5)
    assert by_path["app.py"].outcome == "failed"
    assert "kit/text.py:13:5" in by_path["app.py"].reason
    assert by_path["standalone.py"].verified


def test_package_cycle_and_cross_crate_subclass_are_reported() -> None:
    files = {
        "main.py": "from a import f\nprint(f())\n",
        "a/__init__.py": "from b import g\n\ndef f():\n    return g() + 1\n",
        "b/__init__.py": "import a\n\ndef g():\n    return 1\n",
    }
    graph = _graph(files)
    assert any(d.code == "import-cycle" for d in graph.diagnostics)
    files = {
        "main.py": "from base import Shape\n\nclass Dot(Shape):\n    pass\n\nprint(Dot().n())\n",
        "base/__init__.py": "class Shape:\n    def n(self):\n        return 1\n",
    }
    result = translate_project(_graph(files), rustfmt_output=False)
    diags = result.diagnostics["main.py"]
    assert [(d.code, d.line) for d in diags] == [("cross-crate-subclass", 3)]


@pytest.mark.parametrize("name", ["inventory", "textkit", "geometry"])
def test_example_projects_native_and_wasm(name: str, tmp_path: Path, cargo_target_dir: Path,
                                          ray_address: str) -> None:
    src = tmp_path / name
    shutil.copytree(EXAMPLES / name, src)
    target = "native" if _WASM_GAPS else "both"
    result = portalis_ray.translate(src, out=tmp_path / "out", config={"build": {"target": target}})
    assert result.ok, [str(d) for f in result.files for d in f.diagnostics]
    main = next(f for f in result.files if f.relpath == "main.py")
    assert main.verified and main.rust_exit == _python(src / "main.py").returncode
    modules = [f for f in result.files if f.relpath.endswith(".py") and f.relpath != "main.py"]
    assert len(modules) >= 4 and all(f.crate == modules[0].crate for f in modules)
    assert any("/" in f.relpath.split("/", 1)[1] for f in modules)  # a subpackage
    if target == "both":
        assert result.report["build"]["targets"]["wasm"]["verified"] == 1


@pytest.mark.parametrize(
    ("name", "scripts"), [("graphs", ["main.py"]), ("cli_tools", ["main.py", "report.py"])]
)
def test_projects_with_helpers_and_several_scripts(
    name: str, scripts: list[str], tmp_path: Path, cargo_target_dir: Path, ray_address: str
) -> None:
    """A top-level helper module beside a package (a crate of its own); two scripts that
    share a package (two binaries depending on one library crate)."""
    src = tmp_path / name
    shutil.copytree(REPO / "tests" / "projects" / name, src)
    result = portalis_ray.translate(src, out=tmp_path / "out")
    assert result.ok, [str(d) for f in result.files for d in f.diagnostics]
    by_path = {f.relpath: f for f in result.files}
    for script in scripts:
        assert by_path[script].verified and by_path[script].binary
    crates = {f.crate for f in result.files if f.relpath not in scripts}
    if name == "graphs":
        assert crates == {"graphs", "helpers"}
    else:
        assert crates == {"tools"}


def test_a_script_given_alone_brings_the_modules_it_imports(
    tmp_path: Path, cargo_target_dir: Path, ray_address: str
) -> None:
    """SRC = app.py beside its package: the package is translated with it (and only what it
    runs: the standalone script beside it is not)."""
    src = _write_project(tmp_path / "src", TINY)
    result = portalis_ray.translate(src / "app.py", out=tmp_path / "out")
    assert result.ok, [str(d) for f in result.files for d in f.diagnostics]
    paths = sorted(f.relpath for f in result.files)
    assert "standalone.py" not in paths and "kit/core/shapes.py" in paths
    app = next(f for f in result.files if f.relpath == "app.py")
    assert app.verified and app.rust_exit == 4
    assert app.path.endswith("src/app.py")  # shown as the user's path names it


def test_a_script_binary_is_named_as_a_standalone_one(
    tmp_path: Path, cargo_target_dir: Path, ray_address: str
) -> None:
    """The executable keeps the script's name (`Run-App`), the crate a Cargo name."""
    files = {k: v for k, v in TINY.items() if k != "app.py"}
    files["Run-App.py"] = TINY["app.py"]
    src = _write_project(tmp_path / "src", files)
    result = portalis_ray.translate(src, out=tmp_path / "out", build=False)
    assert result.ok, [str(d) for f in result.files for d in f.diagnostics]
    manifest = (tmp_path / "out" / "run_app" / "Cargo.toml").read_text()
    assert '[[bin]]\nname = "Run-App"' in manifest
