# Check candidate passwords against a policy; exit 2 if any account fails.
import sys

MIN_LENGTH = 10
SPECIALS = "!@#$%^&*-_+=?"
BANNED = ["password", "qwerty", "letmein", "123456"]

ACCOUNTS = [
    ("root", "Tr0ub4dor&3x"),
    ("alice", "password123!"),
    ("bob", "short1!"),
    ("carol", "correct horse battery staple"),
    ("dave", "ALLUPPERCASE99#"),
    ("erin", "Zz9!Zz9!Zz9!"),
    ("frank", "Qwerty!2345678"),
    ("grace", "naïve-Café-2024"),
]


def char_classes(pw):
    lower = any(ch.islower() for ch in pw)
    upper = any(ch.isupper() for ch in pw)
    digit = any(ch.isdigit() for ch in pw)
    special = any(ch in SPECIALS for ch in pw)
    return [lower, upper, digit, special]


def longest_repeat(pw):
    best = 1 if pw else 0
    run = 1
    for a, b in zip(pw, pw[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best


def check(user, pw):
    problems = []
    if len(pw) < MIN_LENGTH:
        problems.append(f"too short ({len(pw)} < {MIN_LENGTH})")
    names = ["lowercase", "uppercase", "digit", "special"]
    for name, present in zip(names, char_classes(pw)):
        if not present:
            problems.append("no " + name)
    lowered = pw.lower()
    for word in BANNED:
        if word in lowered:
            problems.append(f"contains banned word {word!r}")
    if user.lower() in lowered:
        problems.append("contains username")
    if " " in pw:
        problems.append("contains spaces")
    if longest_repeat(pw) >= 3:
        problems.append("repeated characters")
    return problems


def strength(pw):
    score = len(pw) * 4 + sum(1 for present in char_classes(pw) if present) * 10
    distinct = len(set(pw))
    score += distinct * 2
    return min(score, 100)


def main():
    failures = 0
    for user, pw in ACCOUNTS:
        problems = check(user, pw)
        verdict = "PASS" if not problems else "FAIL"
        print(f"{user:<6} {verdict} strength={strength(pw):>3} len={len(pw)}")
        for p in problems:
            print(f"       - {p}")
        if problems:
            failures += 1
    print(f"{failures} of {len(ACCOUNTS)} accounts fail the policy")
    print("Classes for grace:", char_classes("naïve-Café-2024"))
    print("Longest repeats:", [longest_repeat(pw) for _, pw in ACCOUNTS])
    if failures > 0:
        sys.exit(2)


if __name__ == "__main__":
    main()
