#!/usr/bin/env bash
# Generates a crate from each real spec and edge-case fixture with our generator and with
# openapi-generator (`-g rust`, pinned in tools/bench-requirements.txt), then checks each
# crate: does it generate, and does it compile? Prints a Markdown table (for BENCHMARKS.md).
#
# The specs: the public APIs' documents of scripts/real-specs-dir.sh (as scripts/compile-generated.sh
# builds them), the fixtures of the failure classes in generator/tests/fixtures, the split-file
# fixture and ../shared/specs/third-party.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"

if ! cmp -s tools/bench-requirements.txt .venv-bench/requirements.txt 2>/dev/null; then
  python3 -m venv .venv-bench
  .venv-bench/bin/pip install --quiet --disable-pip-version-check -r tools/bench-requirements.txt
  cp tools/bench-requirements.txt .venv-bench/requirements.txt
fi
og="$root/.venv-bench/bin/openapi-generator-cli"
cargo build --quiet --release -p xtask
xtask="$root/target/release/xtask"

real_dir=$(scripts/real-specs-dir.sh)
specs=()
for spec in "$real_dir"/*.yaml "$real_dir"/*.json; do
  # Stripe's (2.2 MB) is left to `STRIPE=1`: its two builds take longer than all the rest.
  case $(basename "$spec") in quayio.yaml|petstore.yaml) continue ;; stripe.yaml) [[ -n ${STRIPE:-} ]] || continue ;; esac
  specs+=("$spec")
done
for f in no_responses31 security_edges31 repeated_path_names scalar_unions allof_scalars \
         nullable_body swagger2; do
  specs+=("generator/tests/fixtures/$f.yaml")
done
specs+=(generator/tests/fixtures/split/openapi.yaml ../shared/specs/third-party/*.yaml)

name_of() {
  local stem
  stem=$(basename "${1%.*}")
  [[ $stem == openapi ]] && stem=$(basename "$(dirname "$1")")
  echo "$stem" | tr -c "a-zA-Z0-9\n" "-" | tr "A-Z" "a-z"
}

ours=() theirs=()
for spec in "${specs[@]}"; do
  n=$(name_of "$spec")
  "$xtask" codegen --spec "$spec" --out "$work/ours/ours-$n" --name "ours-$n" \
    > "$work/ours-$n.gen.log" 2>&1 && ours+=("ours-$n")
  "$og" generate -g rust -i "$spec" -o "$work/og/og-$n" --package-name "og_${n//-/_}" \
    --skip-validate-spec > "$work/og-$n.gen.log" 2>&1 && theirs+=("og-$n")
done

# Our crates share one workspace (and this repository's lock file), built with --keep-going
# so one broken crate does not hide the others. openapi-generator's are checked one by one,
# each its own workspace: one invalid manifest (a spec version Cargo cannot read) would stop a
# shared workspace from loading at all. All share one target directory per generator.
(IFS=,; printf '[workspace]\nresolver = "2"\nmembers = [%s]\n' \
  "$(printf '"%s",' "${ours[@]}" | sed 's/,$//')") > "$work/ours/Cargo.toml"
cp Cargo.lock "$work/ours/"
(cd "$work/ours" && CARGO_TARGET_DIR="$work/target-ours" \
  cargo check --quiet --workspace --all-features --keep-going > check.log 2>&1) || true
compiles() {
  local dir=$1 crate=$2
  if [[ $dir == */ours ]]; then
    (cd "$dir" && CARGO_TARGET_DIR="$work/target-ours" \
      cargo check --quiet -p "$crate" --all-features > "$dir/$crate.check.log" 2>&1)
  else
    grep -q '^\[workspace\]' "$dir/$crate/Cargo.toml" || printf '\n[workspace]\n' >> "$dir/$crate/Cargo.toml"
    (cd "$dir/$crate" && CARGO_TARGET_DIR="$work/target-og" \
      cargo check --quiet --all-features > "$dir/$crate.check.log" 2>&1)
  fi
}
# The first error line of a failed step, for the table.
why() {
  grep -m1 -E '^error|Exception|ERROR|[Ee]rror:' "$1" | cut -c1-90 | tr '|' '/' || true
}

echo "| spec | ours: generates | ours: compiles | openapi-generator: generates | openapi-generator: compiles |"
echo "|------|-----------------|----------------|------------------------------|-----------------------------|"
pass_ours=0 pass_og=0
for spec in "${specs[@]}"; do
  n=$(name_of "$spec")
  row="| $n |"
  if [[ " ${ours[*]} " == *" ours-$n "* ]]; then
    if compiles "$work/ours" "ours-$n"; then row+=" yes | yes |"; pass_ours=$((pass_ours + 1))
    else row+=" yes | **no**: $(why "$work/ours/ours-$n.check.log") |"; fi
  else row+=" **no**: $(why "$work/ours-$n.gen.log") | – |"; fi
  if [[ " ${theirs[*]} " == *" og-$n "* ]]; then
    if compiles "$work/og" "og-$n"; then row+=" yes | yes |"; pass_og=$((pass_og + 1))
    else row+=" yes | **no**: $(why "$work/og/og-$n.check.log") |"; fi
  else row+=" **no**: $(why "$work/og-$n.gen.log") | – |"; fi
  echo "$row"
done
echo
echo "ours: $pass_ours of ${#specs[@]} generate and compile; openapi-generator: $pass_og of ${#specs[@]}"
