//! The sizing panel's inputs in the URL: `zm`, `zq`, `zi`, `zb`, `zc`, `zf`, `zt`, `zh`, `za`:
//! each read, written back, bounded, and left out when untouched.

use deploycalc_core::model::scenario::Reject;
use deploycalc_core::model::vocab::{BillingMode, Precision};
use deploycalc_core::url::{decode, encode, Param, SizingParams, UrlProblem, UrlState};

#[test]
fn every_sizing_input_round_trips() {
    let q = "v=2&zm=llama3-70b&zq=int4&zi=aws-p4d-24xlarge&zb=hours&zc=4096&zf=800&zt=40&zh=70&za=openai-gpt-4o-mini";
    let (st, issues) = decode(q);
    assert!(issues.is_empty(), "{issues:?}");
    let z = &st.sizing;
    assert_eq!(z.model.as_deref(), Some("llama3-70b"));
    assert_eq!(z.precision, Some(Precision::Int4));
    assert_eq!(z.hardware.as_deref(), Some("aws-p4d-24xlarge"));
    assert_eq!(z.billing, Some(BillingMode::ActiveHours));
    assert_eq!(z.context, Some(4096.0));
    assert_eq!(z.first_token_ms, Some(800.0));
    assert_eq!(z.per_token_ms, Some(40.0));
    assert_eq!(z.headroom_pct, Some(70.0));
    assert_eq!(z.api.as_deref(), Some("openai-gpt-4o-mini"));
    // written back in the enum's order, nothing added
    assert_eq!(encode(&st), q);
    // the scenario is untouched by them
    assert_eq!(st.scenario, UrlState::default().scenario);
}

#[test]
fn untouched_inputs_are_left_out_and_bf16_reads_as_fp16() {
    assert_eq!(encode(&UrlState::default()), "v=2");
    let (st, issues) = decode("zq=BF16&zh=80");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(st.sizing.precision, Some(Precision::Fp16));
    assert_eq!(st.sizing.headroom_pct, Some(80.0));
    // fp16 is written by its own name; a value typed is kept even when it equals the default
    assert_eq!(encode(&st), "v=2&zq=fp16&zh=80");
}

#[test]
fn bad_sizing_inputs_are_listed_with_the_reason_and_the_default_used() {
    let (st, issues) =
        decode("zq=int3&zb=sometimes&zc=0&zc=5&zf=5&zt=20000&zh=55.5&zm=Llama%203&zi=&za=a%2Fb");
    let found: Vec<(&str, &str, UrlProblem)> = issues
        .iter()
        .map(|i| (i.key.as_str(), i.value.as_str(), i.problem.clone()))
        .collect();
    let bad = |r| UrlProblem::Invalid(r);
    let range = |min, max| bad(Reject::OutOfRange { min, max });
    assert_eq!(
        found,
        vec![
            ("zq", "int3", bad(Reject::UnknownValue)),
            ("zb", "sometimes", bad(Reject::UnknownValue)),
            ("zc", "0", range(1.0, 1e7)),
            ("zc", "5", UrlProblem::Repeated),
            ("zf", "5", range(10.0, 600_000.0)),
            ("zt", "20000", range(1.0, 10_000.0)),
            ("zh", "55.5", bad(Reject::NotAWholeNumber)),
            // ids: lowercase letters, digits, '-', '_', '.'; no spaces, slashes or empties
            ("zm", "Llama 3", bad(Reject::UnknownValue)),
            ("zi", "", bad(Reject::UnknownValue)),
            ("za", "a/b", bad(Reject::UnknownValue)),
        ]
    );
    assert_eq!(st.sizing, SizingParams::default());
}

#[test]
fn the_sizing_keys_are_spelled_once_and_switching_workload_resets_them() {
    let keys: Vec<&str> = Param::all().iter().map(|p| p.key()).collect();
    for k in ["zm", "zq", "zi", "zb", "zc", "zf", "zt", "zh", "za"] {
        assert_eq!(keys.iter().filter(|x| **x == k).count(), 1, "{k}");
        assert_eq!(Param::from_key(k).map(|p| p.key()), Some(k));
    }
    let (mut st, _) = decode("zm=qwen2.5-72b&zq=fp8");
    assert_eq!(st.sizing.model.as_deref(), Some("qwen2.5-72b"));
    st.switch_workload(deploycalc_core::model::vocab::Workload::S003);
    assert_eq!(st.sizing, SizingParams::default());
}
