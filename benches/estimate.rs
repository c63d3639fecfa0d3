//! Native benchmark: estimate every plan for one scenario.

use criterion::{criterion_group, criterion_main, Criterion};
use deploycalc::domain::catalog::Catalog;
use deploycalc::domain::estimate::estimate;
use deploycalc::domain::scenario::Scenario;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let Ok(catalog) = Catalog::embedded() else {
        panic!("the embedded catalog does not load");
    };
    let scenario = Scenario::default();
    c.bench_function("estimate_all_plans", |b| {
        b.iter(|| {
            for plan in &catalog.plans {
                black_box(estimate(plan, black_box(&scenario), &catalog));
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
