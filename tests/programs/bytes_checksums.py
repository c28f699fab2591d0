"""Encode messages to bytes and compute a few classic checksums."""

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1


def fnv1a_64(data):
    h = FNV_OFFSET
    for byte in data:
        h ^= byte
        h = (h * FNV_PRIME) & MASK64
    return h


def adler32(data):
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def crc8(data):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ 0x07) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc


def show_encodings(text):
    utf8 = text.encode("utf-8")
    latin = text.encode("latin-1")
    print(f"{ascii(text)}: utf-8 {len(utf8)} bytes, latin-1 {len(latin)} bytes")
    print("  utf-8 hex:", utf8.hex())
    print("  latin-1 hex:", latin.hex())
    try:
        text.encode("ascii")
        print("  ascii ok")
    except UnicodeEncodeError:
        print("  ascii failed")


def packet_demo():
    header = b"PKT"
    body = bytes([1, 2, 3, 250, 255])
    padding = bytes(3)
    packet = header + body + padding
    print("packet:", packet)
    print("length:", len(packet), "first:", packet[0], "last:", packet[-1])
    print("header slice:", packet[:3], "body slice:", packet[3:8])
    print("contains PKT:", b"PKT" in packet, "contains 250:", 250 in packet)
    print("separator:", b"-=" * 4)
    total = 0
    for value in packet[3:]:
        total += value
    print("body sum:", total)
    return packet


def int_round_trips():
    n = 1025
    big = n.to_bytes(4, "big")
    little = n.to_bytes(4, "little")
    print("1025 big:", big.hex(), "little:", little.hex())
    print("back:", int.from_bytes(big, "big"), int.from_bytes(little, "little"))
    neg = (-2).to_bytes(2, "big", signed=True)
    print("-2 signed:", neg, int.from_bytes(neg, "big", signed=True))
    print("unsigned view:", int.from_bytes(neg, "big"))
    raw = bytes.fromhex("deadbeef")
    print("fromhex:", raw, int.from_bytes(raw, "big"))


def main():
    for text in ["hello", "café", "naïve résumé"]:
        show_encodings(text)
    garbled = b"caf\xe9 ok"
    print("decoded:", ascii(garbled.decode("utf-8", "replace")))
    print("latin decode:", garbled.decode("latin-1"))
    packet = packet_demo()
    int_round_trips()
    messages = [b"", b"a", b"hello world", packet, "Grüße".encode("utf-8")]
    for msg in messages:
        h = fnv1a_64(msg)
        print(f"fnv1a={h:016x} adler32={adler32(msg):08x} crc8={crc8(msg):02x} len={len(msg)}")
    print(ascii("日本 ✓ ok"))


main()
