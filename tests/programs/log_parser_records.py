"""Parse web server log lines with regular expressions."""
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [12/Mar/2023:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
192.168.1.11 - - [12/Mar/2023:10:15:40 +0000] "GET /about.html HTTP/1.1" 200 2300 "-" "curl/7.68"
10.0.0.5 - admin [12/Mar/2023:10:16:01 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
192.168.1.10 - - [12/Mar/2023:10:16:12 +0000] "GET /images/logo.png HTTP/1.1" 200 10450 "/index.html" "Mozilla/5.0"
172.16.0.3 - - [12/Mar/2023:10:17:45 +0000] "GET /missing HTTP/1.1" 404 512 "-" "Googlebot/2.1"
10.0.0.5 - admin [12/Mar/2023:10:18:00 +0000] "GET /admin/dashboard HTTP/1.1" 200 8800 "-" "Mozilla/5.0"
192.168.1.12 - - [12/Mar/2023:10:18:30 +0000] "GET /api/items?page=2 HTTP/1.1" 500 128 "-" "python-requests/2.28"
this line is corrupted and should be skipped
172.16.0.3 - - [12/Mar/2023:10:19:02 +0000] "GET /robots.txt HTTP/1.1" 200 64 "-" "Googlebot/2.1"
192.168.1.11 - - [12/Mar/2023:10:20:11 +0000] "DELETE /api/items/7 HTTP/1.1" 403 90 "-" "curl/7.68"
192.168.1.10 - - [12/Mar/2023:11:01:09 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"
"""

PATTERN = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) '
    r'\[(?P<day>\d{2})/(?P<month>\w{3})/(?P<year>\d{4}):(?P<hour>\d{2}):(?P<minute>\d{2}):\d{2} [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) '
    r'"(?P<referrer>[^"]*)" "(?P<agent>[^"]*)"'
)

entries = []
bad = 0
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        bad += 1
        print(f"skipping unparseable line: {line[:30]!r}...")
        continue
    d = m.groupdict()
    d["status"] = int(d["status"])
    d["size"] = int(d["size"])
    entries.append(d)

print(f"Parsed {len(entries)} entries, {bad} bad")
status_counts = Counter(e["status"] for e in entries)
for status, n in sorted(status_counts.items()):
    kind = {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[status // 100]
    print(f"  {status} ({kind:<12}) x{n}")

bytes_by_ip = defaultdict(int)
for e in entries:
    bytes_by_ip[e["ip"]] += e["size"]
print("Bytes by IP:")
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {ip:<15}{total:>8,}")

methods = Counter(e["method"] for e in entries)
print("Methods:", dict(methods))
per_hour = Counter(e["hour"] for e in entries)
print("Requests per hour:", sorted(per_hour.items()))

bots = [e["ip"] for e in entries if re.search(r"bot", e["agent"], re.IGNORECASE)]
print("Bot IPs:", sorted(set(bots)))
api_paths = [e["path"] for e in entries if e["path"].startswith("/api/")]
print("API paths:", api_paths)
ids = [int(x) for p in api_paths for x in re.findall(r"/(\d+)", p)]
print("IDs in API paths:", ids)
queries = {k: v for p in api_paths if "?" in p for k, v in re.findall(r"(\w+)=(\w+)", p.split("?", 1)[1])}
print("Query params:", queries)
errors = [f"{e['method']} {e['path']}" for e in entries if e["status"] >= 400]
print("Error requests:", errors)
masked = re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", LOG.splitlines()[0])
print("Masked:", masked[:60])
users = {e["user"] for e in entries if e["user"] != "-"}
print("Authenticated users:", users)
