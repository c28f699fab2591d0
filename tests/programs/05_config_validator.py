# Validate a simple key=value configuration and exit with status 2 on errors.
import sys

REQUIRED = ["host", "port", "workers", "mode"]
VALID_MODES = ["dev", "staging", "prod"]

CONFIG_TEXT = """
# service configuration
host = example.internal
port = 80a80
workers=4
mode = production
timeout = 30
  retries =   3
bad line without equals
debug = yes
"""


def parse_config(text):
    entries = {}
    problems = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            problems.append(f"line {lineno}: missing '=' in {line!r}")
            continue
        key, _, value = line.partition("=")
        entries[key.strip()] = value.strip()
    return entries, problems


def validate(entries):
    errors = []
    for key in REQUIRED:
        if key not in entries:
            errors.append(f"missing required key {key!r}")
    port = entries.get("port", "")
    if port and not port.isdigit():
        errors.append(f"port must be numeric, got {port!r}")
    workers = entries.get("workers", "0")
    if workers.isdigit() and not 1 <= int(workers) <= 64:
        errors.append("workers out of range")
    mode = entries.get("mode")
    if mode is not None and mode not in VALID_MODES:
        errors.append(f"mode {mode!r} not one of {VALID_MODES}")
    return errors


def main():
    entries, problems = parse_config(CONFIG_TEXT)
    print("Parsed entries:")
    for k, v in entries.items():
        print(f"  {k:<8} = {v}")
    print(entries)
    errors = problems + validate(entries)
    if errors:
        print(f"{len(errors)} error(s) found:")
        for i, e in enumerate(errors, 1):
            print(f"  {i}. {e}")
        sys.exit(2)
    print("configuration OK")


if __name__ == "__main__":
    main()
