#!/usr/bin/env bash
# Benchmarks: release file sizes (raw and gzip) and native criterion timings. Writes the
# figures, with the commands that made them, into BENCHMARKS.md. Called by `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release >/dev/null 2>&1 || trunk build --release

out=BENCHMARKS.md
{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d), $(nproc) cores, $(rustc --version)."
  echo "Budgets are in ../shared/design.md. Do not edit by hand: run \`make bench\`."
  echo
  echo "## Release files (\`trunk build --release\`; gzip -9 sizes as a CDN would serve them)"
  echo
  echo "| file | raw bytes | gzip bytes | brotli bytes |"
  echo "|---|---:|---:|---:|"
  total_raw=0
  total_gz=0
  while IFS= read -r f; do
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    br=$( (command -v brotli >/dev/null && brotli -c -q 11 "$f" | wc -c) || echo "n/a")
    echo "| ${f#dist/} | $raw | $gz | $br |"
  done < <(find dist -type f | sort)
  echo "| **total** | **$total_raw** | **$total_gz** | |"
  first=$(find dist -type f ! -path 'dist/vendor/*' -print0 | xargs -0 cat | wc -c)
  first_gz=0
  while IFS= read -r f; do first_gz=$((first_gz + $(gzip -9 -c "$f" | wc -c))); done < <(find dist -type f ! -path 'dist/vendor/*')
  echo
  echo "To first render (everything but \`vendor/\`, since ECharts loads after the first render): $first bytes raw, **$first_gz bytes gzip** (budget 300 KB)."
  echo
  echo "## Native (\`cargo bench --bench estimate\`, criterion)"
  echo
  bench_out=$(cargo bench --bench estimate -- --noplot 2>/dev/null | grep -E '^[a-z_]+|time:|thrpt:' || true)
  echo '```'
  echo "$bench_out"
  echo '```'
  plans=$(grep -ho '"id": "s[0-9]\{3\}-[a-z0-9-]*"' catalog/plans/*.json | wc -l)
  # median of criterion's [low median high] estimate, in seconds, for one pass over every plan
  median=$(echo "$bench_out" | awk '{ for (i = 1; i <= NF; i++) if ($i == "time:") { gsub(/\[|\]/, "");
      v = $(i + 3); u = $(i + 4);
      m = (u=="ns") ? 1e-9 : (u=="µs" || u=="us") ? 1e-6 : (u=="ms") ? 1e-3 : 1; printf "%.12f", v*m; exit } }')
  if [ -n "$median" ]; then
    echo
    awk -v p="$plans" -v t="$median" 'BEGIN { printf "%d plan(s) per scenario: %.0f scenario evaluations per second, %.0f plan estimates per second (target: >= 100,000 scenario evaluations per second).\n", p, 1/t, p/t }'
  fi
  echo
  echo "## URL decoder fuzzing (\`FUZZ_CASES=1000000 cargo test --release --test fuzz_url\`)"
  echo
  fuzz_start=$(date +%s)
  fuzz=$(FUZZ_CASES=1000000 cargo test --release --test fuzz_url 2>&1 | grep -E "test result|panicked" || true)
  echo "\`$fuzz\` — 10⁶ generated query strings per property (structured and raw bytes), $(( $(date +%s) - fuzz_start )) s."
  echo
  echo "## In the browser (\`node tests/bench/browser.mjs\`, headless Chromium, release dist/)"
  echo
  browser_json=$(node tests/bench/browser.mjs 2>/dev/null | tail -1 || true)
  echo '```json'
  echo "$browser_json"
  echo '```'
  echo
  echo "input_to_updated_ms: from the app's \`dc-commit\` mark (the debounced input is written to the URL) to \`dc-updated\` (the frame after every chart option is rebuilt), p50/p95 over 200 changes of the users field; the 250 ms typing debounce comes on top. first_render_ms: navigation start to the comparison's first total in the DOM. Targets: p95 <= 16 ms."
  if [ -f docs/bench-notes.md ]; then
    echo
    cat docs/bench-notes.md
  fi
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
