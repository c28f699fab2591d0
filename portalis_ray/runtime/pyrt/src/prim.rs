//! The Python protocols for the primitive types: `i64` (int), `f64`
//! (float), `bool`, `str`/`String`, `()` (None) and `Option<T>` (Optional).

use crate::error::PyResult;
use crate::format::{float_repr, format_bool, format_float, format_int, format_str};
use crate::strings::{str_len, str_repr};
use crate::traits::{PyContains, PyFormat, PyLen, PyRepr, PySetHash, PyTruthy};

impl PyRepr for i64 {
    fn py_repr(&self) -> String {
        self.to_string()
    }
}

impl PyRepr for f64 {
    fn py_repr(&self) -> String {
        float_repr(*self)
    }
}

impl PyRepr for bool {
    fn py_repr(&self) -> String {
        if *self { "True" } else { "False" }.to_string()
    }
}

impl PyRepr for str {
    fn py_repr(&self) -> String {
        str_repr(self)
    }
    fn py_str(&self) -> String {
        self.to_string()
    }
}

impl PyRepr for String {
    fn py_repr(&self) -> String {
        str_repr(self)
    }
    fn py_str(&self) -> String {
        self.clone()
    }
}

impl PyRepr for () {
    fn py_repr(&self) -> String {
        "None".to_string()
    }
}

impl<T: PyRepr> PyRepr for Option<T> {
    fn py_repr(&self) -> String {
        match self {
            Some(v) => v.py_repr(),
            None => "None".to_string(),
        }
    }
    fn py_str(&self) -> String {
        match self {
            Some(v) => v.py_str(),
            None => "None".to_string(),
        }
    }
}

impl PyTruthy for i64 {
    fn py_bool(&self) -> bool {
        *self != 0
    }
}

impl PyTruthy for f64 {
    fn py_bool(&self) -> bool {
        // NaN is truthy in Python, as `nan != 0.0`.
        *self != 0.0
    }
}

impl PyTruthy for bool {
    fn py_bool(&self) -> bool {
        *self
    }
}

impl PyTruthy for str {
    fn py_bool(&self) -> bool {
        !self.is_empty()
    }
}

impl PyTruthy for String {
    fn py_bool(&self) -> bool {
        !self.is_empty()
    }
}

impl PyTruthy for () {
    fn py_bool(&self) -> bool {
        false
    }
}

impl<T: PyTruthy> PyTruthy for Option<T> {
    fn py_bool(&self) -> bool {
        self.as_ref().map_or(false, PyTruthy::py_bool)
    }
}

impl PyFormat for i64 {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        format_int(*self, spec)
    }
}

impl PyFormat for f64 {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        format_float(*self, spec)
    }
}

impl PyFormat for bool {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        format_bool(*self, spec)
    }
}

impl PyFormat for str {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        format_str(self, spec)
    }
}

impl PyFormat for String {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        format_str(self, spec)
    }
}

impl PyLen for str {
    fn py_len(&self) -> i64 {
        str_len(self)
    }
}

impl PyLen for String {
    fn py_len(&self) -> i64 {
        str_len(self)
    }
}

impl PyContains<str> for str {
    fn py_contains(&self, item: &str) -> bool {
        self.contains(item)
    }
}

impl PyContains<String> for str {
    fn py_contains(&self, item: &String) -> bool {
        self.contains(item.as_str())
    }
}

impl PyContains<str> for String {
    fn py_contains(&self, item: &str) -> bool {
        self.contains(item)
    }
}

impl PyContains<String> for String {
    fn py_contains(&self, item: &String) -> bool {
        self.contains(item.as_str())
    }
}

/// CPython's modulus for numeric hashes, the Mersenne prime `2**61 - 1`.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's `hash(x)` for an int: `x` reduced modulo `2**61 - 1` keeping its sign, `-1` -> `-2`.
pub fn hash_int(x: i64) -> i64 {
    let h = (x.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if x < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

impl PySetHash for i64 {
    fn py_hash(&self) -> Option<i64> {
        Some(hash_int(*self))
    }
}

impl PySetHash for bool {
    fn py_hash(&self) -> Option<i64> {
        Some(i64::from(*self))
    }
}

impl PySetHash for str {}

impl PySetHash for String {}

impl PySetHash for f64 {}

impl PySetHash for () {}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(x, hash(x))` from CPython 3.11.
    #[rustfmt::skip]
    const INT_HASHES: &[(i64, i64)] = &[
        (0, 0),
        (1, 1),
        (-1, -2),
        (-2, -2),
        (2, 2),
        (2305843009213693950, 2305843009213693950),
        (2305843009213693951, 0),
        (2305843009213693952, 1),
        (-2305843009213693951, 0),
        (-2305843009213693952, -2),
        (4611686018427387904, 2),
        (-4611686018427387904, -2),
        (9223372036854775807, 3),
        (i64::MIN, -4),
        (1000000000000000000, 1000000000000000000),
        (-1000000000000000000, -1000000000000000000),
        (123456789, 123456789),
        (6278314744523580143, 1666628726096192241),
        (8178487946830493815, 1260958919189411962),
        (-7135090535216748403, -217561507575666550),
        (6796619034484074658, 2184933016056686756),
        (807245392750664142, 807245392750664142),
        (-4624032049778536635, -12346031351148733),
        (-5225412918917539040, -613726900490151138),
        (4901769371750354077, 290083353322966175),
        (-1017601865735381429, -1017601865735381429),
        (-9125361901619617366, -2207832873978535513),
        (-3886633566064428532, -1580790556850734581),
        (3516723173199664692, 1210880163985970741),
        (-3711689638677909673, -1405846629464215722),
        (-1569694061328666230, -1569694061328666230),
        (-6535646215565993069, -1923960197138605167),
        (-3101737243867545856, -795894234653851905),
        (-2990275005756324949, -684431996542630998),
        (-5814907404099792577, -1203221385672404675),
        (3775479192418272757, 1469636183204578806),
        (-1497373166783613018, -1497373166783613018),
        (-870275754132048363, -870275754132048363),
        (8382098646157929331, 1464569618516847478),
        (4717504199111745942, 105818180684358040),
        (5083978340113225226, 472292321685837324),
        (5482864479294113307, 871178460866725405),
        (-3765648096750146217, -1459805087536452266),
        (-5377532202205081506, -765846183777693604),
        (2044407312726891369, 2044407312726891369),
        (-6489645105857182963, -1877959087429795061),
        (-7524918575836000434, -607389548194918581),
        (-3379443766361623304, -1073600757147929353),
        (5511400445575114492, 899714427147726590),
        (-8636277029682526457, -1718748002041444604),
        (1733260233307143618, 1733260233307143618),
        (-4607833270300173744, -2301990261086479793),
        (-1443323327528190823, -1443323327528190823),
        (-1589695769437602206, -1589695769437602206),
        (-1207243700485761001, -1207243700485761001),
        (-3785033330447126057, -1479190321233432106),
        (6497914973209143820, 1886228954781755918),
    ];

    #[test]
    fn int_hash_matches_cpython() {
        for &(x, h) in INT_HASHES {
            assert_eq!(x.py_hash(), Some(h), "hash({})", x);
            assert_eq!(hash_int(x), h);
        }
        assert_eq!(true.py_hash(), Some(1));
        assert_eq!(false.py_hash(), Some(0));
        assert_eq!("abc".py_hash(), None);
        assert_eq!(String::from("abc").py_hash(), None);
        assert_eq!(1.5f64.py_hash(), None);
        assert_eq!(().py_hash(), None);
    }

    #[test]
    fn repr_and_str() {
        assert_eq!((-5i64).py_repr(), "-5");
        assert_eq!(i64::MIN.py_str(), "-9223372036854775808");
        assert_eq!(1.0f64.py_repr(), "1.0");
        assert_eq!(1e16f64.py_str(), "1e+16");
        assert_eq!((-0.0f64).py_repr(), "-0.0");
        assert_eq!(f64::NAN.py_repr(), "nan");
        assert_eq!(true.py_repr(), "True");
        assert_eq!(false.py_str(), "False");
        assert_eq!("it's".py_repr(), "\"it's\"");
        assert_eq!("it's".py_str(), "it's");
        assert_eq!(String::from("a\nb").py_repr(), "'a\\nb'");
        assert_eq!(String::from("a\nb").py_str(), "a\nb");
        assert_eq!(().py_repr(), "None");
        assert_eq!(().py_str(), "None");
        assert_eq!(Some(String::from("x")).py_repr(), "'x'");
        assert_eq!(Some(String::from("x")).py_str(), "x");
        assert_eq!(None::<i64>.py_repr(), "None");
        assert_eq!(None::<String>.py_str(), "None");
        assert_eq!(Some(2.5f64).py_str(), "2.5");
        assert_eq!((&&7i64).py_repr(), "7");
    }

    #[test]
    fn truthiness() {
        assert!(3i64.py_bool() && !0i64.py_bool());
        assert!(0.1f64.py_bool() && !0.0f64.py_bool() && !(-0.0f64).py_bool());
        assert!(f64::NAN.py_bool());
        assert!(true.py_bool() && !false.py_bool());
        assert!("x".py_bool() && !"".py_bool());
        assert!(String::from(" ").py_bool() && !String::new().py_bool());
        assert!(!().py_bool());
        assert!(Some(1i64).py_bool() && !Some(0i64).py_bool() && !None::<i64>.py_bool());
    }

    #[test]
    fn len_and_contains() {
        assert_eq!("h\u{e9}llo".py_len(), 5);
        assert_eq!(String::from("a\u{1f600}").py_len(), 2);
        assert_eq!("".py_len(), 0);
        let s = String::from("hello");
        assert!("hello".py_contains("ell"));
        assert!("hello".py_contains(&String::from("")));
        assert!(s.py_contains("lo"));
        assert!(!s.py_contains(&String::from("xyz")));
        assert!(PyContains::<str>::py_contains("h\u{e9}llo", "\u{e9}l"));
    }

    #[test]
    fn format_impls_dispatch() {
        assert_eq!(42i64.py_format("+05").unwrap(), "+0042");
        assert_eq!(2.5f64.py_format(".0f").unwrap(), "2");
        assert_eq!(true.py_format("").unwrap(), "True");
        assert_eq!(true.py_format(">3").unwrap(), "  1");
        assert_eq!("ab".py_format("*^6").unwrap(), "**ab**");
        assert_eq!(String::from("abc").py_format(".2").unwrap(), "ab");
        let err = String::from("x").py_format("d").unwrap_err();
        assert_eq!(
            err.to_string(),
            "ValueError: Unknown format code 'd' for object of type 'str'"
        );
    }
}
