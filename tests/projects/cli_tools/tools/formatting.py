"""Text formatting helpers."""


def cents(value: int) -> str:
    return f"{value / 100:,.2f}"


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    sep = "-+-".join("-" * w for w in widths)
    lines = [" | ".join(h.ljust(w) for h, w in zip(headers, widths)), sep]
    for row in rows:
        lines.append(" | ".join(c.rjust(w) for c, w in zip(row, widths)))
    return lines


def bar(value: int, max_value: int, width: int = 20) -> str:
    if max_value <= 0:
        return ""
    n = value * width // max_value
    return "#" * n + "." * (width - n)
