//! The comparison charts: cost by category, cost vs users (or hours) with crossings, latency
//! stages against the target, and a radar of scores. Each has a title, axis units and its data
//! as a table for screen readers.

use crate::ui::i18n::{category_text, pick, stage_text, tr};
use crate::ui::pages::compare::table::use_compare;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use deploycalc_core::engine::compare::{
    category_stacks, cost_curves, scores, stage_matrix, CurveAxis,
};
use deploycalc_core::model::money::Currency;
use deploycalc_core::report::chart::{
    cost_by_category, cost_curves as curve_chart, latency_stages, radar, CompareText,
};
use deploycalc_core::report::format;
use leptos::prelude::*;

fn unit_per_month(c: Currency, lang: deploycalc_core::model::vocab::Lang) -> String {
    format!("{} / {}", c.symbol(), tr(lang, "月", "month"))
}

#[component]
pub fn CompareCharts() -> impl IntoView {
    let st = AppState::expect();
    let lang = st.lang;
    let model = use_compare();
    let axis = RwSignal::new(CurveAxis::Users);

    // 1. monthly cost by category
    let cat_data = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let shown = m.shown();
        let (cats, values) = category_stacks(&shown, m.primary(), m.fx);
        let plans: Vec<String> = shown
            .iter()
            .map(|r| pick(lang, &r.plan.name).to_string())
            .collect();
        let series: Vec<String> = cats
            .iter()
            .map(|c| category_text(lang, *c).to_string())
            .collect();
        Some((plans, series, values, m.primary()))
    });
    let cat_title = Signal::derive(move || {
        tr(
            lang.get(),
            "每月成本构成（区间中点）",
            "Monthly cost by category (midpoint of the range)",
        )
        .to_string()
    });
    let cat_chart = Memo::new(move |_| {
        let (plans, series, values, cur) = cat_data.get()?;
        let lang = lang.get();
        Some(cost_by_category(
            &values,
            &CompareText {
                title: cat_title.get(),
                value_axis: unit_per_month(cur, lang),
                x_axis: tr(lang, "方案", "Plan").into(),
                plans,
                series,
                extra: vec![],
            },
        ))
    });

    // 2. cost vs users / conversation hours, with crossings
    let curve_data = Memo::new(move |_| {
        let m = model.get()?;
        let s = st.scenario.get();
        let cat = st.catalog.as_ref().ok()?;
        let lang = lang.get();
        let ax = axis.get();
        let (curves, crossings) = cost_curves(&s, cat, ax, m.primary(), 24);
        let keep: Vec<usize> = (0..curves.len())
            .filter(|&i| !m.hidden.contains(curves[i].plan.id.as_str()))
            .collect();
        let names: Vec<String> = keep
            .iter()
            .map(|&i| pick(lang, &curves[i].plan.name).to_string())
            .collect();
        let points: Vec<Vec<(f64, f64)>> = keep.iter().map(|&i| curves[i].points.clone()).collect();
        let unit = match ax {
            CurveAxis::Users => tr(lang, "用户", "users"),
            CurveAxis::ConversationHours => tr(lang, "小时", "h"),
        };
        let marks: Vec<(usize, f64, f64, String)> = crossings
            .iter()
            .filter_map(|c| {
                let a = keep.iter().position(|&i| i == c.a)?;
                let b = keep.iter().position(|&i| i == c.b)?;
                let label = format!(
                    "{} = {} @ {} {unit}",
                    names[a],
                    names[b],
                    format::number(c.x, 0)
                );
                Some((a, c.x, c.cost, label))
            })
            .collect();
        Some((names, points, marks, m.primary(), ax))
    });
    let curve_title = Signal::derive(move || match axis.get() {
        CurveAxis::Users => tr(
            lang.get(),
            "成本随用户数变化（用量同比例）",
            "Cost vs users (usage grows with users)",
        )
        .to_string(),
        CurveAxis::ConversationHours => tr(
            lang.get(),
            "成本随对话时长变化",
            "Cost vs conversation hours",
        )
        .to_string(),
    });
    let curve = Memo::new(move |_| {
        let (names, points, marks, cur, ax) = curve_data.get()?;
        let lang = lang.get();
        Some(curve_chart(
            &points,
            &marks,
            true,
            &CompareText {
                title: curve_title.get(),
                value_axis: unit_per_month(cur, lang),
                x_axis: match ax {
                    CurveAxis::Users => tr(lang, "月活跃用户", "monthly active users").into(),
                    CurveAxis::ConversationHours => {
                        tr(lang, "对话小时/月", "conversation hours / month").into()
                    }
                },
                plans: names,
                series: vec![],
                extra: vec![],
            },
        ))
    });

    // 3. latency stages against the target
    let lat_data = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let shown: Vec<_> = m
            .shown()
            .into_iter()
            .filter(|r| r.estimate.latency.is_some())
            .collect();
        if shown.is_empty() {
            return None;
        }
        let (stages, values) = stage_matrix(&shown);
        let target = shown[0]
            .estimate
            .latency
            .as_ref()
            .map_or(0.0, |l| l.target_ms);
        let plans: Vec<String> = shown
            .iter()
            .map(|r| pick(lang, &r.plan.name).to_string())
            .collect();
        let series: Vec<String> = stages
            .iter()
            .map(|s| stage_text(lang, *s).to_string())
            .collect();
        Some((plans, series, values, target))
    });
    let lat_title = Signal::derive(move || {
        tr(
            lang.get(),
            "端到端延迟（各阶段）与目标",
            "End-to-end latency by stage, against the target",
        )
        .to_string()
    });
    let lat_chart = Memo::new(move |_| {
        let (plans, series, values, target) = lat_data.get()?;
        let lang = lang.get();
        Some(latency_stages(
            &values,
            target,
            &CompareText {
                title: lat_title.get(),
                value_axis: tr(lang, "毫秒", "ms").into(),
                x_axis: tr(lang, "方案", "Plan").into(),
                plans,
                series,
                extra: vec![format!(
                    "{} {} ms",
                    tr(lang, "目标", "target"),
                    format::number(target, 0)
                )],
            },
        ))
    });

    // 4. radar of scores
    let radar_data = Memo::new(move |_| {
        let m = model.get()?;
        let lang = lang.get();
        let all = scores(&m.rows);
        let plans: Vec<String> = m
            .order
            .iter()
            .map(|&i| pick(lang, &m.rows[i].plan.name).to_string())
            .collect();
        let values: Vec<Vec<Option<f64>>> = m.order.iter().map(|&i| all[i].as_vec()).collect();
        Some((plans, values))
    });
    let radar_title = Signal::derive(move || {
        tr(lang.get(), "综合评分（5 = 最好）", "Scores (5 = best)").to_string()
    });
    let dims = move |lang| {
        vec![
            tr(lang, "成本", "Cost").to_string(),
            tr(lang, "延迟", "Latency").to_string(),
            tr(lang, "隐私", "Privacy").to_string(),
            tr(lang, "运维", "Ops").to_string(),
            tr(lang, "扩展性", "Scalability").to_string(),
        ]
    };
    let radar_chart = Memo::new(move |_| {
        let (plans, values) = radar_data.get()?;
        let lang = lang.get();
        Some(radar(
            &values,
            &CompareText {
                title: radar_title.get(),
                value_axis: String::new(),
                x_axis: String::new(),
                plans,
                series: dims(lang),
                extra: vec![],
            },
        ))
    });

    let cat_table = move || {
        let (plans, series, values, cur) = cat_data.get()?;
        Some(view! {
            <table class="data">
                <thead><tr><th scope="col"></th>{series.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {plans.iter().zip(values).map(|(p, vs)| view! {
                        <tr><th scope="row">{p.clone()}</th>{vs.into_iter().map(|v| view! { <td class="num">{format::money(v, cur)}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    let curve_table = move || {
        let (names, points, marks, cur, _) = curve_data.get()?;
        Some(view! {
            <table class="data">
                <thead><tr><th scope="col">"x"</th>{names.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {(0..points.first().map_or(0, Vec::len)).map(|k| view! {
                        <tr>
                            <th scope="row">{format::number(points[0][k].0, 0)}</th>
                            {points.iter().map(|p| view! { <td class="num">{format::money(p[k].1, cur)}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <ul class="crossings" data-testid="crossings">
                {marks.into_iter().map(|(_, _, _, label)| view! { <li>{label}</li> }).collect_view()}
            </ul>
        })
    };
    let lat_table = move || {
        let (plans, series, values, _) = lat_data.get()?;
        Some(view! {
            <table class="data">
                <thead><tr><th scope="col"></th>{series.iter().map(|s| view! { <th scope="col">{s.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {plans.iter().zip(values).map(|(p, vs)| view! {
                        <tr><th scope="row">{p.clone()}</th>{vs.into_iter().map(|v| view! { <td class="num">{format!("{} ms", format::number(v, 0))}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    let radar_table = move || {
        let (plans, values) = radar_data.get()?;
        let lang = lang.get();
        Some(view! {
            <table class="data">
                <thead><tr><th scope="col"></th>{dims(lang).into_iter().map(|s| view! { <th scope="col">{s}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {plans.iter().zip(values).map(|(p, vs)| view! {
                        <tr><th scope="row">{p.clone()}</th>{vs.into_iter().map(|v| view! { <td class="num">{v.map_or("—".to_string(), |x| format::number(x, 1))}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    // for the benchmark: the moment every chart option is rebuilt after a change
    Effect::new(move |_| {
        let done = (
            cat_chart.with(Option::is_some),
            curve.with(Option::is_some),
            lat_chart.with(Option::is_some),
            radar_chart.with(Option::is_some),
        );
        if done.0 {
            request_animation_frame(|| crate::ui::state::perf_mark("dc-updated"));
        }
    });
    view! {
        <section class="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{move || tr(lang.get(), "图表", "Charts")}</h2>
            <div class="chart-grid">
                <ChartFigure name="categories" title=cat_title chart=cat_chart>{cat_table}</ChartFigure>
                <div class="chart-with-control">
                    <div class="field inline">
                        <label for="input-curve_axis">{move || tr(lang.get(), "横轴", "X axis")}</label>
                        <select
                            id="input-curve_axis"
                            data-testid="input-curve_axis"
                            on:change=move |ev| {
                                axis.set(if event_target_value(&ev) == "hours" { CurveAxis::ConversationHours } else { CurveAxis::Users })
                            }
                        >
                            <option value="users" selected=move || axis.get() == CurveAxis::Users>{move || tr(lang.get(), "用户数", "Users")}</option>
                            <option value="hours" selected=move || axis.get() == CurveAxis::ConversationHours>{move || tr(lang.get(), "对话时长", "Conversation hours")}</option>
                        </select>
                    </div>
                    <ChartFigure name="curves" title=curve_title chart=curve>{curve_table}</ChartFigure>
                </div>
                <ChartFigure name="latency" title=lat_title chart=lat_chart>{lat_table}</ChartFigure>
                <ChartFigure name="radar" title=radar_title chart=radar_chart>{radar_table}</ChartFigure>
            </div>
        </section>
    }
}
