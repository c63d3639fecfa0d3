//! One number input for every page: text as typed, checked against bounds, committed after a
//! pause in typing (or when the input changes), the reason shown when the text is refused.
//!
//! A [`NumberDraft`] holds the state (the committed value, the text being typed over it); the
//! caller places the `<input>` ([`DebouncedNumber`]) and the reason ([`NumberDraft::error`])
//! wherever its layout wants them:
//!
//! ```ignore
//! let draft = NumberDraft::new(value, NumberRules::new(bounds));
//! view! {
//!     <label for="x">…</label>
//!     <DebouncedNumber id="x" draft=draft on_commit=move |v: Option<f64>| …  />
//!     <p class="field-error" id="x-error">{move || draft.error().map(…)}</p>
//! }
//! ```

use deploycalc_core::model::scenario::{parse_bounded, Reject};
use deploycalc_core::report::format;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::time::Duration;

/// Delay between the last keystroke and the URL (and so the results) being updated.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// What text an input accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberRules {
    pub bounds: (f64, f64),
    /// Whole numbers only.
    pub whole: bool,
    /// Empty text means "no value" (`None`) rather than a mistake.
    pub optional: bool,
}

impl NumberRules {
    pub fn new(bounds: (f64, f64)) -> Self {
        NumberRules {
            bounds,
            whole: false,
            optional: false,
        }
    }

    pub fn whole(self, whole: bool) -> Self {
        NumberRules { whole, ..self }
    }

    pub fn optional(self) -> Self {
        NumberRules {
            optional: true,
            ..self
        }
    }

    /// The value the text stands for, or why it is refused.
    pub fn parse(&self, text: &str) -> Result<Option<f64>, Reject> {
        if self.optional && text.trim().is_empty() {
            return Ok(None);
        }
        parse_bounded(text, self.bounds, self.whole).map(Some)
    }
}

/// When a valid text is committed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitOn {
    /// While typing, [`DEBOUNCE`] after the last keystroke (`input` events).
    Pause,
    /// When the input changes (`change`: Enter or leaving the field).
    Change,
}

/// What the user typed, and the committed value it was typed over.
#[derive(Clone, Debug, PartialEq)]
struct Typed {
    base: Option<f64>,
    parsed: Option<Option<f64>>,
    text: String,
}

/// The committed value and the text typed over it.
#[derive(Clone, Copy)]
pub struct NumberDraft {
    value: Signal<Option<f64>>,
    rules: NumberRules,
    typed: RwSignal<Option<Typed>>,
}

impl NumberDraft {
    pub fn new(value: impl Into<Signal<Option<f64>>>, rules: NumberRules) -> Self {
        NumberDraft {
            value: value.into(),
            rules,
            typed: RwSignal::new(None),
        }
    }

    /// The typed text while it belongs to the committed value: a change from elsewhere (back /
    /// forward, a preset, an import) shows the new value instead, and drops the reason.
    fn current_text(&self) -> Option<String> {
        let cur = self.value.get();
        self.typed
            .get()
            .filter(|t| t.base == cur || t.parsed == Some(cur))
            .map(|t| t.text)
    }

    /// What the input shows.
    pub fn shown(&self) -> String {
        self.current_text()
            .unwrap_or_else(|| self.value.get().map(|v| format!("{v}")).unwrap_or_default())
    }

    /// Why the text shown is refused, if it is.
    pub fn error(&self) -> Option<Reject> {
        self.current_text()
            .and_then(|text| self.rules.parse(&text).err())
    }

    fn keep(&self, text: String) -> Result<Option<f64>, Reject> {
        let parsed = self.rules.parse(&text);
        self.typed.set(Some(Typed {
            base: self.value.get_untracked(),
            parsed: parsed.clone().ok(),
            text,
        }));
        parsed
    }
}

/// The `<input>` of a [`NumberDraft`]: `id` is its element id and test id, `{id}-error` the
/// element that explains a refusal (`aria-describedby`). `range` adds `data-min` / `data-max`.
#[component]
pub fn DebouncedNumber(
    #[prop(into)] id: String,
    draft: NumberDraft,
    #[prop(into)] on_commit: Callback<Option<f64>>,
    #[prop(optional)] commit_on: Option<CommitOn>,
    #[prop(optional, into)] placeholder: Option<String>,
    #[prop(optional)] range: Option<(f64, f64)>,
) -> impl IntoView {
    // dropping a gloo Timeout cancels it: one pending commit per input at most
    let pending: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
    let commit_on = commit_on.unwrap_or(CommitOn::Pause);
    let on_input = move |ev: leptos::ev::Event| {
        if commit_on != CommitOn::Pause {
            return;
        }
        let parsed = draft.keep(event_target_value(&ev)).ok();
        pending.set_value(
            parsed.map(|v| Timeout::new(DEBOUNCE.as_millis() as u32, move || on_commit.run(v))),
        );
    };
    let on_change = move |ev: leptos::ev::Event| {
        if commit_on != CommitOn::Change {
            return;
        }
        if let Ok(v) = draft.keep(event_target_value(&ev)) {
            // committed at once: the input shows the value as the URL holds it
            draft.typed.set(None);
            on_commit.run(v);
        }
    };
    let err_id = format!("{id}-error");
    view! {
        <input
            id=id.clone()
            data-testid=id
            type="text"
            inputmode="decimal"
            autocomplete="off"
            placeholder=placeholder
            // the attribute: the prerendered HTML shows the value too
            value=untrack(move || draft.shown())
            prop:value=move || draft.shown()
            aria-invalid=move || draft.error().is_some().to_string()
            aria-describedby=err_id
            data-min=range.map(|r| format::number(r.0, 0))
            data-max=range.map(|r| format::number(r.1, 0))
            on:input=on_input
            on:change=on_change
        />
    }
}
