#!/usr/bin/env bash
# Compiles generated crates with clippy's -D warnings: one standalone crate (client + server
# features) per fixture in generator/tests/fixtures and per spec in ../shared/specs/third-party.
# They form one temporary workspace sharing this workspace's lock file and target directory,
# so dependencies are built once and the crates build in parallel.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
specs_dir=${THIRD_PARTY_SPECS:-"$root/../shared/specs/third-party"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

shopt -s nullglob
specs=(generator/tests/fixtures/*.yaml "$specs_dir"/*.yaml "$specs_dir"/*.yml "$specs_dir"/*.json)
members=()
for spec in "${specs[@]}"; do
  name=gen-$(basename "${spec%.*}" | tr -c "a-zA-Z0-9\n" "-" | tr "A-Z" "a-z")
  if ! cargo xtask codegen --spec "$spec" --out "$out/$name" --name "$name" 2> "$out/$name.log"; then
    cat "$out/$name.log"
    exit 1
  fi
  members+=("\"$name\"")
done
(IFS=,; printf '[workspace]\nresolver = "3"\nmembers = [%s]\n' "${members[*]}") > "$out/Cargo.toml"
cp Cargo.lock "$out/"
start=$(date +%s)
(cd "$out" && CARGO_TARGET_DIR="$root/target" cargo clippy --quiet --workspace --all-features -- -D warnings)
echo "${#members[@]} generated crates compile without warnings (clippy, $(( $(date +%s) - start )) s)"
