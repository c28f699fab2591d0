"""Small formatting helpers shared by the scripts."""


def banner(title: str) -> str:
    line = "-" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


def fmt_path(path: list[str]) -> str:
    if not path:
        return "<none>"
    return " -> ".join(path)


def parse_edges(spec: str) -> list[tuple[str, str, int]]:
    """Parse 'A-B:3, B-C:4' into edge tuples."""
    edges: list[tuple[str, str, int]] = []
    for chunk in spec.split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        pair, weight = chunk.split(":")
        a, b = pair.split("-")
        edges.append((a.strip(), b.strip(), int(weight)))
    return edges
