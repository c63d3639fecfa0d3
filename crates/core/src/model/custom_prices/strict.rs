//! Strict JSON: a key written twice is an error, and numbers are read with correct rounding.

use serde_json::{Map, Value};

/// Parses JSON as `serde_json::from_str` does, with two differences that keep a file meaning
/// exactly what it says:
/// - a key written twice in one object is an error (serde_json keeps the last one silently,
///   which would drop a whole `prices` list, or let `"price": -1, "price": 1` through); it is
///   refused as not JSON, with the line and column of the second key's closing quote;
/// - a number with a fraction or an exponent is read with correct rounding (`str::parse`), so
///   that an exported price comes back bit for bit (serde_json without its `float_roundtrip`
///   feature may be one unit in the last place off, e.g. for 0.9370807819079071).
pub(super) fn parse_strict(text: &str) -> serde_json::Result<Value> {
    use serde::de::DeserializeSeed;
    let numbers = number_tokens(text);
    let next = std::cell::Cell::new(0);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict {
        numbers: &numbers,
        next: &next,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// The number tokens of a JSON text in document order (outside strings). Only used once
/// serde_json has read the same text as valid JSON, so each token is a well-formed number.
fn number_tokens(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                out.push(&text[start..i]);
            }
            _ => i += 1,
        }
    }
    out
}

/// Builds a `Value` while serde_json reads the text (see [`parse_strict`]).
#[derive(Clone, Copy)]
struct Strict<'a> {
    numbers: &'a [&'a str],
    /// Index of the next number token.
    next: &'a std::cell::Cell<usize>,
}

impl Strict<'_> {
    /// Text of the number serde_json has just read.
    fn token(&self) -> Option<&str> {
        let i = self.next.get();
        self.next.set(i + 1);
        self.numbers.get(i).copied()
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        self.token();
        Ok(Value::from(n))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        self.token();
        Ok(Value::from(n))
    }
    fn visit_f64<E>(self, x: f64) -> Result<Value, E> {
        // the same number read again with correct rounding; serde_json's value if that fails
        let exact = self
            .token()
            .and_then(|t| t.parse::<f64>().ok())
            .filter(|y| y.is_finite())
            .unwrap_or(x);
        Ok(serde_json::Number::from_f64(exact).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_string()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(self)? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "key {key:?} written twice"
                )));
            }
            let v = map.next_value_seed(self)?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}
