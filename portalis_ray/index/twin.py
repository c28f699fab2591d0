"""The NumPy twin of the GPU lexer: the structural index of a whole batch in vectorised passes.

It reproduces what Python 3.11's ``tokenize`` yields for NEWLINE, INDENT, DEDENT, STRING and
COMMENT tokens (as byte offsets) and where it raises, without a Python loop over bytes, lines
or files. The batch is one byte buffer; every file is separated from the next by a NUL byte, so
look-behind (string prefixes, backslash runs) and look-ahead (triple quotes) never cross files.

The passes (``HostOps`` runs the byte-level ones and the line state machine with NumPy; the GPU
driver, ``gpu.DeviceOps``, runs the same ones as the kernels of ``kernels/lexer.cu``):

1. lines: every ``\\n`` ends a physical line (tokenize's ``readline``); per line its content
   end (before ``\\r\\n``/``\\n``), whether it ends with a backslash, and that run's parity;
2. specials: the quote and ``#`` bytes, with the escape parity and string prefix of each quote;
3. line transitions: each line is lexed from each state it can start in (code, inside
   ``'''``/``\"\"\"``, inside a backslash-continued ``'``/``"`` string, and the variants that
   carry tokenize's sticky ``needcont`` flag), one step per token, all lines at once; this gives
   an 8-entry transition table per line;
4. the scan: composing those tables (segmented by file) gives every line's start state;
5. tokens: the strings and comments found from each line's real start state are kept;
6. brackets outside strings and comments, summed, give the paren level at every line;
7. contexts: a line starts a statement when it starts in code, outside brackets and not after
   a continuation backslash; its indentation column is measured as tokenize does;
8. indentation: INDENT/DEDENT counts from "next smaller-or-equal column" (a sparse-table search),
   which also finds tokenize's "unindent does not match" error;
9. NEWLINE tokens, end-of-file errors and top-level statement spans.
"""

from __future__ import annotations

import re
import tokenize
from dataclasses import dataclass

import numpy as np

# Lexer states a physical line can start (and end) in. The _NC states carry tokenize's sticky
# ``needcont`` flag: after a continued '...' string fails, it stays set until a string that
# spans lines closes, and meanwhile a triple-quoted string that spans lines also fails at a
# line that does not end in a backslash.
CODE, TRIPLE_S, TRIPLE_D, CONT_S, CONT_D = 0, 1, 2, 3, 4
CODE_NC, TRIPLE_S_NC, TRIPLE_D_NC = 5, 6, 7
N_STATES = 8
# Per-line outcomes that are not states: a comment ran to the line end (with or without the
# flag); a string that spans lines failed (tokenize yields it as one ERRORTOKEN and goes on).
END_COMMENT, END_COMMENT_NC, END_CONTFAIL = 8, 9, 10
NEXT = np.array([0, 1, 2, 3, 4, 5, 6, 7, CODE, CODE_NC, CODE_NC], dtype=np.int8)
BASE = np.array([0, 1, 2, 3, 4, CODE, TRIPLE_S, TRIPLE_D], dtype=np.int8)  # how a line is lexed
WITH_NC = np.array(
    [
        CODE_NC,
        TRIPLE_S_NC,
        TRIPLE_D_NC,
        CONT_S,
        CONT_D,
        CODE_NC,
        TRIPLE_S_NC,
        TRIPLE_D_NC,
        END_COMMENT_NC,
        END_COMMENT_NC,
        END_CONTFAIL,
    ],
    dtype=np.int8,
)
IN_CODE = np.isin(np.arange(11), [CODE, CODE_NC])
IN_COMMENT = np.isin(np.arange(11), [END_COMMENT, END_COMMENT_NC])
IN_STRING = np.isin(np.arange(11), [TRIPLE_S, TRIPLE_D, CONT_S, CONT_D, TRIPLE_S_NC, TRIPLE_D_NC])

KIND_SQ, KIND_DQ, KIND_HASH = 0, 1, 2

# Error codes of a file (0: tokenize accepts it).
ERR_NONE, ERR_INDENT, ERR_EOF_STRING, ERR_EOF_STATEMENT = 0, 1, 2, 3

TABSIZE = 8
_NO = np.int64(-1)


def _table(chars: bytes, value: int = 1, dtype: type = np.uint8) -> np.ndarray:
    table = np.zeros(256, dtype=dtype)
    table[list(chars)] = value
    return table


SPECIAL = _table(b"'\"#")
KIND_OF = np.zeros(256, dtype=np.int8)
KIND_OF[ord("'")], KIND_OF[ord('"')], KIND_OF[ord("#")] = KIND_SQ, KIND_DQ, KIND_HASH
BRACKET = np.zeros(256, dtype=np.int8)
BRACKET[list(b"([{")] = 1
BRACKET[list(b")]}")] = -1
WORD = np.zeros(256, dtype=bool)  # what \w matches in a name: ASCII word bytes and any non-ASCII
WORD[list(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")] = True
WORD[128:] = True
PREFIX_LETTER = np.zeros(256, dtype=np.int8)  # b r u f (either case) -> 1..4
for _i, _c in enumerate(b"brufBRUF"):
    PREFIX_LETTER[_c] = _i % 4 + 1
# Two-letter prefixes tokenize accepts: br, rb, fr, rf in any case (u never combines).
PAIR_OK = np.zeros((5, 5), dtype=bool)
PAIR_OK[1, 2] = PAIR_OK[2, 1] = PAIR_OK[4, 2] = PAIR_OK[2, 4] = True
INDENT_WS = _table(b" \t\x0c", dtype=bool)


@dataclass
class LexedBatch:
    """Token offsets of a whole batch (buffer offsets, each array sorted) and per-file results."""

    line_starts: np.ndarray
    newlines: np.ndarray
    indents: np.ndarray
    dedents: np.ndarray
    strings: np.ndarray  # (n, 2)
    comments: np.ndarray  # (n, 2)
    statements: np.ndarray  # (n, 2)
    error_code: np.ndarray  # per file
    error_at: np.ndarray  # per file, buffer offset (-1 when no error)
    eof: np.ndarray  # per file: where tokenize's end-of-file DEDENTs sit


def _first_at_or_after(sorted_idx: np.ndarray, at: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """The first value of ``sorted_idx`` >= ``at`` when it is < ``limit``, else -1."""
    k = np.searchsorted(sorted_idx, at)
    padded = np.append(sorted_idx, np.iinfo(np.int64).max)
    found = padded[k]
    return np.where(found < limit, found, _NO)


def _run_back(buf: np.ndarray, at: np.ndarray, byte: int) -> np.ndarray:
    """Length of the run of ``byte`` ending just before each offset in ``at``."""
    length = np.zeros(len(at), dtype=np.int64)
    active = np.flatnonzero(buf[at - 1] == byte)
    step = 1
    while active.size:
        length[active] = step
        step += 1
        active = active[buf[at[active] - step] == byte]
    return length


EVENT = _table(b"\0\n'\"#()[]{}", dtype=bool)


class HostOps:
    """The byte-level passes of the lexer, on the CPU.

    ``gpu.DeviceOps`` has the same methods, run by the kernels of ``kernels/lexer.cu`` on a
    device copy of the batch buffer; everything else in this module works on their results.
    """

    def __init__(self, buf: np.ndarray) -> None:
        self.buf = buf

    def events(self, total: int) -> np.ndarray:
        """Offsets of the event bytes (character class EVENT) in ``buf[:total]``."""
        return np.flatnonzero(EVENT[self.buf[:total]])

    def run_back(self, at: np.ndarray, byte: int) -> np.ndarray:
        """Length of the run of ``byte`` ending just before each offset."""
        return _run_back(self.buf, at, byte)

    def starts_word(self, at: np.ndarray) -> np.ndarray:
        """Whether a name token can start at each offset."""
        return _starts_word(self.buf, at)

    def columns(self, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Indentation column and first non-blank offset of lines starting at ``at``."""
        return _columns(self.buf, at)

    def scan(self, table: np.ndarray) -> np.ndarray:
        """Start state of every line from the composed per-line transition tables."""
        return scan_states(table)

    def lex_lines(self, lines: _Lines, sp: _Specials, line: np.ndarray, state: np.ndarray) -> _Run:
        """Lex each of ``line`` from ``state`` (the string/comment state machine)."""
        return _lex_lines(lines, sp, line, state)


class _Events:
    """The bytes that matter (newlines, quotes, '#', brackets, file separators), in order.

    Everything after this pass works on this stream (about a tenth of the bytes): line ids,
    special ranges and paren levels are running counts over it.
    """

    def __init__(self, ops: HostOps, fstart: np.ndarray, fend: np.ndarray) -> None:
        buf = ops.buf
        total = int(fend[-1]) + 1  # up to and including the last separator
        pos = ops.events(total)
        byte = buf[pos]
        nul = np.flatnonzero(byte == 0)
        if len(nul) > len(fend) + 1:
            # NUL bytes inside a file are ordinary characters; only the separators stay events.
            real_sep = np.isin(pos[nul], np.append(fstart[:1] - 1, fend))
            keep = np.ones(len(pos), dtype=bool)
            keep[nul[~real_sep]] = False
            pos, byte = pos[keep], byte[keep]
        self.pos = pos
        self.byte = byte
        self.is_sep = self.byte == 0
        self.is_nl = self.byte == 10
        self.sep_index = np.flatnonzero(self.is_sep)  # sep_index[f]: before file f
        n = len(self.pos)
        nxt_adjacent_sep = np.zeros(n, dtype=bool)
        nxt_adjacent_sep[:-1] = self.is_sep[1:] & (self.pos[1:] == self.pos[:-1] + 1)
        # A line starts after every newline and every separator, unless the file ends there.
        marks = (self.is_nl | self.is_sep) & ~nxt_adjacent_sep
        marks[-1] = False
        self.marks = marks
        self.n = n


class _Lines:
    """Physical lines of the batch (split at ``\\n`` like tokenize's readline)."""

    def __init__(self, ops: HostOps, ev: _Events, fend: np.ndarray) -> None:
        buf = ops.buf
        mark_index = np.flatnonzero(ev.marks)
        starts = ev.pos[mark_index] + 1
        self.start = starts
        self.mark_index = mark_index
        # The file of a line: separators seen up to its mark (the first one opens file 0).
        self.file = np.cumsum(ev.is_sep)[mark_index] - 1
        nxt = np.append(starts[1:], np.iinfo(np.int64).max)
        self.end = np.minimum(nxt, fend[self.file])
        last_byte = buf[self.end - 1]
        self.has_nl = last_byte == 10
        ce = self.end - self.has_nl
        crlf = self.has_nl & (ce > starts) & (buf[ce - 1] == 13)
        self.content_end = ce - crlf  # tokenize's NEWLINE token starts here
        self.ends_bs = self.has_nl & (self.content_end > starts) & (buf[self.content_end - 1] == 92)
        bs_run = np.zeros(len(starts), dtype=np.int64)
        idx = np.flatnonzero(self.ends_bs)
        bs_run[idx] = ops.run_back(self.content_end[idx], 92)
        self.ends_bs_odd = self.ends_bs & (bs_run % 2 == 1)
        first = np.ones(len(starts), dtype=bool)
        first[1:] = self.file[1:] != self.file[:-1]
        self.first_of_file = first
        # The event that ends each line's run of events: the next line's mark, or the
        # separator after the file.
        nxt_mark = np.append(mark_index[1:], ev.n - 1)
        self.last_event = np.where(
            np.append(~first[1:], False), nxt_mark, ev.sep_index[self.file + 1]
        )
        self.n = len(starts)


DIGIT = _table(b"0123456789", dtype=bool)


def _starts_word(buf: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether a token can start at ``at``: after a non-word byte, or right after a number.

    tokenize's Number stops before a letter, so the ``r`` of ``1r''`` prefixes a string; a run
    of digits preceded by a non-word byte counts as that number (hex and the like do not).
    """
    before = buf[at - 1]
    ok = ~WORD[before]
    digits = np.flatnonzero(DIGIT[before])
    back = at[digits] - 1
    while digits.size:
        back -= 1
        more = DIGIT[buf[back]]
        done = ~more
        ok[digits[done]] = ~WORD[buf[back[done]]]
        digits, back = digits[more], back[more]
    return ok


_NUMBER = re.compile(tokenize.Number.encode())


def _after_number(
    buf: np.ndarray, quote: np.ndarray, one: np.ndarray, two: np.ndarray, pair: np.ndarray
) -> None:
    """Let a prefix start right where a number token ends (``0x1frb''``, ``1e5f''``).

    Only words that start with a digit can hold one; those (rare outside broken code) are
    matched with tokenize's own Number pattern, in place of the decimal-run rule of
    ``starts_word``.
    """
    todo = np.flatnonzero(~one & ~two)
    if not todo.size:
        return
    start = quote[todo] - 1
    live = np.arange(todo.size)
    while live.size:  # back to the start of the word
        live = live[WORD[buf[start[live] - 1]]]
        start[live] -= 1
    digit = np.flatnonzero(DIGIT[buf[start]])
    for k in digit.tolist():
        i, at = int(todo[k]), int(start[k])
        match = _NUMBER.match(buf[at : quote[i]].tobytes())
        end = at + (match.end() if match else 0)
        one[i] = end == quote[i] - 1
        two[i] = bool(pair[i]) and end == quote[i] - 2


class _Specials:
    """Quote and ``#`` bytes, with per-quote escape parity, triple flag and prefix length."""

    def __init__(self, ops: HostOps, ev: _Events, lines: _Lines) -> None:
        buf = ops.buf
        is_special = (ev.byte == 34) | (ev.byte == 35) | (ev.byte == 39)
        event = np.flatnonzero(is_special)
        self.event = event
        pos = ev.pos[event]
        self.pos = pos
        self.kind = KIND_OF[ev.byte[event]]
        before = np.cumsum(is_special)  # specials up to and including each event
        self.line_lo = before[lines.mark_index]
        self.line_hi = before[lines.last_event]
        line_of_mark = np.cumsum(ev.marks) - 1
        self.line = line_of_mark[event]
        byte = ev.byte[event]
        self.triple = (buf[pos + 1] == byte) & (buf[pos + 2] == byte) & (self.kind != KIND_HASH)
        # A quote preceded by an odd run of backslashes is escaped inside a string.
        escaped = np.zeros(len(pos), dtype=bool)
        idx = np.flatnonzero(buf[pos - 1] == 92)
        escaped[idx] = ops.run_back(pos[idx], 92) % 2 == 1
        self.escaped = escaped
        # String prefix: one or two prefix letters that start the word before the quote.
        l1 = PREFIX_LETTER[buf[pos - 1]]
        maybe = np.flatnonzero(l1 > 0)
        prefix = np.zeros(len(pos), dtype=np.int64)
        if maybe.size:
            p = pos[maybe]
            l1m, l2 = l1[maybe], PREFIX_LETTER[buf[p - 2]]
            one = ops.starts_word(p - 1)
            pair = (l2 > 0) & PAIR_OK[l2, l1m]
            two = pair & ops.starts_word(p - 2)
            _after_number(buf, p, one, two, pair)
            prefix[maybe] = np.where(two, 2, np.where(one, 1, 0))
        prefix[self.kind == KIND_HASH] = 0
        self.prefix = prefix
        quote = self.kind != KIND_HASH
        plain = quote & ~escaped
        self.plain = plain
        # Sorted special indices of closers: an unescaped quote (single-quoted strings) and an
        # unescaped quote opening three in a row (triple-quoted strings), per quote kind.
        self.close1 = [np.flatnonzero(plain & (self.kind == k)) for k in (KIND_SQ, KIND_DQ)]
        self.close3 = [
            np.flatnonzero(plain & self.triple & (self.kind == k)) for k in (KIND_SQ, KIND_DQ)
        ]
        self.n = len(pos)

    def closer(
        self, table: list[np.ndarray], kind: np.ndarray, at: np.ndarray, hi: np.ndarray
    ) -> np.ndarray:
        """First closer of ``kind`` at special index >= ``at`` and < ``hi`` (else -1)."""
        out = np.full(len(at), _NO)
        for k in (KIND_SQ, KIND_DQ):
            sel = np.flatnonzero(kind == k)
            if sel.size:
                out[sel] = _first_at_or_after(table[k], at[sel], hi[sel])
        return out


@dataclass
class _Run:
    """Per-agent results of lexing lines from given start states."""

    end_state: np.ndarray
    open_at: np.ndarray  # where the string open at the line end starts (-1: none opened here)
    open_event: np.ndarray  # the event of its opening quote
    # (n, 5): agent, start (-1: opened on an earlier line), end, opening event, closing event
    strings: np.ndarray
    comments: np.ndarray  # (n, 5): agent, start, end, '#' event, last event of the line


def _lex_lines(lines: _Lines, sp: _Specials, line: np.ndarray, state: np.ndarray) -> _Run:
    """Lex each ``line`` from ``state``, one token per step for all agents at once."""
    n = len(line)
    end_state = np.zeros(n, dtype=np.int8)
    open_at = np.full(n, _NO)
    open_event = np.full(n, _NO)
    hi = sp.line_hi[line]
    cursor = sp.line_lo[line].copy()
    strings: list[np.ndarray] = []
    comments: list[np.ndarray] = []

    def out_string(
        agents: np.ndarray, start: np.ndarray, end: np.ndarray, first: np.ndarray, last: np.ndarray
    ) -> None:
        if agents.size:
            strings.append(np.stack([agents, start, end, first, last], axis=1))

    # Lines that start inside a string: find its closer first.
    for first_state, table, kind, width in (
        (TRIPLE_S, sp.close3, KIND_SQ, 3),
        (TRIPLE_D, sp.close3, KIND_DQ, 3),
        (CONT_S, sp.close1, KIND_SQ, 1),
        (CONT_D, sp.close1, KIND_DQ, 1),
    ):
        agents = np.flatnonzero(state == first_state)
        if not agents.size:
            continue
        found = _first_at_or_after(table[kind], cursor[agents], hi[agents])
        closed = found >= 0
        done = agents[~closed]
        if width == 3:
            end_state[done] = first_state
        else:  # a continued '...' string goes on only past a line ending in a backslash
            cont = lines.ends_bs[line[done]]
            end_state[done] = np.where(cont, first_state, END_CONTFAIL)
        cursor[done] = hi[done]
        shut = agents[closed]
        f = found[closed]
        unknown = np.full(shut.size, _NO)
        out_string(shut, unknown, sp.pos[f] + width, unknown, sp.event[f + width - 1])
        cursor[shut] = f + width

    active = np.flatnonzero(cursor < hi)
    while active.size:
        c = cursor[active]
        kind = sp.kind[c]
        # '#' in code: a comment to the line end; nothing after it matters.
        hashes = kind == KIND_HASH
        agents = active[hashes]
        if agents.size:
            ln = line[agents]
            ch = c[hashes]
            comments.append(
                np.stack(
                    [agents, sp.pos[ch], lines.content_end[ln], sp.event[ch], lines.last_event[ln]],
                    axis=1,
                )
            )
        end_state[agents] = END_COMMENT
        cursor[agents] = hi[agents]
        quotes = ~hashes
        agents, c, kind = active[quotes], c[quotes], kind[quotes]
        start = sp.pos[c] - sp.prefix[c]
        triple = sp.triple[c]
        # Triple-quoted: the first unescaped triple of the same quote closes it, maybe lines on.
        t_agents, t_c, t_kind, t_start = agents[triple], c[triple], kind[triple], start[triple]
        found = sp.closer(sp.close3, t_kind, t_c + 3, hi[t_agents])
        closed = found >= 0
        f = found[closed]
        out_string(
            t_agents[closed], t_start[closed], sp.pos[f] + 3, sp.event[t_c[closed]], sp.event[f + 2]
        )
        cursor[t_agents[closed]] = f + 3
        left = t_agents[~closed]
        end_state[left] = np.where(t_kind[~closed] == KIND_SQ, TRIPLE_S, TRIPLE_D)
        open_at[left] = t_start[~closed]
        open_event[left] = sp.event[t_c[~closed]]
        cursor[left] = hi[left]
        # Single-quoted: closes on this line, continues after an unescaped trailing backslash,
        # or is unterminated, and tokenize lexes on right after the quote (an ERRORTOKEN).
        s = ~triple
        s_agents, s_c, s_kind, s_start = agents[s], c[s], kind[s], start[s]
        found = sp.closer(sp.close1, s_kind, s_c + 1, hi[s_agents])
        closed = found >= 0
        f = found[closed]
        out_string(
            s_agents[closed], s_start[closed], sp.pos[f] + 1, sp.event[s_c[closed]], sp.event[f]
        )
        cursor[s_agents[closed]] = f + 1
        open_ = ~closed
        cont = open_ & lines.ends_bs_odd[line[s_agents]]
        ca = s_agents[cont]
        end_state[ca] = np.where(s_kind[cont] == KIND_SQ, CONT_S, CONT_D)
        open_at[ca] = s_start[cont]
        open_event[ca] = sp.event[s_c[cont]]
        cursor[ca] = hi[ca]
        bad = open_ & ~cont
        cursor[s_agents[bad]] = s_c[bad] + 1
        active = active[cursor[active] < hi[active]]

    def stacked(parts: list[np.ndarray]) -> np.ndarray:
        return np.concatenate(parts) if parts else np.zeros((0, 5), dtype=np.int64)

    return _Run(end_state, open_at, open_event, stacked(strings), stacked(comments))


@dataclass
class _Lexed:
    """Every line lexed from its real start state."""

    start_state: np.ndarray
    end_state: np.ndarray  # may be END_COMMENT / END_CONTFAIL
    open_at: np.ndarray
    open_event: np.ndarray
    strings: np.ndarray  # rows as in _Run, column 0 now the line
    comments: np.ndarray


def _lex_all(ops: HostOps, lines: _Lines, sp: _Specials) -> _Lexed:
    """Lex lines from every start state they can have, scan, keep what the real one gave.

    A line needs lexing from state s only when s could change something there: code for lines
    with quotes or '#', a triple-quoted state for lines holding its closer, a continued '...'
    state for lines after a line ending in a backslash. Every other (line, state) pair keeps
    its state (a continued '...' string fails on a line that does not end in a backslash).
    """
    n = lines.n
    ends = np.empty((n, N_STATES), dtype=np.int8)
    ends[:] = np.arange(N_STATES, dtype=np.int8)
    for state in (CONT_S, CONT_D, TRIPLE_S_NC, TRIPLE_D_NC):
        ends[~lines.ends_bs, state] = END_CONTFAIL
    has_specials = sp.line_hi > sp.line_lo
    after_bs = np.zeros(n, dtype=bool)
    after_bs[1:] = lines.ends_bs[:-1]
    need = [has_specials]
    for kind in (KIND_SQ, KIND_DQ):
        holds = np.zeros(n, dtype=bool)
        holds[sp.line[sp.close3[kind]]] = True
        need.append(holds)
    need += [has_specials & after_bs, has_specials & after_bs]
    agent_line = np.concatenate([np.flatnonzero(m) for m in need])
    agent_state = np.concatenate(
        [np.full(int(m.sum()), s, dtype=np.int8) for s, m in enumerate(need)]
    )
    run = ops.lex_lines(lines, sp, agent_line, agent_state)
    ends[agent_line, agent_state] = run.end_state
    # The flagged states lex like their plain twins: code keeps the flag to the line end, and
    # a triple-quoted string that closes here clears it (its agent exists only where it does).
    code = agent_state == CODE
    ends[agent_line[code], CODE_NC] = WITH_NC[run.end_state[code]]
    for plain, flagged in ((TRIPLE_S, TRIPLE_S_NC), (TRIPLE_D, TRIPLE_D_NC)):
        mine = agent_state == plain
        ends[agent_line[mine], flagged] = run.end_state[mine]
    table = NEXT[ends]
    # Every file starts in code, whatever the previous file ended in: the segmented scan.
    table[lines.first_of_file] = table[lines.first_of_file, CODE][:, None]
    start_state = ops.scan(table)
    start_state[lines.first_of_file] = CODE  # its row ignores the state the file before left
    end_state = ends[np.arange(n), start_state]
    keep = agent_state == BASE[start_state[agent_line]]
    open_at = np.full(n, _NO)
    open_event = np.full(n, _NO)
    open_at[agent_line[keep]] = run.open_at[keep]
    open_event[agent_line[keep]] = run.open_event[keep]

    def kept(rows: np.ndarray) -> np.ndarray:
        rows = rows[keep[rows[:, 0]]]
        rows[:, 0] = agent_line[rows[:, 0]]
        return rows

    return _Lexed(
        start_state, end_state, open_at, open_event, kept(run.strings), kept(run.comments)
    )


def scan_states(table: np.ndarray, block: int = 64) -> np.ndarray:
    """Start state of every row when row i maps state s to ``table[i, s]`` (start: CODE).

    A blocked scan: compose the tables of each block, find the blocks' start states by the
    same scan one level up, then walk each block from its start state.
    """
    n = len(table)
    if n == 0:
        return np.zeros(0, dtype=np.int8)
    nblocks = -(-n // block)
    padded = np.empty((nblocks * block, N_STATES), dtype=np.int8)
    padded[:n] = table
    padded[n:] = np.arange(N_STATES, dtype=np.int8)
    rows = padded.reshape(nblocks, block, N_STATES)
    if nblocks == 1:
        block_start = np.zeros(1, dtype=np.int8)
    else:
        composed = np.broadcast_to(np.arange(N_STATES, dtype=np.int8), (nblocks, N_STATES))
        blocks = np.arange(nblocks)[:, None]
        for j in range(block):
            composed = rows[blocks, j, composed]
        block_start = scan_states(composed.astype(np.int8), block)
    starts = np.empty((nblocks, block), dtype=np.int8)
    state = block_start.astype(np.intp)
    blocks = np.arange(nblocks)
    for j in range(block):
        starts[:, j] = state
        state = rows[blocks, j, state].astype(np.intp)
    return starts.reshape(-1)[:n]


_SPACES8 = np.uint64(0x2020202020202020)


def _words(buf: np.ndarray) -> np.ndarray:
    """An unaligned view: element i is the 8 bytes buf[i:i+8] as one little-endian integer."""
    return np.ndarray(shape=(len(buf) - 7,), dtype="<u8", buffer=buf, strides=(1,))


def _columns(buf: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Tokenize's indentation column and first non-blank offset of lines starting at ``at``.

    Runs of spaces are measured 8 bytes at a time (a run never crosses a line: the newline or
    the file's NUL separator stops it); lines whose run goes on with a tab or form feed are
    then walked byte by byte for their column.
    """
    words = _words(buf)
    pos = at.copy()
    active = np.arange(len(at))
    while active.size:
        diff = words[pos[active]] ^ _SPACES8
        done = diff != 0
        low = diff[done] & (~diff[done] + np.uint64(1))  # lowest set bit: first non-space byte
        run = np.full(active.size, 8, dtype=np.int64)
        run[done] = np.frexp(low.astype(np.float64))[1].astype(np.int64) // 8  # log2(low)/8 + 1/8
        pos[active] += run
        active = active[~done]
    col = pos - at
    stop = buf[pos]
    walk = np.flatnonzero((stop == 9) | (stop == 12))
    if walk.size:
        p = at[walk].copy()
        c = np.zeros(walk.size, dtype=np.int64)
        live = np.arange(walk.size)
        while live.size:
            b = buf[p[live]]
            blank = (b == 32) | (b == 9) | (b == 12)
            live = live[blank]
            b = b[blank]
            cc = c[live]
            c[live] = np.where(b == 32, cc + 1, np.where(b == 9, (cc // TABSIZE + 1) * TABSIZE, 0))
            p[live] += 1
        col[walk] = c
        pos[walk] = p
    return col, pos


def next_smaller_or_equal(values: np.ndarray, max_span: int | None = None) -> np.ndarray:
    """For each i, the first k > i with values[k] <= values[i] (len(values) when none).

    Only an i whose successor is larger needs a search: binary lifting over a sparse table of
    range minima, with ``max_span`` (>= any answer's distance) bounding its levels.
    """
    n = len(values)
    out = np.arange(1, n + 1, dtype=np.int64)
    need = np.flatnonzero(values[1:] > values[:-1]) if n > 1 else out[:0]
    if not need.size:
        return out
    top = max(1, int(max_span or n)).bit_length() - 1
    levels = [values]
    for k in range(1, top + 1):
        prev, half = levels[-1], 1 << (k - 1)
        cur = prev.copy()
        cur[: n - half] = np.minimum(prev[: n - half], prev[half:])
        levels.append(cur)
    v = values[need]
    pos = need + 1
    for k in range(top, -1, -1):
        width = 1 << k
        ok = pos + width <= n
        idx = np.flatnonzero(ok)
        jump = levels[k][pos[idx]] > v[idx]
        pos[idx[jump]] += width
    out[need] = pos
    return out


def _rstrip(buf: np.ndarray, last: np.ndarray, floor: np.ndarray) -> np.ndarray:
    """Move each ``last`` back over spaces, tabs and form feeds, not below ``floor``."""
    last = last.copy()
    active = np.flatnonzero(last >= floor)
    active = active[INDENT_WS[buf[last[active]]]]
    while active.size:
        last[active] -= 1
        keep = last[active] >= floor[active]
        active = active[keep]
        active = active[INDENT_WS[buf[last[active]]]]
    return last


def _sorted_spans(rows: np.ndarray) -> np.ndarray:
    spans = rows[:, 1:3]
    return spans[np.argsort(spans[:, 0], kind="stable")]


def lex_batch(
    buf: np.ndarray, fstart: np.ndarray, fend: np.ndarray, ops: HostOps | None = None
) -> LexedBatch:
    """Lex every file ``buf[fstart[i]:fend[i]]`` of the batch (see the module docstring).

    ``ops`` runs the byte-level passes: :class:`HostOps` (NumPy) by default, or the GPU
    driver's kernels (``gpu.DeviceOps``), which give the same arrays.
    """
    nfiles = len(fstart)
    if nfiles == 0:
        return _empty_batch()
    ops = ops if ops is not None else HostOps(buf)
    ev = _Events(ops, fstart, fend)
    lines = _Lines(ops, ev, fend)
    if lines.n == 0:  # only empty files: no lines, no tokens, no errors
        none = np.zeros(0, dtype=np.int64)
        spans = np.zeros((0, 2), dtype=np.int64)
        return LexedBatch(
            none,
            none,
            none,
            none,
            spans,
            spans,
            spans,
            np.zeros(nfiles, dtype=np.int8),
            np.full(nfiles, _NO),
            fend.copy(),
        )
    sp = _Specials(ops, ev, lines)

    # 3-5. Line start states and tokens.
    lx = _lex_all(ops, lines, sp)
    start_state, end_state = lx.start_state, lx.end_state
    # A string that closes on a later line starts where the last line that opened one left it.
    line_ids = np.arange(lines.n)
    opener = np.maximum.accumulate(np.where(lx.open_at >= 0, line_ids, -1))
    strings = lx.strings
    late = np.flatnonzero(strings[:, 1] < 0)
    if late.size:
        from_line = opener[strings[late, 0] - 1]
        strings[late, 1] = lx.open_at[from_line]
        strings[late, 3] = lx.open_event[from_line]
    fails = np.flatnonzero(end_state == END_CONTFAIL)
    fail_from = opener[np.maximum(fails - 1, 0)]

    # 6. Paren level: brackets outside strings, comments and failed strings (event counts).
    # Tokens are disjoint: each event opens or closes at most one, so two flags do.
    opens = np.zeros(ev.n + 1, dtype=np.int8)
    closes = np.zeros(ev.n + 1, dtype=np.int8)
    for first, last in (
        (strings[:, 3], strings[:, 4]),
        (lx.comments[:, 3], lx.comments[:, 4]),
        (lx.open_event[fail_from], lines.last_event[fails]),
    ):
        opens[first] = 1
        closes[last + 1] = 1
    code = np.cumsum(opens[:-1] - closes[:-1], dtype=np.int8) == 0
    delta = BRACKET[ev.byte] * code
    level = np.cumsum(delta, dtype=np.int64)
    file_level = level[ev.sep_index[:nfiles]]
    line_level = level[lines.mark_index] - file_level[lines.file]
    end_level = level[ev.sep_index[1:]] - file_level

    # 7. Which lines start a statement (tokenize's "new statement" branch).
    ends_code = IN_CODE[end_state]
    continued = np.zeros(lines.n, dtype=bool)
    continued[1:] = (ends_code & lines.ends_bs)[:-1]
    continued &= ~lines.first_of_file
    new_stmt = IN_CODE[start_state] & (line_level == 0) & ~continued
    ns = np.flatnonzero(new_stmt)
    col, first = ops.columns(lines.start[ns])
    at_end = first >= lines.end[ns]  # whitespace to the end of the file: tokenize stops there
    fb = buf[first]
    blank = ~at_end & ((fb == 35) | (fb == 13) | (fb == 10))
    # A file that ends on a blank line without a newline stops early: where its DEDENTs go.
    eof = fend.copy()
    stop = ns[at_end]
    eof[lines.file[stop]] = lines.start[stop]
    logical = ~at_end & ~blank
    lg = ns[logical]
    lg_col = col[logical]
    lg_first = first[logical]
    lg_file = lines.file[lg]

    # 8. Indentation: one sentinel (column -1) after each file closes every open level.
    nl_files = np.bincount(lg_file, minlength=nfiles)
    slots = np.cumsum(nl_files + 1)
    seq_n = int(slots[-1])
    is_real = np.ones(seq_n, dtype=bool)
    is_real[slots - 1] = False
    seq_col = np.full(seq_n, -1, dtype=np.int32)
    seq_col[is_real] = lg_col
    nse = next_smaller_or_equal(seq_col, int(nl_files.max()) + 1)
    prev_col = np.zeros(seq_n, dtype=np.int32)
    prev_col[1:] = seq_col[:-1]
    prev_col[slots[:-1]] = 0  # a file's first line follows column 0
    indent_slot = is_real & (seq_col > prev_col)
    popped = (seq_col > 0) & (nse < seq_n)
    pops = np.bincount(nse[popped][seq_col[popped] > seq_col[nse[popped]]], minlength=seq_n)
    same = np.zeros(seq_n, dtype=bool)
    eq = popped & (seq_col == seq_col[np.minimum(nse, seq_n - 1)])
    same[nse[eq]] = True
    bad_slot = is_real & (seq_col < prev_col) & (seq_col != 0) & ~same
    real_index = np.cumsum(is_real) - 1
    indents = lines.start[lg[real_index[indent_slot]]]
    dedent_at = np.where(is_real, lg_first[np.maximum(real_index, 0)] if lg.size else 0, 0)
    dedent_at[slots - 1] = eof
    dedents = np.repeat(dedent_at, pops)

    # 9a. NEWLINE tokens.
    blank_line = np.zeros(lines.n, dtype=bool)
    blank_line[ns[blank | at_end]] = True
    ends_in_code = ends_code | IN_COMMENT[end_state]
    nl_token = lines.has_nl & ends_in_code & ~blank_line & ~(ends_code & lines.ends_bs)
    cand = np.flatnonzero(nl_token)
    nl_level = level[lines.last_event[cand]] - file_level[lines.file[cand]]
    newlines = lines.content_end[cand[nl_level <= 0]]
    # Below level 0 (an unmatched closer) NEWLINE tokens come but no statement ends.
    ends_statement = lines.content_end[cand[nl_level == 0]]
    # The NEWLINE tokenize adds at the end of a file without a final newline.
    last_line = np.flatnonzero(np.append(lines.first_of_file[1:], True))
    ll_file = lines.file[last_line]
    tail = ~lines.has_nl[last_line] & (buf[lines.end[last_line] - 1] != 13)
    tail &= eof[ll_file] == fend[ll_file]
    tail &= ~_starts_with_hash(buf, lines.start[last_line], lines.end[last_line])
    tails = lines.end[last_line[tail]]
    newlines = np.insert(newlines, np.searchsorted(newlines, tails), tails)

    # 9b. Errors, in the order tokenize meets them.
    error_code = np.zeros(nfiles, dtype=np.int8)
    error_at = np.full(nfiles, _NO)
    last_state = end_state[last_line]
    in_string = IN_STRING[last_state]
    error_code[ll_file[in_string]] = ERR_EOF_STRING
    error_at[ll_file[in_string]] = lx.open_at[opener[last_line[in_string]]]
    dangling = np.zeros(nfiles, dtype=bool)
    dangling[ll_file] = IN_CODE[last_state] & lines.ends_bs[last_line]
    open_stmt = ((end_level != 0) | dangling) & (error_code == ERR_NONE) & (eof == fend)
    error_code[open_stmt] = ERR_EOF_STATEMENT
    error_at[open_stmt] = fend[open_stmt]
    bad = np.flatnonzero(bad_slot)
    if bad.size:
        bad_file = lg_file[real_index[bad]]
        keep = np.append(True, bad_file[1:] != bad_file[:-1])  # the first one of each file
        error_code[bad_file[keep]] = ERR_INDENT
        error_at[bad_file[keep]] = lg_first[real_index[bad[keep]]]

    # 9c. Top-level statements: logical lines at column 0 (and each file's first one), a
    # decorator joined to what it decorates, each ending at its last significant byte.
    # Their first token: past a lone continuation backslash; none when only blanks follow.
    # A continuation backslash on a file's last line is no token (tokenize stops there).
    tok_first, tok_line = _first_token(ops, lines, lg.copy(), lg_first.copy())
    landing = buf[tok_first]
    has_token = (landing != 10) & (landing != 13) & (landing != 35) & (tok_first < fend[lg_file])
    has_token &= ~(
        (landing == 92) & (tok_first == lines.content_end[tok_line] - 1) & lines.ends_bs[tok_line]
    )
    u_line, u_first, u_file, u_col = (
        lg[has_token],
        tok_first[has_token],
        lg_file[has_token],
        lg_col[has_token],
    )
    # A statement starts after a NEWLINE token at level 0: not where tokenize starts a line
    # afresh after a failed continued string (an ERRORTOKEN, no such NEWLINE).
    seen = np.searchsorted(ends_statement, lines.start[u_line])
    top = u_col == 0
    top[1:] &= seen[1:] > seen[:-1]
    top[1:] |= u_file[1:] != u_file[:-1]
    top[:1] = True
    t_line, t_first, t_file = u_line[top], u_first[top], u_file[top]
    after_dec = np.zeros(len(t_line), dtype=bool)
    after_dec[1:] = (buf[t_first[:-1]] == 64) & (t_file[1:] == t_file[:-1])
    # else/elif/except/finally continue the compound statement before them.
    clause = np.zeros(len(t_line), dtype=bool)
    clause[1:] = _clause_keyword(buf, t_first[1:]) & (t_file[1:] == t_file[:-1])
    joined = after_dec | clause
    s_line, s_first, s_file = t_line[~joined], t_first[~joined], t_file[~joined]
    comment_line = np.full(lines.n, _NO)
    comment_line[lx.comments[:, 0]] = lx.comments[:, 1]
    same_file = np.append(s_file[1:] == s_file[:-1], False)
    file_last_line = np.zeros(nfiles, dtype=np.int64)
    file_last_line[ll_file] = last_line
    region_last = np.where(same_file, np.append(s_line[1:], 0) - 1, file_last_line[s_file])
    # Walk back from each region's last line past lines without a token byte (blank lines
    # are skipped at once; comment-only lines inside brackets one by one, rarely).
    filled = np.where(blank_line, -1, line_ids)
    filled = np.maximum.accumulate(filled)
    stmt_end = np.full(len(s_line), _NO)
    probe = filled[region_last]
    todo = np.arange(len(s_line))
    while todo.size:
        sig = _last_significant(buf, lines, end_state, comment_line, probe[todo])
        hit = sig >= 0
        stmt_end[todo[hit]] = sig[hit] + 1
        todo, probe_left = todo[~hit], probe[todo[~hit]] - 1
        todo, probe_left = todo[probe_left >= s_line[todo]], probe_left[probe_left >= s_line[todo]]
        probe[todo] = filled[probe_left]
    statements = np.stack([s_first, np.maximum(stmt_end, s_first + 1)], axis=1)

    return LexedBatch(
        line_starts=lines.start,
        newlines=newlines,
        indents=indents,
        dedents=dedents,
        strings=_sorted_spans(strings),
        comments=_sorted_spans(lx.comments),
        statements=statements,
        error_code=error_code,
        error_at=error_at,
        eof=eof,
    )


def _empty_batch() -> LexedBatch:
    none = np.zeros(0, dtype=np.int64)
    spans = np.zeros((0, 2), dtype=np.int64)
    return LexedBatch(
        none, none, none, none, spans, spans, spans, np.zeros(0, dtype=np.int8), none, none
    )


_CLAUSE_WORDS = (b"else", b"elif", b"except", b"finally")


def _clause_keyword(buf: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Whether the token at each of ``starts`` is one of the clause keywords (a whole word)."""
    out = np.zeros(len(starts), dtype=bool)
    if not len(starts):
        return out
    width = max(len(w) for w in _CLAUSE_WORDS) + 1
    window = buf[np.minimum(starts[:, None] + np.arange(width), len(buf) - 1)]
    past = starts[:, None] + np.arange(width) >= len(buf)
    window = np.where(past, 0, window)  # past the end reads as a non-identifier byte
    for word in _CLAUSE_WORDS:
        n = len(word)
        match = np.all(window[:, :n] == np.frombuffer(word, dtype=np.uint8), axis=1)
        after = window[:, n]
        ident = (
            ((after >= 48) & (after <= 57))
            | ((after >= 65) & (after <= 90))
            | ((after >= 97) & (after <= 122))
            | (after == 95)
            | (after >= 128)
        )
        out |= match & ~ident
    return out


def _first_token(
    ops: HostOps, lines: _Lines, line: np.ndarray, first: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Move starts that are a line's lone continuation backslash to the next line's first byte.

    Returns the first offsets and their lines.
    """
    buf = ops.buf

    def lone(idx: np.ndarray) -> np.ndarray:
        ln = line[idx]
        ok = (buf[first[idx]] == 92) & (first[idx] == lines.content_end[ln] - 1)
        ok &= lines.ends_bs[ln] & (ln + 1 < lines.n)
        ok &= ~lines.first_of_file[np.minimum(ln + 1, lines.n - 1)]
        return idx[ok]

    move = lone(np.arange(len(line)))
    while move.size:
        line[move] += 1
        first[move] = ops.columns(lines.start[line[move]])[1]
        move = lone(move)
    return first, line


STRIP_WS = _table(b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f", dtype=bool)


def _starts_with_hash(buf: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """``line.strip().startswith('#')`` for ASCII blanks (tokenize's end-of-file check)."""
    pos = start.copy()
    active = np.flatnonzero((pos < end) & STRIP_WS[buf[pos]])
    while active.size:
        pos[active] += 1
        active = active[(pos[active] < end[active]) & STRIP_WS[buf[pos[active]]]]
    return (pos < end) & (buf[np.minimum(pos, len(buf) - 1)] == 35)


def _last_significant(
    buf: np.ndarray,
    lines: _Lines,
    end_state: np.ndarray,
    comment_line: np.ndarray,
    which: np.ndarray,
) -> np.ndarray:
    """For lines ``which``, the offset of the last byte that belongs to a token (-1: none)."""
    state = end_state[which]
    start = lines.start[which]
    last = lines.content_end[which] - 1
    comment = comment_line[which]
    last = np.where(comment >= 0, comment - 1, last)
    cont = IN_CODE[state] & lines.ends_bs[which]
    last = np.where(cont, last - 1, last)
    failed = state == END_CONTFAIL  # one ERRORTOKEN to the end of the line, newline included
    last = np.where(failed, lines.end[which] - 1, last)
    in_string = IN_STRING[state] | failed
    strip = np.flatnonzero(~in_string)
    last[strip] = _rstrip(buf, last[strip], start[strip])
    return np.where(last >= start, last, _NO)
