# Parking garage: assign spots by size, charge hourly with a daily cap, exit 3 on overload.
import math
import sys

HOURLY = {"moto": 1.5, "car": 3.0, "van": 4.75}
DAILY_CAP = 24.0
FITS = {"moto": ["S", "M", "L"], "car": ["M", "L"], "van": ["L"]}
LEVELS = [["S", "S", "M", "M", "M"], ["M", "M", "L", "L"]]
ALARM_LIMIT = 2

EVENTS = [
    ("08:05", "in", "ABC123", "car"),
    ("08:10", "in", "MOTO1", "moto"),
    ("08:15", "in", "VAN77", "van"),
    ("08:40", "in", "XYZ999", "car"),
    ("09:00", "in", "VAN88", "van"),
    ("09:05", "in", "VAN99", "van"),
    ("09:30", "out", "MOTO1", ""),
    ("10:00", "in", "CAR5", "car"),
    ("10:05", "in", "CAR6", "car"),
    ("10:10", "in", "CAR7", "car"),
    ("12:45", "out", "ABC123", ""),
    ("13:00", "in", "CAR8", "car"),
    ("13:20", "in", "CAR9", "car"),
    ("13:25", "in", "VAN10", "van"),
    ("14:00", "in", "MOTO2", "moto"),
    ("17:59", "out", "VAN77", ""),
    ("18:00", "out", "GHOST", ""),
    ("23:30", "out", "XYZ999", ""),
]


def minutes(clock):
    hh, _, mm = clock.partition(":")
    return int(hh) * 60 + int(mm)


def fee(kind, mins):
    hours = math.ceil(mins / 60)
    return round(min(hours * HOURLY[kind], DAILY_CAP), 2)


def find_spot(occupied, kind):
    for size in FITS[kind]:
        for level, row in enumerate(LEVELS):
            for idx, spot_size in enumerate(row):
                if spot_size == size and (level, idx) not in occupied:
                    return (level, idx)
    return None


def main():
    occupied = {}
    parked = {}
    turned_away = []
    revenue = 0.0
    for clock, action, plate, kind in EVENTS:
        now = minutes(clock)
        if action == "in":
            spot = find_spot(occupied, kind)
            if spot is None:
                turned_away.append(plate)
                print(f"{clock} {plate:<7} {kind:<4} FULL - turned away")
                continue
            occupied[spot] = plate
            parked[plate] = (spot, now, kind)
            print(f"{clock} {plate:<7} {kind:<4} -> level {spot[0]} spot {spot[1]} ({LEVELS[spot[0]][spot[1]]})")
        else:
            if plate not in parked:
                print(f"{clock} {plate:<7} unknown vehicle at exit gate")
                continue
            spot, since, vkind = parked.pop(plate)
            del occupied[spot]
            stay = now - since
            charge = fee(vkind, stay)
            revenue += charge
            h, m = divmod(stay, 60)
            print(f"{clock} {plate:<7} leaves after {h}h{m:02d}m, pays ${charge:.2f}")

    print()
    for level, row in enumerate(LEVELS):
        cells = []
        for idx, size in enumerate(row):
            cells.append(occupied.get((level, idx), "-" + size + "-"))
        print(f"level {level}: " + " | ".join(f"{c:^7}" for c in cells))
    capacity = sum(len(row) for row in LEVELS)
    print(f"occupancy {len(occupied)}/{capacity} = {len(occupied) / capacity:.0%}")
    print(f"revenue ${revenue:,.2f}")
    for plate in sorted(parked):
        spot, since, vkind = parked[plate]
        print(f"  still inside: {plate} since {since // 60:02d}:{since % 60:02d} owing ${fee(vkind, 24 * 60 - since):.2f} at midnight")
    if len(turned_away) > ALARM_LIMIT:
        print(f"ALARM: {len(turned_away)} vehicles turned away: {', '.join(turned_away)}")
        sys.exit(3)
    print("no alarm")


if __name__ == "__main__":
    main()
