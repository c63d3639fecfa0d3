//! Owned hardware and speed records, continued: the range, consistency, currency and shape
//! rules, each shown by one hand-broken record on the fixture of `owned`.

use crate::owned::{bad, bench, elec, load, one, pue, server, speech, staff, with, without};
use deploycalc_core::model::catalog::Rule;
use serde_json::json;

#[test]
fn figures_are_positive_or_null_never_zero() {
    for field in [
        "purchase_price",
        "lifetime_years",
        "power_w",
        "idle_w",
        "maintenance_per_year_share",
    ] {
        bad(
            Rule::NegativeValue,
            "servers",
            with(server(), field, json!(0)),
        );
        bad(
            Rule::NegativeValue,
            "servers",
            with(server(), field, json!(-3)),
        );
    }
    bad(
        Rule::NegativeValue,
        "speech",
        with(speech(), "rtf", json!(0)),
    );
    bad(
        Rule::NegativeValue,
        "benchmarks",
        with(bench(), "value", json!(0)),
    );
    bad(
        Rule::NegativeValue,
        "benchmarks",
        with(bench(), "value", json!(-80)),
    );
    bad(
        Rule::NegativeValue,
        "staff",
        with(staff(), "annual_salary", json!(0)),
    );
    bad(
        Rule::NegativeValue,
        "electricity",
        with(elec(), "price_per_kwh", json!(0)),
    );
    let low_zero = json!({"low": 0, "high": 0.2});
    bad(
        Rule::NegativeValue,
        "electricity",
        with(elec(), "price_per_kwh", low_zero),
    );
    // counts: zero GPUs, sequences or tokens is never a measurement
    for field in ["gpu_count", "concurrency", "input_tokens", "output_tokens"] {
        bad(
            Rule::NegativeValue,
            "benchmarks",
            with(bench(), field, json!(0)),
        );
    }
    bad(
        Rule::NegativeValue,
        "speech",
        with(speech(), "batch", json!(0)),
    );
    bad(
        Rule::NegativeValue,
        "servers",
        with(server(), "gpu_count", json!(0)),
    );
    // an offline maximum-throughput run has no concurrency: null, not 0
    assert!(load(one("benchmarks", with(bench(), "concurrency", json!(null)))).is_ok());
}

#[test]
fn ranges_the_sizing_model_relies_on_hold() {
    // a write-off takes at least a year
    bad(
        Rule::NegativeValue,
        "servers",
        with(server(), "lifetime_years", json!(0.5)),
    );
    assert!(load(one("servers", with(server(), "lifetime_years", json!(1)))).is_ok());
    // maintenance is a fraction of the price: 1.5 would be 150 % a year
    let share = with(server(), "maintenance_per_year_share", json!(1.5));
    bad(Rule::NegativeValue, "servers", share);
    // PUE is total ÷ IT power: never below 1, and 1 itself is allowed
    bad(Rule::NegativeValue, "pue", with(pue(), "pue", json!(0.9)));
    let low_below = json!({"low": 0.95, "high": 1.2});
    bad(Rule::NegativeValue, "pue", with(pue(), "pue", low_below));
    assert!(load(one("pue", with(pue(), "pue", json!(1.0)))).is_ok());
    // an employer pays at least the salary
    bad(
        Rule::NegativeValue,
        "staff",
        with(staff(), "loaded_factor", json!(0.9)),
    );
    assert!(load(one("staff", with(staff(), "loaded_factor", json!(1.0)))).is_ok());
    // ranges are low then high
    let inverted = json!({"low": 1.4, "high": 1.2});
    bad(Rule::InvertedRange, "pue", with(pue(), "pue", inverted));
    let inverted = json!({"low": 0.3, "high": 0.2});
    bad(
        Rule::InvertedRange,
        "electricity",
        with(elec(), "price_per_kwh", inverted),
    );
    // a bound ("<2", "50+") is not a PUE or a price
    bad(
        Rule::Malformed,
        "pue",
        with(pue(), "pue", json!({"below": 2})),
    );
    let bound = json!({"at_least": 0.1});
    bad(
        Rule::Malformed,
        "electricity",
        with(elec(), "price_per_kwh", bound),
    );
}

#[test]
fn records_agree_with_themselves() {
    bad(
        Rule::Inconsistent,
        "servers",
        without(server(), "gpu_count"),
    );
    bad(
        Rule::Inconsistent,
        "servers",
        with(server(), "gpu", json!(null)),
    );
    bad(
        Rule::Inconsistent,
        "servers",
        with(server(), "idle_w", json!(900)),
    );
    // a speech figure without a GPU names its CPU, and one with a GPU does not name a CPU
    bad(
        Rule::Inconsistent,
        "speech",
        with(speech(), "gpu", json!(null)),
    );
    bad(
        Rule::Inconsistent,
        "speech",
        with(speech(), "cpu", json!("Xeon")),
    );
    let cpu_only = with(
        with(speech(), "gpu", json!(null)),
        "cpu",
        json!("Xeon 8369B"),
    );
    let cat = load(one("speech", cpu_only)).expect("a CPU figure loads");
    assert_eq!(cat.speech[0].cpu.as_deref(), Some("Xeon 8369B"));
}

#[test]
fn currencies_are_usd_or_cny() {
    bad(
        Rule::UnknownCurrency,
        "servers",
        with(server(), "currency", json!("EUR")),
    );
    bad(
        Rule::UnknownCurrency,
        "electricity",
        with(elec(), "currency", json!("usd")),
    );
    bad(
        Rule::UnknownCurrency,
        "staff",
        with(staff(), "currency", json!("JPY")),
    );
}

#[test]
fn every_figure_is_written_out_and_unknown_fields_are_refused() {
    for field in ["purchase_price", "lifetime_years", "power_w"] {
        bad(Rule::Malformed, "servers", without(server(), field));
    }
    for field in ["concurrency", "input_tokens", "output_tokens"] {
        bad(Rule::Malformed, "benchmarks", without(bench(), field));
    }
    bad(Rule::Malformed, "speech", without(speech(), "precision"));
    bad(Rule::Malformed, "electricity", without(elec(), "currency"));
    // a unit left out of a name is not a field
    let typo = with(without(server(), "power_w"), "power", json!(800));
    bad(Rule::Malformed, "servers", typo);
    bad(
        Rule::Malformed,
        "benchmarks",
        with(bench(), "metric", json!("tokens")),
    );
    bad(
        Rule::Malformed,
        "benchmarks",
        with(bench(), "precision", json!("fp4")),
    );
    bad(
        Rule::Malformed,
        "speech",
        with(speech(), "task", json!("music")),
    );
    bad(
        Rule::Malformed,
        "electricity",
        with(elec(), "market", json!("eu")),
    );
    bad(
        Rule::Malformed,
        "pue",
        with(pue(), "facility", json!("moon")),
    );
}
