//! The importer's mapping, checked by hand on small maps, and the drift check that `make test`
//! runs: the committed catalog file must be exactly what the importer writes from the
//! committed excerpt of LiteLLM's map. A hand edit of catalog/prices/llm-litellm.json, or a
//! selection change not followed by `make catalog`, fails here.

use deploycalc_catalog_import::{excerpt, import, parse_map, render, Selection};
use deploycalc_core::model::catalog::{Date, Meta, PriceValue, Unit};
use serde_json::json;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn committed_selection() -> Selection {
    Selection::parse(&read("sources/litellm-selection.json")).expect("the selection parses")
}

fn day(s: &str) -> Date {
    Date::parse(s).expect("date")
}

#[test]
fn the_committed_records_are_what_the_importer_writes_from_the_committed_excerpt() {
    let sel = committed_selection();
    let meta: Meta = serde_json::from_str(&read("meta.json")).expect("meta");
    let map = parse_map(&read(&format!(
        "sources/litellm-{}-excerpt.json",
        sel.litellm_version
    )))
    .expect("the excerpt parses");
    let records = import(&map, &sel, meta.as_of).expect("the excerpt answers the selection");
    let written = render(&records);
    let committed = read(&sel.file);
    if written != committed {
        let first = written
            .lines()
            .zip(committed.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "catalog/{} differs from the importer's output at line {} \
             (hand edit or selection drift; run `make catalog`):\n  importer: {:?}\n  file:     {:?}",
            sel.file,
            first + 1,
            written.lines().nth(first),
            committed.lines().nth(first)
        );
    }
    // the excerpt holds the selected keys and nothing else: cutting it again changes nothing
    let again = excerpt(&map, &sel).expect("excerpt");
    assert_eq!(
        again,
        read(&format!(
            "sources/litellm-{}-excerpt.json",
            sel.litellm_version
        ))
    );
}

fn selection(records: serde_json::Value) -> Selection {
    serde_json::from_value(json!({
        "litellm_version": "9.9.9",
        "released": "2026-11-20",
        "released_how": "test",
        "file": "prices/test.json",
        "records": records,
    }))
    .expect("selection")
}

/// `picks` imported from the map `map` (JSON text) on the catalog date 2026-11-22.
fn imported(
    map: &str,
    picks: serde_json::Value,
) -> Result<Vec<deploycalc_core::model::catalog::PriceRecord>, Vec<String>> {
    let map = parse_map(map).expect("map");
    import(&map, &selection(picks), day("2026-11-22"))
}

fn pick(id: &str, key: &str, read: &str) -> serde_json::Value {
    json!({"id": id, "key": key, "read": read, "provider": "openai", "service": key,
           "category": "llm_api"})
}

#[test]
fn token_prices_per_million_with_cached_and_batch_prices() {
    let r = imported(
        r#"{"m": {"input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05,
                 "cache_read_input_token_cost": 1.25e-06, "input_cost_per_token_batches": 1.25e-06,
                 "output_cost_per_token_batches": 5e-06}}"#,
        json!([
            pick("m-in", "m", "input_tokens"),
            pick("m-out", "m", "output_tokens")
        ]),
    )
    .expect("imports");
    // 2.5e-6 × 1,000,000 = 2.5 per 1M input tokens; cache hit 1.25e-6 × 1M = 1.25; batch 1.25
    assert_eq!(r[0].unit, Unit::MInputTokens);
    assert_eq!(r[0].price, Some(PriceValue::Point(2.5)));
    assert_eq!((r[0].cached_input, r[0].batch), (Some(1.25), Some(1.25)));
    // 1e-5 × 1M = 10 per 1M output tokens; batch 5e-6 × 1M = 5; no cached price on output
    assert_eq!(r[1].unit, Unit::MOutputTokens);
    assert_eq!(r[1].price, Some(PriceValue::Point(10.0)));
    assert_eq!((r[1].cached_input, r[1].batch), (None, Some(5.0)));
    assert_eq!(r[0].as_of, day("2026-11-20"));
    assert_eq!(
        r[0].source,
        "LiteLLM 9.9.9 model_prices_and_context_window_backup.json `m`: input_cost_per_token \
         2.5e-6, cache_read_input_token_cost 1.25e-6, input_cost_per_token_batches 1.25e-6 \
         (the wheel of https://pypi.org/project/litellm/9.9.9/)"
    );
    assert_eq!(r[0].retired, None);
    assert_eq!(r[0].note, None);
}

#[test]
fn audio_characters_tiers_and_search_context_in_the_catalogs_units() {
    let r = imported(
        r#"{"stt": {"input_cost_per_second": 0.0001},
            "tts": {"input_cost_per_character": 1.5e-05, "output_cost_per_second": 0.00025},
            "tiered": {"tiered_pricing": [
                {"input_cost_per_token": 5e-08, "output_cost_per_token": 4e-07, "range": [0, 256000.0]},
                {"input_cost_per_token": 2.5e-07, "output_cost_per_token": 2e-06, "range": [256000.0, 1000000.0]}]},
            "search": {"search_context_cost_per_query":
                {"search_context_size_low": 0.005, "search_context_size_medium": 0.008,
                 "search_context_size_high": 0.012}},
            "emb": {"input_cost_per_token": 2e-08, "input_cost_per_token_batches": 1e-08,
                    "output_cost_per_token": 0.0}}"#,
        json!([
        pick("stt", "stt", "input_per_second"),
        pick("tts-chars", "tts", "input_per_character"),
        pick("tts-min", "tts", "output_per_second"),
        pick("tier-in", "tiered", "first_tier_input_tokens"),
        pick("tier-out", "tiered", "first_tier_output_tokens"),
        pick("search", "search", "search_context"),
        pick("emb", "emb", "embedding_tokens"),
    ]),
    )
    .expect("imports");
    let price = |i: usize| r[i].price.expect("price");
    // 0.0001 $/s × 60 = 0.006 $/min
    assert_eq!(
        (r[0].unit, price(0)),
        (Unit::Minute, PriceValue::Point(0.006))
    );
    // 1.5e-5 $/character × 1M = 15 $ per 1M characters
    assert_eq!(
        (r[1].unit, price(1)),
        (Unit::MCharacters, PriceValue::Point(15.0))
    );
    // 0.00025 $/s of audio out × 60 = 0.015 $/min
    assert_eq!(
        (r[2].unit, price(2)),
        (Unit::Minute, PriceValue::Point(0.015))
    );
    // first tier only: 5e-8 × 1M = 0.05 in, 4e-7 × 1M = 0.4 out
    assert_eq!(price(3), PriceValue::Point(0.05));
    assert_eq!(price(4), PriceValue::Point(0.4));
    assert!(r[3]
        .source
        .contains("tiered_pricing[0] (range [0,256000.0])"));
    // 0.005…0.012 $ per query × 1,000 = 5…12 $ per 1k requests
    assert_eq!(r[5].unit, Unit::KRequests);
    assert_eq!(
        price(5),
        PriceValue::Range {
            low: 5.0,
            high: 12.0
        }
    );
    // embeddings: 2e-8 × 1M = 0.02 per 1M tokens, batch 1e-8 × 1M = 0.01, no cache price
    assert_eq!(
        (r[6].unit, price(6)),
        (Unit::MTokens, PriceValue::Point(0.02))
    );
    assert_eq!((r[6].cached_input, r[6].batch), (None, Some(0.01)));
}

#[test]
fn a_deprecation_date_retires_on_or_before_the_catalog_date_and_is_noted_after_it() {
    let mut with_note = pick("old", "old", "input_tokens");
    with_note["note"] = json!("Hand note.");
    let r = imported(
        r#"{"old": {"input_cost_per_token": 1e-06, "deprecation_date": "2026-07-24"},
            "edge": {"input_cost_per_token": 1e-06, "deprecation_date": "2026-11-22"},
            "later": {"input_cost_per_token": 1e-06, "deprecation_date": "2027-01-14"}}"#,
        json!([
            with_note,
            pick("edge", "edge", "input_tokens"),
            pick("later", "later", "input_tokens")
        ]),
    )
    .expect("imports");
    assert_eq!(r[0].retired, Some(day("2026-07-24")));
    assert_eq!(
        r[0].note.as_deref(),
        Some("Hand note. Retired: LiteLLM's deprecation_date is 2026-07-24.")
    );
    // on the catalog's date itself: retired
    assert_eq!(r[1].retired, Some(day("2026-11-22")));
    // after it: still on sale, the date noted
    assert_eq!(r[2].retired, None);
    assert_eq!(
        r[2].note.as_deref(),
        Some("LiteLLM's deprecation_date is 2027-01-14.")
    );
}

#[test]
fn a_selection_the_map_cannot_answer_is_refused_with_every_reason() {
    let errs = imported(
        r#"{"chat": {"input_cost_per_token": 1e-06},
            "bad-date": {"input_cost_per_token": 1e-06, "deprecation_date": "soon"}}"#,
        json!([
            pick("gone", "xai/grok-4", "input_tokens"),
            pick("no-output", "chat", "output_tokens"),
            pick("chat-in", "chat", "input_tokens"),
            pick("chat-in", "chat", "input_tokens"),
            pick("dated", "bad-date", "input_tokens"),
        ]),
    )
    .expect_err("refused");
    assert_eq!(errs.len(), 4, "{errs:#?}");
    assert!(errs[0].contains("`gone` (map key `xai/grok-4`): the key is not in the map"));
    assert!(errs[1].contains("no number `output_cost_per_token`"));
    assert!(errs[2].contains("names this id twice"));
    assert!(errs[3].contains("deprecation_date \"soon\""));
    // nor can an excerpt be cut for a key the map lacks
    let sel = selection(json!([pick("gone", "xai/grok-4", "input_tokens")]));
    assert!(excerpt(&parse_map("{}").unwrap(), &sel).is_err());
}

#[test]
fn rendering_is_byte_stable_and_parses_back_to_the_same_records() {
    let sel = committed_selection();
    let meta: Meta = serde_json::from_str(&read("meta.json")).expect("meta");
    let map = parse_map(&read(&format!(
        "sources/litellm-{}-excerpt.json",
        sel.litellm_version
    )))
    .unwrap();
    let a = import(&map, &sel, meta.as_of).unwrap();
    let b = import(&map, &sel, meta.as_of).unwrap();
    assert_eq!(render(&a), render(&b));
    let back: Vec<deploycalc_core::model::catalog::PriceRecord> =
        serde_json::from_str(&render(&a)).expect("parses");
    assert_eq!(back, a);
}
