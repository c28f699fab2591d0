"""One Python variable reused for unrelated values becomes several variables.

    for pos, (p, w, d) in enumerate(table):    # w: an int here
        ...
    for x, y in semis:
        w, _, score = play(x, y)               # and a str here

Rust needs one type per variable, Python does not. A def-use analysis over each function
(reaching definitions through branches, loops, `try`, `break`/`continue`/`return`) groups
every assignment with the reads it reaches; groups that share no read are independent
variables (webs), and all but the first get a name of their own (`w__2`). Reads see
exactly the values they saw before, so nothing changes but the names. Names that nested
functions, lambdas or classes capture, `global`/`nonlocal`/`del` names, and names read
where no assignment reaches them are left alone.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from portalis_ray.translate.rules.closures import SCOPES
from portalis_ray.translate.rules.walk import children, statements, walk

State = dict  # name -> frozenset of definition ids; None where the code is unreachable

_COMPS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


class _Unsupported(Exception):
    """A construct the analysis does not model: the function is left as it is."""


def _join(a: State | None, b: State | None) -> State | None:
    if a is None:
        return b
    if b is None:
        return a
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, frozenset()) | v
    return out


class _Flow:
    def __init__(self, names: set[str]) -> None:
        self.names = names  # the candidates
        self.reach: dict[int, set[int]] = {}  # id(Name load) -> definitions reaching it
        self.loads: dict[int, ast.Name] = {}
        self.defs: dict[int, ast.AST] = {}  # definition id -> its Name (or arg) node
        self.reads: dict[int, list[ast.Name]] = {}  # id(node) -> its candidate reads
        self.breaks: list[list[State | None]] = []
        self.continues: list[list[State | None]] = []

    # ------------------------------------------------------------- expressions
    def read(self, node: ast.AST | None, state: State | None) -> None:
        """Record the definitions reaching each candidate read in ``node``."""
        if node is None or state is None:
            return
        reads = self.reads.get(id(node))
        if reads is None:  # found once: a loop's fixpoint reads its body again each round
            reads = self.reads[id(node)] = [
                n
                for n in _walk_expr(node, frozenset())
                if isinstance(n, ast.Name) and n.id in self.names and isinstance(n.ctx, ast.Load)
            ]
        for n in reads:
            self.loads[id(n)] = n
            self.reach.setdefault(id(n), set()).update(state.get(n.id, frozenset()))

    def store(self, target: ast.AST, state: State | None) -> State | None:
        if state is None:
            return None
        out = dict(state)
        for n in _targets(target):
            if n.id in self.names:
                self.defs[id(n)] = n
                out[n.id] = frozenset([id(n)])
        return out

    # ------------------------------------------------------------- statements
    def block(self, stmts: list[ast.stmt], state: State | None) -> State | None:
        for stmt in stmts:
            state = self.stmt(stmt, state)
        return state

    def stmt(self, s: ast.stmt, state: State | None) -> State | None:
        if state is None:
            return None
        if isinstance(s, ast.Assign):
            self.read(s.value, state)
            for t in s.targets:
                self.read_target_parts(t, state)
                state = self.store(t, state)
            return state
        if isinstance(s, ast.AnnAssign):
            self.read(s.value, state)
            return self.store(s.target, state) if s.value is not None else state
        if isinstance(s, ast.AugAssign):
            self.read(s.value, state)
            if isinstance(s.target, ast.Name):
                if s.target.id in self.names:  # read, then a new definition in one web
                    self.loads[id(s.target)] = s.target
                    self.reach.setdefault(id(s.target), set()).update(state.get(s.target.id, ()))
                return self.store(s.target, state)
            self.read(s.target, state)
            return state
        if isinstance(s, (ast.Expr, ast.Assert)):
            self.read(s, state)
            return state
        if isinstance(s, (ast.Return, ast.Raise)):
            self.read(s, state)
            return None
        if isinstance(s, ast.Pass):
            return state
        if isinstance(s, ast.Break):
            self.breaks[-1].append(state)
            return None
        if isinstance(s, ast.Continue):
            self.continues[-1].append(state)
            return None
        if isinstance(s, ast.If):
            self.read(s.test, state)
            return _join(self.block(s.body, state), self.block(s.orelse, state))
        if isinstance(s, ast.While):
            return self.loop(s, state, None)
        if isinstance(s, ast.For):
            self.read(s.iter, state)
            return self.loop(s, state, s.target)
        if isinstance(s, ast.With):
            for item in s.items:
                self.read(item.context_expr, state)
                if item.optional_vars is not None:
                    state = self.store(item.optional_vars, state)
            return self.block(s.body, state)
        if isinstance(s, ast.Try):
            seen: list[State | None] = [state]
            current = state
            for inner in s.body:
                current = self.stmt(inner, current)
                seen.append(current)
            anywhere = None
            for st in seen:
                anywhere = _join(anywhere, st)
            outs = [self.block(s.orelse, current)]
            for h in s.handlers:
                self.read(h.type, anywhere)
                outs.append(self.block(h.body, anywhere))
            out = None
            for o in outs:
                out = _join(out, o)
            if s.finalbody:
                # the finally block also runs on the way out of a return or a raise
                self.block(s.finalbody, _join(anywhere, out))
                return self.block(s.finalbody, out) if out is not None else None
            return out
        if isinstance(
            s, (ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal)
        ):
            return state
        raise _Unsupported(type(s).__name__)

    def read_target_parts(self, target: ast.AST, state: State | None) -> None:
        """Reads inside an assignment target (`d[k] = v`, `obj.attr = v`)."""
        if isinstance(target, (ast.Subscript, ast.Attribute)):
            self.read(target, state)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for e in target.elts:
                self.read_target_parts(e, state)
        elif isinstance(target, ast.Starred):
            self.read_target_parts(target.value, state)

    def loop(
        self, s: ast.For | ast.While, entry: State | None, target: ast.AST | None
    ) -> State | None:
        head = entry
        exit_state: State | None = None
        for _ in range(4):  # the definitions flowing around a loop settle quickly
            self.breaks.append([])
            self.continues.append([])
            if isinstance(s, ast.While):
                self.read(s.test, head)
                body_in = head
            else:
                self.read_target_parts(target, head)  # type: ignore[arg-type]
                body_in = self.store(target, head)  # type: ignore[arg-type]
            end = self.block(s.body, body_in)
            breaks, continues = self.breaks.pop(), self.continues.pop()
            new_head = _join(entry, end)
            for c in continues:
                new_head = _join(new_head, c)
            exit_state = new_head
            for b in breaks:
                exit_state = _join(exit_state, b)
            if new_head == head:
                break
            head = new_head
        # (a loop's else runs on a normal exit; joining it with every exit only keeps
        # more definitions together, which is safe)
        else_out = self.block(s.orelse, head) if s.orelse else head
        return _join(else_out, exit_state)


def _walk_expr(node: ast.AST, bound: frozenset) -> Iterator[ast.AST]:
    """Nodes of an expression (or simple statement), comprehension variables excluded."""
    todo = [(node, bound)]
    while todo:
        n, b = todo.pop()
        if isinstance(n, _COMPS):
            inner = b | {t.id for g in n.generators for t in _targets(g.target)}
            for g in n.generators:
                todo.append((g.iter, b))
                todo.extend((c, inner) for c in g.ifs)
            for part in ("elt", "key", "value"):
                if getattr(n, part, None) is not None:
                    todo.append((getattr(n, part), inner))
            continue
        if isinstance(n, ast.Name) and n.id in b:
            continue
        yield n
        if isinstance(n, SCOPES):
            continue
        for c in children(n):
            todo.append((c, b))


def _targets(target: ast.AST) -> list[ast.Name]:
    if isinstance(target, ast.Name):
        return [target]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for e in target.elts for n in _targets(e)]
    if isinstance(target, ast.Starred):
        return _targets(target.value)
    return []


def _excluded(fn: ast.FunctionDef) -> set[str]:
    """Names the analysis must not rename in ``fn``."""
    out: set[str] = set()
    for n in walk(fn):
        if isinstance(n, (ast.Global, ast.Nonlocal)):
            out.update(n.names)
        elif isinstance(n, ast.Delete):
            out.update(t.id for t in n.targets if isinstance(t, ast.Name))
        elif isinstance(n, ast.ExceptHandler) and n.name:
            out.add(n.name)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            out.update((a.asname or a.name).split(".")[0] for a in n.names)
        elif isinstance(n, ast.NamedExpr):
            out.add(n.target.id)
        elif isinstance(n, SCOPES) and n is not fn:
            out.update(m.id for m in walk(n) if isinstance(m, ast.Name))
            if not isinstance(n, ast.Lambda):
                out.add(n.name)
        elif (
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and n.func.id in ("locals", "vars", "eval", "exec")
        ):
            raise _Unsupported("locals")
    return out


def _split(fn: ast.FunctionDef) -> None:
    params = {a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
    params |= {a.arg for a in (fn.args.vararg, fn.args.kwarg) if a is not None}
    kills: dict[str, int] = {}  # plain (re)bindings; `x += 1` continues the same variable
    augmented: set[int] = set()  # (a statement comes before its target in the walk)
    for s in fn.body:
        for n in _walk_expr(s, frozenset()):
            if isinstance(n, ast.AugAssign):
                augmented.add(id(n.target))
                continue
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and id(n) not in augmented:
                kills[n.id] = kills.get(n.id, 0) + 1
    candidates = {n for n, k in kills.items() if k > 1 or n in params}
    if not candidates:
        return
    names = candidates - _excluded(fn)
    if not names:
        return
    flow = _Flow(names)
    entry: State = {p: frozenset([-(i + 1)]) for i, p in enumerate(sorted(params & names))}
    flow.block(fn.body, entry)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    unsafe: set[str] = set()
    for load_id, defs in flow.reach.items():
        name = flow.loads[load_id].id
        if not defs:
            unsafe.add(name)  # read where nothing of this function reaches: left alone
            continue
        first, *rest = sorted(defs)
        for d in rest:
            union(first, d)
        union(first, load_id)  # an augmented assignment's target is its own read
    webs: dict[str, dict[int, list[int]]] = {}
    for def_id, node in flow.defs.items():
        name = node.id  # type: ignore[attr-defined]
        webs.setdefault(name, {}).setdefault(find(def_id), []).append(def_id)
    for name, groups in webs.items():
        if name in unsafe or len(groups) + (name in params) < 2:
            continue
        param_root = find(-(sorted(params & names).index(name) + 1)) if name in params else None
        roots = sorted(
            groups, key=lambda r: min(getattr(flow.defs[d], "lineno", 0) for d in groups[r])
        )
        keep = param_root if param_root is not None else roots[0]
        count = 1
        for root in roots:
            if root == keep:
                continue
            count += 1
            new = f"{name}__{count}"
            for d in groups[root]:
                flow.defs[d].id = new  # type: ignore[attr-defined]
            for load_id, defs in flow.reach.items():
                if defs and find(min(defs)) == root and flow.loads[load_id].id == name:
                    flow.loads[load_id].id = new


def split_webs(tree: ast.Module) -> None:
    """Rename independent uses of a variable in every function (see the module docstring)."""
    for node in statements(tree):
        if isinstance(node, ast.FunctionDef):
            try:
                _split(node)
            except _Unsupported:
                continue
