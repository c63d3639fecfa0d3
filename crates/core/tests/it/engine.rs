//! The engine's drivers and scenario options, on small plans written here (so the numbers do
//! not move when a seed's plan is edited) and on seed 000's GPU plan. Every expected figure is
//! worked out by hand in the comment beside it.

use crate::common::{assert_range, catalog, close, est, line};
use deploycalc_core::engine::estimate::{estimate, CapacityStatus, Estimate, LineState, Meets};
use deploycalc_core::engine::purchase::{parse_rules, rules, Adjustment};
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{Lang, PurchaseOption, Region, Workload};
use deploycalc_core::url::{decode, encode, Page, UrlState};

/// A plan with the given lines (JSON array), for testing the engine alone.
fn plan(lines: &str) -> Plan {
    let json = format!(
        r#"{{"id":"t-plan","seed":"000","workload":"custom","name":{{"zh":"测","en":"t"}},
            "summary":{{"zh":"测","en":"t"}},"lines":{lines}}}"#
    );
    serde_json::from_str(&json).expect("test plan parses")
}

fn run(p: &Plan, s: &Scenario) -> Estimate {
    estimate(p, s, catalog())
}

const G4DN_ALWAYS: &str = r#"[{"label":{"zh":"g","en":"g"},"price":"aws-ec2-g4dn-xlarge","quantity":{"kind":"always_on","count":1}}]"#;

#[test]
fn peak_51_on_a_50_user_gpu_box_needs_two_boxes() {
    let at = |peak: f64| {
        est(
            "s000-ec2-gpu",
            &Scenario {
                peak_concurrency: peak,
                // the seed's 50 users per box is this test's subject
                ..crate::common::seed_counts(Workload::S000)
            },
        )
    };
    // 50 users: one box, 0.526 × 730 = 383.98
    assert_range(line(&at(50.0), 0), 383.98, 383.98);
    // 51 users: ⌈51 / 50⌉ = 2 boxes, 2 × 383.98 = 767.96
    assert_range(line(&at(51.0), 0), 767.96, 767.96);
    let cap = at(51.0).capacity.expect("capacity");
    assert_eq!(cap.needed_units, 2.0);
    assert_eq!(cap.status, CapacityStatus::Ok, "the plan scales its boxes");
}

#[test]
fn a_plan_that_cannot_scale_warns_above_its_capacity() {
    let s = Scenario {
        peak_concurrency: 3.0,
        ..Scenario::default()
    };
    let cap = est("s000-local", &s).capacity.expect("capacity");
    // seed 000: local development serves 1 user
    assert_eq!(cap.status, CapacityStatus::CannotScale { max_users: 1.0 });
}

#[test]
fn gpu_hours_per_day_drive_gpu_lines() {
    let p = plan(
        r#"[{"label":{"zh":"g","en":"g"},"price":"aws-ec2-g4dn-xlarge","quantity":{"kind":"gpu_hours","count":1}}]"#,
    );
    let at = |h: f64| {
        run(
            &p,
            &Scenario {
                gpu_hours_per_day: h,
                ..Scenario::default()
            },
        )
    };
    // 8 h/day: 0.526 × 730 × 8/24 = 127.9933… (the seed's "≈ 0.526 × 8 × 30" = 126.24)
    assert_range(
        line(&at(8.0), 0),
        0.526 * 730.0 * 8.0 / 24.0,
        0.526 * 730.0 * 8.0 / 24.0,
    );
    assert!(close(line(&at(8.0), 0).high, 127.993_333));
    // 24 h/day equals always on: 383.98
    assert_range(line(&at(24.0), 0), 383.98, 383.98);
    assert_range(line(&at(0.0), 0), 0.0, 0.0);
}

#[test]
fn purchase_options_use_the_records_own_price_or_the_seed_rule() {
    let p = plan(G4DN_ALWAYS);
    let with = |po: PurchaseOption| {
        run(
            &p,
            &Scenario {
                purchase_option: po,
                ..Scenario::default()
            },
        )
    };
    // reserved 1 yr: the record's own sourced price 0.331 × 730 = 241.63
    let r1 = with(PurchaseOption::Reserved1y);
    assert_range(line(&r1, 0), 241.63, 241.63);
    assert_eq!(
        r1.lines[0].adjustments,
        vec![Adjustment::Purchase {
            option: PurchaseOption::Reserved1y,
            sourced: true
        }]
    );
    // savings plan: seed 003's 20–30 % off: 0.526 × 0.7 × 730 = 268.786, × 0.8 = 307.184
    assert_range(
        line(&with(PurchaseOption::SavingsPlan1y), 0),
        268.786,
        307.184,
    );
    // 3-yr reserved: 40 % off: 0.526 × 0.6 × 730 = 230.388
    assert_range(line(&with(PurchaseOption::Reserved3y), 0), 230.388, 230.388);
}

#[test]
fn purchase_options_leave_storage_and_apis_alone() {
    let p = plan(
        r#"[{"label":{"zh":"s","en":"s"},"price":"aws-s3-standard","quantity":{"kind":"per_driver","driver":"storage_gb","factor":1}},
            {"label":{"zh":"w","en":"w"},"price":"openai-whisper-1","quantity":{"kind":"per_driver","driver":"conversation_minutes","factor":1}}]"#,
    );
    let s = Scenario {
        purchase_option: PurchaseOption::Reserved3y,
        spot_share: 100.0,
        ..Scenario::default()
    };
    let e = run(&p, &s);
    // S3: 50 GB × 0.023 = 1.15 ; whisper: 6,000 min × 0.006 = 36
    assert_range(line(&e, 0), 1.15, 1.15);
    assert_range(line(&e, 1), 36.0, 36.0);
    assert!(e.lines.iter().all(|l| l.adjustments.is_empty()));
}

#[test]
fn spot_share_blends_gpu_hours() {
    let p = plan(G4DN_ALWAYS);
    let s = Scenario {
        spot_share: 50.0,
        ..Scenario::default()
    };
    // half on demand (0.263) + half at 60–70 % off (0.526 × 0.3…0.4 = 0.1578…0.2104, halved
    // 0.0789…0.1052): 0.3419…0.3682 per hour × 730 = 249.587…268.786
    assert_range(line(&run(&p, &s), 0), 249.587, 268.786);
}

#[test]
fn cached_input_share_bills_input_tokens_with_a_cached_price_at_that_price() {
    let p = plan(
        r#"[{"label":{"zh":"i","en":"i"},"price":"openai-gpt-4o-mini-input","quantity":{"kind":"per_driver","driver":"llm_input_mtokens","factor":1}},
            {"label":{"zh":"o","en":"o"},"price":"openai-gpt-4o-mini-output","quantity":{"kind":"per_driver","driver":"llm_output_mtokens","factor":1}},
            {"label":{"zh":"q","en":"q"},"price":"dashscope-qwen-max-input","quantity":{"kind":"per_driver","driver":"llm_input_mtokens","factor":1}}]"#,
    );
    // seed 000's defaults: 100 h × 60 min × 4 turns = 24,000 turns; × 500 input tokens = 12 M,
    // × 150 output tokens = 3.6 M
    let mut s = Scenario::default();
    let e = run(&p, &s);
    // no cache: 12 × 0.15 = 1.80; 3.6 × 0.60 = 2.16; 12 × 1.6 = 19.2
    assert_range(line(&e, 0), 1.8, 1.8);
    assert_range(line(&e, 1), 2.16, 2.16);
    assert_range(line(&e, 2), 19.2, 19.2);
    s.cached_input_share = 40.0;
    let e = run(&p, &s);
    // 60 % at 0.15 and 40 % at the cached 0.075: 0.09 + 0.03 = 0.12 per 1M; × 12 = 1.44
    assert_range(line(&e, 0), 1.44, 1.44);
    assert_eq!(
        e.lines[0].adjustments,
        vec![Adjustment::CachedInput {
            share_percent: 40.0
        }]
    );
    // output tokens have no cached price, nor has qwen-max's input: unchanged, no adjustment
    assert_range(line(&e, 1), 2.16, 2.16);
    assert_range(line(&e, 2), 19.2, 19.2);
    assert!(e.lines[1].adjustments.is_empty() && e.lines[2].adjustments.is_empty());
    // a provider discount applies to the blended price: 0.12 × 0.9 × 12 = 1.296
    s.discounts.insert("openai".into(), 10.0);
    assert_range(line(&run(&p, &s), 0), 1.296, 1.296);
    // an override is what the team pays, cache or not: 0.1 × 12 = 1.2
    s.overrides.insert("openai-gpt-4o-mini-input".into(), 0.1);
    let e = run(&p, &s);
    assert_range(line(&e, 0), 1.2, 1.2);
    assert_eq!(e.lines[0].adjustments, vec![Adjustment::Override]);
}

#[test]
fn the_batch_api_prices_llm_tokens_that_have_a_batch_price_and_leaves_instances_alone() {
    let p = plan(
        r#"[{"label":{"zh":"i","en":"i"},"price":"openai-gpt-4o-mini-input","quantity":{"kind":"per_driver","driver":"llm_input_mtokens","factor":1}},
            {"label":{"zh":"o","en":"o"},"price":"openai-gpt-4o-mini-output","quantity":{"kind":"per_driver","driver":"llm_output_mtokens","factor":1}},
            {"label":{"zh":"q","en":"q"},"price":"dashscope-qwen-max-input","quantity":{"kind":"per_driver","driver":"llm_input_mtokens","factor":1}},
            {"label":{"zh":"g","en":"g"},"price":"aws-ec2-g4dn-xlarge","quantity":{"kind":"always_on","count":1}}]"#,
    );
    let mut s = Scenario {
        purchase_option: PurchaseOption::Batch,
        ..Scenario::default()
    };
    let e = run(&p, &s);
    // gpt-4o-mini's batch prices (LiteLLM 1.110.2): 0.075 in, 0.30 out per 1M;
    // 12 M × 0.075 = 0.90 and 3.6 M × 0.30 = 1.08
    assert_range(line(&e, 0), 0.9, 0.9);
    assert_range(line(&e, 1), 1.08, 1.08);
    let batch = Adjustment::Purchase {
        option: PurchaseOption::Batch,
        sourced: true,
    };
    assert_eq!(e.lines[0].adjustments, vec![batch.clone()]);
    assert_eq!(e.lines[1].adjustments, vec![batch]);
    // qwen-max lists no batch price: 12 × 1.6 = 19.2, as on demand
    assert_range(line(&e, 2), 19.2, 19.2);
    // the GPU box stays on demand, without a "not priced" note: 0.526 × 730 = 383.98
    assert_range(line(&e, 3), 383.98, 383.98);
    assert!(e.lines[2].adjustments.is_empty() && e.lines[3].adjustments.is_empty());
    // with a cache share as well, batched tokens keep the batch price (its own cache price is
    // not in the catalog), while qwen-max has no cached price either: both unchanged
    s.cached_input_share = 40.0;
    let e = run(&p, &s);
    assert_range(line(&e, 0), 0.9, 0.9);
    assert_range(line(&e, 2), 19.2, 19.2);
    assert_eq!(e.lines[0].adjustments.len(), 1);
}

#[test]
fn provider_discounts_and_overrides() {
    let p = plan(G4DN_ALWAYS);
    let mut s = Scenario::default();
    s.discounts.insert("aws".into(), 10.0);
    // 0.526 × 0.9 × 730 = 345.582
    assert_range(line(&run(&p, &s), 0), 345.582, 345.582);
    s.discounts.insert("gcp".into(), 50.0);
    assert_range(line(&run(&p, &s), 0), 345.582, 345.582);
    // an override is what the team pays: 0.4 × 730 = 292, no further discount
    s.overrides.insert("aws-ec2-g4dn-xlarge".into(), 0.4);
    let e = run(&p, &s);
    assert_range(line(&e, 0), 292.0, 292.0);
    assert_eq!(e.lines[0].adjustments, vec![Adjustment::Override]);
}

#[test]
fn an_override_gives_an_unknown_price_a_value() {
    let p = plan(
        r#"[{"label":{"zh":"e","en":"e"},"price":"alibaba-ecs-2c2g","quantity":{"kind":"always_on","count":1}}]"#,
    );
    let e = run(&p, &Scenario::default());
    assert!(e.is_lower_bound(), "price unknown: the total is 'at least'");
    assert_eq!(e.lines[0].subtotal, None);
    let mut s = Scenario::default();
    s.overrides.insert("alibaba-ecs-2c2g".into(), 99.0);
    let e = run(&p, &s);
    assert!(!e.is_lower_bound());
    // ¥99 a month; in USD at 6.7686: 99 / 6.7686 = 14.6264…
    assert_range(e.monthly_cny, 99.0, 99.0);
    assert!(close(e.monthly_usd.low, 99.0 / 6.7686));
}

#[test]
fn optional_and_owned_components() {
    let p = plan(
        r#"[{"label":{"zh":"l","en":"l"},"price":"tencent-lighthouse-2c2g-50gb","quantity":{"kind":"always_on","count":1}},
            {"label":{"zh":"q","en":"q"},"price":"tencent-qdrant-server-seed001","quantity":{"kind":"always_on","count":1},
             "component":{"key":"t-qdrant","kind":"optional","default_on":false,"label":{"zh":"q","en":"q"}}},
            {"label":{"zh":"o","en":"o"},"price":"tencent-lighthouse-2c2g-50gb","quantity":{"kind":"always_on","count":1},
             "component":{"key":"t-owned","kind":"owned","default_on":true,"label":{"zh":"o","en":"o"}}}]"#,
    );
    let e = run(&p, &Scenario::default());
    // ¥60 Lighthouse; Qdrant off; the owned box costs nothing
    assert_range(e.monthly_cny, 60.0, 60.0);
    assert_eq!(e.lines[1].state, LineState::Excluded);
    assert_eq!(e.lines[2].state, LineState::Owned);
    let mut s = Scenario::default();
    s.components.insert("t-qdrant".into(), true);
    s.components.insert("t-owned".into(), false);
    // 60 + 60 (Qdrant: the same Lighthouse bundle) + 60 (no longer owned) = 180
    assert_range(run(&p, &s).monthly_cny, 180.0, 180.0);
}

#[test]
fn fx_converts_cny_lines_at_the_scenario_rate() {
    let p = plan(
        r#"[{"label":{"zh":"l","en":"l"},"price":"tencent-lighthouse-2c2g-50gb","quantity":{"kind":"always_on","count":2}}]"#,
    );
    let at = |fx: f64| {
        run(
            &p,
            &Scenario {
                fx_rate: fx,
                ..Scenario::default()
            },
        )
    };
    // 2 × ¥60 = ¥120 ; at 7.2: $16.666… ; at 6.7686: $17.7289…
    assert_range(at(7.2).monthly_cny, 120.0, 120.0);
    assert!(close(at(7.2).monthly_usd.low, 120.0 / 7.2));
    assert!(close(at(6.7686).monthly_usd.high, 17.728_925));
}

#[test]
fn latency_sums_stages_and_compares_with_the_target() {
    let e = est("s000-ec2-gpu", &Scenario::default());
    let l = e.latency.expect("latency");
    // seed 000: ASR 100 + LLM 500 + TTS 200 = 800 ms; the seed's own end to end says 1 s
    assert_eq!((l.total_ms.low, l.total_ms.high), (800.0, 800.0));
    assert_eq!(l.stated_ms.map(|r| r.low), Some(1000.0));
    assert_eq!(l.meets, Meets::Yes, "target 2,000 ms");
    let s = Scenario {
        latency_target_ms: 500.0,
        ..Scenario::default()
    };
    assert_eq!(est("s000-ec2-gpu", &s).latency.unwrap().meets, Meets::No);
    // Fargate: 500 + 2,000 + 800 = 3,300 ms > 2,000
    let f = est("s000-fargate", &Scenario::default()).latency.unwrap();
    assert_eq!((f.total_ms.low, f.meets), (3300.0, Meets::No));
}

#[test]
fn the_purchase_rules_file_is_sourced_and_well_formed() {
    assert!(rules().len() >= 3);
    for r in rules() {
        assert!(!r.source.trim().is_empty());
        let m = r.multiplier();
        assert!(0.0 <= m.low && m.low <= m.high && m.high <= 1.0, "{r:?}");
    }
    assert!(parse_rules(r#"{"rules":[{"option":"spot"}]}"#).is_err());
}

#[test]
fn every_scenario_option_round_trips_through_the_url() {
    let mut s = Scenario::preset(Workload::S003);
    s.region = Region::China;
    s.purchase_option = PurchaseOption::SavingsPlan1y;
    s.gpu_hours_per_day = 8.0;
    s.spot_share = 50.0;
    s.storage_gb = 123.5;
    s.components.insert("s001-qdrant".into(), true);
    s.discounts.insert("aws".into(), 12.5);
    s.overrides.insert("aws-ec2-t3-large".into(), 0.05);
    let st = UrlState {
        scenario: s,
        lang: Some(Lang::Zh),
        page: Page::Compare,
        ..UrlState::default()
    };
    let q = encode(&st);
    let (back, issues) = decode(&q);
    assert!(issues.is_empty(), "{q}: {issues:?}");
    assert_eq!(back, st);
    // bad values are reported under their URL key and not applied
    let (back, issues) = decode("v=1&d.aws=150&c.BAD=1&p.x=-1&po=lease&gh=25&cin=101");
    let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys.len(), 6, "{issues:?}");
    for k in ["d.aws", "c.BAD", "p.x", "po", "gh", "cin"] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    assert!(back.scenario.discounts.is_empty() && back.scenario.overrides.is_empty());
    assert_eq!(back.scenario.gpu_hours_per_day, 24.0);
    assert_eq!(back.scenario.cached_input_share, 0.0);
    // the cached-input share: 0–100 %, 0 by default and then left out of the link
    assert_eq!(decode("v=1&cin=100").0.scenario.cached_input_share, 100.0);
    assert_eq!(decode("v=1&cin=37.5").0.scenario.cached_input_share, 37.5);
    assert!(!decode("v=1&cin=-1").1.is_empty());
    assert!(!encode(&UrlState::default()).contains("cin="));
}
