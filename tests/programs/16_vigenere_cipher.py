# Caesar and Vigenere ciphers with a simple frequency-based Caesar breaker.

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
ENGLISH_ORDER = "etaoinshrdlcumwfgypbvkjxqz"


def shift_char(ch: str, k: int) -> str:
    if ch.lower() in ALPHABET:
        base = ord("A") if ch.isupper() else ord("a")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch


def caesar(text: str, k: int) -> str:
    return "".join(shift_char(ch, k) for ch in text)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            k = ALPHABET.index(key[i % len(key)].lower())
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def score(text: str) -> int:
    total = 0
    for ch in text.lower():
        pos = ENGLISH_ORDER.find(ch)
        if pos >= 0:
            total += 26 - pos
    return total


def break_caesar(cipher: str) -> tuple[int, str]:
    best_k = 0
    best_score = -1
    for k in range(26):
        candidate = caesar(cipher, -k)
        s = score(candidate)
        if s > best_score:
            best_score = s
            best_k = k
    return best_k, caesar(cipher, -best_k)


def main():
    message = "Attack at Dawn! Meet me near the old oak tree."
    for k in [3, 13, -1, 52, -27]:
        enc = caesar(message, k)
        print(f"k={k:>3}: {enc}")
    print("rot13 twice:", caesar(caesar(message, 13), 13) == message)
    key = "Lemon"
    enc = vigenere(message, key)
    dec = vigenere(enc, key, decrypt=True)
    print("vigenere:", enc)
    print("decoded: ", dec)
    print("roundtrip ok:", dec == message)
    secret = caesar("the quick brown fox jumps over the lazy dog while everyone sleeps", 11)
    print("cipher:", secret)
    k, plain = break_caesar(secret)
    print("guessed key:", k)
    print("plain:", plain)
    print("Non-ASCII untouched:", caesar("Café déjà vu", 1))
    freq = {}
    for ch in message.lower():
        if ch.isalpha():
            freq[ch] = freq.get(ch, 0) + 1
    top = sorted(freq.items(), key=lambda kv: kv[1], reverse=True)[:5]
    print("Top letters:", top)


if __name__ == "__main__":
    main()
