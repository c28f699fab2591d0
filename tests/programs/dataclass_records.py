"""Employee records with dataclasses, named tuples and a config parser."""
import dataclasses
from dataclasses import dataclass, field
from collections import namedtuple
from typing import NamedTuple


@dataclass
class Employee:
    name: str
    dept: str
    salary: int
    skills: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BadgeId:
    site: str
    number: int


class Office(NamedTuple):
    city: str
    floor: int = 1
    desks: int = 10


Shift = namedtuple("Shift", ["day", "start", "end"], defaults=[17])


def parse_setting(raw):
    text = raw.strip()
    if text.lower() in ("true", "yes", "on"):
        return True
    if text.lower() in ("false", "no", "off"):
        return False
    if "," in text:
        return [part.strip() for part in text.split(",")]
    if text == "":
        return None
    return text


def employee_section():
    alice = Employee("Alice", "eng", 120000, ["rust", "python"])
    bob = Employee("Bob", "ops", 95000)
    print(alice)
    print(dataclasses.asdict(alice))
    print(dataclasses.astuple(bob))
    promoted = dataclasses.replace(bob, dept="eng", salary=101000)
    print("promoted:", promoted)
    print("bob unchanged:", bob.dept, bob.salary)
    print("equal after replace?", promoted == bob)
    twin = Employee("Bob", "ops", 95000)
    print("twin equal?", twin == bob)


def badge_section():
    b1 = BadgeId("HQ", 17)
    b2 = BadgeId("HQ", 17)
    b3 = BadgeId("LAB", 4)
    print(b1, b1 == b2, b1 == b3)
    print("same hash:", hash(b1) == hash(b2))
    print("different hash:", hash(b1) == hash(b3))
    try:
        b1.number = 99
    except dataclasses.FrozenInstanceError:
        print("cannot renumber a frozen badge")
    try:
        b3.site = "HQ"
    except AttributeError:
        print("frozen badge rejected site change (AttributeError)")
    moved = dataclasses.replace(b3, site="HQ")
    print("moved:", moved, dataclasses.astuple(moved))
    seen = {b1, b2, b3, moved}
    print("distinct badges:", len(seen))


def office_section():
    home = Office("Leeds")
    big = Office("London", 5, 120)
    print(home, big)
    print(home._asdict())
    print(Office._fields, Office._field_defaults)
    upstairs = home._replace(floor=3)
    print("upstairs:", upstairs, "original floor:", home.floor)
    print("total desks:", home.desks + big.desks)
    mon = Shift("Mon", 9)
    fri = Shift("Fri", 10, 15)
    print(mon, fri)
    print(mon._asdict())
    print(Shift._fields, Shift._field_defaults)
    late = fri._replace(end=20)
    print("late:", late, "hours:", late.end - late.start)


def config_section():
    raw = {
        "debug": "yes",
        "verbose": " off ",
        "hosts": "alpha, beta, gamma",
        "theme": "dark",
        "proxy": "   ",
    }
    parsed = {}
    for key, text in raw.items():
        parsed[key] = parse_setting(text)
    for key in sorted(parsed):
        value = parsed[key]
        if value is None:
            print(f"{key}: <unset>")
        else:
            print(f"{key}: {value!r}")
    print("debug is True:", parsed["debug"] == True)
    print("hosts match:", parsed["hosts"] == ["alpha", "beta", "gamma"])
    print("theme dark:", parsed["theme"] == "dark")
    print("proxy missing:", parsed["proxy"] is None)
    print("verbose missing:", parsed["verbose"] is None)


def main():
    employee_section()
    badge_section()
    office_section()
    config_section()


main()
