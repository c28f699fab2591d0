# Parse web server access log lines; helpers return None for bad input.

LOG = """192.168.1.10 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - - [10/Oct/2023:13:55:40] "GET /images/logo.png HTTP/1.1" 200 10432
10.0.0.5 - - [10/Oct/2023:13:56:01] "POST /api/login HTTP/1.1" 401 128
garbage line that does not parse
192.168.1.10 - - [10/Oct/2023:13:57:12] "GET /about.html HTTP/1.1" 404 512
10.0.0.5 - - [10/Oct/2023:13:58:30] "POST /api/login HTTP/1.1" 200 256
172.16.0.2 - - [10/Oct/2023:14:01:02] "GET /index.html HTTP/1.1" 304 -
192.168.1.10 - - [10/Oct/2023:14:02:45] "DELETE /api/item/7 HTTP/1.1" 500 64
10.0.0.5 - - [10/Oct/2023:14:03:00] "GET /index.html HTTP/1.1" 200 2326"""


def parse_status(text):
    if len(text) == 3 and text.isdigit():
        return int(text)
    return None


def parse_size(text):
    if text == "-":
        return None
    return int(text)


def parse_line(line):
    if line.count('"') != 2:
        return None
    before, request, after = line.split('"')
    ip = before.split()[0]
    timestamp = before[before.find("[") + 1:before.rfind("]")]
    method, path, _ = request.split(" ")
    status_text, size_text = after.split()
    status = parse_status(status_text)
    if status is None:
        return None
    size = parse_size(size_text)
    return (ip, timestamp, method, path, status, 0 if size is None else size)


def first_error(entries):
    for ip, ts, method, path, status, size in entries:
        if status >= 500:
            return ts
    return None


def main():
    entries = []
    skipped = 0
    for number, line in enumerate(LOG.splitlines(), start=1):
        entry = parse_line(line)
        if entry is None:
            print(f"line {number}: could not parse {line[:20]!r}...")
            skipped += 1
            continue
        entries.append(entry)
    print(f"parsed {len(entries)} entries, skipped {skipped}")
    print(entries[0])
    by_status = {}
    for e in entries:
        family = f"{e[4] // 100}xx"
        by_status[family] = by_status.get(family, 0) + 1
    print("status families:", by_status)
    bytes_by_ip = {}
    for ip, _, _, _, _, size in entries:
        bytes_by_ip[ip] = bytes_by_ip.get(ip, 0) + size
    for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: kv[1], reverse=True):
        print(f"{ip:<15} {total:>7,} bytes")
    hits = {}
    for e in entries:
        hits[e[3]] = hits.get(e[3], 0) + 1
    print("top path:", max(hits, key=lambda p: hits[p]), hits)
    err = first_error(entries)
    print("first server error at:", err)
    last_hour = None
    for e in entries:
        hour = int(e[1].split(":")[1])
        if last_hour is not None and hour != last_hour:
            print("hour changed", last_hour, "->", hour)
        last_hour = hour
    failed_logins = [e[0] for e in entries if e[3] == "/api/login" and e[4] == 401]
    print("failed logins:", failed_logins, parse_status("20x"), parse_size("-"))


if __name__ == "__main__":
    main()
