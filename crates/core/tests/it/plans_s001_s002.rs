//! Seeds 001 (Context OS knowledge base, CNY) and 002 (AI recruiting platform with WebRTC
//! interviews): their plans checked line by line against arithmetic written out by hand from
//! the seeds' text and the catalog's unit prices, and the seed audit for seed 001.
//!
//! Unit prices used below (catalog/prices/*.json):
//! - tencent-lighthouse-2c2g-50gb ¥60/month (Tencent's Lighthouse price overview, mainland
//!   China; the seed's cost table says ¥50, kept in `seed_figures`)
//! - tencent-qdrant-server-seed001 ¥60/month (the same 2C2G 50 GB bundle; the seed says ¥70)
//! - tencent-cos-50gb-seed001 ¥10–20/month for 50 GB (seed 001); plans use 0.02 per GB of the
//!   storage input, so 50 GB = 1 month of it
//! - tencent-domain-ssl-seed001 ¥10–50/month (seed 001)
//! - tencent-scf ¥0.00011108 per GB-second (Tencent's SCF price list)
//! - tencent-tdmq, alibaba-ecs-2c2g: unknown (null)
//! - tencent-lighthouse-2c2g-40gb-starter ¥40/month (Tencent API docs sample)
//! - deepseek-v4-flash-input $0.30 / M tokens, deepseek-v4-flash-output $1.20 / M tokens (LiteLLM
//!   1.110.2; the plan used deepseek-chat, $0.28 / $0.42, until it was retired 2026-07-24)
//! - self-local-workstation $0
//!
//! Presets: s001 = 50 GB storage, 0 conversation hours, 1,000 ms target, fx 6.7686;
//! s002 = 50 conversation hours, 4 turns/min, 500 input and 150 output tokens per turn,
//! 20 peak users, fx 6.7686.

use crate::common::*;
use deploycalc_core::engine::audit::FLAG_THRESHOLD;
use deploycalc_core::engine::estimate::{CapacityStatus, LineState, Meets};
use deploycalc_core::model::catalog::plan::{Stage, ToggleKind};
use deploycalc_core::model::money::{Currency, Range};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Workload;

const QDRANT: &str = "s001-qdrant";
const ECS_OWNED: &str = "s001-alibaba-ecs-owned";

fn s001() -> Scenario {
    preset(Workload::S001)
}

fn s002() -> Scenario {
    preset(Workload::S002)
}

fn with(mut s: Scenario, key: &str, on: bool) -> Scenario {
    s.components.insert(key.into(), on);
    s
}

#[track_caller]
fn assert_r(r: Range<f64>, low: f64, high: f64) {
    assert!(
        close(r.low, low) && close(r.high, high),
        "expected {low}–{high}, got {}–{}",
        r.low,
        r.high
    );
}

#[track_caller]
fn assert_cny(r: deploycalc_core::model::money::MoneyRange, low: f64, high: f64) {
    assert_eq!(r.currency, Currency::Cny);
    assert_range(r, low, high);
}

// ---------------------------------------------------------------- seed 001, plan B (hybrid)

#[test]
fn hybrid_seed_lines_add_up_to_70_120_without_qdrant() {
    // Seed 001 §成本分析: ECS (owned) ¥0 + Lighthouse ¥50 + COS ¥10–20 + domain/SSL ¥10–50
    // = 0 + 50 + 10 + 10 = 70 and 0 + 50 + 20 + 50 = 120: the seed's "总计（无Qdrant）¥70-120".
    let a = audit_of("s001-hybrid", &s001());
    assert_eq!(a.currency, Currency::Cny);
    assert_cny(a.seed_line_sum.expect("seed line sum"), 70.0, 120.0);
    // the Qdrant line is off by default, so only 4 of the 5 lines count
    assert_eq!((a.lines_with_figure, a.lines_without_figure), (4, 0));
    let stated = a.stated_total.as_ref().expect("stated total").value.range();
    assert_r(stated, 70.0, 120.0);
    // line sum and stated total agree: (95 − 95) / 95 = 0
    assert_eq!(a.lines_vs_stated, Some(0.0));
}

#[test]
fn hybrid_seed_lines_add_up_to_140_190_with_qdrant() {
    // + Qdrant server ¥70: 70 + 70 = 140 and 120 + 70 = 190, the seed's "总计（有Qdrant）¥140-190"
    let s = with(s001(), QDRANT, true);
    let a = audit_of("s001-hybrid", &s);
    assert_cny(a.seed_line_sum.expect("seed line sum"), 140.0, 190.0);
    assert_eq!(a.lines_with_figure, 5);
    let with_qdrant = a.other_totals[0].value.range();
    assert_r(with_qdrant, 140.0, 190.0);
    // the plan's header figure is recorded too: "**成本**：¥70-150/月"
    assert_r(a.other_totals[1].value.range(), 70.0, 150.0);
    // the Qdrant line carries the seed's ¥70 beside the catalog's list ¥60, and a note on the
    // ¥50 Lighthouse of the same spec
    let q = a
        .lines
        .iter()
        .find(|l| l.index == 3)
        .expect("Qdrant line audited");
    assert_cny(q.seed, 70.0, 70.0);
    assert_cny(q.catalog.expect("priced"), 60.0, 60.0);
    assert!(q.note.as_ref().is_some_and(|n| n.en.contains("¥50")));
    // (60 − 70) / 70 = −0.1429: flagged
    assert!(close(q.diff.expect("diff"), -10.0 / 70.0) && q.flagged);
    // the Lighthouse line: seed ¥50, list ¥60: (60 − 50) / 50 = +0.2, flagged
    let l = a.lines.iter().find(|l| l.index == 1).expect("Lighthouse");
    assert_cny(l.seed, 50.0, 50.0);
    assert!(close(l.diff.expect("diff"), 0.2) && l.flagged);
    // with Qdrant on, the audit compares against the seed's own "有Qdrant" total ¥140–190,
    // which the seed's lines match exactly: (165 − 165) / 165 = 0
    assert_r(
        a.stated_total.as_ref().expect("stated").value.range(),
        140.0,
        190.0,
    );
    assert_eq!(a.lines_vs_stated, Some(0.0));
    // at catalog prices the two line differences cancel: 0 + 60 + 10 + 60 + 10 = 140 ;
    // 0 + 60 + 20 + 60 + 50 = 190, so the totals agree: (165 − 165) / 165 = 0
    assert_cny(a.catalog_total, 140.0, 190.0);
    assert_eq!(a.catalog_vs_stated, Some(0.0));
    // but the lines are flagged
    assert!(a.flagged());
}

#[test]
fn s001_hybrid_at_catalog_prices_line_by_line() {
    let e = est("s001-hybrid", &s001());
    // ECS owned: counted at 0 whatever its (unknown) price
    assert_eq!(e.lines[0].state, LineState::Owned);
    assert_cny(line(&e, 0), 0.0, 0.0);
    // Lighthouse: always on, monthly unit → 1 month × ¥60 = 60
    assert_r(e.lines[1].quantity, 1.0, 1.0);
    assert_cny(line(&e, 1), 60.0, 60.0);
    // COS: 0.02 × 50 GB = 1 × ¥10–20 = 10–20
    assert_r(e.lines[2].quantity, 1.0, 1.0);
    assert_cny(line(&e, 2), 10.0, 20.0);
    // Qdrant: off by default, listed but not counted
    assert_eq!(e.lines[3].state, LineState::Excluded);
    assert_cny(line(&e, 3), 0.0, 0.0);
    // domain + SSL: 1 × ¥10–50
    assert_cny(line(&e, 4), 10.0, 50.0);
    // total: 0 + 60 + 10 + 10 = 80 ; 0 + 60 + 20 + 50 = 130
    assert_cny(e.monthly(Currency::Cny), 80.0, 130.0);
    assert!(!e.is_lower_bound());
    // the Lighthouse is at its list price ¥60 against the seed's ¥50: the line differs by
    // (60 − 50) / 50 = +0.2 and the total by (105 − 95) / 95 = +0.105, both flagged
    let a = audit_of("s001-hybrid", &s001());
    assert_cny(a.catalog_total, 80.0, 130.0);
    assert!(close(a.catalog_vs_stated.expect("diff"), 10.0 / 95.0));
    assert!(a.flagged(), "{:?}", a.lines);
    let flagged = flagged_lines(&a);
    assert_eq!(flagged, [1]);
    // yearly: 80 × 12 = 960 ; 130 × 12 = 1,560 (the seed's yearly column says ¥740–1,340
    // because it counts the Lighthouse at ¥500 a year, not 12 × 50 = 600)
    assert_cny(e.yearly(Currency::Cny), 960.0, 1560.0);
    // the same total in USD: 80 ÷ 6.7686 = 11.81928… ; 130 ÷ 6.7686 = 19.20634…
    let usd = e.monthly(Currency::Usd);
    assert!(close(usd.low * 6.7686, 80.0) && close(usd.high * 6.7686, 130.0));
}

#[test]
fn hybrid_with_qdrant_at_catalog_prices() {
    let e = est("s001-hybrid", &with(s001(), QDRANT, true));
    assert_eq!(e.lines[3].state, LineState::Counted);
    // Qdrant server: 1 month × ¥60
    assert_cny(line(&e, 3), 60.0, 60.0);
    // 80 + 60 = 140 ; 130 + 60 = 190
    assert_cny(e.monthly(Currency::Cny), 140.0, 190.0);
}

#[test]
fn owned_ecs_costs_nothing_when_owned_and_its_price_when_not() {
    let p = plan("s001-hybrid");
    let comps = p.components();
    let ecs = comps
        .iter()
        .find(|c| c.key == ECS_OWNED)
        .expect("ECS toggle");
    assert_eq!((ecs.kind, ecs.default_on), (ToggleKind::Owned, true));
    let q = comps
        .iter()
        .find(|c| c.key == QDRANT)
        .expect("Qdrant toggle");
    assert_eq!((q.kind, q.default_on), (ToggleKind::Optional, false));

    // Toggled off (the team would have to buy the ECS): the line is counted at the catalog
    // price, which is unknown (null), so its subtotal is unknown and the total becomes
    // "at least" ¥80–130 — the right behaviour, never a silent 0.
    let off = with(s001(), ECS_OWNED, false);
    let e = est("s001-hybrid", &off);
    assert_eq!(e.lines[0].state, LineState::Counted);
    assert_eq!(e.lines[0].subtotal, None);
    assert_eq!(e.unknown_lines, vec![0]);
    assert!(e.is_lower_bound());
    assert_cny(e.monthly(Currency::Cny), 80.0, 130.0);
    let a = audit_of("s001-hybrid", &off);
    assert!(a.catalog_is_lower_bound);
    let l0 = a
        .lines
        .iter()
        .find(|l| l.index == 0)
        .expect("ECS line audited");
    assert_eq!((l0.catalog, l0.diff, l0.flagged), (None, None, false));

    // With a price override of ¥100/month the line costs 100: total 180–230
    let mut priced = off.clone();
    priced.overrides.insert("alibaba-ecs-2c2g".into(), 100.0);
    let e = est("s001-hybrid", &priced);
    assert_cny(line(&e, 0), 100.0, 100.0);
    assert!(!e.is_lower_bound());
    // 0 → 100: 80 + 100 = 180 ; 130 + 100 = 230
    assert_cny(e.monthly(Currency::Cny), 180.0, 230.0);
    // and the audit now flags the line: the seed says ¥0 (it was owned) and the catalog charges
    let a = audit_of("s001-hybrid", &priced);
    assert!(a.lines.iter().find(|l| l.index == 0).unwrap().flagged);

    // Owned again, the override does not matter: the line is 0
    let owned = with(priced, ECS_OWNED, true);
    assert_cny(line(&est("s001-hybrid", &owned), 0), 0.0, 0.0);
}

#[test]
fn storage_input_scales_the_cos_line_only() {
    let s = Scenario {
        storage_gb: 100.0,
        ..s001()
    };
    let e = est("s001-hybrid", &s);
    // 0.02 × 100 GB = 2 × ¥10–20 = 20–40
    assert_cny(line(&e, 2), 20.0, 40.0);
    assert_cny(line(&e, 1), 60.0, 60.0);
    // 0 + 60 + 20 + 10 = 90 ; 0 + 60 + 40 + 50 = 150
    assert_cny(e.monthly(Currency::Cny), 90.0, 150.0);
}

#[test]
fn hybrid_latency_adds_the_cross_cloud_hop() {
    let l = est("s001-hybrid", &s001()).latency.expect("latency");
    let stages: Vec<Stage> = l.stages.iter().map(|s| s.stage).collect();
    assert_eq!(stages, [Stage::Network, Stage::Search, Stage::Database]);
    // cross-cloud 20–100 + vector search < 500 + file read < 10 = 530–610 ms
    assert_r(l.total_ms, 530.0, 610.0);
    assert!(l.stages[1].upper_bound && l.stages[2].upper_bound);
    // 610 ≤ 1,000 ms (the s001 target)
    assert_eq!(l.meets, Meets::Yes);
    let tight = Scenario {
        latency_target_ms: 550.0,
        ..s001()
    };
    // 530 ≤ 550 < 610
    assert_eq!(
        est("s001-hybrid", &tight).latency.unwrap().meets,
        Meets::Maybe
    );
    // plan A stays on Tencent's network: search only, < 500 ms; plan C adds the file read: 510
    let a = est("s001-tencent", &s001()).latency.expect("latency");
    assert_r(a.total_ms, 500.0, 500.0);
    let c = est("s001-single", &s001()).latency.expect("latency");
    assert_r(c.total_ms, 510.0, 510.0);
}

// ---------------------------------------------------------------- seed 001, plans A and C

#[test]
fn tencent_at_catalog_prices_is_a_lower_bound() {
    let e = est("s001-tencent", &s001());
    // Lighthouse A ¥60 ; Lighthouse B (Qdrant) ¥60 ; COS 0.02 × 50 = 1 × ¥10–20 ; domain ¥10–50
    assert_cny(line(&e, 0), 60.0, 60.0);
    assert_cny(line(&e, 1), 60.0, 60.0);
    assert_cny(line(&e, 2), 10.0, 20.0);
    assert_cny(line(&e, 5), 10.0, 50.0);
    // SCF quantity is the stated assumption: 1,000 documents × 0.5 GB × 10 s = 5,000 GB-s,
    // at ¥0.00011108 per GB-s: 5,000 × 0.00011108 = ¥0.5554
    assert_r(e.lines[4].quantity, 5000.0, 5000.0);
    assert_cny(line(&e, 4), 0.5554, 0.5554);
    // TDMQ has no known price: its subtotal is unknown, not 0
    assert_eq!(e.lines[3].subtotal, None);
    assert_eq!(e.unknown_lines, vec![3]);
    // so the total is "at least" 60 + 60 + 10 + 0.5554 + 10 = 140.5554 ;
    // 60 + 60 + 20 + 0.5554 + 50 = 190.5554
    assert!(e.is_lower_bound());
    assert_cny(e.monthly(Currency::Cny), 140.5554, 190.5554);
}

#[test]
fn tencent_records_its_stated_total_beside_the_catalog_total() {
    // Seed 001 §方案A: "**成本**：¥210-370/月", with no line priced
    let a = audit_of("s001-tencent", &s001());
    let stated = a.stated_total.as_ref().expect("stated total");
    assert_eq!(stated.currency, Currency::Cny);
    assert_r(stated.value.range(), 210.0, 370.0);
    assert_eq!(a.seed_line_sum, None);
    assert_eq!((a.lines_with_figure, a.lines_without_figure), (0, 6));
    assert_cny(a.catalog_total, 140.5554, 190.5554);
    assert!(a.catalog_is_lower_bound);
    // (165.5554 − 290) / 290 = −0.429: flagged, and "at least" says the unknown line is missing
    let d = a.catalog_vs_stated.expect("diff");
    assert!(close(d, -124.4446 / 290.0), "{d}");
    assert!(d.abs() > FLAG_THRESHOLD && a.flagged());
}

#[test]
fn single_server_records_its_stated_total_beside_the_catalog_total() {
    let e = est("s001-single", &s001());
    // server ¥60 ; mounted COS 0.02 × 50 = 1 × ¥10–20 ; domain ¥10–50
    assert_cny(line(&e, 0), 60.0, 60.0);
    assert_cny(line(&e, 1), 10.0, 20.0);
    assert_cny(line(&e, 2), 10.0, 50.0);
    // 60 + 10 + 10 = 80 ; 60 + 20 + 50 = 130
    assert_cny(e.monthly(Currency::Cny), 80.0, 130.0);
    assert!(!e.is_lower_bound());
    // Seed 001 §方案C: "**成本**：¥50-100/月", with no line priced
    let a = audit_of("s001-single", &s001());
    assert_r(a.stated_total.as_ref().unwrap().value.range(), 50.0, 100.0);
    assert_eq!(a.seed_line_sum, None);
    assert_cny(a.catalog_total, 80.0, 130.0);
    // (105 − 75) / 75 = +0.4: flagged
    assert!(close(a.catalog_vs_stated.unwrap(), 30.0 / 75.0));
    assert!(a.flagged());
}

#[test]
fn single_and_hybrid_tie_at_catalog_prices_and_tencent_is_dearest() {
    // The seed ranks C (¥50–100) below B (¥70–120) below A (¥210–370). At catalog prices C and
    // B both come to ¥80–130 (C's domain line is the seed's B figure), and A, a lower bound,
    // is still the dearest.
    let mid = |id: &str| est(id, &s001()).monthly(Currency::Cny).range().mid();
    // C 105, B 105, A ≥ (140.5554 + 190.5554) / 2 = 165.5554: B and C tie at catalog prices
    // (both 80–130)
    assert!(close(mid("s001-single"), 105.0));
    assert!(close(mid("s001-hybrid"), 105.0));
    assert!(close(mid("s001-tencent"), 165.5554));
}

// ---------------------------------------------------------------- seed 002

#[test]
fn seed_002_states_no_prices() {
    for id in ["s002-cloud", "s002-local", "s002-hybrid"] {
        let p = plan(id);
        assert_eq!(p.seed_total, None, "{id}");
        assert!(p.lines.iter().all(|l| l.seed_figure.is_none()), "{id}");
        let a = audit_of(id, &s002());
        assert_eq!((a.stated_total.as_ref(), a.seed_line_sum), (None, None));
        assert!(!a.flagged(), "{id}");
    }
}

#[test]
fn cloud_server_at_catalog_prices() {
    let e = est("s002-cloud", &s002());
    // Lighthouse 2C2G 40 GB starter: 1 month × ¥40
    assert_cny(line(&e, 0), 40.0, 40.0);
    // domain + SSL: 1 × ¥10–50
    assert_cny(line(&e, 1), 10.0, 50.0);
    // 40 + 10 = 50 ; 40 + 50 = 90
    assert_cny(e.monthly(Currency::Cny), 50.0, 90.0);
    assert!(!e.is_lower_bound());
    assert_eq!(e.latency, None);
    // conversation hours do not touch a server-only plan
    let doubled = Scenario {
        conversation_hours: 100.0,
        ..s002()
    };
    assert_eq!(
        est("s002-cloud", &doubled).monthly(Currency::Cny),
        e.monthly(Currency::Cny)
    );
}

#[test]
fn local_costs_nothing_and_cannot_serve_outside_candidates() {
    let e = est("s002-local", &s002());
    assert_eq!(e.monthly(Currency::Cny).range(), Range::new(0.0, 0.0));
    assert!(!e.is_lower_bound());
    // one user (a personal demo) and no way to add more: 20 peak users cannot be served
    let cap = e.capacity.expect("capacity");
    assert!(!cap.scales);
    assert_eq!(cap.status, CapacityStatus::CannotScale { max_users: 1.0 });
    let alone = Scenario {
        peak_concurrency: 1.0,
        ..s002()
    };
    assert_eq!(
        est("s002-local", &alone).capacity.unwrap().status,
        CapacityStatus::Ok
    );
    // the con the seed stresses: outside candidates cannot connect without NAT/STUN/TURN
    assert!(plan("s002-local")
        .cons
        .iter()
        .any(|c| c.en.contains("NAT/STUN/TURN") && c.zh.contains("NAT/STUN/TURN")));
}

#[test]
fn s002_hybrid_at_catalog_prices_line_by_line() {
    let e = est("s002-hybrid", &s002());
    // 50 h × 60 = 3,000 min × 4 turns = 12,000 turns
    // input: 12,000 × 500 = 6,000,000 tokens = 6 M ; output: 12,000 × 150 = 1.8 M
    assert_r(e.lines[3].quantity, 6.0, 6.0);
    assert_r(e.lines[4].quantity, 1.8, 1.8);
    // own computer: $0
    assert_range(line(&e, 0), 0.0, 0.0);
    // server ¥40 ; domain ¥10–50
    assert_cny(line(&e, 1), 40.0, 40.0);
    assert_cny(line(&e, 2), 10.0, 50.0);
    // DeepSeek v4-flash input: 6 M × $0.30 = $1.80 ; output: 1.8 M × $1.20 = $2.16
    let (inp, out) = (line(&e, 3), line(&e, 4));
    assert_eq!((inp.currency, out.currency), (Currency::Usd, Currency::Usd));
    assert_range(inp, 1.80, 1.80);
    assert_range(out, 2.16, 2.16);
    // in CNY at 6.7686: 1.80 × 6.7686 = 12.18348 ; 2.16 × 6.7686 = 14.620176
    // total: 0 + 40 + 10 + 12.18348 + 14.620176 = 76.803656
    //        0 + 40 + 50 + 12.18348 + 14.620176 = 116.803656
    assert_cny(e.monthly(Currency::Cny), 76.803656, 116.803656);
    assert!(!e.is_lower_bound());
}

#[test]
fn doubling_interview_hours_doubles_the_api_lines_and_leaves_the_server_alone() {
    let a = est("s002-hybrid", &s002());
    let b = est(
        "s002-hybrid",
        &Scenario {
            conversation_hours: 100.0,
            ..s002()
        },
    );
    // 100 h: 12 M input × $0.30 = $3.60 ; 3.6 M output × $1.20 = $4.32
    assert_range(line(&b, 3), 3.60, 3.60);
    assert_range(line(&b, 4), 4.32, 4.32);
    // workstation, server and domain do not depend on hours
    for n in 0..3 {
        assert_eq!(a.lines[n].subtotal, b.lines[n].subtotal, "line {n}");
    }
    // CNY total grows by the API lines only: (1.80 + 2.16) × 6.7686 = 3.96 × 6.7686 = 26.803656
    let grow = b.monthly(Currency::Cny).low - a.monthly(Currency::Cny).low;
    assert!(close(grow, 26.803656), "{grow}");
}

#[test]
fn hybrid_is_the_cloud_server_plus_the_llm_api() {
    // same server and domain as s002-cloud; the difference is the API: 116.803656 − 90 = 26.803656
    let (c, h) = (est("s002-cloud", &s002()), est("s002-hybrid", &s002()));
    let diff = h.monthly(Currency::Cny).high - c.monthly(Currency::Cny).high;
    assert!(close(diff, 26.803656), "{diff}");
    assert_eq!(
        plan("s002-cloud").lines[0].price,
        plan("s002-hybrid").lines[1].price
    );
}
