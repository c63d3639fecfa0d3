//! Break-even points (exact, steps included), commitments, GPU hours, levers and the growth
//! timeline, each against arithmetic written out by hand.

use crate::common::{catalog, plan};
use deploycalc_core::engine::analysis::{
    break_even, break_even_plans, check_path, commitments, cost_curve, gpu_hours_break_even,
    growth, levers, steps, Axis, CrossKind, GrowthInput, LeverKind, PathGap,
};
use deploycalc_core::engine::decision::tree_for;
use deploycalc_core::engine::estimate::{estimate, plans_for};
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{PurchaseOption, Workload};
use deploycalc_core::report::chart::{curve_points, growth_chart, DecideChartText};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// (x, kind, cheaper above) of the break-even points of two plans.
fn points(a: &str, b: &str, s: &Scenario, axis: Axis) -> Vec<(f64, CrossKind, String)> {
    break_even_plans(plan(a), plan(b), s, catalog(), axis)
        .into_iter()
        .map(|p| (p.x, p.kind, p.cheaper_above.0))
        .collect()
}

fn s000() -> Scenario {
    // the seed's 50 users per g4dn: every EC2 figure below is worked with it
    crate::common::seed_counts(Workload::S000)
}

#[test]
fn hours_break_even_of_seed_000() {
    // Remote API: 7.5 (Amplify 5–10) + 0.9396 × h (60 × 0.006 + 0.12 × 0.15 + 0.036 × 0.6
    // + 0.036 × 15); Fargate 126.3732 and EC2 GPU 395.48 do not depend on the hours.
    // Fargate: 7.5 + 0.9396 h = 126.3732 → h = 118.8732 ÷ 0.9396 = 126.51470…
    let p = points(
        "s000-fargate",
        "s000-remote-api",
        &s000(),
        Axis::ConversationHours,
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(close(p[0].0, 118.8732 / 0.9396, 1e-9), "{p:?}");
    assert!(close(p[0].0, 126.514_7, 1e-4));
    assert_eq!(p[0].1, CrossKind::Linear);
    assert_eq!(p[0].2, "s000-fargate");
    // EC2 GPU: 7.5 + 0.9396 h = 395.48 → h = 387.98 ÷ 0.9396 = 412.92039…
    let p = points(
        "s000-ec2-gpu",
        "s000-remote-api",
        &s000(),
        Axis::ConversationHours,
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(close(p[0].0, 412.920_39, 1e-4), "{p:?}");
    assert_eq!(p[0].2, "s000-ec2-gpu");
    // the exact values, not a bisection's approximation
    assert!(close(p[0].0, 387.98 / 0.9396, 1e-9));
    // two flat lines never cross
    assert!(points(
        "s000-ec2-gpu",
        "s000-fargate",
        &s000(),
        Axis::ConversationHours
    )
    .is_empty());
}

#[test]
fn users_break_even_includes_the_instance_steps() {
    // along users (0–2,000; the preset's 200 users, peak 10, 100 h scale together):
    // hours = 100 × u ÷ 200, so the API costs 7.5 + 0.9396 × u ÷ 2 = 7.5 + 0.4698 u;
    // peak = ⌈10 u ÷ 200⌉ = ⌈u ÷ 20⌉, GPU boxes ⌈peak ÷ 50⌉ = ⌈u ÷ 1,000⌉:
    // EC2 = 4 (EBS) + 7.5 + 383.98 × ⌈u ÷ 1,000⌉.
    let p = points("s000-ec2-gpu", "s000-remote-api", &s000(), Axis::Users);
    assert_eq!(p.len(), 3, "{p:?}");
    // 7.5 + 0.4698 u = 395.48 → u = 387.98 ÷ 0.4698 = 825.84078…
    assert!(close(p[0].0, 387.98 / 0.4698, 1e-6), "{p:?}");
    assert_eq!(
        (p[0].1, p[0].2.as_str()),
        (CrossKind::Linear, "s000-ec2-gpu")
    );
    // above 1,000 users a second box: 11.5 + 767.96 = 779.46 > 7.5 + 469.8 = 477.30 → the API
    // is cheaper again, from exactly 1,000
    assert!(close(p[1].0, 1000.0, 1e-9), "{p:?}");
    assert_eq!(
        (p[1].1, p[1].2.as_str()),
        (CrossKind::Step, "s000-remote-api")
    );
    // 7.5 + 0.4698 u = 779.46 → u = 771.96 ÷ 0.4698 = 1,643.16730…
    assert!(close(p[2].0, 771.96 / 0.4698, 1e-6), "{p:?}");
    assert_eq!(p[2].2, "s000-ec2-gpu");

    // Fargate = 7.5 + 16.425 (ALB) + 30.368 (t3.medium) + 72.0802 × ⌈peak ÷ 20⌉ with
    // 72.0802 = 2 × 730 × 0.04048 + 4 × 730 × 0.004445 and ⌈peak ÷ 20⌉ = ⌈u ÷ 400⌉
    let p = points("s000-fargate", "s000-remote-api", &s000(), Axis::Users);
    // 7.5 + 0.4698 u = 126.3732 → u = 118.8732 ÷ 0.4698 = 253.02937…
    assert!(close(p[0].0, 118.8732 / 0.4698, 1e-6), "{p:?}");
    assert_eq!(p[0].2, "s000-fargate");
    // at 400 a second task: 198.4534 > 7.5 + 187.92 = 195.42 → the API again, from 400
    assert!(close(p[1].0, 400.0, 1e-9), "{p:?}");
    assert_eq!(
        (p[1].1, p[1].2.as_str()),
        (CrossKind::Step, "s000-remote-api")
    );
    // until 7.5 + 0.4698 u = 198.4534 → u = 190.9534 ÷ 0.4698 = 406.45678…
    assert!(close(p[2].0, 190.9534 / 0.4698, 1e-6), "{p:?}");
    assert_eq!(p[2].2, "s000-fargate");
    // at 800 (third task: 270.5336) the API already costs 7.5 + 375.84 = 383.34: no change
    assert_eq!(p.len(), 3, "{p:?}");
}

#[test]
fn cost_curves_are_exact_pieces_split_at_the_steps() {
    let s = s000();
    // steps of the EC2 GPU plan on users up to 2,000: only 1,000 (⌊1 × 50⌋ × 200 ÷ 10)
    assert_eq!(
        steps(
            plan("s000-ec2-gpu"),
            &s,
            catalog(),
            Axis::Users,
            0.0,
            2000.0
        ),
        [1000.0]
    );
    // Fargate's at ⌊m × 20⌋ × 20 users: 400, 800, 1,200, 1,600
    assert_eq!(
        steps(
            plan("s000-fargate"),
            &s,
            catalog(),
            Axis::Users,
            0.0,
            2000.0
        ),
        [400.0, 800.0, 1200.0, 1600.0]
    );
    // no steps along the hours
    assert!(steps(
        plan("s000-fargate"),
        &s,
        catalog(),
        Axis::ConversationHours,
        0.0,
        1e4
    )
    .is_empty());
    let c = cost_curve(
        plan("s000-ec2-gpu"),
        &s,
        catalog(),
        Axis::Users,
        (0.0, 2000.0),
    );
    assert_eq!(c.pieces.len(), 2, "{:?}", c.pieces);
    // 395.48 up to 1,000 users inclusive, 779.46 just above
    assert!(close(c.at(1000.0), 395.48, 1e-9));
    assert!(close(c.right_of(1000.0), 779.46, 1e-9));
    // drawn exactly: the chart's points include the vertical step
    let pts = curve_points(&c, Currency::Usd, Fx::new(6.7686));
    assert_eq!(pts.len(), 4, "{pts:?}");
    assert!(close(pts[1].0, 1000.0, 1e-12) && close(pts[2].0, 1000.0, 1e-12));
    assert!(close(pts[1].1, 395.48, 1e-9) && close(pts[2].1, 779.46, 1e-9));
    // in yuan: × 6.7686
    let cny = curve_points(&c, Currency::Cny, Fx::new(6.7686));
    assert!(close(cny[0].1, 395.48 * 6.7686, 1e-9));
}

#[test]
fn a_free_quota_kink_is_found_and_the_crossing_is_exact() {
    let s = Scenario::preset(Workload::S004);
    // AWS (tests/plans_s004.rs): 124.10 + 248.20 + 8 + 11.50 = 391.80 plus 0.09 per GB of egress
    // above the free 100 GB; GCP: 109.44452 + 218.88904 + 10 + 10 = 348.33356 plus 0.12 per GB.
    let aws = cost_curve(
        plan("s004-aws"),
        &s,
        catalog(),
        Axis::EgressGb,
        Axis::EgressGb.span(&s),
    );
    // flat to 100 GB, then + 0.09 / GB: at 1,100 GB 391.80 + 90 = 481.80
    assert!(close(aws.at(50.0), 391.80, 1e-6));
    assert!(close(aws.at(100.0), 391.80, 1e-9));
    assert!(close(aws.at(1100.0), 481.80, 1e-6));
    // the curve agrees with the engine everywhere, and stays small
    for x in [0.0, 37.0, 99.9, 100.1, 512.0, 9999.0] {
        let direct = estimate(plan("s004-aws"), &Axis::EgressGb.at(&s, x), catalog())
            .monthly_usd
            .range()
            .mid();
        assert!(
            close(aws.at(x), direct, 1e-6),
            "{x}: {} vs {direct}",
            aws.at(x)
        );
    }
    // two pieces: the corner at exactly 100 GB (the lines on either side meet there)
    assert_eq!(aws.pieces.len(), 2, "{:?}", aws.pieces);
    assert!(close(aws.pieces[0].x1, 100.0, 1e-9), "{:?}", aws.pieces);
    assert!(close(aws.pieces[1].slope(), 0.09, 1e-12));
    // above 100 GB: 391.80 + 0.09 (e − 100) = 348.33356 + 0.12 e → 0.03 e = 34.46644
    // → e = 1,148.88133…; below 100 GB GCP is cheaper (348.33 + 12 < 391.80)
    let p = points("s004-aws", "s004-gcp", &s, Axis::EgressGb);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(close(p[0].0, 34.46644 / 0.03, 1e-8), "{p:?}");
    assert_eq!(p[0].2, "s004-aws");
    // swapping the plans gives the same point
    let q = points("s004-gcp", "s004-aws", &s, Axis::EgressGb);
    assert!(close(q[0].0, p[0].0, 1e-9));
    assert_eq!(q[0].2, "s004-aws");
}

#[test]
fn equal_curves_do_not_break_even() {
    let s = s000();
    let c = cost_curve(
        plan("s000-fargate"),
        &s,
        catalog(),
        Axis::Users,
        (0.0, 2000.0),
    );
    assert!(break_even(&c, &c).is_empty());
}

#[test]
fn commitments_break_even_in_months() {
    let s = s000();
    let c = commitments(plan("s000-ec2-gpu"), &s, catalog());
    let get = |o: PurchaseOption| c.iter().find(|x| x.option == o).unwrap();
    // the g4dn line only (EBS and Amplify are not compute): on demand 0.526 × 730 = 383.98;
    // 1-yr reserved 0.331 × 730 = 241.63; break even after 12 × 241.63 ÷ 383.98
    // = 12 × 0.331 ÷ 0.526 = 7.55133 months of use
    let r1 = get(PurchaseOption::Reserved1y);
    assert!(close(r1.on_demand_usd, 383.98, 1e-9));
    assert!(close(r1.committed_usd, 241.63, 1e-9));
    assert!(close(r1.months_to_break_even().unwrap(), 7.551_33, 1e-5));
    assert!(close(r1.saving_usd(), 142.35, 1e-9));
    // savings plan 20–30 % off (mid 25 %): 12 × 0.75 = 9 months
    assert!(close(
        get(PurchaseOption::SavingsPlan1y)
            .months_to_break_even()
            .unwrap(),
        9.0,
        1e-9
    ));
    // 3-yr reserved 40 % off: 36 × 0.6 = 21.6 months
    assert!(close(
        get(PurchaseOption::Reserved3y)
            .months_to_break_even()
            .unwrap(),
        21.6,
        1e-9
    ));
    // the remote API has no line a commitment covers
    assert!(commitments(plan("s000-remote-api"), &s, catalog()).is_empty());
}

#[test]
fn gpu_hours_a_day_against_an_always_on_commitment() {
    let g = gpu_hours_break_even(plan("s000-ec2-gpu"), &s000(), catalog());
    let get = |o: PurchaseOption| g.iter().find(|x| x.option == o).unwrap();
    // on demand for h hours a day vs reserved all day: 0.526 h = 0.331 × 24
    // → h = 24 × 0.331 ÷ 0.526 = 15.10266 hours a day
    let r1 = get(PurchaseOption::Reserved1y);
    assert_eq!(r1.price.as_str(), "aws-ec2-g4dn-xlarge");
    assert!(close(r1.hours_per_day, 15.102_66, 1e-5));
    // savings plan (mid 0.75): 18 h; 3-yr reserved (0.6): 14.4 h
    assert!(close(
        get(PurchaseOption::SavingsPlan1y).hours_per_day,
        18.0,
        1e-9
    ));
    assert!(close(
        get(PurchaseOption::Reserved3y).hours_per_day,
        14.4,
        1e-9
    ));
    // no GPU, no figure
    assert!(gpu_hours_break_even(plan("s000-fargate"), &s000(), catalog()).is_empty());
}

#[test]
fn seed_003_levers_with_their_savings() {
    let s = Scenario {
        gpu_hours_per_day: 24.0,
        ..Scenario::preset(Workload::S003)
    };
    let l = levers(plan("s003-medium"), &s, catalog());
    // on-demand GPU 8 h instead of 24: 730 × 16 ÷ 24 = 486.667 h × 0.526 = 255.98667 saved
    let gpu = l
        .iter()
        .find(|x| x.kind == LeverKind::GpuHours(8.0))
        .expect("GPU hours lever");
    assert!(close(gpu.saving_usd(), 730.0 * 16.0 / 24.0 * 0.526, 1e-6));
    // the 1-yr reservation covers only the g4dn line: 730 × (0.526 − 0.331) = 142.35 at 24 h
    let r1 = l
        .iter()
        .find(|x| x.kind == LeverKind::Purchase(PurchaseOption::Reserved1y))
        .unwrap();
    assert!(close(r1.saving_usd(), 142.35, 1e-6));
    // at the preset's 8 h the GPU lever no longer applies
    let l8 = levers(
        plan("s003-medium"),
        &Scenario::preset(Workload::S003),
        catalog(),
    );
    assert!(!l8.iter().any(|x| matches!(x.kind, LeverKind::GpuHours(_))));
    // the dev tier has nothing to optimise
    assert!(levers(plan("s003-dev"), &s, catalog()).is_empty());
}

fn tree_plans(w: Workload) -> Vec<&'static Plan> {
    let t = tree_for(w).unwrap();
    let ids = t.outcome_plans();
    plans_for(w, catalog())
        .filter(|p| ids.contains(&&p.id))
        .collect()
}

fn path_of(t: &deploycalc_core::engine::analysis::Timeline) -> Vec<(usize, &str)> {
    t.path
        .iter()
        .map(|&(m, i)| (m, t.plans[i].as_str()))
        .collect()
}

#[test]
fn seed_000_growth_with_the_latency_target() {
    let s = s000();
    let plans = tree_plans(Workload::S000);
    let input = GrowthInput::preset(Workload::S000);
    assert_eq!(
        (input.start_users, input.growth_pct, input.months),
        (10.0, 30.0, 24)
    );
    let t = growth(&s, catalog(), &plans, &input);
    // month m: round(10 × 1.3^(m−1)) users, peak ⌈u ÷ 20⌉.
    // m 1–3: 10, 13, 17 users → peak 1: local ($0) fits.
    // m 4: 21.97 → 22 users, peak 2: local cannot scale; Fargate misses 2 s (3,300 ms);
    //   the API 7.5 + 0.4698 × 22 = 17.84 < EC2 395.48.
    // m 17: 1.3^16 = 66.54 → 665 users: API 7.5 + 312.42 = 319.92 < 395.48;
    // m 18: 1.3^17 = 86.50 → 865 users: API 413.88 > 395.48 → EC2 GPU.
    assert_eq!(
        path_of(&t),
        [
            (1, "s000-local"),
            (4, "s000-remote-api"),
            (18, "s000-ec2-gpu")
        ]
    );
    assert_eq!(t.months[16].users, 665.0);
    assert_eq!(t.months[17].users, 865.0);
    assert!(t.months[17].migrated && !t.months[16].migrated);
    // from 1,001 users the API is cheaper again (a second GPU box), but a plan left is not
    // returned to: month 20 has 1.3^19 = 146.19 → 1,462 users, API 694.35 < EC2 779.46
    assert_eq!(t.months[19].users, 1462.0);
    let api = t
        .plans
        .iter()
        .position(|p| p.as_str() == "s000-remote-api")
        .unwrap();
    let ec2 = t
        .plans
        .iter()
        .position(|p| p.as_str() == "s000-ec2-gpu")
        .unwrap();
    assert_eq!(t.months[19].cheapest, Some(api));
    assert_eq!(t.months[19].chosen, Some(ec2));
    assert!(close(
        t.months[19].plans[api].usd,
        7.5 + 0.4698 * 1462.0,
        1e-9
    ));
    assert!(close(
        t.months[19].plans[ec2].usd,
        11.5 + 2.0 * 383.98,
        1e-9
    ));
    // the seed's path: Fargate never fits (3.3 s misses the 2 s target in all 24 months)
    let seed = &tree_for(Workload::S000)
        .unwrap()
        .migration_path
        .as_ref()
        .unwrap()
        .plans;
    let check = check_path(seed, &t);
    assert!(!check.matches);
    assert_eq!(
        check.missing,
        [(
            plan("s000-fargate").id.clone(),
            PathGap::NeverFits {
                capacity: 0,
                latency: 24,
                privacy: 0
            }
        )]
    );
}

#[test]
fn seed_000_growth_without_the_latency_target_stops_at_fargate() {
    let s = s000();
    let plans = tree_plans(Workload::S000);
    let input = GrowthInput {
        require_latency: false,
        ..GrowthInput::preset(Workload::S000)
    };
    let t = growth(&s, catalog(), &plans, &input);
    // m 13: 1.3^12 = 23.30 → 233 users: API 7.5 + 109.46 = 116.96 < Fargate 126.3732;
    // m 14: 1.3^13 = 30.29 → 303 users: API 149.85 > 126.3732 → Fargate
    assert_eq!(
        path_of(&t),
        [
            (1, "s000-local"),
            (4, "s000-remote-api"),
            (14, "s000-fargate")
        ]
    );
    // EC2 GPU never becomes the cheapest: per 20 peak users Fargate adds 72.08, per 50 the GPU
    // box adds 383.98 (3.60 vs 7.68 per peak user), and Fargate starts cheaper
    let seed = &tree_for(Workload::S000)
        .unwrap()
        .migration_path
        .as_ref()
        .unwrap()
        .plans;
    let check = check_path(seed, &t);
    assert_eq!(
        check.missing,
        [(
            plan("s000-ec2-gpu").id.clone(),
            PathGap::NeverCheapest { fit_months: 24 }
        )]
    );
    // requiring private data (rating 5) drops the API: local → EC2 GPU at month 4
    let private = GrowthInput {
        min_privacy: Some(5),
        ..GrowthInput::preset(Workload::S000)
    };
    let t = growth(&s, catalog(), &plans, &private);
    assert_eq!(path_of(&t), [(1, "s000-local"), (4, "s000-ec2-gpu")]);
}

#[test]
fn seed_003_growth_reproduces_its_five_stages() {
    let s = Scenario::preset(Workload::S003);
    let plans = tree_plans(Workload::S003);
    let t = growth(&s, catalog(), &plans, &GrowthInput::preset(Workload::S003));
    // users round(50 × 1.5^(m−1)), peak ⌈u ÷ 50⌉ (preset 20 at 1,000 users). Capacity: dev 5
    // (no scaling) → u ≤ 250; small 2 × 25 = 50 → u ≤ 2,500; medium 3 × 100 = 300 → u ≤ 15,000;
    // large 20 × 100 = 2,000 → u ≤ 100,000; enterprise has no limit.
    // m 4: 168.75 → 169 (dev); m 5: 253 (peak 6 > 5 → small); m 10: 1,922 (small);
    // m 11: 2,883 (peak 58 > 50 → medium); m 15: 14,596 (peak 292, medium);
    // m 16: 21,895 (peak 438 → large); m 19: 73,895 (peak 1,478, large);
    // m 20: 110,842 (peak 2,217 > 2,000 → enterprise)
    assert_eq!(
        path_of(&t),
        [
            (1, "s003-dev"),
            (5, "s003-small"),
            (11, "s003-medium"),
            (16, "s003-large"),
            (20, "s003-enterprise")
        ]
    );
    for (m, users) in [
        (4, 169.0),
        (5, 253.0),
        (10, 1922.0),
        (11, 2883.0),
        (15, 14596.0),
        (16, 21895.0),
        (19, 73895.0),
        (20, 110842.0),
    ] {
        assert_eq!(t.months[m - 1].users, users, "month {m}");
    }
    let seed = &tree_for(Workload::S003)
        .unwrap()
        .migration_path
        .as_ref()
        .unwrap()
        .plans;
    assert!(check_path(seed, &t).matches);
}

#[test]
fn the_timeline_is_monotonic_and_consistent_with_the_estimates() {
    for w in [
        Workload::S000,
        Workload::S001,
        Workload::S002,
        Workload::S003,
        Workload::S004,
    ] {
        let s = Scenario::preset(w);
        let plans = tree_plans(w);
        let input = GrowthInput::preset(w);
        let t = growth(&s, catalog(), &plans, &input);
        assert_eq!(t.months.len(), 24);
        let mut cumulative = 0.0;
        for (k, m) in t.months.iter().enumerate() {
            if k > 0 {
                assert!(m.users >= t.months[k - 1].users, "{w:?} month {}", m.month);
                assert!(m.peak >= t.months[k - 1].peak);
            }
            let sm = Axis::Users.at(&s, m.users);
            for (i, p) in plans.iter().enumerate() {
                let direct = estimate(p, &sm, catalog()).monthly_usd.range().mid();
                assert!(close(m.plans[i].usd, direct, 1e-9));
            }
            if let Some(c) = m.chosen {
                assert!(m.plans[c].fit.ok());
                cumulative += m.plans[c].usd;
            }
            if let Some(c) = m.cheapest {
                // nothing that fits is cheaper than the cheapest
                assert!(m
                    .plans
                    .iter()
                    .all(|p| !p.fit.ok() || p.usd >= m.plans[c].usd));
            }
            assert!(close(m.cumulative_usd, cumulative, 1e-6));
        }
        assert!(close(t.path_total_usd, cumulative, 1e-6));
        for (i, st) in t.stay.iter().enumerate() {
            let sum: f64 = t.months.iter().map(|m| m.plans[i].usd).sum();
            assert!(close(st.total_usd, sum, 1e-6));
        }
    }
    // users per month: 10 × 1.3^(m−1) rounded
    let input = GrowthInput::preset(Workload::S000);
    assert_eq!(input.users_in(1), 10.0);
    assert_eq!(input.users_in(2), 13.0);
    assert_eq!(input.users_in(3), 17.0); // 16.9
}

#[test]
fn the_growth_chart_has_the_path_each_plan_and_the_users() {
    let s = s000();
    let plans = tree_plans(Workload::S000);
    let t = growth(&s, catalog(), &plans, &GrowthInput::preset(Workload::S000));
    let text = DecideChartText {
        x_axis: "month".into(),
        y_axis: "$".into(),
        y2_axis: "users".into(),
        series: ["path", "a", "b", "c", "d", "users"]
            .map(String::from)
            .to_vec(),
    };
    let json =
        serde_json::to_value(growth_chart(&t, Currency::Usd, Fx::new(6.7686), &text)).unwrap();
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 6);
    assert_eq!(series[0]["name"], "path");
    assert_eq!(series[5]["type"], "bar");
    assert_eq!(series[5]["yAxisIndex"], 1.0);
    // the path's last cumulative point is its total (rounded to cents)
    let last = series[0]["data"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(close(
        last,
        (t.path_total_usd * 100.0).round() / 100.0,
        1e-9
    ));
    assert_eq!(series[5]["data"][0], 10.0);
}

#[test]
fn private_data_means_a_privacy_rating_of_four_or_more() {
    // the growth panel's "Private data (privacy ≥ 4/5: no third-party APIs)" checkbox
    assert_eq!(GrowthInput::PRIVATE_DATA, 4);
    let private = GrowthInput {
        min_privacy: Some(GrowthInput::PRIVATE_DATA),
        ..GrowthInput::preset(Workload::S000)
    };
    assert_eq!(private.min_privacy, Some(4));
}

#[test]
fn the_timeline_names_its_path_and_a_cheaper_plan_left_behind() {
    use deploycalc_core::engine::analysis::{Fit, Month, PlanMonth, Stay, Timeline};
    use deploycalc_core::model::vocab::PlanId;
    let fits = PlanMonth {
        usd: 1.0,
        lower_bound: false,
        fit: Fit {
            capacity: true,
            latency: true,
            privacy: true,
        },
    };
    let month = |m: usize, cheapest: Option<usize>, chosen: Option<usize>| Month {
        month: m,
        users: 1.0,
        peak: 1.0,
        plans: vec![fits.clone(), fits.clone()],
        cheapest,
        chosen,
        migrated: false,
        cumulative_usd: 0.0,
    };
    // plan 0 from month 1, plan 1 from month 3 (the path as (month, index))
    let t = Timeline {
        plans: vec![PlanId("a".into()), PlanId("b".into())],
        months: vec![
            month(1, Some(0), Some(0)),
            month(2, Some(0), Some(0)),
            month(3, Some(0), Some(1)),
            month(4, None, None),
        ],
        stay: vec![
            Stay {
                total_usd: 0.0,
                first_unfit: None,
            };
            2
        ],
        path: vec![(1, 0), (3, 1)],
        path_total_usd: 0.0,
    };
    let steps: Vec<(usize, &str)> = t
        .path_steps()
        .into_iter()
        .map(|(m, p)| (m, p.as_str()))
        .collect();
    assert_eq!(steps, [(1, "a"), (3, "b")]);
    let chosen: Vec<Option<&str>> = t
        .months
        .iter()
        .map(|m| t.chosen_plan(m).map(|p| p.as_str()))
        .collect();
    assert_eq!(chosen, [Some("a"), Some("a"), Some("b"), None]);
    // month 3: "a" is the cheapest but the path has moved on to "b" → a is cheaper elsewhere;
    // months 1–2 the path is on the cheapest; month 4 nothing fits
    let elsewhere: Vec<Option<usize>> = t.months.iter().map(Month::cheaper_elsewhere).collect();
    assert_eq!(elsewhere, [None, None, Some(0), None]);
}
