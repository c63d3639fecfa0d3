#!/usr/bin/env bash
# Benchmarks: release file sizes (raw, gzip, brotli: scripts/sizes.mjs), native criterion
# timings, URL fuzzing, in-browser timings and Lighthouse (tests/bench/). Writes the figures,
# with the commands that made them, into BENCHMARKS.md. Called by `make bench` (after setup).
set -euo pipefail
cd "$(dirname "$0")/.."
bench_start=$(date +%s)
trunk build --release >/dev/null 2>&1 || trunk build --release

# fuzz_section TITLE FILTER WHAT: one Markdown section, 10⁶ cases of the native tests FILTER
fuzz_section() {
  local cmd="FUZZ_CASES=1000000 cargo test --release -p deploycalc-core --test it $2"
  echo "## $1 fuzzing (\`$cmd\`)"
  echo
  local start result
  start=$(date +%s)
  result=$(FUZZ_CASES=1000000 cargo test --release -p deploycalc-core --test it "$2" 2>&1 | grep -E "test result|panicked" || true)
  echo "\`$result\` — $3, $(( $(date +%s) - start )) s."
  echo
}

out=BENCHMARKS.md
{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` (scripts/bench.sh) on $(date -u +%Y-%m-%d), $(nproc) cores, $(rustc --version)."
  echo "Budgets are in ../shared/design.md. Do not edit by hand: run \`make bench\`."
  echo
  echo "## Release files (\`trunk build --release\`, then \`node scripts/sizes.mjs dist node_modules/echarts/dist/echarts.min.js\`)"
  echo
  echo "gzip -9 (the gzip binary) and brotli quality 11 (node's zlib), as a CDN would serve them. ECharts is the custom build (bar, line, radar and the components the charts use) from \`scripts/build-echarts.mjs\` (esbuild), loaded after the first render. One bundle per page: each page (and its embed) loads its own wasm and glue, the last table."
  echo
  node scripts/sizes.mjs dist node_modules/echarts/dist/echarts.min.js
  echo
  echo "## Native (\`cargo bench -p deploycalc-core --bench estimate -- --noplot\`, criterion)"
  echo
  bench_raw=$(cargo bench -p deploycalc-core --bench estimate -- --noplot 2>/dev/null || true)
  bench_out=$(echo "$bench_raw" | grep -E '^[a-z_0-9]+|time:|thrpt:' || true)
  echo '```'
  echo "$bench_out"
  echo '```'
  echo
  plans=$(grep -ho '"id": "s[0-9]\{3\}-[a-z0-9-]*"' catalog/plans/*.json | wc -l)
  s000_plans=$(grep -o '"id": "s000-[a-z0-9-]*"' catalog/plans/s000.json | wc -l)
  # one line per bench: its name and the median of criterion's [low median high], in seconds
  # (a long name stands alone on its line and "time:" follows on the next)
  medians=$(echo "$bench_out" | awk '
    /^[a-z_0-9]+/ { name = $1 }
    /time:/ { for (i = 1; i <= NF; i++) if ($i == "time:") { gsub(/\[|\]/, "");
        v = $(i + 3); u = $(i + 4);
        m = (u == "ns") ? 1e-9 : (u == "µs" || u == "us") ? 1e-6 : (u == "ms") ? 1e-3 : 1;
        printf "%s %.12f\n", name, v * m } }')
  echo "| bench | one evaluation is | median | evaluations per second | estimates per second |"
  echo "|---|---|---:|---:|---:|"
  while read -r name secs; do
    [ -n "$name" ] || continue
    case "$name" in
      estimate_all_plans) what="every plan ($plans) estimated for one scenario"; per=$plans ;;
      compare_s003) what="the comparison of one workload (estimates, audits, badges)"; per="" ;;
      cost_curves_s000_24_points) what="the cost-vs-driver curves, 24 points, with their crossings"; per="" ;;
      break_even_s000_users) what="one exact break-even search (seed 000's EC2 GPU vs remote API along the users, steps included)"; per="" ;;
      growth_s000_24_months) what="one 24-month growth timeline (seed 000's $s000_plans plans each month, path and totals)"; per=$((24 * s000_plans)) ;;
      sizing_llama3_8b_g4dn) what="one sizing (Llama 3 8B INT4 on a g4dn.xlarge for seed 000's traffic: memory fit, split, batch, replicas, instances, cost)"; per="" ;;
      *) what=""; per="" ;;
    esac
    awk -v n="$name" -v w="$what" -v t="$secs" -v p="$per" '
      function group(x,   s, r) { s = sprintf("%.0f", x); r = "";
        while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }
        return s r }
      BEGIN {
        med = (t >= 1e-3) ? sprintf("%.3f ms", t * 1e3) : sprintf("%.2f µs", t * 1e6);
        est = (p == "") ? "" : group(p / t);
        printf "| %s | %s | %s | %s | %s |\n", n, w, med, group(1 / t), est }'
  done <<< "$medians"
  echo
  echo "Target: >= 100,000 native evaluations per second (one evaluation = one plan estimate for one scenario; see docs/bench-notes.md for the others)."
  echo
  fuzz_section "URL decoder" fuzz_url "10⁶ generated query strings per property (structured and raw bytes)"
  fuzz_section "Custom-prices importer" fuzz_overrides "10⁶ cases per property (generated valid and invalid files checked against a model, mutations of the committed corpus in \`tests/corpus/overrides/\`, random bytes, deep nesting; the 70 KB-file property runs 10⁴)"
  fuzz_section "Data-file loader" data_file "10⁶ small files of any names and any JSON, mutated; 10⁴ mutations of the whole 357 KB data file, each validated in full (the loader the web app runs on \`data-<sha256>.json\`)"
  echo "## In the browser (\`node tests/bench/browser.mjs\`, headless Chromium, release dist/)"
  echo
  browser_json=$(node tests/bench/browser.mjs 2>/tmp/bench-browser.err | tail -1 || true)
  [ -n "$browser_json" ] || browser_json="failed: $(grep -m1 -E 'Error|error' /tmp/bench-browser.err || tail -1 /tmp/bench-browser.err)"
  echo '```json'
  echo "$browser_json"
  echo '```'
  echo
  echo "input_to_updated_ms: from the app's \`dc-commit\` mark (the debounced input is written to the URL) to \`dc-updated\` (the next animation frame after everything that reacts to the change in the same task has run: the form, the totals and plan columns, the share bar, and the sections below the first screen while they are near it; away from the screen the charts, breakdowns and sizing panel follow in the next idle moment, see src/ui/pages/compare/lagging.rs), p50/p95 over 200 changes of the users field, in a 1280×900 window at the top of the page (\`input_to_updated_ms\`) and in a 1280×4000 one where all four charts and the sections below are on screen (\`input_to_updated_all_charts_ms\`): the sections update in that task, and the charts on screen redraw with ECharts in a task after that frame (since 2026-12-05, session 10); \`charts_redrawn\` is \`dc-commit\` to the last \`dc-chart-drawn\` mark, over the changes that redrew a chart. The 250 ms typing debounce comes on top. The harness looks for the marks every \`floor_ms.polling_ms\` ms, so that it draws no frames itself: \`floor_ms.interval\` is the same measurement of a no-op change (a timer that changes one attribute). \`input_to_updated_raf_polled_ms\` waits with Playwright's default requestAnimationFrame polling, as runs before 2026-12-05 did: the page then draws a frame every 16.7 ms while the harness waits, and a no-op change measures \`floor_ms.raf\` there. \`work_p50\`/\`work_p95\`: from \`dc-commit\` to \`dc-idle\`, the first task after that work (a frame drawn in between counts). first_render_ms: navigation start to the comparison's first total in the DOM. Targets: p95 <= 16 ms."
  echo
  echo "## Lighthouse (\`node tests/bench/lighthouse.mjs\`: lighthouse $(node -p 'require("./node_modules/lighthouse/package.json").version'), $(/usr/bin/chromium --version 2>/dev/null | head -1), dist/ served with gzip and its _headers)"
  echo
  echo "Mobile is Lighthouse's default preset (simulated slow 4G, 4× CPU slowdown); desktop its desktop preset. Scores out of 100; targets: performance >= 95, accessibility >= 95. Full reports: target/lighthouse/*.json."
  echo
  node tests/bench/lighthouse.mjs 2>/tmp/bench-lighthouse.err || echo "(lighthouse failed: run \`node tests/bench/lighthouse.mjs\` to see why)"
  echo
  echo "The whole \`make bench\` took $(( $(date +%s) - bench_start )) s."
  if [ -f docs/bench-notes.md ]; then
    echo
    cat docs/bench-notes.md
  fi
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
