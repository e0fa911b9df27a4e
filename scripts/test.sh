#!/usr/bin/env bash
# Runs every test: the Rust workspace (cargo nextest), the spec lints (our own and two
# third-party validators), the drift check, the breaking-change check against the released
# spec, and the breaking-change report's ground truth (cargo-semver-checks). Installs what it
# needs beyond cargo into the repository (.venv for Python tools, tools/node_modules for npm
# tools) and cargo's bin directory (cargo-nextest, cargo-semver-checks).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo nextest --version >/dev/null 2>&1; then
  echo "== installing cargo-nextest"
  cargo install --locked cargo-nextest
fi

echo "== third-party validators"
if ! cmp -s tools/requirements.txt .venv/requirements.txt 2>/dev/null; then
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r tools/requirements.txt
  cp tools/requirements.txt .venv/requirements.txt
fi
.venv/bin/openapi-spec-validator spec/openapi.yaml
# Examples and real-shaped responses (null checksums and page links) under strict 3.0.3.
.venv/bin/python tools/strict_examples.py spec/openapi.yaml
if [ ! -x tools/node_modules/.bin/redocly ]; then
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi
tools/node_modules/.bin/redocly lint spec/openapi.yaml --config redocly.yaml --format=summary

echo "== spec lint and drift check"
cargo xtask validate
cargo xtask codegen --check

# What the spec changed since its last release (spec/released/, recorded with
# `cargo xtask diff spec/openapi.yaml spec/openapi.yaml --record spec/released`): the report,
# failing only when the generated crates' versions do not carry the bump it asks for.
echo "== breaking changes since the released spec"
cargo xtask diff spec/released/openapi.yaml spec/openapi.yaml --check

echo "== generated crates (fixtures and third-party specs) compile without warnings"
scripts/compile-generated.sh

echo "== the breaking-change report's Rust axis against cargo-semver-checks (every spec mutation of the corpus)"
scripts/semver-ground-truth.sh

echo "== the reference server (on the generated stubs), driven by a real Cloud Foundry client and by schemathesis"
cargo build --quiet -p reference-server
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
server=(target/debug/reference-server --listen 127.0.0.1:0 --admin-token good-token
        --seed reference-server/seed.yaml)
RUST_LOG=warn .venv/bin/python tools/cf_python_client.py "${server[@]}" --data "$data/cf-python-client"
"${server[@]}" --data "$data/schemathesis" > "$data/url" 2> "$data/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 100); do [ -s "$data/url" ] && break; sleep 0.1; done
# Every check, the stateful phase (OpenAPI links) included: no 5xx, only documented statuses,
# bodies, headers and content types; every schema-valid request accepted and every
# schema-invalid one refused; credentials enforced. The 422s the real API answers for business
# rules are listed, each with its reason, in schemathesis.toml.
.venv/bin/schemathesis run spec/openapi.yaml --url "$(head -1 "$data/url")" \
  -H "Authorization: bearer good-token" --seed 1 --max-examples 30 --no-color \
  --checks all \
  | tail -n 16
kill -TERM $pid
wait $pid  # a clean stop: in-flight requests finish, the database is checkpointed
if grep -q " ERROR " "$data/server.log"; then
  echo "the reference server logged errors:"; grep " ERROR " "$data/server.log"; exit 1
fi

echo "== tests"
# The typed reading of a spec is compared with serde's on the real specs too
# (`load::typed`'s `every_spec_at_hand_reads_as_serde_reads_it`).
SPECS_TO_COMPARE="$(scripts/real-specs-dir.sh)" cargo nextest run --workspace --no-fail-fast "$@"
