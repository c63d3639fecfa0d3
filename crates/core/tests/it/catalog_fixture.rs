//! A small, valid catalog of every record kind, and helpers to break it one thing at a time
//! (shared by the catalog rule tests).

use deploycalc_core::model::catalog::{Catalog, Rule, Sources};
use serde_json::{json, Value};

/// A small catalog of every record kind, valid as written.
pub struct Fixture {
    pub meta: Value,
    pub providers: Value,
    pub prices: Value,
    pub plans: Value,
    pub perf: Value,
    pub matrix: Value,
}

fn prov(src: &str) -> Value {
    json!({"source": src, "as_of": "2026-01-01", "confidence": "list"})
}

impl Fixture {
    pub fn new() -> Fixture {
        let mut a = json!({
            "id": "aws-a", "provider": "aws", "service": "EC2", "category": "gpu",
            "specs": {"vcpu": 4, "memory_gib": 16, "gpu": {"model": "T4", "count": 1, "vram_gib": 16}},
            "unit": "hour", "price": 0.5, "currency": "USD",
            "options": {"reserved_1y": {"price": 0.3, "source": "file b", "as_of": "2026-01-01", "confidence": "list"}},
            "seed_figures": [{"seed": "000", "price": 384, "currency": "USD", "unit": "month"}]
        });
        merge(&mut a, prov("file a"));
        let mut b = json!({
            "id": "gcp-b", "provider": "gcp", "service": "GCS", "category": "storage",
            "unit": "month", "price": {"low": 10, "high": 20}, "currency": "CNY"
        });
        merge(&mut b, prov("seed 001 §x: \"¥10-20\""));
        let mut model =
            json!({"id": "m-a", "name": "Llama", "task": "llm", "vram_gib": 16, "fits": ["aws-a"]});
        merge(&mut model, prov("seed 003 §5.1"));
        let mut p1 = json!({"id": "perf-a", "subject": {"runtime": "rt-a"}, "metric": "asr_latency",
            "value": 100, "unit": "ms", "prices": ["aws-a"]});
        merge(&mut p1, prov("seed 000"));
        let mut p2 = json!({"id": "perf-b", "subject": {"route": {"from": "aws", "to": "gcp"}},
            "metric": "cross_cloud_latency", "value": {"low": 20, "high": 100}, "unit": "ms"});
        merge(&mut p2, prov("seed 001"));
        let mut p3 = json!({"id": "perf-c", "subject": {"workload": "s003"}, "metric": "kg_query_latency",
            "percentile": "p95", "value": {"below": 100}, "unit": "ms", "target": true});
        merge(&mut p3, prov("seed 003"));
        let mut project = json!({"id": "proj-a", "name": "Dify", "stars": 99100, "forks": 14900,
            "contributors": 828, "activity": {"zh": "活跃", "en": "active"}});
        merge(&mut project, prov("seed 004 §2.10.1"));
        let mut edge = json!({"id": "edge-a", "name": "Cloudflare", "provider": "aws",
            "strengths": {"zh": "a", "en": "a"}, "weaknesses": {"zh": "b", "en": "b"}, "fits": {"zh": "c", "en": "c"}});
        merge(&mut edge, prov("seed 004 §4.1"));
        let mut section = json!({
            "id": "sec-a", "title": {"zh": "特性", "en": "Features"}, "columns": ["aws", "gcp"],
            "rows": [
                {"id": "row-a", "label": {"zh": "a", "en": "a"},
                 "cells": {"aws": {"perf": "perf-a"}, "gcp": {"price": "gcp-b", "note": {"zh": "n", "en": "n"}}}},
                {"id": "row-b", "label": {"zh": "b", "en": "b"}, "scale": "cost",
                 "cells": {"aws": {"money": {"amount": {"low": 1, "high": 2}, "currency": "USD"}},
                           "gcp": {"count": {"at_least": 32}, "source": "seed 004 §2.9"}}},
                {"id": "row-c", "label": {"zh": "c", "en": "c"},
                 "cells": {"aws": {"support": "self_hosted_only"}, "gcp": {"level": "low"}}},
                {"id": "row-d", "label": {"zh": "d", "en": "d"},
                 "cells": {"aws": {"names": ["S3", "EBS"]}, "gcp": {"text": {"zh": "文", "en": "text"}}}}
            ]
        });
        merge(
            &mut section,
            json!({"source": "seed 004 §2.1", "as_of": "2026-01-01"}),
        );
        Fixture {
            meta: json!({
                "as_of": "2026-11-22", "default_fx": "fx-a",
                "fx": [{"id": "fx-a", "cny_per_usd": 7.0, "source": "a rate", "as_of": "2026-06-19", "confidence": "list"}]
            }),
            providers: json!([
                {"id": "aws", "name": {"zh": "AWS", "en": "AWS"}},
                {"id": "gcp", "name": {"zh": "GCP", "en": "GCP"}}
            ]),
            prices: json!([a, b]),
            plans: json!([{
                "id": "plan-a", "seed": "000", "workload": "s000",
                "name": {"zh": "甲", "en": "A"}, "summary": {"zh": "甲", "en": "A"},
                "lines": [{"label": {"zh": "GPU", "en": "GPU"}, "price": "aws-a",
                           "quantity": {"kind": "always_on", "count": 1}}]
            }]),
            perf: json!({
                "runtimes": [{"id": "rt-a", "name": {"zh": "GPU", "en": "GPU"}, "kind": "self_hosted_gpu", "prices": ["aws-a"]}],
                "models": [model],
                "records": [p1, p2, p3]
            }),
            matrix: json!({"sections": [section], "projects": [project], "edge_platforms": [edge]}),
        }
    }

    pub fn sources(&self) -> Sources {
        let s = |v: &Value| v.to_string();
        Sources {
            meta: s(&self.meta),
            providers: s(&self.providers),
            prices: vec![("prices/t.json".into(), s(&self.prices))],
            plans: vec![("plans/t.json".into(), s(&self.plans))],
            perf: vec![("perf/t.json".into(), s(&self.perf))],
            matrix: vec![("matrix/t.json".into(), s(&self.matrix))],
            hardware: Vec::new(),
        }
    }
}

fn merge(into: &mut Value, from: Value) {
    if let (Some(a), Value::Object(b)) = (into.as_object_mut(), from) {
        a.extend(b);
    }
}

/// The value at a JSON pointer, for mutation.
pub fn at<'a>(v: &'a mut Value, pointer: &str) -> &'a mut Value {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("fixture has no {pointer}"))
}

/// Appends `item` to the array at `pointer`.
pub fn push(v: &mut Value, pointer: &str, item: Value) {
    match at(v, pointer).as_array_mut() {
        Some(a) => a.push(item),
        None => panic!("{pointer} is not an array"),
    }
}

/// Removes `key` from the object at `pointer`.
pub fn remove(v: &mut Value, pointer: &str, key: &str) {
    match at(v, pointer).as_object_mut() {
        Some(o) => o.remove(key),
        None => panic!("{pointer} is not an object"),
    };
}

/// Breaks the fixture with `edit`, loads it, and checks that every error is `rule` and that
/// one of them names `record`.
pub fn fails(rule: Rule, record: &str, edit: impl FnOnce(&mut Fixture)) {
    let mut f = Fixture::new();
    edit(&mut f);
    let errs = match Catalog::from_sources(&f.sources()) {
        Ok(_) => panic!("{rule:?}: a broken `{record}` still loads"),
        Err(e) => e,
    };
    assert!(
        errs.iter().all(|e| e.rule == rule),
        "{rule:?} on `{record}`: other rules too: {errs:#?}"
    );
    assert!(
        errs.iter().any(|e| e.record == record),
        "{rule:?}: no error names `{record}`: {errs:#?}"
    );
    for e in &errs {
        assert!(e.to_string().contains(record) || e.record != record);
    }
}
