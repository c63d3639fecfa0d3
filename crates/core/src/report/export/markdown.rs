//! The report as Markdown, for people: the scenario link, the plans side by side, then each
//! open breakdown.

use super::{Label, LineReport, Report};
use crate::model::money::Range;
use crate::model::vocab::Lang;
use crate::report::format;
use crate::report::text;
use std::fmt::Write;

/// A Markdown table cell: the text with the characters that would end the cell or the row
/// (`|`, line breaks) and Markdown's own emphasis marks made literal.
pub fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A report for people: the scenario link, the plans side by side, then each open breakdown.
pub fn to_markdown(r: &Report, lang: Lang) -> String {
    let mut out = String::new();
    write_header(&mut out, r, lang);
    write_plans_table(&mut out, r, lang);
    for p in &r.plans {
        if let Some(lines) = &p.lines {
            write_breakdown(&mut out, &p.name, lines, lang);
        }
    }
    if let Some(z) = &r.sizing {
        z.write_markdown(&mut out);
    }
    out
}

/// The title and the facts of the export: scenario link, catalog date, export date, FX.
fn write_header(out: &mut String, r: &Report, lang: Lang) {
    let w = |l| text::export_label(lang, l);
    let _ = writeln!(out, "# {}\n", w(Label::Title));
    let _ = writeln!(out, "- {}: <{}>", w(Label::Scenario), r.url);
    let _ = writeln!(out, "- {}: {}", w(Label::CatalogAsOf), r.catalog_as_of);
    let _ = writeln!(out, "- {}: {}", w(Label::ExportedOn), r.exported_on);
    let _ = writeln!(
        out,
        "- {}: {} CNY/USD\n",
        w(Label::FxRate),
        format::number(r.fx_cny_per_usd, 4)
    );
}

/// One row per plan: monthly in each currency, yearly, per user and latency.
fn write_plans_table(out: &mut String, r: &Report, lang: Lang) {
    let w = |l| text::export_label(lang, l);
    let mut head = vec![w(Label::Plan).to_string()];
    for c in &r.currencies {
        head.push(format!("{} ({})", w(Label::Monthly), c.as_str()));
    }
    head.push(w(Label::Yearly).to_string());
    head.push(w(Label::PerUser).to_string());
    head.push(w(Label::Latency).to_string());
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(
        out,
        "|{}",
        head.iter()
            .enumerate()
            .map(|(i, _)| if i == 0 { " --- |" } else { " ---: |" })
            .collect::<String>()
    );
    for p in &r.plans {
        let mut cells = vec![md_cell(&p.name)];
        cells.extend(p.monthly.iter().map(|a| md_cell(&a.text)));
        cells.push(md_cell(&p.yearly.text));
        cells.push(
            p.per_user
                .as_ref()
                .map(|a| md_cell(&a.text))
                .unwrap_or_else(|| "—".into()),
        );
        cells.push(
            p.latency
                .as_ref()
                .map(|l| format::duration_ms_range(Range::new(l.low_ms, l.high_ms)))
                .unwrap_or_else(|| "—".into()),
        );
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
}

/// The open breakdown of one plan: a row per line with quantity, unit price, subtotal, source.
fn write_breakdown(out: &mut String, plan: &str, lines: &[LineReport], lang: Lang) {
    let w = |l| text::export_label(lang, l);
    let _ = writeln!(out, "\n## {} — {}\n", md_cell(plan), w(Label::Lines));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        w(Label::Item),
        w(Label::Quantity),
        w(Label::UnitPrice),
        w(Label::Subtotal),
        w(Label::Source)
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | --- |");
    for l in lines {
        let item = match text::line_state_text(lang, l.state) {
            Some(tag) => format!("{} ({tag})", l.item),
            None => l.item.clone(),
        };
        let unit_price = l
            .unit_price
            .as_ref()
            .map(|u| format!("{} / {}", u.text, l.unit_text))
            .unwrap_or_else(|| text::t(lang, text::Key::Unknown).to_string());
        let _ = writeln!(
            out,
            "| {} | {} {} | {} | {} | {} {} |",
            md_cell(&item),
            format::amount_smart_range(Range::new(l.quantity.low, l.quantity.high)),
            md_cell(l.unit_text),
            md_cell(&unit_price),
            md_cell(&l.subtotal_text),
            md_cell(&l.source),
            l.as_of
        );
    }
}
