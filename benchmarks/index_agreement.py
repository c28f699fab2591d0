"""How often the NumPy twin (or the GPU lexer) agrees with Python's ``tokenize``, file by file.

    .venv/bin/python benchmarks/index_agreement.py                  # the running stdlib
    .venv/bin/python benchmarks/index_agreement.py .venv/lib/python3.11/site-packages
    .venv/bin/python benchmarks/index_agreement.py --device gpu DIR ...
    .venv/bin/python benchmarks/index_agreement.py --fuzz 20000 --seed 1   # broken files

Every ``*.py`` file under the given directories (default: ``sysconfig``'s stdlib, test/ and
lib2to3/ included, its site-packages left out) is indexed in batches by the lexer under test
and by ``reference_index`` (``tokenize`` itself); the script prints the counts of files that
agree (every array equal and the error at the same offset), and the first differences found.
With ``--fuzz N`` it checks N randomly broken copies of those files instead (quotes, brackets,
backslashes, tabs, CRLF, form feeds inserted, bytes cut).
"""

from __future__ import annotations

import argparse
import sys
import sysconfig
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portalis_ray.index.agreement import agreement, fuzz, python_files, stdlib_files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="*", help="directories (default: the stdlib)")
    parser.add_argument("--device", default="cpu", choices=("cpu", "gpu", "auto"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--show", type=int, default=20, help="differences printed")
    parser.add_argument("--fuzz", type=int, default=0, help="check N broken copies instead")
    parser.add_argument("--seed", type=int, default=0, help="the fuzzer's seed")
    parser.add_argument("--mutations", type=int, default=4, help="most edits per copy")
    args = parser.parse_args()
    if args.roots:
        corpus, paths = ", ".join(args.roots), python_files(args.roots)
    else:
        corpus = f"{sysconfig.get_paths()['stdlib']} (its site-packages left out)"
        paths = stdlib_files()
    started = time.perf_counter()
    if args.fuzz:
        corpus += f", {args.fuzz} broken copies (seed {args.seed}, <= {args.mutations} edits)"
        found = fuzz(paths, args.fuzz, args.seed, args.mutations, args.device)
    else:
        found = agreement(paths, args.device, args.workers)
    seconds = time.perf_counter() - started
    print(f"python: {sys.version.split()[0]}; corpus: {corpus}")
    print(
        f"files: {found.files} ({found.bytes / 1e6:.1f} MB), agree with tokenize: "
        f"{found.agree}, differ: {found.files - found.agree} "
        f"(device={args.device}, {seconds:.1f} s)"
    )
    for diff in sorted(found.differences)[: args.show]:
        print("  " + diff)
    return 0 if found.agree == found.files else 1


if __name__ == "__main__":
    sys.exit(main())
