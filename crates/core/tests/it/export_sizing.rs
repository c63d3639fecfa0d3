//! The sizing panel in the exports: resolved inputs and headline results in JSON, CSV and
//! Markdown, the same text the panel shows; left out when not added.

use crate::common::catalog;
use deploycalc_core::engine::compare::{compare, visible, PlanRow};
use deploycalc_core::model::catalog::Date;
use deploycalc_core::model::custom_prices::CustomPrices;
use deploycalc_core::model::money::Fx;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{Lang, Precision, Workload};
use deploycalc_core::report::export::{
    report, to_csv, to_json, to_markdown, Report, SizingReport, View,
};
use deploycalc_core::report::sizing::SizingView;
use deploycalc_core::url::SizingParams;
use std::collections::BTreeSet;

fn build(s: &Scenario, p: Option<&SizingParams>) -> Report {
    let rows: Vec<PlanRow> = compare(s, catalog());
    let shown = visible(&rows, &BTreeSet::new(), None);
    let expanded = BTreeSet::new();
    let custom = CustomPrices::from_scenario(s);
    let view = View {
        lang: Lang::En,
        url: "https://example.com/?v=1",
        workload: s.workload,
        currencies: s.currency.currencies(),
        fx: Fx::new(s.fx_rate),
        users: s.users,
        expanded: &expanded,
        custom: &custom,
        today: Date::new(2026, 11, 30).unwrap(),
    };
    let mut r = report(&shown, &view, catalog());
    if let Some(p) = p {
        let v = SizingView::build(catalog(), s, p, Lang::En).unwrap();
        r.sizing = Some(SizingReport::of(&v));
    }
    r
}

#[test]
fn the_exports_carry_the_sizing_inputs_and_results() {
    let s = Scenario::preset(Workload::S000);
    let r = build(&s, Some(&SizingParams::default()));
    let json: serde_json::Value = serde_json::from_str(&to_json(&r)).unwrap();
    let z = &json["sizing"];
    // the defaults, as the URL would write them
    let input = |k: &str| {
        z["inputs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["key"] == k)
            .map(|i| i["value"].as_str().unwrap().to_string())
    };
    assert_eq!(input("zm").as_deref(), Some("llama3-8b"));
    assert_eq!(input("zq").as_deref(), Some("int4"));
    assert_eq!(input("zi").as_deref(), Some("aws-g4dn-xlarge"));
    assert_eq!(input("zb").as_deref(), Some("always"));
    assert_eq!(input("zc").as_deref(), Some("650"));
    assert_eq!(input("zh").as_deref(), Some("80"));
    // 1 g4dn.xlarge × $0.526 × 730 h = $383.98 (× 6.7686 = ¥2,599)
    let cost = z["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "monthly-cost")
        .unwrap();
    assert_eq!(cost["value"], "$383.98 · ¥2,599");
    assert_eq!(cost["label"], "Monthly cost");
    let csv = to_csv(&r).unwrap();
    // the csv crate quotes a field with a comma in it
    assert!(
        csv.contains("sizing,Self-hosted model sizing,sizing_input,zm,,,,,,,,,,,,llama3-8b\n"),
        "{csv}"
    );
    assert!(csv.contains(
        "sizing,Self-hosted model sizing,sizing_result,monthly-cost,,,,,,,,,,,,\"$383.98 · ¥2,599\"\n"
    ));
    let md = to_markdown(&r, Lang::En);
    assert!(md.contains("\n## Self-hosted model sizing\n"));
    assert!(md.contains("| Monthly cost | $383.98 · ¥2,599 |"), "{md}");
}

#[test]
fn a_problem_is_exported_instead_of_numbers() {
    let s = Scenario::preset(Workload::S000);
    let p = SizingParams {
        model: Some("llama3-70b".into()),
        precision: Some(Precision::Fp16),
        ..Default::default()
    };
    let r = build(&s, Some(&p));
    let z = r.sizing.as_ref().unwrap();
    assert!(z.results.is_empty());
    // 70 B × 2 bytes + 0.21 GB KV + 1 GB = 141.2 GB against 16 × 0.9 = 14.4 GB
    assert_eq!(
        z.problem.as_deref(),
        Some("Meta Llama 3 70B at FP16 needs 141.2 GB per GPU; one NVIDIA T4 has 14.4 GB usable.")
    );
    assert!(to_markdown(&r, Lang::En).contains("> Meta Llama 3 70B at FP16 needs 141.2 GB"));
}

#[test]
fn without_the_panel_the_exports_are_unchanged() {
    let r = build(&Scenario::preset(Workload::S000), None);
    assert!(!to_json(&r).contains("\"sizing\""));
    assert!(!to_csv(&r).unwrap().contains("sizing_"));
}
