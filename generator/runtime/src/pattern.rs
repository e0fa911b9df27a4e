//! `pattern` as OpenAPI defines it: an ECMA-262 regular expression, unanchored. A pattern is
//! rewritten into the `regex` crate's syntax with ECMAScript's meaning (`\d` is `[0-9]`, `\w`
//! ASCII, `.` stops at every line terminator) and run there, in time linear in the input: a
//! request value cannot make a check slow, however the pattern nests its repetitions. Only a
//! pattern that needs a backtracking engine (look-around, back-references, Annex B forms such
//! as a lone `{`) runs on `regress`, ECMAScript's own semantics, whose worst case on such
//! patterns is exponential.

use std::fmt;

/// A compiled pattern.
pub enum Matcher {
    /// Linear time (the `regex` crate, on the rewritten pattern).
    Linear(regex::Regex),
    /// Backtracking (`regress`), for what only a backtracking engine can run.
    Backtracking(regress::Regex),
}

impl Matcher {
    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        match self {
            Matcher::Linear(re) => re.is_match(text),
            Matcher::Backtracking(re) => re.find(text).is_some(),
        }
    }
}

impl fmt::Debug for Matcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Matcher::Linear(re) => f.debug_tuple("Linear").field(&re.as_str()).finish(),
            Matcher::Backtracking(_) => f.write_str("Backtracking"),
        }
    }
}

/// Compiles an ECMA-262 pattern: linear-time where its rewriting allows, else with
/// ECMAScript's engine (with Unicode semantics where the pattern allows them: one that is
/// valid only without the `u` flag, such as one escaping `-`, is compiled without it, as
/// browsers do). An error says why no engine takes it.
pub fn compile(pattern: &str) -> Result<Matcher, String> {
    if let Some(rewritten) = to_linear_syntax(pattern) {
        if let Ok(re) = regex::RegexBuilder::new(&rewritten)
            .size_limit(1 << 22)
            .build()
        {
            return Ok(Matcher::Linear(re));
        }
    }
    regress::Regex::with_flags(pattern, "u")
        .or_else(|_| regress::Regex::new(pattern))
        .map(Matcher::Backtracking)
        .map_err(|e| e.to_string())
}

/// Whether [`compile`] takes `pattern`, with its error when it does not, without building
/// the linear-time matcher (whose automata cost far more than the check): `compile` falls back
/// to ECMAScript's engine whenever the linear one refuses, so the pattern compiles exactly when
/// that engine parses it or the full compilation succeeds.
pub fn check(pattern: &str) -> Result<(), String> {
    if regress::Regex::with_flags(pattern, "u").is_ok() || regress::Regex::new(pattern).is_ok() {
        return Ok(());
    }
    compile(pattern).map(drop)
}

/// The pattern in the `regex` crate's syntax with ECMAScript's meaning, or `None` when a
/// construct has no faithful rewriting (the pattern then goes to the backtracking engine).
fn to_linear_syntax(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let e = chars.next()?;
                match (e, in_class) {
                    ('d', false) => out.push_str("[0-9]"),
                    ('d', true) => out.push_str("0-9"),
                    ('w', false) => out.push_str("[0-9A-Za-z_]"),
                    ('w', true) => out.push_str("0-9A-Za-z_"),
                    ('D', false) => out.push_str("[^0-9]"),
                    ('W', false) => out.push_str("[^0-9A-Za-z_]"),
                    // A negated class inside a class has no rewriting in place.
                    ('D' | 'W', true) => return None,
                    ('b', false) => out.push_str("(?-u:\\b)"),
                    ('B', false) => out.push_str("(?-u:\\B)"),
                    ('b', true) => out.push_str("\\x08"),
                    // Whitespace, escapes of code points and of control characters mean the
                    // same in both.
                    ('s' | 'S' | 'n' | 'r' | 't' | 'f' | 'v' | 'x' | 'u', _) => {
                        out.push('\\');
                        out.push(e);
                    }
                    ('0', _) if !chars.peek().is_some_and(char::is_ascii_digit) => {
                        out.push_str("\\x00")
                    }
                    // Back-references, `\c`, `\p` (its ECMAScript names differ) and the rest.
                    (e, _) if e.is_ascii_alphanumeric() => return None,
                    // An escaped symbol is that symbol.
                    (e, _) => push_literal(&mut out, e),
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                if chars.peek() == Some(&'^') {
                    out.push(chars.next()?);
                }
                // `[]` matches nothing and `[^]` anything in ECMAScript; `regex` reads `]`
                // there as a literal.
                if chars.peek() == Some(&']') {
                    return None;
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            // Nested classes and set operations are `regex` syntax, literals in ECMAScript.
            '[' | '&' | '~' if in_class => push_literal(&mut out, c),
            '-' if in_class && chars.peek() == Some(&'-') => push_literal(&mut out, c),
            '.' if !in_class => out.push_str("[^\\n\\r\\u{2028}\\u{2029}]"),
            // `(?` starts look-around or a named group: named groups read the same, the rest
            // needs backtracking.
            '(' if !in_class && chars.peek() == Some(&'?') => {
                let mut ahead = chars.clone();
                ahead.next();
                match (ahead.next(), ahead.next()) {
                    (Some(':'), _) => out.push('('),
                    (Some('<'), Some(n)) if n != '=' && n != '!' => out.push('('),
                    _ => return None,
                }
            }
            c => out.push(c),
        }
    }
    Some(out)
}

fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_punctuation() {
        out.push('\\');
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linear(p: &str) -> bool {
        matches!(compile(p), Ok(Matcher::Linear(_)))
    }

    #[test]
    fn ecma_classes_keep_their_meaning_on_the_linear_engine() {
        for (pattern, yes, no) in [
            (r"^\d{3}$", "123", "١٢٣"),
            (r"^\w+$", "a_1", "é"),
            (r"^[\d,]+$", "1,2", "x"),
            (r"^a.b$", "a-b", "a\u{2028}b"),
            (r"^\bx", "x y", "ax"),
            (r"^[^\s]+$", "ab", "a b"),
            (r"^\u0041$", "A", "B"),
            (r"^a\/b$", "a/b", "ab"),
            (r"^(?<word>[a-z]+)$", "abc", "ab1"),
            (r"^[a&&b]$", "&", "c"),
        ] {
            let m = compile(pattern).unwrap();
            assert!(matches!(m, Matcher::Linear(_)), "{pattern}: {m:?}");
            assert!(m.is_match(yes), "{pattern} should match {yes:?}");
            assert!(!m.is_match(no), "{pattern} should not match {no:?}");
            let ecma = regress::Regex::with_flags(pattern, "u").unwrap();
            for text in [yes, no] {
                assert_eq!(
                    m.is_match(text),
                    ecma.find(text).is_some(),
                    "{pattern} on {text:?}"
                );
            }
        }
    }

    #[test]
    fn check_agrees_with_compile() {
        for pattern in [
            r"^\d{3}$",
            r"^(?=a)(a+)b\1$",
            "^{[a-z]+}$",
            r"^[\w\-]+$",
            "(?i)abc",
            "a(b",
            "[z-a]",
            r"\p{Nope}",
            "",
        ] {
            assert_eq!(
                check(pattern).is_ok(),
                compile(pattern).is_ok(),
                "{pattern}"
            );
        }
        assert!(check("a(b").is_err());
    }

    #[test]
    fn what_needs_backtracking_runs_on_regress() {
        for (pattern, yes, no) in [
            (r"^(?=a)(a+)b\1$", "aabaa", "aaba"),
            (r"^(?!x).+$", "ab", "xb"),
            ("^{[a-z]+}$", "{ab}", "ab"),
            (r"^[^\D]+$", "12", "1a"),
        ] {
            assert!(!linear(pattern), "{pattern}");
            let m = compile(pattern).unwrap();
            assert!(m.is_match(yes) && !m.is_match(no), "{pattern}");
        }
        assert!(
            compile("(?i)abc").is_err(),
            "Perl's inline flags are not ECMA-262"
        );
    }

    #[test]
    fn nested_repetitions_stay_linear() {
        // Exponential on a backtracking engine; the linear one takes microseconds.
        let m = compile(r"^(a+)+$").unwrap();
        assert!(matches!(m, Matcher::Linear(_)));
        assert!(!m.is_match(&format!("{}!", "a".repeat(10_000))));
    }
}
