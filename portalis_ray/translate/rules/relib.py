"""The `re` module on pyrt's regex engine (CPython 3.11 semantics, code-point positions).

Patterns are `re.Pattern` (`pyrt::Regex`) and matches `re.Match` (`pyrt::Match`). Where a
pattern is a literal, its group count is read with Python's own `re` while translating, so
`findall` returns strings or tuples exactly as Python does. A group that did not take part
in the match is None in Python; used as a string it raises here instead of going on.
"""

from __future__ import annotations

import ast
import re
import re._parser as re_parser
from typing import TYPE_CHECKING

from portalis_ray.translate.rules.iterlib import callable_of
from portalis_ray.translate.rules.types import (
    INT,
    STR,
    DictT,
    IterT,
    ListT,
    OpaqueT,
    OptT,
    PyType,
    SeqT,
    TupleT,
)
from portalis_ray.translate.rules.values import LOWEST, Unsupported, Val, keyword_args

if TYPE_CHECKING:
    from portalis_ray.translate.rules.modules import ModuleFn
    from portalis_ray.translate.rules.translator import Translator


def pattern_t(groups: int = -1, optional: frozenset = frozenset()) -> OpaqueT:
    return OpaqueT("re.Pattern", "pyrt::Regex", groups, optional)


def match_t(groups: int = -1, optional: frozenset = frozenset()) -> OpaqueT:
    return OpaqueT("re.Match", "pyrt::Match", groups, optional)


def match_of(pattern: PyType) -> OpaqueT:
    """The type of the matches of a pattern of type ``pattern``."""
    return match_t(pattern.groups, pattern.optional)  # type: ignore[attr-defined]


FLAGS = {
    name: Val(f"pyrt::RE_{short}", INT)
    for short, names in {
        "I": ("I", "IGNORECASE"),
        "M": ("M", "MULTILINE"),
        "S": ("S", "DOTALL"),
        "X": ("X", "VERBOSE"),
        "A": ("A", "ASCII"),
        "U": ("U", "UNICODE"),
    }.items()
    for name in names
}
RE_CONSTANTS: dict[tuple[str, str], Val] = {("re", n): v for n, v in FLAGS.items()}
RE_CONSTANTS[("re", "NOFLAG")] = Val("pyrt::RE_NOFLAG", INT)


def _literal_pattern(node: ast.expr, flags: ast.expr | None) -> OpaqueT:
    """The pattern type of a literal pattern: its group count and its optional groups."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return pattern_t()
    flag = 0
    if flags is not None:
        if not (isinstance(flags, ast.Constant) and isinstance(flags.value, int)):
            return pattern_t(_groups(node.value, 0))
        flag = flags.value
    try:
        compiled = re.compile(node.value, flag)
        tree = re_parser.parse(node.value, flag)
    except (re.error, ValueError):
        return pattern_t()  # the runtime raises the same re.error
    optional: set[int | str] = set()
    _optional_groups(tree, False, optional)
    names = {i: name for name, i in compiled.groupindex.items()}
    optional |= {names[i] for i in list(optional) if i in names}
    return pattern_t(compiled.groups, frozenset(optional))


def _groups(pattern: str, flag: int) -> int:
    try:
        return re.compile(pattern, flag).groups
    except re.error:
        return -1


def _optional_groups(items: object, optional: bool, out: set[int | str]) -> None:
    """Collect the groups under ``items`` (a parsed pattern) that may not take part."""
    for op, av in items:  # type: ignore[attr-defined]
        name = str(op)
        if name == "SUBPATTERN":
            group, _add, _del, sub = av
            if group is not None and optional:
                out.add(group)
            _optional_groups(sub, optional, out)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, _hi, sub = av
            _optional_groups(sub, optional or lo == 0, out)
        elif name == "BRANCH":
            for sub in av[1]:
                _optional_groups(sub, True, out)
        elif name == "GROUPREF_EXISTS":
            for sub in av[1:]:
                if sub is not None:
                    _optional_groups(sub, True, out)
        elif name in ("ASSERT", "ASSERT_NOT", "ATOMIC_GROUP"):
            sub = av[1] if name != "ATOMIC_GROUP" else av
            _optional_groups(sub, optional or name == "ASSERT_NOT", out)


_args = keyword_args


def _str(tr: Translator, node: ast.expr) -> str:
    return tr.str_arg(node)


def _int(tr: Translator, node: ast.expr | None, default: str) -> str:
    if node is None:
        return default
    return tr.coerce(tr.unwrap_opt(tr.expr(node, INT)), INT, node).code


def _pattern(tr: Translator, node: ast.expr, flags: ast.expr | None) -> tuple[str, OpaqueT]:
    """A compiled pattern (from a `re.Pattern` or a pattern string) and its type."""
    val = tr.unwrap_opt(tr.expr(node))
    if isinstance(val.t, OpaqueT) and val.t.name == "re.Pattern":
        if flags is not None:
            raise Unsupported(
                node, "cannot process flags argument with a compiled pattern", "type-error"
            )
        return val.code, val.t
    code = tr.fallible(f"pyrt::re_compile({tr.str_arg(node)}, {_int(tr, flags, '0')})")
    return code, _literal_pattern(node, flags)


def _findall_val(regex: str, groups: int, text: str, node: ast.AST) -> Val:
    if groups in (0, 1):
        return Val(f"{regex}.findall({text})", ListT(STR))
    if groups < 0:
        raise Unsupported(
            node, "findall() needs a literal pattern (its group count decides the result type)"
        )
    parts = ", ".join(f"g.0.borrow()[{i}].clone()" for i in range(groups))
    return Val(
        f"List::from_vec({regex}.findall_groups({text}).iter().map(|g| ({parts})).collect())",
        ListT(TupleT((STR,) * groups)),
    )


def _sub_call(
    tr: Translator, regex: str, repl: ast.expr, text: str, count: str, method: str
) -> str:
    rv = None if isinstance(repl, ast.Lambda) else tr.unwrap_opt(tr.expr(repl))
    if rv is not None and rv.t == STR:
        return tr.fallible(f"{regex}.{method}({rv.borrow()}, {text}, {count})")
    fn = callable_of(tr, repl, (match_t(),))
    f = tr.fresh("f")
    return tr.fallible(
        f"{{ let {f} = {fn.code}; {regex}.{method}_fn(|m: &pyrt::Match| {f}.call((m.clone(),)), "
        f"{text}, {count}) }}"
    )


# ---------------------------------------------------------------------- module functions
def _compile(tr: Translator, node: ast.Call) -> Val:
    pat, flags = _args(node, ["pattern", "flags"], 1, "re.compile")
    code, pt = _pattern(tr, pat, flags)  # type: ignore[arg-type]
    return Val(code, pt)


def _matcher(method: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        pat, text, flags = _args(node, ["pattern", "string", "flags"], 2, f"re.{method}")
        regex, pt = _pattern(tr, pat, flags)  # type: ignore[arg-type]
        rust = "match_" if method == "match" else method
        return Val(f"{regex}.{rust}({_str(tr, text)})", OptT(match_of(pt)))  # type: ignore[arg-type]

    return emit


def _findall(tr: Translator, node: ast.Call) -> Val:
    pat, text, flags = _args(node, ["pattern", "string", "flags"], 2, "re.findall")
    regex, pt = _pattern(tr, pat, flags)  # type: ignore[arg-type]
    return _findall_val(regex, pt.groups, _str(tr, text), node)  # type: ignore[arg-type]


def _finditer(tr: Translator, node: ast.Call) -> Val:
    pat, text, flags = _args(node, ["pattern", "string", "flags"], 2, "re.finditer")
    regex, pt = _pattern(tr, pat, flags)  # type: ignore[arg-type]
    return Val(f"{regex}.finditer({_str(tr, text)}).iter()", IterT(match_of(pt)))  # type: ignore[arg-type]


def _sub(method: str) -> ModuleFn:
    def emit(tr: Translator, node: ast.Call) -> Val:
        names = ["pattern", "repl", "string", "count", "flags"]
        pat, repl, text, count, flags = _args(node, names, 3, f"re.{method}")
        regex, _ = _pattern(tr, pat, flags)  # type: ignore[arg-type]
        call = _sub_call(tr, regex, repl, _str(tr, text), _int(tr, count, "0"), method)  # type: ignore[arg-type]
        return Val(call, STR if method == "sub" else TupleT((STR, INT)))

    return emit


def _split(tr: Translator, node: ast.Call) -> Val:
    pat, text, maxsplit, flags = _args(
        node, ["pattern", "string", "maxsplit", "flags"], 2, "re.split"
    )
    regex, _ = _pattern(tr, pat, flags)  # type: ignore[arg-type]
    return Val(f"{regex}.split({_str(tr, text)}, {_int(tr, maxsplit, '0')})", ListT(STR))  # type: ignore[arg-type]


def _escape(tr: Translator, node: ast.Call) -> Val:
    (text,) = _args(node, ["pattern"], 1, "re.escape")
    return Val(f"pyrt::re_escape({_str(tr, text)})", STR)  # type: ignore[arg-type]


RE_FUNCTIONS: dict[tuple[str, str], ModuleFn] = {
    ("re", "compile"): _compile,
    ("re", "search"): _matcher("search"),
    ("re", "match"): _matcher("match"),
    ("re", "fullmatch"): _matcher("fullmatch"),
    ("re", "findall"): _findall,
    ("re", "finditer"): _finditer,
    ("re", "sub"): _sub("sub"),
    ("re", "subn"): _sub("subn"),
    ("re", "split"): _split,
    ("re", "escape"): _escape,
}


# ---------------------------------------------------------------------- Pattern methods
def _p_matcher(method: str):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        text, pos, endpos = _args(node, ["string", "pos", "endpos"], 1, method)
        rust = "match_" if method == "match" else method
        m = match_of(recv.t)
        if pos is None and endpos is None:
            return Val(f"{recv.receiver()}.{rust}({_str(tr, text)})", OptT(m))  # type: ignore[arg-type]
        base = rust.rstrip("_")
        return Val(
            f"{recv.receiver()}.{base}_pos({_str(tr, text)}, {_int(tr, pos, '0')}, "  # type: ignore[arg-type]
            f"{_int(tr, endpos, 'i64::MAX')})",
            OptT(m),
        )

    return emit


def _p_findall(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    (text,) = _args(node, ["string"], 1, "findall")
    groups = recv.t.groups  # type: ignore[attr-defined]
    return _findall_val(recv.receiver(), groups, _str(tr, text), node)  # type: ignore[arg-type]


def _p_finditer(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    (text,) = _args(node, ["string"], 1, "finditer")
    m = match_of(recv.t)
    return Val(f"{recv.receiver()}.finditer({_str(tr, text)}).iter()", IterT(m))  # type: ignore[arg-type]


def _p_sub(method: str):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        repl, text, count = _args(node, ["repl", "string", "count"], 2, method)
        call = _sub_call(tr, recv.receiver(), repl, _str(tr, text), _int(tr, count, "0"), method)  # type: ignore[arg-type]
        return Val(call, STR if method == "sub" else TupleT((STR, INT)))

    return emit


def _p_split(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    text, maxsplit = _args(node, ["string", "maxsplit"], 1, "split")
    return Val(
        f"{recv.receiver()}.split({_str(tr, text)}, {_int(tr, maxsplit, '0')})",
        ListT(STR),  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------------- Match methods
def group_val(tr: Translator, recv: Val, arg: ast.expr | None) -> Val:
    """`m.group(arg)` / `m[arg]`: None when the group may not take part in the match."""
    if arg is None or (isinstance(arg, ast.Constant) and arg.value == 0):
        return Val(f"{recv.receiver()}.group0()", STR)
    val = tr.unwrap_opt(tr.expr(arg))
    if val.t == STR:
        got = tr.fallible(f"{recv.receiver()}.group_named({val.borrow()})")
    else:
        got = tr.fallible(f"{recv.receiver()}.group({tr.coerce(val, INT, arg).code})")
    key = arg.value if isinstance(arg, ast.Constant) else None
    if key in recv.t.optional:  # type: ignore[attr-defined]
        return Val(got, OptT(STR))
    return Val(tr.fallible(f"pyrt::expect_some({got})"), STR)


def _m_group(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    if node.keywords:
        raise Unsupported(node, "group() takes no keyword arguments", "type-error")
    if len(node.args) <= 1:
        return group_val(tr, recv, node.args[0] if node.args else None)
    parts = [group_val(tr, recv, a) for a in node.args]
    return Val(f"({', '.join(p.code for p in parts)})", TupleT(tuple(p.t for p in parts)))


def _m_groups(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    n = recv.t.groups  # type: ignore[attr-defined]
    if node.args or node.keywords:
        default = tr.str_arg(node.args[0] if node.args else node.keywords[0].value)
        items = f"{recv.receiver()}.groups_default({default})"
        elem: PyType = STR
    else:
        items = f"{recv.receiver()}.groups()"
        elem = OptT(STR)
    if n < 0:
        return Val(f"pyrt::Tuple({items}.to_vec())", SeqT(elem))
    tmp = tr.fresh("g")
    parts = ", ".join(f"{tmp}[{i}].clone()" for i in range(n))
    tail = "," if n == 1 else ""
    return Val(f"{{ let {tmp} = {items}.to_vec(); ({parts}{tail}) }}", TupleT((elem,) * n), LOWEST)


def _m_position(method: str):
    def emit(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
        t: PyType = TupleT((INT, INT)) if method == "span" else INT
        if not node.args:
            return Val(f"{recv.receiver()}.{method}0()", t)
        val = tr.unwrap_opt(tr.expr(node.args[0]))
        if val.t == STR:
            return Val(tr.fallible(f"{recv.receiver()}.{method}_named({val.borrow()})"), t)
        return Val(tr.fallible(f"{recv.receiver()}.{method}({tr.coerce(val, INT).code})"), t)

    return emit


def _m_groupdict(tr: Translator, node: ast.Call, recv: Val, _r: ast.expr) -> Val:
    return Val(f"{recv.receiver()}.groupdict()", DictT(STR, OptT(STR)))


OPAQUE_METHODS: dict[str, dict] = {
    "re.Pattern": {
        "search": _p_matcher("search"),
        "match": _p_matcher("match"),
        "fullmatch": _p_matcher("fullmatch"),
        "findall": _p_findall,
        "finditer": _p_finditer,
        "sub": _p_sub("sub"),
        "subn": _p_sub("subn"),
        "split": _p_split,
    },
    "re.Match": {
        "group": _m_group,
        "groups": _m_groups,
        "groupdict": _m_groupdict,
        "start": _m_position("start"),
        "end": _m_position("end"),
        "span": _m_position("span"),
    },
}


def _with_sys_streams() -> None:
    from portalis_ray.translate.rules.byteslib import BYTES_METHODS
    from portalis_ray.translate.rules.fractionlib import FRACTION_METHODS
    from portalis_ray.translate.rules.stdlib import RNG_METHODS, TEMPLATE_METHODS
    from portalis_ray.translate.rules.sysio import SYS_METHODS

    OPAQUE_METHODS.update(SYS_METHODS)
    OPAQUE_METHODS["random.Random"] = RNG_METHODS
    OPAQUE_METHODS["string.Template"] = TEMPLATE_METHODS
    OPAQUE_METHODS["bytes"] = BYTES_METHODS
    OPAQUE_METHODS["fractions.Fraction"] = FRACTION_METHODS


_with_sys_streams()
