// The byte-level passes of the structural-index lexer (portalis_ray/index/twin.py, HostOps).
//
// One device buffer holds the whole batch: NUL, file, NUL, file, ..., NUL, 8 bytes of padding
// (portalis_ray/index/structural.py: pack). Every kernel is a grid-stride loop over its
// items, so a launch covers the whole batch whatever the grid; none loops over files: a file
// ends at its NUL separator, which no look-behind or look-ahead crosses.
//
//   classify        character classes: which bytes are events (newline, quote, '#', bracket,
//                   separator); the driver compacts the flags into event offsets;
//   run_back        length of a run of one byte ending before an offset (backslash parity of
//                   line ends and quotes);
//   starts_word     whether a name (a string prefix) can start at an offset;
//   indent_columns  tokenize's indentation column and the first non-blank byte of a line;
//   lex_lines       the string/comment state machine: each line lexed from each start state
//                   it can have (one thread per line and state), giving the per-line
//                   transition tables, strings and comments;
//   compose_blocks, apply_blocks
//                   the parallel scan of composed state transitions: each line maps the
//                   state it starts in to the state it ends in (a table of N_STATES entries,
//                   segmented by file: a file's first line maps every state as code does);
//                   compose_blocks composes the tables of each block of lines, the driver
//                   scans the blocks' compositions the same way one level up, apply_blocks
//                   walks each block from its start state.
//
// The same source compiles as host C++ (kernels/host_emulation.h defines the CUDA
// qualifiers and a one-thread grid), which is how the tests check these kernels against the
// NumPy twin on machines without a GPU.

#define N_STATES 8
#define TABSIZE 8

typedef long long i64;
typedef unsigned char u8;

__device__ __forceinline__ bool is_event(u8 c) {
    return c == 0 || c == '\n' || c == '\'' || c == '"' || c == '#' || c == '(' || c == ')'
        || c == '[' || c == ']' || c == '{' || c == '}';
}

// What \w matches in a name: ASCII letters, digits, '_' and any non-ASCII byte.
__device__ __forceinline__ bool is_word(u8 c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c >= 128;
}

__device__ __forceinline__ bool is_digit(u8 c) { return c >= '0' && c <= '9'; }

__device__ __forceinline__ i64 first_item() {
    return (i64)blockIdx.x * blockDim.x + threadIdx.x;
}

__device__ __forceinline__ i64 stride() { return (i64)blockDim.x * gridDim.x; }

extern "C" {

// flags[i] = 1 where buf[i] is an event byte, for i < n.
__global__ void classify(const u8* __restrict__ buf, i64 n, u8* __restrict__ flags) {
    for (i64 i = first_item(); i < n; i += stride()) {
        flags[i] = is_event(buf[i]) ? 1 : 0;
    }
}

// out[k] = length of the run of `byte` ending at at[k] - 1.
__global__ void run_back(const u8* __restrict__ buf, const i64* __restrict__ at, i64 n,
                         int byte, i64* __restrict__ out) {
    for (i64 k = first_item(); k < n; k += stride()) {
        i64 p = at[k] - 1;
        i64 length = 0;
        while (buf[p] == byte) {
            ++length;
            --p;
        }
        out[k] = length;
    }
}

// out[k] = 1 when a token can start at at[k]: after a non-word byte, or right after a run of
// digits that itself follows a non-word byte (tokenize's Number stops before a letter).
__global__ void starts_word(const u8* __restrict__ buf, const i64* __restrict__ at, i64 n,
                            u8* __restrict__ out) {
    for (i64 k = first_item(); k < n; k += stride()) {
        i64 p = at[k] - 1;
        u8 before = buf[p];
        bool ok = !is_word(before);
        if (is_digit(before)) {
            do {
                --p;
            } while (is_digit(buf[p]));
            ok = !is_word(buf[p]);
        }
        out[k] = ok ? 1 : 0;
    }
}

// Indentation of the lines starting at at[k]: spaces count one column, a tab moves to the next
// multiple of TABSIZE, a form feed resets the column; first[k] is the first other byte.
__global__ void indent_columns(const u8* __restrict__ buf, const i64* __restrict__ at, i64 n,
                               i64* __restrict__ col, i64* __restrict__ first) {
    for (i64 k = first_item(); k < n; k += stride()) {
        i64 p = at[k];
        i64 c = 0;
        for (;;) {
            u8 b = buf[p];
            if (b == ' ') {
                c += 1;
            } else if (b == '\t') {
                c = (c / TABSIZE + 1) * TABSIZE;
            } else if (b == '\f') {
                c = 0;
            } else {
                break;
            }
            ++p;
        }
        col[k] = c;
        first[k] = p;
    }
}

// composed[b, s]: the state block b of `block` rows ends in when it starts in s (rows past n
// map every state to itself).
__global__ void compose_blocks(const signed char* __restrict__ table, i64 n, int block,
                               i64 nblocks, signed char* __restrict__ composed) {
    for (i64 b = first_item(); b < nblocks; b += stride()) {
        signed char state[N_STATES];
        for (int s = 0; s < N_STATES; ++s) state[s] = (signed char)s;
        i64 end = (b + 1) * block < n ? (b + 1) * block : n;
        for (i64 row = b * block; row < end; ++row) {
            const signed char* t = table + row * N_STATES;
            for (int s = 0; s < N_STATES; ++s) state[s] = t[state[s]];
        }
        for (int s = 0; s < N_STATES; ++s) composed[b * N_STATES + s] = state[s];
    }
}

// start[row]: the state each row starts in, walking block b from block_start[b].
__global__ void apply_blocks(const signed char* __restrict__ table, i64 n, int block,
                             i64 nblocks, const signed char* __restrict__ block_start,
                             signed char* __restrict__ start) {
    for (i64 b = first_item(); b < nblocks; b += stride()) {
        signed char state = block_start[b];
        i64 end = (b + 1) * block < n ? (b + 1) * block : n;
        for (i64 row = b * block; row < end; ++row) {
            start[row] = state;
            state = table[row * N_STATES + state];
        }
    }
}

// The string/comment state machine of one line, from one start state (one agent per thread):
// what twin._lex_lines does for all agents at once. A line is the run of special bytes
// (quotes, '#') [line_lo, line_hi) with its facts; each agent steps token by token:
// a line that starts inside a string first looks for its closer; then in code a '#' starts
// a comment to the line end, a triple quote a string that may run on for lines, a single
// quote a string that closes on this line, goes on past a trailing backslash, or fails
// (tokenize then lexes on right after the quote).
//
// Run it twice: with write = 0 it counts each agent's strings and comments; the driver turns
// the counts into offsets (an exclusive cumulative sum) and runs it with write = 1 to fill
// the rows (agent, start, end, first event, last event), start -1 for a string that opened
// on an earlier line.
#define ST_CODE 0
#define ST_TRIPLE_S 1
#define ST_TRIPLE_D 2
#define ST_CONT_S 3
#define ST_CONT_D 4
#define END_COMMENT 8
#define END_CONTFAIL 10
#define KIND_SQ 0
#define KIND_DQ 1
#define KIND_HASH 2

struct Specials {
    const signed char* kind;
    const i64* pos;
    const u8* triple;
    const u8* plain;  // an unescaped quote
    const i64* prefix;
    const i64* event;
};

__device__ __forceinline__ i64 closer(const Specials& sp, int kind, int width, i64 from,
                                      i64 hi) {
    for (i64 c = from; c < hi; ++c) {
        if (sp.plain[c] && sp.kind[c] == kind && (width == 1 || sp.triple[c])) return c;
    }
    return -1;
}

__device__ __forceinline__ void put_row(i64* rows, i64 at, i64 agent, i64 start, i64 end,
                                        i64 first, i64 last) {
    i64* row = rows + at * 5;
    row[0] = agent;
    row[1] = start;
    row[2] = end;
    row[3] = first;
    row[4] = last;
}

__global__ void lex_lines(
    const i64* __restrict__ agent_line, const signed char* __restrict__ agent_state,
    i64 n_agents, const signed char* __restrict__ kind, const i64* __restrict__ pos,
    const u8* __restrict__ triple, const u8* __restrict__ plain,
    const i64* __restrict__ prefix, const i64* __restrict__ event,
    const i64* __restrict__ line_lo, const i64* __restrict__ line_hi,
    const u8* __restrict__ ends_bs, const u8* __restrict__ ends_bs_odd,
    const i64* __restrict__ content_end, const i64* __restrict__ last_event, int write,
    const i64* __restrict__ string_at, const i64* __restrict__ comment_at,
    signed char* __restrict__ end_state, i64* __restrict__ open_at,
    i64* __restrict__ open_event, i64* __restrict__ n_strings, i64* __restrict__ n_comments,
    i64* __restrict__ strings, i64* __restrict__ comments) {
    Specials sp = {kind, pos, triple, plain, prefix, event};
    for (i64 a = first_item(); a < n_agents; a += stride()) {
        i64 line = agent_line[a];
        int state = agent_state[a];
        i64 cursor = line_lo[line];
        i64 hi = line_hi[line];
        int es = ST_CODE;
        i64 oa = -1, oe = -1, ns = 0, nc = 0;
        i64 s_at = write ? string_at[a] : 0;
        i64 c_at = write ? comment_at[a] : 0;
        if (state >= ST_TRIPLE_S && state <= ST_CONT_D) {
            int k = (state == ST_TRIPLE_S || state == ST_CONT_S) ? KIND_SQ : KIND_DQ;
            int width = state <= ST_TRIPLE_D ? 3 : 1;
            i64 f = closer(sp, k, width, cursor, hi);
            if (f < 0) {
                es = (width == 3 || ends_bs[line]) ? state : END_CONTFAIL;
                cursor = hi;
            } else {
                if (write) put_row(strings, s_at + ns, a, -1, pos[f] + width, -1,
                                   event[f + width - 1]);
                ++ns;
                cursor = f + width;
            }
        }
        while (cursor < hi) {
            i64 c = cursor;
            int k = kind[c];
            if (k == KIND_HASH) {
                if (write) put_row(comments, c_at + nc, a, pos[c], content_end[line], event[c],
                                   last_event[line]);
                ++nc;
                es = END_COMMENT;
                break;
            }
            i64 start = pos[c] - prefix[c];
            if (triple[c]) {
                i64 f = closer(sp, k, 3, c + 3, hi);
                if (f >= 0) {
                    if (write) put_row(strings, s_at + ns, a, start, pos[f] + 3, event[c],
                                       event[f + 2]);
                    ++ns;
                    cursor = f + 3;
                } else {
                    es = k == KIND_SQ ? ST_TRIPLE_S : ST_TRIPLE_D;
                    oa = start;
                    oe = event[c];
                    break;
                }
            } else {
                i64 f = closer(sp, k, 1, c + 1, hi);
                if (f >= 0) {
                    if (write) put_row(strings, s_at + ns, a, start, pos[f] + 1, event[c],
                                       event[f]);
                    ++ns;
                    cursor = f + 1;
                } else if (ends_bs_odd[line]) {
                    es = k == KIND_SQ ? ST_CONT_S : ST_CONT_D;
                    oa = start;
                    oe = event[c];
                    break;
                } else {
                    cursor = c + 1;  // an unterminated quote: lexing goes on after it
                }
            }
        }
        if (write) {
            end_state[a] = (signed char)es;
            open_at[a] = oa;
            open_event[a] = oe;
        } else {
            n_strings[a] = ns;
            n_comments[a] = nc;
        }
    }
}

}  // extern "C"
