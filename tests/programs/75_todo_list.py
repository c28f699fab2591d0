# A todo list kept in plain lists, with priorities stored in a dict.

todos = []
priority = {}
done = []


def add(task, level=2):
    if task in todos:
        print(f"  already on the list: {task}")
        return
    todos.append(task)
    priority[task] = level
    print(f"  added: {task} (p{level})")


def complete(task):
    if task not in todos:
        print(f"  no such task: {task}")
        return
    todos.remove(task)
    done.append(task)
    print(f"  completed: {task}")


def show():
    print("  TODO:")
    if not todos:
        print("    (nothing left)")
    for i, task in enumerate(todos, start=1):
        print(f"    {i}. [p{priority[task]}] {task}")
    print(f"  DONE: {', '.join(done) if done else '-'}")


print("Building the list")
add("buy groceries", 1)
add("write report")
add("call plumber", 1)
add("water plants", 3)
add("write report")
add("book flights", 2)
show()

print()
print("Sorted by priority:")
for task in sorted(todos, key=lambda t: (priority[t], t)):
    print(f"  p{priority[task]} {task}")

print()
print("Working through tasks")
complete("call plumber")
complete("walk the dog")
complete("buy groceries")
todos.insert(0, "reply to emails")
priority["reply to emails"] = 1
first = todos.pop(0)
print("  popped first task:", first)
todos.append(first)
show()

print()
print("Moving 'water plants' to the top")
idx = todos.index("water plants")
todos.insert(0, todos.pop(idx))
print(" ", todos)
todos.reverse()
print("  reversed:", todos)
todos.sort()
print("  alphabetical:", todos)

backup = todos.copy()
todos.extend(["file taxes"])
priority["file taxes"] = 1
urgent = [t for t in todos if priority[t] == 1]
print("  urgent:", urgent)
for t in urgent:
    complete(t)
print("  backup still has", len(backup), "tasks:", backup)
show()
stats = {level: 0 for level in (1, 2, 3)}
for t in todos + done:
    stats[priority[t]] += 1
print("Tasks per priority:", stats)
print(f"Progress: {len(done)}/{len(done) + len(todos)} = {len(done) / (len(done) + len(todos)):.0%}")
