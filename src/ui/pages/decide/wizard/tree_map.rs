//! The whole tree as nested lists, with the path taken marked.

use super::walked::walked;
use crate::ui::i18n::{pick, tr};
use crate::ui::pages::decide::ctx::{plan_name, DecideCtx};
use crate::ui::state::AppState;
use deploycalc_core::engine::decision::{DecisionTree, Lead, Node};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::vocab::{Lang, NodeId, OptionId};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The whole tree as nested lists, with the path taken marked.
#[component]
pub fn TreeMap() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = Memo::new(move |_| {
        walked(st, ctx, |tree, w, _, _| {
            let taken: BTreeSet<(NodeId, OptionId)> = w
                .steps
                .iter()
                .filter_map(|s| s.choice.map(|c| (s.node.id.clone(), c.id.clone())))
                .collect();
            (tree, taken)
        })
    });
    move || {
        let Some((tree, taken)) = model.get() else {
            return ().into_any();
        };
        let lang = lang.get();
        let cat = st.catalog;
        let root = tree
            .node(tree.root.as_str())
            .map(|n| node_view(tree, n, &taken, true, lang, cat));
        view! {
            <details class="tree-map" open=true>
                <summary>{tr(lang, "整棵决策树（高亮的是你的路径）", "The whole tree (your path highlighted)")}</summary>
                <ul class="tm-root" data-testid="tree-map">{root}</ul>
                <p class="source">{format!("{}{}", tr(lang, "种子原文：", "Seed: "), tree.source)}</p>
            </details>
        }
        .into_any()
    }
}

fn node_view(
    tree: &'static DecisionTree,
    node: &'static Node,
    taken: &BTreeSet<(NodeId, OptionId)>,
    on_path: bool,
    lang: Lang,
    cat: &Catalog,
) -> AnyView {
    let options = node
        .options
        .iter()
        .map(|c| {
            let chosen = on_path && taken.contains(&(node.id.clone(), c.id.clone()));
            let below = match c.lead() {
                Some(Lead::Node(n)) => tree
                    .node(n.as_str())
                    .map(|child| view! { <ul>{node_view(tree, child, taken, chosen, lang, cat)}</ul> }.into_any()),
                Some(Lead::Outcome(o)) => Some(
                    view! {
                        <span class="tm-outcome">{format!("⇒ {}", plan_name(cat, o.plan.as_str(), lang))}</span>
                    }
                    .into_any(),
                ),
                None => None,
            };
            view! {
                <li class=if chosen { "tm-option on-path" } else { "tm-option" }>
                    <span class="tm-a">
                        {pick(lang, &c.label).to_string()}
                        {chosen.then(|| view! { <span class="sr-only">{tr(lang, "（你的路径）", " (your path)")}</span> })}
                    </span>
                    {below}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class=if on_path { "tm-node on-path" } else { "tm-node" }>
            <span class="tm-q">{pick(lang, &node.question).to_string()}</span>
            <ul>{options}</ul>
        </li>
    }
    .into_any()
}
