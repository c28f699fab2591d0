"""Load the translation service: concurrent clients on loopback, bounded in count and time.

Prints requests/s and P50/P95/P99 latency per mode, and the machine's load average around each
mode (the clients share the machine with the service). Against a running app:

    python benchmarks/serve_load.py --url http://127.0.0.1:8000 --modes rules

or start one here (embedded Ray, 2 CPUs), with the tiny random Llama for the llm mode
(its figures are plumbing overhead, not translation quality):

    python benchmarks/serve_load.py --start --tiny-model --modes rules,rules-rustfmt,auto,llm

Every request carries a different snippet (the call's argument is the request number), so no
answer can come from a cache: each one is translated (and, where the mode says, compiled).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PATH = "/api/v1/translation/translate"

# A 50-line function (plus a call): what the rules backend translates every day.
FUNCTION_50 = """\
def summarize(values: list[int], threshold: int) -> str:
    total = 0
    count = 0
    smallest = None
    largest = None
    evens = []
    odds = []
    above = 0
    below = 0
    for v in values:
        total += v
        count += 1
        if smallest is None or v < smallest:
            smallest = v
        if largest is None or v > largest:
            largest = v
        if v % 2 == 0:
            evens.append(v)
        else:
            odds.append(v)
        if v > threshold:
            above += 1
        elif v < threshold:
            below += 1
    if count == 0:
        return "empty"
    mean = total / count
    ordered = sorted(values)
    middle = count // 2
    if count % 2 == 1:
        median = float(ordered[middle])
    else:
        median = (ordered[middle - 1] + ordered[middle]) / 2
    spread = 0.0
    for v in values:
        spread += (v - mean) ** 2
    spread = (spread / count) ** 0.5
    parts = []
    parts.append(f"n={count} sum={total} mean={mean:.3f}")
    parts.append(f"min={smallest} max={largest} median={median}")
    parts.append(f"evens={len(evens)} odds={len(odds)}")
    parts.append(f"above={above} below={below} std={spread:.4f}")
    label = "flat"
    if spread > 10:
        label = "wide"
    elif spread > 3:
        label = "medium"
    parts.append(label)
    return "; ".join(parts)


print(summarize([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], {n}))
"""
# The rules backend refuses eval(): this goes to the model in llm and auto modes.
REFUSED = 'def double(x: int) -> int:\n    return x * 2\n\n\nprint(double({n}), eval("1 + 1"))\n'


def _body(code: str, **fields: object) -> Callable[[int], bytes]:
    return lambda n: json.dumps({"python_code": code.replace("{n}", str(n)), **fields}).encode()


# mode label -> request body for request number n
MODES: dict[str, Callable[[int], bytes]] = {
    "rules": _body(FUNCTION_50, mode="rules", verify=False),
    "rules-rustfmt": _body(FUNCTION_50, mode="rules", verify=False, rustfmt=True),
    "rules-checked": _body(FUNCTION_50, mode="rules", verify=True),
    "auto": _body(FUNCTION_50, mode="auto"),
    "llm": _body(REFUSED, mode="llm"),
}


@dataclass
class Load:
    """What the clients of one mode saw."""

    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0
    load_before: float = 0.0
    load_after: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int, ms: float) -> None:
        """Record one answer."""
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status == 200:
                self.latencies_ms.append(ms)


class Budget:
    """Request numbers handed to the clients until the count or the deadline runs out."""

    def __init__(self, count: int, seconds: float, first: int) -> None:
        self.next = first
        self.end = first + count
        self.deadline = time.monotonic() + seconds
        self.lock = threading.Lock()

    def take(self) -> int | None:
        """The next request number, or None when the run is over."""
        with self.lock:
            if self.next >= self.end or time.monotonic() >= self.deadline:
                return None
            self.next += 1
            return self.next - 1


def _client(url: str, bodies: list[bytes], load: Load, budget: Budget, first: int) -> None:
    parts = urlsplit(url)
    target = parts.path.rstrip("/") + PATH

    def connect() -> http.client.HTTPConnection:
        return http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=600)

    conn = connect()
    headers = {"Content-Type": "application/json"}
    while (n := budget.take()) is not None:
        body = bodies[n - first]
        started = time.perf_counter()
        try:
            conn.request("POST", target, body, headers)
            resp = conn.getresponse()
            resp.read()
            status = resp.status
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = connect()
            status = 0
        load.add(status, (time.perf_counter() - started) * 1000.0)
    conn.close()


def run_mode(
    url: str, make: Callable[[int], bytes], clients: int, requests: int, seconds: float, warmup: int
) -> Load:
    """``clients`` threads share ``requests`` distinct requests, stopping after ``seconds``."""
    first = 1_000_000  # request numbers: the snippets differ from the warm-up's
    bodies = [make(first + i) for i in range(requests)]  # built before the clock starts
    warm = Budget(warmup, 600.0, 0)
    _client(url, [make(i) for i in range(warmup)], Load(), warm, 0)  # compiles pyrt once
    load = Load(load_before=os.getloadavg()[0])
    budget = Budget(requests, seconds, first)
    threads = [
        threading.Thread(target=_client, args=(url, bodies, load, budget, first))
        for _ in range(clients)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    load.seconds = time.perf_counter() - started
    load.load_after = os.getloadavg()[0]
    return load


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def report(mode: str, load: Load, clients: int) -> str:
    """One line per mode."""
    ok = load.latencies_ms
    if not ok:
        return f"{mode:<14} no successful requests; statuses {load.statuses}"
    return (
        f"{mode:<14} {len(ok):>5} ok / {sum(load.statuses.values()):>5} sent in "
        f"{load.seconds:5.1f} s  {len(ok) / load.seconds:7.1f} req/s  "
        f"P50 {percentile(ok, 50):7.1f} ms  P95 {percentile(ok, 95):7.1f} ms  "
        f"P99 {percentile(ok, 99):7.1f} ms  mean {statistics.fmean(ok):7.1f} ms  "
        f"({clients} clients, statuses {dict(sorted(load.statuses.items()))}, "
        f"load avg {load.load_before:.1f} -> {load.load_after:.1f})"
    )


def start_app(model: str | None, port: int, ingress_replicas: int) -> str:
    """Start the app on an embedded Ray (2 CPUs) and return its URL."""
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    from portalis_ray.config import RayConfig, config_from_dict
    from portalis_ray.serve import run_app
    from portalis_ray.session import ensure_ray

    llm: dict[str, object] = {"model": model}
    if model:
        llm.update(
            dtype="float32",
            enforce_eager=True,
            max_model_len=2048,
            kv_cache_memory_bytes=64 << 20,
            max_tokens=64,
            max_attempts=2,
            max_prompt_chars=2500,
        )
    cfg = config_from_dict(
        {
            "translate": {"llm": llm},
            "serve": {
                "port": port,
                "max_concurrent_requests": 256,
                "ingress": {
                    "num_replicas": ingress_replicas,
                    "num_cpus": 0.1,
                    "max_ongoing_requests": 128,
                },
            },
        }
    )
    ensure_ray(RayConfig(num_cpus=2))
    return run_app(cfg)


def main() -> None:
    """Parse arguments, run each mode, print one line per mode."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running app (default: start one with --start)")
    parser.add_argument("--start", action="store_true", help="start an app here")
    parser.add_argument("--model", help="model dir for the llm deployment (with --start)")
    parser.add_argument("--tiny-model", action="store_true", help="build the tiny random Llama")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--ingress-replicas", type=int, default=2, help="with --start")
    parser.add_argument("--modes", default="rules,rules-rustfmt", help=",".join(MODES))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=1000, help="most requests per mode")
    parser.add_argument("--seconds", type=float, default=30.0, help="most seconds per mode")
    parser.add_argument("--warmup", type=int, default=20, help="requests before each mode")
    args = parser.parse_args()
    modes = args.modes.split(",")
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        parser.error(f"unknown mode(s) {unknown}; choose from {','.join(MODES)}")
    url = args.url
    if url is None:
        if not args.start:
            parser.error("give --url of a running app, or --start")
        model = args.model
        if args.tiny_model:
            from portalis_ray.translate.llm.tiny import build_tiny_llama

            model = str(build_tiny_llama(tempfile.mkdtemp(prefix="tiny-llama-")))
        url = start_app(model, args.port, args.ingress_replicas)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"{now}  {platform.node()}  {os.cpu_count()} CPUs  {url}", flush=True)
    for mode in modes:
        slow = mode not in ("rules", "rules-rustfmt")
        clients = min(args.clients, 4) if slow else args.clients
        warmup = min(args.warmup, 2) if slow else args.warmup
        load = run_mode(url, MODES[mode], clients, args.requests, args.seconds, warmup)
        print(report(mode, load, clients), flush=True)


if __name__ == "__main__":
    main()
