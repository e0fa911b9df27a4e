#!/usr/bin/env bash
# Regenerates the peers `cargo xtask bench` measures ours against at run time, with
# openapi-generator (`-g rust`, its reqwest library, the version pinned in
# tools/bench-requirements.txt):
# - tools/peers/openapi-generator-client: its client for spec/openapi.yaml;
# - tools/peers/openapi-generator-unions: its models for the unions of the roundtrip fixture
#   (generator/tests/fixtures/features.yaml), which our spec has none of.
# The crates are committed, so the benchmark needs no Java; `--check` regenerates into a scratch
# directory and fails when a committed crate differs (its spec changed and the peer was not
# regenerated).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if ! cmp -s tools/bench-requirements.txt .venv-bench/requirements.txt 2>/dev/null; then
  python3 -m venv .venv-bench
  .venv-bench/bin/pip install --quiet --disable-pip-version-check -r tools/bench-requirements.txt
  cp tools/bench-requirements.txt .venv-bench/requirements.txt
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0

# peer NAME SPEC [openapi-generator arguments...]
peer() {
  local name=$1 spec=$2; shift 2
  local dest="tools/peers/$name"
  .venv-bench/bin/openapi-generator-cli generate -i "$spec" -g rust -o "$scratch/$name.out" \
    --skip-validate-spec --library reqwest \
    --additional-properties="packageName=$name,packageVersion=0.1.0" "$@" > "$scratch/$name.log" 2>&1 \
    || { cat "$scratch/$name.log"; exit 1; }
  # Only what the crate builds from: the manifest and the sources (its docs and CI files are
  # for a repository of its own).
  mkdir -p "$scratch/$name"
  cp -r "$scratch/$name.out/Cargo.toml" "$scratch/$name.out/src" "$scratch/$name/"
  # Formatted as `cargo fmt --all` (which reaches path dependencies) would leave them.
  find "$scratch/$name/src" -name '*.rs' -print0 | xargs -0 rustfmt --edition 2021
  if [ "$check" = yes ]; then
    if diff -r "$scratch/$name" "$dest" > "$scratch/$name.diff"; then
      echo "$dest is up to date"
    else
      head -40 "$scratch/$name.diff"
      echo "$dest is not what openapi-generator makes of $spec: run scripts/peer-client.sh" >&2
      status=1
    fi
    return
  fi
  rm -rf "$dest"
  mkdir -p tools/peers
  cp -r "$scratch/$name" "$dest"
  echo "wrote $dest ($(find "$dest/src" -name '*.rs' | wc -l) files)"
}

check=no
[ "${1:-}" = "--check" ] && check=yes
peer openapi-generator-client spec/openapi.yaml
peer openapi-generator-unions generator/tests/fixtures/features.yaml \
  --global-property models=Drawing:Shape:Circle:Square:Loose,supportingFiles
exit $status
