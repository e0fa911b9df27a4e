//! The runtime's sources for a crate generated with the runtime inlined (no dependency on the
//! runtime crate): its modules become the crate's private `rt` module. The sources are the
//! runtime crate's own, compiled and tested there; only their paths change (`crate::` becomes
//! `crate::rt::`) and their unit tests stay behind.

/// The runtime's files, by path under the runtime's `src/`.
const SOURCES: [(&str, &str); 11] = [
    ("lib.rs", include_str!("../../runtime/src/lib.rs")),
    ("de.rs", include_str!("../../runtime/src/de.rs")),
    ("auth.rs", include_str!("../../runtime/src/auth.rs")),
    (
        "primitives.rs",
        include_str!("../../runtime/src/primitives.rs"),
    ),
    ("pattern.rs", include_str!("../../runtime/src/pattern.rs")),
    ("client.rs", include_str!("../../runtime/src/client.rs")),
    ("cli.rs", include_str!("../../runtime/src/cli.rs")),
    ("oauth2.rs", include_str!("../../runtime/src/oauth2.rs")),
    ("events.rs", include_str!("../../runtime/src/events.rs")),
    (
        "signatures.rs",
        include_str!("../../runtime/src/signatures.rs"),
    ),
    ("server.rs", include_str!("../../runtime/src/server.rs")),
];

/// The files of `src/rt/`, each under `header`.
pub(super) fn sources(header: &str) -> Vec<(&'static str, String)> {
    SOURCES
        .iter()
        .map(|(path, text)| {
            let text = relocate(without_tests(text));
            let (path, text) = if *path == "lib.rs" { ("mod.rs", module_root(&text)) } else { (*path, text) };
            (path, format!("{header}// A copy of the generator's runtime crate (`generator/runtime/src`).\n\n{text}"))
        })
        .collect()
}

/// The runtime's `lib.rs` as the `rt` module: what the crate does not use is not a warning,
/// and `primitives`, whose exported macros are named by path, carries no attribute (see
/// `crate_root::runtime_root`).
fn module_root(text: &str) -> String {
    let text = text.replace("#[doc(hidden)]\npub mod primitives;", "pub mod primitives;");
    format!("#![allow(dead_code, unused_imports, unreachable_pub)]\n\n{text}")
}

/// The source below `crate::rt`: paths into the runtime gain the `rt` segment. Exported
/// macros (`crate::__name`) stay at the crate root, where `macro_export` puts them.
fn relocate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1024);
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        out.push_str("crate::");
        let after = &after["crate::".len()..];
        if !after.starts_with("__") {
            out.push_str("rt::");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The source without its trailing `#[cfg(test)] mod tests`.
fn without_tests(text: &str) -> &str {
    match text.find("\n#[cfg(test)]\nmod tests") {
        Some(at) => &text[..=at],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_move_below_rt_but_exported_macros_stay_at_the_root() {
        assert_eq!(
            relocate("use crate::primitives::X; $crate::client::Client; crate::__open_enum"),
            "use crate::rt::primitives::X; $crate::rt::client::Client; crate::__open_enum"
        );
    }

    #[test]
    fn unit_tests_stay_behind() {
        assert_eq!(
            without_tests("fn a() {}\n#[cfg(test)]\nmod tests {\n}\n"),
            "fn a() {}\n"
        );
        for (_, text) in sources("") {
            assert!(!text.contains("#[cfg(test)]"));
        }
    }
}
