//! Scenario <-> URL: round trips, defaults left out, every bad parameter reported.

use deploycalc::domain::scenario::{CurrencyView, Reject, Scenario, Workload};
use deploycalc::domain::share::{decode, encode, Lang, Page, UrlProblem, UrlState};

#[test]
fn default_state_encodes_to_just_the_version() {
    let st = UrlState {
        scenario: Scenario::default(),
        lang: None,
        page: Page::Compare,
        ..UrlState::default()
    };
    assert_eq!(encode(&st), "v=1");
    let (back, issues) = decode("?v=1");
    assert!(issues.is_empty());
    assert_eq!(back, st);
}

#[test]
fn changed_fields_round_trip() {
    let s = Scenario {
        users: 1500.0,
        conversation_hours: 12.5,
        currency: CurrencyView::Both,
        fx_rate: 7.2,
        ..Scenario::default()
    };
    let st = UrlState {
        scenario: s,
        lang: Some(Lang::En),
        page: Page::Compare,
        ..UrlState::default()
    };
    let q = encode(&st);
    assert_eq!(q, "v=1&lang=en&cur=both&u=1500&ch=12.5&fx=7.2");
    let (back, issues) = decode(&q);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(back, st);
}

#[test]
fn bad_parameters_are_listed_and_defaults_used() {
    let (st, issues) = decode("v=1&u=-5&zz=1&lang=fr&cur=eur&ch=abc&u=7&wl=s999");
    assert_eq!(st.scenario.users, Scenario::default().users);
    assert_eq!(st.scenario.workload, Workload::S000);
    assert_eq!(st.lang, None);
    let mut found: Vec<(String, String)> = issues
        .iter()
        .map(|i| (i.key.clone(), format!("{:?}", i.problem)))
        .collect();
    found.sort();
    let want = [
        ("ch", UrlProblem::Invalid(Reject::NotANumber)),
        ("cur", UrlProblem::Invalid(Reject::UnknownValue)),
        ("lang", UrlProblem::Invalid(Reject::UnknownValue)),
        (
            "u",
            UrlProblem::Invalid(Reject::OutOfRange { min: 0.0, max: 1e9 }),
        ),
        ("u", UrlProblem::Repeated),
        ("wl", UrlProblem::Invalid(Reject::UnknownValue)),
        ("zz", UrlProblem::UnknownKey),
    ];
    let mut want: Vec<(String, String)> = want
        .iter()
        .map(|(k, p)| (k.to_string(), format!("{p:?}")))
        .collect();
    want.sort();
    assert_eq!(found, want);
}

#[test]
fn a_future_version_is_reported_but_the_rest_is_read() {
    let (st, issues) = decode("v=2&u=10");
    assert_eq!(st.scenario.users, 10.0);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].problem, UrlProblem::FutureVersion);
}

#[test]
fn encoding_escapes_through_form_urlencoded() {
    // values are only numbers and ids today; an unknown key with odd characters still
    // decodes into a readable notice
    let (_, issues) = decode("a%20b=%3Cscript%3E");
    assert_eq!(issues[0].key, "a b");
    assert_eq!(issues[0].value, "<script>");
}

#[test]
fn version_1_urls_are_kept_working() {
    // fixtures of URLs written by version 1; keep them forever
    for (q, users) in [
        ("v=1&u=500", 500.0),
        ("u=250", 250.0),
        ("v=1&lang=zh&u=1,000", 1000.0),
    ] {
        let (st, issues) = decode(q);
        assert!(issues.is_empty(), "{q}: {issues:?}");
        assert_eq!(st.scenario.users, users, "{q}");
    }
}

#[test]
fn the_catalog_page_is_a_url_parameter() {
    let (st, issues) = decode("v=1&page=catalog&lang=en");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(st.page, Page::Catalog);
    // written as `view=`; `page=` (its first name) still reads
    assert_eq!(encode(&st), "v=1&lang=en&view=catalog");
    assert_eq!(decode("v=1&view=decide").0.page, Page::Decide);
    let (st, issues) = decode("v=1&page=admin");
    assert_eq!(st.page, Page::Compare);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].key, "page");
}

#[test]
fn hidden_and_pinned_plans_round_trip() {
    let (st, issues) = decode("v=1&hide=s000-local,s000-fargate&pin=s000-remote-api");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(st.hidden.len(), 2);
    assert!(st.hidden.contains("s000-local"));
    assert_eq!(st.pinned.as_deref(), Some("s000-remote-api"));
    // ids are written sorted, so the same state always gives the same link
    assert_eq!(
        encode(&st),
        "v=1&hide=s000-fargate%2Cs000-local&pin=s000-remote-api"
    );
    let (st, issues) = decode("v=1&hide=ok-id,BAD%20ID&pin=%3Cscript%3E");
    assert_eq!(issues.len(), 2, "{issues:?}");
    assert!(st.hidden.contains("ok-id") && st.pinned.is_none());
}

#[test]
fn embed_expanded_breakdowns_and_answers_round_trip() {
    let (st, issues) = decode("v=1&embed=1&open=s000-local&a.s000-production=yes&a.s000-local=no");
    assert!(issues.is_empty(), "{issues:?}");
    assert!(st.embed);
    assert!(st.expanded.contains("s000-local"));
    assert_eq!(
        st.answers.get("s000-production").map(String::as_str),
        Some("yes")
    );
    let q = encode(&st);
    assert_eq!(decode(&q).0, st, "{q}");
    let (_, issues) = decode("v=1&embed=maybe&a.X=1&open=%3Cb%3E");
    assert_eq!(issues.len(), 3, "{issues:?}");
}
