//! The comparison: badges, scores and where cost curves cross, on seed 000's plans.

use crate::common::catalog;
use deploycalc_core::engine::analysis::Axis;
use deploycalc_core::engine::compare::{compare, curve_samples, curve_view, scores, Badge};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::PlanId;

fn ids_with(rows: &[deploycalc_core::engine::compare::PlanRow], b: Badge) -> Vec<&str> {
    rows.iter()
        .filter(|r| r.has(b))
        .map(|r| r.plan.id.as_str())
        .collect()
}

#[test]
fn seed_000_badges_at_the_defaults() {
    let rows = compare(&Scenario::default(), catalog());
    let ids: Vec<&str> = rows.iter().map(|r| r.plan.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "s000-ec2-gpu",
            "s000-fargate",
            "s000-remote-api",
            "s000-local"
        ]
    );
    // local costs $0 but serves 1 user, and the peak is 10: it is not "cheapest".
    // remote API 98.96–103.96 (mid 101.46) < Fargate 123.87–128.87 < EC2 392.98–397.98
    assert_eq!(ids_with(&rows, Badge::Cheapest), ["s000-remote-api"]);
    assert!(!rows[3].serves_peak);
    // EC2 GPU: 100 + 500 + 200 = 800 ms, the lowest of 800 / 3,300 / 1,500 / 1,050
    assert_eq!(ids_with(&rows, Badge::Fastest), ["s000-ec2-gpu"]);
    // privacy 5 / 5 / 2 / 5
    assert_eq!(
        ids_with(&rows, Badge::MostPrivate),
        ["s000-ec2-gpu", "s000-fargate", "s000-local"]
    );
    // the seed calls Fargate "$100/月"; at catalog prices it is 126.37 (mid): > 10 % off
    assert!(rows[1].seed_differs);
}

#[test]
fn with_one_user_at_peak_local_development_is_cheapest() {
    let s = Scenario {
        peak_concurrency: 1.0,
        ..Scenario::default()
    };
    let rows = compare(&s, catalog());
    assert_eq!(ids_with(&rows, Badge::Cheapest), ["s000-local"]);
}

#[test]
fn scores_run_from_one_to_five() {
    let rows = compare(&Scenario::default(), catalog());
    let sc = scores(&rows);
    // cost: local ($0) is best (5), EC2 (the most expensive) worst (1)
    assert_eq!(sc[3].cost, 5.0);
    assert_eq!(sc[0].cost, 1.0);
    // ops: EC2 3,3,3,3 -> 6 - 3 = 3 ; remote API 1,1,1,1 -> 5
    assert_eq!(sc[0].ops, Some(3.0));
    assert_eq!(sc[2].ops, Some(5.0));
    // latency: EC2 fastest -> 5, Fargate slowest -> 1
    assert_eq!((sc[0].latency, sc[1].latency), (Some(5.0), Some(1.0)));
    assert_eq!(sc[3].scalability, Some(1.0));
}

#[test]
fn remote_api_overtakes_fargate_at_about_127_hours() {
    let s = Scenario::default();
    let rows = compare(&s, catalog());
    let view = curve_view(
        &rows,
        &Default::default(),
        &s,
        catalog(),
        Axis::ConversationHours,
        Currency::Usd,
    );
    assert_eq!(view.points.len(), 4);
    let crossings = view.marks;
    // remote API mid = 7.5 + h × (0.36 whisper + 0.018 + 0.0216 LLM + 0.54 TTS = 0.9396)
    // Fargate mid = 126.3732 whatever the hours: 7.5 + 0.9396 h = 126.3732 -> h = 126.5146
    let f = crossings
        .iter()
        .find(|c| (c.a, c.b) == (1, 2))
        .expect("Fargate and remote API cross");
    assert!((f.x - 126.5146).abs() < 0.01, "{f:?}");
    assert!((f.cost - 126.3732).abs() < 0.01, "{f:?}");
    // EC2 at the model's 2 g4dn for the peak of 10 (gpu_default.rs): mid 2 × 383.98 + 4 + 7.5
    // = 779.46: 7.5 + 0.9396 h = 779.46 -> h = 771.96 ÷ 0.9396 = 821.584
    let e = crossings
        .iter()
        .find(|c| (c.a, c.b) == (0, 2))
        .expect("EC2 and remote API cross");
    assert!((e.x - 821.584).abs() < 0.01, "{e:?}");
}

#[test]
fn the_users_axis_scales_usage_with_users() {
    let s = Scenario::default();
    let twice = Axis::Users.at(&s, 400.0);
    // 200 -> 400 users doubles peak (10 -> 20) and conversation hours (100 -> 200)
    assert_eq!(
        (
            twice.users,
            twice.peak_concurrency,
            twice.conversation_hours
        ),
        (400.0, 20.0, 200.0)
    );
    let xs = curve_samples(&s, Axis::Users, 5);
    // a tenth to ten times 200, geometric: 20, 63.2, 200, 632.5, 2000
    assert!((xs[0] - 20.0).abs() < 1e-9 && (xs[4] - 2000.0).abs() < 1e-6);
    assert!((xs[2] - 200.0).abs() < 1e-9);
}

#[test]
fn stacks_and_stages_for_the_charts() {
    use deploycalc_core::engine::compare::{category_stacks, stage_matrix, visible};
    use deploycalc_core::model::catalog::plan::Stage;
    use deploycalc_core::model::catalog::Category;
    use deploycalc_core::model::money::Fx;
    let rows = compare(&Scenario::default(), catalog());
    let all = visible(&rows, &Default::default(), None);
    let (cats, vals) = category_stacks(&all, Currency::Usd, Fx::new(6.7686));
    // EC2 GPU: gpu 2 × 0.526 × 730 = 767.96 (the model's 2 g4dn for the peak of 10), storage
    // (EBS 50 × 0.08 = 4), hosting (Amplify 5–10, mid 7.5)
    let at = |c: Category| cats.iter().position(|x| *x == c).unwrap();
    assert!((vals[0][at(Category::Gpu)] - 767.96).abs() < 1e-9);
    assert!((vals[0][at(Category::Storage)] - 4.0).abs() < 1e-9);
    assert!((vals[0][at(Category::Hosting)] - 7.5).abs() < 1e-9);
    // each row's stack adds up to its total's midpoint: EC2 (776.96 + 781.96) / 2 = 779.46
    assert!((vals[0].iter().sum::<f64>() - 779.46).abs() < 1e-9);
    let (stages, ms) = stage_matrix(&all);
    assert_eq!(stages, [Stage::Asr, Stage::Llm, Stage::Tts]);
    // Fargate: 500 / 2,000 / 800 ms
    assert_eq!(ms[1], [500.0, 2000.0, 800.0]);
    // pinning moves a plan first; hiding drops it
    let hidden = [PlanId::new("s000-local")].into_iter().collect();
    let v = visible(&rows, &hidden, Some("s000-remote-api"));
    let ids: Vec<&str> = v.iter().map(|r| r.plan.id.as_str()).collect();
    assert_eq!(ids, ["s000-remote-api", "s000-ec2-gpu", "s000-fargate"]);
}
