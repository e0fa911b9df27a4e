"""Validates responses against spec/openapi.yaml with a strict OpenAPI 3.0.3 schema validator
(openapi-schema-validator's OAS30Validator: `nullable` widens only the `type` of its own schema).

Checks every example in the spec, then real-shaped responses the Cloud Controller sends (a
docker droplet's `checksum: null`, a single page's `next: null`) and values it never sends,
which must be refused (wrong types, unknown states). Exits non-zero on any mismatch.

    .venv/bin/python tools/strict_examples.py spec/openapi.yaml
"""

import copy
import sys

import yaml
from openapi_schema_validator import OAS30Validator


def validator(spec, schema):
    """A validator for `schema` whose `#/components/...` references resolve in `spec`."""
    root = dict(schema)
    root["components"] = spec.get("components", {})
    return OAS30Validator(root)


def examples(spec):
    """(where, schema, example) for every media-type example in the spec."""
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            bodies = [("requestBody", op.get("requestBody", {}))]
            bodies += [(f"responses/{s}", r) for s, r in op.get("responses", {}).items()]
            for where, body in bodies:
                if "$ref" in body:
                    name = body["$ref"].rsplit("/", 1)[-1]
                    body = spec["components"]["responses"].get(name, {})
                for media, content in body.get("content", {}).items():
                    schema = content.get("schema")
                    if schema is None:
                        continue
                    at = f"{method.upper()} {path} {where} {media}"
                    if "example" in content:
                        yield at, schema, content["example"]
                    for name, ex in content.get("examples", {}).items():
                        if "$ref" in ex:
                            ex = spec["components"]["examples"][ex["$ref"].rsplit("/", 1)[-1]]
                        if "value" in ex:
                            yield f"{at} ({name})", schema, ex["value"]


def main(path):
    with open(path) as f:
        spec = yaml.safe_load(f)
    failures = []
    checked = 0
    for at, schema, example in examples(spec):
        checked += 1
        errors = list(validator(spec, schema).iter_errors(example))
        if errors:
            failures.append(f"{at}: {errors[0].message}")

    schemas = spec["components"]["schemas"]
    droplet = next(
        ex for at, schema, ex in examples(spec)
        if at.startswith("GET /v3/droplets/{guid} responses/200") and isinstance(ex, dict)
    )
    page = next(
        ex for at, schema, ex in examples(spec)
        if at.startswith("GET /v3/droplets responses/200") and isinstance(ex, dict)
    )

    def case(schema_name, value, expect_valid, what):
        nonlocal checked
        checked += 1
        ok = validator(spec, {"$ref": f"#/components/schemas/{schema_name}"}).is_valid(value)
        if ok != expect_valid:
            failures.append(f"{what}: {'refused' if expect_valid else 'accepted'}")

    docker = copy.deepcopy(droplet)
    docker["checksum"] = None
    case("Droplet", docker, True, "a droplet with checksum: null")
    single = copy.deepcopy(page)
    single["pagination"]["next"] = None
    single["pagination"]["previous"] = None
    case("DropletList", single, True, "a single page with next/previous: null")
    for field, value, what in [
        ("checksum", "sha256:abc", "a checksum that is a string"),
        ("checksum", {"type": "sha256"}, "a checksum without a value"),
        ("state", "BOGUS", "an unknown droplet state"),
        ("guid", 7, "a guid that is a number"),
    ]:
        bad = copy.deepcopy(droplet)
        bad[field] = value
        case("Droplet", bad, False, what)
    bad = copy.deepcopy(page)
    bad["pagination"]["next"] = {"href": 5}
    case("DropletList", bad, False, "a next link whose href is a number")
    bad = copy.deepcopy(page)
    bad["pagination"]["next"] = "https://api.example.com/v3/droplets?page=2"
    case("DropletList", bad, False, "a next link that is a bare string")
    assert "Droplet" in schemas and "DropletList" in schemas

    for f in failures:
        print(f"strict OpenAPI 3.0.3 validation: {f}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print(f"strict OpenAPI 3.0.3 validation: {checked} examples and cases as expected")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "spec/openapi.yaml")
