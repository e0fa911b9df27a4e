//! Located errors: every problem the generator reports names the file and a JSON pointer.

use std::fmt;

/// One problem found in a spec, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file the spec was read from (or the name given to an in-memory spec).
    pub file: String,
    /// A JSON pointer (RFC 6901) into the document, `""` for the whole document.
    pub pointer: String,
    /// `line:column`, when the problem is a syntax error and the parser knows it.
    pub line: Option<(usize, usize)>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Diagnostic {
    /// A problem at `pointer` in `file`.
    pub fn new(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            pointer: pointer.into(),
            line: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.line {
            write!(f, ":{line}:{col}")?;
        }
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, ": at {pointer}: {}", self.message)
    }
}

/// All the problems found in one spec; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// A single problem.
    pub fn one(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Escapes one reference token for a JSON pointer (`~` → `~0`, `/` → `~1`).
pub fn escape_token(token: &str) -> std::borrow::Cow<'_, str> {
    // Pointers are spelled for every property of a large spec, and few keys need escaping.
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1").into()
    } else {
        token.into()
    }
}

/// Reads one reference token of a JSON pointer back (`~1` → `/`, `~0` → `~`).
pub fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Appends tokens to a pointer.
pub fn pointer_join(base: &str, tokens: &[&str]) -> String {
    let mut out = base.to_owned();
    for t in tokens {
        out.push('/');
        out.push_str(&escape_token(t));
    }
    out
}
