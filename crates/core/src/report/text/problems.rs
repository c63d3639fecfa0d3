//! Why an input or a link parameter was not used.

use crate::model::scenario::Reject;
use crate::model::vocab::Lang;
use crate::report::format::amount_smart;
use crate::url::UrlProblem;

/// Why an input was rejected, in words.
pub fn reject_text(lang: Lang, r: &Reject) -> String {
    let num = amount_smart;
    match (lang, r) {
        (Lang::Zh, Reject::NotANumber) => "请输入数字".into(),
        (Lang::En, Reject::NotANumber) => "Enter a number".into(),
        (Lang::Zh, Reject::NotAWholeNumber) => "请输入整数".into(),
        (Lang::En, Reject::NotAWholeNumber) => "Enter a whole number".into(),
        (Lang::Zh, Reject::OutOfRange { min, max }) => {
            format!("须在 {} 到 {} 之间", num(*min), num(*max))
        }
        (Lang::En, Reject::OutOfRange { min, max }) => {
            format!("Must be between {} and {}", num(*min), num(*max))
        }
        (Lang::Zh, Reject::UnknownValue) => "无法识别的取值".into(),
        (Lang::En, Reject::UnknownValue) => "Not a known value".into(),
    }
}

pub fn url_problem_text(lang: Lang, p: &UrlProblem) -> String {
    match (lang, p) {
        (Lang::Zh, UrlProblem::UnknownKey) => "未知参数".into(),
        (Lang::En, UrlProblem::UnknownKey) => "unknown parameter".into(),
        (Lang::Zh, UrlProblem::FutureVersion) => "来自更新版本的链接".into(),
        (Lang::En, UrlProblem::FutureVersion) => "written by a newer version".into(),
        (Lang::Zh, UrlProblem::Repeated) => "重复的参数".into(),
        (Lang::En, UrlProblem::Repeated) => "repeated parameter".into(),
        (l, UrlProblem::Invalid(r)) => reject_text(l, r),
    }
}
