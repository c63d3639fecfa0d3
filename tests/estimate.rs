//! Seed 000's EC2 GPU plan, checked line by line against arithmetic written out by hand.

use deploycalc::domain::catalog::Catalog;
use deploycalc::domain::estimate::estimate;
use deploycalc::domain::money::{Currency, HOURS_PER_MONTH};
use deploycalc::domain::scenario::Scenario;

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
    // g4dn.xlarge on demand, us-east-1: 0.526 $/h × 730 h = 383.98
    let g = &e.lines[0];
    assert!(close(g.quantity.low, 730.0));
    assert!(close(g.subtotal.unwrap().low, 383.98), "{:?}", g.subtotal);
    // EBS gp3: 50 GB × 0.08 $/GB-month = 4.00
    assert!(close(e.lines[1].subtotal.unwrap().high, 4.0));
    // Amplify, seed's own figure: 5–10 $/month
    let a = e.lines[2].subtotal.unwrap();
    assert!(close(a.low, 5.0) && close(a.high, 10.0));
    // total: 383.98 + 4.00 + 5 = 392.98 and 383.98 + 4.00 + 10 = 397.98
    assert!(close(e.monthly_usd.low, 392.98), "{:?}", e.monthly_usd);
    assert!(close(e.monthly_usd.high, 397.98), "{:?}", e.monthly_usd);
    assert!(!e.is_lower_bound());
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
    // 392.98 × 7.2 = 2829.456 ; 397.98 × 7.2 = 2865.456
    let cny = e.monthly(Currency::Cny);
    assert!(
        close(cny.low, 2829.456) && close(cny.high, 2865.456),
        "{cny:?}"
    );
    // yearly: 392.98 × 12 = 4715.76
    assert!(close(e.yearly(Currency::Usd).low, 4715.76));
    // per user: 392.98 / 400 = 0.98245
    assert!(close(
        e.per_user(Currency::Usd, 400.0).unwrap().low,
        0.98245
    ));
    assert_eq!(e.per_user(Currency::Usd, 0.0), None);
}
