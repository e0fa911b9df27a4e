//! Parameter styles in the IR: OpenAPI's defaults, and values a style cannot write falling
//! back to JSON text with a warning that names the parameter.

use generator::ir::{Operation, ParamStyle};

fn lower(spec: &str) -> (Vec<Operation>, Vec<String>) {
    let doc = generator::load::load_str("styles.yaml", spec).unwrap_or_else(|d| panic!("{d}"));
    let lowered = generator::lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let warnings = lowered.warnings.iter().map(ToString::to_string).collect();
    (lowered.api.operations, warnings)
}

const SPEC: &str = r##"
openapi: 3.0.3
info: { title: Styles, version: "1" }
paths:
  /a/{id}:
    get:
      operationId: styles
      parameters:
        - { name: id, in: path, required: true, schema: { type: array, items: { type: integer } } }
        - { name: q, in: query, schema: { type: array, items: { type: string } } }
        - { name: h, in: header, schema: { type: array, items: { type: string } } }
        - { name: c, in: cookie, schema: { type: string } }
        - { name: tags, in: query, schema: { type: object, additionalProperties: { type: array, items: { type: string } } } }
        - { name: filter, in: query, style: deepObject, schema: { type: object, additionalProperties: { type: array, items: { type: string } } } }
        - { name: pick, in: query, schema: { oneOf: [{ type: string }, { type: object }] } }
        - { name: j, in: query, content: { application/json: { schema: { type: object } } } }
      responses: { "200": { description: ok } }
"##;

#[test]
fn defaults_follow_openapi_and_unwritable_values_become_json_text() {
    let (ops, warnings) = lower(SPEC);
    let op = &ops[0];
    let style = |name: &str| {
        op.path_params
            .iter()
            .chain(&op.query_params)
            .chain(&op.header_params)
            .chain(&op.cookie_params)
            .find(|p| p.name.wire == name)
            .map(|p| (p.style, p.explode))
            .unwrap()
    };
    assert_eq!(style("id"), (ParamStyle::Simple, false));
    assert_eq!(style("q"), (ParamStyle::Form, true));
    assert_eq!(style("h"), (ParamStyle::Simple, false));
    assert_eq!(style("c"), (ParamStyle::Form, true));
    assert_eq!(
        style("filter"),
        (ParamStyle::DeepObject, false),
        "lists inside deepObject are fine"
    );
    assert_eq!(style("j"), (ParamStyle::Json, false));
    // A map of lists in `form` style, and a union: no style writes them.
    assert_eq!(style("tags").0, ParamStyle::Json);
    assert_eq!(style("pick").0, ParamStyle::Json);
    for pointer in ["/parameters/4", "/parameters/6"] {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(pointer) && w.contains("sent as JSON text")),
            "{pointer}: {warnings:#?}"
        );
    }
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
}
