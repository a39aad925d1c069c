//! "What matters to you": the patient's own priorities, for the conversation.
//! They never reach the engine (nothing is reordered by them), are not part
//! of the link or the exported file, and are printed with both summaries.

use crate::kb::copy::*;
use leptos::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Values {
    /// One answer per `VALUES` item: an index into `VALUE_CHOICES`.
    pub answers: Vec<Option<usize>>,
    pub note: String,
}

impl Default for Values {
    fn default() -> Self {
        Values { answers: vec![None; VALUES.len()], note: String::new() }
    }
}

impl Values {
    fn is_empty(&self) -> bool {
        self.answers.iter().all(Option::is_none) && self.note.trim().is_empty()
    }
}

const NOTE_MAX: usize = 500;

#[component]
pub fn ValuesStep(values: RwSignal<Values>) -> impl IntoView {
    let items = VALUES
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let choices = VALUE_CHOICES
                .iter()
                .enumerate()
                .map(|(c, label)| {
                    view! {
                        <label class="choice">
                            <input type="radio" name=format!("value-{i}") value=c.to_string()
                                prop:checked=move || values.with(|v| v.answers[i] == Some(c))
                                on:change=move |_| values.update(|v| v.answers[i] = Some(c))/>
                            {*label}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="value" data-value=i>
                    <legend>{*item}</legend>
                    <div class="choices">{choices}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="values-step screen-only" aria-labelledby="values-title">
            <h3 id="values-title">{VALUES_TITLE}</h3>
            <p>{VALUES_INTRO}</p>
            {items}
            <label for="values-note" class="note-label">{VALUES_NOTE}</label>
            <textarea id="values-note" rows="3" maxlength=NOTE_MAX.to_string()
                prop:value=move || values.with(|v| v.note.clone())
                on:input=move |ev| values.update(|v| v.note = event_target_value(&ev))></textarea>
            <button type="button" id="values-clear" on:click=move |_| values.set(Values::default())>{VALUES_CLEAR}</button>
        </section>
    }
}

/// The answers as they print: only what was answered.
#[component]
pub fn ValuesSummary(values: RwSignal<Values>) -> impl IntoView {
    let body = move || {
        values.with(|v| {
            let answered = VALUES
                .iter()
                .zip(&v.answers)
                .filter_map(|(item, a)| {
                    a.map(
                        |c| view! { <li><span class="item">{*item}</span>": "<strong>{VALUE_CHOICES[c]}</strong></li> },
                    )
                })
                .collect_view();
            let note = (!v.note.trim().is_empty())
                .then(|| view! { <p class="values-note"><strong>{VALUES_NOTE}": "</strong>{v.note.clone()}</p> });
            view! { <ul>{answered}</ul>{note} }
        })
    };
    view! {
        // Printed only when she answered something: an empty section would read as answers left blank.
        <section class="values-summary print-only" data-testid="values-summary" hidden=move || values.with(Values::is_empty)>
            <h3>{VALUES_TITLE}</h3>
            {body}
        </section>
    }
}
