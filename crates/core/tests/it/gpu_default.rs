//! GPU counts from the sizing model by default (issue #16 item 3, URL version 2): old links keep
//! the seeds' counts, the capacity check takes the model's figure, and seed 000's local machine
//! is sized on an assumed RTX 4090 without ever adding machines.

use crate::common::{catalog, est, seed_counts};
use deploycalc_core::engine::estimate::CapacityStatus;
use deploycalc_core::engine::sizing::line::line_capacity;
use deploycalc_core::model::catalog::quantity::Quantity;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{Lang, Workload};
use deploycalc_core::report::text::{model_count_audit_text, sized_line_text};
use deploycalc_core::url::{decode, encode, URL_VERSION};

#[test]
fn old_links_keep_the_seeds_counts_and_new_ones_take_the_models() {
    assert_eq!(URL_VERSION, 2);
    let gc = |q: &str| {
        let (st, issues) = decode(q);
        assert!(issues.is_empty(), "{q}: {issues:?}");
        st.scenario.gpus_from_model
    };
    // every link written until now says v=1: without `gc` it priced the seeds' counts
    assert!(!gc("v=1"));
    assert!(!gc("v=1&wl=s003&u=500"));
    // a v=2 link without `gc` takes the model's count, as does a link without `v`
    assert!(gc("v=2"));
    assert!(gc("v=2&wl=s003"));
    assert!(gc(""));
    // gc=0 always means the seed's constant; gc=1 the model's
    assert!(!gc("v=1&gc=0") && !gc("v=2&gc=0") && !gc("gc=0"));
    assert!(gc("v=1&gc=1") && gc("v=2&gc=1"));
    // encode writes gc=0 only when off: an old link comes back as a v=2 link that says so
    assert_eq!(encode(&decode("v=1&u=500").0), "v=2&gc=0&u=500");
    assert_eq!(encode(&decode("v=1&gc=1&u=500").0), "v=2&u=500");
    assert_eq!(encode(&decode("v=2").0), "v=2");
    // and the v=2 link decodes to the same scenario
    let old = decode("v=1&wl=s003&gh=8").0;
    let again = decode(&encode(&old)).0;
    assert_eq!(again, old);
    assert!(!again.scenario.gpus_from_model);
    // a bad value is listed and the default (the model's count) is kept
    let (st, issues) = decode("v=2&gc=maybe");
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].key, "gc");
    assert!(st.scenario.gpus_from_model);
    // every preset takes the model's count
    for w in Workload::ALL {
        assert!(Scenario::preset(w).gpus_from_model, "{w:?}");
    }
}

#[test]
fn the_capacity_check_takes_the_models_conversations_per_instance() {
    // seed 000's preset: the model gives c between 5 and 10 conversations a T4 (sized_lines.rs),
    // so the peak of 10 needs ⌈10 ÷ c⌉ = 2 units of c each, not 1 of the seed's 50
    let s = Scenario::preset(Workload::S000);
    let e = est("s000-ec2-gpu", &s);
    let Some(Ok(z)) = &e.lines[0].sizing else {
        panic!("sized")
    };
    let cap = e.capacity.expect("capacity");
    assert_eq!(cap.per_unit, z.conversations_per_instance);
    assert_eq!(cap.needed_units, 2.0);
    assert_eq!(cap.status, CapacityStatus::Ok);
    // with gc=0 it is the seed's: ⌈10 ÷ 50⌉ = 1 unit of 50
    let cap = est("s000-ec2-gpu", &seed_counts(Workload::S000))
        .capacity
        .unwrap();
    assert_eq!((cap.per_unit, cap.needed_units), (50.0, 1.0));
    // the audit says the count is the model's, where the seed's constant gives 1
    let a = crate::common::audit_of("s000-ec2-gpu", &s);
    assert_eq!(a.lines[0].model_count, Some((2.0, 1.0)));
    assert!(a.lines[0].flagged);
    assert!(model_count_audit_text(Lang::En, 2.0, 1.0)
        .starts_with("Counted by the sizing model: 2 instances where the seed's constant gives 1"));
    assert!(model_count_audit_text(Lang::Zh, 2.0, 1.0)
        .starts_with("台数按容量模型：2 台，种子的常数给 1 台"));
    // with gc=0 there is nothing to say
    let a = crate::common::audit_of("s000-ec2-gpu", &seed_counts(Workload::S000));
    assert_eq!(a.lines[0].model_count, None);
}

#[test]
fn seed_003s_pools_keep_the_seeds_count() {
    // "本地 T4 + API 降级": the pool is the seed's whatever the model says, and the audit has
    // no count to explain; the capacity check keeps the seed's API-plan figure (100 a unit)
    let s = Scenario::preset(Workload::S003);
    for id in ["s003-medium", "s003-large"] {
        let e = est(id, &s);
        let l = e.lines.iter().find(|l| l.sizing.is_some()).unwrap();
        let n = l.instances.expect("a sized line's instances");
        assert_eq!(n.priced, n.seed, "{id}");
        let a = crate::common::audit_of(id, &s);
        assert!(a.lines.iter().all(|l| l.model_count.is_none()), "{id}");
    }
    let cap = est("s003-medium", &s).capacity.unwrap();
    assert_eq!(cap.per_unit, 100.0);
}

/// Seed 000's local machine and its sized line.
fn local() -> &'static Quantity {
    &crate::common::plan("s000-local").lines[0].quantity
}

#[test]
fn seed_000s_local_machine_is_sized_on_one_rtx_4090() {
    // s000 preset, Llama 3 8B INT4 on the RTX 4090 (FP16 dense 165.15 TFLOPS) with Paraformer
    // and CosyVoice 2 sharing it:
    //   prefill 2 × 8e9 × 500 ÷ (165.15e12 × 0.5) = 8e12 ÷ 82.575e12 = 0.0968816 s (the
    //     weights' read, 4e9 ÷ (1,008e9 × 0.7) = 0.00567 s, is shorter)
    //   LLM load = 4 ÷ 60 × 0.0968816 = 0.0064588 + 10 tokens/s ÷ the replica's tokens/s
    //   speech = (0.0032 × 125 + 0.061 × 119.5) ÷ 165.15 × 0.5 = 7.6895 ÷ 165.15 × 0.5
    //     = 0.0232803
    //   c = 0.8 ÷ (their sum): below 0.8 ÷ 0.0297391 = 26.90, and above 0.8 ÷ 0.0397391
    //     = 20.13 for any replica faster than 1,000 tokens/s
    let s = Scenario::preset(Workload::S000);
    let Quantity::Sized { sized, .. } = local() else {
        panic!("s000-local's machine is a sized line")
    };
    assert_eq!(
        sized.owned.as_ref().map(|o| o.as_str()),
        Some("owned-ws-rtx4090")
    );
    let z = line_capacity(sized, &s, catalog()).expect("sizes");
    let prefill = 2.0 * 8e9 * 500.0 / (165.15e12 * 0.5);
    assert!((z.ttft_ms - prefill * 1e3).abs() < 1e-6, "{z:?}");
    let speech = (0.0032 * 125.0 + 0.061 * 119.5) / 165.15 * 0.5;
    assert!((z.speech_load - speech).abs() < 1e-12, "{z:?}");
    let llm = 4.0 / 60.0 * prefill + 10.0 / z.tokens_per_s_per_replica;
    assert!((z.llm_load - llm).abs() < 1e-12, "{z:?}");
    let c = 0.8 / (llm + speech);
    assert!((z.conversations_per_instance - c).abs() < 1e-9);
    assert!(c > 20.13 && c < 26.90, "{c}");
    // the machine stays the visitor's one, at the seed's $0, whatever the peak or the switch
    for peak in [1.0, 10.0, 30.0] {
        for gpus_from_model in [true, false] {
            let e = est(
                "s000-local",
                &Scenario {
                    peak_concurrency: peak,
                    gpus_from_model,
                    ..s.clone()
                },
            );
            assert_eq!(e.lines[0].quantity.low, 1.0);
            assert_eq!(e.monthly_usd.high, 0.0);
        }
    }
}

#[test]
fn the_local_machine_says_what_it_carries_and_the_capacity_check_warns() {
    let s = Scenario::preset(Workload::S000);
    let at = |peak: f64| Scenario {
        peak_concurrency: peak,
        ..s.clone()
    };
    let text = |lang: Lang, peak: f64| {
        let e = est("s000-local", &at(peak));
        let z = e.lines[0].sizing.as_ref().expect("sized");
        sized_line_text(lang, catalog(), local(), z, peak, true).expect("a sentence")
    };
    // c is 20.1–26.9 (above): a peak of 10 fits; 30 takes ⌈30 ÷ c⌉ = 2 such machines
    let en = text(Lang::En, 10.0);
    assert!(
        en.starts_with("Sizing (Meta Llama 3 8B INT4 · 1 × NVIDIA GeForce RTX 4090; assumed machine: Workstation with one GeForce RTX 4090): about ")
            && en.contains("priced at the seed's 1 machine, 1 user at a time, never more machines; a peak of 10 fits."),
        "{en}"
    );
    let en = text(Lang::En, 30.0);
    assert!(
        en.ends_with("a peak of 30 is more than it carries: it would take 2 such machines."),
        "{en}"
    );
    let zh = text(Lang::Zh, 30.0);
    assert!(
        zh.contains("假设机器为 Workstation with one GeForce RTX 4090")
            && zh.contains("按种子的1 台、每台同时 1 人计价")
            && zh.ends_with("峰值 30 超出它能承载的，需要 2 台这样的机器。"),
        "{zh}"
    );
    // the capacity check: the plan cannot add machines and serves the smaller of the seed's
    // 1 user (only this machine reaches it) and the ⌊c⌋ its card carries: 1
    let cap = est("s000-local", &at(1.0)).capacity.unwrap();
    assert_eq!((cap.per_unit, cap.status), (1.0, CapacityStatus::Ok));
    for peak in [10.0, 30.0] {
        let cap = est("s000-local", &at(peak)).capacity.unwrap();
        assert_eq!(cap.status, CapacityStatus::CannotScale { max_users: 1.0 });
    }
}

#[test]
fn an_owned_machine_on_a_sized_line_must_exist_name_its_gpu_and_be_counted() {
    use crate::sized_lines::broken;
    use deploycalc_core::model::catalog::Rule;
    let one = |errs: Vec<(Rule, String, String)>, rule: Rule, what: &str| {
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(
            (errs[0].0, errs[0].1.as_str()),
            (rule, "s000-local"),
            "{errs:?}"
        );
        assert!(errs[0].2.contains(what), "{errs:?}");
    };
    let owned = r#""owned": "owned-ws-rtx4090""#;
    let e = broken("s000.json", owned, r#""owned": "owned-zz""#);
    one(
        e,
        Rule::DanglingReference,
        "unknown owned machine `owned-zz`",
    );
    // seed 000's own record of the machine names no GPU: nothing to size it on
    let e = broken(
        "s000.json",
        owned,
        r#""owned": "owned-seed000-local-workstation""#,
    );
    one(e, Rule::Inconsistent, "names no GPU");
    let e = broken("s000.json", r#""seed_count": 1,"#, "");
    one(e, Rule::Inconsistent, "needs a seed_count");
    // a cloud instance and an owned machine at once
    let e = broken(
        "s000.json",
        owned,
        r#""owned": "owned-ws-rtx4090", "instance": "aws-g4dn-xlarge""#,
    );
    assert!(e.iter().any(|x| x.2.contains("neither or both")), "{e:?}");
}
