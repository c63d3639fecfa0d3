//! Plan lines sized from the traffic (`Quantity::Sized`, issue #16 item 3): the load rules on
//! the real catalog with one thing broken, and the capacity the model gives seeds 000 and 003,
//! worked by hand from the sizing model's formulas and the catalog's figures.

use crate::common::{catalog, est};
use deploycalc_core::engine::sizing::line::{line_capacity, SPEECH_DUTY};
use deploycalc_core::model::catalog::quantity::Quantity;
use deploycalc_core::model::catalog::{Catalog, Rule};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Workload;

/// Loads the embedded catalog with `from` replaced by `to` in plan file `file` (once).
pub(crate) fn broken(file: &str, from: &str, to: &str) -> Vec<(Rule, String, String)> {
    let mut src = Catalog::embedded_sources();
    let (_, text) = src
        .plans
        .iter_mut()
        .find(|(name, _)| name.ends_with(file))
        .expect("plan file");
    assert!(text.contains(from), "{from}");
    *text = text.replacen(from, to, 1);
    match Catalog::from_sources(&src) {
        Ok(_) => panic!("loads with {to}"),
        Err(errs) => errs
            .into_iter()
            .map(|e| (e.rule, e.record, e.detail))
            .collect(),
    }
}

#[test]
fn a_sized_line_must_name_what_exists_and_agrees() {
    let one = |errs: Vec<(Rule, String, String)>, rule: Rule, what: &str| {
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].0, rule, "{errs:?}");
        assert!(errs[0].2.contains(what), "{errs:?}");
    };
    let e = broken(
        "s000.json",
        r#""instance": "aws-g4dn-xlarge""#,
        r#""instance": "aws-zz""#,
    );
    one(e, Rule::DanglingReference, "unknown instance `aws-zz`");
    // a g5 is a real instance, but the line is priced by the g4dn's record
    let e = broken(
        "s000.json",
        r#""instance": "aws-g4dn-xlarge""#,
        r#""instance": "aws-g5-xlarge""#,
    );
    one(e, Rule::Inconsistent, "priced by `aws-ec2-g4dn-xlarge`");
    let e = broken(
        "s003.json",
        r#""model": "llama3-8b""#,
        r#""model": "llama9""#,
    );
    one(e, Rule::DanglingReference, "unknown model `llama9`");
    let e = broken(
        "s000.json",
        r#""speech-paraformer-large-v100-triton-c60""#,
        r#""speech-paraformer-large-cpu-int8-c1""#,
    );
    one(e, Rule::Inconsistent, "measured on none");
    let e = broken(
        "s000.json",
        r#""seed_capacity": 50"#,
        r#""seed_capacity": 0"#,
    );
    one(e, Rule::NegativeValue, "seed_capacity");
}

#[test]
fn seed_003s_gpu_lines_take_their_count_from_the_model() {
    // s003's preset: peak 20, 4 turns a minute, 500 tokens in and 150 out a turn, first-token
    // limit 2,000 ms, 8 GPU hours a day. Llama 3 8B at INT4 on one T4 (g4dn.xlarge):
    //   prefill of 500 tokens: max(weights 8 × 0.5 = 4 GB ÷ (320 GB/s × 0.7) = 17.9 ms,
    //     2 × 8e9 × 500 ÷ (65e12 × 0.5) = 246.15 ms) = 246.15 ms
    //   one conversation: 4 ÷ 60 = 0.0667 requests/s, 0.0667 × 150 = 10 output tokens/s
    //   load = 10 ÷ (tokens/s per replica) + 0.0667 × 0.24615 = 0.01641 + decode share
    let s = Scenario::preset(Workload::S003);
    let line = crate::common::plan("s003-medium")
        .lines
        .iter()
        .find(|l| matches!(l.quantity, Quantity::Sized { .. }))
        .expect("a sized line");
    let Quantity::Sized { sized, .. } = &line.quantity else {
        unreachable!()
    };
    let z = line_capacity(sized, &s, catalog()).expect("sizes");
    assert!((z.ttft_ms - 246.153_846).abs() < 1e-3, "{z:?}");
    let prefill_load = 4.0 / 60.0 * 0.246_153_846;
    let decode_load = 10.0 / z.tokens_per_s_per_replica;
    assert!(
        (z.llm_load - (prefill_load + decode_load)).abs() < 1e-9,
        "{z:?}"
    );
    assert_eq!(z.speech_load, 0.0);
    // c = 1 replica × 0.8 headroom ÷ load
    assert!((z.conversations_per_instance - 0.8 / z.llm_load).abs() < 1e-9);
    // the decode share is small beside prefill: c lies between 0.8 ÷ (prefill + 10 ÷ 1,000)
    // = 30.7 and 0.8 ÷ prefill = 48.8 for any T4 replica faster than 1,000 tokens/s
    assert!(z.conversations_per_instance > 30.7 && z.conversations_per_instance < 48.8);
    // seed 003 keeps a fixed pool and sends what it cannot carry to an API
    // ("本地 T4 + API 降级"): the seed's count is priced — 1 g4dn 8 h a day for the medium
    // tier, 4 always on for the large — whatever the model's capacity
    let medium = est("s003-medium", &s);
    let gpu = medium.lines.iter().find(|l| l.sizing.is_some()).unwrap();
    assert!((gpu.quantity.low - 730.0 * 8.0 / 24.0).abs() < 1e-9);
    let busy = Scenario {
        peak_concurrency: 100.0,
        ..s.clone()
    };
    let large = est("s003-large", &busy);
    let gpu = large.lines.iter().find(|l| l.sizing.is_some()).unwrap();
    assert_eq!(gpu.quantity.low, 4.0 * 730.0);
    // and the capacity beside it: the 4 T4 carry 4c conversations at the peak, between
    // 4 × 30.7 = 122.8 and 4 × 48.8 = 195.2, so 100 fit with no overflow
    let Some(Ok(z)) = &gpu.sizing else {
        panic!("sized")
    };
    assert!(4.0 * z.conversations_per_instance > 100.0);
}

#[test]
fn seed_000s_g4dn_shares_its_t4_with_speech() {
    // speech load on the T4: Paraformer (RTF 0.0032 on a V100) and CosyVoice 2 (RTF 0.061 on
    // an L20), each carried over by FP16 throughput (record's card ÷ T4's 65) and × 0.5 duty
    let s = Scenario::preset(Workload::S000);
    let c = catalog();
    let fp16 = |id: &str| c.gpu(id).and_then(|g| g.fp16_dense_tflops);
    let (Some(v100), Some(t4)) = (fp16("nvidia-v100-16gb"), fp16("nvidia-t4")) else {
        panic!("V100 and T4 have FP16 figures");
    };
    assert_eq!(t4, 65.0);
    let line = crate::common::plan("s000-ec2-gpu")
        .lines
        .iter()
        .find(|l| matches!(l.quantity, Quantity::Sized { .. }))
        .expect("a sized line");
    let Quantity::Sized {
        sized,
        seed_capacity,
        ..
    } = &line.quantity
    else {
        unreachable!()
    };
    assert_eq!(*seed_capacity, Some(50.0));
    match (fp16("nvidia-l20"), line_capacity(sized, &s, c)) {
        (Some(l20), Ok(z)) => {
            let speech = (0.0032 * v100 / t4 + 0.061 * l20 / t4) * SPEECH_DUTY;
            assert!((z.speech_load - speech).abs() < 1e-12, "{z:?}");
            assert!(
                (z.conversations_per_instance - 0.8 / (z.llm_load + speech)).abs() < 1e-9,
                "{z:?}"
            );
        }
        // without the L20's FP16 figure the line cannot be sized: it says so and prices the
        // seed's 50 per instance (10 at the peak: one g4dn, 730 h)
        (None, Err(e)) => {
            assert!(format!("{e:?}").contains("nvidia-l20"), "{e:?}");
            let gpu = est("s000-ec2-gpu", &s);
            let l = gpu.lines.iter().find(|l| l.sizing.is_some()).unwrap();
            assert_eq!(l.quantity.low, 730.0);
        }
        (l20, z) => panic!("{l20:?} {z:?}"),
    }
}

#[test]
fn the_sentence_under_a_sized_line_gives_the_models_figures_and_the_seeds() {
    use deploycalc_core::engine::sizing::line::LineSizing;
    use deploycalc_core::model::vocab::Lang;
    use deploycalc_core::report::text::sized_line_text;
    let q = &crate::common::plan("s000-ec2-gpu")
        .lines
        .iter()
        .find(|l| matches!(l.quantity, Quantity::Sized { .. }))
        .unwrap()
        .quantity;
    // hand-made figures: 0.8 ÷ (0.02 + 0.06) = 10 conversations per instance, so a peak of 25
    // needs ⌈25 ÷ 10⌉ = 3 instances
    let z = LineSizing {
        conversations_per_instance: 10.0,
        llm_load: 0.02,
        speech_load: 0.06,
        replicas_per_instance: 1,
        gpus_per_replica: 1,
        tokens_per_s_per_replica: 1000.0,
        ttft_ms: 246.0,
        headroom: 0.8,
    };
    assert_eq!(
        sized_line_text(Lang::En, catalog(), q, &Ok(z), 25.0, true).unwrap(),
        "Sizing (Meta Llama 3 8B INT4 · 1 × NVIDIA T4): about 10.0 concurrent per instance (each \
         conversation takes 0.0200 + 0.0600 of a GPU, LLM + speech, planned at 80 % load) → 3 for \
         a peak of 25; the seed says 50 concurrent per instance; the model's count is priced."
    );
    let zh = sized_line_text(Lang::Zh, catalog(), q, &Ok(z), 25.0, true).unwrap();
    assert!(
        zh.contains("每台约 10.0 个并发")
            && zh.contains("峰值 25 需要 3 台")
            && zh.contains("种子为每台 50 个并发，按模型计价"),
        "{zh}"
    );
    // a line the model cannot size says why and what is priced instead
    let e = deploycalc_core::engine::sizing::SizingError::MissingFigure {
        record: "nvidia-l20".into(),
        figure: "fp16_dense_tflops",
        suggest: Default::default(),
    };
    assert_eq!(
        sized_line_text(Lang::En, catalog(), q, &Err(e), 25.0, false).unwrap(),
        "Sizing (Meta Llama 3 8B INT4 · 1 × NVIDIA T4): not sized, a figure is unknown: \
         fp16_dense_tflops of nvidia-l20; priced at the seed's 50 concurrent per instance."
    );
    // seed 003's pool: the seed's count is priced, and all-local needs are said
    let q3 = &crate::common::plan("s003-large")
        .lines
        .iter()
        .find(|l| matches!(l.quantity, Quantity::Sized { .. }))
        .unwrap()
        .quantity;
    let en = sized_line_text(Lang::En, catalog(), q3, &Ok(z), 25.0, true).unwrap();
    assert!(
        en.contains("priced at the seed's 4 instances") && en.contains("locally would take 3."),
        "{en}"
    );
    // other lines have no such sentence
    let fixed = &crate::common::plan("s000-ec2-gpu").lines[1].quantity;
    assert!(sized_line_text(Lang::En, catalog(), fixed, &Ok(z), 25.0, true).is_none());
}

#[test]
fn by_default_the_model_gives_seed_000_two_t4_at_its_preset() {
    // s000 preset: peak 10, 4 turns a minute, 500 in / 150 out. Per conversation on the T4:
    //   prefill 2 × 8e9 × 500 ÷ (65e12 × 0.5) = 0.246154 s, × 4 ÷ 60 requests/s = 0.016410
    //   decode 10 tokens/s ÷ the replica's tokens/s
    //   speech (0.0032 × V100 ÷ 65 + 0.061 × L20 ÷ 65) × 0.5
    // c = 0.8 ÷ (their sum); under 10, so a peak of 10 takes ⌈10 ÷ c⌉ = 2 instances
    let c = catalog();
    let fp16 = |id: &str| c.gpu(id).and_then(|g| g.fp16_dense_tflops).expect(id);
    let s = Scenario::preset(Workload::S000);
    let model_priced = est("s000-ec2-gpu", &s);
    let gpu = model_priced
        .lines
        .iter()
        .find(|l| l.sizing.is_some())
        .unwrap();
    let Some(Ok(z)) = &gpu.sizing else {
        panic!("sized: {:?}", gpu.sizing)
    };
    let prefill = 2.0 * 8e9 * 500.0 / (65e12 * 0.5);
    assert!((z.ttft_ms - prefill * 1e3).abs() < 1e-6, "{z:?}");
    let llm = 4.0 / 60.0 * prefill + 10.0 / z.tokens_per_s_per_replica;
    let speech = (0.0032 * fp16("nvidia-v100-16gb") + 0.061 * fp16("nvidia-l20")) / 65.0 * 0.5;
    let cap = 0.8 / (llm + speech);
    assert!(
        (z.conversations_per_instance - cap).abs() < 1e-9,
        "{z:?} {cap}"
    );
    assert!(cap < 10.0 && cap > 5.0, "{cap}");
    // by default (URL version 2) the model's count is priced: 2 × 730 h
    assert_eq!(gpu.quantity.low, 2.0 * 730.0);
    // with gc=0, the seed's 50 per instance: one g4dn, 730 h
    let seed = Scenario {
        gpus_from_model: false,
        ..s.clone()
    };
    let e = est("s000-ec2-gpu", &seed);
    let gpu = e.lines.iter().find(|l| l.sizing.is_some()).unwrap();
    assert_eq!(gpu.quantity.low, 730.0);
    // 2 × 0.526 × 730 = 767.96 against 383.98: the totals differ by exactly one g4dn-month
    assert!((model_priced.monthly_usd.low - e.monthly_usd.low - 383.98).abs() < 1e-6);
    // and the URL carries it: only the seed's count is written
    let (st, issues) = deploycalc_core::url::decode("gc=0");
    assert!(issues.is_empty() && !st.scenario.gpus_from_model);
    assert_eq!(deploycalc_core::url::encode(&st), "v=2&gc=0");
}
