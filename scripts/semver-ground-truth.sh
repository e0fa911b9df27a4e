#!/usr/bin/env bash
# Ground truth for the Rust axis of `cargo xtask diff`: for each spec mutation of
# generator/tests/diff/mutations.yaml, the standalone crates generated from base.yaml and from
# the mutation are compared by cargo-semver-checks (crates.io), and wherever it reports a
# break, our report must say the Rust API breaks too. Where only ours reports one, the
# mutation must be listed in KNOWN_EXTRA below with the reason.
#
# One temporary workspace holds every crate, all with the library name `pets`, so
# dependencies are built once and each crate's rustdoc JSON takes seconds.
# Usage: scripts/semver-ground-truth.sh [MUTATION...]   (default: the whole corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# Breaks only our report may see, each for a reason cargo-semver-checks documents: it has no
# lint for a changed type (of a field, a parameter, a return value: its issues #148, #149,
# #637), and it checks one feature set (all features on), so an item moved from one tag's
# feature to another's is invisible to it while a crate that enables only the old tag stops
# compiling. And a lost `#[derive(Default)]` (a query type whose parameter became required):
# its derive_trait_impl_removed lint does not fire on it in 0.51, though `..Default::default()`
# stops compiling. Any other difference fails the script.
KNOWN_EXTRA='changed type|changed signature|changed from|gated by other features|no longer implements `Default`'

if ! cargo semver-checks --version >/dev/null 2>&1; then
  echo "== installing cargo-semver-checks"
  cargo install --locked cargo-semver-checks
fi

out=$root/target/semver-ground-truth
rm -rf "$out/specs" "$out/ws/crates" "$out/json"
mkdir -p "$out/specs" "$out/ws/crates" "$out/json"
DIFF_CORPUS_OUT=$out/specs cargo nextest run --no-fail-fast -p generator --test diff_corpus \
  -E 'test(write_the_corpus)' --run-ignored all >/dev/null 2>&1 \
  || { echo "cannot write the corpus"; exit 1; }
cargo build --quiet -p xtask
xtask=$root/target/debug/xtask

if [ $# -gt 0 ]; then mutations=("$@"); else
  mutations=(); while read -r name _; do mutations+=("$name"); done < "$out/specs/expected"
fi

members=()
generate() { # spec crate-dir
  "$xtask" codegen --spec "$1" --out "$out/ws/crates/$2" --name "pets-$2" >/dev/null 2>"$out/ws/$2.log" \
    || { cat "$out/ws/$2.log"; exit 1; }
  printf '\n[lib]\nname = "pets"\n' >> "$out/ws/crates/$2/Cargo.toml"
  members+=("\"crates/$2\"")
}
generate "$out/specs/base.yaml" base
for m in "${mutations[@]}"; do generate "$out/specs/$m.json" "$m"; done
(IFS=,; printf '[workspace]\nresolver = "3"\nmembers = [%s]\n' "${members[*]}") > "$out/ws/Cargo.toml"
cp Cargo.lock "$out/ws/Cargo.lock"

# rustdoc JSON of every crate, with every feature (client, server, each tag).
export RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$out/target
for c in base "${mutations[@]}"; do
  (cd "$out/ws" && cargo rustdoc --quiet -p "pets-$c" --all-features -- -Z unstable-options --output-format json 2>"$out/ws/$c.doc.log") \
    || { cat "$out/ws/$c.doc.log"; exit 1; }
  cp "$CARGO_TARGET_DIR/doc/pets.json" "$out/json/$c.json"
done
unset RUSTC_BOOTSTRAP CARGO_TARGET_DIR

agree=0; disagree=0; extra=0
for m in "${mutations[@]}"; do
  if cargo semver-checks --baseline-rustdoc "$out/json/base.json" --current-rustdoc "$out/json/$m.json" \
      --release-type minor >"$out/json/$m.semver.log" 2>&1; then theirs=false; else theirs=true; fi
  "$xtask" diff "$out/specs/base.yaml" "$out/specs/$m.json" --standalone pets --format json \
    >"$out/json/$m.ours.json" 2>/dev/null
  # ours: breaking / compatible, and whether every Rust reason is one cargo-semver-checks cannot see
  read -r ours explained < <(python3 - "$out/json/$m.ours.json" "$KNOWN_EXTRA" <<'PY'
import json, re, sys
report = json.load(open(sys.argv[1]))
reasons = [w for c in report["changes"] if c["breaking"]["rust"] for w in c["why"] if w.startswith("Rust")]
breaking = any(c["breaking"]["rust"] for c in report["changes"])
explained = bool(reasons) and all(re.search(sys.argv[2], w) for w in reasons)
print(str(breaking).lower(), str(explained).lower())
PY
)
  if [ "$theirs" = "$ours" ]; then
    agree=$((agree + 1))
  elif [ "$ours" = true ] && [ "$explained" = true ]; then
    extra=$((extra + 1))
    echo "$m: breaking for ours only: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("; ".join(w for c in r["changes"] for w in c["why"] if w.startswith("Rust"))[:300])' "$out/json/$m.ours.json")"
  else
    disagree=$((disagree + 1))
    echo "DISAGREE $m: cargo-semver-checks breaking=$theirs, ours breaking=$ours"
    grep -E "^--- failure|Summary" "$out/json/$m.semver.log" | head -10 || true
  fi
done
echo "semver ground truth: ${#mutations[@]} mutations: $agree agree with cargo-semver-checks, $extra breaking for ours only (changed types, feature gates, a lost Default), $disagree disagree"
[ "$disagree" -eq 0 ]
