//! `label_selector`: comma-separated requirements combined with AND, in Cloud Controller's
//! forms `key`, `!key`, `key=v`, `key==v`, `key!=v`, `key in (a,b)` and `key notin (a,b)`.

use crate::metadata::{check_key_syntax, check_label_value};

/// At most this many requirements per selector.
const MAX_REQUIREMENTS: usize = 50;

/// One requirement of a selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    /// The label exists.
    Exists(String),
    /// The label does not exist.
    NotExists(String),
    /// The label exists with one of these values (`=`, `==`, `in`).
    In(String, Vec<String>),
    /// The label is absent or has none of these values (`!=`, `notin`).
    NotIn(String, Vec<String>),
}

/// Parses a selector; the error is the detail of a 400 `CF-BadQueryParameter`.
pub fn parse(selector: &str) -> Result<Vec<Requirement>, String> {
    if selector.trim().is_empty() {
        return Err("Missing label_selector value".into());
    }
    let parts = split_top_level(selector)?;
    if parts.len() > MAX_REQUIREMENTS {
        return Err(format!(
            "Too many label_selector requirements (maximum is {MAX_REQUIREMENTS})"
        ));
    }
    parts.into_iter().map(requirement).collect()
}

/// Splits on the commas outside parentheses.
fn split_top_level(s: &str) -> Result<Vec<&str>, String> {
    let (mut depth, mut start, mut out) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        if !(0..=1).contains(&depth) {
            return Err(invalid(s));
        }
    }
    if depth != 0 {
        return Err(invalid(s));
    }
    out.push(&s[start..]);
    Ok(out)
}

fn invalid(s: &str) -> String {
    format!("Invalid label_selector value: '{s}'")
}

fn requirement(raw: &str) -> Result<Requirement, String> {
    let part = raw.trim();
    let key = |k: &str| -> Result<String, String> {
        let k = k.trim();
        check_key_syntax(k).map_err(|e| format!("Invalid label_selector value: {e}"))?;
        Ok(k.to_owned())
    };
    let value = |v: &str| -> Result<String, String> {
        let v = v.trim();
        check_label_value(v).map_err(|e| format!("Invalid label_selector value: {e}"))?;
        Ok(v.to_owned())
    };
    if let Some(rest) = part.strip_prefix('!') {
        return Ok(Requirement::NotExists(key(rest)?));
    }
    for (op, negated) in [(" notin ", true), (" in ", false)] {
        if let Some((k, set)) = part.split_once(op) {
            let set = set.trim();
            let inner = set
                .strip_prefix('(')
                .and_then(|s| s.strip_suffix(')'))
                .ok_or_else(|| invalid(raw))?;
            let values = inner.split(',').map(value).collect::<Result<Vec<_>, _>>()?;
            let k = key(k)?;
            return Ok(if negated {
                Requirement::NotIn(k, values)
            } else {
                Requirement::In(k, values)
            });
        }
    }
    if let Some((k, v)) = part.split_once("!=") {
        return Ok(Requirement::NotIn(key(k)?, vec![value(v)?]));
    }
    if let Some((k, v)) = part.split_once("==").or_else(|| part.split_once('=')) {
        return Ok(Requirement::In(key(k)?, vec![value(v)?]));
    }
    if part.contains(['(', ')', ' ']) {
        return Err(invalid(raw));
    }
    Ok(Requirement::Exists(key(part)?))
}

#[cfg(test)]
mod tests {
    use super::Requirement::*;
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn every_form_parses() {
        let got = parse("env, !gone,tier=web,x==y,a!=b,k in (v1, v2),n notin (z)").unwrap();
        assert_eq!(
            got,
            vec![
                Exists("env".into()),
                NotExists("gone".into()),
                In("tier".into(), s(&["web"])),
                In("x".into(), s(&["y"])),
                NotIn("a".into(), s(&["b"])),
                In("k".into(), s(&["v1", "v2"])),
                NotIn("n".into(), s(&["z"])),
            ]
        );
        assert_eq!(
            parse("example.com/tier=web").unwrap(),
            vec![In("example.com/tier".into(), s(&["web"]))]
        );
    }

    #[test]
    fn malformed_selectors_are_refused() {
        for bad in [
            "",
            " ",
            "k in (a",
            "k in a,b)",
            "bad key=v",
            "k=bad value",
            "k in ((a))",
            "a b",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} accepted");
        }
        let many = vec!["k"; 51].join(",");
        assert!(parse(&many).unwrap_err().contains("maximum is 50"));
    }
}
