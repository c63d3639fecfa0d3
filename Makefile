# DeployCalc — the README's two commands are `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve dist test bench catalog clean

setup:
	@scripts/setup.sh

## Build and serve the app on http://127.0.0.1:8080 (default scenario: seed 000's voice AI app)
serve: setup
	trunk serve --release

## Release build into dist/
dist: setup
	trunk build --release

## Everything CI runs: fmt, clippy (host + wasm), native tests, browser tests, release build, E2E
test: setup
	@scripts/test.sh

## Benchmarks: native criterion, file sizes; writes BENCHMARKS.md
bench: setup
	@scripts/bench.sh

## LLM, speech and embedding prices from the pinned LiteLLM wheel's price map (not part of test);
## ARGS="--confirm id1,id2" confirms prices that moved more than 50 %
catalog:
	@scripts/catalog.sh $(ARGS)

clean:
	cargo clean
	rm -rf dist target/e2e
