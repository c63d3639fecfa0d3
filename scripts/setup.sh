#!/usr/bin/env bash
# Installs what DeployCalc needs to build, serve and test, and skips what is already there.
# Everything comes from the package registries (rustup, crates.io, npm, Debian); nothing else
# is downloaded, and Trunk is pinned to the binaries installed here (see Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14" # builds with stable Rust >= 1.81 (0.22 needs >= 1.96.1)
log() { printf '[setup] %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

# 1. Rust: wasm target and the linters
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    log "adding rustup component $c"
    rustup component add "$c"
  fi
done

# 2. Debian: Chromium + its driver (browser tests), CJK fonts (screenshots of the zh page)
apt_need=()
[ -x /usr/bin/chromium ] || apt_need+=(chromium)
[ -x /usr/bin/chromedriver ] || apt_need+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || apt_need+=(fonts-noto-cjk)
if [ ${#apt_need[@]} -gt 0 ]; then
  log "apt-get install ${apt_need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_need[@]}" >/dev/null
fi

# 3. npm: ECharts 5.5.1, esbuild (its binary is the registry's @esbuild/linux-x64), binaryen 132
#    (wasm-opt), playwright-core, lighthouse + chrome-launcher (make bench)
stamp="node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 3b. the custom ECharts build (only the charts and components used) that index.html copies
#     into dist/vendor/; rebuilt when the script or the installed ECharts is newer
bundle="vendor-build/echarts.min.js"
if [ ! -f "$bundle" ] || [ scripts/build-echarts.mjs -nt "$bundle" ] ||
  [ node_modules/echarts/package.json -nt "$bundle" ]; then
  log "building $bundle (esbuild)"
  node scripts/build-echarts.mjs
fi

# 4. Trunk, pinned
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  log "cargo install trunk $TRUNK_VERSION (takes a while on 2 cores)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

# 5. wasm-bindgen-cli at exactly the version in Cargo.lock
wbg=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ -z "$wbg" ]; then echo "[setup] cannot read wasm-bindgen's version from Cargo.lock" >&2; exit 1; fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg\$"; then
  log "cargo install wasm-bindgen-cli $wbg"
  # no --locked: the registry lacks a version its lock file names (see ../shared/toolchain.md)
  cargo install wasm-bindgen-cli --version "=$wbg"
fi

# 6. crates, so that Trunk's offline build finds them
cargo fetch --quiet
log "ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version | cut -d' ' -f1-3)"
