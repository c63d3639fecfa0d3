#!/usr/bin/env bash
# make catalog: the catalog's LLM, speech and embedding prices from LiteLLM's price map.
#   1. pip downloads the one pinned LiteLLM wheel (no dependencies, binary only, fixed
#      platform, so that every machine fetches the same file) into target/litellm-VERSION/;
#   2. checks its sha256 against the hash below;
#   3. unzips the map (model_prices_and_context_window_backup.json) with Python's zipfile.
#      The package is never installed nor imported: only its JSON file is read (LiteLLM 1.107.0
#      was a compromised release on PyPI; see shared/reviews/catalog-audit-2026-12.md);
#   4. runs crates/catalog-import, which validates the whole catalog with the new records and
#      stops at any price that moved more than 50 % unless confirmed, then writes
#      catalog/prices/llm-litellm.json and the fixture excerpt the drift test reads.
# Nothing else is downloaded. Arguments go to the importer, e.g.
#   make catalog ARGS="--confirm perplexity-mistral-7b-instruct"   or   CATALOG_CONFIRM=id1,id2
# To move to another LiteLLM release: change VERSION, WHEEL and SHA256 here (the sha256 from
# PyPI's simple index, https://pypi.org/simple/litellm/), and litellm_version / released /
# released_how in catalog/sources/litellm-selection.json; run, review, commit.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=1.110.2
WHEEL=litellm-1.110.2-cp310-abi3-manylinux_2_28_x86_64.whl
SHA256=9d94d1c7d524b6fd10c14f9c8c6c4f0ac31705f9964ac59dcfd8337c046d8917
MEMBER=litellm/model_prices_and_context_window_backup.json

dir=target/litellm-$VERSION
mkdir -p "$dir"
if ! echo "$SHA256  $dir/$WHEEL" | sha256sum --check --status 2>/dev/null; then
  rm -f "$dir/$WHEEL"
  python3 -m pip download --quiet --no-deps --only-binary=:all: \
    --platform manylinux_2_28_x86_64 --python-version 3.10 --implementation cp --abi abi3 \
    --dest "$dir" "litellm==$VERSION"
fi
if ! echo "$SHA256  $dir/$WHEEL" | sha256sum --check --status; then
  echo "!! $dir/$WHEEL does not have the pinned sha256 $SHA256; nothing imported" >&2
  exit 1
fi
echo "== $WHEEL: sha256 $SHA256 (pinned)"
python3 - "$dir/$WHEEL" "$MEMBER" "$dir/model_prices_and_context_window_backup.json" <<'PY'
import sys, zipfile
wheel, member, out = sys.argv[1:]
with zipfile.ZipFile(wheel) as z, open(out, "wb") as f:
    f.write(z.read(member))
PY
cargo run --quiet --locked -p deploycalc-catalog-import -- \
  --map "$dir/model_prices_and_context_window_backup.json" \
  --write-excerpt "catalog/sources/litellm-$VERSION-excerpt.json" "$@"
