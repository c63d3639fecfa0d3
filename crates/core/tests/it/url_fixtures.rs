//! URLs of every released version keep working: each line of tests/fixtures/urls_v1.txt
//! decodes with no issue to the state it describes. Lines are only ever added.

use deploycalc_core::engine::analysis::Axis;
use deploycalc_core::model::vocab::{CurrencyView, Lang, PurchaseOption, Region, Workload};
use deploycalc_core::url::{decode, Page};

#[test]
fn every_kept_url_still_decodes() {
    let text = std::fs::read_to_string("tests/fixtures/urls_v1.txt").expect("fixture");
    let mut n = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (url, expect) = line.split_once(" => ").expect("url => expectations");
        let (st, issues) = decode(url.trim());
        assert!(issues.is_empty(), "{url}: {issues:?}");
        let s = &st.scenario;
        // the decide page's inputs, resolved against the tree shown
        let tree = st.decide.tree_workload(s.workload);
        let growth = st.decide.growth(tree);
        for e in expect.split_whitespace() {
            let (k, v) = e.split_once('=').unwrap_or((e, ""));
            let ok = match k {
                "workload" => s.workload.as_str() == v,
                "users" => s.users == v.parse::<f64>().unwrap(),
                "hours" => s.conversation_hours == v.parse::<f64>().unwrap(),
                "peak" => s.peak_concurrency == v.parse::<f64>().unwrap(),
                "gpu_hours" => s.gpu_hours_per_day == v.parse::<f64>().unwrap(),
                "fx" => s.fx_rate == v.parse::<f64>().unwrap(),
                "currency" => CurrencyView::parse(v) == Some(s.currency),
                "lang" => Lang::parse(v) == st.lang,
                "view" => Page::parse(v) == Some(st.page),
                "region" => Region::parse(v) == Some(s.region),
                "purchase" => {
                    s.purchase_option
                        == match v {
                            "reserved_3y" => PurchaseOption::Reserved3y,
                            other => panic!("unknown purchase option in fixture: {other}"),
                        }
                }
                "component" => s.components.get(v) == Some(&true),
                "embed" => st.embed,
                "tree" => Workload::parse(v) == Some(tree),
                "driver" => Axis::parse(v) == Some(st.decide.axis(tree)),
                "start" => growth.start_users == v.parse::<f64>().unwrap(),
                "growth" => growth.growth_pct == v.parse::<f64>().unwrap(),
                "months" => growth.months == v.parse::<usize>().unwrap(),
                "latency" => growth.require_latency == (v == "1"),
                // 0: no privacy constraint
                "privacy" => growth.min_privacy.unwrap_or(0) == v.parse::<u8>().unwrap(),
                other => panic!("unknown expectation `{other}` in fixture"),
            };
            assert!(ok, "{url}: expected {e}, got {st:?}");
        }
        n += 1;
    }
    assert!(n >= 9, "the fixture keeps its URLs");
}
