#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing the URL decoder: arbitrary and mutated query strings never panic, every rejection
//! names its parameter and reason, and a decoded state always re-encodes to itself.
//! Cases: `FUZZ_CASES` (default 3,000 per property in `make test`; `make bench` runs 10⁶).

use deploycalc_core::url::{decode, encode, Param, UrlProblem};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000)
}

fn known_key() -> impl Strategy<Value = String> {
    let keys: Vec<String> = Param::all()
        .into_iter()
        .map(|p| p.key().to_string())
        .collect();
    prop_oneof![
        3 => prop::sample::select(keys),
        1 => "[a-z]{1,3}\\.[a-z0-9-]{1,12}",
        1 => "[a-zA-Z0-9_.%-]{0,8}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?[0-9]{1,12}(\\.[0-9]{1,6})?",
        "[0-9]e[0-9]{1,3}",
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("1,000".to_string()),
        "[a-z0-9,-]{0,20}",
        "\\PC{0,12}",
        Just("<script>alert(1)</script>".to_string()),
        // the decide page's words: drivers, trees, switches
        prop::sample::select(vec![
            "hours", "users", "storage", "egress", "s001", "s004", "custom", "0", "1", "true"
        ])
        .prop_map(String::from),
        // the sizing panel's words: precisions, billing, ids
        prop::sample::select(vec![
            "fp16",
            "bf16",
            "int4",
            "always",
            "zero",
            "llama3-8b",
            "aws-g4dn-xlarge",
            "qwen2.5-72b"
        ])
        .prop_map(String::from),
    ]
}

fn query() -> impl Strategy<Value = String> {
    prop::collection::vec((known_key(), value()), 0..12).prop_map(|pairs| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            s.append_pair(k, v);
        }
        s.finish()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn decoding_never_panics_and_every_issue_says_why(q in query()) {
        let (state, issues) = decode(&q);
        for i in &issues {
            prop_assert!(!i.key.is_empty() || matches!(i.problem, UrlProblem::UnknownKey),
                "{q}: {i:?}");
        }
        let s = &state.scenario;
        for f in deploycalc_core::model::scenario::NumField::ALL {
            let v = s.num(f);
            let (min, max) = f.bounds();
            prop_assert!(v.is_finite() && v >= min && v <= max, "{q}: {} = {v}", f.name());
        }
        // the decide page's inputs resolve within their bounds, under every tree
        for w in deploycalc_core::model::vocab::Workload::ALL {
            let g = state.decide.growth(w);
            prop_assert!(g.start_users >= 1.0 && g.start_users <= 1e9, "{q}: {g:?}");
            prop_assert!(g.growth_pct >= 0.0 && g.growth_pct <= 1000.0, "{q}: {g:?}");
            prop_assert!((1..=120).contains(&g.months), "{q}: {g:?}");
            prop_assert!(g.min_privacy.is_none_or(|p| (1..=5).contains(&p)), "{q}: {g:?}");
        }
        prop_assert!(state.decide.tree != Some(deploycalc_core::model::vocab::Workload::Custom), "{q}");
        // a decoded state is valid, so it survives a round trip unchanged
        let again = encode(&state);
        let (back, issues2) = decode(&again);
        prop_assert!(issues2.is_empty(), "{q} -> {again}: {issues2:?}");
        prop_assert_eq!(back, state);
    }

    #[test]
    fn raw_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let q = String::from_utf8_lossy(&bytes);
        let _ = decode(&q);
    }
}
