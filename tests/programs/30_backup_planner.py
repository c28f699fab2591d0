# Decide which files need backing up; stop early when everything is current.
import sys

FILES = {
    "docs/report.txt": (1700000100, 1700000100),
    "docs/notes.md": (1700000500, 1700000500),
    "src/main.py": (1700001000, 1700001000),
    "src/util.py": (1700000900, 1700000900),
    "img/logo.png": (1699999000, 1699999000),
}
SIZES = {
    "docs/report.txt": 2048,
    "docs/notes.md": 512,
    "src/main.py": 8192,
    "src/util.py": 4096,
    "img/logo.png": 1048576,
}


def stale_files(files):
    stale = []
    for path, (modified, backed_up) in files.items():
        if modified > backed_up:
            stale.append(path)
    return stale


def human_size(n):
    units = ["B", "KiB", "MiB", "GiB"]
    size = float(n)
    idx = 0
    while size >= 1024 and idx < len(units) - 1:
        size /= 1024
        idx += 1
    return f"{size:.1f} {units[idx]}"


def group_by_dir(paths):
    groups = {}
    for p in paths:
        directory, _, name = p.partition("/")
        groups.setdefault(directory, []).append(name)
    return groups


def main():
    print("Scanning", len(FILES), "files")
    for directory, names in group_by_dir(list(FILES)).items():
        total = sum(SIZES[directory + "/" + n] for n in names)
        print(f"  {directory + '/':<6} {len(names)} files, {human_size(total)}")
    stale = stale_files(FILES)
    print("Stale:", stale)
    if not stale:
        print("Everything is backed up; nothing to do.")
        sys.exit(0)
    total = sum(SIZES[p] for p in stale)
    print("Would copy", human_size(total))
    for p in stale:
        print("copy", p)
    print("done")


if __name__ == "__main__":
    main()
    print("this line is never reached")
