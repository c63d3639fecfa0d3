#!/bin/sh
# Trunk's post_build hook (Trunk.toml), after each build of index.html (`make serve`,
# `make dist`, scripts/test.sh), in this order (Trunk runs a stage's hooks concurrently, so
# both steps live in this one hook):
# 1. one bundle per page: the decide and catalog pages' bundles (bundles/*.html: the web
#    package with only that page's cargo feature), each one more Trunk build in the same
#    profile, with the same pinned wasm-bindgen and wasm-opt, offline; their content-hashed
#    glue and wasm are copied beside the compare bundle's, and their names written on the
#    boot.js tag (data-deploycalc-<page>-js / -wasm), where boot.js picks the URL's page's;
# 2. the prerender: the default comparison rendered into the staged index.html
#    (crates/prerender).
# Trunk sets TRUNK_HTML_FILE, TRUNK_STAGING_DIR, TRUNK_PROFILE and TRUNK_PUBLIC_URL.
set -eu

case "$TRUNK_HTML_FILE" in
*/bundles/*.html) exit 0 ;; # a page bundle's own build (step 1 below): nothing to add
esac

stage=$TRUNK_STAGING_DIR
html="$stage/index.html"
base=${TRUNK_PUBLIC_URL:-./}
release=""
[ "$TRUNK_PROFILE" = release ] && release="--release"
# under cargo's target directory, which `trunk serve` does not watch
out="${CARGO_TARGET_DIR:-target}/page-bundles"

for page in decide catalog; do
  dist="$out/$page"
  start=$(date +%s)
  trunk --quiet build $release --dist "$dist" "bundles/$page.html"
  js=$(cd "$dist" && ls deploycalc-*.js)
  wasm=$(cd "$dist" && ls deploycalc-*_bg.wasm)
  cp "$dist/$js" "$dist/$wasm" "$stage/"
  # the names go on the tag that loads boot.js, in front of its other attributes
  sed -i "s#<script \([^>]*data-deploycalc-js=\)#<script data-deploycalc-$page-js=\"$base$js\" data-deploycalc-$page-wasm=\"$base$wasm\" \1#" "$html"
  grep -q "data-deploycalc-$page-wasm=" "$html" || {
    echo "post-build: no boot.js tag in $html for the $page bundle" >&2
    exit 1
  }
  echo "post-build: $page bundle $wasm ($(($(date +%s) - start)) s)"
done

cargo run --quiet --locked --profile prerender -p deploycalc-prerender -- "$html"
