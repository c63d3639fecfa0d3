//! Native benchmarks: estimate every plan for one scenario; the whole comparison (estimates,
//! audits, badges) for one workload; the cost curves with their crossing points.

use criterion::{criterion_group, criterion_main, Criterion};
use deploycalc::domain::catalog;
use deploycalc::domain::compare::{compare, cost_curves, CurveAxis};
use deploycalc::domain::estimate::estimate;
use deploycalc::domain::money::Currency;
use deploycalc::domain::scenario::{Scenario, Workload};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let Ok(catalog) = catalog::shared() else {
        panic!("the embedded catalog does not load");
    };
    let scenario = Scenario::default();
    c.bench_function("estimate_all_plans", |b| {
        b.iter(|| {
            for plan in &catalog.plans {
                black_box(estimate(plan, black_box(&scenario), catalog));
            }
        })
    });
    let s003 = Scenario::preset(Workload::S003);
    c.bench_function("compare_s003", |b| {
        b.iter(|| black_box(compare(black_box(&s003), catalog)))
    });
    c.bench_function("cost_curves_s000_24_points", |b| {
        b.iter(|| {
            black_box(cost_curves(
                black_box(&scenario),
                catalog,
                CurveAxis::ConversationHours,
                Currency::Usd,
                24,
            ))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
