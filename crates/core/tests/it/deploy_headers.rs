//! The two header files must say the same thing: `public/_headers` (Netlify, Cloudflare
//! Pages; the E2E suite serves dist/ with it) and `customHttp.yml` (AWS Amplify Hosting,
//! which the suite cannot run). Both are parsed here by their own simple line formats and
//! compared rule by rule, so that what the E2E suite proves about `_headers` holds for
//! Amplify too. `amplify.yml` is checked for what the README says it does.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

type Rules = BTreeMap<String, BTreeMap<String, String>>;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `_headers`: a path line at column 0, then indented `Name: value` lines.
fn parse_headers(text: &str) -> Rules {
    let mut rules = Rules::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(' ') {
            current = Some(line.trim().to_string());
            rules.entry(line.trim().to_string()).or_default();
            continue;
        }
        let path = current.clone().expect("a header line before any path");
        let (name, value) = line.trim().split_once(": ").expect("Name: value");
        let old = rules
            .get_mut(&path)
            .unwrap()
            .insert(name.to_string(), value.to_string());
        assert!(old.is_none(), "_headers repeats {name} for {path}");
    }
    rules
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    for q in ['\'', '"'] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    s.to_string()
}

/// `customHttp.yml`: `- pattern: '...'` then pairs of `- key: '...'` / `value: ...` lines.
/// Amplify's glob `**/*` means every path; written as `/*` in `_headers`.
fn parse_custom_http(text: &str) -> Rules {
    let mut rules = Rules::new();
    let mut pattern: Option<String> = None;
    let mut key: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with('#') || t.is_empty() {
            continue;
        }
        if let Some(p) = t.strip_prefix("- pattern:") {
            let p = unquote(p);
            let p = match p.strip_prefix("**/") {
                Some(rest) => format!("/{rest}"),
                None => p,
            };
            rules.entry(p.clone()).or_default();
            pattern = Some(p);
        } else if let Some(k) = t.strip_prefix("- key:") {
            key = Some(unquote(k));
        } else if let Some(v) = t.strip_prefix("value:") {
            let p = pattern.clone().expect("a pattern before its headers");
            let k = key.take().expect("a key before its value");
            let old = rules.get_mut(&p).unwrap().insert(k.clone(), unquote(v));
            assert!(old.is_none(), "customHttp.yml repeats {k} for {p}");
        }
    }
    rules
}

#[test]
fn amplify_headers_are_the_headers_the_e2e_suite_serves() {
    let netlify = parse_headers(&read("public/_headers"));
    let amplify = parse_custom_http(&read("customHttp.yml"));
    // Sanity: the parsers found the rules the README's table lists.
    for path in [
        "/*",
        "/",
        "/index.html",
        "/boot.js",
        "/deploycalc-*",
        "/*.css",
    ] {
        assert!(
            netlify.contains_key(path),
            "_headers has no rule for {path}"
        );
    }
    assert_eq!(
        netlify.keys().collect::<Vec<_>>(),
        amplify.keys().collect::<Vec<_>>(),
        "the two files cover different paths"
    );
    for (path, headers) in &netlify {
        assert_eq!(headers, &amplify[path], "headers for {path} differ");
    }
}

#[test]
fn the_policy_forbids_inline_scripts_and_eval_and_long_caches_hashed_files() {
    let rules = parse_headers(&read("public/_headers"));
    let csp = &rules["/*"]["Content-Security-Policy"];
    let script_src = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src "))
        .expect("a script-src directive");
    assert_eq!(script_src, "script-src 'self' 'wasm-unsafe-eval'");
    assert!(!csp.contains("'unsafe-eval'"));
    assert!(csp.contains("connect-src 'self'"));
    assert!(csp.contains("frame-ancestors "));
    assert_eq!(rules["/index.html"]["Cache-Control"], "no-cache");
    assert_eq!(rules["/"]["Cache-Control"], "no-cache");
    assert_eq!(
        rules["/deploycalc-*"]["Cache-Control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        !rules["/*"].contains_key("X-Frame-Options"),
        "X-Frame-Options would forbid embedding everywhere (README)"
    );
}

#[test]
fn amplify_build_runs_the_repositorys_own_setup_and_publishes_dist() {
    let spec = read("amplify.yml");
    let commands: Vec<&str> = spec
        .lines()
        .map(str::trim)
        .filter_map(|l| l.strip_prefix("- "))
        .collect();
    assert!(commands.contains(&"make dist"), "{commands:?}");
    assert!(spec.contains("baseDirectory: dist"));
    // `make dist` is the Makefile target that runs scripts/setup.sh, then the release build.
    let makefile = read("Makefile");
    let dist_rule = makefile
        .split("\ndist:")
        .nth(1)
        .expect("a dist target")
        .lines()
        .take(2)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(dist_rule.contains("setup"), "{dist_rule}");
    assert!(dist_rule.contains("trunk build --release"), "{dist_rule}");
}
