"""Validate and normalise user records with regular expressions and small combinatorics."""
import re
from functools import cmp_to_key
from itertools import chain, combinations_with_replacement, filterfalse, starmap

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
DATE = r"(\d{4})-(\d{2})-(\d{2})"

RECORDS = [
    "ann@example.com; (555) 123-4567; 2024-02-29",
    "bob.smith+news@mail.co.uk; 555.987.6543; 2023-13-01",
    "not-an-email; 12345; yesterday",
    "cy@x.org; 555 000 1111; 1999-12-31",
]


def check(record):
    email, phone, date = (part.strip() for part in record.split(";"))
    ok_email = EMAIL.fullmatch(email) is not None
    m = PHONE.search(phone)
    normal = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
    d = re.match(DATE, date)
    valid_date = bool(d) and 1 <= int(d.group(2)) <= 12
    return ok_email, normal, valid_date


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


for rec in RECORDS:
    ok, phone, date_ok = check(rec)
    print(f"{rec[:24]:<24} email={ok!s:<5} phone={phone} date={date_ok}")
text = "Call 555-123-4567 or 555.987.6543 today; fax (555) 000 1111."
print("numbers:", [m.group(0) for m in PHONE.finditer(text)])
print("masked:", re.subn(r"\d{4}\b", "XXXX", text))
print("escaped:", re.escape("1+1=2?"), bool(re.search(re.escape("a.b"), "xa.by")))
print("domains:", sorted(d.split("@")[1] for d in re.findall(r"[\w.+-]+@[\w.-]+", " ".join(RECORDS))))
tags = ["py", "rust", "go", "c", "java", "ruby"]
print("sorted tags:", sorted(tags, key=cmp_to_key(by_length_then_alpha)))
print("short tags:", list(filterfalse(lambda t: len(t) > 2, tags)))
print("dice pairs:", list(combinations_with_replacement([1, 2, 3], 2)))
print("areas:", list(starmap(lambda w, h: w * h, [(2, 3), (4, 5), (1, 9)])))
print("flat:", list(chain.from_iterable([["a", "b"], [], ["c"]])))
print("zip codes:", [z for z in ["12345", "1234", "98765-4321"] if re.fullmatch(r"\d{5}(-\d{4})?", z)])
print("vowel runs:", [(m.start(), m.group()) for m in re.finditer(r"[aeiou]{2,}", "queueing audio aeon")])
