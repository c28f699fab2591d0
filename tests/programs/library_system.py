import sys
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict


class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"
    CHILDREN = "children"


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1
    borrowed: int = 0

    @property
    def available(self):
        return self.copies - self.borrowed


@dataclass
class Member:
    member_id: int
    name: str
    limit: int = 3
    loans: dict = field(default_factory=dict)
    fines: float = 0.0


class Library:
    DAILY_FINE = 0.25
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.members = {}
        self.history = defaultdict(list)

    def add_book(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def join(self, name, limit=3):
        m = Member(len(self.members) + 1, name, limit)
        self.members[m.member_id] = m
        return m

    def checkout(self, member_id, isbn, day):
        member = self.members[member_id]
        book = self.books.get(isbn)
        if book is None or book.available == 0:
            raise NotAvailable(f"{isbn} not available")
        if len(member.loans) >= member.limit:
            raise LimitReached(f"{member.name} already has {len(member.loans)} loans")
        book.borrowed += 1
        member.loans[isbn] = day + self.LOAN_DAYS
        self.history[isbn].append(member.name)

    def checkin(self, member_id, isbn, day):
        member = self.members[member_id]
        due = member.loans.pop(isbn)
        self.books[isbn].borrowed -= 1
        late = max(0, day - due)
        fine = late * self.DAILY_FINE
        member.fines += fine
        return late, fine

    def overdue(self, day):
        return sorted((m.name, isbn, day - due) for m in self.members.values()
                      for isbn, due in m.loans.items() if due < day)


def main():
    lib = Library()
    for b in [Book("111", "Dune", "Herbert", Genre.FICTION, 2),
              Book("222", "Cosmos", "Sagan", Genre.SCIENCE),
              Book("333", "SPQR", "Beard", Genre.HISTORY),
              Book("444", "Matilda", "Dahl", Genre.CHILDREN, 3),
              Book("111", "Dune", "Herbert", Genre.FICTION, 1)]:
        lib.add_book(b)
    ann, ben, cat = lib.join("Ann"), lib.join("Ben", limit=1), lib.join("Cat")
    actions = [
        ("out", ann.member_id, "111", 1), ("out", ben.member_id, "222", 1), ("out", cat.member_id, "222", 2),
        ("out", ben.member_id, "333", 3), ("out", ann.member_id, "444", 3), ("out", ann.member_id, "333", 4),
        ("out", ann.member_id, "111", 5), ("in", ben.member_id, "222", 20), ("out", cat.member_id, "222", 21),
        ("in", ann.member_id, "444", 10), ("out", cat.member_id, "999", 22),
    ]
    for kind, mid, isbn, day in actions:
        who = lib.members[mid].name
        try:
            if kind == "out":
                lib.checkout(mid, isbn, day)
                print(f"day {day:>2}: {who} borrowed {lib.books[isbn].title}")
            else:
                late, fine = lib.checkin(mid, isbn, day)
                print(f"day {day:>2}: {who} returned {lib.books[isbn].title}, {late} days late, fine ${fine:.2f}")
        except LibraryError as e:
            print(f"day {day:>2}: {who} FAILED ({type(e).__name__}: {e})")

    print("\ninventory:")
    for b in sorted(lib.books.values(), key=lambda b: b.title):
        print(f"  {b.title:<8} {b.genre.value:<9} {b.available}/{b.copies} available")
    by_genre = defaultdict(int)
    for b in lib.books.values():
        by_genre[b.genre.name] += b.copies
    print("copies by genre:", dict(by_genre))
    print("borrow history:", {lib.books[k].title: v for k, v in lib.history.items()})
    for m in lib.members.values():
        print(f"  member {m.member_id} {m.name}: loans={sorted(m.loans)} fines=${m.fines:.2f}")
    late = lib.overdue(30)
    print("overdue on day 30:", late)
    return len(late)


if __name__ == "__main__":
    code = main()
    print("exit code:", code)
    sys.exit(code)
