//! Staff time as a plan line (issue #16): the plan's recurring ops effort as a share of one
//! engineer × that engineer's loaded monthly cost for the region, switched on by `st=1`, its
//! cost editable with `ec`, in the totals and in the seed audit.

use crate::common::{catalog, est};
use deploycalc_core::engine::audit::audit;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::{Reject, Scenario};
use deploycalc_core::model::vocab::{Region, Workload};
use deploycalc_core::url::{decode, encode, UrlProblem};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * (1.0 + b.abs())
}

#[test]
fn off_by_default_and_nothing_changes() {
    let s = Scenario::preset(Workload::S000);
    assert!(!s.staff_time);
    assert!(est("s000-ec2-gpu", &s).staff.is_none());
}

#[test]
fn the_ec2_gpu_plan_counts_three_stars_of_an_engineer() {
    // s000-ec2-gpu rates daily 3 and troubleshooting 3: mean 3 stars × 2 h ÷ 40 h = 0.15 of
    // an engineer. The US record: 90,520 × 1.42 ÷ 12 = 10,711.53 a month; × 0.15 = 1,606.73
    let s = Scenario {
        staff_time: true,
        ..Scenario::preset(Workload::S000)
    };
    let off = est("s000-ec2-gpu", &Scenario::preset(Workload::S000));
    let on = est("s000-ec2-gpu", &s);
    let st = on.staff.as_ref().expect("a staff line");
    assert_eq!(st.stars, 3.0);
    assert!(close(st.fraction, 0.15));
    assert_eq!(st.per_engineer.currency, Currency::Usd);
    assert!(close(st.per_engineer.low, 90_520.0 * 1.42 / 12.0));
    assert!(close(st.subtotal.low, 90_520.0 * 1.42 / 12.0 * 0.15));
    assert!(close(st.subtotal.low, 1_606.729_5));
    // in the totals: the plan's total grows by exactly that
    assert!(close(
        on.monthly_usd.low - off.monthly_usd.low,
        st.subtotal.low
    ));
    assert!(close(
        on.monthly_usd.high - off.monthly_usd.high,
        st.subtotal.low
    ));
    // and the seed audit says the seed's $394–399 does not count it
    let a = audit(crate::common::plan("s000-ec2-gpu"), &on, Fx::new(s.fx_rate));
    assert!(close(a.staff.expect("staff in the audit").low, 1_606.729_5));
    assert!(audit(
        crate::common::plan("s000-ec2-gpu"),
        &off,
        Fx::new(s.fx_rate)
    )
    .staff
    .is_none());
}

#[test]
fn china_uses_the_cny_record_and_a_typed_cost_replaces_it() {
    // s000-fargate: daily 1, troubleshooting 2 → 1.5 stars × 2 ÷ 40 = 0.075 of an engineer.
    // China's record: 231,810 × 1.35 ÷ 12 = 26,078.625 CNY a month; × 0.075 = 1,955.896875
    let s = Scenario {
        staff_time: true,
        region: Region::China,
        ..Scenario::preset(Workload::S000)
    };
    let st = est("s000-fargate", &s).staff.expect("a staff line");
    assert_eq!(st.per_engineer.currency, Currency::Cny);
    assert!(close(st.fraction, 0.075));
    assert!(close(st.subtotal.low, 231_810.0 * 1.35 / 12.0 * 0.075));
    // typed: 20,000 a month in the region's currency → 1,500; no record, an estimate
    let typed = Scenario {
        engineer_monthly: Some(20_000.0),
        ..s
    };
    let st = est("s000-fargate", &typed).staff.expect("a staff line");
    assert!(close(st.subtotal.low, 1_500.0));
    assert!(st.record.is_none());
    assert_eq!(st.per_engineer.currency, Currency::Cny);
    let _ = catalog();
}

#[test]
fn st_and_ec_round_trip_and_bad_values_are_listed() {
    let (st, issues) = decode("v=2&st=1&ec=12000");
    assert!(issues.is_empty(), "{issues:?}");
    assert!(st.scenario.staff_time);
    assert_eq!(st.scenario.engineer_monthly, Some(12_000.0));
    assert_eq!(encode(&st), "v=2&st=1&ec=12000");
    let (st, issues) = decode("st=maybe&ec=-5");
    let found: Vec<(&str, UrlProblem)> = issues
        .iter()
        .map(|i| (i.key.as_str(), i.problem.clone()))
        .collect();
    assert_eq!(
        found,
        vec![
            ("st", UrlProblem::Invalid(Reject::UnknownValue)),
            (
                "ec",
                UrlProblem::Invalid(Reject::OutOfRange { min: 0.0, max: 1e7 })
            ),
        ]
    );
    assert!(!st.scenario.staff_time);
    assert_eq!(st.scenario.engineer_monthly, None);
}

#[test]
fn the_staff_line_is_worded_and_exported() {
    use deploycalc_core::model::vocab::Lang;
    use deploycalc_core::report::text;
    let s = Scenario {
        staff_time: true,
        ..Scenario::preset(Workload::S000)
    };
    let st = est("s000-ec2-gpu", &s).staff.expect("a staff line");
    assert_eq!(
        text::staff_line_text(Lang::En, &st),
        "Staff time: 3.0 stars × 2 h a week ÷ 40 h = 0.150 of an engineer"
    );
    assert_eq!(
        text::staff_line_text(Lang::Zh, &st),
        "运维人力：3.0 星 × 每周 2 小时 ÷ 40 小时 = 0.150 名工程师"
    );
    // 1,606.7295 shown whole, as every amount of $1,000 or more
    assert_eq!(
        text::staff_audit_text(Lang::En, st.subtotal),
        "Includes staff time of $1,607, which the seed's total does not count."
    );
    assert_eq!(
        text::engineer_cost_label(Lang::Zh, "CNY", "26,079"),
        "一名工程师的月度全成本（CNY；留空按 26,079）"
    );
}
