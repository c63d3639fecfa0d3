//! Break-even points along a driver, with a chart drawn from the exact pieces.

use super::memo::tree_memo;
use crate::ui::i18n::tr;
use crate::ui::pages::decide::ctx::{money_in, per_month, plan_name, view_currency};
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::analysis::{
    break_even_report, Axis, BreakEvenReport, BreakEvenRow, CostCurve, CrossKind,
};
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
    report: BreakEvenReport<'static>,
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
        // the driver in the URL (`bx`), else the tree's default; the anchor rule is core's
        let axis = u.decide.axis(tree.workload);
        let report = break_even_report(tree, s, &u.answers, axis, cat)?;
        let (cur, fx) = view_currency(s);
        Some(BreakEvenModel { report, cur, fx })
    });
    let chart = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog;
        let r = &m.report;
        let refs: Vec<&CostCurve> = r.curves.iter().collect();
        Some(breakeven_chart(
            &refs,
            &r.marks(),
            &x_text,
            m.cur,
            m.fx,
            &DecideChartText {
                title: tr(lang, "成本随驱动量变化", "Cost along the driver").into(),
                x_axis: axis_text(lang, r.axis).into(),
                y_axis: per_month(m.cur, lang),
                y2_axis: String::new(),
                series: r
                    .plans
                    .iter()
                    .map(|p| plan_name(cat, p.id.as_str(), lang))
                    .collect(),
            },
        ))
    });
    let title =
        Signal::derive(move || tr(lang.get(), "盈亏平衡点", "Break-even points").to_string());
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
            <DriverSelect model=model />
            <BreakEvenList model=model />
            <ChartFigure name="breakeven" title=title chart=chart>
                <BreakEvenTable model=model />
            </ChartFigure>
        </section>
    }
}

/// The driver the points are sought along (`bx` in the URL).
#[component]
fn DriverSelect(model: Memo<Option<BreakEvenModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let axis_now = move || model.with(|m| m.as_ref().map(|m| m.report.axis));
    view! {
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
    }
}

/// One item per row: where the cheaper plan changes, and both costs at the scenario.
#[component]
fn BreakEvenList(model: Memo<Option<BreakEvenModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog;
        let r = &m.report;
        let items = r
            .rows
            .iter()
            .map(|row| {
                let (pa, pb) = (r.plans[row.a], r.plans[row.b]);
                let name = |i: usize| plan_name(cat, r.plans[i].id.as_str(), lang);
                let (text, now) = row_text(&m, row, lang, &name);
                let first = row.points.first().map(|p| p.x.to_string());
                let all = row
                    .points
                    .iter()
                    .map(|p| p.x.to_string())
                    .collect::<Vec<_>>()
                    .join(",");
                view! {
                    <li
                        data-testid=format!("breakeven-{}-{}", pa.id.as_str(), pb.id.as_str())
                        data-driver=r.axis.as_str()
                        data-value=first
                        data-values=all
                    >
                        <strong>{format!("{} / {}", name(row.a), name(row.b))}</strong>
                        " "
                        <span>{text}</span>
                        " "
                        <span class="sub">{now}</span>
                    </li>
                }
            })
            .collect_view();
        let note = (!r.recommended).then(|| {
            let name = plan_name(cat, r.plans[r.anchor].id.as_str(), lang);
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
    }
}

/// A row's words: the break-even points (or that there is none), and both costs now.
fn row_text(
    m: &BreakEvenModel,
    row: &BreakEvenRow,
    lang: Lang,
    name: &dyn Fn(usize) -> String,
) -> (String, String) {
    let r = &m.report;
    let unit = axis_text(lang, r.axis);
    let (na, nb) = (name(row.a), name(row.b));
    // an unknown price makes a total "at least"
    let shown = |i: usize| {
        let at_least = if r.curves[i].lower_bound {
            tr(lang, "至少 ", "at least ")
        } else {
            ""
        };
        format!("{at_least}{}", money_in(r.now_usd(i), m.cur, m.fx))
    };
    let now = match lang {
        Lang::Zh => format!(
            "你的场景（{unit} {}）：{na} {}，{nb} {}。",
            x_text(r.value),
            shown(row.a),
            shown(row.b)
        ),
        Lang::En => format!(
            "At your {} {unit}: {na} {}, {nb} {}.",
            x_text(r.value),
            shown(row.a),
            shown(row.b)
        ),
    };
    if row.points.is_empty() {
        let cheaper = name(r.cheaper_now(row));
        let text = match lang {
            Lang::Zh => format!(
                "{unit}在 0–{} 之间没有交点：{cheaper} 一直更便宜（或相同）。",
                x_text(r.span.1)
            ),
            Lang::En => format!(
                "No break-even between 0 and {} {unit}: {cheaper} stays cheaper (or equal).",
                x_text(r.span.1)
            ),
        };
        return (text, now);
    }
    let text = row
        .points
        .iter()
        .map(|p| {
            let (who, other) = r.above(row, p);
            let (who, other) = (name(who), name(other));
            let step = match (p.kind, lang) {
                (CrossKind::Step, Lang::Zh) => "（阶跃：多一台实例）",
                (CrossKind::Step, Lang::En) => " (a step: one more instance)",
                _ => "",
            };
            match lang {
                Lang::Zh => format!("{unit}超过 {}{step}，{who} 比 {other} 便宜。", x_text(p.x)),
                Lang::En => format!(
                    "Above {} {unit}{step}, {who} is cheaper than {other}.",
                    x_text(p.x)
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    (text, now)
}

/// The chart's text alternative: each plan's cost at the ends of its pieces.
#[component]
fn BreakEvenTable(model: Memo<Option<BreakEvenModel>>) -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    move || {
        let m = model.get()?;
        let lang = lang.get();
        let cat = st.catalog;
        let r = &m.report;
        let rows = r
            .plans
            .iter()
            .zip(&r.curves)
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
