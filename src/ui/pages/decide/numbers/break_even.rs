//! Break-even points along a driver, with a chart drawn from the exact pieces.

use super::memo::tree_memo;
use crate::ui::i18n::{
    at_least, axis_text, break_even_anchor, break_even_at, break_even_now, decide_field_label,
    driver_value, no_break_even, tr,
};
use crate::ui::pages::decide::ctx::{money_in, plan_name, view_currency};
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::analysis::{
    break_even_report, Axis, BreakEvenReport, BreakEvenRow, CostCurve,
};
use deploycalc_core::model::money::{Currency, Fx};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::chart::{breakeven_chart, DecideChartText};
use deploycalc_core::report::format::per_month;
use deploycalc_core::url::DecideField;
use leptos::prelude::*;

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
            &driver_value,
            m.cur,
            m.fx,
            &DecideChartText {
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
    let chart_title = Signal::derive(move || {
        tr(lang.get(), "成本随驱动量变化", "Cost along the driver").to_string()
    });
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
            <ChartFigure name="breakeven" title=chart_title chart=chart>
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
            <label for="breakeven-driver">{move || decide_field_label(lang.get(), DecideField::BreakEvenAxis)}</label>
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
                    {break_even_anchor(lang, &name)}
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
    // an unknown price makes a total "at least"
    let shown = |i: usize| {
        let al = at_least(lang, r.curves[i].lower_bound);
        format!("{al}{}", money_in(r.now_usd(i), m.cur, m.fx))
    };
    let (na, nb) = (name(row.a), name(row.b));
    let now = break_even_now(
        lang,
        r.axis,
        r.value,
        (&na, &shown(row.a)),
        (&nb, &shown(row.b)),
    );
    if row.points.is_empty() {
        let cheaper = name(r.cheaper_now(row));
        return (no_break_even(lang, r.axis, r.span.1, &cheaper), now);
    }
    let text = row
        .points
        .iter()
        .map(|p| {
            let (who, other) = r.above(row, p);
            break_even_at(lang, r.axis, p.x, p.kind, &name(who), &name(other))
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
                    .map(|pc| format!("{} → {}", driver_value(pc.x1), money_in(pc.y1, m.cur, m.fx)))
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
