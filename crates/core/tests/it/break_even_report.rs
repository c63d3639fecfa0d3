//! The decide page's break-even report (`analysis::break_even_report`): which plan is the
//! anchor (the recommendation, else the cheapest at the scenario), the rows against the other
//! plans, the costs now and the chart marks — against arithmetic written out by hand (the
//! seed 000 figures are those of `analysis::hours_break_even_of_seed_000`).

use crate::common::catalog;
use deploycalc_core::engine::analysis::{break_even_report, Axis, BreakEvenReport, CrossKind};
use deploycalc_core::engine::decision::tree_for;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{NodeId, OptionId, Workload};
use std::collections::BTreeMap;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn report(w: Workload, s: &Scenario, answers: &[(&str, &str)]) -> BreakEvenReport<'static> {
    let tree = tree_for(w).expect("tree");
    let a: BTreeMap<NodeId, OptionId> = answers
        .iter()
        .map(|&(k, v)| (NodeId::from(k), OptionId::from(v)))
        .collect();
    break_even_report(tree, s, &a, Axis::default_for(w), catalog()).expect("report")
}

fn ids<'a>(r: &'a BreakEvenReport) -> Vec<&'a str> {
    r.plans.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn seed_000_sets_its_recommendation_against_the_other_plans() {
    let s = crate::common::seed_counts(Workload::S000);
    let r = report(Workload::S000, &s, &[]);
    // the tree's four outcome plans, in catalog order
    assert_eq!(
        ids(&r),
        [
            "s000-ec2-gpu",
            "s000-fargate",
            "s000-remote-api",
            "s000-local"
        ]
    );
    // driver: conversation hours (seed 000's default), 100 in the preset, searched 0–1,000
    assert_eq!(r.axis, Axis::ConversationHours);
    assert_eq!((r.value, r.span), (100.0, (0.0, 1000.0)));
    // peak 10 → production; at 100 h the API costs 7.5 + 93.96 = 101.46 < Fargate 126.3732,
    // so no local models → recommended: the remote API (index 2)
    assert_eq!((r.anchor, r.recommended), (2, true));
    let pairs: Vec<(usize, usize)> = r.rows.iter().map(|row| (row.a, row.b)).collect();
    assert_eq!(pairs, [(2, 0), (2, 1), (2, 3)]);
    // now: EC2 GPU 395.48, Fargate 126.3732, API 101.46, local 0
    for (i, usd) in [(0, 395.48), (1, 126.3732), (2, 101.46), (3, 0.0)] {
        assert!(close(r.now_usd(i), usd, 1e-9), "{i}: {}", r.now_usd(i));
    }
    // vs EC2 GPU: 7.5 + 0.9396 h = 395.48 → h = 387.98 ÷ 0.9396; EC2 is cheaper above
    let p = &r.rows[0].points;
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(close(p[0].x, 387.98 / 0.9396, 1e-9));
    assert_eq!(p[0].kind, CrossKind::Linear);
    assert_eq!(r.above(&r.rows[0], &p[0]), (0, 2));
    // vs Fargate: 7.5 + 0.9396 h = 126.3732 → h = 118.8732 ÷ 0.9396
    let p = &r.rows[1].points;
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(close(p[0].x, 118.8732 / 0.9396, 1e-9));
    assert_eq!(r.above(&r.rows[1], &p[0]), (1, 2));
    // vs local ($0): the API costs at least 7.5 everywhere, no crossing; local is cheaper now
    assert!(r.rows[2].points.is_empty());
    assert_eq!(r.cheaper_now(&r.rows[2]), 3);
    // the API is cheaper than EC2 GPU and Fargate at 100 h
    assert_eq!(
        (r.cheaper_now(&r.rows[0]), r.cheaper_now(&r.rows[1])),
        (2, 2)
    );
    // marks on the API's curve, at the crossing costs 395.48 and 126.3732
    let m = r.marks();
    assert_eq!(m.len(), 2);
    assert!(m.iter().all(|m| m.curve == 2));
    assert!(close(m[0].x, 387.98 / 0.9396, 1e-9) && close(m[0].usd, 395.48, 1e-6));
    assert!(close(m[1].x, 118.8732 / 0.9396, 1e-9) && close(m[1].usd, 126.3732, 1e-6));
}

#[test]
fn the_visitors_answer_moves_the_anchor() {
    // "not in production" → local development: local (index 3) is the anchor
    let s = crate::common::seed_counts(Workload::S000);
    let r = report(Workload::S000, &s, &[("s000-production", "no")]);
    assert_eq!((r.anchor, r.recommended), (3, true));
    let pairs: Vec<(usize, usize)> = r.rows.iter().map(|row| (row.a, row.b)).collect();
    assert_eq!(pairs, [(3, 0), (3, 1), (3, 2)]);
}

#[test]
fn without_a_recommendation_the_cheapest_plan_at_the_scenario_is_the_anchor() {
    // seed 001 with the ECS not owned: "owned ECS?" → no → "single point?" has no predicate,
    // so the walk waits for the visitor. With Qdrant on (CNY, fx 6.7686, 50 GB):
    //   Tencent ≥ 60 + 60 + 10–20 + SCF 0.5554 + 10–50 = 140.5554–190.5554 (mid 165.5554),
    //   hybrid ≥ ECS ? + 60 + 10–20 + 60 + 10–50 = 140–190 (mid 165),
    //   single server 60 + 10–20 + 10–50 = 80–130 (mid 105) → the single server (index 2) is
    //   the cheapest.
    let mut s = Scenario::preset(Workload::S001);
    s.components.insert("s001-alibaba-ecs-owned".into(), false);
    s.components.insert("s001-qdrant".into(), true);
    let r = report(Workload::S001, &s, &[]);
    assert_eq!(ids(&r), ["s001-tencent", "s001-hybrid", "s001-single"]);
    assert_eq!(r.axis, Axis::StorageGb);
    assert_eq!((r.value, r.span), (50.0, (0.0, 500.0)));
    assert_eq!((r.anchor, r.recommended), (2, false));
    let pairs: Vec<(usize, usize)> = r.rows.iter().map(|row| (row.a, row.b)).collect();
    assert_eq!(pairs, [(2, 0), (2, 1)]);
    assert!(
        close(r.now_usd(2), 105.0 / 6.7686, 1e-9),
        "{}",
        r.now_usd(2)
    );
    assert!(
        close(r.now_usd(0), 165.5554 / 6.7686, 1e-9),
        "{}",
        r.now_usd(0)
    );
    // the unknown prices (TDMQ; the ECS not owned) make the other two "at least"
    assert!(r.curves[0].lower_bound && r.curves[1].lower_bound && !r.curves[2].lower_bound);
}

#[test]
fn the_chart_marks_the_points_on_the_anchors_curve() {
    use deploycalc_core::engine::analysis::CostCurve;
    use deploycalc_core::model::money::{Currency, Fx};
    use deploycalc_core::report::chart::{breakeven_chart, DecideChartText};
    let r = report(
        Workload::S000,
        &crate::common::seed_counts(Workload::S000),
        &[],
    );
    let curves: Vec<&CostCurve> = r.curves.iter().collect();
    let text = DecideChartText {
        x_axis: "conversation hours a month".into(),
        y_axis: "$ / month".into(),
        y2_axis: String::new(),
        series: ["ec2", "fargate", "api", "local"]
            .map(String::from)
            .to_vec(),
    };
    let label = |x: f64| format!("at {x:.0}");
    let chart = breakeven_chart(
        &curves,
        &r.marks(),
        &label,
        Currency::Usd,
        Fx::new(6.7686),
        &text,
    );
    let json = serde_json::to_value(chart).unwrap();
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 4);
    assert_eq!(series[2]["name"], "api");
    // only the API's line (the anchor) carries marks
    for i in [0, 1, 3] {
        assert!(series[i].get("markPoint").is_none(), "{i}");
    }
    let pts = series[2]["markPoint"]["data"].as_array().unwrap();
    assert_eq!(pts.len(), 2);
    // 387.98 ÷ 0.9396 = 412.9203… → 412.92 at 395.48 a month, labelled "at 413"
    assert_eq!(pts[0]["xAxis"], 412.92);
    assert_eq!(pts[0]["yAxis"], 395.48);
    assert_eq!(pts[0]["name"], "at 413");
    // 118.8732 ÷ 0.9396 = 126.5147… → 126.51 at 126.3732 → 126.37, "at 127"
    assert_eq!(pts[1]["xAxis"], 126.51);
    assert_eq!(pts[1]["yAxis"], 126.37);
    assert_eq!(pts[1]["name"], "at 127");
}
