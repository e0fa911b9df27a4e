#!/usr/bin/env bash
# Generality check: generates a standalone crate (client + server features) from every spec in
# ../shared/specs/third-party and requires it to compile without a clippy warning. The crates
# share the workspace's lock file and target directory, so dependencies are built once.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
specs_dir=${THIRD_PARTY_SPECS:-"$root/../shared/specs/third-party"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

shopt -s nullglob
specs=("$specs_dir"/*.yaml "$specs_dir"/*.yml "$specs_dir"/*.json)
if [ ${#specs[@]} -eq 0 ]; then
  echo "no third-party specs in $specs_dir"
  exit 0
fi
for spec in "${specs[@]}"; do
  name=$(basename "${spec%.*}" | tr -c "a-zA-Z0-9_\n" "-")
  echo "== $name"
  cargo xtask codegen --spec "$spec" --out "$out/$name" --name "tp-$name" 2> "$out/$name.warnings"
  echo "   $(grep -c '^warning' "$out/$name.warnings" || true) warnings from the generator"
  cp Cargo.lock "$out/$name/"
  start=$(date +%s)
  (cd "$out/$name" && CARGO_TARGET_DIR="$root/target" cargo clippy --quiet --all-features -- -D warnings)
  echo "   compiles without warnings (clippy, $(( $(date +%s) - start )) s)"
done
