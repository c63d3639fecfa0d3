//! The sizing panel in the exports: its resolved inputs (as the URL writes them) and its
//! results or its problem, with the same text the panel shows. Left out (`None`) unless the
//! caller adds it with [`SizingReport::of`].

use super::markdown::md_cell;
use crate::report::sizing::SizingView;
use serde::Serialize;
use std::fmt::Write;

/// One input or one result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SizingItem {
    /// The URL key of an input (`zm`) or the row name of a result (`monthly-cost`).
    pub key: String,
    pub label: String,
    pub value: String,
}

/// The sizing panel as exported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SizingReport {
    pub title: String,
    pub inputs: Vec<SizingItem>,
    pub results: Vec<SizingItem>,
    /// What is wrong with the numbers, when they cannot be sized (then no results).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

impl SizingReport {
    pub fn of(v: &SizingView) -> SizingReport {
        let label = |key: &str| {
            v.inputs
                .iter()
                .find(|i| i.key == key)
                .map_or(String::new(), |i| i.label.to_string())
        };
        SizingReport {
            title: v.title.to_string(),
            inputs: v
                .resolved
                .iter()
                .map(|(k, val)| SizingItem {
                    key: k.to_string(),
                    label: label(k),
                    value: val.clone(),
                })
                .collect(),
            results: v
                .rows
                .iter()
                .map(|r| SizingItem {
                    key: r.row.as_str().to_string(),
                    label: r.label.to_string(),
                    value: r.value.clone(),
                })
                .collect(),
            problem: v.problem.as_ref().map(|p| p.sentence.clone()),
        }
    }

    /// CSV rows in the comparison's columns: `plan_id` "sizing", `row` "sizing_input" or
    /// "sizing_result", `item` the key, `shown` the value (other columns empty).
    pub(super) fn csv_rows(&self) -> Vec<[String; 16]> {
        let row = |kind: &str, i: &SizingItem| {
            let mut r: [String; 16] = Default::default();
            r[0] = "sizing".into();
            r[1] = self.title.clone();
            r[2] = kind.into();
            r[3] = i.key.clone();
            r[15] = i.value.clone();
            r
        };
        let problem = self.problem.iter().map(|p| SizingItem {
            key: "problem".into(),
            label: String::new(),
            value: p.clone(),
        });
        let results: Vec<SizingItem> = self.results.iter().cloned().chain(problem).collect();
        self.inputs
            .iter()
            .map(|i| row("sizing_input", i))
            .chain(results.iter().map(|i| row("sizing_result", i)))
            .collect()
    }

    /// A Markdown section: the title, then one table of inputs and results.
    pub(super) fn write_markdown(&self, out: &mut String) {
        let _ = writeln!(out, "\n## {}\n", md_cell(&self.title));
        let _ = writeln!(out, "| | |\n| --- | --- |");
        for i in self.inputs.iter().chain(&self.results) {
            let _ = writeln!(out, "| {} | {} |", md_cell(&i.label), md_cell(&i.value));
        }
        if let Some(p) = &self.problem {
            let _ = writeln!(out, "\n> {}", md_cell(p));
        }
    }
}
