//! The wizard: the path so far, and the current question with its answers, back / next.

use super::evidence::{evidence_text, label_of};
use super::walked::{walked, OUTCOME_ID, QUESTION_ID};
use crate::ui::i18n::{pick, question_number, scenario_says, tr, you_chose};
use crate::ui::pages::decide::ctx::{view_currency, DecideCtx};
use crate::ui::state::AppState;
use deploycalc_core::engine::decision::{AnsweredBy, Choice, DecisionTree, Lead, Step, Walk};
use deploycalc_core::model::catalog::Catalog;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{Lang, NodeId};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
struct WizardModel {
    tree: &'static DecisionTree,
    walk: Walk<'static>,
    cursor: usize,
    scenario: Scenario,
}

fn wizard_model(st: AppState, ctx: DecideCtx) -> Memo<Option<WizardModel>> {
    Memo::new(move |_| {
        let cursor = ctx.cursor.get();
        walked(st, ctx, |tree, w, u, _| {
            let cursor = cursor.min(w.steps.len().saturating_sub(1));
            WizardModel {
                tree,
                walk: w,
                cursor,
                scenario: u.scenario.clone(),
            }
        })
    })
}

/// The wizard: the path so far, and the current question with its answers.
#[component]
pub fn Wizard() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = wizard_model(st, ctx);
    // keep focus where an answer sent it, across the re-renders the URL update causes
    Effect::new(move |_| {
        model.track();
        ctx.refocus();
    });
    move || {
        let Some(m) = model.get() else {
            return ().into_any();
        };
        let lang = lang.get();
        let cat = st.catalog;
        let (cur, fx) = view_currency(&m.scenario);
        let tree = m.tree;
        let card = m.walk.steps.get(m.cursor).map(|step| {
            let card = Card {
                st,
                ctx,
                lang,
                index: m.cursor,
                tree,
            };
            question_card(&card, step, cat, cur, fx)
        });
        view! {
            <section class="wizard" aria-labelledby="wizard-title" data-tree=tree.id.clone()>
                <h3 id="wizard-title">{pick(lang, &tree.title).to_string()}</h3>
                <p class="wizard-intro">{pick(lang, &tree.intro).to_string()}</p>
                {ignored_view(&m, lang)}
                <ol class="wizard-path" aria-label=tr(lang, "已走的路径", "Path so far")>{path_view(&m, lang, ctx)}</ol>
                {card}
            </section>
        }
        .into_any()
    }
}

/// The questions on the path, each with its answer and who gave it; a click goes back to it.
fn path_view(m: &WizardModel, lang: Lang, ctx: DecideCtx) -> impl IntoView {
    m.walk
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let answer = step
                .choice
                .map(|c| pick(lang, &c.label).to_string())
                .unwrap_or_else(|| tr(lang, "待回答", "to answer").to_string());
            let by = match step.by {
                Some(AnsweredBy::Scenario) => tr(lang, "来自场景", "from your scenario"),
                Some(AnsweredBy::Visitor) => tr(lang, "你的回答", "your answer"),
                None => "",
            };
            let current = i == m.cursor;
            view! {
                <li class=if current { "path-step current" } else { "path-step" }>
                    <button
                        type="button"
                        class="path-btn"
                        data-testid=format!("step-{}", step.node.id)
                        aria-current=current.then_some("step")
                        on:click=move |_| {
                            ctx.cursor.set(i);
                            ctx.focus_soon(QUESTION_ID.to_string());
                        }
                    >
                        <span class="path-q">{format!("{}. {}", i + 1, pick(lang, &step.node.question))}</span>
                        <span class="path-a">
                            {answer}
                            {(!by.is_empty()).then(|| view! { <span class="tag">{by}</span> })}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view()
}

/// Answers in the link that name no option, if any.
fn ignored_view(m: &WizardModel, lang: Lang) -> Option<impl IntoView> {
    (!m.walk.ignored.is_empty()).then(|| {
        let items = m
            .walk
            .ignored
            .iter()
            .map(|(n, a)| {
                let q = m
                    .tree
                    .node(n.as_str())
                    .map(|n| pick(lang, &n.question).to_string())
                    .unwrap_or_default();
                view! { <li>{format!("“{a}” → {q}")}</li> }
            })
            .collect_view();
        view! {
            <div class="notice" role="status">
                <p>{tr(lang, "链接里的这些回答不是可选项，已忽略：", "These answers in the link are not options and were ignored:")}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// What the question card's parts share.
#[derive(Clone, Copy)]
struct Card {
    st: AppState,
    ctx: DecideCtx,
    lang: Lang,
    /// The question's index on the path.
    index: usize,
    tree: &'static DecisionTree,
}

impl Card {
    /// After an answer: the next question, or the recommendation.
    fn go_after(self, c: &Choice) {
        match c.lead() {
            Some(Lead::Node(_)) => {
                self.ctx.cursor.set(self.index + 1);
                self.ctx.focus_soon(QUESTION_ID.to_string());
            }
            _ => self.ctx.focus_soon(OUTCOME_ID.to_string()),
        }
    }
}

fn question_card(
    card: &Card,
    step: &Step<'static>,
    cat: &Catalog,
    cur: Currency,
    fx: Fx,
) -> impl IntoView {
    let (node, lang, index) = (step.node, card.lang, card.index);
    view! {
        <div class="question-card" data-testid=format!("question-{}", node.id)>
            <p class="step-count">
                {question_number(lang, index + 1)}
            </p>
            <h4 id=QUESTION_ID tabindex="-1">{pick(lang, &node.question).to_string()}</h4>
            <p class="help">{pick(lang, &node.help).to_string()}</p>
            {auto_note(card, step, cat, cur, fx)}
            <div class="answers" role="group" aria-labelledby=QUESTION_ID>{answers_view(card, step)}</div>
            <p class="source"><span>{tr(lang, "种子原文：", "Seed: ")}</span>{node.source.clone()}</p>
            {nav_view(card, step)}
        </div>
    }
}

/// One button per option; the scenario's answer is tagged.
fn answers_view(card: &Card, step: &Step<'static>) -> impl IntoView {
    let (node, lang, st) = (step.node, card.lang, card.st);
    let card = *card;
    let chosen = step.choice.map(|c| c.id.clone());
    node.options
        .iter()
        .map(|c| {
            let pressed = chosen.as_ref() == Some(&c.id);
            let auto = step.auto.as_ref().is_some_and(|a| a.option == c.id).then(
                || view! { <span class="tag">{tr(lang, "场景的答案", "scenario's answer")}</span> },
            );
            let (nid, oid) = (node.id.clone(), c.id.clone());
            view! {
                <button
                    type="button"
                    class="answer-btn"
                    data-testid=format!("answer-{}-{}", node.id, c.id)
                    aria-pressed=pressed.to_string()
                    on:click=move |_| {
                        let (n, o) = (nid.clone(), oid.clone());
                        st.commit(true, move |u| {
                            u.answers.insert(n, o);
                        });
                        card.go_after(c);
                    }
                >
                    <span class="answer-label">{pick(lang, &c.label).to_string()}</span>
                    {auto}
                </button>
            }
        })
        .collect_view()
}

/// What the scenario answered and from which figure; when overridden, a way back to it.
fn auto_note(
    card: &Card,
    step: &Step<'static>,
    cat: &Catalog,
    cur: Currency,
    fx: Fx,
) -> Option<impl IntoView> {
    let (node, lang, st, ctx) = (step.node, card.lang, card.st, card.ctx);
    step.auto.as_ref().map(|a| {
        let ev = evidence_text(lang, &a.evidence, cat, cur, fx);
        let said = label_of(node, &a.option, lang);
        let overridden = step.overridden().then(|| {
            let nid = node.id.clone();
            let mine = step
                .choice
                .map(|c| pick(lang, &c.label).to_string())
                .unwrap_or_default();
            view! {
                <span class="override">
                    {you_chose(lang, &mine)}
                    <button
                        type="button"
                        class="chip"
                        data-testid=format!("use-scenario-{}", node.id)
                        on:click=move |_| {
                            let n = nid.clone();
                            st.commit(true, move |u| {
                                u.answers.remove(&n);
                            });
                            ctx.focus_soon(QUESTION_ID.to_string());
                        }
                    >
                        {tr(lang, "改回场景的答案", "Use the scenario's answer")}
                    </button>
                </span>
            }
        });
        view! {
            <p class="auto-note" data-testid=format!("auto-{}", node.id) data-option=a.option.to_string()>
                <strong>{tr(lang, "来自你的场景：", "From your scenario: ")}</strong>
                {scenario_says(lang, &ev, &said)}
                {overridden}
            </p>
        }
    })
}

/// Back, next (or "see the recommendation") and start over.
fn nav_view(card: &Card, step: &Step<'static>) -> impl IntoView {
    let (lang, st, ctx, index) = (card.lang, card.st, card.ctx, card.index);
    let card = *card;
    let next_choice = step.choice;
    let can_next = next_choice.is_some();
    let at_end = matches!(next_choice.and_then(Choice::lead), Some(Lead::Outcome(_)));
    let ids: Vec<NodeId> = card.tree.nodes.iter().map(|n| n.id.clone()).collect();
    view! {
        <div class="wizard-nav">
            <button
                type="button"
                class="nav-btn"
                data-testid="wizard-back"
                disabled=index == 0
                on:click=move |_| {
                    ctx.cursor.set(index.saturating_sub(1));
                    ctx.focus_soon(QUESTION_ID.to_string());
                }
            >
                {tr(lang, "← 上一题", "← Back")}
            </button>
            <button
                type="button"
                class="nav-btn primary"
                data-testid="wizard-next"
                disabled=!can_next
                on:click=move |_| {
                    if let Some(c) = next_choice {
                        card.go_after(c);
                    }
                }
            >
                {if at_end { tr(lang, "查看推荐 →", "See the recommendation →") } else { tr(lang, "下一题 →", "Next →") }}
            </button>
            <button
                type="button"
                class="nav-btn"
                data-testid="wizard-restart"
                on:click=move |_| {
                    let ids = ids.clone();
                    st.commit(true, move |u| {
                        for id in &ids {
                            u.answers.remove(id);
                        }
                    });
                    ctx.cursor.set(0);
                    ctx.focus_soon(QUESTION_ID.to_string());
                }
            >
                {tr(lang, "重新开始", "Start over")}
            </button>
        </div>
    }
}
