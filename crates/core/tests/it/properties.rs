#![cfg(not(target_arch = "wasm32"))]
//! Property tests: for any valid scenario (0 users … 10⁹ users, any option), every plan's
//! totals are finite, never negative, low ≤ high, and equal the sum of their lines.

use crate::common::catalog;
use deploycalc_core::engine::estimate::estimate;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::{NumField, Scenario, PURCHASE_OPTIONS};
use deploycalc_core::model::vocab::{Region, Workload};
use proptest::prelude::*;

/// A value inside the field's bounds, often at an edge.
fn field_value(f: NumField) -> BoxedStrategy<f64> {
    let (min, max) = f.bounds();
    let edges = prop_oneof![Just(min), Just(max), Just((min + max) / 2.0)];
    let any = if f.integer() {
        (min as u64..=max as u64).prop_map(|x| x as f64).boxed()
    } else {
        (min..=max).boxed()
    };
    prop_oneof![1 => edges, 3 => any].boxed()
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let nums: Vec<BoxedStrategy<f64>> = NumField::ALL.into_iter().map(field_value).collect();
    (
        nums,
        0..PURCHASE_OPTIONS.len(),
        any::<bool>(),
        prop::collection::vec(any::<bool>(), 4),
        0.0..=100.0f64,
    )
        .prop_map(|(values, po, china, toggles, discount)| {
            let mut s = Scenario::preset(Workload::Custom);
            for (f, v) in NumField::ALL.into_iter().zip(values) {
                s.set_num(f, v);
            }
            s.purchase_option = PURCHASE_OPTIONS[po];
            s.region = if china { Region::China } else { Region::Global };
            let keys: Vec<String> = catalog()
                .plans
                .iter()
                .flat_map(|p| p.components().into_iter().map(|c| c.key.clone()))
                .collect();
            for (k, on) in keys.into_iter().zip(toggles) {
                s.components.insert(k, on);
            }
            s.discounts.insert("aws".into(), discount);
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn totals_are_sane_and_add_up(s in scenario()) {
        let fx = Fx::new(s.fx_rate);
        for plan in &catalog().plans {
            let e = estimate(plan, &s, catalog());
            for c in Currency::ALL {
                let t = e.monthly(c);
                prop_assert!(t.low.is_finite() && t.high.is_finite(), "{}: {t:?}", plan.id.as_str());
                prop_assert!(t.low >= 0.0, "{}: {t:?}", plan.id.as_str());
                prop_assert!(t.low <= t.high * (1.0 + 1e-12), "{}: {t:?}", plan.id.as_str());
                let (lo, hi) = e.lines.iter().filter_map(|l| l.subtotal).fold((0.0, 0.0), |(a, b), sub| {
                    let x = sub.to(c, fx);
                    (a + x.low, b + x.high)
                });
                let tol = 1e-9 * hi.max(1.0);
                prop_assert!((t.low - lo).abs() <= tol && (t.high - hi).abs() <= tol,
                    "{}: total {t:?} vs lines {lo}–{hi}", plan.id.as_str());
            }
            for l in &e.lines {
                prop_assert!(l.quantity.low >= 0.0 && l.quantity.low <= l.quantity.high,
                    "{} line {}: {:?}", plan.id.as_str(), l.index, l.quantity);
            }
        }
    }
}
