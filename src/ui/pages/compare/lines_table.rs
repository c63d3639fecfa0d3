//! A plan's lines as a table: quantity, unit price (with its adjustments), subtotal, and the
//! source with its confidence, as-of date, stale flag and seed-audit note.

use super::card_model::CardModel;
use crate::ui::i18n::{
    adjustment_text, audit_note_text, line_state_text, model_count_audit_text, pick,
    sized_line_text, staff_line_text, stale_text, t, tr, unit_text, Key,
};
use crate::ui::state::AppState;
use deploycalc_core::engine::audit::LineAudit;
use deploycalc_core::engine::estimate::staff::StaffLine;
use deploycalc_core::engine::estimate::{LineEstimate, LineState};
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::catalog::Unit;
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::catalog_table::{is_stale, source_url};
use deploycalc_core::report::format;
use leptos::prelude::*;

/// The plan's lines: item, quantity, unit price, subtotal, source.
#[component]
pub fn LinesTable(plan: &'static Plan, model: Memo<Option<CardModel>>) -> impl IntoView {
    let st = AppState::expect();
    let (lang, scenario, catalog) = (st.lang, st.scenario, st.catalog);
    let rows = move || {
        let Some(m) = model.get() else {
            return Vec::new();
        };
        let lang = lang.get();
        let (peak, from_model) = scenario.with(|s| (s.peak_concurrency, s.gpus_from_model));
        m.row
            .estimate
            .lines
            .iter()
            .map(|l| {
                let audit = m.row.audit.lines.iter().find(|a| a.index == l.index);
                let sized = l.sizing.as_ref().and_then(|z| {
                    let q = &plan.lines.get(l.index)?.quantity;
                    sized_line_text(lang, catalog, q, z, peak, from_model)
                });
                line_row(plan, l, audit, sized, lang, &m).into_any()
            })
            .chain(
                m.row
                    .estimate
                    .staff
                    .as_ref()
                    .map(|st| staff_row(plan, st, lang, &m).into_any()),
            )
            .collect::<Vec<_>>()
    };
    view! {
        <div class="table-scroll">
            <table class="lines">
                <caption>{move || t(lang.get(), Key::Lines)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(lang.get(), Key::Item)}</th>
                        <th scope="col" class="num">{move || t(lang.get(), Key::Quantity)}</th>
                        <th scope="col" class="num">{move || t(lang.get(), Key::UnitPrice)}</th>
                        <th scope="col" class="num">{move || t(lang.get(), Key::Subtotal)}</th>
                        <th scope="col">{move || t(lang.get(), Key::Source)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn line_row(
    plan: &Plan,
    l: &LineEstimate,
    audit: Option<&LineAudit>,
    sized: Option<String>,
    lang: Lang,
    m: &CardModel,
) -> impl IntoView {
    let subtotal = l
        .subtotal
        .map(|s| format::money_range(s.to(m.primary(), m.fx)))
        .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
    view! {
        <tr data-testid=format!("line-{}-{}", plan.id.as_str(), l.index) class=match l.state {
            LineState::Counted => "",
            LineState::Excluded => "excluded",
            LineState::Owned => "owned",
        }>
            {item_cell(plan, l, audit, sized, lang)}
            <td class="num">{format::amount_smart_range(l.quantity)} " " <span class="unit">{unit_text(lang, l.unit)}</span></td>
            {price_cell(l, lang)}
            <td class="num">{subtotal}</td>
            {source_cell(l, lang, m)}
        </tr>
    }
}

/// The line's label, its state (optional / owned), when the seed disagrees the audit note, and
/// for a line sized from the traffic the model's capacity beside the seed's.
fn item_cell(
    plan: &Plan,
    l: &LineEstimate,
    audit: Option<&LineAudit>,
    sized: Option<String>,
    lang: Lang,
) -> impl IntoView {
    let sized = sized.map(|text| {
        view! {
            <p class="sized-note" data-testid=format!("sized-{}-{}", plan.id.as_str(), l.index)>
                {text}
            </p>
        }
    });
    let tpl = plan.lines.get(l.index);
    let label = tpl
        .map(|t| pick(lang, &t.label).to_string())
        .unwrap_or_default();
    let state_tag = line_state_text(lang, l.state);
    let audit_note = audit.filter(|a| a.flagged).map(|a| {
        let count = a
            .model_count
            .map(|(m, s)| model_count_audit_text(lang, m, s));
        let reason = tpl
            .and_then(|t| t.audit_note.as_ref())
            .map(|n| pick(lang, n).to_string())
            .into_iter()
            .chain(count)
            .reduce(|a, b| format!("{a} {b}"));
        view! {
            <p class="audit-note">
                {audit_note_text(lang, a.seed, a.catalog, a.diff)}
                {reason.map(|r| view! { <br /> <span>{r}</span> })}
            </p>
        }
    });
    view! {
        <th scope="row">
            {label}
            {state_tag.map(|s| view! { <span class="tag">{s}</span> })}
            {audit_note}
            {sized}
        </th>
    }
}

/// The unit price and what adjusted it (purchase option, spot, discount, your price).
fn price_cell(l: &LineEstimate, lang: Lang) -> impl IntoView {
    let unit_price = l
        .unit_price
        .map(|u| {
            format!(
                "{} / {}",
                format::unit_price_range(u),
                unit_text(lang, l.unit)
            )
        })
        .unwrap_or_else(|| t(lang, Key::Unknown).to_string());
    let adjustments = (!l.adjustments.is_empty()).then(|| {
        let words: Vec<String> = l
            .adjustments
            .iter()
            .map(|a| adjustment_text(lang, a))
            .collect();
        view! { <span class="adj">{words.join(" · ")}</span> }
    });
    view! { <td class="num">{unit_price} {adjustments}</td> }
}

/// Confidence, a link to the source (or its text), the as-of date and the stale flag.
fn source_cell(l: &LineEstimate, lang: Lang, m: &CardModel) -> impl IntoView {
    let stale = is_stale(l.as_of, m.today);
    let source = match source_url(&l.source) {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank" title=l.source.clone()>
                {tr(lang, "来源", "source")}
            </a>
        }
        .into_any(),
        None => view! { <span class="src-text" title=l.source.clone()>{l.source.clone()}</span> }
            .into_any(),
    };
    view! {
        <td class="src">
            <span class=format!("badge conf-{}", l.confidence.as_str())>{l.confidence.as_str()}</span>
            " " {source} " " <span class="asof">{l.as_of.to_string()}</span>
            {stale.then(|| view! { <span class="badge stale">{stale_text(lang)}</span> })}
        </td>
    }
}

/// The staff-time line (when the scenario counts it): after the plan's own lines.
fn staff_row(plan: &Plan, st: &StaffLine, lang: Lang, m: &CardModel) -> impl IntoView {
    let per = format::money_range(st.per_engineer);
    let sub = format::money_range(st.subtotal.to(m.primary(), m.fx));
    let source = st.record.as_ref().map_or_else(
        || tr(lang, "你的数字", "your figure").to_string(),
        |r| r.as_str().to_string(),
    );
    view! {
        <tr data-testid=format!("staff-{}", plan.id.as_str())>
            <th scope="row">{staff_line_text(lang, st)}</th>
            <td class="num">{format::number(st.fraction, 3)} " " <span class="unit">{unit_text(lang, Unit::Month)}</span></td>
            <td class="num">{per} " / " {unit_text(lang, Unit::Month)}</td>
            <td class="num">{sub}</td>
            <td class="src">
                <span class=format!("badge conf-{}", st.confidence.as_str())>{st.confidence.as_str()}</span>
                " " <span class="src-text" title=st.source.clone()>{source}</span>
                {st.as_of.map(|d| view! { " " <span class="asof">{d.to_string()}</span> })}
            </td>
        </tr>
    }
}
