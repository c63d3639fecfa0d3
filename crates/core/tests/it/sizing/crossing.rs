//! The break-even against a brute-force walk: at the k `break_even` returns, the API costs
//! at least what `size` says the GPUs cost at k × the traffic, and at every k below it on
//! a fine grid the API is cheaper. Independent of the segment arithmetic inside.

use super::{arch, gpu, with_peak};
use deploycalc_core::engine::sizing::{break_even, size, ApiPrice, Billing, SizingRequest};
use deploycalc_core::model::vocab::Precision;

/// GPU and API cost a month at k × the request's traffic, through `size` itself.
fn costs(req: &SizingRequest, api: ApiPrice, fixed: f64, k: f64) -> (f64, f64) {
    let mut r = *req;
    r.demand = req.demand.scaled(k);
    let s = size(&r, &[]).unwrap();
    let gpu = s.monthly_cost.unwrap() + fixed;
    let d = r.demand;
    let api = d.monthly_input_mtokens * api.input_per_mtok
        + d.monthly_output_mtokens * api.output_per_mtok;
    (gpu, api)
}

#[test]
fn break_even_is_the_first_crossing() {
    let t4 = gpu("nvidia-t4");
    let l4 = gpu("nvidia-l4");
    let mut checked = 0;
    for (card, gpus, hourly) in [(t4, 1, 0.526), (t4, 4, 3.912), (l4, 1, 0.8048)] {
        for hours in [100.0, 2000.0, 7300.0] {
            let mut s = with_peak(10.0);
            s.conversation_hours = hours;
            for billing in [
                Billing::AlwaysOn,
                Billing::ActiveHours(8.0),
                Billing::ScaleToZero,
            ] {
                let base = SizingRequest {
                    billing,
                    ..super::request(
                        arch("llama3-8b"),
                        Precision::Int8,
                        card,
                        gpus,
                        Some(hourly),
                        &s,
                    )
                };
                let sizing = size(&base, &[]).unwrap();
                for (p_in, p_out) in [(0.15, 0.6), (2.5, 10.0), (5.0, 15.0)] {
                    for fixed in [0.0, 300.0, 1500.0] {
                        let api = ApiPrice {
                            input_per_mtok: p_in,
                            output_per_mtok: p_out,
                        };
                        let Some(b) = break_even(&sizing, api, fixed).unwrap() else {
                            // No crossing: the API stays cheaper on the grid up to k = 50.
                            for i in 1..=200 {
                                let k = f64::from(i) * 0.25;
                                let (g, a) = costs(&base, api, fixed, k);
                                assert!(a < g * (1.0 + 1e-9), "{k}: API {a} ≥ GPU {g}");
                            }
                            continue;
                        };
                        checked += 1;
                        let k = b.multiplier;
                        if k == 0.0 {
                            // The API costs at least as much from the first traffic on
                            // (it may dip below again once more instances are needed).
                            for i in 1..=10 {
                                let k = f64::from(i) * 0.01;
                                let (g, a) = costs(&base, api, fixed, k);
                                assert!(a >= g * (1.0 - 1e-9), "{k}: API {a} < GPU {g}");
                            }
                            continue;
                        }
                        let (g, a) = costs(&base, api, fixed, k);
                        assert!(a >= g * (1.0 - 1e-9), "at {k}: API {a} < GPU {g}");
                        assert!((g - b.gpu_monthly).abs() <= 1e-6 * g, "{g} vs {b:?}");
                        for i in 1..200 {
                            let below = k * f64::from(i) / 200.0;
                            let (g, a) = costs(&base, api, fixed, below);
                            assert!(a < g, "{below} < {k}: API {a} ≥ GPU {g} already");
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 20, "too few crossings exercised: {checked}");
}
