//! The compare page's decisions, in core: the cost-curve view (hidden plans left out, the
//! crossings' indexes into the plans shown, the currency) and the components offered for a
//! workload. Seed 000 at its defaults (200 users, 100 conversation hours, fx 6.7686 CNY/USD).

use crate::common::catalog;
use deploycalc_core::engine::analysis::Axis;
use deploycalc_core::engine::compare::{
    compare, components_for, curve_view, CurveView, CURVE_SAMPLES,
};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::PlanId;
use deploycalc_core::model::vocab::Workload;
use std::collections::BTreeSet;

/// The default scenario's curves along `axis`, in USD, no plan hidden, with the seed's 50
/// users per g4dn priced (`gc=0`): the chart's shapes below are worked with it.
fn default_view(axis: Axis) -> CurveView {
    let s = crate::common::seed_counts(Workload::S000);
    let rows = compare(&s, catalog());
    curve_view(&rows, &BTreeSet::new(), &s, catalog(), axis, Currency::Usd)
}

fn near(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn the_hours_axis_spans_a_tenth_to_ten_times_with_every_plan() {
    let v = default_view(Axis::ConversationHours);
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
    let s = crate::common::seed_counts(Workload::S000);
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
    let v = default_view(Axis::Users);
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

#[test]
fn the_chart_draws_flat_curves_with_two_points_and_a_slope_with_chords() {
    use deploycalc_core::engine::compare::CHORDS_PER_DECADE;
    let v = default_view(Axis::ConversationHours);
    // along the hours (10 … 1,000) EC2 (395.48), Fargate (126.3732) and local ($0) are flat:
    // their two ends only, where the table has 24 samples
    let ends = |p: usize, y: f64| {
        let l = &v.lines[p];
        assert_eq!(l.len(), 2, "{p}: {l:?}");
        assert!(
            near(l[0].0, 10.0, 1e-9) && near(l[1].0, 1000.0, 1e-9),
            "{p}: {l:?}"
        );
        assert!(near(l[0].1, y, 1e-9) && near(l[1].1, y, 1e-9), "{p}: {l:?}");
    };
    ends(0, 395.48);
    ends(1, 126.3732);
    ends(3, 0.0);
    // the remote API is one straight piece 7.5 + 0.9396 h: two decades, 8 chords each, so 17
    // points, log-spaced: the 9th at 10 × 100^(8/16) = 100 h, 7.5 + 93.96 = 101.46
    assert_eq!(CHORDS_PER_DECADE, 8);
    let api = &v.lines[2];
    assert_eq!(api.len(), 17, "{api:?}");
    assert!(near(api[0].0, 10.0, 1e-9) && near(api[0].1, 16.896, 1e-6));
    assert!(near(api[8].0, 100.0, 1e-9) && near(api[8].1, 101.46, 1e-6));
    assert!(near(api[16].0, 1000.0, 1e-9) && near(api[16].1, 947.1, 1e-6));
    // 2 + 17 + 2 + 2 = 23 points drawn instead of 4 × 24 = 96
    assert_eq!(v.lines.iter().map(Vec::len).sum::<usize>(), 23);
}

#[test]
fn the_chart_draws_a_step_as_two_points_at_one_x() {
    let v = default_view(Axis::Users);
    // EC2 along 20 … 2,000 users: one g4dn up to 1,000 users (⌊1 × 50⌋ × 200 ÷ 10), 395.48,
    // a second above: 395.48 + 383.98 = 779.46 (tests/it/analysis.rs)
    let ec2 = &v.lines[0];
    assert_eq!(ec2.len(), 4, "{ec2:?}");
    assert!(near(ec2[0].0, 20.0, 1e-9) && near(ec2[0].1, 395.48, 1e-9));
    assert!(near(ec2[1].0, 1000.0, 1e-9) && near(ec2[1].1, 395.48, 1e-9));
    assert!(near(ec2[2].0, 1000.0, 1e-9) && near(ec2[2].1, 779.46, 1e-9));
    assert!(near(ec2[3].0, 2000.0, 1e-6) && near(ec2[3].1, 779.46, 1e-9));
}

/// A crossing of plans `a` and `b` at `x` users costing `cost`.
fn mark(a: usize, b: usize, x: f64, cost: f64) -> deploycalc_core::engine::compare::CurveMark {
    deploycalc_core::engine::compare::CurveMark { a, b, x, cost }
}

#[test]
fn crossings_are_numbered_left_to_right_and_near_ones_share_a_number() {
    use deploycalc_core::report::chart::crossing_labels;
    // an axis from 20 to 2,000 (ln 100 = 4.6052 wide) up to $1,000 a month
    let marks = [
        mark(0, 2, 825.84, 395.48),
        mark(1, 2, 253.03, 126.37),
        mark(1, 3, 406.46, 200.0),
        mark(2, 3, 406.46, 200.0),
        mark(0, 3, 1064.0, 779.46),
        mark(1, 0, 1643.17, 779.46),
        mark(2, 3, 1700.0, 100.0),
        mark(0, 1, 1680.0, 790.0),
    ];
    let got: Vec<(usize, f64, bool, Vec<usize>)> = crossing_labels(&marks, (20.0, 2000.0), 1000.0)
        .into_iter()
        .map(|l| (l.number, l.x, l.below, l.marks))
        .collect();
    // by x: 253.03 (1) above, the first label;
    // 406.46 (2): ln(406.46 / 253.03) / 4.6052 = 0.474 / 4.6052 = 0.103 along, more than 0.04
    //   apart but within 0.15 of 1 (above): below; mark 3, the same point, shares it;
    // 825.84 (3): 0.709 / 4.6052 = 0.154 from 2, and 2 is below anyway: above;
    // 1,064 (4): 0.253 / 4.6052 = 0.055 from 3 (above): a number of its own, below;
    // 1,643.17 (5): 0.435 / 4.6052 = 0.094 from 4 (below): above;
    // 1,680 at $790: ln(1680 / 1643.17) = 0.0222 → 0.0048 along and (790 − 779.46) / 1,000 =
    //   0.011 up from 5: shares 5;
    // 1,700 at $100: 0.0074 along but (779.46 − 100) / 1,000 = 0.68 down from 5: its own
    //   number, 6, below (5 is above and near)
    assert_eq!(
        got,
        [
            (1, 253.03, false, vec![1]),
            (2, 406.46, true, vec![2, 3]),
            (3, 825.84, false, vec![0]),
            (4, 1064.0, true, vec![4]),
            (5, 1643.17, false, vec![5, 7]),
            (6, 1700.0, true, vec![6]),
        ]
    );
    assert!(crossing_labels(&[], (20.0, 2000.0), 1000.0).is_empty());
}

#[test]
fn the_curves_chart_numbers_its_crossings_without_symbols_on_the_lines() {
    use deploycalc_core::report::chart::{cost_curves, crossing_labels, CompareText};
    let lines = vec![
        vec![
            (20.0, 395.48),
            (1000.0, 395.48),
            (1000.0, 779.46),
            (2000.0, 779.46),
        ],
        vec![(20.0, 16.896), (2000.0, 947.1)],
    ];
    let marks = [mark(0, 1, 825.84, 395.48), mark(0, 1, 1064.0, 779.46)];
    // 1,064 is ln(1064 / 825.84) / ln 100 = 0.055 along from 825.84: number 2, below
    let labels = crossing_labels(&marks, (20.0, 2000.0), 947.1);
    let text = CompareText {
        value_axis: "$ / month".into(),
        x_axis: "users".into(),
        plans: vec!["ec2".into(), "api".into()],
        series: vec![],
        extra: vec!["Crossings".into()],
    };
    let json = serde_json::to_value(cost_curves(&lines, &labels, true, &text)).unwrap();
    // no title drawn by ECharts (cut off on a phone): the page's text above is the title, and
    // the grid leaves room at its top only for the value axis's name
    assert!(json.get("title").is_none(), "{}", json["title"]);
    assert_eq!(json["grid"][0]["top"], 28, "{}", json["grid"]);
    // and room on the right for the x axis's name, in px (6 % of a phone's chart cut it off)
    assert_eq!(json["grid"][0]["right"], 52, "{}", json["grid"]);
    // the x axis's name under its middle (at its end a long name ran off a phone's chart)
    assert_eq!(json["xAxis"]["nameLocation"], "middle", "{}", json["xAxis"]);
    // the x axis spans the lines exactly (not the log scale's 10 … 10,000)
    assert_eq!(json["xAxis"]["type"], "log", "{}", json["xAxis"]);
    assert_eq!(json["xAxis"]["min"], 20.0);
    assert_eq!(json["xAxis"]["max"], 2000.0);
    let series = json["series"].as_array().unwrap();
    // two lines, then the labels above and those below
    assert_eq!(series.len(), 4);
    for line in &series[..2] {
        assert_eq!(line["type"], "line");
        assert_eq!(line["showSymbol"], false);
        assert!(line.get("markPoint").is_none());
    }
    assert_eq!(series[0]["data"].as_array().unwrap().len(), 4);
    for (s, position, x, y, n) in [
        (&series[2], "top", 825.84, 395.48, "1"),
        (&series[3], "bottom", 1064.0, 779.46, "2"),
    ] {
        // dots without a line between them (the app's ECharts build has no scatter)
        assert_eq!(s["type"], "line");
        assert_eq!(s["lineStyle"]["width"], 0.0);
        assert_eq!(s["symbol"], "circle");
        assert_eq!(s["name"], "Crossings");
        assert_eq!(s["label"]["position"], position);
        assert_eq!(s["label"]["formatter"], "{b}");
        assert_eq!(
            s["data"],
            serde_json::json!([{ "value": [x, y], "name": n }])
        );
    }
}

/// The line breakdown's axis shows a label's name before its parenthesis, cut at 24
/// characters, so that the bars keep their width on a 390 px phone.
#[test]
fn breakdown_axis_labels_are_short() {
    use deploycalc_core::report::chart::{axis_label, AXIS_LABEL_CHARS};
    assert_eq!(AXIS_LABEL_CHARS, 24);
    assert_eq!(
        axis_label("EC2 g4dn.xlarge (24×7, 1 × T4 each)"),
        "EC2 g4dn.xlarge"
    );
    assert_eq!(
        axis_label("自己的电脑（假设带一块 RTX 4090；种子写“需要本地 GPU（可选）”，没写哪块）"),
        "自己的电脑"
    );
    assert_eq!(axis_label("EBS gp3 50 GB"), "EBS gp3 50 GB");
    // nothing before the parenthesis: the whole label, then cut
    assert_eq!(axis_label("(unnamed)"), "(unnamed)");
    // 30 characters, no parenthesis: the first 23 and "…" (24 in all)
    let long = "abcdefghijklmnopqrstuvwxyz0123";
    assert_eq!(axis_label(long), "abcdefghijklmnopqrstuvw…");
    assert_eq!(axis_label(long).chars().count(), 24);
    // exactly 24 stays whole
    assert_eq!(axis_label(&long[..24]), &long[..24]);
}
