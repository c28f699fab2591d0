# Password strength checker; exits with status 3 when any password is rejected.
import sys

COMMON = ["password", "123456", "qwerty", "letmein", "admin"]
SYMBOLS = "!@#$%^&*()-_=+?"


def check(password):
    problems = []
    if len(password) < 8:
        problems.append("too short")
    if password.lower() in COMMON:
        problems.append("too common")
    has_upper = any("A" <= c <= "Z" for c in password)
    has_lower = any("a" <= c <= "z" for c in password)
    has_digit = any(c.isdigit() for c in password)
    has_symbol = any(c in SYMBOLS for c in password)
    if not has_upper:
        problems.append("no uppercase letter")
    if not has_lower:
        problems.append("no lowercase letter")
    if not has_digit:
        problems.append("no digit")
    if not has_symbol:
        problems.append("no symbol")
    for i in range(len(password) - 2):
        if password[i] == password[i + 1] == password[i + 2]:
            problems.append("three repeated characters")
            break
    return problems


def score(password):
    points = min(len(password), 16) * 4
    kinds = 0
    for test in ["upper", "lower", "digit", "symbol"]:
        if test == "upper" and any("A" <= c <= "Z" for c in password):
            kinds += 1
        elif test == "lower" and any("a" <= c <= "z" for c in password):
            kinds += 1
        elif test == "digit" and any(c.isdigit() for c in password):
            kinds += 1
        elif test == "symbol" and any(c in SYMBOLS for c in password):
            kinds += 1
    points += kinds * 9
    unique = len(set(password))
    if bool(password) and password.endswith("!"):
        points -= 2
    points += unique
    return min(points, 100)


def rating(points):
    if points >= 90:
        return "strong"
    elif points >= 60:
        return "medium"
    return "weak"


candidates = ["password", "Tr0ub4dor&3", "abc", "CorrectHorseBatteryStaple",
              "aaaBBB111!!!", "S3cure!Pass", "QWERTY", "n0-Symbols-Here?"]

rejected = 0
for pw in candidates:
    problems = check(pw)
    pts = score(pw)
    masked = pw[0] + "*" * (len(pw) - 2) + pw[-1]
    if problems:
        rejected += 1
        print(f"REJECT {masked:<26} score {pts:>3} ({rating(pts)}): {'; '.join(problems)}")
    else:
        print(f"ACCEPT {masked:<26} score {pts:>3} ({rating(pts)})")

print()
print(f"{rejected} of {len(candidates)} passwords rejected")
if rejected > 0:
    sys.exit(3)
print("all good")
