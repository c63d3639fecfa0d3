//! The numbers beside a decision: break-even points along a driver (with a chart drawn from
//! the exact pieces), committed vs on-demand prices, and the growth timeline.

use crate::domain::analysis::{
    break_even, check_path, commitments, cost_curve, gpu_hours_break_even, growth, Axis, BreakEven,
    Commitment, CostCurve, CrossKind, GpuHoursBreakEven, GrowthInput, PathCheck, PathGap, Timeline,
};
use crate::domain::decide_chart::{breakeven_chart, growth_chart, DecideChartText};
use crate::domain::decision::{walk, DecisionTree};
use crate::domain::format;
use crate::domain::money::{Currency, Fx};
use crate::domain::plan::Plan;
use crate::domain::scenario::{parse_bounded, Scenario};
use crate::domain::share::{DecideField, Lang};
use crate::ui::components::chart::ChartFigure;
use crate::ui::components::decide_page::{
    active_tree, money_in, per_month, plan_name, view_currency, DecideCtx,
};
use crate::ui::components::scenario_form::DEBOUNCE;
use crate::ui::i18n::{purchase_text, reject_text, tr};
use crate::ui::state::AppState;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// The tree's outcome plans, in catalog order.
fn tree_plans(
    cat: &'static crate::domain::catalog::Catalog,
    tree: &DecisionTree,
) -> Vec<&'static Plan> {
    let ids = tree.outcome_plans();
    cat.plans.iter().filter(|p| ids.contains(&&p.id)).collect()
}

fn axis_text(lang: Lang, a: Axis) -> &'static str {
    match a {
        Axis::ConversationHours => tr(lang, "每月对话小时", "conversation hours a month"),
        Axis::Users => tr(lang, "月活跃用户", "monthly active users"),
        Axis::StorageGb => tr(lang, "对象存储 GB", "GB of storage"),
        Axis::EgressGb => tr(lang, "每月出网流量 GB", "GB of egress a month"),
    }
}

fn x_text(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format::number(x.round(), 0)
    } else {
        format::number(x, 2)
    }
}

#[derive(Clone, Debug, PartialEq)]
struct BreakEvenModel {
    axis: Axis,
    value: f64,
    span: (f64, f64),
    plans: Vec<&'static Plan>,
    curves: Vec<CostCurve>,
    /// (a, b, points): the anchor plan against each other one.
    rows: Vec<(usize, usize, Vec<BreakEven>)>,
    /// The anchor is the recommendation (else: the cheapest plan at the scenario).
    recommended: bool,
    cur: Currency,
    fx: Fx,
}

/// Break-even points of the recommended plan (until there is one, the cheapest at the
/// scenario) against every other plan of the tree.
#[component]
pub fn BreakEvenPanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        let cat = st.catalog.as_ref().ok()?;
        st.decoded.with(|(u, _)| {
            let s = &u.scenario;
            let tree = active_tree(s.workload, custom)?;
            // the driver in the URL (`bx`), else the tree's default
            let axis = u.decide.axis(tree.workload);
            let plans = tree_plans(cat, tree);
            let span = axis.span(s);
            let curves: Vec<CostCurve> = plans
                .iter()
                .map(|p| cost_curve(p, s, cat, axis, span))
                .collect();
            let outcome = walk(tree, s, cat, &u.answers)
                .outcome
                .map(|o| o.plan.clone());
            let value = axis.value(s);
            let recommended = outcome.and_then(|o| plans.iter().position(|p| p.id == o));
            // without a recommendation yet, the cheapest plan at the scenario's value
            let cheapest = (0..plans.len())
                .min_by(|&i, &j| curves[i].at(value).total_cmp(&curves[j].at(value)));
            let anchor = recommended.or(cheapest)?;
            let rows = (0..plans.len())
                .filter(|&b| b != anchor)
                .map(|b| (anchor, b, break_even(&curves[anchor], &curves[b])))
                .collect();
            let (cur, fx) = view_currency(s);
            Some(BreakEvenModel {
                axis,
                value,
                recommended: recommended.is_some(),
                span,
                plans,
                curves,
                rows,
                cur,
                fx,
            })
        })
    });
    let chart = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let refs: Vec<&CostCurve> = m.curves.iter().collect();
        let marks: Vec<(usize, f64, f64, String)> = m
            .rows
            .iter()
            .flat_map(|(a, _, pts)| pts.iter().map(move |p| (*a, p.x, p.a_usd, x_text(p.x))))
            .collect();
        Some(breakeven_chart(
            &refs,
            &marks,
            m.cur,
            m.fx,
            &DecideChartText {
                title: tr(lang, "成本随驱动量变化", "Cost along the driver").into(),
                x_axis: axis_text(lang, m.axis).into(),
                y_axis: per_month(m.cur, lang),
                y2_axis: String::new(),
                series: m
                    .plans
                    .iter()
                    .map(|p| plan_name(cat, p.id.as_str(), lang))
                    .collect(),
            },
        ))
    });
    let title =
        Signal::derive(move || tr(lang.get(), "盈亏平衡点", "Break-even points").to_string());
    let rows = move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let unit = axis_text(lang, m.axis);
        let items = m
            .rows
            .iter()
            .map(|(a, b, pts)| {
                let (pa, pb) = (m.plans[*a], m.plans[*b]);
                let (na, nb) = (plan_name(cat, pa.id.as_str(), lang), plan_name(cat, pb.id.as_str(), lang));
                let name_of = |id: &str| if id == pa.id.as_str() { na.clone() } else { nb.clone() };
                let now_a = m.curves[*a].at(m.value);
                let now_b = m.curves[*b].at(m.value);
                // an unknown price makes a total "at least"
                let shown = |i: usize, usd: f64| {
                    let at_least = if m.curves[i].lower_bound { tr(lang, "至少 ", "at least ") } else { "" };
                    format!("{at_least}{}", money_in(usd, m.cur, m.fx))
                };
                let now = match lang {
                    Lang::Zh => format!(
                        "你的场景（{unit} {}）：{na} {}，{nb} {}。",
                        x_text(m.value),
                        shown(*a, now_a),
                        shown(*b, now_b)
                    ),
                    Lang::En => format!(
                        "At your {} {unit}: {na} {}, {nb} {}.",
                        x_text(m.value),
                        shown(*a, now_a),
                        shown(*b, now_b)
                    ),
                };
                let text = if pts.is_empty() {
                    let cheaper = if now_a <= now_b { &na } else { &nb };
                    match lang {
                        Lang::Zh => format!("{unit}在 0–{} 之间没有交点：{cheaper} 一直更便宜（或相同）。", x_text(m.span.1)),
                        Lang::En => format!("No break-even between 0 and {} {unit}: {cheaper} stays cheaper (or equal).", x_text(m.span.1)),
                    }
                } else {
                    pts.iter()
                        .map(|p| {
                            let who = name_of(p.cheaper_above.as_str());
                            let other = if who == na { &nb } else { &na };
                            let step = match (p.kind, lang) {
                                (CrossKind::Step, Lang::Zh) => "（阶跃：多一台实例）",
                                (CrossKind::Step, Lang::En) => " (a step: one more instance)",
                                _ => "",
                            };
                            match lang {
                                Lang::Zh => format!("{unit}超过 {}{step}，{who} 比 {other} 便宜。", x_text(p.x)),
                                Lang::En => format!("Above {} {unit}{step}, {who} is cheaper than {other}.", x_text(p.x)),
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let first = pts.first().map(|p| p.x.to_string());
                let all = pts.iter().map(|p| p.x.to_string()).collect::<Vec<_>>().join(",");
                view! {
                    <li
                        data-testid=format!("breakeven-{}-{}", pa.id.as_str(), pb.id.as_str())
                        data-driver=m.axis.as_str()
                        data-value=first
                        data-values=all
                    >
                        <strong>{format!("{na} / {nb}")}</strong>
                        " "
                        <span>{text}</span>
                        " "
                        <span class="sub">{now}</span>
                    </li>
                }
            })
            .collect_view();
        let note = (!m.recommended).then(|| {
            let name = plan_name(cat, m.plans[m.rows.first().map_or(0, |r| r.0)].id.as_str(), lang);
            view! {
                <p class="field-help">
                    {match lang {
                        Lang::Zh => format!("还没有推荐方案：这里拿你的场景下最便宜的 {name} 和其他方案比较。"),
                        Lang::En => format!("No recommendation yet: {name}, the cheapest at your scenario, is set against the others."),
                    }}
                </p>
            }
        });
        Some(view! {
            {note}
            <ul class="breakeven-list">{items}</ul>
        })
    };
    let axis_now = move || model.with(|m| m.as_ref().map(|m| m.axis));
    view! {
        <section class="decide-numbers breakeven" aria-labelledby="breakeven-title">
            <h3 id="breakeven-title">{move || title.get()}</h3>
            <p class="field-help">
                {move || tr(
                    lang.get(),
                    "按分段线性的成本精确计算（包括实例数量的阶跃和免费额度的拐点），在 0 到场景值的 10 倍之间寻找两方案成本顺序改变的位置；成本取区间中点。",
                    "Computed exactly on the piecewise-linear costs (steps from instance counts and corners from free quotas included), between 0 and ten times the scenario's value: where the cheaper of two plans changes. Costs are range midpoints.",
                )}
            </p>
            <div class="field inline">
                <label for="breakeven-driver">{move || tr(lang.get(), "驱动量", "Driver")}</label>
                <select
                    id="breakeven-driver"
                    data-testid="breakeven-driver"
                    on:change=move |ev| {
                        if let Some(a) = Axis::parse(&event_target_value(&ev)) {
                            // a deliberate step: a history entry
                            st.commit(true, |u| {
                                let w = u.decide.tree_workload(u.scenario.workload);
                                u.decide.set_axis(w, a);
                            });
                        }
                    }
                >
                    // the property, not the attribute: once an option has been picked, only the
                    // property moves the selection (back / forward through the URL)
                    {Axis::ALL
                        .into_iter()
                        .map(|a| view! {
                            <option value=a.as_str() prop:selected=move || axis_now() == Some(a)>
                                {move || axis_text(lang.get(), a)}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            {rows}
            <ChartFigure name="breakeven" title=title chart=chart>
                <BreakEvenTable model=model />
            </ChartFigure>
        </section>
    }
}

/// The chart's text alternative: each plan's cost at the ends of its pieces.
#[component]
fn BreakEvenTable(model: Memo<Option<BreakEvenModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let rows = m
            .plans
            .iter()
            .zip(&m.curves)
            .map(|(p, c)| {
                let pts = c
                    .pieces
                    .iter()
                    .map(|pc| format!("{} → {}", x_text(pc.x1), money_in(pc.y1, m.cur, m.fx)))
                    .collect::<Vec<_>>()
                    .join("; ");
                view! {
                    <tr>
                        <th scope="row">{plan_name(cat, p.id.as_str(), lang)}</th>
                        <td>{format!("0 → {}", money_in(c.right_of(0.0), m.cur, m.fx))}</td>
                        <td>{pts}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{tr(lang, "方案", "Plan")}</th>
                        <th scope="col">{tr(lang, "起点", "Start")}</th>
                        <th scope="col">{tr(lang, "各段终点（驱动量 → 每月成本）", "Piece ends (driver → monthly cost)")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
struct CommitRow {
    plan: &'static Plan,
    c: Commitment,
    gpu: Option<GpuHoursBreakEven>,
}

/// On demand vs committed prices: months of use to break even, and GPU hours a day.
#[component]
pub fn CommitmentPanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        let cat = st.catalog.as_ref().ok()?;
        st.decoded.with(|(u, _)| {
            let s = &u.scenario;
            let tree = active_tree(s.workload, custom)?;
            let rows: Vec<CommitRow> = tree_plans(cat, tree)
                .into_iter()
                .flat_map(|p| {
                    let gpus = gpu_hours_break_even(p, s, cat);
                    commitments(p, s, cat).into_iter().map(move |c| CommitRow {
                        plan: p,
                        gpu: gpus.iter().find(|g| g.option == c.option).cloned(),
                        c,
                    })
                })
                .collect();
            Some((rows, view_currency(s)))
        })
    });
    move || {
        let (rows, (cur, fx)) = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let body = if rows.is_empty() {
            view! {
                <p>{tr(lang, "这棵树的方案里没有可以预留或承诺使用的计算资源。", "None of this tree's plans has compute that a reservation or commitment covers.")}</p>
            }
            .into_any()
        } else {
            let trs = rows
                .iter()
                .map(|r| {
                    let months = r.c.months_to_break_even();
                    let gpu = r
                        .gpu
                        .as_ref()
                        .map(|g| format!("{} h", format::number(g.hours_per_day, 1)))
                        .unwrap_or_else(|| "—".into());
                    view! {
                        <tr
                            data-testid=format!("commit-{}-{}", r.plan.id.as_str(), r.c.option.as_str())
                            data-months=months.map(|m| m.to_string())
                        >
                            <th scope="row">{plan_name(cat, r.plan.id.as_str(), lang)}</th>
                            <td data-label=tr(lang, "购买方式", "Commitment")>{purchase_text(lang, r.c.option)}</td>
                            <td class="num" data-label=tr(lang, "按需 / 月", "On demand / month")>
                                {money_in(r.c.on_demand_usd, cur, fx)}
                            </td>
                            <td class="num" data-label=tr(lang, "承诺后 / 月", "Committed / month")>
                                {money_in(r.c.committed_usd, cur, fx)}
                            </td>
                            <td class="num" data-label=tr(lang, "每月省", "Saves / month")>
                                {money_in(r.c.saving_usd(), cur, fx)}
                            </td>
                            <td class="num" data-label=tr(lang, "用满几个月才划算", "Pays off after (months of use)")>
                                {months.map(|m| format::number(m, 1)).unwrap_or_else(|| "—".into())}
                            </td>
                            <td class="num" data-label=tr(lang, "GPU 每天超过此小时数，全天预留更便宜", "Reserve the GPU all day above (h/day)")>
                                {gpu}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="data commit-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(lang, "方案", "Plan")}</th>
                                <th scope="col">{tr(lang, "购买方式", "Commitment")}</th>
                                <th scope="col" class="num">{tr(lang, "按需 / 月", "On demand / month")}</th>
                                <th scope="col" class="num">{tr(lang, "承诺后 / 月", "Committed / month")}</th>
                                <th scope="col" class="num">{tr(lang, "每月省", "Saves / month")}</th>
                                <th scope="col" class="num">{tr(lang, "用满几个月才划算", "Pays off after (months of use)")}</th>
                                <th scope="col" class="num">{tr(lang, "GPU 每天超过几小时，全天预留更便宜", "GPU hours a day above which reserving all day is cheaper")}</th>
                            </tr>
                        </thead>
                        <tbody>{trs}</tbody>
                    </table>
                </div>
            }
            .into_any()
        };
        Some(view! {
            <section class="decide-numbers commitments" aria-labelledby="commit-title">
                <h3 id="commit-title">{tr(lang, "按需还是预留 / 承诺", "On demand or committed")}</h3>
                <p class="field-help">
                    {tr(
                        lang,
                        "只算承诺覆盖的计算、GPU、容器和数据库行。承诺要为整个期限付费：使用月数超过“期限 × 承诺价 ÷ 按需价”才划算。GPU 列：按需只开 h 小时与全天预留相比，h 超过“24 × 承诺价 ÷ 按需价”时预留更便宜。",
                        "Only the compute, GPU, container and database lines a commitment covers. A commitment is paid for its whole term: it pays off after term × committed ÷ on-demand months of use. GPU column: running on demand h hours a day vs reserving all day, reserving is cheaper above 24 × committed ÷ on-demand hours.",
                    )}
                </p>
                {body}
            </section>
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
struct GrowthModel {
    input: GrowthInput,
    plans: Vec<&'static Plan>,
    timeline: Timeline,
    check: Option<PathCheck>,
    seed: String,
    cur: Currency,
    fx: Fx,
}

fn gap_text(lang: Lang, g: &PathGap, months: usize) -> String {
    match (g, lang) {
        (
            PathGap::NeverFits {
                capacity,
                latency,
                privacy,
            },
            Lang::Zh,
        ) => {
            let mut why = Vec::new();
            if *latency > 0 {
                why.push(format!("{latency}/{months} 个月达不到延迟目标"));
            }
            if *capacity > 0 {
                why.push(format!("{capacity}/{months} 个月撑不住峰值"));
            }
            if *privacy > 0 {
                why.push(format!("{privacy}/{months} 个月隐私不够"));
            }
            format!("任何月份都不满足约束（{}）", why.join("，"))
        }
        (
            PathGap::NeverFits {
                capacity,
                latency,
                privacy,
            },
            Lang::En,
        ) => {
            let mut why = Vec::new();
            if *latency > 0 {
                why.push(format!(
                    "misses the latency target in {latency} of {months} months"
                ));
            }
            if *capacity > 0 {
                why.push(format!(
                    "cannot serve the peak in {capacity} of {months} months"
                ));
            }
            if *privacy > 0 {
                why.push(format!(
                    "is not private enough in {privacy} of {months} months"
                ));
            }
            format!("never fits ({})", why.join("; "))
        }
        (PathGap::NeverCheapest { fit_months }, Lang::Zh) => {
            format!("有 {fit_months} 个月满足约束，但总有更便宜的方案")
        }
        (PathGap::NeverCheapest { fit_months }, Lang::En) => {
            format!("fits in {fit_months} months but a cheaper plan always fits too")
        }
        (PathGap::Passed { cheapest_months }, Lang::Zh) => {
            format!("有 {cheapest_months} 个月最便宜，但那时路径已经迁走（不回头）")
        }
        (PathGap::Passed { cheapest_months }, Lang::En) => {
            format!("is the cheapest in {cheapest_months} months, after the path had moved on (no moving back)")
        }
        (PathGap::NotCompared, Lang::Zh) => "不在比较范围内".into(),
        (PathGap::NotCompared, Lang::En) => "is not compared here".into(),
    }
}

/// Users growing month by month: the cheapest plan that fits, when to migrate, and the
/// cumulative cost of the path against staying on one plan.
#[component]
pub fn GrowthPanel() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let ctx = DecideCtx::expect();
    let model = Memo::new(move |_| {
        let custom = ctx.custom_tree.get();
        let cat = st.catalog.as_ref().ok()?;
        st.decoded.with(|(u, _)| {
            let s: &Scenario = &u.scenario;
            let tree = active_tree(s.workload, custom)?;
            // the inputs in the URL (`gu`, `gr`, `gm`, `gl`, `gp`), else the tree's defaults
            let input = u.decide.growth(tree.workload);
            let plans = tree_plans(cat, tree);
            let timeline = growth(s, cat, &plans, &input);
            let check = tree
                .migration_path
                .as_ref()
                .map(|mp| check_path(&mp.plans, &timeline));
            let (cur, fx) = view_currency(s);
            Some(GrowthModel {
                input,
                plans,
                timeline,
                check,
                seed: tree.seed.clone(),
                cur,
                fx,
            })
        })
    });
    // Writes one change to the URL: `push` for a deliberate step (a checkbox), else the
    // current entry is replaced (typing).
    let update = move |push: bool, f: &dyn Fn(&mut GrowthInput)| {
        st.commit(push, |u| {
            let w = u.decide.tree_workload(u.scenario.workload);
            let mut i = u.decide.growth(w);
            f(&mut i);
            u.decide.set_growth(w, &i);
        });
    };
    let num_input = move |id: &'static str,
                          zh: &'static str,
                          en: &'static str,
                          field: DecideField,
                          get: fn(&GrowthInput) -> f64,
                          set: fn(&mut GrowthInput, f64)| {
        let (bounds, whole) = field.bounds().unwrap_or(((0.0, f64::MAX), false));
        let current = Memo::new(move |_| model.with(|m| m.as_ref().map(|m| get(&m.input))));
        // what was typed, over which committed value, and what it parses to
        let draft: RwSignal<Option<(Option<f64>, String)>> = RwSignal::new(None);
        // dropping a Timeout cancels it: one pending commit at most
        let pending: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
        let typed = move || {
            let cur = current.get();
            draft.get().filter(|(base, text)| {
                *base == cur || parse_bounded(text, bounds, whole).ok() == cur
            })
        };
        let error = move || typed().and_then(|(_, text)| parse_bounded(&text, bounds, whole).err());
        let err_id = format!("{id}-error");
        view! {
            <div class="field">
                <label for=id>{move || tr(lang.get(), zh, en)}</label>
                <input
                    id=id
                    data-testid=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=err_id.clone()
                    prop:value=move || typed()
                        .map(|(_, text)| text)
                        .unwrap_or_else(|| current.get().map(|v| format!("{v}")).unwrap_or_default())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let parsed = parse_bounded(&text, bounds, whole).ok();
                        draft.set(Some((current.get_untracked(), text)));
                        pending.set_value(parsed.map(|v| {
                            Timeout::new(DEBOUNCE.as_millis() as u32, move || {
                                update(false, &|i| set(i, v))
                            })
                        }));
                    }
                />
                <p class="field-error" id=err_id data-testid=format!("{id}-error") aria-live="polite">
                    {move || error().map(|r| reject_text(lang.get(), &r))}
                </p>
            </div>
        }
    };
    let chart = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let mut series =
            vec![tr(lang, "推荐路径（累计）", "Recommended path (cumulative)").to_string()];
        series.extend(m.plans.iter().map(|p| match lang {
            Lang::Zh => format!("一直用 {}", plan_name(cat, p.id.as_str(), lang)),
            Lang::En => format!("Staying on {}", plan_name(cat, p.id.as_str(), lang)),
        }));
        series.push(tr(lang, "月活跃用户", "Monthly active users").to_string());
        Some(growth_chart(
            &m.timeline,
            m.cur,
            m.fx,
            &DecideChartText {
                title: tr(lang, "累计成本", "Cumulative cost").into(),
                x_axis: tr(lang, "月", "month").into(),
                y_axis: m.cur.symbol().into(),
                y2_axis: tr(lang, "用户", "users").into(),
                series,
            },
        ))
    });
    let title =
        Signal::derive(move || tr(lang.get(), "用户增长时间线", "Growth timeline").to_string());
    let summary = move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let t = &m.timeline;
        let n = t.months.len();
        let path = t
            .path
            .iter()
            .map(|&(mo, i)| match lang {
                Lang::Zh => format!(
                    "{}（第 {mo} 月）",
                    plan_name(cat, t.plans[i].as_str(), lang)
                ),
                Lang::En => format!("{} (month {mo})", plan_name(cat, t.plans[i].as_str(), lang)),
            })
            .collect::<Vec<_>>()
            .join(" → ");
        let stays = t
            .plans
            .iter()
            .zip(&t.stay)
            .map(|(p, stay)| {
                let unfit = stay.first_unfit.map(|mo| match lang {
                    Lang::Zh => format!("，从第 {mo} 月起不满足约束"),
                    Lang::En => format!(", does not fit from month {mo}"),
                });
                view! {
                    <li>
                        {format!("{}{}{}{}", plan_name(cat, p.as_str(), lang), tr(lang, "：", ": "), money_in(stay.total_usd, m.cur, m.fx), unfit.unwrap_or_default())}
                    </li>
                }
            })
            .collect_view();
        let check = m.check.as_ref().map(|c| {
            let seed_path = c
                .seed
                .iter()
                .map(|p| plan_name(cat, p.as_str(), lang))
                .collect::<Vec<_>>()
                .join(" → ");
            let verdict = if c.matches {
                tr(lang, "这里算出的路径与种子一致。", "The computed path matches it.").to_string()
            } else {
                let gaps = c
                    .missing
                    .iter()
                    .map(|(p, g)| format!("{} {}", plan_name(cat, p.as_str(), lang), gap_text(lang, g, n)))
                    .collect::<Vec<_>>()
                    .join(tr(lang, "；", "; "));
                match lang {
                    Lang::Zh => format!("这里算出的路径不同：{gaps}。"),
                    Lang::En => format!("The computed path differs: {gaps}."),
                }
            };
            view! {
                <p class="seed-check" data-testid="growth-seed-check" data-matches=c.matches.to_string()>
                    {match lang {
                        Lang::Zh => format!("种子 {} 的迁移路径：{seed_path}。", m.seed),
                        Lang::En => format!("Seed {}'s migration path: {seed_path}. ", m.seed),
                    }}
                    {verdict}
                </p>
            }
        });
        Some(view! {
            <p class="growth-path" data-testid="growth-path">
                <strong>{tr(lang, "推荐路径：", "Recommended path: ")}</strong>
                {if path.is_empty() { tr(lang, "没有满足约束的方案", "no plan fits").to_string() } else { path }}
            </p>
            {check}
            <p>
                {match lang {
                    Lang::Zh => format!("{n} 个月累计：推荐路径 {}；一直用一个方案：", money_in(t.path_total_usd, m.cur, m.fx)),
                    Lang::En => format!("Over {n} months: {} along the path; staying on one plan:", money_in(t.path_total_usd, m.cur, m.fx)),
                }}
            </p>
            <ul class="stays">{stays}</ul>
            <p class="field-help">
                {tr(
                    lang,
                    "用户按月复合增长；峰值、对话时长和数据量随用户等比例变化。每月选满足容量、延迟（和隐私）约束的最便宜方案；迁移不计成本，离开的方案不再回去。",
                    "Users grow by a fixed percentage a month; peak, conversation hours and data scale with them. Each month the cheapest plan that meets capacity, latency (and privacy) is found; moving costs nothing here, and a plan left is not returned to.",
                )}
            </p>
        })
    };
    let table = move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog.as_ref().ok()?;
        let t = &m.timeline;
        let rows = t
            .months
            .iter()
            .map(|mo| {
                let plan = mo.chosen.map(|i| t.plans[i].as_str().to_string());
                let name = plan
                    .as_deref()
                    .map(|p| plan_name(cat, p, lang))
                    .unwrap_or_else(|| tr(lang, "没有满足约束的方案", "no plan fits").to_string());
                let moved = mo.migrated.then(|| view! { <span class="tag migrate-tag">{tr(lang, "迁移", "migrate")}</span> });
                let cheaper = match (mo.cheapest, mo.chosen) {
                    (Some(c), Some(ch)) if c != ch => Some(format!(
                        "{}{}",
                        tr(lang, "本月最便宜：", "cheapest this month: "),
                        plan_name(cat, t.plans[c].as_str(), lang)
                    )),
                    _ => None,
                };
                let cost = mo.chosen.map(|i| money_in(mo.plans[i].usd, m.cur, m.fx)).unwrap_or_else(|| "—".into());
                view! {
                    <tr class=if mo.migrated { "migrate" } else { "" } data-month=mo.month data-plan=plan>
                        <td class="num">{mo.month}</td>
                        <td class="num">{format::number(mo.users, 0)}</td>
                        <td class="num">{format::number(mo.peak, 0)}</td>
                        <td>{name} " " {moved} {cheaper.map(|c| view! { <span class="sub">{c}</span> })}</td>
                        <td class="num">{cost}</td>
                        <td class="num">{money_in(mo.cumulative_usd, m.cur, m.fx)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <div class="table-scroll">
                <table class="data growth-table" data-testid="growth-table">
                    <caption>{tr(lang, "每月：用户、峰值、推荐方案和成本", "Month by month: users, peak, recommended plan and cost")}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">{tr(lang, "月", "Month")}</th>
                            <th scope="col" class="num">{tr(lang, "用户", "Users")}</th>
                            <th scope="col" class="num">{tr(lang, "峰值", "Peak")}</th>
                            <th scope="col">{tr(lang, "方案", "Plan")}</th>
                            <th scope="col" class="num">{per_month(m.cur, lang)}</th>
                            <th scope="col" class="num">{tr(lang, "累计", "Cumulative")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };
    let latency_on = move || model.with(|m| m.as_ref().is_some_and(|m| m.input.require_latency));
    let private_on =
        move || model.with(|m| m.as_ref().is_some_and(|m| m.input.min_privacy.is_some()));
    view! {
        <section class="decide-numbers growth" aria-labelledby="growth-title">
            <h3 id="growth-title">{move || title.get()}</h3>
            <div class="growth-inputs">
                {num_input("growth-start", "起始用户", "Users in month 1", DecideField::StartUsers, |i| i.start_users, |i, v| i.start_users = v)}
                {num_input("growth-rate", "每月增长 %", "Monthly growth, %", DecideField::GrowthPct, |i| i.growth_pct, |i, v| i.growth_pct = v)}
                {num_input("growth-months", "月数", "Months", DecideField::Months, |i| i.months as f64, |i, v| i.months = v as usize)}
                <fieldset class="growth-checks">
                    <legend>{move || tr(lang.get(), "约束", "Constraints")}</legend>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="growth-latency"
                            prop:checked=latency_on
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                update(true, &|i| i.require_latency = on);
                            }
                        />
                        {move || tr(lang.get(), "满足场景的延迟目标", "Meet the scenario's latency target")}
                    </label>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="growth-private"
                            prop:checked=private_on
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                update(true, &|i| i.min_privacy = on.then_some(4));
                            }
                        />
                        {move || tr(lang.get(), "数据私有（隐私 ≥ 4/5，不用第三方 API）", "Private data (privacy ≥ 4/5: no third-party APIs)")}
                    </label>
                    <p class="field-help">{move || tr(lang.get(), "容量（峰值并发）总是要满足。", "Capacity (peak concurrency) always has to fit.")}</p>
                </fieldset>
            </div>
            {summary}
            <ChartFigure name="growth" title=title chart=chart>
                <p>{move || tr(lang.get(), "数据见下表。", "The data is the table below.")}</p>
            </ChartFigure>
            {table}
        </section>
    }
}
