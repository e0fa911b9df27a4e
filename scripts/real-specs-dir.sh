#!/usr/bin/env bash
# Prints the directory of real specs nobody here wrote: the public APIs' documents (Swagger 2.0
# and OpenAPI 3.0: Docker, Slack, Twilio, Fitbit, Quay, Polygon, Stripe, ...) that the openapiv3
# crate ships as its test fixtures, where cargo downloaded the version Cargo.lock pins.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo metadata --format-version 1 --locked 2>/dev/null | python3 -c '
import json, sys
pkg = [p for p in json.load(sys.stdin)["packages"] if p["name"] == "openapiv3"][0]
print(pkg["manifest_path"].rsplit("/", 1)[0] + "/fixtures")'
