//! Native benchmarks: estimate every plan for one scenario; the whole comparison (estimates,
//! audits, badges) for one workload; the compare chart's cost curves with their crossing points; one exact
//! break-even search between two plans; one 24-month growth timeline; one sizing of a model on
//! a GPU instance.

use criterion::{criterion_group, criterion_main, Criterion};
use deploycalc_core::engine::analysis::{break_even_plans, growth, Axis, GrowthInput};
use deploycalc_core::engine::compare::{compare, curve_view};
use deploycalc_core::engine::estimate::{estimate, plans_for};
use deploycalc_core::engine::sizing::{size, InstanceShape, SizingRequest};
use deploycalc_core::model::catalog;
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{InstanceId, Precision, Workload};
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
    // The compare chart's curves: seed 000's four plans along the conversation hours (exact
    // pieces read at 24 points, exact crossings); the rows are the comparison's, computed once.
    let rows = compare(&scenario, catalog);
    let shown_all = Default::default();
    c.bench_function("cost_curves_s000_24_points", |b| {
        b.iter(|| {
            black_box(curve_view(
                &rows,
                &shown_all,
                black_box(&scenario),
                catalog,
                Axis::ConversationHours,
                Currency::Usd,
            ))
        })
    });
    // The decide page's break-even search: the exact crossings of seed 000's GPU box and the
    // remote API along the users (instance steps included), over the whole span (0 to 10x).
    let plan = |id: &str| -> &Plan {
        catalog
            .plan(id)
            .unwrap_or_else(|| panic!("plan {id} is not in the catalog"))
    };
    let (gpu, api) = (plan("s000-ec2-gpu"), plan("s000-remote-api"));
    let s000 = Scenario::preset(Workload::S000);
    c.bench_function("break_even_s000_users", |b| {
        b.iter(|| {
            black_box(break_even_plans(
                gpu,
                api,
                black_box(&s000),
                catalog,
                Axis::Users,
            ))
        })
    });
    // The decide page's growth panel: seed 000's plans, month by month for 24 months.
    let s000_plans: Vec<&Plan> = plans_for(Workload::S000, catalog).collect();
    let input = GrowthInput::preset(Workload::S000);
    c.bench_function("growth_s000_24_months", |b| {
        b.iter(|| {
            black_box(growth(
                black_box(&s000),
                catalog,
                &s000_plans,
                black_box(&input),
            ))
        })
    });
    // The sizing model (issue #16): one whole sizing of Llama 3 8B at INT4 on a g4dn.xlarge
    // for seed 000's traffic (memory fit, the best split and batch, replicas, instances,
    // billed hours, cost), as the sizing panel and every sized plan line run it.
    let Some((inst, gpu, _)) = catalog.instance_parts(&InstanceId::new("aws-g4dn-xlarge")) else {
        panic!("aws-g4dn-xlarge is not in the catalog");
    };
    let Some(arch) = catalog
        .model_archs
        .iter()
        .find(|a| a.id.as_str() == "llama3-8b")
    else {
        panic!("llama3-8b is not in the catalog");
    };
    let req = SizingRequest::from_scenario(
        arch,
        Precision::Int4,
        InstanceShape {
            gpu,
            gpus: inst.gpu_count,
            hourly: Some(0.526),
        },
        &s000,
    );
    c.bench_function("sizing_llama3_8b_g4dn", |b| {
        b.iter(|| black_box(size(black_box(&req), &catalog.gpus)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
