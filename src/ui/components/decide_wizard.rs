//! The wizard (one question at a time, back / next), the recommendation with its reasons and
//! "why not the others", the whole tree with the path taken, and the scenario inputs the
//! tree's predicates read.

use crate::domain::analysis::{levers, Lever, LeverKind};
use crate::domain::catalog::Catalog;
use crate::domain::decision::{
    walk, why_not, AnsweredBy, Choice, DecisionTree, Evidence, Lead, Node, PlanFacts, Walk, WhyNot,
};
use crate::domain::estimate::Meets;
use crate::domain::format;
use crate::domain::money::{Currency, Fx, Range};
use crate::domain::scenario::{NumField, Region, Scenario, Workload};
use crate::domain::share::{encode, Lang, Page};
use crate::ui::components::decide_page::{
    active_tree, money_in, plan_name, view_currency, DecideCtx,
};
use crate::ui::components::scenario_form::{ComponentToggles, NumInput, RegionSelect};
use crate::ui::i18n::{field_text, pick, purchase_text, tr};
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Id of the wizard's question heading (focused after an answer).
const QUESTION_ID: &str = "decide-question";
/// Id of the recommendation's heading (focused when an answer reaches an outcome).
pub const OUTCOME_ID: &str = "decision-outcome-title";

#[derive(Clone, Debug, PartialEq)]
struct WizardModel {
    tree: &'static DecisionTree,
    walk: Walk<'static>,
    cursor: usize,
    scenario: Scenario,
}

fn wizard_model(st: AppState, ctx: DecideCtx) -> Memo<Option<WizardModel>> {
    Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        let cursor = ctx.cursor.get();
        let cat = st.catalog.as_ref().ok()?;
        st.decoded.with(|(u, _)| {
            let tree = active_tree(u.scenario.workload, custom)?;
            let w = walk(tree, &u.scenario, cat, &u.answers);
            let cursor = cursor.min(w.steps.len().saturating_sub(1));
            Some(WizardModel {
                tree,
                walk: w,
                cursor,
                scenario: u.scenario.clone(),
            })
        })
    })
}

fn region_text(lang: Lang, r: Region) -> &'static str {
    match r {
        Region::Global => tr(lang, "靠近云区域（全球）", "near the cloud region (global)"),
        Region::China => tr(lang, "中国大陆", "mainland China"),
    }
}

fn component_label(cat: &Catalog, key: &str, lang: Lang) -> String {
    cat.plans
        .iter()
        .flat_map(|p| p.components())
        .find(|c| c.key == key)
        .map(|c| pick(lang, &c.label).to_string())
        .unwrap_or_else(|| key.to_string())
}

fn num_text(v: f64) -> String {
    if v.fract() == 0.0 {
        format::number(v, 0)
    } else {
        format::number(v, 2)
    }
}

/// "Peak concurrent users 10 users", "Where users are: mainland China", …
pub fn evidence_text(lang: Lang, ev: &Evidence, cat: &Catalog, cur: Currency, fx: Fx) -> String {
    match ev {
        Evidence::Num { field, value } => {
            let (label, unit, _) = field_text(lang, *field);
            format!("{label} {} {unit}", num_text(*value))
        }
        Evidence::Region(r) => format!(
            "{}{}",
            tr(lang, "用户所在地区：", "users are in "),
            region_text(lang, *r)
        ),
        Evidence::Cheaper {
            plan,
            than,
            plan_usd,
            than_usd,
        } => match lang {
            Lang::Zh => format!(
                "{} 每月 {}，{} 每月 {}",
                plan_name(cat, plan.as_str(), lang),
                money_in(*plan_usd, cur, fx),
                plan_name(cat, than.as_str(), lang),
                money_in(*than_usd, cur, fx)
            ),
            Lang::En => format!(
                "{} costs {} a month, {} {}",
                plan_name(cat, plan.as_str(), lang),
                money_in(*plan_usd, cur, fx),
                plan_name(cat, than.as_str(), lang),
                money_in(*than_usd, cur, fx)
            ),
        },
        Evidence::Component { key, on } => format!(
            "{}{}",
            component_label(cat, key, lang),
            if *on {
                tr(lang, "：已勾选", ": ticked")
            } else {
                tr(lang, "：未勾选", ": not ticked")
            }
        ),
    }
}

fn label_of(node: &Node, option: &str, lang: Lang) -> String {
    node.option(option)
        .map(|c| pick(lang, &c.label).to_string())
        .unwrap_or_else(|| option.to_string())
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
        let Ok(cat) = st.catalog.as_ref() else {
            return ().into_any();
        };
        let (cur, fx) = view_currency(&m.scenario);
        let tree = m.tree;
        let steps = &m.walk.steps;
        let path = steps
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
            .collect_view();
        let card = steps
            .get(m.cursor)
            .map(|step| question_card(step.node, step, m.cursor, &m, cat, lang, cur, fx, st, ctx));
        let ignored = (!m.walk.ignored.is_empty()).then(|| {
            let items = m
                .walk
                .ignored
                .iter()
                .map(|(n, a)| {
                    let q = tree
                        .node(n)
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
        });
        view! {
            <section class="wizard" aria-labelledby="wizard-title" data-tree=tree.id.clone()>
                <h3 id="wizard-title">{pick(lang, &tree.title).to_string()}</h3>
                <p class="wizard-intro">{pick(lang, &tree.intro).to_string()}</p>
                {ignored}
                <ol class="wizard-path" aria-label=tr(lang, "已走的路径", "Path so far")>{path}</ol>
                {card}
            </section>
        }
        .into_any()
    }
}

#[allow(clippy::too_many_arguments)]
fn question_card(
    node: &'static Node,
    step: &crate::domain::decision::Step<'static>,
    index: usize,
    m: &WizardModel,
    cat: &Catalog,
    lang: Lang,
    cur: Currency,
    fx: Fx,
    st: AppState,
    ctx: DecideCtx,
) -> impl IntoView {
    let tree = m.tree;
    let chosen = step.choice.map(|c| c.id.clone());
    let go_after = move |c: &Choice| match c.lead() {
        Some(Lead::Node(_)) => {
            ctx.cursor.set(index + 1);
            ctx.focus_soon(QUESTION_ID.to_string());
        }
        _ => ctx.focus_soon(OUTCOME_ID.to_string()),
    };
    let options = node
        .options
        .iter()
        .map(|c| {
            let pressed = chosen.as_deref() == Some(c.id.as_str());
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
                        go_after(c);
                    }
                >
                    <span class="answer-label">{pick(lang, &c.label).to_string()}</span>
                    {auto}
                </button>
            }
        })
        .collect_view();
    let auto_note = step.auto.as_ref().map(|a| {
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
                    {match lang {
                        Lang::Zh => format!(" 你改选了“{mine}”。"),
                        Lang::En => format!(" You chose “{mine}” instead."),
                    }}
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
            <p class="auto-note" data-testid=format!("auto-{}", node.id) data-option=a.option.clone()>
                <strong>{tr(lang, "来自你的场景：", "From your scenario: ")}</strong>
                {format!("{ev} → {said}{}", tr(lang, "。", "."))}
                {overridden}
            </p>
        }
    });
    let next_choice = step.choice;
    let can_next = next_choice.is_some();
    let at_end = matches!(next_choice.and_then(Choice::lead), Some(Lead::Outcome(_)));
    let ids: Vec<String> = tree.nodes.iter().map(|n| n.id.clone()).collect();
    view! {
        <div class="question-card" data-testid=format!("question-{}", node.id)>
            <p class="step-count">
                {match lang {
                    Lang::Zh => format!("第 {} 题", index + 1),
                    Lang::En => format!("Question {}", index + 1),
                }}
            </p>
            <h4 id=QUESTION_ID tabindex="-1">{pick(lang, &node.question).to_string()}</h4>
            <p class="help">{pick(lang, &node.help).to_string()}</p>
            {auto_note}
            <div class="answers" role="group" aria-labelledby=QUESTION_ID>{options}</div>
            <p class="source"><span>{tr(lang, "种子原文：", "Seed: ")}</span>{node.source.clone()}</p>
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
                            go_after(c);
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
        </div>
    }
}

#[derive(Clone, Debug, PartialEq)]
struct OutcomeModel {
    tree: &'static DecisionTree,
    walk: Walk<'static>,
    why: Option<(PlanFacts, Vec<WhyNot>)>,
    levers: Vec<Lever>,
    /// The comparison with the plan pinned first.
    href: Option<String>,
    scenario: Scenario,
}

fn join_reasons(lang: Lang, parts: &[String]) -> String {
    match (lang, parts.len()) {
        (_, 0) => String::new(),
        (_, 1) => parts[0].clone(),
        (Lang::Zh, _) => {
            let (last, init) = parts.split_last().unwrap_or((&parts[0], &[]));
            format!("{}，并且{last}", init.join("，"))
        }
        (Lang::En, _) => {
            let (last, init) = parts.split_last().unwrap_or((&parts[0], &[]));
            format!("{} and {last}", init.join(", "))
        }
    }
}

/// "Because … and … → recommended: …".
fn because_text(lang: Lang, walk: &Walk, name: &str) -> String {
    let reasons: Vec<String> = walk
        .reasons()
        .iter()
        .map(|r| pick(lang, r).to_string())
        .collect();
    match lang {
        Lang::Zh => format!("因为{} → 推荐：{name}。", join_reasons(lang, &reasons)),
        Lang::En => format!(
            "Because {} → recommended: {name}.",
            join_reasons(lang, &reasons)
        ),
    }
}

fn ms_text(r: Range<f64>) -> String {
    let f = |x: f64| {
        if x >= 1000.0 {
            // up to two decimals, trailing zeros dropped: 2 s, 1.5 s, 1.05 s
            let text = format::number(x / 1000.0, 2);
            let text = text.trim_end_matches('0').trim_end_matches('.');
            format!("{text} s")
        } else {
            format!("{} ms", format::number(x, 0))
        }
    };
    if r.is_point() {
        f(r.low)
    } else {
        format!("{}–{}", f(r.low), f(r.high))
    }
}

/// "at 100 conversation hours" / "按每月 100 小时对话" — the scenario the costs are for.
fn at_scenario(lang: Lang, s: &Scenario) -> String {
    if s.conversation_hours > 0.0 {
        match lang {
            Lang::Zh => format!("按每月 {} 小时对话", num_text(s.conversation_hours)),
            Lang::En => format!("at {} conversation hours", num_text(s.conversation_hours)),
        }
    } else {
        match lang {
            Lang::Zh => format!("按 {} 月活跃用户", num_text(s.users)),
            Lang::En => format!("at {} monthly active users", num_text(s.users)),
        }
    }
}

fn why_not_text(
    lang: Lang,
    w: &WhyNot,
    mine: &PlanFacts,
    m: &OutcomeModel,
    cat: &Catalog,
    cur: Currency,
    fx: Fx,
) -> String {
    let s = &m.scenario;
    let name = plan_name(cat, w.facts.plan.as_str(), lang);
    let target = ms_text(Range::point(s.latency_target_ms));
    let mut parts: Vec<String> = Vec::new();
    if let (Some(meets), Some(ms)) = (w.facts.meets, w.facts.latency_ms) {
        parts.push(match (lang, meets) {
            (Lang::Zh, Meets::Yes) => format!("满足 {target} 的延迟目标（{}）", ms_text(ms)),
            (Lang::En, Meets::Yes) => {
                format!("meets the {target} latency target ({})", ms_text(ms))
            }
            (Lang::Zh, Meets::Maybe) => {
                format!("可能达不到 {target} 的延迟目标（{}）", ms_text(ms))
            }
            (Lang::En, Meets::Maybe) => {
                format!("may miss the {target} latency target ({})", ms_text(ms))
            }
            (Lang::Zh, Meets::No) => format!("达不到 {target} 的延迟目标（{}）", ms_text(ms)),
            (Lang::En, Meets::No) => {
                format!("misses the {target} latency target ({})", ms_text(ms))
            }
        });
    }
    if !w.facts.serves_peak {
        parts.push(match lang {
            Lang::Zh => format!("撑不住 {} 人的峰值并发", num_text(s.peak_concurrency)),
            Lang::En => format!(
                "cannot serve the peak of {} concurrent users",
                num_text(s.peak_concurrency)
            ),
        });
    }
    if let (Some(a), Some(b)) = (w.facts.privacy, mine.privacy) {
        if a != b {
            parts.push(match lang {
                Lang::Zh => format!("隐私 {a}/5（推荐方案 {b}/5）"),
                Lang::En => format!("privacy {a}/5 (vs {b}/5)"),
            });
        }
    }
    let (a, b) = (money_in(w.facts.usd, cur, fx), money_in(mine.usd, cur, fx));
    let at_least = if w.facts.lower_bound {
        tr(lang, "至少 ", "at least ")
    } else {
        ""
    };
    let at = at_scenario(lang, s);
    let cost = match w.cost_ratio {
        Some(r) if r > 1.005 => match lang {
            Lang::Zh => format!(
                "每月成本是推荐方案的 {}{} 倍（{at_least}{a} 对 {b}，{at}）",
                at_least,
                format::number(r, 1)
            ),
            Lang::En => format!(
                "costs {at_least}{}× as much ({at_least}{a} vs {b} a month {at})",
                format::number(r, 1)
            ),
        },
        Some(r) if r < 0.995 => match lang {
            Lang::Zh => format!(
                "每月便宜 {}%（{a} 对 {b}，{at}）",
                format::number((1.0 - r) * 100.0, 0)
            ),
            Lang::En => format!(
                "costs {}% less ({a} vs {b} a month {at})",
                format::number((1.0 - r) * 100.0, 0)
            ),
        },
        Some(_) => match lang {
            Lang::Zh => format!("每月成本几乎相同（{a} 对 {b}）"),
            Lang::En => format!("costs about the same ({a} vs {b} a month)"),
        },
        None => match lang {
            Lang::Zh => format!("每月 {at_least}{a}（推荐方案 {b}）"),
            Lang::En => format!("costs {at_least}{a} a month (vs {b})"),
        },
    };
    let mut text = match (lang, parts.is_empty()) {
        (Lang::Zh, true) => format!("{name}：{cost}"),
        (Lang::Zh, false) => format!("{name}：{}，{cost}", parts.join("，")),
        (Lang::En, true) => format!("{name}: {cost}"),
        (Lang::En, false) => format!("{name}: {}; {cost}", parts.join("; ")),
    };
    if let Some(ex) = &w.excluded_at {
        if let Some(node) = m.tree.node(&ex.node) {
            let q = pick(lang, &node.question).to_string();
            let chosen = label_of(node, &ex.chosen, lang);
            text.push_str(&match lang {
                Lang::Zh => format!("；被“{q}”→“{chosen}”排除。"),
                Lang::En => format!(". Ruled out by “{q}” → “{chosen}”."),
            });
        }
    } else {
        text.push_str(tr(lang, "。", "."));
    }
    text
}

fn lever_text(lang: Lang, l: &Lever) -> String {
    match l.kind {
        LeverKind::GpuHours(h) => match lang {
            Lang::Zh => format!("按需 GPU：每天只开 {} 小时", num_text(h)),
            Lang::En => format!("On-demand GPU: run it {} hours a day", num_text(h)),
        },
        LeverKind::Spot(p) => match lang {
            Lang::Zh => format!("{}% 的 GPU 小时用 Spot 实例（可能被中断）", num_text(p)),
            Lang::En => format!("{}% of GPU hours as spot (may be interrupted)", num_text(p)),
        },
        LeverKind::Purchase(o) => purchase_text(lang, o).to_string(),
    }
}

/// The recommendation, why, why not the others, and the link to the comparison.
#[component]
pub fn OutcomePanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        let cat = st.catalog.as_ref().ok()?;
        st.decoded.with(|(u, _)| {
            let tree = active_tree(u.scenario.workload, custom)?;
            let w = walk(tree, &u.scenario, cat, &u.answers);
            let why = why_not(&w, &u.scenario, cat);
            let plan = w.outcome.and_then(|o| cat.plan(o.plan.as_str()));
            let lv = plan
                .map(|p| levers(p, &u.scenario, cat))
                .unwrap_or_default();
            let href = w.outcome.map(|o| {
                let mut to = u.clone();
                to.page = Page::Compare;
                to.pinned = Some(o.plan.0.clone());
                to.hidden.remove(o.plan.as_str());
                format!("?{}", encode(&to))
            });
            Some(OutcomeModel {
                tree,
                walk: w,
                why,
                levers: lv,
                href,
                scenario: u.scenario.clone(),
            })
        })
    });
    let body = move || {
        let Some(m) = model.get() else {
            return ().into_any();
        };
        let lang = lang.get();
        let Ok(cat) = st.catalog.as_ref() else {
            return ().into_any();
        };
        let (cur, fx) = view_currency(&m.scenario);
        let Some(outcome) = m.walk.outcome else {
            let waiting = m
                .walk
                .pending()
                .map(|n| pick(lang, &n.question).to_string())
                .unwrap_or_default();
            return view! {
                <section class="outcome-panel pending" data-testid="decision-outcome" aria-labelledby=OUTCOME_ID>
                    <h3 id=OUTCOME_ID tabindex="-1">{tr(lang, "还没有推荐", "No recommendation yet")}</h3>
                    <p>{tr(lang, "场景回答不了下面这个问题，请你来回答：", "The scenario cannot answer this question; please do:")}</p>
                    <p class="waiting">{waiting}</p>
                </section>
            }
            .into_any();
        };
        let name = plan_name(cat, outcome.plan.as_str(), lang);
        let because = because_text(lang, &m.walk, &name);
        let facts = m.why.as_ref().map(|(mine, _)| {
            let latency = mine.latency_ms.map(|ms| {
                let ok = match mine.meets {
                    Some(Meets::Yes) => tr(lang, "✓ 达标", "✓ meets the target"),
                    Some(Meets::Maybe) => tr(lang, "≈ 可能达标", "≈ may meet the target"),
                    _ => tr(lang, "✗ 超出目标", "✗ misses the target"),
                };
                view! {
                    <div><dt>{tr(lang, "端到端延迟", "End-to-end latency")}</dt><dd>{format!("{} {ok}", ms_text(ms))}</dd></div>
                }
            });
            let cost = format!(
                "{}{}",
                if mine.lower_bound { tr(lang, "至少 ", "at least ") } else { "" },
                money_in(mine.usd, cur, fx)
            );
            view! {
                <dl class="outcome-facts">
                    <div>
                        <dt>{tr(lang, "每月（区间中点）", "Per month (midpoint)")}</dt>
                        <dd data-testid="outcome-cost" data-usd=mine.usd.to_string()>{cost}</dd>
                    </div>
                    {latency}
                    <div>
                        <dt>{tr(lang, "峰值并发", "Peak")}</dt>
                        <dd>{if mine.serves_peak { tr(lang, "✓ 撑得住", "✓ served") } else { tr(lang, "✗ 撑不住", "✗ not served") }}</dd>
                    </div>
                    {mine.privacy.map(|p| view! {
                        <div><dt>{tr(lang, "隐私", "Privacy")}</dt><dd>{format!("{p}/5")}</dd></div>
                    })}
                </dl>
            }
        });
        let others = m.why.as_ref().map(|(mine, others)| {
            others
                .iter()
                .map(|w| {
                    view! {
                        <li data-testid=format!("why-not-{}", w.facts.plan.as_str())>
                            {why_not_text(lang, w, mine, &m, cat, cur, fx)}
                        </li>
                    }
                })
                .collect_view()
        });
        let levers_view = (!m.levers.is_empty()).then(|| {
            let items = m
                .levers
                .iter()
                .map(|l| {
                    let saving = money_in(l.saving_usd(), cur, fx);
                    let pct = format::number(l.saving_share() * 100.0, 0);
                    view! {
                        <li>
                            {match lang {
                                Lang::Zh => format!("{}：每月省 {saving}（{pct}%）", lever_text(lang, l)),
                                Lang::En => format!("{}: saves {saving} a month ({pct}%)", lever_text(lang, l)),
                            }}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4>{tr(lang, "可以降低这个方案成本的手段（种子 003 §9.5，逐项单独计算）", "Levers that lower this plan's cost (seed 003 §9.5, each on its own)")}</h4>
                <ul class="levers" data-testid="levers">{items}</ul>
            }
        });
        view! {
            <section
                class="outcome-panel"
                data-testid="decision-outcome"
                data-plan=outcome.plan.0.clone()
                aria-labelledby=OUTCOME_ID
            >
                <p class="eyebrow">{tr(lang, "推荐方案", "Recommended")}</p>
                <h3 id=OUTCOME_ID tabindex="-1">{name.clone()}</h3>
                <p class="because" data-testid="decision-because">{because}</p>
                <p class="rationale">{pick(lang, &outcome.rationale).to_string()}</p>
                {facts}
                <a class="outcome-link" data-testid="outcome-link" href=m.href.clone().unwrap_or_default()>
                    {tr(lang, "在方案对比中查看（置顶并高亮）→", "Open it in the comparison, pinned and highlighted →")}
                </a>
                <h4>{tr(lang, "为什么不是其他方案", "Why not the others")}</h4>
                <ul class="why-not">{others}</ul>
                {levers_view}
            </section>
        }
        .into_any()
    };
    // a short live message (the panel itself is re-rendered whole on every change)
    let announce = move || {
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        model.with(|m| {
            let m = m.as_ref()?;
            Some(match m.walk.outcome {
                Some(o) => because_text(lang, &m.walk, &plan_name(cat, o.plan.as_str(), lang)),
                None => tr(
                    lang,
                    "还没有推荐：还有问题要回答。",
                    "No recommendation yet: a question needs your answer.",
                )
                .to_string(),
            })
        })
    };
    view! {
        <div class="outcome-wrap">
            <p class="sr-only" role="status" aria-live="polite">{announce}</p>
            {body}
        </div>
    }
}

/// The whole tree as nested lists, with the path taken marked.
#[component]
pub fn TreeMap() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        let cat = st.catalog.as_ref().ok()?;
        st.decoded.with(|(u, _)| {
            let tree = active_tree(u.scenario.workload, custom)?;
            let w = walk(tree, &u.scenario, cat, &u.answers);
            let taken: BTreeSet<(String, String)> = w
                .steps
                .iter()
                .filter_map(|s| s.choice.map(|c| (s.node.id.clone(), c.id.clone())))
                .collect();
            Some((tree, taken))
        })
    });
    move || {
        let Some((tree, taken)) = model.get() else {
            return ().into_any();
        };
        let lang = lang.get();
        let Ok(cat) = st.catalog.as_ref() else {
            return ().into_any();
        };
        let root = tree
            .node(&tree.root)
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
    taken: &BTreeSet<(String, String)>,
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
                    .node(n)
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

/// The scenario inputs this tree's answers (and numbers) depend on.
fn fields_for(w: Workload) -> &'static [NumField] {
    use NumField::*;
    match w {
        Workload::S000 | Workload::Custom => &[PeakConcurrency, ConversationHours, LatencyTargetMs],
        Workload::S001 => &[Users, StorageGb],
        Workload::S002 => &[ConversationHours, PeakConcurrency],
        Workload::S003 => &[Users, PeakConcurrency, GpuHoursPerDay],
        Workload::S004 => &[Users, EgressGb, LatencyTargetMs],
    }
}

#[component]
pub fn DecideScenario() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let tree_w = Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        st.decoded
            .with(|(u, _)| active_tree(u.scenario.workload, custom).map(|t| t.workload))
    });
    let inputs = move || {
        let w = tree_w.get()?;
        Some(view! {
            {fields_for(w).iter().map(|&f| view! { <NumInput field=f /> }).collect_view()}
            {(w == Workload::S004).then(|| view! { <RegionSelect /> })}
            {(w == Workload::S001).then(|| view! { <ComponentToggles /> })}
        })
    };
    view! {
        <section class="decide-scenario" aria-labelledby="decide-scenario-title">
            <h3 id="decide-scenario-title">{move || tr(lang.get(), "你的场景", "Your scenario")}</h3>
            <p class="field-help">
                {move || tr(lang.get(), "问题的自动答案和下面的数字都来自这些输入；完整的场景在“方案对比”页。", "The automatic answers and the numbers below come from these inputs; the whole scenario is on the Compare page.")}
            </p>
            {inputs}
        </section>
    }
}
