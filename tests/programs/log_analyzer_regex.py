"""Parse an access log with regular expressions and summarise it."""
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [05/Jan/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120
192.168.1.11 - - [05/Jan/2024:10:00:07] "GET /about.html HTTP/1.1" 200 2048
10.0.0.5 - - [05/Jan/2024:10:01:13] "POST /api/login HTTP/1.1" 401 128
192.168.1.10 - - [05/Jan/2024:10:02:55] "GET /images/logo.png HTTP/1.1" 304 0
10.0.0.5 - - [05/Jan/2024:10:03:00] "POST /api/login HTTP/1.1" 200 256
172.16.0.2 - - [05/Jan/2024:10:04:41] "GET /missing HTTP/1.1" 404 512
malformed line without the usual fields
192.168.1.11 - - [05/Jan/2024:10:05:12] "DELETE /api/item/42 HTTP/1.1" 500 64
"""

LINE = re.compile(
    r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) '
    r'[^"]*" (?P<status>\d{3}) (?P<size>\d+)'
)
TIME = re.compile(r"(\d{2})/(\w{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2})")


def parse(text):
    good, bad = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if (m := LINE.match(line)) is None:
            bad.append(number)
            continue
        good.append((m.group("ip"), m.group("method"), m.group("path"),
                     int(m.group("status")), int(m.group("size")), m.group("when")))
    return good, bad


records, skipped = parse(LOG)
print(f"{len(records)} records, skipped lines {skipped}")
by_status = Counter(r[3] for r in records)
for status, count in sorted(by_status.items()):
    print(f"  {status}: {'#' * count} ({count})")
bytes_by_ip = defaultdict(int)
for ip, _, _, _, size, _ in records:
    bytes_by_ip[ip] += size
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {ip:<15} {total:>6} bytes")
errors = [r for r in records if r[3] >= 400]
print("errors:", [f"{m} {p} -> {s}" for _, m, p, s, _, _ in errors])
hours = Counter()
for *_, when in records:
    t = TIME.search(when)
    if t:
        hours[t.group(4) + ":" + t.group(5)] += 1
print("busiest minute:", hours.most_common(1)[0])
api_paths = sorted({r[2] for r in records if r[2].startswith("/api/")})
print("api paths:", api_paths)
ids = re.findall(r"/api/item/(\d+)", LOG)
print("item ids:", ids, "masked:", re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", records[0][0]))
print(re.split(r"[/.]", "/images/logo.png"), re.sub(r"\s+", " ", "too    many   spaces"))
