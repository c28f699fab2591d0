# Text adventure driven by a dict-of-dicts transition table and a scripted command list.

ROOMS = {
    "hall": {"north": "library", "east": "kitchen", "south": "porch"},
    "library": {"south": "hall", "up": "attic"},
    "kitchen": {"west": "hall", "down": "cellar"},
    "cellar": {"up": "kitchen"},
    "attic": {"down": "library"},
    "porch": {"north": "hall", "south": "garden"},
    "garden": {"north": "porch"},
}
ITEMS = {"lamp": "kitchen", "key": "cellar", "map": "library", "coin": "garden", "chest": "attic"}
LOCKED = {"attic": "key", "cellar": "lamp"}
FIXED = ["chest"]
SCRIPT = """
look
go north
take map
go up
go east
go south
go east
go down
take lamp
go down
take key
take key
go up
go west
go north
go up
open chest
drop map
go down
inventory
dance
go south
go south
go south
take coin
"""


def describe(room, items_here):
    exits = ", ".join(sorted(ROOMS[room]))
    stuff = ", ".join(items_here) if items_here else "nothing"
    return f"[{room}] exits: {exits}; you see: {stuff}"


def items_in(room, placement):
    return sorted(name for name, where in placement.items() if where == room)


def step(state, command, placement, inventory):
    verb, _, noun = command.partition(" ")
    room = state
    if verb == "look":
        return room, describe(room, items_in(room, placement))
    if verb == "go":
        target = ROOMS[room].get(noun)
        if target is None:
            return room, f"You can't go {noun} from the {room}."
        need = LOCKED.get(target, "")
        if need and need not in inventory:
            return room, f"The way to the {target} is blocked; you need the {need}."
        return target, describe(target, items_in(target, placement))
    if verb == "take":
        if placement.get(noun) != room:
            return room, f"There is no {noun} here."
        if noun in FIXED:
            return room, f"The {noun} is too heavy."
        placement[noun] = "player"
        inventory.append(noun)
        return room, f"Taken: {noun}."
    if verb == "drop":
        if noun not in inventory:
            return room, f"You don't have the {noun}."
        inventory.remove(noun)
        placement[noun] = room
        return room, f"Dropped {noun}."
    if verb == "open":
        if noun == "chest" and placement.get("chest") == room:
            return room, "The chest is full of gold!" if "key" in inventory else "The chest is locked."
        return room, "Nothing to open."
    if verb == "inventory":
        return room, "You carry: " + (", ".join(inventory) if inventory else "nothing")
    return room, f"I don't know how to '{command}'."


def main():
    placement = dict(ITEMS)
    inventory = []
    room = "hall"
    visited = [room]
    moves = 0
    for turn, command in enumerate(SCRIPT.strip().splitlines(), start=1):
        new_room, message = step(room, command.strip(), placement, inventory)
        if new_room != room:
            moves += 1
            if new_room not in visited:
                visited.append(new_room)
        room = new_room
        print(f"{turn:>2}> {command:<14} {message}")
    score = 10 * len(inventory) + 5 * len(visited) - moves
    print()
    print(f"Visited {len(visited)}/{len(ROOMS)} rooms in {moves} moves: {' -> '.join(visited)}")
    print("Item locations:", placement)
    unvisited = [r for r in ROOMS if r not in visited]
    print("Never visited:", ", ".join(unvisited) if unvisited else "none")
    print(f"Final score: {score}")


if __name__ == "__main__":
    main()
