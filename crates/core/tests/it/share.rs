//! Scenario <-> URL: round trips, defaults left out, every bad parameter reported.

use deploycalc_core::model::scenario::{Reject, Scenario};

use deploycalc_core::model::vocab::{CurrencyView, Lang, OptionId, PlanId, Workload};
use deploycalc_core::url::{decode, encode, Page, UrlProblem, UrlState};

#[test]
fn default_state_encodes_to_just_the_version() {
    let st = UrlState {
        scenario: Scenario::default(),
        lang: None,
        page: Page::Compare,
        ..UrlState::default()
    };
    assert_eq!(encode(&st), "v=2");
    let (back, issues) = decode("?v=2");
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
    assert_eq!(q, "v=2&lang=en&cur=both&u=1500&ch=12.5&fx=7.2");
    let (back, issues) = decode(&q);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(back, st);
}

#[test]
fn bad_parameters_are_listed_and_defaults_used() {
    let (st, issues) = decode("v=2&u=-5&zz=1&lang=fr&cur=eur&ch=abc&u=7&wl=s999");
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

/// Each rejected scenario input is reported under the key the link used: region, purchase
/// option, a component, a discount, an override and a number keep their own URL names.
#[test]
fn rejected_inputs_are_reported_under_their_url_keys() {
    // rg=mars: no such region; po=spot: not a scenario purchase option; c.x=maybe: a toggle
    // is 1/0; d.aws=150: over 100 %; p.Bad=1: not an id-like key; tpm=61: over 60 per minute
    let (_, issues) = decode("rg=mars&po=spot&c.x=maybe&d.aws=150&p.Bad=1&tpm=61");
    let mut found: Vec<(String, String, String)> = issues
        .iter()
        .map(|i| (i.key.clone(), i.value.clone(), format!("{:?}", i.problem)))
        .collect();
    found.sort();
    let want = [
        ("c.x", "maybe", UrlProblem::Invalid(Reject::UnknownValue)),
        (
            "d.aws",
            "150",
            UrlProblem::Invalid(Reject::OutOfRange {
                min: 0.0,
                max: 100.0,
            }),
        ),
        ("p.Bad", "1", UrlProblem::Invalid(Reject::UnknownValue)),
        ("po", "spot", UrlProblem::Invalid(Reject::UnknownValue)),
        ("rg", "mars", UrlProblem::Invalid(Reject::UnknownValue)),
        (
            "tpm",
            "61",
            UrlProblem::Invalid(Reject::OutOfRange {
                min: 0.0,
                max: 60.0,
            }),
        ),
    ];
    let mut want: Vec<(String, String, String)> = want
        .iter()
        .map(|(k, v, p)| (k.to_string(), v.to_string(), format!("{p:?}")))
        .collect();
    want.sort();
    assert_eq!(found, want);
}

#[test]
fn a_future_version_is_reported_but_the_rest_is_read() {
    let (st, issues) = decode("v=3&u=10");
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
        ("v=2&u=500", 500.0),
        ("u=250", 250.0),
        ("v=2&lang=zh&u=1,000", 1000.0),
    ] {
        let (st, issues) = decode(q);
        assert!(issues.is_empty(), "{q}: {issues:?}");
        assert_eq!(st.scenario.users, users, "{q}");
    }
}

#[test]
fn the_catalog_page_is_a_url_parameter() {
    let (st, issues) = decode("v=2&page=catalog&lang=en");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(st.page, Page::Catalog);
    // written as `view=`; `page=` (its first name) still reads
    assert_eq!(encode(&st), "v=2&lang=en&view=catalog");
    assert_eq!(decode("v=2&view=decide").0.page, Page::Decide);
    let (st, issues) = decode("v=2&page=admin");
    assert_eq!(st.page, Page::Compare);
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].key, "page");
}

#[test]
fn hidden_and_pinned_plans_round_trip() {
    let (st, issues) = decode("v=2&hide=s000-local,s000-fargate&pin=s000-remote-api");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(st.hidden.len(), 2);
    assert!(st.hidden.contains("s000-local"));
    assert_eq!(
        st.pinned.as_ref().map(PlanId::as_str),
        Some("s000-remote-api")
    );
    // ids are written sorted, so the same state always gives the same link
    assert_eq!(
        encode(&st),
        "v=2&hide=s000-fargate%2Cs000-local&pin=s000-remote-api"
    );
    let (st, issues) = decode("v=2&hide=ok-id,BAD%20ID&pin=%3Cscript%3E");
    assert_eq!(issues.len(), 2, "{issues:?}");
    assert!(st.hidden.contains("ok-id") && st.pinned.is_none());
}

#[test]
fn embed_expanded_breakdowns_and_answers_round_trip() {
    let (st, issues) = decode("v=2&embed=1&open=s000-local&a.s000-production=yes&a.s000-local=no");
    assert!(issues.is_empty(), "{issues:?}");
    assert!(st.embed);
    assert!(st.expanded.contains("s000-local"));
    assert_eq!(
        st.answers.get("s000-production").map(OptionId::as_str),
        Some("yes")
    );
    let q = encode(&st);
    assert_eq!(decode(&q).0, st, "{q}");
    let (_, issues) = decode("v=2&embed=maybe&a.X=1&open=%3Cb%3E");
    assert_eq!(issues.len(), 3, "{issues:?}");
}

mod decide_inputs {
    //! The decide page's inputs: `dt` (tree under custom), `bx` (break-even driver), `gu`, `gr`,
    //! `gm`, `gl`, `gp` (growth timeline).

    use deploycalc_core::engine::analysis::{Axis, GrowthInput};
    use deploycalc_core::model::scenario::{Reject, Scenario};
    use deploycalc_core::model::vocab::Workload;
    use deploycalc_core::url::{decode, encode, DecideParams, Param, UrlProblem, UrlState};

    #[test]
    fn every_decide_input_round_trips() {
        let q = "v=2&view=decide&wl=custom&dt=s003&bx=egress&gu=250&gr=15&gm=36&gl=0&gp=4";
        let (st, issues) = decode(q);
        assert!(issues.is_empty(), "{issues:?}");
        let d = &st.decide;
        assert_eq!(d.tree, Some(Workload::S003));
        assert_eq!(d.tree_workload(st.scenario.workload), Workload::S003);
        assert_eq!(d.axis(Workload::S003), Axis::EgressGb);
        assert_eq!(
            d.growth(Workload::S003),
            GrowthInput {
                start_users: 250.0,
                growth_pct: 15.0,
                months: 36,
                require_latency: false,
                min_privacy: Some(4),
            }
        );
        // written back in the same order, nothing added
        assert_eq!(encode(&st), q);
        assert_eq!(decode(&encode(&st)).0, st);
    }

    #[test]
    fn the_keys_do_not_clash_and_read_back() {
        let keys: Vec<&str> = Param::all().iter().map(|p| p.key()).collect();
        for k in ["dt", "bx", "gu", "gr", "gm", "gl", "gp"] {
            assert_eq!(keys.iter().filter(|x| **x == k).count(), 1, "{k}");
            assert_eq!(Param::from_key(k).map(|p| p.key()), Some(k));
        }
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len(), "every key is spelled once");
    }

    #[test]
    fn values_equal_to_the_trees_defaults_are_left_out() {
        // seed 003: 50 users growing 50 % a month for 24 months, latency required, driver users
        let mut d = DecideParams::default();
        d.set_growth(Workload::S003, &GrowthInput::preset(Workload::S003));
        d.set_axis(Workload::S003, Axis::Users);
        d.set_tree(Workload::S000);
        assert_eq!(d, DecideParams::default());
        let mut st = UrlState {
            scenario: Scenario::preset(Workload::S003),
            decide: d,
            ..UrlState::default()
        };
        assert_eq!(encode(&st), "v=2&wl=s003");
        // only what differs: growth 40 % instead of 50 %, the driver storage instead of users
        let mut g = GrowthInput::preset(Workload::S003);
        g.growth_pct = 40.0;
        st.decide.set_growth(Workload::S003, &g);
        st.decide.set_axis(Workload::S003, Axis::StorageGb);
        assert_eq!(encode(&st), "v=2&wl=s003&bx=storage&gr=40");
        assert_eq!(decode(&encode(&st)).0, st);
        // an untouched input follows the tree: seed 004 starts from 500 users
        assert_eq!(st.decide.growth(Workload::S004).start_users, 500.0);
        assert_eq!(st.decide.growth(Workload::S004).growth_pct, 40.0);
        // storage is seed 001's default driver: stored as "default" there
        st.decide.set_axis(Workload::S001, Axis::StorageGb);
        assert_eq!(st.decide.axis, None);
    }

    #[test]
    fn the_privacy_constraint_and_its_removal_are_both_written() {
        let mut d = DecideParams::default();
        let mut g = GrowthInput::preset(Workload::S000);
        g.min_privacy = Some(4);
        g.require_latency = false;
        d.set_growth(Workload::S000, &g);
        let st = UrlState {
            decide: d,
            ..UrlState::default()
        };
        assert_eq!(encode(&st), "v=2&gl=0&gp=4");
        // gp=0: no privacy constraint, said explicitly
        let (st, issues) = decode("v=2&gp=0");
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(st.decide.privacy, Some(0));
        assert_eq!(st.decide.growth(Workload::S000).min_privacy, None);
        assert_eq!(encode(&st), "v=2&gp=0");
    }

    #[test]
    fn bad_decide_inputs_are_listed_with_the_reason_and_the_default_used() {
        let (st, issues) = decode("v=2&gu=0&gr=12.5&gm=121&gl=yes&gp=6&bx=cost&dt=custom&gu=5");
        let found: Vec<(&str, &str, UrlProblem)> = issues
            .iter()
            .map(|i| (i.key.as_str(), i.value.as_str(), i.problem.clone()))
            .collect();
        let bad = |r| UrlProblem::Invalid(r);
        assert_eq!(
            found,
            vec![
                ("gu", "0", bad(Reject::OutOfRange { min: 1.0, max: 1e9 })),
                ("gr", "12.5", bad(Reject::NotAWholeNumber)),
                (
                    "gm",
                    "121",
                    bad(Reject::OutOfRange {
                        min: 1.0,
                        max: 120.0
                    })
                ),
                ("gl", "yes", bad(Reject::UnknownValue)),
                ("gp", "6", bad(Reject::OutOfRange { min: 0.0, max: 5.0 })),
                ("bx", "cost", bad(Reject::UnknownValue)),
                ("dt", "custom", bad(Reject::UnknownValue)),
                ("gu", "5", UrlProblem::Repeated),
            ]
        );
        // every one falls back to seed 000's defaults: 10 users, 30 %, 24 months, latency on
        assert_eq!(st.decide, DecideParams::default());
        assert_eq!(
            st.decide.growth(Workload::S000),
            GrowthInput {
                start_users: 10.0,
                growth_pct: 30.0,
                months: 24,
                require_latency: true,
                min_privacy: None,
            }
        );
        assert_eq!(st.decide.axis(Workload::S000), Axis::ConversationHours);
        // wrong type: words where a number goes
        let (_, issues) = decode("v=2&gu=many&gm=1.5&gr=-1");
        let reasons: Vec<_> = issues
            .iter()
            .map(|i| (i.key.as_str(), i.problem.clone()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                ("gu", bad(Reject::NotANumber)),
                ("gm", bad(Reject::NotAWholeNumber)),
                (
                    "gr",
                    bad(Reject::OutOfRange {
                        min: 0.0,
                        max: 1000.0
                    })
                ),
            ]
        );
        // the bounds' edges are accepted, thousands separators too
        let (st, issues) = decode("v=2&gu=1%2C000%2C000%2C000&gr=1000&gm=1&gp=5");
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(st.decide.start_users, Some(1e9));
        assert_eq!(st.decide.months, Some(1));
        assert_eq!(encode(&st), "v=2&gu=1000000000&gr=1000&gm=1&gp=5");
    }
}

#[test]
fn switching_workload_takes_the_preset_keeps_money_settings_and_resets_the_decide_inputs() {
    // a seed 000 link with a changed scenario, hidden and pinned plans, decide inputs, an answer
    let q = "?v=2&u=5000&cur=both&fx=7.3&hide=s000-local&pin=s000-fargate\
             &bx=users&gu=50&gr=20&gm=36&gl=0&gp=4&a.s000-production=yes&view=decide";
    let (mut st, issues) = decode(q);
    assert!(issues.is_empty(), "{issues:?}");
    st.switch_workload(Workload::S003);
    // what the link now says: seed 003's preset with the kept currency and rate, the page and
    // the answer; nothing else (no users, no hidden/pinned plans, no decide inputs)
    assert_eq!(st.scenario.workload, Workload::S003);
    assert_eq!(st.scenario.users, Scenario::preset(Workload::S003).users);
    assert_eq!(st.scenario.currency, CurrencyView::Both);
    assert_eq!(st.scenario.fx_rate, 7.3);
    assert!(st.hidden.is_empty());
    assert_eq!(st.pinned, None);
    assert_eq!(st.decide, Default::default());
    assert_eq!(
        st.answers.get("s000-production").map(OptionId::as_str),
        Some("yes")
    );
    let mut pairs: Vec<String> = encode(&st).split('&').map(String::from).collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            "a.s000-production=yes",
            "cur=both",
            "fx=7.3",
            "v=2",
            "view=decide",
            "wl=s003"
        ]
    );
}
