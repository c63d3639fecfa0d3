#!/usr/bin/env bash
# Runs every test layer in order and stops at the first failure. Prints one summary line per
# layer and a final "N passed, N failed" line. Called by `make test` (PATH set there).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/test-logs
total_pass=0
total_fail=0
summary=()

finish() {
  echo
  echo "== summary"
  for line in "${summary[@]}"; do echo "$line"; done
  echo "$total_pass passed, $total_fail failed"
}

# run NAME KIND CMD...: KIND is "check" (one pass/fail), "cargo" or "node" (counts parsed)
run() {
  local name=$1 kind=$2
  shift 2
  local log="target/test-logs/$name.log"
  echo "== $name: $*"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local secs=$((SECONDS - start)) pass=0 fail=0
  case $kind in
    check) if [ "$rc" = 0 ]; then pass=1; else fail=1; fi ;;
    cargo)
      pass=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
      fail=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}') ;;
    node)
      pass=$(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      fail=$(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ;;
  esac
  if [ "$rc" != 0 ] && [ "$fail" = 0 ]; then fail=1; fi
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
  summary+=("$(printf '%-14s %4d passed, %d failed  (%ds)' "$name" "$pass" "$fail" "$secs")")
  if [ "$rc" != 0 ]; then
    echo "!! $name failed (exit $rc); log: $log"
    finish
    exit 1
  fi
}

run fmt check cargo fmt --all -- --check
# host: the engine and its tests/benches, and the catalog importer (the web package is only built for wasm)
run clippy-host check cargo clippy -p deploycalc-core -p deploycalc-catalog-import --all-targets --locked -- -D warnings
# host: the build-time prerender (renders the web package's components natively)
run clippy-prerender check cargo clippy -p deploycalc-prerender --all-targets --locked -- -D warnings
# wasm: the web package and, as a workspace member it depends on, the engine
run clippy-wasm check cargo clippy --target wasm32-unknown-unknown -p deploycalc --lib --bins --tests --locked -- -D warnings
# wasm: each page's bundle alone (one bundle per page: the release builds use one feature each)
clippy_pages() {
  for f in page-compare page-decide page-catalog; do
    cargo clippy --target wasm32-unknown-unknown -p deploycalc --lib --bins --locked --no-default-features --features "$f" -- -D warnings || return 1
  done
}
run clippy-pages check clippy_pages
# the engine's one native test binary (crates/core/tests/it) and its unit tests
run native cargo cargo test -p deploycalc-core --locked
# make catalog's importer: its mapping, and the drift check (committed LLM prices = its output)
run catalog-import cargo cargo test -p deploycalc-catalog-import --locked
# the prerender's own tests, in the profile its Trunk hook runs it in (one native build)
run prerender cargo cargo test --profile prerender -p deploycalc-prerender --locked
run browser cargo cargo test --target wasm32-unknown-unknown -p deploycalc --test web --locked
run dist check trunk build --release
# a debug build for tests/e2e/robust.test.mjs: only debug builds have the `?__panic=1` trigger
# that shows the crash box (its wasm dependencies are compiled by the browser step above)
run dist-debug check trunk build --dist target/dist-debug
run e2e node node --test --test-concurrency=1 tests/e2e/
finish
