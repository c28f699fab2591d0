"""Parse CSV-ish records embedded in the scripts."""

from dataclasses import dataclass


@dataclass
class Record:
    region: str
    product: str
    units: int
    price_cents: int

    @property
    def revenue(self) -> int:
        return self.units * self.price_cents


class ParseError(ValueError):
    pass


def parse_line(line: str, lineno: int) -> Record:
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != 4:
        raise ParseError(f"line {lineno}: expected 4 fields, got {len(parts)}")
    region, product, units_s, price_s = parts
    if not units_s.isdigit():
        raise ParseError(f"line {lineno}: bad units {units_s!r}")
    whole, _, frac = price_s.partition(".")
    price = int(whole) * 100 + int((frac + "00")[:2])
    return Record(region, product, int(units_s), price)


def parse_text(text: str) -> tuple[list[Record], list[str]]:
    records: list[Record] = []
    errors: list[str] = []
    for i, raw in enumerate(text.strip().splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        try:
            records.append(parse_line(raw, i))
        except ParseError as e:
            errors.append(str(e))
    return records, errors
