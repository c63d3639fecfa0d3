//! The records behind the panel's figures: the GPU, the model, the instance and its price
//! (or the owned server with its electricity and PUE records), the API's prices, and the
//! catalog's measured benchmarks of that model on that GPU.

use super::compute::Computed;
use super::resolve::{Hardware, Resolved};
use super::SourceView;
use crate::model::catalog::{Catalog, Date};
use crate::model::vocab::Lang;
use crate::report::text::{source_role, SourceRole};

fn row(lang: Lang, role: SourceRole, id: &str, source: &str, as_of: Date) -> SourceView {
    SourceView {
        role: source_role(lang, role),
        id: id.to_string(),
        source: source.to_string(),
        as_of: as_of.to_string(),
    }
}

pub(super) fn sources(c: &Catalog, r: &Resolved, k: &Computed, lang: Lang) -> Vec<SourceView> {
    let g = r.hardware.gpu();
    let a = r.arch;
    let mut out = vec![
        row(lang, SourceRole::Model, a.id.as_str(), &a.source, a.as_of),
        row(lang, SourceRole::Gpu, g.id.as_str(), &g.source, g.as_of),
    ];
    match r.hardware {
        Hardware::Instance(i, _, p) => {
            out.push(row(
                lang,
                SourceRole::Instance,
                i.id.as_str(),
                &i.source,
                i.as_of,
            ));
            out.push(row(
                lang,
                SourceRole::Price,
                p.id.as_str(),
                &p.source,
                p.as_of,
            ));
        }
        Hardware::Owned(s, _) => {
            out.push(row(
                lang,
                SourceRole::Server,
                s.id.as_str(),
                &s.source,
                s.as_of,
            ));
            if let Some((rec, _)) = k.owned {
                let e = rec.electricity;
                out.push(row(
                    lang,
                    SourceRole::Electricity,
                    e.id.as_str(),
                    &e.source,
                    e.as_of,
                ));
                let p = rec.pue;
                out.push(row(
                    lang,
                    SourceRole::Pue,
                    p.id.as_str(),
                    &p.source,
                    p.as_of,
                ));
            }
        }
    }
    if let Some((i, o)) = k.api {
        for p in [i, o] {
            out.push(row(
                lang,
                SourceRole::Api,
                p.id.as_str(),
                &p.source,
                p.as_of,
            ));
        }
    }
    for b in c.benchmarks_for(a.id.as_str()).filter(|b| b.gpu == g.id) {
        out.push(row(
            lang,
            SourceRole::Benchmark,
            b.id.as_str(),
            &b.source,
            b.as_of,
        ));
    }
    out
}
