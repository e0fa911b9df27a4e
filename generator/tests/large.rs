//! A spec of more than 1000 operations goes through the whole pipeline (timings are in the
//! `generate` benchmark, not asserted here).

#[path = "common/synthetic.rs"]
mod synthetic;

#[test]
fn a_spec_with_1000_operations_generates() {
    let text = synthetic::spec(205, 10);
    let doc = generator::load::load_str("synthetic.yaml", &text).unwrap_or_else(|d| panic!("{d}"));
    let lowered = generator::lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(lowered.api.operations.len(), 1025);
    assert!(
        lowered
            .api
            .operations
            .iter()
            .filter(|o| o.pagination.is_some())
            .count()
            == 205
    );
    let config = generator::Config {
        source: "synthetic.yaml".into(),
        command: "test".into(),
        layout: generator::emit::Layout::Standalone {
            crate_name: "synthetic".into(),
            model_crates: generator::ModelCrates::Auto,
            cli: false,
        },
        runtime: generator::emit::Runtime::Path("../generator/runtime".into()),
        error_models: Vec::new(),
    };
    let files = generator::generate(&lowered.api, &config).unwrap();
    let client = files
        .0
        .iter()
        .find(|(p, _)| p.ends_with("client.rs"))
        .unwrap();
    assert!(client.1.contains("pub async fn delete_resource204("));
}
