#!/usr/bin/env bash
# Compiles generated crates with clippy's -D warnings: one standalone crate (client, server and
# command-line client features) per fixture in generator/tests/fixtures, per spec in ../shared/specs/third-party and
# per real spec shipped with the openapiv3 crate (below),
# each depending on generator/runtime by path, and one with the runtime inlined.
# They form one temporary workspace sharing this workspace's lock file and target directory,
# so dependencies are built once and the crates build in parallel.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
specs_dir=${THIRD_PARTY_SPECS:-"$root/../shared/specs/third-party"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

shopt -s nullglob
# Real specs (scripts/real-specs-dir.sh). Left out: Stripe's (2.2 MB; scripts/peers-real-specs.sh
# builds it with STRIPE=1), a copy of Quay's in YAML, and petstore.yaml, whose `$ref`s dangle
# (checked below to be refused with its pointers).
real_dir=$(scripts/real-specs-dir.sh)
real=()
for spec in "$real_dir"/*.yaml "$real_dir"/*.json; do
  case $(basename "$spec") in stripe.yaml|quayio.yaml|petstore.yaml) continue ;; esac
  real+=("$spec")
done
if cargo xtask codegen --spec "$real_dir/petstore.yaml" --out "$out/refused" 2> "$out/refused.log"; then
  echo "petstore.yaml has dangling references and should be refused"; exit 1
fi
grep -q 'petstore.yaml: at /components/schemas/CatOrDog/oneOf/1/$ref' "$out/refused.log" \
  || { cat "$out/refused.log"; echo "petstore.yaml: expected the dangling reference's pointer"; exit 1; }

# A fixture directory (`fixtures/split/`) is a spec split across files, read from its openapi.yaml.
specs=(generator/tests/fixtures/*.yaml generator/tests/fixtures/*/openapi.yaml
       "$specs_dir"/*.yaml "$specs_dir"/*.yml "$specs_dir"/*.json "${real[@]}")
members=()
for spec in "${specs[@]}"; do
  stem=$(basename "${spec%.*}")
  [[ $stem == openapi ]] && stem=$(basename "$(dirname "$spec")")
  [[ $spec == "$real_dir"/* ]] && stem=real-$stem
  name=gen-$(echo "$stem" | tr -c "a-zA-Z0-9\n" "-" | tr "A-Z" "a-z")
  if ! cargo xtask codegen --spec "$spec" --out "$out/$name" --name "$name" --cli 2> "$out/$name.log"; then
    cat "$out/$name.log"
    exit 1
  fi
  members+=("\"$name\"")
done
# The tags fixture once more with its models in crates of their own (as large specs get them).
if ! cargo xtask codegen --spec generator/tests/fixtures/tags.yaml --out "$out/gen-tags-split" \
     --name gen-tags-split --model-crates per-tag --cli 2> "$out/gen-tags-split.log"; then
  cat "$out/gen-tags-split.log"
  exit 1
fi
members+=("\"gen-tags-split\"")
# The features fixture once more with the runtime copied in as private modules.
if ! cargo xtask codegen --spec generator/tests/fixtures/features.yaml --out "$out/gen-features-inline" \
     --name gen-features-inline --inline-runtime --cli 2> "$out/gen-features-inline.log"; then
  cat "$out/gen-features-inline.log"
  exit 1
fi
if grep -q generator-runtime "$out/gen-features-inline/Cargo.toml"; then
  echo "gen-features-inline should not depend on generator-runtime"; exit 1
fi
members+=("\"gen-features-inline\"")
(IFS=,; printf '[workspace]\nresolver = "3"\nmembers = [%s]\n' "${members[*]}") > "$out/Cargo.toml"
cp Cargo.lock "$out/"
start=$(date +%s)
(cd "$out" && CARGO_TARGET_DIR="$root/target" cargo clippy --quiet --workspace --all-features -- -D warnings)
echo "${#members[@]} generated crates compile without warnings (clippy, $(( $(date +%s) - start )) s)"

# Per-tag features: every subset of the tags fixture builds on its own, warning-free, and a
# subset leaves out what its tags do not reach.
start=$(date +%s)
for crate in gen-tags gen-tags-split; do
  for features in client,pets server,pets client,store-front server,store-front \
                  client,untagged server,untagged schemas client,server,pets,schemas cli,store-front ""; do
    (cd "$out" && CARGO_TARGET_DIR="$root/target" cargo clippy --quiet -p "$crate" \
       --no-default-features --features "$features" -- -D warnings) \
      || { echo "$crate does not build with features [$features]"; exit 1; }
  done
done
if grep -q 'feature = "pets"' "$out/gen-tags/src/models.rs" \
   && ! grep -B3 'pub struct Order ' "$out/gen-tags/src/models.rs" | grep -q '"pets"'; then
  echo "tag subsets of gen-tags build without warnings ($(( $(date +%s) - start )) s)"
else
  echo "gen-tags: Order should be gated by store-front only"; exit 1
fi
# Split: Order lives in the store-front crate, which only the store-front feature enables.
if grep -q 'pub struct Order ' "$out/gen-tags-split/crates/models-store-front/src/models.rs" \
   && grep -q '^store-front = \["dep:gen-tags-split-models-store-front"' "$out/gen-tags-split/Cargo.toml"; then
  echo "gen-tags-split keeps each tag's own types in the tag's crate"
else
  echo "gen-tags-split: Order should be in crates/models-store-front"; exit 1
fi
