//! The result rows: memory, throughput, latency, replicas, billing, the monthly cost (USD and
//! CNY; owned hardware itemised), the API at the same traffic and the break-even.

use super::compute::Computed;
use super::resolve::{Hardware, Resolved};
use super::RowView;
use crate::engine::sizing::memory::BYTES_PER_GB;
use crate::engine::sizing::{BreakEven, Sizing, RUNTIME_OVERHEAD_GB};
use crate::model::money::{Currency, Fx, MoneyRange, Range};
use crate::model::scenario::Scenario;
use crate::model::vocab::Lang;
use crate::report::format::{duration_ms, money_range, money_trimmed, number};
use crate::report::text::{self, sizing_row_label, unknown_text, SizingRow};

fn gb(x: f64) -> String {
    format!("{} GB", number(x, 1))
}

fn pct(x: f64) -> String {
    format!("{} %", number(x * 100.0, 0))
}

/// A USD range shown in USD and CNY at `fx`: "$1.00 · ¥6.77".
pub(super) fn both(r: Range<f64>, fx: Fx) -> String {
    let usd = MoneyRange::new(r, Currency::Usd);
    format!(
        "{} · {}",
        money_range(usd),
        money_range(usd.to(Currency::Cny, fx))
    )
}

/// An hourly price range in USD and CNY with up to three decimals ("$0.526 · ¥3.56"): the
/// precision a price list uses, which two decimals would round away.
fn hourly(r: Range<f64>, fx: Fx) -> String {
    let one = |r: Range<f64>, c: Currency| {
        let (lo, hi) = (money_trimmed(r.low, c, 3), money_trimmed(r.high, c, 3));
        if lo == hi {
            lo
        } else {
            format!("{lo}–{hi}")
        }
    };
    let cny = Range::new(
        fx.convert(r.low, Currency::Usd, Currency::Cny),
        fx.convert(r.high, Currency::Usd, Currency::Cny),
    );
    format!("{} · {}", one(r, Currency::Usd), one(cny, Currency::Cny))
}

fn memory(z: &Sizing, lang: Lang) -> String {
    let f = &z.fit;
    let n = f64::from(f.gpus);
    let kv = z.batch * f.context_tokens * f.kv_bytes_per_token / BYTES_PER_GB / n;
    text::memory_sum(
        lang,
        &gb(f.weights_gb / n),
        &gb(kv),
        &gb(RUNTIME_OVERHEAD_GB),
        &gb(z.need_gb_per_gpu_at_batch()),
        &gb(f.usable_gb_per_gpu),
    )
}

struct Rows {
    lang: Lang,
    out: Vec<RowView>,
}

impl Rows {
    fn push(&mut self, row: SizingRow, value: String) {
        self.out.push(RowView {
            row,
            label: sizing_row_label(self.lang, row),
            value,
        });
    }
    fn money(&mut self, row: SizingRow, v: Option<Range<f64>>, fx: Fx) {
        let text = v.map_or_else(|| unknown_text(self.lang).to_string(), |r| both(r, fx));
        self.push(row, text);
    }
}

fn sizing_rows(rows: &mut Rows, z: &Sizing) {
    let lang = rows.lang;
    rows.push(SizingRow::Memory, memory(z, lang));
    rows.push(SizingRow::GpusPerReplica, z.gpus_per_replica().to_string());
    rows.push(SizingRow::TokensPerS, number(z.tokens_per_s_per_replica, 1));
    rows.push(SizingRow::FirstToken, duration_ms(z.ttft_ms));
    rows.push(SizingRow::PerToken, duration_ms(z.tpot_ms));
    rows.push(SizingRow::Replicas, z.replicas().to_string());
    rows.push(SizingRow::Instances, z.instances().to_string());
    rows.push(SizingRow::Utilisation, pct(z.utilisation()));
    rows.push(
        SizingRow::BilledHours,
        format!("{} h", number(z.billed_hours, 0)),
    );
}

fn break_even_rows(rows: &mut Rows, be: (Option<BreakEven>, Option<BreakEven>)) -> Option<String> {
    let lang = rows.lang;
    let (Some(lo), Some(hi)) = be else {
        rows.push(SizingRow::BreakEven, text::no_crossing(lang).to_string());
        return None;
    };
    let span = |f: fn(&BreakEven) -> f64, d: usize| {
        let (a, b) = (number(f(&lo), d), number(f(&hi), d));
        if a == b {
            a
        } else {
            format!("{a}–{b}")
        }
    };
    let k = span(|b| b.multiplier, 2);
    rows.push(SizingRow::BreakEven, text::multiple_text(lang, &k));
    let input = span(|b| b.monthly_input_mtokens, 1);
    let output = span(|b| b.monthly_output_mtokens, 1);
    rows.push(
        SizingRow::BreakEvenTokens,
        text::tokens_text(lang, &input, &output),
    );
    let (ul, uh) = (pct(lo.utilisation), pct(hi.utilisation));
    let u = if ul == uh { ul } else { format!("{ul}–{uh}") };
    rows.push(SizingRow::BreakEvenUtilisation, u.clone());
    Some(text::break_even_meaning(lang, &u))
}

/// The rows (empty on an error) and the break-even's meaning.
pub(super) fn rows(
    r: &Resolved,
    c: &Computed,
    s: &Scenario,
    lang: Lang,
) -> (Vec<RowView>, Option<String>) {
    let fx = Fx::new(s.fx_rate);
    let mut rows = Rows {
        lang,
        out: Vec::new(),
    };
    let Ok(z) = &c.sizing else {
        return (rows.out, None);
    };
    sizing_rows(&mut rows, z);
    match (&r.hardware, c.owned.as_ref()) {
        (Hardware::Owned(..), Some((_, cost))) => {
            let item = |f: fn(&crate::engine::sizing::OwnedMonthly) -> f64| {
                cost.map(|o| Range::new(f(&o.low), f(&o.high)).scale(z.instances() as f64))
            };
            rows.money(SizingRow::Depreciation, item(|m| m.depreciation), fx);
            rows.money(SizingRow::Power, item(|m| m.power), fx);
            let known = cost.is_some_and(|o| o.maintenance_known);
            let m = item(|m| m.maintenance).filter(|_| known);
            rows.money(SizingRow::Maintenance, m, fx);
        }
        _ => {
            let text = c
                .hourly
                .map_or_else(|| unknown_text(lang).to_string(), |h| hourly(h, fx));
            rows.push(SizingRow::Hourly, text);
        }
    }
    rows.money(SizingRow::MonthlyCost, c.monthly, fx);
    if c.monthly_at_least {
        if let Some(last) = rows.out.last_mut() {
            last.value = format!("{}{}", text::at_least(lang, true), last.value);
        }
    }
    if let Some(s) = z.cold_start_s {
        rows.push(SizingRow::ColdStart, duration_ms(s * 1e3));
    }
    rows.money(SizingRow::ApiMonthly, c.api_monthly.map(Range::point), fx);
    let meaning = match c.break_even {
        Some(be) => break_even_rows(&mut rows, be),
        None => {
            rows.push(SizingRow::BreakEven, unknown_text(lang).to_string());
            None
        }
    };
    (rows.out, meaning)
}
