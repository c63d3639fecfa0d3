//! Catalog load rules, one test per rule. Each starts from a small valid catalog, breaks one
//! thing, and checks that loading fails with exactly that rule and names the broken record.

use crate::catalog_fixture::{at, fails, push, remove, Fixture};
use deploycalc_core::model::catalog::{Catalog, Rule};
use serde_json::json;

#[test]
fn the_fixture_is_valid() {
    let cat = match Catalog::from_sources(&Fixture::new().sources()) {
        Ok(c) => c,
        Err(e) => panic!("fixture fails: {e:#?}"),
    };
    assert_eq!(cat.prices.len(), 2);
    assert_eq!(cat.perf.len(), 3);
    assert_eq!((cat.runtimes.len(), cat.models.len()), (1, 1));
    assert_eq!(cat.matrix.sections[0].rows.len(), 4);
    assert_eq!(
        (cat.matrix.projects.len(), cat.matrix.edge_platforms.len()),
        (1, 1)
    );
}

#[test]
fn malformed() {
    fails(Rule::Malformed, "(file)", |f| {
        f.plans = json!({"not": "an array"})
    });
    let mut src = Fixture::new().sources();
    src.plans[0].1 = "[{\"id\": ".into();
    let errs = Catalog::from_sources(&src).err().unwrap_or_default();
    assert!(errs
        .iter()
        .any(|e| e.rule == Rule::Malformed && e.record == "(file)"));
    fails(Rule::Malformed, "aws-a", |f| {
        *at(&mut f.prices, "/0/category") = json!("spaceship")
    });
    fails(Rule::Malformed, "perf-a", |f| {
        *at(&mut f.perf, "/records/0/metric") = json!("vibes")
    });
    fails(Rule::Malformed, "(file)", |f| {
        f.perf["extra"] = json!([]);
        f.matrix = json!({}); // nothing else refers to the perf file's records
    });
    fails(Rule::Malformed, "sec-a/row-a", |f| {
        remove(&mut f.matrix, "/sections/0/rows/0/cells", "gcp");
    });
    fails(Rule::Malformed, "plan-a", |f| {
        *at(&mut f.plans, "/0/lines/0/quantity/kind") = json!("lots")
    });
}

#[test]
fn duplicate_id() {
    fails(Rule::DuplicateId, "aws-a", |f| {
        let a = f.prices[0].clone();
        push(&mut f.prices, "", a);
    });
    fails(Rule::DuplicateId, "perf-b", |f| {
        *at(&mut f.perf, "/records/2/id") = json!("perf-b")
    });
    fails(Rule::DuplicateId, "rt-a", |f| {
        let r = f.perf["runtimes"][0].clone();
        push(&mut f.perf, "/runtimes", r);
    });
    fails(Rule::DuplicateId, "sec-a/row-a", |f| {
        *at(&mut f.matrix, "/sections/0/rows/1/id") = json!("row-a")
    });
    fails(Rule::DuplicateId, "gcp", |f| {
        let g = f.providers[1].clone();
        push(&mut f.providers, "", g);
    });
}

#[test]
fn unknown_unit() {
    fails(Rule::UnknownUnit, "aws-a", |f| {
        *at(&mut f.prices, "/0/unit") = json!("fortnight")
    });
    fails(Rule::UnknownUnit, "aws-a", |f| {
        *at(&mut f.prices, "/0/seed_figures/0/unit") = json!("moon")
    });
    fails(Rule::UnknownUnit, "perf-a", |f| {
        *at(&mut f.perf, "/records/0/unit") = json!("furlongs")
    });
    // a cache-hit price belongs on a per-input-token record, not on an hourly GPU
    fails(Rule::UnknownUnit, "aws-a", |f| {
        at(&mut f.prices, "/0")["cached_input"] = json!(0.1)
    });
}

#[test]
fn unknown_currency() {
    fails(Rule::UnknownCurrency, "gcp-b", |f| {
        *at(&mut f.prices, "/1/currency") = json!("EUR")
    });
    fails(Rule::UnknownCurrency, "aws-a", |f| {
        *at(&mut f.prices, "/0/seed_figures/0/currency") = json!("GBP")
    });
    fails(Rule::UnknownCurrency, "sec-a", |f| {
        *at(&mut f.matrix, "/sections/0/rows/1/cells/aws/money/currency") = json!("EUR")
    });
}

#[test]
fn negative_price() {
    fails(Rule::NegativePrice, "aws-a", |f| {
        *at(&mut f.prices, "/0/price") = json!(-0.5)
    });
    fails(Rule::NegativePrice, "aws-a", |f| {
        *at(&mut f.prices, "/0/options/reserved_1y/price") = json!(-1)
    });
    fails(Rule::NegativePrice, "aws-a", |f| {
        at(&mut f.prices, "/0")["batch"] = json!(-0.25)
    });
    fails(Rule::NegativePrice, "gcp-b", |f| {
        let b = at(&mut f.prices, "/1");
        b["unit"] = json!("m_input_tokens");
        b["cached_input"] = json!(-1)
    });
    fails(Rule::NegativePrice, "sec-a/row-b", |f| {
        *at(
            &mut f.matrix,
            "/sections/0/rows/1/cells/aws/money/amount/low",
        ) = json!(-1)
    });
    fails(Rule::NegativePrice, "fx-a", |f| {
        *at(&mut f.meta, "/fx/0/cny_per_usd") = json!(-7)
    });
}

#[test]
fn inverted_range() {
    fails(Rule::InvertedRange, "gcp-b", |f| {
        *at(&mut f.prices, "/1/price/low") = json!(30)
    });
    fails(Rule::InvertedRange, "perf-b", |f| {
        *at(&mut f.perf, "/records/1/value/low") = json!(200)
    });
    fails(Rule::InvertedRange, "sec-a/row-b", |f| {
        *at(&mut f.matrix, "/sections/0/rows/1/cells/gcp/count") = json!({"low": 5, "high": 1})
    });
}

#[test]
fn bad_date() {
    fails(Rule::BadDate, "aws-a", |f| {
        *at(&mut f.prices, "/0/as_of") = json!("2026-13-01")
    });
    fails(Rule::BadDate, "aws-a", |f| {
        *at(&mut f.prices, "/0/options/reserved_1y/as_of") = json!("2026-02-30")
    });
    fails(Rule::BadDate, "gcp-b", |f| {
        f.prices[1]["retired"] = json!("soon")
    });
    fails(Rule::BadDate, "perf-a", |f| {
        *at(&mut f.perf, "/records/0/as_of") = json!("yesterday")
    });
    fails(Rule::BadDate, "sec-a", |f| {
        *at(&mut f.matrix, "/sections/0/as_of") = json!("2026/01/01")
    });
}

#[test]
fn future_date() {
    fails(Rule::FutureDate, "aws-a", |f| {
        *at(&mut f.prices, "/0/as_of") = json!("2027-01-01")
    });
    fails(Rule::FutureDate, "perf-c", |f| {
        *at(&mut f.perf, "/records/2/as_of") = json!("2026-11-23")
    });
    fails(Rule::FutureDate, "m-a", |f| {
        *at(&mut f.perf, "/models/0/as_of") = json!("2030-01-01")
    });
    fails(Rule::FutureDate, "proj-a", |f| {
        *at(&mut f.matrix, "/projects/0/as_of") = json!("2027-05-01")
    });
    fails(Rule::FutureDate, "fx-a", |f| {
        *at(&mut f.meta, "/fx/0/as_of") = json!("2026-12-01")
    });
}

#[test]
fn missing_source() {
    fails(Rule::MissingSource, "aws-a", |f| {
        *at(&mut f.prices, "/0/source") = json!("  ")
    });
    fails(Rule::MissingSource, "aws-a", |f| {
        remove(&mut f.prices, "/0/options/reserved_1y", "source");
    });
    fails(Rule::MissingSource, "perf-a", |f| {
        remove(&mut f.perf, "/records/0", "source");
    });
    fails(Rule::MissingSource, "m-a", |f| {
        *at(&mut f.perf, "/models/0/source") = json!("")
    });
    fails(Rule::MissingSource, "sec-a", |f| {
        remove(&mut f.matrix, "/sections/0", "source");
    });
    fails(Rule::MissingSource, "sec-a/row-b", |f| {
        *at(&mut f.matrix, "/sections/0/rows/1/cells/gcp/source") = json!("")
    });
    fails(Rule::MissingSource, "edge-a", |f| {
        *at(&mut f.matrix, "/edge_platforms/0/source") = json!("")
    });
    fails(Rule::MissingSource, "fx-a", |f| {
        *at(&mut f.meta, "/fx/0/source") = json!("")
    });
}

#[test]
fn missing_as_of() {
    fails(Rule::MissingAsOf, "gcp-b", |f| {
        remove(&mut f.prices, "/1", "as_of");
    });
    fails(Rule::MissingAsOf, "aws-a", |f| {
        *at(&mut f.prices, "/0/options/reserved_1y/as_of") = json!(null)
    });
    fails(Rule::MissingAsOf, "perf-b", |f| {
        remove(&mut f.perf, "/records/1", "as_of");
    });
    fails(Rule::MissingAsOf, "m-a", |f| {
        *at(&mut f.perf, "/models/0/as_of") = json!(null)
    });
    fails(Rule::MissingAsOf, "sec-a", |f| {
        remove(&mut f.matrix, "/sections/0", "as_of");
    });
}

#[test]
fn undated_seeds_are_three_digits() {
    fails(Rule::Malformed, "seed 000", |f| {
        f.meta["undated_seeds"] = json!(["seed 000"])
    });
    fails(Rule::Malformed, "00", |f| {
        f.meta["undated_seeds"] = json!(["00"])
    });
    let mut ok = Fixture::new();
    ok.meta["undated_seeds"] = json!(["000", "001"]);
    let cat = Catalog::from_sources(&ok.sources()).expect("three digits load");
    assert_eq!(cat.meta.undated_seeds, ["000", "001"]);
}

#[test]
fn dangling_reference() {
    fails(Rule::DanglingReference, "gcp-b", |f| {
        *at(&mut f.prices, "/1/provider") = json!("ibm")
    });
    fails(Rule::DanglingReference, "plan-a", |f| {
        *at(&mut f.plans, "/0/lines/0/price") = json!("aws-zz")
    });
    fails(Rule::DanglingReference, "perf-a", |f| {
        *at(&mut f.perf, "/records/0/prices/0") = json!("aws-zz")
    });
    fails(Rule::DanglingReference, "perf-a", |f| {
        *at(&mut f.perf, "/records/0/subject") = json!({"runtime": "rt-zz"})
    });
    fails(Rule::DanglingReference, "perf-b", |f| {
        *at(&mut f.perf, "/records/1/subject/route/to") = json!("ibm")
    });
    fails(Rule::DanglingReference, "rt-a", |f| {
        *at(&mut f.perf, "/runtimes/0/prices/0") = json!("aws-zz")
    });
    fails(Rule::DanglingReference, "m-a", |f| {
        *at(&mut f.perf, "/models/0/fits/0") = json!("aws-zz")
    });
    fails(Rule::DanglingReference, "sec-a/row-a", |f| {
        *at(&mut f.matrix, "/sections/0/rows/0/cells/aws") = json!({"perf": "perf-zz"})
    });
    fails(Rule::DanglingReference, "sec-a/row-a", |f| {
        *at(&mut f.matrix, "/sections/0/rows/0/cells/gcp") = json!({"price": "gcp-zz"})
    });
    fails(Rule::DanglingReference, "sec-a/row-d", |f| {
        f.matrix["sections"][0]["rows"][3]["cells"]["azure"] = json!({"names": ["Blob"]})
    });
    fails(Rule::DanglingReference, "edge-a", |f| {
        *at(&mut f.matrix, "/edge_platforms/0/provider") = json!("ibm")
    });
    fails(Rule::DanglingReference, "fx-zz", |f| {
        *at(&mut f.meta, "/default_fx") = json!("fx-zz")
    });
}

#[test]
fn negative_value() {
    fails(Rule::NegativeValue, "perf-a", |f| {
        *at(&mut f.perf, "/records/0/value") = json!(-5)
    });
    fails(Rule::NegativeValue, "perf-c", |f| {
        *at(&mut f.perf, "/records/2/value/below") = json!(-1)
    });
    fails(Rule::NegativeValue, "m-a", |f| {
        *at(&mut f.perf, "/models/0/vram_gib") = json!(-16)
    });
    fails(Rule::NegativeValue, "sec-a/row-b", |f| {
        *at(&mut f.matrix, "/sections/0/rows/1/cells/gcp/count/at_least") = json!(-32)
    });
    fails(Rule::NegativeValue, "proj-a", |f| {
        *at(&mut f.matrix, "/projects/0/stars") = json!(-1)
    });
}

#[test]
fn a_broken_record_is_reported_once_not_through_its_references() {
    // aws-a is referenced by the plan, a runtime, a model and a perf record; breaking its
    // price must not make each of those fail too.
    let mut f = Fixture::new();
    *at(&mut f.prices, "/0/price") = json!(-1);
    let errs = Catalog::from_sources(&f.sources())
        .err()
        .unwrap_or_default();
    assert_eq!(errs.len(), 1, "{errs:#?}");
}

#[test]
fn cached_input_and_batch_prices_load_and_write_back_unchanged() {
    // an input-token record with a cache-hit and a batch price, as catalog-import writes it
    let mut f = Fixture::new();
    {
        let b = at(&mut f.prices, "/1");
        b["unit"] = json!("m_input_tokens");
        b["price"] = json!(2.5);
        b["cached_input"] = json!(1.25);
        b["batch"] = json!(1.25);
    }
    let cat = Catalog::from_sources(&f.sources()).expect("loads");
    let rec = cat.price_by_str("gcp-b").expect("gcp-b");
    assert_eq!((rec.cached_input, rec.batch), (Some(1.25), Some(1.25)));
    // serialising leaves absent optional fields out and parses back to the same record
    let text = serde_json::to_string(rec).expect("json");
    assert!(
        !text.contains("null") && !text.contains("seed_figures"),
        "{text}"
    );
    let back: deploycalc_core::model::catalog::PriceRecord =
        serde_json::from_str(&text).expect("parses");
    assert_eq!(&back, rec);
    // records without the fields (every hand-written one) still load, with None
    let a = cat.price_by_str("aws-a").expect("aws-a");
    assert_eq!((a.cached_input, a.batch), (None, None));
}
