//! The compare page's decisions, in core: the cost-curve view (hidden plans left out, the
//! crossings' indexes into the plans shown, the currency) and the components offered for a
//! workload. Seed 000 at its defaults (200 users, 100 conversation hours, fx 6.7686 CNY/USD).

use crate::common::catalog;
use deploycalc_core::engine::analysis::Axis;
use deploycalc_core::engine::compare::{compare, components_for, curve_view, CURVE_SAMPLES};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::PlanId;
use deploycalc_core::model::vocab::Workload;
use std::collections::BTreeSet;

fn near(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn the_hours_axis_spans_a_tenth_to_ten_times_with_every_plan() {
    let s = Scenario::default();
    let rows = compare(&s, catalog());
    let v = curve_view(
        &rows,
        &BTreeSet::new(),
        &s,
        catalog(),
        Axis::ConversationHours,
        Currency::Usd,
    );
    let ids: Vec<&str> = v.plans.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "s000-ec2-gpu",
            "s000-fargate",
            "s000-remote-api",
            "s000-local"
        ]
    );
    // 100 hours: samples from 10 to 1,000
    assert_eq!(v.points[0].len(), CURVE_SAMPLES);
    assert!(near(v.points[2][0].0, 10.0, 1e-9));
    assert!(near(v.points[2][CURVE_SAMPLES - 1].0, 1000.0, 1e-6));
    // remote API at 10 h: 7.5 + 0.9396 × 10 = 16.896; at 1,000 h: 7.5 + 939.6 = 947.1
    assert!(near(v.points[2][0].1, 16.896, 1e-6), "{:?}", v.points[2][0]);
    assert!(near(v.points[2][CURVE_SAMPLES - 1].1, 947.1, 1e-4));
    // Fargate is flat: 126.3732 at both ends; local is $0
    assert!(near(v.points[1][0].1, 126.3732, 1e-6));
    assert!(near(v.points[1][CURVE_SAMPLES - 1].1, 126.3732, 1e-6));
    assert!(v.points[3].iter().all(|&(_, y)| y == 0.0));
    // two crossings, pair by pair: EC2 × remote at (395.48 − 7.5) / 0.9396 = 412.920 h, then
    // Fargate × remote at (126.3732 − 7.5) / 0.9396 = 126.5146 h
    let pairs: Vec<(usize, usize)> = v.marks.iter().map(|m| (m.a, m.b)).collect();
    assert_eq!(pairs, [(0, 2), (1, 2)]);
    assert!(near(v.marks[0].x, 412.920, 0.01), "{:?}", v.marks[0]);
    assert!(near(v.marks[0].cost, 395.48, 0.01));
    assert!(near(v.marks[1].x, 126.5146, 0.01), "{:?}", v.marks[1]);
    assert!(near(v.marks[1].cost, 126.3732, 0.01));
}

#[test]
fn hidden_plans_leave_the_view_and_the_crossings_point_at_the_plans_shown() {
    let s = Scenario::default();
    let rows = compare(&s, catalog());
    let hidden: BTreeSet<PlanId> = ["s000-fargate".into()].into();
    let v = curve_view(
        &rows,
        &hidden,
        &s,
        catalog(),
        Axis::ConversationHours,
        Currency::Cny,
    );
    let ids: Vec<&str> = v.plans.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["s000-ec2-gpu", "s000-remote-api", "s000-local"]);
    assert_eq!(v.points.len(), 3);
    // only EC2 × remote is left: EC2 is now index 0, the remote API index 1
    assert_eq!(v.marks.len(), 1);
    assert_eq!((v.marks[0].a, v.marks[0].b), (0, 1));
    assert!(near(v.marks[0].x, 412.920, 0.01));
    // in CNY: 395.48 × 6.7686 = 2,372.88 + 303.9659 = 2,676.8459
    assert!(near(v.marks[0].cost, 2676.8459, 0.01), "{:?}", v.marks[0]);
    // the remote API at 10 h: 16.896 × 6.7686 = 114.3623
    assert!(near(v.points[1][0].1, 114.3623, 1e-3));
}

#[test]
fn the_users_axis_starts_at_a_tenth_of_the_users() {
    let s = Scenario::default();
    let rows = compare(&s, catalog());
    let v = curve_view(
        &rows,
        &BTreeSet::new(),
        &s,
        catalog(),
        Axis::Users,
        Currency::Usd,
    );
    // 200 users: 20 … 2,000
    assert!(near(v.points[0][0].0, 20.0, 1e-9));
    assert!(near(v.points[0][CURVE_SAMPLES - 1].0, 2000.0, 1e-6));
    // at 20 users the remote API has a tenth of the hours: 7.5 + 0.9396 × 10 = 16.896
    assert!(near(v.points[2][0].1, 16.896, 1e-6), "{:?}", v.points[2][0]);
}

#[test]
fn components_offered_per_workload() {
    // seed 000's plans have no switchable parts
    assert!(components_for(&Scenario::preset(Workload::S000), catalog()).is_empty());
    // seed 001: the hybrid plan's owned ECS (on by default) and optional Qdrant (off), in
    // line order
    let mut s = Scenario::preset(Workload::S001);
    let got: Vec<(String, bool, bool)> = components_for(&s, catalog())
        .into_iter()
        .map(|c| (c.key, c.on, c.owned))
        .collect();
    assert_eq!(
        got,
        [
            ("s001-alibaba-ecs-owned".to_string(), true, true),
            ("s001-qdrant".to_string(), false, false)
        ]
    );
    // the scenario's own choice wins over the default
    s.components.insert("s001-qdrant".into(), true);
    s.components.insert("s001-alibaba-ecs-owned".into(), false);
    let on: Vec<bool> = components_for(&s, catalog()).iter().map(|c| c.on).collect();
    assert_eq!(on, [false, true]);
}

#[test]
fn hidden_rows_keep_the_comparisons_order() {
    use deploycalc_core::engine::compare::{hidden, visible};
    let rows = compare(&Scenario::default(), catalog());
    let set: BTreeSet<PlanId> = ["s000-local".into(), "s000-ec2-gpu".into()].into();
    // rows: EC2 (0), Fargate (1), remote API (2), local (3): hidden are 0 and 3, shown 1 and 2
    let ids = |rs: Vec<&deploycalc_core::engine::compare::PlanRow>| -> Vec<String> {
        rs.iter().map(|r| r.plan.id.as_str().to_string()).collect()
    };
    assert_eq!(ids(hidden(&rows, &set)), ["s000-ec2-gpu", "s000-local"]);
    assert_eq!(
        ids(visible(&rows, &set, None)),
        ["s000-fargate", "s000-remote-api"]
    );
}

#[test]
fn the_display_order_puts_the_pinned_plan_first_and_leaves_hidden_ones_out() {
    use deploycalc_core::engine::compare::visible_order;
    let rows = compare(&Scenario::default(), catalog());
    let set: BTreeSet<PlanId> = ["s000-fargate".into()].into();
    // rows: EC2 (0), Fargate (1), remote API (2), local (3); Fargate hidden: 0, 2, 3; the
    // remote API pinned moves to the front: 2, 0, 3
    assert_eq!(visible_order(&rows, &set, None), [0, 2, 3]);
    assert_eq!(
        visible_order(&rows, &set, Some("s000-remote-api")),
        [2, 0, 3]
    );
    // pinning a hidden plan changes nothing
    assert_eq!(visible_order(&rows, &set, Some("s000-fargate")), [0, 2, 3]);
}
