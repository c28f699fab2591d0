# Caesar cipher: encrypt, decrypt, brute force and frequency-based cracking.


def shift_char(ch, shift):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
    return ch


def encrypt(text, shift):
    return "".join(shift_char(c, shift) for c in text)


def decrypt(text, shift):
    return encrypt(text, -shift)


def english_score(text):
    common = "etaoinshr"
    score = 0
    for ch in text.lower():
        idx = common.find(ch)
        if idx != -1:
            score += len(common) - idx
    return score


def crack(ciphertext):
    best_shift = 0
    best_score = -1
    for s in range(26):
        score = english_score(decrypt(ciphertext, s))
        if score > best_score:
            best_score = score
            best_shift = s
    return best_shift


message = "Meet me at the Old Oak Tree at 10 PM, bring the maps!"
print("Original: ", message)
for key in [3, 13, -5, 29]:
    secret = encrypt(message, key)
    back = decrypt(secret, key)
    print(f"shift {key:>3}: {secret}")
    print(f"   back : {back} ({back == message})")

print()
print("ROT13 twice is identity:", encrypt(encrypt("Hello", 13), 13))

cipher = encrypt("the secret password is hidden under the stairs", 17)
print("Intercepted:", cipher)
print("Brute force first 6 shifts:")
for s in range(6):
    print(f"  {s:>2}: {decrypt(cipher, s)}")
guess = crack(cipher)
print("Best guess shift:", guess)
print("Cracked:", decrypt(cipher, guess))

print()
alphabet = "".join(chr(ord("a") + i) for i in range(26))
print("Plain :", alphabet)
print("Shift7:", encrypt(alphabet, 7))
print("Codes :", [ord(c) for c in "Az!"], chr(90), chr(97))
print("Negative modulo check:", (-3) % 26, (-29) % 26, -3 // 26)
