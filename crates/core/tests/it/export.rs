//! Exports of the comparison: CSV, JSON and Markdown hold what the page shows — the plans in
//! display order, the view's currencies, ranges, "at least", and open breakdowns' lines.

use crate::common::catalog;
use deploycalc_core::engine::compare::{compare, visible, PlanRow};
use deploycalc_core::engine::estimate::LineState;
use deploycalc_core::model::catalog::Date;
use deploycalc_core::model::custom_prices::{import, CustomPrices};
use deploycalc_core::model::money::Fx;
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{CurrencyView, Lang, PlanId, Workload};
use deploycalc_core::report::export::{
    file_name, md_cell, report, to_csv, to_json, to_markdown, Format, Report, View,
};
use std::collections::BTreeSet;

const URL: &str = "https://example.com/tools/deploycalc/?v=2";

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap()
}

fn ids(set: &[&str]) -> BTreeSet<PlanId> {
    set.iter().map(|s| PlanId::new(*s)).collect()
}

/// The report of `s` with `hidden` plans left out, `pinned` first and `open` breakdowns.
fn build(s: &Scenario, hidden: &[&str], pinned: Option<&str>, open: &[&str]) -> Report {
    let rows: Vec<PlanRow> = compare(s, catalog());
    let hidden = ids(hidden);
    let shown = visible(&rows, &hidden, pinned);
    let expanded = ids(open);
    let custom = CustomPrices::from_scenario(s);
    let view = View {
        lang: Lang::En,
        url: URL,
        workload: s.workload,
        currencies: s.currency.currencies(),
        fx: Fx::new(s.fx_rate),
        users: s.users,
        expanded: &expanded,
        custom: &custom,
        today: today(),
    };
    report(&shown, &view, catalog())
}

const ONLY_EC2: [&str; 3] = ["s000-fargate", "s000-remote-api", "s000-local"];

#[test]
fn csv_of_one_plan_with_its_breakdown_open() {
    let r = build(&Scenario::default(), &ONLY_EC2, None, &["s000-ec2-gpu"]);
    let csv = to_csv(&r).unwrap();
    // EC2 GPU at seed 000's defaults (peak 10 → the sizing model's 2 g4dn boxes, about 9.5–10
    // conversations each: gpu_default.rs):
    //   g4dn.xlarge 2 × 730 = 1,460 h × $0.526 = $767.96
    //   EBS gp3 50 GB × $0.08 = $4.00
    //   Amplify $5–10
    //   monthly $776.96–$781.96; yearly × 12 = $9,323.52–$9,383.52 (shown "$9,324–$9,384");
    //   per user ÷ 200 = $3.8848–$3.9098 (shown "$3.88–$3.91")
    let want = "\
plan_id,plan,row,item,price_id,state,quantity_low,quantity_high,unit,unit_price_low,unit_price_high,unit_price_currency,currency,low,high,shown
s000-ec2-gpu,Amplify + EC2 GPU,monthly,,,,,,,,,,USD,776.96,781.96,$776.96–$781.96
s000-ec2-gpu,Amplify + EC2 GPU,yearly,,,,,,,,,,USD,9323.52,9383.52,\"$9,324–$9,384\"
s000-ec2-gpu,Amplify + EC2 GPU,per_user,,,,,,,,,,USD,3.8848,3.9098,$3.88–$3.91
s000-ec2-gpu,Amplify + EC2 GPU,line,\"EC2 g4dn.xlarge (24×7, 1 × T4 each)\",aws-ec2-g4dn-xlarge,counted,1460,1460,hour,0.526,0.526,USD,USD,767.96,767.96,$767.96
s000-ec2-gpu,Amplify + EC2 GPU,line,EBS gp3 50 GB,aws-ebs-gp3,counted,50,50,gb_month,0.08,0.08,USD,USD,4,4,$4.00
s000-ec2-gpu,Amplify + EC2 GPU,line,Amplify Hosting (front end),aws-amplify-hosting-seed000,counted,1,1,month,5,10,USD,USD,5,10,$5.00–$10.00
";
    assert_eq!(csv, want);
}

#[test]
fn json_follows_the_display_order_and_both_currencies() {
    let s = Scenario {
        currency: CurrencyView::Both,
        ..Scenario::default()
    };
    let r = build(&s, &["s000-local"], Some("s000-fargate"), &[]);
    let v: serde_json::Value = serde_json::from_str(&to_json(&r)).unwrap();
    assert_eq!(v["format"], "deploycalc-comparison");
    assert_eq!(v["version"], 1);
    assert_eq!(v["url_version"], 2);
    assert_eq!(v["url"], URL);
    assert_eq!(v["workload"], "s000");
    assert_eq!(v["catalog_as_of"], "2026-11-22");
    assert_eq!(v["exported_on"], "2026-11-30");
    assert_eq!(v["currencies"], serde_json::json!(["USD", "CNY"]));
    let order: Vec<&str> = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    // pinned first, then catalog order, local hidden
    assert_eq!(order, ["s000-fargate", "s000-ec2-gpu", "s000-remote-api"]);
    let ec2 = &v["plans"][1];
    // the model's 2 g4dn at the peak of 10: 776.96–781.96 (csv test above)
    assert_eq!(ec2["monthly"][0]["text"], "$776.96–$781.96");
    // 776.96 × 6.7686 = 5,258.931456 ; 781.96 × 6.7686 = 5,292.774456
    assert_eq!(ec2["monthly"][1]["currency"], "CNY");
    assert_eq!(ec2["monthly"][1]["low"], 5258.931456);
    assert_eq!(ec2["monthly"][1]["high"], 5292.774456);
    assert_eq!(ec2["monthly"][1]["text"], "¥5,259–¥5,293");
    // yearly and per user are in the primary currency (USD)
    assert_eq!(ec2["yearly"]["text"], "$9,324–$9,384");
    // latency 100 + 500 + 200 = 800 ms against the 2,000 ms target
    assert_eq!(ec2["latency"]["low_ms"], 800.0);
    assert_eq!(ec2["latency"]["meets"], "yes");
    assert_eq!(ec2["privacy"], 5);
    // no breakdown open: no lines
    assert!(ec2.get("lines").is_none());
}

#[test]
fn an_unknown_price_reads_at_least_and_its_line_unknown() {
    let s = Scenario::preset(Workload::S001);
    let r = build(&s, &[], None, &["s001-tencent", "s001-hybrid"]);
    let tencent = &r.plans[0];
    assert_eq!(tencent.id, "s001-tencent");
    // 60 + 60 + COS 50 GB × 0.02 × ¥10–20 + TDMQ ? + SCF 5,000 GB-s × ¥0.00011108 (0.5554)
    // + domain ¥10–50 = at least ¥140.5554–190.5554
    let m = &tencent.monthly[0];
    assert!(m.lower_bound);
    assert!((m.low - 140.5554).abs() < 1e-9 && (m.high - 190.5554).abs() < 1e-9);
    assert_eq!(m.text, "at least ¥140.56–¥190.56");
    let lines = tencent.lines.as_ref().unwrap();
    let tdmq = &lines[3];
    assert_eq!(tdmq.price_id, "tencent-tdmq");
    assert_eq!(tdmq.subtotal, None);
    assert_eq!(tdmq.subtotal_text, "unknown");
    // hybrid: the owned ECS counts 0 and the optional Qdrant is off
    let hybrid = r.plans.iter().find(|p| p.id == "s001-hybrid").unwrap();
    let lines = hybrid.lines.as_ref().unwrap();
    assert_eq!(lines[0].state, LineState::Owned);
    assert_eq!(lines[0].subtotal_text, "¥0");
    assert_eq!(lines[3].state, LineState::Excluded);
    // the JSON spells the states as before: "owned", "excluded", "counted" (line 1, the rest)
    let v: serde_json::Value = serde_json::from_str(&to_json(&r)).unwrap();
    let hybrid_json = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "s001-hybrid")
        .unwrap();
    assert_eq!(hybrid_json["lines"][0]["state"], "owned");
    assert_eq!(hybrid_json["lines"][1]["state"], "counted");
    assert_eq!(hybrid_json["lines"][3]["state"], "excluded");
    // 60 + 10–20 + 10–50 = ¥80–130, known
    assert_eq!(hybrid.monthly[0].text, "¥80.00–¥130.00");
    let csv = to_csv(&r).unwrap();
    // the unknown line keeps its row, with empty figures
    assert!(
        csv.contains(",tencent-tdmq,counted,1,1,month,,,,,,,unknown\n"),
        "{csv}"
    );
}

#[test]
fn markdown_report_of_one_plan() {
    let r = build(&Scenario::default(), &ONLY_EC2, None, &["s000-ec2-gpu"]);
    // the page's own English words (report::text), as the app exports them
    let md = to_markdown(&r, Lang::En);
    let want = "\
# DeployCalc comparison

- Scenario: <https://example.com/tools/deploycalc/?v=2>
- Price catalog as of: 2026-11-22
- Exported on: 2026-11-30
- Exchange rate: 6.7686 CNY/USD

| Plan | Monthly total (USD) | Per year | Per user per month | End-to-end latency |
| --- | ---: | ---: | ---: | ---: |
| Amplify + EC2 GPU | $776.96–$781.96 | $9,324–$9,384 | $3.88–$3.91 | 800 ms |

## Amplify + EC2 GPU — Cost lines

| Item | Quantity | Unit price | Subtotal | Source |
| --- | ---: | ---: | ---: | --- |
";
    assert!(md.starts_with(want), "{md}");
    assert!(md.contains(
        "| EC2 g4dn.xlarge (24×7, 1 × T4 each) | 1,460 hour | $0.526 / hour | $767.96 |"
    ));
    assert!(md.contains("| EBS gp3 50 GB | 50 GB-month | $0.08 / GB-month | $4.00 |"));
    assert!(md.contains(
        "| Amplify Hosting (front end) | 1 month | $5.00–$10.00 / month | $5.00–$10.00 |"
    ));
    // plans table: head, rule, one row; lines table: head, rule, three rows
    assert_eq!(md.lines().filter(|l| l.starts_with("| ")).count(), 3 + 5);
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    assert_eq!(md_cell("a|b"), "a\\|b");
    assert_eq!(md_cell("two\nlines"), "two lines");
    assert_eq!(md_cell("<b>*x*</b>"), "\\<b\\>\\*x\\*\\</b\\>");
    assert_eq!(md_cell("¥70.00–¥120.00"), "¥70.00–¥120.00");
}

#[test]
fn file_names_carry_the_workload_and_the_date() {
    let d = Date::new(2026, 1, 5).unwrap();
    assert_eq!(
        file_name(Workload::S003, d, Format::Csv),
        "deploycalc-s003-2026-01-05.csv"
    );
    assert_eq!(
        file_name(Workload::Custom, d, Format::Markdown),
        "deploycalc-custom-2026-01-05.md"
    );
    assert_eq!(
        file_name(Workload::S000, d, Format::Json),
        "deploycalc-s000-2026-01-05.json"
    );
}

#[test]
fn the_json_export_imports_back_as_custom_prices() {
    let mut s = Scenario::default();
    s.discounts.insert("aws".into(), 10.0);
    s.overrides.insert("aws-ebs-gp3".into(), 0.1);
    let r = build(&s, &[], None, &[]);
    let text = to_json(&r);
    let back = import(&text, catalog()).unwrap();
    assert_eq!(back, CustomPrices::from_scenario(&s));
}

#[test]
fn the_host_script_checks_the_origin_and_the_message_type() {
    use deploycalc_core::report::export::{host_script, EMBED_MESSAGE_TYPE};
    assert_eq!(EMBED_MESSAGE_TYPE, "deploycalc:height");
    let s = host_script("https://calc.example.com");
    assert!(
        s.starts_with("<script>\n") && s.ends_with("</script>"),
        "{s}"
    );
    assert!(s.contains(
        r#"if (e.origin !== "https://calc.example.com" || !d || d.type !== "deploycalc:height" || typeof d.height !== "number") return;"#
    ));
    assert!(s.contains(r#"if (f.contentWindow === e.source) f.style.height = d.height + "px";"#));
    // a quote in the origin cannot end the string literal
    assert!(host_script("a\"b").contains(r#"e.origin !== "a\"b""#));
}

#[test]
fn a_scenario_with_30_changes_keeps_a_readable_link() {
    use deploycalc_core::model::scenario::NumField;
    use deploycalc_core::model::vocab::PurchaseOption;
    use deploycalc_core::model::vocab::Region;
    use deploycalc_core::url::{decode, encode, Page, UrlState};
    let mut s = Scenario {
        currency: CurrencyView::Both,
        region: Region::China,
        purchase_option: PurchaseOption::Reserved1y,
        ..Scenario::default()
    };
    // all 16 numeric inputs changed
    for (f, v) in [
        (NumField::Users, 1500.0),
        (NumField::PeakConcurrency, 40.0),
        (NumField::ConversationHours, 320.0),
        (NumField::TurnsPerMinute, 5.0),
        (NumField::InputTokensPerTurn, 800.0),
        (NumField::OutputTokensPerTurn, 250.0),
        (NumField::CachedInputShare, 25.0),
        (NumField::TtsCharsPerMinute, 750.0),
        (NumField::StorageGb, 120.0),
        (NumField::DbGb, 25.0),
        (NumField::EgressGb, 300.0),
        (NumField::LogGb, 40.0),
        (NumField::Requests, 2_500_000.0),
        (NumField::GpuHoursPerDay, 12.0),
        (NumField::SpotShare, 30.0),
        (NumField::LatencyTargetMs, 1200.0),
        (NumField::FxRate, 7.1),
    ] {
        s.set_num(f, v);
    }
    s.discounts.insert("aws".into(), 10.0);
    s.discounts.insert("openai".into(), 5.0);
    s.overrides.insert("aws-ec2-g4dn-xlarge".into(), 0.4);
    s.overrides.insert("openai-gpt-4o-mini-input".into(), 0.12);
    let mut st = UrlState {
        scenario: s,
        lang: Some(Lang::En),
        page: Page::Decide,
        hidden: ids(&["s000-local"]),
        pinned: Some("s000-fargate".into()),
        expanded: ids(&["s000-ec2-gpu", "s000-fargate"]),
        ..UrlState::default()
    };
    st.answers.insert("s000-production".into(), "yes".into());
    st.answers.insert("s000-local-models".into(), "yes".into());
    let q = encode(&st);
    // 31 changes: language, view, currency, region, purchase option, 17 numbers, hidden,
    // pinned, open breakdowns, 2 answers, 2 discounts, 2 prices — one parameter each
    assert_eq!(
        q,
        "v=2&lang=en&view=decide&hide=s000-local&pin=s000-fargate\
         &open=s000-ec2-gpu%2Cs000-fargate&a.s000-local-models=yes&a.s000-production=yes\
         &cur=both&rg=cn&po=reserved_1y&u=1500&pc=40&ch=320&tpm=5&tin=800&tout=250&cin=25&tts=750\
         &sg=120&dg=25&eg=300&lg=40&rq=2500000&gh=12&sp=30&lt=1200&fx=7.1\
         &d.aws=10&d.openai=5&p.aws-ec2-g4dn-xlarge=0.4&p.openai-gpt-4o-mini-input=0.12"
    );
    assert_eq!(q.split('&').count(), 32);
    // 358 before the cached-input share; "&cin=25" adds 7
    assert_eq!(q.len(), 365);
    // with a site under a sub-path the whole link stays about 400 characters: 38 + 365
    assert_eq!(
        format!("https://example.com/tools/deploycalc/?{q}").len(),
        403
    );
    let (back, issues) = decode(&q);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(back, st);
}
