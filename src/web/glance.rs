//! The answer at a glance: the strategy, the preferred options by name, the
//! urgent alerts and how many inputs are missing, kept in view above the
//! case. It reads the same assessment as the results, so it can only show
//! what they show; for work-up and out-of-scope it names the next step (the
//! deepest box on the path) instead of a therapy. Beside the strategy it
//! names what the answer rests on: each warning whose unknown input could
//! change the strategy or the preferred options, and each entry not used.

use super::shared::{focus_quietly, place_in_view, Rejected};
use crate::assessment::{Assessment, Role, Severity, Strategy};
use crate::case::Case;
use crate::engine::whatif::assumptions;
use crate::kb::alerts::alert;
use crate::kb::labels::*;
use crate::kb::nodes::node;
use crate::kb::options::option;
use leptos::prelude::*;

/// Brings the results' list of missing inputs, whole, into view and moves focus to its heading.
fn show_missing() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(list) = doc.query_selector(".results .missing").ok().flatten() {
        place_in_view(list);
    }
    if let Some(heading) = doc.query_selector(".results .missing h3").ok().flatten() {
        focus_quietly(heading);
    }
}

/// The first sentence of an alert's message: what this case's alert says.
fn first_sentence(message: &str) -> &str {
    message.split_inclusive(". ").next().unwrap_or(message).trim_end()
}

#[component]
pub fn Glance(case: RwSignal<Case>, assessment: Memo<Assessment>) -> impl IntoView {
    let Rejected(rejected) = expect_context();
    let rests_on = Memo::new(move |_| case.with(|c| assessment.with(|a| assumptions(c, a))));
    let assumptions_view = move || {
        let codes = rests_on.get();
        assessment.with(|a| {
            a.alerts
                .iter()
                .filter(|al| codes.contains(&al.code))
                .map(|al| {
                    view! {
                        <li class="glance-assumption" data-summary-assumption=al.code.as_str()>
                            {RESTS_ON}{first_sentence(&al.message).to_string()}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let rejected_view = move || {
        rejected
            .get()
            .into_iter()
            .map(|(path, said)| view! { <li class="glance-rejected" data-summary-rejected=path>{said}</li> })
            .collect_view()
    };
    let nothing_assumed = move || rests_on.with(Vec::is_empty) && rejected.with(Vec::is_empty);
    let strategy = move || {
        assessment.with(|a| {
            let mode = a.chemo_mode.map(|m| format!(" · {}", chemo_mode_text(m)));
            view! {
                <p class="glance-strategy" data-strategy=a.strategy.as_str()>
                    <strong>{strategy_text(a.strategy)}</strong>{mode}{a.provisional.then_some(PROVISIONAL)}
                </p>
            }
        })
    };
    let answer = move || {
        assessment.with(|a| match a.strategy {
            Strategy::Workup | Strategy::OutOfScope => {
                let next = a.path.last().map(|&id| node(id).text);
                view! { <p class="glance-next">{NEXT_STEP}{next}</p> }.into_any()
            }
            Strategy::Endocrine | Strategy::Chemotherapy => {
                let preferred: Vec<_> = a.with_role(Role::Preferred).map(|o| o.id).collect();
                if preferred.is_empty() {
                    return view! { <p class="glance-options">{NO_PREFERRED}</p> }.into_any();
                }
                view! {
                    <p class="glance-options">
                        {GLANCE_PREFERRED}
                        {preferred.into_iter().enumerate().map(|(i, id)| view! {
                            {(i > 0).then_some(" · ")}
                            <span class="glance-option" data-summary-option=id.as_str()>{option(id).name}</span>
                        }).collect_view()}
                    </p>
                }
                .into_any()
            }
        })
    };
    let urgent = move || {
        assessment.with(|a| {
            a.alerts
                .iter()
                .filter(|al| al.severity == Severity::Urgent)
                .map(|al| {
                    view! {
                        <li class="glance-alert" data-summary-alert=al.code.as_str()>
                            <strong>{severity_text(Severity::Urgent)}": "</strong>{alert(al.code).title}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let missing = move || assessment.with(|a| a.missing.len());
    view! {
        <section class="glance" data-summary aria-label=GLANCE_LABEL>
            <ul class="glance-alerts" hidden=move || assessment.with(|a| !a.alerts.iter().any(|al| al.severity == Severity::Urgent))>
                {urgent}
            </ul>
            {strategy}
            <ul class="glance-assumptions" hidden=nothing_assumed>{assumptions_view}{rejected_view}</ul>
            {answer}
            <p class="glance-missing">
                {move || match missing() {
                    0 => view! { {NOTHING_MISSING} }.into_any(),
                    n => view! {
                        <button type="button" class="link" on:click=|_| show_missing()>{missing_count(n)}</button>
                    }
                    .into_any(),
                }}
            </p>
        </section>
    }
}
