//! Rules for owned hardware, running costs and speed figures (`servers`, `electricity`, `pue`,
//! `staff`, `speech` and `benchmarks` in `catalog/hardware/*.json`). One id space for all six
//! (`HardwareId`); a source and an as-of date on every record; every figure finite and
//! positive, or `null` when unknown (never 0); references to GPUs, model architectures and
//! price records resolve; the ranges the sizing model relies on hold (a PUE is at least 1, a
//! write-off takes at least a year, a loaded cost is at least the salary).
//!
//! The files were parsed, and their shape errors reported, by the hardware rules: this reads
//! them again quietly, so a broken file is reported once.

use super::hardware::Loaded as Hardware;
use super::{check_currency, parse_record, provenance, split_records, Errors, Known, Rule, Unique};
use crate::model::catalog::bench::{LlmBenchmark, SpeechRecord};
use crate::model::catalog::hardware::HardwareFile;
use crate::model::catalog::owned::{ElectricityPrice, OwnedServer, PueRecord, StaffCost};
use crate::model::catalog::Figure;
use serde_json::Value;

#[derive(Default)]
pub(super) struct Loaded {
    pub servers: Vec<OwnedServer>,
    pub electricity: Vec<ElectricityPrice>,
    pub pue: Vec<PueRecord>,
    pub staff: Vec<StaffCost>,
    pub speech: Vec<SpeechRecord>,
    pub benchmarks: Vec<LlmBenchmark>,
}

/// What the records may refer to.
struct Refs<'a> {
    known: &'a Known<'a>,
    hw: &'a Hardware,
}

impl Refs<'_> {
    fn gpu(&self, id: &str) -> bool {
        self.hw.gpus.iter().any(|g| g.id.as_str() == id)
    }

    fn arch(&self, id: &str) -> bool {
        self.hw.archs.iter().any(|m| m.id.as_str() == id)
    }
}

pub(super) fn load(
    errs: &mut Errors,
    files: &[(String, String)],
    known: &Known,
    hw: &Hardware,
) -> Loaded {
    let parsed: Vec<(&str, HardwareFile)> = files
        .iter()
        .filter_map(|(file, text)| Some((file.as_str(), serde_json::from_str(text).ok()?)))
        .collect();
    let refs = Refs { known, hw };
    let mut out = Loaded::default();
    let mut ids = Unique::new();
    for (file, hf) in &parsed {
        let mut each = |items: &[Value], check: &dyn Fn(&mut Errors, &str, Value) -> Kind| {
            for (id, value) in split_records(items.to_vec()) {
                if ids.check(errs, file, &id, "hardware record") {
                    out.push(check(errs, &id, value));
                }
            }
        };
        each(&hf.servers, &|e, id, v| {
            Kind::Server(server(e, file, id, v, &refs))
        });
        each(&hf.electricity, &|e, id, v| {
            Kind::Electricity(electricity(e, file, id, v, &refs))
        });
        each(&hf.pue, &|e, id, v| Kind::Pue(pue(e, file, id, v, &refs)));
        each(&hf.staff, &|e, id, v| {
            Kind::Staff(staff(e, file, id, v, &refs))
        });
        each(&hf.speech, &|e, id, v| {
            Kind::Speech(speech(e, file, id, v, &refs))
        });
        each(&hf.benchmarks, &|e, id, v| {
            Kind::Benchmark(benchmark(e, file, id, v, &refs))
        });
    }
    out
}

/// One checked record of any kind (`None` when it broke a rule).
enum Kind {
    Server(Option<OwnedServer>),
    Electricity(Option<ElectricityPrice>),
    Pue(Option<PueRecord>),
    Staff(Option<StaffCost>),
    Speech(Option<SpeechRecord>),
    Benchmark(Option<LlmBenchmark>),
}

impl Loaded {
    fn push(&mut self, record: Kind) {
        match record {
            Kind::Server(r) => self.servers.extend(r),
            Kind::Electricity(r) => self.electricity.extend(r),
            Kind::Pue(r) => self.pue.extend(r),
            Kind::Staff(r) => self.staff.extend(r),
            Kind::Speech(r) => self.speech.extend(r),
            Kind::Benchmark(r) => self.benchmarks.extend(r),
        }
    }
}

/// The checks every record starts with: source and date, currency when it has one, every
/// listed figure written out; then the parse. `None` (with the errors pushed) on a failure.
fn prelude<T: serde::de::DeserializeOwned>(
    errs: &mut Errors,
    file: &str,
    id: &str,
    what: &str,
    value: Value,
    refs: &Refs,
    spelled: &[&str],
) -> Option<T> {
    let before = errs.len();
    provenance(errs, file, id, what, &value, refs.known.meta);
    if value.get("currency").is_some() {
        check_currency(errs, file, id, what, &value);
    }
    for key in spelled {
        if value.get(key).is_none() {
            errs.push(
                file,
                id,
                Rule::Malformed,
                format!("{key} is missing: write the figure, or null when no source gives it"),
            );
        }
    }
    if errs.len() > before {
        return None;
    }
    parse_record(errs, file, id, value)
}

fn server(errs: &mut Errors, file: &str, id: &str, v: Value, refs: &Refs) -> Option<OwnedServer> {
    let before = errs.len();
    let spelled = ["purchase_price", "lifetime_years", "power_w"];
    let s: OwnedServer = prelude(errs, file, id, "every owned server", v, refs, &spelled)?;
    for (what, x) in s.figures() {
        positive(errs, file, id, what, x);
    }
    at_least(
        errs,
        file,
        id,
        "lifetime_years",
        s.lifetime_years,
        1.0,
        "a year",
    );
    if let Some(share) = s.maintenance_per_year_share {
        if share > 1.0 {
            let msg = "maintenance_per_year_share is a fraction of the price (0.1 = 10 %)";
            errs.push(file, id, Rule::NegativeValue, msg);
        }
    }
    if let (Some(idle), Some(load)) = (s.idle_w, s.power_w) {
        // (a figure out of range is reported above, not again as a contradiction)
        if idle > load && load > 0.0 {
            let msg = format!("idle_w {idle} is above power_w {load} under load");
            errs.push(file, id, Rule::Inconsistent, msg);
        }
    }
    match (&s.gpu, s.gpu_count) {
        (Some(gpu), count) => {
            if !refs.gpu(gpu.as_str()) {
                let msg = format!("gpu names unknown GPU `{gpu}`");
                errs.push(file, id, Rule::DanglingReference, msg);
            }
            match count {
                None => errs.push(file, id, Rule::Inconsistent, "gpu without gpu_count"),
                Some(0) => errs.push(file, id, Rule::NegativeValue, "gpu_count must be 1 or more"),
                Some(_) => {}
            }
        }
        (None, Some(_)) => errs.push(file, id, Rule::Inconsistent, "gpu_count without gpu"),
        (None, None) => {}
    }
    if let Some(price) = &s.price {
        if !refs.known.prices.contains(price) {
            let msg = format!("price names unknown price record `{price}`");
            errs.push(file, id, Rule::DanglingReference, msg);
        }
    }
    (errs.len() == before).then_some(s)
}

fn electricity(
    errs: &mut Errors,
    file: &str,
    id: &str,
    v: Value,
    refs: &Refs,
) -> Option<ElectricityPrice> {
    let before = errs.len();
    let spelled = ["price_per_kwh", "currency"];
    let e: ElectricityPrice =
        prelude(errs, file, id, "every electricity price", v, refs, &spelled)?;
    span(errs, file, id, "price_per_kwh", e.price_per_kwh, 0.0);
    (errs.len() == before).then_some(e)
}

fn pue(errs: &mut Errors, file: &str, id: &str, v: Value, refs: &Refs) -> Option<PueRecord> {
    let before = errs.len();
    let p: PueRecord = prelude(errs, file, id, "every PUE record", v, refs, &["pue"])?;
    span(errs, file, id, "pue", p.pue, 1.0);
    (errs.len() == before).then_some(p)
}

fn staff(errs: &mut Errors, file: &str, id: &str, v: Value, refs: &Refs) -> Option<StaffCost> {
    let before = errs.len();
    let s: StaffCost = prelude(errs, file, id, "every staff cost", v, refs, &["currency"])?;
    positive(errs, file, id, "annual_salary", Some(s.annual_salary));
    let why = "the salary itself (an employer pays at least the salary)";
    at_least(
        errs,
        file,
        id,
        "loaded_factor",
        Some(s.loaded_factor),
        1.0,
        why,
    );
    (errs.len() == before).then_some(s)
}

fn speech(errs: &mut Errors, file: &str, id: &str, v: Value, refs: &Refs) -> Option<SpeechRecord> {
    let before = errs.len();
    let spelled = ["gpu", "precision"];
    let s: SpeechRecord = prelude(errs, file, id, "every speech figure", v, refs, &spelled)?;
    positive(errs, file, id, "rtf", Some(s.rtf));
    counts(
        errs,
        file,
        id,
        &[("batch", s.batch), ("concurrency", s.concurrency)],
    );
    let cpu = s.cpu.as_deref().map(str::trim).filter(|c| !c.is_empty());
    match (&s.gpu, cpu) {
        (Some(gpu), _) if !refs.gpu(gpu.as_str()) => {
            let msg = format!("gpu names unknown GPU `{gpu}`");
            errs.push(file, id, Rule::DanglingReference, msg);
        }
        (Some(_), Some(_)) => {
            let msg = "cpu is only for a figure measured without a GPU";
            errs.push(file, id, Rule::Inconsistent, msg);
        }
        (None, None) => {
            let msg = "a figure without a GPU names its CPU (`cpu`)";
            errs.push(file, id, Rule::Inconsistent, msg);
        }
        _ => {}
    }
    (errs.len() == before).then_some(s)
}

fn benchmark(
    errs: &mut Errors,
    file: &str,
    id: &str,
    v: Value,
    refs: &Refs,
) -> Option<LlmBenchmark> {
    let before = errs.len();
    let spelled = ["concurrency", "input_tokens", "output_tokens"];
    let b: LlmBenchmark = prelude(errs, file, id, "every benchmark figure", v, refs, &spelled)?;
    positive(errs, file, id, "value", Some(b.value));
    counts(
        errs,
        file,
        id,
        &[
            ("gpu_count", Some(b.gpu_count)),
            ("concurrency", b.concurrency),
            ("input_tokens", b.input_tokens),
            ("output_tokens", b.output_tokens),
        ],
    );
    if !refs.arch(b.model.as_str()) {
        let msg = format!("model names unknown model architecture `{}`", b.model);
        errs.push(file, id, Rule::DanglingReference, msg);
    }
    if !refs.gpu(b.gpu.as_str()) {
        let msg = format!("gpu names unknown GPU `{}`", b.gpu);
        errs.push(file, id, Rule::DanglingReference, msg);
    }
    (errs.len() == before).then_some(b)
}

/// A figure that, when known, must be a positive finite number.
fn positive(errs: &mut Errors, file: &str, id: &str, what: &str, x: Option<f64>) {
    if let Some(x) = x {
        if !(x.is_finite() && x > 0.0) {
            let msg =
                format!("{what} must be a positive finite number, or null when unknown (never 0)");
            errs.push(file, id, Rule::NegativeValue, msg);
        }
    }
}

/// A figure that, when known and positive, must be at least `min` (`why` says what `min` is).
fn at_least(
    errs: &mut Errors,
    file: &str,
    id: &str,
    what: &str,
    x: Option<f64>,
    min: f64,
    why: &str,
) {
    if let Some(x) = x {
        if x > 0.0 && x < min {
            let msg = format!("{what} {x} is below {min}, {why}");
            errs.push(file, id, Rule::NegativeValue, msg);
        }
    }
}

/// Counts that, when given, are 1 or more.
fn counts(errs: &mut Errors, file: &str, id: &str, items: &[(&str, Option<u32>)]) {
    for (what, n) in items {
        if *n == Some(0) {
            let msg = format!("{what} must be 1 or more, or null when unknown (never 0)");
            errs.push(file, id, Rule::NegativeValue, msg);
        }
    }
}

/// One number or a low–high range, every number finite and above `floor` (at least `floor`
/// when it is not 0), low not above high.
fn span(errs: &mut Errors, file: &str, id: &str, what: &str, f: Figure, floor: f64) {
    let (low, high) = match f {
        Figure::Point(x) => (x, x),
        Figure::Range { low, high } => (low, high),
        Figure::Below { .. } | Figure::AtLeast { .. } => {
            let msg = format!("{what} is one number or {{\"low\", \"high\"}}, not a bound");
            return errs.push(file, id, Rule::Malformed, msg);
        }
    };
    let ok = |x: f64| x.is_finite() && x > 0.0 && x >= floor;
    if !(ok(low) && ok(high)) {
        let bound = if floor > 0.0 {
            format!("at least {floor}")
        } else {
            "positive".to_string()
        };
        let msg = format!("{what} must be finite and {bound}");
        errs.push(file, id, Rule::NegativeValue, msg);
    } else if low > high {
        let msg = format!("{what}: low {low} is above high {high}");
        errs.push(file, id, Rule::InvertedRange, msg);
    }
}
