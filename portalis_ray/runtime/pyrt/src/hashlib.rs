//! Python `hashlib`: `hashlib.new(name, data)` and the object it returns for
//! MD5 (RFC 1321) and SHA-1 / SHA-224 / SHA-256 / SHA-384 / SHA-512
//! (FIPS 180-4), implemented here from the specifications, with digests
//! byte-exact with CPython 3.11.
//!
//! A `Hash` is shared like a Python object: clones alias the same running
//! state (`h2 = h; h2.update(b)` changes `h` too); `copy()` makes an
//! independent one. The state is the algorithm's chaining value plus the
//! unprocessed tail of the input (less than one block), so memory stays
//! constant; `digest()` finishes a copy of it on demand, leaving the object
//! usable for further `update()` calls, as in Python.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytes::Bytes;
use crate::error::{PyErr, PyResult};
use crate::traits::{PyRepr, PyTruthy};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Algo {
    /// The names `hashlib.new` accepts for these algorithms (with CPython
    /// on OpenSSL 3): case-insensitive, with OpenSSL's `SHA-256` /
    /// `SHA2-256` style aliases.
    fn from_name(name: &str) -> Option<Algo> {
        let lower = name.to_ascii_lowercase();
        let algo = match lower.as_str() {
            "md5" | "ssl3-md5" => Algo::Md5,
            "sha1" | "sha-1" | "ssl3-sha1" => Algo::Sha1,
            "sha224" | "sha-224" | "sha2-224" => Algo::Sha224,
            "sha256" | "sha-256" | "sha2-256" => Algo::Sha256,
            "sha384" | "sha-384" | "sha2-384" => Algo::Sha384,
            "sha512" | "sha-512" | "sha2-512" => Algo::Sha512,
            _ => return None,
        };
        Some(algo)
    }

    fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha224 => "sha224",
            Algo::Sha256 => "sha256",
            Algo::Sha384 => "sha384",
            Algo::Sha512 => "sha512",
        }
    }

    fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 => 28,
            Algo::Sha256 => 32,
            Algo::Sha384 => 48,
            Algo::Sha512 => 64,
        }
    }

    fn block_size(self) -> usize {
        match self {
            Algo::Sha384 | Algo::Sha512 => 128,
            _ => 64,
        }
    }
}

/// The chaining value of each algorithm family.
#[derive(Clone)]
enum Chain {
    Md5([u32; 4]),
    Sha1([u32; 5]),
    Sha256([u32; 8]),
    Sha512([u64; 8]),
}

#[derive(Clone)]
struct State {
    algo: Algo,
    chain: Chain,
    /// Input not yet compressed; always shorter than one block.
    buf: Vec<u8>,
    /// Total bytes fed so far.
    len: u128,
}

impl State {
    fn new(algo: Algo) -> State {
        let chain = match algo {
            Algo::Md5 => Chain::Md5([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]),
            Algo::Sha1 => Chain::Sha1([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]),
            Algo::Sha224 => Chain::Sha256(SHA224_IV),
            Algo::Sha256 => Chain::Sha256(SHA256_IV),
            Algo::Sha384 => Chain::Sha512(SHA384_IV),
            Algo::Sha512 => Chain::Sha512(SHA512_IV),
        };
        State {
            algo,
            chain,
            buf: Vec::with_capacity(algo.block_size()),
            len: 0,
        }
    }

    fn compress(&mut self, block: &[u8]) {
        match self.chain {
            Chain::Md5(ref mut h) => md5_compress(h, block),
            Chain::Sha1(ref mut h) => sha1_compress(h, block),
            Chain::Sha256(ref mut h) => sha256_compress(h, block),
            Chain::Sha512(ref mut h) => sha512_compress(h, block),
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        let bs = self.algo.block_size();
        self.len = self.len.wrapping_add(data.len() as u128);
        if !self.buf.is_empty() {
            let take = (bs - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() < bs {
                return;
            }
            let block = std::mem::take(&mut self.buf);
            self.compress(&block);
            self.buf = block;
            self.buf.clear();
        }
        let mut blocks = data.chunks_exact(bs);
        for block in &mut blocks {
            self.compress(block);
        }
        self.buf.extend_from_slice(blocks.remainder());
    }

    /// Pads (0x80, zeros, bit length) and returns the digest; consumes a copy.
    fn finish(mut self) -> Vec<u8> {
        let bs = self.algo.block_size();
        let len_field = if bs == 128 { 16 } else { 8 };
        let bits = self.len.wrapping_mul(8);
        // 0x80, then zeros up to `len_field` bytes short of a block boundary.
        let zeros = (bs - (self.buf.len() + 1 + len_field) % bs) % bs;
        let mut tail = vec![0x80u8];
        tail.resize(1 + zeros, 0);
        match self.algo {
            // MD5: the bit count modulo 2^64, little-endian.
            Algo::Md5 => tail.extend_from_slice(&(bits as u64).to_le_bytes()),
            // SHA-1/224/256: modulo 2^64, big-endian; SHA-384/512: 128 bits.
            Algo::Sha384 | Algo::Sha512 => tail.extend_from_slice(&bits.to_be_bytes()),
            _ => tail.extend_from_slice(&(bits as u64).to_be_bytes()),
        }
        let len = self.len;
        self.update(&tail);
        self.len = len;
        debug_assert!(self.buf.is_empty());
        let mut out = Vec::with_capacity(64);
        match self.chain {
            Chain::Md5(h) => h
                .iter()
                .for_each(|w| out.extend_from_slice(&w.to_le_bytes())),
            Chain::Sha1(h) => h
                .iter()
                .for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
            Chain::Sha256(h) => h
                .iter()
                .for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
            Chain::Sha512(h) => h
                .iter()
                .for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
        }
        out.truncate(self.algo.digest_size());
        out
    }
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

fn be64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_be_bytes(a)
}

/// Per-round left-rotation amounts of MD5 (RFC 1321 section 3.4).
const MD5_S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

fn md5_compress(h: &mut [u32; 4], block: &[u8]) {
    let mut x = [0u32; 16];
    for (i, w) in x.iter_mut().enumerate() {
        *w = le32(&block[4 * i..]);
    }
    let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((b & d) | (c & !d), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let s = MD5_S[(i / 16) * 4 + i % 4];
        let t = a.wrapping_add(f).wrapping_add(MD5_K[i]).wrapping_add(x[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(t.rotate_left(s));
    }
    h[0] = h[0].wrapping_add(a);
    h[1] = h[1].wrapping_add(b);
    h[2] = h[2].wrapping_add(c);
    h[3] = h[3].wrapping_add(d);
}

fn sha1_compress(h: &mut [u32; 5], block: &[u8]) {
    let mut w = [0u32; 80];
    for t in 0..16 {
        w[t] = be32(&block[4 * t..]);
    }
    for t in 16..80 {
        w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
    }
    let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
    for (t, &wt) in w.iter().enumerate() {
        let (f, k) = match t / 20 {
            0 => ((b & c) ^ (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) ^ (b & d) ^ (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6u32),
        };
        let tmp = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wt);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = tmp;
    }
    for (hi, v) in h.iter_mut().zip([a, b, c, d, e].iter()) {
        *hi = hi.wrapping_add(*v);
    }
}

fn sha256_compress(h: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 64];
    for t in 0..16 {
        w[t] = be32(&block[4 * t..]);
    }
    for t in 16..64 {
        let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
        let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for t in 0..64 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA256_K[t])
            .wrapping_add(w[t]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (hi, x) in h.iter_mut().zip(v.iter()) {
        *hi = hi.wrapping_add(*x);
    }
}

fn sha512_compress(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for t in 0..16 {
        w[t] = be64(&block[8 * t..]);
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for t in 0..80 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA512_K[t])
            .wrapping_add(w[t]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (hi, x) in h.iter_mut().zip(v.iter()) {
        *hi = hi.wrapping_add(*x);
    }
}

/// A `hashlib` hash object (`hashlib.new(name)`, `hashlib.sha256()`, ...).
/// `Clone` aliases (Python reference semantics); use `copy()` for an
/// independent object.
#[derive(Clone)]
pub struct Hash {
    state: Rc<RefCell<State>>,
}

/// The SHA-512 digest of ``data`` (`random.seed` of a str hashes it so).
pub(crate) fn sha512_digest(data: &[u8]) -> Vec<u8> {
    let mut state = State::new(Algo::Sha512);
    state.update(data);
    state.finish()
}

impl Hash {
    /// `hashlib.new(name, data)`; also what `hashlib.md5(data)` etc. mean.
    /// Names are matched case-insensitively (`"SHA256"`, `"sha-256"` work as
    /// in CPython); anything else is `ValueError: unsupported hash type NAME`.
    pub fn new(name: &str, data: Option<&Bytes>) -> PyResult<Hash> {
        let algo = match Algo::from_name(name) {
            Some(a) => a,
            None => {
                return Err(PyErr::value_error(format!(
                    "unsupported hash type {}",
                    name
                )))
            }
        };
        let mut state = State::new(algo);
        if let Some(d) = data {
            state.update(d.as_slice());
        }
        Ok(Hash {
            state: Rc::new(RefCell::new(state)),
        })
    }

    /// `h.update(data)`.
    pub fn update(&self, data: &Bytes) {
        self.state.borrow_mut().update(data.as_slice());
    }

    /// `h.digest()`; the object can still be updated afterwards.
    pub fn digest(&self) -> Bytes {
        Bytes::from_vec(self.state.borrow().clone().finish())
    }

    /// `h.hexdigest()`: lowercase hex.
    pub fn hexdigest(&self) -> String {
        self.digest().hex()
    }

    /// `h.name`: the canonical lowercase name (`"sha256"`), whatever alias
    /// was passed to `new`.
    pub fn name(&self) -> String {
        self.state.borrow().algo.name().to_string()
    }

    /// `h.digest_size`, in bytes.
    pub fn digest_size(&self) -> i64 {
        self.state.borrow().algo.digest_size() as i64
    }

    /// `h.block_size`, in bytes.
    pub fn block_size(&self) -> i64 {
        self.state.borrow().algo.block_size() as i64
    }

    /// `h.copy()`: an independent object with the same state.
    pub fn copy(&self) -> Hash {
        Hash {
            state: Rc::new(RefCell::new(self.state.borrow().clone())),
        }
    }
}

impl PyRepr for Hash {
    /// CPython prints `<md5 _hashlib.HASH object @ 0x7f...>`; the address is
    /// not reproducible, so it is left out: `<md5 _hashlib.HASH object>`.
    fn py_repr(&self) -> String {
        format!("<{} _hashlib.HASH object>", self.state.borrow().algo.name())
    }
}

impl PyTruthy for Hash {
    fn py_bool(&self) -> bool {
        true
    }
}

// Round constants and initial hash values. MD5_K[i] is
// floor(|sin(i + 1)| * 2^32) (RFC 1321); SHA512_K are the first 64 bits of
// the fractional parts of the cube roots of the first 80 primes, SHA256_K the
// first 32 bits of the first 64 of those; the SHA IVs are the fractional
// parts of the square roots of the first 8 (SHA-256/512) or the 9th-16th
// (SHA-224: low 32 bits, SHA-384) primes (FIPS 180-4 sections 4.2, 5.3).
const MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];
const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];
const SHA224_IV: [u32; 8] = [
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
];
const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const SHA384_IV: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];
const SHA512_IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

#[cfg(test)]
mod tests {
    use super::*;

    const ALGOS: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];
    const FIPS56: &str = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    const FIPS112: &str = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

    /// `hashlib.X(data).hexdigest()` from CPython 3.11, one row per input,
    /// columns in `ALGOS` order.
    const VECTORS: &[(&str, [&str; 6])] = &[
        (
            "",
            [
                "d41d8cd98f00b204e9800998ecf8427e",
                "da39a3ee5e6b4b0d3255bfef95601890afd80709",
                "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
                "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
            ],
        ),
        (
            "abc",
            [
                "900150983cd24fb0d6963f7d28e17f72",
                "a9993e364706816aba3e25717850c26c9cd0d89d",
                "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            ],
        ),
        (
            FIPS56,
            [
                "8215ef0796a20bcaaae116d3876c664a",
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
                "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b",
                "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445",
            ],
        ),
        (
            FIPS112,
            [
                "03dd8807a93175fb062dfb55dc7d359c",
                "a49b2446a02c645bf419f995b67091253a04a259",
                "c97ca9a559850ce97a04a96def6d99a9e0e0e2ab14e6b8df265fc0b3",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
                "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039",
                "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909",
            ],
        ),
        (
            "héllo wörld",
            [
                "ed0c22cc110ede12327851863c078138",
                "24e9f5c07847ff8a2a9fa77456655792f5bc7f9f",
                "9b52a881dfe9a9f75a4752d1ea0902c3318219ff19f9a0cadfa7413d",
                "a1003f7d04a4115711d0b48a2eaf1359ce565d2d2a6fd65098dfcffadeeef59f",
                "0ae7fb364d4a1c32722e35dd2abe2eba049d63883e63b30cf1c510a6923c49676f41d1b6765c7c63a15f8c369289a313",
                "aacc881944f9ae7084649c91609b436444d66f289fca3bc4214e465e99f256efa8a8dc447e41660087c1081e4718419a94eee3d6b536b46bb764cdd7f747fe38",
            ],
        ),
        (
            "日本語のテキスト",
            [
                "6161712f6b31d73e38679943c0bbea92",
                "5978763927b179070813a25e91274880a2c16892",
                "e7d4a2cc5e7c52d06cd3f99bd4c61f74b79b97dacf13f05b9fbde7bb",
                "d4192d3b01dfa9f5b08388f13e5c7492e3cfdc5611bf8c77784dc97523f03efb",
                "f6a9a07210a321e4e8a9b91c8e6beb5ff4095f47d69f47de4eed26d7351ced8a902fe51d9c5b929773f8126200f05452",
                "a34b4ad2809013243d0f8ade8d5ea160cee65d0761ec5d9b791cef39e6c05f4ab8e2ed57837c5c8deeaad6fb8cb2d0c140272d4dad5d5aaf012943e59bcd5b70",
            ],
        ),
        (
            "Ωμέγα 🐍🦀",
            [
                "a55aa3b5af46ffc96efdaef8897f07f5",
                "8cd92789370e6a5fd770575387ea3e76cf65c014",
                "a6c7b343485750506626824f137a4f58ca93bf12a7028a0fc02ae9b5",
                "9e406369e3a4121c7508eac13c5cf08431930b183824ff42a940c475cb96909f",
                "37cca1d5584238571a520204e855c3c8a0a4a2261a21a11f7fb9d64c51a2deeec46aea1dbf63a0c8514655da791283ba",
                "f8c48c10faa446456a0535917f926d41f36201ff7d11ba7874a57db5af506392503cde7cbeb4ade926d8f21092ba690242e426e24ee7e11f2caf9d483a41794b",
            ],
        ),
        (
            "\u{0}\u{7f}\u{80}\u{ffff}",
            [
                "d4ae6b1494437c44c89fdfc8fdde7778",
                "0f3d59ab455a0fae4a6ee8c95932ac9e9de368d8",
                "a62b474ad7c97e74b214e735f9464e0800d09f571ab41d4e16463429",
                "ae2397e5f3585b36bd53855f7e16f12bd35c44fa0de527a0907e9f5a205554f6",
                "dac2da7b27c16ca97dedac32c3f28064d5e1572260cb0dce250e20bd59e2fcfa10c99c073d9c7f3bd78387293dc693a8",
                "e40449deaff1daeaabd4f75bdc9adb91022fcf1ebdd13a00f47294d9b206633219baa34b31f898549d579edcb7692e561bce0ddf1649715f6f804de26958bdd3",
            ],
        ),
    ];
    /// `X(b''.join(X(pattern(n)).digest() for n in range(131))).hexdigest()`.
    const PATTERN_ROLLUP: [&str; 6] = [
        "16a508fe149b10dc47882f120233d599",
        "e692b3bd0a527de7772c57da8e1b06fc2894026c",
        "71da8af9085f5bd82b6653fc05d519d96462d521181d011a2ffed96d",
        "cec4c6d09a19510a15db5bcadc0491d8921c4ac138b9237e9b623d4c0998fb45",
        "0fe52782285250ed623721b0ab7ff04afd5d937d877e80edcb52ca0e644a03c17b8f8b20ddc8136dfae939074feeb6a1",
        "eb09c83e8be776e4c82c58fba387a129707892d876a4fba19b4aca75161c8182dadf1269c681afde0ccfd0cc962d4c6765679369e91763fad445afdd87cb7f3f",
    ];
    const MILLION_A_MD5: &str = "7707d6ae4e027c70eea2a935c2296f21";
    const MILLION_A_SHA256: &str =
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

    fn b(s: &[u8]) -> Bytes {
        Bytes::from_static(s)
    }

    fn hex(name: &str, data: &[u8]) -> String {
        Hash::new(name, Some(&b(data))).unwrap().hexdigest()
    }

    /// `bytes((i * 37 + 11) % 256 for i in range(n))`.
    fn pattern(n: usize) -> Vec<u8> {
        (0..n).map(|i| ((i * 37 + 11) % 256) as u8).collect()
    }

    #[test]
    fn hashlib_vectors() {
        for (input, row) in VECTORS {
            for (name, want) in ALGOS.iter().zip(row.iter()) {
                assert_eq!(hex(name, input.as_bytes()), *want, "{}({:?})", name, input);
            }
        }
    }

    #[test]
    fn hashlib_block_boundaries() {
        for (name, want) in ALGOS.iter().zip(PATTERN_ROLLUP.iter()) {
            let mut all = Vec::new();
            for n in 0..=130 {
                let h = Hash::new(name, Some(&Bytes::from_vec(pattern(n)))).unwrap();
                all.extend_from_slice(h.digest().as_slice());
            }
            assert_eq!(hex(name, &all), *want, "{}", name);
        }
    }

    #[test]
    fn hashlib_million_a() {
        let data = vec![b'a'; 1_000_000];
        assert_eq!(hex("md5", &data), MILLION_A_MD5);
        assert_eq!(hex("sha256", &data), MILLION_A_SHA256);
        // The same fed in uneven pieces.
        let h = Hash::new("sha256", None).unwrap();
        for piece in data.chunks(999) {
            h.update(&b(piece));
        }
        assert_eq!(h.hexdigest(), MILLION_A_SHA256);
    }

    #[test]
    fn hashlib_update_in_pieces() {
        let data = pattern(300);
        for name in ALGOS.iter() {
            let whole = hex(name, &data);
            for &step in &[1usize, 3, 55, 63, 64, 65, 111, 127, 128, 129, 300] {
                let h = Hash::new(name, None).unwrap();
                for piece in data.chunks(step) {
                    h.update(&b(piece));
                }
                assert_eq!(h.hexdigest(), whole, "{} step {}", name, step);
                // digest() does not finalize: hashing can go on.
                h.update(&b(b"x"));
                let mut more = data.clone();
                more.push(b'x');
                assert_eq!(h.hexdigest(), hex(name, &more));
            }
            // Initial data plus update == one shot; empty updates are no-ops.
            let h = Hash::new(name, Some(&Bytes::from_vec(data[..100].to_vec()))).unwrap();
            h.update(&b(b""));
            h.update(&Bytes::from_vec(data[100..].to_vec()));
            assert_eq!(h.hexdigest(), whole);
        }
    }

    #[test]
    fn hashlib_copy_and_alias() {
        let h = Hash::new("sha1", Some(&b(b"ab"))).unwrap();
        let c = h.copy();
        let alias = h.clone();
        h.update(&b(b"c"));
        assert_eq!(
            alias.hexdigest(),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(c.hexdigest(), hex("sha1", b"ab"));
        c.update(&b(b"d"));
        assert_eq!(c.hexdigest(), hex("sha1", b"abd"));
        assert_eq!(h.hexdigest(), hex("sha1", b"abc"));
        assert_eq!(h.digest().as_slice().len(), 20);
    }

    #[test]
    fn hashlib_attributes() {
        let want = [
            ("md5", 16, 64),
            ("sha1", 20, 64),
            ("sha224", 28, 64),
            ("sha256", 32, 64),
            ("sha384", 48, 128),
            ("sha512", 64, 128),
        ];
        for &(name, ds, bs) in &want {
            let h = Hash::new(name, None).unwrap();
            assert_eq!(h.name(), name);
            assert_eq!(h.digest_size(), ds);
            assert_eq!(h.block_size(), bs);
            assert_eq!(h.digest().len(), ds);
            assert_eq!(h.hexdigest().len() as i64, 2 * ds);
            assert_eq!(h.py_repr(), format!("<{} _hashlib.HASH object>", name));
            assert!(h.py_bool());
        }
        for &(alias, name) in &[
            ("SHA256", "sha256"),
            ("Md5", "md5"),
            ("sha-1", "sha1"),
            ("SHA2-512", "sha512"),
        ] {
            assert_eq!(Hash::new(alias, None).unwrap().name(), name);
        }
        for &bad in &["foo", "", "sha", "sha256 ", "sha3_256"] {
            match Hash::new(bad, None) {
                Ok(_) => panic!("{:?} accepted", bad),
                Err(e) => assert_eq!(
                    e.to_string(),
                    format!("ValueError: unsupported hash type {}", bad)
                ),
            }
        }
    }
}
