//! Custom prices as a file: a good file applies all of it, a bad one applies nothing and names
//! every record with the reason; oversized files are refused before parsing.

use crate::common::{assert_range, catalog, est};
use deploycalc_core::model::custom_prices::{
    import, CustomPrices, ImportError, Problem, MAX_BYTES,
};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::scenario::Scenario;

fn e(record: &str, problem: Problem) -> ImportError {
    ImportError {
        record: record.into(),
        problem,
    }
}

const GOOD: &str = r#"{
  "format": "deploycalc-custom-prices",
  "version": 1,
  "discounts": [{ "provider": "aws", "percent": 10 }],
  "prices": [{ "id": "aws-ec2-g4dn-xlarge", "price": 0.4, "currency": "USD", "note": "our contract" }]
}"#;

#[test]
fn a_good_file_applies_all_of_it() {
    let prices = import(GOOD, catalog()).expect("valid file");
    assert_eq!(prices.discounts.get("aws"), Some(&10.0));
    assert_eq!(prices.overrides.get("aws-ec2-g4dn-xlarge"), Some(&0.4));
    assert_eq!(prices.len(), 2);

    // the seed's one g4dn at the preset's peak of 10 (`gc=0`)
    let mut s = crate::common::seed_counts(deploycalc_core::model::vocab::Workload::S000);
    // what was there before is replaced, not merged
    s.discounts.insert("gcp".into(), 5.0);
    prices.apply_to(&mut s);
    assert_eq!(s.discounts.len(), 1);
    // EC2 GPU at the defaults (peak 10, one g4dn box):
    //   g4dn: overridden to $0.40/h — an override is the price paid, no discount on top:
    //         0.4 × 730 = 292
    //   EBS gp3: 50 GB × 0.08 × 0.9 = 3.60
    //   Amplify: $5–10 × 0.9 = 4.50–9.00
    //   total 300.10–304.60
    let e = est("s000-ec2-gpu", &s);
    assert_range(e.monthly_usd, 300.1, 304.6);
}

#[test]
fn a_bad_file_applies_nothing_and_names_every_record() {
    let bad = r#"{
      "format": "deploycalc-custom-prices",
      "version": 1,
      "colour": "blue",
      "discounts": [
        { "provider": "aws", "percent": 10 },
        { "provider": "awz", "percent": 10 },
        { "provider": "gcp", "percent": 150 },
        { "percent": 3 },
        { "provider": "aws", "percent": 12 }
      ],
      "prices": [
        { "id": "aws-ec2-g4dn-xlarge", "price": 0.4 },
        { "id": "no-such-record", "price": 1 },
        { "id": "aws-ebs-gp3", "price": -1 },
        { "id": "openai-whisper-1", "price": "cheap" },
        { "id": "tencent-cos-standard", "price": 0.1, "currency": "USD" },
        { "id": "aws-elb-alb-hour", "pricee": 0.02 },
        "aws-ec2-t3-medium"
      ]
    }"#;
    let errors = import(bad, catalog()).expect_err("every problem is reported");
    assert_eq!(
        errors,
        [
            e(
                "",
                Problem::UnknownField {
                    field: "colour".into()
                }
            ),
            e("awz", Problem::UnknownProvider),
            e(
                "gcp",
                Problem::OutOfRange {
                    field: "percent",
                    min: 0.0,
                    max: 100.0
                }
            ),
            e("discounts[3]", Problem::MissingField { field: "provider" }),
            e("aws", Problem::Duplicate),
            e("no-such-record", Problem::UnknownPrice),
            e(
                "aws-ebs-gp3",
                Problem::OutOfRange {
                    field: "price",
                    min: 0.0,
                    max: 1e9
                }
            ),
            e("openai-whisper-1", Problem::NotANumber { field: "price" }),
            e(
                "tencent-cos-standard",
                Problem::CurrencyMismatch {
                    expected: Currency::Cny,
                    found: "USD".into()
                }
            ),
            e(
                "aws-elb-alb-hour",
                Problem::UnknownField {
                    field: "pricee".into()
                }
            ),
            e("aws-elb-alb-hour", Problem::MissingField { field: "price" }),
            e("prices[6]", Problem::NotAnObject),
        ]
    );
}

#[test]
fn the_file_itself_must_say_what_it_is() {
    let errors = import(r#"{"discounts": []}"#, catalog()).unwrap_err();
    assert_eq!(
        errors,
        [
            e("", Problem::MissingField { field: "format" }),
            e("", Problem::MissingField { field: "version" }),
        ]
    );
    let errors = import(
        r#"{"format": "something-else", "version": 2, "prices": {}}"#,
        catalog(),
    )
    .unwrap_err();
    assert_eq!(
        errors,
        [
            e(
                "",
                Problem::WrongFormat {
                    found: Some("something-else".into())
                }
            ),
            e("", Problem::FutureVersion { found: 2 }),
            e("prices", Problem::NotAList { field: "prices" }),
        ]
    );
    assert_eq!(
        import("[1, 2]", catalog()).unwrap_err(),
        [e("", Problem::NotAnObject)]
    );
    assert_eq!(
        import(
            r#"{"format": "deploycalc-custom-prices", "version": 0}"#,
            catalog()
        )
        .unwrap_err(),
        [e("", Problem::BadVersion)]
    );
}

#[test]
fn not_json_says_where_the_parser_stopped() {
    // line 3 is `  "version": 1 "prices": []`: column 16 is the quote where a comma belongs
    let text = "{\n  \"format\": \"deploycalc-custom-prices\",\n  \"version\": 1 \"prices\": []\n}";
    assert_eq!(
        import(text, catalog()).unwrap_err(),
        [e(
            "",
            Problem::NotJson {
                line: 3,
                column: 16
            }
        )]
    );
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    // valid JSON padded with spaces past the limit: refused by size alone
    let mut text = String::from(GOOD);
    text.push_str(&" ".repeat(MAX_BYTES));
    let errors = import(&text, catalog()).unwrap_err();
    assert_eq!(
        errors,
        [e(
            "",
            Problem::TooLarge {
                bytes: GOOD.len() + MAX_BYTES,
                limit: MAX_BYTES
            }
        )]
    );
    // exactly at the limit is still read
    let mut text = String::from(GOOD);
    text.push_str(&" ".repeat(MAX_BYTES - GOOD.len()));
    assert!(import(&text, catalog()).is_ok());
}

#[test]
fn too_many_records_are_refused() {
    let items: Vec<String> = (0..1001)
        .map(|i| format!(r#"{{"id": "x{i}", "price": 1}}"#))
        .collect();
    let text = format!(
        r#"{{"format": "deploycalc-custom-prices", "version": 1, "prices": [{}]}}"#,
        items.join(",")
    );
    assert_eq!(
        import(&text, catalog()).unwrap_err(),
        [e(
            "",
            Problem::TooManyRecords {
                count: 1001,
                limit: 1000
            }
        )]
    );
}

#[test]
fn export_then_import_gives_the_same_prices() {
    let mut prices = CustomPrices::default();
    prices.discounts.insert("aws".into(), 12.5);
    prices.discounts.insert("tencent".into(), 20.0);
    prices.overrides.insert("aws-ec2-g4dn-xlarge".into(), 0.35);
    prices.overrides.insert("tencent-cos-standard".into(), 0.1);
    let text = prices.to_json(catalog());
    // each price says its record's currency and unit
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "deploycalc-custom-prices");
    assert_eq!(v["version"], 1);
    assert_eq!(v["prices"][0]["id"], "aws-ec2-g4dn-xlarge");
    assert_eq!(v["prices"][0]["currency"], "USD");
    assert_eq!(v["prices"][0]["unit"], "hour");
    assert_eq!(v["prices"][1]["currency"], "CNY");
    assert_eq!(v["discounts"][1]["provider"], "tencent");
    assert_eq!(v["discounts"][1]["percent"], 20.0);
    assert_eq!(import(&text, catalog()), Ok(prices));
}

#[test]
fn an_exported_comparison_imports_its_custom_prices() {
    let text = r#"{
      "format": "deploycalc-comparison",
      "version": 1,
      "plans": [],
      "custom_prices": {
        "format": "deploycalc-custom-prices",
        "version": 1,
        "discounts": [{ "provider": "azure", "percent": 7 }],
        "prices": []
      }
    }"#;
    let prices = import(text, catalog()).unwrap();
    assert_eq!(prices.discounts.get("azure"), Some(&7.0));
    assert!(prices.overrides.is_empty());
    let errors = import(r#"{"format": "deploycalc-comparison"}"#, catalog()).unwrap_err();
    assert_eq!(
        errors,
        [e(
            "",
            Problem::MissingField {
                field: "custom_prices"
            }
        )]
    );
}

#[test]
fn an_empty_file_clears_custom_prices() {
    let prices = import(
        r#"{"format": "deploycalc-custom-prices", "version": 1}"#,
        catalog(),
    )
    .unwrap();
    assert!(prices.is_empty());
    let mut s = Scenario::default();
    s.overrides.insert("aws-ebs-gp3".into(), 1.0);
    prices.apply_to(&mut s);
    assert!(s.overrides.is_empty());
}

// Regressions found by tests/fuzz_overrides.rs

#[test]
fn a_key_written_twice_is_refused_not_silently_overwritten() {
    // serde_json keeps the last copy: `"price": -1, "price": 0.05` went through as 0.05, and a
    // second `"discounts": []` dropped the first list without a word
    let text = "{\"format\": \"deploycalc-custom-prices\", \"version\": 1,\n\"prices\": [{\"id\": \"aws-ebs-gp3\", \"price\": -1, \"price\": 0.05}]}";
    assert_eq!(
        import(text, catalog()).unwrap_err(),
        [e(
            "",
            Problem::NotJson {
                line: 2,
                column: 53
            }
        )]
    );
    let text = r#"{"format": "deploycalc-custom-prices", "version": 1,
      "discounts": [{"provider": "aws", "percent": 10}], "discounts": []}"#;
    assert!(matches!(
        import(text, catalog()).unwrap_err()[..],
        [ImportError {
            problem: Problem::NotJson { line: 2, .. },
            ..
        }]
    ));
    // the same key in two different objects is fine
    let text = r#"{"format": "deploycalc-custom-prices", "version": 1,
      "prices": [{"id": "aws-ebs-gp3", "price": 1, "note": {"price": 2}}]}"#;
    assert_eq!(
        import(text, catalog())
            .unwrap()
            .overrides
            .get("aws-ebs-gp3"),
        Some(&1.0)
    );
}

#[test]
fn prices_come_back_bit_for_bit() {
    // serde_json's default float parser read 0.9370807819079071 one unit in the last place off
    for x in [
        0.9370807819079071,
        0.1 + 0.2,
        5e-324,
        123456.78901234567,
        1e9,
    ] {
        let mut prices = CustomPrices::default();
        prices.overrides.insert("aws-ec2-g4dn-xlarge".into(), x);
        let back = import(&prices.to_json(catalog()), catalog()).unwrap();
        assert_eq!(
            back.overrides["aws-ec2-g4dn-xlarge"].to_bits(),
            x.to_bits(),
            "{x}"
        );
    }
    let text = r#"{"format": "deploycalc-custom-prices", "version": 1,
      "prices": [{"id": "aws-ebs-gp3", "price": 0.9370807819079071}]}"#;
    assert_eq!(
        import(text, catalog()).unwrap().overrides["aws-ebs-gp3"].to_bits(),
        0.9370807819079071f64.to_bits()
    );
}

#[test]
fn minus_zero_is_read_as_zero() {
    let text = r#"{"format": "deploycalc-custom-prices", "version": 1,
      "discounts": [{"provider": "aws", "percent": -0}],
      "prices": [{"id": "aws-ebs-gp3", "price": -0.0}]}"#;
    let prices = import(text, catalog()).unwrap();
    assert!(prices.discounts["aws"].is_sign_positive());
    assert!(prices.overrides["aws-ebs-gp3"].is_sign_positive());
}
