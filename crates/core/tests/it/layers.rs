//! The layer rule as a checked fact: the engine crate never depends, directly or through
//! another crate, on the browser or UI stack.
//!
//! - `cargo metadata` gives core's declared dependencies (names and features asked for).
//! - `cargo tree -p deploycalc-core` gives the crates it really pulls in on every target, with
//!   features resolved for core alone (the workspace-wide resolve in `cargo metadata` mixes in
//!   the web package's `charming/wasm`, which core never asks for).

use serde_json::Value;
use std::process::Command;

/// Crates (and crate-name prefixes) that only the web package may use.
const FORBIDDEN: [&str; 5] = ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

fn forbidden(name: &str) -> bool {
    FORBIDDEN.iter().any(|f| {
        name == *f || name.starts_with(&format!("{f}-")) || name.starts_with(&format!("{f}_"))
    })
}

fn cargo(args: &[&str]) -> String {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo");
    assert!(
        out.status.success(),
        "cargo {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// `(name, kind, features)` of every dependency `package` declares.
fn declared(package: &str) -> Vec<(String, Option<String>, Vec<String>)> {
    let meta: Value =
        serde_json::from_str(&cargo(&["metadata", "--format-version", "1", "--no-deps"]))
            .expect("cargo metadata prints JSON");
    let pkg = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == package)
        .unwrap_or_else(|| panic!("no package {package} in the workspace"));
    pkg["dependencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let features = d["features"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap().to_string())
                .collect();
            (
                d["name"].as_str().unwrap().to_string(),
                d["kind"].as_str().map(str::to_string),
                features,
            )
        })
        .collect()
}

/// Names of every crate in `package`'s normal and build dependency tree, on all targets.
fn pulled_in(package: &str) -> Vec<String> {
    cargo(&[
        "tree",
        "-p",
        package,
        "-e",
        "normal,build",
        "--target",
        "all",
        "--prefix",
        "none",
        "-f",
        "{p}",
    ])
    .lines()
    .filter_map(|l| l.split_whitespace().next())
    .map(str::to_string)
    .collect()
}

#[test]
fn core_declares_no_browser_or_ui_dependency() {
    let deps = declared("deploycalc-core");
    assert!(
        deps.iter().any(|(n, _, _)| n == "serde_json"),
        "core's declared dependencies: {deps:?}"
    );
    for (name, kind, features) in &deps {
        assert!(
            !forbidden(name),
            "deploycalc-core declares {name} ({kind:?}); it must stay pure Rust"
        );
        assert!(
            !(name == "charming" && features.iter().any(|f| f == "wasm")),
            "deploycalc-core asks for charming's wasm feature; only the web package may"
        );
    }
}

#[test]
fn core_pulls_in_no_browser_or_ui_crate_on_any_target() {
    let core = pulled_in("deploycalc-core");
    assert!(
        core.iter().any(|n| n == "charming"),
        "cargo tree of core: {core:?}"
    );
    let bad: Vec<&String> = core.iter().filter(|n| forbidden(n)).collect();
    assert!(
        bad.is_empty(),
        "deploycalc-core pulls in {bad:?} (`cargo tree -p deploycalc-core -i <name>` shows how)"
    );
}

#[test]
fn the_same_check_sees_the_browser_stack_in_the_web_package() {
    // Proves the two checks above can fail: the web package does reach these crates.
    let web = pulled_in("deploycalc");
    for name in [
        "leptos",
        "web-sys",
        "js-sys",
        "wasm-bindgen",
        "deploycalc-core",
    ] {
        assert!(
            web.iter().any(|n| n == name),
            "the web package should pull in {name}"
        );
    }
    assert!(declared("deploycalc").iter().any(|(n, _, _)| forbidden(n)));
}
