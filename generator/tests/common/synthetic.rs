//! A synthetic spec of any size: `resources` resources, each with five operations, a paginated
//! list, an enum, a nested object and `properties` documented properties.

use std::fmt::Write;

pub fn spec(resources: usize, properties: usize) -> String {
    let mut paths = String::new();
    let mut schemas = String::new();
    for r in 0..resources {
        let name = format!("Resource{r}");
        let base = format!("/v1/resources{r}");
        let _ = write!(
            paths,
            r##"
  {base}:
    get:
      operationId: list{name}
      description: Lists every {name}, page by page.
      parameters:
        - {{ name: page, in: query, schema: {{ type: integer, minimum: 1 }} }}
        - {{ name: per_page, in: query, schema: {{ type: integer, minimum: 1, maximum: 5000 }} }}
        - {{ name: states, in: query, style: form, explode: false, schema: {{ type: array, items: {{ $ref: "#/components/schemas/{name}State" }} }} }}
      responses:
        "200": {{ description: A page., content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/{name}List" }} }} }} }}
        default: {{ description: An error., content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/Problem" }} }} }} }}
    post:
      operationId: create{name}
      description: Creates a {name}.
      requestBody: {{ required: true, content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/{name}" }} }} }} }}
      responses:
        "201": {{ description: Created., content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/{name}" }} }} }} }}
        "422": {{ description: Invalid., content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/Problem" }} }} }} }}
  {base}/{{id}}:
    parameters: [{{ name: id, in: path, required: true, schema: {{ type: string, format: uuid }} }}]
    get:
      operationId: get{name}
      description: Gets one {name}.
      responses:
        "200": {{ description: The resource., content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/{name}" }} }} }} }}
        "404": {{ description: Not found., content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/Problem" }} }} }} }}
    patch:
      operationId: update{name}
      description: Updates a {name}.
      requestBody: {{ required: true, content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/{name}" }} }} }} }}
      responses:
        "200": {{ description: Updated., content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/{name}" }} }} }} }}
    delete:
      operationId: delete{name}
      description: Deletes a {name}.
      responses:
        "202": {{ description: Deleting., headers: {{ Location: {{ required: true, schema: {{ type: string }} }} }} }}
"##
        );
        let _ = write!(
            schemas,
            r##"
    {name}State: {{ type: string, enum: [PENDING, READY, FAILED, "-sorted", "+sorted"], description: "Where a {name} is." }}
    {name}List:
      type: object
      required: [pagination, resources]
      properties:
        pagination: {{ $ref: "#/components/schemas/Pagination" }}
        resources: {{ type: array, items: {{ $ref: "#/components/schemas/{name}" }} }}
    {name}:
      type: object
      description: A {name} with many documented properties.
      required: [id, state]
      properties:
        id: {{ type: string, format: uuid, readOnly: true }}
        state: {{ $ref: "#/components/schemas/{name}State" }}
        created_at: {{ type: string, format: date-time }}
        nested: {{ type: object, properties: {{ depth: {{ type: integer }}, secret_token: {{ type: string }} }} }}
        labels: {{ type: object, additionalProperties: {{ type: string, nullable: true }} }}
"##
        );
        for p in 0..properties {
            let _ = writeln!(
                schemas,
                "        field_{p}: {{ type: {}, description: \"Property {p} of {name}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.\" }}",
                ["string", "integer", "boolean", "number"][p % 4]
            );
        }
    }
    format!(
        r##"openapi: 3.0.3
info: {{ title: Synthetic, version: "1" }}
paths:{paths}
components:
  schemas:
    Problem: {{ type: object, properties: {{ message: {{ type: string }} }} }}
    Link: {{ type: object, required: [href], properties: {{ href: {{ type: string }} }} }}
    Pagination:
      type: object
      required: [total_results]
      properties:
        total_results: {{ type: integer }}
        next: {{ type: object, nullable: true, allOf: [{{ $ref: "#/components/schemas/Link" }}] }}
{schemas}"##
    )
}
