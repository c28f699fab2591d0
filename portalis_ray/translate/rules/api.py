"""Entry points of the rules backend."""

from __future__ import annotations

import ast
import copy
import shutil
import subprocess
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from portalis_ray.diagnostics import Diagnostic
from portalis_ray.translate.rules.bigint import mark_growth
from portalis_ray.translate.rules.decorators import lower_decorators
from portalis_ray.translate.rules.ducks import add_duck_bases, join_ducks, plain_roots
from portalis_ray.translate.rules.generators import lower_generators
from portalis_ray.translate.rules.generic import (
    MAX_ROUNDS,
    MEETS,
    Grouping,
    Specialised,
    cloneable_classes,
    merges,
    specialise,
    unresolved,
)
from portalis_ray.translate.rules.imports import hoist_imports
from portalis_ray.translate.rules.lowering import lower_statements, lower_varargs
from portalis_ray.translate.rules.memo import lower_memo
from portalis_ray.translate.rules.modules import KNOWN_MODULES
from portalis_ray.translate.rules.operators import lower_operator
from portalis_ray.translate.rules.registrars import lower_registrars
from portalis_ray.translate.rules.translator import MODULE, Translator
from portalis_ray.translate.rules.types import DYNAMIC, RECORDS, TypeConflict
from portalis_ray.translate.rules.unroll import unroll_function_loops
from portalis_ray.translate.rules.values import Unsupported
from portalis_ray.translate.rules.webs import split_webs

if TYPE_CHECKING:
    from portalis_ray.project.amalgamate import ProjectUnit


@dataclass(frozen=True)
class FunctionContract:
    """Typed signature of one top-level function, as analysis inferred it."""

    module: str
    name: str
    kind: str  # "function" | "module"
    params: list[tuple[str, str]]  # (name, python type as text, e.g. "list[int]")
    returns: str
    line: int
    col: int


@dataclass
class RulesResult:
    """Outcome of translating one module with the rules backend."""

    rust: str | None  # the crate's src/main.rs, None when translation failed
    diagnostics: list[Diagnostic] = field(default_factory=list)
    units_total: int = 0  # top-level statements and defs
    units_translated: int = 0
    contracts: list[FunctionContract] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rust is not None


def _parse(source: str, path: str) -> ast.Module | Diagnostic:
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as exc:
        return Diagnostic(
            path, exc.lineno or 1, exc.offset or 1, "syntax-error", exc.msg or "invalid syntax"
        )
    except ValueError as exc:  # e.g. NUL bytes
        return Diagnostic(path, 1, 1, "syntax-error", str(exc))
    return lower(tree)


def lower(tree: ast.Module) -> ast.Module:
    """The source rewrites that run before translation (see lowering.py, generators.py)."""
    hoist_imports(tree, KNOWN_MODULES)
    unroll_function_loops(tree)
    lower_registrars(tree)
    lower_decorators(tree)
    split_webs(tree)
    mark_growth(tree)
    lower_statements(tree, KNOWN_MODULES)
    lower_varargs(tree)
    lower_operator(tree)
    lower_memo(tree)
    generated = lower_generators(tree)
    lower_statements(tree, KNOWN_MODULES, only=generated)  # their locals: annotated fields
    return tree


def _contracts(tr: Translator, module: str) -> list[FunctionContract]:
    out = []
    for name, info in tr.functions.items():
        if name == MODULE or info.node is None:
            continue
        params = [(p, tr.param_type(name, i).python()) for i, p in enumerate(info.params)]
        out.append(
            FunctionContract(
                module,
                info.py_name or name,
                "function",
                params,
                tr.slot_get(("ret", name)).python(),
                info.node.lineno,
                info.node.col_offset + 1,
            )
        )
    return out


def rustfmt(code: str) -> str:
    """Format generated Rust with rustfmt when it is installed; unchanged otherwise."""
    exe = shutil.which("rustfmt")
    if exe is None:
        return code
    try:
        done = subprocess.run(
            [exe, "--edition", "2018", "--emit", "stdout", "--quiet"],
            input=code,
            capture_output=True,
            check=False,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return code
    return done.stdout if done.returncode == 0 and done.stdout.strip() else code


MAX_VERSIONING_ROUNDS = 3


def run_versioned(
    make: Callable[[], tuple[ast.Module, ProjectUnit | None]], path: str, script_name: str
) -> tuple[Translator, str | None, list[Diagnostic], int, ProjectUnit | None]:
    """Translate; where a local takes a new type at a top-level rebinding, split it and retry.

    ``make`` gives a fresh lowered tree each round (and the project unit it belongs to);
    a retry needs one because translation annotates the tree."""
    versioned: dict[str, set[str]] = {}
    for _ in range(MAX_VERSIONING_ROUNDS):
        tree, unit = make()
        tr = Translator(tree, path, script_name, versioned, unit)
        rust, diagnostics, units_ok = tr.run()
        new = {(f, n) for f, n in tr.conflicts if n not in versioned.get(f, set())}
        if rust is not None or not new:
            break
        for fname, name in new:
            versioned.setdefault(fname, set()).add(name)
    return tr, rust, diagnostics, units_ok, unit


def _run_with_versions(
    source: str, tree: ast.Module, path: str, script_name: str
) -> tuple[Translator, str | None, list[Diagnostic], int]:
    """The first round translates ``tree`` itself; a retry parses ``source`` afresh (cheaper
    than keeping a deep copy of every tree for the rare retry)."""
    trees = [tree]

    def make() -> tuple[ast.Module, None]:
        if trees:
            return trees.pop(), None
        fresh = _parse(source, path)
        assert not isinstance(fresh, Diagnostic)  # it parsed the first time
        return fresh, None

    tr, rust, diagnostics, units_ok, _ = run_versioned(make, path, script_name)
    return tr, rust, diagnostics, units_ok


def _noting_meets(
    make: Callable[[], tuple[ast.Module, ProjectUnit | None]], path: str, script_name: str
) -> tuple[tuple[Translator, str | None, list[Diagnostic], int], list] | None:
    """``run_versioned`` recording the types that met without a common type; None where the
    module's declarations were refused."""
    token = MEETS.set([])
    try:
        tr, rust, diagnostics, units_ok, _ = run_versioned(make, path, script_name)
        return (tr, rust, diagnostics, units_ok), MEETS.get() or []
    except (Unsupported, TypeConflict, RecursionError):
        return None
    finally:
        MEETS.reset(token)


def _with_generic_copies(
    source: str, path: str, script_name: str
) -> tuple[Translator, str, list[Diagnostic], int] | None:
    """Translate again with generic classes copied per use (see generic.py); None if that
    does not help (the first attempt's diagnostics stand).

    Copies that meet are merged; a copy whose types stay unknown is tried merged with
    each other copy of its class in turn. At most MAX_ROUNDS translations in all."""
    names = cloneable_classes(ast.parse(source, filename=path))
    if not names:
        return None
    budget = [MAX_ROUNDS]

    def attempt(grouping: Grouping) -> tuple[Translator, str, list[Diagnostic], int] | None:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        made: list[Specialised] = []

        def make() -> tuple[ast.Module, None]:
            made.append(specialise(ast.parse(source, filename=path), names, grouping))
            return lower(made[-1].tree), None

        noted = _noting_meets(make, path, script_name)
        if noted is None:
            return None
        (tr, rust, diagnostics, units_ok), meets = noted
        spec = made[-1]
        if len(spec.copies) == len({cls for cls, _ in spec.copies.values()}):
            return None  # nothing was copied: the same program as the first attempt
        if rust is None and any([grouping.union(a, b) for a, b in merges(spec, meets)]):
            return attempt(grouping)
        pending = unresolved(spec, tr)
        if rust is not None and not pending:
            return tr, rust, diagnostics, units_ok
        if pending:
            key, partners = pending[0]
            for partner in partners:
                trial = copy.deepcopy(grouping)
                trial.union(key, partner)
                found = attempt(trial)
                if found is not None:
                    return found
        return None

    return attempt(Grouping())


MAX_DUCK_ROUNDS = 4


def _with_duck_bases(
    source: str, path: str, script_name: str, first_meets: list[tuple[object, object]]
) -> tuple[Translator, str, list[Diagnostic], int] | None:
    """Translate again with unrelated classes that meet in a value (``first_meets``: the
    types that met in the first translation) given a common base (see ducks.py), growing
    the groups while new classes meet; None if that does not help."""
    roots = plain_roots(ast.parse(source, filename=path))
    groups = Grouping()
    if len(roots) < 2 or not join_ducks(first_meets, roots, groups):
        return None
    for _ in range(MAX_DUCK_ROUNDS):

        def make() -> tuple[ast.Module, None]:
            tree = ast.parse(source, filename=path)
            add_duck_bases(tree, groups)
            return lower(tree), None

        noted = _noting_meets(make, path, script_name)
        if noted is None:
            return None
        (tr, rust, diagnostics, units_ok), meets = noted
        if rust is not None:
            return tr, rust, diagnostics, units_ok
        if not join_ducks(meets, roots, groups):
            return None
    return None


def _in_mode(
    mode: ContextVar[bool], source: str, path: str, script_name: str
) -> tuple[Translator, str, list[Diagnostic], int] | None:
    """Translate again with ``mode`` set: RECORDS (dict displays of mixed values as
    records, records.py) or DYNAMIC (scalars of different types meeting as `pyrt::Obj`,
    dynamic.py); None if that does not help either (the earlier diagnostics stand)."""
    tree = _parse(source, path)
    assert not isinstance(tree, Diagnostic)  # it parsed the first time
    token = mode.set(True)
    try:
        tr, rust, diagnostics, units_ok = _run_with_versions(source, tree, path, script_name)
    except (Unsupported, TypeConflict, RecursionError):
        return None
    finally:
        mode.reset(token)
    return None if rust is None else (tr, rust, diagnostics, units_ok)


def translate_module(
    source: str, path: str, script_name: str, rustfmt_output: bool = True
) -> RulesResult:
    """Translate a whole module into the ``main.rs`` of a binary named ``script_name``.

    ``rustfmt_output=False`` skips formatting (the HTTP service answers faster)."""
    tree = _parse(source, path)
    if isinstance(tree, Diagnostic):
        return RulesResult(None, [tree], 0, 0)
    token = MEETS.set([])
    try:
        tr, rust, diagnostics, units_ok = _run_with_versions(source, tree, path, script_name)
        first, first_meets = tr, MEETS.get() or []
    except RecursionError:
        diag = Diagnostic(path, 1, 1, "too-deep", "expression nesting too deep to translate")
        return RulesResult(None, [diag], 0, 0)
    except Unsupported as exc:  # raised while reading the module's declarations
        node = exc.node
        line, col = getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1
        return RulesResult(None, [Diagnostic(path, line, col, exc.code, exc.message)], 0, 0)
    except TypeConflict as exc:
        diag = Diagnostic(path, 1, 1, "type-conflict", f"values of different types ({exc})")
        return RulesResult(None, [diag], 0, 0)
    finally:
        MEETS.reset(token)
    if rust is None and first.class_conflict:  # a class used with several element types
        retried = _with_generic_copies(source, path, script_name)
        if retried is not None:
            tr, rust, diagnostics, units_ok = retried
    if rust is None and any(d.code in ("type-conflict", "type-error") for d in diagnostics):
        retried = _with_duck_bases(source, path, script_name, first_meets)
        if retried is not None:
            tr, rust, diagnostics, units_ok = retried
    if rust is None and first.record_conflict:
        retried = _in_mode(RECORDS, source, path, script_name)
        if retried is not None:
            tr, rust, diagnostics, units_ok = retried
    if rust is None and any(d.code == "type-conflict" for d in diagnostics):
        retried = _in_mode(DYNAMIC, source, path, script_name)
        if retried is not None:
            tr, rust, diagnostics, units_ok = retried
    if rust is not None and rustfmt_output:
        rust = rustfmt(rust)
    return RulesResult(rust, diagnostics, tr.units_total, units_ok, _contracts(tr, script_name))


def module_contracts(
    source: str, path: str, tree: ast.Module | None = None
) -> list[FunctionContract]:
    """Infer the typed contracts of a module's top-level functions (``tree``: the module
    already parsed, e.g. statement by statement from the structural index)."""
    parsed = _parse(source, path) if tree is None else lower(tree)
    if isinstance(parsed, Diagnostic):
        return []
    tr = Translator(parsed, path, path)
    tr.run()
    module = path.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".py")
    return _contracts(tr, module)
