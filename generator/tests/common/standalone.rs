//! A spec's text through the whole pipeline into a standalone crate's files, by path.

use std::collections::BTreeMap;

/// The files (by path) and the warnings, as text.
pub fn generate(
    name: &str,
    text: &str,
    model_crates: generator::ModelCrates,
) -> (BTreeMap<String, String>, Vec<String>) {
    let doc =
        generator::load::load_str(&format!("{name}.yaml"), text).unwrap_or_else(|d| panic!("{d}"));
    let lowered = generator::lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let config = generator::Config {
        source: format!("{name}.yaml"),
        command: "test".into(),
        layout: generator::emit::Layout::Standalone {
            crate_name: name.into(),
            model_crates,
            cli: false,
        },
        runtime: generator::emit::Runtime::Path("../generator/runtime".into()),
        error_models: Vec::new(),
    };
    let files = generator::generate(&lowered.api, &config).unwrap();
    let files = files
        .0
        .into_iter()
        .map(|(p, t)| (p.to_string_lossy().into_owned(), t))
        .collect();
    let warnings = lowered.warnings.iter().map(|w| w.to_string()).collect();
    (files, warnings)
}
