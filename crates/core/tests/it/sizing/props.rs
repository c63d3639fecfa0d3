//! Properties over random requests on the catalog's real GPUs and models: a sizing is
//! finite and within its limits, and every suggestion an error carries really works when
//! applied.

use crate::common::catalog;
use deploycalc_core::engine::sizing::{
    size, Billing, Demand, InstanceShape, LatencyTarget, SizingError, SizingRequest,
};
use deploycalc_core::model::catalog::GpuRecord;
use deploycalc_core::model::vocab::Precision;
use proptest::prelude::*;

#[derive(Clone, Debug)]
struct Case {
    arch: usize,
    gpu: usize,
    gpus: u32,
    precision: Precision,
    demand: Demand,
    latency: LatencyTarget,
    headroom: f64,
    billing: Billing,
    hourly: Option<f64>,
}

fn case() -> impl Strategy<Value = Case> {
    let n_arch = catalog().model_archs.len();
    let n_gpu = catalog().gpus.len();
    let demand = (
        0.0..200.0f64,
        0.0..20_000.0f64,
        1.0..4_000.0f64,
        0.0..10_000.0f64,
    )
        .prop_map(|(rps, input, output, hours)| Demand {
            peak_requests_per_s: rps,
            input_tokens_per_request: input,
            output_tokens_per_request: output,
            monthly_input_mtokens: hours * 240.0 * input / 1e6,
            monthly_output_mtokens: hours * 240.0 * output / 1e6,
            traffic_hours_per_month: hours,
        });
    let billing = prop_oneof![
        Just(Billing::AlwaysOn),
        (0.0..=24.0f64).prop_map(Billing::ActiveHours),
        Just(Billing::ScaleToZero),
    ];
    (
        (
            0..n_arch,
            0..n_gpu,
            prop::sample::select(vec![1u32, 2, 3, 4, 8]),
        ),
        prop::sample::select(Precision::ALL.to_vec()),
        demand,
        (20.0..5_000.0f64, 5.0..500.0f64, 0.05..=1.0f64),
        billing,
        prop::option::of(0.0..100.0f64),
    )
        .prop_map(
            |((arch, gpu, gpus), precision, demand, (ttft, tpot, headroom), billing, hourly)| {
                Case {
                    arch,
                    gpu,
                    gpus,
                    precision,
                    demand,
                    latency: LatencyTarget {
                        first_token_ms: ttft,
                        per_token_ms: tpot,
                    },
                    headroom,
                    billing,
                    hourly,
                }
            },
        )
}

fn request<'a>(c: &Case, gpu: &'a GpuRecord, gpus: u32, precision: Precision) -> SizingRequest<'a> {
    SizingRequest {
        arch: &catalog().model_archs[c.arch],
        precision,
        shape: InstanceShape {
            gpu,
            gpus,
            hourly: c.hourly,
        },
        demand: c.demand,
        latency: c.latency,
        headroom: c.headroom,
        billing: c.billing,
    }
}

/// Every suggestion of `err`, applied alone, sizes without error.
fn suggestions_work(c: &Case, err: &SizingError) {
    let Some(s) = err.suggestions() else { return };
    let gpus = &catalog().gpus;
    let own = &gpus[c.gpu];
    if let Some(p) = s.precision {
        assert!(p.bytes_per_weight() < c.precision.bytes_per_weight());
        let r = size(&request(c, own, c.gpus, p), &[]);
        assert!(r.is_ok(), "precision {p:?} suggested but: {r:?}");
    }
    if let Some(n) = s.gpus {
        assert!(n > c.gpus);
        let r = size(&request(c, own, n, c.precision), &[]);
        assert!(r.is_ok(), "{n} GPUs suggested but: {r:?}");
    }
    for card in &s.cards {
        let g = gpus.iter().find(|g| g.id == card.gpu).expect("a candidate");
        let r = size(&request(c, g, card.gpus, c.precision), &[]);
        assert!(r.is_ok(), "{card:?} suggested but: {r:?}");
    }
    if let Some(tokens) = s.context_tokens {
        let d = c.demand;
        let k = tokens / d.context_tokens();
        assert!(
            k < 1.0,
            "a 'shorter' context of {tokens} for {}",
            d.context_tokens()
        );
        let mut r = request(c, own, c.gpus, c.precision);
        r.demand.input_tokens_per_request = d.input_tokens_per_request * k;
        r.demand.output_tokens_per_request = d.output_tokens_per_request * k;
        let got = size(&r, &[]);
        assert!(got.is_ok(), "context {tokens} suggested but: {got:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn sizings_are_finite_and_within_limits_and_suggestions_work(c in case()) {
        let gpu = &catalog().gpus[c.gpu];
        let req = request(&c, gpu, c.gpus, c.precision);
        match size(&req, &catalog().gpus) {
            Ok(s) => {
                prop_assert!(s.replicas() >= 1 && s.instances() >= 1);
                prop_assert!(s.gpus_per_replica() <= c.gpus);
                prop_assert!(s.batch >= 1.0 && s.batch <= s.fit.max_sequences);
                prop_assert!(s.utilisation() >= 0.0 && s.utilisation() <= c.headroom + 1e-9);
                prop_assert!(s.ttft_ms <= c.latency.first_token_ms * (1.0 + 1e-9));
                prop_assert!(s.tpot_ms <= c.latency.per_token_ms * (1.0 + 1e-9));
                prop_assert!(s.tokens_per_s_per_replica.is_finite());
                prop_assert!(s.deployment.sequences_in_flight.is_finite());
                prop_assert!(s.billed_hours >= 0.0 && s.billed_hours <= 730.0);
                prop_assert_eq!(s.monthly_cost.is_some(), c.hourly.is_some());
                if let Some(m) = s.monthly_cost {
                    prop_assert!(m.is_finite() && m >= 0.0);
                }
            }
            Err(e) => {
                prop_assert!(!matches!(e, SizingError::InvalidInput { .. }), "{e:?}");
                suggestions_work(&c, &e);
            }
        }
    }
}
