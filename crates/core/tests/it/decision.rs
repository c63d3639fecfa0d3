//! Decision trees: the embedded data is valid and tied to the catalog, the validator rejects
//! each kind of broken tree, every path of every tree reaches its outcome, and predicates answer
//! from the scenario with the thresholds worked out by hand.

use crate::common::catalog;
use deploycalc_core::engine::decision::{
    check_against, load, tree_for, trees, walk, why_not, AnsweredBy, DecisionError, DecisionTree,
    Evidence, Lead, SOURCES,
};
use deploycalc_core::model::scenario::{NumField, Scenario};
use deploycalc_core::model::vocab::{NodeId, OptionId, PurchaseOption, Region, Workload};
use deploycalc_core::url::{decode, encode, Page, UrlState};
use serde_json::Value;
use std::collections::BTreeMap;

fn tree(w: Workload) -> &'static DecisionTree {
    tree_for(w).unwrap_or_else(|| panic!("no tree for {w:?}"))
}

/// The visitor's answers as (node id, option id).
type Answers<'a> = [(&'a str, &'a str)];

fn answers(pairs: &[(&str, &str)]) -> BTreeMap<NodeId, OptionId> {
    pairs
        .iter()
        .map(|&(k, v)| (NodeId::from(k), OptionId::from(v)))
        .collect()
}

/// (outcome plan, node ids on the path, option ids chosen) of a walk.
fn summary(w: Workload, s: &Scenario, a: &[(&str, &str)]) -> (Option<String>, Vec<String>) {
    let wk = walk(tree(w), s, catalog(), &answers(a));
    (
        wk.outcome.map(|o| o.plan.0.clone()),
        wk.steps
            .iter()
            .map(|st| {
                format!(
                    "{}={}",
                    st.node.id,
                    st.choice.map_or("?", |c| c.id.as_str())
                )
            })
            .collect(),
    )
}

#[test]
fn the_embedded_trees_load_and_match_the_catalog() {
    let ts = trees().as_ref().unwrap_or_else(|e| panic!("{e:#?}"));
    let ids: Vec<&str> = ts.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["s000", "s001", "s002", "s003", "s004"]);
    assert_eq!(check_against(ts, catalog()), Vec::<DecisionError>::new());
    for t in ts {
        // every tree can be answered at least partly from the scenario
        assert!(
            t.nodes.iter().any(|n| n.predicate.is_some()),
            "{} has no predicate",
            t.id
        );
    }
    // the seeds' decision trees, as the issue lists them
    assert_eq!(
        tree(Workload::S000)
            .outcome_plans()
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>(),
        [
            "s000-local",
            "s000-remote-api",
            "s000-ec2-gpu",
            "s000-fargate"
        ]
    );
    assert_eq!(tree(Workload::S003).outcome_plans().len(), 5);
    assert_eq!(tree(Workload::S004).outcome_plans().len(), 6);
}

/// Every path from the root to an outcome, as (node, option) pairs and the plan.
fn all_paths(t: &DecisionTree) -> Vec<(Vec<(NodeId, OptionId)>, String)> {
    fn go(
        t: &DecisionTree,
        node: &NodeId,
        prefix: &mut Vec<(NodeId, OptionId)>,
        out: &mut Vec<(Vec<(NodeId, OptionId)>, String)>,
    ) {
        let n = t.node(node.as_str()).expect("node");
        for c in &n.options {
            prefix.push((n.id.clone(), c.id.clone()));
            match c.lead().expect("lead") {
                Lead::Outcome(o) => out.push((prefix.clone(), o.plan.0.clone())),
                Lead::Node(next) => go(t, next, prefix, out),
            }
            prefix.pop();
        }
    }
    let mut out = Vec::new();
    go(t, &t.root, &mut Vec::new(), &mut out);
    out
}

#[test]
fn every_path_of_every_tree_reaches_its_outcome_when_answered_by_the_visitor() {
    let mut counts = Vec::new();
    for t in trees().as_ref().unwrap() {
        let paths = all_paths(t);
        counts.push(paths.len());
        for (pairs, plan) in &paths {
            let a: BTreeMap<NodeId, OptionId> = pairs.iter().cloned().collect();
            // the answers alone decide, whatever the scenario would say
            for s in [
                Scenario::preset(t.workload),
                Scenario::preset(Workload::Custom),
            ] {
                let wk = walk(t, &s, catalog(), &a);
                assert_eq!(
                    wk.outcome.map(|o| o.plan.0.as_str()),
                    Some(plan.as_str()),
                    "{pairs:?}"
                );
                let taken: Vec<(NodeId, OptionId)> = wk
                    .steps
                    .iter()
                    .map(|st| (st.node.id.clone(), st.choice.unwrap().id.clone()))
                    .collect();
                assert_eq!(&taken, pairs);
                assert!(wk.steps.iter().all(|st| st.by == Some(AnsweredBy::Visitor)));
                assert!(wk.ignored.is_empty());
            }
        }
        // every outcome plan is reached by some path
        for p in t.outcome_plans() {
            assert!(paths.iter().any(|(_, q)| q == p.as_str()), "{p:?}");
        }
    }
    // s000: production no | yes → local-models no | yes → fast yes | no: 4 leaves
    // s001: owned yes | no → single yes | no → vendor yes | no: 4 leaves
    // s002: webrtc yes → ai-api (2); webrtc no → webhooks yes → ai-api (2); webhooks no →
    //       always-on yes → ai-api (2); always-on no → intranet yes (1) | intranet no → ai-api (2):
    //       2 + 2 + 2 + 1 + 2 = 9 leaves
    // s003: prototype yes | no → scale small | medium | large → private yes | no: 5 leaves
    // s004: managed yes → region global | china → stage mvp | production → isolation yes | no;
    //       managed no → self aws | gcp: 1 + 1 + 2 + 2 = 6 leaves
    assert_eq!(counts, [4, 4, 9, 5, 6]);
}

#[test]
fn seed_000_predicates_table() {
    let base = Scenario::preset(Workload::S000);
    // remote API per conversation hour: 60 min × 0.006 (whisper) + 0.12 M in × 0.15
    // + 0.036 M out × 0.6 + 0.036 M chars × 15 (tts) = 0.36 + 0.018 + 0.0216 + 0.54 = 0.9396;
    // with Amplify's 5–10 (mid 7.5): 7.5 + 0.9396 h. Fargate: 2 vCPU × 730 × 0.04048 = 59.1008
    // + 4 GB × 730 × 0.004445 = 12.9794 + ALB 16.425 + t3.medium 30.368 + 7.5 = 126.3732.
    let cases: Vec<(&str, Scenario, &str, Vec<&str>)> = vec![
        (
            // peak 10 > 1 → production; at 100 h the API costs 7.5 + 93.96 = 101.46 < 126.3732
            "defaults",
            base.clone(),
            "s000-remote-api",
            vec!["s000-production=yes", "s000-local-models=no"],
        ),
        (
            // one concurrent user: local development serves it
            "peak 1",
            Scenario {
                peak_concurrency: 1.0,
                ..base.clone()
            },
            "s000-local",
            vec!["s000-production=no"],
        ),
        (
            // 200 h: 7.5 + 187.92 = 195.42 > 126.3732 → local models pay; target 2,000 > 1,000
            "200 hours",
            Scenario {
                conversation_hours: 200.0,
                ..base.clone()
            },
            "s000-fargate",
            vec![
                "s000-production=yes",
                "s000-local-models=yes",
                "s000-fast=no",
            ],
        ),
        (
            // and a 1,000 ms target is "< 1 s" (inclusive)
            "200 hours, 1 s target",
            Scenario {
                conversation_hours: 200.0,
                latency_target_ms: 1000.0,
                ..base.clone()
            },
            "s000-ec2-gpu",
            vec![
                "s000-production=yes",
                "s000-local-models=yes",
                "s000-fast=yes",
            ],
        ),
        (
            // 1,001 ms is not
            "200 hours, 1,001 ms target",
            Scenario {
                conversation_hours: 200.0,
                latency_target_ms: 1001.0,
                ..base.clone()
            },
            "s000-fargate",
            vec![
                "s000-production=yes",
                "s000-local-models=yes",
                "s000-fast=no",
            ],
        ),
        (
            // 126 h: 7.5 + 118.3896 = 125.8896 < 126.3732 → still no; 127 h: 126.8292 > → yes
            "126 hours",
            Scenario {
                conversation_hours: 126.0,
                ..base.clone()
            },
            "s000-remote-api",
            vec!["s000-production=yes", "s000-local-models=no"],
        ),
        (
            "127 hours",
            Scenario {
                conversation_hours: 127.0,
                ..base.clone()
            },
            "s000-fargate",
            vec![
                "s000-production=yes",
                "s000-local-models=yes",
                "s000-fast=no",
            ],
        ),
    ];
    for (name, s, plan, path) in cases {
        let (outcome, steps) = summary(Workload::S000, &s, &[]);
        assert_eq!(outcome.as_deref(), Some(plan), "{name}");
        assert_eq!(steps, path, "{name}");
    }
}

#[test]
fn the_cost_predicate_shows_its_numbers() {
    let wk = walk(
        tree(Workload::S000),
        &Scenario::preset(Workload::S000),
        catalog(),
        &BTreeMap::new(),
    );
    let Some(Evidence::Cheaper {
        plan,
        than,
        plan_usd,
        than_usd,
    }) = wk.steps[1].auto.as_ref().map(|a| a.evidence.clone())
    else {
        panic!("no cost evidence: {:?}", wk.steps[1].auto);
    };
    assert_eq!(
        (plan.as_str(), than.as_str()),
        ("s000-fargate", "s000-remote-api")
    );
    // 126.3732 and 7.5 + 0.9396 × 100 = 101.46 (see the table above)
    assert!((plan_usd - 126.3732).abs() < 1e-9, "{plan_usd}");
    assert!((than_usd - 101.46).abs() < 1e-9, "{than_usd}");
    // the first step shows the peak it read
    assert_eq!(
        wk.steps[0].auto.as_ref().map(|a| a.evidence.clone()),
        Some(Evidence::Num {
            field: NumField::PeakConcurrency,
            value: 10.0
        })
    );
}

#[test]
fn the_visitor_overrides_an_automatic_answer() {
    let s = Scenario::preset(Workload::S000);
    // privacy: the visitor wants local models although the API is cheaper
    let wk = walk(
        tree(Workload::S000),
        &s,
        catalog(),
        &answers(&[("s000-local-models", "yes")]),
    );
    let step = &wk.steps[1];
    assert_eq!(step.by, Some(AnsweredBy::Visitor));
    assert_eq!(step.auto.as_ref().map(|a| a.option.as_str()), Some("no"));
    assert!(step.overridden());
    // the next question is still answered by the scenario: target 2,000 ms > 1,000 → Fargate
    assert_eq!(wk.steps[2].by, Some(AnsweredBy::Scenario));
    assert_eq!(wk.outcome.map(|o| o.plan.as_str()), Some("s000-fargate"));
    // the same answer as the scenario's is not an override
    let same = walk(
        tree(Workload::S000),
        &s,
        catalog(),
        &answers(&[("s000-local-models", "no")]),
    );
    assert!(!same.steps[1].overridden());
    assert_eq!(same.steps[1].by, Some(AnsweredBy::Visitor));
}

#[test]
fn an_answer_naming_no_option_is_ignored_and_reported() {
    let wk = walk(
        tree(Workload::S000),
        &Scenario::preset(Workload::S000),
        catalog(),
        &answers(&[("s000-production", "maybe"), ("s003-scale", "huge")]),
    );
    // only this tree's questions are reported; the scenario answers instead
    assert_eq!(
        wk.ignored,
        vec![(NodeId::from("s000-production"), OptionId::from("maybe"))]
    );
    assert_eq!(wk.steps[0].by, Some(AnsweredBy::Scenario));
    assert_eq!(wk.outcome.map(|o| o.plan.as_str()), Some("s000-remote-api"));
}

#[test]
fn seed_001_owned_ecs_comes_from_the_component_toggle() {
    let base = Scenario::preset(Workload::S001);
    // the owned ECS is on by default (the seed's "阿里云ECS（已有） ¥0")
    let (plan, steps) = summary(Workload::S001, &base, &[]);
    assert_eq!(plan.as_deref(), Some("s001-hybrid"));
    assert_eq!(steps, ["s001-owned-ecs=yes"]);
    let mut s = base.clone();
    s.components.insert("s001-alibaba-ecs-owned".into(), false);
    // no predicate on the next question: the walk waits for the visitor
    let (plan, steps) = summary(Workload::S001, &s, &[]);
    assert_eq!(plan, None);
    assert_eq!(steps, ["s001-owned-ecs=no", "s001-single-point=?"]);
    let (plan, _) = summary(
        Workload::S001,
        &s,
        &[("s001-single-point", "no"), ("s001-one-vendor", "yes")],
    );
    assert_eq!(plan.as_deref(), Some("s001-tencent"));
}

#[test]
fn seed_002_interview_hours_and_peak_answer_two_questions() {
    let base = Scenario::preset(Workload::S002);
    // 50 interview hours > 0 → WebRTC with outside candidates → the cloud question waits
    let (plan, steps) = summary(Workload::S002, &base, &[]);
    assert_eq!(plan, None);
    assert_eq!(steps, ["s002-webrtc=yes", "s002-ai-api=?"]);
    let (plan, _) = summary(Workload::S002, &base, &[("s002-ai-api", "yes")]);
    assert_eq!(plan.as_deref(), Some("s002-hybrid"));
    // no interviews, no webhooks, not 24/7: peak 20 > 1 → outside users → cloud question
    let quiet = Scenario {
        conversation_hours: 0.0,
        ..base.clone()
    };
    let no_no = [("s002-webhooks", "no"), ("s002-always-on", "no")];
    let (_, steps) = summary(Workload::S002, &quiet, &no_no);
    assert_eq!(
        steps,
        [
            "s002-webrtc=no",
            "s002-webhooks=no",
            "s002-always-on=no",
            "s002-intranet=no",
            "s002-ai-api=?"
        ]
    );
    // a peak of one: a personal demo → local
    let demo = Scenario {
        peak_concurrency: 1.0,
        ..quiet
    };
    let (plan, _) = summary(Workload::S002, &demo, &no_no);
    assert_eq!(plan.as_deref(), Some("s002-local"));
}

#[test]
fn seed_003_stage_by_users_at_every_band_edge() {
    // bands: < 100 prototype; < 5,000 small; < 50,000 medium; < 1,000,000 large; else enterprise
    let cases = [
        (50.0, "s003-dev"),
        (99.0, "s003-dev"),
        (100.0, "s003-small"),
        (1000.0, "s003-small"),
        (4999.0, "s003-small"),
        (5000.0, "s003-medium"),
        (49_999.0, "s003-medium"),
        (50_000.0, "s003-large"),
        (999_999.0, "s003-large"),
        (1_000_000.0, "s003-enterprise"),
    ];
    for (users, plan) in cases {
        let s = Scenario {
            users,
            ..Scenario::preset(Workload::S003)
        };
        let (got, _) = summary(Workload::S003, &s, &[]);
        assert_eq!(got.as_deref(), Some(plan), "{users} users");
    }
}

#[test]
fn seed_004_region_and_cost_predicates() {
    let base = Scenario::preset(Workload::S004);
    // managed AGE: yes → users in China (the preset) → the stage question waits
    let (plan, steps) = summary(Workload::S004, &base, &[("s004-managed-age", "yes")]);
    assert_eq!(plan, None);
    assert_eq!(
        steps,
        [
            "s004-managed-age=yes",
            "s004-region=china-asia",
            "s004-stage=?"
        ]
    );
    let global = Scenario {
        region: Region::Global,
        ..base.clone()
    };
    // with 2,000 GB egress AWS adds 1,000 × 0.09 = 90 and GCP 1,000 × 0.12 = 120
    let heavy = Scenario {
        egress_gb: 2000.0,
        ..base.clone()
    };
    let reserved = Scenario {
        purchase_option: PurchaseOption::Reserved1y,
        ..heavy.clone()
    };
    let managed = [("s004-managed-age", "yes")];
    let self_managed = [("s004-managed-age", "no")];
    let cases: [(&str, &Scenario, &Answers, &str); 5] = [
        ("managed, users global", &global, &managed, "s004-azure"),
        // production, isolated environments → ACK
        (
            "managed, production, isolated",
            &base,
            &[
                ("s004-managed-age", "yes"),
                ("s004-stage", "production"),
                ("s004-isolation", "yes"),
            ],
            "s004-k8s",
        ),
        // self-managed: GCP 109.44452 + 218.88904 + 10 + 10 + 120 = 468.33356 < AWS 124.10
        // + 248.20 + 8 + 11.50 + 81 = 472.80 (tests/plans_s004.rs) → GCP
        ("self-managed", &base, &self_managed, "s004-gcp"),
        // 2,000 GB egress: 562.80 < 588.33356 → AWS
        (
            "self-managed, 2,000 GB egress",
            &heavy,
            &self_managed,
            "s004-aws",
        ),
        // 1-yr reserved: GCP's VMs have their own prices, AWS's c5 have none (and no generic
        // 1-yr rule): GCP 0.094448 × 730 + 0.188896 × 730 + 10 + 10 + 2,000 × 0.12 = 68.94704
        // + 137.89408 + 260 = 466.84112 < AWS 562.80 → GCP again: the answer follows the
        // scenario
        (
            "self-managed, 2,000 GB egress, 1-yr reserved",
            &reserved,
            &self_managed,
            "s004-gcp",
        ),
    ];
    for (name, s, a, want) in cases {
        let (plan, _) = summary(Workload::S004, s, a);
        assert_eq!(plan.as_deref(), Some(want), "{name}");
    }
}

#[test]
fn why_not_the_others_uses_the_estimates() {
    let s = Scenario::preset(Workload::S000);
    let wk = walk(tree(Workload::S000), &s, catalog(), &BTreeMap::new());
    let (mine, others) = why_not(&wk, &s, catalog()).expect("an outcome");
    assert_eq!(mine.plan.as_str(), "s000-remote-api");
    assert!((mine.usd - 101.46).abs() < 1e-9);
    let get = |id: &str| others.iter().find(|o| o.facts.plan.as_str() == id).unwrap();
    // EC2 GPU at the model's count, 2 g4dn for the peak of 10 (gpu_default.rs):
    // 2 × 0.526 × 730 + 50 × 0.08 + 7.5 = 767.96 + 4 + 7.5 = 779.46;
    // 779.46 ÷ 101.46 = 7.68243…
    let ec2 = get("s000-ec2-gpu");
    assert!((ec2.cost_ratio.unwrap() - 779.46 / 101.46).abs() < 1e-12);
    assert!((ec2.cost_ratio.unwrap() - 7.682_436).abs() < 1e-6);
    // it meets the 2 s target (100 + 500 + 200 = 800 ms), and the answer that ruled it out is
    // "no local models"
    assert_eq!(
        ec2.facts.meets,
        Some(deploycalc_core::engine::estimate::Meets::Yes)
    );
    let ex = ec2.excluded_at.as_ref().unwrap();
    assert_eq!(
        (ex.node.as_str(), ex.chosen.as_str(), ex.instead.as_str()),
        ("s000-local-models", "no", "yes")
    );
    // Fargate: 126.3732 ÷ 101.46 = 1.24554…; misses the target (500 + 2,000 + 800 = 3,300 ms)
    let fg = get("s000-fargate");
    assert!((fg.cost_ratio.unwrap() - 1.245_547).abs() < 1e-6);
    assert_eq!(
        fg.facts.meets,
        Some(deploycalc_core::engine::estimate::Meets::No)
    );
    // local: $0 but one user at a time, peak 10; ruled out by "production: yes"
    let local = get("s000-local");
    assert_eq!(local.cost_ratio, Some(0.0));
    assert!(!local.facts.serves_peak);
    assert_eq!(
        local.excluded_at.as_ref().unwrap().node.as_str(),
        "s000-production"
    );
    // no outcome, no comparison
    let s4 = Scenario::preset(Workload::S004);
    let pending = walk(tree(Workload::S004), &s4, catalog(), &BTreeMap::new());
    assert!(why_not(&pending, &s4, catalog()).is_none());
}

#[test]
fn every_answer_round_trips_through_the_url() {
    for t in trees().as_ref().unwrap() {
        for n in &t.nodes {
            for c in &n.options {
                let st = UrlState {
                    page: Page::Decide,
                    answers: answers(&[(n.id.as_str(), c.id.as_str())]),
                    ..UrlState::default()
                };
                let q = encode(&st);
                assert!(q.contains(&format!("a.{}={}", n.id, c.id)), "{q}");
                let (back, issues) = decode(&q);
                assert!(issues.is_empty(), "{q}: {issues:?}");
                assert_eq!(back.answers, st.answers);
            }
        }
    }
}

// ---- the validator: each kind of broken tree is caught ----

fn s000_json() -> Value {
    serde_json::from_str(SOURCES[0].1).unwrap()
}

fn load_one(v: &Value) -> Result<Vec<DecisionTree>, Vec<DecisionError>> {
    let text = v.to_string();
    load(&[("fixture.json", text.as_str())])
}

fn errors_of(v: &Value) -> Vec<DecisionError> {
    match load_one(v) {
        Ok(ts) => check_against(&ts, catalog()),
        Err(e) => e,
    }
}

/// A change to the s000 fixture, what it breaks, and errors the validator must report for it
/// (among others).
type Breakage = (&'static str, fn(&mut Value), Vec<DecisionError>);

fn assert_rejected(cases: Vec<Breakage>) {
    for (what, change, want) in cases {
        assert!(!want.is_empty(), "{what}: no error expected");
        let mut v = s000_json();
        change(&mut v);
        let errs = errors_of(&v);
        for e in &want {
            assert!(errs.contains(e), "{what}: {e:?} not in {errs:?}");
        }
    }
}

/// A change to the s000 fixture, what it breaks, and a test of the error it must cause.
type BreakageLike = (&'static str, fn(&mut Value), fn(&DecisionError) -> bool);

/// Like [`assert_rejected`], where only the kind of error (and a field or two) is certain.
fn assert_rejected_like(cases: Vec<BreakageLike>) {
    for (what, change, want) in cases {
        let mut v = s000_json();
        change(&mut v);
        let errs = errors_of(&v);
        assert!(errs.iter().any(want), "{what}: {errs:?}");
    }
}

fn unknown_nope_plan(e: &DecisionError) -> bool {
    matches!(e, DecisionError::UnknownPlan { plan, .. } if plan == "s000-nope")
}

#[test]
fn the_unchanged_fixture_is_valid() {
    assert_eq!(errors_of(&s000_json()), Vec::<DecisionError>::new());
}

#[test]
fn an_option_leading_nowhere_is_rejected() {
    assert_rejected(vec![(
        "next names no node",
        |v| v["nodes"][0]["options"][0]["next"] = Value::from("s000-nothing"),
        vec![
            DecisionError::MissingNode {
                tree: "s000".into(),
                node: "s000-production".into(),
                option: "yes".into(),
                target: "s000-nothing".into(),
            },
            // and the questions below it are now unreachable
            DecisionError::Unreachable {
                tree: "s000".into(),
                node: "s000-local-models".into(),
            },
        ],
    )]);
}

#[test]
fn an_option_with_both_or_neither_lead_is_rejected() {
    let bad_lead = || {
        vec![DecisionError::BadLead {
            tree: "s000".into(),
            node: "s000-production".into(),
            option: "no".into(),
        }]
    };
    assert_rejected(vec![
        (
            "both",
            |v| v["nodes"][0]["options"][1]["next"] = Value::from("s000-fast"),
            bad_lead(),
        ),
        (
            "neither",
            |v| {
                v["nodes"][0]["options"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("outcome");
            },
            bad_lead(),
        ),
    ]);
}

#[test]
fn a_cycle_is_rejected() {
    assert_rejected_like(vec![(
        // s000-fast "no" → back to s000-local-models
        "s000-fast no → s000-local-models",
        |v| {
            let opt = v["nodes"][2]["options"][1].as_object_mut().unwrap();
            opt.remove("outcome");
            opt.insert("next".into(), Value::from("s000-local-models"));
        },
        |e| matches!(e, DecisionError::Cycle { .. }),
    )]);
}

#[test]
fn unknown_and_foreign_plans_are_rejected() {
    assert_rejected(vec![
        (
            "unknown outcome plan",
            |v| v["nodes"][0]["options"][1]["outcome"]["plan"] = Value::from("s000-mainframe"),
            vec![DecisionError::UnknownPlan {
                tree: "s000".into(),
                node: "s000-production".into(),
                plan: "s000-mainframe".into(),
            }],
        ),
        // a plan of seed 004 would not show in seed 000's comparison
        (
            "foreign outcome plan",
            |v| v["nodes"][0]["options"][1]["outcome"]["plan"] = Value::from("s004-k8s"),
            vec![DecisionError::ForeignPlan {
                tree: "s000".into(),
                node: "s000-production".into(),
                plan: "s004-k8s".into(),
            }],
        ),
    ]);
    assert_rejected_like(vec![(
        "unknown plan on the migration path",
        |v| v["migration_path"]["plans"][0] = Value::from("s000-nope"),
        unknown_nope_plan,
    )]);
}

#[test]
fn predicates_must_name_real_options_fields_and_ordered_bands() {
    assert_rejected(vec![
        (
            "otherwise names no option",
            |v| v["nodes"][0]["predicate"]["otherwise"] = Value::from("perhaps"),
            vec![DecisionError::PredicateOption {
                tree: "s000".into(),
                node: "s000-production".into(),
                option: "perhaps".into(),
            }],
        ),
        (
            "unknown field",
            |v| v["nodes"][0]["predicate"]["field"] = Value::from("budget"),
            vec![DecisionError::UnknownField {
                tree: "s000".into(),
                node: "s000-production".into(),
                field: "budget".into(),
            }],
        ),
        (
            "bands out of order",
            |v| {
                v["nodes"][0]["predicate"]["bands"] = serde_json::json!([
                    {"below": 10, "option": "no"},
                    {"below": 5, "option": "yes"}
                ])
            },
            vec![DecisionError::BadBand {
                tree: "s000".into(),
                node: "s000-production".into(),
            }],
        ),
        (
            "unknown component",
            |v| {
                v["nodes"][1]["predicate"] = serde_json::json!(
                    {"kind": "component", "key": "s000-nope", "on": "yes", "off": "no"}
                )
            },
            vec![DecisionError::UnknownComponent {
                tree: "s000".into(),
                node: "s000-local-models".into(),
                key: "s000-nope".into(),
            }],
        ),
    ]);
    assert_rejected_like(vec![(
        "unknown plan in a cost predicate",
        |v| v["nodes"][1]["predicate"]["plan"] = Value::from("s000-nope"),
        unknown_nope_plan,
    )]);
}

#[test]
fn ids_must_be_url_safe_and_unique_across_trees() {
    assert_rejected(vec![
        (
            "option id not kebab",
            |v| v["nodes"][0]["options"][0]["id"] = Value::from("Yes!"),
            vec![DecisionError::BadId {
                tree: "s000".into(),
                id: "Yes!".into(),
            }],
        ),
        // a node without its tree's prefix could collide with another tree's in the URL
        (
            "node id without the tree prefix",
            |v| {
                v["nodes"][2]["id"] = Value::from("fast");
                v["nodes"][1]["options"][0]["next"] = Value::from("fast");
            },
            vec![DecisionError::BadId {
                tree: "s000".into(),
                id: "fast".into(),
            }],
        ),
    ]);
    // the same tree twice: both the tree and its nodes are duplicates
    let text = s000_json().to_string();
    let errs = load(&[("a.json", text.as_str()), ("b.json", text.as_str())]).unwrap_err();
    assert!(errs.contains(&DecisionError::DuplicateTree("s000".into())));
    assert!(errs.contains(&DecisionError::DuplicateNode {
        tree: "s000".into(),
        node: "s000-production".into()
    }));
}

#[test]
fn texts_must_exist_in_both_languages_and_unknown_keys_fail_to_parse() {
    assert_rejected(vec![
        (
            "blank help",
            |v| v["nodes"][0]["help"]["en"] = Value::from(" "),
            vec![DecisionError::EmptyText {
                tree: "s000".into(),
                node: "s000-production".into(),
                what: "help".into(),
            }],
        ),
        (
            "one option",
            |v| {
                v["nodes"][0]["options"].as_array_mut().unwrap().truncate(1);
            },
            vec![DecisionError::TooFewOptions {
                tree: "s000".into(),
                node: "s000-production".into(),
            }],
        ),
        (
            "root names no node",
            |v| v["root"] = Value::from("s000-start"),
            vec![DecisionError::RootMissing {
                tree: "s000".into(),
                root: "s000-start".into(),
            }],
        ),
    ]);
    let mut v = s000_json();
    v["nodes"][0]["options"][0]["lable"] = Value::from("typo");
    assert!(matches!(
        errors_of(&v).as_slice(),
        [DecisionError::Parse { .. }]
    ));
}
