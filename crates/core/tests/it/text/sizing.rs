//! The sizing panel's words (text/sizing_result.rs, text/sizing_error.rs) in both languages.

use super::check;
use deploycalc_core::engine::sizing::ASSUMPTIONS;
use deploycalc_core::report::text::{self, SizingHeading, SizingRow, SourceRole};
use deploycalc_core::url::SizingField;

#[test]
fn every_sizing_word_has_two_spellings() {
    for r in SizingRow::ALL {
        check(r, |l| text::sizing_row_label(l, r).to_string());
    }
    for (k, _) in ASSUMPTIONS {
        check(k, |l| text::assumption_text(l, k).to_string());
        // every constant has its own words, not the fallback
        assert_ne!(
            text::assumption_text(deploycalc_core::model::vocab::Lang::En, k),
            "Other constant"
        );
    }
    use SizingHeading::*;
    for h in [Results, Problem, Fixes, Assumptions, Sources] {
        check(h, |l| text::sizing_heading(l, h).to_string());
    }
    use SourceRole::*;
    for r in [
        Gpu,
        Model,
        Instance,
        Price,
        Server,
        Electricity,
        Pue,
        Api,
        Benchmark,
    ] {
        check(r, |l| text::source_role(l, r).to_string());
    }
    check("owned", |l| text::owned_group(l).to_string());
    check("no fix", |l| text::no_fix(l).to_string());
    check("no crossing", |l| text::no_crossing(l).to_string());
}

#[test]
fn every_sizing_sentence_has_two_spellings() {
    check("invalid", |l| text::invalid_input(l, "headroom", "2"));
    check("missing", |l| {
        text::missing_figure(l, "nvidia-a10", "fp16_dense_tflops")
    });
    check("context", |l| {
        text::context_too_long(l, "M", "10,000", "8,192")
    });
    for n in [1, 8] {
        check(n, |l| {
            text::does_not_fit(l, "M", "FP16", "141 GB", n, "T4", "14.4 GB")
        });
    }
    for first in [true, false] {
        check(first, |l| {
            text::latency_unreachable(l, first, "100 ms", "246 ms")
        });
    }
    check("fix q", |l| text::fix_precision(l, "INT4"));
    check("fix i", |l| text::fix_hardware(l, "p5"));
    check("fix c", |l| text::fix_context(l, "4,096"));
    check("memory", |l| {
        text::memory_sum(l, "4 GB", "1 GB", "1 GB", "6 GB", "14.4 GB")
    });
    check("meaning", |l| text::break_even_meaning(l, "3 %"));
    check("multiple", |l| text::multiple_text(l, "2"));
    check("tokens", |l| text::tokens_text(l, "1", "2"));
    for f in [SizingField::Model, SizingField::Hardware, SizingField::Api] {
        check(f, |l| text::replaced_text(l, f, "x", "y"));
    }
}
