//! The scenario inputs a decision tree reads (`DecisionTree::fields_read`): the page shows
//! exactly these beside the tree. Expected lists are the ones the decide page showed by hand
//! before the rule moved into core, and the derivation worked out from the JSON predicates.

use deploycalc_core::engine::decision::{load, tree_for, DecisionError, TreeInputs, SOURCES};
use deploycalc_core::model::scenario::NumField;
use deploycalc_core::model::vocab::Workload;
use serde_json::Value;
use NumField::*;

fn read(w: Workload) -> TreeInputs {
    tree_for(w)
        .unwrap_or_else(|| panic!("no tree for {w:?}"))
        .fields_read()
}

fn inputs(fields: &[NumField], region: bool, components: bool) -> TreeInputs {
    TreeInputs {
        fields: fields.to_vec(),
        region,
        components,
    }
}

#[test]
fn each_seed_tree_reads_the_inputs_the_page_showed() {
    // s000: bands on peak (production) and latency target (fast); the cheaper predicate
    // (Fargate vs remote API) and the break-even driver read conversation hours
    assert_eq!(
        read(Workload::S000),
        inputs(
            &[PeakConcurrency, ConversationHours, LatencyTargetMs],
            false,
            false
        )
    );
    // s001: a component toggle (the owned ECS); users and storage drive the numbers
    assert_eq!(
        read(Workload::S001),
        inputs(&[Users, StorageGb], false, true)
    );
    // s002: no list in the JSON; bands on conversation hours (webrtc), then peak (intranet)
    assert_eq!(
        read(Workload::S002),
        inputs(&[ConversationHours, PeakConcurrency], false, false)
    );
    // s003: users (three bands on it, listed once), peak and GPU hours a day
    assert_eq!(
        read(Workload::S003),
        inputs(&[Users, PeakConcurrency, GpuHoursPerDay], false, false)
    );
    // s004: the region predicate; users, egress and latency for the cost comparison
    assert_eq!(
        read(Workload::S004),
        inputs(&[Users, EgressGb, LatencyTargetMs], true, false)
    );
    // `custom` has no tree of its own (the page shows seed 000's unless another is picked)
    assert!(tree_for(Workload::Custom).is_none());
}

fn s000_with(inputs_json: Value) -> Result<TreeInputs, Vec<DecisionError>> {
    let mut v: Value = serde_json::from_str(SOURCES[0].1).unwrap();
    v["inputs"] = inputs_json;
    let text = v.to_string();
    load(&[("fixture.json", text.as_str())]).map(|ts| ts[0].fields_read())
}

#[test]
fn listed_inputs_come_first_then_each_banded_field_once_in_node_order() {
    // s000's nodes: production (bands on peak_concurrency), local-models (cheaper: no
    // field), fast (bands on latency_target_ms)
    assert_eq!(
        s000_with(serde_json::json!([])).unwrap(),
        inputs(&[PeakConcurrency, LatencyTargetMs], false, false)
    );
    assert_eq!(
        s000_with(serde_json::json!(["egress_gb"])).unwrap(),
        inputs(&[EgressGb, PeakConcurrency, LatencyTargetMs], false, false)
    );
    // a listed banded field keeps its listed place and is not repeated
    assert_eq!(
        s000_with(serde_json::json!(["latency_target_ms", "users"])).unwrap(),
        inputs(&[LatencyTargetMs, Users, PeakConcurrency], false, false)
    );
}

#[test]
fn an_unknown_input_name_is_rejected() {
    let errs = s000_with(serde_json::json!(["users", "nope"])).unwrap_err();
    assert_eq!(
        errs,
        vec![DecisionError::UnknownField {
            tree: "s000".into(),
            node: "inputs".into(),
            field: "nope".into(),
        }]
    );
}
