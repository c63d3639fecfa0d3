//! Break-even points along a driver, with a chart drawn from the exact pieces.

use super::{tree_memo, tree_plans};
use crate::ui::i18n::tr;
use crate::ui::pages::decide::{money_in, per_month, plan_name, view_currency};
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::analysis::{
    break_even, cost_curve, Axis, BreakEven, CostCurve, CrossKind,
};
use deploycalc_core::engine::decision::walk;
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::decide_chart::{breakeven_chart, DecideChartText};
use deploycalc_core::report::format;
use leptos::prelude::*;

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
    let model = tree_memo(move |cat, u, tree| {
        let s = &u.scenario;
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
        let cheapest =
            (0..plans.len()).min_by(|&i, &j| curves[i].at(value).total_cmp(&curves[j].at(value)));
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
