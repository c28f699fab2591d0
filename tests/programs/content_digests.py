"""Content-addressed storage in miniature: md5/sha1/sha256 digests of texts, chunked updates
equal to one-shot digests, copies of a running hash, deduplication by digest."""

import hashlib

DOCS = {
    "readme": "Portalis translates Python into Rust.\n",
    "notes": "naïve café — ünïcödé text\n",
    "empty": "",
    "copy-of-readme": "Portalis translates Python into Rust.\n",
}


def digest_of(text: str, algorithm: str = "sha256") -> str:
    return hashlib.new(algorithm, text.encode("utf-8")).hexdigest()


def chunked_sha256(data: bytes, size: int) -> str:
    h = hashlib.sha256()
    for start in range(0, len(data), size):
        h.update(data[start:start + size])
    return h.hexdigest()


store = {}
for name, text in DOCS.items():
    key = digest_of(text)
    if key in store:
        print(f"{name}: duplicate of {store[key]}")
        continue
    store[key] = name
    print(f"{name:<8} {key[:16]}... md5={hashlib.md5(text.encode()).hexdigest()}")

blob = "".join(f"line {i}\n" for i in range(40)).encode("ascii")
print(chunked_sha256(blob, 7) == hashlib.sha256(blob).hexdigest(), len(blob))
running = hashlib.sha1(b"header:")
snapshot = running.copy()
running.update(b"body")
print(snapshot.hexdigest(), running.hexdigest())
print(hashlib.sha1(b"header:body").hexdigest() == running.hexdigest())
h = hashlib.md5()
print(h.name, h.digest_size, h.block_size, len(h.digest()), h.hexdigest())
for algo in ("sha224", "sha384", "sha512"):
    print(algo, digest_of("abc", algo)[:24], hashlib.new(algo).digest_size)
direct = [hashlib.sha224(b"abc"), hashlib.sha384(b"abc"), hashlib.sha512(b"abc")]
print([d.hexdigest() == digest_of("abc", d.name) for d in direct])
print(sorted(store.values()))
