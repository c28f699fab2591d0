"""Bitboard masks, wide integers and shift edge cases."""

FILE_A = 0x0101010101010101
FILE_H = FILE_A << 7
RANK_1 = 0xFF
RANK_8 = RANK_1 << 56
BEYOND = FILE_A << 8
MASK64 = (1 << 64) - 1
MASK128 = (1 << 128) - 1


def popcount(x):
    return bin(x).count("1")


def sign_bit(bits):
    return 1 << (bits - 1)


def to_signed(value, bits):
    top = sign_bit(bits)
    value &= (1 << bits) - 1
    if value & top:
        return value - (1 << bits)
    return value


def rotl64(x, k):
    k %= 64
    return ((x << k) | (x >> (64 - k))) & MASK64


def board_section():
    print(f"FILE_A = {FILE_A:#018x}")
    print(f"FILE_H = {FILE_H:#018x}")
    print(f"RANK_8 = {RANK_8:#018x}")
    print(f"BEYOND = {BEYOND:#x} bits={BEYOND.bit_length()}")
    print(f"BEYOND & MASK64 = {BEYOND & MASK64:#018x}")
    edges = FILE_A | FILE_H | RANK_1 | RANK_8
    print(f"edges = {edges:#018x} squares={popcount(edges)}")
    inner = ~edges & MASK64
    print(f"inner = {inner:#018x} squares={popcount(inner)}")
    knight = 1 << 27
    moves = 0
    for shift in [6, 10, 15, 17]:
        moves |= knight << shift
        moves |= knight >> shift
    print(f"knight moves = {moves:#018x} count={popcount(moves)}")


def width_section():
    for bits in [8, 16, 32, 64, 100]:
        top = sign_bit(bits)
        print(f"bits={bits:3d} sign={top:#x} max={top - 1} min={-top}")
    print("to_signed(0xFF, 8):", to_signed(0xFF, 8))
    print("to_signed(2**63, 64):", to_signed(2**63, 64))
    print("to_signed(2**99 + 5, 100):", to_signed(2**99 + 5, 100))
    wide = int("ff" * 20, 16)
    print("wide:", wide)
    print("wide bits:", wide.bit_length(), "popcount:", popcount(wide))
    print("wide >> 100:", wide >> 100)
    print("wide & MASK64 == MASK64:", wide & MASK64 == MASK64)
    print(f"low 128 bits: {wide & MASK128:#x}")


def shift_section():
    for n in [-1, -7, -256, -(2**70)]:
        print(f"{n} >> 1 = {n >> 1}, >> 3 = {n >> 3}, >> 65 = {n >> 65}")
    big = 12345 << 80
    print("12345 << 80 =", big)
    print("back down:", big >> 80, "too far:", big >> 200)
    print("1 >> 64 =", 1 >> 64, "MASK64 >> 63 =", MASK64 >> 63)
    amount = 70
    print("1 << amount =", 1 << amount)
    print("rotl64(1, 63):", f"{rotl64(1, 63):#018x}")
    print("rotl64(0x8000000000000001, 4):", f"{rotl64(0x8000000000000001, 4):#018x}")
    h = 0
    for ch in "bitboard":
        h = ((h << 5) ^ (h >> 59) ^ ord(ch)) & MASK64
    print(f"hash = {h:#018x} bits={h.bit_length()}")
    print("(-1) & MASK64 =", (-1) & MASK64)
    print("(2**64) >> 64 =", (2**64) >> 64, "(2**64 - 1).bit_length() =", (2**64 - 1).bit_length())


def main():
    board_section()
    width_section()
    shift_section()


main()
