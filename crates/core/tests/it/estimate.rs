//! Seed 000's EC2 GPU plan, checked line by line against arithmetic written out by hand.

use deploycalc_core::engine::estimate::estimate;
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, HOURS_PER_MONTH};
use deploycalc_core::model::scenario::Scenario;

fn catalog() -> Catalog {
    match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => panic!("embedded catalog fails to load: {e:?}"),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn ec2_gpu_lines_match_hand_arithmetic() {
    let cat = catalog();
    let plan = cat.plan("s000-ec2-gpu").expect("plan s000-ec2-gpu");
    let e = estimate(plan, &Scenario::default(), &cat);
    assert_eq!(HOURS_PER_MONTH, 730.0);
    // g4dn.xlarge on demand, us-east-1, 0.526 $/h; the sizing model's count for the preset's
    // peak of 10 is 2 (about 9.5–10 conversations a T4, worked in gpu_default.rs):
    // 2 × 730 h = 1,460 h × 0.526 = 767.96
    let g = &e.lines[0];
    assert!(close(g.quantity.low, 1460.0));
    assert!(close(g.subtotal.unwrap().low, 767.96), "{:?}", g.subtotal);
    // EBS gp3: 50 GB × 0.08 $/GB-month = 4.00
    assert!(close(e.lines[1].subtotal.unwrap().high, 4.0));
    // Amplify, seed's own figure: 5–10 $/month
    let a = e.lines[2].subtotal.unwrap();
    assert!(close(a.low, 5.0) && close(a.high, 10.0));
    // total: 767.96 + 4.00 + 5 = 776.96 and 767.96 + 4.00 + 10 = 781.96
    assert!(close(e.monthly_usd.low, 776.96), "{:?}", e.monthly_usd);
    assert!(close(e.monthly_usd.high, 781.96), "{:?}", e.monthly_usd);
    assert!(!e.is_lower_bound());
    // with the seed's 50 per g4dn priced instead (gc=0): one g4dn, 0.526 × 730 = 383.98, and
    // 383.98 + 4 + 5 = 392.98 to 383.98 + 4 + 10 = 397.98
    let seed = Scenario {
        gpus_from_model: false,
        ..Scenario::default()
    };
    let e = estimate(plan, &seed, &cat);
    assert!(close(e.lines[0].quantity.low, 730.0));
    assert!(close(e.lines[0].subtotal.unwrap().low, 383.98));
    assert!(close(e.monthly_usd.low, 392.98) && close(e.monthly_usd.high, 397.98));
}

#[test]
fn ec2_gpu_seed_lines_add_up_to_the_seed_total() {
    // Seed 000: "EC2 g4dn.xlarge: $384/月", "EBS 50GB: $5/月", "Amplify: $5-10/月"
    // 384 + 5 + 5 = 394 and 384 + 5 + 10 = 399, the seed's "$394–399"
    let cat = catalog();
    let plan = cat.plan("s000-ec2-gpu").expect("plan");
    let (mut low, mut high) = (0.0, 0.0);
    for l in &plan.lines {
        let r = l
            .seed_figure
            .as_ref()
            .expect("every line of this plan has a seed figure")
            .value
            .range();
        low += r.low;
        high += r.high;
    }
    let total = plan.seed_total.as_ref().expect("seed total").value.range();
    assert_eq!((low, high), (394.0, 399.0));
    assert_eq!((total.low, total.high), (394.0, 399.0));
}

#[test]
fn totals_convert_at_the_scenario_rate_and_scale_per_user_and_year() {
    let cat = catalog();
    let plan = cat.plan("s000-ec2-gpu").expect("plan");
    let s = Scenario {
        fx_rate: 7.2,
        users: 400.0,
        ..Scenario::default()
    };
    let e = estimate(plan, &s, &cat);
    // the model's 2 g4dn (peak 10): 776.96–781.96 USD a month (see above)
    // 776.96 × 7.2 = 5594.112 ; 781.96 × 7.2 = 5630.112
    let cny = e.monthly(Currency::Cny);
    assert!(
        close(cny.low, 5594.112) && close(cny.high, 5630.112),
        "{cny:?}"
    );
    // yearly: 776.96 × 12 = 9323.52
    assert!(close(e.yearly(Currency::Usd).low, 9323.52));
    // per user: 776.96 / 400 = 1.9424
    assert!(close(e.per_user(Currency::Usd, 400.0).unwrap().low, 1.9424));
    assert_eq!(e.per_user(Currency::Usd, 0.0), None);
}

fn plan_estimate(id: &str, s: &Scenario) -> deploycalc_core::engine::estimate::Estimate {
    let cat = catalog();
    let plan = cat.plan(id).unwrap_or_else(|| panic!("plan {id}"));
    estimate(plan, s, &cat)
}

/// Sum of the seed's own line figures (low, high), as the audit computes it.
fn seed_line_sum(id: &str) -> (f64, f64) {
    let s = Scenario::default();
    let cat = catalog();
    let plan = cat.plan(id).unwrap_or_else(|| panic!("plan {id}"));
    let a = deploycalc_core::engine::audit::audit(
        plan,
        &plan_estimate(id, &s),
        deploycalc_core::model::money::Fx::new(s.fx_rate),
    );
    let r = a.seed_line_sum.expect("seed line sum");
    (r.low, r.high)
}

#[test]
fn fargate_plan_at_catalog_prices() {
    let e = plan_estimate("s000-fargate", &Scenario::default());
    let sub: Vec<f64> = e.lines.iter().map(|l| l.subtotal.unwrap().high).collect();
    // Amplify 10 (high end of the seed's $5–10)
    assert!(close(sub[0], 10.0));
    // Fargate: 2 vCPU × 730 h × 0.04048 = 59.1008
    assert!(close(sub[1], 59.1008), "{}", sub[1]);
    // 4 GB × 730 h × 0.004445 = 12.9794
    assert!(close(sub[2], 12.9794), "{}", sub[2]);
    // ALB: 730 h × 0.0225 = 16.425
    assert!(close(sub[3], 16.425), "{}", sub[3]);
    // t3.medium: 730 h × 0.0416 = 30.368
    assert!(close(sub[4], 30.368), "{}", sub[4]);
    // 5 + 59.1008 + 12.9794 + 16.425 + 30.368 = 123.8732 ; with Amplify 10: 128.8732
    assert!(
        close(e.monthly_usd.low, 123.8732) && close(e.monthly_usd.high, 128.8732),
        "{:?}",
        e.monthly_usd
    );
}

#[test]
fn seed_000_line_sums_and_stated_totals() {
    // Fargate: 5–10 + 59 + 13 + 16 + 30 = 123–128, while the seed calls it "$100/月"
    assert_eq!(seed_line_sum("s000-fargate"), (123.0, 128.0));
    // Remote API: 5–10 + (6,000 min × $0.002–0.006 = 12–36) = 17–46, called "$20"
    assert_eq!(seed_line_sum("s000-remote-api"), (17.0, 46.0));
    assert_eq!(seed_line_sum("s000-local"), (0.0, 0.0));
    let cat = catalog();
    let stated = |id: &str| {
        cat.plan(id)
            .and_then(|p| p.seed_total.as_ref())
            .map(|t| t.value.range())
    };
    assert_eq!(stated("s000-fargate").map(|r| r.low), Some(100.0));
    assert_eq!(stated("s000-remote-api").map(|r| r.low), Some(20.0));
    assert_eq!(stated("s000-local").map(|r| r.high), Some(0.0));
}

#[test]
fn remote_api_scales_with_conversation_hours_and_fixed_lines_do_not() {
    let at = |hours: f64| {
        let s = Scenario {
            conversation_hours: hours,
            ..Scenario::default()
        };
        plan_estimate("s000-remote-api", &s)
    };
    let (a, b) = (at(100.0), at(200.0));
    let sub =
        |e: &deploycalc_core::engine::estimate::Estimate, n: usize| e.lines[n].subtotal.unwrap();
    // 100 h = 6,000 min; whisper-1 $0.006/min -> 36
    assert!(close(sub(&a, 1).high, 36.0), "{:?}", sub(&a, 1));
    // 6,000 min × 4 turns × 500 input tokens = 12 M × $0.15 = 1.80
    assert!(close(sub(&a, 2).high, 1.8), "{:?}", sub(&a, 2));
    // 6,000 × 4 × 150 output tokens = 3.6 M × $0.60 = 2.16
    assert!(close(sub(&a, 3).high, 2.16), "{:?}", sub(&a, 3));
    // 6,000 min × 600 chars = 3.6 M chars × $15 = 54
    assert!(close(sub(&a, 4).high, 54.0), "{:?}", sub(&a, 4));
    // doubling the hours doubles every usage line
    for (n, x) in [(1, 72.0), (2, 3.6), (3, 4.32), (4, 108.0)] {
        assert!(close(sub(&b, n).high, x), "line {n}: {:?}", sub(&b, n));
    }
    assert_eq!(
        a.lines[0].subtotal, b.lines[0].subtotal,
        "Amplify does not depend on hours"
    );
    // totals: 5 + 36 + 1.8 + 2.16 + 54 = 98.96 and 10 + ... = 103.96
    assert!(
        close(a.monthly_usd.low, 98.96) && close(a.monthly_usd.high, 103.96),
        "{:?}",
        a.monthly_usd
    );
}

#[test]
fn local_development_costs_nothing() {
    let e = plan_estimate("s000-local", &Scenario::default());
    assert_eq!((e.monthly_usd.low, e.monthly_usd.high), (0.0, 0.0));
    assert!(!e.is_lower_bound());
}
