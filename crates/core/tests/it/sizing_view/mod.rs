//! The sizing panel's view (report::sizing): defaults by workload and region, options,
//! notices for unknown ids, the results worded and formatted against hand-worked figures,
//! the problem sentence with its fixes, assumptions and sources.

use crate::common::catalog;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{BillingMode, Lang, Precision, Workload};
use deploycalc_core::report::sizing::{InputKind, SizingView};
use deploycalc_core::report::text::SizingRow;
use deploycalc_core::url::{SizingField, SizingParams};

mod owned;
mod problems;

pub fn view(s: &Scenario, p: &SizingParams, lang: Lang) -> SizingView {
    SizingView::build(catalog(), s, p, lang).expect("the catalog has the defaults")
}

pub fn en(w: Workload, p: &SizingParams) -> SizingView {
    view(&Scenario::preset(w), p, Lang::En)
}

/// The selected option's value of a select input.
pub fn selected(v: &SizingView, f: SizingField) -> String {
    let input = v.inputs.iter().find(|i| i.field == f).expect("input");
    match &input.kind {
        InputKind::Select(groups) => groups
            .iter()
            .flat_map(|g| g.options.iter())
            .filter(|o| o.selected)
            .map(|o| o.value.clone())
            .collect::<Vec<_>>()
            .join(","),
        InputKind::Number { value, .. } => format!("{value}"),
    }
}

#[test]
fn default_scenario_sizes_llama3_8b_int4_on_one_t4() {
    let v = en(Workload::S000, &SizingParams::default());
    assert!(v.problem.is_none(), "{:?}", v.problem);
    assert!(v.notices.is_empty());
    assert_eq!(selected(&v, SizingField::Model), "llama3-8b");
    assert_eq!(selected(&v, SizingField::Precision), "int4");
    assert_eq!(selected(&v, SizingField::Hardware), "aws-g4dn-xlarge");
    // gpu_hours_per_day 24 → always on
    assert_eq!(selected(&v, SizingField::Billing), "always");
    // context = 500 input + 150 output
    assert_eq!(selected(&v, SizingField::Context), "650");
    assert_eq!(selected(&v, SizingField::Api), "openai-gpt-4o-mini");
    // Weights 8 B × 0.5 byte = 4 GB. KV a token = 2 × 32 layers × 8 heads × 128 × 2 B =
    // 131,072 B. Usable 16 × 0.9 = 14.4 GB. Most sequences at 650 tokens: ⌊(14.4 − 1 − 4) GB
    // ÷ (650 × 131,072 B)⌋ = ⌊9.4e9 ÷ 85,196,800⌋ = 110. Per-token limit 0.1 s: memory
    // (0.1 × 320e9 × 0.7 − 4e9) ÷ (575 × 131,072) = 244, compute 0.1 × 32.5e12 ÷ 16e9 = 203 →
    // batch min(203, 110) = 110. KV at the full batch 110 × 650 × 131,072 = 9.37 GB;
    // need 4 + 9.37 + 1 = 14.37 GB.
    assert_eq!(
        v.row(SizingRow::Memory),
        Some("weights 4.0 GB + KV cache 9.4 GB + overhead 1.0 GB = 14.4 GB of 14.4 GB usable")
    );
    assert_eq!(v.row(SizingRow::GpusPerReplica), Some("1"));
    // step at 110: memory (4e9 + 110 × 575 × 131,072) ÷ 224e9 = 12.290e9 ÷ 224e9 = 0.054867 s
    // (compute 16e9 × 110 ÷ 32.5e12 = 0.054154 s, smaller); 110 ÷ 0.054867 = 2,004.8 tok/s
    assert_eq!(v.row(SizingRow::TokensPerS), Some("2,004.8"));
    // prefill: max(4e9 ÷ 224e9, 16e9 × 500 ÷ 32.5e12) = 0.246 s
    assert_eq!(v.row(SizingRow::FirstToken), Some("246 ms"));
    // peak 10 × 4 ÷ 60 = 0.667 req/s, 100 output tok/s; load = 100 ÷ 2,004.8 + 0.667 ×
    // 0.24615 = 0.0499 + 0.1641 = 0.214 → 1 replica (0.214 ÷ 0.8 < 1), 21 %
    assert_eq!(v.row(SizingRow::Replicas), Some("1"));
    assert_eq!(v.row(SizingRow::Instances), Some("1"));
    assert_eq!(v.row(SizingRow::Utilisation), Some("21 %"));
    // operating batch 110 × 0.0499 = 5.49: (4e9 + 5.49 × 575 × 131,072) ÷ 224e9 = 19.7 ms
    assert_eq!(v.row(SizingRow::PerToken), Some("20 ms"));
    assert_eq!(v.row(SizingRow::BilledHours), Some("730 h"));
    // $0.526 an hour (three decimals, as the price list); × 6.7686 = ¥3.5603 → ¥3.56
    assert_eq!(v.row(SizingRow::Hourly), Some("$0.526 · ¥3.56"));
    // 1 × $0.526 × 730 h = $383.98; × 6.7686 = ¥2,599.00 (383.98 × 6.7686 = 2,598.99...)
    assert_eq!(v.row(SizingRow::MonthlyCost), Some("$383.98 · ¥2,599"));
    // API: 6,000 min × 4 × 500 ÷ 1e6 = 12 M input × $0.15 + 3.6 M output × $0.60 = $3.96;
    // × 6.7686 = ¥26.80
    assert_eq!(v.row(SizingRow::ApiMonthly), Some("$3.96 · ¥26.80"));
    // one instance covers k ≤ 0.8 ÷ 0.214 = 3.74 × the traffic, i.e. $14.8 of API a month,
    // far below its $383.98: the API never catches up
    assert_eq!(
        v.row(SizingRow::BreakEven),
        Some("The API stays cheaper up to 10,000 × the traffic")
    );
    assert!(v.meaning.is_none());
    assert!(v.row(SizingRow::ColdStart).is_none());
}

#[test]
fn china_defaults_to_a_tencent_t4_and_s003_to_active_hours() {
    let v = en(Workload::S001, &SizingParams::default());
    assert_eq!(selected(&v, SizingField::Hardware), "tencent-gn7-2xlarge32");
    let v = en(Workload::S003, &SizingParams::default());
    // seed 003 runs its g4dn 8 hours a day
    assert_eq!(selected(&v, SizingField::Billing), "hours");
    // 730 × 8 ÷ 24 = 243.3 h; $0.526 × 243.33 = $127.99
    assert_eq!(v.row(SizingRow::BilledHours), Some("243 h"));
    assert_eq!(v.row(SizingRow::MonthlyCost), Some("$127.99 · ¥866.34"));
}

#[test]
fn seed_002_weighs_against_its_own_api() {
    let v = en(Workload::S002, &SizingParams::default());
    assert_eq!(selected(&v, SizingField::Api), "deepseek-v4-flash");
}

#[test]
fn a_cny_price_range_shows_low_and_high_in_both_currencies() {
    let p = SizingParams {
        hardware: Some("tencent-gn7-2xlarge32".into()),
        ..Default::default()
    };
    let v = en(Workload::S000, &p);
    // ¥7.81 ÷ 6.7686 = $1.1539, ¥8.68 ÷ 6.7686 = $1.2824
    assert_eq!(
        v.row(SizingRow::Hourly),
        Some("$1.154–$1.282 · ¥7.81–¥8.68")
    );
    // ¥7.81–¥8.68 an hour × 730 h = ¥5,701.30–¥6,336.40; ÷ 6.7686 = $842.32–$936.15
    assert_eq!(
        v.row(SizingRow::MonthlyCost),
        Some("$842.32–$936.15 · ¥5,701–¥6,336")
    );
}

#[test]
fn an_unknown_price_is_unknown_never_zero() {
    // Alibaba's gn7e has no list price in the catalog (its record's price is null)
    let p = SizingParams {
        hardware: Some("alibaba-gn7e-c16g1-4xlarge".into()),
        ..Default::default()
    };
    let v = en(Workload::S000, &p);
    assert!(v.problem.is_none(), "{:?}", v.problem);
    assert_eq!(v.row(SizingRow::MonthlyCost), Some("unknown"));
    assert_eq!(v.row(SizingRow::Hourly), Some("unknown"));
    assert_eq!(v.row(SizingRow::BreakEven), Some("unknown"));
}

#[test]
fn unknown_ids_are_said_and_the_default_used() {
    let p = SizingParams {
        model: Some("gpt-9".into()),
        hardware: Some("bge-m3".into()),
        api: Some("nobody-llm".into()),
        ..Default::default()
    };
    let v = en(Workload::S000, &p);
    assert_eq!(
        v.notices,
        vec![
            "unknown model 'gpt-9': showing Meta Llama 3 8B".to_string(),
            "unknown hardware 'bge-m3': showing AWS g4dn.xlarge".to_string(),
            "unknown API 'nobody-llm': showing openai-gpt-4o-mini".to_string(),
        ]
    );
    assert_eq!(selected(&v, SizingField::Model), "llama3-8b");
    // an embedding model is not offered either: it is not sized by this model
    let p = SizingParams {
        model: Some("bge-m3".into()),
        ..Default::default()
    };
    assert_eq!(en(Workload::S000, &p).notices.len(), 1);
}

#[test]
fn options_group_hardware_by_provider_then_owned() {
    let v = en(Workload::S000, &SizingParams::default());
    let hw = v
        .inputs
        .iter()
        .find(|i| i.field == SizingField::Hardware)
        .unwrap();
    let InputKind::Select(groups) = &hw.kind else {
        panic!("hardware is a select")
    };
    let labels: Vec<&str> = groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(labels.last(), Some(&"Owned servers"));
    assert_eq!(labels.len(), 6, "{labels:?}");
    let owned: Vec<&str> = groups[5].options.iter().map(|o| o.value.as_str()).collect();
    // the seed-000 workstation names no GPU and is left out
    assert!(!owned.contains(&"owned-seed000-local-workstation"));
    assert!(owned.contains(&"owned-ws-rtx4090"));
    // models: LLMs only
    let model = v
        .inputs
        .iter()
        .find(|i| i.field == SizingField::Model)
        .unwrap();
    let InputKind::Select(g) = &model.kind else {
        panic!()
    };
    let ids: Vec<&str> = g[0].options.iter().map(|o| o.value.as_str()).collect();
    assert!(
        ids.contains(&"llama3-70b") && !ids.contains(&"bge-m3") && !ids.contains(&"llava-1-5-7b")
    );
    // each select has exactly one selected option
    for i in &v.inputs {
        if let InputKind::Select(groups) = &i.kind {
            let n = groups
                .iter()
                .flat_map(|g| &g.options)
                .filter(|o| o.selected)
                .count();
            assert_eq!(n, 1, "{:?}", i.field);
        }
    }
}

#[test]
fn scale_to_zero_shows_the_cold_start() {
    let p = SizingParams {
        billing: Some(BillingMode::ScaleToZero),
        precision: Some(Precision::Int8),
        ..Default::default()
    };
    let v = en(Workload::S000, &p);
    // 8 GB of INT8 weights ÷ 1 GB/s + 5 s container start = 13 s
    assert_eq!(v.row(SizingRow::ColdStart), Some("13 s"));
    // billed the 100 conversation hours
    assert_eq!(v.row(SizingRow::BilledHours), Some("100 h"));
}

#[test]
fn assumptions_and_sources_are_listed() {
    let v = en(Workload::S000, &SizingParams::default());
    assert_eq!(v.assumptions.len(), 12);
    assert!(v.assumptions.contains(&(
        "Usable share of GPU memory (vLLM's default gpu-memory-utilization)",
        "0.90".to_string()
    )));
    let ids: Vec<&str> = v.sources.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "llama3-8b",
        "nvidia-t4",
        "aws-g4dn-xlarge",
        "aws-ec2-g4dn-xlarge",
        "openai-gpt-4o-mini-input",
        "openai-gpt-4o-mini-output",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    assert!(v
        .sources
        .iter()
        .all(|s| !s.source.is_empty() && s.as_of.len() == 10));
}

#[test]
fn both_languages_have_every_word() {
    let s = Scenario::preset(Workload::S000);
    let zh = view(&s, &SizingParams::default(), Lang::Zh);
    let en = view(&s, &SizingParams::default(), Lang::En);
    assert_ne!(zh.title, en.title);
    assert_eq!(zh.rows.len(), en.rows.len());
    for (a, b) in zh.rows.iter().zip(&en.rows) {
        assert_ne!(a.label, b.label);
    }
    for r in SizingRow::ALL {
        let (a, b) = (
            deploycalc_core::report::text::sizing_row_label(Lang::Zh, r),
            deploycalc_core::report::text::sizing_row_label(Lang::En, r),
        );
        assert!(!a.is_empty() && !b.is_empty() && a != b, "{r:?}");
    }
}

#[test]
fn a_choice_or_a_number_changes_only_its_field() {
    use deploycalc_core::report::sizing::{with_choice, with_number};
    let p = SizingParams::default();
    let q = with_choice(&p, SizingField::Precision, "fp16");
    assert_eq!(q.precision, Some(Precision::Fp16));
    assert_eq!(with_choice(&q, SizingField::Precision, "fp3"), q);
    let q = with_choice(&q, SizingField::Hardware, "aws-g5-xlarge");
    assert_eq!(q.hardware.as_deref(), Some("aws-g5-xlarge"));
    let q = with_number(&q, SizingField::Context, Some(4096.0));
    assert_eq!(q.context, Some(4096.0));
    assert_eq!(with_number(&q, SizingField::Context, None).context, None);
    assert_eq!(q.model, None);
}

#[test]
fn a_busy_month_crosses_and_says_what_the_utilisation_means() {
    // seed 000 with its 10 peak conversations busy all month: 7,300 conversation hours
    let mut s = Scenario::preset(Workload::S000);
    s.conversation_hours = 7300.0;
    let v = view(&s, &SizingParams::default(), Lang::En);
    // API: 7,300 h × 60 × 4 turns × 500 ÷ 1e6 = 876 M input × $0.15 = $131.40, and 262.8 M
    // output × $0.60 = $157.68: $289.08 a month. The peak (and so the one g4dn at $383.98)
    // is unchanged, and it covers k ≤ 0.8 ÷ 0.214 = 3.74: k = 383.98 ÷ 289.08 = 1.328
    assert_eq!(
        v.row(SizingRow::BreakEven),
        Some("1.33 × the scenario's traffic")
    );
    // 876 × 1.328 = 1,163.6 M input; 262.8 × 1.328 = 349.1 M output
    assert_eq!(
        v.row(SizingRow::BreakEvenTokens),
        Some("1,163.6 M input + 349.1 M output tokens")
    );
    // load 0.214 × 1.328 = 0.284 on one replica
    assert_eq!(v.row(SizingRow::BreakEvenUtilisation), Some("28 %"));
    let meaning = v.meaning.expect("a sentence on the utilisation");
    assert!(
        meaning.starts_with("At break-even the GPUs run at 28 %"),
        "{meaning}"
    );
}
